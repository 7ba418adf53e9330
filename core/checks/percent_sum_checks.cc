// arith.percent_sum: shares of one whole ("of the vote") that add up to more than 100 %.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "core/checks/arith_context.h"
#include "core/checks/document_checks.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks::arith {
namespace {

class PercentSumChecks : public ArithContext {
 public:
  explicit PercentSumChecks(const ArithContext& context) : ArithContext(context) {}

  void Run() { PercentSums(); }

 private:
  // Shares of one whole in a sentence that says so, adding up to more than 100 %.
  void PercentSums() {
    const auto& claims = doc_.claims;
    for (size_t i = 0; i < claims.size();) {
      size_t j = i;
      // One share alone in its sentence sums to nothing: its whole is not looked for.
      size_t end = i, in_sentence = 0;
      for (; end < claims.size() && claims[end].sentence == claims[i].sentence; ++end) {
        in_sentence += IsShare(claims[end]);
      }
      if (in_sentence < 2) {
        i = end;
        continue;
      }
      std::vector<size_t> found;
      bool split = false;  // AnAmountSplit: "in" says where each share went
      for (; j < claims.size() && claims[j].sentence == claims[i].sentence; ++j) {
        const Claim& c = claims[j];
        // ("23%, 20% and 12% of the market, a combined 55%": the parts' sum, no part.)
        if (!IsShare(c) || OfItsOwnWhole(j) || CuedBefore(c, "sum") ||
            (!found.empty() && InAnotherSetting(j, split))) {
          continue;
        }
        if (found.empty()) split = AnAmountSplit(j);
        // "40% in the first round; in the runoff 55% and 45%": a semicolon parts two wholes;
        // "60% of the vote, including 35% from women": the shares after "including", "منها"
        // (arith_cues.tsv "them") are parts of the one before; so are "70% منهم" after it.
        const bool apart = !found.empty() && (doc_.Between(claims[found.back()], c).find(';') !=
                                                  std::string_view::npos ||
                                              CuedBefore(c, "them") || CuedAfter(c, "them"));
        if (apart) break;
        found.push_back(j);
      }
      if (found.size() < 2) {  // (the others of their own wholes, or past a semicolon)
        i = j == i ? i + 1 : j;
        continue;
      }
      std::vector<const Claim*> shares;
      bool change = false, by_rate = false;  // "بنسبة": a change's rate, or a share's
      int rivals = 0;
      for (const size_t k : found) {
        const Claim& c = claims[k];
        const scan::PhraseList::Entry* changed = CueBefore(c, "change");
        const bool rate = changed && changed->HasTag("rate");
        by_rate |= rate;
        // ("40% more to schools": a share set against another amount is a change.)
        // ("Some 30% are undecided": a share said about so much, weighed loosely.)
        const bool about = c.qualifier == "about";
        change |= (changed && !rate) || AnotherTimes(k) || (!c.qualifier.empty() && !about) ||
                  (c.approx && !about) || CuedAfter(c, "compares");
        const scan::PhraseList::Entry* since = CueBefore(c, "since");
        // "54.3% of the vote to 44.1% for his challenger": "to" before the rival's share.
        rivals += (since && since->HasTag("rival")) ||
                  (!shares.empty() &&
                   cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, c.norm_begin), "to")
                       .entry &&
                   ForTheRival(c));
        shares.push_back(&c);
      }
      // "92% في شيكاغو مقابل 8%، و95.7% في بوسطن مقابل 4.3%": two contests, each a whole.
      change |= rivals >= 2;
      // Three shares or more, none of them the whole: two percentages in one sentence are
      // too often of two different wholes ("56 % of the vote, with 48 % counted").
      bool whole = false;
      for (const Claim* c : shares) whole |= *AsDouble(c->value) >= 100;
      // "52.4% of the vote against 47.6% for his rival", "مقابل 47.6% لمنافسه": two shares, the
      // second the rival's, named right after it.
      const bool two_rivals =
          shares.size() == 2 && rivals == 1 && ForTheRival(*shares.back());
      // "توزعت الإصابات بين الذكور بنسبة 58% والإناث بنسبة 42%", "توزعت المقاعد بين 40% للرجال
      // و60% للنساء": a whole split between two.
      const bool two = shares.size() == 2 && rivals == 0 &&
                       (by_rate || SplitBetween(*shares.front()));
      // "61% said yes and 45% said no": two answers to one question.
      const bool answers = shares.size() == 2 && rivals == 0 && !by_rate &&
                           TwoAnswers(*shares[0], *shares[1]);
      // "Women make up 53% of the population and men 47%": the two groups of a pair.
      const bool sides = shares.size() == 2 && rivals == 0 && !by_rate && !answers &&
                         TwoSides(*shares[0], *shares[1]);
      // "by 1.2 million votes to 1.1 million, or 52% to 48%": a tally's sides restated.
      const bool tally = shares.size() == 2 && !by_rate && RestatedTally(found[0]);
      // "توزعت الأصوات بين الأول بنسبة 48%": after a verb that shares a whole out, "بنسبة"
      // names a share; elsewhere a change's rate. Each question asked once, the cheaper first.
      // "gas 37% and coal the remaining 22%", "و22% للقطاعات الأخرى الباقية": the last share
      // is all the rest of one whole, so all of them make it up.
      const bool rest = shares.size() >= 2 && !change && !whole && LastIsTheRest(shares);
      bool one_whole = rest && OneWhole(shares);
      // Asked last, of two shares nothing else made one whole's: "Voters backed the measure
      // 58% to 42%", a vote's two sides; "يعيش 60% من السكان في المدن و40% في الأرياف", after a
      // verb of where they live, the two groups that make any whole up, short of it too.
      const bool two_only = shares.size() == 2 && !change && !whole && !rest && !two_rivals &&
                            !two && !answers && !sides && !tally && !split;
      const bool vote = two_only && AVotesSides(*shares[0], *shares[1]);
      const bool groups = two_only && !vote && rivals == 0 && !by_rate &&
                          MakeAnyWholeUp(*shares[0], *shares[1]) &&
                          LiveIn(*shares[0], *shares[1]);
      if ((shares.size() >= 3 || two_rivals || two || answers || sides || groups || vote ||
           tally || split) &&
          !change &&
          !whole && !rest) {
        const Claim& first = *shares.front();
        const Claim& last = *shares.back();
        one_whole = answers || sides || groups || vote || tally || split ||
                    (two ? SharedOut(first, last) && SplitBetween(first)
                         : by_rate ? SharedOut(first, last)
                                   : SentenceHasShareCue(first, last) || SharedOut(first, last) ||
                                         WholeOpensTheSentence(first, last));
        one_whole = one_whole && OneWhole(shares);
      }
      if (one_whole) {
        Weigh(shares, rest || groups);
      } else if (shares.size() > 2 && !change && !by_rate && rivals == 0 &&
                 TwoAnswers(*shares[shares.size() - 2], *shares.back())) {
        // "Turnout was 60%, and 70% voted yes and 35% no": the last two answer one question.
        Weigh({shares[shares.size() - 2], shares.back()}, false);
      }
      i = j == i ? i + 1 : j;
    }
  }

  // Reports shares of one whole that add up to more than 100 %, or to less where the last is
  // the rest of it: half a unit of each share's last digit, a twentieth of one said about so
  // much, is the slack.
  void Weigh(const std::vector<const Claim*>& shares, bool rest) const {
    double sum = 0, slack = 0;
    for (const Claim* s : shares) sum += *AsDouble(s->value), slack += Slack(*s, *s);
    if ((sum > 100 + slack && !TwoWholes(shares)) || (rest && sum < 100 - slack)) {
      std::vector<SpanRef> spans;
      for (const Claim* s : shares) spans.push_back(SpanOf(*s));
      reporter_->Report("arith.percent_sum",
                        absl::StrFormat("shares of one whole add up to %s%%", Number(sum)),
                        spans, "100", Number(sum));
    }
  }

  // "52% and 48% in the runoff, after 45% and 40% in the first round": the first shares make
  // a whole up to 100 % on their own, within their rounding, and the rest are of another.
  static bool TwoWholes(const std::vector<const Claim*>& shares) {
    double sum = 0, slack = 0;
    for (size_t k = 0; k + 2 <= shares.size(); ++k) {
      sum += *AsDouble(shares[k]->value), slack += HalfUnit(*shares[k]);
      if (k >= 1 && std::fabs(sum - 100) <= slack) return true;
    }
    return false;
  }

  // Whether the share at k and the next are a tally's two sides ("52% to 48%", "52% مقابل
  // 48%") right after the same tally in counts, which they restate.
  bool RestatedTally(size_t k) const {
    const auto& claims = doc_.claims;
    if (k < 2 || k + 1 >= claims.size()) return false;
    const Claim &yes = claims[k - 2], &no = claims[k - 1];
    return yes.sentence == claims[k].sentence && IsPlainCount(yes) && IsPlainCount(no) &&
           TallySides(yes, no) && RestatedRightAfter(no, claims[k]) &&
           TallySides(claims[k], claims[k + 1]);
  }

  // Whether the last share is the rest of the whole ("the remaining 22%", "الـ22% الباقية",
  // "30% on everything else": arith_cues.tsv "rest-put"), with no verb of change or other
  // clause before it ("rose 3%, and the remaining 12% fell"); or is said in a clause of its
  // own for the rest (arith_cues.tsv "rest-of") of a whole that the sentence shares out or
  // names, no verb of change in it ("توزعت الأصوات ...، فيما حصل بقية المرشحين على 3.6%",
  // "52% of the vote ..., while the rest of the candidates took 3.6%").
  bool LastIsTheRest(const std::vector<const Claim*>& shares) const {
    const Claim &first = *shares.front(), &before = *shares[shares.size() - 2],
                &last = *shares.back();
    // ("و30% على بقية الاحتياجات", "and 30% on everything else": the rest after it.)
    if (EndsWithTheRest(before, last) || CuedAfter(last, "rest-put")) {
      return NoChangeUpTo(first, last);
    }
    constexpr size_t kNear = 60;  // bytes: "فيما حصل بقية المرشحين على"
    return last.norm_begin - before.norm_end <= kNear &&
           cues_.StartsAWordIn(text_, before.norm_end, last.norm_begin, "rest-of") &&
           !cues_.StartsAWordIn(text_, before.norm_end, last.norm_begin, "verb") &&
           NoChangeUpTo(first, before) &&
           (SharedOutBefore(first) || SentenceHasShareCue(first, last));
  }

  // Whether a verb that shares a whole out (arith_cues.tsv "distribute") comes before the
  // first share in its sentence, and no verb of change or other clause up to the last share
  // ("فيما ارتفعت الأسعار بنسبة 35%", "بعد أن تراجعت شعبيته بنسبة 40%": "verb", "clause") makes
  // some of them changes.
  bool SharedOut(const Claim& first, const Claim& last) const {
    return SharedOutBefore(first) && NoChangeUpTo(first, last);
  }

  // Whether a verb that shares a whole out (arith_cues.tsv "distribute") comes before claim c
  // in its sentence.
  bool SharedOutBefore(const Claim& c) const {
    return cues_.StartsAWordIn(text_, SentenceStart(c), c.norm_begin, "distribute");
  }

  // "Of the budget, 40% goes to health, 35% to education and 25% to roads": the sentence
  // opens with the whole the shares are of (arith_cues.tsv "whole"), the first right after
  // its comma and put somewhere ("put-in": where money went, which no two hold; not "Of those
  // asked, 60% use Facebook", where one may say yes twice), no verb of change or other
  // clause up to the last.
  bool WholeOpensTheSentence(const Claim& first, const Claim& last) const {
    const size_t start = scan::SkipSpaces(text_, SentenceStart(first));
    const std::string_view opening = text_.substr(start, first.norm_begin - start);
    const size_t comma = opening.find(',');
    return comma != std::string_view::npos && Trimmed(opening.substr(comma + 1)).empty() &&
           cues_.MatchAt(text_, start, "whole").entry &&
           cues_.MatchAt(text_, scan::SkipSpaces(text_, first.norm_end), "put-in").entry &&
           NoChangeUpTo(first, last);
  }

  bool NoChangeUpTo(const Claim& first, const Claim& last) const {
    const size_t from = SentenceStart(first);
    return !cues_.StartsAWordIn(text_, from, last.norm_begin, "verb") &&
           !cues_.StartsAWordIn(text_, from, last.norm_begin, "clause");
  }

  // Whether "بين", "between" stands before the first share in its sentence: the whole is split
  // between the two it names.
  bool SplitBetween(const Claim& first) const {
    return cues_.StartsAWordIn(text_, SentenceStart(first), first.norm_begin, "between-two");
  }

  // "40% of the vote, up from 35%", "مقابل 35% في الانتخابات السابقة": a share set against
  // another time's. "against 38% for his rival", "مقابل 34% لمنافسه" set it against another
  // share of the same whole, unless a time follows it (a year, "السابقة", "last").
  bool AnotherTimes(size_t i) const {
    const auto& claims = doc_.claims;
    const scan::PhraseList::Entry* since = CueBefore(claims[i], "since");
    if (since == nullptr) return false;
    if (!since->HasTag("rival")) return true;
    constexpr size_t kNear = 40;  // bytes: a few words
    const size_t end = std::min(text_.size(), claims[i].norm_end + kNear);
    if (i + 1 < claims.size() && claims[i + 1].norm_begin < end &&
        (IsTime(claims[i + 1]) || claims[i + 1].qualifier == "ago")) {
      return true;
    }
    return cues_.StartsAWordIn(text_, claims[i].norm_end, end, "earlier");
  }

  // The word a share is "of": "60% من السكان" -> "السكان", "30% of the voters" -> "voters";
  // empty when none follows.
  std::string WholeOf(const Claim& share) const { return std::string(WholeWord(share)); }

  // The same, in the text.
  std::string_view WholeWord(const Claim& share) const {
    size_t at = scan::SkipSpaces(text_, share.norm_end);
    std::string_view word = scan::WordAt(text_, at);
    if (word != "\xD9\x85\xD9\x86" && word != "of") return {};  // من
    at = scan::SkipSpaces(text_, at + word.size());
    word = scan::WordAt(text_, at);
    if (word == "the") word = scan::WordAt(text_, scan::SkipSpaces(text_, at + word.size()));
    return word;
  }

  // Whether "for" (arith_cues.tsv "for-rival") or a glued Arabic "ل" and a noun follow a
  // share: "47.6% for his rival", "47.6% لمنافسه". An earlier time or another place a few words
  // on ("للحزب نفسه في الانتخابات السابقة", "for it in the countryside": arith_cues "earlier",
  // "place") makes it another contest's.
  // "61% said yes and 45% said no", "52% support it and 49% oppose it": a share right before
  // each side of one question (arith_cues.tsv "answer"), the second with nothing after it but
  // a pronoun, so that it answers the first's question ("oppose the ban" is another).
  bool TwoAnswers(const Claim& first, const Claim& second) const {
    const auto side = [&](const Claim& c) {
      const auto cue = cues_.MatchAt(text_, PastItsWhole(c), "answer");
      return cue.entry ? std::make_pair(cue.entry->tags.at(1), cue.end)
                       : std::make_pair(std::string(), size_t{0});
    };
    const auto [one, one_end] = side(first);
    const auto [other, other_end] = side(second);
    if (one.empty() || other.empty() || one == other) return false;
    // Up to the second share, the first answer's object at most ("support the merger and"):
    // "said no new taxes were needed and" says what they said, no answer.
    constexpr std::ptrdiff_t kObjectAndJoint = 4;  // words
    const std::string_view joint = text_.substr(one_end, second.norm_begin - one_end);
    if (std::count(joint.begin(), joint.end(), ' ') > kObjectAndJoint) return false;
    const size_t end = PastAPronoun(scan::SkipSpaces(text_, other_end));
    return EndsAt(text_, end, ".,;\n") || AndTheRest(end);
  }

  // Whether two shares are "X% to Y%" after a verb of voting in their sentence ("backed the
  // measure 58% to 42%", "أيد الناخبون التعديل بنسبة 58% مقابل 42%"; arith_cues.tsv
  // "vote-to", "vote-for", "vote-against"), the vote's verb and its object right before them:
  // no comma and no verb of change between ("Support, which voters backed, dropped 58% to
  // 48%", "backed by the mayor, saw support slip 58% to 48%" are changes).
  bool AVotesSides(const Claim& first, const Claim& second) const {
    constexpr size_t kObject = 64;  // bytes: "أيد الناخبون التعديل بنسبة", "the measure"
    if (!CoveredBy(TrimSpaces(doc_.Between(first, second)), cues_, "vote-to")) return false;
    const size_t from = std::max(SentenceStart(first),
                                 first.norm_begin > kObject ? first.norm_begin - kObject : 0);
    auto vote = cues_.FindAWordIn(text_, from, first.norm_begin, "vote-for");
    if (!vote.entry) vote = cues_.FindAWordIn(text_, from, first.norm_begin, "vote-against");
    if (!vote.entry) return false;
    const std::string_view object = text_.substr(vote.end, first.norm_begin - vote.end);
    return AFewWords(object, kObject, ",") &&
           !cues_.StartsAWordIn(text_, vote.end, first.norm_begin, "verb") &&
           !cues_.StartsAWordIn(text_, vote.end, first.norm_begin, "direction");
  }

  // Whether "and the rest", "والباقي" (arith_cues.tsv "rest") starts at `at`: the last answer
  // is all the others.
  bool AndTheRest(size_t at) const {
    constexpr std::string_view kAnd = "and ", kWa = "\xD9\x88";  // و
    const std::string_view rest = std::string_view(text_).substr(at);
    const size_t past = rest.starts_with(kAnd) ? kAnd.size() : rest.starts_with(kWa) ? kWa.size()
                                                                                    : 0;
    return past != 0 && cues_.MatchAt(text_, at + past, "rest").entry != nullptr;
  }

  // Where the word after a share starts, past the whole it is "of" ("55% of voters backed",
  // "55% من الناخبين لصالح").
  size_t PastItsWhole(const Claim& share) const {
    const std::string_view whole = WholeWord(share);
    if (whole.empty()) {  // "70% منهم بنعم", "70% of them said yes": the whole a pronoun
      const size_t at = scan::SkipSpaces(text_, share.norm_end);
      const auto them = cues_.MatchAt(text_, at, "them");
      return them.entry ? scan::SkipSpaces(text_, them.end) : at;
    }
    return scan::SkipSpaces(text_, static_cast<size_t>(whole.data() - text_.data()) + whole.size());
  }

  // "Women make up 53% of the staff and men 47%", "شكلت النساء 52% من السكان والرجال 48%": a
  // verb of being a share (arith_cues.tsv "make-up") before the first, one group of a pair
  // ("side") before it and the other between the two, no verb or other clause before the
  // second. Not rates of two groups: "among women 53% and among men 49%" names no such verb.
  bool TwoSides(const Claim& first, const Claim& second) const {
    // Each group a few words before its share: the second's first, the cheaper question.
    constexpr size_t kBefore = 40;  // bytes: "Women make up", "and men for", "شكلت النساء"
    const size_t after_first =
        std::max(first.norm_end, second.norm_begin > kBefore ? second.norm_begin - kBefore : 0);
    const scan::PhraseList::Entry* other = SideIn(after_first, second.norm_begin);
    const size_t first_from = SentenceStartWithin(first, kBefore);
    bool pair = false;
    if (other != nullptr) {
      const scan::PhraseList::Entry* one = SideIn(first_from, first.norm_begin);
      pair = one != nullptr && one->tags.at(1) == other->tags.at(1) &&
             one->tags.at(2) != other->tags.at(2);
    } else {
      pair = AGroupAndTheOthers(first_from, first.norm_begin, after_first, second.norm_begin);
    }
    return pair && cues_.StartsAWordIn(text_, SentenceStart(first), first.norm_begin, "make-up") &&
           NoChangeUpTo(first, second);
  }

  // Whether a verb of where the parts of a whole live stands before the first share in its
  // sentence ("يعيش 60%"), or a few words after it ("60% of the population live in"), no
  // relative clause its ("60% of those who live in": a rate of a group).
  bool LiveIn(const Claim& first, const Claim& second) const {
    constexpr size_t kOf = 40;  // bytes: "of the country's population live"
    if (cues_.StartsAWordIn(text_, SentenceStart(first), first.norm_begin, "reside")) return true;
    const size_t to = std::min(second.norm_begin, first.norm_end + kOf);
    const auto verb = cues_.FindAWordIn(text_, first.norm_end, to, "reside");
    return verb.entry && !cues_.StartsAWordIn(text_, first.norm_end, verb.end, "relative");
  }

  // "السعوديون ... وغير السعوديين", "Saudis ... and non-Saudis": a group in [one, one_end) and,
  // in [other, other_end), all who are not of it ("غير", "non-" before its noun again).
  bool AGroupAndTheOthers(size_t one, size_t one_end, size_t other, size_t other_end) const {
    constexpr std::string_view kNot = "\xD8\xBA\xD9\x8A\xD8\xB1";  // غير
    constexpr std::string_view kAnd = "\xD9\x88";                // و
    std::string_view group;
    for (size_t at = scan::NextLetter(text_, other); at < other_end && group.empty();) {
      std::string_view w = scan::WordAt(text_, at);
      const size_t end = at + w.size();
      if (w.starts_with(kAnd)) w.remove_prefix(kAnd.size());
      if (w == kNot) group = scan::WordAt(text_, scan::SkipSpaces(text_, end));
      if ((w == "non" || w == "Non") && end < text_.size() && text_[end] == '-') {
        group = scan::WordAt(text_, end + 1);
      }
      at = scan::NextLetter(text_, end);
    }
    if (group.empty()) return false;
    const claims::NounKeys& keys = doc_.engine.noun_keys();
    const std::string key = keys.Key(group);
    for (size_t at = scan::NextLetter(text_, one); at < one_end;) {
      const std::string_view w = scan::WordAt(text_, at);
      if (keys.Key(w) == key) return true;
      at = scan::NextLetter(text_, at + w.size());
    }
    return false;
  }

  // "2.1 trillion kroner, of which 70% is in stocks, 27% in bonds and 3% in property", "70%
  // منها في الأسهم": shares "of" an amount of money right before the first, the first put in
  // something right after (arith_cues.tsv "put-in"): where money went, which no two hold; so
  // where people are ("employs 12,500 people, 60% of them in Europe", "60% منهم في أوروبا").
  bool AnAmountSplit(size_t k) const {
    const auto& claims = doc_.claims;
    if (k == 0) return false;
    const Claim& amount = claims[k - 1];
    const Claim& first = claims[k];
    const bool people =
        amount.kind == Kind::kNumber && CoveredBy(amount.noun_key, cues_, "persons");
    if ((amount.kind != Kind::kMoney && !people) || amount.sentence != first.sentence ||
        !(IsPlainCount(amount) || IsCountAbout(amount))) {
      return false;
    }
    // ", of which 70%": "of it" before the first; "، 70% منها": after it, a comma alone before.
    const bool them_before = CoveredBy(Trimmed(doc_.Between(amount, first)), cues_, "them");
    const auto them_after = cues_.MatchAt(text_, scan::SkipSpaces(text_, first.norm_end), "them");
    if (!them_before && !(them_after.entry && (InApposition(amount, first) ||
                                               WhatItIsThenAComma(amount, first)))) {
      return false;
    }
    const size_t after = them_before ? first.norm_end : them_after.end;
    return cues_.MatchAt(text_, scan::SkipSpaces(text_, after), "put-in").entry != nullptr;
  }

  // "$1.4 trillion in assets, 70% of it", "1.2 مليار دولار من الودائع، 60% منها": a few words of
  // what the amount is, then a comma alone before the share.
  bool WhatItIsThenAComma(const Claim& amount, const Claim& share) const {
    std::string_view between = doc_.Between(amount, share);
    while (between.ends_with(' ')) between.remove_suffix(1);
    const size_t comma = MarkLength(between, true);
    if (comma == 0 || between.back() == ' ') return false;
    const std::string words = Trimmed(between.substr(0, between.size() - comma));
    // "in assets" says what the amount is as "of assets" does.
    return WhatItIsOf(words.starts_with("in ") ? "of" + words.substr(2) : words);
  }

  // The first group of a pair (arith_cues.tsv "side") whose word starts in [from, to), a
  // glued "و" or "ل" allowed before it; null where there is none.
  const scan::PhraseList::Entry* SideIn(size_t from, size_t to) const {
    for (size_t at = from; at < to; ++at) {
      const bool starts = at == 0 || text_[at - 1] == ' ' ||
                          (at >= 2 && (text_.compare(at - 2, 2, "\xD9\x88") == 0 ||   // و
                                       text_.compare(at - 2, 2, "\xD9\x84") == 0) &&  // ل
                           (at == 2 || text_[at - 3] == ' '));
      if (!starts) continue;
      if (const auto side = cues_.MatchAt(text_, at, "side"); side.entry && side.end <= to) {
        return side.entry;
      }
    }
    return nullptr;
  }

  // Shares of named wholes that differ ("60% من السكان و30% من المقيمين") are no split of one.
  bool OneWhole(const std::vector<const Claim*>& shares) const {
    std::string seen;
    for (const Claim* s : shares) {
      const std::string whole = WholeOf(*s);
      if (whole.empty()) continue;
      if (!seen.empty() && whole != seen) return false;
      seen = whole;
    }
    return true;
  }

  // "with 60% turnout", "بلغت نسبة المشاركة في الانتخابات 74%": a rate that a word of
  // arith_cues.tsv ("apart") names a few words before it (back to the claim before it, past a
  // time) or just after it is of its own whole; so one that "apart-before" names right before
  // it ("بعد فرز 98% من الأصوات") or "apart-after" a few words after it ("with 98% of votes
  // counted").
  bool OfItsOwnWhole(size_t i) const {
    constexpr size_t kNear = 40;  // bytes: a few words
    constexpr size_t kBefore = 64;  // bytes: "نسبة المشاركة في الانتخابات التشريعية"
    const auto& claims = doc_.claims;
    const Claim& c = claims[i];
    size_t from = c.norm_begin > kBefore ? c.norm_begin - kBefore : 0;
    // ("Turnout in the 2024 election was 66%": past a time between.)
    const size_t before = i > 0 && IsTime(claims[i - 1]) ? i - 1 : i;
    if (before > 0) from = std::max(from, std::min(claims[before - 1].norm_end, c.norm_begin));
    size_t to = std::min(text_.size(), c.norm_end + kNear);
    if (i + 1 < claims.size()) to = std::max(c.norm_end, std::min(to, claims[i + 1].norm_begin));
    const std::string_view near = std::string_view(text_).substr(from, to - from);
    constexpr size_t kAfter = 24;  // bytes: " of the votes counted"
    return cues_.StartsAnywhereIn(near, 0, near.size(), "apart") ||
           cues_.MatchBefore(text_, scan::SkipSpacesBack(text_, c.norm_begin), "apart-before")
               .entry ||
           cues_.StartsAWordIn(text_, c.norm_end, std::min(to, c.norm_end + kAfter),
                               "apart-after");
  }

  // "40% of the vote in 2012, 45% in 2016", "40% في الشمال و45% في الجنوب": the same rate
  // again at another time or place, with only "and" or a comma before it and the time or
  // arith_cues.tsv "setting" right after; a place not where a verb shares a whole out ("توزع
  // الإنفاق: 40% في التعليم و35% في الصحة") or says where its parts live ("reside": "يعيش 70%
  // من السكان في المدن، و20% في القرى"), nor where money was `split` (AnAmountSplit).
  bool InAnotherSetting(size_t i, bool split) const {
    const auto& claims = doc_.claims;
    const Claim& c = claims[i];
    // (Any words of the claim before may stand first: "of the population in the north, 45%".)
    if (i == 0 || !EndsWithAListWord(claims[i - 1], c, /*near=*/text_.size())) return false;
    const bool time_after = i + 1 < claims.size() && IsTime(claims[i + 1]) &&
                            claims[i + 1].sentence == c.sentence &&
                            TimeRightAfter(c, claims[i + 1]);
    if (time_after) return true;  // each year's whole is its own, whatever the verb
    if (split || !CuedAfter(c, "setting")) return false;
    return !SharedOutBefore(c) &&
           !cues_.StartsAWordIn(text_, SentenceStart(c), c.norm_begin, "reside");
  }

  // A cue of one whole from a few words before the first share ("توزعت الأصوات كالتالي:")
  // to a few after the last ("... of the vote"), in their sentence.
  bool SentenceHasShareCue(const Claim& first, const Claim& last) const {
    constexpr size_t kNear = 60;  // bytes: a few words
    const size_t from = SentenceStartWithin(first, kNear);
    const std::string_view span = std::string_view(text_).substr(
        from, std::min(text_.size(), last.norm_end + kNear) - from);
    return cues_.StartsAnywhereIn(span, 0, span.size(), "share");
  }
};

}  // namespace

void CheckPercentSums(const ArithContext& context) { PercentSumChecks(context).Run(); }

}  // namespace mizan::checks::arith
