#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/seed-*) from the
project's own test inputs: the conformance cases and the example articles. Inputs that once
crashed a target are kept beside them as crash-* files and are never rewritten here.

Usage: make_seeds.py
"""
import hashlib
import json
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..", "..")


def texts():
    with open(os.path.join(ROOT, "tests", "conformance", "inputs.json"), encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    out = []
    for case in cases:
        for key in ("text", "source", "target"):
            if key in case:
                out.append(case[key].encode("utf-8"))
            if key + "_hex" in case:
                out.append(bytes.fromhex(case[key + "_hex"]))
    for name in ("article.en.txt", "article.ar.txt"):
        with open(os.path.join(ROOT, "examples", name), "rb") as f:
            out.append(f.read())
    return out


def pairs():
    with open(os.path.join(ROOT, "tests", "conformance", "inputs.json"), encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    out = []
    for case in cases:
        if case["op"] == "compare" and "source" in case and "target" in case:
            out.append((case["source"].encode(), case["target"].encode()))
    with open(os.path.join(ROOT, "examples", "article.en.txt"), "rb") as en, \
            open(os.path.join(ROOT, "examples", "article.ar.txt"), "rb") as ar:
        out.append((en.read(), ar.read()))
    return out


def compare_input(source, target):
    # compare_fuzz.cc: the first byte says which share of the rest is the source; one byte
    # cannot say every split, so the cut falls near the real one, which is as good for a seed.
    total = len(source) + len(target)
    share = 0 if total == 0 else min(255, round(len(source) * 256 / total))
    return bytes([share]) + source + target


def facts_inputs():
    good = {"facts": [
        {"id": "members", "kind": "number", "value": 64, "cues": ["members"]},
        {"id": "launch", "kind": "year", "value": 2011, "cues": ["launched"], "tolerance": 0},
        {"id": "budget", "kind": "money", "value": 3000000000, "unit": "USD", "cues": ["budget"]},
        {"id": "share", "kind": "percent", "lower": 10, "upper": 20, "cues": ["share"]}]}
    return [json.dumps(good).encode(), b'{"facts": [', b'{"facts": [{"id": 1}]}', b"[]",
            b'{"facts": [{"id": "x", "kind": "year", "value": "soon"}]}']


def options_input(dollar, published, checks, text):
    # options_fuzz.cc: size byte, flags byte, max_input_bytes (4), tail byte, three C strings.
    return (bytes([8, 1]) + struct.pack(">I", 0) + bytes([1]) + dollar + b"\0" + published +
            b"\0" + checks + b"\0" + text)


def write(target, inputs):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.startswith("seed-"):
            os.remove(os.path.join(folder, name))
    for data in inputs:
        name = "seed-" + hashlib.sha1(data).hexdigest()[:16]
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    print(f"{target}: {len(inputs)} seeds")


def main():
    all_texts = texts()
    write("extract", all_texts)
    write("check", all_texts)
    write("compare", [compare_input(s, t) for s, t in pairs()])
    write("facts", facts_inputs())
    write("options", [options_input(b"CAD", b"2022-11-18", b"style.*=off", all_texts[0]),
                      options_input(b"", b"18/11/2022", b"", b"5"),
                      options_input(b"", b"", b"no.such=off, date.*=error", all_texts[-1])])


if __name__ == "__main__":
    main()
