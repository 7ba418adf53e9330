#ifndef MIZAN_CORE_ENGINE_H_
#define MIZAN_CORE_ENGINE_H_

#include <memory>

#include "core/error.h"
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
  // Digit groups joined by single separators, over the normalized text.
  const re2::RE2& digit_run() const { return digit_run_; }
  const scan::PhraseList& percent_cues() const { return percent_cues_; }

 private:
  Engine();

  text::Normalizer normalizer_;
  re2::RE2 digit_run_;
  scan::PhraseList percent_cues_;
};

}  // namespace mizan

#endif  // MIZAN_CORE_ENGINE_H_
