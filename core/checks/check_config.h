#ifndef MIZAN_CORE_CHECKS_CHECK_CONFIG_H_
#define MIZAN_CORE_CHECKS_CHECK_CONFIG_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/checks/finding.h"
#include "core/error.h"

namespace mizan::checks {

// Every finding code mizan knows, with its default severity and whether it runs by default.
struct CheckInfo {
  std::string_view code;
  Severity severity;
  bool enabled;
};
const std::vector<CheckInfo>& AllChecks();

// Which checks run and how severe their findings are: the defaults, changed by a caller's
// text "code=off", "code=warning", "compare.*=off", separated by commas or spaces. A prefix
// with ".*" applies to every code under it.
class CheckConfig {
 public:
  CheckConfig();

  // Applies `spec` on top of the current settings; unknown codes and values are refused.
  Error Apply(std::string_view spec);

  bool Enabled(std::string_view code) const;
  Severity SeverityOf(std::string_view code) const;
  // Whether the caller set this code's severity (a check may then not choose its own).
  bool Overridden(std::string_view code) const;

 private:
  struct Setting {
    bool enabled;
    Severity severity;
    bool overridden = false;
  };
  // The setting of `code`, or nullptr. A walk over twenty names: cheaper than hashing, and
  // a call builds its config each time.
  const Setting* Find(std::string_view code) const;

  std::vector<Setting> settings_;  // in the order of AllChecks()
};

}  // namespace mizan::checks

#endif  // MIZAN_CORE_CHECKS_CHECK_CONFIG_H_
