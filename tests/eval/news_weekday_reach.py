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


def weekday_errors(mizan, articles):
    findings = evalkit.check_lines(mizan, evalkit.one_per_line(articles))
    return sum(1 for f in findings if f["code"] == "date.weekday_mismatch")


def main():
    parser = evalkit.arg_parser(__doc__)
    parser.add_argument("--minimum", type=int)
    args = parser.parse_args()
    articles = evalkit.news_or_skip(args.shared)
    if articles is None:
        return 0
    sites = sum(len(DATED.findall(a)) for a in articles)
    as_written = weekday_errors(args.mizan, articles)
    after = weekday_errors(args.mizan, [DATED.sub(move, a) for a in articles])
    print(f"{len(articles)} articles, {sites} dates in digits after their weekday")
    print(f"date.weekday_mismatch as written: {as_written}; with each such day moved by three: "
          f"{after} (the check's reach)")
    if args.minimum is not None and after < args.minimum:
        print(f"FAIL: a reach below {args.minimum}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
