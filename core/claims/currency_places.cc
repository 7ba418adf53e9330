#include "core/claims/currency_places.h"

#include <algorithm>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/scan/text_cursor.h"

namespace mizan::claims {
namespace {

// The currencies the document's places name in one family: none, one, or more than one.
struct FamilyPlaces {
  std::string family;
  std::string code;
  bool several = false;
};

const FamilyPlaces* Find(const std::vector<FamilyPlaces>& families, std::string_view family) {
  for (const FamilyPlaces& f : families) {
    if (f.family == family) return &f;
  }
  return nullptr;
}

FamilyPlaces* Find(std::vector<FamilyPlaces>* families, std::string_view family) {
  return const_cast<FamilyPlaces*>(Find(*families, family));
}

// Whether every family asked about names two currencies already: the rest of the text can
// resolve none of them.
bool AllSeveral(const std::vector<FamilyPlaces>& families) {
  for (const FamilyPlaces& f : families) {
    if (!f.several) return false;
  }
  return true;
}

// Notes a place's currency in its family, or the family's second currency. Returns whether
// every family asked about names two by now: the rest of the text can resolve none of them.
bool Note(const scan::PhraseList::Entry& place, bool any_family,
          std::vector<FamilyPlaces>* families) {
  const std::string& code = place.tags[0];
  const std::string& family = place.tags[1];
  FamilyPlaces* f = Find(families, family);
  if (f == nullptr) {
    if (any_family) families->push_back({family, code, false});
    return false;
  }
  if (f->several || f->code == code) return false;
  if (f->code.empty()) {
    f->code = code;
    return false;
  }
  f->several = true;
  return !any_family && AllSeveral(*families);
}

// The place that the word at `at` starts (past a glued و, ب, ل or ف: "بالإمارات" has ال
// after it), as a whole word and with a currency and a family, or nullptr.
const scan::PhraseList::Entry* PlaceAt(const scan::PhraseList& places, std::string_view text,
                                       size_t at) {
  constexpr std::string_view kClitics[] = {"\xD9\x88", "\xD8\xA8", "\xD9\x84", "\xD9\x81"};
  // No place is a word of two Arabic letters ("في", "من"), the commonest words there are.
  constexpr size_t kTwoLetters = 4;  // bytes
  if (scan::LetterRunEnd(text, at) - at <= kTwoLetters &&
      static_cast<unsigned char>(text[at]) >= 0x80) {
    return nullptr;
  }
  auto m = places.MatchAt(text, at);
  for (std::string_view clitic : kClitics) {
    if (m.entry == nullptr && text.substr(at, clitic.size()) == clitic) {
      m = places.MatchAt(text, at + clitic.size());
    }
  }
  // (PhraseList ends a phrase that ends in a letter only where a word ends: a whole word.)
  return m.entry != nullptr && m.entry->tags.size() >= 2 ? m.entry : nullptr;
}

// Notes the currency of each place of the families asked about, or with `any_family` of
// every family, that starts at one of the words `at` of the paragraph `text` (offsets
// into `whole`).
void ReadPlaces(const scan::PhraseList& places, std::string_view whole, std::string_view text,
                std::span<const size_t> at, bool any_family,
                std::vector<FamilyPlaces>* families) {
  const size_t offset = static_cast<size_t>(text.data() - whole.data());
  for (const size_t word : at) {
    const scan::PhraseList::Entry* place = PlaceAt(places, text, word - offset);
    if (place != nullptr && Note(*place, any_family, families)) return;
  }
}

// The words of `places` inside `paragraph` of `text`.
std::span<const size_t> WordsIn(const std::vector<size_t>& places, std::string_view text,
                                std::string_view paragraph) {
  const size_t begin = static_cast<size_t>(paragraph.data() - text.data());
  const auto first = std::lower_bound(places.begin(), places.end(), begin);
  const auto last = std::lower_bound(first, places.end(), begin + paragraph.size());
  return {first, last};
}

bool Unresolved(const Claim& c) {
  return c.kind == Kind::kMoney && c.unit.empty() && !c.noun_key.empty();
}

// The paragraph (between line breaks) that holds `at`.
std::string_view ParagraphAt(std::string_view text, size_t at) {
  const size_t before = text.rfind('\n', at);
  const size_t begin = before == std::string_view::npos ? 0 : before + 1;
  const size_t end = std::min(text.find('\n', at), text.size());
  return text.substr(begin, end - begin);
}

// `from`'s places added to `into`'s families.
void Merge(const std::vector<FamilyPlaces>& from, std::vector<FamilyPlaces>* into) {
  for (FamilyPlaces& f : *into) {
    const FamilyPlaces* other = Find(from, f.family);
    if (other == nullptr || other->code.empty()) continue;
    if (other->several || (!f.code.empty() && f.code != other->code)) {
      f.several = true;
    } else {
      f.code = other->code;
    }
  }
}

// The families of the unresolved amounts in [first, last) of `claims`.
std::vector<FamilyPlaces> FamiliesOf(const std::vector<Claim>& claims, size_t first,
                                     size_t last) {
  std::vector<FamilyPlaces> families;
  for (size_t i = first; i < last; ++i) {
    const Claim& c = claims[i];
    if (Unresolved(c) && Find(&families, c.noun_key) == nullptr) {
      families.push_back({c.noun_key, {}, false});
    }
  }
  return families;
}

}  // namespace

// Each paragraph with an unresolved amount is read with the document's first one, which
// names the dateline's place or the story's country: a long document is read only where an
// amount asks, not through every paragraph.
void ResolveCurrenciesByPlace(const Engine& engine, const text::NormalizedText& normalized,
                              const std::vector<size_t>& places, std::vector<Claim>* claims) {
  const std::string_view text = normalized.text();
  const std::string_view lede = ParagraphAt(text, 0);
  std::optional<std::vector<FamilyPlaces>> lede_places;  // read once, where first asked
  std::vector<Claim>& v = *claims;
  for (size_t i = 0; i < v.size();) {
    if (!Unresolved(v[i])) {
      ++i;
      continue;
    }
    const std::string_view paragraph = ParagraphAt(text, v[i].norm_begin);
    const size_t paragraph_end = static_cast<size_t>(paragraph.data() - text.data()) +
                                 paragraph.size();
    size_t last = i + 1;
    while (last < v.size() && v[last].norm_begin < paragraph_end) ++last;
    std::vector<FamilyPlaces> families = FamiliesOf(v, i, last);
    ReadPlaces(engine.currency_places(), text, paragraph, WordsIn(places, text, paragraph),
               /*any_family=*/false, &families);
    if (lede.data() != paragraph.data()) {
      if (!lede_places) {
        lede_places.emplace();
        ReadPlaces(engine.currency_places(), text, lede, WordsIn(places, text, lede),
                   /*any_family=*/true, &*lede_places);
      }
      Merge(*lede_places, &families);
    }
    for (; i < last; ++i) {
      if (!Unresolved(v[i])) continue;
      const FamilyPlaces* f = Find(families, v[i].noun_key);
      if (f == nullptr || f->several || f->code.empty()) continue;
      v[i].unit = f->code;
      v[i].unit_from_place = true;
    }
  }
}

}  // namespace mizan::claims
