#include "core/text/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace mizan::text {
namespace {

TEST(Utf8, AcceptsEveryLengthOfSequence) {
  EXPECT_EQ(FindInvalid("a\xD9\xA1\xE2\x80\x8F\xF0\x9F\x98\x80"), std::string::npos);
  EXPECT_EQ(FindInvalid(""), std::string::npos);
}

TEST(Utf8, AcceptsEmbeddedNul) {
  EXPECT_EQ(FindInvalid(std::string("1\0" "2", 3)), std::string::npos);
}

TEST(Utf8, RefusesOverlongForms) {
  EXPECT_EQ(FindInvalid("ab\xC0\xAF"), 2u);          // '/' in two bytes
  EXPECT_EQ(FindInvalid("\xE0\x80\xAF"), 0u);        // '/' in three bytes
  EXPECT_EQ(FindInvalid("x\xF0\x80\x80\xAF"), 1u);   // '/' in four bytes
}

TEST(Utf8, RefusesSurrogatesAndValuesAboveUnicode) {
  EXPECT_EQ(FindInvalid("\xED\xA0\x80"), 0u);      // U+D800
  EXPECT_EQ(FindInvalid("\xF4\x90\x80\x80"), 0u);  // U+110000
}

TEST(Utf8, RefusesTruncatedAndStrayBytes) {
  EXPECT_EQ(FindInvalid("12\xD9"), 2u);
  EXPECT_EQ(FindInvalid("\xE2\x80"), 0u);
  EXPECT_EQ(FindInvalid("a\x80"), 1u);
  EXPECT_EQ(FindInvalid("a\xF5\x80\x80\x80"), 1u);
  EXPECT_EQ(FindInvalid("\xFF"), 0u);
  EXPECT_EQ(FindInvalid("\xD9\x31"), 0u);  // lead byte followed by ASCII
}

TEST(Utf8, EncodesWhatItDecodes) {
  for (char32_t c : {U'A', U'\u0661', U'\u20AC', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(c, &s);
    const Decoded d = DecodeAt(s, 0);
    EXPECT_EQ(d.code_point, c);
    EXPECT_EQ(d.length, s.size());
  }
}

}  // namespace
}  // namespace mizan::text
