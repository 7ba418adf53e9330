#ifndef MIZAN_CORE_CLAIMS_CLAIM_JSON_H_
#define MIZAN_CORE_CLAIMS_CLAIM_JSON_H_

#include <string>
#include <vector>

#include "core/claims/claim.h"

namespace mizan::claims {

// One claim as a single-line JSON object, fields in the documented order (README.md,
// "JSON output"); absent values are null.
std::string ClaimToJson(const Claim& claim);

// {"claims":[...]} on one line.
std::string ClaimsToJson(const std::vector<Claim>& claims);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_CLAIM_JSON_H_
