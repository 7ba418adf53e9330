#ifndef MIZAN_CORE_CHECKS_MEASURES_H_
#define MIZAN_CORE_CHECKS_MEASURES_H_

// Amounts of a measurable dimension (length, mass, area, volume, speed, temperature, power,
// money in currencies of one peg, time) and their conversion from one unit to another, which
// compare (a translation's "80 كم" for "50 miles") and the document checks ("100 km (62
// miles)") both weigh.

#include <optional>
#include <string_view>

#include "core/claims/claim.h"

namespace mizan::checks {

// What a unit symbol of units.tsv measures ("length"), or empty for a unit of none.
std::string_view Dimension(std::string_view unit);

// An amount of a measurable dimension: its unit, and its value in the dimension's base unit
// (metres, kilograms, litres, km/h, degrees Celsius...). `other_base` is the same amount
// under a unit's other common size where it has one (an imperial gallon, a troy ounce, a short
// ton), else `base`.
struct Measure {
  std::string_view dimension;
  std::string_view unit;
  double base = 0;
  double other_base = 0;
  double per_unit = 0;  // base units in one of `unit` (5/9 for degrees Fahrenheit)
};

// The measure of a quantity, or of "10 pounds" with no currency named, which may be a weight
// (so that "10 pounds" and "4.5 كيلوغرام" meet); nothing for other claims, for units that do
// not convert (data sizes), and for values too large or unknown.
std::optional<Measure> MeasureOf(const claims::Claim& c);

// The unit symbol a claim is measured in: a quantity's unit, "lb" for "10 pounds" with no
// currency named, the code of a currency pegged to the dollar or the euro (whose dimension is
// "money:USD", "money:EUR"); empty for the rest.
std::string_view MeasuredUnit(const claims::Claim& c);

// The same for one of a claim's values: `value` in its unit ("1 to 2 metres": "1" or "2").
std::optional<Measure> MeasureOf(const claims::Claim& c, const std::string& value);

// The measure of `value` in `unit` (a symbol of units.tsv, a currency's code, a unit of time).
std::optional<Measure> MeasureIn(std::string_view unit, const std::string& value);

// Two amounts of one dimension in different units that agree once converted, to within the
// rounding a translator applies (3 %; feet and inches convert exactly, so "6.6 feet" for six
// feet six inches is a slip).
bool Converted(const Measure& a, const Measure& b);

// Whether two amounts of one dimension in different units can be one amount: `a` within
// `a_slack` and `b` within `b_slack` (in their own units) meet once converted, after 3 % for a
// conversion factor rounded ("1.6 km a mile"; none for units of time) and, for temperatures, a
// degree Fahrenheit.
bool CanBeOneAmount(const Measure& a, double a_slack, const Measure& b, double b_slack);

// Whether one claim is in degrees of no scale named ("44 درجة") and the other in degrees
// Celsius or Fahrenheit: the bare degrees are taken to be the other's.
bool DegreesOfTheOthersScale(const claims::Claim& a, const claims::Claim& b);

// How many of the smaller unit of time a larger one holds, from least to most, working days
// and hours counted ("600 cars a month, or 30 a day" counts 20 working days), and the count a
// reader would reckon with; nothing for a pair not listed.
struct UnitsSpan {
  double least, most, usual;
};
std::optional<UnitsSpan> SmallerIn(std::string_view large, std::string_view small);

}  // namespace mizan::checks

#endif  // MIZAN_CORE_CHECKS_MEASURES_H_
