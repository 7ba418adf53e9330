"""Tests of the `mizan` command: output formats, --lines, exit codes and error messages.

Usage: python3 cli_test.py PATH_TO_MIZAN
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

MIZAN = None

FIELDS = ["start", "end", "text", "kind", "value", "unit", "noun", "noun_key", "lower",
          "upper", "lower_inclusive", "upper_inclusive", "approx", "script", "qualifier",
          "calendar", "weekday", "sentence", "too_large", "separator_guessed",
          "ratio"]


def run(args, stdin=b""):
    return subprocess.run([MIZAN] + args, input=stdin, capture_output=True, timeout=60)


def claims(stdout):
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


class ExtractTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, data):
        path = os.path.join(self.dir.name, "input.txt")
        with open(path, "wb") as f:
            f.write(data)
        return path

    def test_json_lines_from_a_file(self):
        text = "ارتفع الإنتاج ١٢٫٥٪ إلى 31,000 طن.".encode("utf-8")
        result = run(["extract", self.write(text)])
        self.assertEqual(result.returncode, 0, result.stderr)
        found = claims(result.stdout)
        self.assertEqual(len(found), 2)
        self.assertEqual(list(found[0].keys()), FIELDS)
        self.assertEqual(found[0]["kind"], "percent")
        self.assertEqual(found[0]["value"], "12.5")
        self.assertEqual(found[0]["script"], "arabic-indic")
        self.assertEqual(found[1]["value"], "31000")
        self.assertEqual(found[1]["kind"], "quantity")
        self.assertEqual(found[1]["unit"], "t")
        self.assertIsNone(found[1]["noun"])
        # Offsets are UTF-8 bytes into the input.
        for c in found:
            self.assertEqual(text[c["start"]:c["end"]].decode("utf-8"), c["text"])

    def test_standard_input_with_dash_or_nothing(self):
        for args in (["extract", "-"], ["extract"]):
            result = run(args, "بلغ 68 بلدا".encode("utf-8"))
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual([c["value"] for c in claims(result.stdout)], ["68"])

    def test_lines_mode_numbers_lines_and_keeps_offsets_per_line(self):
        data = "page 5\n\nالصفحة ٧ و 8\r\n".encode("utf-8")
        result = run(["extract", "--lines", self.write(data)])
        self.assertEqual(result.returncode, 0, result.stderr)
        found = claims(result.stdout)
        self.assertEqual([(c["line"], c["value"]) for c in found], [(1, "5"), (3, "7"), (3, "8")])
        self.assertEqual(list(found[0].keys())[0], "line")
        self.assertEqual(found[0]["start"], 5)
        line3 = "الصفحة ٧ و 8".encode("utf-8")
        self.assertEqual(line3[found[1]["start"]:found[1]["end"]].decode("utf-8"), "٧")

    def test_text_format_is_a_table(self):
        result = run(["extract", "--format", "text"], "نسبة 3 في المائة".encode("utf-8"))
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.decode("utf-8").splitlines()
        self.assertTrue(lines[0].startswith("span"))
        self.assertIn("percent", lines[1])
        self.assertIn("[3, 3]", lines[1])
        result = run(["extract", "--format=text", "--lines"], b"1\n2\n")
        self.assertIn("2:0-1", result.stdout.decode("utf-8"))

    def test_embedded_nul(self):
        result = run(["extract"], b"12\x0034")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([c["value"] for c in claims(result.stdout)], ["12", "34"])

    def test_invalid_utf8_exits_2_and_names_the_byte(self):
        result = run(["extract"], b"abc \xe2\x28\xa1")
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"byte 4", result.stderr)
        self.assertEqual(result.stdout, b"")
        result = run(["extract", "--lines"], b"ok 1\nbad \xff\n")
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"line 2", result.stderr)
        self.assertIn(b"byte 4", result.stderr)

    def test_bad_usage_exits_2(self):
        for args in (["extract", "--nosuchflag"], ["frobnicate"], [],
                     ["extract", "--format", "xml"], ["extract", "a", "b"],
                     ["extract", os.path.join(self.dir.name, "missing.txt")],
                     ["extract", "--format"]):
            result = run(args)
            self.assertEqual(result.returncode, 2, args)
            self.assertTrue(result.stderr.startswith(b"mizan: "), (args, result.stderr))
            self.assertEqual(len(result.stderr.decode().splitlines()[0].split("\n")), 1)

    def test_help_documents_commands_and_fields(self):
        result = run(["--help"])
        self.assertEqual(result.returncode, 0)
        out = result.stdout.decode()
        for word in ("extract", "--lines", "--format", "lower_inclusive", "Exit status"):
            self.assertIn(word, out)

    def test_version(self):
        result = run(["version"])
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout.decode(), r"^mizan \d+\.\d+\.\d+\n$")


class CheckCompareTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def test_check_prints_findings_as_json_lines(self):
        result = run(["check"], "الاثنين 18 نوفمبر 2022 وصل الوفد".encode("utf-8"))
        self.assertEqual(result.returncode, 0, result.stderr)
        findings = claims(result.stdout)
        self.assertEqual(len(findings), 1)
        self.assertEqual(list(findings[0].keys()),
                         ["code", "severity", "message", "spans", "expected", "found"])
        self.assertEqual(findings[0]["code"], "date.weekday_mismatch")

    def test_fail_on_sets_the_exit_status(self):
        text = "الاثنين 18 نوفمبر 2022".encode("utf-8")
        self.assertEqual(run(["check", "--fail-on", "error"], text).returncode, 1)
        self.assertEqual(run(["check", "--fail-on", "warning"], text).returncode, 1)
        self.assertEqual(run(["check", "--fail-on", "error", "--checks", "date.*=off"], text).returncode, 0)
        self.assertEqual(run(["check", "--fail-on", "sometimes"], text).returncode, 2)

    def test_facts_and_publication_date(self):
        facts = self.write("facts.json", json.dumps({"facts": [
            {"id": "launch", "kind": "year", "value": 2011, "cues": ["launched"]}]}))
        text = "The database was launched 13 years ago.".encode("utf-8")
        result = run(["check", "--facts", facts, "--published", "2022-11-18"], text)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([f["code"] for f in claims(result.stdout)], ["fact.contradiction"])
        bad = self.write("bad.json", '{"facts": [')
        result = run(["check", "--facts", bad], text)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"facts", result.stderr)
        self.assertEqual(run(["check", "--published", "yesterday"], text).returncode, 2)

    def test_check_lines(self):
        data = "ok 5\nالاثنين 18 نوفمبر 2022\n".encode("utf-8")
        result = run(["check", "--lines"], data)
        findings = claims(result.stdout)
        self.assertEqual([(f["line"], f["code"]) for f in findings], [(2, "date.weekday_mismatch")])

    def test_compare_files_and_pairs(self):
        source = self.write("en.txt", "It cost $1,127 on Thursday.")
        target = self.write("ar.txt", "كلف 1197 دولارا يوم الثلاثاء.")
        result = run(["compare", source, target])
        self.assertEqual(result.returncode, 0, result.stderr)
        findings = claims(result.stdout)
        self.assertEqual(sorted(f["code"] for f in findings),
                         ["compare.date_mismatch", "compare.value_mismatch"])
        self.assertIn("source_spans", findings[0])
        self.assertIn("target_spans", findings[0])
        pairs = self.write("pairs.tsv", "5 boats\t5 قوارب\n7 boats\t9 قوارب\n")
        result = run(["compare", "--lines", pairs])
        self.assertEqual(sorted({f["line"] for f in claims(result.stdout)}), [2])
        self.assertEqual(run(["compare", source]).returncode, 2)
        bad_pairs = self.write("bad.tsv", "no tab here\n")
        self.assertEqual(run(["compare", "--lines", bad_pairs]).returncode, 2)

    def test_text_format_for_people(self):
        result = run(["check", "--format", "text"], "الاثنين 18 نوفمبر 2022".encode("utf-8"))
        out = result.stdout.decode("utf-8")
        self.assertIn("error", out)
        self.assertIn("date.weekday_mismatch", out)
        self.assertIn("الاثنين 18 نوفمبر 2022", out)

    def test_result_format_is_the_whole_result(self):
        text = "paid $40 on Monday 18 November 2022".encode("utf-8")
        result = run(["check", "--format", "result", "--dollar-currency", "CAD",
                      "--fail-on", "error"], text)
        self.assertEqual(result.returncode, 1, result.stderr)
        (whole,) = claims(result.stdout)
        self.assertEqual(list(whole.keys()), ["claims", "findings"])
        self.assertEqual([(c["kind"], c["unit"]) for c in whole["claims"]],
                         [("money", "CAD"), ("date", None)])
        self.assertEqual([f["code"] for f in whole["findings"]], ["date.weekday_mismatch"])
        extracted = run(["extract", "--format", "result", "--dollar-currency", "CAD"], text)
        self.assertEqual(claims(extracted.stdout)[0]["claims"], whole["claims"])
        source = self.write("en.txt", "64 countries")
        target = self.write("ar.txt", "46 دولة")
        (pair,) = claims(run(["compare", "--format", "result", source, target]).stdout)
        self.assertEqual(list(pair.keys()), ["source_claims", "target_claims", "findings"])
        self.assertEqual(pair["findings"][0]["code"], "compare.value_mismatch")
        refused = run(["extract", "--format", "result"], b"12 \xff")
        self.assertEqual(refused.returncode, 2)
        self.assertEqual(claims(refused.stdout)[0]["error"]["status"], 2)
        self.assertEqual(claims(refused.stdout)[0]["error"]["offset"], 3)
        long = run(["check", "--format", "result", "--max-input-bytes", "2"], b"123")
        self.assertEqual((long.returncode, claims(long.stdout)[0]["error"]["status"]), (2, 3))


if __name__ == "__main__":
    MIZAN = sys.argv.pop(1)
    unittest.main(verbosity=2)
