#!/usr/bin/python3
"""Runs mizan over sentences written for it: the document checks over newsroom sentences
(tests/eval/newsroom_probes.tsv) and the comparison over English sources and their Arabic
translations (tests/eval/translation_probes.tsv). A clean row must raise no warning or error;
a row with a slip exactly the codes it names.

    tests/eval/run_probes.py --mizan build/bin/mizan [--check]

Prints every row that differs, then, for each file, the false alarms among the clean rows and
the slips caught. With --check, exits 1 when any row differs. The sentences are mizan's own,
so this runs without ../shared.
"""
import argparse
import json
import os
import subprocess
import sys

import evalkit

HERE = os.path.dirname(os.path.abspath(__file__))
PUBLISHED = "2024-06-01"


def rows_of(name):
    """(expected codes, the rest of the row's columns) for every row; "\\n" is a new line."""
    rows = []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            codes, *texts = line.rstrip("\n").split("\t")
            expected = set() if codes == "-" else set(codes.split(","))
            rows.append((expected, [t.replace("\\n", "\n") for t in texts]))
    return rows


def serious_codes(findings, count):
    """The codes of each line's warnings and errors."""
    found = [set() for _ in range(count)]
    for f in findings:
        if f["severity"] != "info":
            found[f["line"] - 1].add(f["code"])
    return found


def checked(mizan, rows):
    texts = [texts[0] for _, texts in rows]
    findings = evalkit.check_lines(mizan, evalkit.one_per_line(texts), published=PUBLISHED)
    return serious_codes(findings, len(rows))


def compared(mizan, rows):
    pairs = "".join(f"{source}\t{target}\n" for _, (source, target) in rows)
    out = subprocess.run([mizan, "compare", "--lines", "-"], input=pairs.encode("utf-8"),
                         capture_output=True, check=True).stdout.decode("utf-8")
    findings = [json.loads(line) for line in out.splitlines()]
    return serious_codes(findings, len(rows))


def report(name, rows, found):
    """Prints the rows that differ and the counts; returns how many differ."""
    differ = 0
    for (expected, texts), got in zip(rows, found):
        if got != expected:
            differ += 1
            print(f"DIFFERS expected {sorted(expected) or '-'}, found {sorted(got) or '-'}: "
                  f"{texts[-1][:100]}")
    clean = [got for (expected, _), got in zip(rows, found) if not expected]
    slips = [(expected, got) for (expected, _), got in zip(rows, found) if expected]
    print(f"{name}: {len(clean)} clean rows, {sum(1 for g in clean if g)} with a false alarm; "
          f"{len(slips)} rows with a slip, {sum(1 for e, g in slips if e == g)} caught as "
          f"named")
    return differ


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mizan", required=True)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    newsroom = rows_of("newsroom_probes.tsv")
    translations = rows_of("translation_probes.tsv")
    differ = report("newsroom_probes.tsv (check)", newsroom, checked(args.mizan, newsroom))
    differ += report("translation_probes.tsv (compare)", translations,
                     compared(args.mizan, translations))
    return 1 if args.check and differ else 0


if __name__ == "__main__":
    sys.exit(main())
