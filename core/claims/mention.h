#ifndef MIZAN_CORE_CLAIMS_MENTION_H_
#define MIZAN_CORE_CLAIMS_MENTION_H_

#include <cstddef>
#include <optional>

#include "core/numerals/decimal.h"

namespace mizan::claims {

// A number as read from digits or words, before the claim around it is known.
struct Mention {
  size_t begin = 0;  // normalized offsets
  size_t end = 0;
  numerals::Decimal value;
  int fraction_digits = 0;
  bool separator_guessed = false;
  std::optional<numerals::Decimal> alternative;  // the other reading of "20.000"
  bool grouped = false;  // written with a grouping separator ("2,022" is no year)
  bool from_words = false;
  bool definite = false;  // a number word with the article ("السبع")
  bool ordinal = false;
  bool vague = false;
  bool inexact = false;
  bool plus = false;  // "300+": at least the value
  bool words_after = false;  // number words right after digits, which may restate them
  numerals::Decimal scale;  // the scale word after the digits ("15 مليون": a million), or 0
};

}  // namespace mizan::claims

#endif  // MIZAN_CORE_CLAIMS_MENTION_H_
