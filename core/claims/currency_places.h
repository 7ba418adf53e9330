#ifndef MIZAN_CORE_CLAIMS_CURRENCY_PLACES_H_
#define MIZAN_CORE_CLAIMS_CURRENCY_PLACES_H_

#include <vector>

#include "core/claims/claim.h"
#include "core/engine.h"
#include "core/text/normalized_text.h"

namespace mizan::claims {

// Reads the currency of an amount whose word alone names none ("500 مليون درهم": the UAE's
// or Morocco's) from the places named in its paragraph and in the document's first one
// (currency_places.tsv): where they name the country, people or capital of exactly one
// currency of the word's family ("دبي", "Emirati"), the amount is in it and `unit_from_place`
// is set; where they name two or none, it stays unresolved. Only the paragraphs of such
// amounts are read, at the words the scanner noted (`places`, Scanner::Find's, in order).
void ResolveCurrenciesByPlace(const Engine& engine, const text::NormalizedText& normalized,
                              const std::vector<size_t>& places, std::vector<Claim>* claims);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_CURRENCY_PLACES_H_
