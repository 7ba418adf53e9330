// arith.percent_mismatch: "5 من أصل 20 (30%)", "Of the 20 asked, 5 (30%)": the part over the
//   whole is not the percentage.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "core/checks/arith_context.h"
#include "core/checks/document_checks.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks::arith {
namespace {

class ShareChecks : public ArithContext {
 public:
  explicit ShareChecks(const ArithContext& context) : ArithContext(context) {}

  void At(size_t i) {
    PartOfWhole(i);
    WholeThenParts(i);
    PartOfThem(i);
    PartThenItsRate(i);
    ShareOfAWholeAfter(i);
    ShareThenPart(i);
    TwoPartsWithTheirShares(i);
    RatioRestated(i);
    FractionRestated(i);
    RestatedAsAShareOfAWholeBefore(i);
    AllottedPartOfAWhole(i);
    CapacityFilled(i);
    StakeValued(i);
    ShareOfATarget(i);
  }

 private:
  const Claim* NextPercent(size_t i) const {
    const auto& claims = doc_.claims;
    for (size_t j = i + 1; j < claims.size() && j <= i + 2; ++j) {
      if (claims[j].sentence != claims[i].sentence) return nullptr;
      // "من مجموع 32087 مسجل، وقدر عدد المسعفين منهم بـ 2542 أي بنسبة": a share after another
      // amount is that amount's.
      if (j > i + 1 && IsPlainAmount(claims[j - 1])) return nullptr;
      // A fraction in words only right after: "300 of the 900, or a third", "less than a
      // third".
      const bool words = IsWordFraction(claims[j], /*about=*/true) || IsBoundedShare(claims[j]);
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
        !IsPlainCount(whole) || ItemsOfAnAmount(part, whole) ||
        whole.sentence != part.sentence ||
        doc_.Between(part, whole).find(')') != std::string_view::npos ||
        !(JoinedBy(part, whole, "of") || OutOf(part, whole) || OfAnOwnersWhole(part, whole) ||
          SeatsInTheBody(part, whole) || OutOfAWholeAmounting(part, whole) ||
          OfAWholeNumbering(part, whole))) {
      return;
    }
    // "تراجع الإنتاج إلى 1.1 مليون طن من 1.6 مليون طن": "من" after where a change led, both
    // named alike, is "from", no whole ("وصل عدد الناجحين إلى 63 من 70 طالبا" is a share).
    if (NamedAlike(part, whole) && WordsBetween(part, whole) == "\xD9\x85\xD9\x86" &&  // من
        cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, part.norm_begin), "to").entry) {
      return;
    }
    if (const Claim* said = ShareSaidFirst(i)) return CheckShare(part, whole, *said);
    const Claim* pct = NextPercent(w);
    // "(60% of women)", "25% منهم" are shares of other wholes; but "أي 80% من أعضاء المجلس",
    // "that is 80% of the members", "a third of the total," restate the part as a share of
    // its own whole, about so much too ("أي نحو 38%"). A change named after them ("بتراجع
    // نسبته 22%") or a share set against another ("20% more") is none of theirs.
    const bool about = pct != nullptr && pct->qualifier == "about";
    if (pct == nullptr || (!pct->qualifier.empty() && !about && !IsBoundedShare(*pct)) ||
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

  // "three instalments of $300 million": a count of things a measure or a sum is said of,
  // each of them so much, no part of it.
  static bool ItemsOfAnAmount(const Claim& items, const Claim& amount) {
    return items.kind == Kind::kNumber && !items.noun_key.empty() &&
           (amount.kind == Kind::kMoney || amount.kind == Kind::kQuantity);
  }

  // "out of" right before the whole, a few words after the part, or more in the part's clause
  // ("نجح 312 ألف طالب في امتحانات الثانوية العامة من بين 390 ألفا").
  bool OutOf(const Claim& part, const Claim& whole) const {
    constexpr size_t kWhatItDid = 64;  // bytes: "في امتحانات الثانوية العامة من بين"
    if (!CueRightBefore(part, whole, "out-of", kWhatItDid)) return false;
    const std::string_view between = doc_.Between(part, whole);
    return Trimmed(between).size() <= kFewWords || !HasComma(between);
  }

  // "450 ألفا من أصل قوة عمل تبلغ 3 ملايين" ("out of", arith_cues.tsv "out-of", then
  // "amounting"), "1200 من عمال المصنع البالغ عددهم 4500" ("of", then "numbering"): the words
  // between a part and its whole open with one cue, say in a few words (`what` bytes) what the
  // whole is, and end with the other right before it.
  bool CuedAroundWhatTheWholeIs(const Claim& part, const Claim& whole, std::string_view opening,
                                std::string_view closing, size_t what) const {
    const std::string words = Trimmed(doc_.Between(part, whole));
    return words.size() <= what && cues_.MatchAt(words, 0, opening).entry &&
           CommaIn(words, /*last=*/false).at == std::string::npos &&
           EndsWithCue(part, whole, closing, what);
  }

  bool OutOfAWholeAmounting(const Claim& part, const Claim& whole) const {
    constexpr size_t kWhat = 48;  // bytes: "من أصل قوة عمل تبلغ"
    return CuedAroundWhatTheWholeIs(part, whole, "out-of", "amounting", kWhat);
  }

  bool OfAWholeNumbering(const Claim& part, const Claim& whole) const {
    constexpr size_t kWhat = 64;  // bytes: "من عمال المصنع الحكومي البالغ عددهم"
    return CuedAroundWhatTheWholeIs(part, whole, "of", "numbering", kWhat);
  }

  // "212 seats in the 400-seat assembly": a body's seats or members, then "in the" body of so
  // many.
  bool SeatsInTheBody(const Claim& part, const Claim& whole) const {
    return CountOfMembers(part) && CountOfMembers(whole) && JoinedBy(part, whole, "in-body");
  }

  // Whether `words` are an opening bracket alone, spaces around it.
  static bool OnlyABracket(std::string_view words) {
    const size_t at = words.find_first_not_of(' ');
    return at != std::string_view::npos && words[at] == '(' &&
           words.find_first_not_of(' ', at + 1) == std::string_view::npos;
  }

  // "Turnout was 61%: 3.4 million of the 6.1 million voters", "The fatality rate was 2.3%
  // (1,023 of 44,672 cases)": the share of the part claim i starts, said right before it and
  // a colon or a bracket, or a word that explains it and a verb ("بلغت نسبة المشاركة 39.6%، إذ
  // أدلى 3.6 مليون ناخب"); none where the share is a change ("rose 5%:") or of a whole of its
  // own ("61% of women:"), but for one named as the part or the whole is ("45% من المقاعد، أي
  // 60 مقعدا من أصل 150").
  const Claim* ShareSaidFirst(size_t i) const {
    constexpr size_t kPeriod = 24;  // bytes: "خلال الربع", "in the"
    const auto& claims = doc_.claims;
    if (i == 0) return nullptr;
    // "16% خلال الربع الثاني، أي ما يعادل 650 ألف": the share's period, named by an ordinal,
    // between; the words from the ordinal on say what the part is.
    // "Turnout was 67.3%, the highest since 1992, with": a year in words of what the share's
    // level was, between.
    const bool ordinal = i > 1 && claims[i - 1].kind == Kind::kOrdinal &&
                         AFewWords(doc_.Between(claims[i - 2], claims[i - 1]), kPeriod);
    const bool record = i > 1 && IsTime(claims[i - 1]) && InARecord(claims[i - 2], claims[i - 1]);
    const bool period = ordinal || record;
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
      // "نجح 60% من المتقدمين، أي 400 من أصل 800": a part and a whole named by no noun,
      // "out of" between them, are of the one the share is of (not "45% من الأصوات، أي 60
      // مقعدا من أصل 150": seats of votes).
      constexpr size_t kOutOf = 24;  // bytes: " من أصل ", " out of "
      const auto unnamed = [](const Claim& c) { return c.noun_key.empty() && c.unit.empty(); };
      // ("35% من القروض، أي 5.5 مليار دينار من جملة 12.8 مليار": money out of money, its
      // currency said once or twice.)
      const auto money_of = [&unnamed](const Claim& part, const Claim& whole) {
        const bool same = whole.kind == Kind::kMoney && whole.unit == part.unit &&
                          whole.noun_key == part.noun_key;
        const bool bare = whole.kind == Kind::kNumber && unnamed(whole) && !whole.scale.is_zero();
        return part.kind == Kind::kMoney && (same || bare);
      };
      const auto alike = [&](const Claim& part, const Claim& whole) {
        return (unnamed(part) && unnamed(whole)) || money_of(part, whole);
      };
      if (from == std::string_view::npos && i + 1 < claims.size() &&
          alike(claims[i], claims[i + 1]) &&
          CueRightBefore(claims[i], claims[i + 1], "out-of", kOutOf)) {
        from = OfWordEnd(pct);
      }
      if (from == std::string_view::npos || from > claims[i].norm_begin) return nullptr;
    }
    const std::string_view raw = text_.substr(from, claims[i].norm_begin - from);
    std::string between = Trimmed(raw);
    // "75% بين الأطفال، إذ تلقى": a few words of among whom or where, a comma, the cue (not
    // of when: "up from 58% at the last election, with" is where a change began).
    if (!cues_.MatchAt(between, 0, "explain").entry) {
      const Comma comma = CommaIn(between, /*last=*/false);
      const std::string_view words = std::string_view(between).substr(0, comma.at);
      if (comma.at != std::string_view::npos && AFewWords(words, kPeriod) && AmongOrIn(words)) {
        std::string rest = Trimmed(std::string_view(between).substr(comma.past));
        if (cues_.MatchAt(rest, 0, "explain").entry) between = std::move(rest);
      }
    }
    const auto explain = cues_.MatchAt(between, 0, "explain");
    const std::string after_cue =
        explain.entry ? Trimmed(std::string_view(between).substr(explain.end)) : between;
    // ("34%، أي 95 نائبة من أصل 395": restated.)
    // "The fatality rate was 2.3% (1,023 of 44,672 cases)": the two in brackets right after.
    const bool explained =
        between == ":" || OnlyABracket(raw) || CoveredBy(between, cues_, "restate") ||
        RestatedPastWhatItDid(between) ||
        (explain.entry && AFewWords(after_cue, 20) &&
         !(explain.entry->HasTag("level") && VerbBeforeItsSubject(period ? i - 2 : i - 1)));
    if (!explained || CuedBefore(pct, "change") || CuedBefore(pct, "verb") ||
        LevelOfAPrice(pct)) {
      return nullptr;
    }
    return &pct;
  }

  // "held its key rate at 5.25%, with seven of nine policymakers voting to hold": a share that
  // is the level of a price of money (arith_cues.tsv "price-rate"), a few words back in its
  // clause.
  bool LevelOfAPrice(const Claim& pct) const {
    constexpr size_t kClause = 48;  // bytes: "سعر الفائدة الرئيسي عند", "its key rate at"
    const size_t from = pct.norm_begin > kClause ? pct.norm_begin - kClause : 0;
    return AnyWordBack(from, pct.norm_begin, [this](size_t start, std::string_view) {
      return cues_.MatchAt(text_, start, "price-rate").entry != nullptr;
    });
  }

  // "يعاني 45% من الأطفال من فقر الدم، أي 3.7 مليون", "45% of children are anaemic, or 3.7
  // million": a few words of what the share did or has, a comma, and a word that restates it.
  bool RestatedPastWhatItDid(std::string_view between) const {
    constexpr size_t kWhatItDid = 48;  // bytes: "من فقر الدم", "are anaemic"
    const Comma comma = CommaIn(between, /*last=*/false);
    return comma.at != std::string_view::npos &&
           AFewWords(between.substr(0, comma.at), kWhatItDid, ",(:;") &&
           CoveredBy(Trimmed(between.substr(comma.past)), cues_, "restate");
  }

  // Whether `words` open with "among" or "in": "بين الأطفال", "لدى النساء", "in the capital".
  static bool AmongOrIn(std::string_view words) {
    constexpr std::string_view kOpenings[] = {"\xD8\xA8\xD9\x8A\xD9\x86 ",  // "بين "
                                              "\xD9\x84\xD8\xAF\xD9\x8A ",  // "لدي " (لدى)
                                              "\xD9\x81\xD9\x8A ",  // "في "
                                              "among ", "in "};
    return absl::c_any_of(kOpenings, [words](std::string_view o) { return words.starts_with(o); });
  }

  // "23 of the council's 50 members": "of" and an owner of the whole between the two.
  bool OfAnOwnersWhole(const Claim& part, const Claim& whole) const {
    return OfAnOwner(WordsBetween(part, whole));
  }

  // Whether `words` end with "of" and an owner ("of the park's", "of the council's").
  bool OfAnOwner(std::string_view words) const {
    return OwnerCued(words, words.size(), [words, this](size_t start) {
      return CoveredBy(words.substr(0, start), cues_, "of");
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
    if (!cue.entry || opening == 0 || !OpensASentence(text_, cue.end)) return;
    if (const Claim* whole = TheOneCountBefore(j, /*of_a_noun=*/false)) {
      PartsWithTheirShares(*whole, j);
    }
  }

  // From claim j on, parts of `whole` each with its share right after it, in the part's
  // sentence.
  void PartsWithTheirShares(const Claim& whole, size_t j) {
    const auto& claims = doc_.claims;
    const uint32_t sentence = j < claims.size() ? claims[j].sentence : 0;
    while (j + 1 < claims.size()) {
      const Claim& part = claims[j];
      // "تأهل 8 إلى الجولة الثانية، أي 32%": an ordinal in what the part did is no share.
      const size_t k = claims[j + 1].kind == Kind::kOrdinal && j + 2 < claims.size()
                           ? j + 2
                           : PastWhoThePartCounts(j);
      const Claim& pct = claims[k];
      // "300 (25%)", "1,800, or 75%,": the share right after its part.
      const bool of_the_total = TheTotalsShareAfterWhatItDid(part, pct);
      const bool right_after = RestatedRightAfter(part, pct) ||
                               RestatedAfterWhatItDid(part, pct) || of_the_total ||
                               RateRightAfter(part, pct) ||
                               (IsWordFraction(pct) && InApposition(part, pct));
      // "300 were cancelled, or about a third": a share said about so much, weighed loosely;
      // "more than half of the total", a bound.
      const bool about = pct.qualifier == "about", bounded = IsBoundedShare(pct);
      if (pct.sentence != sentence || !IsPlainCount(part) ||
          !(IsShare(pct) || IsWordFraction(pct, about) || bounded) ||
          !(pct.qualifier.empty() || about || bounded) ||
          !right_after ||
          (OwnWholeAfter(pct) && !OfTheTotal(pct)) || CuedAfter(pct, "change-after") ||
          CuedAfter(pct, "compares")) {
        return;
      }
      CheckShare(part, whole, pct);
      j = k + 1;
    }
  }

  // The claim after part i that may be its share: past an age or a bound that says who the
  // part counts, in the part's clause, where a comma sets off what follows it ("600 of them
  // children under 5, or a third", "310 حالات بين الأطفال دون سن الخامسة، أي 35%").
  size_t PastWhoThePartCounts(size_t i) const {
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return i + 1;
    const Claim& who = claims[i + 1];
    const bool age = who.kind == Kind::kDuration && who.unit == "year";
    const bool bound = who.kind == Kind::kNumber && BoundSide(who) != 0;
    if (!(age || bound) || who.sentence != claims[i].sentence ||
        HasComma(doc_.Between(claims[i], who)) || !HasComma(doc_.Between(who, claims[i + 2]))) {
      return i + 1;
    }
    return i + 2;
  }

  // "300 passed the written exam, or 75%", "نجح 300 في الامتحان، أي 75%": a few words of what
  // a part did, one comma, and a word that restates the part as its share or its rate.
  bool RestatedAfterWhatItDid(const Claim& part, const Claim& share) const {
    constexpr size_t kNear = 60;  // bytes: a verb and its object
    if (!CommaBeforeTheCue(part, share, "restate", kNear) && !RateAfterAComma(part, share)) {
      return false;
    }
    return OneComma(doc_.Between(part, share));
  }

  // "12 went to women, a third of the total": a few words of what a part did and a comma
  // right before a share that names its whole as the total.
  bool TheTotalsShareAfterWhatItDid(const Claim& part, const Claim& share) const {
    constexpr size_t kNear = 60;  // bytes: a verb and its object
    const std::string_view between = doc_.Between(part, share);
    return between.size() <= kNear && OneComma(between) &&
           PastACommaBack(between, between.size()) != std::string_view::npos &&
           OfTheTotal(share);
  }

  // Whether `between` holds one comma, ASCII or Arabic, and no semicolon: no clause between.
  static bool OneComma(std::string_view between) {
    if (between.find(';') != std::string_view::npos) return false;
    size_t commas = static_cast<size_t>(std::count(between.begin(), between.end(), ','));
    for (size_t at = between.find(kArabicComma); at != std::string_view::npos;
         at = between.find(kArabicComma, at + kArabicComma.size())) {
      ++commas;
    }
    return commas == 1;
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
    const size_t k = PastWhoThePartCounts(i);
    const Claim& pct = claims[k];
    if (!IsPlainCount(part) || !IsPlainCount(claims[w])) return;
    // "صوت منهم 2.1 مليون، أي نصفهم": the share may be a fraction in words, said about so
    // much ("بيعت منها 38 ألف تذكرة، أي نحو 84%"), or above or below so much ("أي أكثر من ربع
    // الأعضاء").
    const bool share = (IsShare(pct) && (pct.qualifier.empty() || pct.qualifier == "about")) ||
                       IsWordFraction(pct, true) || IsBoundedShare(pct);
    if (!share) return;
    // "12 ألف عداء من 60 دولة، أنهى منهم السباق 9 آلاف": a whole smaller than the part is
    // where the count before it comes from, which "of them" is of.
    const Claim* head = *AsDouble(claims[w].value) < *AsDouble(part.value)
                            ? HeadOfTheComplement(w)
                            : nullptr;
    const Claim& whole = head != nullptr ? *head : claims[w];
    if (!IsPlainCount(whole) ||
        (whole.noun_key.empty() && whole.unit.empty() && !NounNamedBefore(whole)) ||
        whole.sentence != pct.sentence ||
        (OwnWholeAfter(pct) && !OfTheSameWhole(pct, whole) && !OfTheTotal(pct))) {
      return;
    }
    const std::string_view between = doc_.Between(part, pct);
    const std::string words = Trimmed(between);  // " منهم (": "منهم"; " (": ""
    // "نجح منهم 22 ألفا، أي بنسبة 48.9%": the share restated after the part, "of them" before;
    // after who the part counts, where one is said ("بين من تزيد أعمارهم على 65 عاما، أي").
    constexpr size_t kRestated = 60;  // bytes: "في الدورة الرئيسية، أي بنسبة"
    const Claim& said = claims[k - 1];
    // "including 450 nurses, a quarter of its staff": a comma alone, and the share names the
    // whole again.
    const bool restated = (Trimmed(doc_.Between(said, pct)).size() <= kRestated &&
                           (Restated(said, pct) || RateAfterAComma(said, pct))) ||
                          RateRightAfter(said, pct) ||
                          (InApposition(said, pct) && OfTheSameWhole(pct, whole));
    if (between.find('(') == std::string_view::npos && !restated) return;
    // "of them" before the part may be a clause's few words from the whole: "45 ألف تلميذ
    // اجتازوا الامتحان، نجح منهم 22 ألفا" (80 bytes: a verb and its object, in Arabic); or
    // right after it, as English says it: "1,806 of them, or 84%".
    const bool tied = words.empty() || restated
                          ? EndsWithCue(anchor, part, "them", 80) ||
                                ThemPastItsObject(anchor, part) || ThemThenAVerb(anchor, part) ||
                                (restated && StartsWithCue(part, pct, "them"))
                          : CoveredBy(words, cues_, "them");
    if (tied) CheckShare(part, whole, pct);
  }

  // "45,000 students sat the exam and 36,000 passed, a pass rate of 80%", "تقدم 45 ألف طالب
  // للامتحان ونجح 36 ألفا، بنسبة نجاح بلغت 80%": a whole that counts a noun, a clause of its
  // own joined by "and" or "و", a part with no other noun, and past a comma a share named as
  // the part's rate in it (arith_cues.tsv "rate-named").
  // "The virus killed 312 people and infected 9,870, a fatality rate of 3.2%": a death rate
  // (a third column "deaths") names the first count its part, the deaths, whatever the order.
  void PartThenItsRate(size_t i) {
    constexpr size_t kNear = 60;  // bytes: what the whole did, a verb
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim &first = claims[i - 1], &second = claims[i], &pct = claims[i + 1];
    if (!IsShare(pct) || !pct.qualifier.empty() || pct.sentence != second.sentence ||
        first.sentence != second.sentence || !IsPlainCount(second) || !IsPlainCount(first)) {
      return;
    }
    const std::string_view rate = doc_.Between(second, pct);
    if (rate.size() > kNear || !OneComma(rate)) return;
    const scan::PhraseList::Entry* named = RateNamedAfterTheComma(rate);
    if (named == nullptr) return;
    const bool deaths_first = named->HasTag("deaths") && first.noun_key != second.noun_key &&
                              *AsDouble(first.value) < *AsDouble(second.value) &&
                              DeathsCounted(first);
    const Claim& whole = deaths_first ? second : first;
    const Claim& part = deaths_first ? first : second;
    const std::string_view joined = doc_.Between(first, second);
    // "The 1,000-bed hospital has 850 beds occupied": the whole's noun joined to it by a hyphen,
    // the part's the same, a few words of what holds them between.
    if (!deaths_first && whole.noun_key.empty() && !part.noun_key.empty() &&
        HyphenedNounKey(whole) == part.noun_key && AFewWords(joined, kFewWords)) {
      return CheckShare(part, whole, pct);
    }
    if (!deaths_first &&
        (whole.noun_key.empty() || !(part.noun_key.empty() || part.noun_key == whole.noun_key))) {
      return;
    }
    if (joined.size() <= kNear && !HasComma(joined) && JoinsTwoClauses(joined)) {
      CheckShare(part, whole, pct);
    }
  }

  // The key of a noun joined to a count by a hyphen ("1,000-bed"), or empty.
  std::string HyphenedNounKey(const Claim& c) const {
    if (c.norm_end >= text_.size() || text_[c.norm_end] != '-') return {};
    const std::string_view word = scan::WordAt(text_, c.norm_end + 1);
    if (word.empty()) return {};
    return doc_.engine.noun_keys().Key(doc_.engine.normalizer().Fold(word));
  }

  // "killed 312 people", "أودى بحياة 312 شخصا", "312 deaths": a count of deaths, its verb a
  // few words before it in its clause or its noun (arith_cues.tsv "death").
  bool DeathsCounted(const Claim& c) const {
    constexpr size_t kVerb = 40;  // bytes: "The virus has killed", "أودى الوباء بحياة"
    const size_t from = ClauseStartWithin(text_, c, kVerb, ".,;:\n");
    return Counts(c, "death") || cues_.StartsAWordIn(text_, from, c.norm_begin, "death");
  }

  // Whether `words` hold "and", "و" glued to a word or a semicolon: what a whole did, then
  // what its part did.
  static bool JoinsTwoClauses(std::string_view words) {
    if (words.find(';') != std::string_view::npos) return true;
    // " and" and " و" each start a word: "and" one of its own, "و" glued to the next.
    const auto starts = [words](std::string_view word, bool glued) {
      const size_t at = words.find(word);
      if (at == std::string_view::npos) return false;
      const size_t end = at + word.size();
      return glued ? end < words.size() && words[end] != ' '
                   : end == words.size() || words[end] == ' ';
    };
    return starts(" and", /*glued=*/false) || starts(" \xD9\x88", /*glued=*/true);  // " و"
  }

  // "The city has 1.2 million residents. About 360,000 of them, or 25%, are under 18": a
  // sentence that opens with a part and "of them" right after it, its share restated, takes
  // the one count of a noun of the sentence before as the whole.
  void PartOfThemOpeningASentence(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& part = claims[i];
    const Claim& pct = claims[i + 1];
    if (!(IsPlainCount(part) || IsCountAbout(part)) || pct.sentence != part.sentence ||
        !IsShare(pct) || !pct.qualifier.empty()) {
      return;
    }
    // "600,000 of them, or 30%", "ونجح منهم 1800 طالب، أي 75%": "of them" after the part, or
    // between it and the verb that opens the sentence.
    const bool them_after = StartsWithCue(part, pct, "them") &&
                            OpensASentence(text_, part.norm_begin);
    if (!them_after && !VerbOfThemOpensTheSentence(part)) return;
    if (doc_.Between(part, pct).find('(') == std::string_view::npos && !Restated(part, pct) &&
        !RateAfterAComma(part, pct)) {
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

  // "ونجح منهم 1800 طالب": a verb opens the sentence, "of them" (arith_cues.tsv "them") after
  // it, then the part.
  bool VerbOfThemOpensTheSentence(const Claim& part) const {
    const auto them =
        cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, part.norm_begin), "them");
    if (!them.entry) return false;
    const size_t verb_end = scan::SkipSpacesBack(text_, them.end);
    const std::string_view verb = scan::WordBefore(text_, verb_end);
    return !verb.empty() && verb_end - verb.size() < them.end &&
           OpensASentence(text_, verb_end - verb.size());
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

  // "217 seats, of which Ennahda won 89": past a comma, "of which", "of whom" (arith_cues.tsv
  // "them") and a few words of who did what, no other comma or bracket, before the part.
  bool ThemThenAVerb(const Claim& anchor, const Claim& part) const {
    constexpr std::ptrdiff_t kSubjectAndVerb = 4;  // words: "the ruling party won"
    const std::string_view between = doc_.Between(anchor, part);
    const Comma comma = CommaIn(between, /*last=*/false);
    if (comma.at == std::string_view::npos) return false;
    const std::string_view rest = between.substr(comma.past);
    const auto them = cues_.MatchAt(rest, scan::SkipSpaces(rest, 0), "them");
    if (!them.entry) return false;
    const std::string_view words = rest.substr(them.end);
    return words.find_first_of(",();") == std::string_view::npos &&
           words.find(kArabicComma) == std::string_view::npos &&
           std::count(words.begin(), words.end(), ' ') <= kSubjectAndVerb + 1;
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
    // "cut 3,000 jobs last year, about 5% of its": the time of the part between; so an
    // ordinal in what the part did ("تلقى 8.2 مليون شخص الجرعة الأولى، أي 82% من").
    const bool timed = i > 1 &&
                       ((IsTimeOrAgo(claims[i - 1]) &&
                         TimeRightAfter(claims[i - 2], claims[i - 1], kFewWords)) ||
                        (claims[i - 1].kind == Kind::kOrdinal &&
                         AFewWords(doc_.Between(claims[i - 2], claims[i - 1]), kFewWords)));
    // "Some 1.8 million pilgrims, or 90% of": a part said about so much, weighed loosely.
    const size_t p = timed ? i - 2 : i - 1;
    const Claim& part = claims[p];
    // "Half of the 600 workers, or a third of": the part is a share of that count.
    if (p > 0 && IsWordFraction(claims[p - 1], /*about=*/true) &&
        JoinedBy(claims[p - 1], part, "of")) {
      return;
    }
    // ("أكثر من 12 مليون شخص، أي نحو 60% من": a part's bound bounds its share.)
    if (!(IsPlainCount(part) || IsCountAbout(part) || IsBoundedCount(part)) ||
        part.sentence != pct.sentence || IsWordFraction(part, /*about=*/true)) {
      return;
    }
    // "615, or 41%, of the 1,500 respondents": the share set off by commas before its "of".
    // (Trimmed drops the comma with the spaces.)
    const bool set_off = IsShare(pct) && CommaAfter(pct);
    const bool own = construct || OwnWholeAfter(pct);
    if (!own && !set_off) return;
    const std::string of = Trimmed(doc_.Between(pct, whole));
    const bool of_whole = CoveredBy(of, cues_, "of-whole");
    if (!own && !of_whole) return;
    // (The part's clause may be longer before a rate of it: "اجتازوا امتحان الشهادة
    // الابتدائية، بنسبة نجاح بلغت".)
    constexpr size_t kClause = 128;  // bytes
    const size_t gap = doc_.Between(part, pct).size();
    const bool rate = gap <= kClause && RateOfIt(part, pct);
    if (!rate && (gap > kNear || !(Restated(part, pct) || InApposition(claims[i - 1], pct) ||
                                   AfterAFewWordsOfIt(part, pct, whole)))) {
      return;
    }
    // "or a fifth of the park's 23,000 hectares": an owner's whole.
    const bool right_after = of_whole || OfAnOwner(of) || OfItsNamed(of);
    if (!right_after && !(of.size() <= kNear && EndsWithCue(pct, whole, "amounting", kNear))) {
      return;
    }
    CheckShare(part, whole, pct);
  }

  // "supplied 9,200 MW at peak, 56% of the 20,000 MW demand": a few words of when or where
  // the part was, a comma, and a share of a whole named alike.
  bool AfterAFewWordsOfIt(const Claim& part, const Claim& pct, const Claim& whole) const {
    const std::string words = Trimmed(doc_.Between(part, pct));
    return NamedAlike(part, whole) && words.size() <= kFewWords &&
           CommaIn(words, false).at == std::string::npos && HasComma(doc_.Between(part, pct));
  }

  // "95 ألف تلميذ الامتحان، بنسبة نجاح بلغت 79%": a comma after the part's clause, then the
  // share as its rate (arith_cues.tsv "rate-of") right before it.
  bool RateOfIt(const Claim& part, const Claim& pct) const {
    const std::string_view between = doc_.Between(part, pct);
    const Comma comma = CommaIn(between, /*last=*/true);
    if (comma.at == std::string_view::npos) return false;
    const std::string rest = Trimmed(between.substr(comma.past));
    const auto rate = cues_.MatchAt(rest, 0, "rate-of");
    return rate.entry != nullptr && rate.end == rest.size();
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

  // Whether the words between a share and its whole name the whole between "of its" and a
  // second "of" in a word or two ("of its workforce of", "of the total damage of").
  bool OfItsNamed(std::string_view of) const {
    const auto of_its = cues_.MatchAt(of, 0, "of-whole");
    if (!of_its.entry) return false;
    const std::string named = Trimmed(of.substr(of_its.end));
    const auto last_of = cues_.MatchBefore(named, named.size(), "of-whole");
    if (!last_of.entry || last_of.end == 0) return false;
    const std::string name = Trimmed(std::string_view(named).substr(0, last_of.end));
    return std::count(name.begin(), name.end(), ' ') <= 1;
  }

  // "ثلثا الأعضاء التسعين", "نصف المقاعد الـ90": an Arabic fraction in construct with the
  // one word of the whole's noun (which the whole takes as its own), the whole right after or
  // past a word of its amount ("ثلاثة أرباع الطلبة البالغ عددهم 40 ألفا").
  bool FractionOfItsNounAfter(size_t i) const {
    const auto& claims = doc_.claims;
    if (i + 1 >= claims.size() || !IsWordFraction(claims[i], /*about=*/true) ||
        !InConstruct(claims[i])) {
      return false;
    }
    const std::string words = Trimmed(doc_.Between(claims[i], claims[i + 1]));
    const size_t space = words.find(' ');
    return !words.empty() &&
           (space == std::string::npos ||
            CoveredBy(std::string_view(words).substr(space + 1), cues_, "amounting"));
  }

  // "The company, which has 12,000 employees, plans to cut 1,200 jobs, or 10% of its
  // workforce", "تضم الشركة 12 ألف موظف، وتعتزم إلغاء 1200 وظيفة، أي 10% من موظفيها": a part
  // restated as its share of a whole the share names by the noun of a count said before it in
  // the sentence (or by another of its class, a firm's staff: arith_cues.tsv "whole-class").
  void RestatedAsAShareOfAWholeBefore(size_t i) {
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim& part = claims[i];
    const Claim& pct = claims[i + 1];
    const bool share = IsShare(pct) && (pct.qualifier.empty() || pct.qualifier == "about");
    if (!IsPlainCount(part) || !share || pct.sentence != part.sentence ||
        !AFewWords(doc_.Between(part, pct), kFewWords, "(") || !Restated(part, pct)) {
      return;
    }
    const std::string_view word = OfWord(pct);
    if (word.empty()) return;
    const std::string key = doc_.engine.noun_keys().Key(word);
    // The nearest count before the part; none past a time, which may be the whole's alone
    // ("had 12,000 employees in 2019").
    for (size_t j = i; j-- > 0 && claims[j].sentence == part.sentence;) {
      const Claim& whole = claims[j];
      if (IsTimeOrPeriod(whole)) return;
      // ("12,000 employees in 40 countries": where the count before is spread.)
      if (!IsPlainCount(whole) || (j > 0 && JoinedBy(claims[j - 1], whole, "from"))) continue;
      if (OfOneClass(key, whole.noun_key) || OfTheSameWhole(pct, whole)) {
        CheckShare(part, whole, pct);
      }
      return;
    }
  }

  // "The $2.4 billion budget sets aside $600 million, or 25%, for health", "تخصص الموازنة
  // البالغة 2.4 مليار دولار 600 مليون دولار للصحة، أي 25%": a whole, a verb that allots part of
  // it (arith_cues.tsv "allot"), a part of the whole's own kind, and the part's share beside it
  // or past a few words of what it goes to.
  void AllottedPartOfAWhole(size_t i) {
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const size_t first = FirstPartAllotted(i);
    const Claim &whole = claims[first - 1], &part = claims[i], &pct = claims[i + 1];
    if (!IsShareOrFraction(pct) || !IsPlainCount(whole) ||
        !(IsPlainCount(part) || IsCountAbout(part)) || !OfOneKind(whole, part) ||
        pct.sentence != whole.sentence || (!OfWord(pct).empty() && !OfTheTotal(pct)) ||
        !Allotted(whole, claims[first])) {
      return;
    }
    const std::string_view between = doc_.Between(part, pct);
    const std::optional<std::string_view> past = WordsPastAComma(part, pct, kAWordOrTwo);
    // "£8 billion for housing, 20% of the total": what it goes to, a comma and the share.
    const bool restated = past && (CoveredBy(std::string(*past), cues_, "restate") ||
                                   (past->empty() && OfTheTotal(pct)));
    if (RestatedRightAfter(part, pct) || InApposition(part, pct) ||
        (restated && AllotsTo(between))) {
      CheckShare(part, whole, pct);
    }
  }

  // A share ("25%", "about 25%") or a fraction in words ("a quarter").
  static bool IsShareOrFraction(const Claim& c) {
    return (IsShare(c) && (c.qualifier.empty() || c.qualifier == "about")) ||
           IsWordFraction(c, /*about=*/true);
  }

  // Part i, or the first of the parts given out before it in a list, each with its share:
  // "$7 billion for defence, or 10%, and $14 billion", "7 مليارات للدفاع، أي 10%، و14 مليارا".
  size_t FirstPartAllotted(size_t i) const {
    const auto& claims = doc_.claims;
    while (i >= 3 && IsShareOrFraction(claims[i - 1]) && !IsShareOrFraction(claims[i - 2]) &&
           claims[i - 2].sentence == claims[i].sentence &&
           IsListAnd(doc_.Between(claims[i - 1], claims[i]))) {
      i -= 2;
    }
    return i;
  }

  // ", and", "، و": the words that add the next item to a list.
  static bool IsListAnd(std::string_view words) {
    std::string trimmed = Trimmed(words);
    for (std::string_view comma : {std::string_view(","), kArabicComma}) {
      if (trimmed.starts_with(comma)) trimmed = Trimmed(trimmed.substr(comma.size()));
    }
    return trimmed == "and" || trimmed == "\xD9\x88";  // و
  }

  // "to health", "for schools", "للصحة": what an allotted part goes to, opening `words`.
  bool AllotsTo(std::string_view words) const {
    constexpr std::string_view kLam = "\xD9\x84";  // ل, glued: "للصحة"
    const std::string trimmed = Trimmed(words);
    return trimmed.starts_with(kLam) || cues_.MatchAt(trimmed, 0, "allot-to").entry;
  }

  // Money of one currency, a quantity of one unit, or a count of one noun, the whole's
  // joined to it by a hyphen too ("The 10,000-seat arena").
  bool OfOneKind(const Claim& whole, const Claim& part) const {
    // ("و14 مليارا": a bare amount leaves its currency to the whole's.)
    if (part.kind == Kind::kNumber && part.noun_key.empty() && whole.kind != Kind::kNumber) {
      return true;
    }
    if (whole.kind != part.kind || whole.unit != part.unit) return false;
    if (whole.kind != Kind::kNumber) return true;
    const std::string key = whole.noun_key.empty() ? HyphenedNounKey(whole) : whole.noun_key;
    return !key.empty() && key == part.noun_key;
  }

  // Whether a verb that allots sits between `whole` and `part` with a few words of what the
  // whole is ("budget sets aside"), or a few words before the whole, which `part` follows
  // right after ("تخصص الموازنة البالغة 2.4 مليار دولار 600 مليون").
  bool Allotted(const Claim& whole, const Claim& part) const {
    const std::string_view between = doc_.Between(whole, part);
    if (AFewWords(between, kFewWords) &&
        cues_.StartsAWordIn(text_, whole.norm_end, part.norm_begin, "allot")) {
      return true;
    }
    constexpr size_t kVerbAndSubject = 64;  // bytes: "تخصص الموازنة العامة البالغة"
    const size_t from = SentenceStartWithin(whole, kVerbAndSubject);
    return Trimmed(between).empty() &&
           AFewWords(text_.substr(from, whole.norm_begin - from), kVerbAndSubject) &&
           cues_.StartsAWordIn(text_, from, whole.norm_begin, "allot");
  }

  // "a third of the total,": the share's whole is the one said before it.
  bool OfTheTotal(const Claim& pct) const {
    const size_t at = scan::SkipSpaces(text_, pct.norm_end);
    const auto ends = [this](size_t end) { return EndsAt(text_, end, ".,;)\n"); };
    if (const auto m = cues_.MatchAt(text_, at, "of-total"); m.entry && ends(m.end)) return true;
    // "of the total length", "من إجمالي طولها": a measure of the whole after it; "من الطول
    // الإجمالي": the measure, then a word that makes it the total. ("of the total staff" may
    // be another whole.)
    const auto total = cues_.MatchAt(text_, at, "of-total-noun");
    const auto of = total.entry ? total : cues_.MatchAt(text_, at, "of-whole");
    if (!of.entry) return false;
    const auto measure = cues_.MatchAt(text_, scan::SkipSpaces(text_, of.end), "dimension");
    if (!measure.entry) return false;
    if (total.entry) return ends(measure.end);
    const auto said = cues_.MatchAt(text_, scan::SkipSpaces(text_, measure.end), "total-after");
    return said.entry && ends(said.end);
  }

  // "40 عضوا، بينهم 12 امرأة، أي 30% من الأعضاء": the whole a share is of, named again by its
  // noun right after "of".
  bool OfTheSameWhole(const Claim& pct, const Claim& whole) const {
    return SameWholeEnd(pct, whole) != std::string_view::npos;
  }

  // The word a share is "of" ("60% من المتقدمين": "المتقدمين"), empty where none follows.
  std::string_view OfWord(const Claim& pct) const {
    const auto of = cues_.MatchAt(text_, scan::SkipSpaces(text_, pct.norm_end), "of-whole");
    return of.entry ? scan::WordAt(text_, scan::SkipSpaces(text_, of.end)) : std::string_view();
  }

  // Where the word a share is "of" ends, or npos where none follows.
  size_t OfWordEnd(const Claim& pct) const {
    const std::string_view word = OfWord(pct);
    return word.empty() ? std::string_view::npos
                        : static_cast<size_t>(word.data() - text_.data()) + word.size();
  }

  // Where the noun after a share's "of" ends when it names `whole`'s noun; npos otherwise.
  size_t SameWholeEnd(const Claim& pct, const Claim& whole) const {
    if (whole.noun_key.empty() && whole.unit.empty()) return std::string_view::npos;
    const std::string_view word = OfWord(pct);
    if (word.empty()) return std::string_view::npos;
    const size_t start = static_cast<size_t>(word.data() - text_.data());
    const std::string key = doc_.engine.noun_keys().Key(word);
    // "25 وزيرا، بينهم 10 نساء، أي 40% من أعضائها": "its members" are the whole's, whatever
    // noun it counts (a pronoun glued to "members": arith_cues.tsv "them-suffix").
    const bool its = cues_.SuffixBefore(text_, start + word.size(), "them-suffix").entry;
    const bool its_members = key != whole.noun_key && CoveredBy(key, cues_, "members") && its;
    const bool same = !whole.noun_key.empty() && key == whole.noun_key;
    return same || its_members || AllOfIt(key, whole.noun_key, its) || NamedBeforeIt(key, whole)
               ? start + word.size()
               : std::string_view::npos;
  }

  // Whether two noun keys are of one class of wholes (arith_cues.tsv "whole-class": a firm's
  // staff, a population), whatever they count.
  bool OfOneClass(std::string_view key, std::string_view other) const {
    return OfOneClass(ClassOf(key), ClassOf(other));
  }

  static bool OfOneClass(const scan::PhraseList::Entry* one, const scan::PhraseList::Entry* two) {
    if (one == nullptr || two == nullptr) return false;
    for (size_t k = 1; k < one->tags.size(); ++k) {
      const std::string& whole = one->tags[k];
      if (whole != "collective" && two->HasTag(whole)) return true;
    }
    return false;
  }

  // The entry of arith_cues.tsv "whole-class" that noun key `key` is, whole; null for others.
  const scan::PhraseList::Entry* ClassOf(std::string_view key) const {
    return CoveringEntry(key, cues_, "whole-class");
  }

  // Whether the word a share is "of" (noun key `key`) names all of what a count counts (noun
  // key `counted`) in other words ("workforce" and "person", "موظفيها" and "شخص"): one of its
  // class that is collective, or has a possessive glued (`its`).
  bool AllOfIt(std::string_view key, std::string_view counted, bool its) const {
    if (key == counted) return false;
    const scan::PhraseList::Entry* one = ClassOf(key);
    return OfOneClass(one, ClassOf(counted)) && (its || one->HasTag("collective"));
  }

  // "بلغ إنتاج التمور 1.6 مليون طن، ... أي 20% من الإنتاج": a word of the few before a whole
  // (its subject) has the noun key `key`.
  // ("The school has 1,200 pupils and 80 teachers": not the noun of another count.)
  bool NamedBeforeIt(const std::string& key, const Claim& whole) const {
    constexpr size_t kSubject = 56;  // bytes: "بلغ إنتاج المملكة من التمور"
    const auto self = FirstClaimFrom(whole.norm_begin);
    const size_t previous_end = self == doc_.claims.begin() ? 0 : std::prev(self)->norm_end;
    const size_t from =
        std::max(whole.norm_begin > kSubject ? whole.norm_begin - kSubject : 0, previous_end);
    const auto& keys = doc_.engine.noun_keys();
    return AnyWordBack(from, whole.norm_begin,
                       [&](size_t, std::string_view word) { return keys.Key(word) == key; });
  }

  // "48% of 5.2 million voters, or about 2.5 million", "12 ألف موظف، 60% منهم من النساء، أي
  // 7200 امرأة": a share of a whole, right after it ("of") or before it ("of them"), then the
  // part restated a few words on.
  void ShareThenPart(size_t i) {
    // bytes: "ناخب مسجل، أي", "منهم من حاملي الشهادات العليا، أي" (Arabic's letters take two)
    constexpr size_t kNear = 80;
    const auto& claims = doc_.claims;
    if (i + 1 >= claims.size()) return;
    const Claim& pct = claims[i];
    // "Some 45% of the 1.2 million residents, or 540,000": about a share is near enough.
    const bool about = pct.qualifier.empty() || pct.qualifier == "about";
    // "Fewer than a third of the 90 seats, 25": a share said to be above or below so much.
    const bool share =
        ((IsShare(pct) || IsWordFraction(pct, /*about=*/true)) && about) || IsBoundedShare(pct);
    if (!share || CuedBefore(pct, "change")) return;
    // Not "of them", after it or before it: "60% منهم من النساء", "منهم 60% من النساء",
    // "ربعهم من الأطفال".
    const bool noun_after = FractionOfItsNounAfter(i);
    const bool of = (OwnWholeAfter(pct) || noun_after) && !CuedAfter(pct, "them") &&
                    !CuedBefore(pct, "them") && !OfThemGlued(pct);
    // "Of the 1,500 adults surveyed, 42%", "من بين 1500 مشارك، أيد 42%": a whole cued before
    // it, a comma after its words, and the share's verb.
    const auto cued_whole = [&] {
      return !of && i > 0 && SetOffFromItsWhole(claims[i - 1], pct);
    };
    // "cut 15% of its 20,000 jobs": after a verb, a share only of a whole right after it.
    if (CuedBefore(pct, "verb") && !cued_whole() &&
        !(of && i + 1 < claims.size() && (noun_after || JoinedBy(pct, claims[i + 1], "of")))) {
      return;
    }
    if (of ? i + 2 >= claims.size() : i == 0) return;
    // "trained 12,000 teachers since 2018, 60% of them": the whole's time between.
    // ("sold 1.8 million in the first half, 52% of them": a period by its ordinal.)
    const bool timed = !of && i > 1 &&
                       (IsTimeOrAgo(claims[i - 1]) || claims[i - 1].kind == Kind::kOrdinal) &&
                       TimeRightAfter(claims[i - 2], claims[i - 1], kFewWords);
    // ("مشتركو الجيل الخامس منهم 15%": an ordinal in the share's subject, no whole.)
    const bool ordinal = !of && !timed && i > 1 && claims[i - 1].kind == Kind::kOrdinal &&
                         CuedBefore(pct, "them");
    const Claim& whole = of ? claims[i + 1] : claims[timed || ordinal ? i - 2 : i - 1];
    // ("Half of the 600 workers, or a third of the total staff": a fraction is no part.) The
    // part may leave its currency to the whole ("240 مليون دينار، ... أي 80 مليونا").
    const auto alike = [this, &whole](const Claim& c) {
      const bool measure =
          (c.kind == whole.kind && c.unit == whole.unit) || (PartOf(whole, c) && c.noun.empty());
      // ("أي أكثر من مليون لاجئ": a part's bound, said as what restates the share, bounds
      // it; not "30% of them under 18".)
      const bool bounded = IsBoundedCount(c) && CuedBefore(c, "restate");
      return !c.value.empty() && (c.qualifier.empty() || c.qualifier == "about" || bounded) &&
             measure && !c.ratio && !IsWordFraction(c, /*about=*/true);
    };
    // "40% of them under 15, or about 480,000": what the part is may hold a claim of its own;
    // not another share ("تنتخب ثلثيهم ويعين الثلث الباقي، أي 50": the part of the other).
    size_t p = of ? i + 2 : i + 1;
    const bool another_share = IsShare(claims[p]) || IsWordFraction(claims[p], /*about=*/true);
    if (!alike(claims[p]) && !another_share && p + 1 < claims.size() &&
        claims[p].sentence == pct.sentence) {
      ++p;
    }
    const Claim& part = claims[p];
    // "or 300 more than in 2020": a difference, no part.
    const bool part_alike = alike(part) && !CuedAfter(part, "compares");
    // "نحو 4 ملايين نسمة، يعيش 40% منهم": a whole of about so many.
    const bool whole_count = IsPlainCount(whole) || IsCountAbout(whole);
    // "بلغت الصادرات 42.3 مليار دولار. ويمثل النفط 70% منها": "of it" a few words into the
    // next sentence refers back to the whole that ends the one before.
    // "12 مليون مشترك. ويمثل مشتركو الجيل الخامس منهم 15%، أي 1.8 مليون مشترك": "of them" right
    // before the share, and the part counting the whole's noun again; the share's subject may
    // stand between, in its clause or at the next sentence's start.
    const bool them_of_its_noun = !of && CuedBefore(pct, "them") && !part.noun_key.empty() &&
                                  part.noun_key == whole.noun_key;
    const bool next_sentence = !of && whole.sentence + 1 == pct.sentence &&
                               (OpensNear(pct) || them_of_its_noun);
    if (!whole_count || !part_alike || (whole.sentence != pct.sentence && !next_sentence) ||
        part.sentence != pct.sentence) {
      return;
    }
    const Claim& before_part = of ? whole : pct;
    // ("ثلثهم من الأطفال، والباقي، أي 800": the part of the rest.)
    if (cues_.StartsAWordIn(text_, pct.norm_end, part.norm_begin, "rest")) return;
    if (!CueRightBefore(before_part, part, "restate", kNear) &&
        !(of ? SetOffByCommas(whole, part) : SetOffAfterThem(pct, part)) &&
        !(!of && BracketedAfterThem(pct, part, cued_whole()))) {
      return;
    }
    // Before "of them", the share right after its whole, or after a word or two, its verb
    // or time ("نحو 4 ملايين نسمة، يعيش 40% منهم", "3,200 students this year, 56% of them"),
    // what the whole is of between ("1200 طن من الزيتون، صدرت ثلثيها").
    const auto right_after = [&] {
      std::string words = Trimmed(doc_.Between(timed ? claims[i - 1] : whole, pct));
      // ("يعيش ما نسبته 60% منهم": a word that names the share as one, left out.)
      const auto named = cues_.MatchBefore(words, words.size(), "restate");
      if (named.entry && named.end > 0) {
        words = Trimmed(std::string_view(words).substr(0, named.end));
      }
      constexpr size_t kSubject = 64;  // bytes: "، ويمثل مشتركو الجيل الخامس"
      const bool subject = them_of_its_noun && words.size() <= kSubject &&
                           words.find_first_of("0123456789.;:()") == std::string::npos;
      return next_sentence || subject || AWordOrTwo(words) || PastWhatItIsOf(words);
    };
    // "84 مليون دينار، توزع منها 60%": "of it" may come before the share.
    // "52% of the town's 40,000 residents": an owner's whole.
    const bool tied = of ? noun_after || JoinedBy(pct, whole, "of") ||
                               OfAWholeAmounting(pct, whole) || OfItsNounThenWhole(pct, whole) ||
                               OfAnOwnersWhole(pct, whole) ||
                               OfItsNamed(Trimmed(doc_.Between(pct, whole)))
                         : ((StartsWithCue(pct, part, "them") || CuedBefore(pct, "them") ||
                             OfThemGlued(pct)) &&
                            right_after()) ||
                               (!timed && cued_whole());
    if (tied) CheckShare(part, whole, pct);
  }

  // Whether `words` are what a whole is of or where it is, a comma, and a word or two of a
  // verb: "من الزيتون، صدرت", "في القطاع العام،".
  static bool PastWhatItIsOf(std::string_view words) {
    // (The comma right before the share is trimmed away with the words' ends.)
    const Comma comma = CommaIn(words, /*last=*/false);
    const bool last = comma.at == std::string_view::npos;
    const std::string_view before = last ? words : words.substr(0, comma.at);
    return (WhereOrWhen(before) || WhatItIsOf(before) || WhatItIsOfThenWhen(before)) &&
           (last || AWordOrTwo(Trimmed(words.substr(comma.past))));
  }

  // "في القطاع العام", "خلال الموسم الماضي", "in the capital": where or when a whole was.
  static bool WhereOrWhen(std::string_view words) {
    constexpr size_t kWhere = 40;  // bytes: "خلال الموسم الماضي"
    constexpr std::string_view kFi = "\xD9\x81\xD9\x8A ";            // "في "
    constexpr std::string_view kKhilal = "\xD8\xAE\xD9\x84\xD8\xA7\xD9\x84 ";  // "خلال "
    return words.size() <= kWhere &&
           (words.starts_with(kFi) || words.starts_with(kKhilal) || words.starts_with("in ") ||
            words.starts_with("during ")) &&
           words.find_first_of(",.;:()") == std::string_view::npos;
  }

  // "من التمور خلال الموسم الماضي": what a whole is of, then where or when it was.
  static bool WhatItIsOfThenWhen(std::string_view words) {
    for (size_t space = words.find(' '); space != std::string_view::npos;
         space = words.find(' ', space + 1)) {
      if (WhereOrWhen(words.substr(space + 1))) return WhatItIsOf(words.substr(0, space));
    }
    return false;
  }

  // Whether claim c comes two words at most into its sentence ("ويمثل النفط 70%").
  bool OpensNear(const Claim& c) const {
    const size_t start = SentenceStart(c);
    const std::string words = Trimmed(text_.substr(start, c.norm_begin - start));
    return start > 0 && !HasComma(words) && AWordOrTwo(words);
  }

  // "Half of the 300 delegates, 150, backed it", "أكثر من نصف المقاعد الـ90، 50، ذهبت": a bare
  // count set off by commas right after the whole, counting nothing else.
  // ("A quarter of the 2,400 staff, about 600 people,": a count of people names them again.)
  bool SetOffByCommas(const Claim& whole, const Claim& part) const {
    const std::string_view between = doc_.Between(whole, part);
    const bool its_noun = part.noun_key.empty() || part.noun_key == whole.noun_key ||
                          CoveredBy(part.noun_key, cues_, "persons");
    if (!its_noun || !HasComma(between)) return false;
    if (CommaAfter(part) && Trimmed(between).empty()) return true;
    // "18% of the 42 terawatt-hours generated, about 7.6 terawatt-hours.", "14% of the 6
    // million who voted, about 840,000 people.": a part said about so much after a comma and
    // a word or two of what the whole is, ending its clause.
    const std::string words = Trimmed(between.substr(0, CommaIn(between, /*last=*/false).at));
    return part.qualifier == "about" && EndsAt(text_, part.norm_end, ".,;\n") &&
           !words.empty() && AWordOrTwo(words) &&
           words.find_first_of("0123456789") == std::string::npos;
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

  // "ربعهم", "ثلثيها": a fraction in words with "of them", "of it" glued to its end
  // (arith_cues.tsv "them-suffix"); not a number's own word that ends in a letter of one
  // ("ثلاثة أرباع" is three quarters).
  // Whether a whole word is a number's own word, no fraction with a suffix ("ثلاثة").
  bool ANumbersWord(std::string_view word) const {
    const numerals::WordEntry* e = doc_.engine.arabic_words().Find(word);
    return e && e->role != numerals::Role::kFraction && e->role != numerals::Role::kFractionDual &&
           e->role != numerals::Role::kFractionPlural;
  }

  bool OfThemGlued(const Claim& fraction) const {
    if (!IsWordFraction(fraction, /*about=*/true)) return false;
    // The fraction's word may be followed by a word of about so much ("نصفهم تقريبا").
    for (size_t at = fraction.norm_begin, length = 1; at < fraction.norm_end; at += length) {
      const size_t end = scan::LetterRunEnd(text_, at);
      const auto suffix = end > at ? cues_.SuffixBefore(text_, end, "them-suffix")
                                   : scan::PhraseList::Match{};
      if (suffix.entry != nullptr && !ANumbersWord(text_.substr(at, end - at))) return true;
      if (end > at) {
        length = end - at;
      } else {
        scan::NextCodePoint(text_, at, &length);
      }
    }
    return false;
  }

  // "ويتوقع أن يصل عددهم إلى مليوني حاج. ووصل حتى الآن 1.2 مليون حاج، أي 60% من العدد
  // المتوقع", "It aims to plant 10 million trees; 4 million, or 40% of the target, are in": a
  // part restated as a share of the target (arith_cues.tsv "of-target" right after it), the
  // nearest count alike before it, in its sentence or the one before, that a word of aiming or
  // expecting ("aim") stands before in its clause.
  void ShareOfATarget(size_t i) {
    constexpr size_t kAim = 64;  // bytes: "ويتوقع أن يصل عددهم إلى"
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim &part = claims[i], &pct = claims[i + 1];
    if (!(IsPlainCount(part) || IsCountAbout(part)) || !IsShare(pct) ||
        !(pct.qualifier.empty() || pct.qualifier == "about") || pct.sentence != part.sentence ||
        !AFewWords(doc_.Between(part, pct), kFewWords, "(") || !Restated(part, pct) ||
        !CuedAfter(pct, "of-target")) {
      return;
    }
    for (size_t j = i; j-- > 0 && claims[j].sentence + 1 >= part.sentence;) {
      const Claim& target = claims[j];
      if (!IsPlainCount(target) || target.kind != part.kind || target.unit != part.unit) continue;
      const size_t from = ClauseStartWithin(text_, target, kAim, ".,;\n");
      if (cues_.StartsAWordIn(text_, from, target.norm_begin, "aim")) {
        CheckShare(part, target, pct);
      }
      return;
    }
  }

  // "The stadium, which holds 60,000, was 95% full, with 57,000 spectators", "يتسع الملعب
  // لـ60 ألف متفرج، وامتلأ بنسبة 95% بحضور 57 ألف متفرج": a capacity (arith_cues.tsv
  // "capacity-of" a few words before it in its clause), how full it was ("degree", "filled"),
  // and what filled it, of the capacity's unit and noun, a few words on ("تبلغ سعة السد 3.2 مليار
  // متر مكعب، وهو ممتلئ بنسبة 60%، أي 1.9 مليار").
  void CapacityFilled(size_t i) {
    constexpr size_t kNear = 48;  // bytes: ", was", "، وامتلأ بنسبة"; ", with", "بحضور"
    constexpr size_t kClause = 40;  // bytes: "يتسع الملعب", "which can hold"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim &whole = claims[i], &pct = claims[i + 1], &part = claims[i + 2];
    // ("The arena, which holds 20,000, was 90% full for 12 of its 15 games": games fill none.)
    const bool named_alike =
        part.unit == whole.unit &&
        (part.noun_key.empty() || part.noun_key == whole.noun_key ||
         (whole.noun_key.empty() && CoveredBy(part.noun_key, cues_, "filling")));
    // ("60% full, or about 2.4 billion cubic metres": what filled it may be said about so much.)
    if (!IsPlainAmount(whole) || !(IsPlainAmount(part) || IsCountAbout(part)) ||
        part.kind != whole.kind ||
        !named_alike || part.sentence != whole.sentence || !IsShare(pct) ||
        !(pct.qualifier.empty() || pct.qualifier == "about") ||
        doc_.Between(whole, pct).size() > kNear || doc_.Between(pct, part).size() > kNear ||
        !(DegreeOfAState(pct) || CuedAfter(pct, "filled") || CuedBefore(pct, "filled")) ||
        CuedAfter(part, "of")) {  // "12 of its 15 games": a part of its own whole
      return;
    }
    const size_t from = ClauseStartWithin(text_, whole, kClause, ".,;(\n");
    if (cues_.StartsAWordIn(text_, from, whole.norm_begin, "capacity-of")) {
      WeighShare(part, whole, pct);
    }
  }

  // "paid $45 million for a 15% stake, valuing the company at $300 million", "دفع 45 مليون
  // دولار مقابل حصة نسبتها 15%، ما يقيم الشركة بـ300 مليون دولار": a price and the share it
  // bought (a word of a stake around it), side by side either way, then, past a comma, the
  // whole they value the firm at (arith_cues.tsv "valuing", a few words of the firm after it).
  void StakeValued(size_t i) {
    constexpr size_t kNear = 40;  // bytes: "for a", "مقابل حصة نسبتها"
    constexpr size_t kStakeBefore = 24;  // bytes: "bought a", "اشترى حصة بنسبة"
    constexpr std::ptrdiff_t kFirmWords = 4;  // "the Paris-based company at"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const bool share_first = IsShare(claims[i]);
    const Claim& pct = claims[share_first ? i : i + 1];
    const Claim& price = claims[share_first ? i + 1 : i];
    const Claim& whole = claims[i + 2];
    // ("valuing the business at about $4.8 billion": the whole may be said about so much.)
    if (!IsPlainShare(pct) || price.kind != Kind::kMoney || !IsPlainCount(price) ||
        !(IsPlainCount(whole) || IsCountAbout(whole)) || whole.kind != Kind::kMoney ||
        whole.unit != price.unit || whole.sentence != price.sentence ||
        pct.sentence != price.sentence ||
        doc_.Between(claims[i], claims[i + 1]).size() > kNear) {
      return;
    }
    std::string_view words = doc_.Between(claims[i + 1], whole);
    const Comma comma = CommaIn(words, /*last=*/true);
    if (comma.at == std::string_view::npos) return;
    words = words.substr(comma.past);
    const auto valuing = cues_.MatchAt(words, scan::SkipSpaces(words, 0), "valuing");
    if (!valuing.entry) return;
    const std::string_view firm = words.substr(valuing.end);
    const size_t from = scan::CharacterStart(
        text_, claims[i].norm_begin - std::min(kStakeBefore, claims[i].norm_begin));
    const size_t to = static_cast<size_t>(words.data() - text_.data());
    if (std::count(firm.begin(), firm.end(), ' ') > kFirmWords + 1 ||
        !cues_.StartsAWordIn(text_, from, to, "stake")) {
      return;
    }
    WeighShare(price, whole, pct);
  }

  // Whether `share` measures how far a state holds in each thing ("90% full", "ممتلئة بنسبة
  // 90%", a fraction whose noun is the state: "half full", "بنصف طاقتها"; arith_cues.tsv
  // "degree").
  bool DegreeOfAState(const Claim& share) const {
    return CuedAfter(share, "degree") || CoveredBy(share.noun_key, cues_, "degree") ||
           cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, share.norm_begin), "degree").entry;
  }

  // "أي أقل بنحو 43% من محصول الموسم السابق", "أعلى بنسبة 5% من", "higher by 5% than": a
  // comparative, then "ب" glued to the percentage or a word of "by" between.
  bool ComparedBefore(const Claim& share) const {
    static constexpr std::string_view kBa = "\xD8\xA8";  // ب
    size_t at = share.norm_begin;
    const bool glued = scan::WordBefore(text_, at) == kBa;
    at = scan::SkipSpacesBack(text_, glued ? at - kBa.size() : at);
    const auto by = glued ? scan::PhraseList::Match{} : cues_.MatchBefore(text_, at, "change-by");
    if (!glued && !by.entry) return false;
    if (by.entry) at = scan::SkipSpacesBack(text_, by.end);
    return cues_.MatchBefore(text_, at, "compares").entry != nullptr;
  }

  void CheckShare(const Claim& part, const Claim& whole, const Claim& share) {
    // "أي 15% أكثر من العام الماضي", "20% more than", "أقل بنحو 43% من": set against another
    // amount, no share; "3 of the 11 dams are 90% full", "ممتلئة بنسبة 90%": how full each is.
    if (CuedAfter(share, "compares") || ComparedBefore(share) || DegreeOfAState(share)) return;
    WeighShare(part, whole, share);
  }

  // The share `share` says `part` is of `whole`, weighed with the rounding of each.
  void WeighShare(const Claim& part, const Claim& whole, const Claim& share) {
    const bool bounded = IsBoundedShare(share);
    const bool fraction = IsWordFraction(share, /*about=*/true) ||
                          (bounded && share.kind == Kind::kNumber);
    const double x = *AsDouble(part.value), y = *AsDouble(whole.value);
    const double z = *AsDouble(share.value) * (fraction ? 100 : 1);
    // "about 5%" is near 5%, no 3%: about a small share is a fifth of it either way at most.
    constexpr double kAboutShare = 0.2;
    // "roughly a third" is a third give or take a tenth of it, no less loose than "a third".
    constexpr double kAboutFraction = 0.1;
    const double share_slack =
        fraction ? (share.qualifier == "about" ? std::max(kFractionSlack, kAboutFraction * z)
                                               : kFractionSlack)
        : share.qualifier == "about"
            ? std::max(HalfUnit(share), std::min(kFractionSlack, kAboutShare * z))
            : HalfUnit(share);
    // (A part above its whole is no part, but where the share says so: "ما يعادل 170% من الناتج
    // المحلي", a debt against what the economy makes.)
    if (y <= 0 || (x > y && z <= 100)) return;
    // The percentage the part and whole allow, with each rounded as written (a count of
    // digits under a thousand is exact: "7 of 11").
    // "about 2.5 million" may be a twentieth off.
    const double part_slack = CountSlackBeside(part, whole) + (part.approx ? 0.05 * x : 0);
    const double whole_slack = CountSlackBeside(whole, part) + (whole.approx ? 0.05 * y : 0);
    // A part of more than so many has a share of more than it allows, of less, less.
    const bool part_above = part.qualifier == "more-than" || part.qualifier == "at-least";
    const bool part_below = part.qualifier == "less-than" || part.qualifier == "at-most";
    const double lo = part_below ? 0 : 100 * (x - part_slack) / (y + whole_slack);
    const double hi = y > whole_slack && !part_above
                          ? 100 * (x + part_slack) / (y - whole_slack)
                          : HUGE_VAL;
    // "less than a quarter" holds where the share may be below it, "more than 30%" above.
    const bool below = share.qualifier == "less-than" || share.qualifier == "at-most";
    const bool holds = !bounded ? z + share_slack >= lo && z - share_slack <= hi
                       : below  ? lo <= z + share_slack
                                : hi >= z - share_slack;
    if (holds) return;
    const std::string said = fraction || bounded ? share.text : share.value + "%";
    const char* bound = part_above ? "more than " : part_below ? "less than " : "";
    reporter_->Report("arith.percent_mismatch",
                      absl::StrFormat("%s%s of %s is %s%.2f%%, not %s", bound, part.value,
                                      whole.value, bound, 100 * x / y, said),
                      {SpanOf(part), SpanOf(whole), SpanOf(share)},
                      absl::StrFormat("%.2f", 100 * x / y), share.value);
  }

  // "واحد من كل أربعة بالغين، أي 25%": the noun a claim counts, then a comma and a word that
  // restates it as `b`.
  bool RestatedPastItsNoun(const Claim& a, const Claim& b) const {
    constexpr size_t kNoun = 64;  // bytes: "بالغين في المسح", "في المنطقة عاطلون عن العمل"
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
    // ("a third opposed it and the rest, 17%": the share of another part, the rest.)
    const bool set_off = comma.at != std::string_view::npos && comma.at <= kNoun &&
                         Trimmed(between.substr(comma.past)).empty() && CommaAfter(pct) &&
                         !cues_.StartsAWordIn(between, 0, comma.at, "rest");
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

  // "نجح منهم 680 طالبا بنسبة 80%": the share named as the part's rate (arith_cues.tsv
  // "rate-of") right after the part (its noun is in its span); not where the part is what a
  // change came to ("ارتفع عددهم إلى 680 بنسبة 20%").
  bool RateRightAfter(const Claim& part, const Claim& share) const {
    const std::string words = Trimmed(doc_.Between(part, share));
    const auto rate = cues_.MatchAt(words, 0, "rate-of");
    return rate.entry != nullptr && rate.end == words.size() && !CuedBefore(part, "to");
  }

  // "نجح منهم 611 ألفا، بنسبة نجاح بلغت 82%", ", a pass rate of 82%": after the last comma, a
  // few words that name the share as the part's rate, and no other clause.
  const scan::PhraseList::Entry* RateNamedAfterTheComma(std::string_view between) const {
    const Comma comma = CommaIn(between, /*last=*/true);
    if (comma.at == std::string_view::npos) return nullptr;
    const std::string_view words = between.substr(comma.past);
    if (words.size() > kFewWords || cues_.StartsAWordIn(words, 0, words.size(), "clause")) {
      return nullptr;
    }
    return cues_.FindAWordIn(words, 0, words.size(), "rate-named").entry;
  }

  // "، بنسبة نجاح بلغت 78%": a word between names the share as the part's rate in the whole;
  // not past a clause of another subject ("فيما بلغت نسبة النجاح الوطنية 62%").
  bool RateNamed(const Claim& a, const Claim& b) const {
    return cues_.StartsAWordIn(text_, a.norm_end, b.norm_begin, "rate-named") &&
           !cues_.StartsAWordIn(text_, a.norm_end, b.norm_begin, "clause");
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
};

}  // namespace

void CheckSharesAt(const ArithContext& context, size_t i) { ShareChecks(context).At(i); }

}  // namespace mizan::checks::arith
