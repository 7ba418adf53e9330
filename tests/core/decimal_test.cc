#include "core/numerals/decimal.h"

#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"

namespace mizan::numerals {
namespace {

std::string Str(std::string_view integer, std::string_view fraction = "") {
  return Decimal::FromDigits(integer, fraction)->ToString();
}

TEST(Decimal, PrintsCanonically) {
  EXPECT_EQ(Str("31000"), "31000");
  EXPECT_EQ(Str("0031"), "31");
  EXPECT_EQ(Str("2", "50"), "2.5");
  EXPECT_EQ(Str("0", "05"), "0.05");
  EXPECT_EQ(Str("0"), "0");
  EXPECT_EQ(Str("", "5"), "0.5");
}

TEST(Decimal, ScalesExactly) {
  const Decimal two_and_a_half = *Decimal::FromDigits("2", "5");
  EXPECT_EQ(two_and_a_half.TimesPowerOfTen(9).ToString(), "2500000000");
  EXPECT_EQ(two_and_a_half.Times(Decimal::FromInt(1000000)).ToString(), "2500000");
  EXPECT_EQ(Decimal::FromInt(233).TimesPowerOfTen(21).ToString(), "233000000000000000000000");
}

TEST(Decimal, Quotients) {
  bool exact = false;
  EXPECT_EQ(Decimal::Quotient(3, 4, &exact)->ToString(), "0.75");
  EXPECT_TRUE(exact);
  EXPECT_EQ(Decimal::Quotient(2, 3, &exact)->ToString(), "0.66666666666666666667");
  EXPECT_FALSE(exact);
  EXPECT_EQ(Decimal::Quotient(21, 2, &exact)->ToString(), "10.5");
  EXPECT_EQ(Decimal::Quotient(1, 0, &exact), std::nullopt);
}

TEST(Decimal, WholeNumbers) {
  EXPECT_EQ(Decimal::FromDigits("31000", "")->ToWhole(), 31000u);
  EXPECT_EQ(Decimal::FromDigits("0", "")->ToWhole(), 0u);
  EXPECT_EQ(Decimal::FromDigits("2", "50")->ToWhole(), std::nullopt);
  EXPECT_EQ(Decimal::FromInt(5).Negated().ToWhole(), std::nullopt);
  EXPECT_EQ(Decimal::FromInt(233).TimesPowerOfTen(21).ToWhole(), std::nullopt);
  // Up to 10^18, exclusive, whatever the split between coefficient and exponent.
  EXPECT_EQ(Decimal::FromDigits("999999999999999999", "")->ToWhole(), 999999999999999999u);
  EXPECT_EQ(Decimal::FromInt(99).TimesPowerOfTen(16).ToWhole(), 990000000000000000u);
  EXPECT_EQ(Decimal::FromInt(1).TimesPowerOfTen(18).ToWhole(), std::nullopt);
  EXPECT_EQ(Decimal::FromInt(100).TimesPowerOfTen(16).ToWhole(), std::nullopt);
  EXPECT_EQ(Decimal::FromInt(12).TimesPowerOfTen(16).ToWhole(), 120000000000000000u);
  EXPECT_TRUE(Decimal::FromDigits("0", "75")->IsProperFraction());
  EXPECT_FALSE(Decimal::FromInt(1).IsProperFraction());
  EXPECT_FALSE(Decimal::FromInt(0).IsProperFraction());
  EXPECT_FALSE(Decimal::FromDigits("0", "5")->Negated().IsProperFraction());
  EXPECT_FALSE(Decimal::FromDigits("1", "5")->IsProperFraction());
  // Whole values stop below 10^18.
  EXPECT_EQ(Decimal::FromInt(999999999999999999u).ToWhole(), 999999999999999999u);
  EXPECT_EQ(Decimal::FromInt(1).TimesPowerOfTen(18).ToWhole(), std::nullopt);
  EXPECT_EQ(Decimal::FromInt(1).TimesPowerOfTen(17).ToWhole(), 100000000000000000u);
}

TEST(Decimal, AddsAndNegates) {
  const Decimal a = *Decimal::FromDigits("1", "5");
  const Decimal b = Decimal::FromInt(2);
  EXPECT_EQ(a.Plus(b).ToString(), "3.5");
  EXPECT_EQ(a.Negated().Plus(Decimal::FromInt(1)).ToString(), "-0.5");
  EXPECT_EQ(Decimal::FromInt(0).Negated().ToString(), "0");
  EXPECT_EQ(a.Negated().ToString(), "-1.5");
}

TEST(Decimal, ReportsValuesTooLargeInsteadOfWrapping) {
  const std::string forty_digits(40, '9');
  const Decimal big = *Decimal::FromDigits(forty_digits, "");
  EXPECT_TRUE(big.too_large());
  EXPECT_EQ(big.ToString(), "");
  const Decimal max38 = *Decimal::FromDigits(std::string(38, '9'), "");
  EXPECT_FALSE(max38.too_large());
  EXPECT_EQ(max38.ToString(), std::string(38, '9'));
  EXPECT_TRUE(max38.Plus(Decimal::FromInt(1)).too_large());
  EXPECT_TRUE(max38.Times(Decimal::FromInt(11)).too_large());
  // Trailing zeros live in the exponent: a 39-digit round number is still exact.
  EXPECT_EQ(max38.Times(Decimal::FromInt(10)).ToString(), std::string(38, '9') + "0");
  EXPECT_TRUE(Decimal::FromInt(1).TimesPowerOfTen(1000).too_large());
}

TEST(Decimal, RefusesNonDigits) {
  EXPECT_FALSE(Decimal::FromDigits("1a", "").has_value());
  EXPECT_FALSE(Decimal::FromDigits("", "").has_value());
}

TEST(Decimal, ComparesByValue) {
  EXPECT_EQ(*Decimal::FromDigits("2", "50"), *Decimal::FromDigits("2", "5"));
  EXPECT_EQ(Decimal::FromInt(300).TimesPowerOfTen(3), Decimal::FromInt(300000));
  EXPECT_TRUE(Decimal::FromInt(1) < *Decimal::FromDigits("1", "5"));
  EXPECT_FALSE(*Decimal::FromDigits("1", "5") < Decimal::FromInt(1));
  EXPECT_FALSE(Decimal::FromInt(2) < Decimal::FromInt(2));
  EXPECT_TRUE(Decimal::FromInt(3).Negated() < Decimal::FromInt(0));
}

TEST(Decimal, TellsThePowerOfTenBetweenTwoValues) {
  const Decimal n = Decimal::FromInt(623);
  EXPECT_EQ(n.PowerOfTenTo(Decimal::FromInt(623000)), 3);
  EXPECT_EQ(n.PowerOfTenTo(*Decimal::FromDigits("0", "623")), -3);
  EXPECT_EQ(Decimal::FromInt(6230).PowerOfTenTo(n), -1);
  EXPECT_EQ(n.PowerOfTenTo(n), 0);
  EXPECT_FALSE(n.PowerOfTenTo(Decimal::FromInt(624000)).has_value());
  EXPECT_FALSE(n.PowerOfTenTo(n.Negated()).has_value());
  EXPECT_FALSE(Decimal::FromInt(0).PowerOfTenTo(Decimal::FromInt(0)).has_value());
}

TEST(Decimal, CountsTheDigitsAfterThePointAsWritten) {
  for (const auto& [integer, fraction] : std::vector<std::pair<const char*, const char*>>{
           {"2", "25"}, {"300", ""}, {"0", "003"}, {"7", "50"}, {"12", "0"}}) {
    const Decimal d = *Decimal::FromDigits(integer, fraction);
    const std::string text = d.ToString();
    const size_t point = text.find('.');
    EXPECT_EQ(d.FractionDigits(),
              point == std::string::npos ? 0 : static_cast<int>(text.size() - point - 1))
        << text;
  }
  const Decimal big = *Decimal::FromDigits(std::string(40, '9'), "");
  ASSERT_TRUE(big.too_large());
  EXPECT_EQ(big.FractionDigits(), 0);
}

}  // namespace
}  // namespace mizan::numerals
