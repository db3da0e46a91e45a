//! The macro never panics: `expand` is driven over valid tables mutated
//! mechanically (every token dropped, duplicated or swapped for other
//! literals, every prefix cut off), and every mutant must give tokens back.

use std::panic::{self, AssertUnwindSafe};

use proc_macro2::{Delimiter, Group, Literal, Punct, Spacing, TokenStream, TokenTree};

use crate::expand::expand;

/// Valid inputs, `(attribute arguments, item)`, covering every option.
const CORPUS: &[(&str, &str)] = &[
    (
        r#"http = split(4), crate = "::et", serde, status_code, union = Api"#,
        r#"
        pub mod api {
            #[error_table::error_table(http = 503)]
            pub enum Sdk {
                #[cfg(feature = "beta")]
                #[deprecated = "retired"]
                /// beta
                Beta = 5031001,
                #[cfg(not(feature = "beta"))]
                /// stable
                #[cfg_attr(test, msg("测试"), allow(unused))]
                Stable = 5031001,
                #[doc = concat!("拼", "接")]
                r#type = 5031002,
                /// err
                Err = 5031003,
            }
        }"#,
    ),
    (
        r#"http = split(4), display = "({code}){msg}", name = "xlink""#,
        r#"
        /// Xlink errors.
        #[derive(Debug)]
        pub enum XlinkError {
            /// 请求数据字段验证不通过
            FieldValidationFailed = 4001001,
            #[msg("无效的Access-Token")]
            #[help("log in again")]
            InvalidAccessToken = 4031003,
        }"#,
    ),
    (
        r#"http = 200, lang = "zh""#,
        r#"
        #[repr(i32)]
        pub(crate) enum UCloud {
            #[msg(zh = "成功", en = "Success")]
            Ok = 0,
            #[msg(zh = "失败", en = "Failed")]
            #[http(503)]
            Failed = -1,
            /// {braces} stay as they are
            Braces = 0x10,
        }"#,
    ),
    (
        r#"http = split(4), union = Xlink, name = "xlink""#,
        r#"
        pub mod xlink {
            #![allow(dead_code)]
            use core::fmt;
            pub enum BadRequest {
                /// 请求数据字段验证不通过
                FieldValidationFailed = 4001001,
            }
            #[error_table(http = 503)]
            pub(crate) enum Unavailable {
                /// 服务器异常
                #[http(500)]
                ServerError = 5031001u32,
            }
            pub fn helper() -> [u8; 2] { [1, 2] }
            const X: u32 = 1;
        }"#,
    ),
    (
        r#"display = "[{code}] {msg}", union = Api3, lang = "zh""#,
        r#"
        pub mod api3 {
            pub enum Auth {
                /// 签名过期
                #[http(401)]
                SignatureExpire = "AuthFailure.SignatureExpire",
                #[msg(zh = "签名错误", en = "bad signature")]
                #[help("sign again")]
                SignatureFailure = "AuthFailure.SignatureFailure",
            }
            #[error_table(http = 200)]
            pub enum Limit {
                /// 超过频率限制
                RequestLimitExceeded = "RequestLimitExceeded",
                /// 空格
                Spaced = "In Use:",
            }
        }"#,
    ),
    (
        r#"http = split(4), axum, tonic, grpc = Aborted, union = Gateway"#,
        r#"
        pub mod gateway {
            #[error_table(body = "{\"error\":{\"code\":\"{code}\",\"msg\":\"{msg}\",\"n\":[{status},{sub},{name},true,-1.5e3]}}")]
            pub enum Upstream {
                /// 上游超时 "quoted" </script>
                #[retryable(false)]
                Timeout = 5041001,
                /// 锁冲突
                #[retryable]
                #[help("retry in a second")]
                LockConflict = 5001002,
            }
            #[error_table(body = problem)]
            pub enum Throttled {
                /// 请求过于频繁
                #[grpc(Unavailable)]
                TooManyRequests = 4291001,
            }
        }"#,
    ),
];

#[derive(Clone)]
enum Mutation {
    Drop,
    Duplicate,
    Replace(TokenTree),
}

/// Applies `mutation` to the `target`-th token of a depth-first walk
/// (a group counts as one token, before its contents).
fn mutate(
    tokens: TokenStream,
    target: usize,
    mutation: &Mutation,
    seen: &mut usize,
) -> TokenStream {
    let mut out = Vec::new();
    for token in tokens {
        let index = *seen;
        *seen += 1;
        let token = match token {
            TokenTree::Group(group) => {
                let inner = mutate(group.stream(), target, mutation, seen);
                let mut rebuilt = Group::new(group.delimiter(), inner);
                rebuilt.set_span(group.span());
                TokenTree::Group(rebuilt)
            }
            other => other,
        };
        if index != target {
            out.push(token);
            continue;
        }
        match mutation {
            Mutation::Drop => {}
            Mutation::Duplicate => out.extend([token.clone(), token]),
            Mutation::Replace(with) => out.push(with.clone()),
        }
    }
    out.into_iter().collect()
}

/// The first `keep` tokens of a depth-first walk; open groups are closed.
fn truncate(tokens: TokenStream, keep: usize, seen: &mut usize) -> TokenStream {
    let mut out = Vec::new();
    for token in tokens {
        if *seen >= keep {
            break;
        }
        *seen += 1;
        out.push(match token {
            TokenTree::Group(group) => TokenTree::Group(Group::new(
                group.delimiter(),
                truncate(group.stream(), keep, seen),
            )),
            other => other,
        });
    }
    out.into_iter().collect()
}

fn count(tokens: &TokenStream) -> usize {
    tokens
        .clone()
        .into_iter()
        .map(|token| match token {
            TokenTree::Group(group) => 1 + count(&group.stream()),
            _ => 1,
        })
        .sum()
}

/// The `target`-th token of a depth-first walk.
fn nth(tokens: &TokenStream, target: usize) -> Option<TokenTree> {
    let mut found = None;
    walk(
        tokens,
        &mut |index, token| {
            if index == target {
                found = Some(token.clone());
            }
        },
        &mut 0,
    );
    found
}

fn walk(tokens: &TokenStream, visit: &mut dyn FnMut(usize, &TokenTree), seen: &mut usize) {
    for token in tokens.clone() {
        visit(*seen, &token);
        *seen += 1;
        if let TokenTree::Group(group) = &token {
            walk(&group.stream(), visit, seen);
        }
    }
}

/// What to put in the place of `token`: for a literal, literals of every
/// kind and tokens that are not literals; for an identifier, keywords and
/// the names the macro reserves; for punctuation, other punctuation.
fn replacements(token: &TokenTree) -> Vec<TokenTree> {
    let ident = |name: &str| {
        TokenTree::from(proc_macro2::Ident::new(
            name,
            proc_macro2::Span::call_site(),
        ))
    };
    match token {
        TokenTree::Literal(_) => literals(),
        TokenTree::Ident(_) => [
            "enum",
            "mod",
            "pub",
            "ALL",
            "split",
            "error_table",
            "msg",
            "repr",
        ]
        .map(ident)
        .to_vec(),
        TokenTree::Punct(_) => ['#', '=', ',', '-', '!']
            .map(|c| Punct::new(c, Spacing::Alone).into())
            .to_vec(),
        TokenTree::Group(_) => vec![Literal::string("group").into()],
    }
}

fn literals() -> Vec<TokenTree> {
    vec![
        Literal::string("text").into(),
        Literal::string("").into(),
        Literal::f64_unsuffixed(1.5).into(),
        Literal::character('c').into(),
        Literal::byte_string(b"x").into(),
        Literal::u128_unsuffixed(u128::MAX).into(),
        Literal::i64_suffixed(-1).into(),
        Literal::u8_suffixed(7).into(),
        "99999999999999999999999999999999999999999999"
            .parse::<Literal>()
            .unwrap()
            .into(),
        "0x1F".parse::<Literal>().unwrap().into(),
        "r#\"raw{code}\"#".parse::<Literal>().unwrap().into(),
        proc_macro2::Ident::new("true", proc_macro2::Span::call_site()).into(),
        Punct::new('-', Spacing::Alone).into(),
        Group::new(Delimiter::Brace, TokenStream::new()).into(),
    ]
}

/// One way to mangle a stream: a mutation of its `target`-th token, or
/// its first `keep` tokens alone.
enum Plan {
    Mutate(usize, Mutation),
    Truncate(usize),
}

impl Plan {
    fn apply(&self, stream: &TokenStream) -> TokenStream {
        match self {
            Plan::Mutate(target, mutation) => mutate(stream.clone(), *target, mutation, &mut 0),
            Plan::Truncate(keep) => truncate(stream.clone(), *keep, &mut 0),
        }
    }
}

/// Every way to mangle one stream, built only when a mutant is run.
fn mutants(stream: &TokenStream) -> Vec<Plan> {
    let n = count(stream);
    let mut out = Vec::new();
    for target in 0..n {
        for mutation in [Mutation::Drop, Mutation::Duplicate] {
            out.push(Plan::Mutate(target, mutation));
        }
        for with in nth(stream, target)
            .as_ref()
            .map(replacements)
            .unwrap_or_default()
        {
            out.push(Plan::Mutate(target, Mutation::Replace(with)));
        }
    }
    out.extend((0..n).map(Plan::Truncate));
    out
}

fn expands_without_panic(attr: &TokenStream, item: &TokenStream) -> bool {
    let result = panic::catch_unwind(AssertUnwindSafe(|| expand(attr.clone(), item.clone())));
    matches!(result, Ok(tokens) if !tokens.is_empty())
}

#[test]
fn corpus_expands_without_errors() {
    for (attr, item) in CORPUS {
        let output = expand(attr.parse().unwrap(), item.parse().unwrap()).to_string();
        assert!(!output.contains("compile_error"), "{item}\n=> {output}");
    }
}

/// The `#[error_table]` items of the repository's examples and tests: the
/// seed tables and every compile-fail case.
fn repository_corpus() -> Vec<(TokenStream, TokenStream)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["examples", "tests", "tests/ui"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        files.extend(
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "rs")),
        );
    }
    files.sort();
    let sources = files
        .iter()
        .filter_map(|path| std::fs::read_to_string(path).ok());
    sources
        .filter_map(|source| source.parse::<TokenStream>().ok())
        .flat_map(|tokens| annotated_items(&tokens))
        .filter(|(_, item)| codes_in(item) <= MAX_CODES)
        .collect()
}

/// Tables of more codes are left out: their mutants are a small table's
/// mistakes at a cost that grows with the square of the size. UCloud's 95
/// codes (a seed) and the 80-code `u64` table of `test_perfect_hash.rs`
/// stay, so the perfect-hash lookup is mutated too.
const MAX_CODES: usize = 95;

/// The number of `=` at the top level of an item's braces (its codes, for
/// an enum), summed over nested braces (the enums of a module).
fn codes_in(item: &TokenStream) -> usize {
    item.clone()
        .into_iter()
        .map(|token| match token {
            TokenTree::Group(group) if group.delimiter() == Delimiter::Brace => group
                .stream()
                .into_iter()
                .map(|inner| match inner {
                    TokenTree::Punct(p) if p.as_char() == '=' => 1,
                    TokenTree::Group(g) if g.delimiter() == Delimiter::Brace => {
                        codes_in(&TokenStream::from(TokenTree::Group(g)))
                    }
                    _ => 0,
                })
                .sum(),
            _ => 0,
        })
        .sum()
}

/// Splits `#[error_table(args)] item` pairs out of a file's top level.
fn annotated_items(tokens: &TokenStream) -> Vec<(TokenStream, TokenStream)> {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut found = Vec::new();
    for (i, window) in tokens.windows(2).enumerate() {
        let [TokenTree::Punct(pound), TokenTree::Group(attr)] = window else {
            continue;
        };
        let mut inside = attr.stream().into_iter();
        let is_ours = pound.as_char() == '#'
            && matches!(inside.next(), Some(TokenTree::Ident(name)) if name == "error_table");
        if !is_ours {
            continue;
        }
        let args = match inside.next() {
            Some(TokenTree::Group(args)) => args.stream(),
            _ => TokenStream::new(),
        };
        let rest = &tokens[i + 2..];
        let end = rest
            .iter()
            .position(|t| matches!(t, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace));
        if let Some(end) = end {
            found.push((args, rest[..=end].iter().cloned().collect()));
        }
    }
    found
}

#[test]
fn mutated_tables_never_panic() {
    // Token streams are not `Send`: each thread reads the corpus itself and
    // runs the mutants whose number is its own modulo the thread count.
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let (tried, failures, describe) = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|thread| scope.spawn(move || run_mutants(thread, threads)))
            .collect();
        let mut tried = 0;
        let mut failures = Vec::new();
        let mut describe = String::new();
        for handle in handles {
            let (t, f, d) = handle.join().expect("a mutation thread");
            tried += t;
            failures.extend(f);
            describe = d;
        }
        (tried, failures, describe)
    });
    println!(
        "{tried} mutated inputs expanded ({describe}, {threads} threads), {} panicked",
        failures.len()
    );
    assert!(
        tried > 3000,
        "the corpus should give thousands of mutants, got {tried}"
    );
    assert!(
        failures.is_empty(),
        "{} of {tried} mutants panicked, first: {}",
        failures.len(),
        failures[0]
    );
}

/// Runs this thread's share of the sampled mutants: how many, the inputs
/// that panicked, and what the sample was.
fn run_mutants(thread: usize, threads: usize) -> (usize, Vec<String>, String) {
    let mut sample = Sample::from_env();
    let mut kept = 0;
    let mut tried = 0;
    let mut failures = Vec::new();
    let corpus = CORPUS
        .iter()
        .map(|(attr, item)| (attr.parse().unwrap(), item.parse().unwrap()));
    for (attr, item) in corpus.chain(repository_corpus()) {
        let attr_mutants = mutants(&attr).into_iter().map(|plan| (plan, true));
        let item_mutants = mutants(&item).into_iter().map(|plan| (plan, false));
        for (plan, in_attr) in attr_mutants.chain(item_mutants) {
            if !sample.keep() {
                continue;
            }
            kept += 1;
            if kept % threads != thread {
                continue;
            }
            let (attr, item) = if in_attr {
                (plan.apply(&attr), item.clone())
            } else {
                (attr.clone(), plan.apply(&item))
            };
            tried += 1;
            if !expands_without_panic(&attr, &item) {
                failures.push(format!("#[error_table({attr})] {item}"));
            }
        }
    }
    (tried, failures, sample.describe())
}

/// Which mutants run. Every one of them (about 75,000) takes minutes in a
/// debug build, so by default a fixed one in [`Sample::EVERY`] runs, chosen
/// by a seeded generator, the same ones on every run: the contributor loop
/// stays fast and a failure reproduces. `ERROR_TABLE_MUTANTS=all` runs them
/// all (CI does, in a release build).
struct Sample {
    all: bool,
    state: u64,
}

impl Sample {
    const EVERY: u64 = 16;
    const SEED: u64 = 0x5EED_E770_7AB1_E000;

    fn from_env() -> Sample {
        Sample {
            all: std::env::var("ERROR_TABLE_MUTANTS").is_ok_and(|v| v == "all"),
            state: Self::SEED,
        }
    }

    /// Whether the next mutant runs (splitmix64, one draw per mutant).
    fn keep(&mut self) -> bool {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        self.all || (z ^ (z >> 31)) % Self::EVERY == 0
    }

    fn describe(&self) -> String {
        if self.all {
            "all mutants".to_owned()
        } else {
            format!(
                "one in {} by a fixed seed; ERROR_TABLE_MUTANTS=all runs all",
                Self::EVERY
            )
        }
    }
}
