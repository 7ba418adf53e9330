// Checks of time against the publication date and the years around it; all allow one year
// either way, for months not stated and for inclusive counting.
// time.relative_mismatch: "قبل 13 عامًا" / "13 years ago" next to a year in the same sentence,
//   and the publication year minus the duration is not that year; so a period and the year it
//   runs from ("has lasted five years, since 2019"); so an anniversary ("founded in 1998, it
//   celebrated its 15th anniversary last year"), or, against another year the sentence names,
//   time.duration_mismatch.
// time.duration_mismatch: a range of years ("from 2015 to 2020", "بين 2015 و2020"), a year
//   of beginning and one of ending around the period, or two events and "N years after" between
//   them, and a duration in years in the same sentence that does not measure it.
// time.age_mismatch: an age ("عمره 45 عاما", "aged 45", "Smith, 45,") and a birth year ("من مواليد 1980",
//   "born in 1980") in the same sentence that the publication year, or the year of a death the
//   sentence gives, does not reconcile.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/time/civil_time.h"
#include "core/checks/document_checks.h"
#include "core/scan/text_cursor.h"

namespace mizan::checks {
namespace {

using claims::Claim;
using claims::Kind;

// The whole number of a claim's value, if it is one.
std::optional<long> Whole(const std::string& value) {
  if (value.empty() || value.size() > 9) return std::nullopt;  // nine digits fit a long
  long n = 0;
  for (char c : value) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  return n;
}

bool YearsDuration(const Claim& c) {
  return c.kind == Kind::kDuration && c.unit == "year" && Whole(c.value).has_value();
}

// A year of the Gregorian calendar, which the publication date and durations in years count
// in; a Hijri year ("1431 هـ") is a year of another length and start, and no check of these.
bool InGregorianYears(const Claim& c) { return c.kind == Kind::kYear && !InOtherCalendar(c); }
bool GregorianYear(const Claim& c) { return InGregorianYears(c) && Whole(c.value).has_value(); }

// A cue of `meaning` just before the claim (or just after it, for "after" cues).
bool Cued(const DocumentView& doc, const Claim& c, std::string_view meaning) {
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& cues = doc.engine.time_cues();
  size_t before = c.norm_begin;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '(')) --before;
  if (cues.MatchBefore(text, before, meaning).entry) return true;
  const auto after = cues.MatchAt(text, scan::SkipSpaces(text, c.norm_end), meaning);
  return after.entry && after.entry->tags.at(1) == "after";
}

// "بذكرى تأسيسها الثلاثين", "بذكرى استقلالها الخمسين": an ordinal right after the word of
// what began (time_cues.tsv "origin"), "ذكرى" before it, is the anniversary of that.
bool AnniversaryOfItsOrigin(const DocumentView& doc, const Claim& c) {
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& cues = doc.engine.time_cues();
  const auto origin = cues.MatchBefore(text, scan::SkipSpacesBack(text, c.norm_begin), "origin");
  if (!origin.entry) return false;
  const auto anniversary =
      cues.MatchBefore(text, scan::SkipSpacesBack(text, origin.end), "anniversary");
  return anniversary.entry && anniversary.entry->tags.at(1) == "before";
}

// "مضى على تأسيس الجمعية 50 عاما": a verb of years passing on what began (time_cues.tsv
// "passed-on"), its word ("origin") and a word or two of whose, right before the span.
bool PassedSinceItsOrigin(const DocumentView& doc, const Claim& c) {
  constexpr size_t kNear = 64, kWhose = 24;  // bytes: "وقد مضى على تأسيس الجمعية"; "الجمعية"
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& cues = doc.engine.time_cues();
  const size_t from = ClauseStartWithin(text, c, kNear, ".\n,;");
  const auto passed = cues.FindAWordIn(text, from, c.norm_begin, "passed-on");
  if (!passed.entry) return false;
  const auto origin = cues.MatchAt(text, scan::SkipSpaces(text, passed.end), "origin");
  return origin.entry && AFewWords(text.substr(origin.end, c.norm_begin - origin.end), kWhose);
}

// "its centenary", "the bicentennial": an ordinal that is an anniversary in one word.
bool IsAnAnniversary(const DocumentView& doc, const Claim& c) {
  const auto m = doc.engine.time_cues().MatchAt(doc.normalized.text(), c.norm_begin,
                                                "anniversary");
  return m.entry && m.end == c.norm_end && m.entry->tags.at(1) == "self";
}

// Whether two claims say one time: nothing but marks, or a word that ties them ("in", "أي
// في": time_cues.tsv's "tie"), stands between them: "launched in 2005, 13 years ago", "قبل 13
// عاما، أي في 2011". "Founded 13 years ago, the company went public in 2020" are two events.
bool Tied(const DocumentView& doc, const Claim& a, const Claim& b) {
  const std::string between = PlainWordsBetween(doc, a, b);
  std::string_view words = between;
  // "قبل عقدين من الزمن، في عام 2004": the words that say a unit of time is one first.
  const scan::PhraseList& cues = doc.engine.time_cues();
  const Claim& first = a.norm_begin < b.norm_begin ? a : b;
  if (const auto of_time = cues.MatchAt(words, 0, "of-time");
      of_time.entry && first.kind == Kind::kDuration) {
    words.remove_prefix(std::min(words.size(), of_time.end + 1));
  }
  return words.empty() || CoveredBy(words, cues, "tie");
}

// "The 1979 treaty, signed 45 years ago": a year before the noun it dates, "the" before it,
// then past a comma a word of its making (time_cues.tsv "origin") right before the time ago.
bool MadeThen(const DocumentView& doc, const Claim& year, const Claim& ago) {
  constexpr size_t kNoun = 24;  // bytes: "peace treaty"
  const std::string_view text = doc.normalized.text();
  const std::string_view the = scan::WordBefore(text, scan::SkipSpacesBack(text, year.norm_begin));
  if (year.norm_end > ago.norm_begin || (the != "the" && the != "The")) return false;
  const std::string_view between = doc.Between(year, ago);
  const size_t comma = between.find(',');
  return comma != std::string_view::npos && comma <= kNoun &&
         between.substr(0, comma).find_first_of("0123456789.;:(") == std::string_view::npos &&
         CoveredBy(TrimSpaces(between.substr(comma + 1)), doc.engine.time_cues(), "origin");
}

// The years a duration before now counts back: a number of years, or of decades ("a decade
// ago", "قبل عقدين"), which the press rounds more loosely: two decades may be 18 to 22 years.
struct YearsBack {
  long years = 0;
  long slack = 1;
};
std::optional<YearsBack> YearsBackOf(const Claim& c) {
  if (c.kind != Kind::kDuration) return std::nullopt;
  // "قبل ربع قرن", "half a century ago": a part of a century in whole years, a tenth either way.
  if (c.unit == "century" && !c.value.empty() && !c.number.negative()) {
    const auto years = c.number.Times(numerals::Decimal::FromInt(100)).ToWhole();
    if (!years || *years == 0) return std::nullopt;
    const long y = static_cast<long>(*years);
    return YearsBack{y, std::max(1L, y / 10)};
  }
  const auto n = Whole(c.value);
  if (!n) return std::nullopt;
  if (c.unit == "year") return YearsBack{*n, 1};
  if (c.unit == "decade") return YearsBack{*n * 10, *n > 1 ? 2 : 1};
  return std::nullopt;
}

// The Gregorian year a claim names: a year, or a date that writes one ("11 سبتمبر 2001"; not
// one that took the dateline's).
std::optional<long> YearNamed(const DocumentView& doc, const Claim& c) {
  if (GregorianYear(c)) return Whole(c.value);
  // "2001-08" (a month of a year) or "2001-08-11".
  if (c.kind != Kind::kDate || c.calendar != "gregorian" || c.value.size() < 7) {
    return std::nullopt;
  }
  const std::string_view year = std::string_view(c.value).substr(0, 4);
  const std::string_view text = doc.normalized.text();
  const std::string_view written = text.substr(c.norm_begin, c.norm_end - c.norm_begin);
  if (written.find(year) == std::string_view::npos) return std::nullopt;
  return Whole(std::string(year));
}

// Whether claim `c` ends with a time cue of `meaning` flagged `flag` (time_cues.tsv): "9 years
// ago" counts from now alone ("ago" flagged "now"), "six years later" from an event alone
// ("later" flagged "from-event").
bool EndsWithCueFlagged(const DocumentView& doc, const Claim& c, std::string_view meaning,
                        std::string_view flag) {
  const auto cue = doc.engine.time_cues().MatchBefore(doc.normalized.text(), c.norm_end, meaning);
  return cue.entry != nullptr && cue.entry->HasTag(flag);
}

// `ago` counts back from the publication year to a year tied to it; a period with no cue
// ("has lasted five years, since 2019") to a year said to be its start; a time later ("في
// 2050، أي بعد 26 عاما", "in 2030, in six years") on to a year to come: a year past is counted
// from an event ("وبعد 16 عاما، أي في 2006"), not from now.
void CheckRelative(const DocumentView& doc, const Claim& ago, Reporter* reporter) {
  const std::optional<YearsBack> back = YearsBackOf(ago);
  if (!doc.published || !back) return;
  const bool later = ago.qualifier == "later";
  const long sign = later ? -1 : 1;  // years are counted back, or on
  const long implied = doc.published->year - sign * back->years;
  const bool period = ago.qualifier.empty();
  const bool said_later = later && EndsWithCueFlagged(doc, ago, "later", "from-event");
  // A period runs from a year ("since 2019"); a time ago may be a day ("في 11 سبتمبر 2001، أي
  // قبل 23 عاما").
  const auto tied_year = [&](const Claim& c) {
    if (c.sentence != ago.sentence) return std::optional<long>();
    const std::optional<long> year = period ? (GregorianYear(c) && c.qualifier == "since"
                                                   ? Whole(c.value)
                                                   : std::nullopt)
                                            : YearNamed(doc, c);
    // ("due to finish in 2027, six years later": English "later" counts from an event, never
    // from now, whatever the year.)
    if (later && year && (*year <= doc.published->year || said_later)) {
      return std::optional<long>();
    }
    return year && (Tied(doc, ago, c) || MadeThen(doc, c, ago)) ? year : std::nullopt;
  };
  // "قبل أكثر من 700 عام" (more than 700 years ago) holds for any year before the one it
  // counts back to; "less than" for any after; "about" within a twentieth of the years.
  const bool more = ago.lower && !ago.upper, less = ago.upper && !ago.lower;
  const long slack =
      ago.approx ? std::max(back->slack, static_cast<long>(back->years / 20)) : back->slack;
  const auto fits = [&](long year, long counted_to) {
    return more ? year <= counted_to + slack
           : less ? year >= counted_to - slack
                  : std::labs(year - counted_to) <= slack;
  };
  const bool from_now = EndsWithCueFlagged(doc, ago, "ago", "now");
  for (const Claim& c : doc.claims) {
    const std::optional<long> named = tied_year(c);
    if (!named) continue;
    const long year = *named;
    if (fits(year, implied)) return;  // one year tied to it agrees
    // "In 2015 sales reached 3 million, up from 2.5 million two years earlier, in 2013": the
    // years may be counted back from another year of the sentence, not from the dateline;
    // "ago" counts from now whatever year follows ("launched 9 years ago in 2018, it ends in
    // 2026").
    for (const Claim& from : doc.claims) {
      if (from_now) break;
      if (&from == &c || from.sentence != ago.sentence || !GregorianYear(from)) continue;
      if (fits(year, *Whole(from.value) - sign * back->years)) return;
    }
  }
  // "انطلق سنة 2019، سيتم استكماله سنة 2026، أي بعد 9 سنوات": years later that may count
  // from an earlier year of the sentence are that span's to weigh (the duration checks do),
  // not a time from now.
  const auto from_an_earlier_year = [&](long year) {
    return later && !from_now && absl::c_any_of(doc.claims, [&](const Claim& from) {
             return from.sentence == ago.sentence && GregorianYear(from) &&
                    *Whole(from.value) < year;
           });
  };
  for (const Claim& c : doc.claims) {
    const std::optional<long> named = tied_year(c);
    if (!named || from_an_earlier_year(*named)) continue;
    reporter->Report("time.relative_mismatch",
                     absl::StrCat(more ? "more than " : less ? "less than " : "", back->years,
                                  later ? " years after " : " years before ",
                                  doc.published->year, " is ",
                                  more ? "before " : less ? "after " : "", implied, ", not ",
                                  *named),
                     {SpanOf(ago), SpanOf(c)}, std::to_string(implied), std::to_string(*named));
    return;
  }
}

// Whether relative_times.tsv names the claim whole ("next year", "العام المقبل", "the past
// decade"), not as a cue and a unit ("a year later", "a decade ago": the list's "cue"
// entries), which count from another time or point at one.
bool NamedWhole(const DocumentView& doc, const Claim& c) {
  const auto m = doc.engine.relative_times().MatchAt(doc.normalized.text(), c.norm_begin);
  return m.entry && m.end == c.norm_end && !m.entry->HasTag("cue");
}

// Whether the range follows the period `d` after a comma alone, or, `words_first`, a few words
// and a comma; or right after it, where "from" opens it ("حكم البلاد 23 عاما من 1987 إلى
// 2010"; "spent three years between 2010 and 2020" is a time within it).
bool RangeRightAfter(const DocumentView& doc, const Claim& d, const Claim& range,
                     bool words_first = false) {
  constexpr std::string_view kMin = "\xD9\x85\xD9\x86 ";  // "من "
  const std::string_view gap = doc.Between(d, range);
  const size_t comma = PastACommaBack(gap, gap.size());
  const std::string_view opens =
      std::string_view(doc.normalized.text()).substr(range.norm_begin);
  return comma == 0 || (words_first && comma != std::string_view::npos) ||
         (gap.find_first_not_of(' ') == std::string_view::npos &&
          (opens.starts_with("from ") || opens.starts_with(kMin)));
}

// "قضى 20 عاما في السجن، من 2004 إلى 2024": a verb of spending from `from` on in the clause of
// the period `d`, the range set off by a comma after it ("served 5 years for fraud committed
// from 2001 to 2010", "served two terms, each of four years, from 2009 to 2017" are other
// times).
bool SpentThePeriod(const DocumentView& doc, const Claim& d, const Claim& range, size_t from) {
  const std::string_view text = doc.normalized.text();
  // "قضى 22 عاما في السجون بين عامي 2001 و2023", "spent 22 years in prison from 2001 to
  // 2023": where it was spent (time_cues.tsv "of-what", no "of" alone) may stand between.
  const std::string_view where = TrimSpaces(doc.Between(d, range));
  const bool spent_where = where.find(' ') != std::string_view::npos &&
                           CoveredBy(where, doc.engine.time_cues(), "of-what");
  if (!spent_where && !RangeRightAfter(doc, d, range, /*words_first=*/true)) return false;
  return !HasComma(text.substr(from, d.norm_begin - from)) &&
         doc.engine.time_cues().StartsAWordIn(text, from, d.norm_begin, "spent");
}

// Whether nothing follows `c` in its sentence but a word that it sums up ("in all").
bool EndsItsSentence(const DocumentView& doc, const Claim& c) {
  const std::string_view text = doc.normalized.text();
  const auto all = doc.engine.arith_cues().MatchAt(text, scan::SkipSpaces(text, c.norm_end),
                                                   "sum-after");
  return EndsAt(text, all.entry ? all.end : c.norm_end, ".;\n");
}

// The same, or a word of what lasted the period and a word or two more right after it
// ("2015-2022, eight years of data.", "من 2015 إلى 2022، أي ثماني سنوات من البيانات.").
bool EndsItsSentenceWithWhatLastedIt(const DocumentView& doc, const Claim& period) {
  constexpr size_t kAFewWords = 32;  // bytes: "of fighting", "من البيانات"
  if (EndsItsSentence(doc, period)) return true;
  const std::string_view text = doc.normalized.text();
  const auto what = doc.engine.time_cues().MatchAt(text, scan::SkipSpaces(text, period.norm_end),
                                                   "of-what");
  if (!what.entry) return false;
  const size_t end = text.find_first_of(".;\n", what.end);
  return end != std::string_view::npos &&
         AFewWords(text.substr(what.end, end - what.end), kAFewWords);
}

// "بعد 15 عاما من القطيعة بين عامي 2011 و2023", "after 15 years of exile from 1990 to 2005",
// "a 15-year rupture from 2011 to 2023": the period, what lasted it in one word ("من", "of"
// before it, or the period an English adjective before it), then right after it the range.
bool WhatLastedIt(const DocumentView& doc, const Claim& d, const Claim& range) {
  const std::string_view between = doc.Between(d, range);
  if (range.norm_begin < d.norm_end || between.find_first_of(",()") != std::string_view::npos ||
      between.find(kArabicComma) != std::string_view::npos) {
    return false;
  }
  const std::string words = PlainWordsBetween(doc, d, range);
  if (words.empty() || absl::c_count(words, ' ') > 1) return false;  // two words at most
  const size_t space = words.find(' ');
  if (space == std::string::npos) return d.text.ends_with("-year");  // "a 15-year rupture"
  const std::string_view of = std::string_view(words).substr(0, space);
  const auto cue = doc.engine.time_cues().MatchAt(of, 0, "of-what");
  return cue.entry && cue.end == of.size();
}

// "The 1975-1990 civil war lasted 15 years": a range of years in digits alone after an article,
// naming what a few words on (`words`, up to the period) ends in a verb of lasting.
bool NamedByItsYearsThenLasted(const DocumentView& doc, const Claim& range,
                               std::string_view words) {
  constexpr size_t kMostWords = 4;
  if (range.text.find_first_not_of("0123456789-\xE2\x80\x93") != std::string::npos ||
      words.empty() || static_cast<size_t>(absl::c_count(words, ' ')) >= kMostWords) {
    return false;
  }
  const std::string_view text = doc.normalized.text();
  std::string article(scan::WordBefore(text, scan::SkipSpacesBack(text, range.norm_begin)));
  absl::AsciiStrToLower(&article);
  if (article != "the" && article != "its" && article != "their" && article != "a") return false;
  const std::string_view last = words.substr(words.rfind(' ') + 1);
  const auto verb = doc.engine.time_cues().MatchAt(last, 0, "lasting");
  return verb.entry && verb.end == last.size();
}

// "The war, fought from 1980 to 1988, lasted eight years", "took five years to complete": the
// range set off by a comma, then only a verb of lasting (`words`) before the period, which
// ends its clause ("two years longer" compares) or names the range's own work.
bool SetOffThenLasted(const DocumentView& doc, const Claim& range, const Claim& d,
                      std::string_view words) {
  std::string_view verb = words;
  if (verb.ends_with(" for")) verb.remove_suffix(4);
  if (verb.empty() || !CoveredBy(verb, doc.engine.time_cues(), "lasting") ||
      !HasComma(doc.Between(range, d))) {
    return false;
  }
  const std::string_view text = doc.normalized.text();
  // "took five years to complete" (time_cues.tsv "own-work"): the work of the range itself,
  // not what came after it ("took two years to recover").
  return EndsAt(text, d.norm_end, ".,;\n") ||
         doc.engine.time_cues().MatchAt(text, scan::SkipSpaces(text, d.norm_end), "own-work")
             .entry;
}

// Whether `range` is the only range of years in the sentence before `d`.
bool OnlyRangeBefore(const DocumentView& doc, const Claim& range, const Claim& d) {
  return absl::c_none_of(doc.claims, [&](const Claim& c) {
    return &c != &range && c.sentence == d.sentence && c.norm_end <= d.norm_begin &&
           InGregorianYears(c) && c.qualifier == "range";
  });
}

// Whether a duration says how long a range of years lasted: after a cue of a period ("a
// period of", "على مدى"), before the range after a verb of lasting, or right after the range,
// in brackets ("من 2010 إلى 2015 (خمس سنوات)"), after a word that restates it ("أي 15 عاما",
// "or 15 years"), or as "within" it after "أي", "i.e." ("أي خلال خمس سنوات"; but "from 2010 to
// 2015, within three years of the war" is another time).
bool SaysThePeriod(const DocumentView& doc, const Claim& range, const Claim& d) {
  // "أي نحو 25 عاما", "a period of about 25 years": said about so long, as CheckYearsOf allows.
  const bool plain = d.qualifier.empty() || (d.qualifier == "about" && d.unit == "year");
  if (plain && (Cued(doc, d, "period") ||
                (Cued(doc, d, "period-total") && OnlyRangeBefore(doc, range, d)))) {
    return true;
  }
  if (d.norm_begin < range.norm_end) {
    // "lasted eight years, from 1980 to 1988", "استمرت الحرب ثماني سنوات (1980-1988)": a verb
    // of lasting a few words before it in its clause, or the range in brackets right after;
    // or one of spending.
    constexpr size_t kVerb = 64;  // bytes: "استمرت الحرب الأهلية اللبنانية", "استغرق بناء السد"
    const std::string_view text = doc.normalized.text();
    const size_t from = ClauseStartWithin(text, d, kVerb, ".\n,;");
    const bool lasting = doc.engine.time_cues().StartsAWordIn(text, from, d.norm_begin, "lasting");
    const std::string_view between = doc.Between(d, range);
    const bool bracketed = between.find('(') != std::string_view::npos &&
                           between.find_first_not_of(" (") == std::string_view::npos;
    // "ruled for eight years, from 1980 to 1988": a preposition or verb right before the
    // period, the range right after it or set off by a comma alone ("jailed for 15 years for
    // fraud committed from 2001 to 2010" is another time).
    const bool for_it = RangeRightAfter(doc, d, range) && Cued(doc, d, "one-period");
    return d.qualifier.empty() && (bracketed || for_it || lasting || WhatLastedIt(doc, d, range) ||
                                   SpentThePeriod(doc, d, range, from));
  }
  const std::string words = PlainWordsBetween(doc, range, d);
  if (plain && CoveredBy(words, doc.engine.time_cues(), "restate")) return true;
  if (plain && d.qualifier.empty() && (NamedByItsYearsThenLasted(doc, range, words) ||
                                       SetOffThenLasted(doc, range, d, words))) {
    return true;
  }
  // "from 2001 until 2019, nearly 20 years.": set off by a comma alone, ending the sentence
  // ("eight years in all.").
  if (plain && words.empty() && HasComma(doc.Between(range, d)) &&
      EndsItsSentenceWithWhatLastedIt(doc, d)) {
    return true;
  }
  if (!Tied(doc, range, d)) return false;
  // "within" after a word that ties it ("أي"), not after marks alone.
  if (d.qualifier == "within") return !words.empty();
  return plain && doc.Between(range, d).find('(') != std::string_view::npos;
}

// The whole years a span of years, decades or centuries lasts ("نصف قرن": 50).
std::optional<long> SpanInYears(const Claim& c) {
  const uint64_t per =
      c.unit == "year" ? 1 : c.unit == "decade" ? 10 : c.unit == "century" ? 100 : 0;
  if (per == 0 || c.value.empty() || c.number.negative()) return std::nullopt;
  const std::optional<uint64_t> years = c.number.Times(numerals::Decimal::FromInt(per)).ToWhole();
  if (!years || *years == 0 || *years > 100000) return std::nullopt;
  return static_cast<long>(*years);
}

// The period `d` said of the years from `from` to `to`, checked. In years, one either way for
// inclusive counting, and a tenth of the years more said about so many; in decades or
// centuries ("بين 2010 و2020، أي على مدى عقد"), a round period is said of a span a fifth of a
// decade, a tenth of a century, shorter or longer.
void CheckYearsOf(long from, long to, const Claim& d, std::vector<SpanRef> spans,
                  Reporter* reporter) {
  const bool in_years = d.unit == "year";
  const std::optional<long> years = in_years ? Whole(d.value) : SpanInYears(d);
  // ("about two decades" is left; "two centuries later" counts as said.)
  if (!years || (!in_years && !d.qualifier.empty() && d.qualifier != "later")) return;
  const long about = d.qualifier == "about" ? *years / 10 : 0;
  const long span = to - from, slack = in_years ? 1 + about : d.unit == "decade" ? 2 : 10;
  if (std::labs(*years - span) <= slack) return;
  const bool one = d.value == "1";
  const char* unit = d.unit == "decade" ? (one ? " decade" : " decades")
                                        : (one ? " century" : " centuries");
  const std::string said = in_years
                               ? absl::StrCat(span, " or ", span + 1, " years, not ", *years)
                               : absl::StrCat(span, " years, not ", d.value, unit);
  SortByStart(&spans);
  reporter->Report("time.duration_mismatch", absl::StrCat("from ", from, " to ", to, " is ", said),
                   std::move(spans), std::to_string(span), std::to_string(*years));
}

void CheckPeriod(const DocumentView& doc, const Claim& range, Reporter* reporter) {
  const auto from = Whole(range.lower->value), to = Whole(range.upper->value);
  if (!from || !to) return;
  for (const Claim& d : doc.claims) {
    if (d.sentence != range.sentence) continue;
    const bool span = YearsDuration(d) || d.unit == "decade" || d.unit == "century";
    if (!span || !SaysThePeriod(doc, range, d)) continue;
    CheckYearsOf(*from, *to, d, {SpanOf(range), SpanOf(d)}, reporter);
  }
}

// "ولد الرئيس عام 1950": Arabic puts the verb first and the one born between it and the year,
// maybe the place too ("ولد الفنان في القاهرة عام 1942"); English the place ("born in Lagos in
// 1978", "born in Lagos, Nigeria, in 1978"). Five words at most stand between: Arabic ones,
// or English names and "in".
bool BornAFewWordsBefore(const DocumentView& doc, const Claim& year) {
  constexpr int kMostWords = 5;
  const std::string_view text = doc.normalized.text();
  size_t at = scan::SkipSpacesBack(text, year.norm_begin);
  for (int words = 1; words <= kMostWords; ++words) {
    if (at > 0 && text[at - 1] == ',') at = scan::SkipSpacesBack(text, at - 1);
    const std::string_view word = scan::WordBefore(text, at);
    if (word.empty()) return false;
    const bool english = static_cast<unsigned char>(word[0]) < 0x80;
    if (english && !absl::ascii_isupper(static_cast<unsigned char>(word[0])) && word != "in") {
      return false;
    }
    at = scan::SkipSpacesBack(text, at - word.size());
    if (doc.engine.time_cues().MatchBefore(text, at, "born").entry) return true;
  }
  return false;
}

// A number that may be an age with no unit: a whole number of digits up to 130, alone or
// about ("عن عمر يناهز 95").
bool BareYears(const Claim& c) {
  const auto years = Whole(c.value);
  return c.kind == Kind::kNumber && years && *years <= 130 && c.unit.empty() && c.noun.empty() &&
         (c.qualifier.empty() || c.qualifier == "about") && c.script != "words";
}

// Whether a capitalized word follows the number: "died at 35 Elm Road" gives an address.
bool BeforeAName(const DocumentView& doc, const Claim& c) {
  const std::string_view text = doc.normalized.text();
  const size_t next = scan::SkipSpaces(text, c.norm_end);
  return next < text.size() && text[next] >= 'A' && text[next] <= 'Z';
}

// "died in 2019 at 84", "published in 1990, aged 29,": a bare number after "at" or "aged"
// right after a year, which ends its clause or an "and" follows ("joined in 2010 at 19 and
// retired"), is the age at that year's event; so
// after a weekday alone ("died on Sunday at 91,"), the event's year left to the publication;
// so right before "in" and the year ("won her first title at 21 in 2016.").
bool AtBesideAYear(const DocumentView& doc, size_t i) {
  const auto& claims = doc.claims;
  const Claim& c = claims[i];
  if (!BareYears(c) || !Cued(doc, c, "age-at-year")) return false;
  const std::string_view text = doc.normalized.text();
  const auto ends_a_clause = [&](const Claim& last) {
    return EndsAt(text, last.norm_end, ".,;\n") ||
           scan::WordAt(text, scan::SkipSpaces(text, last.norm_end)) == "and";
  };
  if (i + 1 < claims.size() && GregorianYear(claims[i + 1]) &&
      PlainWordsBetween(doc, c, claims[i + 1]) == "in") {
    return ends_a_clause(claims[i + 1]);
  }
  if (i == 0) return false;
  const Claim& time = claims[i - 1];
  const bool weekday = time.kind == Kind::kDate && time.value.empty() && time.weekday != 0;
  return (GregorianYear(time) || weekday) &&
         CoveredBy(PlainWordsBetween(doc, time, c), doc.engine.time_cues(), "age-at-year") &&
         ends_a_clause(c);
}

// Where the mark `open` stands right before a claim that the mark `close` ends ("Smith, 45,",
// "(72 عاما)"), spaces between; npos where the claim is not set off so.
size_t SetOffBy(std::string_view text, const Claim& c, char open, char close) {
  const size_t before = scan::SkipSpacesBack(text, c.norm_begin);
  const size_t after = scan::SkipSpaces(text, c.norm_end);
  if (before == 0 || text[before - 1] != open || after >= text.size() || text[after] != close) {
    return std::string_view::npos;
  }
  return before - 1;
}

// An age said as a bare number: after an age cue ("aged 45", "عمره 45", "is 45" in a sentence
// with a birth) or, as English news writes it, between commas after a name ("Smith, 45, was
// born in 1990").
bool BareAge(const DocumentView& doc, const Claim& c) {
  if (!BareYears(c)) return false;
  if (Cued(doc, c, "age")) return true;
  const std::string_view text = doc.normalized.text();
  const size_t comma = SetOffBy(text, c, ',', ',');
  if (comma == std::string_view::npos) return false;
  const size_t name_end = scan::SkipSpacesBack(text, comma);
  const std::string_view name = scan::WordBefore(text, name_end);
  if (name.empty()) return false;
  if (name[0] >= 'A' && name[0] <= 'Z') return true;
  // "The mayor, 45,", "The chief executive, 58,": a person named by what they are.
  size_t article_end = scan::SkipSpacesBack(text, name_end - name.size());
  for (int words = 0; words < 2; ++words) {
    const std::string_view article = scan::WordBefore(text, article_end);
    if (article == "The" || article == "the") return true;
    if (article.empty()) return false;
    article_end = scan::SkipSpacesBack(text, article_end - article.size());
  }
  return false;
}

// "قال الرئيس (72 عاما)", "جوزيف شرايبر (32 عاما)": a number of years alone in brackets right
// after a word is the age of whom that word names, as the Arabic press writes it; not a
// period restated a word or two after its cue ("فترة طويلة (27 عاما)", "لسنوات (10 أعوام)").
bool BracketedAfterAName(const DocumentView& doc, const Claim& c) {
  constexpr size_t kTwoWords = 24;  // bytes: "فترة طويلة"
  const std::string_view text = doc.normalized.text();
  const size_t open = SetOffBy(text, c, '(', ')');
  if (open == std::string_view::npos) return false;
  const size_t word_end = scan::SkipSpacesBack(text, open);
  if (word_end == 0 || !scan::IsLetter(scan::PreviousCodePoint(text, word_end))) return false;
  const size_t from = word_end > kTwoWords ? word_end - kTwoWords : 0;
  const scan::PhraseList& cues = doc.engine.time_cues();
  return !cues.StartsAWordIn(text, from, word_end, "period") &&
         !cues.StartsAWordIn(text, from, word_end, "spent") &&
         !cues.StartsAWordIn(text, from, word_end, "lasting") &&
         !doc.engine.time_units().StartsAWordIn(text, from, word_end, "");
}

// Whether a word of time_cues.tsv's `meaning` starts in the `bytes` before a claim, on its
// line (a headline's "his father" is not the body's).
bool CueInTheBytesBefore(const DocumentView& doc, const Claim& c, size_t bytes,
                         std::string_view meaning) {
  const size_t from = SentenceStartWithin(doc.normalized.text(), c, bytes, "\n");
  return doc.engine.time_cues().StartsAWordIn(doc.normalized.text(), from, c.norm_begin,
                                              meaning);
}

// Whether a word for another person stands a few words before a birth that the age follows
// ("Smith, whose son was born in 1990, is 60"): the birth is that person's.
bool AnotherPersonBorn(const DocumentView& doc, const Claim& age, const Claim& born) {
  constexpr size_t kNear = 40;  // bytes: "whose son was born in"
  return age.norm_begin >= born.norm_end && CueInTheBytesBefore(doc, born, kNear, "kin");
}

// Whether a word for another person stands in `text` (time_cues.tsv "kin"; "وابنه", and his
// son, with "و" glued).
bool NamesKin(const DocumentView& doc, std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    const std::string_view word = scan::WordAt(text, at);
    if (word.empty()) {
      size_t length = 1;
      scan::NextCodePoint(text, at, &length);
      at += length;
      continue;
    }
    if (doc.engine.time_cues().MatchAt(text, at, "kin").entry) return true;
    // ("وابنه": and his son, "و" glued.)
    const size_t glued = GluedAndLength(word);
    if (glued != 0 && doc.engine.time_cues().MatchAt(text, at + glued, "kin").entry) return true;
    at += word.size();
  }
  return false;
}

// Whether a word for another person stands between two claims ("Smith, 45, whose father was
// born in 1950", "والده المولود عام 1950"): the age and the birth are two people's.
bool AnotherPersonBetween(const DocumentView& doc, const Claim& a, const Claim& b) {
  return NamesKin(doc, BetweenEither(doc, a, b));
}

// "وتوفي فيها عام 1998": a verb of death a few words before a year.
bool AfterAVerbOfDeath(const DocumentView& doc, const Claim& year) {
  constexpr size_t kNear = 40;  // bytes: "وتوفي فيها", "رحل الموسيقار يوم"
  return CueInTheBytesBefore(doc, year, kNear, "died");
}

// Whether time `c` comes right after claim `a`, "in" alone between them: after a birth year
// ("توفي الشاعر المولود عام 1940 في آذار 2021") with a verb of death before the birth, or after
// an age a verb of death comes before ("وتوفي عن خمسة وسبعين عاما عام 2014"), the death's.
bool RightAfter(const DocumentView& doc, const Claim& a, const Claim& c) {
  if (c.norm_begin < a.norm_end) return false;
  const std::string words = PlainWordsBetween(doc, a, c);
  return words.empty() || words == "\xD9\x81\xD9\x8A" || words == "in" || words == "on";  // في
}

// Whether a verb of death opens the sentence before the birth year: "توفي الشاعر المولود عام".
bool DeathBeforeTheBirth(const DocumentView& doc, const Claim& born) {
  constexpr size_t kNear = 60;  // bytes before the birth year: the verb and the one who died
  return CueInTheBytesBefore(doc, born, kNear, "died");
}

// Whether a span of time stands between an age and a year after it: "he was 61, two years
// before he died in 2024" is an age at another time than the year's.
bool SpanOfTimeBetween(const DocumentView& doc, const Claim& age, const Claim& year) {
  auto c = std::partition_point(doc.claims.begin(), doc.claims.end(),
                                [&](const Claim& x) { return x.norm_begin < age.norm_end; });
  for (; c != doc.claims.end() && c->norm_end <= year.norm_begin; ++c) {
    if (c->kind == Kind::kDuration) return true;
  }
  return false;
}

// The year of a death said in the age's sentence, after the birth: the age is counted to it.
// The year follows a verb of death ("ولد عام 1950 وتوفي عام 2020 عن عمر 70 عاما", "died in
// 2020 aged 70"), or comes after the age, or right after the birth, in a sentence that a verb
// of death opens before the birth ("توفي الشاعر المولود عام 1941 عن عمر يناهز 74 عاما في عام
// 2015").
const Claim* YearOfDeath(const DocumentView& doc, const Claim& age, const Claim& born,
                         long born_year) {
  const bool death_first = DeathBeforeTheBirth(doc, born);
  for (const Claim& c : doc.claims) {
    if (c.sentence != age.sentence || &c == &born) continue;
    // "توفي ... عن عمر 71 عاما في مارس 2024": a date that writes the year names it too.
    const std::optional<long> year = YearNamed(doc, c);
    if (!year || *year <= born_year || SpanOfTimeBetween(doc, age, c)) continue;
    // ("توفي الفنان يوم الاثنين 4 أغسطس 2025 عن عمر": the verb a few words before it.)
    if (Cued(doc, c, "died") || AfterAVerbOfDeath(doc, c) ||
        (death_first && (c.norm_begin > age.norm_end || RightAfter(doc, born, c))) ||
        (RightAfter(doc, age, c) && AfterAVerbOfDeath(doc, age))) {
      return &c;
    }
  }
  return nullptr;
}

// The words before a comma that ends `words`; `words` where none does.
std::string_view BeforeATrailingComma(std::string_view words) {
  while (words.ends_with(' ')) words.remove_suffix(1);
  if (words.ends_with(',')) return words.substr(0, words.size() - 1);
  if (words.ends_with(kArabicComma)) return words.substr(0, words.size() - kArabicComma.size());
  return words;
}

// Whether words between two claims hold no mark that ends a phrase (a comma of either script,
// a semicolon, a colon, a bracket): the two are said together.
bool NoMarkIn(std::string_view words) {
  return words.find_first_of(",;:()") == std::string_view::npos &&
         words.find(kArabicComma) == std::string_view::npos;
}

// Where the words after `at` begin, past spaces and one comma if any ("lasted 12 days, until").
size_t AfterAComma(std::string_view text, size_t at) {
  return scan::SkipSpaces(text, text.size() - PastALeadingComma(text.substr(at)).size());
}

// The year of the event an age is at, right beside it with no mark between ("فاز بالجائزة
// عام 1990 عن عمر 40 عاما", "won her first title in 2003 at the age of 29"), after the birth.
// `words` past the cue right after an age that says it is one ("years old", "من عمره"),
// time_cues.tsv "age" said after it; `words` when none opens them.
std::string_view PastTheAgeCue(const DocumentView& doc, std::string_view words) {
  const size_t word = words.find_first_not_of(' ');
  if (word == std::string_view::npos) return words;
  const auto cue = doc.engine.time_cues().MatchAt(words, word, "age");
  if (!cue.entry || cue.entry->tags.at(1) != "after") return words;
  return words.substr(cue.end);
}

const Claim* YearOfTheEvent(const DocumentView& doc, const Claim& age, const Claim& born,
                            long born_year) {
  constexpr size_t kNear = 24;  // bytes: "عن عمر", "at the age of" and a preposition
  constexpr size_t kClause = 60;  // characters: "when she won her first title in"
  // The nearest such year: "moved in 1962 and retired at 65 in 2015" is 65 in 2015.
  const Claim* nearest = nullptr;
  size_t nearest_gap = 0;
  // "her 50th birthday with a concert in 2024": the birthday is the event, its clause long.
  const bool birthday = age.kind == Kind::kOrdinal && Cued(doc, age, "birthday");
  for (const Claim& c : doc.claims) {
    if (c.sentence != age.sentence || &c == &born || !GregorianYear(c) ||
        *Whole(c.value) <= born_year) {
      continue;
    }
    std::string_view between = BetweenEither(doc, age, c);
    // "elected in 1972, at 35", "فاز عام 1990، عن عمر 40 عاما": one comma right after the year;
    // "في الخامسة والعشرين من عمره، عام 1979." one right before a year that ends the clause, or
    // right after the age ("made his first film at 27, in 1989.").
    if (c.norm_end <= age.norm_begin) {
      between = PastALeadingComma(between);
    } else if (EndsAt(doc.normalized.text(), c.norm_end, ".,;:)\n")) {
      between = BeforeATrailingComma(between);
      if (!NoMarkIn(between)) between = PastALeadingComma(between);
    }
    const bool no_mark = NoMarkIn(between);
    // "was 29 when she won her first title in 2003": the year of the clause the age opens,
    // past the words that say it is an age ("45 years old when", "في الخامسة والأربعين من
    // عمره عندما").
    const bool after_age = c.norm_begin > age.norm_begin;
    if (after_age) between = PastTheAgeCue(doc, between);
    const size_t word = between.find_first_not_of(' ');
    const bool when = after_age && word != std::string_view::npos &&
                      doc.engine.time_cues().MatchAt(between, word, "event").entry;
    const bool near =
        no_mark && (between.size() <= kNear ||
                    ((when || birthday) && scan::CharacterCount(between) <= kClause));
    if (near && (nearest == nullptr || between.size() < nearest_gap)) {
      nearest = &c, nearest_gap = between.size();
    }
  }
  return nearest;
}

// "Founded in 1851,", "تأسست الصحيفة عام 1851،": a few words of founding open the sentence of
// the year, whose subject is then the sentence's own.
bool OpensWithItsOrigin(const DocumentView& doc, const Claim& began) {
  constexpr size_t kBefore = 32;  // bytes: "تأسست الفرقة عام"
  // A stop in the window (no further back: a document may have none) opens the sentence.
  const size_t at = began.norm_begin;
  const size_t from = at > kBefore ? at - kBefore - 1 : 0;
  const std::string_view text = doc.normalized.text();
  const std::string_view window = text.substr(from, at - from);
  return window.find_last_of(".\n") != std::string_view::npos || at <= kBefore;
}

// "The 100-year-old building, completed in 1934,": a thing's age in a hyphened word before
// its noun, a word or two, then past one comma what began it.
bool AgedThenFounded(const DocumentView& doc, const Claim& age, const Claim& began) {
  constexpr size_t kNear = 48;  // bytes: "-old concert hall, completed in"
  const std::string_view between = doc.Between(age, began);
  const size_t comma = between.find(',');
  return between.starts_with("-old ") && between.size() <= kNear &&
         comma != std::string_view::npos && comma == between.rfind(',') &&
         std::count(between.begin(), between.begin() + static_cast<std::ptrdiff_t>(comma),
                    ' ') <= 2;
}

// Whether `words` are only a verb of beginning (time_cues.tsv "origin"), a word of the year
// or "in" after it aside: "built in", "شيد عام".
bool OnlyAVerbOfBeginning(const scan::PhraseList& cues, std::string_view words) {
  for (const std::string_view meaning : {"year", "tie"}) {
    const auto m = cues.MatchBefore(words, words.size(), meaning);
    if (m.entry && m.end > 0) words = TrimSpaces(words.substr(0, m.end));
  }
  return CoveredBy(words, cues, "origin");
}

// "يبلغ عمر المبنى 120 عاما، إذ شيد عام 1904", "is 120 years old, having been built in 1904":
// past the comma that ends the age ("old" at most before it), a word that gives why
// (time_cues.tsv "reason"), then only the verb of beginning, its "in" or "عام" aside ("إذ تأسس
// الحزب عام 1904" names another thing).
bool AgedThenWhy(const DocumentView& doc, const Claim& age, const Claim& began) {
  constexpr size_t kNear = 48;  // bytes: " old, having been built in"
  const std::string_view between = doc.Between(age, began);
  const Comma ends = CommaIn(between, /*last=*/false);
  if (ends.at == std::string_view::npos || between.size() > kNear) return false;
  const std::string_view head = TrimSpaces(between.substr(0, ends.at));
  if (!head.empty() && head != "old") return false;
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& cues = doc.engine.time_cues();
  const size_t after = static_cast<size_t>(between.data() - text.data()) + ends.past;
  const auto reason = cues.MatchAt(text, scan::SkipSpaces(text, after), "reason");
  if (!reason.entry) return false;
  std::string_view verb = TrimSpaces(text.substr(reason.end, began.norm_begin - reason.end));
  return OnlyAVerbOfBeginning(cues, verb);
}

// "The museum, 150 years old this year, was founded in 1884": a thing's age set off by commas
// after its noun ("old" and "now" or "this year" at most before the second), then only "was"
// and the verb of beginning.
bool AgedInAnAsideThenFounded(const DocumentView& doc, const Claim& age, const Claim& began) {
  constexpr size_t kNear = 48;  // bytes: " years old this year, was founded in"
  const std::string_view between = doc.Between(age, began);
  const Comma ends = CommaIn(between, /*last=*/false);
  const std::string_view text = doc.normalized.text();
  size_t before = scan::SkipSpacesBack(text, age.norm_begin);
  // ("The club, now 100 years old,": "now" may open the aside.)
  if (scan::WordBefore(text, before) == "now") before = scan::SkipSpacesBack(text, before - 3);
  if (ends.at == std::string_view::npos || between.size() > kNear || before == 0 ||
      text[before - 1] != ',') {
    return false;
  }
  std::string_view head = TrimSpaces(between.substr(0, ends.at));
  if (!head.starts_with("old")) return false;
  head = TrimSpaces(head.substr(3));
  const scan::PhraseList& cues = doc.engine.time_cues();
  if (!head.empty() && head != "this year" && !CoveredBy(head, cues, "now")) return false;
  std::string_view verb = TrimSpaces(between.substr(ends.past));
  for (const std::string_view was : {"was ", "is "}) {
    if (verb.starts_with(was)) verb.remove_prefix(was.size());
  }
  return OnlyAVerbOfBeginning(cues, verb);
}

// When an age is counted to: now (the publication), an event's year, or only a death's.
// "The orchestra, founded in 1842, is now 182 years old", "تأسست الفرقة عام 1842 ويبلغ
// عمرها 182 عاما": a thing's age right after the year it began (a cue of beginning a few words
// before that year), nothing between but "and" and the age's own cue ("is now", "ويبلغ
// عمرها"), which leaves no room for another subject ("by Smith, who is now 60").
bool FoundedAndAged(const DocumentView& doc, const Claim& began, const Claim& age) {
  constexpr size_t kBefore = 32;  // bytes: "founded in", "تأسست الفرقة عام"
  if (!CueInTheBytesBefore(doc, began, kBefore, "origin")) return false;
  if (age.norm_end <= began.norm_begin) {
    return AgedThenFounded(doc, age, began) || AgedThenWhy(doc, age, began) ||
           AgedInAnAsideThenFounded(doc, age, began);
  }
  if (age.norm_begin <= began.norm_end) return false;
  std::string words = PlainWordsBetween(doc, began, age);
  // "and" past a comma joins the sentence's own verb, whose subject may be another: "He joined
  // the company, founded in 1987, and turned 35"; not where the founding opens the sentence
  // ("تأسست الصحيفة عام 1851، ويبلغ عمرها اليوم 173 عاما").
  const bool comma = HasComma(doc.Between(began, age));
  const bool opens = OpensWithItsOrigin(doc, began);
  const size_t conjunction = absl::StartsWith(words, "and ")        ? 4
                             : absl::StartsWith(words, "\xD9\x88") ? 2  // و glued to the verb
                                                                   : 0;
  if (conjunction > 0 && comma && !opens) return false;
  const scan::PhraseList& cues = doc.engine.time_cues();
  const std::string_view rest = std::string_view(words).substr(conjunction);
  if (CoveredBy(rest, cues, "age")) return true;
  // "Founded in 1851, the newspaper is 173 years old": the opening's subject, a word or two
  // (no one's: "the newspaper's owner is 60"), then a word of age.
  if (!opens || !comma || conjunction > 0 || rest.find('\'') != std::string_view::npos ||
      rest.find(" of ") != std::string_view::npos) {
    return false;
  }
  const size_t space = rest.rfind(' ');
  const size_t words_before = static_cast<size_t>(std::count(rest.begin(), rest.end(), ' '));
  return space != std::string_view::npos && words_before <= 3 &&
         CoveredBy(rest.substr(space + 1), cues, "age");
}

// "(72 عاما) المولود في 1948", "(35 عاما)، وهو من مواليد 1980": nothing between an age and a
// birth after it but the birth's cue and "وهو", "وهي".
bool BornRightAfter(const DocumentView& doc, const Claim& age, const Claim& born) {
  if (born.norm_begin < age.norm_end) return false;
  std::string words = PlainWordsBetween(doc, age, born);
  for (std::string_view he : {"\xD9\x88\xD9\x87\xD9\x88 ", "\xD9\x88\xD9\x87\xD9\x8A "}) {
    if (std::string_view(words).starts_with(he)) words.erase(0, he.size());  // "وهو ", "وهي "
  }
  return CoveredBy(words, doc.engine.time_cues(), "born");
}

// Bytes before an age where a verb of death is looked for ("وتوفي يوم الأحد الماضي عن عمر
// يناهز").
constexpr size_t kDeathBeforeAge = 64;

// Whether a word for another person stands a few words before an age in its sentence ("توفي
// والده عن 79 عاما", "His father died at 79"): the one who died is someone's kin, and a birth
// beside them may be that someone's.
bool KinBeforeTheAge(const DocumentView& doc, const Claim& age) {
  const std::string_view text = doc.normalized.text();
  const size_t from = SentenceStartWithin(text, age, kDeathBeforeAge);
  return NamesKin(doc, text.substr(from, age.norm_begin - from));
}

// Whether a verb of death stands a few words before the age, or before the birth that comes
// before it and its word of birth ("توفي الفنان المولود عام 1938 عن عمر", "توفي الحائز على
// جائزة نوبل، المولود في 4 مارس 1948، عن عمر"), no kin named between ("توفي شقيق الكاتب،
// المولود في": the birth may be the writer's).
bool DiedAtTheAge(const DocumentView& doc, const Claim& age, const Claim& born) {
  constexpr size_t kBeforeBirth = 32;  // characters: "توفي الحائز على جائزة نوبل،"
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& cues = doc.engine.time_cues();
  const size_t begin = SentenceStartWithin(text, age, kDeathBeforeAge);
  if (cues.StartsAWordIn(text, begin, age.norm_begin, "died")) return true;
  if (born.norm_end > age.norm_begin) return false;
  size_t birth = born.norm_begin;
  if (const auto cue = cues.MatchBefore(text, scan::SkipSpacesBack(text, birth), "born");
      cue.entry) {
    birth = cue.end;
  }
  const size_t from = scan::CharactersBack(text, birth, kBeforeBirth);
  return cues.StartsAWordIn(text, from, birth, "died") &&
         !NamesKin(doc, text.substr(from, birth - from));
}

// "وتوفي أمس عن عمر ناهز 68 عاما", "died on Sunday at the age of 68": a death a few words
// before the age (or before the birth, "توفي الفنان المولود عام 1938 أمس عن عمر"), on a day
// named from the publication ("أمس", "today") or by its weekday alone, which is within the
// week before it, or in a week or month named from it ("الشهر الماضي", time_cues.tsv
// "lately"): the age is counted to the publication's year.
bool DiedLately(const DocumentView& doc, const Claim& age, const Claim& born) {
  const std::string_view text = doc.normalized.text();
  const size_t begin = SentenceStartWithin(text, age, kDeathBeforeAge);
  const Engine& engine = doc.engine;
  return DiedAtTheAge(doc, age, born) &&
         (engine.time_cues().StartsAWordIn(text, begin, age.norm_begin, "day-of") ||
          engine.time_cues().StartsAWordIn(text, begin, age.norm_begin, "lately") ||
          engine.weekdays().StartsAWordIn(text, begin, age.norm_begin, ""));
}

// "celebrated her 78th birthday on Monday", "احتفلت أمس بعيد ميلادها الثمانين": a birthday
// on a day named from the publication or by its weekday alone, or "this year", a few words
// after the age or before it in its sentence, is in the publication's year.
bool BirthdayLately(const DocumentView& doc, const Claim& age) {
  constexpr size_t kAfter = 40;  // bytes: "birthday on Monday", "الثمانين يوم الاثنين"
  constexpr size_t kBefore = 64;  // bytes: "احتفلت الفنانة يوم الأحد"
  if (age.kind != Kind::kOrdinal || !Cued(doc, age, "birthday")) return false;
  const std::string_view text = doc.normalized.text();
  const size_t begin = SentenceStartWithin(text, age, kBefore);
  const size_t end = std::min(text.size(), age.norm_end + kAfter);
  const Engine& engine = doc.engine;
  return engine.time_cues().StartsAWordIn(text, begin, end, "day-of") ||
         engine.time_cues().StartsAWordIn(text, begin, end, "this-year") ||
         engine.weekdays().StartsAWordIn(text, begin, end, "");
}

// Whether no claim of claims [first, last) but `year` names a year ("who celebrated her 68th
// birthday on Monday, died in 2020" tells of another time).
bool OnlyYearOfItsSentence(const DocumentView& doc, const Claim& year, size_t first,
                           size_t last) {
  for (size_t j = first; j < last; ++j) {
    if (&doc.claims[j] != &year && YearNamed(doc, doc.claims[j])) return false;
  }
  return true;
}

enum class AgeAt { kNow, kEvent, kDeath };

// The ten ages of an age in a decade of life ("in his 60s", "في الستينيات من عمره": from a
// multiple of ten, said in words or as "60s"); none for any other claim.
std::optional<std::pair<long, long>> DecadeOfLife(const Claim& c) {
  if (c.kind != Kind::kDuration || c.unit != "year" || c.qualifier != "range" || !c.lower ||
      !c.upper || !(c.script == "words" || c.text.ends_with('s'))) {
    return std::nullopt;
  }
  const long low = Whole(c.lower->value).value_or(-1);
  const long high = Whole(c.upper->value).value_or(-1);
  if (low < 0 || low % 10 != 0 || high != low + 9) return std::nullopt;
  return std::pair{low, high};
}

// Whether a word of `meaning` (time_cues.tsv) stands a few words before an age in its clause:
// "decade-age" places an age in a decade of life now or at a death ("is now in his sixties",
// "وهو الآن في الستينيات من عمره"), "now" an age in an ordinal's word ("وهي اليوم في الخامسة
// والسبعين من عمرها").
bool AgeCuedInItsClause(const DocumentView& doc, const Claim& c, std::string_view meaning) {
  constexpr size_t kNear = 24;  // bytes: "is now in his", "وهو الآن في"
  const std::string_view text = doc.normalized.text();
  const size_t from = ClauseStartWithin(text, c, kNear, ".,;(");
  return doc.engine.time_cues().StartsAWordIn(text, from, c.norm_begin, meaning);
}

// "and she is 59 now", "وهو يبلغ 59 عاما الآن": a word of now right after an age, ending its
// clause.
bool NowEndsItsClause(const DocumentView& doc, const Claim& c) {
  const std::string_view text = doc.normalized.text();
  const auto now = doc.engine.time_cues().MatchAt(text, scan::SkipSpaces(text, c.norm_end), "now");
  return now.entry && EndsAt(text, now.end, ".,;\n");
}

// The ages an age claim allows: its one value, or a decade's ten.
std::pair<long, long> StatedAge(const Claim& c) {
  if (const auto decade = DecadeOfLife(c)) return *decade;
  const long age = *Whole(c.value);
  return {age, age};
}

// "turned 90 two years ago", "بلغ التسعين قبل عامين": the years back from now of a time right
// after the age, which the age is at.
std::optional<YearsBack> AgoRightAfter(const DocumentView& doc, size_t i) {
  constexpr size_t kNear = 24;  // bytes: "years old two", "عاما قبل"
  const Claim& age = doc.claims[i];
  if (i + 1 >= doc.claims.size()) return std::nullopt;
  const Claim& ago = doc.claims[i + 1];
  if (ago.sentence != age.sentence || ago.qualifier != "ago") return std::nullopt;
  const std::string_view between = doc.Between(age, ago);
  if (between.size() > kNear || !NoMarkIn(between)) return std::nullopt;
  return YearsBackOf(ago);
}

// "ولد في 12 أغسطس 1996، ويبلغ من العمر 27 عاما": a birth on a day written out, and an age now,
// is one age on the publication's day: the years to it, less one before that year's birthday.
std::optional<long> AgeOnThePublication(const DocumentView& doc, const Claim& born) {
  const std::optional<YearMonthDay> birth = ParseIsoDate(born.value);
  if (!doc.published || !birth || !YearNamed(doc, born)) return std::nullopt;
  const YearMonthDay& now = *doc.published;
  const bool before_the_birthday =
      now.month < birth->month || (now.month == birth->month && now.day < birth->day);
  return now.year - birth->year - (before_the_birthday ? 1 : 0);
}

// `at`: an age at an event ("عن عمر", "at the age of") is checked only against the year of a
// death or of the event right beside it, since the event may be any year; one after a bare
// "عن" only against a death's.
void CheckAge(const DocumentView& doc, size_t i, AgeAt at, Reporter* reporter) {
  const Claim& age = doc.claims[i];
  const std::optional<YearsBack> back = doc.published ? AgoRightAfter(doc, i) : std::nullopt;
  const bool at_event = at != AgeAt::kNow;
  // "الرئيس (72 عاما) المولود في 1948": an age in brackets is checked against a birth right
  // after it, which then names the one the brackets follow (not "نظيره المولود في 1960").
  const bool bracketed = BracketedAfterAName(doc, age) && !Cued(doc, age, "age");
  // The claims of the age's sentence: outward from it.
  size_t first = i, last = i + 1;
  while (first > 0 && doc.claims[first - 1].sentence == age.sentence) --first;
  while (last < doc.claims.size() && doc.claims[last].sentence == age.sentence) ++last;
  for (size_t j = first; j < last; ++j) {
    const Claim& born = doc.claims[j];
    // "born in 1950", "born on March 12, 1960": a year, or a date that writes it.
    const std::optional<long> born_year = YearNamed(doc, born);
    if (!born_year || (bracketed && !BornRightAfter(doc, age, born))) continue;
    const bool person = Cued(doc, born, "born") || BornAFewWordsBefore(doc, born);
    if (!person && !(at == AgeAt::kNow && FoundedAndAged(doc, born, age))) continue;
    if (AnotherPersonBetween(doc, age, born) || AnotherPersonBorn(doc, age, born)) continue;
    // A birthday is never at death: "who celebrated her 68th birthday in Paris, died in 2020".
    const bool a_birthday = age.kind == Kind::kOrdinal && Cued(doc, age, "birthday");
    const Claim* died = a_birthday ? nullptr : YearOfDeath(doc, age, born, *born_year);
    // "توفي الشاعر المولود عام 1940 والذي هاجر عام 1960 عن عمر ناهز 81 عاما": after a verb of
    // death before the birth, the age is at death, not at the year beside it.
    const bool at_death = at == AgeAt::kDeath || DeathBeforeTheBirth(doc, born);
    const Claim* until = died || at == AgeAt::kNow || at_death
                             ? died
                             : YearOfTheEvent(doc, age, born, *born_year);
    // "The bridge, built in 1932, turned 90 in 2022": a thing's age at the year beside it, and
    // at no time the sentence leaves open by naming another year.
    if (!person && !until) {
      until = YearOfTheEvent(doc, age, born, *born_year);
      if (!until && !OnlyYearOfItsSentence(doc, born, first, last)) continue;
    }
    // "born in 1958, turned 66 on her birthday in 2024": a birthday passed in the year named
    // with it, the age exactly that year's count.
    const bool turned = Cued(doc, age, "turned");
    if (turned && !until && person) until = YearOfTheEvent(doc, age, born, *born_year);
    const bool birthday = !until && at_event && BirthdayLately(doc, age) &&
                          OnlyYearOfItsSentence(doc, born, first, last);
    const bool lately = birthday || (!until && at_event && DiedLately(doc, age, born));
    // "توفيت عن 79 عاما، وهي من مواليد 1951": a death of no year named is before the
    // publication, which bounds the age at it from above.
    const bool died_before = !until && at_event && !lately && doc.published &&
                             (at == AgeAt::kDeath || DiedAtTheAge(doc, age, born)) &&
                             !KinBeforeTheAge(doc, age);
    const bool ago = !until && back.has_value();
    if (!until && !ago && ((at_event && !lately && !died_before) || !doc.published)) continue;
    const long year = until ? *YearNamed(doc, *until)
                            : doc.published->year - (ago ? back->years : 0);
    const long expected = year - *born_year;
    // "in his sixties": any age of the decade; "عن عمر يناهز 75 عاما": nearing an age is a
    // year short of it, too.
    const auto [low, high] = StatedAge(age);
    if (died_before && !ago) {
      if (low <= expected + (age.qualifier == "about" ? 2 : 0)) continue;
      std::vector<SpanRef> spans = {SpanOf(born), SpanOf(age)};
      SortByStart(&spans);
      reporter->Report("time.age_mismatch",
                       absl::StrCat("born in ", *born_year, ", the person was at most ",
                                    expected, " at a death by ", year, ", not ", low),
                       std::move(spans), absl::StrCat("<=", expected), std::to_string(low));
      continue;
    }
    // A birthday in the year named with it is that year's age exactly, as "turned" is.
    const long slack = ((turned || a_birthday) && until ? 0 : age.qualifier == "about" ? 2 : 1) +
                       (ago ? back->slack : 0);
    const std::optional<long> exact =
        at == AgeAt::kNow && !until && !ago && person ? AgeOnThePublication(doc, born)
                                                      : std::nullopt;
    const long middle = exact ? *exact : expected;
    if (middle + slack >= low && middle - slack <= high) continue;
    const std::string stated = low == high ? std::to_string(low) : absl::StrCat(low, "-", high);
    std::vector<SpanRef> spans = {SpanOf(born), SpanOf(age)};
    if (until) spans.push_back(SpanOf(*until));
    SortByStart(&spans);
    const bool death = died || at == AgeAt::kDeath || (lately && !birthday);
    // ("66 in 2024" after "turned"; "65 or 66" where the birthday may be still to come.)
    const std::string ages = slack == 0 || exact ? std::to_string(middle)
                                                 : absl::StrCat(expected - 1, " or ", expected);
    // (An exact age is only ever asked with a publication date, the day it is at.)
    reporter->Report("time.age_mismatch",
                     exact ? absl::StrFormat("born on %s, the person is %d on %04d-%02d-%02d, "
                                             "not %s",
                                             born.value, middle, doc.published->year,
                                             doc.published->month, doc.published->day, stated)
                           : absl::StrCat(person ? "born in " : "begun in ", *born_year,
                                          person ? ", the person is " : ", it is ", ages,
                                          death ? " at death in " : " in ", year, ", not ",
                                          stated),
                     std::move(spans), std::to_string(middle), stated);
  }
}

// A number of years said plainly or about so much: an age's, a period's.
bool YearsSaid(const Claim& c) {
  return YearsDuration(c) && (c.qualifier.empty() || c.qualifier == "about");
}

// Whether the clause of an age after an earlier one names no subject of its own: it opens
// with the age's words or a pronoun ("and he is now 49", "; she is now 42", time_cues.tsv
// "same-subject"), or with an Arabic verb and a word at most ("ويبلغ الآن 64 عاما"), not another
// noun ("the trophy is now 90 years old", "his rival is now 71").
bool OfTheSameSubject(const DocumentView& doc, const Claim& c) {
  constexpr size_t kClause = 40;  // bytes: "and he is now aged"
  const std::string_view text = doc.normalized.text();
  const size_t from = ClauseStartWithin(text, c, kClause, ",;.\n");
  std::string_view words = TrimSpaces(text.substr(from, c.norm_begin - from));
  if (words.starts_with("and ")) words.remove_prefix(4);
  const size_t first = static_cast<size_t>(words.data() - text.data());
  const auto pronoun = doc.engine.time_cues().MatchAt(text, first, "same-subject");
  if (words.empty() || static_cast<unsigned char>(words[0]) >= 0x80) {
    // ("وهو يبلغ اليوم": the person's pronoun, then the verb and "now".)
    if (pronoun.entry) words = TrimSpaces(text.substr(pronoun.end, c.norm_begin - pronoun.end));
    return std::count(words.begin(), words.end(), ' ') <= 1;
  }
  return pronoun.entry != nullptr;
}

// Whether a year is named before claim j in its sentence.
bool AYearBefore(const DocumentView& doc, size_t j) {
  const auto& claims = doc.claims;
  for (size_t k = j; k-- > 0 && claims[k].sentence == claims[j].sentence;) {
    if (YearNamed(doc, claims[k])) return true;
  }
  return false;
}

// "The veteran, 97, was 12 when war broke out in 1939", "He was 23 when he founded the
// company in 1998, and is now 49": an age at an event against the age the sentence gives its
// person now, before or after it, with no birth year: born the publication's year less the
// age now or the year before, so a year either way of the event's year less that.
void CheckAgeAgainstAgeNow(const DocumentView& doc, size_t i, Reporter* reporter) {
  const auto& claims = doc.claims;
  const Claim& then = claims[i];
  if (!doc.published) return;
  const Claim* now = nullptr;
  for (size_t j = i; j-- > 0 && claims[j].sentence == then.sentence;) {
    const Claim& c = claims[j];
    if (YearNamed(doc, c) && Cued(doc, c, "born")) return;  // CheckAge reads the birth
    // "The 35-year-old, who joined in 2019 at 25": an age in years before its "-old" too; not
    // one a year comes before ("made his debut in 2003, aged 17, and retired in 2021 at 35"),
    // the age at that year's event.
    if (now == nullptr && (BareAge(doc, c) || (YearsSaid(c) && Cued(doc, c, "age")))) {
      if (AYearBefore(doc, j)) return;
      now = &c;
    }
  }
  for (size_t j = i + 1; now == nullptr && j < claims.size() &&
                         claims[j].sentence == then.sentence; ++j) {
    const Claim& c = claims[j];
    if (YearNamed(doc, c) && Cued(doc, c, "born")) return;
    const bool age = BareAge(doc, c) || (YearsSaid(c) && Cued(doc, c, "age"));
    if (age && (AgeCuedInItsClause(doc, c, "now") || NowEndsItsClause(doc, c)) &&
        OfTheSameSubject(doc, c)) {
      now = &c;
    }
  }
  if (now == nullptr || AnotherPersonBetween(doc, *now, then)) return;
  const long born = doc.published->year - *Whole(now->value);
  const Claim* event = YearOfTheEvent(doc, then, *now, born);
  if (event == nullptr) return;
  const long expected = *Whole(event->value) - born;
  const long stated = *Whole(then.value);
  if (std::labs(stated - expected) <= 1) return;
  reporter->Report("time.age_mismatch",
                   absl::StrCat(now->value, " in ", doc.published->year, " is ", expected - 1,
                                " to ", expected + 1, " in ", event->value, ", not ", stated),
                   {SpanOf(*now), SpanOf(then), SpanOf(*event)}, std::to_string(expected),
                   then.value);
}

// An age in years at an event: "at the age of 75", "عن عمر 75 عاما", "died in 2019 at 84".
bool YearsAtAnEvent(const DocumentView& doc, size_t i) {
  const Claim& c = doc.claims[i];
  return (YearsSaid(c) || BareYears(c)) && !BeforeAName(doc, c) &&
         (Cued(doc, c, "age-at") || AtBesideAYear(doc, i));
}

// Whether English words between two ages may name another person: a capital letter ("won in
// 2005 at 19, Federer in 2017 at 35") but for a place's after a preposition ("moved to Paris
// in 1990"), or any word of Arabic script, whose names it cannot tell.
bool MayNameAnother(std::string_view between) {
  static constexpr std::string_view kPlaceBefore[] = {"in", "to", "from", "at", "for", "of"};
  std::string_view before;
  for (size_t at = 0, end = 0; at < between.size(); at = end + 1) {
    end = std::min(between.find_first_of(" ,;()", at), between.size());
    const std::string_view word = between.substr(at, end - at);
    if (word.empty()) continue;
    const bool arabic = std::any_of(word.begin(), word.end(),
                                    [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
    const bool place = absl::c_linear_search(kPlaceBefore, before);
    if (arabic || (absl::ascii_isupper(static_cast<unsigned char>(word[0])) && !place)) {
      return true;
    }
    before = word;
  }
  return false;
}

// "made his debut in 2003 at the age of 17 and retired in 2021, aged 35": an age at an event
// after an earlier age in the sentence ("at 17", "aged 17"), each with its year, grows by the
// years between, a year either way.
void CheckAgeAgainstAnEarlierAge(const DocumentView& doc, size_t i, Reporter* reporter) {
  const auto& claims = doc.claims;
  const Claim& later = claims[i];
  const Claim* earlier = nullptr;
  for (size_t j = i; j-- > 0 && claims[j].sentence == later.sentence;) {
    if (YearNamed(doc, claims[j]) && Cued(doc, claims[j], "born")) return;  // CheckAge's
    if (earlier == nullptr && (YearsAtAnEvent(doc, j) || BareAge(doc, claims[j]))) {
      earlier = &claims[j];
    }
  }
  if (earlier == nullptr || MayNameAnother(doc.Between(*earlier, later)) ||
      AnotherPersonBetween(doc, *earlier, later)) {  // "and his son won the seat in 2021 at 35"
    return;
  }
  const Claim* when = YearOfTheEvent(doc, later, later, 0);
  // ("at the age of 16 and left in 2020 at the age of 28": the later's year is not the
  // earlier's, however near.)
  const Claim* then = when ? YearOfTheEvent(doc, *earlier, *when, 0) : nullptr;
  if (then == nullptr) return;
  const long expected = *Whole(earlier->value) + *Whole(when->value) - *Whole(then->value);
  const long stated = *Whole(later.value);
  if (std::labs(stated - expected) <= 1) return;
  std::vector<SpanRef> spans = {SpanOf(*earlier), SpanOf(*then), SpanOf(later), SpanOf(*when)};
  SortByStart(&spans);
  reporter->Report("time.age_mismatch",
                   absl::StrCat(earlier->value, " in ", then->value, " is ", expected - 1,
                                " to ", expected + 1, " in ", when->value, ", not ", stated),
                   std::move(spans), std::to_string(expected), later.value);
}

// "last year, in 2020", "العام الماضي 2020", "next year, in 2025": a year right after them,
// with nothing but "in" or a parenthesis between, names it; it must be the year before or
// after publication. A comma alone may start another clause ("ارتفعت العام الماضي، 2019 كان
// أسوأ"). "A year later, in 2011" counts from another time, and is left.
void CheckYearNamed(const DocumentView& doc, size_t i, Reporter* reporter) {
  const auto& claims = doc.claims;
  if (!doc.published || i + 1 >= claims.size()) return;
  const Claim& relative = claims[i];
  const Claim& named = claims[i + 1];
  if (!GregorianYear(named) || named.sentence != relative.sentence) {
    return;
  }
  const bool next = relative.qualifier == "later";
  // "العام المقبل (2025)", "next year, in 2025", "العام المقبل، أي في 2025": nothing but a
  // bracket, or a word that ties the two; a comma alone starts another clause ("العام الماضي،
  // 2019 كان أسوأ").
  const bool comma_alone = PlainWordsBetween(doc, relative, named).empty() &&
                           HasComma(doc.Between(relative, named));
  if ((next && !NamedWhole(doc, relative)) || !Tied(doc, relative, named) || comma_alone) return;
  const long expected = doc.published->year + (next ? 1 : -1);
  if (*Whole(named.value) == expected) return;
  reporter->Report("time.relative_mismatch",
                   absl::StrCat("the year ", next ? "after " : "before ", doc.published->year,
                                " is ", expected, ", not ", named.value),
                   {SpanOf(relative), SpanOf(named)}, std::to_string(expected), named.value);
}

// The years a period lasted, between the year it began and the year it ended, said with it:
// "تولى الحكم عام 1981 واستمر فيه 30 عاما حتى تنحيه عام 2011" (a word of lasting before the
// period, "until" and the end after it), "began in 1975 and ended in 1990 after 15 years of
// fighting" (both years before, a verb of beginning before the first, "after" the end and
// "of" what lasted: "joined in 1975, won in 1990 after 3 years of training" counts from
// elsewhere). A birth year is no start.
// "ended in 1990 after 15 years", "وانتهت عام 1988 بعد ثماني سنوات" (a time later whose
// claim holds the "after"), "was completed in 2024, seven years later" (set off by a comma),
// "ended in 1990, lasting 15 years": a period said after the year it ended.
bool AfterTheEnd(const DocumentView& doc, const Claim& end, const Claim& period) {
  const scan::PhraseList& cues = doc.engine.time_cues();
  std::string words = PlainWordsBetween(doc, end, period);
  if (absl::StartsWith(words, "and ")) words.erase(0, 4);
  // "ويستمر حتى 8 يونيو، أي 11 يوما", "واكتمل في مارس 2024، أي بعد سبع سنوات": restated after a
  // comma.
  const bool restated = CoveredBy(words, cues, "restate") && HasComma(doc.Between(end, period));
  if (period.qualifier == "later") {
    return (words.empty() &&
            (cues.MatchAt(doc.normalized.text(), period.norm_begin, "after-end").entry ||
             HasComma(doc.Between(end, period)))) ||
           restated;
  }
  // "ended on Feb. 14, lasting 39 days", "وانتهت في 14 فبراير واستمرت 39 يوما".
  return period.qualifier.empty() && (CoveredBy(words, cues, "after-end") ||
                                      CoveredBy(words, cues, "lasting") || restated);
}

bool EndedAfterWhatBegan(const DocumentView& doc, size_t i);

void CheckYearsBetween(const DocumentView& doc, size_t i, Reporter* reporter) {
  constexpr size_t kNear = 60;   // bytes: a verb and its object between a year and the period
  constexpr size_t kUntil = 36;  // bytes: "حتى تنحيه عام", "until his death in", "، وتنتهي بذلك في"
  constexpr size_t kLasting = 20;  // bytes: "واستمر فيه", "lasted for"
  constexpr size_t kLastingWhat = 40;  // bytes: "استغرق بناء السد", "the work lasted"
  const auto& claims = doc.claims;
  const Claim& d = claims[i];
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& cues = doc.engine.time_cues();
  // ("launched in March 2019": the year of a month or a day counts as its year.)
  const auto year_at = [&](size_t j) {
    return j < claims.size() && claims[j].sentence == d.sentence &&
           YearNamed(doc, claims[j]).has_value() && claims[j].qualifier.empty() &&
           !Cued(doc, claims[j], "born");
  };
  const auto near = [&](const Claim& a, const Claim& b, size_t bytes) {
    const std::string_view between = doc.Between(a, b);
    return between.size() <= bytes && between.find('.') == std::string_view::npos;
  };
  // "lasted ten years, until 1988": a comma may stand before "until".
  const size_t until = AfterAComma(text, d.norm_end);
  // "took office in 2004 and served for 12 years until 2016": "for" right before the period
  // where a verb of beginning says what the year before it started.
  // "تولى منصبه عام 2014 وقاد الحكومة 8 أعوام حتى استقالته عام 2022": a verb of spending with
  // its object, after a verb of beginning before the first year.
  constexpr size_t kSpent = 32;  // bytes: "وقاد الحكومة", "and led the party for"
  const auto lasted = [&] {
    // "The contract, signed in 2020 for five years, expires in 2027": what was made, for the
    // period right after its year (not "Founded in 1990, the firm was run by Smith for 20
    // years until 2015").
    const bool made_for = (CueInTheBytesBefore(doc, claims[i - 1], kNear, "origin") ||
                           CueInTheBytesBefore(doc, claims[i - 1], kNear, "signed")) &&
                          CoveredBy(PlainWordsBetween(doc, claims[i - 1], d), cues, "one-period");
    if (made_for) return true;
    const bool began = CueInTheBytesBefore(doc, claims[i - 1], kNear, "began");
    return CueInTheBytesBefore(doc, d, kLasting, "lasting") ||
           (began && (Cued(doc, d, "one-period") || CueInTheBytesBefore(doc, d, kSpent, "spent")));
  };
  size_t start = 0, end = 0;
  if (d.qualifier.empty() && i > 0 && year_at(i - 1) && year_at(i + 1) &&
      near(claims[i - 1], d, kNear) && near(d, claims[i + 1], kUntil) &&
      cues.MatchAt(text, until, "until").entry && lasted()) {
    start = i - 1, end = i + 1;
  } else if (i > 1 && year_at(i - 2) && year_at(i - 1) && AfterTheEnd(doc, claims[i - 1], d) &&
             (CueInTheBytesBefore(doc, claims[i - 2], kNear, "began") ||
              CueInTheBytesBefore(doc, claims[i - 2], kNear, "origin")) &&
             near(claims[i - 2], claims[i - 1], kNear) &&
             (cues.MatchAt(text, scan::SkipSpaces(text, d.norm_end), "of-what").entry ||
              EndsAt(text, d.norm_end, ".\n"))) {
    start = i - 2, end = i - 1;
  } else if (d.qualifier.empty() && year_at(i + 1) && year_at(i + 2) &&
             CueInTheBytesBefore(doc, d, kLastingWhat, "lasting") &&
             near(d, claims[i + 1], kNear) &&
             cues.StartsAWordIn(text, d.norm_end, claims[i + 1].norm_begin, "began") &&
             near(claims[i + 1], claims[i + 2], kUntil) &&
             cues.MatchAt(text, scan::SkipSpaces(text, claims[i + 1].norm_end), "until").entry) {
    // "استغرق بناء السد 11 عاما، إذ بدأ عام 2011 وانتهى عام 2022", "took 11 years, starting in
    // 2011 and ending in 2022": the period first (what lasted it may stand between its verb
    // and it), then the years it began and ended.
    start = i + 1, end = i + 2;
  } else if (i > 0 && year_at(i - 1) && year_at(i + 1) && EndedAfterWhatBegan(doc, i)) {
    // "retired in 2024 after 32 years with the company, which he joined in 1992".
    start = i + 1, end = i - 1;
  } else {
    return;
  }
  const long from = *YearNamed(doc, claims[start]), to = *YearNamed(doc, claims[end]);
  if (to <= from) return;
  CheckYearsOf(from, to, d, {SpanOf(claims[start]), SpanOf(d), SpanOf(claims[end])}, reporter);
}

// Which way a cue ties the period claim `d` to the event after it: 1 where the period runs to
// that event from the one before ("six years after", "بعد ست سنوات من"), -1 where it runs
// from it to the one before ("30 years before", "قبل 30 عاما من"), 0 where none does. English
// puts the cue after the period, Arabic before it and "من" or "على" after.
int TiedToTheEventAfter(const DocumentView& doc, const Claim& d) {
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& cues = doc.engine.time_cues();
  const size_t next = scan::SkipSpaces(text, d.norm_end);
  constexpr std::pair<std::string_view, int> kWays[] = {{"years-after", 1}, {"years-before", -1}};
  for (const auto& [meaning, way] : kWays) {
    const auto english = cues.MatchAt(text, next, meaning);
    if (english.entry && english.entry->tags.at(1) == "after") return way;
  }
  // "بعد غياب دام 33 عاما منذ انسحابه في 1984", "after an absence of 33 years since it left
  // in 1984": "since" right after the period, a word of "after" a few words before it.
  constexpr size_t kAfterWords = 32;  // bytes: "بعد غياب دام", "after an absence of"
  const size_t clause = ClauseStartWithin(text, d, kAfterWords, ".,;:(\n");
  if (cues.MatchAt(text, next, "since").entry &&
      cues.StartsAWordIn(text, clause, d.norm_begin, "years-after")) {
    return 1;
  }
  if (!cues.MatchAt(text, next, "of-event").entry) return 0;
  const size_t cue_end = scan::SkipSpacesBack(text, d.norm_begin);
  for (const auto& [meaning, way] : kWays) {
    if (cues.MatchBefore(text, cue_end, meaning).entry) return way;
  }
  return 0;
}

// "opened in 2024, six years after construction began in 2018", "افتتح المتحف عام 2024 بعد ست
// سنوات من بدء البناء عام 2018", "Six years after construction began in 2018, it opened in
// 2024": a period from the year of the event after it, in its clause, to the year of the
// event before it (or, where it opens the sentence, after the first). "signed in 1994, 30
// years before the 2024 summit": the same, the years the other way.
void CheckYearsAfter(const DocumentView& doc, size_t i, Reporter* reporter) {
  constexpr size_t kNear = 60;  // bytes: "construction began in", "من بدء أعمال البناء في"
  const auto& claims = doc.claims;
  const Claim& d = claims[i];
  if (!d.qualifier.empty() || i + 1 >= claims.size()) return;
  const int way = TiedToTheEventAfter(doc, d);
  if (way == 0) return;
  const bool after = way > 0;
  // The event after the period, in its clause: no mark between.
  const auto close = [&](const Claim& a, const Claim& b) {
    return a.sentence == b.sentence && AFewWords(doc.Between(a, b), kNear, ",.;:(");
  };
  // "after the end of the First World War in 1918": an ordinal of a name on the way.
  size_t f = i + 1;
  while (f + 1 < claims.size() && claims[f].kind == Kind::kOrdinal) ++f;
  const Claim& first = claims[f];
  const std::optional<long> event = YearNamed(doc, first);
  // ("بعد إغلاق دام عشر سنوات منذ عام 2010": since a year said alone, which counts to now.)
  if (!event || !close(d, first) || first.qualifier == "since") return;
  const bool before = i > 0 && claims[i - 1].sentence == d.sentence &&
                      doc.Between(claims[i - 1], d).size() <= kNear;
  const Claim* other = before ? &claims[i - 1] : nullptr;
  if (!before && (i > 0 && claims[i - 1].sentence == d.sentence)) return;
  if (!before && f + 1 < claims.size() && claims[f + 1].sentence == d.sentence &&
      doc.Between(first, claims[f + 1]).size() <= kNear) {
    other = &claims[f + 1];
  }
  const std::optional<long> other_year = other ? YearNamed(doc, *other) : std::nullopt;
  if (!other_year) return;
  const long since = after ? *event : *other_year, until = after ? *other_year : *event;
  if (until <= since) return;
  std::vector<SpanRef> spans = {SpanOf(*other), SpanOf(d), SpanOf(first)};
  SortByStart(&spans);
  CheckYearsOf(since, until, d, std::move(spans), reporter);
}

// The one claim of claim i's sentence before it for which `is` holds; null where there is none
// or more than one (which one a span counts from is then not said).
template <typename Pred>
const Claim* TheOneBefore(const DocumentView& doc, size_t i, Pred is) {
  const Claim* found = nullptr;
  for (size_t j = i; j-- > 0 && doc.claims[j].sentence == doc.claims[i].sentence;) {
    if (!is(doc.claims[j])) continue;
    if (found != nullptr) return nullptr;
    found = &doc.claims[j];
  }
  return found;
}

// Whether claim i opens its sentence, "و" glued before it allowed ("وبعد 15 عاما").
bool OpensItsSentence(const DocumentView& doc, size_t i) {
  const Claim& c = doc.claims[i];
  if (i > 0 && doc.claims[i - 1].sentence == c.sentence) return false;
  const std::string_view text = doc.normalized.text();
  size_t p = scan::SkipSpacesBack(text, c.norm_begin);
  if (p >= 2 && text.substr(p - 2, 2) == "\xD9\x88") {  // و
    p = scan::SkipSpacesBack(text, p - 2);
  }
  return OpensASentence(text, p);
}

// "completed in 1932, it was closed 90 years later, in 2022", "افتتح عام 1932، وبعد 90 عاما، أي
// في 2022، أغلق": a time later, the year it reached right after it, from the one year the
// sentence named before it (with two, which one it counts from is not said), or, where the time
// opens its sentence ("It was listed in 2008. Sixteen years later, in 2022"), the one year of
// the sentence before.
void CheckYearsLater(const DocumentView& doc, size_t i, Reporter* reporter) {
  constexpr size_t kAWord = 16;  // bytes: ", in", "، في عام", "، أي في"
  const auto& claims = doc.claims;
  const Claim& d = claims[i];
  // "80 years later", "بعد 80 عاما"; "expired after 20 years, in 2024" (a period after which).
  const std::string_view text = doc.normalized.text();
  const auto cue = doc.engine.time_cues().MatchBefore(
      text, scan::SkipSpacesBack(text, d.norm_begin), "years-after");
  const bool after_it = d.qualifier.empty() && cue.entry && cue.entry->tags.at(1) == "after";
  if (!(d.qualifier == "later" || after_it) || i == 0 || i + 1 >= claims.size()) return;
  const Claim& after = claims[i + 1];
  const std::string_view between = doc.Between(d, after);
  if (after.sentence != d.sentence || between.size() > kAWord ||
      between.find_first_of(".;:(") != std::string_view::npos) {
    return;
  }
  const std::optional<long> until = YearNamed(doc, after);
  if (!until) return;
  const auto year = [&](const Claim& c) { return YearNamed(doc, c).has_value(); };
  const Claim* first = TheOneBefore(doc, i, year);
  if (first == nullptr && OpensItsSentence(doc, i)) {
    first = TheOneOfTheSentenceBefore(doc.claims, i, year);
  }
  if (first == nullptr) return;
  const long since = *YearNamed(doc, *first);
  if (*until <= since) return;
  CheckYearsOf(since, *until, d, {SpanOf(*first), SpanOf(d), SpanOf(after)}, reporter);
}

// A date of a day as a count of days; a date without its year takes `year`.
std::optional<long> DayNumber(const Claim& c, int year) {
  if (c.kind != Kind::kDate || c.calendar != "gregorian") return std::nullopt;
  if (std::optional<YearMonthDay> full = ParseIsoDate(c.value)) return JulianDay(*full);
  if (c.value.size() != 7 || !c.value.starts_with("--")) return std::nullopt;  // "--MM-DD"
  std::optional<YearMonthDay> date = ParseIsoDate(absl::StrCat(year, c.value.substr(1)));
  if (!date) return std::nullopt;
  return JulianDay(*date);
}

// "The strike began 15 days ago, on May 17", "بدأ الإضراب قبل 15 يوما، في 17 مايو": days or
// weeks before the publication date against a date tied to them, a day either way (a story is
// written the day before it is out), half a week for weeks; a date with no year is the last
// of its day and month. (Days later count from an event more often than from now.)
void CheckDaysAgo(const DocumentView& doc, const Claim& ago, Reporter* reporter) {
  const std::optional<long> n = Whole(ago.value);
  const long per = ago.unit == "day" ? 1 : ago.unit == "week" ? 7 : 0;
  // ("أمس", "last week": one in words, which a story keeps from the day it was written.)
  const bool one_in_words = ago.script == "words" && ago.value == "1";
  if (!doc.published || !n || per == 0 || ago.approx || !ago.lower || !ago.upper ||
      one_in_words) {
    return;
  }
  const YearMonthDay& pub = *doc.published;
  const absl::CivilDay now(pub.year, pub.month, pub.day);
  const absl::CivilDay implied = now - per * *n;
  const long today = JulianDay(pub), implied_day = today - per * *n;
  for (const Claim& c : doc.claims) {
    if (c.sentence != ago.sentence || c.kind != Kind::kDate || !Tied(doc, ago, c)) continue;
    std::optional<long> day = DayNumber(c, pub.year);
    if (day && *day > today && c.value.starts_with("--")) day = DayNumber(c, pub.year - 1);
    // A date of another year than the one counted to says the publication date is not the
    // story's (an archive dated anew): nothing to weigh.
    const std::optional<YearMonthDay> full = ParseIsoDate(c.value);
    if (!day || (full && full->year != implied.year())) return;
    const long off = *day - implied_day;
    if (std::labs(off) <= std::max(1L, per / 2)) return;
    const std::string expected = absl::FormatCivilTime(implied);
    const std::string found = absl::FormatCivilTime(implied + off);
    reporter->Report("time.relative_mismatch",
                     absl::StrCat(ago.value, " ", ago.unit, ago.value == "1" ? "" : "s",
                                  " before ", absl::FormatCivilTime(now), " is ", expected,
                                  ", not ", found),
                     {SpanOf(ago), SpanOf(c)}, expected, found);
    return;
  }
}

// Whether two dates are the ends of one period: "from May 5 to May 17", "من 5 إلى 17 مايو".
bool FromDateToDate(const DocumentView& doc, const Claim& a, const Claim& b) {
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& ranges = doc.engine.range_cues();
  if (a.kind != Kind::kDate || b.kind != Kind::kDate || a.sentence != b.sentence) return false;
  const auto open = ranges.MatchBefore(text, scan::SkipSpacesBack(text, a.norm_begin), "open");
  if (!open.entry) return false;
  const std::string words = PlainWordsBetween(doc, a, b);
  const auto to = ranges.MatchAt(words, 0, "join");
  // ("من يناير حتى يونيو": a join that needs its opener has it.)
  return to.entry && to.end == words.size() &&
         (to.entry->tags.size() == 1 || to.entry->tags[1] == open.entry->phrase);
}

// "began on March 11 and ended on May 20, after 10 weeks", "بدأت في 11 مارس وانتهت في 20
// مايو بعد 10 أسابيع": two dates before claim i, a verb of beginning before the first, the
// period "after" the second, and then what lasted or the end of the sentence.
bool BeganThenEndedBefore(const DocumentView& doc, size_t i) {
  constexpr size_t kNear = 60;  // bytes: "the trial began on", "ended on"
  const auto& claims = doc.claims;
  if (i < 2) return false;
  const Claim &began = claims[i - 2], &ended = claims[i - 1], &d = claims[i];
  const std::string_view text = doc.normalized.text();
  return began.kind == Kind::kDate && ended.kind == Kind::kDate &&
         began.sentence == d.sentence && ended.sentence == d.sentence &&
         doc.Between(began, ended).size() <= kNear && AfterTheEnd(doc, ended, d) &&
         CueInTheBytesBefore(doc, began, kNear, "began") &&
         (doc.engine.time_cues().MatchAt(text, scan::SkipSpaces(text, d.norm_end), "of-what")
              .entry ||
          EndsAt(text, d.norm_end, ".\n"));
}

// "The strike began on Jan. 10 and ended 20 days later, on Feb. 5", "بدأ الإضراب في 10 يناير
// وانتهى بعد 20 يوما في 5 فبراير": a time later (claim i) between a date a verb of beginning
// stands before and the date it led to, "on", "في" or "يوم" alone between them.
bool LaterOnADate(const DocumentView& doc, size_t i) {
  constexpr size_t kNear = 60;  // bytes: "began on", ", ended"
  constexpr std::string_view kIn = "\xD9\x81\xD9\x8A";             // في
  constexpr std::string_view kDay = "\xD9\x8A\xD9\x88\xD9\x85";  // يوم
  const auto& claims = doc.claims;
  if (i == 0 || i + 1 >= claims.size()) return false;
  const Claim &began = claims[i - 1], &d = claims[i], &ended = claims[i + 1];
  if (d.qualifier != "later" || began.kind != Kind::kDate || ended.kind != Kind::kDate ||
      began.sentence != d.sentence || ended.sentence != d.sentence ||
      doc.Between(began, d).size() > kNear) {
    return false;
  }
  // ("The law was passed in July 2023 and took effect 18 months later": what began may be
  // what was made.)
  const std::string words = PlainWordsBetween(doc, d, ended);
  // ("بعد ثلاثة أيام، يوم الجمعة 8 مارس": "يوم" before the day.)
  return (words.empty() || words == "on" || words == kIn || words == kDay) &&
         (CueInTheBytesBefore(doc, began, kNear, "began") ||
          CueInTheBytesBefore(doc, began, kNear, "origin"));
}

// "freed on May 3 after 49 days in captivity that began on March 15", "أفرج عنهم في 3 مايو
// بعد 49 يوما من الاحتجاز الذي بدأ في 15 مارس": the end's date (or year), the time "after" it a
// word or two on, then a few words and a verb of beginning before the date (year) it began.
bool EndedAfterWhatBegan(const DocumentView& doc, size_t i) {
  constexpr size_t kNear = 48;  // bytes: " in captivity that began on"
  constexpr std::string_view kAfter = "\xD8\xA8\xD8\xB9\xD8\xAF";  // بعد
  const auto& claims = doc.claims;
  if (i == 0 || i + 1 >= claims.size()) return false;
  const Claim &ended = claims[i - 1], &d = claims[i], &began = claims[i + 1];
  // ("retired in 2024 after 32 years with the company, which he joined in 1992": two years.)
  const bool dates = began.kind == Kind::kDate && ended.kind == Kind::kDate;
  const bool years = GregorianYear(began) && GregorianYear(ended);
  if ((!d.qualifier.empty() && d.qualifier != "later") || !(dates || years) ||
      ended.sentence != d.sentence ||
      began.sentence != d.sentence || doc.Between(d, began).size() > kNear) {
    return false;
  }
  // ("بعد" is the claim's own where it reads it as "later".) "بعد مسيرة امتدت", "after a
  // career of": two words more may name what lasted.
  const std::string after = PlainWordsBetween(doc, ended, d);
  const std::string_view word = std::string_view(after).substr(0, after.find(' '));
  const bool after_what = (word == "after" || word == kAfter) && word.size() < after.size() &&
                          std::count(after.begin(), after.end(), ' ') <= 3;
  // "takes effect on January 1, 2025, 18 months after it was passed in July 2023": "after"
  // right after the period, what began made then.
  const std::string_view text = doc.normalized.text();
  const bool after_it =
      after.empty() && d.qualifier.empty() && dates &&
      scan::WordAt(text, scan::SkipSpaces(text, d.norm_end)) == "after" &&
      CueInTheBytesBefore(doc, began, kNear / 2, "origin");
  return after_it ||
         ((after == "after" || after == kAfter || after_what ||
           (after.empty() && d.qualifier == "later")) &&
          (CueInTheBytesBefore(doc, began, kNear / 2, "began") ||
           (years && CueInTheBytesBefore(doc, began, kNear / 2, "joined"))));
}

// The two dates a period is said of (EndsOfThePeriod).
struct DateEnds {
  const Claim* from = nullptr;
  const Claim* to = nullptr;
  bool until = false;  // the second after "until", the first the sentence's one other date
};

// "The 40-day mourning period ends on July 10, having begun on June 1", "runs until March 30,
// having opened on January 15, a run of 75 days": the end's date after "until" (time_cues.tsv),
// then the start's a few words on after a verb of beginning; the period a few words before
// the end's date or a few after the start's.
DateEnds EndThenItsStart(const DocumentView& doc, size_t i) {
  constexpr size_t kNear = 32;   // bytes: "mourning period ends on", ", a run of"
  constexpr size_t kStart = 48;  // bytes: ", having begun on"
  const auto& claims = doc.claims;
  const Claim& d = claims[i];
  const std::string_view text = doc.normalized.text();
  const auto near = [&](const Claim& a, const Claim& b) {
    return a.sentence == b.sentence && doc.Between(a, b).size() <= kNear;
  };
  size_t e = 0;  // the end's date
  if (i + 2 < claims.size() && near(d, claims[i + 1])) {
    e = i + 1;
  } else if (i >= 2 && near(claims[i - 1], d)) {
    e = i - 2;
  } else {
    return {};
  }
  const Claim &end = claims[e], &start = claims[e + 1];
  if (end.kind != Kind::kDate || start.kind != Kind::kDate || end.sentence != start.sentence ||
      doc.Between(end, start).size() > kStart ||
      !doc.engine.time_cues()
           .MatchBefore(text, scan::SkipSpacesBack(text, end.norm_begin), "until")
           .entry ||
      !CueInTheBytesBefore(doc, start, kStart, "began")) {
    return {};
  }
  return {&start, &end};
}

// "ran from June 3 to June 9, drew 80,000 visitors over its five days": a period said later in
// the sentence as that of what the dates were of (time_cues.tsv "its-period"), the two dates
// the last times before it.
DateEnds DatesBackToItsPeriod(const DocumentView& doc, size_t i) {
  const auto& claims = doc.claims;
  const Claim& d = claims[i];
  const std::string_view text = doc.normalized.text();
  if (!doc.engine.time_cues()
           .MatchBefore(text, scan::SkipSpacesBack(text, d.norm_begin), "its-period")
           .entry) {
    return {};
  }
  for (size_t j = i; j >= 2 && claims[j - 1].sentence == d.sentence; --j) {
    const Claim& c = claims[j - 1];
    if (c.kind == Kind::kDate) {
      return FromDateToDate(doc, claims[j - 2], c) ? DateEnds{&claims[j - 2], &c} : DateEnds{};
    }
    if (c.kind == Kind::kDuration || c.kind == Kind::kYear) return {};
  }
  return {};
}

// The two dates a period is said of, in its sentence: right after it ("a 12-day ceasefire from
// May 5 to May 17"), right before it ("from 3 to 9 June, seven days"), or the one other date
// before it and the one after "until" ("held for 12 days until May 17"), or as
// EndThenItsStart and DatesBackToItsPeriod read them.
DateEnds EndsOfThePeriod(const DocumentView& doc, size_t i) {
  constexpr size_t kNear = 32;  // bytes: "ceasefire ran", "of music", "في الفضاء، من"
  const auto& claims = doc.claims;
  const Claim& d = claims[i];
  const std::string_view text = doc.normalized.text();
  const auto near = [&](const Claim& a, const Claim& b) {
    return a.sentence == b.sentence && doc.Between(a, b).size() <= kNear;
  };
  if (i + 2 < claims.size() && near(d, claims[i + 1]) &&
      FromDateToDate(doc, claims[i + 1], claims[i + 2])) {
    return {&claims[i + 1], &claims[i + 2]};
  }
  if (i >= 2 && near(claims[i - 1], d) && FromDateToDate(doc, claims[i - 2], claims[i - 1])) {
    return {&claims[i - 2], &claims[i - 1]};
  }
  // "a four-year contract on July 1, 2024, running until June 30, 2026": the date right after
  // the period, then "until" (time_cues.tsv) the other.
  if (i + 2 < claims.size() && near(d, claims[i + 1]) && claims[i + 1].kind == Kind::kDate &&
      claims[i + 2].kind == Kind::kDate && claims[i + 2].sentence == d.sentence &&
      CoveredBy(PlainWordsBetween(doc, claims[i + 1], claims[i + 2]), doc.engine.time_cues(),
                "until")) {
    return {&claims[i + 1], &claims[i + 2]};
  }
  if (BeganThenEndedBefore(doc, i)) return {&claims[i - 2], &claims[i - 1]};
  if (LaterOnADate(doc, i)) return {&claims[i - 1], &claims[i + 1]};
  if (EndedAfterWhatBegan(doc, i)) return {&claims[i + 1], &claims[i - 1]};
  if (i + 1 < claims.size() && claims[i + 1].sentence == d.sentence &&
      doc.engine.time_cues().MatchAt(text, AfterAComma(text, d.norm_end), "until").entry &&
      CoveredBy(PlainWordsBetween(doc, d, claims[i + 1]), doc.engine.time_cues(), "until")) {
    // ("إجازة عيد الفطر في 9 أبريل": a feast's name is a date of its own calendar.)
    const std::string& calendar = claims[i + 1].calendar;
    return {TheOneBefore(doc, i,
                         [&calendar](const Claim& c) {
                           return c.kind == Kind::kDate && c.calendar == calendar;
                         }),
            &claims[i + 1], true};
  }
  if (const DateEnds ends = EndThenItsStart(doc, i); ends.from != nullptr) return ends;
  return DatesBackToItsPeriod(doc, i);
}

// `fits`: what the dates allow, in words ("14 or 15 days"); `said_as`: the period as said.
void ReportSpan(const DateEnds& ends, const Claim& d, long span, long said,
                const std::string& fits, const std::string& said_as, Reporter* reporter) {
  std::vector<SpanRef> spans = {SpanOf(*ends.from), SpanOf(d), SpanOf(*ends.to)};
  SortByStart(&spans);
  reporter->Report("time.duration_mismatch",
                   absl::StrCat("from ", ends.from->text, " to ", ends.to->text, " is ", fits,
                                ", not ", said_as),
                   std::move(spans), std::to_string(span), std::to_string(said));
}

// A number of days against the days between two dates, or a day more for counting both ends.
void CheckDaysBetween(const DocumentView& doc, const Claim& d, const DateEnds& ends,
                      Reporter* reporter) {
  // "three weeks, from 10 to 24 March": seven days a week.
  const long per = d.unit == "day" ? 1 : 7;
  // A date without its year is in the other's, else any year: only the span counts.
  int year = doc.published ? doc.published->year : 2001;
  for (const Claim* c : {ends.from, ends.to}) {
    if (const std::optional<YearMonthDay> full = ParseIsoDate(c->value)) year = full->year;
  }
  const std::optional<long> a = DayNumber(*ends.from, year);
  std::optional<long> b = DayNumber(*ends.to, year);
  // "from December 28 to January 3": the end in the next year.
  if (a && b && *b <= *a && ends.to->value.starts_with("--")) b = DayNumber(*ends.to, year + 1);
  if (!a || !b || *b <= *a) return;
  // "a three-day visit from 13 to 15" counts both ends; days, unlike years, are counted whole.
  const long span = *b - *a, days = per * *Whole(d.value);
  // Weeks are said to the nearest one: "two weeks later" of 17 days.
  const long slack = per / 2;
  if (days >= span - slack && days <= span + 1 + slack) return;
  ReportSpan(ends, d, span, days, absl::StrCat(span, " or ", span + 1, " days"),
             absl::StrCat(days, per == 7 ? absl::StrCat(" (", d.value, " weeks)") : ""),
             reporter);
}

// The month of a Gregorian date that names its year, counted from the year 0; else nullopt.
std::optional<long> MonthNumber(const Claim& c) {
  if (c.kind != Kind::kDate || c.calendar != "gregorian" || c.value.size() < 7 ||
      c.value[4] != '-') {
    return std::nullopt;
  }
  const auto year = Whole(c.value.substr(0, 4)), month = Whole(c.value.substr(5, 2));
  if (!year || !month) return std::nullopt;
  return *year * 12 + *month - 1;
}

// The day of the month a Gregorian date names ("2024-07-15", "--07-15": 15); else nullopt.
std::optional<long> DayOfTheMonth(const Claim& c) {
  const bool full = c.value.size() == 10 && c.value[4] == '-';
  const bool yearless = c.value.size() == 7 && c.value.starts_with("--");
  if (c.kind != Kind::kDate || c.calendar != "gregorian" || !(full || yearless)) {
    return std::nullopt;
  }
  return Whole(c.value.substr(c.value.size() - 2));
}

// The month of a Gregorian day and month named without a year ("--07-15"), 1 to 12.
std::optional<long> MonthOfTheYear(const Claim& c) {
  if (c.kind != Kind::kDate || c.calendar != "gregorian" || c.value.size() != 7 ||
      !c.value.starts_with("--")) {
    return std::nullopt;
  }
  return Whole(c.value.substr(2, 2));
}

// How many months the second of two dates is after the first: of dates that name their years,
// nothing where the second is not later; with `yearless`, of days named without years too
// ("من 15 جويلية إلى 15 سبتمبر"), across a new year where the second month comes first,
// nothing in one month.
std::optional<long> MonthsApart(const DateEnds& ends, bool yearless = false) {
  const std::optional<long> a = MonthNumber(*ends.from), b = MonthNumber(*ends.to);
  if (a && b) return *b > *a ? std::optional<long>(*b - *a) : std::nullopt;
  if (!yearless) return std::nullopt;
  const std::optional<long> x = MonthOfTheYear(*ends.from), y = MonthOfTheYear(*ends.to);
  if (!x || !y || *x == *y) return std::nullopt;
  return *y > *x ? *y - *x : *y + 12 - *x;
}

// "The siege lasted 18 months, from March 2022 to June 2023": a number of months against the
// months between two dates that name their years, one either way (both ends counted, or a
// month begun).
void CheckMonthsBetween(const Claim& d, const DateEnds& ends, Reporter* reporter) {
  const std::optional<long> apart = MonthsApart(ends, /*yearless=*/true);
  if (!apart) return;
  const long span = *apart, months = *Whole(d.value);
  // Of two days ("from July 15 to September 15, two months"), the months and the days past
  // them, less than a month either way.
  const std::optional<long> from_day = DayOfTheMonth(*ends.from), to_day = DayOfTheMonth(*ends.to);
  std::string fits = absl::StrCat(span - 1, " to ", span + 1, " months");
  if (from_day && to_day) {
    constexpr double kDaysAMonth = 30.44;
    const double exact = static_cast<double>(span) + (*to_day - *from_day) / kDaysAMonth;
    const double slack = d.qualifier == "about" ? 1.5 : 1;
    if (std::fabs(static_cast<double>(months) - exact) < slack) return;
    fits = absl::StrFormat("about %.1f months", exact);
  } else if (std::labs(months - span) <= 1 || d.qualifier == "about") {
    return;  // ("about 20 months, from October 2021 to March 2023": months of no days, loose)
  }
  ReportSpan(ends, d, span, months, fits, std::to_string(months), reporter);
}

// "a four-year contract from July 2024 to June 2026": a number of years against the months
// between two dates that name their years, reported only more than a year off (a term is said
// in whole years of a span that may run a few months short or over).
void CheckYearsBetween(const Claim& d, const DateEnds& ends, Reporter* reporter) {
  const std::optional<long> apart = MonthsApart(ends);
  if (!apart) return;
  const long span = *apart, years = *Whole(d.value);
  if (std::labs(years * 12 - span) <= 12) return;
  const long about = (span + 6) / 12;  // whole years, to the nearest
  ReportSpan(ends, d, span, years * 12,
             absl::StrCat("about ", about, about == 1 ? " year" : " years"),
             absl::StrCat(years, years == 1 ? " year" : " years"), reporter);
}

// A number of days, weeks, months or years against the two dates it is said of.
void CheckSpanOfDates(const DocumentView& doc, size_t i, Reporter* reporter) {
  const Claim& d = doc.claims[i];
  const bool days = d.unit == "day" || d.unit == "week";
  // "وانتهى في 20 مايو بعد 80 يوما": a time later whose claim holds the "after".
  const bool after_the_end =
      d.qualifier == "later" &&
      (BeganThenEndedBefore(doc, i) || LaterOnADate(doc, i) || EndedAfterWhatBegan(doc, i));
  const bool months = d.unit == "month" || d.unit == "year";
  // ("from March 2 to May 20, nearly three months": months about so many between two days,
  // weighed loosely.)
  const bool about_months = d.unit == "month" && d.qualifier == "about";
  if (!(days || months) || (!d.qualifier.empty() && !after_the_end && !about_months) ||
      (d.approx && !about_months) || !Whole(d.value)) {
    return;
  }
  const DateEnds ends = EndsOfThePeriod(doc, i);
  if (ends.from == nullptr || ends.to == nullptr) return;
  if (days) return CheckDaysBetween(doc, d, ends, reporter);
  // "over the 12 months until March 2024" counts back from its end, not from another date.
  if (ends.until) return;
  if (d.unit == "month") return CheckMonthsBetween(d, ends, reporter);
  CheckYearsBetween(d, ends, reporter);
}

// "the 51st anniversary of the 1973 war", "بالذكرى الـ51 لحرب أكتوبر 1973": an event
// (time_cues.tsv "event") named right after an anniversary's ordinal, before `after`, and the
// year of the next claim, a few words on in its clause, which dates it.
const Claim* EventYearAfter(const DocumentView& doc, const Claim& n, size_t after) {
  constexpr size_t kYearNear = 64;  // bytes: "anniversary of the October", "لحرب أكتوبر"
  const std::string_view text = doc.normalized.text();
  if (!doc.engine.time_cues().StartsAWordIn(text, n.norm_end, after, "event")) return nullptr;
  const auto next = std::partition_point(doc.claims.begin(), doc.claims.end(),
                                         [&](const Claim& c) { return c.norm_begin < n.norm_end; });
  if (next == doc.claims.end() || next->sentence != n.sentence || !next->qualifier.empty() ||
      !YearNamed(doc, *next) || next->norm_begin - n.norm_end > kYearNear ||
      HasComma(doc.Between(n, *next))) {
    return nullptr;
  }
  return &*next;
}

// Whether `n`'s sentence opens on what the sentence before named, a few words before it, no
// comma between: "It", or an Arabic verb with a glued "و" ("ويحتفل هذا العام بمرور").
bool OpensOnTheSubjectBefore(const DocumentView& doc, const Claim& n) {
  constexpr size_t kOpening = 64;  // bytes: "ويحتفل المتحف هذا العام بمرور"
  const std::string_view text = doc.normalized.text();
  const size_t start = scan::SkipSpaces(text, SentenceStartWithin(text, n, kOpening));
  if (!OpensASentence(text, start) || HasComma(text.substr(start, n.norm_begin - start))) {
    return false;
  }
  const std::string_view first = scan::WordAt(text, start);
  return first == "It" || (first.size() > 2 && first.starts_with("\xD9\x88"));  // و
}

// The one year the sentence before `n`'s names, where a cue of what began comes a few words
// before it ("The museum opened in 1974."), and `n`'s sentence opens on it; null otherwise.
const Claim* OriginInTheSentenceBefore(const DocumentView& doc, const Claim& n) {
  constexpr size_t kOriginNear = 40;  // bytes
  if (!OpensOnTheSubjectBefore(doc, n)) return nullptr;
  const Claim* origin = nullptr;
  for (const Claim& c : doc.claims) {
    if (c.sentence + 1 != n.sentence || !c.qualifier.empty() || !YearNamed(doc, c)) continue;
    if (origin != nullptr) return nullptr;
    origin = &c;
  }
  const bool began = origin != nullptr &&
                     (CueInTheBytesBefore(doc, *origin, kOriginNear, "origin") ||
                      CueInTheBytesBefore(doc, *origin, kOriginNear, "began"));
  return began ? origin : nullptr;
}

// "now in its fourth year", "دخل الجفاف عامه الرابع": an ordinal that counts the years of what
// began, the one running now the last (time_cues.tsv "running-year": "its" before and "year"
// after, or a year's word with "its" glued to it before).
// The year must be running now, a word before it says so ("now", "entered", "دخل": "running-
// now"; "In its first year, the fund raised" is past), and the years of what began alone: the
// words end the clause there, or say when ("in February"), not what else they count ("its
// second year in the top flight", "عامه الثالث على التوالي").
bool RunningYear(const DocumentView& doc, const Claim& c) {
  constexpr size_t kNow = 64;  // bytes: "دخل الجفاف، الذي بدأ عام 2021، عامه"
  const std::string_view text = doc.normalized.text();
  const scan::PhraseList& cues = doc.engine.time_cues();
  if (!CueInTheBytesBefore(doc, c, kNow, "running-now")) return false;
  const auto before =
      cues.MatchBefore(text, scan::SkipSpacesBack(text, c.norm_begin), "running-year");
  if (!before.entry || before.entry->tags.at(1) == "after") return false;
  size_t end = c.norm_end;
  if (before.entry->tags.at(1) != "whole") {
    const auto after = cues.MatchAt(text, scan::SkipSpaces(text, c.norm_end), "running-year");
    if (!after.entry || after.entry->tags.at(1) != "after") return false;
    end = after.end;
  }
  if (EndsAt(text, end, ".,;:)\n")) return true;
  // ("entered its third year in February": a time of it right after "in".)
  const auto in = cues.MatchAt(text, scan::SkipSpaces(text, end), "era");
  if (!in.entry) return false;
  const auto next = std::partition_point(doc.claims.begin(), doc.claims.end(),
                                         [&](const Claim& x) { return x.norm_begin < end; });
  return next != doc.claims.end() && next->norm_begin == scan::SkipSpaces(text, in.end) &&
         (next->kind == Kind::kDate || next->kind == Kind::kYear);
}

// "founded in 1998, it celebrated its 25th anniversary last year", "احتفلت بالذكرى الـ25
// لتأسيسها عام 1998": an anniversary falls its ordinal's years after the year of what it
// marks (a cue of beginning a few words before that year), in a year the sentence names or,
// naming none that fits, about the publication's.
// The anniversary must be what began's own: "its 25th", "ذكراها الـ25", or what began named
// after it ("الذكرى الـ25 لتأسيسها"); not "the 50th anniversary of its founder's birth".
// `running`: the ordinal counts the year now running ("in its fourth year", RunningYear), a
// year fewer gone by.
void CheckAnniversary(const DocumentView& doc, const Claim& n, Reporter* reporter,
                      bool running = false) {
  constexpr size_t kNear = 30;  // bytes: "founded in", "لتأسيسها", "anniversary of its"
  const std::string_view text = doc.normalized.text();
  const size_t after = std::min(text.size(), n.norm_end + kNear);
  const bool whose = running || Cued(doc, n, "own") || AnniversaryOfItsOrigin(doc, n) ||
                     doc.engine.time_cues().StartsAWordIn(text, n.norm_end, after, "origin");
  const Claim* event = whose ? nullptr : EventYearAfter(doc, n, after);
  if (!whose && event == nullptr) return;
  const Claim* origin = nullptr;
  long began = 0;
  std::vector<std::pair<const Claim*, long>> others;  // the other years the sentence names
  for (const Claim& c : doc.claims) {
    if (c.sentence != n.sentence || !c.qualifier.empty()) continue;
    const std::optional<long> year = YearNamed(doc, c);
    if (!year) continue;
    // "توقيع الاتفاقية في 1994": what began may be named between its cue and its year.
    constexpr size_t kOriginNear = 40;  // bytes
    const bool begins = event ? &c == event
                              : CueInTheBytesBefore(doc, c, kOriginNear, "origin") ||
                                    CueInTheBytesBefore(doc, c, kOriginNear, "began");
    if (begins && origin == nullptr) {
      origin = &c, began = *year;
    } else {
      others.emplace_back(&c, *year);
    }
  }
  // "The museum opened in 1974. It marks its 50th anniversary this year": "its" of the
  // origin the sentence before names, where this one names no year.
  if (origin == nullptr && whose && others.empty()) {
    origin = OriginInTheSentenceBefore(doc, n);
    if (origin != nullptr) began = *YearNamed(doc, *origin);
  }
  if (origin == nullptr) return;
  const long years = (n.kind == Kind::kOrdinal ? *Whole(n.value) : *SpanInYears(n)) -
                     (running ? 1 : 0);
  const long falls = began + years;
  for (const auto& [c, year] : others) {
    if (year == falls) return;
  }
  // "celebrated its centenary in 2013": a year tied to the anniversary is when it fell.
  const bool dated =
      absl::c_any_of(others, [&](const auto& other) { return Tied(doc, n, *other.first); });
  if (!dated && doc.published && std::labs(doc.published->year - falls) <= 1) return;
  if (others.empty() && !doc.published) return;
  const std::string message =
      running ? absl::StrCat("year ", years + 1, " from ", began, " is ", falls)
              : absl::StrCat(years, " years after ", began, " is ", falls);
  if (others.empty()) {
    reporter->Report("time.relative_mismatch",
                     absl::StrCat(message, ", not about ", doc.published->year),
                     {SpanOf(*origin), SpanOf(n)}, std::to_string(falls),
                     std::to_string(doc.published->year));
  } else {
    const auto& [other, year] = others.front();
    reporter->Report("time.duration_mismatch", absl::StrCat(message, ", not ", year),
                     {SpanOf(*origin), SpanOf(n), SpanOf(*other)}, std::to_string(falls),
                     std::to_string(year));
  }
}

// "يبلغ عمر الشيخ 72 عاما": the age of someone named by one word between "عمر" and the years
// (time_cues.tsv "age-of").
bool AgeOfSomeone(const DocumentView& doc, const Claim& c) {
  constexpr std::string_view kThe = "\xD8\xA7\xD9\x84";  // ال
  const std::string_view text = doc.normalized.text();
  size_t end = scan::SkipSpacesBack(text, c.norm_begin);
  // "يبلغ عمر الرئيس المنتخب 62 عاما": a definite adjective may follow the one word.
  for (int words = 0; words < 2; ++words) {
    const std::string_view one = scan::WordBefore(text, end);
    if (one.empty() || end - one.size() == 0) return false;
    const size_t cue_end = scan::SkipSpacesBack(text, end - one.size());
    const auto cue = doc.engine.time_cues().MatchBefore(text, cue_end, "age-of");
    if (cue.entry != nullptr && cue_end < end - one.size()) return true;
    if (!one.starts_with(kThe)) return false;
    end = cue_end;
  }
  return false;
}

// "حين كان في الخامسة والعشرين من عمره": an age said with an ordinal's word, "in his
// twenty-fifth" (the claim reads it as the number, ordinal_cues.tsv "age"), or an ordinal
// birthday; checked as an age at an event, only against the year beside it.
bool OrdinalAge(const DocumentView& doc, const Claim& c) {
  const bool ordinal = c.kind == Kind::kOrdinal;
  if (!(ordinal || c.kind == Kind::kNumber) || !Whole(c.value)) return false;
  if (ordinal && Cued(doc, c, "birthday")) return true;  // "her 50th birthday"
  if (c.script != "words") return false;
  const std::string_view text = doc.normalized.text();
  const auto after = doc.engine.time_cues().MatchAt(text, scan::SkipSpaces(text, c.norm_end),
                                                    "age");
  if (after.entry && after.entry->tags.at(1) == "after") return true;
  // "عن عمر يناهز الخامسة والتسعين": the cue that made the ordinal's word an age.
  return doc.engine.ordinal_cues()
      .MatchBefore(text, scan::SkipSpacesBack(text, c.norm_begin), "age")
      .entry;
}

}  // namespace

void CheckTime(const DocumentView& doc, Reporter* reporter) {
  // Asked once: each is a walk over the checks' names.
  const bool relative = reporter->Enabled("time.relative_mismatch");
  const bool duration = reporter->Enabled("time.duration_mismatch");
  const bool ages = reporter->Enabled("time.age_mismatch");
  for (size_t i = 0; i < doc.claims.size(); ++i) {
    const Claim& c = doc.claims[i];
    // "every four years" is how often, not how long or how long ago.
    if (c.kind == Kind::kDuration && Cued(doc, c, "every")) continue;
    // "العام الماضي", "a year ago" in words sit beside the years they are compared with ("up
    // from 2019 last year"): only a number of years is checked, and a year that names it.
    const bool one_in_words = c.script == "words" && c.value == "1";
    if (relative && YearsDuration(c)) {
      if (one_in_words && (c.qualifier == "ago" || c.qualifier == "later")) {
        CheckYearNamed(doc, i, reporter);
      } else if (c.qualifier == "ago" || c.qualifier == "later" ||
                 (c.qualifier.empty() && !one_in_words)) {
        CheckRelative(doc, c, reporter);
      }
    }
    if (relative && c.qualifier == "ago") CheckDaysAgo(doc, c, reporter);
    // "a decade ago, in 2014", "قبل عقدين"; "the past decade" is a period, not a point: only
    // the year it runs from ("In the past decade, since 2014").
    if (relative && c.unit == "decade" && c.qualifier == "ago") {
      if (!NamedWhole(doc, c)) {
        CheckRelative(doc, c, reporter);
      } else {
        Claim period = c;
        period.qualifier.clear();
        CheckRelative(doc, period, reporter);
      }
    }
    // "قبل ربع قرن، في عام 1999", "half a century ago, in 1974".
    if (relative && c.unit == "century" && c.qualifier == "ago" && !NamedWhole(doc, c)) {
      CheckRelative(doc, c, reporter);
    }
    // The reporter keeps only the enabled one of the two codes an anniversary may find.
    const bool either = relative || duration;
    const bool ordinal = c.kind == Kind::kOrdinal && Whole(c.value);
    const bool span = c.kind == Kind::kDuration && c.qualifier.empty() &&
                      (c.unit == "year" || c.unit == "decade" || c.unit == "century");
    if (either && ((ordinal && (Cued(doc, c, "anniversary") || IsAnAnniversary(doc, c) ||
                                AnniversaryOfItsOrigin(doc, c))) ||
                   (span && (Cued(doc, c, "marking") || PassedSinceItsOrigin(doc, c)) &&
                    SpanInYears(c)))) {
      CheckAnniversary(doc, c, reporter);
    } else if (either && ordinal && RunningYear(doc, c)) {
      CheckAnniversary(doc, c, reporter, /*running=*/true);
    }
    const bool period = InGregorianYears(c) && c.qualifier == "range" && c.lower && c.upper;
    if (period && duration) CheckPeriod(doc, c, reporter);
    if (duration && YearsDuration(c)) {
      CheckYearsBetween(doc, i, reporter);
      CheckYearsAfter(doc, i, reporter);
    }
    // "a decade later, in 2010", "two centuries later, in 1920" too.
    if (duration && c.kind == Kind::kDuration && SpanInYears(c)) CheckYearsLater(doc, i, reporter);
    if (duration && c.kind == Kind::kDuration) CheckSpanOfDates(doc, i, reporter);
    const bool years = YearsSaid(c);
    const bool in_words = OrdinalAge(doc, c);
    const bool in_words_now = in_words && (AgeCuedInItsClause(doc, c, "now") ||
                                           AgeCuedInItsClause(doc, c, "age-now"));
    const bool at_event = YearsAtAnEvent(doc, i) || (in_words && !in_words_now);
    const bool at_death = years && Cued(doc, c, "age-at-death");
    const bool age = (years && (Cued(doc, c, "age") || AgeOfSomeone(doc, c) ||
                                BracketedAfterAName(doc, c))) ||
                     at_event || at_death || in_words_now || BareAge(doc, c) ||
                     (DecadeOfLife(c) && AgeCuedInItsClause(doc, c, "decade-age"));
    if (ages && age) {
      CheckAge(doc, i, at_event ? AgeAt::kEvent : at_death ? AgeAt::kDeath : AgeAt::kNow,
               reporter);
    }
    if (ages && at_event) CheckAgeAgainstAgeNow(doc, i, reporter);
    if (ages && age && !in_words) CheckAgeAgainstAnEarlierAge(doc, i, reporter);
  }
}

}  // namespace mizan::checks
