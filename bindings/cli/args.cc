#include "bindings/cli/args.h"

#include <algorithm>

#include "absl/strings/string_view.h"

#include "absl/flags/commandlineflag.h"
#include "absl/flags/reflection.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace mizan::cli {

bool ParseArgs(int argc, char** argv, std::vector<std::string>* positional, std::string* error) {
  for (int i = 1; i < argc; ++i) {
    absl::string_view arg = argv[i];
    if (arg == "--") {
      for (++i; i < argc; ++i) positional->emplace_back(argv[i]);
      break;
    }
    if (!absl::StartsWith(arg, "--") || arg == "-") {
      positional->emplace_back(arg);
      continue;
    }
    arg.remove_prefix(2);
    absl::string_view name = arg, value;
    const size_t eq = arg.find('=');
    const bool has_value = eq != absl::string_view::npos;
    if (has_value) name = arg.substr(0, eq), value = arg.substr(eq + 1);

    // "--fail-on" is the flag fail_on: Abseil names flags with underscores.
    std::string flag_name(name);
    std::replace(flag_name.begin(), flag_name.end(), '-', '_');
    name = flag_name;
    absl::CommandLineFlag* flag = absl::FindCommandLineFlag(name);
    bool negated = false;
    if (flag == nullptr && absl::StartsWith(name, "no")) {
      flag = absl::FindCommandLineFlag(name.substr(2));
      negated = flag != nullptr && flag->IsOfType<bool>() && !has_value;
      if (!negated) flag = nullptr;
    }
    if (flag == nullptr) {
      *error = absl::StrCat("unknown flag --", name);
      return false;
    }
    std::string parsed_value;
    if (flag->IsOfType<bool>()) {
      parsed_value = has_value ? std::string(value) : (negated ? "false" : "true");
    } else if (has_value) {
      parsed_value = std::string(value);
    } else if (i + 1 < argc) {
      parsed_value = argv[++i];
    } else {
      *error = absl::StrCat("flag --", name, " needs a value");
      return false;
    }
    std::string why;
    if (!flag->ParseFrom(parsed_value, &why)) {
      *error = absl::StrCat("bad value for --", name, ": ", why);
      return false;
    }
  }
  return true;
}

}  // namespace mizan::cli
