#include "core/claims/extractor.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "core/claims/digit_script.h"
#include "core/scan/digit_scanner.h"
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
    const std::vector<scan::FoundRun> runs = scan::FindDigitRuns(engine_.digit_run(), text_);
    numerals::SeparatorConvention convention;
    for (const auto& f : runs) numerals::ObserveConvention(f.run, text_, &convention);
    for (const auto& f : runs) {
      const auto numbers = numerals::ReadDigitRun(f.run, text_, convention);
      for (size_t i = 0; i < numbers.size(); ++i) {
        AddNumber(numbers[i], i == 0 ? f.begin : numbers[i].begin, i == 0 && f.negative);
      }
    }
  }

 private:
  void AddNumber(const numerals::DigitNumber& n, size_t begin, bool negative) {
    Claim claim;
    claim.number = negative ? n.value.Negated() : n.value;
    claim.fraction_digits = n.fraction_digits;
    claim.separator_guessed = n.separator_guessed;
    size_t end = n.end;
    PercentCue cue;
    if (FindPercentCue(engine_, text_, begin, n.end, floor_, &cue)) {
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
    SetExactValue(&claim);
    floor_ = end;
    claims_->push_back(std::move(claim));
  }

  static void SetExactValue(Claim* claim) {
    claim->too_large = claim->number.too_large();
    if (claim->too_large) return;
    claim->value = claim->number.ToString();
    claim->lower = Bound{claim->value, true};
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
