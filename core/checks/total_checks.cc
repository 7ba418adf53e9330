// arith.total_mismatch: "a total of 100: 60 men and 30 women", "Of the 100, 60 ... and the
//   remaining 30", "won 18 of 30, drew 7 and lost 3" do not add up; "20 قتيلا بينهم 25 طفلا"
//   has more parts than the whole.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "core/checks/arith_context.h"
#include "core/checks/document_checks.h"
#include "core/claims/claim_builder.h"
#include "core/claims/noun_key.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks::arith {
namespace {

class TotalChecks : public ArithContext {
 public:
  explicit TotalChecks(const ArithContext& context) : ArithContext(context) {}

  void At(size_t i) {
    Total(i);
    AmongTheSentenceBefore(i);
    SumAfterParts(i);
    PartsOutOfAWhole(i);
    SplitToTheRest(i);
    Record(i);
    Fates(i);
    FatesAfterAPartOfTheWhole(i);
    FatesOfThemOpeningASentence(i);
    TallyOfMembers(i);
    TallyOfTheMembersBefore(i);
    TallyOutOfMembers(i);
    VotesOutOfMembers(i);
    ThoseThatDidNot(i);
    PartAboveItsWhole(i);
    PeriodBelowItsPart(i);
    OthersAgainstAPart(i);
  }

 private:
  // The cues of the ways a vote goes (arith_cues.tsv), in the order WayVoted numbers them.
  static constexpr std::string_view kVoteWays[] = {"vote-for", "vote-against", "vote-abstain"};

  // "فوز الحزب بـ 62 مقعدا من أصل 150، مقابل 48 مقعدا للمعارضة و40 للمستقلين", "won 62 of the
  // 150 seats, against 48 for the opposition and 40 for independents": a part of a body's
  // seats, then past "against" the others' parts, each named for whom (no other time's):
  // together no more than the whole.
  void OthersAgainstAPart(size_t i) {
    constexpr size_t kNear = 40;  // bytes: "مقعدا للمعارضة و", "for the opposition and"
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim &part = claims[i - 1], &whole = claims[i];
    // Asked at every claim: two counts of a sentence, then a comma and "against" read in place.
    if (part.sentence != whole.sentence || !IsPlainCount(part) || !IsPlainCount(whole)) return;
    const std::string_view after = text_.substr(whole.norm_end);
    const std::string_view past = PastALeadingComma(after);
    if (past.size() == after.size()) return;
    const auto against =
        cues_.MatchAt(text_, scan::SkipSpaces(text_, text_.size() - past.size()), "since");
    if (!against.entry || !against.entry->HasTag("rival") || !PartOf(whole, part) ||
        !OfItsWhole(WordsBetween(part, whole))) {
      return;
    }
    // What they count, named with the part or the whole ("72 of the 150 seats"): seats or
    // members, a whole all sides share ("3 of its 5 games, against 4 for" a rival's own games).
    const std::string& noun = part.noun_key.empty() ? whole.noun_key : part.noun_key;
    if (noun.empty() || !(CountOfMembers(part) || CountOfMembers(whole))) return;
    std::vector<const Claim*> parts = {&part};
    for (size_t j = i + 1; j < claims.size() && claims[j].sentence == whole.sentence; ++j) {
      const Claim& p = claims[j];
      const bool listed = j == i + 1 ? doc_.Between(whole, p).size() <= kNear
                                     : ListedBefore(*parts.back(), p, kNear);
      if (!IsPlainCount(p) || !PartOf(whole, p) || !listed || !ForTheRival(p) ||
          !(p.noun_key.empty() || p.noun_key == noun)) {
        break;
      }
      parts.push_back(&p);
    }
    if (parts.size() < 2) return;
    const auto [sum, slack] = SumAndSlack(whole, parts);
    if (sum <= *AsDouble(whole.value) + slack) return;
    std::vector<SpanRef> spans = {SpanOf(part), SpanOf(whole)};
    for (size_t k = 1; k < parts.size(); ++k) spans.push_back(SpanOf(*parts[k]));
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("the parts add up to %s, more than the whole, %s",
                                      Number(sum), whole.value),
                      std::move(spans), whole.value, Number(sum));
  }

  // Whether the words between a part and the whole right after it are "of", "من أصل" (arith_cues
  // "of"), but not the bare "من", which is as often "from" ("إلى 1.6 مليون طن من 1.1 مليون").
  bool OfItsWhole(std::string_view words) const {
    constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من
    return words != kMin && CoveredBy(words, cues_, "of");
  }

  // "sank with 2,500 of its 2,224 passengers", "نجح 75 من أصل 70 طالبا": a part "of" its whole
  // right after it (OfItsWhole), larger than the whole; not where words say what the part is
  // ("groups of").
  void PartAboveItsWhole(size_t i) {
    const auto& claims = doc_.claims;
    if (i + 1 >= claims.size()) return;
    const Claim &part = claims[i], &whole = claims[i + 1];
    // Asked at every pair: the cue read in place before the values are.
    if (part.sentence != whole.sentence || !IsPlainCount(part) || !IsPlainCount(whole) ||
        !PartOf(whole, part) ||
        !cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, whole.norm_begin), "of").entry ||
        *AsDouble(part.value) <= *AsDouble(whole.value)) {
      return;
    }
    const std::string words = WordsBetween(part, whole);
    if (!OfItsWhole(words)) return;
    // "eight groups of four": a count of another noun is made of the second, no part of it
    // ("75 طالبا من أصل 70" names its noun once).
    if (!part.noun_key.empty() && part.noun_key != whole.noun_key &&
        (words == "of" || !whole.noun_key.empty())) {
      return;
    }
    const double slack = ExactSlack(part) + ExactSlack(whole);
    if (*AsDouble(part.value) <= *AsDouble(whole.value) + slack) return;
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("a part, %s, is more than its whole, %s", part.value,
                                      whole.value),
                      {SpanOf(part), SpanOf(whole)}, whole.value, part.value);
  }

  // "sentenced to 15 years, 10 of them suspended", "بالسجن 15 عاما، منها 10 أعوام موقوفة": a
  // period, then past a comma a part of it in its unit or in none (no scale word: "خمس سنوات،
  // منها 120 مليونا" is money), "منها" or "including" before the part or "of them" after it:
  // the part cannot be longer than the whole.
  void PeriodBelowItsPart(size_t i) {
    const auto& claims = doc_.claims;
    if (i + 1 >= claims.size()) return;
    const Claim &whole = claims[i], &part = claims[i + 1];
    const bool in_its_unit = (part.kind == Kind::kDuration && part.unit == whole.unit) ||
                             (part.kind == Kind::kNumber && part.unit.empty() &&
                              part.noun_key.empty() && part.scale.is_zero());
    if (whole.kind != Kind::kDuration || part.sentence != whole.sentence ||
        !IsPlainAmount(whole) || !IsPlainAmount(part) || !in_its_unit ||
        *AsDouble(part.value) <= *AsDouble(whole.value)) {
      return;
    }
    // ("over 10 years, including 500 in the first": a bare count far above the period counts
    // something else.)
    constexpr double kFarAbove = 3;
    if (part.kind == Kind::kNumber && *AsDouble(part.value) > kFarAbove * *AsDouble(whole.value)) {
      return;
    }
    const std::string_view between = doc_.Between(whole, part);
    const Comma comma = CommaIn(between, /*last=*/false);
    if (comma.at == std::string_view::npos || !Trimmed(between.substr(0, comma.at)).empty()) {
      return;
    }
    const std::string cue = Trimmed(between.substr(comma.past));
    if (!(cue.empty() ? CuedAfter(part, "them") : CoveredBy(cue, cues_, "among"))) return;
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("a part, %s, is more than its whole, %s (%ss)",
                                      part.value, whole.value, whole.unit),
                      {SpanOf(whole), SpanOf(part)}, whole.value, part.value);
  }

  // The sum of `parts`, and the slack the rounding of them and of `whole` allows.
  static std::pair<double, double> SumAndSlack(const Claim& whole,
                                               const std::vector<const Claim*>& parts) {
    double sum = 0, slack = CountSlack(whole);
    for (const Claim* p : parts) sum += *AsDouble(p->value), slack += CountSlack(*p);
    return {sum, slack};
  }

  // The spans of a finding on a whole and its parts, the whole's first.
  static std::vector<SpanRef> WholeThenParts(const Claim& whole,
                                             const std::vector<const Claim*>& parts) {
    std::vector<SpanRef> spans = {SpanOf(whole)};
    for (const Claim* p : parts) spans.push_back(SpanOf(*p));
    return spans;
  }

  // Whether a part counts the whole's noun, or none of its own ("700 في الرياض").
  static bool OfItsNoun(const Claim& whole, const Claim& part) {
    return part.noun_key.empty() || part.noun_key == whole.noun_key;
  }

  // Whether the words between a whole and its first part are a verb that shares it out
  // (arith_cues.tsv "split", "shared"): "1200 متدرب، توزعوا على 700".
  bool SharedOutTo(const Claim& whole, const Claim& part) const {
    const auto* split = CoveringEntry(WordsBetween(whole, part), cues_, "split");
    return split != nullptr && split->HasTag("shared");
  }

  // "وأسفر القصف عن سقوط 34 قتيلا. ومن بين القتلى 20 طفلا و15 امرأة": a sentence that opens
  // with "among" and the noun of the one count of the sentence before (arith_cues.tsv
  // "among-noun") lists parts of it, which cannot add up to more. "شارك 1200 متدرب. وتوزع
  // المتدربون على 700 في الرياض و400 في جدة": one that opens with a verb that shares the noun
  // out ("distribute") and "على" or "بين" lists the parts that make it up.
  void AmongTheSentenceBefore(size_t j) {
    const auto& claims = doc_.claims;
    if (j == 0 || claims[j - 1].sentence + 1 != claims[j].sentence ||
        !IsPlainCount(claims[j])) {
      return;
    }
    // The cheap questions first: one count of a noun in the sentence before, then the words.
    const Claim* whole = TheOneCountBefore(j, /*of_a_noun=*/true);
    if (whole == nullptr) return;
    const size_t stop = doc_.Between(claims[j - 1], claims[j]).rfind('.');
    if (stop == std::string_view::npos) return;
    const size_t opening = scan::SkipSpaces(text_, claims[j - 1].norm_end + stop + 1);
    auto cue = cues_.MatchAt(text_, opening, "among-noun");
    const bool split = cue.entry == nullptr;
    if (split) cue = cues_.MatchAt(text_, opening, "distribute");
    if (!cue.entry || cue.end > claims[j].norm_begin) return;
    std::string_view noun = text_.substr(cue.end, claims[j].norm_begin - cue.end);
    while (!noun.empty() && noun.front() == ' ') noun.remove_prefix(1);
    while (!noun.empty() && (noun.back() == ' ' || noun.back() == ',')) noun.remove_suffix(1);
    if (split) {  // "المتدربون على": the noun, and what it is shared among
      const auto among = cues_.MatchBefore(noun, noun.size(), "shared-among");
      if (!among.entry) return;
      noun = noun.substr(0, scan::SkipSpacesBack(noun, among.end));
    }
    if (noun.empty() || scan::WordAt(noun, 0).size() != noun.size() ||
        doc_.engine.noun_keys().Key(noun) != whole->noun_key) {
      return;  // one word, the noun of the whole
    }
    std::vector<const Claim*> parts = {&claims[j]};
    for (size_t k = j + 1; k < claims.size() && claims[k].sentence == claims[j].sentence; ++k) {
      if (!IsPlainCount(claims[k]) || !EndsWithAListWord(*parts.back(), claims[k])) break;
      parts.push_back(&claims[k]);
    }
    if (parts.size() < 2) return;
    // "وتوزعت الشركات على 12 قاعة": what the whole is shared among, no part of it.
    if (split && !absl::c_all_of(parts, [&](const Claim* p) { return OfItsNoun(*whole, *p); })) {
      return;
    }
    double sum = 0, slack = split ? CountSlack(*whole) : ExactSlack(*whole);
    std::vector<SpanRef> spans = {SpanOf(*whole)};
    for (const Claim* p : parts) {
      sum += *AsDouble(p->value), spans.push_back(SpanOf(*p));
      if (split) slack += CountSlack(*p);
    }
    const double t = *AsDouble(whole->value);
    if (split ? std::fabs(sum - t) <= slack : sum <= t + slack) return;
    reporter_->Report("arith.total_mismatch",
                      split ? absl::StrFormat("the parts add up to %s, not %s", Number(sum),
                                              whole->value)
                            : absl::StrFormat("the parts add up to %s, more than the whole, %s",
                                              Number(sum), whole->value),
                      spans, whole->value, Number(sum));
  }

  // "Of the 50 states, 27 have passed such laws, while 23 have not", "Of the 193 members, 141
  // voted in favour, 5 against and 35 abstained, while 12 did not vote": a whole cued before
  // its parts, those that did a thing (each a few words from the next) and, the sentence's
  // last count, those that did not (arith_cues.tsv "did-not" right after it): together they
  // make the whole up.
  void ThoseThatDidNot(size_t i) {
    constexpr size_t kNear = 80;  // bytes: what a part did
    const auto& claims = doc_.claims;
    const Claim& did_not = claims[i];
    // Asked at every claim: the sentence's last count of three, a few words after another,
    // before any cue is read.
    if (i < 2 || !IsPlainCount(did_not) || !IsPlainCount(claims[i - 1]) ||
        claims[i - 2].sentence != did_not.sentence ||
        (i + 1 < claims.size() && claims[i + 1].sentence == did_not.sentence) ||
        doc_.Between(claims[i - 1], did_not).size() > kNear || !CuedAfter(did_not, "did-not")) {
      return;
    }
    size_t w = i - 1;  // back over the parts to the whole set off before the first
    for (;; --w) {
      const Claim& c = claims[w];
      if (c.sentence != did_not.sentence || !IsPlainCount(c) ||
          doc_.Between(c, claims[w + 1]).size() > kNear) {
        return;
      }
      if (w + 1 < i && SetOffFromItsWhole(c, claims[w + 1])) break;
      // "27 have passed such laws, 10 of them this year": a part of a part.
      if (w == 0 || CuedAfter(c, "them")) return;
    }
    const Claim& whole = claims[w];
    double sum = 0, slack = CountSlack(whole);
    for (size_t j = w + 1; j <= i; ++j) {
      // "320 plan to hire 2,000 workers": a count of something else is no part.
      const Claim& part = claims[j];
      if (!part.noun_key.empty() && part.noun_key != whole.noun_key) return;
      sum += *AsDouble(part.value), slack += CountSlack(part);
    }
    // "Of the 500 firms surveyed, 320 plan to hire; 150 do not": a poll leaves some unsure,
    // and only more than the whole is a slip.
    constexpr size_t kBefore = 60;  // bytes: "A survey of", "In a poll of"
    const size_t from = whole.norm_begin > kBefore ? whole.norm_begin - kBefore : 0;
    const bool poll = cues_.StartsAWordIn(text_, from, claims[w + 1].norm_begin, "polled");
    const double off = sum - *AsDouble(whole.value);
    if (poll ? off <= slack : std::fabs(off) <= slack) return;
    std::vector<SpanRef> spans;
    for (size_t j = w; j <= i; ++j) spans.push_back(SpanOf(claims[j]));
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("those that did and those that did not add up to %s, not %s",
                                      Number(sum), whole.value),
                      std::move(spans), whole.value, Number(sum));
  }

  // "$32 million for schools and $18 million for hospitals, a total of", "32 مليون دولار
  // للتعليم و18 مليونا للصحة، بإجمالي": each of the last two parts followed by a few words of
  // what it is for, begun alike (one word, or one glued preposition: "للتعليم", "للصحة"), the
  // list then closed by a comma and the cue of its sum.
  bool AlikeTails(const Claim& before_last, const Claim& last, const Claim& total) const {
    constexpr size_t kTail = 32;  // bytes: "for children's hospitals"
    const std::string_view after = doc_.Between(last, total);
    const Comma comma = CommaIn(after, /*last=*/false);
    if (comma.at == std::string_view::npos || comma.at > kTail ||
        !CoveredBy(Trimmed(after.substr(comma.past)), cues_, "sum-comma") ||
        !EndsWithAListWord(before_last, last)) {
      return false;
    }
    const std::string_view tail = after.substr(0, comma.at);
    const std::string_view earlier = doc_.Between(before_last, last);
    const std::string_view a = scan::WordAt(tail, tail.find_first_not_of(' '));
    const std::string_view b = scan::WordAt(earlier, earlier.find_first_not_of(' '));
    if (a.empty() || b.empty() || std::count(tail.begin(), tail.end(), ' ') > 3) return false;
    if (a == b) return true;
    // "لل", "بال": a glued preposition and the article begin both words.
    constexpr size_t kGlued = 4;  // bytes: two Arabic letters
    const bool preposition = a.starts_with("\xD9\x84") || a.starts_with("\xD8\xA8");  // ل ب
    return preposition && a.size() > kGlued + 2 && b.size() > kGlued + 2 &&
           a.substr(0, kGlued) == b.substr(0, kGlued);
  }

  // "12 طبيبا و20 ممرضا، أي 32 شخصا", "12 doctors and 20 nurses, i.e. 32 people": the people
  // of the parts restated as one count past a comma.
  bool RestatedAsPeople(const Claim& last, const Claim& total) const {
    constexpr size_t kNear = 30;  // bytes: what the last part counts, then the comma
    if (!CoveredBy(total.noun_key, cues_, "persons")) return false;
    const std::optional<std::string_view> words = WordsPastAComma(last, total, kNear);
    return words && CoveredBy(*words, cues_, "restate");
  }

  // "180 passengers and six crew, a total of 186", "12 مدنيا و8 جنود، بإجمالي 20": a cue of
  // a sum alone after a comma (read in place first), not a total since another time ("20 men
  // and 5 women, a total of 300 since March").
  bool SumAfterAComma(const Claim* before_last, const Claim& last, const Claim& total) const {
    constexpr size_t kNear = 30;  // bytes: what the last part counts
    const auto cue =
        cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, total.norm_begin), "sum-comma");
    if (!cue.entry) return false;
    // "و7 برونزية، بمجموع 17": the last part's one word of what it counts may stand between.
    const std::string word =
        cue.end > last.norm_end ? Trimmed(text_.substr(last.norm_end, cue.end - last.norm_end))
                                : std::string();
    const bool one_word = !word.empty() && word.find(' ') == std::string::npos &&
                          before_last != nullptr && ListedBefore(*before_last, last, kNear);
    const bool joined = (JoinedBy(last, total, "sum-comma") || one_word) &&
                        HasComma(doc_.Between(last, total));
    if (!joined && !(before_last && AlikeTails(*before_last, last, total))) return false;
    return !SinceAnotherTime(total);
  }

  // Whether "since" follows a total a few words on ("a total of 300 since March"): a total of
  // its own, not of the parts before it.
  bool SinceAnotherTime(const Claim& total) const {
    constexpr size_t kNear = 30;  // bytes: the total's noun, then "since"
    const size_t end = std::min(text_.size(), total.norm_end + kNear);
    return doc_.engine.time_cues().StartsAWordIn(text_, total.norm_end, end, "since");
  }

  // How the parts of a whole were found: the words that name them, and the claims so far.
  struct Parts {
    std::vector<const Claim*> list;
    const Claim* anchor = nullptr;  // the whole, or its time right after it
    bool declared = false;  // a word of a total names the whole
    bool among = false;     // "بينهم", "including": parts that cannot exceed the whole
    bool listed = false;    // parts named after a colon: a list of three or more
    bool verbs = false;     // a verb before the first part: "شفي منها 480 وتوفي 22"
    bool set_off = false;   // "The 150 victims, 90 men and 60 women, were": between commas
    bool grouped = false;   // "91 medals, 40 gold, 27 silver and 24 bronze": all the groups
  };

  // How the first count after a whole is a part of it.
  enum class FirstPart {
    kNone,   // the words between name no parts: nothing to check
    kSplit,  // "15 قتيلا، هم 8 مدنيين", "15 people: 8 civilians": parts that make it up
    kAmong,  // "بينهم", "including": parts no larger than the whole together
    kTied,   // the same, tied so closely that a first part above the whole is the slip
  };

  // "1200 مشارك على ثلاث فئات: 500 طالب", "1,200 people in three groups: 500 students": how
  // many groups the whole falls into, a few words after it and right before a colon, is none
  // of its parts (arith_cues.tsv "groups": the nouns of such groups).
  bool GroupsOf(const Claim& total, const Claim& groups) const {
    const size_t colon = scan::SkipSpaces(text_, groups.norm_end);
    return IsPlainCount(groups) && !groups.noun_key.empty() && colon < text_.size() &&
           text_[colon] == ':' && CoveredBy(groups.noun_key, cues_, "groups") &&
           doc_.Between(total, groups).size() <= kFewWords &&
           *AsDouble(groups.value) < *AsDouble(total.value);
  }

  // "a total of T: P1 and P2", "T بينهم P1 و P2".
  void Total(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& total = claims[i];
    // A count, an amount, or a quantity of one unit; said about so much too ("بنحو 2.4 مليار
    // دينار، منها 1.5 مليار ... و1.3 مليار"), within a tenth of it: such a whole is rough, and
    // "About 7,200 people left, 4,000 of them in Spain and 3,900 in Italy" may hold.
    if (!IsPlainCount(total) && !IsCountAbout(total)) return;
    Parts found;
    found.declared = CuedBefore(total, "total") || TotalNamedBefore(total);
    // "بناء 50 ألف وحدة خلال السنوات الخمس المقبلة، منها 30 ألفا": the time of the whole
    // between it and its parts; the words before the first part are read from it.
    found.anchor = &total;
    std::vector<const Claim*>& parts = found.list;
    bool shared_out = false;  // "توزعوا على": the whole shared out among the parts
    for (size_t j = i + 1; j < claims.size() && claims[j].sentence == total.sentence; ++j) {
      const Claim& p = claims[j];
      // "40 مقعدا للحزب الأول و35 للثاني": an ordinal names a part, it is none.
      if (p.kind == Kind::kOrdinal && !parts.empty()) continue;
      // "800 مليون ريال عند التوقيع و500 مليون بعد عام و500 مليون عند التسليم", "500 million a
      // year later": how long after another a part falls, right after it, is none of the parts;
      // the list goes on. (A day named may be another part's: "1,800 on Saturday and 1,400 on
      // the final day".)
      if (!parts.empty() && p.kind == Kind::kDuration && TimeRightAfter(*parts.back(), p) &&
          j + 1 < claims.size() && claims[j + 1].sentence == total.sentence &&
          IsPlainCount(claims[j + 1])) {
        continue;
      }
      if (parts.empty() && found.anchor == &total &&
          ((IsTimeOrItsOrdinal(p) && TimeRightAfter(total, p, kFewWords)) ||
           GroupsOf(total, p))) {
        found.anchor = &p;
        continue;
      }
      if (!IsPlainCount(p) || !PartOf(total, p) || CountsOthers(p)) break;
      // A part is a count no larger than the whole; anything else is another quantity, but
      // for a first part that "among" ties to it: "20 قتيلا بينهم 25 طفلا" is the slip. Arabic
      // puts nothing between ("938 قائمة انتخابية منهم 1125 مرشحا" counts the candidates of
      // the lists); English puts the verb there ("20 people died, including 25 children").
      bool tied = false;
      if (parts.empty()) {
        const FirstPart first = ReadFirstPart(total, p, &found);
        if (first == FirstPart::kNone) return;
        if (first == FirstPart::kSplit) {
          shared_out = SharedOutTo(*found.anchor, p);
          // "300 شركة موزعة على 12 قاعة": what it is shared among, no part of it.
          if (shared_out && !OfItsNoun(total, p)) return;
          parts.push_back(&p);
          continue;
        }
        // ("45 شخصا، بينهم 10 في حالة خطرة، ونقل 30 منهم", "40 عضوا، 12 منهم نساء، وينتخب 30
        // منهم": a whole that is itself a part leaves "of them" to the count before it.)
        const bool part_itself = total.noun.empty() && CuedAfter(total, "them") &&
                                 !JoinedBy(total, p, "among");
        tied = first == FirstPart::kTied && !CuedBefore(total, "among") && !part_itself;
      }
      if (*AsDouble(p.value) > *AsDouble(total.value) && !tied) break;
      if (parts.size() == 1 && !found.listed) {  // asked once, where a second part may follow
        found.verbs = WordsBeforeTheCue(*found.anchor, *parts[0], "among") ||
                      WordsBeforeTheCue(*found.anchor, *parts[0], "split");
      }
      // "85 of them elected, and 70 of its members women": a later part with an "of them" of
      // its own counts the whole another way, and the two may overlap.
      if (!parts.empty() && (CuedAfter(p, "them") || CuedAfter(p, "whole-again"))) break;
      if (!parts.empty() && !found.listed && !InTheList(parts, p, found.verbs, shared_out)) {
        break;
      }
      if (shared_out && !OfItsNoun(total, p)) return;
      parts.push_back(&p);
    }
    const bool among = found.among, listed = found.listed;
    if (parts.size() < (among ? 1u : listed ? 3u : 2u)) return;
    // "The census counted 10.4 million people, 5.3 million women and 5.1 million men.": the
    // two sides of a pair set off to the sentence's end, which cannot exceed it (children may
    // be left unsaid).
    const bool unclosed = found.set_off && !ClosedByAComma(*parts.back());
    const bool open_pair = unclosed && parts.size() == 2 && SidesOfAPair(*parts[0], *parts[1]) &&
                           EndsAt(text_, parts.back()->norm_end, ".;\n");
    // "1.8 مليون حاج، منهم 1.6 مليون من الخارج و200 ألف من الداخل", "5.2 million people, 3.5
    // million in cities and 1.7 million in the countryside": the two groups that make any whole
    // up, the last part where no count follows it.
    const size_t next = static_cast<size_t>(parts.back() - claims.data()) + 1;
    const bool more = next < claims.size() && claims[next].sentence == total.sentence &&
                      IsPlainCount(claims[next]);
    const bool complete = !more && MakeAnyWholeUp(parts);
    if ((unclosed || found.grouped) && !open_pair && !complete) return;
    // "30 ألف عداء من 120 دولة، بينهم 8 آلاف امرأة": "among them" after a count that says
    // where an earlier one comes from may mean either; the larger is the whole.
    const Claim* head = among ? HeadOfTheComplement(i) : nullptr;
    if (head && !IsPlainCount(*head)) return;  // "أكثر من 30 ألف عداء": no bound to exceed
    const Claim& whole =
        head && *AsDouble(head->value) > *AsDouble(total.value) ? *head : total;
    // More parts than the whole is a slip whatever rounding made the whole, and counts in
    // digits are exact ("12 عنصرا، من بينهم 13"); parts that make a whole up may miss it by
    // rounding.
    // "3 مليارات، منها 1.8 مليار و1.6 مليار": the whole to as many decimals as its finest part.
    const auto slack_of = among && !complete ? ExactSlack : CountSlack;
    const Claim* finest = *absl::c_max_element(parts, [](const Claim* a, const Claim* b) {
      return a->fraction_digits < b->fraction_digits;
    });
    // ("16300 لاجئ، نقل 11339 منهم من اليونان و5001 من إيطاليا": a whole of many figures that
    // ends in zeros may be rounded, where the rounding is a small part of it, as Slack() reads.)
    const double whole_slack = among && !complete ? Slack(whole, whole) : slack_of(whole);
    double sum = 0, slack = std::min(whole_slack, CountSlackBeside(whole, *finest));
    for (const Claim* p : parts) sum += *AsDouble(p->value), slack += slack_of(*p);
    const double t = *AsDouble(whole.value);
    if (IsCountAbout(whole)) slack += 0.1 * t;
    // "منها 830 في العاصمة و420 في باقي المحافظات": the last part the rest of the whole,
    // where no count follows it in the sentence ("، و100 في الخارج").
    // "منها 4.1 مليون أوروبي و2.2 مليون من باقي الدول", "and 2.2 million from elsewhere": the
    // last of two or more parts came from the rest.
    const bool the_rest = !more && (InTheRestOfThePlaces(*parts.back()) ||
                                    (parts.size() >= 2 && CuedAfter(*parts.back(), "from-rest")));
    const bool up_to = !complete && (open_pair || (among && !the_rest));
    const bool wrong = up_to ? sum > t + slack : std::fabs(sum - t) > slack;
    if (!wrong) return;
    reporter_->Report("arith.total_mismatch",
                      up_to ? absl::StrFormat("the parts add up to %s, more than the whole, %s",
                                              Number(sum), whole.value)
                            : absl::StrFormat("the parts add up to %s, not %s", Number(sum),
                                              whole.value),
                      WholeThenParts(whole, parts), whole.value, Number(sum));
  }

  // "300 مليون دولار للمرحلة الأولى و450 مليون دولار للثانية، أي ما مجموعه 750 مليون دولار",
  // "$300m for the first phase and $450m for the second, for a total of $750m": parts in a
  // list, then their sum restated (arith_cues.tsv "sum"). Not a total that the sentence
  // brings a count up to ("14 new deaths, bringing the total to 2,356"): its cues are others.
  void SumAfterParts(size_t i) {
    constexpr size_t kNear = 60;  // bytes: what a part is for, a few words
    const auto& claims = doc_.claims;
    const Claim& total = claims[i];
    // This runs at every claim: a part near enough right before first, then the cue read in
    // place. Before the sum, or after it where a comma sets it beside the last part ("310
    // crew, 1,550 people in all"), or one only after a comma ("six crew, a total of 186").
    // ("23%, 20% and 12% of the market, a combined 55%": shares of one whole add up too.)
    const bool shares = IsPlainShare(total);
    if (i == 0 || !(IsPlainCount(total) || shares) ||
        claims[i - 1].sentence != total.sentence ||
        total.norm_begin - claims[i - 1].norm_end > kNear) {
      return;
    }
    // "5 gold, 3 silver and 7 bronze medals, bringing his total to 12": a total the parts add
    // to, which may hold more (a career's), so no fewer than their sum.
    const bool at_least = CueRightBefore(claims[i - 1], total, "total-to", kNear);
    const bool past_a_sub_part = SumPastASubPart(i);
    if (!(at_least || past_a_sub_part || CueRightBefore(claims[i - 1], total, "sum", kNear) ||
          (PastACommaOrRestated(claims[i - 1], total, kNear) && SumCuedAfter(total)) ||
          RestatedAsPeople(claims[i - 1], total) ||
          SumAfterAComma(i >= 2 && claims[i - 2].sentence == total.sentence ? &claims[i - 2]
                                                                            : nullptr,
                         claims[i - 1], total))) {
      return;
    }
    std::vector<const Claim*> parts;
    for (size_t j = past_a_sub_part ? i - 1 : i; j-- > 0 && claims[j].sentence == total.sentence;) {
      const Claim& p = claims[j];
      if (p.kind == Kind::kOrdinal) continue;  // "للمرحلة الأولى": names a part
      if (WhenAPartWas(j)) continue;
      if (shares ? !IsPlainShare(p) : !IsPlainCount(p) || !PartOf(total, p)) break;
      // "3 teams of 15 players each and 20 reserves, 65 in all": a count in each of some
      // groups is no part of the sum as said.
      if (cues_.MatchAt(text_, scan::SkipSpaces(text_, p.norm_end), "per-item").entry) return;
      // Each part before the next with "و", "and" or a comma right before that one.
      if (!parts.empty() && !ListedBefore(p, *parts.back(), kNear) &&
          !AndThenOneWord(p, *parts.back())) {
        break;
      }
      parts.push_back(&p);
    }
    if (parts.size() < 2) return;
    const auto [sum, slack] = SumAndSlack(total, parts);
    const double t = *AsDouble(total.value);
    if (at_least ? sum <= t + slack : std::fabs(sum - t) <= slack) return;
    std::vector<SpanRef> spans;
    for (auto p = parts.rbegin(); p != parts.rend(); ++p) spans.push_back(SpanOf(**p));
    spans.push_back(SpanOf(total));
    const char* per_cent = shares ? "%" : "";
    reporter_->Report("arith.total_mismatch",
                      at_least ? absl::StrFormat("the parts add up to %s%s, more than the %s%s",
                                                 Number(sum), per_cent, total.value, per_cent)
                               : absl::StrFormat("the parts add up to %s%s, not %s%s",
                                                 Number(sum), per_cent, total.value, per_cent),
                      spans, total.value, Number(sum));
  }

  // "3 were killed and 11 injured, 4 of them critically, a total of 14", "بينهم 4 في حالة
  // حرجة، بإجمالي 14": some of the last part ("of them" after it, "بينهم" before it, right
  // after a comma) between the parts and their sum, which a cue of a sum alone opens past the
  // last comma (total claim i).
  bool SumPastASubPart(size_t i) const {
    constexpr size_t kSubPart = 48;  // bytes: " of them critically, a total of"
    const auto& claims = doc_.claims;
    if (i < 3) return false;
    const Claim &last = claims[i - 2], &sub = claims[i - 1], &total = claims[i];
    if (last.sentence != total.sentence || !IsPlainCount(last) || !IsPlainCount(sub)) {
      return false;
    }
    constexpr size_t kWhat = 24;  // bytes: what the last part counts before the comma
    const std::string_view before = doc_.Between(last, sub), after = doc_.Between(sub, total);
    const Comma opening = CommaIn(before, /*last=*/true);
    if (opening.at == std::string_view::npos || opening.at > kWhat) return false;
    const std::string cue = Trimmed(before.substr(opening.past));
    const bool some_of_them = cue.empty() ? CuedAfter(sub, "them") : CoveredBy(cue, cues_, "among");
    const Comma comma = CommaIn(after, /*last=*/true);
    if (!some_of_them || after.size() > kSubPart || comma.at == std::string_view::npos) {
      return false;
    }
    const std::string sum = Trimmed(after.substr(comma.past));
    return (CoveredBy(sum, cues_, "sum-comma") || CoveredBy(sum, cues_, "sum")) &&
           !SinceAnotherTime(total);
  }

  // "destroyed 230 homes and damaged 410", "دمر 230 منزلا وتضرر 410": "and" and one word (a
  // verb of what befell the next part) between two parts of a sum said after them; "and
  // damaged another 410" too.
  bool AndThenOneWord(const Claim& part, const Claim& next) const {
    std::string_view words = TrimSpaces(doc_.Between(part, next));
    const size_t space = words.find(' ');
    if (space == std::string::npos) {  // "وتضرر": و glued to its word
      return words.size() > 2 && words.starts_with("\xD9\x88") &&
             scan::LetterRunEnd(words, 0) == words.size();
    }
    for (const std::string_view more : {" another", " a further"}) {
      if (words.ends_with(more)) words.remove_suffix(more.size());
    }
    return words.substr(0, space) == "and" && space + 1 < words.size() &&
           scan::LetterRunEnd(words, space + 1) == words.size();
  }

  // "$1.2 billion in September and $800 million in October", "800 مليون دولار في أكتوبر": a
  // month or a year right after a part, "in" alone between, is when that part was.
  bool WhenAPartWas(size_t j) const {
    static constexpr std::string_view kFi = "\xD9\x81\xD9\x8A";  // في
    const auto& claims = doc_.claims;
    const Claim& c = claims[j];
    if (j == 0 || !(c.kind == Kind::kDate || c.kind == Kind::kYear) ||
        !IsPlainCount(claims[j - 1])) {
      return false;
    }
    const std::string_view between = TrimSpaces(doc_.Between(claims[j - 1], c));
    return between == "in" || between == kFi;
  }

  // "72 مقعدا، والمعارضة على 58، والمستقلون على 25، من أصل 150 مقعدا", "72 seats, the
  // opposition 58 and independents 25, out of 150": three parts or more in a list, then past a
  // comma the whole they are "out of", which they cannot exceed (the rest may be vacant).
  void PartsOutOfAWhole(size_t i) {
    constexpr size_t kNear = 60;  // bytes: what a part is, a few words
    constexpr size_t kFewestParts = 3;
    const auto& claims = doc_.claims;
    const Claim& whole = claims[i];
    if (i < kFewestParts || !IsPlainCount(whole) || claims[i - 1].sentence != whole.sentence) {
      return;
    }
    // Only the comma and the cue after the last part ("25، من أصل 150"), the comma read first.
    const std::string_view between = doc_.Between(claims[i - 1], whole);
    const size_t start = between.find_first_not_of(' ');
    if (start == std::string_view::npos ||
        !(between[start] == ',' || between.substr(start).starts_with(kArabicComma))) {
      return;
    }
    constexpr size_t kCue = 16;  // bytes: " out of the ", " من أصل "
    const Comma comma = CommaIn(between, /*last=*/false);
    if (between.size() - comma.past > kCue ||
        !CoveredBy(Trimmed(between.substr(comma.past)), cues_, "out-of")) {
      return;
    }
    std::vector<const Claim*> parts;
    for (size_t j = i; j-- > 0 && claims[j].sentence == whole.sentence;) {
      const Claim& p = claims[j];
      if (!IsPlainCount(p) || !PartOf(whole, p)) break;
      if (!parts.empty() && !ListedBefore(p, *parts.back(), kNear) &&
          !NextItemOpens(doc_.Between(p, *parts.back()), kNear)) {
        break;
      }
      parts.push_back(&p);
    }
    // The first part names what they count, the whole nothing else ("72 seats ... out of
    // 150"; not scores each out of the same 50: "scored 20, 15 and 30, out of 50").
    if (parts.size() < kFewestParts) return;
    const Claim& first = *parts.back();
    if (first.noun_key.empty() || !(whole.noun_key.empty() || whole.noun_key == first.noun_key)) {
      return;
    }
    const auto [sum, slack] = SumAndSlack(whole, parts);
    if (sum <= *AsDouble(whole.value) + slack) return;
    std::vector<SpanRef> spans;
    for (auto p = parts.rbegin(); p != parts.rend(); ++p) spans.push_back(SpanOf(**p));
    spans.push_back(SpanOf(whole));
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("the parts add up to %s, more than the whole, %s",
                                      Number(sum), whole.value),
                      spans, whole.value, Number(sum));
  }

  // Whether the words after a part open the list's next item with a comma or "and" ("72
  // seats, the opposition 58", "58 and independents 25", "72 مقعدا، والمعارضة على 58").
  static bool NextItemOpens(std::string_view between, size_t near) {
    if (between.size() > near || between.find_first_of(".;:(") != std::string_view::npos) {
      return false;
    }
    while (between.starts_with(' ')) between.remove_prefix(1);
    return between.starts_with(',') || between.starts_with(kArabicComma) ||
           between.starts_with("and ") || between.starts_with("\xD9\x88");  // و
  }

  // Whether a comma alone stands between a part and the sum after it, or a comma and a word
  // that restates ("و5 برونزية، أي 12 ميدالية في المجموع", "5 bronze, or 12 in all").
  bool PastACommaOrRestated(const Claim& part, const Claim& sum, size_t near) const {
    if (PastAComma(part, sum, near, /*verb=*/false)) return true;
    const std::optional<std::string_view> after = WordsPastAComma(part, sum, near);
    return after && !after->empty() && CoveredBy(*after, cues_, "restate");
  }

  // "236 people in all.": a sum's cue after it that ends its clause ("12 medals in all since
  // 2010" counts more than the parts before it).
  bool SumCuedAfter(const Claim& total) const {
    const auto m = cues_.MatchAt(text_, scan::SkipSpaces(text_, total.norm_end), "sum-after");
    return m.entry && EndsAt(text_, m.end, ".,;\n");
  }

  // "Republicans won 222 and Democrats 215", "فاز الجمهوريون بـ222 والديمقراطيون بـ215", "the
  // ruling party won 230, the opposition 180 and independents 40": parts
  // of one kind whose verb the later ones leave out, only a word or two of who between "and"
  // and each count and nothing after the last but the clause's end: no part counts another
  // thing (as "80 were rescued and 60 injured" may count some twice).
  // `first_after`, where given, stands between the first part and the second. A part may name
  // the whole's noun again ("من أصل 90 مقعدا، فازت المعارضة بـ 48 مقعدا والموالاة بـ 42").
  bool VerbLeftOut(const Claim& whole, const std::vector<const Claim*>& parts,
                   const Claim* first_after = nullptr) const {
    if (parts.size() < 2) return false;
    const scan::PhraseList& joins = doc_.engine.range_cues();
    // ("the 435-seat House, Republicans hold 220 seats": the whole's noun in its hyphened word.)
    const auto named_apart = [&](const Claim& part) {
      return whole.noun_key.empty() && CountOfMembers(whole) && CountOfMembers(part);
    };
    for (size_t k = 0; k < parts.size(); ++k) {
      if (!parts[k]->noun.empty() && parts[k]->noun_key != whole.noun_key &&
          !named_apart(*parts[k])) {
        return false;
      }
      if (k == 0) continue;
      const Claim& before = k == 1 && first_after != nullptr ? *first_after : *parts[k - 1];
      const std::string_view between = doc_.Between(before, *parts[k]);
      const std::string words = Trimmed(between);
      const auto and_ = joins.MatchAt(words, 0, "list");
      const bool glued = !and_.entry && words.starts_with("\xD9\x88");  // "والديمقراطيون"
      // "won 230, the opposition 180 and": a comma lists as "and" does.
      const std::string_view lead = between.substr(std::min(between.find_first_not_of(' '),
                                                            between.size()));
      const bool comma = lead.starts_with(',') || lead.starts_with(kArabicComma);
      const std::string who =
          and_.entry || glued ? Trimmed(std::string_view(words).substr(glued ? 2 : and_.end))
          : comma             ? words
                              : "";
      // ("41, up from 35": where a part began is no part; "won 28 of its 38 games, drew 6" is
      // a record, whose check reads it.)
      // ("the Liberal Democrats": English's article is no word of who.)
      const std::string_view name = absl::StartsWithIgnoreCase(who, "the ")
                                        ? std::string_view(who).substr(4)
                                        : std::string_view(who);
      if (who.empty() || std::count(name.begin(), name.end(), ' ') > 1 ||
          (k == 1 && first_after != nullptr && AnOutcome(who)) ||
          who.find_first_of("0123456789,") != std::string::npos ||
          (comma && cues_.StartsAWordIn(who, 0, who.size(), "since"))) {
        return false;
      }
    }
    return EndsAt(text_, parts.back()->norm_end, ".,;\n");
  }

  // "، صوت منهم 160": a comma after the whole, a verb or two and "of them" right before the part.
  bool VerbOfThemAfterAComma(const Claim& whole, const Claim& part) const {
    const std::string_view between = doc_.Between(whole, part);
    const size_t lead = std::min(between.find_first_not_of(' '), between.size());
    if (!between.substr(lead).starts_with(',') &&
        !between.substr(lead).starts_with(kArabicComma)) {
      return false;
    }
    const std::optional<std::string> verb = BeforeTheCue(whole, part, "them", kFewWords);
    return verb && !verb->empty() && AWordOrTwo(*verb);
  }

  bool AnOutcome(std::string_view words) const {
    for (const std::string_view outcome : {"won", "drew", "lost"}) {
      if (cues_.MatchAt(words, 0, outcome).entry) return true;
    }
    return false;
  }

  // "Of the 1,400 workers, 600 took the buyout, 500 were reassigned and the remaining 300
  // stayed", "من بين 50 ولاية، أقرت 27 قوانين مماثلة، فيما لم تقر الولايات الـ23 الأخرى": a
  // whole, then parts that end with the rest of it (arith_cues.tsv "rest"), which must make it
  // up. A part of a part ("200 of them", "بينهم") leaves the sentence alone.
  void SplitToTheRest(size_t i) {
    constexpr size_t kNear = 60;  // characters: what a part did, a few words
    const auto& claims = doc_.claims;
    const Claim& whole = claims[i];
    if (!IsPlainCount(whole)) return;
    // "8,500 people, 6,000 of them in Germany and the remaining 2,500 abroad": the first part
    // "of them", beside its whole.
    // So a verb and "of them" before it, after a comma: "217 نائبا، صوت منهم 160".
    const bool next = i + 1 < claims.size() && claims[i + 1].sentence == whole.sentence &&
                      IsPlainCount(claims[i + 1]);
    const bool them_before = next && VerbOfThemAfterAComma(whole, claims[i + 1]);
    const bool of_them = them_before || (next && InApposition(whole, claims[i + 1]) &&
                                         CuedAfter(claims[i + 1], "them"));
    if (!of_them && !WholeCued(whole)) return;
    std::vector<const Claim*> parts;
    // "sentenced 12 of the 40 defendants, acquitted 19 and ... the other 9": a first part
    // said before its whole.
    const bool part_first = i > 0 && claims[i - 1].sentence == whole.sentence &&
                            IsPlainCount(claims[i - 1]) && PartOf(whole, claims[i - 1]) &&
                            *AsDouble(claims[i - 1].value) < *AsDouble(whole.value);
    if (part_first && JoinedBy(claims[i - 1], whole, "of")) parts.push_back(&claims[i - 1]);
    const Claim* before = &whole;
    for (size_t j = i + 1; j < claims.size() && claims[j].sentence == whole.sentence; ++j) {
      const Claim& p = claims[j];
      // "60 were rescued on Monday and the other 30 on Tuesday": the time of a part.
      if (!parts.empty() && IsTimeOrItsOrdinal(p) && TimeRightAfter(*before, p, kFewWords)) {
        continue;
      }
      // "19 use the euro; the other eight keep their own": a semicolon only before the rest.
      const std::string_view between = doc_.Between(*before, p);
      const bool semicolon = between.find(';') != std::string_view::npos;
      if (!IsPlainCount(p) || !PartOf(whole, p) || *AsDouble(p.value) >= *AsDouble(whole.value) ||
          scan::CharacterCount(between) > kNear ||
          between.find_first_of(".:(") != std::string_view::npos ||
          (semicolon && (parts.empty() || !EndsWithTheRest(*before, p))) ||
          (CuedBefore(p, "among") && !(them_before && j == i + 1)) || CuedAfter(p, "among") ||
          (CuedAfter(p, "them") && !(of_them && j == i + 1))) {
        return;
      }
      parts.push_back(&p);
      if (EndsWithTheRest(*before, p)) break;
      before = &p;
    }
    const bool rest =
        parts.size() >= 2 && EndsWithTheRest(*parts[parts.size() - 2], *parts.back());
    // "killed 12 of the 50 passengers, leaving 40 injured": what became of others, no rest.
    if (rest && CueRightBefore(*parts[parts.size() - 2], *parts.back(), "left") &&
        !LeftOfTheWhole(whole, *parts.back())) {
      return;
    }
    // ("won 120 of the 300 seats, the opposition 95": the whole between the first two parts.)
    const bool whole_second = part_first && !parts.empty() && parts.front() == &claims[i - 1];
    const Claim* between_first = whole_second ? &whole : nullptr;
    if (!rest && !VerbLeftOut(whole, parts, between_first) && !VotedEachWay(parts)) return;
    const auto [sum, slack] = SumAndSlack(whole, parts);
    const double gap = sum - *AsDouble(whole.value);
    // Parts without a word of the rest may leave some of the whole out; none may exceed it.
    if (rest ? std::fabs(gap) <= slack : gap <= slack) return;
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("the parts add up to %s, not %s", Number(sum), whole.value),
                      WholeThenParts(whole, parts), whole.value, Number(sum));
  }

  // "The 15-member council voted 9 to 7", "The 100-seat Senate passed the bill 68 to 42, with 3
  // abstentions", "المجلس المؤلف من 15 عضوا ... بأغلبية 9 أصوات مقابل 7": a body's members or
  // seats (arith_cues.tsv "members"), a few words on the tally of its vote ("tally" before
  // it, "tally-join" between its two sides, maybe "abstain" by a third): no more votes than
  // members.
  void TallyOfMembers(size_t i) {
    constexpr size_t kNear = 60;  // bytes: "council voted", "المؤلف من 15 عضوا بأغلبية"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim& members = claims[i];
    const Claim& yes = claims[i + 1];
    const Claim& no = claims[i + 2];
    if (!IsPlainCount(members) || !IsPlainCount(yes) || !IsPlainCount(no) ||
        no.sentence != members.sentence || !CountOfMembers(members)) {
      return;
    }
    const std::string_view before = doc_.Between(members, yes);
    if (before.size() > kNear || before.find("'s") != std::string_view::npos) return;
    // "with 25 votes in favor, 2 against": the tally's noun its first count's, each side named
    // by the way it went; "with 25 countries in favour and 3 against": each side so named is
    // a vote whatever the members are.
    const bool votes_counted = !yes.noun_key.empty() && CoveredBy(yes.noun_key, cues_, "tally");
    const bool each_way = VotedEachWay({&yes, &no});
    // "The bill passed the 100-seat Senate 68-35": the verb before the body, whose name alone
    // stands between it and the tally.
    constexpr size_t kVerb = 24, kName = 24;  // bytes: "passed the", "-seat Senate"
    const bool verb_before =
        before.size() <= kName && before.find_first_of(",;:()") == std::string_view::npos &&
        cues_.StartsAWordIn(text_, SentenceStartWithin(members, kVerb), members.norm_begin,
                            "tally");
    const bool tallied = (cues_.StartsAWordIn(text_, members.norm_end, yes.norm_begin, "tally") ||
                          votes_counted || verb_before) &&
                         (TallySides(yes, no) || (votes_counted && each_way));
    if (!tallied && !each_way) return;
    WeighTheTally(members, i + 1, tallied);
  }

  // The tally of claims j and j + 1 (and of those who abstained right after, claim j + 2),
  // which cannot add up to more than the members. ("and 2 abstained from the budget vote": a
  // tally known only by its ways, not `tallied` by its cues, counts a third way only on the
  // same motion.)
  void WeighTheTally(const Claim& members, size_t j, bool tallied) {
    const auto& claims = doc_.claims;
    const Claim &yes = claims[j], &no = claims[j + 1];
    double votes = *AsDouble(yes.value) + *AsDouble(no.value);
    std::vector<SpanRef> spans = {SpanOf(members), SpanOf(yes), SpanOf(no)};
    if (j + 2 < claims.size() && claims[j + 2].sentence == yes.sentence &&
        IsPlainCount(claims[j + 2]) && Abstained(no, claims[j + 2]) &&
        (tallied || VotedEachWay({&yes, &no, &claims[j + 2]}))) {
      votes += *AsDouble(claims[j + 2].value);
      spans.push_back(SpanOf(claims[j + 2]));
    }
    if (votes > *AsDouble(members.value)) ReportMoreVotes(votes, members, std::move(spans));
  }

  // "The council has 45 members. On Monday, 28 voted for the plan, 12 against and 5
  // abstained": a sentence whose first counts are a tally, each side named by the way it went,
  // the members the one count of the sentence before.
  void TallyOfTheMembersBefore(size_t i) {
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim &yes = claims[i], &no = claims[i + 1];
    // Asked at every claim: two counts of one sentence, only times before them in it.
    if (!IsPlainCount(yes) || !IsPlainCount(no) || no.sentence != yes.sentence) return;
    size_t k = i;
    while (k > 0 && claims[k - 1].sentence == yes.sentence && IsTimeOrAgo(claims[k - 1])) --k;
    if (k == 0 || claims[k - 1].sentence + 1 != yes.sentence) return;
    const Claim* members = TheOneCountBefore(k, /*of_a_noun=*/true);
    if (members == nullptr || !CountOfMembers(*members) || !VotedEachWay({&yes, &no})) return;
    WeighTheTally(*members, i, /*tallied=*/false);
  }

  // "صوت 312 نائبا لصالح القرار مقابل 98", "312 in favour of the motion against 98": a word
  // of voting for, a few words of what, then a tally's join alone before the other side.
  bool ForWhatThenAgainst(const Claim& yes, const Claim& no) const {
    constexpr size_t kWhat = 48;  // bytes: "لصالح مشروع القانون مقابل"
    const std::string_view between = doc_.Between(yes, no);
    if (between.size() > kWhat + 2) return false;  // the two spaces around the words
    const std::string words = Trimmed(between);
    const auto join = cues_.MatchBefore(words, words.size(), "tally-join");
    return words.size() <= kWhat && join.entry && join.end > 0 &&
           CommaIn(words, /*last=*/false).at == std::string::npos &&
           cues_.MatchAt(words, 0, "vote-for").entry;
  }

  void ReportMoreVotes(double votes, const Claim& members, std::vector<SpanRef> spans) {
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("the votes add up to %s, more than the %s members",
                                      Number(votes), members.value),
                      std::move(spans), members.value, Number(votes));
  }

  // "45 members", "120 مقعدا", "the 15-member council": a count of a body's members or seats.
  // "بأغلبية 65 صوتا مقابل 70 من أصل 128 نائبا", "passed 68 to 35 out of 100 senators": a
  // tally, then the members it is "out of": no more votes than members.
  void TallyOutOfMembers(size_t i) {
    constexpr size_t kNear = 40;  // bytes: "approved the bill", "الموازنة بأغلبية"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim &yes = claims[i], &no = claims[i + 1];
    // Asked at every claim: two counts of one sentence a tally joins, before any other cue is
    // read (a vote's words between only where they are few).
    if (!IsPlainCount(yes) || !IsPlainCount(no) || no.sentence != yes.sentence ||
        !(TallySides(yes, no) || ForWhatThenAgainst(yes, no))) {
      return;
    }
    // "بأغلبية 180 صوتا مقابل 45، وامتناع 15 عن التصويت، من أصل 240": the abstentions between.
    const Claim* abstained = Abstentions(i + 2);
    const Claim& members = claims[abstained ? i + 3 : i + 2];
    const Claim& last = abstained ? *abstained : no;
    // "بأغلبية 98 عضوا مقابل 57 من أصل 150": the members' noun said with the first side alone.
    const bool members_named = CountOfMembers(members) ||
                               (members.noun_key.empty() && !yes.noun_key.empty() &&
                                CountOfMembers(yes));
    if (!IsPlainCount(members) || members.sentence != yes.sentence || !members_named ||
        !(JoinedBy(last, members, "of") || JoinedBy(last, members, "in-body") ||
          (abstained && OutOfPastAComma(last, members)))) {
      return;
    }
    if (!cues_.StartsAWordIn(text_, SentenceStartWithin(yes, kNear), yes.norm_begin, "tally")) {
      return;
    }
    double votes = *AsDouble(yes.value) + *AsDouble(no.value);
    std::vector<SpanRef> spans = {SpanOf(yes), SpanOf(no)};
    if (abstained) votes += *AsDouble(abstained->value), spans.push_back(SpanOf(*abstained));
    spans.push_back(SpanOf(members));
    if (votes > *AsDouble(members.value)) ReportMoreVotes(votes, members, std::move(spans));
  }

  // Claim j where it counts abstentions ("وامتناع 15", "15 abstentions") and a count follows
  // it in its sentence; null for the rest.
  const Claim* Abstentions(size_t j) const {
    const auto& claims = doc_.claims;
    if (j + 1 >= claims.size() || claims[j + 1].sentence != claims[j].sentence ||
        !IsPlainCount(claims[j])) {
      return nullptr;
    }
    size_t end = 0;
    const bool abstain = WayVoted(claims[j], claims[j - 1].norm_end, kVoteWays, &end) == 2;
    return abstain ? &claims[j] : nullptr;
  }

  // "15 عن التصويت، من أصل 240", "15 abstentions, out of 240", "7 not voting, in the 435-seat
  // House": the members the votes are out of, past a comma after the last count's words.
  bool OutOfPastAComma(const Claim& last, const Claim& members) const {
    const std::string_view between = doc_.Between(last, members);
    const Comma comma = CommaIn(between, /*last=*/true);
    if (comma.at == std::string_view::npos || comma.at > kFewWords) return false;
    const std::string past = Trimmed(between.substr(comma.past));
    return CoveredBy(past, cues_, "out-of") || CoveredBy(past, cues_, "in-body");
  }

  // "وافق 84 نائبا ورفضه 12 وامتنع 4 من أصل 100 نائب", "84 voted for it, 12 against and 4
  // abstained, out of 100 members": votes each way right before the members they are out of.
  void VotesOutOfMembers(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& members = claims[i];
    if (i < 2 || !IsPlainCount(members) || claims[i - 1].sentence != members.sentence ||
        !CountOfMembers(members)) {
      return;
    }
    // ("14 abstained, out of 100": English's way after the last count, before a comma.)
    const std::string_view between = doc_.Between(claims[i - 1], members);
    const Comma comma = CommaIn(between, /*last=*/true);
    const size_t cue = comma.at == std::string_view::npos ? 0 : comma.past;
    if (!CoveredBy(Trimmed(between.substr(cue)), cues_, "out-of")) return;
    for (const size_t ways : {3, 2}) {
      if (i < ways || claims[i - ways].sentence != members.sentence) continue;
      std::vector<const Claim*> parts;
      for (size_t j = i - ways; j < i; ++j) {
        if (IsPlainCount(claims[j])) parts.push_back(&claims[j]);
      }
      if (parts.size() != ways || !VotedEachWay(parts)) continue;
      double votes = 0;
      std::vector<SpanRef> spans;
      for (const Claim* p : parts) votes += *AsDouble(p->value), spans.push_back(SpanOf(*p));
      spans.push_back(SpanOf(members));
      if (votes > *AsDouble(members.value)) ReportMoreVotes(votes, members, std::move(spans));
      return;
    }
  }

  // ", with 3 abstentions", "وامتناع 2": a third count right after the tally, of those who
  // abstained.
  bool Abstained(const Claim& no, const Claim& third) const {
    constexpr size_t kNear = 40;  // bytes: ", with", "وامتناع", "ضدها، فيما امتنع"
    if (doc_.Between(no, third).size() > kNear) return false;
    return cues_.StartsAWordIn(text_, no.norm_end, third.norm_end, "vote-abstain") ||
           cues_.MatchAt(text_, scan::SkipSpaces(text_, third.norm_end), "vote-abstain").entry ||
           (!third.noun_key.empty() && CoveredBy(third.noun_key, cues_, "vote-abstain"));
  }

  // "326 voted for the bill, 310 against and 24 abstained", "وافق 128، فيما عارضه 9 وامتنع 45":
  // each part a vote of its own way (arith_cues.tsv "vote-for", "vote-against", "vote-abstain"),
  // no way twice; members' votes are no more than the members.
  bool VotedEachWay(const std::vector<const Claim*>& parts) const {
    if (parts.size() < 2 || parts.size() > 3) return false;
    bool seen[3] = {false, false, false};
    size_t after = 0;  // where the last part's word of its way ends
    for (size_t k = 0; k < parts.size(); ++k) {
      const size_t way = WayVoted(*parts[k], after, kVoteWays, &after);
      if (way == 3 || seen[way] || (k > 0 && !OnTheSameMotion(*parts[k], kVoteWays[way]))) {
        return false;
      }
      seen[way] = true;
    }
    return true;
  }

  // After the first part, an English vote's word says nothing more but a pronoun of the
  // motion: "310 against and", "4 opposed it and", not "45 against the amendment", another.
  bool OnTheSameMotion(const Claim& part, std::string_view way) const {
    const auto cue = cues_.MatchAt(text_, scan::SkipSpaces(text_, part.norm_end), way);
    if (!cue.entry) return true;  // Arabic: the verb before, its object a pronoun ("وعارضه")
    const size_t next = PastAPronoun(scan::SkipSpaces(text_, cue.end));
    // Arabic glues its "and" to the next part's verb: "و40 ضده وامتنع 27".
    return EndsAt(text_, next, ".,;\n") || scan::WordAt(text_, next) == "and" ||
           (cue.end < next && text_.substr(next, 2) == "\xD9\x88");
  }

  // Which of `ways` a vote's word says: English puts it right after the count ("310 against"),
  // Arabic a few words before ("وعارضه 9"), where the word after is the next part's verb
  // ("عارضه 9 وامتنع 45"), or after it too ("160 لصالح القانون و40 ضده"); or it is the
  // noun the count counts ("5 abstentions"). 3 for none; `end` is set to where the word found
  // ends, or the count where it came before.
  size_t WayVoted(const Claim& c, size_t after, const std::string_view (&ways)[3],
                  size_t* end) const {
    for (size_t way = 0; !c.noun.empty() && way < 3; ++way) {
      if (CoveredBy(c.noun, cues_, ways[way])) {
        *end = c.norm_end;
        return way;
      }
    }
    const size_t next = scan::SkipSpaces(text_, c.norm_end);
    const bool arabic = next < text_.size() && static_cast<unsigned char>(text_[next]) >= 0x80;
    for (const bool before : {arabic, !arabic}) {
      for (size_t way = 0; way < 3; ++way) {
        if (before) {
          if (OutcomeCued(c, after, ways[way])) {
            *end = c.norm_end;
            return way;
          }
        } else if (const auto cue = cues_.MatchAt(text_, next, ways[way]); cue.entry) {
          *end = cue.end;
          return way;
        }
      }
    }
    return 3;
  }

  // "Of the 312 passengers, 298 were rescued and 14 remain missing", "من بين 130 راكبا، نجا
  // 98 وقتل 17", "Of the 320 students, 280 passed, 25 failed and 15 were absent": counts of
  // fates that exclude each other (arith_cues.tsv "fate": lived, died or missing; passed,
  // failed or absent; finished or dropped out), each once, listed after a whole cued before
  // them. They cannot add up to more; they may to less (some fates left unsaid). A count of
  // no fate between is left out: the hurt may be among the living.
  void Fates(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& whole = claims[i];
    if (i + 1 >= claims.size()) return;
    // ("12 ألف عداء من 60 دولة، أنهى 10500 منهم": where the whole came from, passed over.)
    const size_t f = WhereFrom(whole, claims[i + 1]) ? i + 2 : i + 1;
    // Asked at every claim: two counts after it in its sentence, before any words are read.
    const size_t second = PastOrdinals(f + 1);
    if (second >= claims.size() || claims[second].sentence != whole.sentence ||
        !IsPlainCount(whole) || whole.kind != Kind::kNumber || !IsPlainCount(claims[f]) ||
        claims[f].kind != Kind::kNumber || !IsPlainCount(claims[second]) ||
        !(SetOffFromItsWhole(whole, claims[f]) || FateSetOff(whole, claims[f]))) {
      return;
    }
    std::vector<const Claim*> parts;
    std::vector<const scan::PhraseList::Entry*> fates;
    if (ReadFates(whole, f, i, &parts, &fates)) ReportFates(whole, parts, fates);
  }

  // "Police arrested 17 people. Seven of them were later released and 12 remain in custody",
  // "اعتقلت الشرطة 17 شخصا. وأفرج لاحقا عن 7 منهم، فيما لا يزال 12 قيد الاحتجاز": a sentence
  // whose first count is "of them" (arith_cues.tsv "them" right after it) a few words in, its
  // whole the one count of the sentence before; its fates read as Fates reads them.
  void FatesOfThemOpeningASentence(size_t i) {
    constexpr size_t kOpening = 40;  // bytes: "وأفرج لاحقا عن"
    const auto& claims = doc_.claims;
    if (i == 0 || i + 1 >= claims.size()) return;
    const Claim& first = claims[i];
    // Asked at every claim: the first count of its sentence, another after it.
    if (claims[i - 1].sentence + 1 != first.sentence || !IsPlainCount(first) ||
        first.kind != Kind::kNumber || claims[i + 1].sentence != first.sentence ||
        !CuedAfter(first, "them")) {
      return;
    }
    const size_t start = SentenceStartWithin(first, kOpening);
    if (!OpensASentence(text_, start) || HasComma(text_.substr(start, first.norm_begin - start))) {
      return;
    }
    const Claim* whole = TheOneCountBefore(i, /*of_a_noun=*/true);
    if (whole == nullptr || whole->kind != Kind::kNumber) return;
    std::vector<const Claim*> parts;
    std::vector<const scan::PhraseList::Entry*> fates;
    if (ReadFates(*whole, i, i - 1, &parts, &fates, first.sentence, start)) {
      ReportFates(*whole, parts, fates);
    }
  }

  // Whether `from` counts the places a whole came from, right after it: "12 ألف عداء من 60
  // دولة", "12,000 runners from 60 countries".
  bool WhereFrom(const Claim& whole, const Claim& from) const {
    static constexpr std::string_view kMin = "\xD9\x85\xD9\x86";  // من
    if (from.noun_key.empty() || from.noun_key == whole.noun_key) return false;
    const std::string_view between = TrimSpaces(doc_.Between(whole, from));
    return between == kMin || between == "from";
  }

  // "45 of the 50 prisoners were released, while 8 remain in custody", "أفرج عن 45 من أصل 50
  // رهينة، فيما لا يزال 8 في الأسر": the first fate's count said as a part of its whole, the
  // next a clause after it, each with its fate (the first's after the whole, or before the
  // part in Arabic); then any listed as Fates reads them.
  void FatesAfterAPartOfTheWhole(size_t i) {
    constexpr size_t kNear = 64;  // bytes: "سجينا أفرج عنهم، بينما لا يزال"
    const auto& claims = doc_.claims;
    if (i + 2 >= claims.size()) return;
    const Claim &first = claims[i], &whole = claims[i + 1], &next = claims[i + 2];
    // Asked at every claim: three counts of a sentence, then the words.
    if (next.sentence != first.sentence || !IsPlainCount(first) ||
        first.kind != Kind::kNumber || !IsPlainCount(whole) || !IsPlainCount(next) ||
        next.kind != Kind::kNumber || !OfItsNoun(whole, next)) {
      return;
    }
    const std::string_view between = doc_.Between(whole, next);
    if (between.size() > kNear || between.find_first_of(".;:()") != std::string_view::npos ||
        !JoinedBy(first, whole, "of")) {
      return;
    }
    const auto* fate = FateIn(whole.norm_end, next.norm_begin, /*to_a_clause=*/true);
    if (fate == nullptr) {
      fate = FateOf(first, i > 0 ? claims[i - 1].norm_end : 0, whole.norm_begin);
    }
    const size_t past = i + 3 < claims.size() ? claims[i + 3].norm_begin : text_.size();
    const auto* other = FateOf(next, whole.norm_end, past);
    if (fate == nullptr || other == nullptr || fate->tags[1] == other->tags[1] ||
        !OfAKind(*fate, *other)) {
      return;
    }
    std::vector<const Claim*> parts = {&first, &next};
    std::vector<const scan::PhraseList::Entry*> fates = {fate, other};
    if (ReadFates(whole, PastOrdinals(i + 3), i + 2, &parts, &fates)) {
      ReportFates(whole, parts, fates);
    }
  }

  // Reads the counts of fates from claim j on (claim `last` the one read before), each listed
  // after the part before, into `parts` and `fates`; false when they tell of no one split (the
  // first count of no fate, one fate twice, fates of no kind in common).
  bool ReadFates(const Claim& whole, size_t j, size_t last, std::vector<const Claim*>* parts,
                 std::vector<const scan::PhraseList::Entry*>* fates) const {
    return ReadFates(whole, j, last, parts, fates, whole.sentence, 0);
  }

  // ReadFates of the counts in `sentence`, no fate read before `floor`.
  bool ReadFates(const Claim& whole, size_t j, size_t last, std::vector<const Claim*>* parts,
                 std::vector<const scan::PhraseList::Entry*>* fates, uint32_t sentence,
                 size_t floor) const {
    constexpr size_t kNear = 48;    // bytes: "were pulled from the water and"
    constexpr size_t kClause = 64;  // bytes: "منهم المستشفى، فيما لا يزال"
    const auto& claims = doc_.claims;
    for (; j < claims.size() && claims[j].sentence == sentence;
         last = j, j = PastOrdinals(j + 1)) {
      const Claim& c = claims[j];
      // ("15 مفقودا": the fate may be the noun counted; "775 حالة نشطة": cases of the whole,
      // whatever it counts.)
      if (!IsPlainCount(c) || c.kind != Kind::kNumber ||
          !(OfItsNoun(whole, c) || Counts(c, "fate") || CoveredBy(c.noun_key, cues_, "cases")) ||
          (!parts->empty() && !ListedBefore(claims[last], c, kNear) &&
           !ClauseOpensBetween(claims[last], c, kClause))) {
        break;
      }
      const size_t next = j + 1 < claims.size() ? claims[j + 1].norm_begin : text_.size();
      const scan::PhraseList::Entry* fate =
          FateOf(c, std::max(claims[j - 1].norm_end, floor), next);
      if (fate == nullptr) {
        if (parts->empty()) return false;
        continue;
      }
      // One fate twice, or fates of no kind in common ("passed" and "died"), tell of no one
      // split.
      for (const scan::PhraseList::Entry* f : *fates) {
        if (f->tags[1] == fate->tags[1] || !OfAKind(*f, *fate)) return false;
      }
      parts->push_back(&c);
      fates->push_back(fate);
    }
    return true;
  }

  // Fates that add up to more than their whole; none where one alone does, which tells of
  // another whole ("12 ألف عداء من 60 دولة، أنهى 10500 منهم": not of the countries).
  void ReportFates(const Claim& whole, const std::vector<const Claim*>& parts,
                   const std::vector<const scan::PhraseList::Entry*>& fates) {
    if (parts.size() < 2) return;
    const auto [sum, slack] = SumAndSlack(whole, parts);
    const double w = *AsDouble(whole.value);
    if (sum <= w + slack) return;
    for (const Claim* p : parts) {
      if (*AsDouble(p->value) > w + slack) return;
    }
    // (Women and men, public and private are no fates: groups, arith_cues.tsv "group-kind".)
    const bool groups = fates[0]->tags.size() > 2 &&
                        CoveredBy(fates[0]->tags[2], cues_, "group-kind");
    reporter_->Report("arith.total_mismatch",
                      absl::StrFormat("%s that exclude each other (%s) add up to %s, more "
                                      "than the %s",
                                      groups ? "groups" : "fates", FateNames(fates),
                                      Number(sum), whole.value),
                      WholeThenParts(whole, parts), whole.value, Number(sum));
  }

  // The first claim from claim j on that is no ordinal ("تأهل 32 إلى الدور الثاني وأقصي 20":
  // the ordinal names a stage, no count of a fate).
  size_t PastOrdinals(size_t j) const {
    const auto& claims = doc_.claims;
    while (j < claims.size() && claims[j].kind == Kind::kOrdinal &&
           claims[j].sentence == claims[j - 1].sentence) {
      ++j;
    }
    return j;
  }

  // "تأهل 32 إلى الدور الثاني وأقصي 20": a few words after a count, then a word with a glued
  // "و" or of contrast that opens the next count's clause (its fate read before the count).
  bool ClauseOpensBetween(const Claim& part, const Claim& next, size_t near) const {
    const std::string_view between = doc_.Between(part, next);
    if (between.size() > near || between.find_first_of(".;:()") != std::string_view::npos) {
      return false;
    }
    if (between.find(" \xD9\x88") != std::string_view::npos) return true;  // " و"
    // ("غادر 290 منهم، فيما لا يزال 50": a word of contrast.)
    const auto contrast = cues_.FindAWordIn(text_, part.norm_end, next.norm_begin, "clause");
    return contrast.entry && contrast.entry->HasTag("contrast");
  }

  // "من بين 250 رهينة، أفرج عن 117": a whole cued before it, a comma, and a fate of more words
  // than one verb before the first count; or "شارك 500 عداء، أنهى 420 منهم", "استقبل المستشفى
  // 350 مريضا، خرج منهم 290": the first count tied to the whole ("them") after it or between
  // its fate and it; or "arrested 23 people, 15 of whom were released": the first count right
  // past the comma, "them" after it.
  bool FateSetOff(const Claim& whole, const Claim& first) const {
    const std::optional<std::string_view> after = WordsPastAComma(whole, first, kFewWords);
    if (!after) return false;
    std::string words = Trimmed(*after);
    if (words.empty()) return CuedAfter(first, "them");
    const auto them = cues_.MatchBefore(words, words.size(), "them");
    const bool them_before = them.entry && them.end > 0;  // "خرج منهم 290"
    if (them_before) words = Trimmed(std::string_view(words).substr(0, them.end));
    return CoveredBy(words, cues_, "fate") &&
           (WholeCued(whole) || CuedAfter(first, "them") || them_before);
  }

  // Whether two fates share a kind (the columns after the fate's name): "died" is a fate of
  // a life and of a captivity ("released", "still held").
  static bool OfAKind(const scan::PhraseList::Entry& a, const scan::PhraseList::Entry& b) {
    for (size_t k = 2; k < a.tags.size(); ++k) {
      if (std::find(b.tags.begin() + 2, b.tags.end(), a.tags[k]) != b.tags.end()) return true;
    }
    return false;
  }

  static std::string FateNames(const std::vector<const scan::PhraseList::Entry*>& fates) {
    std::string names;
    for (const scan::PhraseList::Entry* f : fates) {
      absl::StrAppend(&names, names.empty() ? "" : ", ", f->tags[1]);
    }
    return names;
  }

  // "won 18 of its 30 games, drew 7 and lost 5", "خاض 30 مباراة، فاز في 18 وتعادل في 7 وخسر
  // 5": a record of wins, draws and losses, whose three counts make up the games played
  // (arith_cues.tsv "won", "drew", "lost", "played"). Without draws the losses leave them out.
  void Record(size_t i) {
    const auto& claims = doc_.claims;
    const Claim& first = claims[i];
    // Three counts at least, in one sentence: read in place before any cue is looked for.
    if (!IsPlainCount(first) || first.kind != Kind::kNumber || i + 2 >= claims.size() ||
        claims[i + 2].sentence != first.sentence) {
      return;
    }
    const size_t after = i > 0 ? claims[i - 1].norm_end : 0;
    static constexpr std::string_view kOutcomes[3] = {"won", "drew", "lost"};
    static constexpr std::string_view kNouns[3] = {"won-noun", "drew-noun", "lost-noun"};
    // ("After 38 games, Liverpool had 24 wins, 10 draws and 4 defeats": the games by their
    // noun, the outcomes right after them by theirs.)
    const Claim& second = claims[i + 1];
    const bool outcome_next =
        second.sentence == first.sentence &&
        absl::c_any_of(kNouns, [&](std::string_view noun) { return Counts(second, noun); });
    // ("25 points from 10 games, having won 7": the games after the points they earned.)
    const auto points_from = [&] {
      return i > 0 && claims[i - 1].sentence == first.sentence && !first.noun_key.empty() &&
             Counts(first, "played-noun") && Counts(claims[i - 1], "points") &&
             JoinedBy(claims[i - 1], first, "from");
    };
    const bool played = OutcomeCued(first, after, "played") ||
                        (outcome_next && Counts(first, "played-noun")) || points_from();
    // The outcome the record opens with, by its verb or its noun ("فاز الفريق بـ 18", "تعادل
    // في 6 مباريات وفاز في 10"; a count by its noun is the first of a list: the next count in
    // its sentence).
    size_t opens = 0;
    const bool listed = claims[i + 1].sentence == first.sentence;
    while (!played && opens < 3 && !OutcomeCued(first, after, kOutcomes[opens]) &&
           !(listed && Counts(first, kNouns[opens]))) {
      ++opens;
    }
    if (!played && opens == 3) return;
    size_t from = i + 1;  // the first count of an outcome after the first
    const Claim* whole = played ? &first : GamesOfTheWins(i, &from);
    const bool whole_first = whole == &claims[i + 1];  // "18 of its 30 games"
    const Claim* counts[3] = {nullptr, nullptr, nullptr};
    if (!played) counts[opens] = &first;
    for (size_t j = from; j < claims.size() && j <= i + 4; ++j) {
      // ("..., drew five and lost two, and lead on 61 points": the record is whole.)
      if (whole != nullptr && AllOf(counts)) break;
      const Claim& c = claims[j];
      if (c.sentence != first.sentence || !IsPlainCount(c) || c.kind != Kind::kNumber) break;
      size_t k = 0;
      while (k < 3 && !OutcomeCued(c, claims[j - 1].norm_end, kOutcomes[k]) &&
             !Counts(c, kNouns[k])) {
        ++k;
      }
      // "فاز في 20 مباراة وتعادل في 8 وخسر في 10 من أصل 38 مباراة", "4 هزائم في 30 مباراة":
      // the games after the last outcome. ("lost 3 of their last 5" is the losses' own whole:
      // smaller than the other two outcomes.)
      // "24 فوزا و7 تعادلات وخسارة واحدة في 30 مباراة": the games named after "in" are the
      // record's, whatever the counts add up to.
      const bool games_in = Counts(c, "played-noun") && JoinedPastItsNoun(claims[j - 1], c, "from");
      const bool games_after = games_in || JoinedPastItsNoun(claims[j - 1], c, "of");
      if (k == 3 && whole == nullptr && games_after && AllOf(counts) &&
          (games_in || *AsDouble(c.value) >= OthersThan(counts, claims[j - 1]))) {
        whole = &c;
        break;
      }
      if (k == 3 || counts[k] != nullptr) return;
      counts[k] = &c;
    }
    // Two outcomes leave room for the third ("won 11 of its 14 games, losing two": a draw);
    // only more than the games is a slip, and only where the second ends its clause ("and
    // lost 5 on the road" may count other games).
    const int outcomes = (counts[0] != nullptr) + (counts[1] != nullptr) + (counts[2] != nullptr);
    const bool two = outcomes == 2 && whole != nullptr && EndsAt(text_, LastOf(counts), ".,;\n");
    if (whole == nullptr || !(AllOf(counts) || two)) return;
    // "lost 4 of their last 5, drew 7 and won 10": a whole right after the first count that
    // the other two outgrow is the first's own.
    if (whole_first && *AsDouble(whole->value) < OthersThan(counts, first)) return;
    double sum = 0;
    for (const Claim* c : counts) sum += c ? *AsDouble(c->value) : 0;
    if (two ? sum <= *AsDouble(whole->value) : sum == *AsDouble(whole->value)) return;
    std::vector<SpanRef> spans = {SpanOf(*whole)};
    for (const Claim* c : counts) {
      if (c) spans.push_back(SpanOf(*c));
    }
    SortByStart(&spans);
    const std::string message =
        two ? absl::StrFormat("two outcomes add up to %s, more than the %s games", Number(sum),
                              whole->value)
            : absl::StrFormat("wins, draws and losses add up to %s, not %s", Number(sum),
                              whole->value);
    reporter_->Report("arith.total_mismatch", message, spans, whole->value, Number(sum));
  }

  // JoinedBy, where the noun of a number after it may stand between ("وهزيمتين في مبارياته
  // العشر", "18 من مبارياته الـ30").
  bool JoinedPastItsNoun(const Claim& a, const Claim& b, std::string_view meaning) const {
    if (JoinedBy(a, b, meaning)) return true;
    if (b.noun.empty()) return false;
    const std::string words = WordsBetween(a, b);
    const size_t last = words.rfind(' ');
    if (last == std::string::npos) return false;
    const auto& keys = doc_.engine.noun_keys();
    const bool noun = b.script == "words" ||
                      keys.Key(doc_.engine.normalizer().Fold(words.substr(last + 1))) ==
                          b.noun_key;
    return noun && CoveredBy(words.substr(0, last), cues_, meaning);
  }

  // The games that the wins of claim i are of: right after "of" ("won 18 of its 30 games") or
  // "in", or earlier in the sentence, counting the same noun ("72 نقطة من 38 مباراة، بعد أن فاز في
  // 21 مباراة"). `from` becomes the first claim after the wins and their games.
  const Claim* GamesOfTheWins(size_t i, size_t* from) const {
    const auto& claims = doc_.claims;
    const Claim& wins = claims[i];
    const Claim& next = claims[i + 1];
    // ("18 فوزا في 30 مباراة": the games by their noun after "in".)
    const bool games_in = Counts(next, "played-noun") && JoinedBy(wins, next, "from");
    if (IsPlainCount(next) && next.sentence == wins.sentence &&
        (JoinedPastItsNoun(wins, next, "of") || games_in)) {
      *from = i + 2;
      return &next;
    }
    if (wins.noun_key.empty()) return nullptr;
    for (size_t j = i; j-- > 0 && claims[j].sentence == wins.sentence;) {
      if (claims[j].noun_key == wins.noun_key && IsPlainCount(claims[j])) return &claims[j];
    }
    return nullptr;
  }

  static bool AllOf(const Claim* const (&counts)[3]) {
    return counts[0] != nullptr && counts[1] != nullptr && counts[2] != nullptr;
  }

  // The sum of a record's counts but `last`, which must be one of them (HUGE_VAL otherwise).
  static double OthersThan(const Claim* const (&counts)[3], const Claim& last) {
    double sum = 0;
    bool found = false;
    for (const Claim* c : counts) {
      if (c == &last) {
        found = true;
      } else if (c != nullptr) {
        sum += *AsDouble(c->value);
      }
    }
    return found ? sum : HUGE_VAL;
  }

  // Where the last of a record's counts found so far ends.
  static size_t LastOf(const Claim* const (&counts)[3]) {
    size_t end = 0;
    for (const Claim* c : counts) {
      if (c != nullptr) end = std::max(end, c->norm_end);
    }
    return end;
  }

  // An outcome's word a few words before a count, after the claim before it and any mark:
  // "drew 7", "وتعادل في 7", "فاز الفريق بـ 18".
  bool OutcomeCued(const Claim& c, size_t after, std::string_view outcome) const {
    constexpr size_t kNear = 32;  // bytes: "فاز الفريق بـ", "وتعادل في"
    const size_t from = ClauseStartWithin(text_, c, kNear, ",.;:(", after);
    return cues_.StartsAWordIn(text_, from, c.norm_begin, outcome);
  }

  // Whether `next` comes a few words after `part` with a word of a list right before it, or
  // glued to the first word between them ("بـ500 مليون دولار والإمارات بـ300 مليون").
  bool ListedBefore(const Claim& part, const Claim& next, size_t near) const {
    const std::string_view between = doc_.Between(part, next);
    const size_t first = between.find_first_not_of(' ');
    return EndsWithAListWord(part, next, near) ||
           (between.size() <= near && between.find_first_of(".;:(") == std::string_view::npos &&
            first != std::string_view::npos && between.substr(first, 2) == "\xD9\x88");
  }


  // The first count after a whole, read from the words between (from the whole's time where
  // one follows it).
  FirstPart ReadFirstPart(const Claim& total, const Claim& p, Parts* found) const {
    const Claim& before = *found->anchor;
    // "15 قتيلا، هم 8 مدنيين و7 عسكريين", "15 people: 8 civilians": the parts that make up a
    // whole that counts a noun ("Match 15: 2 goals" counts none). A few words may say so
    // before the colon ("المقاعد الـ 120 على النحو التالي:", "were split as follows:"). "450
    // seats: the ruling party won 230, the opposition 180 and independents 40": the first part
    // a few words after the colon, in a list.
    // An amount of money or of a unit is split as a count of a noun is ("$45 million: $20
    // million for roads").
    const bool an_amount =
        !total.noun_key.empty() || !total.unit.empty() || NounNamedBefore(total);
    found->listed = an_amount && ColonThenAFewWords(before, p);
    // "A total of 340 people were arrested: 210 in the capital": after a total said to be one,
    // a few words of what befell it and a colon.
    const bool declared_colon = found->declared && FewWordsThenAColon(before, p);
    if (an_amount && (JoinedBy(before, p, "split") || EndsWithAColon(before, p) ||
                                     CommaBeforeTheCue(before, p, "split") || found->listed ||
                                     declared_colon || SharedOutAmong(before, p))) {
      // "15 injured: 8 were taken to hospital": what befell some of them, no split.
      if (CuedAfter(p, "subset")) return FirstPart::kNone;
      found->declared = true;
      return FirstPart::kSplit;
    }
    if (an_amount && &before == &total && SetOffAfterTheWhole(total, p)) {
      found->set_off = found->declared = true;
      return FirstPart::kSplit;
    }
    // "91 medals, 40 gold, 27 silver and 24 bronze": past a comma, a group of a kind whose
    // groups make any whole up; Total asks that all of them are named.
    if (an_amount && &before == &total && GroupAfterTheWhole(total, p)) {
      found->set_off = found->grouped = found->declared = true;
      return FirstPart::kSplit;
    }
    const bool joined = JoinedBy(before, p, "among");
    // "1200 حالة منذ بداية العام، من بينها 1300": a phrase of time may stand between the whole
    // and the comma that sets its parts off.
    constexpr size_t kAPhrase = 64;  // bytes
    // ("48 ألف إصابة، تعافى منها": what befell them, a verb between the comma and the cue.)
    const auto comma_verb = [&] {
      return CommaBeforeTheCue(before, p, "among", kAPhrase, /*verb=*/true);
    };
    const bool cue_last = EndsWithCue(before, p, "among") ||
                          (CueRightBefore(before, p, "among", kAPhrase) &&
                           (CommaBeforeTheCue(before, p, "among", kAPhrase) || comma_verb()));
    // "يضم المجلس 65 عضوا، 20 منهم معينون", "65 members, 20 of them appointed": "of them"
    // right after the first part, a comma from the whole.
    // ("120 حالة وفاة، 70 منها", "8,500 people fled, 6,000 of them": a few words of the
    // whole's may close it.)
    const bool them_after = (Trimmed(doc_.Between(before, p)).empty() ||
                             PastAComma(before, p, kFewWords, /*verb=*/true)) &&
                            CuedAfter(p, "them");
    // "Of the 3,400 refugees registered, 1,900 women and 1,500 men": a sentence opens with "of
    // the" and the whole, and its parts follow a comma, each a count of a noun of its own
    // ("Of the 500 patients, 300 were elderly and 250 had diabetes" may count some twice).
    const bool of_the_whole = !p.noun_key.empty() && p.noun_key != total.noun_key &&
                              OpensWithOfTheWhole(total) &&
                              PastAComma(before, p, kFewWords, /*verb=*/false);
    found->among = joined || StartsWithCue(before, p, "among") || cue_last || them_after ||
                   of_the_whole;
    if (!found->declared && !found->among) return FirstPart::kNone;
    // "13 موقوفا متشددا، بينهم 30": a comma before the cue sets the parts off from the whole's
    // words, as English does with its verb.
    const bool tied = joined || them_after ||
                      (cue_last &&
                       (InEnglish(before, p) || CommaBeforeTheCue(before, p, "among", kAPhrase) ||
                        comma_verb()));
    return tied ? FirstPart::kTied : FirstPart::kAmong;
  }

  bool OpensWithOfTheWhole(const Claim& total) const {
    const auto of = cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, total.norm_begin),
                                      "whole");
    return of.entry && OpensASentence(text_, of.end);
  }

  // "The 150 victims, 90 men and 60 women, were buried": English parts set off by a comma
  // right after a whole the article makes definite, as a second name of it, or that counts
  // people in general; the list must close with a comma too (ClosedByAComma). A list of
  // things ("5 apples, 3 pears") has no article before its first count; "Of the 150 victims,
  // 90 men" names some of them.
  bool SetOffAfterTheWhole(const Claim& total, const Claim& first) const {
    const std::string_view between = doc_.Between(total, first);
    if (!Trimmed(between).empty() || between.find(',') == std::string_view::npos) return false;
    // "arrested 34 people, 22 men and 12 women, after": counts after people in general can
    // only be kinds of them ("1,200 people, 1,400 of them engineers" is read as among them).
    if (CoveredBy(total.noun_key, cues_, "persons")) return !CuedAfter(first, "them");
    const size_t article_end = scan::SkipSpacesBack(text_, total.norm_begin);
    std::string article(scan::WordBefore(text_, article_end));
    absl::AsciiStrToLower(&article);
    return article == "the" &&
           !cues_.MatchBefore(text_, article_end, "whole").entry;  // "of the", "among the"
  }

  // "91 medals, 40 gold": a comma alone between a whole and its first part, which names a
  // group of a kind whose groups make any whole up; not one "of them" ("1.8 million pilgrims,
  // 2.1 million of them from abroad" is among them).
  bool GroupAfterTheWhole(const Claim& total, const Claim& first) const {
    const std::string_view between = doc_.Between(total, first);
    if (!Trimmed(between).empty() || between.find(',') == std::string_view::npos ||
        CuedAfter(first, "them")) {
      return false;
    }
    const scan::PhraseList::Entry* fate = FateOfAPart(first);
    return fate != nullptr && GroupsOfAnyWhole(*fate) > 0;
  }

  // Whether two counts count the two groups of one pair by their nouns ("women", "men":
  // arith_cues.tsv "side").
  bool SidesOfAPair(const Claim& a, const Claim& b) const {
    const auto side = [this](const Claim& c) { return CoveringEntry(c.noun, cues_, "side"); };
    const scan::PhraseList::Entry *one = side(a), *other = side(b);
    return one && other && one->tags.at(1) == other->tags.at(1) &&
           one->tags.at(2) != other->tags.at(2);
  }

  // Whether a comma follows the part right after it: the set-off list ends there.
  bool ClosedByAComma(const Claim& last) const {
    const size_t at = scan::SkipSpaces(text_, last.norm_end);
    return at < text_.size() && text_[at] == ',';
  }

  // "وأصيب 15 آخرون", "and plans to hire 300 more": a count of others, no part of the whole
  // before it (the word is its noun, or comes after it).
  bool CountsOthers(const Claim& p) const {
    const size_t noun = p.norm_end - scan::WordBefore(text_, p.norm_end).size();
    return CuedAfter(p, "other") || (!p.noun.empty() && cues_.MatchAt(text_, noun, "other").entry);
  }

  // Whether `p` comes after the parts found so far as one more of their list: after "و",
  // "and" or a comma ("12 طفلا و5 نساء", "12 children, 5 women and 3 men", "of whom 700 are
  // women and 500 are men"), each after its verb where the first is ("شفي منها 480 وتوفي
  // 22"). Another clause ("بينهم 12 طفلا، ونقل 15 جريحا", "and 15 were taken to hospital")
  // counts something else. A list after a colon names each part before its number ("the
  // opposition 180") and is not asked.
  bool InTheList(const std::vector<const Claim*>& parts, const Claim& p, bool verbs,
                 bool shared_out) const {
    // Two parts each placed by "in", "في" are two places only where both are named: "in the
    // north and 900 in temporary shelters" counts some twice; but where a verb shares the whole
    // out among them ("1200 متدرب، توزعوا على 700 في الرياض و400 في جدة") any places.
    const Claim& last = *parts.back();
    auto place = PlaceAfter(last, parts.size() == 1), next_place = PlaceAfter(p, false);
    // "$900 million in loans and $600 million in grants": money "in" what it is paid as, no
    // place.
    if (InItsForm(last, place) && InItsForm(p, next_place)) place = next_place = {};
    // ("30 ألفا منهم في مدارس حكومية، و20 ألفا": "of them" is the part's own, not the words
    // that list the next.)
    const auto them = cues_.MatchAt(text_, scan::SkipSpaces(text_, last.norm_end), "them");
    // ("منهم 520 من حملة الشهادات الجامعية و440": a few words of who the part is.)
    constexpr size_t kWhoItIs = 56;  // bytes: "من حملة الشهادات الجامعية و"
    const size_t near = kWhoItIs + (them.entry ? them.end - last.norm_end : 0);
    const bool listed = place.entry && next_place.entry
                            ? PlacedAlike(last, p, place, next_place, /*named=*/!shared_out)
                        : verbs ? ListedBefore(last, p, near)
                                : EndsWithAListWord(last, p, near);
    return listed && !(SubjectOfAClause(p) && !SubjectOfAClause(*parts.front()));
  }

  // "70 منها في المحافظات الشمالية و60 في الجنوب", "6,000 of them in Germany and 3,500 in
  // France": two parts each placed (PlaceAfter) by the same word before a place named (the
  // article, a capital), "and" between. Places do not overlap as states may ("in hospital",
  // "in intensive care": none named) but for the two groups of a whole ("in cities", "in the
  // countryside"), nor the worst of them ("in the worst-hit districts": arith_cues.tsv
  // "ranked").
  bool PlacedAlike(const Claim& part, const Claim& next, const scan::PhraseList::Match& place,
                   const scan::PhraseList::Match& next_place, bool named) const {
    constexpr size_t kWhere = 64;  // bytes: "منها في المحافظات الشمالية و"
    if (!EndsWithAListWord(part, next, kWhere) || place.entry != next_place.entry ||
        !(!named || (NamedAt(place.end) && NamedAt(next_place.end)) ||
          SameHeadNoun(place.end, next.norm_begin, next_place.end) ||
          MakeAnyWholeUp(part, next))) {
      return false;
    }
    constexpr size_t kAfter = 40;  // bytes: the last part's place
    std::string_view where = text_.substr(place.end, next.norm_begin - place.end);
    while (where.ends_with(' ')) where.remove_suffix(1);
    if (where.ends_with(',')) where.remove_suffix(1);  // "in X, 900 in Y and 600 in Z"
    const size_t next_end = std::min(text_.size(), next_place.end + kAfter);
    return AFewWords(where, kWhere, ",0123456789") &&
           !cues_.StartsAWordIn(text_, place.end, next.norm_begin, "ranked") &&
           !cues_.StartsAWordIn(text_, next_place.end, next_end, "ranked");
  }

  // "1,100 in primary schools, 900 in middle schools": two places that one noun heads, told
  // apart by the words before it, are parts of one kind ("in hospital" and "in intensive care"
  // may overlap). Arabic puts the head first and what tells the places apart after it ("1150
  // م د في مشاريع جديدة و967 م د في مشاريع توسعة", "في حالة خطرة ... في حالة مستقرة"): an
  // indefinite head, where the article would name the place itself.
  bool SameHeadNoun(size_t place, size_t next_part, size_t next_place) const {
    const std::string_view head_first = ArabicHeadAt(place);
    if (!head_first.empty()) return head_first == ArabicHeadAt(next_place);
    const auto last_word = [&](size_t from, size_t to) {
      std::string_view words = text_.substr(from, std::min(to, text_.size()) - from);
      words = words.substr(0, std::min(words.find_first_of(",.;:()"), words.find(" and ")));
      while (words.ends_with(' ')) words.remove_suffix(1);
      const size_t space = words.rfind(' ');
      const std::string_view word = space == std::string_view::npos ? "" : words.substr(space);
      return std::all_of(word.begin() + std::min<size_t>(1, word.size()), word.end(),
                         [](char c) { return absl::ascii_islower(c); })
                 ? word
                 : std::string_view();
    };
    constexpr size_t kPlace = 40;  // bytes: "in the worst-hit provinces"
    const std::string_view head = last_word(place, next_part);
    return head.size() > 1 && head == last_word(next_place, next_place + kPlace);
  }

  // The Arabic noun without the article that heads a place at `at`, another word after it; empty
  // for the rest.
  std::string_view ArabicHeadAt(size_t at) const {
    const size_t start = scan::SkipSpaces(text_, at);
    const std::string_view head = scan::WordAt(text_, start);
    if (head.empty() || static_cast<unsigned char>(head[0]) < 0x80 ||
        claims::WrittenWithTheArticle(head)) {
      return {};
    }
    const size_t next = scan::SkipSpaces(text_, start + head.size());
    return next > start + head.size() && !scan::WordAt(text_, next).empty() ? head
                                                                           : std::string_view();
  }

  // Whether `place`, the cue right after an amount of money, says what form it takes: "in"
  // and a bare noun ("in loans", "in aid"), no place named.
  bool InItsForm(const Claim& c, const scan::PhraseList::Match& place) const {
    if (c.kind != Kind::kMoney || !place.entry) return false;
    const size_t word = scan::SkipSpaces(text_, place.end);
    return word < text_.size() && absl::ascii_islower(static_cast<unsigned char>(text_[word])) &&
           !NamedAt(place.end);
  }

  // The cue of a place right after a count ("in", "في"), past "of them" where `of_them`.
  scan::PhraseList::Match PlaceAfter(const Claim& c, bool of_them) const {
    size_t at = scan::SkipSpaces(text_, c.norm_end);
    if (const auto them = cues_.MatchAt(text_, at, "them"); them.entry && of_them) {
      at = scan::SkipSpaces(text_, them.end);
    }
    return cues_.MatchAt(text_, at, "place");
  }

  // Whether a place is named from `at`: "the north", "Germany", "المحافظات", the rest of them
  // ("other cities"), a noun in construct with a named one ("في قطاع الطاقة"); no group of
  // people by their age ("the under-18s").
  bool NamedAt(size_t at, bool construct = true) const {
    const size_t start = scan::SkipSpaces(text_, at);
    // "في باقي المحافظات": the rest of places named; "في باقي مدن الشمال" is the rest of a
    // narrower group than the whole's.
    if (const auto rest = cues_.MatchAt(text_, start, "rest-of"); rest.entry) {
      return NamedAt(rest.end, /*construct=*/false);
    }
    const std::string_view name = scan::WordAt(text_, start);
    if (name == "other") return true;
    if (name == "the") {
      const size_t next = scan::SkipSpaces(text_, start + name.size());
      const std::string_view rest = text_.substr(next, text_.find_first_of(" ,.;\n", next) - next);
      return !rest.empty() && rest.find_first_of("0123456789") == std::string_view::npos;
    }
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // "ال"
    if (name.starts_with(kAl) || APlaceAt(start)) return true;
    if (!name.empty() && static_cast<unsigned char>(name[0]) >= 0x80) {
      // "في قطاع الطاقة", "في سوق دبي": in construct with a named one.
      const size_t next = scan::SkipSpaces(text_, start + name.size());
      return construct && (scan::WordAt(text_, next).starts_with(kAl) || APlaceAt(next));
    }
    return !name.empty() && name[0] >= 'A' && name[0] <= 'Z';
  }

  // Whether a country or a city of currency_places.tsv is named at `at` ("دبي", "مصر"), which
  // Arabic writes without the article that names most places (a whole word: PhraseList ends a
  // phrase that ends in a letter only where a word ends).
  bool APlaceAt(size_t at) const {
    return doc_.engine.currency_places().MatchAt(text_, at).entry != nullptr;
  }

  // Whether count c is of the rest of the places ("في باقي المحافظات", "in the rest of the
  // country").
  bool InTheRestOfThePlaces(const Claim& c) const {
    const auto place = PlaceAfter(c, false);
    if (!place.entry) return false;
    const size_t at = scan::SkipSpaces(text_, place.end);
    return cues_.MatchAt(text_, at, "rest-of").entry != nullptr ||
           cues_.MatchAt(text_, at, "rest").entry != nullptr;
  }

  // Whether a verb right after the count makes it the subject of a clause ("15 were taken").
  bool SubjectOfAClause(const Claim& c) const {
    return CuedAfter(c, "subject");
  }

  // "بلغ إجمالي عدد الضحايا 100", "the total number of victims was 100": a cue of a total
  // one or two words before the number, with no mark or number between.
  bool TotalNamedBefore(const Claim& c) const {
    size_t p = scan::SkipSpacesBack(text_, c.norm_begin);
    for (int words = 0; words < 2; ++words) {
      const std::string_view word = scan::WordBefore(text_, p);
      if (word.empty()) return false;  // a mark or a number
      p = scan::SkipSpacesBack(text_, p - word.size());
      if (p == 0 || text_[p] != ' ') return false;  // a mark, not a space, before the word
      if (cues_.MatchBefore(text_, p, "total").entry) return true;
    }
    return false;
  }

  // Whether the words between two claims are English (ASCII letters, at least one).
  bool InEnglish(const Claim& a, const Claim& b) const {
    const std::string_view between = doc_.Between(a, b);
    bool letters = false;
    for (char ch : between) {
      if (static_cast<unsigned char>(ch) >= 0x80) return false;
      letters |= absl::ascii_isalpha(static_cast<unsigned char>(ch));
    }
    return letters;
  }

  // Whether words stand before the cue that the words between two claims end with ("شفي
  // منها": a verb before "of them").
  bool WordsBeforeTheCue(const Claim& a, const Claim& b, std::string_view meaning) const {
    const std::optional<std::string> words = BeforeTheCue(a, b, meaning, kFewWords);
    return words && !words->empty();
  }

  // Whether a colon or a verb that splits the whole (arith_cues.tsv "divided") follows it (its
  // noun only between) and a few words, no mark among them, lead from it to the part.
  bool ColonThenAFewWords(const Claim& whole, const Claim& part) const {
    constexpr size_t kAFewWords = 40;  // bytes: "the ruling party won", "حصل الحزب الحاكم على"
    const std::string_view between = doc_.Between(whole, part);
    const size_t colon = between.find(':');
    size_t after = colon + 1;
    if (colon == std::string_view::npos || !Trimmed(between.substr(0, colon)).empty()) {
      // "350 seats are split among the ruling party with": a verb that splits it, as a colon.
      const auto divided = cues_.MatchAt(between, scan::SkipSpaces(between, 0), "divided");
      if (!divided.entry) return false;
      after = divided.end;
    }
    const std::string_view words = between.substr(after);
    return !Trimmed(words).empty() && words.size() <= kAFewWords &&
           words.find_first_of(",.;()") == std::string_view::npos &&
           words.find(kArabicComma) == std::string_view::npos;
  }

  // "ويتوزع أعضاء المجلس الـ 120 بين 60 منتخبا و40 معينا": a verb that shares the whole out a
  // few words before it in its clause, and "بين" or "على" (arith_cues.tsv "shared-among")
  // alone between it and the first part.
  bool SharedOutAmong(const Claim& whole, const Claim& part) const {
    constexpr size_t kNear = 40;  // bytes: "ويتوزع أعضاء المجلس"
    constexpr size_t kAmong = 8;  // bytes: " بين ", " على "
    if (part.norm_begin - whole.norm_end > kAmong ||
        !CoveredBy(WordsBetween(whole, part), cues_, "shared-among")) {
      return false;
    }
    // "يتوزع أعضاء المجلس البالغ عددهم 60 عضوا": the words that say it is their number may
    // stand between too.
    const auto amounting =
        cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, whole.norm_begin), "amounting");
    const size_t near = kNear + (amounting.entry ? whole.norm_begin - amounting.end : 0);
    return cues_.StartsAWordIn(text_, ClauseStartWithin(text_, whole, near, ".,;:("),
                               whole.norm_begin, "distribute");
  }

  bool FewWordsThenAColon(const Claim& a, const Claim& b) const {
    constexpr size_t kAFewWords = 40;  // bytes: "people were arrested:", "شخصا اعتقلوا:"
    const std::string_view between = doc_.Between(a, b);
    const size_t colon = between.find(':');
    return colon != std::string_view::npos && colon <= kAFewWords &&
           Trimmed(between.substr(colon + 1)).empty() &&
           between.substr(0, colon).find_first_of(",;()") == std::string_view::npos &&
           between.find(kArabicComma) == std::string_view::npos;
  }

  bool EndsWithAColon(const Claim& a, const Claim& b) const {
    const std::optional<EndingCue> found = WordsEndingWithCue(a, b, "split");
    return found && found->words.ends_with(':');
  }
};

}  // namespace

void CheckTotalsAt(const ArithContext& context, size_t i) { TotalChecks(context).At(i); }

}  // namespace mizan::checks::arith
