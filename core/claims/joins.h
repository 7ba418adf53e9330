#ifndef MIZAN_CORE_CLAIMS_JOINS_H_
#define MIZAN_CORE_CLAIMS_JOINS_H_

#include <string_view>
#include <vector>

#include "core/claims/claim.h"
#include "core/engine.h"
#include "core/text/normalized_text.h"

namespace mizan::claims {

// Joins neighbouring claims that name one thing into one claim, in this order: an amount and
// its subunits ("20 دولار و43 سنتا"), a round amount and the scaled one after it ("مليار و200
// مليون دولار"), the two ends of a range ("بين 10 و15 مليون دولار", "10-15%", "2015-2020"),
// a lower and an upper bound ("أكثر من 100 وأقل من 300"), and a rank, weekday and month
// ("the third Tuesday of September 2014"). Alternatives ("3 أو 4 بالمائة") stay two claims,
// the first with the unit of the second, and so do days joined to a date ("يومي 5 و6 جوان"),
// the bare day taking the date's month. Then gives a month without a year the year of the
// month that ends its range ("from November to March 2023"). Claims stay in text order.
void JoinClaims(const Engine& engine, const text::NormalizedText& normalized,
                std::vector<Claim>* claims);

// The words between the two numbers of a ratio ("one in five", "واحد من كل خمسة"), English
// first; a bare "in" only after one or a count in words.
inline constexpr std::string_view kRatioLinks[] = {
    "in", "out of", "in every", "out of every", "of every",
    "\xD9\x85\xD9\x86 \xD9\x83\xD9\x84",                                    // من كل
    "\xD9\x85\xD9\x86 \xD8\xA8\xD9\x8A\xD9\x86 \xD9\x83\xD9\x84",  // من بين كل
    "\xD9\x81\xD9\x82\xD8\xB7 \xD9\x85\xD9\x86 \xD9\x83\xD9\x84"};  // فقط من كل (only)
inline constexpr size_t kEnglishRatioLinks = 5;

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_JOINS_H_
