//! The macro over the shared reader: what `read` gives, turned into code,
//! with every error reported at once next to a fallback that keeps
//! follow-up errors away.

use proc_macro2::TokenStream;
use quote::quote;

use crate::errors::Errors;
use crate::generate::api::Api;
use crate::generate::{self, fallback};
use crate::parse::code_type::CodeType;
use crate::parse::options::Options;
use crate::read::{self, Entry, FamilyRead, Member, ModuleRead, Outcome, Read, UnionRead};

/// Expands `#[error_table(attr)] item`. Never panics: every problem becomes
/// a compile error in the returned tokens.
pub fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    match read::read(attr, item) {
        Read::Enum(family) => expand_family(family),
        Read::Module(module) => expand_module(*module),
        Read::Invalid(error) => error.into_compile_error(),
    }
}

/// A family's code, or its errors and the fallback.
fn expand_family(family: FamilyRead) -> TokenStream {
    let FamilyRead {
        errors, outcome, ..
    } = family;
    let errors = compile_errors(errors);
    let output = match &outcome {
        Outcome::Sound(table) => generate::family::expand(table),
        Outcome::Failed(partial) => fallback::expand(partial),
        Outcome::Unread(_) => TokenStream::new(),
    };
    quote!(#errors #output)
}

fn expand_module(module: ModuleRead) -> TokenStream {
    let mut errors = Errors::default();
    let union = union(&module, &mut errors);
    let ModuleRead {
        errors: own,
        shell,
        items,
        ..
    } = module;
    let body = items.into_iter().map(|item| match item {
        Entry::Family(family) => expand_family(*family),
        Entry::Other(tokens) => tokens,
    });
    let own = compile_errors(own);
    let errors = compile_errors(errors);
    let crate::parse::module::ModuleShell {
        attrs,
        vis,
        mod_token,
        ident,
        inner_attrs,
    } = shell;
    // A module cannot be `#[non_exhaustive]`; its union can. The union's
    // tokens begin with its enum, which the attribute lands on. Without a
    // union the attribute stays where it was written, for rustc to refuse.
    let (non_exhaustive, attrs): (Vec<_>, Vec<_>) = attrs
        .into_iter()
        .partition(|attr| !union.is_empty() && attr.path().is_ident("non_exhaustive"));
    quote! {
        #own
        #errors
        #(#attrs)*
        #vis #mod_token #ident {
            #(#inner_attrs)*
            #(#body)*
            #(#non_exhaustive)*
            #union
        }
    }
}

/// The union asked for with `union = Name`: the real one when every family
/// passed its checks, else a stub that keeps follow-up errors away and
/// still finds the codes of the sound families.
fn union(module: &ModuleRead, errors: &mut Errors) -> TokenStream {
    match module.union(errors) {
        UnionRead::Absent => TokenStream::new(),
        UnionRead::Sound(union) => generate::union::expand(&union),
        UnionRead::Broken { ident, vis } => union_stub(ident, vis, module),
    }
}

/// The union after an error in one of its families (or in the union).
fn union_stub(ident: &syn::Ident, vis: &syn::Visibility, module: &ModuleRead) -> TokenStream {
    let defaults: &Options = &module.defaults;
    let members: Vec<Member<'_>> = module.members();
    let names: Vec<(&syn::Ident, TokenStream)> = members
        .iter()
        .map(|member| (member.ident, member.cfgs.clone()))
        .collect();
    let shell = generate::union::shell(ident, vis, &names);
    let code_type = module
        .tables()
        .first()
        .map(|table| table.code_type)
        .or_else(|| members.iter().find_map(|member| member.code_type))
        .unwrap_or(CodeType::U32);
    let same_type: Vec<&syn::Ident> = members
        .iter()
        .filter(|member| member.code_type == Some(code_type))
        .map(|member| member.ident)
        .collect();
    // `FAMILY` as the sound union has it: the module's `name`, else the
    // union's own name.
    let family = defaults.family_name(ident);
    let mut api = Api::stub(ident.clone(), defaults.runtime(), code_type, family);
    api.from_code = generate::union::try_each(&same_type);
    let api = api.expand();
    let axum = generate::axum::stub(ident, &defaults.runtime(), defaults.axum);
    let utoipa_flag = defaults.utoipa.filter(|_| defaults.axum.is_some());
    let openapi = generate::utoipa::union_impls(ident, &defaults.runtime(), utoipa_flag);
    let grpc = generate::grpc::union_stub(ident, &defaults.runtime(), defaults.tonic);
    quote!(#shell #api #axum #openapi #grpc)
}

fn compile_errors(errors: Errors) -> TokenStream {
    errors
        .combined()
        .map(syn::Error::into_compile_error)
        .unwrap_or_default()
}
