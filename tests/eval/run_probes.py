#!/usr/bin/python3
"""Runs the document checks over newsroom sentences written for mizan
(tests/eval/newsroom_probes.tsv): clean sentences must raise no warning or error, and each
sentence with a slip exactly the codes its row names.

    tests/eval/run_probes.py --mizan build/bin/mizan [--check]

Prints every row that differs, then the false alarms among the clean sentences and the slips
caught. With --check, exits 1 when any row differs. The sentences are mizan's own, so this runs
without ../shared.
"""
import argparse
import os
import sys

import evalkit

PROBES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "newsroom_probes.tsv")
PUBLISHED = "2024-06-01"


def probes():
    """(expected codes, text) for every row; a "\\n" in the text is a new line."""
    rows = []
    with open(PROBES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            codes, text = line.rstrip("\n").split("\t", 1)
            expected = set() if codes == "-" else set(codes.split(","))
            rows.append((expected, text.replace("\\n", "\n")))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mizan", required=True)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    rows = probes()
    findings = evalkit.check_lines(args.mizan, evalkit.one_per_line([t for _, t in rows]),
                                   published=PUBLISHED)
    found = [set() for _ in rows]
    for f in findings:
        if f["severity"] != "info":
            found[f["line"] - 1].add(f["code"])
    differ = 0
    for (expected, text), got in zip(rows, found):
        if got != expected:
            differ += 1
            print(f"DIFFERS expected {sorted(expected) or '-'}, found {sorted(got) or '-'}: "
                  f"{text[:100]}")
    clean = [got for (expected, _), got in zip(rows, found) if not expected]
    slips = [(expected, got) for (expected, _), got in zip(rows, found) if expected]
    print(f"{len(clean)} clean sentences: {sum(1 for g in clean if g)} with a false alarm")
    print(f"{len(slips)} sentences with a slip: {sum(1 for e, g in slips if e == g)} caught as "
          f"their rows say")
    return 1 if args.check and differ else 0


if __name__ == "__main__":
    sys.exit(main())
