#include "core/text/normalized_text.h"

#include <algorithm>

#include "core/data/tsv.h"
#include "core/text/utf8.h"
#include "unicode/uchar.h"

namespace mizan::text {
namespace {

constexpr char32_t kGroupingSpace = 0x00A0;

// Invisible characters that only steer rendering: they may sit inside a number or a word
// (a bidi mark between digits hides a decimal otherwise).
bool IsFormatControl(char32_t c) {
  return (c >= 0x200B && c <= 0x200F) || c == 0x061C || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

bool IsArabicBlock(char32_t c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

bool IsTatweelOrArabicMark(char32_t c) {
  return c == 0x0640 || (IsArabicBlock(c) && u_charType(c) == U_NON_SPACING_MARK);
}

bool IsGroupingSpace(char32_t c) {
  return c == 0x00A0 || c == 0x2007 || c == 0x202F || c == 0x2009;
}

char32_t FirstCodePoint(std::string_view s) {
  if (s.empty()) return 0;
  const Decoded d = DecodeAt(s, 0);
  return d.length == s.size() ? d.code_point : 0;
}

}  // namespace

size_t NormalizedText::ToOriginalStart(size_t n) const {
  auto it = std::upper_bound(breaks_.begin(), breaks_.end(), n,
                             [](size_t v, const auto& b) { return v < b.first; });
  const int64_t delta = it == breaks_.begin() ? 0 : std::prev(it)->second;
  return static_cast<size_t>(static_cast<int64_t>(n) + delta);
}

size_t NormalizedText::ToOriginalEnd(size_t n) const {
  if (n == 0) return ToOriginalStart(0);
  size_t last = n - 1;
  while (last > 0 && (static_cast<unsigned char>(text_[last]) & 0xC0) == 0x80) --last;
  const size_t start = ToOriginalStart(last);
  // The input was checked when it was normalized: its lead byte gives the length.
  const auto lead = static_cast<unsigned char>(original_[start]);
  return start + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4);
}

Normalizer::Normalizer(std::string_view folds) {
  for (const auto& cols : data::ReadTsv(folds)) {
    if (cols.size() < 2) continue;
    const char32_t from = FirstCodePoint(cols[0]);
    const char32_t to = FirstCodePoint(cols[1]);
    if (from != 0 && to != 0) folds_[from] = to;
  }
  // The letters of most text, Arabic's among them, are looked up rather than classified.
  for (char32_t c = 0; c < kTableSize; ++c) {
    char32_t mapped;
    table_[c] = Map(c, &mapped) ? mapped : kSkip;
  }
}

char32_t Normalizer::Mapped(char32_t c) const {
  char32_t out;
  return Map(c, &out) ? out : kSkip;
}

bool Normalizer::Map(char32_t c, char32_t* out) const {
  if (IsFormatControl(c) || IsTatweelOrArabicMark(c)) return false;
  if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
    *out = U'0' + u_charDigitValue(c);
  } else if (IsGroupingSpace(c)) {
    *out = kGroupingSpace;
  } else if (u_charType(c) == U_SPACE_SEPARATOR) {
    *out = U' ';
  } else if (c == 0x2212) {
    *out = U'-';
  } else if (auto it = folds_.find(c); it != folds_.end()) {
    *out = it->second;
  } else {
    *out = c;
  }
  return true;
}

bool Normalizer::Normalize(std::string_view input, NormalizedText* out,
                           size_t* bad_offset) const {
  out->original_ = input;
  out->text_.clear();
  out->text_.reserve(input.size());
  out->breaks_.clear();
  int64_t delta = 0;
  size_t pos = 0;
  size_t copied = 0;  // input[copied, pos) is unchanged and not yet appended
  const char32_t* table = table_.data();  // in a register, not reloaded at every character
  while (pos < input.size()) {
    const unsigned char b = static_cast<unsigned char>(input[pos]);
    if (b < 0x80) {
      ++pos;
      continue;
    }
    char32_t code_point, mapped;
    size_t length;
    const unsigned char next = pos + 1 < input.size() ? static_cast<unsigned char>(input[pos + 1]) : 0;
    if (b >= 0xC2 && b < 0xE0 && (next & 0xC0) == 0x80) {  // two bytes: Arabic's letters
      code_point = static_cast<char32_t>((b & 0x1F) << 6 | (next & 0x3F));
      length = 2;
      mapped = table[code_point];
    } else {
      const Decoded d = DecodeAt(input, pos);
      if (d.length == 0) {
        *bad_offset = pos;
        return false;
      }
      code_point = d.code_point;
      length = d.length;
      mapped = code_point < kTableSize ? table[code_point] : Mapped(code_point);
    }
    const bool kept = mapped != kSkip;
    if (kept && mapped == code_point) {  // unchanged: the offsets keep their difference
      pos += length;
      continue;
    }
    out->text_.append(input, copied, pos - copied);
    if (kept) AppendUtf8(mapped, &out->text_);
    pos += length;
    copied = pos;
    // Only a code point that changed length or vanished moves the difference between the two
    // offsets, for everything after it.
    const size_t n = out->text_.size();
    const int64_t moved = static_cast<int64_t>(pos) - static_cast<int64_t>(n);
    if (moved == delta) continue;
    delta = moved;
    if (!out->breaks_.empty() && out->breaks_.back().first == n) {
      out->breaks_.back().second = delta;
    } else {
      out->breaks_.emplace_back(static_cast<uint32_t>(n), delta);
    }
  }
  out->text_.append(input, copied, pos - copied);
  return true;
}

std::string Normalizer::Fold(std::string_view s) const {
  std::string out;
  size_t pos = 0;
  while (pos < s.size()) {
    const Decoded d = DecodeAt(s, pos);
    if (d.length == 0) return out;  // lexicon data is ours and valid; stop rather than guess
    char32_t mapped;
    if (Map(d.code_point, &mapped)) AppendUtf8(mapped, &out);
    pos += d.length;
  }
  return out;
}

}  // namespace mizan::text
