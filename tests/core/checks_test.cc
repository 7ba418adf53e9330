// Every finding code, firing and holding back, in Arabic and English, on texts written for
// these tests.
#include <algorithm>
#include <string>
#include <vector>

#include "core/checks/compare.h"
#include "core/checks/document_checks.h"
#include "core/checks/facts.h"
#include "core/claims/extractor.h"
#include "gtest/gtest.h"
#include "tests/core/test_engine.h"

namespace mizan::checks {
namespace {

using mizan::test_support::TestEngine;

class ChecksTest : public ::testing::Test {
 protected:
  // The codes of the error and warning findings of `text`.
  static std::vector<std::string> Check(const std::string& text, const Facts* facts = nullptr,
                                        const std::string& published = "",
                                        const std::string& config = "") {
    std::vector<claims::Claim> claims;
    text::NormalizedText normalized;
    EXPECT_TRUE(claims::Extract(TestEngine(), text, {}, &claims, &normalized).ok());
    CheckConfig settings;
    EXPECT_TRUE(settings.Apply(config).ok());
    Reporter reporter(settings);
    bool dateline = false;
    auto date =
        published.empty() ? DatelineOf(claims, text, &dateline) : ParseIsoDate(published);
    CheckDocument({TestEngine(), normalized, claims, date, dateline}, facts, &reporter);
    return Serious(reporter.findings());
  }

  // The codes of the error and warning findings of comparing `source` with `target`, or of
  // every finding, info included, with `all`.
  static std::vector<std::string> Compare(const std::string& source, const std::string& target,
                                          bool all = false) {
    const std::vector<Finding> findings = CompareFindings(source, target);
    if (!all) return Serious(findings);
    std::vector<std::string> codes;
    for (const Finding& f : findings) codes.push_back(f.code);
    return codes;
  }

  static std::vector<Finding> CompareFindings(const std::string& source,
                                              const std::string& target,
                                              const std::string& published = "") {
    std::vector<claims::Claim> a, b;
    text::NormalizedText source_normalized, target_normalized;
    EXPECT_TRUE(claims::Extract(TestEngine(), source, {}, &a, &source_normalized).ok());
    EXPECT_TRUE(claims::Extract(TestEngine(), target, {}, &b, &target_normalized).ok());
    CheckConfig settings;
    Reporter reporter(settings);
    CompareClaims(TestEngine(), {a, source, source_normalized}, {b, target, target_normalized},
                  &reporter, published.empty() ? std::nullopt : ParseIsoDate(published));
    return reporter.findings();
  }

  static std::vector<std::string> Serious(const std::vector<Finding>& findings) {
    std::vector<std::string> codes;
    for (const Finding& f : findings) {
      if (f.severity != Severity::kInfo) codes.push_back(f.code);
    }
    return codes;
  }

  // The codes of every finding of `text` at the severity `config` gives it, info included.
  static std::vector<std::string> CheckAll(const std::string& text, const std::string& config) {
    return Check(text, nullptr, "", config);
  }

};


using Codes = std::vector<std::string>;

// "two weeks" met by "three weeks" is a slip, though "two" alone comes and goes with the
// phrasing; and a fraction in words is as precise as its decimals, so a third is no quarter
// rounded.
TEST_F(ChecksTest, CompareCountsOfAUnitAndFractionsInWords) {
  EXPECT_EQ(Compare("The talks will resume in two weeks.", "ستستأنف المحادثات بعد ثلاثة أسابيع."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("The talks will resume in two weeks.", "ستستأنف المحادثات بعد أسبوعين."),
            Codes{});
  // A range of time converts bound by bound.
  EXPECT_EQ(Compare("Repairs will take 3-4 days.", "ستستغرق الإصلاحات من 3 إلى 4 أسابيع."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("between 1 and 2 weeks", "بين 7 و14 يوما"), Codes{});
  std::vector<claims::Claim> a, b;
  ASSERT_TRUE(claims::Extract(TestEngine(), "a third of the people", {}, &a).ok());
  ASSERT_TRUE(claims::Extract(TestEngine(), "ربع السكان", {}, &b).ok());
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(DescribeDifference(a[0], b[0]), "different value");
}

TEST_F(ChecksTest, CompareAcceptsFaithfulTranslations) {
  EXPECT_EQ(Compare("USD 120 million was recovered", "تم استرداد 120 مليون دولار أمريكي"), Codes{});
  EXPECT_EQ(Compare("it lasted two days", "استمر يومين"), Codes{});
  EXPECT_EQ(Compare("300,000 people", "300 ألف شخص"), Codes{});
  EXPECT_EQ(Compare("one per cent of funds", "واحد في المائة من الأموال"), Codes{});
  // Vague quantities of one order, not even a note: "dozens" (24 or more), "العشرات" (tens).
  EXPECT_EQ(Compare("dozens of people were hurt", "أصيب العشرات من الأشخاص", true), Codes{});
  EXPECT_EQ(Compare("hundreds were hurt", "أصيب العشرات", true), Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("50 percent of voters", "النصف من الناخبين"), Codes{});
  // A share in words cut off rather than rounded: two-thirds as 66%, not as 56%.
  EXPECT_EQ(Compare("Two-thirds of voters backed it", "أيد 66% من الناخبين"), Codes{});
  EXPECT_EQ(Compare("Two-thirds of voters backed it", "أيد 56% من الناخبين"),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("in the 1930s", "في ثلاثينيات القرن العشرين"), Codes{});
  // A century and a time inside it: the same period at another precision.
  EXPECT_EQ(Compare("in the 1930s", "في 1930 من القرن العشرين"), Codes{});
  EXPECT_EQ(Compare("in the early 2000s", "في بداية القرن الحادي والعشرين"), Codes{});
  EXPECT_EQ(Compare("built in the 19th century", "بني في القرن التاسع عشر"), Codes{});
  EXPECT_EQ(Compare("in the 1790s", "في 1790 من القرن العشرين"), Codes{"compare.extra"});
  EXPECT_EQ(Compare("in the 19th century", "في القرن العشرين"), Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("for two weeks", "لمدة أربعة عشر يومًا"), Codes{});
  EXPECT_EQ(Compare("sentenced to three and a half years", "حكم عليه بالسجن 3 سنوات و6 أشهر"),
            Codes{});
  EXPECT_EQ(Compare("the flight took 2 hours and 30 minutes", "استغرقت الرحلة ساعتين ونصف"), Codes{});
  EXPECT_EQ(Compare("the meeting lasted half an hour", "استمر الاجتماع 30 دقيقة"), Codes{});
  EXPECT_EQ(Compare("the vote is on 22 June", "التصويت في 22/6"), Codes{});
  EXPECT_EQ(Compare("a man in his 70s", "رجل في السبعينات من عمره"), Codes{});
  // An age in a decade of life, rendered by the decade or by its first year.
  EXPECT_EQ(Compare("a man in his seventies", "رجل سبعيني"), Codes{});
  EXPECT_EQ(Compare("a man in his 40s", "رجل بسن الأربعين من عمره"), Codes{});
  EXPECT_EQ(Compare("a man in his forties", "رجل في العقد الخامس من عمره"), Codes{});
  EXPECT_EQ(Compare("a man in his 40s", "رجل في الخمسينيات من عمره"),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("a man in his forties", "رجل في العقد الرابع من عمره"),
            Codes{"compare.value_mismatch"});
  // "the 80s", a number from 80 to 89, is the decade its century left unsaid.
  EXPECT_EQ(Compare("the music of the 80s", "موسيقى الثمانينات"), Codes{});
  EXPECT_EQ(Compare("highs in the mid-30s", "درجات حرارة في منتصف الثلاثينات"), Codes{});
  EXPECT_EQ(Compare("with widespread 80s", "مع درجات حرارة تصل إلى 80 درجة"), Codes{});
  EXPECT_EQ(Compare("with widespread 80s", "مع درجات حرارة تصل إلى 84 درجة"), Codes{});
  EXPECT_EQ(Compare("with widespread 80s", "مع درجات حرارة تصل إلى 800 درجة"),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("highs in the mid-30s", "درجات حرارة في منتصف الأربعينات"),
            Codes{"compare.value_mismatch"});
  // Units converted for the reader, rounded as translators round.
  EXPECT_EQ(Compare("the storm is 50 miles away", "العاصفة على بعد 80 كيلومترا"), Codes{});
  EXPECT_EQ(Compare("a search over 200 nautical miles", "بحث على مدى 370 كيلومترا"), Codes{});
  EXPECT_EQ(Compare("winds of 50 m/s", "رياح بسرعة 180 كيلومترا في الساعة"), Codes{});
  EXPECT_EQ(Compare("1,763 kilotonnes of oil", "1763 كيلو طن من النفط"), Codes{});
  EXPECT_EQ(Compare("it was 100 degrees Fahrenheit", "بلغت الحرارة 38 درجة مئوية"), Codes{});
  EXPECT_EQ(Compare("the tower is 1,000 feet tall", "يبلغ ارتفاع البرج 305 أمتار"), Codes{});
  EXPECT_EQ(Compare("it weighs 10 pounds", "يزن 4.5 كيلوغرام"), Codes{});
  EXPECT_EQ(Compare("he was 5 ft 11 in tall", "كان طوله 180 سم"), Codes{});
  // Feet and inches convert exactly: 6 ft 6 in as "6.6 أقدام" is a slip.
  EXPECT_EQ(Compare("a 6-foot-6 junior", "طوله 6.5 أقدام"), Codes{});
  EXPECT_NE(Compare("a 6-foot-6 junior", "طوله 6.6 أقدام"), Codes{});
  // Converted wrong: one claim said in two units, whose values differ.
  EXPECT_EQ(Compare("The race covers 26.2 miles.", "يمتد السباق على مسافة 24.2 كيلومترا."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("It was 100 degrees Fahrenheit.", "بلغت الحرارة 30 درجة مئوية."),
            Codes{"compare.value_mismatch"});
  // A temperature rounded loosely is no slip.
  EXPECT_EQ(Compare("It was 100 degrees Fahrenheit.", "بلغت الحرارة 40 درجة مئوية."), Codes{});
  // A year converted to the Hijri or solar Hijri calendar is the Gregorian year it overlaps.
  EXPECT_EQ(Compare("founded in 2010", "تأسست عام 1431 هـ"), Codes{});
  EXPECT_EQ(Compare("elected in 2011", "انتخب عام 1432 هـ"), Codes{});
  EXPECT_EQ(Compare("in 2023", "در سال ۱۴۰۲ هجری شمسی"), Codes{});
  // Two years that differ are two dates ("a year" in the catalogue's date_mismatch).
  EXPECT_EQ(Compare("founded in 2015", "تأسست عام 1431 هـ"), Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("until the end of 2026", "حتى نهاية عام 2027"),
            Codes{"compare.date_mismatch"});
  // Two Hijri years meet by their own values, though both overlap 2010.
  EXPECT_EQ(Compare("in 1431 AH", "عام 1432 هـ"), Codes{"compare.date_mismatch"});
  // A date converted to the Hijri calendar, or said in both: the same day.
  EXPECT_EQ(Compare("on 18 November 2022", "في 24 ربيع الآخر 1444 هـ"), Codes{});
  EXPECT_EQ(Compare("on 18 November 2022", "في 24 ربيع الآخر 1444 هـ الموافق 18 نوفمبر 2022"),
            Codes{});
  // A day off is the moon's sighting, a note; a week off is wrong.
  EXPECT_EQ(Compare("on 18 November 2022", "في 25 ربيع الآخر 1444 هـ", true),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("on 18 November 2022", "في 25 ربيع الآخر 1444 هـ"), Codes{});
  EXPECT_EQ(Compare("on 18 November 2022", "في 2 جمادى الأولى 1444 هـ"),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("1.5 million residents", "مليونا ونصف المليون نسمة"), Codes{});
  // Reordered clauses are fine: alignment is an assignment, not a word position.
  EXPECT_EQ(Compare("5 men and 12 women came", "جاءت 12 امرأة و5 رجال"), Codes{});
}

// Forms that one side writes and the other spells out, each of which had given a missing and
// an extra warning: a percent sign left out, the Tunisian dinar, a count restated in digits, a
// quarter, the end of a change, a fraction in digits, a law's number.
TEST_F(ChecksTest, CompareAcceptsTheFormsOfOneSideOnly) {
  EXPECT_EQ(Compare("Sales rose 12.8% in the first quarter.",
                    "ارتفعت المبيعات بنسبة 12.8 في الربع الأول."),
            Codes{});
  EXPECT_EQ(Compare("The price fell to 2.61 dinars.", "تراجع السعر إلى 2.61 د."), Codes{});
  EXPECT_EQ(Compare("The army arrested three terrorists.",
                    "ألقى الجيش القبض على ثلاثة (03) إرهابيين."),
            Codes{});
  EXPECT_EQ(Compare("Profits rose in Q3 2023.", "ارتفعت الأرباح في الربع الثالث من 2023."),
            Codes{});
  EXPECT_EQ(Compare("Inflation fell from 7% in June to 2.9% in July.",
                    "تراجع التضخم من 7% في جوان إلى 2.9 في جويلية."),
            Codes{});
  EXPECT_EQ(Compare("Two-thirds of members voted for it.", "صوت 2/3 الأعضاء لصالحه."), Codes{});
  EXPECT_EQ(Compare("It is 5.7 percent.", "وهي 5 فاصل 7 بالمائة."), Codes{});
  EXPECT_EQ(Compare("Law No. 12 of 2020", "القانون رقم 12/2020"), Codes{});
  EXPECT_EQ(Compare("issued on 27 September 2023", "صدر بتاريخ 1445/3/12هـ"), Codes{});
}

// The one period left on each side is one period, whatever unit of time each says it in.
TEST_F(ChecksTest, CompareTheLastPeriodsInTwoUnits) {
  EXPECT_EQ(Compare("He was jailed for 18 months.", "سجن عامين ونصف العام."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("He was jailed for 18 months.", "سجن عاما ونصف العام."), Codes{});
  EXPECT_EQ(Compare("The talks lasted 3 hours.", "استمرت المحادثات 3 أيام."),
            Codes{"compare.unit_mismatch"});
  // Of two claims left at much the same place, the one of the same kind is the counterpart:
  // "doubled" goes with the phrasing, the period was changed.
  EXPECT_EQ(Compare("The population doubled in 30 years, to 12 million.",
                    "تضاعف عدد السكان خلال 20 عاما ليصل إلى 12 مليون نسمة."),
            Codes{"compare.value_mismatch"});
}

// A count of points left on one side and a percentage of its value on the other: one change
// in another unit.
TEST_F(ChecksTest, ComparePointsAgainstAPercentage) {
  const Codes unit = {"compare.unit_mismatch"};
  EXPECT_EQ(Compare("Turnout was 61.3%, down 4 points.", "بلغت المشاركة 61.3%، بتراجع 4%."),
            unit);
  EXPECT_EQ(Compare("Turnout fell 4%.", "تراجعت المشاركة 4 نقاط."), unit);
  EXPECT_EQ(Compare("Turnout was 61.3%, down 4 points.", "بلغت المشاركة 61.3%، بتراجع 4 نقاط."),
            Codes{});
  EXPECT_EQ(Compare("The index fell 40 points, or 2%.", "تراجع المؤشر 40 نقطة أو 2%."), Codes{});
  // Of another value they are two claims.
  EXPECT_EQ(Compare("Turnout fell 4 points.", "تراجعت المشاركة 6%."),
            (Codes{"compare.missing", "compare.extra"}));
}

// The same change turned around: a word of rising on one side, of falling on the other.
TEST_F(ChecksTest, CompareAChangeTurnedAround) {
  const Codes slip = {"compare.value_mismatch"};
  EXPECT_EQ(Compare("Exports rose 7% last year.", "تراجعت الصادرات بنسبة 7% العام الماضي."), slip);
  EXPECT_EQ(Compare("Exports rose 7% last year.", "ارتفعت الصادرات بنسبة 7% العام الماضي."),
            Codes{});
  EXPECT_EQ(Compare("Prices were up 3%.", "تراجعت الأسعار 3%."), slip);
  EXPECT_EQ(Compare("A drop of 4% was recorded.", "سجل ارتفاع بنسبة 4%."), slip);
  EXPECT_EQ(Compare("Sales fell by 5%.", "بانخفاض 5%."), Codes{});
  EXPECT_EQ(Compare("Car sales dropped 12%.", "ارتفعت مبيعات السيارات 12%."), slip);
  EXPECT_EQ(Compare("Shares fell $2 to $40.", "ارتفع السهم دولارين إلى 40 دولارا."), slip);
  EXPECT_EQ(Compare("The index fell 120 points.", "تراجع المؤشر 120 نقطة."), Codes{});
  // The way said after the change in English ("5% higher", "a 12% increase"), and by an Arabic
  // comparative before it ("أقل بنسبة").
  EXPECT_EQ(Compare("Costs were 8% lower than planned.", "جاءت التكاليف أعلى بنسبة 8% من المخطط."),
            slip);
  EXPECT_EQ(Compare("Costs were 8% lower than planned.", "جاءت التكاليف أقل بنسبة 8% من المخطط."),
            Codes{});
  EXPECT_EQ(Compare("The firm reported a 12% increase in sales.", "أعلنت الشركة تراجع مبيعاتها "
                    "بنسبة 12%."),
            slip);
  // No way said on one side: nothing to weigh.
  EXPECT_EQ(Compare("Turnout was 61%.", "تراجعت المشاركة إلى 61%."), Codes{});
}

// Ordinals and fractions in words come and go with the phrasing; the one left on each side
// is the same rank or share, and vague quantities of two orders differ.
TEST_F(ChecksTest, CompareRanksSharesAndVagueOrders) {
  EXPECT_EQ(Compare("the world's fifth-largest oil producer", "رابع أكبر منتج للنفط في العالم"),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("the world's fifth-largest oil producer", "خامس أكبر منتج للنفط في العالم"),
            Codes{});
  EXPECT_EQ(Compare("He won his second title in 2019.", "فاز بلقبه الثالث في عام 2019."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("He finished third in the race.", "حل رابعا في السباق."),
            Codes{"compare.value_mismatch"});
  // Ranks past the first few differ however written: "27th" against "السابعة عشرة".
  EXPECT_EQ(Compare("The 31st edition drew 640 exhibitors.",
                    "استقطبت الدورة الحادية والعشرون 640 عارضا."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("The 31st edition drew 640 exhibitors.",
                    "استقطبت الدورة الحادية والثلاثون 640 عارضا."),
            Codes{});
  // "first" is as often no rank: "the opener" as "أولى نقاط المباراة" beside "fourth minute".
  EXPECT_EQ(Compare("the opener came in the fourth minute", "جاء الهدف الأول بعد دقائق"),
            Codes{});
  EXPECT_EQ(Compare("Three-quarters of the respondents backed it.", "أيده ثلثا المشاركين."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("Two-thirds of the respondents backed it.", "أيده ثلثا المشاركين."), Codes{});
  // Two fractions in words are exact: neither rounds the other.
  EXPECT_EQ(Compare("Rents rose by a fifth.", "ارتفعت الإيجارات بمقدار الربع."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("The festival drew tens of thousands of visitors.",
                    "استقطب المهرجان مئات الآلاف من الزوار."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("The festival drew dozens of visitors.", "استقطب المهرجان عشرات الزوار."),
            Codes{});
  // A definite number word that counts a possessed noun says how many ("its eight games");
  // alone it may refer back.
  EXPECT_EQ(Compare("The club lost its last five games.", "خسر النادي مبارياته السبع الأخيرة."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("The club lost its last five games.", "خسر النادي مبارياته الخمس الأخيرة."),
            Codes{});
  // One unit said without a number is a period ("lasts a week"), which converts.
  EXPECT_EQ(Compare("The festival lasts a week.", "يستمر المهرجان سبعة أيام."), Codes{});
  // One unit in words is weak, paired with none that differs: the other is left over.
  EXPECT_EQ(Compare("The festival lasts a week.", "يستمر المهرجان عشرة أيام."),
            Codes{"compare.extra"});
  // A time back said about so much in digits is as firm as its number.
  EXPECT_EQ(Compare("About 1,500 years ago, the town was a port.",
                    "قبل نحو 500 عام، كانت البلدة ميناء."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("About 1,500 years ago, the town was a port.",
                    "قبل نحو 1500 عام، كانت البلدة ميناء."),
            Codes{});
  EXPECT_EQ(Compare("The town has grown over the past quarter-century.",
                    "نمت البلدة خلال ربع القرن الماضي."),
            Codes{});
  // So does one after the noun it counts, with the article ("the fourteen candidates").
  EXPECT_EQ(Compare("Half of the 40 candidates withdrew.", "انسحب نصف المرشحين الأربعة عشر."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("Half of the 14 candidates withdrew.", "انسحب نصف المرشحين الأربعة عشر."),
            Codes{});
}

TEST_F(ChecksTest, CompareFindsEachKindOfSlip) {
  EXPECT_EQ(Compare("1,127 defections", "1197 حالة فرار"), Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("30,000 pupils", "300 ألف تلميذ"), Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("$5 million in aid", "5 ملايين يورو من المساعدات"), Codes{"compare.unit_mismatch"});
  // Words that name no country, of two families.
  EXPECT_EQ(Compare("It will cost 2.5 billion riyals.", "ستبلغ تكلفته 2.5 مليار درهم."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("It will cost 2.5 billion riyals.", "ستبلغ تكلفته 2.5 مليار ريال."), Codes{});
  EXPECT_EQ(Compare("The fine was 500 dinars.", "بلغت الغرامة 500 دينار كويتي."), Codes{});
  // A named currency against a family of another; a pound and a lira are one.
  EXPECT_EQ(Compare("He earns 4,500 Egyptian pounds a month.", "يتقاضى 4500 ريال شهريا."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("Bread costs 1,000 Lebanese pounds.", "يبلغ سعر الخبز ألف ليرة."), Codes{});
  // A family's word against a currency none of its countries has; its own country's is one.
  EXPECT_EQ(Compare("The fine was 9,000 dirhams.", "بلغت الغرامة 9 آلاف دولار."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("The fine was 9,000 dirhams.", "بلغت الغرامة 9 آلاف درهم مغربي."), Codes{});
  EXPECT_EQ(Compare("The fine was 900 francs.", "بلغت الغرامة 900 فرنك سويسري."), Codes{});
  // "fils" in English is the subunit that "فلس" is.
  EXPECT_EQ(Compare("a dividend of 50 fils a share", "أرباحا بواقع 50 فلسا للسهم"), Codes{});
  EXPECT_EQ(Compare("The bill comes to 85 dinars and 500 fils.", "تبلغ الفاتورة 85 دينارا و500 فلس."),
            Codes{});
  // Units of one dimension: a slip; a looser reading of another dimension is left alone.
  EXPECT_EQ(Compare("a 50-mile road", "طريق طوله 50 كيلومترا"), Codes{"compare.unit_mismatch"});
  // A conversion that misses by more than rounding is no conversion.
  EXPECT_NE(Compare("the storm is 50 miles away", "العاصفة على بعد 60 كيلومترا"), Codes{});
  EXPECT_EQ(Compare("more than 300 km of coast", "أكثر من 300 كيلو من الساحل"), Codes{});
  EXPECT_EQ(Compare("rates rose 50 basis points", "ارتفعت الفائدة 50 نقطة مئوية"),
            Codes{"compare.unit_mismatch"});
  // "nearly" is about so much and below it: "more than" turns it around; "about" does not.
  EXPECT_EQ(Compare("Nearly 70% of voters backed it.", "أيده أكثر من 70% من الناخبين."),
            Codes{"compare.qualifier_mismatch"});
  EXPECT_EQ(Compare("About 70% of voters backed it.", "أيده أكثر من 70% من الناخبين."), Codes{});
  EXPECT_EQ(Compare("Nearly 70% of voters backed it.", "أيده قرابة 70% من الناخبين."), Codes{});
  // The same amount per another unit of time; per the same one in other words.
  EXPECT_EQ(Compare("The mine yields 400 tonnes a day.", "ينتج المنجم 400 طن أسبوعيا."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("The mine yields 400 tonnes a day.", "ينتج المنجم 400 طن في اليوم."),
            Codes{});
  EXPECT_EQ(Compare("Rent is $900 a month.", "يبلغ الإيجار 900 دولار سنويا."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("Rent is $900 a month.", "يبلغ الإيجار 900 دولار."), Codes{});
  EXPECT_EQ(Compare("unemployment rose 2 percentage points", "ارتفعت البطالة 2 في المائة"),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("unemployment rose 2 percentage points", "ارتفعت البطالة نقطتين مئويتين"),
            Codes{});
  EXPECT_EQ(Compare("5 per mille", "5 في المائة"), Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("The tower is 828 metres tall.", "يبلغ ارتفاع البرج 828 قدما."),
            Codes{"compare.unit_mismatch"});
  // A definite number word that counts the noun it follows is a count to compare.
  EXPECT_EQ(Compare("Three of the eleven players were hurt.", "أصيب ثلاثة من اللاعبين الاثني عشر."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("Three of the eleven players were hurt.", "أصيب ثلاثة من اللاعبين الأحد عشر."),
            Codes{});
  EXPECT_EQ(Compare("It was launched a decade ago.", "أطلق قبل عقدين من الزمن."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("It was launched a decade ago.", "أطلق قبل عقد من الزمن."), Codes{});
  // Of two dates near each other, each meets the one of its own day.
  const std::vector<Finding> f = CompareFindings("سيعقد المؤتمر يومي 12 و13 نوفمبر المقبل.",
                                                 "The conference will be held on 12 and 13 "
                                                 "December.");
  ASSERT_EQ(f.size(), 2u);
  for (const Finding& x : f) EXPECT_EQ(x.expected.substr(5), x.found.substr(5)) << x.message;
  // Two months named alone that differ; "May" and "March" are also English words, months
  // after a preposition of time.
  EXPECT_EQ(Compare("Inflation slowed in January.", "تباطأ التضخم في يونيو."),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("Prices rose in May.", "ارتفعت الأسعار في مارس."),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("Prices rose, May said.", "ارتفعت الأسعار في مارس."), Codes{});
  // A duration in another unit: the same time converted, or a slip.
  EXPECT_EQ(Compare("five weeks away", "بقي خمسة أيام"), Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("talks lasted 48 hours", "استمرت المحادثات يومين"), Codes{});
  EXPECT_EQ(Compare("for 90 minutes", "لمدة ساعة ونصف"), Codes{});
  EXPECT_EQ(Compare("in two weeks", "خلال أربعة عشر يوما"), Codes{});
  EXPECT_EQ(Compare("more than 40 boats", "أقل من 40 قاربا"), Codes{"compare.qualifier_mismatch"});
  // A time qualifier and a bound together: "ago" holds the bound "more than".
  EXPECT_EQ(Compare("it closed more than 10 years ago", "أغلق منذ أكثر من 10 سنوات"), Codes{});
  EXPECT_EQ(Compare("it closed more than 10 years ago", "أغلق منذ أقل من 10 سنوات"),
            Codes{"compare.qualifier_mismatch"});
  EXPECT_EQ(Compare("on Thursday the court ruled", "قضت المحكمة يوم الثلاثاء"),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("on 18 November 2022", "في 19 نوفمبر 2022"), Codes{"compare.date_mismatch"});
  // A day and month without the year are a date to compare; with the year on one side only,
  // that side is more precise, no different.
  EXPECT_EQ(Compare("talks began on March 5", "بدأت المحادثات في 5 مايو"),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("in the 5 March issue of 2020", "في عدد 5 مارس 2020"), Codes{});
  EXPECT_EQ(Compare("talks began that March", "بدأت المحادثات في مايو"), Codes{});  // a month alone
  EXPECT_EQ(Compare("12 guys and 8 cups", "الرجال و8 كؤوس"), Codes{"compare.missing"});
  EXPECT_EQ(Compare("the team won", "فاز الفريق بـ 3 أهداف"), Codes{"compare.extra"});
  // A score is no range; a slip that puts its numbers in order makes one of it.
  EXPECT_EQ(Compare("Leeds 41 - 14 Hull", "ليدز 41 - 14 هال"), Codes{});
  EXPECT_EQ(Compare("Leeds 41 - 14 Hull", "ليدز 41 - 41 هال"), Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("Leeds 41 - 14 Hull", "ليدز 41 - 74 هال"), Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("the 1961-64 programme", "البرنامج من 1961 حتى 1964"), Codes{});
  EXPECT_EQ(Compare("the 1961-64 programme", "البرنامج من 1931 حتى 1964"),
            Codes{"compare.date_mismatch"});
}

TEST_F(ChecksTest, DescribesHowValuesDiffer) {
  const auto describe = [](const std::string& a, const std::string& b) {
    std::vector<claims::Claim> x, y;
    claims::Extract(TestEngine(), a, {}, &x);
    claims::Extract(TestEngine(), b, {}, &y);
    return DescribeDifference(x.at(0), y.at(0));
  };
  EXPECT_EQ(describe("1127", "1197"), "digit typo");
  EXPECT_EQ(describe("1273", "1723"), "transposed digits");
  EXPECT_EQ(describe("120 million", "120 billion").rfind("magnitude (x10^3", 0), 0u);
  EXPECT_EQ(describe("12.46", "12.5"), "rounding");
  EXPECT_EQ(describe("12", "57"), "different value");
}

TEST_F(ChecksTest, WeekdayAgainstTheDate) {
  EXPECT_EQ(Check("الجمعة 18 نوفمبر 2022"), Codes{});
  EXPECT_EQ(Check("الاثنين 18 نوفمبر 2022"), Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("on Friday, November 18, 2022"), Codes{});
  EXPECT_EQ(Check("on Monday, November 18, 2022"), Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("الثلاثاء الموافق 13 فبراير 2013"), Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("الأربعاء الموافق 13 فبراير 2013"), Codes{});
  // A date in digits whose day and month fit either place is read day first, and its weekday
  // may be the month-first reading's (American text): 4 March 2020 was a Wednesday.
  EXPECT_EQ(Check("Wednesday 3/4/2020"), Codes{});
  EXPECT_EQ(Check("Thursday 3/4/2020"), Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("Wednesday, 3 April 2020"), Codes{"date.weekday_mismatch"});  // the month named
  // Named before the day, too: 8 March 2025 was a Saturday, whatever day 3 August was.
  EXPECT_EQ(Check("On Sunday, March 8, 2025, marches were held."),
            Codes{"date.weekday_mismatch"});
  // No year: the publication date's, where the day is weeks from it ("الماضي", "المقبل": the
  // one before or after, within half a year); further off the year is in doubt.
  EXPECT_EQ(Check("Voting ends on Monday 20 May.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check("Voting ends on Tuesday 20 May.", nullptr, "2024-06-01"),
            Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("Voting ends on Tuesday 20 May."), Codes{});  // no publication date
  EXPECT_EQ(Check("عقد الاجتماع يوم الخميس 10 أبريل الماضي.", nullptr, "2024-06-01"),
            Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("عقد الاجتماع يوم الأربعاء 10 أبريل الماضي.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check("The meeting took place on Wednesday, March 12.", nullptr, "2024-06-01"),
            Codes{});
}

// An amount rendered in a currency of its peg is the same amount; the same number in that
// currency is a slip.
TEST_F(ChecksTest, CompareMeetsAPeggedCurrency) {
  EXPECT_EQ(Compare("The airport cost $2 billion.", "كلف المطار 7.5 مليار ريال سعودي."), Codes{});
  EXPECT_EQ(Compare("The airport cost $2 billion.", "كلف المطار 2 مليار ريال سعودي."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("The airport cost $2 billion.", "كلف المطار 9 مليارات ريال سعودي."),
            Codes{"compare.value_mismatch"});
}

// A currency read from the places a text names is read on its side only: against the other
// side's word for it, or another place's currency there, it is no slip.
TEST_F(ChecksTest, CompareLeavesACurrencyReadFromPlaces) {
  EXPECT_EQ(Compare("The Dubai developer raised 500 million dirhams.",
                    "جمعت الشركة 500 مليون درهم."),
            Codes{});
  EXPECT_EQ(Compare("The firm raised 500 million dirhams.",
                    "جمعت الشركة المغربية 500 مليون درهم."),
            Codes{});
  // The document checks read it: a pegged currency against its dollars.
  EXPECT_EQ(Check("باعت الشركة في دبي أصولا بقيمة 367 مليون درهم (150 مليون دولار)."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("باعت الشركة في دبي أصولا بقيمة 367 مليون درهم (100 مليون دولار)."), Codes{});
  EXPECT_EQ(Check("باعت الشركة المغربية في دبي أصولا بقيمة 367 مليون درهم (150 مليون دولار)."),
            Codes{});  // Morocco's and the UAE's dirham: unresolved
}

// A share in words and a percentage that differ are one value that differs; about so much on
// either side and within five points, information.
TEST_F(ChecksTest, CompareAShareAgainstAPercentage) {
  EXPECT_EQ(Compare("Half of the budget went to schools.", "ذهب 40% من الميزانية إلى المدارس."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("Half of the budget went to schools.", "ذهب 50% من الميزانية إلى المدارس."),
            Codes{});
  EXPECT_EQ(Compare("About a third of the budget went to schools.",
                    "ذهب نحو 30% من الميزانية إلى المدارس."),
            Codes{});
  EXPECT_EQ(Compare("About a third of the budget went to schools.",
                    "ذهب نحو 30% من الميزانية إلى المدارس.", /*all=*/true),
            Codes{"compare.value_mismatch"});
}

// A ratio or a fraction in words is the share it names, rounded as percentages are written.
TEST_F(ChecksTest, CompareMeetsASharesPercentage) {
  EXPECT_EQ(Compare("One in five adults smokes.", "يدخن 20% من البالغين."), Codes{});
  EXPECT_EQ(Compare("One in five adults smokes.", "واحد من كل خمسة بالغين يدخن."), Codes{});
  EXPECT_EQ(Compare("One in three adults smokes.", "يدخن 33% من البالغين."), Codes{});
  EXPECT_EQ(Compare("A third of adults smoke.", "يدخن 33.3% من البالغين."), Codes{});
  EXPECT_EQ(Compare("Two-thirds of adults smoke.", "يدخن 67% من البالغين."), Codes{});
  EXPECT_NE(Compare("One in five adults smokes.", "يدخن 25% من البالغين."), Codes{});
  EXPECT_NE(Compare("A third of adults smoke.", "يدخن 30% من البالغين."), Codes{});
  EXPECT_EQ(Compare("One in five children", "واحد من كل أربعة أطفال"),
            Codes{"compare.value_mismatch"});
  // A noun in the place of "one" leaves the count in every so many.
  EXPECT_EQ(Compare("One in four students was barred.", "مُنع طالب من كل أربعة."), Codes{});
  EXPECT_NE(Compare("One in four students was barred.", "مُنع طالب من كل خمسة."), Codes{});
}

TEST_F(ChecksTest, CompareReadsADateInDigitsEitherWay) {
  EXPECT_EQ(Compare("The deadline is 3/4/2020.", "الموعد النهائي هو 4 مارس 2020."), Codes{});
  EXPECT_EQ(Compare("The deadline is 3/4/2020.", "الموعد النهائي هو 3 أبريل 2020."), Codes{});
  EXPECT_EQ(Compare("The deadline is 3/4/2020.", "الموعد النهائي هو 5 مارس 2020."),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("The deadline is 2020-03-04.", "الموعد النهائي هو 3 أبريل 2020."),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("The deadline is 13/4/2020.", "الموعد النهائي هو 4 يناير 2020."),
            Codes{"compare.date_mismatch"});
}

TEST_F(ChecksTest, InvalidDates) {
  EXPECT_EQ(Check("في 31 أبريل 2022"), Codes{"date.invalid"});
  EXPECT_EQ(Check("on 29 February 2023"), Codes{"date.invalid"});
  EXPECT_EQ(Check("on 29 February 2024"), Codes{});
  EXPECT_EQ(Check("في 30 أبريل 2022"), Codes{});
  // With no year: a day its month has in no year; 29 February is in one of four.
  EXPECT_EQ(Check("The rules take effect on September 31."), Codes{"date.invalid"});
  EXPECT_EQ(Check("تنتهي المهلة في 30 فبراير."), Codes{"date.invalid"});
  EXPECT_EQ(Check("The leap day, February 29, falls on a Thursday."), Codes{});
  EXPECT_EQ(Check("The rules take effect on September 30."), Codes{});
}

TEST_F(ChecksTest, HijriAndGregorianEquivalents) {
  // Set beside each other with an Arabic comma, they are said to be one day.
  EXPECT_EQ(Check("حل العيد يوم الأحد 30 مارس 2025، أول أيام شهر شوال 1446 هـ."), Codes{});
  EXPECT_EQ(Check("حل العيد يوم الأحد 30 مارس 2025، أول أيام شهر شوال 1445 هـ."),
            Codes{"date.hijri_mismatch"});
  // 1 Ramadan 1443 fell on 2 April 2022 (Umm al-Qura).
  EXPECT_EQ(Check("في 1 رمضان 1443 هـ الموافق 2 أبريل 2022"), Codes{});
  EXPECT_EQ(Check("في 1 رمضان 1443 هـ الموافق 3 أبريل 2022"), Codes{});  // a day is variance
  EXPECT_EQ(Check("في 1 رمضان 1443 هـ الموافق 20 أبريل 2022"), Codes{"date.hijri_mismatch"});
  // 1 Shawwal 1443 fell on 2 May 2022.
  EXPECT_EQ(Check("Eid was on 1 Shawwal 1443 AH (2 May 2022)."), Codes{});
  EXPECT_EQ(Check("Eid was on 1 Shawwal 1443 AH, which corresponded to 2 May 2022."), Codes{});
  EXPECT_EQ(Check("Eid was on 1 Shawwal 1443 AH, which corresponded to 2 June 2022."),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("Eid was on 1 Shawwal 1443 AH (12 May 2022)."), Codes{"date.hijri_mismatch"});
  // "يوافق", "يوم", "corresponding to" say the two are one day, as "الموافق" does.
  EXPECT_EQ(Check("يوافق الأول من رمضان 1445 هـ يوم 20 مارس 2024."),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("الأول من رمضان 1445 هـ يوم 11 مارس 2024."), Codes{});
  EXPECT_EQ(Check("1 Ramadan 1445 AH, corresponding to 20 March 2024"),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("Eid al-Adha, 10 Dhu al-Hijjah 1444 AH, fell on June 18, 2023."),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("Eid al-Adha, 10 Dhu al-Hijjah 1444 AH, fell on June 28, 2023."), Codes{});
  // A weekday before the Hijri date is the Gregorian equivalent's too: 2 April 2022 was a
  // Saturday.
  EXPECT_EQ(Check("السبت 1 رمضان 1443 هـ الموافق 2 أبريل 2022"), Codes{});
  EXPECT_EQ(Check("الجمعة 1 رمضان 1443 هـ الموافق 2 أبريل 2022"),
            Codes{"date.weekday_mismatch"});
  // A weekday with a Hijri date alone: the day in some variant, a day either way by sighting
  // (1 Shawwal 1445 was Wednesday 10 April 2024 by Umm al-Qura).
  EXPECT_EQ(Check("حل عيد الفطر يوم الأربعاء 1 شوال 1445 هـ."), Codes{});
  EXPECT_EQ(Check("حل عيد الفطر يوم الخميس 1 شوال 1445 هـ."), Codes{});
  EXPECT_EQ(Check("حل عيد الفطر يوم السبت 1 شوال 1445 هـ."), Codes{"date.weekday_mismatch"});
  // Alone, a day before or after it in some variant: the month's start depends on the
  // sighting (1 Ramadan 1443 was Saturday 2 April 2022 by Umm al-Qura).
  EXPECT_EQ(Check("الجمعة 1 رمضان 1443 هـ"), Codes{});
  // In digits too, with the marker or by a year of the Hijri centuries; not as a Gregorian date
  // of the fifteenth century (12 Rabi' al-Awwal 1445 was Wednesday 27 September 2023).
  EXPECT_EQ(Check("الأربعاء 1445/3/12هـ"), Codes{});
  EXPECT_EQ(Check("الأحد 1445/3/12هـ"), Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("الأربعاء 1445/3/12هـ الموافق 2023/9/27م"), Codes{});
  EXPECT_EQ(Check("1445/3/12هـ الموافق 2023/10/27م"), Codes{"date.hijri_mismatch"});
}

// A time later counts on from the publication to a year to come; to a year past it counts
// from an event, which may go unnamed.
TEST_F(ChecksTest, RelativeTimeLaterToAYearToCome) {
  EXPECT_EQ(Check("تهدف الخطة إلى الحياد الكربوني في 2050، أي بعد 16 عاما.", nullptr,
                  "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("تهدف الخطة إلى الحياد الكربوني في 2050، أي بعد 26 عاما.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The plant will close in 2030, in 16 years.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("تخرج من الجامعة، وبعد 16 عاما، أي في 2006، أصبح وزيرا.", nullptr,
                  "2024-06-01"),
            Codes{});
}

TEST_F(ChecksTest, RelativeTimeAgainstTheYear) {
  EXPECT_EQ(Check("أطلقت عام 2009 قبل 13 عامًا", nullptr, "2022-11-18"), Codes{});
  EXPECT_EQ(Check("أطلقت عام 2005 قبل 13 عامًا", nullptr, "2022-11-18"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("launched in 2005, 13 years ago", nullptr, "2022-11-18"),
            Codes{"time.relative_mismatch"});
  // A record restated as the year it was last reached.
  EXPECT_EQ(Check("سجل المؤشر أعلى مستوى له منذ 10 أعوام، وهو مستوى لم يبلغه منذ 2009.", nullptr,
                  "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("سجل المؤشر أعلى مستوى له منذ 15 عاما، وهو مستوى لم يبلغه منذ 2009.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The index hit its highest level in 10 years, a level not seen since 2009.",
                  nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  // A bound holds on its side: more than 700 years ago is any year before 1324.
  EXPECT_EQ(Check("بني المسجد عام 1300، أي قبل أكثر من 700 عام.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("بني المسجد عام 1300، أي قبل أكثر من 800 عام.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("It was built in 1300, less than 700 years ago.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("It was built in 1300, about 700 years ago.", nullptr, "2024-06-01"),
            Codes{});
  // "the past decade" is a period: only the year it runs from is held to it.
  EXPECT_EQ(Check("In the past decade, since 2004, it has built 80 schools.", nullptr,
                  "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("In the past decade, in 2016, it built a stadium.", nullptr, "2024-06-01"),
            Codes{});
  // An age at an event against the age the sentence gives its person now.
  EXPECT_EQ(Check("The senator, 81, was 30 when he was first elected in 1973.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The senator, 81, was 40 when he was first elected in 1973.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Smith, 45, said his father was 30 when he left in 1990.", nullptr,
                  "2024-06-01"),
            Codes{});
  // A month of a year names the year too.
  EXPECT_EQ(Check("ضرب الإعصار المدينة قبل 20 عاما، في سبتمبر 2006.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The hurricane struck 20 years ago, in September 2004.", nullptr, "2024-06-01"),
            Codes{});
  // "next year", "العام المقبل" and the year a tie word names.
  EXPECT_EQ(Check("ينمو الاقتصاد بنسبة 3.1% العام المقبل، أي في 2026.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("ينمو الاقتصاد بنسبة 3.1% العام المقبل، أي في 2025.", nullptr, "2024-06-01"),
            Codes{});
  // A period with no cue against the year it is said to run from.
  EXPECT_EQ(Check("The drought has lasted seven years, since 2019.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The drought has lasted five years, since 2019.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("He served seven years, in 2019 and after.", nullptr, "2024-06-01"), Codes{});
  // ... or after it, restated: "since 2010, or for 12 years", "منذ 2010، أو منذ 12 عاما".
  EXPECT_EQ(Check("She has led it since 2010, or for 12 years.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("She has led it since 2010, or for 14 years.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("تقود الشركة منذ 2010، أو منذ 12 عاما.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("He was jailed for 12 years in 2010.", nullptr, "2024-06-01"), Codes{});
  // A date that writes its year names it too; one that took the dateline's does not.
  EXPECT_EQ(Check("وقعت الهجمات في 11 سبتمبر 2001، أي قبل 13 عاما.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The quake struck on March 11, 2011, 13 years ago.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("وقعت الهجمات في 11 سبتمبر، أي قبل 13 عاما.", nullptr, "2024-06-01"),
            Codes{});
  // A period between two events, each with its year.
  EXPECT_EQ(Check("وافتتح المتحف في 1 يوليو 2024، بعد 4 سنوات من بدء أعمال البناء في 2018."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("وافتتح المتحف في 1 يوليو 2024، بعد 6 سنوات من بدء أعمال البناء في 2018."),
            Codes{});
  EXPECT_EQ(Check("Four years after construction began in 2018, the museum opened in 2024."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The museum opened in 2024, six years after construction began in 2018."),
            Codes{});
  EXPECT_EQ(Check("He died in 2020, two years after his wife, who was born in 1950."), Codes{});
  // And the years before the second event.
  EXPECT_EQ(Check("The accord was reached in 2001, 15 years before the 2018 review."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The accord was reached in 2001, 17 years before the 2018 review."), Codes{});
  EXPECT_EQ(Check("أبرم الاتفاق عام 2001، قبل 15 عاما من مراجعة 2018."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("أبرم الاتفاق عام 2001، قبل 17 عاما من مراجعة 2018."), Codes{});
  // A period said before its range of years: after a verb of lasting, or with the range in
  // brackets right after; a change in years is no period.
  EXPECT_EQ(Check("استمرت الحرب عشر سنوات، من 1980 إلى 1988."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The war lasted eight years, from 1980 to 1988."), Codes{});
  EXPECT_EQ(Check("استغرق بناء الجسر عشر سنوات، من 2010 إلى 2016."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("Building the bridge took ten years, from 2010 to 2016."),
            Codes{"time.duration_mismatch"});
  // A verb of spending, its range set off by a comma; not another time of its clause.
  EXPECT_EQ(Check("أمضى المعارض 12 عاما في المنفى، من 1995 إلى 2011."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("She spent 16 years in the senate, from 1995 to 2011."), Codes{});
  EXPECT_EQ(Check("She served 6 years for bribes taken from 1995 to 2011."), Codes{});
  EXPECT_EQ(Check("She served two terms, each of six years, from 1999 to 2011."), Codes{});
  // A period said after the year it ended, at the sentence's end or as a time later.
  EXPECT_EQ(Check("Work on the canal began in 1859 and ended in 1869, after 12 years."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("Work on the canal began in 1859 and ended in 1869, after 10 years."), Codes{});
  EXPECT_EQ(Check("بدأ حفر القناة عام 1859 وانتهى عام 1869 بعد 12 عاما."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("He served 10 years (1980-1988) as mayor."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("Life expectancy rose 5 years from 1980 to 2000."), Codes{});
  // A span of years an occasion marks since what began, as an anniversary.
  EXPECT_EQ(Check("تأسست الجامعة عام 1908، وتحتفل هذا العام بمرور 106 أعوام على تأسيسها.",
                  nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  // "بعد" a span "على" its founding: so many years after it.
  EXPECT_EQ(Check("تخرجت الدفعة الأولى بعد 40 عاما على تأسيس الكلية عام 1975.", nullptr,
                  "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("أنشئت الشركة عام 1970، وبعد 40 عاما على إنشائها أغلقت أبوابها في 2010."),
            Codes{});
  EXPECT_EQ(Check("The club, founded in 1949, marks 75 years since its founding this year.",
                  nullptr, "2024-06-01"),
            Codes{});
  // A range of years, then the period set off by a comma and what lasted it to the end.
  EXPECT_EQ(Check("The report covers the period 2015-2022, twelve years of data."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The report covers the period 2015-2022, eight years of data."), Codes{});
  // Years said to have passed since what began: after the span, or before its word.
  EXPECT_EQ(Check("Fifty years have passed since its founding in 1984.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("Fifty years have passed since its founding in 1974.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("مضى على تأسيس الجمعية 50 عاما، إذ أسست عام 1984.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("مرت على إنشاء السد 60 عاما، فقد افتتح في 1964.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("مضى على الاتفاق 50 عاما، ووقع عام 1984 اتفاق آخر.", nullptr, "2024-06-01"),
            Codes{});
  // Spans of decades and centuries, in years: half a century, a century since ("قرن على").
  EXPECT_EQ(Check("تأسست الجمعية عام 1976، وتحتفل هذا العام بمرور نصف قرن على تأسيسها.",
                  nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("تأسست الجمعية عام 1974، وتحتفل هذا العام بمرور نصف قرن على تأسيسها.",
                  nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("تأسس المتحف عام 1914، ويحتفل هذا العام بمرور قرن على افتتاحه.", nullptr,
                  "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The club marks a quarter of a century since its founding in 1999 this year.",
                  nullptr, "2024-06-01"),
            Codes{});
  // A number of days against the two dates it runs between, or a day more for both ends;
  // never a day fewer.
  EXPECT_EQ(Check("The 15-day ceasefire ran from May 5 to May 17."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The 12-day ceasefire ran from May 5 to May 17."), Codes{});
  EXPECT_EQ(Check("The 13-day ceasefire ran from May 5 to May 17."), Codes{});
  EXPECT_EQ(Check("The 11-day ceasefire ran from May 5 to May 17."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The three-day fair, from Aug. 13 to 17, drew crowds."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The three-day fair, from Aug. 13 to 15, drew crowds."), Codes{});
  // Weeks of seven days.
  EXPECT_EQ(Check("The fair runs three weeks, from March 3 to March 17."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("يستمر المعرض أسبوعين، من 3 إلى 17 مارس."), Codes{});
  EXPECT_EQ(Check("استمرت الهدنة 10 أيام من 5 إلى 17 مايو."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The festival runs from 3 to 9 June, seven days of music."), Codes{});
  EXPECT_EQ(Check("The talks ran 9 days from December 28 to January 3."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The strike lasted 12 days, from May 5, 2019 to May 17.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The ceasefire, agreed on May 5, held for 15 days until May 17."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The ceasefire, agreed on May 5, held for 15 days, until May 17."),
            Codes{"time.duration_mismatch"});  // a comma before "until"
  EXPECT_EQ(Check("The ceasefire, agreed on May 5, held for 12 days, until May 17."), Codes{});
  EXPECT_EQ(Check("Agreed on May 1 and signed on May 5, it held for 12 days until May 17."),
            Codes{});
  // A feast's name is a date of another calendar, no other date of the sentence's.
  EXPECT_EQ(Check("تبدأ إجازة عيد الفطر يوم الثلاثاء 9 أبريل 2024 وتستمر ستة أيام حتى الجمعة 12 "
                  "أبريل."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("تبدأ إجازة عيد الفطر يوم الثلاثاء 9 أبريل 2024 وتستمر أربعة أيام حتى الجمعة 12 "
                  "أبريل."),
            Codes{});
  // Months between two months that name their years, one either way.
  EXPECT_EQ(Check("The blockade lasted 20 months, from October 2021 to March 2023."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The blockade lasted 17 months, from October 2021 to March 2023."), Codes{});
  EXPECT_EQ(Check("استمر الإغلاق 9 أشهر من يناير إلى ديسمبر 2020."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("استمر الإغلاق 11 شهرا من يناير إلى ديسمبر 2020."), Codes{});
  EXPECT_EQ(Check("The blockade lasted about 20 months, from October 2021 to March 2023."),
            Codes{});  // about so many is left
  EXPECT_EQ(Check("Prices fell in January 2023 and rose 8% over the 12 months until March "
                  "2024."),
            Codes{});  // counted back from its end
  // A part of a century ago, a tenth of its years either way.
  EXPECT_EQ(Check("أسست الجمعية قبل ربع قرن، في عام 1989.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("أسست الجمعية قبل ربع قرن، في عام 1999.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check("The dam was built half a century ago, in 1964.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  // A time later, the year it reached right after it, from the one year named before; "after"
  // a period, the same.
  EXPECT_EQ(Check("The treaty, signed in 1994, expired after 20 years, in 2024."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The treaty, signed in 1994, expired after 30 years, in 2024."), Codes{});
  EXPECT_EQ(Check("The bridge, completed in 1932, was closed 80 years later, in 2022."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("افتتح الجسر عام 1932، وبعد 90 عاما، في 2022، أغلق للصيانة."), Codes{});
  EXPECT_EQ(Check("افتتح الجسر عام 1932، وبعد 80 عاما، أي في 2022، أغلق للصيانة."),
            Codes{"time.duration_mismatch"});
  // Decades and centuries later too, at their slack.
  EXPECT_EQ(Check("The castle, built in 1650, was restored two centuries later, in 1920."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The castle, built in 1715, was restored two centuries later, in 1920."),
            Codes{});
  EXPECT_EQ(Check("Founded in 1990, the club won the league a decade later, in 2010."),
            Codes{"time.duration_mismatch"});
  // Opening its sentence, from the one year of the sentence before.
  EXPECT_EQ(Check("The firm was listed in 2008. Sixteen years later, in 2022, it was sold."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The firm was listed in 2008. Fourteen years later, in 2022, it was sold."),
            Codes{});
  EXPECT_EQ(Check("تأسست الجمعية عام 1990. وبعد 15 عاما، أي في عام 2010، نالت صفة المنفعة."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("Founded in 1990, it was listed in 2008. Sixteen years later, in 2022, it was "
                  "sold."),
            Codes{});  // two years before: which one it counts from is not said
  EXPECT_EQ(Check("He bought the house in 2010 and sold it a year later, in 2014."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("Born in 1950, he was elected in 1990 and re-elected six years later, in 1994."),
            Codes{});
  // An anniversary falls its ordinal's years after what it marks began: in a year the
  // sentence names, or about the publication's.
  EXPECT_EQ(Check("The company, founded in 1998, celebrated its 15th anniversary last year.",
                  nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The company, founded in 1998, celebrated its 25th anniversary last year.",
                  nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("احتفلت الشركة بالذكرى الـ20 لتأسيسها عام 1998.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  // Independence, and a year a thing dates back to.
  EXPECT_EQ(Check("يحتفل المغرب بالذكرى 59 لعيد الاستقلال، الذي يعود إلى سنة 1955.", nullptr,
                  "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("يحتفل المغرب بالذكرى 69 لعيد الاستقلال، الذي يعود إلى سنة 1955.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The league, founded in 1930, will mark its 90th anniversary in 2030."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The league, founded in 1930, will mark its 100th anniversary in 2030."),
            Codes{});
  // "بعيده", its feast, with the ordinal after it; "عيد ميلادها" is a birthday.
  EXPECT_EQ(Check("أنشئ المتحف عام 1960 واحتفل بعيده الستين عام 2025."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("أنشئ المتحف عام 1960 واحتفل بعيده الستين عام 2020."), Codes{});
  // A thing's age right after the year it began, counted like a person's from a birth; not
  // where "and" past a comma opens the sentence's own verb, whose subject is another.
  EXPECT_EQ(Check("The choir, founded in 1901, is now 113 years old.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The choir, founded in 1901, is now 123 years old.", nullptr, "2024-06-01"),
            Codes{});
  // A tree's planting is what its age counts from.
  EXPECT_EQ(Check("بلغ عمر الشجرة مئتين وعشرين عاما، إذ زرعت عام 1824.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The tree, planted in 1824, is 200 years old.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("تأسس النادي عام 1924 ويبلغ عمره 90 عاما.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("She joined the choir, founded in 1901, and turned 40 this year.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The choir, founded in 1901 by a priest who is 60 years old, sang.", nullptr,
                  "2024-06-01"),
            Codes{});
  // The founding opening the sentence: its subject is the sentence's own, past a comma too.
  EXPECT_EQ(Check("Founded in 1901, the choir is 113 years old.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Founded in 1901, the choir is 123 years old.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("تأسس النادي عام 1924، ويبلغ عمره اليوم 90 عاما.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Founded in 1901, the choir's director is 60 years old.", nullptr,
                  "2024-06-01"),
            Codes{});
  // An anniversary in one word: a centenary is a 100th.
  EXPECT_EQ(Check("The stadium, opened in 1923, will mark its centenary in 2033."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The stadium, opened in 1923, will mark its centenary in 2023."), Codes{});
  EXPECT_EQ(Check("The town, founded in 1776, held its bicentennial in 1986."),
            Codes{"time.duration_mismatch"});
  // Either of its two codes switched off leaves the other's findings.
  EXPECT_EQ(Check("The league, founded in 1930, will mark its 90th anniversary in 2030.", nullptr,
                  "", "time.relative_mismatch=off"),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The company, founded in 1998, celebrated its 15th anniversary last year.",
                  nullptr, "2024-06-01", "time.duration_mismatch=off"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The company, founded in 1998, celebrated its 15th anniversary last year.",
                  nullptr, "2024-06-01", "time.relative_mismatch=off"),
            Codes{});
  EXPECT_EQ(Check("On its 25th anniversary, the firm, which lost $2 million in 2009, opened a "
                  "new plant.",
                  nullptr, "2024-06-01"),
            Codes{});
  // How often, not how long: "every four years".
  EXPECT_EQ(Check("The cup, held every four years since 1930, returns in 2026.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("تقام البطولة كل أربع سنوات منذ عام 1930.", nullptr, "2024-06-01"), Codes{});
  // "last year" sits beside the years it is compared with.
  EXPECT_EQ(Check("ارتفعت الصادرات العام الماضي مقارنة بعام 2019", nullptr, "2022-11-18"),
            Codes{});
  EXPECT_EQ(Check("exports rose last year from their 2015 level", nullptr, "2022-11-18"), Codes{});
  // A year right after "last year" names it: the year before publication.
  EXPECT_EQ(Check("last year, in 2021, sales rose", nullptr, "2022-11-18"), Codes{});
  EXPECT_EQ(Check("last year, in 2020, sales rose", nullptr, "2022-11-18"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات في العام الماضي 2019 بنسبة 5%", nullptr, "2022-11-18"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات العام الماضي، 2019 كان أسوأ", nullptr, "2022-11-18"), Codes{});
  // So after "next year": the year after publication; "a year later" counts from another time.
  EXPECT_EQ(Check("next year, in 2023, the law takes effect", nullptr, "2022-11-18"), Codes{});
  EXPECT_EQ(Check("next year, in 2024, the law takes effect", nullptr, "2022-11-18"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("تبدأ الخطة العام المقبل (2024)", nullptr, "2022-11-18"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("He left in 2010 and a year later, in 2011, returned.", nullptr, "2022-11-18"),
            Codes{});
  // English "later" counts from an event, never from now, a year to come too; Arabic "بعد"
  // before a year to come counts from now.
  EXPECT_EQ(Check("The project is due to finish in 2027, six years later.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("سينتهي المشروع في 2030، أي بعد 10 أعوام.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  // Without a publication date there is nothing to check against.
  EXPECT_EQ(Check("أطلقت عام 2005 قبل 13 عامًا"), Codes{});
  // The year must name the same time: nothing but marks or "in" between them.
  EXPECT_EQ(Check("تأسست قبل 13 عاما، أي في عام 2005", nullptr, "2022-11-18"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("Founded 13 years ago, the firm went public in 2020.", nullptr, "2022-11-18"),
            Codes{});
  EXPECT_EQ(Check("تأسست الشركة قبل 13 عاما، وطرحت أسهمها عام 2020", nullptr, "2022-11-18"),
            Codes{});
  // Counted back from another year of the sentence, not from the dateline: no finding.
  for (const char* text : {"In 2015 sales reached 3 million, up from 2.5 million two years "
                           "earlier, in 2013.",
                           "وفي 2015 بلغت المبيعات 3 ملايين، مقابل 2.5 مليون قبل عامين، أي في "
                           "2013."}) {
    EXPECT_EQ(Check(text, nullptr, "2023-05-01"), Codes{}) << text;
  }
  // A Hijri or a solar Hijri year counts in another calendar: no Gregorian arithmetic on it.
  EXPECT_EQ(Check("تأسست قبل 13 عاما، أي في عام 1431 هـ", nullptr, "2023-05-01"), Codes{});
  EXPECT_EQ(Check("وُلد عام 1380 هـ، ويبلغ من العمر 60 عاما", nullptr, "2023-05-01"), Codes{});
  EXPECT_EQ(Check("در سال ۱۳۸۰ هجری شمسی متولد شد و ۴۲ سال دارد", nullptr, "2023-05-01"),
            Codes{});
  // Decades back, two decades a little loosely; "the past decade" is a period, no point.
  EXPECT_EQ(Check("A decade ago, in 2012, it was a village.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("A decade ago, in 2014, it was a village.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check("قبل عقدين، أي في 2003، كانت قرية.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check("قبل عقدين، أي في 2010، كانت قرية.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("Over the past decade, in 2019 alone, 300 firms closed.", nullptr,
                  "2024-06-01"),
            Codes{});
  // "وتحديدا في", "specifically in" tie the year to the time before it.
  EXPECT_EQ(Check("منذ 10 سنوات، وتحديدا في عام 2016، أطلق البرنامج.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
}

TEST_F(ChecksTest, DurationOfARangeOfYears) {
  EXPECT_EQ(Check("from 2015 to 2020, a period of five years"), Codes{});
  EXPECT_EQ(Check("from 2015 to 2020, a period of six years"), Codes{});  // inclusive count
  EXPECT_EQ(Check("from 2015 to 2020, a period of nine years"), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("بين 2015 و2020، لمدة تسع سنوات"), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("في الفترة من 2015 إلى 2020، أي على مدى 8 سنوات"), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("في الفترة من 2015 إلى 2020، أي على مدى 5 سنوات"), Codes{});
  // Right after the range: "within" it after "أي", or in brackets.
  EXPECT_EQ(Check("من 2010 إلى 2015، أي خلال خمس سنوات"), Codes{});
  EXPECT_EQ(Check("من 2010 إلى 2015، أي خلال ثلاث سنوات"), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("from 2010 to 2015 (three years)"), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("from 2010 to 2015, a span of three years"), Codes{"time.duration_mismatch"});
  // Another time: within three years of something else, or a sentence of three years.
  EXPECT_EQ(Check("from 2010 to 2015, within three years of the war"), Codes{});
  EXPECT_EQ(Check("من 2010 إلى 2015، خلال ثلاث سنوات من ذلك"), Codes{});
  EXPECT_EQ(Check("وفي الفترة من 2010 إلى 2015 سجن 3 سنوات"), Codes{});
  // Restated after it: "أي", "or".
  EXPECT_EQ(Check("استمرت الحرب من 1975 إلى 1990، أي 12 عاما"), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("استمرت الحرب من 1975 إلى 1990، أي 15 عاما"), Codes{});
  EXPECT_EQ(Check("The war lasted from 1975 to 1990, or 12 years."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The war lasted from 1975 to 1990, or 15 years."), Codes{});
  // Set off by a comma alone at the end of the sentence.
  EXPECT_EQ(Check("He ran the company from 2001 until 2019, nearly 25 years."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("He was mayor from 1998 to 2002, four years."), Codes{});
  EXPECT_EQ(Check("The war lasted from 1939 to 1945, 60 million dead."), Codes{});
  // About so many years: a tenth of them more either way.
  EXPECT_EQ(Check("عاش في المنفى من 1970 إلى 1995، أي نحو 30 عاما"),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("He lived in exile from 1970 to 1997, or nearly 30 years."), Codes{});
  EXPECT_EQ(Check("He lived in exile from 1995 to 2004, a period of about 10 years."), Codes{});
  // Decades and centuries, said of a span a fifth of a decade, a tenth of a century, either way.
  EXPECT_EQ(Check("من 1995 إلى 2015، أي على مدى عقدين"), Codes{});
  EXPECT_EQ(Check("من 2003 إلى 2015، أي على مدى عقد"), Codes{});
  EXPECT_EQ(Check("من 1995 إلى 2015، أي على مدى ثلاثة عقود"), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("from 1965 to 2015, a period of a century"), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("from 1915 to 2015, a period of a century"), Codes{});
}

// A period between the year it began and the year it ended, said with both.
TEST_F(ChecksTest, DurationBetweenTwoYears) {
  EXPECT_EQ(Check("تولى الحكم عام 1981 واستمر فيه 20 عاما حتى تنحيه عام 2011."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("تولى الحكم عام 1981 واستمر فيه 30 عاما حتى تنحيه عام 2011."), Codes{});
  EXPECT_EQ(Check("The war, which began in 1975, lasted 25 years until 1990."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The war, which began in 1975, lasted 25 years, until 1990."),  // a comma
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("اندلعت الحرب عام 1975 واستمرت 15 عاما، حتى عام 1990."), Codes{});
  EXPECT_EQ(Check("بدأت الحرب الأهلية عام 1975 وانتهت عام 1990 بعد 25 عاما من القتال."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The civil war began in 1975 and ended in 1990, after 15 years of fighting."),
            Codes{});
  // A work to come, what it will take and the year it is to finish.
  EXPECT_EQ(Check("Construction began in 2021 and is expected to take four years, finishing in "
                  "2027."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("Construction began in 2021 and is expected to take four years, finishing in "
                  "2025."),
            Codes{});
  EXPECT_EQ(Check("بدأ البناء عام 2021 ويستغرق أربع سنوات، على أن ينتهي عام 2027."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("بدأ البناء عام 2021 ويستغرق أربع سنوات، على أن ينتهي عام 2025."), Codes{});
  // Counted from another start: a birth, an event a verb of beginning does not name, a
  // period that "for" leaves apart from the year before it.
  EXPECT_EQ(Check("Born in 1950, he lasted 30 years in the job until 2015."), Codes{});
  EXPECT_EQ(Check("He joined in 1975 and won the title in 1990 after 3 years of training."),
            Codes{});
  EXPECT_EQ(Check("Founded in 1990, the firm was run by Smith for 20 years until 2015."),
            Codes{});
}

TEST_F(ChecksTest, AgeAgainstTheBirthYear) {
  EXPECT_EQ(Check("ولد عام 1980، ويبلغ من العمر 42 عاما", nullptr, "2022-11-18"), Codes{});
  EXPECT_EQ(Check("ولد عام 1980، ويبلغ من العمر 50 عاما", nullptr, "2022-11-18"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1975, she is 47 years old.", nullptr, "2022-11-18"), Codes{});
  EXPECT_EQ(Check("The 60-year-old, born in 1975, left.", nullptr, "2022-11-18"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1975, she is 57 years old.", nullptr, "2022-11-18"),
            Codes{"time.age_mismatch"});
  // Born on a day written out: one age on the publication's day, a year either way.
  const auto on_june_1 = [](const std::string& text) {
    return Check(text, nullptr, "2024-06-01");
  };
  EXPECT_EQ(on_june_1("ولد اللاعب في 12 أغسطس 1996، ويبلغ من العمر 29 عاما."),
            Codes{"time.age_mismatch"});  // 27 until August
  EXPECT_EQ(on_june_1("ولد اللاعب في 12 أغسطس 1996، ويبلغ من العمر 27 عاما."), Codes{});
  EXPECT_EQ(on_june_1("ولد اللاعب عام 1996، ويبلغ من العمر 29 عاما."), Codes{});  // a year's
  EXPECT_EQ(on_june_1("She was born on March 12, 1996, and is 28."), Codes{});
  EXPECT_EQ(on_june_1("She was born on March 12, 1996, and is 26."), Codes{"time.age_mismatch"});
  // A bare number as an age: after "aged", or between commas after a name.
  EXPECT_EQ(Check("Smith, aged 45, was born in 1990.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Smith, 45, was born in 1990.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Smith, 34, was born in 1990.", nullptr, "2024-06-01"), Codes{});
  // "turns", "turned": an age.
  EXPECT_EQ(Check("The singer, who turns 50 this year, was born in 1984.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The singer, who turns 40 this year, was born in 1984.", nullptr, "2024-06-01"),
            Codes{});
  // A person named by what they are, after "the".
  EXPECT_EQ(Check("The mayor, 45, who was born in 1969, spoke.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The mayor, 55, who was born in 1969, spoke.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The chief executive, 58, who was born in 1961, spoke.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("In 1990, 45 people were born there.", nullptr, "2024-06-01"), Codes{});
  // Arabic puts the verb first, the one born after it, then the year.
  EXPECT_EQ(Check("ولد الرئيس الراحل في عام 1950 ويبلغ 80 عاما", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد الرئيس عام 1950 ويبلغ 74 عاما", nullptr, "2024-06-01"), Codes{});
  // After "is" a bare number in a sentence with the birth is an age; another person named
  // before the birth makes it theirs.
  EXPECT_EQ(Check("The striker, who was born in 1990, is 25.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The striker, who was born in 1990, is 34.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check("Smith, whose son was born in 1990, is 60.", nullptr, "2024-06-01"), Codes{});
  // Another person between them: two people's age and birth.
  EXPECT_EQ(Check("Smith, 45, whose father was born in 1950, spoke.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("قال أحمد البالغ من العمر 45 عاما إن والده من مواليد 1950", nullptr,
                  "2024-06-01"),
            Codes{});
}

// An age at death is counted to the year of the death that its sentence gives, with or
// without a publication date; an age at another event ("عن عمر" after a prize) to the year
// right beside it, or not at all.
TEST_F(ChecksTest, AgeAtDeath) {
  EXPECT_EQ(Check("ولد الكاتب عام 1950 وتوفي عام 2020 عن عمر يناهز 75 عاما"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد الكاتب عام 1950 وتوفي عام 2020 عن عمر يناهز 70 عاما"), Codes{});
  EXPECT_EQ(Check("ولد عام 1950 وتوفي عام 2020 عن عمر 67 عاما", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The author, born in 1950, died in 2020 aged 75."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The author, born in 1950, died in 2020 at the age of 69."), Codes{});
  EXPECT_EQ(Check("ولد عام 1950 وفاز بالجائزة عام 1990 عن عمر 40 عاما", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("Born in 1950, she won in 1990 at the age of 40.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("ولد عام 1950 وفاز بالجائزة عام 1990 عن عمر 45 عاما"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1971, she won her first title in 2003 at the age of 29."),
            Codes{"time.age_mismatch"});
  // "aged" right after the year and a comma: the age at that year's event, not now.
  EXPECT_EQ(Check("Born in 1958, he won his first race in 1981, aged 23, and retired in 1999.",
                  nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("Born in 1958, he won his first race in 1981, aged 28, and retired in 1999.",
                  nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولدت عام 1980 وفازت بالبطولة في سن 31 عاما عام 2011", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("ولدت عام 1980 وفازت بالبطولة في سن 25 عاما عام 2011"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1980, she won the cup at age 25 in 2011."), Codes{"time.age_mismatch"});
  // "died at 74 in 2019", "died in 2019 at 74"; not an address after "at".
  EXPECT_EQ(Check("The painter, born in 1931, died at 88 in 2019."), Codes{});
  EXPECT_EQ(Check("The painter, born in 1931, died at 78 in 2019."), Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The painter, born in 1931, died in 2019 at 78."), Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The painter, born in 1931, died in 2019 at 88."), Codes{});
  // A comma right after the age, before the year that ends the clause.
  EXPECT_EQ(Check("Born in 1962, the director made his first film at 37, in 1989."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1962, the director made his first film at 27, in 1989."), Codes{});
  EXPECT_EQ(Check("Born in 1990, she moved in 2019 at 35 Elm Road."), Codes{});
  EXPECT_EQ(Check("A man born in 1980 died at 35 Elm Road in 2019."), Codes{});
  // One comma may stand between the event's year and the age at it; none between the age and
  // a year after it.
  EXPECT_EQ(Check("Born in 1937, he was elected in 1972, at 45."), Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("مات الشاعر عام 2020 عن 70 عاما، وكان قد ولد عام 1940."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("مات الشاعر عام 2020 عن 80 عاما، وكان قد ولد عام 1940."), Codes{});
  EXPECT_EQ(Check("Born in 1937, he was elected in 1972, at 35."), Codes{});
  EXPECT_EQ(Check("ولد عام 1950، وفاز بالجائزة عام 1990، عن عمر 45 عاما."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1950, he retired at 45, in 2010 he moved."), Codes{});
  // The nearest year is the event's: "moved in 1962 and retired at 65 in 2015" is 65 in 2015.
  EXPECT_EQ(Check("Born in 1950, he was 12 when his family moved in 1962 and retired at 65 in "
                  "2015."),
            Codes{});
  EXPECT_EQ(Check("Born in 1950, he was 12 when his family moved in 1962 and retired at 60 in "
                  "2015."),
            Codes{"time.age_mismatch"});
  // "was" an age at the event whose clause "when" opens, counted to that clause's year.
  EXPECT_EQ(Check("Born in 1971, she was 29 when she won her first title in 2003.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1971, she was 32 when she won her first title in 2003.", nullptr,
                  "2024-06-01"),
            Codes{});
  // Past the words that make the number an age: "years old when", "من عمره عندما".
  EXPECT_EQ(Check("Born in 1968, she was 52 years old when she became mayor in 2010.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1968, she was 42 years old when she became mayor in 2010.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("كانت في الخمسين من عمرها حين انتخبت رئيسة للبلدية عام 2010، وهي المولودة "
                  "عام 1968."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("كانت في الثانية والأربعين من عمرها حين انتخبت رئيسة للبلدية عام 2010، وهي "
                  "المولودة عام 1968."),
            Codes{});
  EXPECT_EQ(Check("ولدت عام 1968، وكانت تبلغ 52 عاما من العمر عندما انتخبت عام 2010."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1971, he was 29 when he ran at the 1996 Olympics.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1971, he was 25 when he ran at the 1996 Olympics.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("Born in 1990, he was 5 when his family moved.", nullptr, "2024-06-01"),
            Codes{});
  // "كان عمره", "كان يبلغ": an age in the past, at the event of its clause, not now.
  EXPECT_EQ(Check("ولد عام 1971، وكان عمره 29 عاما عندما فاز بلقبه الأول.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("ولد عام 1971، وكان عمره 35 عاما عندما فاز بلقبه الأول عام 2000."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1971, she won her first title at the age of 29.", nullptr,
                  "2024-06-01"),
            Codes{});
  // A bare "عن" before the age: only a death's year beside it dates it ("عن" is also "about").
  EXPECT_EQ(Check("وولد الشاعر عام 1924 في دمشق، وتوفي فيها عام 1998 عن 64 عاما."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("وولد الشاعر عام 1924 في دمشق، وتوفي فيها عام 1998 عن 74 عاما."), Codes{});
  EXPECT_EQ(Check("ولد عام 1950 وتحدث في 2020 عن 50 عاما من النضال.", nullptr, "2024-06-01"),
            Codes{});
  // The verb of death 60 bytes before the birth falls inside a letter here: read past it.
  EXPECT_EQ(Check("توفي الفنان عن عمر ناهز 90 عاما، وكان قد ولد عام 1940 وتوفي عام 2022."),
            Codes{"time.age_mismatch"});
  // The year after the age, in a sentence that a verb of death opens before the birth.
  EXPECT_EQ(Check("توفي الشاعر المولود عام 1941 عن عمر يناهز 79 عاما في عام 2015."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("توفي الشاعر المولود عام 1941 عن عمر يناهز 74 عاما في عام 2015."), Codes{});
  // An age in brackets after a name, against a birth after it; not a period in brackets.
  EXPECT_EQ(Check("وقال الوزير (60 عاما) المولود في 1958 إنه سيتقاعد.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("وقال الوزير (66 عاما) المولود في 1958 إنه سيتقاعد.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("ولد عام 1958 وأمضى في المنفى فترة طويلة (20 عاما).", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("ولد عام 1958 وحكم عليه بالسجن (15 عاما).", nullptr, "2024-06-01"), Codes{});
  // Only a birth right after the brackets is theirs: not another person's named between.
  EXPECT_EQ(Check("التقى الوزير (60 عاما) نظيره المولود في 1970.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("وأكد خالد (35 عاما)، وهو من مواليد 1980، أنه سيعود.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  // A death on a day named from the publication ("أمس", "today") or by its weekday alone is in
  // the publication's year; with no publication date, or no such day, the age is not checked.
  EXPECT_EQ(Check("ولد المخرج عام 1950، وتوفي أمس عن عمر يناهز 66 عاما.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد المخرج عام 1950، وتوفي أمس عن عمر يناهز 74 عاما.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("ولد المخرج عام 1950، وتوفي أمس عن عمر يناهز 66 عاما."), Codes{});
  EXPECT_EQ(Check("The actor, born in 1940, died on Friday at the age of 77.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The actor, born in 1940, died on Friday at the age of 84.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The actor, born in 1940, died at the age of 77.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("توفي المخرج المولود عام 1950 أمس عن عمر ناهز 66 عاما.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});  // the verb of death before the birth
  // "عمر" and the one word naming whose age it is.
  EXPECT_EQ(Check("يبلغ عمر الشيخ 72 عاما، إذ ولد عام 1955.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("يبلغ عمر الشيخ 69 عاما، إذ ولد عام 1955.", nullptr, "2024-06-01"), Codes{});
  // A birth date that writes its year is a birth year.
  EXPECT_EQ(Check("The singer, born on March 12, 1960, is now 70.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد اللاعب في 12 مارس 1995، وانضم إلى النادي عام 2017 وهو في الثانية "
                  "والعشرين من عمره."),
            Codes{});
  // An age said as an ordinal, "in his twenty-fifth", against the year of the event beside it
  // only.
  EXPECT_EQ(Check("ولد عام 1975، وهاجر عام 1998 حين كان في الخامسة والعشرين من عمره."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد عام 1975، وهاجر عام 1998 حين كان في الثالثة والعشرين من عمره."),
            Codes{});
  // "الآن" places it at the publication (AnOrdinalAgeNow).
  EXPECT_EQ(Check("ولد عام 1975 وهو الآن في الخامسة والعشرين من عمره.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
}

TEST_F(ChecksTest, PartOfAWholeAndItsPercentage) {
  // Parts after their whole, each with its share restated after "or".
  EXPECT_EQ(Check("Of the 2,400 jobs cut, 1,800, or 70%, were in manufacturing."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 2,400 jobs cut, 1,800, or 75%, were in manufacturing."), Codes{});
  // A share restated as "a rate of" after what the part did.
  EXPECT_EQ(Check("Of the 900 applicants, 300 were admitted, a rate of 30%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 900 applicants, 300 were admitted, a rate of 33%."), Codes{});
  // ... or with a word of how much it is ("a record", "just").
  EXPECT_EQ(Check("Of the 650 MPs elected, 263 are women, a record 45%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 650 MPs elected, 263 are women, a record 40%."), Codes{});
  // "من مجموع", "من إجمالي" (out of a total of) tie a part to its whole as "من أصل" does; not
  // the last of a list in brackets before them, nor a share after another count.
  EXPECT_EQ(Check("نجح 386 من مجموع 830 مترشحا أي بنسبة 53.39 بالمائة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("نجح 386 من مجموع 830 مترشحا أي بنسبة 46.51 بالمائة."), Codes{});
  EXPECT_EQ(Check("ترشح 900 (600 من العمومي و1 فردي) من مجموع 3000 مسجل، أي 30%."),
            Codes{});
  EXPECT_EQ(Check("سجل 40 من إجمالي 3000 مترشح، وأسعف منهم 270 أي بنسبة 9%."), Codes{});
  EXPECT_EQ(Check("من بين 900 متقدم، قبل 300، بنسبة 30%."), Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("من بين 900 متقدم، قبل 300، بنسبة 33%."), Codes{});
  EXPECT_EQ(Check("تقدم 900 طالب للمنحة، قبل منهم 300، بنسبة 30%."),
            Codes{"arith.percent_mismatch"});
  // Zeros at the end of a count are rounding to two significant digits: 1,100 of 2,000 is
  // no 45 %, but 1,100 of 2,000 may be 54 % (of 2,040); a rough count is left.
  EXPECT_EQ(Check("Of the 2,000 respondents, 1,100 (45%) said they would vote."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 2,000 respondents, 1,100 (55%) said they would vote."), Codes{});
  EXPECT_EQ(Check("Of the 2,000 respondents, 1,100 (54%) said they would vote."), Codes{});
  EXPECT_EQ(Check("Of the nearly 2,000 respondents, 1,100 (45%) said they would vote."),
            Codes{});
  // Counts of digits under a thousand are exact: 7 of 11 is no 70 %.
  EXPECT_EQ(Check("وحصل الفيلم على 7 جوائز من أصل 11 ترشيحا، أي بنسبة 70%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("وحصل الفيلم على 7 جوائز من أصل 11 ترشيحا، أي بنسبة 64%."), Codes{});
  // The share said first, a colon before the part and its whole.
  EXPECT_EQ(Check("Turnout was 61%: 3.4 million of the 6.1 million voters cast ballots."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Turnout was 56%: 3.4 million of the 6.1 million voters cast ballots."),
            Codes{});
  // A part restated as its share of a whole counted before it in the sentence, named by its
  // noun or, for a firm's people, by a word for all of them; none past a time of the whole's.
  EXPECT_EQ(Check("The company, which has 12,000 employees, plans to cut 1,200 jobs, or 12% of "
                  "its workforce."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The company, which has 12,000 employees, plans to cut 1,200 jobs, or 10% of "
                  "its workforce."),
            Codes{});
  EXPECT_EQ(Check("تضم الشركة 12 ألف موظف، وتعتزم إلغاء 1200 وظيفة، أي 12% من موظفيها."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The company, which has 12,000 employees in 40 countries, plans to cut 1,200 "
                  "jobs, or 12% of its workforce."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The firm had 12,000 employees in 2019 and now cuts 900 jobs, or 10% of its "
                  "workforce."),
            Codes{});
  EXPECT_EQ(Check("The city has 12,000 employees and cut 1,200 jobs, or 12% of its budget."),
            Codes{});
  // A capacity, how full it was and what filled it.
  EXPECT_EQ(Check("The stadium, which holds 60,000, was 85% full, with 57,000 spectators."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The stadium, which holds 60,000, was 95% full, with 57,000 spectators."),
            Codes{});
  EXPECT_EQ(Check("يتسع الملعب لـ60 ألف متفرج، وامتلأ بنسبة 85% بحضور 57 ألف متفرج."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The arena, which holds 20,000, was 90% full for 12 of its 15 games."),
            Codes{});
  EXPECT_EQ(Check("The arena, which holds 20,000, was 90% full across 40 games."), Codes{});
  // A capacity named by "سعة", what filled it said about so much.
  EXPECT_EQ(Check("تبلغ سعة البحيرة 3.2 مليار متر مكعب، وهي ممتلئة بنسبة 60%، أي نحو 2.4 مليار "
                  "متر مكعب."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تبلغ سعة البحيرة 3.2 مليار متر مكعب، وهي ممتلئة بنسبة 60%، أي نحو 1.9 مليار "
                  "متر مكعب."),
            Codes{});
  EXPECT_EQ(Check("The lake can hold 5 billion cubic metres and is 40% full, or about 3 billion "
                  "cubic metres."),
            Codes{"arith.percent_mismatch"});
  // What fills a capacity "of" the capacity, the words of what it is between.
  EXPECT_EQ(Check("بلغت نسبة الامتلاء في السدود 45 بالمائة، أي 820 مليون متر مكعب من طاقة "
                  "استيعاب تبلغ 2.34 مليار متر مكعب."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغت نسبة الامتلاء في السدود 35 بالمائة، أي 820 مليون متر مكعب من طاقة "
                  "استيعاب تبلغ 2.34 مليار متر مكعب."),
            Codes{});
  EXPECT_EQ(Check("The reservoirs hold 820 million cubic metres of a capacity of 2.34 billion, "
                  "or 45%."),
            Codes{"arith.percent_mismatch"});
  // The noun of another count before the whole names no subject of it.
  EXPECT_EQ(Check("The school has 1,200 pupils and 80 teachers; 30 of them, or 2.5% of its "
                  "pupils, won prizes."),
            Codes{});
  // ... or before a few words of what its level was, a year in them.
  EXPECT_EQ(Check("Turnout was 57.3%, the highest since 1992, with 31.2 million ballots cast "
                  "out of 46.4 million registered voters."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغت نسبة المشاركة 67.3%، وهي الأعلى منذ 1992، إذ أدلى 31.2 مليون ناخب "
                  "بأصواتهم من أصل 46.4 مليون ناخب مسجل."),
            Codes{});
  EXPECT_EQ(Check("بلغت نسبة المشاركة 57.3%، وهي الأعلى منذ 1992، إذ أدلى 31.2 مليون ناخب "
                  "بأصواتهم من أصل 46.4 مليون ناخب مسجل."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Sales rose 5%: 300 of the 400 stores reported gains."), Codes{});
  // ... or before a word that explains it, a verb, and "out of" a few words after the part.
  EXPECT_EQ(Check("بلغت نسبة المشاركة 49.6%، إذ أدلى 3.6 مليون ناخب بأصواتهم من أصل 9.1 مليون "
                  "مسجل."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغت نسبة المشاركة 39.6%، إذ أدلى 3.6 مليون ناخب بأصواتهم من أصل 9.1 مليون "
                  "مسجل."),
            Codes{});
  // A share after "بنسبة" a clause on from the part and its whole.
  EXPECT_EQ(Check("نجح 312 من أصل 400 مرشح في الاختبار، بنسبة نجاح بلغت 87%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("نجح 312 من أصل 400 مرشح في الاختبار، بنسبة نجاح بلغت 78%."), Codes{});
  EXPECT_EQ(Check("نجح 450 تلميذا من أصل 600، فيما بلغت نسبة النجاح الوطنية 62%."), Codes{});
  EXPECT_EQ(Check("بلغت نسبة النجاح 70%، حيث نجح 540 تلميذا من أصل 900."),
            Codes{"arith.percent_mismatch"});
  // "بعد أن" explains a level, not where a change led (those who lost jobs are no rate).
  EXPECT_EQ(Check("بلغت نسبة النجاح 70%، بعد أن نجح 540 تلميذا من أصل 900."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("ارتفعت البطالة إلى 14% بعد أن فقد 200 ألف عامل وظائفهم من أصل 5 ملايين."),
            Codes{});
  // A part, its share restated, then the whole the share is of.
  EXPECT_EQ(Check("The company cut 1,200 jobs, or 18% of its 15,000 employees."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The company cut 1,200 jobs, or 8% of its 15,000 employees."), Codes{});
  EXPECT_EQ(Check("بلغ عدد العاطلين 640 ألفا، ما يمثل 18.5% من السكان النشيطين البالغ عددهم "
                  "4.05 مليون."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغ عدد العاطلين 640 ألفا، ما يمثل 15.8% من السكان النشيطين البالغ عددهم "
                  "4.05 مليون."),
            Codes{});
  // A share above 100% may have a part above its whole: a debt against an economy.
  EXPECT_EQ(Check("ارتفع الدين العام إلى 102 مليار دولار، أي ما يعادل 150% من الناتج المحلي "
                  "البالغ 60 مليار دولار."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("ارتفع الدين العام إلى 102 مليار دولار، أي ما يعادل 170% من الناتج المحلي "
                  "البالغ 60 مليار دولار."),
            Codes{});
  EXPECT_EQ(Check("Debt reached $102 billion, or 95% of the $60 billion economy."), Codes{});
  // A part's bound said as what restates the share.
  EXPECT_EQ(Check("بلغ عدد اللاجئين 1.3 مليون لاجئ، يعيش 80% منهم خارج المخيمات، أي أكثر من 1.2 "
                  "مليون لاجئ."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغ عدد اللاجئين 1.3 مليون لاجئ، يعيش 80% منهم خارج المخيمات، أي أكثر من "
                  "مليون لاجئ."),
            Codes{});
  // An ordinal in what the part did between it and its share.
  EXPECT_EQ(Check("تلقى 8.2 مليون شخص الجرعة الأولى من اللقاح، أي 72% من السكان البالغ عددهم 10 "
                  "ملايين نسمة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تلقى 8.2 مليون شخص الجرعة الأولى من اللقاح، أي 82% من السكان البالغ عددهم 10 "
                  "ملايين نسمة."),
            Codes{});
  // ... or as the part's rate after a comma ("بنسبة نجاح بلغت", "a pass rate of").
  EXPECT_EQ(Check("أفادت الوزارة بأن 95 ألف تلميذ اجتازوا امتحان الشهادة الابتدائية، بنسبة نجاح "
                  "بلغت 89% من مجموع المترشحين البالغ 120 ألفا."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("أفادت الوزارة بأن 95 ألف تلميذ اجتازوا امتحان الشهادة الابتدائية، بنسبة نجاح "
                  "بلغت 79% من مجموع المترشحين البالغ 120 ألفا."),
            Codes{});
  EXPECT_EQ(Check("Some 95,000 pupils passed, a pass rate of 89% of the 120,000 who sat."),
            Codes{"arith.percent_mismatch"});
  // A part with one bound bounds its share the same way.
  EXPECT_EQ(Check("تلقى أكثر من 12 مليون شخص اللقاح، أي نحو 40% من السكان البالغ عددهم 20 مليونا."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تلقى أكثر من 12 مليون شخص اللقاح، أي نحو 75% من السكان البالغ عددهم 20 مليونا."),
            Codes{});
  EXPECT_EQ(Check("Fewer than 300 people, or 40% of the 1,000 invited, came."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Fewer than 300 people, or 20% of the 1,000 invited, came."), Codes{});
  // Another number after the share's noun is no whole of it.
  EXPECT_EQ(Check("The company cut 500 jobs, or 10% of its staff in 30 countries."), Codes{});
  // A share said as a fraction in words, which may be a little off ("half" of 500 may be 260).
  EXPECT_EQ(Check("A third of the 900 respondents, or 400 people, said no."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("A third of the 900 respondents, or 300 people, said no."), Codes{});
  EXPECT_EQ(Check("صوت 400 من أصل 900 نائب، أي الثلث، ضد القرار."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Half of the 500 staff, or 260 people, were laid off."), Codes{});
  // "of them" glued to the fraction: "ربعهم", "ثلثيها".
  EXPECT_EQ(Check("نزح 900 شخص، ثلثهم من الأطفال، أي 300 طفل."), Codes{});
  EXPECT_EQ(Check("نزح 900 شخص، ثلثهم من الأطفال، أي 450 طفلا."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تبلغ مساحة الحديقة 600 هكتار، تغطي الأشجار ربعها، أي نحو 240 هكتارا."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تبلغ مساحة الحديقة 600 هكتار، تغطي الأشجار ربعها، أي نحو 150 هكتارا."),
            Codes{});
  EXPECT_EQ(Check("About a third of the 900 respondents, or 320 people, said no."), Codes{});
  EXPECT_EQ(Check("About a third of the 900 respondents, or 400 people, said no."),
            Codes{"arith.percent_mismatch"});
  // What the whole is between "of" and a word that gives its amount.
  EXPECT_EQ(Check("صرفت البلدية 40% من ميزانيتها البالغة 3.5 مليون دينار، أي 1.4 مليون دينار."),
            Codes{});
  EXPECT_EQ(Check("صرفت البلدية 40% من ميزانيتها البالغة 3.5 مليون دينار، أي 1.8 مليون دينار."),
            Codes{"arith.percent_mismatch"});
  // The whole's time between it and a share "of them".
  EXPECT_EQ(Check("The fund trained 8,000 nurses since 2019, 30% of them men, or 3,400."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The fund trained 8,000 nurses since 2019, 30% of them men, or 2,400."),
            Codes{});
  EXPECT_EQ(Check("Some 45% of the 1.2 million residents, or 340,000 people, are poor."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Some 45% of the 1.2 million residents, or 560,000 people, are poor."),
            Codes{});
  EXPECT_EQ(Check("Fewer than half of the 1,200 applicants, or about 500, got in."), Codes{});
  EXPECT_EQ(Check("Coverage reached 84% among the 2.1 million children targeted, or 1.56 "
                  "million."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The firm employs 3,000 people, a third of them in Asia, or 1,500."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Turnout reached 62%, with 4.1 million of the 6.9 million voters casting "
                  "ballots."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Turnout reached 59%, with 4.1 million of the 6.9 million voters casting "
                  "ballots."),
            Codes{});
  EXPECT_EQ(Check("وتبلغ نسبة النساء في البرلمان 34%، أي 95 نائبة من أصل 395."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("وتبلغ نسبة النساء في البرلمان 24%، أي 95 نائبة من أصل 395."), Codes{});
  EXPECT_EQ(Check("يبلغ عدد سكان المدينة نحو 4 ملايين نسمة، يعيش 40% منهم في أحياء عشوائية، أي "
                  "2.5 مليون نسمة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يبلغ عدد سكان المدينة نحو 4 ملايين نسمة، يعيش 40% منهم في أحياء عشوائية، أي "
                  "1.6 مليون نسمة."),
            Codes{});
  EXPECT_EQ(Check("أعلنت الوزارة أن 1236 من أصل 1508 مترشحين نجحوا في الامتحان، أي بنسبة 75%."),
            Codes{"arith.percent_mismatch"});
  // An Arabic fraction in construct with what it is a share of, then the whole amounting.
  EXPECT_EQ(Check("خصصت البلدية 3 ملايين دينار، أي نصف ميزانية العام الماضي البالغة 8 ملايين "
                  "دينار."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("خصصت البلدية 3 ملايين دينار، أي نصف ميزانية العام الماضي البالغة 6 ملايين "
                  "دينار."),
            Codes{});
  // A share set off by a comma from its whole cued before it ("Of the", "من بين"), its verb
  // between.
  EXPECT_EQ(Check("Of the 2,400 nurses polled, 35%, or about 1,100, plan to leave."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 2,400 nurses polled, 35%, or about 840, plan to leave."), Codes{});
  EXPECT_EQ(Check("Of the 2,400 nurses polled, 35% plan to leave, or 200 more than in 2020."),
            Codes{});  // a difference, no part
  EXPECT_EQ(Check("من بين 2400 ممرض، قرر 35%، أي نحو 1100 ممرض، المغادرة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("من بين 2400 ممرض، قرر 35%، أي نحو 840 ممرضا، المغادرة."), Codes{});
  // A fraction is no part, and one further on is another's share.
  EXPECT_EQ(Check("Half of the 30 teams, or 15, qualify; a quarter of those, or 4, go on."),
            Codes{});
  // "of its" joins a part to its whole as "of the" does.
  EXPECT_EQ(Check("The firm cut 1,200 of its 8,000 jobs, or 25%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The firm cut 1,200 of its 8,000 jobs, or 15%, and 300 of its 2,000 "
                  "contractors."),
            Codes{});
  // A share of a whole after it ("of") or before it ("of them"), then the part restated; an
  // approximate part may be a twentieth off.
  EXPECT_EQ(Check("Turnout was 48% of 5.2 million registered voters, or about 3.5 million."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Turnout was 48% of 5.2 million registered voters, or about 2.5 million."),
            Codes{});
  EXPECT_EQ(Check("يعمل في القطاع 12 ألف موظف، 60% منهم من النساء، أي 6200 امرأة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يعمل في القطاع 12 ألف موظف، 60% منهم من النساء، أي 7200 امرأة."), Codes{});
  // ... or the part in brackets right after the share and its "of them".
  EXPECT_EQ(Check("يعمل في القطاع 12 ألف موظف، ثلثهم (3 آلاف) من النساء."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يعمل في القطاع 12 ألف موظف، 25% منهم (3 آلاف) من النساء."), Codes{});
  // An English fraction "of" the whole right after the part.
  EXPECT_EQ(Check("Exports reached 320,000 tonnes, a quarter of the 1.6 million produced."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Exports reached 320,000 tonnes, a fifth of the 1.6 million produced."),
            Codes{});
  // A fraction after a share is a share of another whole, no part.
  EXPECT_EQ(Check("Half of the 600 workers, or a third of the total staff of 900, went on strike."),
            Codes{});
  EXPECT_EQ(Check("يعمل في القطاع 12 ألف موظف، 35% منهم (3 آلاف) من النساء."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يعمل في القطاع 12 ألف موظف، 35% منهم تقريبا (3 آلاف) من النساء."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يقطن البلدة 60 ألف نسمة، نصفهم تقريبا (40 ألفا) من الشباب."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يقطن البلدة 60 ألف نسمة، نصفهم تقريبا (30 ألفا) من الشباب."), Codes{});
  // The same after a share set off from the whole cued before it.
  EXPECT_EQ(Check("Of the 600 members surveyed, a third (250) backed the merger."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 600 members surveyed, a third (200) backed the merger."), Codes{});
  EXPECT_EQ(Check("من بين 600 عضو شملهم المسح، أيد الثلث (250) الاندماج."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The company has 5,000 employees, 10% of them abroad, or in 4 countries."),
            Codes{});
  // What the part is may hold a claim of its own; "of it" may stand before the share.
  EXPECT_EQ(Check("The town has 64,000 people, 30% of them under 18, or about 19,200."), Codes{});
  EXPECT_EQ(Check("The town has 64,000 people, 30% of them under 18, or about 29,200."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يقطن البلدة 64 ألف نسمة، 30% منهم دون سن 18، أي نحو 29 ألفا."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغت الأرباح 72 مليون دينار، يوزع منها 25% على المساهمين، أي 18 مليون دينار."),
            Codes{});
  EXPECT_EQ(Check("بلغت الأرباح 72 مليون دينار، يوزع منها 25% على المساهمين، أي 21 مليون دينار."),
            Codes{"arith.percent_mismatch"});
  // "أي" restates the part as a share of its own whole, named after the share or not.
  EXPECT_EQ(Check("وصادق 150 نائبا من أصل 217 على القانون، أي ما يمثل 80% من أعضاء المجلس."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("وصادق 150 نائبا من أصل 217 على القانون، أي ما يمثل 69% من أعضاء المجلس."),
            Codes{});
  // "of them" before the part, a clause apart, and the share restated after it with "أي".
  EXPECT_EQ(Check("أكدت الوزارة أن 45 ألف تلميذ اجتازوا امتحان الباكالوريا، نجح منهم 22 ألفا، "
                  "أي بنسبة 58.9%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("أكدت الوزارة أن 45 ألف تلميذ اجتازوا امتحان الباكالوريا، نجح منهم 22 ألفا، "
                  "أي بنسبة 48.9%."),
            Codes{});
  // The share named as the part's rate right after it, "of them" before it or the whole
  // opening the sentence; not the rate of a change the part came to.
  EXPECT_EQ(Check("تقدم 900 طالب للامتحان، نجح منهم 720 طالبا بنسبة 75%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تقدم 900 طالب للامتحان، نجح منهم 720 طالبا بنسبة 80%."), Codes{});
  EXPECT_EQ(Check("من بين 400 مشارك في الاستطلاع، أيد 300 مشارك بنسبة 70%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("من بين 400 مشارك في الاستطلاع، أيد 300 مشارك بنسبة 75%."), Codes{});
  EXPECT_EQ(Check("تقدم 900 طالب للامتحان، وارتفع عدد الناجحين منهم إلى 720 طالبا بنسبة 20%."),
            Codes{});
  // A quantity of a unit, its share "of" what names it before it ("إنتاج ... من الإنتاج").
  EXPECT_EQ(Check("بلغ إنتاج القمح 2.5 مليون طن، يصدر منها 500 ألف طن، أي 25% من الإنتاج."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغ إنتاج القمح 2.5 مليون طن، يصدر منها 500 ألف طن، أي 20% من الإنتاج."),
            Codes{});
  EXPECT_EQ(Check("بلغ إنتاج القمح 2.5 مليون طن، يصدر منها 500 ألف طن، أي 25% من الصادرات."),
            Codes{});
  // "of them" after a count and where it comes from is of the count, not of the places.
  EXPECT_EQ(Check("شارك في المؤتمر 500 باحث من 40 دولة، قدم منهم 120 بحثا (30%)."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("شارك في المؤتمر 500 باحث من 40 دولة، قدم منهم 150 بحثا (30%)."), Codes{});
  // "of them" before the one word of the verb's object, then the part.
  EXPECT_EQ(Check("تقدم للامتحان 400 طالب، اجتاز منهم الاختبار 300 (60%)."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تقدم للامتحان 400 طالب، اجتاز منهم الاختبار 300 (75%)."), Codes{});
  // The share restated as a fraction in words, with "them" glued to it or not.
  EXPECT_EQ(Check("سجل في البرنامج 3600 متدرب، تخرج منهم 1800، أي ثلثهم."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("سجل في البرنامج 3600 متدرب، تخرج منهم 1200، أي الثلث."), Codes{});
  EXPECT_EQ(Check("سجل في البرنامج 3600 متدرب، تخرج منهم 1800، أي نصفهم."), Codes{});
  // A part tied to the whole before it by "of them", its share in brackets after it.
  EXPECT_EQ(Check("شارك في الاستطلاع 400 شخص، أيد 100 منهم (40%) القرار."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("شارك في الاستطلاع 400 شخص، أيد 100 منهم (25%) القرار."), Codes{});
  // "among them", "including"; the whole named again by its noun after the share.
  EXPECT_EQ(Check("يضم الوفد 60 عضوا، بينهم 15 صحفيا، أي 25% من الأعضاء."), Codes{});
  EXPECT_EQ(Check("يضم الوفد 60 عضوا، بينهم 15 صحفيا، أي 35% من الأعضاء."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The delegation has 60 members, including 15 reporters, or 35%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يضم الوفد 60 عضوا، بينهم 15 صحفيا، أي 35% من صحفيي البلاد."), Codes{});
  // A percentage set against another amount is no share ("أكثر", "more"): a false warning of
  // every earlier build.
  EXPECT_EQ(Check("وصل 4 آلاف مهاجر، منهم 500 طفل، أي 15% أكثر من العام الماضي."), Codes{});
  EXPECT_EQ(Check("The survey asked 400 people, of whom 100 (40%) backed the plan."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The survey asked 400 people; 100 of them (25%) backed the plan."), Codes{});
  // "of which" and who did what before the part, its share restated after it.
  EXPECT_EQ(Check("The assembly has 217 seats, of which Ennahda won 89, or 46%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The assembly has 217 seats, of which Ennahda won 89, or 41%."), Codes{});
  EXPECT_EQ(Check("The firm has 4,000 staff, including 300 managers, of whom 120 were hired this "
                  "year, or 40%."),
            Codes{});
  EXPECT_EQ(Check("The survey asked 400 people; 100 of them (40% of the men) backed it."),
            Codes{});
  EXPECT_EQ(Check("نجح 5 من أصل 20 طالبا (25%)"), Codes{});
  EXPECT_EQ(Check("نجح 5 من أصل 20 طالبا (30%)"), Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("5 of 20 students (25%) passed"), Codes{});
  EXPECT_EQ(Check("5 of 20 students (40%) passed"), Codes{"arith.percent_mismatch"});
  // Rounded as written: 1 of 3 is 33.3 %.
  EXPECT_EQ(Check("1 of 3 voters (33.3%)"), Codes{});
  EXPECT_EQ(Check("300 of the 1,200 respondents (25%) said yes."), Codes{});
  EXPECT_EQ(Check("The party won 120 of the 300 seats, or 45%."), Codes{"arith.percent_mismatch"});
  // A share of another whole: "of them", or a clause further on.
  EXPECT_EQ(Check("20 of the 30 victims were women, 60% of them young."), Codes{});
  EXPECT_EQ(Check("20 of the 30 victims were women, while nationwide the police say that 60% "
                  "were."),
            Codes{});
  // The whole first, then parts each with its share in brackets.
  EXPECT_EQ(Check("Of the 1,200 asked, 300 (25%) said yes and 500 (42%) said no."), Codes{});
  // A sentence that opens with "among" and the noun of the one count of the sentence before.
  EXPECT_EQ(Check("أسفر القصف عن سقوط 34 قتيلا. ومن بين القتلى 20 طفلا و15 امرأة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("أسفر القصف عن سقوط 34 قتيلا. ومن بين القتلى 20 طفلا و10 نساء."), Codes{});
  EXPECT_EQ(Check("The blast left 34 victims. Among the victims, 20 children and 15 women."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("قتل 34 قتيلا في 3 مدن. ومن بين القتلى 20 طفلا و15 امرأة."),
            Codes{});  // two counts before: which one is meant is not said
  // A sentence that opens with "Of those": the one count of the sentence before is the whole.
  EXPECT_EQ(Check("The college admitted 4,200 students. Of those, 1,890, or 40%, are women."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The college admitted 4,200 students. Of those, 1,890, or 45%, are women."),
            Codes{});
  EXPECT_EQ(Check("قبلت الجامعة 4200 طالب. ومن بين هؤلاء، 1890، أي 40%، من النساء."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("It admitted 4,200 students from 30 countries. Of those, 1,890, or 40%, are "
                  "women."),
            Codes{});  // two counts before: which is the whole is not said
  EXPECT_EQ(Check("Of the 1,200 asked, 300 (25%) said yes and 500 (52%) said no."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("من بين 1200 مشارك، أيد 300 (35%) المقترح"), Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("من أصل 50 حالة، تعافت 40 (80%)"), Codes{});
  // A share of another whole is no share of this one.
  EXPECT_EQ(Check("Of the 1,200 asked, 300 (60% of them women) said yes."), Codes{});
  EXPECT_EQ(Check("صوت 60 من أصل 150 نائبا ضد القرار، 25% منهم من المعارضة."), Codes{});
  // ... but "of the total" at the end of its clause is the whole said before.
  EXPECT_EQ(Check("Some 60 of the 150 deputies, a quarter of the total, voted no."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Some 60 of the 150 deputies, 40% of the total, voted no."), Codes{});
  EXPECT_EQ(Check("Some 60 of the 150 deputies, 25% of the total seats, voted no."), Codes{});
  // A word that owns the whole may stand between it and its cue.
  // A part said about so much.
  EXPECT_EQ(Check("About 1,200 of the 2,400 workers, or two-thirds, will lose their jobs."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("About 1,600 of the 2,400 workers, or two-thirds, will lose their jobs."),
            Codes{});
  // A part "of" a whole that an owner has, one word or a name of two.
  EXPECT_EQ(Check("Only 12 of the board's 30 members, or 40%, attended."), Codes{});
  EXPECT_EQ(Check("Only 12 of the board's 30 members, or 45%, attended."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Only 12 of the Security Council's 15 members, or 60%, voted for it."),
            Codes{"arith.percent_mismatch"});
  // A whole, its share "of whom", and the part set off by commas.
  EXPECT_EQ(Check("The town has 24,000 voters, 25% of whom, about 6,000, are under 30."),
            Codes{});
  EXPECT_EQ(Check("The town has 24,000 voters, 25% of whom, about 8,000, are under 30."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the country's 18 provinces, 11 voted yes and the remaining seven no."),
            Codes{});
  EXPECT_EQ(Check("Of the country's 18 provinces, 11 voted yes and the remaining nine no."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the firm’s 640 workers, 160 (30%) were laid off."),
            Codes{"arith.percent_mismatch"});
  // What the whole is may stand between "of its" and a second "of".
  EXPECT_EQ(Check("The bank will cut 2,100 jobs, or 14% of its workforce of 15,000."), Codes{});
  EXPECT_EQ(Check("The bank will cut 2,100 jobs, or 24% of its workforce of 15,000."),
            Codes{"arith.percent_mismatch"});
  // A share beside its part, a comma alone between, after the part's time, said loosely.
  EXPECT_EQ(Check("The airline cut 2,400 jobs last year, about 6% of its 40,000 staff."), Codes{});
  EXPECT_EQ(Check("The airline cut 2,400 jobs last year, about 16% of its 40,000 staff."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("ألغت الشركة 2400 وظيفة، نحو 16% من موظفيها البالغ عددهم 40 ألفا."),
            Codes{"arith.percent_mismatch"});
  // Restated after what the part did, behind one comma; not a share set against another.
  EXPECT_EQ(Check("Of the 640 applicants, 160 were hired last spring, or a quarter."), Codes{});
  EXPECT_EQ(Check("Of the 640 applicants, 160 were hired last spring, or a third."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("من بين 640 متقدما، تم توظيف 160 في الربيع، أي 30%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 640 applicants, 160 were women, or 20% more than in 2023."), Codes{});
  EXPECT_EQ(Check("160 of the 640 applicants were women, or 20% fewer than in 2023."), Codes{});
  EXPECT_EQ(Check("Of the 640 applicants, 160 were hired, the firm said, or 30%."), Codes{});
}

TEST_F(ChecksTest, ChangeAndItsPercentage) {
  EXPECT_EQ(Check("ارتفع من 100 إلى 120، بزيادة 20%"), Codes{});
  EXPECT_EQ(Check("ارتفع من 100 إلى 120، بزيادة 35%"), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("sales rose from 100 to 120, up 20%"), Codes{});
  EXPECT_EQ(Check("sales rose from 200 to 250, up 10%"), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("the index fell from 120 to 90, a drop of 20%"), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("the index fell from 120 to 90, a drop of 25%"), Codes{});
  EXPECT_EQ(Check("shares went from $100 to $120, a gain of 30%"), Codes{"arith.change_mismatch"});
  // The change said first, then where it led and where it began, in either order.
  EXPECT_EQ(Check("Sales rose 20% to $120 million from $100 million."), Codes{});
  EXPECT_EQ(Check("Sales rose 10% to $120 million from $100 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales rose 10% from $100 million to $120 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The index fell 2% to 4,150, down from 4,235."), Codes{});
  EXPECT_EQ(Check("تراجعت المبيعات إلى 80 ألف سيارة مقابل 100 ألف، بنسبة انخفاض بلغت 25%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت المبيعات إلى 80 ألف سيارة مقابل 100 ألف، بنسبة انخفاض بلغت 20%."),
            Codes{});
  // The span the change took between it and its values.
  EXPECT_EQ(Check("The stock has gained 60% in three years, from $25 to $40."), Codes{});
  EXPECT_EQ(Check("The stock has gained 40% in three years, from $25 to $40."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The stock has gained 40% over three years to $40 from $25."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 20% لتبلغ 120 مليون دينار مقابل 100 مليون دينار"),
            Codes{});
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 25% لتبلغ 120 مليون دينار مقابل 100 مليون دينار"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجع العجز بنسبة 25% إلى 85 مليار دولار مقارنة بـ100 مليار دولار"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت المبيعات بنسبة 20% من 100 مليون إلى 130 مليون دولار"),
            Codes{"arith.change_mismatch"});
  // What the change measures and a verb that says it again may come before its values.
  EXPECT_EQ(Check("The fund lost 20% of its value, falling from $2.5 billion to $2.2 billion."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The fund lost 12% of its value, falling from $2.5 billion to $2.2 billion."),
            Codes{});
  EXPECT_EQ(Check("Exports rose 30%, climbing to $120 million from $100 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 30% لتنتقل من 100 مليون دينار إلى 120 مليون دينار."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 20%، إذ انتقلت من 100 مليون دينار إلى 120 مليون دينار."),
            Codes{});
  // A few words of what changed may come between; a comma or a bracket gives another item.
  EXPECT_EQ(Check("تراجعت العائدات بنسبة 66 بالمائة في مستوى القيمة الى حدود 496 م د مقابل "
                  "1446 م د"),
            Codes{});
  EXPECT_EQ(Check("تراجعت العائدات بنسبة 56 بالمائة في مستوى القيمة الى حدود 496 م د مقابل "
                  "1446 م د"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تطورت الصادرات بنسبة 13،9 بالمائة نتيجة تطور مبيعات التمور (197 م د مقابل "
                  "139،5 م د)"),
            Codes{});
  // A percentage after "B مقابل A" is often the next item's, unless "أي" (that is) restates
  // the change.
  EXPECT_EQ(Check("بلغت 496 م د مقابل 1446 م د اضافة الى انخفاض بنسبة 71 بالمائة في الكمية"),
            Codes{});
  EXPECT_EQ(Check("بلغت الصادرات 120 مليون دينار مقابل 100 مليون دينار، أي بزيادة 20%"),
            Codes{});
  EXPECT_EQ(Check("بلغت الصادرات 120 مليون دينار مقابل 100 مليون دينار، أي بزيادة 30%"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت الميزانية 29.4 مليون دينار، مقابل 32.9 مليون دينار سنة 2016، أي "
                  "بانخفاض قدره 4.5 مليون دينار"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت الميزانية 29.4 مليون دينار، مقابل 32.9 مليون دينار سنة 2016، أي "
                  "بانخفاض قدره 3.5 مليون دينار"),
            Codes{});
  // What the change measures, then its values in brackets; a second change of the same thing
  // joined by "و".
  EXPECT_EQ(Check("تقلصت العائدات بنسبة 72 بالمائة من حيث القيمة (152 م د مقابل 551 م د)"),
            Codes{});
  EXPECT_EQ(Check("تقلصت العائدات بنسبة 72 بالمائة من حيث القيمة (152 م د مقابل 551 م د) و62 "
                  "بالمائة من حيث الكمية (40.5 ألف طن مقابل 105.8 ألف طن)"),
            Codes{});
  EXPECT_EQ(Check("تقلصت العائدات بنسبة 72 بالمائة من حيث القيمة (152 م د مقابل 551 م د) و62 "
                  "بالمائة من حيث الكمية (40.5 ألف طن مقابل 1058.3 ألف طن)"),
            Codes{"arith.change_mismatch"});
  // The values in brackets right after the change; not after words that name one item of it.
  EXPECT_EQ(Check("سجلت الأسعار تحسنا بنسبة 18% (7.1 د/كغ مقابل 6 د/كغ)"), Codes{});
  EXPECT_EQ(Check("سجلت الأسعار تحسنا بنسبة 35% (7.1 د/كغ مقابل 6 د/كغ)"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 35% نتيجة تطور مبيعات التمور (7.1 م د مقابل 6 م د)"),
            Codes{});
  // Other restatements of a change after its values: "بما أفضى الى", "representing".
  EXPECT_EQ(Check("بلغ التمويل 9542.7 مليون دينار مقابل 6723.7 مليون دينار، بما أفضى الى تسجيل "
                  "نمو بنسبة 59 %."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ التمويل 9542.7 مليون دينار مقابل 6723.7 مليون دينار، بما أفضى الى تسجيل "
                  "نمو بنسبة 42 %."),
            Codes{});
  EXPECT_EQ(Check("Revenue was $120m, up from $100m, representing an increase of 30%."),
            Codes{"arith.change_mismatch"});
  // The time of the change before its values, or of the value it led to before "مقابل".
  EXPECT_EQ(Check("تطورت المداخيل بنسبة 7.7 بالمائة في جوان 2017، لتصل الى مستوى 744 مليون "
                  "دينار مقابل 690.4 مليون دينار"),
            Codes{});
  EXPECT_EQ(Check("تطورت المداخيل بنسبة 24.7 بالمائة في جوان 2017، لتصل الى مستوى 744 مليون "
                  "دينار مقابل 690.4 مليون دينار"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("نمت خدمة الدين بنسبة 67 %، لتبلغ مستوى 3117.9 مليون دينار، بتاريخ يوم 10 "
                  "جوان 2017، مقابل 2084.2 مليون دينار"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("نمت خدمة الدين بنسبة 50 %، لتبلغ مستوى 3117.9 مليون دينار، بتاريخ يوم 10 "
                  "جوان 2017، مقابل 2084.2 مليون دينار"),
            Codes{});
  // What a price is the price of, after the first value.
  EXPECT_EQ(Check("Brent rose from $80 a barrel to $90 a barrel, up 12.5%."), Codes{});
  EXPECT_EQ(Check("Brent rose from $80 a barrel to $90 a barrel, up 20%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ السعر 15.8 دينار للكغ مقابل 13.9 دينار للكغ، أي بزيادة 23%"),
            Codes{"arith.change_mismatch"});
  // The time of the first value between "from" and "to".
  EXPECT_EQ(Check("مر العجز من 707 مليون دينار في أفريل 2016 إلى 1108 مليون دينار في أفريل "
                  "2017 أي بنسبة زيادة ب57 بالمائة"),
            Codes{});
  EXPECT_EQ(Check("مر العجز من 707 مليون دينار في أفريل 2016 إلى 1108 مليون دينار في أفريل "
                  "2017 أي بنسبة زيادة ب67 بالمائة"),
            Codes{"arith.change_mismatch"});
  // ... or a time before now: "last week", "الشهر الماضي".
  EXPECT_EQ(Check("Admissions fell from 1,600 last month to 1,200 this month, a drop of 25%."),
            Codes{});
  EXPECT_EQ(Check("Admissions fell from 1,600 last month to 1,200 this month, a drop of 40%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("انخفضت الطلبات من 800 طلب الشهر الماضي إلى 600 طلب، بتراجع 35%."),
            Codes{"arith.change_mismatch"});
  // Values written with a scale word are rounded in it: $1.1bn may be $1.14bn.
  EXPECT_EQ(Check("Revenue rose from $1.1bn to $1.2bn, up 10%."), Codes{});
  EXPECT_EQ(Check("Revenue rose 10% to $1.2bn from $1.1bn."), Codes{});
  EXPECT_EQ(Check("Revenue rose 30% to $1.2bn from $1.1bn."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Of the 1.2 million voters, 0.4 million (35%) voted."), Codes{});
}

// "an increase of D" after a change from A to B: the difference in B's unit.
// One thing in two years, joined by "and", then its change.
TEST_F(ChecksTest, ChangeBetweenTwoYears) {
  EXPECT_EQ(Check("The plant employed 4,200 workers in 2020 and 3,150 in 2023, a drop of 20%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The plant employed 4,200 workers in 2020 and 3,150 in 2023, a drop of 25%."),
            Codes{});
  EXPECT_EQ(Check("وظف المصنع 3150 عاملا في 2023 و4200 في 2020، بتراجع نسبته 20%"),
            Codes{"arith.change_mismatch"});
  // Two things, or a change said after another clause, are left.
  EXPECT_EQ(Check("It sold 500 cars in 2019 and 800 trucks in 2022, up 10%."), Codes{});
  EXPECT_EQ(Check("Sales reached 500 units in 2019 and 800 in 2022, while costs rose 10%."),
            Codes{});
  // Where it led, the change, then where it began.
  EXPECT_EQ(Check("a dividend of 45 cents a share, up 20% from 40 cents a year ago"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("a dividend of 45 cents a share, up 12.5% from 40 cents a year ago"),
            Codes{});
  EXPECT_EQ(Check("بلغت الإيرادات 120 مليون دينار، بزيادة 25% مقارنة بـ100 مليون دينار"),
            Codes{"arith.change_mismatch"});
  // The time of where it led between it and the change; a comparison that says the change.
  EXPECT_EQ(Check("The airline carried 48 million passengers last year, up 19% from 44 million "
                  "in 2022."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The airline carried 48 million passengers last year, 19% more than the 44 "
                  "million of 2022."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The airline carried 48 million passengers last year, 9% more than the 44 "
                  "million of 2022."),
            Codes{});
  // A record's year between.
  EXPECT_EQ(Check("Births fell to 591,000, the lowest since 2002, and 5% fewer than the 609,000 "
                  "in 2022."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Births fell to 591,000, the lowest since 2002, 3% fewer than the 609,000 in "
                  "2022."),
            Codes{});
  // The difference said by a comparison, a word or two of time between.
  EXPECT_EQ(Check("Headcount stood at 54,000 at year end, 3,000 fewer than the 56,000 of a year "
                  "before."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Headcount stood at 54,000 at year end, 2,000 fewer than the 56,000 of a year "
                  "before."),
            Codes{});
  // "a 15% rise from": an article, the share, then the change's noun; "from the" start.
  EXPECT_EQ(Check("Visitors rose to 2.4 million, a 30% rise from 1.6 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Visitors rose to 2.4 million, a 50% rise from 1.6 million."), Codes{});
  EXPECT_EQ(Check("Last year 2.4 million people visited, up 30% from the 1.6 million of 2022."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Last year 2.4 million people visited, a 30% rise on the 1.6 million of 2022."),
            Codes{"arith.change_mismatch"});
  // An offer's premium or discount over a price: the change from the price to the offer.
  EXPECT_EQ(Check("The bid is $50 a share, a 40% premium over Monday's close of $40."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The bid is $50 a share, a 25% premium over Monday's close of $40."), Codes{});
  EXPECT_EQ(Check("Shares were placed at $36, a 20% discount to the closing price of $40."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Shares were placed at $36, a 10% discount to the closing price of $40."),
            Codes{});
  // A bare start is in the unit of where the change led.
  EXPECT_EQ(Check("Production reached 1.2 million barrels a day in May, up 20% from 1.1 "
                  "million in April."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Production reached 1.2 million barrels a day in May, up 9% from 1.1 "
                  "million in April."),
            Codes{});
  EXPECT_EQ(Check("نقلت الشركة 48 مليون مسافر العام الماضي، بزيادة 19% عن 44 مليونا في 2022."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("نقلت الشركة 48 مليون مسافر العام الماضي، بزيادة 9% عن 44 مليونا في 2022."),
            Codes{});
  // A period named by an ordinal and its noun between where it led and where it began.
  EXPECT_EQ(Check("Exports rose 18% to 42 billion yuan in the first half, from 32.6 billion "
                  "yuan a year earlier."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Exports rose 18% to 42 billion yuan in the first half, from 35.6 billion "
                  "yuan a year earlier."),
            Codes{});
  // The change said after its percentage ("a 30% increase"); one in something named after it
  // is another thing's ("a 30% rise in costs", "بزيادة 30% في التكاليف").
  EXPECT_EQ(Check("Sales rose to $120 million from $100 million, a 30% increase."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales went from $100 million to $120 million, a 30% rise."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales rose to $120 million from $100 million, a 30% rise in costs."),
            Codes{});
  EXPECT_EQ(Check("ارتفعت المبيعات من 100 إلى 120 مليون دينار، بزيادة 30% في التكاليف."),
            Codes{});
  // A verb of change before it: "cut by".
  EXPECT_EQ(Check("The fine was cut by 10% from €4.3 billion to €4.1 billion."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The fine was cut by 5% from €4.3 billion to €4.1 billion."), Codes{});
  // A quarter named by an ordinal after where it led, and "the same period last year" after
  // where it began.
  EXPECT_EQ(Check("بلغت الأرباح 250 مليون ريال في الربع الأول، مقارنة بـ 200 مليون ريال في "
                  "الفترة نفسها من العام الماضي، بارتفاع 20%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت الأرباح 250 مليون ريال في الربع الأول، مقارنة بـ 200 مليون ريال في "
                  "الفترة نفسها من العام الماضي، بارتفاع 25%."),
            Codes{});
  // Where it began and its time, then the change: "في 2022" between them.
  EXPECT_EQ(Check("وارتفع عدد الزوار إلى 2.1 مليون في 2023 مقابل 1.5 مليون في 2022، بزيادة "
                  "قدرها 30%"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("وارتفع عدد الزوار إلى 2.1 مليون في 2023 مقابل 1.5 مليون في 2022، بزيادة "
                  "قدرها 40%"),
            Codes{});
}

// "إلى X من Y" after a change said first: where it led and began when the two are named alike.
TEST_F(ChecksTest, ChangeFirstThenToFromInArabic) {
  EXPECT_EQ(Check("تراجعت المبيعات بنسبة 20% إلى 64 ألف سيارة من 80 ألف سيارة."), Codes{});
  EXPECT_EQ(Check("تراجعت المبيعات بنسبة 30% إلى 64 ألف سيارة من 80 ألف سيارة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت الصادرات بنسبة 30% إلى 3.2 مليار دولار من 4.1 مليار دولار."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجع عدد الناجحين بنسبة 10% إلى 40 من 120 طالبا."), Codes{});  // of a whole
  // The time of each value between, the change after them.
  EXPECT_EQ(Check("انخفض عدد المواليد إلى 468 ألفا في 2023 من 520 ألفا في 2022، بتراجع 10%."),
            Codes{});
  EXPECT_EQ(Check("انخفض عدد المواليد إلى 468 ألفا في 2023 من 520 ألفا في 2022، بتراجع 15%."),
            Codes{"arith.change_mismatch"});
  // The percentage right after the verb's subject, no "بنسبة": the verb says it is the change.
  EXPECT_EQ(Check("ارتفع سعر النحاس 4% إلى 9360 دولارا للطن، مقابل 9000 دولار الأسبوع الماضي."),
            Codes{});
  EXPECT_EQ(Check("ارتفع سعر النحاس 6% إلى 9360 دولارا للطن، مقابل 9000 دولار الأسبوع الماضي."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("هبطت واردات الأرز الأبيض 9% في مارس إلى 30 ألف طن من 40 ألف طن."),
            Codes{"arith.change_mismatch"});
  // ... not the verb of a clause before a comma.
  EXPECT_EQ(Check("ارتفعت الأسعار، وسجلت الشركة 9% إلى 30 ألف طن من 40 ألف طن."), Codes{});
}

// A change against "the corresponding quarter", "الربع المماثل": an earlier time between.
TEST_F(ChecksTest, AChangeAgainstTheCorrespondingPeriod) {
  EXPECT_EQ(Check("سجلت الصادرات 24.6 مليار ريال في الربع الثاني مقارنة بـ 21.3 مليار ريال في "
                  "الربع المماثل، بارتفاع 25.5%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("سجلت الصادرات 24.6 مليار ريال في الربع الثاني مقارنة بـ 21.3 مليار ريال في "
                  "الربع المماثل، بارتفاع 15.5%."),
            Codes{});
  EXPECT_EQ(Check("Exports were $24.6 billion in the second quarter against $21.3 billion in the "
                  "corresponding quarter, up 25.5%."),
            Codes{"arith.change_mismatch"});
}

// "إلى X من Y" before the amount of a fall: "من" is where it fell from, where X is below Y,
// named alike, and the fall is no fall from another time.
TEST_F(ChecksTest, ToFromThenTheAmountOfAFallInArabic) {
  EXPECT_EQ(Check("تراجعت الجرائم إلى 574 جريمة من 696، أي بانخفاض 122 جريمة."), Codes{});
  EXPECT_EQ(Check("تراجعت الجرائم إلى 574 جريمة من 696، أي بانخفاض 112 جريمة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت الإيرادات إلى 3.2 مليار دولار من 4.1 مليار، أي بتراجع قدره 500 "
                  "مليون دولار."),
            Codes{"arith.change_mismatch"});
  // A part of its whole, then a rise or a fall from last year.
  EXPECT_EQ(Check("ارتفع عدد الناجحين إلى 40 طالبا من 120 طالبا، بزيادة 10 طلاب."), Codes{});
  EXPECT_EQ(Check("تراجع عدد الناجحين إلى 40 طالبا من 120 طالبا، بانخفاض 10 طلاب عن العام "
                  "الماضي."),
            Codes{});
  // Nothing names what the fall counts; one scale word for the three does.
  EXPECT_EQ(Check("تراجع عدد الناجحين إلى 40 من 120، أي بانخفاض 10."), Codes{});
  EXPECT_EQ(Check("تراجع عدد العاطلين إلى 620 ألفا من 680 ألفا، أي بانخفاض 80 ألفا."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجع عدد العاطلين إلى 620 ألفا من 680 ألفا، أي بانخفاض 60 ألفا."), Codes{});
}

// A ratio restated as a percentage: "one in N" rounds N, "3 in 10" its count.
TEST_F(ChecksTest, RatioRestatedAsAPercentage) {
  EXPECT_EQ(Check("One in four adults, or 26%, said so."), Codes{});
  EXPECT_EQ(Check("One in four adults, or 31%, said so."), Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Nearly 3 in 10 adults, or 29%, skipped a meal."), Codes{});
  EXPECT_EQ(Check("Nearly 3 in 10 adults, or 39%, skipped a meal."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("واحد من كل خمسة أطفال، أي 30%، يعيش في فقر."), Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("طفل من كل خمسة أطفال (21%) يعيش في فقر."), Codes{});
  // A share of another whole, or a bound, is no restatement.
  EXPECT_EQ(Check("One in four adults said so, and 40% of them were women."), Codes{});
  EXPECT_EQ(Check("More than one in four adults, or 31%, said so."), Codes{});
  EXPECT_EQ(Check("Around 1 in 6 people, or about 17%, are affected."), Codes{});
  // The count as written: "4 in 10" rounds its four (35% to 45%), not the two of 2/5.
  EXPECT_EQ(Check("Nearly 4 in 10 Britons, or 48%, said so."), Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("2 in 10 adults, or 24%, agreed."), Codes{});
  EXPECT_EQ(Check("Around 1 in 6 people, or about 27%, are affected."),
            Codes{"arith.percent_mismatch"});
}

// Two parts of one whole set against each other, each with its share restated: one whole.
TEST_F(ChecksTest, TwoRivalsWithTheirShares) {
  EXPECT_EQ(Check("He won 8.2 million votes, or 51.3%, against her 7.6 million, or 47.5%."),
            Codes{});
  EXPECT_EQ(Check("He won 8.2 million votes, or 61.3%, against her 7.6 million, or 47.5%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("حصل المرشح على 820 ألف صوت (51.3%) مقابل 760 ألفا (57.5%) لمنافسته."),
            Codes{"arith.percent_mismatch"});
  // Two wholes: votes and states; sales and profit.
  EXPECT_EQ(Check("He won 8.2 million votes, or 51.3%, and 31 states, or 62%."), Codes{});
  EXPECT_EQ(Check("Sales rose to $5 million, or 20%, and profit to $1 million, or 8%."), Codes{});
}

// The Tunisian press: "مسجلة تطورا بنسبة" after two values set against each other, a date
// "until" which a value ran, "of them" a clause from its share restated.
TEST_F(ChecksTest, ChangesAndSharesAsTheTunisianPressWritesThem) {
  EXPECT_EQ(Check("بلغت الواردات 3120 م د موفى أفريل 2024 مقابل 2860 م د في نفس الفترة من 2023، "
                  "مسجلة ارتفاعا بنسبة 9.1 بالمائة."),
            Codes{});
  EXPECT_EQ(Check("بلغت الواردات 3120 م د موفى أفريل 2024 مقابل 2860 م د في نفس الفترة من 2023، "
                  "مسجلة ارتفاعا بنسبة 19.1 بالمائة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ عدد الليالي المقضاة 4.3 مليون ليلة إلى غاية 10 جويلية، بزيادة 30% مقارنة "
                  "بـ3.7 مليون ليلة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ عدد المترشحين 128 ألف تلميذ، نجح منهم 48 ألفا في الدورة الرئيسية، أي بنسبة "
                  "47.5 بالمائة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغ عدد المترشحين 128 ألف تلميذ، نجح منهم 48 ألفا في الدورة الرئيسية، أي بنسبة "
                  "37.5 بالمائة."),
            Codes{});
}

// An amount restated per share is no value of a change's own.
TEST_F(ChecksTest, AmountsPerShareBetweenAChangesValues) {
  EXPECT_EQ(Check("Profit was $3.6 billion, or $1.40 a share, against $3.0 billion, an increase "
                  "of 20%."),
            Codes{});  // was a change from 3.0 billion to 1.40
  EXPECT_EQ(Check("Profit was $3.6 billion, or $1.40 a share, against $3.0 billion, an increase "
                  "of 30%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Profit rose 30% to $3.6 billion, or $1.40 a share, from $3.0 billion, or $1.17 "
                  "a share."),
            Codes{"arith.change_mismatch"});
}

// Where a change led may be said to be about so much: a twentieth either way.
TEST_F(ChecksTest, ChangeToALevelSaidAbout) {
  EXPECT_EQ(Check("بلغ الإنتاج حوالي 318 ألف طن مقابل 352 ألف طن في الموسم الماضي، أي بتراجع "
                  "بنسبة 9.7%."),
            Codes{});
  EXPECT_EQ(Check("بلغ الإنتاج حوالي 318 ألف طن مقابل 352 ألف طن في الموسم الماضي، أي بتراجع "
                  "بنسبة 19.7%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Output was about 318,000 tonnes, against 352,000 a year earlier, a fall of "
                  "12%."),
            Codes{});  // within a twentieth of about 318,000
}

// A change said loosely ("about") is held to a fraction's looseness, not passed over; a time
// with no number may stand between a change and its values.
TEST_F(ChecksTest, ChangeSaidLooselyOrWithItsTime) {
  EXPECT_EQ(Check("Rents rose to $1,480 from $1,230, up about 20%."), Codes{});
  EXPECT_EQ(Check("Rents rose to $1,480 from $1,230, up about 30%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع الإيجار إلى 1480 دينارا من 1230 دينارا، بزيادة نحو 30%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Copper rose 14% since the start of the year, from $8,390 to $9,560 a tonne."),
            Codes{});
  EXPECT_EQ(Check("Copper rose 24% since the start of the year, from $8,390 to $9,560 a tonne."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع سعر النحاس بنسبة 24% منذ بداية العام، من 8390 دولارا إلى 9560 دولارا."),
            Codes{"arith.change_mismatch"});
}

// A round amount beside another in the same scale word is written to as many decimals as it:
// "from 4.5 million to 5 million" says 5.0 million, so "up 30%" is no rounding of 11%. Alone,
// "5 million" may be 4.5 to 5.5 million.
TEST_F(ChecksTest, ARoundAmountBesideAFinerOne) {
  EXPECT_EQ(Check("Members grew from 4.5 million to 5 million, up 30%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Members grew from 4.5 million to 5 million, up 11%."), Codes{});
  EXPECT_EQ(Check("ارتفع عدد الأعضاء من 4.5 مليون إلى 5 ملايين عضو، بزيادة 30%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The party won 2.6 million of the 5 million votes cast, or 58%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The party won 2.6 million of the 5 million votes cast, or 52%."), Codes{});
  EXPECT_EQ(Check("رصدت الوزارة 5 مليارات درهم، منها 2.9 مليار للطرق و2.6 مليار للمدارس."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("رصدت الوزارة 5 مليارات درهم، منها 2.9 مليار للطرق و2.1 مليار للمدارس."),
            Codes{});
}

// "last year", "العام الماضي" between where a change led and where it began; a change
// restated ("أي بزيادة") between where it led and where it began.
TEST_F(ChecksTest, ChangePastARelativeTimeOrRestated) {
  EXPECT_EQ(Check("Exports rose 9% to 3.36 million cars last year from 3 million in 2023."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Exports rose 12% to 3.36 million cars last year from 3 million in 2023."),
            Codes{});
  EXPECT_EQ(Check("بلغ عدد الحجاج 1.8 مليون حاج في 2024، أي بزيادة 40% عن 1.5 مليون في 2023."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ عدد الحجاج 1.8 مليون حاج في 2024، أي بزيادة 20% عن 1.5 مليون في 2023."),
            Codes{});
  // "خلال الشهر", "during the month": a time with no number of its own.
  EXPECT_EQ(Check("سجلت 9 آلاف مخالفة خلال الشهر، بانخفاض 40% عن 12 ألفا في الشهر السابق."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("سجلت 9 آلاف مخالفة خلال الشهر، بانخفاض 25% عن 12 ألفا في الشهر السابق."),
            Codes{});
}

TEST_F(ChecksTest, ChangeAndItsDifference) {
  EXPECT_EQ(Check("The population rose from 1,200 to 1,500, an increase of 300."), Codes{});
  EXPECT_EQ(Check("The population rose from 1,200 to 1,500, an increase of 400."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع عدد الزوار من 1200 إلى 1500 زائر، بزيادة 300 زائر"), Codes{});
  EXPECT_EQ(Check("ارتفع عدد الزوار من 1200 إلى 1500 زائر، بزيادة 400 زائر"),
            Codes{"arith.change_mismatch"});
  // "أي بـ": restated as "by" so much.
  EXPECT_EQ(Check("ارتفع عدد الزوار من 1200 إلى 1500 زائر، أي بـ300 زائر"), Codes{});
  EXPECT_EQ(Check("ارتفع عدد الزوار من 1200 إلى 1500 زائر، أي بـ400 زائر"),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت البطالة من 14% إلى 11%، أي بخمس نقاط"), Codes{"arith.change_mismatch"});
  // A change after its percentage as "a 9% reduction"; a time between where it led and it.
  EXPECT_EQ(Check("The forecast was cut to 150 million from 165 million, a 19% reduction."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("وصل عدد الطلاب إلى 1.5 مليون هذا العام، بزيادة 50% عن مليون العام الماضي."),
            Codes{});
  EXPECT_EQ(Check("وصل عدد الطلاب إلى 1.5 مليون هذا العام، بزيادة 80% عن 1.2 مليون العام الماضي."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Exports fell from $50 million to $40 million, a drop of $15 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Debt rose from $1.1bn to $1.3bn, an increase of $200m."), Codes{});
  // Another unit is another quantity.
  EXPECT_EQ(Check("Exports fell from $50 million to $40 million, a drop of 15 tonnes."), Codes{});
}

// A change as an amount and a share, then where it led: the share is of a start below it by
// the amount, or above it; either will do, since the verb's way is not read.
// The change as an amount after "by", where it led, then the change as a share past a comma.
TEST_F(ChecksTest, ChangeByAnAmountToALevelThenAShare) {
  EXPECT_EQ(Check("ارتفع الإنتاج بمقدار 40 ألف طن ليصل إلى 440 ألف طن، أي بزيادة 15%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع الإنتاج بمقدار 40 ألف طن ليصل إلى 440 ألف طن، أي بزيادة 10%."),
            Codes{});
  EXPECT_EQ(Check("Enrolment grew by 800 to 8,800, an increase of 20%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Enrolment grew by 800 to 8,800, an increase of 10%."), Codes{});
  // Or after its verb, with what the level is per before the comma.
  EXPECT_EQ(Check("Silver rose $2 to $32 an ounce, a gain of 12%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Silver rose $2 to $32 an ounce, a gain of 6.7%."), Codes{});
  // "from" names where it began, no change.
  EXPECT_EQ(Check("ارتفع السعر من 800 دينار إلى 880 دينارا، أي بزيادة 10%."), Codes{});
}

TEST_F(ChecksTest, ChangeAsAnAmountAndAShare) {
  EXPECT_EQ(Check("Shares of the bank lost 45 cents, or 2.5%, to $17.55."), Codes{});
  EXPECT_EQ(Check("Shares of the bank lost 45 cents, or 4.5%, to $17.55."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Shares of the bank added 45 cents, or 2.6%, to $17.55."), Codes{});
  EXPECT_EQ(Check("ارتفع المؤشر 84 نقطة (0.7%) إلى 12,084 نقطة."), Codes{});
  EXPECT_EQ(Check("ارتفع المؤشر 84 نقطة (1.7%) إلى 12,084 نقطة."),
            Codes{"arith.change_mismatch"});
  // The verb four words before the change, its subject between.
  EXPECT_EQ(Check("ارتفعت العقود الآجلة لخام برنت 62 سنتا، أو 1.8%، إلى 82.41 دولار للبرميل."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت العقود الآجلة لخام برنت 62 سنتا، أو 0.8%، إلى 82.41 دولار للبرميل."),
            Codes{});
  // What the change measures and a verb that says it again may stand before where it led.
  EXPECT_EQ(Check("The fund shed $2.6 billion, or 11% of its value, falling to $21.04 billion."),
            Codes{});
  EXPECT_EQ(Check("The fund shed $2.6 billion, or 18% of its value, falling to $21.04 billion."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("خسر الصندوق 2.6 مليار دولار، أي 18% من قيمته، ليتراجع إلى 21.04 مليار دولار."),
            Codes{"arith.change_mismatch"});
  // The share first; where it settled after "at".
  EXPECT_EQ(Check("The Nasdaq lost 1.4%, or 231 points, to 16,270."), Codes{});
  EXPECT_EQ(Check("The Nasdaq lost 2.4%, or 231 points, to 16,270."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Gold settled up $31.20, or 1.3%, at $2,431.50 an ounce."), Codes{});
  EXPECT_EQ(Check("Gold settled up $31.20, or 2.3%, at $2,431.50 an ounce."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجع المؤشر 2.4%، أي 231 نقطة، ليغلق عند 16270 نقطة."),
            Codes{"arith.change_mismatch"});
  // The change explained by the level it led to, said of the thing itself, not of an item.
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 17%، حيث بلغت قيمتها 7500 م د مقابل 7000 م د."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 7%، حيث بلغت قيمتها 7500 م د مقابل 7000 م د."),
            Codes{});
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 17%، حيث بلغت صادرات التمور 750 م د مقابل 700 م د."),
            Codes{});
  // The change restated as an amount, on the way to its values; a dinar word and "م د" are
  // one currency in one sentence.
  EXPECT_EQ(Check("تراجع العجز بنسبة 18% أو ما قيمته 640 مليون دينار، ليبلغ 7040 م د مقابل "
                  "7680 م د."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The deficit narrowed 18%, or 640 million dinars, to 7,040 million dinars "
                  "from 7,680 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The deficit narrowed 8.3%, or 640 million dinars, to 7,040 million dinars "
                  "from 7,680 million."),
            Codes{});
  // A comma, then the verb of where it closed, and where it began.
  EXPECT_EQ(Check("تراجع المؤشر بنسبة 2.5%، ليغلق عند 9360 نقطة مقابل 9600 نقطة."), Codes{});
  EXPECT_EQ(Check("تراجع المؤشر بنسبة 4.5%، ليغلق عند 9360 نقطة مقابل 9600 نقطة."),
            Codes{"arith.change_mismatch"});
  // Losses and gains said as nouns measure a change.
  EXPECT_EQ(Check("سجلت البورصة خسائر بلغت 2.5%، ليغلق المؤشر عند 9120 نقطة مقابل 9600 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The index posted gains of 2.5% to close at 9,840, against 9,600."), Codes{});
  EXPECT_EQ(Check("The index posted gains of 5.5% to close at 9,840, against 9,600."),
            Codes{"arith.change_mismatch"});
  // A word or two of its subject between the verb and its preposition.
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 10%، لتصل قيمتها إلى 5.5 مليار دولار مقابل 4.4 مليار "
                  "دولار."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 25%، لتصل قيمتها إلى 5.5 مليار دولار مقابل 4.4 مليار "
                  "دولار."),
            Codes{});
  // The level first, past a comma the change that led to it, which ends the clause.
  EXPECT_EQ(Check("The Dow finished at 38,240 on Monday, up 310 points, or 0.8%."), Codes{});
  EXPECT_EQ(Check("The Dow finished at 38,240 on Monday, up 310 points, or 1.8%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Copper settled at $9,120 a tonne, down 1.2% ($111)."), Codes{});
  EXPECT_EQ(Check("Copper settled at $9,120 a tonne, down 2.2% ($111)."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("استقر المؤشر عند 9840 نقطة، منخفضا 120 نقطة أو 1.2%."), Codes{});
  EXPECT_EQ(Check("استقر المؤشر عند 9840 نقطة، منخفضا 120 نقطة أو 2.2%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجع المؤشر 85 نقطة أو ما يعادل 1.7% ليغلق عند 12,050 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجع المؤشر 85 نقطة أو ما يعادل 0.7% ليغلق عند 12,050 نقطة."), Codes{});
  EXPECT_EQ(Check("تراجع المؤشر 85 نقطة، أي بنسبة 1.7%، ليغلق عند 12050 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجع المؤشر 85 نقطة، أي بنسبة 0.7%، ليغلق عند 12050 نقطة."), Codes{});
  // "closed up 45 points at 8,240": a word of change before the amount, "at" its level.
  EXPECT_EQ(Check("The index closed up 60 points at 7,560, a gain of 1.8%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The index closed up 60 points at 7,560, a gain of 0.8%."), Codes{});
  // A change of another thing, or a share of a whole after it, is none of the level's.
  EXPECT_EQ(Check("The Dow finished at 38,240, while the Nasdaq fell 310 points, or 1.8%."),
            Codes{});
  EXPECT_EQ(Check("The Dow finished at 38,240, up 310 points, or 1.8% of its value in May."),
            Codes{});
  // Another unit, or a start said after it, is left to the checks that read them.
  EXPECT_EQ(Check("Output fell 45 tonnes, or 9%, to $17.55 a tonne."), Codes{});
  EXPECT_EQ(Check("Brent rose $1.20, or 1.5%, to $81.40 from $80.20 a barrel."), Codes{});
}

// "إلى X من Y" after a fall is where it led and began where a change named after says so;
// else a share of a whole, as after a rise to fewer than the whole.
TEST_F(ChecksTest, FallToFromInArabic) {
  // A time with no number of its own between where it led and where it began.
  EXPECT_EQ(Check("تراجعت الديون إلى 6.3 مليار دولار هذا العام من 7.2 مليار دولار، بانخفاض 12.5%."),
            Codes{});
  EXPECT_EQ(Check("تراجعت الديون إلى 6.3 مليار دولار هذا العام من 7.2 مليار دولار، بانخفاض 20%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Debt fell to $6.3 billion this year from $7.2 billion, a drop of 20%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Revenue rose 12% to $4.68 billion in the quarter, from $4 billion."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Revenue rose 12% to $4.48 billion in the quarter, from $4 billion."), Codes{});
  EXPECT_EQ(Check("ارتفعت نسبة المشاركة إلى 58% هذا العام من 51%، بزيادة 9 نقاط."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت نسبة المشاركة إلى 58% هذا العام من 51%، بزيادة 7 نقاط."), Codes{});
  EXPECT_EQ(Check("تراجعت الديون إلى 6.3 مليار دولار من 7.2 مليار دولار، أي بانخفاض نسبته 12.5%."),
            Codes{});
  EXPECT_EQ(Check("تراجعت الديون إلى 6.3 مليار دولار من 7.2 مليار دولار، أي بانخفاض نسبته 20%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("وصل عدد الناجحين إلى 63 من 70 طالبا، أي بنسبة 90%."), Codes{});
  EXPECT_EQ(Check("وصل عدد الناجحين إلى 63 من 70 طالبا، أي بنسبة 80%."),
            Codes{"arith.percent_mismatch"});
}

// The change of a rate said in points must be the difference; said in per cent it may be
// either the difference (as the press often writes points) or the relative change.
TEST_F(ChecksTest, ChangeOfARate) {
  // "نزولا من", "صعودا من": where a rate began, after where it is.
  EXPECT_EQ(Check("بلغ معدل البطالة 6.1% في يونيو، نزولا من 6.6% في مايو، أي بتراجع 0.5 نقطة."),
            Codes{});
  EXPECT_EQ(Check("بلغ معدل البطالة 6.1% في يونيو، نزولا من 6.6% في مايو، أي بتراجع 0.9 نقطة."),
            Codes{"arith.change_mismatch"});
  // "إلى" a rate, then "من" another: where it led and where it began.
  EXPECT_EQ(Check("ارتفع معدل التضخم إلى 3.4% في مايو من 3.1% في أبريل، بزيادة 0.3 نقطة."),
            Codes{});
  EXPECT_EQ(Check("ارتفع معدل التضخم إلى 3.4% في مايو من 3.1% في أبريل، بزيادة 0.5 نقطة."),
            Codes{"arith.change_mismatch"});
  // The periods of the two rates numbered by ordinals between them and after them.
  EXPECT_EQ(Check("تراجع معدل البطالة إلى 6.1% في الربع الثالث مقابل 6.5% في الربع الثاني، بانخفاض "
                  "0.6 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Unemployment fell to 6.1% in the third quarter from 6.5% in the second quarter, "
                  "a drop of 0.4 points."),
            Codes{});
  EXPECT_EQ(Check("Unemployment fell to 6.1% in the third quarter from 6.5% in the second quarter, "
                  "a drop of 0.6 points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Unemployment fell from 8.5% to 7.9%, a drop of 0.6 percentage points."),
            Codes{});
  EXPECT_EQ(Check("Unemployment fell from 8.5% to 7.9%, a drop of 0.9 percentage points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت البطالة من 7.9% إلى 8.5%، أي بزيادة 0.6 نقطة مئوية."), Codes{});
  // The time of each rate between them, in either order.
  EXPECT_EQ(Check("Unemployment fell to 6.1% in May from 6.4% in April, a drop of 0.5 "
                  "percentage points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Unemployment fell from 6.4% in April to 6.1% in May, a drop of 0.3 "
                  "percentage points."),
            Codes{});
  EXPECT_EQ(Check("انخفض معدل البطالة إلى 6.1% في مايو مقابل 6.4% في أبريل، بتراجع 0.5 نقطة "
                  "مئوية."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت البطالة من 7.9% إلى 8.5%، أي بزيادة 1.6 نقطة مئوية."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Turnout rose from 40% to 50%, an increase of 25%."), Codes{});
  EXPECT_EQ(Check("Turnout rose from 40% to 50%, an increase of 10%."), Codes{});
  EXPECT_EQ(Check("Turnout rose from 40% to 50%, an increase of 30%."),
            Codes{"arith.change_mismatch"});
  // Where it led, then where it began: the change after them must be said to be theirs.
  EXPECT_EQ(Check("The unemployment rate rose to 3.9% from 3.8%, an increase of 0.3 percentage "
                  "points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت نسبة البطالة 15.3% مقابل 15.6%، أي بتراجع 0.5 نقطة مئوية."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت نسبة التغطية إلى 79.5% مقابل 110.4%، بفعل التقلص الهام في قيمة "
                  "الصادرات بنسبة 38.8%."),
            Codes{});
  // The change said first, then where the rate led and where it began; "points" alone is
  // percentage points only where a rate changed by them.
  EXPECT_EQ(Check("Unemployment fell 0.4 points to 3.8%, from 4.4% a year earlier."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Unemployment fell 0.6 points to 3.8% from 4.4%."), Codes{});
  EXPECT_EQ(Check("Unemployment fell 2.6% to 3.8% from 4.4%."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Unemployment fell 0.6% to 3.8% from 4.4%."), Codes{});
  EXPECT_EQ(Check("تراجعت البطالة بمقدار 1.2 نقطة إلى 3.8% مقابل 5.4%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت البطالة بمقدار 1.6 نقطة من 5.4% إلى 3.8%."), Codes{});
  // "by a total of" past the times and the year of a run of changes.
  EXPECT_EQ(Check("The bank raised rates four times last year, by a total of 1.5 percentage "
                  "points, from 3% to 5.5%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The bank raised rates four times last year, by a total of 1.5 percentage "
                  "points, from 3% to 4.5%."),
            Codes{});
  EXPECT_EQ(Check("رفع البنك الفائدة أربع مرات العام الماضي، بما مجموعه 1.5 نقطة مئوية، من 3% "
                  "إلى 5.5%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت البطالة بمقدار نقطتين إلى 6.2% مقابل 7.1% قبل عام."),
            Codes{"arith.change_mismatch"});
  // Each value with its period: a number of months and the ordinal that places them.
  EXPECT_EQ(Check("بلغت قيمة الصادرات 12.4 مليار درهم خلال الأشهر التسعة الأولى من السنة، مقابل "
                  "11.2 مليار درهم في الفترة نفسها من العام الماضي، أي بارتفاع 17.7%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت قيمة الصادرات 12.4 مليار درهم خلال الأشهر التسعة الأولى من السنة، مقابل "
                  "11.2 مليار درهم في الفترة نفسها من العام الماضي، أي بارتفاع 10.7%."),
            Codes{});
  // "بعد أن كان" joins where it led and where it began; the change after them is theirs.
  EXPECT_EQ(Check("ارتفعت البطالة إلى 12.4% بعد أن كانت 10.1% العام الماضي، أي بزيادة 3.3 نقاط."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت البطالة إلى 12.4% بعد أن كانت 10.1% العام الماضي، أي بزيادة 2.3 نقطة."),
            Codes{});
  EXPECT_EQ(Check("ارتفعت البطالة إلى 12.4% بعد أن كانت 10.1%، فيما تراجع النمو بنسبة 3.3%."),
            Codes{});
  // What the rate is of, between where it led and where it began.
  EXPECT_EQ(Check("The deficit narrowed to 3.1% of GDP from 4.2%, a drop of 1.4 points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجع العجز إلى 3.1% من الناتج المحلي مقابل 4.2%، أي بتراجع 1.1 نقطة."),
            Codes{});
  // An index's points are its own unit, no percentage points: a difference of its level.
  EXPECT_EQ(Check("The Dow fell 500 points to 33,000 from 33,500."), Codes{});
  EXPECT_EQ(Check("The Dow fell 300 points to 33,000 from 33,500."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("He scored 12 points, shooting 45% from the field, up from 40%."), Codes{});
  // A range of rates is no change.
  EXPECT_EQ(Check("between 10% and 15%, an increase of 30%"), Codes{});
  // After a word that opens another clause, the change is another thing's.
  EXPECT_EQ(Check("ارتفعت نسبة البطالة من 5% إلى 7% فيما نما الاقتصاد بنسبة 3%."), Codes{});
  EXPECT_EQ(Check("ارتفعت الإيرادات من 100 مليون دينار إلى 120 مليون دينار فيما ارتفعت التكاليف "
                  "بنسبة 5%."),
            Codes{});
  EXPECT_EQ(Check("ارتفعت الإيرادات من 100 مليون دينار إلى 120 مليون دينار، أي بزيادة 5%."),
            Codes{"arith.change_mismatch"});
  // Another thing's change: a verb of its own, or a change in something named.
  for (const char* text :
       {"ارتفعت المبيعات من 100 مليون إلى 120 مليون دينار وارتفعت الأرباح بنسبة 5%.",
        "ارتفعت المبيعات من 100 مليون إلى 120 مليون دينار، كما ارتفعت الأرباح بنسبة 5%.",
        "ارتفع عدد السياح من 100 ألف إلى 120 ألف سائح، مع زيادة في العائدات بنسبة 5%.",
        "Sales rose from $100m to $120m, and profit rose 5%."}) {
    EXPECT_EQ(Check(text), Codes{}) << text;
  }
  EXPECT_EQ(Check("ارتفع عدد السياح من 100 ألف إلى 120 ألف سائح، مسجلا ارتفاعا بنسبة 5%."),
            Codes{"arith.change_mismatch"});
}

TEST_F(ChecksTest, ChangeAndItsMultiple) {
  // An adverb of a multiple, as its verb.
  EXPECT_EQ(Check("Its assets grew fourfold, from $15 billion to $60 billion."), Codes{});
  EXPECT_EQ(Check("Its assets grew fivefold, from $15 billion to $45 billion."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Visitors doubled from 100 to 300."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Revenue tripled from $1 billion to $3 billion."), Codes{});
  // Averages: "from an average of".
  EXPECT_EQ(Check("Prices have doubled in a decade, from an average of £250,000 to £700,000."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Prices have doubled in a decade, from an average of £250,000 to £500,000."),
            Codes{});
  // Arabic: a count of times (three or more) after a verb of multiplying.
  EXPECT_EQ(Check("تضاعفت المبيعات خمس مرات من 40 ألفا إلى 200 ألف وحدة."), Codes{});
  EXPECT_EQ(Check("تضاعفت المبيعات خمس مرات من 40 ألفا إلى 400 ألف وحدة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الفائدة خمس مرات من 1% إلى 9%."), Codes{});  // five occasions
  EXPECT_EQ(Check("Visitors doubled from 100 to 210."), Codes{});  // "doubled" is loose
  EXPECT_EQ(Check("Visitors more than doubled from 100 to 300."), Codes{});
  // The time it took said with no number between.
  EXPECT_EQ(Check("Hospital admissions doubled in a week, from 1,150 to 3,300."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Hospital admissions doubled in a week, from 1,150 to 2,300."), Codes{});
  // The multiple said after the values; "ب" before it may make it one more, and more than so
  // many is wrong only short of it.
  EXPECT_EQ(Check("ارتفع عدد الشركات من 100 إلى 800 شركة، أي بثلاثة أضعاف."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع عدد الشركات من 100 إلى 400 شركة، أي بثلاثة أضعاف."), Codes{});
  EXPECT_EQ(Check("ارتفع عدد الشركات من 120 شركة عام 2019 إلى 300 شركة عام 2023، أي بأكثر من "
                  "ثلاثة أضعاف."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع عدد الشركات من 120 شركة عام 2019 إلى 300 شركة عام 2023، أي بأكثر من "
                  "الضعفين."),
            Codes{});
  EXPECT_EQ(Check("Sales rose from 100 to 600, a threefold increase."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales rose from 100 to 300, a threefold increase."), Codes{});
  // "from" outside the first value, a year after it.
  EXPECT_EQ(Check("Users doubled from 1 million in 2020 to 4 million in 2024."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Users doubled from 2 million in 2020 to 4 million in 2024."), Codes{});
  // A period changes as a count does; a range "between" two periods is no change.
  EXPECT_EQ(Check("Life expectancy rose from 68.2 years in 2000 to 73.1 years in 2019, a gain of "
                  "5.9 years."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع متوسط العمر المتوقع من 68.2 عاما إلى 73.1 عاما، أي بزيادة 4.9 أعوام."),
            Codes{});
  EXPECT_EQ(Check("He was sentenced to between 5 and 10 years, an increase of 50% on his first "
                  "term."),
            Codes{});
  // A difference said first, in the unit of its values, then where it led and where it began;
  // a subunit and its currency make no range.
  EXPECT_EQ(Check("Shares rose $5 to $50 from $47."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع السهم بمقدار 5 دولارات إلى 50 دولارا مقابل 47 دولارا."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Fuel prices rise 17 fils to 3.05 dirhams a litre from 2.98 dirhams."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Fuel prices rise 7 fils to 3.05 dirhams a litre from 2.98 dirhams."), Codes{});
  EXPECT_EQ(Check("The firm cut 900 jobs to 4,500 from 5,200."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("He rose 3 places to 12 from 15 in the rankings."), Codes{});
  // Arabic: the verb before its subject, then the difference; "من" after where a rise led and
  // "إلى" is "from" (a share "من" a whole is larger than it).
  EXPECT_EQ(Check("قفز مؤشر السوق 58 نقطة إلى 12,340 نقطة من 12,255 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع سعر الديزل 5 فلوس إلى 2.95 درهم للتر من 2.90 درهم."), Codes{});
  EXPECT_EQ(Check("ارتفعت المبيعات بنسبة 15% إلى 500 ألف من 400 ألف."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات بنسبة 20% إلى 30 مليونا من 500 مليون."), Codes{});
  EXPECT_EQ(Check("ارتفع عدد القتلى بنسبة 20% إلى 40 قتيلا في 3 محافظات."), Codes{});
  // The period an ordinal numbers between where a change led and the change.
  EXPECT_EQ(Check("Profit was $27.5 billion in the second quarter, down 13.4% from $28.5 billion "
                  "a year earlier."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت الأرباح 27.5 مليار دولار في الربع الثاني، بانخفاض 3.4% عن 28.5 مليار "
                  "دولار قبل عام."),
            Codes{});
  // The month a period ends in, between the change and its values; a year after "من" and
  // the period, before "لتصل".
  EXPECT_EQ(Check("Profit per share rose 24% to $1.38 in the third quarter to September from "
                  "$1.21."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الأرباح بنسبة 24% في الربع الثالث من 2024 لتصل إلى 1.38 مليار دولار "
                  "مقابل 1.21 مليار دولار."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales rose 10% in the first quarter of 2024 to $5.5 million from $5 million."),
            Codes{});
  // A change said as a fraction in words, within a tenth of it (or 2.5 points).
  EXPECT_EQ(Check("The workforce shrank by a third, from 10,000 to 8,000."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Output fell by half, from 900 tonnes to 420 tonnes."), Codes{});
  EXPECT_EQ(Check("انخفض الإنتاج بمقدار الربع، من 900 طن إلى 600 طن."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales grew by a quarter, from $40 million to $50 million."), Codes{});
  EXPECT_EQ(Check("Exports fell by a quarter to 12 billion dollars from 18 billion."),
            Codes{"arith.change_mismatch"});  // "a quarter to 12" is no time of day here
  EXPECT_EQ(Check("Exports fell by a third to 12 billion dollars from 18 billion."), Codes{});
  // Of a rate, the fraction is of the rate's value, never of points.
  EXPECT_EQ(Check("The drug cut the risk by a third, from 15% to 12%, in a trial."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The drug cut the risk by a third, from 15% to 10%, in a trial."), Codes{});
  EXPECT_EQ(Check("انخفضت نسبة الأمية بمقدار النصف، من 30% إلى 20%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("انخفضت نسبة الأمية بمقدار الثلث، من 30% إلى 20%."), Codes{});
  EXPECT_EQ(Check("The plan cut costs from $90 million to $75 million, a saving of 25%."),
            Codes{"arith.change_mismatch"});
  // ... said after its values, or before them with its time past what it measures.
  EXPECT_EQ(Check("Rent will rise to $1,500 next year from $1,200, an increase of a quarter."),
            Codes{});
  EXPECT_EQ(Check("Rent will rise to $1,500 next year from $1,200, an increase of a third."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع الإيجار من 1200 إلى 1500 دينار، بزيادة الثلث."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The fund lost half of its value this year, falling from $900 to $600."),
            Codes{"arith.change_mismatch"});
  // A change in fils of a price in dirhams is in hundredths.
  EXPECT_EQ(Check("ارتفع سعر لتر البنزين من 2.10 درهم إلى 2.15 درهم، بزيادة 5 فلوس."), Codes{});
  EXPECT_EQ(Check("ارتفع سعر لتر البنزين من 2.10 درهم إلى 2.15 درهم، بزيادة 15 فلسا."),
            Codes{"arith.change_mismatch"});
  // What an amount is of between where it led and where it began; a level named after "to";
  // a comma after the change's time.
  EXPECT_EQ(Check("Rents rose 18% to $1,350 a month from $1,250."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع الأجر بنسبة 18% إلى 1350 دينارا شهريا مقابل 1250 دينارا."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Rents rose 18% in the first quarter, to an average of 1,350 dinars a month "
                  "from 1,250."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Rents rose 8% in the first quarter, to an average of 1,350 dinars a month "
                  "from 1,250."),
            Codes{});
  EXPECT_EQ(Check("Prices rose from $1,250 to a record $1,350, an 18% jump."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع السعر من 1250 دينارا إلى مستوى قياسي بلغ 1350 دينارا، أي بزيادة 8%."),
            Codes{});
  // The time a multiple took between it and its values; a multiple where it led.
  EXPECT_EQ(Check("Subscribers tripled in five years, from 400,000 to 1.6 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Subscribers tripled between 2019 and 2024, from 400,000 to 1.2 million."),
            Codes{});
  EXPECT_EQ(Check("ارتفع عدد المشتركين إلى ثلاثة أضعاف خلال خمس سنوات، من 400 ألف إلى 1.6 مليون."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع عدد المشتركين إلى أربعة أضعاف خلال خمس سنوات، من 400 ألف إلى 1.6 مليون."),
            Codes{});
  EXPECT_EQ(Check("زاد عدد المشتركين بثلاثة أضعاف من 400 ألف إلى 1.6 مليون."), Codes{});
  // Where it led first, then where it began.
  EXPECT_EQ(Check("Sales in Asia doubled to $4 billion from $1.2 billion."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales in Asia doubled to $4 billion from $2 billion."), Codes{});
  // No value after where a change led: the count of it before the change's verb.
  EXPECT_EQ(Check("The network of 180 stations will grow by a quarter, to 240."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The network of 180 stations will grow by a third, to 240."), Codes{});
  EXPECT_EQ(Check("The chain has 180 stores and sales rose 25% to 240."), Codes{});
  EXPECT_EQ(Check("The chain has 180 stores and sales rose 25% to 240 million."), Codes{});
  // Where it began right before the multiple, "since" between.
  EXPECT_EQ(Check("The stock, which debuted in 2012 at $15, has since risen sevenfold to $60."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The stock, which debuted in 2012 at $15, has since risen fourfold to $60."),
            Codes{});
  EXPECT_EQ(Check("Shares rose to $30 on Monday and doubled to $80 by Friday."), Codes{});
  // A year it counts since, then ", when" and where it began; where it led before the year or
  // after where it began with a word of now.
  EXPECT_EQ(Check("The fund has tripled to $90 billion since 2015, when it held $20 billion."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The fund has tripled to $90 billion since 2015, when it held $30 billion."),
            Codes{});
  EXPECT_EQ(Check("Fares have doubled since 2016, when a ticket cost $40; it now costs about "
                  "$120."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Fares have doubled since 2016, when a ticket cost $40; it now costs about "
                  "$80."),
            Codes{});
  EXPECT_EQ(Check("ارتفع سعر التذكرة إلى ثلاثة أضعاف منذ 2016، عندما كان 40 دينارا، ليبلغ اليوم "
                  "160 دينارا."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع سعر التذكرة إلى ثلاثة أضعاف منذ 2016، عندما كان 40 دينارا، ليبلغ اليوم "
                  "120 دينارا."),
            Codes{});
}

// A whole, then parts that end with "the rest" of it, which must make it up.
TEST_F(ChecksTest, PartsToTheRest) {
  // Parts whose verb the later ones leave out may leave some of the whole out, never exceed it.
  EXPECT_EQ(Check("Of the 150 seats, the ruling party won 82 and the opposition 71."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 150 seats, the ruling party won 82 and the opposition 61."), Codes{});
  EXPECT_EQ(Check("من أصل 150 مقعدا، فاز الحزب الحاكم بـ82 والمعارضة بـ71."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 150 crew, 90 were rescued and 70 injured."), Codes{});
  // The first part "of them" beside a whole no cue names.
  EXPECT_EQ(Check("The firm has 4,200 staff, 3,100 of them in Spain and the remaining 1,300 "
                  "elsewhere."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The firm has 4,200 staff, 3,100 of them in Spain and the remaining 1,100 "
                  "elsewhere."),
            Codes{});
  // "leaving" before the rest.
  EXPECT_EQ(Check("Of the 27 members, 19 signed the letter, leaving eight outside."), Codes{});
  EXPECT_EQ(Check("Of the 27 members, 19 signed the letter, leaving nine outside."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 1,400 workers, 600 took the buyout, 500 were reassigned and the "
                  "remaining 200 kept their posts."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 1,400 workers, 600 took the buyout, 500 were reassigned and the "
                  "remaining 300 kept their posts."),
            Codes{});
  EXPECT_EQ(Check("من بين 15 عضوا، صوت 9 لصالح القرار و5 ضده وامتنع العضوان الباقيان."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 15 عضوا، صوت 9 لصالح القرار و4 ضده وامتنع العضوان الباقيان."),
            Codes{});
  EXPECT_EQ(Check("من بين 50 ولاية، أقرت 27 قوانين مماثلة، فيما لم تقر الولايات الـ33 الأخرى."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 300 نائب، صوت 150 لصالح القانون و100 ضده، وامتنع الـ50 الباقون."),
            Codes{});
  EXPECT_EQ(Check("Of the $2 billion, $1.2 billion went to schools and the remaining $800 "
                  "million to hospitals."),
            Codes{});
  EXPECT_EQ(Check("Of the 90 passengers, 60 were rescued on Monday and the other 20 on "
                  "Tuesday."),
            Codes{"arith.total_mismatch"});
  // A part of a part, or a sentence that goes on to other things, leaves it alone.
  EXPECT_EQ(Check("Of the 1,400 workers, 600 took the buyout, 200 of them women, and the "
                  "remaining 800 stayed."),
            Codes{});
  EXPECT_EQ(Check("Of the 300 MPs, 150 voted for the bill, including 20 from the opposition, "
                  "and the other 150 against."),
            Codes{});
  EXPECT_EQ(Check("He won 5 of the 8 races, and the other 3 went to rivals."), Codes{});
  // A first part said before its whole, "of" between.
  EXPECT_EQ(Check("He won 5 of the 8 races, and the other 4 went to rivals."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The court jailed 12 of the 40 defendants, acquitted 19 and adjourned the "
                  "cases of the other 9."),
            Codes{});
  EXPECT_EQ(Check("أدانت المحكمة 12 من أصل 40 متهما، وبرأت 19، وأرجأت النظر في قضايا الـ11 "
                  "الآخرين."),
            Codes{"arith.total_mismatch"});
  // A semicolon before the rest alone; none before another part.
  EXPECT_EQ(Check("Of the 27 member states, 19 use the euro; the other nine keep their own."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 27 member states, 19 use the euro; the other eight keep their own."),
            Codes{});
  EXPECT_EQ(Check("من بين 27 دولة، تستخدم 19 دولة اليورو؛ أما الدول التسع الأخرى فلا."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 27 member states, 19 use the euro; 9 joined after 2004."), Codes{});
}

// A rate's change in points between where it led and where it began; the time of where it
// began before the change; a share "of them" after its whole's time; a poll's abstentions.
TEST_F(ChecksTest, RatesInPointsAndSharesOfAPoll) {
  // After a verb, a share of the whole right after it, then its part restated.
  EXPECT_EQ(Check("The airline cut 15% of its 20,000 jobs, or 4,000 positions."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The airline cut 15% of its 20,000 jobs, or 3,000 positions."), Codes{});
  EXPECT_EQ(Check("Sales rose 15% to 20,000 units, or 4,000 more."), Codes{});
  EXPECT_EQ(Check("Unemployment was 4.1% in May, down 0.5 points from 4.4% a year earlier."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Unemployment was 4.1% in May, down 0.3 points from 4.4% a year earlier."),
            Codes{});
  EXPECT_EQ(Check("بلغ معدل البطالة 4.1% في مايو، بتراجع 0.5 نقطة عن 4.4% قبل عام."),
            Codes{"arith.change_mismatch"});
  // In per cent, a rate's change may be its points as the press writes them, or relative.
  EXPECT_EQ(Check("Turnout reached 61.4%, up 3.2% from 58.2%."), Codes{});
  EXPECT_EQ(Check("Turnout reached 61.4%, up 5.5% from 58.2%."), Codes{});
  EXPECT_EQ(Check("Turnout reached 61.4%, up 7% from 58.2%."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Turnout reached 61.4%, up from 58.2% in the previous election, a rise of 4.2 "
                  "percentage points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت نسبة المشاركة إلى 61.4% مقابل 58.2% في الانتخابات السابقة، بزيادة 3.2 "
                  "نقطة مئوية."),
            Codes{});
  // Basis points are hundredths of a point, and the rates they move are set, not rounded:
  // "to 5.5% from 5%" is half a point.
  EXPECT_EQ(Check("The bank raised its main rate by 25 basis points to 4.5%, from 4%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The bank raised its main rate by 50 basis points to 4.5%, from 4%."), Codes{});
  EXPECT_EQ(Check("خفض البنك سعر الفائدة بمقدار 50 نقطة أساس إلى 3.75% من 4%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("خفض البنك سعر الفائدة بمقدار 25 نقطة أساس إلى 3.75% من 4%."), Codes{});
  // "a cut of": the change's own cue, no verb of another thing.
  EXPECT_EQ(Check("The rate went from 4% to 3.5%, a cut of 25 basis points."),
            Codes{"arith.change_mismatch"});
  // A few words of what the level was may stand between the values and their change.
  EXPECT_EQ(Check("Prices eased to 2.9% in May from 3.5% in April, the lowest in three years, a "
                  "fall of 0.8 points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Prices eased to 2.9% in May from 3.5% in April, the lowest in three years, a "
                  "fall of 0.6 points."),
            Codes{});
  EXPECT_EQ(Check("ارتفعت الصادرات إلى 4.86 مليار دولار من 4.05 مليار، وهي أعلى قيمة منذ 2018، "
                  "بزيادة 25%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الصادرات إلى 4.86 مليار دولار من 4.05 مليار، وهي أعلى قيمة منذ 2018، "
                  "بزيادة 20%."),
            Codes{});
  EXPECT_EQ(Check("The college admitted 3,200 students this year, 56% of them women, or about "
                  "2,100."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The college admitted 3,200 students this year, 56% of them women, or about "
                  "1,800."),
            Codes{});
  EXPECT_EQ(Check("سئل 900 شخص، فأيد 52% منهم الخطة، وعارضها 40%، وامتنع 18% عن الرد."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("In the vote, 52% backed the plan, 40% opposed it and 8% abstained."),
            Codes{});
  EXPECT_EQ(Check("In the vote, 52% backed the plan, 40% opposed it and 18% abstained."),
            Codes{"arith.percent_sum"});
  // "make up" shares a whole out; its "up" is no change.
  EXPECT_EQ(Check("Farmers make up 30% of the population, traders 45% and others 30%."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Farmers make up 30% of the population, traders 45% and others 25%."),
            Codes{});
  // Two shares only where the second is the rival's, named right after it; not another
  // contest's, an earlier time's or another place's.
  EXPECT_EQ(Check("The mayor won 53.2% of the vote against 51.8% for his rival."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("The mayor won 53.2% of the vote against 46.8% for his rival."), Codes{});
  EXPECT_EQ(Check("فاز رئيس البلدية بـ 53.2% من الأصوات مقابل 51.8% لمنافسه."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("حصل الحزب على 53% من الأصوات مقابل 58% للحزب نفسه في الانتخابات السابقة."),
            Codes{});
  EXPECT_EQ(Check("The party took 53% of the vote in the city, against 61% for it in the "
                  "countryside."),
            Codes{});
}

// Parts "among" a whole a phrase of time away, after a comma; "بما في ذلك" is "including".
TEST_F(ChecksTest, PartsAmongAWholeAPhraseAway) {
  EXPECT_EQ(Check("بلغ عدد الوفيات 1200 حالة منذ بداية العام، من بينها 1300 في شهر يناير وحده."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("بلغ عدد الوفيات 1200 حالة منذ بداية العام، من بينها 300 في شهر يناير وحده."),
            Codes{});
  EXPECT_EQ(Check("قتل 20 شخصا، بما في ذلك 25 طفلا."), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Flights were halted in 30 airports across the region last week, including 18 "
                  "in the north and 15 in the south."),
            Codes{"arith.total_mismatch"});
}

// Parts "of them" a few words after their whole, each placed by "in" before a place named,
// however many words name it: places do not overlap, so the parts are no more than the whole.
// States may ("في حالة خطرة", in a critical state), and a time is no place.
TEST_F(ChecksTest, PartsSplitByPlace) {
  EXPECT_EQ(Check("سجلت الوزارة 90 حالة وفاة، 50 منها في المحافظات الشرقية و45 في الغرب."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("سجلت الوزارة 90 حالة وفاة، 50 منها في المحافظات الشرقية و40 في الغرب."),
            Codes{});
  EXPECT_EQ(Check("About 7,200 people left, 4,000 of them in Spain and 3,900 in Italy."),
            Codes{});  // about: within a tenth
  EXPECT_EQ(Check("7,200 people left, 4,000 of them in Spain and 3,900 in Italy."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("7,200 people left, 4,000 of them in Spain and 3,200 in Italy."), Codes{});
  EXPECT_EQ(Check("أصيب 500 شخص، 300 منهم في المستشفيات الميدانية و250 في حالة خطرة."),
            Codes{});
  EXPECT_EQ(Check("سجلت الوزارة 90 حالة وفاة، 50 منها في المحافظات الشرقية و45 في 2023."),
            Codes{});
  // A noun in construct with a named one names a place too.
  EXPECT_EQ(Check("تضم المحفظة 40 شركة، 25 منها في قطاع الطاقة و18 في الصناعة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("تضم المحفظة 40 شركة، 25 منها في قطاع الطاقة و15 في الصناعة."), Codes{});
  // A country or a city, which Arabic names without the article, alone or in construct.
  EXPECT_EQ(Check("بلغت التداولات 4.2 مليار درهم، منها 2.5 مليار في سوق دبي و1.9 مليار في سوق "
                  "أبوظبي."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("بلغت الاستثمارات 4.2 مليار دولار، منها 2.5 مليار في مصر و1.9 مليار في تونس."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("بلغت الاستثمارات 4.2 مليار دولار، منها 2.5 مليار في مصر و1.5 مليار في تونس."),
            Codes{});
  // A part placed by "in" and one not placed at all are a list as before.
  EXPECT_EQ(Check("باعت الشركة 900 ألف وحدة، منها 500 ألف في السوق المحلية و450 ألفا للتصدير."),
            Codes{"arith.total_mismatch"});
  // A whole of many figures that ends in zeros may be rounded, where that is a small part.
  EXPECT_EQ(Check("أعيد توطين 24700 لاجئ، نقل 16852 منهم من الأردن و7861 من لبنان."), Codes{});
  EXPECT_EQ(Check("أعيد توطين 24700 لاجئ، نقل 16852 منهم من الأردن و8861 من لبنان."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("قتل 1000 شخص، بينهم 1200 طفل."), Codes{"arith.total_mismatch"});
  // "Of them" after the first part is none of the words that list the next.
  EXPECT_EQ(Check("لجأ 12 ألف شخص إلى الجبال، يقيم 8 آلاف منهم في مخيمات مؤقتة، و6 آلاف لدى "
                  "أسر مضيفة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("لجأ 12 ألف شخص إلى الجبال، يقيم 8 آلاف منهم في مخيمات مؤقتة، و4 آلاف لدى "
                  "أسر مضيفة."),
            Codes{});
  // Two parts placed by "in", one of them in no place named, may count some twice.
  EXPECT_EQ(Check("أصيب 600 شخص، 350 منهم في المدينة و300 في حالة خطرة."), Codes{});
  // One indefinite head first, told apart by the word after it: kinds of one thing.
  EXPECT_EQ(Check("بلغت الاستثمارات 2117 م د، منها 1150 م د في مشاريع جديدة و1067 م د في "
                  "مشاريع توسعة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("بلغت الاستثمارات 2117 م د، منها 1150 م د في مشاريع جديدة و967 م د في "
                  "مشاريع توسعة."),
            Codes{});
  EXPECT_EQ(Check("أصيب 400 شخص، 250 منهم في حالة خطرة و180 في حالة مستقرة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("3,500 people fled, 2,000 of them in the east and 1,600 in camps."), Codes{});
  EXPECT_EQ(Check("There were 5,000 cases, 3,000 of them in the capital and 2,500 in the "
                  "over-65s."),
            Codes{});
  EXPECT_EQ(Check("There were 5,000 cases, 3,000 of them in the capital and 2,500 in the "
                  "provinces."),
            Codes{"arith.total_mismatch"});
  // "على" places parts as "في" does, and the first part's verb may stand after the comma.
  EXPECT_EQ(Check("تأهل 16 لاعبا، حصل 5 منهم على الذهب و6 على الفضة و7 على البرونز."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("تأهل 16 لاعبا، حصل 5 منهم على الذهب و6 على الفضة و5 على البرونز."), Codes{});
  // The worst of the whole may lie in any other part.
  EXPECT_EQ(Check("8,000 homes were damaged, 5,000 of them in the city and 4,000 in the "
                  "hardest-hit districts."),
            Codes{});
  EXPECT_EQ(Check("تضرر 8000 منزل، 5000 منها في المدينة و4000 في الأحياء الأكثر تضررا."),
            Codes{});
}

// A quantity's parts in its unit are no more than it.
TEST_F(ChecksTest, PartsOfAQuantity) {
  EXPECT_EQ(Check("وتمتد الطريق على طول 120 كيلومترا، من بينها 150 كيلومترا من الطرق السريعة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The road is 120 km long, including 50 km of motorway."), Codes{});
}

// Wins, draws and losses make up the games played; without draws, nothing says they do.
TEST_F(ChecksTest, ARecordOfGames) {
  EXPECT_EQ(Check("فاز الفريق بـ 18 مباراة من أصل 30، وتعادل في 7 وخسر 3."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("فاز الفريق بـ 18 مباراة من أصل 30، وتعادل في 7 وخسر 5."), Codes{});
  // Each count said by the noun it counts, the games after the losses.
  EXPECT_EQ(Check("سجل النادي 17 انتصارا و8 تعادلات و5 هزائم في 30 مباراة."), Codes{});
  EXPECT_EQ(Check("سجل النادي 17 انتصارا و8 تعادلات و5 هزائم في 34 مباراة."),
            Codes{"arith.total_mismatch"});
  // Two of an outcome as a dual, one as its noun and "واحدة", a glued "و" before either.
  EXPECT_EQ(Check("سجل المنتخب 4 انتصارات وتعادلين وهزيمة واحدة في 7 مباريات."), Codes{});
  EXPECT_EQ(Check("سجل المنتخب 4 انتصارات وتعادلين وهزيمة واحدة في 8 مباريات."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The club has 17 wins, 8 draws and 7 defeats in 30 games."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The club has 17 wins, 8 draws and 5 defeats in 20 years."), Codes{});
  // A record may open with its draws or its losses.
  EXPECT_EQ(Check("تعادل المنتخب في 5 مباريات وفاز في 12 وخسر 3 من أصل 22 مباراة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("تعادل المنتخب في 5 مباريات وفاز في 12 وخسر 3 من أصل 20 مباراة."), Codes{});
  EXPECT_EQ(Check("They drew 5, won 12 and lost 3 of their 24 games."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("خسر الفريق 4 مباريات وتعادل في 6 وفاز في 20 من أصل 32 مباراة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("خسر الفريق 4 مباريات وتعادل في 6 وفاز في 20 من أصل 30 مباراة."), Codes{});
  // A whole right after the first count that the other two outgrow is the first's own.
  EXPECT_EQ(Check("They lost 4 of their last 5, drew 7 and won 10."), Codes{});
  EXPECT_EQ(Check("The team played 30 games, winning 18, drawing 7 and losing 3."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The team won 18 of its 30 games, drew 7 and lost 5."), Codes{});
  EXPECT_EQ(Check("خاض الفريق 30 مباراة، فاز في 18 وتعادل في 7 وخسر 6."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The team won 18 of its 30 games and lost 9."), Codes{});
  EXPECT_EQ(Check("He won 5 of 8 races, lost 2 and drew 1 in 2023."), Codes{});
  // A count after the whole record is none of it; "drawn", "unbeaten in" so many games.
  EXPECT_EQ(Check("Liverpool, who have won 19 of their 25 league games, drawn five and lost two, "
                  "lead the table on 61 points."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("فاز الأهلي في 19 مباراة من أصل 25، وتعادل في 4 وخسر 2، ليتصدر برصيد 61 نقطة."),
            Codes{});
  EXPECT_EQ(Check("The team went unbeaten in 15 matches, winning 11 and drawing 5."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The team went unbeaten in 15 matches, winning 11 and drawing 4."), Codes{});
  // The games named before the wins by the same noun; "of its last".
  EXPECT_EQ(Check("حصل الفريق على 72 نقطة من 38 مباراة، بعد أن فاز في 21 مباراة وتعادل في 9 "
                  "وخسر 9."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("حصل الفريق على 72 نقطة من 38 مباراة، بعد أن فاز في 21 مباراة وتعادل في 9 "
                  "وخسر 8."),
            Codes{});
  // The games after the points they earned, the wins with no noun.
  EXPECT_EQ(Check("حصد الفريق 25 نقطة من 10 مباريات، بعد أن فاز في 7 منها وتعادل في مباراتين "
                  "وخسر مباراتين."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The team has 23 points from 10 games, having won 7, drawn 2 and lost 1."),
            Codes{});
  EXPECT_EQ(Check("The team has 25 points from 10 games, having won 7, drawn 2 and lost 2."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The club has won 21 of its last 25 matches, drawing three and losing three."),
            Codes{"arith.total_mismatch"});
  // The games after the losses; the losses' own "of their last" is no whole of the record.
  EXPECT_EQ(Check("فاز الفريق في 20 مباراة وتعادل في 8 وخسر في 12 من أصل 38 مباراة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The side won 20, drew 8 and lost 10 of their 38 games."), Codes{});
  EXPECT_EQ(Check("The side won 20, drew 8 and lost 3 of their last 5 games."), Codes{});
  // The wins in so many games, "في" and the games' noun.
  EXPECT_EQ(Check("حقق النادي 21 فوزا في 34 مباراة، وتعادل في 9 وخسر 6."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("حقق النادي 21 فوزا في 34 مباراة، وتعادل في 9 وخسر 4."), Codes{});
}

// A word of rising or falling before a change's values, or "up from" between them, that went
// the other way beyond their rounding.
TEST_F(ChecksTest, AChangeTheOtherWay) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("Unemployment rose to 5.1% from 5.3%."), slip);
  EXPECT_EQ(Check("Unemployment fell to 5.1% from 5.3%."), Codes{});
  EXPECT_EQ(Check("Sales fell from 100 to 120 units."), slip);
  EXPECT_EQ(Check("Sales climbed from 100 to 120 units."), Codes{});
  EXPECT_EQ(Check("Turnout was 61.2%, up from 63.8% in 2019."), slip);
  EXPECT_EQ(Check("Turnout was 61.2%, down from 63.8% in 2019."), Codes{});
  EXPECT_EQ(Check("Revenue rose 8% to $4 million from $5 million."), slip);
  EXPECT_EQ(Check("تراجعت الصادرات من 40 مليون دولار إلى 52 مليون دولار."), slip);
  EXPECT_EQ(Check("تراجعت الصادرات إلى 52 مليون دولار من 40 مليون دولار."), slip);
  EXPECT_EQ(Check("ارتفعت الصادرات من 52 مليون دولار إلى 40 مليون دولار."), slip);
  // Within the rounding either way; "إلى 40 من 120" may be 40 out of 120; years are no values.
  EXPECT_EQ(Check("Output rose to 3.0 million tonnes from 3 million."), Codes{});
  EXPECT_EQ(Check("ارتفع عدد الناجحين إلى 40 طالبا من 120 طالبا."), Codes{});
  EXPECT_EQ(Check("The firm lost money from 2018 to 2015."), Codes{});
  // Spans of time too.
  EXPECT_EQ(Check("Average waiting times fell from 48 days to 62 days."), slip);
  EXPECT_EQ(Check("Average waiting times fell from 62 days to 48 days."), Codes{});
  // The first value's time between the two.
  EXPECT_EQ(Check("Inflation fell to 3.9% in October from 3.4% in September."), slip);
  EXPECT_EQ(Check("Inflation fell to 3.4% in October from 3.9% in September."), Codes{});
  EXPECT_EQ(Check("ارتفع التضخم من 3.9% في سبتمبر إلى 3.4% في أكتوبر."), slip);
  // "إلى ... من" past the first value's time, or of rates, is no "out of".
  EXPECT_EQ(Check("ارتفع معدل التضخم السنوي إلى 26.5% في يونيو من 28.1% في مايو."), slip);
  EXPECT_EQ(Check("تراجع معدل التضخم السنوي إلى 26.5% في يونيو من 28.1% في مايو."), Codes{});
  // A currency's price in another grows as the currency falls.
  EXPECT_EQ(Check("The rupee fell to 83.5 from 82.9 against the dollar."), Codes{});
  EXPECT_EQ(Check("تراجعت الليرة إلى 34.5 من 32.1 مقابل الدولار."), Codes{});
  // Where it began named by no noun after two counts of their own nouns may be either's.
  EXPECT_EQ(Check("The firm has 14,000 staff in 30 countries, up from 9,000 in 2019."),
            Codes{});
  EXPECT_EQ(Check("وبلغ عدد الطلاب 40 ألفا في 120 مدرسة، ارتفاعا من 35 ألفا."), Codes{});
  EXPECT_EQ(Check("The company has 40 stores in 12 cities, up from 31 stores in 2020."),
            Codes{});
  EXPECT_EQ(Check("The firm has 30 offices, up from 45."), slip);
  EXPECT_EQ(Check("The firm has 300 staff in 30 offices, up from 45 offices."), slip);
}

// A value, then its verb of change and "to" another, then the change said after them.
TEST_F(ChecksTest, AValueThenItsVerbToAnother) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("Sales were $100 million in 2022 and rose to $130 million in 2023, a rise of "
                  "20%."),
            slip);
  EXPECT_EQ(Check("Sales were $100 million and rose to $130 million, a rise of 30%."), Codes{});
  EXPECT_EQ(Check("بلغت المبيعات 100 مليون دولار، ثم ارتفعت إلى 130 مليون دولار، بزيادة 20%."),
            slip);
  EXPECT_EQ(Check("بلغت المبيعات 100 مليون دولار في 2022، لتصل إلى 130 مليون دولار في 2023، "
                  "بزيادة 20%."),
            slip);
  // Its time and a word of now between.
  EXPECT_EQ(Check("في عام 2010 كان عدد سكان المدينة 800 ألف نسمة، وارتفع اليوم إلى 1.2 مليون، أي "
                  "بزيادة 40%."),
            slip);
  EXPECT_EQ(Check("في عام 2010 كان عدد سكان المدينة 800 ألف نسمة، وارتفع اليوم إلى 1.2 مليون، أي "
                  "بزيادة 50%."),
            Codes{});
  // Another subject's verb between: another thing's value.
  EXPECT_EQ(Check("Sales were $100 million in 2022 and profit rose to $130 million, a rise of "
                  "20%."),
            Codes{});
  // Helpers of the verb ("is projected to fall to").
  EXPECT_EQ(Check("The population was 67 million in 2020 and is projected to fall to 60 million "
                  "by 2050, a drop of about 20%."),
            slip);
  EXPECT_EQ(Check("The population was 67 million in 2020 and is projected to fall to 60 million "
                  "by 2050, a drop of about 10%."),
            Codes{});
  // A change after "قبل أن" is a later one's.
  EXPECT_EQ(Check("كان سعر البرميل 70 دولارا في يناير، ثم ارتفع إلى 85 دولارا في أبريل، قبل أن "
                  "يتراجع بنسبة 5%."),
            Codes{});
}

// Parts in a list, then their sum restated: "أي ما مجموعه", "for a total of".
TEST_F(ChecksTest, PartsThenTheirSum) {
  EXPECT_EQ(Check("خصصت الحكومة 300 مليون دولار للمرحلة الأولى و450 مليون دولار للمرحلة الثانية، "
                  "أي ما مجموعه 850 مليون دولار."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("خصصت الحكومة 300 مليون دولار للمرحلة الأولى و450 مليون دولار للمرحلة الثانية، "
                  "أي ما مجموعه 750 مليون دولار."),
            Codes{});
  // "and" and the verb of the next part between them.
  EXPECT_EQ(Check("The quake destroyed 1,150 houses and damaged 2,300, for a total of 3,950."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The quake destroyed 1,150 houses and damaged 2,300, for a total of 3,450."),
            Codes{});
  EXPECT_EQ(Check("هدم الزلزال 1150 منزلا وتضرر 2300، أي ما مجموعه 3950 منزلا."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The storm killed 12 people and injured a further 40, 55 in all."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The storm killed 12 people and injured a further 40, 52 in all."), Codes{});
  // A sum's cue after it, past a comma and a word that restates.
  EXPECT_EQ(Check("أحرز المنتخب 4 ميداليات ذهبية و3 فضية و5 برونزية، أي 13 ميدالية في المجموع."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("أحرز المنتخب 4 ميداليات ذهبية و3 فضية و5 برونزية، أي 12 ميدالية في المجموع."),
            Codes{});
  EXPECT_EQ(Check("The team won 4 gold, 3 silver and 5 bronze medals, or 13 in all."),
            Codes{"arith.total_mismatch"});
  // A total the parts bring a count to may hold more (a career's), never less.
  EXPECT_EQ(Check("He won 5 gold, 3 silver and 7 bronze medals, bringing his total to 12."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("He won 5 gold, 3 silver and 7 bronze medals, bringing his total to 27."),
            Codes{});
  // Each part with its month, "in" alone between.
  EXPECT_EQ(Check("The bank sold $1.2 billion in September and $800 million in October, a total "
                  "of $2.4 billion."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("باع البنك 1.2 مليار دولار في سبتمبر و800 مليون دولار في أكتوبر، بإجمالي ملياري "
                  "دولار."),
            Codes{});
  EXPECT_EQ(Check("It has 120 stores in France, 80 in Spain and 45 in Italy, for a total of 255."),
            Codes{"arith.total_mismatch"});
  // The sum after a comma, its cue after it.
  EXPECT_EQ(Check("The flight carried 212 passengers and 14 crew, 236 people in all."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The flight carried 212 passengers and 14 crew, 226 people in all."), Codes{});
  EXPECT_EQ(Check("أقلت الطائرة 212 راكبا و14 من أفراد الطاقم، 236 شخصا في المجموع."),
            Codes{"arith.total_mismatch"});
  // A cue that does not end the clause: another, wider sum.
  EXPECT_EQ(Check("She won 3 golds and 2 silvers in Paris, 12 medals in all since 2010."),
            Codes{});
  EXPECT_EQ(Check("It has 120 stores in France, 80 in Spain and 45 in Italy, for a total of 245."),
            Codes{});
  // The last part's one word of what it counts, then a comma and the sum.
  EXPECT_EQ(Check("حصد المنتخب 5 ميداليات ذهبية و3 فضية و7 برونزية، بمجموع 17 ميدالية."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("حصد المنتخب 5 ميداليات ذهبية و3 فضية و7 برونزية، بمجموع 15 ميدالية."),
            Codes{});
  EXPECT_EQ(Check("جمعت الحملة 5 ملايين للمدارس و3 ملايين للطرق في 7 محافظات، بإجمالي 8 ملايين."),
            Codes{});
  // Arabic glues "و" to the second clause's subject, not to its number.
  EXPECT_EQ(Check("وتبرعت السعودية بـ500 مليون دولار والإمارات بـ300 مليون دولار، أي ما مجموعه "
                  "900 مليون دولار."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("وتبرعت السعودية بـ500 مليون دولار والإمارات بـ300 مليون دولار، أي ما مجموعه "
                  "800 مليون دولار."),
            Codes{});
  // The list starts after the words that set it apart from the whole before it.
  EXPECT_EQ(Check("بلغت الميزانية 5 مليارات دولار، خصصت منها 300 مليون للمرحلة الأولى و450 مليون "
                  "للثانية، أي ما مجموعه 750 مليون."),
            Codes{});
  // A count brought up to a total is no sum of the counts before it.
  EXPECT_EQ(Check("سجلت 14 وفاة و30 إصابة، ليرتفع العدد الإجمالي للوفيات إلى 2356."), Codes{});
}

TEST_F(ChecksTest, PartsAndTheirTotal) {
  // Parts set off by commas right after a whole the article makes definite name all of it.
  EXPECT_EQ(Check("The 150 victims, 90 men and 50 women, were buried on Friday."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The 150 victims, 90 men and 60 women, were buried on Friday."), Codes{});
  EXPECT_EQ(Check("He bought 5 apples, 3 pears and 4 plums, then left."), Codes{});
  EXPECT_EQ(Check("The 150 victims, 90 men and 50 women were buried."), Codes{});
  EXPECT_EQ(Check("Of the 150 victims, 90 men and 50 women, were identified."), Codes{});
  // "of them" right after the first part, a comma from the whole.
  EXPECT_EQ(Check("يضم المجلس 65 عضوا، 20 منهم معينون و55 منتخبون."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The council has 65 members, 20 of them appointed and 55 elected."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The council has 65 members, 20 of them appointed and 45 elected."), Codes{});
  // An Arabic verb past the comma may take the part through a preposition.
  EXPECT_EQ(Check("اعتقلت الشرطة 37 شخصا، أفرج عن 42 منهم لاحقا."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("اعتقلت الشرطة 37 شخصا، أفرج عن 22 منهم لاحقا."), Codes{});
  // A count of others ends the parts.
  EXPECT_EQ(Check("قتل 20 شخصا بينهم 12 طفلا، وأصيب 15 آخرون."), Codes{});
  // So does another clause after the list; a verb before each part is a list of clauses
  // where the first part has one too.
  for (const char* text : {"قتل 20 شخصا بينهم 12 طفلا، فيما نقل 15 إلى المستشفى.",
                           "قتل 20 شخصا بينهم 12 طفلا، ونقل 15 جريحا إلى المستشفى.",
                           "Twenty people died, including 12 children, and 15 were taken to "
                           "hospital.",
                           "The 30 victims included 12 children; 25 were from the same village."}) {
    EXPECT_EQ(Check(text), Codes{}) << text;
  }
  EXPECT_EQ(Check("سجلت 520 إصابة، شفي منها 480 وتوفي 52."), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("سجلت 520 إصابة، شفي منها 480 وتوفي 22."), Codes{});
  EXPECT_EQ(Check("The firm has 400 staff, 150 of them engineers, and plans to hire 300 more."),
            Codes{});
  EXPECT_EQ(Check("a total of 100 people: 60 men and 40 women"), Codes{});
  EXPECT_EQ(Check("a total of 100 people: 60 men and 30 women"), Codes{"arith.total_mismatch"});
  // The total named a word or two before its number.
  EXPECT_EQ(Check("بلغ إجمالي عدد الضحايا 100 شخص: 60 رجلا و30 امرأة"),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("بلغ العدد الإجمالي للضحايا 100 شخص: 60 رجلا و40 امرأة"), Codes{});
  EXPECT_EQ(Check("The total number of victims was 100: 60 men and 30 women."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("قتل 20 شخصا بينهم 12 طفلا و5 نساء"), Codes{});
  EXPECT_EQ(Check("قتل 20 شخصا بينهم 12 طفلا و15 امرأة"), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("بلغ عدد الوفيات 50 حالة، منها 30 رجلا و25 امرأة"),
            Codes{"arith.total_mismatch"});
  // An amount's parts: of its currency, or of none the text repeats.
  EXPECT_EQ(Check("خصصت الحكومة 5 مليارات درهم للبرنامج، منها 4 مليارات للتعليم و2.5 مليار "
                  "للصحة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The plan costs $5 billion, including $4 billion for schools and $2.5 billion "
                  "for hospitals."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The plan costs $5 billion, including 4,000 jobs."), Codes{});
  // "among them" after a count that says where an earlier one comes from: the larger whole.
  EXPECT_EQ(Check("شارك 30 ألف عداء من 120 دولة، بينهم 8 آلاف امرأة"), Codes{});
  EXPECT_EQ(Check("شارك أكثر من 30 ألف عداء من 120 دولة، بينهم 8 آلاف امرأة"), Codes{});
  EXPECT_EQ(Check("Some 30,000 runners from 120 countries ran, including 8,000 women."),
            Codes{});
  EXPECT_EQ(Check("قتل 20 شخصا في 3 محافظات، بينهم 25 طفلا"), Codes{"arith.total_mismatch"});
  // Parts said to make up the whole ("هم", a colon) must add up to it exactly.
  EXPECT_EQ(Check("أسفر الهجوم عن مقتل 15 شخصا، هم 8 مدنيين و9 عسكريين"),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("أسفر الهجوم عن مقتل 15 شخصا، هم 8 مدنيين و7 عسكريين"), Codes{});
  EXPECT_EQ(Check("The attack killed 15 people: 8 civilians and 9 soldiers."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The attack killed 15 people: 8 civilians and 7 soldiers."), Codes{});
  EXPECT_EQ(Check("Match 15: 2 goals and 3 assists."), Codes{});  // a whole of no noun
  // A few words after the colon before a list of three parts or more.
  EXPECT_EQ(Check("The house has 450 seats: the ruling party won 230, the opposition 190 and "
                  "independents 40."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The house has 450 seats: the ruling party won 230, the opposition 180 and "
                  "independents 40."),
            Codes{});
  // A verb that splits the whole does what the colon does.
  EXPECT_EQ(Check("The 450 seats are split among the ruling party with 230, the opposition "
                  "with 190 and independents with 40."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The 450 seats are split among the ruling party with 230, the opposition "
                  "with 180 and independents with 40."),
            Codes{});
  EXPECT_EQ(Check("يضم البرلمان 120 مقعدا: حصل الحزب الحاكم على 60 والمعارضة على 40 "
                  "والمستقلون على 25."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The firm has 450 employees: the CEO said 30 will leave and 20 will move."),
            Codes{});
  // Votes each way are no more than the members; one way twice, or another motion, is no
  // tally.
  EXPECT_EQ(Check("Of the 650 MPs, 326 voted for the bill, 310 against and 24 abstained."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 650 MPs, 326 voted for the bill, 300 against and 24 abstained."),
            Codes{});
  EXPECT_EQ(Check("Of the 650 MPs, 326 voted yes, 310 voted no and 24 abstained."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 15 عضوا، أيد القرار 9 وعارضه 5 وامتنع 2."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 15 عضوا، أيد القرار 9 وعارضه 4 وامتنع 2."), Codes{});
  // A court's judges agree or dissent.
  EXPECT_EQ(Check("Of the 9 justices, 6 agreed with the ruling and 4 dissented."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 9 justices, 6 agreed with the ruling and 3 dissented."), Codes{});
  EXPECT_EQ(Check("Of the 650 MPs, 326 voted for the bill and 340 for the amendment."), Codes{});
  EXPECT_EQ(Check("Of the 100 senators, 60 voted for the bill, 45 against the amendment."),
            Codes{});
  // After "Of the", a comma lists the parts whose verb the later ones leave out, as "and"
  // does; where a part began is none ("41, up from 35").
  EXPECT_EQ(Check("Of the 30 ministers, the president named 12, parliament 10 and the regions 9."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 30 ministers, the president named 12, parliament 10 and the regions 8."),
            Codes{});
  EXPECT_EQ(Check("Of the 80 seats, Labour took 41, up from 35, and the Greens 12."), Codes{});
  // Counts under a thousand are exact: one left out is a slip; a rounded thousand is not.
  EXPECT_EQ(Check("The attack killed 15 people: 8 civilians and 6 soldiers."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("قتل 1200 شخص، هم 800 مدني و350 عسكريا"), Codes{});
  EXPECT_EQ(Check("قتل 1200 شخص، هم 800 مدني و300 عسكري"), Codes{"arith.total_mismatch"});
  // Parts after a comma and "هم", a few words after the whole.
  EXPECT_EQ(Check("لقي 9 أشخاص حتفهم، هم 5 رجال و3 نساء، في حادث اصطدام."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("لقي 9 أشخاص حتفهم، هم 5 رجال و4 نساء، في حادث اصطدام."), Codes{});
  // What befell some of them is no split of the whole.
  EXPECT_EQ(Check("15 people were injured: 8 were taken to hospital and 3 were treated at the "
                  "scene."),
            Codes{});
  EXPECT_EQ(Check("أصيب 15 شخصا: 8 منهم نقلوا إلى المستشفى و3 عولجوا"), Codes{});
  // Words that say so before the colon; ordinals that name the parts.
  EXPECT_EQ(Check("توزعت المقاعد الـ 120 على النحو التالي: 40 مقعدا للحزب الأول و35 للثاني "
                  "و30 للثالث."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("توزعت المقاعد الـ 120 كالتالي : 50 مقعدا للحزب الأول و40 للثاني و30 "
                  "للثالث."),
            Codes{});
  EXPECT_EQ(Check("The 100 seats were split as follows: 45 for the first party, 30 for the "
                  "second and 20 for the third."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("قتل 20 شخصا بينهم 25 طفلا"), Codes{"arith.total_mismatch"});  // one part
  EXPECT_EQ(Check("20 people died, including 25 children"), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The 12 victims included 15 children."), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("قتل 20 شخصا بينهم 5 أطفال"), Codes{});
  // A comma before the cue ties the parts to a whole that a word qualifies; a rounded whole
  // does not excuse more parts than it.
  EXPECT_EQ(Check("أطلق سراح 13 موقوفا متشددا، بينهم 30 امرأة"), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("أطلق سراح 13 موقوفا متشددا، بينهم 3 نساء"), Codes{});
  EXPECT_EQ(Check("بلغ عددهم 7000 أسير، من بينهم 7017 أسيرة"), Codes{"arith.total_mismatch"});
  // Counts in digits are exact: one part more than the whole is a slip.
  EXPECT_EQ(Check("أعلنت الوزارة إيقاف 12 عنصرا تكفيريا، من بينهم 13 امرأة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("قتل 20 شخصا بينهم 12 طفلا و9 نساء"), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("قتل 20 شخصا بينهم 12 طفلا و8 نساء"), Codes{});
  // A larger number further on is another quantity: the lists' candidates, the injured.
  EXPECT_EQ(Check("تقدم 900 مرشح في 80 قائمة انتخابية منها 120 مرشحا حرا"), Codes{});
  EXPECT_EQ(Check("مقتل 13 شخصا بينهم ضابطان وإصابة 40 آخرين"), Codes{});
  EXPECT_EQ(Check("it employs 1,200 people, of whom 700 are women and 600 are men"),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("it employs 1,200 people, of whom 700 are women and 500 are men"), Codes{});
  // A word on the whole between it and the cue: "1200 إصابة جديدة، بينها".
  EXPECT_EQ(Check("سجلت 1200 إصابة جديدة، بينها 800 لدى الرجال و500 لدى النساء"),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("سجلت 1200 إصابة جديدة، بينها 700 لدى الرجال و500 لدى النساء"), Codes{});
}

TEST_F(ChecksTest, SharesOfOneWhole) {
  EXPECT_EQ(Check("حصل أ على 40% و ب على 35% و ج على 25% من الأصوات"), Codes{});
  EXPECT_EQ(Check("حصل أ على 50% و ب على 35% و ج على 25% من الأصوات"), Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Lee won 48%, Kim 31% and Park 21% of the vote."), Codes{});
  EXPECT_EQ(Check("Lee won 48%, Kim 41% and Park 21% of the vote."), Codes{"arith.percent_sum"});
  // A poll's answers with some undecided: one answer a head.
  EXPECT_EQ(Check("The poll found 62% support the measure, 35% oppose it and 8% are undecided."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("The poll found 62% support the measure, 30% oppose it and 8% are undecided."),
            Codes{});
  EXPECT_EQ(Check("It found 62% of parents favour it, 31% oppose it and 12% have no view."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Of the ballots counted, 51% went to Smith, 46% to Jones and 6% to others."),
            Codes{"arith.percent_sum"});
  // A semicolon parts two contests, each a whole.
  EXPECT_EQ(Check("In round one, 40% of the vote went to Ruiz; in the runoff he won 55% of the "
                  "vote and his rival 45%."),
            Codes{});
  EXPECT_EQ(Check("أظهر الاستطلاع أن 55% يؤيدون القرار و40% يعارضونه و12% لم يحسموا رأيهم."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("62% of Democrats, 50% of Republicans and 40% of independents are undecided."),
            Codes{});
  EXPECT_EQ(Check("Of those polled, 52% said yes, 45% said no and 9% did not know."),
            Codes{"arith.percent_sum"});
  // A whole named before the shares; two contests, each a share against a rival's.
  EXPECT_EQ(Check("توزعت المقاعد على النحو التالي: 48% للحزب الحاكم و35% للمعارضة و22% "
                  "للمستقلين."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("توزعت الأصوات كالتالي: 48% للمرشح الأول و37% للثاني و22% للثالث."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("فاز بـ 92% من الأصوات في شيكاغو مقابل 8% لمنافسته، و95.7% في بوسطن مقابل "
                  "4.3%."),
            Codes{});
  // A share set against another time's ("up from", "مقابل") makes no split of one whole.
  EXPECT_EQ(Check("The party won 40% of the vote, up from 35% in 2019, while the second party "
                  "won 30%."),
            Codes{});
  EXPECT_EQ(Check("حصل الحزب على 40% من الأصوات مقابل 35% في الانتخابات السابقة، فيما حصل "
                  "الحزب الثاني على 30%."),
            Codes{});
  // Two percentages of two wholes are left alone.
  EXPECT_EQ(Check("فاز بـ 56% من الأصوات بعد فرز 48% من الأصوات"), Codes{});
  // Shares of wholes that the sentence names apart.
  EXPECT_EQ(Check("شارك 60% من السكان و30% من المقيمين و20% من الزوار"), Codes{});
  EXPECT_EQ(Check("60% of the population, 30% of the visitors and 20% of the staff took part"),
            Codes{});
  // A rate named by its own word beside it, as turnout is, is no share of the vote.
  for (const char* text : {"He won 52% of the vote against 48% for his rival, with 60% turnout.",
                           "Turnout was 60%; he won 52% of the vote against 48% for his rival.",
                           "حصل على 65.82% من الأصوات مقابل 34.18% لمنافسته، فيما بلغت نسبة "
                           "المشاركة 74%."}) {
    EXPECT_EQ(Check(text), Codes{}) << text;
  }
  EXPECT_EQ(Check("He won 52% of the vote against 38% for his rival and 20% for the third."),
            Codes{"arith.percent_sum"});
}

TEST_F(ChecksTest, ConflictingValuesOfOneThing) {
  EXPECT_EQ(Check("أكثر من 623 ألف سائح روسي\nوقالت الجمعية إن أكثر من 623 سائح روسي زاروا"),
            Codes{"doc.conflicting_values"});
  // Different counts of one noun are different events, not a conflict.
  EXPECT_EQ(Check("قتل 5 أشخاص في الشمال.\nوقتل 12 شخصا في الجنوب."), Codes{});
  EXPECT_EQ(Check("1,250 visitors came.\nThe 1,520 visitors came from 12 countries."),
            Codes{"doc.conflicting_values"});
  // A digit or a swap apart with no word that refers back: as often another event.
  EXPECT_EQ(Check("1,250 visitors came.\nThen 1,520 visitors came."), Codes{});
  EXPECT_EQ(Check("أصيب 125 شخصا في الحادث الأول.\nوأصيب 152 شخصا في حادث ثان."), Codes{});
  EXPECT_EQ(Check("قتل 27 شخصا.\nوكان بين القتلى الـ72 ثلاثة أطفال."), Codes{});  // two digits
  // Each sentence names its own time or rank, none alike: two things, however near the counts.
  EXPECT_EQ(Check("In 2022 the clinic saw 1,340 patients.\nIn 2023 it saw 1,430 patients."),
            Codes{});
  EXPECT_EQ(Check("The first train carried 316 passengers.\nThe third carried 361 passengers."),
            Codes{});
  EXPECT_EQ(Check("In 2022 the clinic saw 1,340 patients.\nIts 1,430 patients, from 12 towns, "
                  "were treated free."),
            Codes{"doc.conflicting_values"});
  // A headline and its body say one count in other words around it: a scale slip of three
  // significant digits is a conflict whatever word follows.
  EXPECT_EQ(Check("استقبلت تونس 623 ألف سائح في ماي\nوقالت الوزارة إن 623 سائحا زاروا البلاد"),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("Tourism: 623,000 visitors in May\nOfficials said 623 visitors came."),
            Codes{"doc.conflicting_values"});
  // Two significant digits or a round number may well be two things.
  EXPECT_EQ(Check("1.5 million people live there.\nOnly 1,500 people voted."), Codes{});
  EXPECT_EQ(Check("600,000 people live there.\nOnly 600 people voted."), Codes{});
  // An amount of one currency at another scale, with two significant digits.
  EXPECT_EQ(Check("صفقة بقيمة 2.5 مليار دولار\nوقعت الشركة صفقة قيمتها 2.5 مليون دولار"),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("Exports reached $5.2 billion.\nThe $5.2 million in exports was a record."),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("A $52 million loan.\nA $5.2 billion bond."), Codes{});  // x100: no scale word
  EXPECT_EQ(Check("A fine of 5 million euros.\nA deal of 5 billion euros."), Codes{});
  EXPECT_EQ(Check("A loan of $2.5 billion.\nA grant of 2.5 million euros."), Codes{});
}

// A headline's number that the body never repeats, where the body gives the same thing one
// digit or one swap apart, whatever words follow each; a lead sentence is no headline, and a
// headline's number that the body repeats leaves the other to be another thing.
TEST_F(ChecksTest, AHeadlineAndItsBody) {
  EXPECT_EQ(Check("إنقاذ 129 مهاجرا قبالة السواحل\nأنقذت البحرية أمس 192 مهاجرا غير شرعي."),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("أوباما يمنح الفلسطينيين 221 مليون دولار\nقدمت الإدارة 212 مليون دولار لهم."),
            Codes{"doc.conflicting_values"});
  // A count that refers back to one of its noun in an earlier sentence, whatever words follow.
  EXPECT_EQ(Check("Officials recorded 1,284 new cases on Monday. Of the 1,248 new cases, 300 "
                  "were in the capital."),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("أعلنت الوزارة تسجيل 3456 حالة جديدة. وتوزعت الحالات الـ3546 على 20 ولاية."),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("Officials recorded 1,284 cases on Monday and 1,248 on Tuesday. Of the 1,248 "
                  "cases, 300 were in the capital."),
            Codes{});
  EXPECT_EQ(Check("Officials recorded 1,284 cases in 2023. In 2024, the 1,248 cases came from "
                  "12 towns."),
            Codes{});  // the two sentences name different times
  EXPECT_EQ(Check("The school has 1,345 pupils. The 1,354 pupils of its twin school visited."),
            Codes{});
  EXPECT_EQ(Check("Storm kills 125 people in Texas\nThe storm killed 152 people, officials said."),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("Storm kills 125 people in Texas\nThe storm killed 125 people, against 152 "
                  "people last year."),
            Codes{});
  EXPECT_EQ(Check("The company hired 125 workers in 2019. In 2020 it hired 152 workers."), Codes{});
  EXPECT_EQ(Check("Storm kills 500 people\nThe storm killed 510 people, officials said."), Codes{});
  // One finding for a pair that the words after make one thing as well.
  EXPECT_EQ(Check("Storm kills 125 people in Texas\nThe storm killed 152 people in Texas."),
            Codes{"doc.conflicting_values"});
  // Two digits swapped, where both count one noun.
  EXPECT_EQ(Check("Crash kills 37 people\nThe crash killed 73 people, police said."),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("Crash kills 37 people\nThe crash killed 37 people and injured 73 people."),
            Codes{});
  EXPECT_EQ(Check("Crash kills 37 people\nThe crash killed 38 people, police said."), Codes{});
  // Or a bare count and a count of the body that one verb says.
  EXPECT_EQ(Check("Blast kills 46\nThe blast killed 64 people near the port."),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("Blast kills 46\nThe blast killed 46 people and hit 64 shops."), Codes{});
  EXPECT_EQ(Check("Blast kills 46\nThe blast hit 64 shops near the port."), Codes{});
  // A headline drops the noun its body gives.
  EXPECT_EQ(Check("Floods kill 143 in northern province\nFloods killed 134 people in the "
                  "province, officials said."),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("Floods kill 143 in northern province\nFloods killed 143 people and "
                  "destroyed 134 homes, officials said."),
            Codes{});
  // Amounts of a currency no country names, by the currency's family.
  EXPECT_EQ(Check("ارتفاع عائدات السياحة إلى 643 مليون دينار\nبلغت عائدات السياحة 634 مليون "
                  "دينار خلال الأشهر الستة الأولى."),
            Codes{"doc.conflicting_values"});
  EXPECT_EQ(Check("ارتفاع عائدات السياحة إلى 643 مليون دينار\nبلغت عائدات السياحة 643 مليون "
                  "دينار مقابل 634 مليون ريال."),
            Codes{});
  // A headline that rounds its body's amount is no slip of it.
  EXPECT_EQ(Check("عجز تجاري بـ12620 مليون دينار\nبلغ العجز التجاري 12620،5 مليون دينار."),
            Codes{});
}

// Two checks that read the same claims alike make one finding; another code or other spans
// are another finding, and a repeated one keeps the severity of the first.
TEST_F(ChecksTest, ReporterKeepsOneFindingPerSlip) {
  CheckConfig settings;
  Reporter reporter(settings);
  const std::vector<SpanRef> spans = {{0, 3, Side::kSource}, {5, 9, Side::kSource}};
  reporter.Report("arith.total_mismatch", "first reading", spans, "10", "12");
  reporter.ReportAs(Severity::kInfo, "arith.total_mismatch", "second reading", spans, "10", "12");
  reporter.Report("arith.percent_mismatch", "another code", spans, "10", "12");
  reporter.Report("arith.total_mismatch", "other spans", {{0, 3, Side::kSource}}, "10", "12");
  ASSERT_EQ(reporter.findings().size(), 3u);
  EXPECT_EQ(reporter.findings()[0].message, "first reading");
  EXPECT_EQ(reporter.findings()[0].severity, Severity::kWarning);
}

// The findings of many things come in the order the things first appear, on every run (a hash
// map's order differs from run to run).
TEST_F(ChecksTest, ConflictingValuesInDocumentOrder) {
  std::string text;
  const std::vector<std::string> nouns = {"visitors", "tourists", "workers", "pupils",
                                          "farmers",  "drivers",  "nurses",  "sailors"};
  for (const std::string& noun : nouns) {
    text += "In all 1,250 " + noun + " came.\nThe 1,520 " + noun + " came back.\n";
  }
  std::vector<claims::Claim> claims;
  text::NormalizedText normalized;
  ASSERT_TRUE(claims::Extract(TestEngine(), text, {}, &claims, &normalized).ok());
  CheckConfig settings;
  Reporter reporter(settings);
  CheckDocument({TestEngine(), normalized, claims, std::nullopt}, nullptr, &reporter);
  std::vector<size_t> starts;
  for (const Finding& f : reporter.findings()) {
    if (f.code == "doc.conflicting_values") starts.push_back(f.spans.at(0).start);
  }
  EXPECT_EQ(starts.size(), nouns.size());
  EXPECT_TRUE(std::is_sorted(starts.begin(), starts.end()));
}

TEST_F(ChecksTest, StyleFindingsAreInfoOrMixedNumbers) {
  // Two digit scripts in one document: info only, so nothing serious.
  EXPECT_EQ(Check("١٨ نوفمبر ٢٠٢٢\nبلغ العدد 68 بلدا"), Codes{});
  EXPECT_EQ(Check("بلغ العدد 1٣ حالة"), Codes{"style.mixed_digit_scripts"});
  EXPECT_EQ(Check("there were 1٣ cases"), Codes{"style.mixed_digit_scripts"});
  EXPECT_EQ(Check("Phase III trials began in 2020 with 40 patients"), Codes{});
  EXPECT_EQ(Check("there were 13 cases"), Codes{});
}

TEST_F(ChecksTest, SeparatorReadAgainstTheOtherNumbers) {
  const std::string on = "style.ambiguous_separator=warning";
  // "1,4" makes the comma this document's decimal point, so "2,803" is read as 2.803.
  EXPECT_EQ(CheckAll("نسبة 1,4 بالمائة وقيمة 2,803 طن", on), Codes{"style.ambiguous_separator"});
  EXPECT_EQ(CheckAll("a rate of 1,4 percent and 2,803 tonnes", on),
            Codes{"style.ambiguous_separator"});
  EXPECT_EQ(CheckAll("وقيمة 2,803 طن", on), Codes{});
  EXPECT_EQ(CheckAll("a value of 2,803 tonnes", on), Codes{});
  // Info by default: nothing serious.
  EXPECT_EQ(Check("نسبة 1,4 بالمائة وقيمة 2,803 طن"), Codes{});
}

TEST_F(ChecksTest, ChecksCanBeSwitchedOffAndTurnedUp) {
  EXPECT_EQ(Check("الاثنين 18 نوفمبر 2022", nullptr, "", "date.weekday_mismatch=off"), Codes{});
  EXPECT_EQ(Check("Workers will strike on May 1, 2024 (Thursday)."),
            Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("The talks resume on Aug. 5, 2024, a Monday, in Geneva."), Codes{});
  EXPECT_EQ(Check("في 17 أكتوبر 2023، وهو يوم أربعاء، أعلنت الشركة خطة لتسريح 1500 موظف."),
            Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("الاثنين 18 نوفمبر 2022", nullptr, "", "date.*=off"), Codes{});
  EXPECT_EQ(Check("١٨ نوفمبر ٢٠٢٢\nبلغ العدد 68 بلدا", nullptr, "", "style.mixed_digit_scripts=error"),
            Codes{"style.mixed_digit_scripts"});
  CheckConfig config;
  EXPECT_FALSE(config.Apply("no.such_check=off").ok());
  EXPECT_FALSE(config.Apply("date.invalid=loud").ok());
  EXPECT_FALSE(config.Apply("date.invalid").ok());
}

TEST_F(ChecksTest, FactsRespectTheClaimsQualifier) {
  Facts facts;
  const Error e = Facts::Load(R"({"facts":[{"id":"members","kind":"number","value":195,
      "cues":{"en":["member countries"],"ar":["البلدان الأعضاء"]}}]})",
                              TestEngine().normalizer(), &facts);
  ASSERT_TRUE(e.ok()) << e.message;
  EXPECT_EQ(Check("The organization has 195 member countries.", &facts), Codes{});
  EXPECT_EQ(Check("The organization has more than 190 member countries.", &facts), Codes{});
  EXPECT_EQ(Check("The organization has 190 member countries.", &facts), Codes{"fact.contradiction"});
  EXPECT_EQ(Check("تضم المنظمة 190 من البلدان الأعضاء.", &facts), Codes{"fact.contradiction"});
  // A claim in another sentence than the cue is not checked.
  EXPECT_EQ(Check("It has member countries. It had 190 staff.", &facts), Codes{});
}

// A number that measures a part of what the fact names is no measure of it.
TEST_F(ChecksTest, FactsLeaveAPartOfTheirWhole) {
  Facts facts;
  ASSERT_TRUE(Facts::Load(R"({"facts":[{"id":"jobless","kind":"percent","value":15.3,
      "cues":{"en":["unemployment rate"],"ar":["نسبة البطالة","معدل البطالة"]}}]})",
                          TestEngine().normalizer(), &facts)
                  .ok());
  EXPECT_EQ(Check("The unemployment rate stood at 18%.", &facts), Codes{"fact.contradiction"});
  EXPECT_EQ(Check("بلغت نسبة البطالة 18 بالمائة.", &facts), Codes{"fact.contradiction"});
  EXPECT_EQ(Check("The unemployment rate among women was 20%.", &facts), Codes{});
  EXPECT_EQ(Check("بلغ معدل البطالة في صفوف الشباب 35 بالمائة.", &facts), Codes{});
  EXPECT_EQ(Check("بلغت نسبة البطالة لدى حاملي الشهادات 30 بالمائة.", &facts), Codes{});
}

TEST_F(ChecksTest, FactsWithToleranceValidityAndYears) {
  Facts facts;
  ASSERT_TRUE(Facts::Load(R"([
      {"id":"staff","value":"1000","tolerance":50,"cues":["staff"]},
      {"id":"launch","kind":"year","value":2009,"cues":["launched"]},
      {"id":"old","value":5,"valid_until":"2010-01-01","cues":["offices"]}])",
                          TestEngine().normalizer(), &facts)
                  .ok());
  EXPECT_EQ(Check("It has 1040 staff.", &facts), Codes{});
  EXPECT_EQ(Check("It has 1100 staff.", &facts), Codes{"fact.contradiction"});
  EXPECT_EQ(Check("It was launched 13 years ago.", &facts, "2022-06-01"), Codes{});
  EXPECT_EQ(Check("It was launched 10 years ago.", &facts, "2022-06-01"), Codes{"fact.contradiction"});
  EXPECT_EQ(Check("It has 9 offices.", &facts, "2022-06-01"), Codes{});  // no longer valid
  // A Hijri year stands for the Gregorian years it overlaps (1430 هـ: 2008-12-29 to 2009-12-17).
  EXPECT_EQ(Check("It was launched in 1430 AH.", &facts), Codes{});
  EXPECT_EQ(Check("It was launched in 1436 AH.", &facts), Codes{"fact.contradiction"});
  // A solar Hijri date's year is no Gregorian year either.
  EXPECT_EQ(Check("It was launched on ۱۳۸۸/۰۱/۰۱.", &facts), Codes{});
}

TEST_F(ChecksTest, BadFactsFilesAreRefusedWithAPosition) {
  Facts facts;
  Error e = Facts::Load(R"({"facts": [ {"id": "a", "value": 1, "cues": ["x"]}, ]})",
                        TestEngine().normalizer(), &facts);
  EXPECT_EQ(e.code, ErrorCode::kBadFacts);
  EXPECT_NE(e.offset, kNoOffset);
  e = Facts::Load(R"({"facts":[{"id":"b","value":"one","cues":["x"]}]})", TestEngine().normalizer(),
                  &facts);
  EXPECT_EQ(e.code, ErrorCode::kBadFacts);
  EXPECT_NE(e.message.find("\"b\""), std::string::npos);
  EXPECT_NE(e.message.find("value"), std::string::npos);
  std::string deep(100, '[');
  e = Facts::Load(deep + std::string(100, ']'), TestEngine().normalizer(), &facts);
  EXPECT_EQ(e.code, ErrorCode::kBadFacts);
  e = Facts::Load(R"({"facts":[{"id":"c","value":1}]})", TestEngine().normalizer(), &facts);
  EXPECT_EQ(e.code, ErrorCode::kBadFacts);  // no cues
}

// An amount and the same amount in another unit beside it: a slip when the two cannot meet
// within the rounding of each and of a conversion factor; nothing for a rounded conversion, a
// ton or gallon of another size, or two amounts that are not said to be one.
TEST_F(ChecksTest, ConversionMismatch) {
  const Codes slip = {"arith.conversion_mismatch"};
  EXPECT_EQ(Check("The typhoon moved 120 kilometres (95 miles) inland."), slip);
  EXPECT_EQ(Check("The typhoon moved 120 kilometres (75 miles) inland."), Codes{});
  EXPECT_EQ(Check("بلغت الحرارة 47 درجة مئوية (107 فهرنهايت) في الظل."), slip);
  EXPECT_EQ(Check("بلغت الحرارة 47 درجة مئوية (117 فهرنهايت) في الظل."), Codes{});
  EXPECT_EQ(Check("بلغت الحرارة 104 درجات فهرنهايت (44 درجة مئوية) في فينيكس."), slip);
  EXPECT_EQ(Check("بلغت الحرارة 104 درجات فهرنهايت (40 درجة مئوية) في فينيكس."), Codes{});
  EXPECT_EQ(Check("يرتفع البرج 632 مترا، أي 2400 قدم."), slip);
  EXPECT_EQ(Check("يرتفع البرج 632 مترا، أي 2073 قدما."), Codes{});
  EXPECT_EQ(Check("The jet cruised at 39,000 feet, or 9,200 metres."), slip);
  EXPECT_EQ(Check("The jet cruised at 39,000 feet, or 11,900 metres."), Codes{});
  EXPECT_EQ(Check("Each sack weighs 25 kg (75 pounds)."), slip);
  EXPECT_EQ(Check("Each sack weighs 25 kg (55 pounds)."), Codes{});
  // Below zero a sign is no digit: "-10" is as precise as "10".
  EXPECT_EQ(Check("Temperatures fell to -10C (24F) overnight."), slip);
  EXPECT_EQ(Check("Temperatures fell to -10C (14F) overnight."), Codes{});
  // Rounded to the figures written, "about" so much, a factor of 1.6 km a mile.
  EXPECT_EQ(Check("The border is 300 miles (480 km) away."), Codes{});
  EXPECT_EQ(Check("The lake covers 50 square kilometres (about 20 square miles)."), Codes{});
  EXPECT_EQ(Check("مساحة المحمية 800 كيلومتر مربع (309 أميال مربعة)."), Codes{});
  // A short ton, an imperial gallon, a troy ounce of gold.
  EXPECT_EQ(Check("The bell weighs 2 tons (1,814 kg)."), Codes{});
  EXPECT_EQ(Check("The tank holds 10 gallons (45 litres)."), Codes{});
  EXPECT_EQ(Check("The bar weighs 400 ounces (12.4 kg) of gold."), Codes{});
  // A rate and its conversion, past what it is per.
  EXPECT_EQ(Check("The field pumps 60,000 barrels a day, or 7 million litres."), slip);
  EXPECT_EQ(Check("The field pumps 60,000 barrels a day, or 9.5 million litres."), Codes{});
  // A range and its conversion, end by end.
  EXPECT_EQ(Check("Keep 2 to 3 metres (6 to 10 feet) apart."), Codes{});
  EXPECT_EQ(Check("Keep 2 to 3 metres (6 to 16 feet) apart."), slip);
  EXPECT_EQ(Check("ابتعد من 2 إلى 3 أمتار (15 إلى 20 قدما)."), slip);
  // Money in currencies of one peg; a currency no country names, or a floating one, not.
  EXPECT_EQ(Check("رصدت الحكومة 600 مليون دولار (3.2 مليار ريال سعودي) للمشروع."), slip);
  EXPECT_EQ(Check("رصدت الحكومة 600 مليون دولار (2.25 مليار ريال سعودي) للمشروع."), Codes{});
  EXPECT_EQ(Check("The fund holds QAR 7.3 billion ($2.6 billion)."), slip);
  EXPECT_EQ(Check("The fund holds QAR 7.3 billion ($2 billion)."), Codes{});
  EXPECT_EQ(Check("رصدت الحكومة 3.2 مليار ريال (600 مليون دولار)."), Codes{});
  EXPECT_EQ(Check("The plan costs 2 billion pounds ($9 billion)."), Codes{});
  // Two amounts, not one said twice; and the check can be switched off.
  EXPECT_EQ(Check("He ran 10 km and then 3 miles."), Codes{});
  EXPECT_EQ(Check("The typhoon moved 120 kilometres (95 miles) inland.", nullptr, "",
                  "arith.conversion_mismatch=off"),
            Codes{});
}

// A total over a period and the average it makes per unit of time right after them: a slip
// when they do not hold within the rounding of the figures; nothing where the rate is of
// another thing, in another kind, or per a unit of uneven size.
TEST_F(ChecksTest, RateMismatch) {
  const Codes slip = {"arith.rate_mismatch"};
  EXPECT_EQ(Check("The clinic saw 210 patients over seven days, an average of 40 a day."), slip);
  EXPECT_EQ(Check("The clinic saw 210 patients over seven days, an average of 30 a day."),
            Codes{});
  EXPECT_EQ(Check("وزعت الجمعية 56 ألف سلة خلال أسبوعين، بمعدل 8 آلاف سلة يوميا."), slip);
  EXPECT_EQ(Check("وزعت الجمعية 56 ألف سلة خلال أسبوعين، بمعدل 4 آلاف سلة يوميا."), Codes{});
  // The unit of time said before the average.
  EXPECT_EQ(Check("The clinic saw 420 patients over two weeks, a daily average of 45."), slip);
  EXPECT_EQ(Check("The clinic saw 420 patients over two weeks, a daily average of 30."),
            Codes{});
  EXPECT_EQ(Check("وزعت الجمعية 56 ألف سلة خلال أسبوعين، بمتوسط يومي بلغ 8 آلاف سلة."), slip);
  EXPECT_EQ(Check("وزعت الجمعية 56 ألف سلة خلال أسبوعين، بمتوسط يومي بلغ 4 آلاف سلة."), Codes{});
  EXPECT_EQ(Check("The mill ground 48,000 tonnes in 2023, a monthly average of 4,000 tonnes."),
            Codes{});
  EXPECT_EQ(Check("The fund paid out $3.6 million over three years, or about $1.5 million a "
                  "year."),
            slip);
  EXPECT_EQ(Check("The fund paid out $3.6 million over three years, or about $1.2 million a "
                  "year."),
            Codes{});
  // Cases of what the average counts ("حالة ولادة"); cases alone, and their average.
  EXPECT_EQ(Check("سجلت المملكة 312 ألف حالة ولادة العام الماضي، بمعدل 956 ولادة يوميا."), slip);
  EXPECT_EQ(Check("سجلت المملكة 312 ألف حالة ولادة العام الماضي، بمعدل 856 ولادة يوميا."),
            Codes{});
  EXPECT_EQ(Check("سجلت البلاد 1200 حالة خلال 4 أسابيع، بمعدل 400 حالة أسبوعيا."), slip);
  EXPECT_EQ(Check("سجلت الولاية 960 حالة إصابة خلال الشهر الماضي، أي بمعدل 42 حالة يوميا."),
            slip);
  // ", at" before the average: what is paid each year.
  EXPECT_EQ(Check("The loan of $2 billion will be repaid over 10 years, at about $300 million a "
                  "year."),
            slip);
  EXPECT_EQ(Check("The loan of $2 billion will be repaid over 10 years, at about $200 million a "
                  "year."),
            Codes{});
  // The total set off as what its subject is worth, the period after the aside.
  EXPECT_EQ(Check("The settlement, worth $1.1bn, will be paid over five years, or about $320m "
                  "a year."),
            slip);
  EXPECT_EQ(Check("The settlement, worth $1.1bn, will be paid over five years, or about $220m "
                  "a year."),
            Codes{});
  EXPECT_EQ(Check("ستدفع التسوية، البالغة قيمتها 1.1 مليار دولار، على مدى خمس سنوات، أي نحو "
                  "320 مليون دولار سنويا."),
            slip);
  EXPECT_EQ(Check("The plan, worth $1.1bn, was approved in five years of talks, and $320m a "
                  "year goes to schools."),
            Codes{});
  // A week may be of working days, a year too.
  EXPECT_EQ(Check("The plant built 10,000 cars in two weeks, or 1,000 a day."), Codes{});
  EXPECT_EQ(Check("The clinic treated 1,460 patients over two years, or four a day."), slip);
  // A distance over hours and the speed it makes; a length in another unit.
  EXPECT_EQ(Check("The ferry sailed 90 km in 3 hours, averaging 40 km/h."), slip);
  EXPECT_EQ(Check("The ferry sailed 90 km in 3 hours, averaging 30 km/h."), Codes{});
  EXPECT_EQ(Check("The glacier moved 3 metres in 10 days, an average of 50 cm a day."), slip);
  EXPECT_EQ(Check("The glacier moved 3 metres in 10 days, an average of 30 cm a day."), Codes{});
  // The period first, as an adjective or a time the clause opens with.
  EXPECT_EQ(Check("The five-day fair sold 4,000 tickets, an average of 800 a day."), Codes{});
  EXPECT_EQ(Check("The five-day fair sold 4,000 tickets, an average of 1,000 a day."), slip);
  EXPECT_EQ(Check("خلال 3 أيام وزع المتطوعون 9 آلاف وجبة، بمعدل 4 آلاف وجبة يوميا."), slip);
  EXPECT_EQ(Check("خلال 3 أيام وزع المتطوعون 9 آلاف وجبة، بمعدل 3 آلاف وجبة يوميا."), Codes{});
  EXPECT_EQ(Check("استقبل المستشفى خلال أسبوع 840 مريضا، أي بمعدل 150 مريضا يوميا."), slip);
  // Not the average of another thing; not a total in brackets after the period.
  EXPECT_EQ(Check("A two-year study of 3,000 patients found an average of 1.5 visits a month."),
            Codes{});
  EXPECT_EQ(Check("It followed 3,000 patients over two years, an average of 1.5 visits a month."),
            Codes{});
  EXPECT_EQ(Check("A 3-day strike (the second, with 2,000 workers) cost an average of $90 a day."),
            Codes{});
  // A share, a price per unit: no average of the total. A month is 28 to 31 days.
  EXPECT_EQ(Check("Exports rose 6% over three years, an average of 3% a year."), Codes{});
  EXPECT_EQ(Check("He sold 300 shares over two days, an average of $40 a share."), Codes{});
  EXPECT_EQ(Check("They served 45,000 meals in one month, an average of 1,000 a day."), slip);
  EXPECT_EQ(Check("They served 45,000 meals in one month, an average of 1,500 a day."), Codes{});
  // Spread over games or matches, an average per one of them.
  EXPECT_EQ(Check("She scored 30 goals in 20 games, an average of 2.5 a game."), slip);
  EXPECT_EQ(Check("She scored 30 goals in 20 games, an average of 1.5 a game."), Codes{});
  EXPECT_EQ(Check("سجل الفريق 36 هدفا في 12 مباراة، بمعدل 4 أهداف في المباراة."), slip);
  EXPECT_EQ(Check("سجل الفريق 36 هدفا في 12 مباراة، بمعدل 3 أهداف في المباراة."), Codes{});
  EXPECT_EQ(Check("They played 12 matches and scored 24 goals, an average of 3 a match."),
            Codes{});  // the items before the total: not read
  // Per one of any items named again ("per farmer", "لكل مزارع") or "each"; items before an
  // amount of money are read.
  EXPECT_EQ(Check("The fund paid $15 million to 3,000 farmers, an average of $3,000 per farmer."),
            slip);
  EXPECT_EQ(Check("The fund paid $15 million to 3,000 farmers, or $5,000 each."), Codes{});
  EXPECT_EQ(Check("صرفت الوزارة لـ3 آلاف مزارع 15 مليون دينار، أي 3 آلاف دينار لكل مزارع."), slip);
  EXPECT_EQ(Check("صرفت الوزارة لـ3 آلاف مزارع 15 مليون دينار، أي 5 آلاف دينار لكل مزارع."),
            Codes{});
  EXPECT_EQ(Check("The fund paid $15 million to 3,000 farmers, an average of $3,000 a year."),
            Codes{});
  // Said about so much right after a comma, the rate restates the total over its period.
  EXPECT_EQ(Check("The bank handed out 42,000 parcels over six weeks, about 10,000 a week."),
            slip);
  EXPECT_EQ(Check("The bank handed out 42,000 parcels over six weeks, about 7,000 a week."),
            Codes{});
}

// A rate restated per another unit of time right after it (", or", "أي", brackets): it must
// hold for some count of the smaller unit in the larger, working days counted.
TEST_F(ChecksTest, RateRestatedPerAnotherUnit) {
  const Codes slip = {"arith.rate_mismatch"};
  // Said about so much after a comma.
  EXPECT_EQ(Check("The mine ships 60,000 tonnes a month, about 5,000 tonnes a day."), slip);
  EXPECT_EQ(Check("The mine ships 60,000 tonnes a month, about 2,000 tonnes a day."), Codes{});
  EXPECT_EQ(Check("The mine ships 60,000 tonnes a month, or 5,000 tonnes a day."), slip);
  EXPECT_EQ(Check("The mine ships 60,000 tonnes a month, or 2,000 tonnes a day."), Codes{});
  EXPECT_EQ(Check("The line carries 40,000 riders a day (14.6 million a year)."), Codes{});
  EXPECT_EQ(Check("The line carries 40,000 riders a day (1.46 million a year)."), slip);
  EXPECT_EQ(Check("تنتج المزرعة 700 لتر من الحليب أسبوعيا، أي 200 لتر يوميا."), slip);
  EXPECT_EQ(Check("تنتج المزرعة 700 لتر من الحليب أسبوعيا، أي 100 لتر يوميا."), Codes{});
  // Twenty working days a month; a monthly and a yearly price are two offers.
  EXPECT_EQ(Check("The plant makes 600 cars a month, or 30 a day."), Codes{});
  EXPECT_EQ(Check("Membership costs $12 a month, or $100 a year."), Codes{});
  // A few words of when the rate holds between its unit and the restatement.
  EXPECT_EQ(Check("يعبر المطار 1.2 مليون مسافر يوميا في ذروة الموسم، أي نحو 46 مليون مسافر "
                  "شهريا."),
            slip);
  EXPECT_EQ(Check("يعبر المطار 1.2 مليون مسافر يوميا في ذروة الموسم، أي نحو 36 مليون مسافر "
                  "شهريا."),
            Codes{});
  EXPECT_EQ(Check("The plant makes 400 cars a day in summer, or about 16,000 a month."), slip);
  EXPECT_EQ(Check("Membership costs $12 a month (about $400 a year)."), slip);
  // "over the month": the whole unit, as "a month" says.
  EXPECT_EQ(Check("The line bottled 400 crates a day, or 16,000 over the month."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The line bottled 400 crates a day, or 12,000 over the month."), Codes{});
}

// A value that is no number (a date's) reads as none, never as an error that would end the
// check of a whole document.
TEST(DocumentChecksTest, AsDoubleReadsNumbersOnly) {
  EXPECT_EQ(AsDouble("12.5"), 12.5);
  EXPECT_EQ(AsDouble("-3"), -3.0);
  EXPECT_FALSE(AsDouble("").has_value());
  EXPECT_FALSE(AsDouble("--10-01").has_value());
  EXPECT_FALSE(AsDouble("2022-11").has_value());
}

// "from 8%-10%" after "to 5%-7%": a range where a change began, no change between its ends.
TEST_F(ChecksTest, FromARangeJoinedByADash) {
  EXPECT_EQ(Check("The company cut its forecast to 5%-7% growth from 8%-10%, sending its shares "
                  "down 11% to 43.20 euros."),
            Codes{});
  EXPECT_EQ(Check("Unemployment fell from 8.1% to 6.2%, a drop of 3.9 points."),
            Codes{"arith.change_mismatch"});
}

// The high and the low of one quantity, each named before its value, then the gap said.
TEST_F(ChecksTest, TheGapBetweenTwoExtremes) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("بلغت درجة الحرارة العظمى 47 درجة مئوية، والصغرى 31 درجة، بفارق 18 درجة."),
            slip);
  EXPECT_EQ(Check("بلغت درجة الحرارة العظمى 47 درجة مئوية، والصغرى 31 درجة، بفارق 16 درجة."),
            Codes{});
  EXPECT_EQ(Check("The high was 47C and the low 31C, a difference of 18 degrees."), slip);
  EXPECT_EQ(Check("The high was 47C and the low 31C, a difference of 16 degrees."), Codes{});
  EXPECT_EQ(Check("سجل أعلى سعر 120 دينارا وأدنى سعر 95 دينارا، بفارق 35 دينارا."), slip);
  // Two values not named as the two ends.
  EXPECT_EQ(Check("The high was 47C on Monday and 41C on Tuesday, a difference of 8 degrees."),
            Codes{});
}

// The two sides of a tally or a race and the margin said between them: exact for counts
// under a thousand, within the rounding of shares; nothing for a change's ends or no margin.
TEST_F(ChecksTest, MarginBetweenTwoSides) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("The House passed the bill 218 to 212, a margin of six votes."), Codes{});
  EXPECT_EQ(Check("The House passed the bill 218 to 212, a margin of 16 votes."), slip);
  EXPECT_EQ(Check("فاز الفريق 4-2 بفارق هدفين."), Codes{});
  EXPECT_EQ(Check("فاز الفريق 4-2 بفارق 3 أهداف."), slip);
  EXPECT_EQ(Check("حصل المرشح على 54% مقابل 46%، بفارق 8 نقاط."), Codes{});
  EXPECT_EQ(Check("حصل المرشح على 54% مقابل 46%، بفارق 6 نقاط."), slip);
  EXPECT_EQ(Check("She won 54% to 46%, a gap of 8 percentage points."), Codes{});
  EXPECT_EQ(Check("She won 54% to 46%, a gap of 10 percentage points."), slip);
  // Whose the second side is may come between; a gap to a third side is the league's.
  EXPECT_EQ(Check("تصدر الفريق برصيد 50 نقطة مقابل 44 للوصيف، بفارق 9 نقاط."), slip);
  EXPECT_EQ(Check("She took 54% against 46% for her rival, a margin of 8 points."), Codes{});
  EXPECT_EQ(Check("They won 2-0, a gap of 12 points over the bottom side."), Codes{});
  // A change's ends are the change checks'; a threshold is no margin.
  EXPECT_EQ(Check("Membership fell from 218 to 212, a difference of 6."), Codes{});
  EXPECT_EQ(Check("The bill passed 60 to 40, with a majority of 51 needed."), Codes{});
  // A gap to a third side whose value follows a few words on.
  EXPECT_EQ(Check("أنهى العداء السباق في 10.49 ثانية، متأخرا بفارق 0.22 ثانية عن الرقم القياسي "
                  "العالمي البالغ 10.37 ثانية."),
            slip);
  EXPECT_EQ(Check("أنهى العداء السباق في 10.49 ثانية، متأخرا بفارق 0.12 ثانية عن الرقم القياسي "
                  "العالمي البالغ 10.37 ثانية."),
            Codes{});
  EXPECT_EQ(Check("تصدر الفريق برصيد 50 نقطة، بفارق 8 نقاط عن الوصيف صاحب 44 نقطة."), slip);
  EXPECT_EQ(Check("تصدر الفريق برصيد 50 نقطة، بفارق 8 نقاط عن الوصيف الذي خاض 44 مباراة."),
            Codes{});
  // The second side's unit left to the first's.
  EXPECT_EQ(Check("Life expectancy is 76.4 years for women and 72.1 for men, a gap of 5.3 "
                  "years."),
            slip);
  EXPECT_EQ(Check("Life expectancy is 76.4 years for women and 72.1 for men, a gap of 4.3 "
                  "years."),
            Codes{});
  // The first side's time right after it; a fund's return against its benchmark's.
  EXPECT_EQ(Check("The fund returned 8.2% last year against 6.5% for its benchmark, an "
                  "outperformance of 2.7 percentage points."),
            slip);
  EXPECT_EQ(Check("The fund returned 8.2% last year against 6.5% for its benchmark, an "
                  "outperformance of 1.7 percentage points."),
            Codes{});
  EXPECT_EQ(Check("حقق الصندوق 8.2% في 2023 مقابل 6.5% لمؤشره، بفارق 2.7 نقطة."), slip);
}

// Shapes of parts and shares the press writes around a whole: a sum after a comma, a total
// whose parts follow a colon after what befell it, the rest of the places, a round named in
// what the part did, a share said to be above or below so much, a change from a named peak.
TEST_F(ChecksTest, PartsAndSharesAroundTheirWhole) {
  const Codes total = {"arith.total_mismatch"}, share = {"arith.percent_mismatch"};
  EXPECT_EQ(Check("The ship carried 410 passengers and 25 crew, a total of 435 people."), Codes{});
  EXPECT_EQ(Check("The ship carried 410 passengers and 25 crew, a total of 445 people."), total);
  EXPECT_EQ(Check("أصيب 30 مدنيا و12 شرطيا، بإجمالي 52 مصابا."), total);
  EXPECT_EQ(Check("Police detained 30 men and 12 women, a total of 500 since June."), Codes{});
  // Each part followed by what it is for, begun alike ("for", a glued "لل"), then the sum.
  EXPECT_EQ(Check("It set aside $30 million for schools and $15 million for clinics, a total of "
                  "$55 million."),
            total);
  EXPECT_EQ(Check("It set aside $30 million for schools and $15 million for clinics, a total of "
                  "$45 million."),
            Codes{});
  EXPECT_EQ(Check("رصدت 30 مليون دينار للمدارس و15 مليونا للمستشفيات، بإجمالي 55 مليون دينار."),
            total);
  EXPECT_EQ(Check("رصدت 30 مليون دينار للمدارس و15 مليونا للمستشفيات، بإجمالي 45 مليون دينار."),
            Codes{});
  // Three parts or more, then past a comma the whole they are "out of": no more than it.
  EXPECT_EQ(Check("فاز الحزب الحاكم بـ62 مقعدا، والمعارضة بـ48، والمستقلون بـ15، من أصل 120 "
                  "مقعدا."),
            total);
  EXPECT_EQ(Check("The ruling party won 62 seats, the opposition 38 and independents 15, out of "
                  "120."),
            Codes{});  // the rest may be vacant
  EXPECT_EQ(Check("She scored 20, 15 and 30, out of 50."), Codes{});  // each out of 50
  // Tails begun otherwise may name a total of something else.
  EXPECT_EQ(Check("It hired 30 nurses in May and 15 doctors for clinics, a total of 95 staff."),
            Codes{});
  EXPECT_EQ(Check("A total of 90 schools were closed: 50 in the north and 45 in other areas."),
            total);
  EXPECT_EQ(Check("A total of 90 schools were closed: 50 in the north and 40 in other areas."),
            Codes{});
  EXPECT_EQ(Check("من أصل 40 لاعبا، تأهل 10 إلى الدور الثاني، أي 30%."), share);
  EXPECT_EQ(Check("من أصل 40 لاعبا، تأهل 10 إلى الدور الثاني، أي 25%."), Codes{});
  EXPECT_EQ(Check("Only 45 of the 150 members, less than a fifth, voted."), share);
  EXPECT_EQ(Check("Only 45 of the 150 members, less than a third, voted."), Codes{});
  EXPECT_EQ(Check("صوت 45 من أصل 150 عضوا، أي أكثر من 40%."), share);
  EXPECT_EQ(Check("صوت 45 من أصل 150 عضوا، أي أكثر من 25%."), Codes{});
  // A share said first, its period named by an ordinal before the part it restates.
  EXPECT_EQ(Check("بلغت نسبة البطالة 16% خلال الربع الثاني، أي ما يعادل 650 ألف عاطل من أصل 5.1 "
                  "مليون نشيط."),
            share);
  EXPECT_EQ(Check("بلغت نسبة البطالة 16% خلال الربع الثاني، أي ما يعادل 816 ألف عاطل من أصل 5.1 "
                  "مليون نشيط."),
            Codes{});
  // "of its members" restates any body's whole; "of the parliament's members" names another.
  EXPECT_EQ(Check("تضم الحكومة 25 وزيرا، بينهم 10 نساء، أي 30% من أعضائها."), share);
  EXPECT_EQ(Check("تضم الحكومة 25 وزيرا، بينهم 10 نساء، أي 40% من أعضائها."), Codes{});
  EXPECT_EQ(Check("تضم الحكومة 25 وزيرا، بينهم 10 نساء، أي 30% من أعضاء البرلمان."), Codes{});
  // The part a bare count set off by commas right after its whole; not one of another thing.
  EXPECT_EQ(Check("More than half of the 300 delegates, 140, backed the motion."), share);
  EXPECT_EQ(Check("More than half of the 300 delegates, 170, backed the motion."), Codes{});
  EXPECT_EQ(Check("30% of the 1,200 workers, 400 of whom are women, joined."), Codes{});
  // Or said about so much past a word of what the whole is, ending its clause.
  EXPECT_EQ(Check("Wind made up 30% of the 600 megawatts installed, about 240 megawatts."), share);
  EXPECT_EQ(Check("Wind made up 30% of the 600 megawatts installed, about 180 megawatts."),
            Codes{});
  EXPECT_EQ(Check("Some 40% of the 900 workers surveyed, about 360, were women in their 30s."),
            Codes{});
  EXPECT_EQ(Check("Sales hit 1.6 million, down 10% from a peak of 2 million in 2021."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales hit 1.6 million, down 20% from a peak of 2 million in 2021."), Codes{});
}

// Those that did a thing and those that did not make the whole cued before them up; not where
// a third part follows.
TEST_F(ChecksTest, ThoseThatDidAndThoseThatDidNot) {
  EXPECT_EQ(Check("Of the 193 member states, 140 recognise the state and 53 do not."), Codes{});
  EXPECT_EQ(Check("Of the 193 member states, 140 recognise the state and 63 do not."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 40 clubs, 22 have paid, while 16 have not, and 2 are exempt."),
            Codes{});
  EXPECT_EQ(Check("Of the 40 clubs, 22 have paid. Another 16 have not."), Codes{});
  EXPECT_EQ(Check("Of the 500 firms surveyed, 320 plan to hire, while 150 do not."), Codes{});
}

// A computed amount reads as a reader would write it, not in a computer's notation.
TEST(DocumentChecksTest, ApproximateWritesWhatAReaderWrites) {
  EXPECT_EQ(Approximate(25000), "25000");
  EXPECT_EQ(Approximate(745.645), "746");
  EXPECT_EQ(Approximate(25.44), "25.4");
  EXPECT_EQ(Approximate(12.0), "12");
  EXPECT_EQ(Approximate(0.75), "0.75");
  EXPECT_EQ(Approximate(0.5), "0.5");
}

// What was added, then the total it brought a count to and where the count was: the total
// less where it was is what was added; not where the count was at another time.
TEST_F(ChecksTest, AddedThenTotal) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("Officials logged 310 new infections on Tuesday, bringing the total to 9,310 "
                  "from 9,100."),
            slip);
  EXPECT_EQ(Check("Officials logged 310 new infections on Tuesday, bringing the total to 9,310 "
                  "from 9,000."),
            Codes{});
  EXPECT_EQ(Check("سجلت الوزارة 310 إصابات جديدة، لترتفع الحصيلة إلى 9310 مقابل 9100."), slip);
  EXPECT_EQ(Check("سجلت الوزارة 310 إصابات جديدة، لترتفع الحصيلة إلى 9310 مقابل 9000."),
            Codes{});
  // A verb of where a total rose, a word or two of its subject, and a count of what was added.
  EXPECT_EQ(Check("تسلمت الشركة 12 طائرة جديدة هذا العام، ليرتفع أسطولها إلى 96 طائرة من 80 "
                  "طائرة."),
            slip);
  EXPECT_EQ(Check("تسلمت الشركة 12 طائرة جديدة هذا العام، ليرتفع أسطولها إلى 96 طائرة من 84 "
                  "طائرة."),
            Codes{});
  EXPECT_EQ(Check("The airline added 12 new planes, bringing its fleet to 96 planes from 80."),
            slip);
  EXPECT_EQ(Check("وظفت الشركة 12 طيارا جديدا، ليرتفع أسطولها إلى 96 طائرة من 80 طائرة."),
            Codes{});
  EXPECT_EQ(Check("Officials logged 310 new infections, bringing the total to 9,310, up from "
                  "7,000 a week ago."),
            Codes{});  // The count of the day before; the longer Arabic cue.
  EXPECT_EQ(Check("Officials logged 310 new infections, bringing the total to 9,310 from 9,100 "
                  "yesterday."),
            slip);
  EXPECT_EQ(Check("Officials logged 310 new infections, bringing the total to 9,310 from 9,000 "
                  "yesterday."),
            Codes{});
  EXPECT_EQ(Check("سجلت الوزارة 310 إصابات جديدة، ليرتفع العدد الإجمالي إلى 9310 مقابل 9100 أمس."),
            slip);
  EXPECT_EQ(Check("سجلت 325 إصابة جديدة، ليرتفع العدد الإجمالي إلى 2100 إصابة، بعدما كان 1675."),
            slip);
  EXPECT_EQ(Check("سجلت 325 إصابة جديدة، ليرتفع العدد الإجمالي إلى 2100 إصابة، بعدما كان 1775."),
            Codes{});
  // "خلال الربع" is the quarter of a year, no fraction where the change led.
  EXPECT_EQ(Check("باعت الشركة 1.8 مليون جهاز خلال الربع، بانخفاض 10% عن مليوني جهاز قبل عام."),
            Codes{});
  EXPECT_EQ(Check("باعت الشركة 1.8 مليون جهاز خلال الربع، بانخفاض 20% عن مليوني جهاز قبل عام."),
            slip);
  // The part of the day said after where it began ("at night", "ليلا").
  EXPECT_EQ(Check("Temperatures went from 12C at night to 29C by day, a swing of 14 degrees."),
            slip);
  EXPECT_EQ(Check("Temperatures went from 12C at night to 29C by day, a swing of 17 degrees."),
            Codes{});
  EXPECT_EQ(Check("تراوحت الحرارة من 12 درجة ليلا إلى 29 درجة نهارا، أي بفارق 14 درجة."), slip);
  // Where a count rose to, what was added, then where it was.
  EXPECT_EQ(Check("ارتفعت حصيلة الوفيات إلى 318 بعد تسجيل 27 وفاة جديدة، بعد أن كانت 281."),
            slip);
  EXPECT_EQ(Check("ارتفعت حصيلة الوفيات إلى 318 بعد تسجيل 37 وفاة جديدة، بعد أن كانت 281."),
            Codes{});
  EXPECT_EQ(Check("The toll rose to 318 after 27 new deaths were confirmed, up from 281."), slip);
  EXPECT_EQ(Check("The toll rose to 318 after 37 new deaths were confirmed, up from 281."),
            Codes{});
  // Where a change began leaves its unit to where it led, of its order.
  EXPECT_EQ(Check("The forest shrank from 5.1 million to 4.6 million hectares, a loss of 300,000 "
                  "hectares."),
            slip);
  EXPECT_EQ(Check("The forest shrank from 5.1 million to 4.6 million hectares, a loss of 500,000 "
                  "hectares."),
            Codes{});
  // A measure by its unit, the level's time between.
  EXPECT_EQ(Check("Solar capacity rose to 1,400 gigawatts in 2023, after 450 gigawatts were "
                  "added, up from 1,050."),
            slip);
  EXPECT_EQ(Check("Solar capacity rose to 1,400 gigawatts in 2023, after 450 gigawatts were "
                  "added, up from 950."),
            Codes{});
  // The change as what it saved.
  EXPECT_EQ(Check("The new line cut the journey from 90 minutes to 55 minutes, saving 25 "
                  "minutes."),
            slip);
  EXPECT_EQ(Check("قلص الخط الجديد مدة الرحلة من 90 دقيقة إلى 55 دقيقة، موفرا 35 دقيقة."),
            Codes{});
  // A verb that takes a thing to where the change led, its object between.
  EXPECT_EQ(Check("Prices will rise by 6.9% in March, taking the average ticket to £3,460 from "
                  "£3,300."),
            slip);
  EXPECT_EQ(Check("Prices will rise by 4.9% in March, taking the average ticket to £3,460 from "
                  "£3,300."),
            Codes{});
  // A count, what a verb of change took from it, then the change as a share of it.
  EXPECT_EQ(Check("The village, which had 4,000 residents, lost 600 of them in ten years, a drop "
                  "of 25%."),
            slip);
  EXPECT_EQ(Check("The village, which had 4,000 residents, lost 600 of them in ten years, a drop "
                  "of 15%."),
            Codes{});
  // ("أي" after "of them" reads the change as their share too.)
  EXPECT_EQ(Check("بلغ عدد سكان القرية 4 آلاف نسمة، وفقدت 600 منهم خلال عشر سنوات، أي بتراجع 25%."),
            (Codes{"arith.percent_mismatch", "arith.change_mismatch"}));
  EXPECT_EQ(Check("The firm, which had 4,000 staff, lost 600 of them last year, a fall of 25% in "
                  "its costs."),
            Codes{});
  // A count, so many more of it right after, then the total they bring it to.
  EXPECT_EQ(Check("The hotel, which has 420 rooms, will build 80 more, bringing its capacity to "
                  "540 rooms."),
            slip);
  EXPECT_EQ(Check("The hotel, which has 420 rooms, will build 80 more, bringing its capacity to "
                  "500 rooms."),
            Codes{});
  EXPECT_EQ(Check("تضم المدرسة 640 تلميذا، وستستقبل 160 تلميذا إضافيا ليصل عددهم إلى 900 تلميذ."),
            slip);
  EXPECT_EQ(Check("تضم المدرسة 640 تلميذا، وستستقبل 160 تلميذا إضافيا ليصل عددهم إلى 800 تلميذ."),
            Codes{});
  // "more than" compares; another noun's count adds nothing to it.
  EXPECT_EQ(Check("The chain has 200 stores and opened 30 more than last year, bringing the "
                  "total to 260."),
            Codes{});
  EXPECT_EQ(Check("The hotel has 420 rooms and hired 80 more staff, bringing its workforce to "
                  "600."),
            Codes{});
}

// Some share of a whole after "of", its part said about so much.
TEST_F(ChecksTest, ShareOfAPartSaidAbout) {
  EXPECT_EQ(Check("About 300 workers, or 25% of its 1,000 staff, were laid off."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("About 300 workers, or 30% of its 1,000 staff, were laid off."), Codes{});
}

// A body's members or seats and the tally of its vote a few words on: no more votes than
// members, abstentions counted; not another body's vote.
TEST_F(ChecksTest, TallyOfMembers) {
  const Codes slip = {"arith.total_mismatch"};
  EXPECT_EQ(Check("The 11-member board voted 7 to 5."), slip);
  EXPECT_EQ(Check("The 11-member board voted 7 to 4."), Codes{});
  EXPECT_EQ(Check("The board's 21 members voted 12 to 8, with 2 abstentions."), slip);
  EXPECT_EQ(Check("The board's 21 members voted 12 to 8, with 1 abstention."), Codes{});
  EXPECT_EQ(Check("صوت المجلس المؤلف من 11 عضوا بأغلبية 7 أصوات مقابل 3 وامتناع 2."), slip);
  EXPECT_EQ(Check("صوت المجلس المؤلف من 11 عضوا بأغلبية 7 أصوات مقابل 3 وامتناع 1."),
            Codes{});
  EXPECT_EQ(Check("The 27-member bloc's parliament voted 450 to 200."), Codes{});
  // The verb before the body, its name alone between the body and the tally.
  EXPECT_EQ(Check("The budget passed the 60-seat assembly 34-27."), slip);
  EXPECT_EQ(Check("The budget passed the 60-seat assembly 34-25."), Codes{});
}

// Parts placed by "in" after a colon, each place headed by the same noun ("in primary
// schools", "in middle schools"), make the whole up; "in hospital" and "in intensive care" may
// overlap, and stay unasked.
TEST_F(ChecksTest, PartsPlacedUnderOneNoun) {
  EXPECT_EQ(Check("The city hired 1,500 nurses: 700 in public clinics, 500 in private clinics "
                  "and 400 in rural clinics."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The city hired 1,500 nurses: 700 in public clinics, 500 in private clinics "
                  "and 300 in rural clinics."),
            Codes{});
  EXPECT_EQ(Check("The crash injured 15 people: 8 in hospital and 3 in intensive care."),
            Codes{});
  EXPECT_EQ(Check("The firm has 900 staff, including 600 in large offices and 400 in small "
                  "offices."),
            Codes{"arith.total_mismatch"});
}

// An amount of a named currency split after a colon, as a count of a noun is.
TEST_F(ChecksTest, AnAmountSplitAfterAColon) {
  EXPECT_EQ(Check("رصدت الوزارة 60 مليون دولار لهذا البرنامج: 25 مليونا للتدريب و20 مليونا للتجهيز "
                  "و25 مليونا للصيانة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("رصدت الوزارة 60 مليون دولار لهذا البرنامج: 25 مليونا للتدريب و20 مليونا للتجهيز "
                  "و15 مليونا للصيانة."),
            Codes{});
}

// A whole cued before ("Of the") with its time a few words on, then a comma and the part.
TEST_F(ChecksTest, WholeThenItsTimeThenParts) {
  EXPECT_EQ(Check("Of the 640 trains due on Monday, 160 ran late, or 30 percent."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 640 trains due on Monday, 160 ran late, or 25 percent."), Codes{});
  EXPECT_EQ(Check("من بين 800 طالب تقدموا للامتحان في يونيو، نجح 600، أي 70%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 640 trains inspected last month, 160, or 30 percent, ran late."),
            Codes{"arith.percent_mismatch"});
}

// An ordinal birthday is an age at the year of the event, a clause away.
TEST_F(ChecksTest, BirthdayIsAnAgeAtAYear) {
  EXPECT_EQ(Check("The actor, born in 1960, threw a party for his 60th birthday in 2023."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The actor, born in 1960, threw a party for his 60th birthday in 2020."),
            Codes{});
  EXPECT_EQ(Check("أقام الممثل المولود عام 1960 حفلا بعيد ميلاده الستين عام 2023."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("أقام الممثل المولود عام 1960 حفلا بعيد ميلاده الستين عام 2020."), Codes{});
}

// A verb that shares a whole out says its shares are of one whole, "بنسبة" naming each.
TEST_F(ChecksTest, SharesOfAWholeSharedOut) {
  EXPECT_EQ(Check("انقسمت آراء المستطلعين بين مؤيد بنسبة 52% ومعارض بنسبة 41% ومحايد بنسبة 12%."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("انقسمت آراء المستطلعين بين مؤيد بنسبة 52% ومعارض بنسبة 41% ومحايد بنسبة 7%."),
            Codes{});
  EXPECT_EQ(Check("ارتفعت المبيعات بنسبة 52% والأرباح بنسبة 41% والصادرات بنسبة 12%."), Codes{});
  EXPECT_EQ(Check("Members were split: 52% for, 41% against and 12% undecided."),
            Codes{"arith.percent_sum"});
  // Not past a verb of change or another clause, whose "بنسبة" names a change.
  EXPECT_EQ(Check("توزعت المنح على 52% من الطلاب، فيما ارتفعت الرسوم بنسبة 41% والإيجارات بنسبة "
                  "12%."),
            Codes{});
  EXPECT_EQ(Check("انقسم الحزب بعد أن تراجعت شعبيته بنسبة 52% في 2023 و41% في 2024 و12% في 2025."),
            Codes{});
}

// "أمس الخميس", "اليوم الأحد", "yesterday (Thursday)": the weekday of the day counted from
// the publication date, asked only when the caller turns the check on.
TEST_F(ChecksTest, WeekdayOfARelativeDay) {
  const std::string on = "date.relative_weekday=warning";
  const Codes slip = {"date.relative_weekday"};
  // 2024-06-01 was a Saturday.
  EXPECT_EQ(Check("قال الوزير أمس الخميس إن الخطة جاهزة.", nullptr, "2024-06-01", on), slip);
  EXPECT_EQ(Check("قال الوزير أمس الجمعة إن الخطة جاهزة.", nullptr, "2024-06-01", on), Codes{});
  EXPECT_EQ(Check("يعقد المجلس اليوم الأحد جلسته.", nullptr, "2024-06-01", on), slip);
  EXPECT_EQ(Check("يعقد المجلس اليوم السبت جلسته.", nullptr, "2024-06-01", on), Codes{});
  EXPECT_EQ(Check("وصل الوفد أول أمس الخميس.", nullptr, "2024-06-01", on), Codes{});
  EXPECT_EQ(Check("The mayor said yesterday (Thursday) the road would reopen.", nullptr,
                  "2024-06-01", on),
            slip);
  EXPECT_EQ(Check("The mayor will speak tomorrow, Sunday.", nullptr, "2024-06-01", on),
            Codes{});
  // Off unless asked, and nothing without a publication date.
  EXPECT_EQ(Check("قال الوزير أمس الخميس إن الخطة جاهزة.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check("قال الوزير أمس الخميس إن الخطة جاهزة.", nullptr, "", on), Codes{});
}

// Counted from the document's own dateline, set off by a dash, a bracket, a colon or a slash,
// the day named with "اليوم", "أمس", "today" is checked by default: the text against itself.
TEST_F(ChecksTest, WeekdayOfADayCountedFromTheDateline) {
  const Codes slip = {"date.dateline_weekday"};
  // 2024-06-03 was a Monday.
  EXPECT_EQ(Check("الرباط في 3 يونيو 2024 - أعلن المكتب اليوم الثلاثاء أن السدود ملأى."), slip);
  EXPECT_EQ(Check("الرباط في 3 يونيو 2024 - أعلن المكتب اليوم الاثنين أن السدود ملأى."), Codes{});
  EXPECT_EQ(Check("3 يونيو 2024 (رويترز) - قال الوزير أمس الأحد إن الخطة جاهزة."), Codes{});
  EXPECT_EQ(Check("3 يونيو 2024 (رويترز) - قال الوزير أمس السبت إن الخطة جاهزة."), slip);
  EXPECT_EQ(Check("LONDON, 3 June 2024 - The mayor said today (Tuesday) the road would reopen."),
            slip);
  // A colon or a slash sets it off as well.
  EXPECT_EQ(Check("بيروت - 3 يونيو 2024: أعلن الجيش اليوم الأحد عن خطة جديدة."), slip);
  EXPECT_EQ(Check("بيروت - 3 يونيو 2024: أعلن الجيش اليوم الاثنين عن خطة جديدة."), Codes{});
  EXPECT_EQ(Check("الجزائر في 3 يونيو 2024 / أعلن الوزير، اليوم الأحد، عن الخطة."), slip);
  // A date that opens a sentence may be an event's; the check may be switched off.
  EXPECT_EQ(Check("في 3 يونيو 2024 وقعت الحكومة اتفاقا. وقال الوزير اليوم الثلاثاء إن."), Codes{});
  // Not set off and after words other than a place and a comma, a date near a line's start is
  // an event's, no dateline to count an age to.
  EXPECT_EQ(Check("وولد الفنان في 12 مارس 1946 في مدينة حلب، وتوفي عن 68 عاما."), Codes{});
  EXPECT_EQ(Check("وولد الفنان في 12 مارس 1946 في مدينة حلب، وتوفي الشهر الماضي عن 68 عاما.",
                  nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("الرباط في 3 يونيو 2024 - أعلن المكتب اليوم الثلاثاء أن السدود ملأى.", nullptr,
                  "", "date.dateline_weekday=off"),
            Codes{});
}

// A total over a calendar year or "last year" and its average per a smaller unit; not over a
// year that bounds it ("since 2019", "by 2023"), nor another total after a comma.
TEST_F(ChecksTest, RateOverAWholeYear) {
  const Codes slip = {"arith.rate_mismatch"};
  EXPECT_EQ(Check("The ferry carried 7.3 million people in 2023, about 40,000 a day."), slip);
  EXPECT_EQ(Check("The ferry carried 7.3 million people in 2023, about 20,000 a day."), Codes{});
  EXPECT_EQ(Check("In 2023, the ferry carried 7.3 million people, an average of 40,000 a day."),
            slip);
  EXPECT_EQ(Check("نقلت العبارة 7.3 مليون راكب العام الماضي، بمعدل 40 ألف راكب يوميا."), slip);
  EXPECT_EQ(Check("نقلت العبارة 7.3 مليون راكب العام الماضي، بمعدل 20 ألف راكب يوميا."),
            Codes{});
  // A period said by its verb of lasting, what lasted it a few words before.
  EXPECT_EQ(Check("استقبلت المستشفيات 12 ألف مريض خلال عطلة العيد التي استمرت 4 أيام، بمعدل 4 "
                  "آلاف مريض يوميا."),
            slip);
  EXPECT_EQ(Check("استقبلت المستشفيات 12 ألف مريض خلال عطلة العيد التي استمرت 4 أيام، بمعدل 3 "
                  "آلاف مريض يوميا."),
            Codes{});
  // Said bare right before the total, as Arabic says when the verb's action took place.
  EXPECT_EQ(Check("نقلت العبارة العام الماضي 7.3 مليون راكب، بمعدل 40 ألف راكب يوميا."), slip);
  EXPECT_EQ(Check("نقلت العبارة العام الماضي 7.3 مليون راكب، بمعدل 20 ألف راكب يوميا."),
            Codes{});
  EXPECT_EQ(Check("نقلت العبارة منذ العام الماضي 7.3 مليون راكب، بمعدل 40 ألف راكب يوميا."),
            Codes{});
  EXPECT_EQ(Check("The ferry has carried 30 million people since 2019, about 40,000 a day."),
            Codes{});
  EXPECT_EQ(Check("The ferry carried 30 million people by 2023, about 40,000 a day."), Codes{});
  // What the total is of between it and the year; "أي" restates the average as ", or" does.
  EXPECT_EQ(Check("The mill ground 7.3 million tonnes of wheat last year, about 40,000 tonnes a "
                  "day."),
            slip);
  EXPECT_EQ(Check("The mill has ground 7.3 million tonnes of wheat since last year, about "
                  "40,000 tonnes a day."),
            Codes{});
  EXPECT_EQ(Check("طحنت المطحنة 7.3 مليون طن من القمح العام الماضي، أي نحو 40 ألف طن يوميا."),
            slip);
  EXPECT_EQ(Check("The ferry carried 7.3 million people in 2023, up from 6 million, or about "
                  "20,000 a day."),
            Codes{});
  // A month holds 28 to 31 days, or some 20 working ones.
  EXPECT_EQ(Check("The port handled 930 ships last month, an average of 50 a day."), slip);
  EXPECT_EQ(Check("The port handled 930 ships last month, an average of 31 a day."), Codes{});
  EXPECT_EQ(Check("The plant made 440 cars last month, or 22 a working day."), Codes{});
  EXPECT_EQ(Check("استقبل الميناء 930 سفينة الشهر الماضي، بمعدل 50 سفينة يوميا."), slip);
  // An average said above or below so much holds on its side (working days counted).
  EXPECT_EQ(Check("The ferry carried 7.3 million people in 2023, an average of at least 40,000 "
                  "a day."),
            slip);
  EXPECT_EQ(Check("The ferry carried 7.3 million people in 2023, an average of more than 19,000 "
                  "a day."),
            Codes{});
  EXPECT_EQ(Check("استقبلت الحديقة 93 ألف زائر الشهر الماضي، بمعدل يقل عن ألفي زائر يوميا."), slip);
  // A quarter or a half of a year named by its rank is three or six months; not of a season.
  EXPECT_EQ(Check("بلغت الاستثمارات 7.5 مليار دولار خلال الربع الأول، بمعدل 3.5 مليار دولار شهريا."),
            slip);
  EXPECT_EQ(Check("The fund drew $12 billion in the first half of the year, an average of $2 "
                  "billion a month."),
            Codes{});
  EXPECT_EQ(Check("The team won 12 games in the second half of the season, an average of 3 a "
                  "month."),
            Codes{});
  // Months named as a range's ends: both counted whole, or one fewer.
  EXPECT_EQ(Check("From January to March 2024, the company sold 84,000 cars, or about 21,000 a "
                  "month."),
            slip);
  EXPECT_EQ(Check("The company sold 84,000 cars between January and March 2024, or about 28,000 "
                  "a month."),
            Codes{});
  EXPECT_EQ(Check("من يناير إلى مارس، باعت الشركة 84 ألف سيارة، أي نحو 21 ألفا شهريا."), slip);
  EXPECT_EQ(Check("من يناير إلى مارس، باعت الشركة 84 ألف سيارة، أي نحو 28 ألفا شهريا."), Codes{});
  // What a total was spent on between it and the year.
  EXPECT_EQ(Check("أنفقت البلدية 24 مليون درهم على الطرق العام الماضي، أي 3 ملايين درهم شهريا."),
            slip);
  EXPECT_EQ(Check("The council spent $24 million on roads last year, or $2 million a month."),
            Codes{});
  EXPECT_EQ(Check("The council has spent $24 million on roads since last year, or $3 million a "
                  "month."),
            Codes{});
}

// A sentence that opens with a part and "of them", its share restated, takes the one count of a
// noun of the sentence before as its whole; not where a share there makes another whole.
TEST_F(ChecksTest, PartOfThemOpeningASentence) {
  const Codes slip = {"arith.percent_mismatch"};
  EXPECT_EQ(Check("The union has 600 members. About 150 of them, or 30%, are nurses."), slip);
  EXPECT_EQ(Check("The union has 600 members. About 150 of them, or 25%, are nurses."), Codes{});
  EXPECT_EQ(Check("تضم النقابة 600 عضو. 150 منهم، أي 30%، ممرضون."), slip);
  EXPECT_EQ(Check("The union has 600 members and 40 staff. 150 of them, or 30%, are nurses."),
            Codes{});
  EXPECT_EQ(Check("Turnout was 60% of 600 members. 150 of them, or 40%, backed the deal."),
            Codes{});
}

// A verb that shares a whole out among its parts, right after it or opening the next sentence
// with the whole's noun ("وتوزع المتدربون على"): parts that make it up, in any places; not
// what it is shared among ("12 قاعة").
TEST_F(ChecksTest, AWholeSharedOut) {
  const Codes slip = {"arith.total_mismatch"};
  EXPECT_EQ(Check("شارك 800 متطوع، توزعوا على 300 في حلب و250 في حمص و150 في إدلب."), slip);
  EXPECT_EQ(Check("شارك 800 متطوع، توزعوا على 400 في حلب و250 في حمص و150 في إدلب."),
            Codes{});
  EXPECT_EQ(Check("شارك 800 متطوع. وتوزع المتطوعون على 300 في حلب و250 في حمص و150 في إدلب."),
            slip);
  EXPECT_EQ(Check("شارك 800 متطوع. وتوزع المتطوعون على 400 في حلب و250 في حمص و150 في إدلب."),
            Codes{});
  EXPECT_EQ(Check("يضم المعرض 300 جناح. وتوزعت الأجنحة على 12 قاعة و4 خيام."), Codes{});
  EXPECT_EQ(Check("يضم المعرض 300 جناح موزعة على 12 قاعة و4 خيام."), Codes{});
}

// A whole split between two after a verb that shares it out: their shares add up to no more
// than all of it. Two shares elsewhere may be of two wholes.
TEST_F(ChecksTest, AWholeSplitBetweenTwo) {
  const Codes slip = {"arith.percent_sum"};
  EXPECT_EQ(Check("توزع المشاركون بين الشباب بنسبة 64% والكهول بنسبة 41%."), slip);
  EXPECT_EQ(Check("توزع المشاركون بين الشباب بنسبة 59% والكهول بنسبة 41%."), Codes{});
  EXPECT_EQ(Check("بلغت نسبة النجاح لدى الشباب 64% ولدى الكهول 41%."), Codes{});
  EXPECT_EQ(Check("توزعت الأصوات بين الحزبين، وارتفعت المشاركة بنسبة 64% والتسجيل بنسبة 41%."),
            Codes{});
}

// A part tied to its whole by "منهم" or "of them", then its rate named by a word after a
// comma ("بنسبة قبول بلغت"), or its share "of the total".
TEST_F(ChecksTest, PartOfThemWithItsRateNamed) {
  const Codes slip = {"arith.percent_mismatch"};
  EXPECT_EQ(Check("ترشح 400 طالب للمنحة، قبل منهم 100، بنسبة نجاح بلغت 40%."), slip);
  EXPECT_EQ(Check("ترشح 400 طالب للمنحة، قبل منهم 100، بنسبة نجاح بلغت 25%."), Codes{});
  EXPECT_EQ(Check("يعمل في المصنع 800 عامل، من بينهم 200 امرأة، أي 40% من المجموع."), slip);
  EXPECT_EQ(Check("يعمل في المصنع 800 عامل، من بينهم 200 امرأة، أي 25% من المجموع."), Codes{});
}

// An ordinal in what a part did stands between it and "out of" its whole.
TEST_F(ChecksTest, PartPastAnOrdinalOutOfItsWhole) {
  EXPECT_EQ(Check("بلغ 300 لاعب الدور الثاني من أصل 1200 لاعب، أي 40%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغ 300 لاعب الدور الثاني من أصل 1200 لاعب، أي 25%."), Codes{});
}

// "B مقابل A، بزيادة C%" past a few words of what B did: the change said right after them is
// theirs. Not past another clause.
TEST_F(ChecksTest, AgainstPastWhatTheFirstDid) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("زار 900 سائح المتحف هذا الشهر، مقابل 600 الشهر الماضي، بزيادة 20%."), slip);
  EXPECT_EQ(Check("زار 900 سائح المتحف هذا الشهر، مقابل 600 الشهر الماضي، بزيادة 50%."),
            Codes{});
  EXPECT_EQ(Check("Some 900 tourists visited the museum in May, against 600 in April, a rise of "
                  "20%."),
            slip);
  EXPECT_EQ(Check("Some 900 tourists visited the museum in May, while 600 went to the zoo, a rise "
                  "of 20%."),
            Codes{});
}

// A rate's change in points said first, then a comma and the range of the rate, or in Arabic
// its verb before the subject.
TEST_F(ChecksTest, PointsThenTheRatesRange) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("Turnout rose by 2.5 percentage points, from 61.2% to 66.7%."), slip);
  EXPECT_EQ(Check("Turnout rose by 5.5 percentage points, from 61.2% to 66.7%."), Codes{});
  EXPECT_EQ(Check("ارتفعت نسبة المشاركة 2.5 نقطة مئوية، من 61.2% إلى 66.7%."), slip);
  EXPECT_EQ(Check("ارتفعت نسبة المشاركة 5.5 نقطة مئوية، من 61.2% إلى 66.7%."), Codes{});
}

// A measure said to be about so much in another unit after a comma restates it.
TEST_F(ChecksTest, ConversionAfterACommaAndAbout) {
  EXPECT_EQ(Check("The pass sits at 2,400 metres, about 9,000 feet."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("The pass sits at 2,400 metres, about 7,900 feet."), Codes{});
  EXPECT_EQ(Check("The pass sits at 2,400 metres, 9,000 feet lower than the summit."), Codes{});
}

// A death said with its month and year after the age is counted to that year.
TEST_F(ChecksTest, AgeAtADeathDatedAfterIt) {
  EXPECT_EQ(Check("رحل الفنان المولود عام 1940 عن عمر 70 عاما في يناير 2020."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("رحل الفنان المولود عام 1940 عن عمر 79 عاما في يناير 2020."), Codes{});
}

// "Of the X, A women and B men": parts, each a count of a noun of its own, after a whole that
// "of the" opens the sentence with; not attributes that may overlap.
TEST_F(ChecksTest, PartsAfterOfTheWholeOpening) {
  const Codes slip = {"arith.total_mismatch"};
  EXPECT_EQ(Check("Of the 2,000 delegates, 1,200 men and 900 women."), slip);
  EXPECT_EQ(Check("Of the 2,000 delegates, 1,100 men and 900 women."), Codes{});
  EXPECT_EQ(Check("من بين 2000 مندوب، 1200 رجل و900 امرأة."), slip);
  EXPECT_EQ(Check("Of the 2,000 delegates, 1,200 were elderly and 900 had travelled by train."),
            Codes{});
}

// A total divided into items, then the value of each ("بقيمة اسمية", "with a par value of"),
// per the item named again with "ل" and its article glued ("للسهم").
TEST_F(ChecksTest, ATotalDividedIntoItemsOfAValue) {
  const Codes slip = {"arith.rate_mismatch"};
  EXPECT_EQ(Check("يبلغ رأس المال 200 مليون درهم موزعة على 20 مليون سهم، بقيمة اسمية 5 دراهم "
                  "للسهم."),
            slip);
  EXPECT_EQ(Check("يبلغ رأس المال 200 مليون درهم موزعة على 20 مليون سهم، بقيمة اسمية 10 دراهم "
                  "للسهم."),
            Codes{});
  EXPECT_EQ(Check("Its capital of $200 million is divided into 20 million shares with a par value "
                  "of $5 each."),
            slip);
  EXPECT_EQ(Check("وزعت البلدية 90 ألف دينار على 300 عائلة، بمعدل 200 دينار للعائلة."), slip);
  EXPECT_EQ(Check("وزعت البلدية 90 ألف دينار على 300 عائلة، بمعدل 300 دينار للعائلة."), Codes{});
}

// A body's seats "in the N-seat" body are a part of them; a vote's way may take the motion as
// a pronoun ("opposed it"), not another motion.
TEST_F(ChecksTest, SeatsInTheBodyAndVotesOnIt) {
  EXPECT_EQ(Check("The opposition holds 90 seats in the 150-seat chamber, or 70%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The opposition holds 90 seats in the 150-seat chamber, or 60%."), Codes{});
  EXPECT_EQ(Check("The opposition won 90 seats in the 2022 vote, or 70%."), Codes{});
  EXPECT_EQ(Check("Of the 15 council members, 9 backed the plan, 5 opposed it and 2 abstained."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 15 council members, 9 backed the plan, 4 opposed it and 2 abstained."),
            Codes{});
  EXPECT_EQ(Check("Of the 15 council members, 9 backed the plan, 5 opposed it and 2 abstained "
                  "from the budget vote."),
            Codes{});
}

// After a change said first, a word or two that name what the level counts may stand before
// "from" where no noun was taken ("-ed" may be a verb).
TEST_F(ChecksTest, ChangeFirstPastTheWordsOfWhatItCounts) {
  EXPECT_EQ(Check("Admissions rose 10% to 2,400 registered patients from 2,000."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Admissions rose 20% to 2,400 registered patients from 2,000."), Codes{});
  EXPECT_EQ(Check("Admissions rose 10% to 2,400 after officials said patients from 2,000 towns "
                  "came."),
            Codes{});
}

// Counts set off by commas after a count of people in general are kinds of them; "of them"
// after the first is read as among them.
TEST_F(ChecksTest, KindsOfPeopleSetOffAfterThem) {
  const Codes slip = {"arith.total_mismatch"};
  EXPECT_EQ(Check("Rescuers evacuated 60 people, 35 adults and 30 children, from the building."),
            slip);
  EXPECT_EQ(Check("Rescuers evacuated 60 people, 35 adults and 25 children, from the building."),
            Codes{});
  EXPECT_EQ(Check("The site employs 600 people, 700 of them engineers."), slip);
  EXPECT_EQ(Check("The flood killed 60 people, 35 in the north and 20 in the east, police said."),
            Codes{});
}

// Two dates, a verb of beginning before the first and the period "after" the second: the days
// or weeks between them.
TEST_F(ChecksTest, DaysAfterTheEndOfTwoDates) {
  const Codes slip = {"time.duration_mismatch"};
  EXPECT_EQ(Check("The siege began on June 2 and ended on June 30, after six weeks."), slip);
  EXPECT_EQ(Check("The siege began on June 2 and ended on June 30, after four weeks."), Codes{});
  EXPECT_EQ(Check("بدأ الحصار في 2 يونيو وانتهى في 30 يونيو بعد 40 يوما."), slip);
  EXPECT_EQ(Check("بدأ الحصار في 2 يونيو وانتهى في 30 يونيو بعد 28 يوما."), Codes{});
  EXPECT_EQ(Check("The siege began on June 2 and ended on June 30, six weeks after the raid."),
            Codes{});
}

// A birthday on a day named from the publication, or by its weekday alone, is in the
// publication's year, where the sentence names no other year; a birthday is never at death.
TEST_F(ChecksTest, ABirthdayLately) {
  const Codes slip = {"time.age_mismatch"};
  EXPECT_EQ(Check("Born in 1950, the actor celebrated his 64th birthday on Sunday.", nullptr,
                  "2024-06-01"),
            slip);
  EXPECT_EQ(Check("Born in 1950, the actor celebrated his 74th birthday on Sunday.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("احتفل الممثل المولود عام 1950 أمس بعيد ميلاده الستين.", nullptr, "2024-06-01"),
            slip);
  EXPECT_EQ(Check("Born in 1950, the actor, who marked his 64th birthday on a Sunday in Rome, died "
                  "in 2020.",
                  nullptr, "2024-06-01"),
            Codes{});
}

// Tunisian "من جملة" is "out of"; a change's cue stands before "بنحو" glued to "ب".
TEST_F(ChecksTest, OutOfAndAboutAsTheTunisianPressWritesThem) {
  EXPECT_EQ(Check("تم تشغيل 1200 عامل من جملة 4000، أي بنسبة 40 بالمائة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تم تشغيل 1200 عامل من جملة 4000، أي بنسبة 30 بالمائة."), Codes{});
  EXPECT_EQ(Check("بلغ الإنتاج 6 ملايين طن مقابل 10 ملايين طن، أي بتراجع بنحو 60 بالمائة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ الإنتاج 6 ملايين طن مقابل 10 ملايين طن، أي بتراجع بنحو 40 بالمائة."),
            Codes{});
}

// A translation that rounds an amount to its last written digit, two significant digits kept
// at least, says the same amount: information, no error. Not a round figure of one digit.
TEST_F(ChecksTest, CompareAnAmountRounded) {
  EXPECT_EQ(Compare("بلغت الإيرادات 2364.8 مليون دينار.", "Revenue reached 2.36 billion dinars."),
            Codes{});
  EXPECT_EQ(Compare("بلغت الإيرادات 2364.8 مليون دينار.", "Revenue reached 2.4 billion dinars."),
            Codes{});
  EXPECT_EQ(Compare("بلغت الإيرادات 2364.8 مليون دينار.", "Revenue reached 2 billion dinars."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("بلغت الإيرادات 2364.8 مليون دينار.", "Revenue reached 2.63 billion dinars."),
            Codes{"compare.value_mismatch"});
  const std::vector<std::string> all = Compare("Turnout was 61.7%.", "بلغت نسبة المشاركة 62%.",
                                               /*all=*/true);
  EXPECT_EQ(all, Codes{"compare.value_mismatch"});
}

// A period until a later day of the same month ("حتى 20 منه"); an amount of change after a
// verb whose subject is three words long ("ارتفع سعر صفيحة البنزين").
TEST_F(ChecksTest, ThePressOfTheLevant) {
  EXPECT_EQ(Check("افتتح المهرجان في 3 آب 2024 واستمر عشرة أيام حتى 9 منه."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("افتتح المهرجان في 3 آب 2024 واستمر ستة أيام حتى 9 منه."), Codes{});
  EXPECT_EQ(Check("ارتفع سعر ربطة الخبز 500 ليرة لتصل إلى 45 ألف ليرة مقابل 40 ألف ليرة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع سعر ربطة الخبز 5000 ليرة لتصل إلى 45 ألف ليرة مقابل 40 ألف ليرة."),
            Codes{});
}

// "B, triple the A": a multiple after a comma (past B's time), then the amount it multiplies
// after "the" or "its", a fifth either way.
TEST_F(ChecksTest, AnAmountAMultipleOfAnother) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("Visits reached 900,000, triple the 450,000 of 2021."), slip);
  EXPECT_EQ(Check("Visits reached 900,000, double the 450,000 of 2021."), Codes{});
  EXPECT_EQ(Check("Visits reached 900,000 in the first month, three times the previous high of "
                  "450,000."),
            slip);
  EXPECT_EQ(Check("Visits reached 900,000 in May, twice the 450,000 of April."), Codes{});
  EXPECT_EQ(Check("Visits reached 900,000, and triple that by 2030 would mean 2.7 million."),
            Codes{});
  // Arabic: the multiple in construct with the noun of the amount, "البالغ" the amount.
  EXPECT_EQ(Check("بيعت اللوحة بمبلغ 4.5 مليون دولار، أي ضعفي سعرها التقديري البالغ 1.5 مليون "
                  "دولار."),
            slip);
  EXPECT_EQ(Check("بيعت اللوحة بمبلغ 4.5 مليون دولار، أي ثلاثة أضعاف سعرها التقديري البالغ 1.5 "
                  "مليون دولار."),
            Codes{});
  EXPECT_EQ(Check("بيعت اللوحة بمبلغ 4.5 مليون دولار، أي ثلاثة أضعاف سعرها التقديري."),
            Codes{});
}

// A game by any of its names ("appearances", "لقاء") and "his", "her" before a whole.
TEST_F(ChecksTest, GamesAndTheirPlayers) {
  EXPECT_EQ(Check("He scored 30 goals in 40 appearances, an average of 1.2 a game."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("He scored 30 goals in 40 appearances, an average of 0.75 a game."), Codes{});
  EXPECT_EQ(Check("سجل 24 هدفا في 12 لقاء، بمعدل 3 أهداف في المباراة."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("She saved 9 of her 12 penalties, a success rate of 80%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("She saved 9 of her 12 penalties, a success rate of 75%."), Codes{});
}

// "يبلغ عمر الرئيس المنتخب": a definite adjective after the one word naming whose age;
// "على كل مقعد" per item; "a quarter of the total damage of": two words naming the whole, not
// where the part is itself a share of its count ("Half of the 600 workers, or a third of").
TEST_F(ChecksTest, AgesRatesAndWholesNamedAtLength) {
  EXPECT_EQ(Check("يبلغ عمر الوزير الجديد 50 عاما، وهو من مواليد 1964.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("يبلغ عمر الوزير الجديد 60 عاما، وهو من مواليد 1964.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("يتنافس 900 مرشح على 100 مقعد، أي بمعدل 12 مرشحا على كل مقعد."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("يتنافس 900 مرشح على 100 مقعد، أي بمعدل 9 مرشحين على كل مقعد."), Codes{});
  EXPECT_EQ(Check("Repairs cost $30 million, a half of the total bill of $90 million."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Repairs cost $30 million, a third of the total bill of $90 million."),
            Codes{});
  EXPECT_EQ(Check("Half of the 800 nurses, or a third of the total staff of 1,200, walked out."),
            Codes{});
}

// The nouns of change in the ways the press writes them: after "بنسبة", with "قيمته",
// "قدرها", or in the accusative before "بـ".
TEST_F(ChecksTest, NounsOfChangeInEveryForm) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("بلغت المداخيل 880 م د مقابل 800 م د، أي بنسبة تطور قدرها 20 بالمائة."), slip);
  EXPECT_EQ(Check("بلغت المداخيل 880 م د مقابل 800 م د، أي بنسبة تطور قدرها 10 بالمائة."),
            Codes{});
  EXPECT_EQ(Check("تقلص العجز إلى 700 م د مقابل 800 م د، أي بتقلص قيمته 200 م د."), slip);
  EXPECT_EQ(Check("تقلص العجز إلى 700 م د مقابل 800 م د، أي بتقلص قيمته 100 م د."), Codes{});
  EXPECT_EQ(Check("سجلت المبيعات 880 م د مقابل 800 م د، أي ارتفاعا بـ 20 بالمائة."), slip);
  EXPECT_EQ(Check("سجلت المبيعات 880 م د مقابل 800 م د، أي ارتفاعا بـ 10 بالمائة."), Codes{});
}

// A total in "م د" spread over items, its average in the currency's word with no country: one
// currency.
TEST_F(ChecksTest, AnAverageInTheWordOfTheTotalsCurrency) {
  EXPECT_EQ(Check("تم رصد 60 م د لتمويل 400 مشروع، بمعدل 200 ألف دينار للمشروع."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("تم رصد 60 م د لتمويل 400 مشروع، بمعدل 150 ألف دينار للمشروع."), Codes{});
}

// "بـ 50 نقطة أساسية" before a rate's move; what an amount is of ("من الحبوب") before "مقابل",
// where the change is said right after.
TEST_F(ChecksTest, PointsAfterBaAndAnAmountOfSomething) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("خفض البنك نسبة الفائدة بـ 50 نقطة أساسية إلى 7 بالمائة مقابل 7.25 بالمائة."),
            slip);
  EXPECT_EQ(Check("خفض البنك نسبة الفائدة بـ 25 نقطة أساسية إلى 7 بالمائة مقابل 7.25 بالمائة."),
            Codes{});
  // "بواقع" before points, however far the verb ("بواقع 3 سلال لكل أسرة" is a rate per item).
  EXPECT_EQ(Check("خفض البنك المركزي سعر الفائدة بواقع 25 نقطة أساس إلى 5.25%، من 5.75%."), slip);
  EXPECT_EQ(Check("خفض البنك المركزي سعر الفائدة بواقع 50 نقطة أساس إلى 5.25%، من 5.75%."),
            Codes{});
  EXPECT_EQ(Check("تم جمع 600 ألف طن من الزيتون مقابل 500 ألف طن، أي بزيادة 30 بالمائة."), slip);
  EXPECT_EQ(Check("تم جمع 600 ألف طن من الزيتون مقابل 500 ألف طن، أي بزيادة 20 بالمائة."),
            Codes{});
}

// A rate's move in basis points after a verb of changing it, its subject and its object
// between ("خفض البنك المركزي سعر الفائدة 25 نقطة أساس").
TEST_F(ChecksTest, PointsAfterAVerbOfChangingARate) {
  EXPECT_EQ(Check("رفع البنك المركزي سعر الفائدة 25 نقطة أساس إلى 3.5% من 3%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("رفع البنك المركزي سعر الفائدة 50 نقطة أساس إلى 3.5% من 3%."), Codes{});
}

// A fraction in words restated as a percentage, set off by commas past its noun or right
// after it: within 2.5 points, 5 where said about so much.
TEST_F(ChecksTest, AFractionInWordsRestated) {
  const Codes slip = {"arith.percent_mismatch"};
  EXPECT_EQ(Check("About three-quarters of the members, 61%, voted for the deal."), slip);
  EXPECT_EQ(Check("About three-quarters of the members, 71%, voted for the deal."), Codes{});
  EXPECT_EQ(Check("ثلث الأعضاء، 45%، صوتوا ضد الاتفاق."), slip);
  EXPECT_EQ(Check("ثلث الأعضاء، 33%، صوتوا ضد الاتفاق."), Codes{});
  EXPECT_EQ(Check("Half of the 600 members, 45% of them women, voted."), Codes{});
}

// Two answers to one question ("said yes", "said no"; "support", "oppose it"), the second
// with nothing after it but a pronoun: shares of one whole.
TEST_F(ChecksTest, TwoAnswersToOneQuestion) {
  const Codes slip = {"arith.percent_sum"};
  EXPECT_EQ(Check("Asked about the merger, 57% said yes and 48% said no."), slip);
  EXPECT_EQ(Check("Asked about the merger, 47% said yes and 48% said no."), Codes{});
  EXPECT_EQ(Check("Overall, 57% support the merger and 48% oppose it."), slip);
  EXPECT_EQ(Check("Overall, 57% support the merger and 48% oppose the tax."), Codes{});
  EXPECT_EQ(Check("Some 57% of Democrats approve and 48% of Republicans disapprove."), Codes{});
  // A vote's "in favour" and "against", and those abstaining.
  EXPECT_EQ(Check("The referendum passed with 52% in favour and 58% against."), slip);
  EXPECT_EQ(Check("The referendum passed with 52% in favour and 48% against."), Codes{});
  EXPECT_EQ(Check("He won 52% against 38% for his rival."), Codes{});
  EXPECT_EQ(Check("The motion got 61% in favour, 45% against and 4% abstaining."), slip);
  EXPECT_EQ(Check("The motion got 61% in favour, 35% against and 4% abstaining."), Codes{});
  // "voted yes", a bare "no", the whole a pronoun ("منهم"); after a share of another whole.
  EXPECT_EQ(Check("Of those polled, 70% voted yes and 35% no."), slip);
  EXPECT_EQ(Check("Of those polled, 70% voted yes and 30% no."), Codes{});
  EXPECT_EQ(Check("صوت 70% منهم بنعم و35% بلا."), slip);
  EXPECT_EQ(Check("Turnout was 60%, and 70% voted yes and 35% voted no."), slip);
  EXPECT_EQ(Check("شارك 60% من الناخبين، وصوت 70% منهم بنعم و35% بلا."), slip);
  // The first answer goes on to say what they said: no answer of the same question.
  EXPECT_EQ(Check("Some 70% said no tax rise was needed and 45% said yes."), Codes{});
}

// The last share the rest of the whole ("the remaining 22%", "الـ25% المتبقية"): all of them
// make it up, neither more nor less; not after a verb of change.
TEST_F(ChecksTest, SharesEndingWithTheRest) {
  const Codes slip = {"arith.percent_sum"};
  EXPECT_EQ(Check("Wind gave 40% of the power, gas 38% and oil the remaining 27%."), slip);
  EXPECT_EQ(Check("Wind gave 40% of the power, gas 28% and oil the remaining 22%."), slip);
  EXPECT_EQ(Check("Wind gave 40% of the power, gas 38% and oil the remaining 22%."), Codes{});
  EXPECT_EQ(Check("Sales rose 4% and the remaining 12% of stores closed."), Codes{});
  EXPECT_EQ(Check("حصل الذكور على 52% من المقاعد والإناث على الـ40% المتبقية."), slip);
  EXPECT_EQ(Check("حصل الذكور على 52% من المقاعد والإناث على الـ48% المتبقية."), Codes{});
}

// A whole, then a verb of what it is made up of, then its parts: they make it up.
TEST_F(ChecksTest, AWholeMadeUpOfItsParts) {
  const Codes slip = {"arith.total_mismatch"};
  EXPECT_EQ(Check("The board of 15 members is made up of 6 elected and 7 appointed members."),
            slip);
  EXPECT_EQ(Check("The board of 15 members is made up of 8 elected and 7 appointed members."),
            Codes{});
  EXPECT_EQ(Check("The 300 trains comprise 120 electric and 150 diesel units."), slip);
  EXPECT_EQ(Check("يضم الفريق 40 لاعبا يتألف من 25 محترفا و10 هواة."), slip);
  EXPECT_EQ(Check("يضم الفريق 40 لاعبا يتألف من 25 محترفا و15 هواة."), Codes{});
  EXPECT_EQ(Check("The 12 squads consist of 15 players each."), Codes{});
}

// A total of money over a measure and its price per one of the measure's unit ("per
// kilometre", "للطن", "للتر"): another unit than the measure's is left.
TEST_F(ChecksTest, AnAmountOverAMeasurePerItsUnit) {
  const Codes slip = {"arith.rate_mismatch"};
  EXPECT_EQ(Check("The 20-km road cost $300 million, or about $20 million per kilometre."),
            slip);
  EXPECT_EQ(Check("The 20-km road cost $300 million, or about $15 million per kilometre."),
            Codes{});
  EXPECT_EQ(Check("باعت الشركة 3 آلاف طن من القمح بقيمة 900 ألف دينار، أي بمعدل 400 دينار للطن."),
            slip);
  EXPECT_EQ(Check("باعت الشركة 3 آلاف طن من القمح بقيمة 900 ألف دينار، أي بمعدل 300 دينار للطن."),
            Codes{});
  EXPECT_EQ(Check("اشترت البلدية مليوني لتر من الوقود بقيمة 10 ملايين دينار، أي 4 دنانير للتر."),
            slip);
  EXPECT_EQ(Check("They sold 4 tonnes of gold for $300 million, or $2,300 an ounce."), Codes{});
  // Per a unit of the dimension: 1,000 kilograms a tonne.
  EXPECT_EQ(Check("صدرت تونس 210 آلاف طن من زيت الزيتون بقيمة 2.8 مليار دينار، أي بمعدل 18.3 دينار "
                  "للكيلوغرام."),
            slip);
  EXPECT_EQ(Check("صدرت تونس 210 آلاف طن من زيت الزيتون بقيمة 2.8 مليار دينار، أي بمعدل 13.3 دينار "
                  "للكيلوغرام."),
            Codes{});
}

// A time later set off by a comma after the year something that began ended, closing the
// sentence; weeks between two dates to the nearest one.
TEST_F(ChecksTest, YearsLaterAfterTheEndAndWeeksRounded) {
  const Codes slip = {"time.duration_mismatch"};
  EXPECT_EQ(Check("Work on the dam began in 2012 and ended in 2020, five years later."), slip);
  EXPECT_EQ(Check("Work on the dam began in 2012 and ended in 2020, eight years later."),
            Codes{});
  EXPECT_EQ(Check("بدأ حفر القناة عام 2010 وانتهى عام 2016، بعد أربع سنوات."), slip);
  EXPECT_EQ(Check("The strike began on May 2 and ended on May 19, two weeks later."), Codes{});
  EXPECT_EQ(Check("The strike began on May 2 and ended on May 30, two weeks later."), slip);
}

// A thing's age after the year it was built, counted to the publication or to the year
// beside the age; another year in the sentence leaves it open.
TEST_F(ChecksTest, AThingsAgeSinceItWasBuilt) {
  const Codes slip = {"time.age_mismatch"};
  const auto check = [](const std::string& text) { return Check(text, nullptr, "2024-06-01"); };
  EXPECT_EQ(check("The dam, built in 1964, is now 70 years old."), slip);
  EXPECT_EQ(check("The dam, built in 1964, is now 60 years old."), Codes{});
  EXPECT_EQ(check("شيد السد عام 1964 ويبلغ عمره 50 عاما."), slip);
  EXPECT_EQ(check("The dam, founded in 1964, turned 50 in 2014."), Codes{});
  EXPECT_EQ(check("The dam, built in 1964, turned 40 in 2014."), slip);
  EXPECT_EQ(check("The dam, built in 1964, is 50 years old and was rebuilt in 2014."), Codes{});
  // An event's first edition is its origin: "first held", "first run", "أقيم لأول مرة".
  EXPECT_EQ(check("The rally, first run in 1978, is now 46 years old."), Codes{});
  EXPECT_EQ(check("The rally, first run in 1978, is now 36 years old."), slip);
  EXPECT_EQ(check("المعرض الذي أقيم لأول مرة عام 1978 يبلغ عمره اليوم 36 عاما."), slip);
  // At a time counted back from now right after the age: that many years before publication.
  EXPECT_EQ(check("The dam, built in 1932, turned 90 two years ago."), Codes{});
  EXPECT_EQ(check("The dam, built in 1932, turned 95 two years ago."), slip);
  EXPECT_EQ(check("The dam, built in 1932, was 80 years old a decade ago."), Codes{});
}

// "أي ما نسبته", "بما نسبته" restate a part as its share.
TEST_F(ChecksTest, WhatItsShareIsRestated) {
  const Codes slip = {"arith.percent_mismatch"};
  EXPECT_EQ(Check("من أصل 800 موظف، استفاد 200 من التكوين، أي ما نسبته 20%."), slip);
  EXPECT_EQ(Check("من أصل 800 موظف، استفاد 200 من التكوين، أي ما نسبته 25%."), Codes{});
  EXPECT_EQ(Check("نجح 150 تلميذا، بما نسبته 60% من أصل 200 مترشح."), slip);
  EXPECT_EQ(Check("نجح 150 تلميذا، بما نسبته 75% من أصل 200 مترشح."), Codes{});
}

// A price per gram between where a change led and "من"; the start of the month after where it
// began; a count of parcels in its broken plural.
TEST_F(ChecksTest, APricePerGramAndTheStartOfTheMonth) {
  const Codes change = {"arith.change_mismatch"};
  EXPECT_EQ(Check("ارتفع سعر الفضة إلى 60 جنيها للجرام من 50 جنيها، بزيادة 30%."), change);
  EXPECT_EQ(Check("ارتفع سعر الفضة إلى 60 جنيها للجرام من 50 جنيها، بزيادة 20%."), Codes{});
  EXPECT_EQ(Check("ارتفع سعر الفضة إلى 60 جنيها من 50 جنيها مطلع الشهر، بزيادة 30%."), change);
  EXPECT_EQ(Check("Silver rose to $30 from $25 at the start of the year, up 30%."), change);
  EXPECT_EQ(Check("Silver rose to $30 from $25 at the start of the year, up 20%."), Codes{});
  EXPECT_EQ(Check("وزع الهلال الأحمر 9 آلاف طرد على 3 آلاف أسرة، بمعدل 4 طرود لكل أسرة."),
            Codes{"arith.rate_mismatch"});
}

// A part "of them" restated as a share said about so much: within 2.5 points.
TEST_F(ChecksTest, APartOfThemAboutSoMuch) {
  const Codes slip = {"arith.percent_mismatch"};
  EXPECT_EQ(Check("يتسع المسرح لـ 2000 متفرج، بيعت منها 1500 تذكرة، أي نحو 85%."), slip);
  EXPECT_EQ(Check("يتسع المسرح لـ 2000 متفرج، بيعت منها 1500 تذكرة، أي نحو 75%."), Codes{});
  EXPECT_EQ(Check("يتسع المسرح لـ 2000 متفرج، بيعت منها 1500 تذكرة، أي نحو 77%."), Codes{});
}

// A record with one outcome in words after its noun ("وخسارة واحدة"), then the games "in"
// which it was made: they are the record's even where its counts outgrow them.
TEST_F(ChecksTest, ARecordInItsGames) {
  const Codes slip = {"arith.total_mismatch"};
  EXPECT_EQ(Check("حقق النادي 18 فوزا و6 تعادلات وخسارة واحدة في 24 مباراة."), slip);
  EXPECT_EQ(Check("حقق النادي 17 فوزا و6 تعادلات وخسارة واحدة في 24 مباراة."), Codes{});
  EXPECT_EQ(Check("The club has 18 wins, 6 draws and 2 defeats in 24 games."), slip);
  EXPECT_EQ(Check("They won 10, drew 7 and lost 3 of their last 5."), Codes{});
  // The games in a number word after their noun, the team's own.
  EXPECT_EQ(Check("خسر المنتخب مباراتين وتعادل في ثلاث وفاز في ست من مبارياته العشر."), slip);
  EXPECT_EQ(Check("خسر المنتخب مباراتين وتعادل في ثلاث وفاز في خمس من مبارياته العشر."), Codes{});
  EXPECT_EQ(Check("حقق المنتخب 6 انتصارات و3 تعادلات وهزيمتين في مبارياته العشر."), slip);
}

// A count whose noun "عدد" names before it is split as a count of that noun is.
TEST_F(ChecksTest, ACountNamedBeforeIt) {
  const Codes slip = {"arith.total_mismatch"};
  EXPECT_EQ(Check("بلغ عدد الحجاج 900، توزعوا على 500 في مكة و300 في المدينة."), slip);
  EXPECT_EQ(Check("بلغ عدد الحجاج 800، توزعوا على 500 في مكة و300 في المدينة."), Codes{});
  EXPECT_EQ(Check("بلغ عدد الضحايا 30، بينهم 20 طفلا و15 امرأة."), slip);
  EXPECT_EQ(Check("بلغ عدد الضحايا 30، بينهم 10 أطفال و15 امرأة."), Codes{});
}

// A verb of lasting after the end of what began: the period between the two.
TEST_F(ChecksTest, LastedAfterTheEnd) {
  const Codes slip = {"time.duration_mismatch"};
  EXPECT_EQ(Check("The inquiry began on March 2 and ended on April 11, lasting 30 days."), slip);
  EXPECT_EQ(Check("The inquiry began on March 2 and ended on April 11, lasting 40 days."),
            Codes{});
  EXPECT_EQ(Check("بدأ الإضراب في 2 مارس وانتهى في 11 أبريل واستمر 30 يوما."), slip);
  EXPECT_EQ(Check("The siege began in 1992 and ended in 1996, lasting six years."), slip);
}

// Degrees alone beside a temperature: the difference from the record before it.
TEST_F(ChecksTest, DegreesAboveTheRecord) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("It reached 44.5C, three degrees above the previous record of 42.5C."), slip);
  EXPECT_EQ(Check("It reached 44.5C, two degrees above the previous record of 42.5C."), Codes{});
  EXPECT_EQ(Check("بلغت الحرارة 44.5 درجة مئوية، بزيادة 3 درجات "
                  "عن الرقم القياسي السابق البالغ 42.5 درجة."),
            slip);
  EXPECT_EQ(Check("ارتفعت الحرارة إلى 40 درجة مئوية من 37 درجة، بزيادة 5 درجات."), slip);
  EXPECT_EQ(Check("ارتفعت الحرارة إلى 40 درجة مئوية من 37 درجة، بزيادة 3 درجات."), Codes{});
}

// The two groups of a pair after a verb of being a share: shares of one whole; not the rates
// of two groups, nor shares of two wholes.
TEST_F(ChecksTest, TwoGroupsOfAPair) {
  const Codes slip = {"arith.percent_sum"};
  EXPECT_EQ(Check("Women make up 56% of the staff and men 47%."), slip);
  EXPECT_EQ(Check("Women make up 53% of the staff and men 47%."), Codes{});
  EXPECT_EQ(Check("شكل الذكور 58% من المصابين والإناث 45%."), slip);
  EXPECT_EQ(Check("Among women the rate is 56% and among men 47%."), Codes{});
  EXPECT_EQ(Check("Women make up 56% of nurses and men 67% of surgeons."), Codes{});
  // A group and all who are not of it.
  EXPECT_EQ(Check("يشكل السعوديون 68.4% من السكان وغير السعوديين 41.6%."), slip);
  EXPECT_EQ(Check("يشكل السعوديون 58.4% من السكان وغير السعوديين 41.6%."), Codes{});
  EXPECT_EQ(Check("Saudis make up 68.4% of the population and non-Saudis 41.6%."), slip);
  EXPECT_EQ(Check("يشكل السعوديون 68.4% من القوى العاملة وغير المتزوجين 41.6%."), Codes{});
}

// A verb of a multiple, then a comma and a verb of where it went before its values.
TEST_F(ChecksTest, AMultipleThenWhereItWent) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("Rents have doubled, rising to $1,500 from $500 a month."), slip);
  EXPECT_EQ(Check("Rents have doubled, rising to $1,000 from $500 a month."), Codes{});
  EXPECT_EQ(Check("تضاعفت الإيجارات ثلاث مرات، لترتفع إلى 1200 دينار من 500 دينار."), slip);
}

// "to" before the rival's share named right after it; an anniversary in the year tied to it,
// not the publication's.
TEST_F(ChecksTest, TheRivalAfterToAndAnAnniversarysYear) {
  EXPECT_EQ(Check("She won 56.5% of the vote to 45.1% for her rival."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("She won 53.5% of the vote to 45.1% for her rival."), Codes{});
  const auto dated = [](const std::string& text) { return Check(text, nullptr, "2024-06-01"); };
  EXPECT_EQ(dated("The museum opened in 1923 and marked its centenary in 2013."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(dated("The museum opened in 1923 and marked its centenary in 2023."), Codes{});
  EXPECT_EQ(dated("The museum opened in 1923 and marked its centenary last year."), Codes{});
}

// A tally, then the members it is "out of": no more votes than members.
TEST_F(ChecksTest, ATallyOutOfTheMembers) {
  const Codes slip = {"arith.total_mismatch"};
  EXPECT_EQ(Check("صادق البرلمان على القانون بأغلبية 90 صوتا مقابل 40 من أصل 120 نائبا."), slip);
  EXPECT_EQ(Check("صادق البرلمان على القانون بأغلبية 70 صوتا مقابل 40 من أصل 120 نائبا."),
            Codes{});
  EXPECT_EQ(Check("The motion passed 61 to 45 out of 100 senators."), slip);
  EXPECT_EQ(Check("Turnout rose to 61 from 45 out of 100."), Codes{});
  // "in the" body of so many seats, past the abstentions too.
  EXPECT_EQ(Check("The bill passed 310-128 in the 435-seat chamber."), slip);
  EXPECT_EQ(Check("The bill passed 310-128, with 7 members not voting, in the 435-seat chamber."),
            slip);
  EXPECT_EQ(Check("The bill passed 310-118, with 7 members not voting, in the 435-seat chamber."),
            Codes{});
  EXPECT_EQ(Check("The bill passed 68-30 in the 100 days since the vote."), Codes{});
}

// "the year before it", "في العام الذي سبقه": an earlier time after where a change began.
TEST_F(ChecksTest, TheYearBeforeIt) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("بلغت الواردات 12.4 مليار دينار في 2023، مقابل 10.3 مليار دينار في العام الذي "
                  "سبقه، بزيادة 30%."),
            slip);
  EXPECT_EQ(Check("Imports hit $12.4 billion last year, against $10.3 billion in the "
                  "preceding year, a rise of 30%."),
            slip);
  EXPECT_EQ(Check("Imports hit $12.4 billion last year, against $10.3 billion in the "
                  "preceding year, a rise of 20%."),
            Codes{});
}

// A measure, a comma and the verb of its cost, then the price per its unit.
TEST_F(ChecksTest, AMeasureThenItsCost) {
  const Codes slip = {"arith.rate_mismatch"};
  EXPECT_EQ(Check("يبلغ طول الجسر 20 كيلومترا، ويكلف 100 مليون دينار، "
                  "أي 8 ملايين دينار للكيلومتر."),
            slip);
  EXPECT_EQ(Check("يبلغ طول الجسر 20 كيلومترا، ويكلف 100 مليون دينار، "
                  "أي 5 ملايين دينار للكيلومتر."),
            Codes{});
}

// A rate restated per another unit of time, its own time ("in March") between.
TEST_F(ChecksTest, ARateRestatedPastItsTime) {
  const Codes slip = {"arith.rate_mismatch"};
  EXPECT_EQ(Check("أنتج الحقل 50 ألف برميل يوميا في أيار، أي نحو 3 ملايين برميل شهريا."), slip);
  EXPECT_EQ(Check("أنتج الحقل 50 ألف برميل يوميا في أيار، أي نحو 1.5 مليون برميل شهريا."),
            Codes{});
  EXPECT_EQ(Check("The mine shipped 20,000 tonnes a week in 2023, or about 2 million a year."),
            slip);
}

// A verb and its object between where a change led and its time, then the change.
TEST_F(ChecksTest, AVerbAndItsObjectBeforeTheTime) {
  EXPECT_EQ(Check("12,400 pilgrims visited the shrine last year, up 50% from 9,500 in 2022."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("12,400 pilgrims visited the shrine last year, up 31% from 9,500 in 2022."),
            Codes{});
}

// "أي بنسبة" after what a part did: its share of the whole opening the sentence.
TEST_F(ChecksTest, ItsRateAfterWhatAPartDid) {
  const Codes slip = {"arith.percent_mismatch"};
  EXPECT_EQ(Check("من بين 800 مترشح، نجح 600 في الامتحان، أي بنسبة 65%."), slip);
  EXPECT_EQ(Check("من بين 800 مترشح، نجح 600 في الامتحان، أي بنسبة 75%."), Codes{});
}

// "for" or a verb of lasting right before a period, the range set off by a comma alone.
TEST_F(ChecksTest, APeriodForTheRangeAfterAComma) {
  const Codes slip = {"time.duration_mismatch"};
  EXPECT_EQ(Check("She chaired the board for four years, from 2009 to 2019."), slip);
  EXPECT_EQ(Check("She chaired the board for ten years, from 2009 to 2019."), Codes{});
  EXPECT_EQ(Check("He was jailed for 15 years for fraud committed from 2001 to 2010."), Codes{});
}

// What was added, then the level it brought a capacity or a number to and where it was.
TEST_F(ChecksTest, AddedThenTheLevelOfACapacity) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("The plant added 40 turbines, bringing its capacity to 310 from 250."), slip);
  EXPECT_EQ(Check("The plant added 60 turbines, bringing its capacity to 310 from 250."), Codes{});
  EXPECT_EQ(Check("افتتحت الوزارة 15 مدرسة، ليرتفع عددها إلى 240 مقابل 220."), slip);
}

// A price per a unit of area between where a change led and where it began.
TEST_F(ChecksTest, APricePerUnitOfArea) {
  const Codes slip = {"arith.change_mismatch"};
  EXPECT_EQ(Check("Farmland rose 10% to $8,800 an acre from $7,000."), slip);
  EXPECT_EQ(Check("Farmland rose 10% to $7,700 an acre from $7,000."), Codes{});
  EXPECT_EQ(Check("صعد سعر الأرض بنسبة 10% إلى 990 دينارا للهكتار مقابل 800 دينار."), slip);
}

// A quarter named by its rank, its word counted with it: what the total is of may stand before.
TEST_F(ChecksTest, AQuarterAfterWhatTheTotalIsOf) {
  EXPECT_EQ(Check("صدّر الميناء 900 ألف طن من الإسمنت خلال الربع الثاني، "
                  "أي بمعدل 25 ألف طن يوميا."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("صدّر الميناء 900 ألف طن من الإسمنت خلال الربع الثاني، "
                  "أي بمعدل 10 آلاف طن يوميا."),
            Codes{});
}

// A record of two outcomes leaves room for the third: only more than the games is a slip.
TEST_F(ChecksTest, TwoOutcomesOfARecord) {
  EXPECT_EQ(Check("The club won 20 of its 26 matches, losing seven."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The club won 20 of its 26 matches, losing four."), Codes{});
  EXPECT_EQ(Check("The club won 20 of its 26 home matches and lost 9 away."), Codes{});
}

// A month named is a whole month that a total may be spread over, of either calendar.
TEST_F(ChecksTest, AMonthNamedAsThePeriod) {
  const Codes slip = {"arith.rate_mismatch"};
  EXPECT_EQ(Check("The port handled 62,000 containers in May, an average of 4,000 a day."), slip);
  EXPECT_EQ(Check("The port handled 62,000 containers in May, an average of 2,000 a day."),
            Codes{});
  EXPECT_EQ(Check("وزعت الجمعية 90 ألف وجبة خلال شهر رمضان، بمعدل 6 آلاف وجبة يوميا."), slip);
}

// "بدلا من" before where a change began; a verb of lasting a few words before its period.
TEST_F(ChecksTest, InsteadOfAndALongerSubject) {
  EXPECT_EQ(Check("خفض البنك سعر الفائدة بمقدار 50 نقطة أساس إلى 4% بدلا من 4.75%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("خفض البنك سعر الفائدة بمقدار 50 نقطة أساس إلى 4% بدلا من 4.5%."), Codes{});
  EXPECT_EQ(Check("استمرت الحرب الأهلية في البلاد 12 عاما، من 1990 إلى 2008."),
            Codes{"time.duration_mismatch"});
}

// "the week before" after where a change began; a fatality rate named after the comma; a
// multiple after what the amount is of.
TEST_F(ChecksTest, AnEarlierTimeARateNamedAndWhatItIsOf) {
  EXPECT_EQ(Check("Arrivals fell to 3,150 from 4,200 the month before, a 35% drop."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Arrivals fell to 3,150 from 4,200 the month before, a 25% drop."), Codes{});
  EXPECT_EQ(Check("The outbreak has sickened 1,600 people, 72 of whom died, a fatality rate of "
                  "6.5%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The outbreak has sickened 1,600 people, 72 of whom died, a fatality rate of "
                  "4.5%."),
            Codes{});
  EXPECT_EQ(Check("The town got 620 mm of snow, eight times the usual 150 mm."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The town got 620 mm of snow, about four times the usual 150 mm."), Codes{});
}

// Two dates of an event, a verb of opening before the first, the period restated after the end.
TEST_F(ChecksTest, OpenedThenTheEndRestated) {
  const Codes slip = {"time.duration_mismatch"};
  EXPECT_EQ(Check("The festival opens on July 3 and closes on July 13, or 15 days."), slip);
  EXPECT_EQ(Check("The festival opens on July 3 and closes on July 13, or 11 days."), Codes{});
  EXPECT_EQ(Check("افتتح المهرجان في 3 يوليو ويستمر حتى 13 يوليو، أي 15 يوما."), slip);
}

// A share "of it" a word or two into the next sentence, of the whole that ends the one before.
TEST_F(ChecksTest, AShareOfTheWholeOfTheSentenceBefore) {
  const Codes slip = {"arith.percent_mismatch"};
  EXPECT_EQ(Check("بلغت الإيرادات 60 مليون دينار. وتمثل الضرائب 40% منها، أي 30 مليون دينار."),
            slip);
  EXPECT_EQ(Check("بلغت الإيرادات 60 مليون دينار. وتمثل الضرائب 40% منها، أي 24 مليون دينار."),
            Codes{});
}

// A verb of lasting in the present, after an Arabic comma that ends the clause before.
TEST_F(ChecksTest, ALastingVerbInThePresentAfterAComma) {
  EXPECT_EQ(Check("وقع المدرب للنادي، بعقد يمتد أربع سنوات من 2025 حتى 2031."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("وقع المدرب للنادي، بعقد يمتد ست سنوات من 2025 حتى 2031."), Codes{});
  EXPECT_EQ(Check("The lease runs four years, from 2025 to 2031."),
            Codes{"time.duration_mismatch"});
}

// "في الربع المماثل", "الربع نفسه": the same quarter of another year, no fraction between the
// two rates and their difference.
TEST_F(ChecksTest, TheSameQuarterIsAPeriodBetweenTwoRates) {
  EXPECT_EQ(Check("بلغ معدل الادخار 4.2% في الربع الأول مقابل 4.8% في الربع المماثل من العام "
                  "الماضي، أي بتراجع 0.9 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ معدل الادخار 4.2% في الربع الأول مقابل 4.8% في الربع نفسه من العام "
                  "الماضي، أي بتراجع 0.6 نقطة."),
            Codes{});
}

// A vote's ways after each count in Arabic ("لصالح", "ضده") and the parts after "منهم" and
// a verb, past a comma after the members.
TEST_F(ChecksTest, VotesOfThemWithTheirWaysAfterTheCounts) {
  EXPECT_EQ(Check("يضم المجلس 150 عضوا، صوت منهم 98 لصالح القرار و41 ضده وامتنع 19."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("يضم المجلس 150 عضوا، صوت منهم 98 لصالح القرار و41 ضده وامتنع 11."),
            Codes{});
  EXPECT_EQ(Check("من بين 150 عضوا، صوت 98 لصالح القرار و41 ضد وامتنع 19."),
            Codes{"arith.total_mismatch"});
  // Against another motion: no parts of one vote.
  EXPECT_EQ(Check("من بين 150 عضوا، صوت 98 لصالح القرار و61 ضد التعديل."), Codes{});
}

// A poll's Arabic "undecided" names the answers' one whole.
TEST_F(ChecksTest, ArabicUndecidedAnswersOfAPoll) {
  EXPECT_EQ(Check("أيد 57% من المشاركين الخطة، فيما عارضها 39% ولم يحدد 11% موقفهم."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("أيد 57% من المشاركين الخطة، فيما عارضها 32% ولم يحدد 11% موقفهم."),
            Codes{});
}

// A range of years restated by its period set off by a comma, a word of the sum after it.
TEST_F(ChecksTest, APeriodInAllEndingItsSentence) {
  EXPECT_EQ(Check("She led the agency from 2011 to 2019, twelve years in all."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("She led the agency from 2011 to 2019, eight years in all."), Codes{});
}

// A fiscal year is a whole year a total is spread over.
TEST_F(ChecksTest, AFiscalYearAsTheRatesPeriod) {
  EXPECT_EQ(Check("The port handled 7.3 million containers in fiscal 2023, about 35,000 a day."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The port handled 7.3 million containers in fiscal 2023, about 20,000 a day."),
            Codes{});
}

// "1200 طن من الزيتون، صدرت ثلثيها، أي 600 طن": what the whole is of, then the share's verb.
TEST_F(ChecksTest, AFractionOfItPastWhatTheWholeIsOf) {
  EXPECT_EQ(Check("جمعت التعاونية 900 طن من القمح، باعت ثلثيها، أي 450 طنا."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("جمعت التعاونية 900 طن من القمح، باعت ثلثيها، أي 600 طن."), Codes{});
  // Or where the whole is.
  EXPECT_EQ(Check("يعمل 900 ألف موظف في القطاع العام، ثلثهم في التعليم، أي 450 ألف موظف."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يعمل 900 ألف موظف في القطاع العام، ثلثهم في التعليم، أي 300 ألف موظف."),
            Codes{});
}

// "won 120 of the 300 seats, the opposition 95": parts whose verb the later ones leave out,
// the whole after the first; a record's outcomes are left to the record.
TEST_F(ChecksTest, PartsLeavingOutTheVerbAfterTheFirstPartsWhole) {
  EXPECT_EQ(Check("The Greens won 140 of the 250 seats, Labour 80 and independents 45."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The Greens won 140 of the 250 seats, Labour 80 and independents 25."),
            Codes{});
  EXPECT_EQ(Check("The club won 21 of its 34 games, drew 9 and lost 6."),
            Codes{"arith.total_mismatch"});
}

// "of them" after a part of a whole ("بينهم 10") is of the whole, which the part cannot be.
TEST_F(ChecksTest, OfThemAfterAPartIsOfTheWhole) {
  EXPECT_EQ(Check("أصيب 60 شخصا في الانفجار، بينهم 8 في حالة حرجة، ونقل 40 منهم إلى المستشفى."),
            Codes{});
  EXPECT_EQ(Check("قتل 12 شخصا في الهجوم، بينهم 15 طفلا."), Codes{"arith.total_mismatch"});
}

// "the Liberal Democrats 72": English's article is no word of who won the part.
TEST_F(ChecksTest, PartsOfNamesWithTheArticle) {
  EXPECT_EQ(Check("Of the 120 seats, the Greens won 61, the Social Democrats 52 and the Free "
                  "Voters 14."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 120 seats, the Greens won 61, the Social Democrats 42 and the Free "
                  "Voters 14."),
            Codes{});
}

// "بواقع 1.5 ريال للسهم": a dividend at so much a share.
TEST_F(ChecksTest, SoMuchEachAfterBiwaqi) {
  EXPECT_EQ(Check("وزع البنك أرباحا بقيمة 900 مليون ريال على 600 مليون سهم، بواقع 2.5 ريال للسهم."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("وزع البنك أرباحا بقيمة 900 مليون ريال على 600 مليون سهم، بواقع 1.5 ريال "
                  "للسهم."),
            Codes{});
}

// A verb of multiplying before a subject of three words, and a sentence before it.
TEST_F(ChecksTest, TimesAfterALongerSubject) {
  EXPECT_EQ(Check("ارتفعت الأسعار. وتضاعفت قيمة الصادرات الزراعية أربع مرات لتصل إلى 8 مليارات "
                  "درهم مقابل 4 مليارات درهم."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الأسعار. وتضاعفت قيمة الصادرات الزراعية أربع مرات لتصل إلى 8 مليارات "
                  "درهم مقابل 2 مليار درهم."),
            Codes{});
}

// The change as a share, where it led, then the points it lost or gained.
TEST_F(ChecksTest, ShareToALevelThenThePointsLost) {
  EXPECT_EQ(Check("The index fell 3.1% to close at 7,420 points, losing 152 points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The index fell 2% to close at 7,420 points, losing 152 points."), Codes{});
  EXPECT_EQ(Check("ارتفع المؤشر 1.4% ليغلق عند 9650 نقطة، رابحا 235 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع المؤشر 2.5% ليغلق عند 9650 نقطة، رابحا 235 نقطة."), Codes{});
}

// "for" a period "until" a year, after a verb of beginning before the year it starts.
TEST_F(ChecksTest, ForAPeriodUntilAYearAfterItBegan) {
  EXPECT_EQ(Check("She took office in 2009 and served for 12 years until 2017."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("She took office in 2009 and served for eight years until 2017."), Codes{});
  // Another's time in what began: no start of the period.
  EXPECT_EQ(Check("Founded in 1950, the firm was led by Smith for 20 years until 2010."),
            Codes{});
}

// "مقابل مليونين للمتحف المجاور": a value for another after "against" is no start of a change.
TEST_F(ChecksTest, AgainstAnothersValueIsNoStart) {
  EXPECT_EQ(Check("تضاعفت أعداد الزوار ثلاث مرات لتصل إلى 3 ملايين زائر، مقابل مليونين للمتحف "
                  "المجاور."),
            Codes{});
  EXPECT_EQ(Check("تضاعفت أعداد الزوار ثلاث مرات لتصل إلى 3 ملايين زائر، مقابل مليونين العام "
                  "الماضي."),
            Codes{"arith.change_mismatch"});
  // A time after "for" is the time of where it began, no other's.
  EXPECT_EQ(Check("ارتفعت الأرباح إلى 300 مليون دينار مقابل 200 مليون دينار للربع الأول، بزيادة "
                  "20%."),
            Codes{"arith.change_mismatch"});
}

// "B, up D from A": where a change led, the change as an amount, then where it began.
TEST_F(ChecksTest, LevelThenADifferenceFromTheStart) {
  EXPECT_EQ(Check("Revenue was $7.9 billion, up $900 million from $7.3 billion."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Revenue was $7.9 billion, up $600 million from $7.3 billion."), Codes{});
  EXPECT_EQ(Check("بلغت الإيرادات 7.9 مليار دولار، بزيادة 900 مليون دولار عن 7.3 مليار دولار."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Revenue was $7.9 billion, up $900 million from a year earlier."), Codes{});
}

// The claim a fact's cue is part of is the fact's, not another count of the sentence; and a
// value with a year of its own gives way to one without.
TEST_F(ChecksTest, FactsTakeTheClaimOfTheirCueAndOfNoOtherTime) {
  Facts facts;
  ASSERT_TRUE(Facts::Load(R"({"facts":[
      {"id":"members","kind":"number","value":193,
       "cues":{"en":["member states"],"ar":["الدول الأعضاء"]}},
      {"id":"jobless","kind":"percent","value":6.5,"cues":["unemployment rate"]}]})",
                          TestEngine().normalizer(), &facts)
                  .ok());
  EXPECT_EQ(Check("Its 193 member states passed the text by 120 votes to 14.", &facts), Codes{});
  EXPECT_EQ(Check("Its 139 member states passed the text by 120 votes to 14.", &facts),
            Codes{"fact.contradiction"});
  EXPECT_EQ(Check("The unemployment rate, 8.1% in 2020, fell to 6.5% this year.", &facts),
            Codes{});
  EXPECT_EQ(Check("The unemployment rate, 8.1% in 2020, fell to 7.5% this year.", &facts),
            Codes{"fact.contradiction"});
  EXPECT_EQ(Check("The unemployment rate was 7.5% in 2024.", &facts),
            Codes{"fact.contradiction"});
  // A part "of" what the cue names is no measure of it.
  EXPECT_EQ(Check("141 of the member states voted in favour.", &facts), Codes{});
  EXPECT_EQ(Check("صوتت 141 دولة من الدول الأعضاء لصالح القرار.", &facts), Codes{});
  EXPECT_EQ(Check("تضم المنظمة 139 من الدول الأعضاء.", &facts), Codes{"fact.contradiction"});
}

// A tally's two sides in counts, restated as shares, cannot add up to more than the whole.
TEST_F(ChecksTest, ATallyRestatedAsShares) {
  EXPECT_EQ(Check("أقر المجلس الموازنة بأغلبية 90 صوتا مقابل 60، أي 60% مقابل 45%."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("أقر المجلس الموازنة بأغلبية 90 صوتا مقابل 60، أي 60% مقابل 40%."), Codes{});
  EXPECT_EQ(Check("The measure passed by 1.2 million votes to 1.1 million, or 55% to 48%."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("The measure passed by 1.2 million votes to 1.1 million, or 52% to 48%."),
            Codes{});
}

// "is up", "was down": the verb of being before the word of change.
TEST_F(ChecksTest, AChangeAfterAVerbOfBeing) {
  EXPECT_EQ(Check("The median rent of $2,150 is up $250 from $2,050 last year."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The median rent of $2,150 is up $100 from $2,050 last year."), Codes{});
}

// "عند مستوى 12230 نقطة": the level named as such after the change restated.
TEST_F(ChecksTest, ALevelNamedAsSuch) {
  EXPECT_EQ(Check("أغلق المؤشر مرتفعا 120 نقطة، أي 2.5%، عند مستوى 9,870 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("أغلق المؤشر مرتفعا 120 نقطة، أي 1.2%، عند مستوى 9,870 نقطة."), Codes{});
}

// A rate's change in points said about so many ("أي بنحو 2.5 نقطة"): the "ب" glued to the
// qualifier ends the cue before it.
TEST_F(ChecksTest, PointsSaidAboutSoMany) {
  EXPECT_EQ(Check("تهدف الحكومة إلى خفض العجز من 6.8% إلى 4% بحلول 2028، أي بنحو 3.8 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تهدف الحكومة إلى خفض العجز من 6.8% إلى 4% بحلول 2028، أي بنحو 2.8 نقطة."),
            Codes{});
  EXPECT_EQ(Check("The deficit is to fall from 6.8% to 4%, a cut of about 3.8 points."),
            Codes{"arith.change_mismatch"});
}

// Votes each way, then the members they are out of.
TEST_F(ChecksTest, VotesEachWayOutOfTheMembers) {
  EXPECT_EQ(Check("وافق 61 عضوا على الميزانية ورفضها 15 وامتنع 9 من أصل 80 عضوا."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("وافق 61 عضوا على الميزانية ورفضها 15 وامتنع 4 من أصل 80 عضوا."), Codes{});
  EXPECT_EQ(Check("61 members voted for the budget, 15 against and 9 abstained, out of 80 "
                  "members."),
            Codes{"arith.total_mismatch"});
}

// A death's date a few words after its verb, before the age at it; the birth after them.
TEST_F(ChecksTest, ADeathsDateBeforeTheAgeAndTheBirthAfter) {
  EXPECT_EQ(Check("توفي الكاتب يوم الجمعة 10 مايو 2024 عن عمر ناهز 79 عاما، وهو من مواليد 1935."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("توفي الكاتب يوم الجمعة 10 مايو 2024 عن عمر ناهز 89 عاما، وهو من مواليد 1935."),
            Codes{});
}

// Who lived, died or is missing: one fate excludes the others, so the counts of a whole cued
// before them cannot add up to more. The hurt may be among the living.
TEST_F(ChecksTest, FatesThatExcludeEachOther) {
  EXPECT_EQ(Check("Of the 90 passengers, 70 were rescued, 12 died and 14 are missing."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 90 passengers, 70 were rescued, 12 died and 8 are missing."), Codes{});
  EXPECT_EQ(Check("Of the 90 passengers, 80 were rescued, 15 were hurt and 12 are missing."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 90 passengers, 80 were rescued, 15 were hurt and 8 are missing."),
            Codes{});
  EXPECT_EQ(Check("من بين 60 صيادا، نجا 45 وغرق 9 ولا يزال 8 مفقودين."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 60 صيادا، نجا 45 وغرق 9 ولا يزال 6 مفقودين."), Codes{});
  // Two counts of one fate may overlap ("freed" and "alive"), and other people are no part.
  EXPECT_EQ(Check("Of the 50 hostages, 30 were freed last year and 25 are believed alive."),
            Codes{});
  EXPECT_EQ(Check("Of the 40 miners, 31 were rescued and 12 rescuers died in the attempt."),
            Codes{});
}

// A part restated as about so much of its whole, a share "of it", and a part that leaves
// its currency to the whole.
TEST_F(ChecksTest, SharesRestatedLoosely) {
  EXPECT_EQ(Check("حصل الحزب على 33 مقعدا من أصل 110، أي نحو 40% من المقاعد."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("حصل الحزب على 33 مقعدا من أصل 110، أي نحو 30% من المقاعد."), Codes{});
  EXPECT_EQ(Check("The city spent $300 million, a fifth of it, or $90 million, on roads."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The city spent $300 million, a fifth of it, or $60 million, on roads."),
            Codes{});
  EXPECT_EQ(Check("أنفقت البلدية 300 مليون دينار، ذهب خمسها، أي 90 مليونا، إلى الطرق."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("أنفقت البلدية 300 مليون دينار، ذهب خمسها، أي 60 مليونا، إلى الطرق."), Codes{});
  // A fraction in construct with its noun, the whole past a word of its amount ("ثلاثة" is
  // three, no fraction "of it").
  EXPECT_EQ(Check("قال إن ثلاثة أرباع الطلبة البالغ عددهم 40 ألفا، أي 25 ألف طالب، حصلوا على منح."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("قال إن ثلاثة أرباع الطلبة البالغ عددهم 40 ألفا، أي 30 ألف طالب، حصلوا على منح."),
            Codes{});
  // A count of a noun of its own is no part of money.
  EXPECT_EQ(Check("أنفقت البلدية 300 مليون دينار، ذهب خمسها، أي 90 مشروعا، إلى الطرق."),
            Codes{});
}

// What lasted the period after the year it ended: "in service", "في السلطة".
TEST_F(ChecksTest, YearsInServiceAfterTheEnd) {
  EXPECT_EQ(Check("The line opened in 1961 and closed in 2019 after 48 years in service."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The line opened in 1961 and closed in 2019 after 58 years in service."),
            Codes{});
  EXPECT_EQ(Check("تولى الحكم عام 1970 وتنحى عام 2000 بعد 20 عاما في السلطة."),
            Codes{"time.duration_mismatch"});
}

// A Hijri date restated by "أي" or "i.e." alone is the same day.
TEST_F(ChecksTest, AHijriDateRestated) {
  EXPECT_EQ(Check("تبدأ العطلة يوم 11 مارس 2024، أي 1 رمضان 1445 هـ."), Codes{});
  EXPECT_EQ(Check("تبدأ العطلة يوم 21 مارس 2024، أي 1 رمضان 1445 هـ."),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("The talks open on March 21, 2024, i.e. 1 Ramadan 1445 AH."),
            Codes{"date.hijri_mismatch"});
}

// Those who would and those who would not: in a poll some are unsure, but never more than
// all who were asked.
TEST_F(ChecksTest, APollsYesAndNoNoMoreThanAllAsked) {
  EXPECT_EQ(Check("Of the 900 voters polled, 500 said they would vote, while 300 would not."),
            Codes{});
  EXPECT_EQ(Check("Of the 900 voters polled, 500 said they would vote, while 450 would not."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 50 states, 30 will join the pact and 15 will not."),
            Codes{"arith.total_mismatch"});
}

// Where a change began may leave its currency to where it led.
TEST_F(ChecksTest, AChangeWhoseStartLeavesItsCurrency) {
  EXPECT_EQ(Check("بلغت الإيرادات 180 مليون ريال، مقابل 150 مليونا العام الماضي، بارتفاع 30%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت الإيرادات 180 مليون ريال، مقابل 150 مليونا العام الماضي، بارتفاع 20%."),
            Codes{});
  EXPECT_EQ(Check("Revenue rose to $180 million from 150 million, up 30%."),
            Codes{"arith.change_mismatch"});
  // A number of another order is what the price is per.
  EXPECT_EQ(Check("بلغ السعر 4.5 دولار للمليون وحدة، مقابل 4 دولارات، أي بزيادة 12.5%."),
            Codes{});
}

// Bare counts of a change said first ("rose by 17 to 155 from 148"), and a measure joined by
// a hyphen to the noun it describes, converted in brackets after the noun.
TEST_F(ChecksTest, BareDifferenceFirstAndAHyphenatedMeasure) {
  EXPECT_EQ(Check("The number of clinics rose by 12 to 95 from 88."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The number of clinics rose by 7 to 95 from 88."), Codes{});
  // Past a comma and "from", the change's ends.
  EXPECT_EQ(Check("The company cut 2,500 jobs, from 10,000 to 8,800."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The company cut 1,200 jobs, from 10,000 to 8,800."), Codes{});
  EXPECT_EQ(Check("خفضت الشركة 2500 وظيفة، من 10 آلاف إلى 8800."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The index rose 200 points, from 4,000 to 4,200."), Codes{});
  EXPECT_EQ(Check("The number of doctors rose by a fifth, from 2,500 to 3,000."), Codes{});
  EXPECT_EQ(Check("The 4-km tunnel (3.5 miles) opened in May."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("The 4-km tunnel (2.5 miles) opened in May."), Codes{});
}

// Parts of a whole whose last is in the rest of the places make it up exactly.
TEST_F(ChecksTest, PartsEndingInTheRestOfThePlaces) {
  EXPECT_EQ(Check("سجلت الوزارة 900 إصابة، منها 600 في العاصمة و200 في باقي المحافظات."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("سجلت الوزارة 900 إصابة، منها 600 في العاصمة و300 في باقي المحافظات."),
            Codes{});
  // Other places may leave some out, and so may the rest where a count follows it.
  EXPECT_EQ(Check("سجلت الوزارة 900 إصابة، منها 600 في العاصمة و200 في الجنوب."), Codes{});
  EXPECT_EQ(Check("سجلت الوزارة 900 إصابة، منها 600 في العاصمة و200 في باقي المحافظات، و100 في "
                  "الخارج."),
            Codes{});
  EXPECT_EQ(Check("The ministry recorded 900 cases, 600 of them in the capital and 200 in the "
                  "rest of the country."),
            Codes{"arith.total_mismatch"});
}

// Fates of an exam or a race exclude each other as life's do; two kinds never mix.
TEST_F(ChecksTest, FatesOfAnExamOrARace) {
  EXPECT_EQ(Check("Of the 320 students, 280 passed, 35 failed and 15 were absent."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 320 students, 280 passed, 25 failed and 15 were absent."), Codes{});
  EXPECT_EQ(Check("Of the 640 runners, 590 finished and 75 dropped out."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 320 students, 280 passed and 45 were rescued."), Codes{});
  // Where the whole came from, right after it, passed over; and never a whole one part alone
  // exceeds.
  EXPECT_EQ(Check("شارك في الماراثون 12 ألف عداء من 60 دولة، أنهى 10500 منهم السباق، وانسحب 2500."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("شارك في الماراثون 12 ألف عداء من 60 دولة، أنهى 10500 منهم السباق، وانسحب 1500."),
            Codes{});
  // Flights: on time, delayed or cancelled.
  EXPECT_EQ(Check("Of the 2,400 flights, 1,900 left on time, 620 were delayed and 80 were "
                  "cancelled."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 2,400 flights, 1,900 left on time, 420 were delayed and 80 were "
                  "cancelled."),
            Codes{});
  // Arabic: the fate nearest before a count is its own ("وتأخرت 62", not "في موعدها").
  EXPECT_EQ(Check("من بين 240 رحلة، أقلعت 190 في موعدها وتأخرت 62 وألغيت 8."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 240 رحلة، أقلعت 170 في موعدها وتأخرت 62 وألغيت 8."), Codes{});
  // The next fate's clause opened by a word of contrast ("فيما", "while").
  EXPECT_EQ(Check("وصل عدد المصابين إلى 340 شخصا، غادر 290 منهم المستشفيات، فيما لا يزال 60 "
                  "يتلقون العلاج."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("وصل عدد المصابين إلى 340 شخصا، غادر 290 منهم المستشفيات، فيما لا يزال 50 "
                  "يتلقون العلاج."),
            Codes{});
  EXPECT_EQ(Check("أصيب 340 شخصا، غادر 290 منهم المستشفى، بعد أن تلقى 60 العلاج."), Codes{});
}

// A share of an owner's whole after the part: "or 20% of the park's 23,000 hectares".
TEST_F(ChecksTest, AShareOfAnOwnersWholeAfterThePart) {
  EXPECT_EQ(Check("The fire destroyed 2,300 hectares, about a fifth of the park's 23,000 "
                  "hectares."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The fire destroyed 2,300 hectares, about a tenth of the park's 23,000 "
                  "hectares."),
            Codes{});
}

// A rate's change said as a fraction of a point in words, and a level said as a weekday's.
TEST_F(ChecksTest, HalfAPointAndAWeekdaysLevel) {
  EXPECT_EQ(Check("The bank cut its main rate by half a point to 4.25% from 4.95%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The bank cut its main rate by half a point to 4.25% from 4.75%."), Codes{});
  EXPECT_EQ(Check("The index closed at 8,400 on Monday, down 3% from Friday's 8,520."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The index closed at 8,400 on Monday, down 1.4% from Friday's close of 8,520."),
            Codes{});
  EXPECT_EQ(Check("The index closed at 8,400 on Monday, down 3% from Friday's close of 8,520."),
            Codes{"arith.change_mismatch"});
}

// Two groups' values listed, each named whose, then the gap between them; and a difference
// said first with its time before where it led.
TEST_F(ChecksTest, AGapBetweenTwoGroupsAndADifferenceOverATime) {
  EXPECT_EQ(Check("بلغ متوسط الأجر 640 دينارا للرجال و590 دينارا للنساء، بفارق 70 دينارا."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ متوسط الأجر 640 دينارا للرجال و590 دينارا للنساء، بفارق 50 دينارا."),
            Codes{});
  EXPECT_EQ(Check("Life expectancy is 81.2 years for women and 77.9 years for men, a gap of "
                  "4.3 years."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The city grew by 900,000 in a decade, to 4.2 million from 3.1 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The city grew by 1.1 million in a decade, to 4.2 million from 3.1 million."),
            Codes{});
}

// A fact's claim is the one nearest the cue's words, counted from where the cue ends; an
// owner's thing named after the cue is measured, not the fact.
TEST_F(ChecksTest, FactsTakeTheNearestClaimAndLeaveAnOwnersThing) {
  Facts facts;
  ASSERT_TRUE(Facts::Load(R"({"facts":[
      {"id":"turnout","kind":"percent","value":61.4,"cues":["turnout"]},
      {"id":"peak","kind":"quantity","unit":"m","value":4808,"cues":["Mont Blanc"]}]})",
                          TestEngine().normalizer(), &facts)
                  .ok());
  EXPECT_EQ(Check("The party won 45% of the vote, on a turnout of 61.4%.", &facts), Codes{});
  EXPECT_EQ(Check("The party won 45% of the vote, on a turnout of 64.1%.", &facts),
            Codes{"fact.contradiction"});
  EXPECT_EQ(Check("They reached Mont Blanc's refuge at 3,817 metres.", &facts), Codes{});
  EXPECT_EQ(Check("Mont Blanc rises 4,088 metres.", &facts), Codes{"fact.contradiction"});
}

// A count "من" the cue that is fewer than the fact is a part of it; a year beside an
// anniversary of the cue is the anniversary's.
TEST_F(ChecksTest, FactsLeaveFewerOfThemAndAnAnniversarysYear) {
  Facts facts;
  ASSERT_TRUE(Facts::Load(R"({"facts":[
      {"id":"pop","kind":"number","value":5400000,"tolerance":100000,
       "cues":{"ar":["سكان البلاد"],"en":["population"]}},
      {"id":"independence","kind":"year","value":"1962","cues":["independence","استقلالها"]}]})",
                          TestEngine().normalizer(), &facts)
                  .ok());
  EXPECT_EQ(Check("يعيش 1.9 مليون من سكان البلاد في العاصمة.", &facts), Codes{});
  EXPECT_EQ(Check("يعيش 7.9 مليون من سكان البلاد في العاصمة.", &facts),
            Codes{"fact.contradiction"});
  EXPECT_EQ(Check("The country marked 62 years of independence in 2024.", &facts), Codes{});
  EXPECT_EQ(Check("The country won its independence in 1964.", &facts),
            Codes{"fact.contradiction"});
  EXPECT_EQ(Check("احتفلت البلاد بالذكرى الـ62 لاستقلالها عام 2024.", &facts), Codes{});
}

// Where a change led, then its months and the year they are of, then where it began.
TEST_F(ChecksTest, ALevelOfTheFirstMonthsOfAYear) {
  EXPECT_EQ(Check("بلغ العجز 12.5 مليار دينار خلال الأشهر التسعة الأولى من 2024، مقابل 14.2 "
                  "مليار دينار في الفترة نفسها من 2023، أي بتراجع 22 بالمائة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ العجز 12.5 مليار دينار خلال الأشهر التسعة الأولى من 2024، مقابل 14.2 "
                  "مليار دينار في الفترة نفسها من 2023، أي بتراجع 12 بالمائة."),
            Codes{});
}

// A whole that "includes" a part, its share restated after the part.
TEST_F(ChecksTest, AWholeThatIncludesAPart) {
  EXPECT_EQ(Check("The city's 1.6 million people include 400,000 migrants, or nearly a third."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The city's 1.6 million people include 400,000 migrants, or a quarter."),
            Codes{});
}

// An age in a decade of life against a birth year, where a word places it now or at a death;
// elsewhere it may be any time of a life.
TEST_F(ChecksTest, AnAgeInADecadeAgainstTheBirthYear) {
  EXPECT_EQ(Check("ولد عام 1982، وهو الآن في الستينيات من عمره.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد عام 1982، وهو الآن في الأربعينيات من عمره.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The actor, born in 1961, died in 2022 in his seventies."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The actor, born in 1961, died in 2022 in his sixties."), Codes{});
  EXPECT_EQ(Check("Born in 1990, she moved to Paris in her thirties.", nullptr, "2024-06-01"),
            Codes{});
}

// "عمره الآن" names an age now; a kin word with "و" glued names another person.
TEST_F(ChecksTest, AnAgeNowAndAGluedKin) {
  EXPECT_EQ(Check("ولد المهندس عام 1960، وعمره الآن 54 عاما.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد المهندس عام 1960، وعمره الآن 64 عاما.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("ولد المهندس عام 1960، وابنه عمره الآن 34 عاما.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("ولد المهندس عام 1960، وابنته الآن في الثلاثينيات من عمرها.", nullptr,
                  "2024-06-01"),
            Codes{});
}

// An age at an event, then the age "now" after it: born the publication's year less the one.
TEST_F(ChecksTest, AnAgeAtAnEventThenNow) {
  // The age now first; "at" an age right before "in" and the year: a year either way only.
  EXPECT_EQ(Check("The champion, now 31, won her first Olympic title at 21 in 2016.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The champion, now 31, won her first Olympic title at 22 in 2016.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The champion, now 31, won her first Olympic title at 24 in 2016.", nullptr,
                  "2024-06-01"),
            Codes{});
  // "The 31-year-old": an age in years before "-old"; not an age a year comes before, which
  // is that year's.
  EXPECT_EQ(Check("The 31-year-old, who won her first Olympic title in 2016 at 21, retired.",
                  nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The 31-year-old, who won her first Olympic title in 2016 at 23, retired.",
                  nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("She won her first title in 2009, aged 16, and her last in 2021 at 28.",
                  nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("He was 23 when he founded the company in 1998, and is now 52.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("He was 23 when he founded the company in 1998, and is now 49.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("He was 23 when he founded the company in 1998, and is now 52 years old.",
                  nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  // "now" right after the age, ending its clause.
  EXPECT_EQ(Check("He was 23 when he founded the company in 1998, and he is 52 now.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("He was 23 when he founded the company in 1998, and he is 49 now.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("He was 23 when he founded the company in 1998; his son is 30 now.", nullptr,
                  "2024-06-01"),
            Codes{});
  // An Arabic pronoun of the person, then the verb and "now".
  EXPECT_EQ(Check("أسس الشركة عام 1998 عن عمر 23 عاما، وهو يبلغ اليوم 52 عاما.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("أسس الشركة عام 1998 عن عمر 23 عاما، وهو يبلغ اليوم 49 عاما.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("أسس الشركة عام 1998 عن عمر 23 عاما، وابنه يبلغ اليوم 30 عاما.", nullptr,
                  "2024-06-01"),
            Codes{});
  // Another person's age now.
  EXPECT_EQ(Check("He was 23 when he founded the company in 1998, and his son is now 30.",
                  nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("He was 40 when he took office in 2010, while his rival is now 71.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("She was 19 when she won her first title in 2005, and the trophy is now 90 "
                  "years old.",
                  nullptr, "2024-06-01"),
            Codes{});
}

// Buildings after a disaster or an inspection: intact, damaged or destroyed.
TEST_F(ChecksTest, FatesOfBuildings) {
  EXPECT_EQ(Check("Of the 1,340 homes inspected, 1,115 were safe and 265 needed repairs."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 1,340 homes inspected, 1,115 were safe and 225 needed repairs."),
            Codes{});
  EXPECT_EQ(Check("من بين 1340 مبنى، تضررت 1115 ودمرت 265."), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 1340 مبنى، تضررت 1115 ودمرت 225."), Codes{});
}

// A hospital's patients: discharged, died, or still in hospital.
TEST_F(ChecksTest, FatesOfPatients) {
  EXPECT_EQ(Check("Of the 1,240 patients admitted, 1,102 were discharged, 96 died and 52 remain "
                  "in hospital."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 1,240 patients admitted, 1,102 were discharged, 96 died and 42 remain "
                  "in hospital."),
            Codes{});
  // "منهم" between the first fate and its count ties it to the whole; "قيد العلاج" is a
  // fate, no noun counted.
  EXPECT_EQ(Check("استقبل المستشفى 350 مريضا، خرج منهم 290، وتوفي 20، ولا يزال 50 قيد العلاج."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("استقبل المستشفى 350 مريضا، خرج منهم 290، وتوفي 20، ولا يزال 40 قيد العلاج."),
            Codes{});
}

// A captivity's fates (released, held, died), and a fate of two words after the comma.
TEST_F(ChecksTest, FatesOfACaptivity) {
  EXPECT_EQ(Check("Of the 150 hostages, 115 were released, 20 were confirmed dead and 25 remain "
                  "in captivity."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 150 hostages, 105 were released, 20 were confirmed dead and 25 remain "
                  "in captivity."),
            Codes{});
  EXPECT_EQ(Check("من بين 250 رهينة، أفرج عن 117 وقتل 37 ولا يزال 101 محتجزين."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 250 رهينة، أفرج عن 117 وقتل 37 ولا يزال 96 محتجزين."), Codes{});
  // The first count right past the comma after the whole, "of whom" after it.
  EXPECT_EQ(Check("Troops detained 31 men, 19 of whom were freed and 14 remain in detention."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Troops detained 31 men, 19 of whom were freed and 12 remain in detention."),
            Codes{});
  EXPECT_EQ(Check("Troops detained 31 men, 19 of whom were freed and 14 of whom were minors."),
            Codes{});
  EXPECT_EQ(Check("أوقفت الشرطة 31 شخصا، أطلق سراح 19 منهم، ولا يزال 14 رهن الاعتقال."),
            Codes{"arith.total_mismatch"});
}

// The first fate's count said as a part of its whole ("45 of the 50"), the next a clause on.
TEST_F(ChecksTest, FatesAfterAPartOfTheWhole) {
  EXPECT_EQ(Check("He said 45 of the 50 prisoners had been released, while 8 remain in custody."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("He said 45 of the 50 prisoners had been released, while 5 remain in custody."),
            Codes{});
  EXPECT_EQ(Check("أكد أن 45 من أصل 50 سجينا أفرج عنهم، بينما لا يزال 8 رهن الاحتجاز."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("أفرج عن 45 من أصل 50 رهينة، فيما لا يزال 8 في الأسر."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("أفرج عن 45 من أصل 50 رهينة، فيما لا يزال 5 في الأسر."), Codes{});
  // Two fates of no kind in common tell of no one split.
  EXPECT_EQ(Check("45 of the 50 students passed, while 8 remain in custody."), Codes{});
}

// Seats left vacant are the rest of the seats: the parts make the whole up.
TEST_F(ChecksTest, SeatsWithVacancies) {
  EXPECT_EQ(Check("Of the 100 seats, the ruling party holds 60 and the opposition 38, with 4 "
                  "vacancies."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 100 seats, the ruling party holds 60 and the opposition 38, with 2 "
                  "vacancies."),
            Codes{});
  // Vacant seats said with a verb right after their count.
  EXPECT_EQ(Check("Of the 435 seats, Republicans hold 218, Democrats 215, and 4 are vacant."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 435 seats, Republicans hold 218, Democrats 213, and 4 are vacant."),
            Codes{});
  // "In the" body of so many seats opening the sentence, the parts' noun in its hyphened word.
  EXPECT_EQ(Check("In the 435-seat House, Republicans hold 220 seats and Democrats 221."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("In the 435-seat House, Republicans hold 220 seats and Democrats 211."),
            Codes{});
  EXPECT_EQ(Check("In the 2,000 homes surveyed, 1,200 had gas and 900 had oil."), Codes{});
}

// An age at death said "nearing" it, in digits or an ordinal's word.
TEST_F(ChecksTest, AnAgeNearedAtDeath) {
  EXPECT_EQ(Check("ولد عام 1931 وتوفي عام 2020 عن عمر يناهز 98."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد عام 1931 وتوفي عام 2020 عن عمر يناهز الثامنة والتسعين."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد عام 1931 وتوفي عام 2020 عن عمر يناهز 89."), Codes{});
  EXPECT_EQ(Check("ولد عام 1931 وتوفي عام 2020 عن عمر يناهز التاسعة والثمانين."), Codes{});
}

// Items at a price each and the total said after them.
TEST_F(ChecksTest, ItemsAtAPriceAndTheirTotal) {
  EXPECT_EQ(Check("The club sold 12,000 tickets at $45 a ticket, a total of $640,000."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The club sold 12,000 tickets at $45 a ticket, a total of $540,000."), Codes{});
  EXPECT_EQ(Check("وزعت الجمعية 400 حصة بقيمة 250 دينارا لكل حصة، بمجموع 120 ألف دينار."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("وزعت الجمعية 400 حصة بقيمة 250 دينارا لكل حصة، بمجموع 100 ألف دينار."),
            Codes{});
  // What the items are of between them and their price.
  EXPECT_EQ(Check("بيعت 3 آلاف نسخة من الكتاب بسعر 20 دينارا للنسخة، بإجمالي 80 ألف دينار."),
            Codes{"arith.rate_mismatch"});
  // A total that takes in more than the items.
  EXPECT_EQ(Check("It bought 8 trains at $20 million each, a total of $200 million including "
                  "spare parts."),
            Codes{});
  // What the sale raised, where nothing else is said to add to it.
  EXPECT_EQ(Check("They sold 300 tickets at $20 each, raising $8,000."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("They sold 300 tickets at $20 each, raising $6,000."), Codes{});
  EXPECT_EQ(Check("باع النادي 300 تذكرة بسعر 20 دينارا للتذكرة، ليجمع 8 آلاف دينار."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The charity sold 300 tickets at $20 each, raising $8,000 with donations."),
            Codes{});
}

// A price paid for a share of a firm and the whole it values the firm at.
TEST_F(ChecksTest, AStakeAndTheValuationItImplies) {
  const Codes slip = {"arith.percent_mismatch"};
  EXPECT_EQ(Check("The investor paid $45 million for a 15% stake, valuing the company at $400 "
                  "million."),
            slip);
  EXPECT_EQ(Check("The investor paid $45 million for a 15% stake, valuing the company at $300 "
                  "million."),
            Codes{});
  EXPECT_EQ(Check("Tencent bought 15% of the company for $45 million, which values it at $200 "
                  "million."),
            slip);
  EXPECT_EQ(Check("دفع المستثمر 45 مليون دولار مقابل حصة نسبتها 15% في الشركة، ما يقيم الشركة "
                  "بـ400 مليون دولار."),
            slip);
  EXPECT_EQ(Check("اشترى الصندوق حصة بنسبة 15% مقابل 45 مليون دولار، ما يقيم الشركة بـ300 مليون "
                  "دولار."),
            Codes{});
  EXPECT_EQ(Check("استحوذت المجموعة على 51% من أسهم الشركة مقابل 102 مليون دولار، ما يقيمها بنحو "
                  "300 مليون دولار."),
            slip);
  EXPECT_EQ(Check("The fund agreed to buy a 25% stake for $1.2 billion, valuing the business at "
                  "about $6.8 billion."),
            slip);
  // A change, no stake: the valuation is of what the firm raised no share of.
  EXPECT_EQ(Check("The company raised $45 million in new funding, up 15%, at a valuation of $400 "
                  "million."),
            Codes{});
}

// An age in an ordinal's word placed now is checked against the publication's year.
TEST_F(ChecksTest, AnOrdinalAgeNow) {
  EXPECT_EQ(Check("ولدت الكاتبة عام 1960 وهي اليوم في الخامسة والسبعين من عمرها.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولدت الكاتبة عام 1960 وهي اليوم في الرابعة والستين من عمرها.", nullptr,
                  "2024-06-01"),
            Codes{});
  // Without "now", an age at some event of a life that no year places.
  EXPECT_EQ(Check("ولدت الكاتبة عام 1960 ونشرت روايتها الأولى وهي في الخامسة والعشرين من "
                  "عمرها.",
                  nullptr, "2024-06-01"),
            Codes{});
}

// A share of an owner's whole, then the part restated.
TEST_F(ChecksTest, AShareOfAnOwnersWholeThenThePart) {
  EXPECT_EQ(Check("Women make up 52% of the town's 40,000 residents, or about 18,000 people."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Women make up 52% of the town's 40,000 residents, or about 21,000 people."),
            Codes{});
}

// After a verb of death before the birth, the age is at death: its time may follow the birth
// right away, and another year beside the age is no event of it.
TEST_F(ChecksTest, AnAgeAtADeathSaidFirst) {
  EXPECT_EQ(Check("توفي الرسام المولود عام 1938 في أيار 2019 عن عمر ناهز 86 عاما."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("توفي الرسام المولود عام 1938 في أيار 2019 عن عمر ناهز 80 عاما."), Codes{});
  EXPECT_EQ(Check("توفي الرسام المولود عام 1938 والذي استقر في باريس عام 1965 عن عمر ناهز 80 "
                  "عاما."),
            Codes{});
}

// "to close at" leads a change to its value as "to" does.
TEST_F(ChecksTest, AChangeToAClose) {
  EXPECT_EQ(Check("The stock rose $5 to close at $45, up from $42."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The stock rose $3 to close at $45, up from $42."), Codes{});
  EXPECT_EQ(Check("ارتفع السهم 4 دنانير ليغلق عند 38 دينارا مقابل 36 دينارا."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع السهم دينارين ليغلق عند 38 دينارا مقابل 36 دينارا."), Codes{});
}

// A part's share said about so much after what it did, weighed loosely.
TEST_F(ChecksTest, APartsShareSaidAboutSoMuch) {
  EXPECT_EQ(Check("Of the 1,200 flights scheduled, 300 were cancelled, or about a third."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 1,200 flights scheduled, 380 were cancelled, or about a third."),
            Codes{});
  EXPECT_EQ(Check("من بين 1200 رحلة مقررة، ألغيت 300، أي نحو الثلث."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("من بين 1200 رحلة مقررة، ألغيت 410، أي نحو الثلث."), Codes{});
}

// A change from a price named before it ("from its previous close of").
TEST_F(ChecksTest, AChangeFromAPriceNamedBeforeIt) {
  EXPECT_EQ(Check("The stock closed at $32.50, down 15% from its previous close of $37."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The stock closed at $32.50, down 12% from its previous close of $37."),
            Codes{});
}

// A rating gives one answer a head: its shares make one whole.
TEST_F(ChecksTest, TheSharesOfARating) {
  EXPECT_EQ(Check("Diners rated the food excellent (34%), good (41%), fair (20%) or poor (10%)."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Diners rated the food excellent (34%), good (41%), fair (17%) or poor (8%)."),
            Codes{});
}

// A time later between a beginning's date and the date it led to.
TEST_F(ChecksTest, DaysLaterOnADate) {
  EXPECT_EQ(Check("The strike began on Jan. 10 and ended 20 days later, on Feb. 5."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The strike began on Jan. 10 and ended 26 days later, on Feb. 5."), Codes{});
  EXPECT_EQ(Check("بدأ الإضراب في 10 يناير وانتهى بعد 20 يوما في 5 فبراير."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("بدأ الإضراب في 10 يناير وانتهى بعد 26 يوما في 5 فبراير."), Codes{});
  // A captivity begins with the taking; what was made began then too.
  EXPECT_EQ(Check("The hostages, seized on 7 October 2023, were freed 248 days later, on 1 June "
                  "2024."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The hostages, seized on 7 October 2023, were freed 238 days later, on 1 June "
                  "2024."),
            Codes{});
  EXPECT_EQ(Check("اختطف الرهائن في 7 أكتوبر 2023 وأفرج عنهم بعد 248 يوما، في الأول من يونيو "
                  "2024."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The law was passed in July 2023 and took effect 14 months later, on January "
                  "1, 2025."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The law takes effect on January 1, 2025, 14 months after it was passed in "
                  "July 2023."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The law takes effect on January 1, 2025, 18 months after it was passed in "
                  "July 2023."),
            Codes{});
  EXPECT_EQ(Check("صادق البرلمان على القانون في يوليو 2023 ودخل حيز التنفيذ بعد 14 شهرا، في "
                  "يناير 2025."),
            Codes{"time.duration_mismatch"});
}

// Days or weeks ago against the date tied to them, from the publication date, a day either
// way; a date with no year is the last of its day and month; days later count from an event.
TEST_F(ChecksTest, DaysAgoOnADate) {
  const std::string now = "2024-06-01";
  const Codes slip = {"time.relative_mismatch"};
  EXPECT_EQ(Check("The strike began 15 days ago, on May 7.", nullptr, now), slip);
  EXPECT_EQ(Check("The strike began 15 days ago, on May 17.", nullptr, now), Codes{});
  EXPECT_EQ(Check("The strike began 15 days ago, on May 16.", nullptr, now), Codes{});
  EXPECT_EQ(Check("بدأ الإضراب قبل 15 يوما، في 7 مايو.", nullptr, now), slip);
  EXPECT_EQ(Check("بدأ الإضراب قبل 15 يوما، في 17 مايو.", nullptr, now), Codes{});
  EXPECT_EQ(Check("The attack happened three weeks ago, on April 11.", nullptr, now), slip);
  EXPECT_EQ(Check("It happened 200 days ago, on November 14.", nullptr, now), Codes{});
  // Yesterday in words, a date of another year, no publication date: nothing to weigh.
  EXPECT_EQ(Check("قال أمس، في 20 مايو 2015، إن الاتفاق نهائي.", nullptr, now), Codes{});
  EXPECT_EQ(Check("It happened 10 days ago, on May 22, 2023.", nullptr, now), Codes{});
  EXPECT_EQ(Check("The strike began 15 days ago, on May 7."), Codes{});
  EXPECT_EQ(Check("The campaign began on Jan. 5 and ended 30 days later, on Feb. 4.", nullptr,
                  now),
            Codes{});
}

// An age at death after "عن سن", "عن عمر تناهز" (about so many years), against the birth year.
TEST_F(ChecksTest, AnAgeAtDeathSaidWithSin) {
  EXPECT_EQ(Check("ولد الرئيس الراحل سنة 1926 وتوفي سنة 2019 عن سن تناهز 82 عاما."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد الرئيس الراحل سنة 1926 وتوفي سنة 2019 عن سن تناهز 92 عاما."), Codes{});
}

// An end's date, the time after it, then the date what lasted began.
TEST_F(ChecksTest, DaysAfterWhatBegan) {
  EXPECT_EQ(Check("The crew was rescued on June 9 after 12 days adrift that began on May 25."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The crew was rescued on June 9 after 15 days adrift that began on May 25."),
            Codes{});
  EXPECT_EQ(Check("أفرج عن الرهائن في 3 مايو بعد 45 يوما من الاحتجاز الذي بدأ في 15 مارس."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("أفرج عن الرهائن في 3 مايو بعد 49 يوما من الاحتجاز الذي بدأ في 15 مارس."),
            Codes{});
}

// A measure in brackets restated past them by a cue is the same amount.
TEST_F(ChecksTest, AConversionRestatedPastABracket) {
  EXPECT_EQ(Check("تبلغ مساحة المحمية 500 هكتار (5 كيلومترات مربعة) أي ما يعادل 2000 فدان."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("تبلغ مساحة المحمية 500 هكتار (5 كيلومترات مربعة) أي ما يعادل 1190 فدانا."),
            Codes{});
  EXPECT_EQ(Check("The park covers 500 hectares (5 sq km), or about 1,900 acres."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("The park covers 500 hectares (5 sq km), or about 1,240 acres."), Codes{});
}

// A level owned by last year or last season, against a change or a difference.
TEST_F(ChecksTest, AChangeFromLastYearsLevel) {
  EXPECT_EQ(Check("Sales reached 540 units, 40 more than last year's 520."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales reached 540 units, 20 more than last year's 520."), Codes{});
  EXPECT_EQ(Check("Sales reached 540 units, up 10% from last year's 520."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales reached 540 units, up 4% from last year's 520."), Codes{});
  EXPECT_EQ(Check("The team finished with 82 points, 12 more than last season's 68."),
            Codes{"arith.change_mismatch"});
}

// Shares that make one whole up on their own, then shares of another.
TEST_F(ChecksTest, SharesOfTwoRoundsInOneSentence) {
  EXPECT_EQ(Check("Shares of the vote were 52% and 48% in the runoff, after 45% and 40% in the "
                  "first round."),
            Codes{});
  EXPECT_EQ(Check("Candidate A won 51.2% of the vote, B 38.5% and C 12.1%."),
            Codes{"arith.percent_sum"});
}

// A share, then its part and whole in brackets right after it.
TEST_F(ChecksTest, AShareThenItsPartAndWholeInBrackets) {
  EXPECT_EQ(Check("The fatality rate was 3.3% (1,023 deaths among 44,672 confirmed cases)."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The fatality rate was 2.3% (1,023 deaths among 44,672 confirmed cases)."),
            Codes{});
  EXPECT_EQ(Check("بلغت نسبة النجاح 80% (600 من أصل 800 طالب)."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغت نسبة النجاح 75% (600 من أصل 800 طالب)."), Codes{});
}

// "Of" or "among" without the article opening a sentence cue its whole.
TEST_F(ChecksTest, AWholeOpeningTheSentenceWithoutTheArticle) {
  EXPECT_EQ(Check("Among 72,314 cases, 1,023 deaths occurred, a case-fatality rate of 2.3%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Among 72,314 cases, 1,023 deaths occurred, a case-fatality rate of 1.4%."),
            Codes{});
  EXPECT_EQ(Check("Of 1,200 asked, 300 (35%) said yes."), Codes{"arith.percent_mismatch"});
  // Inside a sentence "of" is no whole's cue.
  EXPECT_EQ(Check("A rise of 5,000, 300 (35%) of them women."), Codes{});
}

// "equivalent to" restates an amount as its share of a whole.
TEST_F(ChecksTest, AShareSaidEquivalentToIt) {
  EXPECT_EQ(Check("Tourism earned $12 billion, equivalent to 9% of the nation's $200 billion "
                  "output."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Tourism earned $12 billion, equivalent to 6% of the nation's $200 billion "
                  "output."),
            Codes{});
}

// A thing's age counted from the year it was completed.
TEST_F(ChecksTest, AnAgeFromTheYearOfCompletion) {
  EXPECT_EQ(Check("The stadium, completed in 1974, turned 40 this year.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The stadium, completed in 1974, turned 50 this year.", nullptr, "2024-06-01"),
            Codes{});
}

// A measure joined by a hyphen to its noun, restated after a comma or "or".
TEST_F(ChecksTest, AHyphenatedMeasureRestatedAfterItsNoun) {
  EXPECT_EQ(Check("The 30-mile canal, about 80 kilometres long, was dredged."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("The 30-mile canal, about 48 kilometres long, was dredged."), Codes{});
  // "or" alone may join two choices.
  EXPECT_EQ(Check("Runners choose the 10 km or 5 mile course."), Codes{});
}

// "N times as many as the" leads to the amount multiplied.
TEST_F(ChecksTest, TimesAsManyAsTheAmount) {
  EXPECT_EQ(Check("The fair sold 90,000 tickets, four times as many as the 30,000 of 2021."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The fair sold 90,000 tickets, three times as many as the 30,000 of 2021."),
            Codes{});
}

// An average price of one item, then the items' total.
TEST_F(ChecksTest, ItemsAtAnAveragePrice) {
  EXPECT_EQ(Check("باعت الوكالة 400 شقة بمتوسط سعر 50 ألف دينار، بإجمالي 30 مليون دينار."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("باعت الوكالة 400 شقة بمتوسط سعر 50 ألف دينار، بإجمالي 20 مليون دينار."),
            Codes{});
  EXPECT_EQ(Check("It sold 400 flats at an average price of $50,000, for a total of $30 million."),
            Codes{"arith.rate_mismatch"});
}

// Two shares a whole is split between, with no "بنسبة" before them.
TEST_F(ChecksTest, TwoSharesAWholeIsSplitBetween) {
  EXPECT_EQ(Check("توزعت المنح بين 35% للطلاب و75% للباحثين."), Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("توزعت المنح بين 35% للطلاب و65% للباحثين."), Codes{});
  // Two shares with no verb of sharing out may be of two wholes.
  EXPECT_EQ(Check("ارتفعت الأسعار بين 35% للخبز و75% للزيت."), Codes{});
}

// A trade balance said beside the exports and imports it is the gap between.
TEST_F(ChecksTest, ATradeBalanceAgainstItsExportsAndImports) {
  EXPECT_EQ(Check("Exports rose 3% to $41.5 billion and imports slipped to $47.2 billion, "
                  "leaving a trade deficit of $7.7 billion."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Exports rose 3% to $41.5 billion and imports slipped to $47.2 billion, "
                  "leaving a trade deficit of $5.7 billion."),
            Codes{});
  EXPECT_EQ(Check("سجل الميزان التجاري فائضا بقيمة 3 مليارات ريال، إذ بلغت الصادرات 14.6 "
                  "مليار ريال والواردات 12.6 مليار ريال."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("سجل الميزان التجاري فائضا بقيمة 2 مليار ريال، إذ بلغت الصادرات 14.6 "
                  "مليار ريال والواردات 12.6 مليار ريال."),
            Codes{});
  // "in May" after "exports" names a time, no partner.
  EXPECT_EQ(Check("Exports in May rose to $302.4 billion, while imports increased to $220.2 "
                  "billion, leaving a trade surplus of $72.6 billion."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Exports in Germany rose to $302.4 billion, while imports increased to $220.2 "
                  "billion, leaving a trade surplus of $72.6 billion."),
            Codes{});
  // One partner's or one good's trade, or another deficit, may not be the gap.
  EXPECT_EQ(Check("Exports to Japan rose to $4 billion and imports from Japan to $6 billion, "
                  "while the overall trade deficit reached $30 billion."),
            Codes{});
  EXPECT_EQ(Check("Farm exports rose to $4 billion and imports to $6 billion, while the trade "
                  "deficit reached $30 billion."),
            Codes{});
  EXPECT_EQ(Check("بلغت الصادرات الزراعية 4 مليارات دولار والواردات 6 مليارات دولار، وبلغ "
                  "العجز التجاري 30 مليار دولار."),
            Codes{});
  EXPECT_EQ(Check("بلغت الصادرات 4 مليارات دولار والواردات 6 مليارات دولار، وبلغ العجز "
                  "في الموازنة 9 مليارات دولار."),
            Codes{});
}

// A part after what it did and a comma, then its share of "the total".
TEST_F(ChecksTest, APartThenItsShareOfTheTotal) {
  EXPECT_EQ(Check("Of the 40 judges, 16 were women, a quarter of the total."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 40 judges, 10 were women, a quarter of the total."), Codes{});
  // A share of another whole.
  EXPECT_EQ(Check("Of the 40 judges, 16 were women, a quarter of the total staff."), Codes{});
}

// "will triple to", and the amount a count falls "short of".
TEST_F(ChecksTest, TripleToAndShortOf) {
  EXPECT_EQ(Check("Capacity will triple to 900 megawatts from 200 megawatts."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Capacity will triple to 600 megawatts from 200 megawatts."), Codes{});
  EXPECT_EQ(Check("The appeal raised $42 million, $12 million short of the $50 million goal."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The appeal raised $42 million, $8 million short of the $50 million goal."),
            Codes{});
}

// An age at an event against an earlier age at another, each with its year.
TEST_F(ChecksTest, AnAgeAgainstAnEarlierAge) {
  EXPECT_EQ(Check("He was first elected in 1996 at 41 and stepped down in 2016, aged 70."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("He was first elected in 1996 at 41 and stepped down in 2016, aged 61."),
            Codes{});
  EXPECT_EQ(Check("She signed in 2012 at the age of 16 and left in 2020 at the age of 28."),
            Codes{"time.age_mismatch"});
  // Another person may be named between.
  EXPECT_EQ(Check("Evans won in 2012 at 16, and Moreau in 2020 at 28."), Codes{});
}

// Months said of a period between two months, joined by "حتى" after "من".
TEST_F(ChecksTest, MonthsFromAMonthUntilAnother) {
  EXPECT_EQ(Check("استمر الإضراب 9 أشهر، من آذار/مارس 2023 حتى حزيران/يونيو 2024."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("استمر الإضراب 15 شهرا، من آذار/مارس 2023 حتى حزيران/يونيو 2024."),
            Codes{});
}

// A total over a range of years and the rate a year it makes, both ends counted or not.
TEST_F(ChecksTest, ATotalOverARangeOfYears) {
  EXPECT_EQ(Check("The fleet grew by 1,200 buses between 2016 and 2020, or 150 a year."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The fleet grew by 1,200 buses between 2016 and 2020, or 300 a year."),
            Codes{});
  EXPECT_EQ(Check("The fleet grew by 1,200 buses between 2016 and 2020, or 240 a year."),
            Codes{});
}

// "N% larger than last year's" leads to where a change began.
TEST_F(ChecksTest, LargerThanLastYears) {
  EXPECT_EQ(Check("The harvest of 2.6 million tonnes is 30% larger than last year's 2.4 "
                  "million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The harvest of 2.6 million tonnes is 8% larger than last year's 2.4 "
                  "million."),
            Codes{});
}

// A whole said about so much, its parts after "منها", within a twentieth of it.
TEST_F(ChecksTest, PartsOfAWholeSaidAboutSoMuch) {
  EXPECT_EQ(Check("رصدت الحكومة نحو 3 مليارات درهم، منها 2.1 مليار للتعليم و1.6 مليار للصحة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("رصدت الحكومة نحو 3 مليارات درهم، منها 1.8 مليار للتعليم و1.3 مليار للصحة."),
            Codes{});
}

// What a part covers of a need, and the need "المقدرة بـ" so much.
TEST_F(ChecksTest, AShareOfANeedEstimatedAt) {
  EXPECT_EQ(Check("أنتجت البلاد 900 ألف طن، أي ما يغطي 45% من حاجياتها المقدرة بـ 3 ملايين طن."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("أنتجت البلاد 900 ألف طن، أي ما يغطي 30% من حاجياتها المقدرة بـ 3 ملايين طن."),
            Codes{});
}

// "a threefold increase" after where a change began and led is a multiple, no difference.
TEST_F(ChecksTest, ANFoldIncreaseIsAMultiple) {
  EXPECT_EQ(Check("Cases rose from 2,000 in May to 6,000 in July, a threefold increase."),
            Codes{});
  EXPECT_EQ(Check("Cases rose from 2,000 in May to 6,000 in July, a fivefold increase."),
            Codes{"arith.change_mismatch"});
}

// A total spread over items "at a cost of" so much each.
TEST_F(ChecksTest, ATotalOverItemsAtACostEach) {
  EXPECT_EQ(Check("خصصت البلدية 12 مليون دينار لبناء 4 جسور، بتكلفة 4 ملايين دينار للجسر."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("خصصت البلدية 12 مليون دينار لبناء 4 جسور، بتكلفة 3 ملايين دينار للجسر."),
            Codes{});
}

// Shares a verb of allocating gives out make one whole; shares set against more do not.
TEST_F(ChecksTest, SharesAllocated) {
  EXPECT_EQ(Check("The plan allocates 50% to roads, 35% to rail and 25% to ports."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("The plan allocates 40% to roads, 35% to rail and 25% to ports."), Codes{});
  EXPECT_EQ(Check("The plan allocates 50% more to roads, 35% more to rail and 25% more to "
                  "ports."),
            Codes{});
  EXPECT_EQ(Check("تخصص الخطة 50% للطرق و35% للسكك الحديدية و25% للموانئ."),
            Codes{"arith.percent_sum"});
}

// A turnout named a few words before its rate is no share of the vote.
TEST_F(ChecksTest, ATurnoutNamedAFewWordsBefore) {
  EXPECT_EQ(Check("بلغت نسبة المشاركة في الانتخابات البلدية 47%، وحصلت القائمة الأولى على 52% من "
                  "الأصوات، والثانية على 41%."),
            Codes{});
  EXPECT_EQ(Check("حصلت القائمة الأولى على 62% من الأصوات، والثانية على 41% والثالثة على 7%."),
            Codes{"arith.percent_sum"});
}

// "إلى X من Y" after a verb of change: where it led and where it began, no part of a whole.
TEST_F(ChecksTest, ToThenFromIsNoPartOfAWhole) {
  EXPECT_EQ(Check("تراجع إنتاج الذرة إلى 800 ألف طن من 1.2 مليون طن، فيما ارتفع إنتاج الأرز 10%."),
            Codes{});
  EXPECT_EQ(Check("نجح 300 طالب من 400، أي 85%."), Codes{"arith.percent_mismatch"});
}

// A turnout named before a time and its rate; a later part "of the" whole again.
TEST_F(ChecksTest, ATurnoutPastATimeAndAPartOfTheWholeAgain) {
  EXPECT_EQ(Check("Turnout in the 2022 vote was 58%, and the ruling party took 51% of the vote "
                  "against 40% for the opposition."),
            Codes{});
  EXPECT_EQ(Check("The board's 9 members include 4 women, and 6 of the 9 are independent."),
            Codes{});
  EXPECT_EQ(Check("The board's 9 members include 4 women and 6 men."),
            Codes{"arith.total_mismatch"});
}

// A count that is itself a part "منهم" leaves a later "منهم" to the whole before it.
TEST_F(ChecksTest, APartItselfIsNoWholeOfALaterPart) {
  EXPECT_EQ(Check("يضم المجلس 60 عضوا، 15 منهم نساء، ويعين 20 منهم بمرسوم."), Codes{});
  EXPECT_EQ(Check("قتل 15 بينهم 20 طفلا."), Codes{"arith.total_mismatch"});
}

// "وهي في السادسة والعشرين": an age in an ordinal's word after "he" or "she" then.
TEST_F(ChecksTest, AnOrdinalAgeAfterHeOrSheThen) {
  EXPECT_EQ(Check("ولد الشاعر عام 1930، ونشر ديوانه الأول عام 1955 وهو في الخامسة والثلاثين."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولد الشاعر عام 1930، ونشر ديوانه الأول عام 1955 وهو في الخامسة والعشرين."),
            Codes{});
}

// A measure restated after a few words of where and a comma.
TEST_F(ChecksTest, AConversionAfterAFewWordsOfWhere) {
  EXPECT_EQ(Check("سجلت الحرارة 45 درجة مئوية في الظل، أي 123 درجة فهرنهايت."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("سجلت الحرارة 45 درجة مئوية في الظل، أي 113 درجة فهرنهايت."), Codes{});
}

// A change by so much, its time, where it led, then its share.
TEST_F(ChecksTest, ADifferenceItsTimeThenWhereItLed) {
  EXPECT_EQ(Check("Wind capacity grew by 120 gigawatts last year to 1,020 gigawatts, a rise of "
                  "23%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Wind capacity grew by 120 gigawatts last year to 1,020 gigawatts, a rise of "
                  "13%."),
            Codes{});
}

// Years "after" an end, then the year what they were spent in was joined.
TEST_F(ChecksTest, YearsAfterAnEndSinceTheYearJoined) {
  EXPECT_EQ(Check("She stepped down in 2023 after 30 years at the bank, which she joined in "
                  "1998."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("She stepped down in 2023 after 25 years at the bank, which she joined in "
                  "1998."),
            Codes{});
  EXPECT_EQ(Check("تقاعد عام 2020 بعد 35 عاما في الجيش الذي التحق به عام 1990."),
            Codes{"time.duration_mismatch"});
}

// Where a change began named past "على" after a word of change, or by a clause of its own.
TEST_F(ChecksTest, AChangeOverALevelNamedAfterIt) {
  EXPECT_EQ(Check("نقل الميناء 900 ألف حاوية، بزيادة 25% على 800 ألف حاوية في العام السابق."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("نقل الميناء 900 ألف حاوية، بزيادة 12.5% على 800 ألف حاوية في العام السابق."),
            Codes{});
  EXPECT_EQ(Check("سجل المهرجان 60 ألف زائر، بزيادة 50% على الدورة الماضية التي شهدت 50 ألف زائر."),
            Codes{"arith.change_mismatch"});
  // A share won is no change: "على" there is the verb's.
  EXPECT_EQ(Check("حصل الحزب على 45% والمعارضة على 35% والمستقلون على 20%."), Codes{});
  // The change is over the runners, not over the countries they came from.
  EXPECT_EQ(Check("شارك 500 عداء من 40 دولة، بزيادة 10% على الدورة الماضية التي شهدت 455 عداء."),
            Codes{});
}

// A period of days set off by a few Arabic words from its two dates; "تمثل" restates a share.
TEST_F(ChecksTest, DaysPastAFewWordsAndRepresentingAShare) {
  EXPECT_EQ(Check("أمضى الوفد 9 أيام في الخارج، من 3 إلى 15 آذار/مارس."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("بلغت الصادرات 120 مليار درهم، تمثل 40% من إجمالي التجارة البالغة 400 "
                  "مليار درهم."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغت الصادرات 120 مليار درهم، تمثل 30% من إجمالي التجارة البالغة 400 "
                  "مليار درهم."),
            Codes{});
}

// A rate said about so much after a comma, what the total is of between.
TEST_F(ChecksTest, AnAboutRateAfterWhatTheTotalIsOf) {
  EXPECT_EQ(Check("Between 2014 and 2024 the city laid 2,000 km of pipes, about 400 km a year."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("Between 2014 and 2024 the city laid 2,000 km of pipes, about 200 km a year."),
            Codes{});
}

// Two ages of two people, one named by kinship; a deficit of another account.
TEST_F(ChecksTest, AnotherPersonsAgeAndAnotherAccountsDeficit) {
  EXPECT_EQ(Check("She won the seat in 1998 at 40, and her daughter won it in 2022 at 33."),
            Codes{});
  EXPECT_EQ(Check("Exports reached $45 billion and imports $55 billion; the deficit in services "
                  "was $3 billion."),
            Codes{});
}

// A profit on the sales it was made on, and its margin.
TEST_F(ChecksTest, AProfitOnRevenueAndItsMargin) {
  EXPECT_EQ(Check("The chain earned $300 million on revenue of $5 billion, a margin of 8%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The chain earned $300 million on revenue of $5 billion, a margin of 6%."),
            Codes{});
  EXPECT_EQ(Check("The chain earned $300 million on revenue of $5 billion, up 8% from 2023."),
            Codes{});
}

// "بعد مسيرة امتدت": what lasted named after "after"; "في المتوسط" after a level.
TEST_F(ChecksTest, AfterACareerAndALevelOnAverage) {
  EXPECT_EQ(Check("اعتزل عام 2022 بعد مسيرة امتدت 20 عاما، بدأها عام 1998."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("اعتزل عام 2022 بعد مسيرة امتدت 24 عاما، بدأها عام 1998."), Codes{});
  EXPECT_EQ(Check("ارتفعت الإيجارات بنسبة 15% لتبلغ 2200 دينار في المتوسط مقارنة بـ 2000 دينار."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الإيجارات بنسبة 10% لتبلغ 2200 دينار في المتوسط مقارنة بـ 2000 دينار."),
            Codes{});
}

// A change by so much to a level, then "or" and its share.
TEST_F(ChecksTest, ADifferenceToALevelOrItsShare) {
  EXPECT_EQ(Check("The mill cut its staff by 300 to 2,700, or 15%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The mill cut its staff by 300 to 2,700, or 10%."), Codes{});
}

// A trade balance named by an owner's or a kind of goods before it.
TEST_F(ChecksTest, ATradeBalanceOfAnOwnerOrOfGoods) {
  EXPECT_EQ(Check("Italy's trade surplus rose to 7.5 billion euros as exports reached 52 billion "
                  "euros and imports 48 billion euros."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Italy’s merchandise trade surplus rose to 4 billion euros as exports reached 52 "
                  "billion euros and imports 48 billion euros."),
            Codes{});
}

// A budget's deficit or surplus is the gap between its revenue and its spending, as a trade
// balance is between exports and imports; a source of revenue or a line of spending is not.
TEST_F(ChecksTest, ABudgetBalanceAgainstItsRevenueAndSpending) {
  EXPECT_EQ(Check("Revenue was $1.24 trillion and spending was $1.31 trillion, leaving a "
                  "deficit of $170 billion."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Revenue reached $1.24 trillion and spending $1.31 trillion, a deficit of "
                  "$70 billion."),
            Codes{});
  EXPECT_EQ(Check("بلغت الإيرادات 1.24 تريليون ريال، والنفقات 1.31 تريليون ريال، ليسجل عجزا "
                  "قدره 170 مليار ريال."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("بلغت الإيرادات 1.24 تريليون ريال، والنفقات 1.31 تريليون ريال، ليسجل عجزا "
                  "قدره 70 مليار ريال."),
            Codes{});
  EXPECT_EQ(Check("Tax revenue rose to $400 billion and spending to $1.3 trillion, with a "
                  "budget deficit of $100 billion."),
            Codes{});
  EXPECT_EQ(Check("Spending on health reached $40 billion and revenue $1.2 trillion, with a "
                  "deficit of $100 billion."),
            Codes{});
  // The balance first, "في الميزانية" naming whose.
  EXPECT_EQ(Check("سجلت المملكة فائضا في الميزانية بلغ 10 مليارات ريال، إذ بلغت الإيرادات 320 "
                  "مليار ريال والنفقات 300 مليار ريال."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("سجلت المملكة فائضا في الميزانية بلغ 20 مليار ريال، إذ بلغت الإيرادات 320 "
                  "مليار ريال والنفقات 300 مليار ريال."),
            Codes{});
  EXPECT_EQ(Check("سجلت البلاد عجزا في الميزانية بلغ 10 مليارات دولار، إذ بلغت الصادرات 320 "
                  "مليار دولار والواردات 300 مليار دولار."),
            Codes{});
  EXPECT_EQ(Check("بلغت الإيرادات النفطية 800 مليار ريال والنفقات 1.25 تريليون ريال، وبلغ عجز "
                  "الموازنة 80 مليار ريال."),
            Codes{});
  // A budget's deficit beside exports and imports, or trade's beside revenue and spending,
  // is another balance than theirs.
  EXPECT_EQ(Check("بلغت الصادرات 20 مليار دولار، والواردات 30 مليار دولار، فيما بلغ عجز "
                  "الميزانية 8 مليارات دولار."),
            Codes{});
  EXPECT_EQ(Check("Revenue reached $1.24 trillion and spending $1.31 trillion, while the trade "
                  "deficit was $90 billion."),
            Codes{});
  EXPECT_EQ(Check("The government expects revenue of $410 billion and spending of $455 billion "
                  "next year, a deficit of $55 billion."),
            Codes{"arith.total_mismatch"});
  // A balance of another time or another account.
  EXPECT_EQ(Check("بلغت الإيرادات 1.24 تريليون ريال والنفقات 1.31 تريليون ريال، بينما بلغ عجز "
                  "العام الماضي 170 مليار ريال."),
            Codes{});
  EXPECT_EQ(Check("Revenue rose to $4.9 trillion while spending climbed to $6.8 trillion, and "
                  "last year's deficit of $1.7 trillion is expected to widen."),
            Codes{});
  EXPECT_EQ(Check("The state's revenue reached $310 billion and its spending $298 billion, after "
                  "a deficit of $20 billion the year before."),
            Codes{});
  EXPECT_EQ(Check("بلغت الإيرادات 1.1 تريليون ريال، مقابل نفقات 1.25 تريليون ريال، فيما بلغ عجز "
                  "الحساب الجاري 45 مليار ريال."),
            Codes{});
  // Exports and spending are no two flows of one balance.
  EXPECT_EQ(Check("Exports reached $40 billion and spending $60 billion, leaving a deficit of "
                  "$10 billion."),
            Codes{});
}

// An age "turned" in a year named with it is exactly that year's count since the birth.
TEST_F(ChecksTest, AnAgeTurnedInAYearNamed) {
  EXPECT_EQ(Check("The actor, born in 1961, turned 62 on his birthday in 2024.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The actor, born in 1961, turned 63 on his birthday in 2024.", nullptr,
                  "2024-06-01"),
            Codes{});
  // No year named: a year either way still.
  EXPECT_EQ(Check("Born in 1961, he turned 62 last month.", nullptr, "2024-06-01"), Codes{});
}

// A change said to be more or less than so much: the bound holds on its side.
TEST_F(ChecksTest, AChangeSaidAboveOrBelowSoMuch) {
  EXPECT_EQ(Check("بلغ عدد الطلاب 1.2 مليون طالب، ارتفاعا من 950 ألفا، أي بزيادة تتجاوز 36%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغ عدد الطلاب 1.2 مليون طالب، ارتفاعا من 950 ألفا، أي بزيادة تتجاوز 25%."),
            Codes{});
  EXPECT_EQ(Check("Sales rose to 5,500 from 5,000, an increase of less than 4%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales rose to 5,500 from 5,000, an increase of less than 12%."), Codes{});
}

// Items first, then a count of another noun, then that noun's average per item.
TEST_F(ChecksTest, AnAverageOfACountOverItemsBeforeIt) {
  EXPECT_EQ(Check("Its 250 drivers made 7,500 deliveries last week, or 40 deliveries per driver."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("Its 250 drivers made 7,500 deliveries last week, or 30 deliveries per driver."),
            Codes{});
  // The average counts something else.
  EXPECT_EQ(Check("Its 250 drivers made 7,500 deliveries, or 40 kilometres per driver."), Codes{});
}

// "celebrated N years since" its founding in a year: an anniversary.
TEST_F(ChecksTest, YearsCelebratedSinceAFounding) {
  EXPECT_EQ(Check("The theatre celebrated 60 years since its founding in 1974.", nullptr,
                  "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The theatre celebrated 50 years since its founding in 1974.", nullptr,
                  "2024-06-01"),
            Codes{});
}

// "N، تعافى منها M": a verb between the comma and "of them" still ties the part to its whole.
TEST_F(ChecksTest, APartOfItsWholeAfterAVerb) {
  EXPECT_EQ(Check("أصيب 3200 شخص منذ بداية العام، شفي منهم 3500."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("أصيب 3200 شخص منذ بداية العام، شفي منهم 3000."), Codes{});
  // Two words between: what they did is no longer one verb.
  EXPECT_EQ(Check("أصيب 3200 شخص، وسجلت الوزارة منهم 3500 حالة."), Codes{});
}

// "الموافق" right before a date names the nearest date of the other calendar before it as the
// same day, a few words on that day between.
TEST_F(ChecksTest, AnEquivalentPastAFewWordsOnTheDay) {
  EXPECT_EQ(Check("يصادف يوم 20 آذار/مارس 2026 أول أيام عيد الفطر، الموافق 5 شوال 1447 هـ."),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("يصادف يوم 20 آذار/مارس 2026 أول أيام عيد الفطر، الموافق 1 شوال 1447 هـ."),
            Codes{});
  // No "الموافق": two dates of one sentence may be two days.
  EXPECT_EQ(Check("وصل الوفد يوم 20 آذار/مارس 2026 ثم غادر بعد أيام العيد في 5 شوال 1447 هـ."),
            Codes{});
}

// "45 ألف طن من التمور خلال الموسم، ذهب 60% منها": what the whole is of, then when.
TEST_F(ChecksTest, AShareOfAWholeNamedWithItsTime) {
  EXPECT_EQ(Check("أنتجت المزارع 80 ألف طن من الزيتون خلال الموسم الماضي، صدر 25% منها، أي نحو "
                  "30 ألف طن."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("أنتجت المزارع 80 ألف طن من الزيتون خلال الموسم الماضي، صدر 25% منها، أي نحو "
                  "20 ألف طن."),
            Codes{});
}

// An age at an event, then past a comma the event's year.
TEST_F(ChecksTest, AnAgeThenItsYearPastAComma) {
  EXPECT_EQ(Check("ولدت الرسامة عام 1962، وأقامت أول معرض لها وهي في الثلاثين من عمرها، عام "
                  "1999."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولدت الرسامة عام 1962، وأقامت أول معرض لها وهي في الثلاثين من عمرها، عام "
                  "1992."),
            Codes{});
}

// A vote's tally of those that did, then those that did not, makes its body up.
TEST_F(ChecksTest, ATallyThenThoseThatDidNot) {
  EXPECT_EQ(Check("Of the 40 councillors, 22 voted for the plan, 9 against and 5 abstained, while "
                  "6 did not vote."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 40 councillors, 22 voted for the plan, 9 against and 5 abstained, while "
                  "4 did not vote."),
            Codes{});
  // A count of something else among them is no part.
  EXPECT_EQ(Check("Of the 40 firms, 22 plan to hire 300 workers, while 18 do not."), Codes{});
}

// A second change past "then" begins where the first one led.
TEST_F(ChecksTest, AChangeThenAnotherFromWhereItLed) {
  EXPECT_EQ(Check("رفعت الهيئة الرسوم بنسبة 20% إلى 600 دينار في 2023، ثم بنسبة 25% إلى 660 "
                  "دينارا في 2025."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("رفعت الهيئة الرسوم بنسبة 20% إلى 600 دينار في 2023، ثم بنسبة 10% إلى 660 "
                  "دينارا في 2025."),
            Codes{});
  EXPECT_EQ(Check("Output rose 8% to 540 tonnes in May, then 15% to 567 in June."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Output rose 8% to 540 tonnes in May, then 5% to 567 in June."), Codes{});
  // Another thing's change after "then": no level alike.
  EXPECT_EQ(Check("Output rose 8% to 540 tonnes in May, then costs rose 15% to $567."), Codes{});
}

// A change's values, then past "or" or "أي" the share it makes, ending the clause.
TEST_F(ChecksTest, AChangeRestatedAsAShareAtTheClausesEnd) {
  EXPECT_EQ(Check("Enrolment grew from 40,000 to 46,000, or 25%."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Enrolment grew from 40,000 to 46,000, or 15%."), Codes{});
  EXPECT_EQ(Check("ارتفع عدد المسجلين من 40 ألفا إلى 46 ألفا، أي 25%."),
            Codes{"arith.change_mismatch"});
  // A share of a whole of its own is no change.
  EXPECT_EQ(Check("Enrolment grew from 40,000 to 46,000, or 25% of the region's pupils."),
            Codes{});
}

// "بنمو 6% عن 2022 التي سجلت 306": the year the change began in, then its level.
TEST_F(ChecksTest, AChangeOverAYearThenItsLevel) {
  EXPECT_EQ(Check("بلغت الإيرادات 315 مليار ريال في 2023، بنمو 6% عن 2022 التي سجلت 306 مليارات "
                  "ريال."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت الإيرادات 315 مليار ريال في 2023، بنمو 3% عن 2022 التي سجلت 306 مليارات "
                  "ريال."),
            Codes{});
}

// A change said to be about a fraction: loose as a fraction is, still a finding far off.
TEST_F(ChecksTest, AChangeOfAboutAFraction) {
  EXPECT_EQ(Check("بلغت المبيعات 600 ألف وحدة مقابل 450 ألفا، بارتفاع يقارب النصف."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت المبيعات 600 ألف وحدة مقابل 450 ألفا، بارتفاع يقارب الثلث."), Codes{});
}

// The two sides of a referendum split its vote.
TEST_F(ChecksTest, TheTwoSidesOfAVote) {
  EXPECT_EQ(Check("The yes side won 47% and the no side 58%."), Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("The yes side won 47% and the no side 53%."), Codes{});
}

// A part "of" its whole is never more than the whole.
TEST_F(ChecksTest, APartOfItsWholeIsNoLarger) {
  EXPECT_EQ(Check("The ferry sank with 410 of its 380 passengers."), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The ferry sank with 310 of its 380 passengers."), Codes{});
  EXPECT_EQ(Check("نجح 75 طالبا من أصل 70."), Codes{"arith.total_mismatch"});
  // "من" alone is as often where a change began; "groups of" says what they are made of.
  EXPECT_EQ(Check("ارتفع الإنتاج إلى 1.6 مليون طن من 1.1 مليون طن."), Codes{});
  EXPECT_EQ(Check("The 24 teams play in six groups of four."), Codes{});
}

// "N times as many as the M" after a few words of what the amount did.
TEST_F(ChecksTest, TimesAsManyAfterWhatTheAmountDid) {
  EXPECT_EQ(Check("900,000 people saw the show, three times as many as the 450,000 in 2019."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("900,000 people saw the show, twice as many as the 450,000 in 2019."),
            Codes{});
}

// An average in a scale word alone takes the currency of the total it is of.
TEST_F(ChecksTest, AnAverageLeavesItsCurrencyToTheTotal) {
  EXPECT_EQ(Check("The 12 provinces received 3.6 billion euros, an average of 400 million each."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The 12 provinces received 3.6 billion euros, an average of 300 million each."),
            Codes{});
}

// The items, a comma and the one verb of what they spent, then the total and its average.
TEST_F(ChecksTest, ItemsThenWhatTheySpent) {
  EXPECT_EQ(Check("زار الأردن العام الماضي 6.4 مليون سائح، أنفقوا 7.3 مليار دينار، أي بمعدل 1540 "
                  "دينارا للسائح."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("زار الأردن العام الماضي 6.4 مليون سائح، أنفقوا 7.3 مليار دينار، أي بمعدل 1140 "
                  "دينارا للسائح."),
            Codes{});
  // Another clause, with its own subject, may total another thing.
  EXPECT_EQ(Check("استقبل البلد 6.4 مليون سائح، وبلغت الإيرادات 7.3 مليار دينار، أي بمعدل 1540 "
                  "دينارا للسائح."),
            Codes{});
}

// A change over an earlier edition, then a clause of its level: "التي استقطبت".
TEST_F(ChecksTest, AChangeOverAnEditionThatDrewSoMany) {
  EXPECT_EQ(Check("استقبل المعرض 1.3 مليون زائر، بزيادة 10% على الدورة السابقة التي استقطبت "
                  "مليون زائر."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("استقبل المعرض 1.3 مليون زائر، بزيادة 30% على الدورة السابقة التي استقطبت "
                  "مليون زائر."),
            Codes{});
}

// A tally, then the abstentions, then the members the votes are out of.
TEST_F(ChecksTest, ATallyAndAbstentionsOutOfTheMembers) {
  EXPECT_EQ(Check("أقر المجلس القانون بأغلبية 90 صوتا مقابل 25، وامتناع 10 عن التصويت، من أصل "
                  "120 عضوا."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("أقر المجلس القانون بأغلبية 90 صوتا مقابل 20، وامتناع 10 عن التصويت، من أصل "
                  "120 عضوا."),
            Codes{});
}

// Tests' results exclude each other as other fates do.
TEST_F(ChecksTest, TheResultsOfTestsExcludeEachOther) {
  EXPECT_EQ(Check("Of the 800 samples, 610 were negative, 230 positive and 5 inconclusive."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 800 samples, 610 were negative, 180 positive and 5 inconclusive."),
            Codes{});
}

// "N years after" an event named with an ordinal, then its year.
TEST_F(ChecksTest, YearsAfterAnEventNamedWithAnOrdinal) {
  EXPECT_EQ(Check("The memorial opened in 2015, 95 years after the end of the Second Rif War in "
                  "1926."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The memorial opened in 2015, 89 years after the end of the Second Rif War in "
                  "1926."),
            Codes{});
}

// "Out of 120 seats," opening the sentence cues the whole as "Of the" does.
TEST_F(ChecksTest, OutOfAWholeOpeningTheSentence) {
  EXPECT_EQ(Check("Out of 90 seats, the ruling party won 48, the opposition 35 and independents "
                  "12."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Out of 90 seats, the ruling party won 48, the opposition 30 and independents "
                  "12."),
            Codes{});
}

// An average over items counted about so much: a tenth either way.
TEST_F(ChecksTest, AnAverageOverItemsCountedAboutSoMany) {
  EXPECT_EQ(Check("منح الصندوق قروضا بقيمة 300 مليون دولار لنحو 10 آلاف مزارع، بمتوسط 40 ألف "
                  "دولار للمزارع."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("منح الصندوق قروضا بقيمة 300 مليون دولار لنحو 10 آلاف مزارع، بمتوسط 32 ألف "
                  "دولار للمزارع."),
            Codes{});
}

// Applications accepted, rejected or still under review exclude each other.
TEST_F(ChecksTest, TheFatesOfApplications) {
  EXPECT_EQ(Check("Of the 600 requests, 350 were accepted, 200 were rejected and 80 are still "
                  "under review."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 600 requests, 350 were accepted, 200 were rejected and 50 are still "
                  "under review."),
            Codes{});
  // Not fates of one kind: women may be among those accepted.
  EXPECT_EQ(Check("Of the 600 applicants, 350 were women and 400 were accepted."), Codes{});
}

// "per capita", "للفرد": one of the items where they are people.
TEST_F(ChecksTest, AnAveragePerCapita) {
  EXPECT_EQ(Check("أنفقت الدولة 6 مليارات دولار على 4 ملايين نسمة، أي 1200 دولار للفرد."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("أنفقت الدولة 6 مليارات دولار على 4 ملايين نسمة، أي 1500 دولار للفرد."),
            Codes{});
  // Items that are no people have no "per capita".
  EXPECT_EQ(Check("The 40,000 farms received $2 billion, or $40,000 per capita."), Codes{});
}

// A party's seats out of a body's, then "against" the others': no more than the body's.
TEST_F(ChecksTest, SeatsOutOfABodyAgainstTheOthers) {
  EXPECT_EQ(Check("حصل الحزب على 52 مقعدا من أصل 100، مقابل 38 مقعدا للمعارضة و15 للمستقلين."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("حصل الحزب على 52 مقعدا من أصل 100، مقابل 33 مقعدا للمعارضة و15 للمستقلين."),
            Codes{});
  // Another time's seats, or a rival's own games, are no parts of the whole.
  EXPECT_EQ(Check("The party won 52 of the 100 seats, against 70 for it in the last election."),
            Codes{});
  EXPECT_EQ(Check("The team won 3 of its 5 games, against 4 for its rival."), Codes{});
}

// Past a comma, where a change began may leave out the noun of where it led.
TEST_F(ChecksTest, ChangeFromACountWithItsNounLeftOut) {
  EXPECT_EQ(Check("تراجعت صادرات الأجهزة بنسبة 30% إلى 56 ألف جهاز، من 70 ألفا قبل عام."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت صادرات الأجهزة بنسبة 20% إلى 56 ألف جهاز، من 70 ألفا قبل عام."),
            Codes{});
  // With no comma, "من" after a count may still name the whole it is a share of.
  EXPECT_EQ(Check("ارتفعت نسبة الحضور بنسبة 10% إلى 56 طالبا من 70 في الصف."), Codes{});
}

// A whole, "and" the part of it that did something, then the part's rate named.
TEST_F(ChecksTest, APartThenItsRateNamed) {
  EXPECT_EQ(Check("This year 2,400 pupils took the test and 1,800 passed, a pass rate of 85%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("This year 2,400 pupils took the test and 1,800 passed, a pass rate of 75%."),
            Codes{});
  EXPECT_EQ(Check("تقدم 2400 تلميذ للاختبار ونجح 1800، بنسبة نجاح بلغت 85%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("A total of 900 people applied; 300 were accepted, an acceptance rate of 40%."),
            Codes{"arith.percent_mismatch"});
  // A part that counts another noun is no part of that whole.
  EXPECT_EQ(Check("The region reported 5,000 cases and 120 deaths, a fatality rate of 3.1%."),
            Codes{});
  EXPECT_EQ(Check("The hospital has 420 beds, of which 380 are occupied, an occupancy rate of "
                  "80.5%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يضم الفندق 300 غرفة، شغلت منها 240، بنسبة إشغال 70%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يضم الفندق 300 غرفة، شغلت منها 240، بنسبة إشغال 80%."), Codes{});
  // A death rate after the deaths, then the cases they are of.
  EXPECT_EQ(Check("The virus has killed 312 people and infected 9,870, a fatality rate of 4.2%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The virus has killed 312 people and infected 9,870, a fatality rate of 3.2%."),
            Codes{});
  EXPECT_EQ(Check("أودى الوباء بحياة 312 شخصا وأصاب 9870، أي بمعدل وفيات 4.2%."),
            Codes{"arith.percent_mismatch"});
  // No death counted first, or a rate of no deaths.
  EXPECT_EQ(Check("The hospital has 300 beds and treated 9,870 patients, a mortality rate of 2%."),
            Codes{});
  EXPECT_EQ(Check("Some 45 failed and 300 passed, a pass rate of 87%."), Codes{});
  // The whole's noun joined to it by a hyphen, the part's the same.
  EXPECT_EQ(Check("The 600-bed hospital had 510 beds filled, an occupancy rate of 75%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The 600-bed hospital had 510 beds filled, an occupancy rate of 85%."), Codes{});
  EXPECT_EQ(Check("The 600-bed hospital had 510 patients, an occupancy rate of 75%."), Codes{});
}

// A verb of lasting glued to "و" names the period of the years after it.
TEST_F(ChecksTest, ALastingVerbAfterAnd) {
  EXPECT_EQ(Check("وتمتد مدة الاتفاقية ست سنوات، من 2024 حتى 2027."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("وتمتد مدة الاتفاقية ثلاث سنوات، من 2024 حتى 2027."), Codes{});
}

// "صوتوا ضده": the way a vote went said after its count with the verb.
TEST_F(ChecksTest, VotedAgainstItAfterTheCount) {
  EXPECT_EQ(Check("صوت 70 عضوا لصالح المشروع، مقابل 35 صوتوا ضده وامتنع 6، من أصل 110 أعضاء."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("صوت 70 عضوا لصالح المشروع، مقابل 35 صوتوا ضده وامتنع 5، من أصل 110 أعضاء."),
            Codes{});
}

// "died on Sunday at 91": an age after a weekday alone is at a death in the publication's year.
TEST_F(ChecksTest, AnAgeAtDeathOnAWeekday) {
  EXPECT_EQ(Check("The actor, who died on Friday at 77, was born in 1937.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The actor, who died on Friday at 87, was born in 1937.", nullptr,
                  "2024-06-01"),
            Codes{});
  // No publication date: no year to count to.
  EXPECT_EQ(Check("The actor, who died on Friday at 77, was born in 1937."), Codes{});
}

// "from 92% of GDP to 85%": what a share is of, between it and where it led.
TEST_F(ChecksTest, AShareOfAWholeChangedTo) {
  EXPECT_EQ(Check("Public debt fell from 96% of GDP to 88%, a drop of 6 percentage points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Public debt fell from 96% of GDP to 88%, a drop of 8 percentage points."),
            Codes{});
  EXPECT_EQ(Check("تراجع الدين العام من 96% من الناتج المحلي إلى 88%، أي بانخفاض 6 نقاط مئوية."),
            Codes{"arith.change_mismatch"});
}

// A few words of what a level did, then past a comma a comparison with where it began.
TEST_F(ChecksTest, WhatALevelDidThenAComparison) {
  EXPECT_EQ(Check("In all, 4,600 homes were sold in the city, 25% more than the 4,000 sold a "
                  "year earlier."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("In all, 4,600 homes were sold in the city, 15% more than the 4,000 sold a "
                  "year earlier."),
            Codes{});
}

// A body's members, then its votes counted as votes, each side named by the way it went.
TEST_F(ChecksTest, VotesCountedEachWayAfterTheMembers) {
  EXPECT_EQ(Check("The 15-member board approved the plan with 11 votes in favor, 3 against and "
                  "2 abstentions."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The 15-member board approved the plan with 11 votes in favor, 3 against and "
                  "1 abstention."),
            Codes{});
  // Votes of another body, not its members': "against" names no side there.
  EXPECT_EQ(Check("The 15-member board won 11 votes in the poll against 9 for its rival."),
            Codes{});
}

// Women and men of a whole of people: no one is both, so together no more than the whole.
TEST_F(ChecksTest, WomenAndMenOfAWhole) {
  EXPECT_EQ(Check("Of the 15 judges, six are women and ten are men."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 15 judges, six are women and nine are men."), Codes{});
  // Some may be left out: fewer is no slip.
  EXPECT_EQ(Check("Of the 15 judges, six are women and seven are men."), Codes{});
  // Not two groups of one kind: the elderly may be women.
  EXPECT_EQ(Check("Of the 15 judges, six are women and ten are over 60."), Codes{});
}

// Six figures that end in zeros are rounded to them where that is a small part of them.
TEST_F(ChecksTest, SixFiguresEndingInZerosAreRounded) {
  EXPECT_EQ(Check("The median price rose to $523,000 from $503,000, up 4.1%."), Codes{});
  EXPECT_EQ(Check("The median price rose to $523,000 from $503,000, up 4.6%."),
            Codes{"arith.change_mismatch"});
  // Four figures are the ones the change was reckoned from.
  EXPECT_EQ(Check("Sales rose from 2,400 to 3,000, up 30%."), Codes{"arith.change_mismatch"});
}

// A place between "born" and the year: "born in Lagos in 1978", "ولد في القاهرة عام 1942".
TEST_F(ChecksTest, BornInAPlaceInAYear) {
  EXPECT_EQ(Check("The 52-year-old was born in Cairo, Egypt, in 1968.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The 56-year-old was born in Cairo, Egypt, in 1968.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("ولد الشاعر في مدينة حلب عام 1950، وتوفي أمس عن عمر يناهز 64 عاما.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
}

// A verb that shares a whole out before it, then "بين" or "على" and its parts.
TEST_F(ChecksTest, AWholeSharedOutAmongItsParts) {
  EXPECT_EQ(Check("ويتوزع أعضاء اللجنة الـ 30 بين 12 نائبا و10 خبراء و9 ممثلين عن النقابات."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("ويتوزع أعضاء اللجنة الـ 30 بين 12 نائبا و10 خبراء و8 ممثلين عن النقابات."),
            Codes{});
}

// A launch is the start of what an occasion marks the years since.
TEST_F(ChecksTest, YearsSinceALaunch) {
  EXPECT_EQ(Check("The agency marks 25 years since the launch of its first satellite in 2004.",
                  nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("ويأتي ذلك بعد مرور 10 سنوات على إطلاق البرنامج عام 2014.", nullptr,
                  "2024-06-01"),
            Codes{});
}

// A share said about so much among the shares of one whole, weighed a twentieth loosely.
TEST_F(ChecksTest, SharesOfOneWholeOneSaidAboutSoMuch) {
  EXPECT_EQ(Check("Some 30% of voters are undecided, with 45% backing Lee and 35% backing Kim."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Some 20% of voters are undecided, with 45% backing Lee and 35% backing Kim."),
            Codes{});
  EXPECT_EQ(Check("Some 22% of voters are undecided, with 45% backing Lee and 35% backing Kim."),
            Codes{});
}

// A cost borne or funded by the government and the private sector: two shares of it.
TEST_F(ChecksTest, ACostSharedByTheGovernmentAndThePrivateSector) {
  EXPECT_EQ(Check("وتبلغ تكلفة المشروع 900 مليون ريال، تتحمل الحكومة 70% منها والقطاع الخاص 35%."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("وتبلغ تكلفة المشروع 900 مليون ريال، تتحمل الحكومة 70% منها والقطاع الخاص 30%."),
            Codes{});
}

// The members a tally is out of, their noun said with its first side alone.
TEST_F(ChecksTest, ATallyOutOfMembersNamedWithItsFirstSide) {
  EXPECT_EQ(Check("وأقر المجلس القانون بأغلبية 70 عضوا مقابل 35 من أصل 100."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("وأقر المجلس القانون بأغلبية 60 عضوا مقابل 35 من أصل 100."), Codes{});
}

// "3 من كل 10 شباب عاطلون عن العمل، أي 40%": a few Arabic words of what the ratio's noun is.
TEST_F(ChecksTest, ARatioRestatedPastWhatItsNounIs) {
  EXPECT_EQ(Check("وأشار إلى أن 3 من كل 10 شباب عاطلون عن العمل، أي 40%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("وأشار إلى أن 3 من كل 10 شباب عاطلون عن العمل، أي 30%."), Codes{});
  // Where they are said too.
  EXPECT_EQ(Check("وأشار إلى أن 3 من كل 10 شباب في المنطقة عاطلون عن العمل، أي 40%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("وأشار إلى أن 3 من كل 10 شباب في المنطقة عاطلون عن العمل، أي 30%."), Codes{});
}

// Past a range's join a date may open with its weekday; the day before takes the one alone.
TEST_F(ChecksTest, ARangeOfDaysEachWithItsWeekday) {
  EXPECT_EQ(Check("وتمتد العطلة من الخميس 4 إلى الأحد 7 يونيو 2026، أي خمسة أيام."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("وتمتد العطلة من الخميس 4 إلى الأحد 7 يونيو 2026، أي أربعة أيام."), Codes{});
  EXPECT_EQ(Check("The fair runs from Friday 4 to Sunday 7 June 2026."),
            Codes{"date.weekday_mismatch"});
}

// The injured a hospital took in: sent home or still in its care, no more than all of them.
TEST_F(ChecksTest, TheInjuredDischargedOrStillInHospital) {
  EXPECT_EQ(Check("Of the 75 injured, 60 were discharged and 20 remain in hospital."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 75 injured, 60 were discharged and 12 remain in hospital."), Codes{});
}

// A thing's age in a hyphened word before its noun, then past a comma what began it.
TEST_F(ChecksTest, AThingsAgeBeforeWhatBeganIt) {
  EXPECT_EQ(Check("The 80-year-old stadium, opened in 1954, will be rebuilt.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The 70-year-old stadium, opened in 1954, will be rebuilt.", nullptr,
                  "2024-06-01"),
            Codes{});
  // Someone's age, and another thing's start.
  EXPECT_EQ(Check("The 40-year-old, who joined the firm founded in 1954, will retire.", nullptr,
                  "2024-06-01"),
            Codes{});
}

// A verb of change in its participle: "have fallen 45% this year, to $12 from $20".
TEST_F(ChecksTest, AChangeInAParticiple) {
  EXPECT_EQ(Check("Its shares have fallen 45% this year, to $12 from $20."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Its shares have fallen 40% this year, to $12 from $20."), Codes{});
}

// A cue glued to "و" starts its word: "وخاض 30 مباراة".
TEST_F(ChecksTest, ARecordOpenedByAVerbGluedToAnd) {
  EXPECT_EQ(Check("وخاض المنتخب 12 مباراة في التصفيات، فاز في 7 منها وتعادل في 4 وخسر 3."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("وخاض المنتخب 12 مباراة في التصفيات، فاز في 7 منها وتعادل في 3 وخسر 2."),
            Codes{});
}

// A change over last year, said in words, then "الذي سجل" its level.
TEST_F(ChecksTest, AChangeOverLastYearThenItsLevel) {
  EXPECT_EQ(Check("وبلغ عدد الزوار 900 ألف زائر، بزيادة 25% عن العام الماضي الذي سجل 800 ألف "
                  "زائر."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("وبلغ عدد الزوار 900 ألف زائر، بزيادة 12.5% عن العام الماضي الذي سجل 800 ألف "
                  "زائر."),
            Codes{});
  // What it was, one word in construct with its time: "عن موازنة العام الماضي البالغة".
  EXPECT_EQ(Check("بلغت الموازنة 90 مليار دينار، بزيادة 20% عن موازنة العام الماضي البالغة 75 "
                  "مليار دينار."),
            Codes{});
  EXPECT_EQ(Check("بلغت الموازنة 90 مليار دينار، بزيادة 12% عن موازنة العام الماضي البالغة 75 "
                  "مليار دينار."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت الصادرات 90 مليون دولار، بزيادة 12% عن صادرات 2023 البالغة 75 مليون "
                  "دولار."),
            Codes{"arith.change_mismatch"});
}

// "بذكرى تأسيسها الثلاثين": an ordinal right after the word of what began, "ذكرى" before it.
TEST_F(ChecksTest, AnAnniversaryAfterTheWordOfWhatBegan) {
  EXPECT_EQ(Check("تأسس النادي عام 1979، ويحتفل هذا العام بذكرى تأسيسه الأربعين.", nullptr,
                  "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("تأسس النادي عام 1984، ويحتفل هذا العام بذكرى تأسيسه الأربعين.", nullptr,
                  "2024-06-01"),
            Codes{});
}

// The unit of time an amount is per said before it: "الراتب الشهري 8500 ريال، أي".
TEST_F(ChecksTest, AnAmountPerAUnitSaidBeforeIt) {
  EXPECT_EQ(Check("ويبلغ الإيجار الشهري 4000 درهم، أي 58 ألف درهم سنويا."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("ويبلغ الإيجار الشهري 4000 درهم، أي 48 ألف درهم سنويا."), Codes{});
  // "or" between two prices offers a choice: "a monthly plan of $10, or $100 a year".
  EXPECT_EQ(Check("Readers pay a monthly fee of $10, or $100 a year."), Codes{});
}

// "an average speed of": a distance over a time, its speed said after it.
TEST_F(ChecksTest, AnAverageSpeedOverADistance) {
  EXPECT_EQ(Check("The train covers 240 km in 90 minutes, an average speed of 200 km/h."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The train covers 240 km in 90 minutes, an average speed of 160 km/h."),
            Codes{});
}

// Cases that recovered lived: they and the dead are no more than the cases.
TEST_F(ChecksTest, CasesRecoveredOrDead) {
  EXPECT_EQ(Check("Of the 640 cases, 600 recovered and 52 died."), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 640 cases, 580 recovered and 52 died."), Codes{});
  // The survivors may be among the recovered: one fate, said twice.
  EXPECT_EQ(Check("Of the 300 passengers, 200 survived and 150 recovered."), Codes{});
}

// A verb of change in its base form after "will", "would", "to".
TEST_F(ChecksTest, AChangeAfterWillOrTo) {
  EXPECT_EQ(Check("The fare will rise 12% to $2.90 from $2.50."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The fare will rise 16% to $2.90 from $2.50."), Codes{});
  EXPECT_EQ(Check("Fares are expected to rise 12% to $2.90 from $2.50."),
            Codes{"arith.change_mismatch"});
}

// "Of them" before the share leaves what follows it ("من النساء") to say what the part is.
TEST_F(ChecksTest, OfThemBeforeTheShare) {
  EXPECT_EQ(Check("يعمل في المصنع 1500 عامل، منهم 30% من النساء، أي 600 عاملة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يعمل في المصنع 1500 عامل، منهم 30% من النساء، أي 450 عاملة."), Codes{});
}

// Amounts in the currency of a country its nationality names: a change, a peg.
TEST_F(ChecksTest, CurrenciesNamedByTheirNationality) {
  EXPECT_EQ(Check("ارتفع سعر التذكرة إلى 150 بيزو أرجنتينيا من 100 بيزو، بزيادة 40%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The developer paid 7.8 billion Hong Kong dollars (US$1.5 billion) for it."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("The developer paid 7.8 billion Hong Kong dollars (US$1 billion) for it."),
            Codes{});
}

// Where a change led, then where what it counts came from: the change is over the count.
TEST_F(ChecksTest, ALevelThenWhereItsCountCameFrom) {
  EXPECT_EQ(Check("بمشاركة 320 عارضا من 28 دولة، بزيادة 40% على الدورة السابقة التي شهدت "
                  "مشاركة 260 عارضا."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بمشاركة 320 عارضا من 28 دولة، بزيادة 23% على الدورة السابقة التي شهدت "
                  "مشاركة 260 عارضا."),
            Codes{});
  // A count of another noun after "from" is where the first came from, no start of a change.
  EXPECT_EQ(Check("The fair drew 1,200 exhibitors from 65 countries, up 20%."), Codes{});
  EXPECT_EQ(Check("The fair drew 1,200 exhibitors from 65 countries, up 30% from 1,000 "
                  "exhibitors last year."),
            Codes{"arith.change_mismatch"});
}

// A part "of them" restated as above or below a share of its whole.
TEST_F(ChecksTest, APartOfThemAboveOrBelowAShare) {
  EXPECT_EQ(Check("ويضم المجلس 150 عضوا، منهم 30 امرأة، أي أكثر من ربع الأعضاء."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("ويضم المجلس 150 عضوا، منهم 30 امرأة، أي أقل من ربع الأعضاء."), Codes{});
  EXPECT_EQ(Check("The council has 150 members, 30 of them women, or more than a quarter."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The council has 150 members, 30 of them women, or less than a quarter."),
            Codes{});
}

// Teams a stage let through or put out: fates that exclude each other.
TEST_F(ChecksTest, TeamsThroughOrOut) {
  EXPECT_EQ(Check("Of the 36 teams, 24 advanced to the knockout stage and 14 were eliminated."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 36 teams, 24 advanced to the knockout stage and 12 were eliminated."),
            Codes{});
  EXPECT_EQ(Check("من بين 48 منتخبا، تأهل 32 وأقصي 16."), Codes{});
  // A few words after a count, then the next fate's clause opened by a glued "و".
  EXPECT_EQ(Check("من بين 80 مهاجرا، نجا 65 إلى الشاطئ وقتل 20."), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 80 مهاجرا، نجا 65 إلى الشاطئ وقتل 15."), Codes{});
}

// A share said first, a few words of among whom, a comma, then the part and its whole.
TEST_F(ChecksTest, AShareAmongWhomThenItsCounts) {
  EXPECT_EQ(Check("وبلغت نسبة التطعيم 75% بين الأطفال، إذ تلقى 1.7 مليون طفل الجرعة الأولى من "
                  "أصل مليوني طفل."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("وبلغت نسبة التطعيم 85% بين الأطفال، إذ تلقى 1.7 مليون طفل الجرعة الأولى من "
                  "أصل مليوني طفل."),
            Codes{});
}

// A duration restated in another unit of time that converts exactly; not one said loosely.
TEST_F(ChecksTest, ADurationInAnotherUnitOfTime) {
  const Codes slip = {"arith.conversion_mismatch"};
  EXPECT_EQ(Check("The crossing takes 2.5 hours (170 minutes)."), slip);
  EXPECT_EQ(Check("The crossing takes 2.5 hours (150 minutes)."), Codes{});
  EXPECT_EQ(Check("The walkout lasted 10 days (three weeks)."), slip);
  EXPECT_EQ(Check("The walkout lasted 21 days (three weeks)."), Codes{});
  EXPECT_EQ(Check("يستمر البرنامج عامين ونصف العام، أي 40 شهرا."), slip);
  EXPECT_EQ(Check("يستمر البرنامج عامين ونصف العام، أي 30 شهرا."), Codes{});
  // A round figure may be rounded; a bound is no amount; months and days do not convert.
  EXPECT_EQ(Check("The crossing takes 3 hours, or 190 minutes."), Codes{});
  EXPECT_EQ(Check("She was held for 18 days, or more than two weeks."), Codes{});
  EXPECT_EQ(Check("The blockade lasted 10 months, or 300 days."), Codes{});
  EXPECT_EQ(Check("The walkout lasted 10 days (three weeks).", nullptr, "",
                  "arith.conversion_mismatch=off"),
            Codes{});
}

// A tally known only by the way each side voted, whatever its noun; a change from the level
// a price closed at before; a change in points restated after "أي بمقدار".
TEST_F(ChecksTest, VotesEachWayCloseBeforeAndAChangeByAnAmount) {
  EXPECT_EQ(Check("The 27-member bloc backed the deal, with 25 states in favour and 3 against."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The 27-member bloc backed the deal, with 24 states in favour and 3 against."),
            Codes{});
  EXPECT_EQ(Check("The stock fell 12% to $46 after closing at $50 on Friday."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The stock fell 12% to $46 after closing at $50 on Friday, its low."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The stock fell 13.7% to $44 after closing at $51 on Friday."), Codes{});
  EXPECT_EQ(Check("تراجعت نسبة الفقر من 18.5% إلى 15.2%، أي بمقدار 2.3 نقطة مئوية."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت نسبة الفقر من 18.5% إلى 15.2%، أي بمقدار 3.3 نقطة مئوية."), Codes{});
}

// A survey's respondents are the whole of the part it found, its share restated.
TEST_F(ChecksTest, TheRespondentsOfASurvey) {
  EXPECT_EQ(Check("A poll of 1,500 voters found that 840, or 46 percent, backed the plan."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("A poll of 1,500 voters found that 840, or 56 percent, backed the plan."),
            Codes{});
  EXPECT_EQ(Check("كشف استطلاع شمل 1500 ناخب أن 840 منهم، أي 46%، يؤيدون الخطة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("كشف استطلاع شمل 1500 ناخب أن 840 منهم، أي 56%، يؤيدون الخطة."), Codes{});
  // Another count between the whole and the part: no part of it.
  EXPECT_EQ(Check("A poll of 1,500 voters in 12 states found that 840, or 46 percent, agreed."),
            Codes{});
}

// An ordinal between two fates' counts names a stage; the list goes on past it.
TEST_F(ChecksTest, AStageNamedBetweenTwoFates) {
  EXPECT_EQ(Check("من بين 48 منتخبا، تأهل 32 إلى الدور الثاني وأقصي 20."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 48 منتخبا، تأهل 32 إلى الدور الثاني وأقصي 16."), Codes{});
  EXPECT_EQ(Check("Of the 48 teams, 32 progressed to the second round and 20 went out."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 48 teams, 32 progressed to the second round and 16 went out."),
            Codes{});
}

// "على ارتفاع بـ": a change said as the index closed; a whole shared out past the words that
// say it is its number.
TEST_F(ChecksTest, ClosedUpByAndSharedOutPastItsNumber) {
  EXPECT_EQ(Check("أغلق المؤشر على ارتفاع بـ60 نقطة أو 1.5% عند 8060 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("أغلق المؤشر على ارتفاع بـ60 نقطة أو 0.75% عند 8060 نقطة."), Codes{});
  EXPECT_EQ(Check("يتوزع موظفو الشركة البالغ عددهم 90 موظفا بين 50 مهندسا و45 فنيا."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("يتوزع موظفو الشركة البالغ عددهم 90 موظفا بين 50 مهندسا و40 فنيا."),
            Codes{});
}

// How many groups a whole falls into, right before the colon that lists them, is no part.
TEST_F(ChecksTest, TheCountOfGroupsBeforeTheParts) {
  EXPECT_EQ(Check("يضم المعرض 900 عارض موزعين على أربعة أقسام: 300 و250 و200 و250."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("يضم المعرض 900 عارض موزعين على أربعة أقسام: 300 و250 و200 و150."), Codes{});
  EXPECT_EQ(Check("The 640 delegates sit in three groups: 300 farmers, 200 traders and 190 "
                  "teachers."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The 640 delegates sit in three groups: 300 farmers, 200 traders and 140 "
                  "teachers."),
            Codes{});
}

// A fraction in words says a duration to its decimals, as "3.5" would: restated in minutes, it
// must convert to within a minute or so.
TEST_F(ChecksTest, AFractionInWordsIsNoLooserThanItsDecimals) {
  EXPECT_EQ(Check("The climb took 4 and a half hours, or 250 minutes."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("The climb took 4 and a half hours, or 270 minutes."), Codes{});
  EXPECT_EQ(Check("The climb took four and a half hours, or 250 minutes."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("استغرق الصعود أربع ساعات ونصف الساعة، أي 250 دقيقة."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("استغرق الصعود أربع ساعات ونصف الساعة، أي 270 دقيقة."), Codes{});
}

// A percentage of how full or how far done each thing counted is measures a state, no share
// of the count; the share restated still is one.
TEST_F(ChecksTest, APercentageOfAStateIsNoShare) {
  EXPECT_EQ(Check("Only 4 of the 12 reservoirs are more than 60% full after the drought."),
            Codes{});
  EXPECT_EQ(Check("Only 4 of the 12 reservoirs, or 60%, are full after the drought."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 40 hotels, 12 were running at 90% capacity."), Codes{});
  EXPECT_EQ(Check("4 خزانات فقط من أصل 12 خزانا ممتلئة بنسبة تزيد على 60%."), Codes{});
  EXPECT_EQ(Check("4 خزانات فقط من أصل 12 خزانا، أي 60%، ممتلئة."),
            Codes{"arith.percent_mismatch"});
  // A fraction whose noun is the state.
  EXPECT_EQ(Check("Only 12 of the 40 dams in the country are more than half full."), Codes{});
  EXPECT_EQ(Check("تعمل 12 من أصل 40 محطة بنصف طاقتها."), Codes{});
  EXPECT_EQ(Check("Only 12 of the 40 dams, or half, are full."), Codes{"arith.percent_mismatch"});
}

// "ago" counts from now alone, whatever later year the sentence names; "earlier" may count
// from another year of it.
TEST_F(ChecksTest, AgoCountsFromNowAlone) {
  const std::string now = "2024-06-01";
  EXPECT_EQ(Check("The plant, opened 9 years ago in 2018, will close in 2027.", nullptr, now),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The plant, opened 6 years ago in 2018, will close in 2027.", nullptr, now),
            Codes{});
  EXPECT_EQ(Check("In 2016 output hit 3 million, up from 2 million four years earlier, in 2012.",
                  nullptr, now),
            Codes{});
}

// An age or a bound that says who a part counts stands between the part and its share.
TEST_F(ChecksTest, AnAgeOfThePartBeforeItsShare) {
  EXPECT_EQ(Check("The clinic saw 1,800 patients, 450 of them children under 5, or a third of "
                  "the total."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The clinic saw 1,800 patients, 450 of them children under 5, or a quarter "
                  "of the total."),
            Codes{});
  EXPECT_EQ(Check("سجلت العيادة 1,800 حالة، منها 450 حالة بين الأطفال دون سن الخامسة، أي 30% "
                  "من الإجمالي."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("سجلت العيادة 1,800 حالة، منها 450 حالة بين الأطفال دون سن الخامسة، أي 25% "
                  "من الإجمالي."),
            Codes{});
  // The share named as one of the sample, the survey's whole.
  EXPECT_EQ(Check("شمل المسح 2,000 أسرة، منها 500 أسرة يعيلها أشخاص فوق 60 عاما، أي 30% من "
                  "العينة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The survey covered 2,000 households, 500 of them headed by people over 60, or "
                  "25% of the sample."),
            Codes{});
  // A longer phrase of who they are: the share restated after it.
  EXPECT_EQ(Check("سجلت العيادة 1,800 حالة، منها 450 حالة بين من تزيد أعمارهم على 65 عاما، أي "
                  "30% من الإجمالي."),
            Codes{"arith.percent_mismatch"});
}

// Arabic counts a night with the day after it: "ليلة الجمعة" may be the Thursday before.
TEST_F(ChecksTest, AWeekdaysEveMayBeTheDayBefore) {
  EXPECT_EQ(Check("اندلع الحريق ليلة الجمعة 9 مايو 2024."), Codes{});
  EXPECT_EQ(Check("اندلع الحريق ليلة الجمعة 10 مايو 2024."), Codes{});
  EXPECT_EQ(Check("اندلع الحريق ليلة الجمعة 11 مايو 2024."), Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("اندلع الحريق يوم الجمعة 9 مايو 2024."), Codes{"date.weekday_mismatch"});
}

// "exactly" between a year and the time ago is no other event.
TEST_F(ChecksTest, ExactlySoManyYearsAgo) {
  const std::string now = "2024-06-01";
  EXPECT_EQ(Check("The club was founded in 1999, exactly 30 years ago.", nullptr, now),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The club was founded in 1994, exactly 30 years ago.", nullptr, now), Codes{});
  EXPECT_EQ(Check("تأسس النادي عام 1999، أي قبل 30 عاما بالضبط.", nullptr, now),
            Codes{"time.relative_mismatch"});
}

// A change's size after a verb of amounting ("بنمو بلغ", "بزيادة بنسبة بلغت") is its size.
TEST_F(ChecksTest, AChangeThatAmountedTo) {
  EXPECT_EQ(Check("ارتفعت الإيرادات إلى 360 مليون دينار مقابل 300 مليون دينار، بنمو بلغ 25%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفعت الإيرادات إلى 360 مليون دينار مقابل 300 مليون دينار، بنمو بلغ 20%."),
            Codes{});
  EXPECT_EQ(Check("ارتفعت الإيرادات إلى 360 مليون دينار مقابل 300 مليون دينار، بزيادة بنسبة "
                  "بلغت 25%."),
            Codes{"arith.change_mismatch"});
}

// Two answers to one question, in Arabic too, and past the whole the first share is of.
TEST_F(ChecksTest, TwoAnswersPastTheirWhole) {
  EXPECT_EQ(Check("صوت 55% من الناخبين لصالح المقترح، و50% ضده."), Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("صوت 55% من الناخبين لصالح المقترح، و45% ضده."), Codes{});
  EXPECT_EQ(Check("In the poll, 58% of voters backed the plan and 47% opposed it."),
            Codes{"arith.percent_sum"});
  // Against another thing, no answer to the first's question.
  EXPECT_EQ(Check("صوت 55% من الناخبين لصالح المقترح، و50% ضد الحكومة."), Codes{});
}

// "a total of" before a period measures the one range of years before it; after two, their
// sum, which is not weighed.
TEST_F(ChecksTest, APeriodSaidAsATotal) {
  EXPECT_EQ(Check("He served as mayor from 2001 to 2009, a total of 12 years."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("He served as mayor from 2001 to 2009, a total of eight years."), Codes{});
  EXPECT_EQ(Check("تولى المنصب من 2001 إلى 2009، أي ما مجموعه 12 عاما."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("He ruled from 2001 to 2005 and again from 2008 to 2012, a total of eight "
                  "years."),
            Codes{});
}

// A death of no year named is before the publication: the age at it is at most the
// publication's year less the birth's.
TEST_F(ChecksTest, AnAgeAtADeathOfNoYear) {
  const std::string now = "2024-06-01";
  EXPECT_EQ(Check("توفيت الممثلة عن 79 عاما، وهي من مواليد 1951.", nullptr, now),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("توفيت الممثلة عن 70 عاما، وهي من مواليد 1951.", nullptr, now), Codes{});
  EXPECT_EQ(Check("The poet, who died at 90, was born in 1940.", nullptr, now),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The poet, who died at 60, was born in 1940.", nullptr, now), Codes{});
  // With no publication date, nothing bounds it.
  EXPECT_EQ(Check("The poet, who died at 90, was born in 1940."), Codes{});
  // Someone's kin died: the birth beside them may be that someone's.
  EXPECT_EQ(Check("توفي والده عن 79 عاما، وهو من مواليد 1951.", nullptr, now), Codes{});
  EXPECT_EQ(Check("His father died at 79; he was born in 1951.", nullptr, now), Codes{});
  // The verb of death a few words before the birth's own words, a whole date after them.
  EXPECT_EQ(Check("توفي الحائز على جائزة نوبل، المولود في 4 مارس 1948، عن عمر 79 عاما.", nullptr,
                  now),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("توفي الحائز على جائزة نوبل، المولود في 4 مارس 1948، عن عمر 76 عاما.", nullptr,
                  now),
            Codes{});
  // Kin named before the birth: it may be the other one's.
  EXPECT_EQ(Check("توفي شقيق الكاتب، المولود في 4 مارس 1948، عن عمر 79 عاما.", nullptr, now),
            Codes{});
}

// A birthday "this year", "هذا العام" is in the publication's year.
TEST_F(ChecksTest, ABirthdayThisYear) {
  const std::string now = "2024-06-01";
  EXPECT_EQ(Check("يحتفل الملك بعيد ميلاده السبعين هذا العام، وهو من مواليد 1964.", nullptr, now),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("يحتفل الملك بعيد ميلاده الستين هذا العام، وهو من مواليد 1964.", nullptr, now),
            Codes{});
  EXPECT_EQ(Check("The king, born in 1964, celebrates his 70th birthday this year.", nullptr, now),
            Codes{"time.age_mismatch"});
  // Another year's birthday is weighed by nothing.
  EXPECT_EQ(Check("The king, born in 1964, celebrated his 50th birthday with a parade.", nullptr,
                  now),
            Codes{});
}

// "May" and "March" after a preposition of time are months, no verb: two months named alone
// that differ are a slip.
TEST_F(ChecksTest, MayAfterAPrepositionIsAMonth) {
  EXPECT_EQ(Compare("Inflation slowed to 3.4% in May.", "تباطأ التضخم إلى 3.4% في مارس."),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("Talks have stalled since March.", "تعثرت المحادثات منذ مايو."),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("Inflation slowed to 3.4% in May.", "تباطأ التضخم إلى 3.4% في مايو."),
            Codes{});
}

// Parts of people, then "أي" and their count as people past a comma: their sum.
TEST_F(ChecksTest, PartsRestatedAsPeople) {
  EXPECT_EQ(Check("تضم البعثة 12 طبيبا و20 ممرضا، أي 35 شخصا."), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("تضم البعثة 12 طبيبا و20 ممرضا، أي 32 شخصا."), Codes{});
  // One part alone restated is no sum.
  EXPECT_EQ(Check("قتل 12 مدنيا، أي 25 شخصا."), Codes{});
}

// A period, what lasted it in one word, then the range of years right after.
TEST_F(ChecksTest, APeriodOfWhatLastedItThenItsYears) {
  EXPECT_EQ(Check("بعد 15 عاما من القطيعة بين عامي 2011 و2023، أعيد فتح السفارة."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("بعد 12 عاما من القطيعة بين عامي 2011 و2023، أعيد فتح السفارة."), Codes{});
  EXPECT_EQ(Check("After a 15-year rupture from 2011 to 2023, the embassy reopened."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("After 15 years of exile from 1990 to 2005, he returned."), Codes{});
  // More words between: another time.
  EXPECT_EQ(Check("After 15 years of bitter exile in Paris from 2011 to 2023, he returned."),
            Codes{});
}

// A month after "of" is compared as a month named alone.
TEST_F(ChecksTest, AMonthOfAWeek) {
  EXPECT_EQ(Compare("The festival takes place in the second week of July.",
                    "يقام المهرجان في الأسبوع الثاني من يونيو."),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("The festival takes place in the second week of July.",
                    "يقام المهرجان في الأسبوع الثاني من يوليو."),
            Codes{});
}

// Fewer than a fact of a number holds are all of them only when said so (a verb of comprising,
// or referring back); elsewhere they are as often some that did a thing.
TEST_F(ChecksTest, FewerThanAFactAreSomeOfThem) {
  Facts facts;
  const Error e = Facts::Load(R"({"facts":[{"id":"members","kind":"number","value":193,
      "cues":{"en":["member states"],"ar":["دولة عضوا"]}}]})",
                              TestEngine().normalizer(), &facts);
  ASSERT_TRUE(e.ok()) << e.message;
  EXPECT_EQ(Check("In the vote, 150 member states backed the resolution.", &facts), Codes{});
  EXPECT_EQ(Check("صوتت 150 دولة عضوا لصالح القرار.", &facts), Codes{});
  EXPECT_EQ(Check("The 191 member states met in New York.", &facts), Codes{"fact.contradiction"});
  EXPECT_EQ(Check("The UN has 191 member states.", &facts), Codes{"fact.contradiction"});
  EXPECT_EQ(Check("تضم الأمم المتحدة 191 دولة عضوا.", &facts), Codes{"fact.contradiction"});
  // More than all of them is never a part.
  EXPECT_EQ(Check("In the vote, 200 member states backed the resolution.", &facts),
            Codes{"fact.contradiction"});
}

// "ارتفع ... ثلاثة أضعاف" multiplies by three or by four; "ثلاث مرات" may count occasions.
TEST_F(ChecksTest, GrewSoManyFolds) {
  EXPECT_EQ(Check("ارتفع عدد السياح ثلاثة أضعاف، من 200 ألف إلى مليون سائح."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع عدد السياح ثلاثة أضعاف، من 200 ألف إلى 600 ألف سائح."), Codes{});
  EXPECT_EQ(Check("ارتفع عدد السياح ثلاثة أضعاف، من 200 ألف إلى 800 ألف سائح."), Codes{});
  EXPECT_EQ(Check("ارتفع سعر الفائدة ثلاث مرات هذا العام، من 1% إلى 2.5%."), Codes{});
}

// A share "of" a noun, then a part "out of" a whole that name none: the share's whole.
TEST_F(ChecksTest, AShareThenItsPartOutOfAnUnnamedWhole) {
  EXPECT_EQ(Check("نجح 60% من المتقدمين، أي 400 من أصل 800."), Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("نجح 50% من المتقدمين، أي 400 من أصل 800."), Codes{});
  // The part named as another thing (seats of votes) is no part of the share's whole.
  EXPECT_EQ(Check("حصل الحزب على 45% من الأصوات، أي 60 مقعدا من أصل 150."), Codes{});
  EXPECT_EQ(Check("حصل الحزب على 45% من الأصوات في الجولة الأولى، أي 60 مقعدا من أصل 150."),
            Codes{});
  // A few words of what the share has between it and the restatement.
  EXPECT_EQ(Check("يعاني 45% من الأطفال من فقر الدم، أي 3.7 مليون طفل من أصل 6 ملايين."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يعاني 45% من الأطفال من فقر الدم، أي 2.7 مليون طفل من أصل 6 ملايين."),
            Codes{});
  EXPECT_EQ(Check("Of the children, 45% are anaemic, or 3.7 million of 6 million."),
            Codes{"arith.percent_mismatch"});
  // A clause with its own comma is too far to restate the share.
  EXPECT_EQ(Check("يعاني 45% من الأطفال من فقر الدم، وفق المسح، أي 3.7 مليون من أصل 6 ملايين."),
            Codes{});
}

// "من الزمن" after a unit of time says it is one: the year after it is still tied to it.
TEST_F(ChecksTest, DecadesAgoOfTime) {
  const std::string now = "2024-06-01";
  EXPECT_EQ(Check("قبل عقدين من الزمن، في عام 2014، أطلقت الحكومة خطتها.", nullptr, now),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("قبل عقد من الزمن، في عام 2014، أطلقت الحكومة خطتها.", nullptr, now),
            Codes{});
}

// A newspaper's first issue is what its years are counted from.
TEST_F(ChecksTest, YearsSinceAFirstIssue) {
  const std::string now = "2024-06-01";
  EXPECT_EQ(Check("تحتفل الصحيفة بمرور 100 عام على صدور عددها الأول عام 1934.", nullptr, now),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("تحتفل الصحيفة بمرور 100 عام على صدور عددها الأول عام 1924.", nullptr, now),
            Codes{});
  EXPECT_EQ(Check("The newspaper marks 100 years since its first issue in 1934.", nullptr, now),
            Codes{"time.relative_mismatch"});
}

// A score's side of one goal or none may go without a number in Arabic ("مقابل هدف", "دون
// رد"): its absence is a note.
TEST_F(ChecksTest, AScoresOneOrNoneGoesMissingFreely) {
  EXPECT_EQ(Compare("Real Madrid beat Barcelona 3-1 on Sunday.",
                    "تغلب ريال مدريد على برشلونة بثلاثة أهداف مقابل هدف يوم الأحد."),
            Codes{});
  EXPECT_EQ(Compare("The team lost 2-0.", "خسر الفريق بهدفين دون رد."), Codes{});
  // The score's other side still counts.
  EXPECT_EQ(Compare("The team won 3-1.", "فاز الفريق بهدفين مقابل هدف."),
            Codes{"compare.missing"});
  // Where the other side writes the score in digits, a side it lost is a slip.
  EXPECT_EQ(Compare("A late strike gives Livingston a 1-0 win over Rangers.",
                    "تسديدة متأخرة تمنح ليفينغستون فوزا -0 على رينجرز."),
            Codes{"compare.missing"});
  // A one that is no side of a score does not go freely.
  EXPECT_EQ(Compare("The trial lasted 1 week and cost $3 million.",
                    "استمرت المحاكمة وكلفت 3 ملايين دولار."),
            Codes{"compare.missing"});
}

// A range of years that names a thing ("the 1975-1990 war"), then a verb of lasting.
TEST_F(ChecksTest, AThingNamedByItsYearsLasted) {
  EXPECT_EQ(Check("The 1975-1990 civil war lasted 25 years."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The 1975-1990 civil war lasted 15 years."), Codes{});
  // A range that names no thing bounds what lasted, no more.
  EXPECT_EQ(Check("In 1975-1990 the drought lasted 3 years."), Codes{});
}

// "halved" before a change's values, nothing between but its time, is half, a fifth either way.
TEST_F(ChecksTest, HalvedFromTo) {
  EXPECT_EQ(Check("The number of births halved, from 40,000 to 30,000."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The number of births halved, from 40,000 to 20,000."), Codes{});
  EXPECT_EQ(Check("The population has halved over 20 years, from 3 million to 2 million."),
            Codes{"arith.change_mismatch"});
  // Another thing halved.
  EXPECT_EQ(Check("The company halved its dividend and cut jobs from 12,000 to 9,000."),
            Codes{});
}

// A share "of its workforce", "of the population" is of a count of people before it, which
// names the whole with another noun.
TEST_F(ChecksTest, AWholeNamedByAnotherWord) {
  EXPECT_EQ(Check("The company, which employs 4,300 people, will cut 450 jobs, or about 20% of "
                  "its workforce."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The company, which employs 4,300 people, will cut 450 jobs, or about 10% of "
                  "its workforce."),
            Codes{});
  EXPECT_EQ(Check("The country has 5.2 million people, and 2.1 million of them, or 60% of the "
                  "population, live in the capital."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تضم الشركة 4300 شخص، وستسرح 450 منهم، أي نحو 20% من موظفيها."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تضم الشركة 4300 شخص، وستسرح 450 منهم، أي نحو 10% من موظفيها."), Codes{});
  // Set beside a part "of them" by a comma alone, the share names the whole again.
  EXPECT_EQ(Check("The hospital employs 1,800 people, including 450 nurses, a third of its staff."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The hospital employs 1,800 people, including 450 nurses, a quarter of its "
                  "staff."),
            Codes{});
  EXPECT_EQ(Check("The hospital employs 1,800 people, including 450 nurses, 30% of the nurses in "
                  "the region."),
            Codes{});
  // Another word of the share, or a plural that may count others: no whole of the count's.
  EXPECT_EQ(Check("The union represents 40% of the workers, or 2,000 of the company's 4,000 "
                  "employees."),
            Codes{});
  EXPECT_EQ(Check("The company employs 4,300 people and will cut 450 jobs, or about 20% of its "
                  "European workforce."),
            Codes{});
}

// The same rate again at another time or place is no part of one whole; a verb that says
// where the parts live makes the places parts.
TEST_F(ChecksTest, ASharesRateElsewhereIsNoPart) {
  EXPECT_EQ(Check("He won 40% of the vote in 2012, 45% in 2016 and 30% in 2020."), Codes{});
  EXPECT_EQ(Check("حصل الحزب على 40% من الأصوات عام 2012، و45% عام 2016، و30% عام 2020."),
            Codes{});
  EXPECT_EQ(Check("Women make up 40% of the population in the north, 45% in the south and 52% "
                  "in the capital."),
            Codes{});
  EXPECT_EQ(Check("يعيش 70% من السكان في المدن، و20% في القرى، و15% في البادية."),
            Codes{"arith.percent_sum"});
  // A year is another whole even after a verb that shares one out.
  EXPECT_EQ(Check("The ministry allocated 30% of its budget in 2022, 45% in 2023 and 60% in "
                  "2024."),
            Codes{});
  EXPECT_EQ(Check("He won 40% of the vote, his rival 45% and a third candidate 30%."),
            Codes{"arith.percent_sum"});
}

// A vote's two shares, "to" or "مقابل" alone between them right after its verb and object,
// are of one whole; not a change said after such a verb.
TEST_F(ChecksTest, AVotesTwoShares) {
  EXPECT_EQ(Check("Voters backed the measure 58% to 48%."), Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Voters backed the measure 58% to 42%."), Codes{});
  EXPECT_EQ(Check("أيد الناخبون التعديل بنسبة 58% مقابل 48%."), Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("أيد الناخبون التعديل بنسبة 58% مقابل 42%."), Codes{});
  EXPECT_EQ(Check("Support, which voters backed, dropped 58% to 48%."), Codes{});
  EXPECT_EQ(Check("The plan, backed by the mayor, saw support slip 58% to 48%."), Codes{});
}

// Two shares of the two groups that make any whole up, after a verb of where they live, make
// 100 %; a rate of each group ("of those who live in") is no part.
TEST_F(ChecksTest, TheSharesOfTheTwoGroupsOfAnyWhole) {
  EXPECT_EQ(Check("يعيش 60% من السكان في المدن و30% في الأرياف."), Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("يعيش 60% من السكان في المدن و50% في الأرياف."), Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("يعيش 60% من السكان في المدن و40% في الأرياف."), Codes{});
  EXPECT_EQ(Check("Some 60% of the population lives in cities and 30% in rural areas."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Some 62% of the population lives in cities and 38% in rural areas."),
            Codes{});
  EXPECT_EQ(Check("Poverty affects 20% of those who live in cities and 45% in rural areas."),
            Codes{});
  EXPECT_EQ(Check("يعاني الفقر 20% ممن يعيشون في المدن و45% في الأرياف."), Codes{});
  EXPECT_EQ(Check("Internet use reached 80% in cities and 45% in rural areas."), Codes{});
}

// A share that restates the sum of the shares before it is none of them; shares after
// "including", "منها" are parts of the one before, not more of its whole.
TEST_F(ChecksTest, SharesTheirSumAndTheirParts) {
  EXPECT_EQ(Check("He won 60% of the vote, including 35% from women and 30% from young voters."),
            Codes{});
  EXPECT_EQ(Check("شارك 60% من الناخبين، وصوت 70% منهم بنعم و30% بلا."), Codes{});
  EXPECT_EQ(Check("He won 40% of the vote, his rival 45% and a third candidate 30%."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Apple, Samsung and Xiaomi held 23%, 20% and 12% of the market, a combined "
                  "60%."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Apple, Samsung and Xiaomi held 23%, 20% and 12% of the market, a combined "
                  "55%."),
            Codes{});
  EXPECT_EQ(Check("استحوذت الشركات الثلاث على 23% و20% و12% من السوق، أي ما مجموعه 60%."),
            Codes{"arith.total_mismatch"});
}

// Verdicts and groups that exclude each other (onshore or offshore, urban or rural, full- or
// part-time, public or private) cannot outnumber their whole.
TEST_F(ChecksTest, VerdictsAndGroupsThatExcludeEachOther) {
  EXPECT_EQ(Check("Of the 9 defendants, 6 were convicted and 4 acquitted."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 9 defendants, 6 were convicted and 3 were acquitted."), Codes{});
  EXPECT_EQ(Check("Of the 80 defendants, 50 were convicted, 25 acquitted and 10 are awaiting "
                  "trial."),
            Codes{"arith.total_mismatch"});
  // The first count tied to the whole by "منهم" after it.
  EXPECT_EQ(Check("شارك 500 عداء، أنهى 420 منهم السباق وانسحب 100."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("شارك 500 عداء، أنهى 420 منهم السباق وانسحب 80."), Codes{});
  EXPECT_EQ(Check("Of the 60 wind farms, 45 are onshore and 25 offshore."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 5,000 workers, 3,200 are full-time and 2,100 part-time."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 200 schools, 120 are public and 70 private."), Codes{});
  // Women and men "of" the whole, or female and male.
  EXPECT_EQ(Check("من بين 1840 مريضا، كانت 1140 من النساء و720 من الرجال."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين 1840 مريضا، كانت 1140 من النساء و700 من الرجال."), Codes{});
  EXPECT_EQ(Check("Of the 1,840 patients, 1,140 were female and 720 male."),
            Codes{"arith.total_mismatch"});
  // A second count of no group of the first's kind may overlap it.
  EXPECT_EQ(Check("Of the 60 wind farms, 45 are onshore and 25 are more than 10 years old."),
            Codes{});
}

// An average per family in Arabic, its noun a broken plural of the total's or left out.
TEST_F(ChecksTest, AnAveragePerFamily) {
  EXPECT_EQ(Check("وزعت المنظمة 12 ألف سلة غذائية على 3 آلاف أسرة، بمعدل 5 سلال لكل أسرة."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("وزعت المنظمة 12 ألف سلة غذائية على 3 آلاف أسرة، بمعدل 4 سلال لكل أسرة."),
            Codes{});
  EXPECT_EQ(Check("وزعت المنظمة 12000 وجبة على 3000 أسرة، بمعدل 5 لكل أسرة."),
            Codes{"arith.rate_mismatch"});
}

// A period between the year it began and the year it "ended in", as between a year and
// "until".
TEST_F(ChecksTest, LastedAndEndedIn) {
  EXPECT_EQ(Check("The trial began in 2018 and lasted six years, ending in 2022."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The trial began in 2018 and lasted four years, ending in 2022."), Codes{});
  EXPECT_EQ(Check("بدأت المحاكمة عام 2018 واستمرت ست سنوات وانتهت عام 2022."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The festival opened on May 3 and ran for 12 days, ending on May 10."),
            Codes{"time.duration_mismatch"});
}

// A change said as an amount, then restated as a share of where it began.
TEST_F(ChecksTest, ADifferenceRestatedAsAShare) {
  EXPECT_EQ(Check("Sales rose from $40 million to $60 million, an increase of $20 million, or "
                  "40%."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Sales rose from $40 million to $60 million, an increase of $20 million, or "
                  "50%."),
            Codes{});
  EXPECT_EQ(Check("ارتفعت قيمة انتقال اللاعب من 40 مليون يورو إلى 60 مليون يورو، بزيادة 20 "
                  "مليون يورو، أي 40%."),
            Codes{"arith.change_mismatch"});
  // A share of another whole.
  EXPECT_EQ(Check("Spending rose from $40 million to $60 million, an increase of $20 million, "
                  "or 40% of the new budget."),
            Codes{});
}

// Years "in business", "of operation" a firm marks are years since its origin.
TEST_F(ChecksTest, YearsInBusinessMarked) {
  EXPECT_EQ(Check("The firm, founded in 2004, celebrated 15 years in business in 2024."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The firm, founded in 2004, celebrated 20 years in business in 2024."),
            Codes{});
  EXPECT_EQ(Check("The airline, launched in 1999, marks 20 years of operation this year.",
                  nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The airline, launched in 1999, marks 25 years of operation this year.",
                  nullptr, "2024-06-01"),
            Codes{});
}

// A range of years set off by commas, then a verb of lasting and the period alone.
TEST_F(ChecksTest, ASetOffRangeThenLasted) {
  EXPECT_EQ(Check("The war, fought from 1980 to 1988, lasted ten years."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The war, fought from 1980 to 1988, lasted eight years."), Codes{});
  EXPECT_EQ(Check("The bridge, built between 1932 and 1937, took eight years to complete."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("الحرب، التي دارت بين 1980 و1988، استمرت عشر سنوات."),
            Codes{"time.duration_mismatch"});
  // A period compared, or what came after the range.
  EXPECT_EQ(Check("The bridge, built between 1932 and 1937, took two years longer than planned."),
            Codes{});
  EXPECT_EQ(Check("The firm, which lost money from 2015 to 2018, took two years to recover."),
            Codes{});
}

// Two answers, then "and the rest": the answers are shares of one whole.
TEST_F(ChecksTest, TwoAnswersAndTheRest) {
  EXPECT_EQ(Check("Of the 1,200 people surveyed, 58% backed the plan, 49% opposed it and the "
                  "rest were undecided."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Of the 1,200 people surveyed, 48% backed the plan, 39% opposed it and the "
                  "rest were undecided."),
            Codes{});
}

// A verb of ruling or heading spends the whole period the range after it bounds.
TEST_F(ChecksTest, RuledForAPeriodThenItsYears) {
  EXPECT_EQ(Check("The king ruled 35 years, from 1953 to 1998."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("ترأس الاتحاد 22 عاما، بين 2000 و2012."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("ترأس الاتحاد 12 عاما، بين 2000 و2012."), Codes{});
  // A sentence is no period spent.
  EXPECT_EQ(Check("حكم عليه بالسجن 10 سنوات، من 2010 إلى 2018."), Codes{});
  EXPECT_EQ(Check("حكم القاضي بسجنه 10 سنوات، من 2010 إلى 2018."), Codes{});
  // The verb, its subject, then what was ruled or led.
  EXPECT_EQ(Check("حكم الملك البلاد 35 عاما، من 1953 إلى 1999."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("حكم الملك البلاد 46 عاما، من 1953 إلى 1999."), Codes{});
  EXPECT_EQ(Check("تولى الرئاسة 15 عاما، من 2005 إلى 2017."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("He led the party for 15 years, from 2005 to 2017."),
            Codes{"time.duration_mismatch"});
  // A year of beginning, the verb and its object, the period, then "until" the end.
  EXPECT_EQ(Check("تولى منصبه عام 2014 وقاد الحكومة 10 أعوام حتى استقالته عام 2022."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("تولى منصبه عام 2014 وقاد الحكومة 8 أعوام حتى استقالته عام 2022."), Codes{});
}

// A thing's age, then past a comma why: what began it and its year.
TEST_F(ChecksTest, AThingsAgeThenWhatBeganIt) {
  EXPECT_EQ(Check("يبلغ عمر المبنى 100 عام، إذ شيد عام 1904.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("يبلغ عمر المبنى 120 عاما، إذ شيد عام 1904.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check("The building is 100 years old, having been built in 1904.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  // Another thing began.
  EXPECT_EQ(Check("يبلغ عمر الرئيس 70 عاما، إذ تأسس الحزب عام 1904.", nullptr, "2024-06-01"),
            Codes{});
  // The age set off by commas after its noun, then "was" and the verb of beginning.
  EXPECT_EQ(Check("The museum, 150 years old this year, was founded in 1884.", nullptr,
                  "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The club, now 100 years old, was founded in 1924.", nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("Smith, 60 years old, was elected in 1990.", nullptr, "2024-06-01"), Codes{});
}

// "roughly doubled": a multiple said about so much, three tenths either way.
TEST_F(ChecksTest, AMultipleSaidAboutSoMuch) {
  EXPECT_EQ(Check("The population has roughly doubled since 1990, to 8.1 million from 2.2 "
                  "million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The population has roughly doubled since 1990, to 8.1 million from 3.3 "
                  "million."),
            Codes{});
  EXPECT_EQ(Check("The population more than doubled, to 8.1 million from 2.2 million."),
            Codes{});
}

// A share of people restated as a count of people, set off by commas.
TEST_F(ChecksTest, AFractionOfStaffRestatedAsPeople) {
  EXPECT_EQ(Check("A quarter of the 2,400 staff, about 900 people, will be moved."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("A quarter of the 2,400 staff, about 600 people, will be moved."), Codes{});
}

// "ما نسبته" before a share of them names it as a share: no word of what the share did.
TEST_F(ChecksTest, AShareNamedSoAfterItsWhole) {
  EXPECT_EQ(Check("يبلغ عدد سكان البلاد 5 ملايين نسمة، يعيش ما نسبته 60% منهم في المدن، أي 3.5 "
                  "مليون نسمة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يبلغ عدد سكان البلاد 5 ملايين نسمة، يعيش ما نسبته 60% منهم في المدن، أي 3 "
                  "ملايين نسمة."),
            Codes{});
}

// An average that leaves its unit to a total measured in one.
TEST_F(ChecksTest, AnAverageLeavesItsUnitToTheTotal) {
  EXPECT_EQ(Check("The city used 36 million cubic metres of water last year, an average of 4 "
                  "million a month."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The city used 36 million cubic metres of water last year, an average of 3 "
                  "million a month."),
            Codes{});
}

// Members who cast no vote are a way of their own beside those for and against.
TEST_F(ChecksTest, MembersNotVoting) {
  EXPECT_EQ(Check("Of the 650 MPs, 336 voted in favour and 290 against, with 44 not voting."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 650 MPs, 326 voted in favour and 280 against, with 44 not voting."),
            Codes{});
  // Fewer: some seats may be empty.
  EXPECT_EQ(Check("Of the 650 MPs, 300 voted in favour and 280 against, with 44 not voting."),
            Codes{});
}

// A death dated in full a few words after its verb and its subject; a verb of remaining in
// office lasts the period to "until".
TEST_F(ChecksTest, ADeathDatedInFullAndAStayInOffice) {
  EXPECT_EQ(Check("رحل الموسيقار يوم الثلاثاء 9 نيسان/أبريل 2024 عن 74 عاما، وهو المولود عام 1940 "
                  "في بيروت."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("رحل الموسيقار يوم الثلاثاء 9 نيسان/أبريل 2024 عن 84 عاما، وهو المولود عام 1940 "
                  "في بيروت."),
            Codes{});
  EXPECT_EQ(Check("تولت منصبها عام 2015 وبقيت فيه ست سنوات حتى عام 2023."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("She took office in 2015 and remained there for eight years until 2023."),
            Codes{});
}

// Parts whose verb the later ones leave out may name the whole's noun again.
TEST_F(ChecksTest, PartsNameTheWholesNounAgain) {
  EXPECT_EQ(Check("من أصل 90 مقعدا، فازت المعارضة بـ 48 مقعدا والموالاة بـ 52."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من أصل 90 مقعدا، فازت المعارضة بـ 48 مقعدا والموالاة بـ 42."), Codes{});
  EXPECT_EQ(Check("Of the 90 seats, the opposition won 48 seats and the government 52."),
            Codes{"arith.total_mismatch"});
}

// The games by their noun first, then the outcomes by theirs.
TEST_F(ChecksTest, GamesFirstThenARecord) {
  EXPECT_EQ(Check("In 38 games, Liverpool had 24 wins, 12 draws and 4 losses."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("In 38 games, Liverpool had 24 wins, 10 draws and 4 losses."), Codes{});
  EXPECT_EQ(Check("بعد 38 مباراة، حقق الفريق 24 فوزا و12 تعادلا و4 هزائم."),
            Codes{"arith.total_mismatch"});
  // Games, then a count of something else.
  EXPECT_EQ(Check("In 38 games, he scored 24 goals and 12 assists."), Codes{});
}

// Where a change began, after the time it was and a clause of its level ("الذي سجلت فيه").
TEST_F(ChecksTest, WhereAChangeBeganInAClauseOfItsYear) {
  EXPECT_EQ(Check("بلغت التحويلات 22 مليار دولار، بانخفاض 20% عن العام السابق الذي سجلت فيه 31.4 "
                  "مليار دولار."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت التحويلات 22 مليار دولار، بانخفاض 30% عن العام السابق الذي سجلت فيه 31.4 "
                  "مليار دولار."),
            Codes{});
  EXPECT_EQ(Check("وصل عدد الحجاج إلى 1.8 مليون حاج، بزيادة 30% عن العام الماضي الذي شهد 1.5 مليون "
                  "حاج."),
            Codes{"arith.change_mismatch"});
}

// An anniversary of an event named right after its ordinal counts from the year a few words on.
TEST_F(ChecksTest, AnAnniversaryOfAnEvent) {
  EXPECT_EQ(Check("احتفلت مصر أمس بالذكرى الـ55 لحرب أكتوبر 1973.", nullptr, "2024-10-07"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("احتفلت مصر أمس بالذكرى الـ51 لحرب أكتوبر 1973.", nullptr, "2024-10-07"),
            Codes{});
  EXPECT_EQ(Check("Egypt marked the 55th anniversary of the 1973 war on Sunday.", nullptr,
                  "2024-10-07"),
            Codes{"time.relative_mismatch"});
  // "مضى 30 عاما على المجزرة": the years passed since the event the year a few words on dates.
  EXPECT_EQ(Check("مضى 20 عاما على المجزرة التي وقعت عام 1994.", nullptr, "2024-10-07"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("مضى 30 عاما على المجزرة التي وقعت عام 1994.", nullptr, "2024-10-07"),
            Codes{});
  // A year past a comma may be another time of the event ("which ended in").
  EXPECT_EQ(Check("They marked the 20th anniversary of the war, which ended in 1995.", nullptr,
                  "2024-10-07"),
            Codes{});
}

// What was taken from a count and what that left: the whole less the one is the other.
TEST_F(ChecksTest, WhatWasLeft) {
  EXPECT_EQ(Check("The fleet of 241 boats lost 18 in the storm, leaving 213 in service."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The fleet of 241 boats lost 18 in the storm, leaving 223 in service."),
            Codes{});
  EXPECT_EQ(Check("يضم الأسطول 241 قاربا، فقد 18 منها في العاصفة، ليبقى 213 قاربا."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("يضم الأسطول 241 قاربا، فقد منها 18 في العاصفة، ليبقى 223 قاربا."), Codes{});
  // The whole after what was taken ("of its").
  EXPECT_EQ(Check("The chain closed 37 of its 412 stores, leaving 365."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The chain closed 37 of its 412 stores, leaving 375."), Codes{});
  // A verb of taking before what was taken, before its subject in Arabic; the whole's noun
  // owned after what was taken.
  EXPECT_EQ(Check("The company had 1,247 employees and laid off 318 in May, leaving 939."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The company had 1,247 employees and laid off 318 in May, leaving 929."),
            Codes{});
  EXPECT_EQ(Check("أغلقت الشركة 17 فرعا من فروعها البالغة 143، ليبقى 116 فرعا في الخدمة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("أغلقت الشركة 17 فرعا من فروعها البالغة 143، ليبقى 126 فرعا في الخدمة."),
            Codes{});
  EXPECT_EQ(Check("The party lost 7 of its 45 seats, leaving it with 36."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("خسر الحزب 7 مقاعد من مقاعده الـ45، ليبقى له 38 مقعدا."), Codes{});
  // A rest that is no part of the whole: what became of others, or another noun.
  EXPECT_EQ(Check("The blast killed 12 of the 53 passengers, leaving 40 injured."), Codes{});
  EXPECT_EQ(Check("The storm destroyed 312 of the 1,043 homes, leaving 700 families."),
            Codes{});
  // Nothing taken: counts in a list before "leaving".
  EXPECT_EQ(Check("The firm hired 312 staff in 2023 and 205 in 2024, leaving 47 posts open."),
            Codes{});
}

// A period spent in part and what it left: a prison term served, a contract's years gone by.
TEST_F(ChecksTest, WhatWasLeftOfAPeriod) {
  const Codes slip = {"arith.total_mismatch"};
  EXPECT_EQ(Check("حكم عليه بالسجن 15 عاما، قضى منها 7 أعوام، ويتبقى له 9 أعوام."), slip);
  EXPECT_EQ(Check("حكم عليه بالسجن 15 عاما، قضى منها 7 أعوام، ويتبقى له 8 أعوام."), Codes{});
  EXPECT_EQ(Check("مدة العقد 10 سنوات، مضت منها 4، ليتبقى 7."), slip);
  EXPECT_EQ(Check("He was jailed for 15 years and has served 7, leaving 9."), slip);
  EXPECT_EQ(Check("He was jailed for 15 years and has served 7, leaving 8."), Codes{});
  // A count with no word that it is of the period may count anything.
  EXPECT_EQ(Check("The ship sailed for 12 days, lost 3, leaving 7."), Codes{});
  EXPECT_EQ(Check("The club has 400 members and served 300, leaving 20."), Codes{});
  // Another unit, or a count of things, is no part of the period.
  EXPECT_EQ(Check("He was jailed for 15 years and has served 7 months, leaving 9."), Codes{});
  EXPECT_EQ(Check("He was jailed for 15 years in 2019, leaving 3 children."), Codes{});
}

// A time after a whole, an ordinal's period among them ("in the first quarter"), stands
// between it and its parts.
TEST_F(ChecksTest, PartsAfterThePeriodOfTheWhole) {
  EXPECT_EQ(Check("استقبلت المواقع 1.4 مليون زائر خلال الربع الأول، منهم 900 ألف زائر أجنبي "
                  "و600 ألف زائر محلي."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("استقبلت المواقع 1.4 مليون زائر خلال الربع الأول، منهم 900 ألف زائر أجنبي "
                  "و500 ألف زائر محلي."),
            Codes{});
  EXPECT_EQ(Check("The sites drew 1.4 million visitors in the first quarter, of whom 900,000 "
                  "were foreign and 600,000 local."),
            Codes{"arith.total_mismatch"});
  // After a part, before the rest.
  EXPECT_EQ(Check("Of the 83 hostages, 41 were freed in the first week, leaving 32 in captivity."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 83 hostages, 41 were freed in the first week, leaving 42 in captivity."),
            Codes{});
}

// Money for a measure is another unit whichever the currency.
TEST_F(ChecksTest, MoneyForAMeasure) {
  EXPECT_EQ(Compare("Exports reached 1.3 million tonnes.", "بلغت الصادرات 1.3 مليون دولار."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("Exports reached $1.3 million.", "بلغت الصادرات 1.3 مليون طن."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("Exports of 1.3 million tonnes were worth $1.3 million.",
                    "بلغت الصادرات 1.3 مليون طن بقيمة 1.3 مليون دولار."),
            Codes{});
}

// Groups of as many things each and the things in all, said right after them.
TEST_F(ChecksTest, GroupsOfThingsEach) {
  EXPECT_EQ(Check("The building has 24 floors with 8 flats on each, 182 flats in all."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The building has 24 floors with 8 flats on each, 192 flats in all."),
            Codes{});
  EXPECT_EQ(Check("يضم المبنى 24 طابقا في كل منها 8 شقق، أي 182 شقة إجمالا."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("يضم المبنى 24 طابقا في كل منها 8 شقق، أي 192 شقة إجمالا."), Codes{});
  EXPECT_EQ(Check("The league has 12 teams of 11 players each, for a total of 142 players."),
            Codes{"arith.rate_mismatch"});
  // A total past a verb may count some of the things only; a game is two teams'.
  EXPECT_EQ(Check("The 20 schools, with 30 pupils each, sent 150 pupils in all to the final."),
            Codes{});
  EXPECT_EQ(Check("The 20 teams play 38 games each, 380 in all."), Codes{});
  // "each" before a price.
  EXPECT_EQ(Check("The firm's 6,500 employees will each receive a $1,000 bonus, costing $8.5 "
                  "million in total."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The firm's 6,500 employees will each receive a $1,000 bonus, costing $6.5 "
                  "million in total."),
            Codes{});
}

// One of some things for every so many of others, said right after the two counts, is
// their ratio.
TEST_F(ChecksTest, OneForEverySoMany) {
  EXPECT_EQ(Check("The region has 2,300 doctors for 4.6 million people, or one doctor for every "
                  "3,000 residents."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The region has 2,300 doctors for 4.6 million people, or one doctor for every "
                  "2,000 residents."),
            Codes{});
  EXPECT_EQ(Check("يعمل في المنطقة 2300 طبيب لخدمة 4.6 مليون نسمة، أي طبيب واحد لكل 3000 نسمة."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("وزعت الجمعية 500 سلة على 2000 أسرة، بمعدل سلة لكل 5 أسر."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("وزعت الجمعية 500 سلة على 2000 أسرة، بمعدل سلة لكل 4 أسر."), Codes{});
  // About so many, or about one for every so many: a tenth either way.
  EXPECT_EQ(Check("تضم الجامعة 28 ألف طالب و1900 أستاذ، بمعدل أستاذ لكل 25 طالبا تقريبا."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("تضم الجامعة 28 ألف طالب و1900 أستاذ، بمعدل أستاذ لكل 15 طالبا تقريبا."),
            Codes{});
  EXPECT_EQ(Check("It has 28,000 students and 1,900 professors, or about one professor for "
                  "every 13 students."),
            Codes{});
  // A norm said of them, or a share of what follows, is no ratio of the two.
  EXPECT_EQ(Check("The country has 2,300 doctors and 4.6 million people; WHO recommends one for "
                  "every 1,000."),
            Codes{});
  EXPECT_EQ(Check("Some 2 million people live in 300 villages, one in every 10 of which has no "
                  "clean water."),
            Codes{});
}

// The two groups of a pair set off after a whole to the sentence's end cannot exceed it.
TEST_F(ChecksTest, ThePairOfAWholeSetOff) {
  EXPECT_EQ(Check("The census counted 10.4 million people, 5.3 million women and 5.3 million men."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The census counted 10.4 million people, 5.3 million women and 5.1 million men."),
            Codes{});
  // Children may be left unsaid; other groups are no pair.
  EXPECT_EQ(Check("Police arrested 34 people, 20 men and 10 women."), Codes{});
  EXPECT_EQ(Check("The firm employs 4,000 people, 1,200 engineers and 300 designers."), Codes{});
}

// The two groups that make any whole up (in cities and in the country, from abroad and from
// home, full-time and part-time) add up to it, short or over.
TEST_F(ChecksTest, TheTwoGroupsOfAnyWhole) {
  EXPECT_EQ(Check("يبلغ عدد السكان 5.2 مليون نسمة، منهم 3.5 مليون في المدن و1.2 مليون في الأرياف."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("يبلغ عدد السكان 5.2 مليون نسمة، منهم 3.5 مليون في المدن و1.7 مليون في الأرياف."),
            Codes{});
  EXPECT_EQ(Check("The country has 5.2 million people, 3.5 million in cities and 1.2 million in "
                  "the countryside."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The country has 5.2 million people, 3.5 million in cities and 1.7 million in "
                  "the countryside."),
            Codes{});
  EXPECT_EQ(Check("وصل 1.8 مليون حاج، منهم 1.3 مليون من خارج المملكة و200 ألف من الداخل."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("وصل 1.8 مليون حاج، منهم 1.6 مليون من خارج المملكة و200 ألف من الداخل."),
            Codes{});
  EXPECT_EQ(Check("The fair drew 120,000 visitors, 80,000 of them from abroad and 30,000 from "
                  "within the country."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The firm employs 5,000 people, 3,500 of them full-time and 1,000 part-time."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The firm employs 5,000 people, 3,500 of them full-time and 1,500 part-time."),
            Codes{});
  // The rest said after them, a third group, or a place inside the country: no two sides.
  EXPECT_EQ(Check("وصل 25 ألف سائح، منهم 10 آلاف من خارج المحافظة و8 آلاف من داخلها، والباقي "
                  "من خارج البلاد."),
            Codes{});
  EXPECT_EQ(Check("وصل 25 ألف سائح، منهم 10 آلاف من الخارج و8 آلاف من داخل المحافظة."), Codes{});
  EXPECT_EQ(Check("The company sold 2 million cars, 1.2 million at home and 500,000 in Europe."),
            Codes{});
  // Women and men leave children out; "domestic" and "foreign" before a noun name a trade.
  EXPECT_EQ(Check("قتل 40 شخصا، بينهم 10 نساء و8 رجال."), Codes{});
  EXPECT_EQ(Check("The country hosts 2 million migrants, 800,000 of them domestic workers and "
                  "300,000 foreign students."),
            Codes{});
}

// An Arabic fraction in construct with the whole's noun, the whole right after, then the part.
TEST_F(ChecksTest, AFractionOfItsNounThenTheWhole) {
  EXPECT_EQ(Check("صوت ثلثا الأعضاء التسعين، أي 50 عضوا، لصالح القرار."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("صوت ثلثا الأعضاء التسعين، أي 60 عضوا، لصالح القرار."), Codes{});
  EXPECT_EQ(Check("فاز الحزب بنصف المقاعد الـ120، أي 50 مقعدا."), Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("فاز الحزب بنصف المقاعد الـ120، أي 60 مقعدا."), Codes{});
  // A count after another verb is no part restated.
  EXPECT_EQ(Check("حصل الحزب على ثلث المقاعد الـ120، وخسر 50 مقعدا."), Codes{});
}

// A first that numbers a period is paired with the other side's ordinal of one.
TEST_F(ChecksTest, TheOrdinalOfAPeriod) {
  EXPECT_EQ(Compare("In the first quarter, the sites drew 1.4 million visitors.",
                    "استقبلت المواقع 1.4 مليون زائر في الربع الثاني."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("In the first quarter, the sites drew 1.4 million visitors.",
                    "استقبلت المواقع 1.4 مليون زائر في الربع الأول."),
            Codes{});
  EXPECT_EQ(Compare("For the first time, sales fell in the second quarter.",
                    "للمرة الأولى، تراجعت المبيعات في الربع الثاني."),
            Codes{});
}

// A total since a year and the average a year it makes: the years from it to the
// publication's, a year fewer or more allowed.
TEST_F(ChecksTest, AnAverageSinceAYear) {
  EXPECT_EQ(Check("Since 2015, the city has planted 120,000 trees, about 20,000 a year.", nullptr,
                  "2024-06-01"),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("Since 2015, the city has planted 120,000 trees, about 12,000 a year.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("زرعت البلدية 120 ألف شجرة منذ 2015، بمعدل 20 ألف شجرة سنويا.", nullptr,
                  "2024-06-01"),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("منذ 2015، زرعت البلدية 120 ألف شجرة، بمعدل 13 ألف شجرة سنويا.", nullptr,
                  "2024-06-01"),
            Codes{});
  // Since January 2021 to June 2024 is three and a half years.
  EXPECT_EQ(Check("بلغ عدد المسافرين 40 مليونا منذ عام 2021، بمعدل 30 ألفا يوميا.", nullptr,
                  "2024-06-01"),
            Codes{});
  // No publication date, no span.
  EXPECT_EQ(Check("Since 2015, the city has planted 120,000 trees, about 20,000 a year."),
            Codes{});
}

// Reported cases confirmed, ruled out or still under investigation are fates of one kind.
TEST_F(ChecksTest, FatesOfReportedCases) {
  EXPECT_EQ(Check("Of the 312 reported cases, 290 were confirmed, 25 ruled out and 7 remain under "
                  "investigation."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 312 reported cases, 290 were confirmed, 15 ruled out and 7 remain under "
                  "investigation."),
            Codes{});
  // "confirmed positive", "confirmed dead" stay a test's and a life's.
  EXPECT_EQ(Check("Of the 500 people tested, 40 were confirmed positive, 465 tested negative and 5 "
                  "were inconclusive."),
            Codes{"arith.total_mismatch"});
}

// A difference with its noun or unit, then "more than the" where the change began.
TEST_F(ChecksTest, ADifferenceWithItsNounMoreThanThe) {
  EXPECT_EQ(Check("The mine produced 42 tonnes of gold last year, 8 tonnes more than the 36 "
                  "tonnes it produced the year before."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The mine produced 42 tonnes of gold last year, 6 tonnes more than the 36 "
                  "tonnes it produced the year before."),
            Codes{});
  EXPECT_EQ(Check("Sales reached 4,200 cars, 800 cars more than the 3,600 sold a year earlier."),
            Codes{"arith.change_mismatch"});
  // "than its", "above last": where it began, owned or of last time.
  EXPECT_EQ(Check("The club paid €85 million for him, €30 million more than its previous record "
                  "of €65 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The club paid €85 million for him, €20 million more than its previous record "
                  "of €65 million."),
            Codes{});
  EXPECT_EQ(Check("Demand peaked at 58 gigawatts, 5 gigawatts above last summer's 55."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Demand peaked at 58 gigawatts, 3 gigawatts above last summer's 55."), Codes{});
}

// Shares "of which" an amount of money, each put somewhere, split it: no more than 100%.
TEST_F(ChecksTest, SharesOfAnAmountPutSomewhere) {
  EXPECT_EQ(Check("The fund has 2.1 trillion kroner, of which 70% is in stocks, 37% in bonds and "
                  "3% in property."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("The fund has 2.1 trillion kroner, of which 70% is in stocks, 27% in bonds and "
                  "3% in property."),
            Codes{});
  EXPECT_EQ(Check("يملك الصندوق 2.1 تريليون كرونة، 70% منها في الأسهم و37% في السندات و3% في "
                  "العقارات."),
            Codes{"arith.percent_sum"});
  // Years are other wholes.
  EXPECT_EQ(Check("The budget is $10 billion, of which 60% is in salaries, 50% in 2025 and 45% in "
                  "2026."),
            Codes{});
  // The whole opening the sentence, the first share put somewhere; not shares of those asked,
  // where one may say yes twice.
  EXPECT_EQ(Check("Of the budget, 40% goes to health, 35% to education and 30% to roads."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Of the budget, 40% goes to health, 35% to education and 25% to roads."),
            Codes{});
  EXPECT_EQ(Check("Of those surveyed, 60% use Facebook, 50% use Instagram and 40% use TikTok."),
            Codes{});
  // Two shares are enough, and a word or two of what the amount is may stand before the comma.
  EXPECT_EQ(Check("The fund has $1.4 trillion in assets, 70% of it in equities and 40% in bonds."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("The fund has $1.4 trillion in assets, 70% of it in equities and 30% in bonds."),
            Codes{});
  EXPECT_EQ(Check("يدير الصندوق 1.4 تريليون دولار من الأصول، 70% منها في الأسهم و40% في السندات."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("The fund lost $1.4 billion in value, 70% of it in March and 40% in April."),
            Codes{});
}

// "averaged" before the average of a total over its items.
TEST_F(ChecksTest, AveragedBeforeTheAverage) {
  EXPECT_EQ(Check("With 45 goals in 38 games, he averaged 1.38 a game."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("With 45 goals in 38 games, he averaged 1.18 a game."), Codes{});
}

// A share first "of its" whole named in a word or two "of" so much, then the part restated.
TEST_F(ChecksTest, AShareOfItsNamedWholeThenThePart) {
  EXPECT_EQ(Check("The reservoir is at 38% of its capacity of 1.2 billion cubic metres, or about "
                  "556 million cubic metres."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The reservoir is at 38% of its capacity of 1.2 billion cubic metres, or about "
                  "456 million cubic metres."),
            Codes{});
}

// The gap between a range's two values said after it.
TEST_F(ChecksTest, TheSpanOfARange) {
  EXPECT_EQ(Check("Temperatures ranged from 18C to 41C, a swing of 26 degrees."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Temperatures ranged from 18C to 41C, a swing of 23 degrees."), Codes{});
  EXPECT_EQ(Check("تراوحت درجات الحرارة بين 18 و41 درجة، أي بفارق 26 درجة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراوحت درجات الحرارة بين 18 و41 درجة، أي بفارق 23 درجة."), Codes{});
  // A margin over another is no span of the values.
  EXPECT_EQ(Check("Her lead grew from 3 points to 8 points, a gap of 8 points over her rival."),
            Codes{});
}

// A share restated after what its part did, "of the total" naming its whole.
TEST_F(ChecksTest, APartsShareOfTheTotalAfterWhatItDid) {
  EXPECT_EQ(Check("Of the 1.5 million workers, 600,000 are nurses, or 45% of the total."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 1.5 million workers, 600,000 are nurses, or 40% of the total."),
            Codes{});
  EXPECT_EQ(Check("من بين 1500 عامل، يعمل 600 في التمريض، أي 45% من الإجمالي."),
            Codes{"arith.percent_mismatch"});
  // A share of another whole stays another's.
  EXPECT_EQ(Check("Of the 1,500 workers, 600 are nurses, or 45% of the nurses in the region."),
            Codes{});
}

// A whole whose noun comes before its number, the cue of the whole before the noun.
TEST_F(ChecksTest, AWholeNamedBeforeItsNumber) {
  EXPECT_EQ(Check("من بين الدول الأعضاء الـ27، تستخدم 19 دولة اليورو، بينما تحتفظ الدول التسع "
                  "الأخرى بعملاتها."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين الدول الأعضاء الـ27، تستخدم 19 دولة اليورو، بينما تحتفظ الدول الثماني "
                  "الأخرى بعملاتها."),
            Codes{});
  // What a part did, a few Arabic words of it, is as near as its English.
  EXPECT_EQ(Check("من بين الولايات الـ50، أقرت 27 ولاية قوانين مماثلة، فيما لم تقر الولايات الـ24 "
                  "الأخرى."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("من بين الولايات الـ50، أقرت 27 ولاية قوانين مماثلة، فيما لم تقر الولايات الـ23 "
                  "الأخرى."),
            Codes{});
}

// An age in an ordinal's word at an event against the age said now, the event's clause long.
TEST_F(ChecksTest, AnOrdinalsAgeAgainstTheAgeNow) {
  const std::string then = "كانت في التاسعة عشرة من عمرها عندما فازت بالذهبية في أولمبياد بكين ";
  EXPECT_EQ(Check(then + "2008، وتبلغ اليوم 37 عاما.", nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check(then + "2008، وتبلغ اليوم 35 عاما.", nullptr, "2024-06-01"), Codes{});
}

// A glued "m" read as metres may be millions in the other text, and meets them there.
TEST_F(ChecksTest, MetresOrMillionsAcrossATranslation) {
  const std::string visitors = "Visitors rose to 3.5m last year.";
  EXPECT_EQ(Compare(visitors, "ارتفع عدد الزوار إلى 3.5 مليون العام الماضي."), Codes{});
  EXPECT_EQ(Compare(visitors, "ارتفع عدد الزوار إلى 5.3 مليون العام الماضي."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("The wall is 1.2m high.", "يبلغ ارتفاع الجدار 1.2 كيلومتر."),
            Codes{"compare.unit_mismatch"});
}

// A unit that renders another within a few percent is no other unit: the feddan an acre.
TEST_F(ChecksTest, AFeddanForAnAcre) {
  EXPECT_EQ(Compare("The fire burned 12,000 acres.", "التهم الحريق 12 ألف فدان."), Codes{});
  EXPECT_EQ(Compare("The fire burned 12,000 acres.", "التهم الحريق 12 ألف هكتار."),
            Codes{"compare.unit_mismatch"});
  EXPECT_EQ(Compare("The dam will irrigate 200,000 hectares.", "سيروي السد 200 ألف فدان."),
            Codes{"compare.unit_mismatch"});
}

// A percentage set against another amount by a comparative before it is no share of it.
TEST_F(ChecksTest, AComparativeBeforeAPercentage) {
  const std::string before = "وتراجع محصول الحبوب إلى 31 مليون قنطار، أي ";
  const std::string after = " من محصول الموسم السابق البالغ 55 مليون قنطار.";
  EXPECT_EQ(Check(before + "أقل بنحو 43%" + after), Codes{});
  EXPECT_EQ(Check(before + "أقل بنسبة 43%" + after), Codes{});
  EXPECT_EQ(Check(before + "43%" + after), Codes{"arith.percent_mismatch"});
  // Set against where it began, "عن", the comparative and "by" name a change.
  const std::string exports = "بلغت الصادرات 42 مليون طن، أي أقل بنسبة ";
  EXPECT_EQ(Check(exports + "22% عن 47.7 مليون طن في العام الماضي."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check(exports + "12% عن 47.7 مليون طن في العام الماضي."), Codes{});
}

// Of a value said on both sides in two units, each meets the claim of its own unit first:
// "أمس" (a day ago) is "yesterday", and "منذ أسبوع" the week of "for a week".
TEST_F(ChecksTest, EqualValuesMeetTheirOwnUnitFirst) {
  EXPECT_EQ(Compare("وصل أمس نحو مئتي مسافر عالقين منذ أسبوع.",
                    "About 200 travellers who had been stranded for a week arrived yesterday."),
            Codes{});
  EXPECT_EQ(Compare("وصل أمس نحو مئتي مسافر عالقين منذ شهر.",
                    "About 200 travellers who had been stranded for a week arrived yesterday."),
            Codes{"compare.unit_mismatch"});
}

// Recovered, still being treated and died are fates of an illness no patient shares.
TEST_F(ChecksTest, FatesOfAnIllness) {
  const std::string cases =
      "بلغ عدد المصابين 1500 حالة، شفي منها 1200 وتوفيت 50 حالة، فيما لا تزال ";
  EXPECT_EQ(Check(cases + "250 حالة تحت العلاج."), Codes{});
  EXPECT_EQ(Check(cases + "550 حالة تحت العلاج."), Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the 900 patients, 600 have recovered and 40 died, while 460 are still "
                  "being treated."),
            Codes{"arith.total_mismatch"});
  // Discharged and recovered may be the same patients.
  EXPECT_EQ(Check("The hospital took in 900 patients: 600 have recovered and 500 were "
                  "discharged."),
            Codes{});
}

// Money "in" a bare noun says the form it takes, no place: such parts are listed.
TEST_F(ChecksTest, MoneyInTheFormItTakes) {
  const std::string package = "The $1.5 billion package includes $900 million in loans and ";
  EXPECT_EQ(Check(package + "$600 million in grants."), Codes{});
  EXPECT_EQ(Check(package + "$800 million in grants."), Codes{"arith.total_mismatch"});
  // Two places in no one's name may overlap ("in the north" and "in temporary shelters").
  EXPECT_EQ(Check("The 1,500 displaced include 900 in tents and 800 in schools."), Codes{});
}

// A period said first, then the years it began and ended.
TEST_F(ChecksTest, APeriodThenTheYearsItBeganAndEnded) {
  EXPECT_EQ(Check("استغرق بناء السد 11 عاما، إذ بدأ عام 2011 وانتهى عام 2022."), Codes{});
  EXPECT_EQ(Check("استغرق بناء السد 9 أعوام، إذ بدأ عام 2011 وانتهى عام 2022."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The dam took 11 years, starting in 2011 and ending in 2022."), Codes{});
  EXPECT_EQ(Check("The dam took 9 years, starting in 2011 and ending in 2022."),
            Codes{"time.duration_mismatch"});
}

// Where a change began takes the currency of where it led, resolved by the places named.
TEST_F(ChecksTest, WhereAChangeBeganInTheCurrencyOfAPlace) {
  const std::string wage = "رفعت الحكومة الجزائرية الأجر الأدنى إلى 20 ألف دينار من 18 ألفا، ";
  EXPECT_EQ(Check(wage + "أي بزيادة 11%."), Codes{});
  EXPECT_EQ(Check(wage + "أي بزيادة 21%."), Codes{"arith.change_mismatch"});
}

// Words of a rate's pace or a gap's size say which way its values went; of a time, a pace
// says nothing of them (a doubling that slowed takes longer).
TEST_F(ChecksTest, WordsOfPaceSayTheWay) {
  EXPECT_EQ(Check("Inflation eased to 35.7% in February from 29.8% in January."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Inflation eased to 29.8% in February from 35.7% in January."), Codes{});
  EXPECT_EQ(Check("تباطأ التضخم إلى 3.6% في مايو من 3.1% في أبريل."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The trade deficit widened to $8.1 billion from $9.4 billion."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Case doubling slowed from 2.0 days to 4.7 days."), Codes{});
}

// A fall to a fraction of where it began, said before "to", then the values.
TEST_F(ChecksTest, AFallToAFraction) {
  EXPECT_EQ(Check("انخفض عدد الوفيات إلى النصف، من 800 حالة إلى 400 حالة."), Codes{});
  EXPECT_EQ(Check("انخفض عدد الوفيات إلى النصف، من 800 حالة إلى 500 حالة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Deaths fell to a third, from 900 to 300."), Codes{});
  EXPECT_EQ(Check("Deaths fell to a third, from 900 to 600."), Codes{"arith.change_mismatch"});
  // A rise "to half" says no fall to it; the values falling under a verb of rising are the
  // one slip ("from 800 to 400 is a fall, said to be a rise").
  EXPECT_EQ(Check("ارتفع عدد الطلاب إلى النصف من 800 إلى 400."), Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ارتفع عدد الطلاب إلى النصف من 400 إلى 800."), Codes{});
}

// "Each of" before the items says the price is each one's, as "each" after them does.
TEST_F(ChecksTest, EachOfTheItems) {
  EXPECT_EQ(Check("Each of the 25 employees will get a $2,000 bonus, a total of $50,000."),
            Codes{});
  EXPECT_EQ(Check("Each of the 25 employees will get a $2,000 bonus, a total of $60,000."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("يحصل كل من العمال الـ 40 على 500 دينار، بإجمالي 20 ألف دينار."), Codes{});
  EXPECT_EQ(Check("يحصل كل من العمال الـ 40 على 500 دينار، بإجمالي 25 ألف دينار."),
            Codes{"arith.rate_mismatch"});
}

// The answers of those asked are fates that exclude each other: yes, no, undecided.
TEST_F(ChecksTest, AnswersOfThoseAsked) {
  const std::string asked = "Of the 1,000 people surveyed, 620 said yes, 310 said no and ";
  EXPECT_EQ(Check(asked + "70 were unsure."), Codes{});
  EXPECT_EQ(Check(asked + "150 were unsure."), Codes{"arith.total_mismatch"});
}

// An age said by an ordinal word is compared as any number is, not as a word that refers back.
TEST_F(ChecksTest, AnAgeInAnOrdinalWordAgainstItsDigits) {
  const std::string en = "She won her first Olympic gold at the age of 19.";
  EXPECT_EQ(Compare(en, "فازت بأول ذهبية أولمبية لها وهي في التاسعة عشرة من عمرها."), Codes{});
  const auto found =
      CompareFindings(en, "فازت بأول ذهبية أولمبية لها وهي في الثامنة عشرة من عمرها.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].code, "compare.value_mismatch");
  EXPECT_EQ(found[0].severity, Severity::kError);
}

// Between two ages of one person, a name after a preposition is a place's; another name may be
// another person's.
TEST_F(ChecksTest, TwoAgesWithAPlaceBetween) {
  const std::string moved = "She was 22 when she moved to Paris in 1990, and she died there in ";
  EXPECT_EQ(Check(moved + "2020 aged 52."), Codes{});
  EXPECT_EQ(Check(moved + "2020 aged 55."), Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("He won the title in 2005 at 19, Federer won it in 2017 at 35."), Codes{});
}

// An age in an ordinal's word after a verb of reaching and its subject; in the present it is
// the age now.
TEST_F(ChecksTest, AnOrdinalAgeAfterAVerbAndItsSubject) {
  const std::string now = "يبلغ الرئيس الخامسة والسبعين من عمره، إذ ولد عام ";
  EXPECT_EQ(Check(now + "1949.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check(now + "1945.", nullptr, "2024-06-01"), Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("بلغ الرئيس الخامسة والسبعين من عمره عندما توفي عام 2020، إذ ولد عام 1945.",
                  nullptr, "2024-06-01"),
            Codes{});
}

// Degrees of no scale named are the other side's Celsius or Fahrenheit.
TEST_F(ChecksTest, BareDegreesAgainstAScale) {
  const std::string en = "Temperatures ranged from 18C at night to 41C in the afternoon.";
  EXPECT_EQ(Compare(en, "تراوحت درجات الحرارة بين 18 درجة مئوية ليلا و41 درجة بعد الظهر."),
            Codes{});
  EXPECT_EQ(Compare(en, "تراوحت درجات الحرارة بين 18 درجة مئوية ليلا و44 درجة بعد الظهر."),
            Codes{"compare.value_mismatch"});
}

// A share restated as money "out of" money, the whole's currency said once.
TEST_F(ChecksTest, AShareRestatedAsMoneyOutOfMoney) {
  const std::string loans = "وأوضح أن 35 بالمائة من القروض، أي ";
  EXPECT_EQ(Check(loans + "4.5 مليار دينار من جملة 12.8 مليار، وجهت إلى الخدمات."), Codes{});
  EXPECT_EQ(Check(loans + "5.5 مليار دينار من جملة 12.8 مليار، وجهت إلى الخدمات."),
            Codes{"arith.percent_mismatch"});
}

// "موفى", the Maghreb's "end of", names a month alone as a time.
TEST_F(ChecksTest, AMonthAfterMawfa) {
  const std::string tourism = "وتطورت مداخيل السياحة بنسبة 18.2 بالمائة لتبلغ 2.1 مليار دينار إلى "
                              "موفى ماي، مقابل ";
  EXPECT_EQ(Check(tourism + "1.78 مليار دينار في نفس الفترة من السنة الماضية."), Codes{});
  EXPECT_EQ(Check(tourism + "1.5 مليار دينار في نفس الفترة من السنة الماضية."),
            Codes{"arith.change_mismatch"});
}

// Items, a word of what they are, a comma and their verb before a count of another noun, then
// its average per item.
TEST_F(ChecksTest, ItemsPastACommaThenWhatTheyMade) {
  const std::string firms = "أحدثت 2300 مؤسسة جديدة، وفرت 18 ألف وظيفة، أي بمعدل ";
  EXPECT_EQ(Check(firms + "8 وظائف لكل مؤسسة."), Codes{});
  EXPECT_EQ(Check(firms + "12 وظيفة لكل مؤسسة."), Codes{"arith.rate_mismatch"});
}

// A harvest's tonnes over its hectares: a measure of another dimension per unit of a measure.
TEST_F(ChecksTest, AYieldPerUnitOfLand) {
  const std::string farm = "وأنتجت المزرعة 480 طنا من التمور على مساحة 40 هكتارا، أي بمعدل ";
  EXPECT_EQ(Check(farm + "12 طنا للهكتار الواحد."), Codes{});
  EXPECT_EQ(Check(farm + "15 طنا للهكتار الواحد."), Codes{"arith.rate_mismatch"});
  const std::string wheat = "Farmers harvested 9,600 tonnes of wheat from 800 hectares, an average "
                            "of ";
  EXPECT_EQ(Check(wheat + "12 tonnes per hectare."), Codes{});
  EXPECT_EQ(Check(wheat + "15 tonnes per hectare."), Codes{"arith.rate_mismatch"});
  // Two measures of one dimension are no yield: a road's kilometres over kilometres.
  EXPECT_EQ(Check("The crews paved 120 km of the 400 km road, an average of 2 km per km."),
            Codes{});
}

// "which is" ties a Gregorian date to the Hijri one after it, as "corresponding to" does.
TEST_F(ChecksTest, AHijriDateAfterWhichIs) {
  const std::string eid = "Eid al-Fitr falls on Sunday, March 30, 2025, which is 1 Shawwal ";
  EXPECT_EQ(Check(eid + "1446 AH."), Codes{});
  EXPECT_EQ(Check(eid + "1447 AH."), Codes{"date.hijri_mismatch"});
}

// A term in years from one date to another, more than a year off.
TEST_F(ChecksTest, YearsFromOneDateToAnother) {
  EXPECT_EQ(Check("The striker signed a two-year contract from July 1, 2024 to June 30, 2026."),
            Codes{});
  EXPECT_EQ(Check("The striker signed a four-year contract from July 1, 2024 to June 30, 2026."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("وقع اللاعب عقدا لمدة سنتين يمتد من 1 يوليو 2024 إلى 30 يونيو 2026."), Codes{});
  EXPECT_EQ(Check("وقع اللاعب عقدا لمدة أربع سنوات يمتد من 1 يوليو 2024 إلى 30 يونيو 2026."),
            Codes{"time.duration_mismatch"});
  // A five-year plan a month short or over is said in whole years.
  EXPECT_EQ(Check("The five-year plan runs from January 2021 to December 2025."), Codes{});
  // The first date right after the term, then "until" the other.
  const std::string running = " contract on July 1, 2024, running until June 30, 2026.";
  EXPECT_EQ(Check("The striker signed a two-year" + running), Codes{});
  EXPECT_EQ(Check("The striker signed a four-year" + running), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("وقع اللاعب عقدا لمدة أربع سنوات في 1 يوليو 2024 يمتد حتى 30 يونيو 2026."),
            Codes{"time.duration_mismatch"});
  // So days, "and runs until" the second.
  EXPECT_EQ(Check("The 20-day festival opens on July 1 and runs until July 20."), Codes{});
  EXPECT_EQ(Check("The 10-day festival opens on July 1 and runs until July 20."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("يفتتح المعرض الذي يستمر 10 أيام في 1 يوليو ويستمر حتى 20 يوليو."),
            Codes{"time.duration_mismatch"});
}

// Two times back in units of one base are one claim said with two values.
TEST_F(ChecksTest, CompareTimesBackInTwoUnits) {
  const std::string en = "The census counted 11.8 million people, against 10.9 million a decade "
                         "earlier.";
  const std::string ar = "وأحصى التعداد 11.8 مليون نسمة، مقابل 10.9 ملايين قبل ";
  EXPECT_EQ(Compare(en, ar + "عشر سنوات."), Codes{});
  EXPECT_EQ(Compare(en, ar + "عشرين عاما."), Codes{"compare.value_mismatch"});
  EXPECT_EQ(Compare("The minister resigned after 18 months in office.",
                    "استقال الوزير بعد عامين ونصف في منصبه."),
            Codes{"compare.value_mismatch"});
}

// How long after another a part falls is none of the parts: the list goes on past it.
TEST_F(ChecksTest, PartsPastHowLongAfterTheyFall) {
  const std::string deal = "وبلغت قيمة الصفقة 1.8 مليار ريال، تدفع على ثلاث دفعات: ";
  const std::string rest =
      " مليون ريال عند التوقيع و500 مليون ريال بعد عام و500 مليون ريال عند التسليم.";
  EXPECT_EQ(Check(deal + "800" + rest), Codes{});
  EXPECT_EQ(Check(deal + "600" + rest), Codes{"arith.total_mismatch"});
  const std::string en = "The deal is worth 1.8 billion riyals, paid in installments: ";
  const std::string tail =
      " million riyals on signing, 500 million a year later and 500 million on delivery.";
  EXPECT_EQ(Check(en + "800" + tail), Codes{});
  EXPECT_EQ(Check(en + "600" + tail), Codes{"arith.total_mismatch"});
}

// The rest of a whole given a clause of its own after "while", "فيما".
TEST_F(ChecksTest, SharesWithTheRestInAClauseOfItsOwn) {
  const std::string ar = "وتوزعت الأصوات بين المرشح الأول بنسبة 52.3 بالمئة والثاني بنسبة 44.1 "
                         "بالمئة، فيما حصل بقية المرشحين على ";
  EXPECT_EQ(Check(ar + "3.6 بالمئة."), Codes{});
  EXPECT_EQ(Check(ar + "6.6 بالمئة."), Codes{"arith.percent_sum"});
  const std::string en = "The incumbent won 52.3% of the vote and his rival 44.1%, while the rest "
                         "of the candidates took ";
  EXPECT_EQ(Check(en + "3.6%."), Codes{});
  EXPECT_EQ(Check(en + "1.6%."), Codes{"arith.percent_sum"});
  // Rates of places, no whole shared out or named: each its own.
  EXPECT_EQ(Check("Unemployment stood at 12% in the capital and 9% in Oran, while the rest of "
                  "the country recorded 15%."),
            Codes{});
}

// Shares of people "of them" each put somewhere: no one is in two places.
TEST_F(ChecksTest, SharesOfPeopleByWhereTheyAre) {
  const std::string en = "The company employs 12,500 people, ";
  EXPECT_EQ(Check(en + "50% of them in Europe, 35% in Asia and 15% in the Americas."), Codes{});
  EXPECT_EQ(Check(en + "60% of them in Europe, 35% in Asia and 15% in the Americas."),
            Codes{"arith.percent_sum"});
  const std::string ar = "ويعمل لدى الشركة 12500 شخص، ";
  EXPECT_EQ(Check(ar + "60 بالمئة منهم في أوروبا و35 بالمئة في آسيا و15 بالمئة في الأمريكتين."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check(ar + "50 بالمئة منهم في أوروبا و35 بالمئة في آسيا و15 بالمئة في الأمريكتين."),
            Codes{});
}

// A rate restated twice, "and" between the two: each restates the first.
TEST_F(ChecksTest, ARateRestatedTwice) {
  const std::string ar = "وبلغ إنتاج الحقل 180 ألف برميل يوميا، أي نحو 5.4 مليون برميل شهريا و";
  EXPECT_EQ(Check(ar + "66 مليون برميل سنويا."), Codes{});
  EXPECT_EQ(Check(ar + "75 مليون برميل سنويا."), Codes{"arith.rate_mismatch"});
  const std::string en = "The field pumps 180,000 barrels a day, or about 5.4 million a month and ";
  EXPECT_EQ(Check(en + "66 million a year."), Codes{});
  EXPECT_EQ(Check(en + "75 million a year."), Codes{"arith.rate_mismatch"});
}

// A share in words against the count it makes of a whole both texts state; a sum one text adds
// of the counts right beside it.
TEST_F(ChecksTest, CompareASharesCountAndAnAddedSum) {
  const std::string half = "Half of the 1,200 employees work from home.";
  EXPECT_EQ(Compare(half, "ويعمل 600 من أصل 1200 موظف من المنزل."), Codes{});
  EXPECT_EQ(Compare(half, "ويعمل 500 من أصل 1200 موظف من المنزل."),
            Codes{"compare.value_mismatch"});
  const std::string plane = "The plane was carrying 150 passengers and six crew.";
  const std::string people = " شخصا، هم 150 راكبا و6 من أفراد الطاقم.";
  EXPECT_EQ(Compare(plane, "وكان على متن الطائرة 156" + people), Codes{});
  EXPECT_EQ(Compare(plane, "وكان على متن الطائرة 165" + people), Codes{"compare.extra"});
  EXPECT_EQ(Compare("The plane was carrying 156 people: 150 passengers and six crew.",
                    "وكانت الطائرة تقل 150 راكبا و6 من أفراد الطاقم."),
            Codes{});
}

// Of two claims of one value, the one of the same kind meets it first; a percentage a text adds
// of two counts both texts state is no extra.
TEST_F(ChecksTest, CompareSameKindFirstAndAnAddedShare) {
  EXPECT_EQ(Compare("The number of visitors rose tenfold in a decade, to 2 million.",
                    "وتضاعف عدد الزوار عشر مرات خلال عشر سنوات ليبلغ مليوني زائر."),
            Codes{});
  const std::string cut = "The company cut 1,000 of its 20,000 jobs.";
  const std::string ar = "وألغت الشركة ألف وظيفة من أصل 20 ألفا، أي ";
  EXPECT_EQ(Compare(cut, ar + "5 بالمئة من الوظائف."), Codes{});
  EXPECT_EQ(Compare(cut, ar + "8 بالمئة من الوظائف."), Codes{"compare.extra"});
  EXPECT_EQ(Compare("The ceasefire took effect after 15 months of fighting.",
                    "ودخل وقف إطلاق النار حيز التنفيذ بعد عام وثلاثة أشهر من القتال."),
            Codes{});
}

// Points and basis points convert; points a text adds of two percentages, and a change said by
// how much on one side and by where it began on the other, are no slips.
TEST_F(ChecksTest, ComparePointsAndAChangeSaidTwoWays) {
  const std::string cut = "وخفض البنك الفائدة بربع نقطة مئوية.";
  EXPECT_EQ(Compare(cut, "The bank cut its rate by 25 basis points."), Codes{});
  EXPECT_EQ(Compare(cut, "The bank cut its rate by 50 basis points."),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Check("The bank cut rates by 25 basis points, or 0.5 percentage points."),
            Codes{"arith.conversion_mismatch"});
  const std::string vote = "وفاز المرشح بـ 55 بالمئة من الأصوات مقابل 45 بالمئة لمنافسه.";
  EXPECT_EQ(Compare(vote, "The candidate beat his rival by 10 percentage points, 55% to 45%."),
            Codes{});
  EXPECT_EQ(Compare(vote, "The candidate beat his rival by 20 percentage points, 55% to 45%."),
            Codes{"compare.extra"});
  const std::string fell = "Unemployment fell to 480,000 from 500,000.";
  EXPECT_EQ(Compare("وانخفض عدد العاطلين عن العمل بمقدار 20 ألفا إلى 480 ألفا.", fell), Codes{});
  EXPECT_EQ(Compare("وانخفض عدد العاطلين عن العمل بمقدار 30 ألفا إلى 480 ألفا.", fell),
            Codes{"compare.value_mismatch"});
}

// One rate per another unit of time; two-thirds of a whole and its count; a conversion in
// brackets that a translation leaves out is worth a note, no more.
TEST_F(ChecksTest, CompareRatesSharesAndConversionsLeftOut) {
  const std::string plant = "The plant will produce 300,000 tonnes a year.";
  EXPECT_EQ(Compare(plant, "وسينتج المصنع 25 ألف طن شهريا."), Codes{});
  EXPECT_EQ(Compare(plant, "وسينتج المصنع 35 ألف طن شهريا."), Codes{"compare.value_mismatch"});
  const std::string members = "Two-thirds of the 90 members voted in favour.";
  EXPECT_EQ(Compare(members, "وصوت 60 من الأعضاء التسعين لصالح القرار."), Codes{});
  EXPECT_EQ(Compare(members, "وصوت 50 من الأعضاء التسعين لصالح القرار."), Codes{"compare.extra"});
  EXPECT_EQ(Compare("Exports to China fell by a fifth last year.",
                    "تراجعت الصادرات إلى الصين بمقدار الربع العام الماضي."),
            Codes{"compare.value_mismatch"});
  const std::vector<Finding> f = CompareFindings(
      "The aid package is worth 50 million euros ($54 million).",
      "وتبلغ قيمة حزمة المساعدات 50 مليون يورو.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].code, "compare.missing");
  EXPECT_EQ(f[0].severity, Severity::kInfo);
}

// "jumped 25-fold": an English count of folds after a verb of growing multiplies; the span an
// earlier rate was of may stand between it and the change.
TEST_F(ChecksTest, FoldsInEnglishAndASpanAfterTheEarlierRate) {
  const std::string profit = "Operating profit jumped ";
  const std::string values = " to 10.44 trillion won from 670 billion won a year earlier.";
  EXPECT_EQ(Check(profit + "more than 15-fold" + values), Codes{});
  EXPECT_EQ(Check(profit + "25-fold" + values), Codes{"arith.change_mismatch"});
  // "times" counts occasions as often: left alone.
  EXPECT_EQ(Check("Sales rose 3 times this year, from $1 million to $2 million."), Codes{});
  const std::string gdp = "GDP growth slowed to 6.7% from 7.8% in the previous three months, a "
                          "drop of ";
  EXPECT_EQ(Check(gdp + "1.1 percentage points."), Codes{});
  EXPECT_EQ(Check(gdp + "1.5 percentage points."), Codes{"arith.change_mismatch"});
}

// A trade balance whose imports leave their currency to the exports beside them.
TEST_F(ChecksTest, ABalanceWithABareAmount) {
  const std::string trade = "Exports rose 1.6% to 135.1 billion euros, while imports fell 1.3% to "
                            "112.9 billion, leaving a surplus of ";
  EXPECT_EQ(Check(trade + "22.3 billion euros."), Codes{});
  EXPECT_EQ(Check(trade + "27.3 billion euros."), Codes{"arith.total_mismatch"});
}

// A birth after a glued "و" and a death "last month": the age is counted to the publication.
TEST_F(ChecksTest, ADeathLastMonthAfterABirthYear) {
  const std::string on = "2024-06-01";
  EXPECT_EQ(Check("وولد الفنان عام 1956 في حلب، وتوفي الشهر الماضي عن 68 عاما.", nullptr, on),
            Codes{});
  EXPECT_EQ(Check("وولد الفنان عام 1946 في حلب، وتوفي الشهر الماضي عن 68 عاما.", nullptr, on),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The artist, born in 1946 in Aleppo, died last month at the age of 68.", nullptr,
                  on),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("The artist, born in 1956 in Aleppo, died last month at the age of 68.", nullptr,
                  on),
            Codes{});
}

// The share of the votes counted so far is of its own whole, no party's.
TEST_F(ChecksTest, TheVotesCountedSoFarApart) {
  const std::string en = "With 98% of votes counted, the ruling party had ";
  EXPECT_EQ(Check(en + "41.2%, the opposition 38.7% and independents 12.1%."), Codes{});
  EXPECT_EQ(Check(en + "51.2%, the opposition 38.7% and independents 12.1%."),
            Codes{"arith.percent_sum"});
  const std::string ar = "وبعد فرز 98 بالمئة من الأصوات، حصل الحزب الحاكم على ";
  const std::string rest = " بالمئة والمعارضة على 38.7 بالمئة والمستقلون على 12.1 بالمئة.";
  EXPECT_EQ(Check(ar + "41.2" + rest), Codes{});
  EXPECT_EQ(Check(ar + "51.2" + rest), Codes{"arith.percent_sum"});
}

// A year and the years back to it from the publication are one claim; with no publication
// date, a year and years ago that disagree are only a note.
TEST_F(ChecksTest, CompareAYearAndTheYearsBackToIt) {
  const std::string en = "The agreement, signed in 2015, expires in 2030.";
  const std::string ar = "وتنتهي صلاحية الاتفاقية، التي وقعت قبل %s سنوات، عام 2030.";
  const auto signed_ago = [&](const std::string& years) {
    std::string t = ar;
    t.replace(t.find("%s"), 2, years);
    return t;
  };
  EXPECT_EQ(Serious(CompareFindings(en, signed_ago("تسع"), "2024-06-01")), Codes{});
  EXPECT_EQ(Serious(CompareFindings(en, signed_ago("ست"), "2024-06-01")),
            Codes{"compare.value_mismatch"});
  EXPECT_EQ(Serious(CompareFindings(en, signed_ago("ست"))), Codes{});
}

// A change a translation adds of two counts both state, in the way a word of rising says; a
// change said by how much against where it began after "من".
TEST_F(ChecksTest, CompareAnAddedChangeAndWhereItBegan) {
  const std::string en = "The festival drew 80,000 visitors, up from 64,000 last year.";
  const std::string ar = "واستقطب المهرجان 80 ألف زائر مقابل 64 ألفا العام الماضي، أي بزيادة ";
  EXPECT_EQ(Compare(en, ar + "25 بالمئة."), Codes{});
  EXPECT_EQ(Compare(en, ar + "20 بالمئة."), Codes{"compare.extra"});
  EXPECT_EQ(Compare("Prices rose by $5 to $45.", "وارتفعت الأسعار إلى 45 دولارا من 40 دولارا."),
            Codes{});
  EXPECT_EQ(Compare("Prices rose by $5 to $45.", "وارتفعت الأسعار إلى 45 دولارا من 35 دولارا."),
            Codes{"compare.value_mismatch"});
}

// A yield a year over land: the unit of time after the harvest is the yield's too; "a yield
// of" and "بإنتاجية" say the average.
TEST_F(ChecksTest, AYieldAYearAndItsWords) {
  const std::string farm = "وتنتج المزرعة 12 طنا من التمور سنويا على مساحة 30 هكتارا، أي ";
  EXPECT_EQ(Check(farm + "400 كيلوغرام للهكتار."), Codes{});
  EXPECT_EQ(Check(farm + "500 كيلوغرام للهكتار."), Codes{"arith.rate_mismatch"});
  const std::string wheat =
      "Output reached 3.6 million tonnes from 1.2 million hectares, a yield of ";
  EXPECT_EQ(Check(wheat + "3 tonnes per hectare."), Codes{});
  EXPECT_EQ(Check(wheat + "4 tonnes per hectare."), Codes{"arith.rate_mismatch"});
  const std::string ar = "وبلغ إنتاج القمح 3.6 مليون طن من مساحة 1.2 مليون هكتار، بإنتاجية ";
  EXPECT_EQ(Check(ar + "3 أطنان للهكتار."), Codes{});
  EXPECT_EQ(Check(ar + "4 أطنان للهكتار."), Codes{"arith.rate_mismatch"});
}

// The years between a start and an end said by their month, the start by a verb of making
// ("launched", "founded"), the period after the end; a term with its expiry after it.
TEST_F(ChecksTest, YearsOfMonthsAndTermsThatExpire) {
  const std::string en = "The project, launched in March 2019, was completed in March 2024, ";
  EXPECT_EQ(Check(en + "five years later."), Codes{});
  EXPECT_EQ(Check(en + "seven years later."), Codes{"time.duration_mismatch"});
  const std::string ar = "وأطلق المشروع في مارس 2019 واكتمل في مارس 2024، أي بعد ";
  EXPECT_EQ(Check(ar + "خمس سنوات."), Codes{});
  EXPECT_EQ(Check(ar + "سبع سنوات."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The company, founded in 1984, went public in 1999, 15 years later."),
            Codes{});
  EXPECT_EQ(Check("The company, founded in 1984, went public in 1999, 10 years later."),
            Codes{"time.duration_mismatch"});
  const std::string term = "The contract, signed in 2020 for five years, expires in ";
  EXPECT_EQ(Check(term + "2025."), Codes{});
  EXPECT_EQ(Check(term + "2027."), Codes{"time.duration_mismatch"});
}

// Items each at a price and the total cost said after "at a total cost of", the items after
// "each of" and a long noun.
TEST_F(ChecksTest, EachAtAPriceAndTheTotalCost) {
  const std::string en =
      "Each of the 25 employees will receive a $2,000 bonus, at a total cost of ";
  EXPECT_EQ(Check(en + "$50,000."), Codes{});
  EXPECT_EQ(Check(en + "$60,000."), Codes{"arith.rate_mismatch"});
  const std::string ar =
      "ويحصل كل من الموظفين الـ 25 على مكافأة قدرها 2000 دولار، بتكلفة إجمالية قدرها ";
  EXPECT_EQ(Check(ar + "50 ألف دولار."), Codes{});
  EXPECT_EQ(Check(ar + "60 ألف دولار."), Codes{"arith.rate_mismatch"});
}

// A change against the year it began in, then a clause of that year's level ("when it
// carried", "حين نقلت").
TEST_F(ChecksTest, AChangeAgainstAYearWhenItWasSo) {
  const std::string en = "The airline carried 34 million passengers in 2023, 20% more than in "
                         "2022, when it carried ";
  EXPECT_EQ(Check(en + "28.3 million."), Codes{});
  EXPECT_EQ(Check(en + "24.3 million."), Codes{"arith.change_mismatch"});
  const std::string ar = "ونقلت الشركة 34 مليون مسافر في 2023، بزيادة 20 بالمئة عن 2022، حين نقلت ";
  EXPECT_EQ(Check(ar + "28.3 مليون مسافر."), Codes{});
  EXPECT_EQ(Check(ar + "24.3 مليون مسافر."), Codes{"arith.change_mismatch"});
}

// A price said first by its verb of costing, then its change as an amount and a share.
TEST_F(ChecksTest, APriceThenItsChange) {
  const std::string en = "The car costs $38,000, up $2,000, or ";
  EXPECT_EQ(Check(en + "5.6%, from last year."), Codes{});
  EXPECT_EQ(Check(en + "7.6%, from last year."), Codes{"arith.change_mismatch"});
  const std::string ar = "ويبلغ سعرها 38 ألف دولار، بزيادة 2000 دولار أو ";
  EXPECT_EQ(Check(ar + "5.6 بالمئة."), Codes{});
  EXPECT_EQ(Check(ar + "7.6 بالمئة."), Codes{"arith.change_mismatch"});
}

// "square km" and "sq miles" are units of area; "بسرعة متوسطة بلغت" says an average speed.
TEST_F(ChecksTest, AreasInShortUnitsAndAnAverageSpeedReached) {
  EXPECT_EQ(Check("The reserve covers 2,500 square km (965 square miles)."), Codes{});
  EXPECT_EQ(Check("The reserve covers 2,500 sq km (1,965 sq miles)."),
            Codes{"arith.conversion_mismatch"});
  const std::string ar = "وقطع المتسابقون مسافة 160 كيلومترا في 4 ساعات، بسرعة متوسطة بلغت ";
  EXPECT_EQ(Check(ar + "40 كيلومترا في الساعة."), Codes{});
  EXPECT_EQ(Check(ar + "45 كيلومترا في الساعة."), Codes{"arith.rate_mismatch"});
}

// English names of the Islamic feasts a translation renders as Arabic holiday names.
TEST_F(ChecksTest, CompareIslamicFeastsNamedInEnglish) {
  EXPECT_EQ(Compare("The Hijri New Year fell on July 7.", "وصادف رأس السنة الهجرية 7 يوليو."),
            Codes{});
  EXPECT_EQ(Compare("Muslims marked the Prophet's Birthday on September 15.",
                    "واحتفل المسلمون بالمولد النبوي الشريف يوم 15 سبتمبر."),
            Codes{});
  EXPECT_EQ(Compare("Muslims marked the Mawlid on September 15.",
                    "واحتفل المسلمون بالمولد النبوي الشريف يوم 14 سبتمبر."),
            Codes{"compare.date_mismatch"});
}

// A part restated after a second share is that share's, not the first's; about half is
// weighed as half; a period "in captivity" is what lasted it.
TEST_F(ChecksTest, PartOfTheSecondShareAboutHalfAndCaptivity) {
  const std::string seats = "ويبلغ عدد أعضاء المجلس 150 عضوا، تنتخب ثلثيهم مباشرة ويعين الثلث "
                            "الباقي، أي 50 عضوا.";
  EXPECT_EQ(Check(seats), Codes{});
  const std::string half = "وتراجع عدد الزوار إلى النصف تقريبا، من 2.4 مليون إلى ";
  EXPECT_EQ(Check(half + "1.25 مليون زائر."), Codes{});
  EXPECT_EQ(Check(half + "1.85 مليون زائر."), Codes{"arith.change_mismatch"});
  const std::string held = "They were seized on March 12 and released on April 28, after ";
  EXPECT_EQ(Check(held + "47 days in captivity."), Codes{});
  EXPECT_EQ(Check(held + "57 days in captivity."), Codes{"time.duration_mismatch"});
  const std::string grads = "وتخرج في الدفعة الجديدة 1250 طالبا، ثلاثة أخماسهم من الإناث، أي ";
  EXPECT_EQ(Check(grads + "750 طالبة."), Codes{});
  EXPECT_EQ(Check(grads + "850 طالبة."), Codes{"arith.percent_mismatch"});
}

// "or" between a Gregorian date and a Hijri one says the same day.
TEST_F(ChecksTest, AHijriDateAfterOr) {
  const std::string eid = "Eid al-Adha began on Sunday, June 16, 2024, or 10 Dhu al-Hijjah ";
  EXPECT_EQ(Check(eid + "1445."), Codes{});
  EXPECT_EQ(Check(eid + "1444."), Codes{"date.hijri_mismatch"});
}

// A period, then right after it the range of years it spans, "from" opening it; "between"
// names a time within the range.
TEST_F(ChecksTest, APeriodRightBeforeItsYears) {
  const std::string en = "The former president, who ruled for ";
  EXPECT_EQ(Check(en + "23 years from 1987 to 2010, died aged 89."), Codes{});
  EXPECT_EQ(Check(en + "28 years from 1987 to 2010, died aged 89."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("وحكم البلاد 28 عاما من 1987 إلى 2010."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("He spent three years between 2010 and 2020 working abroad."), Codes{});
  EXPECT_EQ(Check("وقضى ثلاث سنوات بين 2010 و2020 في الخارج."), Codes{});
}

// An amount per one unit of time restated per another in another unit of its dimension: a
// rate, weighed in one unit, and no conversion of one amount.
TEST_F(ChecksTest, ARateRestatedInAnotherUnit) {
  const std::string ar = "وبلغ متوسط استهلاك الفرد من المياه 150 لترا يوميا، أي ";
  EXPECT_EQ(Check(ar + "54.75 مترا مكعبا سنويا."), Codes{});
  EXPECT_EQ(Check(ar + "64.75 مترا مكعبا سنويا."), Codes{"arith.rate_mismatch"});
  const std::string en = "The mine produces 400 kg of gold a month, or about ";
  EXPECT_EQ(Check(en + "4.8 tonnes a year."), Codes{});
  EXPECT_EQ(Check(en + "6.8 tonnes a year."), Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The pipeline carries 45,000 barrels a day, or 9.2 million litres."),
            Codes{"arith.conversion_mismatch"});
  // The unit of time after a bracket is both amounts': a conversion.
  EXPECT_EQ(Check("He uses 150 litres (60 gallons) a day."), Codes{"arith.conversion_mismatch"});
}

// Months between two days, with or without their year, weighed by the days too.
TEST_F(ChecksTest, MonthsBetweenTwoDays) {
  const std::string ar = "وتمتد الحملة من 15 جويلية إلى 15 سبتمبر، أي ";
  EXPECT_EQ(Check(ar + "شهرين."), Codes{});
  EXPECT_EQ(Check(ar + "ثلاثة أشهر."), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The season runs from November 1 to March 31, five months."), Codes{});
  EXPECT_EQ(Check("The season runs from November 1 to March 31, seven months."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The offer runs from July 1 to September 30, 2024, three months."), Codes{});
}

// Years later that may count from an earlier year of the sentence are that span's, not a
// time from the publication; the quintal is a hundred kilograms.
TEST_F(ChecksTest, YearsLaterFromAnEarlierYearAndQuintals) {
  const std::string ar = "وأوضح أن المشروع، الذي انطلق سنة 2019، سيتم استكماله سنة 2026، أي بعد ";
  EXPECT_EQ(Check(ar + "7 سنوات.", nullptr, "2024-06-01"), Codes{});
  EXPECT_EQ(Check(ar + "9 سنوات.", nullptr, "2024-06-01"), Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("ومن المتوقع أن يكتمل المشروع في 2030، أي بعد 9 سنوات.", nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  const std::string grain = "وقدرت صابة الحبوب بـ 1.2 مليون طن، أي نحو ";
  EXPECT_EQ(Check(grain + "12 مليون قنطار."), Codes{});
  EXPECT_EQ(Check(grain + "15 مليون قنطار."), Codes{"arith.conversion_mismatch"});
}

// A rate from the year it starts, restated per another unit of time.
TEST_F(ChecksTest, ARateFromAYearRestated) {
  const std::string en = "The plant will produce 500,000 tonnes of steel a year from 2027, or about ";
  EXPECT_EQ(Check(en + "1,370 tonnes a day."), Codes{});
  EXPECT_EQ(Check(en + "2,370 tonnes a day."), Codes{"arith.rate_mismatch"});
  const std::string ar = "وسينتج المصنع 500 ألف طن من الصلب سنويا اعتبارا من 2027، أي نحو ";
  EXPECT_EQ(Check(ar + "1370 طنا يوميا."), Codes{});
  EXPECT_EQ(Check(ar + "2370 طنا يوميا."), Codes{"arith.rate_mismatch"});
}

// A percentage set off after "the rest" is the rest's share, no restatement of the fraction
// before it.
TEST_F(ChecksTest, TheRestsShareAfterAFraction) {
  EXPECT_EQ(Check("Half of those polled backed the plan, a third opposed it and the rest, 17%, "
                  "were undecided."),
            Codes{});
  EXPECT_EQ(Check("About a third of respondents, 43%, said yes."),
            Codes{"arith.percent_mismatch"});
}

// "over" right after an amount spreads it across the items counted next.
TEST_F(ChecksTest, AnAmountOverItems) {
  const std::string en = "The race covers 3,400 km over 21 stages, an average of about ";
  EXPECT_EQ(Check(en + "162 km a stage."), Codes{});
  EXPECT_EQ(Check(en + "192 km a stage."), Codes{"arith.rate_mismatch"});
}

// An amount per a unit of time said after what it is of.
TEST_F(ChecksTest, CompareAnAmountOfAThingPerATime) {
  const std::string en = "Each person uses 150 litres of water a day.";
  EXPECT_EQ(Compare(en, "ويستهلك الفرد 150 لترا من المياه يوميا."), Codes{});
  EXPECT_EQ(Compare(en, "ويستهلك الفرد 150 لترا من المياه أسبوعيا."),
            Codes{"compare.unit_mismatch"});
}

// Rates per second and per minute restated per hour; the part after "the rest" is the rest's.
TEST_F(ChecksTest, RatesPerSecondAndTheRestsPart) {
  const std::string ar = "ويضخ البئر 30 لترا في الثانية، أي ";
  EXPECT_EQ(Check(ar + "108 أمتار مكعبة في الساعة."), Codes{});
  EXPECT_EQ(Check(ar + "208 أمتار مكعبة في الساعة."), Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The heart beats 70 times a minute, or 5,200 times an hour."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("واستقبلت المستشفيات 1200 مريض خلال الأسبوع، ثلثهم من الأطفال، والباقي، أي "
                  "800، من البالغين."),
            Codes{});
}

// A year before the noun it dates, then past a comma the word of its making and the years ago.
TEST_F(ChecksTest, AYearBeforeItsNounMadeYearsAgo) {
  EXPECT_EQ(Check("The 1979 treaty, signed 45 years ago, is still in force.", nullptr,
                  "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The 1979 treaty, signed 35 years ago, is still in force.", nullptr,
                  "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The 1979 treaty, amended 15 years ago, is still in force.", nullptr,
                  "2024-06-01"),
            Codes{});
}

// Items, their time, what they spent and its average per item.
TEST_F(ChecksTest, ItemsWithTheirTimeThenWhatTheySpent) {
  const std::string ar = "واستقبلت البلاد 14.2 مليون سائح العام الماضي، أنفقوا 9.8 مليار دولار، "
                         "بمتوسط ";
  EXPECT_EQ(Check(ar + "690 دولارا للسائح."), Codes{});
  EXPECT_EQ(Check(ar + "890 دولارا للسائح."), Codes{"arith.rate_mismatch"});
}

// Items counted about so many before the total they share and its average, a tenth either way.
TEST_F(ChecksTest, ItemsAboutSoManyBeforeTheirTotal) {
  const std::string en = "Some 3,000 farmers received $15 million in 2023, an average of ";
  EXPECT_EQ(Check(en + "$5,500 each."), Codes{});
  EXPECT_EQ(Check(en + "$7,000 each."), Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("ونال نحو 3 آلاف مزارع قروضا بقيمة 15 مليون دولار، بمعدل 7 آلاف دولار للمزارع."),
            Codes{"arith.rate_mismatch"});
}

TEST_F(ChecksTest, ThingsSpacedAlongALength) {
  EXPECT_EQ(Check("The tram line is 36 km long and has 24 stops, one every 2.5 km."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The tram line is 36 km long and has 24 stops, one every 1.5 km."), Codes{});
  EXPECT_EQ(Check("يمتد الطريق على 90 كم وتنتشر عليه 10 محطات، بمعدل محطة كل 15 كم."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("يمتد الطريق على 90 كم وتنتشر عليه 10 محطات، بمعدل محطة كل 9 كم."), Codes{});
  // A mean gap: things stand unevenly along a length, the more so where it is about so much.
  EXPECT_EQ(Check("The 800 km coast has 35 beaches, one every 20 km or so."), Codes{});
  // A length with an aside of its own between is no length the things stand along.
  EXPECT_EQ(Check("The tram line is 36 km long, 12 km of it in tunnels, and has 24 stops, one "
                  "every 1.5 km."),
            Codes{});
}

TEST_F(ChecksTest, PartAboutSoMuchAfterAWordOrTwoOfTheWhole) {
  EXPECT_EQ(Check("Women made up 52% of the 4 million who voted, about 1.5 million people."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Women made up 52% of the 4 million who voted, about 2.1 million people."),
            Codes{});
}

TEST_F(ChecksTest, PeriodAfterAnAbsenceSinceAnEvent) {
  EXPECT_EQ(Check("عاد النادي إلى الدوري الممتاز عام 2019 بعد غياب دام 20 عاما منذ هبوطه في 1996."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("عاد النادي إلى الدوري الممتاز عام 2019 بعد غياب دام 23 عاما منذ هبوطه في 1996."),
            Codes{});
  EXPECT_EQ(Check("The club returned to the top flight in 2019 after an absence of 20 years since "
                  "it went down in 1996."),
            Codes{"time.duration_mismatch"});
  // No word of "after" before the period: "since" counts to now, or to no year said.
  EXPECT_EQ(Check("In 2019 the club had spent 20 years in the second tier since it went down in "
                  "1996."),
            Codes{});
}

TEST_F(ChecksTest, AboutASmallShareIsNearIt) {
  EXPECT_EQ(Check("تبلغ مساحة الغابة 1500 كيلومتر مربع، أي نحو 5% من مساحة البلاد البالغة 50 ألف "
                  "كيلومتر مربع."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تبلغ مساحة الغابة 1500 كيلومتر مربع، أي نحو 3% من مساحة البلاد البالغة 50 ألف "
                  "كيلومتر مربع."),
            Codes{});
  // About a large share may be a few points off.
  EXPECT_EQ(Check("The forest covers 1,700 square km, or about 35% of the 5,000 square km "
                  "region."),
            Codes{});
}

TEST_F(ChecksTest, LevelBelowItsPeak) {
  EXPECT_EQ(Check("Copper traded at $7,300 a tonne, 15% below its peak of $10,700."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Copper traded at $7,300 a tonne, 32% below its peak of $10,700."), Codes{});
  EXPECT_EQ(Check("The shares closed at $48, 15% below their record high of $72."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The shares closed at $48, a third below their record high of $72."),
            Codes{});
}

TEST_F(ChecksTest, AverageBeforeTheItemsItIsPer) {
  EXPECT_EQ(Check("The scheme costs $600 million, or about $400 for each of its 2.5 million "
                  "members."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The scheme costs $600 million, or about $400 for each of its 1.5 million "
                  "members."),
            Codes{});
  EXPECT_EQ(Check("خصصت الوزارة 90 مليون دينار، أي 600 دينار لكل واحد من 300 ألف طالب."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("خصصت الوزارة 90 مليون دينار، أي 300 دينار لكل واحد من 300 ألف طالب."),
            Codes{});
  // Not restated past a comma: what each gets may be one part of the total.
  EXPECT_EQ(Check("The scheme costs $600 million and pays $400 for each of its 2 million "
                  "members."),
            Codes{});
}

TEST_F(ChecksTest, VotesForWhatAgainstTheOtherSideOutOfMembers) {
  EXPECT_EQ(Check("صوت 150 نائبا لصالح مشروع القانون مقابل 60 وامتناع 12 عن التصويت، من أصل 217 "
                  "نائبا."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("صوت 150 نائبا لصالح مشروع القانون مقابل 50 وامتناع 12 عن التصويت، من أصل 217 "
                  "نائبا."),
            Codes{});
}

TEST_F(ChecksTest, ArabicTermSignedForYearsThatEnds) {
  EXPECT_EQ(Check("أبرمت الشركة العقد عام 2010 لمدة 20 عاما، وينتهي بذلك في 2033."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("أبرمت الشركة العقد عام 2010 لمدة 20 عاما، وينتهي بذلك في 2030."), Codes{});
  EXPECT_EQ(Check("وقعت الاتفاقية عام 2001 لمدة 25 عاما تنتهي عام 2029."),
            Codes{"time.duration_mismatch"});
}

TEST_F(ChecksTest, ConversionAboutSoMuchPastAWordOfTheMeasure) {
  EXPECT_EQ(Check("The canal is 193 km long, about 150 miles."),
            Codes{"arith.conversion_mismatch"});
  EXPECT_EQ(Check("The canal is 193 km long, about 120 miles."), Codes{});
}

TEST_F(ChecksTest, LossOfAQuotedCurrencysValue) {
  EXPECT_EQ(Check("The lira fell from 8.5 to 17 to the dollar, losing half its value."), Codes{});
  EXPECT_EQ(Check("The lira fell from 8.5 to 17 to the dollar, losing 50% of its value."),
            Codes{});
  EXPECT_EQ(Check("The lira fell from 8.5 to 17 to the dollar, losing a quarter of its value."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تراجعت الليرة من 8.5 ليرات للدولار إلى 17 ليرة، أي فقدت نصف قيمتها."), Codes{});
  // Rates are quoted more ways than one: a loss near the value's is no slip.
  EXPECT_EQ(Check("The peso fell 50% against the dollar last year, from 350 to 800."), Codes{});
}

TEST_F(ChecksTest, BareValuesChangingByYears) {
  EXPECT_EQ(Check("Life expectancy rose from 58 in 1980 to 69 in 2020, a gain of 13 years."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Life expectancy rose from 58 in 1980 to 69 in 2020, a gain of 11 years."),
            Codes{});
  EXPECT_EQ(Check("ارتفع متوسط العمر المتوقع من 58 إلى 69، أي بزيادة 13 عاما."),
            Codes{"arith.change_mismatch"});
}

TEST_F(ChecksTest, AverageOfItemsPastACommaAlone) {
  EXPECT_EQ(Check("The mine's 40 trucks haul 3,200 tonnes of ore a day, 100 tonnes per truck."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The mine's 40 trucks haul 3,200 tonnes of ore a day, 80 tonnes per truck."),
            Codes{});
  // No item named after it: the amount may be another thing's.
  EXPECT_EQ(Check("The mine's 40 trucks haul 3,200 tonnes of ore a day, 100 tonnes more than in "
                  "2020."),
            Codes{});
}

TEST_F(ChecksTest, AParagraphFollowsTheSentenceThatEndsTheOneBefore) {
  EXPECT_EQ(Check("The depot has 320 buses.\nA quarter of them, 60, run on electricity."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The depot has 320 buses.\n\nA quarter of them, 60, run on electricity."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The depot has 320 buses.\nA quarter of them, 80, run on electricity."),
            Codes{});
  // A headline, with no full stop, and a blank line after it stand apart from the body.
  EXPECT_EQ(Check("Depot buys 320 buses\n\nA quarter of them, 60, run on electricity."),
            Codes{});
}

TEST_F(ChecksTest, WeekdayAfterAVerbOfTheDate) {
  EXPECT_EQ(Check("March 1, 2024 was a Saturday."), Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("March 1, 2024 was a Friday."), Codes{});
  EXPECT_EQ(Check("Christmas Day 2025 falls on a Wednesday."), Codes{"date.weekday_mismatch"});
  EXPECT_EQ(Check("Christmas Day 2025 falls on a Thursday."), Codes{});
  // An Islamic feast's day is each country's sighting: its weekday is not weighed.
  EXPECT_EQ(Check("عيد الأضحى 2024، وهو يوم الاثنين، حل وسط أجواء حارة."), Codes{});
}

TEST_F(ChecksTest, ShareSetOffByCommasBeforeItsWhole) {
  EXPECT_EQ(Check("Some 480, or 30%, of the 1,200 workers joined the strike."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Some 480, or 40%, of the 1,200 workers joined the strike."), Codes{});
}

TEST_F(ChecksTest, PeriodSpentWhereThenItsYears) {
  EXPECT_EQ(Check("قضى المعارض 15 عاما في المنفى بين عامي 1990 و2008."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("قضى المعارض 18 عاما في المنفى بين عامي 1990 و2008."), Codes{});
  EXPECT_EQ(Check("She spent 15 years in exile from 1990 to 2008."),
            Codes{"time.duration_mismatch"});
  // What the years are of, named between: another time.
  EXPECT_EQ(Check("He spent 5 years in prison for thefts committed from 1990 to 2008."),
            Codes{});
}

TEST_F(ChecksTest, OfThemAfterTheSharesSubjectWithThePartsNoun) {
  EXPECT_EQ(Check("يضم النادي 4000 عضو. وتشكل عضوات الفريق الأول منهن 30%، أي 1500 عضو."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يضم النادي 4000 عضو. وتشكل عضوات الفريق الأول منهن 30%، أي 1200 عضو."),
            Codes{});
  // A part of another noun: the share may be of another whole.
  EXPECT_EQ(Check("يضم النادي 4000 عضو، ويشكل لاعبو الفريق الأول منهم 30%، أي 1500 مباراة."),
            Codes{});
}

TEST_F(ChecksTest, PartAsAShareOfItsTarget) {
  EXPECT_EQ(Check("تستهدف الوزارة توزيع 500 ألف حاسوب. ووزعت حتى الآن 150 ألف حاسوب، أي 40% من "
                  "المستهدف."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تستهدف الوزارة توزيع 500 ألف حاسوب. ووزعت حتى الآن 150 ألف حاسوب، أي 30% من "
                  "المستهدف."),
            Codes{});
  EXPECT_EQ(Check("The firm expects 2,000 orders this year. It has 900, or 60% of the target."),
            Codes{"arith.percent_mismatch"});
  // No word of aiming before the count: no target said.
  EXPECT_EQ(Check("The firm had 2,000 orders last year. It has 900, or 60% of the target."),
            Codes{});
}

TEST_F(ChecksTest, PartOutOfAWholeNamedThenAmounting) {
  EXPECT_EQ(Check("نجح 640 طالبا من أصل دفعة تبلغ 800 طالب، أي بنسبة 75%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("نجح 640 طالبا من أصل دفعة تبلغ 800 طالب، أي بنسبة 80%."), Codes{});
}

TEST_F(ChecksTest, ItemsThenWhatTheyGotInAllThenTheAverage) {
  EXPECT_EQ(Check("يعمل في المصنع 800 عامل يتقاضون أجورا إجمالية قدرها 4 ملايين دينار سنويا، أي "
                  "بمتوسط 7 آلاف دينار للعامل."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("يعمل في المصنع 800 عامل يتقاضون أجورا إجمالية قدرها 4 ملايين دينار سنويا، أي "
                  "بمتوسط 5 آلاف دينار للعامل."),
            Codes{});
}

TEST_F(ChecksTest, ChangeByAboutAFraction) {
  EXPECT_EQ(Check("Ridership fell by roughly a third, from 9.2 million to 7.6 million."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Ridership fell by roughly a fifth, from 9.2 million to 7.6 million."),
            Codes{});
  EXPECT_EQ(Check("تراجع عدد الركاب بنحو الثلث، من 9.2 مليون إلى 6.1 مليون."), Codes{});
}

TEST_F(ChecksTest, ARatioOfItemsPerItem) {
  EXPECT_EQ(Check("The clinic has 2,400 patients and 16 doctors, a ratio of 200 patients per "
                  "doctor."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The clinic has 2,400 patients and 16 doctors, a ratio of 150 patients per "
                  "doctor."),
            Codes{});
}

TEST_F(ChecksTest, FatesOfThePatientsUnderObservation) {
  EXPECT_EQ(Check("استقبل المستشفى 260 مصابا، غادر 210 منهم بعد تلقي العلاج، فيما بقي 70 تحت "
                  "الملاحظة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("استقبل المستشفى 260 مصابا، غادر 210 منهم بعد تلقي العلاج، فيما بقي 50 تحت "
                  "الملاحظة."),
            Codes{});
}

TEST_F(ChecksTest, ABirthdayInAYearIsThatYearsAgeExactly) {
  EXPECT_EQ(Check("Born in 1971, she celebrated her 50th birthday in 2022."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1971, she celebrated her 51st birthday in 2022."), Codes{});
  EXPECT_EQ(Check("ولدت عام 1971، واحتفلت بعيد ميلادها الخمسين عام 2022."),
            Codes{"time.age_mismatch"});
}

TEST_F(ChecksTest, ARateAfterTheClauseOfAYearThatOpensTheSentence) {
  EXPECT_EQ(Check("In 2023, 26,434 ships passed through the canal, about 92 a day."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("In 2023, 26,434 ships passed through the canal, about 72 a day."), Codes{});
  // A change's words before the comma: the amount after it is where the change began.
  EXPECT_EQ(Check("In 2023, exports reached $5 billion, up from about $4 billion a year "
                  "earlier."),
            Codes{});
}

TEST_F(ChecksTest, ARateComparedWithAnotherIsNoAverage) {
  EXPECT_EQ(Check("The firm sold 12,000 cars in 2023, about 2,000 a month."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The firm sold 12,000 cars in 2023, about 2,000 a month more than planned."),
            Codes{});
}

TEST_F(ChecksTest, APeriodNamedByItsParticipleOfLasting) {
  EXPECT_EQ(Check("بلغت الإيرادات 48 مليون دولار خلال عطلة نهاية الأسبوع الممتدة ثلاثة أيام، "
                  "بمعدل 12 مليونا يوميا."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("Receipts reached $48 million over a holiday weekend spanning three days, or "
                  "$16 million a day."),
            Codes{});
}

TEST_F(ChecksTest, AChangeFromAWeekdaysCloseInArabic) {
  EXPECT_EQ(Check("أغلق المؤشر عند 4850 نقطة، متراجعا 4.5% عن إغلاق الجمعة البالغ 4975 نقطة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("أغلق المؤشر عند 4850 نقطة، متراجعا 2.5% عن إغلاق الجمعة البالغ 4975 نقطة."),
            Codes{});
  EXPECT_EQ(Check("أغلق المؤشر عند 4850 نقطة، متراجعا بنسبة 4.5% عن 4975 نقطة."),
            Codes{"arith.change_mismatch"});
}

TEST_F(ChecksTest, TheLastPartCameFromTheRest) {
  EXPECT_EQ(Check("Tourist arrivals rose to 7.3 million, of whom 4.1 million were Europeans and "
                  "2.2 million from elsewhere."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Tourist arrivals rose to 7.3 million, of whom 4.1 million were Europeans and "
                  "3.2 million from elsewhere."),
            Codes{});
  EXPECT_EQ(Check("ارتفع عدد السياح إلى 7.3 مليون، منهم 4.1 مليون أوروبي و2.2 مليون من باقي "
                  "دول العالم."),
            Codes{"arith.total_mismatch"});
  // One part from elsewhere is no split of the whole.
  EXPECT_EQ(Check("The marathon's 45,000 runners included 1,200 from elsewhere."), Codes{});
}

TEST_F(ChecksTest, APartOfAYearBeforeItsTotal) {
  EXPECT_EQ(Check("خلال الربع الأول، باعت الشركة 9 آلاف سيارة، بمعدل 4 آلاف سيارة شهريا."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("خلال الربع الأول، باعت الشركة 9 آلاف سيارة، بمعدل 3 آلاف سيارة شهريا."),
            Codes{});
  EXPECT_EQ(Check("In the first half of 2024, the port handled 1.2 million containers, or about "
                  "300,000 a month."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("خلال الربع الأول من عام 2024، باعت الشركة 9 آلاف سيارة، بمعدل 3 آلاف سيارة "
                  "شهريا."),
            Codes{});
}

TEST_F(ChecksTest, APartOfANamedYearAfterItsTotal) {
  EXPECT_EQ(Check("باعت الشركة 9 آلاف سيارة خلال الربع الأول من عام 2024، بمعدل 4 آلاف سيارة "
                  "شهريا."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The company sold 9,000 cars in the first quarter of 2024, or 3,000 a month."),
            Codes{});
  // "من السنة": the year's word, its final letter folded.
  EXPECT_EQ(Check("باعت الشركة 9 آلاف سيارة خلال النصف الأول من السنة، بمعدل 3 آلاف سيارة "
                  "شهريا."),
            Codes{"arith.rate_mismatch"});
}

TEST_F(ChecksTest, AComparativeAndByThenFromIsThan) {
  EXPECT_EQ(Check("بلغت الأمطار 150 ملم، أقل بنسبة 30% من 250 ملم."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("بلغت الأمطار 150 ملم، أقل بنسبة 40% من 250 ملم."), Codes{});
  // A word or two of what the level counts before the Arabic comma.
  EXPECT_EQ(Check("هطلت 150 ملم من الأمطار، أي بانخفاض 30% عن 250 ملم."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("هطلت 150 ملم من الأمطار، أي بانخفاض 40% عن 250 ملم."), Codes{});
}

TEST_F(ChecksTest, AChangeFromAnAverageOfALevel) {
  EXPECT_EQ(Check("Rainfall was 150 mm, 30% below the average of 250 mm."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Rainfall was 150 mm, 40% below the long-term average of 250 mm."), Codes{});
}

TEST_F(ChecksTest, PartsOfThoseOnTheNextLine) {
  EXPECT_EQ(Check("2,400 students sat the exam this year.\nOf those, 1,800 passed, or 65%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("2,400 students sat the exam this year.\nOf those, 1,800 passed, or 75%."),
            Codes{});
}

TEST_F(ChecksTest, AVerbAndOfThemOpenTheSentenceOfAPart) {
  EXPECT_EQ(Check("تقدم للامتحان هذا العام 2400 طالب.\nونجح منهم 1800 طالب، بنسبة نجاح بلغت "
                  "65%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تقدم للامتحان 2400 طالب. ونجح منهم 1800 طالب، أي 75%."), Codes{});
}

TEST_F(ChecksTest, FatesOfThemInTheSentenceAfterTheirWhole) {
  EXPECT_EQ(Check("Police said 17 people were arrested.\nSeven of them were later released, and "
                  "12 remain in custody."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Police said 17 people were arrested.\nSeven of them were later released, and "
                  "10 remain in custody."),
            Codes{});
  EXPECT_EQ(Check("قالت الشرطة إنها اعتقلت 17 شخصا.\nوأفرج لاحقا عن 7 منهم، فيما لا يزال 12 "
                  "قيد الاحتجاز."),
            Codes{"arith.total_mismatch"});
  // Fates that may overlap ("released on bail", "charged") are no split.
  EXPECT_EQ(Check("Police arrested 40 people on Friday. 25 of them were released on bail and 20 "
                  "were charged."),
            Codes{});
}

TEST_F(ChecksTest, AnAnniversaryOfTheOriginTheSentenceBeforeNames) {
  EXPECT_EQ(Check("The museum opened in 1974.\nIt celebrates its 40th anniversary this year.",
                  nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The museum opened in 1974.\nIt celebrates its 50th anniversary this year.",
                  nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("افتتح المتحف عام 1974.\nويحتفل هذا العام بمرور 40 عاما على افتتاحه.",
                  nullptr, "2024-06-01"),
            Codes{"time.relative_mismatch"});
  // Another subject: "its" may be the museum's.
  EXPECT_EQ(Check("The bank was founded in 1990. The museum celebrates its 20th anniversary "
                  "this year.",
                  nullptr, "2024-06-01"),
            Codes{});
}

TEST_F(ChecksTest, ATallyOfTheMembersTheSentenceBeforeCounts) {
  EXPECT_EQ(Check("The council has 45 members.\nOn Monday, 28 voted for the plan, 14 against and "
                  "5 abstained."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The council has 45 members.\nOn Monday, 28 voted for the plan, 12 against and "
                  "5 abstained."),
            Codes{});
  // An abstention after a comma and a word of contrast.
  EXPECT_EQ(Check("يضم المجلس 45 عضوا.\nوصوت 28 عضوا لصالح الخطة، مقابل 14 ضدها، فيما امتنع 5 "
                  "عن التصويت."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The board has 9 members.\nShareholders then voted: 1,200 for the merger and "
                  "300 against."),
            Codes{});
}

TEST_F(ChecksTest, TwoHijriDatesAndTwoGregorianOnesPairInOrder) {
  EXPECT_EQ(Check("The Hajj runs from 8 to 13 Dhul Hijjah 1445, June 14 to 19, 2024."), Codes{});
  EXPECT_EQ(Check("The Hajj runs from 8 to 13 Dhul Hijjah 1445, June 24 to 29, 2024."),
            (Codes{"date.hijri_mismatch", "date.hijri_mismatch"}));
}

TEST_F(ChecksTest, DaysLaterFromADeparture) {
  EXPECT_EQ(Check("The ship left port on May 2, 2024, and arrived 10 days later, on May 14."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The ship left port on May 2, 2024, and arrived 12 days later, on May 14."),
            Codes{});
  EXPECT_EQ(Check("بدأت المحادثات يوم 4 مارس 2024، وانتهت بعد ثلاثة أيام، يوم الجمعة 8 مارس."),
            Codes{"time.duration_mismatch"});
}

TEST_F(ChecksTest, MonthsAboutSoManyBetweenTwoDays) {
  EXPECT_EQ(Check("The siege lasted from March 2 to May 20, nearly five months."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The siege lasted from March 2 to May 20, nearly three months."), Codes{});
  EXPECT_EQ(Check("استمر الحصار من 2 مارس إلى 20 مايو، أي نحو ثلاثة أشهر."), Codes{});
}

TEST_F(ChecksTest, CountsRestatingOneForEvery) {
  EXPECT_EQ(Check("يوجد في البلاد طبيب واحد لكل 1500 نسمة، أي 3000 طبيب لثلاثة ملايين نسمة."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("يوجد في البلاد طبيب واحد لكل 1500 نسمة، أي 2000 طبيب لثلاثة ملايين نسمة."),
            Codes{});
  EXPECT_EQ(Check("The country has one doctor for every 1,500 people, or 3,000 doctors for 3 "
                  "million people."),
            Codes{"arith.rate_mismatch"});
  // Counts of other things after the restating word.
  EXPECT_EQ(Check("There is one teacher for every 25 pupils, or 40 teachers in the district's 12 "
                  "schools."),
            Codes{});
}

TEST_F(ChecksTest, ARatePerSoManyPeople) {
  EXPECT_EQ(Check("The city of 2 million people recorded 240 murders last year, a rate of 18 per "
                  "100,000."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The city of 2 million people recorded 240 murders last year, a rate of 12 per "
                  "100,000."),
            Codes{});
  EXPECT_EQ(Check("في بلد يبلغ عدد سكانه 10 ملايين نسمة، سجلت 1500 إصابة جديدة في مايو، أي 25 "
                  "إصابة لكل 100 ألف نسمة."),
            Codes{"arith.rate_mismatch"});
  // Of two counts, the one the rate names; a rate that names neither is left.
  EXPECT_EQ(Check("In a city of 2 million people, there were 240 murders and 1,200 robberies, or "
                  "12 murders per 100,000."),
            Codes{});
  EXPECT_EQ(Check("In a city of 2 million people, there were 240 murders and 1,200 robberies, or "
                  "12 per 100,000."),
            Codes{});
  // A rate of another place than the population's.
  EXPECT_EQ(Check("The region's 3 million people saw 450 cases of dengue last month, with "
                  "incidence in the capital at 30 per 100,000."),
            Codes{});
}

TEST_F(ChecksTest, TradesWholeIsItsExportsAndImports) {
  EXPECT_EQ(Check("The two countries traded goods worth $84 billion, with exports of $50 billion "
                  "and imports of $44 billion."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The two countries traded goods worth $84 billion, with exports of $50 billion "
                  "and imports of $34 billion."),
            Codes{});
  EXPECT_EQ(Check("بلغ حجم التبادل التجاري بين البلدين 84 مليار دولار، منها صادرات بقيمة 50 مليار "
                  "دولار وواردات بقيمة 44 مليار دولار."),
            Codes{"arith.total_mismatch"});
}

TEST_F(ChecksTest, TheLastShareWentToAllTheRest) {
  EXPECT_EQ(Check("Households spent 40% of their income on food, 25% on housing and 30% on "
                  "everything else."),
            Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("أنفقت الأسر 40% من دخلها على الغذاء و25% على السكن و35% على بقية الاحتياجات."),
            Codes{});
  EXPECT_EQ(Check("أنفقت الأسر 40% من دخلها على الغذاء و25% على السكن و30% على بقية الاحتياجات."),
            Codes{"arith.percent_sum"});
  // The rest of a place: a rate there, no share.
  EXPECT_EQ(Check("Unemployment is 12% in the capital and 8% in the rest of the country."),
            Codes{});
}

TEST_F(ChecksTest, AShareOfItInTheParagraphAfterASeparator) {
  // A paragraph separator after the stop, as --lines writes a document's paragraphs.
  EXPECT_EQ(Check("بلغ عدد طلاب الجامعة 42 ألف طالب. \u2029 وتشكل الطالبات 55% منهم، أي نحو 28 "
                  "ألف طالبة."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغ عدد طلاب الجامعة 42 ألف طالب. \u2029 وتشكل الطالبات 55% منهم، أي نحو 23 "
                  "ألف طالبة."),
            Codes{});
}

TEST_F(ChecksTest, AddedToTheCountSaidBefore) {
  EXPECT_EQ(Check("يضم الأسطول 240 طائرة.\nوتسلمت الشركة 12 طائرة جديدة هذا العام، ليرتفع عددها "
                  "إلى 262 طائرة."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("يضم الأسطول 240 طائرة.\nوتسلمت الشركة 12 طائرة جديدة هذا العام، ليرتفع عددها "
                  "إلى 252 طائرة."),
            Codes{});
  EXPECT_EQ(Check("The hospital has 300 beds and will add 50 new beds, bringing its capacity to "
                  "380."),
            Codes{"arith.change_mismatch"});
  // A count of another time: others may have come since.
  EXPECT_EQ(Check("The airline had 240 planes in 2019.\nIt took delivery of 12 new planes this "
                  "year, bringing the total to 275."),
            Codes{});
}

TEST_F(ChecksTest, AFallFromABareStartToAMeasure) {
  EXPECT_EQ(Check("The glacier shrank 30% from 25 to 15 square kilometres."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The glacier shrank 40% from 25 to 15 square kilometres."), Codes{});
  EXPECT_EQ(Check("تقلصت مساحة النهر الجليدي بنسبة 30% من 25 إلى 15 كيلومترا مربعا."),
            Codes{"arith.change_mismatch"});
}

TEST_F(ChecksTest, TimesThePartOfAWhole) {
  EXPECT_EQ(Check("Women now hold 120 of the 300 seats, twice as many as the 60 they held in "
                  "2014."),
            Codes{});
  EXPECT_EQ(Check("Women now hold 120 of the 300 seats, three times as many as the 60 they held "
                  "in 2014."),
            Codes{"arith.change_mismatch"});
}

TEST_F(ChecksTest, AShareOfItsWholeWhoseSubjectIsTwoJoinedNouns) {
  EXPECT_EQ(Check("بلغت قيمة الصادرات 3.6 مليار دولار، تمثل الخضر والفواكه 45% منها، أي 1.92 "
                  "مليار دولار."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغت قيمة الصادرات 3.6 مليار دولار، تمثل الخضر والفواكه 45% منها، أي 1.62 "
                  "مليار دولار."),
            Codes{});
}

// A headline's kin, on a line of its own, is not the body's: the birth is the one who died.
TEST_F(ChecksTest, KinOnTheLineBeforeIsNotTheBodys) {
  EXPECT_EQ(Check("Tribute from his father\u2029The novelist, born in 1950, died on Sunday at 70.",
                  nullptr, "2024-06-01"),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Tribute from his father\nThe novelist, born in 1950, died on Sunday at 73.",
                  nullptr, "2024-06-01"),
            Codes{});
  EXPECT_EQ(Check("The novelist, whose father was born in 1950, died on Sunday at 70.", nullptr,
                  "2024-06-01"),
            Codes{});
}

// A Hijri month of a year said to begin on a Gregorian day: the day is its first in some
// variant, a day or two either way for sighting; "began in" that month is another thing's.
TEST_F(ChecksTest, HijriMonthSaidToBeginOnADay) {
  EXPECT_EQ(Check("صام المسلمون شهر رمضان 1445 هـ، الذي بدأ في 11 مارس 2023."),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("صام المسلمون شهر رمضان 1445 هـ، الذي بدأ في 12 مارس 2024."), Codes{});
  EXPECT_EQ(Check("بدأ شهر رمضان 1445 هـ في 10 مارس 2024."), Codes{});
  EXPECT_EQ(Check("يبدأ شهر رمضان 1446 هـ يوم السبت 2 مارس 2024."),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("Ramadan 1445 AH began on March 11, 2023."), Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("Ramadan 1445 AH began on March 11, 2024."), Codes{});
  EXPECT_EQ(Check("The war began in Ramadan 1445 AH on March 20, 2024."), Codes{});
}

// A number glued into an English word ("fourballs", "rugby sevens") that a translation says
// apart is met there; a number word of its own is not glued ("fourteen").
TEST_F(ChecksTest, NumberGluedIntoASourceWord) {
  EXPECT_EQ(Compare("He was rested for the morning fourballs.",
                    "أريح في الصباح من مباريات أربع كرات."),
            Codes{});
  EXPECT_EQ(Compare("Fiji won the rugby sevens gold.", "فازت فيجي بذهبية الرغبي السباعي 7."),
            Codes{});
  EXPECT_EQ(Compare("He was rested for the morning session.",
                    "أريح في الصباح من مباريات أربع كرات."),
            Codes{"compare.extra"});
  EXPECT_EQ(Compare("He played fourteen holes.", "لعب أربع حفر."),
            Codes{"compare.value_mismatch"});
}

// "with 5 abstentions": the way a count voted may be the noun it counts.
TEST_F(ChecksTest, AbstentionsCountedByTheirNoun) {
  EXPECT_EQ(Check("The council approved the budget by 31 votes to 9, with 5 abstentions, out of "
                  "43 members."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The council approved the budget by 31 votes to 9, with 5 abstentions, out of "
                  "45 members."),
            Codes{});
  EXPECT_EQ(Check("The bill passed 31 to 9, with 5 abstentions, out of 48 senators."), Codes{});
}

// A period and a part of it past a comma ("منها", "of them"): the part is no longer.
TEST_F(ChecksTest, PartOfAPeriodNoLongerThanIt) {
  EXPECT_EQ(Check("حكم عليه بالسجن 15 عاما، منها 18 عاما موقوفة التنفيذ."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("حكم عليه بالسجن 15 عاما، منها 10 أعوام موقوفة التنفيذ."), Codes{});
  EXPECT_EQ(Check("He was sentenced to 15 years, 18 of them suspended."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("He was sentenced to 15 years, 10 of them suspended."), Codes{});
  EXPECT_EQ(Check("He served 5 years, 7 months of them abroad."), Codes{});
  EXPECT_EQ(Check("He spent 5 years in prison, 10 of them with his brothers."), Codes{});
  EXPECT_EQ(Check("ستستثمر الشركة 500 مليون دولار على مدى خمس سنوات، منها 120 مليونا هذا العام."),
            Codes{});
  EXPECT_EQ(Check("The fund will be spent over 10 years, including 500 in the first year."),
            Codes{});
}

// Some of the last part ("4 of them critically", "بينهم 4") between the parts and their sum
// is none of the parts; a total since another time is its own.
TEST_F(ChecksTest, SumPastSomeOfTheLastPart) {
  EXPECT_EQ(Check("Police said 3 people were killed and 11 injured, 4 of them critically, a total "
                  "of 16 casualties."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Police said 3 people were killed and 11 injured, 4 of them critically, a total "
                  "of 14 casualties."),
            Codes{});
  EXPECT_EQ(Check("قتل 3 أشخاص وأصيب 11 آخرون، بينهم 4 في حالة حرجة، بإجمالي 16 ضحية."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("قتل 3 أشخاص وأصيب 11 آخرون، بينهم 4 في حالة حرجة، بإجمالي 14 ضحية."),
            Codes{});
  EXPECT_EQ(Check("On Sunday 3 people were killed and 11 injured, 4 of them critically, a total of "
                  "160 since the fighting began."),
            Codes{});
}

// A draw's second side goes missing freely where the translation says the draw in words; a
// win's other side does not.
TEST_F(ChecksTest, DrawSaidOnceInWords) {
  EXPECT_EQ(Compare("Since the 2-2 draw with Villarreal, Rangers have won three games.",
                    "منذ التعادل بهدفين مع فياريال، فاز رينجرز في ثلاث مباريات."),
            Codes{});
  EXPECT_EQ(Compare("Since the 3-2 win over Villarreal, Rangers have won three games.",
                    "منذ الفوز بثلاثة أهداف على فياريال، فاز رينجرز في ثلاث مباريات."),
            Codes{"compare.missing"});
}

// "the first quarter" said as a count of months ("الأشهر الثلاثة الأولى"), either way; not
// another count of months.
TEST_F(ChecksTest, PartOfAYearSaidAsMonths) {
  EXPECT_EQ(Compare("Sales rose in the first quarter.",
                    "ارتفعت المبيعات في الأشهر الثلاثة الأولى من العام."),
            Codes{});
  EXPECT_EQ(Compare("ارتفعت المبيعات في النصف الأول.", "Sales rose in the first six months."),
            Codes{});
  EXPECT_EQ(Compare("In the first half, sales rose.",
                    "في الأشهر الثلاثة الأولى ارتفعت المبيعات."),
            Codes{"compare.extra"});
}

// A year said by its last two digits ("عام عشرين" for 1920) is info; other digits a slip.
TEST_F(ChecksTest, AYearSaidByItsLastTwoDigits) {
  EXPECT_EQ(Compare("My grandfather was born in 1920.", "ولد جدي عام عشرين ميلادية."), Codes{});
  EXPECT_EQ(Compare("My grandfather was born in 1920.", "ولد جدي عام ثلاثين ميلادية."),
            Codes{"compare.date_mismatch"});
  EXPECT_EQ(Compare("The attack came on December 7, 1941.",
                    "وقع الهجوم في السابع من ديسمبر عام واحد و أربعين."),
            Codes{});
  EXPECT_EQ(Compare("The attack came on December 7, 1941.",
                    "وقع الهجوم في السابع من ديسمبر عام واحد و خمسين."),
            Codes{"compare.extra"});
}

// A Roman numeral after a label that the extractor leaves ("type I membrane") meets the
// translation's digits.
TEST_F(ChecksTest, RomanNumeralAfterALabelMeetsDigits) {
  EXPECT_EQ(Compare("It is a type I membrane protein.", "إنه بروتين غشائي من النوع 1."), Codes{});
  EXPECT_EQ(Compare("It is a type I membrane protein.", "إنه بروتين غشائي من النوع 2."),
            Codes{"compare.extra"});
}

// The rest set off by commas ("and the rest, 820, elsewhere") makes the whole up.
TEST_F(ChecksTest, TheRestSetOffByCommas) {
  EXPECT_EQ(Check("Of the bank's 1,850 branches, 620 are in the capital, 410 in the north and the "
                  "rest, 920, elsewhere."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("Of the bank's 1,850 branches, 620 are in the capital, 410 in the north and the "
                  "rest, 820, elsewhere."),
            Codes{});
}

// "on" or "في" alone between a Hijri day and a Gregorian one says they are one day.
TEST_F(ChecksTest, HijriDayOnAGregorianDay) {
  EXPECT_EQ(Check("Muslims celebrated Eid al-Fitr 1445 on April 10, 2023."),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("Muslims celebrated Eid al-Fitr 1445 on April 10, 2024."), Codes{});
  EXPECT_EQ(Check("حل عيد الفطر 1445 هـ في 10 أبريل 2023."), Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("The decree of 5 Rajab 1445 AH on January 17, 2024 was published late."),
            Codes{});
}

// "a 5% increase" after an article, past the comma after where a change by an amount led.
TEST_F(ChecksTest, ChangeByAnAmountThenAPercentageBeforeItsWord) {
  EXPECT_EQ(Check("Broadband lines rose by 300,000 to 3.3 million, a 15% increase."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Broadband lines rose by 300,000 to 3.3 million, a 10% increase."), Codes{});
  EXPECT_EQ(Check("Copper fell $450 to $8,550 a tonne, a 7% drop."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Copper fell $450 to $8,550 a tonne, a 5% drop."), Codes{});
}

// A share restating a part "of the total length", "من الطول الإجمالي", "من إجمالي طولها": of
// the whole said before.
TEST_F(ChecksTest, ShareOfTheTotalNamedByItsNoun) {
  EXPECT_EQ(Check("The canal runs 160 km, of which 40 km, or 30% of the total length, is lined."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The canal runs 160 km, of which 40 km, or 25% of the total length, is lined."),
            Codes{});
  EXPECT_EQ(Check("يمتد الخط على 160 كيلومترا، كهرب منها 40 كيلومترا، أي 30% من الطول الإجمالي."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("يمتد الخط على 160 كيلومترا، كهرب منها 40 كيلومترا، أي 25% من إجمالي طوله."),
            Codes{});
  EXPECT_EQ(Check("يمتد الخط على 160 كيلومترا، كهرب منها 40 كيلومترا، أي 30% من إجمالي طوله."),
            Codes{"arith.percent_mismatch"});
}

// "لكل منها" after an average says it is each item's, as "لكل منهم" does for people.
TEST_F(ChecksTest, AverageForEachOfThingsInArabic) {
  EXPECT_EQ(Check("رصدت الحكومة 900 مليون دينار لستة موانئ، بواقع 200 مليون دينار لكل منها."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("رصدت الحكومة 900 مليون دينار لستة موانئ، بواقع 150 مليون دينار لكل منها."),
            Codes{});
}

// A whole, then its items and what each holds: "six turbines of 4 MW each".
TEST_F(ChecksTest, WholeThenWhatEachItemHolds) {
  EXPECT_EQ(Check("The 30 MW wind farm has six turbines of 4 MW each."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The 24 MW wind farm has six turbines of 4 MW each."), Codes{});
  EXPECT_EQ(Check("تبلغ قدرة المزرعة 30 ميغاواط موزعة على ستة توربينات بقدرة 4 ميغاواط لكل منها."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("تبلغ قدرة المزرعة 24 ميغاواط موزعة على ستة توربينات بقدرة 4 ميغاواط لكل منها."),
            Codes{});
  // No "each": what one holds is not said.
  EXPECT_EQ(Check("The 30 MW wind farm has six turbines of 4 MW and a battery."), Codes{});
}

// "يصادف" between a Hijri day and a Gregorian one says they are one day.
TEST_F(ChecksTest, HijriDayFallsOnAGregorianDay) {
  EXPECT_EQ(Check("أول أيام عيد الأضحى 10 ذي الحجة 1445 هـ يصادف 26 يونيو 2024."),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("أول أيام عيد الأضحى 10 ذي الحجة 1445 هـ يصادف 16 يونيو 2024."), Codes{});
}

// "out of" after a longer phrase of what the part did, in its clause.
TEST_F(ChecksTest, OutOfAfterWhatThePartDid) {
  EXPECT_EQ(Check("تأهل 45 ألف متسابق إلى المرحلة النهائية من أصل 150 ألفا، "
                  "بنسبة 35%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("تأهل 45 ألف متسابق إلى المرحلة النهائية من أصل 150 ألفا، "
                  "بنسبة 30%."),
            Codes{});
}

// A few words of who a part is ("من حملة الشهادات الجامعية") before "and" and the next part.
TEST_F(ChecksTest, PartsNamedByAFewWordsOfWhoTheyAre) {
  EXPECT_EQ(Check("استقبلت الجامعة 940 طالبا جديدا، منهم 610 من حملة الشهادات العلمية و430 من "
                  "خريجي الشعب الأدبية."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("استقبلت الجامعة 940 طالبا جديدا، منهم 610 من حملة الشهادات العلمية و330 من "
                  "خريجي الشعب الأدبية."),
            Codes{});
}

// A term begun in one year, its length, and the year it ends in.
TEST_F(ChecksTest, TermBegunAndEnding) {
  EXPECT_EQ(Check("She took office in 2021 for a four-year term that ends in 2027."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("She took office in 2021 for a four-year term that ends in 2025."), Codes{});
  EXPECT_EQ(Check("تسلمت مهامها في 2021 لولاية مدتها أربع سنوات تنتهي في 2027."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("تسلمت مهامها في 2021 لولاية مدتها أربع سنوات تنتهي في 2025."), Codes{});
}

// A share said first, then "as" or "after" and the part of its whole that explain it.
TEST_F(ChecksTest, ShareExplainedAfterAsOrAfter) {
  EXPECT_EQ(Check("Take-up hit 45%, as 1.2 million of the 3 million eligible households applied."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Take-up hit 40%, as 1.2 million of the 3 million eligible households applied."),
            Codes{});
  EXPECT_EQ(Check("The vaccination rate reached 70% after 840 of the 1,400 staff got a shot."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The vaccination rate reached 60% after 840 of the 1,400 staff got a shot."),
            Codes{});
}

// "بلغ عدد المترشحين 25 ألفا": a whole whose noun is named before it after "عدد".
TEST_F(ChecksTest, ShareOfThemWithTheWholesNounBeforeIt) {
  EXPECT_EQ(Check("بلغ عدد المترشحين 3200، فاز منهم 480، أي 12%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("بلغ عدد المترشحين 3200، فاز منهم 480، أي 15%."), Codes{});
}

// A rate a day restated as the whole of a month or a year: "for the month", "خلال الشهر".
TEST_F(ChecksTest, RateRestatedForTheWholePeriod) {
  EXPECT_EQ(Check("The refinery processed 400,000 barrels a day, or 16 million barrels for the "
                  "month."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The refinery processed 400,000 barrels a day, or 12 million barrels for the "
                  "month."),
            Codes{});
  EXPECT_EQ(Check("عالجت المصفاة 400 ألف برميل يوميا، أي 16 مليون برميل خلال الشهر."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("عالجت المصفاة 400 ألف برميل يوميا، أي 12 مليون برميل خلال الشهر."), Codes{});
}

// "approved", "rejected" before a vote's two shares.
TEST_F(ChecksTest, VoteSidesAfterApproved) {
  EXPECT_EQ(Check("Members approved the merger 64% to 40%."), Codes{"arith.percent_sum"});
  EXPECT_EQ(Check("Members approved the merger 64% to 36%."), Codes{});
}

// An age at death in words of two parts after a verb of death, the year right after it.
TEST_F(ChecksTest, AgeAtDeathInWordsBeforeTheYear) {
  EXPECT_EQ(Check("ولدت الروائية عام 1925، وتوفيت عن خمسة وثمانين عاما عام 2000."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("ولدت الروائية عام 1925، وتوفيت عن خمسة وسبعين عاما عام 2000."), Codes{});
}

// A part, a few words of when or where it was, a comma, and its share of a whole named alike.
TEST_F(ChecksTest, ShareAfterAFewWordsOfThePart) {
  EXPECT_EQ(Check("Hydropower supplied 3,000 MW at its peak, 30% of the 12,000 MW demand."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Hydropower supplied 3,000 MW at its peak, 25% of the 12,000 MW demand."),
            Codes{});
  // A whole of another unit after a few words may be another thing's.
  EXPECT_EQ(Check("Hydropower supplied 3,000 MW at its peak, 30% of the 12,000 homes."), Codes{});
}

// A whole, a verb that allots part of it, the part and its share restated.
TEST_F(ChecksTest, ShareOfAnAllottedPart) {
  EXPECT_EQ(Check("The $8.4 billion plan earmarks $2.1 billion, or 35%, for ports."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The $8.4 billion plan earmarks $2.1 billion, or 25%, for ports."), Codes{});
  EXPECT_EQ(Check("The $8.4 billion plan earmarks $2.1 billion for ports, or a third."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The 4,000-seat hall reserves 1,000 seats, a third, for pupils."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("رصدت الخطة البالغة 8.4 مليار دولار 2.1 مليار دولار للموانئ، أي 35%."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("رصدت الخطة البالغة 8.4 مليار دولار 2.1 مليار دولار للموانئ، أي 25%."), Codes{});
  // The next part of a list given out is of the same whole.
  EXPECT_EQ(Check("The $8.4 billion plan earmarks $2.1 billion for ports, or 25%, and "
                  "$1.26 billion for rail, or 20%."),
            Codes{"arith.percent_mismatch"});
  // More than another amount is no part of the whole.
  EXPECT_EQ(Check("The $8.4 billion plan earmarks $2.1 billion more than last year, or 35%."),
            Codes{});
  // Its share of the total after what it goes to.
  EXPECT_EQ(Check("The $8.4 billion plan earmarks $2.1 billion for ports, 35% of the total."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The $8.4 billion plan earmarks $2.1 billion for ports, 25% of the total."),
            Codes{});
}

// An age at death named by "his death in"; an age a span of time before the death is not.
TEST_F(ChecksTest, AgeAtHisDeathAndBeforeIt) {
  EXPECT_EQ(Check("Born in 1948, she was 70 at the time of her death in 2021."),
            Codes{"time.age_mismatch"});
  EXPECT_EQ(Check("Born in 1948, she was 73 at the time of her death in 2021."), Codes{});
  EXPECT_EQ(Check("Born in 1948, she was 70, three years before she died in 2021."), Codes{});
}

// A value after "from" is where a change began, even with another value compared after it.
TEST_F(ChecksTest, FromValueIsNeverWhereTheChangeLed) {
  EXPECT_EQ(Check("Visits reached 8.4 million, up 20% from 7 million in 2022 but below the "
                  "9.5 million of 2019."),
            Codes{});
  EXPECT_EQ(Check("Visits reached 8.4 million, up 30% from 7 million in 2022 but below the "
                  "9.5 million of 2019."),
            Codes{"arith.change_mismatch"});
}

// An Arabic multiple in construct with the amount it multiplies, the article on the amount.
TEST_F(ChecksTest, ArabicMultipleOfADefiniteAmount) {
  EXPECT_EQ(Check("صدرت الشركة 18 ألف طن، أي ثلاثة أضعاف الـ4 آلاف المسجلة قبل عامين."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("صدرت الشركة 12 ألف طن، أي ثلاثة أضعاف الـ4 آلاف المسجلة قبل عامين."),
            Codes{});
  EXPECT_EQ(Check("سجلت المدينة 18 ألف إصابة، أي ثلاثة أضعاف الأربعة آلاف المسجلة قبل عام."),
            Codes{"arith.change_mismatch"});
}

// An amount parted into items past a comma, then what each of them is.
TEST_F(ChecksTest, AmountPaidInItemsOfSoMuchEach) {
  EXPECT_EQ(Check("The loan totals $1.2 billion, payable in four instalments of $400 million "
                  "each."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The loan totals $1.2 billion, payable in four instalments of $300 million "
                  "each."),
            Codes{});
  EXPECT_EQ(Check("يبلغ القرض 1.2 مليار دولار، يسدد على أربعة أقساط بقيمة 400 مليون دولار لكل "
                  "منها."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("يبلغ القرض 1.2 مليار دولار، يسدد على أربعة أقساط بقيمة 300 مليون دولار لكل "
                  "منها."),
            Codes{});
  // The word of what the amount is before the comma.
  EXPECT_EQ(Check("The $1.2 billion deal, split into four phases of $400 million each, ends in "
                  "2028."),
            Codes{"arith.rate_mismatch"});
  // Items of so much each are no part of the amount: no share of it.
  EXPECT_EQ(Check("The $1.2 billion loan, payable in four instalments of $300 million each, "
                  "carries a 4% rate."),
            Codes{});
}

// A multiple is never one of a change's values: "a fivefold rise from 2 million" is no fall
// from 2 million to 5.
TEST_F(ChecksTest, MultipleIsNoValueOfTheChange) {
  EXPECT_EQ(Check("The app has 10 million users, a fivefold rise from 2 million in 2015."),
            Codes{});
  EXPECT_EQ(Check("The app has 10 million users, a threefold rise from 2 million in 2015."),
            Codes{"arith.change_mismatch"});
  // Where it led and where it began measured, or money.
  EXPECT_EQ(Check("Output hit 8 million tonnes, a twofold rise from 2 million tonnes."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Output hit 8 million tonnes, a fourfold rise from 2 million tonnes."),
            Codes{});
}

// A whole, then a part with its share in words between commas.
TEST_F(ChecksTest, PartThenAFractionBetweenCommas) {
  EXPECT_EQ(Check("Of the 1,200 asked, 300, a third, said yes."), Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 1,200 asked, 400, a third, said yes."), Codes{});
}

// "each" said before what each of the items holds, set off by a comma or not.
TEST_F(ChecksTest, EachSaidBeforeWhatEachHolds) {
  EXPECT_EQ(Check("The dam has four turbines, each of 250 MW, for a total of 1,200 MW."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("The dam has four turbines, each of 250 MW, for a total of 1,000 MW."),
            Codes{});
  EXPECT_EQ(Check("The 1,200 MW dam has four turbines, each with a capacity of 250 MW."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("يضم السد البالغة قدرته 1200 ميغاواط أربعة توربينات قدرة كل منها 250 "
                  "ميغاواط."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("اشترى الأسطول 12 طائرة، قيمة كل منها 80 مليون دولار، بإجمالي 1.2 مليار "
                  "دولار."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("اشترى الأسطول 12 طائرة، قيمة كل منها 80 مليون دولار، بإجمالي 960 مليون "
                  "دولار."),
            Codes{});
}

// A medal tally by metal: the three groups make the whole up, "among" them or set off by a comma;
// two of the three may leave some out.
TEST_F(ChecksTest, MedalsByMetalMakeTheTallyUp) {
  EXPECT_EQ(Check("حصد المنتخب 40 ميدالية، منها 12 ذهبية و14 فضية و13 برونزية."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("حصد المنتخب 40 ميدالية، منها 12 ذهبية و15 فضية و13 برونزية."), Codes{});
  EXPECT_EQ(Check("حصد المنتخب 40 ميدالية، بينها 12 ذهبية و15 فضية."), Codes{});
  EXPECT_EQ(Check("China won 91 medals, 40 golds, 27 silvers and 23 bronzes."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("China won 91 medals, 40 golds, 27 silvers and 24 bronzes."), Codes{});
  EXPECT_EQ(Check("China won 91 medals, 40 golds and 27 silvers, more than any other team."),
            Codes{});
}

// "each" of another noun than the items' is no rate of them.
TEST_F(ChecksTest, EachOfAnotherNoun) {
  EXPECT_EQ(Check("The 12-storey tower has 96 apartments, eight on each floor."), Codes{});
  EXPECT_EQ(Check("The 20 clubs spent 2.4 billion pounds, an average of 150 million each."),
            Codes{"arith.rate_mismatch"});
}

// Two dates, then the time of what they bound said again with "its".
TEST_F(ChecksTest, DatesThenItsPeriod) {
  EXPECT_EQ(Check("The festival, which ran from June 3 to June 9, drew 80,000 visitors over its "
                  "five days."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The festival, which ran from June 3 to June 9, drew 80,000 visitors over its "
                  "seven days."),
            Codes{});
}

// "doubled" is a factor, no span of time: it leaves "خلال عقدين" to the 20 years.
TEST_F(ChecksTest, FactorIsNoSpanOfTime) {
  EXPECT_EQ(Compare("The city's population doubled in 20 years to 4 million.",
                    "تضاعف عدد سكان المدينة خلال عقدين ليصل إلى 4 ملايين نسمة."),
            Codes{});
  EXPECT_EQ(Compare("The city's population doubled in 30 years to 4 million.",
                    "تضاعف عدد سكان المدينة خلال عقدين ليصل إلى 4 ملايين نسمة."),
            Codes{"compare.missing"});
}

// A percentage that is the level of a price of money is no share of the count after it.
TEST_F(ChecksTest, LevelOfAPriceIsNoShare) {
  EXPECT_EQ(Check("The central bank held its key rate at 5.25%, with seven of nine policymakers "
                  "voting to hold."),
            Codes{});
  EXPECT_EQ(Check("Turnout was 64.2%, with 23.4 million of the 38.2 million registered voters "
                  "casting ballots."),
            Codes{"arith.percent_mismatch"});
}

// A part of a whole restated as about a fraction: the fraction give or take a tenth of it.
TEST_F(ChecksTest, PartOfAWholeAsAboutAFraction) {
  EXPECT_EQ(Check("Some 1,200 of the plant's 4,500 workers, or roughly a half, will lose their "
                  "jobs."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Some 1,200 of the plant's 4,500 workers, or roughly a quarter, will lose "
                  "their jobs."),
            Codes{});
}

// "of" a few words of what the whole counts and a word that numbers them.
TEST_F(ChecksTest, PartOfAWholeNumbered) {
  EXPECT_EQ(Check("سيفقد 1200 من عمال المصنع البالغ عددهم 4500، أي 35%، وظائفهم."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("سيفقد 1200 من عمال المصنع البالغ عددهم 4500، أي 26.7%، وظائفهم."), Codes{});
}

// Active cases are a fate of a disease's cases, counted as cases of the whole whatever it counts.
TEST_F(ChecksTest, ActiveCasesAreAFate) {
  EXPECT_EQ(Check("بلغ إجمالي عدد الإصابات 4890 إصابة، تعافى منها 4120 وتوفي 95، فيما لا تزال "
                  "775 حالة نشطة."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("بلغ إجمالي عدد الإصابات 4890 إصابة، تعافى منها 4120 وتوفي 95، فيما لا تزال "
                  "675 حالة نشطة."),
            Codes{});
  EXPECT_EQ(Check("Of the 4,890 cases, 4,120 recovered, 95 died and 775 remain active."),
            Codes{"arith.total_mismatch"});
}

// The games of a record with their noun between: "18 من مبارياته الـ30".
TEST_F(ChecksTest, RecordOfGamesNamedBeforeTheirCount) {
  EXPECT_EQ(Check("فاز الفريق في 18 من مبارياته الـ30، وتعادل في 7 وخسر 7."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("فاز الفريق في 18 من مبارياته الـ30، وتعادل في 7 وخسر 5."), Codes{});
}

// A part of a whole, then a bound of its share of the total.
TEST_F(ChecksTest, PartThenABoundOfItsShare) {
  EXPECT_EQ(Check("Of the 1.2 million refugees, 500,000 are children, more than half of the "
                  "total."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 1.2 million refugees, 700,000 are children, more than half of the "
                  "total."),
            Codes{});
  EXPECT_EQ(Check("Of the 1,200 workers, 500 were laid off, or less than a third."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("Of the 1,200 workers, 300 were laid off, or less than a third."), Codes{});
}

// An amount, a verb that equates, and a multiple of another amount.
TEST_F(ChecksTest, AmountIsAMultipleOfAnother) {
  EXPECT_EQ(Check("The fine of 2.5 million euros is four times the 500,000 euros imposed in "
                  "2019."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The fine of 2.5 million euros is five times the 500,000 euros imposed in "
                  "2019."),
            Codes{});
  EXPECT_EQ(Check("The road death rate of 8 per 100,000 people is twice the EU average of 4 per "
                  "100,000."),
            Codes{});
}

// A verb of change five words before the values, past an index's name of three.
TEST_F(ChecksTest, WayOfAChangePastALongName) {
  EXPECT_EQ(Check("انخفض مؤشر داو جونز 1.2% إلى 38450 نقطة من 38010 نقاط."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("انخفض مؤشر داو جونز 1.2% إلى 38010 نقاط من 38450 نقطة."), Codes{});
}

// A whole's period named by its ordinal between it and "of them".
TEST_F(ChecksTest, ShareOfAWholeOfAPeriodByItsOrdinal) {
  EXPECT_EQ(Check("The company sold 1.8 million vehicles in the first half, 52% of them "
                  "electric, or about 1.2 million."),
            Codes{"arith.percent_mismatch"});
  EXPECT_EQ(Check("The company sold 1.8 million vehicles in the first half, 52% of them "
                  "electric, or about 940,000."),
            Codes{});
}

// A period's end after "until", then its start after a verb of beginning.
TEST_F(ChecksTest, EndThenItsStart) {
  EXPECT_EQ(Check("The 30-day mourning period ends on July 10, having begun on June 1."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("The 40-day mourning period ends on July 10, having begun on June 1."),
            Codes{});
  EXPECT_EQ(Check("يستمر المعرض حتى 30 مارس، بعد أن افتتح في 15 يناير، أي لمدة 65 يوما."),
            Codes{"time.duration_mismatch"});
  EXPECT_EQ(Check("يستمر المعرض حتى 30 مارس، بعد أن افتتح في 15 يناير، أي لمدة 75 يوما."),
            Codes{});
}

// "now in its fourth year": the year running now of what began in a year the sentence names.
TEST_F(ChecksTest, YearRunningNowOfWhatBegan) {
  const std::string published = "2024-06-01";
  EXPECT_EQ(Check("The drought, now in its sixth year, began in 2021.", nullptr, published),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("The drought, now in its fourth year, began in 2021.", nullptr, published),
            Codes{});
  EXPECT_EQ(Check("دخل الجفاف، الذي بدأ عام 2021، عامه السادس.", nullptr, published),
            Codes{"time.relative_mismatch"});
  EXPECT_EQ(Check("دخل الجفاف، الذي بدأ عام 2021، عامه الرابع.", nullptr, published), Codes{});
  // A year past, or years of something else.
  EXPECT_EQ(Check("In its first year, the fund, launched in 2019, raised $2 billion.", nullptr,
                  published),
            Codes{});
  EXPECT_EQ(Check("The club, founded in 1990, is now in its second year in the top flight.",
                  nullptr, published),
            Codes{});
}

// The change of a rate said past the last value's time, an ordinal and a year.
TEST_F(ChecksTest, RateChangePastTheLastValuesTime) {
  EXPECT_EQ(Check("Unemployment went from 15.8% to 15.2% in the first quarter of 2024, a rise "
                  "of 0.4 points."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Unemployment went from 15.8% to 15.2% in the first quarter of 2024, a drop "
                  "of 0.6 points."),
            Codes{});
  EXPECT_EQ(Check("انتقلت نسبة البطالة من 15.8% إلى 15.2% في الثلاثي الأول من سنة 2024، أي "
                  "بارتفاع بـ0.4 نقطة."),
            Codes{"arith.change_mismatch"});
}

// A fall said by what was done to the value ("بخفض", "بتقليص").
TEST_F(ChecksTest, FallSaidByACut) {
  EXPECT_EQ(Check("خفضت الوكالة توقعاتها للنمو إلى 2.7% من 3.1%، أي بخفض 0.6 نقطة مئوية."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("خفضت الوكالة توقعاتها للنمو إلى 2.7% من 3.1%، أي بخفض 0.4 نقطة مئوية."),
            Codes{});
  EXPECT_EQ(Check("خفضت الحكومة عدد الوزارات من 30 إلى 24، أي بتقليص 8 وزارات."),
            Codes{"arith.change_mismatch"});
}

// Items, a few words and a total said to be one ("بطاقة إجمالية تبلغ"), then the average.
TEST_F(ChecksTest, ItemsThenANamedTotalThenTheAverage) {
  EXPECT_EQ(Check("تم تشغيل 3 محطات جديدة بطاقة إجمالية تبلغ 1500 ميغاواط، بمعدل 600 ميغاواط لكل "
                  "محطة."),
            Codes{"arith.rate_mismatch"});
  EXPECT_EQ(Check("تم تشغيل 3 محطات جديدة بطاقة إجمالية تبلغ 1500 ميغاواط، بمعدل 500 ميغاواط لكل "
                  "محطة."),
            Codes{});
}

// A difference said against an owner's amount a few words on ("his nearest rival's 18").
TEST_F(ChecksTest, DifferenceFromAnOwnersAmount) {
  EXPECT_EQ(Check("The ship carries 24,000 containers, 6,000 more than the previous record "
                  "holder's 20,000."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The ship carries 24,000 containers, 4,000 more than the previous record "
                  "holder's 20,000."),
            Codes{});
  EXPECT_EQ(Check("The top scorer has 24 goals, four more than his nearest rival's 18."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("The top scorer has 24 goals, six more than his nearest rival's 18."), Codes{});
}

// A change from one group of a trial to the other.
TEST_F(ChecksTest, ChangeFromTheControlGroup) {
  EXPECT_EQ(Check("Infections fell 40%, from 200 in the placebo group to 140 in the vaccine "
                  "group."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("Infections fell 30%, from 200 in the placebo group to 140 in the vaccine "
                  "group."),
            Codes{});
  EXPECT_EQ(Check("The drug cut the risk by 40%, from 10% in the placebo group to 7%."),
            Codes{"arith.change_mismatch"});
}

// A Hijri day and month with no year said to be a Gregorian day: the nearest Hijri year.
TEST_F(ChecksTest, HijriDayOfNoYearAgainstItsGregorianDay) {
  const std::string published = "2024-06-01";
  EXPECT_EQ(Check("يبدأ الحج يوم الجمعة 14 يونيو، الموافق 10 ذي الحجة.", nullptr, published),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("يبدأ الحج يوم الجمعة 14 يونيو، الموافق 8 ذي الحجة.", nullptr, published),
            Codes{});
  EXPECT_EQ(Check("The Hajj begins on Friday, June 14, the 10th of Dhu al-Hijjah.", nullptr,
                  published),
            Codes{"date.hijri_mismatch"});
  EXPECT_EQ(Check("Eid al-Adha falls on Sunday, June 16, the 10th of Dhu al-Hijjah.", nullptr,
                  published),
            Codes{});
}

// The verb of a share's change with "و" glued before it.
TEST_F(ChecksTest, VerbOfAChangeWithAGluedAnd) {
  EXPECT_EQ(Check("ورفع التوزيعات الفصلية 10% إلى 60 سنتا من 50 سنتا."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("ورفع التوزيعات الفصلية 20% إلى 60 سنتا من 50 سنتا."), Codes{});
}

// A premium over a price named a few words on ("بعلاوة 28% على سعر إغلاق الجمعة البالغ").
TEST_F(ChecksTest, PremiumOverAPriceInArabic) {
  EXPECT_EQ(Check("تقيّم الصفقة الشركة بـ42 دولارا للسهم، بعلاوة 38% على سعر إغلاق الجمعة البالغ "
                  "32.80 دولار."),
            Codes{"arith.change_mismatch"});
  EXPECT_EQ(Check("تقيّم الصفقة الشركة بـ42 دولارا للسهم، بعلاوة 28% على سعر إغلاق الجمعة البالغ "
                  "32.80 دولار."),
            Codes{});
}

// An appeal, what it received and the gap that leaves.
TEST_F(ChecksTest, FundingGapLeftOfAnAppeal) {
  EXPECT_EQ(Check("The $10.9 billion appeal has received $3 billion, leaving a gap of $5.9 "
                  "billion."),
            Codes{"arith.total_mismatch"});
  EXPECT_EQ(Check("The $10.9 billion appeal has received $3 billion, leaving a gap of $7.9 "
                  "billion."),
            Codes{});
}

}  // namespace
}  // namespace mizan::checks
