//! `error-table check SRC --baseline catalog.json`: the catalog of a Rust
//! file against the JSON export of the last release. A published code must
//! keep its meaning:
//!
//! - a code removed, a variant renumbered (it has a new code), a code
//!   reused (it names a new variant), a changed HTTP status or
//!   retryability break the catalog;
//! - a changed message, translation or help is a warning, an error with
//!   `--strict`;
//! - added codes and families are fine, and listed.
//!
//! Families are matched by their path in the source (`xlink::BadRequest`),
//! rows by code and by variant name.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::catalog::{Catalog, Entry, Family, catalog_of};
use crate::cfg::{CfgFlag, CfgSet};
use crate::code::Code;
use crate::document::{InputError, read_text};
use crate::export::json::{CatalogJson, FamilyJson, RowJson, flag_text};

/// What changed, from the baseline to the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A family of the baseline is gone, with its codes.
    FamilyRemoved,
    /// A code of the baseline is gone.
    Removed,
    /// A variant has a new code.
    Renumbered,
    /// A code names a new variant.
    Reused,
    /// A code answers a new HTTP status.
    Status,
    /// A code's retryability changed.
    Retryable,
    /// A message, translation or help text changed.
    Message,
    /// A new code or family.
    Added,
}

impl Kind {
    /// Whether the change fails the check (`strict`: text changes too).
    pub fn breaks(self, strict: bool) -> bool {
        match self {
            Kind::Message => strict,
            Kind::Added => false,
            _ => true,
        }
    }

    /// Its word in the report.
    pub fn word(self) -> &'static str {
        match self {
            Kind::FamilyRemoved => "removed family",
            Kind::Removed => "removed",
            Kind::Renumbered => "renumbered",
            Kind::Reused => "reused",
            Kind::Status => "status",
            Kind::Retryable => "retryable",
            Kind::Message => "text",
            Kind::Added => "added",
        }
    }
}

/// One change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// What kind of change.
    pub kind: Kind,
    /// The family's path.
    pub family: String,
    /// The change, in words.
    pub detail: String,
}

/// Every change from a baseline to a source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    /// The changes, family by family.
    pub findings: Vec<Finding>,
}

impl Comparison {
    /// Whether the catalog keeps its promises (`strict`: texts too).
    pub fn passes(&self, strict: bool) -> bool {
        !self.findings.iter().any(|f| f.kind.breaks(strict))
    }

    /// The changes of `kind`.
    pub fn of(&self, kind: Kind) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(move |f| f.kind == kind)
    }

    /// The report as text: a summary line, then one line per change,
    /// breaking ones marked `error`, text changes `warning` (`error` with
    /// `strict`), additions `note`.
    pub fn text(&self, source: &str, baseline: &str, strict: bool) -> String {
        let count =
            |test: &dyn Fn(Kind) -> bool| self.findings.iter().filter(|f| test(f.kind)).count();
        let errors = count(&|kind| kind.breaks(strict));
        let warnings = count(&|kind| kind == Kind::Message && !strict);
        let added = count(&|kind| kind == Kind::Added);
        let verdict = if errors == 0 { "keeps" } else { "breaks" };
        let mut out = format!(
            "{source} {verdict} the catalog of {baseline}: {errors} breaking change(s), {warnings} warning(s), {added} addition(s)\n"
        );
        for finding in &self.findings {
            let level = if finding.kind.breaks(strict) {
                "error"
            } else if finding.kind == Kind::Added {
                "note"
            } else {
                "warning"
            };
            let _ = writeln!(
                out,
                "{level}: {} {}: {}",
                finding.kind.word(),
                finding.family,
                finding.detail
            );
        }
        out
    }
}

/// Reads the Rust file `source` configured for the flags `cfg` and the
/// JSON catalog `baseline`, and compares them. The baseline must have been
/// exported under the same flags: rows compiled out under one set and not
/// the other would read as removed or added.
pub fn check_baseline(
    source: &Path,
    baseline: &Path,
    cfg: &[CfgFlag],
) -> Result<Comparison, InputError> {
    let text = read_text(baseline)?;
    let old = CatalogJson::parse(&text).map_err(|message| InputError::new(baseline, message))?;
    let sorted = |flags: &mut Vec<String>| {
        flags.sort();
        flags.dedup();
        flags.join(" ")
    };
    let (was, now) = (
        sorted(&mut old.cfg.clone()),
        sorted(&mut cfg.iter().map(flag_text).collect()),
    );
    if was != now {
        let flags = |text: &str| match text {
            "" => "no --cfg".to_owned(),
            text => format!("--cfg {text}"),
        };
        return Err(InputError::new(
            baseline,
            format!(
                "the catalog was exported with {}, the check runs with {}; give check the same flags",
                flags(&was),
                flags(&now)
            ),
        ));
    }
    let catalog = catalog_of(source, &cfg.iter().cloned().collect::<CfgSet>())?;
    Ok(compare(&old, &catalog))
}

/// The changes from the catalog `old` to `new`.
pub fn compare(old: &CatalogJson, new: &Catalog) -> Comparison {
    let mut out = Comparison::default();
    for family in &old.families {
        match new.families.iter().find(|f| f.path == family.path) {
            Some(now) => compare_family(family, now, &mut out.findings),
            None => out.findings.push(Finding {
                kind: Kind::FamilyRemoved,
                family: family.path.clone(),
                detail: format!(
                    "the family is gone, and its {} code(s) with it",
                    family.rows.len()
                ),
            }),
        }
    }
    for family in &new.families {
        if !old.families.iter().any(|f| f.path == family.path) {
            out.findings.push(Finding {
                kind: Kind::Added,
                family: family.path.clone(),
                detail: format!("a new family with {} code(s)", family.rows.len()),
            });
        }
    }
    out
}

fn compare_family(old: &FamilyJson, new: &Family, findings: &mut Vec<Finding>) {
    let by_code: HashMap<Code, &Entry> = new.rows.iter().map(|r| (r.code.clone(), r)).collect();
    let by_name: HashMap<&str, &Entry> = new.rows.iter().map(|r| (r.name.as_str(), r)).collect();
    let mut push = |kind, detail| {
        findings.push(Finding {
            kind,
            family: new.path.clone(),
            detail,
        });
    };
    for row in &old.rows {
        let code = row.code.code();
        let (variant, message) = (&row.variant, &row.message);
        let at_code = by_code.get(&code);
        let named = by_name.get(variant.as_str()).filter(|e| e.code != code);
        if let Some(moved) = named {
            let detail = format!("{variant} was code {code}, is now code {}", moved.code);
            push(Kind::Renumbered, detail);
        }
        match at_code {
            Some(now) if now.name == *variant => {
                for (kind, detail) in row_changes(row, now, new.lang.as_deref()) {
                    push(kind, format!("{code} {variant}: {detail}"));
                }
            }
            Some(now) => push(
                Kind::Reused,
                format!(
                    "code {code} was {variant} ({message:?}), now names {}",
                    now.name
                ),
            ),
            None if named.is_none() => {
                push(
                    Kind::Removed,
                    format!("code {code} {variant} ({message:?})"),
                );
            }
            None => {}
        }
    }
    for row in &new.rows {
        if !old.rows.iter().any(|r| r.code.code() == row.code) {
            push(
                Kind::Added,
                format!("code {} {} ({:?})", row.code, row.name, row.message),
            );
        }
    }
}

/// What changed in a row that kept its code and variant.
fn row_changes(old: &RowJson, new: &Entry, lang: Option<&str>) -> Vec<(Kind, String)> {
    let mut out = Vec::new();
    if old.status != new.status {
        out.push((
            Kind::Status,
            format!(
                "HTTP status {} in the baseline, {} now",
                old.status, new.status
            ),
        ));
    }
    if old.retryable != new.retryable {
        let was = if old.retryable {
            "retryable"
        } else {
            "not retryable"
        };
        let now = if new.retryable {
            "retryable"
        } else {
            "not retryable"
        };
        out.push((Kind::Retryable, format!("{was} in the baseline, {now} now")));
    }
    let mut text = |field: String, was: Option<&str>, now: Option<&str>| {
        if was != now {
            let (was, now) = (quoted(was), quoted(now));
            out.push((
                Kind::Message,
                format!("{field} {was} in the baseline, {now} now"),
            ));
        }
    };
    text("message".to_owned(), Some(&old.message), Some(&new.message));
    for (key, was) in &old.translations {
        let now = new.message_in(key, lang);
        text(format!("message ({key})"), Some(was), now);
    }
    text("help".to_owned(), old.help.as_deref(), new.help.as_deref());
    out
}

/// `"text"`, or `none`.
fn quoted(text: Option<&str>) -> String {
    text.map_or_else(|| "none".to_owned(), |text| format!("{text:?}"))
}

#[cfg(test)]
mod tests;
