#include "core/engine.h"

#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "core/data/embedded.h"
#include "core/data/tsv.h"
#include "core/scan/candidates.h"

namespace mizan {
namespace {

std::string FirstWord(const std::string& phrase) { return phrase.substr(0, phrase.find(' ')); }

// One of a unit: "عام" alone, "a year", "an hour".
std::string OneOf(const std::string& unit) {
  if (static_cast<unsigned char>(unit[0]) >= 0x80) return unit;
  return (unit[0] == 'h' ? "an " : "a ") + unit;
}

std::vector<scan::CandidateWords::Pairs> CueAndUnitPairs(const Engine& engine);

scan::CandidateWords CandidateWordsOf(const Engine& engine) {
  scan::CandidateWords words;
  words.arabic_numbers = engine.arabic_words().StartForms();
  words.english_numbers = engine.english_words().StartForms();
  words.persian_numbers = engine.persian_words().StartForms();
  for (const auto& e : engine.months().entries()) words.months.push_back(FirstWord(e.phrase));
  for (const auto& e : engine.weekdays().entries()) words.months.push_back(e.phrase);
  // Nouns that are the number two by themselves, and decades in words, start claims too.
  for (const auto& e : engine.time_units().entries()) {
    if (e.tags.at(1) == "2") words.dual_nouns.push_back(e.phrase);
  }
  for (const auto& e : engine.units().entries()) {
    if (e.tags.size() > 1 && e.tags[1] == "2") words.dual_nouns.push_back(e.phrase);
  }
  for (const auto& e : engine.currencies().entries()) {
    // A dual with its nationality ("دولارين كنديين") starts where the dual alone does.
    if (e.tags.size() > 3 && e.tags[3] == "2" && e.phrase.find(' ') == std::string::npos) {
      words.dual_nouns.push_back(e.phrase);
    }
    const bool latin_letters = absl::c_all_of(
        e.phrase, [](char c) { return absl::ascii_isalpha(static_cast<unsigned char>(c)); });
    if (latin_letters && e.tags.at(1) != "after") words.currency_prefixes.push_back(e.phrase);
  }
  for (const auto& e : engine.decades().entries()) words.dual_nouns.push_back(e.phrase);
  for (const auto& e : engine.dual_nouns().entries()) words.dual_nouns.push_back(e.phrase);
  for (const auto& e : engine.dual_markers().entries()) {
    const std::string& role = e.tags.at(0);
    if (role == "before" || role == "after") words.dual_nouns.push_back(e.phrase);
    if (role == "ending") words.dual_endings.push_back(e.phrase);
  }
  // A cue and one unit ("a year ago") come as pairs of lists, below.
  for (const auto& e : engine.relative_times().entries()) {
    if (!e.HasTag("cue")) words.relative_times.push_back(e.phrase);
  }
  // "أكثر من عام", "more than a year": a qualifier and one of a unit (with a time cue before
  // them, "منذ أكثر من عام", as well).
  scan::CandidateWords::Pairs qualifier_and_unit;
  for (const auto& q : engine.qualifiers().entries()) {
    if (q.tags.at(1) == "before") qualifier_and_unit.first.push_back(q.phrase);  // WHERE
  }
  for (const auto& u : engine.time_units().entries()) {
    if (NamesOneTimeUnit(u)) qualifier_and_unit.second.push_back(OneOf(u.phrase));
  }
  words.relative_pairs = CueAndUnitPairs(engine);
  words.relative_pairs.push_back(std::move(qualifier_and_unit));
  for (const auto& e : engine.roman_cues().entries()) words.roman_cues.push_back(e.phrase);
  // Holidays start where a month's name would: "عيد الفطر", "Christmas".
  for (const auto& e : engine.holidays().entries()) words.months.push_back(FirstWord(e.phrase));
  for (const auto& e : engine.currency_places().entries()) {
    if (absl::c_find(words.places, FirstWord(e.phrase)) == words.places.end()) {
      words.places.emplace_back(FirstWord(e.phrase));
    }
  }
  return words;
}

// Whether a time cue before one of a unit makes it a period: "لمدة عام", "for a week"; not one
// that is also a qualifier ("over a year" is more than one).
bool MakesAPeriod(const scan::PhraseList::Entry& cue, const scan::PhraseList& qualifiers) {
  const std::string& meaning = cue.tags.at(0);
  return (meaning == "period" || meaning == "one-period") && cue.tags.at(1) == "before" &&
         qualifiers.MatchAt(cue.phrase, 0).end != cue.phrase.size();
}

// "قبل عام", "منذ أسبوع", "a year ago", "within an hour", "لمدة عام": each cue of relative time
// or of a period with each unit it makes one of, named without a number, in one script:
// fn(cue, unit, OneOf(unit), meaning, cue_before). Made from the cues and units rather than
// listed, so that a new unit or cue brings its phrases with it.
template <typename Fn>
void ForEachCueAndUnit(const Engine& engine, Fn fn) {
  // The cues first, each with its meaning here: asked once, not once a unit.
  std::vector<std::pair<const scan::PhraseList::Entry*, std::string_view>> cues;
  for (const auto& c : engine.time_cues().entries()) {
    const std::string& meaning = c.tags.at(0);
    const bool period = MakesAPeriod(c, engine.qualifiers());
    if (!period && meaning != "ago" && meaning != "later" && meaning != "within") continue;
    if (c.phrase != "in") cues.emplace_back(&c, period ? std::string_view("period") : meaning);
  }
  for (const auto& u : engine.time_units().entries()) {
    if (!NamesOneTimeUnit(u)) continue;
    const bool latin = static_cast<unsigned char>(u.phrase[0]) < 0x80;
    const std::string one = OneOf(u.phrase);
    for (const auto& [c, meaning] : cues) {
      if (latin != (static_cast<unsigned char>(c->phrase[0]) < 0x80)) continue;
      fn(*c, u, one, meaning, c->tags.at(1) == "before");
    }
  }
}

// The phrases of ForEachCueAndUnit as lines of relative_times.tsv, flagged "cue".
std::string RelativeUnitPhrases(const Engine& engine) {
  std::string tsv;
  ForEachCueAndUnit(engine, [&tsv](const scan::PhraseList::Entry& c,
                                   const scan::PhraseList::Entry& u, const std::string& one,
                                   std::string_view meaning, bool before) {
    const bool homograph = u.tags.size() > 2 && u.tags[2] == "homograph";
    absl::StrAppend(&tsv, before ? c.phrase + " " + one : one + " " + c.phrase, "\t",
                    u.tags.at(0), "\t", std::string(meaning), "\tcue",
                    homograph ? "\thomograph" : "", "\n");
  });
  return tsv;
}

// The same phrases for the scanner as pairs of two lists, cues and units, one pair a script and
// an order: the pattern then holds two short alternations, not every phrase, which keeps the
// states its DFA builds on an engine's first pass few.
std::vector<scan::CandidateWords::Pairs> CueAndUnitPairs(const Engine& engine) {
  std::vector<scan::CandidateWords::Pairs> pairs(4);  // by (latin, cue before)
  std::vector<absl::flat_hash_set<std::string>> seen_first(4), seen_second(4);
  ForEachCueAndUnit(engine, [&](const scan::PhraseList::Entry& c, const scan::PhraseList::Entry& u,
                                const std::string& one, std::string_view, bool before) {
    const size_t k = (static_cast<unsigned char>(u.phrase[0]) < 0x80 ? 2 : 0) + (before ? 1 : 0);
    const std::string& first = before ? c.phrase : one;
    const std::string& second = before ? one : c.phrase;
    if (seen_first[k].insert(first).second) pairs[k].first.push_back(first);
    if (seen_second[k].insert(second).second) pairs[k].second.push_back(second);
  });
  std::erase_if(pairs, [](const auto& p) { return p.first.empty(); });
  return pairs;
}

// Each word of a list, folded, with the words of its second column, which a space parts.
absl::flat_hash_map<std::string, std::vector<std::string>> WordTags(std::string_view tsv,
                                                                   const text::Normalizer& n) {
  absl::flat_hash_map<std::string, std::vector<std::string>> map;
  for (const auto& cols : data::ReadTsv(tsv)) {
    std::string word = n.Fold(cols[0]);
    absl::AsciiStrToLower(&word);
    std::vector<std::string>& tags = map[word];
    if (cols.size() < 2) continue;
    const absl::string_view places(cols[1].data(), cols[1].size());
    for (absl::string_view tag : absl::StrSplit(places, ' ', absl::SkipEmpty())) {
      tags.emplace_back(tag);
    }
  }
  return map;
}

absl::flat_hash_set<std::string> WordSet(std::string_view tsv, const text::Normalizer& n) {
  absl::flat_hash_set<std::string> set;
  for (const auto& cols : data::ReadTsv(tsv)) {
    std::string word = n.Fold(cols[0]);
    absl::AsciiStrToLower(&word);
    set.insert(std::move(word));
  }
  return set;
}

}  // namespace

bool NamesOneTimeUnit(const scan::PhraseList::Entry& unit) {
  const std::string& word = unit.phrase;
  const bool abbreviation = unit.tags.size() > 2 && unit.tags[2] == "abbr";
  return unit.tags.at(0) != "none" && unit.tags.at(1) == "1" && !abbreviation &&
         word != "second" && word != "\xD8\xAB\xD8\xA7\xD9\x86\xD9\x8A\xD9\x87";
}

namespace {

// Each currency phrase's family (engine.h, CurrencyFamily): a word that names no country alone
// carries it in its code ("?riyal"), and gives it to each phrase it is a word of.
absl::flat_hash_map<std::string, std::string> CurrencyFamilies(const scan::PhraseList& list) {
  absl::flat_hash_map<std::string, std::string> of_word;
  for (const auto& e : list.entries()) {
    const std::string& code = e.tags.at(0);
    if (code.size() > 1 && code[0] == '?') of_word.emplace(e.phrase, code.substr(1));
  }
  absl::flat_hash_map<std::string, std::string> families;
  for (const auto& e : list.entries()) {
    for (absl::string_view word : absl::StrSplit(e.phrase, ' ')) {
      if (const auto it = of_word.find(word); it != of_word.end()) {
        families.emplace(e.phrase, it->second);
        break;
      }
    }
  }
  return families;
}

// An Arabic nationality whose last letter is ي as it agrees with the currency word before it:
// after an accusative in ا with the accusative ("دولارا كنديا"), after a dual with the dual's
// endings ("دولارين كنديين", "ليرتين تركيتين"), else as it is, feminine (a plural of things
// takes the feminine: "دولارات كندية", "ليرة تركية") or accusative, which a word that cannot
// show it leaves to its adjective ("150 بيزو أرجنتينيا"). Any other nationality as it is.
std::vector<std::string> NationalityForms(std::string_view nationality, std::string_view word,
                                          bool dual) {
  const std::string n(nationality);
  if (!nationality.ends_with("\xD9\x8A")) return {n};  // ي
  if (dual) return {n + "\xD9\x8A\xD9\x86", n + "\xD8\xA7\xD9\x86",  // ين ان
                    n + "\xD8\xAA\xD9\x8A\xD9\x86", n + "\xD8\xAA\xD8\xA7\xD9\x86"};  // تين تان
  if (word.ends_with("\xD8\xA7")) return {n + "\xD8\xA7"};  // ا
  return {n, n + "\xD8\xA9", n + "\xD8\xA7"};  // ة ا
}

// Whether the currency word of a currencies.tsv row (a `dual` or not) goes with a nationality
// of `family` in the script `latin` says: one token after the amount, no subunit ("سنت كندي"
// is rare).
bool TakesANationality(const std::vector<std::string_view>& word, std::string_view family,
                       bool latin, bool dual) {
  const bool subunit = word.size() > 3 && !dual && numerals::Decimal::Parse(word[3]);
  return word.size() > 2 && word[1] == family && word[2] == "after" && !subunit &&
         word[0].find(' ') == std::string_view::npos &&
         absl::ascii_isascii(static_cast<unsigned char>(word[0][0])) == latin;
}

// currencies.tsv, and after it the phrases of currency_nationalities.tsv: each nationality
// with each currency word it goes with. A dual's count carries over; the flags of homographs
// do not, since with a nationality the word is none.
std::string CurrencyPhrases() {
  const std::string_view currencies = data::Find("currencies.tsv");
  const auto words = data::ReadTsv(currencies);
  std::string tsv(currencies);
  tsv.append("\n");
  for (const auto& row : data::ReadTsv(data::Find("currency_nationalities.tsv"))) {
    const std::string_view family = row.at(0), nationality = row.at(1), code = row.at(2);
    const bool latin = absl::ascii_isascii(static_cast<unsigned char>(nationality[0]));
    for (const auto& w : words) {
      const bool dual = w.size() > 4 && w[4] == "2";
      if (!TakesANationality(w, family, latin, dual)) continue;
      for (const std::string& form : NationalityForms(nationality, w[0], dual)) {
        const std::string_view first = latin ? std::string_view(form) : w[0];
        const std::string_view second = latin ? w[0] : std::string_view(form);
        tsv.append(first).append(" ").append(second).append("\t").append(code).append("\tafter");
        if (dual) tsv.append("\t1\t2");
        tsv.append("\n");
      }
    }
  }
  return tsv;
}

absl::flat_hash_map<std::string, numerals::Decimal> FilsShares(std::string_view tsv) {
  absl::flat_hash_map<std::string, numerals::Decimal> shares;
  for (const auto& cols : data::ReadTsv(tsv)) {
    const std::optional<numerals::Decimal> share =
        cols.size() > 1 ? numerals::Decimal::Parse(cols[1]) : std::nullopt;
    if (share) shares.emplace(cols[0], *share);
  }
  return shares;
}

}  // namespace

std::string_view Engine::CurrencyFamily(const scan::PhraseList::Entry& currency) const {
  const auto it = currency_families_.find(currency.phrase);
  return it == currency_families_.end() ? std::string_view() : std::string_view(it->second);
}

Engine::Engine()
    : normalizer_(data::Find("letter_folds.tsv")),
      arabic_words_(data::Find("number_words_ar.tsv"), normalizer_),
      english_words_(data::Find("number_words_en.tsv"), normalizer_),
      persian_words_(data::Find("number_words_fa.tsv"), normalizer_),
      percent_cues_(data::Find("percent_cues.tsv"), normalizer_),
      qualifiers_(data::Find("qualifiers.tsv"), normalizer_),
      currencies_(CurrencyPhrases(), normalizer_),
      units_(data::Find("units.tsv"), normalizer_),
      fraction_units_(data::Find("fraction_units.tsv"), normalizer_),
      time_units_(data::Find("time_units.tsv"), normalizer_),
      time_cues_(data::Find("time_cues.tsv"), normalizer_),
      months_(data::Find("months.tsv"), normalizer_),
      weekdays_(data::Find("weekdays.tsv"), normalizer_),
      range_cues_(data::Find("range_cues.tsv"), normalizer_),
      arith_cues_(data::Find("arith_cues.tsv"), normalizer_),
      decades_(data::Find("decades.tsv"), normalizer_),
      dual_nouns_(data::Find("dual_nouns.tsv"), normalizer_),
      dual_markers_(data::Find("dual_markers.tsv"), normalizer_),
      roman_cues_(data::Find("roman_cues.tsv"), normalizer_),
      ordinal_cues_(data::Find("ordinal_cues.tsv"), normalizer_),
      holidays_(data::Find("holidays.tsv"), normalizer_),
      relative_times_(std::string(data::Find("relative_times.tsv")) + "\n" +
                          RelativeUnitPhrases(*this),
                      normalizer_),
      sign_words_(data::Find("sign_words.tsv"), normalizer_),
      fraction_homographs_(data::Find("fraction_homographs.tsv"), normalizer_),
      currency_places_(data::Find("currency_places.tsv"), normalizer_),
      not_numbers_(data::Find("not_numbers.tsv"), normalizer_),
      hyphen_prefixes_(data::Find("hyphen_prefixes.tsv"), normalizer_),
      noun_stopwords_(WordSet(data::Find("noun_stopwords.tsv"), normalizer_)),
      noun_modifiers_(WordSet(data::Find("noun_modifiers.tsv"), normalizer_)),
      rank_nouns_(WordSet(data::Find("rank_nouns.tsv"), normalizer_)),
      label_nouns_(WordSet(data::Find("label_nouns.tsv"), normalizer_)),
      temperature_words_(WordSet(data::Find("temperature_words.tsv"), normalizer_)),
      measure_nouns_(WordSet(data::Find("measure_nouns.tsv"), normalizer_)),
      pronoun_one_(WordTags(data::Find("pronoun_one.tsv"), normalizer_)),
      fils_shares_(FilsShares(data::Find("fils_shares.tsv"))),
      noun_keys_(data::Find("noun_plurals.tsv"), normalizer_),
      scanner_(std::make_unique<scan::Scanner>(CandidateWordsOf(*this))) {
  currency_families_ = CurrencyFamilies(currencies_);
  for (const auto& e : currencies_.entries()) {
    const std::string& code = e.tags.at(0);
    const std::string_view family = CurrencyFamily(e);
    if (!code.starts_with('?') && code != "$" && !family.empty()) {
      code_families_.emplace(code, family);
    }
  }
}

std::string_view Engine::FamilyOfCode(std::string_view code) const {
  const auto it = code_families_.find(absl::string_view(code.data(), code.size()));
  return it == code_families_.end() ? std::string_view() : std::string_view(it->second);
}

const numerals::Decimal* Engine::FilsShare(std::string_view code, std::string_view family) const {
  // (Appended, not "?" + std::string(family): GCC 12 at -O3 warns of an overlapping copy.)
  std::string key(code);
  if (code.empty()) key.append("?").append(family);
  const auto it = fils_shares_.find(key);
  return it == fils_shares_.end() ? nullptr : &it->second;
}

std::unique_ptr<Engine> Engine::Create(Error* error) {
  std::unique_ptr<Engine> engine(new Engine());
  const scan::PhraseList* lists[] = {&engine->percent_cues_, &engine->qualifiers_,
                                     &engine->currencies_,   &engine->units_,
                                     &engine->time_units_,   &engine->time_cues_,
                                     &engine->months_,       &engine->weekdays_,
                                     &engine->range_cues_,   &engine->arith_cues_,
                                     &engine->decades_,      &engine->not_numbers_,
                                     &engine->dual_nouns_,   &engine->dual_markers_,
                                     &engine->roman_cues_,
                                     &engine->ordinal_cues_, &engine->holidays_,
                                     &engine->relative_times_, &engine->sign_words_,
                                     &engine->fraction_homographs_, &engine->currency_places_,
                                     &engine->hyphen_prefixes_, &engine->fraction_units_};
  bool missing = engine->arabic_words_.empty() || engine->english_words_.empty() ||
                 engine->persian_words_.empty() || engine->fils_shares_.empty();
  for (const auto* list : lists) missing |= list->entries().empty();
  if (missing) {
    *error = {ErrorCode::kInternal, kNoOffset, "embedded language data is missing"};
    return nullptr;
  }
  return engine;
}

}  // namespace mizan
