// The `mizan` command. Written against mizan.h only, so that it exercises the C ABI exactly
// as any other program would.

#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "bindings/cli/args.h"
#include "bindings/cli/check_command.h"
#include "bindings/cli/extract_command.h"
#include "mizan.h"

ABSL_FLAG(bool, lines, false,
          "Treat every input line as its own document; each output object gets \"line\" "
          "(1-based) and offsets are relative to that line.");
ABSL_FLAG(std::string, format, "json",
          "Output format: json (JSON Lines), text (for people) or result (one JSON object).");
ABSL_FLAG(std::string, dollar_currency, "", "The ISO 4217 code of a bare \"$\" (default USD).");
ABSL_FLAG(uint64_t, max_input_bytes, 0, "Refuse longer inputs (0: the default, 1 GiB).");
ABSL_FLAG(std::string, facts, "", "check: a JSON file of reference facts.");
ABSL_FLAG(std::string, published, "", "check, compare: the publication date, YYYY-MM-DD.");
ABSL_FLAG(std::string, checks, "", "check, compare: e.g. \"compare.extra=off,style.*=off\".");
ABSL_FLAG(std::string, fail_on, "", "check, compare: exit 1 when a finding is this severe "
          "(error or warning).");

namespace {

constexpr char kUsage[] = R"(mizan: find and check numeric claims in Arabic and English text

Usage:
  mizan extract [--lines] [--format FORMAT] [--dollar-currency CODE] [FILE|-]
  mizan check   [--lines] [--facts FILE] [--published YYYY-MM-DD] [--checks SPEC]
                [--format FORMAT] [--dollar-currency CODE] [--fail-on error|warning] [FILE|-]
  mizan compare [--checks SPEC] [--format FORMAT] [--dollar-currency CODE]
                [--fail-on error|warning] SOURCE TARGET
  mizan compare --lines [...] [PAIRS.tsv|-]
  mizan version
  mizan help

Commands:
  extract   Print every numeric claim of FILE (or standard input when FILE is - or absent)
            as JSON Lines: one object per claim with the fields start, end, text, kind,
            value, unit, noun, noun_key, lower, upper, lower_inclusive, upper_inclusive,
            approx, script, qualifier, calendar, weekday, sentence, too_large,
            separator_guessed, ratio
            (absent values are null; offsets are UTF-8 bytes). README.md documents each.
  check     Print the inconsistencies inside FILE (dates and weekdays, Hijri dates, relative
            time, arithmetic, conflicting values, style), and against --facts, as JSON Lines:
            one object per finding with code, severity, message, spans ([{"start","end"}],
            UTF-8 bytes), expected, found. The publication date is --published, else the
            document's dateline.
  compare   Print the inconsistencies between SOURCE and its translation TARGET (Arabic and
            English either way): missing, extra, value, unit, qualifier and date mismatches.
            Spans are source_spans and target_spans. With --lines, every line of the input
            is a pair: SOURCE<TAB>TARGET.
  version   Print the library's version.

Flags:
  --lines          Every input line is its own document. Each object also carries "line"
                   (1-based) and its offsets are relative to that line.
  --format FORMAT  json (default): JSON Lines. text: for people to read. result: the whole
                   result of each document (or line) as one JSON object on one line,
                   {"claims", "findings"} ("source_claims" and "target_claims" for compare),
                   as mizan_result_json() gives it. A refused input prints
                   {"error": {"status", "message", "offset"}} (exit status 2).
  --dollar-currency CODE  The ISO 4217 code a bare "$" or "دولار" stands for (default USD).
  --max-input-bytes N      Refuse a document (or line) longer than N bytes (default 1 GiB).
  --facts FILE     check: reference facts (README.md, "Facts").
  --published DATE check, compare: the publication date, for the time checks and for
                   compare's years back to a year ("in 2015" and "قبل تسع سنوات").
  --checks SPEC    check, compare: switch checks off or change their severity, e.g.
                   "compare.extra=off, style.*=off, arith.percent_sum=error".
  --fail-on LEVEL  check, compare: exit 1 when a finding of LEVEL (error or warning) or
                   worse exists. Without it the exit status is 0 whatever is found.
  --help           Print this help.

Exit status: 0 on success; 1 with --fail-on when such a finding exists; 2 on bad usage or
bad input (such as invalid UTF-8, reported with its byte offset on standard error).
)";

int UsageError(const std::string& message) {
  std::fprintf(stderr, "mizan: %s\nTry 'mizan --help'.\n", message.c_str());
  return 2;
}

int InputError(const std::string& message) {
  std::fprintf(stderr, "mizan: %s\n", message.c_str());
  return 2;
}

bool ReadInput(const std::string& path, std::string* out, std::string* error) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    *out = buffer.str();
    return true;
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    *error = "cannot open " + path + ": " + std::strerror(errno);
    return false;
  }
  out->assign(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
  return true;
}

void ReadCommonFlags(const std::string& format, mizan::cli::CommonSettings* settings) {
  settings->lines = absl::GetFlag(FLAGS_lines);
  settings->text_format = format == "text";
  settings->result_format = format == "result";
  settings->dollar_currency = absl::GetFlag(FLAGS_dollar_currency);
  settings->max_input_bytes = absl::GetFlag(FLAGS_max_input_bytes);
}

}  // namespace

int main(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
      std::fputs(kUsage, stdout);
      return 0;
    }
  }
  std::vector<std::string> args;
  std::string error;
  if (!mizan::cli::ParseArgs(argc, argv, &args, &error)) return UsageError(error);
  if (args.empty()) return UsageError("missing command");

  const std::string command = args[0];
  if (command == "help") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "version") {
    std::printf("mizan %s\n", mizan_version_string());
    return 0;
  }
  if (command != "extract" && command != "check" && command != "compare") {
    return UsageError("unknown command '" + command + "'");
  }
  const std::string format = absl::GetFlag(FLAGS_format);
  if (format != "json" && format != "text" && format != "result") return UsageError("unknown format '" + format + "'");
  if (command == "extract") {
    if (args.size() > 2) return UsageError("too many arguments");
    std::string input;
    if (!ReadInput(args.size() == 2 ? args[1] : "-", &input, &error)) return InputError(error);
    mizan::cli::ExtractSettings settings;
    ReadCommonFlags(format, &settings);
    return mizan::cli::RunExtract(input, settings, stdout, stderr);
  }

  mizan::cli::CheckSettings settings;
  ReadCommonFlags(format, &settings);
  settings.published = absl::GetFlag(FLAGS_published);
  settings.checks = absl::GetFlag(FLAGS_checks);
  const std::string fail_on = absl::GetFlag(FLAGS_fail_on);
  if (fail_on == "error") {
    settings.fail_on = MIZAN_SEVERITY_ERROR;
  } else if (fail_on == "warning") {
    settings.fail_on = MIZAN_SEVERITY_WARNING;
  } else if (!fail_on.empty()) {
    return UsageError("--fail-on takes error or warning, not '" + fail_on + "'");
  }
  const std::string facts = absl::GetFlag(FLAGS_facts);
  if (!facts.empty()) {
    if (command != "check") return UsageError("--facts is for check");
    if (!ReadInput(facts, &settings.facts_json, &error)) return InputError(error);
  }
  if (command == "check") {
    if (args.size() > 2) return UsageError("too many arguments");
    std::string input;
    if (!ReadInput(args.size() == 2 ? args[1] : "-", &input, &error)) return InputError(error);
    return mizan::cli::RunCheck(input, settings, stdout, stderr);
  }
  if (settings.lines) {
    if (args.size() > 2) return UsageError("too many arguments");
    std::string pairs;
    if (!ReadInput(args.size() == 2 ? args[1] : "-", &pairs, &error)) return InputError(error);
    return mizan::cli::RunComparePairs(pairs, settings, stdout, stderr);
  }
  if (args.size() != 3) return UsageError("compare needs SOURCE and TARGET (or --lines)");
  std::string source, target;
  if (!ReadInput(args[1], &source, &error) || !ReadInput(args[2], &target, &error)) {
    return InputError(error);
  }
  return mizan::cli::RunCompare(source, target, settings, stdout, stderr);
}
