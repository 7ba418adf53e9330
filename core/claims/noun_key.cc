#include "core/claims/noun_key.h"

#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

#include "core/data/tsv.h"

namespace mizan::claims {
namespace {

bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view Drop(std::string_view s, size_t bytes) { return s.substr(0, s.size() - bytes); }

// Arabic letters are two bytes in UTF-8; a stem keeps at least two letters.
constexpr size_t kMinStem = 4;

std::string EnglishKey(std::string_view word) {
  std::string w(word);
  absl::AsciiStrToLower(&w);
  if (EndsWith(w, "ies") && w.size() > 4) return w.substr(0, w.size() - 3) + "y";
  if (EndsWith(w, "sses") || EndsWith(w, "ches") || EndsWith(w, "shes") || EndsWith(w, "xes")) {
    return w.substr(0, w.size() - 2);
  }
  if (EndsWith(w, "s") && !EndsWith(w, "ss") && w.size() > 3) return w.substr(0, w.size() - 1);
  return w;
}

}  // namespace

NounKeys::NounKeys(std::string_view plurals_tsv, const text::Normalizer& normalizer) {
  for (const auto& cols : data::ReadTsv(plurals_tsv)) {
    if (cols.size() < 2) continue;
    singulars_[normalizer.Fold(cols[0])] = normalizer.Fold(cols[1]);
  }
}

const std::string* NounKeys::Singular(std::string_view word) const {
  const auto it = singulars_.find(absl::string_view(word.data(), word.size()));
  return it == singulars_.end() ? nullptr : &it->second;
}

// A glued conjunction and the article: "والبلدان" -> "بلدان".
std::string_view NounKeys::WithoutArticle(std::string_view word) {
  for (std::string_view prefix : {"وال", "فال", "بال", "لل", "ال"}) {
    if (word.size() >= prefix.size() + kMinStem && word.substr(0, prefix.size()) == prefix) {
      word.remove_prefix(prefix.size());
      break;
    }
  }
  return word;
}

bool NounKeys::IsArabicPlural(std::string_view word) const {
  word = WithoutArticle(word);
  if (Singular(word) != nullptr) return true;
  if (word.size() < kMinStem + 4) return false;
  return EndsWith(word, "ات") || EndsWith(word, "ون") || EndsWith(word, "ين");
}

// A possessive suffix: "بلدانها", "أعضاؤها" (the hamza of أعضاء takes a seat before it),
// "سياراتها", "مواطنيها" (the sound plural loses its ن). Only a plural confirms it, since ة
// folds to ه; and a bare ه after ي is a nisba's ة ("اتفاقيه"), no suffix.
std::optional<std::string> NounKeys::WithoutPossessive(std::string_view word) const {
  for (std::string_view suffix : {"هما", "هم", "هن", "ها", "كم", "نا", "ه"}) {
    if (word.size() < suffix.size() + kMinStem || !EndsWith(word, suffix)) continue;
    const std::string_view stem = Drop(word, suffix.size());
    if (const std::string* s = Singular(stem)) return *s;
    if (EndsWith(stem, "ئ") || EndsWith(stem, "ؤ")) {
      if (const std::string* s = Singular(std::string(Drop(stem, 2)) + "ء")) return *s;
    }
    if (stem.size() < kMinStem + 6) continue;  // "حياته" is a life, no plural
    if (EndsWith(stem, "ات")) return std::string(Drop(stem, 4)) + "ه";
    if (suffix != "ه" && (EndsWith(stem, "ي") || EndsWith(stem, "و"))) {
      return std::string(Drop(stem, 2));
    }
  }
  return std::nullopt;
}

std::string NounKeys::ArabicKey(std::string_view word, bool accusative) const {
  word = WithoutArticle(word);
  if (const std::string* s = Singular(word)) return *s;
  if (accusative && EndsWith(word, "ا")) {
    // the alef is the tanween's: on to the plain singular below
  } else if (auto s = WithoutPossessive(word)) {
    return *std::move(s);
  }
  // The accusative alef of tanween: "بلدا".
  std::string_view base = word;
  if (EndsWith(base, "ا") && base.size() >= kMinStem + 2) base = Drop(base, 2);
  if (const std::string* s = Singular(base)) return *s;
  // Sound plurals and duals. Feminine plurals in -ات mostly come from nouns in ة (folded ه),
  // which the ات replaces. The other endings leave three letters at least: a noun of four
  // letters in -ين or -ان is a singular ("سجين", "كيان"). No sound plural or dual takes the
  // accusative alef: "عنوانًا" is one address.
  if (base.size() == word.size() && base.size() >= kMinStem + 4) {
    if (EndsWith(base, "ات")) return std::string(Drop(base, 4)) + "ه";
    for (std::string_view ending : {"ون", "ين", "ان"}) {
      if (EndsWith(base, ending) && base.size() >= kMinStem + 6) {
        return std::string(Drop(base, ending.size()));
      }
    }
  }
  return std::string(base);
}

std::string NounKeys::Key(std::string_view word, bool accusative) const {
  if (IsAscii(word)) {
    const std::string lower = absl::AsciiStrToLower(absl::string_view(word.data(), word.size()));
    if (const std::string* s = Singular(lower)) return *s;
    return EnglishKey(lower);
  }
  return ArabicKey(word, accusative);
}

bool NounKeys::EndsLikeAPlural(std::string_view word) {
  if (!IsAscii(word) || word.empty()) return false;
  const absl::string_view w(word.data(), word.size());
  // "-ss", "-us", "-is" end singulars: "class", "virus", "crisis".
  return absl::EndsWithIgnoreCase(w, "s") && !absl::EndsWithIgnoreCase(w, "ss") &&
         !absl::EndsWithIgnoreCase(w, "us") && !absl::EndsWithIgnoreCase(w, "is");
}

bool NounKeys::MayCountMany(std::string_view word) const {
  if (!IsAscii(word) || word.empty()) return true;
  const std::string lower = absl::AsciiStrToLower(absl::string_view(word.data(), word.size()));
  return EndsLikeAPlural(lower) || Singular(lower) != nullptr;
}

}  // namespace mizan::claims
