#include "core/claims/digit_script.h"

#include "absl/strings/ascii.h"
#include "core/scan/text_cursor.h"
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

}  // namespace

std::string DigitScript(std::string_view original) {
  constexpr int kNone = -2;
  int found = kNone;
  size_t pos = 0;
  while (pos < original.size()) {
    size_t length = 1;
    const char32_t c = scan::NextCodePoint(original, pos, &length);
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
