//! A vendor's document: a file read, its tables found and typed.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::columns::{CodeTable, typed_tables};
use crate::naming::comment_text;
use crate::read::{ReadError, tables_of};

/// Bad input: a file that cannot be read or holds no usable table. Its
/// `Display` is the one line the command prints: the file, the line where
/// it can tell, what is wrong and what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file at fault.
    pub path: PathBuf,
    /// The 1-based line, when the problem has one.
    pub line: Option<usize>,
    /// What is wrong and what to do, lowercase.
    pub message: String,
}

impl InputError {
    /// An error about `path` as a whole.
    pub fn new(path: &Path, message: impl Into<String>) -> Self {
        InputError {
            path: path.to_owned(),
            line: None,
            message: message.into(),
        }
    }

    /// An error at a line of `path`.
    pub fn at(path: &Path, error: ReadError) -> Self {
        InputError {
            path: path.to_owned(),
            line: Some(error.line),
            message: error.message,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, whatever the file is called.
        let path = self.path.display().to_string();
        write!(f, "{}", comment_text(&path))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl std::error::Error for InputError {}

/// Reads the file at `path` as text.
pub fn read_text(path: &Path) -> Result<String, InputError> {
    let bytes = std::fs::read(path).map_err(|error| {
        let what = match error.kind() {
            std::io::ErrorKind::NotFound => "no such file; check the path".to_owned(),
            _ => format!("cannot read the file ({error}); check its permissions"),
        };
        InputError::new(path, what)
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| InputError::new(path, "the file is not UTF-8 text; save it as UTF-8"))?;
    // A byte-order mark would stick to the first header cell.
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

/// Every problem of a document, one [`InputError`] each: its `Display` is
/// one line per problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems(pub Vec<InputError>);

impl From<InputError> for Problems {
    fn from(error: InputError) -> Self {
        Problems(vec![error])
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}

/// A document read: its code tables, and the warnings about what was made
/// of the page (a code listed twice, an empty message cell filled).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The code tables, at least one.
    pub tables: Vec<CodeTable>,
    /// The warnings, in the document's order.
    pub warnings: Vec<InputError>,
}

/// The code tables of the document `text` found at `path`: at least one, or
/// every problem. Under `strict` a code listed twice with different texts
/// is a problem, else a warning.
pub fn code_tables_of(path: &Path, text: &str, strict: bool) -> Result<Document, Problems> {
    let all = |errors: Vec<ReadError>| {
        Problems(
            errors
                .into_iter()
                .map(|e| InputError::at(path, e))
                .collect(),
        )
    };
    let tables = tables_of(path, text).map_err(all)?;
    let found = tables.len();
    let codes = typed_tables(tables, strict).map_err(all)?;
    if codes.tables.is_empty() {
        let message = if found == 0 {
            "no table found; give a Markdown, HTML, CSV or TSV document with a table of codes"
                .to_owned()
        } else {
            format!(
                "no code table among its {found} table(s): no column holds only codes (integers or identifier-like names)"
            )
        };
        return Err(InputError::new(path, message).into());
    }
    let mut warnings = codes.warnings;
    warnings.sort_by_key(|warning| warning.line);
    Ok(Document {
        tables: codes.tables,
        warnings: warnings
            .into_iter()
            .map(|w| InputError::at(path, w))
            .collect(),
    })
}

/// Reads the document at `path` as `import` and `check` read it.
pub fn read(path: &Path, strict: bool) -> Result<Document, Problems> {
    code_tables_of(path, &read_text(path)?, strict)
}

/// Reads the document at `path` and returns its code tables (the warnings
/// are left out: [`read`] gives them).
pub fn open(path: &Path) -> Result<Vec<CodeTable>, Problems> {
    Ok(read(path, false)?.tables)
}
