// mizan_facts_load on any bytes; facts that load are then used by a check.
#include "tests/fuzz/engine_once.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mizan_facts* facts = nullptr;
  mizan_error error;
  mizan_error_init(&error);
  const int32_t status = mizan_facts_load(mizan::fuzz::Engine(),
                                          reinterpret_cast<const char*>(data), size, &facts, &error);
  if (status != MIZAN_OK) {
    if (facts != nullptr || error.code != status) std::abort();
    return 0;
  }
  static const char kText[] = "In 2011 the fund had 64 members; it was launched 13 years ago.";
  mizan_options options;
  mizan_options_init(&options);
  options.published = "2022-11-18";
  mizan_result* result = nullptr;
  if (mizan_check(mizan::fuzz::Engine(), kText, sizeof(kText) - 1, &options, facts, &result,
                  nullptr) == MIZAN_OK) {
    mizan::fuzz::Consume(result, sizeof(kText) - 1, 0);
  }
  mizan_facts_free(facts);
  return 0;
}
