#include "core/checks/finding_json.h"

#include "core/claims/claim_json.h"
#include "nlohmann/json.hpp"

namespace mizan::checks {
namespace {

using Json = nlohmann::ordered_json;

Json Spans(const Finding& f, Side side) {
  Json list = Json::array();
  for (const SpanRef& s : f.spans) {
    if (s.side != side) continue;
    Json span;
    span["start"] = s.start;
    span["end"] = s.end;
    list.push_back(std::move(span));
  }
  return list;
}

Json ToJson(const Finding& f, bool comparison) {
  Json j;
  j["code"] = f.code;
  j["severity"] = std::string(SeverityName(f.severity));
  j["message"] = f.message;
  if (comparison) {
    j["source_spans"] = Spans(f, Side::kSource);
    j["target_spans"] = Spans(f, Side::kTarget);
  } else {
    j["spans"] = Spans(f, Side::kSource);
  }
  j["expected"] = f.expected.empty() ? Json(nullptr) : Json(f.expected);
  j["found"] = f.found.empty() ? Json(nullptr) : Json(f.found);
  return j;
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Json ClaimList(const std::vector<claims::Claim>& claims) {
  Json list = Json::array();
  for (const auto& c : claims) list.push_back(Json::parse(claims::ClaimToJson(c)));
  return list;
}

}  // namespace

std::string FindingToJson(const Finding& finding, bool comparison) {
  return Dump(ToJson(finding, comparison));
}

std::string ResultToJson(const std::vector<claims::Claim>& claims,
                         const std::vector<claims::Claim>& target_claims,
                         const std::vector<Finding>& findings, bool comparison) {
  Json doc;
  if (comparison) {
    doc["source_claims"] = ClaimList(claims);
    doc["target_claims"] = ClaimList(target_claims);
  } else {
    doc["claims"] = ClaimList(claims);
  }
  Json list = Json::array();
  for (const Finding& f : findings) list.push_back(ToJson(f, comparison));
  doc["findings"] = std::move(list);
  return Dump(doc);
}

}  // namespace mizan::checks
