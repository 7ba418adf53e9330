#include "core/claims/digit_script.h"

#include "absl/strings/ascii.h"
#include "core/text/utf8.h"
#include "unicode/uchar.h"
#include "unicode/uscript.h"

namespace mizan::claims {
namespace {

// The script of a digit as a small number, so that digits compare without naming their script:
// the four scripts of most text first, then ICU's script codes after them.
int ScriptKey(char32_t c) {
  if (c < 0x80) return 0;
  if (c >= 0x0660 && c <= 0x0669) return 1;
  if (c >= 0x06F0 && c <= 0x06F9) return 2;
  if (c >= 0xFF10 && c <= 0xFF19) return 3;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  return U_SUCCESS(status) ? 4 + static_cast<int>(script) : -1;
}

std::string ScriptName(int key) {
  static constexpr const char* kNames[] = {"latin", "arabic-indic", "persian", "fullwidth"};
  if (key >= 0 && key < 4) return kNames[key];
  const char* name = key > 0 ? uscript_getName(static_cast<UScriptCode>(key - 4)) : nullptr;
  return name ? absl::AsciiStrToLower(name) : "other";
}

// Whether c is a decimal digit of any script, answered without ICU for ASCII and Arabic.
bool IsDecimalDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  if (c < 0x800) {
    return (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9) ||
           (c >= 0x07C0 && c <= 0x07C9);  // and N'Ko, the one other below U+0800
  }
  return u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER;
}

// The code point of a character of one or two bytes at `pos` (ASCII, Arabic and the other
// scripts below U+0800, which is all a claim of Arabic or English text holds), read without
// the full decoder; `*length` 0 for a longer or broken character.
char32_t ShortCodePoint(std::string_view text, size_t pos, size_t* length) {
  const auto b0 = static_cast<unsigned char>(text[pos]);
  *length = 0;
  if (b0 < 0x80) {
    *length = 1;
    return b0;
  }
  if (b0 < 0xC2 || b0 >= 0xE0 || pos + 1 >= text.size()) return 0;
  const auto b1 = static_cast<unsigned char>(text[pos + 1]);
  if ((b1 & 0xC0) != 0x80) return 0;
  *length = 2;
  return ((b0 & 0x1Fu) << 6) | (b1 & 0x3Fu);
}

}  // namespace

std::string DigitScript(std::string_view original) {
  constexpr int kNone = -2;
  int found = kNone;
  size_t pos = 0;
  while (pos < original.size()) {
    size_t length = 0;
    char32_t c = ShortCodePoint(original, pos, &length);
    if (length == 0) {
      const text::Decoded d = text::DecodeAt(original, pos);
      if (d.length == 0) break;
      c = d.code_point, length = d.length;
    }
    pos += length;
    if (!IsDecimalDigit(c)) continue;
    const int key = ScriptKey(c);
    if (found == kNone) {
      found = key;
    } else if (found != key) {
      return "mixed";
    }
  }
  return found == kNone ? "words" : ScriptName(found);
}

}  // namespace mizan::claims
