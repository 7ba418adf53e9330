#include "core/checks/check_config.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"

namespace mizan::checks {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "unknown";
}

const std::vector<CheckInfo>& AllChecks() {
  static const std::vector<CheckInfo> kChecks = {
      {"compare.missing", Severity::kWarning, true},
      {"compare.extra", Severity::kWarning, true},
      {"compare.value_mismatch", Severity::kError, true},
      {"compare.unit_mismatch", Severity::kError, true},
      {"compare.qualifier_mismatch", Severity::kWarning, true},
      {"compare.date_mismatch", Severity::kError, true},
      {"fact.contradiction", Severity::kError, true},
      {"date.invalid", Severity::kError, true},
      {"date.weekday_mismatch", Severity::kError, true},
      {"date.hijri_mismatch", Severity::kError, true},
      {"time.relative_mismatch", Severity::kWarning, true},
      {"time.duration_mismatch", Severity::kWarning, true},
      {"time.age_mismatch", Severity::kWarning, true},
      {"arith.total_mismatch", Severity::kWarning, true},
      {"arith.percent_mismatch", Severity::kWarning, true},
      {"arith.change_mismatch", Severity::kWarning, true},
      {"arith.percent_sum", Severity::kWarning, true},
      {"arith.conversion_mismatch", Severity::kWarning, true},
      {"arith.rate_mismatch", Severity::kWarning, true},
      {"doc.conflicting_values", Severity::kWarning, true},
      {"style.mixed_digit_scripts", Severity::kInfo, true},
      {"style.ambiguous_separator", Severity::kInfo, true},
      // Off unless asked: it needs the article's own publication date, not an archive's.
      {"date.relative_weekday", Severity::kWarning, false},
      {"date.dateline_weekday", Severity::kWarning, true},
  };
  return kChecks;
}

CheckConfig::CheckConfig() {
  const std::vector<CheckInfo>& all = AllChecks();
  settings_.reserve(all.size());
  for (const CheckInfo& c : all) settings_.push_back({c.enabled, c.severity, false});
}

const CheckConfig::Setting* CheckConfig::Find(std::string_view code) const {
  const std::vector<CheckInfo>& all = AllChecks();
  for (size_t i = 0; i < all.size(); ++i) {
    if (all[i].code == code) return &settings_[i];
  }
  return nullptr;
}

Error CheckConfig::Apply(std::string_view spec) {
  for (absl::string_view item :
       absl::StrSplit(absl::string_view(spec.data(), spec.size()), absl::ByAnyChar(", \n\t"),
                      absl::SkipEmpty())) {
    const size_t eq = item.find('=');
    if (eq == absl::string_view::npos) {
      return {ErrorCode::kInvalidArgument, kNoOffset,
              absl::StrCat("check setting '", item, "' needs =on, =off or =SEVERITY")};
    }
    const absl::string_view name = item.substr(0, eq), value = item.substr(eq + 1);
    Setting change{true, Severity::kWarning};
    bool sets_severity = true;
    if (value == "off") {
      change.enabled = false, sets_severity = false;
    } else if (value == "on") {
      sets_severity = false;
    } else if (value == "info") {
      change.severity = Severity::kInfo;
    } else if (value == "warning") {
      change.severity = Severity::kWarning;
    } else if (value == "error") {
      change.severity = Severity::kError;
    } else {
      return {ErrorCode::kInvalidArgument, kNoOffset,
              absl::StrCat("unknown check value '", value, "' (on, off, info, warning, error)")};
    }
    const bool prefix = name.size() > 2 && name.substr(name.size() - 2) == ".*";
    const absl::string_view stem = prefix ? name.substr(0, name.size() - 1) : name;
    bool matched = false;
    for (size_t i = 0; i < settings_.size(); ++i) {
      const absl::string_view code(AllChecks()[i].code.data(), AllChecks()[i].code.size());
      Setting& setting = settings_[i];
      const bool hit = prefix ? code.substr(0, stem.size()) == stem : code == name;
      if (!hit) continue;
      matched = true;
      setting.enabled = change.enabled;
      if (sets_severity) setting.severity = change.severity, setting.overridden = true;
    }
    if (!matched) {
      return {ErrorCode::kInvalidArgument, kNoOffset, absl::StrCat("unknown check '", name, "'")};
    }
  }
  return {};
}

bool CheckConfig::Enabled(std::string_view code) const {
  const Setting* s = Find(code);
  return s != nullptr && s->enabled;
}

bool CheckConfig::Overridden(std::string_view code) const {
  const Setting* s = Find(code);
  return s != nullptr && s->overridden;
}

Severity CheckConfig::SeverityOf(std::string_view code) const {
  const Setting* s = Find(code);
  return s == nullptr ? Severity::kWarning : s->severity;
}

}  // namespace mizan::checks
