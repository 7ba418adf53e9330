#ifndef MIZAN_CORE_CHECKS_FINDING_H_
#define MIZAN_CORE_CHECKS_FINDING_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mizan::checks {

// The values match the MIZAN_SEVERITY_* constants of mizan.h.
enum class Severity : uint32_t { kInfo = 1, kWarning = 2, kError = 3 };

std::string_view SeverityName(Severity s);

// Which text a span points into: the document (or a comparison's source), or the target.
enum class Side : uint32_t { kSource = 0, kTarget = 1 };

struct SpanRef {
  size_t start = 0;  // UTF-8 byte offsets into that text
  size_t end = 0;
  Side side = Side::kSource;
};

// One inconsistency a check found.
struct Finding {
  std::string code;  // "compare.value_mismatch", ... (docs/CHECKS.md)
  Severity severity = Severity::kWarning;
  std::string message;
  std::vector<SpanRef> spans;  // every claim involved
  std::string expected;        // where they apply; empty otherwise
  std::string found;
};

}  // namespace mizan::checks

#endif  // MIZAN_CORE_CHECKS_FINDING_H_
