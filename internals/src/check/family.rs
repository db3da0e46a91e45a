//! The rules a table must keep, each a `check_*` function; a family that
//! keeps them all becomes a `model::Table`.

use std::collections::HashMap;

use proc_macro2::TokenStream;

use crate::check::cfg_rows::{self, version_cfgs};
use crate::check::codes::{check_codes, check_duplicate_codes};
use crate::check::found::{Found, Partial};
use crate::check::messages::{default_lang, row_message};
use crate::check::model::{self, Impls, Row, Table};
use crate::check::strings;
use crate::errors::Errors;
use crate::parse::ast::{Family, Variant};
use crate::parse::body::Body;
use crate::parse::display_format;
use crate::parse::options::{Http, Options, http_status};

/// The names of the generated associated items, which a variant cannot
/// take: `Self::code` would name the variant, not the method.
pub const RESERVED: [&str; 14] = [
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
    "retry_after",
];

/// Checks `family`, whose parsing reported to `errors`; gives the family
/// back with what could still be vouched for of each variant if anything is
/// wrong (all of it is in `errors`).
pub fn check(family: Family, errors: &mut Errors) -> Result<Table, Box<Partial>> {
    let mut found: Vec<Found> = family.variants.iter().map(Found::new).collect();
    check_not_empty(&family, errors);
    check_no_union(&family.options, errors);
    check_codes(&family, &mut found, errors);
    strings::check_kinds(&family, &mut found, errors);
    strings::check_no_split(&family, errors);
    check_duplicate_codes(&family, &mut found, errors);
    check_variant_names(&family, &mut found, errors);
    check_duplicate_names(&family, &mut found, errors);
    check_http(&family, &mut found, errors);
    let default_lang = default_lang(&family);
    check_messages(&family, &mut found, default_lang.as_deref(), errors);
    check_body_needs_axum(&family.options, errors);
    check_grpc_needs_tonic(&family.options, errors);
    check_grpc_rows_need_tonic(&family, errors);
    // A row without a code had it reported, by parse or `check_codes`.
    if !errors.is_empty() || found.iter().any(|found| found.code.is_none()) {
        return Err(Box::new(Partial { family, found }));
    }
    Ok(build(family, default_lang, found))
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

/// `body` shapes the `IntoResponse` of the `axum` flag and `utoipa`
/// describes it, so both need the flag (on a module: the module's own, so
/// that every family has it).
pub fn check_body_needs_axum(options: &Options, errors: &mut Errors) {
    if let (Some((_, span)), None) = (&options.body, options.axum) {
        errors.at(
            *span,
            "`body` is the body of the axum response: add the `axum` flag, `#[error_table(axum, body = ..)]`, or remove `body`",
        );
    }
    if let (Some(span), None) = (options.utoipa, options.axum) {
        errors.at(
            span,
            "`utoipa` describes the responses of the axum flag: add it, `#[error_table(axum, utoipa)]`",
        );
    }
}

/// `grpc = ..` chooses the code of the `tonic` flag's status, so it needs
/// the flag (on a module: the module's own, so that every family has it).
pub fn check_grpc_needs_tonic(options: &Options, errors: &mut Errors) {
    if let (Some((_, span)), None) = (options.grpc, options.tonic) {
        errors.at(
            span,
            "`grpc` is the gRPC code of the tonic status: add the `tonic` flag, `#[error_table(tonic, grpc = ..)]`, or remove `grpc`",
        );
    }
}

/// `#[grpc(..)]` on a row needs the `tonic` flag too.
fn check_grpc_rows_need_tonic(family: &Family, errors: &mut Errors) {
    if family.options.tonic.is_some() {
        return;
    }
    let helpers = family.variants.iter().map(|v| &v.helpers);
    let conditional = helpers
        .clone()
        .flat_map(|helpers| helpers.conditional.iter().map(|(_, attrs)| attrs));
    for (_, at) in helpers.chain(conditional).filter_map(|h| h.grpc.as_ref()) {
        errors.spanned(
            at,
            "#[grpc] is the gRPC code of the tonic status: add the `tonic` flag to the family, `#[error_table(tonic)]`, or remove #[grpc]",
        );
    }
}

/// The `#[cfg]`s of a variant as one comparable text.
pub fn cfg_key(variant: &Variant) -> String {
    model::cfg_key(&variant.helpers.cfgs)
}

/// Two variants of one name: rustc says so too, but the generated `match`es
/// would add errors of their own; the fallback leaves the second one out.
fn check_duplicate_names(family: &Family, found: &mut [Found], errors: &mut Errors) {
    // By name in a map: comparing every pair of a 2,000-row table compared
    // two million names, each a string made by the compiler's bridge.
    let mut first: HashMap<(String, String), &Variant> = HashMap::new();
    for (variant, found) in family.variants.iter().zip(found) {
        let key = (variant.ident.to_string(), cfg_key(variant));
        let earlier = match first.get(&key) {
            Some(earlier) => Some(*earlier),
            None => {
                first.insert(key, variant);
                None
            }
        };
        if let Some(earlier) = earlier {
            found.declared = false;
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
fn check_variant_names(family: &Family, found: &mut [Found], errors: &mut Errors) {
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
    for (variant, found) in family
        .variants
        .iter()
        .zip(found)
        .filter(|(v, _)| RESERVED.iter().any(|r| v.ident == r))
    {
        found.declared = false;
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
fn check_http(family: &Family, found: &mut [Found], errors: &mut Errors) {
    let http = family.options.http;
    let fallback = match http {
        Some(Http::Fixed(status)) => status,
        _ => 500,
    };
    for (variant, found) in family.variants.iter().zip(found) {
        found.status = match (http, &variant.helpers.http) {
            (Some(Http::Split { .. }), Some((_, attr))) => {
                errors.spanned(attr, "#[http] is not allowed with `http = split(N)`: the code already holds its status, remove #[http]");
                fallback
            }
            (Some(Http::Split { digits }), None) => split_status(variant, digits, errors),
            (_, Some((status, _))) => *status,
            (_, None) => fallback,
        };
    }
}

/// Each row's message, then the versions of the rows under `cfg_attr`s
/// (all the messages' errors first, as before the versions').
fn check_messages(
    family: &Family,
    found: &mut [Found],
    default_lang: Option<&str>,
    errors: &mut Errors,
) {
    for (variant, found) in family.variants.iter().zip(found.iter_mut()) {
        (found.message, found.translations) = row_message(family, variant, default_lang, errors);
    }
    for (variant, found) in family.variants.iter().zip(found) {
        found.versions = cfg_rows::versions(family, variant, found.status, default_lang, errors);
    }
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

fn build(family: Family, lang: Option<String>, found: Vec<Found>) -> Table {
    let langs = other_langs(&found);
    let cfgs = family_cfgs(&family.attrs);
    let mut rows = Vec::with_capacity(family.variants.len());
    let mut value_rows = Vec::new();
    let split = found.iter().any(|found| found.versions.len() > 1);
    for (variant, found) in family.variants.into_iter().zip(found) {
        // Every code is there: `check` returned before otherwise.
        let Some(code) = found.code else { continue };
        let mut row = Row {
            attrs: variant.attrs,
            cfgs: variant.helpers.cfgs,
            code,
            status: found.status,
            message: found.message,
            translations: found.translations,
            help: variant.helpers.help,
            retryable: variant.helpers.retryable,
            grpc: variant.helpers.grpc.map(|(code, _)| code),
            has_doc: variant.helpers.has_doc,
            ident: variant.ident,
        };
        let versions = found.versions;
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
        family: options.family_name(&family.ident),
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
        grpc: options.grpc.map(|(code, _)| code),
        retry_after: options.retry_after,
        rows,
        value_rows,
        cfgs,
    }
}

/// The languages other than the default, in the order first used: the
/// plain rows' first, then the versions'.
fn other_langs(found: &[Found]) -> Vec<String> {
    let mut langs: Vec<String> = Vec::new();
    let plain = found.iter().flat_map(|found| &found.translations);
    let versions = found
        .iter()
        .flat_map(|found| &found.versions)
        .flat_map(|(_, values)| &values.translations);
    for (lang, _) in plain.chain(versions) {
        if !langs.contains(lang) {
            langs.push(lang.clone());
        }
    }
    langs
}

fn set_values(row: &mut Row, values: cfg_rows::Values) {
    row.message = values.message;
    row.translations = values.translations;
    row.help = values.help;
    row.status = values.status;
    row.retryable = values.retryable;
    row.grpc = values.grpc;
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
