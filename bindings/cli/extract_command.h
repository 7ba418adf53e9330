#ifndef MIZAN_BINDINGS_CLI_EXTRACT_COMMAND_H_
#define MIZAN_BINDINGS_CLI_EXTRACT_COMMAND_H_

#include <cstdio>
#include <string>

#include "bindings/cli/settings.h"

namespace mizan::cli {

// With text_format, a table of the claims.
struct ExtractSettings : CommonSettings {};

// `mizan extract`: prints the claims of `input`. Returns the exit status.
int RunExtract(const std::string& input, const ExtractSettings& settings, std::FILE* out,
               std::FILE* err);

}  // namespace mizan::cli

#endif  // MIZAN_BINDINGS_CLI_EXTRACT_COMMAND_H_
