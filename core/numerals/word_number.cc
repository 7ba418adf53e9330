#include "core/numerals/word_number.h"

#include <array>
#include <climits>
#include <optional>
#include <string>

#include "absl/strings/ascii.h"

#include "core/scan/text_cursor.h"

namespace mizan::numerals {
namespace {

// Arabic glues clitics to its number words and puts units before tens; English puts tens
// first, joins them with a hyphen and "and"; Persian orders a number as English does, joins
// every part with a separate و and glues nothing.
enum class Language { kArabic, kEnglish, kPersian };

// One word of a phrase, looked up without its clitics.
struct Token {
  size_t begin = 0;  // after conjunction and preposition, before the article
  size_t end = 0;
  const WordEntry* entry = nullptr;
  bool conj = false;      // joined by "و" / "and" (glued or apart)
  bool hyphen = false;    // English "twenty-one"
  bool definite = false;  // with the article (ال / "the" is not tracked in English)
  bool preposition = false;
};

// Folded Arabic clitic prefixes, longest first within each class. `conj` marks و/ف.
struct Prefix {
  std::string_view text;
  bool conj;
  bool preposition;
  bool article;
};
constexpr std::array<Prefix, 22> kArabicPrefixes = {{
    {"وبال", true, true, true}, {"فبال", true, true, true}, {"وكال", true, true, true},
    {"ولل", true, true, true},  {"فلل", true, true, true},  {"وال", true, false, true},
    {"فال", true, false, true}, {"بال", false, true, true}, {"كال", false, true, true},
    {"لل", false, true, true},  {"ال", false, false, true}, {"وب", true, true, false},
    {"ول", true, true, false},  {"وك", true, true, false},  {"فب", true, true, false},
    {"فل", true, true, false},  {"و", true, false, false},  {"ف", true, false, false},
    {"ب", false, true, false},  {"ل", false, true, false},  {"ك", false, true, false},
    {"", false, false, false},
}};

size_t WordEnd(std::string_view text, size_t pos) {
  size_t length = 0;
  while (pos < text.size()) {
    const char32_t c = scan::NextCodePoint(text, pos, &length);
    if (!scan::IsLetter(c)) break;
    pos += length;
  }
  return pos;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  absl::AsciiStrToLower(&out);
  return out;
}

// Looks the word [pos, end) up, trying the whole word first, then without each clitic prefix.
// `first` allows prepositions, which only the first word of a phrase carries.
bool LookUpArabic(const WordLexicon& lexicon, std::string_view text, size_t pos, size_t end,
                  bool first, Token* t) {
  const std::string_view word = text.substr(pos, end - pos);
  // Inside a phrase, a glued و is the conjunction even where the whole word is a number
  // too: "وأحد" folds to "واحد".
  static constexpr std::string_view kAnd = "\xD9\x88";
  if (!first && word.size() > kAnd.size() && word.substr(0, kAnd.size()) == kAnd) {
    if (const WordEntry* e = lexicon.Find(word.substr(kAnd.size()))) {
      *t = {pos + kAnd.size(), end, e, true};
      return true;
    }
  }
  // The bare word first: ألف, بليون and الف start with what looks like a clitic.
  if (const WordEntry* e = lexicon.Find(word)) {
    *t = {pos, end, e};
    return true;
  }
  for (const Prefix& p : kArabicPrefixes) {
    if (p.text.empty() || word.size() <= p.text.size() || word.substr(0, p.text.size()) != p.text) {
      continue;
    }
    if (p.preposition && !first) continue;
    const WordEntry* e = lexicon.Find(word.substr(p.text.size()));
    if (e == nullptr) continue;
    // The span keeps the article ("الثالث") but not و, ف or a preposition; in "لل" the
    // article is the second lam.
    const size_t article_bytes = !p.article ? 0 : p.text.ends_with("ال") ? 4 : 2;
    const size_t begin = pos + p.text.size() - article_bytes;
    *t = {begin, end, e, p.conj, false, p.article, p.preposition};
    return true;
  }
  return false;
}

// Reads the token after `pos` (spaces, a standalone "و" or "and", a hyphen are crossed).
bool NextToken(const WordLexicon& lexicon, std::string_view text, size_t pos, Language lang,
               bool first, Token* t, bool skip_of = false, bool after_scale = false) {
  const bool english = lang == Language::kEnglish;
  bool hyphen = false;
  if (english && pos < text.size() && text[pos] == '-') {
    hyphen = true;
    ++pos;
  }
  size_t start = scan::SkipSpaces(text, pos);
  bool comma = false;
  if (after_scale &&
      (text.substr(start, 2) == "\xD8\x8C" || (start < text.size() && text[start] == ','))) {
    // "ألفًا، وخمسمائة": after a scale word, a comma may come before the conjunction. Elsewhere
    // a comma separates two numbers ("عشرون، وخمسة عشر").
    const size_t after = scan::SkipSpaces(text, start + (text[start] == ',' ? 1 : 2));
    const std::string_view next = text.substr(after, WordEnd(text, after) - after);
    if (next.substr(0, 2) != "\xD9\x88" && Lower(next) != "and") return false;
    start = after;
    comma = true;
  }
  if (!first && start == pos && !hyphen && !comma) return false;  // words need a separator
  bool conj = false;
  if (!first) {
    const size_t word_end = WordEnd(text, start);
    const std::string word = Lower(text.substr(start, word_end - start));
    if ((!english && word == "و") || (english && word == "and")) {
      conj = true;
      start = scan::SkipSpaces(text, word_end);
    } else if (skip_of && word == "of") {  // "tens of thousands"
      start = scan::SkipSpaces(text, word_end);
    }
  }
  const size_t end = WordEnd(text, start);
  if (end == start) return false;
  if (lang != Language::kArabic) {
    const std::string_view word = text.substr(start, end - start);
    const WordEntry* e = english ? lexicon.Find(Lower(word)) : lexicon.Find(word);
    if (e == nullptr) return false;
    *t = {start, end, e, conj, hyphen};
    return true;
  }
  if (!LookUpArabic(lexicon, text, start, end, first, t)) return false;
  if (first && t->conj) t->conj = false;  // a phrase-initial و is "and", not part of it
  t->conj |= conj;
  return true;
}

// Whether the word after `pos` has the article: "ونصف السكان" is half of the population, not
// half of the scale before it. A noun has two letters after it at least: "إلى", "إلا" (to,
// but), which fold to "الى", "الا", have one.
bool DefiniteWordAfter(std::string_view text, size_t pos) {
  static constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
  constexpr size_t kOneLetter = 2;  // bytes of an Arabic letter
  const size_t start = scan::SkipSpaces(text, pos);
  return start != pos && text.substr(start, kArticle.size()) == kArticle &&
         WordEnd(text, start) > start + kArticle.size() + kOneLetter;
}

enum class Last {
  kNone, kMinus, kArticle, kUnit, kUnitPair, kTen, kTeen, kTens, kHundred, kScale,
  kFraction, kVague, kDozen, kFew, kOrdinal, kOrdinalOne, kEnd,
  kWholeFraction,  // "two and a half", "ثلاثة وربع": a scale word may still count them
  kScaleFraction,  // "مليون ونصف": the same scale may be named again ("ونصف المليون")
};

// The state of a number phrase as its words are accepted one by one.
class Phrase {
 public:
  explicit Phrase(Language lang)
      : english_(lang == Language::kEnglish), persian_(lang == Language::kPersian) {}

  bool Accept(const Token& t);
  bool AcceptToken(const Token& t);

  // Whether the words so far make a number by themselves.
  bool Complete() const {
    if (and_a_) return false;
    switch (last_) {
      case Last::kNone: case Last::kMinus: case Last::kArticle: case Last::kUnitPair:
      case Last::kOrdinalOne: case Last::kFew:
        return false;
      default:
        break;
    }
    // Weak words and homographs alone are not numbers.
    if (words_ == 1 && (weak_ || (definite_ && last_ == Last::kUnit && group_ <= 2))) {
      return false;
    }
    return true;
  }

  WordNumber Result() const {
    WordNumber n;
    Decimal v = total_.Plus(Decimal::FromInt(static_cast<uint64_t>(group_))).Plus(fraction_);
    if (vague_) v = v.Times(Decimal::FromInt(2));  // "tens" of something: at least two tens
    n.value = negative_ ? v.Negated() : v;
    n.ordinal = ordinal_;
    n.definite = definite_;
    n.vague = vague_ || few_and_ten_;
    n.inexact = inexact_;
    return n;
  }

  bool vague() const { return last_ == Last::kVague; }
  // "tens of thousands", "a couple of hundred", "a quarter of a million": an "of" may come
  // before the scale.
  bool TakesOf() const {
    return last_ == Last::kVague || last_ == Last::kFew || (english_ && last_ == Last::kFraction);
  }
  bool after_scale() const { return last_ == Last::kScale; }
  bool AcceptsPoint() const {
    return !ordinal_ && !vague_ && fraction_.is_zero() && Complete() && last_ != Last::kFraction &&
           last_ != Last::kScaleFraction;
  }
  // Continues a number whose digits and scale word were read elsewhere ("3 ملايين"), from
  // after the scale word; its value is left out of the result.
  void StartAfterScale(const Decimal& scale) {
    last_scale_ = scale;
    has_scale_ = true;
    last_ = Last::kScale;
    words_ = 1;
  }
  bool AtScaleFraction() const { return last_ == Last::kScaleFraction; }
  bool AwaitsFraction() const { return and_a_; }
  void AddFraction(const Decimal& f) {
    fraction_ = fraction_.Plus(f);
    last_ = Last::kEnd;
  }

 private:
  bool GroupEmpty() const { return group_ == 0 && fraction_.is_zero(); }
  // After a scale word (or at the start), where a new group may begin after "و".
  bool AtBoundary(bool conj) const {
    return last_ == Last::kNone || last_ == Last::kMinus || (conj && last_ == Last::kScale);
  }
  bool AfterHundred(bool conj) const { return last_ == Last::kHundred && (conj || english_); }
  bool Small() const { return last_ == Last::kUnit || last_ == Last::kTen || last_ == Last::kTeen ||
                              last_ == Last::kTens || last_ == Last::kHundred; }

  bool AcceptUnit(const Token& t, int v);
  bool AcceptTen(const Token& t);
  bool AcceptTens(const Token& t, int v);
  bool AcceptHundred(const Token& t, int v, bool compound);
  bool AcceptScale(const Token& t, const Decimal& scale, Role form);
  bool AcceptFraction(const Token& t);
  bool AcceptPluralFraction(const Token& t);
  bool AcceptScaleAfterFraction(const Token& t);
  void AddJoinedFraction(const Decimal& f);
  void AddScaleFraction(const Decimal& f);
  bool AcceptOrdinal(const Token& t);
  void ApplyScale(const Decimal& scale, const Decimal& multiplier);

  bool english_, persian_;
  Decimal total_;
  int64_t group_ = 0;
  Decimal fraction_;
  Decimal last_scale_;
  bool has_scale_ = false;
  Last last_ = Last::kNone;
  int words_ = 0;
  bool negative_ = false, ordinal_ = false, vague_ = false, inexact_ = false;
  bool weak_ = false, definite_ = false;
  bool few_and_ten_ = false;  // "بضعة عشر": a lower bound of 13 as it is, not doubled as vague_
  int64_t last_small_ = 0;  // what the last unit or ten added, the count of a plural fraction
  bool count_after_scale_ = false;  // the last unit came right after a scale and "and"
  Decimal construct_scale_;  // "ألفا", "مليونا" alone, read as two: the scale, else 0
  bool and_a_ = false;      // "and a" seen: only a fraction may follow
  // English: the number before the last "and" that joined a unit or ten, which a plural
  // fraction after it does not count ("twenty and three fifths" is 20 3/5).
  std::optional<Decimal> whole_before_and_;
};

// The value of a word that makes up a number (a unit, a ten, a hundred, an ordinal), or 0 for
// one past an int: the ordinal of a scale ("trillionth") is read from its value elsewhere.
int SmallValue(const Token& t) {
  const std::optional<uint64_t> whole = t.entry->value.ToWhole();
  return whole && *whole <= static_cast<uint64_t>(INT_MAX) ? static_cast<int>(*whole) : 0;
}

bool Phrase::AcceptUnit(const Token& t, int v) {
  const bool after_scale = t.conj && last_ == Last::kScale && GroupEmpty();
  if (AtBoundary(t.conj) && GroupEmpty()) {
    group_ = v;
  } else if (AfterHundred(t.conj) && group_ % 100 == 0) {
    group_ += v;
  } else if (last_ == Last::kTens && group_ % 10 == 0 && (t.conj || t.hyphen || english_)) {
    group_ += v;  // "twenty-one", lenient "عشرون وواحد"
  } else if (english_ && last_ == Last::kScale && GroupEmpty()) {
    group_ = v;  // "one thousand five"
  } else {
    return false;
  }
  last_small_ = v;
  count_after_scale_ = after_scale;
  last_ = Last::kUnit;
  return true;
}

bool Phrase::AcceptTen(const Token& t) {
  if (last_ == Last::kFew && !t.conj && !english_) {  // "بضعة عشر": a few and ten, 13 to 19
    group_ = 13;
    few_and_ten_ = true;
    last_ = Last::kTeen;
    return true;
  }
  const bool unit_only = group_ % 100 < 10 && group_ % 100 > 0;
  // "الثاني عشر" is the 12th, "الحادي عشر" the 11th; "أول عشر" is the first ten.
  const bool ordinal_teen = (last_ == Last::kOrdinal && group_ % 100 > 1) || last_ == Last::kOrdinalOne;
  if (!t.conj && unit_only && (last_ == Last::kUnit || last_ == Last::kUnitPair || ordinal_teen)) {
    group_ += 10;  // the second word of 11..19
    last_ = ordinal_ ? Last::kOrdinal : Last::kTeen;
    return true;
  }
  if ((AtBoundary(t.conj) && GroupEmpty()) || (AfterHundred(t.conj) && group_ % 100 == 0) ||
      (t.conj && Small() && !english_)) {
    group_ += 10;  // the last case only as the count of a fraction: "سبعة و عشرة أخماس"
    last_small_ = 10;
    last_ = Last::kTen;
    return true;
  }
  return false;
}

bool Phrase::AcceptTens(const Token& t, int v) {
  const bool units_only = group_ % 100 < 10;
  const bool after_unit = (last_ == Last::kUnit || last_ == Last::kOrdinal ||
                           last_ == Last::kOrdinalOne) && units_only;
  if (!english_ && t.conj && after_unit) {
    group_ += v;  // "واحد وعشرون", "الحادي والعشرون"
    // "القرن الواحد والعشرين": the definite one before definite tens is an ordinal, as
    // "الحادي" is; other units so written count ("الدول الخمس والعشرين").
    if (words_ == 1 && definite_ && group_ - v == 1 && t.definite) ordinal_ = true;
  } else if ((AtBoundary(t.conj) && GroupEmpty()) || (AfterHundred(t.conj) && group_ % 100 == 0)) {
    group_ += v;
    if (words_ == 0 && t.definite) ordinal_ = true;  // "التسعون": the ninetieth
  } else if (english_ && last_ == Last::kScale && GroupEmpty()) {
    group_ = v;
  } else {
    return false;
  }
  last_ = ordinal_ && last_ != Last::kNone ? Last::kOrdinal : Last::kTens;
  return true;
}

bool Phrase::AcceptHundred(const Token& t, int v, bool compound) {
  if (!compound && !t.conj && (last_ == Last::kUnit || (english_ && (last_ == Last::kTeen ||
                                                                     last_ == Last::kTens))) &&
      group_ < 100) {
    group_ *= 100;  // "ثلاث مائة", "nineteen hundred"
  } else if (!compound && last_ == Last::kArticle) {
    group_ = 100;
  } else if (AtBoundary(t.conj) && GroupEmpty()) {
    group_ = v;
    if (words_ == 0 && t.definite) ordinal_ = true;  // "المائة والخامس": the 105th
  } else if (english_ && last_ == Last::kScale && GroupEmpty()) {
    group_ = v;
  } else {
    return false;
  }
  last_ = Last::kHundred;
  return true;
}

void Phrase::ApplyScale(const Decimal& scale, const Decimal& multiplier) {
  total_ = total_.Plus(multiplier.Times(scale));
  group_ = 0;
  fraction_ = Decimal();
  last_scale_ = scale;
  has_scale_ = true;
  last_ = Last::kScale;
}

bool Phrase::AcceptScale(const Token& t, const Decimal& scale, Role form) {
  // Scales come largest first: "three million five hundred thousand". The same scale again
  // only adds one more of it: "مائة ألف وألف" is 101000.
  if (has_scale_) {
    const Decimal diff = last_scale_.Plus(scale.Negated());
    const bool one_more = diff.is_zero() && t.conj && GroupEmpty() && last_ == Last::kScale &&
                          form == Role::kScale;
    // "ألف مليون دولار", "ألف وخمسمائة مليون", "a thousand million", "two lakh crore": a
    // number of thousands or lakhs right before a larger scale counts that scale.
    const bool counts_larger =
        last_scale_ == Decimal::FromInt(1000) || last_scale_ == Decimal::FromInt(100000);
    if (diff.negative() && !t.conj && counts_larger &&
        form == Role::kScale && fraction_.is_zero() && (last_ == Last::kScale || Small())) {
      total_ = total_.Plus(Decimal::FromInt(static_cast<uint64_t>(group_))).Times(scale);
      group_ = 0;
      last_scale_ = scale;
      last_ = Last::kScale;
      return true;
    }
    if (diff.negative() || (diff.is_zero() && !one_more)) return false;
  }
  if (last_ == Last::kFew) {  // "several thousand", "بضعة آلاف": at least two of the scale
    if (t.conj) return false;
    ApplyScale(scale, Decimal::FromInt(1));
    vague_ = true;
    last_ = Last::kVague;
    return true;
  }
  const Decimal group = Decimal::FromInt(static_cast<uint64_t>(group_)).Plus(fraction_);
  const bool counted = !t.conj && (Small() || last_ == Last::kFraction || last_ == Last::kArticle);
  if (last_ == Last::kVague && form == Role::kScalePlural) {
    ApplyScale(scale, group);  // "مئات الآلاف", "tens of thousands"
    last_ = Last::kVague;
    return true;
  }
  switch (form) {
    case Role::kScale:
      if (counted) return ApplyScale(scale, last_ == Last::kArticle && group.is_zero() ? Decimal::FromInt(1) : group), true;
      if (AtBoundary(t.conj) && GroupEmpty()) return ApplyScale(scale, Decimal::FromInt(1)), true;
      return false;
    case Role::kScaleAcc:
      if (counted) return ApplyScale(scale, group), true;
      if (AtBoundary(t.conj) && GroupEmpty()) {  // alone it is the construct dual: "ألفا دولار"
        ApplyScale(scale, Decimal::FromInt(2));
        construct_scale_ = scale;
        return true;
      }
      return false;
    case Role::kScaleDual:
      if (AtBoundary(t.conj) && GroupEmpty()) return ApplyScale(scale, Decimal::FromInt(2)), true;
      return false;
    case Role::kScalePlural:
      if (counted && last_ != Last::kFraction) return ApplyScale(scale, group), true;
      if (last_ == Last::kNone) {  // "آلاف" alone: thousands
        ApplyScale(scale, Decimal::FromInt(1));
        vague_ = true;
        last_ = Last::kVague;
        return true;
      }
      return false;
    default:
      return false;
  }
}

// The denominator of a rounded unit fraction (0.16666666666666666667 is a sixth), if it is one.
std::optional<uint64_t> DenominatorOf(const Decimal& f) {
  for (uint64_t d = 2; d <= 100; ++d) {
    bool exact = false;
    if (Decimal::Quotient(1, d, &exact) == f) return d;
  }
  return std::nullopt;
}

// A fraction joined by "و" or "and a" to what came before: a fraction of the scale just named
// ("مليون ونصف") or of one ("five and a half").
// A fraction of the scale just named: "مليون ونصف" is a million and half a million.
void Phrase::AddScaleFraction(const Decimal& f) {
  total_ = total_.Plus(f.Times(last_scale_));
  last_ = Last::kScaleFraction;
}

void Phrase::AddJoinedFraction(const Decimal& f) {
  and_a_ = false;
  if (last_ == Last::kScale && GroupEmpty()) {
    AddScaleFraction(f);
  } else {
    fraction_ = fraction_.Plus(f);
    last_ = has_scale_ ? Last::kEnd : Last::kWholeFraction;
  }
}

// "ثلاثة أرباع", "two thirds", "سبعون و ثلاثة أسداس", "twenty-three fifths". Arabic counts
// the fraction with the unit or ten before it, the rest of the number being a whole joined
// by "و"; English with the whole number before it ("twenty-three fifths" is 23/5), and joins
// a whole with "and" ("two and three fifths", read by AddMixedFraction).
bool Phrase::AcceptPluralFraction(const Token& t) {
  if (t.conj) return false;
  // "two million and three quarters": a fraction of the scale.
  const bool after_scale = last_ == Last::kUnit && count_after_scale_;
  const bool whole_count = english_ && !after_scale;
  uint64_t count = 0;
  // A whole before "and" stays whole; the count is what follows it.
  const Decimal whole_part = whole_count && whole_before_and_ ? *whole_before_and_ : Decimal();
  if (whole_count) {
    if (!fraction_.is_zero() || !Small()) return false;
    const Decimal all = total_.Plus(Decimal::FromInt(static_cast<uint64_t>(group_)));
    const std::optional<uint64_t> whole = all.Plus(whole_part.Negated()).ToWhole();
    if (!whole) return false;
    count = *whole;
  } else {
    if ((last_ != Last::kUnit && last_ != Last::kTen) || last_small_ > 10) return false;
    count = static_cast<uint64_t>(last_small_);
  }
  // A count of a rounded fraction is worked out from its denominator: three sixths are
  // exactly a half, not three times 0.16666666666666666667.
  const Decimal& f = t.entry->value;
  const std::optional<uint64_t> denominator = t.entry->inexact ? DenominatorOf(f) : std::nullopt;
  bool exact = !t.entry->inexact;
  const std::optional<Decimal> quotient =
      denominator ? Decimal::Quotient(count, *denominator, &exact) : std::nullopt;
  const Decimal part = quotient ? *quotient : Decimal::FromInt(count).Times(f);
  inexact_ |= !exact;
  if (after_scale) {
    group_ = 0;
    AddScaleFraction(part);
  } else if (whole_count) {
    total_ = whole_part;
    group_ = 0;
    fraction_ = part;
    last_ = total_.is_zero() ? Last::kFraction : Last::kEnd;
  } else {
    fraction_ = part;
    group_ -= last_small_;
    last_ = group_ == 0 && total_.is_zero() ? Last::kFraction : Last::kEnd;
  }
  return true;
}

bool Phrase::AcceptFraction(const Token& t) {
  const Role role = t.entry->role;
  const Decimal& f = t.entry->value;
  if (role == Role::kFractionPlural) return AcceptPluralFraction(t);
  inexact_ |= t.entry->inexact;
  if (last_ == Last::kTen && group_ % 100 != 10) return false;  // only a fraction's count
  if ((t.conj || and_a_) && (Small() || last_ == Last::kScale)) {  // "مليون ونصف", "five and a half"
    AddJoinedFraction(f);
    return true;
  }
  if (role == Role::kFractionConj) return false;
  if (english_ && last_ == Last::kUnit && group_ == 1 && !t.conj && count_after_scale_) {
    group_ = 0;  // "two million and one half"
    AddScaleFraction(f);
    return true;
  }
  if (last_ == Last::kNone || last_ == Last::kMinus || last_ == Last::kArticle ||
      (english_ && last_ == Last::kUnit && group_ == 1 && !t.conj)) {  // "one half"
    group_ = 0;
    fraction_ = role == Role::kFractionDual ? f : f;
    last_ = Last::kFraction;
    return true;
  }
  return false;
}

// "two and a half million", "ثلاثة وربع مليون": the scale counts the whole and its fraction.
// "مليون ونصف المليون": the scale named again after its fraction adds nothing.
bool Phrase::AcceptScaleAfterFraction(const Token& t) {
  const Role role = t.entry->role;
  if (t.conj || (role != Role::kScale && role != Role::kScaleAcc)) return false;
  if (last_ == Last::kScaleFraction) {
    if (!(t.entry->value == last_scale_)) return false;
  } else {
    ApplyScale(t.entry->value, Decimal::FromInt(static_cast<uint64_t>(group_)).Plus(fraction_));
  }
  last_ = Last::kEnd;
  return true;
}

// 1/n for "a third", "one fifth"; the flag says whether the decimal is rounded.
Decimal Reciprocal(int n, bool* inexact) {
  static constexpr std::string_view kDigits[] = {
      "", "", "5", "33333333333333333333", "25", "2", "16666666666666666667",
      "14285714285714285714", "125", "11111111111111111111", "1"};
  *inexact = n == 3 || n == 6 || n == 7 || n == 9;
  return n == 10 ? *Decimal::FromDigits("0", "1") : *Decimal::FromDigits("0", kDigits[n]);
}

bool Phrase::AcceptOrdinal(const Token& t) {
  const Role role = t.entry->role;
  const int v = SmallValue(t);
  if (and_a_) {  // "one and a third", "three and a fifth"
    if (role != Role::kOrdinal || v < 3 || v > 10) return false;
    bool inexact = false;
    AddJoinedFraction(Reciprocal(v, &inexact));
    inexact_ |= inexact;
    return true;
  }
  if (english_ && role == Role::kOrdinal && v >= 3 && !t.conj &&
      (last_ == Last::kArticle || (last_ == Last::kUnit && words_ == 1 && group_ <= 10))) {
    bool inexact = false;  // "a third", "one fifth": fractions
    const int64_t count = last_ == Last::kArticle ? 1 : group_;
    fraction_ = Reciprocal(v, &inexact).Times(Decimal::FromInt(static_cast<uint64_t>(count)));
    inexact_ |= inexact;
    group_ = 0;
    last_ = Last::kFraction;
    return true;
  }
  if (english_ && role == Role::kOrdinalScale && last_ == Last::kArticle && !t.conj) {
    bool exact = false;  // "a hundredth", "a millionth": fractions
    fraction_ = *Decimal::Quotient(1, *t.entry->value.ToWhole(), &exact);
    last_ = Last::kFraction;
    return true;
  }
  if (role == Role::kOrdinalDef && !t.definite && words_ == 0) return false;
  if (persian_ && role == Role::kOrdinalScale && !t.conj && Small() && !has_scale_) {
    // Persian names its decimals so: "پنج دهم" five tenths, "هفتاد و پنج صدم" 0.75.
    bool exact = false;
    const auto part = Decimal::Quotient(static_cast<uint64_t>(group_),
                                        t.entry->value.ToWhole().value_or(0), &exact);
    if (!part) return false;
    inexact_ |= !exact;
    fraction_ = *part;
    group_ = 0;
    last_ = Last::kFraction;
    return true;
  }
  if (role == Role::kOrdinalScale) {  // "hundredth", "one thousandth"
    const Decimal g = GroupEmpty() ? Decimal::FromInt(1) : Decimal::FromInt(static_cast<uint64_t>(group_));
    if (!(last_ == Last::kNone || Small() || last_ == Last::kArticle) || t.conj) return false;
    total_ = total_.Plus(g.Times(t.entry->value));
    group_ = 0;
    ordinal_ = true;
    last_ = Last::kEnd;
    return true;
  }
  if (AtBoundary(t.conj) && GroupEmpty()) {
    group_ = v;
  } else if ((AfterHundred(t.conj) || (english_ && last_ == Last::kScale)) && group_ % 100 == 0) {
    group_ += v;  // "المئة والخامس", "one hundred and first"
  } else if ((english_ || (persian_ && t.conj)) && last_ == Last::kTens && group_ % 10 == 0 &&
             role != Role::kOrdinalTens) {
    group_ += v;  // "twenty-first", "بیست و یکم"
  } else {
    return false;
  }
  ordinal_ = true;
  last_ = role == Role::kOrdinalOne ? Last::kOrdinalOne
          : english_                ? Last::kEnd
                                    : Last::kOrdinal;
  return true;
}

bool Phrase::Accept(const Token& t) {
  const Decimal construct = construct_scale_;
  construct_scale_ = Decimal();
  const Decimal before = total_.Plus(Decimal::FromInt(static_cast<uint64_t>(group_)));
  if (!AcceptToken(t)) return false;
  if (english_ && t.conj && (last_ == Last::kUnit || last_ == Last::kTens || last_ == Last::kTen)) {
    whole_before_and_ = before;
  } else if (last_ == Last::kScale || last_ == Last::kHundred) {
    whole_before_and_.reset();  // "one hundred and twenty thousand": the "and" is inside a group
  }
  // "ألفا وخمسمائة", "مليونا ونصف المليون": more of the number after و makes the form the
  // accusative of one ("ألفاً"), not the construct dual that stands before its noun.
  if (!construct.is_zero() && t.conj) total_ = total_.Plus(construct.Negated());
  return true;
}

bool Phrase::AcceptToken(const Token& t) {
  if (last_ == Last::kEnd) return false;
  if (last_ == Last::kWholeFraction || last_ == Last::kScaleFraction) {
    if (!AcceptScaleAfterFraction(t)) return false;
    ++words_;
    return true;
  }
  const Role role = t.entry->role;
  if (and_a_ && role != Role::kFraction && role != Role::kOrdinal) return false;
  bool ok = false;
  switch (role) {
    case Role::kZero:
      ok = last_ == Last::kNone || last_ == Last::kMinus;
      if (ok) last_ = Last::kEnd;
      break;
    case Role::kMinus:
      ok = last_ == Last::kNone;
      if (ok) negative_ = true, last_ = Last::kMinus;
      break;
    case Role::kArticle:  // "a million", "half a million", "one and a half", "a million and a half"
      if (english_ && t.conj && (Small() || (last_ == Last::kScale && GroupEmpty()))) {
        and_a_ = true;
        return true;
      }
      ok = last_ == Last::kNone || (last_ == Last::kFraction && group_ == 0);
      if (ok) last_ = Last::kArticle;
      break;
    case Role::kUnitWeak:
      weak_ = words_ == 0;
      ok = AcceptUnit(t, SmallValue(t));
      break;
    case Role::kUnit:
      ok = last_ != Last::kArticle && AcceptUnit(t, SmallValue(t));
      break;
    case Role::kUnitPair:
      ok = (AtBoundary(t.conj) && GroupEmpty()) || (AfterHundred(t.conj) && group_ % 100 == 0);
      if (ok) group_ += 2, last_small_ = 2, last_ = Last::kUnitPair;
      break;
    case Role::kTen:
      ok = AcceptTen(t);
      break;
    case Role::kTeen:
      ok = (AtBoundary(t.conj) && GroupEmpty()) || (AfterHundred(t.conj) && group_ % 100 == 0) ||
           (english_ && last_ == Last::kScale && GroupEmpty());
      if (ok) group_ += SmallValue(t), last_ = Last::kTeen;
      break;
    case Role::kTens:
      ok = AcceptTens(t, SmallValue(t));
      break;
    case Role::kHundred:
    case Role::kHundreds:
      ok = last_ == Last::kFew ? AcceptScale(t, t.entry->value, Role::kScale)  // "several hundred"
                               : AcceptHundred(t, SmallValue(t), role == Role::kHundreds);
      break;
    case Role::kScale:
    case Role::kScaleDual:
    case Role::kScaleAcc:
    case Role::kScalePlural:
      ok = AcceptScale(t, t.entry->value, role);
      break;
    case Role::kVague:  // "عشرات", "hundreds", and "tens of thousands"; "بضع مئات"
      ok = last_ == Last::kNone || last_ == Last::kFew ||
           (english_ && last_ == Last::kVague && !t.conj);
      if (ok && last_ == Last::kFew) last_ = Last::kNone;
      if (ok) {
        const std::optional<uint64_t> whole = t.entry->value.ToWhole();  // 0 from 10^12 on
        const int64_t v = whole && *whole < 1000000000000ULL ? static_cast<int64_t>(*whole) : 0;
        group_ = last_ == Last::kVague ? group_ * v : v;
        vague_ = true;
        last_ = Last::kVague;
      }
      break;
    case Role::kFew:  // "several", "a few" (the article before), "بضعة", "عدة"
      ok = last_ == Last::kNone || (english_ && last_ == Last::kArticle && group_ == 0);
      if (ok) last_ = Last::kFew;
      break;
    case Role::kDozen: {  // "a dozen", "two dozen", "half a dozen"; "دزينة", "دزينتين"
      const int64_t dozen = t.entry->value == Decimal::FromInt(24) ? 24 : 12;
      // "بالدزينة" (by the dozen) with the article is a unit of sale, no count.
      const bool alone = last_ == Last::kNone && !english_ && !t.definite;
      ok = !t.conj && (last_ == Last::kArticle || (last_ == Last::kUnit && dozen == 12) || alone);
      if (ok && !fraction_.is_zero()) {
        fraction_ = fraction_.Times(Decimal::FromInt(dozen));
      } else if (ok) {
        group_ = (last_ == Last::kUnit ? group_ : 1) * dozen;
      }
      if (ok) last_ = Last::kEnd;
      break;
    }
    case Role::kFraction:
    case Role::kFractionConj:
    case Role::kFractionDual:
    case Role::kFractionPlural:
      ok = AcceptFraction(t);
      break;
    case Role::kOrdinal:
    case Role::kOrdinalDef:
    case Role::kOrdinalOne:
    case Role::kOrdinalTeen:
    case Role::kOrdinalTens:
    case Role::kOrdinalScale:
      ok = AcceptOrdinal(t);
      break;
    case Role::kPoint:         // handled by the reader
    case Role::kScaleAbbrev:   // only after digits
      ok = false;
      break;
  }
  if (ok) {
    if (words_ == 0) definite_ = t.definite;
    ++words_;
  }
  return ok;
}

std::optional<WordNumber> ReadWords(const WordLexicon& lexicon, std::string_view text,
                                    size_t pos, Language lang);

// After the decimal point in words: either digit words one by one ("point one four",
// "فاصل سبعة خمسة" = .75) or, in Arabic, one number that gives the decimals
// ("فاصلة خمسة وعشرون" = .25).
std::optional<Decimal> ReadDecimals(const WordLexicon& lexicon, std::string_view text,
                                    size_t pos, Language lang, size_t* end) {
  std::string digits;
  Token t;
  size_t at = pos;
  while (NextToken(lexicon, text, at, lang, false, &t) && !t.conj &&
         (t.entry->role == Role::kUnit || t.entry->role == Role::kZero)) {
    digits += t.entry->value.ToString();
    at = t.end;
  }
  if (lang == Language::kEnglish || digits.size() > 1) {
    if (digits.empty()) return std::nullopt;
    *end = at;
    return Decimal::FromDigits("", digits);
  }
  const size_t start = scan::SkipSpaces(text, pos);
  if (start == pos) return std::nullopt;
  auto after = ReadWords(lexicon, text, start, lang);
  if (!after || after->ordinal || after->vague || after->value.negative()) return std::nullopt;
  *end = after->end;
  const std::string number = after->value.ToString();
  if (number.find('.') != std::string::npos) return std::nullopt;
  return Decimal::FromDigits("", number);
}

// Formal ordinals above a hundred name the remainder first, then "بعد" and the hundreds:
// "الحادي والعشرون بعد المئة" is the 121st, "الخامس بعد الألف" the 1005th.
void AddOrdinalHundreds(const WordLexicon& lexicon, std::string_view text, WordNumber* n) {
  static constexpr std::string_view kAfter = "\xD8\xA8\xD8\xB9\xD8\xAF";  // بعد
  const size_t at = scan::SkipSpaces(text, n->end);
  if (at == n->end || text.substr(at, kAfter.size()) != kAfter) return;
  const size_t next = scan::SkipSpaces(text, at + kAfter.size());
  if (next == at + kAfter.size()) return;
  const auto hundreds = ReadArabicWords(lexicon, text, next);
  if (!hundreds || !hundreds->definite || hundreds->vague || hundreds->value.negative()) return;
  const std::string v = hundreds->value.ToString();
  // Only whole hundreds and above: "بعد الثلاث مئة", "بعد الألف".
  if (v.size() < 3 || v.compare(v.size() - 2, 2, "00") != 0) return;
  n->value = n->value.Plus(hundreds->value);
  n->end = hundreds->end;
}

// Whether the phrase at `begin` follows "between" or "بين", which make "X and Y" two numbers.
bool AfterBetween(std::string_view text, size_t begin) {
  const std::string word = Lower(scan::WordBefore(text, scan::SkipSpacesBack(text, begin)));
  return word == "between" || word == "\xD8\xA8\xD9\x8A\xD9\x86" ||  // بين
         word == "\xD9\x88\xD8\xA8\xD9\x8A\xD9\x86";                  // وبين
}

// A whole number and a count of a fraction after "and": "three and three quarters" is 3.75,
// "أربعة وثلاثة أخماس" 4.6. The phrase stopped at the count, since "three and three" is no
// number; the words from `pos` on are read as one, and taken only when they are a fraction.
// After "between" the two are a range's ends instead.
void AddMixedFraction(const WordLexicon& lexicon, std::string_view text, size_t pos,
                      Language lang, WordNumber* whole) {
  if (whole->ordinal || whole->vague || !whole->value.ToWhole()) return;
  if (AfterBetween(text, whole->begin)) return;
  const auto fraction = ReadWords(lexicon, text, pos, lang);
  if (!fraction || fraction->ordinal || fraction->vague) return;
  if (!fraction->value.IsProperFraction()) return;
  whole->value = whole->value.Plus(fraction->value);
  whole->inexact |= fraction->inexact;
  whole->end = fraction->end;
}

void JoinAGroupAfterAComma(const WordLexicon& lexicon, std::string_view text, WordNumber* number);

std::optional<WordNumber> ReadWords(const WordLexicon& lexicon, std::string_view text,
                                    size_t pos, Language lang) {
  const bool english = lang == Language::kEnglish;
  Phrase phrase(lang);
  Token t;
  if (!NextToken(lexicon, text, pos, lang, true, &t) || !phrase.Accept(t)) return std::nullopt;
  const size_t begin = t.begin;
  std::optional<WordNumber> best;
  if (phrase.Complete()) best = phrase.Result(), best->begin = begin, best->end = t.end;
  size_t at = t.end;
  std::optional<WordNumber> at_scale;  // the reading that ended at the last scale word
  if (phrase.after_scale()) at_scale = best;
  while (NextToken(lexicon, text, at, lang, false, &t, english && phrase.TakesOf(),
                   phrase.after_scale())) {
    if (t.entry->role == Role::kPoint && phrase.AcceptsPoint() && !t.conj) {
      size_t end = 0;
      if (auto decimals = ReadDecimals(lexicon, text, t.end, lang, &end)) {
        phrase.AddFraction(*decimals);
        best = phrase.Result(), best->begin = begin, best->end = end;
        // "two point four million": a scale word after the decimals multiplies them all.
        Token scale;
        if (english && NextToken(lexicon, text, end, lang, false, &scale) && !scale.conj &&
            (scale.entry->role == Role::kScale || scale.entry->role == Role::kScalePlural)) {
          best->value = best->value.Times(scale.entry->value);
          best->end = scale.end;
        }
      }
      break;
    }
    if (!phrase.Accept(t)) {
      const Role r = t.entry->role;
      const bool scale = r == Role::kScale || r == Role::kScalePlural || r == Role::kScaleAcc;
      if (scale && !t.conj && at_scale && best && at_scale->end < best->end) {
        // "بين ألف وخمسة آلاف يورو": a scale that cannot follow counts the words after the last
        // scale; they are a number of their own (5000), the first ends at its scale (1000).
        best = at_scale;
      } else if (t.conj && best && best->end == at) {
        AddMixedFraction(lexicon, text, t.begin, lang, &*best);
      }
      break;
    }
    at = t.end;
    if (phrase.Complete()) best = phrase.Result(), best->begin = begin, best->end = at;
    if (phrase.after_scale()) at_scale = best;
  }
  // "مليون ونصف السكان", "ثلاثة ملايين وثلاثة أرباع السكان": the fraction is of the noun.
  const bool arabic = lang == Language::kArabic;
  if (phrase.AtScaleFraction() && arabic && DefiniteWordAfter(text, at)) best = at_scale;
  if (arabic && best && best->ordinal) AddOrdinalHundreds(lexicon, text, &*best);
  if (english && best && at_scale && best->end == at_scale->end) {
    JoinAGroupAfterAComma(lexicon, text, &*best);
  }
  return best;
}

// "two million, four hundred thousand": English may set the smaller groups after a scale word
// off by a comma. The group after it joins the number where it holds a hundred at least and is
// less than the last scale ("two thousand, four people" stays two numbers).
void JoinAGroupAfterAComma(const WordLexicon& lexicon, std::string_view text, WordNumber* number) {
  constexpr uint64_t kThousand = 1000, kHundred = 100;
  const size_t comma = scan::SkipSpaces(text, number->end);
  const std::optional<uint64_t> whole = number->value.ToWhole();
  if (comma >= text.size() || text[comma] != ',' || !whole || *whole == 0 || number->ordinal ||
      number->vague || *whole % kThousand != 0) {
    return;
  }
  uint64_t scale = kThousand;  // the largest power of a thousand the number is a multiple of
  while (scale <= UINT64_MAX / kThousand && *whole % (scale * kThousand) == 0) scale *= kThousand;
  const std::optional<WordNumber> group =
      ReadWords(lexicon, text, comma + 1, Language::kEnglish);
  const std::optional<uint64_t> part = group ? group->value.ToWhole() : std::nullopt;
  if (!part || *part < kHundred || *part >= scale || group->ordinal || group->vague) return;
  number->value = number->value.Plus(group->value);
  number->end = group->end;
}

}  // namespace

std::optional<WordNumber> ReadFractionAfterScale(const WordLexicon& lexicon, std::string_view text,
                                                 size_t pos, const Decimal& scale, bool english) {
  const Language lang = english ? Language::kEnglish : Language::kArabic;
  Phrase phrase(lang);
  phrase.StartAfterScale(scale);
  Token t;
  std::optional<WordNumber> best;
  size_t at = pos;
  while (NextToken(lexicon, text, at, lang, false, &t, false, true) && phrase.Accept(t)) {
    at = t.end;
    if (!best && !phrase.AtScaleFraction() && !phrase.AwaitsFraction()) break;  // not a fraction
    if (phrase.Complete()) best = phrase.Result(), best->begin = pos, best->end = at;
  }
  if (phrase.AtScaleFraction() && !english && DefiniteWordAfter(text, at)) return std::nullopt;
  return best;
}

std::optional<WordNumber> ReadArabicWords(const WordLexicon& lexicon, std::string_view text,
                                          size_t pos) {
  return ReadWords(lexicon, text, pos, Language::kArabic);
}

std::optional<WordNumber> ReadEnglishWords(const WordLexicon& lexicon, std::string_view text,
                                           size_t pos) {
  return ReadWords(lexicon, text, pos, Language::kEnglish);
}

std::optional<WordNumber> ReadPersianWords(const WordLexicon& lexicon, std::string_view text,
                                           size_t pos) {
  return ReadWords(lexicon, text, pos, Language::kPersian);
}

}  // namespace mizan::numerals
