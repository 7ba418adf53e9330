// arith.total_mismatch: a count, what was taken from it, and what that left ("The fleet of
//   240 boats lost 18 in the storm, leaving 212 in service", "يضم الأسطول 240 قاربا، فقد 18
//   منها، ليبقى 212 قاربا", "closed 37 of its 412 stores, leaving 365"), where the whole less
//   what was taken is not what is left, within the rounding of the three.
//
// What was left is named by a word of remaining right before it (arith_cues.tsv "left"); what
// was taken, by a verb of change or of taking before it or "of them" after it (or "of" its
// whole right after it), the whole a few words back. What was taken counts the whole's noun or
// none; what is left too, and it ends its clause or says where it stayed ("left-where": "in
// service", "في الخدمة"): "leaving 40 injured", "leaving 2,000 homeless" say what became of
// others, not what is left of the whole. So may a period be spent in part and the rest be
// left ("sentenced to 15 years, has served 7, leaving 8", "مدة العقد 10 سنوات، مضت منها 4").
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "core/checks/arith_context.h"
#include "core/checks/document_checks.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks::arith {
namespace {

class RemainderChecks : public ArithContext {
 public:
  explicit RemainderChecks(const ArithContext& context) : ArithContext(context) {}

  void Run() {
    const auto& claims = doc_.claims;
    for (size_t i = 2; i < claims.size(); ++i) {
      if (!CuedBefore(claims[i], "left")) continue;  // asked first: few counts are
      const size_t taken = PastTimesBack(i - 1, claims[i]);
      if (taken == 0) continue;
      const Claim &left = claims[i], &before = claims[taken], &first = claims[taken - 1];
      if (!Near(first, before) || !Near(before, left)) continue;
      // "cut 300 of its 2,000 jobs, leaving": the whole right after what was taken.
      if (OfItsWhole(first, before)) {
        Weigh(before, first, left);
      } else if (TakenFrom(taken)) {
        Weigh(first, before, left);
      }
    }
  }

 private:
  static constexpr size_t kNear = 80;  // bytes: "lost 18 vessels to the storm, leaving"

  // Claim j, or the claim before a time that j is ("lost 18 on Monday, leaving"), unless it is
  // a period as long as what is left ("served 7 years of it, leaving 8 years"); 0 where that
  // claim is not of `left`'s sentence.
  size_t PastTimesBack(size_t j, const Claim& left) const {
    const auto& claims = doc_.claims;
    const auto like_left = [&left](const Claim& c) {
      return c.kind == Kind::kDuration && left.kind == Kind::kDuration && c.unit == left.unit;
    };
    while (j > 0 && IsTimeOrItsOrdinal(claims[j]) && !like_left(claims[j]) &&
           claims[j].sentence == left.sentence) {
      --j;
    }
    return j > 0 && claims[j - 1].sentence == left.sentence ? j : 0;
  }

  // Whether claim j was taken from the count before it: a verb of change or of taking right
  // before it ("lost 18", "laid off 318"; "فقد منها 18" reads "منها" as "of them"; "served 7"
  // of a period), or before its subject ("أغلقت الشركة 30 متجرا"), or "of them" after it
  // ("فقد 18 منها").
  bool TakenFrom(size_t j) const {
    const Claim& c = doc_.claims[j];
    if (doc_.claims[j - 1].kind == Kind::kDuration && CuedBefore(c, "served")) return true;
    return CuedBefore(c, "verb") || CuedBefore(c, "taken") || CuedBefore(c, "them") ||
           CuedAfter(c, "them") || VerbBeforeItsSubject(j) || TakenBeforeItsSubject(j);
  }

  // "أغلقت الشركة 17 فرعا": a verb of taking two words before claim j at most.
  bool TakenBeforeItsSubject(size_t j) const {
    constexpr size_t kTwoWords = 32;  // bytes: "أغلقت الشركة"
    const Claim& c = doc_.claims[j];
    const size_t from = std::max(doc_.claims[j - 1].norm_end,
                                 c.norm_begin > kTwoWords ? c.norm_begin - kTwoWords : 0);
    return AnyWordBack(from, c.norm_begin, [this](size_t start, std::string_view) {
      return cues_.MatchAt(text_, start, "taken").entry != nullptr;
    });
  }

  // Whether the words between `taken` and the whole after it say it is of it: "of its",
  // "من أصل", or "من" and the whole's noun owned ("17 فرعا من فروعها البالغة 143", "7 مقاعد من
  // مقاعده الـ45").
  bool OfItsWhole(const Claim& taken, const Claim& whole) const {
    if (JoinedBy(taken, whole, "of")) return true;
    constexpr std::string_view kMin = "\xD9\x85\xD9\x86 ";  // "من "
    const std::string words = Trimmed(doc_.Between(taken, whole));
    if (!words.starts_with(kMin)) return false;
    std::string noun = words.substr(kMin.size());
    const auto amounting = cues_.MatchBefore(noun, noun.size(), "amounting");
    if (amounting.entry) noun = Trimmed(std::string_view(noun).substr(0, amounting.end));
    return !noun.empty() && noun.find(' ') == std::string::npos && OwnedBySuffix(noun);
  }

  // Whether `word` ends in a pronoun that owns it ("فروعها", "مقاعده").
  bool OwnedBySuffix(std::string_view word) const {
    const auto suffix = cues_.SuffixBefore(word, word.size(), "them-suffix");
    return suffix.entry != nullptr;
  }

  // Whether `part` may be some of the period `whole`: a period of its unit, or a count with no
  // noun ("sentenced to 15 years, has served 7, leaving 8").
  static bool SpanPartOf(const Claim& whole, const Claim& part) {
    return part.kind == Kind::kDuration ? IsPlainAmount(part) && part.unit == whole.unit
                                        : IsPlainCount(part) && part.noun_key.empty();
  }

  // Whether `taken`, a count with no noun, is said to be of a period before it: "served 7",
  // "قضى منها 7" ("lost 3, leaving 9" after "sailed for 12 days" may count the crew).
  bool OfThePeriod(const Claim& taken) const {
    return taken.kind == Kind::kDuration || CuedBefore(taken, "served") ||
           CuedBefore(taken, "them") || CuedAfter(taken, "them");
  }

  // Whether `taken` and `left` may be what was taken from `whole` and what it left: counts of
  // its things, or some of a period ("بالسجن 15 عاما، قضى منها 7 أعوام، ليتبقى له 8 أعوام").
  bool AreItsParts(const Claim& whole, const Claim& taken, const Claim& left) const {
    if (whole.kind == Kind::kDuration) {
      return IsPlainAmount(whole) && SpanPartOf(whole, taken) && OfThePeriod(taken) &&
             SpanPartOf(whole, left) && EndsAt(text_, left.norm_end, ".,;\n");
    }
    // ("17 فرعا من فروعها البالغة 143": the whole's noun said before it, with what was taken.)
    const Claim& named = whole.noun_key.empty() ? taken : whole;
    // What was taken counts the whole's things, or leaves them unsaid ("The ferry, which
    // carried 412 passengers, lost 3 lifeboats" took none of them).
    const bool of_the_whole = taken.noun_key.empty() || taken.noun_key == named.noun_key;
    return IsPlainCount(whole) && IsPlainCount(taken) && IsPlainCount(left) &&
           PartOf(whole, taken) && PartOf(whole, left) && of_the_whole &&
           LeftOfTheWhole(named, left);
  }

  // What is left of `whole` once `taken` went.
  void Weigh(const Claim& whole, const Claim& taken, const Claim& left) {
    if (!AreItsParts(whole, taken, left)) return;
    const double w = *AsDouble(whole.value), t = *AsDouble(taken.value),
                 l = *AsDouble(left.value);
    if (t >= w || l >= w) return;
    const double slack = CountSlack(whole) + CountSlack(taken) + CountSlack(left);
    if (std::fabs(w - t - l) <= slack) return;
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("%s less %s leaves %s, not %s", whole.value, taken.value,
                                      Number(w - t), left.value),
                      {SpanOf(whole), SpanOf(taken), SpanOf(left)}, Number(w - t), left.value);
  }

  // Whether claim b comes a few words after claim a, in its clause.
  bool Near(const Claim& a, const Claim& b) const {
    const std::string_view between = doc_.Between(a, b);
    return between.size() <= kNear && between.find_first_of(".;:()") == std::string_view::npos;
  }
};

}  // namespace

void CheckRemainders(const ArithContext& context) { RemainderChecks(context).Run(); }

}  // namespace mizan::checks::arith
