#include "core/checks/measures.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"

namespace mizan::checks {
namespace {

using claims::Claim;
using claims::Kind;

// How many of the dimension's base unit one of a unit is, and as much under the unit's other
// common size (0 where it has none). A factor of 0: amounts that are not converted.
struct UnitInfo {
  std::string_view dimension;
  double factor;
  double other_factor = 0;
};

const UnitInfo* UnitOf(std::string_view unit) {
  using Units = absl::flat_hash_map<std::string_view, UnitInfo>;
  static const auto* const kUnits = new Units{
      {"km", {"length", 1000}},         {"m", {"length", 1}},
      {"cm", {"length", 0.01}},         {"mm", {"length", 0.001}},
      {"mi", {"length", 1609.344}},     {"ft", {"length", 0.3048}},
      {"in", {"length", 0.0254}},       {"yd", {"length", 0.9144}},
      {"nmi", {"length", 1852}},        {"µm", {"length", 1e-6}},
      {"nm", {"length", 1e-9}},         {"kt", {"mass", 1e6}},
      {"kg", {"mass", 1}},              {"g", {"mass", 0.001}},
      {"mg", {"mass", 1e-6}},           {"µg", {"mass", 1e-9}},
      {"q", {"mass", 100}},
      // "tons" are metric, short or long; gold's ounce is the troy ounce.
      {"t", {"mass", 1000, 907.18474}}, {"lb", {"mass", 0.45359237}},
      {"oz", {"mass", 0.028349523125, 0.0311034768}},
      {"km2", {"area", 1e6}},           {"m2", {"area", 1}},
      {"mi2", {"area", 2589988.110336}}, {"ft2", {"area", 0.09290304}},
      // The feddan, 4% above the acre, renders an acre in Arabic as often ("12,000 acres" as
      // "12 ألف فدان").
      {"ha", {"area", 10000}},          {"acre", {"area", 4046.8564224}},
      {"feddan", {"area", 4200.83, 4046.8564224}}, {"l", {"volume", 1}},
      {"ml", {"volume", 0.001}},        {"hl", {"volume", 100}},
      // US and imperial gallons; a cup of 8 US fluid ounces or a metric cup.
      {"gal", {"volume", 3.785411784, 4.54609}},
      {"bbl", {"volume", 158.987294928}}, {"m3", {"volume", 1000}},
      {"ft3", {"volume", 28.316846592}}, {"cup", {"volume", 0.2365882365, 0.25}},
      {"km/h", {"speed", 1}},           {"mph", {"speed", 1.609344}},
      {"m/s", {"speed", 3.6}},
      {"°C", {"temperature", 1}},       {"°F", {"temperature", 1}},
      {"B", {"data", 0}},               {"kB", {"data", 0}},
      {"MB", {"data", 0}},              {"GB", {"data", 0}},
      {"TB", {"data", 0}},              {"kW", {"power", 1000}},
      {"MW", {"power", 1e6}},           {"GW", {"power", 1e9}},
      {"pp", {"points", 1}},            {"bp", {"points", 0.01}},
      // Time, in units that convert exactly: days to weeks, months to years (a month's days
      // and a year's differ, "6 months (180 days)" is said loosely).
      {"second", {"time", 1}},          {"minute", {"time", 60}},
      {"hour", {"time", 3600}},         {"day", {"time", 86400}},
      {"week", {"time", 604800}},       {"month", {"months", 1}},
      {"year", {"months", 12}},         {"decade", {"months", 120}},
      {"century", {"months", 1200}},
      // Currencies pegged to the dollar or the euro, by their fixed rate (the Hong Kong
      // dollar's band and the krone's within 3 %): "400 مليون دولار (1.5 مليار ريال)" is one
      // amount. Floating currencies convert at no rate a text could be held to.
      {"USD", {"money:USD", 1}},        {"SAR", {"money:USD", 1 / 3.75}},
      {"AED", {"money:USD", 1 / 3.6725}}, {"QAR", {"money:USD", 1 / 3.64}},
      {"OMR", {"money:USD", 1 / 0.3845}}, {"BHD", {"money:USD", 1 / 0.376}},
      {"JOD", {"money:USD", 1 / 0.709}}, {"DJF", {"money:USD", 1 / 177.721}},
      {"HKD", {"money:USD", 1 / 7.8}},  {"EUR", {"money:EUR", 1}},
      {"XOF", {"money:EUR", 1 / 655.957}}, {"XAF", {"money:EUR", 1 / 655.957}},
      {"KMF", {"money:EUR", 1 / 491.96775}}, {"BAM", {"money:EUR", 1 / 1.95583}},
      {"BGN", {"money:EUR", 1 / 1.95583}}, {"DKK", {"money:EUR", 1 / 7.46038}}};
  const auto it = kUnits->find(unit);
  return it == kUnits->end() ? nullptr : &it->second;
}

// "10 pounds" with no currency named may be a weight.
bool SaysPounds(const Claim& c) {
  std::string text = c.text;
  absl::AsciiStrToLower(&text);
  return absl::EndsWith(text, "pound") || absl::EndsWith(text, "pounds");
}

}  // namespace

std::string_view Dimension(std::string_view unit) {
  const UnitInfo* info = UnitOf(unit);
  return info ? info->dimension : std::string_view();
}

std::optional<Measure> MeasureOf(const Claim& c) { return MeasureOf(c, c.value); }

std::string_view MeasuredUnit(const Claim& c) {
  if (c.kind == Kind::kQuantity) return c.unit;
  if (c.kind != Kind::kMoney) return "";
  if (c.unit.empty()) return SaysPounds(c) ? "lb" : "";
  return UnitOf(c.unit) != nullptr ? std::string_view(c.unit) : std::string_view();
}

std::optional<Measure> MeasureOf(const Claim& c, const std::string& value) {
  if (c.too_large) return std::nullopt;
  return MeasureIn(MeasuredUnit(c), value);
}

std::optional<Measure> MeasureIn(std::string_view unit, const std::string& value) {
  const UnitInfo* info = UnitOf(unit);
  if (info == nullptr || info->factor == 0 || value.empty()) return std::nullopt;
  const double v = std::strtod(value.c_str(), nullptr);
  if (unit == "°F") {
    const double celsius = (v - 32) * 5 / 9;
    return Measure{info->dimension, unit, celsius, celsius, 5.0 / 9};
  }
  const double other = info->other_factor > 0 ? info->other_factor : info->factor;
  return Measure{info->dimension, unit, v * info->factor, v * other, info->factor};
}

bool Converted(const Measure& a, const Measure& b) {
  if (a.unit == b.unit || a.dimension != b.dimension) return false;
  const bool feet_and_inches =
      (a.unit == "ft" && b.unit == "in") || (a.unit == "in" && b.unit == "ft");
  for (const double x : {a.base, a.other_base}) {
    for (const double y : {b.base, b.other_base}) {
      const double scale = std::max(std::fabs(x), std::fabs(y));
      if (scale > 0 && std::fabs(x - y) <= (feet_and_inches ? 0.005 : 0.03) * scale) return true;
    }
  }
  return false;
}

bool CanBeOneAmount(const Measure& a, double a_slack, const Measure& b, double b_slack) {
  const double rounding = a_slack * a.per_unit + b_slack * b.per_unit;
  const bool temperature = a.dimension == "temperature";
  // Units of time convert by factors no one rounds.
  const double rounded = a.dimension == "time" || a.dimension == "months" ? 0 : 0.03;
  for (const double x : {a.base, a.other_base}) {
    for (const double y : {b.base, b.other_base}) {
      const double factor =
          temperature ? 5.0 / 9 : rounded * std::max(std::fabs(x), std::fabs(y));
      if (std::fabs(x - y) <= rounding + factor) return true;
    }
  }
  return false;
}

bool DegreesOfTheOthersScale(const claims::Claim& a, const claims::Claim& b) {
  constexpr std::string_view kDegree = "\xC2\xB0";  // °
  const auto scale = [](const claims::Claim& c) {
    return c.unit == "\xC2\xB0" "C" || c.unit == "\xC2\xB0" "F";
  };
  return (a.unit == kDegree && scale(b)) || (b.unit == kDegree && scale(a));
}

std::optional<UnitsSpan> SmallerIn(std::string_view large, std::string_view small) {
  struct Row {
    std::string_view large, small;
    UnitsSpan span;
  };
  static constexpr Row kRows[] = {
      {"week", "day", {5, 7, 7}},       {"month", "day", {20, 31, 30}},
      {"year", "day", {250, 366, 365}}, {"year", "week", {52, 53, 52}},
      {"year", "month", {12, 12, 12}},  {"month", "week", {4, 31.0 / 7, 30.0 / 7}},
      {"day", "hour", {8, 24, 24}},     {"hour", "minute", {60, 60, 60}},
      {"hour", "second", {3600, 3600, 3600}}, {"minute", "second", {60, 60, 60}},
  };
  for (const Row& r : kRows) {
    if (r.large == large && r.small == small) return r.span;
  }
  return std::nullopt;
}

}  // namespace mizan::checks
