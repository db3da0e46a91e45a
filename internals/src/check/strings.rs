//! The rules of string codes: a family's codes are all integers or all
//! strings, a string code is not empty, and `split` needs integer codes.

use crate::check::found::Found;
use crate::errors::Errors;
use crate::parse::ast::{CodeLit, CodeValue, Family};
use crate::parse::code_type::CodeType;
use crate::parse::options::Http;

/// Every code of the family is of the kind of its first code, and no string
/// code is empty; each code that breaks this is reported.
pub fn check_kinds(family: &Family, found: &mut [Found], errors: &mut Errors) {
    let string_family = family.code_type == CodeType::Str;
    let mut codes = family
        .variants
        .iter()
        .filter_map(|v| v.code.as_ref().map(|code| (&v.ident, code)));
    let Some((first, _)) = codes.next() else {
        return;
    };
    for (ident, code, found) in family
        .variants
        .iter()
        .zip(found)
        .filter_map(|(v, found)| v.code.as_ref().map(|code| (&v.ident, code, found)))
    {
        match &code.value {
            CodeValue::Str(text) if text.is_empty() => errors.spanned(
                &code.tokens,
                format_args!("the code of `{ident}` is empty: write the vendor's code, such as `\"BlobNotFound\"`"),
            ),
            _ if code.is_str() != string_family => mixed(first, ident, code, string_family, errors),
            _ => continue,
        }
        found.code = None;
    }
}

fn mixed(
    first: &syn::Ident,
    ident: &syn::Ident,
    code: &CodeLit,
    string_family: bool,
    errors: &mut Errors,
) {
    let (this, family) = if string_family {
        ("an integer", "string")
    } else {
        ("a string", "integer")
    };
    errors.spanned(
        &code.tokens,
        format_args!(
            "`{ident}` has {this} code but the family's codes are {family}s (the first, `{first}`, is one): every code of a family is an integer, or every code is a string"
        ),
    );
}

/// `split` reads the status out of an integer code: a string code has none.
pub fn check_no_split(family: &Family, errors: &mut Errors) {
    if family.code_type != CodeType::Str {
        return;
    }
    if let Some(Http::Split { .. }) = family.options.http {
        let at = family
            .options
            .http_at
            .unwrap_or_else(|| family.ident.span());
        errors.at(
            at,
            "`http = split(N)` needs integer codes: a string code holds no HTTP status; give each code #[http(N)], or the family `http = N`",
        );
    }
}
