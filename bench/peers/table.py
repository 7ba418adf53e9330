#!/usr/bin/python3
"""Prints the peers' results (JSON lines from peers.js and peers.py) as a table, each tool's
throughput beside mizan's extraction on the same sample.

    table.py RESULTS.jsonl
"""
import json
import sys

BASELINE = "mizan extract (Python)"


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    speed = {}
    for r in rows:
        r["kbps"] = r["bytes"] / 1024 / r["seconds"] if r["seconds"] else float("inf")
        if r["tool"] == BASELINE:
            speed[r["corpus"]] = r["kbps"]
    print(f"{'sample':26} {'tool':30} {'KB':>6} {'KB/s':>9} {'found':>7} {'mizan is':>10}")
    for r in sorted(rows, key=lambda r: (r["corpus"], -r["kbps"])):
        base = speed.get(r["corpus"])
        ratio = f"{base / r['kbps']:.0f}x" if base and r["tool"] != BASELINE else ""
        print(f"{r['corpus']:26} {r['tool']:30} {r['bytes'] / 1024:6.0f} {r['kbps']:9.0f} "
              f"{r['found']:7} {ratio:>10}")


if __name__ == "__main__":
    main()
