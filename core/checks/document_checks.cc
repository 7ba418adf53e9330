#include "core/checks/document_checks.h"

namespace mizan::checks {

std::string_view DocumentView::Between(const claims::Claim& a, const claims::Claim& b) const {
  if (b.norm_begin < a.norm_end) return {};
  return std::string_view(normalized.text()).substr(a.norm_end, b.norm_begin - a.norm_end);
}

std::optional<YearMonthDay> DatelineOf(const std::vector<claims::Claim>& claims) {
  for (const claims::Claim& c : claims) {
    if (c.start > 400) break;
    if (c.kind != claims::Kind::kDate || c.calendar != "gregorian") continue;
    if (auto date = ParseIsoDate(c.value)) return date;
  }
  return std::nullopt;
}

void CheckDocument(const DocumentView& doc, const Facts* facts, Reporter* reporter) {
  CheckCalendar(doc, reporter);
  CheckTime(doc, reporter);
  CheckArithmetic(doc, reporter);
  CheckConsistency(doc, reporter);
  if (facts != nullptr) CheckFacts(doc, *facts, reporter);
}

}  // namespace mizan::checks
