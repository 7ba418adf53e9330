#ifndef MIZAN_CORE_CLAIMS_EXTRACTOR_H_
#define MIZAN_CORE_CLAIMS_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/claims/claim.h"
#include "core/engine.h"
#include "core/error.h"
#include "core/text/normalized_text.h"

namespace mizan::claims {

struct ExtractOptions {
  // Inputs longer than this are refused with kInputTooLarge.
  size_t max_input_bytes = size_t{1} << 30;
  // The currency of a bare "$" or "دولار".
  std::string dollar_currency = "USD";
};

// Finds every numeric claim in UTF-8 `input`, in order of position: one pass of the scanner,
// then each candidate read into a claim (claim_builder.h), then two passes over the claims:
// ranges are joined ("بين 10 و15" is one claim), and dates without a year take the year of
// the document's dateline. Invalid UTF-8 is refused with the offset of the first bad byte.
Error Extract(const Engine& engine, std::string_view input, const ExtractOptions& options,
              std::vector<Claim>* claims);

// The same, also handing back the normalized view the claims were read from (the checks read
// the words around claims in it).
Error Extract(const Engine& engine, std::string_view input, const ExtractOptions& options,
              std::vector<Claim>* claims, text::NormalizedText* normalized);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_EXTRACTOR_H_
