#ifndef MIZAN_BINDINGS_CLI_EXTRACT_COMMAND_H_
#define MIZAN_BINDINGS_CLI_EXTRACT_COMMAND_H_

#include <cstdint>
#include <cstdio>
#include <string>

namespace mizan::cli {

struct ExtractSettings {
  bool lines = false;        // every line is a document
  bool text_format = false;  // a table instead of JSON Lines
  bool result_format = false;  // the whole result as one JSON object per document
  std::string dollar_currency;  // ISO 4217 code of a bare "$", or empty
  uint64_t max_input_bytes = 0;  // 0 = the library's default
};

// `mizan extract`: prints the claims of `input`. Returns the exit status.
int RunExtract(const std::string& input, const ExtractSettings& settings, std::FILE* out,
               std::FILE* err);

}  // namespace mizan::cli

#endif  // MIZAN_BINDINGS_CLI_EXTRACT_COMMAND_H_
