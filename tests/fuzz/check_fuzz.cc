// mizan_check on any bytes, with a fixed publication date so the time checks run too.
#include "tests/fuzz/engine_once.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mizan_options options;
  mizan_options_init(&options);
  options.published = "2022-11-18";
  mizan_result* result = nullptr;
  if (mizan_check(mizan::fuzz::Engine(), reinterpret_cast<const char*>(data), size, &options,
                  nullptr, &result, nullptr) == MIZAN_OK) {
    mizan::fuzz::Consume(result, size, 0);
  }
  return 0;
}
