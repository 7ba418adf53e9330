#ifndef MIZAN_CORE_SCAN_DIGIT_SCANNER_H_
#define MIZAN_CORE_SCAN_DIGIT_SCANNER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "core/numerals/digit_number.h"
#include "re2/re2.h"

namespace mizan::scan {

// A digit run found in the normalized text, with the sign written before it.
struct FoundRun {
  numerals::DigitRun run;
  size_t begin = 0;  // the sign if there is one, else the first digit
  size_t end = 0;    // past the last digit
  bool negative = false;
};

// Finds every digit run in one pass of `pattern` (Engine::digit_run()) over the normalized
// text. Runs glued to a Latin letter before them are parts of names ("G7", "H1N1",
// "COVID-19") and are left out. Arabic letters glued before digits are clitics or a glued
// word ("و14000", "ب120", "عام2022") and do not stop a number.
std::vector<FoundRun> FindDigitRuns(const re2::RE2& pattern, std::string_view text);

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_DIGIT_SCANNER_H_
