#ifndef MIZAN_CORE_SCAN_PHRASE_LIST_H_
#define MIZAN_CORE_SCAN_PHRASE_LIST_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <string>
#include <string_view>
#include <vector>

#include "core/scan/byte_trie.h"
#include "core/text/normalized_text.h"

namespace mizan::scan {

// One bit of 64 for a tag, the same for the same tag: a node's bits say which tags may lie
// at or below it (two tags may share a bit, which only keeps a walk going). In the header and
// constexpr, so that the bit of a tag written as a literal is worked out when compiling.
constexpr uint64_t TagBit(std::string_view tag) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : tag) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return uint64_t{1} << (h % 64);
}

// A list of cue phrases from a data file, each with a tag (the file's other columns), matched
// at a given place of the normalized text: longest phrase first, ASCII letters without regard
// to case, a space in a phrase standing for any run of spaces, and a phrase that ends in a
// letter only where a word ends.
class PhraseList {
 public:
  struct Entry {
    std::string phrase;  // folded like the text
    std::vector<std::string> tags;
    // Whether any column holds `tag`: flags that stand after the positional columns.
    bool HasTag(std::string_view tag) const {
      return std::find(tags.begin(), tags.end(), tag) != tags.end();
    }
  };
  struct Match {
    const Entry* entry = nullptr;
    size_t end = 0;
  };

  // `tsv`: lines of "PHRASE<TAB>TAG<TAB>TAG...", '#' starts a comment line.
  PhraseList(std::string_view tsv, const text::Normalizer& normalizer);

  // The longest phrase that starts exactly at `pos`, if any (entry == nullptr otherwise).
  // With `only_tag`, only entries whose tag in column `column` (the first by default) is
  // `only_tag` are tried.
  Match MatchAt(std::string_view text, size_t pos, std::string_view only_tag = {},
                size_t column = 0) const {
    return MatchAt(text, pos, only_tag, column, WantedBits(only_tag));
  }

  // The longest phrase that ends exactly at `pos` and starts a word (a glued و or ف before
  // it is allowed: "وأكثر من"); Match::end is then where the phrase starts.
  Match MatchBefore(std::string_view text, size_t pos, std::string_view only_tag = {},
                    size_t column = 0) const {
    return MatchBefore(text, pos, only_tag, column, WantedBits(only_tag));
  }

  // Whether a phrase tagged `only_tag` ends at `pos` or up to `words` words before it, with
  // only spaces between the words (a mark ends the walk): Arabic puts a verb's subject between
  // it and what follows ("ارتفعت أسعار النفط 2%", "ليرتفع أسطولها إلى").
  bool EndsAWordBefore(std::string_view text, size_t pos, std::string_view only_tag,
                       int words) const;

  // The longest phrase that ends exactly at `pos` glued to the end of a longer word: a suffix
  // ("هم" of "ربعهم"); Match::end is where the phrase starts.
  Match SuffixBefore(std::string_view text, size_t pos, std::string_view only_tag = {}) const;

  // Whether a phrase tagged `only_tag` starts at the start of a word in [from, to) of `text`
  // ("أي" in "، أي بزيادة", not in "شاي"), or right after a glued "و" or "ف" ("خاض" in
  // "وخاض").
  bool StartsAWordIn(std::string_view text, size_t from, size_t to,
                     std::string_view only_tag) const {
    return FindAWordIn(text, from, to, only_tag).entry != nullptr;
  }

  // The first such phrase, where StartsAWordIn finds one (entry == nullptr otherwise);
  // Match::end is where it ends.
  Match FindAWordIn(std::string_view text, size_t from, size_t to,
                    std::string_view only_tag) const;

  // Whether a phrase tagged `only_tag` starts at any byte of [from, to) of `text`, inside a
  // word too ("المشاركة" of "والمشاركة"): MatchAt at each, the tag asked of the first byte
  // before the walk.
  bool StartsAnywhereIn(std::string_view text, size_t from, size_t to,
                        std::string_view only_tag) const;

  const std::vector<Entry>& entries() const { return entries_; }

 private:
  static constexpr uint64_t WantedBits(std::string_view only_tag) {
    return only_tag.empty() ? ~uint64_t{0} : TagBit(only_tag);
  }
  // The lookups with the tag's bits worked out by the caller.
  Match MatchAt(std::string_view text, size_t pos, std::string_view only_tag, size_t column,
                uint64_t wanted) const;
  Match MatchBefore(std::string_view text, size_t pos, std::string_view only_tag, size_t column,
                    uint64_t wanted) const;
  static bool Wanted(const Entry& e, std::string_view only_tag, size_t column) {
    return only_tag.empty() || (e.tags.size() > column && e.tags[column] == only_tag);
  }
  // A trie of the phrases' bytes, from the front or from the back: a lookup walks as far as
  // the text goes along some phrase, not through every phrase sharing a first letter. A ' '
  // edge takes a whole run of spaces.
  struct Trie {
    ByteTrie shape;
    // The phrases that end at a marked node, from its value on: their count, then their
    // indices in entries_, in entries_' order.
    std::vector<uint32_t> ends;
    Trie() = default;
    // keys[i] is entry i's phrase (reversed for the backward trie), bits[i] its tags' bits.
    Trie(const std::vector<std::string_view>& keys, const std::vector<uint64_t>& bits);
    std::span<const uint32_t> EndingAt(uint32_t node) const {
      const uint32_t at = shape.Value(node);
      return {ends.data() + at + 1, ends[at]};
    }
  };
  const Entry* FirstWanted(std::span<const uint32_t> entries, std::string_view only_tag,
                           size_t column) const;

  std::vector<Entry> entries_;  // longest first, else in the file's order
  Trie forward_, backward_;
  std::vector<bool> starts_with_letter_, ends_with_letter_;  // per entry
};

}  // namespace mizan::scan

#endif  // MIZAN_CORE_SCAN_PHRASE_LIST_H_
