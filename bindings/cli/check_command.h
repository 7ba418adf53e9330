#ifndef MIZAN_BINDINGS_CLI_CHECK_COMMAND_H_
#define MIZAN_BINDINGS_CLI_CHECK_COMMAND_H_

#include <cstdio>
#include <string>

#include "bindings/cli/settings.h"

namespace mizan::cli {

struct CheckSettings : CommonSettings {
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
