#ifndef MIZAN_CORE_NUMERALS_WORD_LEXICON_H_
#define MIZAN_CORE_NUMERALS_WORD_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "core/numerals/decimal.h"
#include "core/text/normalized_text.h"

namespace mizan::numerals {

// What a number word does in a number phrase. The data files document each role.
enum class Role {
  kZero, kUnit, kUnitWeak, kUnitPair, kTen, kTeen, kTens, kHundred, kHundreds,
  kScale, kScaleDual, kScaleAcc, kScalePlural, kVague, kDozen, kArticle,
  kFew,  // "several", "a few", "بضعة", "عدة": only before a scale, which it makes vague
  kFraction, kFractionConj, kFractionDual, kFractionPlural,
  kMinus, kPoint,
  kOrdinal, kOrdinalDef, kOrdinalOne, kOrdinalTeen, kOrdinalTens, kOrdinalScale,
  kScaleAbbrev,  // "bn", "m": a scale glued to digits ("1.2bn")
};

struct WordEntry {
  Decimal value;
  Role role = Role::kUnit;
  bool inexact = false;    // the value is a rounded fraction (a third)
  bool homograph = false;  // a word of another language too (Persian نود, Arabic "we want")
};

// The number words of one language, from a data file of "FORM<TAB>VALUE<TAB>ROLE" lines,
// keyed by their folded, lowercased form.
class WordLexicon {
 public:
  WordLexicon(std::string_view tsv, const text::Normalizer& normalizer);

  const WordEntry* Find(std::string_view folded_word) const;
  // The forms that can start a number phrase, for the scanner's pattern (not "a", "and"-like
  // joiners or abbreviations, which would make every "a" a candidate).
  std::vector<std::string> StartForms() const;
  bool empty() const { return entries_.empty(); }

 private:
  absl::flat_hash_map<std::string, WordEntry> entries_;
};

}  // namespace mizan::numerals

#endif  // MIZAN_CORE_NUMERALS_WORD_LEXICON_H_
