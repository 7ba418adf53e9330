#!/usr/bin/python3
"""mizan through its Python binding, one document per call: bench.py DOCS_FILE [SECONDS]."""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "bindings", "python"))
import mizan  # noqa: E402


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        docs = [line.rstrip("\n") for line in f if line.strip()]
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3.0
    engine = mizan.Engine()
    size = sum(len(d.encode("utf-8")) for d in docs)
    for call, run in (("extract", engine.extract), ("check", engine.check)):
        run(docs[0])
        rounds, start = 0, time.perf_counter()
        while True:
            for d in docs:
                run(d)
            rounds += 1
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                break
        print(json.dumps({"binding": "python", "call": call, "docs": rounds * len(docs),
                          "bytes": rounds * size, "seconds": elapsed}))


if __name__ == "__main__":
    main()
