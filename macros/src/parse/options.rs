//! The options of `#[error_table(..)]`, on an enum or on a module.

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitInt, LitStr, Token};

use crate::errors::Errors;
use crate::parse::body::{self, Body};
use crate::parse::display_format::{self, Piece};

/// How a family's HTTP status is found.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Http {
    /// `http = split(N)`: the code is the status followed by `N` digits.
    Split { digits: u32 },
    /// `http = 200`: every code answers this status.
    Fixed(u16),
}

/// `value` as an HTTP status, if it is one: 100..=599. Every status the
/// macro reads (the option, `#[http]`, the front of a split code) is checked
/// here.
pub fn http_status(value: i128) -> Option<u16> {
    u16::try_from(value)
        .ok()
        .filter(|status| (100..=599).contains(status))
}

/// Whether a response with this status is worth retrying by default: the
/// runtime's `retryable_status`, which the macro applies at expansion.
pub fn retryable_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

/// The options as written; every one is optional.
#[derive(Clone, Default)]
pub struct Options {
    pub http: Option<Http>,
    pub display: Option<Vec<Piece>>,
    pub lang: Option<String>,
    pub name: Option<String>,
    pub union: Option<Ident>,
    /// The bare flag `axum`: implement `IntoResponse`, with the flag's span
    /// to point at when the runtime's `axum` feature is off.
    pub axum: Option<Span>,
    /// The `body` option, with its key's span.
    pub body: Option<(Body, Span)>,
}

const KNOWN: &str = "expected one of `http`, `display`, `lang`, `name`, `union`, `axum`, `body`";

/// The options written without a value: `#[error_table(axum)]`.
const FLAGS: [&str; 1] = ["axum"];

impl Options {
    /// Reads `key = value, ...`; a bad option is reported and skipped, so the
    /// others are still read and checked.
    pub fn parse(tokens: TokenStream, errors: &mut Errors) -> Options {
        let mut options = Options::default();
        for item in split_commas(tokens) {
            if let Some(item) = errors.ok(syn::parse2::<OptionItem>(item)) {
                options.set(item.key, item.value, errors);
            }
        }
        options
    }

    fn set(&mut self, key: Ident, value: TokenStream, errors: &mut Errors) {
        let span = key.span();
        let name = key.to_string();
        let duplicate = match name.as_str() {
            "http" => set_once(&mut self.http, errors.ok(parse_http(value))),
            "display" => set_once(&mut self.display, errors.ok(parse_display(value))),
            "lang" => set_once(&mut self.lang, errors.ok(parse_str(value, "lang"))),
            "name" => set_once(&mut self.name, errors.ok(parse_str(value, "name"))),
            "axum" => set_once(&mut self.axum, errors.ok(parse_flag(&key, value))),
            "body" => {
                let body = errors.ok(body::parse(value)).map(|body| (body, span));
                set_once(&mut self.body, body)
            }
            "union" => {
                let ident = errors.ok(syn::parse2::<Ident>(value).map_err(|e| {
                    syn::Error::new(
                        e.span(),
                        "expected `union = Name`, the name of the enum to generate",
                    )
                }));
                let duplicate = self.union.is_some();
                if !duplicate {
                    self.union = ident;
                }
                duplicate
            }
            _ => {
                errors.at(span, format_args!("unknown option `{name}`: {KNOWN}"));
                false
            }
        };
        if duplicate {
            errors.at(
                span,
                format_args!("duplicate option `{name}`: write it once"),
            );
        }
    }

    /// These options, with `defaults` (a module's) where these say nothing.
    pub fn or(self, defaults: &Options) -> Options {
        Options {
            http: self.http.or(defaults.http),
            display: self.display.or_else(|| defaults.display.clone()),
            lang: self.lang.or_else(|| defaults.lang.clone()),
            name: self.name.or_else(|| defaults.name.clone()),
            union: self.union,
            axum: self.axum.or(defaults.axum),
            body: self.body.or_else(|| defaults.body.clone()),
        }
    }
}

/// Stores `value` unless the option was already given; returns whether it was.
fn set_once<T>(slot: &mut Option<T>, value: Option<T>) -> bool {
    let duplicate = slot.is_some();
    if !duplicate {
        *slot = value;
    }
    duplicate
}

/// `key = value`, the value kept as tokens until the key says how to read it.
struct OptionItem {
    key: Ident,
    value: TokenStream,
}

impl Parse for OptionItem {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let key: Ident = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), format_args!("malformed option: {KNOWN}")))?;
        if input.is_empty() && FLAGS.iter().any(|flag| key == flag) {
            return Ok(OptionItem {
                key,
                value: TokenStream::new(),
            });
        }
        if !input.peek(Token![=]) {
            let message = format_args!("malformed option `{key}`: expected `{key} = ...`");
            return Err(syn::Error::new(key.span(), message));
        }
        input.parse::<Token![=]>()?;
        if input.is_empty() {
            return Err(input.error(format_args!("missing value for option `{key}`")));
        }
        Ok(OptionItem {
            key,
            value: input.parse()?,
        })
    }
}

fn split_commas(tokens: TokenStream) -> Vec<TokenStream> {
    let mut items = vec![TokenStream::new()];
    for token in tokens {
        match &token {
            TokenTree::Punct(p) if p.as_char() == ',' => items.push(TokenStream::new()),
            _ => items.last_mut().map_or((), |item| item.extend([token])),
        }
    }
    items.retain(|item| !item.is_empty());
    items
}

fn parse_http(value: TokenStream) -> syn::Result<Http> {
    syn::parse2::<HttpValue>(value).map(|h| h.0)
}

struct HttpValue(Http);

impl Parse for HttpValue {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        const EXPECTED: &str =
            "expected `http = split(N)` or `http = <status>` such as `http = 200`";
        if input.peek(LitInt) {
            let lit: LitInt = input.parse()?;
            let status = lit.base10_parse::<i128>().ok().and_then(http_status);
            return match status {
                Some(status) if input.is_empty() => Ok(HttpValue(Http::Fixed(status))),
                Some(_) => Err(input.error(EXPECTED)),
                None => Err(syn::Error::new(
                    lit.span(),
                    "`http = <status>` must be an HTTP status in 100..=599, such as `http = 200`",
                )),
            };
        }
        let ident: Ident = input
            .parse()
            .map_err(|e| syn::Error::new(e.span(), EXPECTED))?;
        if ident != "split" || !input.peek(syn::token::Paren) {
            return Err(syn::Error::new(ident.span(), EXPECTED));
        }
        let content;
        syn::parenthesized!(content in input);
        let lit: LitInt = content
            .parse()
            .map_err(|e| syn::Error::new(e.span(), EXPECTED))?;
        let digits = lit
            .base10_parse::<u32>()
            .ok()
            .filter(|d| (1..=16).contains(d));
        match digits {
            Some(digits) if content.is_empty() && input.is_empty() => {
                Ok(HttpValue(Http::Split { digits }))
            }
            Some(_) => Err(syn::Error::new(lit.span(), EXPECTED)),
            None => Err(syn::Error::new(
                lit.span(),
                "split(N) needs N in 1..=16: the number of digits after the HTTP status",
            )),
        }
    }
}

fn parse_display(value: TokenStream) -> syn::Result<Vec<Piece>> {
    let lit = parse_lit_str(value, "display")?;
    display_format::parse(&lit.value()).map_err(|message| syn::Error::new(lit.span(), message))
}

/// A flag is written alone: `axum`, not `axum = true`.
fn parse_flag(key: &Ident, value: TokenStream) -> syn::Result<Span> {
    match value.is_empty() {
        true => Ok(key.span()),
        false => Err(syn::Error::new(
            key.span(),
            format_args!("`{key}` is a flag: write `{key}` alone, without a value"),
        )),
    }
}

fn parse_str(value: TokenStream, key: &str) -> syn::Result<String> {
    let lit = parse_lit_str(value, key)?;
    match lit.value() {
        text if text.trim().is_empty() => Err(syn::Error::new(
            lit.span(),
            format_args!("`{key}` must not be empty"),
        )),
        text => Ok(text),
    }
}

fn parse_lit_str(value: TokenStream, key: &str) -> syn::Result<LitStr> {
    syn::parse2::<LitStr>(value).map_err(|e| {
        syn::Error::new(
            e.span(),
            format_args!("expected `{key} = \"...\"`, a string literal"),
        )
    })
}
