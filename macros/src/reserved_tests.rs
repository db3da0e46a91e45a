//! `check::family::RESERVED`, the names a variant cannot take, is the list
//! of the associated items the generated inherent `impl` declares: the
//! reader checks names against it, and `api.rs` writes the items. A new
//! method added to one and not the other is a test failure here, not a
//! clash a user finds (33b2683 fixed one such drift).

use std::collections::BTreeSet;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use crate::check::family::RESERVED;
use crate::expand::expand;

/// The names of the fns and consts of every inherent `impl Name { .. }` in
/// `tokens` (at any depth: a family under `#[cfg]` has its impls in a
/// `const _: () = { .. }`). A trait impl (`impl Path for Name`) and a
/// generic one (`impl<'a> ..`) do not have the name right before the brace.
fn inherent_items(tokens: TokenStream, names: &mut BTreeSet<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        let TokenTree::Group(group) = token else {
            continue;
        };
        let inherent = matches!(
            (i.checked_sub(2).map(|at| &tokens[at]), &tokens[i - 1..i]),
            (Some(TokenTree::Ident(kw)), [TokenTree::Ident(_)]) if kw == "impl"
        );
        if inherent && group.delimiter() == Delimiter::Brace {
            item_names(group.stream(), names);
        } else {
            inherent_items(group.stream(), names);
        }
    }
}

/// The name after each `fn` and `const` at the top level of an impl's body
/// (`const fn code` names `code`, not `fn`).
fn item_names(body: TokenStream, names: &mut BTreeSet<String>) {
    let tokens: Vec<TokenTree> = body.into_iter().collect();
    for pair in tokens.windows(2) {
        if let [TokenTree::Ident(kw), TokenTree::Ident(name)] = pair
            && (kw == "fn" || kw == "const")
            && name != "fn"
        {
            names.insert(name.to_string());
        }
    }
}

/// The inherent items of the family `item` expands to, without the hidden
/// ones (their prefix is reserved as a whole).
fn generated(attr: &str, item: &str) -> BTreeSet<String> {
    let output = expand(attr.parse().unwrap(), item.parse().unwrap());
    assert!(
        !output.to_string().contains("compile_error"),
        "the family should be valid: {output}"
    );
    let mut names = BTreeSet::new();
    inherent_items(output, &mut names);
    names
        .into_iter()
        .filter(|name| !name.starts_with("__error_table") && !name.starts_with("__ERROR_TABLE"))
        .collect()
}

fn reserved() -> BTreeSet<String> {
    RESERVED.iter().map(|name| (*name).to_owned()).collect()
}

/// Enough codes for a perfect hash, whose items are hidden ones.
fn many_codes() -> String {
    let rows: String = (0..64)
        .map(|i| format!("/// m{i}\nE{i} = {},", i * 7919))
        .collect();
    format!("pub enum Many {{ {rows} }}")
}

#[test]
fn integer_families_generate_the_reserved_names_but_category() {
    let mut expected = reserved();
    expected.remove("category");
    let small = generated(
        "http = 404",
        "pub enum Small { /// a\nA = 1, /// b\nB = 2 }",
    );
    assert_eq!(small, expected);
    assert_eq!(generated("", &many_codes()), expected);
    let cfg = "#[cfg(all())] pub enum Cfg { /// a\n#[cfg(all())]\nA = 1 }";
    assert_eq!(generated("", cfg), expected);
}

#[test]
fn string_families_generate_every_reserved_name() {
    let item = r#"pub enum Str { /// a
        A = "a.one", /// b
        B = "b.two" }"#;
    assert_eq!(generated("", item), reserved());
}
