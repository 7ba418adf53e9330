#include "core/checks/arith_context.h"

#include <optional>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/numbers.h"
#include "core/claims/claim_builder.h"

namespace mizan::checks::arith {

// The words between two claims, trimmed, without what the first is a price of ("$80 a
// barrel to $90", "15.8 دينار للكغ مقابل 13.9 دينار").
std::string ArithContext::WordsBetween(const Claim& a, const Claim& b) const {
  std::string words = Trimmed(doc_.Between(a, b));
  if (const auto per = cues_.MatchAt(words, 0, "per"); per.entry && per.end < words.size()) {
    words.erase(0, per.end);  // in place: no second string
    while (const size_t n = MarkLength(words, false)) words.erase(0, n);
  }
  return words;
}

const scan::PhraseList::Entry* ArithContext::CueBefore(const Claim& c,
                                                       std::string_view meaning) const {
  const scan::PhraseList::Entry* cue = doc_.CueBefore(cues_, c, meaning);
  // "make up 10%": the "up" of a verb of making up a whole says no change.
  if (cue != nullptr && cue->phrase == "up" && meaning == "change" &&
      doc_.CueBefore(cues_, c, "make-up")) {
    return nullptr;
  }
  return cue;
}

// "Of the 1,200", "من بين 1200": a word that makes the count after it a whole whose parts
// follow, or that word and one that owns the whole ("Of the country's 18 provinces").
bool ArithContext::WholeCued(const Claim& whole) const {
  if (CuedBefore(whole, "whole")) return true;
  // "Of 72,314 cases, ...": "of" or "among" without the article only opening the sentence;
  // so "in the" before a body's seats or members ("In the 435-seat House, Republicans hold").
  const size_t before = scan::SkipSpacesBack(text_, whole.norm_begin);
  const auto opens = [&](size_t at) {
    return scan::SkipSpaces(text_, SentenceStart(whole)) == at;
  };
  if (const auto open = cues_.MatchBefore(text_, before, "whole-open");
      open.entry && opens(open.end)) {
    return true;
  }
  if (const auto in = cues_.MatchBefore(text_, before, "in-body");
      in.entry && CountOfMembers(whole) && opens(in.end)) {
    return true;
  }
  if (OwnerCued(text_, before, [this](size_t start) {
        return cues_.MatchBefore(text_, start, "whole").entry != nullptr;
      })) {
    return true;
  }
  // "من بين الدول الأعضاء الـ27": the noun said before its number, one word of what it
  // describes before that at most, and the cue before them.
  // (The cue read in place first: the noun's key is asked only where one stands.)
  const std::string_view noun = scan::WordBefore(text_, before);
  if (noun.empty() || whole.noun_key.empty()) return false;
  size_t at = scan::SkipSpacesBack(text_, before - noun.size());
  for (int words = 0; words < 2; ++words) {
    if (cues_.MatchBefore(text_, at, "whole").entry) {
      return doc_.engine.noun_keys().Key(noun) == whole.noun_key;
    }
    const std::string_view head = scan::WordBefore(text_, at);
    if (head.empty()) return false;
    at = scan::SkipSpacesBack(text_, at - head.size());
  }
  return false;
}

// "ارتفع سعر الذهب 2.5%", "ارتفعت العقود الآجلة لخام برنت 62 سنتا": a verb of change a few
// words before claim i, its subject between and no claim; before a percentage, with no comma
// or stop between ("تراجعت مبيعات السيارات 5%").
bool ArithContext::VerbBeforeItsSubject(size_t i) const {
  const Claim& said = doc_.claims[i];
  // A rate's points are read as a share is ("خفض البنك المركزي سعر الفائدة 25 نقطة أساس").
  const bool share = said.kind == Kind::kPercent ||
                     (said.kind == Kind::kQuantity && (said.unit == "pp" || said.unit == "bp"));
  constexpr size_t kSubject = 64;  // bytes: "ارتفعت العقود الآجلة لخام برنت"
  size_t verb_from = said.norm_begin > kSubject ? said.norm_begin - kSubject : 0;
  if (i > 0) {
    verb_from = std::max(verb_from, std::min(doc_.claims[i - 1].norm_end, said.norm_begin));
  }
  if (!share) return cues_.StartsAWordIn(text_, verb_from, said.norm_begin, "verb");
  // ("ورفع التوزيعات الفصلية 10%": a glued "و" or "ف" before the verb.)
  return AnyWordBack(verb_from, said.norm_begin, [this](size_t start, std::string_view word) {
    const size_t glued = GluedAndLength(word);
    return cues_.MatchAt(text_, start, "verb").entry != nullptr ||
           (glued != 0 && cues_.MatchAt(text_, start + glued, "verb").entry != nullptr);
  });
}

// Claim j, or the one after it where j is a time a few words after `before` with a claim of
// its sentence after it: the time of a change or of one of its values ("بنسبة 7.7 بالمائة في
// جوان 2017، لتصل", "3117.9 مليون دينار، بتاريخ يوم 10 جوان 2017، مقابل").
size_t ArithContext::PastATime(size_t j, const Claim& before) const {
  constexpr size_t kNear = 40;  // bytes: "، بتاريخ يوم"
  const auto& claims = doc_.claims;
  // "$2.4 billion, or $1.12 a share, from": an amount restated per share is no value of its
  // own between where a change led and where it began.
  if (PerShareRestated(j) && j + 1 < claims.size() &&
      claims[j + 1].sentence == before.sentence) {
    ++j;
  }
  // "في الربع الأول", "in the first half": an ordinal there numbers a period; "last year",
  // "العام الماضي" are a time before now.
  const bool period = IsTimeOrAgo(claims[j]) || claims[j].kind == Kind::kOrdinal;
  const bool time = period && j + 1 < claims.size() &&
                    claims[j + 1].sentence == before.sentence &&
                    doc_.Between(before, claims[j]).size() <= kNear;
  // "in the third quarter to September", "in the quarter to June, 2024": the month a period
  // ends in, a word or two on.
  const bool ends_in = time && j + 2 < claims.size() && IsTime(claims[j + 1]) &&
                       claims[j + 2].sentence == before.sentence &&
                       AFewWords(doc_.Between(claims[j], claims[j + 1]), kAWordOrTwo);
  if (ends_in) return j + 2;
  if (time) return j + 1;
  // "خلال الأشهر التسعة الأولى من السنة", "in the first nine months": a number of months
  // and the ordinal that places them.
  const bool months = claims[j].kind == Kind::kDuration && claims[j].qualifier.empty() &&
                      j + 2 < claims.size() && claims[j + 1].kind == Kind::kOrdinal &&
                      claims[j + 2].sentence == before.sentence &&
                      doc_.Between(before, claims[j]).size() <= kNear &&
                      AFewWords(doc_.Between(claims[j], claims[j + 1]), kAWordOrTwo);
  if (!months) return j;
  // "الأشهر التسعة الأولى من 2024", "the first nine months of 2024": the year they are of.
  const bool of_a_year = j + 3 < claims.size() && IsTime(claims[j + 2]) &&
                         claims[j + 3].sentence == before.sentence &&
                         AFewWords(doc_.Between(claims[j + 1], claims[j + 2]), kAWordOrTwo);
  return of_a_year ? j + 3 : j + 2;
}

// Whether claim j restates the amount before it per share: "$2.4 billion, or $1.12 a share".
bool ArithContext::PerShareRestated(size_t j) const {
  const auto& claims = doc_.claims;
  if (j == 0 || claims[j].kind != Kind::kMoney || claims[j - 1].kind != Kind::kMoney ||
      claims[j].sentence != claims[j - 1].sentence || !CuedAfter(claims[j], "per-share")) {
    return false;
  }
  return CoveredBy(Trimmed(doc_.Between(claims[j - 1], claims[j])), cues_, "restate");
}

// Whether `b` follows `a` past a few words (`near` bytes), one comma, and after it nothing
// ("310 من أفراد الطاقم، 1550") or, with `verb`, at most one word ("12 فائزا، حصل 3 منهم").
bool ArithContext::PastAComma(const Claim& a, const Claim& b, size_t near, bool verb) const {
  constexpr size_t kAWord = 24;  // bytes, with the comma and spaces: "، حصل", ", charging"
  const std::string_view words = doc_.Between(a, b);
  if (words.size() > near + kAWord) return false;  // read in place before any search
  std::string_view ending = words;
  while (ending.ends_with(' ')) ending.remove_suffix(1);
  if (!verb && !ending.ends_with(',') && !ending.ends_with(kArabicComma)) return false;
  const std::optional<std::string_view> after = WordsPastAComma(a, b, near);
  if (!after) return false;
  if (!verb) return after->empty();
  // "، أفرج عن 42 منهم": an Arabic verb may take its object through a preposition.
  static constexpr std::string_view kPrepositions[] = {
      " \xD8\xB9\xD9\x86",                  // عن
      " \xD8\xB9\xD9\x84\xD9\x8A",          // على, folded
      " \xD8\xA7\xD9\x84\xD9\x8A"};         // إلى, folded
  std::string_view verb_word = *after;
  for (const std::string_view preposition : kPrepositions) {
    if (verb_word.ends_with(preposition)) verb_word.remove_suffix(preposition.size());
  }
  return verb_word.find_first_of(" ,0123456789") == std::string_view::npos;
}

std::optional<std::string_view> ArithContext::WordsPastAComma(const Claim& a, const Claim& b,
                                                              size_t near) const {
  const std::string_view words = doc_.Between(a, b);
  const Comma comma = CommaIn(words, /*last=*/false);
  if (comma.at == std::string_view::npos || !AFewWords(words.substr(0, comma.at), near, ",")) {
    return std::nullopt;
  }
  std::string_view after = words.substr(comma.past);
  while (after.starts_with(' ')) after.remove_prefix(1);
  while (after.ends_with(' ')) after.remove_suffix(1);
  return after;
}

// Whether the noun a count counts, the last word of its span, is one of `meaning` ("21
// فوزا", "5 draws"), read in the normalized text as the cues are.
bool ArithContext::Counts(const Claim& c, std::string_view meaning) const {
  if (c.noun.empty() && c.script != "words") return false;
  // The word the count ends with, or its noun before it ("هزيمة واحدة"), with no glued "و"
  // or "ف" ("وتعادلين", "وهزيمة"): no noun of a record starts with either.
  const auto names = [&](std::string_view word) {
    if (CoveredBy(word, cues_, meaning)) return true;
    const size_t glued = GluedAndLength(word);
    return glued != 0 && CoveredBy(word.substr(glued), cues_, meaning);
  };
  if (names(scan::WordBefore(text_, c.norm_end))) return true;
  if (c.script != "words") return false;
  // A number word after its noun, which may be its owner's ("في مبارياته العشر").
  const std::string_view noun = scan::WordBefore(text_, scan::SkipSpacesBack(text_, c.norm_begin));
  return names(noun) ||
         names(noun.substr(0, noun.size() - claims::PossessiveLength(noun, /*others=*/true)));
}

// The count that claim i says where it comes from or is spread over, a few words before
// it: "30 ألف عداء من 120 دولة", "42 people in 3 provinces"; else null.
const Claim* ArithContext::HeadOfTheComplement(size_t i) const {
  const auto& claims = doc_.claims;
  if (i == 0 || claims[i - 1].sentence != claims[i].sentence) return nullptr;
  const Claim& head = claims[i - 1];
  if (head.kind != Kind::kNumber || head.value.empty()) return nullptr;
  return EndsWithCue(head, claims[i], "from") ? &head : nullptr;
}

std::optional<ArithContext::EndingCue> ArithContext::WordsEndingWithCue(
    const Claim& a, const Claim& b, std::string_view meaning, size_t near) const {
  EndingCue found{Trimmed(doc_.Between(a, b))};
  if (found.words.size() > near) return std::nullopt;
  const auto cue = cues_.MatchBefore(found.words, found.words.size(), meaning);
  if (!cue.entry) return std::nullopt;
  found.cue = cue.end;  // MatchBefore's end is where the phrase starts
  return found;
}

// Whether the words between two claims end with a cue of `meaning` that a comma comes
// before, a few words after the first: "9 أشخاص حتفهم، هم 5", "13 موقوفا متشددا، بينهم 30".
bool ArithContext::CommaBeforeTheCue(const Claim& a, const Claim& b, std::string_view meaning,
                                     size_t near, bool verb) const {
  const std::optional<EndingCue> found = WordsEndingWithCue(a, b, meaning, near);
  if (!found) return false;
  std::string_view before = std::string_view(found->words).substr(0, found->cue);
  while (before.ends_with(' ')) before.remove_suffix(1);
  if (verb) {
    const size_t space = before.find_last_of(" ,");
    const std::string_view word = before.substr(space == std::string_view::npos ? 0 : space + 1);
    if (word.find_first_of("0123456789") != std::string_view::npos) return false;
    before.remove_suffix(word.size());
    while (before.ends_with(' ')) before.remove_suffix(1);
    if (before.empty()) {  // the comma right after `a`, trimmed off the words: read in place
      const std::string_view between = doc_.Between(a, b);
      return PastALeadingComma(between).size() != between.size();
    }
  }
  return before.ends_with(',') || before.ends_with(kArabicComma);
}

bool ArithContext::ForTheRival(const Claim& share) const {
  constexpr size_t kAfter = 60;  // bytes: "للحزب نفسه في الانتخابات السابقة"
  const size_t at = scan::SkipSpaces(text_, share.norm_end);
  constexpr std::string_view kLam = "\xD9\x84";  // ل
  const std::string_view word = scan::WordAt(text_, at);
  const bool for_someone = cues_.MatchAt(text_, at, "for-rival").entry ||
                           (word.size() > kLam.size() + 4 && word.starts_with(kLam));
  // The words after it are read only where one names whose it is: most shares name none.
  const size_t end = std::min(text_.size(), at + kAfter);
  return for_someone && !cues_.StartsAWordIn(text_, at, end, "earlier") &&
         !cues_.StartsAWordIn(text_, at, end, "place");
}

// The fate a word around count c names, or none. English says it after the count ("298
// were rescued"), Arabic mostly before ("نجا 98", "وقتل 17"), or after it as a noun or a
// phrase ("15 مفقودا", "14 في عداد المفقودين") short of the next clause's "و". `after`:
// where the claim before c ends; `next`: where the claim after starts.
const scan::PhraseList::Entry* ArithContext::FateOf(const Claim& c, size_t after,
                                                    size_t next) const {
  constexpr size_t kNear = 40;  // bytes: a verb and its helper, "لقي ... حتفهم"
  const bool english = c.norm_end < text_.size() &&
                       absl::ascii_isalpha(static_cast<unsigned char>(
                           text_[scan::SkipSpaces(text_, c.norm_end)]));
  const size_t before = ClauseStartWithin(text_, c, kNear, ",.;:(", after);
  // ("15 مفقودا": the noun counted, inside the claim's span.)
  if (const auto* noun = FateIn(c.norm_begin, c.norm_end, false)) return noun;
  const size_t end = std::min(next, c.norm_end + kNear);
  const auto* said_after = FateIn(c.norm_end, end, /*to_a_clause=*/true);
  if (english || said_after != nullptr) return said_after;
  // ("أقلعت 1900 في موعدها وتأخرت 620": 620 were delayed, the fate nearest before it.)
  return FateIn(before, c.norm_begin, /*to_a_clause=*/false, /*last=*/true);
}

// The fate a word in [from, to) names, a glued "و" or "ف" aside; `to_a_clause`: read no
// further than a mark or a word with a glued "و", which opens the next count's clause;
// `last`: the last such word's, not the first's.
const scan::PhraseList::Entry* ArithContext::FateIn(size_t from, size_t to, bool to_a_clause,
                                                    bool last) const {
  const scan::PhraseList::Entry* found = nullptr;
  // (A word may start at `from`: "أفرج عن 45" opens the text.)
  bool after_letter = from > 0 && scan::IsLetter(scan::PreviousCodePoint(text_, from));
  for (size_t at = from, length = 1; at < to; at += length) {
    const bool letter = scan::IsLetter(scan::NextCodePoint(text_, at, &length));
    if (to_a_clause && (std::string_view(",.;:()").find(text_[at]) != std::string_view::npos ||
                        text_.substr(at, kArabicComma.size()) == kArabicComma)) {
      return nullptr;
    }
    if (!letter || after_letter) {
      after_letter = letter;
      continue;
    }
    after_letter = true;
    const auto* fate = FateAt(at);
    if (fate == nullptr && claims::GluedClitic(text_, at)) {
      if (to_a_clause && text_.substr(at, 2) == "\xD9\x88") return found;  // و
      fate = FateAt(at + 2);
    }
    if (fate != nullptr && !last) return fate;
    if (fate != nullptr) found = fate;
  }
  return found;
}

const scan::PhraseList::Entry* ArithContext::FateAt(size_t at) const {
  const auto m = cues_.MatchAt(text_, at, "fate");
  return m.entry && m.entry->tags.size() > 2 ? m.entry : nullptr;
}

// Whether two parts are the two groups of a kind that makes any whole up (arith_cues.tsv
// "group-kind" flagged "complete"): in cities and in the country, from abroad and from home;
// not where the rest of the whole follows in the sentence ("والباقي من المحافظات الأخرى").
const scan::PhraseList::Entry* ArithContext::FateOfAPart(const Claim& c) const {
  const auto& claims = doc_.claims;
  const size_t k = static_cast<size_t>(&c - claims.data());
  return FateOf(c, k > 0 ? claims[k - 1].norm_end : 0,
                k + 1 < claims.size() ? claims[k + 1].norm_begin : text_.size());
}

size_t ArithContext::GroupsOfAnyWhole(const scan::PhraseList::Entry& fate) const {
  const auto kind = cues_.MatchAt(fate.tags[2], 0, "group-kind");
  if (!kind.entry || kind.end != fate.tags[2].size() || !kind.entry->HasTag("complete")) return 0;
  size_t groups = 2;  // as many as the number after "complete", else two
  if (kind.entry->tags.size() > 2 && !absl::SimpleAtoi(kind.entry->tags[2], &groups)) return 0;
  return groups;
}

bool ArithContext::MakeAnyWholeUp(const std::vector<const Claim*>& parts) const {
  // The last part's group first: most lists of counts name none.
  const scan::PhraseList::Entry* last = parts.empty() ? nullptr : FateOfAPart(*parts.back());
  if (last == nullptr || parts.size() != GroupsOfAnyWhole(*last)) return false;
  absl::flat_hash_set<std::string_view> named;
  for (const Claim* c : parts) {
    const scan::PhraseList::Entry* one = c == parts.back() ? last : FateOfAPart(*c);
    if (one == nullptr || one->tags[2] != last->tags[2] || !named.insert(one->tags[1]).second) {
      return false;
    }
  }
  const Claim& b = *parts.back();
  const size_t stop = std::min(text_.size(), text_.find_first_of(".\n", b.norm_end));
  return !cues_.StartsAWordIn(text_, b.norm_end, stop, "rest") &&
         !cues_.StartsAWordIn(text_, b.norm_end, stop, "rest-of");
}

}  // namespace mizan::checks::arith
