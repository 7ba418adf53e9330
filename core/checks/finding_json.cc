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

}  // namespace

std::string FindingToJson(const Finding& finding, bool comparison) {
  return claims::DumpJson(ToJson(finding, comparison));
}

std::string ResultToJson(const std::vector<claims::Claim>& claims,
                         const std::vector<claims::Claim>& target_claims,
                         const std::vector<Finding>& findings, bool comparison) {
  Json doc;
  if (comparison) {
    doc["source_claims"] = claims::ClaimsJsonArray(claims);
    doc["target_claims"] = claims::ClaimsJsonArray(target_claims);
  } else {
    doc["claims"] = claims::ClaimsJsonArray(claims);
  }
  Json list = Json::array();
  for (const Finding& f : findings) list.push_back(ToJson(f, comparison));
  doc["findings"] = std::move(list);
  return claims::DumpJson(doc);
}

}  // namespace mizan::checks
