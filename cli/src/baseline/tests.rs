use super::*;
use crate::catalog::parse_catalog;
use crate::export::json::CatalogJson;

fn catalog(text: &str) -> Catalog {
    parse_catalog(text, &CfgSet::default()).unwrap()
}

/// The kinds of change from `old` to `new`, in order.
fn kinds(old: &str, new: &str) -> Vec<Kind> {
    let baseline = CatalogJson::of(&catalog(old), &[]);
    let text = baseline.to_text();
    let read = CatalogJson::parse(&text).unwrap();
    assert_eq!(read, baseline, "the export reads back as it was written");
    let found = compare(&read, &catalog(new));
    found.findings.iter().map(|f| f.kind).collect()
}

const OLD: &str = r#"
    #[error_table(http = split(4))]
    pub enum Api {
        /// bad token
        BadToken = 4031003,
        /// busy
        Busy = 5031001,
    }
"#;

#[test]
fn the_same_catalog_passes_with_nothing_to_say() {
    assert_eq!(kinds(OLD, OLD), []);
}

#[test]
fn each_rule_finds_its_change() {
    let cases = [
        (
            "/// bad token\n        BadToken = 4031003,",
            "",
            vec![Kind::Removed],
        ),
        (
            "BadToken = 4031003,",
            "BadToken = 4031004,",
            vec![Kind::Renumbered, Kind::Added],
        ),
        (
            "BadToken = 4031003,",
            "Expired = 4031003,",
            vec![Kind::Reused],
        ),
        ("/// bad token", "/// expired token", vec![Kind::Message]),
        (
            "Busy = 5031001,",
            "#[retryable(false)] Busy = 5031001,",
            vec![Kind::Retryable],
        ),
        (
            "/// busy",
            "/// busy2\n Busy2 = 5031002,\n /// busy",
            vec![Kind::Added],
        ),
    ];
    for (from, to, expected) in cases {
        let new = OLD.replace(from, to);
        assert_ne!(new, OLD);
        assert_eq!(kinds(OLD, &new), expected, "{from} -> {to}");
    }
    let status = OLD.replace("split(4)", "200");
    assert_eq!(
        kinds(OLD, &status),
        [Kind::Status, Kind::Status, Kind::Retryable]
    );
    let renamed = OLD.replace("enum Api", "enum Api2");
    assert_eq!(kinds(OLD, &renamed), [Kind::FamilyRemoved, Kind::Added]);
}

#[test]
fn only_text_changes_pass_and_strict_fails_them() {
    let found = compare(
        &CatalogJson::of(&catalog(OLD), &[]),
        &catalog(&OLD.replace("/// busy", "/// busy, retry")),
    );
    assert!(found.passes(false));
    assert!(!found.passes(true));
    let text = found.text("src.rs", "old.json", false);
    assert!(
        text.contains("warning: text Api: 5031001 Busy: message"),
        "{text}"
    );
}
