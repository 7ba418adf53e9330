// arith.rate_mismatch: a total over a period and the average it makes per unit of time said
//   right after them ("sold 1,200 cars over four days, an average of 300 a day", "استقبل
//   المعرض 84 ألف زائر خلال أسبوعين، بمعدل 6 آلاف زائر يوميا") that do not hold within the
//   rounding of the figures as written.
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_format.h"
#include "core/checks/document_checks.h"
#include "core/checks/measures.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks {
namespace {

using claims::Claim;
using claims::Kind;

// An amount with one value and no bound but "about": a total, or the average it makes.
bool IsAmountOrAbout(const Claim& c) {
  return IsAmount(c) && (c.qualifier.empty() || c.qualifier == "about");
}

// The unit of time a speed is per, where `total` is the distance it covers ("42 km in 3
// hours, an average of 14 km/h"); empty for the rest.
std::string_view SpeedPer(const Claim& total, const Claim& rate) {
  const bool speed = (total.unit == "km" && rate.unit == "km/h") ||
                     (total.unit == "mi" && rate.unit == "mph");
  return speed ? "hour" : "";
}

// A period with a whole number of its unit, said as the time a total took ("over four days",
// "خلال أسبوعين", "in two weeks"), not a time before or since.
bool IsSpanOfTime(const Claim& c) {
  if (c.kind != Kind::kDuration || c.value.empty() || c.approx) return false;
  return c.qualifier.empty() || c.qualifier == "within" || c.qualifier == "later";
}

// How many of `per` a period of `unit` may hold, the calendar's count first: 7 days a week, or
// 6 or 5 working ones ("10,000 cars in two weeks, or 1,000 a day"), 365 days a year or some
// 250 to 260 working ones, 12 months a year; none for units of uneven size (days in a month).
std::vector<double> UnitsIn(std::string_view unit, std::string_view per) {
  if (unit == per) return {1};
  if (unit == "week" && per == "day") return {7, 6, 5};
  if (unit == "year" && per == "day") return {365, 260, 250};
  if (unit == "year" && per == "month") return {12};
  if (unit == "year" && per == "week") return {52};
  if (unit == "day" && per == "hour") return {24};
  if (unit == "minute" && per == "hour") return {1.0 / 60};
  return {};
}

// Whether three claims of one sentence, in the order written, are a total, the period it took
// and the average it makes, a few words apart: the period after the total ("sold 1,200 cars
// over four days, an average of") or before it ("The 10-day festival drew 250,000 visitors, an
// average of", "خلال 10 أيام استقبل المعرض 250 ألف زائر، بمعدل").
bool TotalPeriodAverage(const DocumentView& doc, const Claim& first, const Claim& second,
                        const Claim& rate) {
  constexpr size_t kNear = 40;  // bytes: "sold over", "خلال الأيام", ", an average of"
  return AFewWords(doc.Between(first, second), kNear, "(") &&
         (IsSpanOfTime(first) || !HasComma(doc.Between(first, second))) &&
         doc.Between(second, rate).size() <= kNear &&
         doc.CueBefore(doc.engine.arith_cues(), rate, "average");
}

void CheckRate(const DocumentView& doc, const Claim& total, const Claim& period,
               const Claim& rate, Reporter* reporter) {
  const scan::PhraseList& cues = doc.engine.arith_cues();
  std::string_view per_unit = SpeedPer(total, rate);
  double t = *AsDouble(total.value);
  if (per_unit.empty()) {
    if (total.unit != rate.unit) {  // "2 metres in 4 hours, about 50 cm an hour"
      const auto from = MeasureOf(total), to = MeasureOf(rate);
      if (!from || !to || from->dimension != to->dimension || from->dimension == "temperature") {
        return;
      }
      t = from->base / to->per_unit;
    }
    const std::string_view text = doc.normalized.text();
    const auto per = cues.MatchAt(text, scan::SkipSpaces(text, rate.norm_end), "per");
    if (!per.entry || per.entry->tags.size() < 2) return;
    per_unit = per.entry->tags[1];
  }
  const std::vector<double> units = UnitsIn(period.unit, per_unit);
  if (units.empty()) return;
  const double count = *AsDouble(period.value), x = *AsDouble(rate.value);
  const double n = count * units.front();
  if (n <= 0 || (per_unit != "hour" && (n <= 1 || x >= t))) return;
  // The total's rounding in the rate's unit, spread over the period.
  const double total_rounding = WrittenRounding(total, total.value) * t / *AsDouble(total.value);
  for (const double size : units) {
    const double m = count * size;
    if (std::fabs(t / m - x) <= WrittenRounding(rate, rate.value) + total_rounding / m) return;
  }
  const std::string expected = Approximate(t / n);
  reporter->Report("arith.rate_mismatch",
                   absl::StrFormat("%s over %s %s%s is %s a %s on average, not %s",
                                   total.text, period.value, period.unit,
                                   period.value == "1" ? "" : "s", expected,
                                   per_unit, rate.value),
                   {SpanOf(total), SpanOf(period), SpanOf(rate)}, expected, rate.value);
}

}  // namespace

void CheckRates(const DocumentView& doc, Reporter* reporter) {
  if (!reporter->Enabled("arith.rate_mismatch")) return;
  const auto& claims = doc.claims;
  for (size_t i = 0; i + 2 < claims.size(); ++i) {
    const Claim& rate = claims[i + 2];
    const bool period_first = IsSpanOfTime(claims[i]);
    const Claim& total = claims[period_first ? i + 1 : i];
    const Claim& period = claims[period_first ? i : i + 1];
    // "3,000 patients over two years, an average of 1.5 visits a month": another thing's rate.
    const bool other_noun = !rate.noun_key.empty() && rate.noun_key != total.noun_key;
    if (!IsSpanOfTime(period) || !IsAmountOrAbout(total) || !IsAmountOrAbout(rate) ||
        claims[i].sentence != rate.sentence || total.kind != rate.kind || other_noun ||
        !TotalPeriodAverage(doc, claims[i], claims[i + 1], rate)) {
      continue;
    }
    CheckRate(doc, total, period, rate, reporter);
  }
}

}  // namespace mizan::checks
