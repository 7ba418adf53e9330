#!/usr/bin/python3
"""Runs `mizan check` over every article of the Arabic news corpus (../shared/eval/news/) and
reports the errors and warnings, each with the verdict of the hand review in
tests/eval/news_review.tsv (true: a real inconsistency in the article; false: a false alarm).

    tests/eval/run_news_checks.py --mizan build/bin/mizan [--check]

A finding the review does not list counts as false. With --check, exits 1 above one false
alarm per 100 articles. Skips with a message when ../shared is absent.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mizan", required=True)
    parser.add_argument("--shared", default=os.path.join(root, "..", "shared"))
    parser.add_argument("--review", default=os.path.join(root, "tests", "eval", "news_review.tsv"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    path = os.path.join(args.shared, "eval", "news", "antcorpus_economy_international.txt")
    if not os.path.exists(path):
        print(f"SKIP: {path} not found; the corpus comes with ../shared")
        return 0
    with open(path, encoding="utf-8") as f:
        articles = [b.strip("\n") for b in f.read().split("\n\n") if b.strip()]
    review = {}
    with open(args.review, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            article, code, verdict = line.rstrip("\n").split("\t")[:3]
            review[(int(article), code)] = verdict
    # One article per line; the headline and the body stay apart as two paragraphs.
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as tmp:
        tmp.write("\n".join(a.replace("\n", " \u2029 ") for a in articles) + "\n")
    try:
        out = subprocess.run([args.mizan, "check", "--lines", tmp.name], capture_output=True, check=True)
    finally:
        os.unlink(tmp.name)
    counts = collections.Counter()
    verdicts = collections.Counter()
    for line in out.stdout.decode("utf-8").splitlines():
        finding = json.loads(line)
        counts[(finding["code"], finding["severity"])] += 1
        if finding["severity"] not in ("error", "warning"):
            continue
        verdict = review.get((finding["line"], finding["code"]), "unreviewed")
        verdicts[verdict] += 1
        print(f"article {finding['line']:5d} {finding['severity']:7s} {finding['code']:24s} "
              f"{verdict:10s} {finding['message']}")
    for (code, severity), n in sorted(counts.items()):
        print(f"  {code:28s} {severity:8s} {n}")
    false_alarms = verdicts["false"] + verdicts["unreviewed"]
    per_100 = 100 * false_alarms / len(articles)
    print(f"{len(articles)} articles: {sum(verdicts.values())} errors and warnings, {verdicts['true']} "
          f"true, {false_alarms} false ({per_100:.2f} per 100 articles; unreviewed count as false)")
    if args.check and per_100 > 1:
        print("FAIL: more than one false alarm per 100 articles")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
