#ifndef MIZAN_CORE_CLAIMS_CLAIM_JSON_H_
#define MIZAN_CORE_CLAIMS_CLAIM_JSON_H_

#include <string>
#include <vector>

#include "core/claims/claim.h"
#include "nlohmann/json.hpp"

namespace mizan::claims {

// One claim as a single-line JSON object, fields in the documented order (README.md,
// "JSON output"); absent values are null.
std::string ClaimToJson(const Claim& claim);

// {"claims":[...]} on one line.
std::string ClaimsToJson(const std::vector<Claim>& claims);

// The claims as a JSON array, for documents that hold them with other things (findings).
nlohmann::ordered_json ClaimsJsonArray(const std::vector<Claim>& claims);

// A JSON value on one line. Strings come from validated UTF-8; an invalid sequence would be
// replaced rather than throw.
std::string DumpJson(const nlohmann::ordered_json& json);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_CLAIM_JSON_H_
