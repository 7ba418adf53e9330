#ifndef MIZAN_CORE_CLAIMS_CLAIM_H_
#define MIZAN_CORE_CLAIMS_CLAIM_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/numerals/decimal.h"

namespace mizan::claims {

// The values match the MIZAN_KIND_* constants of mizan.h.
enum class Kind : uint32_t {
  kNumber = 1,
  kMoney = 2,
  kPercent = 3,
  kYear = 4,
  kDate = 5,
  kDuration = 6,
  kOrdinal = 7,
  kQuantity = 8,
};

std::string_view KindName(Kind kind);

// One end of the interval a claim stands for; absent means unbounded.
struct Bound {
  std::string value;
  bool inclusive = true;
};

// A numeric claim found in a text. Spans are UTF-8 byte offsets into the caller's input.
struct Claim {
  size_t start = 0;
  size_t end = 0;
  std::string text;  // the input bytes [start, end)
  Kind kind = Kind::kNumber;
  numerals::Decimal number;  // the exact value when the claim is a number
  numerals::Decimal scale;   // the scale word after its digits ("15 مليون": a million), or 0
  std::string value;  // canonical decimal, or ISO date; empty when unknown or too large
  std::string unit;   // ISO 4217 code, time unit, unit symbol, "percent", "permille"
  std::string noun;   // the counted noun as written
  std::string noun_key;
  std::string qualifier;  // "more-than", "about", ...; empty for an exact claim
  std::optional<Bound> lower;
  std::optional<Bound> upper;
  bool approx = false;
  bool too_large = false;
  bool separator_guessed = false;
  bool subunit = false;     // money written in cents, fils, ...: joins the amount before it
  bool unit_assumed = false;  // the currency of a bare "dollar", the caller's default
  bool unit_from_place = false;  // the currency read from the places the document names
  bool ratio = false;  // "one in five", "واحد من كل خمسة": the value is the share, 0.2
  bool age = false;    // an age said by an ordinal word: "في الرابعة عشرة من عمره" is 14
  // The other reading of an ambiguous separator ("20.000" read as 20 may mean 20000).
  std::optional<numerals::Decimal> alternative;
  int fraction_digits = 0;  // as written: "12.50" has 2; the rounding checks need it
  std::string script;       // "latin", "arabic-indic", "persian", "words", "mixed", ...
  std::string calendar;     // dates and years: "gregorian", "islamic"; "persian" for years
  uint32_t sentence = 0;    // 0-based index of the sentence holding the claim
  uint32_t weekday = 0;     // dates: ISO weekday named with the date (1 = Monday), 0 if none

  // Where the claim sits in the normalized text, for the passes that join claims.
  size_t norm_begin = 0;
  size_t norm_end = 0;
};

// Whether the claim's value counts in a calendar other than the Gregorian one, a Hijri or a
// solar Hijri one ("1431 هـ", "۱۴۰۲ هجری شمسی"); a claim with no calendar named is Gregorian.
inline bool InOtherCalendar(const Claim& c) {
  return !c.calendar.empty() && c.calendar != "gregorian";
}

// A date in digits, day or month first, whose day and month both fit either place
// ("3/4/2020": 3 April as Arabic and British text write it, 4 March in American text): the
// other reading, "YYYY-MM-DD"; empty for any other claim.
std::string OtherDayMonthReading(const Claim& c);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_CLAIM_H_
