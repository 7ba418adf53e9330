#ifndef MIZAN_CORE_NUMERALS_DIGIT_NUMBER_H_
#define MIZAN_CORE_NUMERALS_DIGIT_NUMBER_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "core/numerals/decimal.h"

namespace mizan::numerals {

// The characters that may join digit groups inside one written number.
enum class Separator {
  kComma,            // ,  grouping or decimal: decided per number, then per document
  kDot,              // .  grouping or decimal: decided per number, then per document
  kArabicDecimal,    // ٫ U+066B, always decimal
  kArabicThousands,  // ٬ U+066C, always grouping
  kApostrophe,       // '  always grouping (Swiss style)
  kSpace,            // U+00A0 after normalization (NBSP, thin and narrow spaces), or a plain
                     // space where the scanner found only groups of three after it; grouping
  kArabicComma,      // ، U+060C directly between digits: like ',' ("8،4", "12،220,13")
  kReversedDecimal,  // ر between digits, Tunisian agency style: "5ر3" is 3.5 (fraction first)
};

// A run of ASCII digit groups joined by single separators, as the scanner found it in the
// normalized text: "31,000", "2.5", "1 000 000". Offsets are into the normalized text.
struct DigitRun {
  struct Group {
    size_t begin = 0;
    size_t end = 0;
  };
  std::vector<Group> groups;          // at least one
  std::vector<Separator> separators;  // separators[i] sits between groups[i] and groups[i+1]
};

// Splits the text of a run into groups and separators. `base` is the offset of `run_text`
// in the normalized text. Returns false if the text is not a digit run.
bool SplitDigitRun(std::string_view run_text, size_t base, DigitRun* out);

// What a document's unambiguous numbers say about its use of ',' and '.'.
struct SeparatorConvention {
  bool comma_decimal = false;
  bool comma_grouping = false;
  bool dot_decimal = false;
  bool dot_grouping = false;
};

// Adds what `run` shows unambiguously ("2,5" shows a decimal comma; "1,234,567" grouping
// commas; "31,000" shows nothing).
void ObserveConvention(const DigitRun& run, std::string_view text, SeparatorConvention* c);

// One number read from a run.
struct DigitNumber {
  size_t begin = 0;  // normalized offsets of its first and past its last digit
  size_t end = 0;
  Decimal value;
  int fraction_digits = 0;         // digits written after the decimal separator
  bool separator_guessed = false;  // ',' or '.' read by the document's convention, which
                                   // its other numbers contradict
  std::optional<Decimal> alternative;  // the other reading of a lone ",ddd" or ".ddd"
};

// Reads the numbers in a run. A run whose separators form one well-grouped number gives one
// number; otherwise every group is a number of its own ("2017.03.27", "1,2,3").
// Marks of two kinds make the later one decimal ("1.234,5", "12،220,13").
//
// A lone ',' or '.' followed by exactly three digits ("31,000", "1.500") is ambiguous: a comma
// is read as grouping and a dot as decimal, unless the document's unambiguous numbers use the
// other convention, in which case the reading follows them and is marked as guessed.
std::vector<DigitNumber> ReadDigitRun(const DigitRun& run, std::string_view text,
                                      const SeparatorConvention& convention);

}  // namespace mizan::numerals

#endif  // MIZAN_CORE_NUMERALS_DIGIT_NUMBER_H_
