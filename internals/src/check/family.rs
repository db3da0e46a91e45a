//! The rules a table must keep, each a `check_*` function; a family that
//! keeps them all becomes a `model::Table`.

use std::collections::HashMap;

use proc_macro2::TokenStream;

use crate::check::cfg_rows::{self, Versions, version_cfgs};
use crate::check::messages::{check_messages, default_lang};
use crate::check::model::{self, Impls, Key, Row, Table};
use crate::check::strings;
use crate::errors::Errors;
use crate::parse::ast::{CodeLit, CodeValue, Family, Variant};
use crate::parse::body::Body;
use crate::parse::code_type::CodeType;
use crate::parse::display_format;
use crate::parse::options::{Http, Options, http_status};

/// The names of the generated associated items, which a variant cannot
/// take: `Self::code` would name the variant, not the method.
pub const RESERVED: [&str; 13] = [
    "ALL",
    "FAMILY",
    "code",
    "from_code",
    "message",
    "message_in",
    "help",
    "http_status",
    "http_status_of",
    "sub_code",
    "name",
    "category",
    "is_retryable",
];

/// Checks `family`, whose parsing reported to `errors`; gives the family
/// back if anything is wrong (all of it is in `errors`).
pub fn check(family: Family, errors: &mut Errors) -> Result<Table, Box<Family>> {
    check_not_empty(&family, errors);
    check_no_union(&family.options, errors);
    check_codes(&family, errors);
    strings::check_kinds(&family, errors);
    strings::check_no_split(&family, errors);
    check_duplicate_codes(&family, errors);
    check_variant_names(&family, errors);
    check_duplicate_names(&family, errors);
    let statuses = check_http(&family, errors);
    let default_lang = default_lang(&family);
    let messages = check_messages(&family, default_lang.as_deref(), errors);
    let versions = cfg_rows::versions(&family, &statuses, default_lang.as_deref(), errors);
    check_body_needs_axum(&family.options, errors);
    if !errors.is_empty() {
        return Err(Box::new(family));
    }
    Ok(build(family, statuses, default_lang, messages, versions))
}

/// A table without codes has nothing to look up; rustc cannot give an empty
/// enum a `#[repr]` either.
fn check_not_empty(family: &Family, errors: &mut Errors) {
    if family.variants.is_empty() {
        errors.spanned(
            &family.ident,
            "the table has no codes: add a variant `Name = <code>`",
        );
    }
}

/// `union` wraps several families, so it belongs on a module.
pub fn check_no_union(options: &Options, errors: &mut Errors) {
    if let Some(union) = &options.union {
        errors.spanned(
            union,
            "`union` goes on a module of several enums: #[error_table(union = Name)] mod m { ... }",
        );
    }
}

/// `body` shapes the `IntoResponse` of the `axum` flag, so it needs the flag
/// (on a module: the module's own, so that every family has it).
pub fn check_body_needs_axum(options: &Options, errors: &mut Errors) {
    if let (Some((_, span)), None) = (&options.body, options.axum) {
        errors.at(
            *span,
            "`body` is the body of the axum response: add the `axum` flag, `#[error_table(axum, body = ..)]`, or remove `body`",
        );
    }
}

/// Every code fits the code type, and any suffix is that type.
fn check_codes(family: &Family, errors: &mut Errors) {
    let ty = family.code_type;
    if ty == CodeType::Str {
        return;
    }
    let (min, max) = ty.range();
    for code in family
        .variants
        .iter()
        .filter_map(|v| v.code.as_ref())
        .filter(|code| !code.is_str())
    {
        if !code.suffix.is_empty() && code.suffix != ty.name() {
            let message = format_args!(
                "code has suffix `{}` but the code type is `{}`: drop the suffix",
                code.suffix,
                ty.name()
            );
            errors.spanned(&code.tokens, message);
        } else if !code.int().is_some_and(|v| (min..=max).contains(&v)) {
            let hint = match code.int().map(|v| (v, ty.widened_for(v))) {
                Some((v, Some(wider))) if v < 0 => {
                    format!(
                        ": negative codes need a signed #[repr], such as #[repr({})]",
                        wider.name()
                    )
                }
                Some((_, Some(wider))) => {
                    format!(
                        ": write #[repr({})] on the enum for codes this large",
                        wider.name()
                    )
                }
                _ => ": codes must fit in 64 bits (i64 or u64)".to_owned(),
            };
            let message = format_args!(
                "code out of range for `{}` ({min}..={max}){hint}",
                ty.name()
            );
            errors.spanned(&code.tokens, message);
        }
    }
}

/// Two rows of one table cannot have the same code: the second is the error,
/// the first is pointed at too. Rows under different `#[cfg]`s may share a
/// code (a code that changed meaning between API versions): at most one of
/// them is compiled, and rustc reports the clash if both are.
fn check_duplicate_codes(family: &Family, errors: &mut Errors) {
    let mut first: HashMap<(Key, String), &Variant> = HashMap::new();
    for variant in &family.variants {
        let Some(code) = variant
            .code
            .as_ref()
            .and_then(|c| key(c).map(|k| (k, &c.tokens)))
        else {
            continue;
        };
        let key = (code.0.clone(), cfg_key(variant));
        match first.get(&key) {
            Some(earlier) => {
                let message = format_args!(
                    "duplicate code {}: `{}` has it already",
                    code.0, earlier.ident
                );
                errors.spanned(code.1, message);
                let note = format_args!("code {} first used here, by `{}`", code.0, earlier.ident);
                errors.spanned(&earlier.ident, note);
            }
            None => {
                first.insert(key, variant);
            }
        }
    }
}

/// The code as a table key, `None` if it is an integer out of range.
fn key(code: &CodeLit) -> Option<Key> {
    match &code.value {
        CodeValue::Int(value) => value.map(Key::Int),
        CodeValue::Str(text) => Some(Key::Str(text.clone())),
    }
}

/// The `#[cfg]`s of a variant as one comparable text.
pub fn cfg_key(variant: &Variant) -> String {
    model::cfg_key(&variant.helpers.cfgs)
}

/// Two variants of one name: rustc says so too, but the generated `match`es
/// would add errors of their own; the fallback leaves the second one out.
fn check_duplicate_names(family: &Family, errors: &mut Errors) {
    // By name in a map: comparing every pair of a 2,000-row table compared
    // two million names, each a string made by the compiler's bridge.
    let mut first: HashMap<(String, String), &Variant> = HashMap::new();
    for variant in &family.variants {
        let key = (variant.ident.to_string(), cfg_key(variant));
        let earlier = match first.get(&key) {
            Some(earlier) => Some(*earlier),
            None => {
                first.insert(key, variant);
                None
            }
        };
        if let Some(earlier) = earlier {
            let name = &variant.ident;
            errors.spanned(
                name,
                format_args!("duplicate variant `{name}`: each row needs a name of its own"),
            );
            errors.spanned(&earlier.ident, format_args!("`{name}` first used here"));
        }
    }
}

/// Variants named like the generated constants or methods would clash
/// with them; the hidden ones (`__ERROR_TABLE_CODES`, `__error_table_at`)
/// all start with the macro's prefix.
fn check_variant_names(family: &Family, errors: &mut Errors) {
    for variant in family.variants.iter().filter(|v| {
        let name = v.ident.to_string();
        name.starts_with("__error_table") || name.starts_with("__ERROR_TABLE")
    }) {
        let name = &variant.ident;
        errors.spanned(
            name,
            format_args!(
                "a variant cannot be named `{name}`: names starting with `__error_table` or `__ERROR_TABLE` are #[error_table]'s hidden items; rename the variant"
            ),
        );
    }
    for variant in family
        .variants
        .iter()
        .filter(|v| RESERVED.iter().any(|r| v.ident == r))
    {
        let name = &variant.ident;
        let what = if name.to_string().starts_with(char::is_uppercase) {
            "an associated constant"
        } else {
            "a method"
        };
        let message = format_args!(
            "a variant cannot be named `{name}`: #[error_table] generates {what} of that name; rename the variant"
        );
        errors.spanned(name, message);
    }
}

/// The HTTP status of every row: from the code with `split`, else `#[http]`,
/// the family's `http = N`, or 500. `#[http]` contradicts `split`.
fn check_http(family: &Family, errors: &mut Errors) -> Vec<u16> {
    let http = family.options.http;
    let fallback = match http {
        Some(Http::Fixed(status)) => status,
        _ => 500,
    };
    let mut statuses = Vec::with_capacity(family.variants.len());
    for variant in &family.variants {
        let status = match (http, &variant.helpers.http) {
            (Some(Http::Split { .. }), Some((_, attr))) => {
                errors.spanned(attr, "#[http] is not allowed with `http = split(N)`: the code already holds its status, remove #[http]");
                fallback
            }
            (Some(Http::Split { digits }), None) => split_status(variant, digits, errors),
            (_, Some((status, _))) => *status,
            (_, None) => fallback,
        };
        statuses.push(status);
    }
    statuses
}

/// The status at the front of a split code; it must be 100..=599.
fn split_status(variant: &Variant, digits: u32, errors: &mut Errors) -> u16 {
    let Some(code) = variant.code.as_ref() else {
        return 500;
    };
    let Some(value) = code.int() else { return 500 };
    let status = value
        .checked_div(10i128.checked_pow(digits).unwrap_or(i128::MAX))
        .unwrap_or(0);
    match http_status(status) {
        Some(status) => status,
        None => {
            let message = format_args!(
                "code {value} splits into HTTP status {status} and {digits} digits: the status must be in 100..=599 with http = split({digits})"
            );
            errors.spanned(&code.tokens, message);
            500
        }
    }
}

fn build(
    family: Family,
    statuses: Vec<u16>,
    lang: Option<String>,
    messages: Vec<(String, Vec<(String, String)>)>,
    versions: Vec<Option<Versions>>,
) -> Table {
    let mut langs: Vec<String> = Vec::new();
    let version_langs = versions
        .iter()
        .flatten()
        .flatten()
        .flat_map(|(_, values)| &values.translations);
    for (lang, _) in messages
        .iter()
        .flat_map(|(_, others)| others)
        .chain(version_langs)
    {
        if !langs.contains(lang) {
            langs.push(lang.clone());
        }
    }
    let cfgs = family_cfgs(&family.attrs);
    let mut rows = Vec::with_capacity(family.variants.len());
    let mut value_rows = Vec::new();
    let split = versions.iter().flatten().any(|versions| versions.len() > 1);
    for (((variant, status), (message, translations)), versions) in family
        .variants
        .into_iter()
        .zip(statuses)
        .zip(messages)
        .zip(versions)
    {
        let mut row = Row {
            attrs: variant.attrs,
            cfgs: variant.helpers.cfgs,
            code: variant.code.as_ref().and_then(key).unwrap_or(Key::Int(0)),
            status,
            message,
            translations,
            help: variant.helpers.help,
            retryable: variant.helpers.retryable,
            has_doc: variant.helpers.has_doc,
            ident: variant.ident,
        };
        let versions = versions.unwrap_or_default();
        if let Some((_, values)) = versions.first() {
            set_values(&mut row, values.clone());
        }
        if split {
            if versions.len() > 1 {
                value_rows.extend(versions.into_iter().map(|(cond, values)| {
                    let mut version = row.clone();
                    version.cfgs = version_cfgs(&row.cfgs, cond.as_ref());
                    set_values(&mut version, values);
                    version
                }));
            } else {
                value_rows.push(row.clone());
            }
        }
        rows.push(row);
    }
    let options = family.options;
    Table {
        runtime: options.runtime(),
        http: options.http,
        impls: Impls::of(&options),
        attrs: family.attrs,
        vis: family.vis,
        family: options.name.unwrap_or_else(|| family.ident.to_string()),
        ident: family.ident,
        code_type: family.code_type,
        display: options
            .display
            .unwrap_or_else(display_format::default_format),
        split: options.http.and_then(|h| match h {
            Http::Split { digits } => Some(digits),
            Http::Fixed(_) => None,
        }),
        lang,
        langs,
        body: options.body.map_or(Body::Problem, |(body, _)| body),
        rows,
        value_rows,
        cfgs,
    }
}

fn set_values(row: &mut Row, values: cfg_rows::Values) {
    row.message = values.message;
    row.translations = values.translations;
    row.help = values.help;
    row.status = values.status;
    row.retryable = values.retryable;
    row.has_doc = values.has_doc;
}

/// An enum's `#[cfg(..)]`s, for items generated for it.
pub fn cfg_attrs(attrs: &[syn::Attribute]) -> TokenStream {
    let cfgs = family_cfgs(attrs);
    quote::quote!(#(#[cfg(#cfgs)])*)
}

/// The predicates of an enum's `#[cfg(..)]`s.
fn family_cfgs(attrs: &[syn::Attribute]) -> Vec<TokenStream> {
    attrs
        .iter()
        .filter_map(|attr| match &attr.meta {
            syn::Meta::List(list) if list.path.is_ident("cfg") => Some(list.tokens.clone()),
            _ => None,
        })
        .collect()
}
