//! The messages of a family's rows: the default language, and each row's
//! text in it and in the others. Both the plain rows (`family`) and the
//! rows under `cfg_attr` (`cfg_rows`) read them here.

use proc_macro2::TokenStream;
use quote::ToTokens;

use crate::errors::Errors;
use crate::parse::ast::{Family, Variant};
use crate::parse::variant_attrs::Message;

/// The `lang` option, else the first language a keyed message uses.
pub fn default_lang(family: &Family) -> Option<String> {
    if let Some(lang) = &family.options.lang {
        return Some(lang.clone());
    }
    family
        .variants
        .iter()
        .find_map(|v| match &v.helpers.message {
            Some(Message::Keyed(texts)) => texts.first().map(|(lang, _)| lang.clone()),
            _ => None,
        })
}

/// Every row has a message, and a keyed one has the default language's text.
/// Returns the row's (default message, other languages); a row under
/// `cfg_attr` has them found for each combination (`cfg_rows`) instead.
pub fn row_message(
    family: &Family,
    variant: &Variant,
    default_lang: Option<&str>,
    errors: &mut Errors,
) -> (String, Vec<(String, String)>) {
    let helpers = &variant.helpers;
    if helpers.is_conditional() {
        return (String::new(), Vec::new());
    }
    match (&helpers.message, &helpers.message_at) {
        (Some(message), at) => {
            let at = at
                .clone()
                .unwrap_or_else(|| variant.ident.to_token_stream());
            message_texts(family, message, default_lang, &at, errors)
        }
        // A `#[msg]` that failed to parse was reported already.
        (None, Some(_)) => (String::new(), Vec::new()),
        (None, None) => {
            let name = &variant.ident;
            errors.spanned(
                name,
                format_args!(
                    "missing message for `{name}`: add a doc comment `/// ...` or #[msg(\"...\")]"
                ),
            );
            (String::new(), Vec::new())
        }
    }
}

/// A message's text in the default language and in the others; a keyed
/// message must have the default language's (else an error at `at`).
pub fn message_texts(
    family: &Family,
    message: &Message,
    default_lang: Option<&str>,
    at: &TokenStream,
    errors: &mut Errors,
) -> (String, Vec<(String, String)>) {
    let texts = match message {
        Message::Plain(text) => return (text.clone(), Vec::new()),
        Message::Keyed(texts) => texts,
    };
    let lang = default_lang.unwrap_or_default();
    let (default, others): (Vec<_>, Vec<_>) = texts.iter().cloned().partition(|(l, _)| l == lang);
    if default.is_empty() {
        let message = if family.options.lang.is_some() {
            format!(
                "this keyed message has no `{lang}` text, the family's default language (its `lang` option): add `{lang} = \"...\"`"
            )
        } else {
            format!(
                "this keyed message has no `{lang}` text, the family's default language (without a `lang` option, the first language of the first keyed #[msg]): add `{lang} = \"...\"`, or choose the default with #[error_table(lang = \"..\")]"
            )
        };
        errors.spanned(at, message);
    }
    (
        default
            .into_iter()
            .map(|(_, text)| text)
            .next()
            .unwrap_or_default(),
        others,
    )
}
