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
use crate::parse::cfg_override;
use crate::parse::code_type::CodeType;
use crate::parse::module::{self, ItemKind, ModuleInput, ModuleItem};
use crate::parse::options::Options;

/// Expands `#[error_table(attr)] item`. Never panics: every problem becomes
/// a compile error in the returned tokens.
pub fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    let item = module::unwrap_item(item);
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
    let (output, _) = family(item, &options, false, errors, &mut Vec::new());
    output
}

/// What a module's union needs to know of a family, sound or not.
struct Member {
    ident: syn::Ident,
    vis: syn::Visibility,
    /// `None` when the enum did not parse as far as its `#[repr]`.
    code_type: Option<CodeType>,
    /// The enum's `#[cfg(..)]`s, for its place in the union.
    cfgs: TokenStream,
}

/// Parses, checks and expands one enum; a family that passed its checks is
/// also pushed to `tables` (for a union). `nested`: inside a module.
fn family(
    item: TokenStream,
    defaults: &Options,
    nested: bool,
    mut errors: Errors,
    tables: &mut Vec<Table>,
) -> (TokenStream, Option<Member>) {
    let input = match syn::parse2::<DeriveInput>(item) {
        Ok(input) => input,
        Err(error) => return (error.into_compile_error(), None),
    };
    let (ident, vis) = (input.ident.clone(), input.vis.clone());
    let cfgs = check::family::cfg_attrs(&input.attrs);
    let Some(family) = Family::from_syn(input, defaults, nested, &mut errors) else {
        let member = Member {
            ident,
            vis,
            code_type: None,
            cfgs,
        };
        return (compile_errors(errors), Some(member));
    };
    let member = Member {
        ident,
        vis,
        code_type: Some(family.code_type),
        cfgs,
    };
    let output = match check::family::check(family, &mut errors) {
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
    };
    (output, Some(member))
}

fn expand_module(attr: TokenStream, item: TokenStream) -> TokenStream {
    let mut errors = Errors::default();
    let mut defaults = Options::parse(attr, &mut errors);
    // Reported once for the module, not once for each of its families.
    check::family::check_body_needs_axum(&defaults, &mut errors);
    if defaults.axum.is_none() {
        defaults.body = None;
    }
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
    let mut members = Vec::new();
    let mut body = Vec::new();
    for item in items {
        match item {
            ModuleItem::Other(tokens) => body.push(tokens),
            ModuleItem::Enum(tokens) => {
                for tokens in cfg_override::split(tokens) {
                    let (output, member) =
                        family(tokens, &defaults, true, Errors::default(), &mut tables);
                    body.push(output);
                    members.extend(member);
                }
            }
        }
    }
    let union = union(&defaults, &members, &tables, &mut errors);
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

/// The union asked for with `union = Name`: the real one when every family
/// passed its checks, else a stub that keeps follow-up errors away and
/// still finds the codes of the sound families.
fn union(
    defaults: &Options,
    members: &[Member],
    tables: &[Table],
    errors: &mut Errors,
) -> TokenStream {
    let Some(ident) = &defaults.union else {
        return TokenStream::new();
    };
    let Some(first) = members.first() else {
        errors.spanned(
            ident,
            "`union` needs enums in the module: add the families, or remove `union`",
        );
        return TokenStream::new();
    };
    if members.iter().any(|member| member.ident == *ident) {
        // No union at all: a second item of that name would only add errors.
        errors.spanned(
            ident,
            format_args!(
                "the union cannot be named `{ident}` like one of its families: choose another name"
            ),
        );
        return TokenStream::new();
    }
    let union = check::union::check_union(ident, &first.vis, defaults, tables, errors);
    match union.filter(|_| tables.len() == members.len()) {
        Some(union) => generate::union::expand(&union),
        None => union_stub(ident, &first.vis, defaults, members, tables),
    }
}

/// The union after an error in one of its families (or in the union).
fn union_stub(
    ident: &syn::Ident,
    vis: &syn::Visibility,
    defaults: &Options,
    members: &[Member],
    tables: &[Table],
) -> TokenStream {
    let names: Vec<(&syn::Ident, TokenStream)> = members
        .iter()
        .map(|member| (&member.ident, member.cfgs.clone()))
        .collect();
    let shell = generate::union::shell(ident, vis, &names);
    let code_type = tables
        .first()
        .map(|table| table.code_type)
        .or_else(|| members.iter().find_map(|member| member.code_type))
        .unwrap_or(CodeType::U32);
    let same_type: Vec<&syn::Ident> = members
        .iter()
        .filter(|member| member.code_type == Some(code_type))
        .map(|member| &member.ident)
        .collect();
    let mut api = Api::stub_for(
        ident.clone(),
        defaults.runtime(),
        code_type,
        ident.to_string(),
    );
    api.from_code = generate::union::try_each(&same_type);
    let api = api.expand();
    let axum = generate::axum::stub(ident, &defaults.runtime(), defaults.axum);
    quote!(#shell #api #axum)
}

fn compile_errors(errors: Errors) -> TokenStream {
    errors
        .combined()
        .map(syn::Error::into_compile_error)
        .unwrap_or_default()
}
