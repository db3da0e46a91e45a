//! `error-table import`: the code tables of a document as `#[error_table]`
//! source.
//!
//! One enum per table, named by `--enum` (one table; with several the base
//! of `<Enum>1`, `<Enum>2`, ...), else by the English heading above the
//! table (`3XX Redirects` is `E3xxRedirects`), else by its HTTP status under
//! `--http split(N)` (`BadRequest` for the 400 table), else `Table1`,
//! `Table2`, ... With `--union` the enums sit in an `#[error_table]` module
//! (named after `--name`, else the union) that declares the union.
//!
//! Every problem of the tables with the options is reported, each at its
//! line: a code that starts with no status under `split`, a status column
//! that contradicts `split`, a code too wide for any `#[repr]`.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use crate::code::Code;
use crate::columns::{CodeTable, Row};
use crate::document::{InputError, Problems, read};
use crate::naming::{
    comment_text, name_from_text, number_collisions, snake_case, status_name, variant_name,
};
use crate::writer::{Family, Message, Module, Output, Variant, write};

mod option;

pub use option::Http;

/// What `import` is asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// `--table N`: only the N-th code table (1-based).
    pub table: Option<usize>,
    /// `--enum Name`: the enum's name (the base of the names with several).
    pub enum_name: Option<String>,
    /// `--name family`: the `name` option.
    pub family: Option<String>,
    /// `--http`: the `http` option.
    pub http: Option<Http>,
    /// `--union Name`: a module with this union.
    pub union: Option<String>,
    /// `--strict`: a code the page lists twice with different texts or
    /// statuses is an error, not a warning.
    pub strict: bool,
}

/// What `import` gives: the source, and the warnings about the page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The `#[error_table]` source.
    pub source: String,
    /// What was made of the page (a code listed twice, an empty cell).
    pub warnings: Vec<InputError>,
}

/// A problem of the options with the tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanError {
    /// The 1-based line of the document, when the problem has one.
    pub line: Option<usize>,
    /// What is wrong and what to do, lowercase.
    pub message: String,
}

impl PlanError {
    fn new(line: Option<usize>, message: String) -> Self {
        PlanError { line, message }
    }
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// Reads the document at `path` and returns the source for its code tables;
/// or every problem of the page.
pub fn import(path: &Path, options: &ImportOptions) -> Result<Imported, Problems> {
    let document = read(path, options.strict)?;
    let file = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let output = plan(&file, document.tables, options).map_err(|errors| {
        let at = |error: PlanError| InputError {
            path: path.to_owned(),
            line: error.line,
            message: error.message,
        };
        Problems(errors.into_iter().map(at).collect())
    })?;
    Ok(Imported {
        source: write(&output),
        warnings: document.warnings,
    })
}

/// The source to write for `tables` of the document `file`; every problem
/// when the options do not fit the tables.
pub fn plan(
    file: &str,
    tables: Vec<CodeTable>,
    options: &ImportOptions,
) -> Result<Output, Vec<PlanError>> {
    let selected = select(tables, options.table).map_err(|e| vec![PlanError::new(None, e)])?;
    let mut errors = check_split(&selected, options.http);
    if let Some(union) = &options.union {
        errors.extend(check_union(&selected, union).err());
    }
    let names = enum_names(&selected, options);
    let in_module = options.union.is_some();
    let file = comment_text(file);
    let mut families = Vec::new();
    for ((index, table), name) in selected.iter().zip(names) {
        let doc = format!(
            "Table {index} of `{file}` (line {}), imported by `error-table import`.",
            table.line
        );
        let family_options = (!in_module).then(|| family_options(options, false));
        match family(name, doc, table, options.http, family_options) {
            Ok(family) => families.push(family),
            Err(error) => errors.push(error),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let module = options.union.as_ref().map(|union| Module {
        name: snake_case(options.family.as_deref().unwrap_or(union)),
        doc: format!("The code tables of `{file}`, imported by `error-table import`."),
        options: family_options(options, true),
    });
    Ok(Output { module, families })
}

/// The tables `--table` asks for, each with its 1-based number.
fn select(tables: Vec<CodeTable>, table: Option<usize>) -> Result<Vec<(usize, CodeTable)>, String> {
    let count = tables.len();
    let numbered = tables.into_iter().enumerate().map(|(i, t)| (i + 1, t));
    match table {
        None => Ok(numbered.collect()),
        Some(n) if (1..=count).contains(&n) => Ok(numbered.filter(|(i, _)| *i == n).collect()),
        Some(n) => Err(format!(
            "--table {n}: the document has {count} code table(s); give a number from 1 to {count}"
        )),
    }
}

/// The enums' names (see the module documentation).
fn enum_names(tables: &[(usize, CodeTable)], options: &ImportOptions) -> Vec<String> {
    let titled = |table: &CodeTable| table.title.as_deref().and_then(name_from_text);
    let names = if let [(_, table)] = tables {
        let from_family = options
            .family
            .as_deref()
            .and_then(name_from_text)
            .map(|n| n + "Error");
        vec![
            options
                .enum_name
                .clone()
                .or_else(|| titled(table))
                .or(from_family)
                .unwrap_or_else(|| "VendorError".to_owned()),
        ]
    } else if let Some(base) = &options.enum_name {
        (1..=tables.len()).map(|i| format!("{base}{i}")).collect()
    } else {
        tables
            .iter()
            .enumerate()
            .map(|(i, (_, table))| {
                titled(table)
                    .or_else(|| split_status(table, options.http).and_then(status_name))
                    .unwrap_or_else(|| format!("Table{}", i + 1))
            })
            .collect()
    };
    let taken: Vec<&str> = options.union.as_deref().into_iter().collect();
    number_collisions(names, &taken)
}

/// The status every code of `table` carries under `split(N)`.
fn split_status(table: &CodeTable, http: Option<Http>) -> Option<u16> {
    let Some(Http::Split(digits)) = http else {
        return None;
    };
    let mut statuses = table.rows.iter().map(|row| status_of(&row.code, digits));
    let first = statuses.next()??;
    statuses.all(|s| s == Some(first)).then_some(first)
}

fn status_of(code: &Code, digits: u32) -> Option<u16> {
    let status = code.as_int()? / 10_i128.checked_pow(digits)?;
    u16::try_from(status)
        .ok()
        .filter(|s| (100..=599).contains(s))
}

/// Refuses tables the macro would, and statuses that contradict the
/// option, under `split(N)`: codes that start with no HTTP status (string
/// codes among them), one line for all (the option is the one mistake);
/// a status column that says another status than a code, a line each.
fn check_split(tables: &[(usize, CodeTable)], http: Option<Http>) -> Vec<PlanError> {
    let Some(Http::Split(digits)) = http else {
        return Vec::new();
    };
    let rows = || tables.iter().flat_map(|(_, table)| &table.rows);
    let mut errors = Vec::new();
    let unsplit: Vec<&Row> = rows()
        .filter(|row| status_of(&row.code, digits).is_none())
        .collect();
    if let Some(first) = unsplit.first() {
        let others = match unsplit.len() - 1 {
            0 => String::new(),
            n => format!(" (and {n} other codes)"),
        };
        errors.push(PlanError::new(
            Some(first.line),
            format!(
                "--http split({digits}): code {}{others} does not start with an HTTP status; drop --http or give a fixed status",
                first.code
            ),
        ));
    }
    for row in rows() {
        if let (Some(derived), Some(listed)) = (status_of(&row.code, digits), row.http)
            && derived != listed
        {
            errors.push(PlanError::new(
                Some(row.line),
                format!(
                    "--http split({digits}): code {} gives status {derived}, but the page lists {listed}; fix the status cell or drop --http",
                    row.code
                ),
            ));
        }
    }
    errors
}

/// Refuses a union of tables that share a code, which the macro rejects
/// (Tencent's public and module tables both have 4000).
fn check_union(tables: &[(usize, CodeTable)], union: &str) -> Result<(), PlanError> {
    let mut seen: HashMap<&Code, usize> = HashMap::new();
    for (number, table) in tables {
        for row in &table.rows {
            if let Some(first) = seen.insert(&row.code, *number) {
                return Err(PlanError::new(
                    Some(row.line),
                    format!(
                        "--union {union}: code {} is in table {first} and table {number}, and a union needs each code once; drop --union, or pick one table with --table",
                        row.code
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// The `#[error_table]` options of a family, or of the module.
fn family_options(options: &ImportOptions, module: bool) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(http) = options.http {
        out.push(format!("http = {http}"));
    }
    if let (true, Some(union)) = (module, &options.union) {
        out.push(format!("union = {union}"));
    }
    if let Some(family) = &options.family {
        out.push(format!("name = {family:?}"));
    }
    out
}

fn family(
    name: String,
    doc: String,
    table: &CodeTable,
    http: Option<Http>,
    options: Option<Vec<String>>,
) -> Result<Family, PlanError> {
    let names = number_collisions(
        (1..)
            .zip(&table.rows)
            .map(|(number, row)| variant_name(&row.code, english(table, row), number))
            .collect(),
        &[],
    );
    // A row's status is written where the option does not give it.
    let given = |status: u16| match http {
        Some(Http::Split(_)) => true,
        Some(Http::Status(fixed)) => status == fixed,
        None => false,
    };
    let variants = table
        .rows
        .iter()
        .zip(names)
        .map(|(row, name)| Variant {
            name,
            code: row.code.clone(),
            message: message(table, row),
            help: row.help.clone().filter(|help| !help.is_empty()),
            http: row.http.filter(|&status| !given(status)),
        })
        .collect();
    Ok(Family {
        name,
        doc,
        repr: repr(table).map_err(|code| {
            let line = table
                .rows
                .iter()
                .find(|row| row.code == code)
                .map(|r| r.line);
            PlanError::new(
                line,
                format!("code {code} does not fit a 64-bit integer; such codes cannot be declared"),
            )
        })?,
        options,
        variants,
    })
}

/// A row's English text, for its name.
fn english<'a>(table: &CodeTable, row: &'a Row) -> Option<&'a str> {
    if table.lang == "en" {
        Some(&row.message)
    } else if table.translation_lang.as_deref() == Some("en") {
        row.translation.as_deref()
    } else {
        None
    }
}

fn message(table: &CodeTable, row: &Row) -> Message {
    match &table.translation_lang {
        None => Message::Plain(row.message.clone()),
        Some(key) => {
            let mut texts = vec![(table.lang.clone(), row.message.clone())];
            if let Some(text) = row.translation.as_ref().filter(|t| !t.is_empty()) {
                texts.push((key.clone(), text.clone()));
            }
            Message::Keyed(texts)
        }
    }
}

/// The `#[repr]` the codes need: `i32` for a negative code, wider types
/// for wider codes, none (`u32`) otherwise; the code that fits nothing.
fn repr(table: &CodeTable) -> Result<Option<&'static str>, Code> {
    let ints: Vec<i128> = table
        .rows
        .iter()
        .filter_map(|row| row.code.as_int())
        .collect();
    let (Some(&min), Some(&max)) = (ints.iter().min(), ints.iter().max()) else {
        return Ok(None);
    };
    let fits = |low: i128, high: i128| low <= min && max <= high;
    if fits(0, u32::MAX.into()) {
        Ok(None)
    } else if fits(0, u64::MAX.into()) {
        Ok(Some("u64"))
    } else if fits(i32::MIN.into(), i32::MAX.into()) {
        Ok(Some("i32"))
    } else if fits(i64::MIN.into(), i64::MAX.into()) {
        Ok(Some("i64"))
    } else {
        let bad = if min < i128::from(i64::MIN) { min } else { max };
        Err(Code::Int(bad))
    }
}

#[cfg(test)]
mod tests;
