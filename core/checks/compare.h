#ifndef MIZAN_CORE_CHECKS_COMPARE_H_
#define MIZAN_CORE_CHECKS_COMPARE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/checks/reporter.h"
#include "core/claims/calendar.h"
#include "core/claims/claim.h"
#include "core/engine.h"
#include "core/text/normalized_text.h"

namespace mizan::checks {

// Compares the claims of a source and its translation (any mix of Arabic and English).
//
// Claims are aligned as an assignment, not by word position, so reordering is fine:
//  1. pairs with the same value (after normalization: 300,000 = 300 ألف, "two days" = يومين,
//     "half" = 50 %) are joined, nearest relative position first; such a pair may still differ
//     in currency (compare.unit_mismatch) or qualifier (compare.qualifier_mismatch);
//  2. the claims left over are paired with the nearest claim of the same kind and unit left on
//     the other side, and differ in value (compare.value_mismatch, saying how: digit typo,
//     transposed digits, magnitude, rounding) or date (compare.date_mismatch);
//  3. what is left is compare.missing (source) or compare.extra (target).
// A finding that rests on a weak reading ("one", "a", an ordinal or a vague quantity in words,
// which translations freely add or drop) is reported as info.
// Each side's `text` is the caller's: a number that only one side writes as part of a name
// ("ACE2", "SARS-CoV-2", transliterated as "الأنجيوتنسين 2") is not missing. The words around
// a claim are read in its side's `normalized` view, with `engine`'s lists: an amount of the
// same value per another unit of time ("15,000 barrels a day" as "15 ألف برميل أسبوعيا") is a
// compare.unit_mismatch, "nearly" against "more than" a turned qualifier. With the
// `published` date, a year on one side and the years back to it on the other ("signed in 2015"
// and "وقعت قبل تسع سنوات" in 2024, a year either way) are one claim.
struct CompareSide {
  const std::vector<claims::Claim>& claims;
  std::string_view text;
  const text::NormalizedText& normalized;  // as claims::Extract hands it back
};
void CompareClaims(const Engine& engine, const CompareSide& source, const CompareSide& target,
                   Reporter* reporter,
                   std::optional<claims::YearMonthDay> published = std::nullopt);

// The numbers written inside names of Latin letters and digits ("ACE2" gives 2, "COVID-19"
// gives 19), in canonical form.
std::vector<std::string> NumbersInNames(std::string_view text);

// The digits of a decimal's canonical text, without sign and point ("-12.5" gives "125").
std::string Digits(const std::string& value);

// How two different values differ: "digit typo", "transposed digits", "magnitude (x1000)",
// "rounding", or "different value".
std::string DescribeDifference(const claims::Claim& expected, const claims::Claim& found);

}  // namespace mizan::checks

#endif  // MIZAN_CORE_CHECKS_COMPARE_H_
