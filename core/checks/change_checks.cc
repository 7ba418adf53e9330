// arith.change_mismatch: "ارتفع من 100 إلى 120، بزيادة 30%", "rose 30% to 120 from 100": the
//   change is not the percentage; "doubled from 100 to 300": the change is not the multiple.
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "core/checks/arith_context.h"
#include "core/checks/document_checks.h"
#include "core/checks/measures.h"
#include "core/claims/claim_builder.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks::arith {
namespace {

// How a change's percentage was said, for a finding's message: "about ", "more than ", ...
const char* BoundSaid(const Claim& pct) {
  if (pct.qualifier == "about") return "about ";
  if (pct.qualifier == "more-than") return "more than ";
  if (pct.qualifier == "at-least") return "at least ";
  if (pct.qualifier == "less-than") return "less than ";
  if (pct.qualifier == "at-most") return "at most ";
  return "";
}

class ChangeChecks : public ArithContext {
 public:
  explicit ChangeChecks(const ArithContext& context) : ArithContext(context) {}

  void At(size_t i) {
    Change(i);
    ChangeFirst(i);
    ThenFromWhereItLed(i);
    DifferenceFirst(i);
    AddedThenTotal(i);
    CountThenMoreThenTotal(i);
    ChangeOfAWhole(i);
    LevelAfterWhatWasAdded(i);
    WrongWay(i);
    DifferenceAndShare(i);
    DifferenceToThenShare(i);
    ShareToThenDifference(i);
    LevelThenChange(i);
    ChangeBetween(i);
    Multiple(i);
    MultipleSinceWhenItWas(i);
    Halved(i);
    ToAFraction(i);
    TimesTheAmount(i);
    Margin(i);
    MarginToAThirdSide(i);
    Extremes(i);
  }

 private:
  // A change from one value to another: the values as written (doubles print 2e+08), the
  // claims that hold them (one, for a range), and the claim it ends with.
  struct Shift {
    std::string from, to;
    const Claim* from_claim;
    const Claim* to_claim;
    size_t last;
    bool against = false;  // where it led said first, then where it began ("B مقابل A")
  };

  // "from A to B, up C%": a range of one quantity (A < B) or two claims joined by "to".
  // "from A to B, an increase of D": D in the unit of B.
  // "B مقابل A، أي بزيادة C%": where a change led, then where it began, then the change said
  // as a restatement ("أي", that is); without it the percentage after is as often the next
  // item's ("مقابل 1446 م د اضافة الى انخفاض بنسبة 71 بالمائة في الكمية").
  void Change(size_t i) {
    if (const std::optional<Shift> rates = RateFromTo(i)) return RateChange(*rates);
    std::optional<Shift> shift = FromTo(i);
    if (!shift) shift = Against(i);
    if (!shift) shift = InTwoYears(i);
    if (!shift) shift = WasThenRoseTo(i);
    if (!shift) return;
    const Claim* said = ChangeSaid(*shift);
    if (said == nullptr) return;
    const Claim& to = *shift->to_claim;
    if (IsShare(*said)) return CheckChange(*shift, *said);
    if (ATimesWord(*said)) return CheckMultipleSaid(*shift, *said);
    // "to $12,000 from $10,000, an increase of a fifth", "بارتفاع يقارب الثلث".
    if (IsWordFraction(*said, /*about=*/true) && CuedBefore(*said, "change")) {
      return CheckFractionChange(*shift, *said);
    }
    if (IsPlainAmount(*said) &&
        ((said->kind == to.kind &&
          (said->unit == to.unit || DegreesOfTheOthersScale(*said, to))) ||
         YearsOfBareValues(*shift, *said))) {
      CheckDifference(*shift, *said);
      // "an increase of $20 million, or 40%", "بزيادة 20 مليون يورو، أي 40%": the change
      // restated as a share of where it began (not "or 40% of the budget").
      const size_t next = static_cast<size_t>(said - doc_.claims.data()) + 1;
      if (next < doc_.claims.size() && IsShare(doc_.claims[next]) &&
          doc_.claims[next].sentence == said->sentence &&
          RestatedRightAfter(*said, doc_.claims[next]) && !CuedAfter(doc_.claims[next], "of")) {
        CheckChange(*shift, doc_.claims[next]);
      }
    }
  }

  // "Life expectancy rose from 65 in 1990 to 72 in 2020, a gain of seven years": values said
  // bare, their change in years (an age, a life's length).
  static bool YearsOfBareValues(const Shift& shift, const Claim& said) {
    constexpr double kAges = 150;
    const auto bare = [](const Claim& c) {
      return c.kind == Kind::kNumber && c.unit.empty() && c.noun.empty() && !c.ratio;
    };
    const std::optional<double> to = AsDouble(shift.to);
    return said.kind == Kind::kDuration && said.unit == "year" && bare(*shift.to_claim) &&
           bare(*shift.from_claim) && to && *to < kAges;
  }

  // The claim that says the change of a shift's values: one of the next two of their sentence
  // after a word of change, no other thing's; after "B مقابل A", only where the change is
  // said to be theirs ("أي", or right after them), since it is as often the next item's
  // ("(7.5% مقابل 5.7%) والنسيج ... بنسبة 7.1%").
  const Claim* ChangeSaid(const Shift& shift) const {
    const auto& claims = doc_.claims;
    const Claim& to = *shift.to_claim;
    // After "B بعد أن كان A", the words to the change start at A: "بعد أن" joined the values.
    const Claim& last = shift.against ? claims[shift.last] : to;
    // ("to 15.2% in the first quarter of 2024, a rise of": the time of the last value past.)
    size_t limit = shift.last + 2;
    if (shift.last + 1 < claims.size()) {
      limit = std::max(limit, PastATime(shift.last + 1, last) + 1);
    }
    for (size_t j = shift.last + 1; j < claims.size() && j <= limit; ++j) {
      const Claim& said = claims[j];
      if (said.sentence != to.sentence || AnotherThingBetween(last, said)) return nullptr;
      if (InARecord(claims[j - 1], said)) {  // "the lowest in two years": no change said
        ++limit;
        continue;
      }
      // "ranged from 18C to 41C, a swing of 23 degrees", "بين 18 و41 درجة، أي بفارق 23 درجة":
      // the span between the values (arith_cues.tsv "span"), no one's margin over another.
      const bool span = CuedBefore(said, "span") && !CuedAfter(said, "margin-over");
      if (!CuedBefore(said, "change") && !CuedAfter(said, "change-after") &&
          !RestatedAtTheEnd(j) && !span) {
        continue;
      }
      if (ChangeOfAPart(said)) return nullptr;
      if (shift.against && !Restated(claims[shift.last], said) &&
          !SaidRightAfter(shift.last, j)) {
        return nullptr;
      }
      return &said;
    }
    return nullptr;
  }

  // "grew from 3.2 million to 4.1 million, or 28%.", "، أي 28%.": a share restating the
  // change right after its values, ending the clause, of no whole of its own.
  bool RestatedAtTheEnd(size_t j) const {
    const Claim& said = doc_.claims[j];
    std::string words = Trimmed(doc_.Between(doc_.claims[j - 1], said));
    // ("أي بأكثر من ثلاثة أضعاف": a multiple, "ب" glued to it.)
    const bool times = ATimesWord(said);
    if (times && words.ends_with(" \xD8\xA8")) words.resize(words.size() - 3);  // " ب"
    return (IsPlainShare(said) || times) && CoveredBy(words, cues_, "restate") &&
           EndsAt(text_, said.norm_end, ".,;)\n") && !CuedAfter(said, "of");
  }

  // Whether the words between two claims say that the second is another thing's change: a
  // word that opens another clause ("فيما", "while"), a change in something named ("زيادة في
  // العائدات"), or a verb of change of its own ("وارتفعت الأرباح بنسبة 5%", "and profit rose").
  bool AnotherThingBetween(const Claim& a, const Claim& b) const {
    if (cues_.StartsAWordIn(text_, a.norm_end, b.norm_begin, "clause")) return true;
    bool after_letter = true;
    for (size_t at = a.norm_end, length = 1; at < b.norm_begin; at += length) {
      const bool letter = scan::IsLetter(scan::NextCodePoint(text_, at, &length));
      if (letter && !after_letter) {
        const bool conjunction = text_.compare(at, 2, "\xD9\x88") == 0 ||  // و
                                 text_.compare(at, 2, "\xD9\x81") == 0;    // ف
        if (cues_.MatchAt(text_, at, "verb").entry ||
            (conjunction && cues_.MatchAt(text_, at + 2, "verb").entry)) {
          return !InTheChangesOwnCue(at, b);
        }
      }
      after_letter = letter;
    }
    return false;
  }

  // Whether `at` is inside the cue of a change right before `b` ("a cut of"), whose verb is
  // the change's own.
  bool InTheChangesOwnCue(size_t at, const Claim& b) const {
    const auto own = cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, b.norm_begin), "change");
    return own.entry && own.end <= at;
  }

  // "450 مليون دينار مقابل 400 مليون دينار العام الماضي، بزيادة قدرها 25%", "up from $400
  // million a year earlier, an increase of 25%": the change right after the value it began
  // at and its time, with nothing between but its cue.
  bool SaidRightAfter(size_t from, size_t said) const {
    const auto& claims = doc_.claims;
    size_t last = from;
    for (size_t k = from + 1; k < said; ++k) {
      const Claim& t = claims[k];
      if (InARecord(claims[last], t)) continue;  // "the lowest in two years,": read below
      // ("from 7.8% in the previous three months": the span the earlier value was of.)
      const bool relative = t.kind == Kind::kDuration &&
                            (t.qualifier == "ago" || t.qualifier == "later" || t.qualifier.empty());
      // "في الفترة نفسها من العام الماضي", "in the same period last year"; "في الربع الأول":
      // an ordinal there numbers a period.
      const bool period = t.kind == Kind::kOrdinal;
      if (!(IsTime(t) || relative || period) || !TimeRightAfter(claims[last], t, kFewWords)) {
        return false;
      }
      last = k;
    }
    std::string words =
        PastARecord(PastAnEarlierTime(Trimmed(doc_.Between(claims[last], claims[said]))));
    // "in the first quarter, a drop of": an English ordinal's noun, then the change.
    if (const size_t comma = words.find(',');
        claims[last].kind == Kind::kOrdinal && comma != std::string::npos &&
        words.find(' ') > comma) {
      words = Trimmed(std::string_view(words).substr(comma + 1));
    }
    // "from $10 million, a 25% increase": an article, then the change after its percentage.
    return CoveredBy(words, cues_, "change") ||
           ((words.empty() || CoveredBy(words, cues_, "change-lead")) &&
            CuedAfter(claims[said], "change-after"));
  }

  // The words after a few that name the earlier time and end at a comma: "in the previous
  // election, a rise of" -> "a rise of", "في الدورة السابقة، بزيادة" -> "بزيادة".
  std::string PastAnEarlierTime(std::string words) const {
    constexpr size_t kAPhrase = 40;  // bytes: "in the previous election", "في الانتخابات السابقة"
    const Comma comma = CommaIn(words, /*last=*/false);
    if (comma.at == std::string::npos || comma.at > kAPhrase ||
        !cues_.StartsAWordIn(words, 0, comma.at, "earlier")) {
      return words;
    }
    return Trimmed(std::string_view(words).substr(comma.past));
  }

  // "the lowest in two years, a fall of" -> "a fall of", "وهو أدنى مستوى منذ 2021، بتراجع" ->
  // "بتراجع": a few words of what the level was, set off by commas, then the change.
  std::string PastARecord(std::string words) const {
    constexpr size_t kAPhrase = 48;  // bytes: "its lowest level since the end of 2021"
    const Comma comma = CommaIn(words, /*last=*/false);
    if (comma.at == std::string::npos || comma.at > kAPhrase ||
        !cues_.MatchAt(words, 0, "record").entry) {
      return words;
    }
    return Trimmed(std::string_view(words).substr(comma.past));
  }

  // "بزيادة 25% في صادرات التمور", "a 25% rise in date exports": the change of a part.
  bool ChangeOfAPart(const Claim& said) const {
    size_t after = scan::SkipSpaces(text_, said.norm_end);
    if (const auto cue = cues_.MatchAt(text_, after, "change-after"); cue.entry) {
      after = scan::SkipSpaces(text_, cue.end);
    }
    const std::string_view next = scan::WordAt(text_, after);
    return next == "\xD9\x81\xD9\x8A" || next == "in";  // في
  }

  // JoinedBy, or after an English ordinal that numbers a period, its noun then the cue: "in
  // the second quarter from 7.4%".
  bool JoinedPastItsNoun(const Claim& a, const Claim& b, std::string_view meaning) const {
    if (JoinedBy(a, b, meaning)) return true;
    if (a.kind != Kind::kOrdinal) return false;
    const std::optional<EndingCue> found = WordsEndingWithCue(a, b, meaning, kAWordOrTwo);
    if (!found) return false;
    const std::string noun = Trimmed(std::string_view(found->words).substr(0, found->cue));
    return !noun.empty() && noun.find(' ') == std::string::npos;
  }

  // "from 8.5% to 7.9%", "من 7.9% إلى 8.5%": a rate that changed, read apart from amounts
  // since the change of a rate is said in points as often as in per cent of it.
  std::optional<Shift> RateFromTo(size_t i) const {
    constexpr size_t kNear = 60;  // bytes: "من الناتج المحلي الإجمالي مقابل"
    const auto& claims = doc_.claims;
    const Claim& c = claims[i];
    if (c.kind != Kind::kPercent || c.unit != "percent") return std::nullopt;
    if (c.qualifier == "range" && c.lower && c.upper) {  // rising: joined into one claim
      if (!OpensWithFrom(c)) return std::nullopt;  // "between 10% and 15%" is a range
      return Shift{c.lower->value, c.upper->value, &c, &c, i};
    }
    if (!IsShare(c) || !c.qualifier.empty() || c.approx || i + 1 >= claims.size()) {
      return std::nullopt;
    }
    // "from 6.4% in April to 6.1% in May": the time of the first rate between the two.
    const size_t j = PastATime(i + 1, c);
    const Claim& next = claims[j];
    const Claim& before = claims[j - 1];
    if (!IsShare(next) || !next.qualifier.empty() || next.approx ||
        next.sentence != c.sentence) {
      return std::nullopt;
    }
    const bool to = j == i + 1 ? JoinedByTo(c, next)
                               : CuedFrom(c) && JoinedByTo(before, next, /*from_cued=*/false);
    if (to) return Shift{c.value, next.value, &c, &next, j};
    // "rose to 3.9% from 3.8%", "15.3% مقابل 15.6%": where it led, then where it began.
    // "to 3.1% of GDP from 4.2%", "إلى 3.1% من الناتج المحلي مقابل 4.2%": what the rate is of,
    // between.
    const bool of_what = j == i + 1 && CueRightBefore(c, next, "since", kNear) &&
                         StartsWithCue(c, next, "of-whole");
    // "ارتفع إلى 3.1% في يناير من 2.9%": "من" after a rate "إلى" names is where it began
    // (no rate is a share of another).
    const bool to_from = FromBetween(before, next) &&
                         cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, c.norm_begin),
                                           "to").entry;
    if (of_what || to_from || JoinedPastItsNoun(before, next, "since") ||
        CoveredBy(WordsPastATime(before, next), cues_, "since")) {
      return Shift{next.value, c.value, &next, &c, j, true};
    }
    return std::nullopt;
  }

  // The change said of a rate's shift: in points ("a drop of 0.6 percentage points", "بتراجع
  // 0.6 نقطة مئوية"), which must be the difference; or in per cent, which may be either the
  // difference (as the press often writes points) or the relative change.
  void RateChange(const Shift& shift) {
    if (const Claim* said = ChangeSaid(shift)) RateChange(shift, *said);
  }

  void RateChange(const Shift& shift, const Claim& said) {
    // ("أي بنحو 2.5 نقطة": the points said about so many, a twentieth either way.)
    if (InPoints(said, /*about=*/true)) return CheckDifference(shift, said);
    double change = 0;
    if (!IsShare(said) || PointsFit(shift, said) || RelativeFits(shift, said, &change)) return;
    const double points = std::fabs(*AsDouble(shift.to) - *AsDouble(shift.from));
    reporter_->Report(
        "arith.change_mismatch",
        absl::StrFormat("from %s%% to %s%% is a change of %s points, or %.2f%%, not %s%%",
                        shift.from, shift.to, Number(points), change, said.value),
        SpansOf(shift, said), absl::StrFormat("%.2f", change), said.value);
  }

  // A number of percentage points: "0.6 percentage points", "0.6 نقطة مئوية", or, said of a
  // rate, "0.6 points", "0.6 نقطة"; with `about`, said about so many too.
  bool InPoints(const Claim& c, bool about = false) const {
    const bool plain = c.qualifier.empty() && !c.approx;
    if (c.value.empty() || !(plain || (about && c.qualifier == "about"))) return false;
    if (c.kind == Kind::kQuantity) return c.unit == "pp" || c.unit == "bp";
    // (The word is the noun the number counts, inside its span, or after it.)
    return c.kind == Kind::kNumber && c.unit.empty() &&
           (CuedAfter(c, "points") || cues_.MatchBefore(text_, c.norm_end, "points").entry);
  }

  // "fell 0.6 points to 3.8% from 4.4%", "تراجعت بـ0.6 نقطة من 4.4% إلى 3.8%": a rate's
  // change said first, in points or in per cent, then where the rate led and where it began.
  bool RateChangeFirst(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& said = claims[i];
    if (!(IsShare(said) || InPoints(said)) || i + 1 >= claims.size() ||
        claims[i + 1].sentence != said.sentence) {
      return false;
    }
    // "from 4.1% to 8.6%": a range of two rates, which RateFromTo reads.
    const auto rate_or_range = [](const Claim& c) {
      return IsShare(c) || (c.kind == Kind::kPercent && c.qualifier == "range");
    };
    // "انخفضت نسبة البطالة 0.6 نقطة، من": the verb before its subject, the rate right after;
    // "رفع نسبة الفائدة بـ 50 نقطة أساسية": "ب" alone before points, or "بواقع".
    if (!(CuedBefore(said, "change") || CuedBefore(said, "verb") || CuedBefore(said, "by") ||
          (InPoints(said) && (BaEndsAt(text_, scan::SkipSpacesBack(text_, said.norm_begin)) ||
                              CuedBefore(said, "by-points"))) ||
          (rate_or_range(claims[i + 1]) && VerbBeforeItsSubject(i)))) {
      return false;
    }
    const size_t next = PastATime(i + 1, said);
    if (!rate_or_range(claims[next])) return false;
    // Read in place first: nothing between, or a word of where it led right before the rate.
    const size_t end = scan::SkipSpacesBack(text_, claims[next].norm_begin);
    // "rose 3.5 points, from 4.1% to 8.6%": a comma alone before the rate's range.
    const bool comma_then_range = OpensWithFrom(claims[next]) &&
                                  Trimmed(doc_.Between(claims[next - 1], claims[next])).empty();
    if (end > claims[next - 1].norm_end && !comma_then_range &&
        !cues_.MatchBefore(text_, end, "to").entry &&
        !doc_.engine.range_cues().MatchBefore(text_, end, "open").entry) {
      return false;
    }
    // ("0.6 points to": the word "points" is no part of the claim.)
    const std::string words = Trimmed(doc_.Between(claims[next - 1], claims[next]));
    const std::string gap = AfterCue(AfterCue(AfterCue(words, "points"), "measure"), "going");
    if (!gap.empty() && !CoveredBy(gap, cues_, "to") &&
        !CoveredBy(gap, doc_.engine.range_cues(), "open")) {
      return false;
    }
    const std::optional<Shift> shift = RateFromTo(next);
    if (shift) RateChange(*shift, said);
    return shift.has_value();
  }

  // Basis points are hundredths of the percentage points a rate's difference is in.
  static bool InBasisPoints(const Claim& c) {
    return c.kind == Kind::kQuantity && c.unit == "bp";
  }

  // Whether D is the difference from A to B, each rounded as written.
  static bool PointsFit(const Shift& shift, const Claim& difference) {
    const std::optional<double> a = AsDouble(shift.from), b = AsDouble(shift.to);
    const std::optional<double> d = AsDouble(difference.value);
    if (!a || !b || !d) return true;  // nothing to compare: nothing to report
    const bool bp = InBasisPoints(difference);
    const double per = bp ? 0.01 : 1;
    // Rates moved by basis points are set, not measured: "to 5.5% from 5%" is 5.00%.
    const double ends =
        bp ? 2 * std::min(HalfUnit(*shift.from_claim), HalfUnit(*shift.to_claim))
           : Slack(*shift.from_claim, *shift.to_claim) + Slack(*shift.to_claim, *shift.from_claim);
    // "half a point", "a quarter of a point": a fraction in words, a fifth of it either way
    // (the digits of 0.5 would allow anything from 0 to 1).
    constexpr double kFractionOfAPoint = 0.2;
    const double said = IsWordFraction(difference, /*about=*/true) ? kFractionOfAPoint * *d
                                                                    : Slack(difference, difference);
    const double slack = ends + per * said;
    return std::fabs(std::fabs(*b - *a) - per * *d) <= slack;
  }

  // The difference from A to B said to be D, each of them rounded as written.
  void CheckDifference(const Shift& shift, const Claim& difference) {
    // "a threefold increase": a multiple of where it began.
    if (AMultiplesWord(difference)) {
      return CheckMultiple(shift, difference, SpansOf(shift, difference));
    }
    if (PointsFit(shift, difference)) return;
    const double a = *AsDouble(shift.from), b = *AsDouble(shift.to);
    const bool bp = InBasisPoints(difference);
    const std::string change = bp ? Number(std::fabs(b - a) * 100) : Number(std::fabs(b - a));
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is a change of %s, not %s", shift.from,
                                      shift.to, bp ? change + " basis points" : change,
                                      difference.value),
                      SpansOf(shift, difference), change, difference.value);
  }

  // The claims of a change and of what is said of it, in the order of the text.
  static std::vector<SpanRef> SpansOf(const Shift& shift, const Claim& said) {
    std::vector<SpanRef> spans = {SpanOf(*shift.from_claim), SpanOf(said)};
    if (shift.to_claim != shift.from_claim) spans.push_back(SpanOf(*shift.to_claim));
    SortByStart(&spans);
    return spans;
  }

  // "rose 10% to $120m from $100m", "ارتفعت بنسبة 20% من 100 إلى 130": the change said first,
  // then where it led and where it began, in either order.
  void ChangeFirst(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& pct = claims[i];
    // "shrank by a third, from 10,000 to 8,000", "بمقدار الثلث": a change as a fraction in words,
    // about so much too ("by roughly a quarter").
    const bool fraction =
        IsWordFraction(pct, /*about=*/true) &&
        (CuedBefore(pct, "by") || CuedBefore(pct, "verb"));
    if (RateChangeFirst(i) || !(IsShare(pct) || fraction) || i + 1 >= claims.size() ||
        claims[i + 1].sentence != pct.sentence ||
        !(fraction || CuedBefore(pct, "change") || CuedBefore(pct, "verb") ||
          AnotherChangeOfIt(i) || VerbBeforeItsSubject(i))) {
      return;
    }
    // "تطورت بنسبة 7.7 بالمائة في جوان 2017، لتصل الى 744 مليون دينار": the time of the
    // change, a few words on, before its values; "بنسبة 8.4% أو ما قيمته 643 م د، ليبلغ",
    // "fell 8.4%, or 643 million dinars, to": the change restated as an amount first.
    const size_t first = i + 2 < claims.size() && AmountRestates(pct, claims[i + 1]) ? i + 2
                                                                                   : i + 1;
    size_t next = PastATime(first, pct);
    // "have risen 250% in five years, from $20 to $50", "خلال خمس سنوات": the span the change
    // took, right after it.
    if (next == first && next + 1 < claims.size() && IsSpanOfTime(claims[next]) &&
        claims[next + 1].sentence == pct.sentence &&
        AFewWords(doc_.Between(pct, claims[next]), kAWordOrTwo)) {
      ++next;
    }
    std::string_view between = doc_.Between(claims[next - 1], claims[next]);
    const std::string gap = Trimmed(between);
    // "بنسبة 72 بالمائة من حيث القيمة (152 م د مقابل 551 م د)": the measure of the change,
    // then its values in brackets; or the values in brackets right after it ("تحسنا بنسبة 18%
    // (7،1 د/كغ مقابل 6 د/كغ)").
    const bool bracket_next = between.find('(') != std::string_view::npos &&
                              between.find_first_not_of(" (") == std::string_view::npos;
    if (CoveredBy(gap, cues_, "measure") || bracket_next) between = {};
    // "Shares fell 4% on Monday after the firm cut its forecast to $2.1 billion from $2.4
    // billion": the values after another clause are another thing's.
    if (AnotherThingBetween(pct, claims[next])) return;
    // "lost 20% of its value, falling from $2.5 billion": what the change measures and a verb
    // that says it again, on the way to its values; its time before or after what it measures
    // ("lost a third of their value this year, falling from").
    const std::string measured = AfterCue(AfterCue(gap, "when"), "measure");
    const std::string rest = AfterCue(AfterCue(measured, "when"), "going");
    std::optional<Shift> shift = ToThenFrom(next, between, rest);
    if (!shift && (rest.empty() || CoveredBy(rest, doc_.engine.range_cues(), "open"))) {
      shift = FromTo(next);
      // "cut the risk by a third, from 15% to 12%": a fraction of a rate's change is of the
      // rate, never of points.
      if (!shift && fraction) shift = RateFromTo(next);
    }
    if (!shift && next == i + 1) shift = CountBeforeTheChange(i, next);
    if (shift) CheckChange(*shift, pct);
  }

  // "The fleet of 240 aircraft will grow by a quarter, to 320", "يضم الأسطول 240 طائرة وسيرتفع
  // بنسبة 25% إلى 320": where a change led ("to") with no value after it, and before the
  // change a count of the same noun, a verb of change between and no comma, where it began.
  std::optional<Shift> CountBeforeTheChange(size_t i, size_t to) const {
    constexpr size_t kNear = 48;  // bytes: " aircraft will grow by"
    const auto& claims = doc_.claims;
    if (i == 0) return std::nullopt;
    const Claim &began = claims[i - 1], &pct = claims[i], &led = claims[to];
    const std::string_view before = doc_.Between(began, pct);
    const bool since_after = to + 1 < claims.size() && claims[to + 1].sentence == led.sentence &&
                             CuedBefore(claims[to + 1], "since");
    if (!IsPlainCount(began) || !IsPlainCount(led) || began.sentence != led.sentence ||
        began.kind != led.kind || began.unit != led.unit || began.noun_key.empty() ||
        !(led.noun_key.empty() || led.noun_key == began.noun_key) || !CuedBefore(led, "to") ||
        before.size() > kNear || HasComma(before) || since_after || !OnlyItsVerb(before) ||
        !cues_.StartsAWordIn(text_, began.norm_end, pct.norm_begin, "verb")) {
      return std::nullopt;
    }
    // ("240 stores ... to 320 million": another order of things.)
    const double ratio = *AsDouble(led.value) / *AsDouble(began.value);
    if (!(ratio > 0.2 && ratio < 5)) return std::nullopt;
    return Shift{began.value, led.value, &began, &led, to};
  }

  // Whether the words between a count and its change are its own verb's: no other subject,
  // which English joins with "and" ("240 stores and sales rose") and Arabic puts after the
  // verb ("240 متجرا وارتفعت المبيعات"): a few English words, or the Arabic verb alone and the
  // change's word ("وسيرتفع بنسبة").
  static bool OnlyItsVerb(std::string_view between) {
    const std::string words = Trimmed(between);
    const auto spaces = std::count(words.begin(), words.end(), ' ');
    if (words.empty() || static_cast<unsigned char>(words[0]) >= 0x80) return spaces <= 1;
    return spaces <= 3 && !words.starts_with("and ") && words.find(" and ") == std::string::npos;
  }

  // "رفعت الأجور بنسبة 25% إلى 5000 ريال في 2022، ثم بنسبة 10% إلى 5500 ريال", "rose 3% to $85
  // before easing 1% to $84.15": a change by so much to a level (its time may follow), then
  // past "then" another to a level alike, which begins where the first led.
  void ThenFromWhereItLed(size_t i) {
    constexpr size_t kThen = 40;  // bytes: "، ثم تراجعت بنسبة", " before easing"
    const auto& claims = doc_.claims;
    const Claim& pct = claims[i];
    if (!IsPlainShare(pct) || i < 2 || i + 1 >= claims.size()) return;
    const Claim& to = claims[i + 1];
    const size_t level = IsTimeOrPeriod(claims[i - 1]) ? i - 2 : i - 1;
    if (level == 0) return;
    const Claim& from = claims[level];
    const Claim& first = claims[level - 1];
    const bool alike = (from.kind == to.kind && from.unit == to.unit) ||
                       (to.kind == Kind::kNumber && to.noun_key.empty());
    if (to.sentence != pct.sentence || first.sentence != pct.sentence || !IsPlainAmount(to) ||
        !IsPlainAmount(from) || !alike || !IsPlainShare(first) ||
        !(CuedBefore(first, "change") || CuedBefore(first, "verb")) ||
        !JoinedBy(first, from, "to") || !JoinedBy(pct, to, "to")) {
      return;
    }
    const Claim& before = claims[i - 1];
    if (doc_.Between(before, pct).size() > kThen ||
        !cues_.StartsAWordIn(text_, before.norm_end, pct.norm_begin, "then")) {
      return;
    }
    CheckChange(Shift{from.value, to.value, &from, &to, i + 1}, pct);
  }

  // Whether `amount` restates the change `pct` right after it: "، أو ما قيمته 643 م د".
  bool AmountRestates(const Claim& pct, const Claim& amount) const {
    return IsPlainAmount(amount) && amount.sentence == pct.sentence &&
           CoveredBy(Trimmed(doc_.Between(pct, amount)), cues_, "restate");
  }

  // "rose $2 to $50 from $47", "ارتفع 7 فلوس إلى 3.05 درهم من 2.98 درهم": the difference said
  // first, in the unit of its values, then where it led and where it began; bare counts too,
  // where all three are ("rose by 17 to 155 from 148").
  void DifferenceFirst(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& said = claims[i];
    if (!IsPlainCount(said) || i + 1 >= claims.size()) return;
    // "grew by 1.5 million in a decade, to": the time of the change between.
    const size_t t = IsTimeOrPeriod(claims[i + 1]) && i + 3 < claims.size() &&
                             TimeRightAfter(said, claims[i + 1], kFewWords)
                         ? i + 2
                         : i + 1;
    const Claim& to = claims[t];
    // ("from 10,000 to 8,800": a range, the last claim.)
    const bool next_counts = t + 1 < claims.size() && !claims[t + 1].noun_key.empty();
    if (said.kind == Kind::kNumber && said.noun_key.empty() &&
        !(to.kind == Kind::kNumber && to.noun_key.empty() && !next_counts)) {
      return;
    }
    const bool alike = to.kind == said.kind && to.unit == said.unit &&
                       (to.noun_key.empty() || to.noun_key == said.noun_key ||
                        said.kind == Kind::kMoney);
    // Read in place first: "to" and nothing else between (past the time, a comma).
    size_t at = scan::SkipSpaces(text_, claims[t - 1].norm_end);
    if (t > i + 1 && text_.substr(at, 1) == ",") at = scan::SkipSpaces(text_, at + 1);
    const auto m = cues_.MatchAt(text_, at, "to");
    // "cut 2,500 jobs, from 10,000 to 8,800": a comma and "from", then the change's ends.
    const std::string_view between = doc_.Between(said, to);
    const std::string gap = Trimmed(between);
    // ("shrank by a fifth, from 10,000 to 8,000": a fraction, which ChangeFirst weighs.)
    const bool from_to =
        !m.entry && t == i + 1 && HasComma(between) && !IsWordFraction(said, /*about=*/true) &&
        (gap.empty() ? OpensWithFrom(to) : CoveredBy(gap, doc_.engine.range_cues(), "open"));
    if (to.sentence != said.sentence || !alike ||
        !(from_to || (m.entry && scan::SkipSpaces(text_, m.end) == to.norm_begin))) {
      return;
    }
    if (!ChangedBy(i)) return;
    const std::optional<Shift> shift = from_to ? FromTo(t) : Against(t, /*change_first=*/true);
    if (shift) CheckDifference(*shift, said);
  }

  // "passed 220 votes to 210, a margin of 10", "52% مقابل 48%، بفارق 4 نقاط": the two sides
  // of a tally or a race, then the margin between them (arith_cues.tsv "margin"). Not from
  // "from", where the two are a change's ends and the change checks weigh it.
  void Margin(size_t i) {
    const auto& claims = doc_.claims;
    // "8.2% last year against 6.5% for its benchmark": the first side's time between.
    constexpr size_t kRightAfter = 6;  // bytes: " in ", " في "
    const size_t timed = i + 1 < claims.size() && IsTimeOrPeriod(claims[i + 1]) &&
                         AFewWords(doc_.Between(claims[i], claims[i + 1]), kRightAfter);
    if (i + 2 + timed >= claims.size()) return;
    const Claim& a = claims[i];
    const Claim& join_from = claims[i + timed];
    const Claim& m = claims[i + 2 + timed];
    // "76.4 years for women and 72.1 for men": the second side leaves its unit to the first.
    const Claim& said_b = claims[i + 1 + timed];
    std::optional<Claim> elided;
    if (said_b.kind == Kind::kNumber && said_b.unit.empty() && said_b.noun.empty() &&
        a.kind != Kind::kNumber && !a.unit.empty() && IsPlainAmount(a) &&
        TwoGroupsListed(a, said_b)) {
      elided = said_b;
      elided->kind = a.kind;
      elided->unit = a.unit;
    }
    const Claim& b = elided ? *elided : said_b;
    // Asked at every claim: the sides' nearness first ("to", "مقابل", "-" between them).
    constexpr size_t kJoin = 16, kNear = 60;  // bytes: " against ", "، أي بفارق"
    if (b.norm_begin - join_from.norm_end > kJoin || m.norm_begin - b.norm_end > kNear) return;
    const bool shares = IsShare(a) && IsShare(b) && a.qualifier.empty() && b.qualifier.empty();
    // ("76.4 عاما للنساء و72.1 عاما للرجال": periods part as counts do.)
    const bool counts = IsPlainAmount(a) && IsPlainAmount(b) && a.unit == b.unit;
    // Two shares part by points ("بفارق 4 نقاط") or a percentage; counts by a count of theirs.
    const bool margin = shares ? (IsShare(m) && m.qualifier.empty()) || InPoints(m)
                               : IsPlainAmount(m) && m.kind == a.kind && m.unit == a.unit;
    if (!(shares || counts) || a.kind != b.kind || !margin || m.sentence != a.sentence ||
        !MarginSaid(b, m) || !(TallySides(join_from, b) || TwoGroupsListed(a, b)) ||
        CuedFrom(a)) {
      return;
    }
    // Counts of votes or goals are exact under a thousand; shares are rounded.
    const double gap = std::fabs(*AsDouble(a.value) - *AsDouble(b.value));
    if (counts) {
      const double slack = CountSlackBeside(a, b) + CountSlackBeside(b, a) +
                           CountSlackBeside(m, m);
      if (std::fabs(gap - *AsDouble(m.value)) <= slack) return;
    } else if (PointsFit(Shift{b.value, a.value, &b, &a, i + 1 + timed}, m)) {
      return;
    }
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("%s against %s is a margin of %s, not %s", a.value, b.value,
                                      Number(gap), m.value),
                      {SpanOf(a), SpanOf(b), SpanOf(m)}, Number(gap), m.value);
  }

  // "أنهى السباق في 10.49 ثانية، متأخرا بفارق 0.12 ثانية عن الرقم القياسي البالغ 10.37
  // ثانية", "50 points, a gap of 6 over second-placed Arsenal, who have 44": a value, the gap
  // said to another side ("margin" before it, "margin-over" after it), then that side's
  // value a few words on, of the same unit or noun.
  void MarginToAThirdSide(size_t i) {
    constexpr size_t kNear = 60;  // bytes: "، متأخرا بفارق"
    constexpr size_t kSide = 64;  // bytes: "الرقم القياسي العالمي البالغ"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim &a = claims[i], &m = claims[i + 1], &b = claims[i + 2];
    const auto alike = [](const Claim& x, const Claim& y) {
      return IsPlainAmount(x) && IsPlainAmount(y) && x.kind == y.kind &&
             ((!x.unit.empty() && x.unit == y.unit) ||
              (x.unit.empty() && y.unit.empty() && !x.noun_key.empty() &&
               x.noun_key == y.noun_key));
    };
    if (b.sentence != a.sentence || m.norm_begin - a.norm_end > kNear || !alike(a, b) ||
        !(alike(a, m) || (m.kind == a.kind && m.unit == a.unit && IsPlainAmount(m))) ||
        !cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, m.norm_begin), "margin").entry) {
      return;
    }
    const auto over = cues_.MatchAt(text_, scan::SkipSpaces(text_, m.norm_end), "margin-over");
    if (!over.entry || b.norm_begin < over.end ||
        !AFewWords(text_.substr(over.end, b.norm_begin - over.end), kSide)) {
      return;
    }
    const double gap = std::fabs(*AsDouble(a.value) - *AsDouble(b.value));
    const double slack = CountSlackBeside(a, b) + CountSlackBeside(b, a) + CountSlackBeside(m, m);
    if (std::fabs(gap - *AsDouble(m.value)) <= slack) return;
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("%s against %s is a gap of %s, not %s", a.value, b.value,
                                      Number(gap), m.value),
                      {SpanOf(a), SpanOf(m), SpanOf(b)}, Number(gap), m.value);
  }

  // "The high was 47C and the low 31C, a difference of 16 degrees", "بلغت العظمى 47 درجة
  // مئوية، والصغرى 31 درجة، بفارق 16 درجة": the two extremes of one quantity, each named a
  // few words before its value (arith_cues.tsv "extreme"), then the gap between them.
  void Extremes(size_t i) {
    constexpr size_t kNear = 40;  // bytes: "مئوية، والصغرى", "and the low was"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim& a = claims[i];
    const Claim& b = claims[i + 1];
    const Claim& m = claims[i + 2];
    const auto alike = [](const Claim& x, const Claim& y) {
      return IsPlainAmount(x) && x.kind == y.kind &&
             (x.unit == y.unit || DegreesOfTheOthersScale(x, y));
    };
    if (m.sentence != a.sentence || b.norm_begin - a.norm_end > kNear || !alike(a, b) ||
        !alike(m, b) || !MarginSaid(b, m)) {
      return;
    }
    const auto one = cues_.FindAWordIn(text_, SentenceStartWithin(a, kNear), a.norm_begin,
                                       "extreme");
    const auto other = cues_.FindAWordIn(text_, a.norm_end, b.norm_begin, "extreme");
    if (!one.entry || !other.entry || one.entry->tags.at(1) == other.entry->tags.at(1) ||
        PointsFit(Shift{b.value, a.value, &b, &a, i + 1}, m)) {
      return;
    }
    const std::string gap = Number(std::fabs(*AsDouble(a.value) - *AsDouble(b.value)));
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is a gap of %s, not %s", b.value, a.value,
                                      gap, m.value),
                      {SpanOf(a), SpanOf(b), SpanOf(m)}, gap, m.value);
  }

  // "76.4 عاما للنساء و72.1 عاما للرجال", "76.4 years for women and 72.1 for men": two values
  // listed, each named whose right after it.
  bool TwoGroupsListed(const Claim& a, const Claim& b) const {
    return EndsWithAListWord(a, b) && ForTheRival(a) && ForTheRival(b);
  }

  // Whether `m` is said to be the margin of the tally ending at `b`: the cue alone between
  // them (read in place first), or after whose the second side is and a comma ("37 للوصيف،
  // بفارق"); and no third side it is a gap to ("2-0، وبفارق 10 نقاط عن أقرب منافسيه", "a
  // 15-point gap over the bottom side": the league's, not the score's).
  bool MarginSaid(const Claim& b, const Claim& m) const {
    constexpr size_t kNear = 40;  // bytes: "for his rival, a margin of"
    if (!cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, m.norm_begin), "margin").entry ||
        CuedAfter(m, "margin-over")) {
      return false;
    }
    return JoinedBy(b, m, "margin") ||
           (ForTheRival(b) && CommaBeforeTheCue(b, m, "margin", kNear));
  }

  // "2,400 new cases, bringing the total to 58,400 from 56,000", "2400 إصابة جديدة، ليرتفع
  // العدد الإجمالي إلى 58400 مقابل 56000": what was added, then the total it brought a count
  // to (arith_cues.tsv "total-to") and where the count was.
  void AddedThenTotal(size_t i) {
    constexpr size_t kNear = 80;  // bytes: "إصابات جديدة، ليرتفع العدد الإجمالي إلى"
    const auto& claims = doc_.claims;
    if (i + 1 >= claims.size()) return;
    const Claim& added = claims[i];
    if (!IsPlainCount(added) || added.noun_key.empty()) return;  // "2,400 new cases"
    const size_t t = IsTime(claims[i + 1]) ? i + 2 : i + 1;  // "on Monday, bringing"
    const Claim& to = claims[t];
    if (t >= claims.size() || to.kind != added.kind || !AlikeInOneSentence(added, to) ||
        doc_.Between(added, to).size() > kNear ||
        !(CuedBefore(to, "total-to") || RoseToWhatWasAdded(added, to))) {
      return;
    }
    // Where the count was must end its clause, or be the day before's ("from 56,000
    // yesterday", "مقابل 56000 أمس"): "from 40,000 a week ago" spans more than what was added.
    const std::optional<Shift> shift =
        t + 1 < claims.size() ? Against(t, /*change_first=*/true) : std::nullopt;
    if (shift && EndsTheDayBefore(shift->from_claim->norm_end)) {
      CheckDifference(*shift, added);
    } else if (const Claim* was = shift || !CuedBefore(to, "total-to")
                                      ? nullptr
                                      : CountBeforeWhatWasAdded(i, to)) {
      CheckDifference(Shift{was->value, to.value, was, &to, t}, added);
    }
  }

  // "يضم الأسطول 240 طائرة. وتسلمت الشركة 12 طائرة جديدة، ليرتفع العدد إلى 262": where the count
  // was, said before what was added (claim i): the nearest count before it, in its sentence or
  // in the one before as that sentence's one count, of the noun of what was added or of the
  // total; none where a time is named with it ("had 240 aircraft in 2019": others may have come
  // since) or it is the total already.
  const Claim* CountBeforeWhatWasAdded(size_t i, const Claim& to) const {
    const auto& claims = doc_.claims;
    const Claim& added = claims[i];
    size_t j = i;
    while (j > 0 && claims[j - 1].sentence == added.sentence && IsTime(claims[j - 1])) --j;
    if (j == 0 || claims[j - 1].sentence + 1 < added.sentence) return nullptr;
    const Claim& was = claims[j - 1];
    const bool named = !was.noun_key.empty() &&
                       (was.noun_key == added.noun_key || was.noun_key == to.noun_key);
    if (!IsPlainCount(was) || was.kind != to.kind || !named || was.value == to.value) {
      return nullptr;
    }
    if (was.sentence != added.sentence) {
      if (TheOneCountBefore(i, /*of_a_noun=*/true) != &was) return nullptr;
    }
    for (size_t k = j - 1; k-- > 0 && claims[k].sentence == was.sentence;) {
      if (IsTime(claims[k])) return nullptr;
    }
    if (j < i && claims[j].sentence == was.sentence) return nullptr;  // a time after it
    return &was;
  }

  // "rose to $5 million from $6 million", "تراجعت المبيعات من 100 إلى 120", "67.3%, up from
  // 68.8%": a word of rising or falling (arith_cues.tsv "direction") right before a change's
  // values, or between them, that went the other way beyond the rounding of both.
  void WrongWay(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& a = claims[i];
    const bool span = a.qualifier.empty() || a.qualifier == "range";  // no "ago", no "within"
    const bool measure = a.kind == Kind::kNumber || a.kind == Kind::kMoney ||
                         a.kind == Kind::kQuantity || a.kind == Kind::kPercent ||
                         (a.kind == Kind::kDuration && span);
    if (!measure) return;  // "lost money from 2015 to 2018": years, no values of a change
    // "from 100 to 120": rising values are one claim, a range opened by "from".
    if (a.qualifier == "range" && a.lower && a.upper && OpensWithFrom(a)) {
      if (DirectionBefore(a.norm_begin, a) < 0 && !QuotedPerCurrency(a, a)) {
        ReportWrongWay(a, a, a.lower->value, a.upper->value);
      }
      return;
    }
    // "fell to 3.9% in October from 3.4% in September": the first value's time between.
    size_t j = i + 1;
    if (j + 1 < claims.size() && IsTimeOrAgo(claims[j]) && TimeRightAfter(a, claims[j])) ++j;
    if (j >= claims.size()) return;
    const Claim& b = claims[j];
    const bool alike = (IsPlainAmount(a) || IsPlainShare(a)) &&
                       (IsPlainAmount(b) || IsPlainShare(b)) && a.kind == b.kind &&
                       a.unit == b.unit && a.sentence == b.sentence;
    constexpr size_t kNear = 24;  // bytes: ", up from", "، ارتفاعا من"
    if (!alike || doc_.Between(claims[j - 1], b).size() > kNear || IsAMultiple(a) ||
        IsAMultiple(b)) {
      return;
    }
    bool a_first = true;  // where the values began
    const int said = SaidWay(i, j, &a_first);
    if (said == 0 || QuotedPerCurrency(a, b) || OfTheCountBefore(i, j)) return;
    const Claim& from = a_first ? a : b;
    const Claim& to = a_first ? b : a;
    const double slack = Slack(from, to) + Slack(to, from);
    const double moved = *AsDouble(to.value) - *AsDouble(from.value);
    // (Never equal at the ends of their rounding either: "rose to 5 million from 6 million".)
    if ((said > 0 && moved < 0 && moved <= -slack) || (said < 0 && moved > 0 && moved >= slack)) {
      ReportWrongWay(from, to, from.value, to.value);
    }
  }

  // "a fivefold increase from 10 million", "twice": a multiple, never a change's value.
  bool IsAMultiple(const Claim& c) const {
    return ATimesWord(c) || AMultiplesWord(c) || ATimesTheWord(c);
  }

  // "twice", "triple" (arith_cues.tsv "times-the"): all of a claim, a multiple of the amount
  // after it.
  bool ATimesTheWord(const Claim& c) const {
    return c.kind == Kind::kNumber && AllOfACue(cues_, text_, c, "times-the");
  }

  // "14,000 employees in 30 countries, up from 9,000", "40 ألفا في 120 مدرسة، ارتفاعا من 35
  // ألفا", "40 stores in 12 cities, up from 31 stores": where a change began, named by no noun
  // or by another than the count right before it, after that count and another of another
  // noun a few words before, may be the other's.
  bool OfTheCountBefore(size_t i, size_t j) const {
    const auto& claims = doc_.claims;
    const Claim &a = claims[i], &b = claims[j];
    if (i == 0 || a.noun_key.empty() || b.noun_key == a.noun_key) return false;
    const Claim& other = claims[i - 1];
    return IsPlainAmount(other) && other.noun_key != a.noun_key &&
           other.sentence == a.sentence && AFewWords(doc_.Between(other, a), kFewWords);
  }

  // The way a change between claims i and j is said to go (+1 up, -1 down, 0 not said), and
  // in *a_first whether i is where it began: "from A to B", "to B from A" after a word of
  // rising or falling, or "B, up from A".
  int SaidWay(size_t i, size_t j, bool* a_first) const {
    const auto& claims = doc_.claims;
    std::string between = Trimmed(doc_.Between(claims[j - 1], claims[j]));
    while (const size_t n = MarkLength(between, false)) between.erase(0, n);  // ", up from"
    const size_t word_end = scan::SkipSpacesBack(text_, claims[i].norm_begin);
    const std::string_view before = scan::WordBefore(text_, word_end);
    const size_t opening = word_end - before.size();
    // ("rose 10% to $5 million from": the change said between.)
    const Claim* change = i > 0 && IsShare(claims[i - 1]) ? &claims[i - 1] : nullptr;
    if (IsTo(between) && IsFrom(before)) return DirectionBefore(opening, claims[i], change);
    *a_first = false;
    if (IsFrom(between) && IsTo(before)) {
      // "ارتفع عدد الناجحين إلى 40 من 120": "من" right after "إلى" and a count is "out of" as
      // often, where the first is smaller; only a fall to more is then the other way. Not
      // past the first value's time, or of rates ("إلى 26.5% في يونيو من 28.1%").
      const int said = DirectionBefore(opening, claims[i], change);
      const bool out_of = between != "from" && j == i + 1 && !IsShare(claims[i]);
      return out_of && said > 0 ? 0 : said;
    }
    const auto m = cues_.MatchAt(between, 0, "direction");  // "67.3%, up from 68.8%"
    if (m.entry && IsFrom(Trimmed(std::string_view(between).substr(m.end)))) {
      return WayOf(*m.entry);
    }
    return 0;
  }

  // "The rupee fell to 83.5 from 82.9 against the dollar": a currency's price in another,
  // which grows as the currency falls (arith_cues.tsv "fx-quote" near the values).
  bool QuotedPerCurrency(const Claim& a, const Claim& b) const {
    constexpr size_t kNear = 60;  // bytes
    const size_t from = a.norm_begin > kNear ? a.norm_begin - kNear : 0;
    const size_t to = std::min(text_.size(), b.norm_end + kNear);
    return cues_.StartsAWordIn(text_, from, to, "fx-quote");
  }

  // "fell from 15.7 to 30.9 to the dollar, losing about half its value", "من 15.7 جنيه
  // للدولار إلى 30.9 جنيه، أي فقد نحو نصف قيمته": a currency's price in another grows as it
  // falls; what it lost (`z`, in percent) is said of its value, the quote's inverse.
  bool LossOfAQuotedValue(const Shift& shift, double z, double slack) const {
    if (!QuotedPerCurrency(*shift.from_claim, *shift.to_claim)) return false;
    const std::optional<double> a = AsDouble(shift.from), b = AsDouble(shift.to);
    if (!a || !b || *a <= 0 || *b <= 0) return false;
    return std::fabs(100 * std::fabs(1 - *a / *b) - std::fabs(z)) <= slack;
  }

  // Whether `word` of the normalized text is "to", "إلى" (as the normalizer folds it).
  bool IsTo(std::string_view word) const {
    if (word == "to") return true;
    return !word.empty() && static_cast<unsigned char>(word[0]) >= 0x80 &&
           word == doc_.engine.normalizer().Fold("\xD8\xA5\xD9\x84\xD9\x89");
  }
  static bool IsFrom(std::string_view word) {
    return word == "from" || word == "\xD9\x85\xD9\x86";  // من
  }

  // +1 where a word of rising stands a few words before `at` in its clause ("Sales rose",
  // "ارتفعت المبيعات", "rose 5%"), -1 for one of falling, 0 for none: the nearest decides;
  // `change`, a claim that may end there, is passed over as a word. A word of pace tells
  // nothing of the values of a time (`value`): "doubling slowed from 2 days to 4.7 days".
  int DirectionBefore(size_t at, const Claim& value, const Claim* change = nullptr) const {
    constexpr int kWords = 5;  // "انخفض مؤشر داو جونز", "rose 5%"
    for (int words = 0; words < kWords; ++words) {
      at = scan::SkipSpacesBack(text_, at);
      if (change != nullptr && change->norm_end == at) {
        at = change->norm_begin;
        continue;
      }
      const std::string_view word = scan::WordBefore(text_, at);
      if (word.empty()) return 0;  // a mark or a number's end: ",", "5"
      at -= word.size();
      const auto m = cues_.MatchAt(text_, at, "direction");
      if (m.entry && m.entry->HasTag("pace") && value.kind == Kind::kDuration) return 0;
      if (m.entry) return WayOf(*m.entry);
    }
    return 0;
  }

  void ReportWrongWay(const Claim& from, const Claim& to, const std::string& a,
                      const std::string& b) {
    const bool rose = *AsDouble(b) > *AsDouble(a);
    std::vector<SpanRef> spans = {SpanOf(from)};
    if (&to != &from) spans.push_back(SpanOf(to));
    SortByStart(&spans);
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is a %s, said to be a %s", a, b,
                                      rose ? "rise" : "fall", rose ? "fall" : "rise"),
                      std::move(spans), rose ? "rise" : "fall", rose ? "fall" : "rise");
  }

  // "ارتفع عدد الإصابات إلى 250 بعد تسجيل 45 إصابة جديدة، بعد أن كان 205", "rose to 250
  // after 45 new infections were recorded, up from 205": where a count rose to, right after it
  // what was added (arith_cues.tsv "after-adding"), then where it was.
  void LevelAfterWhatWasAdded(size_t i) {
    constexpr size_t kNear = 80;  // bytes: " after 45 new infections were recorded, up from"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size() || !IsPlainCount(claims[i])) return;
    // ("reached 1,400 gigawatts last year, after 450": the level's time between.)
    const size_t a = i + 3 < claims.size() && IsTimeOrAgo(claims[i + 1]) &&
                             TimeRightAfter(claims[i], claims[i + 1])
                         ? i + 2
                         : i + 1;
    const Claim &level = claims[i], &added = claims[a], &before = claims[a + 1];
    // ("after 450 gigawatts were added, up from 1,050": a measure by its unit.)
    const bool measure = !added.unit.empty() && level.unit == added.unit &&
                         (before.unit.empty() || before.unit == added.unit);
    if (!IsPlainCount(level) || !IsPlainCount(added) || !IsPlainCount(before) ||
        (added.noun_key.empty() && !measure) ||
        !(level.noun_key.empty() || level.noun_key == added.noun_key) ||
        !(before.noun_key.empty() || before.noun_key == added.noun_key) ||
        before.sentence != level.sentence || doc_.Between(level, before).size() > kNear ||
        !CuedBefore(level, "to") || !JoinedBy(claims[a - 1], added, "after-adding") ||
        !CuedBefore(before, "since") || *AsDouble(before.value) >= *AsDouble(level.value)) {
      return;
    }
    CheckDifference(Shift{before.value, level.value, &before, &level, a + 1}, added);
  }

  // "The town, which had 12,000 residents, lost 1,800 of them in a decade, a drop of 15%",
  // "بلغ عدد سكانها 12 ألف نسمة، وفقدت 1800 منهم خلال عقد، أي بتراجع 15%": a count, a verb
  // of change and so many of it, then past a comma and its time the change named as a share:
  // of the count before the change, or after it, each figure rounded as written.
  void ChangeOfAWhole(size_t i) {
    constexpr size_t kNear = 60;  // bytes: "residents, lost"
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim &whole = claims[i - 1], &moved = claims[i];
    size_t k = i + 1;
    while (k + 1 < claims.size() && k <= i + 2 && IsTimeOrPeriod(claims[k])) ++k;
    const Claim& pct = claims[k];
    if (!IsPlainCount(whole) || whole.noun_key.empty() || !IsPlainCount(moved) ||
        !IsPlainShare(pct) || pct.sentence != whole.sentence ||
        *AsDouble(moved.value) >= *AsDouble(whole.value) ||
        !(moved.noun_key.empty() || moved.noun_key == whole.noun_key ||
          CuedAfter(moved, "them")) ||
        doc_.Between(whole, moved).size() > kNear || !CuedBefore(moved, "verb") ||
        !HasComma(doc_.Between(claims[k - 1], pct)) || !CuedBefore(pct, "change") ||
        !EndsAt(text_, pct.norm_end, ".,;\n")) {  // "a fall of 3% in its costs"
      return;
    }
    const double w = *AsDouble(whole.value), d = *AsDouble(moved.value);
    const double sw = Slack(whole, whole), sd = Slack(moved, moved), z = *AsDouble(pct.value);
    const double half = HalfUnit(pct);
    for (const double before : {w, w + d, w - d}) {
      const double low = 100 * (d - sd) / (before + sw + sd);
      const double high = 100 * (d + sd) / std::max(before - sw - sd, 1.0);
      if (z + half >= low && z - half <= high) return;
    }
    const std::string change = absl::StrFormat("%.2f", 100 * d / w);
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("%s of %s is a change of %s%%, not %s%%", moved.value,
                                      whole.value, change, pct.value),
                      {SpanOf(whole), SpanOf(moved), SpanOf(pct)}, change, pct.value);
  }

  // "The firm, which employs 5,200 people, will hire 300 more, bringing its workforce to
  // 5,500", "يعمل في المصنع 1200 عامل، وسيوظف 300 عامل إضافي ليصل عددهم إلى 1500": a count,
  // right after it so many more of it (arith_cues.tsv "added-more"), then the total they
  // bring it to, whose difference from the count they are.
  void CountThenMoreThenTotal(size_t i) {
    constexpr size_t kNear = 100;  // bytes: "people, said it would hire"
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim &base = claims[i - 1], &added = claims[i], &to = claims[i + 1];
    if (!IsPlainCount(added) || !IsPlainCount(base) || !IsPlainCount(to) ||
        base.noun_key.empty() || !AlikeInOneSentence(base, to) ||
        !AlikeInOneSentence(base, added) || doc_.Between(base, added).size() > kNear ||
        !MoreOfIt(base, added) || !OfTheCount(base, to) ||
        !(CuedBefore(to, "total-to") || TotalVerbBefore(to)) ||
        *AsDouble(to.value) <= *AsDouble(base.value)) {
      return;
    }
    const Shift shift{base.value, to.value, &base, &to, i + 1};
    CheckDifference(shift, added);
  }

  // Whether `added` is so many more of what `base` counts: its noun none or the same, and a
  // word of more right after it ("300 more", "300 عامل إضافي"), not "more than", nor more of
  // another noun ("80 more staff").
  bool MoreOfIt(const Claim& base, const Claim& added) const {
    if (!added.noun_key.empty() && added.noun_key != base.noun_key) return false;
    const size_t at = scan::SkipSpaces(text_, added.norm_end);
    const auto more = cues_.MatchAt(text_, at, "added-more");
    if (more.entry == nullptr) return false;
    const std::string_view next = scan::WordAt(text_, scan::SkipSpaces(text_, more.end));
    if (next == "than" || next == "\xD9\x85\xD9\x86") return false;  // "من": more than
    return next.empty() || doc_.engine.noun_stopwords().contains(std::string(next)) ||
           doc_.engine.noun_keys().Key(doc_.engine.normalizer().Fold(next)) == base.noun_key;
  }

  // Whether the total counts what the count counts: no noun, or the same.
  static bool OfTheCount(const Claim& base, const Claim& to) {
    return to.noun_key.empty() || to.noun_key == base.noun_key;
  }

  // "bringing its workforce to", "ليصل عددهم إلى": a verb of where a total rose (arith_cues.tsv
  // "total-verb"), a word or two of its subject, then "to", right before `to`.
  bool TotalVerbBefore(const Claim& to) const {
    constexpr int kSubjectWords = 2;
    const auto prep = cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, to.norm_begin), "to");
    return prep.entry &&
           cues_.EndsAWordBefore(text_, scan::SkipSpacesBack(text_, prep.end), "total-verb",
                                 kSubjectWords);
  }

  // "12 طائرة جديدة، ليرتفع أسطولها إلى 96 طائرة": where a total rose to (TotalVerbBefore),
  // a count of what was added.
  bool RoseToWhatWasAdded(const Claim& added, const Claim& to) const {
    return !to.noun_key.empty() && to.noun_key == added.noun_key && TotalVerbBefore(to);
  }

  // Whether the clause ends at `end`, or after a word for the day before ("56,000 yesterday.",
  // "56000 أمس،").
  bool EndsTheDayBefore(size_t end) const {
    constexpr std::string_view kMarks = ".,;\n";
    if (EndsAt(text_, end, kMarks)) return true;
    const size_t next = scan::SkipSpaces(text_, end);
    const auto day = doc_.engine.time_cues().MatchAt(text_, next, "day-of");
    return day.entry && day.entry->tags.at(1) == "-1" && EndsAt(text_, day.end, kMarks);
  }

  // Whether claim i is the amount of a change: "rise 17 fils", "بمقدار 5 دولارات", "cut 900
  // jobs", a verb or a word of change before; in Arabic the verb comes first, its subject
  // between ("قفز المؤشر 58 نقطة").
  bool ChangedBy(size_t i) const {
    const Claim& said = doc_.claims[i];
    return CuedBefore(said, "change") || CuedBefore(said, "verb") || CuedBefore(said, "by") ||
           CuedBefore(said, "change-after") || VerbBeforeItsSubject(i);
  }

  // "slid 12 cents, or 3%, to $3.88", "تراجع 0.12 دولار (3%) إلى 3.88 دولار": a change said as
  // an amount and as a share of where it began, then where it led; where it began is the
  // level less the amount, or more, as the change rose or fell (either will do: the verbs
  // say no way). A start said after ("from $4") is read by ChangeFirst.
  void DifferenceAndShare(size_t i) {
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    // "gained 2.1%, or 57 points, to 5,245": the share may come first.
    const bool share_first = claims[i].kind == Kind::kPercent;
    const Claim& said = claims[share_first ? i + 1 : i];
    const Claim& pct = claims[share_first ? i : i + 1];
    const Claim& to = claims[i + 2];
    if (to.sentence != said.sentence || !IsPlainCount(to) || !AChangeOf(said, pct, to)) return;
    const Claim& second = claims[i + 1];
    if (!RestatedRightAfter(claims[i], second)) return;
    // "or 12% of its value, falling to": what the change measures and a verb that says it
    // again, on the way to where it led; or where it settled ("at $79.40").
    const std::string rest =
        AfterCue(AfterCue(WordsPastTheBracket(second, to), "measure"), "going");
    if (!(CoveredBy(rest, cues_, "to") || CoveredBy(rest, cues_, "level")) ||
        SinceRightAfter(to) || !ChangedBy(i)) {
      return;
    }
    CheckLevelChange(said, pct, to);
  }

  // "closed at 4,512 on Friday, down 38 points, or 0.8%", "أغلق المؤشر عند 11250 نقطة، مرتفعا
  // 150 نقطة أو 1.35%": the level first (arith_cues.tsv "level"), then, past a comma, the
  // change that led to it as an amount and a share, which ends the clause.
  void LevelThenChange(size_t i) {
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size() || !IsPlainCount(claims[i])) return;
    const Claim& to = claims[i];
    // A time of its own may stand before the comma ("on Friday"); no verb of another thing.
    const size_t first = PastATime(i + 1, to);
    if (first + 1 >= claims.size() || claims[first + 1].sentence != to.sentence) return;
    const bool share_first = claims[first].kind == Kind::kPercent;
    const Claim& said = claims[share_first ? first + 1 : first];
    const Claim& pct = claims[share_first ? first : first + 1];
    if (!AChangeOf(said, pct, to) ||
        !EndsAt(text_, PastABracket(claims[first + 1].norm_end), ".,;\n") ||
        !(CuedBefore(to, "level") || CuedBefore(to, "price-level")) ||
        !RestatedRightAfter(claims[first], claims[first + 1])) {
      return;
    }
    const std::string_view words = doc_.Between(claims[first - 1], claims[first]);
    const Comma comma = CommaIn(words, /*last=*/true);
    if (comma.at == std::string_view::npos || comma.at > kFewWords ||
        !CoveredBy(Trimmed(words.substr(comma.past)), cues_, "change") ||
        AnotherThingBetween(to, claims[first])) {
      return;
    }
    CheckLevelChange(said, pct, to);
  }

  // "grew by 1.2 million to 11.2 million, an increase of 12%", "زاد بمقدار 1.2 مليون نسمة
  // ليصل إلى 11.2 مليون، أي بزيادة 12%", "rose $42 to $2,642 an ounce, a gain of 1.6%": the
  // change as an amount after "by" or its verb, where it led, then past a comma the change as
  // a share, which ends the clause.
  void DifferenceToThenShare(size_t i) {
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    // ("grew by 450 gigawatts last year to 1,870": the change's time between.)
    const size_t t = IsTimeOrAgo(claims[i + 1]) ? PastATime(i + 1, claims[i]) : i + 1;
    if (t + 1 >= claims.size()) return;
    const Claim &said = claims[i], &to = claims[t], &pct = claims[t + 1];
    if (pct.sentence != said.sentence || !IsPlainCount(to) || !AChangeOf(said, pct, to)) return;
    const std::string rest = AfterCue(WordsBetween(claims[t - 1], to), "going");
    // "The index closed up 45 points at 8,240": a word of change before the amount, and the
    // level it led to after "at", as a share's change may say it.
    const bool up_at = CuedBefore(said, "change") && CoveredBy(rest, cues_, "level");
    if (!(CoveredBy(rest, cues_, "to") || up_at) ||
        !(CuedBefore(said, "by") || CuedBefore(said, "verb") || up_at)) {
      return;  // not "from 1,250 to 1,350"
    }
    // ("$2,642 an ounce, a gain of": what the level is per may stand before the comma.)
    if (ChangeSaidPastAComma(to, pct)) CheckLevelChange(said, pct, to);
  }

  // "fell 2.8% to close at 11,820 points, losing 217 points", "تراجع المؤشر 2.8% ليغلق عند
  // 11820 نقطة، فاقدا 217 نقطة": the change as a share, where it led, then past a comma the
  // change as an amount after a word of change, which ends the clause.
  void ShareToThenDifference(size_t i) {
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim &pct = claims[i], &to = claims[i + 1], &said = claims[i + 2];
    if (said.sentence != pct.sentence || !IsPlainCount(to) || !AChangeOf(said, pct, to) ||
        !(CuedBefore(pct, "change") || VerbBeforeItsSubject(i))) {
      return;
    }
    const std::string rest = AfterCue(WordsBetween(pct, to), "going");
    if (!(CoveredBy(rest, cues_, "to") || CoveredBy(rest, cues_, "level"))) return;
    if (ChangeSaidPastAComma(to, said)) CheckLevelChange(said, pct, to);
  }

  // Whether `change` follows `to` past a comma a few words on and a word of change (after one
  // that restates: "، أي بزيادة"), and ends the clause: "$2,642, a gain of 1.6%.", "11,820,
  // losing 217 points."
  bool ChangeSaidPastAComma(const Claim& to, const Claim& change) const {
    const std::string_view words = doc_.Between(to, change);
    const Comma comma = CommaIn(words, /*last=*/false);
    if (comma.at == std::string_view::npos || comma.at > kFewWords) return false;
    // "by 5,000 to 95,000, or 5%": a word that restates it alone says the change too.
    const std::string after = Trimmed(words.substr(comma.past));
    const std::string rest = AfterCue(after, "restate");
    // ("$2,642, a 1.6% gain.": an article, then the change before its word of change.)
    const auto cue_after =
        cues_.MatchAt(text_, scan::SkipSpaces(text_, change.norm_end), "change-after");
    const bool cued_after = cue_after.entry && CoveredBy(rest, cues_, "change-lead");
    const size_t end = cued_after ? cue_after.end : change.norm_end;
    return (CoveredBy(rest, cues_, "change") || (rest.empty() && !after.empty()) || cued_after) &&
           EndsAt(text_, PastABracket(end), ".,;\n");
  }

  // Whether `said` and `pct` may be a change of `to`'s value as an amount and a plain share
  // of where it began: the amount in `to`'s kind and unit.
  static bool AChangeOf(const Claim& said, const Claim& pct, const Claim& to) {
    return pct.kind == Kind::kPercent && IsShare(pct) && pct.qualifier.empty() &&
           IsPlainCount(said) && said.kind == to.kind && said.unit == to.unit;
  }

  // Where the text goes on past a closing bracket right after `at` ("(2%)."), or `at`.
  size_t PastABracket(size_t at) const {
    const size_t next = scan::SkipSpaces(text_, at);
    return next < text_.size() && text_[next] == ')' ? next + 1 : at;
  }

  // A change of `said`, `pct` per cent of where it began, that led to `to`.
  void CheckLevelChange(const Claim& said, const Claim& pct, const Claim& to) {
    const double d = *AsDouble(said.value), t = *AsDouble(to.value), p = *AsDouble(pct.value);
    const double hd = HalfUnit(said), ht = HalfUnit(to), hp = HalfUnit(pct);
    if (d - hd <= 0 || t - ht <= 0) return;
    // The share of a start of t - d (a rise) or t + d (a fall), at its least and most.
    const auto fits = [&](double sign) {
      const double least = (d - hd) / (t + ht - sign * (d - hd));
      const double most = (d + hd) / (t - ht - sign * (d + hd));
      return (most <= 0 && sign > 0) || (100 * least <= p + hp && p - hp <= 100 * most);
    };
    if (fits(1) || fits(-1)) return;
    const double rise = 100 * d / (t - d), fall = 100 * d / (t + d);
    const bool rose = t > d && std::fabs(rise - p) < std::fabs(fall - p);
    const std::string as_rise =
        t > d ? absl::StrFormat("%.2f%% of %s or ", rise, Number(t - d)) : std::string();
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("a change of %s to %s is %s%.2f%% of %s, not %s%%",
                                      said.value, to.value, as_rise, fall, Number(t + d),
                                      pct.value),
                      {SpanOf(said), SpanOf(pct), SpanOf(to)},
                      absl::StrFormat("%.2f", rose ? rise : fall),
                      pct.value);
  }

  // "a dividend of 45 cents, up 20% from 40 cents", "120 مليون دينار، بزيادة 20% مقارنة بـ100
  // مليون": where a change led, the change, then where it began.
  // "48 million passengers last year, 19% more than the 44 million": the time of where it led
  // between it and the change, and a comparison that says the change and where it began.
  void ChangeBetween(size_t i) {
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    size_t t = i - 1;
    // "27.5 مليار دولار في الربع الثاني، بانخفاض": an ordinal there numbers a period.
    // "2.1 مليون سائح إلى غاية 20 جوان، بزيادة": a date a few words on, "until" it;
    // "48,000 migrants crossed the Channel last year, up": a verb and its object before a time.
    // "591,000, the lowest since 2002, 5% fewer": a record's year.
    const bool period = claims[t].kind == Kind::kOrdinal;
    if (t > 0 && (IsTimeOrAgo(claims[t]) || period) &&
        (TimeRightAfter(claims[t - 1], claims[t], kFewWords) ||
         (claims[t].kind == Kind::kYear && InARecord(claims[t - 1], claims[t])))) {
      --t;
    }
    const Claim& pct = claims[i];
    // "a 25% premium over Friday's close of $33.60", "up 10% from last year's 520": a time's
    // possessive on the way.
    // "بنمو 3% عن 2022 التي سجلت 306 مليارات": the year it began in, then a clause of its level.
    // "بزيادة 25% عن العام الماضي الذي سجل 800 ألف زائر": last year, named in words.
    const bool year_first = i + 2 < claims.size() &&
                            (pct.kind == Kind::kPercent || IsPlainAmount(pct)) &&
                            (claims[i + 1].kind == Kind::kYear ||
                             claims[i + 1].qualifier == "ago") &&
                            (CoveredBy(Trimmed(doc_.Between(claims[i + 1], claims[i + 2])),
                                       cues_, "price-of") ||
                             WhenItDid(claims[i + 1], claims[i + 2]));
    const size_t f =
        i + 2 < claims.size() && (TimesPossessive(claims[i + 1]) || year_first) ? i + 2 : i + 1;
    const Claim& from = claims[f];
    // "320 عارضا من 28 دولة، بزيادة 23% على ... 260 عارضا": where it led, then where what it
    // counts came from.
    if (t > 0 && FromWhereItsCountCame(claims[t - 1], claims[t], from)) --t;
    const Claim& to = claims[t];
    // "1.2 million barrels a day in May, up 20% from 1.1 million": a bare start is in the
    // unit of where it led.
    const bool bare_from = IsPlainCount(to) && IsPlainCount(from) && from.kind == Kind::kNumber &&
                           from.unit.empty() && from.noun.empty() && from.sentence == to.sentence;
    // "54,000, 3,000 fewer than the 56,000": the difference said by a comparison; "10 million
    // tonnes, a threefold increase from": a multiple of where it began, of any unit.
    const bool difference =
        AlikeInOneSentence(to, pct) || (AMultiplesWord(pct) && IsPlainAmount(to));
    // "61.4%, up 3.2 points from 58.2%": a rate's change, in points or per cent.
    const bool rates = IsPlainShare(to) && IsPlainShare(from) && from.sentence == to.sentence;
    const bool points = rates && InPoints(pct);
    // ("1200 عارض، بزيادة 20% على ... 65 دولة": two counts of other nouns.)
    if (!(IsShare(pct) || difference || points) || !pct.qualifier.empty() ||
        CountOtherNouns(to, from) ||
        !(AlikeInOneSentence(to, from) || bare_from || rates) || pct.sentence != to.sentence) {
      return;
    }
    // Two rates around a percentage are common: read their cue in place before any words.
    if (rates && !AlikeInOneSentence(to, from) && !bare_from && !SinceRightAfter(pct)) return;
    // "1.8 million this year, up 50% from": a time with no number of its own may stand between;
    // "، أي بزيادة 30% عن": the change restated.
    std::string said = AfterCue(WordsPastATime(claims[i - 1], pct), "restate");
    // "in the second quarter, down": the period's noun after its ordinal, then the change;
    // "1.4 million homes without power, down", "150 ملم من الأمطار، أي": a word or two of what
    // the level counts.
    constexpr size_t kOfWhat = 24;  // bytes: "من الأمطار"
    if (const Comma comma = CommaIn(said, /*last=*/true);
        comma.at != std::string::npos &&
        ((t < i - 1 && period) ||
         AFewWords(std::string_view(said).substr(0, comma.at), kOfWhat, ",(0123456789"))) {
      said = AfterCue(Trimmed(std::string_view(said).substr(comma.past)), "restate");
    }
    // ("0.3 points from": the word "points" is no part of a claim under one.) "from
    // Friday's 11,964", "from Friday's close of 11,964": the words up to the weekday.
    const Claim& began_at =
        f == i + 2 && (year_first || FromATimesLevel(claims[i + 1], from)) ? claims[i + 1] : from;
    std::string began =
        points ? AfterCue(WordsBetween(pct, began_at), "points") : WordsBetween(pct, began_at);
    // "40 more than last year's 520": the comparison's cue ends in the time's first word.
    if (&began_at != &from && began_at.kind == Kind::kDuration &&
        !cues_.MatchAt(began, 0, "since").entry) {
      began.append(" ").append(scan::WordAt(text_, began_at.norm_begin));
    }
    // "1.4 million, a 15% rise from": an article before the share, the change's noun after it.
    const auto* noun = points || !CoveredBy(said, cues_, "change-lead")
                           ? nullptr
                           : cues_.MatchAt(began, 0, "change-after").entry;
    const bool noun_after = noun != nullptr;
    if (noun_after) began = AfterCue(began, "change-after");
    auto since = cues_.MatchAt(began, 0, "since");
    // "بزيادة 30% على 1000 عارض": "على" after a share a word of change came before is "over".
    if (!since.entry && !noun_after) since = cues_.MatchAt(began, 0, "over-base");
    // "أي أقل بنسبة 30% من 250 ملم": "من" after a comparative and "by" is "than".
    if (const auto* by = CoveringEntry(said, cues_, "change");
        !since.entry && by != nullptr && by->HasTag("than")) {
      since = cues_.MatchAt(began, 0, "than-from");
    }
    // "a 15% rise on the 1.12 million": "on" after the change's noun is "from"; so is "over"
    // after a premium ("a 25% premium over Friday's close of").
    const bool on = noun_after && (began == "on" || began == "on the" ||
                                   (noun->HasTag("premium") && OverAPrice(began)));
    // "up 15% from the 1.12 million of 2022": the article of where it began.
    // "down 15% from its previous close of $37": what it began at named before it.
    // "بزيادة 16% عن موازنة العام الماضي البالغة": the one word of what it was, in construct
    // with the time it began at.
    const auto named = [&] {
      const std::string rest = Trimmed(std::string_view(began).substr(since.end));
      return APriceNamed(rest) || (&began_at != &from && OneArabicWord(rest));
    };
    if (!on && (!since.entry || !named())) return;
    // "54,000 at year end, 3,000 fewer than": a word or two of its time may stand between.
    const bool than = !on && since.entry->HasTag("than") &&
                      (AFewWords(said, kAWordOrTwo) || DidThenAComma(claims[i - 1], pct));
    // "$5.2 billion, up $600 million from $4.8 billion": a difference after a word of change.
    if (!than && !(noun_after || CoveredBy(said, cues_, "change"))) return;
    const Shift shift{from.value, to.value, &from, &to, f};
    if (difference) return CheckDifference(shift, pct);
    if (rates) return RateChange(shift, pct);
    CheckChange(shift, pct);
  }

  // Whether the words from a year to a level are a clause of when it was, its verb one word
  // ("in 2022, when it carried 28.3 million", "عن 2022 حين نقلت 28.3 مليون").
  bool WhenItDid(const Claim& year, const Claim& level) const {
    const std::string words = Trimmed(PastALeadingComma(TrimSpaces(doc_.Between(year, level))));
    const auto when = cues_.MatchAt(words, 0, "when-it");
    if (!when.entry) return false;
    const std::string verb = Trimmed(std::string_view(words).substr(when.end));
    return !verb.empty() && verb.find(' ') == std::string::npos;
  }

  // Whether `where` is a count of another noun "من", "from" right after `level`, which counts
  // what `from` does: "320 عارضا من 28 دولة", "1,200 exhibitors from 65 countries".
  bool FromWhereItsCountCame(const Claim& level, const Claim& where, const Claim& from) const {
    if (level.noun_key.empty() || level.noun_key != from.noun_key ||
        !CountOtherNouns(level, where) || level.sentence != where.sentence) {
      return false;
    }
    const std::string between = WordsBetween(level, where);
    return between == "\xD9\x85\xD9\x86" || between == "from";  // من
  }

  // "3,200 people died on the roads, 18% fewer than the 3,480": a few words of what the level
  // did, then a comma right before the comparison.
  bool DidThenAComma(const Claim& level, const Claim& pct) const {
    const std::string_view did = doc_.Between(level, pct);
    const size_t comma_end = PastACommaBack(did, did.size());
    return comma_end != std::string_view::npos &&
           AFewWords(did.substr(0, comma_end), kFewWords, ",(0123456789");
  }

  // Whether the words from a time's "'s" to a level are none or a word or two and "of"
  // ("Friday's 11,964", "Friday's close of 11,964", "last year's 520").
  bool FromATimesLevel(const Claim& time, const Claim& level) const {
    constexpr size_t kAWordOrTwoOf = 24;  // bytes: "'s closing level of"
    const std::string words = AfterCue(Trimmed(doc_.Between(time, level)), "possessive");
    return words.empty() || (words.size() <= kAWordOrTwoOf && words.ends_with(" of"));
  }

  // Whether `c` is a weekday alone or a time a unit ago in words written with "'s" ("Friday's
  // close", "last year's 520"), or an Arabic weekday alone that a price's name follows.
  bool TimesPossessive(const Claim& c) const {
    const bool weekday = c.kind == Kind::kDate && c.value.empty();
    const bool last_year = c.kind == Kind::kDuration && c.qualifier == "ago" &&
                           c.script == "words" && c.value == "1";
    if (!weekday && !last_year) return false;
    // "عن إغلاق الجمعة البالغ 4975": a weekday in construct with the noun of the price, which
    // "البالغ" then names.
    if (weekday && static_cast<unsigned char>(text_[c.norm_begin]) >= 0x80) {
      return cues_.MatchAt(text_, scan::SkipSpaces(text_, c.norm_end), "price-of").entry != nullptr;
    }
    const std::string_view after = std::string_view(text_).substr(c.norm_end);
    return after.starts_with("'s ") || after.starts_with("\xE2\x80\x99s ");  // ' or ’
  }

  // The words between a premium and the price it is over: "over", "to the", or one of them, a
  // few words, and "close of" ("over Friday's close of", "to the stock's closing price of").
  bool OverAPrice(std::string_view words) const {
    const auto base = cues_.MatchAt(words, 0, "premium-base");
    return base.entry && APriceNamed(Trimmed(words.substr(base.end)));
  }

  // Whether `word` is one word of Arabic script ("موازنة").
  static bool OneArabicWord(std::string_view word) {
    return !word.empty() && static_cast<unsigned char>(word[0]) >= 0x80 &&
           word.find(' ') == std::string_view::npos;
  }

  // Whether `rest` is nothing, "the", an owner's ("last year's") or a few words and "close of"
  // ("Friday's close of", "its previous close of"): what stands between a word of "from" and
  // the price it names.
  bool APriceNamed(const std::string& rest) const {
    constexpr size_t kFewWordsOfAPrice = 4;  // "سعر إغلاق الجمعة البالغ"
    constexpr std::ptrdiff_t kOwnersWords = 4;  // "the previous record holder's"
    if (rest.empty() || rest == "the") return true;
    // "than last season's 68", "from last year's 520", "than his nearest rival's 18": an
    // owner's, a few words.
    if (const auto owner = cues_.MatchBefore(rest, rest.size(), "possessive");
        owner.entry && std::count(rest.begin(), rest.end(), ' ') < kOwnersWords) {
      return true;
    }
    const auto of = cues_.MatchBefore(rest, rest.size(), "price-of");
    return of.entry &&
           std::count(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(of.end), ' ') <
               static_cast<std::ptrdiff_t>(kFewWordsOfAPrice);
  }

  // Whether "from", "مقارنة بـ" (arith_cues.tsv "since") follows a claim, after its "points"
  // and marks.
  bool SinceRightAfter(const Claim& c) const {
    size_t at = c.norm_end;
    for (size_t mark = 1; mark != 0; at += mark) mark = MarkLength(text_.substr(at), false);
    if (const auto points = cues_.MatchAt(text_, at, "points"); points.entry) {
      at = scan::SkipSpaces(text_, points.end);
    }
    return cues_.MatchAt(text_, at, "since").entry != nullptr;
  }

  // "بنسبة 72 بالمائة من حيث القيمة (...) و62 بالمائة من حيث الكمية": a percentage joined
  // by a glued "و" to the change's percentage before it is another change of the same thing.
  bool AnotherChangeOfIt(size_t i) const {
    static constexpr std::string_view kAnd = "\xD9\x88";  // و
    const Claim& pct = doc_.claims[i];
    if (pct.norm_begin < kAnd.size() ||
        text_.substr(pct.norm_begin - kAnd.size(), kAnd.size()) != kAnd) {
      return false;
    }
    for (size_t j = i; j-- > 0 && doc_.claims[j].sentence == pct.sentence;) {
      if (IsShare(doc_.claims[j])) return CuedBefore(doc_.claims[j], "change");
    }
    return false;
  }

  // The change from A to B said to be C %, where A and B may each be rounded by half a unit
  // of their last digit: a finding when no values they round from make it C %.
  // Whether Z% is the change from A to B, each rounded as written; *change is the change.
  static bool RelativeFits(const Shift& shift, const Claim& pct, double* change) {
    const std::optional<double> z = AsDouble(pct.value);
    if (!z) return true;
    // "بزيادة نحو 26%", "up about 26%": loosely, as a fraction is said.
    if (pct.qualifier == "about") {
      return ChangeFits(shift, *z, std::max(kFractionSlack, 0.1 * *z), change);
    }
    // "بزيادة تتجاوز 26%", "a rise of less than 5%": the side the bound holds, a twentieth
    // loose for a bound said of a rounded change.
    if (const int side = BoundSide(pct); side != 0) {
      const double slack = std::max(HalfUnit(pct), 0.05 * *z);
      return ChangeFits(shift, *z, side > 0 ? slack : kNoBound, side < 0 ? slack : kNoBound,
                        change);
    }
    return !pct.qualifier.empty() || ChangeFits(shift, *z, HalfUnit(pct), change);
  }

  static constexpr double kNoBound = std::numeric_limits<double>::infinity();

  // Whether Z %, give or take `slack` points, is the change from A to B, each rounded as
  // written (true where there is nothing to compare); *change is the change.
  static bool ChangeFits(const Shift& shift, double z, double slack, double* change) {
    return ChangeFits(shift, z, slack, slack, change);
  }

  // The same, `below` points loose under Z and `above` over it.
  static bool ChangeFits(const Shift& shift, double z, double below, double above,
                         double* change) {
    const std::optional<double> a = AsDouble(shift.from), b = AsDouble(shift.to);
    if (!a || !b || *a <= 0) return true;
    const Claim &from = *shift.from_claim, &to = *shift.to_claim;
    const double ha = Slack(from, to), hb = Slack(to, from);
    if (*a - ha <= 0) return true;
    *change = 100 * std::fabs(*b - *a) / *a;
    const double most = 100 * std::max((*b + hb) / (*a - ha) - 1, 1 - (*b - hb) / (*a + ha));
    const double least =
        100 * std::max({(*b - hb) / (*a + ha) - 1, 1 - (*b + hb) / (*a - ha), 0.0});
    return z + above >= least && z - below <= most;
  }

  void CheckChange(const Shift& shift, const Claim& pct) {
    // Of the loss said: the inverse's rounding is loose, and rates are quoted more ways than
    // one (official, parallel, buying, selling).
    constexpr double kQuoteSlack = 0.15;
    double change = 0;
    if (IsWordFraction(pct, /*about=*/true)) return CheckFractionChange(shift, pct);
    if (RelativeFits(shift, pct, &change)) return;
    if (const std::optional<double> z = AsDouble(pct.value);
        z && LossOfAQuotedValue(shift, *z, std::max(kFractionSlack, kQuoteSlack * *z))) {
      return;
    }
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is a change of %.2f%%, not %s%s%%",
                                      shift.from, shift.to, change, BoundSaid(pct), pct.value),
                      SpansOf(shift, pct), absl::StrFormat("%.2f", change), pct.value);
  }

  // "by a third" of a change from A to B: within kFractionSlack points of the fraction, with A
  // and B each rounded as written.
  void CheckFractionChange(const Shift& shift, const Claim& fraction) {
    const std::optional<double> f = AsDouble(fraction.value);
    if (!f) return;
    // A fraction is said of a change loosely: "by half" of 53 %, "by a third" of 30 %; about
    // one ("by roughly a quarter") twice as loosely.
    const double z = 100 * *f;
    const double loose = fraction.qualifier == "about" ? 2 : 1;
    const double slack = loose * std::max(kFractionSlack, 0.1 * z);
    double change = 0;
    if (ChangeFits(shift, z, slack, &change) || LossOfAQuotedValue(shift, z, slack)) return;
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is a change of %.2f%%, not %s", shift.from,
                                      shift.to, change, fraction.text),
                      SpansOf(shift, fraction), absl::StrFormat("%.2f", change),
                      Number(z));
  }

  // Whether a range opens with "from", "من": a change's ends, where "between" gives bounds.
  // ("to 5%-7% growth from 8%-10%": "from" before ends joined by a dash opens where a change
  // began, a range itself, not a change from one end to the other.)
  bool OpensWithFrom(const Claim& c) const {
    const auto open = doc_.engine.range_cues().MatchAt(text_, c.norm_begin, "open");
    if (!open.entry || (open.entry->phrase != "from" &&
                        open.entry->phrase != "\xD9\x85\xD9\x86")) {  // من
      return false;
    }
    const std::string_view ends = std::string_view(text_).substr(open.end, c.norm_end - open.end);
    for (size_t at = 1; at < ends.size(); ++at) {
      const char before = ends[at - 1];
      const bool dash = ends[at] == '-' || ends.substr(at).starts_with("\xE2\x80\x93");  // –
      if (dash && (scan::IsAsciiDigit(before) || before == '%')) return false;
    }
    return true;
  }

  // A change from one value to another starting at claim i: a range of one quantity, or two
  // claims joined by "to". A period's range is a change only from "from" ("sentenced to
  // between 5 and 10 years").
  std::optional<Shift> FromTo(size_t i) const {
    const auto& claims = doc_.claims;
    const Claim& c = claims[i];
    if (c.qualifier == "range" && c.lower && c.upper && c.kind != Kind::kPercent &&
        c.kind != Kind::kYear && (c.kind != Kind::kDuration || OpensWithFrom(c))) {
      return Shift{c.lower->value, c.upper->value, &c, &c, i};
    }
    // ("from 25 to 15 square kilometres": a bare start leaves its unit to where it led; falling
    // ends make no range.)
    const auto bare_start = [&](const Claim& to) {
      return c.kind == Kind::kNumber && c.unit.empty() && c.noun_key.empty() &&
             c.scale.is_zero() && IsPlainAmount(c) && (to.kind == Kind::kQuantity ||
                                                       to.kind == Kind::kMoney) &&
             IsPlainAmount(to) && to.sentence == c.sentence && CuedFrom(c);
    };
    if (i + 1 < claims.size() &&
        (AlikeInOneSentence(c, claims[i + 1]) || bare_start(claims[i + 1])) &&
        JoinedByTo(c, claims[i + 1])) {
      return Shift{c.value, claims[i + 1].value, &c, &claims[i + 1], i + 1};
    }
    // "من 707 مليون دينار في نهاية أفريل 2016 إلى 1108 مليون دينار", "from 1,200 last week
    // to 900": the time of the first value between the two.
    if (i + 2 < claims.size() && IsTimeOrAgo(claims[i + 1]) &&
        AlikeInOneSentence(c, claims[i + 2]) &&
        CuedFrom(c) && JoinedByTo(claims[i + 1], claims[i + 2], /*from_cued=*/false)) {
      return Shift{c.value, claims[i + 2].value, &c, &claims[i + 2], i + 2};
    }
    return std::nullopt;
  }

  // "to $120m from $100m", "لتبلغ 120 مليونا مقابل 100 مليون", and after a few words of what
  // changed ("بنسبة 66 بالمائة في مستوى القيمة الى حدود 496 م د مقابل 1446 م د"): where a
  // change led, after `gap` (the words before it), then where it began. Not after a comma, nor
  // in brackets, where the press gives one item of what changed ("بنسبة 13،9 بالمائة نتيجة
  // تطور مبيعات التمور (197 م د مقابل 139،5 م د)").
  std::optional<Shift> ToThenFrom(size_t i, std::string_view between,
                                  const std::string& rest) const {
    constexpr size_t kNear = 60;  // bytes: a few words, no clause of its own
    // ("up 18% from 12 million in 2022 but still below the 15.5 million of 2019": a value after
    // "from" is where the change began, never where it led.)
    if (CuedFrom(doc_.claims[i])) return std::nullopt;
    // "بنسبة 3.5%، ليغلق عند 9650 نقطة": a comma, then the verb of where it closed.
    if (AFewWords(between, kNear) || CoveredBy(rest, cues_, "to") ||
        CoveredBy(rest, cues_, "level") || VerbItsSubjectThenTo(rest) ||
        ExplainedByItsLevel(rest)) {
      return Against(i, /*change_first=*/true);
    }
    // "rose 18% in the first quarter, to $1,350": a comma after the change's time.
    const size_t comma = between.rfind(',');
    const bool to_after_time =
        comma != std::string_view::npos && AFewWords(between.substr(0, comma), kNear) &&
        CoveredBy(Trimmed(between.substr(comma + 1)), cues_, "to");
    return to_after_time ? Against(i, /*change_first=*/true) : std::nullopt;
  }

  // "بنسبة 7.4%، حيث بلغت قيمتها": a change explained by the level it led to, said of the
  // thing itself (no subject, or one with the thing's possessive), not of an item of it
  // ("حيث بلغت صادرات الفوسفات").
  bool ExplainedByItsLevel(std::string_view words) const {
    const auto explain = cues_.MatchAt(words, 0, "explain");
    if (!explain.entry || explain.entry->HasTag("level")) return false;
    const std::string_view after = words.substr(scan::SkipSpaces(words, explain.end));
    const auto verb = cues_.MatchAt(after, 0, "reached");
    if (!verb.entry) return false;
    const std::string subject = Trimmed(after.substr(verb.end));
    return subject.empty() || (subject.find(' ') == std::string::npos &&
                               claims::WrittenWithAPossessive(subject, /*others=*/true));
  }

  // "ليغلق المؤشر عند", "لتصل قيمة الصادرات إلى", "taking the average ticket to": a verb of
  // where a change led and its preposition (arith_cues.tsv "level", "to"), a word or two of
  // its subject or object between (English's article or owner aside).
  bool VerbItsSubjectThenTo(std::string_view words) const {
    constexpr int kSubjectWords = 2;
    const size_t first_end = words.find(' ');
    const size_t last_start = words.rfind(' ');
    if (first_end == std::string_view::npos || last_start == first_end) return false;
    std::string_view between = words.substr(first_end + 1, last_start - first_end - 1);
    for (const std::string_view article : {"the ", "its ", "their "}) {
      if (between.starts_with(article)) between.remove_prefix(article.size());
    }
    if (std::count(between.begin(), between.end(), ' ') + 1 > kSubjectWords) return false;
    std::string verb_to(words.substr(0, first_end));
    verb_to.append(words.substr(last_start));
    return CoveredBy(verb_to, cues_, "level") || CoveredBy(verb_to, cues_, "to");
  }

  // "Sales were $100 million in 2022 and rose to $130 million", "كان عدد السكان 800 ألف نسمة،
  // وارتفع اليوم إلى 1.2 مليون": a value, then past its time only its verb of change (after
  // "and", "then", "ثم" or a comma) and "to" another value alike (or a verb of reaching,
  // "لتصل إلى", alone), the times said between left aside: where a change began and led.
  std::optional<Shift> WasThenRoseTo(size_t i) const {
    constexpr size_t kNear = 64;  // bytes: " in 2022 and rose to", "، وارتفع اليوم إلى"
    const auto& claims = doc_.claims;
    const Claim& began = claims[i];
    if (!IsPlainCount(began)) return std::nullopt;
    size_t t = i + 1;
    while (t < claims.size() && t <= i + 2 && IsTimeOrAgo(claims[t])) ++t;
    if (t >= claims.size()) return std::nullopt;
    const Claim& led = claims[t];
    if (!IsPlainCount(led) || led.sentence != began.sentence || led.kind != began.kind ||
        led.unit != began.unit || !(led.noun_key.empty() || led.noun_key == began.noun_key) ||
        doc_.Between(began, led).size() > kNear) {
      return std::nullopt;
    }
    const auto to = cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, led.norm_begin), "to");
    if (!to.entry || !OnlyAVerbOfChange(i, t, to.end, to.entry->HasTag("reach"))) {
      return std::nullopt;
    }
    const double ratio = *AsDouble(led.value) / *AsDouble(began.value);
    if (!(ratio > 0.2 && ratio < 5)) return std::nullopt;  // another order of things
    return Shift{began.value, led.value, &began, &led, t};
  }

  // Whether the words from claim i to `end` (where the "to" before claim t starts), the times
  // between and words of now left aside, are one verb of change (arith_cues.tsv "verb" or
  // "direction", "و" glued or not) and words that join it ("and", "then", "ثم", "is projected
  // to", "in" before a time); none where the "to" is `reaching` ("لتصل إلى").
  bool OnlyAVerbOfChange(size_t i, size_t t, size_t end, bool reaching) const {
    // (Kept here, not in arith_cues.tsv: words this common there would lengthen the walk back
    // from every number that extraction asks of the cues, 2 instructions a byte.)
    static constexpr std::string_view kJoins[] = {
        "and", "then", "in", "has", "have", "had", "is", "are", "will", "would", "expected",
        "projected", "forecast", "set", "to",
        "\xD8\xAB\xD9\x85",   // ثم
        "\xD9\x81\xD9\x8A"};  // في
    const auto& claims = doc_.claims;
    int verbs = 0;
    for (size_t at = scan::NextLetter(text_, claims[i].norm_end); at < end;
         at = scan::NextLetter(text_, at)) {
      // (A time's words are its claim's: "اليوم", "in 2022".)
      const auto time = std::find_if(claims.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                     claims.begin() + static_cast<std::ptrdiff_t>(t),
                                     [at](const Claim& c) {
                                       return c.norm_begin <= at && at < c.norm_end;
                                     });
      if (time != claims.begin() + static_cast<std::ptrdiff_t>(t)) {
        at = time->norm_end;
        continue;
      }
      const size_t start = at;
      at = scan::LetterRunEnd(text_, start);
      const auto whole_word = [&](const scan::PhraseList& cues, size_t from,
                                  std::string_view meaning) {
        return cues.MatchAt(text_, from, meaning).end == at;
      };
      // ("وارتفع اليوم إلى", "and has now risen to": a word of now is a time too.)
      if (whole_word(doc_.engine.time_cues(), start, "now") ||
          absl::c_linear_search(kJoins, text_.substr(start, at - start))) {
        continue;
      }
      const size_t verb_at =
          claims::GluedClitic(text_, start) && text_.compare(start, 2, "\xD9\x88") == 0  // و
              ? start + 2
              : start;
      // ("to fall to": a word of the way it went in its base form is the verb too.)
      if (!whole_word(cues_, verb_at, "verb") && !whole_word(cues_, verb_at, "direction")) {
        return false;
      }
      ++verbs;
    }
    return verbs == 1 || (verbs == 0 && reaching);
  }

  // "120 مليونا مقابل 100 مليون", "$120m, up from $100m": where a change led, then where it
  // began; `change_first` where the change was said before them.
  std::optional<Shift> Against(size_t i, bool change_first = false) const {
    const auto& claims = doc_.claims;
    // "$2.4 billion, or $1.12 a share, against $2.1 billion": the amount per share led nowhere.
    if (i + 1 >= claims.size() || PerShareRestated(i)) return std::nullopt;
    const Claim& to = claims[i];
    // "لتبلغ 3117.9 مليون دينار، بتاريخ يوم 10 جوان 2017، مقابل 2084.2 مليون دينار": the time
    // of the value the change led to between the two.
    const size_t j = PastATime(i + 1, to);
    const Claim& from = claims[j];
    // "بحوالي 242 ألف طن مقابل 246 ألف طن": where it led may be said to be about so much.
    const bool about_to = to.qualifier == "about" && IsPlainAmount(from) && !to.value.empty() &&
                          to.kind == from.kind && to.unit == from.unit &&
                          to.sentence == from.sentence;
    if (!AlikeInOneSentence(to, from) && !about_to) return std::nullopt;
    // Not a count of another noun: "drew 1,200 exhibitors from 65 countries".
    if (CountOtherNouns(to, from)) return std::nullopt;
    // "مقابل مليونين للمتحف المجاور": another's value, not where this one began (what it is
    // per is no other: "مقابل 13.9 دينار للكغ"; nor a time: "للربع الأول", "لكامل سنة 2023").
    if (ForTheRival(from) &&
        !cues_.MatchAt(text_, scan::SkipSpaces(text_, from.norm_end), "per").entry &&
        !TimeOfIt(j)) {
      return std::nullopt;
    }
    // After a period named by an ordinal, its noun before the cue: "in the first half, from".
    // "ارتفع إلى 12340 نقطة من 12255": "من" is "from" after where a rise led, where "إلى"
    // names it and it began lower (a share "من" a whole is larger than it), or where a change
    // said after them measures the fall ("انخفض إلى 3.2 مليار من 4.1 مليار، أي بتراجع 22%"),
    // or before them ("تراجعت بنسبة 15% إلى 85 ألف سيارة من 100 ألف سيارة").
    // After a change said first, only where the two are named alike: "إلى 40 من 120 طالبا" is
    // a share of its whole still.
    // "إلى 48 ألف سيارة، من 60 ألفا": past a comma, the noun is left out the second time; a
    // share of a whole has none before it.
    const bool named_alike =
        !to.unit.empty() ||
        (!to.noun_key.empty() && (to.noun_key == from.noun_key ||
                                  (from.noun_key.empty() &&
                                   HasComma(doc_.Between(claims[j - 1], from)))));
    // "إلى 480 ألفا في 2023 من 520 ألفا": the time of where it led between.
    const bool led_from = FromBetween(claims[j - 1], from) &&
                          (*AsDouble(from.value) < *AsDouble(to.value) ||
                           (change_first && named_alike) || ChangeSaidAfter(j) ||
                           FallSaidAfter(j, to)) &&
                          cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, to.norm_begin),
                                            "to").entry;
    // "fell 8% to 412,000 recorded offences from 470,000": after a change said first, a word or
    // two that name what the first counts, no noun taken ("-ed" may be a verb).
    const bool named_between = change_first && j == i + 1 && to.noun.empty() &&
                               CountedWordsThenSince(to, from);
    const bool since = led_from || named_between ||
                       CoveredBy(WordsPastATime(claims[j - 1], from), cues_, "since") ||
                       (j > i + 1 && EndsWithCue(claims[j - 1], from, "since")) ||
                       AgainstAfterWhatItDid(to, from, j);
    if (!since) return std::nullopt;
    return Shift{from.value, to.value, &from, &to, j, true};
  }

  // Whether a time (a date, a year, an ordinal of a period) follows claim j a word or two on:
  // the time of its value.
  bool TimeOfIt(size_t j) const {
    constexpr size_t kNear = 24;  // bytes: "للربع", "لكامل سنة"
    const auto& claims = doc_.claims;
    if (j + 1 >= claims.size() || claims[j + 1].sentence != claims[j].sentence) return false;
    const Claim& next = claims[j + 1];
    return (IsTimeOrAgo(next) || next.kind == Kind::kOrdinal) &&
           doc_.Between(claims[j], next).size() <= kNear;
  }

  // "حصل 1450 طالبا على منح دراسية هذا العام، مقابل 1200 العام الماضي، بزيادة 30%": a few
  // words of what the first did, a comma and "against", where the change of the two is said
  // right after them.
  bool AgainstAfterWhatItDid(const Claim& to, const Claim& from, size_t j) const {
    constexpr size_t kNear = 64;  // bytes: a verb's object and a time
    return ChangeSaidAfter(j) &&
           (CommaBeforeTheCue(to, from, "since", kNear) || OfWhatThenSince(to, from)) &&
           !cues_.StartsAWordIn(text_, to.norm_end, from.norm_begin, "clause");
  }

  // "1.2 مليون طن من الحبوب مقابل 900 ألف طن": what the amount is of, "من" and a word, then
  // "against"; its time may follow the word ("480 طنا من التمور هذا الموسم مقابل").
  bool OfWhatThenSince(const Claim& to, const Claim& from) const {
    constexpr std::string_view kMin = "\xD9\x85\xD9\x86 ";  // "من "
    constexpr size_t kNear = 64;  // bytes: "من التمور هذا الموسم مقابل"
    const std::optional<std::string> found = BeforeTheCue(to, from, "since", kNear);
    if (!found) return false;
    std::string_view of = *found;
    if (const auto when = cues_.MatchBefore(of, of.size(), "when"); when.entry) {
      of = of.substr(0, scan::SkipSpacesBack(of, when.end));
    }
    return of.starts_with(kMin) && of.find(' ', kMin.size()) == std::string::npos &&
           of.size() > kMin.size();
  }

  // "412,000 recorded offences from": a word or two in lower case, no verb or clause, then
  // "from".
  bool CountedWordsThenSince(const Claim& to, const Claim& from) const {
    constexpr size_t kTwoWords = 32;  // bytes: "recorded offences from"
    const std::optional<std::string> found = BeforeTheCue(to, from, "since", kTwoWords);
    if (!found) return false;
    const std::string_view words = *found;
    const size_t spaces = static_cast<size_t>(std::count(words.begin(), words.end(), ' '));
    return !words.empty() && spaces <= 1 &&  // two words at most
           std::all_of(words.begin(), words.end(),
                       [](char c) { return c == ' ' || absl::ascii_islower(c); }) &&
           !cues_.StartsAWordIn(words, 0, words.size(), "verb") &&
           !cues_.StartsAWordIn(words, 0, words.size(), "clause");
  }

  // Whether "من" alone stands between two claims, after what the first is a price of ("2.95
  // درهم للتر من 2.90 درهم"): looked for in place before the words are built.
  bool FromBetween(const Claim& a, const Claim& b) const {
    constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من
    return doc_.Between(a, b).find(kMin) != std::string_view::npos &&
           WordsPastATime(a, b) == kMin;
  }

  // The words between two claims past a time said with no number of its own right after the
  // first (arith_cues.tsv "when"): "to $5.2 billion this year from", "إلى 78% هذا العام من".
  std::string WordsPastATime(const Claim& a, const Claim& b) const {
    return AfterCue(WordsBetween(a, b), "when");
  }

  // "، أي بتراجع نسبته 22%", ", a drop of 22%": the claim after claim i is a share that a word
  // of change names, in its sentence.
  bool ChangeSaidAfter(size_t i) const {
    const auto& claims = doc_.claims;
    if (i + 1 >= claims.size()) return false;
    const size_t j = PastATime(i + 1, claims[i]);  // "من 520 ألفا في 2022، بتراجع"
    return claims[j].sentence == claims[i].sentence && IsShare(claims[j]) &&
           NamesAChange(claims[j]);
  }

  // "إلى 574 جريمة من 696، أي بانخفاض 122 جريمة": the claim after claim j is an amount of
  // what `to` is, named alike, that a word of a fall names, where `to` is below claim j; a
  // share of its whole ("ارتفع إلى 40 طالبا من 120 طالبا، بزيادة 10") is named by no fall,
  // nor one whose fall is from another time ("بانخفاض 10 طلاب عن العام الماضي").
  bool FallSaidAfter(size_t j, const Claim& to) const {
    const auto& claims = doc_.claims;
    if (j + 1 >= claims.size()) return false;
    const Claim& from = claims[j];
    const Claim& fall = claims[PastATime(j + 1, from)];
    // ("إلى 620 ألفا من 680 ألفا، أي بانخفاض 80 ألفا": one scale word for all three names
    // them alike.)
    const bool one_scale = !to.scale.is_zero() && to.scale == from.scale &&
                           to.scale == fall.scale && from.noun_key.empty();
    const bool alike = AlikeInOneSentence(to, fall) &&
                       (!to.unit.empty() || one_scale ||
                        (!to.noun_key.empty() && fall.noun_key == to.noun_key));
    if (!alike || *AsDouble(from.value) <= *AsDouble(to.value)) return false;
    const scan::PhraseList::Entry* cue = CueBefore(fall, "change");
    return cue != nullptr && cue->HasTag("fall") && !SinceRightAfter(fall);
  }

  // "4,200 workers in 2020 and 3,150 in 2023", "4200 عامل في 2020 و3150 في 2023": one
  // thing in two years, the change from the earlier year's value to the later's.
  std::optional<Shift> InTwoYears(size_t i) const {
    const auto& claims = doc_.claims;
    if (i + 3 >= claims.size()) return std::nullopt;
    const Claim& a = claims[i];
    const Claim& a_year = claims[i + 1];
    const Claim& b = claims[i + 2];
    const Claim& b_year = claims[i + 3];
    const bool one_thing = AlikeInOneSentence(a, b) && b_year.sentence == a.sentence &&
                           (b.noun_key.empty() || b.noun_key == a.noun_key);
    if (!one_thing || a_year.kind != Kind::kYear || b_year.kind != Kind::kYear ||
        !TimeRightAfter(a, a_year) || !TimeRightAfter(b, b_year) ||
        !CoveredBy(Trimmed(doc_.Between(a_year, b)), doc_.engine.range_cues(), "list")) {
      return std::nullopt;
    }
    const std::optional<double> first = AsDouble(a_year.value), second = AsDouble(b_year.value);
    if (!first || !second || *first == *second) return std::nullopt;
    if (*first < *second) return Shift{a.value, b.value, &a, &b, i + 3};
    return Shift{b.value, a.value, &b, &a, i + 3};
  }

  // Whether both name what they count, and not the same thing.
  static bool CountOtherNouns(const Claim& a, const Claim& b) {
    return !a.noun_key.empty() && !b.noun_key.empty() && a.noun_key != b.noun_key;
  }

  static bool AlikeInOneSentence(const Claim& a, const Claim& b) {
    if (a.sentence != b.sentence || !IsPlainAmount(a) || !IsPlainAmount(b)) return false;
    if (a.kind != b.kind) return UnitLeftOut(a, b) || UnitLeftOut(b, a);
    return a.unit == b.unit || OfOneCurrencyWord(a, b) || DegreesOfTheOthersScale(a, b);
  }

  // "250 مليون ريال ... مقابل 200 مليون", "$48 billion, against 45 billion", "from 5.1 million
  // to 4.6 million hectares": an amount in digits of thousands or more that counts nothing,
  // beside money or a measure of its order, leaves its currency or unit to it ("3.5 دولار
  // للمليون وحدة" is per million units).
  static bool UnitLeftOut(const Claim& measured, const Claim& bare) {
    constexpr double kThousands = 1000, kOrder = 10;
    if ((measured.kind != Kind::kMoney && measured.kind != Kind::kQuantity) ||
        bare.kind != Kind::kNumber || !bare.noun.empty() || !bare.unit.empty() ||
        bare.script == "words") {
      return false;
    }
    const double a = *AsDouble(measured.value), b = *AsDouble(bare.value);
    return b >= kThousands && a > 0 && b / a <= kOrder && a / b <= kOrder;
  }

  // The words after a cue of `meaning` that they start with, trimmed; all of them without.
  std::string AfterCue(const std::string& words, std::string_view meaning) const {
    const auto m = cues_.MatchAt(words, 0, meaning);
    return m.entry ? Trimmed(std::string_view(words).substr(m.end)) : words;
  }

  // "doubled from 100 to 300": a verb of a multiple right before a change that does not come
  // near it, a fifth either way ("doubled" is said of 2.1 times; "more than doubled" is left).
  void Multiple(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& times = claims[i];
    // ("roughly doubled": about so many, a little looser.)
    const bool about = times.qualifier == "about";
    if (i + 1 >= claims.size() || !(times.qualifier.empty() || about) || times.value.empty()) {
      return;
    }
    // ("roughly doubled": the verb ends the claim, its word of about so much before it.)
    const auto verb = about ? cues_.MatchBefore(text_, times.norm_end, "multiple")
                            : cues_.MatchAt(text_, times.norm_begin, "multiple");
    const bool verb_is_it =
        verb.entry && (about ? verb.end >= times.norm_begin : verb.end == times.norm_end);
    // ("بثلاثة أضعاف", "by three times", is read as three or four.)
    const bool to_times = TimesWhereItLed(times);
    // "ارتفع عدد السياح ثلاثة أضعاف": as many again three times, or three times as many.
    const bool by_times = !to_times && GrewByTimes(times);
    if (!(verb_is_it || to_times || by_times ||
          TimesAVerbSays(times)) ||
        claims[i + 1].sentence != times.sentence) {
      return;
    }
    // "tripled in five years, from 400,000", "between 2019 and 2024, from": the time it took.
    size_t at = i + 1;
    const scan::PhraseList& ranges = doc_.engine.range_cues();
    if (IsTimeOrPeriod(claims[at]) && at + 1 < claims.size() &&
        claims[at + 1].sentence == times.sentence &&
        AFewWords(doc_.Between(times, claims[at]), kAWordOrTwo) &&
        !CoveredBy(Trimmed(doc_.Between(times, claims[at])), ranges, "open")) {
      ++at;
    }
    // "doubled from 1 million in 2020 to 4 million": "from" outside the first value's span.
    // "doubled to $4 billion from $2 billion": where it led first.
    // "tripled, rising to $9 from $4": a verb of where it went may come first.
    // ("doubled in a week, from": the time it took said with no number.)
    std::string gap =
        AfterCue(AfterCue(Trimmed(doc_.Between(claims[at - 1], claims[at])), "when"), "going");
    // "doubled, from an average of £250,000 to £700,000": the values are averages.
    if (const auto average = cues_.MatchBefore(gap, gap.size(), "average"); average.entry) {
      gap = Trimmed(std::string_view(gap).substr(0, average.end));
    }
    const bool to_first = CoveredBy(gap, cues_, "to");
    if (!gap.empty() && !to_first && !CoveredBy(gap, ranges, "open")) return;
    std::optional<Shift> shift = to_first ? Against(at) : FromTo(at);
    if (!shift && to_first) shift = SinceAnEarlierValue(i, at);
    if (!shift) return;
    std::vector<SpanRef> spans = {SpanOf(times), SpanOf(claims[at])};
    if (shift->last != at) spans.push_back(SpanOf(claims[shift->last]));
    // (Where it began said before the multiple.)
    if (i > 0 && shift->from_claim == &claims[i - 1]) {
      spans.insert(spans.begin(), SpanOf(claims[i - 1]));
    }
    CheckMultiple(*shift, times, std::move(spans), by_times, about ? kAboutTimes : kTimes);
  }

  // "listed in 2014 at $20, have since risen fivefold to $80", "طرحت بسعر 20 دينارا وتضاعفت
  // منذ ذلك الحين إلى": the value right before the multiple, a few words and "since then"
  // (arith_cues.tsv "since-then") between, is where it began.
  std::optional<Shift> SinceAnEarlierValue(size_t i, size_t to) const {
    constexpr size_t kNear = 40;  // bytes: ", have since risen"
    const auto& claims = doc_.claims;
    if (i == 0) return std::nullopt;
    const Claim &began = claims[i - 1], &times = claims[i], &led = claims[to];
    if (!AlikeInOneSentence(began, led) || doc_.Between(began, times).size() > kNear ||
        !cues_.StartsAWordIn(text_, began.norm_end, times.norm_begin, "since-then")) {
      return std::nullopt;
    }
    return Shift{began.value, led.value, &began, &led, to};
  }

  // "has tripled to $3 trillion since 2020, when it was worth $1.5 trillion", "doubled since
  // 2019, when a flat cost $150,000; it now costs about $450,000": a multiple's verb, a year
  // it counts since, and past a comma "when" and a few words, where it began; where it led
  // said before the year ("to") or a few words after where it began with a word of now.
  void MultipleSinceWhenItWas(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& times = claims[i];
    if (i + 3 >= claims.size() || !times.qualifier.empty() || times.value.empty() ||
        claims[i + 1].sentence != times.sentence) {
      return;
    }
    // ("ارتفع إلى ثلاثة أضعاف منذ 2015": a count of times where it led.)
    if (!TimesWhereItLed(times) && !AMultiplesWord(times)) return;
    const bool to_first = IsPlainAmount(claims[i + 1]) && JoinedBy(times, claims[i + 1], "to");
    const size_t k = to_first ? i + 2 : i + 1;
    const Claim& since = claims[k];
    if (since.kind != Kind::kYear || since.qualifier != "since" || k + 1 >= claims.size() ||
        !AFewWords(doc_.Between(times, since), kAWordOrTwo) || !WhenItWas(since, claims[k + 1])) {
      return;
    }
    const Claim& began = claims[k + 1];
    const Claim* led = to_first ? &claims[i + 1] : nullptr;
    if (led == nullptr && k + 2 < claims.size() && NowSaidBetween(began, claims[k + 2])) {
      led = &claims[k + 2];
    }
    // ("it now costs about $450,000": where it led said about so much, a little looser.)
    if (led == nullptr || !IsPlainAmount(began) || !(IsPlainAmount(*led) || IsCountAbout(*led)) ||
        led->kind != began.kind || led->unit != began.unit || times.sentence != led->sentence) {
      return;
    }
    const Shift shift{began.value, led->value, &began, led, k + 1};
    std::vector<SpanRef> spans = {SpanOf(times), SpanOf(since), SpanOf(began), SpanOf(*led)};
    SortByStart(&spans);
    CheckMultiple(shift, times, std::move(spans), /*or_one_more=*/false,
                  led->qualifier == "about" ? kAboutTimes : kTimes);
  }

  // ", when it was worth", "، عندما كان": a comma, then "when" (time_cues.tsv "event") and a
  // few words with no number, right before `value`.
  bool WhenItWas(const Claim& year, const Claim& value) const {
    const std::string_view between = doc_.Between(year, value);
    const Comma comma = CommaIn(between, /*last=*/false);
    if (comma.at == std::string_view::npos || !Trimmed(between.substr(0, comma.at)).empty()) {
      return false;
    }
    const std::string words = Trimmed(between.substr(comma.past));
    const auto when = doc_.engine.time_cues().MatchAt(words, 0, "event");
    return when.entry != nullptr && AFewWords(words, kFewWords, ",;(0123456789");
  }

  // "; it now costs about", "، ليبلغ اليوم": a few words that say now (time_cues.tsv "now").
  bool NowSaidBetween(const Claim& a, const Claim& b) const {
    const std::string_view between = doc_.Between(a, b);
    return between.size() <= kFewWords + kAWordOrTwo &&
           doc_.engine.time_cues().StartsAWordIn(text_, a.norm_end, b.norm_begin, "now");
  }

  // "doubled", "threefold": a claim that is all of a multiple's verb or adverb (arith_cues.tsv
  // "multiple").
  bool AMultiplesWord(const Claim& c) const {
    return AllOfACue(cues_, text_, c, "multiple");
  }

  // "ارتفع إلى ثلاثة أضعاف", "rose to three times": a count of times after "to", a multiple
  // where a change led.
  bool TimesWhereItLed(const Claim& c) const {
    return ATimesWord(c) &&
           cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, c.norm_begin), "to").entry;
  }

  // "ثلاثة أضعاف", "three times": a count of times ("threefold" is a multiple's verb, which
  // CheckMultiple reads as so many times exactly).
  static bool ATimesWord(const Claim& c) {
    return c.kind == Kind::kQuantity && c.unit == "times";
  }

  // "من 120 إلى 300 شركة، أي بأكثر من ثلاثة أضعاف": a change said after its values as a count
  // of times, which may be one more ("بثلاثة أضعاف", as much again three times). More than so
  // many is wrong only short of it, by half the slack of a multiple said plainly: a bound is
  // said with care.
  void CheckMultipleSaid(const Shift& shift, const Claim& times) {
    const bool more = times.qualifier == "more-than" || times.qualifier == "at-least";
    if (!(times.qualifier.empty() || times.qualifier == "about" || more)) return;
    if (!more) {
      return CheckMultiple(shift, times, SpansOf(shift, times), /*or_one_more=*/true,
                           times.qualifier == "about" ? kAboutTimes : kTimes);
    }
    const std::optional<double> a = AsDouble(shift.from), b = AsDouble(shift.to);
    const std::optional<double> k = AsDouble(times.value);
    if (!a || !b || !k || *a <= 0 || *b / *a >= *k * (1 - kTimes / 2)) return;
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is %.2f times as much, not more than %s "
                                      "times",
                                      shift.from, shift.to, *b / *a, times.value),
                      SpansOf(shift, times), absl::StrFormat("%.2f", *b / *a), times.value);
  }

  // How far a multiple said by a verb may be from the values' ratio: a fifth either way, and
  // three tenths where it is said about so many.
  static constexpr double kTimes = 0.2, kAboutTimes = 0.3;

  // Whether a verb of growing (arith_cues.tsv "grow") stands a few words before a count of
  // folds ("أضعاف", "ضعفين", "25-fold"), in its clause. Not a count of "مرات", "times", which
  // as often counts occasions ("رفع الفائدة ثلاث مرات هذا العام، من 1% إلى 2%").
  bool GrewByTimes(const Claim& times) const {
    constexpr size_t kSubject = 48;  // bytes: "ارتفع عدد السياح"
    constexpr std::string_view kFold = "\xD8\xB6\xD8\xB9";  // "ضع", of ضعف and أضعاف
    if (times.kind != Kind::kQuantity || times.unit != "times" ||
        (times.text.find(kFold) == std::string::npos &&
         !absl::EndsWithIgnoreCase(times.text, "fold"))) {
      return false;
    }
    const size_t from = ClauseStartWithin(text_, times, kSubject, ".,;:\n");
    return cues_.StartsAWordIn(text_, from, times.norm_begin, "grow");
  }

  // "The population has halved over 20 years, from 3 million to 2 million": a verb of halving
  // (arith_cues.tsv "halved") a few words before a change's values in their clause, nothing
  // between but its time, a fifth either way.
  void Halved(size_t i) {
    constexpr size_t kBefore = 48;  // bytes: "has halved over the past 20 years,"
    const auto& claims = doc_.claims;
    const Claim& c = claims[i];
    // The change first, read in place: most claims start none, and the verb is looked for
    // in the words before them.
    const std::optional<Shift> shift = FromTo(i);
    if (!shift) return;
    const size_t from = ClauseStartWithin(text_, c, kBefore, ".;:\n");
    const auto verb = cues_.FindAWordIn(text_, from, c.norm_begin, "halved");
    if (!verb.entry) return;
    // Past the verb only its time ("over 20 years", "since 2010"), its words (arith_cues.tsv
    // "halved-over") and marks: "halved its dividend and cut jobs from 12,000 to 9,000" halved
    // another thing.
    const size_t end = verb.end;
    for (size_t j = i; j-- > 0 && claims[j].sentence == c.sentence && claims[j].norm_end > end;) {
      if (!IsTimeOrPeriod(claims[j])) return;  // another value between
    }
    for (size_t word = scan::NextLetter(text_, end); word < c.norm_begin;) {
      const std::string_view w = scan::WordAt(text_, word);
      const bool in_a_time = absl::c_any_of(claims, [&](const Claim& t) {
        return IsTimeOrPeriod(t) && t.norm_begin <= word && word < t.norm_end;
      });
      if (!in_a_time && !CoveredBy(w, cues_, "halved-over")) return;
      word = scan::NextLetter(text_, word + w.size());
    }
    const std::optional<double> a = AsDouble(shift->from), b = AsDouble(shift->to);
    if (!a || !b || *a <= 0 || std::fabs(*b / *a / 0.5 - 1) <= kTimes) return;
    std::vector<SpanRef> spans = {SpanOf(c)};
    if (shift->last != i) spans.push_back(SpanOf(claims[shift->last]));
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is %.2f times as much, not half", shift->from,
                                      shift->to, *b / *a),
                      std::move(spans), absl::StrFormat("%.2f", *b / *a), "0.5");
  }

  // "انخفض عدد الوفيات إلى النصف، من 800 إلى 400", "fell to a third, from 900 to 300": a fall
  // to a fraction in words of where it began, said before "to", then the values.
  void ToAFraction(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& part = claims[i];
    // ("إلى النصف تقريبا": about half is weighed as half, a fifth either way, as "roughly
    // halved" is.)
    if (!IsWordFraction(part, /*about=*/true) || i + 1 >= claims.size() ||
        claims[i + 1].sentence != part.sentence) {
      return;
    }
    const size_t end = scan::SkipSpacesBack(text_, part.norm_begin);
    const std::string_view to = scan::WordBefore(text_, end);
    if (!IsTo(to) || DirectionBefore(end - to.size(), part) >= 0) return;
    const std::string gap = Trimmed(doc_.Between(part, claims[i + 1]));
    if (!gap.empty() && !CoveredBy(gap, doc_.engine.range_cues(), "open")) return;
    if (const std::optional<Shift> shift = FromTo(i + 1)) {
      CheckMultiple(*shift, part, SpansOf(*shift, part));
    }
  }

  // Whether from A to B is `times` as much, a fifth either way (or one time more, when
  // `or_one_more`).
  void CheckMultiple(const Shift& shift, const Claim& times, std::vector<SpanRef> spans,
                     bool or_one_more = false, double slack = kTimes) {
    const std::optional<double> a = AsDouble(shift.from), b = AsDouble(shift.to);
    const std::optional<double> k = AsDouble(times.value);
    if (!a || !b || !k || *a <= 0 || std::fabs(*b / *a / *k - 1) <= slack) return;
    if (or_one_more && std::fabs(*b / *a / (*k + 1) - 1) <= slack) return;
    // ("a third" is said so; 0.333... to twenty places is not.)
    const std::string said = IsWordFraction(times) ? absl::StrFormat("%.2f", *k) : times.value;
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is %.2f times as much, not %s times",
                                      shift.from, shift.to, *b / *a, said),
                      std::move(spans), absl::StrFormat("%.2f", *b / *a), said);
  }

  // "أي أربعة أضعاف سعرها التقديري البالغ 1.5 مليون": an Arabic multiple in construct with the
  // noun of the amount it multiplies, named "البالغ" that amount a few words on.
  bool ArabicBaseAmounting(const Claim& times, const Claim& amount, size_t near) const {
    const size_t next = scan::SkipSpaces(text_, times.norm_end);
    return next < text_.size() && static_cast<unsigned char>(text_[next]) >= 0x80 &&
           EndsWithCue(times, amount, "amounting", near);
  }

  // "ثلاثة أضعاف الـ5 آلاف", "ثلاثة أضعاف الخمسة آلاف": an Arabic multiple in construct with
  // the amount itself, which the article makes the one said before.
  bool ArabicDefiniteBase(const Claim& times, const Claim& amount) const {
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
    return Trimmed(doc_.Between(times, amount)).empty() && amount.text.starts_with(kAl);
  }

  // "sales reached 1.2 million, triple the previous record of 400,000", "three times the
  // 400,000 of 2022": a multiple after a comma (past the amount's time), then the amount it
  // multiplies after "the" or "its" and a few words; a fifth either way, as a verb of
  // multiplying is read.
  void TimesTheAmount(size_t i) {
    constexpr size_t kBase = 48;  // bytes: "the previous record of", "its 2022 level of"
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim& times = claims[i];
    const bool multiple = ATimesWord(times) || ATimesTheWord(times);
    // ("nearly six times": said about so many, within the fifth the verb is read to.)
    if (!multiple || !(times.qualifier.empty() || times.qualifier == "about")) return;
    // "1.2 million in the first week, triple": the amount's time between.
    const Claim& last = claims[i - 1];
    const bool timed = (last.kind == Kind::kOrdinal || IsTimeOrPeriod(last)) && i > 1 &&
                       TimeRightAfter(claims[i - 2], last, kFewWords);
    // ("hold 120 of the 300 seats, twice as many as": the part of a whole is what is
    // multiplied.)
    const size_t at = timed ? i - 2 : i - 1;
    const bool of_whole = at > 0 && claims[at - 1].sentence == claims[at].sentence &&
                          JoinedBy(claims[at - 1], claims[at], "of");
    const Claim& b = claims[of_whole ? at - 1 : at];
    const size_t j = PastATime(i + 1, times);
    const Claim& a = claims[j];
    const std::string_view before = doc_.Between(last, times), base = doc_.Between(times, a);
    // ("in the first week,": an ordinal's noun before the comma; "410 mm of rain,", "people
    // visited the park,": what the amount is of, or did.)
    const std::string noun = Trimmed(before);
    const bool comma_alone =
        noun.empty() || (last.kind == Kind::kOrdinal && noun.find(' ') == std::string::npos) ||
        (!timed && (WhatItIsOf(noun) || AFewWords(noun, kFewWords)));
    // "The fine of 2.5 million euros is four times the 500,000": a verb that equates alone,
    // after no base of a rate ("a rate of 8 per 100,000 people is twice").
    const bool equated =
        !timed && CoveredBy(noun, cues_, "equates") &&
        !cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, b.norm_begin), "every").entry;
    if (!AlikeInOneSentence(b, a) || times.sentence != b.sentence ||
        !((comma_alone && HasComma(before)) || equated) || base.size() > kBase || HasComma(base) ||
        base.find_first_of(".;:()") != std::string_view::npos ||
        !(cues_.MatchAt(text_, scan::SkipSpaces(text_, times.norm_end), "base-lead").entry ||
          ArabicBaseAmounting(times, a, kBase) || ArabicDefiniteBase(times, a))) {
      return;
    }
    const std::optional<double> x = AsDouble(b.value), y = AsDouble(a.value);
    const std::optional<double> k = AsDouble(times.value);
    if (!x || !y || !k || *y <= 0 || *k < 2 || std::fabs(*x / *y / *k - 1) <= 0.2) return;
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("%s is %.2f times %s, not %s times", b.value, *x / *y,
                                      a.value, times.value),
                      {SpanOf(b), SpanOf(times), SpanOf(a)}, absl::StrFormat("%.2f", *x / *y),
                      times.value);
  }

  // "تضاعف عدد المستخدمين أربع مرات": a count of times (three or more: "مرتين" is said of two
  // doublings too) a few words after a verb of multiplying, in its clause.
  bool TimesAVerbSays(const Claim& times) const {
    if (times.kind != Kind::kNumber || !Counts(times, "times") || *AsDouble(times.value) < 3) {
      return false;
    }
    // The verb's subject between, as long as a share's ("تضاعفت قيمة الصفقات العقارية").
    constexpr size_t kSubject = 64;  // bytes
    const size_t from = SentenceStartWithin(times, kSubject);
    return AFewWords(text_.substr(from, times.norm_begin - from), kSubject, ",;:") &&
           cues_.StartsAWordIn(text_, from, times.norm_begin, "multiply");
  }

  // Whether "to" joins `a` and `b`, with "from" before `a` when `from_cued`.
  bool JoinedByTo(const Claim& a, const Claim& b, bool from_cued = true) const {
    // ("from 18C at night to 31C": the part of the day of where it began, first; "from 200 in
    // the placebo group to 140": the group of a trial.)
    const std::string words = AfterCue(AfterCue(WordsBetween(a, b), "day-part"), "trial-arm");
    const std::string_view between =
        a.kind == Kind::kPercent ? PastTheWholeOfAShare(words) : std::string_view(words);
    const auto m = doc_.engine.range_cues().MatchAt(between, 0, "join");
    // "from $1,250 to a record $1,350": where it led, as arith_cues.tsv "to" names it.
    const bool to = (m.entry && m.end == between.size() && m.entry->tags.size() == 1) ||
                    CoveredBy(between, cues_, "to");
    return to && (!from_cued || CuedFrom(a));
  }

  // "from 92% of GDP to 85%", "من 92% من الناتج المحلي إلى 85%": the words past what a share
  // is of, a few words after "of" or "من", up to the last one; `words` itself otherwise.
  static std::string_view PastTheWholeOfAShare(std::string_view words) {
    constexpr size_t kFewestWords = 2, kMostWords = 4;
    constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من
    const std::string_view of = words.substr(0, words.find(' '));
    const size_t count = static_cast<size_t>(std::count(words.begin(), words.end(), ' ')) + 1;
    if ((of != "of" && of != kMin) || count < kFewestWords + 1 || count > kMostWords + 1) {
      return words;
    }
    return words.substr(words.rfind(' ') + 1);
  }

  bool CuedFrom(const Claim& a) const {
    size_t p = a.norm_begin;
    while (p > 0 && text_[p - 1] == ' ') --p;
    return doc_.engine.range_cues().MatchBefore(text_, p, "open").entry != nullptr;
  }
};

}  // namespace

void CheckChangesAt(const ArithContext& context, size_t i) { ChangeChecks(context).At(i); }

}  // namespace mizan::checks::arith
