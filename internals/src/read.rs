//! The one way in: `#[error_table(attr)]` on an item, parsed and checked.
//! The macro generates code from what this gives; the command line compares
//! and exports it. Neither reads the item another way.

use proc_macro2::TokenStream;
use syn::{DeriveInput, Ident, Visibility};

use crate::check;
use crate::check::found::Partial;
use crate::check::model::{Table, Union};
use crate::errors::Errors;
use crate::parse::ast::Family;
use crate::parse::cfg_override;
use crate::parse::code_type::CodeType;
use crate::parse::module::{self, ItemKind, ModuleInput, ModuleItem, ModuleShell};
use crate::parse::options::Options;

/// What `#[error_table]` was put on, read.
pub enum Read {
    /// An enum: one family.
    Enum(FamilyRead),
    /// An inline module of families.
    Module(Box<ModuleRead>),
    /// Neither, or a module that does not parse: the error is all there is.
    Invalid(syn::Error),
}

/// One enum of codes, read as far as it goes.
pub struct FamilyRead {
    /// What is wrong with it (and, for an enum on its own, with the
    /// attribute's options); empty when `outcome` is `Sound`.
    pub errors: Errors,
    pub outcome: Outcome,
    /// The enum's own `#[cfg(..)]`s, for its place in a union.
    pub cfgs: TokenStream,
}

/// How far a family got.
pub enum Outcome {
    /// Not an enum, or not an item at all: nothing to generate but errors.
    /// Holds the item's name and visibility when it had them, for a union.
    Unread(Option<(Ident, Visibility)>),
    /// Parsed, but a rule failed: the parsed family and what check found
    /// sound in it, for the fallback.
    Failed(Box<Partial>),
    /// Every rule kept.
    Sound(Box<Table>),
}

/// What a module's union needs to know of a family, sound or not.
pub struct Member<'a> {
    pub ident: &'a Ident,
    pub vis: &'a Visibility,
    /// `None` when the enum did not parse as far as its `#[repr]`.
    pub code_type: Option<CodeType>,
    /// The enum's `#[cfg(..)]`s, for its place in the union.
    pub cfgs: &'a TokenStream,
}

impl FamilyRead {
    /// The family as a union member, `None` if it was not even an item.
    pub fn member(&self) -> Option<Member<'_>> {
        match &self.outcome {
            Outcome::Unread(item) => item.as_ref().map(|(ident, vis)| Member {
                ident,
                vis,
                code_type: None,
                cfgs: &self.cfgs,
            }),
            Outcome::Failed(partial) => Some(Member {
                ident: &partial.family.ident,
                vis: &partial.family.vis,
                code_type: Some(partial.family.code_type),
                cfgs: &self.cfgs,
            }),
            Outcome::Sound(table) => Some(Member {
                ident: &table.ident,
                vis: &table.vis,
                code_type: Some(table.code_type),
                cfgs: &self.cfgs,
            }),
        }
    }

    /// The checked table, when every rule was kept.
    pub fn table(&self) -> Option<&Table> {
        match &self.outcome {
            Outcome::Sound(table) => Some(table),
            _ => None,
        }
    }
}

/// `mod name { .. }` under `#[error_table]`.
pub struct ModuleRead {
    /// Problems of the module itself (its options); the union's come from
    /// [`ModuleRead::union`], the families' are in each family.
    pub errors: Errors,
    /// The module's options: the defaults of its families.
    pub defaults: Options,
    pub shell: ModuleShell,
    /// The module's items in order: families read, everything else as written.
    pub items: Vec<Entry>,
}

/// An item of a module.
pub enum Entry {
    Family(Box<FamilyRead>),
    Other(TokenStream),
}

/// A module's union, as far as its families allow.
pub enum UnionRead<'a> {
    /// No `union` option, or one so wrong that nothing is generated for it.
    Absent,
    /// Every family and the union itself kept every rule.
    Sound(Box<Union<'a>>),
    /// Asked for, but a family or the union broke a rule: a stub keeps
    /// follow-up errors away.
    Broken {
        ident: &'a Ident,
        vis: &'a Visibility,
    },
}

/// Reads `#[error_table(attr)] item`. Never panics: every problem is an
/// error in what it returns.
pub fn read(attr: TokenStream, item: TokenStream) -> Read {
    let item = module::unwrap_item(item);
    match module::kind(&item) {
        ItemKind::Enum => Read::Enum(read_enum(attr, item)),
        ItemKind::Module => read_module(attr, item),
        ItemKind::Other(span) => Read::Invalid(syn::Error::new(
            span,
            "#[error_table] goes on an enum of codes, or on an inline module of such enums",
        )),
    }
}

fn read_enum(attr: TokenStream, item: TokenStream) -> FamilyRead {
    let mut errors = Errors::default();
    let options = Options::parse(attr, &mut errors);
    check::family::check_no_union(&options, &mut errors);
    family(item, &options, false, errors)
}

/// Parses and checks one enum. `nested`: inside a module.
fn family(item: TokenStream, defaults: &Options, nested: bool, mut errors: Errors) -> FamilyRead {
    let input = match syn::parse2::<DeriveInput>(item) {
        Ok(input) => input,
        Err(error) => {
            errors.push(error);
            let (outcome, cfgs) = (Outcome::Unread(None), TokenStream::new());
            return FamilyRead {
                errors,
                outcome,
                cfgs,
            };
        }
    };
    let item = (input.ident.clone(), input.vis.clone());
    let cfgs = check::family::cfg_attrs(&input.attrs);
    let Some(family) = Family::from_syn(input, defaults, nested, &mut errors) else {
        let outcome = Outcome::Unread(Some(item));
        return FamilyRead {
            errors,
            outcome,
            cfgs,
        };
    };
    let outcome = match check::family::check(family, &mut errors) {
        Ok(table) => Outcome::Sound(Box::new(table)),
        Err(partial) => Outcome::Failed(partial),
    };
    FamilyRead {
        errors,
        outcome,
        cfgs,
    }
}

fn read_module(attr: TokenStream, item: TokenStream) -> Read {
    let mut errors = Errors::default();
    let mut defaults = Options::parse(attr, &mut errors);
    // Reported once for the module, not once for each of its families.
    check::family::check_body_needs_axum(&defaults, &mut errors);
    if defaults.axum.is_none() {
        defaults.body = None;
    }
    check::family::check_grpc_needs_tonic(&defaults, &mut errors);
    if defaults.tonic.is_none() {
        defaults.grpc = None;
    }
    let module = match syn::parse2::<ModuleInput>(item) {
        Ok(module) => module,
        Err(error) => return Read::Invalid(error),
    };
    let (shell, items) = module.split();
    let mut entries = Vec::new();
    for item in items {
        match item {
            ModuleItem::Other(tokens) => entries.push(Entry::Other(tokens)),
            // A `cfg_attr`'d override is read once under its predicate and
            // once under its negation.
            ModuleItem::Enum(tokens) => {
                for tokens in cfg_override::split(tokens) {
                    let family = family(tokens, &defaults, true, Errors::default());
                    entries.push(Entry::Family(Box::new(family)));
                }
            }
        }
    }
    Read::Module(Box::new(ModuleRead {
        errors,
        defaults,
        shell,
        items: entries,
    }))
}

impl ModuleRead {
    /// The module's families, in order.
    pub fn families(&self) -> impl Iterator<Item = &FamilyRead> {
        self.items.iter().filter_map(|item| match item {
            Entry::Family(family) => Some(&**family),
            Entry::Other(_) => None,
        })
    }

    /// The families that kept every rule.
    pub fn tables(&self) -> Vec<&Table> {
        self.families().filter_map(FamilyRead::table).collect()
    }

    /// Every family as a union member.
    pub fn members(&self) -> Vec<Member<'_>> {
        self.families().filter_map(FamilyRead::member).collect()
    }

    /// The union asked for with `union = Name`, checked; its problems go to
    /// `errors`.
    pub fn union(&self, errors: &mut Errors) -> UnionRead<'_> {
        let Some(ident) = &self.defaults.union else {
            return UnionRead::Absent;
        };
        let members = self.members();
        let Some(first) = members.first() else {
            errors.spanned(
                ident,
                "`union` needs enums in the module: add the families, or remove `union`",
            );
            return UnionRead::Absent;
        };
        if members.iter().any(|member| member.ident == ident) {
            // No union at all: a second item of that name would only add errors.
            errors.spanned(
                ident,
                format_args!(
                    "the union cannot be named `{ident}` like one of its families: choose another name"
                ),
            );
            return UnionRead::Absent;
        }
        let tables = self.tables();
        let union = check::union::check_union(ident, first.vis, &self.defaults, &tables, errors);
        match union.filter(|_| tables.len() == members.len()) {
            Some(union) => UnionRead::Sound(Box::new(union)),
            None => UnionRead::Broken {
                ident,
                vis: first.vis,
            },
        }
    }
}
