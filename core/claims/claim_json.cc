#include "core/claims/claim_json.h"

#include "nlohmann/json.hpp"

namespace mizan::claims {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

// The object is filled in order without the lookup that operator[] makes for every key:
// the fields are known to be distinct, and claims are written by the thousand.
Json ToJson(const Claim& c) {
  Json j(Json::value_t::object);
  auto& fields = j.get_ref<Json::object_t&>();
  fields.reserve(20);
  const auto put = [&fields](const char* key, Json value) {
    fields.emplace_back(key, std::move(value));
  };
  put("start", c.start);
  put("end", c.end);
  put("text", c.text);
  put("kind", KindName(c.kind));
  put("value", OrNull(c.value));
  put("unit", OrNull(c.unit));
  put("noun", OrNull(c.noun));
  put("noun_key", OrNull(c.noun_key));
  put("lower", c.lower ? Json(c.lower->value) : Json(nullptr));
  put("upper", c.upper ? Json(c.upper->value) : Json(nullptr));
  put("lower_inclusive", c.lower ? Json(c.lower->inclusive) : Json(nullptr));
  put("upper_inclusive", c.upper ? Json(c.upper->inclusive) : Json(nullptr));
  put("approx", c.approx);
  put("script", c.script);
  put("qualifier", OrNull(c.qualifier));
  put("calendar", OrNull(c.calendar));
  put("weekday", c.weekday ? Json(c.weekday) : Json(nullptr));
  put("sentence", c.sentence);
  put("too_large", c.too_large);
  put("separator_guessed", c.separator_guessed);
  put("ratio", c.ratio);
  return j;
}

}  // namespace

std::string DumpJson(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string ClaimToJson(const Claim& claim) { return DumpJson(ToJson(claim)); }

Json ClaimsJsonArray(const std::vector<Claim>& claims) {
  Json list = Json::array();
  for (const Claim& c : claims) list.push_back(ToJson(c));
  return list;
}

std::string ClaimsToJson(const std::vector<Claim>& claims) {
  Json doc;
  doc["claims"] = ClaimsJsonArray(claims);
  return DumpJson(doc);
}

}  // namespace mizan::claims
