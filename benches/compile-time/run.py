#!/usr/bin/env python3
"""Compile-time benchmark of error-table against the num_enum + strum + thiserror stack.

    python3 benches/compile-time/run.py                 # 3 runs of everything (about 10 min on 2 cores)
    python3 benches/compile-time/run.py --runs 5 --sizes 100 2000 10000
    python3 benches/compile-time/run.py --skip-deps     # only the tables
    python3 benches/compile-time/run.py --skip-tables   # only the dependency builds
    python3 benches/compile-time/run.py --strings --sizes 2000 --skip-deps   # string codes

Generates a Cargo workspace under target/compile-bench/ (not committed) with,
for each size N (100, 2,000 and 10,000 codes by default), two library crates
declaring the same table of N sparse codes `status * 10^4 + sub`:

  et_N     one `#[error_table(http = split(4))]` enum, messages as doc
           comments (error-table with its `serde` feature: it gives the HTTP
           status, localized messages and serde glue besides);
  stack_N  the enum a user writes otherwise: `#[repr(u32)]`, thiserror
           `Error` (`#[error("...")]`), num_enum `TryFromPrimitive` and
           `IntoPrimitive`, strum `EnumIter`, `EnumCount` and `EnumMessage`
           (`#[strum(message = "...")]`), and the std derives.

Then, RUNS times, a and b side by side (their order alternating between runs):

  clean        `cargo clean -p CRATE` then `cargo build -p CRATE` (debug): the
               dependencies stay built, only the table crate is measured;
  incremental  one message of the table edited, then `cargo build -p CRATE`;
  add a code   then one code inserted in the middle of the table (where a
               vendor's new code lands in a sorted table), then
               `cargo build -p CRATE`;
  append a code  then one more code appended at the end of the table (a
               vendor that numbers new codes past the last), then
               `cargo build -p CRATE`.

And, unless --skip-deps, the fully clean debug build (own target directory,
emptied before each run) of the macro crate and its dependencies against
thiserror-impl and its, and of what a user's `Cargo.toml` pulls in: error-table
against thiserror alone and against the whole stack (not incremental, as
crates from crates.io are built).

Prints Markdown tables: the median seconds of each, and the ratio a/b. The
tables and the raw times also go to target/compile-bench/report-PART.md and
results-PART.json (PART: all, tables or deps). Everything the script writes
is under target/. Standard library only; not part of CI.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "target" / "compile-bench"

STATUSES = [400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504]
NOUNS = [
    ("Device", "设备"), ("Product", "产品"), ("Firmware", "固件"), ("User", "用户"),
    ("Member", "成员"), ("Token", "令牌"), ("Datapoint", "数据端点"), ("Rule", "规则"),
    ("Template", "模板"), ("Account", "帐号"), ("Group", "分组"), ("Task", "任务"),
    ("Certificate", "证书"), ("Topic", "主题"), ("Bucket", "存储桶"), ("Domain", "域名"),
]
STATES = [
    ("NotFound", "不存在"), ("AlreadyExists", "已存在"), ("Invalid", "不合法"),
    ("Expired", "已过期"), ("Disabled", "已禁用"), ("LimitExceeded", "超过上限"),
    ("Locked", "已锁定"), ("NotVerified", "尚未认证"), ("Busy", "正忙"),
    ("Unsupported", "不支持"), ("Forbidden", "禁止访问"), ("Corrupted", "已损坏"),
]
MASK = (1 << 64) - 1


class Rng:
    """xorshift64*, as in benches/build.rs: the 2,000-code table is the same."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        x = self.state
        x ^= x >> 12
        x ^= (x << 25) & MASK
        x ^= x >> 27
        self.state = x
        return (x * 0x2545F4914F6CDD1D) & MASK

    def below(self, n):
        return (self.next() >> 11) % n


def rows(n):
    """[(code, name, message)]: n sparse codes, sorted, named and described."""
    rng = Rng(0x9E3779B97F4A7C15)
    codes = set()
    while len(codes) < n:
        status = STATUSES[rng.below(len(STATUSES))]
        codes.add(status * 10_000 + 1000 + rng.below(9000))
    names, out = set(), []
    for code in sorted(codes):
        a, b, s = NOUNS[rng.below(16)], NOUNS[rng.below(16)], STATES[rng.below(12)]
        name = a[0] + b[0] + s[0]
        if name in names:
            name = f"{name}{code}"
        names.add(name)
        out.append((code, name, f"{a[1]}{b[1]}{s[1]}（{code}）"))
    return out


def enum_source(header, table, edit, row):
    """An enum of `table`, after the `header` lines: each (code, name, message)
    written by `row`, the first message with `edit` appended."""
    lines = list(header)
    for i, (code, name, message) in enumerate(table):
        if i == 0 and edit:
            message += edit
        lines += row(code, name, message)
    lines.append("}")
    return "\n".join(lines) + "\n"


def et_source(table, edit):
    header = [
        "//! A table declared with `#[error_table]` (generated by benches/compile-time/run.py).",
        "",
        "#[error_table::error_table(http = split(4), name = \"bench\")]",
        "pub enum BenchError {",
    ]
    return enum_source(header, table, edit, lambda code, name, message: [
        f"    /// {message}",
        f"    {name} = {code},",
    ])


def stack_source(table, edit):
    header = [
        "//! The same table with thiserror + num_enum + strum (generated by benches/compile-time/run.py).",
        "",
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]",
        "#[derive(thiserror::Error, num_enum::TryFromPrimitive, num_enum::IntoPrimitive)]",
        "#[derive(strum::EnumIter, strum::EnumCount, strum::EnumMessage)]",
        "#[repr(u32)]",
        "pub enum BenchError {",
    ]
    return enum_source(header, table, edit, lambda code, name, message: [
        f"    #[error(\"{message}\")]",
        f"    #[strum(message = \"{message}\")]",
        f"    {name} = {code},",
    ])


def etstr_source(table, edit):
    """The table as a string family: each code is its variant's name."""
    header = [
        "//! A string-code table declared with `#[error_table]` (generated by benches/compile-time/run.py).",
        "",
        "#[error_table::error_table(http = 200, name = \"bench\")]",
        "pub enum BenchError {",
    ]
    return enum_source(header, table, edit, lambda _, name, message: [
        f"    /// {message}",
        f"    {name} = \"{name}\",",
    ])


def stackstr_source(table, edit):
    """The same string codes with thiserror + strum (`EnumString` reads the name)."""
    header = [
        "//! The same string codes with thiserror + strum (generated by benches/compile-time/run.py).",
        "",
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]",
        "#[derive(thiserror::Error, strum::EnumString, strum::IntoStaticStr)]",
        "#[derive(strum::EnumIter, strum::EnumCount, strum::EnumMessage)]",
        "pub enum BenchError {",
    ]
    return enum_source(header, table, edit, lambda _, name, message: [
        f"    #[error(\"{message}\")]",
        f"    #[strum(message = \"{message}\")]",
        f"    {name},",
    ])


RUNTIME = (ROOT / "runtime").as_posix()
DEPS = {
    "et": f'error-table = {{ path = "{RUNTIME}", features = ["serde"] }}',
    "stack": '\n'.join([
        'thiserror = "2"',
        'num_enum = "0.7"',
        'strum = { version = "0.27", features = ["derive"] }',
    ]),
}
DEPS["etstr"] = DEPS["et"]
DEPS["stackstr"] = DEPS["stack"]
# Crates measured from a fully clean target directory: (label, package, deps).
DEP_BUILDS = [
    ("macro crate: error-table-macros", "error-table-macros", "et"),
    ("macro crate: thiserror-impl", "thiserror-impl", "stack"),
    ("user deps: error-table", "deps_et", "et"),
    ("user deps: thiserror", "deps_thiserror", "thiserror"),
    ("user deps: thiserror + num_enum + strum", "deps_stack", "stack"),
]


def manifest(name, deps):
    return (
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n"
    )


SOURCES = {"et": et_source, "stack": stack_source, "etstr": etstr_source, "stackstr": stackstr_source}
# (a, b, label of b) of the report.
PAIRS = [("et", "stack", "num_enum + strum + thiserror"), ("etstr", "stackstr", "strum + thiserror, string codes")]


def generate(sizes, kinds):
    WORK.mkdir(parents=True, exist_ok=True)
    members = []
    for n in sizes:
        table = rows(n)
        for kind, source in SOURCES.items():
            if kind not in kinds:
                continue
            name = f"{kind}_{n}"
            members.append(name)
            (WORK / name / "src").mkdir(parents=True, exist_ok=True)
            (WORK / name / "Cargo.toml").write_text(manifest(name, DEPS[kind]))
            (WORK / name / "src" / "lib.rs").write_text(source(table, ""))
    for name, deps in (
        ("deps_et", DEPS["et"].replace(', features = ["serde"]', "")),
        ("deps_thiserror", 'thiserror = "2"'),
        ("deps_stack", DEPS["stack"]),
    ):
        members.append(name)
        (WORK / name / "src").mkdir(parents=True, exist_ok=True)
        (WORK / name / "Cargo.toml").write_text(manifest(name, deps))
        (WORK / name / "src" / "lib.rs").write_text("//! Only its dependencies are built.\n")
    (WORK / "Cargo.toml").write_text(
        "# Generated by benches/compile-time/run.py.\n[workspace]\nresolver = \"3\"\nmembers = [\n"
        + "".join(f'    "{m}",\n' for m in members)
        + "]\n"
    )
    # The versions the repository's benches use.
    lock = ROOT / "Cargo.lock"
    if lock.exists() and not (WORK / "Cargo.lock").exists():
        shutil.copy(lock, WORK / "Cargo.lock")


def cargo(args, target_dir, quiet=True, incremental=True):
    env = dict(os.environ, CARGO_TARGET_DIR=str(target_dir))
    env.pop("RUSTFLAGS", None)
    if not incremental:
        env["CARGO_INCREMENTAL"] = "0"
    start = time.perf_counter()
    done = subprocess.run(
        ["cargo", *args], cwd=WORK, env=env,
        stdout=subprocess.DEVNULL if quiet else None,
        stderr=subprocess.PIPE, text=True,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"cargo {' '.join(args)} failed")
    return elapsed


def measure_tables(sizes, kinds, runs, results):
    target = WORK / "target"
    tables = {n: rows(n) for n in sizes}
    # Build everything once: dependencies, and a first build of each table.
    print("warming up: dependencies and a first build of each table", file=sys.stderr)
    cargo(["build", *sum((["-p", f"{k}_{n}"] for n in sizes for k in kinds), [])], target)
    for run in range(runs):
        for n in sizes:
            # a and b side by side, their order alternating between runs.
            for kind in kinds if run % 2 == 0 else list(reversed(kinds)):
                name = f"{kind}_{n}"
                source = SOURCES[kind]
                lib = WORK / name / "src" / "lib.rs"
                lib.write_text(source(tables[n], ""))
                cargo(["clean", "-p", name], target)
                times = {"clean": cargo(["build", "-p", name], target)}
                # Three edits, each built incrementally from the build before:
                # a message changes (a vendor fixes a text), then a code is
                # added mid-table, then one is appended (a vendor adds an
                # error).
                lib.write_text(source(tables[n], "!"))
                times["incremental"] = cargo(["build", "-p", name], target)
                middle = len(tables[n]) // 2
                added = tables[n][:middle] + [added_row(tables[n])] + tables[n][middle:]
                lib.write_text(source(added, ""))
                times["add a code"] = cargo(["build", "-p", name], target)
                lib.write_text(source(added + [appended_row(tables[n])], ""))
                times["append a code"] = cargo(["build", "-p", name], target)
                lib.write_text(source(tables[n], ""))
                for what, elapsed in times.items():
                    results.setdefault(f"{name}/{what}", []).append(elapsed)
                print(f"run {run + 1}: {name}: " + ", ".join(f"{w} {t:.2f} s" for w, t in times.items()),
                      file=sys.stderr)


def added_row(table):
    """A code the table lacks, for the "add a code" edit."""
    codes = {code for code, _, _ in table}
    code = next(c for c in range(4041000, 4050000) if c not in codes)
    return (code, "AddedByTheVendor", f"新增的错误（{code}）")


def appended_row(table):
    """A code past the table's last, for the "append a code" edit."""
    code = max(code for code, _, _ in table) + 1
    return (code, "AppendedByTheVendor", f"新增的错误（{code}）")


def measure_deps(runs, results):
    print("fetching", file=sys.stderr)
    subprocess.run(["cargo", "fetch"], cwd=WORK, check=True, stdout=subprocess.DEVNULL)
    for run in range(runs):
        builds = DEP_BUILDS if run % 2 == 0 else list(reversed(DEP_BUILDS))
        for label, package, _ in builds:
            target = WORK / f"target-deps-{package}"
            shutil.rmtree(target, ignore_errors=True)
            # Not incremental: error-table is a path dependency here, which
            # cargo would build incrementally, unlike a crate from crates.io.
            elapsed = cargo(["build", "-p", package], target, incremental=False)
            shutil.rmtree(target, ignore_errors=True)
            results.setdefault(f"deps/{label}", []).append(elapsed)
            print(f"run {run + 1}: {label}: {elapsed:.2f} s", file=sys.stderr)


BUILDS = ("clean", "incremental", "add a code", "append a code")


def med(results, key):
    return statistics.median(results[key])


def report(sizes, results, runs):
    out = []
    rustc = subprocess.run(["rustc", "-V"], capture_output=True, text=True).stdout.strip()
    cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                if l.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    out.append(f"{rustc}, {os.cpu_count()} cores ({cpu}), debug profile, {runs} run(s), medians.")
    out.append("")
    for ka, kb, label in PAIRS:
        if not any(k.startswith(f"{ka}_") for k in results):
            continue
        out.append(f"| codes | build | a: `#[error_table]` ({ka}) | b: {label} | a/b |")
        out.append("|---:|---|---:|---:|---:|")
        for n in sizes:
            for what in BUILDS:
                a, b = med(results, f"{ka}_{n}/{what}"), med(results, f"{kb}_{n}/{what}")
                out.append(f"| {n:,} | {what} | {a:.2f} s | {b:.2f} s | **{a / b:.2f}** |")
                best_a, best_b = min(results[f"{ka}_{n}/{what}"]), min(results[f"{kb}_{n}/{what}"])
                out.append(f"| | best of {runs} | {best_a:.2f} s | {best_b:.2f} s | **{best_a / best_b:.2f}** |")
        out.append("")
    if any(k.startswith("deps/") for k in results):
        out.append("| fully clean build of | seconds |")
        out.append("|---|---:|")
        for label, _, _ in DEP_BUILDS:
            out.append(f"| {label} | {med(results, 'deps/' + label):.2f} |")
        pairs = [
            ("error-table-macros / thiserror-impl", "macro crate: error-table-macros", "macro crate: thiserror-impl"),
            ("error-table / thiserror", "user deps: error-table", "user deps: thiserror"),
            ("error-table / thiserror + num_enum + strum", "user deps: error-table", "user deps: thiserror + num_enum + strum"),
        ]
        out.append("")
        out.append("| ratio | a/b |")
        out.append("|---|---:|")
        for label, a, b in pairs:
            out.append(f"| {label} | **{med(results, 'deps/' + a) / med(results, 'deps/' + b):.2f}** |")
        out.append("")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each build (default 3)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 2000, 10000])
    parser.add_argument("--skip-deps", action="store_true", help="skip the fully clean dependency builds")
    parser.add_argument("--skip-tables", action="store_true", help="skip the table crates")
    parser.add_argument("--strings", action="store_true",
                        help="string-code tables (error-table against strum + thiserror) instead of integer ones")
    args = parser.parse_args()
    kinds = ["etstr", "stackstr"] if args.strings else ["et", "stack"]
    generate(args.sizes, kinds)
    results = {}
    if not args.skip_tables:
        measure_tables(args.sizes, kinds, args.runs, results)
    if not args.skip_deps:
        measure_deps(args.runs, results)
    part = "all" if not (args.skip_deps or args.skip_tables) else "deps" if args.skip_tables else "tables"
    (WORK / f"results-{part}.json").write_text(json.dumps(results, indent=1))
    text = report(args.sizes, results, args.runs)
    (WORK / f"report-{part}.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
