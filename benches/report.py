#!/usr/bin/env python3
"""Run-time benchmarks of error-table, as ratios.

Runs `cargo bench -p error-table-benches` (both divan benches, every contender
of a group in the same run) RUNS times, takes the median over the runs of
divan's median time of each benchmark, and prints one Markdown table per
group: the time per item of every contender and the ratio error-table /
contender (below 1: error-table is faster).

    python3 benches/report.py              # 3 runs
    python3 benches/report.py --runs 5
    python3 benches/report.py --input out1.txt out2.txt   # parse saved output

Standard library only.
"""

import argparse
import re
import statistics
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = {"ps": 1e-3, "ns": 1.0, "µs": 1e3, "us": 1e3, "ms": 1e6, "s": 1e9}
ROW = re.compile(
    r"^(?P<tree>[│ ]*[├╰]─ )(?P<name>[\w.-]+)\s+"
    r"(?P<fastest>[\d.]+ \S+)\s+│\s+(?P<slowest>[\d.]+ \S+)\s+│\s+(?P<median>[\d.]+ \S+)\s+│"
)
NODE = re.compile(r"^(?P<tree>[│ ]*[├╰]─ )(?P<name>[\w.-]+)\s")
# The calls of one iteration, whatever the input (see `src/lib.rs`, `ITEMS`).
ITEMS = 65_536


def ns(text):
    value, unit = text.split()
    return float(value) * UNITS[unit]


def parse(text):
    """{(bench, group, contender, input): median ns per item}."""
    out = {}
    path = []  # names by depth
    bench = None
    for line in text.splitlines():
        header = re.match(r"^(\w+)\s+fastest\s+│", line)
        if header:
            bench, path = header.group(1), []
            continue
        if bench is None:
            continue
        node = NODE.match(line)
        if not node:
            continue
        depth = len(node.group("tree")) // 3
        path = path[:depth - 1] + [node.group("name")]
        row = ROW.match(line)
        if row and len(path) == 3:
            group, contender, kind = path
            out[(bench, group, contender, kind)] = ns(row.group("median")) / ITEMS
    return out


def run_once():
    cmd = ["cargo", "bench", "-q", "-p", "error-table-benches"]
    print("$ " + " ".join(cmd), file=sys.stderr)
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        sys.exit(done.returncode)
    return done.stdout


def fmt_ns(value):
    return f"{value:.2f}" if value < 10 else f"{value:.1f}" if value < 100 else f"{value:.0f}"


def report(runs):
    medians = defaultdict(list)
    for run in runs:
        for key, value in parse(run).items():
            medians[key].append(value)
    table = {key: statistics.median(values) for key, values in medians.items()}
    groups = defaultdict(lambda: defaultdict(dict))
    for (bench, group, contender, kind), value in table.items():
        groups[(bench, group)][kind][contender] = value
    lines = [f"{len(runs)} run(s); ns per item, median over runs of divan's median; "
             "ratio = error_table / contender (below 1: error-table is faster).", ""]
    for (bench, group), kinds in sorted(groups.items()):
        contenders = sorted({c for k in kinds.values() for c in k},
                            key=lambda c: (c != "error_table", c))
        lines.append(f"### `{bench}` / `{group}`")
        lines.append("")
        lines.append("| input | " + " | ".join(f"`{c}`" for c in contenders) + " |")
        lines.append("|---|" + "---:|" * len(contenders))
        for kind in ("hot", "cold"):
            if kind not in kinds:
                continue
            row = kinds[kind]
            base = row.get("error_table")
            cells = []
            for c in contenders:
                if c not in row:
                    cells.append("")
                elif c == "error_table" or base is None:
                    cells.append(f"{fmt_ns(row[c])} ns")
                else:
                    cells.append(f"{fmt_ns(row[c])} ns (**{base / row[c]:.2f}**)")
            lines.append(f"| {kind} | " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of cargo bench (default 3)")
    parser.add_argument("--input", nargs="*", help="parse these saved outputs instead of running")
    parser.add_argument("--save", help="also save each run's raw output as SAVE.N.txt")
    args = parser.parse_args()
    if args.input:
        runs = [Path(p).read_text() for p in args.input]
    else:
        runs = []
        for i in range(args.runs):
            out = run_once()
            if args.save:
                Path(f"{args.save}.{i + 1}.txt").write_text(out)
            runs.append(out)
    print(report(runs))


if __name__ == "__main__":
    main()
