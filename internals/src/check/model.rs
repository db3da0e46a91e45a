//! The checked form of a family, everything resolved: what expansion reads.

use proc_macro2::{Span, TokenStream};
use syn::{Attribute, Ident, Visibility};

use crate::parse::body::Body;
use crate::parse::code_type::CodeType;
use crate::parse::display_format::Piece;
use crate::parse::grpc_code::GrpcCode;
use crate::parse::options::{Http, Options};
use crate::parse::variant_attrs::Retryable;

/// The impls of foreign traits a family or union asks for, each with the
/// span of its option (where a missing runtime feature is reported).
#[derive(Clone, Copy, Default)]
pub struct Impls {
    pub serde: Option<Span>,
    pub status_code: Option<Span>,
    pub axum: Option<Span>,
    pub utoipa: Option<Span>,
    pub tonic: Option<Span>,
}

impl Impls {
    pub fn of(options: &Options) -> Impls {
        Impls {
            serde: options.serde,
            status_code: options.status_code,
            axum: options.axum,
            utoipa: options.utoipa,
            tonic: options.tonic,
        }
    }
}

/// A family that passed every check.
pub struct Table {
    pub attrs: Vec<Attribute>,
    pub vis: Visibility,
    pub ident: Ident,
    /// The path of the runtime crate, `::error_table` unless `crate = ".."`.
    pub runtime: TokenStream,
    /// How the HTTP status is found (for codes outside the table too).
    pub http: Option<Http>,
    pub impls: Impls,
    pub code_type: CodeType,
    /// `FAMILY`: the `name` option, else the enum's name.
    pub family: String,
    pub display: Vec<Piece>,
    pub split: Option<u32>,
    /// The default language of keyed messages: the `lang` option, else the
    /// first language a keyed message uses; `None` without either.
    pub lang: Option<String>,
    /// The languages other than the default one, in the order first used.
    pub langs: Vec<String>,
    /// The body of the `axum` response, `problem` unless `body` says otherwise.
    pub body: Body,
    /// `grpc = ..`: the gRPC code of the rows without `#[grpc]`; `None`:
    /// the code their HTTP status maps to.
    pub grpc: Option<GrpcCode>,
    /// `retryable(after = N)`: the seconds a client waits before retrying a
    /// retryable row that gives no delay of its own.
    pub retry_after: Option<u32>,
    /// One row a variant, for what does not depend on a `cfg_attr` (the
    /// variant, its code and name).
    pub rows: Vec<Row>,
    /// When a row's message, help, status or retryable depend on a
    /// `cfg_attr`: one row a version of each variant, each under the
    /// predicate that picks it (see [`Table::values`]); else empty.
    pub value_rows: Vec<Row>,
    /// The predicates of the enum's own `#[cfg(..)]`s: everything
    /// generated for the family, and its place in a union, carries them.
    pub cfgs: Vec<TokenStream>,
}

/// One code of a family.
#[derive(Clone)]
pub struct Row {
    pub attrs: Vec<Attribute>,
    /// The predicates of the row's `#[cfg]`s, for every generated piece of it.
    pub cfgs: Vec<TokenStream>,
    pub ident: Ident,
    pub code: Key,
    pub status: u16,
    /// The message in the default language.
    pub message: String,
    /// Messages in other languages, by language.
    pub translations: Vec<(String, String)>,
    pub help: Option<String>,
    /// The row's own `#[retryable(..)]`, if it has one (else its status
    /// decides whether to retry, and the family's `retryable(after = N)`
    /// how long to wait).
    pub retryable: Option<Retryable>,
    /// The row's own `#[grpc(..)]`, if it has one.
    pub grpc: Option<GrpcCode>,
    /// Whether the variant has its own doc comment.
    pub has_doc: bool,
}

/// A code of a table: an integer, or the text of a string code.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Key {
    Int(i128),
    Str(String),
}

impl Key {
    /// The integer code (`0` for a string one, which integer code paths never see).
    pub fn int(&self) -> i128 {
        match self {
            Key::Int(value) => *value,
            Key::Str(_) => 0,
        }
    }

    /// The code as text: the number, or the string as it is (unquoted).
    pub fn text(&self) -> String {
        match self {
            Key::Int(value) => value.to_string(),
            Key::Str(text) => text.clone(),
        }
    }

    /// The code as a literal of the code type: an unsuffixed integer or a string.
    pub fn lit(&self) -> proc_macro2::TokenStream {
        match self {
            Key::Int(value) => code_lit(*value),
            Key::Str(text) => {
                let lit = proc_macro2::Literal::string(text);
                quote::quote!(#lit)
            }
        }
    }
}

/// A code as an unsuffixed literal, so it takes the code type.
pub fn code_lit(value: i128) -> TokenStream {
    let magnitude = proc_macro2::Literal::u128_unsuffixed(value.unsigned_abs());
    if value < 0 {
        quote::quote!(-#magnitude)
    } else {
        quote::quote!(#magnitude)
    }
}

/// An integer as written, a string code between quotes (for messages).
impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Int(value) => write!(f, "{value}"),
            Key::Str(text) => write!(f, "{text:?}"),
        }
    }
}

/// The union of a module's families.
pub struct Union<'a> {
    pub ident: Ident,
    pub vis: Visibility,
    pub runtime: TokenStream,
    pub impls: Impls,
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
                (min.min(row.code.int()), max.max(row.code.int()))
            })
    }

    /// Whether the codes are strings.
    pub fn is_str(&self) -> bool {
        self.code_type == CodeType::Str
    }

    /// Whether any row has a `#[cfg]`, or versions under `cfg_attr`s.
    pub fn has_cfgs(&self) -> bool {
        !self.value_rows.is_empty() || self.rows.iter().any(|row| !row.cfgs.is_empty())
    }

    /// The rows to read a message, help, status or retryable from: one a
    /// version of a variant, the versions of one under exclusive `#[cfg]`s.
    pub fn values(&self) -> &[Row] {
        if self.value_rows.is_empty() {
            &self.rows
        } else {
            &self.value_rows
        }
    }

    /// `#[cfg(..)]` attributes for an item generated for the family.
    pub fn cfg_attrs(&self) -> TokenStream {
        let cfgs = &self.cfgs;
        quote::quote!(#(#[cfg(#cfgs)])*)
    }

    /// Whether the code is the status followed by `split` digits.
    pub fn divisor(&self) -> Option<i128> {
        self.split.map(|digits| 10i128.pow(digits))
    }
}

/// `#[cfg]` predicates as one comparable text, empty (and free) without
/// any: rows and variants under the same `cfg`s have the same key.
pub fn cfg_key(cfgs: &[TokenStream]) -> String {
    let cfgs: Vec<String> = cfgs.iter().map(ToString::to_string).collect();
    cfgs.join(" & ")
}

impl Row {
    /// The variant's name as `name()` and `Debug` give it: `type` for
    /// `r#type`, as the derive writes it.
    pub fn name(&self) -> String {
        syn::ext::IdentExt::unraw(&self.ident).to_string()
    }

    /// `#[cfg(..)]` attributes for a piece of generated code of this row.
    pub fn cfg_attrs(&self) -> TokenStream {
        let cfgs = &self.cfgs;
        quote::quote!(#(#[cfg(#cfgs)])*)
    }
}
