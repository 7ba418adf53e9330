#include "core/scan/word_trie.h"

#include <array>

#include "absl/strings/ascii.h"

#include "core/scan/text_cursor.h"

namespace mizan::scan {
namespace {

constexpr uint8_t kNoRank = 0xFF;

// One way of writing clitics before a word, with its rank under each way of taking them (in
// the order of Clitics). Number words: a conjunction before none, then ال before لل before
// بال/كال before ب/ل/ك before none. One letter: a letter before none.
struct Prefix {
  std::string_view text;
  uint8_t ranks[3];
};

#define WAW "\xD9\x88"
#define FA "\xD9\x81"
#define BA "\xD8\xA8"
#define LAM "\xD9\x84"
#define KAF "\xD9\x83"
#define AL "\xD8\xA7\xD9\x84"
constexpr uint8_t kNo = kNoRank;
constexpr std::array<Prefix, 24> kPrefixes = {{
    {WAW AL, {0, kNo, kNo}}, {WAW LAM LAM, {1, kNo, kNo}}, {WAW BA AL, {2, kNo, kNo}},
    {WAW KAF AL, {2, kNo, kNo}}, {WAW BA, {3, kNo, kNo}}, {WAW LAM, {3, kNo, kNo}},
    {WAW KAF, {3, kNo, kNo}}, {WAW, {4, 0, kNo}},
    {FA AL, {0, kNo, kNo}}, {FA LAM LAM, {1, kNo, kNo}}, {FA BA AL, {2, kNo, kNo}},
    {FA KAF AL, {2, kNo, kNo}}, {FA BA, {3, kNo, kNo}}, {FA LAM, {3, kNo, kNo}},
    {FA KAF, {3, kNo, kNo}}, {FA, {4, 0, kNo}},
    {AL, {5, kNo, kNo}}, {LAM LAM, {6, kNo, kNo}}, {BA AL, {7, kNo, kNo}},
    {KAF AL, {7, kNo, kNo}}, {BA, {8, 0, kNo}}, {LAM, {8, 0, kNo}},
    {KAF, {8, 0, kNo}}, {"", {9, 1, 0}},  // no clitic: last, and alone the only one tried
}};
#undef WAW
#undef FA
#undef BA
#undef LAM
#undef KAF
#undef AL

// Whether a clitic may start the word at `pos`: its first letter is و ف ب ل ك or the alif of
// ال. Most words start otherwise, and try no clitic at all.
bool MayStartWithClitic(std::string_view text, size_t pos) {
  if (pos + 1 >= text.size()) return false;
  const unsigned char lead = static_cast<unsigned char>(text[pos]);
  const unsigned char trail = static_cast<unsigned char>(text[pos + 1]);
  if (lead == 0xD8) return trail == 0xA7 || trail == 0xA8;  // ا ب
  if (lead == 0xD9) {
    return trail == 0x81 || trail == 0x83 || trail == 0x84 || trail == 0x88;  // ف ك ل و
  }
  return false;
}

}  // namespace

WordTrie::WordTrie(const std::vector<Form>& forms) {
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
  }
}

void WordTrie::Walk(std::string_view text, size_t pos, const uint8_t ranks[3], Match* best,
                    uint8_t* best_rank) const {
  uint32_t node = ByteTrie::kRoot;
  while (pos < text.size()) {
    node = trie_.Child(node, static_cast<unsigned char>(
                                 absl::ascii_tolower(static_cast<unsigned char>(text[pos]))));
    if (node == ByteTrie::kRoot) return;
    ++pos;
    const uint8_t kinds = trie_.Marks(node);
    if (kinds == 0 || IsLetter(NextCodePoint(text, pos))) continue;  // no form ends a word here
    for (int way = 0; way < 3; ++way) {
      const uint8_t allowed = kinds & kinds_by_clitics_[way];
      if (allowed == 0 || ranks[way] == kNoRank) continue;
      const int kind = __builtin_ctz(allowed);
      const bool better =
          best->kind < 0 || kind < best->kind ||
          (kind == best->kind && (ranks[way] < *best_rank ||
                                  (ranks[way] == *best_rank && pos > best->end)));
      if (better) *best = {kind, pos}, *best_rank = ranks[way];
    }
  }
}

WordTrie::Match WordTrie::MatchAt(std::string_view text, size_t pos) const {
  Match best;
  uint8_t best_rank = kNoRank;
  Walk(text, pos, kPrefixes.back().ranks, &best, &best_rank);  // no clitic
  if (!MayStartWithClitic(text, pos)) return best;
  const std::string_view rest = text.substr(pos);
  for (size_t i = 0; i + 1 < kPrefixes.size(); ++i) {
    const Prefix& p = kPrefixes[i];
    // Every clitic is two bytes a letter: the first letter rules out most at once.
    if (rest.size() > p.text.size() && rest[0] == p.text[0] && rest[1] == p.text[1] &&
        rest.substr(0, p.text.size()) == p.text) {
      Walk(text, pos + p.text.size(), p.ranks, &best, &best_rank);
    }
  }
  return best;
}

}  // namespace mizan::scan
