#include "core/claims/number_forms.h"

#include <algorithm>
#include <optional>
#include <string>
#include <tuple>
#include <utility>

#include "core/claims/claim_builder.h"
#include "core/claims/noun_key.h"
#include "core/numerals/decimal.h"
#include "core/numerals/vulgar_fraction.h"
#include "core/scan/text_cursor.h"
#include "core/text/utf8.h"

namespace mizan::claims {
namespace {

// A run of at most `max` ASCII digits at `pos`: its value and end, or nothing.
std::optional<std::pair<uint64_t, size_t>> SmallInteger(std::string_view text, size_t pos,
                                                        size_t max) {
  size_t end = pos;
  uint64_t value = 0;
  while (end < text.size() && text[end] >= '0' && text[end] <= '9' && end - pos < max) {
    value = value * 10 + static_cast<uint64_t>(text[end] - '0');
    ++end;
  }
  if (end == pos || (end < text.size() && text[end] >= '0' && text[end] <= '9')) {
    return std::nullopt;
  }
  return std::make_pair(value, end);
}

// "a/b" at `pos`, a proper fraction ending there (not "1/4/2022" nor "3/4.5"): its parts and
// end, or nothing.
std::optional<std::tuple<uint64_t, uint64_t, size_t>> ProperFraction(std::string_view text,
                                                                    size_t pos) {
  const auto top = SmallInteger(text, pos, 3);
  if (!top || top->second >= text.size() || text[top->second] != '/') return std::nullopt;
  const auto bottom = SmallInteger(text, top->second + 1, 3);
  if (!bottom || bottom->first == 0 || top->first >= bottom->first) return std::nullopt;
  const size_t end = bottom->second;
  if (end < text.size() && (text[end] == '/' || text[end] == '.' || text[end] == ',') &&
      end + 1 < text.size() && text[end + 1] >= '0' && text[end + 1] <= '9') {
    return std::nullopt;
  }
  return std::make_tuple(top->first, bottom->first, end);
}

bool IsWhole(const numerals::Decimal& d) { return d.ToWhole().has_value(); }

// "صوت 2/3 الأعضاء", "في 3/4 الحالات": a common fraction before the definite group it is a
// share of; a date's day and month are followed by no such noun but "الماضي", "الجاري".
bool ShareOfADefiniteGroup(const Engine& engine, std::string_view text, size_t next,
                           uint64_t bottom) {
  constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
  const std::string_view word = scan::WordAt(text, next);
  return bottom <= 10 && word.size() >= kArticle.size() + 4 && word.starts_with(kArticle) &&
         !engine.time_cues().MatchAt(text, next, "date-after").entry;
}

// "2½", "2 ½": a whole number and a fraction of one character, glued or one space apart.
bool AddVulgarFraction(std::string_view text, uint64_t whole, Mention* m) {
  const size_t at = m->end + (text[m->end] == ' ' ? 1 : 0);
  const auto f = numerals::VulgarFractionAt(text, at);
  if (!f) return false;
  bool exact = true;
  const auto part = numerals::Decimal::Quotient(f->numerator, f->denominator, &exact);
  if (!part) return false;
  m->value = numerals::Decimal::FromInt(whole).Plus(*part);
  m->inexact = !exact;
  m->end = at + f->length;
  return true;
}

}  // namespace

void ReadDigitFraction(const Engine& engine, std::string_view text, Mention* m) {
  if (m->fraction_digits > 0 || m->grouped || m->value.negative()) return;
  const std::optional<uint64_t> whole = m->value.ToWhole();
  if (!whole || *whole > 999999 || m->end >= text.size()) return;
  if (AddVulgarFraction(text, *whole, m)) return;
  uint64_t top = *whole, bottom = 1, integer = 0;
  size_t end = m->end;
  if (text[m->end] == ' ') {  // a whole number, one space, a proper fraction
    const auto f = ProperFraction(text, m->end + 1);
    if (!f) return;
    std::tie(top, bottom, end) = *f;
    integer = *whole;
  } else {
    const auto f = ProperFraction(text, m->begin + (text[m->begin] == '-' ? 1 : 0));
    if (!f || std::get<2>(*f) <= m->end) return;
    std::tie(top, bottom, end) = *f;
    const size_t next = scan::SkipSpaces(text, end);
    const bool of = text.substr(next, 3) == "of " ||
                    text.substr(next, 5) == "\xD9\x85\xD9\x86 ";  // "من "
    if (next == end || !(engine.units().MatchAt(text, next).entry || of ||
                         ShareOfADefiniteGroup(engine, text, next, bottom))) {
      return;
    }
  }
  bool exact = true;
  const auto part = numerals::Decimal::Quotient(top, bottom, &exact);
  if (!part) return;
  m->value = numerals::Decimal::FromInt(integer).Plus(*part);
  m->inexact = !exact;
  m->end = end;
}

void ReadPointWord(const Engine& engine, std::string_view text, Mention* m) {
  if (m->fraction_digits > 0 || m->grouped || m->end >= text.size() || text[m->end] != ' ') {
    return;
  }
  const bool negative = m->value.negative();
  const std::optional<uint64_t> whole = (negative ? m->value.Negated() : m->value).ToWhole();
  const std::string_view word = scan::WordAt(text, m->end + 1);
  const numerals::WordEntry* entry = engine.arabic_words().Find(word);
  if (!whole || word.empty() || entry == nullptr || entry->role != numerals::Role::kPoint) return;
  const size_t begin = m->end + 1 + word.size() + 1;
  size_t end = begin;
  while (end < text.size() && scan::IsAsciiDigit(text[end])) ++end;
  if (begin > text.size() || text[begin - 1] != ' ' || end == begin ||
      (end + 1 < text.size() && (text[end] == '.' || text[end] == ',') &&
       scan::IsAsciiDigit(text[end + 1]))) {
    return;
  }
  const auto value =
      numerals::Decimal::FromDigits(std::to_string(*whole), text.substr(begin, end - begin));
  if (!value) return;
  m->value = negative ? value->Negated() : *value;
  m->fraction_digits = static_cast<int>(end - begin);
  m->end = end;
}

namespace {

// The value of a superscript digit (⁰¹²³⁴⁵⁶⁷⁸⁹) at `pos` and its length in bytes, or -1.
int SuperscriptDigit(std::string_view text, size_t pos, size_t* length) {
  const char32_t c = scan::NextCodePoint(text, pos, length);
  if (c == U'\u00B9') return 1;
  if (c == U'\u00B2' || c == U'\u00B3') return static_cast<int>(c - U'\u00B0');
  if (c == U'\u2070' || (c >= U'\u2074' && c <= U'\u2079')) return static_cast<int>(c - U'\u2070');
  return -1;
}

// The exponent written in superscripts at `pos` ("⁻¹⁸"), with where it ends.
std::optional<std::pair<int32_t, size_t>> SuperscriptExponent(std::string_view text, size_t pos) {
  size_t length = 0;
  const char32_t sign = scan::NextCodePoint(text, pos, &length);
  const bool negative = sign == U'\u207B';
  if (negative || sign == U'\u207A') pos += length;
  int32_t value = 0;
  size_t digits = 0;
  for (int d; digits < 2 && (d = SuperscriptDigit(text, pos, &length)) >= 0; ++digits) {
    value = value * 10 + d;
    pos += length;
  }
  if (digits == 0 || SuperscriptDigit(text, pos, &length) >= 0) return std::nullopt;
  return std::make_pair(negative ? -value : value, pos);
}

// An exponent of one or two digits at `at`, a sign before it allowed, with where it ends.
std::optional<std::pair<int32_t, size_t>> SignedExponent(std::string_view text, size_t at) {
  const bool negative = at < text.size() && text[at] == '-';
  if (at < text.size() && (text[at] == '-' || text[at] == '+')) ++at;
  const auto exponent = SmallInteger(text, at, 2);
  if (!exponent) return std::nullopt;
  const auto value = static_cast<int32_t>(exponent->first);
  return std::make_pair(negative ? -value : value, exponent->second);
}

// The exponent after "10" at `at`: "^6", "^-4", "⁻¹⁸", or "-18" where superscripts were
// flattened (only after a times sign, and only negative: "10-18" alone is a range).
std::optional<std::pair<int32_t, size_t>> ExponentAfterTen(std::string_view text, size_t at) {
  if (auto superscript = SuperscriptExponent(text, at)) return superscript;
  if (at < text.size() && text[at] == '^') return SignedExponent(text, at + 1);
  if (at < text.size() && text[at] == '-') return SignedExponent(text, at);
  return std::nullopt;
}

}  // namespace

void ReadPowerOfTen(std::string_view text, Mention* m) {
  size_t at = m->end;
  if (at >= text.size()) return;
  std::optional<std::pair<int32_t, size_t>> exponent;
  if (text[at] == 'e' || text[at] == 'E') {  // glued: "1e10", "12.32e+14", "-12e-1"
    exponent = SignedExponent(text, at + 1);
  } else {  // "1.3x10^6", "1.3 × 10^6", "20 × 10⁻¹⁸", "20 × 10-18"
    at = scan::SkipSpaces(text, at);
    if (text.substr(at, 1) == "x") {
      at += 1;
    } else if (text.substr(at, 2) == "\xC3\x97") {  // ×
      at += 2;
    } else {
      return;
    }
    at = scan::SkipSpaces(text, at);
    if (text.substr(at, 2) != "10") return;
    exponent = ExponentAfterTen(text, at + 2);
  }
  if (!exponent || scan::IsLetter(scan::NextCodePoint(text, exponent->second))) return;
  m->value = m->value.TimesPowerOfTen(exponent->first);
  m->fraction_digits = std::max(0, m->fraction_digits - exponent->first);
  m->alternative.reset();
  m->end = exponent->second;
}

void ReadSpokenDecimal(const Engine& engine, std::string_view text, numerals::WordNumber* n) {
  static constexpr std::string_view kAnd = "\xD9\x88", kOf = "\xD9\x85\xD9\x86";  // و من
  if (n->ordinal || n->vague || n->inexact || n->definite || !IsWhole(n->value)) return;
  const size_t at = scan::SkipSpaces(text, n->end);
  if (text.substr(at, kAnd.size()) != kAnd) return;
  const auto& lexicon = engine.arabic_words();
  const auto digits = numerals::ReadArabicWords(lexicon, text, at);
  if (!digits || digits->ordinal || digits->vague || !IsWhole(digits->value)) return;
  const size_t of = scan::SkipSpaces(text, digits->end);
  if (text.substr(of, kOf.size()) != kOf || of + kOf.size() >= text.size() ||
      text[of + kOf.size()] != ' ') {
    return;
  }
  const auto whole = numerals::ReadArabicWords(lexicon, text, scan::SkipSpaces(text, of + kOf.size()));
  if (!whole || whole->ordinal || whole->definite) return;
  const std::string power = whole->value.ToString();  // "10", "100", "1000", ...
  if (power.size() < 2 || power[0] != '1' || power.find_first_not_of('0', 1) != std::string::npos ||
      digits->value.ToString().size() >= power.size()) {
    return;
  }
  // "ثلاثة من عشرة لاعبين" counts players out of ten: a noun after it, other than "percent",
  // makes it no decimal.
  const size_t after = scan::SkipSpaces(text, whole->end);
  if (scan::IsLetter(scan::NextCodePoint(text, after)) &&
      !engine.percent_cues().MatchAt(text, after).entry) {
    return;
  }
  const int places = static_cast<int>(power.size()) - 1;
  n->value = n->value.Plus(digits->value.TimesPowerOfTen(-places));
  n->end = whole->end;
}

namespace {

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال

// Makes `n` the fraction of the homograph entry `m` that spans it; false if it does not.
// `marked` says whether the word carries the damma that marks a fraction.
bool TakeHomographFraction(const scan::PhraseList::Match& m, numerals::WordNumber* n,
                           bool marked = false) {
  if (m.entry == nullptr || m.end != n->end) return false;
  if (!marked && m.entry->HasTag("marked")) return false;
  const std::optional<numerals::Decimal> fraction = numerals::Decimal::Parse(m.entry->tags.at(0));
  if (!fraction) return false;
  n->value = *fraction;
  n->inexact = m.entry->HasTag("inexact");
  return true;
}

// Whether the letter at normalized offset `pos` carries a damma in the input: "خُمس".
bool DammaOn(const text::NormalizedText& normalized, size_t pos) {
  const std::string_view original = normalized.original();
  const auto mark_at = [&](size_t at) -> char32_t {
    return at < original.size() ? text::DecodeAt(original, at).code_point : 0;
  };
  const size_t at = normalized.ToOriginalStart(pos);
  if (at >= original.size()) return false;
  size_t next = at + text::DecodeAt(original, at).length;
  if (mark_at(next) == 0x0651) next += 2;  // a shadda (two bytes) before it
  return mark_at(next) == 0x064F;
}

// "أكثر من الخمس" (more than a fifth), "ارتفعت بمقدار الخمس" (by a fifth): a homograph with
// the article right after a bound or a word of "by" or of a change ("بزيادة الخمس"), where no
// noun follows that it would count. A definite cardinal stands after its noun ("الدول
// الخمس"), not after "than".
bool DefiniteFractionAfterABound(const Engine& engine, std::string_view text,
                                 const numerals::WordNumber& n) {
  if (!n.definite || text.substr(n.begin, kArticle.size()) != kArticle) return false;
  const size_t before = scan::SkipSpacesBack(text, n.begin);
  const auto bound = engine.qualifiers().MatchBefore(text, before, "before", kQualifierWhereColumn);
  // "بمقدار الخمس", "بزيادة الخمس": how much a change took.
  const bool by = engine.arith_cues().MatchBefore(text, before, "by").entry != nullptr ||
                  engine.arith_cues().MatchBefore(text, before, "change").entry != nullptr;
  if (!by && (!bound.entry || bound.entry->tags.at(0) == "none")) return false;
  const size_t next = scan::SkipSpaces(text, n.end);
  const std::string_view word = scan::WordAt(text, next);
  // ... as does a time ("بمقدار الخمس العام الماضي").
  return word.empty() || word.starts_with("\xD9\x88") ||  // a glued و starts another phrase
         engine.noun_stopwords().contains(absl::string_view(word.data(), word.size())) ||
         engine.relative_times().MatchAt(text, next).entry != nullptr;
}

// Whether the word at `at` is a noun an owner's suffix makes definite, as written ("قيمته",
// "ميزانيتها", "سكانها"): a stem of three letters or more ("منها" is "of them").
bool Possessed(const text::NormalizedText& normalized, size_t at) {
  constexpr size_t kStem = 6;  // bytes: three Arabic letters
  const std::string_view word = scan::WordAt(normalized.text(), at);
  const size_t suffix = PossessiveLength(
      normalized.original().substr(0, normalized.ToOriginalEnd(at + word.size())), true);
  return suffix > 0 && word.size() >= kStem + suffix;
}

}  // namespace

void ReadMarkedFraction(const Engine& engine, const text::NormalizedText& normalized,
                        numerals::WordNumber* n) {
  const std::string_view text = normalized.text();
  const size_t word = n->definite && text.substr(n->begin, kArticle.size()) == kArticle
                          ? n->begin + kArticle.size()
                          : n->begin;
  if (word >= n->end) return;
  // The list first: the damma is read from the input, which is out of the cache by now.
  const auto homograph = engine.fraction_homographs().MatchAt(text, word);
  if (homograph.entry == nullptr || homograph.end != n->end || !DammaOn(normalized, word)) return;
  if (TakeHomographFraction(homograph, n, true)) {
    n->definite = false;  // a fraction, not the definite number that counts a noun before it
    n->ordinal = false;   // "الخُمسين" is no fiftieth
  }
}

void ReadFractionBeforeDefinite(const Engine& engine, const text::NormalizedText& normalized,
                                numerals::WordNumber* n) {
  const std::string_view text = normalized.text();
  const scan::PhraseList& homographs = engine.fraction_homographs();
  if (DefiniteFractionAfterABound(engine, text, *n)) {
    if (TakeHomographFraction(homographs.MatchAt(text, n->begin + kArticle.size()), n)) {
      n->definite = false;  // a fraction, not the definite number that counts a noun before it
    }
    return;
  }
  if (n->definite) return;
  const size_t next = scan::SkipSpaces(text, n->end);
  if (next == n->end) return;
  if (text.substr(next, kArticle.size()) != kArticle && !Possessed(normalized, next)) return;
  if (numerals::ReadArabicWords(engine.arabic_words(), text, next)) return;  // "عشر الألف"
  TakeHomographFraction(homographs.MatchAt(text, n->begin), n);
}

void ReadSignWord(const Engine& engine, const text::NormalizedText& normalized, size_t floor,
                  Claim* claim) {
  if (claim->value.empty() || claim->too_large || claim->number.negative() ||
      claim->number.is_zero() || !(claim->qualifier.empty() || claim->qualifier == "about") ||
      claim->kind == Kind::kDate || claim->kind == Kind::kYear || claim->kind == Kind::kOrdinal) {
    return;
  }
  const std::string_view text = normalized.text();
  const scan::PhraseList& signs = engine.sign_words();
  size_t begin = claim->norm_begin, end = claim->norm_end;
  size_t before = begin;
  while (before > 0 && text[before - 1] == ' ') --before;
  if (signs.MatchBefore(text, before, "margin").entry) return;
  const auto after = signs.MatchAt(text, scan::SkipSpaces(text, end), "after");
  if (const auto m = signs.MatchBefore(text, before, "before"); m.entry && m.end >= floor) {
    begin = m.end;
  } else if (after.entry) {
    end = after.end;
    // "2 تحت الصفر": below zero is a temperature even where no degree is named.
    if (claim->kind == Kind::kNumber && claim->noun.empty() && after.entry->tags.size() > 1) {
      claim->kind = Kind::kQuantity;
      claim->unit = after.entry->tags[1];
    }
  } else {
    return;
  }
  Negate(claim);
  SetSpan(normalized, begin, end, claim);
}

void DropAMarginsMinus(const Engine& engine, std::string_view text, numerals::WordNumber* n) {
  if (!n->value.negative()) return;
  const size_t minus_end = n->begin + scan::WordAt(text, n->begin).size();
  const size_t rest = scan::SkipSpaces(text, minus_end);
  if (rest >= n->end || !engine.sign_words().MatchBefore(text, minus_end, "margin").entry) return;
  n->begin = rest;
  n->value = n->value.Negated();
}

void Negate(Claim* claim) {
  claim->number = claim->number.Negated();
  claim->value = claim->number.ToString();
  claim->lower = claim->upper = Bound{claim->value, true};
}

}  // namespace mizan::claims
