#!/usr/bin/python3
"""How many sentences of the Arabic news corpus the check of a change and its percentage reads:
every percentage after a word of change ("بنسبة 12", "بزيادة 7") is moved by 17 points, and the
arith.change_mismatch warnings that appear are counted, beside those of the corpus as written.

    tests/eval/news_change_reach.py --mizan build/bin/mizan [--minimum N]

A change whose percentage the check reads is caught once moved; one it does not read stays
silent. So the count is the check's reach on real text, which its hand-made tests cannot show.
With --minimum, exits 1 when the reach falls below N. (Warnings on the corpus as written are
run_news_checks.py's to review.)
Skips with a message when ../shared is absent.
"""
import re
import sys

import evalkit

# A word of change and its percentage, as the press writes it: "بنسبة 12", "بنسبة 1،1", and
# the Tunisian agency's "بنسبة 4ر3" (3.4: the digits after the ر are the whole part).
CHANGE = re.compile(r"(بنسبة|بـنسبة|بزيادة|بتراجع|بانخفاض|بارتفاع|بنمو) (\d+)(?:([ر،,.])(\d+))?")


def move(m):
    """The percentage 17 points higher, written as it was."""
    word, first, sep, second = m.groups()
    if sep is None:
        return f"{word} {int(first) + 17}"
    if sep == "ر":
        return f"{word} {first}ر{int(second) + 17}"
    return f"{word} {int(first) + 17}{sep}{second}"


def moved(article):
    return CHANGE.sub(move, article)


def main():
    return evalkit.reach_main(
        __doc__, "arith.change_mismatch", lambda a: len(CHANGE.findall(a)), moved,
        "percentages after a word of change", "with every such percentage moved by 17 points")


if __name__ == "__main__":
    sys.exit(main())
