// mizan_compare on two texts cut from one input.
#include "tests/fuzz/engine_once.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mizan::fuzz::Input input(data, size);
  const std::string source = input.Part();
  const std::string target = input.Rest();
  mizan_result* result = nullptr;
  if (mizan_compare(mizan::fuzz::Engine(), source.data(), source.size(), target.data(),
                    target.size(), nullptr, &result, nullptr) == MIZAN_OK) {
    mizan::fuzz::Consume(result, source.size(), target.size());
  }
  return 0;
}
