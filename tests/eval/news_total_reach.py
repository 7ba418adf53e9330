#!/usr/bin/python3
"""How many totals and their parts in the Arabic news corpus the check of parts reads: in every
"N <noun>، بينهم M" (منهم, منها, من بينهم, هم...), the first part M is raised above its whole,
and the arith.total_mismatch warnings that appear are counted, beside those of the corpus as
written.

    tests/eval/news_total_reach.py --mizan build/bin/mizan [--minimum N]

A part the check ties to its whole is caught once it exceeds it; one it does not read stays
silent: the count is the check's reach on real text. With --minimum, exits 1 when the reach
falls below N. Skips with a message when ../shared is absent.
"""
import re
import sys

import evalkit

# A whole in digits, its noun (and a word on it), the word that opens its parts, the first part.
TOTAL = re.compile(r"(?<![\d.,،ر])(\d+) ([^\s\d،,.]+(?: [^\s\d،,.]+)?)([،,]? ?)"
                   r"(بينهم|بينها|منهم|منها|من بينهم|من بينها|ومنها|هم|وهم) (\d+)(?![\d.,،ر])")
# A scale word after the whole makes it another number than its digits: left out.
SCALES = ("ألف", "آلاف", "الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "م")


def readable(m):
    return m.group(2).split(" ")[0] not in SCALES


def raise_part(m):
    whole, noun, mark, cue, _ = m.groups()
    if not readable(m):
        return m.group(0)
    return f"{whole} {noun}{mark}{cue} {int(whole) + 17}"


def main():
    return evalkit.reach_main(
        __doc__, "arith.total_mismatch",
        lambda a: sum(1 for m in TOTAL.finditer(a) if readable(m)),
        lambda a: TOTAL.sub(raise_part, a),
        "totals in digits before a word of their parts",
        "with each first part raised above its whole")


if __name__ == "__main__":
    sys.exit(main())
