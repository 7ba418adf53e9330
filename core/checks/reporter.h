#ifndef MIZAN_CORE_CHECKS_REPORTER_H_
#define MIZAN_CORE_CHECKS_REPORTER_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "core/checks/check_config.h"
#include "core/checks/finding.h"
#include "core/claims/claim.h"

namespace mizan::checks {

// Collects findings, applying the caller's configuration: a finding of a switched-off check
// is dropped, the rest get the configured severity. A check that is unsure (a weak reading on
// one side, such as "one" in words) asks for `info` instead, so that only findings a user
// should act on are warnings or errors.
class Reporter {
 public:
  explicit Reporter(const CheckConfig& config) : config_(config) {}

  bool Enabled(std::string_view code) const { return config_.Enabled(code); }

  void Report(std::string_view code, std::string message, std::vector<SpanRef> spans,
              std::string expected = {}, std::string found = {}, bool weak = false);

  // The same, for a finding more severe than its code's default (one number that mixes digit
  // scripts is a warning where a document that does is info), unless the caller set it.
  void ReportAs(Severity severity, std::string_view code, std::string message,
                std::vector<SpanRef> spans, std::string expected = {}, std::string found = {});

  std::vector<Finding>& findings() { return findings_; }

 private:
  const CheckConfig& config_;
  std::vector<Finding> findings_;
  absl::flat_hash_set<std::string> reported_;  // each finding's code and spans, once
};

// The span of a claim, on one side.
SpanRef SpanOf(const claims::Claim& claim, Side side = Side::kSource);

}  // namespace mizan::checks

#endif  // MIZAN_CORE_CHECKS_REPORTER_H_
