#include "core/text/normalized_text.h"

#include <string>

#include "core/data/embedded.h"
#include "gtest/gtest.h"

namespace mizan::text {
namespace {

class NormalizedTextTest : public ::testing::Test {
 protected:
  NormalizedText Normalize(const std::string& input) {
    NormalizedText out;
    size_t bad = 0;
    EXPECT_TRUE(normalizer_.Normalize(input, &out, &bad)) << "bad byte at " << bad;
    return out;
  }
  Normalizer normalizer_{data::Find("letter_folds.tsv")};
};

TEST_F(NormalizedTextTest, FoldsDigitsOfEveryScriptToAscii) {
  EXPECT_EQ(Normalize("٢٠٢٢").text(), "2022");               // Arabic-Indic
  EXPECT_EQ(Normalize("۱۴۰۱").text(), "1401");               // Persian
  EXPECT_EQ(Normalize("२०२२").text(), "2022");               // Devanagari
  EXPECT_EQ(Normalize("๒๐๒๒").text(), "2022");               // Thai
  EXPECT_EQ(Normalize("２０２２").text(), "2022");           // fullwidth
  EXPECT_EQ(Normalize("\U0001D7D0\U0001D7CE").text(), "20");  // mathematical bold
}

TEST_F(NormalizedTextTest, DropsInvisibleControlsTatweelAndMarks) {
  EXPECT_EQ(Normalize("1\u200F2\u200E3\u061C4\u202B5\u2066").text(), "12345");
  EXPECT_EQ(Normalize("الـ").text(), Normalize("ال").text());
  EXPECT_EQ(Normalize("عامًا").text(), Normalize("عاما").text());
}

TEST_F(NormalizedTextTest, FoldsLetterVariants) {
  EXPECT_EQ(Normalize("أحد إحدى آلاف").text(), Normalize("احد احدي الاف").text());
  EXPECT_EQ(Normalize("مائة").text(), Normalize("مائه").text());
}

TEST_F(NormalizedTextTest, ExpandsArabicPresentationForms) {
  // Shaped letters, as text copied from an old PDF file holds them, and the lam-alef ligature.
  EXPECT_EQ(Normalize("ﺛﻼﺛﺔ").text(), Normalize("ثلاثة").text());
  EXPECT_EQ(Normalize("ﺁﻻﻑ").text(), Normalize("آلاف").text());
  EXPECT_EQ(normalizer_.Fold("ﻻ"), Normalize("لا").text());
  // Both letters of the ligature map back to it whole: a span may start or end inside it.
  const std::string input = "ﻻ1";  // "لا1": three bytes of ligature, then a digit
  const NormalizedText n = Normalize(input);
  ASSERT_EQ(n.text(), Normalize("لا1").text());
  EXPECT_EQ(n.ToOriginalStart(2), 0u);  // the alef
  EXPECT_EQ(n.ToOriginalEnd(2), 3u);    // after the lam
  EXPECT_EQ(n.ToOriginalStart(4), 3u);  // the digit
  EXPECT_EQ(n.ToOriginalEnd(5), 4u);
}

TEST_F(NormalizedTextTest, MapsSpacesAndMinus) {
  EXPECT_EQ(Normalize("1\u202F000").text(), "1\u00A0000");
  EXPECT_EQ(Normalize("1\u2009000").text(), "1\u00A0000");
  EXPECT_EQ(Normalize("a\u2003b").text(), "a b");
  EXPECT_EQ(Normalize("\u22125").text(), "-5");
}

TEST_F(NormalizedTextTest, MapsSpansBackToTheOriginalBytes) {
  // "الـ ١٩٥": the tatweel is dropped and each digit shrinks from two bytes to one.
  const std::string input = "الـ ١٩٥ بلدا";
  const NormalizedText n = Normalize(input);
  const size_t digits = n.text().find("195");
  ASSERT_NE(digits, std::string::npos);
  const size_t start = n.ToOriginalStart(digits);
  const size_t end = n.ToOriginalEnd(digits + 3);
  EXPECT_EQ(input.substr(start, end - start), "١٩٥");
  EXPECT_EQ(n.ToOriginalStart(0), 0u);
  EXPECT_EQ(n.ToOriginalEnd(n.text().size()), input.size());
}

TEST_F(NormalizedTextTest, MapsBackAcrossManyBlocksOfChanges) {
  // Marks dropped and digits shortened all along a long text: every offset still maps back to
  // the byte it came from, as a walk over the whole text finds it.
  std::string input;
  for (int i = 0; i < 3000; ++i) {
    input += i % 3 ? "\u0643\u064E\u062A\u064E\u0628\u064E " : "\u0663\u0664 ab ";
  }
  const NormalizedText n = Normalize(input);
  size_t original = 0;
  for (size_t pos = 0; pos < n.text().size();) {
    const size_t length = static_cast<unsigned char>(n.text()[pos]) < 0x80 ? 1 : 2;
    // The original character at `original` is the one normalized to `pos`, after any dropped
    // marks: skip the fatha (U+064E, D9 8E) before comparing.
    while (input.compare(original, 2, "\xD9\x8E") == 0) original += 2;
    ASSERT_EQ(n.ToOriginalStart(pos), original) << pos;
    const size_t source_length = input[original] == '\xD9' && input[original + 1] >= '\xA0' &&
                                         input[original + 1] <= '\xA9'
                                     ? 2  // an Arabic-Indic digit, one ASCII byte now
                                     : length;
    original += source_length;
    pos += length;
  }
  EXPECT_EQ(n.ToOriginalStart(n.text().size()), input.size());
}

// Format controls dropped after a span's last letter stay out of it (the tatweel and marks of
// the letter itself go in: below).
TEST_F(NormalizedTextTest, EndOfSpanExcludesSkippedCharactersAfterIt) {
  const std::string input = "ال\u200F\u200F 5";
  const NormalizedText n = Normalize(input);
  EXPECT_EQ(input.substr(0, n.ToOriginalEnd(4)), "ال");  // 4 bytes: two Arabic letters
  EXPECT_EQ(n.ToOriginalStart(4), input.find(' '));
  const std::string tatweel = "ال\u0640\u0640 5";
  EXPECT_EQ(tatweel.substr(0, Normalize(tatweel).ToOriginalEnd(4)), "ال\u0640\u0640");
}

// The marks over a span's last letter belong to it: "عاماً" ends after its tanween, a shadda
// and a vowel both go with "ثمّ", and the tatweel of "هـ" with its letter.
TEST_F(NormalizedTextTest, EndOfSpanTakesTheMarksOfItsLastLetter) {
  for (const std::string word : {"عاماً", "دولارٍ", "ثمَّ", "هـ"}) {
    const std::string input = word + " بعد";
    const NormalizedText n = Normalize(input);
    const size_t space = n.text().find(' ');
    EXPECT_EQ(input.substr(0, n.ToOriginalEnd(space)), word);
  }
}

TEST_F(NormalizedTextTest, ReportsTheFirstInvalidByte) {
  NormalizedText out;
  size_t bad = 0;
  EXPECT_FALSE(normalizer_.Normalize("١٢\xC0\xAF", &out, &bad));
  EXPECT_EQ(bad, 4u);
  // In the middle of Arabic and ASCII, where the fast path reads two bytes at a time: a lead
  // byte before ASCII, an overlong form, a stray continuation byte, a letter cut at the end.
  // (A literal is split after a hex escape that a letter follows, which it would take in.)
  const std::pair<std::string, size_t> cases[] = {{"عام \xD9" "a عام", 7},
                                                   {"ab\xC1\x81" "cd", 2},
                                                   {"عا\x80م", 4},
                                                   {"عام\xD9", 6},
                                                   {"\xD9", 0}};
  for (const auto& [input, offset] : cases) {
    bad = 0;
    EXPECT_FALSE(normalizer_.Normalize(input, &out, &bad)) << input;
    EXPECT_EQ(bad, offset) << input;
  }
}

TEST_F(NormalizedTextTest, GrowsWhenLigaturesOutgrowTheInput) {
  // Each lam-alef ligature (three bytes) becomes two letters (four bytes): the output outgrows
  // the room the input's length gave it, and the letters after still come out whole.
  std::string input, expected;
  for (int i = 0; i < 50; ++i) input += "ﻻ", expected += "لا";
  input += "عام 5", expected += "عام 5";
  EXPECT_EQ(Normalize(input).text(), Normalize(expected).text());
  EXPECT_EQ(Normalize("a").text(), "a");
  EXPECT_EQ(Normalize("").text(), "");
}

}  // namespace
}  // namespace mizan::text
