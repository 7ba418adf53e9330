// arith.rate_mismatch: a total over a period and the average it makes per unit of time said
//   right after them ("sold 1,200 cars over four days, an average of 300 a day", "استقبل
//   المعرض 84 ألف زائر خلال أسبوعين، بمعدل 6 آلاف زائر يوميا") that do not hold within the
//   rounding of the figures as written; so must a count of items at a price each and the
//   total said after them.
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
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

// A month named, alone or of a year ("--03", "2024-03").
bool IsAMonth(const Claim& c) {
  return MonthAlone(c) || (c.kind == Kind::kDate && c.value.size() == 7 && c.value[4] == '-');
}

// "36.5 million passengers in 2023", "last year", "العام الماضي": a calendar year, or one unit
// said in words back from now, is a whole one of its unit that a total may be spread over; so
// is a month named ("in March 2024", "خلال شهر رمضان"), of either calendar.
bool IsAWholeUnit(const Claim& c) {
  return (c.kind == Kind::kYear && c.qualifier.empty() && !c.value.empty() &&
          !claims::InOtherCalendar(c)) ||
         (c.kind == Kind::kDuration && c.qualifier == "ago" && c.value == "1" &&
          c.script == "words") ||
         IsAMonth(c);
}

// "between 2015 and 2020", "from 2015 to 2020": a range of Gregorian years, as long as the
// years between its ends, or one more where both are counted whole.
bool IsYearRange(const Claim& c) {
  return c.kind == Kind::kYear && c.qualifier == "range" && c.lower && c.upper &&
         !claims::InOtherCalendar(c) && AsDouble(c.lower->value) && AsDouble(c.upper->value) &&
         *AsDouble(c.upper->value) > *AsDouble(c.lower->value);
}

bool IsPeriod(const Claim& c) { return IsSpanOfTime(c) || IsAWholeUnit(c) || IsYearRange(c); }

// Whether a range of years is the years since one up to now that SinceToNow made: it keeps the
// year as its value, where a range said has none.
bool IsSinceToNow(const Claim& c) { return IsYearRange(c) && !c.value.empty(); }

// "Since 2015, the city has planted 120,000 trees": a year since which (its qualifier) as the
// range of years from it to the publication's; none without a publication date, or for a
// year not before it.
std::optional<Claim> SinceToNow(const DocumentView& doc, const Claim& c) {
  if (!doc.published || c.kind != Kind::kYear || c.qualifier != "since" || c.approx ||
      claims::InOtherCalendar(c)) {
    return std::nullopt;
  }
  const std::optional<double> year = AsDouble(c.value);
  if (!year || *year >= doc.published->year) return std::nullopt;
  Claim range = c;
  range.qualifier = std::string("range");
  range.lower = claims::Bound{c.value, true};
  range.upper = claims::Bound{std::to_string(doc.published->year), true};
  return range;
}

// Whether a whole unit opens its sentence, after "in" or "خلال" if any ("In 2023, the clinic
// saw 9,000 patients"), or the years since one do ("Since 2015, the city has planted"): the
// period of what the sentence then says.
bool OpensTheSentence(const DocumentView& doc, const Claim& period) {
  // (The years since one hold their "since" in their words.)
  const bool since = IsSinceToNow(period);
  if (!IsAWholeUnit(period) && !since) return false;
  const std::string_view text = doc.normalized.text();
  size_t end = scan::SkipSpacesBack(text, period.norm_begin);
  if (const auto during = doc.engine.arith_cues().MatchBefore(text, end, "during");
      during.entry && !since) {
    end = scan::SkipSpacesBack(text, during.end);
  }
  return OpensASentence(text, end);
}

// Whether `words` are a few words of what a total is of or was spent on: "of milk", "من
// الحليب", "on roads", "على الطرق".
bool OfAThing(std::string_view words) {
  constexpr size_t kWhatOf = 24;  // bytes: "of milk", "من الحليب"
  while (!words.empty() && words.front() == ' ') words.remove_prefix(1);
  const bool of = words.starts_with("of ") || words.starts_with("on ") ||
                  words.starts_with("\xD9\x85\xD9\x86 ") ||             // من
                  words.starts_with("\xD8\xB9\xD9\x84\xD9\x8A ");  // على, folded
  return of && AFewWords(words, kWhatOf, ",(.;");
}

// Where `c` counts cases (arith_cues.tsv "cases": "حالة", "cases"), the word after it that
// names what they are cases of ("حالة ولادة", "cases of measles"); empty for other counts.
std::string_view WhatCasesAreOf(const DocumentView& doc, const Claim& c) {
  if (c.noun_key.empty() || !CoveredBy(c.noun_key, doc.engine.arith_cues(), "cases")) return {};
  const std::string_view text = doc.normalized.text();
  size_t at = scan::SkipSpaces(text, c.norm_end);
  if (scan::WordAt(text, at) == "of") at = scan::SkipSpaces(text, at + 2);
  return scan::WordAt(text, at);
}

// Whether `c` counts cases of what `key` names.
bool CasesOf(const DocumentView& doc, const Claim& c, const std::string& key) {
  const std::string_view word = WhatCasesAreOf(doc, c);
  return !key.empty() && !word.empty() && doc.engine.noun_keys().Key(word) == key;
}

// Whether a whole unit is the time a total took: "in" or "خلال" before it (arith_cues.tsv
// "during"), nothing but the total's noun and what it is of between them ("36.5 مليون مسافر
// العام الماضي", "9.1 million litres of milk last year"), right before it, or opening the
// sentence; not a bound ("since 2019", "by 2023", "منذ العام الماضي").
bool TookTheWholeUnit(const DocumentView& doc, const Claim& total, const Claim& period) {
  if (!IsAWholeUnit(period)) return true;
  const std::string_view text = doc.normalized.text();
  const std::string_view between = doc.Between(total, period);
  // "of milk since last year", "منذ العام الماضي": the word before the period may bound it.
  const bool bound = doc.engine.noun_stopwords().contains(
      std::string(scan::WordBefore(text, scan::SkipSpacesBack(text, period.norm_begin))));
  const bool of_a_thing = OfAThing(between) && !bound;
  // "312 ألف حالة ولادة العام الماضي": what the cases are of.
  const std::string_view cases_of = WhatCasesAreOf(doc, total);
  const bool of_cases =
      !cases_of.empty() && static_cast<size_t>(cases_of.data() - text.data()) + cases_of.size() ==
                               scan::SkipSpacesBack(text, period.norm_begin);
  if (total.norm_end <= period.norm_begin &&
      (between.find_first_not_of(' ') == std::string_view::npos || of_a_thing || of_cases)) {
    return true;
  }
  if (OpensASentence(text, period.norm_begin)) return true;
  // "زار المتحف العام الماضي 900 ألف زائر": a time said bare before the total, as Arabic says
  // when a verb's action took place.
  if (period.norm_end <= total.norm_begin && !bound &&
      doc.Between(period, total).find_first_not_of(' ') == std::string_view::npos) {
    return true;
  }
  return doc.engine.arith_cues()
             .MatchBefore(text, scan::SkipSpacesBack(text, period.norm_begin), "during")
             .entry != nullptr;
}

// A period as a span of time: a whole unit as one of it. (Strings built, not literals assigned:
// GCC 12 -O3 misreads the inlined assignment of a literal here as an overlapping copy.)
Claim AsASpan(const Claim& period) {
  Claim span = period;
  const bool range = IsYearRange(period);
  if (!IsAWholeUnit(period) && !range) return span;
  if (period.kind == Kind::kYear) span.unit = std::string("year");
  if (IsAMonth(period)) span.unit = std::string("month");
  span.kind = Kind::kDuration;
  span.value = range ? Approximate(*AsDouble(period.upper->value) - *AsDouble(period.lower->value))
                     : std::string("1");
  return span;
}

// "From January to March", "between January and March 2024", "من يناير إلى مارس": two months
// of one year as a range, the span of months from the first to the last, both counted whole
// (three from January to March; Counted::kEndsOrOneFewer).
std::optional<Claim> MonthsFromTo(const DocumentView& doc, const Claim& a, const Claim& b) {
  if (!IsAMonth(a) || !IsAMonth(b) || a.sentence != b.sentence) return std::nullopt;
  // ("--03": a month of no year; "2024-03": of one.)
  const auto year = [](const Claim& c) {
    return c.value.size() == 7 ? std::string_view(c.value).substr(0, 4) : std::string_view();
  };
  const auto month = [](const Claim& c) { return std::stoi(c.value.substr(c.value.size() - 2)); };
  const int from = month(a), to = month(b);
  if (to <= from || (!year(a).empty() && year(a) != year(b))) return std::nullopt;
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& ranges = doc.engine.range_cues();
  const std::string between(TrimSpaces(doc.Between(a, b)));
  const auto join = ranges.MatchAt(between, 0, "join");
  if (!join.entry || join.end != between.size() ||
      !ranges.MatchBefore(text, scan::SkipSpacesBack(text, a.norm_begin), "open").entry) {
    return std::nullopt;
  }
  Claim span = a;
  span.norm_end = b.norm_end;
  span.end = b.end;
  span.text = std::string(doc.normalized.original().substr(span.start, span.end - span.start));
  span.kind = Kind::kDuration;
  span.unit = std::string("month");
  span.value = std::to_string(to - from + 1);
  return span;
}

// How many of `per` a period of `unit` may hold, the calendar's count first: 7 days a week, or
// 6 or 5 working ones ("10,000 cars in two weeks, or 1,000 a day"), 365 days a year or some
// 250 to 260 working ones, 12 months a year, 28 to 31 days a month or 20 to 22 working ones.
std::vector<double> UnitsIn(std::string_view unit, std::string_view per) {
  if (unit == per) return {1};
  if (unit == "week" && per == "day") return {7, 6, 5};
  if (unit == "month" && per == "day") return {30, 31, 29, 28, 22, 21, 20};
  if (unit == "year" && per == "day") return {365, 260, 250};
  if (unit == "year" && per == "month") return {12};
  if (unit == "year" && per == "week") return {52};
  if (unit == "day" && per == "hour") return {24};
  if (unit == "minute" && per == "hour") return {1.0 / 60};
  return {};
}

// "42,000 parcels over six weeks, about 7,000 a week": a rate said about so much right after
// a comma restates the total over its period, as an average's cue would.
bool AboutAfterAComma(const DocumentView& doc, const Claim& second, const Claim& rate) {
  if (rate.qualifier != "about") return false;
  const std::string_view between = doc.Between(second, rate);
  const size_t comma = PastACommaBack(between, between.size());
  // "3,000 km of roads, about 300 km a year": what the total is of may stand before it.
  return comma == 0 || (comma != std::string_view::npos && OfAThing(between.substr(0, comma)));
}

// "In 2023, 26,434 ships passed through the canal, about 72 a day": where the period opened
// the sentence, the total's clause may run a few words to the comma, if none of them tells of
// a change or an earlier time ("up from", "a year earlier") that the amount after may be.
bool AboutAfterItsClause(const DocumentView& doc, const Claim& second, const Claim& rate) {
  constexpr size_t kClause = 40;  // bytes: " ships passed through the canal"
  if (rate.qualifier != "about") return false;
  const std::string_view between = doc.Between(second, rate);
  const size_t comma = PastACommaBack(between, between.size());
  if (comma == std::string_view::npos || !AFewWords(between.substr(0, comma), kClause, ",(;")) {
    return false;
  }
  const scan::PhraseList& cues = doc.engine.arith_cues();
  const std::string_view text = doc.normalized.text();
  const size_t from = second.norm_end, to = second.norm_end + comma;
  for (const char* tag : {"change", "verb", "earlier", "compares", "since"}) {
    if (cues.StartsAWordIn(text, from, to, tag)) return false;
  }
  return true;
}

// "38 km", "200 ألف طن": a measure a total of money is spread over, where a price per one of
// its unit follows ("$2.4 billion, or about $63 million per kilometre").
bool IsMeasureOfItems(const Claim& c) {
  return c.kind == Kind::kQuantity && !c.value.empty() && !c.unit.empty() &&
         c.qualifier.empty() && !c.approx;
}

// "$2.4 billion for 38 km", "480 طنا على مساحة 40 هكتارا": money, or a measure of another
// dimension (a harvest's tonnes over its hectares), spread over a measure, per one of its unit.
bool YieldsOrCosts(const Claim& total, const Claim& measure) {
  return total.kind == Kind::kMoney ||
         (total.kind == Kind::kQuantity && Dimension(total.unit) != Dimension(measure.unit));
}

// "12 games", "12 مباراة": a count of the items a total is spread over, where an average per
// one of them follows.
bool IsCountOfItems(const Claim& c) {
  return c.kind == Kind::kNumber && !c.value.empty() && c.qualifier.empty() && !c.approx &&
         !c.noun_key.empty();
}

// "The settlement, worth $1.1bn, will be paid": a total set off as what its subject is worth
// (arith_cues.tsv "worth" after a comma right before it), the aside closed by the first comma
// of `between`, the only one.
bool ClosesAWorthAside(const DocumentView& doc, const Claim& total, std::string_view between) {
  const std::string_view text = doc.normalized.text();
  const auto worth = doc.engine.arith_cues().MatchBefore(
      text, scan::SkipSpacesBack(text, total.norm_begin), "worth");
  if (!worth.entry) return false;
  const std::string_view before = text.substr(0, scan::SkipSpacesBack(text, worth.end));
  const std::string_view past = PastALeadingComma(between);
  return (before.ends_with(",") || before.ends_with(kArabicComma)) && past != between &&
         !HasComma(past);
}

// Whether `between` is a comma and one word: "، أنفقوا".
bool OneWordPastAComma(std::string_view between) {
  const std::string_view past = TrimSpaces(PastALeadingComma(between));
  return past.size() < TrimSpaces(between).size() && !past.empty() &&
         past.find_first_of(" ,.;:()") == std::string_view::npos;
}

// Whether `between` is a comma, then a few words that part an amount into items ("paid in
// three", "تدفع على ثلاث", "split into", "مقسمة على").
bool PartedPastAComma(const DocumentView& doc, std::string_view between) {
  constexpr size_t kAVerb = 32;  // bytes: "paid in", "to be paid in", "تسدد على"
  const std::string_view past = TrimSpaces(PastALeadingComma(between));
  return past.size() < TrimSpaces(between).size() && AFewWords(past, kAVerb) &&
         CoveredBy(past, doc.engine.arith_cues(), "parted");
}

// `between` past its first word, where a comma follows that word; else all of it.
std::string_view PastOneWord(std::string_view between) {
  const std::string_view words = TrimSpaces(between);
  const Comma comma = CommaIn(words, /*last=*/false);
  const bool one_word = comma.at != std::string_view::npos && comma.at > 0 &&
                        words.substr(0, comma.at).find(' ') == std::string_view::npos;
  return one_word ? words.substr(comma.at) : between;
}

std::string_view PerItemAt(const DocumentView& doc, std::string_view text, size_t pos,
                           const Claim& items);

// PerItemAt right after `amount`: "$5,000 each", "300 ميغاواط لكل منها".
std::string_view PerItemAfter(const DocumentView& doc, const Claim& amount, const Claim& items) {
  const std::string_view text = doc.normalized.text();
  return PerItemAt(doc, text, scan::SkipSpaces(text, amount.norm_end), items);
}

// "The farm's 25 cows give 300 litres of milk a day, 12 litres per cow": a comma alone before
// the average, which names the items it is per right after it.
bool PerItsItemsAfterAComma(const DocumentView& doc, const Claim& items, const Claim& second,
                            const Claim& rate) {
  const std::string_view between = doc.Between(second, rate);
  const Comma comma = CommaIn(between, /*last=*/true);
  return IsCountOfItems(items) && comma.at != std::string_view::npos &&
         TrimSpaces(between.substr(comma.past)).empty() && !PerItemAfter(doc, rate, items).empty();
}

// ", each of", ", each worth", "، قيمة كل منها": the words between items and what each holds,
// past the comma that sets "each" off after the items.
std::string_view EachSetOff(const DocumentView& doc, std::string_view between) {
  const std::string_view past = TrimSpaces(PastALeadingComma(between));
  const bool each = past.size() < TrimSpaces(between).size() &&
                    doc.engine.arith_cues().StartsAWordIn(past, 0, past.size(), "each-before");
  return each ? past : between;
}

// Whether "each" (arith_cues.tsv "each-before") stands between items and what each holds:
// "five units, each of 350 MW", "خمس وحدات قدرة كل منها 350 ميغاواط".
bool EachBefore(const DocumentView& doc, const Claim& items, const Claim& each) {
  return doc.engine.arith_cues().StartsAWordIn(doc.normalized.text(), items.norm_end,
                                               each.norm_begin, "each-before");
}

// "five units of 350 MW each", "أربع وحدات بقدرة 350 ميغاواط لكل منها": what one of the items
// holds, after only a word of holding ("of", "بقدرة"), said to be each one's after it; or
// "each" said first ("five units, each of 350 MW", "خمس وحدات قدرة كل منها 350 ميغاواط").
bool WhatEachHolds(const DocumentView& doc, const Claim& items, const Claim& rate) {
  constexpr size_t kNear = 40;  // bytes: ", each with a capacity of", "قدرة كل منها"
  const std::string_view between = doc.Between(items, rate);
  const bool holds = CoveredBy(TrimSpaces(between), doc.engine.arith_cues(), "holds") &&
                     !PerItemAfter(doc, rate, items).empty();
  return IsCountOfItems(items) &&
         (holds || (AFewWords(EachSetOff(doc, between), kNear) && EachBefore(doc, items, rate)));
}

// Whether three claims of one sentence, in the order written, are a total, the period it took
// and the average it makes, a few words apart: the period after the total ("sold 1,200 cars
// over four days, an average of") or before it ("The 10-day festival drew 250,000 visitors, an
// average of", "خلال 10 أيام استقبل المعرض 250 ألف زائر، بمعدل").
bool TotalPeriodAverage(const DocumentView& doc, const Claim& first, const Claim& second,
                        const Claim& rate) {
  constexpr size_t kNear = 40;  // bytes: "sold over", "خلال الأيام", ", an average of"
  // "يمتد الطريق على طول 45 كيلومترا، ويكلف 120 مليون دينار": a measure, then its cost.
  const bool measure_then_cost = IsMeasureOfItems(first) && second.kind == Kind::kMoney;
  const std::string_view between = doc.Between(first, second);
  const bool aside = !measure_then_cost && ClosesAWorthAside(doc, first, between);
  // "6.4 مليون سائح، أنفقوا 7.3 مليار دينار": the items, a comma and their verb of spending.
  const bool items_spent = IsCountOfItems(first) && second.kind == Kind::kMoney &&
                           OneWordPastAComma(between);
  // "أحدثت 2300 مؤسسة جديدة، وفرت 18 ألف وظيفة": the items, a word of what they are, a
  // comma, and their verb before a count of another noun.
  const bool items_made = IsCountOfItems(first) && IsCountOfItems(second) &&
                          second.noun_key != first.noun_key &&
                          OneWordPastAComma(PastOneWord(between));
  // "750 million euros, paid in three instalments", "750 مليون يورو، تدفع على ثلاث دفعات": an
  // amount (and the word of what it is: "$1.2 billion contract,"), a comma and the words that
  // part it into items (arith_cues.tsv "parted").
  const bool parted = IsCountOfItems(second) && first.kind != Kind::kDuration &&
                      PartedPastAComma(doc, PastOneWord(between));
  // "خلال عطلة العيد التي استمرت 4 أيام", "over the holiday, which lasted four days": a
  // period said by its verb of lasting, what lasted it a few more words before.
  constexpr size_t kLasted = 64;  // bytes
  const std::string_view text = doc.normalized.text();
  const bool lasted =
      IsSpanOfTime(second) &&
      doc.engine.time_cues().MatchBefore(text, scan::SkipSpacesBack(text, second.norm_begin),
                                         "lasting").entry != nullptr;
  // "12 طنا من التمور سنويا على مساحة 30 هكتارا": a yield a year, whose unit of time the
  // yield keeps; its word is not one of the few between the amount and its land.
  const auto yearly = IsMeasureOfItems(second) && YieldsOrCosts(first, second)
                          ? doc.engine.arith_cues().FindAWordIn(text, first.norm_end,
                                                                second.norm_begin, "per")
                          : scan::PhraseList::Match{};
  const size_t per_time =
      yearly.entry && yearly.entry->tags.size() >= 2 ? yearly.entry->phrase.size() + 1 : 0;
  // "800 عامل يتقاضون أجورا إجمالية قدرها 4 ملايين دينار": the words of a total before it
  // (arith_cues.tsv "total") may lengthen what the items did (asked last: it is rare).
  constexpr size_t kTotalNamed = 24;  // bytes: "إجمالية قدرها"
  const size_t few = (lasted ? kLasted : kNear) + per_time;
  const bool near =
      measure_then_cost || aside
          ? between.size() <= kNear && between.find('(') == std::string_view::npos
          : AFewWords(between, few, "(") ||
                (AFewWords(between, few + kTotalNamed, "(") &&
                 doc.CueBefore(doc.engine.arith_cues(), second, "total"));
  return near &&
         (IsSpanOfTime(first) || OpensTheSentence(doc, first) || measure_then_cost || aside ||
          items_spent || items_made || parted || !HasComma(between)) &&
         doc.Between(second, rate).size() <= kNear &&
         (doc.CueBefore(doc.engine.arith_cues(), rate, "average") ||
          AboutAfterAComma(doc, second, rate) ||
          (OpensTheSentence(doc, first) && AboutAfterItsClause(doc, second, rate)) ||
          PerItsItemsAfterAComma(doc, IsCountOfItems(first) ? first : second, second, rate) ||
          WhatEachHolds(doc, second, rate));
}

// The unit a period is counted in: its unit of time, or what a count of items counts ("12
// games": "an average of two a game").
std::string PeriodUnit(const Claim& period) {
  return period.kind == Kind::kDuration ? period.unit : period.noun_key;
}

bool IsItems(const Claim& c) { return IsCountOfItems(c) || IsMeasureOfItems(c); }

// "لنحو 20 ألف مشروع", "some 12,000 farms": items counted about so much.
bool IsCountOfItemsAbout(const Claim& c) {
  return c.kind == Kind::kNumber && !c.value.empty() && c.qualifier == "about" &&
         !c.noun_key.empty();
}

// The unit a "per" cue that starts at `pos` names: a unit of time ("a day", "شهريا") or an
// item ("a game"); empty where there is none.
std::string_view PerUnitAt(const DocumentView& doc, std::string_view text, size_t pos) {
  const auto per = doc.engine.arith_cues().MatchAt(text, pos, "per");
  return per.entry && per.entry->tags.size() >= 2 ? per.entry->tags[1] : std::string_view();
}

// "about 2,000 a month more than planned", "نحو ألفين شهريا أكثر من المخطط": a rate
// compared with another, a difference, not the average.
bool ComparedPastItsPer(const DocumentView& doc, std::string_view text, size_t pos) {
  const auto per = doc.engine.arith_cues().MatchAt(text, pos, "per");
  return per.entry &&
         doc.engine.arith_cues().MatchAt(text, scan::SkipSpaces(text, per.end), "compares").entry;
}

// Whether `word` names what `items` counts ("طبيب" of "2300 طبيب").
bool NamesItsItems(const DocumentView& doc, std::string_view word, const Claim& items) {
  const auto& keys = doc.engine.noun_keys();
  return !word.empty() && keys.Key(doc.engine.normalizer().Fold(word)) == items.noun_key;
}

// "$5,000 per farmer", "لكل مزارع", "للمزارع", "$5,000 each": per one of the items counted
// by `items`, its noun named again or not; empty where the words at `pos` are no such cue.
std::string_view PerItemAt(const DocumentView& doc, std::string_view text, size_t pos,
                           const Claim& items) {
  const auto& cues = doc.engine.arith_cues();
  const auto cue = cues.MatchAt(text, pos, "per-item");
  if (cue.entry && cue.entry->HasTag("alone")) {
    // "96 apartments, eight on each floor": "each" of a noun other than the items'.
    const std::string_view next = scan::WordAt(text, scan::SkipSpaces(text, cue.end));
    const bool other = !next.empty() && !NamesItsItems(doc, next, items) &&
                       !doc.engine.noun_stopwords().contains(std::string(next));
    return other ? std::string_view() : items.noun;
  }
  // "للفرد", "per capita": one of the items where they are people.
  if (cue.entry && cue.entry->HasTag("capita")) {
    return CoveredBy(items.noun_key, cues, "persons") ? items.noun : std::string_view();
  }
  // "$254,000 for each of its 5.5 million citizens", "لكل واحد من 4 ملايين تلميذ": the items
  // themselves right after (arith_cues.tsv "of-items").
  if (cue.entry) {
    const auto of = cues.MatchAt(text, scan::SkipSpaces(text, cue.end), "of-items");
    if (of.entry && scan::SkipSpaces(text, of.end) == items.norm_begin) return items.noun;
  }
  // "5 ريالات للسهم": "ل" and the article glued to the noun.
  constexpr std::string_view kLil = "\xD9\x84\xD9\x84";  // لل
  const std::string_view word = scan::WordAt(text, cue.entry ? scan::SkipSpaces(text, cue.end)
                                                             : pos);
  if (word.empty() || (!cue.entry && !word.starts_with(kLil))) return {};
  return NamesItsItems(doc, word, items) ? word : std::string_view();
}

// "per kilometre", "a tonne", "للطن", "للتر", "a kilo" of tonnes: per one unit of the measure
// `items` or of its dimension, the symbol of the unit's word after a cue of an item or after
// "ل" and the article glued to it (one lam of "لل" the unit's own where it starts with one);
// empty where the words at `pos` are no such cue.
std::string_view PerUnitOfMeasureAt(const DocumentView& doc, std::string_view text, size_t pos,
                                    const Claim& items) {
  constexpr std::string_view kLam = "\xD9\x84", kLil = "\xD9\x84\xD9\x84";  // ل لل
  const auto& units = doc.engine.units();
  // ("210,000 tonnes ... 13.3 dinars a kilo": a unit of the items' dimension.)
  const std::string_view dimension = Dimension(items.unit);
  const auto unit_at = [&](size_t at) {
    const auto unit = units.MatchAt(text, at);
    if (!unit.entry || unit.entry->tags.empty()) return std::string_view();
    const std::string_view symbol = unit.entry->tags[0];
    const bool alike =
        symbol == items.unit || (!dimension.empty() && Dimension(symbol) == dimension);
    return alike ? symbol : std::string_view();
  };
  if (const auto cue = doc.engine.arith_cues().MatchAt(text, pos, "per-item"); cue.entry) {
    return cue.entry->HasTag("alone") ? std::string_view()
                                      : unit_at(scan::SkipSpaces(text, cue.end));
  }
  if (!text.substr(pos).starts_with(kLil)) return {};
  const std::string_view past_article = unit_at(pos + kLil.size());
  return past_article.empty() ? unit_at(pos + kLam.size()) : past_article;
}

// How many of the unit `per` one `unit` of the same dimension holds: 1,000 kilograms a tonne;
// either size of a unit that has two (an ounce, troy for gold).
std::vector<double> UnitsOfMeasureIn(std::string_view unit, std::string_view per) {
  if (unit == per) return {1};
  const std::optional<Measure> one = MeasureIn(unit, "1"), each = MeasureIn(per, "1");
  if (!one || !each || each->base <= 0 || each->other_base <= 0) return {};
  return {one->base / each->base, one->base / each->other_base, one->other_base / each->base};
}

// The unit of time an amount is per, said by a word a few words before it (arith_cues.tsv
// "per-before": "الشهري", "monthly", "annual"); empty where none is.
std::string_view PerSaidBefore(const DocumentView& doc, const Claim& a) {
  constexpr int kWords = 3;  // "a monthly wage of", "الراتب الشهري"
  const std::string_view text = doc.normalized.text();
  size_t at = scan::SkipSpacesBack(text, a.norm_begin);
  for (int words = 0; words < kWords; ++words) {
    const std::string_view word = scan::WordBefore(text, at);
    if (word.empty()) return {};
    at -= word.size();
    const auto m = doc.engine.arith_cues().MatchAt(text, at, "per-before");
    if (m.entry && m.entry->tags.size() > 1) return m.entry->tags[1];
    at = scan::SkipSpacesBack(text, at);
  }
  return {};
}

// How a period's count of its unit is taken: as said; or, of a range of years, as many or one
// more (both ends counted whole); or, of the years since one up to the publication, anything
// from a year fewer to a year more; or, of a range of months named by its ends, both counted
// whole or one fewer (up to the last month's start).
enum class Counted { kAsSaid, kBothEnds, kUpToNow, kEndsOrOneFewer };

void CheckRate(const DocumentView& doc, const Claim& total, const Claim& period,
               const Claim& rate, Reporter* reporter, Counted counted = Counted::kAsSaid) {
  const bool measured = period.kind == Kind::kQuantity;
  std::string_view per_unit = measured ? std::string_view() : SpeedPer(total, rate);
  double t = *AsDouble(total.value);
  if (per_unit.empty()) {
    // "120 م د ... بمعدل 150 ألف دينار": one currency's word, one of them resolved.
    if (total.unit != rate.unit && !OfOneCurrencyWord(total, rate)) {
      // "2 metres in 4 hours, about 50 cm an hour"
      const auto from = MeasureOf(total), to = MeasureOf(rate);
      if (!from || !to || from->dimension != to->dimension || from->dimension == "temperature") {
        return;
      }
      t = from->base / to->per_unit;
    }
    const std::string_view text = doc.normalized.text();
    const size_t after = scan::SkipSpaces(text, rate.norm_end);
    per_unit = measured ? PerUnitOfMeasureAt(doc, text, after, period)
                        : PerUnitAt(doc, text, after);
    if (!per_unit.empty() && ComparedPastItsPer(doc, text, after)) return;
    // "a daily average of about 400", "بمتوسط يومي بلغ نحو 400": the unit said before it.
    if (per_unit.empty() && period.kind == Kind::kDuration) per_unit = PerSaidBefore(doc, rate);
    if (per_unit.empty() && period.kind == Kind::kNumber) {
      per_unit = PerItemAt(doc, text, after, period);
      // "five units, each with a capacity of 350 MW": "each" said before it.
      if (per_unit.empty() && EachBefore(doc, period, rate)) per_unit = period.noun;
    }
    if (per_unit.empty()) return;
  }
  // "a game", "في المباراة": an item, named by its noun's key; "per kilometre" the measure's
  // own unit.
  const bool items = period.kind != Kind::kDuration;
  const std::string per = measured ? std::string(per_unit)
                          : items  ? doc.engine.noun_keys().Key(
                                        doc.engine.normalizer().Fold(per_unit))
                                   : std::string(per_unit);
  // "27 goals in 34 appearances, an average of 0.79 a game": a game by any of its names.
  const auto game = [&](std::string_view key) {
    return CoveredBy(key, doc.engine.arith_cues(), "game");
  };
  const std::vector<double> units = measured ? UnitsOfMeasureIn(period.unit, per)
                                    : items && game(PeriodUnit(period)) && game(per)
                                        ? std::vector<double>{1}
                                        : UnitsIn(PeriodUnit(period), per);
  if (units.empty()) return;
  const double count = *AsDouble(period.value), x = *AsDouble(rate.value);
  const double n = count * units.front();
  if (n <= 0 || (per != "hour" && (n <= 1 || x >= t))) return;
  // The total's rounding in the rate's unit, spread over the period.
  const double total_rounding = WrittenRounding(total, total.value) * t / *AsDouble(total.value);
  // "an average of more than 20 a day": a bound holds on its side.
  const int side = BoundSide(rate);
  // What the total makes per unit over `m` of them, and the slack of that.
  const auto average = [&](double m) {
    // Items said about so many: a tenth either way.
    const double about = period.qualifier == "about" ? 0.1 * t / m : 0;
    return std::pair{t / m, WrittenRounding(rate, rate.value) + total_rounding / m + about};
  };
  // The spans of the period's count: itself, one more where both ends count whole, and for
  // the years since one up to now any span from a year fewer to a year more.
  std::vector<std::pair<double, double>> spans = {{count, count}};
  if (counted == Counted::kBothEnds) spans.push_back({count + 1, count + 1});
  if (counted == Counted::kUpToNow) spans = {{std::max(count - 1, 0.5), count + 1}};
  if (counted == Counted::kEndsOrOneFewer) spans.push_back({count - 1, count - 1});
  for (const auto& [fewest, most] : spans) {
    for (const double size : units) {
      // (The fewer the units, the more each makes.)
      const auto [most_each, slack_of_most] = average(fewest * size);
      const auto [least_each, slack_of_least] = average(most * size);
      const double high = most_each + slack_of_most, low = least_each - slack_of_least;
      if (side > 0 ? high >= x : side < 0 ? low <= x : low <= x && x <= high) return;
    }
  }
  const std::string expected = Approximate(t / n);
  const std::string over = items ? period.text
                                 : absl::StrCat(period.value, " ", period.unit,
                                                period.value == "1" ? "" : "s");
  const std::string each = measured ? "per " + per
                           : items   ? std::string("each")
                                     : (per == "hour" ? "an " : "a ") + per;
  std::string said = rate.value;
  if (side != 0) {  // "more-than" as "more than"
    said = absl::StrCat(absl::StrReplaceAll(rate.qualifier, {{"-", " "}}), " ", rate.value);
  }
  reporter->Report("arith.rate_mismatch",
                   absl::StrFormat("%s over %s is %s %s on average, not %s", total.text, over,
                                   expected, each, said),
                   {SpanOf(total), SpanOf(period), SpanOf(rate)}, expected, rate.value);
}

// "يوميا في ذروة الموسم", "a day in the summer": the unit of a rate, then a few words of when
// it holds opened by "in", "في" (arith_cues.tsv "during"), ending at `end` of `between`.
scan::PhraseList::Match PerBeforeItsTime(const scan::PhraseList& cues, std::string_view between,
                                         size_t end) {
  constexpr int kWords = 4;  // "في ذروة الموسم", "in the peak season"
  size_t at = end;
  for (int words = 0; words < kWords; ++words) {
    const std::string_view word = scan::WordBefore(between, at);
    if (word.empty()) return {};
    at -= word.size();
    if (cues.MatchAt(between, at, "during").entry) {
      return cues.MatchBefore(between, scan::SkipSpacesBack(between, at), "per");
    }
    at = scan::SkipSpacesBack(between, at);
  }
  return {};
}

// The unit of time of a rate said between two amounts and restated by the second one: "a
// month, or", "شهريا، أي", "a month (" with at most a few words before the cue ("من القمح");
// empty otherwise. "or" alone restates no price: "$10 a month, or $100 a year" are two offers.
std::string_view RestatedPer(const DocumentView& doc, const Claim& a, const Claim& b,
                             const Claim* time) {
  const scan::PhraseList& cues = doc.engine.arith_cues();
  std::string_view between = doc.Between(time ? *time : a, b);
  size_t end = scan::SkipSpacesBack(between, between.size());
  if (end > 0 && between[end - 1] == '(') {
    --end;
  } else {
    const auto restate = cues.MatchBefore(between, end, "restate");
    if (restate.entry) {
      const std::string_view word = restate.entry->phrase;
      if ((word == "or" || word == "\xD8\xA3\xD9\x88") && a.kind == Kind::kMoney) return {};
      end = restate.end;
    } else if (b.qualifier != "about") {  // "a year, about 100,000 a day": the comma restates
      return {};
    }
  }
  const size_t comma = PastACommaBack(between, end);  // "a month, or", "شهريا، أي"
  end = comma != std::string_view::npos ? comma : scan::SkipSpacesBack(between, end);
  if (time != nullptr) {
    // "3.3 مليون برميل يوميا في آذار، أي": the time of the rate, "in" before it, between;
    // or "from" ("500,000 tonnes a year from 2027, or").
    if (end != 0) return {};
    between = doc.Between(a, *time);
    end = scan::SkipSpacesBack(between, between.size());
    auto during = cues.MatchBefore(between, end, "during");
    if (!during.entry) during = cues.MatchBefore(between, end, "rate-from");
    if (!during.entry) return {};
    end = scan::SkipSpacesBack(between, during.end);
  }
  // "الراتب الشهري 8500 ريال، أي", "a monthly wage of $2,000, or": the unit said before it.
  if (end == 0 && time == nullptr) return PerSaidBefore(doc, a);
  auto per = cues.MatchBefore(between, end, "per");
  if (!per.entry) per = PerBeforeItsTime(cues, between, end);
  if (!per.entry || per.entry->tags.size() < 2 || !AFewWords(between.substr(0, per.end), 24)) {
    return {};
  }
  return per.entry->tags[1];
}

// A month or a year that a rate is said in: "في آذار", "in 2023".
bool IsTimeOfARate(const Claim& c) {
  return (c.kind == Kind::kDate || c.kind == Kind::kYear) && c.qualifier.empty();
}

// How many of `a`'s unit one of `b`'s makes, where both are quantities of one dimension
// ("54.75 مترا مكعبا" after "150 لترا": 1000); 1 otherwise.
double InTheUnitOf(const Claim& a, const Claim& b) {
  if (a.kind != Kind::kQuantity || b.kind != Kind::kQuantity || a.unit == b.unit) return 1;
  const std::optional<Measure> one = MeasureIn(a.unit, "1"), other = MeasureIn(b.unit, "1");
  if (!one || !other || one->dimension != other->dimension || one->per_unit <= 0 ||
      other->per_unit <= 0) {
    return 1;
  }
  return other->per_unit / one->per_unit;
}

// Whether `b` is an amount of what rate `a` is: of its kind, unit (or the unit's dimension)
// and noun, or a bare number.
bool OfTheRatesAmount(const Claim& a, const Claim& b) {
  const bool same_dimension = a.kind == Kind::kQuantity && b.kind == Kind::kQuantity &&
                              !Dimension(a.unit).empty() &&
                              Dimension(a.unit) == Dimension(b.unit) && a.unit != "°F" &&
                              b.unit != "°F" && a.unit != "°C" && b.unit != "°C";
  const bool same_amount = (a.kind == b.kind && a.unit == b.unit) || same_dimension ||
                           (b.kind == Kind::kNumber && b.noun_key.empty());
  return same_amount && IsAmountOrAbout(a) && IsAmountOrAbout(b) && a.sentence == b.sentence &&
         (b.noun_key.empty() || b.noun_key == a.noun_key);
}

// The unit of time of rate `a` where `b`, a few words after it, restates it per another unit;
// empty otherwise.
std::string_view RestatedRatePer(const DocumentView& doc, const Claim& a, const Claim& b,
                                 const Claim* time) {
  constexpr size_t kNear = 80;  // bytes: "عبر المطار يوميا في ذروة الموسم، أي"
  if (!OfTheRatesAmount(a, b) || b.norm_begin > a.norm_end + kNear || b.norm_begin < a.norm_end) {
    return {};
  }
  const std::string_view text = doc.normalized.text();
  const std::string_view b_per = PerUnitAt(doc, text, scan::SkipSpaces(text, b.norm_end));
  if (b_per.empty()) return {};
  const std::string_view a_per = RestatedPer(doc, a, b, time);
  return a_per == b_per ? std::string_view() : a_per;
}

// "an hour", "a day".
std::string_view Article(std::string_view unit) { return unit == "hour" ? "an" : "a"; }

// Rate `a`, per `a_per`, against `b`, the same rate per the unit of time said after it.
void WeighRestatedRate(const DocumentView& doc, const Claim& a, std::string_view a_per,
                       const Claim& b, Reporter* reporter) {
  const std::string_view text = doc.normalized.text();
  const std::string_view b_per = PerUnitAt(doc, text, scan::SkipSpaces(text, b.norm_end));
  if (b_per.empty() || a_per == b_per) return;
  const auto down = SmallerIn(a_per, b_per);  // a's unit the larger: b is a share of a
  const auto up = down ? std::nullopt : SmallerIn(b_per, a_per);
  if (!down && !up) return;
  // ("150 لترا يوميا، أي 54.75 مترا مكعبا سنويا": the second in the first's unit.)
  const double scale = InTheUnitOf(a, b);
  const double x = *AsDouble(a.value), y = *AsDouble(b.value) * scale;
  const double rx = WrittenRounding(a, a.value), ry = WrittenRounding(b, b.value) * scale;
  const double lo = down ? (x - rx) / down->most : (x - rx) * up->least;
  const double hi = down ? (x + rx) / down->least : (x + rx) * up->most;
  if (y + ry >= lo && y - ry <= hi) return;
  const std::string expected = Approximate((down ? x / down->usual : x * up->usual) / scale);
  reporter->Report("arith.rate_mismatch",
                   absl::StrFormat("%s %s %s is about %s %s %s, not %s", a.text, Article(a_per),
                                   a_per, expected, Article(b_per), b_per, b.value),
                   {SpanOf(a), SpanOf(b)}, expected, b.value);
}

// "أي 5.4 مليون برميل شهريا و66 مليونا سنويا", "or 5.4 million a month and 66 million a
// year": a second restatement, "and" alone between it and the first's unit of time.
bool AndRestatedAgain(const DocumentView& doc, const Claim& b, const Claim& c) {
  const std::string_view text = doc.normalized.text();
  const auto per = doc.engine.arith_cues().MatchAt(text, scan::SkipSpaces(text, b.norm_end), "per");
  if (!per.entry || c.sentence != b.sentence || per.end > c.norm_begin) return false;
  const std::string_view rest = TrimSpaces(text.substr(per.end, c.norm_begin - per.end));
  return rest == "\xD9\x88" || rest == "and" || rest == ",";  // و
}

// "3.6 million barrels a month, or 120,000 a day", "900 طن شهريا، أي 30 طنا يوميا": a rate
// (claim i, its `time` maybe after it) and the same rate per another unit of time, which must
// hold for some count of the smaller unit in the larger within the rounding of both figures.
void CheckRestatedRate(const DocumentView& doc, size_t i, const Claim* time, Reporter* reporter) {
  const auto& claims = doc.claims;
  const size_t j = time == nullptr ? i + 1 : i + 2;
  const std::string_view per = RestatedRatePer(doc, claims[i], claims[j], time);
  if (per.empty()) return;
  WeighRestatedRate(doc, claims[i], per, claims[j], reporter);
  if (j + 1 < claims.size() && OfTheRatesAmount(claims[i], claims[j + 1]) &&
      AndRestatedAgain(doc, claims[j], claims[j + 1])) {
    WeighRestatedRate(doc, claims[i], per, claims[j + 1], reporter);
  }
}

// The months of a quarter or a half of a year named by the word beside its rank; none else.
int MonthsOfAPart(std::string word) {
  constexpr std::string_view kQuarter = "\xD8\xA7\xD9\x84\xD8\xB1\xD8\xA8\xD8\xB9";  // الربع
  constexpr std::string_view kHalf = "\xD8\xA7\xD9\x84\xD9\x86\xD8\xB5\xD9\x81";     // النصف
  absl::AsciiStrToLower(&word);
  if (word == "quarter" || word == kQuarter) return 3;
  if (word == "half" || word == kHalf) return 6;
  return 0;
}

// Whether "of", "من" at `at` says a part of a year ("of 2024", "of the year", "من العام", "من
// عام 2024"), or nothing follows; a part of a season or of a game is none.
bool OfAYear(std::string_view text, size_t at) {
  constexpr std::string_view kFrom = "\xD9\x85\xD9\x86";                          // من
  constexpr std::string_view kYear = "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85";      // العام
  // (Normalized text folds "ة" to "ه".)
  constexpr std::string_view kSana = "\xD8\xA7\xD9\x84\xD8\xB3\xD9\x86\xD9\x87";      // السنه
  constexpr std::string_view kAam = "\xD8\xB9\xD8\xA7\xD9\x85";                      // عام
  const std::string_view of = scan::WordAt(text, at);
  if (of != "of" && of != kFrom) return true;
  const size_t what = scan::SkipSpaces(text, at + of.size());
  const std::string_view thing = scan::WordAt(text, what);
  if (thing == "the") return scan::WordAt(text, scan::SkipSpaces(text, what + 3)) == "year";
  // "من عام 2024": the year's word before its digits.
  if (thing == kAam) return scan::DigitAt(text, scan::SkipSpaces(text, what + thing.size()));
  return scan::DigitAt(text, what) || thing == kYear || thing == kSana;
}

// "خلال الربع الأول", "in the first quarter", "النصف الثاني من العام": a quarter or a half of a
// year named by its rank, as a span of three or six months.
std::optional<Claim> PartOfAYear(const DocumentView& doc, const Claim& c) {
  if (c.kind != Kind::kOrdinal) return std::nullopt;
  const std::string_view text = doc.normalized.text();
  const bool english = static_cast<unsigned char>(text[c.norm_begin]) < 0x80;
  const size_t after = scan::SkipSpaces(text, c.norm_end);
  const size_t before = scan::SkipSpacesBack(text, c.norm_begin);
  const std::string_view word =
      english ? scan::WordAt(text, after) : scan::WordBefore(text, before);
  const size_t of = english ? scan::SkipSpaces(text, after + word.size()) : after;
  const int months = MonthsOfAPart(std::string(word));
  if (months == 0 || !OfAYear(text, of)) return std::nullopt;
  Claim span = c;
  // The span takes the word of the part: the words between it and a total are asked as few.
  if (english) {
    span.norm_end = after + word.size();
  } else {
    span.norm_begin = before - word.size();
  }
  span.start = doc.normalized.ToOriginalStart(span.norm_begin);
  span.end = doc.normalized.ToOriginalEnd(span.norm_end);
  span.text = std::string(doc.normalized.original().substr(span.start, span.end - span.start));
  span.kind = Kind::kDuration;
  span.unit = "month";
  span.value = std::to_string(months);
  span.qualifier.clear();
  return span;
}

// Whether `year` is the year right after a part of it: "the first half of 2024", "الربع الأول
// من عام 2024".
bool YearOfThePart(const DocumentView& doc, const Claim& part, const Claim& year) {
  if (year.kind != Kind::kYear || !year.qualifier.empty() || part.norm_end > year.norm_begin) {
    return false;
  }
  const std::string_view of = TrimSpaces(doc.Between(part, year));
  return of == "of" || of == "\xD9\x85\xD9\x86" ||                                  // من
         of == "\xD9\x85\xD9\x86 \xD8\xB9\xD8\xA7\xD9\x85";  // من عام
}

// The quarter or half of a year that claim j names (PartOfAYear), through the year it is of
// where that follows ("the first half of 2024": the words after it are asked from the year);
// `past` the claim after it.
std::optional<Claim> PartThroughItsYear(const DocumentView& doc, size_t j, size_t* past) {
  const auto& claims = doc.claims;
  std::optional<Claim> part = PartOfAYear(doc, claims[j]);
  *past = j + 1;
  if (part && j + 1 < claims.size() && YearOfThePart(doc, *part, claims[j + 1])) {
    part->norm_end = claims[j + 1].norm_end;
    part->end = claims[j + 1].end;
    *past = j + 2;
  }
  return part;
}

// Whether `total` follows `each` with no words but a cue of one item ("each", "لكل منها")
// and one that restates ("or", "أي"), or a cue of a total before it.
bool TotalRightAfter(const DocumentView& doc, const Claim& each, const Claim& total) {
  const scan::PhraseList& cues = doc.engine.arith_cues();
  const std::string_view text = doc.normalized.text();
  size_t at = scan::SkipSpaces(text, each.norm_end);
  if (const auto one = cues.MatchAt(text, at, "per-item"); one.entry) at = one.end;
  if (at > total.norm_begin) return false;
  const std::string_view words =
      TrimSpaces(PastALeadingComma(text.substr(at, total.norm_begin - at)));
  return words.empty() || CoveredBy(words, cues, "restate") || doc.CueBefore(cues, total, "sum") ||
         doc.CueBefore(cues, total, "total");
}

// Whether `words` only lead from two counts to the ratio said of them: a comma, then nothing
// or a word that restates or averages ("or", "أي", "بمعدل"), maybe then the noun of the fewer
// ("، أي طبيب واحد لكل").
bool LeadsToTheRatio(const DocumentView& doc, std::string_view words, const Claim& fewer) {
  const std::string_view past = PastALeadingComma(words);
  if (past.size() == words.size()) return false;  // no comma
  std::string rest(TrimSpaces(past));
  const size_t space = rest.rfind(' ');
  const size_t last = space == std::string::npos ? 0 : space + 1;
  if (NamesItsItems(doc, std::string_view(rest).substr(last), fewer)) {
    rest.resize(space == std::string::npos ? 0 : space);
  }
  const scan::PhraseList& cues = doc.engine.arith_cues();
  return rest.empty() || CoveredBy(rest, cues, "restate") || CoveredBy(rest, cues, "average");
}

// The ratio of `more` to `fewer` against one of these for every `every`, within the rounding
// of the three as written (`about`: said about so much, a tenth either way).
void WeighOneForEvery(const Claim& fewer, const Claim& more, const Claim& every, bool about,
                      Reporter* reporter) {
  const double f = *AsDouble(fewer.value), m = *AsDouble(more.value), n = *AsDouble(every.value);
  const double rf = WrittenRounding(fewer, fewer.value), rm = WrittenRounding(more, more.value);
  // About so many is within a tenth of it, or its rounding where that is wider.
  constexpr double kAbout = 0.1;
  const double rn = std::max(WrittenRounding(every, every.value),
                             about ? kAbout * n : 0.0);
  if (f - rf <= 0) return;
  const double low = (m - rm) / (f + rf), high = (m + rm) / (f - rf);
  if (n + rn >= low && n - rn <= high) return;
  const std::string expected = Approximate(m / f);
  reporter->Report("arith.rate_mismatch",
                   absl::StrFormat("%s for %s is one for every %s, not %s", fewer.text, more.text,
                                   expected, every.value),
                   {SpanOf(fewer), SpanOf(more), SpanOf(every)}, expected, every.value);
}

}  // namespace

// "bought 30 planes at $90 million each, for a total of $2.7 billion", "30 طائرة بسعر 90
// مليون دولار للطائرة الواحدة، بإجمالي 2.7 مليار دولار": a count of items, the price of one
// (a cue of an item after it, or of an average before it) and the total said after them
// ("total" or "sum" before it), which must be their product within the rounding of the three
// as written. So must groups of as many things each and the things in all ("24 floors with 8
// flats each, 192 flats in all", "24 طابقا في كل منها 8 شقق، أي 192 شقة إجمالا").
void CheckItemsAtAPrice(const DocumentView& doc, const Claim& items, const Claim& price,
                        const Claim& total, Reporter* reporter) {
  constexpr size_t kNear = 48;      // bytes: " each, for a total of", "للطائرة الواحدة، بإجمالي"
  constexpr size_t kAtPrice = 32;   // bytes: "من الكتاب بسعر", "at a price of"
  if (!IsCountOfItems(items) || !IsAmount(price) || !price.qualifier.empty() || price.approx ||
      total.kind != price.kind || total.unit != price.unit || !IsAmountOrAbout(total) ||
      items.sentence != total.sentence ||
      !AFewWords(EachSetOff(doc, doc.Between(items, price)), kAtPrice) ||
      doc.Between(price, total).size() > kNear) {
    return;
  }
  const scan::PhraseList& cues = doc.engine.arith_cues();
  const std::string_view text = doc.normalized.text();
  // Things in groups: each count has its noun, the total none or the things', said right
  // after them or restated ("30 pupils each, or 600 in all"): "sent 150 pupils in all to the
  // final" may count some of them, and games are each two teams' ("The 20 teams play 38
  // games each, 380 in all").
  if (price.kind == Kind::kNumber &&
      (!IsCountOfItems(price) || price.noun_key == items.noun_key ||
       CoveredBy(price.noun_key, cues, "game") ||
       (!total.noun_key.empty() && total.noun_key != price.noun_key) ||
       !TotalRightAfter(doc, price, total))) {
    return;
  }
  // "300 tickets at $20 each, raising $6,000": money the sale brought in is their product too,
  // where nothing else is said to add to it ("raising $8,000 with donations").
  const bool proceeds = total.kind == Kind::kMoney && EndsAt(text, total.norm_end, ".,;\n") &&
                        doc.CueBefore(cues, total, "proceeds");
  if (!doc.CueBefore(cues, total, "sum") && !doc.CueBefore(cues, total, "total") && !proceeds &&
      !cues.MatchAt(text, scan::SkipSpaces(text, total.norm_end), "sum-after").entry) {
    return;
  }
  // "6,500 employees will each receive a $1,000 bonus": "each" between the items and a price
  // ("The 20 teams each play 38 games, 380 in all" counts each game twice).
  // So "each of" before the items ("Each of the 25 employees will get", "يحصل كل من العمال
  // الـ 40 على"), their noun between.
  constexpr size_t kEachOf = 40;  // bytes: "كل من الموظفين الـ"
  const size_t each_of = items.norm_begin > kEachOf ? items.norm_begin - kEachOf : 0;
  const bool each_before =
      price.kind != Kind::kNumber &&
      (EachBefore(doc, items, price) || cues.StartsAWordIn(text, each_of, items.norm_begin,
                                                           "each-of"));
  if (PerItemAfter(doc, price, items).empty() &&
      !doc.CueBefore(cues, price, "price-each") && !each_before) {
    return;
  }
  // "..., a total of $3 billion including training": a total of more than the items.
  if (cues.MatchAt(text, scan::SkipSpaces(text, total.norm_end), "among").entry) return;
  const double count = *AsDouble(items.value), each = *AsDouble(price.value);
  const double t = *AsDouble(total.value), product = count * each;
  // A whole number of things in each group is exact; a price may be rounded.
  const bool whole_things =
      price.kind == Kind::kNumber && price.fraction_digits == 0 && price.scale.is_zero();
  const double slack = WrittenRounding(total, total.value) +
                       (whole_things ? 0 : count * WrittenRounding(price, price.value));
  if (count <= 1 || std::fabs(product - t) <= slack) return;
  const std::string expected = Approximate(product);
  reporter->Report("arith.rate_mismatch",
                   absl::StrFormat("%s %s %s each come to %s, not %s", items.text,
                                   price.kind == Kind::kNumber ? "of" : "at", price.text,
                                   expected, total.text),
                   {SpanOf(items), SpanOf(price), SpanOf(total)}, expected, total.value);
}

// A total, the period or the items it is spread over (in either order: `first`, `second`)
// and the average said after them; with `items_only`, only items before their total.
void CheckAverage(const DocumentView& doc, const Claim& first, const Claim& second,
                  const Claim& said, bool items_only, Reporter* reporter,
                  Counted span_counted = Counted::kAsSaid) {
  if (first.sentence != said.sentence || said.value.empty()) return;  // most: asked first
  // "16 regions received 2.4 billion dirhams, an average of 150 million each", "36 million
  // cubic metres last year, an average of 3 million a month": the average leaves its currency
  // or unit to the total.
  std::optional<Claim> priced;
  const auto measured = [](const Claim& c) {
    return c.kind == Kind::kMoney || c.kind == Kind::kQuantity;
  };
  const Claim& amount = measured(first) ? first : second;
  if (measured(amount) && said.kind == Kind::kNumber && said.unit.empty() &&
      said.noun.empty() && !said.scale.is_zero()) {
    priced = said;
    priced->kind = amount.kind;
    priced->unit = amount.unit;
  }
  const Claim& rate = priced ? *priced : said;
  // ("بمعدل يزيد على 20 يوميا": an average said above or below so much is read too.)
  const bool bounded = IsAmount(rate) && BoundSide(rate) != 0;
  if (!(IsAmountOrAbout(rate) || bounded) || first.sentence != rate.sentence) return;
  // "paid 3,000 farmers $15 million, an average of $5,000 each": the items before an amount
  // of another kind, the average's; "420 workers made 8,400 engines, or 30 engines per
  // worker": before a count of another noun, which the average counts again.
  const bool counts_first = IsCountOfItems(first) && IsCountOfItems(second) &&
                            second.noun_key != first.noun_key && rate.noun_key == second.noun_key;
  // ("Some 3,000 farmers received $15 million": items counted about so many.)
  const bool items_first = ((IsItems(first) || IsCountOfItemsAbout(first)) &&
                            second.kind != Kind::kNumber &&
                            second.kind == rate.kind && second.kind != first.kind) ||
                           counts_first;
  if (items_only && !items_first) return;
  const bool period_first = IsPeriod(first) || items_first;
  const Claim& total = period_first ? second : first;
  const Claim& period = period_first ? first : second;
  // "24 goals in 12 games, an average of two a game": the items after the total.
  const bool items = items_first ||
                     (!period_first && (IsCountOfItems(period) || IsCountOfItemsAbout(period)) &&
                      period.noun_key != total.noun_key) ||
                     (!period_first && IsMeasureOfItems(period) && YieldsOrCosts(total, period));
  // "3,000 patients over two years, an average of 1.5 visits a month": another thing's rate;
  // not "312 ألف حالة ولادة ... بمعدل 856 ولادة يوميا", cases of what the rate counts.
  const bool other_noun = !rate.noun_key.empty() && rate.noun_key != total.noun_key &&
                          !CasesOf(doc, total, rate.noun_key) &&
                          !CasesOf(doc, rate, total.noun_key);
  // "7.5 مليار دولار خلال الربع الأول، بمعدل 2.5 مليار دولار شهريا".
  if (!period_first && period.kind == Kind::kOrdinal) {
    const std::optional<Claim> part = PartOfAYear(doc, period);
    if (part && IsAmountOrAbout(total) && total.kind == rate.kind && !other_noun &&
        TotalPeriodAverage(doc, total, *part, rate)) {
      CheckRate(doc, total, *part, rate, reporter);
    }
    return;
  }
  if (!(IsPeriod(period) || items) || !IsAmountOrAbout(total) || total.kind != rate.kind ||
      other_noun || !TotalPeriodAverage(doc, first, second, rate) ||
      !TookTheWholeUnit(doc, total, period)) {
    return;
  }
  const Counted counted = !IsYearRange(period)  ? span_counted
                          : IsSinceToNow(period) ? Counted::kUpToNow
                                                 : Counted::kBothEnds;
  CheckRate(doc, total, items ? period : AsASpan(period), rate, reporter, counted);
}

// "2,300 doctors for 4.6 million people, or one for every 2,000", "2300 طبيب لخدمة 4.6 مليون
// نسمة، أي طبيب واحد لكل 2000 نسمة": two counts a few words apart, then right after them one
// of the fewer for every so many of the more (arith_cues.tsv "every" before the so many),
// which must be their ratio within the rounding of the three.
void CheckOneForEvery(const DocumentView& doc, size_t k, Reporter* reporter) {
  constexpr size_t kNear = 48;  // bytes: "doctors to serve", "طبيب لخدمة"
  const auto& claims = doc.claims;
  const Claim& every = claims[k];
  // ("one for every 15 or so", "لكل 15 طالبا تقريبا": about so many, weighed loosely.)
  if (k < 2 || every.kind != Kind::kNumber || !IsAmount(every) ||
      !(every.qualifier.empty() || every.qualifier == "about")) {
    return;
  }
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& cues = doc.engine.arith_cues();
  const auto cue = cues.MatchBefore(text, scan::SkipSpacesBack(text, every.norm_begin), "every");
  // ("one in every 10 of which": a share of what comes after, no ratio of the two counts.)
  if (!cue.entry || cues.MatchAt(text, scan::SkipSpaces(text, every.norm_end), "them").entry) {
    return;
  }
  // "one doctor for every", "طبيب واحد لكل": a claim of one right before the cue; else the
  // fewer's noun alone ("طبيب لكل").
  const Claim& before = claims[k - 1];
  const bool one = before.value == "1" && before.sentence == every.sentence &&
                   scan::SkipSpaces(text, before.norm_end) == cue.end;
  if (one && k < 3) return;
  const Claim& a = claims[one ? k - 3 : k - 2];
  const Claim& b = claims[one ? k - 2 : k - 1];
  if (!IsCountOfItems(a) || !IsCountOfItems(b) || a.sentence != every.sentence ||
      doc.Between(a, b).size() > kNear) {
    return;
  }
  const Claim& fewer = *AsDouble(a.value) < *AsDouble(b.value) ? a : b;
  const Claim& more = &fewer == &a ? b : a;
  const size_t said = one ? before.norm_begin : cue.end;
  if (said < b.norm_end ||
      !LeadsToTheRatio(doc, text.substr(b.norm_end, said - b.norm_end), fewer)) {
    return;
  }
  if (!one) {  // "طبيب لكل": the word before the cue names the fewer
    const std::string_view word = scan::WordBefore(text, scan::SkipSpacesBack(text, cue.end));
    if (!NamesItsItems(doc, word, fewer)) return;
  }
  // ("about one for every 13": the ratio said about so much.)
  WeighOneForEvery(fewer, more, every, every.approx || (one && before.approx), reporter);
}

// "طبيب واحد لكل 1500 نسمة، أي 2000 طبيب لثلاثة ملايين نسمة", "one doctor for every 1,500
// people, or 2,000 doctors for 3 million": one of a thing for every so many of another, then
// past a comma and a word that restates it two counts of the two (each of its noun or none),
// a few words apart, whose ratio it must be.
void CheckCountsRestatingOneForEvery(const DocumentView& doc, size_t k, Reporter* reporter) {
  constexpr size_t kNear = 32;  // bytes: "doctors for", "طبيب لخدمة"
  const auto& claims = doc.claims;
  if (k == 0 || k + 2 >= claims.size()) return;
  const Claim &one = claims[k - 1], &every = claims[k], &fewer = claims[k + 1],
              &more = claims[k + 2];
  const auto of = [](const Claim& c, const Claim& kind) {
    return c.noun_key.empty() || c.noun_key == kind.noun_key;
  };
  // Asked at every claim: four counts of one sentence, the first one.
  if (one.value != "1" || !IsCountOfItems(fewer) || !IsCountOfItems(more) || !IsAmount(every) ||
      every.kind != Kind::kNumber || more.sentence != one.sentence || !of(more, every) ||
      fewer.noun_key == more.noun_key) {
    return;
  }
  const std::string_view text = doc.normalized.text();
  // ("طبيب واحد": Arabic names the one's noun before it.)
  const bool named = !one.noun_key.empty()
                         ? of(fewer, one)
                         : NamesItsItems(doc, scan::WordBefore(text, scan::SkipSpacesBack(
                                                                          text, one.norm_begin)),
                                         fewer);
  if (!named) return;
  const scan::PhraseList& cues = doc.engine.arith_cues();
  const auto cue = cues.MatchBefore(text, scan::SkipSpacesBack(text, every.norm_begin), "every");
  if (!cue.entry || scan::SkipSpaces(text, one.norm_end) != cue.end) return;
  const std::string_view restating = doc.Between(every, fewer);
  const Comma comma = CommaIn(restating, /*last=*/false);
  if (comma.at == std::string_view::npos || HasComma(restating.substr(comma.past)) ||
      !CoveredBy(TrimSpaces(restating.substr(comma.past)), cues, "restate") ||
      !AFewWords(doc.Between(fewer, more), kNear)) {
    return;
  }
  WeighOneForEvery(fewer, more, every, every.approx, reporter);
}

// Whether `c` counts people of a population (arith_cues.tsv "whole-class" "population":
// "2 million people", "residents", "نسمة").
bool CountsAPopulation(const DocumentView& doc, const Claim& c) {
  if (!IsCountOfItems(c) && !IsCountOfItemsAbout(c)) return false;
  const auto* entry = CoveringEntry(c.noun_key, doc.engine.arith_cues(), "whole-class");
  return entry != nullptr && entry->HasTag("population");
}

// "The city of 2 million people recorded 240 murders, a rate of 12 per 100,000", "سجلت البلاد
// 3000 وفاة بين سكانها البالغ عددهم 50 مليون نسمة، أي 6 لكل 100 ألف نسمة": a rate per a round
// number of people (100, 1,000 ... a million; "per" or "every" before it, the rate right
// before that) after the count of what happened, the nearest count before it of no people, and
// the one population the sentence counts before it: the count over the population, per so many,
// within the rounding of the three.
void CheckRatePerPopulation(const DocumentView& doc, size_t k, Reporter* reporter) {
  const auto& claims = doc.claims;
  if (k < 3) return;
  const Claim &base = claims[k], &rate = claims[k - 1];
  // Asked at every claim: a round base (its digits read last), a rate right before it.
  if (base.kind != Kind::kNumber || !base.value.starts_with('1') || rate.kind != Kind::kNumber ||
      rate.sentence != base.sentence || !IsAmountOrAbout(rate)) {
    return;
  }
  const std::optional<double> b = AsDouble(base.value);
  if (!b || !(*b == 100 || *b == 1e3 || *b == 1e4 || *b == 1e5 || *b == 1e6) ||
      (!base.noun_key.empty() && !CountsAPopulation(doc, base))) {
    return;
  }
  const std::string_view text = doc.normalized.text();
  const auto cue = doc.engine.arith_cues().MatchBefore(
      text, scan::SkipSpacesBack(text, base.norm_begin), "every");
  if (!cue.entry || scan::SkipSpaces(text, rate.norm_end) != cue.end) return;
  // ("240 murders and 1,200 robberies, or 60 robberies per 100,000": the count the rate names;
  // of two counts, a rate that names none is of either.)
  const Claim* events = nullptr;
  const Claim* population = nullptr;
  for (size_t j = k - 1; j-- > 0 && claims[j].sentence == base.sentence;) {
    const Claim& c = claims[j];
    if (CountsAPopulation(doc, c)) {
      if (population != nullptr) return;  // two populations: which is it per?
      population = &c;
    } else if (!IsTimeOfARate(c) && c.kind != Kind::kDuration) {
      if (!IsCountOfItems(c) && !IsCountOfItemsAbout(c)) return;
      if (events != nullptr && rate.noun_key.empty()) return;
      if (events == nullptr && (rate.noun_key.empty() || rate.noun_key == c.noun_key)) {
        events = &c;
      }
    }
  }
  if (events == nullptr || population == nullptr) return;
  // ("with incidence in the capital at 30 per 100,000": a rate of another place.) The words
  // from the claim before the rate (a count or their time) lead to it.
  const std::string_view lead =
      TrimSpaces(PastALeadingComma(doc.Between(claims[k - 2], rate)));
  const scan::PhraseList& cues = doc.engine.arith_cues();
  if (!lead.empty() && !CoveredBy(lead, cues, "restate") && !CoveredBy(lead, cues, "average") &&
      cues.MatchBefore(lead, lead.size(), "rate-per").entry == nullptr) {
    return;
  }
  const double e = *AsDouble(events->value), p = *AsDouble(population->value);
  if (p <= *b || e >= p) return;
  const bool about = rate.qualifier == "about" || events->qualifier == "about" ||
                     population->qualifier == "about";
  constexpr double kAbout = 0.1;
  const double re = WrittenRounding(*events, events->value) + (about ? kAbout * e : 0);
  const double rp = WrittenRounding(*population, population->value);
  const double x = *AsDouble(rate.value), rx = WrittenRounding(rate, rate.value);
  if (p - rp <= 0) return;
  const double low = (e - re) / (p + rp) * *b, high = (e + re) / (p - rp) * *b;
  if (x + rx >= low && x - rx <= high) return;
  const std::string expected = Approximate(e / p * *b);
  reporter->Report("arith.rate_mismatch",
                   absl::StrFormat("%s among %s is %s per %s, not %s", events->text,
                                   population->text, expected, base.text, rate.value),
                   {SpanOf(*events), SpanOf(*population), SpanOf(rate), SpanOf(base)}, expected,
                   rate.value);
}

// "The fund holds $1.4 trillion, or about $254,000 for each of its 5.5 million citizens",
// "رصدت 2 مليار دولار، أي 500 دولار لكل واحد من 4 ملايين تلميذ": a total, past a comma the
// average restating it (arith_cues.tsv "restate"), then the items it is per, right after
// their cue (PerItemAt).
void CheckAverageBeforeItsItems(const DocumentView& doc, size_t i, Reporter* reporter) {
  constexpr size_t kAside = 24;  // bytes: "in assets", "من الأصول"
  const auto& claims = doc.claims;
  // ("لكل واحد من", "for each one of": the one is none of the items.)
  const size_t k = claims[i + 2].value == "1" && i + 3 < claims.size() ? i + 3 : i + 2;
  const Claim &total = claims[i], &rate = claims[i + 1], &items = claims[k];
  if (!(total.kind == Kind::kMoney || total.kind == Kind::kQuantity) ||
      !IsAmountOrAbout(total) || !IsAmountOrAbout(rate) || rate.kind != total.kind ||
      !(IsCountOfItems(items) || IsCountOfItemsAbout(items)) ||
      items.sentence != total.sentence || rate.sentence != total.sentence) {
    return;
  }
  const std::string_view between = doc.Between(total, rate);
  const Comma comma = CommaIn(between, /*last=*/true);
  if (comma.at == std::string_view::npos || comma.at > kAside ||
      !CoveredBy(TrimSpaces(between.substr(comma.past)), doc.engine.arith_cues(), "restate")) {
    return;
  }
  if (PerItemAfter(doc, rate, items) != items.noun) return;
  CheckRate(doc, total, items, rate, reporter);
}

// "The line is 42 km long and has 28 stations, one every 1.5 km", "خط طوله 42 كم ويضم 28
// محطة، بمعدل محطة كل 1.5 كم": a length, the things along it a few words on, then past a comma
// how far apart they stand ("every" right before the gap: arith_cues.tsv "spaced"). The gap is
// the length over as many gaps as the things, one fewer (one at each end) or one more (none
// at either), within the rounding of the three and the unevenness of a mean.
void CheckSpacedAlong(const DocumentView& doc, size_t k, Reporter* reporter) {
  constexpr size_t kNear = 48;  // bytes: "km long and has", "كم ويضم"
  constexpr size_t kRestated = 40;  // bytes: ", one", "، بمعدل محطة"
  // Things along a length stand unevenly: "one every 1.5 km" is their mean gap, about so much
  // (a quarter either way where said to be about so much).
  constexpr double kMean = 0.15, kAbout = 0.25;
  const auto& claims = doc.claims;
  const Claim& gap = claims[k];
  if (k < 2 || gap.kind != Kind::kQuantity) return;
  const std::optional<Measure> g = MeasureOf(gap);
  if (!g || g->dimension != "length" ||
      !(gap.qualifier.empty() || gap.qualifier == "about")) {
    return;
  }
  const std::string_view text = doc.normalized.text();
  const auto cue = doc.engine.arith_cues().MatchBefore(
      text, scan::SkipSpacesBack(text, gap.norm_begin), "spaced");
  if (!cue.entry) return;
  // "one every": the claim of one right before the cue is none of the things.
  const size_t one = claims[k - 1].value == "1" && claims[k - 1].norm_end <= cue.end ? 1 : 0;
  if (k < 2 + one) return;
  const Claim& items = claims[k - 1 - one];
  const Claim& length = claims[k - 2 - one];
  const std::optional<Measure> l = MeasureOf(length);
  if (cue.end < items.norm_end) return;
  const std::string_view restated = text.substr(items.norm_end, cue.end - items.norm_end);
  if (!IsCountOfItems(items) || !l || l->dimension != "length" || !length.qualifier.empty() ||
      length.approx || length.sentence != gap.sentence || items.sentence != gap.sentence ||
      !AFewWords(doc.Between(length, items), kNear) || restated.size() > kRestated ||
      CommaIn(restated, /*last=*/false).at == std::string_view::npos) {
    return;
  }
  const double n = *AsDouble(items.value);
  if (n < 2) return;
  const double rl = WrittenRounding(length, length.value) * l->per_unit;
  const double rg = std::max(WrittenRounding(gap, gap.value) * g->per_unit,
                             (gap.qualifier == "about" ? kAbout : kMean) * g->base);
  const double low = (l->base - rl) / (n + 1), high = (l->base + rl) / (n - 1);
  if (g->base + rg >= low && g->base - rg <= high) return;
  const std::string expected = Approximate(l->base / n / g->per_unit);
  reporter->Report("arith.rate_mismatch",
                   absl::StrFormat("%s along %s stand about %s %s apart, not %s", items.text,
                                   length.text, expected, g->unit, gap.value),
                   {SpanOf(length), SpanOf(items), SpanOf(gap)}, expected, gap.value);
}

void CheckRates(const DocumentView& doc, Reporter* reporter) {
  constexpr size_t kAWordOrTwo = 16;  // bytes: "in", "في عام"
  if (!reporter->Enabled("arith.rate_mismatch")) return;
  const auto& claims = doc.claims;
  for (size_t i = 0; i + 1 < claims.size(); ++i) {
    CheckRestatedRate(doc, i, nullptr, reporter);
    CheckOneForEvery(doc, i + 1, reporter);
    CheckCountsRestatingOneForEvery(doc, i + 1, reporter);
    CheckRatePerPopulation(doc, i + 1, reporter);
    CheckSpacedAlong(doc, i + 1, reporter);
    // "3.3 مليون برميل يوميا في آذار، أي نحو 100 مليون برميل شهريا": the rate's time between.
    if (i + 2 < claims.size() && IsTimeOfARate(claims[i + 1])) {
      CheckRestatedRate(doc, i, &claims[i + 1], reporter);
    }
    if (i + 2 >= claims.size()) break;
    CheckItemsAtAPrice(doc, claims[i], claims[i + 1], claims[i + 2], reporter);
    CheckAverageBeforeItsItems(doc, i, reporter);
    CheckAverage(doc, claims[i], claims[i + 1], claims[i + 2], false, reporter);
    // "Since 2015, the city has planted 120,000 trees, about 12,000 a year", "planted 120,000
    // trees since 2015, about 12,000 a year".
    if (const std::optional<Claim> since = SinceToNow(doc, claims[i])) {
      CheckAverage(doc, *since, claims[i + 1], claims[i + 2], false, reporter);
    }
    if (const std::optional<Claim> since = SinceToNow(doc, claims[i + 1])) {
      CheckAverage(doc, claims[i], *since, claims[i + 2], false, reporter);
    }
    // "خلال الربع الأول، باعت الشركة 9 آلاف سيارة، بمعدل 3 آلاف شهريا": a part of a year first
    // ("In the first half of 2024, the port handled"); "sold 9,000 cars in the first quarter
    // of 2024, or 3,000 a month": after, the year it is of named (CheckAverage reads a part
    // alone there).
    size_t past = 0;
    if (const std::optional<Claim> part = PartThroughItsYear(doc, i, &past);
        part && past + 1 < claims.size()) {
      CheckAverage(doc, *part, claims[past], claims[past + 1], false, reporter);
    }
    if (const std::optional<Claim> part = PartThroughItsYear(doc, i + 1, &past);
        part && past > i + 2 && past < claims.size()) {
      CheckAverage(doc, claims[i], *part, claims[past], false, reporter);
    }
    // "From January to March, it sold 84,000 cars, about 28,000 a month"; "sold 84,000 cars
    // between January and March, about 28,000 a month".
    if (i + 3 < claims.size()) {
      if (const std::optional<Claim> months = MonthsFromTo(doc, claims[i], claims[i + 1])) {
        CheckAverage(doc, *months, claims[i + 2], claims[i + 3], false, reporter,
                     Counted::kEndsOrOneFewer);
      }
      if (const std::optional<Claim> months = MonthsFromTo(doc, claims[i + 1], claims[i + 2])) {
        CheckAverage(doc, claims[i], *months, claims[i + 3], false, reporter,
                     Counted::kEndsOrOneFewer);
      }
    }
    // "420 workers made 8,400 engines last year, or 30 engines per worker": the total's time
    // between it and its items' average.
    // ("Some 3,000 farmers received $15 million in 2023": items counted about so many.)
    const bool items = IsCountOfItems(claims[i]) || IsCountOfItemsAbout(claims[i]);
    if (i + 3 < claims.size() && items &&
        (IsTimeOfARate(claims[i + 2]) || claims[i + 2].qualifier == "ago")) {
      CheckAverage(doc, claims[i], claims[i + 1], claims[i + 3], true, reporter);
    }
    // "14.2 مليون سائح العام الماضي، أنفقوا 9.8 مليار دولار، بمتوسط 690 دولارا للسائح": the
    // items' time right after them, read as one with them.
    if (i + 3 < claims.size() && items &&
        (IsTimeOfARate(claims[i + 1]) || claims[i + 1].qualifier == "ago") &&
        AFewWords(doc.Between(claims[i], claims[i + 1]), kAWordOrTwo)) {
      Claim with_time = claims[i];
      with_time.norm_end = claims[i + 1].norm_end;
      CheckAverage(doc, with_time, claims[i + 2], claims[i + 3], true, reporter);
    }
  }
}

}  // namespace mizan::checks
