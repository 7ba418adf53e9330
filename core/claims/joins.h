#ifndef MIZAN_CORE_CLAIMS_JOINS_H_
#define MIZAN_CORE_CLAIMS_JOINS_H_

#include <string_view>
#include <vector>

#include "core/claims/claim.h"
#include "core/engine.h"
#include "core/text/normalized_text.h"

namespace mizan::claims {

// Passes that join neighbouring claims into one.

// Joins two neighbouring claims that a range connects into one claim with both bounds:
// "بين 10 و15 مليون دولار", "من 10 إلى 15", "10-15%", "between 10 and 15", "2015-2020".
// The first number takes the kind and unit of the second ("10-15%" is a percent range). Only
// an increasing pair is a range: "3-2" stays two numbers.
void JoinRanges(const Engine& engine, const text::NormalizedText& normalized,
                std::vector<Claim>* claims);

// Joins a round amount and a smaller scaled amount after it, joined by و, into one: "مليار
// و200 مليون دولار" is 1200000000 USD, "3 مليارات و500 مليون" 3500000000, "20 مليون يورو
// و500 ألف" 20500000 EUR. Not where either counts a noun of its own ("مليون زائر و200 ألف
// سائح") or the currencies differ.
void JoinScaleSums(const text::NormalizedText& normalized, std::vector<Claim>* claims);

// Joins an amount and the subunit amount after it into one: "20 دولار و43 سنتا" is 20.43 USD,
// "مليون دينار و تسع و تسعون فلس" 1000000.099, "3 dollars 50 cents" 3.5.
void JoinSubunits(const text::NormalizedText& normalized, std::vector<Claim>* claims);

// Joins a lower and an upper bound stated of one quantity into one interval: "أكثر من 100
// وأقل من 300" is (100, 300), "at most 100 and at least 20" is [20, 100].
void JoinBounds(const text::NormalizedText& normalized, std::vector<Claim>* claims);

// Joins a rank, a weekday and a month of a year into the date they name: "the third Tuesday
// of September 2014" is 2014-09-16. Only the first to fifth, and only where the month has that
// many of the weekday. ("الثلاثاء الثالث من سبتمبر" is Tuesday the third, a date as it is.)
void JoinNthWeekdays(const text::NormalizedText& normalized, std::vector<Claim>* claims);

// Gives a month named without a year the year of the month that ends its range: "من يناير إلى
// مارس 2023", "from November to March 2023" (November of 2022). Both stay claims of their own.
void FillYearsOfMonthRanges(const Engine& engine, const text::NormalizedText& normalized,
                            std::vector<Claim>* claims);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_JOINS_H_
