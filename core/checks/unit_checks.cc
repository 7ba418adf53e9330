// arith.conversion_mismatch: an amount and the same amount in another unit of its dimension
//   right after it ("100 km (62 miles)", "45 درجة مئوية (113 فهرنهايت)", "35,000 feet, or
//   10,700 metres", "3 ساعات ونصف، أي 210 دقائق") that cannot be one amount: their values,
//   each within the rounding of its figures as written, do not meet once converted.
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_format.h"
#include "core/checks/document_checks.h"
#include "core/checks/measures.h"

namespace mizan::checks {
namespace {

using claims::Claim;

// The unit a claim is converted in: a measure's, or a duration's said plainly ("3 hours, or
// 180 minutes"); not one said to be more or less ("18 days, or more than two weeks"), nor a
// time ago.
std::string_view ConvertedUnit(const Claim& c) {
  if (c.kind != claims::Kind::kDuration) return MeasuredUnit(c);
  return c.qualifier.empty() && !c.too_large ? std::string_view(c.unit) : std::string_view();
}

// A unit as a message names it after `value`: a unit of time in English words ("210 minutes").
std::string UnitNamed(std::string_view unit, std::string_view value) {
  if (Dimension(unit) != "time" && Dimension(unit) != "months") return std::string(unit);
  if (value == "1") return std::string(unit);
  return unit == "century" ? "centuries" : std::string(unit) + "s";
}

// A claim's values: its one value, or a range's two ends ("1 to 2 metres").
std::vector<std::string> ValuesOf(const Claim& c) {
  if (!c.value.empty()) return {c.value};
  if (c.lower && c.upper) return {c.lower->value, c.upper->value};
  return {};
}

// `between` past a word or two of Latin letters that open it, when a bracket or a comma
// follows them; `between` itself otherwise.
std::string_view PastItsNoun(std::string_view between) {
  const size_t end = between.find_first_not_of(
      " abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (end == 0 || end == std::string_view::npos || (between[end] != '(' && between[end] != ',')) {
    return between;
  }
  const std::string_view noun = between.substr(0, end);
  if (std::count(noun.begin(), noun.end(), ' ') > 2) return between;
  return between.substr(end);
}

// Whether the words between two measures say the second restates the first: a bracket ("100
// km (62 miles)"), a comma before a measure said to be about so much, or a cue of
// arith_cues.tsv "converts" ("أي", ", or", "ما يعادل"), after what the first is per ("45,000
// barrels a day, or 7.2 million litres").
bool Restates(const DocumentView& doc, const Claim& a, const Claim& b) {
  const scan::PhraseList& cues = doc.engine.arith_cues();
  std::string_view between = doc.Between(a, b);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  // "500 هكتار (5 كيلومترات مربعة) أي ما يعادل 1190 فدانا": a measure in brackets, restated
  // past them by a cue, is the same amount.
  const bool bracketed = between.starts_with(")");
  if (bracketed) between.remove_prefix(1);
  std::string_view a_per;
  if (const auto per = cues.MatchAt(between, 0, "per"); per.entry) {
    between.remove_prefix(per.end);
    if (per.entry->tags.size() >= 2) a_per = per.entry->tags[1];
  }
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  // "150 لترا يوميا، أي 54.75 مترا مكعبا سنويا": per another unit of time, a rate restated
  // (the rate checks weigh it), no conversion; not "150 litres (40 gallons) a day", the unit of
  // time after the bracket both amounts'.
  const std::string_view text = doc.normalized.text();
  const auto b_per = cues.MatchAt(text, scan::SkipSpaces(text, b.norm_end), "per");
  if (between != "(" && between != "[" && b_per.entry && b_per.entry->tags.size() >= 2 &&
      b_per.entry->tags[1] != a_per) {
    return false;
  }
  // "a 2.5-km bridge (1.55 miles)", "the 12-mile tunnel, about 19 km long": the noun a
  // measure joined by a hyphen describes, then what restates it.
  if (!bracketed && a.text.find('-') != std::string::npos) between = PastItsNoun(between);
  if (!bracketed && (between == "(" || between == "[")) return true;
  // "38 degrees Celsius, about 100 degrees Fahrenheit", "6,650 km long, about 4,130 miles":
  // a word or two of what the first measures may stand before the comma.
  const std::string_view past_words = bracketed ? between : PastItsNoun(between);
  if (!bracketed && (past_words == "," || between == kArabicComma) && b.qualifier == "about") {
    return true;
  }
  if (CoveredBy(between, cues, "converts")) return true;
  // "50 درجة مئوية في الظل، أي 122 فهرنهايت": a few words of where, then the cue.
  constexpr size_t kWhere = 24;  // bytes: "في الظل", "in the shade"
  const size_t comma = CommaIn(between, /*last=*/false).at;
  return comma != std::string_view::npos && comma <= kWhere &&
         between.substr(0, comma).find_first_of("0123456789") == std::string_view::npos &&
         CoveredBy(between.substr(comma), cues, "converts");
}

// The value a measure in base units has in `unit` of `to`, as a reader writes it.
std::string InUnitOf(const Measure& from, const Measure& to) {
  return Approximate(to.unit == "°F" ? from.base * 9 / 5 + 32 : from.base / to.per_unit);
}

// Whether each value of `a` can be the same amount as the value of `b` in its place: an
// amount against an amount, a range's ends against the other range's.
bool CanBeOneAmount(const Claim& a, const Claim& b, std::string* converted) {
  const std::vector<std::string> as = ValuesOf(a), bs = ValuesOf(b);
  if (as.empty() || as.size() != bs.size()) return true;
  for (size_t k = 0; k < as.size(); ++k) {
    const auto ma = MeasureIn(ConvertedUnit(a), as[k]);
    const auto mb = MeasureIn(ConvertedUnit(b), bs[k]);
    if (!ma || !mb || ma->unit == mb->unit || ma->dimension != mb->dimension) return true;
    if (!CanBeOneAmount(*ma, WrittenRounding(a, as[k]), *mb, WrittenRounding(b, bs[k]))) {
      *converted = InUnitOf(*ma, *mb);
      return false;
    }
  }
  return true;
}

}  // namespace

void CheckUnits(const DocumentView& doc, Reporter* reporter) {
  if (!reporter->Enabled("arith.conversion_mismatch")) return;
  const auto& claims = doc.claims;
  for (size_t i = 0; i + 1 < claims.size(); ++i) {
    const Claim& a = claims[i];
    const Claim& b = claims[i + 1];
    const std::string_view unit = ConvertedUnit(a);
    if (unit.empty() || a.sentence != b.sentence) continue;
    const std::string_view dimension = Dimension(unit), other = ConvertedUnit(b);
    if (dimension.empty() || unit == other || dimension != Dimension(other)) continue;
    std::string converted;
    if (!Restates(doc, a, b) || CanBeOneAmount(a, b, &converted)) continue;
    reporter->Report("arith.conversion_mismatch",
                     absl::StrFormat("%s is about %s %s, not %s", a.text, converted,
                                     UnitNamed(other, converted), b.text),
                     {SpanOf(a), SpanOf(b)}, converted, b.value);
  }
}

}  // namespace mizan::checks
