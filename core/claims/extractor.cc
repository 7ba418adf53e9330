#include "core/claims/extractor.h"

#include <algorithm>
#include <array>
#include <optional>
#include <cctype>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "core/claims/claim_builder.h"
#include "core/claims/currency_places.h"
#include "core/numerals/vulgar_fraction.h"
#include "core/numerals/word_lexicon.h"
#include "core/claims/mention.h"
#include "core/claims/number_forms.h"
#include "core/claims/joins.h"
#include "core/numerals/word_number.h"
#include "core/scan/candidates.h"
#include "core/scan/text_cursor.h"
#include "core/text/normalized_text.h"
#include "core/text/persian.h"

namespace mizan::claims {
namespace {

using scan::Candidate;

// Counts sentence ends as the claims, which come in order, move through the text.
class SentenceCounter {
 public:
  explicit SentenceCounter(std::string_view text) : text_(text) {}

  uint32_t At(size_t pos) {
    const size_t end = std::min(pos, text_.size());
    size_t at = pos_;
    uint32_t index = index_;
    while ((at = NextMayEnd(at, end)) < end) {
      // "ends.\nNext", "ends.\n\nNext": line breaks right after a full stop end no other
      // sentence, so that a paragraph's first sentence follows the last of the one before; a
      // line with no stop (a headline, a section's title) and a blank line after it still
      // stand apart.
      if (EndsSentence(at)) {
        const bool line_break = text_[at] == '\n' || text_[at] == '\xE2';
        const bool skipped = line_break && after_stop_ && OnlySpacesSince(last_end_, at);
        if (!skipped) ++index;
        after_stop_ = !line_break || skipped;
        last_end_ = at + (text_[at] == '\xE2' ? scan::kLineSeparator.size() : 1);
      }
      ++at;
    }
    pos_ = at;
    index_ = index;
    return index;
  }

 private:
  // The bytes that may end a sentence, or be the last byte of ؟ (D8 9F) or the first of a
  // line or paragraph separator (E2 80 A8/A9): one lookup lets every other byte go by.
  static constexpr std::array<bool, 256> kMayEnd = [] {
    std::array<bool, 256> may{};
    for (unsigned char b : {'\n', '.', '!', '?', '\x9F', '\xE2'}) may[b] = true;
    return may;
  }();

  // The first byte in [at, end) that kMayEnd marks, or `end`; sixteen bytes at a time where
  // the machine has SSE2, since nearly every byte of a text is none of them.
  size_t NextMayEnd(size_t at, size_t end) const {
    const char* p = text_.data();
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi8('\n'), dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'),
                  question = _mm_set1_epi8('?'), arabic = _mm_set1_epi8('\x9F'),
                  separator = _mm_set1_epi8('\xE2');
    for (; at + 16 <= end; at += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
      const __m128i hit = _mm_or_si128(
          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, newline), _mm_cmpeq_epi8(v, dot)),
                       _mm_or_si128(_mm_cmpeq_epi8(v, bang), _mm_cmpeq_epi8(v, question))),
          _mm_or_si128(_mm_cmpeq_epi8(v, arabic), _mm_cmpeq_epi8(v, separator)));
      if (const int mask = _mm_movemask_epi8(hit)) return at + static_cast<size_t>(__builtin_ctz(mask));
    }
#endif
    while (at < end && !kMayEnd[static_cast<unsigned char>(p[at])]) ++at;
    return at;
  }

  bool EndsSentence(size_t at) const {
    switch (static_cast<unsigned char>(text_[at])) {
      case '\n':
        return true;
      case '.':
        if (Abbreviation(at)) return false;
        [[fallthrough]];
      case '!':
      case '?':
        return at + 1 >= text_.size() || scan::SpaceLength(text_, at + 1) ||
               text_[at + 1] == '\n';
      case 0x9F:
        return at > 0 && text_[at - 1] == '\xD8';  // ؟ Arabic question mark
      case 0xE2:
        return text_.substr(at, 3) == scan::kParagraphSeparator ||
               text_.substr(at, 3) == scan::kLineSeparator;
      default:
        return false;
    }
  }

  // "born on Jan. 1, 1950", "the U.S. 10-year yield": a capitalized word of at most four
  // letters before the dot and a digit or a lowercase word after it; no sentence ends there.
  bool Abbreviation(size_t dot) const {
    size_t start = dot;
    while (start > 0 && absl::ascii_isalpha(static_cast<unsigned char>(text_[start - 1]))) --start;
    const size_t letters = dot - start;
    if (letters == 0 || letters > 4 ||
        !absl::ascii_isupper(static_cast<unsigned char>(text_[start]))) {
      return false;
    }
    const size_t next = scan::SkipSpaces(text_, dot + 1);
    if (next == dot + 1 || next >= text_.size()) return false;
    const auto c = static_cast<unsigned char>(text_[next]);
    return absl::ascii_isdigit(c) || absl::ascii_islower(c);
  }

  // Whether [from, to) holds only spaces.
  bool OnlySpacesSince(size_t from, size_t to) const {
    return from <= to && scan::SkipSpaces(text_.substr(0, to), from) == to;
  }

  std::string_view text_;
  size_t pos_ = 0;
  uint32_t index_ = 0;
  size_t last_end_ = 0;     // just past the last byte that ended a sentence
  bool after_stop_ = false;  // that byte a full stop, "!" or "?", no line break
};

bool IsCurrencySign(char32_t c) { return c == U'$' || c == U'£' || c == U'€' || c == U'¥'; }

class Extraction {
 public:
  Extraction(const Engine& engine, const text::NormalizedText& normalized,
             const ExtractOptions& options, std::vector<Claim>* claims)
      : engine_(engine),
        normalized_(normalized),
        text_(normalized.text()),
        builder_(engine, normalized, options.dollar_currency),
        sentences_(normalized.text()),
        claims_(claims) {}

  void Run() {
    std::vector<size_t> places;
    const auto candidates = engine_.scanner().Find(text_, engine_.hyphen_prefixes(), &places);
    claims_->reserve(claims_->size() + candidates.size());  // at most one claim each, mostly
    numerals::SeparatorConvention convention;
    for (const auto& c : candidates) {
      if (c.type == Candidate::Type::kDigits) {
        numerals::ObserveConvention(c.run, text_, &convention);
      }
    }
    for (size_t i = 0; i < candidates.size(); ++i) {
      const Candidate& c = candidates[i];
      if (c.begin < floor_) continue;
      switch (c.type) {
        case Candidate::Type::kDigits: {
          const Candidate* next = i + 1 < candidates.size() ? &candidates[i + 1] : nullptr;
          ReadDigits(c, convention, WordsRightAfter(c, next));
          break;
        }
        case Candidate::Type::kArabicWords:
        case Candidate::Type::kEnglishWords:
          // The scanner takes the first alternative that matches; a word that is no number
          // may still be a dual noun or a month ("ثانيتين" starts like "ثاني").
          if (!ReadWords(c) && !Emit(&ClaimBuilder::BuildDualNoun, c.begin) &&
              !Emit(&ClaimBuilder::BuildMonthOnly, c.begin)) {
            Emit(&ClaimBuilder::BuildWeekday, c.begin);  // "الثلاثاء" starts like "الثلاث"
          }
          break;
        case Candidate::Type::kMonth:  // months, weekdays and holidays
          if (!Emit(&ClaimBuilder::BuildMonthOnly, c.begin) &&
              !Emit(&ClaimBuilder::BuildHoliday, c.begin)) {
            Emit(&ClaimBuilder::BuildWeekday, c.begin);
          }
          break;
        case Candidate::Type::kDualNoun: Emit(&ClaimBuilder::BuildDualNoun, c.begin); break;
        case Candidate::Type::kRelativeTime: {
          // "في أمس الحاجة" (in dire need): "أمسّ" is a superlative, no yesterday; "لامس"
          // (touched) is a verb, read from the clitic the scanner left out.
          const size_t word = c.begin - scan::WordBefore(text_, c.begin).size();
          if (!engine_.not_numbers().MatchAt(text_, c.begin).entry &&
              !engine_.not_numbers().MatchAt(text_, word).entry) {
            Emit(&ClaimBuilder::BuildRelativeTime, c.begin);
          }
          break;
        }
        case Candidate::Type::kRomanCue: Emit(&ClaimBuilder::BuildRoman, c.begin); break;
        case Candidate::Type::kPersianWords: ReadPersianWords(c); break;
        case Candidate::Type::kVulgarFraction: ReadVulgarFraction(c); break;
        case Candidate::Type::kDualPair: Emit(&ClaimBuilder::BuildDualPair, c.begin); break;
      }
    }
    JoinClaims(engine_, normalized_, claims_);
    ResolveCurrenciesByPlace(engine_, normalized_, places, claims_);
    FillYearsFromDateline(claims_);
    for (Claim& claim : *claims_) FinishSpan(normalized_, &claim);
  }

 private:
  // Whether `next` is number words right after the digits `c`, a space or a bracket between:
  // what may restate them ("500 (خمسمائة) دولار").
  static bool WordsRightAfter(const Candidate& c, const Candidate* next) {
    constexpr size_t kBetween = 3;  // " (" and a space
    return next != nullptr && next->begin - c.end <= kBetween &&
           (next->type == Candidate::Type::kArabicWords ||
            next->type == Candidate::Type::kEnglishWords);
  }

  void ReadDigits(const Candidate& c, const numerals::SeparatorConvention& convention,
                  bool words_after) {
    if (auto idiom = engine_.not_numbers().MatchAt(text_, c.begin);
        idiom.entry && !NumberGoesOn(idiom.end)) {  // "24/7", but not "9/11/2001"
      floor_ = std::max(floor_, idiom.end);
      return;
    }
    if (c.leading_point && c.run.groups.size() == 1) {  // ".77"
      const auto& g = c.run.groups[0];
      Mention m;
      m.begin = c.begin;
      m.end = g.end;
      m.value = *numerals::Decimal::FromDigits("0", text_.substr(g.begin, g.end - g.begin));
      m.fraction_digits = static_cast<int>(g.end - g.begin);
      Add(m);
      return;
    }
    const auto numbers = numerals::ReadDigitRun(c.run, text_, convention);
    for (size_t i = 0; i < numbers.size(); ++i) {
      const auto& n = numbers[i];
      if (n.begin < floor_) continue;  // taken by a date ("18.11.2022")
      if (IsListMarker(n.begin, n.end) || IsEnumerator(n.begin, n.end) ||
          IsDashedItem(n.begin, n.end)) {
        continue;
      }
      if (SkipClockTime(n.begin, n.end)) continue;
      if (const size_t end = MinutesOfTheHourBefore(n.begin, n.end)) {  // "الخامسة و20 دقيقة"
        floor_ = std::max(floor_, end);
        continue;
      }
      Mention m;
      m.begin = i == 0 ? c.begin : n.begin;
      m.end = n.end;
      m.value = i == 0 && c.negative ? n.value.Negated() : n.value;
      m.fraction_digits = n.fraction_digits;
      m.separator_guessed = n.separator_guessed;
      m.alternative = n.alternative;
      m.grouped = numbers.size() == 1 && c.run.groups.size() > 1 && n.fraction_digits == 0;
      if (i + 1 == numbers.size()) {
        m.words_after = words_after;
        ReadDigitFraction(engine_, text_, &m);
        ReadPointWord(engine_, text_, &m);
        ReadPowerOfTen(text_, &m);
        ApplyScaleWord(&m);
      }
      if (ReadDecade(m)) continue;
      ReadOrdinalSuffix(&m);
      Add(m);
      if (GluedToAWord(claims_->back().norm_end)) claims_->pop_back();
    }
  }

  // "on one hand": an idiom of not_numbers.tsv ("opens") that the word before the number
  // starts and that goes on past it.
  bool InAnIdiomOpenedBefore(size_t begin) const {
    const size_t end = scan::SkipSpacesBack(text_, begin);
    if (end == begin) return false;
    const size_t start = end - scan::WordBefore(text_, end).size();
    const auto idiom = engine_.not_numbers().MatchAt(text_, start, "opens");
    return idiom.entry != nullptr && idiom.end > begin;
  }

  // "247sports", "2019ncov", "4chan": digits glued to a word in small letters that no unit,
  // scale or suffix took are part of a name; so are digits glued to one to three capitals
  // ("229E", "5G", "3D"), which name a strain, a model or a standard.
  bool GluedToAWord(size_t end) const {
    const auto byte = [&](size_t i) { return static_cast<unsigned char>(text_[i]); };
    size_t small = end, capitals = end;
    while (small < text_.size() && absl::ascii_islower(byte(small))) ++small;
    if (small - end >= 4) return true;
    while (capitals < text_.size() && absl::ascii_isupper(byte(capitals))) ++capitals;
    return capitals > end && capitals - end <= 3 &&
           !scan::IsLetter(scan::NextCodePoint(text_, capitals));
  }

  // Whether digits go on at `end`, glued or after one separator: "9/11" ends no number in
  // "9/11/2001".
  bool NumberGoesOn(size_t end) const {
    const auto digit = [&](size_t i) { return i < text_.size() && text_[i] >= '0' && text_[i] <= '9'; };
    if (digit(end)) return true;
    return end < text_.size() && std::string_view("/-.,").find(text_[end]) != std::string_view::npos &&
           digit(end + 1);
  }

  // Whether the decade at `begin` is an age: "in his 40s", "in their late 30s", and the
  // second of "in their 20s and 30s".
  bool AfterAPossessive(size_t begin) const {
    if (builder_.PossessiveBefore(begin)) return true;
    const std::string word = Lower(WordBefore(begin));
    if (word != "and" && word != "or" && word != "to") return false;
    // The decade before the conjunction: "20s".
    const size_t end = scan::SkipSpacesBack(text_, scan::SkipSpacesBack(text_, begin) - word.size());
    const auto digit = [&](size_t i) { return std::isdigit(static_cast<unsigned char>(text_[i])); };
    if (end < 3 || text_[end - 1] != 's' || text_[end - 2] != '0' || !digit(end - 3)) return false;
    const size_t first = end - 3;
    return (first == 0 || !digit(first - 1)) && builder_.PossessiveBefore(first);
  }

  // "¾ of the vote", "½ teaspoon": a fraction of one character, alone.
  void ReadVulgarFraction(const Candidate& c) {
    const auto f = numerals::VulgarFractionAt(text_, c.begin);
    if (!f) return;
    bool exact = true;
    const auto value = numerals::Decimal::Quotient(f->numerator, f->denominator, &exact);
    if (!value) return;
    Mention m;
    m.begin = c.begin;
    m.end = c.end;
    m.value = *value;
    m.inexact = !exact;
    Add(m);
  }

  bool ReadWords(const Candidate& c) {
    if (auto idiom = engine_.not_numbers().MatchAt(text_, c.begin); idiom.entry) {  // "نصف نهائي"
      floor_ = std::max(floor_, idiom.end);  // "one by one": the second "one" too
      return true;
    }
    if (InAnIdiomOpenedBefore(c.begin)) return true;
    // "آل ثاني": a family's name after "آل" (folded to "ال", which alone is no word).
    if (WordBefore(c.begin) == "\xD8\xA7\xD9\x84") return true;
    const bool english = c.type == Candidate::Type::kEnglishWords;
    const size_t start = english ? ArticleBefore(c.begin) : c.begin;
    auto words = english ? numerals::ReadEnglishWords(engine_.english_words(), text_, start)
                         : numerals::ReadArabicWords(engine_.arabic_words(), text_, start);
    if (!words && start != c.begin) {
      words = numerals::ReadEnglishWords(engine_.english_words(), text_, c.begin);
    }
    if (!words) words = english ? SecondAsAnOrdinal(c.begin) : PlacedAsAnOrdinal(c.begin);
    if (!words) return false;
    if (engine_.not_numbers().MatchBefore(text_, words->end, "ends").entry) return true;
    const std::string value = words->value.ToString();
    // "الساعة التاسعة والنصف", "و النصف" (half past nine): a fraction joined to the hour
    // before it is part of a time of day, as the hour is.
    if (words->value.IsProperFraction() && AfterTheHour(c.begin)) return true;
    // "الثالثة وعشرون دقيقة" (twenty past three): minutes joined to an hour, a feminine
    // ordinal up to twelve, are the time's too, not the tens of an ordinal.
    if (words->ordinal && MinutesAt(scan::SkipSpaces(text_, words->end))) HourOnly(&*words);
    if (!words->ordinal && MinutesOfTheHourBefore(c.begin, words->end)) return true;
    // "أول أمس" (the day before yesterday) starts like the ordinal "أول".
    if (words->ordinal && value == "1" && engine_.relative_times().MatchAt(text_, c.begin).entry &&
        Emit(&ClaimBuilder::BuildRelativeTime, c.begin)) {
      return true;
    }
    // "بالمائة", "في المائة" name percent wherever they stand; they count nothing themselves.
    if (value == "100") {
      if (auto cue = engine_.percent_cues().MatchBefore(text_, words->end); cue.entry && cue.end <= c.begin) {
        return true;
      }
    }
    if (english && (IsClockInWords(*words) || IsClockFraction(*words) ||
                    SkipClockTime(words->begin, words->end))) {
      return true;
    }
    if (!english && AndOneOf(*words)) return true;
    // "Formula One", "Air Force One": a capitalized number word in a name.
    if (english && absl::ascii_isupper(static_cast<unsigned char>(text_[words->begin])) &&
        builder_.LabelsAName(words->begin)) {
      return true;
    }
    // DropsScaleWithoutNoun may read an accusative scale as one of it, changing the value.
    if (IsPronounOne(*words) || IsFractionAsAPart(*words) || DropsScaleWithoutNoun(&*words) ||
        IsFractionNoun(*words) || (english && IsFirstAnAdverb(*words))) {
      return true;
    }
    if (english) ReadOrdinalBeforeNoun(&*words);
    if (!english) {
      ReadMarkedFraction(engine_, normalized_, &*words);
      ReadFractionBeforeDefinite(engine_, normalized_, &*words);
      ReadSpokenDecimal(engine_, text_, &*words);
    }
    DropAMarginsMinus(engine_, text_, &*words);
    AddWords(*words);
    return true;
  }

  // Whether و joins the word at `begin` (glued or apart) to an ordinal claim right before it.
  bool AfterTheHour(size_t begin) const {
    static constexpr std::string_view kAnd = "\xD9\x88";
    size_t joined = begin;
    if (text_.substr(begin, kAnd.size()) != kAnd) {
      const size_t and_at = scan::SkipSpacesBack(text_, begin) - kAnd.size();
      if (and_at >= begin || text_.substr(and_at, kAnd.size()) != kAnd ||
          scan::IsLetter(scan::PreviousCodePoint(text_, and_at))) {
        return false;
      }
      joined = and_at;
    }
    return !claims_->empty() && claims_->back().kind == Kind::kOrdinal &&
           scan::SkipSpaces(text_, claims_->back().norm_end) == joined;
  }

  // "وأحد أبرز عناصر" (and one of the foremost members): a glued و before أحد or إحدى, which
  // folds to "واحد" (one), is "one of" as أحد alone is, and counts nothing; "وأحد عشر" goes on.
  bool AndOneOf(const numerals::WordNumber& words) const {
    const std::string_view word = scan::WordAt(text_, words.begin);
    if (words.begin + word.size() != words.end || words.ordinal ||
        words.value.ToWhole() != std::optional<uint64_t>(1)) {
      return false;
    }
    const std::string_view original = normalized_.original().substr(
        normalized_.ToOriginalStart(words.begin), 4);
    return original == "\xD9\x88\xD8\xA3" || original == "\xD9\x88\xD8\xA5";  // وأ, وإ
  }

  // An hour is a feminine ordinal up to twelve ("الثالثة").
  bool IsHour(const Claim& c) const {
    const std::optional<uint64_t> n = c.number.ToWhole();
    return c.kind == Kind::kOrdinal && n && *n <= 12 &&
           EndsInTehMarbuta(text_.substr(c.norm_begin, c.norm_end - c.norm_begin));
  }

  // Cuts an ordinal of several words down to its first when that is an hour ("الثالثة" of
  // "الثالثة وعشرون").
  void HourOnly(numerals::WordNumber* words) const {
    const std::string_view first = scan::WordAt(text_, words->begin);
    if (words->begin + first.size() >= words->end || !EndsInTehMarbuta(first)) return;
    const auto hour = numerals::ReadArabicWords(
        engine_.arabic_words(), text_.substr(0, words->begin + first.size()), words->begin);
    const std::optional<uint64_t> n = hour ? hour->value.ToWhole() : std::nullopt;
    if (hour && hour->ordinal && n && *n <= 12) *words = *hour;
  }

  // Where a unit of time named `unit` that starts at `pos` ends, or 0.
  size_t TimeUnitEnd(size_t pos, std::string_view unit) const {
    const auto found = engine_.time_units().MatchAt(text_, pos);
    return found.entry != nullptr && found.entry->tags.at(0) == unit ? found.end : 0;
  }
  bool MinutesAt(size_t pos) const { return TimeUnitEnd(pos, "minute") != 0; }

  void AddWords(const numerals::WordNumber& words) {
    Mention m;
    m.begin = words.begin;
    m.end = words.end;
    m.value = words.value;
    m.from_words = true;
    m.ordinal = words.ordinal;
    m.definite = words.definite;
    m.vague = words.vague;
    m.inexact = words.inexact;
    Add(m);
  }

  // Persian number words stand in Persian text, or where their own letters are Persian's
  // (دویست quoted in an Arabic article). Elsewhere a phrase is read only when none of its
  // letters is Arabic's (بيست is "best" transliterated) and not all of its words are Arabic
  // words too (نود, صد). Whether the whole text is Persian is asked once, when it matters.
  void ReadPersianWords(const Candidate& c) {
    const auto words = numerals::ReadPersianWords(engine_.persian_words(), text_, c.begin);
    if (!words) return;
    const size_t begin = normalized_.ToOriginalStart(words->begin);
    const size_t end = normalized_.ToOriginalEnd(words->end);
    const text::LetterSignals own =
        text::CountLetterSignals(normalized_.original().substr(begin, end - begin));
    const bool read = (own.persian > 0 && own.arabic == 0) ||
                      (own.persian == 0 && own.arabic == 0 &&
                       !OnlyHomographs(text_.substr(words->begin, words->end - words->begin)));
    if (!read && !PersianText()) return;
    AddWords(*words);
  }

  // Whether the whole text is Persian (text::LooksPersian), asked once, when it matters.
  bool PersianText() {
    if (!persian_text_) persian_text_ = text::LooksPersian(normalized_.original());
    return *persian_text_;
  }

  // A Persian word of the lexicon; one that is also an Arabic word ("هزار") only in Persian
  // text.
  const numerals::WordEntry* PersianScaleWord(std::string_view word) {
    const numerals::WordEntry* e = engine_.persian_words().Find(word);
    if (e == nullptr || !e->homograph) return e;
    return PersianText() ? e : nullptr;
  }

  bool OnlyHomographs(std::string_view phrase) const {
    for (size_t pos = 0; pos < phrase.size(); pos = scan::SkipSpaces(phrase, pos)) {
      const std::string_view word = scan::WordAt(phrase, pos);
      if (word.empty()) break;
      const numerals::WordEntry* e = engine_.persian_words().Find(word);
      if (e != nullptr && !e->homograph) return false;
      pos += word.size();
    }
    return true;
  }

  // A time of day is no claim here: "04:00", "2pm", "الساعة 2 مساء". Returns true, and moves
  // past it, when the number is one.
  bool SkipClockTime(size_t begin, size_t end) {
    size_t stop = 0;
    if (end + 2 < text_.size() && text_[end] == ':' && std::isdigit(static_cast<unsigned char>(text_[end + 1]))) {
      stop = end + 1;
      while (stop < text_.size() && (std::isdigit(static_cast<unsigned char>(text_[stop])) ||
                                     text_[stop] == ':')) {
        ++stop;
      }
    }
    const scan::PhraseList& cues = engine_.time_cues();
    for (size_t at : {end, scan::SkipSpaces(text_, end)}) {
      if (auto m = cues.MatchAt(text_, at, "clock"); m.entry && m.entry->tags.at(1) == "after") {
        stop = std::max(stop, m.end);
      }
    }
    size_t p = begin;
    while (p > 0 && text_[p - 1] == ' ') --p;
    if (auto m = cues.MatchBefore(text_, p, "clock"); m.entry && m.entry->tags.at(1) == "before") {
      stop = std::max(stop, end);
    }
    if (stop == 0) return false;
    // "الساعة 8 والنصف": the part of the hour after it is the time's too.
    for (size_t at : {stop, scan::SkipSpaces(text_, stop)}) {
      if (auto m = cues.MatchAt(text_, at, "clock-part"); m.entry) stop = std::max(stop, m.end);
    }
    stop = std::max(stop, MinutesAfterTheHour(stop));
    floor_ = std::max(floor_, stop);
    return true;
  }

  // "الساعة 17 و10 دقائق", "17 و10 دق": minutes joined by و to the hour of a time of day are
  // the time's too, no duration, and so are seconds after them. Where they end, or 0.
  size_t MinutesAfterTheHour(size_t hour_end) const {
    const size_t minutes = AndNumberOf(hour_end, "minute");
    return minutes == 0 ? 0 : WithSeconds(minutes);
  }

  // Where the minutes of an hour in words end, when the number from `begin` to `end` is
  // joined by و to the hour claimed just before it and a unit of minutes follows it ("الخامسة
  // و20 دقيقة", "الثالثة وعشرون دقيقة"); 0 otherwise.
  size_t MinutesOfTheHourBefore(size_t begin, size_t end) const {
    if (!AfterTheHour(begin) || !IsHour(claims_->back())) return 0;
    return PartsOfTheHourEnd(end);
  }

  // The same after the digits of the minutes, which end at `end`: "الخامسة و20 دقيقة".
  size_t PartsOfTheHourEnd(size_t end) const {
    const size_t minutes = TimeUnitEnd(scan::SkipSpaces(text_, end), "minute");
    return minutes == 0 ? 0 : WithSeconds(minutes);
  }

  // "و51 دقيقة و03 ثوان": where the seconds after the minutes end, or the minutes.
  size_t WithSeconds(size_t minutes_end) const {
    return std::max(minutes_end, AndNumberOf(minutes_end, "second"));
  }

  // Where "و", a number under sixty (one or two digits, or words) and a unit of time named
  // `unit` end after `pos`, or 0.
  size_t AndNumberOf(size_t pos, std::string_view unit) const {
    static constexpr std::string_view kAnd = "\xD9\x88";
    const size_t at = scan::SkipSpaces(text_, pos);
    if (text_.substr(at, kAnd.size()) != kAnd) return 0;
    const size_t digits = scan::SkipSpaces(text_, at + kAnd.size());
    size_t end = digits;
    while (end < text_.size() && scan::IsAsciiDigit(text_[end])) ++end;
    if (end == digits) {  // "وعشرون دقيقة", "و عشرين دقيقة"
      const auto words = numerals::ReadArabicWords(engine_.arabic_words(), text_, digits);
      const std::optional<uint64_t> n = words ? words->value.ToWhole() : std::nullopt;
      if (!n || words->ordinal || *n >= 60) return 0;
      end = words->end;
    } else if (end - digits > 2) {
      return 0;
    }
    return TimeUnitEnd(scan::SkipSpaces(text_, end), unit);
  }

  // "the 1930s", and with two digits and the apostrophe "the '70s" (of the 1900s, as
  // "السبعينات" is). Without it "the 70s" may be temperatures, scores or the decade (ReadTens);
  // "in his 70s" is an age.
  bool ReadDecade(const Mention& m) {
    const size_t digits = m.end - m.begin;
    if (m.end >= text_.size() || text_[m.end] != 's' || (digits != 4 && digits != 2) ||
        m.grouped || m.fraction_digits || text_[m.end - 1] != '0' || text_[m.begin] == '-') {
      return false;
    }
    if (m.end + 1 < text_.size() && scan::IsLetter(scan::NextCodePoint(text_, m.end + 1))) {
      return false;
    }
    size_t begin = m.begin;
    if (digits == 2) {
      if (text_[m.begin] < '2') return false;  // "the 10s" is no decade anyone writes so
      const size_t mark = begin > 0 && text_[begin - 1] == '\'' ? 1
                          : begin >= 3 && text_.substr(begin - 3, 3) == "\xE2\x80\x99" ? 3  // ’
                                                                                      : 0;
      begin -= mark;
      if (AfterAPossessive(begin)) {  // "in his 40s": an age
        Claim& claim = claims_->emplace_back();
        SetAgeDecade((text_[m.begin] - '0') * 10, &claim);
        SetSpan(normalized_, m.begin, m.end + 1, &claim);
        Keep();
        return true;
      }
      if (mark == 0) return ReadTens(m);
    }
    const int first = std::stoi(std::string(text_.substr(m.begin, digits)));
    Claim& claim = claims_->emplace_back();
    // "the 1800s", "the 1900s" are a hundred years as English uses them; "the 2000s" is the
    // decade English news means by it.
    if (digits == 4 && first % 100 == 0 && first < 2000) {
      SetPeriod(first, first + 99, "century", &claim);
    } else {
      SetDecade(digits == 2 ? 1900 + first : first, &claim);
    }
    SetSpan(normalized_, begin, m.end + 1, &claim);
    Keep();
    return true;
  }

  // "the mid-30s", "in the low 40s", "the 80s": a number from 30 to 39 holds each reading,
  // the temperatures', the scores' and the decade's, where 30 alone was none of them.
  bool ReadTens(const Mention& m) {
    Add(m);
    Claim& claim = claims_->back();
    if (claim.kind != Kind::kNumber || !claim.qualifier.empty() || claim.value.empty()) {
      return true;
    }
    SetTens(static_cast<int>(claim.number.ToWhole().value_or(0)), &claim);
    SetSpan(normalized_, claim.norm_begin, std::max(claim.norm_end, m.end + 1), &claim);
    floor_ = std::max(floor_, claim.norm_end);
    return true;
  }

  // The suffix other than "th" that the digits ending at `end` take as an ordinal ("st" for
  // 21, "nd" for 2, none for 12: "12st" is twelve stone), or empty. "th" any may take, as
  // writers of English as a second language give it "21th".
  std::string_view DigitsOrdinalSuffix(size_t end) const {
    const bool teen = end >= 2 && text_[end - 2] == '1';
    switch (teen ? '0' : text_[end - 1]) {
      case '1': return "st";
      case '2': return "nd";
      case '3': return "rd";
      default: return {};
    }
  }

  // "30th", "21st", "2nd": an ordinal in digits.
  void ReadOrdinalSuffix(Mention* m) const {
    if (m->end + 2 > text_.size() || m->fraction_digits || m->grouped) return;
    std::string suffix(text_.substr(m->end, 2));
    absl::AsciiStrToLower(&suffix);
    if (suffix != "th" && suffix != DigitsOrdinalSuffix(m->end)) return;
    if (m->end + 2 < text_.size() && scan::IsLetter(scan::NextCodePoint(text_, m->end + 2))) return;
    m->ordinal = true;
    m->end += 2;
  }

  // "7- جامعة شنغهاي", "4-كتاب": a number before a hyphen and a space, or an Arabic word glued
  // to it (Arabic makes no compounds of a number and a hyphen, as "3-day" does), numbers a
  // list item.
  bool IsListMarker(size_t begin, size_t end) const {
    if (!HyphenOpensAnItem(end)) return false;
    // Only at the start of a line or a sentence ("السلطة. 1- بدأ"), or after another item's
    // text: "7- جامعة ... 8- جامعة".
    const size_t p = scan::SkipSpacesBack(text_, begin);  // a no-break space among them
    const bool opens =
        p == 0 || std::string_view("\n-.:").find(text_[p - 1]) != std::string_view::npos;
    if (!opens && !scan::IsLetter(scan::PreviousCodePoint(text_, p))) return false;
    if (p > 0 && scan::IsLetter(scan::PreviousCodePoint(text_, p)) && !HasListItemBefore(p)) {
      return false;
    }
    // "10- حتى 20- ضعفًا" leaves the hyphen hanging before a range's join or a unit, as "10-
    // to 20-fold" does: no list there.
    const size_t next = scan::SkipSpaces(text_, end + 1);
    if (engine_.range_cues().MatchAt(text_, next, "join").entry ||
        engine_.units().MatchAt(text_, next).entry || engine_.time_units().MatchAt(text_, next).entry) {
      return false;
    }
    return scan::IsLetter(scan::NextCodePoint(text_, next));
  }

  // "1) ..." or "1. Wash" at the start of a line, and "(1) fever; (2) cough" anywhere: one or
  // two digits that number the items of a list.
  bool IsEnumerator(size_t begin, size_t end) const {
    if (end - begin > 2 || end + 1 >= text_.size()) return false;
    const bool bracketed = begin > 0 && text_[begin - 1] == '(' && text_[end] == ')';
    if (!bracketed && text_[end] != ')' && text_[end] != '.') return false;
    const size_t next = scan::SkipSpaces(text_, end + 1);
    if (next == end + 1 || !scan::IsLetter(scan::NextCodePoint(text_, next))) return false;
    if (engine_.months().MatchAt(text_, next).entry) return false;  // "16. November 2016"
    const size_t p = scan::SkipSpacesBack(text_, bracketed ? begin - 1 : begin);
    if (p == 0 || text_[p - 1] == '\n') return true;
    return bracketed && InABracketedList(begin, end);
  }

  // Whether the bracketed number at [begin, end) is an item of "(1) ... (2) ...": the first
  // with the second after it, or a later one with the one before it and the first further
  // back. "children (3) and women (4)" count.
  bool InABracketedList(size_t begin, size_t end) const {
    constexpr size_t kItem = 400, kList = 2000;  // bytes between items, and in a whole list
    const int n = std::stoi(std::string(text_.substr(begin, end - begin)));
    const auto item = [](int k) { return absl::StrCat("(", k, ")"); };
    const auto before = [&](int k, size_t reach) {
      const size_t from = begin > reach ? begin - reach : 0;
      return text_.substr(from, begin - 1 - from).find(item(k)) != std::string_view::npos;
    };
    if (n == 1) return text_.substr(end, kItem).find(item(2)) != std::string_view::npos;
    return n > 1 && before(n - 1, kItem) && before(1, kList);
  }

  // "eight-thirty", "six-fifteen": an hour and its minutes joined by a hyphen, a time of day.
  bool IsClockInWords(const numerals::WordNumber& n) {
    if (n.end >= text_.size() || text_[n.end] != '-' || n.ordinal) return false;
    const std::string_view minutes = WordAfter(n.end + 1);
    const numerals::WordEntry* e = engine_.english_words().Find(Lower(minutes));
    if (e == nullptr || (e->role != numerals::Role::kTens && e->role != numerals::Role::kTeen)) {
      return false;
    }
    floor_ = std::max(floor_, n.end + 1 + minutes.size());
    return true;
  }

  // "half past ten", "a quarter to 9": a fraction of the hour before "past" or "to" and the
  // hour, a time of day.
  bool IsClockFraction(const numerals::WordNumber& n) {
    const std::string value = n.value.ToString();
    if (value != "0.5" && value != "0.25") return false;
    const size_t word = scan::SkipSpaces(text_, n.end);
    const std::string link = Lower(scan::WordAt(text_, word));
    if (link != "past" && !(link == "to" && value == "0.25")) return false;  // no "half to"
    // "rose in the first quarter to 1,350 dinars": a quarter of the year, not of an hour;
    // "rose by a quarter to 12 million": of what rose.
    if (IsPeriodWord(n.begin) || AfterBy(n.begin)) return false;
    const size_t hour = scan::SkipSpaces(text_, word + link.size());
    size_t end = hour;
    while (scan::DigitAt(text_, end)) ++end;
    // "to 1,350", "to 12.5": more digits after a mark are no hour.
    const bool more = end + 1 < text_.size() && (text_[end] == ',' || text_[end] == '.') &&
                      scan::DigitAt(text_, end + 1);
    if (more || end - hour > 2) return false;
    if (end == hour) {
      const std::string_view name = scan::WordAt(text_, hour);
      const numerals::WordEntry* e = engine_.english_words().Find(Lower(name));
      if (e == nullptr || e->value.ToString().size() > 2) return false;
      end = hour + name.size();
    }
    // "a quarter to 12 million", "to 12%": a scale or a sign after it makes it no hour.
    const size_t next = scan::SkipSpaces(text_, end);
    if (next < text_.size() && (text_[next] == '%' || ScaleWordAt(next))) return false;
    floor_ = std::max(floor_, end);
    return true;
  }

  // Whether "by" stands before the fraction that starts at `pos` (or before its "a").
  bool AfterBy(size_t pos) const {
    std::string_view word = WordBefore(pos);
    if (Lower(word) == "a") word = WordBefore(static_cast<size_t>(word.data() - text_.data()));
    return Lower(word) == "by";
  }

  bool ScaleWordAt(size_t pos) const {
    const numerals::WordEntry* e = engine_.english_words().Find(Lower(scan::WordAt(text_, pos)));
    return e != nullptr && (e->role == numerals::Role::kScale ||
                            e->role == numerals::Role::kScalePlural ||
                            e->role == numerals::Role::kScaleAbbrev);
  }

  // A word that makes the quarter or half after it one of a year or a game: "the", "its"
  // (time_cues.tsv), "first", "fourth".
  bool IsPeriodWord(size_t fraction_begin) const {
    const size_t end = scan::SkipSpacesBack(text_, fraction_begin);
    const auto cue = engine_.time_cues().MatchBefore(text_, end, "period-place");
    if (cue.entry != nullptr && cue.entry->tags.at(1) == "before") return true;
    const std::string word = Lower(scan::WordBefore(text_, end));
    const numerals::WordEntry* e = engine_.english_words().Find(word);
    return e != nullptr && (e->role == numerals::Role::kOrdinal ||
                            e->role == numerals::Role::kOrdinalDef ||
                            e->role == numerals::Role::kOrdinalOne);
  }

  // "the business quarter", "first-half shots": an English "quarter" is a fraction only with a
  // count or an article before it ("a quarter", "three quarters", which the phrase itself
  // holds) or a qualifier ("nearly quarter"); "half" unless "the" or a hyphen joins it to
  // another word.
  bool IsFractionNoun(const numerals::WordNumber& n) const {
    const std::string word = Lower(text_.substr(n.begin, n.end - n.begin));
    if (word != "half" && word != "quarter" && word != "quarters") return false;
    if (n.begin > 0 && text_[n.begin - 1] == '-') return true;
    // "the quarter-hour mark", "a half-hour show": joined to a unit of time, it is a fraction of it.
    if (n.end < text_.size() && text_[n.end] == '-' &&
        engine_.time_units().MatchAt(text_, n.end + 1).entry) {
      return false;
    }
    // "half were given ...": a half is a quantity unless an ordinal or "the" names it.
    if (word == "half") return Lower(WordBefore(n.begin)) == "the";
    const std::string before = Lower(WordBefore(n.begin));
    if (before == "than" || before == "about" || before == "nearly" || before == "almost" ||
        before == "over" || before == "around" || before == "only" || before == "just") {
      return false;  // "more than half", "nearly half"
    }
    return true;  // a bare "quarter": "the business quarter", "the third quarter"
  }

  // "a fourth meeting", "a fourth, later stage" is the fourth; "a fourth of the cases" is a
  // quarter.
  void ReadOrdinalBeforeNoun(numerals::WordNumber* n) const {
    const std::string_view text = text_.substr(n->begin, n->end - n->begin);
    const bool article = text.rfind("a ", 0) == 0 || text.rfind("A ", 0) == 0 ||
                         text.rfind("an ", 0) == 0 || text.rfind("An ", 0) == 0;
    if (!article || n->ordinal || n->value.negative() || n->value.ToString().rfind("0.", 0) != 0) {
      return;
    }
    // A fraction before "of", at the end of a sentence ("ate a fifth."), before a word that is
    // no noun ("a fifth and two fifths", "a third or more"), or bounded ("about a third, and":
    // an ordinal takes no bound, and "a fourth, later stage" is one).
    const size_t next = scan::SkipSpaces(text_, n->end);
    const std::string after = Lower(WordAfter(n->end));
    // "300 of the 900, or a third, said": a share restated between commas.
    const size_t word_end = scan::SkipSpacesBack(text_, n->begin);
    const std::string word_before = Lower(scan::WordBefore(text_, word_end));
    const bool comma = next < text_.size() && text_[next] == ',';
    const bool restated = comma && (word_before == "or" || ApposedShare(n->begin, next));
    // "fell to a third, from 900 to 300": where a change led, then where it began.
    const bool led_to = comma && word_before == "to" && Lower(WordAfter(next + 1)) == "from";
    // "shrank by a third", "cut by a fifth": how much a change took, never a rank.
    const bool by = engine_.arith_cues().MatchBefore(text_, word_end, "by").entry != nullptr;
    if (after == "of" || next >= text_.size() || restated || led_to || by ||
        VerbInThePast(n->end) ||
        std::string_view(".\n;:()").find(text_[next]) != std::string_view::npos ||
        engine_.noun_stopwords().contains(after) ||
        engine_.qualifiers()
            .MatchBefore(text_, scan::SkipSpacesBack(text_, n->begin), "before",
                         kQualifierWhereColumn)
            .entry) {
      return;
    }
    const size_t space = text.find(' ');
    const numerals::WordEntry* e = engine_.english_words().Find(Lower(text.substr(space + 1)));
    using numerals::Role;
    if (e == nullptr || (e->role != Role::kOrdinal && e->role != Role::kOrdinalScale)) return;
    n->value = e->value;
    n->ordinal = true;
    n->inexact = false;
  }

  // "sets aside $600 million, a third, for health": a fraction between commas, the word after
  // them no adjective of a rank ("a fourth, later stage") but one that opens what follows or
  // a verb in the past.
  bool ApposedShare(size_t begin, size_t comma) const {
    const size_t before = scan::SkipSpacesBack(text_, begin);
    if (before == 0 || text_[before - 1] != ',') return false;
    const std::string after = Lower(WordAfter(comma + 1));
    return engine_.noun_stopwords().contains(after) || after.ends_with("ed");
  }

  // "a third backed the plan", "a fifth voted for it": a word in -ed after the fraction, then
  // a word that opens its object or complement (noun_stopwords.tsv), is the fraction's verb
  // ("a third armed group" is a rank: a noun follows).
  bool VerbInThePast(size_t end) const {
    constexpr size_t kShortest = 4;  // "used" ("red" is no verb)
    const std::string verb = Lower(WordAfter(end));
    if (verb.size() < kShortest || !verb.ends_with("ed")) return false;
    const size_t after_verb = scan::SkipSpaces(text_, end) + verb.size();
    const std::string next = Lower(WordAfter(after_verb));
    return engine_.noun_stopwords().contains(next);  // "the", "for", "against", "it"...
  }

  static std::string Lower(std::string_view s) {
    std::string out(s);
    absl::AsciiStrToLower(&out);
    return out;
  }

  // "ألفا دولار" is 2000 dollars, but "ألفا وبيتا" is alpha and beta: the construct dual of a
  // scale needs the noun it counts right after it. Without one, the form is the accusative of
  // one ("بلغ عددهم مليونا"), read so before و and digits ("مليونا و800 ألف", whose sum a
  // later pass joins) and for scales from a million on, which are no other word; "ألفا" alone
  // is left. Returns whether the phrase is dropped; where it is the accusative, `n` becomes one
  // of the scale.
  bool DropsScaleWithoutNoun(numerals::WordNumber* n) const {
    const std::string_view word = text_.substr(n->begin, n->end - n->begin);
    const numerals::WordEntry* e = engine_.arabic_words().Find(word);
    if (e == nullptr || e->role != numerals::Role::kScaleAcc) return false;
    const size_t next = scan::SkipSpaces(text_, n->end);
    const std::string_view after = WordAfter(n->end);
    const bool and_after = after.substr(0, 2) == "\xD9\x88";  // و
    if (!(next == n->end || after.empty() || and_after ||
          engine_.noun_stopwords().contains(std::string(after)))) {
      return false;
    }
    const bool and_digits = and_after && next + 2 < text_.size() &&
                            absl::ascii_isdigit(static_cast<unsigned char>(text_[next + 2]));
    if (!and_digits && e->value < numerals::Decimal::FromInt(1000000)) return true;
    n->value = e->value;
    return false;
  }

  // An ordinal, or "last", "الأخير": the word that places a part ("the second half").
  bool NamesAPlace(std::string_view w) const {
    std::string lower(w);
    absl::AsciiStrToLower(&lower);
    const numerals::WordEntry* e = engine_.english_words().Find(lower);
    if (e == nullptr) e = engine_.arabic_words().Find(lower.size() > 4 ? lower.substr(4) : lower);
    using numerals::Role;
    return (e && (e->role == Role::kOrdinal || e->role == Role::kOrdinalDef)) ||
           lower == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAE\xD9\x8A\xD8\xB1" ||  // الاخير
           lower == "\xD8\xA7\xD9\x84\xD8\xA7\xD8\xAE\xD9\x8A\xD8\xB1\xD9\x87" ||  // الاخيره
           lower == "last" || lower == "final";
  }

  // "the second half", "النصف الأول", "الربع الثالث", "الربع الأخير": a half or a quarter of
  // a game or a year, named by an ordinal, is a period and no quantity.
  // Also "the last third of the genome", "the first fifth of": an English ordinal from third
  // to tenth between an ordinal or "last" and "of" names such a part, as "الثلث الأخير" does.
  bool IsFractionAsAPart(const numerals::WordNumber& n) const {
    if (n.ordinal) {
      const std::optional<uint64_t> k = n.value.ToWhole();
      return k && *k >= 3 && *k <= 10 && static_cast<unsigned char>(text_[n.begin]) < 0x80 &&
             Lower(WordAfter(n.end)) == "of" && NamesAPlace(WordBefore(n.begin));
    }
    const std::string value = n.value.ToString();  // one word for a fraction
    if (value.rfind("0.", 0) != 0 || n.end - n.begin > 12) return false;
    const std::string_view after = WordAfter(n.end);
    const std::string_view before = WordBefore(n.begin);
    // "نصف ذلك" is "we describe that": an Arabic "نصف" without the article needs the thing
    // it halves after it (other fractions are no verbs: "ثلث هؤلاء" is a third of them), or a
    // cue of percent ("نصف في المائة").
    const bool arabic = static_cast<unsigned char>(text_[n.begin]) >= 0x80;
    const bool definite = text_.substr(n.begin, 4) == "\xD8\xA7\xD9\x84";
    // With a pronoun glued to it, the thing halved is said ("نصفهم من الأطفال", "ويعترف نصفهم
    // بالحفاظ"); the verb goes on with "بأن" ("نصفهم بأنهم", we describe them as).
    constexpr size_t kHalf = 6;  // bytes of "نصف"
    const bool suffixed = n.end - n.begin > kHalf;
    const bool nothing_halved =
        suffixed ? after.starts_with("\xD8\xA8\xD8\xA7\xD9\x86")  // "بان" (بأن folded)
                 : !after.empty() && engine_.noun_stopwords().contains(std::string(after)) &&
                       !engine_.percent_cues().MatchAt(text_, scan::SkipSpaces(text_, n.end)).entry;
    const bool and_a_half = n.begin >= 2 && (text_.substr(n.begin - 2, 2) == "\xD9\x88" ||
                                             before == "\xD9\x88");  // "ساعة ونصف"
    // "في الربع السابق", "النصف الماضي": a quarter or a half placed by a word of time, as by an
    // ordinal; not after "بمقدار" ("بمقدار الربع العام الماضي" is by a quarter last year).
    const bool placed = arabic && definite && (value == "0.25" || value == "0.5") &&
                        engine_.time_cues()
                            .MatchAt(text_, scan::SkipSpaces(text_, n.end), "period-place")
                            .entry &&
                        !engine_.arith_cues()
                             .MatchBefore(text_, scan::SkipSpacesBack(text_, n.begin), "by")
                             .entry;
    // English places the part before ("the last quarter"): "a quarter last year" is a share.
    return NamesAPlace(before) || (arabic && NamesAPlace(after)) || placed ||
           (value == "0.5" && arabic && !definite && nothing_halved && !and_a_half);
  }

  // "was first identified in", "the virus first appeared in", "by first distributing the":
  // "first" before a verb in -ed or -ing says when, and ranks nothing. No determiner before it
  // ("the first confirmed case", "Italy's first recorded death"), and nothing that the verb
  // could qualify after it (a headline's "First confirmed case") unless a verb of being or
  // having comes before.
  bool IsFirstAnAdverb(const numerals::WordNumber& n) const {
    if (Lower(text_.substr(n.begin, n.end - n.begin)) != "first") return false;
    const size_t verb_at = scan::SkipSpaces(text_, n.end);
    const std::string verb = Lower(scan::WordAt(text_, verb_at));
    if (verb.size() < 5 || !(verb.ends_with("ed") || verb.ends_with("ing"))) return false;
    const size_t before = scan::SkipSpacesBack(text_, n.begin);
    const auto cue = engine_.ordinal_cues().MatchBefore(text_, before);
    const std::string_view meaning =
        cue.entry ? std::string_view(cue.entry->tags.at(0)) : std::string_view();
    if (meaning == "determiner" || meaning == "article") return false;
    if (meaning == "auxiliary") return true;
    const size_t after_verb = scan::SkipSpaces(text_, verb_at + verb.size());
    const std::string next = Lower(scan::WordAt(text_, after_verb));
    return after_verb >= text_.size() || next.empty() || engine_.noun_stopwords().contains(next);
  }

  // English "second" is also a unit of time: it is the ordinal where a word of
  // ordinal_cues.tsv shows it ("the second quarter", "a second plane", "finished second",
  // "second-largest"), never before a word of time ("a second later").
  std::optional<numerals::WordNumber> SecondAsAnOrdinal(size_t begin) const {
    const size_t end = begin + 6;
    if (Lower(text_.substr(begin, 6)) != "second" ||
        (end < text_.size() && absl::ascii_isalpha(static_cast<unsigned char>(text_[end])))) {
      return std::nullopt;
    }
    const scan::PhraseList& cues = engine_.ordinal_cues();
    // What a match means, or nothing: a view of the entry's own tag, which outlives the call.
    const auto meaning = [](const scan::PhraseList::Match& m) {
      return m.entry ? std::string_view(m.entry->tags.at(0)) : std::string_view();
    };
    const std::string_view cue_before =
        meaning(cues.MatchBefore(text_, scan::SkipSpacesBack(text_, begin)));
    const bool hyphen = end < text_.size() && text_[end] == '-';  // "second-largest"
    const size_t next = scan::SkipSpaces(text_, hyphen ? end + 1 : end);
    const std::string_view cue_after = meaning(cues.MatchAt(text_, next));
    const std::string after = Lower(scan::WordAt(text_, next));
    // "a second plane": a word of its own after it, not "a second or two".
    const bool word_after = !after.empty() && !engine_.noun_stopwords().contains(after);
    const bool ordinal = cue_before == "determiner" || cue_before == "placing" ||
                         (cue_before == "article" && word_after) || cue_after == "superlative" ||
                         (after.size() >= 6 && after.ends_with("est")) ||
                         (cue_before.empty() && AfterAnotherOrdinal(begin));
    if (!ordinal || cue_after == "time") return std::nullopt;
    numerals::WordNumber n;
    n.begin = begin;
    n.end = end;
    n.value = numerals::Decimal::FromInt(2);
    n.ordinal = true;
    return n;
  }

  // "finished third in the 2019 race and second in 2021", "first, second": "and", "or" or a
  // comma right before it, and an English ordinal word a few words back in the clause.
  bool AfterAnotherOrdinal(size_t begin) const {
    constexpr size_t kNear = 48;  // bytes: "third in the 2019 race and"
    size_t at = scan::SkipSpacesBack(text_, begin);
    const std::string joint = Lower(WordBefore(at));
    if (joint == "and" || joint == "or") {
      at -= joint.size();
    } else if (at > 0 && text_[at - 1] == ',') {
      --at;
    } else {
      return false;
    }
    const size_t stop = begin > kNear ? begin - kNear : 0;
    for (size_t end = scan::SkipSpacesBack(text_, at); end > stop;
         end = scan::SkipSpacesBack(text_, end)) {
      const std::string_view word = scan::WordBefore(text_, end);
      if (word.empty()) {  // digits are passed over ("the 2019 race"); a mark ends the clause
        if (!scan::IsAsciiDigit(text_[end - 1])) return false;
        while (end > 0 && scan::IsAsciiDigit(text_[end - 1])) --end;
        continue;
      }
      const numerals::WordEntry* e = engine_.english_words().Find(Lower(word));
      if (e && (e->role == numerals::Role::kOrdinal || e->role == numerals::Role::kOrdinalTeen)) {
        return true;
      }
      end -= word.size();
    }
    return false;
  }

  // Arabic "ثانية", "ثان" without the article are also a second of time: the ordinal right
  // after a verb of placing ("حلت ثانية في السباق", she came second).
  std::optional<numerals::WordNumber> PlacedAsAnOrdinal(size_t begin) const {
    const std::string_view word = scan::WordAt(text_, begin);
    const numerals::WordEntry* e = engine_.arabic_words().Find(word);
    if (e == nullptr || e->role != numerals::Role::kOrdinalDef) return std::nullopt;
    const auto cue = engine_.ordinal_cues().MatchBefore(text_, scan::SkipSpacesBack(text_, begin));
    if (cue.entry == nullptr || cue.entry->tags.at(0) != "placing") return std::nullopt;
    numerals::WordNumber n;
    n.begin = begin;
    n.end = begin + word.size();
    n.value = e->value;
    n.ordinal = true;
    return n;
  }

  // Whether the words on either side of [begin, end) are English: the first word before it,
  // else the one after it, in ASCII letters.
  bool InEnglish(size_t begin, size_t end) const {
    std::string_view word = WordBefore(begin);
    if (word.empty()) word = WordAfter(end);
    return !word.empty() && absl::ascii_isalpha(static_cast<unsigned char>(word[0]));
  }

  std::string_view WordAfter(size_t pos) const {
    return scan::WordAt(text_, scan::SkipSpaces(text_, pos));
  }

  std::string_view WordBefore(size_t pos) const {
    size_t end = pos;
    while (end > 0 && text_[end - 1] == ' ') --end;
    return scan::WordBefore(text_, end);
  }

  // An earlier "N- " on the same line, so that a number before "- word" continues a list.
  bool HasListItemBefore(size_t pos) const {
    for (size_t i = LineStart(pos); i + 2 < pos; ++i) {
      if (scan::IsAsciiDigit(text_[i]) && HyphenOpensAnItem(i + 1)) return true;
    }
    return false;
  }

  // "1 – مقدمة ابن خلدون 2 – كتاب": a small number before an en dash and a word numbers an
  // item where the item before or after it is numbered so in the same line; alone, a dash
  // after a number opens an aside ("عام 2016 – وهو عام").
  bool IsDashedItem(size_t begin, size_t end) const {
    static constexpr std::string_view kDash = "\xE2\x80\x93";  // –
    const auto number_before_dash = [&](size_t digits_end) -> int {
      size_t start = digits_end;
      while (start > 0 && scan::IsAsciiDigit(text_[start - 1])) --start;
      if (start == digits_end || digits_end - start > 2) return -1;
      const char32_t before = scan::PreviousCodePoint(text_, start);
      if (before == U'.' || before == U',' || scan::IsLetter(before)) return -1;  // "و6 –"
      return std::stoi(std::string(text_.substr(start, digits_end - start)));
    };
    const size_t dash = scan::SkipSpaces(text_, end);
    if (text_.substr(dash, kDash.size()) != kDash) return false;
    const int n = number_before_dash(end);
    const size_t next = scan::SkipSpaces(text_, dash + kDash.size());
    if (n < 1 || !scan::IsLetter(scan::NextCodePoint(text_, next))) return false;
    const size_t line_end = std::min(text_.find('\n', end), text_.size());
    for (size_t at = text_.find(kDash, LineStart(begin)); at < line_end;
         at = text_.find(kDash, at + kDash.size())) {
      if (at == dash) continue;
      const int other = number_before_dash(scan::SkipSpacesBack(text_, at));
      if (other == n - 1 || other == n + 1) return true;
    }
    return false;
  }

  // Where the line that holds `pos` starts.
  size_t LineStart(size_t pos) const {
    const size_t newline = text_.rfind('\n', pos);
    return newline == std::string_view::npos ? 0 : newline + 1;
  }

  // Whether the hyphen at `pos` is one that numbers an item: a space after it, or an Arabic
  // letter glued to it.
  bool HyphenOpensAnItem(size_t pos) const {
    if (pos + 1 >= text_.size() || text_[pos] != '-') return false;
    if (scan::SpaceLength(text_, pos + 1)) return true;
    const char32_t next = scan::NextCodePoint(text_, pos + 1);
    return next >= 0x0600 && next <= 0x06FF && scan::IsLetter(next);
  }

  // "which one", "أي واحد", "the yellow one.", "one must": a lone "one" that the words around
  // it make a pronoun (pronoun_one.tsv).
  bool IsPronounOne(const numerals::WordNumber& n) const {
    if (n.ordinal || n.value.ToString() != "1") return false;
    if (n.end - n.begin > 10) return false;  // more than one word
    // "washing one's hands": the possessive is the pronoun's.
    if (text_.substr(n.end, 2) == "'s" || text_.substr(n.end, 4) == "\xE2\x80\x99s") return true;
    if (n.end < text_.size() && text_[n.end] == '-') return false;  // "the lowest one-day total"
    const size_t next = scan::SkipSpaces(text_, n.end);
    if (next > n.end && PronounCue(scan::WordAt(text_, next), "after")) return true;
    if (n.begin > 0 && text_[n.begin - 1] == '-') {  // "no-one knew"
      return PronounCue(scan::WordBefore(text_, n.begin - 1), "before");
    }
    const size_t end = scan::SkipSpacesBack(text_, n.begin);
    if (end == n.begin || RatioAfter(next)) return false;  // "another one in four"
    if (PronounCue(scan::WordBefore(text_, end), "before")) return true;
    return NothingCountedAt(n.end) && DeterminerAndAdjectivesBefore(end);
  }

  // Whether "in", "in every", "out of every", "of every" or "من كل" and a number start at
  // `pos`: "one" before them is the first term of a ratio ("أي واحد من كل ستة").
  bool RatioAfter(size_t pos) const {
    for (size_t i = std::size(kRatioLinks); i-- > 0;) {  // the longest English first
      const std::string_view link = kRatioLinks[i];
      const std::string_view head = text_.substr(pos, link.size());
      if (!absl::EqualsIgnoreCase(absl::string_view(head.data(), head.size()),
                                  absl::string_view(link.data(), link.size())) ||
          !scan::SpaceLength(text_, pos + link.size())) {
        continue;
      }
      const size_t at = scan::SkipSpaces(text_, pos + link.size());
      if (at >= text_.size()) return false;
      if (!scan::IsAsciiDigit(text_[at])) {
        const std::string word = Lower(scan::WordAt(text_, at));
        return (i < kEnglishRatioLinks ? engine_.english_words() : engine_.arabic_words())
                   .Find(word) != nullptr;
      }
      // "which one in 2020": a year after "in" is when.
      const std::string_view digits = text_.substr(at, 5);
      return !(digits.size() >= 4 && (digits.starts_with("19") || digits.starts_with("20")) &&
               std::all_of(digits.begin(), digits.begin() + 4, scan::IsAsciiDigit) &&
               (digits.size() == 4 || !scan::IsAsciiDigit(digits[4])));
    }
    return false;
  }

  // Whether pronoun_one.tsv says `word` stands `where` ("before", "after", ...).
  bool PronounCue(std::string_view word, std::string_view where) const {
    const auto it = engine_.pronoun_one().find(Lower(word));
    return it != engine_.pronoun_one().end() &&
           std::find(it->second.begin(), it->second.end(), where) != it->second.end();
  }

  // No noun nor unit after `end`: the end of the sentence, a mark, or a particle ("the red one
  // that"), not "the top one percent".
  bool NothingCountedAt(size_t end) const {
    const size_t next = scan::SkipSpaces(text_, end);
    const std::string_view after = scan::WordAt(text_, next);
    if (after.empty()) return true;
    return next > end && engine_.noun_stopwords().contains(Lower(after)) &&
           !engine_.percent_cues().MatchAt(text_, next).entry &&
           !engine_.units().MatchAt(text_, next).entry &&
           !engine_.time_units().MatchAt(text_, next).entry &&
           !engine_.currencies().MatchAt(text_, next).entry;
  }

  // "the yellow one", "a completely different one": a determiner, then one or two adjectives
  // in small letters (no verb nor preposition: "this is one"), ending at `end`.
  bool DeterminerAndAdjectivesBefore(size_t end) const {
    std::string_view word = scan::WordBefore(text_, end);
    for (int adjectives = 1; adjectives <= 2; ++adjectives) {
      if (word.empty() || !absl::ascii_islower(static_cast<unsigned char>(word[0])) ||
          PronounCue(word, "breaks")) {
        return false;
      }
      const size_t before = scan::SkipSpacesBack(text_, end - word.size());
      if (before == end - word.size()) return false;
      end = before;
      word = scan::WordBefore(text_, end);
      if (PronounCue(word, "determiner")) return true;
    }
    return false;
  }

  // "a million", "half a million": the scanner starts English phrases at the scale word.
  size_t ArticleBefore(size_t begin) const {
    size_t space_start = begin;
    while (space_start > 0 && text_[space_start - 1] == ' ') --space_start;
    if (space_start == begin) return begin;
    size_t word_start = space_start;
    while (word_start > 0 && std::isalpha(static_cast<unsigned char>(text_[word_start - 1]))) {
      --word_start;
    }
    if (word_start > 0 && scan::IsLetter(scan::PreviousCodePoint(text_, word_start))) return begin;
    std::string word(text_.substr(word_start, space_start - word_start));
    absl::AsciiStrToLower(&word);
    if (word == "a" || word == "an") {
      const size_t half = ArticleBefore(word_start);  // "half a million"
      return half != word_start ? half : word_start;
    }
    return word == "half" ? word_start : begin;
  }

  // "1.5m people", "3m visitors": a plural noun after a glued "m" is counted in millions;
  // metres are tall, long, high or away.
  bool CountedPluralAfter(size_t pos) const {
    const std::string_view written = WordAfter(pos);
    const std::string word = Lower(written);
    if (word == "people" || word == "men" || word == "women" || word == "children") return true;
    return word.size() >= 4 && word.back() == 's' && !word.ends_with("ss") &&
           absl::ascii_islower(static_cast<unsigned char>(written[0])) &&
           !engine_.noun_stopwords().contains(word);
  }

  // One-letter abbreviations only glued ("10k", "1.2b"), at `glued` (npos when a space is
  // between). One that is a unit too ("m", "mm") only glued to an amount of money, since "3m"
  // alone is metres, or in capitals among English words, which metres never are ("raised
  // 10M", "$1MM"); a lowercase "m" before a count or another unit too, never "mm" ("5mm
  // bullets").
  bool AbbreviationIsAScale(const Mention& m, std::string_view word, size_t glued,
                            size_t word_end) const {
    const size_t after = word_end - word.size();
    const auto unit = engine_.units().MatchAt(text_, after);
    if (unit.entry == nullptr || unit.end != word_end) return word.size() > 1 || glued == after;
    if (glued != after) return false;
    const size_t before = scan::SkipSpacesBack(text_, m.begin);
    return (text_[after] == 'M' && InEnglish(m.begin, word_end)) ||
           IsCurrencySign(scan::PreviousCodePoint(text_, before)) || CurrencyCodeBefore(before) ||
           (word == "m" && (CountedPluralAfter(word_end) || OtherUnitAfter(m.begin, word_end)));
  }

  // "3.2m bpd": a unit after the glued "m" makes it millions of that unit; not one of length,
  // which metres are given in too ("3m in height"), nor after an article, where the measure
  // describes a noun ("a 3m barrel").
  bool OtherUnitAfter(size_t begin, size_t pos) const {
    const std::string article = Lower(WordBefore(begin));
    if (article == "a" || article == "an") return false;
    static constexpr std::string_view kLengths[] = {"m",  "km", "cm",  "mm", "mi", "ft",
                                                    "in", "yd", "nmi", "nm", "µm"};
    const size_t at = scan::SkipSpaces(text_, pos);
    if (at == pos) return false;
    const auto unit = engine_.units().MatchAt(text_, at);
    return unit.entry != nullptr && !unit.entry->HasTag("cue") &&
           absl::c_find(kLengths, unit.entry->tags.at(0)) == std::end(kLengths);
  }

  // "EUR 300m", "Dh100m": a currency's code, a capital first, that ends at `end` ("le 100m"
  // is French, "try 300m" a verb).
  bool CurrencyCodeBefore(size_t end) const {
    const auto c = engine_.currencies().MatchBefore(text_, end);
    return c.entry != nullptr && c.end < end &&
           absl::ascii_isupper(static_cast<unsigned char>(text_[c.end]));
  }

  // "120 مليون", "٣ آلاف", "2.5 billion", "1.2bn", "$3m": digits times a scale word.
  void ApplyScaleWord(Mention* m) {
    size_t from = m->end;
    // "$300+ billion"; but "90+2" adds (a match's added time), it bounds nothing.
    if (from < text_.size() && text_[from] == '+' && !scan::DigitAt(text_, from + 1)) {
      ++from, m->plus = true;
    }
    const bool hyphen = !m->plus && from < text_.size() && text_[from] == '-';  // "$5-million"
    const size_t after = hyphen ? from + 1 : scan::SkipSpaces(text_, from);
    size_t word_end = after;
    const std::string word = LowerWordAt(after, &word_end);
    if (word.empty()) return;
    if (word == "and" && !hyphen && !m->plus) {
      AndAFractionInWords(m);
      return;
    }
    const numerals::WordEntry* e = engine_.arabic_words().Find(word);
    if (e == nullptr) e = engine_.english_words().Find(word);
    if (e == nullptr) e = PersianScaleWord(word);  // "۳ میلیون"
    if (e == nullptr) return;
    using numerals::Role;
    const bool scale =
        e->role == Role::kScale || e->role == Role::kScalePlural || e->role == Role::kScaleAcc;
    const bool glued = after == from;
    const bool abbrev = e->role == Role::kScaleAbbrev && !hyphen &&
                        AbbreviationIsAScale(*m, word, glued ? after : std::string::npos, word_end);
    // "3 dozen eggs", "a 3-dozen box": twelve of each ("dozens" after digits is no English);
    // "3 hundred people" a hundred of each, in English (Arabic writes 300 or ثلاثمائة).
    const bool hundred = e->role == Role::kHundred && static_cast<unsigned char>(word[0]) < 0x80;
    if ((e->role == Role::kDozen || hundred) && (hyphen || !glued) && !m->plus &&
        m->fraction_digits == 0) {
      m->value = m->value.Times(e->value);
      m->alternative.reset();
      m->end = word_end;
      return;
    }
    if (!scale && !abbrev) {
      if (m->plus) m->end = from;
      // "Visitors rose to 3.5m": a glued "m" with nothing after that says which is metres,
      // read so, and millions its other reading, which a translation may give ("3.5 مليون").
      if (e->role == Role::kScaleAbbrev && glued && !hyphen && word == "m" && !m->alternative) {
        m->alternative = m->value.Times(e->value);
      }
      return;
    }
    m->value = m->value.Times(e->value);
    m->scale = e->value;
    // Before a scale word the point is a decimal point: "1.716 مليون" is never 1716 million.
    m->alternative.reset();
    m->end = word_end;
    if (scale) ApplyLargerScale(e->value, m);
    if (!scale || m->fraction_digits != 0) return;
    const bool english = static_cast<unsigned char>(word[0]) < 0x80;
    const auto fraction = numerals::ReadFractionAfterScale(
        english ? engine_.english_words() : engine_.arabic_words(), text_, word_end, e->value,
        english);
    if (fraction) {  // "3 ملايين ونصف", "2 million and a half"
      m->value = m->value.Plus(fraction->value);
      m->end = fraction->end;
    }
  }

  // "3 and a half hours", "2 and a half million": whole digits and a fraction in English
  // words, as "three and a half" would be read, then a scale word after both.
  void AndAFractionInWords(Mention* m) {
    if (m->fraction_digits != 0) return;
    const auto fraction = numerals::ReadFractionAfterScale(
        engine_.english_words(), text_, m->end, numerals::Decimal::FromInt(1), true);
    if (!fraction) return;
    m->value = m->value.Plus(fraction->value);
    m->alternative.reset();
    m->end = fraction->end;
    ApplyScaleWord(m);
  }

  // The run of letters at `at`, lowered (ASCII), and where it ends; empty where none starts.
  std::string LowerWordAt(size_t at, size_t* end) const {
    *end = scan::LetterRunEnd(text_, at);
    std::string word(text_.substr(at, *end - at));
    absl::AsciiStrToLower(&word);
    return word;
  }

  // "2 lakh crore", "20 thousand crore", "3 آلاف مليون": a number of thousands or lakhs
  // counts the larger scale right after it, as the same words spelled out do.
  void ApplyLargerScale(const numerals::Decimal& scale, Mention* m) {
    using numerals::Decimal;
    if (!(scale == Decimal::FromInt(1000)) && !(scale == Decimal::FromInt(100000))) return;
    const size_t after = scan::SkipSpaces(text_, m->end);
    size_t word_end = after;
    const std::string word = LowerWordAt(after, &word_end);
    if (word.empty() || after == m->end) return;
    const numerals::WordEntry* e = engine_.arabic_words().Find(word);
    if (e == nullptr) e = engine_.english_words().Find(word);
    if (e == nullptr || e->role != numerals::Role::kScale || !(scale < e->value)) return;
    m->value = m->value.Times(e->value);
    m->scale = m->scale.Times(e->value);
    m->end = word_end;
  }

  // Claims are built in their place at the end of the list, not moved there.
  void Add(const Mention& m) {
    builder_.Build(m, floor_, &claims_->emplace_back());
    Keep();
  }

  template <typename Method>
  bool Emit(Method method, size_t begin) {
    if (!(builder_.*method)(begin, floor_, &claims_->emplace_back())) {
      claims_->pop_back();
      return false;
    }
    Keep();
    return true;
  }

  // Takes in the claim just built at the end of the list. A claim that reached back over
  // earlier ones replaces them: "كانون الثاني/يناير 2022" is read from its year, after
  // "الثاني" was taken for an ordinal.
  void Keep() {
    std::vector<Claim>& claims = *claims_;
    size_t first = claims.size() - 1;
    while (first > 0 && claims[first - 1].norm_begin >= claims.back().norm_begin) --first;
    if (first + 1 != claims.size()) {
      claims[first] = std::move(claims.back());
      claims.resize(first + 1);
    }
    Claim& claim = claims.back();
    ReadSignWord(engine_, normalized_, floor_, &claim);
    claim.sentence = sentences_.At(claim.norm_begin);
    floor_ = claim.norm_end;
  }

  // A date without a year ("أيلول/سبتمبر", "18 نوفمبر") takes the year of the dateline: the
  // first full date of the document, when it comes before, and only up to the dateline's month;
  // one that names an event or a place takes none of it.
  // The dateline writes its year; a date that took its year from the date after it ("23 أفريل
  // و7 ماي 2017") is none.
  void FillYearsFromDateline(std::vector<Claim>* claims) const {
    const Claim* dateline = nullptr;
    for (Claim& c : *claims) {
      if (c.kind != Kind::kDate) continue;
      if (c.value.size() == 10 && c.value[0] != '-') {
        const std::string_view written = text_.substr(c.norm_begin, c.norm_end - c.norm_begin);
        // (A Hijri date's year is no Gregorian date's.)
        if (dateline == nullptr && c.calendar == "gregorian" &&
            written.find(c.value.substr(0, 4)) != std::string_view::npos) {
          dateline = &c;
        }
        continue;
      }
      if (dateline == nullptr || c.value.rfind("--", 0) != 0 || c.calendar != "gregorian") continue;
      if (NamedByItsDate(c.norm_begin)) {
        TakeYearOfTheSameDay(*claims, &c);
        continue;
      }
      const int month = std::stoi(c.value.substr(2, 2));
      const int dateline_month = std::stoi(dateline->value.substr(5, 2));
      // A later month may be the one before or the one to come: the year stays unknown.
      if (month > dateline_month) continue;
      c.value = dateline->value.substr(0, 4) + c.value.substr(1);
    }
  }

  // A date that names an event ("ثورة 25 يناير") takes the year of the same day written in
  // full earlier in the document ("ثورة 25 يناير 2011"), not the dateline's.
  static void TakeYearOfTheSameDay(const std::vector<Claim>& claims, Claim* c) {
    const std::string_view day = std::string_view(c->value).substr(1);  // "-01-25"
    for (const Claim& earlier : claims) {
      if (&earlier == c) return;
      if (earlier.kind == Kind::kDate && earlier.value.size() == 10 &&
          earlier.value[0] != '-' && std::string_view(earlier.value).substr(4) == day) {
        c->value = earlier.value;
        return;
      }
    }
  }

  // Whether the word before `begin` is a noun that the date after it names ("لكتيبة 17
  // فبراير", "ذكرى 25 يناير"), with a glued letter or without.
  bool NamedByItsDate(size_t begin) const {
    const std::string_view word = WordBefore(begin);
    if (word.empty()) return false;
    const size_t start = static_cast<size_t>(word.data() - text_.data());
    const auto named_at = [&](size_t at) {
      const auto m = engine_.time_cues().MatchAt(text_, at, "named");
      return m.entry != nullptr && m.end == start + word.size();
    };
    return named_at(start) || (GluedClitic(text_, start) && named_at(start + 2));
  }

  const Engine& engine_;
  const text::NormalizedText& normalized_;
  std::string_view text_;
  ClaimBuilder builder_;
  SentenceCounter sentences_;
  std::vector<Claim>* claims_;
  size_t floor_ = 0;
  std::optional<bool> persian_text_;  // PersianText()'s answer, once asked
};

}  // namespace

Error Extract(const Engine& engine, std::string_view input, const ExtractOptions& options,
              std::vector<Claim>* claims) {
  text::NormalizedText normalized;
  return Extract(engine, input, options, claims, &normalized);
}

Error Extract(const Engine& engine, std::string_view input, const ExtractOptions& options,
              std::vector<Claim>* claims, text::NormalizedText* normalized) {
  claims->clear();
  if (input.size() > options.max_input_bytes) {
    return {ErrorCode::kInputTooLarge, options.max_input_bytes,
            absl::StrCat("input of ", input.size(), " bytes exceeds the limit of ",
                         options.max_input_bytes)};
  }
  size_t bad = 0;
  if (!engine.normalizer().Normalize(input, normalized, &bad)) {
    return {ErrorCode::kInvalidUtf8, bad, absl::StrCat("invalid UTF-8 at byte ", bad)};
  }
  Extraction(engine, *normalized, options, claims).Run();
  return {};
}

}  // namespace mizan::claims
