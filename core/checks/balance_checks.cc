// arith.total_mismatch: a trade balance said beside the exports and imports it is the gap
//   between ("exports fell to $18.2 billion and imports rose to $22.5 billion, widening the
//   trade deficit to $4.3 billion", "بلغت الصادرات 18.2 مليار دولار والواردات 22.5 مليار
//   دولار، بعجز تجاري قدره 4.3 مليار دولار"), which it is not within their rounding.
//
// Each of the sentence's three amounts of money is named by the last word of trade before it
// (arith_cues.tsv "trade"), back to the amount before. A sentence with any other amount of
// money (a change's "by $2 billion", last year's level) is left, as are exports or imports
// of one partner or one good ("exports to China", "oil exports", "الصادرات النفطية"): the
// balance beside them may be the whole trade's.
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/strings/str_format.h"
#include "core/checks/arith_context.h"
#include "core/checks/document_checks.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks::arith {
namespace {

enum Trade : size_t { kExports, kImports, kBalance, kTrades };

class BalanceChecks : public ArithContext {
 public:
  explicit BalanceChecks(const ArithContext& context) : ArithContext(context) {}

  void Run() {
    const auto& claims = doc_.claims;
    for (size_t i = 0; i < claims.size();) {
      size_t end = i + 1, money = claims[i].kind == Kind::kMoney;
      for (; end < claims.size() && claims[end].sentence == claims[i].sentence; ++end) {
        money += claims[end].kind == Kind::kMoney;
      }
      if (money == 3) Sentence(i, end);
      i = end;
    }
  }

 private:
  // The sentence of claims [from, to), which holds three amounts of money.
  void Sentence(size_t from, size_t to) {
    const auto& claims = doc_.claims;
    std::array<const Claim*, kTrades> named{};
    const size_t start = SentenceStart(claims[from]);
    size_t window = start;
    bool bare_balance = false;
    const Claim* first = nullptr;  // of the amounts
    for (size_t k = from; k < to; ++k) {
      const Claim& c = claims[k];
      if (c.kind != Kind::kMoney) continue;
      const scan::PhraseList::Entry* cue = TradeNaming(window, c);
      window = c.norm_end;
      if (cue == nullptr || !(IsPlainCount(c) || IsCountAbout(c))) return;
      const Trade trade = cue->tags[1] == "exports"   ? kExports
                          : cue->tags[1] == "imports" ? kImports
                                                      : kBalance;
      if (named[trade] != nullptr || (first != nullptr && c.unit != first->unit)) return;
      named[trade] = &c;
      if (first == nullptr) first = &c;
      bare_balance |= trade == kBalance && cue->HasTag("bare");
    }
    // "the deficit" alone may be the budget's: trade must be named in the sentence.
    if (bare_balance &&
        !cues_.StartsAWordIn(text_, start, claims[to - 1].norm_end, "trade-word")) {
      return;
    }
    Weigh(*named[kExports], *named[kImports], *named[kBalance]);
  }

  // The cue of trade that names claim c: the last one that starts a word in [from, c), where
  // nothing narrows it to a partner or a good; null where there is none.
  const scan::PhraseList::Entry* TradeNaming(size_t from, const Claim& c) const {
    scan::PhraseList::Match last;
    size_t at = 0;
    for (size_t p = from; p < c.norm_begin; ++p) {
      if (p > 0 && text_[p - 1] != ' ' && text_[p - 1] != ',' && text_[p - 1] != '(') continue;
      const auto m = cues_.MatchAt(text_, p, "trade");
      if (m.entry == nullptr || m.end > c.norm_begin) continue;
      last = m, at = p;
      p = m.end - 1;  // "trade deficit" is one cue, no "deficit" after "trade"
    }
    if (last.entry == nullptr || Narrowed(at, last.end, c)) return nullptr;
    return last.entry;
  }

  // Whether the words around a cue of trade in [begin, end) make it one partner's or one
  // good's: a preposition after it before anything but the amount ("exports to China",
  // "العجز مع الصين"), an Arabic adjective after it ("الصادرات النفطية", "غير النفطية"), or an
  // English word before it that is no article, owner or conjunction ("oil exports").
  bool Narrowed(size_t begin, size_t end, const Claim& c) const {
    const size_t next = scan::SkipSpaces(text_, end);
    const std::string_view word = scan::WordAt(text_, next);
    if (const auto narrow = cues_.MatchAt(text_, next, "trade-narrow");
        narrow.entry && next < c.norm_begin &&
        !(narrow.entry->HasTag("partner") && scan::SkipSpaces(text_, narrow.end) == c.norm_begin)) {
      return true;
    }
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84", kIyya = "\xD9\x8A\xD9\x87";  // ال، يه
    if (next < c.norm_begin && word.starts_with(kAl) && word.ends_with(kIyya)) return true;
    if (static_cast<unsigned char>(text_[begin]) >= 0x80) return false;
    const size_t before_end = scan::SkipSpacesBack(text_, begin);
    // ("Germany's trade surplus", "Germany’s": an owner's, arith_cues.tsv "possessive".)
    if (scan::WordBefore(text_, before_end).empty() ||
        cues_.MatchBefore(text_, before_end, "possessive").entry) {
      return false;
    }
    return !cues_.MatchBefore(text_, before_end, "trade-lead").entry;
  }

  void Weigh(const Claim& exports, const Claim& imports, const Claim& balance) {
    const double e = *AsDouble(exports.value), i = *AsDouble(imports.value);
    const double b = std::fabs(*AsDouble(balance.value)), gap = std::fabs(i - e);
    const double slack = WrittenRounding(exports, exports.value) +
                         WrittenRounding(imports, imports.value) +
                         WrittenRounding(balance, balance.value);
    if (std::fabs(gap - b) <= slack) return;
    std::vector<SpanRef> spans = {SpanOf(exports), SpanOf(imports), SpanOf(balance)};
    SortByStart(&spans);
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("exports of %s and imports of %s leave a balance of %s, "
                                      "not %s",
                                      exports.text, imports.text, Number(gap), balance.text),
                      spans, Number(gap), Number(b));
  }
};

}  // namespace

void CheckTradeBalances(const ArithContext& context) { BalanceChecks(context).Run(); }

}  // namespace mizan::checks::arith
