#!/usr/bin/python3
"""Runs `mizan check` over every article of the Arabic news corpus (../shared/eval/news/) and
reports the errors and warnings, each with the verdict of the hand review in
tests/eval/news_review.tsv (true: a real inconsistency in the article; false: a false alarm).

    tests/eval/run_news_checks.py --mizan build/bin/mizan [--check] [--published YYYY-MM-DD]

A finding the review does not list counts as false. With --check, exits 1 above one false
alarm per 100 articles. --published gives every article one publication date, so that the
checks of relative time and age run (the corpus's articles date from late 2016 to mid 2017:
2017-07-01 is within a year of nearly all). Skips with a message when ../shared is absent.
"""
import collections
import os
import sys

import evalkit


def main():
    parser = evalkit.arg_parser(__doc__)
    parser.add_argument("--review", default=os.path.join(evalkit.ROOT, "tests", "eval", "news_review.tsv"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--published", help="one publication date for every article")
    args = parser.parse_args()
    articles = evalkit.news_or_skip(args.shared)
    if articles is None:
        return 0
    review = {(int(article), code): verdict
              for article, code, verdict in evalkit.review_rows(args.review)}
    findings = evalkit.check_lines(args.mizan, evalkit.one_per_line(articles), args.published)
    counts = collections.Counter()
    verdicts = collections.Counter()
    for finding in findings:
        counts[(finding["code"], finding["severity"])] += 1
        if finding["severity"] not in ("error", "warning"):
            continue
        verdict = review.get((finding["line"], finding["code"]), "unreviewed")
        verdicts[verdict] += 1
        print(f"article {finding['line']:5d} {finding['severity']:7s} {finding['code']:24s} "
              f"{verdict:10s} {finding['message']}")
    for (code, severity), n in sorted(counts.items()):
        print(f"  {code:28s} {severity:8s} {n}")
    return evalkit.false_alarm_summary(verdicts, len(articles), "articles", 100, args.check)


if __name__ == "__main__":
    sys.exit(main())
