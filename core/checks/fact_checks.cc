// fact.contradiction: a claim in the same sentence as one of a fact's cue phrases, of the
// fact's kind, whose interval cannot meet the fact's. The claim's own qualifier counts: "more
// than 190 member countries" agrees with 195, "has 190 member countries" does not ("190
// member countries voted" may be some of them). A duration ago
// in years checks a fact that is a year, through the publication date, one year either way.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "core/checks/document_checks.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks {
namespace {

using claims::Claim;
using claims::Kind;
using numerals::Decimal;

// a < b, or a <= b when `or_equal`.
bool Below(const Decimal& a, const Decimal& b, bool or_equal) {
  return or_equal ? !(b < a) : a < b;
}

struct Interval {
  std::optional<Decimal> lower, upper;
  bool lower_inclusive = true, upper_inclusive = true;
};

// The interval a claim stands for, in the fact's terms.
std::optional<Interval> ClaimInterval(const DocumentView& doc, const Claim& c, const Fact& f) {
  Interval in;
  if (f.kind == Kind::kYear && c.kind == Kind::kDuration && c.qualifier == "ago" &&
      c.unit == "year") {
    if (!doc.published || c.value.empty()) return std::nullopt;
    const Decimal year = Decimal::FromInt(static_cast<uint64_t>(doc.published->year));
    const Decimal implied = year.Plus(c.number.Negated());
    in.lower = implied.Plus(Decimal::FromInt(1).Negated());
    in.upper = implied.Plus(Decimal::FromInt(1));
    return in;
  }
  const bool kind_fits = c.kind == f.kind || (f.kind == Kind::kYear && c.kind == Kind::kDate);
  if (!kind_fits || (!f.unit.empty() && !c.unit.empty() && c.unit != f.unit)) return std::nullopt;
  if (c.kind == Kind::kDate) {
    // A Hijri or solar Hijri date's year is another year: a fact counts Gregorian ones.
    if (c.value.size() < 4 || c.value[0] == '-' || InOtherCalendar(c)) return std::nullopt;
    const Decimal year = *Decimal::Parse(c.value.substr(0, 4));
    in.lower = in.upper = year;
    return in;
  }
  // A Hijri or solar Hijri year stands for the Gregorian years it overlaps.
  if (int year = 0;
      c.kind == Kind::kYear && InOtherCalendar(c) && absl::SimpleAtoi(c.value, &year)) {
    const auto years = claims::GregorianYearsOf(year, c.calendar);
    if (!years) return std::nullopt;
    in.lower = Decimal::FromInt(static_cast<uint64_t>(years->first));
    in.upper = Decimal::FromInt(static_cast<uint64_t>(years->second));
    return in;
  }
  if (c.lower) in.lower = c.number, in.lower_inclusive = c.lower->inclusive;
  if (c.upper) in.upper = c.number, in.upper_inclusive = c.upper->inclusive;
  if (c.value.empty()) {  // a range: its own bounds
    if (c.lower) in.lower = Decimal::Parse(c.lower->value);
    if (c.upper) in.upper = Decimal::Parse(c.upper->value);
  }
  if (c.approx && in.lower && in.upper) {  // "about 300": a tenth either way
    const Decimal tenth = c.number.Times(*Decimal::FromDigits("0", "1"));
    in.lower = in.lower->Plus(tenth.Negated());
    in.upper = in.upper->Plus(tenth);
  }
  return in;
}

bool Disjoint(const Interval& a, const Fact& f) {
  if (a.upper && f.lower && !Below(*f.lower, *a.upper, a.upper_inclusive)) return true;
  if (a.lower && f.upper && !Below(*a.lower, *f.upper, a.lower_inclusive)) return true;
  return false;
}

bool ValidAt(const Fact& f, const std::optional<YearMonthDay>& published) {
  if (!published) return true;
  char today[11];
  std::snprintf(today, sizeof(today), "%04d-%02d-%02d", published->year, published->month,
                published->day);
  return (f.valid_from.empty() || f.valid_from <= today) &&
         (f.valid_until.empty() || today <= f.valid_until);
}

uint32_t SentenceAt(const std::vector<Claim>& claims, size_t pos, std::string_view text) {
  // The sentence of a cue: that of the nearest claim before it, counting ends in between.
  uint32_t sentence = 0;
  size_t from = 0;
  for (const Claim& c : claims) {
    if (c.norm_begin > pos) break;
    sentence = c.sentence, from = c.norm_end;
  }
  for (size_t i = from; i < pos && i < text.size(); ++i) {
    const char ch = text[i];
    if (ch == '\n' || ((ch == '.' || ch == '!' || ch == '?') && i + 1 < text.size() &&
                       (text[i + 1] == ' ' || text[i + 1] == '\n'))) {
      ++sentence;
    }
  }
  return sentence;
}

// Whether words between a cue, ending at `from`, and a number after it at `to` narrow what the
// number measures to a part of what the cue names: "معدل البطالة في صفوف الشباب 35%", "the
// unemployment rate among women" are no measures of the whole.
bool NarrowedBetween(const DocumentView& doc, size_t from, size_t to) {
  return doc.engine.arith_cues().StartsAWordIn(doc.normalized.text(), from, to, "narrow");
}

// Whether an owner's "'s" right after the cue ending at `end` names something of its own
// before claim `c` ("Everest's base camp at 5,364 metres"), which the number measures; not
// where the number follows the "'s" ("Everest's 8,849 metres").
bool OwnersThingBetween(const DocumentView& doc, std::string_view text, size_t end,
                        const Claim& c) {
  const auto owner = doc.engine.arith_cues().MatchAt(text, end, "possessive");  // 's, ’s
  return owner.entry && owner.end < text.size() && text[owner.end] == ' ' &&
         c.norm_begin > owner.end + 1;
}

// Whether a verb of comprising stands a few words before claim c in its clause ("تضم
// المنظمة 190 من البلدان الأعضاء"): the claim counts all that the cue after it names.
bool Comprised(const DocumentView& doc, const Claim& c) {
  constexpr size_t kNear = 40;  // bytes: the verb and its subject
  const std::string_view text = doc.normalized.text();
  const size_t from = ClauseStartWithin(text, c, kNear, ",.;:(");
  return doc.engine.arith_cues().StartsAWordIn(text, from, c.norm_begin, "comprise");
}

// Whether a count fewer than a fact of a number holds is said of all that its cue names: after
// a verb of comprising ("has 191 member states", "تضم 191 دولة"), or referring back to them
// ("the 191 member states", "its", "الـ191"). Elsewhere fewer of them are as often some that
// did a thing ("150 member states voted for it", "صوتت 150 دولة عضوا").
bool FewerThanAll(const DocumentView& doc, const Claim& c, const Fact& f) {
  if (f.kind != Kind::kNumber || c.kind != Kind::kNumber || c.value.empty() || !f.lower ||
      !(c.number < *f.lower)) {
    return false;
  }
  return !Comprised(doc, c) && !RefersBack(doc, c);
}

// Whether `c` is a part "of" what the cue at `at` names: "141 of the member states", "141 دولة
// من الدول الأعضاء" count some of them, not all. Arabic counts all of them with "من" too
// ("تضم 190 من البلدان الأعضاء"): there a part names its own noun before it, or is fewer
// than the fact holds ("4.6 مليون من سكان المملكة"); more than all of them is no part.
bool PartOfTheCue(const DocumentView& doc, const Claim& c, size_t at, const Fact& f) {
  constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من
  if (c.norm_end > at) return false;
  const std::string_view text = doc.normalized.text();
  std::string_view between = text.substr(c.norm_end, at - c.norm_end);
  while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  const bool fewer = !c.value.empty() && f.lower && c.number < *f.lower && !Comprised(doc, c);
  return !between.empty() && (between != kMin || !c.noun.empty() || fewer) &&
         CoveredBy(between, doc.engine.arith_cues(), "of");
}

// Whether a period or an ordinal stands right before the cue at `at` ("78 years of
// independence", "الذكرى الـ78 لاستقلالها"): the cue then names an anniversary, and a year
// beside it is the anniversary's, not the fact's.
bool AnniversaryOfTheCue(const DocumentView& doc, size_t at) {
  constexpr size_t kOf = 8;  // bytes: " of ", a glued "ل"
  for (const Claim& c : doc.claims) {
    if (c.norm_end > at) break;
    if (at - c.norm_end <= kOf && (c.kind == Kind::kOrdinal ||
                                   (c.kind == Kind::kDuration && c.unit == "year"))) {
      return true;
    }
  }
  return false;
}

// Whether claim i has a year of its own right after it ("8.1% in 2020", "8.1% عام 2020"): a
// value at another time than the one a fact of another kind holds for.
bool OfAnotherTime(const DocumentView& doc, size_t i, const Fact& f) {
  constexpr size_t kNear = 16;  // bytes: " in ", " في عام "
  const auto& claims = doc.claims;
  if (f.kind == Kind::kYear || i + 1 >= claims.size()) return false;
  const Claim& next = claims[i + 1];
  return next.sentence == claims[i].sentence &&
         (next.kind == Kind::kYear || next.kind == Kind::kDate) &&
         AFewWords(doc.Between(claims[i], next), kNear);
}

}  // namespace

void CheckFacts(const DocumentView& doc, const Facts& facts, Reporter* reporter) {
  if (!reporter->Enabled("fact.contradiction")) return;
  std::string lower(doc.normalized.text());
  absl::AsciiStrToLower(&lower);
  for (const Fact& f : facts.facts()) {
    if (!ValidAt(f, doc.published)) continue;
    std::vector<const Claim*> reported;
    for (const std::string& cue : f.cues) {
      for (size_t at = lower.find(cue); at != std::string::npos; at = lower.find(cue, at + 1)) {
        const uint32_t sentence = SentenceAt(doc.claims, at, lower);
        const bool anniversary = f.kind == Kind::kYear && AnniversaryOfTheCue(doc, at);
        // The nearest claim of the sentence that speaks in the fact's terms ("193 member
        // states": the one the cue is part of), one with no time of its own before one that
        // has ("which was 8.1% in 2020, fell to 6.5%").
        const Claim* best = nullptr;
        std::pair<bool, size_t> best_rank;
        std::optional<Interval> best_interval;
        for (size_t i = 0; i < doc.claims.size(); ++i) {
          const Claim& c = doc.claims[i];
          if (c.sentence != sentence || NarrowedBetween(doc, at + cue.size(), c.norm_begin) ||
              PartOfTheCue(doc, c, at, f) || FewerThanAll(doc, c, f) ||
              OwnersThingBetween(doc, lower, at + cue.size(), c) ||
              (anniversary && c.kind == Kind::kYear)) {
            continue;
          }
          auto in = ClaimInterval(doc, c, f);
          if (!in) continue;
          // ("45%, on a turnout of 61.4%": the words between, from the cue's end after it.)
          const size_t end = at + cue.size();
          const size_t d = c.norm_begin >= end ? c.norm_begin - end
                           : c.norm_end > at   ? 0
                                               : at - c.norm_end;
          const std::pair<bool, size_t> rank = {OfAnotherTime(doc, i, f), d};
          if (best == nullptr || rank < best_rank) {
            best = &c, best_rank = rank, best_interval = in;
          }
        }
        if (best == nullptr || !Disjoint(*best_interval, f) ||
            std::find(reported.begin(), reported.end(), best) != reported.end()) {
          continue;
        }
        reported.push_back(best);
        reporter->Report("fact.contradiction",
                         absl::StrCat("\"", f.id, "\" is ", f.display, ", but the text says ",
                                      best->text),
                         {SpanOf(*best)}, f.display, best->value.empty() ? best->text : best->value);
      }
    }
  }
}

}  // namespace mizan::checks
