#ifndef MIZAN_CORE_ENGINE_H_
#define MIZAN_CORE_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "core/claims/noun_key.h"
#include "core/error.h"
#include "core/numerals/decimal.h"
#include "core/numerals/word_lexicon.h"
#include "core/scan/candidates.h"
#include "core/scan/phrase_list.h"
#include "core/text/normalized_text.h"

namespace mizan {

// Whether an entry of time_units.tsv names one of its unit in a word that is nothing else:
// "عام", "year"; not "yr", nor "ثانية"/"second", which are as often the ordinal, nor a phrase
// that names no time ("ساعة يدوية").
bool NamesOneTimeUnit(const scan::PhraseList::Entry& unit);

// Everything that is built once: the normalizer's tables, the compiled scanner and the
// lexicons from core/data/. Immutable after Create(), so any number of threads share one.
class Engine {
 public:
  static std::unique_ptr<Engine> Create(Error* error);

  const text::Normalizer& normalizer() const { return normalizer_; }
  // Where claims may start: digit runs, number words, month names, dual nouns.
  const scan::Scanner& scanner() const { return *scanner_; }

  const numerals::WordLexicon& arabic_words() const { return arabic_words_; }
  const numerals::WordLexicon& english_words() const { return english_words_; }
  // Read only in Persian text (text::LooksPersian).
  const numerals::WordLexicon& persian_words() const { return persian_words_; }
  const scan::PhraseList& percent_cues() const { return percent_cues_; }
  const scan::PhraseList& qualifiers() const { return qualifiers_; }
  const scan::PhraseList& currencies() const { return currencies_; }
  // The family of a currency phrase: its own ("?riyal"), or that of a word in it that names no
  // country alone ("ريال سعودي", "Egyptian pounds"); empty for "$", "EUR", a subunit.
  std::string_view CurrencyFamily(const scan::PhraseList::Entry& currency) const;
  // The family of an ISO code's words ("dinar" for TND, from "دينار تونسي"); empty for a
  // code no word of a family names.
  std::string_view FamilyOfCode(std::string_view code) const;
  const scan::PhraseList& units() const { return units_; }
  // "مرة" of "مرة ونصف": words that are a unit only before a fraction (fraction_units.tsv).
  const scan::PhraseList& fraction_units() const { return fraction_units_; }
  const scan::PhraseList& time_units() const { return time_units_; }
  const scan::PhraseList& time_cues() const { return time_cues_; }
  const scan::PhraseList& months() const { return months_; }
  const scan::PhraseList& weekdays() const { return weekdays_; }
  const scan::PhraseList& range_cues() const { return range_cues_; }
  const scan::PhraseList& arith_cues() const { return arith_cues_; }
  const scan::PhraseList& decades() const { return decades_; }
  // "شخصين", "دولتين": duals that are a count of two by themselves, with their singular.
  const scan::PhraseList& dual_nouns() const { return dual_nouns_; }
  // "هذين", "اللتين", "-تين": words and endings that show any noun next to them in the dual.
  const scan::PhraseList& dual_markers() const { return dual_markers_; }
  // "phase", "type", "World War": words after which a Roman numeral is a number.
  const scan::PhraseList& roman_cues() const { return roman_cues_; }
  const scan::PhraseList& ordinal_cues() const { return ordinal_cues_; }
  // "عيد الفطر", "Christmas": holidays on a fixed day of their calendar.
  const scan::PhraseList& holidays() const { return holidays_; }
  // "العام الماضي", "next week": one unit before or after now, without a number.
  const scan::PhraseList& relative_times() const { return relative_times_; }
  // "minus", "سالب", "تحت الصفر": words that make a number negative.
  const scan::PhraseList& sign_words() const { return sign_words_; }
  // "خمس", "عشر": cardinals that are fractions before a definite noun.
  const scan::PhraseList& fraction_homographs() const { return fraction_homographs_; }
  const scan::PhraseList& currency_places() const { return currency_places_; }
  // Phrases that start like a number but name something else ("نصف نهائي", "half-time").
  const scan::PhraseList& not_numbers() const { return not_numbers_; }
  const scan::PhraseList& hyphen_prefixes() const { return hyphen_prefixes_; }
  const absl::flat_hash_set<std::string>& noun_stopwords() const { return noun_stopwords_; }
  // English words between a number and its noun ("new", "critical"), and "-SUFFIX" lines.
  const absl::flat_hash_set<std::string>& noun_modifiers() const { return noun_modifiers_; }
  // Nouns that a number in digits after them ranks ("القرن 19", "الدورة 27").
  const absl::flat_hash_set<std::string>& rank_nouns() const { return rank_nouns_; }
  // Nouns that a number in digits after them labels ("الطريق 604", "المادة 5").
  const absl::flat_hash_set<std::string>& label_nouns() const { return label_nouns_; }
  // English words near a number that make a glued C or F a temperature ("highs of 40C").
  const absl::flat_hash_set<std::string>& temperature_words() const {
    return temperature_words_;
  }
  // Nouns of an amount that head a subject between a verb of bound and its number.
  const absl::flat_hash_set<std::string>& measure_nouns() const { return measure_nouns_; }
  // Words around "one" that make it a pronoun, with where they stand (pronoun_one.tsv).
  const absl::flat_hash_map<std::string, std::vector<std::string>>& pronoun_one() const {
    return pronoun_one_;
  }
  // The share of a currency its fils is, where not the thousandth of currencies.tsv: by ISO
  // code, or by family ("dirham") where the code is empty; nullptr for a thousandth.
  const numerals::Decimal* FilsShare(std::string_view code, std::string_view family) const;
  const claims::NounKeys& noun_keys() const { return noun_keys_; }

 private:
  Engine();

  text::Normalizer normalizer_;
  numerals::WordLexicon arabic_words_;
  numerals::WordLexicon english_words_;
  numerals::WordLexicon persian_words_;
  scan::PhraseList percent_cues_;
  scan::PhraseList qualifiers_;
  scan::PhraseList currencies_;
  scan::PhraseList units_;
  scan::PhraseList fraction_units_;
  scan::PhraseList time_units_;
  scan::PhraseList time_cues_;
  scan::PhraseList months_;
  scan::PhraseList weekdays_;
  scan::PhraseList range_cues_;
  scan::PhraseList arith_cues_;
  scan::PhraseList decades_;
  scan::PhraseList dual_nouns_;
  scan::PhraseList dual_markers_;
  scan::PhraseList roman_cues_;
  scan::PhraseList ordinal_cues_;
  scan::PhraseList holidays_;
  scan::PhraseList relative_times_;
  scan::PhraseList sign_words_;
  scan::PhraseList fraction_homographs_;
  scan::PhraseList currency_places_;
  scan::PhraseList not_numbers_;
  scan::PhraseList hyphen_prefixes_;
  absl::flat_hash_set<std::string> noun_stopwords_;
  absl::flat_hash_set<std::string> noun_modifiers_;
  absl::flat_hash_set<std::string> rank_nouns_;
  absl::flat_hash_set<std::string> label_nouns_;
  absl::flat_hash_set<std::string> temperature_words_;
  absl::flat_hash_set<std::string> measure_nouns_;
  absl::flat_hash_map<std::string, std::vector<std::string>> pronoun_one_;
  absl::flat_hash_map<std::string, std::string> currency_families_;  // by phrase
  absl::flat_hash_map<std::string, std::string> code_families_;      // by ISO code
  absl::flat_hash_map<std::string, numerals::Decimal> fils_shares_;  // fils_shares.tsv
  claims::NounKeys noun_keys_;
  std::unique_ptr<scan::Scanner> scanner_;
};

}  // namespace mizan

#endif  // MIZAN_CORE_ENGINE_H_
