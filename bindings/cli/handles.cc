#include "bindings/cli/handles.h"

#include "absl/strings/str_format.h"
#include "nlohmann/json.hpp"
#include "absl/strings/str_split.h"

namespace mizan::cli {

void PrintErrorJson(int32_t status, const mizan_error& error, std::FILE* out) {
  nlohmann::ordered_json j;
  j["status"] = status;
  j["message"] = error.message;
  j["offset"] = error.offset == MIZAN_NO_OFFSET ? nlohmann::ordered_json(nullptr)
                                                 : nlohmann::ordered_json(error.offset);
  const nlohmann::ordered_json wrapped = {{"error", j}};
  std::fprintf(out, "%s\n",
               wrapped.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace).c_str());
}

void PrintResultJson(mizan_result* result, std::FILE* out) {
  const char* json = nullptr;
  size_t length = 0;
  if (mizan_result_json(result, 0, &json, &length, nullptr) != MIZAN_OK) return;
  std::fwrite(json, 1, length, out);
  std::fputc('\n', out);
}

EnginePtr NewEngine(std::FILE* err) {
  mizan_error error;
  mizan_error_init(&error);
  mizan_engine* engine = nullptr;
  if (mizan_engine_new(0, &engine, &error) != MIZAN_OK) {
    absl::FPrintF(err, "mizan: %s\n", error.message);
    return nullptr;
  }
  return EnginePtr(engine);
}

std::vector<absl::string_view> InputLines(absl::string_view input) {
  std::vector<absl::string_view> lines = absl::StrSplit(input, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  for (auto& line : lines) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  }
  return lines;
}

}  // namespace mizan::cli
