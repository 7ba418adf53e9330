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


def main():
    return evalkit.reach_main(
        __doc__, "doc.conflicting_values", lambda a: int(with_a_slip(a) is not None),
        with_a_slip, "articles with an amount given twice before one word",
        "with the second mention's digits swapped")


if __name__ == "__main__":
    sys.exit(main())
