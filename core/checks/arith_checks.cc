// Arithmetic inside one sentence. Every written value stands for the interval it could have
// been rounded from (12.5 % is [12.45, 12.55)), and a finding needs the intervals not to meet,
// as statcheck and GRIM do.
// arith.percent_mismatch: "5 من أصل 20 (30%)", "Of the 20 asked, 5 (30%)": the part over the
//   whole is not the percentage.
// arith.change_mismatch: "ارتفع من 100 إلى 120، بزيادة 30%", "rose 30% to 120 from 100": the
//   change is not the percentage; "doubled from 100 to 300": the change is not the multiple.
// arith.total_mismatch: "a total of 100: 60 men and 30 women", "Of the 100, 60 ... and the
//   remaining 30", "won 18 of 30, drew 7 and lost 3" do not add up; "20 قتيلا بينهم 25 طفلا"
//   has more parts than the whole.
// arith.percent_sum: shares of one whole ("of the vote") that add up to more than 100 %.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "core/checks/document_checks.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks {
namespace {

using claims::Claim;
using claims::Kind;

// How far an amount may be from what it says: half a unit of its last digit (as written beside
// `beside`), or a twentieth of it when said to be about so much ("بحوالي 242 ألف طن").
double Slack(const Claim& c, const Claim& beside) {
  const double half = RoundingBeside(c, beside);
  if (c.qualifier != "about") return half;
  return std::max(half, 0.05 * std::fabs(AsDouble(c.value).value_or(0)));
}

// A computed sum or difference as a reader writes it: 0.3 where binary arithmetic left
// 0.299999999999999, and a whole amount in full ("12261200000", not "1.22612e+10").
std::string Number(double v) {
  const double whole = std::round(v);
  if (std::fabs(v - whole) < 1e-9 * std::max(1.0, std::fabs(v)) && std::fabs(v) < 1e15) {
    return absl::StrFormat("%.0f", whole);
  }
  return absl::StrFormat("%.12g", v);
}

// How far a count may be from what it stands for: digits with no point and no scale word
// count exactly under a thousand ("15 people: 8 civilians and 6 soldiers" leaves one out);
// from a thousand on, zeros at the end may be rounding to two significant digits ("1,200"
// is 1,150 to 1,250; "2,000 respondents" 1,950 to 2,050). A count said to be rough ("about
// 2,000") is no plain count, and the checks leave it. Beside another count in the same scale
// word, to as many decimals as it ("1.2 million of 3 million").
double CountSlackBeside(const Claim& c, const Claim& beside) {
  if (c.fraction_digits != 0 || !c.scale.is_zero()) return RoundingBeside(c, beside);
  return WithoutSign(c.value).size() < 4 ? 0 : ZerosRounding(c.value);
}

double CountSlack(const Claim& c) { return CountSlackBeside(c, c); }

// How far a count may be from what it stands for where rounding cannot excuse the slip:
// none for digits with no point and no scale word.
double ExactSlack(const Claim& c) {
  return c.fraction_digits == 0 && c.scale.is_zero() ? 0 : HalfUnit(c);
}

// A fraction in words that a share may be said as: "a third", "half", "ثلث". Plain: no bound
// and no "about" (a third's decimal is marked approximate, being rounded; the word is not).
bool IsWordFraction(const Claim& c, bool about = false) {
  return c.kind == Kind::kNumber && c.script == "words" && c.value.rfind("0.", 0) == 0 &&
         (c.qualifier.empty() || (about && c.qualifier == "about"));
}

// A share said to be above or below so much: "less than a quarter", "أكثر من 30%".
bool IsBoundedShare(const Claim& c) {
  if (c.qualifier.empty() || c.value.empty()) return false;  // most claims: asked first
  const bool bound = c.qualifier == "less-than" || c.qualifier == "at-most" ||
                     c.qualifier == "more-than" || c.qualifier == "at-least";
  const bool fraction = c.kind == Kind::kNumber && c.script == "words" &&
                        c.value.rfind("0.", 0) == 0;
  return bound && (fraction || (c.kind == Kind::kPercent && c.unit == "percent"));
}

// How far from its fraction a share said in words may be, in points ("half" of 500 may be
// 260), and a share said to be about so much.
constexpr double kFractionSlack = 2.5;

bool IsPlainCount(const Claim& c) {
  return IsAmount(c) && c.qualifier.empty() && !c.approx;
}

// A count said to be about so much ("some 1.8 million", "نحو 300"), no other bound.
bool IsCountAbout(const Claim& c) { return IsAmount(c) && c.qualifier == "about"; }

// A count, or a period with no place in time, whose change the press gives as it does a
// count's ("life expectancy rose from 68.2 years to 73.1 years, a gain of 4.9 years"). Only the
// change checks take periods: a period is no part of a whole.
bool IsPlainAmount(const Claim& c) {
  return IsPlainCount(c) || (c.kind == Kind::kDuration && !c.value.empty() &&
                             c.qualifier.empty() && !c.approx);
}

constexpr std::string_view kArabicComma = "\xD8\x8C";  // "،"

// The length of the space, bracket or comma (Arabic "،" too) that `s` starts or ends with.
size_t MarkLength(std::string_view s, bool at_end) {
  if (s.empty()) return 0;
  const char c = at_end ? s.back() : s.front();
  if (c == ' ' || c == '(' || c == ',') return 1;
  const bool comma = at_end ? s.ends_with(kArabicComma) : s.starts_with(kArabicComma);
  return comma ? kArabicComma.size() : 0;
}

// A comma of `words`, ASCII or Arabic, the first or the last: where it begins and where the
// words after it begin; both npos when there is none.
struct Comma {
  size_t at = std::string_view::npos;
  size_t past = std::string_view::npos;
};
Comma CommaIn(std::string_view words, bool last) {
  const size_t ascii = last ? words.rfind(',') : words.find(',');
  const size_t arabic = last ? words.rfind(kArabicComma) : words.find(kArabicComma);
  const bool take_arabic = arabic != std::string_view::npos &&
                           (ascii == std::string_view::npos || (last ? arabic > ascii
                                                                     : arabic < ascii));
  if (take_arabic) return {arabic, arabic + kArabicComma.size()};
  if (ascii != std::string_view::npos) return {ascii, ascii + 1};
  return {};
}

// The words between two claims without the marks around them.
std::string Trimmed(std::string_view s) {
  while (const size_t n = MarkLength(s, false)) s.remove_prefix(n);
  while (const size_t n = MarkLength(s, true)) s.remove_suffix(n);
  return std::string(s);
}

class ArithmeticChecks {
 public:
  ArithmeticChecks(const DocumentView& doc, Reporter* reporter)
      : doc_(doc), text_(doc.normalized.text()), cues_(doc.engine.arith_cues()), reporter_(reporter) {}

  void Run() {
    const auto& claims = doc_.claims;
    // Asked once: each is a walk over the checks' names.
    const bool percents = reporter_->Enabled("arith.percent_mismatch");
    const bool changes = reporter_->Enabled("arith.change_mismatch");
    const bool totals = reporter_->Enabled("arith.total_mismatch");
    for (size_t i = 0; i < claims.size(); ++i) {
      if (percents) {
        PartOfWhole(i);
        WholeThenParts(i);
        PartOfThem(i);
        ShareOfAWholeAfter(i);
        ShareThenPart(i);
        TwoPartsWithTheirShares(i);
        RatioRestated(i);
        FractionRestated(i);
      }
      if (changes) {
        Change(i);
        ChangeFirst(i);
        DifferenceFirst(i);
        AddedThenTotal(i);
        DifferenceAndShare(i);
        DifferenceToThenShare(i);
        LevelThenChange(i);
        ChangeBetween(i);
        Multiple(i);
        TimesTheAmount(i);
        Margin(i);
      }
      if (totals) {
        Total(i);
        AmongTheSentenceBefore(i);
        SumAfterParts(i);
        PartsOutOfAWhole(i);
        SplitToTheRest(i);
        Record(i);
        TallyOfMembers(i);
        TallyOutOfMembers(i);
        ThoseThatDidNot(i);
      }
    }
    if (reporter_->Enabled("arith.percent_sum")) PercentSums();
  }

 private:
  // Whether the words between two claims are exactly a cue of `meaning`.
  bool JoinedBy(const Claim& a, const Claim& b, std::string_view meaning) const {
    return CoveredBy(WordsBetween(a, b), cues_, meaning);
  }

  // The words between two claims, trimmed, without what the first is a price of ("$80 a
  // barrel to $90", "15.8 دينار للكغ مقابل 13.9 دينار").
  std::string WordsBetween(const Claim& a, const Claim& b) const {
    std::string words = Trimmed(doc_.Between(a, b));
    if (const auto per = cues_.MatchAt(words, 0, "per"); per.entry && per.end < words.size()) {
      words.erase(0, per.end);  // in place: no second string
      while (const size_t n = MarkLength(words, false)) words.erase(0, n);
    }
    return words;
  }

  bool CuedBefore(const Claim& c, std::string_view meaning) const {
    return CueBefore(c, meaning) != nullptr;
  }

  const scan::PhraseList::Entry* CueBefore(const Claim& c, std::string_view meaning) const {
    const scan::PhraseList::Entry* cue = doc_.CueBefore(cues_, c, meaning);
    // "make up 10%": the "up" of a verb of making up a whole says no change.
    if (cue != nullptr && cue->phrase == "up" && meaning == "change" &&
        doc_.CueBefore(cues_, c, "make-up")) {
      return nullptr;
    }
    return cue;
  }

  // "a 25% increase", "an increase of 25%": a cue right after the claim.
  bool CuedAfter(const Claim& c, std::string_view meaning) const {
    return cues_.MatchAt(text_, scan::SkipSpaces(text_, c.norm_end), meaning).entry != nullptr;
  }

  const Claim* NextPercent(size_t i) const {
    const auto& claims = doc_.claims;
    for (size_t j = i + 1; j < claims.size() && j <= i + 2; ++j) {
      if (claims[j].sentence != claims[i].sentence) return nullptr;
      // "من مجموع 32087 مسجل، وقدر عدد المسعفين منهم بـ 2542 أي بنسبة": a share after another
      // amount is that amount's.
      if (j > i + 1 && IsPlainAmount(claims[j - 1])) return nullptr;
      // A fraction in words only right after: "300 of the 900, or a third", "less than a
      // third".
      const bool words = IsWordFraction(claims[j]) || IsBoundedShare(claims[j]);
      if (IsShare(claims[j]) || (j == i + 1 && words)) return &claims[j];
    }
    return nullptr;
  }

  // "X من أصل Y (Z%)".
  void PartOfWhole(size_t i) {
    const auto& claims = doc_.claims;
    if (i + 1 >= claims.size()) return;
    const Claim& part = claims[i];
    // "تلقى 1.8 مليون شخص الجرعة الثانية من أصل 4.5 مليون": an ordinal in what the part did.
    const size_t w = claims[i + 1].kind == Kind::kOrdinal && i + 2 < claims.size() ? i + 2
                                                                                  : i + 1;
    const Claim& whole = claims[w];
    // "أدلى 3.6 مليون ناخب بأصواتهم من أصل 9.1 مليون": a few words of what the part did, then
    // an "out of" that only a part and its whole stand around.
    // "About 1,800 of the 2,400 workers, or two-thirds": a part said about so much too.
    // "(856 من الخاص و1 فردي) من مجموع 32087": the last of a list in brackets is no part of
    // the whole after them.
    if (!(IsPlainCount(part) || IsCountAbout(part)) || IsWordFraction(part) ||
        !IsPlainCount(whole) ||
        whole.sentence != part.sentence ||
        doc_.Between(part, whole).find(')') != std::string_view::npos ||
        !(JoinedBy(part, whole, "of") || CueRightBefore(part, whole, "out-of") ||
          OfAnOwnersWhole(part, whole) || SeatsInTheBody(part, whole))) {
      return;
    }
    if (const Claim* said = ShareSaidFirst(i)) return CheckShare(part, whole, *said);
    const Claim* pct = NextPercent(w);
    // "(60% of women)", "25% منهم" are shares of other wholes; but "أي 80% من أعضاء المجلس",
    // "that is 80% of the members", "a third of the total," restate the part as a share of
    // its own whole. A change named after them ("بتراجع نسبته 22%") or a share set against
    // another ("20% more") is none of theirs.
    if (pct == nullptr || (!pct->qualifier.empty() && !IsBoundedShare(*pct)) ||
        NamesAChange(*pct) ||
        CuedAfter(*pct, "compares") ||
        ((OwnWholeAfter(*pct) || CuedAfter(*pct, "them")) && !Restated(whole, *pct) &&
         !OfTheTotal(*pct))) {
      return;
    }
    // "20 of the 30 were women, or 60%" says the share; a clause further on may be another's,
    // unless a word restates it ("نجحوا في الامتحان، أي بنسبة 75%").
    constexpr size_t kNear = 48, kRestated = 80;  // bytes: a few words; a clause
    const size_t gap = doc_.Between(whole, *pct).size();
    if (gap > kNear && (gap > kRestated || !(Restated(whole, *pct) || RateNamed(whole, *pct)))) {
      return;
    }
    CheckShare(part, whole, *pct);
  }

  // "212 seats in the 400-seat assembly": a body's seats or members, then "in the" body of so
  // many.
  bool SeatsInTheBody(const Claim& part, const Claim& whole) const {
    return CountOfMembers(part) && CountOfMembers(whole) && JoinedBy(part, whole, "in-body");
  }

  // EndsWithCue for a check asked at every claim or pair: the cue is read in place first,
  // and the words between built only where it stands right before `b`.
  bool CueRightBefore(const Claim& a, const Claim& b, std::string_view meaning,
                      size_t near = kFewWords) const {
    return cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, b.norm_begin), meaning).entry &&
           EndsWithCue(a, b, meaning, near);
  }

  // "Turnout was 61%: 3.4 million of the 6.1 million voters": the share of the part claim i
  // starts, said right before it and a colon, or a word that explains it and a verb ("بلغت
  // نسبة المشاركة 39.6%، إذ أدلى 3.6 مليون ناخب"); none where the share is a change ("rose
  // 5%:") or of a whole of its own ("61% of women:"), but for one named as the part or the
  // whole is ("45% من المقاعد، أي 60 مقعدا من أصل 150").
  const Claim* ShareSaidFirst(size_t i) const {
    constexpr size_t kPeriod = 24;  // bytes: "خلال الربع", "in the"
    const auto& claims = doc_.claims;
    if (i == 0) return nullptr;
    // "16% خلال الربع الثاني، أي ما يعادل 650 ألف": the share's period, named by an ordinal,
    // between; the words from the ordinal on say what the part is.
    const bool period = claims[i - 1].kind == Kind::kOrdinal && i > 1 &&
                        AFewWords(doc_.Between(claims[i - 2], claims[i - 1]), kPeriod);
    const Claim& pct = claims[period ? i - 2 : i - 1];
    const bool plain_share = IsShare(pct) && pct.qualifier.empty() && !pct.approx &&
                             pct.sentence == claims[i].sentence;
    if (!plain_share) return nullptr;
    size_t from = period ? claims[i - 1].norm_end : pct.norm_end;
    if (!period && OwnWholeAfter(pct)) {
      from = SameWholeEnd(pct, claims[i]);
      if (from == std::string_view::npos && i + 1 < claims.size()) {
        from = SameWholeEnd(pct, claims[i + 1]);
      }
      if (from == std::string_view::npos || from > claims[i].norm_begin) return nullptr;
    }
    const std::string between = Trimmed(text_.substr(from, claims[i].norm_begin - from));
    const auto explain = cues_.MatchAt(between, 0, "explain");
    const std::string after_cue =
        explain.entry ? Trimmed(std::string_view(between).substr(explain.end)) : between;
    // ("34%، أي 95 نائبة من أصل 395": restated.)
    const bool explained =
        between == ":" || CoveredBy(between, cues_, "restate") ||
        (explain.entry && AFewWords(after_cue, 20) &&
         !(explain.entry->HasTag("level") && VerbBeforeItsSubject(period ? i - 2 : i - 1)));
    if (!explained || CuedBefore(pct, "change") || CuedBefore(pct, "verb")) return nullptr;
    return &pct;
  }

  // "Of the 1,200", "من بين 1200": a word that makes the count after it a whole whose parts
  // follow, or that word and one that owns the whole ("Of the country's 18 provinces").
  bool WholeCued(const Claim& whole) const {
    if (CuedBefore(whole, "whole")) return true;
    const size_t end = scan::SkipSpacesBack(text_, whole.norm_begin);
    return OwnerCued(text_, end, [this](size_t start) {
      return cues_.MatchBefore(text_, start, "whole").entry != nullptr;
    });
  }

  // Whether an owner's "'s" ends at `end` and what stands before the owner, from its end at
  // the position given to `cued`, is the cue wanted ("of the" in "of the council's"): the owner
  // is one word, or two of a name ("of the World Bank's").
  template <typename Cued>
  bool OwnerCued(std::string_view text, size_t end, Cued cued) const {
    // Read in place first: every count asks, and few follow a possessive "'s".
    if (end == 0 || text[end - 1] != 's') return false;
    const auto owner = cues_.MatchBefore(text, end, "possessive");
    if (!owner.entry) return false;
    size_t start = owner.end;
    for (int words = 0; words < 2; ++words) {
      const std::string_view word = scan::WordBefore(text, start);
      const size_t before = scan::SkipSpacesBack(text, start - word.size());
      if (word.empty() || before == start - word.size()) return false;
      if (cued(before)) return true;
      if (!absl::ascii_isupper(static_cast<unsigned char>(word[0]))) return false;
      start = before;
    }
    return false;
  }

  // "23 of the council's 50 members": "of" and an owner of the whole between the two.
  bool OfAnOwnersWhole(const Claim& part, const Claim& whole) const {
    const std::string words = WordsBetween(part, whole);
    return OwnerCued(words, words.size(), [&words, this](size_t start) {
      return CoveredBy(std::string_view(words).substr(0, start), cues_, "of");
    });
  }

  // "Of the 1,200 asked, 300 (25%) said yes and 500 (42%) no": a whole, then parts each with
  // its share in brackets right after it, or restated after what it did ("Of the 450
  // candidates, 300 passed, or two thirds"). A share of another whole ("(60% of women)") is
  // left.
  void WholeThenParts(size_t i) {
    const Claim& whole = doc_.claims[i];
    if (IsPlainCount(whole) && WholeCued(whole)) PartsWithTheirShares(whole, PastItsTime(i));
    PartsOfTheSentenceBefore(i);
  }

  // The claim after claim i, or after its time where one follows it a few words on and a comma
  // sets the rest off: "Of the 850 flights scheduled on Friday, 170 were cancelled", "Of the
  // 2,500 homes inspected last month, 600".
  size_t PastItsTime(size_t i) const {
    const auto& claims = doc_.claims;
    const bool timed = i + 2 < claims.size() && IsTimeOrAgo(claims[i + 1]) &&
                       TimeRightAfter(claims[i], claims[i + 1], kFewWords) &&
                       HasComma(doc_.Between(claims[i + 1], claims[i + 2]));
    return timed ? i + 2 : i + 1;
  }

  // "The university admitted 4,200 students. Of those, 1,890, or 45%, are women": a sentence
  // that opens with "Of those" (arith_cues.tsv "those") and its part takes the one count of
  // the sentence before as their whole.
  void PartsOfTheSentenceBefore(size_t j) {
    const auto& claims = doc_.claims;
    if (j == 0 || claims[j - 1].sentence + 1 != claims[j].sentence) return;
    // Read in place first: every claim asks.
    const size_t end = PastACommaBack(text_, claims[j].norm_begin);
    if (end == std::string_view::npos) return;
    const auto cue = cues_.MatchBefore(text_, end, "those");
    const size_t opening = cue.entry ? scan::SkipSpacesBack(text_, cue.end) : 0;
    if (!cue.entry || opening == 0 || text_[opening - 1] != '.') return;
    if (const Claim* whole = TheOneCountBefore(j, /*of_a_noun=*/false)) {
      PartsWithTheirShares(*whole, j);
    }
  }

  // The one plain count (`of_a_noun`: with a counted noun) of the sentence before claim j's;
  // null where there is none, or two, which leave the one meant unsaid.
  const Claim* TheOneCountBefore(size_t j, bool of_a_noun) const {
    return TheOneOfTheSentenceBefore(doc_.claims, j, [of_a_noun](const Claim& c) {
      return IsPlainCount(c) && !(of_a_noun && c.noun_key.empty());
    });
  }

  // Whether a part counts the whole's noun, or none of its own ("700 في الرياض").
  static bool OfItsNoun(const Claim& whole, const Claim& part) {
    return part.noun_key.empty() || part.noun_key == whole.noun_key;
  }

  // Whether the words between a whole and its first part are a verb that shares it out
  // (arith_cues.tsv "split", "shared"): "1200 متدرب، توزعوا على 700".
  bool SharedOutTo(const Claim& whole, const Claim& part) const {
    const std::string words = WordsBetween(whole, part);
    const auto m = cues_.MatchAt(words, 0, "split");
    return m.entry && m.end == words.size() && m.entry->HasTag("shared");
  }

  // "وأسفر القصف عن سقوط 34 قتيلا. ومن بين القتلى 20 طفلا و15 امرأة": a sentence that opens
  // with "among" and the noun of the one count of the sentence before (arith_cues.tsv
  // "among-noun") lists parts of it, which cannot add up to more. "شارك 1200 متدرب. وتوزع
  // المتدربون على 700 في الرياض و400 في جدة": one that opens with a verb that shares the noun
  // out ("distribute") and "على" or "بين" lists the parts that make it up.
  void AmongTheSentenceBefore(size_t j) {
    const auto& claims = doc_.claims;
    if (j == 0 || claims[j - 1].sentence + 1 != claims[j].sentence ||
        !IsPlainCount(claims[j])) {
      return;
    }
    // The cheap questions first: one count of a noun in the sentence before, then the words.
    const Claim* whole = TheOneCountBefore(j, /*of_a_noun=*/true);
    if (whole == nullptr) return;
    const size_t stop = doc_.Between(claims[j - 1], claims[j]).rfind('.');
    if (stop == std::string_view::npos) return;
    const size_t opening = scan::SkipSpaces(text_, claims[j - 1].norm_end + stop + 1);
    auto cue = cues_.MatchAt(text_, opening, "among-noun");
    const bool split = cue.entry == nullptr;
    if (split) cue = cues_.MatchAt(text_, opening, "distribute");
    if (!cue.entry || cue.end > claims[j].norm_begin) return;
    std::string_view noun = text_.substr(cue.end, claims[j].norm_begin - cue.end);
    while (!noun.empty() && noun.front() == ' ') noun.remove_prefix(1);
    while (!noun.empty() && (noun.back() == ' ' || noun.back() == ',')) noun.remove_suffix(1);
    if (split) {  // "المتدربون على": the noun, and what it is shared among
      const auto among = cues_.MatchBefore(noun, noun.size(), "shared-among");
      if (!among.entry) return;
      noun = noun.substr(0, scan::SkipSpacesBack(noun, among.end));
    }
    if (noun.empty() || scan::WordAt(noun, 0).size() != noun.size() ||
        doc_.engine.noun_keys().Key(noun) != whole->noun_key) {
      return;  // one word, the noun of the whole
    }
    std::vector<const Claim*> parts = {&claims[j]};
    for (size_t k = j + 1; k < claims.size() && claims[k].sentence == claims[j].sentence; ++k) {
      if (!IsPlainCount(claims[k]) || !EndsWithAListWord(*parts.back(), claims[k])) break;
      parts.push_back(&claims[k]);
    }
    if (parts.size() < 2) return;
    // "وتوزعت الشركات على 12 قاعة": what the whole is shared among, no part of it.
    if (split && !absl::c_all_of(parts, [&](const Claim* p) { return OfItsNoun(*whole, *p); })) {
      return;
    }
    double sum = 0, slack = split ? CountSlack(*whole) : ExactSlack(*whole);
    std::vector<SpanRef> spans = {SpanOf(*whole)};
    for (const Claim* p : parts) {
      sum += *AsDouble(p->value), spans.push_back(SpanOf(*p));
      if (split) slack += CountSlack(*p);
    }
    const double t = *AsDouble(whole->value);
    if (split ? std::fabs(sum - t) <= slack : sum <= t + slack) return;
    reporter_->Report("arith.total_mismatch",
                      split ? absl::StrFormat("the parts add up to %s, not %s", Number(sum),
                                              whole->value)
                            : absl::StrFormat("the parts add up to %s, more than the whole, %s",
                                              Number(sum), whole->value),
                      spans, whole->value, Number(sum));
  }

  // From claim j on, parts of `whole` each with its share right after it, in the part's
  // sentence.
  void PartsWithTheirShares(const Claim& whole, size_t j) {
    const auto& claims = doc_.claims;
    const uint32_t sentence = j < claims.size() ? claims[j].sentence : 0;
    while (j + 1 < claims.size()) {
      const Claim& part = claims[j];
      // "تأهل 8 إلى الجولة الثانية، أي 32%": an ordinal in what the part did is no share.
      const size_t k = claims[j + 1].kind == Kind::kOrdinal && j + 2 < claims.size() ? j + 2
                                                                                  : j + 1;
      const Claim& pct = claims[k];
      // "300 (25%)", "1,800, or 75%,": the share right after its part.
      const bool right_after = RestatedRightAfter(part, pct) || RestatedAfterWhatItDid(part, pct);
      if (pct.sentence != sentence || !IsPlainCount(part) ||
          !(IsShare(pct) || IsWordFraction(pct)) || !pct.qualifier.empty() || !right_after ||
          OwnWholeAfter(pct) || CuedAfter(pct, "change-after") || CuedAfter(pct, "compares")) {
        return;
      }
      CheckShare(part, whole, pct);
      j = k + 1;
    }
  }

  // "300 passed the written exam, or 75%", "نجح 300 في الامتحان، أي 75%": a few words of what
  // a part did, one comma, and a word that restates the part as its share or its rate.
  bool RestatedAfterWhatItDid(const Claim& part, const Claim& share) const {
    constexpr size_t kNear = 60;  // bytes: a verb and its object
    if (!CommaBeforeTheCue(part, share, "restate", kNear) && !RateAfterAComma(part, share)) {
      return false;
    }
    const std::string_view between = doc_.Between(part, share);
    if (between.find(';') != std::string_view::npos) return false;
    size_t commas = static_cast<size_t>(std::count(between.begin(), between.end(), ','));
    for (size_t at = between.find(kArabicComma); at != std::string_view::npos;
         at = between.find(kArabicComma, at + kArabicComma.size())) {
      ++commas;
    }
    return commas == 1;  // no clause between
  }

  // "شارك 400 شخص، أيد 100 منهم (25%)", "400 people, of whom 100 (25%) agreed": a part tied
  // to the whole before it by a word for "of them", with its share in brackets right after.
  void PartOfThem(size_t i) {
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    if (claims[i - 1].sentence != claims[i].sentence) return PartOfThemOpeningASentence(i);
    // "2,150 students sat the exam on Monday, and 1,806 of them": the time of the whole
    // between it and the part.
    const Claim& anchor = claims[i - 1];
    const bool timed = i > 1 && IsTimeOrPeriod(anchor) &&
                       TimeRightAfter(claims[i - 2], anchor, kFewWords);
    const size_t w = timed ? i - 2 : i - 1;
    const Claim& part = claims[i];
    const Claim& pct = claims[i + 1];
    if (!IsPlainCount(part) || !IsPlainCount(claims[w])) return;
    // "صوت منهم 2.1 مليون، أي نصفهم": the share may be a fraction in words, or said about so
    // much ("بيعت منها 38 ألف تذكرة، أي نحو 84%").
    const bool share = (IsShare(pct) && (pct.qualifier.empty() || pct.qualifier == "about")) ||
                       IsWordFraction(pct, true);
    if (!share) return;
    // "12 ألف عداء من 60 دولة، أنهى منهم السباق 9 آلاف": a whole smaller than the part is
    // where the count before it comes from, which "of them" is of.
    const Claim* head = *AsDouble(claims[w].value) < *AsDouble(part.value)
                            ? HeadOfTheComplement(w)
                            : nullptr;
    const Claim& whole = head != nullptr ? *head : claims[w];
    if (!IsPlainCount(whole) || (whole.noun_key.empty() && whole.unit.empty()) ||
        whole.sentence != pct.sentence ||
        (OwnWholeAfter(pct) && !OfTheSameWhole(pct, whole) && !OfTheTotal(pct))) {
      return;
    }
    const std::string_view between = doc_.Between(part, pct);
    const std::string words = Trimmed(between);  // " منهم (": "منهم"; " (": ""
    // "نجح منهم 22 ألفا، أي بنسبة 48.9%": the share restated after the part, "of them" before.
    constexpr size_t kRestated = 60;  // bytes: "في الدورة الرئيسية، أي بنسبة"
    const bool restated =
        words.size() <= kRestated && (Restated(part, pct) || RateAfterAComma(part, pct));
    if (between.find('(') == std::string_view::npos && !restated) return;
    // "of them" before the part may be a clause's few words from the whole: "45 ألف تلميذ
    // اجتازوا الامتحان، نجح منهم 22 ألفا" (80 bytes: a verb and its object, in Arabic); or
    // right after it, as English says it: "1,806 of them, or 84%".
    const bool tied = words.empty() || restated
                          ? EndsWithCue(anchor, part, "them", 80) ||
                                ThemPastItsObject(anchor, part) ||
                                (restated && StartsWithCue(part, pct, "them"))
                          : CoveredBy(words, cues_, "them");
    if (tied) CheckShare(part, whole, pct);
  }

  // "The city has 1.2 million residents. About 360,000 of them, or 25%, are under 18": a
  // sentence that opens with a part and "of them" right after it, its share restated, takes
  // the one count of a noun of the sentence before as the whole.
  void PartOfThemOpeningASentence(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& part = claims[i];
    const Claim& pct = claims[i + 1];
    if (!(IsPlainCount(part) || IsCountAbout(part)) || pct.sentence != part.sentence ||
        !IsShare(pct) || !pct.qualifier.empty() || !StartsWithCue(part, pct, "them")) {
      return;
    }
    if (!OpensASentence(text_, part.norm_begin)) return;
    if (doc_.Between(part, pct).find('(') == std::string_view::npos && !Restated(part, pct)) {
      return;
    }
    // "Turnout was 60% of 2 million voters. 600,000 of them": a share there makes a part of
    // the count another whole.
    for (size_t j = i; j-- > 0 && claims[j].sentence + 1 == part.sentence;) {
      if (IsShare(claims[j])) return;
    }
    if (const Claim* whole = TheOneCountBefore(i, /*of_a_noun=*/true)) {
      CheckShare(part, *whole, pct);
    }
  }

  // "أنهى منهم السباق 9 آلاف": "of them" right before the one word of the verb's object, then
  // the part, in its clause after `anchor`.
  bool ThemPastItsObject(const Claim& anchor, const Claim& part) const {
    constexpr size_t kNear = 80;  // bytes: "اجتازوا الامتحان، أنهى منهم السباق"
    const size_t end = scan::SkipSpacesBack(text_, part.norm_begin);
    const std::string_view object = scan::WordBefore(text_, end);
    if (object.empty() || end - object.size() <= anchor.norm_end ||
        part.norm_begin - anchor.norm_end > kNear) {
      return false;
    }
    const auto them = cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, end - object.size()),
                                        "them");
    return them.entry != nullptr && them.end >= anchor.norm_end;
  }

  // "cut 1,200 jobs, or 8% of its 15,000 employees", "640 ألفا، ما يمثل 15.8% من السكان
  // النشيطين البالغ عددهم 4.05 مليون": a part, its share restated, then the whole the share
  // is of, right after "of" or a few words on after "whose number is" (arith_cues.tsv
  // "of-whole", "amounting").
  void ShareOfAWholeAfter(size_t i) {
    constexpr size_t kNear = 80;  // bytes: "من السكان النشيطين البالغ عددهم"
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim& pct = claims[i];
    // "أي ربع إجمالي الإنفاق البالغ": an Arabic fraction in construct with what it is of.
    const bool construct = IsWordFraction(pct, /*about=*/true) && InConstruct(pct);
    // "320,000 tonnes, a fifth of the 1.6 million tonnes produced": an English fraction "of".
    const bool fraction_of = IsWordFraction(pct, /*about=*/true) && OwnWholeAfter(pct);
    if (!(IsShare(pct) || construct || fraction_of) ||
        !(pct.qualifier.empty() || pct.qualifier == "about")) {
      return;
    }
    // "من ميزانية العام الماضي البالغة": the whole's time between.
    const Claim& whole = claims[PastATime(i + 1, pct)];
    if (whole.sentence != pct.sentence || !IsPlainCount(whole)) return;
    // "cut 3,000 jobs last year, about 5% of its": the time of the part between.
    const bool timed = i > 1 && IsTimeOrAgo(claims[i - 1]) &&
                       TimeRightAfter(claims[i - 2], claims[i - 1], kFewWords);
    // "Some 1.8 million pilgrims, or 90% of": a part said about so much, weighed loosely.
    const size_t p = timed ? i - 2 : i - 1;
    const Claim& part = claims[p];
    // "Half of the 600 workers, or a third of": the part is a share of that count.
    if (p > 0 && IsWordFraction(claims[p - 1], /*about=*/true) &&
        JoinedBy(claims[p - 1], part, "of")) {
      return;
    }
    if (!(IsPlainCount(part) || IsCountAbout(part)) || part.sentence != pct.sentence ||
        !(construct || OwnWholeAfter(pct)) || IsWordFraction(part, /*about=*/true) ||
        doc_.Between(part, pct).size() > kNear ||
        !(Restated(part, pct) || InApposition(claims[i - 1], pct))) {
      return;
    }
    const std::string of = Trimmed(doc_.Between(pct, whole));
    // "or 12% of its 15,000 employees", "or 12% of its workforce of 15,000": what the whole is
    // may stand between "of its" and a second "of".
    const auto of_its = cues_.MatchAt(of, 0, "of-whole");
    const std::string named =
        of_its.entry ? Trimmed(std::string_view(of).substr(of_its.end)) : std::string();
    const auto last_of = cues_.MatchBefore(named, named.size(), "of-whole");
    // "of its workforce of", "of the total damage of": a word or two naming the whole.
    const std::string name =
        last_of.entry ? Trimmed(std::string_view(named).substr(0, last_of.end)) : std::string();
    const bool right_after = CoveredBy(of, cues_, "of-whole") ||
                             (last_of.entry && last_of.end > 0 &&
                              std::count(name.begin(), name.end(), ' ') <= 1);
    if (!right_after && !(of.size() <= kNear && EndsWithCue(pct, whole, "amounting", kNear))) {
      return;
    }
    CheckShare(part, whole, pct);
  }

  // Whether an Arabic word that is no particle follows a claim in words, which it then governs
  // ("ربع إجمالي الإنفاق", a quarter of the total spending).
  bool InConstruct(const Claim& c) const {
    if (static_cast<unsigned char>(text_[c.norm_begin]) < 0x80) return false;
    const std::string_view next = scan::WordAt(text_, scan::SkipSpaces(text_, c.norm_end));
    return !next.empty() && static_cast<unsigned char>(next[0]) >= 0x80 &&
           !doc_.engine.noun_stopwords().contains(std::string(next));
  }

  bool OwnWholeAfter(const Claim& pct) const { return CuedAfter(pct, "of"); }

  // "a third of the total,": the share's whole is the one said before it.
  bool OfTheTotal(const Claim& pct) const {
    const auto m = cues_.MatchAt(text_, scan::SkipSpaces(text_, pct.norm_end), "of-total");
    return m.entry && EndsAt(text_, m.end, ".,;)\n");
  }

  // "40 عضوا، بينهم 12 امرأة، أي 30% من الأعضاء": the whole a share is of, named again by its
  // noun right after "of".
  bool OfTheSameWhole(const Claim& pct, const Claim& whole) const {
    return SameWholeEnd(pct, whole) != std::string_view::npos;
  }

  // Where the noun after a share's "of" ends when it names `whole`'s noun; npos otherwise.
  size_t SameWholeEnd(const Claim& pct, const Claim& whole) const {
    if (whole.noun_key.empty() && whole.unit.empty()) return std::string_view::npos;
    const auto of = cues_.MatchAt(text_, scan::SkipSpaces(text_, pct.norm_end), "of-whole");
    if (!of.entry) return std::string_view::npos;
    const size_t start = scan::SkipSpaces(text_, of.end);
    const std::string_view word = scan::WordAt(text_, start);
    if (word.empty()) return std::string_view::npos;
    const std::string key = doc_.engine.noun_keys().Key(word);
    // "25 وزيرا، بينهم 10 نساء، أي 40% من أعضائها": "its members" are the whole's, whatever
    // noun it counts (a pronoun glued to "members": arith_cues.tsv "them-suffix").
    const bool its_members =
        key != whole.noun_key && CoveredBy(key, cues_, "members") &&
        cues_.SuffixBefore(text_, start + word.size(), "them-suffix").entry != nullptr;
    const bool same = !whole.noun_key.empty() && key == whole.noun_key;
    return same || its_members || NamedBeforeIt(key, whole)
               ? start + word.size()
               : std::string_view::npos;
  }

  // "بلغ إنتاج التمور 1.6 مليون طن، ... أي 20% من الإنتاج": a word of the few before a whole
  // (its subject) has the noun key `key`.
  bool NamedBeforeIt(const std::string& key, const Claim& whole) const {
    constexpr size_t kSubject = 56;  // bytes: "بلغ إنتاج المملكة من التمور"
    const size_t from = whole.norm_begin > kSubject ? whole.norm_begin - kSubject : 0;
    const auto& keys = doc_.engine.noun_keys();
    return AnyWordBack(from, whole.norm_begin,
                       [&](size_t, std::string_view word) { return keys.Key(word) == key; });
  }

  // Whether `wanted` holds for one of the words from `to` back to `from`, the nearest first;
  // a mark between words (a comma, a stop, a bracket) ends the walk.
  template <typename Wanted>
  bool AnyWordBack(size_t from, size_t to, Wanted wanted) const {
    for (size_t end = scan::SkipSpacesBack(text_, to); end > from;) {
      const std::string_view word = scan::WordBefore(text_, end);
      const size_t start = end - word.size();
      if (word.empty() || start < from) return false;
      if (wanted(start, word)) return true;
      end = scan::SkipSpacesBack(text_, start);
    }
    return false;
  }

  // "48% of 5.2 million voters, or about 2.5 million", "12 ألف موظف، 60% منهم من النساء، أي
  // 7200 امرأة": a share of a whole, right after it ("of") or before it ("of them"), then the
  // part restated a few words on.
  void ShareThenPart(size_t i) {
    constexpr size_t kNear = 60;  // bytes: "ناخب مسجل، أي", "منهم في أحياء عشوائية، أي"
    const auto& claims = doc_.claims;
    if (i + 1 >= claims.size()) return;
    const Claim& pct = claims[i];
    // "Some 45% of the 1.2 million residents, or 540,000": about a share is near enough.
    const bool about = pct.qualifier.empty() || pct.qualifier == "about";
    // "Fewer than a third of the 90 seats, 25": a share said to be above or below so much.
    const bool share =
        ((IsShare(pct) || IsWordFraction(pct, /*about=*/true)) && about) || IsBoundedShare(pct);
    if (!share || CuedBefore(pct, "change")) return;
    // Not "of them": "60% منهم من النساء", "ربعهم من الأطفال".
    const bool of = OwnWholeAfter(pct) && !CuedAfter(pct, "them") && !OfThemGlued(pct);
    // "Of the 1,500 adults surveyed, 42%", "من بين 1500 مشارك، أيد 42%": a whole cued before
    // it, a comma after its words, and the share's verb.
    const auto cued_whole = [&] {
      return !of && i > 0 && SetOffFromItsWhole(claims[i - 1], pct);
    };
    // "cut 15% of its 20,000 jobs": after a verb, a share only of a whole right after it.
    if (CuedBefore(pct, "verb") && !cued_whole() &&
        !(of && i + 1 < claims.size() && JoinedBy(pct, claims[i + 1], "of"))) {
      return;
    }
    if (of ? i + 2 >= claims.size() : i == 0) return;
    // "trained 12,000 teachers since 2018, 60% of them": the whole's time between.
    const bool timed = !of && i > 1 && IsTimeOrAgo(claims[i - 1]) &&
                       TimeRightAfter(claims[i - 2], claims[i - 1], kFewWords);
    const Claim& whole = of ? claims[i + 1] : claims[timed ? i - 2 : i - 1];
    // ("Half of the 600 workers, or a third of the total staff": a fraction is no part.)
    const auto alike = [&whole](const Claim& c) {
      return !c.value.empty() && (c.qualifier.empty() || c.qualifier == "about") &&
             c.kind == whole.kind && c.unit == whole.unit && !c.ratio &&
             !IsWordFraction(c, /*about=*/true);
    };
    // "40% of them under 15, or about 480,000": what the part is may hold a claim of its own.
    size_t p = of ? i + 2 : i + 1;
    if (!alike(claims[p]) && p + 1 < claims.size() && claims[p].sentence == pct.sentence) ++p;
    const Claim& part = claims[p];
    // "or 300 more than in 2020": a difference, no part.
    const bool part_alike = alike(part) && !CuedAfter(part, "compares");
    // "نحو 4 ملايين نسمة، يعيش 40% منهم": a whole of about so many.
    const bool whole_count = IsPlainCount(whole) || IsCountAbout(whole);
    // "بلغت الصادرات 42.3 مليار دولار. ويمثل النفط 70% منها": "of it" a few words into the
    // next sentence refers back to the whole that ends the one before.
    const bool next_sentence = !of && whole.sentence + 1 == pct.sentence && OpensNear(pct);
    if (!whole_count || !part_alike || (whole.sentence != pct.sentence && !next_sentence) ||
        part.sentence != pct.sentence) {
      return;
    }
    const Claim& before_part = of ? whole : pct;
    if (!CueRightBefore(before_part, part, "restate", kNear) &&
        !(of ? SetOffByCommas(whole, part) : SetOffAfterThem(pct, part)) &&
        !(!of && BracketedAfterThem(pct, part, cued_whole()))) {
      return;
    }
    // Before "of them", the share right after its whole, or after a word or two, its verb
    // or time ("نحو 4 ملايين نسمة، يعيش 40% منهم", "3,200 students this year, 56% of them"),
    // what the whole is of between ("1200 طن من الزيتون، صدرت ثلثيها").
    const auto right_after = [&] {
      const std::string words = Trimmed(doc_.Between(timed ? claims[i - 1] : whole, pct));
      return next_sentence || AWordOrTwo(words) || PastWhatItIsOf(words);
    };
    // "84 مليون دينار، توزع منها 60%": "of it" may come before the share.
    const bool tied = of ? JoinedBy(pct, whole, "of") || OfAWholeAmounting(pct, whole) ||
                               OfItsNounThenWhole(pct, whole)
                         : ((StartsWithCue(pct, part, "them") || CuedBefore(pct, "them") ||
                             OfThemGlued(pct)) &&
                            right_after()) ||
                               (!timed && cued_whole());
    if (tied) CheckShare(part, whole, pct);
  }

  // Whether `words` are what a whole is of, a comma, and a word or two of a verb: "من الزيتون،
  // صدرت".
  static bool PastWhatItIsOf(std::string_view words) {
    const Comma comma = CommaIn(words, /*last=*/false);
    return comma.at != std::string_view::npos && WhatItIsOf(words.substr(0, comma.at)) &&
           AWordOrTwo(Trimmed(words.substr(comma.past)));
  }

  // Whether claim c comes two words at most into its sentence ("ويمثل النفط 70%").
  bool OpensNear(const Claim& c) const {
    const size_t start = SentenceStart(c);
    const std::string words = Trimmed(text_.substr(start, c.norm_begin - start));
    return start > 0 && !HasComma(words) && AWordOrTwo(words);
  }

  // Whether `words` (trimmed) are two words at most: a share's verb and its subject.
  static bool AWordOrTwo(std::string_view words) {
    constexpr size_t kTwoWords = 32;  // bytes: "وتمثل الضرائب"
    return words.size() <= kTwoWords && std::count(words.begin(), words.end(), ' ') <= 1;
  }

  // "Half of the 300 delegates, 150, backed it", "أكثر من نصف المقاعد الـ90، 50، ذهبت": a bare
  // count set off by commas right after the whole, counting nothing else.
  bool SetOffByCommas(const Claim& whole, const Claim& part) const {
    const std::string_view between = doc_.Between(whole, part);
    return CommaAfter(part) && (part.noun_key.empty() || part.noun_key == whole.noun_key) &&
           Trimmed(between).empty() && HasComma(between);
  }

  // "1.4 million residents, 60% of whom, some 840,000, are under 30": the same after "of
  // them" and a comma.
  bool SetOffAfterThem(const Claim& pct, const Claim& part) const {
    const std::string_view between = doc_.Between(pct, part);
    return CommaAfter(part) && part.noun_key.empty() && HasComma(between) &&
           CoveredBy(Trimmed(between), cues_, "them");
  }

  // "نصفهم (300 ألف)", "50% منهم (300 ألف)", "نصفهم تقريبا (300 ألف)": the part in brackets
  // right after the share, its "of them" and a word that says it is about so much; or right
  // after a share `set_off` from its whole ("Of the 400 people polled, half (200)").
  bool BracketedAfterThem(const Claim& pct, const Claim& part, bool set_off) const {
    std::string_view between = doc_.Between(pct, part);
    between = between.substr(0, scan::SkipSpacesBack(between, between.size()));
    if (!between.ends_with('(')) return false;
    between.remove_suffix(1);
    std::string words = Trimmed(between);
    const auto about = doc_.engine.qualifiers().MatchBefore(words, words.size(), "about");
    if (about.entry) words = Trimmed(std::string_view(words).substr(0, about.end));
    return words.empty() ? OfThemGlued(pct) || set_off : CoveredBy(words, cues_, "them");
  }

  bool CommaAfter(const Claim& c) const {
    const size_t after = scan::SkipSpaces(text_, c.norm_end);
    return after < text_.size() && (text_[after] == ',' || text_.substr(after, 2) == kArabicComma);
  }

  // "45% من المقاعد الـ150": the whole's noun before it, right after "of".
  bool OfItsNounThenWhole(const Claim& pct, const Claim& whole) const {
    const size_t end = SameWholeEnd(pct, whole);
    return end <= whole.norm_begin && Trimmed(text_.substr(end, whole.norm_begin - end)).empty();
  }

  // "60% من ميزانيتها البالغة 2.5 مليار دينار": what the whole is between "of" and a word that
  // gives its amount (arith_cues.tsv "amounting").
  bool OfAWholeAmounting(const Claim& pct, const Claim& whole) const {
    constexpr size_t kNear = 80;  // bytes: "من ميزانيتها السنوية البالغة"
    return doc_.Between(pct, whole).size() <= kNear &&
           EndsWithCue(pct, whole, "amounting", kNear);
  }

  // Whether a share follows its whole cued before it ("Of the", "من بين": arith_cues.tsv
  // "whole") past a few words, a comma, and at most a word, the share's verb.
  bool SetOffFromItsWhole(const Claim& whole, const Claim& share) const {
    return PastAComma(whole, share, kFewWords, /*verb=*/true) && WholeCued(whole);
  }

  // "ربعهم", "ثلثيها": a fraction in words with "of them", "of it" glued to its end
  // (arith_cues.tsv "them-suffix").
  bool OfThemGlued(const Claim& fraction) const {
    if (!IsWordFraction(fraction, /*about=*/true)) return false;
    // The fraction's word may be followed by a word of about so much ("نصفهم تقريبا").
    for (size_t at = fraction.norm_begin, length = 1; at < fraction.norm_end; at += length) {
      const size_t end = scan::LetterRunEnd(text_, at);
      if (end > at && cues_.SuffixBefore(text_, end, "them-suffix").entry != nullptr) return true;
      if (end > at) {
        length = end - at;
      } else {
        scan::NextCodePoint(text_, at, &length);
      }
    }
    return false;
  }

  void CheckShare(const Claim& part, const Claim& whole, const Claim& share) {
    // "أي 15% أكثر من العام الماضي", "20% more than": set against another amount, no share.
    if (CuedAfter(share, "compares")) return;
    const bool bounded = IsBoundedShare(share);
    const bool fraction = IsWordFraction(share, /*about=*/true) ||
                          (bounded && share.kind == Kind::kNumber);
    const double x = *AsDouble(part.value), y = *AsDouble(whole.value);
    const double z = *AsDouble(share.value) * (fraction ? 100 : 1);
    const double share_slack =
        fraction || share.qualifier == "about" ? kFractionSlack : HalfUnit(share);
    if (y <= 0 || x > y) return;
    // The percentage the part and whole allow, with each rounded as written (a count of
    // digits under a thousand is exact: "7 of 11").
    // "about 2.5 million" may be a twentieth off.
    const double part_slack = CountSlackBeside(part, whole) + (part.approx ? 0.05 * x : 0);
    const double whole_slack = CountSlackBeside(whole, part) + (whole.approx ? 0.05 * y : 0);
    const double lo = 100 * (x - part_slack) / (y + whole_slack);
    const double hi = y > whole_slack ? 100 * (x + part_slack) / (y - whole_slack) : HUGE_VAL;
    // "less than a quarter" holds where the share may be below it, "more than 30%" above.
    const bool below = share.qualifier == "less-than" || share.qualifier == "at-most";
    const bool holds = !bounded ? z + share_slack >= lo && z - share_slack <= hi
                       : below  ? lo <= z + share_slack
                                : hi >= z - share_slack;
    if (holds) return;
    const std::string said = fraction || bounded ? share.text : share.value + "%";
    reporter_->Report("arith.percent_mismatch",
                      absl::StrFormat("%s of %s is %.2f%%, not %s", part.value, whole.value,
                                      100 * x / y, said),
                      {SpanOf(part), SpanOf(whole), SpanOf(share)},
                      absl::StrFormat("%.2f", 100 * x / y), share.value);
  }

  // "واحد من كل أربعة بالغين، أي 25%": the noun a claim counts, then a comma and a word that
  // restates it as `b`.
  bool RestatedPastItsNoun(const Claim& a, const Claim& b) const {
    constexpr size_t kNoun = 24;  // bytes: "بالغين في المسح"
    const std::string_view between = doc_.Between(a, b);
    const Comma comma = CommaIn(between, /*last=*/true);
    return comma.at != std::string_view::npos && comma.at <= kNoun &&
           !HasComma(between.substr(0, comma.at)) &&
           CoveredBy(Trimmed(between.substr(comma.past)), cues_, "restate");
  }

  // The number the last digits of a claim's text write ("in 10 adults"); 0 where none do.
  double LastDigits(const Claim& c) const {
    size_t end = c.norm_end;
    while (end > c.norm_begin && !scan::IsAsciiDigit(text_[end - 1])) --end;
    size_t start = end;
    while (start > c.norm_begin && scan::IsAsciiDigit(text_[start - 1])) --start;
    if (start == end || end - start > 6) return 0;
    return std::strtod(std::string(text_.substr(start, end - start)).c_str(), nullptr);
  }

  // "One in four adults, or 25%", "3 من كل 10 (30%)": a ratio restated as a percentage. "One
  // in N" rounds N, "3 in 10" its count: a share between the roundings holds ("one in four" is
  // 22.2% to 28.6%, "3 in 10" 25% to 35%).
  void RatioRestated(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& ratio = claims[i];
    if (!ratio.ratio || i + 1 >= claims.size()) return;
    const Claim& pct = claims[i + 1];
    const bool about = pct.qualifier == "about";
    if (!IsShare(pct) || !(pct.qualifier.empty() || about) || pct.sentence != ratio.sentence ||
        !(ratio.qualifier.empty() || ratio.qualifier == "about") ||
        !(RestatedRightAfter(ratio, pct) || RestatedPastItsNoun(ratio, pct))) {
      return;
    }
    const double v = *AsDouble(ratio.value);
    double m = LastDigits(ratio);  // "4 in 10": ten, not the five of 2/5
    if (m == 0 || std::fabs(v * m - std::round(v * m)) > 1e-9) {
      for (m = 1; m <= 1000 && std::fabs(v * m - std::round(v * m)) > 1e-9;) ++m;
    }
    const double n = std::round(v * m);
    if (m > 1000 || n < 1) return;
    const double lo = n == 1 ? 100 / (m + 0.5) : 100 * (n - 0.5) / m;
    const double hi = n == 1 ? 100 / (m - 0.5) : 100 * (n + 0.5) / m;
    // "or about 17%": as loose as a share in words.
    const double z = *AsDouble(pct.value), slack = about ? kFractionSlack : HalfUnit(pct);
    if (z + slack >= lo && z - slack <= hi) return;
    reporter_->Report("arith.percent_mismatch",
                      absl::StrFormat("%s is %.2f%%, not %s%%", ratio.text, 100 * v, pct.value),
                      {SpanOf(ratio), SpanOf(pct)}, absl::StrFormat("%.2f", 100 * v), pct.value);
  }

  // "Nearly two-thirds of respondents, 64%, said", "a third (33%)": a fraction in words restated
  // as a percentage, right after it or set off by commas past its noun; within 2.5 points, 5
  // where either is said about so much.
  void FractionRestated(size_t i) {
    constexpr size_t kNoun = 24;  // bytes: "of respondents", "من المستطلعين"
    const auto& claims = doc_.claims;
    const Claim& fraction = claims[i];
    if (!IsWordFraction(fraction, /*about=*/true) || i + 1 >= claims.size()) return;
    const Claim& pct = claims[i + 1];
    const bool about = pct.qualifier == "about" || fraction.qualifier == "about";
    if (!IsShare(pct) || !(pct.qualifier.empty() || pct.qualifier == "about") ||
        pct.sentence != fraction.sentence) {
      return;
    }
    const std::string_view between = doc_.Between(fraction, pct);
    const Comma comma = CommaIn(between, /*last=*/false);
    const bool set_off = comma.at != std::string_view::npos && comma.at <= kNoun &&
                         Trimmed(between.substr(comma.past)).empty() && CommaAfter(pct);
    if (!(set_off || RestatedRightAfter(fraction, pct) || RestatedPastItsNoun(fraction, pct))) {
      return;
    }
    const double share = 100 * *AsDouble(fraction.value), z = *AsDouble(pct.value);
    if (std::fabs(share - z) <= (about ? 2 : 1) * kFractionSlack + HalfUnit(pct)) return;
    reporter_->Report("arith.percent_mismatch",
                      absl::StrFormat("%s is %.2f%%, not %s%%", fraction.text, share, pct.value),
                      {SpanOf(fraction), SpanOf(pct)}, absl::StrFormat("%.2f", share),
                      pct.value);
  }

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
    if (!shift) return;
    const Claim* said = ChangeSaid(*shift);
    if (said == nullptr) return;
    const Claim& to = *shift->to_claim;
    if (IsShare(*said)) return CheckChange(*shift, *said);
    // "to $12,000 from $10,000, an increase of a fifth".
    if (IsWordFraction(*said) && CuedBefore(*said, "change")) {
      return CheckFractionChange(*shift, *said);
    }
    if (IsPlainAmount(*said) && said->kind == to.kind &&
        (said->unit == to.unit || Degrees(*said, to))) {
      CheckDifference(*shift, *said);
    }
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
    size_t limit = shift.last + 2;
    for (size_t j = shift.last + 1; j < claims.size() && j <= limit; ++j) {
      const Claim& said = claims[j];
      if (said.sentence != to.sentence || AnotherThingBetween(last, said)) return nullptr;
      if (InARecord(claims[j - 1], said)) {  // "the lowest in two years": no change said
        ++limit;
        continue;
      }
      if (!CuedBefore(said, "change") && !CuedAfter(said, "change-after")) continue;
      if (ChangeOfAPart(said)) return nullptr;
      if (shift.against && !Restated(claims[shift.last], said) &&
          !SaidRightAfter(shift.last, j)) {
        return nullptr;
      }
      return &said;
    }
    return nullptr;
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
      const bool relative = t.kind == Kind::kDuration && (t.qualifier == "ago" ||
                                                          t.qualifier == "later");
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

  // Whether claim `t` stands in such words right after `last` ("in two years", "since 2021").
  bool InARecord(const Claim& last, const Claim& t) const {
    constexpr size_t kAPhrase = 40;  // bytes: "its lowest level since"
    const std::string words = Trimmed(doc_.Between(last, t));
    return words.size() <= kAPhrase && CommaIn(words, false).at == std::string::npos &&
           cues_.MatchAt(words, 0, "record").entry;
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

  // Whether "أي", "i.e.", "that is" stand between two claims: the second restates the first.
  bool Restated(const Claim& a, const Claim& b) const {
    return cues_.StartsAWordIn(text_, a.norm_end, b.norm_begin, "restate");
  }

  // "نجح 60 ألفا، بنسبة 75%", "600 were admitted, a rate of 25%": a comma after a part, or
  // after what it did, and the cue of its rate right before its share.
  bool RateAfterAComma(const Claim& part, const Claim& share) const {
    constexpr size_t kNear = 60;  // bytes: a verb and its object
    const std::string_view between = doc_.Between(part, share);
    const bool comma = between.find(',') != std::string_view::npos ||
                       between.find(kArabicComma) != std::string_view::npos;
    return (comma && CoveredBy(Trimmed(between), cues_, "part-rate")) ||
           CommaBeforeTheCue(part, share, "part-rate", kNear) ||
           RateNamedAfterTheComma(between);
  }

  // "نجح منهم 611 ألفا، بنسبة نجاح بلغت 82%", ", a pass rate of 82%": after the last comma, a
  // few words that name the share as the part's rate, and no other clause.
  bool RateNamedAfterTheComma(std::string_view between) const {
    const Comma comma = CommaIn(between, /*last=*/true);
    if (comma.at == std::string_view::npos) return false;
    const std::string_view words = between.substr(comma.past);
    return words.size() <= kFewWords && cues_.StartsAWordIn(words, 0, words.size(), "rate-named") &&
           !cues_.StartsAWordIn(words, 0, words.size(), "clause");
  }

  // "، بنسبة نجاح بلغت 78%": a word between names the share as the part's rate in the whole;
  // not past a clause of another subject ("فيما بلغت نسبة النجاح الوطنية 62%").
  bool RateNamed(const Claim& a, const Claim& b) const {
    return cues_.StartsAWordIn(text_, a.norm_end, b.norm_begin, "rate-named") &&
           !cues_.StartsAWordIn(text_, a.norm_end, b.norm_begin, "clause");
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
    if (InPoints(said)) return CheckDifference(shift, said);
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
  // rate, "0.6 points", "0.6 نقطة".
  bool InPoints(const Claim& c) const {
    if (c.value.empty() || !c.qualifier.empty() || c.approx) return false;
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
    // "رفع نسبة الفائدة بـ 50 نقطة أساسية": "ب" alone before points.
    if (!(CuedBefore(said, "change") || CuedBefore(said, "verb") || CuedBefore(said, "by") ||
          (InPoints(said) && BaEndsAt(text_, scan::SkipSpacesBack(text_, said.norm_begin))) ||
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
    const double slack = ends + per * Slack(difference, difference);
    return std::fabs(std::fabs(*b - *a) - per * *d) <= slack;
  }

  // The difference from A to B said to be D, each of them rounded as written.
  void CheckDifference(const Shift& shift, const Claim& difference) {
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
    // "shrank by a third, from 10,000 to 8,000", "بمقدار الثلث": a change as a fraction in words.
    const bool fraction =
        IsWordFraction(pct) &&
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
    const size_t next = PastATime(first, pct);
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
    }
    if (shift) CheckChange(*shift, pct);
  }

  // Whether `amount` restates the change `pct` right after it: "، أو ما قيمته 643 م د".
  bool AmountRestates(const Claim& pct, const Claim& amount) const {
    return IsPlainAmount(amount) && amount.sentence == pct.sentence &&
           CoveredBy(Trimmed(doc_.Between(pct, amount)), cues_, "restate");
  }

  // "rose $2 to $50 from $47", "ارتفع 7 فلوس إلى 3.05 درهم من 2.98 درهم": the difference said
  // first, in the unit of its values, then where it led and where it began.
  void DifferenceFirst(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& said = claims[i];
    if (!IsPlainCount(said) || (said.kind == Kind::kNumber && said.noun_key.empty()) ||
        i + 2 >= claims.size()) {
      return;
    }
    const Claim& to = claims[i + 1];
    const bool alike = to.kind == said.kind && to.unit == said.unit &&
                       (to.noun_key.empty() || to.noun_key == said.noun_key ||
                        said.kind == Kind::kMoney);
    // Read in place first: "to" and nothing else between.
    const auto m = cues_.MatchAt(text_, scan::SkipSpaces(text_, said.norm_end), "to");
    if (to.sentence != said.sentence || !alike || !m.entry ||
        scan::SkipSpaces(text_, m.end) != to.norm_begin) {
      return;
    }
    if (!ChangedBy(i)) return;
    if (const std::optional<Shift> shift = Against(i + 1, /*change_first=*/true)) {
      CheckDifference(*shift, said);
    }
  }

  // "Of the 50 states, 27 have passed such laws, while 23 have not": a whole cued before its
  // parts, those that did a thing and those that did not (arith_cues.tsv "did-not" right
  // after them), the sentence's last count: together they make the whole up.
  void ThoseThatDidNot(size_t i) {
    constexpr size_t kNear = 80;  // bytes: what the first part did
    const auto& claims = doc_.claims;
    if (i < 2) return;
    const Claim& whole = claims[i - 2];
    const Claim& did = claims[i - 1];
    const Claim& did_not = claims[i];
    // Asked at every claim: the sentence's last count of three, before any cue is read.
    if (whole.sentence != did_not.sentence ||
        (i + 1 < claims.size() && claims[i + 1].sentence == did_not.sentence) ||
        !IsPlainCount(did_not) || !IsPlainCount(did) || !IsPlainCount(whole) ||
        doc_.Between(did, did_not).size() > kNear || !CuedAfter(did_not, "did-not") ||
        !SetOffFromItsWhole(whole, did)) {
      return;
    }
    // "Of the 500 firms surveyed, 320 plan to hire; 150 do not": a poll leaves some unsure.
    constexpr size_t kBefore = 60;  // bytes: "A survey of", "In a poll of"
    const size_t from = whole.norm_begin > kBefore ? whole.norm_begin - kBefore : 0;
    if (cues_.StartsAWordIn(text_, from, did.norm_begin, "polled")) return;
    const double sum = *AsDouble(did.value) + *AsDouble(did_not.value);
    const double slack = CountSlack(whole) + CountSlack(did) + CountSlack(did_not);
    if (std::fabs(sum - *AsDouble(whole.value)) <= slack) return;
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("those that did and those that did not add up to %s, not %s",
                                      Number(sum), whole.value),
                      {SpanOf(whole), SpanOf(did), SpanOf(did_not)}, whole.value, Number(sum));
  }

  // "passed 220 votes to 210, a margin of 10", "52% مقابل 48%، بفارق 4 نقاط": the two sides
  // of a tally or a race, then the margin between them (arith_cues.tsv "margin"). Not from
  // "from", where the two are a change's ends and the change checks weigh it.
  void Margin(size_t i) {
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim& a = claims[i];
    const Claim& b = claims[i + 1];
    const Claim& m = claims[i + 2];
    // Asked at every claim: the sides' nearness first ("to", "مقابل", "-" between them).
    constexpr size_t kJoin = 16, kNear = 60;  // bytes: " against ", "، أي بفارق"
    if (b.norm_begin - a.norm_end > kJoin || m.norm_begin - b.norm_end > kNear) return;
    const bool shares = IsShare(a) && IsShare(b) && a.qualifier.empty() && b.qualifier.empty();
    const bool counts = IsPlainCount(a) && IsPlainCount(b) && a.unit == b.unit;
    // Two shares part by points ("بفارق 4 نقاط") or a percentage; counts by a count of theirs.
    const bool margin = shares ? (IsShare(m) && m.qualifier.empty()) || InPoints(m)
                               : IsPlainCount(m) && m.kind == a.kind && m.unit == a.unit;
    if (!(shares || counts) || a.kind != b.kind || !margin || m.sentence != a.sentence ||
        !MarginSaid(b, m) || !TallySides(a, b) ||
        CuedFrom(a)) {
      return;
    }
    // Counts of votes or goals are exact under a thousand; shares are rounded.
    const double gap = std::fabs(*AsDouble(a.value) - *AsDouble(b.value));
    if (counts) {
      const double slack = CountSlackBeside(a, b) + CountSlackBeside(b, a) +
                           CountSlackBeside(m, m);
      if (std::fabs(gap - *AsDouble(m.value)) <= slack) return;
    } else if (PointsFit(Shift{b.value, a.value, &b, &a, i + 1}, m)) {
      return;
    }
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("%s against %s is a margin of %s, not %s", a.value, b.value,
                                      Number(gap), m.value),
                      {SpanOf(a), SpanOf(b), SpanOf(m)}, Number(gap), m.value);
  }

  // Whether two counts are a tally's two sides: "9 to 7", "52% مقابل 48%", "3-1"
  // (arith_cues.tsv "tally-join" alone between them).
  bool TallySides(const Claim& a, const Claim& b) const {
    return CoveredBy(Trimmed(doc_.Between(a, b)), cues_, "tally-join");
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

  // "$32 million for schools and $18 million for hospitals, a total of", "32 مليون دولار
  // للتعليم و18 مليونا للصحة، بإجمالي": each of the last two parts followed by a few words of
  // what it is for, begun alike (one word, or one glued preposition: "للتعليم", "للصحة"), the
  // list then closed by a comma and the cue of its sum.
  bool AlikeTails(const Claim& before_last, const Claim& last, const Claim& total) const {
    constexpr size_t kTail = 32;  // bytes: "for children's hospitals"
    const std::string_view after = doc_.Between(last, total);
    const Comma comma = CommaIn(after, /*last=*/false);
    if (comma.at == std::string_view::npos || comma.at > kTail ||
        !CoveredBy(Trimmed(after.substr(comma.past)), cues_, "sum-comma") ||
        !EndsWithAListWord(before_last, last)) {
      return false;
    }
    const std::string_view tail = after.substr(0, comma.at);
    const std::string_view earlier = doc_.Between(before_last, last);
    const std::string_view a = scan::WordAt(tail, tail.find_first_not_of(' '));
    const std::string_view b = scan::WordAt(earlier, earlier.find_first_not_of(' '));
    if (a.empty() || b.empty() || std::count(tail.begin(), tail.end(), ' ') > 3) return false;
    if (a == b) return true;
    // "لل", "بال": a glued preposition and the article begin both words.
    constexpr size_t kGlued = 4;  // bytes: two Arabic letters
    const bool preposition = a.starts_with("\xD9\x84") || a.starts_with("\xD8\xA8");  // ل ب
    return preposition && a.size() > kGlued + 2 && b.size() > kGlued + 2 &&
           a.substr(0, kGlued) == b.substr(0, kGlued);
  }

  // "180 passengers and six crew, a total of 186", "12 مدنيا و8 جنود، بإجمالي 20": a cue of
  // a sum alone after a comma (read in place first), not a total since another time ("20 men
  // and 5 women, a total of 300 since March").
  bool SumAfterAComma(const Claim* before_last, const Claim& last, const Claim& total) const {
    constexpr size_t kNear = 30;  // bytes: the total's noun, then "since"
    if (!cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, total.norm_begin), "sum-comma")
             .entry) {
      return false;
    }
    const bool joined = JoinedBy(last, total, "sum-comma") && HasComma(doc_.Between(last, total));
    if (!joined && !(before_last && AlikeTails(*before_last, last, total))) return false;
    const size_t end = std::min(text_.size(), total.norm_end + kNear);
    return !doc_.engine.time_cues().StartsAWordIn(text_, total.norm_end, end, "since");
  }

  // "2,400 new cases, bringing the total to 58,400 from 56,000", "2400 إصابة جديدة، ليرتفع
  // العدد الإجمالي إلى 58400 مقابل 56000": what was added, then the total it brought a count
  // to (arith_cues.tsv "total-to") and where the count was.
  void AddedThenTotal(size_t i) {
    constexpr size_t kNear = 80;  // bytes: "إصابات جديدة، ليرتفع العدد الإجمالي إلى"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim& added = claims[i];
    if (!IsPlainCount(added) || added.noun_key.empty()) return;  // "2,400 new cases"
    const size_t t = IsTime(claims[i + 1]) ? i + 2 : i + 1;  // "on Monday, bringing"
    const Claim& to = claims[t];
    if (t + 1 >= claims.size() || to.kind != added.kind || !AlikeInOneSentence(added, to) ||
        doc_.Between(added, to).size() > kNear || !CuedBefore(to, "total-to")) {
      return;
    }
    // Where the count was must end its clause, or be the day before's ("from 56,000
    // yesterday", "مقابل 56000 أمس"): "from 40,000 a week ago" spans more than what was added.
    const std::optional<Shift> shift = Against(t, /*change_first=*/true);
    if (shift && EndsTheDayBefore(shift->from_claim->norm_end)) CheckDifference(*shift, added);
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

  // "ارتفع سعر الذهب 2.5%": a verb of change a few words before claim i, its subject between
  // and no claim. A percentage's subject may be longer ("تراجعت مبيعات السيارات 5%"), with
  // no comma or stop between.
  bool VerbBeforeItsSubject(size_t i) const {
    const Claim& said = doc_.claims[i];
    // A rate's subject and points as long as a share's ("خفض البنك المركزي سعر الفائدة").
    const bool share = said.kind == Kind::kPercent ||
                       (said.kind == Kind::kQuantity && (said.unit == "pp" || said.unit == "bp"));
    const size_t subject = share ? 64 : 48;  // bytes: "ارتفع سعر صفيحة البنزين"
    size_t verb_from = said.norm_begin > subject ? said.norm_begin - subject : 0;
    if (i > 0) {
      verb_from = std::max(verb_from, std::min(doc_.claims[i - 1].norm_end, said.norm_begin));
    }
    if (!share) return cues_.StartsAWordIn(text_, verb_from, said.norm_begin, "verb");
    return AnyWordBack(verb_from, said.norm_begin, [this](size_t start, std::string_view) {
      return cues_.MatchAt(text_, start, "verb").entry != nullptr;
    });
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
        !CuedBefore(to, "level") || !RestatedRightAfter(claims[first], claims[first + 1])) {
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
    const Claim &said = claims[i], &to = claims[i + 1], &pct = claims[i + 2];
    if (pct.sentence != said.sentence || !IsPlainCount(to) || !AChangeOf(said, pct, to) ||
        !CoveredBy(AfterCue(WordsBetween(said, to), "going"), cues_, "to") ||
        !(CuedBefore(said, "by") || CuedBefore(said, "verb"))) {  // not "from 1,250 to 1,350"
      return;
    }
    // ("$2,642 an ounce, a gain of": what the level is per may stand before the comma.)
    const std::string_view words = doc_.Between(to, pct);
    const Comma comma = CommaIn(words, /*last=*/false);
    if (comma.at == std::string_view::npos || comma.at > kFewWords ||
        !CoveredBy(AfterCue(Trimmed(words.substr(comma.past)), "restate"), cues_, "change") ||
        !EndsAt(text_, PastABracket(pct.norm_end), ".,;\n")) {
      return;
    }
    CheckLevelChange(said, pct, to);
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
    const bool period = claims[t].kind == Kind::kOrdinal;
    if (t > 0 && (IsTimeOrAgo(claims[t]) || period) &&
        TimeRightAfter(claims[t - 1], claims[t], kFewWords)) {
      --t;
    }
    const Claim& to = claims[t];
    const Claim& pct = claims[i];
    // "a 25% premium over Friday's close of $33.60": a weekday's possessive on the way.
    const size_t f = i + 2 < claims.size() && WeekdaysPossessive(claims[i + 1]) ? i + 2 : i + 1;
    const Claim& from = claims[f];
    // "1.2 million barrels a day in May, up 20% from 1.1 million": a bare start is in the
    // unit of where it led.
    const bool bare_from = IsPlainCount(to) && IsPlainCount(from) && from.kind == Kind::kNumber &&
                           from.unit.empty() && from.noun.empty() && from.sentence == to.sentence;
    // "54,000, 3,000 fewer than the 56,000": the difference said by a comparison.
    const bool difference = AlikeInOneSentence(to, pct);
    // "61.4%, up 3.2 points from 58.2%": a rate's change, in points or per cent.
    const bool rates = IsPlainRate(to) && IsPlainRate(from) && from.sentence == to.sentence;
    const bool points = rates && InPoints(pct);
    if (!(IsShare(pct) || difference || points) || !pct.qualifier.empty() ||
        !(AlikeInOneSentence(to, from) || bare_from || rates) || pct.sentence != to.sentence) {
      return;
    }
    // Two rates around a percentage are common: read their cue in place before any words.
    if (rates && !AlikeInOneSentence(to, from) && !bare_from && !SinceRightAfter(pct)) return;
    // "1.8 million this year, up 50% from": a time with no number of its own may stand between;
    // "، أي بزيادة 30% عن": the change restated.
    std::string said = AfterCue(WordsPastATime(claims[i - 1], pct), "restate");
    // "in the second quarter, down": the period's noun after its ordinal, then the change;
    // "1.4 million homes without power, down": a word or two of what the level counts.
    if (const size_t comma = said.rfind(',');
        comma != std::string::npos &&
        ((t < i - 1 && period) || AFewWords(std::string_view(said).substr(0, comma), kAWordOrTwo,
                                            ",(0123456789"))) {
      said = Trimmed(std::string_view(said).substr(comma + 1));
    }
    // ("0.3 points from": the word "points" is no part of a claim under one.)
    std::string began =
        points ? AfterCue(WordsBetween(pct, from), "points") : WordsBetween(pct, from);
    // "1.4 million, a 15% rise from": an article before the share, the change's noun after it.
    const auto* noun = points || !CoveredBy(said, cues_, "change-lead")
                           ? nullptr
                           : cues_.MatchAt(began, 0, "change-after").entry;
    const bool noun_after = noun != nullptr;
    if (noun_after) began = AfterCue(began, "change-after");
    const auto since = cues_.MatchAt(began, 0, "since");
    // "a 15% rise on the 1.12 million": "on" after the change's noun is "from"; so is "over"
    // after a premium ("a 25% premium over Friday's close of").
    const bool on = noun_after && (began == "on" || began == "on the" ||
                                   (noun->HasTag("premium") && OverAPrice(began)));
    // "up 15% from the 1.12 million of 2022": the article of where it began.
    if (!on && (!since.entry || !(since.end == began.size() ||
                                  Trimmed(std::string_view(began).substr(since.end)) == "the"))) {
      return;
    }
    // "54,000 at year end, 3,000 fewer than": a word or two of its time may stand between.
    const bool than = !on && AFewWords(said, kAWordOrTwo) && since.entry->HasTag("than");
    if (!than && (difference || !(noun_after || CoveredBy(said, cues_, "change")))) return;
    const Shift shift{from.value, to.value, &from, &to, f};
    if (difference) return CheckDifference(shift, pct);
    if (rates) return RateChange(shift, pct);
    CheckChange(shift, pct);
  }

  // Whether `c` is a weekday alone written with "'s" ("Friday's close").
  bool WeekdaysPossessive(const Claim& c) const {
    if (c.kind != Kind::kDate || !c.value.empty()) return false;
    const std::string_view after = std::string_view(text_).substr(c.norm_end);
    return after.starts_with("'s ") || after.starts_with("\xE2\x80\x99s ");  // ' or ’
  }

  // The words between a premium and the price it is over: "over", "to the", or one of them, a
  // few words, and "close of" ("over Friday's close of", "to the stock's closing price of").
  bool OverAPrice(std::string_view words) const {
    constexpr size_t kFewWordsOfAPrice = 3;
    const auto base = cues_.MatchAt(words, 0, "premium-base");
    if (!base.entry) return false;
    const std::string rest = Trimmed(words.substr(base.end));
    if (rest.empty() || rest == "the") return true;
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

  static bool IsPlainRate(const Claim& c) {
    return c.kind == Kind::kPercent && IsShare(c) && c.qualifier.empty() && !c.approx;
  }

  static bool IsTimeOrPeriod(const Claim& c) { return IsTime(c) || c.kind == Kind::kDuration; }

  // A date, a year, a time ago, or "next year", "العام المقبل" (one of a unit, in words).
  static bool IsTimeOrAgo(const Claim& c) {
    return IsTime(c) || (c.kind == Kind::kDuration && c.qualifier == "ago") ||
           (c.kind == Kind::kDuration && c.qualifier == "later" && c.value == "1" &&
            c.script == "words");
  }

  // "بنسبة 72 بالمائة من حيث القيمة (...) و62 بالمائة من حيث الكمية": a percentage joined
  // by a glued "و" to the change's percentage before it is another change of the same thing.
  bool AnotherChangeOfIt(size_t i) const {
    static constexpr std::string_view kAnd = "\xD9\x88";  // و
    const Claim& pct = doc_.claims[i];
    if (pct.norm_begin < kAnd.size() || text_.substr(pct.norm_begin - kAnd.size(), kAnd.size()) != kAnd) {
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
    return !pct.qualifier.empty() || ChangeFits(shift, *z, HalfUnit(pct), change);
  }

  // Whether Z %, give or take `slack` points, is the change from A to B, each rounded as
  // written (true where there is nothing to compare); *change is the change.
  static bool ChangeFits(const Shift& shift, double z, double slack, double* change) {
    const std::optional<double> a = AsDouble(shift.from), b = AsDouble(shift.to);
    if (!a || !b || *a <= 0) return true;
    const Claim &from = *shift.from_claim, &to = *shift.to_claim;
    const double ha = Slack(from, to), hb = Slack(to, from);
    if (*a - ha <= 0) return true;
    *change = 100 * std::fabs(*b - *a) / *a;
    const double most = 100 * std::max((*b + hb) / (*a - ha) - 1, 1 - (*b - hb) / (*a + ha));
    const double least =
        100 * std::max({(*b - hb) / (*a + ha) - 1, 1 - (*b + hb) / (*a - ha), 0.0});
    return z + slack >= least && z - slack <= most;
  }

  void CheckChange(const Shift& shift, const Claim& pct) {
    double change = 0;
    if (IsWordFraction(pct)) return CheckFractionChange(shift, pct);
    if (RelativeFits(shift, pct, &change)) return;
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is a change of %.2f%%, not %s%s%%",
                                      shift.from, shift.to, change,
                                      pct.qualifier == "about" ? "about " : "", pct.value),
                      SpansOf(shift, pct), absl::StrFormat("%.2f", change), pct.value);
  }

  // "by a third" of a change from A to B: within kFractionSlack points of the fraction, with A
  // and B each rounded as written.
  void CheckFractionChange(const Shift& shift, const Claim& fraction) {
    const std::optional<double> f = AsDouble(fraction.value);
    if (!f) return;
    // A fraction is said of a change loosely: "by half" of 53 %, "by a third" of 30 %.
    const double z = 100 * *f;
    double change = 0;
    if (ChangeFits(shift, z, std::max(kFractionSlack, 0.1 * z), &change)) return;
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is a change of %.2f%%, not %s", shift.from,
                                      shift.to, change, fraction.text),
                      SpansOf(shift, fraction), absl::StrFormat("%.2f", change),
                      Number(z));
  }

  // Whether a range opens with "from", "من": a change's ends, where "between" gives bounds.
  bool OpensWithFrom(const Claim& c) const {
    const auto open = doc_.engine.range_cues().MatchAt(text_, c.norm_begin, "open");
    return open.entry && (open.entry->phrase == "from" ||
                          open.entry->phrase == "\xD9\x85\xD9\x86");  // من
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
    if (i + 1 < claims.size() && AlikeInOneSentence(c, claims[i + 1]) &&
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

  static bool IsTime(const Claim& c) { return c.kind == Kind::kDate || c.kind == Kind::kYear; }

  // Claim j, or the one after it where j is a time a few words after `before` with a claim of
  // its sentence after it: the time of a change or of one of its values ("بنسبة 7.7 بالمائة في
  // جوان 2017، لتصل", "3117.9 مليون دينار، بتاريخ يوم 10 جوان 2017، مقابل").
  size_t PastATime(size_t j, const Claim& before) const {
    constexpr size_t kNear = 40;  // bytes: "، بتاريخ يوم"
    const auto& claims = doc_.claims;
    // "$2.4 billion, or $1.12 a share, from": an amount restated per share is no value of its
    // own between where a change led and where it began.
    if (PerShareRestated(j) && j + 1 < claims.size() &&
        claims[j + 1].sentence == before.sentence) {
      ++j;
    }
    // "في الربع الأول", "in the first half": an ordinal there numbers a period; "last year",
    // "العام الماضي" are a time before now.
    const bool period = IsTimeOrAgo(claims[j]) || claims[j].kind == Kind::kOrdinal;
    const bool time = period && j + 1 < claims.size() &&
                      claims[j + 1].sentence == before.sentence &&
                      doc_.Between(before, claims[j]).size() <= kNear;
    // "in the third quarter to September", "in the quarter to June, 2024": the month a period
    // ends in, a word or two on.
    const bool ends_in = time && j + 2 < claims.size() && IsTime(claims[j + 1]) &&
                         claims[j + 2].sentence == before.sentence &&
                         AFewWords(doc_.Between(claims[j], claims[j + 1]), kAWordOrTwo);
    if (ends_in) return j + 2;
    if (time) return j + 1;
    // "خلال الأشهر التسعة الأولى من السنة", "in the first nine months": a number of months
    // and the ordinal that places them.
    const bool months = claims[j].kind == Kind::kDuration && claims[j].qualifier.empty() &&
                        j + 2 < claims.size() && claims[j + 1].kind == Kind::kOrdinal &&
                        claims[j + 2].sentence == before.sentence &&
                        doc_.Between(before, claims[j]).size() <= kNear &&
                        AFewWords(doc_.Between(claims[j], claims[j + 1]), kAWordOrTwo);
    return months ? j + 2 : j;
  }

  // "to $120m from $100m", "لتبلغ 120 مليونا مقابل 100 مليون", and after a few words of what
  // changed ("بنسبة 66 بالمائة في مستوى القيمة الى حدود 496 م د مقابل 1446 م د"): where a
  // change led, after `gap` (the words before it), then where it began. Not after a comma, nor
  // in brackets, where the press gives one item of what changed ("بنسبة 13،9 بالمائة نتيجة
  // تطور مبيعات التمور (197 م د مقابل 139،5 م د)").
  std::optional<Shift> ToThenFrom(size_t i, std::string_view between,
                                  const std::string& rest) const {
    constexpr size_t kNear = 60;  // bytes: a few words, no clause of its own
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

  // "ليغلق المؤشر عند", "لتصل قيمة الصادرات إلى": a verb of where a change led and its
  // preposition (arith_cues.tsv "level", "to"), a word or two of its subject between.
  bool VerbItsSubjectThenTo(std::string_view words) const {
    constexpr int kSubjectWords = 2;
    const size_t first_end = words.find(' ');
    const size_t last_start = words.rfind(' ');
    if (first_end == std::string_view::npos || last_start == first_end) return false;
    const auto between = words.substr(first_end + 1, last_start - first_end - 1);
    if (std::count(between.begin(), between.end(), ' ') + 1 > kSubjectWords) return false;
    std::string verb_to(words.substr(0, first_end));
    verb_to.append(words.substr(last_start));
    return CoveredBy(verb_to, cues_, "level") || CoveredBy(verb_to, cues_, "to");
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
    // After a period named by an ordinal, its noun before the cue: "in the first half, from".
    // "ارتفع إلى 12340 نقطة من 12255": "من" is "from" after where a rise led, where "إلى"
    // names it and it began lower (a share "من" a whole is larger than it), or where a change
    // said after them measures the fall ("انخفض إلى 3.2 مليار من 4.1 مليار، أي بتراجع 22%"),
    // or before them ("تراجعت بنسبة 15% إلى 85 ألف سيارة من 100 ألف سيارة").
    // After a change said first, only where the two are named alike: "إلى 40 من 120 طالبا" is
    // a share of its whole still.
    const bool named_alike = !to.unit.empty() || (!to.noun_key.empty() &&
                                                  to.noun_key == from.noun_key);
    // "إلى 480 ألفا في 2023 من 520 ألفا": the time of where it led between.
    const bool led_from = FromBetween(claims[j - 1], from) &&
                          (*AsDouble(from.value) < *AsDouble(to.value) ||
                           (change_first && named_alike) || ChangeSaidAfter(j)) &&
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
  // "against".
  bool OfWhatThenSince(const Claim& to, const Claim& from) const {
    constexpr std::string_view kMin = "\xD9\x85\xD9\x86 ";  // "من "
    const std::optional<std::string> of = BeforeTheCue(to, from, "since", kFewWords);
    return of && of->starts_with(kMin) && of->find(' ', kMin.size()) == std::string::npos &&
           of->size() > kMin.size();
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

  // Whether claim j restates the amount before it per share: "$2.4 billion, or $1.12 a share".
  bool PerShareRestated(size_t j) const {
    const auto& claims = doc_.claims;
    if (j == 0 || claims[j].kind != Kind::kMoney || claims[j - 1].kind != Kind::kMoney ||
        claims[j].sentence != claims[j - 1].sentence || !CuedAfter(claims[j], "per-share")) {
      return false;
    }
    return CoveredBy(Trimmed(doc_.Between(claims[j - 1], claims[j])), cues_, "restate");
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

  // A word of change before a share that says which way it went ("بتراجع", "up"); not one
  // that names a rate as well ("بنسبة", "أي بنسبة 70%" of a whole).
  bool NamesAChange(const Claim& share) const {
    const scan::PhraseList::Entry* cue = CueBefore(share, "change");
    return cue != nullptr && !cue->HasTag("rate");
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

  static constexpr size_t kAWordOrTwo = 16;  // bytes: "in", "في عام"

  // "4,200 workers in 2020", "3150 في 2023": a time a word or two after a value.
  bool TimeRightAfter(const Claim& value, const Claim& year, size_t near = kAWordOrTwo) const {
    return AFewWords(doc_.Between(value, year), near);
  }

  static bool AlikeInOneSentence(const Claim& a, const Claim& b) {
    return a.sentence == b.sentence && a.kind == b.kind && IsPlainAmount(a) &&
           IsPlainAmount(b) && (a.unit == b.unit || OfOneCurrencyWord(a, b) || Degrees(a, b));
  }

  // "48.2C, three degrees above", "46.2 درجة": degrees alone beside a temperature's scale.
  static bool Degrees(const Claim& a, const Claim& b) {
    constexpr std::string_view kDegree = "\xC2\xB0";  // °
    const auto scale = [](const Claim& c) {
      return c.unit == "\xC2\xB0" "C" || c.unit == "\xC2\xB0" "F";
    };
    return (a.unit == kDegree && scale(b)) || (b.unit == kDegree && scale(a));
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
    if (i + 1 >= claims.size() || !times.qualifier.empty() || times.value.empty()) return;
    const auto verb = cues_.MatchAt(text_, times.norm_begin, "multiple");
    // "ارتفع إلى ثلاثة أضعاف", "rose to three times": a multiple where it led ("بثلاثة أضعاف",
    // "by three times", is read as three or four).
    const bool to_times = times.kind == Kind::kQuantity && times.unit == "times" &&
                          cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, times.norm_begin),
                                            "to").entry;
    if (!((verb.entry && verb.end == times.norm_end) || to_times || TimesAVerbSays(times)) ||
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
    const std::string gap = AfterCue(Trimmed(doc_.Between(claims[at - 1], claims[at])), "going");
    const bool to_first = CoveredBy(gap, cues_, "to");
    if (!gap.empty() && !to_first && !CoveredBy(gap, ranges, "open")) return;
    const std::optional<Shift> shift = to_first ? Against(at) : FromTo(at);
    if (!shift) return;
    const std::optional<double> a = AsDouble(shift->from), b = AsDouble(shift->to);
    const std::optional<double> k = AsDouble(times.value);
    if (!a || !b || !k || *a <= 0 || std::fabs(*b / *a / *k - 1) <= 0.2) return;
    std::vector<SpanRef> spans = {SpanOf(times), SpanOf(claims[at])};
    if (shift->last != at) spans.push_back(SpanOf(claims[shift->last]));
    reporter_->Report("arith.change_mismatch",
                      absl::StrFormat("from %s to %s is %.2f times as much, not %s times",
                                      shift->from, shift->to, *b / *a, times.value),
                      spans, absl::StrFormat("%.2f", *b / *a), times.value);
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
    const bool multiple = (times.kind == Kind::kQuantity && times.unit == "times") ||
                          (times.kind == Kind::kNumber &&
                           cues_.MatchAt(text_, times.norm_begin, "times-the").end ==
                               times.norm_end);
    // ("nearly six times": said about so many, within the fifth the verb is read to.)
    if (!multiple || !(times.qualifier.empty() || times.qualifier == "about")) return;
    // "1.2 million in the first week, triple": the amount's time between.
    const Claim& last = claims[i - 1];
    const bool timed = (last.kind == Kind::kOrdinal || IsTimeOrPeriod(last)) && i > 1 &&
                       TimeRightAfter(claims[i - 2], last, kFewWords);
    const Claim& b = claims[timed ? i - 2 : i - 1];
    const size_t j = PastATime(i + 1, times);
    const Claim& a = claims[j];
    const std::string_view before = doc_.Between(last, times), base = doc_.Between(times, a);
    // ("in the first week,": an ordinal's noun before the comma; "410 mm of rain,": what the
    // amount is of.)
    const std::string noun = Trimmed(before);
    const bool comma_alone =
        noun.empty() || (last.kind == Kind::kOrdinal && noun.find(' ') == std::string::npos) ||
        (!timed && WhatItIsOf(noun));
    if (!AlikeInOneSentence(b, a) || times.sentence != b.sentence || !comma_alone ||
        !HasComma(before) || base.size() > kBase || HasComma(base) ||
        base.find_first_of(".;:()") != std::string_view::npos ||
        !cues_.MatchAt(text_, scan::SkipSpaces(text_, times.norm_end), "base-lead").entry) {
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

  // "of rain", "من الأمطار": a few words of what an amount is of, before the comma after it.
  static bool WhatItIsOf(std::string_view words) {
    constexpr size_t kWhatOf = 24;  // bytes
    constexpr std::string_view kMin = "\xD9\x85\xD9\x86 ";  // "من "
    return words.size() <= kWhatOf && (words.starts_with("of ") || words.starts_with(kMin)) &&
           words.find_first_of(",.;:()") == std::string_view::npos;
  }

  // "تضاعف عدد المستخدمين أربع مرات": a count of times (three or more: "مرتين" is said of two
  // doublings too) a few words after a verb of multiplying, in its clause.
  bool TimesAVerbSays(const Claim& times) const {
    if (times.kind != Kind::kNumber || !Counts(times, "times") || *AsDouble(times.value) < 3) {
      return false;
    }
    const size_t from = times.norm_begin > kFewWords ? times.norm_begin - kFewWords : 0;
    return AFewWords(text_.substr(from, times.norm_begin - from), kFewWords, ",.;:") &&
           cues_.StartsAWordIn(text_, from, times.norm_begin, "multiply");
  }

  // Whether "to" joins `a` and `b`, with "from" before `a` when `from_cued`.
  bool JoinedByTo(const Claim& a, const Claim& b, bool from_cued = true) const {
    const std::string between = WordsBetween(a, b);
    const auto m = doc_.engine.range_cues().MatchAt(between, 0, "join");
    // "from $1,250 to a record $1,350": where it led, as arith_cues.tsv "to" names it.
    const bool to = (m.entry && m.end == between.size() && m.entry->tags.size() == 1) ||
                    CoveredBy(between, cues_, "to");
    return to && (!from_cued || CuedFrom(a));
  }

  bool CuedFrom(const Claim& a) const {
    size_t p = a.norm_begin;
    while (p > 0 && text_[p - 1] == ' ') --p;
    return doc_.engine.range_cues().MatchBefore(text_, p, "open").entry != nullptr;
  }

  // How the parts of a whole were found: the words that name them, and the claims so far.
  struct Parts {
    std::vector<const Claim*> list;
    const Claim* anchor = nullptr;  // the whole, or its time right after it
    bool declared = false;  // a word of a total names the whole
    bool among = false;     // "بينهم", "including": parts that cannot exceed the whole
    bool listed = false;    // parts named after a colon: a list of three or more
    bool verbs = false;     // a verb before the first part: "شفي منها 480 وتوفي 22"
    bool set_off = false;   // "The 150 victims, 90 men and 60 women, were": between commas
  };

  // How the first count after a whole is a part of it.
  enum class FirstPart {
    kNone,   // the words between name no parts: nothing to check
    kSplit,  // "15 قتيلا، هم 8 مدنيين", "15 people: 8 civilians": parts that make it up
    kAmong,  // "بينهم", "including": parts no larger than the whole together
    kTied,   // the same, tied so closely that a first part above the whole is the slip
  };

  // "a total of T: P1 and P2", "T بينهم P1 و P2".
  void Total(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& total = claims[i];
    if (!IsPlainCount(total)) return;  // a count, an amount, or a quantity of one unit
    Parts found;
    found.declared = CuedBefore(total, "total") || TotalNamedBefore(total);
    // "بناء 50 ألف وحدة خلال السنوات الخمس المقبلة، منها 30 ألفا": the time of the whole
    // between it and its parts; the words before the first part are read from it.
    found.anchor = &total;
    std::vector<const Claim*>& parts = found.list;
    bool shared_out = false;  // "توزعوا على": the whole shared out among the parts
    for (size_t j = i + 1; j < claims.size() && claims[j].sentence == total.sentence; ++j) {
      const Claim& p = claims[j];
      // "40 مقعدا للحزب الأول و35 للثاني": an ordinal names a part, it is none.
      if (p.kind == Kind::kOrdinal && !parts.empty()) continue;
      if (parts.empty() && found.anchor == &total && IsTimeOrPeriod(p) &&
          TimeRightAfter(total, p, kFewWords)) {
        found.anchor = &p;
        continue;
      }
      if (!IsPlainCount(p) || !PartOf(total, p) || CountsOthers(p)) break;
      // A part is a count no larger than the whole; anything else is another quantity, but
      // for a first part that "among" ties to it: "20 قتيلا بينهم 25 طفلا" is the slip. Arabic
      // puts nothing between ("938 قائمة انتخابية منهم 1125 مرشحا" counts the candidates of
      // the lists); English puts the verb there ("20 people died, including 25 children").
      bool tied = false;
      if (parts.empty()) {
        const FirstPart first = ReadFirstPart(total, p, &found);
        if (first == FirstPart::kNone) return;
        if (first == FirstPart::kSplit) {
          shared_out = SharedOutTo(*found.anchor, p);
          // "300 شركة موزعة على 12 قاعة": what it is shared among, no part of it.
          if (shared_out && !OfItsNoun(total, p)) return;
          parts.push_back(&p);
          continue;
        }
        tied = first == FirstPart::kTied;
      }
      if (*AsDouble(p.value) > *AsDouble(total.value) && !tied) break;
      if (parts.size() == 1 && !found.listed) {  // asked once, where a second part may follow
        found.verbs = WordsBeforeTheCue(*found.anchor, *parts[0], "among") ||
                      WordsBeforeTheCue(*found.anchor, *parts[0], "split");
      }
      if (!parts.empty() && !found.listed && !InTheList(parts, p, found.verbs, shared_out)) {
        break;
      }
      if (shared_out && !OfItsNoun(total, p)) return;
      parts.push_back(&p);
    }
    const bool among = found.among, listed = found.listed;
    if (parts.size() < (among ? 1u : listed ? 3u : 2u)) return;
    if (found.set_off && !ClosedByAComma(*parts.back())) return;
    // "30 ألف عداء من 120 دولة، بينهم 8 آلاف امرأة": "among them" after a count that says
    // where an earlier one comes from may mean either; the larger is the whole.
    const Claim* head = among ? HeadOfTheComplement(i) : nullptr;
    if (head && !IsPlainCount(*head)) return;  // "أكثر من 30 ألف عداء": no bound to exceed
    const Claim& whole =
        head && *AsDouble(head->value) > *AsDouble(total.value) ? *head : total;
    // More parts than the whole is a slip whatever rounding made the whole, and counts in
    // digits are exact ("12 عنصرا، من بينهم 13"); parts that make a whole up may miss it by
    // rounding.
    // "3 مليارات، منها 1.8 مليار و1.6 مليار": the whole to as many decimals as its finest part.
    const auto slack_of = among ? ExactSlack : CountSlack;
    const Claim* finest = *absl::c_max_element(parts, [](const Claim* a, const Claim* b) {
      return a->fraction_digits < b->fraction_digits;
    });
    double sum = 0, slack = std::min(slack_of(whole), CountSlackBeside(whole, *finest));
    for (const Claim* p : parts) sum += *AsDouble(p->value), slack += slack_of(*p);
    const double t = *AsDouble(whole.value);
    const bool wrong = among ? sum > t + slack : std::fabs(sum - t) > slack;
    if (!wrong) return;
    std::vector<SpanRef> spans = {SpanOf(whole)};
    for (const Claim* p : parts) spans.push_back(SpanOf(*p));
    reporter_->Report("arith.total_mismatch",
                      among ? absl::StrFormat("the parts add up to %s, more than the whole, %s",
                                              Number(sum), whole.value)
                            : absl::StrFormat("the parts add up to %s, not %s", Number(sum),
                                              whole.value),
                      spans, whole.value, Number(sum));
  }

  // "300 مليون دولار للمرحلة الأولى و450 مليون دولار للثانية، أي ما مجموعه 750 مليون دولار",
  // "$300m for the first phase and $450m for the second, for a total of $750m": parts in a
  // list, then their sum restated (arith_cues.tsv "sum"). Not a total that the sentence
  // brings a count up to ("14 new deaths, bringing the total to 2,356"): its cues are others.
  void SumAfterParts(size_t i) {
    constexpr size_t kNear = 60;  // bytes: what a part is for, a few words
    const auto& claims = doc_.claims;
    const Claim& total = claims[i];
    // This runs at every claim: a part near enough right before first, then the cue read in
    // place. Before the sum, or after it where a comma sets it beside the last part ("310
    // crew, 1,550 people in all"), or one only after a comma ("six crew, a total of 186").
    if (i == 0 || !IsPlainCount(total) || claims[i - 1].sentence != total.sentence ||
        total.norm_begin - claims[i - 1].norm_end > kNear ||
        !(CueRightBefore(claims[i - 1], total, "sum", kNear) ||
          (PastAComma(claims[i - 1], total, kNear, /*verb=*/false) && SumCuedAfter(total)) ||
          SumAfterAComma(i >= 2 && claims[i - 2].sentence == total.sentence ? &claims[i - 2]
                                                                            : nullptr,
                         claims[i - 1], total))) {
      return;
    }
    std::vector<const Claim*> parts;
    for (size_t j = i; j-- > 0 && claims[j].sentence == total.sentence;) {
      const Claim& p = claims[j];
      if (p.kind == Kind::kOrdinal) continue;  // "للمرحلة الأولى": names a part
      if (!IsPlainCount(p) || !PartOf(total, p)) break;
      // Each part before the next with "و", "and" or a comma right before that one.
      if (!parts.empty() && !ListedBefore(p, *parts.back(), kNear)) break;
      parts.push_back(&p);
    }
    if (parts.size() < 2) return;
    double sum = 0, slack = CountSlack(total);
    for (const Claim* p : parts) sum += *AsDouble(p->value), slack += CountSlack(*p);
    if (std::fabs(sum - *AsDouble(total.value)) <= slack) return;
    std::vector<SpanRef> spans;
    for (auto p = parts.rbegin(); p != parts.rend(); ++p) spans.push_back(SpanOf(**p));
    spans.push_back(SpanOf(total));
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("the parts add up to %s, not %s", Number(sum), total.value),
                      spans, total.value, Number(sum));
  }

  // "72 مقعدا، والمعارضة على 58، والمستقلون على 25، من أصل 150 مقعدا", "72 seats, the
  // opposition 58 and independents 25, out of 150": three parts or more in a list, then past a
  // comma the whole they are "out of", which they cannot exceed (the rest may be vacant).
  void PartsOutOfAWhole(size_t i) {
    constexpr size_t kNear = 60;  // bytes: what a part is, a few words
    constexpr size_t kFewestParts = 3;
    const auto& claims = doc_.claims;
    const Claim& whole = claims[i];
    if (i < kFewestParts || !IsPlainCount(whole) || claims[i - 1].sentence != whole.sentence) {
      return;
    }
    // Only the comma and the cue after the last part ("25، من أصل 150"), the comma read first.
    const std::string_view between = doc_.Between(claims[i - 1], whole);
    const size_t start = between.find_first_not_of(' ');
    if (start == std::string_view::npos ||
        !(between[start] == ',' || between.substr(start).starts_with(kArabicComma))) {
      return;
    }
    constexpr size_t kCue = 16;  // bytes: " out of the ", " من أصل "
    const Comma comma = CommaIn(between, /*last=*/false);
    if (between.size() - comma.past > kCue ||
        !CoveredBy(Trimmed(between.substr(comma.past)), cues_, "out-of")) {
      return;
    }
    std::vector<const Claim*> parts;
    for (size_t j = i; j-- > 0 && claims[j].sentence == whole.sentence;) {
      const Claim& p = claims[j];
      if (!IsPlainCount(p) || !PartOf(whole, p)) break;
      if (!parts.empty() && !ListedBefore(p, *parts.back(), kNear) &&
          !NextItemOpens(doc_.Between(p, *parts.back()), kNear)) {
        break;
      }
      parts.push_back(&p);
    }
    // The first part names what they count, the whole nothing else ("72 seats ... out of
    // 150"; not scores each out of the same 50: "scored 20, 15 and 30, out of 50").
    if (parts.size() < kFewestParts) return;
    const Claim& first = *parts.back();
    if (first.noun_key.empty() || !(whole.noun_key.empty() || whole.noun_key == first.noun_key)) {
      return;
    }
    double sum = 0, slack = CountSlack(whole);
    for (const Claim* p : parts) sum += *AsDouble(p->value), slack += CountSlack(*p);
    if (sum <= *AsDouble(whole.value) + slack) return;
    std::vector<SpanRef> spans;
    for (auto p = parts.rbegin(); p != parts.rend(); ++p) spans.push_back(SpanOf(**p));
    spans.push_back(SpanOf(whole));
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("the parts add up to %s, more than the whole, %s",
                                      Number(sum), whole.value),
                      spans, whole.value, Number(sum));
  }

  // Whether the words after a part open the list's next item with a comma or "and" ("72
  // seats, the opposition 58", "58 and independents 25", "72 مقعدا، والمعارضة على 58").
  static bool NextItemOpens(std::string_view between, size_t near) {
    if (between.size() > near || between.find_first_of(".;:(") != std::string_view::npos) {
      return false;
    }
    while (between.starts_with(' ')) between.remove_prefix(1);
    return between.starts_with(',') || between.starts_with(kArabicComma) ||
           between.starts_with("and ") || between.starts_with("\xD9\x88");  // و
  }

  // "She won 75 million votes, or 48.3%, against his 77 million, or 49.8%", "حصل على 1.2
  // مليون صوت (52%) مقابل 1.05 مليون (45.5%)": two parts of one whole, each with its share
  // restated right after it, must make the same whole (each rounded as written).
  void TwoPartsWithTheirShares(size_t i) {
    const auto& claims = doc_.claims;
    if (i + 3 >= claims.size()) return;
    const Claim& a = claims[i];
    const Claim& b = claims[i + 2];
    if (claims[i + 1].kind != Kind::kPercent || claims[i + 3].kind != Kind::kPercent ||
        b.sentence != a.sentence || claims[i + 3].sentence != a.sentence ||
        !IsPlainCount(a) || !IsPlainCount(b) || a.kind != b.kind || a.unit != b.unit ||
        !(b.noun_key.empty() || b.noun_key == a.noun_key) || !SaysItsShare(a, claims[i + 1]) ||
        !SaysItsShare(b, claims[i + 3])) {
      return;
    }
    // The second set against the first as a rival's ("against his", "مقابل").
    const std::string words = WordsPastTheBracket(claims[i + 1], b);  // "(52%) مقابل"
    const auto rival = cues_.MatchAt(words, 0, "since");
    if (!rival.entry || !rival.entry->HasTag("rival") ||
        std::count(words.begin() + static_cast<std::ptrdiff_t>(rival.end), words.end(), ' ') > 1) {
      return;
    }
    // The whole each part and share allow: [x - dx, x + dx] / [z + dz, z - dz] percent.
    const auto whole = [](const Claim& part, const Claim& share) {
      const double x = *AsDouble(part.value), z = *AsDouble(share.value);
      const double dx = CountSlack(part), dz = HalfUnit(share);
      return std::pair{100 * (x - dx) / (z + dz), z > dz ? 100 * (x + dx) / (z - dz) : HUGE_VAL};
    };
    const auto [lo_a, hi_a] = whole(a, claims[i + 1]);
    const auto [lo_b, hi_b] = whole(b, claims[i + 3]);
    if (lo_a <= hi_b && lo_b <= hi_a) return;
    const std::string of_a = Number(std::round((lo_a + hi_a) / 2));
    const std::string of_b = Number(std::round((lo_b + hi_b) / 2));
    reporter_->Report("arith.percent_mismatch",
                      absl::StrFormat("%s is %s%% of about %s, but %s is %s%% of about %s: not "
                                      "one whole",
                                      a.value, claims[i + 1].value, of_a, b.value,
                                      claims[i + 3].value, of_b),
                      {SpanOf(a), SpanOf(claims[i + 1]), SpanOf(b), SpanOf(claims[i + 3])}, of_a,
                      of_b);
  }

  // "75 million votes, or 48.3%", "1.2 مليون صوت (52%)": a plain share restated right after
  // its part, by a word that restates it or in brackets.
  bool SaysItsShare(const Claim& part, const Claim& share) const {
    return IsShare(share) && share.qualifier.empty() && !OwnWholeAfter(share) &&
           RestatedRightAfter(part, share);
  }

  // Whether claim b restates claim a right after it: in brackets ("300 (25%)") or after a word
  // that restates ("1,800, or 75%", "أي 75%").
  bool RestatedRightAfter(const Claim& a, const Claim& b) const {
    const std::string_view between = doc_.Between(a, b);
    const std::string words = Trimmed(between);
    return (words.empty() && between.find('(') != std::string_view::npos) ||
           CoveredBy(words, cues_, "restate");
  }

  // The words between two claims past the bracket that closes the first: "3%) to" -> "to".
  std::string WordsPastTheBracket(const Claim& a, const Claim& b) const {
    std::string_view gap = doc_.Between(a, b);
    gap.remove_prefix(std::min(gap.size(), gap.find_first_not_of(" )")));
    return Trimmed(gap);
  }

  // "236 people in all.": a sum's cue after it that ends its clause ("12 medals in all since
  // 2010" counts more than the parts before it).
  bool SumCuedAfter(const Claim& total) const {
    const auto m = cues_.MatchAt(text_, scan::SkipSpaces(text_, total.norm_end), "sum-after");
    return m.entry && EndsAt(text_, m.end, ".,;\n");
  }

  // Whether `b` follows `a` past a few words (`near` bytes), one comma, and after it nothing
  // ("310 من أفراد الطاقم، 1550") or, with `verb`, at most one word ("12 فائزا، حصل 3 منهم").
  bool PastAComma(const Claim& a, const Claim& b, size_t near, bool verb) const {
    constexpr size_t kAWord = 24;  // bytes, with the comma and spaces: "، حصل", ", charging"
    const std::string_view words = doc_.Between(a, b);
    if (words.size() > near + kAWord) return false;  // read in place before any search
    std::string_view ending = words;
    while (ending.ends_with(' ')) ending.remove_suffix(1);
    if (!verb && !ending.ends_with(',') && !ending.ends_with(kArabicComma)) return false;
    const Comma comma = CommaIn(words, /*last=*/false);
    if (comma.at == std::string_view::npos || !AFewWords(words.substr(0, comma.at), near, ",")) {
      return false;
    }
    std::string_view after = words.substr(comma.past);
    while (after.starts_with(' ')) after.remove_prefix(1);
    while (after.ends_with(' ')) after.remove_suffix(1);
    return verb ? after.find_first_of(" ,0123456789") == std::string_view::npos : after.empty();
  }

  // "3,000 jobs, 5% of its", "3000 وظيفة، أي نحو 5%": a share set beside what it restates,
  // a comma alone between.
  bool InApposition(const Claim& a, const Claim& share) const {
    std::string_view between = doc_.Between(a, share);
    while (between.starts_with(' ')) between.remove_prefix(1);
    while (between.ends_with(' ')) between.remove_suffix(1);
    return between == "," || between == kArabicComma;
  }

  // "Republicans won 222 and Democrats 215", "فاز الجمهوريون بـ222 والديمقراطيون بـ215", "the
  // ruling party won 230, the opposition 180 and independents 40": parts
  // of one kind whose verb the later ones leave out, only a word or two of who between "and"
  // and each count and nothing after the last but the clause's end: no part counts another
  // thing (as "80 were rescued and 60 injured" may count some twice).
  // `first_after`, where given, stands between the first part and the second.
  bool VerbLeftOut(const std::vector<const Claim*>& parts,
                   const Claim* first_after = nullptr) const {
    if (parts.size() < 2) return false;
    const scan::PhraseList& joins = doc_.engine.range_cues();
    for (size_t k = 0; k < parts.size(); ++k) {
      if (!parts[k]->noun.empty()) return false;
      if (k == 0) continue;
      const Claim& before = k == 1 && first_after != nullptr ? *first_after : *parts[k - 1];
      const std::string_view between = doc_.Between(before, *parts[k]);
      const std::string words = Trimmed(between);
      const auto and_ = joins.MatchAt(words, 0, "list");
      const bool glued = !and_.entry && words.starts_with("\xD9\x88");  // "والديمقراطيون"
      // "won 230, the opposition 180 and": a comma lists as "and" does.
      const std::string_view lead = between.substr(std::min(between.find_first_not_of(' '),
                                                            between.size()));
      const bool comma = lead.starts_with(',') || lead.starts_with(kArabicComma);
      const std::string who =
          and_.entry || glued ? Trimmed(std::string_view(words).substr(glued ? 2 : and_.end))
          : comma             ? words
                              : "";
      // ("41, up from 35": where a part began is no part; "won 28 of its 38 games, drew 6" is
      // a record, whose check reads it.)
      if (who.empty() || std::count(who.begin(), who.end(), ' ') > 1 ||
          (k == 1 && first_after != nullptr && AnOutcome(who)) ||
          who.find_first_of("0123456789,") != std::string::npos ||
          (comma && cues_.StartsAWordIn(who, 0, who.size(), "since"))) {
        return false;
      }
    }
    return EndsAt(text_, parts.back()->norm_end, ".,;\n");
  }

  // "، صوت منهم 160": a comma after the whole, a verb or two and "of them" right before the part.
  bool VerbOfThemAfterAComma(const Claim& whole, const Claim& part) const {
    const std::string_view between = doc_.Between(whole, part);
    const size_t lead = std::min(between.find_first_not_of(' '), between.size());
    if (!between.substr(lead).starts_with(',') &&
        !between.substr(lead).starts_with(kArabicComma)) {
      return false;
    }
    const std::optional<std::string> verb = BeforeTheCue(whole, part, "them", kFewWords);
    return verb && !verb->empty() && AWordOrTwo(*verb);
  }

  bool AnOutcome(std::string_view words) const {
    for (const std::string_view outcome : {"won", "drew", "lost"}) {
      if (cues_.MatchAt(words, 0, outcome).entry) return true;
    }
    return false;
  }

  // Whether `last`, a few words after the part before it, is all the rest of their whole: "and
  // the remaining 300" (arith_cues.tsv "rest"), "الولايات الـ23 الأخرى" ("rest-after").
  bool EndsWithTheRest(const Claim& before, const Claim& last) const {
    constexpr size_t kNear = 60;  // bytes: what a part did, a few words
    return CueRightBefore(before, last, "rest", kNear) || CuedAfter(last, "rest-after");
  }

  // "Of the 1,400 workers, 600 took the buyout, 500 were reassigned and the remaining 300
  // stayed", "من بين 50 ولاية، أقرت 27 قوانين مماثلة، فيما لم تقر الولايات الـ23 الأخرى": a
  // whole, then parts that end with the rest of it (arith_cues.tsv "rest"), which must make it
  // up. A part of a part ("200 of them", "بينهم") leaves the sentence alone.
  void SplitToTheRest(size_t i) {
    constexpr size_t kNear = 60;  // bytes: what a part did, a few words
    const auto& claims = doc_.claims;
    const Claim& whole = claims[i];
    if (!IsPlainCount(whole)) return;
    // "8,500 people, 6,000 of them in Germany and the remaining 2,500 abroad": the first part
    // "of them", beside its whole.
    // So a verb and "of them" before it, after a comma: "217 نائبا، صوت منهم 160".
    const bool next = i + 1 < claims.size() && claims[i + 1].sentence == whole.sentence &&
                      IsPlainCount(claims[i + 1]);
    const bool them_before = next && VerbOfThemAfterAComma(whole, claims[i + 1]);
    const bool of_them = them_before || (next && InApposition(whole, claims[i + 1]) &&
                                         CuedAfter(claims[i + 1], "them"));
    if (!of_them && !WholeCued(whole)) return;
    std::vector<const Claim*> parts;
    // "sentenced 12 of the 40 defendants, acquitted 19 and ... the other 9": a first part
    // said before its whole.
    const bool part_first = i > 0 && claims[i - 1].sentence == whole.sentence &&
                            IsPlainCount(claims[i - 1]) && PartOf(whole, claims[i - 1]) &&
                            *AsDouble(claims[i - 1].value) < *AsDouble(whole.value);
    if (part_first && JoinedBy(claims[i - 1], whole, "of")) parts.push_back(&claims[i - 1]);
    const Claim* before = &whole;
    for (size_t j = i + 1; j < claims.size() && claims[j].sentence == whole.sentence; ++j) {
      const Claim& p = claims[j];
      // "60 were rescued on Monday and the other 30 on Tuesday": the time of a part.
      if (!parts.empty() && IsTimeOrPeriod(p) && TimeRightAfter(*before, p, kFewWords)) continue;
      const std::string_view between = doc_.Between(*before, p);
      if (!IsPlainCount(p) || !PartOf(whole, p) || *AsDouble(p.value) >= *AsDouble(whole.value) ||
          between.size() > kNear || between.find_first_of(".;:(") != std::string_view::npos ||
          (CuedBefore(p, "among") && !(them_before && j == i + 1)) || CuedAfter(p, "among") ||
          (CuedAfter(p, "them") && !(of_them && j == i + 1))) {
        return;
      }
      parts.push_back(&p);
      if (EndsWithTheRest(*before, p)) break;
      before = &p;
    }
    const bool rest =
        parts.size() >= 2 && EndsWithTheRest(*parts[parts.size() - 2], *parts.back());
    // ("won 120 of the 300 seats, the opposition 95": the whole between the first two parts.)
    const bool whole_second = part_first && !parts.empty() && parts.front() == &claims[i - 1];
    const Claim* between_first = whole_second ? &whole : nullptr;
    if (!rest && !VerbLeftOut(parts, between_first) && !VotedEachWay(parts)) return;
    double sum = 0, slack = CountSlack(whole);
    for (const Claim* p : parts) sum += *AsDouble(p->value), slack += CountSlack(*p);
    const double gap = sum - *AsDouble(whole.value);
    // Parts without a word of the rest may leave some of the whole out; none may exceed it.
    if (rest ? std::fabs(gap) <= slack : gap <= slack) return;
    std::vector<SpanRef> spans = {SpanOf(whole)};
    for (const Claim* p : parts) spans.push_back(SpanOf(*p));
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("the parts add up to %s, not %s", Number(sum), whole.value),
                      spans, whole.value, Number(sum));
  }

  // "The 15-member council voted 9 to 7", "The 100-seat Senate passed the bill 68 to 42, with 3
  // abstentions", "المجلس المؤلف من 15 عضوا ... بأغلبية 9 أصوات مقابل 7": a body's members or
  // seats (arith_cues.tsv "members"), a few words on the tally of its vote ("tally" before
  // it, "tally-join" between its two sides, maybe "abstain" by a third): no more votes than
  // members.
  void TallyOfMembers(size_t i) {
    constexpr size_t kNear = 60;  // bytes: "council voted", "المؤلف من 15 عضوا بأغلبية"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim& members = claims[i];
    const Claim& yes = claims[i + 1];
    const Claim& no = claims[i + 2];
    if (!IsPlainCount(members) || !IsPlainCount(yes) || !IsPlainCount(no) ||
        no.sentence != members.sentence || !CountOfMembers(members)) {
      return;
    }
    const std::string_view before = doc_.Between(members, yes);
    if (before.size() > kNear || before.find("'s") != std::string_view::npos ||
        !cues_.StartsAWordIn(text_, members.norm_end, yes.norm_begin, "tally") ||
        !TallySides(yes, no)) {
      return;
    }
    double votes = *AsDouble(yes.value) + *AsDouble(no.value);
    std::vector<SpanRef> spans = {SpanOf(members), SpanOf(yes), SpanOf(no)};
    if (i + 3 < claims.size() && claims[i + 3].sentence == members.sentence &&
        IsPlainCount(claims[i + 3]) && Abstained(no, claims[i + 3])) {
      votes += *AsDouble(claims[i + 3].value);
      spans.push_back(SpanOf(claims[i + 3]));
    }
    if (votes > *AsDouble(members.value)) ReportMoreVotes(votes, members, std::move(spans));
  }

  void ReportMoreVotes(double votes, const Claim& members, std::vector<SpanRef> spans) {
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("the votes add up to %s, more than the %s members",
                                      Number(votes), members.value),
                      std::move(spans), members.value, Number(votes));
  }

  // "45 members", "120 مقعدا", "the 15-member council": a count of a body's members or seats.
  // "بأغلبية 65 صوتا مقابل 70 من أصل 128 نائبا", "passed 68 to 35 out of 100 senators": a
  // tally, then the members it is "out of": no more votes than members.
  void TallyOutOfMembers(size_t i) {
    constexpr size_t kNear = 40;  // bytes: "approved the bill", "الموازنة بأغلبية"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim &yes = claims[i], &no = claims[i + 1], &members = claims[i + 2];
    if (!IsPlainCount(yes) || !IsPlainCount(no) || !IsPlainCount(members) ||
        members.sentence != yes.sentence || !JoinedBy(no, members, "of") ||
        !CountOfMembers(members) || !TallySides(yes, no)) {
      return;
    }
    if (!cues_.StartsAWordIn(text_, SentenceStartWithin(yes, kNear), yes.norm_begin, "tally")) {
      return;
    }
    const double votes = *AsDouble(yes.value) + *AsDouble(no.value);
    if (votes > *AsDouble(members.value)) {
      ReportMoreVotes(votes, members, {SpanOf(yes), SpanOf(no), SpanOf(members)});
    }
  }

  bool CountOfMembers(const Claim& c) const {
    if (!c.noun_key.empty()) return CoveredBy(c.noun_key, cues_, "members");
    const auto m = cues_.MatchAt(text_, c.norm_end, "members");  // "-member", "-seat"
    return m.entry != nullptr && (m.end >= text_.size() || !scan::IsLetter(
                                      scan::NextCodePoint(text_, m.end)));
  }

  // ", with 3 abstentions", "وامتناع 2": a third count right after the tally, of those who
  // abstained.
  bool Abstained(const Claim& no, const Claim& third) const {
    constexpr size_t kNear = 24;  // bytes: ", with", "وامتناع"
    if (doc_.Between(no, third).size() > kNear) return false;
    return cues_.StartsAWordIn(text_, no.norm_end, third.norm_end, "vote-abstain") ||
           cues_.MatchAt(text_, scan::SkipSpaces(text_, third.norm_end), "vote-abstain").entry ||
           (!third.noun_key.empty() && CoveredBy(third.noun_key, cues_, "vote-abstain"));
  }

  // "326 voted for the bill, 310 against and 24 abstained", "وافق 128، فيما عارضه 9 وامتنع 45":
  // each part a vote of its own way (arith_cues.tsv "vote-for", "vote-against", "vote-abstain"),
  // no way twice; members' votes are no more than the members.
  bool VotedEachWay(const std::vector<const Claim*>& parts) const {
    static constexpr std::string_view kWays[] = {"vote-for", "vote-against", "vote-abstain"};
    if (parts.size() < 2 || parts.size() > 3) return false;
    bool seen[3] = {false, false, false};
    size_t after = 0;  // where the last part's word of its way ends
    for (size_t k = 0; k < parts.size(); ++k) {
      const size_t way = WayVoted(*parts[k], after, kWays, &after);
      if (way == 3 || seen[way] || (k > 0 && !OnTheSameMotion(*parts[k], kWays[way]))) {
        return false;
      }
      seen[way] = true;
    }
    return true;
  }

  // Where the words at `at` go on past "it" or "them", the pronoun of what was named before.
  size_t PastAPronoun(size_t at) const {
    const std::string_view it = scan::WordAt(text_, at);
    return it == "it" || it == "them" ? scan::SkipSpaces(text_, at + it.size()) : at;
  }

  // After the first part, an English vote's word says nothing more but a pronoun of the
  // motion: "310 against and", "4 opposed it and", not "45 against the amendment", another.
  bool OnTheSameMotion(const Claim& part, std::string_view way) const {
    const auto cue = cues_.MatchAt(text_, scan::SkipSpaces(text_, part.norm_end), way);
    if (!cue.entry) return true;  // Arabic: the verb before, its object a pronoun ("وعارضه")
    const size_t next = PastAPronoun(scan::SkipSpaces(text_, cue.end));
    // Arabic glues its "and" to the next part's verb: "و40 ضده وامتنع 27".
    return EndsAt(text_, next, ".,;\n") || scan::WordAt(text_, next) == "and" ||
           (cue.end < next && text_.substr(next, 2) == "\xD9\x88");
  }

  // Which of `ways` a vote's word says: English puts it right after the count ("310 against"),
  // Arabic a few words before ("وعارضه 9"), where the word after is the next part's verb
  // ("عارضه 9 وامتنع 45"), or after it too ("160 لصالح القانون و40 ضده"). 3 for none; `end`
  // is set to where the word found ends, or the count where it came before.
  size_t WayVoted(const Claim& c, size_t after, const std::string_view (&ways)[3],
                  size_t* end) const {
    const size_t next = scan::SkipSpaces(text_, c.norm_end);
    const bool arabic = next < text_.size() && static_cast<unsigned char>(text_[next]) >= 0x80;
    for (const bool before : {arabic, !arabic}) {
      for (size_t way = 0; way < 3; ++way) {
        const auto cue = before ? scan::PhraseList::Match{} : cues_.MatchAt(text_, next, ways[way]);
        if (before ? OutcomeCued(c, after, ways[way]) : cue.entry != nullptr) {
          *end = before ? c.norm_end : cue.end;
          return way;
        }
      }
    }
    return 3;
  }

  // "won 18 of its 30 games, drew 7 and lost 5", "خاض 30 مباراة، فاز في 18 وتعادل في 7 وخسر
  // 5": a record of wins, draws and losses, whose three counts make up the games played
  // (arith_cues.tsv "won", "drew", "lost", "played"). Without draws the losses leave them out.
  void Record(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& first = claims[i];
    // Three counts at least, in one sentence: read in place before any cue is looked for.
    if (!IsPlainCount(first) || first.kind != Kind::kNumber || i + 2 >= claims.size() ||
        claims[i + 2].sentence != first.sentence) {
      return;
    }
    const size_t after = i > 0 ? claims[i - 1].norm_end : 0;
    static constexpr std::string_view kOutcomes[3] = {"won", "drew", "lost"};
    static constexpr std::string_view kNouns[3] = {"won-noun", "drew-noun", "lost-noun"};
    const bool played = OutcomeCued(first, after, "played");
    // The outcome the record opens with, by its verb or its noun ("فاز الفريق بـ 18", "تعادل
    // في 6 مباريات وفاز في 10"; a count by its noun is the first of a list: the next count in
    // its sentence).
    size_t opens = 0;
    const bool listed = claims[i + 1].sentence == first.sentence;
    while (!played && opens < 3 && !OutcomeCued(first, after, kOutcomes[opens]) &&
           !(listed && Counts(first, kNouns[opens]))) {
      ++opens;
    }
    if (!played && opens == 3) return;
    size_t from = i + 1;  // the first count of an outcome after the first
    const Claim* whole = played ? &first : GamesOfTheWins(i, &from);
    const bool whole_first = whole == &claims[i + 1];  // "18 of its 30 games"
    const Claim* counts[3] = {nullptr, nullptr, nullptr};
    if (!played) counts[opens] = &first;
    for (size_t j = from; j < claims.size() && j <= i + 4; ++j) {
      const Claim& c = claims[j];
      if (c.sentence != first.sentence || !IsPlainCount(c) || c.kind != Kind::kNumber) break;
      size_t k = 0;
      while (k < 3 && !OutcomeCued(c, claims[j - 1].norm_end, kOutcomes[k]) &&
             !Counts(c, kNouns[k])) {
        ++k;
      }
      // "فاز في 20 مباراة وتعادل في 8 وخسر في 10 من أصل 38 مباراة", "4 هزائم في 30 مباراة":
      // the games after the last outcome. ("lost 3 of their last 5" is the losses' own whole:
      // smaller than the other two outcomes.)
      // "24 فوزا و7 تعادلات وخسارة واحدة في 30 مباراة": the games named after "in" are the
      // record's, whatever the counts add up to.
      const bool games_in = Counts(c, "played-noun") && JoinedBy(claims[j - 1], c, "from");
      const bool games_after = games_in || JoinedBy(claims[j - 1], c, "of");
      if (k == 3 && whole == nullptr && games_after && AllOf(counts) &&
          (games_in || *AsDouble(c.value) >= OthersThan(counts, claims[j - 1]))) {
        whole = &c;
        break;
      }
      if (k == 3 || counts[k] != nullptr) return;
      counts[k] = &c;
    }
    // Two outcomes leave room for the third ("won 11 of its 14 games, losing two": a draw);
    // only more than the games is a slip, and only where the second ends its clause ("and
    // lost 5 on the road" may count other games).
    const int outcomes = (counts[0] != nullptr) + (counts[1] != nullptr) + (counts[2] != nullptr);
    const bool two = outcomes == 2 && whole != nullptr && EndsAt(text_, LastOf(counts), ".,;\n");
    if (whole == nullptr || !(AllOf(counts) || two)) return;
    // "lost 4 of their last 5, drew 7 and won 10": a whole right after the first count that
    // the other two outgrow is the first's own.
    if (whole_first && *AsDouble(whole->value) < OthersThan(counts, first)) return;
    double sum = 0;
    for (const Claim* c : counts) sum += c ? *AsDouble(c->value) : 0;
    if (two ? sum <= *AsDouble(whole->value) : sum == *AsDouble(whole->value)) return;
    std::vector<SpanRef> spans = {SpanOf(*whole)};
    for (const Claim* c : counts) {
      if (c) spans.push_back(SpanOf(*c));
    }
    SortByStart(&spans);
    const std::string message =
        two ? absl::StrFormat("two outcomes add up to %s, more than the %s games", Number(sum),
                              whole->value)
            : absl::StrFormat("wins, draws and losses add up to %s, not %s", Number(sum),
                              whole->value);
    reporter_->Report("arith.total_mismatch", message, spans, whole->value, Number(sum));
  }

  // The games that the wins of claim i are of: right after "of" ("won 18 of its 30 games"),
  // or earlier in the sentence, counting the same noun ("72 نقطة من 38 مباراة، بعد أن فاز في
  // 21 مباراة"). `from` becomes the first claim after the wins and their games.
  const Claim* GamesOfTheWins(size_t i, size_t* from) const {
    const auto& claims = doc_.claims;
    const Claim& wins = claims[i];
    const Claim& next = claims[i + 1];
    if (IsPlainCount(next) && next.sentence == wins.sentence && JoinedBy(wins, next, "of")) {
      *from = i + 2;
      return &next;
    }
    if (wins.noun_key.empty()) return nullptr;
    for (size_t j = i; j-- > 0 && claims[j].sentence == wins.sentence;) {
      if (claims[j].noun_key == wins.noun_key && IsPlainCount(claims[j])) return &claims[j];
    }
    return nullptr;
  }

  static bool AllOf(const Claim* const (&counts)[3]) {
    return counts[0] != nullptr && counts[1] != nullptr && counts[2] != nullptr;
  }

  // The sum of a record's counts but `last`, which must be one of them (HUGE_VAL otherwise).
  static double OthersThan(const Claim* const (&counts)[3], const Claim& last) {
    double sum = 0;
    bool found = false;
    for (const Claim* c : counts) {
      if (c == &last) {
        found = true;
      } else if (c != nullptr) {
        sum += *AsDouble(c->value);
      }
    }
    return found ? sum : HUGE_VAL;
  }

  // Where the last of a record's counts found so far ends.
  static size_t LastOf(const Claim* const (&counts)[3]) {
    size_t end = 0;
    for (const Claim* c : counts) {
      if (c != nullptr) end = std::max(end, c->norm_end);
    }
    return end;
  }

  // Whether the noun a count counts, the last word of its span, is one of `meaning` ("21
  // فوزا", "5 draws"), read in the normalized text as the cues are.
  bool Counts(const Claim& c, std::string_view meaning) const {
    if (c.noun.empty() && c.script != "words") return false;
    // The word the count ends with, or its noun before it ("هزيمة واحدة"), with no glued "و"
    // or "ف" ("وتعادلين", "وهزيمة"): no noun of a record starts with either.
    const auto names = [&](std::string_view word) {
      if (CoveredBy(word, cues_, meaning)) return true;
      const bool glued = word.starts_with("\xD9\x88") || word.starts_with("\xD9\x81");  // و ف
      return glued && CoveredBy(word.substr(2), cues_, meaning);
    };
    if (names(scan::WordBefore(text_, c.norm_end))) return true;
    return c.script == "words" &&  // a number word after its noun
           names(scan::WordBefore(text_, scan::SkipSpacesBack(text_, c.norm_begin)));
  }

  // An outcome's word a few words before a count, after the claim before it and any mark:
  // "drew 7", "وتعادل في 7", "فاز الفريق بـ 18".
  bool OutcomeCued(const Claim& c, size_t after, std::string_view outcome) const {
    constexpr size_t kNear = 32;  // bytes: "فاز الفريق بـ", "وتعادل في"
    const size_t window = std::max(after, c.norm_begin > kNear ? c.norm_begin - kNear : 0);
    const size_t from = ClauseStart(text_, window, c.norm_begin, ",.;:(");
    return cues_.StartsAWordIn(text_, from, c.norm_begin, outcome);
  }

  // Whether `next` comes a few words after `part` with a word of a list right before it, or
  // glued to the first word between them ("بـ500 مليون دولار والإمارات بـ300 مليون").
  bool ListedBefore(const Claim& part, const Claim& next, size_t near) const {
    const std::string_view between = doc_.Between(part, next);
    const size_t first = between.find_first_not_of(' ');
    return EndsWithAListWord(part, next, near) ||
           (between.size() <= near && between.find_first_of(".;:(") == std::string_view::npos &&
            first != std::string_view::npos && between.substr(first, 2) == "\xD9\x88");
  }

  // Whether `next` comes a few words after `part` with "و", "and" or a comma right before it.
  bool EndsWithAListWord(const Claim& part, const Claim& next, size_t near = kFewWords) const {
    std::string_view between = doc_.Between(part, next);
    if (between.size() > near || between.find_first_of(".;:(") != std::string_view::npos) {
      return false;
    }
    if (between.ends_with("\xD9\x88")) return true;  // و glued to the next part
    while (between.ends_with(' ')) between.remove_suffix(1);
    return between.ends_with(" and") || between.ends_with(" \xD9\x88") || between == "and" ||
           between.ends_with(',') || between.ends_with(kArabicComma);
  }

  // The first count after a whole, read from the words between (from the whole's time where
  // one follows it).
  FirstPart ReadFirstPart(const Claim& total, const Claim& p, Parts* found) const {
    const Claim& before = *found->anchor;
    // "15 قتيلا، هم 8 مدنيين و7 عسكريين", "15 people: 8 civilians": the parts that make up a
    // whole that counts a noun ("Match 15: 2 goals" counts none). A few words may say so
    // before the colon ("المقاعد الـ 120 على النحو التالي:", "were split as follows:"). "450
    // seats: the ruling party won 230, the opposition 180 and independents 40": the first part
    // a few words after the colon, in a list.
    // An amount of money or of a unit is split as a count of a noun is ("$45 million: $20
    // million for roads").
    const bool an_amount =
        !total.noun_key.empty() || !total.unit.empty() || NounNamedBefore(total);
    found->listed = an_amount && ColonThenAFewWords(before, p);
    // "A total of 340 people were arrested: 210 in the capital": after a total said to be one,
    // a few words of what befell it and a colon.
    const bool declared_colon = found->declared && FewWordsThenAColon(before, p);
    if (an_amount && (JoinedBy(before, p, "split") || EndsWithAColon(before, p) ||
                                     CommaBeforeTheCue(before, p, "split") || found->listed ||
                                     declared_colon)) {
      // "15 injured: 8 were taken to hospital": what befell some of them, no split.
      if (CuedAfter(p, "subset")) return FirstPart::kNone;
      found->declared = true;
      return FirstPart::kSplit;
    }
    if (an_amount && &before == &total && SetOffAfterTheWhole(total, p)) {
      found->set_off = found->declared = true;
      return FirstPart::kSplit;
    }
    const bool joined = JoinedBy(before, p, "among");
    // "1200 حالة منذ بداية العام، من بينها 1300": a phrase of time may stand between the whole
    // and the comma that sets its parts off.
    constexpr size_t kAPhrase = 64;  // bytes
    const bool cue_last = EndsWithCue(before, p, "among") ||
                          (CueRightBefore(before, p, "among", kAPhrase) &&
                           CommaBeforeTheCue(before, p, "among", kAPhrase));
    // "يضم المجلس 65 عضوا، 20 منهم معينون", "65 members, 20 of them appointed": "of them"
    // right after the first part, a comma from the whole.
    // ("120 حالة وفاة، 70 منها", "8,500 people fled, 6,000 of them": a few words of the
    // whole's may close it.)
    const bool them_after = (Trimmed(doc_.Between(before, p)).empty() ||
                             PastAComma(before, p, kFewWords, /*verb=*/true)) &&
                            CuedAfter(p, "them");
    // "Of the 3,400 refugees registered, 1,900 women and 1,500 men": a sentence opens with "of
    // the" and the whole, and its parts follow a comma, each a count of a noun of its own
    // ("Of the 500 patients, 300 were elderly and 250 had diabetes" may count some twice).
    const bool of_the_whole = !p.noun_key.empty() && p.noun_key != total.noun_key &&
                              OpensWithOfTheWhole(total) &&
                              PastAComma(before, p, kFewWords, /*verb=*/false);
    found->among = joined || StartsWithCue(before, p, "among") || cue_last || them_after ||
                   of_the_whole;
    if (!found->declared && !found->among) return FirstPart::kNone;
    // "13 موقوفا متشددا، بينهم 30": a comma before the cue sets the parts off from the whole's
    // words, as English does with its verb.
    const bool tied = joined || them_after ||
                      (cue_last &&
                       (InEnglish(before, p) || CommaBeforeTheCue(before, p, "among", kAPhrase)));
    return tied ? FirstPart::kTied : FirstPart::kAmong;
  }

  bool OpensWithOfTheWhole(const Claim& total) const {
    const auto of = cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, total.norm_begin),
                                      "whole");
    return of.entry && OpensASentence(text_, of.end);
  }

  // "The 150 victims, 90 men and 60 women, were buried": English parts set off by a comma
  // right after a whole the article makes definite, as a second name of it, or that counts
  // people in general; the list must close with a comma too (ClosedByAComma). A list of
  // things ("5 apples, 3 pears") has no article before its first count; "Of the 150 victims,
  // 90 men" names some of them.
  bool SetOffAfterTheWhole(const Claim& total, const Claim& first) const {
    const std::string_view between = doc_.Between(total, first);
    if (!Trimmed(between).empty() || between.find(',') == std::string_view::npos) return false;
    // "arrested 34 people, 22 men and 12 women, after": counts after people in general can
    // only be kinds of them ("1,200 people, 1,400 of them engineers" is read as among them).
    if (CoveredBy(total.noun_key, cues_, "persons")) return !CuedAfter(first, "them");
    const size_t article_end = scan::SkipSpacesBack(text_, total.norm_begin);
    std::string article(scan::WordBefore(text_, article_end));
    absl::AsciiStrToLower(&article);
    return article == "the" &&
           !cues_.MatchBefore(text_, article_end, "whole").entry;  // "of the", "among the"
  }

  // Whether a comma follows the part right after it: the set-off list ends there.
  bool ClosedByAComma(const Claim& last) const {
    const size_t at = scan::SkipSpaces(text_, last.norm_end);
    return at < text_.size() && text_[at] == ',';
  }

  // "وأصيب 15 آخرون", "and plans to hire 300 more": a count of others, no part of the whole
  // before it (the word is its noun, or comes after it).
  bool CountsOthers(const Claim& p) const {
    const size_t noun = p.norm_end - scan::WordBefore(text_, p.norm_end).size();
    return CuedAfter(p, "other") || (!p.noun.empty() && cues_.MatchAt(text_, noun, "other").entry);
  }

  // Whether `p` comes after the parts found so far as one more of their list: after "و",
  // "and" or a comma ("12 طفلا و5 نساء", "12 children, 5 women and 3 men", "of whom 700 are
  // women and 500 are men"), each after its verb where the first is ("شفي منها 480 وتوفي
  // 22"). Another clause ("بينهم 12 طفلا، ونقل 15 جريحا", "and 15 were taken to hospital")
  // counts something else. A list after a colon names each part before its number ("the
  // opposition 180") and is not asked.
  bool InTheList(const std::vector<const Claim*>& parts, const Claim& p, bool verbs,
                 bool shared_out) const {
    // Two parts each placed by "in", "في" are two places only where both are named: "in the
    // north and 900 in temporary shelters" counts some twice; but where a verb shares the whole
    // out among them ("1200 متدرب، توزعوا على 700 في الرياض و400 في جدة") any places.
    const Claim& last = *parts.back();
    const auto place = PlaceAfter(last, parts.size() == 1), next_place = PlaceAfter(p, false);
    const bool listed = place.entry && next_place.entry
                            ? PlacedAlike(last, p, place, next_place, /*named=*/!shared_out)
                        : verbs ? ListedBefore(last, p, kFewWords)
                                : EndsWithAListWord(last, p);
    return listed && !(SubjectOfAClause(p) && !SubjectOfAClause(*parts.front()));
  }

  // "70 منها في المحافظات الشمالية و60 في الجنوب", "6,000 of them in Germany and 3,500 in
  // France": two parts each placed (PlaceAfter) by the same word before a place named (the
  // article, a capital), "and" between. Places do not overlap as states may ("in hospital",
  // "in intensive care": none named), nor the worst of them ("in the worst-hit districts":
  // arith_cues.tsv "ranked").
  bool PlacedAlike(const Claim& part, const Claim& next, const scan::PhraseList::Match& place,
                   const scan::PhraseList::Match& next_place, bool named) const {
    constexpr size_t kWhere = 64;  // bytes: "منها في المحافظات الشمالية و"
    if (!EndsWithAListWord(part, next, kWhere) || place.entry != next_place.entry ||
        !(!named || (NamedAt(place.end) && NamedAt(next_place.end)) ||
          SameHeadNoun(place.end, next.norm_begin, next_place.end))) {
      return false;
    }
    constexpr size_t kAfter = 40;  // bytes: the last part's place
    std::string_view where = text_.substr(place.end, next.norm_begin - place.end);
    while (where.ends_with(' ')) where.remove_suffix(1);
    if (where.ends_with(',')) where.remove_suffix(1);  // "in X, 900 in Y and 600 in Z"
    const size_t next_end = std::min(text_.size(), next_place.end + kAfter);
    return AFewWords(where, kWhere, ",0123456789") &&
           !cues_.StartsAWordIn(text_, place.end, next.norm_begin, "ranked") &&
           !cues_.StartsAWordIn(text_, next_place.end, next_end, "ranked");
  }

  // "1,100 in primary schools, 900 in middle schools": two places that one noun heads, told
  // apart by the words before it, are parts of one kind ("in hospital" and "in intensive care"
  // may overlap). English only: an Arabic place comes with its article, which names it.
  bool SameHeadNoun(size_t place, size_t next_part, size_t next_place) const {
    const auto last_word = [&](size_t from, size_t to) {
      std::string_view words = text_.substr(from, std::min(to, text_.size()) - from);
      words = words.substr(0, std::min(words.find_first_of(",.;:()"), words.find(" and ")));
      while (words.ends_with(' ')) words.remove_suffix(1);
      const size_t space = words.rfind(' ');
      const std::string_view word = space == std::string_view::npos ? "" : words.substr(space);
      return std::all_of(word.begin() + std::min<size_t>(1, word.size()), word.end(),
                         [](char c) { return absl::ascii_islower(c); })
                 ? word
                 : std::string_view();
    };
    constexpr size_t kPlace = 40;  // bytes: "in the worst-hit provinces"
    const std::string_view head = last_word(place, next_part);
    return head.size() > 1 && head == last_word(next_place, next_place + kPlace);
  }

  // The cue of a place right after a count ("in", "في"), past "of them" where `of_them`.
  scan::PhraseList::Match PlaceAfter(const Claim& c, bool of_them) const {
    size_t at = scan::SkipSpaces(text_, c.norm_end);
    if (const auto them = cues_.MatchAt(text_, at, "them"); them.entry && of_them) {
      at = scan::SkipSpaces(text_, them.end);
    }
    return cues_.MatchAt(text_, at, "place");
  }

  // Whether a place is named from `at`: "the north", "Germany", "المحافظات", the rest of them
  // ("other cities"); no group of people by their age ("the under-18s").
  bool NamedAt(size_t at) const {
    const size_t start = scan::SkipSpaces(text_, at);
    const std::string_view name = scan::WordAt(text_, start);
    if (name == "other") return true;
    if (name == "the") {
      const size_t next = scan::SkipSpaces(text_, start + name.size());
      const std::string_view rest = text_.substr(next, text_.find_first_of(" ,.;\n", next) - next);
      return !rest.empty() && rest.find_first_of("0123456789") == std::string_view::npos;
    }
    return name.starts_with("\xD8\xA7\xD9\x84") ||  // "ال"
           (!name.empty() && name[0] >= 'A' && name[0] <= 'Z');
  }

  // Whether a verb right after the count makes it the subject of a clause ("15 were taken").
  bool SubjectOfAClause(const Claim& c) const {
    return CuedAfter(c, "subject");
  }

  // Whether `part` may be a part of `total`: a count of a count; of an amount, one of its
  // currency or one whose currency the text leaves to it ("5 مليارات درهم، منها 3 مليارات").
  static bool PartOf(const Claim& total, const Claim& part) {
    if (total.kind == Kind::kNumber) return part.kind == Kind::kNumber;
    return part.kind == Kind::kNumber ||
           ((part.kind == Kind::kMoney || part.kind == Kind::kQuantity) &&
            part.kind == total.kind && part.unit == total.unit);
  }

  // The count that claim i says where it comes from or is spread over, a few words before
  // it: "30 ألف عداء من 120 دولة", "42 people in 3 provinces"; else null.
  const Claim* HeadOfTheComplement(size_t i) const {
    const auto& claims = doc_.claims;
    if (i == 0 || claims[i - 1].sentence != claims[i].sentence) return nullptr;
    const Claim& head = claims[i - 1];
    if (head.kind != Kind::kNumber || head.value.empty()) return nullptr;
    return EndsWithCue(head, claims[i], "from") ? &head : nullptr;
  }

  // "بلغ إجمالي عدد الضحايا 100", "the total number of victims was 100": a cue of a total
  // one or two words before the number, with no mark or number between.
  bool TotalNamedBefore(const Claim& c) const {
    size_t p = scan::SkipSpacesBack(text_, c.norm_begin);
    for (int words = 0; words < 2; ++words) {
      const std::string_view word = scan::WordBefore(text_, p);
      if (word.empty()) return false;  // a mark or a number
      p = scan::SkipSpacesBack(text_, p - word.size());
      if (p == 0 || text_[p] != ' ') return false;  // a mark, not a space, before the word
      if (cues_.MatchBefore(text_, p, "total").entry) return true;
    }
    return false;
  }

  // "بلغ عدد المترشحين 1200": the noun a count counts, named before it after a word for the
  // number of (arith_cues.tsv "count-of").
  bool NounNamedBefore(const Claim& c) const {
    const size_t end = scan::SkipSpacesBack(text_, c.norm_begin);
    const std::string_view noun = scan::WordBefore(text_, end);
    return !noun.empty() &&
           cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, end - noun.size()), "count-of")
               .entry != nullptr;
  }

  // Whether the words between two claims are English (ASCII letters, at least one).
  bool InEnglish(const Claim& a, const Claim& b) const {
    const std::string_view between = doc_.Between(a, b);
    bool letters = false;
    for (char ch : between) {
      if (static_cast<unsigned char>(ch) >= 0x80) return false;
      letters |= absl::ascii_isalpha(static_cast<unsigned char>(ch));
    }
    return letters;
  }

  bool StartsWithCue(const Claim& a, const Claim& b, std::string_view meaning) const {
    const std::string between = Trimmed(doc_.Between(a, b));
    return cues_.MatchAt(between, 0, meaning).entry != nullptr;
  }

  static constexpr size_t kFewWords = 40;  // bytes: a few words, not another clause

  // The words between two claims, trimmed, where they end with a cue of `meaning` and are no
  // longer than `near` bytes, and where in them the cue starts.
  struct EndingCue {
    std::string words;
    size_t cue = 0;
  };
  std::optional<EndingCue> WordsEndingWithCue(const Claim& a, const Claim& b,
                                              std::string_view meaning,
                                              size_t near = kFewWords) const {
    EndingCue found{Trimmed(doc_.Between(a, b))};
    if (found.words.size() > near) return std::nullopt;
    const auto cue = cues_.MatchBefore(found.words, found.words.size(), meaning);
    if (!cue.entry) return std::nullopt;
    found.cue = cue.end;  // MatchBefore's end is where the phrase starts
    return found;
  }

  // Whether words stand before the cue that the words between two claims end with ("شفي
  // منها": a verb before "of them").
  bool WordsBeforeTheCue(const Claim& a, const Claim& b, std::string_view meaning) const {
    const std::optional<std::string> words = BeforeTheCue(a, b, meaning, kFewWords);
    return words && !words->empty();
  }

  // The words between two claims before the cue of `meaning` they end with, trimmed, where they
  // are no longer than `near` bytes; nullopt where no such cue ends them.
  std::optional<std::string> BeforeTheCue(const Claim& a, const Claim& b,
                                          std::string_view meaning, size_t near) const {
    const std::optional<EndingCue> found = WordsEndingWithCue(a, b, meaning, near);
    if (!found) return std::nullopt;
    return Trimmed(std::string_view(found->words).substr(0, found->cue));
  }

  // "1200 إصابة جديدة، بينها 800": the cue right before the part, after a word or two on
  // the whole.
  bool EndsWithCue(const Claim& a, const Claim& b, std::string_view meaning,
                   size_t near = kFewWords) const {
    return WordsEndingWithCue(a, b, meaning, near).has_value();
  }

  // Whether the words between two claims end with a cue of `meaning` that a comma comes
  // before, a few words after the first: "9 أشخاص حتفهم، هم 5", "13 موقوفا متشددا، بينهم 30".
  bool CommaBeforeTheCue(const Claim& a, const Claim& b, std::string_view meaning,
                         size_t near = kFewWords) const {
    const std::optional<EndingCue> found = WordsEndingWithCue(a, b, meaning, near);
    if (!found) return false;
    std::string_view before = std::string_view(found->words).substr(0, found->cue);
    while (before.ends_with(' ')) before.remove_suffix(1);
    return before.ends_with(',') || before.ends_with(kArabicComma);
  }

  // Whether a colon or a verb that splits the whole (arith_cues.tsv "divided") follows it (its
  // noun only between) and a few words, no mark among them, lead from it to the part.
  bool ColonThenAFewWords(const Claim& whole, const Claim& part) const {
    constexpr size_t kAFewWords = 40;  // bytes: "the ruling party won", "حصل الحزب الحاكم على"
    const std::string_view between = doc_.Between(whole, part);
    const size_t colon = between.find(':');
    size_t after = colon + 1;
    if (colon == std::string_view::npos || !Trimmed(between.substr(0, colon)).empty()) {
      // "350 seats are split among the ruling party with": a verb that splits it, as a colon.
      const auto divided = cues_.MatchAt(between, scan::SkipSpaces(between, 0), "divided");
      if (!divided.entry) return false;
      after = divided.end;
    }
    const std::string_view words = between.substr(after);
    return !Trimmed(words).empty() && words.size() <= kAFewWords &&
           words.find_first_of(",.;()") == std::string_view::npos &&
           words.find(kArabicComma) == std::string_view::npos;
  }

  bool FewWordsThenAColon(const Claim& a, const Claim& b) const {
    constexpr size_t kAFewWords = 40;  // bytes: "people were arrested:", "شخصا اعتقلوا:"
    const std::string_view between = doc_.Between(a, b);
    const size_t colon = between.find(':');
    return colon != std::string_view::npos && colon <= kAFewWords &&
           Trimmed(between.substr(colon + 1)).empty() &&
           between.substr(0, colon).find_first_of(",;()") == std::string_view::npos &&
           between.find(kArabicComma) == std::string_view::npos;
  }

  bool EndsWithAColon(const Claim& a, const Claim& b) const {
    const std::optional<EndingCue> found = WordsEndingWithCue(a, b, "split");
    return found && found->words.ends_with(':');
  }

  // Shares of one whole in a sentence that says so, adding up to more than 100 %.
  void PercentSums() {
    const auto& claims = doc_.claims;
    for (size_t i = 0; i < claims.size();) {
      size_t j = i;
      // One share alone in its sentence sums to nothing: its whole is not looked for.
      size_t end = i, in_sentence = 0;
      for (; end < claims.size() && claims[end].sentence == claims[i].sentence; ++end) {
        in_sentence += IsShare(claims[end]);
      }
      if (in_sentence < 2) {
        i = end;
        continue;
      }
      std::vector<size_t> found;
      for (; j < claims.size() && claims[j].sentence == claims[i].sentence; ++j) {
        const Claim& c = claims[j];
        if (!IsShare(c) || OfItsOwnWhole(j)) continue;
        // "40% in the first round; in the runoff 55% and 45%": a semicolon parts two wholes.
        const bool apart = !found.empty() && doc_.Between(claims[found.back()], c).find(';') !=
                                                 std::string_view::npos;
        if (apart) break;
        found.push_back(j);
      }
      if (found.size() < 2) {  // (the others of their own wholes, or past a semicolon)
        i = j == i ? i + 1 : j;
        continue;
      }
      std::vector<const Claim*> shares;
      bool change = false, by_rate = false;  // "بنسبة": a change's rate, or a share's
      int rivals = 0;
      for (const size_t k : found) {
        const Claim& c = claims[k];
        const scan::PhraseList::Entry* changed = CueBefore(c, "change");
        const bool rate = changed && changed->HasTag("rate");
        by_rate |= rate;
        change |= (changed && !rate) || AnotherTimes(k) || !c.qualifier.empty() || c.approx;
        const scan::PhraseList::Entry* since = CueBefore(c, "since");
        // "54.3% of the vote to 44.1% for his challenger": "to" before the rival's share.
        rivals += (since && since->HasTag("rival")) ||
                  (!shares.empty() &&
                   cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, c.norm_begin), "to")
                       .entry &&
                   ForTheRival(c));
        shares.push_back(&c);
      }
      // "92% في شيكاغو مقابل 8%، و95.7% في بوسطن مقابل 4.3%": two contests, each a whole.
      change |= rivals >= 2;
      // Three shares or more, none of them the whole: two percentages in one sentence are
      // too often of two different wholes ("56 % of the vote, with 48 % counted").
      bool whole = false;
      for (const Claim* c : shares) whole |= *AsDouble(c->value) >= 100;
      // "52.4% of the vote against 47.6% for his rival", "مقابل 47.6% لمنافسه": two shares, the
      // second the rival's, named right after it.
      const bool two_rivals =
          shares.size() == 2 && rivals == 1 && ForTheRival(*shares.back());
      // "توزعت الإصابات بين الذكور بنسبة 58% والإناث بنسبة 42%": a whole split between two.
      const bool two = shares.size() == 2 && rivals == 0 && by_rate;
      // "61% said yes and 45% said no": two answers to one question.
      const bool answers = shares.size() == 2 && rivals == 0 && !by_rate &&
                           TwoAnswers(*shares[0], *shares[1]);
      // "Women make up 53% of the population and men 47%": the two groups of a pair.
      const bool sides = shares.size() == 2 && rivals == 0 && !by_rate && !answers &&
                         TwoSides(*shares[0], *shares[1]);
      // "توزعت الأصوات بين الأول بنسبة 48%": after a verb that shares a whole out, "بنسبة"
      // names a share; elsewhere a change's rate. Each question asked once, the cheaper first.
      // "gas 37% and coal the remaining 22%", "و22% للقطاعات الأخرى الباقية": the last share
      // is all the rest of one whole, so all of them make it up.
      const bool rest = shares.size() >= 2 && !change && !whole && LastIsTheRest(shares);
      bool one_whole = rest && OneWhole(shares);
      if ((shares.size() >= 3 || two_rivals || two || answers || sides) && !change && !whole &&
          !rest) {
        const Claim& first = *shares.front();
        const Claim& last = *shares.back();
        one_whole = answers || sides ||
                    (two ? SharedOut(first, last) && SplitBetween(first)
                         : by_rate ? SharedOut(first, last)
                                   : SentenceHasShareCue(first, last) || SharedOut(first, last));
        one_whole = one_whole && OneWhole(shares);
      }
      if (one_whole) {
        double sum = 0, slack = 0;
        for (const Claim* s : shares) sum += *AsDouble(s->value), slack += HalfUnit(*s);
        if (sum > 100 + slack || (rest && sum < 100 - slack)) {
          std::vector<SpanRef> spans;
          for (const Claim* s : shares) spans.push_back(SpanOf(*s));
          reporter_->Report("arith.percent_sum",
                            absl::StrFormat("shares of one whole add up to %s%%", Number(sum)),
                            spans, "100", Number(sum));
        }
      }
      i = j == i ? i + 1 : j;
    }
  }

  // Whether the last share is the rest of the whole ("the remaining 22%", "الـ22% الباقية"),
  // with no verb of change or other clause before it ("rose 3%, and the remaining 12% fell").
  bool LastIsTheRest(const std::vector<const Claim*>& shares) const {
    return EndsWithTheRest(*shares[shares.size() - 2], *shares.back()) &&
           NoChangeUpTo(*shares.front(), *shares.back());
  }

  // Whether a verb that shares a whole out (arith_cues.tsv "distribute") comes before the
  // first share in its sentence, and no verb of change or other clause up to the last share
  // ("فيما ارتفعت الأسعار بنسبة 35%", "بعد أن تراجعت شعبيته بنسبة 40%": "verb", "clause") makes
  // some of them changes.
  bool SharedOut(const Claim& first, const Claim& last) const {
    return cues_.StartsAWordIn(text_, SentenceStart(first), first.norm_begin, "distribute") &&
           NoChangeUpTo(first, last);
  }

  bool NoChangeUpTo(const Claim& first, const Claim& last) const {
    const size_t from = SentenceStart(first);
    return !cues_.StartsAWordIn(text_, from, last.norm_begin, "verb") &&
           !cues_.StartsAWordIn(text_, from, last.norm_begin, "clause");
  }

  // Whether "بين", "between" stands before the first share in its sentence: the whole is split
  // between the two it names.
  bool SplitBetween(const Claim& first) const {
    return cues_.StartsAWordIn(text_, SentenceStart(first), first.norm_begin, "between-two");
  }

  // Where the sentence of claim c starts: past the last stop before it.
  size_t SentenceStart(const Claim& c) const {
    const size_t stop = text_.find_last_of(kStops, c.norm_begin);
    return stop == std::string_view::npos ? 0 : stop + 1;
  }

  // The same, at most `bytes` before the claim.
  size_t SentenceStartWithin(const Claim& c, size_t bytes) const {
    return checks::SentenceStartWithin(text_, c, bytes, kStops);
  }

  static constexpr std::string_view kStops = ".!?\n";

  // "40% of the vote, up from 35%", "مقابل 35% في الانتخابات السابقة": a share set against
  // another time's. "against 38% for his rival", "مقابل 34% لمنافسه" set it against another
  // share of the same whole, unless a time follows it (a year, "السابقة", "last").
  bool AnotherTimes(size_t i) const {
    const auto& claims = doc_.claims;
    const scan::PhraseList::Entry* since = CueBefore(claims[i], "since");
    if (since == nullptr) return false;
    if (!since->HasTag("rival")) return true;
    constexpr size_t kNear = 40;  // bytes: a few words
    const size_t end = std::min(text_.size(), claims[i].norm_end + kNear);
    if (i + 1 < claims.size() && claims[i + 1].norm_begin < end &&
        (IsTime(claims[i + 1]) || claims[i + 1].qualifier == "ago")) {
      return true;
    }
    return cues_.StartsAWordIn(text_, claims[i].norm_end, end, "earlier");
  }

  // The word a share is "of": "60% من السكان" -> "السكان", "30% of the voters" -> "voters";
  // empty when none follows.
  std::string WholeOf(const Claim& share) const {
    size_t at = scan::SkipSpaces(text_, share.norm_end);
    std::string_view word = scan::WordAt(text_, at);
    if (word != "\xD9\x85\xD9\x86" && word != "of") return {};  // من
    at = scan::SkipSpaces(text_, at + word.size());
    word = scan::WordAt(text_, at);
    if (word == "the") word = scan::WordAt(text_, scan::SkipSpaces(text_, at + word.size()));
    return std::string(word);
  }

  // Whether "for" (arith_cues.tsv "for-rival") or a glued Arabic "ل" and a noun follow a
  // share: "47.6% for his rival", "47.6% لمنافسه". An earlier time or another place a few words
  // on ("للحزب نفسه في الانتخابات السابقة", "for it in the countryside": arith_cues "earlier",
  // "place") makes it another contest's.
  // "61% said yes and 45% said no", "52% support it and 49% oppose it": a share right before
  // each side of one question (arith_cues.tsv "answer"), the second with nothing after it but
  // a pronoun, so that it answers the first's question ("oppose the ban" is another).
  bool TwoAnswers(const Claim& first, const Claim& second) const {
    const auto side = [&](const Claim& c) {
      const auto cue = cues_.MatchAt(text_, scan::SkipSpaces(text_, c.norm_end), "answer");
      return cue.entry ? std::make_pair(cue.entry->tags.at(1), cue.end)
                       : std::make_pair(std::string(), size_t{0});
    };
    const auto [one, one_end] = side(first);
    const auto [other, other_end] = side(second);
    if (one.empty() || other.empty() || one == other) return false;
    return EndsAt(text_, PastAPronoun(scan::SkipSpaces(text_, other_end)), ".,;\n");
  }

  // "Women make up 53% of the staff and men 47%", "شكلت النساء 52% من السكان والرجال 48%": a
  // verb of being a share (arith_cues.tsv "make-up") before the first, one group of a pair
  // ("side") before it and the other between the two, no verb or other clause before the
  // second. Not rates of two groups: "among women 53% and among men 49%" names no such verb.
  bool TwoSides(const Claim& first, const Claim& second) const {
    // Each group a few words before its share: the second's first, the cheaper question.
    constexpr size_t kBefore = 40;  // bytes: "Women make up", "and men for", "شكلت النساء"
    const size_t after_first =
        std::max(first.norm_end, second.norm_begin > kBefore ? second.norm_begin - kBefore : 0);
    const scan::PhraseList::Entry* other = SideIn(after_first, second.norm_begin);
    if (other == nullptr) return false;
    const scan::PhraseList::Entry* one =
        SideIn(SentenceStartWithin(first, kBefore), first.norm_begin);
    const size_t from = SentenceStart(first);
    return one != nullptr && one->tags.at(1) == other->tags.at(1) &&
           one->tags.at(2) != other->tags.at(2) &&
           cues_.StartsAWordIn(text_, from, first.norm_begin, "make-up") &&
           NoChangeUpTo(first, second);
  }

  // The first group of a pair (arith_cues.tsv "side") whose word starts in [from, to), a
  // glued "و" or "ل" allowed before it; null where there is none.
  const scan::PhraseList::Entry* SideIn(size_t from, size_t to) const {
    for (size_t at = from; at < to; ++at) {
      const bool starts = at == 0 || text_[at - 1] == ' ' ||
                          (at >= 2 && (text_.compare(at - 2, 2, "\xD9\x88") == 0 ||   // و
                                       text_.compare(at - 2, 2, "\xD9\x84") == 0) &&  // ل
                           (at == 2 || text_[at - 3] == ' '));
      if (!starts) continue;
      if (const auto side = cues_.MatchAt(text_, at, "side"); side.entry && side.end <= to) {
        return side.entry;
      }
    }
    return nullptr;
  }

  bool ForTheRival(const Claim& share) const {
    constexpr size_t kAfter = 60;  // bytes: "للحزب نفسه في الانتخابات السابقة"
    const size_t at = scan::SkipSpaces(text_, share.norm_end);
    const size_t end = std::min(text_.size(), at + kAfter);
    if (cues_.StartsAWordIn(text_, at, end, "earlier") ||
        cues_.StartsAWordIn(text_, at, end, "place")) {
      return false;
    }
    if (cues_.MatchAt(text_, at, "for-rival").entry) return true;
    constexpr std::string_view kLam = "\xD9\x84";  // ل
    const std::string_view word = scan::WordAt(text_, at);
    return word.size() > kLam.size() + 4 && word.starts_with(kLam);
  }

  // Shares of named wholes that differ ("60% من السكان و30% من المقيمين") are no split of one.
  bool OneWhole(const std::vector<const Claim*>& shares) const {
    std::string seen;
    for (const Claim* s : shares) {
      const std::string whole = WholeOf(*s);
      if (whole.empty()) continue;
      if (!seen.empty() && whole != seen) return false;
      seen = whole;
    }
    return true;
  }

  // "with 60% turnout", "بلغت نسبة المشاركة 74%": a rate that a word of arith_cues.tsv
  // ("apart") names just before or after it, back to the claim before it, is of its own whole.
  bool OfItsOwnWhole(size_t i) const {
    constexpr size_t kNear = 40;  // bytes: a few words
    const auto& claims = doc_.claims;
    const Claim& c = claims[i];
    size_t from = c.norm_begin > kNear ? c.norm_begin - kNear : 0;
    if (i > 0) from = std::max(from, std::min(claims[i - 1].norm_end, c.norm_begin));
    size_t to = std::min(text_.size(), c.norm_end + kNear);
    if (i + 1 < claims.size()) to = std::max(c.norm_end, std::min(to, claims[i + 1].norm_begin));
    const std::string_view near = std::string_view(text_).substr(from, to - from);
    return cues_.StartsAnywhereIn(near, 0, near.size(), "apart");
  }

  // A cue of one whole from a few words before the first share ("توزعت الأصوات كالتالي:")
  // to a few after the last ("... of the vote"), in their sentence.
  bool SentenceHasShareCue(const Claim& first, const Claim& last) const {
    constexpr size_t kNear = 60;  // bytes: a few words
    const size_t from = SentenceStartWithin(first, kNear);
    const std::string_view span = std::string_view(text_).substr(
        from, std::min(text_.size(), last.norm_end + kNear) - from);
    return cues_.StartsAnywhereIn(span, 0, span.size(), "share");
  }

  const DocumentView& doc_;
  std::string_view text_;
  const scan::PhraseList& cues_;
  Reporter* reporter_;
};

}  // namespace

void CheckArithmetic(const DocumentView& doc, Reporter* reporter) {
  ArithmeticChecks(doc, reporter).Run();
}

}  // namespace mizan::checks
