//! A row's response body in one language, written at expansion: the whole
//! text (what `into_response` sends), cut where per-request values go (what
//! a `Reply` fills in). Everything the table knows is text already here.

use std::fmt::Write;

use crate::check::model::{Key, Row, Table};
use crate::escape::{escape_json, escape_xml, quote_json};
use crate::parse::body::{Body, Segment};
use crate::parse::display_format::{PerRequest, Piece, Placeholder};

/// How a per-request value is written where it stands (the runtime's
/// `Escape`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Escape {
    InJsonString,
    JsonValue,
    Xml,
}

/// A piece of a body (the runtime's `Part`).
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Part {
    Text(String),
    Hole {
        field: PerRequest,
        escape: Escape,
        default: String,
    },
    Member {
        key: String,
        field: PerRequest,
        default: String,
    },
}

/// The pieces of `row`'s body with its message in `lang` (`None`: the
/// default language), adjacent texts joined.
pub fn parts(table: &Table, row: &Row, lang: Option<&str>) -> Vec<Part> {
    let row = Localized { table, row, lang };
    let parts = match &table.body {
        Body::Problem => row.problem(),
        Body::Template(segments) => segments.iter().map(|s| row.json(s)).collect(),
        Body::Xml(segments) => segments.iter().map(|s| row.xml(s)).collect(),
    };
    joined(parts)
}

/// The body without per-request values.
pub fn whole(parts: &[Part]) -> String {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.as_str(),
            Part::Hole { default, .. } | Part::Member { default, .. } => default.as_str(),
        })
        .collect()
}

fn joined(parts: Vec<Part>) -> Vec<Part> {
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for part in parts {
        match (out.last_mut(), part) {
            (_, Part::Text(text)) if text.is_empty() => {}
            (Some(Part::Text(last)), Part::Text(text)) => last.push_str(&text),
            (_, part) => out.push(part),
        }
    }
    out
}

/// A row, read in one language.
struct Localized<'a> {
    table: &'a Table,
    row: &'a Row,
    lang: Option<&'a str>,
}

impl Localized<'_> {
    fn message(&self) -> &str {
        let translated = self
            .row
            .translations
            .iter()
            .find(|(l, _)| Some(l.as_str()) == self.lang);
        translated.map_or(&self.row.message, |(_, text)| text)
    }

    /// RFC 9457: `{"type":"about:blank","title":..,"status":..,"code":..}`,
    /// `"detail"` (the request's, else the row's `#[help]`), `"instance"`
    /// and `"request_id"` where given.
    fn problem(&self) -> Vec<Part> {
        let mut head = String::from(r#"{"type":"about:blank","title":"#);
        quote_json(&mut head, self.message());
        let _ = write!(head, r#","status":{},"code":"#, self.row.status);
        head.push_str(&code_value(&self.row.code));
        let member = |name: &str, field, default: String| Part::Member {
            key: format!(r#","{name}":"#),
            field,
            default,
        };
        let help = self.row.help.as_ref().map(|help| {
            let mut member = String::from(r#","detail":"#);
            quote_json(&mut member, help);
            member
        });
        vec![
            Part::Text(head),
            member("detail", PerRequest::Detail, help.unwrap_or_default()),
            member("instance", PerRequest::Instance, String::new()),
            member("request_id", PerRequest::RequestId, String::new()),
            Part::Text("}".into()),
        ]
    }

    fn json(&self, segment: &Segment) -> Part {
        match segment {
            Segment::Text(text) => Part::Text(text.clone()),
            Segment::InString(Placeholder::Row(piece)) => {
                let mut text = String::new();
                escape_json(&mut text, &self.text(piece));
                Part::Text(text)
            }
            Segment::Value(Placeholder::Row(piece)) => Part::Text(self.value(piece)),
            Segment::InString(Placeholder::Request(field)) => {
                let mut default = String::new();
                escape_json(&mut default, self.default(*field));
                hole(*field, Escape::InJsonString, default)
            }
            Segment::Value(Placeholder::Request(field)) => {
                let default = match self.default(*field) {
                    "" => "null".into(),
                    help => json_string(help),
                };
                hole(*field, Escape::JsonValue, default)
            }
        }
    }

    fn xml(&self, segment: &Segment) -> Part {
        let mut text = String::new();
        match segment {
            Segment::Text(xml) => Part::Text(xml.clone()),
            Segment::InString(Placeholder::Row(piece))
            | Segment::Value(Placeholder::Row(piece)) => {
                escape_xml(&mut text, &self.text(piece));
                Part::Text(text)
            }
            Segment::InString(Placeholder::Request(field))
            | Segment::Value(Placeholder::Request(field)) => {
                escape_xml(&mut text, self.default(*field));
                hole(*field, Escape::Xml, text)
            }
        }
    }

    /// A per-request value's text without the request: `{detail}` is the
    /// row's `#[help]`, the others nothing.
    fn default(&self, field: PerRequest) -> &str {
        match field {
            PerRequest::Detail => self.row.help.as_deref().unwrap_or(""),
            PerRequest::RequestId | PerRequest::Instance => "",
        }
    }

    /// A placeholder's text, as `Display` writes it.
    fn text(&self, piece: &Piece) -> String {
        match piece {
            Piece::Code => self.row.code.text(),
            Piece::Msg => self.message().to_owned(),
            Piece::Name => self.row.name(),
            Piece::Status => self.row.status.to_string(),
            Piece::Sub => self.sub_code().text(),
            Piece::Text(text) => text.clone(),
        }
    }

    /// A placeholder as a JSON value of its own: numbers bare, texts quoted.
    fn value(&self, piece: &Piece) -> String {
        match piece {
            Piece::Code => code_value(&self.row.code),
            Piece::Sub => code_value(&self.sub_code()),
            Piece::Status => self.text(piece),
            Piece::Msg | Piece::Name | Piece::Text(_) => json_string(&self.text(piece)),
        }
    }

    /// The code without its leading status under `split`; a string code itself.
    fn sub_code(&self) -> Key {
        match (&self.row.code, self.table.divisor()) {
            (Key::Int(code), Some(divisor)) => Key::Int(code % divisor),
            (code, _) => code.clone(),
        }
    }
}

fn hole(field: PerRequest, escape: Escape, default: String) -> Part {
    Part::Hole {
        field,
        escape,
        default,
    }
}

/// `{code}` (or `{sub}`) as a JSON value: an integer code is a number, a
/// string code a JSON string.
fn code_value(code: &Key) -> String {
    match code {
        Key::Int(value) => value.to_string(),
        Key::Str(text) => json_string(text),
    }
}

/// `text` as a JSON string of its own, quotes included.
fn json_string(text: &str) -> String {
    let mut json = String::with_capacity(text.len() + 2);
    quote_json(&mut json, text);
    json
}
