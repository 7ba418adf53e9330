#ifndef MIZAN_CORE_CLAIMS_DATES_H_
#define MIZAN_CORE_CLAIMS_DATES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "core/claims/calendar.h"
#include "core/scan/phrase_list.h"

namespace mizan::claims {

// A calendar date as written: any of year, month and day may be missing (0).
struct DateMatch {
  size_t begin = 0;  // normalized offsets, weekday included
  size_t end = 0;
  int year = 0;
  int month = 0;
  int day = 0;
  int weekday = 0;  // ISO 1 (Monday) .. 7, when a weekday name is attached to the date
  bool islamic = false;
  bool persian = false;  // a solar Hijri date, by its marker ("1402/5/12 ه.ش")
  bool numeric = false;  // written in digits alone ("1445/3/12"): no month's name says the calendar

  // ISO text: "2022-11-18", "2022-11", "2022", or "--11-18" when the year is unknown.
  std::string Iso() const;
};

// Whether `year` is one of the Hijri centuries the press writes (1300-1500), which no Gregorian
// year of the news is: a date or year in digits there is Hijri when nothing else names it.
bool InTheHijriCenturies(int year);

// The day of the nth (1..5) `weekday` (ISO, 1 = Monday) of a Gregorian month, or 0 when the
// month has fewer: the third Tuesday of September 2014 is the 16th.
int NthWeekday(int year, int month, int weekday, int n);

// The ISO weekday (1 = Monday) of a Gregorian date.
int IsoWeekday(int year, int month, int day);

// A weekday Arabic names without its article, after "يوم" or alone: "ثالث ثلاثاء من سبتمبر",
// "وهو يوم أربعاء". Its ISO number and where its word ends, or 0 when none follows `pos`.
int BareWeekdayAfter(const scan::PhraseList& weekdays, std::string_view text, size_t pos,
                     size_t* end);

// Reads the dates that a number starts, ends or sits in. Built on the month and weekday lists
// of the engine; one instance per extraction.
class DateReader {
 public:
  DateReader(std::string_view text, const scan::PhraseList& months,
             const scan::PhraseList& weekdays, const scan::PhraseList& time_cues,
             const scan::PhraseList& holidays)
      : text_(text), months_(months), weekdays_(weekdays), time_cues_(time_cues),
        holidays_(holidays) {}

  // The number [begin, end) with integer value `value` starts or ends a date:
  //   day month [year]     "18 نوفمبر 2022", "١٨ نوفمبر، ٢٠٢٢", "18 November", "18 كانون الثاني"
  //   month day[, year]    "November 18, 2022"; in Arabic with the year: "نوفمبر 18، 2022"
  //   month year           "نوفمبر 2022", "كانون الثاني/يناير 2022" (the number is the year)
  //   numeric              "18/11/2022", "18-11-2022", "2022-11-18", "18.11.2022"
  // Paired month names ("كانون الثاني/يناير", "أيلول (سبتمبر)") are one month. A weekday name
  // before the date is attached to it.
  bool Read(size_t begin, size_t end, long value, DateMatch* date) const;

  // Whether "of" and a month's name follow `end` ("من أفريل", "of May"): what makes a cardinal
  // with the article a day ("التسع والعشرين من أفريل", the twenty-ninth of April).
  bool OfAMonthAfter(size_t end) const;

  // A month named by its number after "شهر" ("في شهر 10 من عام 2015", "بشهر عشرة الماضي"):
  // the number [begin, end) is 1 to 12, and a year, a word that keeps a date ("الماضي") or
  // the end of the clause follows, not a noun it counts ("شهر 10 أيام").
  bool ReadNumberedMonth(size_t begin, size_t end, long value, DateMatch* date) const;

  // A month name alone that still names a date: a paired form ("أيلول/سبتمبر") or one after
  // "في", "منذ", "خلال", "in", "since". The year is unknown. `begin` is where the name starts.
  bool ReadMonthOnly(size_t begin, DateMatch* date) const;

  // A holiday on a fixed day of its calendar, starting at `begin` (a glued و ب ل ف ك before
  // it allowed): "عيد الفطر" is 1 Shawwal with no year; "عيد الفطر 2013" the Gregorian date of
  // the one in 2013, "عيد الأضحى 1444 هـ" the Hijri date, "Christmas 2020" 2020-12-25.
  bool ReadHoliday(size_t begin, DateMatch* date) const;

  // The calendar marker after a year: "2022م", "1443 هـ", "550 قبل الميلاد" (*before_era, when
  // asked for; elsewhere a year before the era is no marker), "1402 هجری شمسی" (*persian, the
  // solar Hijri year of Iran and Afghanistan, when asked for; elsewhere no marker, since no
  // month of that calendar is read). Returns its end, or 0.
  size_t CalendarMarker(size_t end, bool* islamic, bool* before_era = nullptr,
                        bool* persian = nullptr) const;

 private:
  struct Month {
    int number = 0;
    bool islamic = false;
    bool english = false;
    bool also_a_word = false;  // "آب" is "أب" (a father) too
    size_t begin = 0;
    size_t end = 0;
  };
  bool MonthAt(size_t pos, Month* month) const;      // a (paired) month name starting at pos
  bool MonthBefore(size_t pos, Month* month) const;  // one ending just before pos (spaces skipped)
  size_t SpacePairedMonth(const Month& first, size_t first_end) const;
  // Whether the number in [begin, end) after `month` is its day: "May 5", "November 18,
  // 2022"; in Arabic only with the comma and the year ("نوفمبر 18، 2022"). Not after a comma
  // or before a percent sign ("in August, 15 stores", "in August 15% more").
  bool TakesTheDay(const Month& month, size_t begin, size_t end) const;
  bool CommaBetween(size_t from, size_t to) const;
  bool PercentSignAfter(size_t end) const;
  bool ReadYearAfter(size_t pos, DateMatch* date) const;
  bool CommaAndYearAfter(size_t end) const;  // ", 2022" follows the day
  size_t AfterOf(size_t end) const;
  // "غرة شوال": the first day of the month that starts at `month_begin`; where the cue starts,
  // or npos.
  size_t FirstDayCue(size_t month_begin) const;
  bool ReadNumeric(size_t begin, size_t end, long value, DateMatch* date) const;
  // Takes in the calendar's marker after a date in digits ("1445/3/12 هـ").
  void MarkNumeric(DateMatch* date) const;
  bool DayAndMonth(size_t begin, size_t end, long value, DateMatch* date) const;
  void AttachWeekday(DateMatch* date) const;
  void AttachWeekdayAfter(DateMatch* date) const;
  void AttachArabicWeekdayAfter(DateMatch* date, size_t at) const;
  size_t WeekdayVerbAt(const DateMatch& date, size_t at) const;
  bool AfterAMonthAndAnd(size_t begin) const;

  std::string_view text_;
  const scan::PhraseList& months_;
  const scan::PhraseList& weekdays_;
  const scan::PhraseList& time_cues_;
  const scan::PhraseList& holidays_;
};

// Whether a day exists: month 1..12, day within the month, February 29 only in leap years.
bool IsValidGregorianDate(int year, int month, int day);

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_DATES_H_
