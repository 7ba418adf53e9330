#!/usr/bin/python3
"""Compares the real English-Arabic translations of ../shared/eval/parallel/ and reports the
share of pairs flagged with an error or a warning, split by the hand review in
tests/eval/parallel_review.tsv into real translation slips and false alarms.

    tests/eval/run_parallel.py --mizan build/bin/mizan [--dump flagged.txt] [--check]

A flagged pair that the review file does not list counts as a false alarm (so the rate never
looks better than what was read). With --check, exits 1 when false alarms exceed 2 % of the
pairs. Skips with a message when ../shared is absent.
"""
import collections
import json
import os
import subprocess
import sys

import evalkit


def main():
    parser = evalkit.arg_parser(__doc__)
    parser.add_argument("--review", default=os.path.join(evalkit.ROOT, "tests", "eval", "parallel_review.tsv"))
    parser.add_argument("--dump", help="write every flagged pair with its findings here")
    parser.add_argument("--check", action="store_true", help="fail above 2 %% false alarms")
    args = parser.parse_args()
    directory = os.path.join(args.shared, "eval", "parallel")
    if not os.path.isdir(directory):
        print(f"SKIP: {directory} not found; the translations come with ../shared")
        return 0
    review = {(name, int(row)): verdict for name, row, verdict in evalkit.review_rows(args.review)}
    total_pairs = 0
    verdicts = collections.Counter()
    dump = []
    for name in evalkit.PARALLEL_FILES:
        path = os.path.join(directory, name + ".tsv")
        with open(path, encoding="utf-8") as f:
            pairs = f.read().split("\n")
        pairs = [p for p in pairs if p]
        total_pairs += len(pairs)
        out = subprocess.run([args.mizan, "compare", "--lines", path], capture_output=True, check=True)
        flagged = collections.defaultdict(list)
        for line in out.stdout.decode("utf-8").splitlines():
            finding = json.loads(line)
            if finding["severity"] in ("error", "warning"):
                flagged[finding["line"]].append(finding)
        counts = collections.Counter(review.get((name, row), "unreviewed") for row in flagged)
        verdicts.update(counts)
        print(f"{name:24s} {len(pairs):5d} pairs, {len(flagged):4d} flagged: "
              + ", ".join(f"{v} {n}" for v, n in sorted(counts.items())))
        for row, findings in sorted(flagged.items()):
            en, ar = pairs[row - 1].split("\t")
            dump.append(f"{name}\t{row}\t{review.get((name, row), 'unreviewed')}\n  EN: {en}\n  AR: {ar}")
            for fnd in findings:
                dump.append(f"  - {fnd['severity']} {fnd['code']}: {fnd['message']}")
    false_alarms = verdicts["false"] + verdicts["unreviewed"]
    flagged_total = sum(verdicts.values())
    print(f"all {total_pairs} pairs: {flagged_total} flagged ({100 * flagged_total / total_pairs:.2f} %), "
          f"{verdicts['slip']} real slips, {false_alarms} false alarms "
          f"({100 * false_alarms / total_pairs:.2f} % of pairs; unreviewed count as false)")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            f.write("\n".join(dump) + "\n")
    if args.check and false_alarms > 0.02 * total_pairs:
        print("FAIL: false alarms above 2 % of pairs")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
