#include "core/text/normalized_text.h"

#include <algorithm>
#include <cstring>

#include "core/data/tsv.h"
#include "core/text/utf8.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"

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

void NormalizedText::IndexBreaks() {
  block_first_.assign(text_.size() / kBlock + 2, 0);
  size_t j = 0;
  for (size_t k = 0; k < block_first_.size(); ++k) {
    while (j < breaks_.size() && breaks_[j].first < k * kBlock) ++j;
    block_first_[k] = static_cast<uint32_t>(j);
  }
}

// The first break past n, which lies in n's block or is the first of the next one.
NormalizedText::Breaks::const_iterator NormalizedText::BreakAfter(size_t n) const {
  auto first = breaks_.begin(), last = breaks_.end();
  if (block_first_.size() >= 2) {
    const size_t k = std::min(n / kBlock, block_first_.size() - 2);
    first = breaks_.begin() + block_first_[k];
    last = breaks_.begin() + block_first_[k + 1];
  }
  return std::upper_bound(first, last, n, [](size_t v, const auto& b) { return v < b.first; });
}

// `n` moved by the difference of the last break before `after`, the break after n.
size_t NormalizedText::Shifted(size_t n, Breaks::const_iterator after) const {
  const int64_t delta = after == breaks_.begin() ? 0 : std::prev(after)->second;
  return static_cast<size_t>(static_cast<int64_t>(n) + delta);
}

size_t NormalizedText::ToOriginalStart(size_t n) const { return Shifted(n, BreakAfter(n)); }

size_t NormalizedText::ToOriginalEnd(size_t n) const {
  if (n == 0) return ToOriginalStart(0);
  // Without a break at n the last character kept its length and nothing after it was
  // dropped: it ends where the next one starts, and the input need not be read.
  if (const auto it = BreakAfter(n); it == breaks_.begin() || std::prev(it)->first != n) {
    return Shifted(n, it);
  }
  size_t last = n - 1;
  while (last > 0 && (static_cast<unsigned char>(text_[last]) & 0xC0) == 0x80) --last;
  const size_t start = ToOriginalStart(last);
  // The input was checked when it was normalized: its lead byte gives the length.
  const auto lead = static_cast<unsigned char>(original_[start]);
  size_t end = start + (lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4);
  // The marks over the last letter and a tatweel after it, which normalization dropped, end
  // with it: "عاماً", "1444 هـ".
  while (end < original_.size()) {
    const Decoded d = DecodeAt(original_, end);
    if (d.length != 2 || !IsTatweelOrArabicMark(d.code_point)) break;  // the Arabic block's own
    end += d.length;
  }
  return end;
}

Normalizer::Normalizer(std::string_view folds) {
  for (const auto& cols : data::ReadTsv(folds)) {
    if (cols.size() < 2) continue;
    const char32_t from = FirstCodePoint(cols[0]);
    const char32_t to = FirstCodePoint(cols[1]);
    if (from != 0 && to != 0) folds_[from] = to;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  for (char32_t c = kPresentationFirst; c <= kPresentationLast; ++c) {
    std::u32string& letters = presentation_.emplace_back();
    if (U_FAILURE(status) || IsFormatControl(c)) continue;
    icu::UnicodeString decomposed;
    if (!nfkc->getDecomposition(static_cast<UChar32>(c), decomposed)) continue;
    for (int32_t i = 0; i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
      char32_t mapped;
      if (Map(decomposed.char32At(i), &mapped)) letters.push_back(mapped);
    }
  }
  // The letters of most text, Arabic's among them, are looked up rather than classified.
  for (char32_t c = 0; c < kTableSize; ++c) {
    char32_t mapped;
    table_[c] = Map(c, &mapped) ? mapped : kSkip;
    if (c >= 0x80 && table_[c] >= 0x80 && table_[c] < kTableSize) {
      const char bytes[2] = {static_cast<char>(0xC0 | (mapped >> 6)),
                             static_cast<char>(0x80 | (mapped & 0x3F))};
      std::memcpy(&two_bytes_[(c >> 6) << 8 | 0x80 | (c & 0x3F)], bytes, 2);
    }
  }
}

char32_t Normalizer::Mapped(char32_t c) const {
  if (c < kTableSize) return table_[c];
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

namespace {

// Writes c as UTF-8 at out[n], making room first; returns the new length.
size_t PutUtf8(char32_t c, size_t n, std::string* out) {
  if (n + 4 > out->size()) out->resize(std::max(out->size() * 2, n + 4));
  char* p = out->data() + n;
  if (c < 0x80) {
    p[0] = static_cast<char>(c);
    return n + 1;
  }
  if (c < 0x800) {
    p[0] = static_cast<char>(0xC0 | (c >> 6));
    p[1] = static_cast<char>(0x80 | (c & 0x3F));
    return n + 2;
  }
  if (c < 0x10000) {
    p[0] = static_cast<char>(0xE0 | (c >> 12));
    p[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    p[2] = static_cast<char>(0x80 | (c & 0x3F));
    return n + 3;
  }
  p[0] = static_cast<char>(0xF0 | (c >> 18));
  p[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  p[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  p[3] = static_cast<char>(0x80 | (c & 0x3F));
  return n + 4;
}

}  // namespace

// Every character is written out, ASCII and two-byte letters by the fast paths; the rest is
// decoded, checked and mapped one by one. Output is never longer than input in practice
// (folds keep a letter's length, drops and digits shorten), but PutUtf8 makes room if it is.
bool Normalizer::Normalize(std::string_view input, NormalizedText* out,
                           size_t* bad_offset) const {
  out->original_ = input;
  out->breaks_.clear();
  std::string& text = out->text_;
  text.resize(input.size());
  const uint16_t* two_bytes = two_bytes_.data();
  const auto* in = reinterpret_cast<const unsigned char*>(input.data());
  const size_t size = input.size();
  int64_t delta = 0;
  size_t pos = 0, n = 0;
  while (pos < size) {
    // The fast paths move input and output by the same length, so one bound keeps both a
    // letter's two bytes to read and room for two to write. They write through a local
    // pointer: a store through the string's own char reference may alias anything, and would
    // reload its data and size after every byte.
    const size_t room = text.size() - n;
    const unsigned char* p = in + pos;
    const unsigned char* const stop = in + (room < 2 ? pos : std::min(size - 1, pos + room - 1));
    char* dst = text.data() + n;
    while (p < stop) {
      const unsigned char b = *p;
      if (b < 0x80) {
        *dst++ = static_cast<char>(b);
        ++p;
        continue;
      }
      const unsigned lead = b - 0xC0u;  // two-byte leads are 0xC0..0xDF
      if (lead >= 32) break;
      const uint16_t pair = two_bytes[lead << 8 | p[1]];
      if (pair == 0) break;  // a continuation byte missing, an overlong form, or no letter
      std::memcpy(dst, &pair, 2);
      dst += 2;
      p += 2;
    }
    pos = static_cast<size_t>(p - in);
    n = static_cast<size_t>(dst - text.data());
    if (pos >= size) break;
    // The rest, and anything at the end of the room, one code point at a time.
    const Decoded d = DecodeAt(input, pos);
    if (d.length == 0) {
      *bad_offset = pos;
      return false;
    }
    // Only a code point that changed length or vanished moves the difference between the two
    // offsets, for everything after it.
    const auto shift = [&](int64_t moved) {
      if (moved == delta) return;
      delta = moved;
      if (!out->breaks_.empty() && out->breaks_.back().first == n) {
        out->breaks_.back().second = delta;
      } else {
        out->breaks_.emplace_back(static_cast<uint32_t>(n), delta);
      }
    };
    if (const std::u32string* letters = Presentation(d.code_point); letters && !letters->empty()) {
      for (size_t i = 0; i < letters->size(); ++i) {
        // The second letter of a ligature and those after it start where the ligature does.
        if (i > 0) shift(static_cast<int64_t>(pos) - static_cast<int64_t>(n));
        n = PutUtf8((*letters)[i], n, &text);
      }
    } else {
      const char32_t mapped = Mapped(d.code_point);
      if (mapped != kSkip) n = PutUtf8(mapped, n, &text);
    }
    pos += d.length;
    shift(static_cast<int64_t>(pos) - static_cast<int64_t>(n));
  }
  text.resize(n);
  out->IndexBreaks();
  return true;
}

std::string Normalizer::Fold(std::string_view s) const {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    const Decoded d = DecodeAt(s, pos);
    if (d.length == 0) return out;  // lexicon data is ours and valid; stop rather than guess
    if (const std::u32string* letters = Presentation(d.code_point); letters && !letters->empty()) {
      for (char32_t c : *letters) AppendUtf8(c, &out);
    } else if (const char32_t mapped = Mapped(d.code_point); mapped == d.code_point) {
      out.append(s, pos, d.length);  // most characters of a phrase stand as they are
    } else if (mapped != kSkip) {
      AppendUtf8(mapped, &out);
    }
    pos += d.length;
  }
  return out;
}

}  // namespace mizan::text
