#include "bindings/cli/check_command.h"

#include <algorithm>
#include <vector>

#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "bindings/cli/handles.h"
#include "mizan.h"
#include "nlohmann/json.hpp"

namespace mizan::cli {
namespace {

using Json = nlohmann::ordered_json;

// What one run of checks needs: the engine, the options and the facts, made once.
class Checker {
 public:
  Checker(const CheckSettings& settings, std::FILE* out, std::FILE* err)
      : settings_(settings), out_(out), err_(err), options_(settings.Options()) {
    options_.published = settings.published.empty() ? nullptr : settings.published.c_str();
    options_.checks = settings.checks.empty() ? nullptr : settings.checks.c_str();
  }

  bool Init() {
    engine_ = NewEngine(err_);
    if (!engine_) return false;
    if (settings_.facts_json.empty()) return true;
    mizan_error error;
    mizan_error_init(&error);
    mizan_facts* facts = nullptr;
    if (mizan_facts_load(engine_.get(), settings_.facts_json.data(), settings_.facts_json.size(),
                         &facts, &error) != MIZAN_OK) {
      if (settings_.result_format) PrintErrorJson(MIZAN_ERROR_BAD_FACTS, error, out_);
      absl::FPrintF(err_, "mizan: facts: %s%s\n", error.message,
                    error.offset == MIZAN_NO_OFFSET
                        ? ""
                        : absl::StrFormat(" (byte %d)", error.offset).c_str());
      return false;
    }
    facts_.reset(facts);
    return true;
  }

  // Checks or compares one document or pair; `line` is 0 outside --lines mode.
  bool Run(absl::string_view source, const absl::string_view* target, size_t line) {
    mizan_error error;
    mizan_error_init(&error);
    mizan_result* raw = nullptr;
    const int32_t status =
        target == nullptr
            ? mizan_check(engine_.get(), source.data(), source.size(), &options_, facts_.get(),
                          &raw, &error)
            : mizan_compare(engine_.get(), source.data(), source.size(), target->data(),
                            target->size(), &options_, &raw, &error);
    if (status != MIZAN_OK) {
      if (settings_.result_format) PrintErrorJson(status, error, out_);
      const std::string where = line ? absl::StrFormat("line %d: ", line) : "";
      absl::FPrintF(err_, "mizan: %s%s\n", where, error.message);
      return false;
    }
    ResultPtr result(raw);
    Print(result.get(), source, target, line);
    return true;
  }

  int ExitStatus() const { return settings_.fail_on && worst_ >= settings_.fail_on ? 1 : 0; }

 private:
  void Print(mizan_result* result, absl::string_view source, const absl::string_view* target,
             size_t line) {
    if (settings_.result_format) PrintResultJson(result, out_);
    for (size_t i = 0; i < mizan_result_finding_count(result); ++i) {
      mizan_finding f;
      mizan_finding_init(&f);
      if (mizan_result_finding(result, i, &f, nullptr) != MIZAN_OK) continue;
      worst_ = std::max(worst_, static_cast<int>(f.severity));
      if (settings_.result_format) continue;
      if (settings_.text_format) {
        PrintText(f, source, target, line);
      } else {
        PrintJson(f, target != nullptr, line);
      }
    }
  }

  void PrintJson(const mizan_finding& f, bool comparison, size_t line) {
    Json j;
    if (line) j["line"] = line;
    j["code"] = f.code;
    j["severity"] = mizan_severity_name(f.severity);
    j["message"] = f.message;
    const auto spans = [&](uint32_t side) {
      Json list = Json::array();
      for (size_t s = 0; s < f.span_count; ++s) {
        if (f.spans[s].side != side) continue;
        list.push_back(Json{{"start", f.spans[s].start}, {"end", f.spans[s].end}});
      }
      return list;
    };
    if (comparison) {
      j["source_spans"] = spans(MIZAN_SIDE_SOURCE);
      j["target_spans"] = spans(MIZAN_SIDE_TARGET);
    } else {
      j["spans"] = spans(MIZAN_SIDE_SOURCE);
    }
    j["expected"] = f.expected ? Json(f.expected) : Json(nullptr);
    j["found"] = f.found ? Json(f.found) : Json(nullptr);
    absl::FPrintF(out_, "%s\n", j.dump(-1, ' ', false, Json::error_handler_t::replace));
  }

  void PrintText(const mizan_finding& f, absl::string_view source,
                 const absl::string_view* target, size_t line) {
    absl::FPrintF(out_, "%s%-8s %-28s %s\n", line ? absl::StrFormat("%d: ", line) : "",
                  mizan_severity_name(f.severity), f.code, f.message);
    for (size_t s = 0; s < f.span_count; ++s) {
      const mizan_span& span = f.spans[s];
      const absl::string_view text = span.side == MIZAN_SIDE_TARGET && target ? *target : source;
      const char* side = target == nullptr ? "" : span.side == MIZAN_SIDE_TARGET ? "target " : "source ";
      absl::FPrintF(out_, "%*s %s[%d, %d)  %s\n", line ? 12 : 8, "", side, span.start, span.end,
                    text.substr(span.start, span.end - span.start));
    }
  }

  const CheckSettings& settings_;
  std::FILE* out_;
  std::FILE* err_;
  mizan_options options_;
  EnginePtr engine_;
  FactsPtr facts_;
  int worst_ = 0;
};

}  // namespace

int RunCheck(const std::string& input, const CheckSettings& settings, std::FILE* out,
             std::FILE* err) {
  Checker checker(settings, out, err);
  if (!checker.Init()) return 2;
  if (!settings.lines) return checker.Run(input, nullptr, 0) ? checker.ExitStatus() : 2;
  const auto lines = InputLines(input);
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!checker.Run(lines[i], nullptr, i + 1)) return 2;
  }
  return checker.ExitStatus();
}

int RunCompare(const std::string& source, const std::string& target, const CheckSettings& settings,
               std::FILE* out, std::FILE* err) {
  Checker checker(settings, out, err);
  if (!checker.Init()) return 2;
  const absl::string_view t = target;
  return checker.Run(source, &t, 0) ? checker.ExitStatus() : 2;
}

int RunComparePairs(const std::string& pairs, const CheckSettings& settings, std::FILE* out,
                    std::FILE* err) {
  Checker checker(settings, out, err);
  if (!checker.Init()) return 2;
  const auto lines = InputLines(pairs);
  for (size_t i = 0; i < lines.size(); ++i) {
    const size_t tab = lines[i].find('\t');
    if (tab == absl::string_view::npos) {
      absl::FPrintF(err, "mizan: line %d: expected SOURCE<TAB>TARGET\n", i + 1);
      return 2;
    }
    const absl::string_view target = lines[i].substr(tab + 1);
    if (!checker.Run(lines[i].substr(0, tab), &target, i + 1)) return 2;
  }
  return checker.ExitStatus();
}

}  // namespace mizan::cli
