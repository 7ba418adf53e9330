#include "core/numerals/roman.h"

#include "gtest/gtest.h"

namespace mizan::numerals {
namespace {

TEST(Roman, ReadsStandardSpellings) {
  EXPECT_EQ(ReadRoman("I"), 1);
  EXPECT_EQ(ReadRoman("IV"), 4);
  EXPECT_EQ(ReadRoman("IX"), 9);
  EXPECT_EQ(ReadRoman("XIV"), 14);
  EXPECT_EQ(ReadRoman("LVII"), 57);
  EXPECT_EQ(ReadRoman("MCMXCIV"), 1994);
  EXPECT_EQ(ReadRoman("MMMCMXCIX"), 3999);
}

TEST(Roman, RefusesEverythingElse) {
  EXPECT_EQ(ReadRoman(""), std::nullopt);
  EXPECT_EQ(ReadRoman("IIII"), std::nullopt);  // not the standard spelling of 4
  EXPECT_EQ(ReadRoman("IC"), std::nullopt);
  EXPECT_EQ(ReadRoman("VX"), std::nullopt);
  EXPECT_EQ(ReadRoman("iv"), std::nullopt);    // capitals only
  EXPECT_EQ(ReadRoman("IVA"), std::nullopt);
  EXPECT_EQ(ReadRoman("MMMM"), std::nullopt);  // past 3999
}

}  // namespace
}  // namespace mizan::numerals
