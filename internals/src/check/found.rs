//! What check finds for each variant. A sound family's rows are made of it;
//! a family with errors keeps it too, so that the fallback emits what check
//! could still vouch for instead of checking the parse tree a second way.

use crate::check::cfg_rows::Versions;
use crate::check::model::Key;
use crate::parse::ast::{CodeLit, CodeValue, Family, Variant};

/// One variant as the checks find it: each check fills its part, or marks
/// what it reported as unsound.
#[derive(Default)]
pub struct Found {
    /// The code, `None` where it is missing, of the wrong kind, out of
    /// range, or a duplicate (each reported).
    pub code: Option<Key>,
    /// Whether the variant can be declared: not named like a generated item,
    /// and not a second variant of its name.
    pub declared: bool,
    pub status: u16,
    pub message: String,
    pub translations: Vec<(String, String)>,
    /// The row's versions under `cfg_attr`s; empty without any.
    pub versions: Versions,
}

impl Found {
    pub fn new(variant: &Variant) -> Found {
        Found {
            code: variant.code.as_ref().and_then(key),
            declared: true,
            ..Found::default()
        }
    }
}

/// A family with errors, and what check found of each of its variants.
pub struct Partial {
    pub family: Family,
    pub found: Vec<Found>,
}

/// The code as a table key, `None` if it is an integer out of range.
pub fn key(code: &CodeLit) -> Option<Key> {
    match &code.value {
        CodeValue::Int(value) => value.map(Key::Int),
        CodeValue::Str(text) => Some(Key::Str(text.clone())),
    }
}
