//! The checked form of a family, everything resolved: what expansion reads.

use proc_macro2::Span;
use syn::{Attribute, Ident, Visibility};

use crate::parse::body::Body;
use crate::parse::code_type::CodeType;
use crate::parse::display_format::Piece;

/// A family that passed every check.
pub struct Table {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    pub code_type: CodeType,
    /// `FAMILY`: the `name` option, else the enum's name.
    pub family: String,
    pub display: Vec<Piece>,
    pub split: Option<u32>,
    /// The languages other than the default one, in the order first used.
    pub langs: Vec<String>,
    /// The `axum` flag: implement `IntoResponse`, and where the flag is.
    pub axum: Option<Span>,
    /// The response body, `problem` unless the `body` option says otherwise.
    pub body: Body,
    pub rows: Vec<Row>,
}

/// One code of a family.
pub struct Row {
    pub attrs: Vec<Attribute>,
    pub ident: Ident,
    pub code: i128,
    pub status: u16,
    /// The message in the default language.
    pub message: String,
    /// Messages in other languages, by language.
    pub translations: Vec<(String, String)>,
    pub help: Option<String>,
    /// `#[retryable]`, else whether the status is one worth retrying.
    pub retryable: bool,
    /// Whether the variant has its own doc comment.
    pub has_doc: bool,
}

/// The union of a module's families.
pub struct Union<'a> {
    pub ident: Ident,
    pub vis: Visibility,
    pub family: String,
    pub code_type: CodeType,
    pub members: Vec<&'a Table>,
}

impl Table {
    /// The smallest and the largest code of the table (which has rows: an
    /// empty table does not pass the checks).
    pub fn code_range(&self) -> (i128, i128) {
        self.rows
            .iter()
            .fold((i128::MAX, i128::MIN), |(min, max), row| {
                (min.min(row.code), max.max(row.code))
            })
    }

    /// Whether the code is the status followed by `split` digits.
    pub fn divisor(&self) -> Option<i128> {
        self.split.map(|digits| 10i128.pow(digits))
    }
}
