#include "core/claims/digit_script.h"

#include "absl/strings/ascii.h"
#include "core/text/utf8.h"
#include "unicode/uchar.h"
#include "unicode/uscript.h"

namespace mizan::claims {
namespace {

std::string ScriptOfDigit(char32_t c) {
  if (c < 0x80) return "latin";
  if (c >= 0x0660 && c <= 0x0669) return "arabic-indic";
  if (c >= 0x06F0 && c <= 0x06F9) return "persian";
  if (c >= 0xFF10 && c <= 0xFF19) return "fullwidth";
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  const char* name = U_SUCCESS(status) ? uscript_getName(script) : nullptr;
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
  std::string found;
  size_t pos = 0;
  while (pos < original.size()) {
    const text::Decoded d = text::DecodeAt(original, pos);
    if (d.length == 0) break;
    pos += d.length;
    if (!IsDecimalDigit(d.code_point)) continue;
    std::string script = ScriptOfDigit(d.code_point);
    if (found.empty()) {
      found = std::move(script);
    } else if (found != script) {
      return "mixed";
    }
  }
  return found.empty() ? "words" : found;
}

}  // namespace mizan::claims
