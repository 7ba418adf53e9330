#include "core/claims/claim.h"

#include <string>

#include "absl/strings/numbers.h"
#include "core/scan/text_cursor.h"

namespace mizan::claims {

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kNumber: return "number";
    case Kind::kMoney: return "money";
    case Kind::kPercent: return "percent";
    case Kind::kYear: return "year";
    case Kind::kDate: return "date";
    case Kind::kDuration: return "duration";
    case Kind::kOrdinal: return "ordinal";
    case Kind::kQuantity: return "quantity";
  }
  return "unknown";
}

std::string OtherDayMonthReading(const Claim& c) {
  // "YYYY-MM-DD" with a day and a month up to 12 that differ.
  if (c.kind != Kind::kDate || c.value.size() != 10 || c.value[0] == '-') return {};
  int month = 0, day = 0;
  if (!absl::SimpleAtoi(c.value.substr(5, 2), &month) ||
      !absl::SimpleAtoi(c.value.substr(8, 2), &day) || day > 12 || month > 12 || day == month) {
    return {};
  }
  // Written in digits and marks from its first digit on (a weekday's name, one word, may come
  // before: not "Sunday, March 8"), with one or two digits first (not "2020-03-04").
  size_t leading = 0, words = 0;
  bool started = false, in_run = false, in_word = false;
  for (size_t i = 0, length = 1; i < c.text.size(); i += length) {
    const char32_t ch = scan::NextCodePoint(c.text, i, &length);
    const bool digit = (ch >= '0' && ch <= '9') || (ch >= 0x660 && ch <= 0x669) ||
                       (ch >= 0x6F0 && ch <= 0x6F9);
    const bool letter = scan::IsLetter(ch);
    if (letter && !in_word && ++words > 1) return {};
    in_word = letter;
    if (started && letter) return {};
    in_run = digit && (in_run || !started);
    started = started || digit;
    if (in_run) ++leading;
  }
  if (leading == 0 || leading > 2) return {};
  return c.value.substr(0, 5) + c.value.substr(8, 2) + "-" + c.value.substr(5, 2);
}

}  // namespace mizan::claims
