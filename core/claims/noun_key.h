#ifndef MIZAN_CORE_CLAIMS_NOUN_KEY_H_
#define MIZAN_CORE_CLAIMS_NOUN_KEY_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "core/text/normalized_text.h"

namespace mizan::claims {

// Folds the forms of a counted noun to one key, so that checks compare like with like:
// بلد, بلدا, بلدان and بلدانه are all "بلد"; "countries" and "country" are "country".
// Arabic: the article and a glued conjunction go, then a possessive suffix, the accusative
// alef, sound plural and dual endings; broken plurals come from noun_plurals.tsv.
// English: lower case, irregular plurals from the same file, plural -s/-es/-ies.
class NounKeys {
 public:
  NounKeys(std::string_view plurals_tsv, const text::Normalizer& normalizer);

  // `word` is already folded (it comes from the normalized text). `accusative`: an Arabic
  // singular in the accusative, as a number whose last part is 11 to 99 counts it, whose
  // final alef is the tanween's and never the "نا" of a possessive ("66 بروتينا" counts
  // proteins; "مواطنينا" alone is "our citizens").
  std::string Key(std::string_view word, bool accusative = false) const;

  // Whether `word` may be the noun that a number above one counts. English counts in the
  // plural: "in 2014 found", "the 2020 election", "the 2019 coronavirus" count nothing, "5
  // people", "3 cases" do.
  // Any Arabic word may (the singular counts from eleven on: "11 كوكبا").
  bool MayCountMany(std::string_view word) const;

  // Whether the English `word` ends in a plural "-s" (not "-ss", "-us", "-is": "class", "virus",
  // "crisis"); after "one" such a word is a verb ("if one develops").
  static bool EndsLikeAPlural(std::string_view word);

  // Whether the Arabic `word` is a plural: a broken plural of noun_plurals.tsv, or a sound
  // plural in -ات, -ون, -ين ("الولايات", "اللاعبين"), with the article or not.
  bool IsArabicPlural(std::string_view word) const;

  // Whether the Arabic `word` is a plural with a possessive suffix, which makes it definite
  // as the article does: "مبارياته", "سياراتها", "بلدانها".
  bool IsPossessedPlural(std::string_view word) const {
    return WithoutPossessive(word).has_value();
  }

  // `word` without a glued conjunction or preposition and the article: "والبلدان" -> "بلدان".
  static std::string_view WithoutArticle(std::string_view word);

 private:
  std::string ArabicKey(std::string_view word, bool accusative) const;
  std::optional<std::string> WithoutPossessive(std::string_view word) const;
  const std::string* Singular(std::string_view word) const;

  absl::flat_hash_map<std::string, std::string> singulars_;
};

// The length in bytes of the possessive suffix an Arabic word as written ends in (a teh
// marbuta is ة there, which the normalized view folds to ه): ه, or with `others` also ها, هم,
// هما ("قيمته", "سكانها"); 0 where it ends in none.
inline size_t PossessiveLength(std::string_view written, bool others) {
  if (written.ends_with("\xD9\x87")) return 2;  // ه
  if (!others) return 0;
  if (written.ends_with("\xD9\x87\xD9\x85\xD8\xA7")) return 6;  // هما
  if (written.ends_with("\xD9\x87\xD8\xA7") || written.ends_with("\xD9\x87\xD9\x85")) {
    return 4;  // ها هم
  }
  return 0;
}

inline bool WrittenWithAPossessive(std::string_view written, bool others) {
  return PossessiveLength(written, others) > 0;
}

// Whether an Arabic word of the normalized view ends in a teh marbuta, which it folds to ه:
// a feminine noun or ordinal ("المرحلة", "الثالثة").
inline bool EndsInTehMarbuta(std::string_view folded) { return folded.ends_with("\xD9\x87"); }

// Whether an Arabic word has the article, alone or after a glued conjunction or preposition
// ("المرشحين", "للمرشحين", "والمرشحين"), and a letter or more after it.
inline bool WrittenWithTheArticle(std::string_view word) {
  for (std::string_view prefix : {"\xD8\xA7\xD9\x84", "\xD9\x84\xD9\x84",
                                  "\xD8\xA8\xD8\xA7\xD9\x84", "\xD9\x88\xD8\xA7\xD9\x84",
                                  "\xD9\x83\xD8\xA7\xD9\x84", "\xD9\x81\xD8\xA7\xD9\x84"}) {
    if (word.size() > prefix.size() + 2 && word.starts_with(prefix)) return true;
  }
  return false;
}

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_NOUN_KEY_H_
