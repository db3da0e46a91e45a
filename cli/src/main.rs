//! `error-table`: the command line over the `error_table_cli` library.
//!
//! Exit status: 0 done (`check`: the source agrees), 1 (`check`) the source
//! drifts from the document or breaks the baseline catalog, 2 bad input or
//! usage.

#![forbid(unsafe_code)]

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{ArgGroup, Parser, Subcommand};
use error_table_cli::baseline::check_baseline;
use error_table_cli::cfg::{CfgFlag, CfgSet};
use error_table_cli::check::check;
use error_table_cli::document::InputError;
use error_table_cli::export::{Format, export};
use error_table_cli::import::{Http, ImportOptions, import};
use error_table_cli::naming::is_identifier;
use error_table_cli::report;

/// Vendor error-code tables to `#[error_table]` Rust source, and drift caught in CI.
#[derive(Debug, Parser)]
#[command(
    name = "error-table",
    version,
    about = "Turn a vendor's error-code tables into #[error_table] Rust source (import), \
             catch the source drifting from the vendor's page or from the last release (check), \
             and hand the catalog to JSON, Markdown and TypeScript (export)",
    long_about = None
)]
#[command(
    after_help = "Exit status: 0 success (check: they agree), 1 check found drift or a broken baseline, 2 bad input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Prints `#[error_table]` source for the code tables of a document.
    #[command(
        about = "Print #[error_table] source for the code tables of a document",
        long_about = "Print #[error_table] source for the code tables of a document\n\n\
            Reads Markdown pipe tables, HTML <table>s, CSV or TSV (by extension, else by content) \
            as the vendor publishes them, finds the code column (never a row number) and the \
            message, second language (a column in another script), description and status \
            columns, and prints one enum per table (in a module with a union when --union is \
            given), named by --enum or the heading above the table. A code listed twice is one \
            row: the first, with a warning when the rows differ. Every problem of the page is \
            reported, one line each."
    )]
    #[command(
        after_help = "Example:\n  error-table import vendor-page.md --http 'split(4)' --union XlinkError > src/errors.rs"
    )]
    Import {
        /// The vendor's document (.md, .html, .csv, .tsv, or text holding tables)
        doc: PathBuf,
        /// Only the N-th code table of the document (1 is the first)
        #[arg(long, value_name = "N")]
        table: Option<usize>,
        /// The enum's name (with several tables: the base of Name1, Name2, ...)
        #[arg(long = "enum", value_name = "NAME", value_parser = identifier)]
        enum_name: Option<String>,
        /// The family's name, the `name` option (`xlink`)
        #[arg(long, value_name = "FAMILY")]
        name: Option<String>,
        /// The `http` option: `split(N)` (the code is the status then N digits) or a status such as 200
        #[arg(long, value_name = "split(N)|STATUS")]
        http: Option<Http>,
        /// Put the enums in a module with this union of them
        #[arg(long, value_name = "NAME", value_parser = identifier)]
        union: Option<String>,
        /// Refuse a page that lists a code twice with different texts or statuses
        /// (without it: the first row is kept, with a warning)
        #[arg(long)]
        strict: bool,
    },
    /// Compares the `#[error_table]` enums of a Rust file with a document,
    /// or with the catalog of the last release.
    #[command(
        about = "Compare the #[error_table] enums of a Rust file with a document, or with a baseline catalog",
        long_about = "Compare the #[error_table] enums of a Rust file with a document, or with a baseline catalog\n\n\
            Reads the source as the macro does (its own parse and check stages), configured for \
            the --cfg flags as rustc would.\n\n\
            With DOC: reports codes only in the document (new), only in the source (dropped) and \
            each field that differs: message, second language, help, HTTP status. Each enum is \
            paired with the table it shares the most codes with. Exit status 0 when they agree, \
            1 when they drift, 2 for bad input.\n\n\
            With --baseline catalog.json (the JSON export of the last release): a code removed, \
            a variant renumbered, a code reused by a new variant, a changed HTTP status or \
            retryability fail (exit 1); a changed message or help is a warning (exit 0) unless \
            --strict; added codes and families are fine."
    )]
    #[command(
        after_help = "Examples (CI steps):\n  error-table check src/errors.rs vendor-page.html\n  error-table check src/errors.rs --baseline errors.catalog.json"
    )]
    // One of the two, never both.
    #[command(group(ArgGroup::new("against").required(true).args(["doc", "baseline"])))]
    #[command(
        override_usage = "error-table check [OPTIONS] <SRC> <DOC>\n       error-table check [OPTIONS] <SRC> --baseline <CATALOG.json> [--strict]"
    )]
    Check {
        #[arg(help = "The Rust file declaring the #[error_table] enums")]
        src: PathBuf,
        /// The vendor's document
        doc: Option<PathBuf>,
        /// The catalog to keep: the JSON of `export --format json` at the last release
        #[arg(long, value_name = "CATALOG.json")]
        baseline: Option<PathBuf>,
        /// With --baseline: a changed message or help fails too
        #[arg(long, conflicts_with = "doc")]
        strict: bool,
        /// Only this enum (its name or path, `xlink::BadRequest`)
        #[arg(long = "enum", value_name = "NAME", conflicts_with = "baseline")]
        enum_name: Option<String>,
        /// Print the report as JSON
        #[arg(long, conflicts_with = "baseline")]
        json: bool,
        /// A configuration option set, as rustc's --cfg: `test`, 'feature="beta"' (repeat for more; none by default)
        #[arg(long = "cfg", value_name = "NAME[=\"VALUE\"]")]
        cfg: Vec<CfgFlag>,
    },
    /// Prints the catalog of a Rust file as JSON, Markdown or TypeScript.
    #[command(
        about = "Print the catalog of a Rust file's #[error_table] families as JSON, Markdown or TypeScript",
        long_about = "Print the catalog of a Rust file's #[error_table] families as JSON, Markdown or TypeScript\n\n\
            Reads the source as the macro does, configured for the --cfg flags as rustc would. \
            json: every family and union with every row (schema 1), the lock file that \
            `check --baseline` compares with; markdown: one table per family, which `import` \
            reads back; typescript: per family a union type of its codes, a const table and a \
            type guard."
    )]
    #[command(
        after_help = "Example:\n  error-table export src/errors.rs --format json > errors.catalog.json"
    )]
    Export {
        #[arg(help = "The Rust file declaring the #[error_table] enums")]
        src: PathBuf,
        /// json, markdown or typescript
        #[arg(long, value_name = "FORMAT")]
        format: Format,
        /// A configuration option set, as rustc's --cfg: `test`, 'feature="beta"' (repeat for more; none by default)
        #[arg(long = "cfg", value_name = "NAME[=\"VALUE\"]")]
        cfg: Vec<CfgFlag>,
    },
}

fn identifier(text: &str) -> Result<String, String> {
    if is_identifier(text) {
        Ok(text.to_owned())
    } else {
        Err(format!(
            "{text:?} is not a Rust identifier; give a name such as XlinkError"
        ))
    }
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Import {
            doc,
            table,
            enum_name,
            name,
            http,
            union,
            strict,
        } => {
            let options = ImportOptions {
                table,
                enum_name,
                family: name,
                http,
                union,
                strict,
            };
            match import(&doc, &options) {
                Ok(imported) => {
                    warn(&imported.warnings);
                    emit(&imported.source, ExitCode::SUCCESS)
                }
                Err(error) => bad_input(&error),
            }
        }
        Command::Check {
            src,
            doc,
            baseline,
            strict,
            enum_name,
            json,
            cfg,
        } => match (doc, baseline) {
            (_, Some(baseline)) => check_baseline_of(&src, &baseline, strict, &cfg),
            (Some(doc), None) => {
                let cfg: CfgSet = cfg.into_iter().collect();
                check_document(&src, &doc, enum_name.as_deref(), json, &cfg)
            }
            (None, None) => unreachable!("clap requires DOC or --baseline"),
        },
        Command::Export { src, format, cfg } => match export(&src, format, &cfg) {
            Ok(text) => emit(&text, ExitCode::SUCCESS),
            Err(error) => bad_input(&error),
        },
    }
}

/// `check SRC DOC`.
fn check_document(
    src: &Path,
    doc: &Path,
    only: Option<&str>,
    json: bool,
    cfg: &CfgSet,
) -> ExitCode {
    match check(src, doc, only, cfg) {
        Ok((found, warnings)) => {
            warn(&warnings);
            let (source, document) = (src.display().to_string(), doc.display().to_string());
            let text = if json {
                format!("{}\n", report::json(&found, &source, &document))
            } else {
                report::text(&found, &source, &document)
            };
            emit(&text, ExitCode::from(if found.agrees() { 0 } else { 1 }))
        }
        Err(error) => bad_input(&error),
    }
}

/// `check SRC --baseline FILE`.
fn check_baseline_of(src: &Path, baseline: &Path, strict: bool, cfg: &[CfgFlag]) -> ExitCode {
    match check_baseline(src, baseline, cfg) {
        Ok(found) => {
            let text = found.text(
                &src.display().to_string(),
                &baseline.display().to_string(),
                strict,
            );
            emit(
                &text,
                ExitCode::from(if found.passes(strict) { 0 } else { 1 }),
            )
        }
        Err(error) => bad_input(&error),
    }
}

/// Prints `text` and returns `status`; a closed pipe (`| head`) is no
/// failure, other write errors are.
fn emit(text: &str, status: ExitCode) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => status,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => status,
        Err(error) => bad_input(&format!("cannot write the output ({error})")),
    }
}

/// Prints each problem on a line of its own; exit status 2.
fn bad_input(error: &dyn std::fmt::Display) -> ExitCode {
    for line in error.to_string().lines() {
        eprintln!("error-table: {line}");
    }
    ExitCode::from(2)
}

/// Prints the warnings about a page, one a line.
fn warn(warnings: &[InputError]) {
    for warning in warnings {
        eprintln!("error-table: warning: {warning}");
    }
}
