#ifndef MIZAN_CORE_SCAN_WORD_TRIE_H_
#define MIZAN_CORE_SCAN_WORD_TRIE_H_

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "absl/strings/ascii.h"

#include "core/scan/byte_trie.h"

namespace mizan::scan {

// The words that start word candidates, as one trie of bytes, each form filed under the kinds
// it starts (at most eight, numbered in the order they win). Matching starts where a word
// starts and crosses the Arabic clitics each kind allows before its words; a form matches only
// where a word ends after it. Immutable once built; one instance serves every thread.
//
// Which form wins where several match the same place: the lowest kind; within it, the first
// way of reading the clitics in the order `WordTrie` lists them (a conjunction before none, and
// an article before a preposition before none); then the longest form.
//
// The scanner asks at every word of a text, and most words start no form: a table of one bit
// for each form's first run of letters (its length and first eight bytes, hashed) turns most
// of them away before any walk, and a walk takes its first character in one step.
class WordTrie {
 public:
  // How a kind's words take clitics: Arabic number words take a conjunction (و ف), then an
  // article or a preposition (ال لل بال كال ب ل ك): "وبالثلاثة". Other Arabic words take one
  // letter of و ف ب ل ك: "والثلاثاء", "بيومين". English words take none.
  enum class Clitics : uint8_t { kNumberWords, kOneLetter, kNone };

  // A form (already folded, ASCII lowercase) filed under `kind` (0..7).
  struct Form {
    std::string_view text;
    int kind = 0;
    Clitics clitics = Clitics::kNone;
  };

  WordTrie() = default;  // no forms
  // The kinds of `noted` (bit k for kind k) never win a match: that one of their forms ends a
  // word is told apart, in Match::noted, so that a walk that looks for one thing notes another
  // on its way without a second trie asked at every word.
  explicit WordTrie(const std::vector<Form>& forms, uint8_t noted = 0);

  struct Match {
    int kind = -1;  // -1: none
    size_t end = 0;
    uint8_t noted = 0;  // the noted kinds with a form that ends a word here
  };
  // The form that starts the word at `pos` of `text`, after the clitics its kind allows, and
  // ends where a word ends. ASCII letters of the text are compared lowercase. `word_end` is
  // where the run of letters from `pos` ends (LetterRunEnd), for a caller that has it.
  Match MatchAt(std::string_view text, size_t pos) const;
  Match MatchAt(std::string_view text, size_t pos, size_t word_end) const {
    // Most words of a text start no form and take no clitic: told here, without a call.
    const bool plain = MayStartRun(text, pos, word_end);
    if (!plain && !MayStartWithClitic(text, pos)) return {};
    return MatchFrom(text, pos, word_end, plain);
  }

 private:
  // Walks the forms from `pos`, after clitics of the given ranks (kNoRank where a way of
  // clitics does not allow them), and keeps in *best, *best_rank whatever beats them.
  void Walk(std::string_view text, size_t pos, const uint8_t ranks[3], Match* best,
            uint8_t* best_rank) const;

  void Note(uint8_t kinds, size_t pos, const uint8_t ranks[3], Match* best,
            uint8_t* best_rank) const;

  // MatchAt() past its first look; `plain`: whether a form may start the word as it stands.
  Match MatchFrom(std::string_view text, size_t pos, size_t word_end, bool plain) const;
  // Whether the word at `pos` starts with a letter that starts a clitic: و ف ب ل ك or the alif
  // of ال.
  static bool MayStartWithClitic(std::string_view text, size_t pos) {
    if (pos + 1 >= text.size()) return false;
    const auto lead = static_cast<unsigned char>(text[pos]);
    const auto trail = static_cast<unsigned char>(text[pos + 1]);
    if (lead == 0xD8) return trail == 0xA7 || trail == 0xA8;
    return lead == 0xD9 && (trail == 0x81 || trail == 0x83 || trail == 0x84 || trail == 0x88);
  }
  // Whether a form's first run of letters may be text[begin, end): a form matches only where
  // the text's run of letters is the form's, so most words of a text, whose runs start no
  // form, are told by one bit of a table instead of a walk. Another run may share the bit.
  bool MayStartRun(std::string_view text, size_t begin, size_t end) const {
    const uint32_t key = RunKey(text, begin, end);
    return (starts_[key >> 6] >> (key & 63)) & 1;
  }
  // The run's length and its first eight bytes, ASCII letters lowercase, mixed into
  // kRunKeyBits bits.
  static uint32_t RunKey(std::string_view text, size_t begin, size_t end) {
    const size_t length = end - begin;
    uint64_t bytes = 0;
    if (std::endian::native == std::endian::little && begin + 8 <= text.size()) {
      std::memcpy(&bytes, text.data() + begin, 8);  // eight bytes at once, the first lowest
      if (length < 8) bytes &= (uint64_t{1} << (8 * length)) - 1;
      if ((~bytes & 0x8080808080808080u) != 0) bytes = LowerAscii(bytes);  // not all Arabic
    } else {
      for (size_t i = 0; i < std::min<size_t>(length, 8); ++i) {
        const auto lower = static_cast<unsigned char>(absl::ascii_tolower(text[begin + i]));
        bytes |= uint64_t{lower} << (8 * i);
      }
    }
    const uint64_t mixed = (bytes ^ (uint64_t{length} << 56)) * 0x9E3779B97F4A7C15u;
    return static_cast<uint32_t>(mixed >> (64 - kRunKeyBits));
  }
  // Eight bytes with 'A' to 'Z' among them lowered, all at once (bytes of 0x80 and above, in
  // characters of other scripts, are left alone).
  static uint64_t LowerAscii(uint64_t bytes) {
    constexpr uint64_t kOnes = 0x0101010101010101u, kHigh = 0x8080808080808080u;
    const uint64_t low7 = bytes & ~kHigh;
    const uint64_t above_z = low7 + (0x7F - 'Z') * kOnes;  // high bit: low 7 bits above 'Z'
    const uint64_t from_a = low7 + (0x80 - 'A') * kOnes;   // high bit: low 7 bits from 'A'
    const uint64_t upper = from_a & ~above_z & ~bytes & kHigh;
    return bytes | upper >> 2;  // 0x80 >> 2 is 0x20, the case bit
  }

  static constexpr size_t kFirstCharacters = 0x800;  // those of one or two bytes
  static constexpr int kRunKeyBits = 17;
  ByteTrie trie_;  // a node's marks: bit k, a form of kind k ends there
  // The node after each first character of one or two bytes, kRoot for none.
  std::array<uint32_t, kFirstCharacters> after_first_{};
  std::array<uint64_t, (size_t{1} << kRunKeyBits) / 64> starts_{};  // RunKey() of each form
  uint8_t kinds_by_clitics_[3] = {0, 0, 0};  // which kinds take each way of clitics
  uint8_t noted_ = 0;
};

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_WORD_TRIE_H_
