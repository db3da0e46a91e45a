//! The catalog of a Rust file: its `#[error_table]` families as the macro
//! reads them. The file is configured for the `--cfg` flags as rustc would
//! ([`crate::cfg`]), and every `#[error_table]` item goes through the
//! macro's own parse and check stages (`error-table-internals`): this module
//! only finds the items and copies what the checked tables say.

use std::path::Path;

use error_table_internals::check::model::{Key, Row, Table, cfg_key};
use error_table_internals::parse::ast::is_error_table;
use error_table_internals::parse::options::Http;
use error_table_internals::read::{self, Read};
use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::{Attribute, Item, Meta};

use crate::cfg::CfgSet;
use crate::code::Code;
use crate::document::{InputError, read_text};

/// A family of the source, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    /// Its path in the file: `PublicError`, `xlink::BadRequest`.
    pub path: String,
    /// `FAMILY`: the `name` option, else the enum's name.
    pub family: String,
    /// The code type as Rust writes it: `u32`, `i32`, `&'static str`.
    pub code_type: String,
    /// How statuses are found: `split(N)`, one status for all, or per row.
    pub http: Scheme,
    /// The `#[error_table]` module it is declared in, if any.
    pub module: Option<String>,
    /// The union of that module, if it asks for one.
    pub union: Option<String>,
    /// The default language of keyed messages, if it has any.
    pub lang: Option<String>,
    /// Its rows, in declaration order.
    pub rows: Vec<Entry>,
}

/// Everything a Rust file declares: its families and the unions of its
/// `#[error_table]` modules.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalog {
    /// The families, in the order of the file.
    pub families: Vec<Family>,
    /// The unions, in the order of the file.
    pub unions: Vec<Union>,
}

/// The union of an `#[error_table]` module (`union = Name`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Union {
    /// Its path in the file: `xlink::XlinkError`.
    pub path: String,
    /// Its `FAMILY`: the module's `name` option, else the union's name.
    pub family: String,
    /// The module it is declared in.
    pub module: String,
    /// The paths of its families, in order.
    pub members: Vec<String>,
}

impl Union {
    /// The union's own name, the last segment of its path.
    pub fn name(&self) -> &str {
        self.path.rsplit("::").next().unwrap_or(&self.path)
    }
}

/// The `http` option of a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// `http = split(N)`: the code is the status followed by N digits.
    Split(u32),
    /// `http = N`: every code answers this status.
    Fixed(u16),
    /// No `http`: 500 unless a row says otherwise.
    PerRow,
}

/// A row of a family: everything the macro derives for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The variant's name, as `name()` gives it.
    pub name: String,
    /// Its code.
    pub code: Code,
    /// Its message in the default language.
    pub message: String,
    /// Its messages in other languages, by language.
    pub translations: Vec<(String, String)>,
    /// Its `#[help]`.
    pub help: Option<String>,
    /// Its HTTP status (under `split`, the derived one).
    pub status: u16,
    /// Whether `is_retryable()` is true.
    pub retryable: bool,
    /// Whether the variant is `#[deprecated]`.
    pub deprecated: bool,
    /// The `#[cfg(..)]` predicates the row is declared under (they held for
    /// the configuration it was read with), joined by ` & `; `None` for a
    /// row without any.
    pub cfg: Option<String>,
}

impl Family {
    /// The enum's own name, the last segment of its path.
    pub fn name(&self) -> &str {
        self.path.rsplit("::").next().unwrap_or(&self.path)
    }
}

impl Entry {
    /// The message in `lang`: the default one's, or a translation's.
    pub fn message_in(&self, lang: &str, default: Option<&str>) -> Option<&str> {
        if default == Some(lang) {
            return Some(&self.message);
        }
        self.translations
            .iter()
            .find(|(l, _)| l == lang)
            .map(|(_, text)| text.as_str())
    }
}

/// Reads the families of the Rust file at `path`, configured for `cfg`.
pub fn families_of(path: &Path, cfg: &CfgSet) -> Result<Vec<Family>, InputError> {
    let text = read_text(path)?;
    parse_families(&text, cfg).map_err(|(line, message)| InputError {
        path: path.to_owned(),
        line: Some(line.max(1)),
        message,
    })
}

/// The families of the Rust source `text`, or the first problem as a line
/// and a message. A family the macro would refuse is a problem: the page
/// is only compared with source that compiles.
pub fn parse_families(text: &str, cfg: &CfgSet) -> Result<Vec<Family>, (usize, String)> {
    parse_catalog(text, cfg).map(|catalog| catalog.families)
}

/// Reads the catalog (families and unions) of the Rust file at `path`,
/// configured for `cfg`.
pub fn catalog_of(path: &Path, cfg: &CfgSet) -> Result<Catalog, InputError> {
    let text = read_text(path)?;
    parse_catalog(&text, cfg).map_err(|(line, message)| InputError {
        path: path.to_owned(),
        line: Some(line.max(1)),
        message,
    })
}

/// The catalog of the Rust source `text`, as [`parse_families`] reads it.
pub fn parse_catalog(text: &str, cfg: &CfgSet) -> Result<Catalog, (usize, String)> {
    let mut file = syn::parse_file(text).map_err(|error| {
        let line = error.span().start().line;
        (
            line,
            format!("cannot parse the Rust source ({error}); fix its syntax"),
        )
    })?;
    cfg.configure(&mut file.items)
        .map_err(|error| (error.span.start().line, error.message))?;
    let mut out = Catalog::default();
    walk(&file.items, "", cfg, &mut out)?;
    Ok(out)
}

/// Collects the families of `items`, whose module path is `prefix`.
fn walk(
    items: &[Item],
    prefix: &str,
    cfg: &CfgSet,
    out: &mut Catalog,
) -> Result<(), (usize, String)> {
    for item in items {
        let (attrs, ident) = match item {
            Item::Enum(item) => (&item.attrs, &item.ident),
            Item::Mod(item) => (&item.attrs, &item.ident),
            _ => continue,
        };
        match attrs.iter().position(is_error_table) {
            Some(at) => read_item(item, at, prefix, cfg, out)?,
            None => {
                if let Item::Mod(module) = item {
                    if let Some((_, content)) = &module.content {
                        walk(content, &format!("{prefix}{ident}::"), cfg, out)?;
                    }
                }
            }
        }
    }
    Ok(())
}

/// Reads the item whose attribute `at` is `#[error_table]` through the
/// macro's own reader.
fn read_item(
    item: &Item,
    at: usize,
    prefix: &str,
    cfg: &CfgSet,
    out: &mut Catalog,
) -> Result<(), (usize, String)> {
    let mut item = item.clone();
    let attrs = match &mut item {
        Item::Enum(item) => &mut item.attrs,
        Item::Mod(item) => &mut item.attrs,
        _ => unreachable!("only enums and modules are read"),
    };
    let attr = attrs.remove(at);
    let args = arguments(&attr);
    match read::read(args, item.to_token_stream()) {
        Read::Enum(family) => {
            if let Some(table) = compiled(sound(family)?, cfg)? {
                out.families.push(family_of(table, prefix, None, None));
            }
        }
        Read::Module(module) => {
            let mut errors = error_table_internals::errors::Errors::default();
            let union = match module.union(&mut errors) {
                read::UnionRead::Sound(union) => Some((union.ident.to_string(), union.family)),
                _ => None,
            };
            first_error(errors)?;
            first_error(module.errors)?;
            let name = module.shell.ident.to_string();
            let prefix = format!("{prefix}{name}::");
            let union_name = union.as_ref().map(|(ident, _)| ident.clone());
            let first = out.families.len();
            for entry in module.items {
                if let read::Entry::Family(family) = entry {
                    let Some(table) = compiled(sound(*family)?, cfg)? else {
                        continue;
                    };
                    let union = union_name.clone();
                    out.families
                        .push(family_of(table, &prefix, Some(name.clone()), union));
                }
            }
            if let Some((ident, family)) = union {
                let members = out.families[first..].iter().map(|f| f.path.clone());
                out.unions.push(Union {
                    path: format!("{prefix}{ident}"),
                    family,
                    module: name,
                    members: members.collect(),
                });
            }
        }
        Read::Invalid(error) => return Err(problem(&error)),
    }
    Ok(())
}

/// The table as this build compiles it: `None` for a family under a
/// `cfg` that does not hold, else without the rows compiled out (which the
/// reader saw under their `cfg`s, as the macro does).
fn compiled(mut table: Table, cfg: &CfgSet) -> Result<Option<Table>, (usize, String)> {
    let holds = |cfgs: &[TokenStream]| {
        cfg.holds_all(cfgs)
            .map_err(|error| (error.span.start().line, error.message))
    };
    if !holds(&table.cfgs)? {
        return Ok(None);
    }
    let mut rows = Vec::with_capacity(table.rows.len());
    for row in std::mem::take(&mut table.rows) {
        if holds(&row.cfgs)? {
            rows.push(row);
        }
    }
    table.rows = rows;
    Ok(Some(table))
}

/// The arguments of `#[error_table(..)]`, empty for `#[error_table]`.
fn arguments(attr: &Attribute) -> TokenStream {
    match &attr.meta {
        Meta::List(list) => list.tokens.clone(),
        _ => TokenStream::new(),
    }
}

/// The checked table of a family, or its first error.
fn sound(family: read::FamilyRead) -> Result<Table, (usize, String)> {
    let read::FamilyRead {
        errors, outcome, ..
    } = family;
    first_error(errors)?;
    match outcome {
        read::Outcome::Sound(table) => Ok(*table),
        // Every other outcome comes with an error, reported above.
        _ => Err((1, "the family does not compile".to_owned())),
    }
}

fn first_error(errors: error_table_internals::errors::Errors) -> Result<(), (usize, String)> {
    match errors.combined() {
        None => Ok(()),
        Some(error) => {
            let count = error.clone().into_iter().count();
            let first = error.into_iter().next().expect("a combined error has one");
            let (line, message) = problem(&first);
            let more = match count {
                1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            Err((
                line,
                format!(
                    "#[error_table] refuses this source: {message}{more}; fix it so that it compiles"
                ),
            ))
        }
    }
}

fn problem(error: &syn::Error) -> (usize, String) {
    (error.span().start().line, error.to_string())
}

fn family_of(table: Table, prefix: &str, module: Option<String>, union: Option<String>) -> Family {
    let http = match table.http {
        Some(Http::Split { digits }) => Scheme::Split(digits),
        Some(Http::Fixed(status)) => Scheme::Fixed(status),
        None => Scheme::PerRow,
    };
    Family {
        path: format!("{prefix}{}", table.ident),
        family: table.family.clone(),
        code_type: table.code_type.name().to_owned(),
        http,
        module,
        union,
        lang: table.lang.clone(),
        rows: table.rows.iter().map(entry).collect(),
    }
}

fn entry(row: &Row) -> Entry {
    Entry {
        name: row.name(),
        code: match &row.code {
            Key::Int(value) => Code::Int(*value),
            Key::Str(text) => Code::Str(text.clone()),
        },
        message: row.message.clone(),
        translations: row.translations.clone(),
        help: row.help.clone(),
        status: row.status,
        retryable: row.retryable.map_or_else(
            || error_table::retryable_status(row.status),
            |retryable| retryable.retry,
        ),
        deprecated: row
            .attrs
            .iter()
            .any(|attr| attr.path().is_ident("deprecated")),
        cfg: (!row.cfgs.is_empty()).then(|| cfg_key(&row.cfgs)),
    }
}

#[cfg(test)]
mod tests;
