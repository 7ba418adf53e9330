#include <string>
#include <vector>

#include "core/data/embedded.h"
#include "core/scan/byte_trie.h"
#include "core/scan/candidates.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"
#include "core/scan/word_trie.h"
#include "gtest/gtest.h"
#include "unicode/uchar.h"

namespace mizan::scan {
namespace {

TEST(TextCursor, LetterTableAgreesWithIcu) {
  for (char32_t c = 0; c < 0x1000; ++c) {
    const bool icu = u_isalpha(static_cast<UChar32>(c)) ||
                     u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
    EXPECT_EQ(IsLetter(c), icu) << std::hex << static_cast<uint32_t>(c);
  }
}

TEST(TextCursor, DecodesEitherWay) {
  const std::string text = "a\u0628\u20AC\U0001F600";  // 1, 2, 3 and 4 bytes
  size_t length = 0, start = 0;
  EXPECT_EQ(NextCodePoint(text, 1, &length), U'\u0628');
  EXPECT_EQ(length, 2u);
  EXPECT_EQ(NextCodePoint(text, 3, &length), U'\u20AC');
  EXPECT_EQ(length, 3u);
  EXPECT_EQ(PreviousCodePoint(text, 3, &start), U'\u0628');
  EXPECT_EQ(start, 1u);
  EXPECT_EQ(PreviousCodePoint(text, text.size(), &start), U'\U0001F600');
  EXPECT_EQ(start, 6u);
  EXPECT_EQ(PreviousCodePoint(text, 0), 0u);
  EXPECT_EQ(NextCodePoint(text, text.size()), 0u);
  // Inside a character (a position counted back in bytes): no code point, one byte to step.
  EXPECT_EQ(NextCodePoint(text, 2, &length), 0u);
  EXPECT_EQ(length, 1u);
}


// Every two-byte character, alone and after a letter, ends a run of letters where IsLetter
// says; so do truncated and stray bytes, which are never letters.
TEST(TextCursor, LetterRunsAgreeWithIsLetter) {
  for (char32_t c = 0x80; c < 0x800; ++c) {
    std::string text = "b";
    text += static_cast<char>(0xC0 | (c >> 6));
    text += static_cast<char>(0x80 | (c & 0x3F));
    text += " ";
    EXPECT_EQ(LetterRunEnd(text, 0), IsLetter(c) ? 3u : 1u) << std::hex << uint32_t{c};
    EXPECT_EQ(LetterRunStart(text.substr(1), 2), IsLetter(c) ? 0u : 2u) << std::hex << uint32_t{c};
    EXPECT_EQ(NextLetter(text.substr(1) + "z", 0), IsLetter(c) ? 0u : 3u)
        << std::hex << uint32_t{c};
  }
  EXPECT_EQ(WordAt("\u062B\u0644\u0627\u062B\u0629\u060C", 0).size(), 10u);  // before "،"
  EXPECT_EQ(WordAt("ab\u064E9", 0).size(), 4u);  // a mark is in a word, a digit ends it
  EXPECT_EQ(WordAt("a\u00E9\u20AC", 0).size(), 3u);  // a three-byte character: no letter
  EXPECT_EQ(LetterRunEnd(std::string_view("a\xD8", 2), 0), 1u);  // a lead byte at the end
  EXPECT_EQ(LetterRunEnd(std::string_view("a\xD8z", 3), 0), 1u);  // a lead without its trail
  EXPECT_EQ(LetterRunEnd("\xA8zz", 0), 0u);  // a trail byte alone
  EXPECT_EQ(LetterRunEnd("abc", 3), 3u);
  EXPECT_EQ(WordBefore("9\u062B\u0644\u0627\u062B\u0629", 11).size(), 10u);
  EXPECT_EQ(WordBefore("\u20ACa\u00E9", 6).size(), 3u);  // back to a three-byte character
  EXPECT_EQ(LetterRunStart(std::string_view("\xA8z", 2), 2), 1u);  // a trail byte alone
  EXPECT_EQ(LetterRunStart("abc", 0), 0u);
  // Within long words too: every two-byte character at each place of a run of Arabic letters.
  const std::string ba = "\xD8\xA8";
  for (char32_t c = 0x80; c < 0x800; ++c) {
    const std::string ch = {static_cast<char>(0xC0 | (c >> 6)),
                            static_cast<char>(0x80 | (c & 0x3F))};
    for (int before = 0; before < 9; ++before) {
      std::string text;
      for (int i = 0; i < before; ++i) text += ba;
      text += ch;
      for (int i = 0; i < 9; ++i) text += ba;
      const size_t expected = IsLetter(c) ? text.size() : 2 * before;
      ASSERT_EQ(LetterRunEnd(text + "!", 0), expected) << std::hex << uint32_t{c} << " " << before;
    }
  }
  // Every ASCII byte at each place of a run of English letters, read two at a time.
  for (int b = 1; b < 0x80; ++b) {
    for (int before = 0; before < 7; ++before) {
      const std::string text = std::string(before, 'x') + static_cast<char>(b) + "yyyyyy!";
      const bool letter = IsLetter(static_cast<char32_t>(b));
      ASSERT_EQ(LetterRunEnd(text, 0), letter ? text.size() - 1 : size_t(before))
          << b << " " << before;
    }
  }
  EXPECT_EQ(LetterRunEnd("ab\u00E9cd9", 0), 6u);  // ASCII, then two bytes, then ASCII
  EXPECT_EQ(NextLetter("12, \u20AC \u00E9", 0), 8u);  // past digits and a three-byte symbol
  EXPECT_EQ(NextLetter("...", 1), 3u);
  EXPECT_EQ(NextLetter("ab", 5), 5u);
}
TEST(ByteTrie, ListsThenTablesChildren) {
  const std::vector<std::string_view> keys = {"j", "ab", "b", "c", "d", "e", "f",
                                              "g", "h", "i", "a", "", "ab", "xy", "xz"};
  std::vector<uint32_t> ends;
  const ByteTrie trie(keys, &ends);
  ASSERT_EQ(ends.size(), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    uint32_t node = ByteTrie::kRoot;
    for (char c : keys[i]) node = trie.Child(node, static_cast<unsigned char>(c));
    EXPECT_EQ(node, ends[i]) << keys[i];  // past the listed few of the root's too
  }
  EXPECT_EQ(ends[11], ByteTrie::kRoot);  // the empty key
  EXPECT_EQ(ends[1], ends[12]);          // a key twice ends at one node
  EXPECT_EQ(trie.Child(ByteTrie::kRoot, 'z'), 0u);
  EXPECT_EQ(trie.Child(ends[10], 'c'), 0u);
  EXPECT_EQ(trie.Child(trie.Child(ByteTrie::kRoot, 'x'), 'a'), 0u);
  EXPECT_EQ(trie.size(), 15u);  // the root, a..j and x, ab, xy and xz
}

TEST(ByteTrie, KeepsEachNodesMarksBitsAndValue) {
  std::vector<uint32_t> ends;
  ByteTrie trie({"ab", "ac"}, &ends);
  trie.Mark(ends[0], 2);
  trie.Mark(ends[0], 4);
  trie.AddBits(ends[1], 8);
  trie.SetValue(ends[1], 7);
  EXPECT_EQ(trie.Marks(ends[0]), 6u);
  EXPECT_FALSE(trie.Marked(ends[1]));
  EXPECT_EQ(trie.Bits(ends[1]), 8u);
  EXPECT_EQ(trie.Bits(ends[0]), 0u);
  EXPECT_EQ(trie.Value(ends[1]), 7u);
}

TEST(ByteTrie, SpreadsBitsUpToEveryNodeAbove) {
  std::vector<uint32_t> ends;
  ByteTrie trie({"abc", "abd", "x"}, &ends);
  trie.AddBits(ends[0], 1);
  trie.AddBits(ends[1], 2);
  trie.AddBits(ends[2], 4);
  trie.SpreadBitsUp();
  const uint32_t a = trie.Child(ByteTrie::kRoot, 'a');
  EXPECT_EQ(trie.Bits(a), 3u);
  EXPECT_EQ(trie.Bits(trie.Child(a, 'b')), 3u);
  EXPECT_EQ(trie.Bits(ends[0]), 1u);
  EXPECT_EQ(trie.Bits(ends[2]), 4u);
}

TEST(ByteTrie, TellsKeysApartPastTheirFirstEightBytes) {
  // Keys alike in their first eight bytes, one that is them alone, and bytes above 0x7F.
  const std::vector<std::string_view> keys = {"abcdefghY", "abcdefgh", "abcdefghX", "\xD9\x81",
                                              "\x7F", "abcdefghXZ", "\xD9\x80"};
  std::vector<uint32_t> ends;
  const ByteTrie trie(keys, &ends);
  for (size_t i = 0; i < keys.size(); ++i) {
    uint32_t node = ByteTrie::kRoot;
    for (char c : keys[i]) node = trie.Child(node, static_cast<unsigned char>(c));
    EXPECT_EQ(node, ends[i]) << i;
    EXPECT_NE(node, ByteTrie::kRoot) << i;
  }
  EXPECT_EQ(trie.size(), 16u);  // the root, a..h, X, Y, Z, 0x7F, 0xD9 and the two after it
}

class WordTrieTest : public ::testing::Test {
 protected:
  WordTrieTest()
      : trie_({{"\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB", 0, WordTrie::Clitics::kNumberWords},  // ثلاث
               {"\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD8\xA7\xD8\xA1", 2,                // ثلاثاء
                WordTrie::Clitics::kOneLetter},
               {"three", 1, WordTrie::Clitics::kNone},
               {"last week", 4, WordTrie::Clitics::kOneLetter}}) {}
  WordTrie::Match At(const std::string& text) const { return trie_.MatchAt(text, 0); }
  WordTrie trie_;
};

TEST_F(WordTrieTest, MatchesWholeWordsOnly) {
  EXPECT_EQ(At("\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB \xD8\xB3").kind, 0);  // ثلاث س
  EXPECT_EQ(At("\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD8\xA9").kind, -1);  // ثلاثة: not listed
  EXPECT_EQ(At("three,").end, 5u);
  EXPECT_EQ(At("threes").kind, -1);
  EXPECT_EQ(At("THREE").kind, 1);  // ASCII without regard to case
  EXPECT_EQ(At("Last week").end, 9u);
}

TEST_F(WordTrieTest, CliticsByKind) {
  // وبالثلاث: conjunction and preposition with article, as number words take them.
  EXPECT_EQ(At("\xD9\x88\xD8\xA8\xD8\xA7\xD9\x84\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB").kind, 0);
  // Other words take one letter of و ف ب ل ك, not two.
  EXPECT_EQ(At("\xD9\x88\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD8\xA7\xD8\xA1").kind, 2);  // وثلاثاء
  // وبثلاثاء
  EXPECT_EQ(At("\xD9\x88\xD8\xA8\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD8\xA7\xD8\xA1").kind, -1);
  EXPECT_EQ(At("\xD9\x88three").kind, -1);  // English words take no Arabic clitic
}

TEST_F(WordTrieTest, LowerKindWinsThenLongerForm) {
  const WordTrie trie({{"ab", 3, WordTrie::Clitics::kNone},
                       {"ab", 1, WordTrie::Clitics::kNone},
                       {"ab c", 1, WordTrie::Clitics::kNone}});
  const WordTrie::Match m = trie.MatchAt("ab c d", 0);
  EXPECT_EQ(m.kind, 1);
  EXPECT_EQ(m.end, 4u);
}

// A kind that is only noted never wins, nor hides a kind that does; under its clitics only.
TEST(WordTrie, TellsNotedKindsApart) {
  const WordTrie trie({{"ab", 1, WordTrie::Clitics::kNone},
                       {"ab", 7, WordTrie::Clitics::kNone},
                       {"cd", 7, WordTrie::Clitics::kOneLetter}},
                      /*noted=*/1u << 7);
  WordTrie::Match m = trie.MatchAt("ab x", 0);
  EXPECT_EQ(m.kind, 1);
  EXPECT_EQ(m.end, 2u);
  EXPECT_EQ(m.noted, 1u << 7);
  m = trie.MatchAt("cd x", 0);
  EXPECT_EQ(m.kind, -1);
  EXPECT_EQ(m.noted, 1u << 7);
  EXPECT_EQ(trie.MatchAt("\xD9\x88" "cd", 0).noted, 1u << 7);  // وcd: one letter before it
  EXPECT_EQ(trie.MatchAt("cde", 0).noted, 0u);  // not where no word ends
  EXPECT_EQ(trie.MatchAt("x ab", 0).noted, 0u);
}

TEST(PhraseList, MatchesWholeWordsOrSuffixesAsAsked) {
  const text::Normalizer normalizer{data::Find("letter_folds.tsv")};
  const PhraseList list{"more than\tmore\nem\tsuffix\n\xD9\x87\xD9\x85\tsuffix\n",  // هم
                        normalizer};
  EXPECT_EQ(list.MatchAt("MORE  THAN 5", 0).end, 10u);  // any case, any run of spaces
  EXPECT_EQ(list.MatchAt("more thanks", 0).entry, nullptr);  // not inside a word
  EXPECT_EQ(list.MatchBefore("i saw more than", 15).end, 6u);
  // A suffix is glued to a longer word; the phrase alone, or a phrase of another tag, is none.
  EXPECT_EQ(list.SuffixBefore("them", 4, "suffix").end, 2u);
  EXPECT_EQ(list.SuffixBefore("em", 2, "suffix").entry, nullptr);
  EXPECT_EQ(list.SuffixBefore("them", 4, "more").entry, nullptr);
  EXPECT_EQ(list.MatchBefore("them", 4).entry, nullptr);
  const std::string quarter_of_them = "\xD8\xB1\xD8\xA8\xD8\xB9\xD9\x87\xD9\x85";  // ربعهم
  EXPECT_EQ(list.SuffixBefore(quarter_of_them, quarter_of_them.size(), "suffix").end, 6u);
}

// A lookup for one tag walks only toward phrases that may hold it, and finds every one that
// does, in any column asked, with or without tags around it.
TEST(PhraseList, FindsEachTagWhereverPhrasesShareTheirStart) {
  const text::Normalizer normalizer{data::Find("letter_folds.tsv")};
  const PhraseList list{"up to\tto\nup from\tsince\tafter\nup\nupward\tto\n", normalizer};
  EXPECT_EQ(list.MatchAt("up to 5", 0, "to").end, 5u);
  EXPECT_EQ(list.MatchAt("up from 5", 0, "to").entry, nullptr);
  EXPECT_EQ(list.MatchAt("up from 5", 0, "since").end, 7u);
  EXPECT_EQ(list.MatchAt("up from 5", 0, "after", 1).end, 7u);  // the second column
  EXPECT_EQ(list.MatchAt("up 5", 0).end, 2u);                    // no tag, no tag asked
  EXPECT_EQ(list.MatchAt("up 5", 0, "to").entry, nullptr);
  EXPECT_EQ(list.MatchBefore("went up from", 12, "since").end, 5u);
  EXPECT_EQ(list.MatchBefore("went up to", 10, "since").entry, nullptr);
  EXPECT_EQ(list.MatchBefore("went up", 7).end, 5u);
  // Anywhere in a span, inside a word too, and only a phrase of the tag asked.
  EXPECT_TRUE(list.StartsAnywhereIn("hiccup from here", 0, 16, "since"));
  EXPECT_FALSE(list.StartsAnywhereIn("hiccup from here", 0, 4, "since"));
  EXPECT_FALSE(list.StartsAnywhereIn("hiccup from here", 0, 16, "to"));
}

// A word that starts a phrase in a span, or has "و" or "ف" glued before it; not a phrase
// inside another word.
TEST(PhraseList, StartsAWordInASpanPastAGluedAnd) {
  const text::Normalizer normalizer{data::Find("letter_folds.tsv")};
  const std::string played = "\xD8\xAE\xD8\xA7\xD8\xB6";  // خاض
  const PhraseList list{played + "\tplayed\n", normalizer};
  const std::string and_played = "\xD9\x88" + played + " 30";  // وخاض 30
  EXPECT_TRUE(list.StartsAWordIn(and_played, 0, and_played.size(), "played"));
  EXPECT_TRUE(list.StartsAWordIn(played + " 30", 0, 9, "played"));
  const std::string inside = "\xD9\x85" + played;  // مخاض: no conjunction before it
  EXPECT_FALSE(list.StartsAWordIn(inside, 0, inside.size(), "played"));
  // The phrase must start inside the span asked.
  EXPECT_FALSE(list.StartsAWordIn(and_played, 0, 2, "played"));
}

// The word candidates of a small scanner: where each starts and ends.
class ScannerTest : public ::testing::Test {
 protected:
  ScannerTest() : scanner_(Lexicon()) {}
  static CandidateWords Lexicon() {
    CandidateWords words;
    words.arabic_numbers = {"\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x87"};  // ثلاثه (folded)
    words.english_numbers = {"three", "twenty-one"};
    words.relative_times = {"last year", "a.m."};
    words.relative_pairs = {{{"more than"}, {"a year"}}};
    words.dual_endings = {"\xD8\xAA\xD9\x8A\xD9\x86"};  // تين
    return words;
  }
  std::vector<std::pair<size_t, size_t>> Words(const std::string& text) const {
    std::vector<std::pair<size_t, size_t>> spans;
    for (const Candidate& c : scanner_.Find(text, prefixes_)) {
      if (c.type != Candidate::Type::kDigits) spans.emplace_back(c.begin, c.end);
    }
    return spans;
  }
  using Spans = std::vector<std::pair<size_t, size_t>>;
  text::Normalizer normalizer_{data::Find("letter_folds.tsv")};
  PhraseList prefixes_{"", normalizer_};
  Scanner scanner_;
};

TEST_F(ScannerTest, FindsWhereEachWordStartsAndEnds) {
  EXPECT_EQ(Words("we saw three of them"), (Spans{{7, 12}}));
  EXPECT_EQ(Words("three"), (Spans{{0, 5}}));  // at the start and the end of the text
  // A word of several is found from its first word, however many words stand before it.
  EXPECT_EQ(Words("and then, as said, last year it fell"), (Spans{{19, 28}}));
  EXPECT_EQ(Words("it took more than a year"), (Spans{{8, 24}}));
  EXPECT_EQ(Words("twenty-one people"), (Spans{{0, 10}}));
  EXPECT_EQ(Words("at 9 a.m. sharp"), (Spans{{5, 9}}));
  // Inside a word, or glued to digits before it, no word starts.
  EXPECT_EQ(Words("threefold"), (Spans{}));
  EXPECT_EQ(Words("5three"), (Spans{}));
  EXPECT_EQ(Words("\xD9\x88\xD8\xAB\xD9\x84\xD8\xA7\xD8\xAB\xD9\x87 three"),  // وثلاثه three
            (Spans{{0, 12}, {13, 18}}));
  // Capitals, read eight bytes at a time in the middle of a text and one at a time at its end.
  EXPECT_EQ(Words("WE SAW THREE OF THEM"), (Spans{{7, 12}}));
  EXPECT_EQ(Words("It took MORE THAN A YEAR, or Three"), (Spans{{8, 24}, {29, 34}}));
}

// Places are noted on the same walk, after a clitic letter too, and a word that is also a
// number stays a candidate.
TEST_F(ScannerTest, NotesWherePlacesStart) {
  CandidateWords words = Lexicon();
  words.places = {"three", "\xD8\xAF\xD8\xA8\xD9\x8A", "abu"};  // three, دبي, abu
  const Scanner scanner(words);
  std::vector<size_t> places;
  const std::string text = "in \xD9\x88\xD8\xAF\xD8\xA8\xD9\x8A three Abu Dhabi, 5abu";  // ودبي
  const std::vector<Candidate> found = scanner.Find(text, prefixes_, &places);
  EXPECT_EQ(places, (std::vector<size_t>{3, 12, 18, 30}));
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].type, Candidate::Type::kEnglishWords);
  EXPECT_EQ(found[0].begin, 12u);
  EXPECT_EQ(found[1].type, Candidate::Type::kDigits);
}

// Two words in a row in a dual's ending: the first is a candidate of its own kind, and the
// second may start another.
TEST_F(ScannerTest, FindsTheFirstOfTwoWordsInADualsEnding) {
  const std::string text = "\xD9\x81\xD9\x8A "  // في
                           "\xD8\xAF\xD8\xB1\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x8A\xD9\x86 "  // دراستين
                           "\xD8\xAD\xD8\xAF\xD9\x8A\xD8\xAB\xD8\xAA\xD9\x8A\xD9\x86 "  // حديثتين
                           "three";
  const std::vector<Candidate> found = scanner_.Find(text, prefixes_);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].type, Candidate::Type::kDualPair);
  EXPECT_EQ(found[0].begin, 5u);
  EXPECT_EQ(found[0].end, 19u);
  EXPECT_EQ(found[1].type, Candidate::Type::kEnglishWords);
  // The first glued to digits is none, and neither is the second after it.
  EXPECT_EQ(Words("5\xD8\xAF\xD8\xB1\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x8A\xD9\x86 "
                  "\xD8\xAD\xD8\xAF\xD9\x8A\xD8\xAB\xD8\xAA\xD9\x8A\xD9\x86 three"),
            (Spans{{31, 36}}));
  // One word in the ending alone is none.
  EXPECT_EQ(Words("\xD8\xAF\xD8\xB1\xD8\xA7\xD8\xB3\xD8\xAA\xD9\x8A\xD9\x86 three"),
            (Spans{{15, 20}}));
}

}  // namespace
}  // namespace mizan::scan
