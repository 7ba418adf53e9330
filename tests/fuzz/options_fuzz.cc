// The options struct from outside: its size (smaller, equal or larger than this version's,
// with a tail that is zero or not), flags, the size limit and the three strings
// (dollar_currency, published, checks), then a text to check with them.
#include <cstring>

#include "tests/fuzz/engine_once.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  mizan::fuzz::Input input(data, size);
  mizan_options options;
  mizan_options_init(&options);
  options.struct_size = static_cast<uint32_t>(sizeof(mizan_options) - 8 + input.Byte() % 25);
  options.flags = input.Byte() % 4 == 0 ? input.U32() : 0;
  options.max_input_bytes = input.U32() % 4096;
  const bool dirty_tail = input.Byte() % 8 == 0;
  const std::string dollar = input.CString();
  const std::string published = input.CString();
  const std::string checks = input.CString();
  const std::string text = input.Rest();
  options.dollar_currency = dollar.empty() ? nullptr : dollar.c_str();
  options.published = published.empty() ? nullptr : published.c_str();
  options.checks = checks.empty() ? nullptr : checks.c_str();
  // A caller of a newer version passes a larger struct: real memory behind struct_size.
  alignas(mizan_options) unsigned char buffer[sizeof(mizan_options) + 16] = {};
  std::memcpy(buffer, &options, sizeof(options));
  if (dirty_tail) buffer[sizeof(mizan_options) + 3] = 1;
  mizan_result* result = nullptr;
  if (mizan_check(mizan::fuzz::Engine(), text.data(), text.size(),
                  reinterpret_cast<const mizan_options*>(buffer), nullptr, &result,
                  nullptr) == MIZAN_OK) {
    mizan::fuzz::Consume(result, text.size(), 0);
  }
  return 0;
}
