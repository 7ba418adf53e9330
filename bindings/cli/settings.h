#ifndef MIZAN_BINDINGS_CLI_SETTINGS_H_
#define MIZAN_BINDINGS_CLI_SETTINGS_H_

#include <cstdint>
#include <string>

#include "mizan.h"

namespace mizan::cli {

// What every command takes from its flags: how the input is cut, how the output is printed,
// and the options of extraction.
struct CommonSettings {
  bool lines = false;           // every line is a document (for compare, a pair)
  bool text_format = false;     // for people, instead of JSON Lines
  bool result_format = false;   // each whole result (claims and findings) as one JSON object
  std::string dollar_currency;  // ISO 4217 code of a bare "$", or empty
  uint64_t max_input_bytes = 0; // 0 = the library's default

  // The library's options for these settings; its strings point into this object.
  mizan_options Options() const {
    mizan_options options;
    mizan_options_init(&options);
    if (!dollar_currency.empty()) options.dollar_currency = dollar_currency.c_str();
    options.max_input_bytes = max_input_bytes;
    return options;
  }
};

}  // namespace mizan::cli

#endif  // MIZAN_BINDINGS_CLI_SETTINGS_H_
