#include "core/numerals/word_lexicon.h"

#include <optional>

#include "absl/strings/ascii.h"

#include "core/data/tsv.h"

namespace mizan::numerals {
namespace {

std::optional<Role> RoleNamed(std::string_view name) {
  static const absl::flat_hash_map<std::string_view, Role> kRoles = {
      {"zero", Role::kZero}, {"unit", Role::kUnit}, {"unit_weak", Role::kUnitWeak},
      {"unit_pair", Role::kUnitPair}, {"ten", Role::kTen}, {"teen", Role::kTeen},
      {"tens", Role::kTens}, {"hundred", Role::kHundred}, {"hundreds", Role::kHundreds},
      {"scale", Role::kScale}, {"scale_dual", Role::kScaleDual},
      {"scale_acc", Role::kScaleAcc}, {"scale_plural", Role::kScalePlural},
      {"vague", Role::kVague}, {"dozen", Role::kDozen}, {"article", Role::kArticle},
      {"few", Role::kFew},
      {"fraction", Role::kFraction}, {"fraction_conj", Role::kFractionConj},
      {"fraction_dual", Role::kFractionDual}, {"fraction_plural", Role::kFractionPlural},
      {"minus", Role::kMinus}, {"point", Role::kPoint}, {"ordinal", Role::kOrdinal},
      {"ordinal_def", Role::kOrdinalDef}, {"ordinal_one", Role::kOrdinalOne},
      {"ordinal_teen", Role::kOrdinalTeen}, {"ordinal_tens", Role::kOrdinalTens},
      {"ordinal_scale", Role::kOrdinalScale}, {"scale_abbrev", Role::kScaleAbbrev},
  };
  auto it = kRoles.find(name);
  if (it == kRoles.end()) return std::nullopt;
  return it->second;
}

}  // namespace

WordLexicon::WordLexicon(std::string_view tsv, const text::Normalizer& normalizer) {
  for (const auto& cols : data::ReadTsv(tsv)) {
    if (cols.size() < 3) continue;
    const auto value = Decimal::Parse(cols[1]);
    const auto role = RoleNamed(cols[2]);
    if (!value || !role) continue;
    std::string form = normalizer.Fold(cols[0]);
    absl::AsciiStrToLower(&form);
    const std::string_view flag = cols.size() > 3 ? cols[3] : "";
    entries_.emplace(std::move(form),
                     WordEntry{*value, *role, flag == "inexact", flag == "homograph"});
  }
}

const WordEntry* WordLexicon::Find(std::string_view folded_word) const {
  auto it = entries_.find(absl::string_view(folded_word.data(), folded_word.size()));
  return it == entries_.end() ? nullptr : &it->second;
}

std::vector<std::string> WordLexicon::StartForms() const {
  std::vector<std::string> forms;
  for (const auto& [form, entry] : entries_) {
    switch (entry.role) {
      case Role::kArticle: case Role::kPoint: case Role::kFractionConj: case Role::kScaleAbbrev:
        break;
      default:
        forms.push_back(form);
    }
  }
  return forms;
}

}  // namespace mizan::numerals
