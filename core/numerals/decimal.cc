#include "core/numerals/decimal.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace mizan::numerals {
namespace {

using u128 = unsigned __int128;

// 10^38 < 2^128 / 10, so a coefficient below it can take one more digit without overflow.
constexpr int kMaxDigits = 38;
// The exponent range keeps ToString() output bounded: a claim value longer than this is
// not a number anyone wrote down.
constexpr int32_t kMaxExponent = 64;
constexpr int32_t kMinExponent = -64;

u128 PowerOfTen(int k) {
  u128 p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

const u128 kLimit = PowerOfTen(kMaxDigits);

// 10^0 .. 10^18, the powers a 64-bit whole number can be scaled by.
constexpr std::array<uint64_t, 19> kPowers = [] {
  std::array<uint64_t, 19> p{};
  p[0] = 1;
  for (size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
  return p;
}();

// 10^18 / 10^e: a whole number times 10^e stays below 10^18 when it is below this. A table,
// since every claim asks and a 64-bit division is slow.
constexpr std::array<uint64_t, 19> kWholeLimits = [] {
  std::array<uint64_t, 19> q{};
  for (size_t i = 0; i < q.size(); ++i) q[i] = kPowers[18] / kPowers[i];
  return q;
}();

// a * b, or false when the product reaches kLimit.
bool MultiplyChecked(u128 a, u128 b, u128* out) {
  if (a != 0 && b > (kLimit - 1) / a) return false;
  *out = a * b;
  return true;
}

}  // namespace

Decimal Decimal::TooLarge() {
  Decimal d;
  d.too_large_ = true;
  return d;
}

Decimal Decimal::FromInt(uint64_t v) {
  Decimal d;
  d.coefficient_ = v;
  d.Canonicalize();
  return d;
}

std::optional<Decimal> Decimal::Quotient(uint64_t numerator, uint64_t denominator,
                                         bool* exact) {
  constexpr int kPlaces = 20;
  if (denominator == 0) return std::nullopt;
  Decimal d;
  d.coefficient_ = numerator / denominator;
  u128 remainder = numerator % denominator;
  int places = 0;
  while (remainder != 0 && places < kPlaces) {  // long division, one digit at a time
    remainder *= 10;
    d.coefficient_ = d.coefficient_ * 10 + remainder / denominator;
    remainder %= denominator;
    ++places;
  }
  *exact = remainder == 0;
  if (!*exact && remainder * 2 >= denominator) ++d.coefficient_;  // round half up
  if (d.coefficient_ >= kLimit) return TooLarge();
  d.exponent_ = -places;
  d.Canonicalize();
  return d;
}

std::optional<Decimal> Decimal::FromDigits(std::string_view integer, std::string_view fraction) {
  if (integer.empty() && fraction.empty()) return std::nullopt;
  Decimal d;
  int significant = 0;
  const auto take = [&](char c) {
    if (c < '0' || c > '9') return false;
    if (significant > 0 || c != '0') ++significant;
    if (significant > kMaxDigits) return true;  // checked after the loop
    d.coefficient_ = d.coefficient_ * 10 + static_cast<unsigned>(c - '0');
    return true;
  };
  for (char c : integer) {
    if (!take(c)) return std::nullopt;
  }
  for (char c : fraction) {
    if (!take(c)) return std::nullopt;
  }
  if (significant > kMaxDigits) return TooLarge();
  if (fraction.size() > static_cast<size_t>(-kMinExponent)) return TooLarge();
  d.exponent_ = -static_cast<int32_t>(fraction.size());
  d.Canonicalize();
  return d;
}

std::optional<Decimal> Decimal::Parse(std::string_view text) {
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  const size_t dot = text.find('.');
  auto value = dot == std::string_view::npos
                   ? FromDigits(text, "")
                   : FromDigits(text.substr(0, dot), text.substr(dot + 1));
  if (value && negative) value = value->Negated();
  return value;
}

Decimal Decimal::Negated() const {
  Decimal d = *this;
  if (!too_large_ && coefficient_ != 0) d.negative_ = !negative_;
  return d;
}

Decimal Decimal::Times(const Decimal& other) const {
  if (too_large_ || other.too_large_) return TooLarge();
  Decimal d;
  if (!MultiplyChecked(coefficient_, other.coefficient_, &d.coefficient_)) return TooLarge();
  d.exponent_ = exponent_ + other.exponent_;
  d.negative_ = negative_ != other.negative_;
  d.Canonicalize();
  return d;
}

Decimal Decimal::TimesPowerOfTen(int32_t k) const {
  if (too_large_) return *this;
  Decimal d = *this;
  d.exponent_ += k;
  d.Canonicalize();
  return d;
}

Decimal Decimal::Plus(const Decimal& other) const {
  if (too_large_ || other.too_large_) return TooLarge();
  // Bring both to the smaller exponent.
  const int32_t e = std::min(exponent_, other.exponent_);
  u128 a = coefficient_, b = other.coefficient_;
  if (exponent_ - e > kMaxDigits || other.exponent_ - e > kMaxDigits) return TooLarge();
  if (!MultiplyChecked(a, PowerOfTen(exponent_ - e), &a) ||
      !MultiplyChecked(b, PowerOfTen(other.exponent_ - e), &b)) {
    return TooLarge();
  }
  Decimal d;
  d.exponent_ = e;
  if (negative_ == other.negative_) {
    d.coefficient_ = a + b;
    if (d.coefficient_ >= kLimit) return TooLarge();
    d.negative_ = negative_;
  } else if (a >= b) {
    d.coefficient_ = a - b;
    d.negative_ = negative_;
  } else {
    d.coefficient_ = b - a;
    d.negative_ = other.negative_;
  }
  d.Canonicalize();
  return d;
}

void Decimal::Canonicalize() {
  if (coefficient_ == 0) {
    exponent_ = 0;
    negative_ = false;
    return;
  }
  while (coefficient_ > UINT64_MAX && coefficient_ % 10 == 0) {
    coefficient_ /= 10;
    ++exponent_;
  }
  if (coefficient_ <= UINT64_MAX) {  // native division, as in ToString
    auto small = static_cast<uint64_t>(coefficient_);
    while (small % 10 == 0) {
      small /= 10;
      ++exponent_;
    }
    coefficient_ = small;
  }
  // Whole numbers are printed with their zeros, so the exponent must stay printable.
  if (exponent_ > kMaxExponent || exponent_ < kMinExponent) *this = TooLarge();
}

bool Decimal::IsProperFraction() const {
  return !too_large_ && !negative_ && !is_zero() && *this < FromInt(1);
}

std::optional<uint64_t> Decimal::ToWhole() const {
  constexpr uint64_t kLimit = 1000000000000000000ULL;  // 10^18
  if (too_large_ || negative_ || exponent_ < 0 || exponent_ > 18 || coefficient_ >= kLimit) {
    return std::nullopt;
  }
  const auto c = static_cast<uint64_t>(coefficient_);
  const auto e = static_cast<size_t>(exponent_);
  if (c >= kWholeLimits[e]) return std::nullopt;  // c * 10^e would reach 10^18
  return c * kPowers[e];
}

std::string Decimal::ToString() const {
  if (too_large_) return {};
  // Digits from the back into a buffer; 128-bit division is a library call, so the 64-bit
  // values of nearly every claim divide natively.
  char buffer[40];
  char* first = buffer + sizeof buffer;
  u128 c = coefficient_;
  while (c > UINT64_MAX) {
    *--first = static_cast<char>('0' + static_cast<int>(c % 10));
    c /= 10;
  }
  for (auto small = static_cast<uint64_t>(c); first == buffer + sizeof buffer || small != 0;
       small /= 10) {
    *--first = static_cast<char>('0' + static_cast<int>(small % 10));
  }
  const std::string_view digits(first, static_cast<size_t>(buffer + sizeof buffer - first));
  std::string out = negative_ ? "-" : "";
  out.reserve(digits.size() + static_cast<size_t>(std::abs(exponent_)) + 3);
  if (exponent_ >= 0) {
    out += digits;
    out.append(static_cast<size_t>(exponent_), '0');
    return out;
  }
  const size_t frac = static_cast<size_t>(-exponent_);
  if (digits.size() <= frac) {
    out += "0.";
    out.append(frac - digits.size(), '0');
    out += digits;
  } else {
    out += digits.substr(0, digits.size() - frac);
    out += '.';
    out += digits.substr(digits.size() - frac);
  }
  return out;
}

bool operator<(const Decimal& a, const Decimal& b) {
  const Decimal diff = b.Plus(a.Negated());
  return !diff.negative() && !diff.is_zero();
}

std::optional<int32_t> Decimal::PowerOfTenTo(const Decimal& other) const {
  // Both canonical: the same coefficient and sign, whatever their exponents.
  if (too_large_ || other.too_large_ || is_zero() || coefficient_ != other.coefficient_ ||
      negative_ != other.negative_) {
    return std::nullopt;
  }
  return other.exponent_ - exponent_;
}

bool operator==(const Decimal& a, const Decimal& b) {
  if (a.too_large_ || b.too_large_) return false;
  return a.coefficient_ == b.coefficient_ && a.exponent_ == b.exponent_ &&
         a.negative_ == b.negative_;
}

}  // namespace mizan::numerals
