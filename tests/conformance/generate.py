#!/usr/bin/env python3
"""Writes expected.json: what the library (through the `mizan` command, --format result) gives
for every case of inputs.json. Every binding's tests replay the cases and must give exactly this.

Usage: generate.py --mizan build/bin/mizan [--check]
  --check: compare with the committed expected.json instead of writing it (exit 1 if stale).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FLAGS = {"dollar_currency": "--dollar-currency", "published": "--published", "checks": "--checks",
         "max_input_bytes": "--max-input-bytes"}


def text_of(case, key):
    """A case's text as bytes: `key` (UTF-8) or `key_hex` (any bytes, for invalid input)."""
    if key + "_hex" in case:
        return bytes.fromhex(case[key + "_hex"])
    return case[key].encode("utf-8")


def facts_of(case):
    if "facts" in case:
        return json.dumps(case["facts"], ensure_ascii=False).encode("utf-8")
    return case["facts_raw"].encode("utf-8") if "facts_raw" in case else None


def run_case(mizan, case, scratch):
    args = [mizan, case["op"], "--format", "result"]
    for key, value in case.get("options", {}).items():
        args += [FLAGS[key], str(value)]
    stdin = b""
    facts = facts_of(case)
    if facts is not None:
        path = os.path.join(scratch, "facts.json")
        with open(path, "wb") as f:
            f.write(facts)
        args += ["--facts", path]
    if case["op"] == "compare":
        for side in ("source", "target"):
            path = os.path.join(scratch, side)
            with open(path, "wb") as f:
                f.write(text_of(case, side))
            args.append(path)
    else:
        stdin = text_of(case, "text")
    out = subprocess.run(args, input=stdin, capture_output=True, timeout=60).stdout
    result = json.loads(out.decode("utf-8").splitlines()[0])
    if "error" in result:  # the status and the place are the contract; messages are for people
        return {"error": {"status": result["error"]["status"], "offset": result["error"]["offset"]}}
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mizan", required=True)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with open(os.path.join(HERE, "inputs.json"), encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    with tempfile.TemporaryDirectory() as scratch:
        expected = {case["name"]: run_case(args.mizan, case, scratch) for case in cases}
    text = json.dumps({"expected": expected}, ensure_ascii=False, indent=1) + "\n"
    path = os.path.join(HERE, "expected.json")
    if args.check:
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                print("expected.json is stale: run tests/conformance/generate.py --mizan build/bin/mizan")
                return 1
        print(f"expected.json matches the library on {len(cases)} cases")
        return 0
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"wrote {path}: {len(cases)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
