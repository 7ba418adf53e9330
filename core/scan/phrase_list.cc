#include "core/scan/phrase_list.h"

#include <algorithm>

#include "absl/strings/ascii.h"
#include "core/data/tsv.h"
#include "core/scan/text_cursor.h"

namespace mizan::scan {
namespace {

// Matches `phrase` at text[pos...]; returns the end, or npos.
size_t MatchPhrase(std::string_view phrase, std::string_view text, size_t pos) {
  for (size_t i = 0; i < phrase.size(); ++i) {
    if (phrase[i] == ' ') {
      const size_t after = SkipSpaces(text, pos);
      if (after == pos) return std::string_view::npos;
      pos = after;
      continue;
    }
    if (pos >= text.size() ||
        absl::ascii_tolower(static_cast<unsigned char>(text[pos])) != phrase[i]) {
      return std::string_view::npos;
    }
    ++pos;
  }
  return pos;
}

// Matches `phrase` ending at text[...pos); returns where it starts, or npos.
size_t MatchPhraseBackward(std::string_view phrase, std::string_view text, size_t pos) {
  for (size_t i = phrase.size(); i-- > 0;) {
    if (phrase[i] == ' ') {
      size_t before = pos;
      while (before > 0) {
        if (text[before - 1] == ' ' || text[before - 1] == '\t') {
          --before;
        } else if (before >= 2 && text.substr(before - 2, 2) == "\xC2\xA0") {
          before -= 2;
        } else {
          break;
        }
      }
      if (before == pos) return std::string_view::npos;
      pos = before;
      continue;
    }
    if (pos == 0 ||
        absl::ascii_tolower(static_cast<unsigned char>(text[pos - 1])) != phrase[i]) {
      return std::string_view::npos;
    }
    --pos;
  }
  return pos;
}

bool StartsWord(std::string_view text, size_t pos) {
  size_t prev_start = pos;
  const char32_t prev = PreviousCodePoint(text, pos, &prev_start);
  if (!IsLetter(prev)) return true;
  // One glued conjunction or preposition: "وأكثر من", "لسنة 2016", "بعام 2015".
  return (prev == U'\u0648' || prev == U'\u0641' || prev == U'\u0628' || prev == U'\u0644' ||
          prev == U'\u0643') &&
         !IsLetter(PreviousCodePoint(text, prev_start));
}

// ASCII letters match without regard to case; the phrases are stored in lower case.
char32_t Lower(char32_t c) { return c < 0x80 ? absl::ascii_tolower(static_cast<char>(c)) : c; }

}  // namespace

PhraseList::PhraseList(std::string_view tsv, const text::Normalizer& normalizer) {
  for (const auto& cols : data::ReadTsv(tsv)) {
    Entry entry;
    entry.phrase = normalizer.Fold(cols[0]);
    for (char& c : entry.phrase) c = absl::ascii_tolower(static_cast<unsigned char>(c));
    const size_t first = entry.phrase.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    entry.phrase = entry.phrase.substr(first, entry.phrase.find_last_not_of(' ') + 1 - first);
    entry.tags.assign(cols.begin() + 1, cols.end());
    entries_.push_back(std::move(entry));
  }
  std::stable_sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return a.phrase.size() > b.phrase.size();
  });
  for (size_t i = 0; i < entries_.size(); ++i) {
    const std::string& phrase = entries_[i].phrase;
    by_first_[NextCodePoint(phrase, 0)].push_back(i);
    by_last_[PreviousCodePoint(phrase, phrase.size())].push_back(i);
  }
}

const std::vector<size_t>* PhraseList::Starting(char32_t c) const {
  const auto it = by_first_.find(Lower(c));
  return it == by_first_.end() ? nullptr : &it->second;
}

const std::vector<size_t>* PhraseList::Ending(char32_t c) const {
  const auto it = by_last_.find(Lower(c));
  return it == by_last_.end() ? nullptr : &it->second;
}

PhraseList::Match PhraseList::MatchAt(std::string_view text, size_t pos,
                                      std::string_view only_tag) const {
  if (pos >= text.size()) return {};
  const std::vector<size_t>* candidates = Starting(NextCodePoint(text, pos));
  if (candidates == nullptr) return {};
  for (size_t index : *candidates) {
    const Entry& entry = entries_[index];
    if (!Wanted(entry, only_tag)) continue;
    const size_t end = MatchPhrase(entry.phrase, text, pos);
    if (end == std::string_view::npos) continue;
    const char32_t last = PreviousCodePoint(entry.phrase, entry.phrase.size());
    if (IsLetter(last) && IsLetter(NextCodePoint(text, end))) continue;
    return {&entry, end};
  }
  return {};
}

}  // namespace mizan::scan

namespace mizan::scan {

PhraseList::Match PhraseList::MatchBefore(std::string_view text, size_t pos,
                                          std::string_view only_tag) const {
  if (pos == 0) return {};
  const std::vector<size_t>* candidates = Ending(PreviousCodePoint(text, pos));
  if (candidates == nullptr) return {};
  for (size_t index : *candidates) {
    const Entry& entry = entries_[index];
    if (!Wanted(entry, only_tag)) continue;
    const size_t start = MatchPhraseBackward(entry.phrase, text, pos);
    if (start == std::string_view::npos) continue;
    if (IsLetter(NextCodePoint(entry.phrase, 0)) && !StartsWord(text, start)) continue;
    return {&entry, start};
  }
  return {};
}

}  // namespace mizan::scan
