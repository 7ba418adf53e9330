// What the arithmetic checks of one sentence share: every written value stands for the
// interval it could have been rounded from (12.5 % is [12.45, 12.55)), and a finding needs the
// intervals not to meet, as statcheck and GRIM do. ArithContext reads the words between claims
// and the cues of arith_cues.tsv; each check's file reads its own shapes on it:
// share_checks.cc (arith.percent_mismatch), change_checks.cc (arith.change_mismatch),
// total_checks.cc and balance_checks.cc (arith.total_mismatch), percent_sum_checks.cc
// (arith.percent_sum).
#ifndef MIZAN_CORE_CHECKS_ARITH_CONTEXT_H_
#define MIZAN_CORE_CHECKS_ARITH_CONTEXT_H_

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "core/checks/document_checks.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks::arith {

using claims::Claim;
using claims::Kind;

// How far an amount may be from what it says: half a unit of its last digit (as written beside
// `beside`), or a twentieth of it when said to be about so much ("بحوالي 242 ألف طن"). Zeros
// that end digits of six figures or more are rounding where it is a small part of the amount
// ("$412,000, up 4.1% from $396,000" is 411,500 to 412,500), not where it is large ("from
// 1,200 to 1,500" are the figures a change was reckoned from).
inline double Slack(const Claim& c, const Claim& beside) {
  constexpr double kSmallPart = 0.005;
  double half = RoundingBeside(c, beside);
  if (c.fraction_digits == 0 && c.scale.is_zero()) {
    const double zeros = ZerosRounding(c.value);
    if (zeros <= kSmallPart * std::fabs(AsDouble(c.value).value_or(0))) {
      half = std::max(half, zeros);
    }
  }
  if (c.qualifier != "about") return half;
  return std::max(half, 0.05 * std::fabs(AsDouble(c.value).value_or(0)));
}

// A computed sum or difference as a reader writes it: 0.3 where binary arithmetic left
// 0.299999999999999, and a whole amount in full ("12261200000", not "1.22612e+10").
inline std::string Number(double v) {
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
inline double CountSlackBeside(const Claim& c, const Claim& beside) {
  if (c.fraction_digits != 0 || !c.scale.is_zero()) return RoundingBeside(c, beside);
  return WithoutSign(c.value).size() < 4 ? 0 : ZerosRounding(c.value);
}

inline double CountSlack(const Claim& c) { return CountSlackBeside(c, c); }

// How far a count may be from what it stands for where rounding cannot excuse the slip:
// none for digits with no point and no scale word.
inline double ExactSlack(const Claim& c) {
  return c.fraction_digits == 0 && c.scale.is_zero() ? 0 : HalfUnit(c);
}

// A fraction in words that a share may be said as: "a third", "half", "ثلث". Plain: no bound
// and no "about" (a third's decimal is marked approximate, being rounded; the word is not).
inline bool IsWordFraction(const Claim& c, bool about = false) {
  return c.kind == Kind::kNumber && c.script == "words" && c.value.rfind("0.", 0) == 0 &&
         (c.qualifier.empty() || (about && c.qualifier == "about"));
}

// A share said to be above or below so much: "less than a quarter", "أكثر من 30%".
inline bool IsBoundedShare(const Claim& c) {
  if (c.qualifier.empty() || c.value.empty()) return false;  // most claims: asked first
  const bool bound = BoundSide(c) != 0;
  const bool fraction = c.kind == Kind::kNumber && c.script == "words" &&
                        c.value.rfind("0.", 0) == 0;
  return bound && (fraction || (c.kind == Kind::kPercent && c.unit == "percent"));
}

// How far from its fraction a share said in words may be, in points ("half" of 500 may be
// 260), and a share said to be about so much.
inline constexpr double kFractionSlack = 2.5;

inline bool IsPlainCount(const Claim& c) {
  return IsAmount(c) && c.qualifier.empty() && !c.approx;
}

// A share with no bound and no "about": "23%".
inline bool IsPlainShare(const Claim& c) {
  return IsShare(c) && c.qualifier.empty() && !c.approx;
}

// Whether `part` may be a part of `total`: a count of a count; of an amount, one of its
// currency or one whose currency the text leaves to it ("5 مليارات درهم، منها 3 مليارات").
inline bool PartOf(const Claim& total, const Claim& part) {
  if (total.kind == Kind::kNumber) return part.kind == Kind::kNumber;
  return part.kind == Kind::kNumber ||
         ((part.kind == Kind::kMoney || part.kind == Kind::kQuantity) &&
          part.kind == total.kind && part.unit == total.unit);
}

// A count said to be about so much ("some 1.8 million", "نحو 300"), no other bound.
inline bool IsCountAbout(const Claim& c) { return IsAmount(c) && c.qualifier == "about"; }

// "أكثر من 12 مليون", "fewer than 300": a count with one bound, its value the bound.
inline bool IsBoundedCount(const Claim& c) {
  const std::string& q = c.qualifier;
  return IsAmount(c) && !c.approx && !c.value.empty() &&
         (q == "more-than" || q == "at-least" || q == "less-than" || q == "at-most");
}

// A count, or a period with no place in time, whose change the press gives as it does a
// count's ("life expectancy rose from 68.2 years to 73.1 years, a gain of 4.9 years"). Only the
// change checks take periods: a period is no part of a whole.
inline bool IsPlainAmount(const Claim& c) {
  return IsPlainCount(c) || (c.kind == Kind::kDuration && !c.value.empty() &&
                             c.qualifier.empty() && !c.approx);
}

// The length of the space, bracket or comma (Arabic "،" too) that `s` starts or ends with.
inline size_t MarkLength(std::string_view s, bool at_end) {
  if (s.empty()) return 0;
  const char c = at_end ? s.back() : s.front();
  if (c == ' ' || c == '(' || c == ',') return 1;
  const bool comma = at_end ? s.ends_with(kArabicComma) : s.starts_with(kArabicComma);
  return comma ? kArabicComma.size() : 0;
}

// The words between two claims without the marks around them.
inline std::string Trimmed(std::string_view s) {
  while (const size_t n = MarkLength(s, false)) s.remove_prefix(n);
  while (const size_t n = MarkLength(s, true)) s.remove_suffix(n);
  return std::string(s);
}

// The document, its arith cues and the reporter, with the readings of the words around claims
// that more than one check makes. Cheap to copy: each check's class is made from it.
class ArithContext {
 public:
  ArithContext(const DocumentView& doc, Reporter* reporter)
      : doc_(doc),
        text_(doc.normalized.text()),
        cues_(doc.engine.arith_cues()),
        reporter_(reporter) {}

 protected:
  // Whether the words between two claims are exactly a cue of `meaning`.
  bool JoinedBy(const Claim& a, const Claim& b, std::string_view meaning) const {
    return CoveredBy(WordsBetween(a, b), cues_, meaning);
  }

  // The words between two claims, trimmed, without what the first is a price of ("$80 a
  // barrel to $90", "15.8 دينار للكغ مقابل 13.9 دينار").
  std::string WordsBetween(const Claim& a, const Claim& b) const;

  bool CuedBefore(const Claim& c, std::string_view meaning) const {
    return CueBefore(c, meaning) != nullptr;
  }

  const scan::PhraseList::Entry* CueBefore(const Claim& c, std::string_view meaning) const;

  // "a 25% increase", "an increase of 25%": a cue right after the claim.
  bool CuedAfter(const Claim& c, std::string_view meaning) const {
    return cues_.MatchAt(text_, scan::SkipSpaces(text_, c.norm_end), meaning).entry != nullptr;
  }

  // EndsWithCue for a check asked at every claim or pair: the cue is read in place first,
  // and the words between built only where it stands right before `b`.
  bool CueRightBefore(const Claim& a, const Claim& b, std::string_view meaning,
                      size_t near = kFewWords) const {
    return cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, b.norm_begin), meaning).entry &&
           EndsWithCue(a, b, meaning, near);
  }

  // "Of the 1,200", "من بين 1200": a word that makes the count after it a whole whose parts
  // follow, or that word and one that owns the whole ("Of the country's 18 provinces").
  bool WholeCued(const Claim& whole) const;

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

  // The one plain count (`of_a_noun`: with a counted noun) of the sentence before claim j's;
  // null where there is none, or two, which leave the one meant unsaid.
  const Claim* TheOneCountBefore(size_t j, bool of_a_noun) const {
    return TheOneOfTheSentenceBefore(doc_.claims, j, [of_a_noun](const Claim& c) {
      return IsPlainCount(c) && !(of_a_noun && c.noun_key.empty());
    });
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

  // Whether `words` (trimmed) are two words at most: a share's verb and its subject, which
  // may be two nouns "و" joins ("تمثل الخضر والفواكه").
  static bool AWordOrTwo(std::string_view words) {
    constexpr size_t kTwoWords = 32;  // bytes: "وتمثل الضرائب"
    constexpr size_t kJoined = 48;    // bytes: "وتمثل الخضر والفواكه"
    const auto spaces = std::count(words.begin(), words.end(), ' ');
    if (words.size() <= kTwoWords && spaces <= 1) return true;
    constexpr std::string_view kAndThe = "\xD9\x88\xD8\xA7\xD9\x84";  // وال
    return spaces == 2 && words.size() <= kJoined &&
           words.substr(words.rfind(' ') + 1).starts_with(kAndThe);
  }

  // Whether a share follows its whole cued before it ("Of the", "من بين": arith_cues.tsv
  // "whole") past a few words, a comma, and at most a word, the share's verb.
  bool SetOffFromItsWhole(const Claim& whole, const Claim& share) const {
    return PastAComma(whole, share, kFewWords, /*verb=*/true) && WholeCued(whole);
  }

  // Whether "أي", "i.e.", "that is" stand between two claims: the second restates the first.
  bool Restated(const Claim& a, const Claim& b) const {
    return cues_.StartsAWordIn(text_, a.norm_end, b.norm_begin, "restate");
  }

  // The first claim that starts at `at` or after it (claims are in the order of the text).
  std::vector<Claim>::const_iterator FirstClaimFrom(size_t at) const {
    return std::partition_point(doc_.claims.begin(), doc_.claims.end(),
                                [at](const Claim& c) { return c.norm_begin < at; });
  }

  // Whether claim `t` stands in a few words of what the level of `last` was, right after it
  // ("the lowest in two years", "وهي الأعلى منذ 1992").
  bool InARecord(const Claim& last, const Claim& t) const {
    constexpr size_t kAPhrase = 40;  // bytes: "its lowest level since"
    const std::string words = Trimmed(doc_.Between(last, t));
    return words.size() <= kAPhrase && CommaIn(words, false).at == std::string::npos &&
           cues_.MatchAt(words, 0, "record").entry;
  }

  // Whether two counts are a tally's two sides: "9 to 7", "52% مقابل 48%", "3-1"
  // (arith_cues.tsv "tally-join" alone between them).
  bool TallySides(const Claim& a, const Claim& b) const {
    return CoveredBy(Trimmed(doc_.Between(a, b)), cues_, "tally-join");
  }

  // "ارتفع سعر الذهب 2.5%": a verb of change a few words before claim i, its subject between
  // and no claim. A percentage's subject may be longer ("تراجعت مبيعات السيارات 5%"), with
  // no comma or stop between.
  bool VerbBeforeItsSubject(size_t i) const;

  static bool IsTimeOrPeriod(const Claim& c) { return IsTime(c) || c.kind == Kind::kDuration; }

  // The same, or an ordinal, which after a count numbers a period ("في الربع الأول", "in the
  // first week").
  static bool IsTimeOrItsOrdinal(const Claim& c) {
    return IsTimeOrPeriod(c) || c.kind == Kind::kOrdinal;
  }

  // A date, a year, a time ago, or "next year", "العام المقبل" (one of a unit, in words).
  static bool IsTimeOrAgo(const Claim& c) {
    return IsTime(c) || (c.kind == Kind::kDuration && c.qualifier == "ago") ||
           (c.kind == Kind::kDuration && c.qualifier == "later" && c.value == "1" &&
            c.script == "words");
  }

  static bool IsTime(const Claim& c) { return c.kind == Kind::kDate || c.kind == Kind::kYear; }

  // Claim j, or the one after it where j is a time a few words after `before` with a claim of
  // its sentence after it: the time of a change or of one of its values ("بنسبة 7.7 بالمائة في
  // جوان 2017، لتصل", "3117.9 مليون دينار، بتاريخ يوم 10 جوان 2017، مقابل").
  size_t PastATime(size_t j, const Claim& before) const;

  // Whether claim j restates the amount before it per share: "$2.4 billion, or $1.12 a share".
  bool PerShareRestated(size_t j) const;

  // A word of change before a share that says which way it went ("بتراجع", "up"); not one
  // that names a rate as well ("بنسبة", "أي بنسبة 70%" of a whole).
  bool NamesAChange(const Claim& share) const {
    const scan::PhraseList::Entry* cue = CueBefore(share, "change");
    return cue != nullptr && !cue->HasTag("rate");
  }

  static constexpr size_t kAWordOrTwo = 16;  // bytes: "in", "في عام"

  // "4,200 workers in 2020", "3150 في 2023": a time a word or two after a value.
  bool TimeRightAfter(const Claim& value, const Claim& year, size_t near = kAWordOrTwo) const {
    return AFewWords(doc_.Between(value, year), near);
  }

  // "of rain", "من الأمطار": a few words of what an amount is of, before the comma after it.
  static bool WhatItIsOf(std::string_view words) {
    constexpr size_t kWhatOf = 24;  // bytes
    constexpr std::string_view kMin = "\xD9\x85\xD9\x86 ";  // "من "
    return words.size() <= kWhatOf && (words.starts_with("of ") || words.starts_with(kMin)) &&
           words.find_first_of(",.;:()") == std::string_view::npos;
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

  // The fate a word around count c names (arith_cues.tsv "fate"), or none; `after`: where the
  // claim before c ends; `next`: where the claim after starts.
  const scan::PhraseList::Entry* FateOf(const Claim& c, size_t after, size_t next) const;

  // The fate a word in [from, to) names; `to_a_clause`: read no further than a mark or a word
  // with a glued "و"; `last`: the last such word's, not the first's.
  const scan::PhraseList::Entry* FateIn(size_t from, size_t to, bool to_a_clause,
                                        bool last = false) const;

  // The fate whose phrase starts at `at`, of a kind or more; nullptr where none does.
  const scan::PhraseList::Entry* FateAt(size_t at) const;

  // Whether claims of one sentence are all the groups of a kind that makes any whole up (in
  // cities and in the country, from abroad and from home; gold, silver and bronze), the rest
  // of it not said after.
  bool MakeAnyWholeUp(const std::vector<const Claim*>& parts) const;

  // The fate of a part of a list, read between the claims beside it; nullptr where none.
  const scan::PhraseList::Entry* FateOfAPart(const Claim& c) const;

  // How many groups of the kind `fate` is of make any whole up ("medal group-kind complete
  // 3": three); 0 where no number of them does.
  size_t GroupsOfAnyWhole(const scan::PhraseList::Entry& fate) const;
  bool MakeAnyWholeUp(const Claim& a, const Claim& b) const { return MakeAnyWholeUp({&a, &b}); }

  // Whether `b` follows `a` past a few words (`near` bytes), one comma, and after it nothing
  // ("310 من أفراد الطاقم، 1550") or, with `verb`, at most one word ("12 فائزا، حصل 3 منهم"),
  // a preposition after it too ("37 شخصا، أفرج عن 42 منهم").
  bool PastAComma(const Claim& a, const Claim& b, size_t near, bool verb) const;

  // The words after the first comma between `a` and `b`, trimmed, where a few words (`near`
  // bytes) stand before it; none where there is no such comma.
  std::optional<std::string_view> WordsPastAComma(const Claim& a, const Claim& b,
                                                  size_t near) const;

  // "3,000 jobs, 5% of its", "3000 وظيفة، أي نحو 5%": a share set beside what it restates,
  // a comma alone between.
  bool InApposition(const Claim& a, const Claim& share) const {
    std::string_view between = doc_.Between(a, share);
    while (between.starts_with(' ')) between.remove_prefix(1);
    while (between.ends_with(' ')) between.remove_suffix(1);
    return between == "," || between == kArabicComma;
  }

  // Whether `last`, a few words after the part before it, is all the rest of their whole: "and
  // the remaining 300" (arith_cues.tsv "rest"), "الولايات الـ23 الأخرى" ("rest-after").
  bool EndsWithTheRest(const Claim& before, const Claim& last) const {
    constexpr size_t kNear = 60;  // bytes: what a part did, a few words
    return CueRightBefore(before, last, "rest", kNear) || CuedAfter(last, "rest-after") ||
           Counts(last, "rest-noun") || RestSetOffBefore(before, last, kNear);
  }

  // "and the rest, 820, elsewhere": the word of the rest, then a comma, right before the last
  // part.
  bool RestSetOffBefore(const Claim& before, const Claim& last, size_t near) const {
    const size_t comma = scan::SkipSpacesBack(text_, last.norm_begin);
    return comma > 0 && text_[comma - 1] == ',' &&
           cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, comma - 1), "rest").entry &&
           EndsWithCue(before, last, "rest", near);
  }

  // Whether `left` counts what is left of `whole`: its noun is none or the whole's, and it
  // ends its clause or says where the rest stayed.
  bool LeftOfTheWhole(const Claim& whole, const Claim& left) const {
    if (!left.noun_key.empty() && left.noun_key != whole.noun_key) return false;
    return EndsAt(text_, left.norm_end, ".,;\n") ||
           cues_.MatchAt(text_, scan::SkipSpaces(text_, left.norm_end), "left-where").entry;
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
  // Whether two claims name what they count alike: one unit, or one counted noun.
  static bool NamedAlike(const Claim& a, const Claim& b) {
    return (!a.unit.empty() && a.unit == b.unit) ||
           (!a.noun_key.empty() && a.noun_key == b.noun_key);
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
  bool CountOfMembers(const Claim& c) const {
    if (!c.noun_key.empty()) return CoveredBy(c.noun_key, cues_, "members");
    const auto m = cues_.MatchAt(text_, c.norm_end, "members");  // "-member", "-seat"
    return m.entry != nullptr && (m.end >= text_.size() || !scan::IsLetter(
                                      scan::NextCodePoint(text_, m.end)));
  }

  // Where the words at `at` go on past "it" or "them", the pronoun of what was named before.
  size_t PastAPronoun(size_t at) const {
    const std::string_view it = scan::WordAt(text_, at);
    return it == "it" || it == "them" ? scan::SkipSpaces(text_, at + it.size()) : at;
  }

  // Whether the noun a count counts, the last word of its span, is one of `meaning` ("21
  // فوزا", "5 draws"), read in the normalized text as the cues are.
  bool Counts(const Claim& c, std::string_view meaning) const;

  // The count that claim i says where it comes from or is spread over, a few words before
  // it: "30 ألف عداء من 120 دولة", "42 people in 3 provinces"; else null.
  const Claim* HeadOfTheComplement(size_t i) const;

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
                                              size_t near = kFewWords) const;

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
  // before, a few words after the first: "9 أشخاص حتفهم، هم 5", "13 موقوفا متشددا، بينهم 30";
  // with `verb`, one word may stand between the comma and the cue ("48 ألف إصابة، تعافى منها").
  bool CommaBeforeTheCue(const Claim& a, const Claim& b, std::string_view meaning,
                         size_t near = kFewWords, bool verb = false) const;

  // Where the sentence of claim c starts: past the last stop before it.
  size_t SentenceStart(const Claim& c) const {
    const size_t stop = text_.find_last_of(kStops, c.norm_begin);
    return PastTheLastSeparator(text_, stop == std::string_view::npos ? 0 : stop + 1,
                                c.norm_begin);
  }

  // The same, at most `bytes` before the claim.
  size_t SentenceStartWithin(const Claim& c, size_t bytes) const {
    return checks::SentenceStartWithin(text_, c, bytes, kStops);
  }

  static constexpr std::string_view kStops = ".!?\n";

  // Whether a share is the rival's, named right after it ("for his rival", "لمنافسه"), not
  // another time's or place's ("for the same party in the last election").
  bool ForTheRival(const Claim& share) const;

  const DocumentView& doc_;
  std::string_view text_;
  const scan::PhraseList& cues_;
  Reporter* reporter_;
};

// Each reads the shapes of its check that claim i begins (percent_sum: the whole document).
void CheckSharesAt(const ArithContext& context, size_t i);
void CheckChangesAt(const ArithContext& context, size_t i);
void CheckTotalsAt(const ArithContext& context, size_t i);
void CheckPercentSums(const ArithContext& context);
void CheckTradeBalances(const ArithContext& context);
void CheckRemainders(const ArithContext& context);

}  // namespace mizan::checks::arith

#endif  // MIZAN_CORE_CHECKS_ARITH_CONTEXT_H_
