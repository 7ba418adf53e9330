#ifndef MIZAN_CORE_CLAIMS_CLAIM_BUILDER_H_
#define MIZAN_CORE_CLAIMS_CLAIM_BUILDER_H_

#include <string>
#include <string_view>

#include "core/claims/claim.h"
#include "core/claims/dates.h"
#include "core/claims/mention.h"
#include "core/engine.h"
#include "core/text/normalized_text.h"

namespace mizan::claims {

// The columns of qualifiers.tsv after the phrase: the side of the number a qualifier stands
// on ("before", "after", "between"), and the mark of a verb that may stand before its subject
// ("تجاوز عدد الضحايا 100").
inline constexpr size_t kQualifierWhereColumn = 1;
inline constexpr size_t kQualifierVerbColumn = 2;

// Sets a claim's span in normalized offsets. Extraction moves and joins spans many times
// before a claim is final; FinishSpan then works out, once, what depends on the caller's
// bytes: the original span, its text and the script of its digits.
void SetSpan(const text::NormalizedText& normalized, size_t begin, size_t end, Claim* claim);
void FinishSpan(const text::NormalizedText& normalized, Claim* claim);

// Whether a claim is written in words (no digit of any script), before FinishSpan named its
// script: the joins ask.
bool InWords(const text::NormalizedText& normalized, const Claim& claim);

// The years a bare number of four digits may name with no word of time before it: today's
// news rarely dates anything before 1900 or after 2100 without one.
inline bool IsModernYear(long value) { return value >= 1900 && value <= 2100; }

// Whether the amount of a change ends at `end` of `text` after "by" (arith_cues.tsv "by",
// "amount": "بمقدار 2000", "by 5,000"), not after its rate ("بنسبة 1 إلى 3").
bool AfterByAnAmount(const Engine& engine, std::string_view text, size_t end);

// Makes `claim` the years from `first` to `last`, named by `qualifier` ("decade", "century").
void SetPeriod(long first, long last, std::string_view qualifier, Claim* claim);

// Makes `claim` the decade that starts in `first_year` (the 1930s: [1930, 1939]).
void SetDecade(int first_year, Claim* claim);

// Makes `claim` the numbers from `first` to `first` + 9 ("the 80s", "the forties"), which the
// temperatures', the scores' and the decade's readings all hold; its kind is the caller's.
void SetTens(int first, Claim* claim);

// Makes `claim` an age in the decade of life from `first` ("in his 40s", "في الأربعينيات من
// عمره": 40 to 49 years).
void SetAgeDecade(int first, Claim* claim);

// Whether the word at `pos` starts with a conjunction or preposition of one letter (و ف ب ل
// ك) glued to it.
bool GluedClitic(std::string_view text, size_t pos);

// Turns a number into a claim by reading the words around it, in this order:
//   a date it starts or ends ("18 نوفمبر 2022", "كانون الثاني/يناير 2022", "18/11/2022");
//   a percent cue; a unit before one or a half ("ساعة ونصف", "an hour and a half"); a unit a
//   fraction in words is of ("half an hour"); the currency or unit of a vague quantity
//   ("billions of dollars"); a currency (money), a unit of measure (quantity), a unit of time
//   (duration, with قبل/منذ/ago/بعد/خلال); a year ("عام 2021", "2022م", "منذ 2011", or a bare
//   4-digit year); otherwise a number with the noun it counts.
// Then a qualifier before or after it sets the interval ("أكثر من" -> (v, +inf)).
// The claim's span covers all of it: qualifier, number, currency or unit, counted noun.
class ClaimBuilder {
 public:
  ClaimBuilder(const Engine& engine, const text::NormalizedText& normalized,
               std::string dollar_currency);

  // `floor`: where the previous claim ended; words before it are not taken again.
  void Build(const Mention& m, size_t floor, Claim* claim) const;
  // A month name alone that names a date; false when it does not.
  bool BuildMonthOnly(size_t begin, size_t floor, Claim* claim) const;
  // A weekday named without a date ("يوم الخميس", "on Thursday"): a date claim with only its
  // weekday, which a translation must keep. A date after it takes it over.
  bool BuildWeekday(size_t begin, size_t floor, Claim* claim) const;
  // A holiday named as a date: "عيد الفطر", "عيد الأضحى 2013", "Christmas 2020".
  bool BuildHoliday(size_t begin, size_t floor, Claim* claim) const;
  // A noun that makes a claim alone: a dual of time, a unit or a currency ("يومين" is a
  // duration of 2 days, "مترين" 2 m) or a decade ("ثلاثينيات القرن العشرين").
  bool BuildDualNoun(size_t begin, size_t floor, Claim* claim) const;
  // A noun in no list that the word beside it shows to be in the dual is two of it, keyed by
  // its singular: after a demonstrative or before a relative pronoun of two ("هذين
  // الفيروسين", "المدينتين اللتين"; BuildDualNoun tries this) or before an adjective in the
  // same dual ending ("دراستين حديثتين", a candidate of its own).
  bool BuildMarkedDual(size_t begin, size_t floor, Claim* claim) const;
  bool BuildDualPair(size_t begin, size_t floor, Claim* claim) const;
  bool TwoNumbersAfter(size_t end) const;
  bool OrdinalAfter(size_t end) const;
  // A time relative to now named without a number ("العام الماضي", "next week"): a duration
  // of one unit, "ago" or "later".
  bool BuildRelativeTime(size_t begin, size_t floor, Claim* claim) const;
  bool BuildBoundedUnit(size_t begin, size_t floor, Claim* claim) const;
  // "Phase II", "type I": the Roman numeral after a cue word at `begin`.
  bool BuildRoman(size_t begin, size_t floor, Claim* claim) const;
  // Whether the number at `begin` follows a capitalized name inside a sentence ("Windows 11",
  // "Formula One"): a label of the name.
  bool LabelsAName(size_t begin) const;
  bool NamesAnEvent(size_t begin, std::string_view next) const;
  bool NamesWhatFollows(size_t end, std::string_view unit) const;
  bool GluedTemperature(size_t begin, size_t end) const;
  size_t JointAfter(size_t at) const;
  size_t JointBefore(size_t at) const;
  bool TemperatureWordBefore(size_t begin) const;
  bool SameScaleGluedBefore(size_t begin, char scale) const;
  bool FromAnEvent(size_t end) const;
  bool OfTime(size_t end) const;
  bool AndMoreTime(size_t end) const;
  size_t OfAnAge(size_t at) const;
  // "his", "their late" before `at`: a decade after them is an age ("in his 40s").
  bool PossessiveBefore(size_t at) const;
  bool AfterASuperlative(size_t cue_begin) const;
  // Whether a word of the future ("will", "'ll", "expected to") stands before an English "in"
  // at `cue_begin` in its sentence: "in two days" is then two days later ("She'll call in two
  // days"), else the time a thing took ("completed in 10 days", "140 cases in one day").
  bool SaidOfTheFuture(size_t cue_begin) const;
  // Whether "على" stands before the cue that ends at `cue_end` ("على بعد": at a distance of).
  bool AtADistance(size_t cue_end) const;

  const DateReader& dates() const { return dates_; }

 private:
  scan::PhraseList::Match InCapitals(scan::PhraseList::Match m, size_t start) const;
  scan::PhraseList::Match CurrencyAt(size_t at) const;
  scan::PhraseList::Match CurrencyBefore(size_t end) const;
  // A duration of `count` of `unit` with its time qualifier ("ago", "later", "within").
  void SetRelativeTime(const std::string& unit, const std::string& meaning,
                       const numerals::Decimal& count, Claim* claim) const;
  struct Span {
    size_t begin;
    size_t end;
  };
  bool FinishDual(size_t floor, Span span, Claim* claim) const;
  bool TwoOfTheNoun(Span noun, Span span, bool feminine, size_t floor, Claim* claim) const;
  size_t ListedDualAt(size_t* begin) const;
  const scan::PhraseList::Entry* DualEnding(std::string_view word) const;
  bool AdjectiveOfTheWordBefore(size_t begin, const scan::PhraseList::Entry* ending) const;
  bool MasculineDualsAgree(std::string_view noun, std::string_view adjective) const;
  std::optional<std::string> SingularOfDual(std::string_view word, bool feminine) const;

  bool TryDate(const Mention& m, Claim* claim, Span* span) const;
  bool TryPercent(size_t floor, Claim* claim, Span* span) const;
  size_t UnitStart(size_t end) const;
  bool TryYearOfPrices(const Mention& m, Claim* claim, Span* span) const;
  bool TryMoney(size_t floor, bool in_words, Claim* claim, Span* span) const;
  bool GluedToALetter(size_t begin) const;
  void TakeBracketedCode(Claim* claim, Span* span) const;
  void SetCurrency(const scan::PhraseList::Entry& currency, Claim* claim) const;
  bool TryQuantity(Claim* claim, Span* span) const;
  bool TryQuantityNamedFirst(size_t floor, Claim* claim, Span* span) const;
  bool TryDuration(size_t floor, Claim* claim, Span* span) const;
  bool ARateWithoutItsSign(size_t floor, const Span& span) const;
  size_t AfterARestatement(const Mention& m) const;
  std::string_view Written(size_t begin, size_t end) const;
  std::string CalendarOf(const DateMatch& date) const;
  bool InPersianDigits(size_t begin, size_t end) const;  // the caller wrote [begin, end) so
  bool AtSentenceStart(size_t pos) const;
  bool CountAfterArabicQualifier(size_t begin) const;
  bool TryYear(const Mention& m, size_t floor, Claim* claim, Span* span) const;
  bool TryNounBeforeOne(const Mention& m, size_t floor, Claim* claim, Span* span) const;
  bool BuildDecade(size_t begin, Claim* claim) const;
  bool BuildTensInWords(size_t begin, size_t end, int tens, Claim* claim) const;
  bool ReadDecadeOfLife(Claim* claim, Span* span) const;
  void ReadCentury(size_t floor, Claim* claim, Span* span) const;
  bool FirstOfTwoCenturies(size_t end) const;
  void TakeNoun(Claim* claim, Span* span) const;
  void TakeNounBefore(Claim* claim, Span* span, size_t floor, bool definite) const;
  bool OverAPeriodOfChange(const scan::PhraseList::Match& qualifier, size_t floor,
                           const Claim& claim) const;
  void TakeQualifier(size_t floor, Claim* claim, Span* span) const;
  bool BeginsABound(size_t end) const;
  bool NumberAt(size_t pos) const;
  bool BoundBefore(size_t begin, size_t floor) const;
  bool AnAge(const Mention& m, size_t floor) const;
  scan::PhraseList::Match QualifierBefore(size_t begin) const;
  bool PoundsOfWeight(size_t begin, size_t at, const scan::PhraseList::Match& currency) const;
  bool PoundBeforeANoun(size_t begin, size_t at, size_t end) const;
  scan::PhraseList::Match OfThePluralUnit(size_t end) const;
  scan::PhraseList::Match QualifierAfter(size_t end) const;
  std::string BoundOf(const scan::PhraseList::Match& before) const;
  bool IsMeasureNoun(std::string_view word) const;
  scan::PhraseList::Match BoundVerbBefore(size_t begin) const;
  bool NegatedBefore(size_t pos) const;
  void TimeQualifier(size_t floor, Claim* claim, Span* span) const;
  bool YearCueAt(size_t at) const;
  bool DayOfAWeekday(size_t at) const;
  bool EndsInAPossessive(size_t end, bool others) const;
  bool AfterAPreposition(size_t begin) const;
  bool IsModifier(std::string_view word) const;
  size_t EnglishNounAt(size_t at, bool many) const;
  size_t ArticleBefore(size_t begin, size_t floor) const;
  bool TryFractionOfAUnit(const Mention& m, size_t floor, Claim* claim, Span* span) const;
  const scan::PhraseList::Entry* TheUnitOfTimeAt(size_t at) const;
  bool TryVagueUnit(const Mention& m, size_t floor, Claim* claim, Span* span) const;
  bool RanksANoun(size_t begin) const;
  size_t ArticleBeforeDigits(size_t begin) const;
  bool CountsTheNounBeforeArticleDigits(size_t begin, size_t end) const;
  bool DefiniteOrPossessed(std::string_view word, size_t end) const;
  bool AfterARankNoun(size_t begin, size_t* start) const;
  bool AfterALabelNoun(size_t begin) const;
  bool AfterANounOf(const absl::flat_hash_set<std::string>& nouns, size_t begin,
                    size_t* start) const;
  bool CountedWordAfter(size_t end) const;
  bool OneOrTwoInArabicWords(const Mention& m) const;
  bool AgreesWithTheNounBefore(const Mention& m) const;
  template <typename WordBefore>
  void SkipAdjectivesBack(const WordBefore& word_before, Span* noun, std::string_view* word) const;
  template <typename WordBefore>
  void HeadOfTheConstruct(const WordBefore& word_before, Span* noun, std::string_view* word) const;
  bool DualListsAt(size_t pos) const;
  bool DefiniteNumberBeforeAUnit(const Mention& m, size_t end) const;
  bool TensAfterAPlural(const Mention& m) const;
  bool TryUnitBefore(size_t floor, bool definite, Claim* claim, Span* span) const;
  void AndAFraction(Claim* claim, Span* span) const;
  scan::PhraseList::Match PastAnAdjective(size_t end) const;
  void Finish(const Span& span, Claim* claim) const;

  // The word (a run of letters) starting at `pos`, or an empty view.
  std::string_view WordAt(size_t pos) const;
  // Whether a word is one of the lexicons' number words or a noun stopword.
  bool IsStopword(std::string_view word) const;
  bool FractionOfIt(const Claim& claim, size_t end) const;
  bool AfterADefinitePlural(size_t begin) const;

  const Engine& engine_;
  const text::NormalizedText& normalized_;
  std::string_view text_;
  std::string dollar_currency_;
  DateReader dates_;
};

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_CLAIM_BUILDER_H_
