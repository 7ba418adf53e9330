#ifndef MIZAN_CORE_CHECKS_FINDING_JSON_H_
#define MIZAN_CORE_CHECKS_FINDING_JSON_H_

#include <string>
#include <vector>

#include "core/checks/finding.h"
#include "core/claims/claim.h"

namespace mizan::checks {

// One finding as a single-line JSON object: code, severity, message, spans (a comparison's as
// source_spans and target_spans), expected, found (null when absent).
std::string FindingToJson(const Finding& finding, bool comparison);

// A check's result, {"claims":[...],"findings":[...]}, or a comparison's,
// {"source_claims":[...],"target_claims":[...],"findings":[...]}.
std::string ResultToJson(const std::vector<claims::Claim>& claims,
                         const std::vector<claims::Claim>& target_claims,
                         const std::vector<Finding>& findings, bool comparison);

}  // namespace mizan::checks

#endif  // MIZAN_CORE_CHECKS_FINDING_JSON_H_
