#!/usr/bin/python3
"""Checks mizan's claims on the seed press release (../shared/seed/) against its claims.tsv.

    tests/eval/run_seed.py --mizan build/bin/mizan [--shared ../shared]

A `required` row is found when a claim overlaps its span with the row's kind and value (and
qualifier, where the row gives one). `optional` rows are reported, not required. Exits 1 when a
required row is missing. Skips (exit 0) with a message when ../shared is absent.
"""
import argparse
import json
import os
import subprocess
import sys

KINDS = {"count": {"number"}, "date": {"date"}, "year": {"year"}, "duration": {"duration"},
         "percent": {"percent"}, "money": {"money"}}


def found(row, claims):
    start, end = int(row["start"]), int(row["end"])
    for c in claims:
        if c["end"] <= start or c["start"] >= end:
            continue
        if c["kind"] not in KINDS.get(row["kind"], {row["kind"]}):
            continue
        if c["value"] != row["value"]:
            continue
        if row["unit"] and row["kind"] == "money" and c["unit"] != row["unit"]:
            continue
        q = row["qualifier"]
        if q == "more-than" and c["qualifier"] != "more-than":
            continue
        if q == "less-than" and c["qualifier"] != "less-than":
            continue
        if q == "ago" and c["qualifier"] != "ago":
            continue
        return c
    return None


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mizan", required=True)
    parser.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    args = parser.parse_args()
    seed = os.path.join(args.shared, "seed")
    if not os.path.isdir(seed):
        print(f"SKIP: {seed} not found; the seed comes with ../shared")
        return 0
    text_path = [os.path.join(seed, f) for f in os.listdir(seed) if f.endswith(".txt")][0]
    out = subprocess.run([args.mizan, "extract", text_path], capture_output=True, check=True)
    claims = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    with open(os.path.join(seed, "claims.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in f if line.strip()]
    missing = 0
    for row in rows:
        c = found(row, claims)
        mark = "ok  " if c else ("MISS" if row["status"] == "required" else "opt ")
        missing += c is None and row["status"] == "required"
        got = f'{c["kind"]} {c["value"]} [{c["start"]},{c["end"]})' if c else "-"
        print(f"{mark} {row['status']:8s} {row['kind']:8s} {row['value']:10s} {row['text']}  ->  {got}")
    required = sum(r["status"] == "required" for r in rows)
    print(f"{required - missing}/{required} required seed claims found")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
