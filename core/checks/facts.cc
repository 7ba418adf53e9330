#include "core/checks/facts.h"

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "nlohmann/json.hpp"

namespace mizan::checks {
namespace {

using Json = nlohmann::json;
using numerals::Decimal;

constexpr int kMaxDepth = 32;
constexpr ErrorCode kBadFacts = ErrorCode::kBadFacts;

struct FactError {
  std::string message;
  std::string id;  // to locate the fact in the input
};

std::optional<Decimal> ParseDecimal(const Json& v) {
  std::string text;
  if (v.is_number_integer() || v.is_number_unsigned()) {
    text = v.dump();
  } else if (v.is_number_float()) {
    // A float is taken as its shortest round-trip text ("2.5"); exponents are refused, so
    // exact values belong in strings.
    text = v.dump();
  } else if (v.is_string()) {
    text = v.get<std::string>();
  } else {
    return std::nullopt;
  }
  return Decimal::Parse(text);
}

std::optional<claims::Kind> KindNamed(const std::string& name) {
  using claims::Kind;
  for (Kind k : {Kind::kNumber, Kind::kMoney, Kind::kPercent, Kind::kYear, Kind::kDate,
                 Kind::kDuration, Kind::kOrdinal, Kind::kQuantity}) {
    if (claims::KindName(k) == name) return k;
  }
  if (name == "count") return Kind::kNumber;
  return std::nullopt;
}

std::string Fold(std::string_view s, const text::Normalizer& normalizer) {
  std::string out = normalizer.Fold(s);
  absl::AsciiStrToLower(&out);
  return out;
}

// Reads one fact; returns an error message naming the field.
std::optional<FactError> ReadFact(const Json& j, const text::Normalizer& normalizer, Fact* f) {
  if (!j.is_object()) return FactError{"a fact must be an object", ""};
  if (!j.contains("id") || !j["id"].is_string()) return FactError{"a fact needs a string \"id\"", ""};
  f->id = j["id"].get<std::string>();
  const auto fail = [&](std::string message) {
    return FactError{absl::StrCat("fact \"", f->id, "\": ", message), f->id};
  };
  if (j.contains("kind")) {
    if (!j["kind"].is_string() || !KindNamed(j["kind"].get<std::string>())) {
      return fail("\"kind\" must be one of number, money, percent, year, date, duration, "
                  "quantity, ordinal");
    }
    f->kind = *KindNamed(j["kind"].get<std::string>());
  }
  if (j.contains("unit") && !j["unit"].is_null()) {
    if (!j["unit"].is_string()) return fail("\"unit\" must be a string");
    f->unit = j["unit"].get<std::string>();
  }
  std::optional<Decimal> tolerance = Decimal::FromInt(0);
  if (j.contains("tolerance")) {
    tolerance = ParseDecimal(j["tolerance"]);
    if (!tolerance || tolerance->negative()) return fail("\"tolerance\" must be a number >= 0");
  }
  if (j.contains("value")) {
    const auto v = ParseDecimal(j["value"]);
    if (!v || v->too_large()) return fail("\"value\" must be a decimal number");
    f->lower = v->Plus(tolerance->Negated());
    f->upper = v->Plus(*tolerance);
    f->display = v->ToString();
  } else if (j.contains("lower") || j.contains("upper")) {
    for (const char* key : {"lower", "upper"}) {
      if (!j.contains(key) || j[key].is_null()) continue;
      const auto v = ParseDecimal(j[key]);
      if (!v || v->too_large()) return fail(absl::StrCat("\"", key, "\" must be a decimal number"));
      (std::string(key) == "lower" ? f->lower : f->upper) =
          std::string(key) == "lower" ? v->Plus(tolerance->Negated()) : v->Plus(*tolerance);
    }
    f->display = absl::StrCat(f->lower ? f->lower->ToString() : "", "..",
                              f->upper ? f->upper->ToString() : "");
  } else {
    return fail("a fact needs \"value\", or \"lower\" and/or \"upper\"");
  }
  for (const char* key : {"valid_from", "valid_until"}) {
    if (!j.contains(key) || j[key].is_null()) continue;
    if (!j[key].is_string()) return fail(absl::StrCat("\"", key, "\" must be a date string"));
    (std::string(key) == "valid_from" ? f->valid_from : f->valid_until) = j[key].get<std::string>();
  }
  if (!j.contains("cues")) return fail("a fact needs \"cues\"");
  const Json& cues = j["cues"];
  const auto add_list = [&](const Json& list) -> bool {
    if (!list.is_array()) return false;
    for (const Json& cue : list) {
      if (!cue.is_string() || cue.get<std::string>().empty()) return false;
      f->cues.push_back(Fold(cue.get<std::string>(), normalizer));
    }
    return true;
  };
  bool ok = cues.is_array() ? add_list(cues) : cues.is_object();
  if (cues.is_object()) {
    for (const auto& [language, list] : cues.items()) ok &= add_list(list);
  }
  if (!ok || f->cues.empty()) {
    return fail("\"cues\" must be a list of phrases, or an object of lists by language");
  }
  return std::nullopt;
}

size_t OffsetOfId(std::string_view json, const std::string& id) {
  if (id.empty()) return kNoOffset;
  const std::string quoted = Json(id).dump();
  const size_t at = json.find(quoted);
  return at == std::string_view::npos ? kNoOffset : at;
}

}  // namespace

Error Facts::Load(std::string_view json, const text::Normalizer& normalizer, Facts* out) {
  out->facts_.clear();
  Json doc;
  try {
    doc = Json::parse(json.begin(), json.end(), [](int depth, Json::parse_event_t, Json&) {
      if (depth > kMaxDepth) throw std::runtime_error("nested too deeply");
      return true;
    });
  } catch (const Json::parse_error& e) {
    return {kBadFacts, e.byte > 0 ? e.byte - 1 : 0, absl::StrCat("facts JSON: ", e.what())};
  } catch (const std::runtime_error& e) {
    return {kBadFacts, kNoOffset, absl::StrCat("facts JSON: ", e.what(), " (more than ",
                                               kMaxDepth, " levels)")};
  }
  const Json* list = &doc;
  if (doc.is_object() && doc.contains("facts")) list = &doc["facts"];
  if (!list->is_array()) {
    return {kBadFacts, 0, "facts JSON: expected {\"facts\": [...]} or a list of facts"};
  }
  for (const Json& j : *list) {
    Fact f;
    if (auto problem = ReadFact(j, normalizer, &f)) {
      return {kBadFacts, OffsetOfId(json, problem->id), problem->message};
    }
    out->facts_.push_back(std::move(f));
  }
  return {};
}

}  // namespace mizan::checks
