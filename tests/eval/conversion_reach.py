#!/usr/bin/python3
"""How many of the real texts' amounts given in two units the conversion check reads: where a
line says one amount and then the same in another unit of its dimension ("45 miles (72
kilometers)", "8.2 متر (27 قدمًا)"), the second amount's digits are made 30 % larger, and the
arith.conversion_mismatch findings that appear are counted, beside those of the lines as
written (the check's false alarms there).

    tests/eval/conversion_reach.py --mizan build/bin/mizan [--minimum N]

With --minimum, exits 1 when the reach falls below N or the lines as written raise one.

The lines are the news corpus's articles and both sides of the real translations
(../shared/eval/parallel/). Skips with a message when ../shared is absent.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

import evalkit

DIMENSIONS = {
    "length": {"km", "m", "cm", "mm", "mi", "ft", "in", "yd", "nmi"},
    "mass": {"kg", "g", "t", "lb", "oz"},
    "area": {"km2", "m2", "mi2", "ft2", "ha", "acre", "feddan"},
    "volume": {"l", "ml", "gal", "bbl", "m3", "ft3"},
    "speed": {"km/h", "mph", "m/s"},
    "temperature": {"°C", "°F"},
}
# What may stand between an amount and its conversion: a bracket, or a comma and "or", "أي".
BETWEEN = re.compile(r"^\s*(\(|\[|, or|،\s*أي|أي|ما يعادل)\s*$")
DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def dimension(claim):
    if claim["kind"] != "quantity":
        return None
    return next((d for d, units in DIMENSIONS.items() if claim["unit"] in units), None)


def extract(mizan, lines):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as tmp:
        tmp.write("\n".join(lines) + "\n")
    try:
        out = subprocess.run([mizan, "extract", "--lines", tmp.name], capture_output=True,
                             check=True)
    finally:
        os.unlink(tmp.name)
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


def larger(digits):
    """The amount 30 % larger, written with as many decimals."""
    plain = digits.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return f"{float(plain) * 1.3:.{decimals}f}"


def with_slips(lines, claims):
    """The lines holding an amount and its conversion, with the conversion's digits made
    larger (the first such pair of a line), as (line, slipped line) pairs."""
    by_line = {}
    for c in claims:
        by_line.setdefault(c["line"], []).append(c)
    pairs = []
    for number, found in sorted(by_line.items()):
        line = lines[number - 1]
        raw = line.encode("utf-8")
        for a, b in zip(found, found[1:]):
            da, db = dimension(a), dimension(b)
            between = raw[a["end"]:b["start"]].decode("utf-8", "replace")
            if not da or da != db or a["unit"] == b["unit"] or not BETWEEN.match(between):
                continue
            m = DIGITS.search(b["text"])
            if not m:
                continue
            text = b["text"][:m.start()] + larger(m.group()) + b["text"][m.end():]
            slipped = (raw[:b["start"]] + text.encode("utf-8") + raw[b["end"]:]).decode("utf-8")
            pairs.append((line, slipped))
            break
    return pairs


def corpus_lines(shared):
    lines = []
    path = evalkit.news_path(shared)
    if os.path.exists(path):
        lines += evalkit.one_per_line(evalkit.news_articles(path))
    for column in (0, 1):
        lines += evalkit.translation_sentences(shared, column)
    return lines


def main():
    parser = evalkit.arg_parser(__doc__)
    parser.add_argument("--minimum", type=int)
    args = parser.parse_args()
    lines = corpus_lines(args.shared)
    if not lines:
        print(f"SKIP: no news corpus nor translations under {args.shared}/eval")
        return 0
    pairs = with_slips(lines, extract(args.mizan, lines))

    def flagged(texts):
        findings = evalkit.check_lines(args.mizan, texts)
        return sum(1 for f in findings if f["code"] == "arith.conversion_mismatch")

    as_written = flagged([a for a, _ in pairs])
    after = flagged([s for _, s in pairs])
    print(f"{len(lines)} lines, {len(pairs)} with an amount and its conversion in another unit")
    print(f"arith.conversion_mismatch as written: {as_written}; with the conversion 30% larger: "
          f"{after} (the check's reach)")
    if args.minimum is not None and (after < args.minimum or as_written > 0):
        print(f"FAIL: a reach below {args.minimum}, or a finding on the lines as written")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
