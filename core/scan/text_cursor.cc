#include "core/scan/text_cursor.h"

#include <array>

#include "core/text/utf8.h"
#include "unicode/uchar.h"
#include "unicode/uscript.h"

namespace mizan::scan {

namespace internal {

char32_t PreviousSlowly(std::string_view text, size_t pos, size_t* start) {
  size_t i = pos - 1;
  while (i > 0 && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) --i;
  if (start) *start = i;
  return text::DecodeAt(text, i).code_point;
}

char32_t DecodeSlowly(std::string_view text, size_t pos, size_t* length) {
  const text::Decoded d = text::DecodeAt(text, pos);
  // A byte that starts no character (inside one, where a caller counted bytes back) is
  // stepped over as one, so that a walk over the text always moves on.
  if (length) *length = d.length > 0 ? d.length : 1;
  return d.code_point;
}

bool IsLetterByIcu(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c)) ||
         u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

const uint64_t* LetterBits() {
  static const std::array<uint64_t, 0x800 / 64> bits = [] {
    std::array<uint64_t, 0x800 / 64> table{};
    for (char32_t c = 0x80; c < 0x800; ++c) {
      if (IsLetterByIcu(c)) table[c / 64] |= uint64_t{1} << (c % 64);
    }
    return table;
  }();
  return bits.data();
}

const uint64_t* TwoByteLetterBits() {
  static const std::array<uint64_t, 0x2000 / 64> bits = [] {
    std::array<uint64_t, 0x2000 / 64> table{};
    for (unsigned lead = 0xC2; lead < 0xE0; ++lead) {
      for (unsigned trail = 0x80; trail < 0xC0; ++trail) {
        const char32_t c = (lead & 0x1F) << 6 | (trail & 0x3F);
        const unsigned i = (lead - 0xC0) << 8 | trail;
        if (IsLetterByIcu(c)) table[i / 64] |= uint64_t{1} << (i % 64);
      }
    }
    return table;
  }();
  return bits.data();
}

const uint8_t* LetterPairBytes() {
  static const std::array<uint8_t, 0x10000> bytes = [] {
    std::array<uint8_t, 0x10000> table{};
    const uint64_t* two_byte = TwoByteLetterBits();
    for (unsigned lead = 0xC2; lead < 0xE0; ++lead) {
      for (unsigned trail = 0x80; trail < 0xC0; ++trail) {
        const unsigned i = (lead - 0xC0) << 8 | trail;
        const unsigned pair = lead | trail << 8;
        table[pair] = (two_byte[i / 64] >> (i % 64)) & 1;
      }
    }
    // Two ASCII letters in a row, so that English words pass two bytes a load too.
    const auto ascii_letter = [](unsigned b) { return (b | 0x20u) - 'a' < 26u; };
    for (unsigned first = 0; first < 0x80; ++first) {
      for (unsigned second = 0; second < 0x80; ++second) {
        const unsigned pair = first | second << 8;
        table[pair] = ascii_letter(first) && ascii_letter(second);
      }
    }
    return table;
  }();
  return bytes.data();
}

}  // namespace internal

size_t NextAsciiDigit(std::string_view text, size_t pos) {
#if defined(__SSE2__)
  for (; pos + 16 <= text.size(); pos += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    if (const int mask = _mm_movemask_epi8(AsciiDigitBytes(v))) {
      return pos + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
  }
#endif
  while (pos < text.size() && !IsAsciiDigit(text[pos])) ++pos;
  return pos;
}

bool IsQuarterOrHalf(std::string_view text, size_t begin, size_t end) {
  if (begin == 0 || end != begin + 1) return false;
  const char period = text[begin - 1], digit = text[begin];
  if (!(period == 'Q' && digit >= '1' && digit <= '4') &&
      !(period == 'H' && (digit == '1' || digit == '2'))) {
    return false;
  }
  const auto in_a_token = [](char32_t c) {
    return IsLetter(c) || (c < 0x80 && IsAsciiDigit(static_cast<char>(c)));
  };
  return !in_a_token(PreviousCodePoint(text, begin - 1)) && !in_a_token(NextCodePoint(text, end));
}

bool IsLatinLetter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  UErrorCode status = U_ZERO_ERROR;
  return u_isalpha(static_cast<UChar32>(c)) &&
         uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_LATIN;
}

}  // namespace mizan::scan
