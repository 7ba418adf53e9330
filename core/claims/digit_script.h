#ifndef MIZAN_CORE_CLAIMS_DIGIT_SCRIPT_H_
#define MIZAN_CORE_CLAIMS_DIGIT_SCRIPT_H_

#include <string>
#include <string_view>

namespace mizan::claims {

// The name of the script of the decimal digits in `original` (the caller's bytes of one
// claim): "latin" (ASCII), "arabic-indic" (U+0660..), "persian" (U+06F0..), "fullwidth",
// otherwise the lowercased ICU script name ("devanagari", "thai", ...). "mixed" when digits of
// more than one script occur, "words" when there is no digit at all.
std::string DigitScript(std::string_view original);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_DIGIT_SCRIPT_H_
