#include "core/numerals/digit_number.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace mizan::numerals {
namespace {

struct Read {
  std::vector<std::string> values;
  bool guessed = false;
};

Read ReadAll(const std::string& text, const SeparatorConvention& convention = {}) {
  DigitRun run;
  EXPECT_TRUE(SplitDigitRun(text, 0, &run)) << text;
  Read r;
  for (const DigitNumber& n : ReadDigitRun(run, text, convention)) {
    r.values.push_back(n.value.ToString());
    r.guessed |= n.separator_guessed;
  }
  return r;
}

std::vector<std::string> Values(const std::string& text, const SeparatorConvention& c = {}) {
  return ReadAll(text, c).values;
}

using V = std::vector<std::string>;

TEST(DigitNumber, GroupingByEveryGroupingSeparator) {
  EXPECT_EQ(Values("1,234,567"), V{"1234567"});
  EXPECT_EQ(Values("1.234.567"), V{"1234567"});
  EXPECT_EQ(Values("1'234'567"), V{"1234567"});
  EXPECT_EQ(Values("1\u066C234\u066C567"), V{"1234567"});
  EXPECT_EQ(Values("1\u00A0234\u00A0567"), V{"1234567"});
}

TEST(DigitNumber, DecimalsByEveryDecimalSeparator) {
  EXPECT_EQ(Values("2.5"), V{"2.5"});
  EXPECT_EQ(Values("2,5"), V{"2.5"});
  EXPECT_EQ(Values("2\u066B5"), V{"2.5"});
  EXPECT_EQ(Values("1,234.56"), V{"1234.56"});
  EXPECT_EQ(Values("1.234,56"), V{"1234.56"});
  EXPECT_EQ(Values("1\u066C234\u066B5"), V{"1234.5"});
  EXPECT_EQ(Values("1\u00A0234,5"), V{"1234.5"});
}

TEST(DigitNumber, CommaWithThreeDigitsIsGroupingInNewsStyle) {
  const Read r = ReadAll("31,000");
  EXPECT_EQ(r.values, V{"31000"});
  EXPECT_FALSE(r.guessed);
}

TEST(DigitNumber, DigitShapesThatForceADecimalComma) {
  EXPECT_EQ(Values("0,500"), V{"0.5"});   // leading zero
  EXPECT_EQ(Values("8133,5"), V{"8133.5"});
  EXPECT_EQ(Values("29,42"), V{"29.42"});
  EXPECT_EQ(Values("1234,567"), V{"1234.567"});  // four digits before
}

TEST(DigitNumber, DotWithThreeDigitsIsDecimalByDefault) {
  const Read r = ReadAll("15.818");
  EXPECT_EQ(r.values, V{"15.818"});
  EXPECT_FALSE(r.guessed);
}

TEST(DigitNumber, DocumentConventionSettlesTheAmbiguousCases) {
  SeparatorConvention comma_decimal;
  comma_decimal.comma_decimal = true;
  Read r = ReadAll("2,803", comma_decimal);
  EXPECT_EQ(r.values, V{"2.803"});
  EXPECT_TRUE(r.guessed);

  SeparatorConvention dot_grouping;
  dot_grouping.dot_grouping = true;
  r = ReadAll("31.000", dot_grouping);
  EXPECT_EQ(r.values, V{"31000"});
  EXPECT_TRUE(r.guessed);

  // Both conventions seen: the default reading stays, and it is marked as a guess.
  SeparatorConvention mixed;
  mixed.comma_decimal = mixed.comma_grouping = true;
  r = ReadAll("2,803", mixed);
  EXPECT_EQ(r.values, V{"2803"});
  EXPECT_TRUE(r.guessed);
}

TEST(DigitNumber, ObservesOnlyUnambiguousNumbers) {
  const auto observe = [](const std::string& text) {
    DigitRun run;
    SplitDigitRun(text, 0, &run);
    SeparatorConvention c;
    ObserveConvention(run, text, &c);
    return c;
  };
  EXPECT_TRUE(observe("1,4").comma_decimal);
  EXPECT_TRUE(observe("1,234,567").comma_grouping);
  EXPECT_TRUE(observe("1.234,5").dot_grouping);
  EXPECT_TRUE(observe("1.234,5").comma_decimal);
  const SeparatorConvention none = observe("31,000");
  EXPECT_FALSE(none.comma_decimal || none.comma_grouping || none.dot_decimal ||
               none.dot_grouping);
}

TEST(DigitNumber, IndianGroupingOfLakhsAndCrores) {
  EXPECT_EQ(Values("12,34,567"), V{"1234567"});
  EXPECT_EQ(Values("1,23,45,678.5"), V{"12345678.5"});
  EXPECT_EQ(Values("12,34,56"), (V{"12", "34", "56"}));    // the last group has three digits
  EXPECT_EQ(Values("123,45,678"), (V{"123", "45", "678"}));  // and the first one or two
}

TEST(DigitNumber, BadlyGroupedRunsSplitIntoSeparateNumbers) {
  EXPECT_EQ(Values("2017.03.27"), (V{"2017", "3", "27"}));
  EXPECT_EQ(Values("1,2,3"), (V{"1", "2", "3"}));
  EXPECT_EQ(Values("2019\u00A0300"), (V{"2019", "300"}));  // a word space between numbers
  EXPECT_EQ(Values("1,234.5.6"), (V{"1", "234", "5", "6"}));
  EXPECT_EQ(Values("1\u066C23"), (V{"1", "23"}));
}

TEST(DigitNumber, RecordsSpansAndWrittenPrecision) {
  const std::string text = "12.50";
  DigitRun run;
  ASSERT_TRUE(SplitDigitRun(text, 10, &run));
  const std::string padded = std::string(10, ' ') + text;
  const auto numbers = ReadDigitRun(run, padded, {});
  ASSERT_EQ(numbers.size(), 1u);
  EXPECT_EQ(numbers[0].begin, 10u);
  EXPECT_EQ(numbers[0].end, 15u);
  EXPECT_EQ(numbers[0].fraction_digits, 2);
}

TEST(DigitNumber, SplitRefusesWhatIsNotARun) {
  DigitRun run;
  EXPECT_FALSE(SplitDigitRun("12,", 0, &run));
  EXPECT_FALSE(SplitDigitRun("a1", 0, &run));
  EXPECT_FALSE(SplitDigitRun("", 0, &run));
}

}  // namespace
}  // namespace mizan::numerals
