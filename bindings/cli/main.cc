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
#include "bindings/cli/extract_command.h"
#include "mizan.h"

ABSL_FLAG(bool, lines, false,
          "Treat every input line as its own document; each output object gets \"line\" "
          "(1-based) and offsets are relative to that line.");
ABSL_FLAG(std::string, format, "json", "Output format: json (JSON Lines) or text (a table).");

namespace {

constexpr char kUsage[] = R"(mizan: find and check numeric claims in Arabic and English text

Usage:
  mizan extract [--lines] [--format json|text] [FILE|-]
  mizan version
  mizan help

Commands:
  extract   Print every numeric claim of FILE (or standard input when FILE is - or absent)
            as JSON Lines: one object per claim with the fields start, end, text, kind,
            value, unit, noun, noun_key, lower, upper, lower_inclusive, upper_inclusive,
            approx, script, qualifier, calendar, weekday, sentence, too_large,
            separator_guessed
            (absent values are null; offsets are UTF-8 bytes). README.md documents each.
  version   Print the library's version.

Flags:
  --lines          Every input line is its own document. Each object also carries "line"
                   (1-based) and its offsets are relative to that line.
  --format FORMAT  json (default): JSON Lines. text: a table for people to read.
  --help           Print this help.

Exit status: 0 on success; 2 on bad usage or bad input (such as invalid UTF-8, reported
with its byte offset on standard error).
)";

int UsageError(const std::string& message) {
  std::fprintf(stderr, "mizan: %s\nTry 'mizan --help'.\n", message.c_str());
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
  if (command != "extract") return UsageError("unknown command '" + command + "'");

  const std::string format = absl::GetFlag(FLAGS_format);
  if (format != "json" && format != "text") return UsageError("unknown format '" + format + "'");
  if (args.size() > 2) return UsageError("too many arguments");

  std::string input;
  if (!ReadInput(args.size() == 2 ? args[1] : "-", &input, &error)) {
    std::fprintf(stderr, "mizan: %s\n", error.c_str());
    return 2;
  }
  mizan::cli::ExtractSettings settings;
  settings.lines = absl::GetFlag(FLAGS_lines);
  settings.text_format = format == "text";
  return mizan::cli::RunExtract(input, settings, stdout, stderr);
}
