#!/usr/bin/python3
"""Injects one error into the Arabic side of real translation pairs and checks that
`mizan compare` reports it with the right code.

    tests/eval/inject_errors.py --mizan build/bin/mizan [--per-kind 200] [--check]

Pairs that compare cleanly (no error or warning) are the material. Each gets at most one
change of each kind below, on one claim of the Arabic side:

    digit         one digit of a number changed            compare.value_mismatch
    transpose     two adjacent digits swapped               compare.value_mismatch
    times10       a zero appended to a number               compare.value_mismatch
    scale         مليون and مليار swapped                   compare.value_mismatch
    drop          a number removed                          compare.missing
    currency      دولار changed into يورو                   compare.unit_mismatch
    qualifier     أكثر من changed into أقل من (and back)     compare.qualifier_mismatch
    weekday       a weekday changed into the next one       compare.date_mismatch

A change counts as caught when a finding of its code, error or warning, comes out for the
pair. With --check, exits 1 below 99 % caught (the target); with --minimum, below the share
given (the level reached, so that it cannot fall back). Skips with a message when ../shared
is absent.
"""
import collections
import json
import os
import random
import subprocess
import sys

import evalkit
import tempfile

ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"
EXPECTED = {
    "digit": "compare.value_mismatch", "transpose": "compare.value_mismatch",
    "times10": "compare.value_mismatch", "scale": "compare.value_mismatch",
    "drop": "compare.missing", "currency": "compare.unit_mismatch",
    "qualifier": "compare.qualifier_mismatch", "weekday": "compare.date_mismatch",
}
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def digit_value(ch):
    if "0" <= ch <= "9":
        return int(ch)
    if ch in ARABIC_INDIC:
        return ARABIC_INDIC.index(ch)
    return None


def same_script_digit(like, value):
    return ARABIC_INDIC[value] if like in ARABIC_INDIC else str(value)


def digit_run(text, start, end):
    """(first, last+1) of the first run of digits in text[start:end], as str indices."""
    i = start
    while i < end and digit_value(text[i]) is None:
        i += 1
    j = i
    while j < end and digit_value(text[j]) is not None:
        j += 1
    return (i, j) if j > i else None


def mutations(en, ar, claims, rng):
    """Yields (kind, mutated text) for the changes that apply to this Arabic text."""
    numeric = [c for c in claims if c["value"] and c["kind"] in ("number", "money", "percent",
                                                                  "quantity", "duration")]
    runs = []
    for c in numeric:
        run = digit_run(ar, c["cstart"], c["cend"])
        if run and run[1] - run[0] >= 2:
            runs.append(run)
    if runs:
        i, j = rng.choice(runs)
        k = rng.randrange(i + 1, j) if j - i > 1 else i  # not the leading digit
        new = (digit_value(ar[k]) + rng.randrange(1, 9)) % 10
        yield "digit", ar[:k] + same_script_digit(ar[k], new) + ar[k + 1:]
        pairs = [p for p in range(i, j - 1) if ar[p] != ar[p + 1]]
        if pairs:
            p = rng.choice(pairs)
            yield "transpose", ar[:p] + ar[p + 1] + ar[p] + ar[p + 2:]
        yield "times10", ar[:j] + same_script_digit(ar[j - 1], 0) + ar[j:]
    written = [c for c in numeric if c["script"] != "words" and not c["approx"]]
    if written:
        c = rng.choice(written)  # the whole claim: its number, scale word, unit and noun
        yield "drop", ar[:c["cstart"]] + ar[c["cend"]:].lstrip(" ")
    for a, b in (("مليون", "مليار"), ("مليار", "مليون")):
        if a in ar:
            yield "scale", ar.replace(a, b, 1)
            break
    if "دولار" in ar:
        yield "currency", ar.replace("دولار", "يورو", 1)
    # A qualifier of a claim, turned around: "أكثر من 20" into "أقل من 20".
    for c in claims:
        text = ar[c["cstart"]:c["cend"]]
        for a, b in (("أكثر من", "أقل من"), ("أقل من", "أكثر من")):
            if text.startswith(a) and c["qualifier"] in ("more-than", "less-than"):
                yield "qualifier", ar[:c["cstart"]] + b + ar[c["cstart"] + len(a):]
                break
        else:
            continue
        break
    # A weekday claim, into the next day, where the source names a weekday too.
    english_days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    for c in claims if any(d in en for d in english_days) else []:
        text = ar[c["cstart"]:c["cend"]]
        days = [d for d in WEEKDAYS if d in text]
        if c["kind"] == "date" and c["weekday"] and days:
            day = days[0]
            at = c["cstart"] + text.index(day)
            yield "weekday", ar[:at] + WEEKDAYS[(WEEKDAYS.index(day) + 1) % 7] + ar[at + len(day):]
            break


def run(mizan, args, data):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".tsv", delete=False) as f:
        f.write(data)
        path = f.name
    try:
        out = subprocess.run([mizan] + args + [path], capture_output=True, check=True)
    finally:
        os.unlink(path)
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


def char_offsets(text, claims):
    """Adds str offsets (cstart, cend) to claims, from UTF-8 byte offsets."""
    raw = text.encode("utf-8")
    for c in claims:
        c["cstart"] = len(raw[:c["start"]].decode("utf-8"))
        c["cend"] = len(raw[:c["end"]].decode("utf-8"))


def main():
    parser = evalkit.arg_parser(__doc__)
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="fail below 99 %% caught")
    parser.add_argument("--minimum", type=float, help="fail below this share caught, in %%")
    parser.add_argument("--show-missed", help="print the missed changes of this kind")
    args = parser.parse_args()
    directory = os.path.join(args.shared, "eval", "parallel")
    if not os.path.isdir(directory):
        print(f"SKIP: {directory} not found; the translations come with ../shared")
        return 0
    pairs = []
    for name in evalkit.PARALLEL_FILES:
        with open(os.path.join(directory, name + ".tsv"), encoding="utf-8") as f:
            pairs += [line.rstrip("\n").split("\t") for line in f if "\t" in line]
    # Clean pairs only: what mizan already flags cannot show a new error.
    findings = run(args.mizan, ["compare", "--lines"], "".join(f"{en}\t{ar}\n" for en, ar in pairs))
    flagged = {f["line"] for f in findings if f["severity"] in ("error", "warning")}
    clean = [p for i, p in enumerate(pairs, 1) if i not in flagged]
    claims = collections.defaultdict(list)
    for c in run(args.mizan, ["extract", "--lines"], "".join(ar + "\n" for _, ar in clean)):
        claims[c["line"]].append(c)
    rng = random.Random(args.seed)
    cases = []
    taken = collections.Counter()
    for i, (en, ar) in enumerate(clean, 1):
        char_offsets(ar, claims[i])
        for kind, mutated in mutations(en, ar, claims[i], rng):
            if taken[kind] < args.per_kind and mutated != ar:
                taken[kind] += 1
                cases.append((kind, en, mutated))
    results = run(args.mizan, ["compare", "--lines"],
                  "".join(f"{en}\t{ar}\n" for _, en, ar in cases))
    fired = collections.defaultdict(set)
    for f in results:
        if f["severity"] in ("error", "warning"):
            fired[f["line"]].add(f["code"])
    caught = collections.Counter()
    for n, (kind, en, ar) in enumerate(cases, 1):
        caught[kind] += EXPECTED[kind] in fired[n]
        if kind == args.show_missed and EXPECTED[kind] not in fired[n]:
            print(f"MISSED {kind}: {sorted(fired[n])}\n  EN: {en[:200]}\n  AR: {ar[:200]}")
    total = sum(taken.values())
    for kind in EXPECTED:
        if taken[kind]:
            print(f"{kind:10s} {caught[kind]:4d}/{taken[kind]:<4d} caught as {EXPECTED[kind]}")
    all_caught = sum(caught.values())
    print(f"{len(clean)} clean pairs; {all_caught}/{total} injected errors caught "
          f"({100 * all_caught / max(total, 1):.1f} %)")
    share = 100 * all_caught / max(total, 1)
    if args.check and share < 99:
        print("FAIL: fewer than 99 % caught")
        return 1
    if args.minimum is not None and share < args.minimum:
        print(f"FAIL: fewer than {args.minimum} % caught")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
