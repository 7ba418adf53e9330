#ifndef MIZAN_CORE_CHECKS_FACTS_H_
#define MIZAN_CORE_CHECKS_FACTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/claims/claim.h"
#include "core/error.h"
#include "core/numerals/decimal.h"
#include "core/text/normalized_text.h"

namespace mizan::checks {

// A reference fact: what a claim near one of its cue phrases must agree with.
struct Fact {
  std::string id;
  claims::Kind kind = claims::Kind::kNumber;
  std::string unit;
  std::optional<numerals::Decimal> lower;  // the fact's interval, tolerance included
  std::optional<numerals::Decimal> upper;
  std::string valid_from;   // ISO dates; empty = always
  std::string valid_until;
  std::vector<std::string> cues;  // folded and lower-cased like the text
  std::string display;            // the value as the file gave it, for messages
};

// Facts loaded from JSON (README.md, "Facts"). Immutable after Load().
class Facts {
 public:
  // Refuses a malformed file with kBadFacts (code 9), the byte offset of the problem and a
  // message naming the fact and the field.
  static Error Load(std::string_view json, const text::Normalizer& normalizer, Facts* out);

  const std::vector<Fact>& facts() const { return facts_; }

 private:
  std::vector<Fact> facts_;
};

}  // namespace mizan::checks

#endif  // MIZAN_CORE_CHECKS_FACTS_H_
