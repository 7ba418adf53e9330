// doc.conflicting_values: one thing stated with two values that look like one slip of the
//   other: the same counted noun and the word after it ("623 ألف سائح روسي" in a headline,
//   "623 سائح روسي" in the body), values apart by a power of ten, one digit, or two swapped
//   digits. Different values of the same noun are often different things (5 killed here,
//   12 there), so values that are simply different are not flagged.
// style.mixed_digit_scripts: one document writes numbers in two digit scripts (info); one
//   number mixes scripts ("1٣", warning).
// style.ambiguous_separator: a ',' or '.' read by the document's convention, which its other
//   numbers contradict (info).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "core/checks/compare.h"
#include "core/checks/document_checks.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks {
namespace {

using claims::Claim;
using claims::Kind;

// Two values of one thing that look like one slip of the other: a scale word dropped or
// added (623 and 623000, a power of a thousand), or a typo in a number of three digits or
// more. Two-digit numbers differ by one digit far too often to mean anything.
bool ScaleWordDifference(std::string_view how) {
  // DescribeDifference's "magnitude (x10^K)" or "magnitude (x10^K, ...)", K one digit of 3, 6, 9.
  constexpr std::string_view kMagnitude = "magnitude (x10^";
  if (!how.starts_with(kMagnitude) || how.size() < kMagnitude.size() + 2) return false;
  const char k = how[kMagnitude.size()], after = how[kMagnitude.size() + 1];
  return (k == '3' || k == '6' || k == '9') && (after == ')' || after == ',');
}

// `how`: DescribeDifference(a, b).
bool LooksLikeSlip(const Claim& a, const Claim& b, const std::string& how) {
  if (ScaleWordDifference(how)) return true;
  // Round numbers (800 and 400 migrants) are estimates of different things, not typos.
  const auto round = [](const std::string& v) { return v.size() >= 3 && v.substr(v.size() - 2) == "00"; };
  const bool long_enough = a.value.size() >= 3 && b.value.size() >= 3;
  return long_enough && !round(a.value) && !round(b.value) &&
         (how == "digit typo" || how == "transposed digits");
}

// The word after a claim's span: what it is about, beyond the counted noun.
std::string ContextAfter(const DocumentView& doc, const Claim& c) {
  const std::string_view text = doc.normalized.text();
  size_t at = scan::SkipSpaces(text, c.norm_end), end = at, length = 0;
  while (end < text.size() && scan::IsLetter(scan::NextCodePoint(text, end, &length))) end += length;
  return std::string(text.substr(at, end - at));
}

// The claims of one value of one thing: the first, and the first in another sentence. Any two
// values that have a pair of claims in different sentences have one among these.
struct Occurrences {
  const Claim* first = nullptr;
  const Claim* elsewhere = nullptr;
};

// A pair of claims of two values in different sentences, or {nullptr, nullptr}.
std::pair<const Claim*, const Claim*> CrossSentencePair(const Occurrences& x, const Occurrences& y) {
  for (const Claim* a : {x.first, x.elsewhere}) {
    for (const Claim* b : {y.first, y.elsewhere}) {
      if (a && b && a->sentence != b->sentence) return {a, b};
    }
  }
  return {nullptr, nullptr};
}

// More values than this for one thing make a table or a list, not one thing restated; and
// comparing their values pairwise would make a long document cost quadratic time.
constexpr size_t kMaxValuesOfOneThing = 32;

// "against 152 people in the last storm", "مقابل 152 شخصا": a value set against another is
// said to differ from it, no slip of it.
bool SetAgainstAnother(const DocumentView& doc, const Claim& c) {
  return doc.CueBefore(doc.engine.arith_cues(), c, "since") != nullptr;
}

// An exact count of a named thing: the claims that doc.conflicting_values compares.
bool IsCountOfAThing(const Claim& c) {
  return !c.noun_key.empty() && !c.value.empty() && c.kind == Kind::kNumber && !c.approx &&
         c.qualifier != "range";
}

// (A currency read from the places named is no currency said: two amounts of it are as
// unresolved as their words.)
bool IsAmountOfACurrency(const Claim& c) {
  return c.kind == Kind::kMoney && !c.unit.empty() && !c.unit_from_place && !c.value.empty() &&
         !c.approx && c.qualifier.empty();
}

// The times and ranks each sentence names ("The 2023 report", "The second flight"): two
// sentences that each name some, none alike, speak of different things, whose counts may well
// be a digit or a swap apart ("counted 1,250 cases" and, the next year, "1,520 cases"). Read
// from the claims of the two sentences only (claims are in the order of the text).
bool NamedApart(const std::vector<Claim>& claims, uint32_t a, uint32_t b) {
  const auto of = [&claims](uint32_t sentence) {
    const auto first = std::partition_point(claims.begin(), claims.end(), [&](const Claim& c) {
      return c.sentence < sentence;
    });
    const auto last = std::partition_point(first, claims.end(), [&](const Claim& c) {
      return c.sentence == sentence;
    });
    std::vector<const Claim*> marks;
    for (auto it = first; it != last; ++it) {
      const bool mark = it->kind == Kind::kYear || it->kind == Kind::kDate ||
                        it->kind == Kind::kOrdinal ||
                        (it->kind == Kind::kDuration && (it->qualifier == "ago" ||
                                                         it->qualifier == "later"));
      if (mark && !it->value.empty()) marks.push_back(&*it);
    }
    return marks;
  };
  const std::vector<const Claim*> in_a = of(a), in_b = of(b);
  if (in_a.empty() || in_b.empty()) return false;
  for (const Claim* x : in_a) {
    for (const Claim* y : in_b) {
      if (x->kind == y->kind && x->value == y->value && x->unit == y->unit) return false;
    }
  }
  return true;
}

// Whether two counts of one thing in two sentences are one of them mistyped: a scale word
// dropped or added, or a digit or a swap where one of them refers back to the other, and the
// sentences name no different times or ranks.
bool OneThingSlipped(const DocumentView& doc, const Claim& a, const Claim& b) {
  const std::string how = DescribeDifference(a, b);
  if (!LooksLikeSlip(a, b, how) || NamedApart(doc.claims, a.sentence, b.sentence)) return false;
  return ScaleWordDifference(how) || RefersBack(doc, a) || RefersBack(doc, b);
}

void ReportConflict(const Claim& a, const Claim& b, const std::string& how, Reporter* reporter) {
  reporter->Report("doc.conflicting_values",
                   absl::StrCat("the same thing is given as ", a.value, " and as ", b.value, ": ",
                                how),
                   {SpanOf(a), SpanOf(b)}, a.value, b.value);
}

void ConflictingValues(const DocumentView& doc, Reporter* reporter) {
  struct Thing {
    std::vector<std::string> values;  // in order of first appearance
    absl::flat_hash_map<std::string, Occurrences> occurrences;
  };
  // In order of first appearance, so that findings come out in the same order on every run.
  std::vector<Thing> things;
  absl::flat_hash_map<std::string, size_t> thing_index;
  for (const Claim& c : doc.claims) {
    if (!IsCountOfAThing(c) || SetAgainstAnother(doc, c)) continue;
    const auto [it, added] =
        thing_index.try_emplace(absl::StrCat(c.noun_key, "|", ContextAfter(doc, c)), things.size());
    if (added) things.emplace_back();
    Thing& thing = things[it->second];
    Occurrences& seen = thing.occurrences[c.value];
    if (seen.first == nullptr) {
      seen.first = &c;
      thing.values.push_back(c.value);
    } else if (seen.elsewhere == nullptr && c.sentence != seen.first->sentence) {
      seen.elsewhere = &c;
    }
  }
  for (const Thing& thing : things) {
    if (thing.values.size() > kMaxValuesOfOneThing) continue;
    for (size_t i = 0; i < thing.values.size(); ++i) {
      for (size_t j = i + 1; j < thing.values.size(); ++j) {
        const auto [a, b] = CrossSentencePair(thing.occurrences.at(thing.values[i]),
                                              thing.occurrences.at(thing.values[j]));
        if (a == nullptr || !OneThingSlipped(doc, *a, *b)) continue;
        ReportConflict(*a, *b, DescribeDifference(*a, *b), reporter);
      }
    }
  }
}

// The significant digits of a value: 623000 and 0.623 give "623".
std::string SignificantDigits(const std::string& value) {
  std::string digits = Digits(value);
  digits.erase(0, digits.find_first_not_of('0'));
  while (!digits.empty() && digits.back() == '0') digits.pop_back();
  return digits;
}

// A headline and its body often say the same count in other words around it ("623 ألف سائح
// في ماي" over "623 سائحا زاروا"): a scale word dropped or added is a conflict of one counted
// noun whatever word follows, where the number has three significant digits or more and is no
// round estimate (1.5 million and 1,500, 600,000 and 600 may be two things). ConflictingValues
// reports the pairs whose words after agree. So for an amount of one currency, with two
// significant digits or more ("بقيمة 2.5 مليار دولار" over "2.5 مليون دولار"): an amount's
// digits rarely come back at another scale but by a slip.
void ScaleSlipsAcrossContexts(const DocumentView& doc, Reporter* reporter) {
  // Claims of one counted noun or currency with the same significant digits: the only
  // candidates.
  absl::flat_hash_map<std::string, std::vector<const Claim*>> alike;
  for (const Claim& c : doc.claims) {
    const bool count = IsCountOfAThing(c);
    if (!count && !IsAmountOfACurrency(c)) continue;
    const std::string digits = SignificantDigits(c.value);
    if (digits.size() < (count ? 3u : 2u)) continue;
    const std::string& thing = count ? c.noun_key : c.unit;
    std::vector<const Claim*>& same = alike[absl::StrCat(thing, "|", digits)];
    for (const Claim* earlier : same) {
      if (earlier->sentence == c.sentence || earlier->value == c.value ||
          (count && ContextAfter(doc, *earlier) == ContextAfter(doc, c))) {
        continue;
      }
      const std::string how = DescribeDifference(*earlier, c);
      if (ScaleWordDifference(how)) ReportConflict(*earlier, c, how, reporter);
    }
    if (same.size() < kMaxValuesOfOneThing) same.push_back(&c);
  }
}

// Where the document opens with a headline, the end of it: a first line of one sentence, short
// as headlines are; 0 where there is none (a lead sentence says what the body need not repeat).
size_t HeadlineEnd(std::string_view text) {
  constexpr size_t kLongestHeadline = 320;  // bytes: about 25 Arabic words
  const std::string_view start = text.substr(0, kLongestHeadline + 3);  // a separator's bytes
  const size_t end =  // a new line, or a paragraph or line separator
      std::min({start.find('\n'), start.find(scan::kParagraphSeparator),
                start.find(scan::kLineSeparator)});
  if (end == std::string_view::npos || end > kLongestHeadline) return 0;
  std::string_view line = text.substr(0, end);
  for (std::string_view mark : {". ", "! ", "? ", "\xD8\x9F "}) {  // ؟
    if (line.find(mark) != std::string_view::npos) return 0;
  }
  // A headline ends with no full stop; a first line that does is a lead sentence.
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  return line.ends_with('.') ? 0 : end;
}

// The digits a claim was written with, before any scale word: "240" of "240 مليون دينار",
// "1257" of "1,257 سائحا", "25" of "2.5 مليار".
std::string WrittenDigits(const DocumentView& doc, const Claim& c) {
  const std::string_view span =
      std::string_view(doc.normalized.text()).substr(c.norm_begin, c.norm_end - c.norm_begin);
  std::string digits;
  bool started = false;
  for (char ch : span) {
    if (absl::ascii_isdigit(static_cast<unsigned char>(ch))) {
      digits += ch;
      started = true;
    } else if (started && ch != ',' && ch != '.' && ch != '\xD8') {  // ، and ٫ lead with D8
      break;
    }
  }
  return digits;
}

// What a claim counts or measures, for a headline and its body: the counted noun, or the
// kind and unit of an amount, approximate or not; empty for anything else.
std::string ThingOf(const Claim& c) {
  if (c.value.empty() || c.qualifier == "range") return {};
  if (c.kind == Kind::kNumber) return c.noun_key;
  // "857 مليون دينار": an amount of a currency no country names, by its family.
  if (c.kind == Kind::kMoney && (c.unit.empty() || c.unit_from_place) && !c.noun_key.empty()) {
    return absl::StrCat(static_cast<int>(c.kind), "|?", c.noun_key);
  }
  if (c.unit.empty() || c.kind == Kind::kPercent || c.kind == Kind::kYear) return {};
  return absl::StrCat(static_cast<int>(c.kind), "|", c.unit);
}

// Whether one of two amounts is the other rounded as written: "12620 مليون دينار" over
// "12620،5 مليون دينار" (within one unit of the last digit the coarser one writes).
bool OneRoundsTheOther(const Claim& a, const Claim& b) {
  const double x = AsDouble(a.value).value_or(0), y = AsDouble(b.value).value_or(0);
  return std::fabs(x - y) < 2 * std::max(HalfUnit(a), HalfUnit(b));
}

// "1,284 new cases were recorded. Of the 1,248 new cases, 300 were in the capital": a count
// that refers back to one of its noun in an earlier sentence, a digit or a swap from it, is
// that one mistyped whatever words follow each, where none before says it as it is
// (ConflictingValues reads those whose words after agree, ScaleSlipsAcrossContexts a scale
// word, HeadlineSlips a headline's). Three digits or more, no round figure.
void ReferredBackAcrossContexts(const DocumentView& doc, Reporter* reporter) {
  const size_t headline_end = HeadlineEnd(doc.normalized.text());
  absl::flat_hash_map<std::string, std::vector<const Claim*>> by_noun;
  absl::flat_hash_set<std::string> said;  // every count's value so far, of any noun or none
  for (const Claim& c : doc.claims) {
    // Only values of three digits or more are read, the cheap questions first.
    if (c.kind != Kind::kNumber || c.value.size() < 3 || !said.insert(c.value).second ||
        !IsCountOfAThing(c) || c.norm_begin < headline_end) {
      continue;
    }
    std::vector<const Claim*>& same = by_noun[c.noun_key];
    const size_t earlier = same.size();  // those before c
    if (earlier < kMaxValuesOfOneThing) same.push_back(&c);
    if (earlier == 0 || SetAgainstAnother(doc, c)) continue;
    const std::string digits = WrittenDigits(doc, c);
    // "The 1,354 pupils of its twin school": "of" names another owner of the count.
    if (digits.size() < 3 || digits.ends_with("00") || !RefersBack(doc, c) ||
        ContextAfter(doc, c) == "of") {
      continue;
    }
    for (size_t k = 0; k < earlier; ++k) {
      const Claim* e = same[k];
      const std::string how = DescribeDifference(*e, c);
      if (e->sentence == c.sentence || ScaleWordDifference(how) ||
          ContextAfter(doc, *e) == ContextAfter(doc, c) || !OneThingSlipped(doc, *e, c)) {
        continue;
      }
      ReportConflict(*e, c, how, reporter);
      break;
    }
  }
}

// Whether the words right before two counts are one verb: the same word, or English words
// that share their first four letters ("kills", "killed").
bool SaidByOneVerb(const DocumentView& doc, const Claim& a, const Claim& b) {
  const std::string_view text = doc.normalized.text();
  const auto verb = [&](const Claim& c) {
    std::string word(scan::WordBefore(text, scan::SkipSpacesBack(text, c.norm_begin)));
    absl::AsciiStrToLower(&word);
    return word;
  };
  const std::string x = verb(a), y = verb(b);
  constexpr size_t kStem = 4;
  const bool english = !x.empty() && absl::ascii_isalpha(static_cast<unsigned char>(x[0]));
  return !x.empty() && (x == y || (english && x.size() >= kStem && y.size() >= kStem &&
                                   x.compare(0, kStem, y, 0, kStem) == 0));
}

// A headline states the article's main number, and the body repeats it: a number of the
// headline that the body never repeats, where the body gives the same thing with one digit
// other or two swapped ("إنقاذ 129 مهاجرا" over "أنقذت 192 مهاجرا", "240 مليون دينار" over
// "420 مليون دينار"), is one of them mistyped, whatever words follow each. Only numbers
// written with three digits or more that are no round estimates ("500", "1200"), or two
// digits swapped where both count one noun ("مصرع 37 شخصا" over "لقي 73 شخصا") or one verb
// says both.
void HeadlineSlips(const DocumentView& doc, Reporter* reporter) {
  const size_t headline_end = HeadlineEnd(doc.normalized.text());
  const auto digits_of = [&](const Claim& c) -> size_t {  // 0 for a round estimate
    const std::string digits = WrittenDigits(doc, c);
    return digits.ends_with(digits.size() == 2 ? "0" : "00") ? 0 : digits.size();
  };
  for (const Claim& h : doc.claims) {
    if (h.norm_end > headline_end) break;
    const std::string thing = ThingOf(h);
    // "Floods kill 143" over "killed 134 people": a headline drops the noun its body gives;
    // a bare count of the headline meets a count of any noun.
    const bool bare = thing.empty() && h.kind == Kind::kNumber && h.unit.empty() &&
                      h.noun.empty() && h.qualifier.empty() && !h.approx && !h.value.empty();
    const size_t written = digits_of(h);
    // Two digits swapped where both count one noun, or where a bare count and the body's are
    // said by one verb ("Flood kills 23" over "Floods killed 32 people").
    const bool two = written == 2;
    if ((thing.empty() && !bare) || (written < 3 && !two)) continue;
    const Claim* slip = nullptr;
    bool repeated = false;
    for (const Claim& b : doc.claims) {
      const bool alike = bare ? b.kind == Kind::kNumber && b.unit.empty() : ThingOf(b) == thing;
      if (b.norm_begin < headline_end || !alike || SetAgainstAnother(doc, b)) {
        continue;
      }
      repeated |= b.value == h.value;
      if (slip || (two ? digits_of(b) != 2 || (bare && !SaidByOneVerb(doc, h, b))
                       : digits_of(b) < 3)) {
        continue;
      }
      const std::string how = DescribeDifference(h, b);
      const bool slipped = two ? how == "transposed digits"
                               : how == "digit typo" || how == "transposed digits";
      if (slipped && !OneRoundsTheOther(h, b)) slip = &b;
    }
    // The same words after both: ConflictingValues has reported them as one thing.
    const bool reported = slip && IsCountOfAThing(h) && IsCountOfAThing(*slip) &&
                          ContextAfter(doc, h) == ContextAfter(doc, *slip) &&
                          OneThingSlipped(doc, h, *slip);
    if (slip && !repeated && !reported) {
      ReportConflict(h, *slip, DescribeDifference(h, *slip), reporter);
    }
  }
}

void DigitScripts(const DocumentView& doc, Reporter* reporter) {
  absl::flat_hash_map<std::string, const Claim*> first_of_script;
  std::vector<std::string> order;
  for (const Claim& c : doc.claims) {
    if (c.script == "mixed") {
      reporter->ReportAs(Severity::kWarning, "style.mixed_digit_scripts",
                         absl::StrCat("the number ", c.text, " mixes digit scripts"), {SpanOf(c)},
                         "", c.text);
      continue;
    }
    // Words and Roman numerals are no digit script: "Phase III trials in 2020" mixes none.
    if (c.script == "words" || c.script == "roman" || c.script.empty()) continue;
    if (first_of_script.emplace(c.script, &c).second) order.push_back(c.script);
  }
  if (order.size() < 2) return;
  std::vector<SpanRef> spans;
  for (const std::string& s : order) spans.push_back(SpanOf(*first_of_script[s]));
  std::string scripts;
  for (const std::string& s : order) absl::StrAppend(&scripts, scripts.empty() ? "" : " and ", s);
  reporter->Report("style.mixed_digit_scripts",
                   absl::StrCat("the document writes numbers in ", scripts, " digits"), spans, "",
                   scripts);
}

}  // namespace

void CheckConsistency(const DocumentView& doc, Reporter* reporter) {
  if (reporter->Enabled("doc.conflicting_values")) {
    ConflictingValues(doc, reporter);
    ScaleSlipsAcrossContexts(doc, reporter);
    ReferredBackAcrossContexts(doc, reporter);
    HeadlineSlips(doc, reporter);
  }
  if (reporter->Enabled("style.mixed_digit_scripts")) DigitScripts(doc, reporter);
  for (const Claim& c : doc.claims) {
    if (!c.separator_guessed) continue;
    reporter->Report("style.ambiguous_separator",
                     absl::StrCat("the separator in ", c.text, " was read as in the rest of the "
                                  "document (", c.value, "), which other numbers contradict"),
                     {SpanOf(c)}, "", c.value);
  }
}

}  // namespace mizan::checks
