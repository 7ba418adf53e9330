#ifndef MIZAN_BINDINGS_CLI_CHECK_COMMAND_H_
#define MIZAN_BINDINGS_CLI_CHECK_COMMAND_H_

#include <cstdint>
#include <cstdio>
#include <string>

namespace mizan::cli {

struct CheckSettings {
  bool lines = false;        // every line is a document (check) or a pair (compare)
  bool text_format = false;  // for people, instead of JSON Lines
  bool result_format = false;  // the whole result (claims and findings) as one JSON object
  std::string dollar_currency;  // ISO 4217 code of a bare "$", or empty
  uint64_t max_input_bytes = 0;  // 0 = the library's default
  std::string facts_json;    // check: the facts file's contents, or empty
  std::string published;     // "YYYY-MM-DD" or empty
  std::string checks;        // "code=off,..." or empty
  int fail_on = 0;           // MIZAN_SEVERITY_* that makes the exit status 1; 0 = never
};

// `mizan check`: the findings of one document, or of each line. Returns the exit status.
int RunCheck(const std::string& input, const CheckSettings& settings, std::FILE* out,
             std::FILE* err);

// `mizan compare`: the findings between a source and a target, or of each "source<TAB>target"
// line. Returns the exit status.
int RunCompare(const std::string& source, const std::string& target, const CheckSettings& settings,
               std::FILE* out, std::FILE* err);
int RunComparePairs(const std::string& pairs, const CheckSettings& settings, std::FILE* out,
                    std::FILE* err);

}  // namespace mizan::cli

#endif  // MIZAN_BINDINGS_CLI_CHECK_COMMAND_H_
