#include "core/checks/compare.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "core/checks/document_checks.h"
#include "core/checks/measures.h"
#include "core/claims/calendar.h"
#include "core/claims/noun_key.h"
#include "core/numerals/roman.h"
#include "core/numerals/word_lexicon.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks {
namespace {

using claims::Claim;
using claims::Kind;
using numerals::Decimal;

// Kinds that may stand for each other across languages: a year in one text is often a bare
// number in the other, and a count of days may be a duration.
enum class Group { kAmount, kMoney, kPercent, kDate, kDuration, kQuantity, kOrdinal, kWeekday };

Group GroupOf(const Claim& c) {
  switch (c.kind) {
    case Kind::kNumber:
    case Kind::kYear: return Group::kAmount;
    case Kind::kMoney: return Group::kMoney;
    case Kind::kPercent: return Group::kPercent;
    case Kind::kDate: return c.value.empty() && c.weekday ? Group::kWeekday : Group::kDate;
    case Kind::kDuration: return Group::kDuration;
    case Kind::kQuantity: return Group::kQuantity;
    case Kind::kOrdinal: return Group::kOrdinal;
  }
  return Group::kAmount;
}

bool IsRange(const Claim& c) { return c.value.empty() && (c.lower || c.upper); }

// A duration in its smallest whole unit, so that "two weeks" meets "أربعة عشر يومًا", "48
// hours" "يومين" and "a year and a half" "18 months". Days and months are not converted into
// each other.
std::string DurationKey(const Claim& c) {
  struct Conversion {
    const char* unit;
    const char* base;
    uint64_t factor;
  };
  static constexpr Conversion kConversions[] = {
      {"week", "second", 604800}, {"day", "second", 86400},  {"hour", "second", 3600},
      {"minute", "second", 60},   {"year", "month", 12},     {"decade", "month", 120},
      {"century", "month", 1200}};
  if (c.kind != Kind::kDuration) return {};
  const Conversion* conversion = nullptr;
  for (const Conversion& conv : kConversions) {
    if (c.unit == conv.unit) conversion = &conv;
  }
  const auto in_base = [&](const std::string& value) -> std::string {
    const std::optional<Decimal> n = Decimal::Parse(value);
    if (!n) return {};
    return conversion ? n->Times(Decimal::FromInt(conversion->factor)).ToString() : value;
  };
  const std::string base = conversion ? conversion->base : c.unit;
  // "3-4 days" and "من 3 إلى 4 أسابيع": a range of time converts bound by bound.
  if (c.value.empty()) {
    if (!c.lower || !c.upper) return {};
    return absl::StrCat(base, ":[", in_base(c.lower->value), ",", in_base(c.upper->value), "]");
  }
  return absl::StrCat(base, ":", in_base(c.value));
}

// A percentage, a per mille value, or a change in percentage or basis points.
bool PercentLike(const Claim& c) {
  return c.kind == Kind::kPercent ||
         (c.kind == Kind::kQuantity && (c.unit == "pp" || c.unit == "bp"));
}

// A year of a calendar other than the Gregorian one: its value means another year.
bool OtherCalendarYear(const Claim& c) { return c.kind == Kind::kYear && InOtherCalendar(c); }

// The key two claims share when they say the same value. "half"/"النصف" in words is 50 %.
std::string ValueKey(const Claim& c) {
  if (c.kind == Kind::kDate) return c.value.empty() ? absl::StrCat("weekday:", c.weekday) : c.value;
  if (OtherCalendarYear(c)) return absl::StrCat(c.calendar, ":", c.value);
  if (IsRange(c)) {
    return absl::StrCat("[", c.lower ? c.lower->value : "", ",", c.upper ? c.upper->value : "", "]");
  }
  if (c.too_large || c.value.empty()) return {};
  // 5 % is not 5 ‰, nor 5 percentage points.
  if (c.kind == Kind::kPercent) return absl::StrCat(c.unit == "percent" ? "%" : c.unit, c.value);
  return c.value;
}

// Another key a claim can meet its counterpart by: "half" in words is a share (50 %), a
// decade is often written as its first year ("الثلاثينيات 1930"), so are "the 80s" ("80"), a
// duration converts, a number whose separator was ambiguous ("20.000") may mean the other
// reading, and "one in four" may be rendered by its four.
std::string DurationKey(const Claim& c);
std::string ShareKey(const Claim& c, int decimals = 0);
std::string OneInKey(const Claim& c);

// "the 80s" (a number from 80 to 89, read from two digits and an s) is often rendered by its
// first number ("80 درجة"), as a decade is by its first year; so is an age in a decade of
// life ("in his 40s" as "بسن الأربعين").
bool IsTens(const Claim& c) {
  long lower = 0, upper = 0;
  const bool tens = (c.kind == Kind::kNumber && c.text.ends_with('s')) ||
                    (c.kind == Kind::kDuration && c.unit == "year");
  return tens && c.qualifier == "range" && c.lower && c.upper &&
         absl::SimpleAtoi(c.lower->value, &lower) && absl::SimpleAtoi(c.upper->value, &upper) &&
         upper == lower + 9 && lower % 10 == 0;
}

// Whether `other` is a number that "the 80s" (`tens`) holds.
bool WithinTheTens(const Claim& tens, const Claim& other) {
  if (!IsTens(tens) || other.value.empty() || other.too_large) return false;
  const std::optional<Decimal> lower = Decimal::Parse(tens.lower->value);
  const std::optional<Decimal> upper = Decimal::Parse(tens.upper->value);
  return lower && upper && !(other.number < *lower) && !(*upper < other.number);
}

std::string AlternativeKey(const Claim& c) {
  if (c.kind == Kind::kDate) return claims::OtherDayMonthReading(c);  // "3/4/2020", 4 March
  if (std::string key = ShareKey(c, 1); !key.empty()) return key;  // "33.3%"
  if ((c.qualifier == "decade" || IsTens(c)) && c.lower) return c.lower->value;
  if (c.alternative && !c.alternative->too_large()) return c.alternative->ToString();
  if (c.ratio) return OneInKey(c);
  return DurationKey(c);
}

// "one in four" by its "four": a translation may put the noun in the place of "one" ("طالب من
// كل أربعة", a student in every four), which leaves the count in every so many.
std::string OneInKey(const Claim& c) {
  const double share = std::strtod(c.value.c_str(), nullptr);
  if (!(share > 0 && share < 1)) return {};
  const double every = std::round(1 / share);
  if (every > 1e6 || std::abs(every * share - 1) > 1e-9) return {};
  return absl::StrCat(static_cast<int64_t>(every));
}

// "half", "one in five" as a share: a fraction in words or a ratio may render a percentage.
// A share that no decimal ends ("a third", "one in three") is written rounded: its key is
// the whole percentage ("33%"), or with `decimals` 1 the percentage to a tenth ("33.3%").
std::string ShareKey(const Claim& c, int decimals) {
  if (c.kind != Kind::kNumber || (c.script != "words" && !c.ratio) || c.too_large ||
      c.value.empty()) {
    return {};
  }
  const Decimal hundred = Decimal::FromInt(100);
  const Decimal pct = c.number.Times(hundred);
  if (c.number.negative() || !(pct < hundred)) return {};
  constexpr size_t kRepeating = 12;  // digits after the point: a quotient cut off
  const size_t point = c.value.find('.');
  if (point == std::string::npos || c.value.size() - point - 1 < kRepeating) {
    return decimals == 0 ? "%" + pct.ToString() : "";
  }
  const double percent = std::strtod(c.value.c_str(), nullptr) * 100;
  return "%" + absl::StrFormat("%.*f", decimals, percent);
}

// "الثلاثينات" (the 1930s, its century unsaid) as "the 30s", a number from 30 to 39.
std::string TensKey(const Claim& c) {
  long first = 0;
  if (c.qualifier != "decade" || !c.lower || !absl::SimpleAtoi(c.lower->value, &first) ||
      first < 1920 || first > 1990) {
    return {};
  }
  return absl::StrCat("[", first - 1900, ",", first - 1900 + 9, "]");
}

// A money claim's currency: its ISO code, or the family of a word that names no country.
const std::string& CurrencyOf(const Claim& c) { return c.unit.empty() ? c.noun_key : c.unit; }

// The family of a currency's word of no country. A pound and a lira are one: the Lebanese and
// Syrian pound is "ليرة" in Arabic.
std::string_view CurrencyFamily(std::string_view key) {
  return key == "lira" ? std::string_view("pound") : key;
}

// Whether two amounts' currency words are of two families.
bool OtherFamilies(const Claim& a, const Claim& b) {
  return !a.noun_key.empty() && !b.noun_key.empty() &&
         CurrencyFamily(a.noun_key) != CurrencyFamily(b.noun_key);
}

// Whether an amount whose word names no country ("250,000 dirhams") cannot be in the other
// side's currency ("250 ألف دولار"): none of the countries currency_places.tsv lists for its
// family has it. A family with no countries listed ("franc") tells nothing.
bool OutsideItsFamily(const Engine& engine, const Claim& unresolved, const Claim& resolved) {
  if (!unresolved.unit.empty() || unresolved.noun_key.empty() || resolved.unit.empty()) {
    return false;
  }
  bool listed = false;
  for (const scan::PhraseList::Entry& place : engine.currency_places().entries()) {
    if (place.tags.size() < 2 ||
        CurrencyFamily(place.tags[1]) != CurrencyFamily(unresolved.noun_key)) {
      continue;
    }
    if (place.tags[0] == resolved.unit) return false;
    listed = true;
  }
  return listed;
}

bool UnitsConflict(const Claim& a, const Claim& b) {
  return !a.unit.empty() && !b.unit.empty() && a.unit != b.unit;
}

// Two durations or two quantities in different units: "1 day" and "1 week" share a value
// and say two things.
bool OtherMeasures(const Claim& a, const Claim& b) {
  const bool measured = a.kind == Kind::kDuration || a.kind == Kind::kQuantity;
  return measured && a.kind == b.kind && UnitsConflict(a, b);
}

// "ago", "later", "within": a claim placed in time, whose bound (if any) the interval holds.
bool InTime(const std::string& qualifier) {
  return qualifier == "ago" || qualifier == "later" || qualifier == "within";
}

int QualifierFamily(const Claim& c) {
  const std::string& q = c.qualifier;
  if (q == "more-than" || q == "at-least") return 1;
  if (q == "less-than" || q == "at-most") return 2;
  if (q == "about") return 3;
  // A time qualifier takes the slot of a bound that the interval still holds: "منذ أكثر من
  // 10 سنوات" is ago and more than 10 years.
  if (InTime(q)) {
    if (c.lower && !c.upper) return 1;
    if (c.upper && !c.lower) return 2;
    if (c.approx) return 3;  // "منذ نحو 3 سنوات", about three years ago
  }
  return 0;  // exact, range, and the time qualifiers, compared elsewhere
}

// Whether two dates with a day name the same day of the month ("--11-12", "2024-12-12").
bool SameDay(const Claim& a, const Claim& b) {
  const auto day = [](const std::string& v) {
    return v.size() >= 7 && v[v.size() - 3] == '-' ? std::string_view(v).substr(v.size() - 2)
                                                    : std::string_view();
  };
  return !day(a.value).empty() && day(a.value) == day(b.value);
}

// A number word with the article: "الأربع", "الاثني عشر".
bool DefiniteInWords(const Claim& c) {
  return c.script == "words" && c.text.rfind("\xD8\xA7\xD9\x84", 0) == 0;  // "ال"
}

// Whether a claim counts a noun made definite by its article or its owner's suffix
// ("المرشحين", "مبارياته", "أعضاؤها").
bool CountsADefiniteNoun(const Claim& c) {
  return !c.noun_key.empty() && (claims::WrittenWithTheArticle(c.noun) ||
                                 claims::WrittenWithAPossessive(c.noun, /*others=*/true));
}

// The phrase of `cues` tagged `meaning` that ends right before claim c in its side's `text`,
// spaces between; nullptr where there is none.
const scan::PhraseList::Entry* CueRightBefore(const scan::PhraseList& cues, std::string_view text,
                                              const Claim& c, std::string_view meaning) {
  if (c.norm_begin > text.size()) return nullptr;
  return cues.MatchBefore(text, scan::SkipSpacesBack(text, c.norm_begin), meaning).entry;
}

// English month names that are also words ("May" a verb, "March" a verb and a noun), which a
// translation renders as such: their claim may be no month, unless a word that names a month
// as a time stands right before it (time_cues.tsv "month": "in May", "since March"), where
// neither word goes. `month_cues` null: the claims are compared alone, with no text.
bool AlsoAWord(const Claim& c, std::string_view text, const scan::PhraseList* month_cues) {
  const std::string lower = absl::AsciiStrToLower(c.text);
  const std::string_view name = std::string_view(lower).substr(lower.find_last_of(' ') + 1);
  if (name != "may" && name != "march") return false;
  if (month_cues == nullptr || c.norm_begin > text.size()) return true;
  return CueRightBefore(*month_cues, text, c, "month") == nullptr;
}

// Readings a translation freely adds or drops: "one", "a", "two" as a dual, an ordinal, a
// vague or inexact quantity, a month named alone.
bool Weak(const Claim& c) {
  // Vague quantities ("عشرات", "dozens") and inexact fractions; "about 200" is no weaker
  // than 200, nor is "about 1,500 years ago" in digits (vague times come in words).
  const bool about_a_time =
      (c.qualifier == "ago" || c.qualifier == "later") && c.script != "words";
  if ((c.approx && c.qualifier != "about" && !about_a_time) ||
      (c.kind == Kind::kOrdinal && c.script == "words")) {
    return true;  // "first", "الأول": ordinals in words come and go with the phrasing
  }
  // "الأربع" ("the four"): a definite number word alone refers back more often than it
  // counts; one after the definite noun it counts ("المرشحين الأربعة عشر", the fourteen
  // candidates; "مبارياته الثماني", its eight games) says how many there are, as an age does
  // ("وهو في الرابعة عشرة").
  if (c.kind == Kind::kNumber && DefiniteInWords(c) && !CountsADefiniteNoun(c) && !c.age) {
    return true;
  }
  // A month named alone ("--03"); a day with its month ("--03-05") is a date to compare.
  if (MonthAlone(c)) return true;
  if (c.script == "words" && !c.value.empty() && c.value.size() == 1 && c.value[0] <= '2') {
    return true;
  }
  return false;
}

// Whether two durations in units of one base ("a decade" and "20 عاما", both in months)
// measure one span of time, said well or not; one unit in words ("a week") only as a time
// back or on that the other is too ("a decade earlier", "قبل عشرين عاما").
bool OneBaseOfTime(const Claim& a, const Claim& b) {
  const std::string ka = DurationKey(a), kb = DurationKey(b);
  const size_t colon = ka.find(':');
  if (colon == std::string::npos || kb.compare(0, colon + 1, ka, 0, colon + 1) != 0) {
    return false;
  }
  return !(Weak(a) || Weak(b)) || (a.qualifier == b.qualifier && InTime(a.qualifier));
}

// "5128.3 م د" and "5.13 billion dinars": two amounts of one kind, the less precise the other
// rounded to its last written digit, two significant digits kept ("3 billion" is no rounding
// of "3.4 billion", "2.4 million" is one of "2,357,000").
bool RoundedAlike(const Claim& a, const Claim& b) {
  if (a.value.empty() || b.value.empty() || a.kind != b.kind || !(IsAmount(a) || IsShare(a)) ||
      (a.unit != b.unit && !a.unit.empty() && !b.unit.empty())) {
    return false;
  }
  const std::optional<double> x = AsDouble(a.value), y = AsDouble(b.value);
  if (!x || !y) return false;
  const double half = std::max(HalfUnit(a), HalfUnit(b));
  const double coarse = HalfUnit(a) >= HalfUnit(b) ? *x : *y;
  constexpr double kTwoDigits = 10;  // units of the last written digit
  return std::fabs(*x - *y) <= half * (1 + 1e-9) && std::fabs(coarse) >= kTwoDigits * 2 * half;
}

// "dozens" (at least 24) and "العشرات" (tens, at least 20): vague quantities in words whose
// lower bounds are of one order say the same thing.
bool Vague(const Claim& c) {
  return c.approx && c.qualifier == "at-least" && c.script == "words" && !c.value.empty() &&
         !c.too_large;
}

bool VagueOfOneOrder(const Claim& a, const Claim& b) {
  if (!Vague(a) || !Vague(b)) return false;
  const double x = std::strtod(a.value.c_str(), nullptr), y = std::strtod(b.value.c_str(), nullptr);
  return x > 0 && y > 0 && std::max(x, y) <= 1.5 * std::min(x, y);
}

// A claim as its other reading, where its separator was ambiguous ("157.000" as 157000).
Claim OtherReading(const Claim& c) {
  if (!c.alternative || c.alternative->too_large()) return c;
  Claim other = c;
  other.number = *c.alternative;
  other.value = c.alternative->ToString();
  other.fraction_digits = 0;
  return other;
}

// How two claims differ, trying the other reading of each ambiguous separator in turn:
// "20,000" and "23.000" differ by one digit when both are read as thousands.
std::string Difference(const Claim& a, const Claim& b) {
  if (IsTens(a) || IsTens(b)) {  // "the 80s" differs as its first number does ("800 درجة")
    Claim x = a, y = b;
    for (Claim* c : {&x, &y}) {
      if (IsTens(*c)) c->value = c->lower->value, c->qualifier.clear();
    }
    return Difference(x, y);
  }
  std::string how = DescribeDifference(a, b);
  const bool ambiguous_a = a.alternative.has_value(), ambiguous_b = b.alternative.has_value();
  if (how != "different value" || (!ambiguous_a && !ambiguous_b)) return how;
  const Claim other_a = OtherReading(a), other_b = OtherReading(b);
  for (const auto& [x, y] : {std::pair{&other_a, &b}, std::pair{&a, &other_b},
                             std::pair{&other_a, &other_b}}) {
    how = DescribeDifference(*x, *y);
    if (how != "different value") return how;
  }
  return how;
}

// The currencies a bare "$" or "dollar" may stand for.
bool IsDollar(const std::string& code) {
  static constexpr std::string_view kDollars[] = {"USD", "CAD", "AUD", "NZD", "HKD", "SGD",
                                                  "TWD", "JMD", "BSD", "BBD", "LRD", "NAD"};
  return std::find(std::begin(kDollars), std::end(kDollars), code) != std::end(kDollars);
}

// Weak when alone: a weekday without a date may go missing in a translation that moves it
// (and الاثنين is also "the two"), but two different weekdays are a slip.
bool WeakAlone(const Claim& c) { return Weak(c) || (c.kind == Kind::kDate && c.value.empty()); }

// Whether a hyphen stands beside a digit anywhere in `text`: a score written in digits.
bool ScoreInDigits(std::string_view text) {
  for (size_t at = text.find('-'); at != std::string_view::npos; at = text.find('-', at + 1)) {
    const size_t before = scan::SkipSpacesBack(text, at);
    if ((before > 0 && scan::DigitAt(text, before - 1)) ||
        scan::DigitAt(text, scan::SkipSpaces(text, at + 1))) {
      return true;
    }
  }
  return false;
}

// "fourballs", "foursomes", "rugby sevens": a number from two to nine glued at the start of an
// English word of `text` that is no number word itself, which a translation may say apart
// ("أربع كرات"): the other side's `c` may be that number.
bool GluedIntoAWord(const Claim& c, std::string_view text, const numerals::WordLexicon& words) {
  constexpr int kFewest = 2, kMost = 9;
  const std::optional<double> value = AsDouble(c.value);
  if (c.kind != Kind::kNumber || !value || *value < kFewest || *value > kMost ||
      *value != std::floor(*value)) {
    return false;
  }
  for (size_t at = 0; at < text.size();) {
    size_t end = at;
    while (end < text.size() && absl::ascii_isalpha(static_cast<unsigned char>(text[end]))) ++end;
    if (end == at) {
      ++at;
      continue;
    }
    const std::string word = absl::AsciiStrToLower(std::string(text.substr(at, end - at)));
    at = end;
    if (words.Find(word) != nullptr) continue;  // "fourteen", "fourth", "fivefold"
    for (size_t length = 3; length < word.size(); ++length) {
      const numerals::WordEntry* head = words.Find(std::string_view(word).substr(0, length));
      if (head != nullptr && head->role == numerals::Role::kUnit &&
          head->value == numerals::Decimal::FromInt(static_cast<uint64_t>(*value))) {
        return true;
      }
    }
  }
  return false;
}

// "3-1", "2-0", "2-2": a score's side of one goal or none, or a draw's second side, which
// Arabic says with no number ("بثلاثة أهداف مقابل هدف", "بهدفين دون رد", "التعادل بهدفين"), so
// that it goes missing freely where the other side writes no score in digits (`other`;
// "بنتيجة 1-" lost a digit).
bool NoneOrOneOfAScore(const Claim& c, std::string_view text, std::string_view other) {
  if (c.norm_end > text.size() || c.value.size() > 2) return false;
  const auto digits = [text](size_t from, size_t to) { return text.substr(from, to - from); };
  const size_t before = scan::SkipSpacesBack(text, c.norm_begin);
  const size_t after = scan::SkipSpaces(text, c.norm_end);
  // The other side's digits: after the hyphen that follows c, or before the one that leads it.
  std::string_view side;
  if (after < text.size() && text[after] == '-') {
    const size_t from = scan::SkipSpaces(text, after + 1);
    size_t to = from;
    while (scan::DigitAt(text, to)) ++to;
    side = digits(from, to);
  } else if (before > 0 && text[before - 1] == '-') {
    const size_t to = scan::SkipSpacesBack(text, before - 1);
    size_t from = to;
    while (from > 0 && scan::DigitAt(text, from - 1)) --from;
    side = digits(from, to);
  }
  const bool none_or_one = c.value == "0" || c.value == "1";
  return !side.empty() && (none_or_one || side == c.value) && !ScoreInDigits(other);
}

// Whether `at_word` holds at the start of a word (a run of letters) of `text`.
template <typename AtWord>
bool AtAWordStart(std::string_view text, AtWord at_word) {
  for (size_t at = scan::NextLetter(text, 0); at < text.size();
       at = scan::NextLetter(text, scan::LetterRunEnd(text, at))) {
    if (at_word(at)) return true;
  }
  return false;
}

// "a type I protein" for "بروتين من النوع 1": a Roman numeral after a word that labels with it
// (roman_cues.tsv) in `text`, the value of `c`, though the extractor left it (the word after
// it in small letters: "type I think" would be a pronoun).
bool RomanAfterALabel(const Claim& c, std::string_view text, const scan::PhraseList& labels) {
  if (c.kind != Kind::kNumber || c.value.size() > 2) return false;
  return AtAWordStart(text, [&](size_t at) {
    const auto label = labels.MatchAt(text, at);
    if (label.entry == nullptr) return false;
    const size_t from = scan::SkipSpaces(text, label.end);
    size_t to = from;
    while (to < text.size() && absl::ascii_isupper(static_cast<unsigned char>(text[to]))) ++to;
    const std::optional<int> value = numerals::ReadRoman(text.substr(from, to - from));
    return from > label.end && value && absl::StrCat(*value) == c.value;
  });
}

// Whether `two` (1 to 99) is the last two digits of `year`, as speech says a year ("عام
// عشرين" for 1920).
bool LastTwoDigitsOf(long year, long two) {
  constexpr long kCentury = 100;
  return year >= kCentury && two > 0 && two < kCentury && year % kCentury == two;
}

// "عام واحد وأربعين" for 1941: two digits after a word that names a year (time_cues.tsv
// "year"), the last two of a year or a date's year on the other side.
bool TwoDigitsOfAYear(const Claim& c, std::string_view text, const std::vector<Claim>& other,
                      const scan::PhraseList& cues) {
  const long two = std::strtol(c.value.c_str(), nullptr, 10);
  if (c.kind != Kind::kNumber || c.value.size() > 2 ||
      CueRightBefore(cues, text, c, "year") == nullptr) {
    return false;
  }
  return std::any_of(other.begin(), other.end(), [two](const Claim& o) {
    const bool dated = o.kind == Kind::kYear || (o.kind == Kind::kDate && o.value.size() >= 4 &&
                                                 absl::ascii_isdigit(o.value[0]));
    return dated && LastTwoDigitsOf(std::strtol(o.value.substr(0, 4).c_str(), nullptr, 10), two);
  });
}

// "the first quarter" for "الأشهر الثلاثة الأولى": a count of months that a word for a part of
// a year in `other` says (time_cues.tsv "months-word").
bool MonthsSaidByAWord(const Claim& c, std::string_view other, const scan::PhraseList& cues) {
  if (c.kind != Kind::kDuration || c.unit != "month" || !c.qualifier.empty()) return false;
  return AtAWordStart(other, [&](size_t at) {
    const auto m = cues.MatchAt(other, at, "months-word");
    return m.entry != nullptr && m.entry->tags.size() > 1 && m.entry->tags[1] == c.value;
  });
}

const char* WeekdayName(uint32_t iso) {
  static constexpr const char* kNames[] = {"?",        "Monday", "Tuesday", "Wednesday",
                                           "Thursday", "Friday", "Saturday", "Sunday"};
  return kNames[iso <= 7 ? iso : 0];
}

// The qualifier as said, with the bound a time qualifier holds: "later, less-than".
std::string QualifierWords(const Claim& c) {
  if (c.qualifier.empty()) return "exactly";
  if (!InTime(c.qualifier) || QualifierFamily(c) == 0) return c.qualifier;
  const char* bound = c.lower && !c.upper ? (c.lower->inclusive ? "at-least" : "more-than")
                      : c.upper && !c.lower ? (c.upper->inclusive ? "at-most" : "less-than")
                                            : "about";
  return absl::StrCat(c.qualifier, ", ", bound);
}

std::string Describe(const Claim& c) {
  std::string v = c.value;
  if (IsRange(c)) {
    v = absl::StrCat(c.lower ? c.lower->value : "", "-", c.upper ? c.upper->value : "");
  } else if (c.kind == Kind::kDate && c.value.empty()) {
    v = WeekdayName(c.weekday);
  } else if (c.ratio && !c.value.empty()) {  // "one in four": 25% as a ratio
    v = absl::StrFormat("%.4g%% as a ratio", std::strtod(c.value.c_str(), nullptr) * 100);
  }
  if (!c.unit.empty()) absl::StrAppend(&v, " ", c.unit);
  if ((c.kind == Kind::kYear || c.kind == Kind::kDate) && InOtherCalendar(c)) {
    absl::StrAppend(&v, c.calendar == "islamic" ? " AH" : " SH");
  }
  if (!c.qualifier.empty() && c.qualifier != "range") {
    absl::StrAppend(&v, " (", QualifierWords(c), ")");
  }
  return v;
}

double RelativePosition(const Claim& c, size_t length) {
  return length == 0 ? 0.0 : static_cast<double>(c.start) / static_cast<double>(length);
}

// The years a claim of time covers: a year, a decade, a century, the year of a full date.
std::optional<std::pair<long, long>> Period(const Claim& c) {
  long first = 0, last = 0;
  if (c.kind == Kind::kYear && !c.value.empty() && absl::SimpleAtoi(c.value, &first)) {
    return std::pair{first, first};
  }
  if (c.kind == Kind::kYear && c.lower && c.upper && absl::SimpleAtoi(c.lower->value, &first) &&
      absl::SimpleAtoi(c.upper->value, &last)) {
    return std::pair{first, last};
  }
  if (c.kind == Kind::kDate && c.value.size() >= 4 && c.value[0] != '-' &&
      absl::SimpleAtoi(c.value.substr(0, 4), &first)) {
    return std::pair{first, first};
  }
  return std::nullopt;
}

// What the tests of an unmatched claim look up in one side's claims, gathered once: each test
// is then a hash probe, not a walk over the whole side, which on long texts cost n².
struct SideIndex {
  explicit SideIndex(const std::vector<Claim>& claims) {
    for (const Claim& c : claims) {
      values.insert(c.value);
      if (c.kind == Kind::kDate && c.value.size() >= 4) AddDate(c.value);
      if (IsRange(c)) {
        if (c.lower) range_bounds.insert(c.lower->value);
        if (c.upper) range_bounds.insert(c.upper->value);
      }
      if (c.qualifier == "decade" && c.lower) decades.insert(c.lower->value);
      if (const auto p = Period(c)) {
        periods.push_back(*p);
        if (c.qualifier == "century") centuries.push_back(*p);
      }
    }
  }

  void AddDate(const std::string& v) {
    if (v[0] != '-') {
      date_parts.insert(v.substr(0, 4));
      if (v.size() == 10) {
        date_parts.insert(v.substr(5));
        date_parts.insert(v.substr(0, 7));
      }
    }
    if (v.size() >= 5) day_ends.insert(v.substr(v.size() - 2));
  }

  absl::flat_hash_set<std::string> values;
  absl::flat_hash_set<std::string> date_parts;    // "2020", "2020-03", "03-05" of full dates
  absl::flat_hash_set<std::string> day_ends;      // the last two characters of every date
  absl::flat_hash_set<std::string> range_bounds;  // the bounds of every range
  absl::flat_hash_set<std::string> decades;       // the first year of every decade
  std::vector<std::pair<long, long>> periods;     // the years of every claim of time
  std::vector<std::pair<long, long>> centuries;   // those of the centuries alone (few)
};

// The Julian day of a full date in its calendar (a Hijri one by Umm al-Qura); nothing for a
// partial date or a solar Hijri one, whose days are not reckoned here.
std::optional<long> DayNumber(const Claim& c) {
  const auto day = c.kind == Kind::kDate ? claims::ParseIsoDate(c.value) : std::nullopt;
  if (!day) return std::nullopt;
  if (c.calendar == "islamic") {
    return claims::HijriJulianDay(*day, claims::HijriVariant::kUmmAlQura);
  }
  if (InOtherCalendar(c)) return std::nullopt;
  return claims::JulianDay(*day);
}

// The Gregorian date of a full Hijri date in one variant, as "YYYY-MM-DD"; empty otherwise.
std::string GregorianKey(const Claim& c, claims::HijriVariant variant) {
  const auto hijri = claims::ParseIsoDate(c.value);
  const auto day = hijri ? claims::GregorianDateOfHijri(*hijri, variant) : std::nullopt;
  return day ? absl::StrFormat("%04d-%02d-%02d", day->year, day->month, day->day) : "";
}

// The keys a claim may meet its counterpart by: its value, and the other readings of it. A
// Hijri or solar Hijri year meets the Gregorian years it overlaps ("1431 هـ" and "2010"); a
// Hijri date the Gregorian day it falls on in the calendar of Umm al-Qura or the tabular one.
std::array<std::string, 3> KeysOf(const Claim& c) {
  if (int year = 0; OtherCalendarYear(c) && absl::SimpleAtoi(c.value, &year)) {
    if (const auto years = claims::GregorianYearsOf(year, c.calendar)) {
      return {ValueKey(c), std::to_string(years->first), std::to_string(years->second)};
    }
  }
  if (c.kind == Kind::kDate && c.calendar == "islamic") {
    return {ValueKey(c), GregorianKey(c, claims::HijriVariant::kUmmAlQura),
            GregorianKey(c, claims::HijriVariant::kCivil)};
  }
  std::string share_or_tens = ShareKey(c);  // a number's or a decade's, never both
  if (share_or_tens.empty()) share_or_tens = TensKey(c);
  return {ValueKey(c), share_or_tens, AlternativeKey(c)};
}

// What the steps ask of each claim of one side, worked out once rather than per pair.
struct Traits {
  Traits(const std::vector<Claim>& claims, size_t length) {
    for (const Claim& c : claims) {
      keys.push_back(KeysOf(c));
      position.push_back(RelativePosition(c, length));
      group.push_back(GroupOf(c));
      family.push_back(QualifierFamily(c));
      weak.push_back(Weak(c));
    }
  }
  std::vector<std::array<std::string, 3>> keys;  // value, share and alternative keys
  std::vector<double> position;
  std::vector<Group> group;
  std::vector<int> family;
  std::vector<bool> weak;
};

// What pairing claims of two kinds costs, in relative positions: of two partners at much the
// same place, the one of the claim's own kind is the likelier.
constexpr double kOtherKind = 0.3;

class Aligner {
 public:
  Aligner(const std::vector<Claim>& source, size_t source_length,
          const std::vector<Claim>& target, size_t target_length, Reporter* reporter)
      : source_(source),
        target_(target),
        reporter_(reporter),
        source_used_(source.size(), false),
        target_used_(target.size(), false),
        source_index_(source),
        target_index_(target),
        source_traits_(source, source_length),
        target_traits_(target, target_length) {}

  void SetNameNumbers(std::vector<std::string> source, std::vector<std::string> target) {
    source_names_ = absl::flat_hash_set<std::string>(source.begin(), source.end());
    target_names_ = absl::flat_hash_set<std::string>(target.begin(), target.end());
  }

  void SetPublishedYear(long year) { published_year_ = year; }

  void SetTexts(const Engine& engine, std::string_view source, std::string_view target) {
    engine_ = &engine;
    source_text_ = source;
    target_text_ = target;
  }

  void Run() {
    MatchEqualValues();
    MatchConvertedUnits();
    MatchLeftovers();
    ReportUnmatched();
  }

 private:
  double Distance(size_t s, size_t t) const {
    return std::fabs(source_traits_.position[s] - target_traits_.position[t]);
  }

  bool Compatible(const Claim& a, const Claim& b) const {
    const Group ga = GroupOf(a), gb = GroupOf(b);
    if (ga == gb) return true;
    // A count of a thing in one text may be typed by its unit in the other ("5 tonnes of" vs
    // "5 أطنان" read as a count of أطنان): the value decides.
    // "the 21st century" and "القرن الـ 21": an ordinal in one language may be a number in
    // the other.
    const auto loose = [](Group g) {
      return g == Group::kAmount || g == Group::kQuantity || g == Group::kDuration ||
             g == Group::kMoney || g == Group::kOrdinal;
    };
    return loose(ga) && loose(gb);
  }

  // Step 1: equal values, nearest first. Each source claim looks at the few nearest targets
  // with its value, so that a text repeating one number costs n log n.
  void MatchEqualValues() {
    constexpr size_t kNeighbours = 8;
    const Traits& source = source_traits_;
    const Traits& target = target_traits_;
    absl::flat_hash_map<std::string_view, std::vector<std::pair<double, size_t>>> by_value;
    for (size_t t = 0; t < target_.size(); ++t) {
      for (const std::string& key : target.keys[t]) {
        if (!key.empty()) by_value[key].emplace_back(target.position[t], t);
      }
    }
    for (auto& [key, list] : by_value) std::sort(list.begin(), list.end());
    std::vector<std::tuple<double, size_t, size_t>> pairs;
    for (size_t s = 0; s < source_.size(); ++s) {
      const double pos = source.position[s];
      for (size_t k = 0; k < 3; ++k) {
        const std::string& key = source.keys[s][k];
        if (key.empty()) continue;
        auto found = by_value.find(key);
        if (found == by_value.end()) continue;
        const auto& list = found->second;
        // A pair by the plain value beats one by another reading ("One year" would otherwise
        // take the "12 months" of the other side).
        const double penalty = k == 0 ? 0.0 : 1.0;
        const auto consider = [&](size_t t) {
          // Two years of other calendars meet by their own values only: 1431 and 1432 هـ
          // both overlap 2010.
          if (OtherCalendarYear(source_[s]) && OtherCalendarYear(target_[t]) &&
              (k != 0 || target.keys[t][0] != key)) {
            return;
          }
          if (AFactorForATime(s, t)) return;
          // The same qualifier is the better partner: "more than 200" pairs with "أكثر من
          // 200" before "المئات" (hundreds).
          // A vague "المئات" is the worse partner of "more than 200" than "أكثر من 200".
          // So is one of the same unit: "أمس" (a day ago) pairs with "yesterday" before
          // "for a week", whose one is a week.
          // And one of the same kind: "tenfold" pairs with "عشر مرات" before "عشر سنوات".
          const double extra = (target.keys[t][0] == key ? 0.0 : 1.0) +
                               (source.group[s] == target.group[t] ? 0.0 : kOtherKind) +
                               (source.family[s] == target.family[t] ? 0.0 : 0.5) +
                               (source.weak[s] == target.weak[t] ? 0.0 : 0.5) +
                               (OtherMeasures(source_[s], target_[t]) ? 1.0 : 0.0);
          if (Compatible(source_[s], target_[t]) || key[0] == '%' ||
              key.find(':') != std::string::npos) {
            pairs.emplace_back(Distance(s, t) + penalty + extra, s, t);
          }
        };
        auto mid = std::lower_bound(list.begin(), list.end(), std::make_pair(pos, size_t{0}));
        auto it = mid;
        for (size_t n = 0; it != list.end() && n < kNeighbours; ++it, ++n) consider(it->second);
        it = mid;
        for (size_t n = 0; it != list.begin() && n < kNeighbours; ++n) consider((--it)->second);
      }
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [distance, s, t] : pairs) {
      if (source_used_[s] || target_used_[t]) continue;
      source_used_[s] = target_used_[t] = true;
      CheckEqualPair(source_[s], target_[t]);
    }
  }

  // "doubled", "tenfold" (arith_cues.tsv "multiple") are factors, never spans of time: the
  // "doubled" of "doubled in 20 years" is no partner of "خلال عقدين", whose 20 years are.
  bool AFactorForATime(size_t s, size_t t) const {
    const auto factor = [this](const Claim& c, std::string_view text) {
      return engine_ != nullptr && c.kind == Kind::kNumber &&
             AllOfACue(engine_->arith_cues(), text, c, "multiple");
    };
    return (target_[t].kind == Kind::kDuration && factor(source_[s], source_text_)) ||
           (source_[s].kind == Kind::kDuration && factor(target_[t], target_text_));
  }

  // Whichever the currency, money is no measure.
  static bool MoneyForAMeasure(const Claim& s, const Claim& t) {
    const auto measure = [](const Claim& c) {
      return c.kind == Kind::kQuantity && !c.unit.empty();
    };
    return (s.kind == Kind::kMoney && measure(t)) || (measure(s) && t.kind == Kind::kMoney);
  }

  void CheckEqualPair(const Claim& s, const Claim& t) {
    const std::vector<SpanRef> spans = {SpanOf(s, Side::kSource), SpanOf(t, Side::kTarget)};
    if (s.weekday && t.weekday && s.weekday != t.weekday) {  // the same date, another weekday
      reporter_->Report("compare.date_mismatch",
                        absl::StrCat("the source names ", s.value, " a ", WeekdayName(s.weekday),
                                     ", the target a ", WeekdayName(t.weekday)),
                        spans, WeekdayName(s.weekday), WeekdayName(t.weekday));
      return;
    }
    // "riyals" and "درهم", "Egyptian pounds" and "ريال": where one names no country, the
    // families of their words still tell two currencies apart.
    const bool families =
        (s.unit.empty() || t.unit.empty()) &&
        (OtherFamilies(s, t) ||
         (engine_ != nullptr &&
          (OutsideItsFamily(*engine_, s, t) || OutsideItsFamily(*engine_, t, s))));
    if (s.kind == Kind::kMoney && t.kind == Kind::kMoney && (UnitsConflict(s, t) || families)) {
      // A bare "dollar" read as the default currency may be the other side's dollar.
      reporter_->Report("compare.unit_mismatch",
                        absl::StrCat("the source's amount is in ", CurrencyOf(s),
                                     ", the target's in ", CurrencyOf(t)),
                        spans, Describe(s), Describe(t),
                        (s.unit_assumed || t.unit_assumed) && IsDollar(s.unit) && IsDollar(t.unit));
      return;
    }
    // "1.3 million tonnes" as "1.3 مليون دولار": an amount of money for a measure.
    if (MoneyForAMeasure(s, t)) {
      reporter_->Report("compare.unit_mismatch",
                        absl::StrCat("the source says ", Describe(s), ", the target ", Describe(t)),
                        spans, Describe(s), Describe(t));
      return;
    }
    // "3 days" as "3 ساعات"; "two weeks" as "14 يوما" is the same time.
    const bool other_time = s.kind == Kind::kDuration && t.kind == Kind::kDuration &&
                            UnitsConflict(s, t) && DurationKey(s) != DurationKey(t);
    // ("12,000 acres" as "12 ألف فدان": a unit that renders the other, the amount alike; asked
    // last, of two quantities of one dimension only.)
    const auto rendered = [&s, &t] {
      const auto ms = MeasureOf(s), mt = MeasureOf(t);
      return ms && mt && Converted(*ms, *mt);
    };
    if (other_time || (s.kind == Kind::kQuantity && t.kind == Kind::kQuantity && s.unit != t.unit &&
                       !Dimension(s.unit).empty() && Dimension(s.unit) == Dimension(t.unit) &&
                       !rendered())) {
      // "50 miles" as "50 كيلومترا". Two dimensions are left alone: that is more often a loose
      // reading ("كيلو" read as a kilogram for a kilometre, "كم/الساعة" as km) than a slip, and
      // an area's "square" is often left to "مساحة" ("مساحة 80 مترا").
      reporter_->Report("compare.unit_mismatch",
                        absl::StrCat("the source says ", Describe(s), ", the target ", Describe(t)),
                        spans, Describe(s), Describe(t));
      return;
    }
    // "15,000 barrels a day" as "15 ألف برميل أسبوعيا": the same amount per another time.
    if (const std::string per_s = PerTime(s, source_text_), per_t =
            per_s.empty() ? std::string() : PerTime(t, target_text_);
        !per_t.empty() && per_s != per_t) {
      reporter_->Report("compare.unit_mismatch",
                        absl::StrCat("the source's amount is per ", per_s, ", the target's per ",
                                     per_t),
                        spans, per_s, per_t);
      return;
    }
    // "rose 5%" as "تراجعت بنسبة 5%", "fell $2" as "ارتفع دولارين": the same change, turned
    // around.
    const auto changes = [](const Claim& c) {
      return PercentLike(c) || c.kind == Kind::kMoney || c.kind == Kind::kNumber ||
             c.kind == Kind::kQuantity;
    };
    if (changes(s) && changes(t)) {
      const int ws = WayBefore(s, source_text_), wt = WayBefore(t, target_text_);
      if (ws != 0 && wt != 0 && ws != wt) {
        reporter_->Report("compare.value_mismatch",
                          absl::StrCat("the source says a ", ws > 0 ? "rise" : "fall", " of ",
                                       Describe(s), ", the target a ", wt > 0 ? "rise" : "fall"),
                          spans, Describe(s), Describe(t));
        return;
      }
    }
    const int fs = QualifierFamily(s), ft = QualifierFamily(t);
    if (fs != ft) {
      // A qualifier dropped or added ("up to 10 inches" as "10 بوصات") is worth a look; a
      // qualifier turned around ("more than" as "less than", "nearly" as "أكثر من") is a slip.
      const bool turned =
          (fs == 3 && ft == 1 && JustBelow(s, source_text_)) ||
          (ft == 3 && fs == 1 && JustBelow(t, target_text_));
      const bool hedge = (fs == 0 || ft == 0 || fs == 3 || ft == 3) && !turned;
      reporter_->Report("compare.qualifier_mismatch",
                        absl::StrCat("the source says ", QualifierWords(s), "; the target ",
                                     QualifierWords(t)),
                        spans, Describe(s), Describe(t), hedge);
    }
  }

  // +1 where a word of rising (arith_cues.tsv "direction") says the way of a change right
  // before it ("rose 5%", "up 5%", "a rise of 5%", "بارتفاع 5%"), past "by", "of", "بنسبة"
  // ("change-by") and in Arabic the verb's subject, two words at most ("ارتفعت صادرات النفط
  // بنسبة 5%"); -1 for one of falling; 0 where none is.
  int WayBefore(const Claim& c, std::string_view text) const {
    if (engine_ == nullptr || c.norm_begin > text.size()) return 0;
    const scan::PhraseList& cues = engine_->arith_cues();
    size_t at = scan::SkipSpacesBack(text, c.norm_begin);
    const auto by = cues.MatchBefore(text, at, "change-by");
    if (by.entry) at = scan::SkipSpacesBack(text, by.end);
    const bool arabic = at > 0 && static_cast<unsigned char>(text[at - 1]) >= 0x80;
    for (int words = 0; words < (arabic ? 3 : 1); ++words) {
      const std::string_view word = scan::WordBefore(text, at);
      if (word.empty()) return 0;
      at -= word.size();
      // (Arabic puts a comparative before: "أقل بنسبة 5%".)
      auto m = cues.MatchAt(text, at, "direction");
      if (m.entry == nullptr && arabic) m = cues.MatchAt(text, at, "direction-after");
      if (m.entry && m.end == at + word.size()) return WayOf(*m.entry);
      at = scan::SkipSpacesBack(text, at);
    }
    // "5% higher", "a 5% increase", "أعلى بنسبة" after it (arith_cues.tsv "direction-after").
    const auto after = cues.MatchAt(text, scan::SkipSpaces(text, c.norm_end), "direction-after");
    return after.entry ? WayOf(*after.entry) : 0;
  }

  // Whether a claim of the source (`text`, its normalized view) or the target is about so much
  // and just below it: "nearly 70%", "قرابة 70%" (qualifiers.tsv "below", where the claim
  // starts), which "more than 70%" turns around.
  bool JustBelow(const Claim& c, std::string_view text) const {
    if (c.qualifier != "about" || engine_ == nullptr) return false;
    const auto q = engine_->qualifiers().MatchAt(text, c.norm_begin);
    return q.entry && q.entry->HasTag("below");
  }

  // The unit of time an amount is per, said right after it ("a day", "يوميا", "في الشهر":
  // arith_cues.tsv "per" with a unit of time), or empty.
  std::string PerTime(const Claim& c, std::string_view text) const {
    if (engine_ == nullptr || !IsAmount(c) || c.norm_end > text.size()) return "";
    const scan::PhraseList& cues = engine_->arith_cues();
    size_t at = scan::SkipSpaces(text, c.norm_end);
    auto per = cues.MatchAt(text, at, "per");
    // "150 litres of water a day", "150 لترا من المياه يوميا": what the amount is of between.
    constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من
    if (const std::string_view of = scan::WordAt(text, at);
        !per.entry && (of == "of" || of == kMin)) {
      at = scan::SkipSpaces(text, at + of.size());
      at = scan::SkipSpaces(text, at + scan::WordAt(text, at).size());
      per = cues.MatchAt(text, at, "per");
    }
    return per.entry && per.entry->tags.size() > 1 ? per.entry->tags[1] : "";
  }

  // Step 1b: an amount converted to another unit of its dimension ("50 miles" as "80 كم"),
  // nearest first: the same claim, said as the reader of the translation measures it.
  void MatchConvertedUnits() {
    const auto measures = [](const std::vector<Claim>& claims, const std::vector<bool>& used) {
      std::vector<std::pair<size_t, Measure>> found;
      for (size_t i = 0; i < claims.size(); ++i) {
        if (used[i]) continue;
        if (const auto m = MeasureOf(claims[i])) found.emplace_back(i, *m);
      }
      return found;
    };
    const auto targets = measures(target_, target_used_);
    std::vector<std::tuple<double, size_t, size_t>> pairs;
    for (const auto& [s, a] : measures(source_, source_used_)) {
      for (const auto& [t, b] : targets) {
        if (Converted(a, b)) pairs.emplace_back(Distance(s, t), s, t);
      }
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [distance, s, t] : pairs) {
      if (source_used_[s] || target_used_[t] || distance > 0.6) continue;
      source_used_[s] = target_used_[t] = true;
    }
  }

  // Step 2: leftovers of the same kind and unit, nearest first, within a window of position.
  // Only the few nearest targets of each source claim are considered, so that a very long
  // pair costs n log n, not n times m.
  void MatchLeftovers() {
    constexpr double kWindow = 0.6;  // translations reorder clauses
    constexpr size_t kNeighbours = 8;
    std::vector<std::pair<double, size_t>> free_targets;
    for (size_t t = 0; t < target_.size(); ++t) {
      if (!target_used_[t]) free_targets.emplace_back(target_traits_.position[t], t);
    }
    std::sort(free_targets.begin(), free_targets.end());
    std::vector<std::tuple<double, size_t, size_t>> pairs;
    for (size_t s = 0; s < source_.size(); ++s) {
      if (source_used_[s]) continue;
      const double pos = source_traits_.position[s];
      auto mid = std::lower_bound(free_targets.begin(), free_targets.end(),
                                  std::make_pair(pos, size_t{0}));
      const auto consider = [&](size_t t) {
        const Claim& a = source_[s];
        const Claim& b = target_[t];
        const Group ga = source_traits_.group[s], gb = target_traits_.group[t];
        const double d = Distance(s, t);
        // A text names a weekday once or twice: where it stands says little.
        const double window = ga == Group::kWeekday ? 1.0 : kWindow;
        // "نصف ميزانيتها" and "40%": a share in words and a percentage, one claim said two ways.
        const bool share_and_percent = ShareAndPercent(a, b);
        if (d > window || !(ga == gb || Compatible(a, b) || share_and_percent)) return;
        // Units agree when they are equal or one side has none ("550 pound hog" and "553
        // رطلا", a count of a unit mizan does not know).
        const bool same_unit = a.unit == b.unit || a.unit.empty() || b.unit.empty() ||
                               DegreesOfTheOthersScale(a, b);  // "41C" and "44 درجة"
        const std::string& key = source_traits_.keys[s][0];
        const bool unit_slip = !same_unit && ga == gb && !key.empty() &&
                               key == target_traits_.keys[t][0];  // "five weeks" as "خمسة أيام"
        const bool dollars = IsDollar(a.unit) && IsDollar(b.unit);  // "C$" and "دولار"
        const bool pegged = Pegged(a, b).has_value();  // "$2 billion" and "9 مليارات ريال"
        const bool converts = InOtherUnits(a, b).has_value() ||  // "26.2 miles" and "24.2 كم"
                              OneBaseOfTime(a, b) ||  // "a decade earlier" and "قبل 20 عاما"
                              YearsBack(a, b);  // "in 2015" and "قبل تسع سنوات"
        if (!same_unit && !unit_slip && !dollars && !pegged && !converts) return;
        // Two different values are one claim only when both count the same thing, or two
        // ranges share a bound, or the difference looks like a slip (in either reading of an
        // ambiguous separator); otherwise they are a missing and an extra claim.
        const bool shared_bound = IsRange(a) && IsRange(b) && a.lower && b.lower && a.upper &&
                                  b.upper && (a.lower->value == b.lower->value ||
                                              a.upper->value == b.upper->value);
        const bool same_thing = (!a.unit.empty() && a.unit == b.unit) || pegged || converts ||
                                (!a.noun_key.empty() && a.noun_key == b.noun_key) ||
                                ga == Group::kDate || ga == Group::kWeekday;
        // ("Two-thirds of the 90" and "60 من الأعضاء التسعين": a share and its count.)
        const bool share_counted = ShareCountedOut(a, b, target_, source_index_) ||
                                   ShareCountedOut(b, a, source_, target_index_);
        if (same_thing || unit_slip || shared_bound || share_and_percent || share_counted ||
            Difference(a, b) != "different value") {
          // "12 و13 نوفمبر" against "12 and 13 December": of two dates near each other, the
          // one of the same day is the other's counterpart.
          constexpr double kSameDay = 0.3;  // positions in a short sentence are rough
          // "doubled in 30 years" and "خلال 20 عاما": a claim of the same kind is the likelier
          // counterpart of two at much the same place.
          const double other_kind = ga == gb ? 0 : kOtherKind;
          pairs.emplace_back(ga == Group::kDate && SameDay(a, b) ? d - kSameDay : d + other_kind,
                             s, t);
        }
      };
      auto it = mid;
      for (size_t n = 0; it != free_targets.end() && n < kNeighbours; ++it, ++n) consider(it->second);
      it = mid;
      for (size_t n = 0; it != free_targets.begin() && n < kNeighbours; ++n) consider((--it)->second);
    }
    std::sort(pairs.begin(), pairs.end());
    for (const auto& [distance, s, t] : pairs) {
      if (source_used_[s] || target_used_[t]) continue;
      source_used_[s] = target_used_[t] = true;
      ReportDifferentPair(source_[s], target_[t]);
    }
    PairLastOnes();
    PairLastRanksAndFractions();
    PairPointsAndPercent(Side::kSource);
    PairPointsAndPercent(Side::kTarget);
  }

  // "down 4 points" as "بتراجع 4%": the one count of points (arith_cues.tsv "points") left on
  // one side and the one percentage of the same value left on the other are one change said
  // in another unit, whatever the points are of (a rate's or an index's, neither a percent).
  void PairPointsAndPercent(Side points_side) {
    if (engine_ == nullptr) return;
    const bool in_source = points_side == Side::kSource;
    const std::vector<Claim>& with_points = in_source ? source_ : target_;
    const std::vector<Claim>& with_percent = in_source ? target_ : source_;
    std::vector<bool>& points_used = in_source ? source_used_ : target_used_;
    std::vector<bool>& percent_used = in_source ? target_used_ : source_used_;
    const std::string_view text = in_source ? source_text_ : target_text_;
    const auto points = [&](const Claim& c) {
      return c.kind == Kind::kNumber && c.unit.empty() && !c.value.empty() &&
             engine_->arith_cues().MatchBefore(text, c.norm_end, "points").entry != nullptr;
    };
    const std::optional<size_t> p = TheOneLeft(with_points, points_used, points);
    const std::optional<size_t> q = TheOneLeft(with_percent, percent_used, [](const Claim& c) {
      return c.kind == Kind::kPercent;
    });
    if (!p || !q || with_points[*p].value != with_percent[*q].value) return;
    points_used[*p] = percent_used[*q] = true;
    const Claim& s = in_source ? with_points[*p] : with_percent[*q];
    const Claim& t = in_source ? with_percent[*q] : with_points[*p];
    reporter_->Report("compare.unit_mismatch",
                      absl::StrCat("the source says ", Describe(s), in_source ? " points" : "",
                                   ", the target ", Describe(t), in_source ? "" : " points"),
                      {SpanOf(s, Side::kSource), SpanOf(t, Side::kTarget)}, Describe(s),
                      Describe(t));
  }

  // When exactly one written claim of a kind is left on each side, they are one claim said
  // two ways, however far apart or different: "said Gjorgjievska, 73" and "التي تبلغ من العمر
  // 79 عامًا".
  void PairLastOnes() {
    const auto written = [](const Claim& c) { return !WeakAlone(c); };
    const std::optional<size_t> s = TheOneLeft(source_, source_used_, written);
    const std::optional<size_t> t = TheOneLeft(target_, target_used_, written);
    if (!s || !t) return;
    const Claim& a = source_[*s];
    const Claim& b = target_[*t];
    // Percent, per mille and points: the one left on each side is the same change said in two
    // units.
    const bool percents = PercentLike(a) && PercentLike(b);
    // "18 months" and "عامين ونصف": one period in two units of time.
    const bool periods = a.kind == Kind::kDuration && b.kind == Kind::kDuration &&
                         a.qualifier == b.qualifier;
    const bool units =
        a.unit == b.unit || a.unit.empty() || b.unit.empty() || percents || periods;
    if (!(GroupOf(a) == GroupOf(b) || Compatible(a, b) || percents) || !units ||
        IsRange(a) != IsRange(b)) {
      return;
    }
    if (Explained(a, source_traits_.keys[*s], source_index_, target_index_, target_names_) ||
        Explained(b, target_traits_.keys[*t], target_index_, source_index_, source_names_)) {
      return;
    }
    source_used_[*s] = target_used_[*t] = true;
    ReportDifferentPair(a, b);
  }

  // "the world's fifth-largest producer" and "رابع أكبر منتج", "three-quarters of" and "ثلثا":
  // ordinals and fractions in words come and go with the phrasing, but where each side is
  // left with one, they rank or share the same thing. Not "first", which says "for the first
  // time", "the opener", "at first" as often as a rank.
  void PairLastRanksAndFractions() {
    PairTheLastOnes([](const Claim& c) { return c.kind == Kind::kOrdinal && c.value != "1"; });
    // "the first quarter" as "الربع الثاني": a first that numbers a period is no "for the first
    // time", which a translation may leave out.
    PairTheLastOnes([this](const Claim& c) { return NumbersAPeriod(c, source_text_); },
                    [this](const Claim& c) { return NumbersAPeriod(c, target_text_); });
    PairTheLastOnes([](const Claim& c) {
      return c.kind == Kind::kNumber && c.script == "words" && c.value.rfind("0.", 0) == 0;
    });
  }

  // The one claim not yet paired for which `is` holds, if there is exactly one.
  template <typename Pred>
  static std::optional<size_t> TheOneLeft(const std::vector<Claim>& claims,
                                          const std::vector<bool>& used, Pred is) {
    std::optional<size_t> found;
    for (size_t i = 0; i < claims.size(); ++i) {
      if (used[i] || !is(claims[i])) continue;
      if (found) return std::nullopt;
      found = i;
    }
    return found;
  }

  // Whether an ordinal numbers a period or a stage (time_cues.tsv "numbered": the word after
  // it in English, "first quarter"; before it in Arabic, "الربع الأول").
  bool NumbersAPeriod(const Claim& c, std::string_view text) const {
    if (engine_ == nullptr || c.kind != Kind::kOrdinal || c.norm_end > text.size()) return false;
    const scan::PhraseList& cues = engine_->time_cues();
    return cues.MatchAt(text, scan::SkipSpaces(text, c.norm_end), "numbered").entry ||
           CueRightBefore(cues, text, c, "numbered");
  }

  template <typename Pred>
  void PairTheLastOnes(Pred is) {
    PairTheLastOnes(is, is);
  }

  template <typename SourcePred, typename TargetPred>
  void PairTheLastOnes(SourcePred source_is, TargetPred target_is) {
    const std::optional<size_t> s = TheOneLeft(source_, source_used_, source_is);
    const std::optional<size_t> t = TheOneLeft(target_, target_used_, target_is);
    if (!s || !t || source_[*s].value == target_[*t].value) return;
    source_used_[*s] = target_used_[*t] = true;
    const Claim& a = source_[*s];
    const Claim& b = target_[*t];
    reporter_->Report(ValueMismatchCode(a, b),
                      absl::StrCat("the source says ", Describe(a), ", the target ", Describe(b),
                                   ": ", Difference(a, b)),
                      {SpanOf(a, Side::kSource), SpanOf(b, Side::kTarget)}, Describe(a),
                      Describe(b), false);
  }

  // "1920" as "عام عشرين": a year said by its last two digits, as speech does; info.
  static bool TheYearInTwoDigits(const Claim& full, const Claim& two) {
    return full.kind == Kind::kYear && two.kind == Kind::kYear &&
           LastTwoDigitsOf(std::strtol(full.value.c_str(), nullptr, 10),
                           std::strtol(two.value.c_str(), nullptr, 10));
  }

  // Two years that differ are two dates, however near their digits.
  static std::string_view ValueMismatchCode(const Claim& a, const Claim& b) {
    return a.kind == Kind::kYear && b.kind == Kind::kYear ? "compare.date_mismatch"
                                                          : "compare.value_mismatch";
  }

  void ReportDifferentPair(const Claim& s, const Claim& t) {
    // The same number in other units; a percentage's key holds its unit, so compare values.
    const bool percents = PercentLike(s) && PercentLike(t);
    const bool same_number =
        percents ? !s.value.empty() && s.value == t.value : ValueKey(s) == ValueKey(t);
    if (same_number && s.unit != t.unit && !s.unit.empty() && !t.unit.empty()) {
      reporter_->Report("compare.unit_mismatch",
                        absl::StrCat("the source says ", Describe(s), ", the target ", Describe(t)),
                        {SpanOf(s, Side::kSource), SpanOf(t, Side::kTarget)}, Describe(s),
                        Describe(t), Weak(s) || Weak(t));
      return;
    }
    if (ValueKey(s) == ValueKey(t)) return CheckEqualPair(s, t);  // a pair step 1 did not reach
    if (ShareCountedOut(s, t, target_, source_index_) ||
        ShareCountedOut(t, s, source_, target_index_) || ChangeSaidTwoWays(s, t) ||
        OneRatePerAnotherTime(s, t) || YearsBack(s, t)) {
      return;
    }
    if (ShareAndPercent(s, t)) {  // "half" as "40%"
      const bool share_first = !ShareKey(s).empty();
      const std::string share = ShareKey(share_first ? s : t).substr(1);  // "50" of "%50"
      const double percent = std::strtod((share_first ? t : s).value.c_str(), nullptr);
      // "two-thirds" as "66%": the share cut off rather than rounded.
      const double exact = std::strtod((share_first ? s : t).value.c_str(), nullptr) * 100;
      if (std::floor(exact) == percent) return;
      const double points = std::fabs(std::strtod(share.c_str(), nullptr) - percent);
      // "about a third" as "30%": a rounding said loosely; farther, a slip.
      constexpr double kLoosely = 5;  // percentage points
      const bool about = s.qualifier == "about" || t.qualifier == "about";
      reporter_->Report("compare.value_mismatch",
                        absl::StrCat("the source says ", Describe(s), ", the target ", Describe(t),
                                     ": a share of ", share, "% against another"),
                        {SpanOf(s, Side::kSource), SpanOf(t, Side::kTarget)}, Describe(s),
                        Describe(t), about && points <= kLoosely);
      return;
    }
    if (const auto in_other_units = InOtherUnits(s, t)) {
      const auto& [ms, mt] = *in_other_units;
      // "100 degrees Fahrenheit" as "40 درجة مئوية": a temperature converted loosely, as the
      // press does, not wrong (feet and inches, which convert exactly, are wrong).
      constexpr double kLoosely = 3;  // degrees Celsius
      const bool loose = ms.dimension == "temperature" && std::fabs(ms.base - mt.base) <= kLoosely;
      reporter_->Report("compare.value_mismatch",
                        absl::StrCat("the source says ", Describe(s), " (about ",
                                     Approximate(ms.base / mt.per_unit), " ", t.unit,
                                     "), the target ", Describe(t)),
                        {SpanOf(s, Side::kSource), SpanOf(t, Side::kTarget)}, Describe(s),
                        Describe(t), Weak(s) || Weak(t) || loose);
      return;
    }
    if (const std::string converted = PeggedValue(s, t); !converted.empty()) {
      reporter_->Report("compare.value_mismatch",
                        absl::StrCat("the source says ", Describe(s), " (about ", converted, " ",
                                     t.unit, " at its peg), the target ", Describe(t)),
                        {SpanOf(s, Side::kSource), SpanOf(t, Side::kTarget)}, Describe(s),
                        Describe(t), Weak(s) || Weak(t));
      return;
    }
    if (WithinTheTens(s, t) || WithinTheTens(t, s)) return;  // "the 80s" and "84 درجة"
    if (VagueOfOneOrder(s, t)) return;
    const std::vector<SpanRef> spans = {SpanOf(s, Side::kSource), SpanOf(t, Side::kTarget)};
    const bool weak = Weak(s) || Weak(t);
    const Group g = GroupOf(s);
    if (g == Group::kDate || g == Group::kWeekday) {
      // "March 2020" and "19 مارس 2020", "5 March" and "5 مارس 2020": one side is less
      // precise, not different.
      const auto less_precise = [](const std::string& a, const std::string& b) {
        return !a.empty() && (b.rfind(a, 0) == 0 ||
                              (a.rfind("--", 0) == 0 && b.ends_with(a.substr(1))));
      };
      // Days of two calendars a day or two apart: the sighting of a month's moon moves a Hijri
      // day by one.
      const auto ds = DayNumber(s), dt = DayNumber(t);
      const bool sighting = s.calendar != t.calendar && ds && dt && std::labs(*ds - *dt) <= 2;
      const bool vaguer =
          less_precise(s.value, t.value) || less_precise(t.value, s.value) || sighting;
      // Two months named alone that differ ("in January", "في يونيو") are a slip, as two
      // weekdays are; one that a translation may drop is weak only when it goes missing.
      const scan::PhraseList* months = engine_ ? &engine_->time_cues() : nullptr;
      const bool two_months = MonthAlone(s) && MonthAlone(t) &&
                              !AlsoAWord(s, source_text_, months) &&
                              !AlsoAWord(t, target_text_, months);
      reporter_->Report("compare.date_mismatch",
                        absl::StrCat("the source's date is ", Describe(s), ", the target's ",
                                     Describe(t)),
                        spans, Describe(s), Describe(t), (weak && !two_months) || vaguer);
      return;
    }
    const std::string how = Difference(s, t);
    // "two weeks" against "ثلاثة أسابيع", "a decade ago" against "قبل عقدين": one or two of a
    // unit, met by another count of it, is no "one" or "two" that a translation drops or adds;
    // nor is "اللاعبين الاثني عشر", a definite number word that counts the noun it follows.
    const auto counts_a_thing = [](const Claim& c) {
      const bool one_or_two = c.value == "1" || c.value == "2";
      return (c.script == "words" && one_or_two && !c.unit.empty()) ||
             (DefiniteInWords(c) && !c.noun.empty());
    };
    // "tens of thousands" and "مئات الآلاف": vague quantities of two orders are a slip.
    // "the 27th edition" and "الدورة السابعة عشرة": two ordinals past the first few that differ
    // rank differently, however written ("first" and "الثاني" come and go with the phrasing).
    const auto past_the_first_few = [](const Claim& c) {
      return c.kind == Kind::kOrdinal && !c.approx && c.value.size() <= 3 &&
             std::strtol(c.value.c_str(), nullptr, 10) >= 3;
    };
    const bool ranks = past_the_first_few(s) && past_the_first_few(t);
    const bool weak_value = ((Weak(s) && !counts_a_thing(s)) || (Weak(t) && !counts_a_thing(t))) &&
                            !(Vague(s) && Vague(t)) && !ranks;
    const bool rounded = RoundedAlike(s, t);
    const bool undated =
        !published_year_ && (YearAndYearsAgo(s, t) || YearAndYearsAgo(t, s));
    reporter_->Report(ValueMismatchCode(s, t),
                      absl::StrCat("the source says ", Describe(s), ", the target ", Describe(t),
                                   ": ", rounded ? "rounding" : how),
                      spans, Describe(s), Describe(t),
                      weak_value || rounded || undated || TheYearInTwoDigits(s, t) ||
                          TheYearInTwoDigits(t, s));
  }

  // "signed in 2015" and "وقعت قبل تسع سنوات": a Gregorian year and the years back to it from
  // the publication's, in either order, a year either way (a month unsaid).
  bool YearsBack(const Claim& a, const Claim& b) const {
    if (!published_year_) return false;
    const auto back_to = [&](const Claim& year, const Claim& ago) {
      long y = 0, n = 0;
      return YearAndYearsAgo(year, ago) && absl::SimpleAtoi(year.value, &y) &&
             absl::SimpleAtoi(ago.value, &n) && std::labs(*published_year_ - n - y) <= 1;
    };
    return back_to(a, b) || back_to(b, a);
  }

  // A Gregorian year and years ago: with no publication date, no slip can be told of them.
  static bool YearAndYearsAgo(const Claim& year, const Claim& ago) {
    return year.kind == Kind::kYear && year.qualifier.empty() && !InOtherCalendar(year) &&
           ago.kind == Kind::kDuration && ago.qualifier == "ago" && ago.unit == "year";
  }

  // "300,000 tonnes a year" and "25 ألف طن شهريا": one rate said per another unit of time,
  // within the rounding of both and the days or weeks a larger unit may count.
  bool OneRatePerAnotherTime(const Claim& s, const Claim& t) const {
    if (s.value.empty() || t.value.empty() || s.kind != t.kind || s.unit != t.unit) return false;
    const std::string per_s = PerTime(s, source_text_), per_t = PerTime(t, target_text_);
    if (per_s.empty() || per_t.empty() || per_s == per_t) return false;
    std::optional<UnitsSpan> span = SmallerIn(per_s, per_t);
    const bool s_larger = span.has_value();
    if (!span) span = SmallerIn(per_t, per_s);
    if (!span) return false;
    const Claim& large = s_larger ? s : t;
    const Claim& small = s_larger ? t : s;
    const double x = std::strtod(large.value.c_str(), nullptr);
    const double y = std::strtod(small.value.c_str(), nullptr);
    const double rx = WrittenRounding(large, large.value), ry = WrittenRounding(small, small.value);
    return y + ry >= (x - rx) / span->most && y - ry <= (x + rx) / span->least;
  }

  // "fell by 20,000 to 480,000" and "fell to 480,000 from 500,000": a change said by how much
  // ("by", arith_cues.tsv "change-by") on one side and by where it began ("from", "since") on
  // the other, where it led said on both, in the two claims' sentences.
  bool ChangeSaidTwoWays(const Claim& s, const Claim& t) const {
    if (engine_ == nullptr || s.value.empty() || t.value.empty()) return false;
    const scan::PhraseList& cues = engine_->arith_cues();
    const auto cued = [&](const Claim& c, std::string_view text, std::string_view meaning) {
      return CueRightBefore(cues, text, c, meaning) != nullptr;
    };
    // ("من", "from" alone: the arithmetic below ties them.)
    const auto began = [&](const Claim& c, std::string_view text) {
      return cued(c, text, "since") || cued(c, text, "from");
    };
    const bool by_in_source = cued(s, source_text_, "change-by") && began(t, target_text_);
    const bool by_in_target = cued(t, target_text_, "change-by") && began(s, source_text_);
    if (!by_in_source && !by_in_target) return false;
    const double by = std::strtod((by_in_source ? s : t).value.c_str(), nullptr);
    const double from = std::strtod((by_in_source ? t : s).value.c_str(), nullptr);
    for (const Claim& a : source_) {
      if (a.sentence != s.sentence || &a == &s || a.value.empty()) continue;
      const double to = std::strtod(a.value.c_str(), nullptr);
      const bool led = std::fabs(to + by - from) <= 1e-9 * from ||
                       std::fabs(to - by - from) <= 1e-9 * from;
      const auto same = [&](const Claim& b) {
        return b.sentence == t.sentence && &b != &t && ValueKey(b) == ValueKey(a);
      };
      if (led && std::any_of(target_.begin(), target_.end(), same)) return true;
    }
    return false;
  }

  // "Half of the 1,200 employees" and "600 من أصل 1200 موظف": a share in words, and on the other
  // side the count it makes of a whole in the count's sentence that the share's side states too.
  static bool ShareCountedOut(const Claim& share, const Claim& count,
                              const std::vector<Claim>& count_side, const SideIndex& share_side) {
    // (A count, no share itself: "a fifth" and "الربع" are two shares.)
    if (ShareKey(share).empty() || count.kind != Kind::kNumber || count.value.empty() ||
        !count.qualifier.empty() || !ShareKey(count).empty()) {
      return false;
    }
    const double part = std::strtod(count.value.c_str(), nullptr);
    const double of = std::strtod(share.value.c_str(), nullptr);
    return std::any_of(count_side.begin(), count_side.end(), [&](const Claim& whole) {
      if (whole.sentence != count.sentence || &whole == &count || whole.kind != Kind::kNumber ||
          whole.value.empty() || !share_side.values.contains(whole.value)) {
        return false;
      }
      const double made = of * std::strtod(whole.value.c_str(), nullptr);
      return std::fabs(made - part) <= WrittenRounding(count, count.value);
    });
  }

  // Whether one claim is a share in words ("half", "a third", "one in five") and the other a
  // percentage.
  static bool ShareAndPercent(const Claim& a, const Claim& b) {
    return (!ShareKey(a).empty() && IsShare(b)) || (IsShare(a) && !ShareKey(b).empty());
  }

  // The two measures of money of one peg in different currencies ("$2 billion" and "9
  // مليارات ريال سعودي"); none for any other two claims.
  static std::optional<std::pair<Measure, Measure>> Pegged(const Claim& s, const Claim& t) {
    if (s.kind != Kind::kMoney || t.kind != Kind::kMoney || s.unit == t.unit) return {};
    const auto ms = MeasureOf(s), mt = MeasureOf(t);
    if (!ms || !mt || ms->dimension != mt->dimension || !ms->dimension.starts_with("money")) {
      return {};
    }
    return std::make_pair(*ms, *mt);
  }

  // Two quantities of one dimension in different units ("26.2 miles", "42.2 كيلومترا").
  static std::optional<std::pair<Measure, Measure>> InOtherUnits(const Claim& s, const Claim& t) {
    if (s.kind != Kind::kQuantity || t.kind != Kind::kQuantity || s.unit == t.unit) return {};
    const auto ms = MeasureOf(s), mt = MeasureOf(t);
    if (!ms || !mt || ms->dimension != mt->dimension) return {};
    return std::make_pair(*ms, *mt);
  }

  // The amount of `s` in the currency of `t` at their peg ("$2 billion" is about 7.5 billion
  // SAR), as a reader writes it; empty where they are no money of one peg.
  static std::string PeggedValue(const Claim& s, const Claim& t) {
    const auto pegged = Pegged(s, t);
    return pegged ? Approximate(pegged->first.base / pegged->second.per_unit) : std::string();
  }

  // A year or a day and month on one side that a full date on the other side contains: the
  // texts split the same date differently ("5 March ... 2020" and "5 مارس 2020").
  static bool PartOfADate(const Claim& part, const SideIndex& other) {
    std::string key = part.value;
    if (part.kind == Kind::kDate && key.rfind("--", 0) == 0) key = key.substr(2);  // "--03-05"
    // "the 19th day of March 2020": a day may be an ordinal.
    const bool count = part.kind == Kind::kNumber || part.kind == Kind::kOrdinal;
    if (key.empty() || (part.kind != Kind::kYear && part.kind != Kind::kDate &&
                        !(count && (key.size() == 4 || key.size() <= 2)))) {
      return false;
    }
    if (other.date_parts.contains(key)) return true;
    // A day written apart from its month: "March 4 and 5", "4 مارس ... 5 مارس".
    return count && key.size() <= 2 &&
           other.day_ends.contains(key.size() == 1 ? "0" + key : key);
  }

  // A bound of a range that the other side writes as one claim, or a range whose bounds the
  // other side writes apart ("2019-20" and "2019 ... 2020").
  static bool PartOfARange(const Claim& c, const SideIndex& other) {
    if (IsRange(c) && c.lower && c.upper) {
      return other.values.contains(c.lower->value) && other.values.contains(c.upper->value);
    }
    return !c.value.empty() && other.range_bounds.contains(c.value);
  }

  // A century and a time inside it on the other side, one naming the other at another
  // precision: "the 1930s" and "1930 من القرن العشرين", "the early 2000s" and "بداية القرن
  // الحادي والعشرين". A century is walked against every time; anything else only against
  // the centuries, which are few.
  static bool WithinACentury(const Claim& c, const SideIndex& other) {
    const auto& against = c.qualifier == "century" ? other.periods : other.centuries;
    if (against.empty()) return false;  // most texts name no century: no claim parsed
    const auto p = Period(c);
    if (!p) return false;
    return std::any_of(against.begin(), against.end(), [&](const std::pair<long, long>& q) {
      return q.first <= p->second && p->first <= q.second;
    });
  }

  // Why an unmatched claim is no finding: it is part of a date the other side writes whole,
  // it restates a decade ("الثلاثينيات 1930"), a century holds it or it holds the other
  // side's time, or the other side writes it inside a name.
  static bool Explained(const Claim& c, const std::array<std::string, 3>& keys,
                        const SideIndex& same, const SideIndex& other,
                        const absl::flat_hash_set<std::string>& other_names) {
    if (PartOfADate(c, other) || PartOfARange(c, other) || WithinACentury(c, other)) return true;
    if (!c.value.empty() && other_names.contains(c.value)) return true;
    // "24 ربيع الآخر 1444 هـ الموافق 18 نوفمبر 2022": a Hijri date beside its Gregorian day.
    if (c.kind == Kind::kDate && c.calendar == "islamic" &&
        (same.values.contains(keys[1]) || same.values.contains(keys[2]))) {
      return true;
    }
    return same.decades.contains(c.value) || other.decades.contains(c.value);
  }

  // "156 شخصا، هم 150 راكبا و6 من أفراد الطاقم" for "150 passengers and six crew": a sum that
  // one side adds of the two or more counts right after it or right before it in its sentence,
  // each of them met on the other side; or points, the difference of two percentages so ("by
  // 10 percentage points, 55% to 45%").
  static bool MadeOfItsNeighbours(const std::vector<Claim>& side, const std::vector<bool>& used,
                                  size_t i) {
    constexpr int kMostParts = 6;
    constexpr size_t kNear = 40;  // bytes between the sum and its first part: "شخصا، هم"
    const Claim& made = side[i];
    const auto plain = [&](const Claim& c) {
      return !c.value.empty() && c.qualifier.empty() && !c.approx && c.sentence == made.sentence;
    };
    const auto count = [](const Claim& c) {
      return c.kind == Kind::kNumber || c.kind == Kind::kMoney;
    };
    const bool points = made.kind == Kind::kQuantity && made.unit == "pp";
    if (!plain(made) || !(count(made) || points)) return false;
    // Parts of the sum's kind; of points, percentages.
    const auto part_of = [&](const Claim& c) {
      return plain(c) && (points ? c.kind == Kind::kPercent && c.unit == "percent"
                                 : c.kind == made.kind);
    };
    const double want = std::strtod(made.value.c_str(), nullptr);
    const auto equal = [want](double got) { return std::fabs(got - want) <= 1e-9 * want; };
    for (const int step : {1, -1}) {
      double sum = 0, first = 0;
      int parts = 0;
      for (long j = static_cast<long>(i) + step;
           j >= 0 && j < static_cast<long>(side.size()) && parts < kMostParts; j += step) {
        const Claim& part = side[j];
        const size_t gap =
            step > 0 ? part.norm_begin - made.norm_end : made.norm_begin - part.norm_end;
        if (!used[j] || !part_of(part) || (parts == 0 && gap > kNear)) break;
        const double value = std::strtod(part.value.c_str(), nullptr);
        if (parts == 0) first = value;
        sum += value;
        if (++parts < 2) continue;
        if ((!points && equal(sum)) || (points && parts == 2 && equal(std::fabs(first - value)))) {
          return true;
        }
      }
    }
    return false;
  }

  // "ألف وظيفة من أصل 20 ألفا، أي 5 بالمئة" for "1,000 of its 20,000 jobs": a percentage that
  // one side adds of two counts a few claims before it in its sentence, both met on the other:
  // the smaller's share of the larger, or with a word of rising or falling before it (`way`,
  // +1 or -1) the change from the smaller or from the larger ("80 ألف زائر مقابل 64 ألفا، أي
  // بزيادة 25 بالمئة").
  static bool ShareOfItsNeighbours(const std::vector<Claim>& side, const std::vector<bool>& used,
                                   size_t i, int way) {
    constexpr size_t kBefore = 4;  // claims back
    const Claim& share = side[i];
    if (share.kind != Kind::kPercent || share.unit != "percent" || share.value.empty() ||
        !share.qualifier.empty()) {
      return false;
    }
    const double percent = std::strtod(share.value.c_str(), nullptr);
    const double slack = WrittenRounding(share, share.value);
    const size_t first = i > kBefore ? i - kBefore : 0;
    const auto count = [&](size_t j) {
      const Claim& c = side[j];
      return used[j] && c.sentence == share.sentence && !c.value.empty() && c.qualifier.empty() &&
             (c.kind == Kind::kNumber || c.kind == Kind::kMoney);
    };
    for (size_t a = first; a < i; ++a) {
      for (size_t b = first; b < i; ++b) {
        if (a == b || !count(a) || !count(b)) continue;
        const double whole = std::strtod(side[b].value.c_str(), nullptr);
        const double part = std::strtod(side[a].value.c_str(), nullptr);
        if (part <= 0 || whole <= part) continue;
        const double made = way > 0   ? 100 * (whole - part) / part
                            : way < 0 ? 100 * (whole - part) / whole
                                      : 100 * part / whole;
        if (std::fabs(made - percent) <= slack) return true;
      }
    }
    return false;
  }

  // "50 million euros ($54 million)": an amount in brackets right after one of its kind that
  // was met, the same said in another currency or unit, which a translation may leave out.
  static bool ConvertsItsNeighbour(const std::vector<Claim>& side, const std::vector<bool>& used,
                                   size_t i, std::string_view text) {
    if (i == 0 || !used[i - 1]) return false;
    const Claim &before = side[i - 1], &c = side[i];
    const bool alike = (c.kind == Kind::kMoney && before.kind == Kind::kMoney) ||
                       (c.kind == Kind::kQuantity && before.kind == Kind::kQuantity &&
                        !Dimension(c.unit).empty() &&
                        Dimension(c.unit) == Dimension(before.unit));
    if (!alike || c.unit == before.unit || before.norm_end > c.norm_begin ||
        c.norm_begin > text.size()) {
      return false;
    }
    const std::string_view between = text.substr(before.norm_end, c.norm_begin - before.norm_end);
    return TrimSpaces(between) == "(";
  }

  // Step 3.
  void ReportUnmatched() {
    for (size_t s = 0; s < source_.size(); ++s) {
      if (source_used_[s] ||
          Explained(source_[s], source_traits_.keys[s], source_index_, target_index_,
                    target_names_) ||
          MadeOfItsNeighbours(source_, source_used_, s) ||
          ShareOfItsNeighbours(source_, source_used_, s, WayBefore(source_[s], source_text_))) {
        continue;
      }
      reporter_->Report("compare.missing",
                        absl::StrCat("the source's ", Describe(source_[s]),
                                     " has no counterpart in the target"),
                        {SpanOf(source_[s], Side::kSource)}, Describe(source_[s]), "",
                        MayGoUnmatched(source_, source_used_, s, source_text_, target_,
                                       target_text_));
    }
    for (size_t t = 0; t < target_.size(); ++t) {
      if (target_used_[t] ||
          Explained(target_[t], target_traits_.keys[t], target_index_, source_index_,
                    source_names_) ||
          MadeOfItsNeighbours(target_, target_used_, t) ||
          ShareOfItsNeighbours(target_, target_used_, t, WayBefore(target_[t], target_text_))) {
        continue;
      }
      reporter_->Report("compare.extra",
                        absl::StrCat("the target's ", Describe(target_[t]),
                                     " has no counterpart in the source"),
                        {SpanOf(target_[t], Side::kTarget)}, "", Describe(target_[t]),
                        MayGoUnmatched(target_, target_used_, t, target_text_, source_,
                                       source_text_));
    }
  }

  // Whether claim i of `side` (in `text`) is one a translation may drop or add, so that its
  // going unmatched is info: a weak claim alone, a score's side said in words, or what a word
  // of `other_text` says without a number of its own (a number glued into a word, a part of a
  // year, a Roman numeral after a label, a year's last two digits).
  bool MayGoUnmatched(const std::vector<Claim>& side, const std::vector<bool>& used, size_t i,
                      std::string_view text, const std::vector<Claim>& other,
                      std::string_view other_text) const {
    const Claim& c = side[i];
    if (WeakAlone(c) || NoneOrOneOfAScore(c, text, other_text) ||
        ConvertsItsNeighbour(side, used, i, text)) {
      return true;
    }
    if (engine_ == nullptr) return false;
    return GluedIntoAWord(c, other_text, engine_->english_words()) ||
           MonthsSaidByAWord(c, other_text, engine_->time_cues()) ||
           RomanAfterALabel(c, other_text, engine_->roman_cues()) ||
           TwoDigitsOfAYear(c, text, other, engine_->time_cues());
  }

  const std::vector<Claim>& source_;
  const std::vector<Claim>& target_;
  Reporter* reporter_;
  std::optional<long> published_year_;
  std::vector<bool> source_used_;
  std::vector<bool> target_used_;
  SideIndex source_index_;
  SideIndex target_index_;
  Traits source_traits_;
  Traits target_traits_;
  const Engine* engine_ = nullptr;
  std::string_view source_text_, target_text_;  // the normalized views
  absl::flat_hash_set<std::string> source_names_;  // numbers inside names, per side
  absl::flat_hash_set<std::string> target_names_;
};

}  // namespace

std::string Digits(const std::string& value) {
  std::string d;
  for (char c : value) {
    if (c >= '0' && c <= '9') d += c;
  }
  return d;
}

std::string DescribeDifference(const Claim& expected, const Claim& found) {
  if (expected.value.empty() || found.value.empty() || expected.too_large || found.too_large) {
    return "different value";
  }
  // Magnitude: one is the other times a power of ten, up to 10^12.
  if (const auto power = expected.number.PowerOfTenTo(found.number);
      power && *power != 0 && std::abs(*power) <= 12) {
    const int k = std::abs(*power);
    return k % 3 == 0
               ? absl::StrCat("magnitude (x10^", k, ", a scale word such as million vs billion?)")
               : absl::StrCat("magnitude (x10^", k, ")");
  }
  const std::string a = Digits(expected.value), b = Digits(found.value);
  if (a.size() == b.size() && a.size() > 1) {
    std::vector<size_t> diff;
    for (size_t i = 0; i < a.size(); ++i) {
      if (a[i] != b[i]) diff.push_back(i);
    }
    if (diff.size() == 1) return "digit typo";
    if (diff.size() == 2 && diff[1] == diff[0] + 1 && a[diff[0]] == b[diff[1]] &&
        a[diff[1]] == b[diff[0]]) {
      return "transposed digits";
    }
  }
  // Two fractions in words are exact: "a fifth" is no rounding of "a quarter".
  const auto word_fraction = [](const Claim& c) {
    return c.script == "words" && !c.approx && c.number < Decimal::FromInt(1);
  };
  if (word_fraction(expected) && word_fraction(found)) return "different value";
  // Rounding: the shorter one is the other rounded to its precision. A value in words has
  // the precision of its decimals ("a quarter" is 0.25, not 0 rounded).
  const auto decimals = [](const Claim& c) {
    const size_t point = c.value.find('.');
    const int written =
        point == std::string::npos ? 0 : static_cast<int>(c.value.size() - point - 1);
    return std::max(c.fraction_digits, written);
  };
  const Claim& precise = decimals(expected) >= decimals(found) ? expected : found;
  const Claim& rounded = &precise == &expected ? found : expected;
  const Decimal diff = precise.number.Plus(rounded.number.Negated());
  const Decimal half_unit = Decimal::FromInt(5).TimesPowerOfTen(-decimals(rounded) - 1);
  const Decimal margin = half_unit.Plus(diff.negative() ? diff : diff.Negated());
  if (!margin.negative()) return "rounding";
  return "different value";
}

std::vector<std::string> NumbersInNames(std::string_view text) {
  std::vector<std::string> numbers;
  // Not std::isdigit: this runs over every byte of both texts, and the locale's table costs.
  const auto digit = [&](size_t i) { return static_cast<unsigned char>(text[i] - '0') < 10; };
  for (size_t i = scan::NextAsciiDigit(text, 0); i < text.size();
       i = scan::NextAsciiDigit(text, i)) {
    size_t end = i, point = std::string_view::npos;
    while (end < text.size() && (digit(end) || (text[end] == '.' && point == std::string_view::npos &&
                                                 end + 1 < text.size() && digit(end + 1)))) {
      if (text[end] == '.') point = end;
      ++end;
    }
    // Glued to a Latin letter ("ACE2", "U07.1"), or joined by a hyphen to a word of any script
    // ("COVID-19", "كوفيد-19", "2019-nCoV").
    const bool latin_before = i > 0 && std::isalpha(static_cast<unsigned char>(text[i - 1]));
    const bool hyphen_before = i > 1 && text[i - 1] == '-' &&
                               (std::isalpha(static_cast<unsigned char>(text[i - 2])) ||
                                static_cast<unsigned char>(text[i - 2]) >= 0x80);
    const bool after = end < text.size() && (std::isalpha(static_cast<unsigned char>(text[end])) ||
                                             (text[end] == '-' && end + 1 < text.size() &&
                                              std::isalpha(static_cast<unsigned char>(text[end + 1]))));
    if (latin_before || hyphen_before || after) {
      const std::string_view run = text.substr(i, end - i);
      const auto d = point == std::string_view::npos
                         ? Decimal::FromDigits(run, "")
                         : Decimal::FromDigits(run.substr(0, point - i), run.substr(point - i + 1));
      if (d) numbers.push_back(d->ToString());
    }
    i = end;
  }
  return numbers;
}

namespace {

// A bound of `range` as a claim of its own, spanning the whole range.
std::optional<Claim> BoundClaim(const Claim& range, const std::string& value) {
  std::optional<Decimal> number = Decimal::Parse(value);
  if (!number) return std::nullopt;
  Claim c = range;
  c.value = value;
  c.number = *number;
  c.lower = c.upper = claims::Bound{value, true};
  c.qualifier.clear();
  return c;
}

// Whether `range` should be read as its two bounds against `other`: the other side has no
// range of the same bounds, and writes one of them as a claim of its own. A score ("38 - 17")
// is no range in one language and becomes one when a digit slip puts its numbers in order.
// "the 80s" is one claim whose first number stands for it ("80 درجة").
bool SplitAgainst(const Claim& range, const absl::flat_hash_set<std::string>& other_keys,
                  const absl::flat_hash_set<std::string>& other_values) {
  if (!IsRange(range) || !range.lower || !range.upper || !range.lower->inclusive ||
      !range.upper->inclusive || range.qualifier != "range" || IsTens(range)) {
    return false;
  }
  if (other_keys.contains(ValueKey(range))) return false;
  return other_values.contains(range.lower->value) || other_values.contains(range.upper->value);
}

// `side` with the ranges that `SplitAgainst` picks replaced by their bounds, or nothing when
// no range is split.
std::optional<std::vector<Claim>> SplitRanges(const std::vector<Claim>& side,
                                              const std::vector<Claim>& other) {
  absl::flat_hash_set<std::string> other_keys, other_values;
  for (const Claim& c : other) {
    if (IsRange(c)) {
      other_keys.insert(ValueKey(c));
    } else if (!c.value.empty()) {
      other_values.insert(c.value);
    }
  }
  std::optional<std::vector<Claim>> split;
  for (size_t i = 0; i < side.size(); ++i) {
    const Claim& c = side[i];
    std::optional<Claim> low, high;
    if (SplitAgainst(c, other_keys, other_values)) {
      low = BoundClaim(c, c.lower->value);
      high = BoundClaim(c, c.upper->value);
    }
    if (!low || !high) {
      if (split) split->push_back(c);
      continue;
    }
    if (!split) split.emplace(side.begin(), side.begin() + static_cast<std::ptrdiff_t>(i));
    split->push_back(std::move(*low));
    split->push_back(std::move(*high));
  }
  return split;
}

}  // namespace

// `side` with the currencies read from the places each text names taken back: a translation
// may name other places than its source, and a currency one side says only by them is no
// slip of the other's ("500 million dirhams" beside "Dubai" against "500 مليون درهم"). Nothing
// when no claim's currency was so read.
std::optional<std::vector<Claim>> WithoutPlacedCurrencies(const std::vector<Claim>& side) {
  if (std::none_of(side.begin(), side.end(), [](const Claim& c) { return c.unit_from_place; })) {
    return std::nullopt;
  }
  std::vector<Claim> copy = side;
  for (Claim& c : copy) {
    if (c.unit_from_place) c.unit.clear();
  }
  return copy;
}

void CompareClaims(const Engine& engine, const CompareSide& source_side,
                   const CompareSide& target_side, Reporter* reporter,
                   std::optional<claims::YearMonthDay> published) {
  const std::optional<std::vector<Claim>> source_unplaced =
      WithoutPlacedCurrencies(source_side.claims);
  const std::optional<std::vector<Claim>> target_unplaced =
      WithoutPlacedCurrencies(target_side.claims);
  const std::vector<Claim>& source_claims = source_unplaced ? *source_unplaced
                                                            : source_side.claims;
  const std::vector<Claim>& target_claims = target_unplaced ? *target_unplaced
                                                            : target_side.claims;
  const std::optional<std::vector<Claim>> source_split = SplitRanges(source_claims, target_claims);
  const std::optional<std::vector<Claim>> target_split = SplitRanges(target_claims, source_claims);
  const std::vector<Claim>& source = source_split ? *source_split : source_claims;
  const std::vector<Claim>& target = target_split ? *target_split : target_claims;
  Aligner aligner(source, source_side.text.size(), target, target_side.text.size(), reporter);
  aligner.SetNameNumbers(NumbersInNames(source_side.text), NumbersInNames(target_side.text));
  aligner.SetTexts(engine, source_side.normalized.text(), target_side.normalized.text());
  if (published) aligner.SetPublishedYear(published->year);
  aligner.Run();
}

}  // namespace mizan::checks
