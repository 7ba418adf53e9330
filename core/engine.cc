#include "core/engine.h"

#include "core/data/embedded.h"
#include "core/scan/candidates.h"

namespace mizan {
namespace {

re2::RE2::Options ScannerOptions() {
  re2::RE2::Options options;
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  // Long inputs with many candidates must not fall back to the slow NFA for lack of memory.
  options.set_max_mem(64 << 20);
  return options;
}

}  // namespace

Engine::Engine()
    : normalizer_(data::Find("letter_folds.tsv")),
      percent_cues_(data::Find("percent_cues.tsv"), normalizer_),
      arabic_words_(data::Find("number_words_ar.tsv"), normalizer_),
      english_words_(data::Find("number_words_en.tsv"), normalizer_),
      candidates_(std::make_unique<re2::RE2>(
          scan::CandidatePattern(arabic_words_.StartForms(), english_words_.StartForms()),
          ScannerOptions())) {}

std::unique_ptr<Engine> Engine::Create(Error* error) {
  std::unique_ptr<Engine> engine(new Engine());
  if (!engine->candidates_->ok()) {
    *error = {ErrorCode::kInternal, kNoOffset, "scanner pattern: " + engine->candidates_->error()};
    return nullptr;
  }
  if (engine->percent_cues_.entries().empty() || engine->arabic_words_.empty() ||
      engine->english_words_.empty()) {
    *error = {ErrorCode::kInternal, kNoOffset, "embedded language data is missing"};
    return nullptr;
  }
  return engine;
}

}  // namespace mizan
