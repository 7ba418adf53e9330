#include "core/numerals/vulgar_fraction.h"

#include <cmath>

#include "core/text/utf8.h"
#include "unicode/uchar.h"

namespace mizan::numerals {

std::optional<VulgarFraction> VulgarFractionAt(std::string_view text, size_t pos) {
  if (pos >= text.size() || !MayStartVulgarFraction(static_cast<unsigned char>(text[pos]))) {
    return std::nullopt;
  }
  const text::Decoded d = text::DecodeAt(text, pos);
  if (d.length == 0) return std::nullopt;
  const auto c = static_cast<UChar32>(d.code_point);
  if (u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NUMERIC) return std::nullopt;
  const double value = u_getNumericValue(c);
  if (!(value > 0 && value < 1)) return std::nullopt;  // "↉" is 0/3; "Ⅻ" and "²" are no fractions
  // ICU gives the value as a double: the smallest denominator that makes it whole is the one
  // the character shows (⅔ is 0.666…, 2/3; ⅜ is 0.375, 3/8).
  for (uint64_t denominator = 2; denominator <= 16; ++denominator) {
    const double numerator = value * static_cast<double>(denominator);
    if (std::fabs(numerator - std::round(numerator)) < 1e-9) {
      return VulgarFraction{static_cast<uint64_t>(std::round(numerator)), denominator, d.length};
    }
  }
  return std::nullopt;
}

}  // namespace mizan::numerals
