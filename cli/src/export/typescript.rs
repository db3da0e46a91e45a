//! `export --format typescript`: a module for a web client. Per family
//! `Name`:
//!
//! - `type NameCode`, the union of its codes as literal types;
//! - `const Name`, from code to `{ name, message, status }` (and `messages`
//!   by language for keyed messages), `as const`, checked to be a
//!   `Record<NameCode, ErrorInfo>`;
//! - `function isNameCode(code: unknown): code is NameCode`, a type guard.
//!
//! Per Rust union `U`: `type UCode`, the union of its families' code types,
//! and `isUCode`. Names are the enums' own; two families of one name in
//! different modules are told apart by their module (`IotPublicError`).
//! Texts are JSON string literals, which are TypeScript's too. Integer
//! codes beyond `Number.MAX_SAFE_INTEGER` would not survive as numbers, so
//! such a family is written with string codes.

use std::fmt::Write as _;

use crate::catalog::{Catalog, Family};
use crate::code::Code;

/// The TypeScript module of `catalog`.
pub fn typescript(catalog: &Catalog) -> String {
    let mut out = String::from(
        "// The error catalog, written by `error-table export --format typescript`.\n\n\
         /** What a code means: its variant's name, message, HTTP status, and messages by language when they are keyed. */\n\
         export interface ErrorInfo {\n  readonly name: string;\n  readonly message: string;\n  readonly status: number;\n  readonly messages?: Readonly<Record<string, string>>;\n}\n",
    );
    for family in &catalog.families {
        out.push('\n');
        family_module(family, &ts_name(catalog, &family.path), &mut out);
    }
    for union in &catalog.unions {
        let name = ts_name(catalog, &union.path);
        let members: Vec<String> = union
            .members
            .iter()
            .map(|path| ts_name(catalog, path))
            .collect();
        let types: Vec<String> = members.iter().map(|m| format!("{m}Code")).collect();
        let guards: Vec<String> = members.iter().map(|m| format!("is{m}Code(code)")).collect();
        let _ = write!(
            out,
            "\n/** Every code of the union `{path}` (`FAMILY` {family}). */\n\
             export type {name}Code = {types};\n\n\
             /** Whether `code` is a code of `{path}`. */\n\
             export function is{name}Code(code: unknown): code is {name}Code {{\n  return {guards};\n}}\n",
            path = union.path,
            family = json(&union.family),
            types = types.join(" | "),
            guards = guards.join(" || "),
        );
    }
    out
}

/// The TypeScript name of the family or union at `path`: its own name,
/// prefixed by its module path when another item has the same name.
fn ts_name(catalog: &Catalog, path: &str) -> String {
    let last = |path: &str| path.rsplit("::").next().unwrap_or(path).to_owned();
    let name = last(path);
    let paths = catalog
        .families
        .iter()
        .map(|f| f.path.as_str())
        .chain(catalog.unions.iter().map(|u| u.path.as_str()));
    let shared = paths.filter(|other| last(other) == name).count() > 1;
    if shared {
        path.split("::").map(pascal_case).collect()
    } else {
        name
    }
}

fn family_module(family: &Family, name: &str, out: &mut String) {
    let as_text = family.rows.iter().any(|row| match &row.code {
        Code::Int(value) => value.unsigned_abs() > (1 << 53) - 1,
        Code::Str(_) => true,
    });
    let literal = |code: &Code| match code {
        Code::Int(value) if !as_text => value.to_string(),
        code => json(&code.to_string()),
    };
    let codes: Vec<String> = family.rows.iter().map(|row| literal(&row.code)).collect();
    let codes = if codes.is_empty() {
        "never".to_owned()
    } else {
        codes.join(" | ")
    };
    let _ = write!(
        out,
        "/** The codes of `{path}` (`FAMILY` {family}). */\n\
         export type {name}Code = {codes};\n\n\
         /** What each code of `{path}` means. */\n\
         export const {name} = {{\n",
        path = family.path,
        family = json(&family.family),
    );
    for row in &family.rows {
        let messages = family.lang.as_ref().map(|lang| {
            let mut pairs = vec![format!("{}: {}", json(lang), json(&row.message))];
            pairs.extend(
                row.translations
                    .iter()
                    .map(|(lang, text)| format!("{}: {}", json(lang), json(text))),
            );
            format!(", messages: {{ {} }}", pairs.join(", "))
        });
        let _ = writeln!(
            out,
            "  {key}: {{ name: {name}, message: {message}, status: {status}{messages} }},",
            key = json(&row.code.to_string()),
            name = json(&row.name),
            message = json(&row.message),
            status = row.status,
            messages = messages.unwrap_or_default(),
        );
    }
    let kind = if as_text { "string" } else { "number" };
    let _ = write!(
        out,
        "}} as const satisfies Record<{name}Code, ErrorInfo>;\n\n\
         /** Whether `code` is a code of `{path}`. */\n\
         export function is{name}Code(code: unknown): code is {name}Code {{\n  \
         return typeof code === {kind:?} && Object.prototype.hasOwnProperty.call({name}, String(code));\n}}\n",
        path = family.path,
    );
}

/// `tencent_iot` as `TencentIot`; `PublicError` stays as it is.
fn pascal_case(name: &str) -> String {
    name.split('_')
        .map(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .map(|first| first.to_uppercase().chain(chars).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// `text` as a string literal.
fn json(text: &str) -> String {
    serde_json::to_string(text).expect("a string serializes")
}
