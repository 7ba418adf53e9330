#include "core/claims/extractor.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/claims/digit_script.h"
#include "core/scan/candidates.h"
#include "core/numerals/word_number.h"
#include "core/scan/text_cursor.h"
#include "core/text/normalized_text.h"

namespace mizan::claims {
namespace {

// Counts sentence ends as the claims, which come in order, move through the text.
class SentenceCounter {
 public:
  explicit SentenceCounter(std::string_view text) : text_(text) {}

  uint32_t At(size_t pos) {
    for (; pos_ < pos && pos_ < text_.size(); ++pos_) {
      const char c = text_[pos_];
      const bool end_mark = c == '.' || c == '!' || c == '?' || c == '\n';
      if (end_mark && (pos_ + 1 >= text_.size() || scan::SpaceLength(text_, pos_ + 1) ||
                       text_[pos_ + 1] == '\n' || c == '\n')) {
        ++index_;
      } else if (text_.substr(pos_, 2) == "\xD8\x9F") {  // ؟ Arabic question mark
        ++index_;
      }
    }
    return index_;
  }

 private:
  std::string_view text_;
  size_t pos_ = 0;
  uint32_t index_ = 0;
};

struct PercentCue {
  std::string unit;
  size_t begin = 0;
  size_t end = 0;
};

// A percent or per mille cue after the number ("50 %", "50 في المائة"), or a sign glued before
// it ("%50"). `floor` is where the previous claim ended: a sign it used is not shared.
bool FindPercentCue(const Engine& engine, std::string_view text, size_t begin, size_t end,
                    size_t floor, PercentCue* cue) {
  const scan::PhraseList& cues = engine.percent_cues();
  const size_t after = scan::SkipSpaces(text, end);
  if (auto m = cues.MatchAt(text, after); m.entry) {
    *cue = {m.entry->tags.at(0), after, m.end};
    return true;
  }
  size_t sign_start = begin;
  scan::PreviousCodePoint(text, begin, &sign_start);
  if (sign_start >= begin || sign_start < floor) return false;
  if (auto m = cues.MatchAt(text, sign_start);
      m.entry && m.end == begin && m.entry->tags.size() > 1 && m.entry->tags[1] == "either") {
    *cue = {m.entry->tags[0], sign_start, m.end};
    return true;
  }
  return false;
}

// A number as read, before the claim around it is known.
struct Mention {
  size_t begin = 0;  // normalized offsets
  size_t end = 0;
  numerals::Decimal value;
  int fraction_digits = 0;
  bool separator_guessed = false;
  bool ordinal = false;
  bool vague = false;
  bool inexact = false;
};

bool IsCurrencySign(char32_t c) { return c == U'$' || c == U'£' || c == U'€' || c == U'¥'; }

class Extraction {
 public:
  Extraction(const Engine& engine, const text::NormalizedText& normalized,
             std::vector<Claim>* claims)
      : engine_(engine),
        normalized_(normalized),
        text_(normalized.text()),
        sentences_(normalized.text()),
        claims_(claims) {}

  void Run() {
    const auto candidates = scan::FindCandidates(engine_.candidates(), text_);
    numerals::SeparatorConvention convention;
    for (const auto& c : candidates) {
      if (c.type == scan::Candidate::Type::kDigits) {
        numerals::ObserveConvention(c.run, text_, &convention);
      }
    }
    for (const auto& c : candidates) {
      if (c.begin < floor_) continue;
      if (c.type == scan::Candidate::Type::kDigits) {
        ReadDigits(c, convention);
      } else {
        ReadWords(c);
      }
    }
  }

 private:
  void ReadDigits(const scan::Candidate& c, const numerals::SeparatorConvention& convention) {
    if (c.leading_point && c.run.groups.size() == 1) {
      const auto& g = c.run.groups[0];
      Mention m;
      m.begin = c.begin;
      m.end = g.end;
      m.value = *numerals::Decimal::FromDigits("0", text_.substr(g.begin, g.end - g.begin));
      m.fraction_digits = static_cast<int>(g.end - g.begin);
      Add(m);
      return;
    }
    const auto numbers = numerals::ReadDigitRun(c.run, text_, convention);
    for (size_t i = 0; i < numbers.size(); ++i) {
      const auto& n = numbers[i];
      Mention m;
      m.begin = i == 0 ? c.begin : n.begin;
      m.end = n.end;
      m.value = i == 0 && c.negative ? n.value.Negated() : n.value;
      m.fraction_digits = n.fraction_digits;
      m.separator_guessed = n.separator_guessed;
      if (i + 1 == numbers.size()) ApplyScaleWord(&m);
      Add(m);
    }
  }

  void ReadWords(const scan::Candidate& c) {
    const bool english = c.type == scan::Candidate::Type::kEnglishWords;
    const size_t start = english ? ArticleBefore(c.begin) : c.begin;
    auto words = english ? numerals::ReadEnglishWords(engine_.english_words(), text_, start)
                         : numerals::ReadArabicWords(engine_.arabic_words(), text_, start);
    if (!words && start != c.begin) words = numerals::ReadEnglishWords(engine_.english_words(), text_, c.begin);
    if (!words) return;
    Mention m;
    m.begin = words->begin;
    m.end = words->end;
    m.value = words->value;
    m.ordinal = words->ordinal;
    m.vague = words->vague;
    m.inexact = words->inexact;
    Add(m);
  }

  // "a million", "half a million": the scanner starts English phrases at the scale word.
  size_t ArticleBefore(size_t begin) const {
    size_t space_start = begin;
    while (space_start > 0 && text_[space_start - 1] == ' ') --space_start;
    if (space_start == begin) return begin;
    size_t word_start = space_start;
    while (word_start > 0 && std::isalpha(static_cast<unsigned char>(text_[word_start - 1]))) {
      --word_start;
    }
    const std::string_view word = text_.substr(word_start, space_start - word_start);
    if (word_start > 0 && scan::IsLetter(scan::PreviousCodePoint(text_, word_start))) return begin;
    if (word == "a" || word == "an" || word == "A" || word == "An") {
      const size_t half = ArticleBefore(word_start);  // "half a million"
      return half != word_start ? half : word_start;
    }
    if (word == "half" || word == "Half") return word_start;
    return begin;
  }

  // "120 مليون", "٣ آلاف", "2.5 billion", "1.2bn", "$3m": digits times a scale word.
  void ApplyScaleWord(Mention* m) const {
    const size_t glued = m->end;
    const size_t after = scan::SkipSpaces(text_, glued);
    size_t word_end = after, length = 0;
    while (word_end < text_.size() && scan::IsLetter(scan::NextCodePoint(text_, word_end, &length))) {
      word_end += length;
    }
    if (word_end == after) return;
    std::string word(text_.substr(after, word_end - after));
    for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    const numerals::WordEntry* e = engine_.arabic_words().Find(word);
    if (e == nullptr) e = engine_.english_words().Find(word);
    if (e == nullptr) return;
    using numerals::Role;
    const bool scale = e->role == Role::kScale || e->role == Role::kScalePlural ||
                       e->role == Role::kScaleAcc;
    const bool abbrev = e->role == Role::kScaleAbbrev &&
                        (word.size() > 1 ? true
                                         : after == glued && IsCurrencySign(scan::PreviousCodePoint(
                                                                 text_, m->begin)));
    if (!scale && !abbrev) return;
    m->value = m->value.Times(e->value);
    m->end = word_end;
  }

  void Add(const Mention& m) {
    Claim claim;
    claim.number = m.value;
    claim.fraction_digits = m.fraction_digits;
    claim.separator_guessed = m.separator_guessed;
    size_t begin = m.begin, end = m.end;
    PercentCue cue;
    if (m.ordinal) {
      claim.kind = Kind::kOrdinal;
    } else if (FindPercentCue(engine_, text_, begin, end, floor_, &cue)) {
      claim.kind = Kind::kPercent;
      claim.unit = cue.unit;
      begin = std::min(begin, cue.begin);
      end = std::max(end, cue.end);
    }
    claim.start = normalized_.ToOriginalStart(begin);
    claim.end = normalized_.ToOriginalEnd(end);
    claim.text = std::string(normalized_.original().substr(claim.start, claim.end - claim.start));
    claim.script = DigitScript(claim.text);
    claim.sentence = sentences_.At(begin);
    SetValue(m, &claim);
    floor_ = end;
    claims_->push_back(std::move(claim));
  }

  static void SetValue(const Mention& m, Claim* claim) {
    claim->too_large = claim->number.too_large();
    if (claim->too_large) return;
    claim->value = claim->number.ToString();
    claim->approx = m.vague || m.inexact;
    claim->lower = Bound{claim->value, true};
    if (m.vague) {  // "عشرات", "hundreds of": at least this many, no upper bound
      claim->qualifier = "at-least";
      return;
    }
    claim->upper = Bound{claim->value, true};
  }

  const Engine& engine_;
  const text::NormalizedText& normalized_;
  std::string_view text_;
  SentenceCounter sentences_;
  std::vector<Claim>* claims_;
  size_t floor_ = 0;
};

}  // namespace

Error Extract(const Engine& engine, std::string_view input, const ExtractOptions& options,
              std::vector<Claim>* claims) {
  claims->clear();
  if (input.size() > options.max_input_bytes) {
    return {ErrorCode::kInputTooLarge, options.max_input_bytes,
            absl::StrCat("input of ", input.size(), " bytes exceeds the limit of ",
                         options.max_input_bytes)};
  }
  text::NormalizedText normalized;
  size_t bad = 0;
  if (!engine.normalizer().Normalize(input, &normalized, &bad)) {
    return {ErrorCode::kInvalidUtf8, bad, absl::StrCat("invalid UTF-8 at byte ", bad)};
  }
  Extraction(engine, normalized, claims).Run();
  return {};
}

}  // namespace mizan::claims
