#include "core/claims/claim.h"

namespace mizan::claims {

std::string_view KindName(Kind kind) {
  switch (kind) {
    case Kind::kNumber: return "number";
    case Kind::kMoney: return "money";
    case Kind::kPercent: return "percent";
    case Kind::kYear: return "year";
    case Kind::kDate: return "date";
    case Kind::kDuration: return "duration";
    case Kind::kOrdinal: return "ordinal";
    case Kind::kQuantity: return "quantity";
  }
  return "unknown";
}

}  // namespace mizan::claims
