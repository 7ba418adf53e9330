// Cuts one fuzzer input into the pieces a C ABI call takes. Plain C++, so the targets also
// build with g++ for the replay test (replay_main.cc), not only with clang's libFuzzer.
#ifndef MIZAN_TESTS_FUZZ_FUZZ_INPUT_H_
#define MIZAN_TESTS_FUZZ_FUZZ_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace mizan::fuzz {

class Input {
 public:
  Input(const uint8_t* data, size_t size) : data_(data), size_(size) {}

  // The next byte, or 0 when none is left.
  uint8_t Byte() {
    if (size_ == 0) return 0;
    --size_;
    return *data_++;
  }

  uint32_t U32() {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v = (v << 8) | Byte();
    return v;
  }

  // Bytes up to the next NUL (dropped) or the end: a C string for an options field.
  std::string CString() {
    const void* nul = std::memchr(data_, 0, size_);
    const size_t n = nul ? static_cast<const uint8_t*>(nul) - data_ : size_;
    std::string out(reinterpret_cast<const char*>(data_), n);
    Skip(nul ? n + 1 : n);
    return out;
  }

  // A share of what is left, chosen by the next byte: one side of a pair.
  std::string Part() {
    const size_t n = size_ * Byte() / 256;
    std::string out(reinterpret_cast<const char*>(data_), n);
    Skip(n);
    return out;
  }

  std::string Rest() {
    std::string out(reinterpret_cast<const char*>(data_), size_);
    Skip(size_);
    return out;
  }

 private:
  void Skip(size_t n) {
    data_ += n;
    size_ -= n;
  }

  const uint8_t* data_;
  size_t size_;
};

}  // namespace mizan::fuzz

#endif  // MIZAN_TESTS_FUZZ_FUZZ_INPUT_H_
