#ifndef MIZAN_CORE_NUMERALS_WORD_NUMBER_H_
#define MIZAN_CORE_NUMERALS_WORD_NUMBER_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/numerals/decimal.h"
#include "core/numerals/word_lexicon.h"

namespace mizan::numerals {

// A number written in words, read from a phrase of the normalized text.
struct WordNumber {
  size_t begin = 0;  // normalized offsets of the phrase, clitics excluded
  size_t end = 0;
  Decimal value;
  bool ordinal = false;
  bool definite = false;  // the first word has the article
  bool vague = false;    // "عشرات", "hundreds of": value is a lower bound
  bool inexact = false;  // built on a rounded fraction
};

// Reads the longest well-formed number phrase that starts with the word at `pos`: the whole
// phrase must make one number (ثمانية وستين is 68, never 8), and it ends before the first
// word that cannot continue it. Returns nothing when the word at `pos` starts no number, or
// when what it starts is a homograph standing alone (أحد "someone", الاثنين "Monday").
std::optional<WordNumber> ReadArabicWords(const WordLexicon& lexicon, std::string_view text,
                                          size_t pos);
std::optional<WordNumber> ReadEnglishWords(const WordLexicon& lexicon, std::string_view text,
                                           size_t pos);
// Persian words carry no clitics: the lexicon's forms are looked up as they stand.
std::optional<WordNumber> ReadPersianWords(const WordLexicon& lexicon, std::string_view text,
                                           size_t pos);

// "3 ملايين ونصف", "2 million and a half", "مليونان ونصف المليون": the fraction of a scale
// that follows the scale word ending at `pos`, joined by و or "and (a)", with the scale named
// again if it is. The value is the fraction times the scale (500000 for "ونصف" after
// "ملايين"); nothing when no such fraction follows.
std::optional<WordNumber> ReadFractionAfterScale(const WordLexicon& lexicon, std::string_view text,
                                                 size_t pos, const Decimal& scale, bool english);

}  // namespace mizan::numerals

#endif  // MIZAN_CORE_NUMERALS_WORD_NUMBER_H_
