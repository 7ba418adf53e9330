#include "bindings/cli/extract_command.h"

#include <memory>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "bindings/cli/handles.h"
#include "mizan.h"

namespace mizan::cli {
namespace {

const char* OrDash(const char* s) { return s ? s : "-"; }

void PrintTextRow(std::FILE* out, size_t line, const mizan_claim& c) {
  std::string where = absl::StrFormat("%d-%d", c.start, c.end);
  if (line != 0) where = absl::StrFormat("%d:%s", line, where);
  std::string interval = "-";
  if (c.lower || c.upper) {
    interval = absl::StrFormat("%s%s, %s%s", (c.flags & MIZAN_CLAIM_LOWER_INCLUSIVE) ? "[" : "(",
                               c.lower ? c.lower : "-inf", c.upper ? c.upper : "+inf",
                               (c.flags & MIZAN_CLAIM_UPPER_INCLUSIVE) ? "]" : ")");
  }
  absl::FPrintF(out, "%-14s %-9s %-16s %-9s %-24s %-13s %s\n", where, mizan_kind_name(c.kind),
                OrDash(c.value), OrDash(c.unit), interval, OrDash(c.script), c.text);
}

// Prints one document's claims; `line` is 0 outside --lines mode.
void PrintClaims(mizan_result* result, size_t line, const ExtractSettings& settings,
                 std::FILE* out) {
  if (settings.text_format) {
    for (size_t i = 0; i < mizan_result_claim_count(result); ++i) {
      mizan_claim claim;
      mizan_claim_init(&claim);
      if (mizan_result_claim(result, i, &claim, nullptr) == MIZAN_OK) {
        PrintTextRow(out, line, claim);
      }
    }
    return;
  }
  if (settings.result_format) {
    PrintResultJson(result, out);
    return;
  }
  const char* json = nullptr;
  size_t length = 0;
  if (mizan_result_json(result, MIZAN_JSON_LINES, &json, &length, nullptr) != MIZAN_OK) return;
  if (line == 0) {
    std::fwrite(json, 1, length, out);
    return;
  }
  // Each line is one claim object, never empty: "line" goes in as its first field.
  for (absl::string_view object : absl::StrSplit(absl::string_view(json, length), '\n',
                                                absl::SkipEmpty())) {
    absl::FPrintF(out, "{\"line\":%d,%s\n", line, object.substr(1));
  }
}

}  // namespace

int RunExtract(const std::string& input, const ExtractSettings& settings, std::FILE* out,
               std::FILE* err) {
  mizan_error error;
  mizan_error_init(&error);
  EnginePtr engine = NewEngine(err);
  if (!engine) return 2;
  if (settings.text_format) {
    absl::FPrintF(out, "%-14s %-9s %-16s %-9s %-24s %-13s %s\n", settings.lines ? "line:span" : "span",
                  "kind", "value", "unit", "interval", "script", "text");
  }

  const mizan_options options = settings.Options();
  const std::vector<absl::string_view> documents =
      settings.lines ? InputLines(input) : std::vector<absl::string_view>{input};
  for (size_t i = 0; i < documents.size(); ++i) {
    const absl::string_view doc = documents[i];
    mizan_result* raw_result = nullptr;
    const int32_t status =
        mizan_extract(engine.get(), doc.data(), doc.size(), &options, &raw_result, &error);
    if (status != MIZAN_OK) {
      if (settings.result_format) PrintErrorJson(status, error, out);
      const std::string where = settings.lines ? absl::StrFormat("line %d: ", i + 1) : "";
      absl::FPrintF(err, "mizan: %s%s\n", where, error.message);
      return 2;
    }
    ResultPtr result(raw_result);
    PrintClaims(result.get(), settings.lines ? i + 1 : 0, settings, out);
  }
  return 0;
}

}  // namespace mizan::cli
