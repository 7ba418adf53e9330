#ifndef MIZAN_CORE_SCAN_WORD_TRIE_H_
#define MIZAN_CORE_SCAN_WORD_TRIE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

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
  explicit WordTrie(const std::vector<Form>& forms);

  struct Match {
    int kind = -1;  // -1: none
    size_t end = 0;
  };
  // The form that starts the word at `pos` of `text`, after the clitics its kind allows, and
  // ends where a word ends. ASCII letters of the text are compared lowercase.
  Match MatchAt(std::string_view text, size_t pos) const;

 private:
  // Walks the forms from `pos`, after clitics of the given ranks (kNoRank where a way of
  // clitics does not allow them), and keeps in *best, *best_rank whatever beats them.
  void Walk(std::string_view text, size_t pos, const uint8_t ranks[3], Match* best,
            uint8_t* best_rank) const;

  ByteTrie trie_;  // a node's marks: bit k, a form of kind k ends there
  uint8_t kinds_by_clitics_[3] = {0, 0, 0};  // which kinds take each way of clitics
};

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_WORD_TRIE_H_
