#ifndef MIZAN_CORE_SCAN_TEXT_CURSOR_H_
#define MIZAN_CORE_SCAN_TEXT_CURSOR_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace mizan::scan {

// Small questions about the normalized text around a match. RE2 has no lookaround and its
// \b is ASCII-only, so word boundaries in Arabic are decided here, around each match.

namespace internal {
// IsLetter for each code point below 0x800 (Latin to Arabic), one bit each, from ICU once:
// the scan asks at every character.
const uint64_t* LetterBits();
// The same for two-byte characters, indexed by both bytes: (lead - 0xC0) << 8 | trail, so that
// a letter of Arabic is told by one load, with no decoding; a trail that is none is no letter.
const uint64_t* TwoByteLetterBits();
// The same indexed by two bytes as one little-endian number, lead | trail << 8, a byte each
// (64 KiB): one load tells whether two bytes are a letter, or two ASCII letters.
const uint8_t* LetterPairBytes();
bool IsLetterByIcu(char32_t c);
char32_t DecodeSlowly(std::string_view text, size_t pos, size_t* length);
char32_t PreviousSlowly(std::string_view text, size_t pos, size_t* start);
}  // namespace internal

// The code point that ends just before `pos`, or 0 at the start; *start is where it starts.
inline char32_t PreviousCodePoint(std::string_view text, size_t pos, size_t* start = nullptr) {
  if (pos == 0 || pos > text.size()) return 0;
  const auto last = static_cast<unsigned char>(text[pos - 1]);
  if (last < 0x80) {
    if (start) *start = pos - 1;
    return last;
  }
  const auto lead = pos >= 2 ? static_cast<unsigned char>(text[pos - 2]) : 0;
  if (lead >= 0xC2 && lead < 0xE0 && (last & 0xC0) == 0x80) {
    if (start) *start = pos - 2;
    return static_cast<char32_t>((lead & 0x1F) << 6 | (last & 0x3F));
  }
  return internal::PreviousSlowly(text, pos, start);
}

// The code point that starts at `pos`, or 0 at the end. One and two bytes are decoded here,
// since nearly every character of Arabic or English text is one of them.
inline char32_t NextCodePoint(std::string_view text, size_t pos, size_t* length = nullptr) {
  if (pos >= text.size()) return 0;
  const auto b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {
    if (length) *length = 1;
    return b;
  }
  if (b >= 0xC2 && b < 0xE0 && pos + 1 < text.size()) {
    const auto trail = static_cast<unsigned char>(text[pos + 1]);
    if ((trail & 0xC0) == 0x80) {
      if (length) *length = 2;
      return static_cast<char32_t>((b & 0x1F) << 6 | (trail & 0x3F));
    }
  }
  return internal::DecodeSlowly(text, pos, length);
}

// A letter of any script, or a non-spacing mark.
inline bool IsLetter(char32_t c) {
  if (c < 0x80) return static_cast<char32_t>((c | 0x20) - 'a') < 26;
  if (c < 0x800) {
    static const uint64_t* const bits = internal::LetterBits();
    return (bits[c >> 6] >> (c & 63)) & 1;
  }
  return internal::IsLetterByIcu(c);
}
bool IsLatinLetter(char32_t c);  // ASCII and Latin-script letters

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
// Whether an ASCII digit stands at `pos` (false past the end).
inline bool DigitAt(std::string_view text, size_t pos) {
  return pos < text.size() && IsAsciiDigit(text[pos]);
}

// The first ASCII digit at or after `pos`, or text.size(): sixteen bytes at a time where the
// machine has SSE2, since most of a text is no digit.
size_t NextAsciiDigit(std::string_view text, size_t pos);

#if defined(__SSE2__)
// 0xFF for each of sixteen bytes that is an ASCII digit, 0 for the others.
inline __m128i AsciiDigitBytes(__m128i v) {
  const __m128i zero = _mm_set1_epi8('0'), nine = _mm_set1_epi8('9');
  // '0' <= v <= '9' as unsigned bytes: v is its own clamp to that range.
  return _mm_cmpeq_epi8(_mm_min_epu8(_mm_max_epu8(v, zero), nine), v);
}
#endif

// The first place at or after `pos` where a character starts: `pos` counted in bytes (back
// from a claim, say) may fall inside one.
inline size_t CharacterStart(std::string_view text, size_t pos) {
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

// Where the run of letters that starts at `pos` ends (`pos` itself when a letter does not
// start there): the loop every word of a text passes through. Two-byte letters, which are
// nearly all of Arabic, and two ASCII letters cost a load of both bytes and one of the table.
inline size_t LetterRunEnd(std::string_view text, size_t pos) {
  if (pos >= text.size()) return pos;
  static const uint8_t* const pairs = internal::LetterPairBytes();
  const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* p = begin + pos;
  const unsigned char* const end = begin + text.size();
  while (p < end) {
    // (`p < end - 1`, its bound computed once: this loop is the scan's hottest.)
    for (const unsigned char* const last = end - 1; p < last; p += 2) {
      const unsigned pair = p[0] | unsigned{p[1]} << 8;
      if (pairs[pair] == 0) break;
    }
    if (p >= end) break;
    const unsigned b = *p;
    if (b < 0x80) {
      if ((b | 0x20u) - 'a' >= 26u) break;
      ++p;
    } else if (b - 0xC0u < 0x20u) {
      break;  // two bytes that are no letter
    } else {
      size_t length = 0;
      if (!IsLetter(internal::DecodeSlowly(text, static_cast<size_t>(p - begin), &length))) break;
      p += length;
    }
  }
  return static_cast<size_t>(p - begin);
}

// The first place at or after `pos` where a letter starts, or text.size() (`pos` where a
// character starts).
inline size_t NextLetter(std::string_view text, size_t pos) {
  static const uint64_t* const two_byte = internal::TwoByteLetterBits();
  while (pos < text.size()) {
    const auto b = static_cast<unsigned char>(text[pos]);
    if (b < 0x80) {
      if ((b | 0x20u) - 'a' < 26u) break;
      ++pos;
    } else if (b - 0xC0u < 0x20u && pos + 1 < text.size()) {
      const unsigned i = (b - 0xC0u) << 8 | static_cast<unsigned char>(text[pos + 1]);
      if ((two_byte[i >> 6] >> (i & 63)) & 1) break;
      pos += 2;
    } else {
      size_t length = 0;
      if (IsLetter(internal::DecodeSlowly(text, pos, &length))) break;
      pos += length;
    }
  }
  return pos;
}

// How many characters `s` holds: a limit of a clause's length read in characters holds for
// Arabic, whose letters take two bytes each, as for English.
inline size_t CharacterCount(std::string_view s) {
  return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char ch) {
    return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  }));
}

// Where the character `count` characters back from `pos` starts (0 at the text's start).
inline size_t CharactersBack(std::string_view text, size_t pos, size_t count) {
  while (pos > 0 && count > 0) {
    --pos;
    if ((static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80) --count;
  }
  return pos;
}

// The run of letters that starts at `pos` (empty when a letter does not start there).
inline std::string_view WordAt(std::string_view text, size_t pos) {
  return text.substr(pos, LetterRunEnd(text, pos) - pos);
}

// Where the run of letters that ends at `pos` starts (`pos` itself when a letter does not end
// there), told like LetterRunEnd().
inline size_t LetterRunStart(std::string_view text, size_t pos) {
  static const uint64_t* const two_byte = internal::TwoByteLetterBits();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (pos > 0) {
    const unsigned last = bytes[pos - 1];
    if (last < 0x80) {
      if ((last | 0x20u) - 'a' >= 26u) break;
      --pos;
    } else if (pos >= 2 && bytes[pos - 2] - 0xC0u < 0x20u) {
      const unsigned i = (bytes[pos - 2] - 0xC0u) << 8 | last;
      if (((two_byte[i >> 6] >> (i & 63)) & 1) == 0) break;
      pos -= 2;
    } else {
      size_t start = pos;
      if (!IsLetter(internal::PreviousSlowly(text, pos, &start))) break;
      pos = start;
    }
  }
  return pos;
}

// The run of letters that ends at `pos` (empty when a letter does not end there).
inline std::string_view WordBefore(std::string_view text, size_t pos) {
  const size_t start = LetterRunStart(text, pos);
  return text.substr(start, pos - start);
}
// Unicode's paragraph and line separators (U+2029, U+2028), which end a line as "\n" does
// (`mizan check --lines` writes a line's paragraphs apart with the first).
inline constexpr std::string_view kParagraphSeparator = "\xE2\x80\xA9";
inline constexpr std::string_view kLineSeparator = "\xE2\x80\xA8";

// ASCII space, tab, or U+00A0 (the normalizer's grouping space, which is also a word space).
inline size_t SpaceLength(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (text[pos] == ' ' || text[pos] == '\t') return 1;
  return text[pos] == '\xC2' && pos + 1 < text.size() && text[pos + 1] == '\xA0' ? 2 : 0;
}

inline size_t SkipSpaces(std::string_view text, size_t pos) {
  while (size_t n = SpaceLength(text, pos)) pos += n;
  return pos;
}

// The start of the run of such spaces that ends at `pos` (`pos` itself when there is none).
inline size_t SkipSpacesBack(std::string_view text, size_t pos) {
  while (pos > 0) {
    if (text[pos - 1] == ' ' || text[pos - 1] == '\t') {
      --pos;
    } else if (pos >= 2 && text[pos - 1] == '\xA0' && text[pos - 2] == '\xC2') {
      pos -= 2;
    } else {
      break;
    }
  }
  return pos;
}

// Whether the text ends right after `at`, past spaces, or one of `marks` stands there, the
// Arabic comma counting as ',': ".\n" for the end of a sentence, ".,;\n" of a clause.
inline bool EndsAt(std::string_view text, size_t at, std::string_view marks) {
  const size_t next = SkipSpaces(text, at);
  if (next >= text.size() || marks.find(text[next]) != std::string_view::npos) return true;
  return marks.find(',') != std::string_view::npos && text.substr(next).starts_with("\xD8\x8C");
}

// Whether the one digit at text[begin, end) is a quarter or a half of a year as the financial
// press writes them, "Q3", "H1": a capital Q before 1 to 4 or H before 1 or 2, in a token of
// its own ("H1N1" is a strain).
bool IsQuarterOrHalf(std::string_view text, size_t begin, size_t end);

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_TEXT_CURSOR_H_
