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

size_t CharLength(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}

// The sorted `forms` in [lo, hi), which share their first `depth` bytes, as a pattern of what
// follows those bytes, shaped like their trie: a prefix written once spares RE2's parser the
// factoring it would do on a flat list, most of the cost of compiling thousands of words.
void AppendTrie(const std::vector<std::string>& forms, size_t lo, size_t hi, size_t depth,
                std::string* out) {
  const bool ends_here = forms[lo].size() == depth;  // sorted: the shortest comes first
  if (ends_here) ++lo;
  std::vector<std::string> branches;
  while (lo < hi) {
    const size_t length = CharLength(static_cast<unsigned char>(forms[lo][depth]));
    const std::string_view next = std::string_view(forms[lo]).substr(depth, length);
    size_t end = lo + 1;
    while (end < hi && std::string_view(forms[end]).substr(depth, length) == next) ++end;
    std::string& branch = branches.emplace_back(re2::RE2::QuoteMeta(next));
    if (end - lo == 1) {
      branch += re2::RE2::QuoteMeta(std::string_view(forms[lo]).substr(depth + length));
    } else {
      AppendTrie(forms, lo, end, depth + length, &branch);
    }
    lo = end;
  }
  if (branches.size() == 1 && !ends_here) {
    *out += branches[0];
  } else if (!branches.empty()) {
    *out += "(?:";
    for (size_t i = 0; i < branches.size(); ++i) *out += (i > 0 ? "|" : "") + branches[i];
    // Greedy: a longer form before a shorter one it starts with, as RE2's leftmost-first
    // match would prefer in a list of the longest forms first.
    *out += ends_here ? ")?" : ")";
  }
}

// `forms` as one alternation that prefers the longest form matching at a place.
std::string Alternation(std::vector<std::string> forms) {
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  std::string out;
  if (!forms.empty()) AppendTrie(forms, 0, forms.size(), 0, &out);
  return out;
}

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

re2::RE2::Options ScannerOptions() {
  re2::RE2::Options options;
  options.set_encoding(re2::RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  // Long inputs with many candidates must not fall back to the slow NFA for lack of memory.
  options.set_max_mem(64 << 20);
  return options;
}

// The first place in [pos, end) where a word starts (a letter after anything else), or `end`.
// `pos` may fall inside a character or a word, which are skipped.
size_t NextWordStart(std::string_view text, size_t pos, size_t end) {
  pos = CharacterStart(text, pos);
  if (pos > 0 && pos < end && IsLetter(PreviousCodePoint(text, pos))) {
    pos += WordAt(text, pos).size();
  }
  size_t length = 0;
  while (pos < end && !IsLetter(NextCodePoint(text, pos, &length))) pos += length;
  return std::min(pos, end);
}

// The end of a word match without the character after the word that the pattern took.
size_t WordEnd(std::string_view text, size_t match_end) {
  size_t last = match_end;
  if (match_end > 0 && !IsLetter(PreviousCodePoint(text, match_end, &last))) return last;
  return match_end;
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
  std::vector<std::string> texts;  // the forms, lowercase, for the trie to file
  std::vector<std::pair<int, Clitics>> filed;
  const auto add = [&](std::string form, size_t kind, Clitics clitics) {
    absl::AsciiStrToLower(&form);
    NoteForm(form);
    texts.push_back(std::move(form));
    filed.emplace_back(static_cast<int>(kind), clitics);
  };
  for (size_t kind = 0; kind < kWordTypes; ++kind) {
    for (const std::string& form : *kinds[kind].first) add(form, kind, kinds[kind].second);
  }
  std::string relative = Alternation(std::move(words.relative_times));
  constexpr size_t kRelative = static_cast<size_t>(Candidate::Type::kRelativeTime) -
                               static_cast<size_t>(Candidate::Type::kArabicWords);
  for (CandidateWords::Pairs& pairs : words.relative_pairs) {
    for (const std::string& first : pairs.first) {
      for (const std::string& second : pairs.second) {
        add(first + " " + second, kRelative, Clitics::kOneLetter);
      }
    }
    absl::StrAppend(&relative, "|(?:", Alternation(std::move(pairs.first)), ") (?:",
                    Alternation(std::move(pairs.second)), ")");
  }
  std::vector<WordTrie::Form> forms;
  forms.reserve(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    forms.push_back({texts[i], filed[i].first, filed[i].second});
  }
  words_ = WordTrie(forms);
  dual_endings_ = words.dual_endings;
  for (std::string code : words.currency_prefixes) {
    absl::AsciiStrToLower(&code);
    currency_prefixes_.insert(std::move(code));
  }
  // The same words as one pattern, in the same order, with the same clitics.
  const std::string arabic_prefix = "(?:[وف]?(?:ال|لل|[بك]ال|[بلك])?)";
  const std::string patterns[kWordTypes] = {
      arabic_prefix + "(?:" + Alternation(std::move(words.arabic_numbers)) + ")",
      "(?i:" + Alternation(std::move(words.english_numbers)) + ")",
      "[وفبلك]?(?i:" + Alternation(std::move(words.months)) + ")",
      arabic_prefix + "(?i:" + Alternation(std::move(words.dual_nouns)) + ")",
      "[وفبلك]?(?i:" + relative + ")",
      "(?i:" + Alternation(std::move(words.roman_cues)) + ")",
      "(?:" + Alternation(std::move(words.persian_numbers)) + ")"};
  // Words are whole words: the union asks for the character before them and the one after
  // them, which are no letters, so that it neither stops inside words ("ست" in "استخدام") nor
  // at their start ("الف" of "الفترة"). RE2 has no lookaround: Find() gives the characters back.
  // The lazy ".*" first: anchored where a search starts, one forward pass of RE2's DFA finds
  // where the next word ends, and FindWords() asks the trie where it starts. Unanchored, RE2
  // would compile and run a backward pass for that: milliseconds on an engine's first call.
  // "دراستين حديثتين": two words in a dual's ending, matched from the first one's ending (from
  // its start, the pattern would follow every word's letters and cost the DFA a state for each
  // place in every word).
  std::string any = "(?s:.*?)(?:(?:^|[^\\pL\\pM])(?:";
  for (size_t i = 0; i < kWordTypes; ++i) {
    absl::StrAppend(&any, i > 0 ? "|" : "", "(?:", patterns[i], ")");
  }
  any += ")";
  if (!words.dual_endings.empty()) {
    const std::string ending = "(?:" + Alternation(words.dual_endings) + ")";
    absl::StrAppend(&any, "|(?:", ending, " \\pL+", ending, ")");
  }
  any += ")(?:$|[^\\pL\\pM])";
  any_ = std::make_unique<re2::RE2>(any, ScannerOptions());
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

std::string Scanner::error() const { return any_->ok() ? std::string() : any_->error(); }

std::vector<Candidate> Scanner::Find(std::string_view text, const PhraseList& prefixes) const {
  std::vector<Candidate> found;
  FindDigits(text, prefixes, &found);
  const size_t digits = found.size();
  FindWords(text, &found);
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
    Candidate c;
    if (!InsideAddressOrPhone(text, pos) &&
        DigitCandidate(text, pos, end, prefixes, currency_prefixes_, &c)) {
      found->push_back(std::move(c));
    }
    pos = end;
  }
}

void Scanner::NoteForm(std::string_view form) {
  longest_word_ = std::max(longest_word_, form.size());
  const std::string_view final_word = WordBefore(form, form.size());  // empty after a '.'
  if (final_word.size() < form.size() && final_word.size() <= kLongestFinalWord) {
    final_words_.insert(std::string(final_word));
  }
}

// Where the word that ends at `end` starts: the last word before it, unless a word of several
// ends with that one; then the first place within reach of the longest word where a word of
// the trie starts, which is where RE2's leftmost match started.
size_t Scanner::WordStartBefore(std::string_view text, size_t from, size_t end) const {
  const size_t last = end - WordBefore(text, end).size();
  // Lowered on the stack: this runs at every word the scan finds.
  if (end - last > kLongestFinalWord) return last;
  char lower[kLongestFinalWord];
  for (size_t i = last; i < end; ++i) lower[i - last] = absl::ascii_tolower(text[i]);
  if (!final_words_.contains(absl::string_view(lower, end - last))) return last;
  size_t begin = end - std::min(end - from, longest_word_ + kLongestClitics);
  while ((begin = NextWordStart(text, begin, end)) < end) {
    if (words_.MatchAt(text, begin).kind >= 0) return begin;
    begin += WordAt(text, begin).size();
  }
  return last;
}

void Scanner::FindWords(std::string_view text, std::vector<Candidate>* found) const {
  const re2::StringPiece whole(text.data(), text.size());
  re2::StringPiece match;
  size_t pos = 0;
  while (pos < text.size() &&
         any_->Match(whole, pos, text.size(), re2::RE2::ANCHOR_START, &match, 1)) {
    const size_t from = pos;
    const size_t end = WordEnd(text, pos + match.size());
    pos = std::max(end, from + 1);  // the character after the word is read again
    size_t begin = WordStartBefore(text, from, end);
    // A digit before the word ends a digit run, which the word is glued to ("5ثلاثة", "5ربع"
    // beside "5ر3"): no word starts there.
    if (begin > 0 && IsAsciiDigit(text[begin - 1])) continue;
    WordTrie::Match m = words_.MatchAt(text, begin);
    if (m.kind < 0) {  // two words in a dual's ending, the first maybe a word of the lists
      begin = FirstOfTwoDuals(text, begin);
      if (begin == std::string_view::npos || (begin > 0 && IsAsciiDigit(text[begin - 1]))) continue;
      m = words_.MatchAt(text, begin);
      if (m.kind < 0) m.end = begin + WordAt(text, begin).size();
      pos = m.end;  // the second word may start a candidate of its own
    }
    Candidate& c = found->emplace_back();
    c.type = m.kind < 0 ? Candidate::Type::kDualPair
                        : static_cast<Candidate::Type>(
                              static_cast<size_t>(Candidate::Type::kArabicWords) +
                              static_cast<size_t>(m.kind));
    c.begin = begin;
    c.end = m.end;
  }
}

// Where the word before `second` starts, when both end in a dual's ending and one space
// parts them; npos otherwise.
size_t Scanner::FirstOfTwoDuals(std::string_view text, size_t second) const {
  if (dual_endings_.empty() || second < 2 || text[second - 1] != ' ' ||
      !EndsLikeADual(WordAt(text, second))) {
    return std::string_view::npos;
  }
  const std::string_view first = WordBefore(text, second - 1);
  if (first.empty() || !EndsLikeADual(first)) return std::string_view::npos;
  return second - 1 - first.size();
}

bool Scanner::EndsLikeADual(std::string_view word) const {
  return absl::c_any_of(dual_endings_,
                        [word](const std::string& e) { return word.ends_with(e); });
}

}  // namespace mizan::scan
