//! The options of `#[error_table(..)]`, on an enum or on a module.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitInt, LitStr, Path};

use crate::errors::Errors;
use crate::parse::body::{self, Body};
use crate::parse::display_format::{self, Piece};
use crate::parse::grpc_code::GrpcCode;
use crate::parse::helper_args::parse_after;
use crate::parse::option_item::{OptionItem, Value, split_commas};
use crate::parse::suggest;
use crate::parse::symbol::{self, FLAGS, VALUED};

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

/// The options as written; every one is optional.
#[derive(Clone, Default)]
pub struct Options {
    pub http: Option<Http>,
    /// Where the `http` value is written, to point errors at.
    pub http_at: Option<proc_macro2::Span>,
    pub display: Option<Vec<Piece>>,
    pub lang: Option<String>,
    pub name: Option<String>,
    pub union: Option<Ident>,
    /// `crate = "::path"`: where generated code finds the runtime.
    pub krate: Option<Path>,
    /// `serde`: the family asks for `Serialize` and `Deserialize`.
    pub serde: Option<Span>,
    /// `status_code`: the family asks for `From<Family> for http::StatusCode`.
    pub status_code: Option<Span>,
    /// `axum`: the family asks for axum's `IntoResponse`.
    pub axum: Option<Span>,
    /// `utoipa`: the family asks for utoipa's `IntoResponses` and `ToSchema`.
    pub utoipa: Option<Span>,
    /// `body = ..`: the body of that response, with the key's span.
    pub body: Option<(Body, Span)>,
    /// `tonic`: the family asks for `From<Family> for tonic::Status`.
    pub tonic: Option<Span>,
    /// `grpc = NotFound`: the gRPC code of every row, with the key's span.
    pub grpc: Option<(GrpcCode, Span)>,
    /// `retryable(after = N)`: the seconds to wait before retrying any
    /// retryable row that says no delay of its own.
    pub retry_after: Option<u32>,
}

/// The form of the family-wide `retryable` option.
const RETRY_AFTER_FORM: &str =
    "`retryable(after = N)` with N whole seconds, the delay of the family's retryable rows";

impl Options {
    /// Reads `key = value, ...`; a bad option is reported and skipped, so the
    /// others are still read and checked.
    pub fn parse(tokens: TokenStream, errors: &mut Errors) -> Options {
        let mut options = Options::default();
        for item in split_commas(tokens) {
            match errors.ok(syn::parse2::<OptionItem>(item)) {
                Some(OptionItem {
                    key,
                    value: Value::Args(args),
                }) => options.set_call(&key, args, errors),
                Some(OptionItem {
                    key,
                    value: Value::Bare,
                }) => options.set(key, None, errors),
                Some(OptionItem {
                    key,
                    value: Value::Is(value),
                }) => options.set(key, Some(value), errors),
                None => {}
            }
        }
        options
    }

    /// Sets an option written `key(args)`: `retryable(after = N)`.
    fn set_call(&mut self, key: &Ident, args: TokenStream, errors: &mut Errors) {
        let name = key.unraw().to_string();
        if name != symbol::RETRYABLE {
            let expected = if FLAGS.contains(&name.as_str()) {
                format!("`{name}` takes no arguments: write `{name}` alone to ask for the impls")
            } else if VALUED.contains(&name.as_str()) {
                format!("malformed option `{name}`: expected `{name} = ...`")
            } else {
                unknown(&name)
            };
            return errors.spanned(key, expected);
        }
        let parser = |input: ParseStream| {
            let seconds = parse_after(input, RETRY_AFTER_FORM)?;
            if !input.is_empty() {
                return Err(input.error(format_args!("expected {RETRY_AFTER_FORM}")));
            }
            Ok(seconds)
        };
        let seconds = errors.ok(syn::parse::Parser::parse2(parser, args));
        if set_once(&mut self.retry_after, seconds) {
            errors.spanned(key, "duplicate option `retryable`: write it once");
        }
    }

    fn set(&mut self, key: Ident, value: Option<TokenStream>, errors: &mut Errors) {
        let span = key.span();
        let name = key.unraw().to_string();
        let duplicate = match (name.as_str(), value) {
            (symbol::RETRYABLE, _) => {
                errors.at(span, format_args!("expected {RETRY_AFTER_FORM}: a family's rows say whether they are retryable with #[retryable]"));
                false
            }
            (flag, None) if FLAGS.contains(&flag) => {
                let slot = match flag {
                    symbol::SERDE => &mut self.serde,
                    symbol::STATUS_CODE => &mut self.status_code,
                    symbol::UTOIPA => &mut self.utoipa,
                    symbol::TONIC => &mut self.tonic,
                    _ => &mut self.axum,
                };
                set_once(slot, Some(span))
            }
            (flag, Some(_)) if FLAGS.contains(&flag) => {
                errors.at(
                    span,
                    format_args!(
                        "`{flag}` takes no value: write `{flag}` alone to ask for the impls"
                    ),
                );
                false
            }
            (key, None) if VALUED.contains(&key) => {
                errors.at(
                    span,
                    format_args!("malformed option `{key}`: expected `{key} = ...`"),
                );
                false
            }
            (_, Some(value)) => self.set_valued(&key, &name, value, errors),
            (_, None) => {
                errors.at(span, unknown(&name));
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

    /// Sets an option `key = value`; returns whether it was set already.
    fn set_valued(
        &mut self,
        key: &Ident,
        name: &str,
        value: TokenStream,
        errors: &mut Errors,
    ) -> bool {
        match name {
            symbol::HTTP => {
                let at = value.clone().into_iter().next().map(|token| token.span());
                let duplicate = set_once(&mut self.http, errors.ok(parse_http(value)));
                if !duplicate {
                    self.http_at = at;
                }
                duplicate
            }
            symbol::DISPLAY => set_once(&mut self.display, errors.ok(parse_display(value))),
            symbol::LANG => set_once(&mut self.lang, errors.ok(parse_str(value, symbol::LANG))),
            symbol::NAME => set_once(&mut self.name, errors.ok(parse_str(value, symbol::NAME))),
            symbol::CRATE => set_once(&mut self.krate, errors.ok(parse_crate(value))),
            symbol::BODY => {
                let body = errors.ok(body::parse(value)).map(|body| (body, key.span()));
                set_once(&mut self.body, body)
            }
            symbol::GRPC => {
                let code = errors.ok(GrpcCode::parse(value, "`grpc = NotFound`"));
                set_once(&mut self.grpc, code.map(|code| (code, key.span())))
            }
            symbol::UNION => {
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
                errors.spanned(key, unknown(name));
                false
            }
        }
    }

    /// `FAMILY`: the `name` option, else the name of the enum or union.
    pub fn family_name(&self, ident: &syn::Ident) -> String {
        self.name.clone().unwrap_or_else(|| ident.to_string())
    }

    /// The path generated code reaches the runtime by: `crate = ".."`, else
    /// `::error_table`.
    pub fn runtime(&self) -> TokenStream {
        match &self.krate {
            Some(path) => quote!(#path),
            None => quote!(::error_table),
        }
    }

    /// These options, with `defaults` (a module's) where these say nothing.
    pub fn or(self, defaults: &Options) -> Options {
        Options {
            http_at: if self.http.is_some() {
                self.http_at
            } else {
                defaults.http_at
            },
            http: self.http.or(defaults.http),
            display: self.display.or_else(|| defaults.display.clone()),
            lang: self.lang.or_else(|| defaults.lang.clone()),
            name: self.name.or_else(|| defaults.name.clone()),
            union: self.union,
            krate: self.krate.or_else(|| defaults.krate.clone()),
            serde: self.serde.or(defaults.serde),
            status_code: self.status_code.or(defaults.status_code),
            axum: self.axum.or(defaults.axum),
            utoipa: self.utoipa.or(defaults.utoipa),
            body: self.body.or_else(|| defaults.body.clone()),
            tonic: self.tonic.or(defaults.tonic),
            grpc: self.grpc.or(defaults.grpc),
            retry_after: self.retry_after.or(defaults.retry_after),
        }
    }
}

/// "unknown option", with the known option closest to `name` if any.
fn unknown(name: &str) -> String {
    let known: Vec<&str> = symbol::options().collect();
    match suggest::closest(name, &known) {
        Some(near) => format!("unknown option `{name}`: did you mean `{near}`?"),
        None => format!("unknown option `{name}`: {}", symbol::expected_option()),
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

fn parse_crate(value: TokenStream) -> syn::Result<Path> {
    let lit = parse_lit_str(value, symbol::CRATE)?;
    lit.parse_with(Path::parse_mod_style).map_err(|_| {
        syn::Error::new(
            lit.span(),
            "`crate` must be a path to error-table, such as `crate = \"::my_sdk::error_table\"`",
        )
    })
}

fn parse_display(value: TokenStream) -> syn::Result<Vec<Piece>> {
    let lit = parse_lit_str(value, symbol::DISPLAY)?;
    display_format::parse(&lit.value()).map_err(|message| syn::Error::new(lit.span(), message))
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
