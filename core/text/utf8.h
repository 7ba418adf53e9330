#ifndef MIZAN_CORE_TEXT_UTF8_H_
#define MIZAN_CORE_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace mizan::text {

// One decoded code point, or a decoding error (length 0).
struct Decoded {
  char32_t code_point = 0;
  uint32_t length = 0;  // bytes consumed; 0 means the bytes at the position are not UTF-8
};

// Decodes the code point that starts at `pos`. Strict UTF-8 (RFC 3629): overlong forms,
// surrogates, values above U+10FFFF, stray continuation bytes and truncated sequences are
// all errors.
Decoded DecodeAt(std::string_view s, size_t pos);

// The byte offset of the first byte that is not part of valid UTF-8, or npos.
size_t FindInvalid(std::string_view s);

void AppendUtf8(char32_t c, std::string* out);

}  // namespace mizan::text

#endif  // MIZAN_CORE_TEXT_UTF8_H_
