#ifndef MIZAN_CORE_TEXT_NORMALIZED_TEXT_H_
#define MIZAN_CORE_TEXT_NORMALIZED_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace mizan::text {

// The view of a text that the scanner and the parsers read, with the way back to the caller's
// bytes. Every span mizan reports is translated through it, so that spans always point into
// the caller's input and never into this copy.
class NormalizedText {
 public:
  const std::string& text() const { return text_; }

  // Original byte offset of the code point that starts at normalized offset `n`
  // (n == text().size() maps to the end of the input).
  size_t ToOriginalStart(size_t n) const;
  // Original byte offset just past the code point that ends at normalized offset `n`;
  // characters that normalization skipped after it are not included.
  size_t ToOriginalEnd(size_t n) const;

  std::string_view original() const { return original_; }

 private:
  friend class Normalizer;
  std::string text_;
  std::string_view original_;
  // (normalized offset, original - normalized) at each place where the difference changes.
  using Breaks = std::vector<std::pair<uint32_t, int64_t>>;
  Breaks breaks_;
  // For each block of kBlock normalized bytes, the first break at or after its start: a lookup
  // searches one block's breaks, not all of them (thousands in a long text, one per dropped
  // mark or shortened digit).
  static constexpr size_t kBlock = 4096;
  std::vector<uint32_t> block_first_;
  void IndexBreaks();
  Breaks::const_iterator BreakAfter(size_t n) const;
  size_t Shifted(size_t n, Breaks::const_iterator after) const;
};

// Builds NormalizedText from UTF-8 input, validating it in the same pass:
//  - every Unicode decimal digit (general category Nd) becomes the ASCII digit of its value;
//  - bidi controls, zero-width joiners, tatweel and Arabic combining marks are dropped;
//  - the spaces used to group digits (NBSP, narrow NBSP, thin and figure space) become
//    U+00A0, other space separators an ASCII space, and U+2212 MINUS an ASCII hyphen;
//  - letters are folded by a table from core/data/ (hamza forms of alef, alef maqsura,
//    teh marbuta, Persian yeh and kaf), so lexicons match every spelling;
//  - Arabic presentation forms (the shaped letters and ligatures of text copied from old PDF
//    files: "ﺛﻼﺛﺔ") become the letters they show, by Unicode's compatibility decomposition;
//    every letter of a ligature maps back to the whole ligature.
// Immutable after construction; one instance serves every thread.
class Normalizer {
 public:
  // `folds` is the text of letter_folds.tsv: lines of "FROM<TAB>TO", one code point each.
  explicit Normalizer(std::string_view folds);

  // On success returns true. On invalid UTF-8 returns false and sets *bad_offset to the
  // byte offset of the first offending byte.
  bool Normalize(std::string_view input, NormalizedText* out, size_t* bad_offset) const;

  // Folds a lexicon entry the same way as text, for matching against NormalizedText.
  std::string Fold(std::string_view s) const;

 private:
  // What one input code point becomes: nothing (skip) or one code point.
  bool Map(char32_t c, char32_t* out) const;
  // The same as one value: the code point, or kSkip; looked up in table_ where it can be,
  // as every character of a text and of a phrase passes here.
  char32_t Mapped(char32_t c) const;

  absl::flat_hash_map<char32_t, char32_t> folds_;
  // Map() of every code point of one or two UTF-8 bytes (U+0000..U+07FF), kSkip for none.
  static constexpr char32_t kTableSize = 0x800;
  static constexpr char32_t kSkip = 0xFFFFFFFF;
  std::vector<char32_t> table_ = std::vector<char32_t>(kTableSize);
  // Indexed by a lead byte's low five bits and the byte after it: for each code point of two
  // bytes that becomes one of two bytes (most letters), the two bytes it becomes, in memory
  // order; 0 for every other pair, invalid ones among them. The common case is a load and a
  // store.
  std::vector<uint16_t> two_bytes_ = std::vector<uint16_t>(32 << 8);
  // What each Arabic presentation form becomes, folded: one letter or several.
  static constexpr char32_t kPresentationFirst = 0xFB50, kPresentationLast = 0xFEFC;
  std::vector<std::u32string> presentation_;
  const std::u32string* Presentation(char32_t c) const {
    return c >= kPresentationFirst && c <= kPresentationLast ? &presentation_[c - kPresentationFirst]
                                                             : nullptr;
  }
};

}  // namespace mizan::text

#endif  // MIZAN_CORE_TEXT_NORMALIZED_TEXT_H_
