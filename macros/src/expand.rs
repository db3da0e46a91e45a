//! The macro's three steps: parse the input, check it, generate code; with
//! every error reported at once, next to a fallback that keeps follow-up
//! errors away.

use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::check;
use crate::check::model::Table;
use crate::errors::Errors;
use crate::generate::api::Api;
use crate::generate::{self, fallback};
use crate::parse::ast::Family;
use crate::parse::code_type::CodeType;
use crate::parse::module::{self, ItemKind, ModuleInput, ModuleItem};
use crate::parse::options::Options;

/// Expands `#[error_table(attr)] item`. Never panics: every problem becomes
/// a compile error in the returned tokens.
pub fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    match module::kind(&item) {
        ItemKind::Enum => expand_enum(attr, item),
        ItemKind::Module => expand_module(attr, item),
        ItemKind::Other(span) => {
            let message =
                "#[error_table] goes on an enum of codes, or on an inline module of such enums";
            syn::Error::new(span, message).into_compile_error()
        }
    }
}

fn expand_enum(attr: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let options = Options::parse(attr, &mut errors);
    check::family::check_no_union(&options, &mut errors);
    let output = family(item, &options, errors, &mut Vec::new());
    quote!(#output)
}

/// Parses, checks and expands one enum; a family that passed its checks is
/// also pushed to `tables` (for a union).
fn family(
    item: TokenStream,
    defaults: &Options,
    mut errors: Errors,
    tables: &mut Vec<Table>,
) -> TokenStream {
    let input = match syn::parse2::<DeriveInput>(item) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let Some(family) = Family::from_syn(input, defaults, &mut errors) else {
        return compile_errors(errors);
    };
    match check::family::check(family, &mut errors) {
        Ok(table) => {
            let output = generate::family::expand(&table);
            tables.push(table);
            output
        }
        Err(family) => {
            let fallback = fallback::expand(&family);
            let errors = compile_errors(errors);
            quote!(#errors #fallback)
        }
    }
}

fn expand_module(attr: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let defaults = Options::parse(attr, &mut errors);
    let module = match syn::parse2::<ModuleInput>(item) {
        Ok(module) => module,
        Err(error) => return error.into_compile_error(),
    };
    let ModuleInput {
        attrs,
        vis,
        mod_token,
        ident,
        inner_attrs,
        items,
    } = module;
    let mut tables = Vec::new();
    let mut families = Vec::new();
    let mut body = Vec::new();
    for item in items {
        match item {
            ModuleItem::Other(tokens) => body.push(tokens),
            ModuleItem::Enum(tokens) => {
                families.push(family_name(&tokens));
                body.push(family(tokens, &defaults, Errors::default(), &mut tables));
            }
        }
    }
    let union = union(&defaults, &families, &tables, &mut errors);
    let errors = compile_errors(errors);
    quote! {
        #errors
        #(#attrs)*
        #vis #mod_token #ident {
            #(#inner_attrs)*
            #(#body)*
            #union
        }
    }
}

/// The name and visibility of an enum item, if it parses.
fn family_name(tokens: &TokenStream) -> Option<(syn::Ident, syn::Visibility)> {
    syn::parse2::<DeriveInput>(tokens.clone())
        .ok()
        .map(|input| (input.ident, input.vis))
}

/// The union asked for with `union = Name`: the real one when every family
/// passed its checks, else a stub that keeps follow-up errors away.
fn union(
    defaults: &Options,
    families: &[Option<(syn::Ident, syn::Visibility)>],
    tables: &[Table],
    errors: &mut Errors,
) -> TokenStream {
    let Some(ident) = &defaults.union else {
        return TokenStream::new();
    };
    let Some(Some((_, vis))) = families.first() else {
        errors.spanned(
            ident,
            "`union` needs enums in the module: add the families, or remove `union`",
        );
        return TokenStream::new();
    };
    if families.iter().flatten().any(|(name, _)| name == ident) {
        // No union at all: a second item of that name would only add errors.
        errors.spanned(
            ident,
            format_args!(
                "the union cannot be named `{ident}` like one of its families: choose another name"
            ),
        );
        return TokenStream::new();
    }
    let family = defaults.name.clone().unwrap_or_else(|| ident.to_string());
    let union = check::union::check_union(ident, vis, family, tables, errors);
    match union.filter(|_| tables.len() == families.len()) {
        Some(union) => generate::union::expand(&union, defaults.axum),
        None => {
            let names: Vec<&syn::Ident> = families.iter().flatten().map(|(name, _)| name).collect();
            let shell = generate::union::shell(ident, vis, &names);
            let code_type = tables
                .first()
                .map_or(CodeType::U32, |table| table.code_type);
            let api = Api::stub(ident.clone(), quote!(#code_type), ident.to_string()).expand();
            let axum = generate::axum::stub(ident, defaults.axum);
            quote!(#shell #api #axum)
        }
    }
}

fn compile_errors(errors: Errors) -> TokenStream {
    errors
        .combined()
        .map(syn::Error::into_compile_error)
        .unwrap_or_default()
}
