// The stages of extraction one by one, on the same text as extract_bench: normalization,
// the scan for candidates, and extraction without the C ABI's JSON, so that a profile's
// hot spot can be weighed against the whole.
//
//   MIZAN_NEWS=../shared/eval/news/antcorpus_economy_international.txt build-bench/bin/stages_bench
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "core/claims/extractor.h"
#include "core/engine.h"
#include "core/scan/candidates.h"
#include "core/text/normalized_text.h"

namespace {

using mizan::Engine;

const Engine& SharedEngine() {
  static const Engine* engine = [] {
    mizan::Error error;
    return mizan::Engine::Create(&error).release();
  }();
  return *engine;
}

// The news corpus named by $MIZAN_NEWS, else a mixed Arabic and English text.
const std::string& Text() {
  static const std::string text = [] {
    const char* path = std::getenv("MIZAN_NEWS");
    if (path != nullptr) {
      std::ifstream in(path, std::ios::binary);
      return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    std::string mixed;
    while (mixed.size() < (1 << 20)) {
      mixed += "أعلنت الوزارة أن الصادرات بلغت 1.850.000 طن بزيادة 12,5% على العام السابق، وأن "
               "ستين دولة استوردت ما قيمته مليار دولار. Exports rose 12.5 per cent in 2019.\n";
    }
    return mixed;
  }();
  return text;
}

void BM_Normalize(benchmark::State& state) {
  mizan::text::NormalizedText normalized;
  size_t bad = 0;
  for (auto _ : state) {
    SharedEngine().normalizer().Normalize(Text(), &normalized, &bad);
    benchmark::DoNotOptimize(normalized.text().data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_Scan(benchmark::State& state) {
  mizan::text::NormalizedText normalized;
  size_t bad = 0;
  SharedEngine().normalizer().Normalize(Text(), &normalized, &bad);
  size_t candidates = 0;
  for (auto _ : state) {
    candidates =
        SharedEngine().scanner().Find(normalized.text(), SharedEngine().hyphen_prefixes()).size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
  state.counters["candidates"] = static_cast<double>(candidates);
}
BENCHMARK(BM_Scan)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  std::vector<mizan::claims::Claim> claims;
  for (auto _ : state) {
    claims.clear();
    mizan::claims::Extract(SharedEngine(), Text(), {}, &claims);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Text().size()));
  state.counters["claims"] = static_cast<double>(claims.size());
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

}  // namespace
