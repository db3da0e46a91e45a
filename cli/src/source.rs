//! The reader of Rust sources: the `#[error_table]` enums of a file (at the
//! top level, in `#[error_table]` modules, in plain inline modules), their
//! codes and messages as the macro reads them.

use std::path::Path;

use syn::punctuated::Punctuated;
use syn::{
    Attribute, Expr, ExprLit, ExprUnary, Item, ItemEnum, Lit, LitStr, Meta, MetaNameValue, Token,
    UnOp,
};

use crate::code::Code;
use crate::document::{InputError, read_text};

/// An `#[error_table]` enum of a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFamily {
    /// Its path in the file: `PublicError`, `xlink::BadRequest`.
    pub path: String,
    /// Its variants with a code, in order.
    pub variants: Vec<SourceVariant>,
}

impl SourceFamily {
    /// The enum's own name, the last segment of its path.
    pub fn name(&self) -> &str {
        self.path.rsplit("::").next().unwrap_or(&self.path)
    }
}

/// A variant as the macro reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceVariant {
    /// The variant's name.
    pub name: String,
    /// Its code.
    pub code: Code,
    /// Its message in the family's default language (`None` when it has
    /// none, a compile error the macro reports).
    pub message: Option<String>,
    /// Its keyed messages (`zh = ".."`), in the order written.
    pub keyed: Vec<(String, String)>,
    /// Its `#[help]`.
    pub help: Option<String>,
}

/// Reads the `#[error_table]` enums of the Rust file at `path`.
pub fn families_of(path: &Path) -> Result<Vec<SourceFamily>, InputError> {
    let text = read_text(path)?;
    parse_families(&text).map_err(|error| {
        let line = error.span().start().line;
        InputError {
            path: path.to_owned(),
            line: Some(line.max(1)),
            message: format!("cannot parse the Rust source ({error}); fix its syntax"),
        }
    })
}

/// The `#[error_table]` enums of the Rust source `text`.
pub fn parse_families(text: &str) -> syn::Result<Vec<SourceFamily>> {
    let file = syn::parse_file(text)?;
    let mut out = Vec::new();
    walk(&file.items, "", None, &mut out);
    Ok(out)
}

/// Collects the families of `items`; `module_lang` is `Some` inside an
/// `#[error_table]` module (its `lang` option, if any).
fn walk(
    items: &[Item],
    prefix: &str,
    module_lang: Option<Option<String>>,
    out: &mut Vec<SourceFamily>,
) {
    for item in items {
        match item {
            Item::Enum(item) => {
                let own = table_attr(&item.attrs);
                if own.is_some() || module_lang.is_some() {
                    let lang = own
                        .and_then(lang_option)
                        .or_else(|| module_lang.clone().flatten());
                    out.push(family(item, prefix, lang.as_deref()));
                }
            }
            Item::Mod(module) => {
                let Some((_, content)) = &module.content else {
                    continue;
                };
                let prefix = format!("{prefix}{}::", module.ident);
                let lang = match table_attr(&module.attrs) {
                    Some(attr) => Some(lang_option(attr)),
                    None => module_lang.clone(),
                };
                walk(content, &prefix, lang, out);
            }
            _ => {}
        }
    }
}

/// The `#[error_table]` (or `#[error_table::error_table]`) attribute.
fn table_attr(attrs: &[Attribute]) -> Option<&Attribute> {
    attrs.iter().find(|attr| {
        attr.path()
            .segments
            .last()
            .is_some_and(|s| s.ident == "error_table")
    })
}

/// The `lang = ".."` option of an `#[error_table(..)]`.
fn lang_option(attr: &Attribute) -> Option<String> {
    let Meta::List(_) = &attr.meta else {
        return None;
    };
    let options = attr
        .parse_args_with(Punctuated::<MetaNameValue, Token![,]>::parse_terminated)
        .ok()?;
    options
        .iter()
        .find(|option| option.path.is_ident("lang"))
        .and_then(|option| string(&option.value))
}

fn family(item: &ItemEnum, prefix: &str, lang: Option<&str>) -> SourceFamily {
    let variants = item
        .variants
        .iter()
        .filter_map(|variant| {
            let (_, expr) = variant.discriminant.as_ref()?;
            let code = code(expr)?;
            let keyed = keyed_messages(&variant.attrs);
            let default = lang.or_else(|| keyed.first().map(|(key, _)| key.as_str()));
            let message = plain_message(&variant.attrs)
                .or_else(|| {
                    keyed
                        .iter()
                        .find(|(key, _)| Some(key.as_str()) == default)
                        .map(|(_, t)| t.clone())
                })
                .or_else(|| {
                    keyed
                        .is_empty()
                        .then(|| doc_message(&variant.attrs))
                        .flatten()
                });
            Some(SourceVariant {
                name: variant.ident.to_string(),
                code,
                message,
                help: attr_string(&variant.attrs, "help"),
                keyed,
            })
        })
        .collect();
    SourceFamily {
        path: format!("{prefix}{}", item.ident),
        variants,
    }
}

/// `4000`, `-1`, `"BlobNotFound"`.
fn code(expr: &Expr) -> Option<Code> {
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Int(int), ..
        }) => int.base10_parse().ok().map(Code::Int),
        Expr::Lit(ExprLit {
            lit: Lit::Str(text),
            ..
        }) => Some(Code::Str(text.value())),
        Expr::Unary(ExprUnary {
            op: UnOp::Neg(_),
            expr,
            ..
        }) => match code(expr)? {
            Code::Int(value) => Some(Code::Int(-value)),
            Code::Str(_) => None,
        },
        Expr::Group(group) => code(&group.expr),
        Expr::Paren(paren) => code(&paren.expr),
        _ => None,
    }
}

fn string(expr: &Expr) -> Option<String> {
    match expr {
        Expr::Lit(ExprLit {
            lit: Lit::Str(text),
            ..
        }) => Some(text.value()),
        _ => None,
    }
}

/// The text of `#[name("..")]`.
fn attr_string(attrs: &[Attribute], name: &str) -> Option<String> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident(name))
        .find_map(|attr| attr.parse_args::<LitStr>().ok())
        .map(|text| text.value())
}

fn plain_message(attrs: &[Attribute]) -> Option<String> {
    attr_string(attrs, "msg")
}

/// `#[msg(zh = "..", en = "..")]`.
fn keyed_messages(attrs: &[Attribute]) -> Vec<(String, String)> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("msg"))
        .filter_map(|attr| {
            attr.parse_args_with(Punctuated::<MetaNameValue, Token![,]>::parse_terminated)
                .ok()
        })
        .flat_map(|pairs| {
            pairs
                .into_iter()
                .filter_map(|pair| Some((pair.path.get_ident()?.to_string(), string(&pair.value)?)))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The doc comment as the macro reads it: lines trimmed, empty ones left
/// out, joined with a space.
fn doc_message(attrs: &[Attribute]) -> Option<String> {
    let lines: Vec<String> = attrs
        .iter()
        .filter_map(|attr| match &attr.meta {
            Meta::NameValue(pair) if pair.path.is_ident("doc") => string(&pair.value),
            _ => None,
        })
        .collect();
    let words: Vec<&str> = lines
        .iter()
        .flat_map(|line| line.lines())
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests;
