#include "core/engine.h"

#include "core/data/embedded.h"

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

// The separators that may join digit groups: , . ' ٫ ٬ and the normalized grouping space.
constexpr char kDigitRun[] = "([0-9]+(?:[,.'\\x{066B}\\x{066C}\\x{00A0}][0-9]+)*)";

}  // namespace

Engine::Engine()
    : normalizer_(data::Find("letter_folds.tsv")),
      digit_run_(kDigitRun, ScannerOptions()),
      percent_cues_(data::Find("percent_cues.tsv"), normalizer_) {}

std::unique_ptr<Engine> Engine::Create(Error* error) {
  std::unique_ptr<Engine> engine(new Engine());
  if (!engine->digit_run_.ok()) {
    *error = {ErrorCode::kInternal, kNoOffset, "scanner pattern: " + engine->digit_run_.error()};
    return nullptr;
  }
  if (engine->percent_cues_.entries().empty()) {
    *error = {ErrorCode::kInternal, kNoOffset, "embedded data missing: percent_cues.tsv"};
    return nullptr;
  }
  return engine;
}

}  // namespace mizan
