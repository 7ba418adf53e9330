#include "core/scan/candidates.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/algorithm/container.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"

#include "core/numerals/vulgar_fraction.h"
#include "core/scan/phrase_list.h"
#include "core/scan/text_cursor.h"

namespace mizan::scan {
namespace {

bool IsSign(char32_t c) { return c == U'-' || c == U'+'; }

// Whether the word ending at `pos` (just before a hyphen) is one of `prefixes`.
bool AfterPrefix(std::string_view text, size_t pos, const PhraseList& prefixes) {
  return prefixes.MatchBefore(text, pos).entry != nullptr;
}

// Whether the digits text[begin, end), which Arabic letters are glued before, alternate with
// letters in one token: "إتش5إن6" (H5N6) is a name. A clitic or a word glued before digits
// ("و14000", "عام2022"), "و" between numbers ("1و3%") and a unit after them ("ب5م2") are none.
bool InterleavedWithLetters(std::string_view text, size_t begin, size_t end) {
  const std::string_view word = WordBefore(text, begin);
  if (word.size() <= 2) return false;  // one letter: a clitic, or "و" between two numbers
  const size_t word_start = begin - word.size();
  if (word_start > 0 && IsAsciiDigit(text[word_start - 1])) return true;
  const size_t word_end = end + WordAt(text, end).size();
  return word_end > end && word_end < text.size() && IsAsciiDigit(text[word_end]);
}

bool IsQuote(char32_t c) {
  return c == U'"' || c == U'\u00AB' || c == U'\u00BB' || c == U'\u201C' || c == U'\u201D';
}

// Whether the digits text[begin, end), with a word of Arabic letters glued before them, are
// that word's whole quotation: "أوروبا1", "فرانس2", "سي919" name a station, a plane, a forum.
bool QuotedName(std::string_view text, size_t begin, size_t end) {
  const std::string_view word = WordBefore(text, begin);
  if (word.size() <= 2 || !IsQuote(PreviousCodePoint(text, begin - word.size()))) return false;
  while (end < text.size() && text[end] == ' ') ++end;
  return IsQuote(NextCodePoint(text, end));
}

// The digit run text[begin, end) as a candidate, with the sign or point before it; false for
// a run that is part of a name.
bool DigitCandidate(std::string_view text, size_t begin, size_t end, const PhraseList& prefixes,
                    const absl::flat_hash_set<std::string>& currencies, Candidate* c) {
  c->type = Candidate::Type::kDigits;
  c->begin = begin;
  c->end = end;
  size_t before_start = c->begin;
  const char32_t before = PreviousCodePoint(text, c->begin, &before_start);
  if (IsLatinLetter(before)) {
    std::string glued(WordBefore(text, c->begin));
    absl::AsciiStrToLower(&glued);
    // "G7", "H1N1"; but "Dh100", "FY2023", "Q3"
    if (!currencies.contains(glued) && !AfterPrefix(text, c->begin, prefixes) &&
        !IsQuarterOrHalf(text, begin, end)) {
      return false;
    }
  } else if (IsLetter(before) &&
             (InterleavedWithLetters(text, c->begin, end) || QuotedName(text, c->begin, end))) {
    return false;  // "إتش5إن6" (H5N6), "أوروبا1": a name
  }
  if (before == U'.' || before == U'\u066B') {  // ".77", "٫٧٧": a fraction with no integer part
    size_t dot_start = before_start;
    const char32_t earlier = PreviousCodePoint(text, before_start);
    size_t earlier_start = dot_start;
    PreviousCodePoint(text, dot_start, &earlier_start);
    const bool glued_and = earlier == U'\u0648' && !IsLetter(PreviousCodePoint(text, earlier_start));
    if (earlier == 0 || earlier == U' ' || earlier == U'\n' || earlier == U'\u00A0' || glued_and) {
      c->leading_point = true;  // ".08%", "و.08%"
      c->begin = dot_start;
    }
  } else if (IsSign(before)) {
    const char32_t earlier = PreviousCodePoint(text, before_start);
    // Letters glued to digits before the hyphen are a scale or a unit ("5k-20k", "3bn-4bn").
    const size_t word_start = before_start - WordBefore(text, before_start).size();
    const bool after_digits = word_start > 0 && text[word_start - 1] >= '0' && text[word_start - 1] <= '9';
    if (IsLetter(earlier) && !after_digits && !AfterPrefix(text, before_start, prefixes)) {
      return false;  // "COVID-19", "كوفيد-19": part of a name; but "mid-2020"
    }
    // "-5", " +3", "(-2"; not "2020-2021" nor "40%-50%".
    if (earlier == 0 || earlier == U' ' || earlier == U'(' || earlier == U'\n' ||
        earlier == U'\u00A0' || earlier == U'[' || earlier == U'=' || earlier == U'<' ||
        earlier == U'>' || earlier == U':') {
      c->negative = before == U'-';
      c->begin = before_start;
    }
  }
  return numerals::SplitDigitRun(text.substr(begin, end - begin), begin, &c->run);
}

bool MayStartNumber(char c) {
  return IsAsciiDigit(c) || numerals::MayStartVulgarFraction(static_cast<unsigned char>(c));
}

// The first byte at or after `pos` that may start a number (an ASCII digit, or the first byte
// of a vulgar fraction), or text.size(): sixteen bytes at a time where the machine has SSE2,
// since most of a text is no digit.
size_t NextNumberStart(std::string_view text, size_t pos) {
#if defined(__SSE2__)
  const __m128i c2 = _mm_set1_epi8('\xC2'), e2 = _mm_set1_epi8('\xE2');
  for (; pos + 16 <= text.size(); pos += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i lead = _mm_or_si128(_mm_cmpeq_epi8(v, c2), _mm_cmpeq_epi8(v, e2));
    if (const int mask = _mm_movemask_epi8(_mm_or_si128(AsciiDigitBytes(v), lead))) {
      return pos + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(mask)));
    }
  }
#endif
  while (pos < text.size() && !MayStartNumber(text[pos])) ++pos;
  return pos;
}

// The length of a separator that may join two digit groups at `pos` (, . ' ٫ ٬ ، ر and the
// grouping space), or 0.
size_t DigitSeparatorLength(std::string_view text, size_t pos) {
  const char c = text[pos];
  if (c == ',' || c == '.' || c == '\'') return 1;
  const std::string_view two = text.substr(pos, 2);
  const bool joins = two == "\xD9\xAB" || two == "\xD9\xAC" || two == "\xD8\x8C" ||
                     two == "\xD8\xB1" || two == "\xC2\xA0";
  return joins ? 2 : 0;
}

bool ThreeDigitsAt(std::string_view text, size_t pos) {
  return pos + 3 <= text.size() && IsAsciiDigit(text[pos]) && IsAsciiDigit(text[pos + 1]) &&
         IsAsciiDigit(text[pos + 2]) && (pos + 3 == text.size() || !IsAsciiDigit(text[pos + 3]));
}

// "delivered 27 737 MAX jets", "ordered 12 787 Dreamliners": in English, three digits after
// a count and a space, a name in capitals after them, are a model's number, no thousands of
// the count ("5 000 USD", "12 500 MW" are: a model's number does not end in "00").
bool ModelAfterACount(std::string_view text, size_t pos) {
  const auto latin = [](char c) { return absl::ascii_isalpha(static_cast<unsigned char>(c)); };
  if (pos < 2 || text[pos - 1] != ' ' || !IsAsciiDigit(text[pos - 2]) ||
      !ThreeDigitsAt(text, pos) || text.substr(pos + 1, 2) == "00" || pos + 4 >= text.size() ||
      text[pos + 3] != ' ' || !absl::ascii_isupper(static_cast<unsigned char>(text[pos + 4]))) {
    return false;
  }
  size_t start = pos - 1;
  while (start > 0 && IsAsciiDigit(text[start - 1])) --start;
  return start > 1 && text[start - 1] == ' ' && latin(text[start - 2]) &&
         pos - 1 - start <= 3 && text[start] != '0';
}

// Where the thousands of a number grouped with plain spaces ("321 666", "1 500 000", as the
// Maghreb's press and French-trained desks write them) end, or `pos` when the digits from
// `start` to `pos` are not such a number. A plain space also stands between two numbers, so
// the shape must leave no doubt: a first group of one to three digits with no leading zero,
// then groups of exactly three, and no digits or separators on either side ("0800 555 111"
// and "+1 222 333" dial numbers; "2019 123" is a year and a count).
size_t SpaceGroupedEnd(std::string_view text, size_t start, size_t pos) {
  if (pos - start > 3 || text[start] == '0') return pos;
  if (start > 0 && (text[start - 1] == '+' || text[start - 1] == '-')) return pos;
  if (start > 1 && text[start - 1] == ' ' && IsAsciiDigit(text[start - 2])) return pos;
  size_t end = pos;
  while (end < text.size() && text[end] == ' ' && ThreeDigitsAt(text, end + 1)) end += 4;
  if (end == pos || end == text.size()) return end;
  if (ModelAfterACount(text, pos + 1)) return pos;
  const size_t after = text[end] == ' ' ? end + 1 : end + DigitSeparatorLength(text, end);
  const bool more_digits = after > end && after < text.size() && IsAsciiDigit(text[after]);
  return more_digits ? pos : end;
}

// The end of the digit run that starts at `pos`: digits, and groups of digits joined by one
// separator each.
size_t DigitRunEnd(std::string_view text, size_t pos) {
  const size_t start = pos;
  while (pos < text.size() && IsAsciiDigit(text[pos])) ++pos;
  if (pos < text.size() && text[pos] == ' ') return SpaceGroupedEnd(text, start, pos);
  while (pos < text.size()) {
    const size_t sep = DigitSeparatorLength(text, pos);
    if (sep == 0 || pos + sep >= text.size() || !IsAsciiDigit(text[pos + sep])) break;
    pos += sep;
    while (pos < text.size() && IsAsciiDigit(text[pos])) ++pos;
  }
  return pos;
}

// The whitespace-delimited token around `pos`, at most kReach bytes each way, so that a long
// run without spaces costs the same per candidate as a short one.
std::string_view TokenAround(std::string_view text, size_t pos) {
  constexpr size_t kReach = 256;
  const auto is_space = [&](size_t i) {
    return text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
           static_cast<unsigned char>(text[i]) == 0xA0;
  };
  size_t begin = pos, end = pos;
  while (begin > 0 && pos - begin < kReach && !is_space(begin - 1)) --begin;
  while (end < text.size() && end - pos < kReach && !is_space(end)) ++end;
  return text.substr(begin, end - begin);
}

// "859-292-3680", "0800-555-111": three groups of seven digits or more joined by hyphens,
// in a shape no date has (a day and a month of one or two digits before a year, or a year
// first), dial a number.
bool PhoneShaped(std::string_view token) {
  const size_t first = token.find_first_of("0123456789");
  if (first == std::string_view::npos) return false;
  const size_t last = token.find_last_of("0123456789");
  size_t groups[3] = {0, 0, 0}, count = 0, digits = 0;
  for (char c : token.substr(first, last + 1 - first)) {
    if (IsAsciiDigit(c)) {
      if (count == 0) count = 1;
      ++groups[count - 1], ++digits;
    } else if (c != '-' || groups[count - 1] == 0 || count == 3) {
      return false;
    } else {
      ++count;
    }
  }
  if (count != 3 || digits < 7) return false;
  const bool day_first = groups[0] <= 2 && groups[1] <= 2 && (groups[2] == 2 || groups[2] == 4);
  const bool year_first = groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2;
  return !day_first && !year_first;
}

// Where a number to dial ends that starts at `pos`, or 0 where none does: groups a space
// apart, three digits or more each, led by a zero ("0800 555 111", "0161 496 0000") or, as
// right-to-left text reorders them, three groups or more ending in a group of four or more
// with one ("111 555 0800"). A group of three after the first may be "000" in a grouped
// number ("750 000 000"); a leading zero alone stays a number: a typo ("015" for "105") or a
// part under a scale ("23 ألف و045 مليون") must still be read. Asked where such a chain of
// groups starts, and ten groups at most, so that a long list of numbers is read once.
size_t DialledNumberEnd(std::string_view text, size_t pos) {
  constexpr int kMostGroups = 10;
  if (pos > 0 && (IsAsciiDigit(text[pos - 1]) ||
                  (pos >= 2 && text[pos - 1] == ' ' && IsAsciiDigit(text[pos - 2])))) {
    return 0;
  }
  size_t at = pos;
  for (int groups = 0; groups < kMostGroups; ++groups) {
    size_t end = at;
    while (end < text.size() && IsAsciiDigit(text[end])) ++end;
    if (end - at < 3) return 0;
    if (end + 1 >= text.size() || text[end] != ' ' || !IsAsciiDigit(text[end + 1])) {
      const bool decimal = end + 1 < text.size() && (text[end] == '.' || text[end] == ',') &&
                           IsAsciiDigit(text[end + 1]);
      const bool led = text[pos] == '0' && groups >= 1;
      const bool ended = text[at] == '0' && end - at >= 4 && groups >= 2;
      return !decimal && (led || ended) ? end : 0;
    }
    at = end + 1;
  }
  return 0;
}

// Numbers inside web addresses, e-mail addresses and phone numbers are not claims:
// "https://x.org/?q=30%25", "+1-222-2222-2222", "0020-2-2222-3333".
bool InsideAddressOrPhone(std::string_view text, size_t pos) {
  const std::string_view token = TokenAround(text, pos);
  if (token.find("://") != std::string_view::npos || token.find("www.") != std::string_view::npos ||
      token.find('@') != std::string_view::npos) {
    return true;
  }
  int digits = 0;
  for (char c : token) digits += IsAsciiDigit(c);
  if (!token.empty() && token[0] == '+' && digits >= 8) return true;  // "+9647701234567"
  // "0096170123456", "0501234567": eight digits or more after a leading zero dial a number.
  size_t run = pos;
  while (run < text.size() && IsAsciiDigit(text[run])) ++run;
  if (text[pos] == '0' && run - pos >= 8 && (pos == 0 || !IsAsciiDigit(text[pos - 1]))) return true;
  int joins = 0;
  for (size_t i = 1; i + 1 < token.size(); ++i) {
    const bool digit_around = token[i - 1] >= '0' && token[i - 1] <= '9' && token[i + 1] >= '0' &&
                              token[i + 1] <= '9';
    if (digit_around && (token[i] == '-' || token[i] == '/')) ++joins;
  }
  return joins >= 3 || PhoneShaped(token);  // a date has two
}

// A vulgar fraction at `pos` that no digit comes right before ("¾ of", not "2¾", which the
// digits read) as a candidate; returns where to look on.
size_t FindVulgarFraction(std::string_view text, size_t pos, std::vector<Candidate>* found) {
  const auto f = numerals::VulgarFractionAt(text, pos);
  if (!f) return pos + 1;
  const size_t before = pos > 0 && text[pos - 1] == ' ' ? pos - 1 : pos;
  if (before == 0 || !IsAsciiDigit(text[before - 1])) {
    Candidate& c = found->emplace_back();
    c.type = Candidate::Type::kVulgarFraction;
    c.begin = pos;
    c.end = pos + f->length;
  }
  return pos + f->length;
}

}  // namespace

Scanner::Scanner(CandidateWords words) {
  static_assert(static_cast<size_t>(Candidate::Type::kPersianWords) -
                        static_cast<size_t>(Candidate::Type::kArabicWords) + 1 ==
                    kWordTypes,
                "one list of words per kind of word candidate");
  using Clitics = WordTrie::Clitics;
  // In the order of Candidate::Type from kArabicWords on, which is the order kinds win in.
  const std::pair<std::vector<std::string>*, Clitics> kinds[kWordTypes] = {
      {&words.arabic_numbers, Clitics::kNumberWords},
      {&words.english_numbers, Clitics::kNone},
      {&words.months, Clitics::kOneLetter},  // "والثلاثاء", "وأيلول"
      {&words.dual_nouns, Clitics::kNumberWords},  // "والبلدين", "للأسبوعين"
      {&words.relative_times, Clitics::kOneLetter},
      {&words.roman_cues, Clitics::kNone},
      {&words.persian_numbers, Clitics::kNone}};
  // "منذ أكثر من", "more than a year": every first of a pair before every second.
  for (const CandidateWords::Pairs& pairs : words.relative_pairs) {
    for (const std::string& first : pairs.first) {
      for (const std::string& second : pairs.second) {
        words.relative_times.push_back(absl::StrCat(first, " ", second));
      }
    }
  }
  std::vector<WordTrie::Form> forms;  // pointing into `words`, which outlives the trie's build
  for (size_t kind = 0; kind < kWordTypes; ++kind) {
    for (std::string& form : *kinds[kind].first) {
      absl::AsciiStrToLower(&form);
      forms.push_back({form, static_cast<int>(kind), kinds[kind].second});
    }
  }
  for (std::string& place : words.places) {
    absl::AsciiStrToLower(&place);
    forms.push_back({place, kPlaceKind, Clitics::kOneLetter});
  }
  words_ = WordTrie(forms, /*noted=*/1u << kPlaceKind);
  dual_endings_ = words.dual_endings;
  for (const std::string& e : dual_endings_) {
    if (!e.empty()) dual_last_bytes_.set(static_cast<unsigned char>(e.back()));
  }
  for (std::string code : words.currency_prefixes) {
    absl::AsciiStrToLower(&code);
    currency_prefixes_.insert(std::move(code));
  }
}

// "May 5 100 people" is a day and a count: digits grouped by plain spaces right after a
// month's name give their first group, when it may be a day, to the date.
void SplitDayAfterMonth(std::string_view text, std::vector<Candidate>* found) {
  for (size_t i = 1; i < found->size(); ++i) {
    Candidate& digits = (*found)[i];
    const Candidate& month = (*found)[i - 1];
    if (digits.type != Candidate::Type::kDigits || month.type != Candidate::Type::kMonth ||
        digits.run.separators.empty() || text[digits.run.groups[0].end] != ' ' ||
        digits.run.groups[0].end - digits.begin > 2 || month.end + 1 != digits.begin) {
      continue;
    }
    Candidate rest;
    rest.begin = digits.run.groups[1].begin;
    rest.end = digits.end;
    numerals::SplitDigitRun(text.substr(rest.begin, rest.end - rest.begin), rest.begin,
                            &rest.run);
    digits.end = digits.run.groups[0].end;
    digits.run.groups.resize(1);
    digits.run.separators.clear();
    found->insert(found->begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(rest));
  }
}

std::vector<Candidate> Scanner::Find(std::string_view text, const PhraseList& prefixes,
                                     std::vector<size_t>* places) const {
  std::vector<Candidate> found;
  FindDigits(text, prefixes, &found);
  const size_t digits = found.size();
  FindWords(text, &found, places);
  // Both lists are in order of position and never overlap: one merge puts them in order.
  std::inplace_merge(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(digits),
                     found.end(), [](const Candidate& a, const Candidate& b) {
                       return a.begin < b.begin;
                     });
  SplitDayAfterMonth(text, &found);
  return found;
}

void Scanner::FindDigits(std::string_view text, const PhraseList& prefixes,
                         std::vector<Candidate>* found) const {
  for (size_t pos = NextNumberStart(text, 0); pos < text.size(); pos = NextNumberStart(text, pos)) {
    if (!IsAsciiDigit(text[pos])) {
      pos = FindVulgarFraction(text, pos, found);
      continue;
    }
    if (const size_t dialled = DialledNumberEnd(text, pos)) {
      pos = dialled;
      continue;
    }
    const size_t end = DigitRunEnd(text, pos);
    if (ModelAfterACount(text, pos)) {
      pos = end;
      continue;
    }
    Candidate c;
    if (!InsideAddressOrPhone(text, pos) &&
        DigitCandidate(text, pos, end, prefixes, currency_prefixes_, &c)) {
      found->push_back(std::move(c));
    }
    pos = end;
  }
}

// Every word of the text is asked of the trie, in order: the first that starts a form is a
// candidate, and the search goes on after the form. A word no form starts may be the first of
// two in a dual's ending ("دراستين حديثتين"), when the second starts no form of its own.
void Scanner::FindWords(std::string_view text, std::vector<Candidate>* found,
                        std::vector<size_t>* places) const {
  // `pos` is never inside a word: at the text's start, or past a non-letter.
  for (size_t pos = NextLetter(text, 0); pos < text.size(); pos = NextLetter(text, pos)) {
    // A digit before the word ends a digit run, which the word is glued to ("5ثلاثة", "5ربع"
    // beside "5ر3"): no candidate starts there.
    const bool glued = pos > 0 && IsAsciiDigit(text[pos - 1]);
    const size_t begin = pos, end = LetterRunEnd(text, pos);
    const WordTrie::Match m = words_.MatchAt(text, begin, end);
    if (m.noted != 0 && places != nullptr) places->push_back(begin);
    if (m.kind >= 0) {
      if (!glued) {
        Add(static_cast<Candidate::Type>(static_cast<size_t>(Candidate::Type::kArabicWords) +
                                         static_cast<size_t>(m.kind)),
            begin, m.end, found);
      }
      pos = m.end;
      continue;
    }
    pos = end;
    if (end + 1 >= text.size() || text[end] != ' ' ||
        !dual_last_bytes_[static_cast<unsigned char>(text[end - 1])]) {
      continue;  // most words: no dual's ending before one space
    }
    const size_t second_end = SecondOfTwoDuals(text, begin, end);
    if (second_end == std::string_view::npos || words_.MatchAt(text, end + 1).kind >= 0) continue;
    if (glued) {
      pos = second_end;  // the second word starts no pair of its own either
    } else {
      Add(Candidate::Type::kDualPair, begin, end, found);
    }
  }
}

void Scanner::Add(Candidate::Type type, size_t begin, size_t end,
                  std::vector<Candidate>* found) {
  Candidate& c = found->emplace_back();
  c.type = type;
  c.begin = begin;
  c.end = end;
}

// Where the word after text[first, first_end) ends, when both end in a dual's ending (the
// second with letters before it); npos otherwise. The caller has seen the one space after the
// first word.
size_t Scanner::SecondOfTwoDuals(std::string_view text, size_t first, size_t first_end) const {
  if (!EndsLikeADual(text.substr(first, first_end - first), 0)) return std::string_view::npos;
  const std::string_view second = WordAt(text, first_end + 1);
  return EndsLikeADual(second, 1) ? first_end + 1 + second.size() : std::string_view::npos;
}

// Whether `word` ends in a dual's ending with at least `before` bytes before it.
bool Scanner::EndsLikeADual(std::string_view word, size_t before) const {
  return absl::c_any_of(dual_endings_, [word, before](const std::string& e) {
    if (word.size() < e.size() + before) return false;
    const size_t start = word.size() - e.size();
    for (size_t i = e.size(); i-- > 0;) {  // from the last byte, where endings differ
      if (word[start + i] != e[i]) return false;
    }
    return true;
  });
}

}  // namespace mizan::scan
