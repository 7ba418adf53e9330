// date.invalid: no such day (31 April, 29 February 2023, day 30 of a 29-day Hijri month in
//   every variant).
// date.weekday_mismatch: the weekday named with a Gregorian date, or with a Hijri date given
//   with its Gregorian equivalent, is not the day it fell on; named with a Hijri date alone, it
//   falls in no calendar variant within a day of it. Either part may be the wrong one, so the
//   finding names both and fixes neither.
// date.relative_weekday: a weekday named with "yesterday", "today" or "tomorrow" ("أمس
//   الخميس") is not that day counted from the publication date.
// date.hijri_mismatch: a Hijri date and the Gregorian date given as its equivalent
//   ("الموافق") are more than one day apart in every calendar variant ICU knows.
#include <cstdlib>
#include <optional>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "core/checks/document_checks.h"
#include "core/claims/dates.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks {
namespace {

using claims::Claim;
using claims::Kind;

constexpr HijriVariant kVariants[] = {HijriVariant::kUmmAlQura, HijriVariant::kCivil,
                                      HijriVariant::kAstronomical};

const char* WeekdayName(int iso) {
  static constexpr const char* kNames[] = {"",         "Monday", "Tuesday", "Wednesday",
                                           "Thursday", "Friday", "Saturday", "Sunday"};
  return iso >= 1 && iso <= 7 ? kNames[iso] : "";
}

bool IsFullDate(const Claim& c, std::string_view calendar) {
  return c.kind == Kind::kDate && c.calendar == calendar && ParseIsoDate(c.value).has_value();
}

// Whether the weekday that opens `c` follows a word for the night or the eve before it ("ليلة
// الجمعة 9 مايو", time_cues.tsv "eve"): Arabic counts a night with the day after it, so the
// date may be the day before the weekday's.
bool NamedOnItsEve(const DocumentView& doc, const Claim& c) {
  const std::string_view text = doc.normalized.text();
  return doc.engine.time_cues().MatchBefore(text, scan::SkipSpacesBack(text, c.norm_begin), "eve")
             .entry != nullptr;
}

// The weekday `named` with a date against the day the Gregorian date `day` fell on; `named_by`
// is the claim that names it, the date itself or a Hijri date given with it; `eve`: named on
// its eve (NamedOnItsEve), the day before the weekday's holds too.
void CheckWeekday(uint32_t named, const Claim& day, const Claim& named_by, bool eve,
                  Reporter* reporter) {
  const int actual = GregorianWeekday(*ParseIsoDate(day.value));
  if (actual == 0 || actual == static_cast<int>(named)) return;
  if (eve && actual % 7 + 1 == static_cast<int>(named)) return;
  // "Wednesday 3/4/2020": 4 March 2020 was a Wednesday, in American text's order.
  const std::string other = claims::OtherDayMonthReading(day);
  if (!other.empty() && GregorianWeekday(*ParseIsoDate(other)) == static_cast<int>(named)) return;
  std::vector<SpanRef> spans = {SpanOf(named_by)};
  if (&named_by != &day) spans.push_back(SpanOf(day));
  reporter->Report("date.weekday_mismatch",
                   absl::StrCat(day.value, " was a ", WeekdayName(actual), ", not a ",
                                WeekdayName(static_cast<int>(named)),
                                ": the weekday or the date is wrong"),
                   spans, std::string(WeekdayName(actual)),
                   std::string(WeekdayName(static_cast<int>(named))));
}

// The year of a day and month the publication date puts nearest it (the one before it after
// "الماضي", the one after it after "المقبل"), where it is near; none otherwise.
std::optional<int> YearOfADay(const DocumentView& doc, const Claim& c, int month, int day) {
  const std::string_view text = doc.normalized.text();
  const size_t next = scan::SkipSpaces(text, c.norm_end);
  const scan::PhraseList& cues = doc.engine.time_cues();
  const bool past = cues.MatchAt(text, next, "date-past").entry != nullptr;
  const bool coming = cues.MatchAt(text, next, "date-next").entry != nullptr;
  // News names a day without its year when it is weeks from the day it is published; a day
  // further off, or a publication date that is not the text's own (an archive checked with
  // today's date), leaves its year in doubt.
  constexpr long kWeeks = 45;   // days, either way
  constexpr long kSaid = 183;   // days, where "الماضي" or "المقبل" says which way
  const long published = JulianDay(*doc.published);
  long nearest = (past || coming ? kSaid : kWeeks) + 1;
  std::optional<int> found;
  for (int year = doc.published->year - 1; year <= doc.published->year + 1; ++year) {
    const long days = JulianDay({year, month, day}) - published;
    if ((past && days > 0) || (coming && days < 0) || std::labs(days) >= nearest) continue;
    nearest = std::labs(days);
    found = year;
  }
  return found;
}

// The month and day of a Gregorian date said with no year ("--05-21": "May 21"), or none.
struct MonthDay {
  int month = 0;
  int day = 0;
};
std::optional<MonthDay> DayOfNoYear(const Claim& c) {
  MonthDay d;
  if (c.value.size() != 7 || c.value.rfind("--", 0) != 0 || c.calendar != "gregorian" ||
      !absl::SimpleAtoi(c.value.substr(2, 2), &d.month) ||
      !absl::SimpleAtoi(c.value.substr(5, 2), &d.day) || d.month < 1 || d.month > 12) {
    return std::nullopt;
  }
  return d;
}

// "الأربعاء 10 أبريل الماضي", "Tuesday, May 21": a weekday named with a day and month and no
// year, against the year the publication date gives them.
void CheckWeekdayOfADay(const DocumentView& doc, const Claim& c, Reporter* reporter) {
  if (!doc.published || c.weekday == 0) return;
  const std::optional<MonthDay> d = DayOfNoYear(c);
  if (!d || (d->month == 2 && d->day == 29) ||
      !claims::IsValidGregorianDate(0, d->month, d->day)) {
    return;  // 29 February falls in one year of four; 31 April in none (date.invalid's)
  }
  const int month = d->month, day = d->day;
  const std::optional<int> year = YearOfADay(doc, c, month, day);
  if (!year) return;
  Claim dated = c;
  dated.value = absl::StrFormat("%04d-%02d-%02d", *year, month, day);
  CheckWeekday(c.weekday, dated, dated, NamedOnItsEve(doc, c), reporter);
}

// "أعلنت الوزارة أمس الخميس", "اليوم الأحد", "yesterday (Thursday)": a weekday named with
// the day it is, counted from the publication date (time_cues.tsv "day-of"), falls on it.
// Counted from the document's own dateline the finding is date.dateline_weekday: the text
// against itself, which no archive's date of publication may explain.
void CheckWeekdayOfARelativeDay(const DocumentView& doc, const Claim& c, Reporter* reporter) {
  if (!doc.published || c.kind != Kind::kDate || c.weekday == 0 || !c.value.empty()) return;
  const std::string_view text = doc.normalized.text();
  size_t end = scan::SkipSpacesBack(text, c.norm_begin);
  if (end > 0 && (text[end - 1] == '(' || text[end - 1] == ',')) {
    end = scan::SkipSpacesBack(text, end - 1);
  }
  const auto cue = doc.engine.time_cues().MatchBefore(text, end, "day-of");
  int offset = 0;
  if (cue.entry == nullptr || !absl::SimpleAtoi(cue.entry->tags.at(1), &offset)) return;
  const long day = JulianDay(*doc.published) + offset;
  const int actual = WeekdayOfJulianDay(day);
  if (actual == static_cast<int>(c.weekday)) return;
  const char* when = offset < 0 ? "the day before" : offset > 0 ? "the day after" : "the day of";
  reporter->Report(doc.dateline ? "date.dateline_weekday" : "date.relative_weekday",
                   absl::StrFormat("%s %s (%04d-%02d-%02d) was a %s, not a %s", when,
                                   doc.dateline ? "the dateline" : "publication",
                                   doc.published->year, doc.published->month,
                                   doc.published->day, WeekdayName(actual),
                                   WeekdayName(static_cast<int>(c.weekday))),
                   {SpanOf(c)}, std::string(WeekdayName(actual)),
                   std::string(WeekdayName(static_cast<int>(c.weekday))));
}

// The most days each month of the Gregorian calendar has.
constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

void CheckGregorian(const DocumentView& doc, const Claim& c, Reporter* reporter) {
  const YearMonthDay d = *ParseIsoDate(c.value);
  const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
  const int days = d.month == 2 && !leap ? 28 : kDays[d.month - 1];
  if (d.day > days) {
    reporter->Report("date.invalid",
                     absl::StrFormat("%s has no day %d: that month has %d days", c.value.substr(0, 7),
                                     d.day, days),
                     {SpanOf(c)}, "", c.value);
    return;
  }
  if (c.weekday != 0) CheckWeekday(c.weekday, c, c, NamedOnItsEve(doc, c), reporter);
}

// "June 31", "30 فبراير": a day with no year that its month has in no year (29 February is
// in one year of four).
void CheckDayOfNoYear(const Claim& c, Reporter* reporter) {
  const std::optional<MonthDay> d = DayOfNoYear(c);
  if (!d || d->day <= kDays[d->month - 1]) return;
  reporter->Report("date.invalid",
                   absl::StrFormat("%s has no day %d in any year: that month has at most %d days",
                                   c.value.substr(0, 4), d->day, kDays[d->month - 1]),
                   {SpanOf(c)}, "", c.value);
}

void CheckHijriDay(const Claim& c, Reporter* reporter) {
  const YearMonthDay d = *ParseIsoDate(c.value);
  bool fits = d.day <= 29;
  for (HijriVariant v : kVariants) {
    if (auto length = HijriMonthLength(d.year, d.month, v); length && d.day <= *length) fits = true;
  }
  if (!fits) {
    reporter->Report("date.invalid",
                     absl::StrFormat("Hijri month %d of %d has no day %d in any calendar variant",
                                     d.month, d.year, d.day),
                     {SpanOf(c)}, "", c.value);
  }
}

// "15 رمضان 1443 هـ الموافق 16 أبريل 2022", "1 رمضان 1445 هـ يوم 11 مارس 2024": the words
// between say they are the same day.
bool SaidToBeEqual(const DocumentView& doc, const Claim& a, const Claim& b) {
  constexpr size_t kNear = 40;  // bytes
  constexpr size_t kFar = 96;   // bytes: "هو أول أيام عيد الفطر، الموافق"
  const std::string_view between = doc.Between(a, b);
  if (between.size() > kNear) {
    // A few words on the day may come between where "الموافق" stands right before the second.
    const std::string_view text = doc.normalized.text();
    return between.size() <= kFar && a.sentence == b.sentence &&
           doc.engine.time_cues()
               .MatchBefore(text, scan::SkipSpacesBack(text, b.norm_begin), "same-day")
               .entry;
  }
  if (doc.engine.time_cues().StartsAWordIn(doc.normalized.text(), a.norm_end, b.norm_begin,
                                           "same-day")) {
    return true;
  }
  std::string_view words = between;
  while (!words.empty() && words.front() == ' ') words.remove_prefix(1);
  while (!words.empty() && words.back() == ' ') words.remove_suffix(1);
  if (words == "\xD9\x8A\xD9\x88\xD9\x85") return true;  // يوم
  if (words.starts_with("\xD8\x8C")) words.remove_prefix(2);  // "،"
  if (words.starts_with(",")) words.remove_prefix(1);
  while (!words.empty() && words.front() == ' ') words.remove_prefix(1);
  if (CoveredBy(words, doc.engine.time_cues(), "same-day-alone")) return true;
  for (size_t at = 0; at < between.size(); ++at) {
    if (between.substr(at, 2) == "\xD8\x8C") {  // "،": "30 مارس 2025، أول أيام شوال"
      ++at;
      continue;
    }
    const char ch = between[at];
    if (ch != ' ' && ch != '/' && ch != '(' && ch != '-' && ch != ',') return false;
  }
  return true;  // "1443/9/15 هـ - 2022/4/16 م", "(16 أبريل 2022)"
}

// How many days the Hijri day `h` is from the Gregorian day `g` (a Julian day) in the calendar
// variant that puts it nearest, and that variant; none where no variant knows `h`.
struct Closest {
  long days = 0;
  HijriVariant variant = HijriVariant::kUmmAlQura;
};
std::optional<Closest> ClosestVariant(const YearMonthDay& h, long g) {
  std::optional<Closest> best;
  for (HijriVariant v : kVariants) {
    const auto jd = HijriJulianDay(h, v);
    if (jd && (!best || std::labs(*jd - g) < best->days)) best = Closest{std::labs(*jd - g), v};
  }
  return best;
}

// A Hijri date and its stated Gregorian equivalent further apart than a day (`best`: how far
// in the nearest calendar variant, with any year they leave out).
void ReportHijriApart(const Claim& hijri, const Claim& gregorian,
                      const std::optional<Closest>& best, Reporter* reporter) {
  if (!best || best->days <= 1) return;
  reporter->Report(
      "date.hijri_mismatch",
      absl::StrCat("the Hijri date ", hijri.value, " and its stated equivalent ", gregorian.value,
                   " are ", best->days, " days apart even in the closest calendar (",
                   std::string(HijriVariantName(best->variant)),
                   "); a day or two is variant and moon sighting"),
      {SpanOf(hijri), SpanOf(gregorian)}, "", "");
}

void CheckHijriEquivalent(const Claim& hijri, const Claim& gregorian, Reporter* reporter) {
  ReportHijriApart(hijri, gregorian,
                   ClosestVariant(*ParseIsoDate(hijri.value),
                                  JulianDay(*ParseIsoDate(gregorian.value))),
                   reporter);
}

// "June 14, the 8th of Dhu al-Hijjah", "14 يونيو 2024، الموافق 8 ذي الحجة": a Hijri day and
// month with no year said to be a Gregorian day, of its year or of the one the publication
// puts nearest; the Hijri year that brings the day nearest it is its own.
void CheckHijriDayOfNoYear(const DocumentView& doc, size_t i, Reporter* reporter) {
  const auto& claims = doc.claims;
  const Claim& c = claims[i];
  int month = 0, day = 0;
  if (c.calendar != "islamic" || c.value.size() != 7 || !c.value.starts_with("--") ||
      !absl::SimpleAtoi(c.value.substr(2, 2), &month) ||
      !absl::SimpleAtoi(c.value.substr(5, 2), &day)) {
    return;
  }
  const Claim* partner = nullptr;
  if (i + 1 < claims.size() && SaidToBeEqual(doc, c, claims[i + 1])) partner = &claims[i + 1];
  if (partner == nullptr && i > 0 && SaidToBeEqual(doc, claims[i - 1], c)) {
    partner = &claims[i - 1];
  }
  if (partner == nullptr || partner->calendar != "gregorian" ||
      partner->sentence != c.sentence) {
    return;
  }
  std::optional<YearMonthDay> g = ParseIsoDate(partner->value);
  if (const std::optional<MonthDay> d = DayOfNoYear(*partner); !g && d && doc.published) {
    if (const std::optional<int> year = YearOfADay(doc, *partner, d->month, d->day)) {
      g = YearMonthDay{*year, d->month, d->day};
    }
  }
  if (!g) return;
  // Hijri years are a thirtieth shorter: the year that overlaps the day, give or take one.
  constexpr double kHijriYearsAYear = 1.0307;
  const int near = static_cast<int>((g->year - 622) * kHijriYearsAYear);
  const long jd = JulianDay(*g);
  std::optional<Closest> best;
  for (int year = near - 1; year <= near + 2; ++year) {
    const std::optional<Closest> one = ClosestVariant({year, month, day}, jd);
    if (one && (!best || one->days < best->days)) best = one;
  }
  ReportHijriApart(c, *partner, best, reporter);
}

// "الجمعة 1 رمضان 1445 هـ" with no Gregorian day beside it: the weekday named must fall on the
// day in some calendar variant, a day either way for the moon's sighting.
void CheckHijriWeekday(const Claim& hijri, Reporter* reporter) {
  const YearMonthDay h = *ParseIsoDate(hijri.value);
  std::optional<long> closest;
  for (HijriVariant v : kVariants) {
    const auto jd = HijriJulianDay(h, v);
    if (!jd) continue;
    if (!closest) closest = jd;
    for (long day = *jd - 1; day <= *jd + 1; ++day) {
      if (WeekdayOfJulianDay(day) == static_cast<int>(hijri.weekday)) return;
    }
  }
  if (!closest) return;
  const int actual = WeekdayOfJulianDay(*closest);
  reporter->Report("date.weekday_mismatch",
                   absl::StrCat("the Hijri date ", hijri.value, " fell on a ", WeekdayName(actual),
                                " (", std::string(HijriVariantName(HijriVariant::kUmmAlQura)),
                                "; a day either way by sighting), not a ",
                                WeekdayName(static_cast<int>(hijri.weekday)),
                                ": the weekday or the date is wrong"),
                   {SpanOf(hijri)}, std::string(WeekdayName(actual)),
                   std::string(WeekdayName(static_cast<int>(hijri.weekday))));
}

// The Gregorian date nearest claim i in its sentence, after it or before it, past claims of
// no full date ("20 مارس 2026 هو أول أيام عيد الفطر، الموافق 1 شوال").
const Claim* NearestGregorian(const std::vector<Claim>& claims, size_t i, bool after) {
  for (size_t j = after ? i + 1 : i - 1; j < claims.size(); after ? ++j : --j) {
    // The claim beside it whatever the sentences ("March 21, 2024, i.e. 1 Ramadan").
    const bool beside = j + 1 == i || j == i + 1;
    if ((!beside && claims[j].sentence != claims[i].sentence) ||
        IsFullDate(claims[j], "islamic")) {
      break;
    }
    if (IsFullDate(claims[j], "gregorian")) return &claims[j];
  }
  return nullptr;
}

// "from 8 to 13 Dhul Hijjah 1445, June 14 to 19, 2024": two Hijri dates and two Gregorian
// ones after them, each pair in the same order; the first Hijri date is weighed against the
// first Gregorian one here, and the Gregorian date of Hijri claim i returned.
const Claim* PairedInOrder(const std::vector<Claim>& claims, size_t i, const Claim* gregorian,
                           Reporter* reporter) {
  const Claim& c = claims[i];
  const size_t g = static_cast<size_t>(gregorian - claims.data());
  if (g < i || i == 0 || !IsFullDate(claims[i - 1], "islamic") ||
      claims[i - 1].sentence != c.sentence || g + 1 >= claims.size() ||
      !IsFullDate(claims[g + 1], "gregorian") || claims[g + 1].sentence != c.sentence) {
    return gregorian;
  }
  CheckHijriEquivalent(claims[i - 1], *gregorian, reporter);
  return &claims[g + 1];
}

// The Hijri month and year claim `c` names alone ("رمضان 1445 هـ": "1445-09"), or none.
std::optional<YearMonthDay> HijriMonthOfAYear(const Claim& c) {
  if (c.kind != Kind::kDate || c.calendar != "islamic" || c.value.size() != 7) {
    return std::nullopt;
  }
  const std::optional<YearMonthDay> first = ParseIsoDate(absl::StrCat(c.value, "-01"));
  if (!first || first->month < 1 || first->month > 12) return std::nullopt;
  return first;
}

// Whether the words around a Hijri month and the Gregorian day after it say the month began
// that day: "رمضان 1445 هـ، الذي بدأ في", "Ramadan 1445 AH began on" (time_cues.tsv
// "month-began" between them), or "بدأ شهر رمضان 1445 هـ في" (a cue "month-begins" right
// before the month, "في" or "on" alone between; "began in Ramadan 1445 on" is another thing's
// beginning).
bool SaidToBeginOn(const DocumentView& doc, const Claim& month, const Claim& day) {
  const scan::PhraseList& cues = doc.engine.time_cues();
  const std::string between = PlainWordsBetween(doc, month, day);
  if (CoveredBy(between, cues, "month-began")) return true;
  const std::string_view text = doc.normalized.text();
  return CoveredBy(between, cues, "month-began-on") &&
         cues.MatchBefore(text, scan::SkipSpacesBack(text, month.norm_begin), "month-begins")
             .entry != nullptr;
}

// "رمضان 1445 هـ، الذي بدأ في 11 مارس 2024": a Hijri month of a year said to begin on a
// Gregorian day, which must be the month's first in some calendar variant, give or take the
// days the moon's sighting moves it in one country or another.
void CheckHijriMonthBegan(const DocumentView& doc, size_t i, Reporter* reporter) {
  constexpr long kSighting = 2;  // days
  const Claim& c = doc.claims[i];
  const std::optional<YearMonthDay> first = HijriMonthOfAYear(c);
  if (!first) return;
  const Claim* day = NearestGregorian(doc.claims, i, true);
  if (day == nullptr || !SaidToBeginOn(doc, c, *day)) return;
  const std::optional<Closest> best =
      ClosestVariant(*first, JulianDay(*ParseIsoDate(day->value)));
  if (!best || best->days <= kSighting) return;
  reporter->Report("date.hijri_mismatch",
                   absl::StrCat("the Hijri month ", c.value, " began ", best->days, " days from ",
                                day->value, " even in the closest calendar (",
                                std::string(HijriVariantName(best->variant)),
                                "); sighting moves it a day or two"),
                   {SpanOf(c), SpanOf(*day)}, "", "");
}

}  // namespace

void CheckCalendar(const DocumentView& doc, Reporter* reporter) {
  const auto& claims = doc.claims;
  const bool relative_weekday =
      doc.published &&
      reporter->Enabled(doc.dateline ? "date.dateline_weekday" : "date.relative_weekday");
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (IsFullDate(c, "gregorian")) CheckGregorian(doc, c, reporter);
    if (c.value.size() == 7) CheckDayOfNoYear(c, reporter);  // "--MM-DD": asked of every claim
    CheckWeekdayOfADay(doc, c, reporter);
    if (relative_weekday) CheckWeekdayOfARelativeDay(doc, c, reporter);
    if (c.value.size() == 7) CheckHijriMonthBegan(doc, i, reporter);
    if (c.value.size() == 7) CheckHijriDayOfNoYear(doc, i, reporter);
    if (!IsFullDate(c, "islamic")) continue;
    CheckHijriDay(c, reporter);
    // The equivalent: the nearest Gregorian date after it or before it, said to be the same.
    const Claim* gregorian = nullptr;
    if (const Claim* after = NearestGregorian(claims, i, true);
        after != nullptr && SaidToBeEqual(doc, c, *after)) {
      gregorian = after;
    } else if (const Claim* before = NearestGregorian(claims, i, false);
               before != nullptr && SaidToBeEqual(doc, *before, c)) {
      gregorian = before;
    }
    if (gregorian == nullptr) {
      if (c.weekday != 0) CheckHijriWeekday(c, reporter);
      continue;
    }
    gregorian = PairedInOrder(claims, i, gregorian, reporter);
    CheckHijriEquivalent(c, *gregorian, reporter);
    // "الأحد 15 رمضان 1445 هـ الموافق 25 مارس 2024": the weekday before the Hijri date is the
    // Gregorian one's too, whose weekday no moon sighting moves.
    if (c.weekday != 0 && gregorian->weekday == 0) {
      CheckWeekday(c.weekday, *gregorian, c, NamedOnItsEve(doc, c), reporter);
    }
  }
}

}  // namespace mizan::checks
