#ifndef MIZAN_CORE_SCAN_CANDIDATES_H_
#define MIZAN_CORE_SCAN_CANDIDATES_H_

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "core/numerals/digit_number.h"
#include "core/scan/phrase_list.h"
#include "core/scan/word_trie.h"

namespace mizan::scan {

// A place in the normalized text where a number may start.
struct Candidate {
  enum class Type {
    kDigits, kArabicWords, kEnglishWords, kMonth, kDualNoun, kRelativeTime, kRomanCue,
    kPersianWords,  // last: an Arabic reading of the same word wins
    kVulgarFraction,  // "½", "¾" standing alone; after digits they are the digits' fraction
    kDualPair,  // the first of two words in a dual's ending ("دراستين حديثتين"), in no list
  };
  Type type = Type::kDigits;
  size_t begin = 0;  // digits: the sign if there is one; words: the word's first letter
  size_t end = 0;    // digits: past the last digit; words: past the first word
  // For digits only:
  numerals::DigitRun run;
  bool negative = false;
  bool leading_point = false;  // ".77": the run is the fraction of 0
};

// The words that start each kind of word candidate, folded like the text.
struct CandidateWords {
  std::vector<std::string> arabic_numbers;   // with clitics allowed before them
  std::vector<std::string> english_numbers;  // matched without regard to case
  std::vector<std::string> months;           // first words of month names
  std::vector<std::string> dual_nouns;       // nouns that make a claim alone: duals (يومين,
                                             // مترين), decades (الثلاثينيات)
  // Endings of the dual: two words in a row that end in one ("دراستين حديثتين") may be a noun
  // and its adjective; the first is a candidate, of kDualPair unless a list holds it.
  std::vector<std::string> dual_endings;
  std::vector<std::string> relative_times;   // "العام الماضي", "last week"
  // Two words that start one together: a cue of relative time and a qualifier ("منذ أكثر
  // من"), a qualifier and one of a unit ("أكثر من عام", "more than a year"). Every first with
  // every second, given apart so that the pattern holds them as two alternations.
  struct Pairs {
    std::vector<std::string> first, second;
  };
  std::vector<Pairs> relative_pairs;
  std::vector<std::string> roman_cues;       // "phase", "type": a Roman numeral may follow
  std::vector<std::string> persian_numbers;  // without clitics
  // Currency codes and signs written before an amount, which may be glued to its digits
  // ("Dh100", "USD115"): letters glued before digits make a name otherwise ("G7").
  std::vector<std::string> currency_prefixes;
  // The first words of places that tell a currency word's country (currency_places.tsv), with
  // one clitic letter allowed before them: noted on the walk, not read as numbers.
  std::vector<std::string> places;
};

// The scanner: digit runs (and fractions of one character) found by a loop over the bytes,
// sixteen at a time; the words that start word candidates found by asking a trie of those
// words at each word of the text, which most words leave after a letter or two (an RE2 of
// their union cost more a byte than both, and tens of milliseconds to compile).
// Immutable after construction; one instance serves every thread.
class Scanner {
 public:
  explicit Scanner(CandidateWords words);

  // Finds every candidate in the normalized text, in order.
  //  - Digit runs glued to a Latin letter before them, or joined by a hyphen to a word of any
  //    script, are parts of names ("G7", "H1N1", "COVID-19", "كوفيد-19") and are left out;
  //    Arabic letters glued before digits are clitics or a glued word ("و14000", "ب120",
  //    "عام2022") and do not stop a number.
  //  - A word candidate is a whole word, after the clitics its kind allows.
  // `prefixes` (hyphen_prefixes.tsv) are the words that a hyphen joins to a number without
  // making a name ("mid-2020").
  // With `places`, where each word that may start a place of `CandidateWords::places` starts
  // is appended to it, in order: the walk that finds word candidates notes them on its way,
  // so that no second pass reads every word of the text for them (a word inside a candidate
  // of several words, "العام الماضي", is not asked).
  std::vector<Candidate> Find(std::string_view text, const PhraseList& prefixes,
                              std::vector<size_t>* places = nullptr) const;

 private:
  // The kinds of word candidate: the values of Candidate::Type from kArabicWords on.
  static constexpr size_t kWordTypes = 7;
  static constexpr int kPlaceKind = kWordTypes;  // in `words_`, after the kinds of candidate

  void FindDigits(std::string_view text, const PhraseList& prefixes,
                  std::vector<Candidate>* found) const;
  void FindWords(std::string_view text, std::vector<Candidate>* found,
                 std::vector<size_t>* places) const;
  static void Add(Candidate::Type type, size_t begin, size_t end, std::vector<Candidate>* found);
  size_t SecondOfTwoDuals(std::string_view text, size_t first, size_t first_end) const;
  bool EndsLikeADual(std::string_view word, size_t before) const;

  absl::flat_hash_set<std::string> currency_prefixes_;  // ASCII lowercase
  std::vector<std::string> dual_endings_;
  std::bitset<256> dual_last_bytes_;  // the last byte of each ending: most words end otherwise
  WordTrie words_;  // numbered from kArabicWords, and places after them (noted only)
};

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_CANDIDATES_H_
