#include "core/checks/reporter.h"

#include <algorithm>

#include "absl/strings/str_cat.h"

namespace mizan::checks {

void Reporter::Report(std::string_view code, std::string message, std::vector<SpanRef> spans,
                      std::string expected, std::string found, bool weak) {
  if (!config_.Enabled(code)) return;
  // One slip, one finding: two checks that read the same claims alike report them once.
  std::string key(code);
  for (const SpanRef& s : spans) {
    absl::StrAppend(&key, " ", s.start, "-", s.end, s.side == Side::kSource ? "s" : "t");
  }
  if (!reported_.insert(std::move(key)).second) return;
  Finding f;
  f.code = std::string(code);
  f.severity = config_.SeverityOf(code);
  if (weak) f.severity = std::min(f.severity, Severity::kInfo);
  f.message = std::move(message);
  f.spans = std::move(spans);
  f.expected = std::move(expected);
  f.found = std::move(found);
  findings_.push_back(std::move(f));
}

void Reporter::ReportAs(Severity severity, std::string_view code, std::string message,
                        std::vector<SpanRef> spans, std::string expected, std::string found) {
  if (!config_.Enabled(code)) return;
  const size_t before = findings_.size();
  Report(code, std::move(message), std::move(spans), std::move(expected), std::move(found));
  if (findings_.size() > before && !config_.Overridden(code)) findings_.back().severity = severity;
}

SpanRef SpanOf(const claims::Claim& claim, Side side) { return {claim.start, claim.end, side}; }

}  // namespace mizan::checks
