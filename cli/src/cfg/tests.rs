use super::*;

fn set(flags: &[&str]) -> CfgSet {
    flags
        .iter()
        .map(|flag| flag.parse::<CfgFlag>().unwrap())
        .collect()
}

fn holds(cfg: &CfgSet, predicate: &str) -> bool {
    cfg.holds(&syn::parse_str(predicate).unwrap()).unwrap()
}

#[test]
fn predicates_are_evaluated_as_rustc_does() {
    let cfg = set(&["test", "feature=\"beta\""]);
    assert!(holds(&cfg, "test"));
    assert!(holds(&cfg, "feature = \"beta\""));
    assert!(!holds(&cfg, "feature = \"a\""));
    assert!(!holds(&cfg, "feature"));
    assert!(holds(&cfg, "all()"));
    assert!(!holds(&cfg, "any()"));
    assert!(holds(&cfg, "all(test, not(feature = \"a\"))"));
    assert!(!holds(&cfg, "any(unix, not(test))"));
    assert!(!holds(&CfgSet::default(), "test"));
}

#[test]
fn malformed_predicates_and_flags_are_errors() {
    let cfg = CfgSet::default();
    for predicate in ["not(a, b)", "xor(a)", "a::b", "feature = 1"] {
        let meta: Meta = syn::parse_str(predicate).unwrap();
        assert!(cfg.holds(&meta).is_err(), "{predicate}");
    }
    for flag in ["all(a)", "a::b", "feature=1", ""] {
        assert!(flag.parse::<CfgFlag>().is_err(), "{flag}");
    }
}

#[test]
fn cfg_attr_unfolds_nested_and_carries_cfg() {
    let mut file: syn::File = syn::parse_str(
        r#"
        #[cfg_attr(a, cfg_attr(b, msg("both")), doc = "a")]
        #[cfg_attr(a, cfg(b))]
        enum E {
            #[cfg_attr(not(a), cfg(any()))]
            X = 1,
        }
        "#,
    )
    .unwrap();
    let texts = |file: &syn::File| -> Vec<String> {
        file.items
            .iter()
            .map(|item| item.to_token_stream().to_string())
            .collect()
    };
    let mut only_a = file.clone();
    set(&["a"]).configure(&mut only_a.items).unwrap();
    assert!(
        texts(&only_a).is_empty(),
        "cfg(b) from cfg_attr(a, ..) is false"
    );
    set(&["a", "b"]).configure(&mut file.items).unwrap();
    let text = texts(&file).join(" ");
    assert!(text.contains("# [msg (\"both\")]"), "{text}");
    assert!(text.contains("# [doc = \"a\"]"), "{text}");
    assert!(text.contains("X = 1"), "{text}");
    assert!(!text.contains("cfg"), "{text}");
}
