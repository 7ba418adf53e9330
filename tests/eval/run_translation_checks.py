#!/usr/bin/python3
"""Runs `mizan check` over each side of the real English-Arabic translations of
../shared/eval/parallel/, one sentence a line, and reports every error and warning with the
verdict of the hand review in tests/eval/translation_checks_review.tsv (true: a real
inconsistency in the sentence; false: a false alarm).

    tests/eval/run_translation_checks.py --mizan build/bin/mizan [--check]

The document checks meet here sentences of other domains than the news corpus (health,
sport, everyday speech) in both languages. The news sets get a publication date near their
writing, so that the checks of relative time and age run: newstest2019 2019-01-01, TICO-19
2020-06-01; Tatoeba's sentences have none. A finding the review does not list counts as
false. With --check, exits 1 above one false alarm per 1000 lines. Skips with a message when
../shared is absent.
"""
import collections
import os
import sys

import evalkit

PUBLISHED = {"ntrex128_newstest2019": "2019-01-01", "tico19_en_ar": "2020-06-01"}


def side_lines(path, column):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t")[column] for line in f if line.strip()]


def main():
    parser = evalkit.arg_parser(__doc__)
    parser.add_argument("--review", default=os.path.join(
        evalkit.ROOT, "tests", "eval", "translation_checks_review.tsv"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    directory = os.path.join(args.shared, "eval", "parallel")
    if not os.path.isdir(directory):
        print(f"SKIP: {directory} not found; the translations come with ../shared")
        return 0
    review = {}
    with open(args.review, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, side, row, code, verdict = line.rstrip("\n").split("\t")[:5]
            review[(name, side, int(row), code)] = verdict
    total_lines = 0
    verdicts = collections.Counter()
    for name in evalkit.PARALLEL_FILES:
        path = os.path.join(directory, name + ".tsv")
        for column, side in enumerate(("en", "ar")):
            lines = side_lines(path, column)
            total_lines += len(lines)
            for finding in evalkit.check_lines(args.mizan, lines, PUBLISHED.get(name)):
                if finding["severity"] not in ("error", "warning"):
                    continue
                key = (name, side, finding["line"], finding["code"])
                verdict = review.get(key, "unreviewed")
                verdicts[verdict] += 1
                print(f"{name}:{side}:{finding['line']} {finding['severity']} {finding['code']} "
                      f"{verdict}: {finding['message']}")
    return evalkit.false_alarm_summary(verdicts, total_lines, "lines", 1000, args.check)


if __name__ == "__main__":
    sys.exit(main())
