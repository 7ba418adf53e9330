#!/usr/bin/python3
"""Checks mizan on the seed press release (../shared/seed/): its claims against claims.tsv,
and its findings against what the seed's README says a checker should say.

    tests/eval/run_seed.py --mizan build/bin/mizan [--shared ../shared]

A `required` row is found when a claim overlaps its span with the row's kind and value (and
qualifier, where the row gives one). `optional` rows are reported, not required. Then:
`mizan check` must raise no error or warning; with the reference facts below (Interpol has 195
member countries, 68 countries are connected to the database, which was launched in 2009) still
none; and with the launch year 2011 exactly one, a fact.contradiction on the "13 years ago".
Exits 1 when any of this fails. Skips (exit 0) with a message when ../shared is absent.
"""
import json
import os
import subprocess
import sys

import evalkit
import tempfile

# Reference facts about the seed, written for this test. The cues are the phrases of the
# release that name each quantity.
FACTS = {"facts": [
    {"id": "interpol_member_countries", "kind": "number", "value": 195,
     "cues": {"ar": ["البلدان الأعضاء", "بلدانه الأعضاء"], "en": ["member countries"]}},
    {"id": "icse_connected_countries", "kind": "number", "value": 68,
     "cues": {"ar": ["البلدان الموصولة"]}},
    {"id": "icse_launch_year", "kind": "year", "value": 2009, "cues": {"ar": ["منذ إطلاقها"]}},
]}

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
    parser = evalkit.arg_parser(__doc__)
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
    failures = missing + check_findings(args.mizan, text_path)
    return 1 if failures else 0


def serious(mizan, text_path, facts=None):
    """The error and warning findings of `mizan check`, with facts if given."""
    command = [mizan, "check", text_path]
    path = None
    if facts is not None:
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(facts, f, ensure_ascii=False)
            path = f.name
        command[2:2] = ["--facts", path]
    try:
        out = subprocess.run(command, capture_output=True, check=True)
    finally:
        if path:
            os.unlink(path)
    findings = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    return [f for f in findings if f["severity"] in ("error", "warning")]


def check_findings(mizan, text_path):
    failures = 0
    found = serious(mizan, text_path)
    print(f"{'ok  ' if not found else 'FAIL'} no errors or warnings without facts ({len(found)} found)")
    failures += bool(found)
    found = serious(mizan, text_path, FACTS)
    print(f"{'ok  ' if not found else 'FAIL'} no errors or warnings with the true facts ({len(found)} found)")
    failures += bool(found)
    wrong = json.loads(json.dumps(FACTS))
    wrong["facts"][2]["value"] = 2011
    found = serious(mizan, text_path, wrong)
    text = open(text_path, "rb").read()
    ok = (len(found) == 1 and found[0]["code"] == "fact.contradiction" and
          "13" in text[found[0]["spans"][0]["start"]:found[0]["spans"][0]["end"]].decode("utf-8"))
    print(f"{'ok  ' if ok else 'FAIL'} with the launch in 2011, exactly the contradiction of "
          f"the 13 years ago ({[f['code'] for f in found]})")
    failures += not ok
    return failures


if __name__ == "__main__":
    sys.exit(main())
