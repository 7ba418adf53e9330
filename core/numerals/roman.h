#ifndef MIZAN_CORE_NUMERALS_ROMAN_H_
#define MIZAN_CORE_NUMERALS_ROMAN_H_

#include <optional>
#include <string_view>

namespace mizan::numerals {

// The value of a Roman numeral in capitals and in its one standard spelling (1..3999): "IV",
// "XIX", "MMXXII". Nothing for any other spelling ("IIII", "IC", "iv"), so that a word in
// capitals that only looks like one is left alone.
std::optional<int> ReadRoman(std::string_view numeral);

}  // namespace mizan::numerals

#endif  // MIZAN_CORE_NUMERALS_ROMAN_H_
