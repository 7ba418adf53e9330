// One engine, eight threads, all three operations at once: every result must be the same,
// byte for byte, as the one computed alone. Run under ThreadSanitizer in CI (README,
// Reliability), where it also proves the engine is free of data races.
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "mizan.h"

namespace {

std::string ReadExample(const char* name) {
  std::ifstream in(std::string(MIZAN_EXAMPLES_DIR) + "/" + name, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The JSON of one call's result, or "status N" when it fails. Takes the result's address:
// the call that fills it is evaluated in the same argument list, in no fixed order.
std::string Json(int32_t status, mizan_result** result) {
  if (status != MIZAN_OK) return "status " + std::to_string(status);
  const char* json = nullptr;
  size_t length = 0;
  mizan_result_json(*result, 0, &json, &length, nullptr);
  std::string out(json, length);
  mizan_result_free(*result);
  return out;
}

struct Work {
  const mizan_engine* engine;
  const mizan_facts* facts;
  std::string en, ar;

  std::vector<std::string> RunAll() const {
    mizan_options options;
    mizan_options_init(&options);
    options.published = "2022-11-18";
    std::vector<std::string> out;
    mizan_result* r = nullptr;
    out.push_back(Json(mizan_extract(engine, ar.data(), ar.size(), nullptr, &r, nullptr), &r));
    out.push_back(Json(mizan_check(engine, ar.data(), ar.size(), &options, facts, &r, nullptr), &r));
    out.push_back(Json(mizan_check(engine, en.data(), en.size(), &options, nullptr, &r, nullptr), &r));
    out.push_back(Json(mizan_compare(engine, en.data(), en.size(), ar.data(), ar.size(), &options,
                                     &r, nullptr), &r));
    return out;
  }
};

TEST(Threads, EightThreadsGiveTheSameBytesAsOne) {
  mizan_engine* engine = nullptr;
  ASSERT_EQ(mizan_engine_new(0, &engine, nullptr), MIZAN_OK);
  static const char kFacts[] =
      R"({"facts": [{"id": "members", "kind": "number", "value": 68, "cues": ["بلدا"]}]})";
  mizan_facts* facts = nullptr;
  ASSERT_EQ(mizan_facts_load(engine, kFacts, sizeof(kFacts) - 1, &facts, nullptr), MIZAN_OK);
  const Work work{engine, facts, ReadExample("article.en.txt"), ReadExample("article.ar.txt")};
  ASSERT_FALSE(work.en.empty());
  ASSERT_FALSE(work.ar.empty());
  const std::vector<std::string> alone = work.RunAll();
  ASSERT_NE(alone[3].find("compare."), std::string::npos) << alone[3];  // it has slips

  std::vector<int> differing(8, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 10; ++i) differing[t] += work.RunAll() != alone;
    });
  }
  for (auto& thread : threads) thread.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(differing[t], 0) << "thread " << t;
  mizan_facts_free(facts);
  mizan_engine_free(engine);
}

}  // namespace
