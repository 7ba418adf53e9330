#ifndef MIZAN_CORE_SCAN_TEXT_CURSOR_H_
#define MIZAN_CORE_SCAN_TEXT_CURSOR_H_

#include <cstddef>
#include <string_view>

namespace mizan::scan {

// Small questions about the normalized text around a match. RE2 has no lookaround and its
// \b is ASCII-only, so word boundaries in Arabic are decided here, around each match.

// The code point that ends just before `pos`, or 0 at the start.
char32_t PreviousCodePoint(std::string_view text, size_t pos, size_t* start = nullptr);
// The code point that starts at `pos`, or 0 at the end.
char32_t NextCodePoint(std::string_view text, size_t pos, size_t* length = nullptr);

bool IsLetter(char32_t c);       // any script
bool IsLatinLetter(char32_t c);  // ASCII and Latin-script letters
// ASCII space, tab, or U+00A0 (the normalizer's grouping space, which is also a word space).
size_t SpaceLength(std::string_view text, size_t pos);
size_t SkipSpaces(std::string_view text, size_t pos);
// The start of the run of such spaces that ends at `pos` (`pos` itself when there is none).
size_t SkipSpacesBack(std::string_view text, size_t pos);

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_TEXT_CURSOR_H_
