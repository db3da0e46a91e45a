//! Writes the benchmark tables to `OUT_DIR`, each declared the error-table
//! way and the way a user would otherwise write it (thiserror + num_enum +
//! strum, a hand-written `match`), from the same rows:
//!
//! - the Xlink seed table (`data/xlink.tsv`: 82 codes in four families),
//! - a generated sparse table of 2,000 codes `status * 10^4 + sub` over eleven
//!   HTTP statuses, as one family and as one family per status in a union;
//! - the Azure Storage error codes (`data/azure_storage.txt`: 149 string
//!   codes), as a string family, and with strum, a `match` on `&str` and `phf`.
//!
//! The generator is deterministic (a fixed-seed xorshift), so every build and
//! every machine benchmarks the same tables; `compile-time/run.py` generates
//! its tables with the same algorithm.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

/// One code of a table.
struct Row {
    code: u32,
    family: String,
    name: String,
    message: String,
}

fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=data/xlink.tsv");
    println!("cargo::rerun-if-changed=data/azure_storage.txt");
    let out = env::var("OUT_DIR").expect("OUT_DIR is set by cargo");
    let out = Path::new(&out);

    let xlink = xlink_rows();
    let sparse = sparse_rows(2_000);

    write(
        out,
        "xlink_et.rs",
        &et_module("xlink", "XlinkError", &xlink),
    );
    write(out, "xlink_stack.rs", &stack_module("xlink_stack", &xlink));
    // The same module answering axum responses in the vendor's body shape.
    let xlink_axum = et_module("xlink", "XlinkError", &xlink).replacen(
        "name = \"xlink\")]",
        r##"name = "xlink", axum, body = r#"{"error":{"code":"{code}","msg":"{msg}"}}"#)]"##,
        1,
    );
    write(out, "xlink_axum.rs", &xlink_axum);
    // And gRPC statuses (`benches/grpc.rs`).
    let xlink_tonic = et_module("xlink", "XlinkError", &xlink).replacen(
        "name = \"xlink\")]",
        "name = \"xlink\", tonic)]",
        1,
    );
    write(out, "xlink_tonic.rs", &xlink_tonic);
    write(out, "sparse_et.rs", &et_family("Sparse", &sparse));
    write(
        out,
        "sparse_union_et.rs",
        &et_module("sparse_union", "SparseUnion", &sparse),
    );
    let all: Vec<&Row> = sparse.iter().collect();
    write(out, "sparse_stack.rs", &stack_family("Sparse", &all));
    write(out, "sparse_proto.rs", &proto("Sparse", &all));
    write(
        out,
        "sparse_union_stack.rs",
        &stack_module("sparse_union_stack", &sparse),
    );
    write(
        out,
        "xlink_union_proto.rs",
        &union_proto("xlink", "XlinkError", &xlink, false),
    );
    write(
        out,
        "sparse_union_proto.rs",
        &union_proto("sparse_union", "SparseUnion", &sparse, true),
    );
    let azure = azure_codes();
    write(out, "azure_et.rs", &azure_et(&azure));
    write(out, "azure_stack.rs", &azure_stack(&azure));
}

/// The codes of `data/azure_storage.txt`, a real table of string codes.
fn azure_codes() -> Vec<String> {
    let text = fs::read_to_string("data/azure_storage.txt").expect("data/azure_storage.txt");
    text.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The Azure codes as a string family: variant and code alike.
fn azure_et(codes: &[String]) -> String {
    let mut s = header();
    s.push_str("/// Azure Storage error codes.\n#[error_table::error_table(name = \"azure-storage\")]\npub enum Azure {\n");
    for code in codes {
        let _ = writeln!(s, "    /// {code}\n    {code} = {code:?},");
    }
    s.push_str("}\n");
    s
}

/// The Azure codes the other ways: strum's `EnumString` (and `IntoStaticStr`
/// for the code), a hand-written `match` on `&str`, and a `phf` map.
fn azure_stack(codes: &[String]) -> String {
    let mut s = header();
    s.push_str("/// Azure Storage error codes, strum's way.\n#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumString, strum::IntoStaticStr, strum::EnumIter)]\npub enum Azure {\n");
    for code in codes {
        let _ = writeln!(s, "    {code},");
    }
    s.push_str("}\n\nimpl Azure {\n    /// A hand-written `match` on the text.\n    #[must_use]\n    pub fn hand_from_code(code: &str) -> Option<Self> {\n        Some(match code {\n");
    for code in codes {
        let _ = writeln!(s, "            {code:?} => Self::{code},");
    }
    s.push_str("            _ => return None,\n        })\n    }\n}\n\n/// The codes in a `phf` map.\npub static AZURE_PHF: phf::Map<&'static str, Azure> = phf::phf_map! {\n");
    for code in codes {
        let _ = writeln!(s, "    {code:?} => Azure::{code},");
    }
    s.push_str("};\n");
    s
}

fn write(dir: &Path, name: &str, text: &str) {
    fs::write(dir.join(name), text).expect("OUT_DIR is writable");
}

fn xlink_rows() -> Vec<Row> {
    let text = fs::read_to_string("data/xlink.tsv").expect("data/xlink.tsv");
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 4, "bad row in data/xlink.tsv: {line}");
            Row {
                code: cols[0].parse().expect("a decimal code"),
                family: cols[1].to_owned(),
                name: cols[2].to_owned(),
                message: cols[3].to_owned(),
            }
        })
        .collect()
}

/// The statuses of the generated tables, and the family of each.
const STATUSES: [(u32, &str); 11] = [
    (400, "BadRequest"),
    (401, "Unauthorized"),
    (403, "Forbidden"),
    (404, "NotFound"),
    (409, "Conflict"),
    (422, "Unprocessable"),
    (429, "TooManyRequests"),
    (500, "Internal"),
    (502, "BadGateway"),
    (503, "Unavailable"),
    (504, "GatewayTimeout"),
];

const NOUNS: [(&str, &str); 16] = [
    ("Device", "设备"),
    ("Product", "产品"),
    ("Firmware", "固件"),
    ("User", "用户"),
    ("Member", "成员"),
    ("Token", "令牌"),
    ("Datapoint", "数据端点"),
    ("Rule", "规则"),
    ("Template", "模板"),
    ("Account", "帐号"),
    ("Group", "分组"),
    ("Task", "任务"),
    ("Certificate", "证书"),
    ("Topic", "主题"),
    ("Bucket", "存储桶"),
    ("Domain", "域名"),
];

const STATES: [(&str, &str); 12] = [
    ("NotFound", "不存在"),
    ("AlreadyExists", "已存在"),
    ("Invalid", "不合法"),
    ("Expired", "已过期"),
    ("Disabled", "已禁用"),
    ("LimitExceeded", "超过上限"),
    ("Locked", "已锁定"),
    ("NotVerified", "尚未认证"),
    ("Busy", "正忙"),
    ("Unsupported", "不支持"),
    ("Forbidden", "禁止访问"),
    ("Corrupted", "已损坏"),
];

/// xorshift64*, fixed seed: the same table on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        (self.next() >> 11) % n
    }
}

/// `n` distinct codes `status * 10^4 + sub` (sub in 1000..=9999), sorted, with
/// realistic names (`DeviceTokenExpired`) and messages (`设备令牌已过期（4031234）`).
fn sparse_rows(n: usize) -> Vec<Row> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut codes = BTreeSet::new();
    while codes.len() < n {
        let status = STATUSES[rng.below(STATUSES.len() as u64) as usize].0;
        let sub = 1000 + rng.below(9000) as u32;
        codes.insert(status * 10_000 + sub);
    }
    let mut names = BTreeSet::new();
    codes
        .into_iter()
        .map(|code| {
            let (a, b, s) = (
                NOUNS[rng.below(16) as usize],
                NOUNS[rng.below(16) as usize],
                STATES[rng.below(12) as usize],
            );
            let mut name = format!("{}{}{}", a.0, b.0, s.0);
            if !names.insert(name.clone()) {
                name = format!("{name}{code}");
                names.insert(name.clone());
            }
            let status = code / 10_000;
            let family = STATUSES.iter().find(|(st, _)| *st == status).unwrap().1;
            Row {
                code,
                family: family.to_owned(),
                name,
                message: format!("{}{}{}（{code}）", a.1, b.1, s.1),
            }
        })
        .collect()
}

/// The families of `rows`, in order of first appearance.
fn families(rows: &[Row]) -> Vec<(&str, Vec<&Row>)> {
    let mut out: Vec<(&str, Vec<&Row>)> = Vec::new();
    for row in rows {
        match out.iter_mut().find(|(f, _)| *f == row.family) {
            Some((_, rows)) => rows.push(row),
            None => out.push((&row.family, vec![row])),
        }
    }
    out
}

fn header() -> String {
    "// @generated by benches/build.rs: do not edit.\n".to_owned()
}

/// One `#[error_table]` family.
fn et_family(ident: &str, rows: &[Row]) -> String {
    let mut s = header();
    writeln!(
        s,
        "#[error_table::error_table(http = split(4), name = \"sparse\")]"
    )
    .unwrap();
    writeln!(s, "pub enum {ident} {{").unwrap();
    for row in rows {
        writeln!(
            s,
            "    /// {}\n    {} = {},",
            row.message, row.name, row.code
        )
        .unwrap();
    }
    s.push_str("}\n");
    s
}

/// An `#[error_table]` module: one family per status and their union.
fn et_module(module: &str, union: &str, rows: &[Row]) -> String {
    let mut s = header();
    writeln!(
        s,
        "#[error_table::error_table(http = split(4), union = {union}, name = \"{module}\")]"
    )
    .unwrap();
    writeln!(s, "pub mod {module} {{").unwrap();
    for (family, rows) in families(rows) {
        writeln!(s, "    pub enum {family} {{").unwrap();
        for row in rows {
            writeln!(
                s,
                "        /// {}\n        {} = {},",
                row.message, row.name, row.code
            )
            .unwrap();
        }
        s.push_str("    }\n");
    }
    s.push_str("}\n");
    s
}

/// One enum the way it is written without error-table: thiserror for
/// `Display`/`Error`, num_enum for the conversions, strum for `from_repr`,
/// iteration, count and messages; and the hand-written `match`es.
fn stack_family(ident: &str, rows: &[&Row]) -> String {
    let mut s = header();
    s.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error, \
         num_enum::TryFromPrimitive, num_enum::IntoPrimitive, strum::FromRepr, \
         strum::EnumIter, strum::EnumCount, strum::EnumMessage)]\n#[repr(u32)]\n",
    );
    writeln!(s, "pub enum {ident} {{").unwrap();
    for row in rows {
        let m = &row.message;
        writeln!(
            s,
            "    #[error(\"{m}\")]\n    #[strum(message = \"{m}\")]\n    {} = {},",
            row.name, row.code
        )
        .unwrap();
    }
    s.push_str("}\n\n");
    writeln!(s, "impl {ident} {{").unwrap();
    s.push_str("    /// The hand-written lookup: one `match` on literal codes.\n");
    s.push_str("    #[must_use]\n    pub const fn hand_from_code(code: u32) -> Option<Self> {\n        match code {\n");
    for row in rows {
        writeln!(s, "            {} => Some(Self::{}),", row.code, row.name).unwrap();
    }
    s.push_str("            _ => None,\n        }\n    }\n\n");
    s.push_str("    /// The hand-written message: one `match self`.\n");
    s.push_str("    #[must_use]\n    pub const fn hand_message(self) -> &'static str {\n        match self {\n");
    for row in rows {
        writeln!(s, "            Self::{} => \"{}\",", row.name, row.message).unwrap();
    }
    s.push_str("        }\n    }\n}\n");
    s
}

/// A module of stack families (one per status) and the union a user writes
/// by hand: `from_code` trying each family's `TryFrom` in turn, by status,
/// with strum's `from_repr`, or with one hand-written `match`.
fn stack_module(module: &str, rows: &[Row]) -> String {
    let fams = families(rows);
    let mut s = header();
    writeln!(s, "pub mod {module} {{").unwrap();
    for (family, rows) in &fams {
        s.push_str(&stack_family(family, rows).replacen(&header(), "", 1));
    }
    s.push_str("\n/// The union, written by hand.\n");
    s.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]\npub enum Union {\n",
    );
    for (family, _) in &fams {
        writeln!(s, "    #[error(transparent)]\n    {family}({family}),").unwrap();
    }
    s.push_str("}\n\nimpl Union {\n");
    s.push_str("    /// Each family's num_enum `TryFrom`, in turn.\n    #[must_use]\n    pub fn from_code_num_enum(code: u32) -> Option<Self> {\n");
    for (family, _) in &fams {
        writeln!(
            s,
            "        if let Ok(e) = {family}::try_from(code) {{\n            return Some(Self::{family}(e));\n        }}"
        )
        .unwrap();
    }
    s.push_str("        None\n    }\n\n");
    s.push_str("    /// Each family's strum `from_repr`, in turn.\n    #[must_use]\n    pub const fn from_code_strum(code: u32) -> Option<Self> {\n");
    for (family, _) in &fams {
        writeln!(
            s,
            "        if let Some(e) = {family}::from_repr(code) {{\n            return Some(Self::{family}(e));\n        }}"
        )
        .unwrap();
    }
    s.push_str("        None\n    }\n\n");
    s.push_str("    /// The status picks the family, whose num_enum `TryFrom` does the rest.\n    #[must_use]\n    pub fn from_code_by_status(code: u32) -> Option<Self> {\n        match code / 10_000 {\n");
    for (family, rows) in &fams {
        writeln!(
            s,
            "            {} => {family}::try_from(code).ok().map(Self::{family}),",
            rows[0].code / 10_000
        )
        .unwrap();
    }
    s.push_str("            _ => None,\n        }\n    }\n\n");
    s.push_str("    /// One hand-written `match` over every code.\n    #[must_use]\n    pub const fn hand_from_code(code: u32) -> Option<Self> {\n        match code {\n");
    for (family, rows) in &fams {
        for row in rows {
            writeln!(
                s,
                "            {} => Some(Self::{family}({family}::{})),",
                row.code, row.name
            )
            .unwrap();
        }
    }
    s.push_str("            _ => None,\n        }\n    }\n\n");
    s.push_str("    /// The message (each family's strum `EnumMessage`).\n    #[must_use]\n    pub fn message(self) -> Option<&'static str> {\n        use strum::EnumMessage as _;\n        match self {\n");
    for (family, _) in &fams {
        writeln!(s, "            Self::{family}(e) => e.get_message(),").unwrap();
    }
    s.push_str("        }\n    }\n\n");
    s.push_str("    /// The code (num_enum `IntoPrimitive`).\n    #[must_use]\n    pub fn code(self) -> u32 {\n        match self {\n");
    for (family, _) in &fams {
        writeln!(s, "            Self::{family}(e) => e.into(),").unwrap();
    }
    s.push_str("        }\n    }\n}\n}\n");
    s
}

/// Prototypes of other code the macro could generate for a union (added to
/// the error-table union as an inherent `impl`): `from_code` picks the family
/// by its range of codes, then calls the family's own `from_code`
/// (`from_code_by_family`; a `match` or the macro's perfect hash, as the
/// family has), instead of one `match` over every code of every family. With
/// `phf`, also `from_code_by_family_phf`, which calls each family's
/// [`proto`] instead. The families' ranges must not overlap (they do not
/// here; the macro would fall back to the one `match` where they do).
fn union_proto(module: &str, union: &str, rows: &[Row], phf: bool) -> String {
    let fams = families(rows);
    let mut ranges: Vec<(u32, u32, &str)> = fams
        .iter()
        .map(|(family, rows)| {
            let codes = rows.iter().map(|r| r.code);
            let (lo, hi) = (codes.clone().min().unwrap(), codes.max().unwrap());
            (lo, hi, *family)
        })
        .collect();
    ranges.sort_unstable();
    assert!(
        ranges.windows(2).all(|w| w[0].1 < w[1].0),
        "the families of {union} overlap"
    );
    let mut s = header();
    writeln!(s, "impl {module}::{union} {{").unwrap();
    s.push_str(&by_family(
        module,
        "from_code_by_family",
        "from_code",
        &ranges,
    ));
    if phf {
        s.push_str(&by_family(
            module,
            "from_code_by_family_phf",
            "from_code_phf",
            &ranges,
        ));
    }
    s.push_str("}\n");
    if phf {
        for (family, rows) in &fams {
            let family = format!("{module}::{family}");
            s.push_str(&proto(&family, rows).replacen(&header(), "", 1));
        }
    }
    s
}

/// `method`: the family by its range of codes, then its `lookup`.
fn by_family(module: &str, method: &str, lookup: &str, ranges: &[(u32, u32, &str)]) -> String {
    let mut s = String::new();
    writeln!(
        s,
        "    /// Prototype: the family by its range of codes, then its `{lookup}`."
    )
    .unwrap();
    writeln!(
        s,
        "    #[must_use]\n    pub const fn {method}(code: u32) -> Option<Self> {{\n        match code {{"
    )
    .unwrap();
    for (lo, hi, family) in ranges {
        writeln!(
            s,
            "            {lo}..={hi} => match {module}::{family}::{lookup}(code) {{\n                \
             Some(e) => Some(Self::{family}(e)),\n                None => None,\n            }},"
        )
        .unwrap();
    }
    s.push_str("            _ => None,\n        }\n    }\n");
    s
}

/// A prototype of the perfect-hash `from_code` (added to the error-table
/// enum as an inherent `impl`): the hash the macro generates for a large
/// sparse family (the same seed search, constants and pilots), with the
/// slot's error found by a dense `match` in a function of its own
/// (`phf_error`), which LLVM makes a table load. The macro has generated the
/// same since bcf650a (it inlined the `match` before, an indirect jump); the
/// prototype stays as the reference it was measured against
/// (`BENCHMARKS.md`).
fn proto(ident: &str, rows: &[&Row]) -> String {
    let codes: Vec<u32> = rows.iter().map(|r| r.code).collect();
    let phf = build_phf(&codes);
    let (m, b) = (phf.slots.len(), phf.pilots.len());
    let mut s = header();
    writeln!(s, "impl {ident} {{").unwrap();
    writeln!(s, "    const PHF_SEED: u64 = {:#x};", phf.seed).unwrap();
    writeln!(s, "    const PHF_PILOTS: [u16; {b}] = {:?};", phf.pilots).unwrap();
    // A dense `match` (LLVM turns it into a table load), not a `const`
    // array of the enum, whose evaluation costs rustc O(N^2).
    s.push_str("    /// The error in `slot` of the perfect hash, if any.\n");
    s.push_str(
        "    #[inline]\n    const fn phf_error(slot: usize) -> Option<Self> {\n        match slot {\n",
    );
    for (k, slot) in phf.slots.iter().enumerate() {
        if let Some(i) = slot {
            writeln!(s, "            {k} => Some(Self::{}),", rows[*i].name).unwrap();
        }
    }
    s.push_str("            _ => None,\n        }\n    }\n");
    s.push_str(
        &r#"
    /// The slot of `code` in the perfect hash: three multiplications, one load.
    #[inline]
    #[allow(clippy::cast_possible_truncation)]
    const fn phf_slot(code: u32) -> usize {
        let x = (code as u64 ^ Self::PHF_SEED).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let bucket = (((x >> 32) * {b}) >> 32) as usize;
        let pilot = Self::PHF_PILOTS[bucket] as u64;
        let y = (x ^ pilot.wrapping_mul(0xc2b2_ae3d_27d4_eb4f)).wrapping_mul(0x1656_67b1_9e37_79f9);
        (((y >> 32) * {m}) >> 32) as usize
    }

    /// Prototype: the perfect hash, the slot's error from `phf_error`.
    #[must_use]
    pub const fn from_code_phf(code: u32) -> Option<Self> {
        match Self::phf_error(Self::phf_slot(code)) {
            Some(e) if e as u32 == code => Some(e),
            _ => None,
        }
    }
}
"#
        .replace("{b}", &b.to_string())
        .replace("{m}", &m.to_string()),
    );
    s
}

/// A perfect hash of `codes` (hash and displace, one pilot per bucket, as in
/// PTHash): `slots[phf_slot(code)]` is the index of `code` in `codes`.
struct Phf {
    seed: u64,
    pilots: Vec<u16>,
    slots: Vec<Option<usize>>,
}

fn build_phf(codes: &[u32]) -> Phf {
    let n = codes.len();
    let m = n + n / 8 + 1; // load factor 0.89
    let b = n.div_ceil(3).max(1); // three codes a bucket on average
    let fastrange = |h: u64, n: usize| (((h >> 32) * n as u64) >> 32) as usize;
    'seed: for seed in 0u64.. {
        let xs: Vec<u64> = codes
            .iter()
            .map(|&c| (u64::from(c) ^ seed).wrapping_mul(0x9e37_79b9_7f4a_7c15))
            .collect();
        let mut buckets: Vec<Vec<usize>> = vec![Vec::new(); b];
        for (i, &x) in xs.iter().enumerate() {
            buckets[fastrange(x, b)].push(i);
        }
        let mut order: Vec<usize> = (0..b).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(buckets[i].len()));
        let mut slots: Vec<Option<usize>> = vec![None; m];
        let mut pilots = vec![0u16; b];
        let mut taken = Vec::new();
        for bucket in order {
            if buckets[bucket].is_empty() {
                break;
            }
            let found = (0..=u16::MAX).find(|&pilot| {
                taken.clear();
                for &i in &buckets[bucket] {
                    let y = (xs[i] ^ u64::from(pilot).wrapping_mul(0xc2b2_ae3d_27d4_eb4f))
                        .wrapping_mul(0x1656_67b1_9e37_79f9);
                    let slot = fastrange(y, m);
                    if slots[slot].is_some() || taken.contains(&slot) {
                        return false;
                    }
                    taken.push(slot);
                }
                true
            });
            let Some(pilot) = found else { continue 'seed };
            pilots[bucket] = pilot;
            for (k, &i) in buckets[bucket].iter().enumerate() {
                slots[taken[k]] = Some(i);
            }
        }
        return Phf {
            seed,
            pilots,
            slots,
        };
    }
    unreachable!()
}
