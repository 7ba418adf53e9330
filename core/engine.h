#ifndef MIZAN_CORE_ENGINE_H_
#define MIZAN_CORE_ENGINE_H_

#include <memory>

#include "core/error.h"
#include "core/numerals/word_lexicon.h"
#include "core/scan/phrase_list.h"
#include "core/text/normalized_text.h"
#include "re2/re2.h"

namespace mizan {

// Everything that is built once: the normalizer's tables, the compiled RE2 programs and the
// lexicons from core/data/. Immutable after Create(), so any number of threads share one.
class Engine {
 public:
  static std::unique_ptr<Engine> Create(Error* error);

  const text::Normalizer& normalizer() const { return normalizer_; }
  // Where numbers may start: digit runs, Arabic and English number words (scan/candidates.h).
  const re2::RE2& candidates() const { return *candidates_; }
  const scan::PhraseList& percent_cues() const { return percent_cues_; }
  const numerals::WordLexicon& arabic_words() const { return arabic_words_; }
  const numerals::WordLexicon& english_words() const { return english_words_; }

 private:
  Engine();

  text::Normalizer normalizer_;
  scan::PhraseList percent_cues_;
  numerals::WordLexicon arabic_words_;
  numerals::WordLexicon english_words_;
  std::unique_ptr<re2::RE2> candidates_;
};

}  // namespace mizan

#endif  // MIZAN_CORE_ENGINE_H_
