//! The API every family and every union gets: the inherent constants and
//! methods, `ErrorCode`, `Display`, `Error`, the conversions and serde. The
//! method bodies come from the caller, so families, unions and the fallback
//! after an error all share this one shell.

use proc_macro2::{Ident, TokenStream};
use quote::{quote, quote_spanned};

use crate::check::model::Impls;
use crate::generate::tokens::runtime_at;
use crate::parse::code_type::CodeType;

/// The bodies of the generated methods; each is an expression over `self`
/// (or `code` in `from_code`, `lang` in `message_in`, `f` in `display`).
pub struct Api {
    pub ident: Ident,
    /// The path of the runtime crate (`::error_table`).
    pub runtime: TokenStream,
    pub impls: Impls,
    /// The code type: it says whether the codes are strings, and is
    /// written as a path (`::core::primitive::u32`).
    pub code_type: CodeType,
    pub family: String,
    /// The elements of `ALL`, comma separated.
    pub all: TokenStream,
    pub code: TokenStream,
    pub from_code: TokenStream,
    pub message: TokenStream,
    pub message_in: TokenStream,
    pub help: TokenStream,
    pub http_status: TokenStream,
    /// Over `code`: the status of a code, known or not.
    pub http_status_of: TokenStream,
    pub sub_code: TokenStream,
    pub name: TokenStream,
    /// The body of `category`: string families only.
    pub category: Option<TokenStream>,
    pub retryable: TokenStream,
    /// The body of `retry_after`.
    pub retry_after: TokenStream,
    pub display: TokenStream,
    /// Private items the bodies share (the pilots of a perfect hash).
    pub items: TokenStream,
}

impl Api {
    /// The API with neutral bodies that never panic (empty messages, code
    /// `0`, no error for any code): emitted after a compile error, so that
    /// uses of the type, even in constants, add no follow-up error to the
    /// real one. A caller with better bodies sets them afterwards.
    pub fn stub(ident: Ident, runtime: TokenStream, code_type: CodeType, family: String) -> Api {
        let strings = code_type == CodeType::Str;
        // A string code type gets `""` for a code and a `category`.
        let code = if strings { quote!("") } else { quote!(0) };
        Api {
            ident,
            runtime,
            impls: Impls::default(),
            code_type,
            family,
            all: TokenStream::new(),
            code: code.clone(),
            from_code: quote!({
                let _ = code;
                ::core::option::Option::None
            }),
            message: quote!(""),
            message_in: quote!({
                let _ = lang;
                ""
            }),
            help: quote!(::core::option::Option::None),
            http_status: quote!(500),
            http_status_of: quote!({
                let _ = code;
                ::core::option::Option::None
            }),
            sub_code: code,
            name: quote!(""),
            category: strings.then(|| quote!("")),
            retryable: quote!(false),
            retry_after: quote!({
                let _ = self;
                ::core::option::Option::None
            }),
            display: quote!({
                let _ = f;
                ::core::result::Result::Ok(())
            }),
            items: TokenStream::new(),
        }
    }

    /// Whether the codes are strings.
    fn strings(&self) -> bool {
        self.code_type == CodeType::Str
    }

    pub fn expand(&self) -> TokenStream {
        let inherent = self.inherent();
        let traits = self.traits();
        quote!(#inherent #traits)
    }

    fn inherent(&self) -> TokenStream {
        let Api {
            ident,
            code_type: code_ty,
            family,
            all,
            code,
            from_code,
            message,
            message_in,
            help,
            http_status,
            http_status_of,
            sub_code,
            name,
            retryable,
            retry_after,
            items,
            ..
        } = self;
        // A string family looks up any `&str`, not only `&'static` ones.
        let key_ty = if self.strings() {
            quote!(&::core::primitive::str)
        } else {
            quote!(#code_ty)
        };
        let category = self.category.as_ref().map(|category| {
            quote! {
                /// The code's category: the text before its first `.`, the whole code without one.
                #[must_use]
                pub const fn category(self) -> &'static ::core::primitive::str {
                    #category
                }
            }
        });
        let all = all_slice(all);
        // `deprecated`: the generated code names every variant, a retired
        // code too; only the user's own uses of it should warn.
        quote! {
            #[allow(clippy::match_same_arms, clippy::too_many_lines, deprecated)]
            impl #ident {
                #items

                /// Every error of the table, in declaration order.
                pub const ALL: &'static [Self] = #all;

                /// The name of this family of errors.
                pub const FAMILY: &'static ::core::primitive::str = #family;

                /// The vendor's code of this error.
                #[must_use]
                pub const fn code(self) -> #code_ty {
                    #code
                }

                /// The error with this code, `None` if the code is not in the table.
                #[must_use]
                pub const fn from_code(code: #key_ty) -> ::core::option::Option<Self> {
                    #from_code
                }

                /// The vendor's message, in the default language.
                #[must_use]
                pub const fn message(self) -> &'static ::core::primitive::str {
                    #message
                }

                /// The message in `lang`, or in the default language where there is none in `lang`.
                #[must_use]
                pub fn message_in(self, lang: &::core::primitive::str) -> &'static ::core::primitive::str {
                    #message_in
                }

                /// The longer description of the error, if the table gives one.
                #[must_use]
                pub const fn help(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                    #help
                }

                /// The HTTP status the vendor answers with for this error.
                #[must_use]
                pub const fn http_status(self) -> ::core::primitive::u16 {
                    #http_status
                }

                /// The HTTP status of `code`: its error's status if the table has the
                /// code, else the status the family's scheme gives (`http = split(N)`:
                /// the leading digits when they are a status; `http = N`: `N`), else `None`.
                #[must_use]
                pub const fn http_status_of(code: #key_ty) -> ::core::option::Option<::core::primitive::u16> {
                    #http_status_of
                }

                /// The code without its leading HTTP status (the code itself unless it is split).
                #[must_use]
                pub const fn sub_code(self) -> #code_ty {
                    #sub_code
                }

                /// The name of the variant.
                #[must_use]
                pub const fn name(self) -> &'static ::core::primitive::str {
                    #name
                }

                #category

                /// Whether a client should retry the request that got this error: `#[retryable]`, else a status of 429, 502, 503 or 504.
                #[must_use]
                pub const fn is_retryable(self) -> ::core::primitive::bool {
                    #retryable
                }

                /// How long a client should wait before retrying: `#[retryable(after = N)]` on the row, else `retryable(after = N)` on the family; `None` when the error is not retryable or no delay is given.
                #[must_use]
                pub const fn retry_after(self) -> ::core::option::Option<::core::time::Duration> {
                    #retry_after
                }
            }
        }
    }

    fn traits(&self) -> TokenStream {
        let Api {
            ident,
            runtime,
            code_type: code_ty,
            display,
            all,
            ..
        } = self;
        // The elements again rather than `Self::ALL`: see `all_slice`.
        let all = all_slice(all);
        let foreign = self.foreign_impls();
        let from_code_str = if self.strings() {
            quote!(Self::from_code(text))
        } else {
            quote!(match text.parse::<#code_ty>() {
                ::core::result::Result::Ok(code) => Self::from_code(code),
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            })
        };
        let category = self.strings().then(|| {
            quote! {
                fn category(self) -> ::core::option::Option<&'static ::core::primitive::str> {
                    ::core::option::Option::Some(Self::category(self))
                }
            }
        });
        let conversions = if self.strings() {
            str_conversions(ident, runtime)
        } else {
            int_conversions(ident, runtime, *code_ty)
        };
        // The error types are written out: `Self::Err` would name a variant
        // called `Err`.
        quote! {
            #[automatically_derived]
            #[allow(deprecated)]
            impl #runtime::__private::ErrorCode for #ident {
                type Code = #code_ty;
                const ALL: &'static [Self] = #all;
                const FAMILY: &'static ::core::primitive::str = Self::FAMILY;
                fn code(self) -> #code_ty { Self::code(self) }
                fn from_code(code: #code_ty) -> ::core::option::Option<Self> { Self::from_code(code) }
                fn from_code_str(text: &::core::primitive::str) -> ::core::option::Option<Self> { #from_code_str }
                fn message(self) -> &'static ::core::primitive::str { Self::message(self) }
                fn message_in(self, lang: &::core::primitive::str) -> &'static ::core::primitive::str { Self::message_in(self, lang) }
                fn help(self) -> ::core::option::Option<&'static ::core::primitive::str> { Self::help(self) }
                fn http_status(self) -> ::core::primitive::u16 { Self::http_status(self) }
                fn http_status_of(code: #code_ty) -> ::core::option::Option<::core::primitive::u16> { Self::http_status_of(code) }
                fn sub_code(self) -> #code_ty { Self::sub_code(self) }
                fn name(self) -> &'static ::core::primitive::str { Self::name(self) }
                #category
                fn is_retryable(self) -> ::core::primitive::bool { Self::is_retryable(self) }
                fn retry_after(self) -> ::core::option::Option<::core::time::Duration> { Self::retry_after(self) }
            }

            #[automatically_derived]
            #[allow(deprecated)]
            impl ::core::fmt::Display for #ident {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #display
                }
            }

            #[automatically_derived]
            impl ::core::error::Error for #ident {}

            #[automatically_derived]
            impl ::core::convert::From<#ident> for #code_ty {
                fn from(error: #ident) -> Self {
                    #ident::code(error)
                }
            }

            #conversions

            #foreign
        }
    }

    /// The impls of foreign traits the family asks for: never without the
    /// asking, so that enabling a runtime feature elsewhere in a build
    /// cannot clash with the user's own impls (features stay additive).
    fn foreign_impls(&self) -> TokenStream {
        let Api {
            ident,
            runtime,
            impls,
            ..
        } = self;
        let serde = impls.serde.map(|span| {
            let runtime = runtime_at(runtime, span);
            quote_spanned!(span=> #runtime::__private::impl_serde!(#ident);)
        });
        let status_code = impls.status_code.map(|span| {
            let runtime = runtime_at(runtime, span);
            quote_spanned!(span=> #runtime::__private::impl_status_code!(#ident);)
        });
        quote!(#serde #status_code)
    }
}

/// The value of `ALL` (the inherent constant and the trait's), from its
/// elements: an array moved out of a `let`, then borrowed.
///
/// Checking a constant's value, rustc finds each enum element's variant by
/// a linear search of the discriminants: a constant of all N variants costs
/// O(N^2), 6 s of a 10,000-code build (BENCHMARKS.md, run C12). rustc
/// checks a constant when some code names it, and `&[..]` alone would be
/// promoted to a constant of its own that it checks even then. So the `let`
/// keeps the array from being promoted, and the trait's `ALL` repeats the
/// elements instead of naming `Self::ALL`: `ALL` is checked once where
/// something names it (`from_code` of a perfect hash up to 4,096 codes, the
/// user's code), and never in a crate where nothing does.
fn all_slice(all: &TokenStream) -> TokenStream {
    if all.is_empty() {
        // `[]` has no element to infer the type from.
        return quote!(&[]);
    }
    quote!(&{
        let all = [#all];
        all
    })
}

/// `TryFrom` the code type and `FromStr` (a decimal code) of an integer family.
fn int_conversions(ident: &Ident, runtime: &TokenStream, code_ty: CodeType) -> TokenStream {
    // The error types are written out: `Self::Err` would name a variant
    // called `Err`.
    quote! {
        #[automatically_derived]
        impl ::core::convert::TryFrom<#code_ty> for #ident {
            type Error = #runtime::__private::UnknownCode<#code_ty>;
            fn try_from(code: #code_ty) -> ::core::result::Result<Self, #runtime::__private::UnknownCode<#code_ty>> {
                #runtime::__private::try_from_code(code)
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #runtime::__private::ParseCodeError<#code_ty>;
            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, #runtime::__private::ParseCodeError<#code_ty>> {
                #runtime::__private::parse_code(text)
            }
        }
    }
}

/// `TryFrom<&str>` (the error lends the unknown code back) and `FromStr`
/// (the error keeps it) of a string family.
fn str_conversions(ident: &Ident, runtime: &TokenStream) -> TokenStream {
    quote! {
        #runtime::__private::string_codes!();

        #[automatically_derived]
        impl<'a> ::core::convert::TryFrom<&'a ::core::primitive::str> for #ident {
            type Error = #runtime::__private::UnknownCode<&'a ::core::primitive::str>;
            fn try_from(code: &'a ::core::primitive::str) -> ::core::result::Result<Self, #runtime::__private::UnknownCode<&'a ::core::primitive::str>> {
                #runtime::__private::try_from_str(code)
            }
        }

        #[automatically_derived]
        impl ::core::str::FromStr for #ident {
            type Err = #runtime::__private::UnknownCode<#runtime::__private::Box<::core::primitive::str>>;
            fn from_str(text: &::core::primitive::str) -> ::core::result::Result<Self, #runtime::__private::UnknownCode<#runtime::__private::Box<::core::primitive::str>>> {
                #runtime::__private::parse_str(text)
            }
        }
    }
}
