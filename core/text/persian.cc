#include "core/text/persian.h"

#include <cstddef>

namespace mizan::text {
namespace {

constexpr int kMargin = 4;

}  // namespace

bool LooksPersian(std::string_view utf8) {
  const LetterSignals s = CountLetterSignals(utf8);
  return s.persian > 0 && s.persian >= kMargin * s.arabic;
}

LetterSignals CountLetterSignals(std::string_view utf8, int enough) {
  int persian = 0, arabic = 0;
  for (size_t i = 0; i + 1 < utf8.size() && persian + arabic < enough; ++i) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    if (lead < 0xD8 || lead > 0xDB) continue;  // all of these letters are two bytes, U+06xx
    const auto trail = static_cast<unsigned char>(utf8[i + 1]);
    const char32_t c = static_cast<char32_t>((lead & 0x1F) << 6 | (trail & 0x3F));
    switch (c) {
      case U'\u06CC': case U'\u06A9': case U'\u067E': case U'\u0686': case U'\u0698':
      case U'\u06AF':
        ++persian;
        break;
      case U'\u064A': case U'\u0643': case U'\u0629':
        ++arabic;
        break;
      default:
        break;
    }
    ++i;  // the trail byte
  }
  return {persian, arabic};
}

}  // namespace mizan::text
