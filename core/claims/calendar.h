#ifndef MIZAN_CORE_CLAIMS_CALENDAR_H_
#define MIZAN_CORE_CLAIMS_CALENDAR_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace mizan::claims {

struct YearMonthDay {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

// Parses "YYYY-MM-DD"; nothing for a partial date ("2022-11", "--11-18").
std::optional<YearMonthDay> ParseIsoDate(std::string_view iso);

// ISO weekday (1 = Monday .. 7 = Sunday) of a Gregorian date, by ICU's calendar.
int GregorianWeekday(const YearMonthDay& date);

// The Julian day number of a Gregorian date, for counting days between dates.
long JulianDay(const YearMonthDay& date);

// ISO weekday (1 = Monday .. 7 = Sunday) of a Julian day number.
int WeekdayOfJulianDay(long julian_day);

// The Islamic calendar variants ICU implements; the same Hijri date can fall a day or two
// apart in them, and moon sighting moves it by another day.
enum class HijriVariant { kUmmAlQura, kCivil, kAstronomical };
std::string_view HijriVariantName(HijriVariant v);

// The Julian day of a Hijri date in one variant; nothing when ICU refuses the date.
std::optional<long> HijriJulianDay(const YearMonthDay& hijri, HijriVariant variant);

// The Gregorian date of the Hijri day `month`-`day` (Umm al-Qura) that falls in the Gregorian
// `year`: "عيد الفطر 2013" is 1 Shawwal 1434, 2013-08-08. Nothing when it falls in it twice (the
// Hijri year is eleven days shorter: 1 Muharram came twice in 2008) or not at all.
std::optional<YearMonthDay> HijriDayInGregorianYear(int month, int day, int year);

// The number of days of a Hijri month in one variant (29 or 30).
std::optional<int> HijriMonthLength(int year, int month, HijriVariant variant);

// The Gregorian date of a Hijri date in one variant; nothing when ICU refuses the date.
std::optional<YearMonthDay> GregorianDateOfHijri(const YearMonthDay& hijri,
                                                HijriVariant variant);

// The first and the last Gregorian year that a year of another calendar overlaps: a Hijri
// year ("islamic", Umm al-Qura: 1431 is 2009-12-18 to 2010-12-06) or a solar Hijri one
// ("persian", from Nowruz: 1402 is 2023-2024). Nothing for a Gregorian year or a year ICU
// refuses.
std::optional<std::pair<int, int>> GregorianYearsOf(int year, std::string_view calendar);

// The Gregorian date `offset` days after Easter Sunday of `year` ("Good Friday" is -2), by
// the Western computus or, `orthodox`, the Julian one the Eastern churches keep. Nothing
// before 1583, when the Gregorian calendar began, or after 9999.
std::optional<YearMonthDay> EasterDay(int year, bool orthodox, int offset);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_CALENDAR_H_
