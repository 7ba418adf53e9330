// arith.total_mismatch: a trade balance said beside the exports and imports it is the gap
//   between ("exports fell to $18.2 billion and imports rose to $22.5 billion, widening the
//   trade deficit to $4.3 billion", "بلغت الصادرات 18.2 مليار دولار والواردات 22.5 مليار
//   دولار، بعجز تجاري قدره 4.3 مليار دولار"), which it is not within their rounding; so a
//   budget's deficit or surplus and the revenue and spending it is the gap between ("بلغت
//   الإيرادات 1.2 تريليون ريال والنفقات 1.3 تريليون ريال، بعجز قدره 100 مليار ريال"). An
//   amount may leave its currency to one beside it ("imports fell to 112.9 billion").
//
// Each of the sentence's three amounts of money is named by the last word of trade or of a
// budget before it (arith_cues.tsv "trade"), back to the amount before; the flows in and out
// must be of one kind, exports and imports or revenue and spending. A sentence with any other
// amount of money (a change's "by $2 billion", last year's level) is left, as are exports or
// imports of one partner or one good ("exports to China", "oil exports", "الصادرات
// النفطية"), and revenue of one source or spending on one thing ("tax revenue", "spending
// on health"): the balance beside them may be the whole's; and a balance of another time
// ("last year's deficit") or of another account ("عجز الحساب الجاري").
#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/str_format.h"
#include "core/checks/arith_context.h"
#include "core/checks/document_checks.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks::arith {
namespace {

// What an amount is: what flows in (exports, revenue), what flows out (imports, spending), or
// the gap between them.
enum Flow : size_t { kIn, kOut, kBalance, kFlows };

// The words a balance's message names each flow by, trade's or a budget's.
struct FlowNames {
  const char* in;
  const char* out;
};
constexpr FlowNames kTradeNames = {"exports", "imports"};
constexpr FlowNames kBudgetNames = {"revenue", "spending"};

// What a cue's role (arith_cues.tsv "trade", its second column) makes the amount it names, and
// whose flows those are: trade's or a budget's; a balance's are said by its own tags.
struct Role {
  Flow flow;
  const FlowNames* names;
};

Role RoleOf(std::string_view role) {
  if (role == "exports") return {kIn, &kTradeNames};
  if (role == "imports") return {kOut, &kTradeNames};
  if (role == "revenue") return {kIn, &kBudgetNames};
  if (role == "spending") return {kOut, &kBudgetNames};
  return {kBalance, nullptr};  // a balance, or trade's volume ("volume")
}

// Money, or a scaled amount of no unit or noun that an amount of money beside it leaves its
// currency to ("exports rose to 135.1 billion euros, while imports fell to 112.9 billion").
bool MoneyOrItsBareAmount(const claims::Claim& c) {
  return c.kind == Kind::kMoney || (c.kind == Kind::kNumber && c.unit.empty() &&
                                    c.noun_key.empty() && !c.scale.is_zero());
}

class BalanceChecks : public ArithContext {
 public:
  explicit BalanceChecks(const ArithContext& context) : ArithContext(context) {}

  void Run() {
    const auto& claims = doc_.claims;
    for (size_t i = 0; i < claims.size();) {
      size_t end = i + 1, money = MoneyOrItsBareAmount(claims[i]);
      size_t currency = claims[i].kind == Kind::kMoney;  // of them, named money
      for (; end < claims.size() && claims[end].sentence == claims[i].sentence; ++end) {
        money += MoneyOrItsBareAmount(claims[end]);
        currency += claims[end].kind == Kind::kMoney;
      }
      if (money == 3 && currency > 0) Sentence(i, end);
      i = end;
    }
  }

 private:
  // The sentence of claims [from, to), which holds three amounts of money.
  void Sentence(size_t from, size_t to) {
    const auto& claims = doc_.claims;
    std::array<const Claim*, kFlows> named{};
    const size_t start = SentenceStart(claims[from]);
    size_t window = start;
    bool bare_balance = false;
    const FlowNames* whose = nullptr;  // the balance's, where its words say
    bool volume = false;               // the third amount trade's whole, not a balance
    const FlowNames* names = nullptr;  // of the flows in and out, trade's or a budget's
    const Claim* first = nullptr;      // of the amounts
    for (size_t k = from; k < to; ++k) {
      const Claim& c = claims[k];
      if (!MoneyOrItsBareAmount(c)) continue;
      const auto [cue, cue_at] = TradeNaming(window, c);
      window = c.norm_end;
      if (cue == nullptr || !(IsPlainCount(c) || IsCountAbout(c))) return;
      const Role role = RoleOf(cue->tags[1]);
      const bool other_unit = first != nullptr && !c.unit.empty() && !first->unit.empty() &&
                              c.unit != first->unit;
      if (named[role.flow] != nullptr || other_unit) return;
      named[role.flow] = &c;
      if (first == nullptr) first = &c;
      if (role.flow == kBalance) {
        if (OfAnotherTime(cue_at, c)) return;
        bare_balance = cue->HasTag("bare");
        volume = cue->tags[1] == "volume";
        whose = cue->HasTag("budget")                 ? &kBudgetNames
                : cue->HasTag("trade-only") || volume ? &kTradeNames
                                                      : nullptr;
        continue;
      }
      if (names != nullptr && names != role.names) return;
      names = role.names;
    }
    // "عجز الميزانية" beside exports and imports, "the trade deficit" beside revenue and
    // spending: another balance than theirs.
    if (whose != nullptr && whose != names) return;
    // "the deficit" alone may be the budget's: beside exports and imports, trade must be
    // named in the sentence.
    if (bare_balance && names == &kTradeNames &&
        !cues_.StartsAWordIn(text_, start, claims[to - 1].norm_end, "trade-word")) {
      return;
    }
    Weigh(*names, *named[kIn], *named[kOut], *named[kBalance], volume);
  }

  // The cue of trade that names claim c and where it starts: the last one that starts a word
  // in [from, c), where nothing narrows it to a partner or a good; null where there is none.
  std::pair<const scan::PhraseList::Entry*, size_t> TradeNaming(size_t from,
                                                                const Claim& c) const {
    scan::PhraseList::Match last;
    size_t at = 0;
    for (size_t p = from; p < c.norm_begin; ++p) {
      if (p > 0 && text_[p - 1] != ' ' && text_[p - 1] != ',' && text_[p - 1] != '(') continue;
      const auto m = cues_.MatchAt(text_, p, "trade");
      if (m.entry == nullptr || m.end > c.norm_begin) continue;
      last = m, at = p;
      p = m.end - 1;  // "trade deficit" is one cue, no "deficit" after "trade"
    }
    if (last.entry == nullptr || Narrowed(at, last, c)) return {nullptr, 0};
    return {last.entry, at};
  }

  // Whether the balance `c`, named by a cue at `cue_at`, is another time's than the flows
  // beside it: a time that owns its cue ("last year's deficit"), or a word of an earlier time
  // between its cue and it ("عجز العام الماضي") or in its clause after it ("a deficit of $20
  // billion the year before"). A time said plainly ("in May") is the flows' too.
  bool OfAnotherTime(size_t cue_at, const Claim& c) const {
    // Only the last claim before the cue can own it: any other ends before that one begins.
    if (const auto next = FirstClaimFrom(cue_at); next != doc_.claims.begin()) {
      const Claim& t = *std::prev(next);
      const auto owns = cues_.MatchAt(text_, t.norm_end, "possessive");
      if (t.norm_end <= cue_at && owns.entry && scan::SkipSpaces(text_, owns.end) == cue_at) {
        return true;
      }
    }
    constexpr size_t kAfter = 40;  // bytes: the rest of the clause
    const size_t end = std::min({text_.size(), c.norm_end + kAfter,
                                 text_.find_first_of(",.;\n", c.norm_end),
                                 text_.find(kArabicComma, c.norm_end)});
    return cues_.StartsAWordIn(text_, cue_at, c.norm_begin, "earlier") ||
           cues_.StartsAWordIn(text_, c.norm_end, end, "earlier");
  }

  // Whether the words around a cue of trade starting at `begin` make it one partner's or one
  // good's: a preposition after it before anything but the amount ("exports to China",
  // "العجز مع الصين"), an Arabic adjective after it ("الصادرات النفطية", "غير النفطية"), or an
  // English word before it that is no article, owner or conjunction ("oil exports").
  bool Narrowed(size_t begin, const scan::PhraseList::Match& cue, const Claim& c) const {
    const size_t next = scan::SkipSpaces(text_, cue.end);
    const std::string_view word = scan::WordAt(text_, next);
    if (const auto narrow = cues_.MatchAt(text_, next, "trade-narrow");
        narrow.entry && next < c.norm_begin &&
        !(narrow.entry->HasTag("partner") &&
          (scan::SkipSpaces(text_, narrow.end) == c.norm_begin ||
           TimeAt(scan::SkipSpaces(text_, narrow.end))))) {
      return true;
    }
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84", kIyya = "\xD9\x8A\xD9\x87";  // ال، يه
    if (next < c.norm_begin && word.starts_with(kAl) && word.ends_with(kIyya)) return true;
    // "عجز الحساب الجاري": a bare balance in construct with what it is of.
    if (next < c.norm_begin && word.starts_with(kAl) && cue.entry->HasTag("bare")) return true;
    // ("The two countries traded goods worth": a verb of trade follows its subject.)
    if (static_cast<unsigned char>(text_[begin]) >= 0x80 || cue.entry->HasTag("verb")) {
      return false;
    }
    const size_t before_end = scan::SkipSpacesBack(text_, begin);
    // ("Germany's trade surplus", "Germany’s": an owner's, arith_cues.tsv "possessive".)
    if (scan::WordBefore(text_, before_end).empty() ||
        cues_.MatchBefore(text_, before_end, "possessive").entry) {
      return false;
    }
    return !cues_.MatchBefore(text_, before_end, "trade-lead").entry;
  }

  // Whether a time is said at `at` ("exports in May", "الصادرات في 2023"): no partner.
  bool TimeAt(size_t at) const {
    const auto c = FirstClaimFrom(at);
    return c != doc_.claims.end() && c->norm_begin == at &&
           (c->kind == Kind::kDate || c->kind == Kind::kYear);
  }

  // The flows in and out against the third amount: the balance, the gap between them; or
  // trade's whole ("Trade between the two reached $84 billion, with exports of $50 billion and
  // imports of $34 billion"), their sum; within the rounding of the three.
  void Weigh(const FlowNames& names, const Claim& in, const Claim& out, const Claim& third,
             bool volume) {
    const double e = *AsDouble(in.value), i = *AsDouble(out.value);
    const double expected = volume ? e + i : std::fabs(i - e);
    const double said = std::fabs(*AsDouble(third.value));
    const double slack = WrittenRounding(in, in.value) + WrittenRounding(out, out.value) +
                         WrittenRounding(third, third.value);
    if (std::fabs(expected - said) <= slack) return;
    std::vector<SpanRef> spans = {SpanOf(in), SpanOf(out), SpanOf(third)};
    SortByStart(&spans);
    const std::string flows =
        absl::StrFormat("%s of %s and %s of %s", names.in, in.text, names.out, out.text);
    const char* relation = volume ? "add up to" : "leave a balance of";
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("%s %s %s, not %s", flows, relation, Number(expected),
                                      third.text),
                      spans, Number(expected), Number(said));
  }
};

}  // namespace

void CheckTradeBalances(const ArithContext& context) { BalanceChecks(context).Run(); }

}  // namespace mizan::checks::arith
