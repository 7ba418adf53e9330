#include "core/checks/document_checks.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "absl/strings/str_format.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks {

std::string_view DocumentView::Between(const claims::Claim& a, const claims::Claim& b) const {
  if (b.norm_begin < a.norm_end) return {};
  return std::string_view(normalized.text()).substr(a.norm_end, b.norm_begin - a.norm_end);
}

const scan::PhraseList::Entry* DocumentView::CueBefore(const scan::PhraseList& cues,
                                                       const claims::Claim& c,
                                                       std::string_view meaning) const {
  const std::string_view text = normalized.text();
  size_t p = c.norm_begin;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '(' || text[p - 1] == ',')) --p;
  if (p >= 2 && text.substr(p - 2, 2) == "\xD8\x8C") p -= 2;  // "،"
  // "بتراجع بنحو 40%": a "ب" glued to the claim's qualifier, the claim's own preposition,
  // unless a cue ends with it ("أي بنحو 2.5 نقطة": "أي ب").
  if (p == c.norm_begin && !c.qualifier.empty() && BaEndsAt(text, p)) {
    if (const auto* cue = cues.MatchBefore(text, p, meaning).entry) return cue;
    p -= 2;  // ب's bytes
  }
  while (p > 0 && text[p - 1] == ' ') --p;
  return cues.MatchBefore(text, p, meaning).entry;
}

void SortByStart(std::vector<SpanRef>* spans) {
  std::sort(spans->begin(), spans->end(),
            [](const SpanRef& x, const SpanRef& y) { return x.start < y.start; });
}

// The text between two claims, whichever comes first.
std::string_view BetweenEither(const DocumentView& doc, const claims::Claim& a,
                               const claims::Claim& b) {
  return a.norm_begin < b.norm_begin ? doc.Between(a, b) : doc.Between(b, a);
}

// The words between two claims, whichever comes first, one space apart, without the marks
// (the arithmetic checks' WordsBetween keeps them: there a comma between two amounts parts them).
std::string PlainWordsBetween(const DocumentView& doc, const claims::Claim& a,
                              const claims::Claim& b) {
  const std::string_view between = BetweenEither(doc, a, b);
  std::string words;
  for (size_t i = 0, length = 1; i < between.size(); i += length) {
    const char32_t c = scan::NextCodePoint(between, i, &length);
    const bool mark = c == ',' || c == U'\u060C' || c == '(' || c == ')' || c == '-' ||
                      scan::SpaceLength(between, i) > 0;
    if (!mark) {
      words.append(between.substr(i, length));
    } else if (!words.empty() && words.back() != ' ') {
      words += ' ';
    }
  }
  if (!words.empty() && words.back() == ' ') words.pop_back();
  return words;
}

bool CoveredBy(std::string_view words, const scan::PhraseList& cues, std::string_view meaning) {
  return CoveringEntry(words, cues, meaning) != nullptr;
}

const scan::PhraseList::Entry* CoveringEntry(std::string_view words, const scan::PhraseList& cues,
                                             std::string_view meaning) {
  if (words.empty()) return nullptr;
  const auto m = cues.MatchAt(words, 0, meaning);
  return m.entry && m.end == words.size() ? m.entry : nullptr;
}

namespace {

// Whether the words before a date on its line are none, or a place of a few words and a comma.
bool OnlyAPlaceBefore(std::string_view words) {
  constexpr int kPlaceWords = 3;
  words = TrimSpaces(words);
  if (words.empty()) return true;
  if (words.ends_with(',')) {
    words.remove_suffix(1);
  } else if (words.ends_with(kArabicComma)) {
    words.remove_suffix(kArabicComma.size());
  } else {
    return false;
  }
  return std::count(words.begin(), words.end(), ' ') < kPlaceWords;
}

}  // namespace

std::optional<YearMonthDay> DatelineOf(const std::vector<claims::Claim>& claims,
                                       std::string_view text, bool* set_off) {
  for (const claims::Claim& c : claims) {
    if (c.start > 400) break;
    if (c.kind != claims::Kind::kDate || c.calendar != "gregorian") continue;
    // A dateline opens its line ("١٨ نوفمبر، ٢٠٢٢", "القاهرة، ٣ مارس ٢٠٢٥ -"); a date deep in
    // a sentence is an event, not the day of publication.
    const size_t line = text.rfind('\n', c.start);
    const size_t line_start = line == std::string_view::npos ? 0 : line + 1;
    if (c.start - line_start > 60) continue;
    auto date = ParseIsoDate(c.value);
    if (!date) continue;
    const size_t next = text.find_first_not_of(" \t", c.end);
    const bool shaped = next == std::string_view::npos ||
                        std::string_view("-(:/\n\r").find(text[next]) != std::string_view::npos ||
                        text.substr(next).starts_with("\u2013") ||
                        text.substr(next).starts_with("\u2014");
    // Not set off, the date opens its line or follows a place and a comma ("CAIRO, March 3,
    // 2025, the ministry said"); after other words ("وولد الفنان في 12 مارس 1946") it is
    // an event's.
    if (!shaped && !OnlyAPlaceBefore(text.substr(line_start, c.start - line_start))) continue;
    if (set_off != nullptr) *set_off = shaped;
    return date;
  }
  return std::nullopt;
}

void CheckDocument(const DocumentView& doc, const Facts* facts, Reporter* reporter) {
  CheckCalendar(doc, reporter);
  CheckTime(doc, reporter);
  CheckArithmetic(doc, reporter);
  CheckUnits(doc, reporter);
  CheckRates(doc, reporter);
  CheckConsistency(doc, reporter);
  if (facts != nullptr) CheckFacts(doc, *facts, reporter);
}

std::string_view PastALeadingComma(std::string_view words) {
  const size_t at = words.find_first_not_of(' ');
  if (at == std::string_view::npos) return words;
  const std::string_view rest = words.substr(at);
  if (rest.starts_with(',')) return rest.substr(1);
  if (rest.starts_with(kArabicComma)) return rest.substr(kArabicComma.size());
  return words;
}

size_t PastACommaBack(std::string_view text, size_t pos) {
  pos = scan::SkipSpacesBack(text, pos);
  if (pos > 0 && text[pos - 1] == ',') return scan::SkipSpacesBack(text, pos - 1);
  if (text.substr(0, pos).ends_with(kArabicComma)) {
    return scan::SkipSpacesBack(text, pos - kArabicComma.size());
  }
  return std::string_view::npos;
}

bool RefersBack(const DocumentView& doc, const claims::Claim& c) {
  if (c.text.starts_with("\xD8\xA7\xD9\x84")) return true;  // "ال"
  const std::string_view text = doc.normalized.text();
  return doc.engine.arith_cues()
             .MatchBefore(text, scan::SkipSpacesBack(text, c.norm_begin), "refers-back")
             .entry != nullptr;
}

bool OpensASentence(std::string_view text, size_t at) {
  const size_t p = scan::SkipSpacesBack(text, at);
  const std::string_view before = text.substr(0, p);
  return p == 0 || text[p - 1] == '.' || text[p - 1] == '\n' ||
         before.ends_with(scan::kParagraphSeparator) || before.ends_with(scan::kLineSeparator);
}

std::optional<double> AsDouble(const std::string& value) {
  if (value.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(value.c_str(), &end);
  if (end != value.c_str() + value.size()) return std::nullopt;  // a date's "2022-11"
  return v;
}

std::string Approximate(double v) {
  const int decimals = std::fabs(v) >= 100 ? 0 : std::fabs(v) >= 10 ? 1 : 2;
  std::string out = absl::StrFormat("%.*f", decimals, v);
  if (decimals > 0) {
    while (out.back() == '0') out.pop_back();
    if (out.back() == '.') out.pop_back();
  }
  return out;
}

double HalfUnit(const claims::Claim& c) {
  // A fraction in words after a whole number ("3 and a half hours", "ثلاث ساعات ونصف") says
  // the number to its own decimals, as "3.5" would (a third to two decimals).
  int digits = c.fraction_digits;
  if (c.scale.is_zero() && digits == 0) digits = std::min(c.number.FractionDigits(), 2);
  const double half = 0.5 * std::pow(10.0, -digits);
  if (c.scale.is_zero()) return half;
  return half * AsDouble(c.scale.ToString()).value_or(1);
}

double ZerosRounding(const std::string& value) {
  const std::string_view digits = WithoutSign(value);
  if (digits.size() < 2) return 0;
  const size_t zeros = std::min(digits.size() - 1 - digits.find_last_not_of('0'),
                                digits.size() - 2);
  return zeros == 0 ? 0 : 0.5 * std::pow(10.0, static_cast<double>(zeros));
}

double WrittenRounding(const claims::Claim& c, const std::string& value) {
  double half = HalfUnit(c);
  if (c.fraction_digits == 0 && c.scale.is_zero() && WithoutSign(value).size() > 2) {
    half = std::max(half, ZerosRounding(value));
  }
  if (!c.approx && (c.qualifier.empty() || c.qualifier == "range")) return half;
  return std::max(half, 0.05 * std::fabs(AsDouble(value).value_or(0)));
}

double RoundingBeside(const claims::Claim& c, const claims::Claim& other) {
  if (c.scale.is_zero() || !(c.scale == other.scale) ||
      other.fraction_digits <= c.fraction_digits) {
    return HalfUnit(c);
  }
  return 2 * HalfUnit(other);
}

}  // namespace mizan::checks
