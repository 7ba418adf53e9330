#!/usr/bin/python3
"""Times dateparser (Debian's python3-dateparser) and mizan's Python binding on the samples
that run.sh prepared, one document (line) per call. Prints one JSON object per tool and
corpus.

    peers.py SAMPLE...
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "bindings", "python"))
import mizan  # noqa: E402

BUDGET = float(os.environ.get("PEERS_BUDGET", "20"))


def timed(tool, sample, lines, run):
    run(lines[0])  # build lazily loaded models before timing
    size = found = 0
    start = time.perf_counter()
    seconds = 0.0
    for line in lines:
        found += run(line)
        size += len(line.encode("utf-8")) + 1
        seconds = time.perf_counter() - start
        if seconds > BUDGET:  # a slow tool is timed on the part it got through
            break
    print(json.dumps({"tool": tool, "corpus": os.path.basename(sample), "bytes": size,
                      "seconds": seconds, "found": found}), flush=True)


def main():
    engine = mizan.Engine()
    tools = [("mizan extract (Python)", lambda line: len(engine.extract(line))),
             ("mizan check (Python)", lambda line: len(engine.check(line).findings))]
    try:
        from dateparser.search import search_dates
        for lang in ("ar", "en"):
            tools.append((f"dateparser search_dates {lang}",
                          lambda line, lang=lang: len(search_dates(line, languages=[lang]) or [])))
    except ImportError:
        print("dateparser is not installed (apt-get install python3-dateparser): skipped",
              file=sys.stderr)
    for sample in sys.argv[1:]:
        with open(sample, encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f if line.strip()]
        for tool, run in tools:
            timed(tool, sample, lines, run)


if __name__ == "__main__":
    main()
