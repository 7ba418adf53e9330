#include "core/claims/claim_json.h"

#include "nlohmann/json.hpp"

namespace mizan::claims {
namespace {

using Json = nlohmann::ordered_json;

Json OrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json ToJson(const Claim& c) {
  Json j;
  j["start"] = c.start;
  j["end"] = c.end;
  j["text"] = c.text;
  j["kind"] = std::string(KindName(c.kind));
  j["value"] = OrNull(c.value);
  j["unit"] = OrNull(c.unit);
  j["noun"] = OrNull(c.noun);
  j["noun_key"] = OrNull(c.noun_key);
  j["lower"] = c.lower ? Json(c.lower->value) : Json(nullptr);
  j["upper"] = c.upper ? Json(c.upper->value) : Json(nullptr);
  j["lower_inclusive"] = c.lower ? Json(c.lower->inclusive) : Json(nullptr);
  j["upper_inclusive"] = c.upper ? Json(c.upper->inclusive) : Json(nullptr);
  j["approx"] = c.approx;
  j["script"] = c.script;
  j["qualifier"] = OrNull(c.qualifier);
  j["calendar"] = OrNull(c.calendar);
  j["weekday"] = c.weekday ? Json(c.weekday) : Json(nullptr);
  j["sentence"] = c.sentence;
  j["too_large"] = c.too_large;
  j["separator_guessed"] = c.separator_guessed;
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
