// The engine every fuzz iteration shares, made once, as a binding would.
#ifndef MIZAN_TESTS_FUZZ_ENGINE_ONCE_H_
#define MIZAN_TESTS_FUZZ_ENGINE_ONCE_H_

#include <cstdlib>
#include <initializer_list>

#include "mizan.h"

namespace mizan::fuzz {

inline const mizan_engine* Engine() {
  static const mizan_engine* engine = [] {
    mizan_engine* e = nullptr;
    if (mizan_engine_new(0, &e, nullptr) != MIZAN_OK) std::abort();
    return e;
  }();
  return engine;
}

// Walks a result as a binding does: every claim, every finding, the JSON exports. Aborts on
// a broken invariant, so that the fuzzer reports it.
inline void Consume(mizan_result* result, size_t text_size, size_t target_size) {
  mizan_claim claim;
  for (size_t i = 0; i < mizan_result_claim_count(result); ++i) {
    mizan_claim_init(&claim);
    if (mizan_result_claim(result, i, &claim, nullptr) != MIZAN_OK) std::abort();
    const size_t limit = claim.side == MIZAN_SIDE_TARGET ? target_size : text_size;
    if (claim.start > claim.end || claim.end > limit) std::abort();
  }
  mizan_finding finding;
  for (size_t i = 0; i < mizan_result_finding_count(result); ++i) {
    mizan_finding_init(&finding);
    if (mizan_result_finding(result, i, &finding, nullptr) != MIZAN_OK) std::abort();
    if (finding.code == nullptr || finding.message == nullptr) std::abort();
  }
  const char* json = nullptr;
  for (uint32_t flags : {0u, unsigned{MIZAN_JSON_LINES}, unsigned{MIZAN_JSON_FINDING_LINES}}) {
    if (mizan_result_json(result, flags, &json, nullptr, nullptr) != MIZAN_OK) std::abort();
  }
  mizan_result_free(result);
}

}  // namespace mizan::fuzz

#endif  // MIZAN_TESTS_FUZZ_ENGINE_ONCE_H_
