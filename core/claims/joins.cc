#include "core/claims/joins.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "core/claims/claim_builder.h"
#include "core/claims/dates.h"
#include "core/claims/number_forms.h"
#include "core/scan/text_cursor.h"

namespace mizan::claims {
namespace {

using numerals::Decimal;

bool Less(const Decimal& a, const Claim& b) { return a < b.number; }

bool Less(const Claim& a, const Claim& b) {
  if (a.value.empty() || b.value.empty() || a.too_large || b.too_large) return false;
  return Less(a.number, b);
}

// The first bound of a range: "بين 10 و15 مليون", "5-7 آلاف", "10 to 15 million" name the
// scale once, after the second number, for both; "from 500 to 2 million" does not (500
// million would be more than 2).
Decimal LowerBound(const Claim& a, const Claim& b) {
  if (!a.scale.is_zero() || b.scale.is_zero() || a.kind == Kind::kYear || a.value.empty()) {
    return a.number;
  }
  const Decimal scaled = a.number.Times(b.scale);
  return Less(scaled, b) ? scaled : a.number;
}

bool Compatible(const Claim& a, const Claim& b) {
  // "as much as 2 to 4 inches": a qualifier before the first number qualifies the range.
  if (!a.qualifier.empty() && a.qualifier != "about" && a.qualifier != "at-most" &&
      a.qualifier != "at-least") {
    return false;
  }
  if (a.kind == Kind::kDate || b.kind == Kind::kDate || a.kind == Kind::kOrdinal) return false;
  // "gave half to 10 charities": a share of something, then a count of other things; "shrank
  // by a third to 8,000": a change, then where it led.
  if (a.kind == Kind::kNumber && a.number.IsProperFraction() &&
      // (A fraction with no decimals written is one in words: "0.5 to 2 percent" stays.)
      (!b.noun.empty() || (a.fraction_digits == 0 && !b.number.IsProperFraction()))) {
    return false;
  }
  // "3-2015" is no range of years (a month, or a count then a year).
  if (b.kind == Kind::kYear && a.number < Decimal::FromInt(1000)) return false;
  if (a.kind == Kind::kNumber && a.noun.empty()) return true;
  // "rise 17 fils to 3.05 dirhams": a change in a subunit, then where it led.
  if (a.kind == Kind::kMoney && a.subunit != b.subunit) return false;
  return a.kind == b.kind && a.unit == b.unit;
}

// The join between the two claims, if the text between them is exactly one: returns the
// opener it needs ("" for none), or false.
bool JoinBetween(const scan::PhraseList& cues, const text::NormalizedText& normalized,
                 const Claim& a, const Claim& b, std::string* opener) {
  const std::string_view text = normalized.text();
  const size_t at = scan::SkipSpaces(text, a.norm_end);
  auto m = cues.MatchAt(text, at, "join");
  // "يومين وأربعة عشر يومًا": the conjunction glued to a number word ("وحتى" is a join of
  // its own).
  if (b.norm_begin == at + 2 && text.substr(at, 2) == "\xD9\x88" &&
      !(m.entry && m.end > b.norm_begin)) {
    *opener = "\xD8\xA8\xD9\x8A\xD9\x86";  // بين
    return true;
  }
  // "18- to 29-year-olds": a hyphen left hanging before the join.
  if (m.entry && m.entry->phrase == "-" && m.end < text.size() && text[m.end] == ' ') {
    const auto next = cues.MatchAt(text, scan::SkipSpaces(text, m.end), "join");
    if (next.entry) m = next;
  }
  if (m.entry == nullptr) {
    return false;
  }
  // A dash joins digits only: "eight-thirty" is a time, "10-15" a range.
  const bool dash = m.entry->phrase == "-" || m.entry->phrase == "\xE2\x80\x93" ||
                    m.entry->phrase == "\xE2\x80\x94";
  if (dash && (InWords(normalized, a) || InWords(normalized, b))) return false;
  // "و15" glues the conjunction to the number; "من 1950 حتى 1953": the join was taken as the
  // second number's qualifier, so its span starts inside the join.
  const bool join_in_b = b.norm_begin >= at && b.norm_begin < m.end;
  if (scan::SkipSpaces(text, m.end) != b.norm_begin && !join_in_b) return false;
  *opener = m.entry->tags.size() > 1 ? m.entry->tags[1] : "";
  return true;
}

// The claims the joining passes work on. A claim joined into its neighbour is marked, not
// erased, and the marked ones are erased once after the last pass: erasing at each join
// would move every claim after it, in every pass.
class Joining {
 public:
  explicit Joining(std::vector<Claim>* claims) : v_(*claims), dropped_(claims->size()) {}

  std::vector<Claim>& claims() { return v_; }
  size_t First() const { return Skip(0); }
  size_t Next(size_t i) const { return Skip(i + 1); }
  void Drop(size_t i) { dropped_[i] = true; }

  void EraseDropped() {
    size_t kept = 0;
    for (size_t i = 0; i < v_.size(); ++i) {
      if (dropped_[i]) continue;
      if (kept != i) v_[kept] = std::move(v_[i]);
      ++kept;
    }
    v_.erase(v_.begin() + static_cast<std::ptrdiff_t>(kept), v_.end());
    dropped_.assign(v_.size(), false);
  }

 private:
  size_t Skip(size_t i) const {
    while (i < v_.size() && dropped_[i]) ++i;
    return i;
  }
  std::vector<Claim>& v_;
  std::vector<bool> dropped_;
};

// Every join reads at most a short word between two claims ("و", "إلى", "and", "-"): claims
// farther apart than this are not tried.
constexpr size_t kMaxJoinGap = 64;

// Walks the claims in pairs of neighbours; where `join(a, b)` makes one claim of the two, that
// claim takes the place of both, and the walk goes on after it (with it, where `chain`: "2
// hours, 3 minutes and 23 seconds" joins three). `join` may change `b` even when it does not
// join them.
template <typename Join>
void JoinNeighbours(Joining* joining, Join join, bool chain = false) {
  std::vector<Claim>& v = joining->claims();
  for (size_t i = joining->First(); i < v.size();) {
    const size_t next = joining->Next(i);
    if (next < v.size() && v[next].norm_begin <= v[i].norm_end + kMaxJoinGap) {
      if (std::optional<Claim> joined = join(v[i], v[next])) {
        v[next] = std::move(*joined);
        joining->Drop(i);
        i = chain ? next : joining->Next(next);
        continue;
      }
    }
    i = next;
  }
}

// A verb of change right before `pos`, or up to five words before it: Arabic puts the
// subject between ("ارتفعت أسعار النفط 2%", "ارتفع سعر غرام الذهب عيار 21 إلى 3150 جنيها").
bool ChangeBefore(const scan::PhraseList& cues, std::string_view text, size_t pos) {
  constexpr int kSubjectWords = 5;
  return cues.EndsAWordBefore(text, pos, "verb", kSubjectWords);
}


// "2019-20", "1918–19": the second year of a range written with its last two digits; and
// "the 2022-2023 season", whose second year a noun follows, which it does not count.
void ExpandShortYear(const text::NormalizedText& normalized, const Claim& a, Claim* b) {
  if (a.value.size() != 4 || a.kind != Kind::kYear || b->kind != Kind::kNumber ||
      b->fraction_digits || b->value.empty()) {
    return;
  }
  // The digits as written: "2007–08" writes two.
  const std::string_view text = normalized.text();
  size_t digits = 0;
  while (scan::DigitAt(text, b->norm_begin + digits)) ++digits;
  if ((digits != 2 && digits != 4) || b->value.size() > digits) return;
  const int first = std::stoi(a.value), last = std::stoi(b->value);
  const int second = digits == 4 ? last : first - first % 100 + last;
  if (second <= first || second - first > 100) return;
  b->kind = Kind::kYear;
  b->calendar = a.calendar;
  b->noun.clear();  // "2019–20 coronavirus": the noun follows the range, it is not counted
  b->noun_key.clear();
  // The span ends with the digits again, without the noun it had taken.
  SetSpan(normalized, b->norm_begin, b->norm_begin + digits, b);
  b->value = std::to_string(second);
  b->number = Decimal::FromInt(static_cast<uint64_t>(second));
  b->lower = Bound{b->value, true};
  b->upper = Bound{b->value, true};
}

// Whether `between` lists two numbers: "عامي 2014 و2015", "in 2014 and 2015 people left",
// "2014، 2015": the second of a year is a year too, in full.
bool ListsYears(std::string_view between) {
  std::string_view w = between;
  while (!w.empty() && w.front() == ' ') w.remove_prefix(1);
  while (!w.empty() && w.back() == ' ') w.remove_suffix(1);
  return w == "\xD9\x88" || w == "and" || w == "," || w == "\xD8\x8C";
}

// `a`, a bare number before `b`, which names its scale, unit and noun once for both, becomes
// `value` of what `b` counts: "4 او 4.5 بالمائة", "من 250 الى 200 مليون دينار".
void ShareWhatFollows(const Claim& b, const Decimal& value, Claim* a) {
  if (!(value == a->number)) {
    a->number = value;
    a->value = value.ToString();
    a->lower = Bound{a->value, true};
    a->upper = Bound{a->value, true};
  }
  a->kind = b.kind;
  a->unit = b.unit;
  a->unit_assumed = b.unit_assumed;
  a->noun = b.noun;
  a->noun_key = b.noun_key;
}

// Joins two neighbouring claims that a range connects into one claim with both bounds:
// "بين 10 و15 مليون دولار", "من 10 إلى 15", "10-15%", "between 10 and 15", "2015-2020".
// The first number takes the kind and unit of the second ("10-15%" is a percent range). Only
// an increasing pair is a range: "3-2" stays two numbers.
void JoinRanges(const Engine& engine, const text::NormalizedText& normalized,
                Joining* claims) {
  const scan::PhraseList& cues = engine.range_cues();
  const std::string_view text = normalized.text();
  JoinNeighbours(claims, [&](Claim& a, Claim& b) -> std::optional<Claim> {
    const std::string_view dash = b.norm_begin > a.norm_end
                                      ? text.substr(a.norm_end, b.norm_begin - a.norm_end)
                                      : std::string_view();
    // "من 1959 إلى 1976 ورئيسا": a word glued to "و" after the second year starts the next
    // clause; it is no noun the year counts.
    const bool clause_after = absl::StartsWith(b.noun, "\xD9\x88");
    if (dash == "-" || dash == "\xE2\x80\x93" || dash == "/" ||
        ((ListsYears(dash) || clause_after) && b.value.size() == 4)) {
      ExpandShortYear(normalized, a, &b);
    }
    // "$5-10 billion", "£2 to 3 million", "بين 5 دولارات و10", "من 7% إلى 9": the first
    // amount's currency or percent sign is the second's too, when it names nothing of its own.
    std::optional<Claim> priced;
    if ((a.kind == Kind::kMoney || a.kind == Kind::kPercent) && !a.unit.empty() &&
        b.kind == Kind::kNumber && b.unit.empty() && b.noun.empty()) {
      priced = b;
      priced->kind = a.kind;
      priced->unit = a.unit;
      priced->unit_assumed = a.unit_assumed;
    }
    Claim& second = priced ? *priced : b;
    std::string opener;
    // "2022/23", "الموسم 2022/2023": two years in a row parted by a slash name a season or a
    // fiscal year, which a slash between other numbers does not ("5/6" is a date).
    const bool years = dash == "/" && a.kind == Kind::kYear && second.kind == Kind::kYear;
    const bool season =
        years && (second.number == a.number.Plus(Decimal::FromInt(1)) ||
                  cues.MatchBefore(text, scan::SkipSpacesBack(text, a.norm_begin), "period").entry);
    // "من 600 إلى 1150 مليم": a bare first number counts the subunit the second names.
    const bool rising = Less(a, second) || (second.subunit && !second.too_large &&
                                            Less(LowerBound(a, second), second));
    if (!Compatible(a, second) ||
        !(season || JoinBetween(cues, normalized, a, second, &opener)) || !rising) {
      return std::nullopt;
    }
    // "doubled to $4": the first is itself a verb of change, which names where it led.
    if (engine.arith_cues().MatchAt(text, a.norm_begin, "verb").end == a.norm_end) {
      return std::nullopt;
    }
    const Decimal lower = LowerBound(a, second);
    size_t p = a.norm_begin;
    while (p > 0 && text[p - 1] == ' ') --p;
    const auto open = cues.MatchBefore(text, p, "open");
    if (!opener.empty() && !(open.entry && open.entry->phrase == opener)) return std::nullopt;
    // "من 250 الى 200 مليون دينار": a bare first number above the count of the second, and
    // close to it, shares its scale; a fall from 250 million to 200 million is a change, no
    // range. "from 500 to 2 million" is one, from 500.
    if (a.kind == Kind::kNumber && a.scale.is_zero() && !second.scale.is_zero() && a.noun.empty() &&
        a.qualifier.empty() && lower == a.number) {
      const Decimal scaled = a.number.Times(second.scale);
      if (scaled < second.number.Times(Decimal::FromInt(10))) {
        ShareWhatFollows(second, scaled, &a);
        return std::nullopt;
      }
    }
    // "rose 2% to 7%", "ارتفعت البطالة 2 في المائة إلى 7 في المائة": a change, then where it
    // led; but "rose 10-15%" is a range of changes. "خفضت عدد موظفيها بمقدار 2000 إلى 18
    // ألفا": the amount of a change after "by", its verb further back.
    const bool word_join = dash.find_first_not_of(" -\xE2\x80\x93/") != std::string_view::npos;
    if (!open.entry && word_join &&
        (ChangeBefore(engine.arith_cues(), text, p) || AfterByAnAmount(engine, text, p))) {
      return std::nullopt;
    }
    // "then 15% to 567": a percentage's sign lent to a bare number past a word takes "from" or
    // "between" before the first ("من 7% إلى 9"); without, the number is where a change led.
    if (priced && a.kind == Kind::kPercent && word_join && !open.entry) return std::nullopt;
    // "إلى بضعة آلاف الدولارات", "to a few thousand dollars": a vague end leaves the range open.
    const bool open_end = second.approx && second.qualifier == "at-least" && !second.upper;
    Claim range = std::move(second);
    // "from 2.5 million to 3 million" gives both ends to a tenth of a million, the second's
    // zero dropped.
    if (a.scale.is_zero() || a.scale == range.scale) {
      range.fraction_digits = std::max(a.fraction_digits, range.fraction_digits);
    }
    range.lower = Bound{lower == a.number ? a.value : lower.ToString(), true};
    range.upper = open_end ? std::nullopt : std::optional<Bound>(Bound{range.value, true});
    range.value.clear();
    range.qualifier = "range";
    range.approx = a.approx || range.approx;
    range.sentence = a.sentence;
    SetSpan(normalized, open.entry ? open.end : a.norm_begin, range.norm_end, &range);
    return range;
  });
}


// "4 او 4.5 بالمائة", "two or three days", "3 or 4 million dollars": a bare number before "or"
// and a second number with its unit or noun is the same kind of thing, and takes the scale
// named once after the second, as a range's first end does; so before "و"/"and" and a second
// number with a unit ("24 و17 في المئة"). The two stay two claims.
void ShareUnitAcrossOr(const Engine& engine, const text::NormalizedText& normalized,
                       Joining* claims) {
  const std::string_view text = normalized.text();
  JoinNeighbours(claims, [&](Claim& a, Claim& b) -> std::optional<Claim> {
    if (a.kind != Kind::kNumber || !a.noun.empty() || !a.unit.empty() || a.value.empty() ||
        (b.unit.empty() && b.noun.empty()) || b.kind == Kind::kDate || b.kind == Kind::kYear ||
        b.kind == Kind::kOrdinal || b.value.empty()) {
      return std::nullopt;
    }
    const size_t at = scan::SkipSpaces(text, a.norm_end);
    auto m = engine.range_cues().MatchAt(text, at, "or");
    // Listed with "و"/"and", only a unit is shared: "6ر3 و 2ر4 بالمائة", not a noun
    // ("الطريق 843 و848 بولاية").
    if (!m.entry && !b.unit.empty()) m = engine.range_cues().MatchAt(text, at, "list");
    if (!m.entry || scan::SkipSpaces(text, m.end) != b.norm_begin) return std::nullopt;
    // "1,261 or about 13%" names one thing twice, not two that may be: alternatives are close.
    const Decimal scaled = LowerBound(a, b);
    const Decimal ten = Decimal::FromInt(10);
    if (!b.qualifier.empty() || !(scaled < b.number.Times(ten)) ||
        !(b.number < scaled.Times(ten))) {
      return std::nullopt;
    }
    if (!(scaled == a.number) && !a.qualifier.empty()) return std::nullopt;
    ShareWhatFollows(b, scaled, &a);
    return std::nullopt;
  });
}

// "جنديين اثنين", "يومين اثنين": a dual noun, which is two by itself, and the word two after it
// that agrees with it are one claim.
void JoinDualAndTwo(const text::NormalizedText& normalized, Joining* claims) {
  const std::string_view text = normalized.text();
  const Decimal two = Decimal::FromInt(2);
  JoinNeighbours(claims, [&](Claim& a, Claim& b) -> std::optional<Claim> {
    if (!(a.number == two) || !(b.number == two) || !InWords(normalized, a) ||
        !InWords(normalized, b) || (a.noun.empty() && a.unit.empty()) ||
        b.kind != Kind::kNumber || !b.noun.empty() ||
        scan::SkipSpaces(text, a.norm_end) != b.norm_begin || a.norm_end == b.norm_begin) {
      return std::nullopt;
    }
    Claim joined = std::move(a);
    SetSpan(normalized, joined.norm_begin, b.norm_end, &joined);
    return joined;
  });
}

// Whether `c` is a bare day of the month: a whole number from 1 to 31 in digits, counting
// nothing, with no qualifier but `allowed`.
bool BareDay(const text::NormalizedText& normalized, const Claim& c,
             std::string_view allowed = {}) {
  if (c.kind != Kind::kNumber || !c.noun.empty() ||
      !(c.qualifier.empty() || c.qualifier == allowed) || c.approx || c.fraction_digits ||
      InWords(normalized, c)) {
    return false;
  }
  const std::optional<uint64_t> day = c.number.ToWhole();
  return day && *day >= 1 && *day <= 31;
}

// The day of a date claim ("2017-06-06", "--06-06"), or 0 for a month or year alone.
int DayOf(const Claim& c) {
  if (c.kind != Kind::kDate || c.value.size() < 7 || c.value[c.value.size() - 3] != '-' ||
      std::count(c.value.begin(), c.value.end(), '-') < 2) {
    return 0;
  }
  return std::atoi(c.value.c_str() + c.value.size() - 2);
}

// Makes `c`, a bare day, that day in the month of `date`.
void TakeMonthOf(const Claim& date, Claim* c) {
  const uint64_t day = *c->number.ToWhole();
  c->kind = Kind::kDate;
  c->value = absl::StrFormat("%s%02d", date.value.substr(0, date.value.size() - 2), day);
  c->calendar = date.calendar;
  c->lower.reset();
  c->upper.reset();
}

// Whether `b` starts right after `a`, spaces between.
bool Adjacent(std::string_view text, const Claim& a, const Claim& b) {
  return b.norm_begin >= a.norm_end && scan::SkipSpaces(text, a.norm_end) == b.norm_begin;
}

bool WeekdayOnly(const Claim& c) { return c.kind == Kind::kDate && c.value.empty() && c.weekday; }

// A weekday alone right before a day that took a month is that day's: one claim of the two.
void TakeTheWeekdayBefore(const text::NormalizedText& normalized, size_t w, size_t day,
                          Joining* joining) {
  std::vector<Claim>& v = joining->claims();
  const Claim& weekday = v[w];
  Claim& date = v[day];
  if (weekday.kind != Kind::kDate || !weekday.value.empty() || weekday.weekday == 0 ||
      !Adjacent(normalized.text(), weekday, date)) {
    return;
  }
  date.weekday = weekday.weekday;
  SetSpan(normalized, weekday.norm_begin, date.norm_end, &date);
  FinishSpan(normalized, &date);
  joining->Drop(w);
}

// "يومي السبت والأحد 2 و3 مارس", "Saturday and Sunday, March 2 and 3": two weekdays before two
// days, the first of which took the nearer weekday: that one is the second day's, and the
// weekday alone before it (claim w) the first's.
void GiveTheSecondDayItsWeekday(const text::NormalizedText& normalized, size_t w, Claim* first,
                                Claim* second, Joining* joining) {
  const Claim& weekday = joining->claims()[w];
  second->weekday = first->weekday;
  first->weekday = weekday.weekday;
  SetSpan(normalized, weekday.norm_begin, first->norm_end, first);
  FinishSpan(normalized, first);
  joining->Drop(w);
}

// "يومي 5 و6 جوان", "on 5 and 6 June 2017", "from 5 to 7 June", "5-6 June", and "June 5 and
// 6": a day next to a date, joined by "and" or a range's join, is a day of the same month
// (and year); the two stay two claims. Right to left, so that "3، 4 و5 مارس" reaches the 3.
void SpreadMonthOverDays(const Engine& engine, const text::NormalizedText& normalized,
                         Joining* joining) {
  const std::string_view text = normalized.text();
  std::vector<Claim>& v = joining->claims();
  std::vector<size_t> kept;
  for (size_t i = joining->First(); i < v.size(); i = joining->Next(i)) kept.push_back(i);
  const auto joined = [&](const Claim& a, const Claim& b, bool comma) {
    size_t at = scan::SkipSpaces(text, a.norm_end);
    if (comma && at < text.size() && (text[at] == ',' || text.substr(at, 2) == "\xD8\x8C")) {
      at = scan::SkipSpaces(text, at + (text[at] == ',' ? 1 : 2));
      return at == b.norm_begin;
    }
    const auto m = engine.range_cues().MatchAt(text, at, "join");
    return m.entry && scan::SkipSpaces(text, m.end) == b.norm_begin;
  };
  // "السبت والأحد": a weekday and "و" glued to the next.
  const auto and_weekday = [&](const Claim& weekday, const Claim& b) {
    const size_t at = scan::SkipSpaces(text, weekday.norm_end);
    const bool glued_and = text.substr(at, 2) == "\xD9\x88" && at + 2 == b.norm_begin;
    return WeekdayOnly(weekday) && (glued_and || joined(weekday, b, false));
  };
  for (size_t k = kept.size(); k-- > 1;) {
    Claim& a = v[kept[k - 1]];
    Claim& b = v[kept[k]];
    // A day before the date's own ("5 و6 جوان", not "فرانس 2، الجمعة 11 سبتمبر", where a
    // weekday opens the date), or after it ("June 5 and 6", not "June 5, 6 were").
    // The date first: most neighbours are none, and a day is a whole number to work out.
    // "من الخميس 18 إلى الأحد 21 ديسمبر": past a range's join the date may open with its
    // weekday, and the day take the one alone before it.
    if (b.kind == Kind::kDate && BareDay(normalized, a) &&
        *a.number.ToWhole() < static_cast<uint64_t>(DayOf(b)) &&
        (b.weekday == 0 ? joined(a, b, true) : joined(a, b, false))) {
      TakeMonthOf(b, &a);
      if (k >= 2) TakeTheWeekdayBefore(normalized, kept[k - 2], kept[k - 1], joining);
      if (k >= 3 && a.weekday != 0 && b.weekday == 0 && and_weekday(v[kept[k - 3]], a)) {
        GiveTheSecondDayItsWeekday(normalized, kept[k - 3], &a, &b, joining);
      }
    } else if (a.kind == Kind::kDate && BareDay(normalized, b) && DayOf(a) &&
               static_cast<uint64_t>(DayOf(a)) < *b.number.ToWhole() && joined(a, b, false)) {
      TakeMonthOf(a, &b);
      if (k >= 2 && a.weekday != 0 && b.weekday == 0 && and_weekday(v[kept[k - 2]], a)) {
        GiveTheSecondDayItsWeekday(normalized, kept[k - 2], &a, &b, joining);
      }
    }
  }
}

// "انطلقت يوم 15 أفريل وتتواصل إلى غاية 25 منه": a bare day that "منه", "of the same month"
// follows and a word that leads to a day comes before ("صدر 25 منه" is 25 of it) is a day of
// the month of the date before it in its sentence, a later one.
void TakeTheSameMonth(const Engine& engine, const text::NormalizedText& normalized,
                      std::vector<Claim>* claims) {
  const std::string_view text = normalized.text();
  std::vector<Claim>& v = *claims;
  const Claim* date = nullptr;  // the last date with a day, in the sentence so far
  for (Claim& c : v) {
    if (date != nullptr && date->sentence != c.sentence) date = nullptr;
    if (c.kind == Kind::kDate && DayOf(c)) {
      date = &c;
      continue;
    }
    if (date == nullptr) continue;
    // "حتى 19 منه": the word of the bound ("at most") leads to the day.
    const auto bound = c.qualifier == "at-most"
                           ? engine.time_cues().MatchAt(text, c.norm_begin, "day-lead")
                           : scan::PhraseList::Match{};
    const bool until = c.qualifier == "at-most" && bound.entry;
    if (!BareDay(normalized, c, until ? "at-most" : "") ||
        *c.number.ToWhole() <= static_cast<uint64_t>(DayOf(*date)) ||
        !engine.time_cues().MatchAt(text, scan::SkipSpaces(text, c.norm_end), "same-month")
             .entry ||
        !(until || engine.time_cues()
                       .MatchBefore(text, scan::SkipSpacesBack(text, c.norm_begin), "day-lead")
                       .entry)) {
      continue;
    }
    if (until) {  // the date starts at its day, not at the bound's word
      c.qualifier.clear();
      c.norm_begin = scan::SkipSpaces(text, bound.end);
      FinishSpan(normalized, &c);
    }
    TakeMonthOf(*date, &c);
  }
}

// The largest power of a thousand, up to a trillion, that divides a whole amount:
// 3000000000 -> 1000000000, 20500000 -> 1000 (less than a thousand may be added), 15 -> 1.
uint64_t RoundScale(const Decimal& n) {
  const std::optional<uint64_t> whole = n.ToWhole();
  if (!whole || *whole == 0) return 1;
  uint64_t scale = 1;
  while (scale < 1000000000000ULL && *whole % (scale * 1000) == 0) scale *= 1000;
  return scale;
}

// "14 ألف و012 مليون دينار", "ألف و500 مليون": thousands, then the rest of the number, both
// of the larger scale named after them: (14000 + 12) million, as "ألف وخمسمائة مليون" is in
// words.
bool ThousandsOfTheScale(const Claim& a, const Claim& b) {
  const Decimal thousand = Decimal::FromInt(1000), million = Decimal::FromInt(1000000);
  return RoundScale(a.number) == 1000 && a.number < million && b.scale.ToWhole() &&
         !(b.scale < million) && b.number < thousand.Times(b.scale);
}

// A count or an amount of money with an exact value, qualified or not.
bool HasAmount(const Claim& c) {
  return (c.kind == Kind::kNumber || c.kind == Kind::kMoney) && !c.value.empty() && !c.too_large;
}

bool IsAmount(const Claim& c) { return HasAmount(c) && c.qualifier.empty() && !c.approx; }


// The units that an amount in a larger unit is continued in, as "3 years and 6 months",
// "2 hours 30 minutes", "6 feet 2 inches", and how many of the smaller make one larger.
struct UnitPart {
  std::string_view large, small;
  uint64_t count;
};
constexpr UnitPart kUnitParts[] = {
    {"year", "month", 12}, {"week", "day", 7},   {"day", "hour", 24}, {"hour", "minute", 60},
    {"minute", "second", 60}, {"ft", "in", 12}, {"lb", "oz", 16},  {"m", "cm", 100},
    {"km", "m", 1000},       {"kg", "g", 1000},
};

// How many of `small` one `large` holds, through one unit between them at most ("hour" to
// "second": 3600); 0 where one is no part of the other.
uint64_t PartsIn(std::string_view large, std::string_view small) {
  for (const UnitPart& p : kUnitParts) {
    if (p.large != large) continue;
    if (p.small == small) return p.count;
    for (const UnitPart& q : kUnitParts) {
      if (q.large == p.small && q.small == small) return p.count * q.count;
    }
  }
  return 0;
}

// "5 ft 11 in", "6ft 2in": a bare number after feet, followed by "in", which alone is no unit
// (`in` is a preposition), is in inches.
void NameTheInches(const text::NormalizedText& normalized, const Claim& feet, Claim* b) {
  if (feet.unit != "ft" || b->kind != Kind::kNumber || !b->unit.empty() || !b->noun.empty() ||
      !b->qualifier.empty()) {
    return;
  }
  const std::string_view text = normalized.text();
  const size_t at = scan::SkipSpaces(text, b->norm_end);
  if (text.substr(at, 2) != "in" || scan::IsLetter(scan::NextCodePoint(text, at + 2))) return;
  b->kind = Kind::kQuantity;
  b->unit = "in";
  SetSpan(normalized, b->norm_begin, at + 2, b);
}

// "a 6-foot-6 junior": a height in feet and the inches after a hyphen, 78 inches.
void ReadHyphenedInches(const text::NormalizedText& normalized, std::vector<Claim>* claims) {
  const std::string_view text = normalized.text();
  for (Claim& c : *claims) {
    if (c.unit != "ft" || !c.qualifier.empty() || c.norm_end + 2 > text.size() ||
        text[c.norm_end] != '-' || !scan::IsAsciiDigit(text[c.norm_end + 1])) {
      continue;
    }
    const std::optional<uint64_t> feet = c.number.ToWhole();
    if (!feet) continue;
    size_t end = c.norm_end + 1;
    uint64_t inches = 0;
    while (end < text.size() && scan::IsAsciiDigit(text[end]) && end < c.norm_end + 3) {
      inches = inches * 10 + static_cast<uint64_t>(text[end++] - '0');
    }
    if (inches >= 12 || (end < text.size() && (scan::IsAsciiDigit(text[end]) ||
                                              scan::IsLetter(scan::NextCodePoint(text, end))))) {
      continue;
    }
    c.number = Decimal::FromInt(*feet * 12 + inches);
    c.value = c.number.ToString();
    c.lower = c.upper = Bound{c.value, true};
    c.unit = "in";
    SetSpan(normalized, c.norm_begin, end, &c);
  }
}

// "one in five children", "1 in every 10", "three out of every ten", "واحد من كل خمسة أطفال":
// a count in every so many is one claim, the share it names (0.2), which counts the noun after
// it. "300 out of 1,200" is a part and its whole, left as two claims for the arithmetic.
void JoinRatios(const Engine& engine, const text::NormalizedText& normalized, Joining* claims) {
  const std::string_view text = normalized.text();
  // "3 in 4 voters", "2 in 5 adults": a few in fewer than ten of the people a poll asks about
  // (arith_cues.tsv "polled").
  const auto polled = [&](const Claim& b) {
    const auto m = engine.arith_cues().MatchAt(b.noun_key, 0, "polled");
    return m.entry && m.end == b.noun_key.size();
  };
  JoinNeighbours(claims, [&](Claim& a, Claim& b) -> std::optional<Claim> {
    if (a.kind != Kind::kNumber || b.kind != Kind::kNumber) return std::nullopt;
    const std::optional<uint64_t> n = a.number.ToWhole(), m = b.number.ToWhole();
    if (!n || !m || *n == 0 || *m <= *n ||
        *m > 1000000 || !b.qualifier.empty() || b.approx ||
        !(a.qualifier.empty() ? !a.approx : a.qualifier == "about") ||
        b.norm_begin < a.norm_end) {
      return std::nullopt;
    }
    constexpr size_t kLongestLink = 24;  // bytes: " من بين كل ", "out of every"
    if (b.norm_begin - a.norm_end > kLongestLink) return std::nullopt;
    const size_t from = scan::SkipSpaces(text, a.norm_end);
    const std::string_view link =
        text.substr(from, std::max(from, scan::SkipSpacesBack(text, b.norm_begin)) - from);
    const auto named = [&](std::string_view l) {
      return absl::EqualsIgnoreCase(absl::string_view(l.data(), l.size()),
                                    absl::string_view(link.data(), link.size()));
    };
    // A bare "in" or "out of" only after one, or a count in words: "two in three Americans",
    // "two out of three voters", "nine in 10 voters" are shares; "scored 2 in 3 games" is none,
    // and "300 out of 1,200" a part and its whole. Digits "in" ten or a hundred are a poll's
    // share ("3 in 10 adults").
    const std::string_view first = text.substr(a.norm_begin, a.norm_end - a.norm_begin);
    const bool in_words = std::none_of(first.begin(), first.end(), scan::IsAsciiDigit);
    constexpr uint64_t kFewInTen = 10;
    const bool in_tens =
        named("in") && (*m == 10 || *m == 100 || (*m < kFewInTen && polled(b)));
    if (std::none_of(std::begin(kRatioLinks), std::end(kRatioLinks), named) ||
        ((named("in") || named("out of")) && *n != 1 && !in_words && !in_tens)) {
      return std::nullopt;
    }
    // "one child in five" counts; more than one with a noun, or a second of another noun, only
    // "in every" so many ("ثلاث مدارس من كل عشر", the noun the first's whatever word follows
    // the second): "3 schools in 10 provinces", "one goal in 3 games" are no shares.
    const bool every = !(named("in") || named("out of"));
    const bool other_noun = !b.noun.empty() && b.noun_key != a.noun_key;
    if (!a.noun.empty() && (*n != 1 || other_noun) && !every) return std::nullopt;
    bool exact = false;
    const std::optional<Decimal> share = Decimal::Quotient(*n, *m, &exact);
    if (!share) return std::nullopt;
    size_t end = b.norm_end;
    // The word after the second is then no noun of the share's: the span ends before it.
    const std::string_view b_text = text.substr(b.norm_begin, b.norm_end - b.norm_begin);
    if (!a.noun.empty() && other_noun && b_text.ends_with(b.noun)) {
      end = scan::SkipSpacesBack(text, b.norm_end - b.noun.size());
    }
    Claim joined = std::move(b);
    if (joined.noun.empty() || !a.noun.empty()) {
      joined.noun = std::move(a.noun);
      joined.noun_key = std::move(a.noun_key);
    }
    joined.number = *share;
    joined.value = share->ToString();
    joined.lower = joined.upper = Bound{joined.value, true};
    joined.qualifier = a.qualifier;
    joined.script = a.script;
    joined.ratio = true;
    joined.scale = Decimal();
    joined.fraction_digits = 20;  // exact: no rounding of one ratio makes another
    SetSpan(normalized, a.norm_begin, end, &joined);
    return joined;
  });
}

// "طفل من كل خمسة أطفال", a child in every five children: an Arabic singular indefinite noun
// alone says "one", so a count after "من كل" is the share it names when it counts that same
// noun (a noun that is not the counted one, "حصة من كل 10 دولارات", leaves the count alone).
// A word of about so much after it ("طفل من كل ثلاثة أطفال تقريبا") is the share's.
void ReadNounForOneRatios(const Engine& engine, const text::NormalizedText& normalized,
                          std::vector<Claim>* claims) {
  const std::string_view text = normalized.text();
  size_t previous_end = 0;
  for (Claim& c : *claims) {
    const size_t last_end = std::exchange(previous_end, c.norm_end);
    if (c.kind != Kind::kNumber || c.noun_key.empty() || c.ratio ||
        !(c.qualifier.empty() || c.qualifier == "about")) {
      continue;
    }
    const std::optional<uint64_t> every = c.number.ToWhole();
    if (!every || *every < 2 || *every > 1000000) continue;
    const size_t link_end = scan::SkipSpacesBack(text, c.norm_begin);
    size_t link_begin = std::string_view::npos;
    for (size_t i = kEnglishRatioLinks; i < std::size(kRatioLinks); ++i) {
      const std::string_view link = kRatioLinks[i];
      if (text.substr(0, link_end).ends_with(link)) link_begin = link_end - link.size();
    }
    if (link_begin == std::string_view::npos) continue;
    const size_t noun_end = scan::SkipSpacesBack(text, link_begin);
    const std::string_view noun = scan::WordBefore(text, noun_end);
    const size_t noun_begin = noun_end - noun.size();
    if (noun.empty() || noun_end == link_begin || noun_begin < last_end ||
        NounKeys::WithoutArticle(noun).size() != noun.size() ||  // "والطفل" is no "one"
        engine.noun_keys().IsArabicPlural(noun) || engine.noun_keys().Key(noun) != c.noun_key) {
      continue;
    }
    bool exact = false;
    const std::optional<Decimal> share = Decimal::Quotient(1, *every, &exact);
    if (!share) continue;
    c.number = *share;
    c.value = share->ToString();
    c.lower = c.upper = Bound{c.value, true};
    c.ratio = true;
    c.scale = Decimal();
    c.fraction_digits = 20;
    SetSpan(normalized, noun_begin, c.norm_end, &c);
  }
}

// Sets `c` to `whole` of the unit `large` and `count` of `small`, `parts` of which make one of
// `large` (`in_small`: the whole in `small`): in the larger unit where the part is an exact
// decimal of it ("3 سنوات و6 أشهر" is 3.5 years), else in the smaller ("ساعة و20 دقيقة" is 80
// minutes).
void SetCompoundAmount(std::optional<uint64_t> whole, uint64_t in_small, uint64_t count,
                       uint64_t parts, const std::string& large, const std::string& small,
                       Claim* c) {
  bool exact = false;
  const auto fraction = Decimal::Quotient(count, parts, &exact);
  if (whole && exact && fraction) {
    c->number = Decimal::FromInt(*whole).Plus(*fraction);
    c->unit = large;
  } else {
    c->number = Decimal::FromInt(in_small + count);
    c->unit = small;
  }
  c->value = c->number.ToString();
}

// "سنة وثمانية أشهر", "ساعة و20 دقيقة", "aged a year and eight months": a unit of time alone
// (after "a" in English), one of it, then "و" or "and" and an amount in a smaller unit, are one
// amount (20 months, 80 minutes); the lone unit is no claim of its own. "و" stands as a word of
// its own or glued to the amount, never as a word's end ("نحو").
void JoinALoneUnitBefore(const Engine& engine, const text::NormalizedText& normalized,
                         std::vector<Claim>* claims) {
  constexpr std::string_view kWa = "\xD9\x88", kAnd = " and";  // و
  const std::string_view text = normalized.text();
  size_t previous_end = 0;
  for (Claim& b : *claims) {
    const size_t last_end = std::exchange(previous_end, b.norm_end);
    const std::optional<uint64_t> count = b.number.ToWhole();
    if (b.kind != Kind::kDuration || b.value.empty() || b.too_large || !b.qualifier.empty() ||
        !count || *count == 0) {
      continue;
    }
    const size_t link_end = scan::SkipSpacesBack(text, b.norm_begin);
    const std::string_view before = text.substr(0, link_end);
    size_t link = 0;
    if (before.ends_with(kAnd)) {
      link = kAnd.size();
    } else if (before.ends_with(kWa) && link_end > kWa.size() &&
               text[link_end - kWa.size() - 1] == ' ') {
      link = kWa.size();
    } else {
      continue;
    }
    const size_t word_end = scan::SkipSpacesBack(text, link_end - link);
    const std::string_view word = scan::WordBefore(text, word_end);
    size_t word_begin = word_end - word.size();
    const auto unit = engine.time_units().MatchAt(text, word_begin);
    if (word.empty() || !unit.entry || unit.end != word_end || unit.entry->tags.size() != 2 ||
        unit.entry->tags[1] != "1") {  // one of it, no short form, no homograph
      continue;
    }
    // ("a year and eight months": English says the one.)
    if (static_cast<unsigned char>(word[0]) < 0x80) {
      const size_t article_end = scan::SkipSpacesBack(text, word_begin);
      const std::string_view article = scan::WordBefore(text, article_end);
      if (article != "a" && article != "an" && article != "A" && article != "An") continue;
      word_begin = article_end - article.size();
    }
    const std::string& large = unit.entry->tags[0];
    const uint64_t parts = PartsIn(large, b.unit);
    if (word_begin < last_end || parts == 0 || *count >= parts) continue;
    SetCompoundAmount(1, parts, *count, parts, large, std::string(b.unit), &b);
    b.lower = b.upper = Bound{b.value, true};
    SetSpan(normalized, word_begin, b.norm_end, &b);
  }
}

// Joins an amount in a unit and the smaller amount after it in the next unit into one: "3
// سنوات و6 أشهر" is 3.5 years, "ساعة و20 دقيقة" 80 minutes, "6 feet 2 inches" 74 inches. The
// value stays in the larger unit where the part is an exact decimal of it, else in the smaller.
void JoinCompoundUnits(const text::NormalizedText& normalized, Joining* claims) {
  const std::string_view text = normalized.text();
  JoinNeighbours(claims, [&](Claim& a, Claim& b) -> std::optional<Claim> {
    NameTheInches(normalized, a, &b);
    if (a.kind != b.kind || (a.kind != Kind::kDuration && a.kind != Kind::kQuantity) ||
        a.value.empty() || b.value.empty() || a.too_large || b.too_large ||
        b.norm_begin < a.norm_end || a.qualifier == "range" || b.qualifier == "range" ||
        (!a.qualifier.empty() && !b.qualifier.empty() && a.qualifier != b.qualifier)) {
      return std::nullopt;
    }
    // "ساعتين و3 دقائق و23 ثانية": the first two, joined (2.05 hours), are whole in the third's
    // unit (7380 seconds).
    const uint64_t parts = PartsIn(a.unit, b.unit);
    const std::optional<uint64_t> in_small = a.number.Times(Decimal::FromInt(parts)).ToWhole();
    const std::optional<uint64_t> whole = a.number.ToWhole(), count = b.number.ToWhole();
    if (parts == 0 || !in_small || !count || *count == 0 || *count >= parts) return std::nullopt;
    const size_t at = scan::SkipSpaces(text, a.norm_end);
    std::string_view between = text.substr(at, b.norm_begin - std::min(at, b.norm_begin));
    while (between.ends_with(' ')) between.remove_suffix(1);
    const bool comma = between == "," || between == ", and" || between == "\xD8\x8C";  // ، too
    if (!(between.empty() || between == "\xD9\x88" || between == "and" || comma)) {
      return std::nullopt;
    }
    // "وهو الأول منذ أسبوع، ثلاث ساعات": a comma after a time placed ("ago", "about") ends
    // its phrase; the next amount is another's.
    if (comma && !a.qualifier.empty()) return std::nullopt;
    const std::string first = a.value;
    SetCompoundAmount(whole, *in_small, *count, parts, std::string(a.unit), b.unit, &a);
    for (std::optional<Bound>* bound : {&a.lower, &a.upper}) {  // "more than 3 years and 6 months"
      if (*bound && (*bound)->value == first) (*bound)->value = a.value;
    }
    if (a.qualifier.empty()) a.qualifier = b.qualifier;
    a.approx = a.approx || b.approx;
    SetSpan(normalized, a.norm_begin, b.norm_end, &a);
    return std::move(a);
  }, /*chain=*/true);
}

// Joins a round amount and a smaller scaled amount after it, joined by و, into one: "مليار
// و200 مليون دولار" is 1200000000 USD, "20 مليون يورو و500 ألف" 20500000 EUR. Not where
// either counts a noun of its own ("مليون زائر و200 ألف سائح") or the currencies differ.
void JoinScaleSums(const text::NormalizedText& normalized, Joining* claims) {
  const std::string_view text = normalized.text();
  JoinNeighbours(claims, [&](Claim& a, Claim& b) -> std::optional<Claim> {
    // The second amount names its scale ("مليار و200 مليون"), or the first is a scale word
    // and the second what is left under it ("5 آلاف و300", "ألف و500 دينار"); two numbers in
    // digits alone are a list ("5000 و300").
    const bool first_scaled = !a.scale.is_zero() || InWords(normalized, a);
    // A quantity names its unit once, after the second: "مليون و500 ألف طن".
    const bool second_quantity = b.kind == Kind::kQuantity && a.kind == Kind::kNumber &&
                                 !b.scale.is_zero() && b.qualifier.empty() && !b.approx;
    // A qualifier before the first is the whole sum's: "نحو 3 آلاف و500 شخص".
    if (!HasAmount(a) || !(IsAmount(b) || second_quantity) ||
        (b.scale.is_zero() && !first_scaled) || !a.noun.empty() || b.norm_begin < a.norm_end) {
      return std::nullopt;
    }
    // Only و between them, glued to the second number or apart.
    const size_t at = scan::SkipSpaces(text, a.norm_end);
    if (text.substr(at, 2) != "\xD9\x88" || scan::SkipSpaces(text, at + 2) != b.norm_begin) {
      return std::nullopt;
    }
    if (!a.unit.empty() && !b.unit.empty() && a.unit != b.unit) return std::nullopt;
    // "250 ألف دولار و3 دراهم": a currency's word of another family is another amount.
    if (a.kind == Kind::kMoney && b.kind == Kind::kMoney) {
      const std::string& x = a.noun_key.empty() ? a.unit : a.noun_key;
      const std::string& y = b.noun_key.empty() ? b.unit : b.noun_key;
      if (!x.empty() && !y.empty() && x != y && a.unit != b.unit) return std::nullopt;
    }
    // The second amount fits under the first one's round scale: 200 million under a billion;
    // or the first is thousands of the second's larger scale.
    const uint64_t room = RoundScale(a.number);
    const std::optional<uint64_t> second = b.number.ToWhole();
    const bool thousands = ThousandsOfTheScale(a, b);
    if (!thousands && (room == 1 || !second || *second >= room)) return std::nullopt;
    Claim sum = std::move(b);
    sum.number = thousands ? a.number.Times(sum.scale).Plus(sum.number) : a.number.Plus(sum.number);
    sum.value = sum.number.ToString();
    if (sum.kind != Kind::kMoney && a.kind == Kind::kMoney) {
      sum.kind = Kind::kMoney;
      sum.unit = a.unit;
    }
    // "مليون دينار كويتي و500 ألف دينار": the country named once, with the first.
    if (sum.unit.empty()) sum.unit = a.unit;
    sum.qualifier = a.qualifier;
    sum.approx = a.approx;
    const auto bound_of_sum = [&](const std::optional<Bound>& bound) -> std::optional<Bound> {
      if (!bound) return std::nullopt;
      return Bound{sum.value, bound->inclusive};
    };
    sum.lower = bound_of_sum(a.lower);
    sum.upper = bound_of_sum(a.upper);
    sum.sentence = a.sentence;
    SetSpan(normalized, a.norm_begin, sum.norm_end, &sum);
    return sum;
  });
}

// A fils is a thousandth of a dinar but a hundredth of a dirham: "5 فلوس" in a text of UAE
// petrol prices is 0.05 of a dirham. A subunit of a thousandth with no currency of its own
// takes the currency of the amount nearest it (in its sentence first), and its share of it
// (fils_shares.tsv). Before the subunits join their amounts ("درهمان و50 فلسا" is 2.50).
void ScaleFilsToTheirCurrency(const Engine& engine, std::vector<Claim>* claims) {
  static const numerals::Decimal kThousandth = *numerals::Decimal::FromDigits("0", "001");
  std::vector<Claim>& v = *claims;
  const auto currency = [&](size_t j) {
    const Claim& c = v[j];
    return c.kind == Kind::kMoney && !c.subunit && !(c.noun_key.empty() && c.unit.empty());
  };
  // The nearest amount of a currency, outward from claim i, its sentence's first, a few
  // dozen claims at most (a long document's other end says nothing of it).
  constexpr size_t kNear = 64;  // claims
  const auto parent = [&](size_t i) -> const Claim* {
    const Claim* other_sentence = nullptr;
    for (size_t d = 1; d < std::min(v.size(), kNear); ++d) {
      for (const size_t j : {i - d, i + d}) {  // i - d wraps past 0 to a huge index
        if (j >= v.size() || !currency(j)) continue;
        if (v[j].sentence == v[i].sentence) return &v[j];
        if (other_sentence == nullptr) other_sentence = &v[j];
      }
      if (other_sentence != nullptr && (d > i || v[i - d].sentence != v[i].sentence) &&
          (i + d >= v.size() || v[i + d].sentence != v[i].sentence)) {
        return other_sentence;  // its sentence has none left on either side
      }
    }
    return other_sentence;
  };
  for (size_t i = 0; i < v.size(); ++i) {
    Claim& c = v[i];
    if (c.kind != Kind::kMoney || !c.subunit || !c.unit.empty() || c.scale != kThousandth) {
      continue;
    }
    const Claim* of = parent(i);
    const numerals::Decimal* share = of ? engine.FilsShare(of->unit, of->noun_key) : nullptr;
    if (share == nullptr) continue;
    const std::string before = c.value;
    c.number = c.number.TimesPowerOfTen(3).Times(*share);  // so many fils, of that share
    c.value = c.number.ToString();
    c.scale = *share;
    for (std::optional<Bound>* bound : {&c.lower, &c.upper}) {
      if (*bound && (*bound)->value == before) (*bound)->value = c.value;
    }
  }
}

// Joins an amount and the subunit amount after it into one: "20 دولار و43 سنتا" is 20.43 USD,
// "3 dollars 50 cents" 3.5.
void JoinSubunits(const text::NormalizedText& normalized, Joining* claims) {
  const std::string_view text = normalized.text();
  JoinNeighbours(claims, [&](Claim& a, Claim& b) -> std::optional<Claim> {
    if (b.kind != Kind::kMoney || !b.subunit || a.kind != Kind::kMoney) return std::nullopt;
    size_t at = scan::SkipSpaces(text, a.norm_end);
    const std::string_view between = text.substr(at, b.norm_begin - std::min(at, b.norm_begin));
    const bool joined = between.empty() || between == "\xD9\x88" || between == "and" ||
                        between == "," || between == "\xD9\x88 " || between == "and ";
    const bool same = b.unit.empty() || a.unit.empty() || a.unit == b.unit;
    // A qualifier before the amount qualifies the whole: "أكثر من ثلاثة دولار و42 سنتا".
    if (!(a.kind == Kind::kMoney && !a.subunit && b.kind == Kind::kMoney && b.subunit && same &&
          a.qualifier != "range" && b.qualifier.empty() && !a.too_large && !b.too_large &&
          joined && b.norm_begin >= a.norm_end)) {
      return std::nullopt;
    }
    const std::string whole = a.value;
    a.number = a.number.Plus(b.number);
    a.value = a.number.ToString();
    for (std::optional<Bound>* bound : {&a.lower, &a.upper}) {
      if (*bound && (*bound)->value == whole) (*bound)->value = a.value;
    }
    if (a.unit.empty()) a.unit = b.unit;
    SetSpan(normalized, a.norm_begin, b.norm_end, &a);
    return std::move(a);
  });
}


bool LowerOnly(const Claim& c) { return c.lower && !c.upper && !c.approx; }
bool UpperOnly(const Claim& c) { return c.upper && !c.lower && !c.approx; }

// "و", "and", "but", "،", "," (with spaces) and nothing else between two claims.
bool JoinedByAnd(std::string_view text, const Claim& a, const Claim& b) {
  if (b.norm_begin < a.norm_end) return false;
  std::string_view between = text.substr(a.norm_end, b.norm_begin - a.norm_end);
  while (!between.empty() && (between.front() == ' ' || between.front() == ',')) between.remove_prefix(1);
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  return between.empty() || between == "\xD9\x88" || between == "and" || between == "but" ||
         between == "\xD8\x8C";
}


// "إلى ما دون الصفر بثلاث درجات", "تحت الصفر بـ5 درجات": below zero by so many degrees is the
// temperature below it, as "5 درجات تحت الصفر" is (sign_words.tsv).
void JoinBelowZeroBy(const text::NormalizedText& normalized, Joining* claims) {
  constexpr std::string_view kBy = "\xD8\xA8";  // "ب", glued to the number
  const std::string_view text = normalized.text();
  JoinNeighbours(claims, [&](Claim& a, Claim& b) -> std::optional<Claim> {
    if (a.kind != Kind::kNumber || !a.number.is_zero() || a.qualifier != "less-than" ||
        b.norm_begin < a.norm_end || b.value.empty() || b.number.negative() ||
        b.number.is_zero() || !b.qualifier.empty()) {
      return std::nullopt;
    }
    const bool degrees = b.kind == Kind::kQuantity && b.unit.starts_with("\xC2\xB0");  // °
    // A bare number only as small as a frost ("تراجع الرصيد إلى ما دون الصفر بـ5 ملايين" is no
    // temperature).
    const std::optional<uint64_t> whole = b.number.ToWhole();
    const bool bare = b.kind == Kind::kNumber && b.noun.empty() && b.scale.is_zero() && whole &&
                      *whole < 100;
    const size_t from = scan::SkipSpaces(text, a.norm_end);
    const size_t to = std::max(from, scan::SkipSpacesBack(text, b.norm_begin));
    if (!(degrees || bare) || text.substr(from, to - from) != kBy) return std::nullopt;
    Claim joined = std::move(b);
    if (bare) {
      joined.kind = Kind::kQuantity;
      joined.unit = "\xC2\xB0";
    }
    Negate(&joined);
    SetSpan(normalized, a.norm_begin, joined.norm_end, &joined);
    return joined;
  });
}

// Joins a lower and an upper bound stated of one quantity into one interval: "أكثر من 100
// وأقل من 300" is (100, 300), "at most 100 and at least 20" is [20, 100].
void JoinBounds(const text::NormalizedText& normalized, Joining* claims) {
  const std::string_view text = normalized.text();
  JoinNeighbours(claims, [&](Claim& a, Claim& b) -> std::optional<Claim> {
    const bool pair = (LowerOnly(a) && UpperOnly(b)) || (UpperOnly(a) && LowerOnly(b));
    const bool same = a.kind == b.kind && (a.unit == b.unit || b.unit.empty() || a.unit.empty());
    if (!pair || !same || !JoinedByAnd(text, a, b)) return std::nullopt;
    const bool a_is_lower = LowerOnly(a);
    // "more than 40 and less than 10" are two intervals, not an empty one.
    if (!(a_is_lower ? Less(a, b) : Less(b, a))) return std::nullopt;
    Claim& other = a_is_lower ? b : a;
    Claim joined = std::move(a_is_lower ? a : b);
    joined.upper = a_is_lower ? b.upper : a.upper;
    if (joined.unit.empty()) joined.unit = other.unit;
    if (joined.noun.empty()) {  // "أكثر من 100 وأقل من 300 شخص": the noun comes last
      joined.noun = other.noun;
      joined.noun_key = other.noun_key;
    }
    joined.value.clear();
    joined.qualifier = "range";
    joined.sentence = a.sentence;
    SetSpan(normalized, a.norm_begin, b.norm_end, &joined);
    return joined;
  });
}


// "القرن التاسع عشر والعشرين", "القرنين السابع عشر والثامن عشر": an ordinal joined by "and"
// to a century names the next century too, the century word written once for both.
void SpreadCenturyOverOrdinals(const text::NormalizedText& normalized, Joining* claims) {
  JoinNeighbours(claims, [&](const Claim& a, Claim& b) -> std::optional<Claim> {
    if (b.kind != Kind::kOrdinal || a.kind != Kind::kYear || a.qualifier != "century") {
      return std::nullopt;
    }
    const std::optional<uint64_t> n = b.number.ToWhole();
    if (n && *n >= 1 && *n <= 30 && JoinedByAnd(normalized.text(), a, b)) {
      const long last = static_cast<long>(*n) * 100;
      SetPeriod(last - 99, last, "century", &b);
    }
    return std::nullopt;
  });
}

// "2014-09": a month of a known year, with no day.
bool MonthOfYear(const Claim& c) {
  return c.kind == Kind::kDate && c.calendar == "gregorian" && c.value.size() == 7 &&
         c.value[0] != '-';
}

int Rank(const Claim& c) {
  if (c.kind != Kind::kOrdinal || c.value.size() != 1) return 0;
  const int n = c.value[0] - '0';
  return n >= 1 && n <= 5 ? n : 0;
}

// Only spaces and the words that put a weekday in a month between `from` and `to`: "of",
// "in", "من", "في", "شهر" ("الثالث من شهر أيلول").
bool InTheMonth(std::string_view text, size_t from, size_t to) {
  if (to < from) return false;
  size_t at = scan::SkipSpaces(text, from);
  while (at < to) {
    size_t end = at;
    while (end < to && !scan::SpaceLength(text, end)) ++end;
    const std::string_view word = text.substr(at, end - at);
    // ("بأيلول": "ب", in, glued to the month.)
    if (word != "of" && word != "in" && word != "\xD9\x85\xD9\x86" && word != "\xD9\x81\xD9\x8A" &&
        word != "\xD8\xB4\xD9\x87\xD8\xB1" && !(word == "\xD8\xA8" && end == to)) {
      return false;
    }
    at = scan::SkipSpaces(text, end);
  }
  return true;
}

// The date of the `rank`th `weekday` of `month` (a month of a year), spanning from the rank to
// the month; nothing when the month has fewer of the weekday.
std::optional<Claim> NthWeekdayDate(const text::NormalizedText& normalized, const Claim& rank,
                                    int weekday, const Claim& month) {
  const int year = std::stoi(month.value.substr(0, 4));
  const int month_number = std::stoi(month.value.substr(5, 2));
  const int day = NthWeekday(year, month_number, weekday, Rank(rank));
  if (day == 0) return std::nullopt;
  Claim date = month;
  date.value = absl::StrFormat("%04d-%02d-%02d", year, month_number, day);
  date.weekday = static_cast<uint32_t>(weekday);
  date.sentence = rank.sentence;
  SetSpan(normalized, rank.norm_begin, date.norm_end, &date);
  return date;
}

// Joins a rank, a weekday and a month of a year into the date they name: "the third Tuesday
// of September 2014" and "ثالث ثلاثاء من سبتمبر 2014" are 2014-09-16. Only the first to fifth,
// and only where the month has that many of the weekday.
void JoinNthWeekdays(const Engine& engine, const text::NormalizedText& normalized,
                     Joining* joining) {
  const std::string_view text = normalized.text();
  std::vector<Claim>& v = joining->claims();
  for (size_t i = joining->First(); i < v.size();) {
    const size_t j = joining->Next(i);
    const size_t k = j < v.size() ? joining->Next(j) : v.size();
    // The rank comes first: "the third Tuesday of September 2014". ("الثلاثاء الثالث من
    // سبتمبر" is read by the dates, as the day or, where it does not fall on the weekday, the
    // rank.)
    if (k < v.size() && Rank(v[i]) && WeekdayOnly(v[j]) && MonthOfYear(v[k]) &&
        Adjacent(text, v[i], v[j]) && InTheMonth(text, v[j].norm_end, v[k].norm_begin)) {
      if (auto date = NthWeekdayDate(normalized, v[i], static_cast<int>(v[j].weekday), v[k])) {
        v[k] = std::move(*date);
        joining->Drop(i);
        joining->Drop(j);
        i = joining->Next(k);
        continue;
      }
    }
    size_t weekday_end = 0;
    if (j < v.size() && Rank(v[i]) && MonthOfYear(v[j])) {
      const int weekday = BareWeekdayAfter(engine.weekdays(), text, v[i].norm_end, &weekday_end);
      if (weekday != 0 && InTheMonth(text, weekday_end, v[j].norm_begin)) {
        if (auto date = NthWeekdayDate(normalized, v[i], weekday, v[j])) {
          v[j] = std::move(*date);
          joining->Drop(i);
          i = joining->Next(j);
          continue;
        }
      }
    }
    i = j;
  }
}

// Gives a month named without a year the year of the month that ends its range: "من يناير إلى
// مارس 2023", "from November to March 2023" (November of 2022). Both stay claims of their own.
void FillYearsOfMonthRanges(const Engine& engine, const text::NormalizedText& normalized,
                            std::vector<Claim>* claims) {
  const std::string_view text = normalized.text();
  std::vector<Claim>& v = *claims;
  for (size_t i = 0; i + 1 < v.size(); ++i) {
    Claim& a = v[i];
    const Claim& b = v[i + 1];
    // "--01" then "2023-03": a month alone, then a month of a year; or "--04-23" then
    // "2017-05-07": a day and month, then a date with its year ("23 أفريل و7 ماي 2017").
    const bool with_day = a.value.size() == 7;
    if (a.kind != Kind::kDate || b.kind != Kind::kDate || (a.value.size() != 4 && !with_day) ||
        a.value.rfind("--", 0) != 0 || b.value.size() < 7 || b.value[0] == '-' ||
        a.calendar != b.calendar || b.norm_begin < a.norm_end) {
      continue;
    }
    // The join between them: "إلى", "to", or "و", "and" after "بين", "between"; or a slash
    // ("6 جوان/6 جويلية 2016").
    const size_t at = scan::SkipSpaces(text, a.norm_end);
    const auto join = engine.range_cues().MatchAt(text, at, "join");
    const bool glued_and = text.substr(at, 2) == "\xD9\x88" && at + 2 == b.norm_begin;
    const bool slash = at < text.size() && text[at] == '/' &&
                       scan::SkipSpaces(text, at + 1) == b.norm_begin;
    const bool joined =
        glued_and || slash || (join.entry && scan::SkipSpaces(text, join.end) == b.norm_begin);
    if (!joined) continue;
    const std::string opener = glued_and ? "\xD8\xA8\xD9\x8A\xD9\x86"  // بين
                               : slash || join.entry->tags.size() < 2 ? "" : join.entry->tags[1];
    // Dates with their day may be a list ("و", "and"); months alone only a range's ends.
    if (!opener.empty() && !with_day) {
      const size_t before = scan::SkipSpacesBack(text, a.norm_begin);
      const auto open = engine.range_cues().MatchBefore(text, before, "open");
      if (!open.entry || open.entry->phrase != opener) continue;
    }
    const int month = std::stoi(a.value.substr(2, 2));
    int year = std::stoi(b.value.substr(0, 4));
    if (month > std::stoi(b.value.substr(5, 2))) --year;  // "from November to March 2023"
    a.value = with_day ? absl::StrFormat("%04d-%02d-%s", year, month, a.value.substr(5, 2))
                       : absl::StrFormat("%04d-%02d", year, month);
  }
}

// "March 5-6, 2024", "June 5 and 6, 2023": the year after the second day of a month's days is
// theirs too (the days had been read without it, and the year alone). Days whose month is
// spread carry "--MM-DD".
void TakeYearAfterDays(const text::NormalizedText& normalized, std::vector<Claim>* claims) {
  const std::string_view text = normalized.text();
  std::vector<Claim>& v = *claims;
  const auto day_of_month = [](const Claim& c) {
    return c.kind == Kind::kDate && c.value.size() == 7 && c.value.rfind("--", 0) == 0;
  };
  for (size_t i = 1; i + 1 < v.size(); ++i) {
    Claim& days_end = v[i];
    const Claim& year = v[i + 1];
    if (!day_of_month(days_end) || year.kind != Kind::kYear || year.value.size() != 4 ||
        !year.qualifier.empty() || !day_of_month(v[i - 1]) ||
        v[i - 1].value.substr(2, 2) != days_end.value.substr(2, 2)) {
      continue;
    }
    const size_t comma = scan::SkipSpaces(text, days_end.norm_end);
    if (comma >= text.size() || text[comma] != ',' ||
        scan::SkipSpaces(text, comma + 1) != year.norm_begin) {
      continue;
    }
    for (Claim* day : {&v[i - 1], &days_end}) day->value = year.value + day->value.substr(1);
    SetSpan(normalized, days_end.norm_begin, year.norm_end, &days_end);
    v.erase(v.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

// "تراجع التضخم من 7 % في جوان الى 2.9 خلال هذا الشهر", "fell from $7 in 2010 to 5.5",
// "reduced from 15 years to eight": a bare number after a word of "to" (range_cues.tsv
// "join") is in the unit of the amount or period after "from" where the change set out; and
// "rose to 7.1 billion dinars from 6.5 billion", "7.1 مليار دينار مقابل 6.5 مليار": a bare
// number after where a change began (arith_cues.tsv "since") is in the unit of where it led.
// Only dates and years may stand between the two.
// "بـ4،8 بالمائة في 2014 و5،7 في 2013", "4.8% in 2014 and 5.7 in 2013": a bare number after
// "و" or "and", each of the two said of its own year, is a percentage as the first is; the
// press leaves the sign out of the second.
void CarryPercentAlongYears(const Engine& engine, const text::NormalizedText& normalized,
                            std::vector<Claim>* claims) {
  constexpr size_t kAWord = 16;  // bytes: "في", "خلال عام", "in"
  const std::string_view text = normalized.text();
  std::vector<Claim>& v = *claims;
  const auto year_right_after = [&](const Claim& c, const Claim& year) {
    return year.kind == Kind::kYear && year.sentence == c.sentence &&
           year.norm_begin >= c.norm_end && year.norm_begin - c.norm_end <= kAWord &&
           text.substr(c.norm_end, year.norm_begin - c.norm_end).find_first_of(",.;(") ==
               std::string_view::npos;
  };
  for (size_t i = 2; i + 1 < v.size(); ++i) {
    Claim& b = v[i];
    const Claim& a = v[i - 2];
    if (b.kind != Kind::kNumber || !b.unit.empty() || !b.noun.empty() || b.value.empty() ||
        !b.qualifier.empty() || !b.scale.is_zero() || a.kind != Kind::kPercent ||
        a.unit.empty() || !a.qualifier.empty() || b.sentence != a.sentence ||
        !year_right_after(a, v[i - 1]) || !year_right_after(b, v[i + 1])) {
      continue;
    }
    // Only "و" or "and" (range_cues.tsv "list") between the first year and the number.
    const auto and_ =
        engine.range_cues().MatchAt(text, scan::SkipSpaces(text, v[i - 1].norm_end), "list");
    if (!and_.entry || scan::SkipSpaces(text, and_.end) != b.norm_begin) continue;
    b.kind = a.kind;
    b.unit = a.unit;
  }
}

// "3.2 مليار دولار للتعليم و1.8 مليار للصحة", "$3.2 billion for schools and 1.8 billion for
// roads": a bare scaled number listed right after an amount of money, with at most a few words
// of what that amount is for between, is in its currency; the press names it once.
void CarryCurrencyAlongAList(const Engine& engine, const text::NormalizedText& normalized,
                             std::vector<Claim>* claims) {
  constexpr size_t kNear = 40;      // bytes: "for children's schools and"
  constexpr size_t kFewSpaces = 4;  // the words of what the amount is for, and "and"
  const std::string_view text = normalized.text();
  std::vector<Claim>& v = *claims;
  for (size_t i = 1; i < v.size(); ++i) {
    Claim& b = v[i];
    const Claim& a = v[i - 1];
    if (b.kind != Kind::kNumber || b.scale.is_zero() || !b.unit.empty() || !b.noun.empty() ||
        b.value.empty() || b.qualifier == "range" || a.kind != Kind::kMoney ||
        (a.unit.empty() && a.noun_key.empty()) ||
        a.sentence != b.sentence || b.norm_begin < a.norm_end ||
        b.norm_begin - a.norm_end > kNear) {
      continue;
    }
    const std::string_view between = text.substr(a.norm_end, b.norm_begin - a.norm_end);
    if (between.find_first_of(".;:()0123456789") != std::string_view::npos ||
        static_cast<size_t>(std::count(between.begin(), between.end(), ' ')) > kFewSpaces) {
      continue;
    }
    // The list's word right before the number: "و" (glued or not) or "and".
    const size_t end = scan::SkipSpacesBack(text, b.norm_begin);
    const auto and_ = engine.range_cues().MatchBefore(text, end, "list");
    if (!and_.entry) continue;
    b.kind = Kind::kMoney;
    b.unit = a.unit;
    b.unit_assumed = a.unit_assumed;
    b.noun_key = a.noun_key;  // a currency's family: "مليار درهم ... و1.8 مليار" is dirhams
  }
}

// Whether the word right before claim `c` is "من", apart ("من 4.05 مليار").
bool AfterTheWordMin(std::string_view text, const Claim& c) {
  constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من
  const size_t end = scan::SkipSpacesBack(text, c.norm_begin);
  if (end == c.norm_begin || end < kMin.size()) return false;
  const size_t begin = end - kMin.size();
  return text.substr(begin, kMin.size()) == kMin && (begin == 0 || text[begin - 1] == ' ');
}

void CarryUnitToWhereAChangeLed(const Engine& engine, const text::NormalizedText& normalized,
                                std::vector<Claim>* claims) {
  const std::string_view text = normalized.text();
  const scan::PhraseList& cues = engine.range_cues();
  const auto cued = [&](const scan::PhraseList& list, const Claim& c, std::string_view meaning) {
    return list.MatchBefore(text, scan::SkipSpacesBack(text, c.norm_begin), meaning).entry;
  };
  std::vector<Claim>& v = *claims;
  for (size_t i = 1; i < v.size(); ++i) {
    Claim& b = v[i];
    if (b.kind != Kind::kNumber || !b.unit.empty() || !b.noun.empty() || b.value.empty() ||
        !b.qualifier.empty()) {
      continue;
    }
    const scan::PhraseList::Entry* to = cued(cues, b, "join");
    // "بنسبة 0،3 بالمائة مقارنة ب2015": a bare number of a year's digits after "compared
    // with" is a year, though the extractor could not tell.
    const std::optional<uint64_t> whole = b.scale.is_zero() ? b.number.ToWhole() : std::nullopt;
    const bool year_like = whole && *whole <= 2100 && IsModernYear(static_cast<long>(*whole));
    const scan::PhraseList::Entry* since =
        year_like ? nullptr : cued(engine.arith_cues(), b, "since");
    if (to != nullptr && !scan::IsLetter(scan::NextCodePoint(to->phrase, 0))) to = nullptr;
    // "إلى 4.86 مليار دولار من 4.05 مليار": a bare "من" is "from" only after where it led.
    const bool min = since == nullptr && !year_like && AfterTheWordMin(text, b);
    if (to == nullptr && since == nullptr && !min) continue;
    size_t j = i - 1;
    while (j > 0 && (v[j].kind == Kind::kDate || v[j].kind == Kind::kYear)) --j;
    const Claim& a = v[j];
    const bool measured = a.kind == Kind::kPercent || a.kind == Kind::kMoney ||
                          a.kind == Kind::kDuration || a.kind == Kind::kQuantity;
    // An amount of a currency left unresolved ("dinars") has no unit, but is money.
    const bool named = !a.unit.empty() || a.kind == Kind::kMoney;
    // "last year" is a time, not a period measured.
    const bool time = a.kind == Kind::kDuration && !a.qualifier.empty();
    // "(52%) مقابل 1.05 مليون": a percentage of a million is a count's, no rate's.
    const bool counted = a.kind == Kind::kPercent && !b.scale.is_zero();
    if (!measured || !named || time || counted || a.sentence != b.sentence ||
        a.qualifier == "range") {
      continue;
    }
    // "rose 5%, from 100 to 120 stores", "بزيادة 19% عن 44 مليونا": a plain "from" is where
    // the change began only after where it led ("to $7.1 billion from 6.5"), and a change
    // is no level it began at.
    const bool plain = min || (since != nullptr && (since->phrase == "from" ||
                                                    since->phrase == "\xD8\xB9\xD9\x86"));  // عن
    const bool set_out = to != nullptr && cued(cues, a, "open");
    // "19% more than the 44 million" says a change by the comparison itself.
    const auto led = [&] { return cued(cues, a, "join") || cued(engine.arith_cues(), a, "to"); };
    const bool began = (since != nullptr || min) && (!plain || led()) &&
                       !(since != nullptr && since->HasTag("than")) &&
                       !cued(engine.arith_cues(), a, "change");
    if (!set_out && !began) continue;
    b.kind = a.kind;
    b.unit = a.unit;
    b.unit_assumed = a.unit_assumed;
    // ("إلى 20 ألف دينار من 18 ألفا": the currency's family too, which the places named in
    // the text resolve for both alike.)
    if (a.kind == Kind::kMoney) b.noun_key = a.noun_key;
  }
}

}  // namespace

// "30 لترا في الثانية": a word of "per" right after an amount (arith_cues.tsv "per") that
// holds a number word ("الثانية", the second) names the unit of time it is per, no rank.
void DropPerUnitWords(const Engine& engine, const text::NormalizedText& normalized,
                      Joining* joining) {
  const std::string_view text = normalized.text();
  std::vector<Claim>& v = joining->claims();
  for (size_t i = joining->First(), j = joining->Next(i); j < v.size();
       i = j, j = joining->Next(j)) {
    if (v[j].kind != Kind::kOrdinal || v[i].value.empty()) continue;
    const auto per =
        engine.arith_cues().MatchAt(text, scan::SkipSpaces(text, v[i].norm_end), "per");
    if (per.entry && per.end == v[j].norm_end && per.end > v[j].norm_begin) joining->Drop(j);
  }
}

void JoinClaims(const Engine& engine, const text::NormalizedText& normalized,
                std::vector<Claim>* claims) {
  ScaleFilsToTheirCurrency(engine, claims);
  JoinALoneUnitBefore(engine, normalized, claims);
  Joining joining(claims);
  JoinDualAndTwo(normalized, &joining);
  SpreadCenturyOverOrdinals(normalized, &joining);
  JoinSubunits(normalized, &joining);
  JoinBelowZeroBy(normalized, &joining);
  JoinCompoundUnits(normalized, &joining);
  JoinScaleSums(normalized, &joining);
  JoinRatios(engine, normalized, &joining);
  JoinRanges(engine, normalized, &joining);
  ShareUnitAcrossOr(engine, normalized, &joining);
  SpreadMonthOverDays(engine, normalized, &joining);
  JoinBounds(normalized, &joining);
  JoinNthWeekdays(engine, normalized, &joining);
  DropPerUnitWords(engine, normalized, &joining);
  joining.EraseDropped();
  ReadNounForOneRatios(engine, normalized, claims);
  FillYearsOfMonthRanges(engine, normalized, claims);
  TakeYearAfterDays(normalized, claims);
  TakeTheSameMonth(engine, normalized, claims);
  ReadHyphenedInches(normalized, claims);
  CarryUnitToWhereAChangeLed(engine, normalized, claims);
  CarryPercentAlongYears(engine, normalized, claims);
  CarryCurrencyAlongAList(engine, normalized, claims);
}

}  // namespace mizan::claims
