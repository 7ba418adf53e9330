#include "core/claims/dates.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "absl/strings/ascii.h"
#include "absl/time/civil_time.h"
#include "core/scan/text_cursor.h"

namespace mizan::claims {
namespace {

// Reads 1..max_digits ASCII digits at `pos` that are not followed by another digit.
bool ReadInt(std::string_view text, size_t pos, size_t min_digits, size_t max_digits, int* value,
             size_t* end) {
  size_t i = pos;
  int v = 0;
  while (i < text.size() && scan::IsAsciiDigit(text[i]) && i - pos < max_digits) {
    v = v * 10 + (text[i++] - '0');
  }
  if (i - pos < min_digits || (i < text.size() && scan::IsAsciiDigit(text[i]))) return false;
  *value = v;
  *end = i;
  return true;
}

constexpr std::string_view kDay = "\xD9\x8A\xD9\x88\xD9\x85";  // يوم

// Skips spaces and one comma (Latin or Arabic) after `pos`.
size_t SkipComma(std::string_view text, size_t pos) {
  pos = scan::SkipSpaces(text, pos);
  if (pos < text.size() && text[pos] == ',') return scan::SkipSpaces(text, pos + 1);
  if (text.substr(pos, 2) == "\xD8\x8C") return scan::SkipSpaces(text, pos + 2);
  return pos;
}

// Words that may stand between a month or a day and its year, spelled as the text is folded
// (ة as ه): at most one of each slot, the slots in the order they are written. "December of
// 2019", "سبتمبر من عام 1882", "أكتوبر في سنة 2014", "جانفي العام 2015", "أكتوبر لعام 2014",
// "أيلول بعام 2014".
constexpr std::array<std::array<std::string_view, 8>, 2> kBeforeYear = {{
    {"of", "\xD9\x85\xD9\x86", "\xD9\x81\xD9\x8A"},  // من في
    {"\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85",        // العام
     "\xD8\xB9\xD8\xA7\xD9\x85",                        // عام
     "\xD8\xA7\xD9\x84\xD8\xB3\xD9\x86\xD9\x87",        // السنة, folded to السنه
     "\xD8\xB3\xD9\x86\xD9\x87",                        // سنه
     "\xD9\x84\xD8\xB9\xD8\xA7\xD9\x85",                  // لعام
     "\xD9\x84\xD8\xB3\xD9\x86\xD9\x87",                  // لسنه
     "\xD8\xA8\xD8\xB9\xD8\xA7\xD9\x85",                  // بعام
     "\xD8\xA8\xD8\xB3\xD9\x86\xD9\x87"},                 // بسنه
}};

// The same going back from `pos`.
size_t SkipCommaBack(std::string_view text, size_t pos) {
  const auto skip_spaces = [&](size_t p) { return scan::SkipSpacesBack(text, p); };
  pos = skip_spaces(pos);
  if (pos > 0 && text[pos - 1] == ',') return skip_spaces(pos - 1);
  if (pos >= 2 && text.substr(pos - 2, 2) == "\xD8\x8C") return skip_spaces(pos - 2);
  return pos;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool PlausibleYear(int y) { return y >= 1000 && y <= 2999; }

// A month and a year in digits alone ("2/2013") are a date for the years news writes so:
// Gregorian from 1900, Hijri of the 14th and 15th centuries. "2/1000" is a share.
bool MonthYearPlausible(int y) { return (y >= 1900 && y <= 2100) || InTheHijriCenturies(y); }

}  // namespace

bool InTheHijriCenturies(int year) { return year >= 1300 && year <= 1500; }

std::string DateMatch::Iso() const {
  char buffer[32];
  if (year == 0) {
    std::snprintf(buffer, sizeof(buffer), day ? "--%02d-%02d" : "--%02d", month, day);
  } else if (month == 0) {
    std::snprintf(buffer, sizeof(buffer), "%04d", year);
  } else if (day == 0) {
    std::snprintf(buffer, sizeof(buffer), "%04d-%02d", year, month);
  } else {
    std::snprintf(buffer, sizeof(buffer), "%04d-%02d-%02d", year, month, day);
  }
  return buffer;
}

int IsoWeekday(int year, int month, int day) {
  // absl numbers Monday 0 .. Sunday 6.
  return static_cast<int>(absl::GetWeekday(absl::CivilDay(year, month, day))) + 1;
}

int BareWeekdayAfter(const scan::PhraseList& weekdays, std::string_view text, size_t pos,
                     size_t* end) {
  size_t at = scan::SkipSpaces(text, pos);
  std::string_view word = scan::WordAt(text, at);
  if (word == kDay) {
    at = scan::SkipSpaces(text, at + word.size());
    word = scan::WordAt(text, at);
  }
  if (word.empty() || at == pos) return 0;
  const std::string definite = std::string("\xD8\xA7\xD9\x84") + std::string(word);  // ال
  const auto m = weekdays.MatchAt(definite, 0);
  if (m.entry == nullptr || m.end != definite.size()) return 0;
  *end = at + word.size();
  return std::stoi(m.entry->tags.at(0));
}

int NthWeekday(int year, int month, int weekday, int n) {
  if (n < 1 || n > 5 || weekday < 1 || weekday > 7) return 0;
  const int day = 1 + (weekday - IsoWeekday(year, month, 1) + 7) % 7 + 7 * (n - 1);
  return absl::CivilDay(year, month, day).month() == month ? day : 0;
}

bool IsValidGregorianDate(int year, int month, int day) {
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
  return !(month == 2 && day == 29 && year != 0 && !IsLeap(year));
}

bool DateReader::MonthAt(size_t pos, Month* month) const {
  const auto m = months_.MatchAt(text_, pos);
  if (m.entry == nullptr) return false;
  month->number = std::stoi(m.entry->tags.at(0));
  month->islamic = m.entry->tags.at(1) == "islamic";
  month->english = m.entry->tags.at(2) == "english";
  month->also_a_word = m.entry->tags.size() > 3 && m.entry->tags[3] == "word";
  // "may" and "march" in lower case are a verb and a noun; English month names are capitalized.
  if (month->english && !(text_[pos] >= 'A' && text_[pos] <= 'Z')) return false;
  month->begin = pos;
  month->end = m.end;
  // A paired name is one month: "كانون الثاني/يناير", "أيلول (سبتمبر)", and in Arabic with a
  // space or a dash alone between ("حزيران يونيو", "حزيران - يونيو").
  size_t after = scan::SkipSpaces(text_, m.end);
  const bool paren = after < text_.size() && text_[after] == '(';
  if (const size_t next = SpacePairedMonth(*month, m.end); next != 0) {
    month->end = next;
  } else if (after < text_.size() && (text_[after] == '/' || paren)) {
    const size_t second = scan::SkipSpaces(text_, after + 1);
    const auto pair = months_.MatchAt(text_, second);
    if (pair.entry && std::stoi(pair.entry->tags.at(0)) == month->number) {
      size_t end = pair.end;
      if (paren) {
        end = scan::SkipSpaces(text_, end);
        if (end < text_.size() && text_[end] == ')') month->end = end + 1;
      } else {
        month->end = end;
      }
    }
  }
  return true;
}

// Where the second name of a month ends when the same month, by its other name, follows the
// first with spaces or a dash alone between (both Arabic names); 0 otherwise.
size_t DateReader::SpacePairedMonth(const Month& first, size_t first_end) const {
  if (first.english || first.islamic) return 0;
  size_t at = scan::SkipSpaces(text_, first_end);
  if (at == first_end) return 0;
  if (at < text_.size() && text_[at] == '-') at = scan::SkipSpaces(text_, at + 1);
  const auto pair = months_.MatchAt(text_, at);
  if (pair.entry == nullptr || pair.entry->tags.at(1) == "islamic" ||
      pair.entry->tags.at(2) == "english" || std::stoi(pair.entry->tags.at(0)) != first.number ||
      (pair.end < text_.size() && scan::IsLetter(scan::NextCodePoint(text_, pair.end)))) {
    return 0;
  }
  return pair.end;
}

bool DateReader::MonthBefore(size_t pos, Month* month) const {
  size_t p = SkipCommaBack(text_, pos);
  if (p > 0 && text_[p - 1] == '.') p = SkipCommaBack(text_, p - 1);  // "Oct. 2, 1968"
  // "December of 2019", "ديسمبر من عام 2019", "جانفي العام 2015": the words read backwards.
  for (auto slot = kBeforeYear.rbegin(); slot != kBeforeYear.rend(); ++slot) {
    for (std::string_view word : *slot) {
      if (!word.empty() && p > word.size() && text_.substr(p - word.size(), word.size()) == word &&
          !scan::IsLetter(scan::PreviousCodePoint(text_, p - word.size()))) {
        p = SkipCommaBack(text_, p - word.size());
        break;
      }
    }
  }
  if (p > 0 && text_[p - 1] == ')') p = SkipCommaBack(text_, p - 1);  // "أيلول (سبتمبر) 2022"
  const auto last = months_.MatchBefore(text_, p);
  if (last.entry == nullptr) return false;
  // The first of a pair starts the month: "كانون الثاني/يناير 2022".
  size_t start = last.end;
  size_t q = SkipCommaBack(text_, start);
  if (q > 0 && (text_[q - 1] == '/' || text_[q - 1] == '(')) {
    const auto first = months_.MatchBefore(text_, SkipCommaBack(text_, q - 1));
    if (first.entry && first.entry->tags.at(0) == last.entry->tags.at(0)) start = first.end;
  } else {
    // "حزيران يونيو 1967", "حزيران - يونيو 1967".
    size_t r = scan::SkipSpacesBack(text_, start);
    if (r > 0 && text_[r - 1] == '-') r = scan::SkipSpacesBack(text_, r - 1);
    const auto first = r < start ? months_.MatchBefore(text_, r) : scan::PhraseList::Match{};
    Month paired;
    if (first.entry && MonthAt(first.end, &paired) && paired.end == p) {
      start = first.end;
    }
  }
  Month found;
  if (!MonthAt(start, &found) || found.end < p) return false;
  // "كاب في عام 2016" is a name, not "like August": a month that is also a word takes no
  // letter glued before it.
  if (found.also_a_word && scan::IsLetter(scan::PreviousCodePoint(text_, start))) return false;
  *month = found;
  return true;
}

size_t DateReader::CalendarMarker(size_t end, bool* islamic, bool* before_era,
                                  bool* persian) const {
  for (size_t at : {end, scan::SkipSpaces(text_, end)}) {
    const auto m = time_cues_.MatchAt(text_, at);
    if (m.entry == nullptr) continue;
    const std::string& meaning = m.entry->tags.at(0);
    const bool bc = meaning == "bc" && before_era != nullptr;
    const bool solar = meaning == "persian" && persian != nullptr;
    if (m.entry->tags.at(1) != "after" ||
        (meaning != "gregorian" && meaning != "islamic" && !bc && !solar)) {
      continue;
    }
    *islamic = meaning == "islamic";
    if (before_era != nullptr) *before_era = bc;
    if (persian != nullptr) *persian = solar;
    return m.end;
  }
  return 0;
}

bool DateReader::TakesTheDay(const Month& month, size_t begin, size_t end) const {
  return month.english ? !CommaBetween(month.end, begin) && !PercentSignAfter(end)
                       : CommaAndYearAfter(end);
}

bool DateReader::CommaBetween(size_t from, size_t to) const {
  const std::string_view between = text_.substr(from, to > from ? to - from : 0);
  return between.find(',') != std::string_view::npos ||
         between.find("\xD8\x8C") != std::string_view::npos;  // ،
}

bool DateReader::PercentSignAfter(size_t end) const {
  const std::string_view after = text_.substr(scan::SkipSpaces(text_, end));
  return after.starts_with("%") || after.starts_with("\xD9\xAA");  // ٪
}

bool DateReader::CommaAndYearAfter(size_t end) const {
  DateMatch probe;
  return SkipComma(text_, end) > scan::SkipSpaces(text_, end) && ReadYearAfter(end, &probe);
}

bool DateReader::ReadYearAfter(size_t pos, DateMatch* date) const {
  size_t at = SkipComma(text_, pos);
  // "December of 2019", "30 سبتمبر، من عام 1882", "جانفي العام 2015".
  for (const auto& slot : kBeforeYear) {
    for (std::string_view word : slot) {
      if (!word.empty() && text_.substr(at, word.size()) == word &&
          scan::SpaceLength(text_, at + word.size())) {
        at = scan::SkipSpaces(text_, at + word.size());
        break;
      }
    }
  }
  int year = 0;
  size_t end = 0;
  if (!ReadInt(text_, at, 4, 4, &year, &end) || !PlausibleYear(year)) return false;
  date->year = year;
  date->end = end;
  bool islamic = false;
  if (const size_t marker = CalendarMarker(end, &islamic)) {
    date->end = marker;
    date->islamic |= islamic;
  }
  return true;
}

bool DateReader::ReadNumberedMonth(size_t begin, size_t end, long value, DateMatch* date) const {
  if (value < 1 || value > 12) return false;
  const size_t before = scan::SkipSpacesBack(text_, begin);
  if (before == begin) return false;
  // One walk back from the number rules out most words at their last letter; a letter glued
  // before the cue ("بشهر") is not part of the date.
  const auto cue = time_cues_.MatchBefore(text_, before, "month-number");
  if (cue.entry == nullptr) return false;
  size_t at = cue.end;
  const std::string_view first = text_.substr(at, 2), second = text_.substr(at + 2, 2);
  constexpr std::string_view kBeh = "\xD8\xA8", kLam = "\xD9\x84";
  if ((first == kBeh || first == kLam) && second != kLam) at += 2;  // not "للشهر"
  DateMatch d;
  d.begin = at;
  d.end = end;
  d.month = static_cast<int>(value);
  if (!ReadYearAfter(end, &d)) {
    const size_t next = scan::SkipSpaces(text_, end);
    if (const auto after = time_cues_.MatchAt(text_, next, "date-after"); after.entry) {
      d.end = after.end;
    } else if (next < text_.size() && scan::IsLetter(scan::NextCodePoint(text_, next))) {
      return false;
    }
  }
  *date = d;
  return true;
}

// "في 22/6", "الخميس 22/6", "on 22/6": a day and a month with no year, read only after a word
// that names a day, since "3/4" alone is as often a fraction. Day first, as Arabic and
// British text write it, unless the day can only be second ("6/22").
bool DateReader::DayAndMonth(size_t begin, size_t end, long value, DateMatch* date) const {
  int second = 0;
  size_t p = 0;
  if (!ReadInt(text_, end + 1, 1, 2, &second, &p)) return false;
  // A third part makes a full date; a decimal point or a digit after, no date at all.
  if (p < text_.size() && (std::string_view("/-.,").find(text_[p]) != std::string_view::npos ||
                           scan::IsAsciiDigit(text_[p]))) {
    return false;
  }
  int day = static_cast<int>(value), month = second;
  if (month > 12 && day <= 12) std::swap(day, month);
  if (day < 1 || day > 31 || month < 1 || month > 12 || !IsValidGregorianDate(0, month, day)) {
    return false;
  }
  static constexpr std::string_view kDayWords[] = {
      "\xD9\x8A\xD9\x88\xD9\x85",                  // يوم
      "\xD8\xA8\xD8\xAA\xD8\xA7\xD8\xB1\xD9\x8A\xD8\xAE",  // بتاريخ
      "on"};
  static constexpr std::string_view kIn = "\xD9\x81\xD9\x8A";  // في
  const size_t cue_end = SkipCommaBack(text_, begin);
  const std::string_view word = scan::WordBefore(text_, cue_end);
  bool cued = std::find(std::begin(kDayWords), std::end(kDayWords), word) != std::end(kDayWords) ||
              weekdays_.MatchBefore(text_, cue_end).entry != nullptr;
  // After "في" ("in") only where no noun follows: "في 3/4 الحالات" is three quarters of them.
  if (!cued && word == kIn) {
    const size_t next = scan::SkipSpaces(text_, p);
    cued = scan::WordAt(text_, next).empty() || time_cues_.MatchAt(text_, next, "date-after").entry;
  }
  if (!cued || cue_end == begin) return false;
  DateMatch d;
  d.begin = begin, d.end = p, d.month = month, d.day = day;
  *date = d;
  return true;
}

bool DateReader::ReadNumeric(size_t begin, size_t end, long value, DateMatch* date) const {
  if (end >= text_.size()) return false;
  const char sep = text_[end];
  if (sep != '/' && sep != '-' && sep != '.') return false;
  int second = 0, third = 0;
  size_t p = 0, q = 0;
  if (sep == '/' && value >= 1 && value <= 12 && end - begin <= 2 &&
      ReadInt(text_, end + 1, 4, 4, &second, &p) && MonthYearPlausible(second) &&
      !time_cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, begin), "serial").entry) {
    DateMatch d;  // "2/2013": month and year
    d.begin = begin, d.end = p, d.year = second, d.month = static_cast<int>(value);
    MarkNumeric(&d);
    *date = d;
    return true;
  }
  if (sep == '/' && DayAndMonth(begin, end, value, date)) return true;
  if (!ReadInt(text_, end + 1, 1, 2, &second, &p) || p >= text_.size() || text_[p] != sep) {
    return false;
  }
  const bool year_first = end - begin == 4;
  if (!ReadInt(text_, p + 1, year_first ? 1 : 4, year_first ? 2 : 4, &third, &q)) return false;
  DateMatch d;
  d.begin = begin;
  d.end = q;
  if (year_first) {
    d.year = static_cast<int>(value), d.month = second, d.day = third;
  } else if (second > 12 && value <= 12) {  // month first, and unambiguous: 11/18/2022
    d.year = third, d.month = static_cast<int>(value), d.day = second;
  } else {
    d.year = third, d.month = second, d.day = static_cast<int>(value);
  }
  if (!PlausibleYear(d.year) || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) {
    return false;
  }
  MarkNumeric(&d);
  *date = d;
  return true;
}

void DateReader::MarkNumeric(DateMatch* date) const {
  date->numeric = true;
  bool islamic = false, persian = false;
  if (const size_t marker = CalendarMarker(date->end, &islamic, nullptr, &persian)) {
    date->end = marker;
    date->islamic = islamic;
    date->persian = persian;
  }
}

void DateReader::AttachWeekday(DateMatch* date) const {
  size_t p = SkipCommaBack(text_, date->begin);
  // "الأحد (19 مارس 2017)": the date in brackets after its weekday.
  if (p > 0 && text_[p - 1] == '(') p = SkipCommaBack(text_, p - 1);
  // "الأربعاء الموافق 13 فبراير", "السبت الماضي 29 أفريل": a word may say that the date is
  // the weekday's.
  if (const auto link = time_cues_.MatchBefore(text_, p, "weekday-link"); link.entry) {
    p = SkipCommaBack(text_, link.end);
  }
  // "Monday the 6th of March": "the" may stand between the weekday and the day.
  if (p >= 4 && text_.substr(p - 3, 3) == "the" && text_[p - 4] == ' ' && p < date->begin) {
    p = SkipCommaBack(text_, p - 3);
  }
  const auto m = weekdays_.MatchBefore(text_, p);
  if (m.entry == nullptr) return AttachWeekdayAfter(date);
  date->weekday = std::stoi(m.entry->tags.at(0));
  date->begin = m.end;
}

// "May 1 (Wednesday)", "on Aug. 5, a Monday,": the weekday in brackets right after the date,
// or in English after ", a".
void DateReader::AttachWeekdayAfter(DateMatch* date) const {
  const size_t after = scan::SkipSpaces(text_, date->end);
  if (after >= text_.size()) return;
  size_t at = 0;
  bool bracket = false;
  if (text_[after] == '(') {
    at = scan::SkipSpaces(text_, after + 1), bracket = true;
  } else if (const auto was = WeekdayVerbAt(*date, after); was != 0) {
    at = was;
  } else if (text_[after] == ',') {
    const size_t article = scan::SkipSpaces(text_, after + 1);
    if (const auto was = WeekdayVerbAt(*date, article); was != 0) {
      at = was;
    } else if (text_.substr(article, 2) != "a ") {
      return AttachArabicWeekdayAfter(date, article);
    } else {
      at = article + 2;
    }
  } else if (text_.substr(after, 2) == "\xD8\x8C") {  // ،
    return AttachArabicWeekdayAfter(date, scan::SkipSpaces(text_, after + 2));
  } else {
    return;
  }
  const auto w = weekdays_.MatchAt(text_, at);
  const bool capital = absl::ascii_isupper(static_cast<unsigned char>(text_[at]));
  if (w.entry == nullptr || (!bracket && !capital)) return;
  size_t end = w.end;
  if (bracket) {
    end = scan::SkipSpaces(text_, end);
    if (end >= text_.size() || text_[end] != ')') return;
    ++end;
  } else if (end < text_.size() && scan::IsLetter(scan::NextCodePoint(text_, end))) {
    return;  // "a Mondayish": no weekday
  }
  date->weekday = std::stoi(w.entry->tags.at(0));
  date->end = end;
}

// "January 1, 2024 was a Monday", "falls on a Friday": an English verb of the weekday a date
// of its year is on (time_cues.tsv "weekday-was"; "The Fourth of July fell on a Friday in
// 2025" names the year after); where the weekday's name starts past it, or 0.
size_t DateReader::WeekdayVerbAt(const DateMatch& date, size_t at) const {
  if (date.year == 0) return 0;
  const auto was = time_cues_.MatchAt(text_, at, "weekday-was");
  return was.entry ? scan::SkipSpaces(text_, was.end) : 0;
}

// "17 أكتوبر 2023، وهو يوم ثلاثاء", "، يوم الثلاثاء", "، الذي صادف الثلاثاء": the weekday said
// of the date after a comma, with or without a word that links them; a weekday without its
// article only after "يوم". Not one that starts the next date ("، الأربعاء 18 أكتوبر"), nor
// one with no linking word that goes on with its clause, a verb's time rather than the date's
// ("المولود في 4 مارس 1948، يوم الثلاثاء عن عمر"): with none, a mark must close it.
void DateReader::AttachArabicWeekdayAfter(DateMatch* date, size_t at) const {
  // (English after a comma names a weekday only with "a": "May 5, Tuesday's vote" is no date's.)
  if (at >= text_.size() || static_cast<unsigned char>(text_[at]) < 0x80) return;
  const auto link = time_cues_.MatchAt(text_, at, "weekday-after");
  if (link.entry) at = scan::SkipSpaces(text_, link.end);
  int weekday = 0;
  size_t end = 0;
  if (scan::WordAt(text_, at) == kDay) {
    weekday = BareWeekdayAfter(weekdays_, text_, at, &end);
    at = scan::SkipSpaces(text_, at + kDay.size());
  }
  if (weekday == 0) {
    const auto w = weekdays_.MatchAt(text_, at);
    if (w.entry == nullptr) return;
    weekday = std::stoi(w.entry->tags.at(0));
    end = w.end;
  }
  const size_t next = scan::SkipSpaces(text_, end);
  Month month;
  if (next < text_.size() && (scan::IsAsciiDigit(text_[next]) || MonthAt(next, &month) ||
                              time_cues_.MatchAt(text_, next, "weekday-link").entry)) {
    return;
  }
  if (!link.entry && !scan::EndsAt(text_, next, ".,;:)\n")) return;
  date->weekday = weekday;
  date->end = end;
}

bool DateReader::Read(size_t begin, size_t end, long value, DateMatch* date) const {
  DateMatch d;
  d.begin = begin;
  d.end = end;
  Month month;
  if (ReadNumeric(begin, end, value, &d)) {
    // done
  } else if (value >= 1 && value <= 31 && MonthAt(AfterOf(end), &month) &&
             (AfterOf(end) > end || !month.english)) {  // "7ماي 2017" is glued; "5may" is not
    d.day = static_cast<int>(value);
    d.month = month.number;
    d.islamic = month.islamic;
    d.end = month.end;
    ReadYearAfter(month.end, &d);
  } else if (value >= 1 && value <= 31 && MonthBefore(begin, &month) &&
             TakesTheDay(month, begin, end)) {
    // "November 18, 2022": the day after its month ("في يناير 22 شخصا" is a count).
    d.day = static_cast<int>(value);
    d.month = month.number;
    d.islamic = month.islamic;
    d.begin = month.begin;
    ReadYearAfter(end, &d);
  } else if (PlausibleYear(static_cast<int>(value)) && MonthBefore(begin, &month)) {
    d.year = static_cast<int>(value);
    d.month = month.number;
    d.islamic = month.islamic;
    d.begin = month.begin;
    if (const size_t cue = FirstDayCue(month.begin); cue != std::string_view::npos) {
      d.day = 1;
      d.begin = cue;
    }
    bool islamic = false;
    if (const size_t marker = CalendarMarker(end, &islamic)) d.end = marker, d.islamic |= islamic;
  } else {
    return false;
  }
  AttachWeekday(&d);
  *date = d;
  return true;
}

size_t DateReader::FirstDayCue(size_t month_begin) const {
  const auto cue = time_cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, month_begin),
                                          "first-day");
  return cue.entry ? cue.end : std::string_view::npos;
}

// Past the spaces after a day, and an "of" between day and month: "13 من شباط", "13 of May",
// "الثالث من شهر سبتمبر" (of the month of September).
size_t DateReader::AfterOf(size_t end) const {
  static constexpr std::string_view kMonth = "\xD8\xB4\xD9\x87\xD8\xB1";  // شهر
  const auto word_at = [&](size_t at, std::string_view word) {
    return text_.substr(at, word.size()) == word && scan::SpaceLength(text_, at + word.size());
  };
  const size_t at = scan::SkipSpaces(text_, end);
  for (std::string_view of : {std::string_view("\xD9\x85\xD9\x86"), std::string_view("of")}) {
    if (!word_at(at, of)) continue;
    const size_t next = scan::SkipSpaces(text_, at + of.size());
    return word_at(next, kMonth) ? scan::SkipSpaces(text_, next + kMonth.size()) : next;
  }
  return at;
}

bool DateReader::OfAMonthAfter(size_t end) const {
  Month month;
  const size_t after = AfterOf(end);
  return after > scan::SkipSpaces(text_, end) && MonthAt(after, &month);
}

bool DateReader::ReadHoliday(size_t begin, DateMatch* date) const {
  static constexpr std::string_view kClitics[] = {"\xD9\x88", "\xD8\xA8", "\xD9\x84", "\xD9\x81",
                                                 "\xD9\x83"};  // و ب ل ف ك
  auto m = holidays_.MatchAt(text_, begin);
  if (m.entry == nullptr &&
      std::find(std::begin(kClitics), std::end(kClitics), text_.substr(begin, 2)) != std::end(kClitics)) {
    begin += 2;  // glued: "وعيد الفطر", "بعيد الأضحى"
    m = holidays_.MatchAt(text_, begin);
  }
  if (m.entry == nullptr) return false;
  // English names are capitalized ("christmas" in lower case is rare enough to leave), and a
  // capitalized word after one makes a longer name: "Christmas Island", "Christmas Eve".
  if (static_cast<unsigned char>(text_[begin]) < 0x80) {
    const size_t next = scan::SkipSpaces(text_, m.end);
    const auto capital = [&](size_t i) { return i < text_.size() && text_[i] >= 'A' && text_[i] <= 'Z'; };
    if (!capital(begin) || (next > m.end && capital(next))) return false;
  }
  DateMatch d;
  d.begin = begin;
  d.end = m.end;
  const std::string& calendar = m.entry->tags.at(0);
  if (calendar == "easter" || calendar == "orthodox-easter") {
    // Easter moves: only with its year is it a date ("Easter 2013", "عيد الفصح 2013").
    DateMatch year;
    if (!ReadYearAfter(m.end, &year) || year.islamic) return false;
    const auto day = EasterDay(year.year, calendar == "orthodox-easter",
                               std::stoi(m.entry->tags.at(2)));
    if (!day) return false;
    d.year = day->year, d.month = day->month, d.day = day->day;
    d.end = year.end;
    AttachWeekdayAfter(&d);
    *date = d;
    return true;
  }
  d.islamic = calendar == "islamic";
  d.month = std::stoi(m.entry->tags.at(1));
  d.day = std::stoi(m.entry->tags.at(2));
  DateMatch year;
  if (ReadYearAfter(m.end, &year)) {
    // An Islamic holiday with a year of its own calendar: a marker, or a year of this era.
    const bool hijri_year = year.islamic || (year.year >= 1300 && year.year < 1600);
    if (!d.islamic || hijri_year) {
      d.year = year.year;
      d.end = year.end;
    } else if (const auto gregorian = HijriDayInGregorianYear(d.month, d.day, year.year)) {
      d.year = gregorian->year, d.month = gregorian->month, d.day = gregorian->day;
      d.islamic = false;
      d.end = year.end;
    }
    // "New Year's Day 2024 was a Monday": a holiday of a year may say its weekday after it;
    // not an Islamic one, whose day each country sets by its sighting of the moon.
    if (d.year != 0 && calendar == "gregorian") AttachWeekdayAfter(&d);
  }
  *date = d;
  return true;
}

// "between January and March", "in May or June", "بين يناير و مارس": a month right after
// another month and "and" or "or" is named as a time as the first is.
bool DateReader::AfterAMonthAndAnd(size_t begin) const {
  static constexpr std::string_view kAnd = "\xD9\x88";  // و
  const size_t end = scan::SkipSpacesBack(text_, begin);
  const std::string_view word = scan::WordBefore(text_, end);
  if (word != "and" && word != "or" && word != kAnd) return false;
  Month before;
  return MonthBefore(end - word.size(), &before);
}

bool DateReader::ReadMonthOnly(size_t begin, DateMatch* date) const {
  Month month;
  if (!MonthAt(begin, &month)) return false;
  // A year or a day after it makes a fuller date, which their number reads: "يناير 2022",
  // "May 5"; not a count ("in April, 115 candidates", "in April, 15 stores") or a share.
  const size_t after = SkipComma(text_, month.end);
  size_t digits = after;
  while (digits < text_.size() && scan::IsAsciiDigit(text_[digits])) ++digits;
  const bool day = digits > after && digits - after <= 2 && TakesTheDay(month, after, digits);
  if (digits - after == 4 || day) return false;
  const bool paired = month.end > begin && text_.substr(begin, month.end - begin).find_first_of("/(") !=
                                               std::string_view::npos;
  // Alone, a month is a date only where it is named as a time: "في سبتمبر", "since May"; a
  // name that is also a word only after a cue that the word does not follow too ("في آب", but
  // "من أب جزائري" is of an Algerian father).
  const size_t cue_end = SkipCommaBack(text_, begin);
  const size_t first_day = FirstDayCue(begin);
  const bool cue =
      time_cues_.MatchBefore(text_, cue_end, "month").entry ||
      (!month.also_a_word && time_cues_.MatchBefore(text_, cue_end, "month-or-word").entry);
  // "the May/June 2020 series": a month before a slash and another month is a time too.
  Month next;
  const size_t slash = scan::SkipSpaces(text_, month.end);
  const bool before_a_month = slash < text_.size() && text_[slash] == '/' &&
                              MonthAt(scan::SkipSpaces(text_, slash + 1), &next);
  if (!paired && !cue && !before_a_month && first_day == std::string_view::npos &&
      !AfterAMonthAndAnd(begin)) {
    return false;
  }
  DateMatch d;
  d.begin = begin;
  d.end = month.end;
  d.month = month.number;
  d.islamic = month.islamic;
  if (first_day != std::string_view::npos) {
    d.day = 1;
    d.begin = first_day;
  }
  *date = d;
  return true;
}

}  // namespace mizan::claims
