#!/usr/bin/python3
"""How many of the Arabic news corpus's repeated amounts the check of conflicting values reads:
where an article gives one number of three digits or more twice before the same word ("266
نوعا" ... "266 نوعا"), the second time has two of its digits swapped, and the
doc.conflicting_values warnings that appear are counted, beside those of the corpus as written.

    tests/eval/news_conflict_reach.py --mizan build/bin/mizan [--minimum N]

A repeated amount the check ties to the first is caught once its digits are swapped; one it
does not read stays silent: the count is the check's reach on real text. Years and round
numbers are left out, as the check leaves them. With --minimum, exits 1 when the reach falls
below N. Skips with a message when ../shared is absent.
"""
import re
import sys

import evalkit

AMOUNT = re.compile(r"(?<![\d.,،ر/-])(\d{3,})(?![\d.,،ر/-]) ([^\s\d،,.]+)")


def swapped(digits):
    """The digits with the last two that differ, side by side, swapped; None if none do or a
    zero would lead."""
    for i in range(len(digits) - 2, -1, -1):
        if digits[i] != digits[i + 1]:
            slip = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
            return None if slip[0] == "0" else slip
    return None


def left_out(digits):
    """A year (the same year twice before one word is no amount), or a round number ("500",
    "4000"), which the check leaves alone: round numbers are estimates of different things."""
    return (len(digits) == 4 and digits[:2] in ("19", "20")) or digits.endswith("00")


def with_a_slip(article):
    """The article with its first repeated amount's second mention swapped, or None."""
    seen = set()
    for m in AMOUNT.finditer(article):
        digits, word = m.groups()
        if left_out(digits):
            continue
        if (digits, word) in seen:
            slip = swapped(digits)
            if slip is None:
                continue
            return article[:m.start(1)] + slip + article[m.end(1):]
        seen.add((digits, word))
    return None


def conflicts(mizan, articles):
    """How many of the articles have a doc.conflicting_values warning."""
    findings = evalkit.check_lines(mizan, evalkit.one_per_line(articles))
    return len({f["line"] for f in findings if f["code"] == "doc.conflicting_values"})


def main():
    parser = evalkit.arg_parser(__doc__)
    parser.add_argument("--minimum", type=int)
    args = parser.parse_args()
    articles = evalkit.news_or_skip(args.shared)
    if articles is None:
        return 0
    slipped = [s for s in (with_a_slip(a) for a in articles) if s is not None]
    originals = [a for a in articles if with_a_slip(a) is not None]
    as_written = conflicts(args.mizan, originals)
    after = conflicts(args.mizan, slipped)
    print(f"{len(articles)} articles, {len(slipped)} with an amount given twice before one word")
    print(f"articles with doc.conflicting_values as written: {as_written}; with the second "
          f"mention's digits swapped: {after} (the check's reach)")
    if args.minimum is not None and after < args.minimum:
        print(f"FAIL: a reach below {args.minimum}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
