#ifndef MIZAN_BINDINGS_CLI_ARGS_H_
#define MIZAN_BINDINGS_CLI_ARGS_H_

#include <string>
#include <vector>

namespace mizan::cli {

// Parses argv with the Abseil flags defined in this program: "--name", "--name=value",
// "--name value", "--noname" for booleans, "--" ends the flags. Everything else is positional.
// Unlike absl::ParseCommandLine, a bad flag is reported to the caller (the command exits 2),
// not by exiting with 1. Returns false and sets *error on a bad flag.
bool ParseArgs(int argc, char** argv, std::vector<std::string>* positional, std::string* error);

}  // namespace mizan::cli

#endif  // MIZAN_BINDINGS_CLI_ARGS_H_
