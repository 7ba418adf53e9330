#include "core/scan/candidates.h"

#include <algorithm>

#include "core/scan/text_cursor.h"

namespace mizan::scan {
namespace {

bool IsSign(char32_t c) { return c == U'-' || c == U'+'; }

bool IsAlnum(char32_t c) { return IsLetter(c) || (c >= U'0' && c <= U'9'); }

std::string Alternation(std::vector<std::string> forms) {
  // Longest first: RE2 alternation prefers the earlier branch.
  std::sort(forms.begin(), forms.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  std::string out;
  for (const std::string& f : forms) {
    if (!out.empty()) out += '|';
    out += re2::RE2::QuoteMeta(f);
  }
  return out;
}

bool DigitCandidate(std::string_view text, re2::StringPiece match, Candidate* c) {
  c->type = Candidate::Type::kDigits;
  c->begin = static_cast<size_t>(match.data() - text.data());
  c->end = c->begin + match.size();
  size_t before_start = c->begin;
  const char32_t before = PreviousCodePoint(text, c->begin, &before_start);
  if (IsLatinLetter(before)) return false;
  if (before == U'.' || before == U'\u066B') {  // ".77", "٫٧٧": a fraction with no integer part
    size_t dot_start = before_start;
    const char32_t earlier = PreviousCodePoint(text, before_start);
    if (!IsAlnum(earlier) && earlier != U'.' && earlier != U',') {
      c->leading_point = true;
      c->begin = dot_start;
    }
  } else if (IsSign(before)) {
    const char32_t earlier = PreviousCodePoint(text, before_start);
    if (IsLatinLetter(earlier)) return false;  // "COVID-19"
    if (!IsAlnum(earlier)) {                   // "-5", " +3"; not "2020-2021"
      c->negative = before == U'-';
      c->begin = before_start;
    }
  }
  return numerals::SplitDigitRun(std::string_view(match.data(), match.size()),
                                 c->end - match.size(), &c->run);
}

}  // namespace

std::string CandidatePattern(CandidateWords words) {
  // The separators that may join digit groups: , . ' ٫ ٬ ، and the normalized grouping space.
  const std::string digits = "([0-9]+(?:[,.'\\x{066B}\\x{066C}\\x{060C}\\x{00A0}][0-9]+)*)";
  const std::string arabic_prefix = "(?:[وف]?(?:ال|لل|[بك]ال|[بلك])?)";
  return digits + "|(" + arabic_prefix + "(?:" + Alternation(std::move(words.arabic_numbers)) +
         "))|((?i:" + Alternation(std::move(words.english_numbers)) + "))|((?i:" +
         Alternation(std::move(words.months)) + "))|((?:" +
         Alternation(std::move(words.dual_nouns)) + "))";
}

std::vector<Candidate> FindCandidates(const re2::RE2& pattern, std::string_view text) {
  static constexpr Candidate::Type kWordTypes[] = {
      Candidate::Type::kArabicWords, Candidate::Type::kEnglishWords, Candidate::Type::kMonth,
      Candidate::Type::kDualNoun};
  std::vector<Candidate> found;
  re2::StringPiece rest(text.data(), text.size());
  re2::StringPiece groups[5];
  while (re2::RE2::FindAndConsume(&rest, pattern, &groups[0], &groups[1], &groups[2],
                                  &groups[3], &groups[4])) {
    Candidate c;
    if (!groups[0].empty()) {
      if (DigitCandidate(text, groups[0], &c)) found.push_back(std::move(c));
      continue;
    }
    for (int i = 1; i < 5; ++i) {
      if (groups[i].empty()) continue;
      c.type = kWordTypes[i - 1];
      c.begin = static_cast<size_t>(groups[i].data() - text.data());
      c.end = c.begin + groups[i].size();
      break;
    }
    if (IsLetter(PreviousCodePoint(text, c.begin))) continue;  // inside a word
    found.push_back(std::move(c));
  }
  return found;
}

}  // namespace mizan::scan
