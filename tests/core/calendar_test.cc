#include "core/claims/calendar.h"

#include <cstdio>
#include <optional>
#include <string>

#include "gtest/gtest.h"

namespace mizan::claims {
namespace {

std::string Iso(const std::optional<YearMonthDay>& d) {
  if (!d) return "none";
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", d->year, d->month, d->day);
  return out;
}

// Dates checked against church calendars: the Western and Orthodox Easters fall together in
// some years (2017) and up to five weeks apart in others (2024).
TEST(Calendar, EasterSunday) {
  EXPECT_EQ(Iso(EasterDay(2013, false, 0)), "2013-03-31");
  EXPECT_EQ(Iso(EasterDay(2024, false, 0)), "2024-03-31");
  EXPECT_EQ(Iso(EasterDay(2019, false, 0)), "2019-04-21");
  EXPECT_EQ(Iso(EasterDay(2000, false, 0)), "2000-04-23");
  EXPECT_EQ(Iso(EasterDay(2024, true, 0)), "2024-05-05");
  EXPECT_EQ(Iso(EasterDay(2017, true, 0)), "2017-04-16");
  EXPECT_EQ(Iso(EasterDay(2017, false, 0)), "2017-04-16");
  EXPECT_EQ(Iso(EasterDay(2023, true, 0)), "2023-04-16");
}

TEST(Calendar, FeastsAroundEaster) {
  EXPECT_EQ(Iso(EasterDay(2023, false, -2)), "2023-04-07");  // Good Friday
  EXPECT_EQ(Iso(EasterDay(2025, false, 1)), "2025-04-21");   // Easter Monday
  EXPECT_EQ(Iso(EasterDay(2024, false, -7)), "2024-03-24");  // Palm Sunday
}

TEST(Calendar, EasterOutsideTheGregorianCalendar) {
  EXPECT_EQ(Iso(EasterDay(1500, false, 0)), "none");
  EXPECT_EQ(Iso(EasterDay(10000, true, 0)), "none");
}

}  // namespace
}  // namespace mizan::claims
