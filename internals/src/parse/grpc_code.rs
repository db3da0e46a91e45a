//! The gRPC status codes `grpc = ..` and `#[grpc(..)]` name: tonic's
//! `Code` variants, said once here for the parser, its messages and the
//! generator (which writes `tonic::Code::<name>`).

use proc_macro2::TokenStream;
use syn::Ident;

use crate::parse::suggest;

/// A gRPC status code an error can have, by its name in `tonic::Code`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct GrpcCode(&'static str);

/// Every code of `tonic::Code` but `Ok`, which is no error's.
pub const NAMES: [&str; 16] = [
    "Cancelled",
    "Unknown",
    "InvalidArgument",
    "DeadlineExceeded",
    "NotFound",
    "AlreadyExists",
    "PermissionDenied",
    "ResourceExhausted",
    "FailedPrecondition",
    "Aborted",
    "OutOfRange",
    "Unimplemented",
    "Internal",
    "Unavailable",
    "DataLoss",
    "Unauthenticated",
];

impl GrpcCode {
    /// The name of the code's variant in `tonic::Code`.
    pub fn name(self) -> &'static str {
        self.0
    }

    /// `NotFound`, written as a path (`grpc = NotFound`, `#[grpc(NotFound)]`);
    /// `form` is how the user writes it, for the messages.
    pub fn parse(value: TokenStream, form: &str) -> syn::Result<GrpcCode> {
        let ident: Ident = syn::parse2(value).map_err(|e| {
            syn::Error::new(
                e.span(),
                format_args!("expected {form}: the name of a gRPC code, such as `NotFound`"),
            )
        })?;
        let name = ident.to_string();
        if let Some(known) = NAMES.iter().find(|known| **known == name) {
            return Ok(GrpcCode(known));
        }
        Err(syn::Error::new(ident.span(), unknown(&name)))
    }
}

/// "unknown gRPC code", with the name meant: `NOT_FOUND` and `not_found`
/// are `NotFound`, `Ok` is no error's code.
fn unknown(name: &str) -> String {
    if name == "Ok" {
        return "`Ok` is the gRPC code of a success, not of an error: choose another code, or remove the override".to_owned();
    }
    let squashed = |text: &str| text.replace('_', "").to_lowercase();
    let meant = NAMES
        .iter()
        .find(|known| squashed(known) == squashed(name))
        .copied()
        .or_else(|| suggest::closest(name, &NAMES));
    match meant {
        Some(meant) => format!("unknown gRPC code `{name}`: did you mean `{meant}`?"),
        None => format!(
            "unknown gRPC code `{name}`: expected one of {}",
            NAMES
                .iter()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn message(value: TokenStream) -> String {
        match GrpcCode::parse(value, "`grpc = NotFound`") {
            Ok(code) => code.name().to_owned(),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn reads_tonic_names_and_says_what_was_meant() {
        assert_eq!(message(quote!(NotFound)), "NotFound");
        assert_eq!(
            message(quote!(NOT_FOUND)),
            "unknown gRPC code `NOT_FOUND`: did you mean `NotFound`?"
        );
        assert_eq!(
            message(quote!(Unavailible)),
            "unknown gRPC code `Unavailible`: did you mean `Unavailable`?"
        );
        assert!(message(quote!(Ok)).starts_with("`Ok` is the gRPC code of a success"));
        assert!(message(quote!(Zzz)).starts_with("unknown gRPC code `Zzz`: expected one of"));
        assert!(message(quote!("NotFound")).starts_with("expected `grpc = NotFound`"));
    }
}
