#include "core/scan/word_trie.h"

#include <algorithm>
#include <cstring>
#include <span>

#include "absl/strings/ascii.h"

#include "core/scan/text_cursor.h"

namespace mizan::scan {
namespace {

constexpr uint8_t kNoRank = 0xFF;

// One way of writing clitics before a word, after its first letter, with its rank under each
// way of taking them (in the order of Clitics). Number words: a conjunction before none, then
// ال before لل before بال/كال before ب/ل/ك before none. One letter: a letter before none.
struct Prefix {
  std::string_view rest;  // the clitics' bytes after their first letter
  uint8_t ranks[3];
};

#define WAW "\xD9\x88"
#define FA "\xD9\x81"
#define BA "\xD8\xA8"
#define LAM "\xD9\x84"
#define KAF "\xD9\x83"
constexpr uint8_t kNo = kNoRank;
// The clitics after و or ف, which are alike; then those after ا, ب, ل and ك.
constexpr Prefix kAfterConjunction[] = {
    {"\xD8\xA7" LAM, {0, kNo, kNo}}, {LAM LAM, {1, kNo, kNo}}, {BA "\xD8\xA7" LAM, {2, kNo, kNo}},
    {KAF "\xD8\xA7" LAM, {2, kNo, kNo}}, {BA, {3, kNo, kNo}}, {LAM, {3, kNo, kNo}},
    {KAF, {3, kNo, kNo}}, {"", {4, 0, kNo}}};
constexpr Prefix kAfterAlif[] = {{LAM, {5, kNo, kNo}}};
constexpr Prefix kAfterBa[] = {{"\xD8\xA7" LAM, {7, kNo, kNo}}, {"", {8, 0, kNo}}};
constexpr Prefix kAfterLam[] = {{LAM, {6, kNo, kNo}}, {"", {8, 0, kNo}}};
constexpr Prefix kAfterKaf[] = {{"\xD8\xA7" LAM, {7, kNo, kNo}}, {"", {8, 0, kNo}}};
constexpr uint8_t kNoClitic[3] = {9, 1, 0};  // last, and alone the only way tried
#undef WAW
#undef FA
#undef BA
#undef LAM
#undef KAF

// Whether text[pos, ...) starts with `rest` (of at most six bytes, a clitic's letters after its
// first): compared here, the second byte first, rather than by a call to memcmp.
bool Follows(std::string_view text, size_t pos, std::string_view rest) {
  if (rest.empty()) return true;
  if (text[pos + 1] != rest[1]) return false;  // the caller knows `rest` fits in `text`
  for (size_t i = 0; i < rest.size(); ++i) {
    if (text[pos + i] != rest[i]) return false;
  }
  return true;
}

// The ways of clitics that start with the letter at `pos`: و ف ب ل ك or the alif of ال. Most
// words start otherwise, and try no clitic at all.
std::span<const Prefix> PrefixesAt(std::string_view text, size_t pos) {
  if (pos + 1 >= text.size()) return {};
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  const unsigned char trail = static_cast<unsigned char>(text[pos + 1]);
  if (lead == 0xD8) {
    if (trail == 0xA7) return kAfterAlif;
    if (trail == 0xA8) return kAfterBa;
  } else if (lead == 0xD9) {
    if (trail == 0x81 || trail == 0x88) return kAfterConjunction;
    if (trail == 0x83) return kAfterKaf;
    if (trail == 0x84) return kAfterLam;
  }
  return {};
}

}  // namespace

WordTrie::WordTrie(const std::vector<Form>& forms, uint8_t noted) : noted_(noted) {
  std::vector<std::string_view> keys;
  keys.reserve(forms.size());
  for (const Form& form : forms) keys.push_back(form.text);
  std::vector<uint32_t> ends;
  trie_ = ByteTrie(keys, &ends);
  for (size_t i = 0; i < forms.size(); ++i) {
    if (ends[i] == ByteTrie::kRoot) continue;  // an empty form starts nothing
    const auto bit = static_cast<uint8_t>(1u << forms[i].kind);
    trie_.Mark(ends[i], bit);
    kinds_by_clitics_[static_cast<int>(forms[i].clitics)] |= bit;
    const uint32_t key = RunKey(forms[i].text, 0, LetterRunEnd(forms[i].text, 0));
    starts_[key >> 6] |= uint64_t{1} << (key & 63);
  }
  // A character of one or two bytes: an ASCII letter as its lowercase, as the keys are.
  for (char32_t c = 0; c < kFirstCharacters; ++c) {
    uint32_t node = trie_.Child(ByteTrie::kRoot, c < 0x80 ? c : 0xC0 | c >> 6);
    if (c >= 0x80 && node != ByteTrie::kRoot) node = trie_.Child(node, 0x80 | (c & 0x3F));
    after_first_[c] = node;
  }
}

void WordTrie::Walk(std::string_view text, size_t pos, const uint8_t ranks[3], Match* best,
                    uint8_t* best_rank) const {
  if (pos >= text.size()) return;
  // The first character in one step: most walks end at it or at the next.
  const auto lead = static_cast<unsigned char>(text[pos]);
  uint32_t node = ByteTrie::kRoot;
  if (lead < 0x80) {
    node = after_first_[absl::ascii_tolower(lead)];
    ++pos;
  } else if (lead - 0xC0u < 0x20u && pos + 1 < text.size()) {
    node = after_first_[(lead & 0x1Fu) << 6 | (static_cast<unsigned char>(text[pos + 1]) & 0x3Fu)];
    pos += 2;
  } else {  // a longer character, a byte at a time
    node = trie_.Child(ByteTrie::kRoot, lead);
    ++pos;
  }
  while (node != ByteTrie::kRoot) {
    const uint8_t kinds = trie_.Marks(node);
    if (kinds != 0 && !IsLetter(NextCodePoint(text, pos))) Note(kinds, pos, ranks, best, best_rank);
    if (pos >= text.size()) return;
    node = trie_.Child(node, static_cast<unsigned char>(
                                 absl::ascii_tolower(static_cast<unsigned char>(text[pos]))));
    ++pos;
  }
}

// Keeps in *best the form of `kinds` that ends a word at `pos`, if it beats *best.
void WordTrie::Note(uint8_t kinds, size_t pos, const uint8_t ranks[3], Match* best,
                    uint8_t* best_rank) const {
  for (int way = 0; way < 3; ++way) {
    uint8_t allowed = kinds & kinds_by_clitics_[way];
    if (allowed == 0 || ranks[way] == kNoRank) continue;
    best->noted |= allowed & noted_;
    allowed &= ~noted_;
    if (allowed == 0) continue;
    const int kind = __builtin_ctz(allowed);
    const bool better =
        best->kind < 0 || kind < best->kind ||
        (kind == best->kind &&
         (ranks[way] < *best_rank || (ranks[way] == *best_rank && pos > best->end)));
    if (better) best->kind = kind, best->end = pos, *best_rank = ranks[way];
  }
}

WordTrie::Match WordTrie::MatchAt(std::string_view text, size_t pos) const {
  return MatchAt(text, pos, LetterRunEnd(text, pos));
}

WordTrie::Match WordTrie::MatchFrom(std::string_view text, size_t pos, size_t word_end,
                                    bool plain) const {
  Match best;
  uint8_t best_rank = kNoRank;
  if (plain) Walk(text, pos, kNoClitic, &best, &best_rank);
  for (const Prefix& p : PrefixesAt(text, pos)) {
    // Every clitic letter is two bytes: the one after the first rules out most at once.
    const size_t after = pos + 2 + p.rest.size();
    if (after <= word_end && after < text.size() && Follows(text, pos + 2, p.rest) &&
        MayStartRun(text, after, word_end)) {
      Walk(text, after, p.ranks, &best, &best_rank);
    }
  }
  return best;
}

}  // namespace mizan::scan
