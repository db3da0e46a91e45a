//! `export --format json`: the catalog's lock file, and the reader of it
//! that `check --baseline` uses. One set of types is both, so what is
//! written is what is read back.
//!
//! The schema is versioned by [`SCHEMA`]; README's "The JSON catalog"
//! documents every field, and `cli/tests/export.rs` compares the output
//! with a committed sample so that a change to it is deliberate.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalog::{self, Catalog, Scheme};
use crate::cfg::CfgFlag;
use crate::code::Code;

/// The version of the schema. Bump it when a field changes meaning or goes
/// away, or when a field is added (a reader of version 1 must not meet
/// fields it does not know).
pub const SCHEMA: u32 = 1;

/// A whole export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogJson {
    /// [`SCHEMA`].
    pub schema: u32,
    /// The `--cfg` flags the catalog was read under, as given
    /// (`feature="beta"`); empty for none.
    pub cfg: Vec<String>,
    /// Every family, in the order of the source.
    pub families: Vec<FamilyJson>,
    /// Every union, in the order of the source.
    pub unions: Vec<UnionJson>,
}

/// A family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyJson {
    /// The enum's name: `BadRequest`.
    pub name: String,
    /// Its path in the source: `xlink::BadRequest`.
    pub path: String,
    /// Its `FAMILY`.
    pub family: String,
    /// The code type: `u32`, `i32`, `&'static str`.
    pub code_type: String,
    /// How its HTTP statuses are found.
    pub http: HttpJson,
    /// The `#[error_table]` module it is declared in.
    pub module: Option<String>,
    /// The union of that module.
    pub union: Option<String>,
    /// The default language of keyed messages; `None` for plain messages.
    pub lang: Option<String>,
    /// Its rows, in declaration order.
    pub rows: Vec<RowJson>,
}

/// The `http` option of a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum HttpJson {
    /// `http = split(N)`: `{"split": 4}`.
    Split(u32),
    /// `http = N`: `{"fixed": 200}`.
    Fixed(u16),
    /// No `http`: `"per_row"` (500 unless a row says `#[http(N)]`).
    PerRow,
}

/// A row (a variant).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RowJson {
    /// The variant's name, as `name()` gives it.
    pub variant: String,
    /// The code: a number, or a string for string codes.
    pub code: CodeJson,
    /// The message in the default language.
    pub message: String,
    /// The message in each other language, by language key.
    pub translations: BTreeMap<String, String>,
    /// `#[help]`.
    pub help: Option<String>,
    /// The HTTP status (under `split`, the one the code gives).
    pub status: u16,
    /// `is_retryable()`.
    pub retryable: bool,
    /// Whether the variant is `#[deprecated]`.
    pub deprecated: bool,
    /// The `#[cfg(..)]` predicates of the row (`feature = "beta"`), joined
    /// by ` & `; `None` for a row without any.
    pub cfg: Option<String>,
}

/// A code as JSON writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged, from = "RawCode")]
pub enum CodeJson {
    /// An integer code.
    Int(i128),
    /// A string code.
    Str(String),
}

/// What JSON holds (serde's untagged enums do not read 128-bit integers,
/// and no code type is wider than 64 bits).
#[derive(Deserialize)]
#[serde(untagged)]
enum RawCode {
    Signed(i64),
    Unsigned(u64),
    Str(String),
}

impl From<RawCode> for CodeJson {
    fn from(raw: RawCode) -> CodeJson {
        match raw {
            RawCode::Signed(value) => CodeJson::Int(value.into()),
            RawCode::Unsigned(value) => CodeJson::Int(value.into()),
            RawCode::Str(text) => CodeJson::Str(text),
        }
    }
}

/// A union of a module's families.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnionJson {
    /// The union's name: `XlinkError`.
    pub name: String,
    /// Its path: `xlink::XlinkError`.
    pub path: String,
    /// Its `FAMILY`.
    pub family: String,
    /// The module that declares it.
    pub module: String,
    /// The paths of its families, in order.
    pub families: Vec<String>,
}

impl CatalogJson {
    /// The JSON form of `catalog`, read under the flags `cfg`.
    pub fn of(catalog: &Catalog, cfg: &[CfgFlag]) -> CatalogJson {
        CatalogJson {
            schema: SCHEMA,
            cfg: cfg.iter().map(flag_text).collect(),
            families: catalog.families.iter().map(family).collect(),
            unions: catalog.unions.iter().map(union).collect(),
        }
    }

    /// Reads an export back; the message says what is wrong.
    pub fn parse(text: &str) -> Result<CatalogJson, String> {
        // The version first, so that a catalog of another schema is named
        // as such rather than as a missing field.
        let value: serde_json::Value = serde_json::from_str(text).map_err(|error| {
            format!("not JSON ({error}); give a file written by `error-table export --format json`")
        })?;
        match value.get("schema").and_then(serde_json::Value::as_u64) {
            Some(version) if version == u64::from(SCHEMA) => {}
            Some(version) => {
                return Err(format!(
                    "a catalog of schema {version}, this error-table reads schema {SCHEMA}; export it again with this version"
                ));
            }
            None => {
                return Err(
                    "no \"schema\" field: give a file written by `error-table export --format json`"
                        .to_owned(),
                );
            }
        }
        serde_json::from_value(value).map_err(|error| {
            format!(
                "not a catalog ({error}); give a file written by `error-table export --format json`"
            )
        })
    }

    /// The text of the export: pretty-printed, ending with a newline.
    pub fn to_text(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("a catalog serializes");
        text.push('\n');
        text
    }
}

impl CodeJson {
    /// The code as the rest of the library writes it.
    pub fn code(&self) -> Code {
        match self {
            CodeJson::Int(value) => Code::Int(*value),
            CodeJson::Str(text) => Code::Str(text.clone()),
        }
    }
}

/// `test`, `feature="beta"`: a flag as rustc's `--cfg` takes it.
pub fn flag_text(flag: &CfgFlag) -> String {
    match &flag.value {
        None => flag.name.clone(),
        Some(value) => format!("{}={value:?}", flag.name),
    }
}

fn family(family: &catalog::Family) -> FamilyJson {
    FamilyJson {
        name: family.name().to_owned(),
        path: family.path.clone(),
        family: family.family.clone(),
        code_type: family.code_type.clone(),
        http: match family.http {
            Scheme::Split(digits) => HttpJson::Split(digits),
            Scheme::Fixed(status) => HttpJson::Fixed(status),
            Scheme::PerRow => HttpJson::PerRow,
        },
        module: family.module.clone(),
        union: family.union.clone(),
        lang: family.lang.clone(),
        rows: family.rows.iter().map(row).collect(),
    }
}

fn row(entry: &catalog::Entry) -> RowJson {
    RowJson {
        variant: entry.name.clone(),
        code: match &entry.code {
            Code::Int(value) => CodeJson::Int(*value),
            Code::Str(text) => CodeJson::Str(text.clone()),
        },
        message: entry.message.clone(),
        translations: entry.translations.iter().cloned().collect(),
        help: entry.help.clone(),
        status: entry.status,
        retryable: entry.retryable,
        deprecated: entry.deprecated,
        cfg: entry.cfg.clone(),
    }
}

fn union(union: &catalog::Union) -> UnionJson {
    UnionJson {
        name: union.name().to_owned(),
        path: union.path.clone(),
        family: union.family.clone(),
        module: union.module.clone(),
        families: union.members.clone(),
    }
}
