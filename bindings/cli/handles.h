#ifndef MIZAN_BINDINGS_CLI_HANDLES_H_
#define MIZAN_BINDINGS_CLI_HANDLES_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "mizan.h"

namespace mizan::cli {

// Owning wrappers of the C handles, so every exit path frees them.
struct EngineDeleter {
  void operator()(mizan_engine* e) const { mizan_engine_free(e); }
};
struct ResultDeleter {
  void operator()(mizan_result* r) const { mizan_result_free(r); }
};
struct FactsDeleter {
  void operator()(mizan_facts* f) const { mizan_facts_free(f); }
};
using EnginePtr = std::unique_ptr<mizan_engine, EngineDeleter>;
using ResultPtr = std::unique_ptr<mizan_result, ResultDeleter>;
using FactsPtr = std::unique_ptr<mizan_facts, FactsDeleter>;

// A new engine, or null after printing the error to `err`.
EnginePtr NewEngine(std::FILE* err);

// Prints the whole result as one JSON object and a newline (--format result).
void PrintResultJson(mizan_result* result, std::FILE* out);

// Prints a refused call as {"error": {"status", "message", "offset"}} and a newline, so that
// a program reading --format result learns the status as a library caller would.
void PrintErrorJson(int32_t status, const mizan_error& error, std::FILE* out);

// The lines of a --lines input: split at '\n', a final empty line dropped, '\r' removed.
std::vector<absl::string_view> InputLines(absl::string_view input);

}  // namespace mizan::cli

#endif  // MIZAN_BINDINGS_CLI_HANDLES_H_
