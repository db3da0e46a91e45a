//! The type of a family's codes: an integer, from the enum's `#[repr(..)]`,
//! or `&'static str` for a family of string codes.

use proc_macro2::{Ident, Span};
use syn::Attribute;

use crate::errors::Errors;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CodeType {
    U8,
    U16,
    U32,
    U64,
    I8,
    I16,
    I32,
    I64,
    Usize,
    Isize,
    /// `&'static str`: the codes are string literals.
    Str,
}

const ALL: [(CodeType, &str); 10] = [
    (CodeType::U8, "u8"),
    (CodeType::U16, "u16"),
    (CodeType::U32, "u32"),
    (CodeType::U64, "u64"),
    (CodeType::I8, "i8"),
    (CodeType::I16, "i16"),
    (CodeType::I32, "i32"),
    (CodeType::I64, "i64"),
    // Checked as 64-bit: rustc rejects a code too large for a smaller target.
    (CodeType::Usize, "usize"),
    (CodeType::Isize, "isize"),
];

impl CodeType {
    fn from_name(name: &str) -> Option<Self> {
        ALL.iter().find(|(_, n)| *n == name).map(|(t, _)| *t)
    }

    pub fn name(self) -> &'static str {
        if self == CodeType::Str {
            return "&'static str";
        }
        ALL.iter()
            .find(|(t, _)| *t == self)
            .map_or("u32", |(_, n)| n)
    }

    pub fn ident(self) -> Ident {
        Ident::new(self.name(), Span::call_site())
    }

    /// The narrowest integer type at least as wide as this one that holds
    /// `value`: signed if the value is negative or this type is signed.
    pub fn widened_for(self, value: i128) -> Option<CodeType> {
        // usize and isize widen as their 64-bit peers.
        let position = |ty: CodeType| match ty {
            CodeType::Usize => 3,
            CodeType::Isize => 7,
            _ => ALL.iter().position(|(t, _)| *t == ty).unwrap_or(0),
        };
        let width = position(self) % 4;
        let signed = value < 0 || position(self) >= 4;
        ALL[..8]
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 4 >= width && (*i >= 4) == signed)
            .map(|(_, (ty, _))| *ty)
            .find(|ty| {
                let (min, max) = ty.range();
                (min..=max).contains(&value)
            })
    }

    /// The smallest and largest code of the type.
    pub fn range(self) -> (i128, i128) {
        match self {
            CodeType::U8 => (0, u8::MAX.into()),
            CodeType::U16 => (0, u16::MAX.into()),
            CodeType::U32 => (0, u32::MAX.into()),
            CodeType::U64 | CodeType::Usize => (0, u64::MAX.into()),
            CodeType::I8 => (i8::MIN.into(), i8::MAX.into()),
            CodeType::I16 => (i16::MIN.into(), i16::MAX.into()),
            CodeType::I32 => (i32::MIN.into(), i32::MAX.into()),
            CodeType::I64 | CodeType::Isize => (i64::MIN.into(), i64::MAX.into()),
            CodeType::Str => (0, 0),
        }
    }

    /// The code type a `#[repr(..)]` asks for, with the attribute's tokens
    /// (`None` without one); the repr attributes are taken out of `attrs`,
    /// since the macro writes its own.
    pub fn take_from(
        attrs: &mut Vec<Attribute>,
        errors: &mut Errors,
    ) -> Option<(CodeType, proc_macro2::TokenStream)> {
        let mut found = None;
        attrs.retain(|attr| {
            if !attr.path().is_ident("repr") {
                return true;
            }
            let parsed = attr.parse_args::<Ident>().ok();
            match parsed.as_ref().and_then(|ident| Self::from_name(&ident.to_string())) {
                Some(code_type) if found.is_none() => {
                    found = Some((code_type, quote::ToTokens::to_token_stream(attr)));
                }
                Some(_) => errors.spanned(attr, "duplicate #[repr]: write one integer repr"),
                None => errors.spanned(
                    attr,
                    "#[error_table] needs an integer #[repr]: one of u8, u16, u32, u64, usize, i8, i16, i32, i64, isize",
                ),
            }
            false
        });
        found
    }
}

impl quote::ToTokens for CodeType {
    /// The type as an absolute path, immune to a user's type named `u32`.
    fn to_tokens(&self, tokens: &mut proc_macro2::TokenStream) {
        if *self == CodeType::Str {
            tokens.extend(quote::quote!(&'static ::core::primitive::str));
            return;
        }
        let ident = self.ident();
        tokens.extend(quote::quote!(::core::primitive::#ident));
    }
}
