#!/usr/bin/python3
"""Extraction over the Arabic news corpus (../shared/eval/news/): claims per article, by kind,
and a fixed random sample of claims with their context, for reading by hand.

    tests/eval/news_sample.py --mizan build/bin/mizan [--sample 50] [--seed 7]
    tests/eval/news_sample.py --mizan build/bin/mizan --translations en|ar [--seed 7]

Articles are separated by blank lines (a headline line, then the body); each is one document.
With --translations, the documents are the English or the Arabic sentences of the real
translations (../shared/eval/parallel/) instead. Skips with a message when ../shared is absent.
"""
import collections
import json
import os
import random
import subprocess
import sys

import evalkit


def main():
    parser = evalkit.arg_parser(__doc__)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--translations", choices=["en", "ar"],
                        help="sample one side of the real translations instead of the news")
    args = parser.parse_args()
    if args.translations:
        docs = evalkit.translation_sentences(args.shared, 0 if args.translations == "en" else 1)
        lines = [d.replace("\n", " ") for d in docs]
    else:
        path = evalkit.news_path(args.shared)
        docs = evalkit.news_articles(path) if os.path.exists(path) else []
        lines = evalkit.one_per_line(docs)
    if not docs:
        print(f"SKIP: no corpus under {args.shared}/eval; it comes with ../shared")
        return 0
    out = subprocess.run([args.mizan, "extract", "--lines"], capture_output=True, check=True,
                         input="\n".join(lines).encode("utf-8") + b"\n")
    claims = [json.loads(l) for l in out.stdout.decode("utf-8").splitlines()]
    kinds = collections.Counter(c["kind"] for c in claims)
    unit = "sentence" if args.translations else "article"
    print(f"{len(docs)} {unit}s, {len(claims)} claims, "
          f"{len(claims) / len(docs):.1f} claims per {unit}")
    for kind, n in kinds.most_common():
        print(f"  {kind:9s} {n:6d}  ({n / len(docs):.2f} per {unit})")
    rng = random.Random(args.seed)
    print(f"\nA sample of {args.sample} claims (seed {args.seed}):")
    for c in rng.sample(claims, min(args.sample, len(claims))):
        line = lines[c["line"] - 1].encode("utf-8")
        before = line[max(0, c["start"] - 60):c["start"]].decode("utf-8", "ignore")
        after = line[c["end"]:c["end"] + 40].decode("utf-8", "ignore")
        extra = " ".join(f"{k}={c[k]}" for k in ("unit", "noun_key", "qualifier") if c[k])
        print(f"[{c['line']}] {c['kind']}={c['value'] or (c['lower'], c['upper'])} {extra}\n"
              f"    …{before}【{c['text']}】{after}…")
    return 0


if __name__ == "__main__":
    sys.exit(main())
