"""Replays tests/conformance: the binding must give exactly what the library gives."""
import json
import os

import pytest

import mizan

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..")
CONFORMANCE = os.path.join(ROOT, "tests", "conformance")
FIELDS = ["start", "end", "text", "kind", "value", "unit", "noun", "noun_key", "lower", "upper",
          "lower_inclusive", "upper_inclusive", "approx", "script", "qualifier", "calendar",
          "weekday", "sentence", "too_large", "separator_guessed",
          "ratio"]
OPTIONS = {"dollar_currency", "published", "checks", "max_input_bytes"}


def load():
    with open(os.path.join(CONFORMANCE, "inputs.json"), encoding="utf-8") as f:
        cases = json.load(f)["cases"]
    with open(os.path.join(CONFORMANCE, "expected.json"), encoding="utf-8") as f:
        expected = json.load(f)["expected"]
    return [(case, expected[case["name"]]) for case in cases]


def text_of(case, key):
    return bytes.fromhex(case[key + "_hex"]) if key + "_hex" in case else case[key]


def claim_json(c):
    raw = {f: getattr(c, f) for f in FIELDS if f not in ("start", "end")}
    raw.update(start=c.byte_start, end=c.byte_end, weekday=c.weekday)
    return raw


def finding_json(f, comparison):
    def spans(side):
        return [{"start": s.byte_start, "end": s.byte_end} for s in f.spans if s.side == side]
    out = {"code": f.code, "severity": f.severity, "message": f.message,
           "expected": f.expected, "found": f.found}
    if comparison:
        out.update(source_spans=spans("source"), target_spans=spans("target"))
    else:
        out["spans"] = spans("source")
    return out


def replay(engine, case):
    options = {k: v for k, v in case.get("options", {}).items() if k in OPTIONS}
    if case["op"] == "extract":
        return {"claims": [claim_json(c) for c in engine.extract(text_of(case, "text"), **options)]}
    if case["op"] == "check":
        facts = None
        if "facts" in case or "facts_raw" in case:
            facts = mizan.Facts(engine, case.get("facts", case.get("facts_raw")))
        r = engine.check(text_of(case, "text"), facts=facts, **options)
        return {"claims": [claim_json(c) for c in r.claims],
                "findings": [finding_json(f, False) for f in r.findings]}
    r = engine.compare(text_of(case, "source"), text_of(case, "target"), **options)
    return {"source_claims": [claim_json(c) for c in r.source_claims],
            "target_claims": [claim_json(c) for c in r.target_claims],
            "findings": [finding_json(f, True) for f in r.findings]}


@pytest.mark.parametrize("case,expected", load(), ids=lambda v: v["name"] if "name" in v else "")
def test_conformance(case, expected):
    engine = mizan.Engine()
    if "error" in expected:
        with pytest.raises(mizan.MizanError) as e:
            replay(engine, case)
        assert {"status": e.value.status, "offset": e.value.byte_offset} == expected["error"]
    else:
        assert replay(engine, case) == expected
