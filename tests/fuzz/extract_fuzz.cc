// mizan_extract on any bytes.
#include "tests/fuzz/engine_once.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mizan_result* result = nullptr;
  if (mizan_extract(mizan::fuzz::Engine(), reinterpret_cast<const char*>(data), size, nullptr,
                    &result, nullptr) == MIZAN_OK) {
    mizan::fuzz::Consume(result, size, 0);
  }
  return 0;
}
