// Extraction throughput through the C ABI, as a binding calls it, on text the benchmark
// writes itself, so that it runs anywhere.
#include <string>

#include "benchmark/benchmark.h"
#include "mizan.h"

namespace {

std::string MixedText(size_t bytes) {
  const std::string paragraph =
      "أعلنت الوزارة أن الصادرات بلغت ١٬٨٥٠٬٠٠٠ طن بزيادة ١٢٫٥٪ على العام السابق، وأن 64 دولة "
      "استوردت ما قيمته 1.2 مليار دولار. Exports reached 1,850,000 tonnes, up 12.5 per cent, "
      "and 14,000 farmers joined since 2019.\n";
  std::string text;
  while (text.size() < bytes) text += paragraph;
  return text;
}

void BM_EngineNew(benchmark::State& state) {
  for (auto _ : state) {
    mizan_engine* engine = nullptr;
    mizan_engine_new(0, &engine, nullptr);
    mizan_engine_free(engine);
  }
}
BENCHMARK(BM_EngineNew)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  mizan_engine* engine = nullptr;
  mizan_engine_new(0, &engine, nullptr);
  const std::string text = MixedText(static_cast<size_t>(state.range(0)));
  size_t claims = 0;
  for (auto _ : state) {
    mizan_result* result = nullptr;
    mizan_extract(engine, text.data(), text.size(), nullptr, &result, nullptr);
    claims += mizan_result_claim_count(result);
    mizan_result_free(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims),
                                                   benchmark::Counter::kIsRate);
  mizan_engine_free(engine);
}
BENCHMARK(BM_Extract)->Arg(1 << 10)->Arg(64 << 10)->Arg(1 << 20);

}  // namespace
