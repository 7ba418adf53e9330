#include "core/scan/digit_scanner.h"

#include "core/scan/text_cursor.h"

namespace mizan::scan {
namespace {

bool IsSign(char32_t c) { return c == U'-' || c == U'+'; }

bool IsAlnum(char32_t c) { return IsLetter(c) || (c >= U'0' && c <= U'9'); }

}  // namespace

std::vector<FoundRun> FindDigitRuns(const re2::RE2& pattern, std::string_view text) {
  std::vector<FoundRun> found;
  re2::StringPiece rest(text.data(), text.size());
  re2::StringPiece match;
  while (re2::RE2::FindAndConsume(&rest, pattern, &match)) {
    FoundRun f;
    f.begin = static_cast<size_t>(match.data() - text.data());
    f.end = f.begin + match.size();
    size_t before_start = f.begin;
    const char32_t before = PreviousCodePoint(text, f.begin, &before_start);
    if (IsLatinLetter(before)) continue;
    if (IsSign(before)) {
      const char32_t earlier = PreviousCodePoint(text, before_start);
      if (IsLatinLetter(earlier)) continue;  // "COVID-19"
      if (!IsAlnum(earlier)) {               // "-5", " +3"; not "2020-2021"
        f.negative = before == U'-';
        f.begin = before_start;
      }
    }
    if (!numerals::SplitDigitRun(std::string_view(match.data(), match.size()),
                                 f.end - match.size(), &f.run)) {
      continue;
    }
    found.push_back(std::move(f));
  }
  return found;
}

}  // namespace mizan::scan
