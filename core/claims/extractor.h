#ifndef MIZAN_CORE_CLAIMS_EXTRACTOR_H_
#define MIZAN_CORE_CLAIMS_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/claims/claim.h"
#include "core/engine.h"
#include "core/error.h"

namespace mizan::claims {

struct ExtractOptions {
  // Inputs longer than this are refused with kInputTooLarge.
  size_t max_input_bytes = size_t{1} << 30;
};

// Finds every numeric claim in UTF-8 `input`, in order of position. Invalid UTF-8 is refused
// with the offset of the first bad byte; nothing is returned then.
Error Extract(const Engine& engine, std::string_view input, const ExtractOptions& options,
              std::vector<Claim>* claims);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_EXTRACTOR_H_
