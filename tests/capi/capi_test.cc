// The C ABI as a caller sees it: only mizan.h.
#include "mizan.h"

#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"

namespace {

class CapiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    mizan_error_init(&error_);
    ASSERT_EQ(mizan_engine_new(0, &engine_, &error_), MIZAN_OK) << error_.message;
  }
  void TearDown() override { mizan_engine_free(engine_); }

  mizan_result* Extract(const std::string& text) {
    mizan_result* result = nullptr;
    EXPECT_EQ(mizan_extract(engine_, text.data(), text.size(), nullptr, &result, &error_),
              MIZAN_OK)
        << error_.message;
    return result;
  }

  mizan_engine* engine_ = nullptr;
  mizan_error error_;
};

TEST_F(CapiTest, VersionsAgreeWithTheHeader) {
  EXPECT_EQ(mizan_version_number(), static_cast<uint32_t>(MIZAN_VERSION_NUMBER));
  EXPECT_STREQ(mizan_version_string(), MIZAN_VERSION_STRING);
}

TEST_F(CapiTest, StatusStringsAreStatic) {
  EXPECT_STREQ(mizan_status_string(MIZAN_OK), "ok");
  EXPECT_STREQ(mizan_status_string(MIZAN_ERROR_INVALID_UTF8), "invalid UTF-8");
  EXPECT_STREQ(mizan_status_string(12345), "unknown status");
  EXPECT_STREQ(mizan_kind_name(MIZAN_KIND_PERCENT), "percent");
  EXPECT_STREQ(mizan_kind_name(0), "unknown");
  EXPECT_STREQ(mizan_kind_name(99), "unknown");
}

TEST_F(CapiTest, ExtractsClaimsWithOwnedStrings) {
  mizan_result* result = Extract("ارتفع بنسبة ١٢٫٥٪ إلى 31,000 طن");
  ASSERT_NE(result, nullptr);
  ASSERT_EQ(mizan_result_claim_count(result), 2u);
  mizan_claim claim;
  mizan_claim_init(&claim);
  ASSERT_EQ(mizan_result_claim(result, 0, &claim, &error_), MIZAN_OK);
  EXPECT_EQ(claim.kind, static_cast<uint32_t>(MIZAN_KIND_PERCENT));
  EXPECT_STREQ(claim.value, "12.5");
  EXPECT_STREQ(claim.unit, "percent");
  EXPECT_STREQ(claim.script, "arabic-indic");
  EXPECT_STREQ(claim.text, "١٢٫٥٪");
  EXPECT_STREQ(claim.lower, "12.5");
  EXPECT_EQ(claim.flags & (MIZAN_CLAIM_LOWER_INCLUSIVE | MIZAN_CLAIM_UPPER_INCLUSIVE),
            MIZAN_CLAIM_LOWER_INCLUSIVE | MIZAN_CLAIM_UPPER_INCLUSIVE);
  EXPECT_EQ(claim.noun, nullptr);
  ASSERT_EQ(mizan_result_claim(result, 1, &claim, &error_), MIZAN_OK);
  EXPECT_STREQ(claim.value, "31000");
  EXPECT_EQ(claim.kind, static_cast<uint32_t>(MIZAN_KIND_QUANTITY));
  EXPECT_STREQ(claim.unit, "t");
  EXPECT_STREQ(claim.text, "31,000 طن");
  EXPECT_EQ(claim.flags & MIZAN_CLAIM_RATIO, 0u);
  mizan_result_free(result);
}

// "One in five" is one claim, the share, flagged as a ratio.
TEST_F(CapiTest, RatiosAreFlagged) {
  mizan_result* result = Extract("One in five children");
  ASSERT_NE(result, nullptr);
  ASSERT_EQ(mizan_result_claim_count(result), 1u);
  mizan_claim claim;
  mizan_claim_init(&claim);
  ASSERT_EQ(mizan_result_claim(result, 0, &claim, &error_), MIZAN_OK);
  EXPECT_STREQ(claim.value, "0.2");
  EXPECT_EQ(claim.flags & MIZAN_CLAIM_RATIO, MIZAN_CLAIM_RATIO);
  mizan_result_free(result);
}

TEST_F(CapiTest, InvalidUtf8IsRefusedWithTheOffset) {
  const std::string text = "٣١ \xF5\x80\x80\x80";
  mizan_result* result = reinterpret_cast<mizan_result*>(this);  // must be reset to NULL
  EXPECT_EQ(mizan_extract(engine_, text.data(), text.size(), nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_UTF8);
  EXPECT_EQ(result, nullptr);
  EXPECT_EQ(error_.code, MIZAN_ERROR_INVALID_UTF8);
  EXPECT_EQ(error_.offset, 5u);
  EXPECT_NE(std::strstr(error_.message, "byte 5"), nullptr);
}

TEST_F(CapiTest, EmbeddedNulIsText) {
  const std::string text("1\0" "2", 3);
  mizan_result* result = Extract(text);
  EXPECT_EQ(mizan_result_claim_count(result), 2u);
  mizan_result_free(result);
}

TEST_F(CapiTest, NullArgumentsGetAStatusNotACrash) {
  mizan_result* result = nullptr;
  EXPECT_EQ(mizan_extract(nullptr, "1", 1, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_extract(engine_, nullptr, 1, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_extract(engine_, "1", 1, nullptr, nullptr, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_engine_new(0, nullptr, nullptr), MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_result_claim(nullptr, 0, nullptr, nullptr), MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_result_json(nullptr, 0, nullptr, nullptr, nullptr),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_result_claim_count(nullptr), 0u);
  mizan_result_free(nullptr);
  mizan_engine_free(nullptr);
  mizan_error_init(nullptr);
  mizan_options_init(nullptr);
  mizan_claim_init(nullptr);
}

TEST_F(CapiTest, NullArgumentsOfTheCheckFunctions) {
  mizan_result* result = nullptr;
  EXPECT_EQ(mizan_check(nullptr, "1", 1, nullptr, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_check(engine_, nullptr, 1, nullptr, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_check(engine_, "1", 1, nullptr, nullptr, nullptr, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_compare(nullptr, "1", 1, "1", 1, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_compare(engine_, nullptr, 1, "1", 1, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_compare(engine_, "1", 1, nullptr, 1, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_compare(engine_, "1", 1, "1", 1, nullptr, nullptr, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  mizan_facts* facts = nullptr;
  EXPECT_EQ(mizan_facts_load(nullptr, "{}", 2, &facts, &error_), MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_facts_load(engine_, nullptr, 2, &facts, &error_), MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_facts_load(engine_, "{}", 2, nullptr, &error_), MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_result_finding(nullptr, 0, nullptr, nullptr), MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(mizan_result_finding_count(nullptr), 0u);
  mizan_facts_free(nullptr);
  mizan_finding_init(nullptr);
  // Zero lengths with NULL texts are empty texts, not errors.
  ASSERT_EQ(mizan_check(engine_, nullptr, 0, nullptr, nullptr, &result, &error_), MIZAN_OK);
  mizan_result_free(result);
  ASSERT_EQ(mizan_compare(engine_, nullptr, 0, nullptr, 0, nullptr, &result, &error_), MIZAN_OK);
  EXPECT_EQ(mizan_result_finding_count(result), 0u);
  mizan_result_free(result);
  // Names of unknown codes are static strings, never NULL.
  EXPECT_STREQ(mizan_kind_name(999), "unknown");
  EXPECT_STREQ(mizan_severity_name(999), "unknown");
  EXPECT_NE(mizan_status_string(-5), nullptr);
}

TEST_F(CapiTest, ZeroLengthInputWithNullTextHasNoClaims) {
  mizan_result* result = nullptr;
  ASSERT_EQ(mizan_extract(engine_, nullptr, 0, nullptr, &result, &error_), MIZAN_OK);
  EXPECT_EQ(mizan_result_claim_count(result), 0u);
  const char* json = nullptr;
  ASSERT_EQ(mizan_result_json(result, 0, &json, nullptr, nullptr), MIZAN_OK);
  EXPECT_STREQ(json, "{\"claims\":[]}");
  mizan_result_free(result);
}

TEST_F(CapiTest, UnknownFlagsAreRefused) {
  mizan_engine* other = nullptr;
  EXPECT_EQ(mizan_engine_new(0x80, &other, &error_), MIZAN_ERROR_UNKNOWN_FLAGS);
  EXPECT_EQ(other, nullptr);
  mizan_options options;
  mizan_options_init(&options);
  options.flags = 0x40000000u;
  mizan_result* result = nullptr;
  EXPECT_EQ(mizan_extract(engine_, "1", 1, &options, &result, &error_),
            MIZAN_ERROR_UNKNOWN_FLAGS);
  result = Extract("5");
  const char* json = nullptr;
  EXPECT_EQ(mizan_result_json(result, 0x100, &json, nullptr, &error_), MIZAN_ERROR_UNKNOWN_FLAGS);
  mizan_result_free(result);
}

TEST_F(CapiTest, OptionsStructSizes) {
  // Smaller than any version: refused.
  mizan_options options;
  mizan_options_init(&options);
  options.struct_size = 4;
  mizan_result* result = nullptr;
  EXPECT_EQ(mizan_extract(engine_, "1", 1, &options, &result, &error_),
            MIZAN_ERROR_UNSUPPORTED_STRUCT);

  // Larger, from a newer header: fine while the unknown tail is zero.
  struct Newer {
    mizan_options known;
    uint64_t future_field;
  } newer;
  std::memset(&newer, 0, sizeof(newer));
  mizan_options_init(&newer.known);
  newer.known.struct_size = sizeof(newer);
  ASSERT_EQ(mizan_extract(engine_, "1", 1, &newer.known, &result, &error_), MIZAN_OK);
  mizan_result_free(result);
  newer.future_field = 1;
  EXPECT_EQ(mizan_extract(engine_, "1", 1, &newer.known, &result, &error_),
            MIZAN_ERROR_UNSUPPORTED_STRUCT);
}

TEST_F(CapiTest, MaxInputBytesOption) {
  mizan_options options;
  mizan_options_init(&options);
  options.max_input_bytes = 3;
  mizan_result* result = nullptr;
  EXPECT_EQ(mizan_extract(engine_, "1234", 4, &options, &result, &error_),
            MIZAN_ERROR_INPUT_TOO_LARGE);
  EXPECT_EQ(mizan_extract(engine_, "123", 3, &options, &result, &error_), MIZAN_OK);
  mizan_result_free(result);
}

TEST_F(CapiTest, ClaimStructSizes) {
  mizan_result* result = Extract("7 و 8");
  mizan_claim claim;
  mizan_claim_init(&claim);
  claim.struct_size = 8;
  EXPECT_EQ(mizan_result_claim(result, 0, &claim, &error_), MIZAN_ERROR_UNSUPPORTED_STRUCT);

  // A newer caller's larger struct: known fields filled, the unknown tail zeroed.
  struct Newer {
    mizan_claim known;
    const char* future_field;
  } newer;
  std::memset(&newer, 0xAB, sizeof(newer));
  newer.known.struct_size = sizeof(newer);
  ASSERT_EQ(mizan_result_claim(result, 1, &newer.known, &error_), MIZAN_OK);
  EXPECT_EQ(newer.known.struct_size, sizeof(newer));
  EXPECT_STREQ(newer.known.value, "8");
  EXPECT_EQ(newer.future_field, nullptr);

  mizan_claim_init(&claim);
  EXPECT_EQ(mizan_result_claim(result, 2, &claim, &error_), MIZAN_ERROR_OUT_OF_RANGE);
  mizan_result_free(result);
}

TEST_F(CapiTest, SmallErrorStructIsLeftAlone) {
  mizan_error small;
  std::memset(&small, 0x5A, sizeof(small));
  small.struct_size = 4;
  mizan_result* result = nullptr;
  EXPECT_EQ(mizan_extract(engine_, "\xFF", 1, nullptr, &result, &small),
            MIZAN_ERROR_INVALID_UTF8);
  EXPECT_EQ(small.code, 0x5A5A5A5A);
}

TEST_F(CapiTest, LongMessagesAreCutOnACharacterBoundary) {
  mizan_options options;
  mizan_options_init(&options);
  options.max_input_bytes = 1;
  mizan_result* result = nullptr;
  EXPECT_EQ(mizan_extract(engine_, "12", 2, &options, &result, &error_),
            MIZAN_ERROR_INPUT_TOO_LARGE);
  EXPECT_LT(std::strlen(error_.message), sizeof(error_.message));
}

TEST_F(CapiTest, JsonExportsOwnedByTheResult) {
  mizan_result* result = Extract("بلغ 68 بلدا و 5%");
  const char* json = nullptr;
  size_t length = 0;
  ASSERT_EQ(mizan_result_json(result, 0, &json, &length, &error_), MIZAN_OK);
  EXPECT_EQ(std::strlen(json), length);
  // The first claim runs over the number and its counted noun: "68 بلدا".
  EXPECT_EQ(std::string(json).rfind("{\"claims\":[{\"start\":7,\"end\":18,", 0), 0u) << json;
  const char* lines = nullptr;
  ASSERT_EQ(mizan_result_json(result, MIZAN_JSON_LINES, &lines, &length, &error_), MIZAN_OK);
  const std::string text(lines, length);
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  EXPECT_NE(text.find("\"kind\":\"percent\""), std::string::npos);
  // The same pointer comes back: the export is made once and kept.
  const char* again = nullptr;
  mizan_result_json(result, 0, &again, nullptr, nullptr);
  EXPECT_EQ(again, json);
  EXPECT_EQ(std::string(json).find("\"findings\""), std::string::npos);
  mizan_result_free(result);
}

TEST_F(CapiTest, CheckJsonListsFindingsEvenWhenThereAreNone) {
  mizan_result* result = nullptr;
  ASSERT_EQ(mizan_check(engine_, "x 5", 3, nullptr, nullptr, &result, &error_), MIZAN_OK);
  const char* json = nullptr;
  ASSERT_EQ(mizan_result_json(result, 0, &json, nullptr, &error_), MIZAN_OK);
  const std::string text(json);
  EXPECT_NE(text.find("\"claims\":["), std::string::npos) << text;
  EXPECT_NE(text.find("\"findings\":[]"), std::string::npos) << text;
  mizan_result_free(result);
}

TEST_F(CapiTest, CheckReportsFindingsWithSpans) {
  const std::string text = "الاثنين 18 نوفمبر 2022 وصل 5 أشخاص";
  mizan_result* result = nullptr;
  ASSERT_EQ(mizan_check(engine_, text.data(), text.size(), nullptr, nullptr, &result, &error_),
            MIZAN_OK)
      << error_.message;
  ASSERT_EQ(mizan_result_finding_count(result), 1u);
  mizan_finding f;
  mizan_finding_init(&f);
  ASSERT_EQ(mizan_result_finding(result, 0, &f, &error_), MIZAN_OK);
  EXPECT_STREQ(f.code, "date.weekday_mismatch");
  EXPECT_EQ(f.severity, static_cast<uint32_t>(MIZAN_SEVERITY_ERROR));
  EXPECT_STREQ(mizan_severity_name(f.severity), "error");
  EXPECT_STREQ(f.expected, "Friday");
  EXPECT_STREQ(f.found, "Monday");
  ASSERT_EQ(f.span_count, 1u);
  EXPECT_EQ(text.substr(f.spans[0].start, f.spans[0].end - f.spans[0].start),
            "الاثنين 18 نوفمبر 2022");
  EXPECT_EQ(mizan_result_claim_count(result), 2u);
  const char* json = nullptr;
  ASSERT_EQ(mizan_result_json(result, MIZAN_JSON_FINDING_LINES, &json, nullptr, nullptr), MIZAN_OK);
  EXPECT_EQ(std::string(json).rfind("{\"code\":\"date.weekday_mismatch\",\"severity\":\"error\"", 0), 0u);
  EXPECT_EQ(mizan_result_json(result, MIZAN_JSON_LINES | MIZAN_JSON_FINDING_LINES, &json, nullptr,
                              nullptr),
            MIZAN_ERROR_UNKNOWN_FLAGS);
  EXPECT_EQ(mizan_result_finding(result, 1, &f, &error_), MIZAN_ERROR_OUT_OF_RANGE);
  mizan_result_free(result);
}

TEST_F(CapiTest, CheckOptionsSwitchChecksAndSetThePublicationDate) {
  const std::string text = "أطلقت عام 2005 قبل 13 عامًا";
  mizan_options options;
  mizan_options_init(&options);
  options.published = "2022-11-18";
  mizan_result* result = nullptr;
  ASSERT_EQ(mizan_check(engine_, text.data(), text.size(), &options, nullptr, &result, &error_),
            MIZAN_OK);
  EXPECT_EQ(mizan_result_finding_count(result), 1u);
  mizan_result_free(result);
  options.checks = "time.*=off";
  ASSERT_EQ(mizan_check(engine_, text.data(), text.size(), &options, nullptr, &result, &error_),
            MIZAN_OK);
  EXPECT_EQ(mizan_result_finding_count(result), 0u);
  mizan_result_free(result);
  options.checks = "time.nothing=off";
  EXPECT_EQ(mizan_check(engine_, text.data(), text.size(), &options, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
  EXPECT_EQ(result, nullptr);
  options.checks = nullptr;
  options.published = "18/11/2022";
  EXPECT_EQ(mizan_check(engine_, text.data(), text.size(), &options, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_ARGUMENT);
}

TEST_F(CapiTest, FactsLoadAndContradict) {
  const std::string json =
      R"({"facts":[{"id":"members","value":195,"cues":{"en":["member countries"]}}]})";
  mizan_facts* facts = nullptr;
  ASSERT_EQ(mizan_facts_load(engine_, json.data(), json.size(), &facts, &error_), MIZAN_OK);
  const std::string text = "It has 190 member countries.";
  mizan_result* result = nullptr;
  ASSERT_EQ(mizan_check(engine_, text.data(), text.size(), nullptr, facts, &result, &error_),
            MIZAN_OK);
  ASSERT_EQ(mizan_result_finding_count(result), 1u);
  mizan_finding f;
  mizan_finding_init(&f);
  mizan_result_finding(result, 0, &f, nullptr);
  EXPECT_STREQ(f.code, "fact.contradiction");
  mizan_result_free(result);
  mizan_facts_free(facts);
  mizan_facts_free(nullptr);

  const std::string bad = R"({"facts":[{"id":"x","value":1,"cues":["a"]},]})";
  EXPECT_EQ(mizan_facts_load(engine_, bad.data(), bad.size(), &facts, &error_),
            MIZAN_ERROR_BAD_FACTS);
  EXPECT_EQ(facts, nullptr);
  EXPECT_NE(error_.offset, MIZAN_NO_OFFSET);
  EXPECT_EQ(mizan_facts_load(nullptr, "[]", 2, &facts, &error_), MIZAN_ERROR_INVALID_ARGUMENT);
}

TEST_F(CapiTest, CompareReportsBothSides) {
  const std::string source = "Revenue reached $1,127 million on Thursday.";
  const std::string target = "بلغت الإيرادات 1197 مليون دولار يوم الخميس.";
  mizan_result* result = nullptr;
  ASSERT_EQ(mizan_compare(engine_, source.data(), source.size(), target.data(), target.size(),
                          nullptr, &result, &error_),
            MIZAN_OK)
      << error_.message;
  ASSERT_EQ(mizan_result_finding_count(result), 1u);
  mizan_finding f;
  mizan_finding_init(&f);
  mizan_result_finding(result, 0, &f, nullptr);
  EXPECT_STREQ(f.code, "compare.value_mismatch");
  ASSERT_EQ(f.span_count, 2u);
  EXPECT_EQ(f.spans[0].side, static_cast<uint32_t>(MIZAN_SIDE_SOURCE));
  EXPECT_EQ(f.spans[1].side, static_cast<uint32_t>(MIZAN_SIDE_TARGET));
  EXPECT_EQ(target.substr(f.spans[1].start, f.spans[1].end - f.spans[1].start),
            "1197 مليون دولار");
  // Claims of both texts, the target's marked.
  mizan_claim claim;
  mizan_claim_init(&claim);
  const size_t n = mizan_result_claim_count(result);
  ASSERT_EQ(n, 4u);
  mizan_result_claim(result, n - 1, &claim, nullptr);
  EXPECT_EQ(claim.side, static_cast<uint32_t>(MIZAN_SIDE_TARGET));
  const char* json = nullptr;
  ASSERT_EQ(mizan_result_json(result, 0, &json, nullptr, nullptr), MIZAN_OK);
  EXPECT_NE(std::string(json).find("\"target_claims\""), std::string::npos);
  mizan_result_free(result);
  // Invalid UTF-8 in the target names the target.
  EXPECT_EQ(mizan_compare(engine_, "1", 1, "\xFF", 1, nullptr, &result, &error_),
            MIZAN_ERROR_INVALID_UTF8);
  EXPECT_NE(std::strstr(error_.message, "target"), nullptr);
}

TEST_F(CapiTest, OneEngineServesManyThreads) {
  const std::string text = "ارتفع ١٢٫٥٪ إلى 31,000 طن في 2022";
  std::vector<std::thread> threads;
  std::vector<int> ok(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        mizan_result* result = nullptr;
        if (mizan_extract(engine_, text.data(), text.size(), nullptr, &result, nullptr) ==
                MIZAN_OK &&
            mizan_result_claim_count(result) == 3) {
          ++ok[t];
        }
        mizan_result_free(result);
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(ok[t], 200);
}

}  // namespace
