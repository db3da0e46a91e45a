//! Token helpers every generator shares: `match self` over the rows, a
//! literal, a code, tokens moved to a span. They sit below the generators,
//! so that no generator calls into another for them.

use proc_macro2::{Literal, Span, TokenStream};
use quote::quote;

use crate::check::model::{Row, cfg_key};

/// `match self`, with the rows that give the same value (under the same
/// `#[cfg]`s) in one arm; rows for which `value` is `None` go to `rest` (a
/// `_` arm), if given.
pub fn match_rows(
    rows: &[Row],
    value: impl Fn(&Row) -> Option<TokenStream>,
    rest: Option<TokenStream>,
) -> TokenStream {
    match_rows_keyed(
        rows,
        |row| value(row).map(|value| (value.to_string(), value)),
        rest,
    )
}

/// [`match_rows`] with each value's key given beside it (the text it is made
/// of), which spares turning every value back into text: through the
/// compiler's bridge that is most of the time of a large table.
pub fn match_rows_keyed(
    rows: &[Row],
    value: impl Fn(&Row) -> Option<(String, TokenStream)>,
    rest: Option<TokenStream>,
) -> TokenStream {
    match_on(&quote!(self), &quote!(Self), rows, value, rest)
}

/// [`match_rows`] on `scrutinee`, an error of the type `ty`: for a closure
/// over the error (`|error: Name| match error { Name::A => .. }`), where
/// there is no `self`.
pub fn match_error(
    scrutinee: &TokenStream,
    ty: &TokenStream,
    rows: &[Row],
    value: impl Fn(&Row) -> Option<TokenStream>,
    rest: Option<TokenStream>,
) -> TokenStream {
    match_on(
        scrutinee,
        ty,
        rows,
        |row| value(row).map(|value| (value.to_string(), value)),
        rest,
    )
}

/// `match scrutinee { ty::A | ty::B => value, .. }`, one arm a value (and
/// `#[cfg]`s), keyed as [`match_rows_keyed`] says.
fn match_on(
    scrutinee: &TokenStream,
    ty: &TokenStream,
    rows: &[Row],
    value: impl Fn(&Row) -> Option<(String, TokenStream)>,
    rest: Option<TokenStream>,
) -> TokenStream {
    // Arms in the order first seen, found by value through a map: a search
    // of the arms for each row is quadratic in a table of distinct values.
    let mut arms: Vec<(TokenStream, Vec<&syn::Ident>, TokenStream)> = Vec::new();
    let mut by_key: std::collections::HashMap<(String, String), usize> =
        std::collections::HashMap::new();
    let mut covered = 0;
    for row in rows {
        let Some((key, value)) = value(row) else {
            continue;
        };
        covered += 1;
        let cfgs = row.cfg_attrs();
        let key = (cfg_key(&row.cfgs), key);
        match by_key.get(&key) {
            Some(&arm) => arms[arm].1.push(&row.ident),
            None => {
                by_key.insert(key, arms.len());
                arms.push((value, vec![&row.ident], cfgs));
            }
        }
    }
    let arms = arms
        .iter()
        .map(|(value, idents, cfgs)| quote!(#cfgs #(#ty::#idents)|* => #value,));
    // Rows under `#[cfg]`s may leave `_` nothing to match in one build.
    let allow = rows
        .iter()
        .any(|row| !row.cfgs.is_empty())
        .then(|| quote!(#[allow(unreachable_patterns)]));
    let rest = rest
        .filter(|_| covered < rows.len())
        .map(|rest| quote!(#allow _ => #rest,));
    quote!(match #scrutinee { #(#arms)* #rest })
}

/// A string literal, emitted as written (never read as a format string).
pub fn text(value: &str) -> TokenStream {
    let lit = Literal::string(value);
    quote!(#lit)
}

pub use crate::check::model::code_lit;

/// The runtime's path with the span of a flag (`serde`, `axum`, ..): rustc
/// reports an error of the flag's impl macro (its feature is off) at the
/// macro's path, so at the flag.
pub fn runtime_at(runtime: &TokenStream, span: Span) -> TokenStream {
    respan(runtime.clone(), span)
}

/// `tokens`, each moved to `span`: where rustc reports an error in them is
/// where the user wrote what they stand for.
pub fn respan(tokens: TokenStream, span: Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut token| {
            token.set_span(span);
            token
        })
        .collect()
}
