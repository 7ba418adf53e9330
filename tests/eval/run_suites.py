#!/usr/bin/python3
"""Runs other projects' test suites (../shared/eval/suites/*.tsv) through `mizan extract` and
reports, per suite and per kind, how many rows came out right, produced nothing, or produced a
wrong value.

    tests/eval/run_suites.py --mizan build/bin/mizan [--shared ../shared] [--markdown FILE]
                             [--check tests/eval/baseline.tsv] [--failures FILE]

Scoring. A row is right when, for every value it expects (several are joined by " | "), some
claim has that value and a matching kind (and unit, bound or interval where the row gives
one). A `number` row is also right when the value comes out under a more specific kind
(money, duration, ...): the number was read. A `negative` row is right when nothing of the
dimension it names comes out.

Set apart, not counted against mizan: rows flagged WRONG upstream / SUSPECT / AMBIGUOUS,
Recognizers-Text rows with verified=0, out-of-scope kinds (times of day, date-times, recurring
sets, phone numbers, byte sizes), and dates that depend on a reference "now" (relative dates).

A gold "3 student" for Arabic input (a count of a noun given in translation) is matched by its value, of any
claim kind that counts; a gold negative duration ("-2 hour") means that long ago.
A gold currency the suite marks as its own default ("SAR(default)") is also matched by a money
claim that leaves the currency open: mizan does not guess the currency of a bare ريال.

With --check, exits 1 when a suite's accuracy falls below its line in the baseline file.
"""
import collections
import json
import os
import re
import subprocess
import sys
from decimal import Decimal, InvalidOperation

import evalkit

ARABIC_LETTER = re.compile("[\u0620-\u064A]")
OUT_OF_SCOPE_KINDS = {"time", "datetime", "datetimerange", "timerange", "set", "phone", "other"}
SET_APART_FLAGS = ("WRONG upstream", "SUSPECT", "AMBIGUOUS")

# Unit names used by the suites -> the unit mizan reports.
UNIT_ALIASES = {
    "dollar": "USD", "usd": "USD", "euro": "EUR", "eur": "EUR", "pound": "GBP",
    "british pound": "GBP", "japanese yen": "JPY", "yen": "JPY", "cent": "cent",
    "pence": "pence",
    "year": "year", "month": "month", "week": "week", "day": "day", "hour": "hour",
    "minute": "minute", "second": "second", "age": "year",
    "gram": "g", "kilogram": "kg", "milligram": "mg", "litre": "l", "liter": "l",
    "millilitre": "ml", "hectolitre": "hl", "gallon": "gal", "ounce": "oz",
    "metre": "m", "meter": "m", "kilometre": "km", "kilometer": "km", "centimetre": "cm",
    "millimetre": "mm", "mile": "mi", "foot": "ft", "inch": "in",
    "celsius": "°C", "fahrenheit": "°F", "degree": "°", "c": "°C", "f": "°F",
    "microgram": "µg", "byte": "B", "kilobyte": "kB", "megabyte": "MB", "gigabyte": "GB",
    "terabyte": "TB",
}


# Names that are a unit of mass in a quantity row and a currency in a money row.
MASS_ALIASES = {"pound": "lb", "ton": "t", "tonne": "t"}


def unit_key(unit, kind=None):
    u = unit.strip().lower()
    if kind == "quantity" and u in MASS_ALIASES:
        return MASS_ALIASES[u]
    return UNIT_ALIASES.get(u, unit.strip())


# Units the suites give in another size than the text writes: a value compares in the first.
CONVERSIONS = {"kg": ("g", 1000), "mg": ("g", Decimal("0.001")), "cent": ("USD", Decimal("0.01")),
               "pence": ("GBP", Decimal("0.01")), "l": ("ml", 1000), "km": ("m", 1000),
               "week": ("day", 7), "hour": ("minute", 60),
               # "5 feet 2 inches" is one length: mizan reads 62 in, a suite may write 5.1667 ft.
               "in": ("ft", Decimal(1) / Decimal(12))}


KNOWN_UNITS = set(UNIT_ALIASES.values()) | set(MASS_ALIASES.values()) | {"percent", "ml", "m", "g"}


def is_known_unit(unit):
    return unit in KNOWN_UNITS or re.fullmatch(r"[A-Z]{3}", unit) is not None


def in_base_unit(value, unit):
    if value is None or unit not in CONVERSIONS:
        return value, unit
    base, factor = CONVERSIONS[unit]
    return value * factor, base


def num(text):
    text = text.strip()
    if "/" in text and re.fullmatch(r"-?\d+(\.\d+)?/\d+(\.\d+)?", text):
        a, b = text.split("/")
        return Decimal(a) / Decimal(b)
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def same_number(a, b):
    """Equal, or equal to 12 significant digits (suites write 1/3 as 0.333333333333333)."""
    if a is None or b is None:
        return False
    if a == b:
        return True
    scale = max(abs(a), abs(b))
    return scale != 0 and abs(a - b) / scale < Decimal("1e-9")


class Expected:
    """One expected value of a row, parsed from the suite's notation."""

    def __init__(self, text, kind):
        self.text = text.strip()
        self.kind = kind
        self.value = None      # Decimal
        self.date = None       # ISO string
        self.unit = None
        self.lower = None      # (Decimal or None, inclusive)
        self.upper = None
        self.bound_only = None  # ">" for a lower bound
        # "SAR(default)": the suite's own assumption for a currency the text does not name. A
        # claim that leaves the currency open (mizan's reading of a bare ريال) matches it too.
        self.unit_assumed = False
        self.parse()

    def parse(self):
        # "20000 (+دولار)": the counted noun is given too; the value is what is scored.
        t = re.sub(r"\s*\(\+[^)]*\)$", "", self.text)
        m = re.fullmatch(r"([\[(])(-?[\d.]*),(-?[\d.]*)([\])])", t)
        if m:
            self.lower = (num(m.group(2)), m.group(1) == "[") if m.group(2) else None
            self.upper = (num(m.group(3)), m.group(4) == "]") if m.group(3) else None
            return
        if re.fullmatch(r"(\d{4}|XXXX)-\d\d(-\d\d)?", t):
            self.date = t.replace("XXXX-", "--")
            return
        if re.fullmatch(r"\d{4}", t) and self.kind in ("date", "year"):
            self.date = t
            return
        m = re.fullmatch(r"(>)?(-?[\d.]+(?:/[\d.]+)?)(?:\.\.(-?[\d.]+))?(%)?(?: (.+))?", t)
        if not m:
            return
        self.bound_only = m.group(1)
        if m.group(3):
            self.lower = (num(m.group(2)), True)
            self.upper = (num(m.group(3)), True)
        else:
            self.value = num(m.group(2))
        if m.group(4):
            self.unit = "percent"
        elif m.group(5):
            unit = m.group(5)
            if unit.lower().endswith("(default)"):
                self.unit_assumed = True
                unit = unit[:-len("(default)")]
            self.unit = unit_key(unit, self.kind)

    def usable(self):
        return any(x is not None for x in (self.value, self.date, self.lower, self.upper))

    def matches(self, claim):
        if self.date is not None:
            return claim["kind"] in ("date", "year") and claim["value"] == self.date
        if (self.kind == "duration" and self.value is not None and self.value < 0
                and claim["qualifier"] == "ago"):
            # "-2 hour" is the suite's way of writing two hours ago.
            return (same_number(num(claim["value"] or "x"), -self.value)
                    and (claim["unit"] or "") == (self.unit or claim["unit"]))
        if self.unit and not is_known_unit(self.unit) and self.value is not None:
            # A counted noun given in translation ("3 student" for "ثلاثة طلاب", "10 lira"):
            # the value is scored; the noun is Arabic in mizan's claim.
            return same_number(num(claim["value"] or "x"), self.value)
        if self.unit and self.value is not None and not self.bound_only:
            want = in_base_unit(self.value, self.unit)
            got = in_base_unit(num(claim["value"] or "x"), claim["unit"] or "")
            if self.unit_assumed and not claim["unit"] and claim["kind"] == "money":
                return same_number(got[0], want[0])
            # A gold "degree" names no scale: mizan's °C or °F is the same reading, more precise.
            same_unit = got[1] == want[1] or (want[1] == "°" and got[1].startswith("°"))
            return same_unit and same_number(got[0], want[0])
        if self.unit and (claim["unit"] or "") != self.unit:
            return False
        if self.value is not None:
            if self.bound_only:
                return (same_number(num(claim["lower"] or "x"), self.value)
                        and claim["qualifier"] in ("more-than", "at-least"))
            return same_number(num(claim["value"] or "x"), self.value)
        if self.lower is not None or self.upper is not None:
            # Recognizers-Text writes "between 20 and 30" as [20,30) by convention; mizan reads
            # the words as they say, [20, 30]. For a two-sided range, the upper end's
            # inclusiveness is therefore not compared.
            upper_inclusive = claim["upper_inclusive"]
            if claim["qualifier"] == "range" and self.lower and self.upper and self.lower[1]:
                upper_inclusive = self.upper[1]
            return (bound_matches(self.lower, claim["lower"], claim["lower_inclusive"])
                    and bound_matches(self.upper, claim["upper"], upper_inclusive))
        return False


def bound_matches(expected, value, inclusive):
    if expected is None:
        return value is None
    return value is not None and same_number(num(value), expected[0]) and inclusive == expected[1]


KIND_ALIASES = {
    "number": None,  # any kind: the number was read
    "number_range": None,
    "ordinal": {"ordinal"},
    "money": {"money"},
    "percent": {"percent"},
    "quantity": {"quantity"},
    "duration": {"duration"},
    "date": {"date", "year"},
    "daterange": {"date", "year"},
    "date_interval": {"date", "year"},
    "year": {"year", "number"},
}


def classify(row):
    """'scored', or the reason the row is set apart."""
    note, kind = row["note"], row["kind"]
    if any(flag in note for flag in SET_APART_FLAGS):
        return "flagged upstream"
    if "verified=0" in note:
        return "unverified upstream"
    if kind in OUT_OF_SCOPE_KINDS or "PhoneNumber" in note:
        return "out of scope"
    if kind in ("date", "daterange", "date_interval") and row["expected"]:
        years = re.findall(r"\d{4}", row["expected"])
        digits_in = re.sub(r"[^\d]", "", to_ascii_digits(row["input"]))
        if not years or any(y not in digits_in for y in years) or "W" in row["expected"]:
            return "relative date"
    if kind == "negative":
        return "scored"
    if row["expected"] == "":
        return "no gold value"  # a positive row whose suite gives no value to score against
    expected = [Expected(t, kind) for t in row["expected"].split(" | ")]
    if not all(e.usable() for e in expected):
        return "unparsed gold"
    return "scored"


def to_ascii_digits(s):
    out = []
    for ch in s:
        if ch.isdigit():
            try:
                out.append(str(int(ch)))
                continue
            except ValueError:
                pass
        out.append(ch)
    return "".join(out)


RANGE_QUALIFIERS = {"range", "more-than", "less-than", "at-least", "at-most"}

# What a negative row says must not come out, by the model or dimension its note names.
NEGATIVE_DIMENSIONS = {
    # A number inside a quantity, amount or date is not a plain number for this model.
    "NumberModel": lambda c: c["kind"] == "number",
    "NumberRangeModel": lambda c: c["qualifier"] in RANGE_QUALIFIERS,
    "OrdinalModel": lambda c: c["kind"] == "ordinal",
    "OrdinalModelSuppressExtendedTypes": lambda c: c["kind"] == "ordinal",
    "PercentModel": lambda c: c["kind"] == "percent",
    "CurrencyModel": lambda c: c["kind"] == "money",
    "DimensionModel": lambda c: c["kind"] == "quantity",
    "TemperatureModel": lambda c: c["kind"] == "quantity" and (c["unit"] or "").startswith("°"),
    "AgeModel": lambda c: c["kind"] == "duration",
    "Quantity": lambda c: c["kind"] == "quantity",
    "Time": lambda c: c["kind"] in ("date", "year"),
}


def negative_filter(note):
    m = re.search(r"(\w+): nothing should be extracted", note)
    if m and m.group(1) in NEGATIVE_DIMENSIONS:
        return NEGATIVE_DIMENSIONS[m.group(1)]
    m = re.search(r"negative corpus for (\w+)", note)
    if m and m.group(1) in NEGATIVE_DIMENSIONS:
        return NEGATIVE_DIMENSIONS[m.group(1)]
    return lambda c: True


def score(row, claims, generated=False):
    """'right', 'nothing' or 'wrong'."""
    kind = row["kind"]
    if kind == "negative":
        hits = [c for c in claims if negative_filter(row["note"])(c)]
        return "right" if not hits else "wrong"
    if not claims:
        return "nothing"
    # Generated suites label ICU's ordinal spell-out "ordinal" even where it writes a cardinal
    # phrase: for them the value alone is scored (see docs/EVALUATION.md).
    allowed = None if generated else KIND_ALIASES.get(kind, {kind})
    for text in row["expected"].split(" | "):
        e = Expected(text, kind)
        # "3 student" for "ثلاثة طلاب": a count of an Arabic noun given in translation, which
        # mizan reports as a number with that noun. (In an English row the unknown name is a
        # unit mizan lacks, and stays wrong.)
        counted = (e.unit and not is_known_unit(e.unit) and kind in ("quantity", "money")
                   and ARABIC_LETTER.search(row["input"]) is not None)
        kinds = allowed if allowed is None or not counted else allowed | {"number"}
        if not any(e.matches(c) for c in claims if kinds is None or c["kind"] in kinds):
            return "wrong"
    return "right"


def read_suite(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = []
        for line in f:
            cols = line.rstrip("\n").split("\t")
            cols += [""] * (len(header) - len(cols))
            rows.append(dict(zip(header, cols)))
    return rows


def extract_lines(mizan, inputs):
    data = "".join(i.replace("\n", " ") + "\n" for i in inputs).encode("utf-8")
    proc = subprocess.run([mizan, "extract", "--lines"], input=data, capture_output=True,
                          timeout=600)
    if proc.returncode != 0:
        sys.exit(f"mizan failed: {proc.stderr.decode(errors='replace')}")
    by_line = collections.defaultdict(list)
    for line in proc.stdout.decode("utf-8").splitlines():
        claim = json.loads(line)
        by_line[claim["line"]].append(claim)
    return [by_line[i + 1] for i in range(len(inputs))]


def run_suite(mizan, path):
    rows = read_suite(path)
    results = extract_lines(mizan, [r["input"] for r in rows])
    table = collections.defaultdict(collections.Counter)  # kind -> outcome counts
    apart = collections.Counter()
    failures = []
    for row, claims in zip(rows, results):
        status = classify(row)
        if status != "scored":
            apart[status] += 1
            continue
        outcome = score(row, claims, "GENERATED" in row["note"])
        table[row["kind"]][outcome] += 1
        if outcome != "right":
            failures.append((outcome, row, claims))
    return table, apart, failures


def accuracy(table):
    right = sum(c["right"] for c in table.values())
    total = sum(sum(c.values()) for c in table.values())
    return right, total


def main():
    parser = evalkit.arg_parser(__doc__)
    parser.add_argument("--markdown", help="write the tables to this file")
    parser.add_argument("--check", help="baseline TSV: suite<TAB>minimum accuracy in percent")
    parser.add_argument("--failures", help="write every row not right to this file")
    args = parser.parse_args()

    suites_dir = os.path.join(args.shared, "eval", "suites")
    if not os.path.isdir(suites_dir):
        print(f"SKIP: {suites_dir} not found; the suites come with ../shared")
        return 0

    lines = ["| suite | kind | right | nothing | wrong | accuracy |", "|---|---|---:|---:|---:|---:|"]
    apart_lines = ["| suite | set apart | rows |", "|---|---|---:|"]
    summary = {}
    failure_lines = []
    for name in sorted(os.listdir(suites_dir)):
        if not name.endswith(".tsv"):
            continue
        suite = name[:-4]
        table, apart, failures = run_suite(args.mizan, os.path.join(suites_dir, name))
        for kind in sorted(table):
            c = table[kind]
            total = sum(c.values())
            lines.append(f"| {suite} | {kind} | {c['right']} | {c['nothing']} | {c['wrong']} | "
                         f"{100 * c['right'] / total:.1f}% |")
        right, total = accuracy(table)
        summary[suite] = 100 * right / total if total else 100.0
        lines.append(f"| **{suite}** | **all scored** | **{right}** | | | **{summary[suite]:.1f}%** |")
        for reason in sorted(apart):
            apart_lines.append(f"| {suite} | {reason} | {apart[reason]} |")
        for outcome, row, claims in failures:
            got = "; ".join(f"{c['kind']}={c['value']}" + (f" {c['unit']}" if c["unit"] else "")
                            for c in claims)
            failure_lines.append(f"{suite}\t{row['kind']}\t{outcome}\t{row['input']}\t"
                                 f"{row['expected']}\t{got}")
        print(f"{suite:28s} {right:5d}/{total:<5d} {summary[suite]:5.1f}%")

    report = "\n".join(lines) + "\n\nRows set apart:\n\n" + "\n".join(apart_lines) + "\n"
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(report)
    if args.failures:
        with open(args.failures, "w", encoding="utf-8") as f:
            f.write("\n".join(failure_lines) + "\n")

    status = 0
    if args.check:
        with open(args.check, encoding="utf-8") as f:
            for line in f:
                if not line.strip() or line.startswith("#"):
                    continue
                suite, minimum = line.split("\t")[:2]
                if round(summary.get(suite, 0.0), 1) + 1e-9 < float(minimum):
                    print(f"REGRESSION: {suite} {summary.get(suite, 0):.1f}% < {minimum.strip()}%")
                    status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
