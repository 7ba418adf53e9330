#ifndef MIZAN_CORE_NUMERALS_DECIMAL_H_
#define MIZAN_CORE_NUMERALS_DECIMAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace mizan::numerals {

// An exact decimal number: coefficient × 10^exponent, with a sign. The coefficient holds up
// to 38 significant digits; an operation whose exact result does not fit sets too_large()
// instead of wrapping or rounding, and the value then stays unknown.
class Decimal {
 public:
  Decimal() = default;
  static Decimal FromInt(uint64_t v);
  // numerator / denominator: exact when the quotient ends within 20 fractional digits, else
  // rounded to 20 (*exact is then false, as for a third: 0.33333333333333333333). Nothing for
  // a zero denominator.
  static std::optional<Decimal> Quotient(uint64_t numerator, uint64_t denominator, bool* exact);
  // Parses ASCII digits with at most one '.', e.g. "2500" or "2.5". Leading zeros are fine.
  static std::optional<Decimal> FromDigits(std::string_view integer, std::string_view fraction);
  // Parses canonical text as ToString() writes it: "-12.5", "2500000000". Nothing otherwise.
  static std::optional<Decimal> Parse(std::string_view text);

  bool too_large() const { return too_large_; }
  bool negative() const { return negative_; }
  bool is_zero() const { return coefficient_ == 0; }
  // Whether 0 < value < 1: "a half", "three quarters", "0.75".
  bool IsProperFraction() const;

  Decimal Negated() const;
  Decimal Times(const Decimal& other) const;
  Decimal Plus(const Decimal& other) const;
  Decimal TimesPowerOfTen(int32_t k) const;
  // The digits after the point as ToString() writes them ("2.25": 2, "300": 0; 0 when
  // too_large()).
  int FractionDigits() const { return too_large_ || exponent_ >= 0 ? 0 : -exponent_; }
  // The k for which other == this × 10^k, both nonzero ("623" to "623000" is 3, to "0.623"
  // -3); nothing where none is.
  std::optional<int32_t> PowerOfTenTo(const Decimal& other) const;
  // The value when it is a whole number, not negative, below 10^18; nothing otherwise.
  std::optional<uint64_t> ToWhole() const;

  // Canonical text: no exponent, no trailing fractional zeros, "-" for negatives
  // ("2500000000", "0.25", "-1.5"). Empty when too_large().
  std::string ToString() const;

  friend bool operator==(const Decimal& a, const Decimal& b);
  // a < b by the sign of b - a; false when either is too large.
  friend bool operator<(const Decimal& a, const Decimal& b);

 private:
  static Decimal TooLarge();
  void Canonicalize();

  unsigned __int128 coefficient_ = 0;
  int32_t exponent_ = 0;
  bool negative_ = false;
  bool too_large_ = false;
};

}  // namespace mizan::numerals

#endif  // MIZAN_CORE_NUMERALS_DECIMAL_H_
