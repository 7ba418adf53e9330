#!/usr/bin/python3
"""How many of the Arabic news corpus's dates with their weekday the weekday check reads: in
every "الخميس 16 فيفري 2017" (a weekday, a few words such as "الموافق" allowed, then a day, a
month and a year), the day is moved by three, so that the weekday no longer fits, and the
date.weekday_mismatch errors that appear are counted, beside those of the corpus as written.

    tests/eval/news_weekday_reach.py --mizan build/bin/mizan [--minimum N]

A date whose weekday the check reads is caught once moved; one it does not read stays silent:
the count is the check's reach on real text. With --minimum, exits 1 when the reach falls
below N. Skips with a message when ../shared is absent.
"""
import re
import sys

import evalkit

WEEKDAY = r"(?:ال)?(?:أحد|اثنين|إثنين|ثلاثاء|أربعاء|اربعاء|خميس|جمعة|سبت)"
# The weekday, words that may stand between, then the day, a month's name and the year.
DATED = re.compile(r"(?<![\w])(" + WEEKDAY + r"(?:[،,]? (?:الموافق|المقبل|الماضي|الفارط))*"
                   r"[،,]? ?)(\d{1,2})( [^\s\d]+ \d{4})")


def move(m):
    day = int(m.group(2))
    moved = day + 3 if day <= 25 else day - 3
    return f"{m.group(1)}{moved}{m.group(3)}"


def main():
    return evalkit.reach_main(
        __doc__, "date.weekday_mismatch", lambda a: len(DATED.findall(a)),
        lambda a: DATED.sub(move, a), "dates in digits after their weekday",
        "with each such day moved by three")


if __name__ == "__main__":
    sys.exit(main())
