#ifndef MIZAN_CORE_CHECKS_DOCUMENT_CHECKS_H_
#define MIZAN_CORE_CHECKS_DOCUMENT_CHECKS_H_

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/checks/facts.h"
#include "core/checks/reporter.h"
#include "core/claims/calendar.h"
#include "core/claims/claim.h"
#include "core/engine.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"
#include "core/text/normalized_text.h"

namespace mizan::checks {

// The calendar arithmetic the claims' dates are read with, which the checks use too.
using claims::GregorianWeekday;
using claims::HijriJulianDay;
using claims::HijriMonthLength;
using claims::HijriVariant;
using claims::HijriVariantName;
using claims::JulianDay;
using claims::WeekdayOfJulianDay;
using claims::ParseIsoDate;
using claims::YearMonthDay;

// What every document check reads: the claims, the normalized text around them, the
// publication date (the caller's, else the dateline's) and the engine's cue lists.
struct DocumentView {
  const Engine& engine;
  const text::NormalizedText& normalized;
  const std::vector<claims::Claim>& claims;
  std::optional<YearMonthDay> published;
  // Whether `published` is the document's own dateline, not a date the caller gave.
  bool dateline = false;

  // The normalized text between two claims (empty when they overlap or are out of order).
  std::string_view Between(const claims::Claim& a, const claims::Claim& b) const;

  // The phrase of `cues` tagged `meaning` that ends right before a claim, spaces, a bracket
  // and a comma ("," or "،") between allowed; nullptr when there is none.
  const scan::PhraseList::Entry* CueBefore(const scan::PhraseList& cues, const claims::Claim& c,
                                           std::string_view meaning) const;
};

// `s` without the spaces at its ends.
inline std::string_view TrimSpaces(std::string_view s) {
  while (s.starts_with(' ')) s.remove_prefix(1);
  while (s.ends_with(' ')) s.remove_suffix(1);
  return s;
}

// The way a word of a change says it goes (arith_cues.tsv "direction", "direction-after"):
// -1 for one tagged "fall", +1 for one of rising.
inline int WayOf(const scan::PhraseList::Entry& direction) {
  return direction.HasTag("fall") ? -1 : 1;
}

// Whether `between` is at most `near` bytes with none of `marks` (a comma among them is Arabic's
// "،" too): a few words, no clause or aside of their own.
inline bool AFewWords(std::string_view between, size_t near, std::string_view marks = ",(") {
  const bool comma = marks.find(',') != std::string_view::npos;  // Arabic's "،" too
  return between.size() <= near && between.find_first_of(marks) == std::string_view::npos &&
         !(comma && between.find("\xD8\x8C") != std::string_view::npos);
}

// A percentage with a value: a share of a whole. Per mille values, percentage points and
// basis points are no shares.
// The bytes a glued "و" or "ف" (and, so) takes at the start of an Arabic word, 0 where it
// has none: "ورفع" is "رفع" past 2.
inline size_t GluedAndLength(std::string_view word) {
  constexpr std::string_view kWa = "\xD9\x88", kFa = "\xD9\x81";  // و ف
  return word.size() > kWa.size() && (word.starts_with(kWa) || word.starts_with(kFa))
             ? kWa.size()
             : 0;
}

// Whether claim `c` is all of a cue of `meaning` ("doubled": arith_cues.tsv "multiple").
inline bool AllOfACue(const scan::PhraseList& cues, std::string_view text, const claims::Claim& c,
                      std::string_view meaning) {
  return cues.MatchAt(text, c.norm_begin, meaning).end == c.norm_end;
}

inline bool IsShare(const claims::Claim& c) {
  return c.kind == claims::Kind::kPercent && c.unit == "percent" && !c.value.empty();
}

// A month named alone, with no day or year ("--03").
inline bool MonthAlone(const claims::Claim& c) {
  return c.kind == claims::Kind::kDate && c.value.size() == 4 && c.value[0] == '-';
}

// A period with a whole number of its unit, said as the time something took ("over four
// days", "خلال أسبوعين", "in two weeks"), not a time before or since.
inline bool IsSpanOfTime(const claims::Claim& c) {
  if (c.kind != claims::Kind::kDuration || c.value.empty() || c.approx) return false;
  return c.qualifier.empty() || c.qualifier == "within" || c.qualifier == "later";
}

// Whether `c` is an amount with a value: a number, money or a quantity (not a year, a date,
// a share or a period), whatever its bounds.
inline bool IsAmount(const claims::Claim& c) {
  return (c.kind == claims::Kind::kNumber || c.kind == claims::Kind::kMoney ||
          c.kind == claims::Kind::kQuantity) &&
         !c.value.empty();
}

// Which side of its number a value said to be above or below so much holds: +1 ("more
// than", "at least"), -1 ("less than", "at most"), 0 for the rest.
inline int BoundSide(const claims::Claim& c) {
  if (c.qualifier == "more-than" || c.qualifier == "at-least") return 1;
  if (c.qualifier == "less-than" || c.qualifier == "at-most") return -1;
  return 0;
}

// A claim's value as a double, or none when it has none or is no number (a date's). Binary
// doubles are fine for the checks: values are weighed against rounding intervals far wider
// than a double's error, and no value is reported from them.
std::optional<double> AsDouble(const std::string& value);

// A computed amount as a reader writes one said about so much: whole from 100 on, to a
// tenth from 10, to a hundredth below, no trailing zero ("746", "25.4", "0.75", "25000").
std::string Approximate(double v);

// Half of the last written digit: 12.5 -> 0.05, 20 -> 0.5, and in the scale written after
// it: "1.2 million" -> 50000 (1.15 to 1.25 million), "$3bn" -> half a billion.
double HalfUnit(const claims::Claim& c);

// A whole number's value without its sign: "-10" has two digits, as "10" has.
inline std::string_view WithoutSign(const std::string& value) {
  return std::string_view(value).substr(value.starts_with('-') ? 1 : 0);
}

// Half a unit of the zeros a whole number ends with, two significant digits kept: "35000" ->
// 500, "3000" -> 50, "-3000" -> 50; 0 where it ends in no zero. Zeros there are most often
// rounding.
double ZerosRounding(const std::string& value);

// "7532.6 مليون دينار، مقابل 7015.6 م د": two amounts in one currency's word, one of them
// resolved to a country's (the Tunisian "م د"), the other not: one sentence means one.
inline bool OfOneCurrencyWord(const claims::Claim& a, const claims::Claim& b) {
  return a.kind == claims::Kind::kMoney && !a.noun_key.empty() && a.noun_key == b.noun_key &&
         (a.unit.empty() || b.unit.empty());
}

// Whether "ب" stands as a word of its own right before `end` of `text` ("بـ 50 نقطة", its
// tatweel folded away; "بنحو" once the claim starts at "نحو").
inline bool BaEndsAt(std::string_view text, size_t end) {
  constexpr std::string_view kBa = "\xD8\xA8";  // ب
  return end > kBa.size() && text.substr(end - kBa.size(), kBa.size()) == kBa &&
         text[end - kBa.size() - 1] == ' ';
}

// Past the last line or paragraph separator in [from, to) of `text`, else `from`: "ends. \u2029
// Next", a headline's paragraph, starts a sentence since the separator, not the stop.
inline size_t PastTheLastSeparator(std::string_view text, size_t from, size_t to) {
  const std::string_view since = text.substr(from, to - from);
  if (since.find('\xE2') == std::string_view::npos) return from;  // most: no separator's byte
  size_t start = from;
  for (const std::string_view separator : {scan::kParagraphSeparator, scan::kLineSeparator}) {
    if (const size_t at = since.rfind(separator); at != std::string_view::npos) {
      start = std::max(start, from + at + separator.size());
    }
  }
  return start;
}

// Where the words of claim `c`'s sentence start, at most `bytes` before it: past the last of
// `stops` or separators in that window ("وتوفي يوم الأحد الماضي عن عمر", no stop).
inline size_t SentenceStartWithin(std::string_view text, const claims::Claim& c, size_t bytes,
                                  std::string_view stops = ".\n") {
  const size_t from = c.norm_begin > bytes ? c.norm_begin - bytes : 0;
  const size_t stop = text.substr(from, c.norm_begin - from).find_last_of(stops);
  return PastTheLastSeparator(text, stop == std::string_view::npos ? from : from + stop + 1,
                              c.norm_begin);
}

inline constexpr std::string_view kArabicComma = "\xD8\x8C";  // "،"

// A comma of `words`, ASCII or Arabic, the first or the last: where it begins and where the
// words after it begin; both npos when there is none.
struct Comma {
  size_t at = std::string_view::npos;
  size_t past = std::string_view::npos;
};
inline Comma CommaIn(std::string_view words, bool last) {
  const size_t ascii = last ? words.rfind(',') : words.find(',');
  const size_t arabic = last ? words.rfind(kArabicComma) : words.find(kArabicComma);
  const bool take_arabic = arabic != std::string_view::npos &&
                           (ascii == std::string_view::npos || (last ? arabic > ascii
                                                                     : arabic < ascii));
  if (take_arabic) return {arabic, arabic + kArabicComma.size()};
  if (ascii != std::string_view::npos) return {ascii, ascii + 1};
  return {};
}

// Where the clause that runs on to `to` starts in [from, to) of `text`: past the last of
// `marks` and the last Arabic comma "،" there, else at `from`.
inline size_t ClauseStart(std::string_view text, size_t from, size_t to, std::string_view marks) {
  const std::string_view before = text.substr(from, to - from);
  size_t start = from;
  if (const size_t mark = before.find_last_of(marks); mark != std::string_view::npos) {
    start = from + mark + 1;
  }
  if (const size_t comma = before.rfind(kArabicComma); comma != std::string_view::npos) {
    start = std::max(start, from + comma + kArabicComma.size());
  }
  return start;
}

// Where the clause of claim `c` starts, at most `bytes` before it and not before `at_least`
// (ClauseStart in that window).
inline size_t ClauseStartWithin(std::string_view text, const claims::Claim& c, size_t bytes,
                                std::string_view marks, size_t at_least = 0) {
  const size_t from = std::max(at_least, c.norm_begin > bytes ? c.norm_begin - bytes : 0);
  return ClauseStart(text, from, c.norm_begin, marks);
}

// Whether `text` holds a comma, ASCII or Arabic.
inline bool HasComma(std::string_view text) {
  return text.find(',') != std::string_view::npos ||
         text.find("\xD8\x8C") != std::string_view::npos;  // "،"
}

// How far a value of `c` as written (its value, or a range's end) may be from the amount it
// stands for: half its last written digit, zeros after two significant digits as rounding
// ("35,000 feet" is 34,500 to 35,500), and a twentieth of it when said to be about so much or
// bounded. For amounts said twice or spread (conversions, averages), where a round figure is
// usual.
double WrittenRounding(const claims::Claim& c, const std::string& value);

// The rounding of `c` said beside `other` in the same scale with more decimals: "from 2.5 million
// to 3 million" most often writes 3.0 million, its zero dropped; a whole unit of the finer
// one's last decimal leaves room for a round figure rounded further (2.9 to 3.1 million).
double RoundingBeside(const claims::Claim& c, const claims::Claim& other);

// `words` without the spaces and the one comma ("," or "،") they start with; `words` itself
// where no comma starts them.
std::string_view PastALeadingComma(std::string_view words);

// Where the text before `pos` ends past spaces, one comma ("," or "،") and spaces again;
// npos where no comma stands there.
size_t PastACommaBack(std::string_view text, size_t pos);

// The one claim of the sentence before claim i's for which `is` holds, where claim i opens its
// own sentence; null where there is none or more than one (which one is meant is not said).
template <typename Pred>
const claims::Claim* TheOneOfTheSentenceBefore(const std::vector<claims::Claim>& claims,
                                               size_t i, Pred is) {
  const claims::Claim* found = nullptr;
  for (size_t j = i; j-- > 0 && claims[j].sentence + 1 >= claims[i].sentence;) {
    if (claims[j].sentence == claims[i].sentence || !is(claims[j])) continue;
    if (found != nullptr) return nullptr;
    found = &claims[j];
  }
  return found;
}

// Whether a count refers back to one said before: "the 1,342 cases", "its 12,050 employees"
// (arith_cues.tsv "refers-back" right before it), "الـ72", "القتلى الـ72" (the article on
// the digits). A count a digit or a swap from another that does not is as often another
// event's ("أصيب 125 شخصا في الحادث الأول. وأصيب 152 شخصا في حادث ثان").
bool RefersBack(const DocumentView& doc, const claims::Claim& c);

// Whether a sentence opens at `at`, spaces before it allowed: the text's start, or a full stop
// or a new line before it.
bool OpensASentence(std::string_view text, size_t at);

using scan::EndsAt;

// Puts a finding's spans in the order of the text, whatever order the check found them in.
void SortByStart(std::vector<SpanRef>* spans);

// The text between two claims, whichever comes first.
std::string_view BetweenEither(const DocumentView& doc, const claims::Claim& a,
                               const claims::Claim& b);

// The words between two claims, whichever comes first, one space apart, without the marks
// (the arithmetic checks' WordsBetween keeps them: there a comma between two amounts parts them).
std::string PlainWordsBetween(const DocumentView& doc, const claims::Claim& a,
                              const claims::Claim& b);

// Whether `words` are exactly one phrase of `cues` tagged `meaning`, nothing before or after it
// (false for no words).
bool CoveredBy(std::string_view words, const scan::PhraseList& cues, std::string_view meaning);

// The entry of that phrase, where CoveredBy holds; null otherwise.
const scan::PhraseList::Entry* CoveringEntry(std::string_view words, const scan::PhraseList& cues,
                                             std::string_view meaning);

// The dateline: a full Gregorian date at the start of a line in the document's first 400
// bytes, set off by a dash, a bracket, a colon, a slash or the line's end ("القاهرة في 3 مارس
// 2025 -", "3 March 2025 (Reuters)"), or opening its line or after a place and a comma alone
// ("CAIRO, March 3, 2025, the"); not one after other words ("ولد في 12 مارس 1946"), an
// event's. `text` is the caller's input. `set_off`, when given, says whether the date is set
// off: the shape of a dateline, where a date opening a sentence may be an event's.
std::optional<YearMonthDay> DatelineOf(const std::vector<claims::Claim>& claims,
                                       std::string_view text, bool* set_off = nullptr);

// Runs every document check and the fact check (when `facts` is not null).
void CheckDocument(const DocumentView& doc, const Facts* facts, Reporter* reporter);

// The checks, one family each (each file says what it flags and when it holds back).
void CheckCalendar(const DocumentView& doc, Reporter* reporter);    // date.*
void CheckTime(const DocumentView& doc, Reporter* reporter);        // time.*
void CheckArithmetic(const DocumentView& doc, Reporter* reporter);  // arith.*
void CheckConsistency(const DocumentView& doc, Reporter* reporter); // doc.*, style.*
void CheckUnits(const DocumentView& doc, Reporter* reporter);       // arith.conversion_*
void CheckRates(const DocumentView& doc, Reporter* reporter);       // arith.rate_*
void CheckFacts(const DocumentView& doc, const Facts& facts, Reporter* reporter);  // fact.*

}  // namespace mizan::checks

#endif  // MIZAN_CORE_CHECKS_DOCUMENT_CHECKS_H_
