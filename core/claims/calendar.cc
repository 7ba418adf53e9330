#include "core/claims/calendar.h"

#include <memory>

#include "absl/time/civil_time.h"
#include "unicode/calendar.h"
#include "unicode/gregocal.h"
#include "unicode/locid.h"
#include "unicode/timezone.h"

namespace mizan::claims {
namespace {

constexpr long kJulianDayOf1970 = 2440588;  // 1 January 1970

// The Gregorian day of a Julian day number.
absl::CivilDay GregorianDayOf(long jd) {
  return absl::CivilDay(1970, 1, 1) + (jd - kJulianDayOf1970);
}

std::unique_ptr<icu::Calendar> MakeCalendar(const char* locale) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale(locale), status));
  if (U_FAILURE(status)) return nullptr;
  cal->setLenient(false);
  return cal;
}

enum class CalendarKind { kGregorian, kUmmAlQura, kCivil, kAstronomical };

const char* LocaleOf(CalendarKind kind) {
  switch (kind) {
    case CalendarKind::kGregorian: return "en@calendar=gregorian";
    case CalendarKind::kUmmAlQura: return "ar@calendar=islamic-umalqura";
    case CalendarKind::kCivil: return "ar@calendar=islamic-civil";
    case CalendarKind::kAstronomical: return "ar@calendar=islamic";
  }
  return "ar@calendar=islamic";
}

CalendarKind KindOf(HijriVariant v) {
  switch (v) {
    case HijriVariant::kUmmAlQura: return CalendarKind::kUmmAlQura;
    case HijriVariant::kCivil: return CalendarKind::kCivil;
    case HijriVariant::kAstronomical: return CalendarKind::kAstronomical;
  }
  return CalendarKind::kAstronomical;
}

// An ICU calendar costs more to make than to use, and may not be shared between threads:
// each thread keeps one of each kind. Callers clear it before they set it.
icu::Calendar* CalendarFor(CalendarKind kind) {
  thread_local std::unique_ptr<icu::Calendar> calendars[4];
  std::unique_ptr<icu::Calendar>& cal = calendars[static_cast<int>(kind)];
  if (!cal) cal = MakeCalendar(LocaleOf(kind));
  return cal.get();
}

// Sets a calendar's year, month and day and reads the Julian day; nothing when invalid.
std::optional<long> JulianDayIn(icu::Calendar* cal, const YearMonthDay& d) {
  if (cal == nullptr) return std::nullopt;
  cal->clear();
  cal->set(UCAL_EXTENDED_YEAR, d.year);
  cal->set(UCAL_MONTH, d.month - 1);
  cal->set(UCAL_DATE, d.day);
  UErrorCode status = U_ZERO_ERROR;
  const int32_t jd = cal->get(UCAL_JULIAN_DAY, status);
  if (U_FAILURE(status)) return std::nullopt;
  return jd;
}

}  // namespace

std::optional<YearMonthDay> ParseIsoDate(std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
  }
  const auto num = [&](size_t at, size_t n) {
    int v = 0;
    for (size_t i = at; i < at + n; ++i) v = v * 10 + (iso[i] - '0');
    return v;
  };
  return YearMonthDay{num(0, 4), num(5, 2), num(8, 2)};
}

int GregorianWeekday(const YearMonthDay& date) {
  icu::Calendar* cal = CalendarFor(CalendarKind::kGregorian);
  if (!cal) return 0;
  cal->clear();
  cal->set(date.year, date.month - 1, date.day);
  UErrorCode status = U_ZERO_ERROR;
  const int32_t dow = cal->get(UCAL_DAY_OF_WEEK, status);  // 1 = Sunday
  if (U_FAILURE(status)) return 0;
  return dow == UCAL_SUNDAY ? 7 : dow - 1;
}

int WeekdayOfJulianDay(long julian_day) {
  return static_cast<int>(((julian_day % 7) + 7) % 7) + 1;  // day 0 was a Monday
}

long JulianDay(const YearMonthDay& date) {
  return JulianDayIn(CalendarFor(CalendarKind::kGregorian), date).value_or(0);
}

std::string_view HijriVariantName(HijriVariant v) {
  switch (v) {
    case HijriVariant::kUmmAlQura: return "Umm al-Qura";
    case HijriVariant::kCivil: return "civil (tabular)";
    case HijriVariant::kAstronomical: return "astronomical";
  }
  return "";
}

std::optional<long> HijriJulianDay(const YearMonthDay& hijri, HijriVariant variant) {
  return JulianDayIn(CalendarFor(KindOf(variant)), hijri);
}

std::optional<YearMonthDay> HijriDayInGregorianYear(int month, int day, int year) {
  // A Hijri year is 354 or 355 days: the Gregorian year holds the day of one or two of them,
  // all within a year either side of this estimate.
  const int estimate = (year - 622) * 33 / 32;
  std::optional<YearMonthDay> found;
  int count = 0;
  for (int hijri = estimate - 1; hijri <= estimate + 2; ++hijri) {
    const std::optional<long> jd = HijriJulianDay({hijri, month, day}, HijriVariant::kUmmAlQura);
    if (!jd) continue;
    const absl::CivilDay date = GregorianDayOf(*jd);
    if (date.year() != year) continue;
    found = YearMonthDay{static_cast<int>(date.year()), date.month(), date.day()};
    ++count;
  }
  return count == 1 ? found : std::nullopt;
}

std::optional<int> HijriMonthLength(int year, int month, HijriVariant variant) {
  icu::Calendar* cal = CalendarFor(KindOf(variant));
  if (!cal) return std::nullopt;
  cal->clear();
  cal->set(UCAL_EXTENDED_YEAR, year);
  cal->set(UCAL_MONTH, month - 1);
  cal->set(UCAL_DATE, 1);
  UErrorCode status = U_ZERO_ERROR;
  const int32_t days = cal->getActualMaximum(UCAL_DATE, status);
  if (U_FAILURE(status)) return std::nullopt;
  return days;
}

std::optional<YearMonthDay> GregorianDateOfHijri(const YearMonthDay& hijri,
                                                HijriVariant variant) {
  const std::optional<long> jd = HijriJulianDay(hijri, variant);
  if (!jd) return std::nullopt;
  const absl::CivilDay day = GregorianDayOf(*jd);
  return YearMonthDay{static_cast<int>(day.year()), day.month(), day.day()};
}

std::optional<std::pair<int, int>> GregorianYearsOf(int year, std::string_view calendar) {
  if (calendar == "persian") return std::make_pair(year + 621, year + 622);
  if (calendar != "islamic") return std::nullopt;
  const auto first = HijriJulianDay({year, 1, 1}, HijriVariant::kUmmAlQura);
  const auto next = HijriJulianDay({year + 1, 1, 1}, HijriVariant::kUmmAlQura);
  if (!first || !next) return std::nullopt;
  return std::make_pair(static_cast<int>(GregorianDayOf(*first).year()),
                        static_cast<int>(GregorianDayOf(*next - 1).year()));
}

std::optional<YearMonthDay> EasterDay(int year, bool orthodox, int offset) {
  if (year < 1583 || year > 9999) return std::nullopt;
  int month = 0, day = 0;
  if (orthodox) {  // Meeus's Julian algorithm, a date of the Julian calendar
    const int d = (19 * (year % 19) + 15) % 30;
    const int e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
    month = (d + e + 114) / 31;
    day = (d + e + 114) % 31 + 1;
  } else {  // the anonymous Gregorian algorithm (Meeus, Jones, Butcher)
    const int a = year % 19, b = year / 100, c = year % 100;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - b / 4 - g + 15) % 30;
    const int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    month = (h + l - 7 * m + 114) / 31;
    day = (h + l - 7 * m + 114) % 31 + 1;
  }
  // The Julian calendar runs behind the Gregorian by the century leap days it keeps.
  const int behind = orthodox ? year / 100 - year / 400 - 2 : 0;
  const absl::CivilDay easter = absl::CivilDay(year, month, day) + behind + offset;
  return YearMonthDay{static_cast<int>(easter.year()), easter.month(), easter.day()};
}

}  // namespace mizan::claims
