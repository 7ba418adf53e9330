#include "core/scan/phrase_list.h"

#include <algorithm>
#include <numeric>

#include "absl/strings/ascii.h"
#include "core/data/tsv.h"
#include "core/scan/text_cursor.h"

namespace mizan::scan {
namespace {

unsigned char LowerByte(char c) {
  return static_cast<unsigned char>(absl::ascii_tolower(static_cast<unsigned char>(c)));
}

// The byte a walk takes at `pos`, a run of spaces being one ' ', and where the next starts.
unsigned char StepAt(std::string_view text, size_t* pos) {
  if (SpaceLength(text, *pos)) {
    *pos = SkipSpaces(text, *pos);
    return ' ';
  }
  return LowerByte(text[(*pos)++]);
}

// The same walking backwards: the byte before `pos`, and where the one before it ends.
unsigned char StepBefore(std::string_view text, size_t* pos) {
  const size_t start = SkipSpacesBack(text, *pos);
  if (start != *pos) {
    *pos = start;
    return ' ';
  }
  return LowerByte(text[--*pos]);
}

// Whether a phrase of `length` bytes that starts at `pos` starts a word. One glued conjunction
// or preposition may stand before it ("وأكثر من", "ومن 18", "لسنة 2016", "بعام 2015"); a
// preposition not before a phrase of two letters, which it would make another word: "بين" is
// no "ب" + "ين" (yen), "لكم" no "ل" + "كم".
bool StartsWord(std::string_view text, size_t pos, size_t length) {
  size_t prev_start = pos;
  const char32_t prev = PreviousCodePoint(text, pos, &prev_start);
  if (!IsLetter(prev)) return true;
  const bool conjunction = prev == U'\u0648' || prev == U'\u0641';
  const bool preposition = prev == U'\u0628' || prev == U'\u0644' || prev == U'\u0643';
  return (conjunction || (preposition && length > 4)) &&
         !IsLetter(PreviousCodePoint(text, prev_start));
}

// Whether "و" or "ف" starts a word at `at` glued to a letter: "وخاض", "فاز" no ("ف" then
// "از" is no phrase a list holds, so the word itself is tried first).
bool GluedConjunctionAt(std::string_view text, size_t at) {
  const bool conjunction = text.substr(at, 2) == "\xD9\x88" || text.substr(at, 2) == "\xD9\x81";
  return conjunction && IsLetter(NextCodePoint(text, at + 2));
}

}  // namespace

PhraseList::PhraseList(std::string_view tsv, const text::Normalizer& normalizer) {
  const auto rows = data::ReadTsv(tsv);
  std::vector<Entry> read;
  read.reserve(rows.size());  // made room for at once: a vector that grows touches pages
  for (const auto& cols : rows) {
    Entry entry;
    entry.phrase = normalizer.Fold(cols[0]);
    absl::AsciiStrToLower(&entry.phrase);
    const size_t first = entry.phrase.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    entry.phrase = entry.phrase.substr(first, entry.phrase.find_last_not_of(' ') + 1 - first);
    entry.tags.assign(cols.begin() + 1, cols.end());
    read.push_back(std::move(entry));
  }
  // Longest first, sorted by index: each entry is moved once.
  std::vector<uint32_t> order(read.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&read](uint32_t a, uint32_t b) {
    return read[a].phrase.size() > read[b].phrase.size();
  });
  entries_.reserve(read.size());
  for (const uint32_t i : order) entries_.push_back(std::move(read[i]));
  std::vector<std::string_view> forward;
  std::vector<std::string> reversed;
  std::vector<uint64_t> bits;
  forward.reserve(entries_.size());
  reversed.reserve(entries_.size());
  bits.reserve(entries_.size());
  for (const Entry& entry : entries_) {
    forward.push_back(entry.phrase);
    reversed.emplace_back(entry.phrase.rbegin(), entry.phrase.rend());
    bits.push_back(1);  // a phrase without tags lies there too: a lookup for any phrase goes on
    for (const std::string& tag : entry.tags) bits.back() |= TagBit(tag);
    starts_with_letter_.push_back(IsLetter(NextCodePoint(entry.phrase, 0)));
    ends_with_letter_.push_back(IsLetter(PreviousCodePoint(entry.phrase, entry.phrase.size())));
  }
  forward_ = Trie(forward, bits);
  backward_ = Trie(std::vector<std::string_view>(reversed.begin(), reversed.end()), bits);
}

PhraseList::Trie::Trie(const std::vector<std::string_view>& keys,
                       const std::vector<uint64_t>& bits) {
  std::vector<uint32_t> end_nodes;
  shape = ByteTrie(keys, &end_nodes);
  // The keys by the node they end at, in their own order within one (a counting sort).
  std::vector<uint32_t> starts(shape.size() + 1, 0);
  for (const uint32_t node : end_nodes) ++starts[node + 1];
  std::partial_sum(starts.begin(), starts.end(), starts.begin());
  std::vector<uint32_t> by_node(keys.size());
  for (uint32_t i = 0; i < keys.size(); ++i) by_node[starts[end_nodes[i]]++] = i;
  for (size_t i = 0; i < by_node.size(); ++i) {
    const uint32_t node = end_nodes[by_node[i]];
    if (i == 0 || node != end_nodes[by_node[i - 1]]) {
      shape.Mark(node);
      shape.SetValue(node, static_cast<uint32_t>(ends.size()));
      ends.push_back(0);
    }
    ++ends[shape.Value(node)];
    ends.push_back(by_node[i]);
  }
  for (size_t i = 0; i < keys.size(); ++i) shape.AddBits(end_nodes[i], bits[i]);
  shape.SpreadBitsUp();
}

const PhraseList::Entry* PhraseList::FirstWanted(std::span<const uint32_t> entries,
                                                 std::string_view only_tag, size_t column) const {
  for (uint32_t i : entries) {
    if (Wanted(entries_[i], only_tag, column)) return &entries_[i];
  }
  return nullptr;
}

PhraseList::Match PhraseList::MatchAt(std::string_view text, size_t pos,
                                      std::string_view only_tag, size_t column,
                                      uint64_t wanted) const {
  Match best;
  uint32_t node = ByteTrie::kRoot;
  while (pos < text.size()) {
    node = forward_.shape.Child(node, StepAt(text, &pos));
    if (node == ByteTrie::kRoot || !(forward_.shape.Bits(node) & wanted)) break;
    if (!forward_.shape.Marked(node)) continue;
    const std::span<const uint32_t> here = forward_.EndingAt(node);
    // A phrase that ends in a letter ends a word.
    if (ends_with_letter_[here[0]] && IsLetter(NextCodePoint(text, pos))) continue;
    if (const Entry* e = FirstWanted(here, only_tag, column)) best = {e, pos};
  }
  return best;
}

PhraseList::Match PhraseList::FindAWordIn(std::string_view text, size_t from, size_t to,
                                          std::string_view only_tag) const {
  const uint64_t wanted = WantedBits(only_tag);
  from = CharacterStart(text, from);
  bool after_letter = from > 0 && IsLetter(PreviousCodePoint(text, from));
  // The trie is asked for the first letter before a walk: most words start no phrase. An
  // Arabic letter's two bytes both (its second is never a space a walk would fold).
  const auto starts = [&](size_t at) -> Match {
    uint32_t node = forward_.shape.Child(ByteTrie::kRoot, LowerByte(text[at]));
    if (node == ByteTrie::kRoot || !(forward_.shape.Bits(node) & wanted)) return {};
    if (static_cast<unsigned char>(text[at]) >= 0x80 && at + 1 < text.size()) {
      node = forward_.shape.Child(node, static_cast<unsigned char>(text[at + 1]));
      if (node == ByteTrie::kRoot || !(forward_.shape.Bits(node) & wanted)) return {};
    }
    return MatchAt(text, at, only_tag, 0, wanted);
  };
  for (size_t at = from, length = 1; at < to && at < text.size(); at += length) {
    const bool letter = IsLetter(NextCodePoint(text, at, &length));
    if (letter && !after_letter) {
      if (const Match m = starts(at); m.entry) return m;
      if (GluedConjunctionAt(text, at) && at + 2 < to) {
        if (const Match m = starts(at + 2); m.entry) return m;
      }
    }
    after_letter = letter;
  }
  return {};
}

bool PhraseList::EndsAWordBefore(std::string_view text, size_t pos, std::string_view only_tag,
                                 int words) const {
  for (int word = 0; word <= words; ++word) {
    if (MatchBefore(text, pos, only_tag).entry) return true;
    const size_t start = pos - WordBefore(text, pos).size();  // back over one word
    const size_t before = SkipSpacesBack(text, start);
    if (start == pos || before == start) return false;  // a mark: another clause
    pos = before;
  }
  return false;
}

bool PhraseList::StartsAnywhereIn(std::string_view text, size_t from, size_t to,
                                  std::string_view only_tag) const {
  const uint64_t wanted = TagBit(only_tag);
  const ByteTrie& shape = forward_.shape;
  for (size_t at = from; at < to && at < text.size(); ++at) {
    const uint32_t first = shape.Child(ByteTrie::kRoot, LowerByte(text[at]));
    if (first == ByteTrie::kRoot || !(shape.Bits(first) & wanted)) continue;
    // The second byte too, before the walk: every Arabic letter starts with one of two bytes.
    if (!shape.Marked(first) && at + 1 < text.size()) {
      const uint32_t second = shape.Child(first, LowerByte(text[at + 1]));
      if (second == ByteTrie::kRoot || !(shape.Bits(second) & wanted)) continue;
    }
    if (MatchAt(text, at, only_tag, 0, wanted).entry) return true;
  }
  return false;
}

PhraseList::Match PhraseList::MatchBefore(std::string_view text, size_t pos,
                                          std::string_view only_tag, size_t column,
                                          uint64_t wanted) const {
  Match best;
  uint32_t node = ByteTrie::kRoot;
  while (pos > 0) {
    node = backward_.shape.Child(node, StepBefore(text, &pos));
    if (node == ByteTrie::kRoot || !(backward_.shape.Bits(node) & wanted)) break;
    if (!backward_.shape.Marked(node)) continue;
    const std::span<const uint32_t> here = backward_.EndingAt(node);
    // A phrase that starts with a letter starts a word.
    if (starts_with_letter_[here[0]] && !StartsWord(text, pos, entries_[here[0]].phrase.size())) {
      continue;
    }
    if (const Entry* e = FirstWanted(here, only_tag, column)) best = {e, pos};
  }
  return best;
}

PhraseList::Match PhraseList::SuffixBefore(std::string_view text, size_t pos,
                                           std::string_view only_tag) const {
  Match best;
  const uint64_t wanted = only_tag.empty() ? ~uint64_t{0} : TagBit(only_tag);
  uint32_t node = ByteTrie::kRoot;
  while (pos > 0) {
    node = backward_.shape.Child(node, StepBefore(text, &pos));
    if (node == ByteTrie::kRoot || !(backward_.shape.Bits(node) & wanted)) break;
    if (!backward_.shape.Marked(node) || !IsLetter(PreviousCodePoint(text, pos))) continue;
    if (const Entry* e = FirstWanted(backward_.EndingAt(node), only_tag, 0)) best = {e, pos};
  }
  return best;
}

}  // namespace mizan::scan
