#ifndef MIZAN_CORE_NUMERALS_VULGAR_FRACTION_H_
#define MIZAN_CORE_NUMERALS_VULGAR_FRACTION_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace mizan::numerals {

// A fraction written as one character: "½", "⅔", "¾", "⅛".
struct VulgarFraction {
  uint64_t numerator = 0;
  uint64_t denominator = 1;
  size_t length = 0;  // its bytes in the text
};

// The vulgar fraction at `pos` of valid UTF-8 text, if one starts there. Unicode's numeric
// values say which characters are fractions, so every one it knows is read, and only those.
std::optional<VulgarFraction> VulgarFractionAt(std::string_view text, size_t pos);

// Whether the byte may start a vulgar fraction: the first byte of U+00BC..U+00BE and of
// U+2150..U+218F. A quick test before the one above.
inline bool MayStartVulgarFraction(unsigned char byte) { return byte == 0xC2 || byte == 0xE2; }

}  // namespace mizan::numerals

#endif  // MIZAN_CORE_NUMERALS_VULGAR_FRACTION_H_
