//! utoipa's `IntoResponses` and `ToSchema` for the families and unions with
//! the `utoipa` flag: the runtime builds both from the table and the
//! bodies `Serve` gives, so the macro only names the type.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote_spanned;

use crate::generate::tokens::runtime_at;

/// The impls, if the family or union has the flag; spanned at the flag, so
/// without the runtime's `utoipa` feature the error points there.
pub fn impls(ident: &Ident, runtime: &TokenStream, utoipa: Option<Span>) -> TokenStream {
    let Some(span) = utoipa else {
        return TokenStream::new();
    };
    let runtime = runtime_at(runtime, span);
    quote_spanned!(span=> #runtime::__private::impl_utoipa!(#ident);)
}

/// The impls for a union: as a family's, but silent without the feature
/// (its families carry the same flag and report it already).
pub fn union_impls(ident: &Ident, runtime: &TokenStream, utoipa: Option<Span>) -> TokenStream {
    let Some(span) = utoipa else {
        return TokenStream::new();
    };
    let runtime = runtime_at(runtime, span);
    quote_spanned!(span=> #runtime::__private::impl_utoipa!(#ident, union);)
}
