//! `error-table export`: the JSON schema changes only on purpose, the
//! Markdown page of every example imports back into the same catalog, and
//! the TypeScript of every example passes a real TypeScript checker.
//! (The JSON of every example is compared with the compiled families in
//! the root package's `tests/test_export.rs`.)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use error_table_cli::catalog::{Catalog, parse_catalog};
use error_table_cli::cfg::{CfgFlag, CfgSet};
use error_table_cli::columns::script;
use error_table_cli::export::json::{CatalogJson, SCHEMA};
use error_table_cli::export::{Format, render};
use error_table_cli::import::{ImportOptions, import};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Every Rust file with families: the examples (but the server, which
/// includes `xlink.rs`) and the SDK-shaped crate.
fn sources() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .expect("examples/")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        // The servers declare no family: they serve `xlink.rs`'s.
        .filter(|path| !path.ends_with("xlink_server.rs") && !path.ends_with("xlink_grpc.rs"))
        .collect();
    out.sort();
    out.push(root().join("tests/sdk-crate/src/lib.rs"));
    out
}

fn catalog_of(path: &Path) -> Catalog {
    parse_catalog(&read(path), &CfgSet::default())
        .unwrap_or_else(|(line, error)| panic!("{}:{line}: {error}", path.display()))
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the test directory is writable");
    dir
}

const SAMPLE: &str = "cli/tests/export/sample.rs";
const SAMPLE_JSON: &str = "cli/tests/export/sample.json";

#[test]
fn the_json_schema_changes_only_on_purpose() {
    let flags: Vec<CfgFlag> = vec!["feature=\"beta\"".parse().unwrap()];
    let cfg: CfgSet = flags.iter().cloned().collect();
    let catalog = parse_catalog(&read(&root().join(SAMPLE)), &cfg).unwrap();
    let actual = render(&catalog, Format::Json, &flags);
    let path = root().join(SAMPLE_JSON);
    if std::env::var_os("ERROR_TABLE_BLESS").is_some() {
        std::fs::write(&path, &actual).unwrap();
    }
    assert!(
        actual == read(&path),
        "the JSON export of {SAMPLE} is not {SAMPLE_JSON}: the schema changed. If that is \
         deliberate, bump SCHEMA (now {SCHEMA}) in cli/src/export/json.rs, update README's \
         \"The JSON catalog\", and rewrite the sample with ERROR_TABLE_BLESS=1 cargo test \
         -p error-table-cli --test export. The export now:\n{actual}"
    );
    let back = CatalogJson::parse(&actual).unwrap();
    assert_eq!(back.to_text(), actual, "the catalog reads back as written");
}

/// Every key of the JSON is a `` `key` `` of README's "The JSON catalog".
#[test]
fn readme_documents_every_field_of_the_json() {
    fn keys(value: &serde_json::Value, out: &mut BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, value) in map {
                    // Language keys and `http`'s variants are values, not fields.
                    if !matches!(key.as_str(), "en" | "zh") {
                        out.insert(key.clone());
                    }
                    keys(value, out);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| keys(item, out)),
            _ => {}
        }
    }
    let sample: serde_json::Value = serde_json::from_str(&read(&root().join(SAMPLE_JSON))).unwrap();
    let mut found = BTreeSet::new();
    keys(&sample, &mut found);
    let readme = read(&root().join("README.md"));
    let section = readme
        .split("### The JSON catalog")
        .nth(1)
        .and_then(|rest| rest.split("\n## ").next())
        .expect("README has a section \"The JSON catalog\"");
    let missing: Vec<&String> = found
        .iter()
        .filter(|key| !section.contains(&format!("`{key}`")))
        .collect();
    assert!(found.len() > 20, "{found:?}");
    assert!(missing.is_empty(), "README does not document {missing:?}");
}

/// A row as the round trip compares it.
type Line = (String, String, Vec<(String, String)>, Option<String>, u16);

fn lines(catalog: &Catalog) -> Vec<Vec<Line>> {
    catalog
        .families
        .iter()
        .map(|family| {
            family
                .rows
                .iter()
                .map(|row| {
                    let mut translations = row.translations.clone();
                    translations.sort();
                    (
                        row.code.to_string(),
                        row.message.clone(),
                        translations,
                        row.help.clone(),
                        row.status,
                    )
                })
                .collect()
        })
        .collect()
}

#[test]
fn markdown_imports_back_into_the_same_catalog() {
    let dir = temp_dir("markdown-round-trip");
    for source in sources() {
        let catalog = catalog_of(&source);
        assert!(!catalog.families.is_empty(), "{}", source.display());
        let page = dir.join(source.file_stem().unwrap()).with_extension("md");
        std::fs::write(&page, render(&catalog, Format::Markdown, &[])).unwrap();
        let imported = import(&page, &ImportOptions::default())
            .unwrap_or_else(|error| panic!("{}: {error}", source.display()));
        // The exported page is as clean as a page can be: nothing to warn of.
        assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
        let rust = imported.source;
        let back = parse_catalog(&rust, &CfgSet::default())
            .unwrap_or_else(|(line, error)| panic!("{}:{line}: {error}\n{rust}", page.display()));
        // Enum and variant names are `import`'s own (`E4000`): `check`
        // goes by codes, and so does this.
        assert_eq!(
            lines(&back),
            as_a_page_reads(&catalog),
            "{}",
            source.display()
        );
    }
}

/// The catalog as a page shows it to `import`: a column in another script
/// than the messages is a second language whatever its header (DESIGN,
/// `import`), so a family with no second language whose help is in another
/// script (quickstart's English help beside Chinese messages) comes back
/// with that help as a translation keyed by its script.
fn as_a_page_reads(catalog: &Catalog) -> Vec<Vec<Line>> {
    let mut lines = lines(catalog);
    for (family, rows) in catalog.families.iter().zip(&mut lines) {
        let texts = |text: fn(&Line) -> Option<&str>| -> String {
            rows.iter().filter_map(text).collect::<Vec<_>>().join(" ")
        };
        let messages = texts(|line| Some(&line.1));
        let helps = texts(|line| line.3.as_deref());
        let other = script(&helps);
        if family.rows.iter().all(|row| row.translations.is_empty())
            && !helps.is_empty()
            && other != script(&messages)
        {
            for line in rows.iter_mut() {
                if let Some(help) = line.3.take() {
                    line.2.push((other.to_owned(), help));
                }
            }
        }
    }
    lines
}

/// `tsc`: `ERROR_TABLE_TSC`, else the one `.ci/run` installs under the
/// target directory, else one on the `PATH`.
fn tsc() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("ERROR_TABLE_TSC") {
        return Some(PathBuf::from(path));
    }
    let local = Path::new(env!("CARGO_TARGET_TMPDIR")).join("../tsc/node_modules/.bin/tsc");
    if local.exists() {
        return Some(local);
    }
    let on_path = Command::new("tsc").arg("--version").output();
    on_path
        .is_ok_and(|output| output.status.success())
        .then(|| PathBuf::from("tsc"))
}

/// For each family, code that uses what the export declares: a code of the
/// type, the table's entry for it, the guard narrowing an unknown value.
fn probe(module: &str, catalog: &Catalog) -> String {
    let mut out = String::new();
    for (index, family) in catalog.families.iter().enumerate() {
        let Some(first) = family.rows.first() else {
            continue;
        };
        let export = render(catalog, Format::TypeScript, &[]);
        let name = export
            .lines()
            .filter_map(|line| line.strip_prefix("export const "))
            .nth(index)
            .and_then(|rest| rest.split(' ').next())
            .expect("one const per family");
        let code = match &first.code {
            error_table_cli::code::Code::Int(value) => value.to_string(),
            code => format!("{:?}", code.to_string()),
        };
        out.push_str(&format!(
            "{{\n  const code: {module}.{name}Code = {code};\n  \
             const status: number = {module}.{name}[code].status;\n  \
             const name: string = {module}.{name}[code].name;\n  \
             const value: unknown = JSON.parse(\"0\");\n  \
             if ({module}.is{name}Code(value)) {{ const message: string = {module}.{name}[value].message; console.log(message); }}\n  \
             console.log(status, name);\n}}\n"
        ));
    }
    out
}

#[test]
fn typescript_passes_the_typescript_checker() {
    let Some(tsc) = tsc() else {
        let required = std::env::var_os("CI").is_some();
        assert!(
            !required,
            "no TypeScript checker under CI: .ci/run installs one (npm install --prefix target/tsc typescript@5)"
        );
        eprintln!(
            "skipped: no TypeScript checker; install one with \
             `npm install --prefix target/tsc typescript@5` or set ERROR_TABLE_TSC"
        );
        return;
    };
    let dir = temp_dir("typescript");
    let mut probes = String::from("// Uses every family's exports.\n");
    let mut files = Vec::new();
    for source in sources() {
        let catalog = catalog_of(&source);
        let stem = source
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .replace('-', "_");
        let module = format!("m{}_{stem}", files.len());
        let file = dir.join(format!("{module}.ts"));
        std::fs::write(&file, render(&catalog, Format::TypeScript, &[])).unwrap();
        probes.push_str(&format!("import * as {module} from \"./{module}\";\n"));
        probes.push_str(&probe(&module, &catalog));
        files.push(file);
    }
    let probe_file = dir.join("probe.ts");
    std::fs::write(&probe_file, probes).unwrap();
    files.push(probe_file);
    let output = Command::new(&tsc)
        .args([
            "--noEmit", "--strict", "--target", "es2020", "--module", "es2020",
        ])
        // Our files are checked in full; the standard library's .d.ts need not be.
        .args(["--moduleResolution", "node", "--skipLibCheck"])
        .args(&files)
        .output()
        .unwrap_or_else(|error| panic!("{}: {error}", tsc.display()));
    assert!(
        output.status.success(),
        "tsc rejects the export ({}):\n{}{}",
        dir.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
