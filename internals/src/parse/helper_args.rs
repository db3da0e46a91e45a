//! The arguments of the helper attributes: `#[msg("..")]` or
//! `#[msg(zh = "..", en = "..")]`, `#[help("..")]`, `#[http(404)]`,
//! `#[retryable(false)]` or `#[retryable(after = 30)]`, each with an error
//! that names its form.

use quote::ToTokens;
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Ident, LitBool, LitInt, LitStr, Meta, Token};

use crate::errors::Errors;

/// A variant's message as written.
#[derive(Clone)]
pub enum Message {
    /// `#[msg("..")]` or the doc comment.
    Plain(String),
    /// `#[msg(zh = "..", en = "..")]`, in the order written.
    Keyed(Vec<(String, String)>),
}

/// A row's `#[retryable(..)]`: whether a client should retry, and how long
/// it should wait first.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Retryable {
    /// `false` for `#[retryable(false)]`, else `true`.
    pub retry: bool,
    /// `#[retryable(after = N)]`: `N` seconds.
    pub after: Option<u32>,
}

pub(crate) const RETRYABLE_FORM: &str =
    "#[retryable], #[retryable(false)] or #[retryable(after = N)] with N whole seconds";

/// The arguments of `#[retryable(..)]`: `true`, `false` or `after = N`.
pub(crate) fn parse_retryable(input: ParseStream) -> syn::Result<Retryable> {
    let retryable = if input.peek(LitBool) {
        let lit: LitBool = input.parse()?;
        Retryable {
            retry: lit.value,
            after: None,
        }
    } else if input.peek(Ident) {
        Retryable {
            retry: true,
            after: Some(parse_after(input, RETRYABLE_FORM)?),
        }
    } else {
        return Err(input.error(format_args!("expected {RETRYABLE_FORM}")));
    };
    if !input.is_empty() {
        return Err(input.error(format_args!("unexpected tokens: expected {RETRYABLE_FORM}")));
    }
    Ok(retryable)
}

/// `after = N`: a delay in whole seconds, at least one.
pub(crate) fn parse_after(input: ParseStream, form: &str) -> syn::Result<u32> {
    let key: Ident = input
        .parse()
        .map_err(|e| syn::Error::new(e.span(), format_args!("expected {form}")))?;
    if key != "after" {
        return Err(syn::Error::new(
            key.span(),
            format_args!("unknown argument `{key}`: expected {form}"),
        ));
    }
    input
        .parse::<Token![=]>()
        .map_err(|e| syn::Error::new(e.span(), format_args!("expected {form}")))?;
    let lit: LitInt = input.parse().map_err(|e| {
        syn::Error::new(
            e.span(),
            "expected the delay in whole seconds, such as `after = 30`",
        )
    })?;
    if !lit.suffix().is_empty() {
        return Err(syn::Error::new(
            lit.span(),
            "write the delay as a bare number of seconds, such as `after = 30`",
        ));
    }
    match lit.base10_parse::<u32>() {
        Ok(0) => Err(syn::Error::new(
            lit.span(),
            "`after = 0` is no delay: write `after = N` with N >= 1 seconds, or #[retryable] to retry without a delay",
        )),
        Ok(seconds) => Ok(seconds),
        Err(_) => Err(syn::Error::new(
            lit.span(),
            format_args!("the delay must be 1..={} seconds", u32::MAX),
        )),
    }
}

pub(crate) const MSG_FORM: &str = "#[msg(\"...\")] or #[msg(zh = \"...\", en = \"...\")]";

/// Parses the arguments of `#[name(args)]` with `parser`, which gives its own
/// errors; the attribute without arguments is an error at `at` naming `form`.
pub(crate) fn attr_args<T>(
    meta: &Meta,
    at: &dyn ToTokens,
    form: &str,
    parser: impl Parser<Output = T>,
) -> syn::Result<T> {
    match meta {
        Meta::List(list) if !list.tokens.is_empty() => parser.parse2(list.tokens.clone()),
        Meta::NameValue(_) => Err(syn::Error::new_spanned(
            at.to_token_stream(),
            format_args!("expected {form}: the text goes in parentheses, not after `=`"),
        )),
        _ => Err(syn::Error::new_spanned(
            at.to_token_stream(),
            format_args!("expected {form}"),
        )),
    }
}

/// A parser of one `T`, whose error names the attribute's `form`.
pub(crate) fn expect<T: Parse>(form: &str) -> impl Parser<Output = T> + '_ {
    move |input: ParseStream| {
        let value = input
            .parse::<T>()
            .map_err(|e| syn::Error::new(e.span(), format_args!("expected {form}")))?;
        if !input.is_empty() {
            return Err(input.error(format_args!("unexpected tokens: expected {form}")));
        }
        Ok(value)
    }
}

/// `"..."` or `zh = "...", en = "..."`.
pub(crate) fn parse_msg(input: ParseStream) -> syn::Result<Message> {
    if input.peek(LitStr) {
        let lit: LitStr = input.parse()?;
        if !input.is_empty() {
            return Err(input.error(
                "unexpected tokens after the message: write #[msg(\"...\")], or name each language: #[msg(zh = \"...\", en = \"...\")]",
            ));
        }
        return match lit.value() {
            text if text.trim().is_empty() => Err(syn::Error::new(
                lit.span(),
                "empty message: write the vendor's text",
            )),
            text => Ok(Message::Plain(text)),
        };
    }
    if !(input.peek(Ident) && input.peek2(Token![=])) {
        return Err(input.error(format_args!("expected {MSG_FORM}")));
    }
    let pairs = Punctuated::<KeyedText, Token![,]>::parse_terminated(input)?;
    let mut keyed: Vec<(String, String)> = Vec::new();
    for pair in pairs {
        let lang = pair.lang.to_string();
        if keyed.iter().any(|(seen, _)| *seen == lang) {
            return Err(syn::Error::new(
                pair.lang.span(),
                format_args!("duplicate language `{lang}` in #[msg]: write each language once"),
            ));
        }
        if pair.text.value().trim().is_empty() {
            return Err(syn::Error::new(
                pair.text.span(),
                format_args!("empty `{lang}` message: write the vendor's text"),
            ));
        }
        keyed.push((lang, pair.text.value()));
    }
    Ok(Message::Keyed(keyed))
}

/// `zh = "创建产品失败"`
struct KeyedText {
    lang: Ident,
    text: LitStr,
}

impl Parse for KeyedText {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let expected = || format!("expected `lang = \"...\"` in {MSG_FORM}");
        let lang = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), expected()))?;
        input
            .parse::<Token![=]>()
            .map_err(|e| syn::Error::new(e.span(), expected()))?;
        let text = input.parse().map_err(|e| {
            syn::Error::new(e.span(), "expected the message as a string literal \"...\"")
        })?;
        Ok(KeyedText { lang, text })
    }
}

pub(crate) fn non_empty(lit: &LitStr, what: &str, errors: &mut Errors) -> Option<String> {
    let text = lit.value();
    if text.trim().is_empty() {
        errors.spanned(
            lit,
            format_args!("empty {what}: write the text, or remove the attribute"),
        );
        return None;
    }
    Some(text)
}
