// Claims from words and context: every row of the forms mizan must accept, in sentences
// written for these tests.
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/claims/extractor.h"
#include "gtest/gtest.h"
#include "tests/core/test_engine.h"

namespace mizan::claims {
namespace {

using mizan::test_support::TestEngine;

class ClaimsTest : public ::testing::Test {
 protected:
  static std::vector<Claim> All(const std::string& text) {
    std::vector<Claim> claims;
    const Error error = Extract(TestEngine(), text, {}, &claims);
    EXPECT_TRUE(error.ok()) << error.message;
    return claims;
  }

  // The only claim of `text`; a failed expectation (and an empty claim) when there is not one.
  static Claim One(const std::string& text) {
    auto claims = All(text);
    EXPECT_EQ(claims.size(), 1u) << text;
    return claims.size() == 1 ? claims[0] : Claim{};
  }

  // An age in the decade of life from `first` years, spanning `text`.
  static void ExpectAgeOfTheDecade(const Claim& c, int first, const std::string& text) {
    EXPECT_EQ(c.kind, Kind::kDuration) << text;
    EXPECT_EQ(c.unit, "year") << text;
    EXPECT_EQ(c.qualifier, "range") << text;
    EXPECT_EQ(c.value, "") << text;
    ASSERT_TRUE(c.lower && c.upper) << text;
    EXPECT_EQ(c.lower->value, std::to_string(first)) << text;
    EXPECT_EQ(c.upper->value, std::to_string(first + 9)) << text;
    EXPECT_EQ(c.text, text);
  }
};


struct ValueCase {
  const char* text;
  const char* value;
};

TEST_F(ClaimsTest, ArabicUnitsInEveryGenderAndCase) {
  const std::vector<ValueCase> cases = {
      {"صفر", "0"},          {"واحد", "1"},         {"واحدة", "1"},       {"اثنان", "2"},
      {"اثنين", "2"},        {"اثنتان", "2"},       {"اثنتين", "2"},      {"ثلاث", "3"},
      {"ثلاثة", "3"},        {"أربع", "4"},         {"أربعة", "4"},       {"خمس", "5"},
      {"خمسة", "5"},         {"ست", "6"},           {"ستة", "6"},         {"سبع", "7"},
      {"سبعة", "7"},         {"ثمان", "8"},         {"ثماني", "8"},       {"ثمانية", "8"},
      {"تسع", "9"},          {"تسعة", "9"},         {"عشر", "10"},        {"عشرة", "10"},
  };
  for (const auto& c : cases) EXPECT_EQ(One(std::string("وصل ") + c.text + " فقط").value, c.value) << c.text;
}

TEST_F(ClaimsTest, ArabicTeensTensHundredsAndScales) {
  const std::vector<ValueCase> cases = {
      {"أحد عشر", "11"},
      {"إحدى عشرة", "11"},
      {"اثنا عشر", "12"},
      {"اثني عشر", "12"},
      {"اثنتا عشرة", "12"},
      {"ثلاثة عشر", "13"},
      {"تسع عشرة", "19"},
      {"عشرون", "20"},
      {"عشرين", "20"},
      {"واحد وعشرون", "21"},
      {"ثمانية وستين", "68"},
      {"تسعة وتسعون", "99"},
      {"مائة", "100"},
      {"مئة", "100"},
      {"مائة وعشرين", "120"},
      {"مائتان", "200"},
      {"مئتين", "200"},
      {"ثلاثمائة", "300"},
      {"ثلاث مئة", "300"},
      {"تسعمائة وتسعة وتسعون", "999"},
      {"ألف", "1000"},
      {"ألفان", "2000"},
      {"ثلاثة آلاف", "3000"},
      {"ثلاثة آلاف وخمسمائة", "3500"},
      {"أحد عشر ألفا", "11000"},
      {"عشرون ألفًا", "20000"},
      {"مائة ألف", "100000"},
      {"مليون", "1000000"},
      {"مليونان", "2000000"},
      {"ثلاثة ملايين", "3000000"},
      {"مليار", "1000000000"},
      {"خمسة مليارات", "5000000000"},
      {"بليون", "1000000000"},
      {"تريليون", "1000000000000"},
      {"مليون ونصف", "1500000"},
      {"مائتا ألف وأحد عشر", "200011"},         // "وأحد" folds to "واحد": still the conjunction
      {"مائة واثنان وعشرون ألفًا، وخمسمائة", "122500"},  // a comma before و
      {"مائة ألف وألف", "101000"},
      {"ألف مليون", "1000000000"},  // thousands of a larger scale count it
      {"ثلاثة آلاف مليار", "3000000000000"},
      {"ألف وخمسمائة مليون", "1500000000"},
      {"ثلاثة ملايين وخمسمائة ألف", "3500000"},
      {"مليونين ونصف المليون", "2500000"},  // the scale named again after its fraction
      {"ثلاثة ملايين ونصف مليون", "3500000"},
      {"ثلاثة وربع مليون", "3250000"},      // the scale counts the whole and its fraction
      {"3 ملايين ونصف", "3500000"},         // digits, a scale word and its fraction
      {"5 آلاف ونصف الألف", "5500"},
      {"3 آلاف مليون", "3000000000"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(One(std::string("بلغ العدد ") + c.text + " في النهاية").value, c.value) << c.text;
  }
}

TEST_F(ClaimsTest, ConstructDualOfScalesIsTwo) {
  EXPECT_EQ(One("دفع ألفا دولار").value, "2000");
  EXPECT_EQ(One("حضر مليونا زائر").value, "2000000");
  EXPECT_EQ(One("بلغت مئتا حالة").value, "200");
  // Genitive and accusative in construct: "ملياري", "بليوني", "تريليوني".
  EXPECT_EQ(One("بلغت القيمة ملياري دولار").value, "2000000000");
  EXPECT_EQ(One("بلغت القيمة بليوني دولار").value, "2000000000");
  EXPECT_EQ(One("بلغت القيمة تريليوني دولار").value, "2000000000000");
  // More of the number after و makes the same spelling the accusative of one ("ألفاً").
  EXPECT_EQ(One("يبلغ عدد سكانها مليونا ونصف المليون نسمة").value, "1500000");
  EXPECT_EQ(One("دفع ألفا وخمسمائة دينار").value, "1500");
  // ... and so before و and digits, summed with them; a million or more without a noun is
  // one too, "ألفا" alone a letter's name.
  EXPECT_EQ(One("بلغ عدد الحجاج مليونا و800 ألف حاج").value, "1800000");
  EXPECT_EQ(One("دفع ألفا و500 دينار").value, "1500");
  EXPECT_EQ(One("بلغ عدد الزوار مليونا في تلك الفترة").value, "1000000");
  EXPECT_TRUE(All("ظهر متحور ألفا في بريطانيا").empty());
}

TEST_F(ClaimsTest, FractionsAndDecimalWords) {
  EXPECT_EQ(One("أكل نصف الكعكة").value, "0.5");
  EXPECT_EQ(One("ربع السكان").value, "0.25");
  EXPECT_EQ(One("ثلاثة أرباع المساحة").value, "0.75");
  EXPECT_EQ(One("خمسة ونصف كيلو").value, "5.5");
  EXPECT_EQ(One("مئة وخمسة وعشرون فاصلة خمسة").value, "125.5");
  // The word of the point between digits, as a decimal is read aloud.
  Claim c = One("ما يمثل نسبة 5 فاصل 7 بالمائة");
  EXPECT_EQ(c.value, "5.7");
  EXPECT_EQ(c.kind, Kind::kPercent);
  EXPECT_EQ(One("بلغ -2 فاصلة 05").value, "-2.05");
  EXPECT_EQ(All("سجل 3 فاصل 1.5").size(), 2u);  // digits with a point of their own after it
  EXPECT_EQ(One("سدس السكان").value.substr(0, 6), "0.1666");  // a sixth, no cardinal's homograph
  EXPECT_EQ(One("سدسي الميزانية").value.substr(0, 6), "0.3333");
  const Claim third = One("ثلث الميزانية");
  EXPECT_TRUE(third.approx);
  EXPECT_EQ(third.value.substr(0, 8), "0.333333");
  // A cardinal alone before a definite noun is a fraction of it; before an indefinite one,
  // a count.
  EXPECT_EQ(One("حصل على خمس الأصوات").value, "0.2");
  EXPECT_EQ(One("عشر الإنتاج").value, "0.1");
  EXPECT_TRUE(One("سبع السكان").approx);
  EXPECT_EQ(One("خمس سنوات").value, "5");
  EXPECT_EQ(One("الخمس الأوائل").value, "5");
  // So is one before a noun an owner's suffix makes definite; not before "منها", of them.
  EXPECT_EQ(One("فقد الصندوق خمس قيمته").value, "0.2");
  EXPECT_EQ(One("يعيش عشر سكانها في الخارج").value, "0.1");
  EXPECT_EQ(One("اختار خمس منها").value, "5");
  // With the article after "than", where no noun follows: a fraction.
  EXPECT_EQ(One("تراجع الإنتاج بأكثر من الخمس في عام").value, "0.2");
  // ... and after a word of "by": the amount of a change.
  EXPECT_EQ(One("ارتفعت الأسعار بمقدار الخمس.").value, "0.2");
  EXPECT_EQ(One("زاد بمقدار الخمس سنوات").value, "5");  // a noun after it: five years
  EXPECT_EQ(One("ارتفع عدد الزوار بزيادة السبع.").value, "0.14285714285714285714");
  EXPECT_EQ(One("تراجعت المبيعات، بانخفاض العشر تقريبا").value, "0.1");
  EXPECT_EQ(One("أقل من العشر من السكان").value, "0.1");
  EXPECT_EQ(One("منذ أكثر من العشر سنوات").value, "10");
  // With a possessive suffix: "of it", "of them".
  EXPECT_EQ(One("تراجع الإنتاج إلى ثلاثة أرباعها").value, "0.75");
  EXPECT_EQ(One("نصفهم").value, "0.5");
  EXPECT_EQ(One("ثلثيها").value.substr(0, 6), "0.6666");
  // Every plural fraction takes them, never read as the count before it alone.
  EXPECT_EQ(One("ثلاثة أخماسهم من الإناث").value, "0.6");
  EXPECT_EQ(One("أربعة أعشارها").value, "0.4");
  EXPECT_EQ(One("سبعة أثمانه").value, "0.875");
  // A count of a rounded fraction is exact where the count makes it so.
  Claim half = One("ثلاثة أسداس الطريق");
  EXPECT_EQ(half.value, "0.5");
  EXPECT_FALSE(half.approx);
}

// A whole and a count of a fraction after "and" make one number, unless "between" makes the two
// a range's ends.
TEST_F(ClaimsTest, AWholeAndACountOfAFraction) {
  EXPECT_EQ(One("three and three quarters miles").value, "3.75");
  EXPECT_EQ(One("ثلاثة وثلاثة أرباع كيلومتر").value, "3.75");
  EXPECT_EQ(One("أربعة وثلاثة أخماس").value, "4.6");
  const Claim mixed = One("four and two-thirds cups");
  EXPECT_EQ(mixed.value.substr(0, 6), "4.6666");
  EXPECT_TRUE(mixed.approx);
  EXPECT_EQ(All("between three and two thirds of them").size(), 2u);
  EXPECT_EQ(All("بين ثلاثة وثلاثة أرباع").size(), 2u);
  // Two whole numbers stay two.
  EXPECT_EQ(All("three and four").size(), 2u);
  // After a scale word the fraction is of the scale, as in "a million and a half".
  EXPECT_EQ(One("five billion and three quarters").value, "5750000000");
  EXPECT_EQ(One("two million and one half").value, "2500000");
  EXPECT_EQ(One("ثلاثة ملايين وثلاثة أرباع").value, "3750000");
  EXPECT_EQ(One("two million and three").value, "2000003");
  // Before a definite noun it is a fraction of the noun.
  const auto of_noun = All("ثلاثة ملايين وثلاثة أرباع السكان");
  ASSERT_EQ(of_noun.size(), 2u);
  EXPECT_EQ(of_noun[0].value, "3000000");
  EXPECT_EQ(of_noun[1].value, "0.75");
}

// An English count of a fraction is the whole number before it: "twenty-three fifths" is 23/5,
// where Arabic counts with the unit before the fraction and joins the rest with "و".
TEST_F(ClaimsTest, EnglishFractionsCountTheWholeNumber) {
  EXPECT_EQ(One("twenty-three fifths").value, "4.6");
  EXPECT_EQ(One("one hundred thirty-two fifths").value, "26.4");
  EXPECT_EQ(One("minus twenty fifths").value, "-4");
  EXPECT_EQ(One("seven sixths of the pie").value, "1.16666666666666666667");
  EXPECT_EQ(One("two and fifty-four hundredths").value, "2.54");
  // "and" before the count keeps the number before it whole: a mixed number.
  EXPECT_EQ(One("twenty and three fifths").value, "20.6");
  EXPECT_EQ(One("one hundred and three quarters").value, "100.75");
  EXPECT_EQ(One("two hundred and fifty-four hundredths").value, "200.54");
  EXPECT_EQ(One("one hundred and three people").value, "103");
  EXPECT_EQ(One("سبعون و ثلاثة أسداس").value, "70.5");
  const Claim time = One("she won by three hundredths of a second");
  EXPECT_EQ(time.kind, Kind::kDuration);
  EXPECT_EQ(time.value, "0.03");
  // "a hundredth" is a fraction as "a fifth" is, and an ordinal before its noun.
  EXPECT_EQ(One("a hundredth of a second").value, "0.01");
  EXPECT_EQ(One("a millionth of the cost").value, "0.000001");
  const Claim time_again = One("for a hundredth time");
  EXPECT_EQ(time_again.kind, Kind::kOrdinal);
  EXPECT_EQ(time_again.value, "100");
  EXPECT_EQ(One("the one thousandth visitor").kind, Kind::kOrdinal);
  // An anniversary in one word is the ordinal of its years.
  const Claim centenary = One("to mark the club's centenary");
  EXPECT_EQ(centenary.kind, Kind::kOrdinal);
  EXPECT_EQ(centenary.value, "100");
  EXPECT_EQ(One("the nation's bicentennial parade").value, "200");
  // Before a word that is no noun, or a comma, it is still the fraction.
  std::vector<Claim> parts = All("fell by more than a fifth and more than two fifths");
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].value, "0.2");
  EXPECT_EQ(One("about a third, and").value, "0.33333333333333333333");
  EXPECT_EQ(One("a third or more").qualifier, "at-least");
  EXPECT_EQ(One("running for a third term").kind, Kind::kOrdinal);
  EXPECT_EQ(One("the rest, or a third, said no").value, "0.33333333333333333333");
  EXPECT_EQ(One("and a fourth, later stage").kind, Kind::kOrdinal);
  // Between commas, before a word that opens what follows or a verb in the past: a share.
  EXPECT_EQ(All("keeps $600 million, a quarter, for schools").at(1).value, "0.25");
  EXPECT_EQ(All("300 schools, a third, lacked water").at(1).kind, Kind::kNumber);
  // Before a bracket, or a verb in the past and its object: the fraction; before a noun in
  // -ed, the rank.
  EXPECT_EQ(All("Of the 600, a third (200) agreed.").at(1).kind, Kind::kNumber);
  EXPECT_EQ(One("a fifth voted against the plan").value, "0.2");
  EXPECT_EQ(One("a third armed group").kind, Kind::kOrdinal);
  EXPECT_EQ(All("The staff shrank by a third, to 8,000.").front().kind, Kind::kNumber);
  // A fraction in words, then a count "to" which a change led, is no range.
  EXPECT_EQ(All("The staff shrank by a third to 8,000.").size(), 2u);
  EXPECT_EQ(One("rates of 0.5 to 2 percent").qualifier, "range");
  // A scale's ordinal past what an int holds.
  EXPECT_EQ(One("a trillionth of a second").value, "0.000000000001");
  EXPECT_EQ(One("the three trillionth").value, "3000000000000");
}

TEST_F(ClaimsTest, FractionsInDigits) {
  EXPECT_EQ(One("it took 2 1/2 hours").value, "2.5");
  Claim c = One("أضف 3/4 كوب من الماء");
  EXPECT_EQ(c.value, "0.75");
  EXPECT_EQ(c.unit, "cup");
  EXPECT_EQ(One("a 1/4 mile track").unit, "mi");
  c = One("he won 20 1/3 of them");
  EXPECT_TRUE(c.approx);
  EXPECT_EQ(c.value.substr(0, 6), "20.333");
  // Before the definite group it is a share of, a common fraction; not a date's "الماضي".
  EXPECT_EQ(One("صوت 2/3 الأعضاء لصالحه").value.substr(0, 6), "0.6666");
  EXPECT_EQ(One("في 3/4 الماضي").kind, Kind::kDate);
  EXPECT_EQ(All("في 11/12 الانتخابات").size(), 2u);  // no common fraction
  // A slash alone is as often a date; two slashes are one.
  EXPECT_EQ(All("وصل في 1/4 إلى").size(), 2u);
  EXPECT_EQ(One("1/4/2022").kind, Kind::kDate);
}

TEST_F(ClaimsTest, ScientificNotation) {
  EXPECT_EQ(One("about 1e10 stars").value, "10000000000");
  EXPECT_EQ(One("a value of 12.32e+14").value, "1232000000000000");
  EXPECT_EQ(One("-12e-1").value, "-1.2");
  const Claim c = One("6.23x10^-4 m");
  EXPECT_EQ(c.value, "0.000623");
  EXPECT_EQ(c.unit, "m");
  EXPECT_EQ(One("1.3 × 10^6 cells").value, "1300000");
  // In superscripts, and with the superscripts flattened by a copy ("10-18": only negative,
  // only after a times sign; alone it is a range).
  EXPECT_EQ(One("6.02 × 10²³ atoms").value, "602000000000000000000000");
  EXPECT_EQ(One("a charge of 1.6 × 10⁻¹⁹").value, "0.00000000000000000016");
  EXPECT_EQ(One("at 20 × 10-18 mol/L").value, "0.00000000000000002");
  EXPECT_EQ(One("aged 10-18").qualifier, "range");
  // A letter after the digits that makes no exponent, and a product, are no powers of ten.
  EXPECT_EQ(One("the 5e rules").value, "5");
  EXPECT_EQ(All("3 x 10 boards").size(), 2u);
}

// Fractions of one character, after a whole number (glued or one space apart) or alone.
TEST_F(ClaimsTest, VulgarFractions) {
  Claim c = One("it took 2½ years");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(c.value, "2.5");
  EXPECT_EQ(c.text, "2½ years");
  EXPECT_EQ(One("٢ ½ مليون").value, "2500000");
  EXPECT_EQ(One("¾ of the vote").value, "0.75");
  c = One("⅔ of members");
  EXPECT_EQ(c.value.substr(0, 6), "0.6666");
  EXPECT_TRUE(c.approx);
  EXPECT_EQ(One("add ⅜ cup").value, "0.375");
  // Other characters with a numeric value are no fractions.
  EXPECT_TRUE(All("x² and Ⅻ").empty());
}

TEST_F(ClaimsTest, DecimalsReadAloud) {
  EXPECT_EQ(One("ثلاثة وخمسة وعشرون من مئة").value, "3.25");
  EXPECT_EQ(One("اثنا عشر وسبعة من عشرة").value, "12.7");
  EXPECT_EQ(One("واحد وخمسمائة من ألف في المائة").value, "1.5");
  // A count out of a whole is no decimal: a noun follows it, or the parts do not fit.
  EXPECT_EQ(All("خمسة وثلاثة من عشرة لاعبين").size(), 3u);
  EXPECT_EQ(All("خمسة وعشرون من مئة").size(), 2u);
}

TEST_F(ClaimsTest, WordsWithCliticsAndSpellingVariants) {
  EXPECT_EQ(One("مع وثلاثين آخرين").value, "30");
  EXPECT_EQ(One("فاز بخمسة أهداف").value, "5");
  EXPECT_EQ(One("في الذكرى والعشرين").value, "20");
  EXPECT_EQ(One("نحو الف شخص").value, "1000");     // no hamza
  EXPECT_EQ(One("نحو ألفاً شخص").value, "2000");   // tanween with alef
  EXPECT_EQ(One("اثنان وعشرون").value, "22");
  EXPECT_EQ(One("إثنان وعشرون").value, "22");
  EXPECT_EQ(One("مائه").value, "100");             // heh for teh marbuta
}

// The Algerian press restates a count in words in digits in brackets: one claim, whose noun
// follows the brackets. A different number there is a claim of its own.
TEST_F(ClaimsTest, ARestatementInDigitsInBrackets) {
  const auto claims = All("ألقت القبض على ثلاثة (03) إرهابيين و أحد عشر (11) مهاجرا");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "3");
  EXPECT_EQ(claims[0].text, "ثلاثة (03) إرهابيين");
  EXPECT_EQ(claims[0].noun_key, "ارهابي");
  EXPECT_EQ(claims[1].value, "11");
  EXPECT_EQ(All("خمسة (6) أشخاص").size(), 2u);
}

// Contracts and decrees restate an amount in digits in words, in brackets or not: one claim,
// whose unit follows the words.
TEST_F(ClaimsTest, DigitsRestatedInWords) {
  for (const char* text : {"غرامة قدرها 5000 (خمسة آلاف) دولار", "بلغت 5000 خمسة آلاف دولار",
                           "a fine of 5000 (five thousand) dollars"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kMoney) << text;
    EXPECT_EQ(c.value, "5000") << text;
    EXPECT_EQ(c.unit, "USD") << text;
  }
  EXPECT_EQ(All("بلغت 5000 (ستة آلاف) دولار").size(), 2u);  // another number: its own claim
}

TEST_F(ClaimsTest, PresentationFormsReadAsTheirLetters) {
  // "بلغ ثلاثة آلاف شخص" in the shaped letters of text copied from an old PDF file.
  const Claim c = One("ﺑﻠﻎ ﺛﻼﺛﺔ ﺁﻻﻑ ﺷﺨﺺ");
  EXPECT_EQ(c.value, "3000");
  EXPECT_EQ(c.noun_key, "شخص");
  EXPECT_EQ(c.text, "ﺛﻼﺛﺔ ﺁﻻﻑ ﺷﺨﺺ");
}

TEST_F(ClaimsTest, NoNumberInsideWordsOrHomographs) {
  EXPECT_TRUE(All("وأحدث الأجهزة").empty());
  EXPECT_TRUE(All("قال أحد المسؤولين").empty());
  EXPECT_TRUE(All("إحدى الدول").empty());
  // A glued و before أحد folds it to واحد (one); it is still "one of".
  EXPECT_TRUE(All("وأحد أبرز عناصر التنظيم").empty());
  EXPECT_EQ(One("وأحد عشر لاعبا").value, "11");
  EXPECT_EQ(One("وأربعة أشخاص").value, "4");
  // Weekdays are no numbers: they are weekday claims.
  for (const char* text : {"وصل يوم الأحد", "اجتماع الاثنين"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kDate) << text;
    EXPECT_TRUE(c.value.empty()) << text;
    EXPECT_NE(c.weekday, 0u) << text;
  }
  // After a definite plural in -ين, الاثنين agrees with it: "the two", no Monday.
  EXPECT_TRUE(All("نقل المسعفين الاثنين إلى المستشفى").empty());
  EXPECT_EQ(One("أعلنت السلطات الاثنين فتح المعبر").weekday, 1u);
  EXPECT_TRUE(All("نصف نهائي الكأس").empty());
  // Idioms with a number word in them, at their start or their end.
  EXPECT_TRUE(All("they left one by one").empty());
  EXPECT_TRUE(All("وصلت السيارات واحدة تلو الأخرى").empty());
  EXPECT_TRUE(All("يعمل في الداخل والخارج في آن واحد").empty());
  EXPECT_TRUE(All("يعود النمو بالدرجة الأولى إلى الفلاحة").empty());  // primarily
  EXPECT_TRUE(All("فاز بفارق جزء من الثانية").empty());  // a split second
  EXPECT_TRUE(All("First of all, the virus mutates").empty());
  EXPECT_TRUE(All("At first he had doubts").empty());
  EXPECT_TRUE(All("they will pay one way or another").empty());
  EXPECT_TRUE(All("On one hand, the virus spreads fast").empty());  // an idiom around "one"
  EXPECT_EQ(One("he lost one hand").value, "1");
  // "خلال الربع": the quarter a report covers; "بمقدار الربع" is a fraction.
  EXPECT_TRUE(All("ارتفعت المبيعات خلال الربع").empty());
  EXPECT_EQ(One("تراجع الإنتاج بمقدار الربع").value, "0.25");
  EXPECT_TRUE(All("One of my bags is missing").empty());  // as "one of the"
  EXPECT_TRUE(All("children of first responders need first aid").empty());
  EXPECT_TRUE(All("قال الوزير الأول يوسف الشاهد").empty());  // a title: prime minister
  EXPECT_TRUE(All("استقبل للوزير الأول الجزائري").empty());
  // A rank with an ordinal in it: a first lieutenant is no first of anything.
  EXPECT_TRUE(All("يحمل رتبة ملازم أول في الجيش").empty());
  EXPECT_TRUE(All("He is a first lieutenant and she is a sergeant first class").empty());
  EXPECT_EQ(One("وصل الملازم في المرتبة الأولى").kind, Kind::kOrdinal);
  EXPECT_EQ(All("one of three suspects")[0].value, "1");
  EXPECT_EQ(One("حجز مقعد في الدرجة الأولى").kind, Kind::kOrdinal);  // a first-class seat
  EXPECT_EQ(All("وصل 5 في يوم واحد").back().unit, "day");  // no idiom: one day
  EXPECT_TRUE(All("حجز 3 بنادق نصف آلية").size() == 1);  // semi-automatic: only the 3
  EXPECT_TRUE(All("نحن نصف ذلك بأنه").empty());  // نصف: "we describe"
  // With "them" glued, the thing halved is said: a half before "من", but "we describe them"
  // before "بأن".
  EXPECT_EQ(All("أصيب 80 شخصا نصفهم من النساء").back().value, "0.5");
  EXPECT_EQ(One("ويقول نصفهم بالعودة إلى العمل").value, "0.5");
  EXPECT_TRUE(All("لا نصفهم بأنهم خصوم").empty());
  // A word glued to "و" right before another number opens the next clause.
  EXPECT_TRUE(All("أيد القرار 9 وعارضه 5").at(0).noun.empty());
  EXPECT_EQ(All("عين 5 وزراء جدد").at(0).noun, "وزراء");
  // What a fraction "of them" is said to be is no noun it counts.
  EXPECT_TRUE(All("ثلثاها نقدا").at(0).noun.empty());
  EXPECT_TRUE(All("أنفق نصفه سلعا").at(0).noun.empty());  // "of it", one letter glued
  EXPECT_EQ(All("اشترى نصف رغيف").at(0).noun, "رغيف");
  EXPECT_TRUE(All("قال الشيخ تميم بن حمد آل ثاني").empty());  // a family's name
  EXPECT_TRUE(All("هم في أمس الحاجة إليها").empty());  // "most in need", no yesterday
  EXPECT_TRUE(All("الدين الذي لامس معدله مستوى قياسيا").empty());  // "touched"
  // Half past the hour is part of the time of day, as the hour is: no half, nor a noun "و".
  EXPECT_EQ(All("في الساعة التاسعة والنصف صباحا").size(), 1u);
  EXPECT_EQ(All("في الساعة السابعة و النصف صباحا").size(), 1u);  // و written apart
  EXPECT_EQ(All("الساعة الثامنة و الربع").size(), 1u);
  EXPECT_TRUE(All("School begins at half past eight.").empty());
  EXPECT_TRUE(All("at a quarter to 9").empty());
  // A quarter of the year before "to" and where a value led: the value is read whole.
  EXPECT_EQ(All("Rents rose in the first quarter to 1,350 dinars.").back().value, "1350");
  EXPECT_EQ(All("Output rose in the quarter to 12.5 tonnes.").back().value, "12.5");
  EXPECT_EQ(All("Sales fell in the fourth quarter to 9 stores.").back().value, "9");
  EXPECT_EQ(All("Profit fell in its fiscal quarter to 9 dinars.").back().value, "9");
  EXPECT_EQ(All("Sales rose in The quarter to 9 stores.").back().value, "9");  // any case
  // What rose by a quarter, and an hour with a scale or a sign after it, are no time of day.
  EXPECT_EQ(All("Exports fell by a quarter to 12 dollars.").back().value, "12");
  EXPECT_EQ(All("Profit rose a quarter to 12 million euros.").back().value, "12000000");
  EXPECT_EQ(All("Turnout rose a quarter to 12% of voters.").back().kind, Kind::kPercent);
  EXPECT_TRUE(All("They met at a quarter to 12 in the hall.").empty());
  // Times of day in English words or digits, with a bound or not, are no claims.
  EXPECT_TRUE(All("It's nearly three o'clock.").empty());
  EXPECT_TRUE(All("at 5 o'clock, then at seven pm").empty());
  EXPECT_EQ(All("she gave half to 10 charities").size(), 2u);
  // A glued preposition does not make a word of two letters a unit: "بين" is no yen.
  EXPECT_EQ(One("من بين اثنين").kind, Kind::kNumber);
  EXPECT_EQ(One("in the second half").kind, Kind::kOrdinal);  // no half of anything
  // A quarter of the year named by its rank is a period: only the rank is read.
  EXPECT_EQ(One("نما الاقتصاد في الربع الثالث من العام").kind, Kind::kOrdinal);
  EXPECT_TRUE(All("في الربع الأخير من العام").empty());
  EXPECT_TRUE(All("نمت الأرباح في الربع الماضي").empty());
  // English places the part before it: "a quarter last year" is a share, as is a fraction
  // "بمقدار" a time ("by a fifth last year").
  EXPECT_EQ(All("Exports fell by more than a quarter last year").at(0).value, "0.25");
  EXPECT_EQ(All("ارتفعت الإيجارات بمقدار الخمس العام الماضي").at(0).value, "0.2");
  EXPECT_EQ(All("ارتفعت الإيجارات بمقدار الربع العام الماضي").at(0).value, "0.25");
  // So a third of something placed by an ordinal or "last", as "الثلث الأخير" is.
  EXPECT_TRUE(All("the last third of the virus genome").empty());
  EXPECT_EQ(One("in the first fifth of the race").value, "1");  // the ordinal "first" alone
  EXPECT_EQ(All("the third of five children").at(0).kind, Kind::kOrdinal);
  EXPECT_EQ(One("كان ثلث هؤلاء المرضى").value.substr(0, 5), "0.333");  // only نصف is a verb too
  EXPECT_TRUE(All("Which one do you prefer?").empty());
  EXPECT_TRUE(All("\"No-one knew,\" she said.").empty());  // hyphenated as spaced
  EXPECT_EQ(One("a twenty-one gun salute").value, "21");
  EXPECT_TRUE(All("أي واحد تفضل").empty());
  EXPECT_TRUE(All("after washing one's hands").empty());
  // Adjectives between a determiner and "one" with no noun after it; a modal after it.
  EXPECT_TRUE(All("I'll take the yellow one.").empty());
  EXPECT_TRUE(All("Tom is the only one who knows").empty());
  EXPECT_TRUE(All("One must do one's best.").empty());
  EXPECT_EQ(One("the top one percent").kind, Kind::kPercent);
  EXPECT_EQ(One("the lowest one-day total").unit, "day");
  EXPECT_EQ(All("This is one of three books").size(), 2u);  // a verb is no adjective
  EXPECT_EQ(All("the wife of one of three men").size(), 2u);  // nor a preposition
}

TEST_F(ClaimsTest, ArabicOrdinals) {
  const std::vector<ValueCase> cases = {
      {"الأول", "1"},           {"الأولى", "1"},           {"الثاني", "2"},
      {"الثالثة", "3"},         {"العاشر", "10"},          {"الحادي عشر", "11"},
      {"الحادية عشرة", "11"},   {"الثاني عشر", "12"},      {"الحادي والعشرون", "21"},
      {"الخامس والعشرين", "25"}, {"المئة والخامس", "105"},
      {"الحادي والعشرون بعد المئة", "121"},  {"الخامس بعد الألف", "1005"},
      {"الواحد والعشرين", "21"},  {"الواحدة والثلاثين", "31"},  // the definite one as "الحادي"
  };
  for (const auto& c : cases) {
    const Claim claim = One(std::string("جاء في المركز ") + c.text);
    EXPECT_EQ(claim.kind, Kind::kOrdinal) << c.text;
    EXPECT_EQ(claim.value, c.value) << c.text;
  }
  // A verb with a glued "و" after a count starts the next clause; it is no counted noun.
  EXPECT_EQ(All("شفي منها 480 وتوفي 52").front().noun, "");
  EXPECT_EQ(All("بناء 500 وحدة سكنية").front().noun, "وحدة");  // a noun that starts with و
  // The accusative, a rank as an adverb: "حل رابعا" (came fourth), "ثالثًا" (thirdly).
  EXPECT_EQ(One("حل رابعا في السباق").value, "4");
  EXPECT_EQ(One("ثالثًا، تلتزم الحكومة").value, "3");
  // A definite number after the plural unit of time it counts is a duration; after a
  // singular one it ranks it.
  Claim d = One("خلال السنوات الخمس الماضية");
  EXPECT_EQ(d.kind, Kind::kDuration);
  EXPECT_EQ(d.unit, "year");
  EXPECT_EQ(d.text, "السنوات الخمس");
  d = One("خلال الساعات الـ24 الماضية");
  EXPECT_EQ(d.kind, Kind::kDuration);
  EXPECT_EQ(d.value, "24");
  EXPECT_EQ(One("في اليوم الـ 10 من المرض").kind, Kind::kNumber);
  EXPECT_EQ(One("للأعوام الخمس القادمة").unit, "year");  // a preposition glued to the unit
  // The plural unit in construct with a definite singular that completes its name; not a
  // plural that the number counts.
  d = One("خلال أيام المهرجان العشرة");
  EXPECT_EQ(d.kind, Kind::kDuration);
  EXPECT_EQ(d.unit, "day");
  EXPECT_EQ(d.text, "أيام المهرجان العشرة");
  EXPECT_EQ(One("ساعات العمل الثماني").unit, "hour");
  EXPECT_EQ(One("أشهر اللاعبين الخمسة").noun_key, "لاعب");
  // Definite tens count the unit in the singular after them; alone they are an ordinal.
  d = One("فترة التسعين يوما");
  EXPECT_EQ(d.kind, Kind::kDuration);
  EXPECT_EQ(d.value, "90");
  EXPECT_EQ(One("في القرن العشرين").qualifier, "century");  // an ordinal, of a century
  // A half after a unit of measure adds to it, as after one of time.
  EXPECT_EQ(One("طولها ثلاثة أمتار ونصف").value, "3.5");
  EXPECT_EQ(One("كيلوغرامين ونصف").value, "2.5");
  // Other definite units before definite tens count.
  EXPECT_EQ(One("الدول الخمس والعشرين").kind, Kind::kNumber);
  EXPECT_EQ(One("واحد وعشرون طالبا").kind, Kind::kNumber);
}

// "first" before a verb in -ed or -ing says when something happened and ranks nothing; after
// a determiner, or before a noun that the participle qualifies, it is the rank.
TEST_F(ClaimsTest, FirstAsAnAdverbRanksNothing) {
  for (const char* text : {"it was first identified in Wuhan", "the virus first appeared in China.",
                           "who first reported the case", "by first distributing the money"}) {
    EXPECT_TRUE(All(text).empty()) << text;
  }
  for (const char* text : {"the first confirmed case", "First confirmed case in Italy",
                           "Italy's first recorded death", "He finished first in the race"}) {
    EXPECT_EQ(One(text).kind, Kind::kOrdinal) << text;
  }
}

// An ordinal that names a century is its hundred years, counted as dictionaries count them
// (the twentieth: 1901 to 2000), before the era when it is named.
TEST_F(ClaimsTest, Centuries) {
  struct Case {
    const char* text;
    const char* lower;
    const char* upper;
    const char* span;
  };
  const Case cases[] = {
      {"في القرن التاسع عشر", "1801", "1900", "القرن التاسع عشر"},
      {"بالقرن الحادي والعشرين", "2001", "2100", "القرن الحادي والعشرين"},
      {"القرن الخامس قبل الميلاد", "-500", "-401", "القرن الخامس قبل الميلاد"},
      {"in the late 19th century", "1801", "1900", "19th century"},
      {"a 17th-century house", "1601", "1700", "17th-century"},
      {"the fifth century BC", "-500", "-401", "fifth century BC"},
  };
  for (const Case& c : cases) {
    const Claim claim = One(c.text);
    EXPECT_EQ(claim.kind, Kind::kYear) << c.text;
    EXPECT_EQ(claim.qualifier, "century") << c.text;
    EXPECT_EQ(claim.value, "") << c.text;
    ASSERT_TRUE(claim.lower && claim.upper) << c.text;
    EXPECT_EQ(claim.lower->value, c.lower) << c.text;
    EXPECT_EQ(claim.upper->value, c.upper) << c.text;
    EXPECT_EQ(claim.text, c.span) << c.text;
  }
  // The first of two ordinals that the word after the second names centuries.
  const auto two = All("in the 19th and 20th centuries");
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].lower->value, "1801");
  EXPECT_EQ(two[1].lower->value, "1901");
  EXPECT_EQ(All("the 1st and 2nd places")[0].kind, Kind::kOrdinal);
  // Arabic writes the century word once, singular or dual, before both ordinals; the dual
  // counts nothing then.
  for (const char* text :
       {"في القرنين السابع عشر والثامن عشر", "في القرن السابع عشر والثامن عشر"}) {
    const auto both = All(text);
    ASSERT_EQ(both.size(), 2u) << text;
    EXPECT_EQ(both[0].lower->value, "1601") << text;
    EXPECT_EQ(both[1].qualifier, "century") << text;
    EXPECT_EQ(both[1].lower->value, "1701") << text;
    EXPECT_EQ(both[1].upper->value, "1800") << text;
  }
  // Other ordinals stay ranks.
  EXPECT_EQ(One("in the second quarter").kind, Kind::kOrdinal);
  EXPECT_EQ(One("الدورة الحادية والعشرين").kind, Kind::kOrdinal);
}

// Digits after a noun that they rank are an ordinal: the 19th century, the 27th session; a
// count after its noun, or a unit after the digits, stays what it was.
TEST_F(ClaimsTest, DigitsThatRankTheNounBefore) {
  for (const char* text : {"اختتام الدورة الـ27 للقمة",
                           "تحتل تونس المركز 78 دوليا", "بالمركز 3", "الذكرى 70 لتأسيس",
                           "صدر الإصدار الـ 4 من الدليل", "افتتاح الطبعة 12 من المعرض",
                           "وللدورة 27 للقمة"}) {
    EXPECT_EQ(One(text).kind, Kind::kOrdinal) << text;
  }
  EXPECT_EQ(One("بالمركز الـ21").value, "21");
  EXPECT_EQ(One("بالمركز الـ21").text, "الـ21");
  // A century ranked so is the hundred years it names.
  EXPECT_EQ(One("في أواخر القرن 19 عما هو عليه").lower->value, "1801");
  EXPECT_EQ(One("في القرن الـ21").text, "القرن الـ21");
  EXPECT_EQ(One("بلدانه الأعضاء الـ 195").kind, Kind::kNumber);
  EXPECT_EQ(One("يبعد المركز 5 كيلومترات").kind, Kind::kQuantity);
  EXPECT_EQ(One("المادة 5 من الدستور").kind, Kind::kNumber);  // a label, not a rank
  // Digits that label the noun before them count nothing after them, an adjective between.
  EXPECT_EQ(One("تهيئة الطريق المحلية 604 بنابل").noun, "");
  EXPECT_EQ(One("على الخط 6 بباريس").noun, "");
  EXPECT_EQ(One("إلغاء المادة 522 بقانون العقوبات").noun, "");
  EXPECT_EQ(One("استقبلت القاعة 500 زائر").noun, "زائر");  // a count after it still counts
  // Adverbs of scope and time count nothing ("ranked 16th worldwide", "100 a month"), nor does
  // a verb before digits with the article.
  EXPECT_EQ(One("حلت الـ16 عالميا بالاحتياطات").noun, "");
  EXPECT_EQ(One("بلغت 100 شهريا").noun, "");
  EXPECT_EQ(All("توجه منهم 7593 أمس الأحد")[1].kind, Kind::kDuration);  // yesterday
  EXPECT_EQ(One("وذكرت القناة الاسرائيلية الـ 10 أن").noun, "");  // Channel 10
  EXPECT_EQ(One("ليصبح الرئيس الـ45 للبلاد").kind, Kind::kOrdinal);
  // Bare digits that count the word after them: the noun before is their subject.
  EXPECT_EQ(One("استقبل المركز 500 زائر").noun, "زائر");
  EXPECT_EQ(One("قال الرئيس 3 مرات").kind, Kind::kNumber);
  EXPECT_EQ(One("احتل المركز 5 عالميا").kind, Kind::kOrdinal);
  EXPECT_EQ(One("المرحلة 2 غير العشوائية").kind, Kind::kOrdinal);
  // A possessive pronoun takes the article's place: ة and ى are then written ت and ا.
  for (const char* text : {"افتتح المهرجان دورته الـ40", "في نسختها 9", "احتفلت بذكراها الـ50",
                           "احتل مركزه 12 عالميا", "في مرحلتهما الـ3"}) {
    EXPECT_EQ(One(text).kind, Kind::kOrdinal) << text;
  }
  EXPECT_EQ(One("استقبل مركزها 500 زائر").noun, "زائر");
  EXPECT_EQ(One("زار رئيسها 3 دول").kind, Kind::kNumber);
}

TEST_F(ClaimsTest, VagueQuantitiesAreApproximateLowerBounds) {
  for (const char* text : {"عشرات القتلى", "مئات الآلاف من الناس", "آلاف المتظاهرين",
                           "tens of thousands of people", "hundreds of cases"}) {
    const Claim c = One(text);
    EXPECT_TRUE(c.approx) << text;
    EXPECT_TRUE(c.lower.has_value()) << text;
    EXPECT_FALSE(c.upper.has_value()) << text;
    EXPECT_EQ(c.qualifier, "at-least") << text;
  }
  EXPECT_EQ(One("مئات الآلاف من الناس").value, "200000");
  EXPECT_EQ(One("دزينات الدول").qualifier, "at-least");
}

// "دزينة" is a dozen alone, its dual two, and its plural after a unit so many of it.
TEST_F(ClaimsTest, ArabicDozens) {
  EXPECT_EQ(One("اعتقل دزينة من المشتبه بهم").value, "12");
  EXPECT_EQ(One("قتل دزينتان من الجنود").value, "24");
  EXPECT_EQ(One("اشترى ثلاث دزينات من البيض").value, "36");
}

// Numbers in idioms and names count nothing: "24/7", "9/11", "50-50"; a date goes on past them.
TEST_F(ClaimsTest, NumberIdiomsAreNoClaims) {
  EXPECT_TRUE(All("the store is open 24/7").empty());
  EXPECT_TRUE(All("after the 9/11 attacks").empty());
  EXPECT_TRUE(All("a 50-50 chance").empty());
  EXPECT_EQ(One("on 9/11/2001").kind, Kind::kDate);
}

// "One in five children", "واحد من كل خمسة أطفال": one claim, the share, counting the noun.
TEST_F(ClaimsTest, RatiosAreShares) {
  for (const char* text : {"One in five children have accounts", "واحد من كل خمسة أطفال",
                           "واحد من بين كل خمسة أطفال", "1 in every 5 children"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.value, "0.2") << text;
    EXPECT_TRUE(c.ratio) << text;
    EXPECT_FALSE(c.noun_key.empty()) << text;
  }
  EXPECT_EQ(One("three out of every ten voters").value, "0.3");
  EXPECT_EQ(One("nearly one in four").qualifier, "about");
  EXPECT_EQ(One("أسرة واحدة فقط من كل خمس أسر").value, "0.2");  // only one in five
  // A bare "in" only after one or a count in words; "out of" alone is a part and its whole.
  EXPECT_EQ(All("He scored 2 in 3 games").size(), 2u);
  EXPECT_EQ(One("Nine in 10 voters agree").value, "0.9");
  EXPECT_TRUE(One("two in three Americans").ratio);
  EXPECT_EQ(All("300 out of 1,200 voters").size(), 2u);
  EXPECT_EQ(All("one in 10 days").at(1).kind, Kind::kDuration);
  // "another one" is a pronoun, but not as the first term of a ratio; "in" and a year are when.
  EXPECT_EQ(One("while another one in four was barred").value, "0.25");
  EXPECT_EQ(One("which one in 2020 was best").kind, Kind::kYear);
  // So in Arabic: "أي واحد" (anyone) is a pronoun, but "أي واحد من كل" opens a ratio.
  EXPECT_EQ(One("أي واحد من كل ثمانية بالغين").value, "0.125");
  EXPECT_EQ(One("أي واحد من كل 8 بالغين").value, "0.125");
  EXPECT_TRUE(All("لم يتقدم أي واحد منهم").empty());
}

// An Arabic singular indefinite noun alone says "one" before "من كل" and a count of the same
// noun ("امرأة من بين كل ثلاث نساء"); English says it with "one" and the noun ("one adult in
// three"). A plural, a definite noun or another noun leaves the count a count.
TEST_F(ClaimsTest, ASingularNounIsTheOneOfARatio) {
  for (const char* text : {"عامل من كل عشرة عمال", "امرأة من بين كل ثلاث نساء",
                           "مريض من كل 20 مريضا", "one adult in three"}) {
    const Claim c = One(text);
    EXPECT_TRUE(c.ratio) << text;
    EXPECT_EQ(c.start, 0u) << text;
    EXPECT_FALSE(c.noun_key.empty()) << text;
  }
  EXPECT_EQ(One("امرأة من بين كل ثلاث نساء").value, One("one in three women").value);
  EXPECT_EQ(One("مريض من كل 20 مريضا").value, "0.05");
  EXPECT_EQ(One("عمال من كل عشرة عمال").value, "10");
  EXPECT_EQ(One("العامل من كل عشرة عمال").value, "10");
  EXPECT_EQ(One("دينار من كل 10 عمال").value, "10");
  // A word of about so much after the count is the share's.
  const Claim about = One("طفل من كل ثلاثة أطفال تقريبا");
  EXPECT_TRUE(about.ratio);
  EXPECT_EQ(about.value, One("one in three children").value);
  EXPECT_EQ(about.qualifier, "about");
  EXPECT_EQ(All("one goal in 3 games").size(), 2u);
  // More than one and a noun "in every" so many, whatever word follows; digits in ten or a
  // hundred are a poll's share.
  const Claim schools = One("قالت إن ثلاث مدارس من كل عشر تفتقر إلى الماء");
  EXPECT_EQ(schools.value, "0.3");
  EXPECT_EQ(schools.text, "ثلاث مدارس من كل عشر");
  EXPECT_EQ(One("Nearly 3 in 10 adults skipped a meal").value, "0.3");
  EXPECT_EQ(All("3 schools in 10 provinces").size(), 2u);
  // Digits a few in fewer than ten of the people a poll asks about, too; not of games.
  EXPECT_EQ(One("Roughly 2 in 3 voters back the plan").value, One("two in three").value);
  EXPECT_EQ(All("won 2 in 3 matches").size(), 2u);
  EXPECT_EQ(One("one person in six becomes ill").value, One("one in six").value);
}

// "won" is money only after digits: "five won" is a count that won.
TEST_F(ClaimsTest, WonIsACurrencyAfterDigits) {
  EXPECT_EQ(One("a fine of 5,000 won").unit, "KRW");
  EXPECT_EQ(One("worth 500 billion won").unit, "KRW");
  EXPECT_EQ(One("Five won medals").kind, Kind::kNumber);
}

// A number word with the article counts a definite noun before it ("للدول الأربع"), or the
// plural whose name the word before completes ("فيروسات كورونا الأربعة"); a verb it does not
// ("كانت تقل الثلاثة"). "النصف ساعة" is half an hour.
TEST_F(ClaimsTest, ADefiniteNumberWordAgreesWithADefiniteNoun) {
  EXPECT_EQ(One("وانضم اليمن للدول الأربع").noun_key, One("4 دول").noun_key);
  EXPECT_EQ(One("فيروسات كورونا الأربعة").noun_key, One("4 فيروسات").noun_key);
  EXPECT_TRUE(One("السيارة التي كانت تقل الثلاثة").noun_key.empty());
  const Claim c = One("انتظرت النصف ساعة");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(c.value, "0.5");
  EXPECT_EQ(c.unit, "hour");
}

// After a definite singular that completes a plural's name, a number with the article counts
// the plural (one council has no five members of its own kind); a name or a definite singular
// may stand between, but no construct plural, whose ending tells no name ("مساعدي"). A
// plural that completes the name keeps the number.
TEST_F(ClaimsTest, ANumberAfterAConstructCountsItsHead) {
  const std::string country = One("5 دول").noun_key;
  EXPECT_EQ(One("وافقت دول الاتحاد الأوروبي الـ27").noun_key, country);
  EXPECT_EQ(One("اجتمع أعضاء المجلس الخمسة").noun_key, One("5 أعضاء").noun_key);
  EXPECT_EQ(One("في مناطق منظمة الصحة العالمية الست").noun_key, One("6 مناطق").noun_key);
  EXPECT_EQ(One("فيروسات كورونا البشرية السبعة").noun_key, One("7 فيروسات").noun_key);
  EXPECT_EQ(One("التقى رؤساء الدول الخمس").noun_key, country);
  EXPECT_NE(One("وبرأت مساعدي الوزير الستة").noun, "وبرأت");  // a verb in -ات, no plural
}

// "حوالي النصف": a qualifier before a number with the article is no noun it counts.
TEST_F(ClaimsTest, AQualifierIsNoCountedNoun) {
  for (const char* text : {"حوالي النصف", "قرابة الألف شاركوا في المظاهرة"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.qualifier, "about") << text;
    EXPECT_TRUE(c.noun_key.empty()) << text;
  }
}

// "won two medals": English puts no noun before one and two, and "won" is no money there.
TEST_F(ClaimsTest, OnlyArabicCountsANounBeforeOneAndTwo) {
  const Claim c = One("He won two medals");
  EXPECT_EQ(c.kind, Kind::kNumber);
  EXPECT_EQ(c.noun_key, "medal");
  EXPECT_EQ(One("دفع دولارا واحدا").kind, Kind::kMoney);
}

// "A few" and "several" before a scale word make it vague, like its plural alone; alone they
// are no number.
TEST_F(ClaimsTest, AFewOfAScaleIsVague) {
  for (const char* text : {"a few thousand people", "several thousand people", "بضعة آلاف شخص"}) {
    const Claim c = One(text);
    EXPECT_TRUE(c.approx) << text;
    EXPECT_EQ(c.qualifier, "at-least") << text;
    EXPECT_EQ(c.lower->value, "2000") << text;
  }
  EXPECT_EQ(One("several hundred people").lower->value, "200");
  EXPECT_EQ(One("عدة ملايين دولار").kind, Kind::kMoney);
  EXPECT_EQ(One("a couple of hundred people").lower->value, "200");
  EXPECT_TRUE(All("a couple was arrested").empty());
  EXPECT_TRUE(All("several people came").empty());
  EXPECT_TRUE(All("زار عدة دول").empty());
  // "بضعة عشر" (a few and ten) is 13 to 19: at least 13, where "عشر" alone had been 10.
  for (const char* text : {"أصيب بضعة عشر شخصا", "قتلت بضع عشرة امرأة"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.qualifier, "at-least") << text;
    EXPECT_EQ(c.lower->value, "13") << text;
    EXPECT_FALSE(c.noun_key.empty()) << text;
  }
  EXPECT_EQ(One("بضعة عشر ألف متظاهر").lower->value, "13000");
}

// A plus sign after digits bounds them below ("100+ people"), but not a plus between digits,
// which adds ("90+2", a match's added time).
TEST_F(ClaimsTest, APlusSignAfterDigits) {
  Claim c = One("raised $300+ billion");
  EXPECT_EQ(c.qualifier, "at-least");
  EXPECT_EQ(c.lower->value, "300000000000");
  EXPECT_FALSE(c.upper.has_value());
  EXPECT_EQ(One("100+ people").qualifier, "at-least");
  const std::vector<Claim> v = All("سجل الهدف في الدقيقة 90+2");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_TRUE(v[0].qualifier.empty());
  EXPECT_EQ(v[0].value, "90");
}

// A vague quantity of a currency or unit is money or a quantity, still vague.
TEST_F(ClaimsTest, VagueAmountsOfMoneyAndUnits) {
  for (const char* text : {"billions of dollars", "مليارات الدولارات", "مئات الملايين من الدولارات"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kMoney) << text;
    EXPECT_EQ(c.unit, "USD") << text;
    EXPECT_EQ(c.qualifier, "at-least") << text;
  }
  EXPECT_EQ(One("آلاف الأطنان").unit, "t");
  EXPECT_EQ(One("hundreds of people").kind, Kind::kNumber);
  // A vague end leaves a range open above.
  const Claim range = One("prices from $150 to a few thousand dollars");
  EXPECT_EQ(range.lower->value, "150");
  EXPECT_FALSE(range.upper.has_value());
}

TEST_F(ClaimsTest, DigitsWithScaleWords) {
  EXPECT_EQ(One("بلغ 120 مليون").value, "120000000");
  EXPECT_EQ(One("قرابة 2.5 مليار").value, "2500000000");
  EXPECT_EQ(One("نحو ٣ آلاف").value, "3000");
  EXPECT_EQ(One("بلغ 1,5 مليون").value, "1500000");
  EXPECT_EQ(One("raised 120 million").value, "120000000");
  EXPECT_EQ(One("a $1.2bn deal").value, "1200000000");
  EXPECT_EQ(One("a $3m grant").value, "3000000");
  EXPECT_EQ(One("3 dozen eggs").value, "36");
  EXPECT_EQ(One("a 3-dozen box").value, "36");
  // English "hundred" after digits is a hundred of each.
  EXPECT_EQ(One("3 hundred people").value, "300");
  EXPECT_EQ(One("322 hundred").value, "32200");
  // A bare "m" after digits is metres, not millions.
  EXPECT_EQ(One("a 3m wall").unit, "m");
}

TEST_F(ClaimsTest, EnglishNumberWords) {
  const std::vector<ValueCase> cases = {
      {"zero", "0"},
      {"seven", "7"},
      {"thirteen", "13"},
      {"forty-two", "42"},
      {"ninety nine", "99"},
      {"one hundred and five", "105"},
      {"two hundred fifty thousand", "250000"},
      {"a million", "1000000"},
      {"half a million", "500000"},
      {"a quarter of a million", "250000"},
      {"a dozen", "12"},
      {"two-thirds", "0.66666666666666666667"},
      {"three quarters", "0.75"},
      {"nineteen hundred", "1900"},
      {"two and a half million", "2500000"},
      {"a million and a half", "1500000"},
      {"one thousand five hundred million", "1500000000"},
      {"3 million and a quarter", "3250000"},
      {"three and a fifth", "3.2"},
      {"seven point two five", "7.25"},
      {"two point four million", "2400000"},
      {"13 lakh", "1300000"},
      {"2 crore", "20000000"},
      {"1.5 lakh crore", "1500000000000"},  // lakhs or thousands of a larger scale count it
      {"two lakh crore", "2000000000000"},
      {"20 thousand crore", "200000000000"},
      {"two million, four hundred thousand", "2400000"},  // a group set off by a comma
      {"three billion, five hundred million", "3500000000"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(One(std::string("They counted ") + c.text + ".").value, c.value) << c.text;
  }
  // A group less than a hundred, or no less than the scale, is a number of its own.
  EXPECT_EQ(All("In two thousand, four people died.").size(), 2u);
  EXPECT_EQ(All("one million, two million and three million").size(), 3u);
  const Claim ordinal = One("the twenty-first edition");
  EXPECT_EQ(ordinal.kind, Kind::kOrdinal);
  EXPECT_EQ(ordinal.value, "21");
}

// Two-digit decades: with the apostrophe a decade of the 1900s; after a possessive an age of
// ten years (as "في السبعينات من عمره" is); bare, a number from N to N+9, which holds the
// temperatures', the scores' and the decade's readings alike.
TEST_F(ClaimsTest, TwoDigitDecadesAndAges) {
  const Claim c = One("popular in the '70s");
  EXPECT_EQ(c.qualifier, "decade");
  EXPECT_EQ(c.lower->value, "1970");
  ExpectAgeOfTheDecade(One("a man in his 70s"), 70, "70s");
  ExpectAgeOfTheDecade(One("in their late 30s"), 30, "30s");
  ExpectAgeOfTheDecade(One("a man in his mid-40s"), 40, "40s");
  for (const char* text : {"women in their 20s and 30s", "in her early 20s or 30s"}) {
    const std::vector<Claim> ages = All(text);
    ASSERT_EQ(ages.size(), 2u) << text;
    ExpectAgeOfTheDecade(ages[0], 20, "20s");
    ExpectAgeOfTheDecade(ages[1], 30, "30s");
  }
  ExpectAgeOfTheDecade(One("في السبعينات من عمره"), 70, "السبعينات من عمره");
  const Claim tens = One("temperatures in the mid-30s");
  EXPECT_EQ(tens.kind, Kind::kNumber);
  EXPECT_EQ(tens.text, "30s");
  EXPECT_EQ(tens.qualifier, "range");
  EXPECT_EQ(tens.value, "");
  EXPECT_EQ(tens.lower->value, "30");
  EXPECT_EQ(tens.upper->value, "39");
  EXPECT_EQ(One("the 10s").value, "10");  // no decade anyone writes so
}

TEST_F(ClaimsTest, DecadesAreRangesOfYears) {
  for (const char* text : {"in the 1930s", "في ثلاثينيات القرن العشرين", "في الثلاثينيات"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kYear) << text;
    EXPECT_EQ(c.qualifier, "decade") << text;
    EXPECT_EQ(c.lower->value, "1930") << text;
    EXPECT_EQ(c.upper->value, "1939") << text;
  }
  EXPECT_EQ(One("خمسينيات القرن التاسع عشر").lower->value, "1850");
  EXPECT_EQ(All("الخمسينات والستينيات").size(), 2u);
  ExpectAgeOfTheDecade(One("امرأة في الستينات من عمرها"), 60, "الستينات من عمرها");
  // English "the 1800s" is a hundred years; "the 2000s" is the decade.
  const Claim hundreds = One("in the 1800s");
  EXPECT_EQ(hundreds.qualifier, "century");
  EXPECT_EQ(hundreds.upper->value, "1899");
  EXPECT_EQ(One("in the early 2000s").upper->value, "2009");
}

TEST_F(ClaimsTest, TimesOfDayAreNoClaims) {
  EXPECT_TRUE(All("at 04:00 BST").empty());
  EXPECT_TRUE(All("At 2pm two vans").size() == 1);  // "two vans" only
  EXPECT_TRUE(All("في الساعة 2 مساء").empty());
  EXPECT_TRUE(All("في الساعة 8 والنصف مساء").empty());  // the part of the hour with it
  // Minutes (abbreviated or not) and seconds joined to the hour.
  EXPECT_TRUE(All("الانطلاق على الساعة 17 و10 دقائق من تونس").empty());
  EXPECT_TRUE(All("على الساعة 14 و55 دق").empty());
  EXPECT_TRUE(All("في الرابعة مساء (1300 بتوقيت غرينتش)").size() == 1);  // only the hour
  EXPECT_TRUE(All("at 1300 local time").empty());
  // "في الساعة (497 ميلا في الساعة)": a parenthesis parts the number from a clock's cue.
  EXPECT_EQ(All("بسرعة 800 كيلومتر في الساعة (497 ميلا في الساعة)").at(1).unit, "mph");
  EXPECT_TRUE(All("الساعة 3 و5 دقائق و10 ثوان").empty());
  EXPECT_TRUE(All("الساعة 5 وعشرون دقيقة وثلاث ثوان").empty());  // in words
  // Not after a count: "5 و10 دقائق" are two durations.
  EXPECT_EQ(All("قتل 5 و10 دقائق").size(), 2u);
  EXPECT_EQ(One("استمر الاجتماع 90 دق").unit, "minute");
}

TEST_F(ClaimsTest, OrdinalsInDigits) {
  Claim c = One("the 50th anniversary");
  EXPECT_EQ(c.kind, Kind::kOrdinal);
  EXPECT_EQ(c.value, "50");
  EXPECT_EQ(One("quoting log of 30th September 2018").value, "2018-09-30");
  EXPECT_EQ(One("on Oct. 2, 1968 troops").value, "1968-10-02");
}

TEST_F(ClaimsTest, ANumberOfThePluralOfAUnitOfTime) {
  // Arabic translated word for word: "2 من الأسابيع" is two weeks.
  Claim c = One("غادروا المستشفى قبل 2 من الأسابيع");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(c.unit, "week");
  EXPECT_EQ(c.qualifier, "ago");
  c = One("تراوحت من 2.0 من الأيام إلى 4.7 من الأيام");
  EXPECT_EQ(c.unit, "day");
  EXPECT_EQ(c.upper->value, "4.7");
  // Not the singular: the second of the month; nor a noun that is no unit.
  EXPECT_EQ(One("في 2 من الشهر الجاري").kind, Kind::kNumber);
  EXPECT_EQ(One("قتل 3 من الأطفال").kind, Kind::kNumber);
}

TEST_F(ClaimsTest, DualNounsAreTheNumberTwo) {
  const Claim days = One("بعد يومين");
  EXPECT_EQ(days.kind, Kind::kDuration);
  EXPECT_EQ(days.value, "2");
  EXPECT_EQ(days.unit, "day");
  EXPECT_EQ(days.qualifier, "later");
  EXPECT_EQ(One("استمر عامين").unit, "year");
  // After a definite plural in -ين a definite dual agrees with it: an adjective, "general".
  EXPECT_TRUE(All("اجتمع الأطباء مع المفتشين العامين").empty());
  EXPECT_TRUE(All("نقابة للممارسين العامين").empty());
  EXPECT_EQ(One("شهد المستثمرين خلال العامين").unit, "year");
  // A preposition glued before a word in م or ت opens a phrase: no counted noun.
  EXPECT_EQ(One("قتل 7 بمدينة حلب").noun, "");
  EXPECT_EQ(One("ارتفع 5 بمقدار كبير").noun, "");
  // So does a glued conjunction before م or ب; a noun whose own first letter is و counts.
  EXPECT_EQ(All("أصيب 3 ومات 2")[0].noun, "");
  EXPECT_EQ(One("بلغ 40 وبذلك تجاوز").noun, "");
  EXPECT_EQ(One("أنشأت 50 وحدة سكنية").noun, "وحدة");
  EXPECT_EQ(One("سجلت 5 وفيات").noun, "وفيات");
  EXPECT_EQ(One("شارك 300 متطوع").noun_key, "متطوع");
  EXPECT_EQ(One("منذ سنتين").qualifier, "ago");
  // "يوم" before a weekday starts a date: the number before counts no days.
  EXPECT_EQ(All("على راديو 4 يوم الأحد")[0].kind, Kind::kNumber);
  EXPECT_EQ(All("على راديو 4 يوم الأحد")[0].noun, "");
  EXPECT_EQ(One("استمر 30 يوم").unit, "day");
  // Duals of counted nouns, with the singular as the noun's key.
  const Claim people = One("قتل شخصين في الهجوم");
  EXPECT_EQ(people.kind, Kind::kNumber);
  EXPECT_EQ(people.value, "2");
  EXPECT_EQ(people.noun_key, "شخص");
  EXPECT_EQ(One("وقعت دولتان الاتفاق").noun_key, One("5 دول").noun_key);
  EXPECT_EQ(One("وامتنع عضوان عن التصويت").noun_key, One("15 عضوا").noun_key);
  EXPECT_EQ(One("شغل المنصب لولايتين").value, "2");
  EXPECT_EQ(One("وقعت اتفاقيتين مع البنك").noun_key, One("وقعت 3 اتفاقيات").noun_key);
  // A preposition with its pronoun counts nothing: "5 ضده", "voted 5 against it".
  EXPECT_EQ(One("وصوت 5 ضده").noun, "");
  EXPECT_EQ(One("وصوت 7 لصالحه").noun, "");
  // Broken plurals share their singular's key; a singular in ة is not a plural and "its".
  EXPECT_EQ(One("اعتقل 5 تجار").noun_key, One("اعتقل 12 تاجرا").noun_key);
  EXPECT_EQ(One("قتل 4 فتيات").noun_key, One("قتلت 11 فتاة").noun_key);
  EXPECT_EQ(One("ضبط 4 بنادق").noun_key, "بندقيه");
  EXPECT_EQ(One("تضم 15 فرقة").noun_key, "فرقه");
  // A masculine noun with a plural in -ات; a singular of four letters in -ين or -ان.
  EXPECT_EQ(One("ضبط 3 مسدسات").noun_key, One("ضبط 11 مسدسا").noun_key);
  EXPECT_EQ(One("فرار 132 سجينا").noun_key, "سجين");
  // No sound plural or dual takes the accusative alef: a singular in -ان or -ون keeps it.
  EXPECT_EQ(One("نشر 20 عنوانًا").noun_key, "عنوان");
  EXPECT_EQ(One("باع 20 حصانا").noun_key, "حصان");
  EXPECT_EQ(One("صنفت 12 كيانا").noun_key, "كيان");
  // After a number whose last part is 11 to 99 the noun is a singular in the accusative: its
  // alef is the tanween's, not the "نا" of "مواطنينا" (our citizens).
  EXPECT_EQ(One("حدد الباحثون 66 بروتينًا").noun_key, "بروتين");
  EXPECT_EQ(One("حدد الباحثون 3 بروتينات").noun_key, "بروتين");
  EXPECT_EQ(One("يحتوي على 12 فيتامينا").noun_key, "فيتامين");
  EXPECT_EQ(One("طور العلماء 4 لقاحات").noun_key, One("طوروا لقاحا واحدا").noun_key);
  // A definite number word after a name that completes a plural counts the plural.
  EXPECT_EQ(One("تنتشر فيروسات كورونا الأربعة المكتسبة").noun_key, "فيروس");
  EXPECT_EQ(One("عقدت قمة اقتصادية واحدة").noun_key, "قمه");
  // A phrase of amount after a number counts nothing: "F-15 بقيمة 12 مليار".
  EXPECT_EQ(All("مقاتلات إف 15 بقيمة 12 مليار دولار")[0].noun, "");
  // With the article too, after a glued preposition or not.
  EXPECT_EQ(One("زار البلدين").value, "2");
  EXPECT_EQ(One("سيكون سيئا للبلدين").text, "للبلدين");
  const Claim weeks = One("ارتفعت خلال الأسبوعين الماضيين");
  EXPECT_EQ(weeks.kind, Kind::kDuration);
  EXPECT_EQ(weeks.unit, "week");
  EXPECT_EQ(One("والستينيات").text, "الستينيات");
  EXPECT_EQ(One("من شخصين إلى ثلاثة").upper->value, "3");  // a range from a dual
  // Before singular ordinals a dual names which two; the dual of an ordinal counts two.
  const auto which = All("في الأسبوعين الأول والثاني من الشهر");
  ASSERT_EQ(which.size(), 2u);
  EXPECT_EQ(which[0].kind, Kind::kOrdinal);
  EXPECT_EQ(One("خلال العقدين الأولين").unit, "decade");
  // A form that is also a sound plural is no dual: "مصابين" are the injured.
  EXPECT_TRUE(All("نقل المصابين إلى المستشفى").empty());
  // Any noun is two when the word beside it shows the dual: a demonstrative or a relative
  // pronoun of two, or an adjective in the same feminine dual ending; the noun's singular is
  // its key.
  const Claim studies = One("في دراستين حديثتين");
  EXPECT_EQ(studies.value, "2");
  EXPECT_EQ(studies.text, "دراستين");
  EXPECT_EQ(studies.noun_key, One("3 دراسات").noun_key);
  EXPECT_EQ(One("بين هذين الخيارين").noun_key, One("قدم 12 خيارا").noun_key);
  EXPECT_EQ(One("هاتين الصفحتين").text, "هاتين الصفحتين");
  EXPECT_EQ(One("زار المدينتين اللتين").text, "المدينتين");
  EXPECT_EQ(One("قصفت طائرتان حربيتان ليبيتان").text, "طائرتان");  // the adjectives: none
  EXPECT_EQ(One("وسفينتين خاصتين").text, "سفينتين");  // the glued conjunction is none of it
  EXPECT_EQ(One("هاتين السنتين").unit, "year");  // a dual of the lists keeps its reading
  // A list's word inside another word is none of it: "مرتان" in "مدمرتان".
  EXPECT_EQ(One("أطلقت مدمرتان أمريكيتان").noun_key, One("3 مدمرات").noun_key);
  EXPECT_TRUE(All("زار أوزبكستان وقيرغيزستان").empty());  // names in -ستان
  EXPECT_TRUE(All("الواقعتين مرتبطتان").empty());  // no agreement: a predicate
  // The masculine -ان also ends broken plurals and names: both words need the article, or
  // the adjective is one of relation.
  EXPECT_EQ(One("قال الحدثان المدرجان").noun_key, One("3 حدث").noun_key);
  EXPECT_EQ(One("وقع تفجيران انتحاريان").text, "تفجيران");
  EXPECT_TRUE(All("قال سلطان عمان").empty());
  EXPECT_TRUE(All("سكان اليابان").empty());
  // A pronoun before a number with the article is no noun it counts: the five of us.
  EXPECT_EQ(One("من بيننا نحن الخمسة").noun, "");
}

// English fractions of one unit, with the article between.
TEST_F(ClaimsTest, EnglishFractionsOfAUnit) {
  Claim c = One("the meeting lasted half an hour");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(c.value, "0.5");
  EXPECT_EQ(c.unit, "hour");
  EXPECT_EQ(One("a quarter of an hour").value, "0.25");
  c = One("half a century ago");
  EXPECT_EQ(c.qualifier, "ago");
  EXPECT_EQ(c.value, "0.5");
  c = One("an hour and a half");
  EXPECT_EQ(c.value, "1.5");
  EXPECT_EQ(c.text, "an hour and a half");
  EXPECT_EQ(One("a mile and a half").unit, "mi");
  EXPECT_EQ(One("for a fortnight").value, "2");
  EXPECT_EQ(One("on the quarter-hour mark").value, "0.25");
  // Of a whole named by a noun it stays a fraction.
  EXPECT_EQ(One("half of the voters").kind, Kind::kNumber);
}

// An Arabic fraction in construct with one unit of time and its article; not where a
// number's word after the unit names it.
TEST_F(ClaimsTest, ArabicFractionsOfTheUnit) {
  Claim c = One("شهدت البلاد تحولات كبيرة خلال ربع القرن الماضي");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(c.value, "0.25");
  EXPECT_EQ(c.unit, "century");
  c = One("انتظر الركاب نصف الساعة");
  EXPECT_EQ(c.value, "0.5");
  EXPECT_EQ(c.unit, "hour");
  EXPECT_EQ(One("منذ نصف القرن").qualifier, One("منذ نصف قرن").qualifier);
  EXPECT_EQ(All("في ربع القرن العشرين الأول").front().kind, Kind::kNumber);
  // With the article a fraction is in no construct; half the year is as often its middle.
  EXPECT_EQ(All("تراجعت الصادرات بمقدار الربع العام الماضي").front().kind, Kind::kNumber);
  EXPECT_EQ(All("خلال عطلة نصف العام الدراسي").front().kind, Kind::kNumber);
}

// An amount in one unit and the rest in the next smaller one are one amount.
TEST_F(ClaimsTest, CompoundUnitsAreOneAmount) {
  Claim c = One("حكم عليه بالسجن 3 سنوات و6 أشهر");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(c.value, "3.5");
  EXPECT_EQ(c.unit, "year");
  c = One("about 1 hour and 20 minutes");  // a third of an hour: kept in minutes
  EXPECT_EQ(c.value, "80");
  EXPECT_EQ(c.unit, "minute");
  EXPECT_EQ(c.qualifier, "about");
  c = One("he is 6 feet 2 inches tall");
  EXPECT_EQ(c.value, "74");
  EXPECT_EQ(c.unit, "in");
  // So in the short forms of a height: "in" after the inches, or a hyphen before them.
  for (const char* text : {"he is 6 ft 2 in", "a 6ft 2in forward", "a 6-foot-2 forward"}) {
    c = One(text);
    EXPECT_EQ(c.value, "74") << text;
    EXPECT_EQ(c.unit, "in") << text;
  }
  EXPECT_EQ(One("a 6-foot fence").unit, "ft");
  EXPECT_EQ(One("they put 5 ft in the hole").value, "5");
  c = One("أكثر من 3 سنوات و6 أشهر");
  EXPECT_EQ(c.lower->value, "3.5");
  EXPECT_FALSE(c.upper.has_value());
  // A unit said alone after a cue of time, then "و" and more time in words: one span.
  c = One("ودخل حيز التنفيذ بعد عام وثلاثة أشهر من القتال");
  EXPECT_EQ(c.value, "1.25");
  EXPECT_EQ(c.unit, "year");
  EXPECT_EQ(c.qualifier, "later");
  c = One("منذ عام وأربعة أشهر");
  EXPECT_EQ(c.value, "16");
  EXPECT_EQ(c.unit, "month");
  // More of the smaller unit than makes one larger is a list, not a compound.
  EXPECT_EQ(All("3 years and 15 months").size(), 2u);
  // A comma after a time placed ends its phrase.
  EXPECT_EQ(All("استمر الاجتماع، وهو الأول منذ أسبوع، ثلاث ساعات").size(), 3u);
  // Three units in a row, after a comma too: one amount in the smallest.
  for (const char* text : {"finished in 2 hours, 3 minutes and 23 seconds",
                           "أنهى السباق في ساعتين و3 دقائق و23 ثانية"}) {
    c = One(text);
    EXPECT_EQ(c.value, "7403") << text;
    EXPECT_EQ(c.unit, "second") << text;
  }
}

// A count of things is whole: a separator before three digits that the shape leaves in
// doubt groups them, whatever the document's other numbers say; money keeps the reading.
TEST_F(ClaimsTest, CountsAreWhole) {
  EXPECT_EQ(One("لتأطير أكثر من 65.000 مركز").value, "65000");
  EXPECT_EQ(One("شارك 11.300 مترشح").value, "11300");
  EXPECT_EQ(One("ثمن الكيلوغرام 12.500 دينار").value, "12.5");
  // A document whose unambiguous numbers use the decimal comma still counts people whole.
  const auto claims = All("بلغ النمو 2,5 بالمائة وتضرر 1,500 شخص");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].value, "1500");
}

// An earthquake's magnitude is no angle: degrees "on the Richter scale" or after words of its
// force, the scale's name alone, "magnitude" after the number or before it.
TEST_F(ClaimsTest, MagnitudesOfEarthquakes) {
  const std::pair<const char*, const char*> cases[] = {
      {"هزة بقوة 5.2 درجات على مقياس ريختر شرق البلاد", "5.2"},
      {"بلغت شدتها 4ر6 درجة على سلم ريشتر،", "6.4"},
      {"زلزال بقوة 6.9 ريختر", "6.9"},
      {"بقوة 7 بمقياس ريختر", "7"},
      {"a 6.8-magnitude tremor", "6.8"},
      {"a magnitude 5.1 tremor", "5.1"},
      {"it measured 4.9 on the Richter scale", "4.9"},
      {"زلزال بقوة 5.1 درجة يضرب المنطقة", "5.1"},
      {"هزة بلغت قوتها 4.2 درجات", "4.2"}};
  for (const auto& [text, value] : cases) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kQuantity) << text;
    EXPECT_EQ(c.unit, "magnitude") << text;
    EXPECT_EQ(c.value, value) << text;
  }
  EXPECT_EQ(One("زاوية ميلها 12 درجة").unit, "°");
  EXPECT_EQ(One("the magnitude of 40 tonnes").unit, "t");
  EXPECT_EQ(All("سجل 12 زلزالا بقوة 3 درجات")[0].unit, "");  // the cue is no unit after 12
}

// "كيلو" alone is a kilogram, and a kilometre after words of distance, a qualifier between.
TEST_F(ClaimsTest, KiloAfterADistanceIsAKilometre) {
  EXPECT_EQ(One("اشترى 3 كيلو من اللحم").unit, "kg");
  EXPECT_EQ(One("على بعد 20 كيلو من المدينة").unit, "km");
  EXPECT_EQ(One("تمتد على طول أكثر من 300 كيلو على الساحل").unit, "km");
  EXPECT_EQ(One("تبعد 40 كيلومترا عن العاصمة").unit, "km");
}

// With the article, digits after a definite noun count it; the word after them is none of
// theirs.
TEST_F(ClaimsTest, ArticleDigitsCountTheNounBefore) {
  EXPECT_EQ(One("وجد أن الخصائص الـ 29 لحذف النيوكليوتيد").noun_key, One("29 خصائص").noun_key);
  EXPECT_EQ(One("حكم على المتهمين الـ 12 بالسجن").noun_key, One("12 متهما").noun_key);
  // A verb or an adjective after them is none of theirs either; the noun named again is.
  EXPECT_EQ(One("وأوضح أن الحالات الـ321 تتوزع على المحافظات").noun_key,
            One("321 حالة").noun_key);
  EXPECT_EQ(One("قاطعت الدول المجاورة الـ16 دولة القمة").noun_key, One("16 دولة").noun_key);
}

// After a preposition a number word with the article comes before its unit; elsewhere it
// agrees with the noun before it, and what follows is neither unit nor noun.
TEST_F(ClaimsTest, ADefiniteNumberWordBeforeItsUnit) {
  Claim c = One("تراجع في الست سنوات الماضية");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(c.value, "6");
  EXPECT_EQ(All("خلال الخمسة أشهر الأولى من السنة")[0].unit, "month");
  EXPECT_EQ(One("قضى الناجون الأربعة ساعات").kind, Kind::kNumber);
  EXPECT_EQ(One("وأضافت أن الثلاثة أرادوا المراقبة").noun, "");
}

// Where a change led, with a glued ل, sets no bound; "since" names a year; "أول أمس" is two
// days ago.
TEST_F(ClaimsTest, ArabicPhrasesAroundNumbersFromTheNews) {
  Claim c = One("ارتفعت النسبة لتصل إلى 70.2 بالمائة");
  EXPECT_TRUE(c.qualifier.empty());
  EXPECT_EQ(One("قد يصل إلى 100 شخص").qualifier, "at-most");
  c = One("يعرف المغرب منذ 2011 تحركات اجتماعية");
  EXPECT_EQ(c.kind, Kind::kYear);
  EXPECT_EQ(c.qualifier, "since");
  c = One("وقع الهجوم أول أمس");
  EXPECT_EQ(c.value, "2");
  EXPECT_EQ(c.qualifier, "ago");
  EXPECT_EQ(One("the day before yesterday").value, "2");
}

// "ساعة" is a watch as well as an hour; a pronoun after a preposition counts nothing.
TEST_F(ClaimsTest, RatiosOutOf) {
  // "out of" in words is a share, as "in" is; in digits a part and its whole.
  Claim c = One("Two out of three voters said so.");
  EXPECT_TRUE(c.ratio);
  EXPECT_EQ(c.value.substr(0, 6), "0.6666");
  EXPECT_EQ(One("One out of five children").value, "0.2");
  EXPECT_EQ(All("300 out of 1,200 people").size(), 2u);
}

TEST_F(ClaimsTest, EnglishNamesWithANumber) {
  // "Route 66" is a road's name: the word after it is no counted noun.
  EXPECT_EQ(All("Route 66 crosses eight states.")[0].noun, "");
  EXPECT_EQ(All("Interstate 95 runs 1,908 miles.")[0].noun, "");
  EXPECT_EQ(One("The plane carried 239 people.").noun, "people");
}

TEST_F(ClaimsTest, HomographsOfUnitsAndNouns) {
  EXPECT_EQ(One("يبلغ ارتفاعه 828 قدما").unit, "ft");  // after a number, feet
  EXPECT_EQ(One("المضي قدما في 3 مشاريع").unit, "");  // "forward"
  Claim c = One("حجز 6000 ساعة يدوية مهربة");
  EXPECT_EQ(c.kind, Kind::kNumber);
  EXPECT_EQ(One("بعد 3 ساعات").kind, Kind::kDuration);
  c = One("دعوة لستة وخمسين منهم");
  EXPECT_EQ(c.value, "56");
  EXPECT_TRUE(c.noun.empty());
}

TEST_F(ClaimsTest, DurationsAndRelativeTime) {
  Claim c = One("أطلقت قبل 13 عامًا");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(c.value, "13");
  EXPECT_EQ(c.unit, "year");
  EXPECT_EQ(c.qualifier, "ago");
  EXPECT_EQ(c.text, "قبل 13 عامًا");
  EXPECT_EQ(One("منذ 13 عاماً").qualifier, "ago");
  // Before a bound the time cue still names the time; the bound stays in the interval.
  c = One("أغلق المصنع منذ أكثر من 10 سنوات");
  EXPECT_EQ(c.qualifier, "ago");
  EXPECT_EQ(c.text, "منذ أكثر من 10 سنوات");
  ASSERT_TRUE(c.lower.has_value());
  EXPECT_FALSE(c.lower->inclusive);
  EXPECT_FALSE(c.upper.has_value());
  EXPECT_EQ(One("استمرت ثلاثة أعوام").unit, "year");
  EXPECT_EQ(One("open 24h a day").unit, "hour");
  // "عقد" is also "holding": before its complement no decade.
  EXPECT_EQ(One("ارتفع منذ عقد.").unit, "decade");
  EXPECT_TRUE(All("من خلال عقد سلسلة من الجلسات").empty());
  // "من الزمن" (of time) after it says it is one: no complement, no event counted from.
  c = One("أطلق المشروع قبل عقد من الزمن");
  EXPECT_EQ(c.unit, "decade");
  EXPECT_EQ(c.qualifier, "ago");
  EXPECT_EQ(One("منذ عقدين من الزمن").qualifier, "ago");
  EXPECT_TRUE(All("قبل عام من الحرب").empty());
  // Counted from today: before now, as without it.
  EXPECT_EQ(One("تأسست قبل 40 عاما من اليوم").qualifier, "ago");
  EXPECT_EQ(One("قبل 40 عاما من يومنا هذا").qualifier, "ago");
  EXPECT_EQ(One("يقضي 3 ساعات من اليوم في القراءة").qualifier, "");
  EXPECT_EQ(One("starts at 5h30").kind, Kind::kNumber);  // a time of day, no duration
  c = One("خلال 5 أيام");
  EXPECT_EQ(c.qualifier, "within");
  EXPECT_EQ(c.unit, "day");
  c = One("انتظرنا ساعة ونصف");
  EXPECT_EQ(c.value, "1.5");
  EXPECT_EQ(c.unit, "hour");
  c = One("launched 13 years ago");
  EXPECT_EQ(c.qualifier, "ago");
  EXPECT_EQ(c.unit, "year");
  EXPECT_EQ(One("for two weeks").unit, "week");
}

TEST_F(ClaimsTest, OneAndAFractionOfAUnit) {
  Claim c = One("أضف لتر ونصف من الماء");
  EXPECT_EQ(c.kind, Kind::kQuantity);
  EXPECT_EQ(c.value, "1.5");
  EXPECT_EQ(c.unit, "l");
  EXPECT_EQ(One("يزن كيلوغرام وربع").value, "1.25");
  // "قدم" before "واحد" is as often the verb "presented".
  EXPECT_EQ(One("قدم واحد من اللاعبين طلبا").kind, Kind::kNumber);
  // One of a unit: the unit's word, then واحد agreeing with it.
  for (const char* text : {"انخفضت القمة بواقع متر واحد", "بلغ الإنتاج طنا واحدا"}) {
    c = One(text);
    EXPECT_EQ(c.kind, Kind::kQuantity) << text;
    EXPECT_EQ(c.value, "1") << text;
  }
  EXPECT_EQ(One("خفضت تصنيفها درجة واحدة").kind, Kind::kNumber);  // a notch, no degree
  EXPECT_EQ(One("أضف درجة ونصف").value, "1.5");
  EXPECT_EQ(One("سجلت درجتين تحت الصفر").value, "-2");
  EXPECT_EQ(One("3 جالونات").unit, "gal");
  EXPECT_EQ(One("250 ملي لتر").unit, "ml");
  EXPECT_EQ(One("بلغت 1763 كيلو طن مكافئ نفط").unit, "kt");  // no kilograms
  EXPECT_EQ(One("على مدى 1500 ميل بحري").unit, "nmi");
}

// Arabic writes an age with an ordinal's word: the number of years, no rank.
TEST_F(ClaimsTest, AnAgeInAnOrdinalsWord) {
  Claim c = One("التحق بالجامعة في سن الثامنة عشرة");
  EXPECT_EQ(c.kind, Kind::kNumber);
  EXPECT_EQ(c.value, "18");
  EXPECT_EQ(One("طفل في العاشرة من عمره").kind, Kind::kNumber);
  // His fourth decade: from 30 to 39.
  ExpectAgeOfTheDecade(One("رجل في العقد الرابع من العمر"), 30, "العقد الرابع من العمر");
  EXPECT_EQ(One("في العقد الرابع من القرن").kind, Kind::kOrdinal);
  EXPECT_EQ(One("حل في المرتبة الثامنة عشرة").kind, Kind::kOrdinal);
}

TEST_F(ClaimsTest, SignWordsMakeANumberNegative) {
  EXPECT_EQ(One("the answer is minus 5").value, "-5");
  EXPECT_EQ(One("بلغت الحرارة سالب 3 درجات").value, "-3");
  Claim c = One("سجلت 5 درجات تحت الصفر");
  EXPECT_EQ(c.value, "-5");
  EXPECT_EQ(c.text, "5 درجات تحت الصفر");
  EXPECT_EQ(One("5 below zero").value, "-5");
  c = One("هبطت الحرارة إلى 2 تحت الصفر");  // below zero measures degrees, named or not
  EXPECT_EQ(c.kind, Kind::kQuantity);
  EXPECT_EQ(c.unit, "°");
  // Below zero "by" so many degrees: one temperature, the bound of zero taken into it.
  c = One("هبطت الحرارة إلى ما دون الصفر بثلاث درجات");
  EXPECT_EQ(c.value, "-3");
  EXPECT_EQ(c.text, "دون الصفر بثلاث درجات");
  EXPECT_EQ(One("تحت الصفر بـ4").unit, "°");
  EXPECT_EQ(All("تراجع الرصيد إلى ما دون الصفر بـ5 ملايين").at(1).value, "5000000");
  // Only the number the word stands by, and not "negative growth of 5%".
  EXPECT_EQ(All("minus 5 and 6").at(1).value, "6");
  EXPECT_EQ(One("negative growth of 5%").value, "5");
}

TEST_F(ClaimsTest, RelativeTimesWithoutANumber) {
  struct Case {
    const char* text;
    const char* unit;
    const char* qualifier;
  };
  const Case cases[] = {
      {"تراجعت المبيعات العام الماضي", "year", "ago"},
      {"ارتفعت خلال السنة الماضية", "year", "ago"},
      {"وفي الشهر المقبل يبدأ البناء", "month", "later"},
      {"وأمس أعلن الوزير", "day", "ago"},
      {"Sales fell last year", "year", "ago"},
      {"Next week the talks resume", "week", "later"},
      {"it was announced yesterday", "day", "ago"},
  };
  for (const Case& k : cases) {
    const Claim c = One(k.text);
    EXPECT_EQ(c.kind, Kind::kDuration) << k.text;
    EXPECT_EQ(c.value, "1") << k.text;
    EXPECT_EQ(c.unit, k.unit) << k.text;
    EXPECT_EQ(c.qualifier, k.qualifier) << k.text;
  }
  // A cue and one unit, without a number.
  const Case units[] = {
      {"وقعت الحادثة قبل عام، قال", "year", "ago"},
      {"بدأت الحملة منذ أسبوع", "week", "ago"},
      {"it closed a year ago", "year", "ago"},
      {"results within an hour", "hour", "within"},
      {"the vote took place a day ago", "day", "ago"},
      {"a ruling is due within a day", "day", "within"},
      // A cue of a period and one unit: a period, in no direction from now.
      {"the festival runs for a week", "week", ""},
      {"the strike lasted a month", "month", ""},
      {"it took a year to build", "year", ""},
      {"يستمر المعرض لمدة أسبوع", "week", ""},
      {"قضى عاما في السجن", "year", ""},
  };
  for (const Case& k : units) {
    const Claim c = One(k.text);
    EXPECT_EQ(c.value, "1") << k.text;
    EXPECT_EQ(c.unit, k.unit) << k.text;
    EXPECT_EQ(c.qualifier, k.qualifier) << k.text;
  }
  // The unit names what follows: a year, a weekday, a month, a definite noun.
  EXPECT_EQ(One("قبل عام 2009").kind, Kind::kYear);
  EXPECT_EQ(One("منذ يوم الجمعة").kind, Kind::kDate);
  EXPECT_TRUE(All("قبل يوم الانتخابات").empty());
  // "على بعد ساعة" is an hour away, not an hour later.
  EXPECT_TRUE(All("على بعد ساعة من المدينة").empty());
  EXPECT_EQ(One("على بعد 3 ساعات من المدينة").qualifier, "");
  EXPECT_TRUE(All("غدا الأمر صعبا").empty());  // "became", not "tomorrow"
  EXPECT_TRUE(All("the last years of his life").empty());
  EXPECT_TRUE(All("a yr ago").empty());  // a short form follows a number, never stands alone
  EXPECT_EQ(One("talks went on over a year").qualifier, "more-than");  // a qualifier's bound
  EXPECT_EQ(One("استمر عام 2020 في النمو").kind, Kind::kYear);
  EXPECT_TRUE(All("مدة عقد اللاعب").empty());  // the term of a contract, no decade
}

TEST_F(ClaimsTest, RelativeTimesWithABound) {
  struct Case {
    const char* text;
    const char* unit;
    const char* qualifier;
    std::optional<std::string> lower, upper;
    bool approx;
  };
  const Case cases[] = {
      {"تدور المعارك منذ أكثر من عام في المدينة", "year", "ago", "1", std::nullopt, false},
      {"وقع ذلك قبل نحو شهر", "month", "ago", "1", "1", true},
      {"أعلن بعد أقل من أسبوع أنه", "week", "later", std::nullopt, "1", false},
      {"the fighting began more than a year ago", "year", "ago", "1", std::nullopt, false},
      {"he left about a week later", "week", "later", "1", "1", true},
      {"a decision within less than a month", "month", "within", std::nullopt, "1", false},
  };
  for (const Case& k : cases) {
    const Claim c = One(k.text);
    EXPECT_EQ(c.kind, Kind::kDuration) << k.text;
    EXPECT_EQ(c.value, "1") << k.text;
    EXPECT_EQ(c.unit, k.unit) << k.text;
    EXPECT_EQ(c.qualifier, k.qualifier) << k.text;
    EXPECT_EQ(c.lower ? std::optional<std::string>(c.lower->value) : std::nullopt, k.lower) << k.text;
    EXPECT_EQ(c.upper ? std::optional<std::string>(c.upper->value) : std::nullopt, k.upper) << k.text;
    EXPECT_EQ(c.approx, k.approx) << k.text;
  }
  EXPECT_EQ(One("منذ أكثر من عام ونصف").value, "1.5");  // read from its words
  EXPECT_EQ(One("ومنذ أكثر من عام تدور المعارك").qualifier, "ago");  // a glued و
  // Without a cue, a bounded unit is a duration: "for more than a year", "نحو شهر من".
  const Case bare[] = {
      {"fighting went on for more than a year", "year", "more-than", "1", std::nullopt, false},
      {"استغرق ذلك نحو شهر من المفاوضات", "month", "about", "1", "1", true},
      {"over a decade of war", "decade", "more-than", "1", std::nullopt, false},
      {"استمر الاجتماع أقل من ساعة", "hour", "less-than", std::nullopt, "1", false},
      {"استمر الجفاف لأكثر من عقد", "decade", "more-than", "1", std::nullopt, false},
      {"سيستغرق المشروع عقدا من الزمن", "decade", "", "1", "1", false},
      {"the project will take a decade", "decade", "", "1", "1", false},
      {"the firm has stood for a century", "century", "", "1", "1", false},
  };
  for (const Case& k : bare) {
    const Claim c = One(k.text);
    EXPECT_EQ(c.kind, Kind::kDuration) << k.text;
    EXPECT_EQ(c.unit, k.unit) << k.text;
    EXPECT_EQ(c.qualifier, k.qualifier) << k.text;
  }
  EXPECT_EQ(One("أكثر من عام 2020").kind, Kind::kYear);
  EXPECT_EQ(One("left more than a year and a half ago").value, "1.5");  // and a fraction
  EXPECT_EQ(One("استمر أكثر من ساعة ونصف").value, "1.5");
  EXPECT_EQ(One("3 years and a half").value, "3.5");
  EXPECT_EQ(One("to be finished within a year and a half").value, "1.5");
  // "every quarter" is every three months.
  const Claim quarter = One("it reports every quarter");
  EXPECT_EQ(quarter.kind, Kind::kDuration);
  EXPECT_EQ(quarter.value, "3");
  EXPECT_EQ(quarter.unit, "month");
  EXPECT_TRUE(All("the quarter ended").empty());
  // One unit said to be whole.
  EXPECT_EQ(One("the strike lasted a full month").unit, "month");
  EXPECT_EQ(One("استمر الإضراب أسبوعا كاملا").unit, "week");
  EXPECT_EQ(One("استمر الإضراب أسبوعا كاملا").value, "1");
  // A late hour is a time of day, bounded or after a cue.
  EXPECT_TRUE(All("استمرت الاشتباكات حتى ساعة متأخرة من الليل").empty());
  EXPECT_TRUE(All("وصل قبل ساعة متأخرة").empty());
  // After a superlative, "in" counts back over the span, no time later.
  EXPECT_EQ(One("oil fell to its lowest level in more than a year").qualifier, "more-than");
  EXPECT_EQ(One("the highest level in 5 years").qualifier, "");
  // "in" is a time later after a word of the future; else the time a thing took.
  EXPECT_EQ(One("prices will rise in less than a week").qualifier, "later");
  EXPECT_EQ(One("prices rose in less than a week").qualifier, "less-than");
  EXPECT_EQ(One("The ferry leaves in 20 minutes.").qualifier, "later");
  EXPECT_EQ(One("She'll call back in two days.").qualifier, "later");
  EXPECT_EQ(One("The clinic was built in 12 days.").qualifier, "");
  EXPECT_EQ(All("The region reported 80 deaths in one day.").at(1).qualifier, "");
  // A cue and a qualifier before anything but a unit: no claim of their own.
  EXPECT_TRUE(All("قبل حتى أن يبدأ").empty());
}

TEST_F(ClaimsTest, Years) {
  Claim c = One("في عام 2021 تعهد الوزراء");
  EXPECT_EQ(c.kind, Kind::kYear);
  EXPECT_EQ(c.value, "2021");
  EXPECT_EQ(c.text, "عام 2021");
  EXPECT_EQ(One("سنة ١٩٩٠").value, "1990");
  EXPECT_EQ(One("أسس 1925م").kind, Kind::kYear);
  c = One("توفي سنة 1300 هـ");
  EXPECT_EQ(c.calendar, "islamic");
  // The solar Hijri year of Iran and Afghanistan is no lunar one.
  c = One("در سال ۱۴۰۲ هجری شمسی");
  EXPECT_EQ(c.value, "1402");
  EXPECT_EQ(c.calendar, "persian");
  // ... as a year of the Hijri centuries after "سال" in Persian digits is; not in Arabic.
  EXPECT_EQ(One("در سال ۱۴۰۲ اعلام شد").calendar, "persian");
  EXPECT_EQ(One("عام 1453 سقطت القسطنطينية").calendar, "gregorian");
  EXPECT_EQ(One("in 2019, sales fell").kind, Kind::kYear);
  // A sentence that opens on "In" and a year dates what follows; round hundreds may count.
  EXPECT_EQ(All("Prices fell. In 2015 sales reached 3 million").at(0).kind, Kind::kYear);
  EXPECT_EQ(One("In 2000 cases the virus spread").kind, Kind::kNumber);
  EXPECT_EQ(One("rose in 2019 cases").kind, Kind::kNumber);
  // A counted noun is indefinite: before a definite word a modern number is a year.
  EXPECT_EQ(One("مشروع ميزانية 2017 الجديدة").kind, Kind::kYear);
  EXPECT_EQ(One("أطلقت رؤية 2030 للتنمية").kind, Kind::kYear);
  EXPECT_EQ(One("وصل 2022 سائحا").kind, Kind::kNumber);
  EXPECT_EQ(One("منذ 2009").qualifier, "since");
  // A clitic glued to the next number is no noun that the year counts.
  EXPECT_EQ(All("الأشهر الأولى من 2015 بـ1543 مليون دينار").at(1).kind, Kind::kYear);
  // After an Arabic word of approximation a bare number counts, unless time comes first.
  c = One("تهدد حوالي 2000 من صغار المربين");
  EXPECT_EQ(c.kind, Kind::kNumber);
  EXPECT_EQ(c.qualifier, "about");
  EXPECT_EQ(One("ارتفع عددهم إلى أكثر من 2000 .").kind, Kind::kNumber);
  EXPECT_EQ(One("منذ حوالي 2010 .").kind, Kind::kYear);
  EXPECT_EQ(One("around 2000, the firm moved").kind, Kind::kYear);
  // Years before the common era are negative; below 1000 a year needs its era named.
  EXPECT_EQ(One("بنيت عام 550 قبل الميلاد").value, "-550");
  EXPECT_EQ(One("died in 44 BC.").value, "-44");
  EXPECT_EQ(One("عام 1200 ق.م").value, "-1200");
  // ... and go back past the years of the common era that a bare number may be.
  EXPECT_EQ(One("as recently as 8000 BCE").value, "-8000");
  EXPECT_EQ(One("about 10,000 BC").value, "-10000");
  EXPECT_EQ(One("عند حوالي 3300 قبل الميلاد").value, "-3300");
  EXPECT_EQ(One("about 10,000 people").kind, Kind::kNumber);
  c = One("توفي سنة 622 م");
  EXPECT_EQ(c.kind, Kind::kYear);
  EXPECT_EQ(c.value, "622");
  EXPECT_EQ(One("على بعد 622 م").kind, Kind::kNumber);  // no year: "م" may be metres
  // "بحلول" (by) names a year, and a verb or preposition after it is no counted noun.
  EXPECT_EQ(One("بحلول 2030 سيصل العدد").kind, Kind::kYear);
  EXPECT_EQ(One("خفضها بحلول 2020 عبر برنامج").kind, Kind::kYear);
  // In words after an Arabic cue: "عام ألفين واثنين وعشرين"; English words stay counts.
  c = One("في عام ألفين واثنين وعشرين");
  EXPECT_EQ(c.kind, Kind::kYear);
  EXPECT_EQ(c.value, "2022");
  EXPECT_EQ(One("in two thousand cases").kind, Kind::kNumber);
  // A grouped number or one that counts something is no year.
  EXPECT_EQ(One("2,022 people").kind, Kind::kNumber);
  EXPECT_EQ(One("2019 شخصا").kind, Kind::kNumber);
  // After an Arabic preposition of time, a word after the number is no counted noun: Arabic
  // shows no verb by its letters. Round hundreds still count ("في 2000 حالة").
  for (const char* text : {"في 2016 ويتوقع الخبراء", "خلال 2013 أساسا", "في 2004 أوقع الزلزال",
                           "إلى غاية 1972 وبالرباط", "يكتمل في أفق 2030 المشروع"}) {
    EXPECT_EQ(One(text).kind, Kind::kYear) << text;
  }
  EXPECT_EQ(One("ارتفاع في 2000 حالة").kind, Kind::kNumber);
  EXPECT_EQ(All("في العام الماضي 2020 ارتفعت")[1].kind, Kind::kYear);  // the year it names
  // The year whose prices an amount is reckoned in: "in 2013 dollars", "constant 2010 euros".
  const auto priced = All("a cost of $4.1 billion (in 2013 dollars)");
  ASSERT_EQ(priced.size(), 2u);
  EXPECT_EQ(priced[1].kind, Kind::kYear);
  EXPECT_EQ(priced[1].value, "2013");
  EXPECT_EQ(One("output in constant 2010 euros").kind, Kind::kYear);
  EXPECT_EQ(One("fined in 2000 dollars").kind, Kind::kMoney);
  EXPECT_EQ(One("سجلت الوزارة 2016 إصابة").kind, Kind::kNumber);
}

TEST_F(ClaimsTest, DatesInEveryMonthFamily) {
  const std::vector<ValueCase> cases = {
      {"18 نوفمبر 2022", "2022-11-18"},
      {"١٨ نوفمبر، ٢٠٢٢", "2022-11-18"},
      {"18 تشرين الثاني 2022", "2022-11-18"},
      {"18 نونبر 2022", "2022-11-18"},
      {"3 جانفي 2019", "2019-01-03"},
      {"كانون الثاني/يناير 2022", "2022-01"},
      {"3 تشرين أول 2019", "2019-10-03"},  // without the article, as Syria and Iraq write it
      {"كانون ثاني/يناير 2022", "2022-01"},
      {"15 ديسيمبر 2020", "2020-12-15"},   // a spelling as common as the dictionary's
      {"أيلول (سبتمبر) 2021", "2021-09"},
      {"18/11/2022", "2022-11-18"},
      {"2022-11-18", "2022-11-18"},
      {"١٨/١١/٢٠٢٢", "2022-11-18"},
      {"18.11.2022", "2022-11-18"},
      {"November 18, 2022", "2022-11-18"},
      {"نوفمبر 18، 2022", "2022-11-18"},  // month first as translated English writes it
      {"18 November 2022", "2022-11-18"},
      {"الثالث عشر من شباط 2013", "2013-02-13"},
      // A cardinal with the article is a day where "من" and a month follow.
      {"الخمسة عشر من أكتوبر 2019", "2019-10-15"},
      {"الإحدى والعشرين من مارس 2020", "2020-03-21"},
      {"2/2013", "2013-02"},
      {"3/1445 هـ", "1445-03"},
  };
  for (const auto& c : cases) {
    const Claim claim = One(std::string("صدر في ") + c.text + " البيان");
    EXPECT_EQ(claim.kind, Kind::kDate) << c.text;
    EXPECT_EQ(claim.value, c.value) << c.text;
  }
  // Without "من" and a month, a cardinal with the article stays a count.
  EXPECT_EQ(One("قتل الخمسة من الجنود").kind, Kind::kNumber);
  // In digits, the calendar is the marker's, or Hijri for a year of the Hijri centuries: solar
  // in Persian digits, lunar otherwise.
  for (const auto& [text, calendar] : {std::pair{"صدر في 1445/03/12 هـ البيان", "islamic"},
                                       std::pair{"صدر بتاريخ 12/3/1445 البيان", "islamic"},
                                       std::pair{"در تاریخ ۱۴۰۲/۰۵/۱۲ اعلام شد", "persian"},
                                       std::pair{"صدر في 12/3/2023 البيان", "gregorian"}}) {
    EXPECT_EQ(One(text).calendar, calendar) << text;
  }
  EXPECT_EQ(One("صدر في 1445/03/12 هـ البيان").text, "1445/03/12 هـ");
  // A month and a year in digits are a date only for years written so: "2/1000" is a share.
  EXPECT_EQ(All("صدر في 2/1000 البيان").size(), 2u);
  // ... and not after a word that numbers a law, an issue or a week of the year.
  for (const char* text : {"صدر القانون رقم 12/2020 المتعلق", "tested in week 12/2020 and",
                           "المرسوم عدد 3/2017"}) {
    const auto claims = All(text);
    ASSERT_EQ(claims.size(), 2u) << text;
    EXPECT_EQ(claims[1].kind, Kind::kYear) << text;
  }
}

// The financial press's quarters and halves of a year rank them, as "الربع الثالث" does.
TEST_F(ClaimsTest, QuartersAndHalvesOfAYear) {
  const auto claims = All("profits rose in Q3 2023 and H1 2024 results beat");
  ASSERT_EQ(claims.size(), 4u);
  EXPECT_EQ(claims[0].kind, Kind::kOrdinal);
  EXPECT_EQ(claims[0].value, "3");
  EXPECT_EQ(claims[0].text, "Q3");
  EXPECT_EQ(claims[1].kind, Kind::kYear);
  EXPECT_EQ(claims[2].text, "H1");
  EXPECT_EQ(claims[3].kind, Kind::kYear);  // no count of results
  EXPECT_TRUE(All("the H1N1 strain, a Q5 form and IQ3 tests").empty());
}

TEST_F(ClaimsTest, RomanNumeralsAfterTheirCues) {
  Claim c = One("the Phase III trial began");
  EXPECT_EQ(c.kind, Kind::kNumber);
  EXPECT_EQ(c.value, "3");
  EXPECT_EQ(c.text, "III");
  EXPECT_EQ(c.script, "roman");
  EXPECT_EQ(One("after World War II").value, "2");
  EXPECT_EQ(One("Type I diabetes").value, "1");
  // Letters, not numerals: "class C", "type DC"; and "I" the pronoun after a cue in small letters.
  EXPECT_TRUE(All("class C drugs and a type DC motor").empty());
  EXPECT_TRUE(All("the type I prefer").empty());
  EXPECT_TRUE(All("I saw XIV of them").empty());  // no cue
}

TEST_F(ClaimsTest, TheNthWeekdayOfAMonth) {
  Claim c = One("talks resume on the third Tuesday of September 2014 in Geneva");
  EXPECT_EQ(c.kind, Kind::kDate);
  EXPECT_EQ(c.value, "2014-09-16");
  EXPECT_EQ(c.weekday, 2u);
  EXPECT_EQ(c.text, "third Tuesday of September 2014");
  EXPECT_EQ(One("the first Monday in March 2020").value, "2020-03-02");
  // February 2015 has four Mondays: no fifth one, and no date made up.
  EXPECT_EQ(All("the fifth Monday of February 2015").size(), 3u);
  // Arabic puts the rank first and the weekday without its article.
  EXPECT_EQ(One("ثالث ثلاثاء من سبتمبر 2014").value, "2014-09-16");
  EXPECT_EQ(One("في أول جمعة من شهر مارس 2020").value, "2020-03-06");
  EXPECT_EQ(One("ثاني يوم أربعاء في أكتوبر 2014").value, "2014-10-08");
  EXPECT_EQ(All("ثالث مرة في سبتمبر 2014").size(), 2u);
  // A weekday before an ordinal word names the day where the day falls on it, and the
  // weekday's rank where it does not (3 September 2014 was a Wednesday).
  EXPECT_EQ(One("الأربعاء الثالث من سبتمبر 2014").value, "2014-09-03");
  c = One("الثلاثاء الثالث من شهر أيلول من عام 2014");
  EXPECT_EQ(c.value, "2014-09-16");
  EXPECT_EQ(c.weekday, 2u);
  // After a comma the ordinal is the day, and a wrong weekday stays for the checks to report.
  c = One("صباح الثلاثاء، الأول من يناير 2024");
  EXPECT_EQ(c.value, "2024-01-01");
  EXPECT_EQ(c.weekday, 2u);
  // In digits the day is the day, and a wrong weekday stays for the checks to report.
  EXPECT_EQ(One("الثلاثاء 3 سبتمبر 2014").value, "2014-09-03");
  // A weekday after its date: in brackets, or in English after ", a".
  EXPECT_EQ(One("on May 1, 2024 (Thursday) across the country").weekday, 4u);
  EXPECT_EQ(One("الاجتماع يوم 5 أغسطس 2024 (الاثنين) في جنيف").weekday, 1u);
  EXPECT_EQ(One("the talks resume on Aug. 5, a Monday, in Geneva").weekday, 1u);
  EXPECT_EQ(One("the talks resume on Aug. 5, a Monday, in Geneva").text, "Aug. 5, a Monday");
  // In Arabic after a comma, with "يوم" or a word that links them; without its article only
  // after "يوم"; not a weekday that starts the next date, nor "أحد" (one of).
  EXPECT_EQ(One("في 17 أكتوبر 2023، وهو يوم ثلاثاء، أعلنت الشركة").weekday, 2u);
  EXPECT_EQ(One("في 17 أكتوبر 2023، يوم الثلاثاء، أعلنت الشركة").text,
            "17 أكتوبر 2023، يوم الثلاثاء");
  EXPECT_EQ(One("في 17 أكتوبر 2023، الذي صادف الثلاثاء، أعلنت").weekday, 2u);
  EXPECT_EQ(All("الثلاثاء 17 أكتوبر 2023، الأربعاء 18 أكتوبر 2023").at(0).weekday, 2u);
  EXPECT_EQ(One("وصل في 17 أكتوبر، أحد أكبر الوفود").weekday, 0u);
  // With no linking word, a weekday whose clause goes on is a verb's time, not the date's.
  EXPECT_EQ(All("توفي المولود في 4 مارس 1948، يوم الثلاثاء عن عمر 76 عاما").at(0).weekday, 0u);
  EXPECT_EQ(All("توفي المولود في 4 مارس 1948، وهو يوم خميس، عن عمر 76 عاما").at(0).weekday, 4u);
}

// Holidays on a fixed day of their calendar; an Islamic one with a Gregorian year is the one
// that falls in that year (Umm al-Qura).
TEST_F(ClaimsTest, HolidaysAreDates) {
  EXPECT_EQ(One("عيد الفطر 2013").value, "2013-08-08");
  EXPECT_EQ(One("عيد الأضحى لعام 2013").value, "2013-10-15");
  EXPECT_EQ(One("Christmas 2020").value, "2020-12-25");
  Claim c = One("بمناسبة عيد الأضحى المبارك");
  EXPECT_EQ(c.value, "--12-10");
  EXPECT_EQ(c.calendar, "islamic");
  EXPECT_EQ(One("عيد الأضحى 1444 هـ").value, "1444-12-10");
  // 1 Muharram came twice in 2008: the year stays apart.
  EXPECT_EQ(All("رأس السنة الهجرية 2008").size(), 2u);
  // A birthday is no Christmas, nor is a tree in lower case.
  EXPECT_EQ(All("عيد ميلاده").size(), 0u);
  EXPECT_TRUE(All("a christmas tree").empty());
  EXPECT_TRUE(All("the Christmas Island centre").empty());
}

// A day and a month in digits with no year, after a word that names a day; a slash alone is
// as often a fraction.
TEST_F(ClaimsTest, DayAndMonthInDigits) {
  EXPECT_EQ(One("التصويت الخميس 22/6").value, "--06-22");
  EXPECT_EQ(One("في 22/6 الماضي").value, "--06-22");
  EXPECT_EQ(One("the vote on 6/22 was close").value, "--06-22");
  EXPECT_EQ(One("في 22/6/2017").value, "2017-06-22");
  EXPECT_EQ(One("في 3/4 الحالات").value, "0.75");  // a share of them, no date
  EXPECT_EQ(All("في 31/2").size(), 2u);  // no such day
  EXPECT_EQ(One("أضف 3/4 كوب").unit, "cup");
}

TEST_F(ClaimsTest, WordsBetweenDayMonthAndYear) {
  EXPECT_EQ(One("في الثالث من شهر سبتمبر 2014").value, "2014-09-03");
  EXPECT_EQ(One("في 3 من شهر سبتمبر عام 2014").value, "2014-09-03");
  EXPECT_EQ(One("ولد في 5 مايو سنة 1990").value, "1990-05-05");
  EXPECT_EQ(One("في أكتوبر في عام 2014").value, "2014-10");
  EXPECT_EQ(One("أكتوبر لعام 2014").value, "2014-10");
  // A letter glued before a month that is also a word makes it a name: "كاب" is no "كـ آب".
  const Claim year = One("أسسها مع كاب في عام 2016");
  EXPECT_EQ(year.kind, Kind::kYear);
}

// An ordinal after a definite noun ranks the noun; after a weekday, "اليوم" or a preposition
// it is the day.
TEST_F(ClaimsTest, AnOrdinalAfterANounIsNoDay) {
  for (const char* text : {"في الأسبوع الأول من شهر رمضان", "في النصف الثاني من مارس"}) {
    for (const Claim& c : All(text)) {
      if (c.kind == Kind::kDate) {
        EXPECT_EQ(c.value.size(), 4u) << text << ": " << c.value;  // "--09"
      }
    }
  }
  EXPECT_EQ(One("اليوم السابع عشر من رمضان").value, "--09-17");
  // "غرة": the first day of the month after it.
  EXPECT_EQ(One("غرة شوال 1444 هـ").value, "1444-10-01");
  EXPECT_EQ(One("يبدأ الصيام غرة شهر رمضان").value, "--09-01");
  // "أول أيام", "أول يوم من", "the first day of": the first day too, no ordinal of its own.
  EXPECT_EQ(One("يصادف أول أيام شهر شوال 1444 هـ").value, "1444-10-01");
  EXPECT_EQ(One("أول يوم من رمضان 1445 هـ").value, "1445-09-01");
  EXPECT_EQ(One("the first day of Ramadan 1445 AH").value, "1445-09-01");
  EXPECT_EQ(One("on 15 Shaaban 1445 AH").value, "1445-08-15");  // the press's spellings
  EXPECT_EQ(One("12 Rabiul Awwal 1446").value, "1446-03-12");
  EXPECT_EQ(All("من العاشر من جوان الى العاشر من يوليو").back().value, "--07-10");
}

// "عام" before a year in digits names the year; it is no unit of the number before it.
TEST_F(ClaimsTest, AYearCueIsNoUnitOfTheNumberBefore) {
  const auto claims = All("فاز بـ 3 عام 2015");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].kind, Kind::kNumber);
  EXPECT_TRUE(claims[0].noun.empty());
  EXPECT_EQ(claims[1].kind, Kind::kYear);
  // A plural of years is a duration still.
  EXPECT_EQ(All("خلال 10 سنوات 2010-2020")[0].kind, Kind::kDuration);
}

TEST_F(ClaimsTest, AMonthTakesTheYearThatEndsItsRange) {
  std::vector<Claim> claims = All("خلال الفترة من يناير إلى مارس 2023");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "2023-01");
  EXPECT_EQ(claims[1].value, "2023-03");
  claims = All("from November to March 2023");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "2022-11");  // the winter before
  for (const char* text : {"between January and March 2023", "بين يناير ومارس 2023"}) {
    EXPECT_EQ(All(text).at(0).value, "2023-01") << text;
  }
  // Without a join, the month keeps no year.
  EXPECT_EQ(All("في يناير، وفي مارس 2023")[0].value, "--01");
  // "من أب" is of a father: آب alone is a month only after a cue a father does not follow.
  EXPECT_TRUE(All("هو من أب جزائري").empty());
  EXPECT_EQ(One("في آب الماضي").value, "--08");
  EXPECT_EQ(One("في نهاية جانفي العام 2015").value, "2015-01");
  // Alone after a cue of part of a month, in both languages; a count after a comma is no day.
  EXPECT_EQ(One("in late March, the government").value, "--03");
  EXPECT_EQ(One("closed by mid-March").value, "--03");
  EXPECT_EQ(One("by the end of July").value, "--07");
  EXPECT_EQ(One("في أوائل ديسمبر تمكن").value, "--12");
  EXPECT_EQ(All("as reported in April, 115 candidates").at(0).value, "--04");
  // Two digits after a comma or before a percent sign are a count and a share, not a day; in
  // Arabic a day after its month needs the comma and the year.
  auto after_month = All("sales in August, 15% fewer than in July");
  ASSERT_GE(after_month.size(), 2u);
  EXPECT_EQ(after_month[0].value, "--08");
  EXPECT_EQ(after_month[1].kind, Kind::kPercent);
  after_month = All("sales in August 15% fewer");
  ASSERT_GE(after_month.size(), 2u);
  EXPECT_EQ(after_month[0].value, "--08");
  EXPECT_EQ(All("in March, 12 stores closed").at(0).value, "--03");
  EXPECT_EQ(All("في نهاية ديسمبر 1.86 مليار مستخدم").at(0).value, "--12");
  EXPECT_EQ(One("on August 15, 2022").value, "2022-08-15");
  EXPECT_EQ(One("أغسطس 15، 2022").value, "2022-08-15");
  EXPECT_EQ(All("من شهر رمضان 831 زيارة").at(0).value, "--09");
  // Not where a name may stand: "بعد ماي" is after Theresa May.
  EXPECT_TRUE(All("سيلتقي بعد ماي الرئيس").empty());
  // A day and month listed or ranged before a date with its year take that year.
  auto dates = All("في 23 أفريل و7 ماي 2017");
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].value, "2017-04-23");
  dates = All("from 28 December to 3 January 2017");
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].value, "2016-12-28");
  dates = All("أقيم المهرجان (6 جوان/6 جويلية 2016)");  // a slash between them
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[0].value, "2016-06-06");
  EXPECT_EQ(All("في مايو/يونيو 2020").at(0).value, "2020-05");
  EXPECT_EQ(All("for the May/June 2020 series").at(0).value, "2020-05");
  // A month alone right after another and "and", "or", "و".
  EXPECT_EQ(All("Between January and March, it sold").at(1).value, "--03");
  EXPECT_EQ(All("بين يناير و مارس باعت").size(), 2u);
  EXPECT_EQ(All("He will march in January and march again").size(), 1u);
  // The dateline is the first date that writes its year, not one that took it.
  dates = All("في 23 جانفي و7 ماي 2017. وفي 2 مارس");
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[2].value, "2017-03-02");
  // A day and month that name an event or a place take no year of the dateline, only that of
  // the same day written in full before.
  dates = All("بنغازي 3 مارس 2014 - قصفت طائرات قاعدة لكتيبة 17 فبراير");
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[1].value, "--02-17");
  dates = All("القاهرة 5 مايو 2015 - منذ ثورة 25 يناير 2011 ... وفي ذكرى ثورة 25 يناير");
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[2].value, "2011-01-25");
  // A Hijri date's year is no dateline for a Gregorian day and month.
  dates = All("The 10th of Dhu al-Hijjah 1445 falls on June 16.");
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_EQ(dates[1].value, "--06-16");
}

// A month named by its number after "شهر", with a year, a word that keeps a date or nothing
// after it; not before a noun the number counts, nor "one" agreeing with the month.
// Minutes joined to an hour (a feminine ordinal up to twelve) are the time of day's, not the
// tens of an ordinal; an age so written keeps them.
TEST_F(ClaimsTest, HoursAndMinutesAreNoOrdinalOfTens) {
  EXPECT_EQ(One("في الخامس والعشرين من الشهر").value, "25");
  const auto time = All("إنها الثالثة وعشرون دقيقة");
  ASSERT_EQ(time.size(), 1u);
  EXPECT_EQ(time[0].value, "3");
  EXPECT_EQ(One("منع الرجال دون الـخامسة واربعين عاما").value, "45");
  // In digits, with seconds after them.
  EXPECT_EQ(One("في الساعة الخامسة و20 دقيقة").value, "5");
  EXPECT_EQ(One("وقعت الهزة الساعة الثانية و51 دقيقة و03 ثوان").value, "2");
}

TEST_F(ClaimsTest, MonthsNamedByTheirNumber) {
  EXPECT_EQ(One("في شهر 10 من عام 2015").value, "2015-10");
  EXPECT_EQ(One("اخر يوم بشهر عشرة سنة 2015").text, "شهر عشرة سنة 2015");
  EXPECT_EQ(One("في شهر 3 الماضي").value, "--03");
  EXPECT_EQ(One("لمدة شهر 10 أيام").unit, "day");
  EXPECT_EQ(One("وللشهر 3 على التوالي").kind, Kind::kNumber);
  EXPECT_EQ(One("في شهر واحد").kind, Kind::kDuration);
  EXPECT_EQ(One("في الشهر 13").kind, Kind::kNumber);
}

TEST_F(ClaimsTest, AnArabicMonthBeforeADayNeedsTheYear) {
  // "in January 22 people ...": without ", year" the number after the month counts, and the
  // month is one of its own.
  const auto claims = All("قتل في يناير 22 شخصا");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "--01");
  EXPECT_EQ(claims[1].kind, Kind::kNumber);
  EXPECT_EQ(claims[1].value, "22");
}

TEST_F(ClaimsTest, AWeekdayBeforeTheDayWithThe) {
  const Claim c = One("on Monday the 6th of March 2023");
  EXPECT_EQ(c.value, "2023-03-06");
  EXPECT_EQ(c.weekday, 1u);
}

// "الموافق" between a weekday and a date says they are one day.
TEST_F(ClaimsTest, AWeekdayLinkedToItsDate) {
  Claim c = One("يوم الأربعاء الموافق 13 فبراير 2013");
  EXPECT_EQ(c.value, "2013-02-13");
  EXPECT_EQ(c.weekday, 3u);
  c = One("الخميس، الموافق لـ14/2/2013");
  EXPECT_EQ(c.value, "2013-02-14");
  EXPECT_EQ(c.weekday, 4u);
  // So do "الماضي", "القادم" after the weekday, and brackets around the date.
  c = One("انطلقت السبت الماضي 29 أفريل 2017");
  EXPECT_EQ(c.weekday, 6u);
  c = One("on Saturday (September 29, 2018)");
  EXPECT_EQ(c.value, "2018-09-29");
  EXPECT_EQ(c.weekday, 6u);
  // An ordinal day after it is the day, not the rank of a noun "الموافق".
  c = One("الاربعاء الموافق الثالث عشر من شباط 2013");
  EXPECT_EQ(c.value, "2013-02-13");
  EXPECT_EQ(c.weekday, 3u);
}

TEST_F(ClaimsTest, HijriDatesAndWeekdays) {
  Claim c = One("في 15 رمضان 1443 هـ");
  EXPECT_EQ(c.value, "1443-09-15");
  EXPECT_EQ(c.calendar, "islamic");
  c = One("يوم الجمعة 18 نوفمبر 2022");
  EXPECT_EQ(c.weekday, 5u);
  EXPECT_EQ(c.text, "الجمعة 18 نوفمبر 2022");
  EXPECT_EQ(One("on Friday, November 18, 2022").weekday, 5u);
}

TEST_F(ClaimsTest, MonthOnlyDatesTakeTheDatelineYear) {
  const auto claims = All("١٨ نوفمبر، ٢٠٢٢\nوفي أيلول/سبتمبر أطلقت المبادرة، ومنذ ديسمبر تعمل.");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[1].value, "2022-09");
  EXPECT_EQ(claims[1].text, "أيلول/سبتمبر");
  EXPECT_EQ(claims[2].value, "--12");  // after the dateline's month: past or to come, unknown
  // A month name that is not named as a time is no date.
  EXPECT_TRUE(All("مارس الرياضة").empty());
  EXPECT_TRUE(All("you may go").empty());
}

// Alternatives joined by "or" share the unit, noun and scale named after the second, and stay
// two claims.
TEST_F(ClaimsTest, AlternativesShareTheirUnit) {
  auto v = All("المقدر ب 4 او 5ر4 بالمائة");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].kind, Kind::kPercent);
  EXPECT_EQ(v[0].value, "4");
  v = All("two or three days");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].kind, Kind::kDuration);
  EXPECT_EQ(v[0].unit, "day");
  v = All("3 أو 4 ملايين دولار");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].kind, Kind::kMoney);
  EXPECT_EQ(v[0].value, "3000000");
  EXPECT_EQ(v[0].unit, "USD");
  v = All("one or two children");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].noun_key, v[1].noun_key);
  // Years stay years; "and" makes no alternatives.
  v = All("في 2015 أو 2016");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].kind, Kind::kYear);
  // A count and its share name one thing twice.
  v = All("1,261 or about 13% reported symptoms");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].kind, Kind::kNumber);
  v = All("1,261 or 13%");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].kind, Kind::kNumber);
  v = All("we met 3 people and 4 dogs");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_NE(v[0].noun_key, v[1].noun_key);
  // Listed with "و" or "and", the first takes the unit after the second, not its noun.
  const auto listed = All("بنسبة 6ر3 و 2ر4 بالمائة");
  ASSERT_EQ(listed.size(), 2u);
  EXPECT_EQ(listed[0].kind, Kind::kPercent);
  EXPECT_EQ(All("الطريق 843 و848 بالولاية")[0].noun, "");
  EXPECT_EQ(All("5 and 10 million dollars")[0].value, "5000000");
}

// A bare day joined to a date is a day of the same month and year; both stay claims.
// A scale word and what is left under it after "و" are one amount; two numbers in digits are
// a list.
TEST_F(ClaimsTest, AScaleAndTheRestUnderIt) {
  Claim c = One("ليصل الى 231 الف و336 سائح");
  EXPECT_EQ(c.value, "231336");
  EXPECT_EQ(c.noun, "سائح");
  EXPECT_EQ(One("ألف و500 دينار").value, "1500");
  const Claim tonnes = One("بلغ الإنتاج 1 مليون و544 ألف طن");
  EXPECT_EQ(tonnes.value, "1544000");
  EXPECT_EQ(tonnes.unit, "t");
  EXPECT_EQ(All("الرقمان 5000 و300").size(), 2u);
  EXPECT_EQ(All("ثلاثة و4").size(), 2u);
  // Thousands, then the rest, of a larger scale named after both: (23000 + 45) million.
  EXPECT_EQ(One("بلغت المدخرات 23 ألف و045 مليون دينار").value, "23045000000");
  EXPECT_EQ(One("ألف و200 مليون دولار").value, "1200000000");
}

// The second of two years listed with "و", "and" or a comma is a year, in full, even where a
// word follows it; so are two numbers after a dual of year, which then counts nothing itself.
TEST_F(ClaimsTest, ListedYears) {
  for (const char* text : {"تراجع النمو خلال العامين 2012 و2013 بفعل الأزمة",
                           "تراجع النمو خلال عامي 2012 و2013 بفعل الأزمة",
                           "in 2012 and 2013 growth slowed"}) {
    const auto v = All(text);
    ASSERT_EQ(v.size(), 2u) << text;
    EXPECT_EQ(v[0].kind, Kind::kYear) << text;
    EXPECT_EQ(v[1].kind, Kind::kYear) << text;
    EXPECT_EQ(v[1].text, "2013") << text;
  }
  // Not a count after a year, nor two numbers without a year before them.
  EXPECT_EQ(All("عام 2012 و15 شخصا")[1].kind, Kind::kNumber);
  EXPECT_EQ(All("أحصينا 2012 و2013 شخصا")[1].noun, "شخصا");
  EXPECT_EQ(One("خلال العامين الماضيين").kind, Kind::kDuration);
}

// A negation before a bound turns it: not more than is at most, not less than at least; "still
// more than" is no negation.
TEST_F(ClaimsTest, NegatedBounds) {
  EXPECT_EQ(One("عدد الضحايا لم يتجاوز 5").qualifier, "at-most");
  EXPECT_EQ(One("ليس لدي أكثر من 1,000 ين").qualifier, "at-most");
  EXPECT_EQ(One("لم يكن أكثر من 3").qualifier, "at-most");
  EXPECT_EQ(One("ليس أقل من 10").qualifier, "at-least");
  EXPECT_EQ(One("على ألا يتجاوز 3 بالمائة").qualifier, "at-most");  // ألا: أن لا
  // A verb of bound before its subject, an amount with its genitive, bounds the number.
  EXPECT_EQ(One("تجاوز عدد الضحايا 100 شخص").qualifier, "more-than");
  EXPECT_EQ(One("لم يتجاوز عدد المشاركين 50 شخصا").qualifier, "at-most");
  EXPECT_EQ(One("تجاوز الجيش الحدود 5 مرات").qualifier, "");  // no amount: an object
  // Before a time cue the verb takes another object: in 60 years it did not pass 240.
  Claim timed = All("لم يتجاوز خلال 60 سنة عتبة 240")[0];
  EXPECT_EQ(timed.qualifier, "within");
  EXPECT_EQ(timed.upper->value, "60");
  EXPECT_EQ(timed.lower->value, "60");
  EXPECT_EQ(timed.text, "خلال 60 سنة");
  EXPECT_EQ(All("مع تجاوز نسبة 40 بالمائة من المرضى لسن 65")[0].qualifier, "");
  EXPECT_EQ(One("حتى عام 2029").qualifier, "");  // a year takes no bound
  EXPECT_EQ(One("بشرط عدم تجاوز 4 بالمائة").qualifier, "at-most");
  const Claim c = One("it was not more than 5");
  EXPECT_EQ(c.qualifier, "at-most");
  EXPECT_TRUE(c.upper.has_value());
  EXPECT_FALSE(c.lower.has_value());
  EXPECT_EQ(One("not less than 10 days").qualifier, "at-least");
  EXPECT_EQ(One("inflation didn’t exceed 5%").qualifier, "at-most");
  EXPECT_EQ(One("لا يتعدى 5").qualifier, "at-most");
  EXPECT_EQ(One("لم يزد عن 5").qualifier, "at-most");
  EXPECT_EQ(One("لا يزال أكثر من 5 ملايين").qualifier, "more-than");
  EXPECT_EQ(One("أكثر من 5").qualifier, "more-than");
}

// "slightly" before a bound keeps the bound.
TEST_F(ClaimsTest, SlightlyMoreOrLess) {
  EXPECT_EQ(One("أكثر بقليل من 100 شخص").qualifier, "more-than");
  EXPECT_EQ(One("ما يقل قليلا عن 3%").qualifier, "less-than");
}

// The last or next decade or century without a number is one of it before or after now; a
// decade "of the last century" is the decade.
TEST_F(ClaimsTest, TheLastDecadeOrCentury) {
  Claim c = One("over the past decade");
  EXPECT_EQ(c.unit, "decade");
  EXPECT_EQ(c.qualifier, "ago");
  EXPECT_EQ(One("في القرن الماضي").unit, "century");
  // Other words for "last": "المنصرم", "المنقضي", the Maghreb's "الفارط"; "the past year".
  for (const char* text : {"العام المنصرم", "السنة المنقضية", "الموسم والعام الفارط", "over the past year"}) {
    const Claim last = One(text);
    EXPECT_EQ(last.unit, "year") << text;
    EXPECT_EQ(last.qualifier, "ago") << text;
  }
  c = One("في الأربعينيات من القرن الماضي");
  EXPECT_EQ(c.qualifier, "decade");
  EXPECT_EQ(c.lower->value, "1940");
}

TEST_F(ClaimsTest, DaysSharingTheMonthOfADate) {
  auto v = All("ينعقد المؤتمر يومي 5 و6 جوان 2017");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].kind, Kind::kDate);
  EXPECT_EQ(v[0].value, "2017-06-05");
  v = All("on June 5 and 6");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1].value, "--06-06");
  // The year after the second day is both days' ("March 5-6, 2024").
  v = All("on March 5-6, 2024");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].value, "2024-03-05");
  EXPECT_EQ(v[1].value, "2024-03-06");
  EXPECT_EQ(All("On March 5-6, 10 people died").at(2).kind, Kind::kNumber);
  v = All("من 6 إلى 9 مارس");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].value, "--03-06");
  v = All("أيام 3، 4 و5 مارس");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].value, "--03-03");
  // Counts stay counts; a name's number before a date with its weekday stays a number.
  v = All("on June 5, 6 people died");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[1].kind, Kind::kNumber);
  v = All("بثت قناة فرانس 2، الجمعة 11 سبتمبر");
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].kind, Kind::kNumber);
}

TEST_F(ClaimsTest, TwoBoundsMakeARange) {
  for (const char* text : {"أكبر من 100 وأصغر من 300", "أكثر من 100 وأقل من 300 شخص"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.qualifier, "range") << text;
    EXPECT_EQ(c.lower->value, "100") << text;
    EXPECT_EQ(c.upper->value, "300") << text;
  }
  EXPECT_EQ(One("أكثر من 100 وأقل من 300 شخص").noun, "شخص");
  // Bounds that leave nothing between them are two intervals.
  EXPECT_EQ(All("more than 40 and less than 10").size(), 2u);
  // "over" after "and" still qualifies the number it stands before.
  EXPECT_EQ(One("Amnesty and over 100 other groups").qualifier, "more-than");
}

// "the 2016 elections", "the 2011 floods": a year names the events of a plural after it;
// another plain noun is counted ("the 2015 cases").
TEST_F(ClaimsTest, AYearBeforeAPluralOfEvents) {
  EXPECT_EQ(One("since the 2016 elections").kind, Kind::kYear);
  EXPECT_EQ(One("after the 2011 floods hit").kind, Kind::kYear);
  EXPECT_EQ(One("The 2023 results show a profit").kind, Kind::kYear);
  EXPECT_EQ(One("the 2015 cases were closed").kind, Kind::kNumber);
  EXPECT_EQ(One("the 2016 electors met").kind, Kind::kNumber);
}

// "or so" after a number and its unit says about so much, as "تقريبا" does.
TEST_F(ClaimsTest, AboutSaidAfter) {
  EXPECT_EQ(One("a stop every 20 km or so").qualifier, "about");
  EXPECT_EQ(One("some 300 people or thereabouts").qualifier, "about");
  EXPECT_EQ(One("نحو 300 شخص").qualifier, One("300 شخص أو نحو ذلك").qualifier);
  EXPECT_EQ(One("20 km or more").qualifier, "at-least");
}

TEST_F(ClaimsTest, Qualifiers) {
  struct Case {
    const char* text;
    const char* qualifier;
    bool has_lower, lower_inclusive, has_upper, upper_inclusive;
  };
  const Case cases[] = {
      {"أكثر من 31000 ضحية", "more-than", true, false, false, false},
      {"ما يزيد على 50 شخصا", "more-than", true, false, false, false},
      {"يربو على 40 طالبا", "more-than", true, false, false, false},
      {"ما ينيف على 300 شخص", "more-than", true, false, false, false},
      {"20 دولة على الأقل", "at-least", true, true, false, false},
      {"عشرة آلاف ونيف", "more-than", true, false, false, false},  // ten thousand and some
      {"نيف وعشرون دولة", "more-than", true, false, false, false},  // twenty-odd
      {"لا يقل عن 7 أعضاء", "at-least", true, true, false, false},
      {"أقل من 5 حالات", "less-than", false, false, true, false},
      {"تقل عن 3 بالمائة", "less-than", false, false, true, false},
      {"ما يصل إلى 90 طنا", "at-most", false, false, true, true},
      {"لا يزيد على 12 لاعبا", "at-most", false, false, true, true},
      {"more than 300 people", "more-than", true, false, false, false},
      {"at least 12 boats", "at-least", true, true, false, false},
      {"fewer than 9 cases", "less-than", false, false, true, false},
      {"up to 40 trucks", "at-most", false, false, true, true},
      {"north of $5 billion", "more-than", true, false, false, false},
      {"just shy of 300 people", "less-than", false, false, true, false},
      {"voters aged 65 or older", "at-least", true, true, false, false},
      {"children 12 and younger", "at-most", false, false, true, true},
      {"sales exceeded 3000 units", "more-than", true, false, false, false},
      {"a score of 200 or greater", "at-least", true, true, false, false},
      {"people aged 65 and over", "at-least", true, true, false, false},
      {"children 5 and under", "at-most", false, false, true, true},
      {"من سن 18 عاما وما فوق", "at-least", true, true, false, false},
      {"الأطفال في سن 5 سنوات فما دون", "at-most", false, false, true, true},
      // A definite ordinal word after a bound is an age: over thirty, under eighteen.
      {"عمرها فوق الثلاثين", "more-than", true, false, false, false},
      {"القاصرون دون الثامنة عشرة", "less-than", false, false, true, false},
      // A bound before the noun of what the number measures: under the age of 18.
      {"الأطفال تحت سن 18", "less-than", false, false, true, false},
      {"يجب ألا تقل عن نسبة 70 %", "at-least", true, true, false, false},
      // A hedge before and a bound after: the bound.
      {"هناك حوالي 500 أو أقل", "at-most", false, false, true, true},
      {"about 500 or more people", "at-least", true, true, false, false},
  };
  for (const Case& c : cases) {
    const Claim claim = One(c.text);
    EXPECT_EQ(claim.qualifier, c.qualifier) << c.text;
    EXPECT_EQ(claim.lower.has_value(), c.has_lower) << c.text;
    EXPECT_EQ(claim.upper.has_value(), c.has_upper) << c.text;
    if (claim.lower) {
      EXPECT_EQ(claim.lower->inclusive, c.lower_inclusive) << c.text;
    }
    if (claim.upper) {
      EXPECT_EQ(claim.upper->inclusive, c.upper_inclusive) << c.text;
    }
  }
  // A bound after the first number that goes on into the second's is the second's.
  for (const char* text : {"قتل 5 أشخاص وأكثر من 20 جريحا", "5 people or more than 20 hurt",
                           "5 people and over 20 hurt"}) {
    const auto both = All(text);
    ASSERT_EQ(both.size(), 2u) << text;
    EXPECT_EQ(both[0].qualifier, "") << text;
    EXPECT_EQ(both[1].qualifier, "more-than") << text;
  }
  // "over" that spreads something across a period or a space bounds nothing.
  EXPECT_EQ(All("prices rose 10% over two years")[1].qualifier, "");
  EXPECT_EQ(One("talks held over two days").qualifier, "");
  EXPECT_EQ(One("will be paid over five years").qualifier, "");
  EXPECT_EQ(One("disbursed over three years").qualifier, "");
  EXPECT_EQ(One("spread all over two genomes").qualifier, "");
  EXPECT_EQ(One("for over 20 years").qualifier, "more-than");
  // "في الثانية" right after an amount is per second, no rank; "الثانية عشرة" stays twelve.
  EXPECT_EQ(All("ويضخ البئر 30 لترا في الثانية").size(), 1u);
  EXPECT_EQ(All("5 لترات في الثانية عشرة").size(), 2u);
  EXPECT_EQ(All("وحل الفريق في المرتبة الثانية").size(), 1u);
  // So across items, right after the amount spread over them.
  EXPECT_EQ(All("covers 3,400 km over 21 stages")[1].qualifier, "");
  EXPECT_EQ(All("scored 12 goals over 30 games")[1].qualifier, "");
  EXPECT_EQ(All("Of the 300 people, over 200 died")[1].qualifier, "more-than");
  EXPECT_EQ(One("الذكرى الثلاثين").kind, Kind::kOrdinal);
  EXPECT_EQ(One("عدد قليل دون سن الـ 20").noun, "");  // the age is not what 20 counts
  EXPECT_EQ(One("كلهم دون الـ15 وكلهم ضحايا").qualifier, "less-than");  // the article glued
  for (const char* text : {"نحو 300 شخص", "حوالي 300 شخص", "قرابة 300 شخص", "زهاء 300 شخص",
                           "ما يقارب 300 شخص", "about 300 people", "nearly 300 people"}) {
    const Claim claim = One(text);
    EXPECT_EQ(claim.qualifier, "about") << text;
    EXPECT_TRUE(claim.approx) << text;
  }
  // After a percentage, "more than" compares it: it bounds nothing after it.
  EXPECT_EQ(All("19% more than the 44 million").back().qualifier, "");
  EXPECT_EQ(All("19 percent more than the 44 million").back().qualifier, "");
  EXPECT_EQ(All("rose 19% to more than 44 million").back().qualifier, "more-than");
  EXPECT_EQ(All("3,000 fewer than the 56,000").back().qualifier, "");  // so after a number
  // and after a number and its one word of a noun or unit
  EXPECT_EQ(All("8 tonnes more than the 36 tonnes").back().qualifier, "");
  EXPECT_EQ(All("800 cars more than the 3,600 sold").back().qualifier, "");
  EXPECT_EQ(All("800 cars, more than the 600 expected").back().qualifier, "more-than");
  EXPECT_EQ(All("In 2016 more than 5,000 people died.").back().qualifier, "more-than");
}

TEST_F(ClaimsTest, Ranges) {
  // A scale that cannot follow the words before it starts the second number: 1000 to 5000.
  Claim words = One("غرامة ما بين ألف وثلاثة آلاف يورو");
  EXPECT_EQ(words.qualifier, "range");
  EXPECT_EQ(words.lower->value, "1000");
  EXPECT_EQ(words.upper->value, "3000");
  EXPECT_EQ(words.unit, "EUR");
  EXPECT_EQ(All("مليون وثلاثة ملايين").size(), 2u);
  Claim c = One("بين 10 و15 شخصا");
  EXPECT_EQ(c.qualifier, "range");
  EXPECT_EQ(c.lower->value, "10");
  EXPECT_EQ(c.upper->value, "15");
  EXPECT_TRUE(c.value.empty());
  c = One("من 10 إلى 15 دولارا");
  EXPECT_EQ(c.kind, Kind::kMoney);
  EXPECT_EQ(c.lower->value, "10");
  c = One("ارتفع 10-15%");
  EXPECT_EQ(c.kind, Kind::kPercent);
  EXPECT_EQ(c.upper->value, "15");
  c = One("between 10 and 15 days");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(One("from 2015 to 2020").kind, Kind::kYear);
  // A noun after the second year does not keep it from being one.
  c = One("the 2022-2023 season");
  EXPECT_EQ(c.kind, Kind::kYear);
  EXPECT_EQ(c.upper->value, "2023");
  // The second year written with its last two digits, a leading zero among them.
  for (const auto& [text, upper] : {std::pair{"the 1998–99 season", "1999"},
                                    std::pair{"the slump of 2008-09 hit", "2009"},
                                    std::pair{"موسم 2019-20", "2020"},
                                    // two years in a row parted by a slash: a season
                                    std::pair{"the 2022/23 season", "2023"},
                                    std::pair{"الموسم 2022/2023", "2023"}}) {
    c = One(text);
    EXPECT_EQ(c.kind, Kind::kYear) << text;
    EXPECT_EQ(c.upper->value, upper) << text;
    EXPECT_EQ(c.calendar, "gregorian") << text;
  }
  EXPECT_EQ(All("في 2020/2022").size(), 2u);  // not in a row: no season
  // A bare number said of its own year after a percentage said of its own is one too.
  EXPECT_EQ(All("نما القطاع بـ3،9 بالمائة في 2016 و2،4 في 2015")[2].kind, Kind::kPercent);
  EXPECT_EQ(All("Growth was 3.9% in 2016 and 2.4 in 2015.")[2].kind, Kind::kPercent);
  EXPECT_EQ(All("نما القطاع بـ3،9 بالمائة في 2016 و2،4 مليون في 2015")[2].kind, Kind::kNumber);
  // A bare number after "مقابل" and a percentage takes its sign, unless a scale makes it a count.
  EXPECT_EQ(All("حصل على 1.2 مليون صوت (52%) مقابل 1.05 مليون لمنافسه")[2].kind, Kind::kNumber);
  // After a noun of a period or a plan, two years parted by a slash are its first and last.
  for (const char* text : {"نما القطاع خلال الفترة 2011/2016", "المخطط الخماسي 2011/2016",
                           "over the period 2011/2016"}) {
    c = One(text);
    EXPECT_EQ(c.qualifier, "range") << text;
    EXPECT_EQ(c.lower->value, "2011") << text;
    EXPECT_EQ(c.upper->value, "2016") << text;
  }
  // A word glued to "و" after the second year opens the next clause; no noun it counts.
  c = One("كان نائبا من 1959 إلى 1976 ورئيسا للحزب");
  EXPECT_EQ(c.kind, Kind::kYear);
  EXPECT_EQ(c.upper->value, "1976");
  EXPECT_TRUE(c.noun.empty());
  // A scale glued to the first number is no name before the hyphen ("COVID-19" is).
  c = One("salaries of 5k-20k");
  EXPECT_EQ(c.lower->value, "5000");
  EXPECT_EQ(c.upper->value, "20000");
  // "and" without "between" joins nothing; "through" and a tilde join alone, as "to" does.
  EXPECT_EQ(All("10 and 15").size(), 2u);
  EXPECT_EQ(One("read pages 20 through 100").qualifier, "range");
  EXPECT_EQ(One("sizes 20~100").qualifier, "range");
  // "حتى" and "until" join a range after "من"/"from"; alone they are "at most".
  for (const char* text : {"من 1960 حتى 1975", "من 1960 وحتى 1975", "from 1960 until 1975"}) {
    c = One(text);
    EXPECT_EQ(c.qualifier, "range") << text;
    EXPECT_EQ(c.lower->value, "1960") << text;
    EXPECT_EQ(c.upper->value, "1975") << text;
    EXPECT_TRUE(c.noun.empty()) << text;
  }
  EXPECT_EQ(One("حتى 40 يوما").qualifier, "at-most");
  // A count then a year is no range of years.
  EXPECT_EQ(All("سأخرج 3-2015").size(), 2u);
}

TEST_F(ClaimsTest, AScaleAfterARangeScalesBothBounds) {
  for (const char* text : {"بين 10 و15 مليون دولار", "between 10 and 15 million dollars",
                           "10-15 million dollars"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.lower->value, "10000000") << text;
    EXPECT_EQ(c.upper->value, "15000000") << text;
  }
  EXPECT_EQ(One("5-7 آلاف شخص").lower->value, "5000");
  // Unless the first bound would pass the second: from 500 to 2 million.
  EXPECT_EQ(One("from 500 to 2 million").lower->value, "500");
  EXPECT_EQ(One("من 2 مليون إلى 3 ملايين").lower->value, "2000000");
  // A first number above the second's count, and close to it, shares the scale: a fall from
  // 250 million to 200 million, two amounts and no range.
  const auto fall = All("خفض المبلغ من 250 الى 200 مليون دينار");
  ASSERT_EQ(fall.size(), 2u);
  EXPECT_EQ(fall[0].value, "250000000");
  EXPECT_EQ(fall[0].kind, Kind::kMoney);
  EXPECT_EQ(fall[1].value, "200000000");
  // A subunit scales the bare first number too: from 600 to 1150 millimes.
  for (const char* text : {"ارتفع السعر من 600 الى 1150 مليم", "from 60 to 90 cents"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kMoney) << text;
    EXPECT_EQ(c.qualifier, "range") << text;
    EXPECT_EQ(c.lower->value, "0.6") << text;
  }
  EXPECT_EQ(One("from 60 to 90 cents").upper->value, "0.9");
  EXPECT_EQ(All("fell from 150 to 90 cents").size(), 2u);  // 1.50 is no lower bound
}

TEST_F(ClaimsTest, AGluedMIsMetresUnlessItCountsAPluralNoun) {
  EXPECT_EQ(One("the wall is 2m high").unit, "m");
  EXPECT_EQ(One("she jumped 2m this year").unit, "m");
  EXPECT_EQ(One("2m tonnes of grain").value, "2000000");
  EXPECT_EQ(One("over 1.5m people").value, "1500000");  // before a plural noun: millions
  EXPECT_EQ(One("3m visitors a year").value, "3000000");
  // A capital M is never metres: millions, glued ("10M users", "they raised 10M.").
  EXPECT_EQ(One("they raised 10M.").value, "10000000");
  EXPECT_EQ(One("a 10M budget").kind, Kind::kNumber);
  EXPECT_EQ(One("she ran 400 M").unit, "m");  // apart, as written
  // Finance's "MM" (a thousand thousands) is millimetres but for money before it.
  EXPECT_EQ(One("a $5MM round").value, "5000000");
  EXPECT_EQ(One("US$ 1MM target").value, "1000000");
  EXPECT_EQ(One("a 5mm screw").unit, "mm");
  EXPECT_EQ(One("$ 3m").value, "3000000");  // a space after the sign
  EXPECT_EQ(One("€ 5 m").value, "5");       // a space before the unit: metres or nothing
}

TEST_F(ClaimsTest, WireServiceAbbreviationsOfScales) {
  EXPECT_EQ(One("a $3 bln loan").value, "3000000000");
  EXPECT_EQ(One("a $1.2 tln economy").value, "1200000000000");
  EXPECT_EQ(One("debt of 2 trln yen").value, "2000000000000");
  EXPECT_EQ(One("120 mln viewers").value, "120000000");
}

// "second" is an ordinal where a determiner, a verb of placing or a superlative shows it;
// otherwise it may be a unit of time, and is read only with a number.
TEST_F(ClaimsTest, SecondAsAnOrdinal) {
  for (const char* text :
       {"in the second quarter", "her second novel", "the bank's second office",
        "they sent a second team", "she finished second", "the second-largest"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kOrdinal) << text;
    EXPECT_EQ(c.value, "2") << text;
  }
  for (const char* text : {"wait a second.", "for a second, nothing moved",
                           "a second later it fell", "every second counts", "Second, the plan"}) {
    EXPECT_TRUE(All(text).empty()) << text;
  }
  EXPECT_EQ(One("in one second").kind, Kind::kDuration);
  // After "and", "or" or a comma, with another ordinal a few words back in its clause.
  EXPECT_EQ(All("He finished third in the 2019 race and second in 2021.").at(2).value, "2");
  EXPECT_EQ(All("She came first, second and fourth.").size(), 3u);
  EXPECT_EQ(All("It was third. Second, the plan").size(), 1u);
  EXPECT_EQ(All("It took the third runner a minute and a second.").size(), 1u);
  // Arabic "ثانية" without the article is the ordinal right after a verb of placing.
  const Claim placed = One("وحلت ثانية في السباق");
  EXPECT_EQ(placed.kind, Kind::kOrdinal);
  EXPECT_EQ(placed.value, "2");
  EXPECT_EQ(One("حل ثان في الترتيب").kind, Kind::kOrdinal);
  EXPECT_TRUE(All("انتظر ثانية ثم تكلم").empty());
}

TEST_F(ClaimsTest, ARoundAmountAndASmallerScaledOneAreOne) {
  Claim c = One("بلغت الصفقة مليار و200 مليون دولار");
  EXPECT_EQ(c.kind, Kind::kMoney);
  EXPECT_EQ(c.value, "1200000000");
  EXPECT_EQ(One("3 مليارات و500 مليون دولار").value, "3500000000");
  EXPECT_EQ(One("20 مليون يورو و500 ألف").unit, "EUR");
  // Two counted nouns, or two currencies, are two amounts.
  EXPECT_EQ(All("مليون زائر و200 ألف سائح").size(), 2u);
  EXPECT_EQ(All("20 مليون يورو و500 ألف دولار").size(), 2u);
  // A currency's word of another family than the first's code ("دولار" and "دراهم").
  EXPECT_EQ(All("250 ألف دولار و3 دراهم").size(), 2u);
  EXPECT_EQ(All("250 ألف درهم و3 دولارات").size(), 2u);
  // The first's country holds for the sum: "مليون دينار كويتي و500 ألف دينار".
  c = One("مليون دينار كويتي و500 ألف دينار");
  EXPECT_EQ(c.value, "1500000");
  EXPECT_EQ(c.unit, "KWD");
  EXPECT_EQ(All("قتل 1000 و200 ألف").size(), 2u);  // more than the first one's round scale
  // A qualifier before the first bounds the whole sum.
  c = One("حضر نحو 3 آلاف و500 شخص");
  EXPECT_EQ(c.value, "3500");
  EXPECT_TRUE(c.approx);
  c = One("أكثر من ثلاثة آلاف و500 شخص");
  EXPECT_EQ(c.value, "3500");
  ASSERT_TRUE(c.lower.has_value());
  EXPECT_EQ(c.lower->value, "3500");
  EXPECT_FALSE(c.lower->inclusive);
  EXPECT_FALSE(c.upper.has_value());
}

// A definite number word counts a currency or a unit right after it, where it otherwise
// counts the noun before it or, for tens and hundreds, is an ordinal.
TEST_F(ClaimsTest, ADefiniteNumberWordBeforeAUnit) {
  Claim c = One("ورقة نقدية من فئة المئة دولار");
  EXPECT_EQ(c.kind, Kind::kMoney);
  EXPECT_EQ(c.value, "100");
  EXPECT_EQ(c.unit, "USD");
  EXPECT_EQ(One("دفع الخمسين دولارا").unit, "USD");
  EXPECT_EQ(One("فاز بسباق المئة متر").unit, "m");
  c = One("حرب المئة عام");
  EXPECT_EQ(c.kind, Kind::kDuration);
  EXPECT_EQ(c.value, "100");
  // After a definite plural, definite tens count it; after a singular they rank it.
  c = One("الولايات الخمسين");
  EXPECT_EQ(c.kind, Kind::kNumber);
  EXPECT_EQ(c.noun, "الولايات");
  EXPECT_EQ(One("اللاعبين العشرين").kind, Kind::kNumber);
  EXPECT_EQ(One("الذكرى الخمسين").kind, Kind::kOrdinal);
  // A possessive makes the plural definite as the article does.
  EXPECT_EQ(All("فاز في 15 من مبارياته الثلاثين الأخيرة").back().kind, Kind::kNumber);
  EXPECT_EQ(One("احتفل بعيد ميلاده الثلاثين").kind, Kind::kOrdinal);
  // Alone they keep their readings.
  EXPECT_EQ(One("في القرن العشرين").upper->value, "2000");
  EXPECT_EQ(One("الذكرى المئة لتأسيس").kind, Kind::kOrdinal);
  c = One("قضى الناجون الأربعة ساعات");  // the hours are not what four counts
  EXPECT_EQ(c.kind, Kind::kNumber);
  EXPECT_EQ(c.noun, "الناجون");
}

// The damma that tells a fraction from a cardinal ("خُمس" a fifth, "خَمس" five) is dropped by
// normalization but read from the input.
TEST_F(ClaimsTest, AVocalizedFractionIsAFraction) {
  std::vector<Claim> claims = All("انخفضت بأكثر من الخُمس وأكثر من الخُمسين على التوالي");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "0.2");
  EXPECT_EQ(claims[1].value, "0.4");  // two fifths, not fifty
  EXPECT_EQ(claims[1].kind, Kind::kNumber);
  EXPECT_EQ(claims[1].qualifier, "more-than");
  EXPECT_EQ(One("خُمسا السكان").value, "0.4");
  EXPECT_EQ(One("الخُمس").value, "0.2");
  // Without the mark they stay cardinals.
  EXPECT_EQ(One("خمسين شخصا").value, "50");
  EXPECT_EQ(One("الخمس").value, "5");
}

TEST_F(ClaimsTest, AFractionAfterAScaleIsNotAFractionOfTheNounAfterIt) {
  // "ونصف السكان" is half of the population: the million stays a million.
  std::vector<Claim> claims = All("يعيش فيها مليون ونصف السكان");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims[0].value, "1000000");
  claims = All("بلغ 3 ملايين ونصف السكان");
  ASSERT_FALSE(claims.empty());
  EXPECT_EQ(claims[0].value, "3000000");
  // A decimal before the scale takes no fraction after it.
  EXPECT_EQ(All("1.5 million and a half")[0].value, "1500000");
}

// An ISO code that is an English word too names a currency only in capitals.
TEST_F(ClaimsTest, CurrencyCodesInCapitals) {
  EXPECT_EQ(One("I will try 5 times").kind, Kind::kQuantity);  // 5 times, no Turkish lira
  EXPECT_EQ(One("we try 3 options").kind, Kind::kNumber);
  Claim c = One("it cost TRY 500");
  EXPECT_EQ(c.kind, Kind::kMoney);
  EXPECT_EQ(c.unit, "TRY");
  EXPECT_EQ(One("paid 300 CAD").unit, "CAD");
  EXPECT_EQ(One("le 100 mètres").kind, Kind::kNumber);  // French, no Egyptian pound
}

// A currency named with the first end of a range is the second's too: "$5-10 billion".
TEST_F(ClaimsTest, ARangeSharesTheCurrencyOfItsFirstEnd) {
  for (const char* text : {"a $5-10 billion deal", "between £2 and 3 million", "بين 5 دولارات و10"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kMoney) << text;
    EXPECT_EQ(c.qualifier, "range") << text;
    EXPECT_FALSE(c.unit.empty()) << text;
  }
  const Claim c = One("a $5-10 billion deal");
  EXPECT_EQ(c.lower->value, "5000000000");
  EXPECT_EQ(c.upper->value, "10000000000");
  EXPECT_EQ(All("paid $5 to 10 workers").size(), 2u);  // the second counts its own noun
  // ... and so is a percent sign.
  const Claim p = One("بين 5% و10");
  EXPECT_EQ(p.kind, Kind::kPercent);
  EXPECT_EQ(p.upper->value, "10");
}

// Where a change from an amount led, after "to" and times between, is in the amount's unit.
TEST_F(ClaimsTest, AChangeLeadsToItsOwnUnit) {
  for (const char* text : {"تراجع التضخم من 7.0 % خلال شهر جوان 2016 الى 2.9 خلال هذا الشهر",
                           "inflation fell from 7.0% in June to 2.9 in July"}) {
    const auto claims = All(text);
    ASSERT_GE(claims.size(), 3u) << text;
    EXPECT_EQ(claims[2].kind, Kind::kPercent) << text;
    EXPECT_EQ(claims[2].value, "2.9") << text;
  }
  EXPECT_EQ(All("ارتفع من 5 دولارات في 2010 إلى 4").back().unit, "USD");
  EXPECT_EQ(All("ارتفع بنسبة 5% إلى 120").back().kind, Kind::kNumber);  // no "from"
  EXPECT_EQ(All("from 7% in 2010 to 12 people").back().kind, Kind::kNumber);
  // A period or a quantity too: "reduced from 15 years to eight" is eight years.
  for (const char* text : {"The sentence was reduced from 15 years to eight.",
                           "خففت العقوبة من 15 عاما إلى ثمانية"}) {
    const Claim eight = All(text).back();
    EXPECT_EQ(eight.kind, Kind::kDuration) << text;
    EXPECT_EQ(eight.unit, "year") << text;
    EXPECT_EQ(eight.value, "8") << text;
  }
  EXPECT_EQ(All("the limit was cut from 120 km/h to 100").back().unit, "km/h");
  // Where a change began, after where it led: "from", "مقابل", "compared with".
  EXPECT_EQ(All("Spending will rise to 7.1 billion dinars from 6.5 billion.").back().kind,
            Kind::kMoney);
  EXPECT_EQ(All("إلى 58.4% مقابل 53 خلال 2016").at(1).kind, Kind::kPercent);
  EXPECT_EQ(All("بلغ الربح 340 مليون دولار، مقابل 1.94 مليار في العام السابق").at(1).unit,
            "USD");
  // A bare "من" after where a change led ("إلى"), not after an amount alone.
  EXPECT_EQ(All("ارتفعت إلى 4.86 مليار دولار من 4.05 مليار").back().unit, "USD");
  EXPECT_EQ(All("أنفقت 4.86 مليار دولار من 4.05 مليار").back().kind, Kind::kNumber);
  // A currency word of no country gives its family, which the places named resolve for both.
  EXPECT_EQ(All("رفعت الجزائر الأجر الأدنى إلى 20 ألف دينار من 18 ألفا").back().unit, "DZD");
  // A bare scaled number listed after an amount of money, a few words between, is in its
  // currency; not one that counts a noun, nor one after a longer clause.
  EXPECT_EQ(All("خصصت 3.2 مليار دولار للتعليم و1.8 مليار للصحة").back().unit, "USD");
  EXPECT_EQ(All("$3.2 billion for schools and 1.8 billion for roads").back().kind, Kind::kMoney);
  EXPECT_EQ(All("خصصت 3.2 مليار دولار و1.8 مليار نسمة").back().kind, Kind::kNumber);
  EXPECT_EQ(All("خصصت 3.2 مليار درهم للتعليم و1.8 مليار للصحة").back().noun_key, "dirham");
  EXPECT_EQ(All("خصصت حكومة دبي 3.2 مليار درهم للتعليم و1.8 مليار للصحة").back().unit, "AED");
  EXPECT_EQ(All("$3.2 billion, a sum that the country's 1.8 billion").back().kind,
            Kind::kNumber);
  // Not a year after "compared with", a plain "from" after no "to", nor after a time.
  EXPECT_EQ(All("زيادة بنسبة 0.3 بالمائة مقارنة ب2015").back().kind, Kind::kYear);
  EXPECT_EQ(All("Sales rose 5%, from 100 to 120 stores.").back().kind, Kind::kNumber);
  EXPECT_EQ(All("1,127 defections last year, compared with 2,706 in 2011").at(2).kind,
            Kind::kNumber);
}

// A word of several countries' currencies takes the one the document's places name, where
// they name one; the word's own country wins, and two places leave it unresolved.
TEST_F(ClaimsTest, CurrencyFromThePlacesNamed) {
  Claim dirhams = One("وقعت الشركة في أبوظبي عقدا بقيمة 40 مليون درهم");
  EXPECT_EQ(dirhams.unit, "AED");
  EXPECT_TRUE(dirhams.unit_from_place);
  EXPECT_EQ(One("صرف البنك المركزي بالرباط 40 مليون درهم").unit, "MAD");  // a glued ب
  EXPECT_EQ(One("Kuwaiti banks lent 3 billion dinars").unit, "KWD");
  EXPECT_EQ(One("ABU  DHABI lent 3 billion dirhams").unit, "AED");  // any case, two spaces
  EXPECT_EQ(One("خصص 40 مليون درهم لمشاريع في أبو ظبي").unit, "AED");  // after the amount
  EXPECT_EQ(One("خصص 40 مليون درهم لمشاريع في أبو").unit, "");  // a name's first word alone
  EXPECT_EQ(One("وزار الوفد دبي والرباط، وخصص 40 مليون درهم").unit, "");
  EXPECT_EQ(One("خصص 40 مليون درهم").unit, "");
  Claim named = One("وقعت الشركة في أبوظبي عقدا بقيمة 40 مليون درهم مغربي");
  EXPECT_EQ(named.unit, "MAD");
  EXPECT_FALSE(named.unit_from_place);
  // "عمان" is Oman and Amman: no place of either.
  EXPECT_EQ(One("وقعت الشركة في عمان عقدا بقيمة 40 مليون دينار").unit, "");
}

TEST_F(ClaimsTest, Money) {
  struct Case {
    const char* text;
    const char* value;
    const char* unit;
  };
  const Case cases[] = {
      {"أكثر من 120 مليون دولار أمريكي", "120000000", "USD"},
      {"USD 120 million", "120000000", "USD"},
      {"$1.2bn", "1200000000", "USD"},
      {"50 يورو", "50", "EUR"},
      {"بقيمة 84500 دج", "84500", "DZD"},  // Algeria's abbreviation, without its dot
      {"€50", "50", "EUR"},
      {"30 جنيها إسترلينيا", "30", ""},  // accusative adjective spelled otherwise: currency stays open
      {"£30", "30", "GBP"},
      {"HK$10 billion", "10000000000", "HKD"},  // a country's prefix before the sign
      {"S$1.2m", "1200000", "SGD"},
      {"CAD$ 15", "15", "CAD"},  // the code itself before the sign: no bare dollar
      {"Can$ 40 million", "40000000", "CAD"},  // the agencies' other spellings of C$
      {"Cdn$7", "7", "CAD"},
      {"USD$ 12", "12", "USD"},
      {"a Z$100 trillion note", "100000000000000", ""},  // an unknown prefix: some other dollar
      {"TT$1 billion", "1000000000", ""},
      {"it cost us $5", "5", "USD"},  // a word before the sign, not glued: the bare dollar
      {"6.25 BTC", "6.25", "BTC"},  // outside ISO 4217, by its ticker
      {"3 billion won", "3000000000", "KRW"},
      {"RMB 5 billion", "5000000000", "CNY"},
      {"100 shekels", "100", "ILS"},
      // Codes glued to the digits, as the Gulf's and Egypt's English press writes them.
      {"a Dh100 million project", "100000000", "AED"},
      {"fined SR500", "500", "SAR"},
      {"KD 3 million", "3000000", "KWD"},
      {"QR2.5bn", "2500000000", "QAR"},
      {"it costs USD115.5", "115.5", "USD"},
      {"a LE100 ticket", "100", "EGP"},  {"a fine of E£5,000", "5000", "EGP"},
      {"20 Egyptian pounds", "20", "EGP"},  // the country names the pound
      {"100元", "100", "CNY"},
      {"اشترى 10 بيتكوين", "10", "BTC"},
      {"₹500", "500", "INR"},
      {"a $5 bill", "5", "USD"},  // a single letter is no prefix
      {"120 MEUR", "120000000", "EUR"},
      {"EUR 300m", "300000000", "EUR"},  // "m" after a code is millions, as after "$"
      {"Dh100m", "100000000", "AED"},
      {"ليرتين", "2", ""},
      {"200 جنيه مصري", "200", "EGP"},
      {"5 ريالات سعودية", "5", "SAR"},
      {"7 دراهم إماراتية", "7", "AED"},
      {"9 دنانير كويتية", "9", "KWD"},
      {"100 ليرة تركية", "100", "TRY"},
      {"1000 ين", "1000", "JPY"},
      {"6.65 billion pesetas", "6650000000", "ESP"},  // the euro's forerunners, in archives
      {"10 million D-marks", "10000000", "DEM"},
      {"5 ملايين مارك ألماني", "5000000", "DEM"},
      {"ثلاثة دولارات", "3", "USD"},
      {"5 دينارات تونسية", "5", "TND"},  // the plural of the Maghreb press
      {"20 دولار و43 سنتا", "20.43", "USD"},
      {"أكثر من ثلاثة دولارات و42 سنتا", "3.42", "USD"},  // the qualifier is of the whole
      {"3 dollars 50 cents", "3.5", "USD"},
      {"500 Saudi riyals", "500", "SAR"},
      {"2 billion UAE dirhams", "2000000000", "AED"},
      {"20 Kuwaiti dinars", "20", "KWD"},
      {"40 Egyptian pounds", "40", "EGP"},
      {"3 billion riyals", "3000000000", ""},
      {"a $5-million loan", "5000000", "USD"},  // a hyphen before the scale word
      {"a 12-cent dividend", "0.12", "USD"},     // and before the currency
      {"its one-yen bid", "1", "JPY"},
      {"2 bln dlrs", "2000000000", "USD"},
      {"12,34,567.89 Indian rupees", "1234567.89", "INR"},
      {"Rs 5 crore", "50000000", ""},            // rupees of which country: not said
  };
  for (const Case& c : cases) {
    const Claim claim = One(std::string("دفع ") + c.text);
    EXPECT_EQ(claim.kind, Kind::kMoney) << c.text;
    EXPECT_EQ(claim.value, c.value) << c.text;
    if (*c.unit) {
      EXPECT_EQ(claim.unit, c.unit) << c.text;
    }
  }
  // The Tunisian press's "د" after a price with its decimals, or before a slash; not "Dr.".
  for (const char* text : {"أغلق السهم في حدود 2.61 د وشركة", "سعر 6 د/كغ"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kMoney) << text;
    EXPECT_EQ(c.unit, "") << text;
  }
  EXPECT_EQ(One("وصلت 10 د. محمد").kind, Kind::kNumber);
  // A bare ريال or دينار says no currency: money, unit unknown, not a guess.
  const Claim riyal = One("دفع 10 ريالات");
  EXPECT_EQ(riyal.kind, Kind::kMoney);
  EXPECT_EQ(riyal.unit, "");
  const Claim dinars = One("paid 10 dinars");
  EXPECT_EQ(dinars.kind, Kind::kMoney);
  EXPECT_EQ(dinars.unit, "");
  // Its family is the noun key, in either language, and a named currency's word's too; a
  // subunit's names none, nor does "$".
  EXPECT_EQ(riyal.noun_key, "riyal");
  EXPECT_EQ(dinars.noun_key, "dinar");
  EXPECT_EQ(One("بلغت الغرامة 500 دينار").noun_key, "dinar");
  EXPECT_EQ(One("دفع 10 دراهم").noun_key, "dirham");
  EXPECT_EQ(One("500 دينار كويتي").noun_key, "dinar");
  EXPECT_EQ(One("4,500 Egyptian pounds").noun_key, "pound");
  EXPECT_EQ(One("50 فلسا").noun_key, "");
  EXPECT_EQ(One("$500").noun_key, "");
  // A bracket right after the word gives its country's code, not a second scale.
  const Claim bracketed = All("بلغت 7532.6 مليون دينار (م د) في 2016").front();
  EXPECT_EQ(bracketed.unit, "TND");
  EXPECT_EQ(bracketed.value, "7532600000");
  EXPECT_EQ(bracketed.text, "7532.6 مليون دينار (م د)");
  EXPECT_EQ(One("paid 10 dinars (USD)").unit, "");  // another family's code: left
}

// A fils is a thousandth of a dinar, a hundredth of a dirham: the amount nearest it says which.
TEST_F(ClaimsTest, FilsTakeTheCurrencyNearThem) {
  EXPECT_EQ(One("ارتفع السهم 50 فلسا").value, "0.05");
  EXPECT_EQ(All("ارتفع سعر اللتر إلى 2.15 درهم، بزيادة 5 فلوس").back().value, "0.05");
  EXPECT_EQ(All("ارتفع سعر السهم إلى 1.25 دينار، بزيادة 5 فلوس").back().value, "0.005");
  EXPECT_EQ(One("بلغ السعر درهمين و50 فلسا").value, "2.5");
  EXPECT_EQ(One("بلغ السعر دينارين و500 فلس").value, "2.5");
  EXPECT_EQ(All("Petrol rose 5 fils a litre. It now costs 2.15 dirhams.").front().value, "0.05");
  // The Yemeni riyal's fils is a hundredth too; a Moroccan dirham has centimes, no fils.
  EXPECT_EQ(All("زاد سعر الخبز إلى 40 ريالا يمنيا، بزيادة 50 فلسا").back().value, "0.5");
  EXPECT_EQ(All("Bread rose 50 fils to 40 Yemeni rials.").front().value, "0.5");
  EXPECT_EQ(All("ارتفع السعر إلى 10 دراهم مغربية، بزيادة 5 فلوس").back().value, "0.005");
}

TEST_F(ClaimsTest, PoundsAreMoneyOrAWeightByTheWordsAround) {
  EXPECT_EQ(One("it cost 10 pounds").kind, Kind::kMoney);
  EXPECT_EQ(One("it cost 10 pounds").unit, "");  // of no known country
  EXPECT_EQ(One("a 5 million pounds of investment").kind, Kind::kMoney);
  Claim c = One("police seized 10 pounds of cocaine");
  EXPECT_EQ(c.kind, Kind::kQuantity);
  EXPECT_EQ(c.unit, "lb");
  EXPECT_EQ(c.text, "10 pounds");
  c = One("the parcel weighs more than 200 pounds");
  EXPECT_EQ(c.unit, "lb");
  EXPECT_EQ(c.qualifier, "more-than");
  EXPECT_EQ(One("half a pound of butter").unit, "lb");
  // A singular pound between digits and a noun qualifies the noun: a weight, unless the noun
  // is one of money or a scale makes the amount one.
  EXPECT_EQ(One("dropped 2,000-pound bombs").unit, "lb");
  EXPECT_EQ(One("the 550 pound hog").unit, "lb");
  EXPECT_EQ(One("a 10-pound note").kind, Kind::kMoney);
  EXPECT_EQ(One("a 2 billion pound deal").kind, Kind::kMoney);
  EXPECT_EQ(One("paid 500 pound for it").kind, Kind::kMoney);
}

TEST_F(ClaimsTest, BareDollarFollowsTheOption) {
  std::vector<Claim> claims;
  ExtractOptions options;
  options.dollar_currency = "CAD";
  ASSERT_TRUE(Extract(TestEngine(), "paid $40", options, &claims).ok());
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].unit, "CAD");
}

// The words of percent are no numbers of their own, wherever they stand.
TEST_F(ClaimsTest, PercentWordsCountNothing) {
  EXPECT_TRUE(All("وفي المائة من الحالات").empty());
  EXPECT_EQ(One("بالمائة 10").value, "10");
  EXPECT_EQ(One("مئة في المئة").kind, Kind::kPercent);
}

// After "بنسبة" the press often leaves the percent sign out; not in a ratio or before a noun.
TEST_F(ClaimsTest, ARateWithoutItsSign) {
  for (const char* text : {"ارتفعت أسعار الخضر بنسبة 12،8 وأسعار الزيوت", "أي بنسبة تفوق 5"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kPercent) << text;
    EXPECT_EQ(c.unit, "percent") << text;
  }
  EXPECT_EQ(One("ارتفعت بنسبة 3 نقاط").kind, Kind::kNumber);
  EXPECT_EQ(All("بنسبة 1 من كل 10")[0].kind, Kind::kNumber);
  EXPECT_NE(One("بنسبة 1 إلى 3").kind, Kind::kPercent);
  EXPECT_EQ(One("ارتفع بمعدل 12").kind, Kind::kNumber);
}

TEST_F(ClaimsTest, PercentagesAndPercentagePoints) {
  Claim c = One("تقل عن واحد في المائة");
  EXPECT_EQ(c.kind, Kind::kPercent);
  EXPECT_EQ(c.value, "1");
  EXPECT_EQ(c.qualifier, "less-than");
  EXPECT_EQ(One("one per cent").value, "1");
  EXPECT_EQ(One("prices rose 12pc").kind, Kind::kPercent);  // British papers' "pc"
  // After a fraction in words, with its article.
  c = One("inflation fell half a percent");
  EXPECT_EQ(c.kind, Kind::kPercent);
  EXPECT_EQ(c.value, "0.5");
  EXPECT_EQ(One("a tenth of a percent").value, "0.1");
  EXPECT_EQ(One("up three-tenths of a percentage point").unit, "pp");
  EXPECT_EQ(One("ارتفع بنحو نصف في المئة").value, "0.5");  // نصف before a cue, no verb
  // A percentage point is not a percent: a quantity in points.
  for (const char* text : {"ارتفع 3 نقاط مئوية", "up 3 percentage points"}) {
    c = One(text);
    EXPECT_EQ(c.kind, Kind::kQuantity) << text;
    EXPECT_EQ(c.unit, "pp") << text;
    EXPECT_EQ(c.value, "3") << text;
  }
  EXPECT_EQ(One("ارتفعت نقطتين مئويتين").value, "2");  // the dual alone
  EXPECT_EQ(One("سيكلف ضعفي المبلغ").unit, "times");   // two-fold
  // "مرة ونصف" is one and a half times; "مرة" alone counts occasions.
  c = One("زادت الصادرات مرة ونصف");
  EXPECT_EQ(c.unit, "times");
  EXPECT_EQ(c.value, "1.5");
  EXPECT_EQ(One("رفع البنك الفائدة 11 مرة").kind, Kind::kNumber);
  EXPECT_EQ(One("cut by 25 basis points").unit, "bp");
  EXPECT_EQ(One("خفض الفائدة 25 نقطة أساس").unit, "bp");
}

TEST_F(ClaimsTest, EnglishWordsOfTimeAreNoCountedNouns) {
  // "35k last year": "last" opens the time, it is not what 35000 counts.
  const std::vector<Claim> claims = All("up from 35k last year");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].noun, "");
  EXPECT_EQ(claims[1].unit, "year");
  EXPECT_EQ(One("2 million each").noun, "");
  EXPECT_EQ(All("they counted seven yesterday")[0].noun, "");
}

TEST_F(ClaimsTest, BeforeOrAfterAnEventIsNotAgoOrLater) {
  EXPECT_EQ(One("قبل 13 عاما").qualifier, "ago");
  for (const char* text : {"قبل 13 عاما من اندلاع الحرب", "بعد 3 أيام من الهجوم"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kDuration) << text;
    EXPECT_EQ(c.qualifier, "") << text;  // counted from the event, not from now
  }
  EXPECT_TRUE(All("قبل عام من الانتخابات").empty());
  // Now is no event: "from now" in both languages.
  EXPECT_EQ(One("بعد 3 أسابيع من الآن").qualifier, "later");
  EXPECT_EQ(One("three weeks from now").qualifier, "later");
  EXPECT_EQ(One("ten years hence").qualifier, "later");
  // "على" names the event too; "على الأقل" is a bound.
  EXPECT_TRUE(All("بعد شهر على تعيينها").empty());
  const Claim bounded = One("قبل أقل من شهر على إجراء الانتخابات");  // a bound keeps it a duration
  EXPECT_EQ(bounded.kind, Kind::kDuration);
  EXPECT_EQ(bounded.qualifier, "less-than");
  EXPECT_EQ(One("قبل عام على الأقل").qualifier, "ago");
}

TEST_F(ClaimsTest, NumbersThatLabelANameCountNothing) {
  // A number right after a capitalized name inside a sentence labels it.
  EXPECT_EQ(One("the iPhone 15 launch").noun, "");
  EXPECT_EQ(One("a Fortune 500 company").noun, "");
  EXPECT_TRUE(All("He won Formula One races").empty());
  EXPECT_EQ(One("during World War One as a soldier").value, "1");  // a cue of roman_cues.tsv
  // At the start of a sentence, or after a word in small letters, the number counts.
  EXPECT_EQ(One("He said Three people died").value, "3");
  EXPECT_EQ(One("Apple sold 5 million iPhones").noun, "iPhones");
  // An English modifier stands between the number and its noun; a word in "-ed" may be the
  // verb, and gives no noun.
  EXPECT_EQ(One("50 new cases every hour").noun, "cases");
  EXPECT_EQ(One("there are five critical times").noun, "times");
  EXPECT_EQ(One("thousands joined rival protests").noun, "");
  // A verb after a number is no noun: "four of five had", "the end of 2019 has".
  EXPECT_EQ(All("four of five had surgery")[1].noun, "");
  EXPECT_EQ(One("at the end of 2019 has grown").kind, Kind::kYear);
  // A Latin word glued to the digits is a name, unless it is a unit, a scale or a suffix.
  EXPECT_TRUE(All("per 247sports today").empty());
  EXPECT_TRUE(All("the 2019ncov outbreak").empty());
  EXPECT_EQ(One("10kg of rice").unit, "kg");
  EXPECT_EQ(One("5years ago").unit, "year");
  EXPECT_EQ(One("3billion").value, "3000000000");
}

TEST_F(ClaimsTest, InAfterASuperlativeLooksBack) {
  EXPECT_EQ(One("we will know in 3 days").qualifier, "later");
  for (const char* text : {"inflation was the highest in 40 years", "the worst in 30 years",
                           "for the first time in 20 years"}) {
    const std::vector<Claim> claims = All(text);
    ASSERT_FALSE(claims.empty()) << text;
    EXPECT_EQ(claims.back().kind, Kind::kDuration) << text;
    EXPECT_EQ(claims.back().qualifier, "") << text;
  }
}

TEST_F(ClaimsTest, AMultiplyingVerbStartsNoRange) {
  const auto claims = All("the price doubled to $4");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].kind, Kind::kMoney);
  EXPECT_EQ(claims[1].value, "4");
  // Multiples in one word, beyond the common ones.
  EXPECT_EQ(One("a fifteenfold increase").value, "15");
  EXPECT_EQ(One("a hundredfold rise").value, "100");
}

TEST_F(ClaimsTest, AChangeThenWhereItLedIsNoRange) {
  // "rose 2% to 7%": by 2 %, to 7 %.
  EXPECT_EQ(All("Unemployment rose 2% to 7%.").size(), 2u);
  EXPECT_EQ(All("ارتفعت أسعار النفط 2 في المائة إلى 7 في المائة").size(), 2u);
  // A subject of five words between the verb and the first: a grade, then where it led.
  const auto gold = All("ارتفع سعر غرام الذهب عيار 21 إلى 3150 جنيها");
  ASSERT_EQ(gold.size(), 2u);
  EXPECT_EQ(gold[1].value, "3150");
  EXPECT_TRUE(gold[1].qualifier.empty());
  // With "from", or a dash, or no verb of change, a range.
  EXPECT_EQ(One("rose from 2% to 7%").qualifier, "range");
  EXPECT_EQ(One("sales rose 10-15%").qualifier, "range");
  EXPECT_EQ(One("between 2% and 7%").qualifier, "range");
}

TEST_F(ClaimsTest, Quantities) {
  struct Case {
    const char* text;
    const char* unit;
  };
  const Case cases[] = {
      {"12 كيلومترا", "km"},     {"5 كم", "km"},          {"300 متر", "m"},
      {"40 طنا", "t"},           {"2 كيلوغرام", "kg"},    {"7 لترات", "l"},
      {"50 هكتارا", "ha"},       {"100 كيلومتر مربع", "km2"}, {"120 كيلومترا في الساعة", "km/h"},
      {"45 درجة مئوية", "°C"},   {"12 miles", "mi"},      {"5 kg", "kg"},
      {"3-inch screen", "in"},   {"40 barrels", "bbl"},
      {"5 degree fahrenheit", "°F"}, {"40 deg c", "°C"},  {"120 μg", "µg"},
      {"2 GB of memory", "GB"},  {"5 كيلوبايت", "kB"},  {"3 جالونات", "gal"},
      {"40 degrees C.", "°C"},   {"98.6 degrees F", "°F"}, {"20 degrees centigrade", "°C"},
      {"قطره 90 نانومترا", "nm"}, {"120 nanometres wide", "nm"}, {"5 microns", "µm"},
      {"15 سنتيمترا", "cm"},     {"8 ميجاواط", "MW"},     {"210 ميغاوات", "MW"},
      {"37.8 microgrammes", "µg"}, {"5 kilogrammes", "kg"}, {"100.2 degrees farenheit", "°F"},
      {"مسدس عيار 7.65 مم", "mm"}, {"أمطار بلغت 40 ملم", "mm"},
      {"هاون عيار 60 ميليمتر", "mm"}, {"بطول 12 سنتمترا", "cm"}, {"جرعة 500 ميليغرام", "mg"},
      {"بسرعة 120 كم/ساعة", "km/h"}, {"a 5,000-square-foot home", "ft2"},
      {"1,200 sq ft", "ft2"},    {"a 300-square-mile area", "mi2"},
      {"speeds of 180 m/s", "m/s"}, {"رياح سرعتها 30 مترا في الثانية", "m/s"},
      {"a genome of 30 kilobases", "kb"}, {"جينوم من 30 كيلو قاعدة", "kb"},
      {"a 5 cubic metre tank", "m3"}, {"2 billion cubic metres", "m3"}, {"1 cubic foot", "ft3"},
      {"winds of 90 kilometres an hour", "km/h"}, {"at 60 km per hour", "km/h"},
      {"gusts of 70 miles an hour", "mph"},       {"بسرعة 100 كلم في الساعة", "km/h"},
      // Superscript powers are areas and volumes, never a length and a stray mark.
      {"2500 كم²", "km2"}, {"3000 km²", "km2"}, {"400 م²", "m2"}, {"8 م³", "m3"},
      {"50 m²", "m2"},     {"4 mi²", "mi2"},    {"300 ft²", "ft2"}, {"2,500 square km", "km2"},
  };
  for (const Case& c : cases) {
    const Claim claim = One(c.text);
    EXPECT_EQ(claim.kind, Kind::kQuantity) << c.text;
    EXPECT_EQ(claim.unit, c.unit) << c.text;
  }
  // A capital C or F glued to digits, alone after a word of temperature, ...
  EXPECT_EQ(All("temperatures hit 40C on Monday")[0].unit, "°C");
  EXPECT_EQ(One("a high of 104F in Phoenix").unit, "°F");
  EXPECT_EQ(One("he had a fever of 39C").unit, "°C");
  EXPECT_EQ(One("a high of 104 F in Phoenix").unit, "°F");  // apart, after such a word
  EXPECT_EQ(One("it fell to -2.5C overnight").unit, "°C");  // a decimal names nothing
  EXPECT_EQ(All("$765 million or 14.7C/ per security").size(), 1u);  // but cents
  // Elsewhere the capital makes a name with the digits, as a letter before them does ("G7").
  EXPECT_TRUE(All("Apartment 5C").empty());
  EXPECT_TRUE(All("She lives in flat 5C. It was hot.").empty());  // another sentence
  // ... or with the other scale beside it in parentheses.
  auto claims = All("temperatures reached 45C (113F) on Monday");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].unit, "°C");
  EXPECT_EQ(claims[1].unit, "°F");
  EXPECT_EQ(All("highs of 104F (40C)")[1].unit, "°C");
  // ... or after the same scale glued a few words before in the sentence, itself after a word
  // of temperature.
  claims = All("temperatures ranged from 18C at night to 31C by day");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].unit, "°C");
  EXPECT_TRUE(All("seats 18C and 31C were empty").empty());
  // Alone it names something; "45c" is cents, and a C apart is no name.
  EXPECT_TRUE(All("room 45C").empty());
  EXPECT_TRUE(All("the 45C bus").empty());
  for (const char* text : {"a 45c coin", "it was 45 C outside"}) {
    EXPECT_EQ(One(text).kind, Kind::kNumber) << text;
  }
}

// English counts more than one in the plural: a singular word or a verb after a number is not
// what it counts, and a bare modern year before one stays a year.
TEST_F(ClaimsTest, EnglishCountsAPlural) {
  EXPECT_EQ(One("the 2020 election").kind, Kind::kYear);
  EXPECT_EQ(One("a fire in 1939 left the building damaged").kind, Kind::kYear);
  // Singulars in -us and -is are no plurals; plurals so ending are listed.
  EXPECT_EQ(One("the 2019 novel coronavirus spread").kind, Kind::kYear);
  EXPECT_EQ(One("the 2008 crisis").kind, Kind::kYear);
  // After "the" or an owner, a year before the capitalized name of an event; a plain plural
  // after it is counted.
  EXPECT_EQ(One("she swam at the 2012 Olympics").kind, Kind::kYear);
  EXPECT_EQ(One("Qatar's 2022 World Cup").kind, Kind::kYear);
  EXPECT_EQ(One("the 2012 swimmers").kind, Kind::kNumber);
  EXPECT_EQ(One("sent 2012 Marines").kind, Kind::kNumber);
  // Before 1900 a year needs a preposition of time, and still counts a noun after it.
  EXPECT_EQ(One("no anthem before 1745 is known").kind, Kind::kYear);
  EXPECT_EQ(One("built circa 1850 by").kind, Kind::kYear);
  EXPECT_EQ(One("from 1850 onwards").kind, Kind::kYear);  // no noun "onwards"
  EXPECT_EQ(One("from 1850 people").kind, Kind::kNumber);
  EXPECT_EQ(One("the anthem of 1745").kind, Kind::kNumber);
  EXPECT_EQ(One("in 1500 cases").noun, "cases");
  EXPECT_EQ(One("5 taxis waited").noun, "taxis");
  EXPECT_EQ(One("the 7.5 magnitude quake").noun, "");
  Claim c = One("We have 12 important matches left");
  EXPECT_EQ(c.noun, "matches");
  c = One("convicted of murdering two drug suppliers");
  EXPECT_EQ(c.noun, "suppliers");
  EXPECT_EQ(One("2019 new cases").kind, Kind::kNumber);
  EXPECT_EQ(One("one new case").noun, "case");
  EXPECT_EQ(One("if one develops a fever").noun, "");  // one counts a singular: a verb in -s
  // Participles in -ing before the noun, and adverbs after the number, are not what it counts.
  EXPECT_EQ(One("at least one underlying condition").noun, "condition");
  EXPECT_EQ(One("4 missing children").noun, "children");
  EXPECT_EQ(All("15 and 20 percent respectively")[1].noun, "");
  // The second number of a score counts nothing; a range rises and counts what follows it.
  EXPECT_EQ(All("a 3-1 victory over Spain")[1].noun, "");
  EXPECT_EQ(One("won 10-15 seats").noun, "seats");
  EXPECT_EQ(One("\"It's over,\" one wrote.").noun, "");  // a verb in the past, no noun
  // Plurals without -s count, and share a key with the singular.
  c = One("5 people died");
  EXPECT_EQ(c.noun, "people");
  EXPECT_EQ(c.noun_key, One("1 person").noun_key);
  EXPECT_EQ(One("200 staff").noun, "staff");
}

TEST_F(ClaimsTest, CountedNounsAndTheirKeys) {
  Claim c = One("يبلغ عدد البلدان 68 بلدا.");
  EXPECT_EQ(c.noun, "بلدا");
  EXPECT_EQ(c.noun_key, One("ضمت 5 بلدان.").noun_key);
  EXPECT_EQ(c.noun_key, One("بلدانه الأعضاء الـ 195.").noun_key);
  c = One("بلدانه الأعضاء الـ 195.");
  EXPECT_EQ(c.noun, "بلدانه");
  EXPECT_EQ(c.text, "الـ 195");
  EXPECT_EQ(One("قتل 31000 ضحية").noun_key, One("قتل 12 ضحايا").noun_key);
  EXPECT_EQ(One("64 countries").noun_key, One("1 country").noun_key);
  EXPECT_EQ(One("مجموعة الدول السبع").noun_key, One("عشر دول").noun_key);
  // Broken plurals and duals of the data files key as the singular does.
  EXPECT_EQ(One("5 جنود").noun_key, One("13 جنديا").noun_key);
  EXPECT_EQ(One("دولتين").noun_key, One("20 دولة").noun_key);
  EXPECT_EQ(One("امرأتين").noun_key, One("3 نساء").noun_key);
  // Sound plurals of nouns in -اة or -ى, which the rule for -ات cannot bring back.
  EXPECT_EQ(One("مبارياته الثماني").noun_key, One("مباراة واحدة").noun_key);
  EXPECT_EQ(One("5 مستويات").noun_key, "مستوي");  // مستوى, its final ى folded
  // A possessive suffix goes where a plural confirms it: a broken plural whose hamza took a
  // seat before it, a sound plural in -ات or one that lost its ن; a nisba's ة is no suffix.
  EXPECT_EQ(One("رفقة أبنائها الثلاثة").noun_key, One("لديه ثلاثة أبناء").noun_key);
  EXPECT_EQ(One("أعضاؤها الـ 15").noun_key, One("15 عضوا").noun_key);
  EXPECT_EQ(One("سياراتها الخمس").noun_key, One("5 سيارات").noun_key);
  EXPECT_EQ(One("ثلثي متابعيها").noun_key, One("3 متابعين").noun_key);
  EXPECT_EQ(One("وقع 3 اتفاقية").noun_key, "اتفاقيه");
  // Two after a dual noun counts it, and with a dual that is two by itself makes one claim.
  EXPECT_EQ(One("قتل مدنيين اثنين").noun_key, One("3 مدنيين").noun_key);
  EXPECT_EQ(One("قتل اثنين").noun, "");
  EXPECT_EQ(One("جنديين اثنين").text, "جنديين اثنين");
  // One in the ending of the noun before it counts that noun, past adjectives of relation;
  // not a verb after it, nor the noun of "one of".
  EXPECT_EQ(One("أكد أن سفينة واحدة غرقت").noun, "سفينة");
  EXPECT_EQ(One("عثر على طفلا واحدا يتيما").noun, "طفلا");
  EXPECT_EQ(One("عقدت قمة عربية واحدة").noun, "قمة");
  EXPECT_EQ(One("قالوا إن واحدا نجا").noun, "");
  EXPECT_EQ(One("أصبحت المدينة واحدة من أجمل").noun, "");
  // Prepositions are not counted, nor adverbs that tie the number to what follows; a year
  // stays a year before them.
  EXPECT_EQ(One("وصل 40 في المساء").noun, "");
  EXPECT_EQ(One("قتل 5 جراء القصف").noun, "");
  EXPECT_EQ(One("بعد سنوات خارج العشر الأوائل").noun, "");
  EXPECT_EQ(One("بلغ المؤشر 5742 وسط تعاملات ضعيفة").noun, "");
  EXPECT_EQ(All("ارتفع في 2016 مقارنة بعام 2015")[0].kind, Kind::kYear);
  // A plural of years before years names them; after a number it is what the number counts.
  EXPECT_EQ(All("وحتى في سنوات 2015 و2016")[0].kind, Kind::kYear);
  EXPECT_EQ(All("خطة 5 سنوات 2016-2020")[0].unit, "year");
  EXPECT_EQ(One("خلال الفترة من 2006 إلى 2016 وفقا للنظام").qualifier, "range");
  EXPECT_EQ(One("ارتفع عدد المعتقلين إلى أربعة وقال المتحدث").noun, "");
  EXPECT_EQ(One("أغلق المؤشر عند 7721 وانخفضت أسهم").noun, "");
  EXPECT_EQ(One("سجلت 5 وفيات").noun, "وفيات");
  EXPECT_EQ(One("من أصل 300 ألف غادروا البلاد").noun, "");  // a verb in the plural past
  EXPECT_EQ(One("انتخب 15 عضوا").noun, "عضوا");  // an accusative in وا
  EXPECT_EQ(One("من أصل 400 يعملون في المصنع").noun, "");  // in the present
  EXPECT_EQ(One("وصل 5 يمنيون").noun, "يمنيون");  // a plural nisba noun
  EXPECT_EQ(All("في اجتماع 5 زائد 5")[0].noun, "");
  EXPECT_EQ(One("أصابت صاعقة طائرة بوينغ 747 فور إقلاعها").noun, "");
  EXPECT_EQ(One("وصفتها في 2005 بأنها الأخيرة").kind, Kind::kYear);  // "that", not a noun
  EXPECT_EQ(One("ومقتل شخصين اثنين كانا على متنها").noun, "شخصين");
  EXPECT_EQ(One("ارتفعت بنسبة 3،7 وأسعار الستائر").noun, "");
  // An adjective of relation between the noun and the number after it is passed over.
  EXPECT_EQ(One("أي من البنوك العمومية الثلاثة").noun, "البنوك");
  EXPECT_EQ(One("الإستراتيجيات العلاجية التجريبية الأربع").noun, "الإستراتيجيات");
  // A year cue with a glued preposition is no noun either, and names the year after it.
  const auto law = All("القانون عدد 64 لسنة 1991");
  ASSERT_EQ(law.size(), 2u);
  EXPECT_EQ(law[0].noun, "");
  EXPECT_EQ(law[1].kind, Kind::kYear);
}

// "إلى غاية 25 منه": a bare day after a word that leads to a day and before "منه", "من الشهر
// نفسه" is a day of the month of the date before it; "صدر 25 منه" is 25 of it.
TEST_F(ClaimsTest, ADayOfTheSameMonth) {
  struct Case {
    const char* text;
    size_t day;         // the index of the claim of the day
    const char* value;  // the date it names, or "" where it stays a count
  };
  for (const Case& k : {
           Case{"افتتح المعرض يوم 8 نوفمبر 2023 ويستمر حتى 19 منه.", 1, "2023-11-19"},
           Case{"تبدأ الحملة في 2 مارس وتنتهي في 16 من الشهر نفسه.", 1, "--03-16"},
           Case{"أنتج المصنع 900 طن يوم 8 نوفمبر، صدر 19 منه.", 2, ""},
           // An earlier day is no later day of that month.
           Case{"افتتح المعرض يوم 19 نوفمبر 2023 ويستمر حتى 8 منه.", 1, ""},
       }) {
    const std::vector<Claim> c = All(k.text);
    ASSERT_EQ(c.size(), k.day + 1) << k.text;
    const Claim& day = c[k.day];
    EXPECT_EQ(day.kind, *k.value ? Kind::kDate : Kind::kNumber) << k.text;
    if (*k.value) {
      EXPECT_EQ(day.value, k.value) << k.text;
      // "حتى" is the sentence's, no bound of a date.
      EXPECT_EQ(day.text, day.value.substr(day.value.size() - 2)) << k.text;
    }
  }
}

// "تناهز", "ناهز", "تقارب": verbs of nearing an amount say it is about so much, a past one
// before its subject too ("ناهز عدد الزوار").
TEST_F(ClaimsTest, VerbsOfNearingAnAmount) {
  for (const char* text : {"بكلفة تناهز 40 مليون دينار", "ناهز عدد الزوار 40 ألفا",
                           "بقيمة تقارب 40 مليون دينار"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.qualifier, "about") << text;
    EXPECT_TRUE(c.approx) << text;
  }
}

}  // namespace
TEST_F(ClaimsTest, AgesInADecadeOfLifeInWords) {
  ExpectAgeOfTheDecade(One("The victim, in his forties, was shot."), 40, "forties");
  ExpectAgeOfTheDecade(One("a woman in her early Sixties"), 60, "Sixties");
  ExpectAgeOfTheDecade(One("قتل رجل خمسيني في الحادث"), 50, "خمسيني");
  ExpectAgeOfTheDecade(One("وأصيبت السيدة الأربعينية بجروح"), 40, "الأربعينية");
  ExpectAgeOfTheDecade(One("A septuagenarian was arrested."), 70, "septuagenarian");
  // Elsewhere the adjective names an era or a memorial held forty days after a death.
  EXPECT_TRUE(All("أقيمت أربعينية الفقيد").empty());
  EXPECT_TRUE(All("الجيل الستيني من الشعراء").empty());
  // Without a possessive the English tens are the numbers of the decade, whatever they count.
  const Claim tens = One("temperatures in the sixties");
  EXPECT_EQ(tens.kind, Kind::kNumber);
  EXPECT_EQ(tens.qualifier, "range");
  EXPECT_EQ(tens.lower->value, "60");
  EXPECT_EQ(tens.upper->value, "69");
}

TEST_F(ClaimsTest, AFifthOrATenthOfThem) {
  EXPECT_EQ(One("ذهب خمسها إلى الطرق").value, "0.2");
  EXPECT_EQ(One("وعشرهم من الأطفال").value, "0.1");
  EXPECT_EQ(One("أنفق ربعه على الأجور").value, "0.25");
  EXPECT_EQ(One("خمسة منهم").value, "5");
}

// "إلى" and "إلا" fold to what looks like the article and one letter: no noun a half is of.
TEST_F(ClaimsTest, AHalfBeforeToIsTheScalesHalf) {
  EXPECT_EQ(One("ارتفع بمليون ونصف إلى الآن").value, "1500000");
  EXPECT_EQ(One("زاد مليونين ونصف إلا قليلا").value, "2500000");
  const std::vector<Claim> half_of = All("مليون ونصف السكان");
  ASSERT_EQ(half_of.size(), 2u);
  EXPECT_EQ(half_of[1].value, "0.5");
}

TEST_F(ClaimsTest, AnNthWeekdayInAMonthWithAGluedIn) {
  EXPECT_EQ(One("ثالث يوم ثلاثاء بأيلول 2014").value, "2014-09-16");
  EXPECT_EQ(One("ثاني خميس بمارس 2024").value, "2024-03-14");
  EXPECT_EQ(One("ثالث يوم ثلاثاء بايلول بعام 2014").value, "2014-09-16");
  EXPECT_EQ(One("في أيلول بعام 2014").value, "2014-09");
}

// An age said as an ordinal's word after "nearing" or "reached ... of his age".
TEST_F(ClaimsTest, AnAgeNearedOrReachedInAnOrdinalsWord) {
  Claim c = One("توفي عن عمر يناهز الخامسة والثمانين");
  EXPECT_EQ(c.kind, Kind::kNumber);
  EXPECT_EQ(c.value, "85");
  EXPECT_EQ(c.qualifier, "about");
  EXPECT_EQ(One("بلغت الحادية والتسعين من عمرها").kind, Kind::kNumber);
  // Reached the rank, not an age.
  EXPECT_EQ(One("بلغ الدور الثامن").kind, Kind::kOrdinal);
}

// A margin both ways keeps its number positive; "minus" alone still turns it.
TEST_F(ClaimsTest, PlusOrMinusIsAMargin) {
  EXPECT_EQ(One("a margin of error of plus or minus 3 points").value, "3");
  EXPECT_EQ(One("plus or minus three percentage points").value, "3");
  EXPECT_EQ(One("هامش خطأ زائد أو ناقص ثلاث نقاط").value, "3");
  EXPECT_EQ(One("هامش الخطأ زائد أو ناقص 3 نقاط").value, "3");
  EXPECT_EQ(One("the reading was minus three").value, "-3");
  EXPECT_EQ(One("سجلت ناقص 3 درجات").value, "-3");
}

TEST_F(ClaimsTest, AHyphenatedPlusIsALowerBound) {
  const Claim c = One("The firm employs 3,000-plus people.");
  EXPECT_EQ(c.qualifier, "at-least");
  EXPECT_EQ(c.lower->value, "3000");
  EXPECT_FALSE(c.upper.has_value());
  // "-odd": some more than it, in digits or words.
  for (const char* text : {"Some 20-odd people were hurt.", "a career of thirty-odd years"}) {
    EXPECT_EQ(One(text).qualifier, "more-than") << text;
    EXPECT_FALSE(One(text).lower->inclusive) << text;
  }
}

// "mid-", "late-", "pre-" before four digits date them, a noun after or not.
TEST_F(ClaimsTest, AYearAfterAHyphenatedPartOfIt) {
  EXPECT_EQ(One("Mid-2019 estimates put it lower").kind, Kind::kYear);
  EXPECT_EQ(One("back to pre-2008 levels").kind, Kind::kYear);
  EXPECT_EQ(One("there were 2008 cases").kind, Kind::kNumber);
}

// "يزيد عدد السكان على": the verb, its subject, then "على" or "عن" before the number.
TEST_F(ClaimsTest, ABoundVerbSplitByItsSubject) {
  EXPECT_EQ(One("يزيد عدد السكان على مليوني نسمة").qualifier, "more-than");
  EXPECT_EQ(One("يقل عدد سكان القرية عن 500 نسمة").qualifier, "less-than");
  EXPECT_EQ(One("لا يزيد عدد الطلاب على 30 طالبا").qualifier, "at-most");
  // Without the preposition the verb says how it grows.
  EXPECT_EQ(One("يزيد عدد السكان 2% سنويا").qualifier, "");
}

TEST_F(ClaimsTest, AnAccusativeHalfAfterAUnit) {
  const Claim c = One("أمضى سبع سنوات ونصفا في السجن");
  EXPECT_EQ(c.value, "7.5");
  EXPECT_EQ(c.unit, "year");
}

// Two names of one month side by side, a space or a dash between, are one month.
TEST_F(ClaimsTest, PairedMonthNamesWithASpace) {
  EXPECT_EQ(One("في 15 يوليو تموز 2016").value, "2016-07-15");
  EXPECT_EQ(One("في الخامس من حزيران يونيو 1967").value, "1967-06-05");
  EXPECT_EQ(One("في حزيران - يونيو 1967").value, "1967-06");
  // Two months are two dates.
  EXPECT_EQ(All("بين حزيران وتموز 2020").size(), 2u);
}

TEST_F(ClaimsTest, AFiscalYearOfTwoDigits) {
  Claim c = One("Revenue in FY24 rose");
  EXPECT_EQ(c.kind, Kind::kYear);
  EXPECT_EQ(c.value, "2024");
  EXPECT_EQ(One("the FY99 budget").value, "1999");
  EXPECT_EQ(One("FY2023 results").value, "2023");
}

// Easter and the feasts around it are dates only with their year.
TEST_F(ClaimsTest, EasterWithItsYear) {
  EXPECT_EQ(One("عيد الفصح 2013").value, "2013-03-31");
  EXPECT_EQ(One("Good Friday 2023").value, "2023-04-07");
  EXPECT_EQ(One("عيد الفصح الأرثوذكسي 2024").value, "2024-05-05");
  EXPECT_TRUE(All("They met at Easter.").empty());
  EXPECT_TRUE(All("They sailed to Easter Island.").empty());
}

TEST_F(ClaimsTest, AYearNamedHijriByItsCue) {
  const Claim c = One("مع بداية العام الهجري 1446");
  EXPECT_EQ(c.kind, Kind::kYear);
  EXPECT_EQ(c.value, "1446");
  EXPECT_EQ(c.calendar, "islamic");
  EXPECT_EQ(One("في عام 1446").calendar, "gregorian");
  EXPECT_EQ(One("The Hijri year 1446 has begun.").calendar, "islamic");
  EXPECT_EQ(One("at the start of the Islamic year 1446").calendar, "islamic");
}

TEST_F(ClaimsTest, AFractionWhereAChangeLed) {
  EXPECT_EQ(All("Deaths fell to a third, from 900 to 300.").at(0).value.substr(0, 4), "0.33");
  EXPECT_EQ(One("The league moved to a third, smaller venue.").kind, Kind::kOrdinal);
}

TEST_F(ClaimsTest, AnOrdinalAgeAfterAVerbAndItsSubject) {
  const Claim age = One("بلغ الرئيس الخامسة والسبعين من عمره");
  EXPECT_EQ(age.kind, Kind::kNumber);
  EXPECT_EQ(age.value, "75");
  EXPECT_TRUE(age.age);
  // A noun of time or a feminine one of rank is what the ordinal numbers.
  EXPECT_EQ(One("دخل الرجل السنة الخامسة من عمره").kind, Kind::kOrdinal);
  EXPECT_EQ(One("دخل الرجل المرحلة الثانية من عمره").kind, Kind::kOrdinal);
}

TEST_F(ClaimsTest, AMultipleIsNoRangesFirstEnd) {
  const auto claims = All("Output will triple to 900 tonnes.");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "3");
  EXPECT_EQ(claims[1].value, "900");
  EXPECT_EQ(claims[1].qualifier, "");
}

TEST_F(ClaimsTest, AnOrdinalAfterHeOrSheInIsAnAge) {
  const Claim c = One("نشر ديوانه وهو في الخامسة والعشرين");
  EXPECT_EQ(c.kind, Kind::kNumber);
  EXPECT_EQ(c.value, "25");
  EXPECT_EQ(One("فاز وهو في المركز الثالث").kind, Kind::kOrdinal);
}

TEST_F(ClaimsTest, AnAmountAfterAnArabicByIsNoYearNorARangesEnd) {
  const auto claims = All("خفضت الشركة عدد موظفيها بمقدار 2000 إلى 18 ألفا");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].kind, Kind::kNumber);
  EXPECT_EQ(claims[0].value, "2000");
  EXPECT_EQ(claims[1].value, "18000");
  // A rate after "بنسبة" still makes a range.
  EXPECT_EQ(One("بنسبة 1 إلى 3").qualifier, "range");
}

TEST_F(ClaimsTest, APercentsSignIsLentPastAWordOnlyAfterFromOrBetween) {
  const auto claims = All("then 15% to 567 in June");
  ASSERT_GE(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "15");
  EXPECT_EQ(claims[1].value, "567");
  EXPECT_EQ(claims[1].kind, Kind::kNumber);
  EXPECT_EQ(One("من 7% إلى 9").qualifier, "range");
  EXPECT_EQ(One("between 7% and 9").qualifier, "range");
  EXPECT_EQ(One("10-15%").qualifier, "range");
}

TEST_F(ClaimsTest, ADayTakesTheWeekdayAloneBeforeItInARangeOfDays) {
  const auto claims = All("من الخميس 4 إلى الأحد 7 يونيو 2026");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].kind, Kind::kDate);
  EXPECT_EQ(claims[0].value, "2026-06-04");
  EXPECT_EQ(claims[0].weekday, 4u);
  EXPECT_EQ(claims[1].value, "2026-06-07");
  EXPECT_EQ(claims[1].weekday, 7u);
  // A weekday that a comma sets before a date opens that date alone.
  EXPECT_EQ(All("فرانس 2، الجمعة 11 سبتمبر 2015")[0].kind, Kind::kNumber);
}

TEST_F(ClaimsTest, ACurrencyWordTakesItsCountryFromTheNationalityWithIt) {
  struct Case {
    const char* text;
    const char* value;
    const char* unit;
  };
  const Case cases[] = {
      {"100 Hong Kong dollars", "100", "HKD"},
      {"2.5 billion Singapore dollars", "2500000000", "SGD"},
      {"900 Taiwanese dollars", "900", "TWD"},
      {"30 دولارا سنغافوريا", "30", "SGD"},      // the accusative agrees
      {"700 دولارات نيوزيلندية", "700", "NZD"},  // a plural of things, the feminine
      {"دولارين كنديين", "2", "CAD"},            // a dual with the dual
      {"ليرتين تركيتين", "2", "TRY"},
      {"80 جنيها إسترلينيا", "80", "GBP"},
      {"12 ريالا برازيليا", "12", "BRL"},        // a riyal that is Brazil's real
      {"5 آلاف روبية إندونيسية", "5000", "IDR"},
      {"500 Mexican pesos", "500", "MXN"},
      {"300 بيزو أرجنتيني", "300", "ARS"},
      {"150 بيزو أرجنتينيا", "150", "ARS"},  // a word that shows no accusative leaves it
      {"40 Swedish kronor", "40", "SEK"},
      {"40 كرونة نرويجية", "40", "NOK"},
      {"20 Kenyan shillings", "20", "KES"},
      {"3 million Belarusian rubles", "3000000", "BYN"},  // not Russia's rouble
      {"60 North Korean won", "60", "KPW"},
      {"9 South African rand", "9", "ZAR"},
      {"100 Chinese yuan", "100", "CNY"},
      {"15 ringgit", "15", "MYR"},
      {"SEK 200", "200", "SEK"},
      {"COP 5,000", "5000", "COP"},
  };
  for (const Case& c : cases) {
    const Claim claim = One(std::string("دفع ") + c.text);
    EXPECT_EQ(claim.kind, Kind::kMoney) << c.text;
    EXPECT_EQ(claim.value, c.value) << c.text;
    EXPECT_EQ(claim.unit, c.unit) << c.text;
  }
  // Without a nationality a peso or a krona is money of no country's code; a bare dollar the
  // default one.
  for (const char* text : {"paid 500 pesos", "دفع 500 بيزو", "paid 40 kronor"}) {
    const Claim claim = One(text);
    EXPECT_EQ(claim.kind, Kind::kMoney) << text;
    EXPECT_EQ(claim.unit, "") << text;
  }
  EXPECT_EQ(One("دفع 30 دولارا فقط").unit, "USD");
  // A code that is a word too is one only in capitals; a currency that is a word only after
  // digits.
  EXPECT_NE(One("the cop 5 times").kind, Kind::kMoney);
  EXPECT_NE(One("five rand").kind, Kind::kMoney);
}

TEST_F(ClaimsTest, AGluedScaleIsATemperatureBelowZeroOrBesideTheOtherScale) {
  // Below zero, with no word of temperature before it.
  EXPECT_EQ(One("and it fell to -5C overnight").unit, "°C");
  // The other scale after "or", "or about", or in brackets, on either side.
  for (const char* text : {"It was -5C, or 23F.", "It reached 45C or about 113F.",
                           "It was 113F, or about 45C, there."}) {
    const auto claims = All(text);
    ASSERT_EQ(claims.size(), 2u) << text;
    EXPECT_EQ(claims[0].kind, Kind::kQuantity) << text;
    EXPECT_EQ(claims[1].kind, Kind::kQuantity) << text;
    EXPECT_NE(claims[0].unit, claims[1].unit) << text;
  }
  // The same scale beside it is two names: "Room 45C or 46C".
  EXPECT_TRUE(All("Room 45C or 46C.").empty());
}

TEST_F(ClaimsTest, AnOrdinalsSuffixAgreesWithItsDigits) {
  for (const char* text : {"the 21st", "the 2nd", "the 113th", "the 101st", "the 21th"}) {
    EXPECT_EQ(One(text).kind, Kind::kOrdinal) << text;
  }
  // "12st" is twelve stone, "11st" no ordinal: a count.
  for (const char* text : {"weighs 12st", "the 11st", "the 12nd", "the 113rd"}) {
    EXPECT_EQ(One(text).kind, Kind::kNumber) << text;
  }
}

TEST_F(ClaimsTest, AGluedMBeforeAUnitOtherThanOfLengthIsMillions) {
  const Claim oil = One("output reached 3.2m bpd");
  EXPECT_EQ(oil.kind, Kind::kQuantity);
  EXPECT_EQ(oil.value, "3200000");
  EXPECT_EQ(oil.unit, "bbl");
  EXPECT_EQ(One("it pumps 900,000 b/d").unit, "bbl");
  // Metres are given in a unit of length too, and stand alone.
  // Nor is a glued "mm", nor a measure after an article that describes a noun.
  EXPECT_EQ(One("a new 7.62mm barrel").unit, "mm");
  const Claim bullets = One("police found 5mm bullets");  // a plural does not make it millions
  EXPECT_EQ(bullets.unit, "mm");
  EXPECT_EQ(bullets.value, "5");
  EXPECT_EQ(One("1.5m people").value, "1500000");
  EXPECT_EQ(One("a 3m barrel").unit, "m");
  for (const char* text : {"the wall is 3m in height", "he jumped 8.95m"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.unit, "m") << text;
    EXPECT_NE(c.value, "3000000") << text;
  }
  // With nothing after that says which, metres keep millions as their other reading.
  const Claim alone = One("visitors rose to 3.5m in all");
  EXPECT_EQ(alone.unit, "m");
  ASSERT_TRUE(alone.alternative.has_value());
  EXPECT_EQ(alone.alternative->ToString(), "3500000");
  EXPECT_FALSE(One("a 3mm gap").alternative.has_value());
}

TEST_F(ClaimsTest, AFractionOfAUnitNamedAgainIsPartOfIt) {
  const Claim hours = One("استمر الاجتماع ساعتين ونصف الساعة");
  EXPECT_EQ(hours.kind, Kind::kDuration);
  EXPECT_EQ(hours.value, "2.5");
  EXPECT_EQ(hours.text, "ساعتين ونصف الساعة");
  EXPECT_EQ(One("قفز ثمانية أمتار وربع المتر").text, "ثمانية أمتار وربع المتر");
  // Another unit after the fraction is none of it.
  EXPECT_EQ(One("انتظر ساعة ونصف الدقيقة").text, "ساعة ونصف");
}

TEST_F(ClaimsTest, AnEnglishWordOfHowATimeWasSpentBeforeItsUnit) {
  for (const auto& [text, value, unit] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"the talks lasted three full weeks", "3", "week"},
           {"prices rose for two straight years", "2", "year"},
           {"it needs 5 more days", "5", "day"}}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kDuration) << text;
    EXPECT_EQ(c.value, value) << text;
    EXPECT_EQ(c.unit, unit) << text;
  }
  EXPECT_EQ(One("they hired 300 more workers").kind, Kind::kNumber);
}

// Whole digits, then a fraction in English words: one number, which a scale word may follow.
TEST_F(ClaimsTest, DigitsAndAFractionInWords) {
  const Claim hours = One("the crossing took 3 and a half hours");
  EXPECT_EQ(hours.kind, Kind::kDuration);
  EXPECT_EQ(hours.value, "3.5");
  EXPECT_EQ(hours.text, "3 and a half hours");
  EXPECT_EQ(One("some 2 and a quarter million people").value, "2250000");
  const Claim money = One("it cost $4 and a half billion");
  EXPECT_EQ(money.kind, Kind::kMoney);
  EXPECT_EQ(money.value, "4500000000");
  // "and" before another number is no fraction.
  EXPECT_EQ(All("scores of 3 and 5 points").size(), 2u);
}

// Two weekdays before two days name them in order, not both the nearer day.
TEST_F(ClaimsTest, TwoWeekdaysBeforeTwoDays) {
  for (const char* text : {"تقام يومي السبت والأحد 2 و3 مارس 2024",
                           "on Saturday and Sunday, March 2 and 3, 2024",
                           "from Saturday to Sunday, March 2-3, 2024"}) {
    const std::vector<Claim> claims = All(text);
    ASSERT_EQ(claims.size(), 2u) << text;
    EXPECT_EQ(claims[0].value, "2024-03-02") << text;
    EXPECT_EQ(claims[0].weekday, 6u) << text;
    EXPECT_EQ(claims[1].value, "2024-03-03") << text;
    EXPECT_EQ(claims[1].weekday, 7u) << text;
  }
}

// "exactly" and "بالضبط" are the claim's own words: no bound, no hedge.
TEST_F(ClaimsTest, AnExactNumberIsNeitherBoundNorHedged) {
  const Claim ago = One("the firm was founded exactly 30 years ago");
  EXPECT_EQ(ago.text, "exactly 30 years ago");
  EXPECT_EQ(ago.value, "30");
  EXPECT_EQ(ago.qualifier, "ago");  // the time's, not a bound's
  EXPECT_FALSE(ago.approx);
  const Claim years = One("مرت 100 عام بالضبط على تأسيسها");
  EXPECT_EQ(years.text, "100 عام بالضبط");
  EXPECT_TRUE(years.qualifier.empty());
  EXPECT_EQ(years.lower->value, "100");
  EXPECT_EQ(years.upper->value, "100");
}

// A month named alone after "of" is a time ("the second week of July", "the month of June");
// "May" and "March", also words, are not taken after it.
TEST_F(ClaimsTest, AMonthAfterOf) {
  const std::vector<Claim> july = All("in the second week of July");
  ASSERT_EQ(july.size(), 2u);  // "second", "July"
  EXPECT_EQ(july[1].kind, Kind::kDate);
  EXPECT_EQ(july[1].value, "--07");
  EXPECT_EQ(One("the previous month of June").value, "--06");
  EXPECT_TRUE(All("a spokesman of may say").empty());
}

// "lb", as "lbs", is the pound of mass.
TEST_F(ClaimsTest, PoundsAbbreviated) {
  for (const char* text : {"a 5 lb bag of rice", "a 5 lbs bag of rice"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kQuantity) << text;
    EXPECT_EQ(c.unit, "lb") << text;
    EXPECT_EQ(c.value, "5") << text;
  }
}

// A broken plural and a masculine plural in -ات share their singular's key.
TEST_F(ClaimsTest, PluralsOfAidAndActsFoldToTheirSingular) {
  EXPECT_EQ(One("5 سلال").noun_key, One("12 ألف سلة").noun_key);
  EXPECT_EQ(One("3 حرائق").noun_key, One("11 حريقا").noun_key);
  EXPECT_EQ(One("6 اقتراحات").noun_key, One("15 اقتراحا").noun_key);
  EXPECT_EQ(One("ثلاثة انفجارات").noun_key, One("20 انفجارا").noun_key);
  EXPECT_EQ(One("6 أقمار").noun_key, One("12 قمرا").noun_key);
  EXPECT_EQ(One("4 محاكم").noun_key, One("11 محكمة").noun_key);
  EXPECT_EQ(One("3 فيضانات").noun_key, One("15 فيضانا").noun_key);
  // A quantifier after a number names what it is per, not what it counts.
  EXPECT_TRUE(One("بمعدل 5 لكل أسرة").noun.empty());
}

TEST_F(ClaimsTest, ANumberPastTheYearsNewsDatesCountsTheNounAfterIt) {
  const Claim students = One("تقدم للامتحان هذا العام 2400 طالب.");
  EXPECT_EQ(students.kind, Kind::kNumber);
  EXPECT_EQ(students.value, "2400");
  EXPECT_EQ(One("تهدف الخطة إلى عام 2030 الذي").kind, Kind::kYear);
  EXPECT_EQ(One("عام 2500 قبل الميلاد").kind, Kind::kYear);
  // "of them" after a bare number counts them: "قبل" is "accepted", not "before".
  EXPECT_EQ(One("وقبل 1200 منهم فقط").kind, Kind::kNumber);
  EXPECT_EQ(One("رحل قبل 1990 بقليل").kind, Kind::kYear);
}

// A percent sign before "points" says percentage points.
TEST_F(ClaimsTest, PercentSignBeforePointsIsPercentagePoints) {
  for (const char* text : {"ارتفاعا بـ0.1 ٪ نقطة مقارنة", "up 0.5% points from"}) {
    const Claim c = One(text);
    EXPECT_EQ(c.kind, Kind::kQuantity) << text;
    EXPECT_EQ(c.unit, "pp") << text;
  }
  EXPECT_EQ(One("up 0.5% from").unit, "percent");
}

// A unit of time alone and "و" an amount of a smaller unit are one amount.
TEST_F(ClaimsTest, LoneUnitAndASmallerAmountAreOne) {
  const Claim age = One("تبلغ من العمر سنة وثمانية أشهر");
  EXPECT_EQ(age.kind, Kind::kDuration);
  EXPECT_EQ(age.value, "20");
  EXPECT_EQ(age.unit, "month");
  const Claim trip = One("استمرت الرحلة ساعة و20 دقيقة");
  EXPECT_EQ(trip.value, "80");
  EXPECT_EQ(trip.unit, "minute");
  EXPECT_EQ(One("استمر الحصار سنة وستة أشهر").value, "1.5");
  // A word that ends in "و" is no "and": "نحو 20 دقيقة" is about 20 minutes.
  EXPECT_EQ(One("على بعد نحو 20 دقيقة").value, "20");
  // English says the one: "a year".
  EXPECT_EQ(One("The girl, aged a year and eight months, was found").value, "20");
}

}  // namespace mizan::claims
