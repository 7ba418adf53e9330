// Arithmetic inside one sentence: the checks of arith_context.h run claim by claim, in the
// order of the claims, so that two readings of one slip report it once and in place.
#include "core/checks/arith_context.h"
#include "core/checks/document_checks.h"

namespace mizan::checks {

void CheckArithmetic(const DocumentView& doc, Reporter* reporter) {
  const arith::ArithContext context(doc, reporter);
  // Asked once: each is a walk over the checks' names.
  const bool percents = reporter->Enabled("arith.percent_mismatch");
  const bool changes = reporter->Enabled("arith.change_mismatch");
  const bool totals = reporter->Enabled("arith.total_mismatch");
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    if (percents) arith::CheckSharesAt(context, i);
    if (changes) arith::CheckChangesAt(context, i);
    if (totals) arith::CheckTotalsAt(context, i);
  }
  if (totals) arith::CheckTradeBalances(context);
  if (totals) arith::CheckRemainders(context);
  if (reporter->Enabled("arith.percent_sum")) arith::CheckPercentSums(context);
}

}  // namespace mizan::checks
