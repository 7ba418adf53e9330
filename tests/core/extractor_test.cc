#include "core/claims/extractor.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "core/claims/digit_script.h"
#include "core/engine.h"
#include "core/text/normalized_text.h"
#include "gtest/gtest.h"
#include "tests/core/test_engine.h"
#include "unicode/uchar.h"

namespace mizan::claims {
namespace {

using mizan::test_support::TestEngine;

class ExtractorTest : public ::testing::Test {
 protected:
  std::vector<Claim> Extract(const std::string& text) {
    std::vector<Claim> claims;
    const Error error = claims::Extract(TestEngine(), text, {}, &claims);
    EXPECT_TRUE(error.ok()) << error.message;
    return claims;
  }

  std::vector<std::string> Values(const std::string& text) {
    std::vector<std::string> values;
    for (const Claim& c : Extract(text)) values.push_back(c.value);
    return values;
  }

};


using V = std::vector<std::string>;

// A dot after a short capitalized word, before a digit or a lowercase word, is an
// abbreviation's ("Jan. 1", "the U.S. 10-year yield"), no sentence's end.
TEST_F(ExtractorTest, AbbreviationsEndNoSentence) {
  const auto sentences = [&](const std::string& text) {
    std::vector<uint32_t> out;
    for (const Claim& c : Extract(text)) out.push_back(c.sentence);
    return out;
  };
  EXPECT_EQ(sentences("Born on Jan. 1, 1950, she turned 70."), (std::vector<uint32_t>{0, 0}));
  EXPECT_EQ(sentences("The U.S. 10-year yield rose to 4.2%."), (std::vector<uint32_t>{0, 0}));
  EXPECT_EQ(sentences("Sales rose 5% to $3 million. Costs fell 2%."),
            (std::vector<uint32_t>{0, 0, 1}));
  EXPECT_EQ(sentences("It grew 5% in the U.S. The rest fell 2%."), (std::vector<uint32_t>{0, 1}));
}

TEST_F(ExtractorTest, ReadsEveryDigitScriptAndNamesIt) {
  struct Case {
    std::string text, value, script;
  };
  const Case cases[] = {
      {"بلغ 31000 شخص", "31000", "latin"},
      {"بلغ ٣١٠٠٠ شخص", "31000", "arabic-indic"},
      {"بلغ ۳۱۰۰۰ نفر", "31000", "persian"},
      {"कुल ३१००० लोग", "31000", "devanagari"},
      {"รวม ๓๑๐๐๐ คน", "31000", "thai"},
      {"合計３１０００人", "31000", "fullwidth"},
      {"ইউনিট ৩১০০০", "31000", "bengali"},
  };
  for (const Case& c : cases) {
    const auto claims = Extract(c.text);
    ASSERT_EQ(claims.size(), 1u) << c.text;
    EXPECT_EQ(claims[0].value, c.value) << c.text;
    EXPECT_EQ(claims[0].script, c.script) << c.text;
    EXPECT_EQ(claims[0].kind, Kind::kNumber);
  }
}

TEST(DigitScript, KnowsEveryDigitBelowU0800AsIcuDoes) {
  for (char32_t c = 0x80; c < 0x800; ++c) {
    std::string utf8;
    utf8 += static_cast<char>(0xC0 | (c >> 6));
    utf8 += static_cast<char>(0x80 | (c & 0x3F));
    const bool digit = u_charType(static_cast<UChar32>(c)) == U_DECIMAL_DIGIT_NUMBER;
    EXPECT_EQ(DigitScript(utf8) != "words", digit) << std::hex << static_cast<uint32_t>(c);
  }
  EXPECT_EQ(DigitScript("\u07C3"), "nko");
}

TEST_F(ExtractorTest, MixedScriptNumberIsReadAndMarkedMixed) {
  auto claims = Extract("العدد 1٣ فقط");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value, "13");
  EXPECT_EQ(claims[0].script, "mixed");
  claims = Extract("١٦۰ حالة");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value, "160");
  EXPECT_EQ(claims[0].script, "mixed");
}

TEST_F(ExtractorTest, ArabicSeparatorsInArabicDigits) {
  EXPECT_EQ(Values("بلغ ١٬٢٣٤٬٥٦٧ دينارا"), V{"1234567"});
  EXPECT_EQ(Values("نسبة ٢٫٥ من"), V{"2.5"});
  EXPECT_EQ(Values("بلغ ٣١,٠٠٠ زائر"), V{"31000"});
}

TEST_F(ExtractorTest, MaghrebiPressConventions) {
  // The Arabic comma between digits reads like ',': decimal unless three digits follow.
  EXPECT_EQ(Values("بنسبة 8،4 بالمائة"), V{"8.4"});
  EXPECT_EQ(Values("بلغ 12،220,13 دينارا"), V{"12220.13"});
  // Agency style writes the fraction first, joined by ر.
  EXPECT_EQ(Values("بنسبة 5ر3 بالمائة"), V{"3.5"});
  EXPECT_EQ(Values("بلغ 67ر5510 نقطة"), V{"5510.67"});
  // "م د" abbreviates million dinars.
  const auto claims = Extract("(23 م د مقابل 7 م د)");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].value, "23000000");
  EXPECT_EQ(claims[0].unit, "TND");
}

TEST_F(ExtractorTest, SpacesThatGroupDigits) {
  EXPECT_EQ(Values("soit 1\u202F250\u202F000 habitants"), V{"1250000"});
  EXPECT_EQ(Values("نحو 1\u00A0500 طالب"), V{"1500"});
  // An ordinary space groups only groups of three after a first group of one to three.
  EXPECT_EQ(Values("بلغ عددهم 412 735 شخصا"), V{"412735"});
  EXPECT_EQ(Values("a budget of 2 750 000 000 dirhams"), V{"2750000000"});
  EXPECT_EQ(Values("في 2019 300 حالة"), (V{"2019", "300"}));
  EXPECT_EQ(Values("scored 12 40 and 7"), (V{"12", "40", "7"}));
  // Digits on either side leave it in doubt: a telephone number, a list.
  EXPECT_EQ(Values("+44 207 946"), (V{"44", "207", "946"}));
  EXPECT_EQ(Values("1 500 000 20"), (V{"1", "500", "0", "20"}));
  EXPECT_EQ(Values("3 400,5 tonnes"), (V{"3", "400.5"}));
  // After a month's name the first group is the day.
  EXPECT_EQ(Values("On June 3 250 people were hurt"), (V{"--06-03", "250"}));
  EXPECT_EQ(Values("في 3 يونيو 250 000 شخص"), (V{"--06-03", "250000"}));
  // In English three digits after a count, a name in capitals after them, are a model's.
  EXPECT_EQ(Values("Boeing delivered 27 737 MAX jets"), V{"27"});
  EXPECT_EQ(Values("The airline ordered 12 787 Dreamliners"), V{"12"});
  EXPECT_EQ(Values("The fund paid 12 500 USD"), V{"12500"});
  EXPECT_EQ(Values("The town has 12 737 residents"), V{"12737"});
}

TEST_F(ExtractorTest, BidiControlsInsideANumberAreSkipped) {
  auto claims = Extract("بلغ 2\u200F.\u200F5.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value, "2.5");
  EXPECT_EQ(claims[0].text, "2\u200F.\u200F5");
  EXPECT_EQ(Values("\u2066١٢\u200E٫٥\u2069"), V{"12.5"});
}

TEST_F(ExtractorTest, CliticsGluedToDigits) {
  EXPECT_EQ(Values("ضحية و14000 مجرم"), V{"14000"});
  EXPECT_EQ(Values("تقدر بـ120 نقطة"), V{"120"});
  EXPECT_EQ(Values("تقدر ب120"), V{"120"});
  EXPECT_EQ(Values("لـ5 سنوات"), V{"5"});
  EXPECT_EQ(Values("عام2022"), V{"2022"});
  const auto claims = Extract("الأعضاء الـ 195.");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value, "195");
  EXPECT_EQ(claims[0].text, "الـ 195");  // the article is kept, tatweel and all
}

TEST_F(ExtractorTest, SpansPointIntoTheOriginalBytes) {
  const std::string text = "قال: أكثر من\u00A0 ٣١٠٠٠ ضحية.";
  const auto claims = Extract(text);
  ASSERT_EQ(claims.size(), 1u);
  // The span runs from the qualifier to the counted noun, in the caller's bytes.
  EXPECT_EQ(text.substr(claims[0].start, claims[0].end - claims[0].start),
            "أكثر من\u00A0 ٣١٠٠٠ ضحية");
  EXPECT_EQ(claims[0].text, "أكثر من\u00A0 ٣١٠٠٠ ضحية");
}

TEST_F(ExtractorTest, Signs) {
  EXPECT_EQ(Values("تراجع -3 نقاط"), V{"-3"});
  EXPECT_EQ(Values("temperature \u22124.5 degrees"), V{"-4.5"});
  EXPECT_EQ(Values("x (+7)"), V{"7"});
  // A hyphen between numbers is not a sign (a falling pair is no range either).
  EXPECT_EQ(Values("score 3-2"), (V{"3", "2"}));
}

TEST_F(ExtractorTest, WordCandidatesAreWholeWords) {
  // "الف" (thousand) starts "الفترة", "ست" (six) starts "ستكون": no candidates there.
  const std::string text = "في الفترة التي ستكون فيها";
  mizan::text::NormalizedText normalized;
  size_t bad = 0;
  ASSERT_TRUE(TestEngine().normalizer().Normalize(text, &normalized, &bad));
  EXPECT_TRUE(TestEngine().scanner().Find(normalized.text(), TestEngine().hyphen_prefixes()).empty());
  // A weekday after a glued "و" is a candidate of its own.
  const auto claims = Extract("أيام الأربعاء والخميس والجمعة");
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[2].weekday, 5u);
}

TEST_F(ExtractorTest, ListMarkersAreNotClaims) {
  EXPECT_TRUE(Extract("7- جامعة تونس\n8- جامعة صفاقس").empty());
  EXPECT_TRUE(Extract("منذ توليه الحكم. 1- أعاد تنظيم الإدارة").empty());  // after a sentence
  // An Arabic word glued to the hyphen; items parted by no-break spaces.
  EXPECT_TRUE(Extract("المتقدم: 1-جامعة بكين\u00A0 2- جامعة تسينغهوا").empty());
  EXPECT_EQ(Values("a 3-day event"), V{"3"});  // English compounds a number with a hyphen
  // Items numbered with an en dash, where the item before or after is numbered so; a dash
  // alone after a number opens an aside.
  EXPECT_TRUE(Extract("الكتب: 1 – مقدمة ابن خلدون 2 – كتاب جيم 3 – رواية").empty());
  EXPECT_EQ(Values("قتل 5 – حسب المصادر – و6 – حسب آخرين"), (V{"5", "6"}));
  // A hyphen left hanging before a range's join or a unit is no list.
  const auto claims = Extract("أعلى بنحو 10- حتى 20- ضعفًا");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].upper->value, "20");
  // Numbered lines, and bracketed items of a list wherever it stands.
  EXPECT_TRUE(Extract("Steps:\n1. Wash your hands\n2) Stay home").empty());
  EXPECT_TRUE(Extract("agencies should be (1) careful; (2) quick; and (3) open").empty());
  EXPECT_TRUE(Extract("وتتضمن: (1) الرصد السريري؛ و(2) رصد الأمراض").empty());
  // Counts in brackets are no list: no first item before them, or no second after it.
  EXPECT_EQ(Values("children (3) and women (4)"), (V{"3", "4"}));
  EXPECT_EQ(Values("one case (1) was reported"), (V{"1", "1"}));
  EXPECT_EQ(Values("He finished 2. Then he left"), V{"2"});
  // A day with a dot before its month, German-style, is no list item.
  const V day = Values("16. November 2016");
  EXPECT_NE(std::find(day.begin(), day.end(), "16"), day.end());
}

TEST_F(ExtractorTest, NamesWithDigitsAreNotClaims) {
  EXPECT_EQ(Values("قمة G7 و G20"), V{});
  EXPECT_EQ(Values("فيروس COVID-19 و H1N1"), V{});
  EXPECT_EQ(Values("the A380 and the B52"), V{});  // glued letters that name no currency
  // Digits alternating with Arabic letters in one token: a strain's name written in Arabic.
  EXPECT_EQ(Values("سلالة إتش5إن6 من الفيروس"), V{});
  EXPECT_EQ(Values("مساحة ب5م2 و14000 شخص"), (V{"5", "14000"}));
  // A word with digits glued after it that is all the quotation: a station, a plane.
  EXPECT_EQ(Values("أورد راديو \"أوروبا1\" وقناة «فرانس2» أن طائرة \"سي919 \""), V{});
  EXPECT_EQ(Values("حجز2839 علبة و\"بلغ 5\""), (V{"2839", "5"}));
  // Capitals glued after the digits name a strain or a standard; a scale or a unit counts.
  EXPECT_EQ(Values("coronavirus 229E and the 5G network"), V{});
  EXPECT_EQ(Values("ran the 10K race, a 30KM walk"), (V{"10000", "30"}));
  // ... nor a fiscal year.
  EXPECT_EQ(Values("FY2023 results beat FY 2022"), (V{"2023", "2022"}));
}

TEST_F(ExtractorTest, PhoneNumbersAreNotClaims) {
  EXPECT_EQ(Values("اتصل على 0096170123456 أو +9647701234567"), V{});
  EXPECT_EQ(Values("call 0501234567 today"), V{});
  EXPECT_EQ(Values("بلغ 01234 شخصا"), V{"1234"});  // a short leading zero is still a number
  // A leading zero and groups of three digits or more a space apart: a number to dial.
  EXPECT_EQ(Values("ring 0845 600 700"), V{});
  EXPECT_EQ(Values("call Crimestoppers on 0800 555 111 quoting log 247"), V{"247"});
  EXPECT_EQ(Values("اتصل على 0161 496 0000"), V{});
  EXPECT_EQ(Values("على الرقم 111 555 0800 مع"), V{});  // reordered right to left
  EXPECT_EQ(Values("a budget of 750 000 000 dirhams"), V{"750000000"});
  EXPECT_EQ(Values("a 015 typo"), V{"15"});
  // Three groups joined by hyphens in a shape no date has.
  EXPECT_EQ(Values("contact police at 859-292-3680."), V{});
  EXPECT_EQ(Values("اتصل على الرقم (0800-555-111)"), V{});
  EXPECT_EQ(Values("وصل في 12-05-2020"), V{"2020-05-12"});
  EXPECT_EQ(Values("on 2020-5-12"), V{"2020-05-12"});
}

TEST_F(ExtractorTest, PercentAndPerMilleCues) {
  struct Case {
    std::string text, value, unit;
  };
  const Case cases[] = {
      {"ارتفع 12.5%", "12.5", "percent"},
      {"ارتفع 12.5 %", "12.5", "percent"},
      {"ارتفع ١٢٫٥٪", "12.5", "percent"},
      {"ارتفع %40", "40", "percent"},
      {"ارتفع ٪٤٠ ", "40", "percent"},
      {"نسبة 3 في المائة", "3", "percent"},
      {"نسبة 3 في المئة", "3", "percent"},
      {"نسبة 3 بالمائة", "3", "percent"},
      {"نسبة 3\u00A0في\u00A0المائة", "3", "percent"},
      {"rose 3 percent", "3", "percent"},
      {"rose 3 per cent", "3", "percent"},
      {"rose 3 Percent", "3", "percent"},
      {"معدل 5‰", "5", "permille"},
      {"معدل 5 ؉", "5", "permille"},
      {"12 per thousand", "12", "permille"},
      {"a rate of 3.5 per 1,000", "3.5", "permille"},
  };
  for (const Case& c : cases) {
    const auto claims = Extract(c.text);
    ASSERT_EQ(claims.size(), 1u) << c.text;
    EXPECT_EQ(claims[0].kind, Kind::kPercent) << c.text;
    EXPECT_EQ(claims[0].value, c.value) << c.text;
    EXPECT_EQ(claims[0].unit, c.unit) << c.text;
  }
  // The span covers the cue.
  EXPECT_EQ(Extract("نسبة 3 في المائة من")[0].text, "3 في المائة");
  EXPECT_EQ(Extract("x %40")[0].text, "%40");
  // A price "per thousand" is money still.
  EXPECT_EQ(Extract("It pays $5 per 1,000 words.")[0].kind, Kind::kMoney);
}

TEST_F(ExtractorTest, PercentCueNeedsAWordBoundary) {
  auto claims = Extract("3 percentages");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].kind, Kind::kNumber);
  // A sign used by the number before it is not shared with the next one.
  claims = Extract("20%50");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].kind, Kind::kPercent);
  EXPECT_EQ(claims[1].kind, Kind::kNumber);
}

TEST_F(ExtractorTest, SeparatorConventionComesFromTheDocument) {
  auto claims = Extract("نسبة 1,4 بالمائة وقيمة 2,803 طن");
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].value, "2.803");
  EXPECT_TRUE(claims[1].separator_guessed);
  claims = Extract("Revenue reached 31,000 dollars");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value, "31000");
  EXPECT_FALSE(claims[0].separator_guessed);
}

TEST_F(ExtractorTest, ExactClaimsStandForAClosedInterval) {
  const auto claims = Extract("68 بلدا");
  ASSERT_EQ(claims.size(), 1u);
  ASSERT_TRUE(claims[0].lower && claims[0].upper);
  EXPECT_EQ(claims[0].lower->value, "68");
  EXPECT_EQ(claims[0].upper->value, "68");
  EXPECT_TRUE(claims[0].lower->inclusive && claims[0].upper->inclusive);
  EXPECT_FALSE(claims[0].approx);
}

TEST_F(ExtractorTest, HugeNumbersAreReportedTooLarge) {
  const auto claims = Extract("x " + std::string(100000, '7') + " y");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims[0].too_large);
  EXPECT_EQ(claims[0].value, "");
  EXPECT_FALSE(claims[0].lower.has_value());
}

TEST_F(ExtractorTest, CountsSentences) {
  const auto claims = Extract("بلغ 5 أشخاص. ثم جاء 6؟ وبعدهم 7\nوأخيرا 8.5");
  ASSERT_EQ(claims.size(), 4u);
  EXPECT_EQ(claims[0].sentence, 0u);
  EXPECT_EQ(claims[1].sentence, 1u);
  EXPECT_EQ(claims[2].sentence, 2u);
  EXPECT_EQ(claims[3].sentence, 3u);
  EXPECT_EQ(claims[3].value, "8.5");
}

TEST_F(ExtractorTest, RefusesInvalidUtf8WithItsOffset) {
  std::vector<Claim> claims;
  const Error error = claims::Extract(TestEngine(), "12 \xE2\x28\xA1", {}, &claims);
  EXPECT_EQ(error.code, ErrorCode::kInvalidUtf8);
  EXPECT_EQ(error.offset, 3u);
  EXPECT_TRUE(claims.empty());
}

TEST_F(ExtractorTest, RefusesInputOverTheLimit) {
  std::vector<Claim> claims;
  ExtractOptions options;
  options.max_input_bytes = 4;
  const Error error = claims::Extract(TestEngine(), "12345", options, &claims);
  EXPECT_EQ(error.code, ErrorCode::kInputTooLarge);
}

TEST_F(ExtractorTest, EmbeddedNulSeparatesNumbers) {
  const auto claims = Extract(std::string("12\0" "34", 5));
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].start, 3u);
}

TEST_F(ExtractorTest, TheSameQuarterOfAYearIsNoFraction) {
  EXPECT_TRUE(Extract("ارتفعت الأرباح مقارنة بالربع المماثل").empty());
  EXPECT_TRUE(Extract("تراجعت المبيعات في الربع نفسه").empty());
  const auto claims = Extract("ارتفعت المبيعات بمقدار الربع");
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].value, "0.25");
}

}  // namespace
}  // namespace mizan::claims
