//! `#[cfg]` and `#[cfg_attr]` as rustc applies them, against the `--cfg`
//! flags of the command: items, variants and attributes whose predicate is
//! false are taken out, `cfg_attr`s whose predicate holds become the
//! attributes they carry. The shared reader then sees the source as rustc
//! would configure it for that build.

use std::collections::HashSet;
use std::str::FromStr;

use error_table_internals::parse::ast::is_error_table;
use proc_macro2::Span;
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::spanned::Spanned;
use syn::{Attribute, Item, LitStr, Meta, Token};

/// The configuration options set for a build: `--cfg test`,
/// `--cfg 'feature="beta"'`. None are set by default.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CfgSet {
    options: HashSet<(String, Option<String>)>,
}

/// A predicate or `cfg_attr` the configuration cannot read.
#[derive(Debug, Clone)]
pub struct CfgError {
    /// Where it is.
    pub span: Span,
    /// What is wrong, lowercase.
    pub message: String,
}

impl CfgSet {
    /// Sets `name`, or `name = "value"`.
    pub fn set(&mut self, name: &str, value: Option<&str>) {
        self.options
            .insert((name.to_owned(), value.map(str::to_owned)));
    }

    /// Whether the predicate `meta` holds: a name, `name = "value"`, or
    /// `all(..)`, `any(..)` and `not(..)` of predicates.
    pub fn holds(&self, meta: &Meta) -> Result<bool, CfgError> {
        match meta {
            Meta::Path(path) => Ok(self.is_set(&name_of(path)?, None)),
            Meta::NameValue(pair) => {
                let value: LitStr = syn::parse2(pair.value.to_token_stream())
                    .map_err(|_| error(&pair.value, "a cfg value is a string: name = \"value\""))?;
                Ok(self.is_set(&name_of(&pair.path)?, Some(&value.value())))
            }
            Meta::List(list) => {
                let operands = list
                    .parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                    .map_err(|e| CfgError {
                        span: e.span(),
                        message: format!("cannot read the predicate ({e})"),
                    })?;
                let values = operands
                    .iter()
                    .map(|operand| self.holds(operand))
                    .collect::<Result<Vec<bool>, CfgError>>()?;
                match name_of(&list.path)?.as_str() {
                    "all" => Ok(values.iter().all(|&v| v)),
                    "any" => Ok(values.iter().any(|&v| v)),
                    "not" if values.len() == 1 => Ok(!values[0]),
                    "not" => Err(error(list, "not(..) takes exactly one predicate")),
                    other => Err(error(
                        &list.path,
                        format!("unknown cfg operator `{other}`: use all(..), any(..) or not(..)"),
                    )),
                }
            }
        }
    }

    fn is_set(&self, name: &str, value: Option<&str>) -> bool {
        self.options
            .contains(&(name.to_owned(), value.map(str::to_owned)))
    }

    /// Configures `items` in place: items and enum variants compiled out
    /// are removed, and every `cfg_attr` is applied, down through modules.
    pub fn configure(&self, items: &mut Vec<Item>) -> Result<(), CfgError> {
        let mut kept = Vec::with_capacity(items.len());
        for mut item in items.drain(..) {
            if self.configure_item(&mut item)? {
                kept.push(item);
            }
        }
        *items = kept;
        Ok(())
    }

    /// Configures one item; `false` when it is compiled out.
    fn configure_item(&self, item: &mut Item) -> Result<bool, CfgError> {
        let Some(attrs) = item_attrs(item) else {
            return Ok(true);
        };
        if !self.configure_attrs(attrs)? {
            return Ok(false);
        }
        let table = attrs.iter().any(is_error_table);
        match item {
            Item::Enum(item) => self.configure_variants(item, table)?,
            Item::Mod(module) => {
                if let Some((_, content)) = &mut module.content {
                    match table {
                        true => self.configure_table_module(content)?,
                        false => self.configure(content)?,
                    }
                }
            }
            _ => {}
        }
        Ok(true)
    }

    /// The variants of an enum; in an `#[error_table]` enum, a variant
    /// compiled out stays as written: the macro sees it under its `cfg`
    /// (a table of compiled-out rows is an empty family, not an enum
    /// without codes), and the catalog leaves it out by that `cfg`.
    fn configure_variants(&self, item: &mut syn::ItemEnum, table: bool) -> Result<(), CfgError> {
        let mut kept = Punctuated::new();
        for mut variant in std::mem::take(&mut item.variants) {
            let written = variant.clone();
            // The `cfg`s of a row that holds stay, as in rustc's output, so
            // that the reader can say what a row is under.
            let cfgs = cfg_attrs(&variant.attrs);
            if self.configure_attrs(&mut variant.attrs)? {
                variant.attrs.splice(0..0, cfgs);
                kept.push(variant);
            } else if table {
                kept.push(written);
            }
        }
        item.variants = kept;
        Ok(())
    }

    /// The items of an `#[error_table]` module: an enum compiled out stays
    /// as written, for the same reason as a variant.
    fn configure_table_module(&self, items: &mut Vec<Item>) -> Result<(), CfgError> {
        let mut kept = Vec::with_capacity(items.len());
        for mut item in items.drain(..) {
            let Item::Enum(written) = &item else {
                if self.configure_item(&mut item)? {
                    kept.push(item);
                }
                continue;
            };
            let written = written.clone();
            if self.configure_item(&mut item)? {
                // Its `cfg`s stay, as a row's do: the union's rules read
                // them (two families may share a code under exclusive ones).
                if let Item::Enum(configured) = &mut item {
                    configured.attrs.splice(0..0, cfg_attrs(&written.attrs));
                }
                kept.push(item);
            } else {
                kept.push(Item::Enum(written));
            }
        }
        *items = kept;
        Ok(())
    }

    /// Whether every predicate of `cfgs` (a row's or a family's, as the
    /// reader gives them) holds.
    pub fn holds_all(&self, cfgs: &[proc_macro2::TokenStream]) -> Result<bool, CfgError> {
        for cfg in cfgs {
            let predicate: Meta = syn::parse2(cfg.clone()).map_err(|e| CfgError {
                span: e.span(),
                message: format!("cannot read the predicate `{cfg}` ({e})"),
            })?;
            if !self.holds(&predicate)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Applies the `cfg_attr`s of `attrs` and evaluates its `cfg`s, which
    /// are then removed; `false` when one of them is false.
    pub fn configure_attrs(&self, attrs: &mut Vec<Attribute>) -> Result<bool, CfgError> {
        let mut out = Vec::with_capacity(attrs.len());
        for attr in attrs.drain(..) {
            self.expand_cfg_attr(attr, &mut out)?;
        }
        let mut kept = Vec::with_capacity(out.len());
        for attr in out {
            if attr.path().is_ident("cfg") {
                let predicate: Meta = attr.parse_args().map_err(|e| CfgError {
                    span: e.span(),
                    message: format!("cannot read #[cfg(..)] ({e})"),
                })?;
                if !self.holds(&predicate)? {
                    return Ok(false);
                }
            } else {
                kept.push(attr);
            }
        }
        *attrs = kept;
        Ok(true)
    }

    /// `#[cfg_attr(pred, a, b)]` as `#[a] #[b]` when `pred` holds, nothing
    /// otherwise, nested ones unfolded the same way; other attributes as
    /// they are.
    fn expand_cfg_attr(&self, attr: Attribute, out: &mut Vec<Attribute>) -> Result<(), CfgError> {
        if !attr.path().is_ident("cfg_attr") {
            out.push(attr);
            return Ok(());
        }
        let metas = attr
            .parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
            .map_err(|e| CfgError {
                span: e.span(),
                message: format!("cannot read #[cfg_attr(..)] ({e})"),
            })?;
        let mut metas = metas.into_iter();
        let Some(predicate) = metas.next() else {
            return Err(error(&attr, "#[cfg_attr] needs a predicate and attributes"));
        };
        if !self.holds(&predicate)? {
            return Ok(());
        }
        for meta in metas {
            let mut inner = attr.clone();
            inner.meta = meta;
            self.expand_cfg_attr(inner, out)?;
        }
        Ok(())
    }
}

/// One `--cfg` flag: `NAME` or `NAME="VALUE"`, as rustc takes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CfgFlag {
    /// The option's name: `test`, `feature`.
    pub name: String,
    /// Its value: `beta` in `feature="beta"`.
    pub value: Option<String>,
}

impl FromStr for CfgFlag {
    type Err = String;

    fn from_str(flag: &str) -> Result<Self, String> {
        let bad = || {
            format!(
                "--cfg {flag}: write a name, such as `test`, or name=\"value\", such as `feature=\"beta\"`"
            )
        };
        let (name, value) = match syn::parse_str::<Meta>(flag).map_err(|_| bad())? {
            Meta::Path(path) => (path, None),
            Meta::NameValue(pair) => {
                let value: LitStr = syn::parse2(pair.value.to_token_stream()).map_err(|_| bad())?;
                (pair.path, Some(value.value()))
            }
            Meta::List(_) => return Err(bad()),
        };
        let name = name.get_ident().ok_or_else(bad)?.to_string();
        Ok(CfgFlag { name, value })
    }
}

impl FromIterator<CfgFlag> for CfgSet {
    fn from_iter<I: IntoIterator<Item = CfgFlag>>(flags: I) -> Self {
        let mut set = CfgSet::default();
        for CfgFlag { name, value } in flags {
            set.set(&name, value.as_deref());
        }
        set
    }
}

/// The attributes of the items that can hold families (or modules of them),
/// and those whose `cfg` decides whether they are there at all.
fn item_attrs(item: &mut Item) -> Option<&mut Vec<Attribute>> {
    Some(match item {
        Item::Enum(item) => &mut item.attrs,
        Item::Mod(item) => &mut item.attrs,
        Item::Const(item) => &mut item.attrs,
        Item::Fn(item) => &mut item.attrs,
        Item::Impl(item) => &mut item.attrs,
        Item::Macro(item) => &mut item.attrs,
        Item::Static(item) => &mut item.attrs,
        Item::Struct(item) => &mut item.attrs,
        Item::Trait(item) => &mut item.attrs,
        Item::Type(item) => &mut item.attrs,
        Item::Union(item) => &mut item.attrs,
        Item::Use(item) => &mut item.attrs,
        _ => return None,
    })
}

/// The `#[cfg(..)]` attributes among `attrs`.
fn cfg_attrs(attrs: &[Attribute]) -> Vec<Attribute> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .cloned()
        .collect()
}

fn name_of(path: &syn::Path) -> Result<String, CfgError> {
    match path.get_ident() {
        Some(ident) => Ok(ident.to_string()),
        None => Err(error(path, "a cfg name is one identifier")),
    }
}

fn error(at: &dyn ToTokens, message: impl Into<String>) -> CfgError {
    CfgError {
        span: at.to_token_stream().span(),
        message: message.into(),
    }
}

#[cfg(test)]
mod tests;
