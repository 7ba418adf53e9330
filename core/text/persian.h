#ifndef MIZAN_CORE_TEXT_PERSIAN_H_
#define MIZAN_CORE_TEXT_PERSIAN_H_

#include <string_view>

namespace mizan::text {

// Whether the letters of `utf8` are written the Persian way. Persian and Arabic share most
// letters, and several Persian number words are Arabic words too (نود "we want", صد "to
// repel"), so Persian number words are read only where the spelling says Persian: the letters
// Arabic does not use (ی ک پ چ ژ گ) outnumber those Persian does not use (ي ك ة) four to
// one. Arabic typed on a Persian keyboard keeps its ة and stays Arabic. Reads the text only
// until enough such letters have told the two apart, so a long text costs no more than a
// short one.
bool LooksPersian(std::string_view utf8);

// The letters of `utf8` that only Persian uses (ی ک پ چ ژ گ) and those that only Arabic uses
// (ي ك ة), counted until `enough` of either.
struct LetterSignals {
  int persian = 0;
  int arabic = 0;
};
inline constexpr int kEnoughLetters = 64;  // a few sentences of either language
LetterSignals CountLetterSignals(std::string_view utf8, int enough = kEnoughLetters);

}  // namespace mizan::text

#endif  // MIZAN_CORE_TEXT_PERSIAN_H_
