#include "core/claims/claim_builder.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

#include "core/claims/digit_script.h"
#include "core/numerals/roman.h"
#include "core/numerals/word_number.h"
#include "core/scan/text_cursor.h"

namespace mizan::claims {

// The unit of a time_units.tsv phrase that names no time ("ساعة يدوية", a watch).
constexpr std::string_view kNoUnit = "none";
namespace {

using numerals::Decimal;

constexpr std::string_view kFrom = "\xD9\x85\xD9\x86";     // من
constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kLilArticle = "\xD9\x84\xD9\x84";  // لل: ل and the article

// 20, 30, ... 90.
bool IsTens(long value) { return value >= 20 && value <= 90 && value % 10 == 0; }

// A qualifier that is a verb taking the number as its object ("تجاوز عدد الضحايا 100").
bool IsBoundVerb(const scan::PhraseList::Match& m) {
  return m.entry != nullptr && m.entry->tags.size() > kQualifierVerbColumn &&
         m.entry->tags[kQualifierVerbColumn] == "verb";
}

std::string Lower(std::string_view s) {
  std::string out(s);
  absl::AsciiStrToLower(&out);
  return out;
}

// "مهاجمين اثنين قتلوا", "650 يوظفون": a verb in the plural says what the counted did. In the
// past a stem of three letters or more, then وا (nouns so ending are the accusative of the few
// that end in و, shorter: "عضوا", "نموا"); in the present ي, then ون, where plurals of nisba
// nouns end in يون ("يمنيون").
bool PluralVerb(std::string_view word) {
  constexpr std::string_view kWawAlef = "\xD9\x88\xD8\xA7", kYeh = "\xD9\x8A";
  constexpr std::string_view kWawNoon = "\xD9\x88\xD9\x86";
  constexpr std::string_view kYehWawNoon = "\xD9\x8A\xD9\x88\xD9\x86";
  if (word.size() >= 10 && word.ends_with(kWawAlef)) return true;
  return word.size() >= 10 && word.starts_with(kYeh) && word.ends_with(kWawNoon) &&
         !word.ends_with(kYehWawNoon);
}

// A word that opens the next clause with a glued و or ف rather than being counted: a verb in
// the feminine past ("7.721 وانخفضت أسهم": a final ت after a consonant; nouns end in "ات",
// "وفيات", "وحدات"), or a word that starts with an alef after the conjunction ("3،7
// وأسعار"), where nouns of their own that start with و ("وزراء", "ولايات") do not.
bool JoinedToTheNextClause(std::string_view word) {
  constexpr std::string_view kTeh = "\xD8\xAA", kAlefTeh = "\xD8\xA7\xD8\xAA";  // ت، ات
  constexpr std::string_view kAlef = "\xD8\xA7";
  const std::string_view first = word.substr(0, 2);
  if (word.size() < 8 || (first != "\xD9\x88" && first != "\xD9\x81")) return false;
  return (word.ends_with(kTeh) && !word.ends_with(kAlefTeh)) || word.substr(2, 2) == kAlef;
}

// An adjective of relation (nisba) with the article: "العمومية", "الخليجي", "الأمريكيين".
bool IsNisba(std::string_view word) {
  constexpr std::string_view kEndings[] = {
      "\xD9\x8A",                  // ي
      "\xD9\x8A\xD9\x87",        // يه (ية folded)
      "\xD9\x8A\xD9\x8A\xD9\x86",  // يين
      "\xD9\x8A\xD9\x88\xD9\x86"};  // يون
  if (word.size() < kArticle.size() + 8) return false;  // the article and three letters at least
  for (std::string_view e : kEndings) {
    if (word.ends_with(e)) return true;
  }
  return false;
}

// The bound a negation makes of a qualifier: not more than is at most, not less than at least.
std::string Turned(const std::string& qualifier) {
  if (qualifier == "more-than") return "at-most";
  if (qualifier == "at-most") return "more-than";
  if (qualifier == "less-than") return "at-least";
  if (qualifier == "at-least") return "less-than";
  return qualifier;
}

// The integer value of a number or of a mention, or -1 when it is not a small whole number.
long IntegerValue(const Decimal& value) {
  const std::optional<uint64_t> whole = value.ToWhole();
  if (!whole || *whole > 999999999) return -1;
  return static_cast<long>(*whole);
}

long IntegerValue(const Mention& m) { return m.fraction_digits > 0 ? -1 : IntegerValue(m.value); }

// The exact value and the closed interval [v, v]; vague quantities are lower bounds.
void SetExactValue(const Mention& m, Claim* claim) {
  claim->too_large = claim->number.too_large();
  if (claim->too_large) return;
  claim->value = claim->number.ToString();
  claim->approx = m.vague || m.inexact;
  claim->lower = Bound{claim->value, true};
  if (m.vague) {  // "عشرات", "hundreds of": at least this many, no upper bound
    claim->qualifier = "at-least";
    return;
  }
  claim->upper = Bound{claim->value, true};
}

// The WHERE column of currencies, qualifiers and time cues: "before", "after" or "either".
bool Where(const scan::PhraseList::Entry& e, std::string_view side) {
  const std::string& where = e.tags.at(1);
  return where == side || where == "either";
}

// "في دورتها الـ28", "مركزه 5": a rank noun with a possessive pronoun, which takes the
// place of the article; a feminine noun's ة is written ت before it.
bool PossessedRank(std::string_view word, const absl::flat_hash_set<std::string>& ranks) {
  constexpr std::string_view kTeh = "\xD8\xAA", kFoldedTehMarbuta = "\xD9\x87";  // ت, ة as ه
  constexpr std::string_view kAlef = "\xD8\xA7", kFoldedAlefMaqsura = "\xD9\x8A";  // ا, ى as ي
  constexpr std::string_view kSuffixes[] = {"\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD8\xA7",
                                            "\xD9\x87\xD9\x85", "\xD9\x86\xD8\xA7",
                                            "\xD9\x87"};  // هما ها هم نا ه
  for (std::string_view suffix : kSuffixes) {
    if (word.size() <= suffix.size() + 2 || !word.ends_with(suffix)) continue;
    std::string noun(kArticle);
    noun += word.substr(0, word.size() - suffix.size());
    // The last letter as the noun ends alone: ة written ت, ى written ا ("ذكراها").
    if (noun.ends_with(kTeh)) noun.replace(noun.size() - 2, 2, kFoldedTehMarbuta);
    if (noun.ends_with(kAlef)) noun.replace(noun.size() - 2, 2, kFoldedAlefMaqsura);
    return ranks.contains(noun);
  }
  return false;
}

// "أكثر من 65.000 مركز", "2.500 طالب": a count of things is whole, so a separator before three
// digits that the number's shape left in doubt groups them. Money and units keep the reading
// ("12.500 دينار" is twelve and a half Tunisian dinars).
void CountWhole(Claim* claim) {
  if (claim->kind != Kind::kNumber || claim->noun.empty() || !claim->alternative ||
      claim->fraction_digits != 3 || !claim->alternative->ToWhole()) {
    return;
  }
  std::swap(claim->number, *claim->alternative);
  claim->fraction_digits = 0;
  claim->separator_guessed = false;
}

}  // namespace

ClaimBuilder::ClaimBuilder(const Engine& engine, const text::NormalizedText& normalized,
                           std::string dollar_currency)
    : engine_(engine),
      normalized_(normalized),
      text_(normalized.text()),
      dollar_currency_(std::move(dollar_currency)),
      dates_(normalized.text(), engine.months(), engine.weekdays(), engine.time_cues(),
             engine.holidays()) {}

std::string_view ClaimBuilder::WordAt(size_t pos) const { return scan::WordAt(text_, pos); }

// Whether `word`, which ends at `end`, has the article or a possessive suffix: a noun that
// digits with the article count ("الأعضاء الـ195", "أعضاؤها الـ15").
bool ClaimBuilder::DefiniteOrPossessed(std::string_view word, size_t end) const {
  return WrittenWithTheArticle(word) || EndsInAPossessive(end, true);
}

bool ClaimBuilder::IsStopword(std::string_view word) const {
  const std::string lower = Lower(word);
  if (engine_.noun_stopwords().contains(lower) || engine_.arabic_words().Find(lower) ||
      engine_.english_words().Find(lower)) {
    return true;
  }
  // "وستة", "وحتى": the next number or a particle, after its conjunction.
  if (lower.size() <= 2 || (lower.substr(0, 2) != "\xD9\x88" && lower.substr(0, 2) != "\xD9\x81")) {
    return false;
  }
  const std::string bare = lower.substr(2);
  return engine_.noun_stopwords().contains(bare) || engine_.arabic_words().Find(bare);
}

bool ClaimBuilder::TryDate(const Mention& m, Claim* claim, Span* span) const {
  const long value = IntegerValue(m);
  DateMatch date;
  // "شهر 10", "بشهر عشرة"; "شهر واحد" is one month: one and two in words after a noun agree
  // with it as adjectives.
  const bool numbered_month = !m.ordinal && !m.grouped && !(m.from_words && value <= 2) &&
                              dates_.ReadNumberedMonth(span->begin, span->end, value, &date);
  if (!numbered_month) {
    // Words start a date only as an ordinal day ("الثالث عشر من شباط 2013"), or as a cardinal
    // with the article that "of" and a month follow, which reads as one in Arabic ("التسع
    // والعشرين من أفريل").
    const bool day_in_words =
        m.ordinal || (m.definite && value <= 31 && dates_.OfAMonthAfter(span->end));
    if (value < 0 || (m.from_words && !day_in_words) || m.grouped) return false;
    if (m.from_words && RanksANoun(span->begin)) return false;
    if (!dates_.Read(span->begin, span->end, value, &date)) return false;
  }
  // "الثلاثاء الثالث من سبتمبر 2014": an ordinal word after a weekday names the day ("Tuesday
  // the third") or the weekday's rank in the month ("the third Tuesday"). Where the day is
  // another weekday, the rank is what fits; not after a comma, which sets the day apart
  // ("الثلاثاء، الأول من يناير": Tuesday, the first of January).
  const std::string_view weekday_to_day =
      date.begin < span->begin ? text_.substr(date.begin, span->begin - date.begin) : "";
  const bool set_apart = weekday_to_day.find(',') != std::string_view::npos ||
                         weekday_to_day.find("\xD8\x8C") != std::string_view::npos;  // "،"
  if (m.from_words && date.weekday && date.day && date.year && !date.islamic && !set_apart &&
      IsoWeekday(date.year, date.month, date.day) != date.weekday) {
    if (const int day = NthWeekday(date.year, date.month, date.weekday, date.day)) date.day = day;
  }
  claim->kind = date.month == 0 ? Kind::kYear : Kind::kDate;
  claim->value = date.Iso();
  claim->calendar = CalendarOf(date);
  claim->weekday = static_cast<uint32_t>(date.weekday);
  *span = {date.begin, date.end};
  return true;
}

// A date's calendar: its month's name or its marker tells; a date in digits alone with a year
// of the Hijri centuries is Hijri, solar where it is written in Persian digits ("۱۴۰۲/۰۵/۱۲"),
// lunar otherwise ("1445/3/12").
std::string ClaimBuilder::CalendarOf(const DateMatch& date) const {
  if (date.persian) return "persian";
  if (date.islamic) return "islamic";
  if (!date.numeric || !InTheHijriCenturies(date.year)) return "gregorian";
  return InPersianDigits(date.begin, date.end) ? "persian" : "islamic";
}

bool ClaimBuilder::InPersianDigits(size_t begin, size_t end) const {
  return DigitScript(Written(begin, end)) == "persian";
}

// The caller's text of the normalized span [begin, end).
std::string_view ClaimBuilder::Written(size_t begin, size_t end) const {
  const size_t start = normalized_.ToOriginalStart(begin);
  return normalized_.original().substr(start, normalized_.ToOriginalEnd(end) - start);
}

// "الأسبوع الأول من شهر رمضان", "النصف الثاني من مارس": an ordinal after a definite noun ranks
// the noun (the first week), so it is no day; after a weekday or "اليوم" it is the day
// ("الأربعاء التاسع من ذي الحجة", "اليوم السابع عشر من رمضان").
bool ClaimBuilder::RanksANoun(size_t begin) const {
  static constexpr std::string_view kDay = "\xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85";  // اليوم
  const size_t end = scan::SkipSpacesBack(text_, begin);
  const std::string_view word = scan::WordBefore(text_, end);
  if (end == begin || word.substr(0, kArticle.size()) != kArticle || word == kDay ||
      IsStopword(word) ||  // "الى العاشر من يوليو": a preposition, not a noun
      engine_.time_cues().MatchBefore(text_, end, "weekday-link").entry) {  // "الموافق"
    return false;
  }
  return engine_.weekdays().MatchBefore(text_, end).entry == nullptr;
}

// Where the article glued before digits starts ("الـ24": the tatweel is folded away), or npos.
size_t ClaimBuilder::ArticleBeforeDigits(size_t begin) const {
  const size_t p = scan::SkipSpacesBack(text_, begin);
  if (p < kArticle.size() || text_.substr(p - kArticle.size(), kArticle.size()) != kArticle ||
      scan::IsLetter(scan::PreviousCodePoint(text_, p - kArticle.size()))) {
    return std::string_view::npos;
  }
  return p - kArticle.size();
}

// "الخصائص الـ 29 لحذف", "الحالات الـ321 تتوزع": digits with the article after a definite or
// possessed noun count it, not the word after them (a verb, an adjective, a word that a
// preposition starts), unless that word names the noun again ("الدول المقاطعة الـ16 دولة"
// counts the word after).
bool ClaimBuilder::CountsTheNounBeforeArticleDigits(size_t begin, size_t end) const {
  const size_t article = ArticleBeforeDigits(begin);
  if (article == std::string_view::npos) return false;
  const size_t before = scan::SkipSpacesBack(text_, article);
  const std::string_view noun = scan::WordBefore(text_, before);
  if (noun.empty() || IsStopword(noun) || !DefiniteOrPossessed(noun, before)) {
    return false;
  }
  const std::string_view after = WordAt(scan::SkipSpaces(text_, end));
  if (after.empty()) return false;
  const NounKeys& keys = engine_.noun_keys();
  const std::string key = keys.Key(after);
  const std::string_view first = scan::WordBefore(
      text_, scan::SkipSpacesBack(text_, before - noun.size()));  // "الدول" of "الدول المقاطعة"
  return key != keys.Key(noun) && (first.empty() || key != keys.Key(first));
}

// "القرن 19", "في القرن الـ21", "بالمركز 5": digits after a noun of rank_nouns.tsv, and the
// article glued before them, rank the noun. *start is where the claim starts, at the article.
bool ClaimBuilder::AfterARankNoun(size_t begin, size_t* start) const {
  return AfterANounOf(engine_.rank_nouns(), begin, start);
}

// "الطريق الجهوية 51 بولاية بنزرت": digits that label a noun of label_nouns.tsv, an adjective
// between allowed.
bool ClaimBuilder::AfterALabelNoun(size_t begin) const {
  size_t start = begin;
  if (AfterANounOf(engine_.label_nouns(), begin, &start)) return true;
  const size_t p = scan::SkipSpacesBack(text_, start);  // before the digits' article, if any
  const std::string_view adjective = scan::WordBefore(text_, p);
  if (p == start || !WrittenWithTheArticle(adjective)) return false;
  return AfterANounOf(engine_.label_nouns(), p - adjective.size(), &start);
}

// Whether the digits at `begin`, or the article glued before them, follow a noun of `nouns`
// (with the article, or ل and it, or a possessive; a clitic glued before it allowed); *start
// is where the claim starts.
bool ClaimBuilder::AfterANounOf(const absl::flat_hash_set<std::string>& nouns, size_t begin,
                                size_t* start) const {
  const size_t article = ArticleBeforeDigits(begin);
  *start = article == std::string_view::npos ? begin : article;
  const size_t p = scan::SkipSpacesBack(text_, *start);
  if (p == *start) return false;  // glued to the word before: no noun of its own
  const std::string_view word = scan::WordBefore(text_, p);
  const auto listed = [&nouns](std::string_view w) {
    return nouns.contains(absl::string_view(w.data(), w.size()));
  };
  // Every listed noun has the article: most words before a number are ruled out without a
  // lookup.
  const auto definite_listed = [&](std::string_view w) {
    if (w.substr(0, kArticle.size()) == kArticle) return listed(w);
    return w.substr(0, kLilArticle.size()) == kLilArticle &&  // "للدورة": ل and the article
           listed(std::string(kArticle) + std::string(w.substr(kLilArticle.size())));
  };
  // English nouns, capitalized in a name ("Route 66", "Interstate 95"), are listed lowercase.
  const auto english_listed = [&](std::string_view w) {
    return !w.empty() && absl::ascii_isalpha(static_cast<unsigned char>(w[0])) &&
           listed(absl::AsciiStrToLower(absl::string_view(w.data(), w.size())));
  };
  const auto named = [&](std::string_view w) {
    return definite_listed(w) || PossessedRank(w, nouns) || english_listed(w);
  };
  if (named(word)) return true;
  // A glued conjunction or preposition before the noun: "بالمركز", "وللدورة", "بذكراها".
  const size_t word_start = static_cast<size_t>(word.data() - text_.data());
  return GluedClitic(text_, word_start) && named(word.substr(2));
}

// Whether the word after bare digits is one they count, so that the noun before them is their
// subject, not ranked: "استقبل المركز 500 زائر" (the centre received 500 visitors), but not a
// preposition or a glued one ("الذكرى 70 لتأسيس"), a definite adjective ("القرن 19 الميلادي")
// or an adverb in -يا ("المركز 5 عالميا").
bool ClaimBuilder::CountedWordAfter(size_t end) const {
  const size_t at = scan::SkipSpaces(text_, end);
  const std::string_view word = WordAt(at);
  constexpr std::string_view kYehAlef = "\xD9\x8A\xD8\xA7";
  if (word.size() < 4 || static_cast<unsigned char>(word[0]) < 0x80 || IsStopword(word) ||
      WrittenWithTheArticle(word) || word.ends_with(kYehAlef)) {
    return false;
  }
  const std::string_view first = word.substr(0, 2);
  return first != "\xD9\x84" && first != "\xD8\xA8" && first != "\xD9\x83";  // ل ب ك
}

// A percent or per mille cue after the number ("50 %", "50 في المائة"), or a sign glued before
// it ("%50"), unless the claim before used that sign.
bool ClaimBuilder::TryPercent(size_t floor, Claim* claim, Span* span) const {
  const scan::PhraseList& cues = engine_.percent_cues();
  const size_t after = scan::SkipSpaces(text_, span->end);
  if (auto m = cues.MatchAt(text_, after);
      m.entry && !(m.entry->HasTag("bare") &&
                   CurrencyBefore(scan::SkipSpacesBack(text_, span->begin)).entry)) {
    claim->unit = m.entry->tags.at(0);
    claim->kind = claim->unit == "pp" ? Kind::kQuantity : Kind::kPercent;
    span->end = m.end;
    return true;
  }
  size_t sign_start = scan::SkipSpacesBack(text_, span->begin);
  scan::PreviousCodePoint(text_, sign_start, &sign_start);
  if (sign_start >= span->begin || sign_start < floor) return false;
  if (auto m = cues.MatchAt(text_, sign_start);
      m.entry && scan::SkipSpacesBack(text_, span->begin) == m.end && m.entry->tags.size() > 1 &&
      m.entry->tags[1] == "either") {
    claim->kind = Kind::kPercent;
    claim->unit = m.entry->tags[0];
    span->begin = sign_start;
    return true;
  }
  return false;
}

// Where a unit after the number at `end` would start: after spaces, or after a hyphen glued to
// the number ("3-inch", "14-day", "a 12-cent dividend").
size_t ClaimBuilder::UnitStart(size_t end) const {
  const size_t at = scan::SkipSpaces(text_, end);
  return at == end && at < text_.size() && text_[at] == '-' ? at + 1 : at;
}

// A code that is an English word too (currencies.tsv marks it "caps") names its currency in
// capitals only: "TRY 500", but "try 5 times".
scan::PhraseList::Match ClaimBuilder::InCapitals(scan::PhraseList::Match m, size_t start) const {
  if (m.entry == nullptr || !m.entry->HasTag("caps")) return m;
  for (size_t i = start; i < start + m.entry->phrase.size() && i < text_.size(); ++i) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(text_[i]))) return {};
  }
  return m;
}

scan::PhraseList::Match ClaimBuilder::CurrencyAt(size_t at) const {
  return InCapitals(engine_.currencies().MatchAt(text_, at), at);
}

scan::PhraseList::Match ClaimBuilder::CurrencyBefore(size_t end) const {
  const auto m = engine_.currencies().MatchBefore(text_, end);
  return InCapitals(m, m.end);
}

// "$2.6 billion (in 2013 dollars)", "in constant 2015 dollars": the year whose prices an
// amount is reckoned in, no amount of its own.
bool ClaimBuilder::TryYearOfPrices(const Mention& m, Claim* claim, Span* span) const {
  const long value = IntegerValue(m);
  // Round hundreds stay amounts: "paid in 2000 dollars".
  if (m.from_words || m.grouped || !IsModernYear(value) || value % 100 == 0) return false;
  const size_t p = scan::SkipSpacesBack(text_, span->begin);
  if (p == span->begin || !engine_.time_cues().MatchBefore(text_, p, "prices").entry) return false;
  const auto currency = CurrencyAt(UnitStart(span->end));
  if (currency.entry == nullptr || !Where(*currency.entry, "after")) return false;
  claim->kind = Kind::kYear;
  claim->value = std::to_string(value);
  claim->calendar = "gregorian";
  return true;
}

// "weighs 200 pounds", "10 pounds of cocaine", "a 550-pound bear": pounds that the words
// around make a weight, which units.tsv then reads: a verb of weighing before the amount
// (flagged "cue" there, a qualifier between allowed), the unit "pounds of" where
// currencies.tsv has no money after it ("pounds of public money") to outmatch it, or a pound
// that qualifies a noun.
bool ClaimBuilder::PoundsOfWeight(size_t begin, size_t at,
                                  const scan::PhraseList::Match& currency) const {
  const auto unit = engine_.units().MatchAt(text_, at);
  if (unit.entry == nullptr || unit.entry->tags.at(0) != "lb") return false;
  if (unit.end > currency.end) return true;
  if (unit.end == currency.end && PoundBeforeANoun(begin, at, unit.end)) return true;
  const auto qualifier = QualifierBefore(begin);
  const size_t before = scan::SkipSpacesBack(text_, qualifier.entry ? qualifier.end : begin);
  const auto cue = engine_.units().MatchBefore(text_, before);
  return cue.entry && cue.entry->HasTag("cue") && cue.entry->tags.at(0) == "lb";
}

// "a 550-pound bear", "the 550 pound hog": "pound" in the singular after an amount in digits
// and before a noun is an adjective of weight; money qualifies its noun in a longer phrase of
// currencies.tsv ("pound note") or with a scale ("a 2 billion pound deal").
bool ClaimBuilder::PoundBeforeANoun(size_t begin, size_t at, size_t end) const {
  if (Lower(text_.substr(at, end - at)) != "pound") return false;
  for (size_t i = begin; i < at; ++i) {
    if (absl::ascii_isalpha(static_cast<unsigned char>(text_[i]))) return false;
  }
  const std::string_view next = WordAt(scan::SkipSpaces(text_, end));
  return !next.empty() && absl::ascii_islower(static_cast<unsigned char>(next[0])) &&
         !IsStopword(next);
}

bool ClaimBuilder::TryMoney(size_t floor, bool in_words, Claim* claim, Span* span) const {
  const scan::PhraseList::Entry* entry = nullptr;
  const size_t at = UnitStart(span->end);
  auto m = CurrencyAt(at);
  if (m.entry && m.entry->tags.at(0).starts_with('?') && PoundsOfWeight(span->begin, at, m)) {
    return false;
  }
  if (m.entry && ((m.entry->HasTag("price") && claim->fraction_digits == 0 &&
                   (m.end >= text_.size() || text_[m.end] != '/')) ||
                  (m.entry->HasTag("digits") && in_words))) {
    m = {};
  }
  // A symbol between two amounts belongs to the second: "$ 20,000.00 $ 37,305.97".
  const bool prefix_of_next = m.entry && m.entry->tags.at(1) == "either" &&
                              std::isdigit(static_cast<unsigned char>(
                                  text_[std::min(text_.size() - 1, scan::SkipSpaces(text_, m.end))]));
  if (m.entry && Where(*m.entry, "after") && !prefix_of_next) {
    entry = m.entry;
    span->end = m.end;
  } else if (auto b = CurrencyBefore(scan::SkipSpacesBack(text_, span->begin));
             b.entry && Where(*b.entry, "before") && b.end >= floor) {
    entry = b.entry;
    span->begin = b.end;
  } else {
    return false;
  }
  std::string code = entry->tags.at(0);
  if (entry->tags.size() > 2) {  // a subunit ("50 سنتا" is 0.50) or a scale ("23 م د")
    const std::string& f = entry->tags[2];
    const size_t dot = f.find('.');
    const auto factor = dot == std::string::npos
                            ? numerals::Decimal::FromDigits(f, "")
                            : numerals::Decimal::FromDigits(f.substr(0, dot), f.substr(dot + 1));
    if (factor) {
      claim->number = claim->number.Times(*factor);
      claim->subunit = dot != std::string::npos;
      // A range's bare first number is in the same subunit: "من 600 إلى 1150 مليم".
      if (claim->scale.is_zero()) claim->scale = *factor;
    }
  }
  claim->kind = Kind::kMoney;
  claim->unit_assumed = code == "$";  // "$" and "دولار" name no country
  SetCurrency(*entry, claim);
  if (code == "$" && GluedToALetter(span->begin)) {
    // "Z$100", "TT$1 billion": a country's prefix that currencies.tsv does not know makes the
    // sign some other dollar; which one is not guessed.
    claim->unit.clear();
    claim->unit_assumed = false;
  }
  if (claim->unit.empty()) TakeBracketedCode(claim, span);
  return true;
}

bool ClaimBuilder::GluedToALetter(size_t begin) const {
  return begin > 0 && absl::ascii_isalpha(static_cast<unsigned char>(text_[begin - 1]));
}

// "7532.6 مليون دينار (م د)": a bracket right after a currency's word that names no country
// gives its country's code, as the Tunisian press writes it; its scale is the amount's own.
void ClaimBuilder::TakeBracketedCode(Claim* claim, Span* span) const {
  const size_t open = scan::SkipSpaces(text_, span->end);
  if (open >= text_.size() || text_[open] != '(') return;
  const auto m = CurrencyAt(scan::SkipSpaces(text_, open + 1));
  if (!m.entry || m.entry->tags.at(0).starts_with('?') || m.entry->tags.at(0) == "$") return;
  const size_t close = scan::SkipSpaces(text_, m.end);
  if (close >= text_.size() || text_[close] != ')' ||
      engine_.FamilyOfCode(m.entry->tags.at(0)) != claim->noun_key) {
    return;
  }
  claim->unit = m.entry->tags.at(0);
  span->end = close + 1;
}

// A currency of currencies.tsv: its ISO 4217 code, "$" for the caller's dollar, or "?" where
// the word names no country (a bare ريال or دينار: money, currency unknown). The family of
// its word ("riyal" for ريال and ريال سعودي alike) is the noun key, which the comparison reads.
void ClaimBuilder::SetCurrency(const scan::PhraseList::Entry& currency, Claim* claim) const {
  const std::string& code = currency.tags.at(0);
  if (!code.starts_with('?')) claim->unit = code == "$" ? dollar_currency_ : code;
  claim->noun_key = std::string(engine_.CurrencyFamily(currency));
}

bool ClaimBuilder::TryQuantity(Claim* claim, Span* span) const {
  const auto m = engine_.units().MatchAt(text_, UnitStart(span->end));
  if (m.entry == nullptr || m.entry->HasTag("cue")) return false;
  if (m.entry->tags.size() > 1 && m.entry->tags[1] == "glued" &&
      !GluedTemperature(span->begin, span->end)) {
    return false;
  }
  claim->kind = Kind::kQuantity;
  claim->unit = m.entry->tags.at(0);
  // "بقوة 5.4 درجات", "على بعد أكثر من 20 كيلو": words before the number that make the unit
  // another (units.tsv, flagged "cue").
  const auto qualifier = QualifierBefore(span->begin);
  const auto cue = engine_.units().MatchBefore(
      text_, scan::SkipSpacesBack(text_, qualifier.entry ? qualifier.end : span->begin));
  if (cue.entry && cue.entry->HasTag("cue") && cue.entry->tags.size() > 2 &&
      cue.entry->tags[2] == claim->unit) {
    claim->unit = cue.entry->tags.at(0);
  }
  span->end = m.end;
  // "10 pounds of cocaine": the "of" that tells the unit is not part of the claim.
  if (m.entry->phrase.ends_with(" of")) span->end = scan::SkipSpacesBack(text_, m.end - 2);
  AndAFraction(claim, span);  // "ثلاثة أمتار ونصف"
  return true;
}

// "a magnitude 7.5 quake": the few units that the press writes before the number, flagged
// "first" in units.tsv.
bool ClaimBuilder::TryQuantityNamedFirst(size_t floor, Claim* claim, Span* span) const {
  const size_t p = scan::SkipSpacesBack(text_, span->begin);
  // Every such unit is an English word: most numbers are ruled out without a lookup.
  if (p == 0 || !absl::ascii_isalpha(static_cast<unsigned char>(text_[p - 1]))) return false;
  const auto m = engine_.units().MatchBefore(text_, p);
  if (m.entry == nullptr || m.end < floor || !m.entry->HasTag("first")) return false;
  claim->kind = Kind::kQuantity;
  claim->unit = m.entry->tags.at(0);
  span->begin = m.end;
  return true;
}

// "45C (113F)": a capital C or F glued to digits is a temperature where the other scale
// stands beside it in parentheses; alone it may label a room or a bus ("room 45C"), and
// "45c" is cents.
bool ClaimBuilder::GluedTemperature(size_t begin, size_t end) const {
  const auto scale_letter = [&](size_t at) {  // a C or F that no letter follows
    return at < text_.size() && (text_[at] == 'C' || text_[at] == 'F') &&
           !scan::IsLetter(scan::NextCodePoint(text_, at + 1));
  };
  const auto scale_at = [&](size_t at) {  // ... glued to digits
    return scale_letter(at) && at > 0 && scan::DigitAt(text_, at - 1);
  };
  // "a high of 104 F": a capital apart from the digits, only after a word of temperature
  // ("it was 45 C outside" may be a grade or a mark).
  if (end < text_.size() && text_[end] == ' ' && scale_letter(end + 1)) {
    return TemperatureWordBefore(begin);
  }
  if (!scale_at(end)) return false;
  // "38.5C": names glued to a letter are whole ("5G", "229E"); a decimal is a measure, but
  // not of cents ("14.7C/ per security"); so is a degree below zero ("-5C").
  if ((text_.substr(begin, end - begin).find('.') != std::string_view::npos &&
       (end + 1 >= text_.size() || text_[end + 1] != '/')) ||
      text_[begin] == '-') {
    return true;
  }
  // The other scale beside it, in brackets or after "or" ("45C (113F)", "-5C, or 23F"), after
  // it or before it.
  size_t at = JointAfter(end + 1);
  if (at < text_.size() && text_[at] == '-') ++at;
  const size_t first_digit = at;
  while (scan::DigitAt(text_, at) || (at < text_.size() && text_[at] == '.')) ++at;
  if (at > first_digit && scale_at(at) && text_[at] != text_[end]) return true;
  at = JointBefore(begin);
  if (at < begin && scale_at(at - 1) && text_[at - 1] != text_[end]) return true;
  return TemperatureWordBefore(begin) || SameScaleGluedBefore(begin, text_[end]);
}

// "temperatures ranged from 18C at night to 31C": the same scale glued to digits a few words
// before, in the sentence, read as a temperature by a word of it before that one.
bool ClaimBuilder::SameScaleGluedBefore(size_t begin, char scale) const {
  constexpr size_t kNear = 48;  // bytes: " at night to ", " during the day and "
  const size_t floor = begin > kNear ? begin - kNear : 0;
  for (size_t at = begin; at-- > floor + 1;) {
    const char c = text_[at];
    if (c == '!' || c == '?' || c == '\n' || (c == '.' && !scan::DigitAt(text_, at + 1))) {
      return false;
    }
    if (c != scale || !scan::DigitAt(text_, at - 1) ||
        scan::IsLetter(scan::NextCodePoint(text_, at + 1))) {
      continue;
    }
    size_t start = at;
    while (start > 0 && (scan::DigitAt(text_, start - 1) || text_[start - 1] == '.')) --start;
    return TemperatureWordBefore(start);
  }
  return false;
}

namespace {
// The words that join an amount to the same in another unit after a comma or alone.
constexpr std::string_view kRestating[] = {"or", "about", "around", "roughly", "nearly"};
}  // namespace

// Past what joins an amount to the same in another unit from `at`: " (", ", or ", " or about
// ", or only spaces.
size_t ClaimBuilder::JointAfter(size_t at) const {
  at = scan::SkipSpaces(text_, at);
  if (at < text_.size() && (text_[at] == '(' || text_[at] == ',')) {
    at = scan::SkipSpaces(text_, at + 1);
  }
  for (int words = 0; words < 2; ++words) {
    const std::string_view word = scan::WordAt(text_, at);
    if (absl::c_find(kRestating, word) == std::end(kRestating)) break;
    at = scan::SkipSpaces(text_, at + word.size());
  }
  return at;
}

// The same before `at`: where the amount it joins ends, or `at` where none does.
size_t ClaimBuilder::JointBefore(size_t at) const {
  size_t p = scan::SkipSpacesBack(text_, at);
  if (p > 0 && text_[p - 1] == '(') return scan::SkipSpacesBack(text_, p - 1);
  const size_t after_words = p;
  for (int words = 0; words < 2; ++words) {
    const std::string_view word = scan::WordBefore(text_, p);
    if (absl::c_find(kRestating, word) == std::end(kRestating)) break;
    p = scan::SkipSpacesBack(text_, p - word.size());
  }
  if (p == after_words) return at;
  if (p > 0 && text_[p - 1] == ',') p = scan::SkipSpacesBack(text_, p - 1);
  return p;
}

// Whether a word of temperature_words.tsv stands among the six words before `begin`, in its
// sentence: "temperatures hit 40C", "a high of 104F".
bool ClaimBuilder::TemperatureWordBefore(size_t begin) const {
  size_t at = begin;
  for (int words = 0; words < 6; ++words) {
    size_t start = at;
    for (char32_t c; at > 0 && !scan::IsLetter(c = scan::PreviousCodePoint(text_, at, &start));
         at = start) {
      if (c == '.' || c == '!' || c == '?' || c == '\n') return false;
    }
    const std::string_view word = scan::WordBefore(text_, at);
    if (word.empty()) return false;
    if (engine_.temperature_words().contains(Lower(word))) return true;
    at -= word.size();
  }
  return false;
}

// "4.7 من الأيام", "2 من الأسابيع": a number "of the" plural of a unit of time, as Arabic
// translated word for word from English writes "4.7 days". Only the plural: "2 من الشهر" is
// the second of the month.
scan::PhraseList::Match ClaimBuilder::OfThePluralUnit(size_t end) const {
  static constexpr std::string_view kOf = "\xD9\x85\xD9\x86 ";  // "من "
  const size_t of = scan::SkipSpaces(text_, end);
  if (of == end || text_.substr(of, kOf.size()) != kOf) return {};
  const size_t the = scan::SkipSpaces(text_, of + kOf.size());
  if (text_.substr(the, kArticle.size()) != kArticle) return {};
  const auto m = engine_.time_units().MatchAt(text_, the + kArticle.size());
  return m.entry && m.entry->tags.size() > 1 && m.entry->tags[1] == "n" ? m
                                                                         : scan::PhraseList::Match{};
}

bool ClaimBuilder::TryDuration(size_t floor, Claim* claim, Span* span) const {
  auto m = engine_.time_units().MatchAt(text_, UnitStart(span->end));
  if (m.entry == nullptr) m = OfThePluralUnit(span->end);
  if (m.entry == nullptr) m = PastAnAdjective(span->end);
  if (m.entry == nullptr || m.entry->tags.at(0) == kNoUnit || YearCueAt(UnitStart(span->end))) {
    return false;
  }
  if (scan::DigitAt(text_, m.end)) return false;  // "5h30": a time of day
  if (DayOfAWeekday(UnitStart(span->end))) return false;
  claim->kind = Kind::kDuration;
  claim->unit = m.entry->tags.at(0);
  span->end = m.end;
  AndAFraction(claim, span);
  TimeQualifier(floor, claim, span);
  return true;
}

// "three full weeks", "two straight years": a unit of time past an English word of how it
// was spent.
scan::PhraseList::Match ClaimBuilder::PastAnAdjective(size_t end) const {
  const size_t at = scan::SkipSpaces(text_, end);
  const auto adjective = engine_.time_cues().MatchAt(text_, at, "unit-adjective");
  if (at == end || adjective.entry == nullptr) return {};
  const size_t unit = scan::SkipSpaces(text_, adjective.end);
  if (unit == adjective.end) return {};
  return engine_.time_units().MatchAt(text_, unit);
}

// "راديو 4 يوم الأحد" (Radio 4 on Sunday): "يوم" before a weekday's name starts a date; it is
// neither the unit nor the noun of the number before it.
bool ClaimBuilder::DayOfAWeekday(size_t at) const {
  static constexpr std::string_view kDay = "\xD9\x8A\xD9\x88\xD9\x85";  // يوم
  return WordAt(at) == kDay &&
         engine_.weekdays().MatchAt(text_, scan::SkipSpaces(text_, at + kDay.size())).entry;
}

// Whether the word before `begin` is a preposition or particle (a word of
// noun_stopwords.tsv), not a noun or a verb.
bool ClaimBuilder::AfterAPreposition(size_t begin) const {
  const size_t end = scan::SkipSpacesBack(text_, begin);
  const std::string_view word = scan::WordBefore(text_, end);
  return end < begin && !word.empty() && IsStopword(word);
}

// "فاز بـ 3 عام 2015" (won 3 in 2015): a cue of a year ("عام", "سنة") right before a year
// in digits names that year; it is neither the unit nor the noun of the number before it.
bool ClaimBuilder::YearCueAt(size_t at) const {
  auto cue = engine_.time_cues().MatchAt(text_, at, "year");
  if (cue.entry == nullptr && GluedClitic(text_, at)) {  // "لسنة 1991"
    cue = engine_.time_cues().MatchAt(text_, at + 2, "year");
  }
  // A plural ("سنوات 2015 و2016") after a number is what the number counts: "خطة 5 سنوات
  // 2016-2020".
  if (cue.entry == nullptr || cue.entry->HasTag("plural")) return false;
  const size_t year = scan::SkipSpaces(text_, cue.end);
  if (year == cue.end || year + 4 > text_.size()) return false;
  for (size_t i = year; i < year + 4; ++i) {
    if (text_[i] < '0' || text_[i] > '9') return false;
  }
  return year + 4 == text_.size() || text_[year + 4] < '0' || text_[year + 4] > '9';
}

// "ساعتين ونصف", "3 ساعات وربع", "a year and a half": a fraction joined by و or "and a"
// after the unit.
void ClaimBuilder::AndAFraction(Claim* claim, Span* span) const {
  static constexpr std::string_view kAnd = "\xD9\x88";  // و
  size_t at = scan::SkipSpaces(text_, span->end);
  if (at == span->end) return;
  std::string_view word = WordAt(at);
  const numerals::WordLexicon* lexicon = &engine_.arabic_words();
  if (word == kAnd) {
    at = scan::SkipSpaces(text_, at + word.size());
    word = WordAt(at);
  } else if (word.substr(0, kAnd.size()) == kAnd) {
    word.remove_prefix(kAnd.size());
    at += kAnd.size();
  } else if (Lower(word) == "and") {
    at = scan::SkipSpaces(text_, at + word.size());
    if (Lower(WordAt(at)) != "a") return;
    at = scan::SkipSpaces(text_, at + 1);
    word = WordAt(at);
    lexicon = &engine_.english_words();
  } else {
    return;
  }
  const numerals::WordEntry* e = lexicon->Find(Lower(word));
  if (e == nullptr || (e->role != numerals::Role::kFraction &&
                       e->role != numerals::Role::kFractionConj)) {
    return;
  }
  claim->number = claim->number.Plus(e->value);
  span->end = at + word.size();
  // "ساعتين ونصف الساعة", "ثلاثة أمتار وربع المتر": the fraction of the unit, named again.
  const size_t unit = scan::SkipSpaces(text_, span->end);
  if (unit == span->end || text_.substr(unit, kArticle.size()) != kArticle) return;
  const size_t end = unit + WordAt(unit).size();
  for (const scan::PhraseList* units : {&engine_.time_units(), &engine_.units()}) {
    const auto named = units->MatchAt(text_, unit + kArticle.size());
    if (named.entry != nullptr && named.end == end && named.entry->tags.at(0) == claim->unit) {
      span->end = end;
      return;
    }
  }
}

bool ClaimBuilder::AtADistance(size_t cue_end) const {
  return engine_.time_cues().MatchBefore(text_, cue_end, "distance").entry != nullptr;
}

void ClaimBuilder::TimeQualifier(size_t floor, Claim* claim, Span* span) const {
  const scan::PhraseList& cues = engine_.time_cues();
  size_t before = scan::SkipSpacesBack(text_, span->begin);
  if (AtADistance(before)) return;  // "على بعد 3 ساعات": three hours away
  // "منذ أكثر من 10 سنوات": the cue stands before the bound, which TakeQualifier reads.
  const size_t span_begin = span->begin;
  if (auto bound = QualifierBefore(span->begin); bound.entry && bound.end >= floor) {
    before = scan::SkipSpacesBack(text_, bound.end);
  }
  for (std::string_view meaning : {"ago", "later", "within"}) {
    if (auto b = cues.MatchBefore(text_, before, meaning);
        b.entry && Where(*b.entry, "before") && b.end >= floor) {
      if (meaning != "within" && FromAnEvent(span->end)) return;
      if (b.entry->phrase == "in" && (AfterASuperlative(b.end) || !SaidOfTheFuture(b.end))) {
        return;
      }
      claim->qualifier = std::string(meaning);
      // Past a bound the span stays at the number: TakeQualifier reads the bound.
      span->begin = before == scan::SkipSpacesBack(text_, span_begin) ? b.end : span_begin;
      return;
    }
    if (auto a = cues.MatchAt(text_, scan::SkipSpaces(text_, span->end), meaning);
        a.entry && Where(*a.entry, "after")) {
      claim->qualifier = std::string(meaning);
      span->end = a.end;
      return;
    }
  }
}

// "يوم واحد", "ساعة واحدة", "دولار واحد": one (or two) written after the noun it counts.
bool ClaimBuilder::TryNounBeforeOne(const Mention& m, size_t floor, Claim* claim,
                                    Span* span) const {
  const long value = IntegerValue(m);
  size_t p = scan::SkipSpacesBack(text_, span->begin);
  // "ساعة ونصف": a singular noun and a half, one and a half of it.
  const bool and_a_fraction = m.from_words && m.value.IsProperFraction();
  if (and_a_fraction) {  // "ساعة ونصف", "an hour and a half"
    static constexpr std::string_view kAnd = "\xD9\x88";  // و
    if (p >= kAnd.size() && text_.substr(p - kAnd.size(), kAnd.size()) == kAnd) {
      p = scan::SkipSpacesBack(text_, p - kAnd.size());
    } else if (Lower(scan::WordBefore(text_, p)) == "and") {
      p = scan::SkipSpacesBack(text_, p - 3);
    } else {
      return false;
    }
  } else if (!m.from_words || (value != 1 && value != 2) || m.definite || p == span->begin ||
             static_cast<unsigned char>(text_[m.begin]) < 0x80) {
    return false;  // only Arabic puts one and two after their noun ("won two" is no money)
  }
  if (auto t = engine_.time_units().MatchBefore(text_, p);
      t.entry && t.end >= floor && t.entry->tags.at(0) != kNoUnit &&
      (!and_a_fraction || t.entry->tags.at(1) == "1")) {
    if (and_a_fraction) claim->number = claim->number.Plus(Decimal::FromInt(1));
    claim->kind = Kind::kDuration;
    claim->unit = t.entry->tags.at(0);
    span->begin = ArticleBefore(t.end, floor);
    TimeQualifier(floor, claim, span);
    return true;
  }
  if (auto c = CurrencyBefore(p);
      c.entry && c.end >= floor && c.entry->tags.size() < 3 && !and_a_fraction) {
    claim->kind = Kind::kMoney;
    SetCurrency(*c.entry, claim);
    span->begin = c.end;
    return true;
  }
  // "لتر ونصف": one and a fraction of a unit of measure. "متر واحد": one of it, named by a
  // word of three letters or more that is no homograph ("قدم واحدا", presented one).
  // ("مرة ونصف": a word that is a unit only before its fraction.)
  auto u = engine_.units().MatchBefore(text_, p);
  if (and_a_fraction && !u.entry) u = engine_.fraction_units().MatchBefore(text_, p);
  if (u.entry && u.end >= floor &&
      (and_a_fraction ? u.entry->tags.size() < 2 || u.entry->HasTag("homograph")
                      : value == 1 && OneOrTwoInArabicWords(m) && u.entry->tags.size() < 2 &&
                            p - u.end >= 6)) {
    if (and_a_fraction) claim->number = claim->number.Plus(Decimal::FromInt(1));
    claim->kind = Kind::kQuantity;
    claim->unit = u.entry->tags.at(0);
    span->begin = ArticleBefore(u.end, floor);
    return true;
  }
  return false;
}

// "billions of dollars", "مليارات الدولارات", "مئات الملايين من الدولارات", "thousands of
// tonnes": a vague quantity, "of" or "من", and the currency or unit with the article.
bool ClaimBuilder::TryVagueUnit(const Mention& m, size_t floor, Claim* claim, Span* span) const {
  if (!m.vague) return false;
  size_t at = scan::SkipSpaces(text_, span->end);
  const std::string_view of = WordAt(at);
  if (Lower(of) == "of" || of == kFrom) at = scan::SkipSpaces(text_, at + of.size());
  if (at == span->end) return false;
  if (text_.substr(at, kArticle.size()) == kArticle) at += kArticle.size();
  Span unit{span->begin, at};
  if (!TryMoney(floor, m.from_words, claim, &unit) && !TryQuantity(claim, &unit)) return false;
  *span = unit;
  return true;
}

// The English article before a unit that counts one ("an hour and a half"), else `begin`.
size_t ClaimBuilder::ArticleBefore(size_t begin, size_t floor) const {
  const size_t end = scan::SkipSpacesBack(text_, begin);
  const std::string_view word = scan::WordBefore(text_, end);
  const std::string lower = Lower(word);
  if (end == begin || end - word.size() < floor || (lower != "a" && lower != "an")) return begin;
  return end - word.size();
}

// "half an hour", "a quarter of a mile", "half a century ago": a fraction in English words,
// an article, and the unit it is a fraction of; "ربع القرن", "نصف الساعة": an Arabic fraction
// in construct with one unit of time and its article.
bool ClaimBuilder::TryFractionOfAUnit(const Mention& m, size_t floor, Claim* claim,
                                      Span* span) const {
  if (!m.from_words || m.ordinal || !m.value.IsProperFraction()) return false;
  size_t at = scan::SkipSpaces(text_, span->end);
  // (A fraction in construct has no article: "الربع العام الماضي" is the quarter, last year.)
  const bool construct = at != span->end && !WrittenWithTheArticle(WordAt(span->begin));
  if (const scan::PhraseList::Entry* unit = construct ? TheUnitOfTimeAt(at) : nullptr) {
    claim->kind = Kind::kDuration;
    claim->unit = unit->tags.at(0);
    span->end = at + WordAt(at).size();
    TimeQualifier(floor, claim, span);
    return true;
  }
  std::string word = Lower(WordAt(at));
  if (word == "of") {
    at = scan::SkipSpaces(text_, at + word.size());
    word = Lower(WordAt(at));
  }
  if (at == span->end || (word != "a" && word != "an")) return false;
  Span unit{span->begin, at + word.size()};
  if (!TryDuration(floor, claim, &unit) && !TryQuantity(claim, &unit)) return false;
  *span = unit;
  return true;
}

// The entry of one unit of time that the word at `at` is with the article ("القرن", "الساعة");
// null for other words, and where a number's word follows it, which names that unit ("ربع
// القرن العشرين" is a quarter of the twentieth century). Only units a fraction of which is a
// span: "نصف العام", "نصف الشهر" are as often the middle of the year or the month ("عطلة نصف
// العام الدراسي").
const scan::PhraseList::Entry* ClaimBuilder::TheUnitOfTimeAt(size_t at) const {
  if (text_.substr(at, kArticle.size()) != kArticle) return nullptr;
  const auto unit = engine_.time_units().MatchAt(text_, at + kArticle.size());
  if (unit.entry == nullptr || unit.entry->tags.at(1) != "1" ||
      unit.end != at + WordAt(at).size()) {
    return nullptr;
  }
  const std::string& name = unit.entry->tags.at(0);
  if (name != "century" && name != "decade" && name != "hour" && name != "minute") return nullptr;
  std::string_view next = WordAt(scan::SkipSpaces(text_, unit.end));
  if (next.starts_with(kArticle)) next.remove_prefix(kArticle.size());
  if (!next.empty() && engine_.arabic_words().Find(std::string(next)) != nullptr) return nullptr;
  return unit.entry;
}

// Whether only spaces, and before them the start of the text, a line or a sentence's full
// stop, stand before `pos`.
bool ClaimBuilder::AtSentenceStart(size_t pos) const {
  const size_t p = scan::SkipSpacesBack(text_, pos);
  return p == 0 || text_[p - 1] == '\n' || text_[p - 1] == '.' || text_[p - 1] == '!' ||
         text_[p - 1] == '?';
}

// "حوالي 2000 من صغار المربين", "أكثر من 2000": after an Arabic word of approximation or
// comparison a bare number counts; such a year has a word of time before the qualifier ("منذ
// حوالي 2010"). English writes "around 2000" of years too.
bool ClaimBuilder::CountAfterArabicQualifier(size_t begin) const {
  const auto q = QualifierBefore(begin);
  if (!q.entry || static_cast<unsigned char>(q.entry->phrase[0]) < 0x80) return false;
  const std::string& bound = q.entry->tags.at(0);
  if (bound != "about" && bound != "more-than" && bound != "less-than" && bound != "at-least") {
    return false;
  }
  const size_t p = scan::SkipSpacesBack(text_, q.end);
  const scan::PhraseList& cues = engine_.time_cues();
  return !cues.MatchBefore(text_, p, "era").entry && !cues.MatchBefore(text_, p, "since").entry &&
         !cues.MatchBefore(text_, p, "year").entry;
}

bool AfterByAnAmount(const Engine& engine, std::string_view text, size_t end) {
  const auto by = engine.arith_cues().MatchBefore(text, end, "by");
  return by.entry && by.entry->HasTag("amount");
}

bool ClaimBuilder::TryYear(const Mention& m, size_t floor, Claim* claim, Span* span) const {
  long value = IntegerValue(m);
  bool islamic = false, before_era = false, persian = false;
  const size_t marker = dates_.CalendarMarker(span->end, &islamic, &before_era, &persian);
  // Before the common era years go back as far as history does: "8000 BCE", "10,000 BC".
  if (value < 1 || value > (before_era ? 99999 : 2999) || (m.grouped && !before_era)) {
    return false;
  }
  const scan::PhraseList& cues = engine_.time_cues();
  const size_t before = scan::SkipSpacesBack(text_, span->begin);
  const auto cue = cues.MatchBefore(text_, before, "year");
  const bool cued = cue.entry && cue.end >= floor;
  // "العام الهجري 1446": a cue that names the year's calendar.
  islamic |= cued && cue.entry->HasTag("islamic");
  // "FY24", "FY99": two digits glued to a cue of a fiscal year, the nearer century's year.
  if (cued && value < 100 && cue.entry->HasTag("short") && before == span->begin &&
      m.end - m.begin == 2) {
    constexpr long kPivot = 50;  // "FY49" is 2049, "FY50" 1950
    value += value < kPivot ? 2000 : 1900;
    claim->number = numerals::Decimal::FromInt(static_cast<uint64_t>(value));
  }
  // Below 1000 only with the era named: "550 قبل الميلاد", "44 BC", "سنة 622 م" ("622 م"
  // alone may be metres).
  if (value < 1000 && !before_era && !(marker && cued)) return false;
  // "هذا العام 2400 طالب": past the years news dates, a number after a year's word that an
  // Arabic word follows, neither a stopword nor definite, counts that noun ("by the year 2150
  // sea levels" may date what follows).
  if (cued && !before_era && marker == 0 && value > 2100) {
    const size_t at = scan::SkipSpaces(text_, span->end);
    const std::string_view next = WordAt(at);
    if (!next.empty() && static_cast<unsigned char>(next[0]) >= 0x80 && at > span->end &&
        !IsStopword(next) && !WrittenWithTheArticle(next)) {
      return false;
    }
  }
  // In words, only after an Arabic cue: "عام ألفين واثنين وعشرين" (English "in two thousand"
  // counts as often as it dates).
  const bool arabic_cue = cued && static_cast<unsigned char>(cue.entry->phrase[0]) >= 0x80;
  if (m.from_words && !arabic_cue) return false;
  // "منذ 2011 تحركات", "since 2011 protests": after "since" a year counts no noun after it.
  // ("منذ عام 2009": after a cue, "since" stands before the cue.)
  const auto since = cues.MatchBefore(text_, cued ? scan::SkipSpacesBack(text_, cue.end) : before,
                                      "since");
  // "Q3 2023 results": the year of a quarter or a half named before it.
  const bool of_a_period = before >= 1 && scan::IsQuarterOrHalf(text_, before - 1, before);
  if (!cued && !since.entry && marker == 0 && !(of_a_period && IsModernYear(value))) {
    // A bare number in the range of modern years, counting nothing, reads as a year; an older
    // one after a preposition of time ("before 1745").
    if (value > 2100) return false;
    // "العام الماضي 2020", "last year 2020": the year that a relative year names, as after a
    // preposition of time (asked only where there is none).
    const auto named = [&] {
      const auto relative = engine_.relative_times().MatchBefore(text_, before);
      return relative.entry && relative.entry->tags.at(0) == "year";
    };
    const auto era_cue = cues.MatchBefore(text_, before, "era");
    const bool era = era_cue.entry != nullptr || named();
    if (value < 1900 && !era) return false;
    // "خفض عدد موظفيها بمقدار 2000": a change's amount; English "by 2000" names a year as often.
    const bool arabic_before = before > 0 && static_cast<unsigned char>(text_[before - 1]) >= 0x80;
    if (CountAfterArabicQualifier(span->begin) ||
        (arabic_before && AfterByAnAmount(engine_, text_, before))) {
      return false;
    }
    // A counted noun follows ("2019 cases", "2019 new cases"), not a verb or a singular noun
    // ("in 2014 found that", "the 2020 election"). Arabic, with no capitals and few words to
    // tell a verb, counts after a preposition of time only round hundreds ("في 2000 حالة");
    // "في 2016 ويتوقع", "خلال 2016 أساسا" name years.
    const size_t at = scan::SkipSpaces(text_, span->end);
    // "قبل 1200 منهم" (1,200 of them were accepted): "of them" counts, as no year is of them.
    if (engine_.arith_cues().MatchAt(text_, at, "them").entry) return false;
    const std::string_view next = WordAt(at);
    const bool english = !next.empty() && static_cast<unsigned char>(next[0]) < 0x80;
    // "In 2015 sales rose": a sentence that opens on "In" and a modern year dates what follows
    // (round hundreds still count: "In 2000 cases").
    const bool opens_dated = era_cue.entry && text_[era_cue.end] == 'I' && value >= 1900 &&
                             AtSentenceStart(era_cue.end);
    const bool dated = (era && (!english || opens_dated)) && value % 100 != 0;
    // A preposition glued to the next number ("بـ1543") is no noun; "و" lists the next one
    // ("2012 و2013 شخصا" count alike).
    const size_t after = at + next.size();
    const bool clitic = (next == "\xD8\xA8" || next == "\xD9\x84" || next == "\xD9\x83") &&
                        after < text_.size() && scan::IsAsciiDigit(text_[after]);
    // A counted noun is indefinite: a definite word after the number ("ميزانية 2017 الجديدة",
    // "رؤية 2030 للتنمية") is no noun it counts.
    if (!next.empty() && !IsStopword(next) && at > span->end && !dated &&
        !WrittenWithTheArticle(next) && !clitic &&
        (!english || EnglishNounAt(at, true) != std::string_view::npos) &&
        !(english && value % 100 != 0 && NamesAnEvent(span->begin, next))) {
      return false;
    }
  }
  claim->kind = Kind::kYear;
  claim->value = std::to_string(value);
  if (before_era) claim->number = claim->number.Negated();  // 550 BC is -550
  // "سال ۱۴۰۲": a year of the Hijri centuries in Persian digits after a cue is a solar one.
  persian |= !islamic && !before_era && cued && InTheHijriCenturies(static_cast<int>(value)) &&
             InPersianDigits(span->begin, span->end);
  claim->calendar = persian ? "persian" : islamic ? "islamic" : "gregorian";
  if (cued) span->begin = cue.end;
  if (marker) span->end = marker;
  if (since.entry && since.end >= floor) {
    claim->qualifier = "since";
    span->begin = since.end;
  }
  return true;
}

// "the 2008 Olympics", "Brazil's 2014 World Cup": after "the" or an owner, a year names the
// event whose capitalized name follows, or a plural of events and their tallies
// (time_cues.tsv "event-noun": "the 2016 elections", "the 2011 floods", "last year's 2023
// results"); a count would count another plain noun ("the 2015 cases").
bool ClaimBuilder::NamesAnEvent(size_t begin, std::string_view next) const {
  const size_t at = static_cast<size_t>(next.data() - text_.data());
  const auto event = engine_.time_cues().MatchAt(text_, at, "event-noun");
  const bool events = event.entry && (event.end >= text_.size() ||
                                      !scan::IsLetter(scan::NextCodePoint(text_, event.end)));
  if (!absl::ascii_isupper(static_cast<unsigned char>(next[0])) && !events) return false;
  const size_t end = scan::SkipSpacesBack(text_, begin);
  const std::string_view word = scan::WordBefore(text_, end);
  if (end == begin || word.empty()) return false;
  return word == "the" || word == "The" ||
         (end >= 2 && text_[end - 2] == '\'' && text_[end - 1] == 's');
}

// "Windows 11", "iPhone 15", "Fortune 500": a number right after a capitalized name inside a
// sentence labels the name; it counts nothing after it ("Windows 11 users"). After a word of
// roman_cues.tsv it is the number it names ("World War One", "Phase Two").
bool ClaimBuilder::LabelsAName(size_t begin) const {
  const size_t name_end = scan::SkipSpacesBack(text_, begin);
  if (name_end == begin || name_end == 0) return false;
  const size_t name_start = name_end - scan::WordBefore(text_, name_end).size();
  if (name_start == name_end) return false;
  const bool capital = absl::ascii_isupper(static_cast<unsigned char>(text_[name_start])) ||
                       (name_end - name_start > 1 &&
                        absl::ascii_isupper(static_cast<unsigned char>(text_[name_start + 1])));
  // Inside a sentence: a word, not a full stop or the start, before the name.
  const size_t before = scan::SkipSpacesBack(text_, name_start);
  const bool inside = before > 0 && before < name_start &&
                      absl::ascii_isalpha(static_cast<unsigned char>(text_[before - 1]));
  // The cue lookup last: every claim asks, and few follow a capitalized word.
  return capital && inside && !engine_.roman_cues().MatchBefore(text_, name_end).entry;
}

namespace {

// "قتل 7 بمدينة", "ارتفع 5 بمقدار", "2 بتطاوين": a preposition ب or ل glued before a word in
// م or ت (a place, a participle, a verbal noun) opens a phrase; no counted noun starts so
// (a counted noun takes no preposition, and nouns whose own first letters these are, such as
// لتر, are units read before).
// So does a glued conjunction before م or ب ("2000 ومقر", "أصيب 3 ومات", "وبذلك"), where
// the nouns that start with و itself go on otherwise (وحدة, وظيفة, ولاية, وزير, وفيات; وباء is
// four letters).
bool OpensAnotherPhrase(std::string_view word) {
  if (word.size() < 8) return false;  // four letters at least
  const std::string_view first = word.substr(0, 2), second = word.substr(2, 2);
  const bool mim = second == "\xD9\x85", ba = second == "\xD8\xA8";
  if (first == "\xD9\x88") return mim || (ba && word.size() >= 10);  // و
  return (first == "\xD8\xA8" || first == "\xD9\x84") &&  // ب ل
         (mim || second == "\xD8\xAA");                     // م ت
}

// "قتل 7 بولاية كادونا" (7 killed in Kaduna state): from three to ten the counted noun is a
// plural, so a word in ة (folded to ه) with a glued ب or ل after such a number is a singular
// after a preposition ("20 بندقية", eleven and more, count the singular).
bool SingularAfterAPreposition(std::string_view word, const Decimal& number) {
  if (word.size() < 8 || !EndsInTehMarbuta(word)) return false;  // four letters or more
  const std::string_view first = word.substr(0, 2);
  if (first != "\xD8\xA8" && first != "\xD9\x84") return false;  // ب ل
  const std::optional<uint64_t> n = number.ToWhole();
  return n && *n >= 3 && *n <= 10;
}

// "a 3-1 victory", "the 2-2 draw": the second of two numbers a hyphen joins, no greater than
// the first, is a score's (a range rises); the word after it is the score's, not its noun.
bool SecondOfAScore(std::string_view text, size_t begin, const Decimal& number) {
  if (begin < 2 || text[begin - 1] != '-' || !scan::DigitAt(text, begin - 2)) return false;
  size_t first = begin - 1;
  while (first > 0 && scan::DigitAt(text, first - 1)) --first;
  if (begin - 1 - first > 6) return false;
  uint64_t before = 0;
  for (size_t i = first; i < begin - 1; ++i) before = before * 10 + (text[i] - '0');
  const std::optional<uint64_t> n = number.ToWhole();
  return n && *n <= before;
}

}  // namespace

void ClaimBuilder::TakeNoun(Claim* claim, Span* span) const {
  const size_t at = scan::SkipSpaces(text_, span->end);
  if (LabelsAName(span->begin) || FractionOfIt(*claim, span->end)) return;
  const std::string_view word = WordAt(at);
  // A single letter (a glued "و" before the next number) is no noun, and a counted noun is
  // indefinite: "2014 بالتهمة", "45 للولايات" continue the sentence instead.
  if (word.empty() || IsStopword(word) || word.size() <= 2 || WrittenWithTheArticle(word) ||
      YearCueAt(at) || DayOfAWeekday(at) ||
      JoinedToTheNextClause(word) || PluralVerb(word) || OpensAnotherPhrase(word) ||
      SingularAfterAPreposition(word, claim->number) ||
      SecondOfAScore(text_, span->begin, claim->number)) {
    return;
  }
  // "أيد 9 وعارضه 5", "قتل 12 وجرح 40": a word glued to "و" right before another number opens
  // the next clause.
  if (word.substr(0, 2) == "\xD9\x88") {
    const size_t next = scan::SkipSpaces(text_, at + word.size());
    if (next < text_.size() && text_[next] >= '0' && text_[next] <= '9') return;
  }
  // "أكبر من 100 وأصغر من 300": a word that opens the next number's qualifier, glued "و"
  // and all, is not this one's noun.
  if (engine_.qualifiers().MatchAt(text_, at).entry ||
      (word.substr(0, 2) == "\xD9\x88" && engine_.qualifiers().MatchAt(text_, at + 2).entry)) {
    return;
  }
  // A capitalized English word after a number is a name or a new sentence, not a noun; so is
  // a Latin word glued to the digits ("247sports", "4chan"), where a unit would have matched.
  if (word[0] >= 'A' && word[0] <= 'Z') return;
  if (at == span->end && static_cast<unsigned char>(word[0]) < 0x80) return;
  size_t noun_at = at;
  if (static_cast<unsigned char>(word[0]) < 0x80) {
    noun_at = EnglishNounAt(at, Decimal::FromInt(1) < claim->number);
    if (noun_at == std::string_view::npos) return;
  }
  const std::string_view noun = WordAt(noun_at);
  claim->noun = std::string(Written(noun_at, noun_at + noun.size()));
  const std::optional<uint64_t> n = claim->number.ToWhole();
  claim->noun_key = engine_.noun_keys().Key(noun, n && *n % 100 >= 11);
  span->end = noun_at + noun.size();
}

// "ثلثاها نقدا", "نصفهم أطفال": a fraction with "of it", "of them" glued to it has said what it
// is a part of (arith_cues.tsv "them-suffix"); the word after it is no noun it counts.
bool ClaimBuilder::FractionOfIt(const Claim& claim, size_t end) const {
  if (!claim.number.IsProperFraction()) return false;  // digits end in no letter
  return engine_.arith_cues().SuffixBefore(text_, end, "them-suffix").entry != nullptr;
}

// Where the English noun that a number counts starts, from the word at `at`, or npos: the word
// itself, or the one after a modifier ("50 new cases"). More than one (`many`) counts a plural
// ("2 police officers", "5 people"), maybe after another noun or adjective that qualifies it
// ("12 important matches", "two drug suppliers"), not a verb or a singular noun ("in 2014
// found", "the 2020 election").
size_t ClaimBuilder::EnglishNounAt(size_t at, bool many) const {
  const std::string_view word = WordAt(at);
  // A word in "-ed" is as often the verb ("2012 showed that", "thousands joined rival
  // protests") as a participle before the noun ("5 injured people"): no noun either way.
  const bool modifier = IsModifier(word);
  if (modifier && absl::EndsWith(Lower(word), "ed")) return std::string_view::npos;
  const NounKeys& keys = engine_.noun_keys();
  // One counts a singular: after it a word in "-s" is a verb ("if one develops a fever").
  if (!many && NounKeys::EndsLikeAPlural(word)) return std::string_view::npos;
  if (!modifier && (!many || keys.MayCountMany(word))) return at;
  const size_t next = scan::SkipSpaces(text_, at + word.size());
  const std::string_view after = WordAt(next);
  if (next == at + word.size() || after.empty() || after[0] < 'a' || after[0] > 'z' ||
      IsStopword(after) || (many && !keys.MayCountMany(after))) {
    return std::string_view::npos;
  }
  return next;
}

// A word of noun_modifiers.tsv, or one ending in a suffix it lists ("-al", "-ive").
bool ClaimBuilder::IsModifier(std::string_view word) const {
  const std::string lower = Lower(word);
  const auto& modifiers = engine_.noun_modifiers();
  if (modifiers.contains(lower)) return true;
  for (size_t n : {2, 3}) {
    if (lower.size() > n + 2 && modifiers.contains("-" + lower.substr(lower.size() - n))) return true;
  }
  return false;
}

// "السنوات الخمس الماضية", "الساعات الـ24 الماضية", "للأعوام الخمس القادمة": a number with
// the article after the plural unit of time it counts, which has the article too. `definite`
// says the number is a word with the article; digits take it glued before them ("الـ24").
// After a singular unit the number is a rank or a time of day ("اليوم الـ10", "الساعة الـ11").
bool ClaimBuilder::TryUnitBefore(size_t floor, bool definite, Claim* claim, Span* span) const {
  const size_t begin = definite ? span->begin : ArticleBeforeDigits(span->begin);
  if (begin == std::string_view::npos) return false;
  const size_t p = scan::SkipSpacesBack(text_, begin);
  const std::string_view word = scan::WordBefore(text_, p);
  const size_t start = p - word.size();
  // The article, and a glued conjunction or preposition before it ("للأعوام الخمس القادمة").
  const std::string_view unit = claims::NounKeys::WithoutArticle(word);
  if (p == begin || start < floor || unit.size() == word.size()) return false;
  auto t = engine_.time_units().MatchAt(text_, p - unit.size());
  size_t unit_start = start;
  if (!t.entry || t.end != p) {
    // "أيام المعرض الستة", "سنوات الحرب الخمس": the plural unit in construct with a definite
    // singular, which completes its name (not a plural the number counts: "أشهر اللاعبين
    // الخمسة" are the five most famous players).
    if (engine_.noun_keys().IsArabicPlural(word) || IsStopword(word)) return false;
    const size_t q = scan::SkipSpacesBack(text_, start);
    const std::string_view head = scan::WordBefore(text_, q);
    if (q == start || head.empty() || q - head.size() < floor) return false;
    unit_start = q - head.size();
    t = engine_.time_units().MatchAt(text_, unit_start);
    if (!t.entry || t.end != q) return false;
  }
  if (t.entry->tags.at(1) != "n" || t.entry->tags[0] == kNoUnit) return false;
  claim->kind = Kind::kDuration;
  claim->unit = t.entry->tags[0];
  span->begin = unit_start;
  return true;
}

// "خلال العشرين عاما الماضية", "فترة التسعين يوما", "حرب المئة عام": definite tens and
// hundreds, which alone are an ordinal ("القرن العشرين"), count the unit of time in the
// singular right after them; any definite number word counts a currency or a unit of measure
// right after it ("فئة المئة دولار", "سباق المئة متر", "العشرة دولارات"), where a definite
// cardinal otherwise counts the noun before it.
bool ClaimBuilder::DefiniteNumberBeforeAUnit(const Mention& m, size_t end) const {
  if (!m.from_words || !m.definite) return false;
  const size_t at = UnitStart(end);
  if (engine_.units().MatchAt(text_, at).entry != nullptr) return true;
  if (const auto c = CurrencyAt(at); c.entry && Where(*c.entry, "after")) return true;
  // "النصف ساعة", "الربع ساعة": a fraction with the article before a unit of time.
  if (m.value.IsProperFraction()) {
    const auto t = engine_.time_units().MatchAt(text_, at);
    if (t.entry && t.entry->tags.at(1) == "1" && t.entry->tags[0] != kNoUnit) return true;
  }
  const long value = IntegerValue(m);
  const bool hundreds = value >= 100 && value <= 900 && value % 100 == 0;  // "حرب المئة عام"
  if (!m.ordinal || !(IsTens(value) || hundreds)) return false;
  const auto t = engine_.time_units().MatchAt(text_, at);
  // "بعيد ميلادها الخمسين عام 2024": "عام" before digits names the year; it counts nothing.
  return t.entry && t.entry->tags.at(1) == "1" && t.entry->tags[0] != kNoUnit &&
         !scan::DigitAt(text_, scan::SkipSpaces(text_, t.end));
}

// "الولايات الخمسين", "اللاعبين العشرين", "مبارياته العشرين": definite tens after a plural
// made definite by the article or a possessive count it (the fifty states); after a singular
// they rank it ("القرن العشرين", "الذكرى الخمسين").
bool ClaimBuilder::TensAfterAPlural(const Mention& m) const {
  if (!m.from_words || !m.definite || !IsTens(IntegerValue(m))) return false;
  const std::string_view before = scan::WordBefore(text_, scan::SkipSpacesBack(text_, m.begin));
  const NounKeys& keys = engine_.noun_keys();
  return (before.substr(0, kArticle.size()) == kArticle && keys.IsArabicPlural(before)) ||
         keys.IsPossessedPlural(before);
}

// Arabic one and two in words, without the article: adjectives that follow their noun.
bool ClaimBuilder::OneOrTwoInArabicWords(const Mention& m) const {
  const std::optional<uint64_t> value = m.value.ToWhole();
  return m.from_words && !m.definite && !m.ordinal && value && (*value == 1 || *value == 2) &&
         static_cast<unsigned char>(text_[m.begin]) >= 0x80;
}

// Whether the word before one or two is the noun they agree with, in its ending: a dual
// before اثنين, اثنتين ("مدنيين اثنين", "سيارتان اثنتان"); before واحدة a noun in ة ("سيارة
// واحدة"), before واحدا one in the accusative alef or ةً ("شخصا واحدا"), not a verb in -وا
// ("قتلوا واحدا"). A bare واحد shows no ending to agree with ("قتل واحد": one was killed).
bool ClaimBuilder::AgreesWithTheNounBefore(const Mention& m) const {
  if (!OneOrTwoInArabicWords(m) || m.begin == 0) return false;
  const uint64_t value = *m.value.ToWhole();
  const size_t end = scan::SkipSpacesBack(text_, m.begin);
  const std::string_view word = scan::WordBefore(text_, end);
  if (end == m.begin || word.size() < 6 || IsStopword(word)) return false;
  constexpr std::string_view kYehNoon = "\xD9\x8A\xD9\x86", kAlefNoon = "\xD8\xA7\xD9\x86";
  constexpr std::string_view kAlef = "\xD8\xA7", kWawAlef = "\xD9\x88\xD8\xA7";
  constexpr std::string_view kTehMarbuta = "\xD9\x87";  // ة, folded to ه
  if (value == 2) return word.size() > 6 && (word.ends_with(kYehNoon) || word.ends_with(kAlefNoon));
  const std::string_view one = text_.substr(m.begin, m.end - m.begin);
  if (WordAt(scan::SkipSpaces(text_, m.end)) == kFrom) return false;  // "واحدة من": one of
  if (one.ends_with(kTehMarbuta)) return word.ends_with(kTehMarbuta);
  return one.ends_with(kAlef) && !word.ends_with(kWawAlef) &&
         (word.ends_with(kAlef) || word.ends_with(kTehMarbuta));
}

// Adjectives of relation that stand between a noun and the number after it, as definite
// or indefinite as the noun: "البنوك العمومية الثلاثة", "قمة اقتصادية واحدة".
template <typename WordBefore>
void ClaimBuilder::SkipAdjectivesBack(const WordBefore& word_before, Span* noun,
                                      std::string_view* word) const {
  // Without the article only a feminine adjective after a feminine noun shows the agreement
  // ("مدنيين" alone is a noun, civilians).
  constexpr std::string_view kYehTeh = "\xD9\x8A\xD9\x87", kTeh = "\xD9\x87";  // ية, ة folded
  const bool definite = word->substr(0, kArticle.size()) == kArticle;
  const auto adjective = [&](std::string_view w) {
    return definite ? IsNisba(w) : w.size() >= 8 && w.ends_with(kYehTeh);
  };
  for (int adjectives = 0; adjectives < 3 && adjective(*word); ++adjectives) {
    const Span before = word_before(scan::SkipSpacesBack(text_, noun->begin));
    const std::string_view b = text_.substr(before.begin, before.end - before.begin);
    if (b.empty() || (b.substr(0, kArticle.size()) == kArticle) != definite || IsStopword(b) ||
        (!definite && !b.ends_with(kTeh))) {
      break;
    }
    *noun = before;
    *word = b;
  }
}

// "دول الاتحاد الأوروبي الـ27", "أعضاء المجلس الخمسة": a definite singular completes the name
// of a plural before it, which the number counts, as it cannot count one council. A name
// without the article may stand between ("فيروسات كورونا البشرية السبعة"), but not a word
// that ends as a sound plural in construct does ("مساعدي العادلي الستة"), which is no name.
// A plural after the head keeps the number ("رؤساء الدول الخمس" may count either; the nearer
// is kept).
template <typename WordBefore>
void ClaimBuilder::HeadOfTheConstruct(const WordBefore& word_before, Span* noun,
                                      std::string_view* word) const {
  const NounKeys& keys = engine_.noun_keys();
  if (keys.IsArabicPlural(*word)) return;
  Span head = *noun;
  for (int words = 0; words < 2; ++words) {
    head = word_before(scan::SkipSpacesBack(text_, head.begin));
    const std::string_view w = text_.substr(head.begin, head.end - head.begin);
    if (w.empty() || WrittenWithTheArticle(w) || IsStopword(w)) return;
    if (keys.IsArabicPlural(w)) {
      *noun = head;
      *word = w;
      return;
    }
    if (w.ends_with("\xD9\x8A") || w.ends_with("\xD9\x88")) return;  // ي و
  }
}

// With the article, a number follows the noun it counts: "بلدانه الأعضاء الـ 195",
// "الدول السبع". The noun is the word before, unless that is a definite adjective after a
// noun with a possessive suffix ("بلدانه الأعضاء"): then the noun is the one before it.
// Whether the word that ends at `end` ends in a possessive ه (with `others`, also ها, هم,
// هما), not in a teh marbuta that the normalization folded to ه: the caller's letters tell.
bool ClaimBuilder::EndsInAPossessive(size_t end, bool others) const {
  return WrittenWithAPossessive(normalized_.original().substr(0, normalized_.ToOriginalEnd(end)),
                                others);
}

void ClaimBuilder::TakeNounBefore(Claim* claim, Span* span, size_t floor, bool definite) const {
  size_t p = scan::SkipSpacesBack(text_, span->begin);
  // A word glued to the letters before it ("والنصف") has a conjunction there, no noun.
  if (definite && p == span->begin && scan::IsLetter(scan::PreviousCodePoint(text_, p))) return;
  const bool article_digits = !definite;
  if (!definite) {
    const size_t article = ArticleBeforeDigits(span->begin);
    if (article == std::string_view::npos) return;
    span->begin = article;
    p = scan::SkipSpacesBack(text_, article);
  }
  const auto word_before = [&](size_t end) {
    size_t start = end;
    while (start > floor && scan::IsLetter(scan::PreviousCodePoint(text_, start))) {
      size_t s = start;
      scan::PreviousCodePoint(text_, start, &s);
      start = s;
    }
    return Span{start, end};
  };
  Span noun = word_before(p);
  std::string_view word = text_.substr(noun.begin, noun.end - noun.begin);
  if (word.empty() || IsStopword(word) || IsMeasureNoun(word)) return;  // "دون سن الـ 20"
  // "حوالي النصف", "قرابة النصف": a qualifier counts nothing.
  if (const auto q = engine_.qualifiers().MatchAt(text_, noun.begin); q.entry && q.end == p) {
    return;
  }
  // Digits with the article agree with a definite or possessed noun ("الأعضاء الـ195",
  // "أعضاؤها الـ15"); after any other word they stand alone ("حلت الـ16 عالميا", ranked 16th).
  if (article_digits && !DefiniteOrPossessed(word, noun.end)) return;
  if (word.substr(0, kArticle.size()) == kArticle) {
    const Span earlier = word_before(scan::SkipSpacesBack(text_, noun.begin));
    const std::string_view w = text_.substr(earlier.begin, earlier.end - earlier.begin);
    const bool possessive = !w.empty() && EndsInAPossessive(earlier.end, false);
    if (possessive && !IsStopword(w) && w.substr(0, kArticle.size()) != kArticle) {
      noun = earlier;
      word = w;
    } else {
      // "البنوك العمومية الثلاثة", "الإستراتيجيات العلاجية التجريبية الأربع": adjectives of
      // relation stand between the noun and the number.
      SkipAdjectivesBack(word_before, &noun, &word);
      HeadOfTheConstruct(word_before, &noun, &word);
    }
  } else if (definite && !article_digits && WrittenWithTheArticle(WordAt(span->begin)) &&
             !EndsInAPossessive(noun.end, true)) {
    // "فيروسات كورونا الأربعة": a definite number word after a word without the article that
    // no possessive makes definite counts the plural whose name that word completes.
    // The article after a clitic ("للدول الأربع") is the noun's own.
    if (!WrittenWithTheArticle(word)) {
      const Span earlier = word_before(scan::SkipSpacesBack(text_, noun.begin));
      const std::string_view w = text_.substr(earlier.begin, earlier.end - earlier.begin);
      if (w.empty() || IsStopword(w) || !engine_.noun_keys().IsArabicPlural(w) ||
          w.substr(0, kArticle.size()) == kArticle) {
        return;  // "انتظرت النصف": a verb, or a word that the number does not agree with
      }
      noun = earlier;
      word = w;
    }
  } else {
    SkipAdjectivesBack(word_before, &noun, &word);  // "قمة اقتصادية واحدة"
  }
  claim->noun = std::string(Written(noun.begin, noun.end));
  claim->noun_key = engine_.noun_keys().Key(word);
}

// "rose 10% over two years": "over" between an amount and a duration is the time the amount
// took, not "more than" ("over 20 years ago", "for over 20 years" bound the duration); so
// between an amount and the items it was spread over ("3,400 km over 21 stages").
bool ClaimBuilder::OverAPeriodOfChange(const scan::PhraseList::Match& qualifier, size_t floor,
                                       const Claim& claim) const {
  return (claim.kind == Kind::kDuration || claim.kind == Kind::kNumber) && floor > 0 &&
         qualifier.entry->HasTag("period") &&
         scan::SkipSpacesBack(text_, qualifier.end) == floor;
}

void ClaimBuilder::TakeQualifier(size_t floor, Claim* claim, Span* span) const {
  std::string q;
  // A verb of bounds before a time cue takes another object: "لم يتجاوز خلال 60 سنة عتبة
  // 240" (in 60 years it did not pass 240).
  const bool timed = !claim->qualifier.empty();
  if (auto b = QualifierBefore(span->begin);
      b.entry && b.end >= floor && !(timed && IsBoundVerb(b))) {
    if (b.entry->tags.at(0) == "none") return;  // "لتصل إلى": to reach, no bound
    if (OverAPeriodOfChange(b, floor, *claim)) return;
    if (b.entry->tags.at(0) == "exact") {  // "exactly 30 years ago": the claim's own word
      span->begin = b.end;
      return;
    }
    q = BoundOf(b);
    span->begin = b.end;
    // "حوالي 500 أو أقل", "about 500 or more": the bound after says more than the hedge.
    if (q == "about") {
      if (const auto a = QualifierAfter(span->end); a.entry && !BeginsABound(a.end)) {
        q = a.entry->tags.at(0);
        span->end = a.end;
      }
    }
    if (!claim->qualifier.empty()) {  // "منذ أكثر من 10 سنوات": the time cue before the bound
      const auto cue = engine_.time_cues().MatchBefore(text_, scan::SkipSpacesBack(text_, b.end),
                                                       claim->qualifier);
      if (cue.entry && cue.end >= floor) span->begin = cue.end;
    }
  } else if (auto a = QualifierAfter(span->end); a.entry) {
    if (BeginsABound(a.end)) return;  // "5 أشخاص وأكثر من 20": the bound of the 20
    q = a.entry->tags.at(0);
    span->end = a.end;
    if (q == "exact") return;  // "30 عاما بالضبط"
  }
  const bool boundable = !claim->value.empty() && claim->kind != Kind::kDate &&
                         claim->kind != Kind::kOrdinal && claim->kind != Kind::kYear;
  if (!boundable) return;
  if (q.empty()) {  // "تجاوز عدد الضحايا 100"
    const auto v = BoundVerbBefore(span->begin);
    if (!v.entry || v.end < floor || timed) return;
    q = BoundOf(v);
  }
  if (claim->qualifier.empty()) claim->qualifier = q;
  const std::string v = claim->value;
  if (q == "more-than") {
    claim->lower = Bound{v, false}, claim->upper.reset();
  } else if (q == "at-least") {
    claim->lower = Bound{v, true}, claim->upper.reset();
  } else if (q == "less-than") {
    claim->lower.reset(), claim->upper = Bound{v, false};
  } else if (q == "at-most") {
    claim->lower.reset(), claim->upper = Bound{v, true};
  } else if (q == "about") {
    claim->approx = true;
  }
}

// "في سن الثامنة عشرة", "في الخامسة من عمره": an ordinal word that Arabic writes an age with
// (ordinal_cues.tsv "age", "age-after").
bool ClaimBuilder::AnAge(const Mention& m, size_t floor) const {
  const scan::PhraseList& cues = engine_.ordinal_cues();
  const size_t back = scan::SkipSpacesBack(text_, m.begin);
  const auto before = cues.MatchBefore(text_, back, "age");
  if (before.entry && before.end >= floor) return true;
  if (!cues.MatchAt(text_, scan::SkipSpaces(text_, m.end), "age-after").entry) return false;
  const auto in = cues.MatchBefore(text_, back, "age-in");
  if (in.entry) return in.end >= floor;
  // "بلغ الرئيس الخامسة والسبعين من عمره": a verb of reaching, then its subject; not a noun
  // of time the ordinal numbers ("بلغ العقد الرابع من عمره", a decade of life), nor a
  // feminine one of rank ("المرحلة الثانية من عمره", a stage of life; "الرئيس" is none an
  // ordinal of age agrees with).
  const std::string_view subject = scan::WordBefore(text_, back);
  size_t rank_start = 0;
  if (!WrittenWithTheArticle(subject) ||
      (EndsInTehMarbuta(subject) && AfterARankNoun(m.begin, &rank_start))) {
    return false;
  }
  const std::string_view noun = NounKeys::WithoutArticle(subject);
  if (engine_.time_units().MatchAt(text_, back - noun.size()).entry) return false;
  const auto verb = cues.MatchBefore(text_, scan::SkipSpacesBack(text_, back - subject.size()),
                                     "age-in");
  return verb.entry && verb.end >= floor && verb.entry->HasTag("verb");
}

// "فوق الثلاثين", "دون الثامنة عشرة": a definite ordinal word right after "over" or "under"
// is an age, a number ("over thirty").
bool ClaimBuilder::BoundBefore(size_t begin, size_t floor) const {
  const auto b = QualifierBefore(begin);
  if (!b.entry || b.end < floor) return false;
  // Not "حتى السادسة", "حوالي العاشرة": until or about an hour of the clock.
  const std::string& q = b.entry->tags.at(0);
  return q == "more-than" || q == "less-than";
}

// Whether what ends at `end`, read as a qualifier after a number, is instead the start of
// the bound of a number after it: "5 and over 20", "or more than 20", "أو أكثر من 20"; but
// "واحد أو أكثر من المضيفات" is one or more of the hosts.
bool ClaimBuilder::BeginsABound(size_t end) const {
  const size_t next = scan::SkipSpaces(text_, end);
  if (scan::DigitAt(text_, next)) return true;
  const std::string_view word = scan::WordAt(text_, next);
  if (word.empty()) return false;
  const auto bound = QualifierBefore(next + word.size());
  return bound.entry && bound.end < end && NumberAt(scan::SkipSpaces(text_, next + word.size()));
}

// Whether digits or a number word start at `pos`.
bool ClaimBuilder::NumberAt(size_t pos) const {
  if (scan::DigitAt(text_, pos)) return true;
  const std::string word = Lower(scan::WordAt(text_, pos));
  return !word.empty() && (engine_.arabic_words().Find(word) || engine_.english_words().Find(word));
}

// "تجاوز عدد الضحايا 100": a verb of bound before its subject, up to three words before the
// number, with nothing but words between, the first of them a noun of an amount with its
// genitive after it (right before the number, the number is its apposition, the subject:
// "مع تجاوز نسبة 47.7% من المرضى لسن 65"). The noun is looked for first: most numbers have
// none before them, and a verb is then not looked up.
// "يزيد عدد السكان على مليوني نسمة": a verb whose bound needs "على" or "عن" right before the
// number (qualifiers.tsv WHERE "split"), its subject between, a word more.
scan::PhraseList::Match ClaimBuilder::BoundVerbBefore(size_t begin) const {
  // "على" as the text folds it (ى to ي), "عن".
  constexpr std::string_view kOn = "\xD8\xB9\xD9\x84\xD9\x8A", kOff = "\xD8\xB9\xD9\x86";
  size_t pos = scan::SkipSpacesBack(text_, begin);
  bool preposition = false;
  for (int words = 0; words < 4; ++words) {
    const std::string_view word = scan::WordBefore(text_, pos);
    const size_t start = pos - word.size();
    const size_t before = scan::SkipSpacesBack(text_, start);
    if (start == pos || before == start) return {};  // no word, or punctuation: another clause
    pos = before;
    if (words == 0) preposition = word == kOn || word == kOff;
    if (words == 3 && !preposition) return {};  // the fourth word only for a split verb
    if (words == 0 || !IsMeasureNoun(word)) continue;
    if (preposition) {
      const auto split = engine_.qualifiers().MatchBefore(text_, pos, "split",
                                                          kQualifierWhereColumn);
      if (split.entry) return split;
    }
    if (words == 3) return {};
    return engine_.qualifiers().MatchBefore(text_, pos, "verb", kQualifierVerbColumn);
  }
  return {};
}

// The qualifier that stands before a number starting at `begin` ("أكثر من 5"), if any, also
// before a noun of the amount the number stands beside ("دون سن الـ 20", "فوق سن 65").
scan::PhraseList::Match ClaimBuilder::QualifierBefore(size_t begin) const {
  const scan::PhraseList& qualifiers = engine_.qualifiers();
  // "دون الـ15": past the article glued to the digits.
  if (const size_t article = ArticleBeforeDigits(begin); article != std::string_view::npos) {
    begin = article;
  }
  const size_t p = scan::SkipSpacesBack(text_, begin);
  if (auto m = qualifiers.MatchBefore(text_, p, "before", kQualifierWhereColumn); m.entry) {
    // "19% more than the 44 million", "3,000 fewer than the 56,000", "8 tonnes more than the
    // 36 tonnes": after a percentage, or a number (and its one word of a noun or unit) and a
    // comparison with "the", the words compare it, bounding none ("in 2016 more than 5,000"
    // is a bound).
    const size_t q = scan::SkipSpacesBack(text_, m.end);
    const std::string_view word = scan::WordBefore(text_, q);
    const size_t number_end = scan::SkipSpacesBack(text_, q - word.size());
    const auto digit_before = [this](size_t at) {
      return at > 0 && scan::IsAsciiDigit(text_[at - 1]);
    };
    const bool a_word_after_a_number =
        !word.empty() && number_end < q - word.size() && digit_before(number_end);
    const bool the = m.entry->phrase.ends_with(" the");
    const bool compared = q > 0 && (text_[q - 1] == '%' || word == "percent" ||
                                    (the && (digit_before(q) || a_word_after_a_number)));
    return compared ? scan::PhraseList::Match{} : m;
  }
  const std::string_view word = scan::WordBefore(text_, p);
  if (word.empty() || !IsMeasureNoun(word)) return {};
  const auto m = qualifiers.MatchBefore(text_, scan::SkipSpacesBack(text_, p - word.size()),
                                        "before", kQualifierWhereColumn);
  // After a verb the noun is its subject and the number stands beside it: "مع تجاوز نسبة 40
  // بالمائة من المرضى لسن 65" (40 percent of them exceed 65).
  return IsBoundVerb(m) ? scan::PhraseList::Match{} : m;
}

// The qualifier that stands after a number ending at `end` ("5 أشخاص على الأقل"), if any.
scan::PhraseList::Match ClaimBuilder::QualifierAfter(size_t end) const {
  return engine_.qualifiers().MatchAt(text_, scan::SkipSpaces(text_, end), "after",
                                      kQualifierWhereColumn);
}

// The bound a qualifier before a number makes, turned by a negation before it ("لم يتجاوز").
std::string ClaimBuilder::BoundOf(const scan::PhraseList::Match& before) const {
  const std::string& q = before.entry->tags.at(0);
  return NegatedBefore(before.end) ? Turned(q) : q;
}

// A noun of an amount ("سن", "عدد", "السعر"): beside a number it names what the number
// measures, and is not what it counts.
bool ClaimBuilder::IsMeasureNoun(std::string_view word) const {
  if (word.size() < 4 || static_cast<unsigned char>(word[0]) < 0x80) return false;  // Arabic
  if (word.substr(0, kArticle.size()) == kArticle) word.remove_prefix(kArticle.size());
  return engine_.measure_nouns().contains(absl::string_view(word.data(), word.size()));
}

// "لم يتجاوز 5", "not more than 5": a negation right before a bound; "ليس لدي أكثر من 1000",
// "لم يكن أكثر من 3": or before a word of having or being there ("لا يزال أكثر من", "still
// more than", is no negation).
bool ClaimBuilder::NegatedBefore(size_t pos) const {
  const scan::PhraseList& words = engine_.qualifiers();
  const size_t p = scan::SkipSpacesBack(text_, pos);
  if (words.MatchBefore(text_, p, "negation").entry) return true;
  const auto bridge = words.MatchBefore(text_, p, "bridge");
  return bridge.entry &&
         words.MatchBefore(text_, scan::SkipSpacesBack(text_, bridge.end), "negation").entry;
}

void SetSpan(const text::NormalizedText&, size_t begin, size_t end, Claim* claim) {
  claim->norm_begin = begin;
  claim->norm_end = end;
  claim->script.clear();  // worked out from the final span, unless a builder names it
}

void FinishSpan(const text::NormalizedText& normalized, Claim* claim) {
  claim->start = normalized.ToOriginalStart(claim->norm_begin);
  claim->end = normalized.ToOriginalEnd(claim->norm_end);
  claim->text = std::string(normalized.original().substr(claim->start, claim->end - claim->start));
  if (claim->script.empty()) claim->script = DigitScript(claim->text);
}

bool InWords(const text::NormalizedText& normalized, const Claim& claim) {
  if (!claim.script.empty()) return claim.script == "words";
  // Normalization made every digit of every script an ASCII digit.
  const std::string_view span = std::string_view(normalized.text())
                                    .substr(claim.norm_begin, claim.norm_end - claim.norm_begin);
  return std::none_of(span.begin(), span.end(), scan::IsAsciiDigit);
}

void ClaimBuilder::Finish(const Span& span, Claim* claim) const {
  SetSpan(normalized_, span.begin, span.end, claim);
}

// "ارتفعت الأسعار بنسبة 12،8", "بنسبة تفوق 5": a bare number after a word of rate
// (arith_cues.tsv "rate") is a percentage without its sign; not the first term of a ratio
// ("بنسبة 1 إلى 3", "بنسبة 1 من كل 10", "3:1"). `span` holds the qualifier already taken.
bool ClaimBuilder::ARateWithoutItsSign(size_t floor, const Span& span) const {
  const auto cue =
      engine_.arith_cues().MatchBefore(text_, scan::SkipSpacesBack(text_, span.begin), "rate", 1);
  if (!cue.entry || cue.end < floor) return false;
  const size_t next = scan::SkipSpaces(text_, span.end);
  if (next < text_.size() && (text_[next] == ':' || text_[next] == '/')) return false;
  return WordAt(next) != kFrom && !engine_.range_cues().MatchAt(text_, next, "join").entry;
}

// "ثلاثة (03) إرهابيين", "لأحد عشر (11) مهاجرا": the number in words restated in digits in
// brackets, as the Algerian press writes counts, is one claim with it; so are digits restated
// in words, as contracts and decrees write amounts ("500 (خمسمائة) دولار"), in brackets or
// not; in English too ("500 (five hundred) dollars"). Where the restatement ends, or m.end.
size_t ClaimBuilder::AfterARestatement(const Mention& m) const {
  const std::optional<uint64_t> value = m.value.ToWhole();
  if (!value || m.fraction_digits != 0 || !m.scale.is_zero()) return m.end;
  const size_t at = scan::SkipSpaces(text_, m.end);
  const bool bracket = at < text_.size() && text_[at] == '(';
  size_t p = bracket ? at + 1 : at;
  if (m.from_words) {
    if (!bracket) return m.end;
    uint64_t digits = 0;
    const size_t first = p;
    for (; p < text_.size() && scan::IsAsciiDigit(text_[p]) && p - first < 18; ++p) {
      digits = digits * 10 + static_cast<uint64_t>(text_[p] - '0');
    }
    if (p == first || digits != *value) return m.end;
  } else {
    if (!m.words_after || p >= text_.size()) return m.end;
    const auto words = static_cast<unsigned char>(text_[p]) >= 0x80
                           ? numerals::ReadArabicWords(engine_.arabic_words(), text_, p)
                           : numerals::ReadEnglishWords(engine_.english_words(), text_, p);
    if (!words || words->ordinal || words->vague || words->value.ToWhole() != value) {
      return m.end;
    }
    p = words->end;
  }
  if (!bracket) return p;
  return p < text_.size() && text_[p] == ')' ? p + 1 : m.end;
}

void ClaimBuilder::Build(const Mention& m, size_t floor, Claim* claim) const {
  Span span{m.begin, m.end};
  claim->number = m.value;
  claim->fraction_digits = m.fraction_digits;
  claim->separator_guessed = m.separator_guessed;
  claim->alternative = m.alternative;
  claim->scale = m.scale;
  if (TryDate(m, claim, &span)) {
    Finish(span, claim);
    return;
  }
  span.end = AfterARestatement(m);
  // A number word with the article agrees with the noun before it ("الناجون الأربعة"): what
  // follows it is not its unit ("قضى الناجون الأربعة ساعات" spent hours). After a
  // preposition it may come first, before its unit: "في الست سنوات الماضية" (in the past six
  // years); any other word after it is still no noun of it ("أن الثلاثة أرادوا").
  const bool definite_word = m.from_words && m.definite;
  const bool counts_a_unit = DefiniteNumberBeforeAUnit(m, span.end);
  const bool unit_may_follow = !definite_word || counts_a_unit || AfterAPreposition(m.begin);
  const bool age = definite_word && m.ordinal && (BoundBefore(m.begin, floor) || AnAge(m, floor));
  claim->age = age;
  size_t rank_start = 0;
  bool label = false;
  if (m.ordinal && !counts_a_unit && !age && !TensAfterAPlural(m)) {
    claim->kind = Kind::kOrdinal;
  } else if (!m.from_words && scan::IsQuarterOrHalf(text_, m.begin, m.end)) {
    claim->kind = Kind::kOrdinal;  // "Q3 2023" is the third quarter, as "الربع الثالث"
    span.begin = m.begin - 1;
  } else if (!unit_may_follow) {
  } else if (TryPercent(floor, claim, &span)) {
  } else if (TryNounBeforeOne(m, floor, claim, &span)) {
  } else if (TryFractionOfAUnit(m, floor, claim, &span)) {
  } else if (TryVagueUnit(m, floor, claim, &span)) {
  } else if (TryYearOfPrices(m, claim, &span)) {
  } else if (!TryMoney(floor, m.from_words, claim, &span) && !TryQuantity(claim, &span) &&
             !TryQuantityNamedFirst(floor, claim, &span) && !TryDuration(floor, claim, &span) &&
             !TryYear(m, floor, claim, &span) && !definite_word) {
    if (!m.from_words && AfterARankNoun(m.begin, &rank_start) &&
        (rank_start != m.begin || !CountedWordAfter(span.end))) {
      claim->kind = Kind::kOrdinal;  // "القرن 19", "الدورة الـ27"
      span.begin = rank_start;
    } else if (!m.from_words && AfterALabelNoun(m.begin) && !CountedWordAfter(span.end)) {
      label = true;  // "الطريق 604 بنابل": the word after is none of its
    } else if (!OneOrTwoInArabicWords(m) && !CountsTheNounBeforeArticleDigits(m.begin, span.end)) {
      TakeNoun(claim, &span);  // Arabic one and two follow their noun, never precede it
    }
  }
  // "الدول السبع", "الأعضاء الـ 195" count the noun before them; "مقتل العشرات" does not; nor
  // do "one" and "two" after a noun they agree with ("شخصا واحدا", "مدنيين اثنين"), not after
  // a verb ("قتل اثنين").
  if (claim->kind == Kind::kNumber && claim->noun.empty() && !m.vague && !age && !label &&
      !TryUnitBefore(floor, definite_word, claim, &span)) {
    TakeNounBefore(claim, &span, floor, definite_word || AgreesWithTheNounBefore(m));
  }
  CountWhole(claim);
  SetExactValue(m, claim);
  if (claim->kind == Kind::kOrdinal && !ReadDecadeOfLife(claim, &span)) {
    ReadCentury(floor, claim, &span);
  }
  if (m.plus) {
    claim->qualifier = "at-least";
    claim->upper.reset();
  }
  TakeQualifier(floor, claim, &span);
  if (claim->kind == Kind::kNumber && claim->noun.empty() && claim->unit.empty() &&
      !m.from_words && ARateWithoutItsSign(floor, span)) {
    claim->kind = Kind::kPercent;
    claim->unit = "percent";
  }
  Finish(span, claim);
}

bool ClaimBuilder::BuildMonthOnly(size_t begin, size_t floor, Claim* claim) const {
  DateMatch date;
  if (begin < floor || !dates_.ReadMonthOnly(begin, &date)) return false;
  claim->kind = Kind::kDate;
  claim->value = date.Iso();
  claim->calendar = date.islamic ? "islamic" : "gregorian";
  Finish({date.begin, date.end}, claim);
  return true;
}

bool ClaimBuilder::BuildHoliday(size_t begin, size_t floor, Claim* claim) const {
  DateMatch date;
  if (begin < floor || !dates_.ReadHoliday(begin, &date) || date.begin < floor) return false;
  claim->kind = Kind::kDate;
  claim->value = date.Iso();
  claim->calendar = date.islamic ? "islamic" : "gregorian";
  claim->weekday = static_cast<uint32_t>(date.weekday);
  Finish({date.begin, date.end}, claim);
  return true;
}

bool ClaimBuilder::BuildWeekday(size_t begin, size_t floor, Claim* claim) const {
  auto w = engine_.weekdays().MatchAt(text_, begin);
  if (w.entry == nullptr && text_.substr(begin, 2) == "\xD9\x88") {  // "والأحد"
    begin += 2;
    w = engine_.weekdays().MatchAt(text_, begin);
  }
  if (begin < floor || w.entry == nullptr) return false;
  // English weekdays are capitalized; "sunday" in lower case is rare enough to leave.
  if (static_cast<unsigned char>(text_[begin]) < 0x80 && !(text_[begin] >= 'A' && text_[begin] <= 'Z')) {
    return false;
  }
  const auto weekday = static_cast<uint32_t>(std::stoi(w.entry->tags.at(0)));
  // "المصابين الاثنين الآخرين": Monday's name is also "the two", which after a definite plural
  // in -ين agrees with it as an adjective does (the other two injured).
  if (weekday == 1 && static_cast<unsigned char>(text_[begin]) >= 0x80 &&
      AfterADefinitePlural(begin)) {
    return false;
  }
  claim->kind = Kind::kDate;
  claim->calendar = "gregorian";
  claim->weekday = weekday;
  Finish({begin, w.end}, claim);
  return true;
}

// Where the dual of the lists in the word at *begin starts, or npos. A glued conjunction or
// preposition is not part of the claim ("والستينيات", "لأسبوعين") and moves *begin past it;
// the article is, and the noun is read after it ("البلدين", "والأسبوعين", "للبلدين").
size_t ClaimBuilder::ListedDualAt(size_t* begin) const {
  if (text_.substr(*begin, kLilArticle.size()) == kLilArticle &&
      DualListsAt(*begin + kLilArticle.size())) {
    return *begin + kLilArticle.size();
  }
  if (DualListsAt(*begin)) return *begin;
  if (GluedClitic(text_, *begin)) *begin += 2;
  if (DualListsAt(*begin)) return *begin;
  if (text_.substr(*begin, kArticle.size()) == kArticle && DualListsAt(*begin + kArticle.size())) {
    return *begin + kArticle.size();
  }
  return std::string_view::npos;
}

// Whether a unit, currency, decade or noun of the dual lists starts at `pos`.
bool ClaimBuilder::DualListsAt(size_t pos) const {
  return engine_.time_units().MatchAt(text_, pos).entry || engine_.units().MatchAt(text_, pos).entry ||
         engine_.currencies().MatchAt(text_, pos).entry || engine_.decades().MatchAt(text_, pos).entry ||
         engine_.dual_nouns().MatchAt(text_, pos).entry;
}

// "للممارسين العامين", "المديرين العامين": a definite dual right after a definite plural in
// -ين agrees with it as an adjective does (general practitioners, directors-general); two years
// would not take the plural's article.
bool ClaimBuilder::AfterADefinitePlural(size_t begin) const {
  constexpr std::string_view kYehNoon = "\xD9\x8A\xD9\x86";
  const size_t p = scan::SkipSpacesBack(text_, begin);
  const std::string_view word = scan::WordBefore(text_, p);
  return p != begin && WrittenWithTheArticle(word) && word.ends_with(kYehNoon);
}

bool ClaimBuilder::BuildDualNoun(size_t begin, size_t floor, Claim* claim) const {
  if (begin < floor) return false;
  const size_t word_start = begin;
  const size_t at = ListedDualAt(&begin);
  if (at == std::string_view::npos) return BuildMarkedDual(word_start, floor, claim);
  if (BuildDecade(at, claim)) return true;
  if (at != begin && AfterADefinitePlural(begin)) return false;
  Span span{begin, at};
  claim->number = Decimal::FromInt(2);
  if (auto t = engine_.time_units().MatchAt(text_, at); t.entry && t.entry->tags.at(1) == "2") {
    TryDuration(floor, claim, &span);  // reads the unit from `at`
  } else if (auto u = engine_.units().MatchAt(text_, at);
             u.entry && u.entry->tags.size() > 1 && u.entry->tags[1] == "2") {
    claim->kind = Kind::kQuantity;
    claim->unit = u.entry->tags[0];
    span.end = u.end;
    AndAFraction(claim, &span);  // "كيلوغرامين ونصف"
  } else if (auto c = engine_.currencies().MatchAt(text_, at);
             c.entry && c.entry->tags.size() > 3 && c.entry->tags[3] == "2") {
    claim->kind = Kind::kMoney;
    SetCurrency(*c.entry, claim);
    span.end = c.end;
  } else if (auto d = engine_.dual_nouns().MatchAt(text_, at); d.entry) {
    claim->noun = std::string(Written(begin, d.end));
    // The singular of the data file, folded and keyed as a noun of the text is.
    claim->noun_key = engine_.noun_keys().Key(engine_.normalizer().Fold(d.entry->tags.at(0)));
    span.end = d.end;
  } else {
    return false;
  }
  return FinishDual(floor, span, claim);
}

// The number of a dual noun whose words are `span` (two, or two and a half), unless the words
// after it name the two themselves.
bool ClaimBuilder::FinishDual(size_t floor, Span span, Claim* claim) const {
  if (TwoNumbersAfter(span.end) || OrdinalAfter(span.end)) return false;
  Mention two;
  two.value = claim->number;
  SetExactValue(two, claim);
  TakeQualifier(floor, claim, &span);
  Finish(span, claim);
  claim->script = "words";
  return true;
}

// A demonstrative of two before the noun, or a relative pronoun of two after it
// (dual_markers.tsv); the marker is at `begin`, a glued conjunction before it allowed.
bool ClaimBuilder::BuildMarkedDual(size_t begin, size_t floor, Claim* claim) const {
  const scan::PhraseList& markers = engine_.dual_markers();
  size_t at = begin;
  auto marker = markers.MatchAt(text_, at);
  if (!marker.entry && GluedClitic(text_, at)) marker = markers.MatchAt(text_, at += 2);  // "وهذين"
  if (marker.entry == nullptr) return false;
  const std::string& role = marker.entry->tags.at(0);
  Span noun;
  if (role == "before") {
    noun.begin = scan::SkipSpaces(text_, marker.end);
    noun.end = noun.begin + WordAt(noun.begin).size();
  } else if (role == "after") {
    noun.end = scan::SkipSpacesBack(text_, at);
    noun.begin = noun.end - scan::WordBefore(text_, noun.end).size();
  } else {
    return false;
  }
  const Span span = role == "before" ? Span{at, noun.end} : noun;
  return TwoOfTheNoun(noun, span, marker.entry->tags.at(1) == "feminine", floor, claim);
}

// A noun and an adjective after it in the same ending of the dual; a masculine -ان needs more
// than the ending (MasculineDualsAgree).
bool ClaimBuilder::BuildDualPair(size_t begin, size_t floor, Claim* claim) const {
  const std::string_view word = WordAt(begin);
  const Span noun{begin, begin + word.size()};
  const scan::PhraseList::Entry* ending = DualEnding(word);
  const std::string_view adjective = WordAt(scan::SkipSpaces(text_, noun.end));
  if (ending == nullptr || !adjective.ends_with(ending->phrase)) return false;
  const bool feminine = ending->tags.at(1) == "feminine";
  if ((!feminine && !MasculineDualsAgree(word, adjective)) ||
      AdjectiveOfTheWordBefore(begin, ending)) {
    return false;
  }
  return TwoOfTheNoun(noun, noun, feminine, floor, claim);
}

// Two of the dual `noun`, the claim's words `span`, keyed by the noun's singular; none for a
// dual of the lists, which BuildDualNoun reads.
bool ClaimBuilder::TwoOfTheNoun(Span noun, Span span, bool feminine, size_t floor,
                                Claim* claim) const {
  size_t listed_begin = noun.begin;
  if (span.begin < floor || noun.end <= noun.begin ||
      ListedDualAt(&listed_begin) != std::string_view::npos) {
    return false;
  }
  // A glued conjunction or preposition before a stem of four letters or more is none of it
  // ("وسفينتين"; "وحدتان", "وزارتان" keep their first letter).
  if (GluedClitic(text_, noun.begin) && noun.end - noun.begin >= 2 + 2 * 4 + 6) {
    if (span.begin == noun.begin) span.begin += 2;
    noun.begin += 2;
  }
  const std::optional<std::string> singular =
      SingularOfDual(text_.substr(noun.begin, noun.end - noun.begin), feminine);
  if (!singular) return false;
  claim->noun = std::string(Written(noun.begin, noun.end));
  claim->noun_key = engine_.noun_keys().Key(*singular);
  claim->number = Decimal::FromInt(2);
  return FinishDual(floor, span, claim);
}

// The longest ending of the dual that `word` ends in (dual_markers.tsv), unless a name's
// ending holds it ("باكستان"); nullptr otherwise.
const scan::PhraseList::Entry* ClaimBuilder::DualEnding(std::string_view word) const {
  const scan::PhraseList::Entry* found = nullptr;
  for (const auto& e : engine_.dual_markers().entries()) {
    if (!word.ends_with(e.phrase) || word.size() == e.phrase.size()) continue;
    if (e.tags.at(0) == "name") return nullptr;
    if (e.tags.at(0) == "ending" && (!found || e.phrase.size() > found->phrase.size())) found = &e;
  }
  return found;
}

// "طائرتان حربيتان ليبيتان": the word before `begin` is a dual in the same ending, and the
// word at `begin` one of its adjectives.
bool ClaimBuilder::AdjectiveOfTheWordBefore(size_t begin,
                                            const scan::PhraseList::Entry* ending) const {
  const size_t before = scan::SkipSpacesBack(text_, begin);
  if (before == begin) return false;
  const std::string_view word = scan::WordBefore(text_, before);
  return DualEnding(word) == ending &&
         SingularOfDual(word, ending->tags.at(1) == "feminine").has_value();
}

// Whether a noun and an adjective both in -ان are masculine duals, not a broken plural or a
// name before another word ("سلطان عمان", "سكان اليابان"): both with the article, or neither and
// the adjective one of relation.
bool ClaimBuilder::MasculineDualsAgree(std::string_view noun, std::string_view adjective) const {
  const bool definite = WrittenWithTheArticle(noun);
  if (definite != adjective.starts_with(kArticle)) return false;
  if (definite) return true;
  return absl::c_any_of(engine_.dual_markers().entries(), [&](const auto& e) {
    return e.tags.at(0) == "relation" && adjective.ends_with(e.phrase);
  });
}

// The singular of a noun in the dual, folded, without the article ("الصفحتين" -> "صفحه"), or
// nothing when the word does not end as a dual of its gender does or leaves no stem of two
// letters.
std::optional<std::string> ClaimBuilder::SingularOfDual(std::string_view word,
                                                        bool feminine) const {
  constexpr std::string_view kYehNoon = "\xD9\x8A\xD9\x86", kAlefNoon = "\xD8\xA7\xD9\x86";
  constexpr std::string_view kTeh = "\xD8\xAA", kTehMarbuta = "\xD8\xA9";
  if (!word.ends_with(kYehNoon) && !word.ends_with(kAlefNoon)) return std::nullopt;
  std::string_view stem = word.substr(0, word.size() - kYehNoon.size());
  if (feminine && (!stem.ends_with(kTeh) || DualEnding(word) == nullptr)) return std::nullopt;
  if (feminine) stem.remove_suffix(kTeh.size());
  if (stem.starts_with(kArticle)) stem.remove_prefix(kArticle.size());
  if (claims::NounKeys::WithoutArticle(stem).size() < 4) return std::nullopt;
  return engine_.normalizer().Fold(std::string(stem) + std::string(feminine ? kTehMarbuta : ""));
}

// "القرنين التاسع عشر والعشرين", "الأسبوعين الأول والثاني": a dual before an ordinal names
// which two, one ordinal each, and counts nothing itself ("العقدين الأولين", the first two
// decades, takes the dual of the ordinal and stays two).
bool ClaimBuilder::OrdinalAfter(size_t end) const {
  const auto n =
      numerals::ReadArabicWords(engine_.arabic_words(), text_, scan::SkipSpaces(text_, end));
  return n && n->ordinal;
}

// "خلال العامين 2014 و2015": two numbers in digits right after a dual name the two it counts;
// they are the claims.
bool ClaimBuilder::TwoNumbersAfter(size_t end) const {
  size_t p = scan::SkipSpaces(text_, end);
  if (!scan::DigitAt(text_, p)) return false;
  while (scan::DigitAt(text_, p)) ++p;
  p = scan::SkipSpaces(text_, p);
  return text_.substr(p, 2) == "\xD9\x88" &&
         scan::DigitAt(text_, scan::SkipSpaces(text_, p + 2));
}

// "the highest in 40 years", "the first time in 20 years": "in" looks back over the years, it
// does not count them forward.
bool ClaimBuilder::SaidOfTheFuture(size_t cue_begin) const {
  constexpr size_t kBack = 80;  // bytes: "the company said it will open the plant"
  size_t from = cue_begin > kBack ? cue_begin - kBack : 0;
  const size_t mark = text_.substr(from, cue_begin - from).find_last_of(".!?\n");
  if (mark != std::string_view::npos) from += mark + 1;
  return engine_.time_cues().StartsAWordIn(text_, from, cue_begin, "future");
}

bool ClaimBuilder::AfterASuperlative(size_t cue_begin) const {
  // The word before the cue, or the one before it: "the highest level in 5 years". A word in
  // -est is a superlative after "the" or a possessive ("its lowest"; not "interest in").
  size_t end = scan::SkipSpacesBack(text_, cue_begin);
  for (int words = 0; words < 2; ++words) {
    const std::string_view before = scan::WordBefore(text_, end);
    if (before.empty()) return false;
    const std::string word = Lower(before);
    end = scan::SkipSpacesBack(text_, end - before.size());
    if (word == "best" || word == "worst" || word == "most" || word == "least" ||
        word == "time" || word == "ever" || word == "record" || word == "first") {
      return true;
    }
    if (word.size() > 4 && word.ends_with("est")) {
      const std::string determiner = Lower(scan::WordBefore(text_, end));
      if (determiner == "the" || determiner == "its" || determiner == "their" ||
          determiner == "his" || determiner == "her" || determiner == "our") {
        return true;
      }
    }
  }
  return false;
}

// "قبل 13 عاما من الحرب", "بعد 3 أيام من الهجوم", "بعد شهر على تعيينها": before or after an
// event the text names, not before or after now; but "قبل عام على الأقل" is at least a year,
// and "بعد 3 أسابيع من الآن" three weeks from now.
bool ClaimBuilder::FromAnEvent(size_t end) const {
  static constexpr std::string_view kOn = "\xD8\xB9\xD9\x84\xD9\x8A";  // على, folded
  const size_t next = scan::SkipSpaces(text_, end);
  const std::string_view word = WordAt(next);
  if (word == kFrom) {
    return !engine_.time_cues().MatchAt(text_, next, "later").entry && !OfTime(end);
  }
  return word == kOn &&
         !engine_.qualifiers().MatchAt(text_, next, "after", kQualifierWhereColumn).entry;
}

// "عقد من الزمن": the unit that ends at `end` is said to be one of time.
bool ClaimBuilder::OfTime(size_t end) const {
  return engine_.time_cues().MatchAt(text_, scan::SkipSpaces(text_, end), "of-time").entry;
}

// "وثلاثة أشهر", "وشهرين" at `end`: "و" and, within two words, a unit of time, which a unit
// word before makes one span with ("بعد عام وثلاثة أشهر").
bool ClaimBuilder::AndMoreTime(size_t end) const {
  constexpr std::string_view kAnd = "\xD9\x88";  // و
  size_t at = scan::SkipSpaces(text_, end);
  if (text_.substr(at, kAnd.size()) != kAnd) return false;
  at += kAnd.size();
  for (int words = 0; words < 2 && at < text_.size(); ++words) {
    const auto unit = engine_.time_units().MatchAt(text_, at);
    if (unit.entry) return unit.entry->tags.at(0) != kNoUnit;
    at = scan::SkipSpaces(text_, at + WordAt(at).size());
  }
  return false;
}

// "من عمره", "من العمر" at `at`: the decade or ordinal before it is of someone's age, not of
// a century. Where the words end, or 0.
size_t ClaimBuilder::OfAnAge(size_t at) const {
  static constexpr std::string_view kAge = "\xD8\xB9\xD9\x85\xD8\xB1";  // عمر
  static constexpr std::string_view kTheAge = "\xD8\xA7\xD9\x84\xD8\xB9\xD9\x85\xD8\xB1";  // العمر
  if (WordAt(at) != kFrom) return 0;
  const size_t next = scan::SkipSpaces(text_, at + kFrom.size());
  const std::string_view word = WordAt(next);
  return word.substr(0, kAge.size()) == kAge || word == kTheAge ? next + word.size() : 0;
}

bool ClaimBuilder::PossessiveBefore(size_t at) const {
  static constexpr std::string_view kPossessives[] = {"his", "her",  "their", "my",
                                                      "your", "our", "its"};
  if (at > 0 && text_[at - 1] == '-') --at;  // "mid-40s"
  std::string word = Lower(scan::WordBefore(text_, scan::SkipSpacesBack(text_, at)));
  if (word == "early" || word == "mid" || word == "late") {
    const size_t before = scan::SkipSpacesBack(text_, at) - word.size();
    word = Lower(scan::WordBefore(text_, scan::SkipSpacesBack(text_, before)));
  }
  return absl::c_linear_search(kPossessives, word);
}

// "قبل عام 2009" is before the year 2009, "منذ يوم الجمعة" since Friday, "قبل شهر رمضان"
// before the month of Ramadan, "بعد يوم واحد" one day later (read from its number): the
// unit after a cue names what follows it, a number, a weekday, a month, a definite noun or a
// time relative to now ("حتى يوم أمس": until yesterday). Digits name only a year, a month or
// a day; after a week or an hour they count ("خلال أسبوع 840 مريضا").
bool ClaimBuilder::NamesWhatFollows(size_t end, std::string_view unit) const {
  const size_t next = scan::SkipSpaces(text_, end);
  if (next >= text_.size()) return false;
  if (text_[next] >= '0' && text_[next] <= '9') {
    return unit == "year" || unit == "month" || unit == "day";
  }
  if (text_.substr(next, 4) == "\xD8\xA7\xD9\x84") return true;  // ال
  return engine_.months().MatchAt(text_, next).entry || engine_.weekdays().MatchAt(text_, next).entry ||
         engine_.relative_times().MatchAt(text_, next).entry ||  // "حتى يوم أمس"
         numerals::ReadArabicWords(engine_.arabic_words(), text_, next) ||
         numerals::ReadEnglishWords(engine_.english_words(), text_, next);
}

bool ClaimBuilder::BuildRelativeTime(size_t begin, size_t floor, Claim* claim) const {
  if (begin < floor) return false;
  const size_t start = begin;
  auto m = engine_.relative_times().MatchAt(text_, begin);
  if (m.entry == nullptr && begin + 2 < text_.size()) {  // a glued "و", "ف", "ب", "ل", "ك"
    begin += 2;
    m = engine_.relative_times().MatchAt(text_, begin);
  }
  if (m.entry == nullptr) return BuildBoundedUnit(start, floor, claim);
  // A cue and a unit ("قبل عام") may name what follows rather than count; a phrase of the data
  // file ("أمس", before "الاثنين") does not.
  const bool cue_and_unit = m.entry->tags.size() > 2 && m.entry->tags[2] == "cue";
  const bool and_more_time = AndMoreTime(m.end);  // "بعد عام وثلاثة أشهر": one span
  if (cue_and_unit && !and_more_time && NamesWhatFollows(m.end, m.entry->tags.at(0))) {
    return false;
  }
  size_t cue_end = begin;  // the cue is the phrase's first word
  while (cue_end < m.end && !scan::SpaceLength(text_, cue_end)) ++cue_end;
  if (cue_and_unit && AtADistance(cue_end)) return false;  // "على بعد ساعة": an hour away
  if (cue_and_unit && FromAnEvent(m.end)) return false;   // "قبل عام من الحرب"
  // "قبل ساعة متأخرة": a longer phrase of time_units.tsv that names no time.
  if (const auto unit = engine_.time_units().MatchAt(text_, scan::SkipSpaces(text_, cue_end));
      cue_and_unit && unit.entry && unit.entry->tags.at(0) == kNoUnit) {
    return false;
  }
  // "من خلال عقد اجتماعات": the unit's homograph before its complement (holding meetings).
  const bool homograph = m.entry->tags.size() > 3 && m.entry->tags[3] == "homograph";
  if (homograph && scan::IsLetter(scan::NextCodePoint(text_, scan::SkipSpaces(text_, m.end))) &&
      !OfTime(m.end) && !and_more_time) {
    return false;
  }
  // A count in the third column: "أول أمس" (the day before yesterday) is two days ago.
  const std::string count = m.entry->tags.size() > 2 && !cue_and_unit ? m.entry->tags[2] : "1";
  // "عقدا من الزمن" (a decade's time): a period, no time before or after now.
  const bool period = m.entry->tags.at(1) == "period";
  Span span{begin, m.end};
  claim->number = Decimal::FromInt(static_cast<uint64_t>(std::max(1, std::atoi(count.c_str()))));
  if (cue_and_unit) AndAFraction(claim, &span);  // "within a year and a half"
  SetRelativeTime(m.entry->tags.at(0), period ? std::string() : m.entry->tags.at(1),
                  claim->number, claim);
  // "more than a year ago", "about a week later", "نحو عقد من الزمن": a bound before it.
  if (cue_and_unit || period) TakeQualifier(floor, claim, &span);
  Finish(span, claim);
  claim->script = "words";
  return true;
}

// "أكثر من عام", "more than a year ago", "نحو شهر": a qualifier and one of a unit ("a" before
// it in English), a duration with the qualifier's bound and the time cue around it.
bool ClaimBuilder::BuildBoundedUnit(size_t begin, size_t floor, Claim* claim) const {
  auto q = engine_.qualifiers().MatchAt(text_, begin, "before", kQualifierWhereColumn);
  if (!q.entry && GluedClitic(text_, begin)) {  // "لأكثر من عقد", for more than a decade
    begin += 2;
    q = engine_.qualifiers().MatchAt(text_, begin, "before", kQualifierWhereColumn);
  }
  if (!q.entry || q.entry->tags.at(0) == "none" || q.entry->tags.at(0) == "negation") return false;
  const size_t unit_begin = scan::SkipSpaces(text_, q.end);
  const std::string article = Lower(WordAt(unit_begin));  // "a year", "an hour"
  const size_t word = article == "a" || article == "an"
                          ? scan::SkipSpaces(text_, unit_begin + article.size())
                          : unit_begin;
  const auto unit = engine_.time_units().MatchAt(text_, word);
  if (unit_begin == q.end || !unit.entry || !NamesOneTimeUnit(*unit.entry)) return false;
  if (NamesWhatFollows(unit.end, unit.entry->tags.at(0))) return false;  // "أكثر من عام 2020"
  Span span{unit_begin, unit.end};
  claim->number = Decimal::FromInt(1);
  AndAFraction(claim, &span);  // "more than a year and a half"
  SetRelativeTime(unit.entry->tags.at(0), "", claim->number, claim);
  TimeQualifier(floor, claim, &span);
  TakeQualifier(floor, claim, &span);
  Finish(span, claim);
  claim->script = "words";
  return true;
}

void ClaimBuilder::SetRelativeTime(const std::string& unit, const std::string& meaning,
                                   const Decimal& count, Claim* claim) const {
  claim->kind = Kind::kDuration;
  claim->unit = unit;
  Mention m;
  m.value = count;
  claim->number = m.value;
  SetExactValue(m, claim);
  claim->qualifier = meaning;
}

namespace {

// Labels count low: only I, V, X and L make one ("Phase III", "Super Bowl LVII"), since "class
// C", "type D", "DC" and "size XL" are letters, and a lone X or L is a letter too. A lone "I"
// after a cue in small letters may be the pronoun ("the type I prefer"): it needs a capital
// cue ("Type I") or no word in small letters after it.
bool PlausibleRomanLabel(std::string_view numeral, std::string_view cue, std::string_view next) {
  if (numeral.find_first_not_of("IVXL") != std::string_view::npos) return false;
  if (numeral == "X" || numeral == "L") return false;
  if (numeral != "I") return true;
  const bool capital_cue = absl::ascii_isupper(static_cast<unsigned char>(cue[0]));
  return capital_cue || next.empty() || !absl::ascii_islower(static_cast<unsigned char>(next[0]));
}

}  // namespace

bool ClaimBuilder::BuildRoman(size_t begin, size_t floor, Claim* claim) const {
  const auto cue = engine_.roman_cues().MatchAt(text_, begin);
  const size_t at = scan::SkipSpaces(text_, cue.end);
  if (cue.entry == nullptr || at == cue.end || at < floor) return false;
  size_t end = at;
  while (end < text_.size() && absl::ascii_isupper(static_cast<unsigned char>(text_[end]))) ++end;
  if (scan::IsLetter(scan::NextCodePoint(text_, end))) return false;  // "Type IIb", "Class Ia"
  const std::string_view numeral = text_.substr(at, end - at);
  const std::optional<int> value = numerals::ReadRoman(numeral);
  const std::string_view cue_text = text_.substr(begin, cue.end - begin);
  if (!value || !PlausibleRomanLabel(numeral, cue_text, WordAt(scan::SkipSpaces(text_, end)))) {
    return false;
  }
  Mention m;
  m.value = Decimal::FromInt(static_cast<uint64_t>(*value));
  claim->number = m.value;
  SetExactValue(m, claim);
  Finish(Span{at, end}, claim);
  claim->script = "roman";
  return true;
}

// "الثلاثينيات", "ثلاثينيات القرن العشرين", "تسعينيات القرن الماضي": a decade, as a range of
// years. The century is read from the words after it; without them it is the 1900s.
bool ClaimBuilder::BuildDecade(size_t begin, Claim* claim) const {
  const auto d = engine_.decades().MatchAt(text_, begin);
  if (d.entry == nullptr) return false;
  size_t end = d.end;
  static constexpr std::string_view kCentury = "\xD8\xA7\xD9\x84\xD9\x82\xD8\xB1\xD9\x86";  // القرن
  size_t at = scan::SkipSpaces(text_, end);
  const int tens = std::stoi(d.entry->tags.at(0));
  // "رجل خمسيني" after a noun of a person; "a septuagenarian" anywhere.
  if (d.entry->HasTag("adjective") || d.entry->HasTag("age")) {
    const auto person =
        engine_.time_cues().MatchBefore(text_, scan::SkipSpacesBack(text_, begin), "person");
    if (person.entry == nullptr && !d.entry->HasTag("age")) return false;
    SetAgeDecade(tens, claim);
    Finish({begin, d.end}, claim);
    return true;
  }
  if (const size_t age_end = OfAnAge(at); age_end != 0) {  // "في العشرينيات من عمره"
    SetAgeDecade(tens, claim);
    Finish({begin, age_end}, claim);
    return true;
  }
  if (absl::ascii_isalpha(static_cast<unsigned char>(text_[begin]))) {
    return BuildTensInWords(begin, end, tens, claim);
  }
  if (WordAt(at) == kFrom) {  // "الأربعينيات من القرن الماضي"
    const size_t after = scan::SkipSpaces(text_, at + kFrom.size());
    if (text_.substr(after, kCentury.size()) == kCentury) at = after;
  }
  int first_year = 1900 + tens;
  if (text_.substr(at, kCentury.size()) == kCentury) {
    const size_t words = scan::SkipSpaces(text_, at + kCentury.size());
    if (auto n = numerals::ReadArabicWords(engine_.arabic_words(), text_, words);
        n && n->ordinal && IntegerValue(n->value) >= 1) {
      first_year = static_cast<int>((IntegerValue(n->value) - 1) * 100) + tens;
      end = n->end;
    } else if (WordAt(words) == "\xD8\xA7\xD9\x84\xD9\x85\xD8\xA7\xD8\xB6\xD9\x8A") {  // الماضي
      end = words + WordAt(words).size();
    }
  }
  SetDecade(first_year, claim);
  Finish({begin, end}, claim);
  return true;
}

// "in her forties" is an age; "the forties" may be the 1940s, temperatures or scores, and is
// the numbers from 40 to 49, which each reading holds (as "the 40s" is).
bool ClaimBuilder::BuildTensInWords(size_t begin, size_t end, int tens, Claim* claim) const {
  if (PossessiveBefore(begin)) {
    SetAgeDecade(tens, claim);
  } else {
    claim->kind = Kind::kNumber;
    SetTens(tens, claim);
  }
  Finish({begin, end}, claim);
  claim->script = "words";
  return true;
}

// "العقد السادس من عمره" (the sixth decade of his life): an age from 50 to 59.
bool ClaimBuilder::ReadDecadeOfLife(Claim* claim, Span* span) const {
  static constexpr std::string_view kDecade = "\xD8\xA7\xD9\x84\xD8\xB9\xD9\x82\xD8\xAF";  // العقد
  const size_t before = scan::SkipSpacesBack(text_, span->begin);
  if (scan::WordBefore(text_, before) != kDecade) return false;
  const size_t end = OfAnAge(scan::SkipSpaces(text_, span->end));
  const long n = IntegerValue(claim->number);
  if (end == 0 || n < 1 || n > 12) return false;
  SetAgeDecade(static_cast<int>(n - 1) * 10, claim);
  *span = {before - kDecade.size(), end};
  return true;
}

// "القرن التاسع عشر", "القرن الـ19", "the 19th century", "a 19th-century house": an ordinal
// that names a century is the hundred years it spans (the nineteenth: 1801 to 1900, as
// dictionaries count them), before the common era when the era follows ("القرن الخامس قبل
// الميلاد": -500 to -401).
void ClaimBuilder::ReadCentury(size_t floor, Claim* claim, Span* span) const {
  const scan::PhraseList& cues = engine_.time_cues();
  size_t begin = span->begin, end = span->end;
  if (const auto before = cues.MatchBefore(text_, scan::SkipSpacesBack(text_, begin), "century");
      before.entry && before.end >= floor) {
    begin = before.end;
  } else if (!cues.MatchAt(text_, begin, "century").entry) {  // a rank noun's span has it
    const size_t at =
        end < text_.size() && text_[end] == '-' ? end + 1 : scan::SkipSpaces(text_, end);
    const auto after = cues.MatchAt(text_, at, "century");
    if (after.entry != nullptr) {
      end = after.end;
    } else if (!FirstOfTwoCenturies(end)) {
      return;
    }
  }
  const long n = IntegerValue(claim->number);
  if (n < 1 || n > 30) return;
  long first = (n - 1) * 100 + 1, last = n * 100;
  if (const auto era = cues.MatchAt(text_, scan::SkipSpaces(text_, end), "bc"); era.entry) {
    first = -last;
    last = -((n - 1) * 100 + 1);
    end = era.end;
  }
  SetPeriod(first, last, "century", claim);
  *span = {begin, end};
}

// "the 19th and 20th centuries", "the late 19th and early 20th century": the first of two
// ordinals joined by "and", "or" or "to" that the word after the second names centuries.
bool ClaimBuilder::FirstOfTwoCenturies(size_t end) const {
  size_t at = scan::SkipSpaces(text_, end);
  const std::string joint = Lower(WordAt(at));
  if (joint != "and" && joint != "or" && joint != "to") return false;
  at = scan::SkipSpaces(text_, at + joint.size());
  for (int words = 0; words < 2; ++words) {  // the ordinal, an adjective before it
    size_t token_end = at;
    while (token_end < text_.size() &&
           absl::ascii_isalnum(static_cast<unsigned char>(text_[token_end]))) {
      ++token_end;
    }
    if (token_end == at) return false;
    at = scan::SkipSpaces(text_, token_end);
    if (engine_.time_cues().MatchAt(text_, at, "century").entry) return true;
  }
  return false;
}

void SetPeriod(long first, long last, std::string_view qualifier, Claim* claim) {
  claim->kind = Kind::kYear;
  claim->calendar = "gregorian";
  claim->qualifier = std::string(qualifier);
  claim->lower = Bound{std::to_string(first), true};
  claim->upper = Bound{std::to_string(last), true};
  claim->value.clear();
  const Decimal magnitude = Decimal::FromInt(static_cast<uint64_t>(first < 0 ? -first : first));
  claim->number = first < 0 ? magnitude.Negated() : magnitude;
}

void SetDecade(int first_year, Claim* claim) {
  SetPeriod(first_year, first_year + 9, "decade", claim);
}

void SetTens(int first, Claim* claim) {
  claim->qualifier = "range";
  claim->lower = Bound{std::to_string(first), true};
  claim->upper = Bound{std::to_string(first + 9), true};
  claim->value.clear();
  claim->number = Decimal::FromInt(static_cast<uint64_t>(first));
}

void SetAgeDecade(int first, Claim* claim) {
  SetTens(first, claim);
  claim->kind = Kind::kDuration;
  claim->unit = "year";
}

bool GluedClitic(std::string_view text, size_t pos) {
  if (pos + 2 >= text.size()) return false;
  const std::string_view two = text.substr(pos, 2);
  return (two == "\xD9\x88" || two == "\xD9\x81" || two == "\xD8\xA8" || two == "\xD9\x84" ||
          two == "\xD9\x83") &&
         !scan::IsLetter(scan::PreviousCodePoint(text, pos));
}

}  // namespace mizan::claims
