//! The Rust writer: `#[error_table]` source laid out as `rustfmt` (edition
//! 2024, default settings) lays it out, so the output passes
//! `rustfmt --check` as printed.

use unicode_width::UnicodeWidthStr;

use crate::code::Code;
use crate::naming::is_bidi_control;

/// rustfmt's `max_width`.
const MAX_WIDTH: usize = 100;
/// rustfmt's `attr_fn_like_width`: the arguments of an attribute with more
/// than one argument go one per line beyond this width.
const ATTR_ARGS_WIDTH: usize = 70;

/// The source to print: families, inside a module when there is one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// The `#[error_table]` module holding the families, if any.
    pub module: Option<Module>,
    /// The families, in the document's order.
    pub families: Vec<Family>,
}

/// An `#[error_table(..)] pub mod`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    /// The module's name.
    pub name: String,
    /// Its doc comment (one line).
    pub doc: String,
    /// Its `#[error_table]` options (`http = split(4)`, `union = XlinkError`).
    pub options: Vec<String>,
}

/// One `pub enum`: a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    /// The enum's name.
    pub name: String,
    /// Its doc comment (one line).
    pub doc: String,
    /// Its `#[repr(..)]`, when the codes need other than `u32`.
    pub repr: Option<&'static str>,
    /// Its `#[error_table]` options; `None` inside a module, where the
    /// module's attribute covers it.
    pub options: Option<Vec<String>>,
    /// The variants, in the table's order.
    pub variants: Vec<Variant>,
}

/// One variant: a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The variant's name.
    pub name: String,
    /// The code.
    pub code: Code,
    /// The message.
    pub message: Message,
    /// The description, for `#[help]`.
    pub help: Option<String>,
    /// The HTTP status, for `#[http]`.
    pub http: Option<u16>,
}

/// A message, single or keyed by language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// One text: a doc comment, or `#[msg("..")]` when a doc comment would
    /// not read back as the same text.
    Plain(String),
    /// `#[msg(zh = "..", en = "..")]`, the default language first.
    Keyed(Vec<(String, String)>),
}

/// The source text of `output`.
pub fn write(output: &Output) -> String {
    let mut out = String::from("use error_table::error_table;\n");
    let indent = match &output.module {
        Some(module) => {
            out.push('\n');
            out.push_str(&format!("/// {}\n", module.doc));
            out.push_str(&attribute(0, "error_table", &module.options));
            out.push_str(&format!("pub mod {} {{\n", module.name));
            4
        }
        None => 0,
    };
    for (index, family) in output.families.iter().enumerate() {
        if indent == 0 || index > 0 {
            out.push('\n');
        }
        write_family(&mut out, family, indent);
    }
    if output.module.is_some() {
        out.push_str("}\n");
    }
    out
}

fn write_family(out: &mut String, family: &Family, indent: usize) {
    let pad = " ".repeat(indent);
    out.push_str(&format!("{pad}/// {}\n", family.doc));
    if let Some(repr) = family.repr {
        out.push_str(&format!("{pad}#[repr({repr})]\n"));
    }
    if let Some(options) = &family.options {
        out.push_str(&attribute(indent, "error_table", options));
    }
    out.push_str(&format!("{pad}pub enum {} {{\n", family.name));
    for variant in &family.variants {
        write_variant(out, variant, indent + 4);
    }
    out.push_str(&format!("{pad}}}\n"));
}

fn write_variant(out: &mut String, variant: &Variant, indent: usize) {
    let pad = " ".repeat(indent);
    match &variant.message {
        Message::Plain(text) if reads_back_as_doc(text) => {
            out.push_str(&format!("{pad}/// {text}\n"));
        }
        Message::Plain(text) => out.push_str(&attribute(indent, "msg", &[literal(text)])),
        Message::Keyed(texts) => {
            let args: Vec<String> = texts
                .iter()
                .map(|(key, text)| format!("{key} = {}", literal(text)))
                .collect();
            out.push_str(&attribute(indent, "msg", &args));
        }
    }
    if let Some(help) = &variant.help {
        out.push_str(&attribute(indent, "help", &[literal(help)]));
    }
    if let Some(status) = variant.http {
        out.push_str(&format!("{pad}#[http({status})]\n"));
    }
    let code = match &variant.code {
        Code::Int(value) => value.to_string(),
        Code::Str(text) => literal(text),
    };
    out.push_str(&format!("{pad}{} = {code},\n", variant.name));
}

/// `#[name(args)]` on one line, or one argument a line as rustfmt breaks it:
/// when the line is wider than 100 columns, or (with several arguments)
/// the arguments are wider than 70.
pub fn attribute(indent: usize, name: &str, args: &[String]) -> String {
    let pad = " ".repeat(indent);
    if args.is_empty() {
        return format!("{pad}#[{name}]\n");
    }
    let joined = args.join(", ");
    let line = format!("{pad}#[{name}({joined})]");
    let fits = line.width() <= MAX_WIDTH && (args.len() == 1 || joined.width() <= ATTR_ARGS_WIDTH);
    if fits {
        return line + "\n";
    }
    let mut out = format!("{pad}#[{name}(\n");
    for (index, arg) in args.iter().enumerate() {
        let comma = if index + 1 < args.len() { "," } else { "" };
        out.push_str(&format!("{pad}    {arg}{comma}\n"));
    }
    out.push_str(&format!("{pad})]\n"));
    out
}

/// A Rust string literal holding exactly `text`; the characters rustc
/// refuses in a literal (bidirectional controls) are escapes.
pub fn literal(text: &str) -> String {
    let mut out = String::new();
    for c in format!("{text:?}").chars() {
        if is_bidi_control(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether `/// text` gives the macro `text` back and rustdoc shows it as
/// written: one trimmed line of text without Markdown or HTML syntax.
pub fn reads_back_as_doc(text: &str) -> bool {
    const MARKUP: &[char] = &[
        '<', '>', '[', ']', '`', '*', '_', '\\', '#', '|', '&', '~', '{', '}',
    ];
    let starts_block = text.starts_with(['-', '+', '=', '!', '/'])
        || text
            .split_once(['.', ')'])
            .is_some_and(|(head, _)| !head.is_empty() && head.bytes().all(|b| b.is_ascii_digit()));
    !text.is_empty()
        && text.trim() == text
        && !text
            .chars()
            .any(|c| c.is_control() || is_bidi_control(c) || MARKUP.contains(&c))
        && !text.contains("://")
        && !starts_block
}

#[cfg(test)]
mod tests;
