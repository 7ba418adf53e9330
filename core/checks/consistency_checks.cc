// doc.conflicting_values: one thing stated with two values that look like one slip of the
//   other: the same counted noun and the word after it ("623 ألف سائح روسي" in a headline,
//   "623 سائح روسي" in the body), values apart by a power of ten, one digit, or two swapped
//   digits. Different values of the same noun are often different things (5 killed here,
//   12 there), so values that are simply different are not flagged.
// style.mixed_digit_scripts: one document writes numbers in two digit scripts (info); one
//   number mixes scripts ("1٣", warning).
// style.ambiguous_separator: a ',' or '.' read by the document's convention, which its other
//   numbers contradict (info).
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "core/checks/compare.h"
#include "core/checks/document_checks.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks {
namespace {

using claims::Claim;
using claims::Kind;

// Two values of one thing that look like one slip of the other: a scale word dropped or
// added (623 and 623000, a power of a thousand), or a typo in a number of three digits or
// more. Two-digit numbers differ by one digit far too often to mean anything.
bool LooksLikeSlip(const Claim& a, const Claim& b) {
  const std::string how = DescribeDifference(a, b);
  for (int k : {3, 6, 9}) {
    if (how.rfind(absl::StrCat("magnitude (x10^", k, ")"), 0) == 0 ||
        how.rfind(absl::StrCat("magnitude (x10^", k, ","), 0) == 0) {
      return true;
    }
  }
  // Round numbers (800 and 400 migrants) are estimates of different things, not typos.
  const auto round = [](const std::string& v) { return v.size() >= 3 && v.substr(v.size() - 2) == "00"; };
  const bool long_enough = a.value.size() >= 3 && b.value.size() >= 3;
  return long_enough && !round(a.value) && !round(b.value) &&
         (how == "digit typo" || how == "transposed digits");
}

// The word after a claim's span: what it is about, beyond the counted noun.
std::string ContextAfter(const DocumentView& doc, const Claim& c) {
  const std::string_view text = doc.normalized.text();
  size_t at = scan::SkipSpaces(text, c.norm_end), end = at, length = 0;
  while (end < text.size() && scan::IsLetter(scan::NextCodePoint(text, end, &length))) end += length;
  return std::string(text.substr(at, end - at));
}

void ConflictingValues(const DocumentView& doc, Reporter* reporter) {
  absl::flat_hash_map<std::string, std::vector<const Claim*>> by_thing;
  for (const Claim& c : doc.claims) {
    if (c.noun_key.empty() || c.value.empty() || c.kind != Kind::kNumber || c.approx ||
        c.qualifier == "range") {
      continue;
    }
    by_thing[absl::StrCat(c.noun_key, "|", ContextAfter(doc, c))].push_back(&c);
  }
  for (const auto& [thing, list] : by_thing) {
    for (size_t i = 0; i < list.size(); ++i) {
      for (size_t j = i + 1; j < list.size(); ++j) {
        const Claim& a = *list[i];
        const Claim& b = *list[j];
        if (a.value == b.value || a.sentence == b.sentence || !LooksLikeSlip(a, b)) continue;
        reporter->Report("doc.conflicting_values",
                         absl::StrCat("the same thing is given as ", a.value, " and as ", b.value,
                                      ": ", DescribeDifference(a, b)),
                         {SpanOf(a), SpanOf(b)}, a.value, b.value);
      }
    }
  }
}

void DigitScripts(const DocumentView& doc, Reporter* reporter) {
  absl::flat_hash_map<std::string, const Claim*> first_of_script;
  std::vector<std::string> order;
  for (const Claim& c : doc.claims) {
    if (c.script == "mixed") {
      reporter->ReportAs(Severity::kWarning, "style.mixed_digit_scripts",
                         absl::StrCat("the number ", c.text, " mixes digit scripts"), {SpanOf(c)},
                         "", c.text);
      continue;
    }
    if (c.script == "words" || c.script.empty()) continue;
    if (first_of_script.emplace(c.script, &c).second) order.push_back(c.script);
  }
  if (order.size() < 2) return;
  std::vector<SpanRef> spans;
  for (const std::string& s : order) spans.push_back(SpanOf(*first_of_script[s]));
  std::string scripts;
  for (const std::string& s : order) absl::StrAppend(&scripts, scripts.empty() ? "" : " and ", s);
  reporter->Report("style.mixed_digit_scripts",
                   absl::StrCat("the document writes numbers in ", scripts, " digits"), spans, "",
                   scripts);
}

}  // namespace

void CheckConsistency(const DocumentView& doc, Reporter* reporter) {
  if (reporter->Enabled("doc.conflicting_values")) ConflictingValues(doc, reporter);
  if (reporter->Enabled("style.mixed_digit_scripts")) DigitScripts(doc, reporter);
  for (const Claim& c : doc.claims) {
    if (!c.separator_guessed) continue;
    reporter->Report("style.ambiguous_separator",
                     absl::StrCat("the separator in ", c.text, " was read as in the rest of the "
                                  "document (", c.value, "), which other numbers contradict"),
                     {SpanOf(c)}, "", c.value);
  }
}

}  // namespace mizan::checks
