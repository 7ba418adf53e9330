#ifndef MIZAN_CORE_ERROR_H_
#define MIZAN_CORE_ERROR_H_

#include <cstddef>
#include <string>

namespace mizan {

// Why a core call failed. The values match the MIZAN_ERROR_* constants of mizan.h.
enum class ErrorCode : int {
  kOk = 0,
  kInvalidArgument = 1,
  kInvalidUtf8 = 2,
  kInputTooLarge = 3,
  kOutOfMemory = 4,
  kUnsupportedStruct = 5,
  kUnknownFlags = 6,
  kOutOfRange = 7,
  kInternal = 8,
  kBadFacts = 9,
};

inline constexpr size_t kNoOffset = static_cast<size_t>(-1);

struct Error {
  ErrorCode code = ErrorCode::kOk;
  size_t offset = kNoOffset;  // byte offset of the problem in the caller's input
  std::string message;

  bool ok() const { return code == ErrorCode::kOk; }
};

}  // namespace mizan

#endif  // MIZAN_CORE_ERROR_H_
