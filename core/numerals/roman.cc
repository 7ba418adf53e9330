#include "core/numerals/roman.h"

#include <string>

namespace mizan::numerals {
namespace {

int Digit(char c) {
  switch (c) {
    case 'I': return 1;
    case 'V': return 5;
    case 'X': return 10;
    case 'L': return 50;
    case 'C': return 100;
    case 'D': return 500;
    case 'M': return 1000;
    default: return 0;
  }
}

// The standard spelling of n, to check a reading against: one numeral has one spelling.
std::string Spell(int n) {
  static constexpr std::pair<int, std::string_view> kParts[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [value, letters] : kParts) {
    for (; n >= value; n -= value) out += letters;
  }
  return out;
}

}  // namespace

std::optional<int> ReadRoman(std::string_view numeral) {
  if (numeral.empty() || numeral.size() > 15) return std::nullopt;
  int total = 0;
  for (size_t i = 0; i < numeral.size(); ++i) {
    const int d = Digit(numeral[i]);
    if (d == 0) return std::nullopt;
    const int next = i + 1 < numeral.size() ? Digit(numeral[i + 1]) : 0;
    total += d < next ? -d : d;
  }
  if (total <= 0 || total > 3999 || Spell(total) != numeral) return std::nullopt;
  return total;
}

}  // namespace mizan::numerals
