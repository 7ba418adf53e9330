// Persian number words, and the test that keeps them out of Arabic text.
#include <string>
#include <vector>

#include "core/claims/extractor.h"
#include "core/text/persian.h"
#include "gtest/gtest.h"
#include "tests/core/test_engine.h"

namespace mizan::claims {
namespace {

using mizan::test_support::TestEngine;

std::vector<Claim> ExtractAll(const std::string& text) {
  std::vector<Claim> claims;
  const Error error = Extract(TestEngine(), text, {}, &claims);
  EXPECT_TRUE(error.ok()) << error.message;
  return claims;
}

// "value kind" of each claim, in order.
std::vector<std::string> Read(const std::string& text) {
  std::vector<std::string> out;
  for (const Claim& c : ExtractAll(text)) {
    out.push_back(c.value + (c.kind == Kind::kOrdinal   ? " ordinal"
                             : c.kind == Kind::kPercent ? " percent"
                                                        : ""));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(LooksPersian, PersianLettersAgainstArabicOnes) {
  EXPECT_TRUE(text::LooksPersian("این کتاب را دیروز خریدم"));
  EXPECT_FALSE(text::LooksPersian("اشترى الرجل الكتاب في المدينة"));
  // Arabic typed on a Persian keyboard (ی, ک) keeps its teh marbuta.
  EXPECT_FALSE(text::LooksPersian("اشتری الرجل کتابة المدینة والجامعة والمدرسة"));
  EXPECT_FALSE(text::LooksPersian("no letters that tell"));
  EXPECT_FALSE(text::LooksPersian(""));
}

TEST(PersianWords, CardinalsInTheirOrder) {
  EXPECT_EQ(Read("صد و بیست و سه"), V{"123"});
  EXPECT_EQ(Read("دویست و چهل و دو"), V{"242"});
  EXPECT_EQ(Read("هزار و سیصد و نود و هشت"), V{"1398"});
  EXPECT_EQ(Read("صد و سی هزار"), V{"130000"});
  EXPECT_EQ(Read("یک میلیارد و دویست و سی و چهار میلیون و پانصد و شصت و هفت هزار"),
            V{"1234567000"});
  EXPECT_EQ(Read("منفی دویست و سه"), V{"-203"});
  EXPECT_EQ(Read("دوازده و نیم"), V{"12.5"});
  EXPECT_EQ(Read("هیجده"), V{"18"});
}

TEST(PersianWords, Ordinals) {
  EXPECT_EQ(Read("بیست و سوم"), V{"23 ordinal"});
  EXPECT_EQ(Read("صد و سیزدهم"), V{"113 ordinal"});
  EXPECT_EQ(Read("سومین دوره"), V{"3 ordinal"});
  EXPECT_EQ(Read("دوازدهم"), V{"12 ordinal"});
}

TEST(PersianWords, DecimalsAsCountsOfTenthsAndHundredths) {
  EXPECT_EQ(Read("هفتاد و پنج صدم"), V{"0.75"});
  EXPECT_EQ(Read("دوازده و پنجاه و یک صدم"), V{"12.51"});
  EXPECT_EQ(Read("یک میلیونیم"), V{"0.000001"});
  EXPECT_EQ(Read("او سه دهم را پرداخت کرد"), V{"0.3"});
  EXPECT_EQ(Read("صدمین سالگرد"), V{"100 ordinal"});
}

TEST(PersianWords, PercentAfterWordsAndDigits) {
  EXPECT_EQ(Read("قیمت بیست درصد افزایش یافت"), V{"20 percent"});
  EXPECT_EQ(Read("تورم ۴۵ درصد است"), V{"45 percent"});
}

// Persian scale words after digits, Persian currencies and bounds; "هزار" (also Arabic's
// nightingale) only in Persian text.
TEST(PersianWords, ScalesCurrenciesAndBoundsAfterDigits) {
  const std::vector<Claim> claims = ExtractAll("در سال ۱۴۰۲ بیش از ۳ میلیون نفر");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].value, "3000000");
  EXPECT_EQ(claims[1].qualifier, "more-than");
  const Claim dollars = ExtractAll("سه میلیارد دلار").at(0);
  EXPECT_EQ(dollars.kind, Kind::kMoney);
  EXPECT_EQ(dollars.unit, "USD");
  EXPECT_EQ(Read("قیمت ۲۵ هزار تومان"), V{"25000"});
  // "ریال ایران", the rial of Iran, on either side of the amount; a bare rial stays unresolved.
  EXPECT_EQ(ExtractAll("ریال ایران ۱۲۳۵").at(0).unit, "IRR");
  EXPECT_EQ(ExtractAll("۱۲۳۵ ریال ایران").at(0).unit, "IRR");
  EXPECT_EQ(Read("غرد 25 هزار في الحديقة"), V{"25"});
}

TEST(PersianWords, ArabicWordsSpelledLikeThemAreNotNumbers) {
  // نود "we want", صد "to repel", صدم "collided", ده "this" (Egyptian) in Arabic text.
  EXPECT_TRUE(Read("نود أن نرى نتائج المباحثات").empty());
  EXPECT_TRUE(Read("تمكن الجيش من صد الهجوم").empty());
  EXPECT_TRUE(Read("صدم سائق سيارة أحد المارة").empty());
  EXPECT_TRUE(Read("الكلام ده مش صحيح").empty());
  // بيست spelled with the Arabic yeh is "best" transliterated, not the Persian 20.
  EXPECT_TRUE(Read("افتتح متجر بيست باي فرعا جديدا").empty());
  // No clitic is read off a Persian word: بده is "give", not ب + ده.
  EXPECT_TRUE(Read("کتاب را به من بده").empty());
  // "نه" (no, not) is a number only inside a compound.
  EXPECT_TRUE(Read("نه تنها این کتاب").empty());
  EXPECT_EQ(Read("بیست و نه"), V{"29"});
}

TEST(PersianWords, HomographsAreNumbersInPersianText) {
  EXPECT_EQ(Read("او صد کتاب دارد"), V{"100"});
  EXPECT_EQ(Read("نود سال پیش"), V{"90"});
  // A phrase's own Persian letters make it Persian in an Arabic text.
  EXPECT_EQ(Read("قال إن سی نفر حضروا"), V{"30"});
}

}  // namespace
}  // namespace mizan::claims
