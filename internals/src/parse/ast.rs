//! The parsed form of an `#[error_table]` enum: what the user wrote, with
//! the macro's own attributes read and taken out, not yet checked.

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Attribute, Data, DeriveInput, Expr, Fields, Ident, Lit, UnOp, Visibility};

use crate::errors::Errors;
use crate::parse::code_type::CodeType;
use crate::parse::options::Options;
use crate::parse::variant_attrs::VariantAttrs;

/// One family: an enum under `#[error_table]`.
pub struct Family {
    /// The enum's attributes, without `#[error_table]` and `#[repr]`.
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// The family's options, with a module's defaults already applied.
    pub options: Options,
    pub code_type: CodeType,
    pub variants: Vec<Variant>,
}

pub struct Variant {
    /// The variant's attributes without the helper ones (docs stay).
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub code: Option<CodeLit>,
    pub helpers: VariantAttrs,
}

/// A code as written: `4031003`, `-1` or `"BlobNotFound"`.
pub struct CodeLit {
    pub value: CodeValue,
    pub suffix: String,
    /// The literal's tokens, to point errors at.
    pub tokens: TokenStream,
}

/// The value of a code literal.
pub enum CodeValue {
    /// `None` when the literal does not fit even in an `i128`.
    Int(Option<i128>),
    Str(String),
}

impl CodeLit {
    /// The integer code, `None` for a string or an integer too large.
    pub fn int(&self) -> Option<i128> {
        match self.value {
            CodeValue::Int(value) => value,
            CodeValue::Str(_) => None,
        }
    }

    pub fn is_str(&self) -> bool {
        matches!(self.value, CodeValue::Str(_))
    }
}

impl Family {
    /// Reads an enum; what is wrong is reported to `errors` and left out, so
    /// that the rest is still checked. `None` if the item is not an enum.
    /// `nested`: the enum is inside an `#[error_table]` module, where an
    /// `#[error_table(..)]` of its own overrides the module's options.
    pub fn from_syn(
        input: DeriveInput,
        defaults: &Options,
        nested: bool,
        errors: &mut Errors,
    ) -> Option<Family> {
        let DeriveInput {
            mut attrs,
            vis,
            ident,
            generics,
            data,
        } = input;
        let Data::Enum(data) = data else {
            errors.spanned(
                &ident,
                "#[error_table] goes on an enum of codes, or on an inline module of such enums",
            );
            return None;
        };
        if !generics.params.is_empty() || generics.where_clause.is_some() {
            errors.spanned(
                &generics,
                "an #[error_table] enum cannot have generics: it is a table of codes",
            );
        }
        let options = take_options(&mut attrs, nested, errors).or(defaults);
        let repr = CodeType::take_from(&mut attrs, errors);
        let variants: Vec<Variant> = data
            .variants
            .into_iter()
            .map(|v| Variant::from_syn(v, errors))
            .collect();
        let code_type = code_type(&variants, repr, errors);
        Some(Family {
            attrs,
            vis,
            ident,
            options,
            code_type,
            variants,
        })
    }
}

/// `&'static str` when the first code is a string, else the `#[repr]` or
/// `u32`. (Codes of the other kind are reported by the checks.)
fn code_type(
    variants: &[Variant],
    repr: Option<(CodeType, TokenStream)>,
    errors: &mut Errors,
) -> CodeType {
    let first = variants.iter().find_map(|v| v.code.as_ref());
    if !first.is_some_and(CodeLit::is_str) {
        return repr.map_or(CodeType::U32, |(code_type, _)| code_type);
    }
    if let Some((_, attr)) = repr {
        errors.spanned(
            attr,
            "a family of string codes takes no #[repr]: its code type is `&'static str`; remove the #[repr]",
        );
    }
    CodeType::Str
}

/// Whether `attr` is `#[error_table(..)]`, however its path is written
/// (`error_table`, `error_table::error_table`, a renamed crate's path).
pub fn is_error_table(attr: &Attribute) -> bool {
    attr.path()
        .segments
        .last()
        .is_some_and(|segment| segment.ident == "error_table")
}

/// Takes an enum's own `#[error_table(..)]` (its options inside a module)
/// out of `attrs`. On an enum that is itself the macro's item, or a second
/// time inside a module, the attribute is one too many.
fn take_options(attrs: &mut Vec<Attribute>, nested: bool, errors: &mut Errors) -> Options {
    let mut options = Options::default();
    let mut seen = !nested;
    attrs.retain(|attr| {
        if !is_error_table(attr) {
            return true;
        }
        if seen {
            errors.spanned(
                attr,
                "a second #[error_table] on one item: write its options in one attribute",
            );
            return false;
        }
        seen = true;
        let tokens = match &attr.meta {
            syn::Meta::List(list) => list.tokens.clone(),
            syn::Meta::Path(_) => TokenStream::new(),
            syn::Meta::NameValue(_) => {
                errors.spanned(attr, "expected #[error_table(option = ..)]");
                TokenStream::new()
            }
        };
        options = Options::parse(tokens, errors);
        false
    });
    options
}

impl Variant {
    fn from_syn(variant: syn::Variant, errors: &mut Errors) -> Variant {
        let syn::Variant {
            mut attrs,
            ident,
            fields,
            discriminant,
        } = variant;
        let has_fields = !matches!(fields, Fields::Unit);
        if has_fields {
            errors.spanned(
                &fields,
                format_args!(
                    "variant `{ident}` has fields: a table row is a unit variant `{ident} = <code>`"
                ),
            );
        }
        let code = match discriminant {
            Some((_, expr)) => CodeLit::from_expr(&expr, errors),
            // Its fields were reported: one error for the variant is enough.
            None if has_fields => None,
            None => {
                errors.spanned(
                    &ident,
                    format_args!("missing code: write `{ident} = <code>` with the vendor's code"),
                );
                None
            }
        };
        let helpers = VariantAttrs::take_from(&mut attrs, errors);
        Variant {
            attrs,
            ident,
            code,
            helpers,
        }
    }
}

impl CodeLit {
    fn from_expr(expr: &Expr, errors: &mut Errors) -> Option<CodeLit> {
        let (negative, lit) = match strip_groups(expr) {
            Expr::Lit(lit) => (false, &lit.lit),
            Expr::Unary(unary) if matches!(unary.op, UnOp::Neg(_)) => {
                match strip_groups(&unary.expr) {
                    Expr::Lit(lit) => (true, &lit.lit),
                    _ => return not_a_literal(expr, errors),
                }
            }
            _ => return not_a_literal(expr, errors),
        };
        let int = match lit {
            Lit::Int(int) => int,
            Lit::Str(text) if !negative => {
                return Some(CodeLit {
                    value: CodeValue::Str(text.value()),
                    suffix: text.suffix().to_owned(),
                    tokens: expr.to_token_stream(),
                });
            }
            _ => return not_a_literal(expr, errors),
        };
        let value = int
            .base10_parse::<u128>()
            .ok()
            .and_then(|v| i128::try_from(v).ok());
        let value = value.map(|v| if negative { -v } else { v });
        Some(CodeLit {
            value: CodeValue::Int(value),
            suffix: int.suffix().to_owned(),
            tokens: expr.to_token_stream(),
        })
    }
}

fn strip_groups(mut expr: &Expr) -> &Expr {
    loop {
        match expr {
            Expr::Group(group) => expr = &group.expr,
            Expr::Paren(paren) => expr = &paren.expr,
            _ => return expr,
        }
    }
}

fn not_a_literal(expr: &Expr, errors: &mut Errors) -> Option<CodeLit> {
    errors.spanned(
        expr,
        "a code must be an integer literal, such as `4031003` or `-1`, or a string literal, such as `\"BlobNotFound\"`",
    );
    None
}
