//! The helper attributes of a variant: `#[msg]`, `#[help]`, `#[http]`,
//! `#[retryable]`, and its doc comment (the message when there is no `#[msg]`).

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Attribute, Expr, ExprLit, Ident, Lit, LitBool, LitInt, LitStr, Meta, Token};

use crate::errors::Errors;
use crate::parse::options::http_status;

/// A variant's message as written.
#[derive(Clone)]
pub enum Message {
    /// `#[msg("..")]` or the doc comment.
    Plain(String),
    /// `#[msg(zh = "..", en = "..")]`, in the order written.
    Keyed(Vec<(String, String)>),
}

#[derive(Clone)]
pub struct VariantAttrs {
    pub message: Option<Message>,
    /// Where the message was written: the `#[msg]` attribute, else the docs.
    pub message_at: Option<TokenStream>,
    pub help: Option<String>,
    /// `#[http(N)]`, with the attribute's tokens to point errors at.
    pub http: Option<(u16, TokenStream)>,
    /// `#[retryable]` (true) or `#[retryable(false)]`.
    pub retryable: Option<bool>,
    /// Whether the variant has a doc comment of its own.
    pub has_doc: bool,
}

impl VariantAttrs {
    /// Reads the helper attributes and takes them out of `attrs`; the doc
    /// comment stays.
    pub fn take_from(attrs: &mut Vec<Attribute>, errors: &mut Errors) -> VariantAttrs {
        let mut found = VariantAttrs {
            message: None,
            message_at: None,
            help: None,
            http: None,
            retryable: None,
            has_doc: false,
        };
        let mut docs = Vec::new();
        attrs.retain(|attr| {
            let path = attr.path();
            if path.is_ident("msg") {
                found.read_msg(attr, errors);
            } else if path.is_ident("help") {
                found.read_help(attr, errors);
            } else if path.is_ident("http") {
                found.read_http(attr, errors);
            } else if path.is_ident("retryable") {
                found.read_retryable(attr, errors);
            } else {
                if let Some(line) = doc_line(attr) {
                    docs.push(line);
                }
                return true;
            }
            false
        });
        found.has_doc = !docs.is_empty();
        // A `#[msg]` that failed to parse was reported: the docs do not stand
        // in for it (that would add a "missing message" to its error).
        if found.message_at.is_none() {
            found.message_at = attrs
                .iter()
                .find(|a| a.path().is_ident("doc"))
                .map(ToTokens::to_token_stream);
            found.message = join_doc(&docs).map(Message::Plain);
        }
        found
    }

    fn read_msg(&mut self, attr: &Attribute, errors: &mut Errors) {
        if self.message_at.is_some() {
            return errors.spanned(
                attr,
                "duplicate #[msg]: write one message, or one #[msg(lang = \"..\", ...)]",
            );
        }
        self.message_at = Some(attr.to_token_stream());
        self.message = errors.ok(attr_args(attr, MSG_FORM, parse_msg));
    }

    fn read_help(&mut self, attr: &Attribute, errors: &mut Errors) {
        if self.help.is_some() {
            return errors.spanned(attr, "duplicate #[help]: write one description");
        }
        let form = "#[help(\"...\")]";
        let lit = errors.ok(attr_args(attr, form, expect::<LitStr>(form)));
        self.help = lit.and_then(|lit| non_empty(&lit, "#[help]", errors));
    }

    fn read_http(&mut self, attr: &Attribute, errors: &mut Errors) {
        if self.http.is_some() {
            return errors.spanned(attr, "duplicate #[http]: write one status");
        }
        let form = "#[http(404)]";
        let Some(lit) = errors.ok(attr_args(attr, form, expect::<LitInt>(form))) else {
            return;
        };
        match lit.base10_parse::<i128>().ok().and_then(http_status) {
            Some(status) => self.http = Some((status, attr.to_token_stream())),
            None => errors.spanned(
                &lit,
                "#[http(..)] must be an HTTP status in 100..=599, such as #[http(404)]",
            ),
        }
    }

    /// `#[retryable]`, `#[retryable(true)]` or `#[retryable(false)]`.
    fn read_retryable(&mut self, attr: &Attribute, errors: &mut Errors) {
        if self.retryable.is_some() {
            return errors.spanned(attr, "duplicate #[retryable]: write it once");
        }
        let form = "#[retryable] or #[retryable(false)]";
        self.retryable = match &attr.meta {
            Meta::Path(_) => Some(true),
            _ => errors
                .ok(attr_args(attr, form, expect::<LitBool>(form)))
                .map(|lit| lit.value),
        };
    }
}

const MSG_FORM: &str = "#[msg(\"...\")] or #[msg(zh = \"...\", en = \"...\")]";

/// Parses the arguments of `#[name(args)]` with `parser`, which gives its own
/// errors; the attribute without arguments is an error naming `form`.
fn attr_args<T>(attr: &Attribute, form: &str, parser: impl Parser<Output = T>) -> syn::Result<T> {
    match &attr.meta {
        Meta::List(list) if !list.tokens.is_empty() => parser.parse2(list.tokens.clone()),
        Meta::NameValue(_) => Err(syn::Error::new_spanned(
            attr,
            format_args!("expected {form}: the text goes in parentheses, not after `=`"),
        )),
        _ => Err(syn::Error::new_spanned(
            attr,
            format_args!("expected {form}"),
        )),
    }
}

/// A parser of one `T`, whose error names the attribute's `form`.
fn expect<T: Parse>(form: &str) -> impl Parser<Output = T> + '_ {
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
fn parse_msg(input: ParseStream) -> syn::Result<Message> {
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

fn non_empty(lit: &LitStr, what: &str, errors: &mut Errors) -> Option<String> {
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

/// The text of a `#[doc = ".."]` attribute (a `///` line).
fn doc_line(attr: &Attribute) -> Option<String> {
    match &attr.meta {
        Meta::NameValue(nv) if nv.path.is_ident("doc") => match &nv.value {
            Expr::Lit(ExprLit {
                lit: Lit::Str(lit), ..
            }) => Some(lit.value()),
            _ => None,
        },
        _ => None,
    }
}

/// Doc lines trimmed and joined with a space; `None` if they hold no text.
fn join_doc(lines: &[String]) -> Option<String> {
    let words: Vec<&str> = lines
        .iter()
        .flat_map(|l| l.lines())
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}
