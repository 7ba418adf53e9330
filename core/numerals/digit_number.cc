#include "core/numerals/digit_number.h"

#include <optional>
#include <string>

#include "core/scan/text_cursor.h"

namespace mizan::numerals {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

// Length in bytes of the separator at text[i], and its kind; 0 when none is there.
size_t SeparatorAt(std::string_view text, size_t i, Separator* kind) {
  switch (text[i]) {
    case ',': *kind = Separator::kComma; return 1;
    case '.': *kind = Separator::kDot; return 1;
    case '\'': *kind = Separator::kApostrophe; return 1;
    case ' ': *kind = Separator::kSpace; return 1;  // the scanner checked the groups' shape
    default: break;
  }
  if (i + 1 >= text.size()) return 0;
  const std::string_view two = text.substr(i, 2);
  if (two == "\xD9\xAB") { *kind = Separator::kArabicDecimal; return 2; }
  if (two == "\xD9\xAC") { *kind = Separator::kArabicThousands; return 2; }
  if (two == "\xC2\xA0") { *kind = Separator::kSpace; return 2; }
  if (two == "\xD8\x8C") { *kind = Separator::kArabicComma; return 2; }
  if (two == "\xD8\xB1") { *kind = Separator::kReversedDecimal; return 2; }
  return 0;
}

bool IsAmbiguousMark(Separator s) {
  return s == Separator::kComma || s == Separator::kDot || s == Separator::kArabicComma;
}

// The Arabic comma follows the convention of the Latin one.
bool IsCommaLike(Separator s) { return s == Separator::kComma || s == Separator::kArabicComma; }

size_t GroupLength(const DigitRun& run, size_t i) {
  return run.groups[i].end - run.groups[i].begin;
}

// Whether ',' or '.' at separator `i` must be a decimal mark by the shape of the digits alone:
// not three digits after it, more than three before it, or a leading zero ("0,500").
bool DigitsDemandDecimal(const DigitRun& run, std::string_view text, size_t i) {
  return GroupLength(run, i + 1) != 3 || GroupLength(run, 0) > 3 ||
         text[run.groups[0].begin] == '0';
}

struct Reading {
  size_t decimal = kNone;  // index of the decimal separator, or kNone for an integer
  bool guessed = false;
  bool ambiguous = false;  // the shape alone did not decide (a lone ",ddd" or ".ddd")
};

Reading ChooseDecimal(const DigitRun& run, std::string_view text,
                      const SeparatorConvention& convention) {
  const auto& seps = run.separators;
  size_t marks = 0, last_mark = kNone;
  bool fixed_grouping = false, mixed_marks = false;
  for (size_t i = 0; i < seps.size(); ++i) {
    if (seps[i] == Separator::kArabicDecimal) return {i};
    if (IsAmbiguousMark(seps[i])) {
      mixed_marks |= last_mark != kNone && seps[last_mark] != seps[i];
      ++marks, last_mark = i;
    }
    fixed_grouping |= !IsAmbiguousMark(seps[i]);
  }
  if (last_mark == kNone) return {};
  // "1.234,5" or "1,234.5": the later mark is the decimal one. "1 234,5": so is a lone mark
  // after another kind of grouping.
  if (mixed_marks || fixed_grouping) return {last_mark};
  if (marks > 1) return {};  // "1,234,567"
  if (DigitsDemandDecimal(run, text, last_mark)) return {last_mark};

  Reading r;
  r.ambiguous = true;
  if (IsCommaLike(seps[last_mark])) {
    const bool decimal = convention.comma_decimal && !convention.comma_grouping;
    r.decimal = decimal ? last_mark : kNone;
    r.guessed = convention.comma_decimal;
  } else {
    const bool grouping = convention.dot_grouping && !convention.dot_decimal;
    r.decimal = grouping ? kNone : last_mark;
    r.guessed = convention.dot_grouping;
  }
  return r;
}

// The Indian grouping of lakhs and crores: "12,34,567" is 1234567 (the last three digits, then
// pairs). Commas only, since that is how Indian English writes it.
bool IsIndianGrouping(const DigitRun& run, size_t grouping_end) {
  if (grouping_end < 2 || GroupLength(run, 0) > 2 || GroupLength(run, grouping_end) != 3) {
    return false;
  }
  for (size_t i = 0; i < grouping_end; ++i) {
    if (run.separators[i] != Separator::kComma) return false;
    if (i > 0 && GroupLength(run, i) != 2) return false;
  }
  return true;
}

// Whether the reading makes one well-formed number: one kind of grouping separator, each
// followed by exactly three digits after a first group of one to three (or the Indian
// grouping), and a decimal separator, if any, last.
bool IsWellFormed(const DigitRun& run, const Reading& r) {
  const size_t n = run.separators.size();
  if (r.decimal != kNone && r.decimal != n - 1) return false;
  const size_t grouping_end = r.decimal == kNone ? n : r.decimal;
  if (grouping_end == 0) return true;
  if (IsIndianGrouping(run, grouping_end)) return true;
  if (GroupLength(run, 0) > 3) return false;
  for (size_t i = 0; i < grouping_end; ++i) {
    if (run.separators[i] != run.separators[0] ||
        run.separators[i] == Separator::kArabicDecimal ||
        run.separators[i] == Separator::kReversedDecimal || GroupLength(run, i + 1) != 3) {
      return false;
    }
  }
  return true;
}

std::string_view GroupText(const DigitRun& run, std::string_view text, size_t i) {
  return text.substr(run.groups[i].begin, GroupLength(run, i));
}

DigitNumber MakeNumber(const DigitRun& run, std::string_view text, size_t first, size_t last,
                       size_t decimal) {
  std::string integer;
  const size_t integer_last = decimal == kNone ? last : decimal;
  for (size_t i = first; i <= integer_last; ++i) integer += GroupText(run, text, i);
  const std::string_view fraction =
      decimal == kNone ? std::string_view() : GroupText(run, text, decimal + 1);
  DigitNumber number;
  number.begin = run.groups[first].begin;
  number.end = run.groups[last].end;
  number.value = *Decimal::FromDigits(integer, fraction);
  number.fraction_digits = static_cast<int>(fraction.size());
  return number;
}

}  // namespace

bool SplitDigitRun(std::string_view run_text, size_t base, DigitRun* out) {
  out->groups.clear();
  out->separators.clear();
  size_t i = 0;
  while (i < run_text.size()) {
    const size_t start = i;
    while (i < run_text.size() && scan::IsAsciiDigit(run_text[i])) ++i;
    if (i == start) return false;
    out->groups.push_back({base + start, base + i});
    if (i == run_text.size()) break;
    Separator kind;
    const size_t length = SeparatorAt(run_text, i, &kind);
    if (length == 0) return false;
    out->separators.push_back(kind);
    i += length;
  }
  return !out->groups.empty() && out->groups.size() == out->separators.size() + 1;
}

void ObserveConvention(const DigitRun& run, std::string_view text, SeparatorConvention* c) {
  const Reading r = ChooseDecimal(run, text, SeparatorConvention{});
  if (r.ambiguous || !IsWellFormed(run, r)) return;
  for (size_t i = 0; i < run.separators.size(); ++i) {
    const bool decimal = i == r.decimal;
    if (IsCommaLike(run.separators[i])) {
      (decimal ? c->comma_decimal : c->comma_grouping) = true;
    } else if (run.separators[i] == Separator::kDot) {
      (decimal ? c->dot_decimal : c->dot_grouping) = true;
    }
  }
}

std::vector<DigitNumber> ReadDigitRun(const DigitRun& run, std::string_view text,
                                      const SeparatorConvention& convention) {
  if (run.separators.size() == 1 && run.separators[0] == Separator::kReversedDecimal) {
    DigitNumber number;  // "5ر3": the fraction is written first
    number.begin = run.groups[0].begin;
    number.end = run.groups[1].end;
    number.value = *Decimal::FromDigits(GroupText(run, text, 1), GroupText(run, text, 0));
    number.fraction_digits = static_cast<int>(GroupLength(run, 0));
    return {number};
  }
  const Reading r = ChooseDecimal(run, text, convention);
  if (IsWellFormed(run, r)) {
    DigitNumber number = MakeNumber(run, text, 0, run.groups.size() - 1, r.decimal);
    number.separator_guessed = r.guessed;
    if (r.ambiguous) {
      const size_t other = r.decimal == kNone ? run.separators.size() - 1 : kNone;
      number.alternative = MakeNumber(run, text, 0, run.groups.size() - 1, other).value;
    }
    return {number};
  }
  std::vector<DigitNumber> numbers;
  for (size_t i = 0; i < run.groups.size(); ++i) {
    numbers.push_back(MakeNumber(run, text, i, i, kNone));
  }
  return numbers;
}

}  // namespace mizan::numerals
