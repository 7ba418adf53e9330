// Throughput of mizan through the C ABI, as a binding calls it, beside a single RE2 pass over
// the same text with a digit pattern (the floor any scanner pays), so that mizan's cost reads
// as a ratio to it. Texts: a mixed Arabic and English one the benchmark writes itself (so it
// runs anywhere), the news corpus of ../shared when MIZAN_NEWS names it, and worst cases.
//
//   cmake -S . -B build-bench -DMIZAN_BUILD_BENCH=ON -DCMAKE_BUILD_TYPE=Release
//   cmake --build build-bench -j2 --target extract_bench
//   MIZAN_NEWS=../shared/eval/news/antcorpus_economy_international.txt build-bench/bin/extract_bench
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <new>
#include <iterator>
#include <string>
#include <vector>

#include "benchmark/benchmark.h"
#include "mizan.h"
#include "re2/re2.h"

namespace {

// Every C++ allocation of the process, the library's included (the executable's operator
// new takes the place of the standard one for the shared library too).
std::atomic<uint64_t> g_allocations{0};

}  // namespace

void* operator new(size_t size) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
// GCC takes these for the standard operators and warns that free() does not match them.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, size_t) noexcept { std::free(p); }
#pragma GCC diagnostic pop

namespace {

// Counts the allocations of the calls in one benchmark; reports them per call.
class AllocationCounter {
 public:
  AllocationCounter() : start_(g_allocations.load()) {}
  void Report(benchmark::State& state, size_t calls) const {
    state.counters["allocs/doc"] =
        static_cast<double>(g_allocations.load() - start_) / static_cast<double>(calls);
  }

 private:
  uint64_t start_;
};

std::string Repeat(const std::string& unit, size_t bytes) {
  std::string text;
  while (text.size() < bytes) text += unit;
  return text;
}

std::string MixedText(size_t bytes) {
  return Repeat(
      "أعلنت الوزارة أن الصادرات بلغت ١٬٨٥٠٬٠٠٠ طن بزيادة ١٢٫٥٪ على العام السابق، وأن 64 دولة "
      "استوردت ما قيمته 1.2 مليار دولار. Exports reached 1,850,000 tonnes, up 12.5 per cent, "
      "and 14,000 farmers joined since 2019.\n",
      bytes);
}

// The news corpus named by $MIZAN_NEWS, else the mixed text.
const std::string& NewsText() {
  static const std::string text = [] {
    const char* path = std::getenv("MIZAN_NEWS");
    if (path == nullptr) return MixedText(1 << 20);
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }();
  return text;
}

const mizan_engine* SharedEngine() {
  static const mizan_engine* engine = [] {
    mizan_engine* e = nullptr;
    mizan_engine_new(0, &e, nullptr);
    return e;
  }();
  return engine;
}

void Report(benchmark::State& state, size_t bytes, size_t claims) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["claims/s"] = benchmark::Counter(static_cast<double>(claims),
                                                   benchmark::Counter::kIsRate);
}

void BM_EngineNew(benchmark::State& state) {
  for (auto _ : state) {
    mizan_engine* engine = nullptr;
    mizan_engine_new(0, &engine, nullptr);
    mizan_engine_free(engine);
  }
}
BENCHMARK(BM_EngineNew)->Unit(benchmark::kMillisecond);

// The floor: one RE2 pass finding every run of digits, in any of the three common scripts.
void Re2DigitPass(benchmark::State& state, const std::string& text) {
  static const RE2 digits("([0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]+)");
  size_t runs = 0;
  for (auto _ : state) {
    re2::StringPiece input(text);
    re2::StringPiece run;
    while (RE2::FindAndConsume(&input, digits, &run)) ++runs;
  }
  Report(state, text.size(), runs);
}

void Extract(benchmark::State& state, const std::string& text) {
  size_t claims = 0;
  const AllocationCounter allocations;
  for (auto _ : state) {
    mizan_result* result = nullptr;
    mizan_extract(SharedEngine(), text.data(), text.size(), nullptr, &result, nullptr);
    claims += mizan_result_claim_count(result);
    mizan_result_free(result);
  }
  Report(state, text.size(), claims);
  if (state.threads() == 1) allocations.Report(state, state.iterations());
}

void Check(benchmark::State& state, const std::string& text) {
  size_t claims = 0;
  const AllocationCounter allocations;
  for (auto _ : state) {
    mizan_result* result = nullptr;
    mizan_check(SharedEngine(), text.data(), text.size(), nullptr, nullptr, &result, nullptr);
    claims += mizan_result_claim_count(result);
    mizan_result_free(result);
  }
  Report(state, text.size(), claims);
  allocations.Report(state, state.iterations());
}

void BM_Re2DigitPass_Mixed(benchmark::State& state) { Re2DigitPass(state, MixedText(1 << 20)); }
void BM_Extract_Mixed(benchmark::State& state) { Extract(state, MixedText(1 << 20)); }
void BM_Check_Mixed(benchmark::State& state) { Check(state, MixedText(1 << 20)); }
void BM_Re2DigitPass_News(benchmark::State& state) { Re2DigitPass(state, NewsText()); }
void BM_Extract_News(benchmark::State& state) { Extract(state, NewsText()); }
void BM_Check_News(benchmark::State& state) { Check(state, NewsText()); }
BENCHMARK(BM_Re2DigitPass_Mixed)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract_Mixed)->Unit(benchmark::kMillisecond)->Threads(1)->Threads(2);
BENCHMARK(BM_Check_Mixed)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Re2DigitPass_News)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract_News)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Check_News)->Unit(benchmark::kMillisecond);

// The news corpus one article (line) per call, as a CMS calls it on every save: what a call
// costs beyond its text shows here.
void BM_Check_NewsArticles(benchmark::State& state) {
  static const std::vector<std::string> articles = [] {
    std::vector<std::string> lines;
    const std::string& text = NewsText();
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      if (end > at) lines.push_back(text.substr(at, end - at));
      at = end + 1;
    }
    return lines;
  }();
  size_t claims = 0;
  const AllocationCounter allocations;
  for (auto _ : state) {
    for (const std::string& article : articles) {
      mizan_result* result = nullptr;
      mizan_check(SharedEngine(), article.data(), article.size(), nullptr, nullptr, &result,
                  nullptr);
      claims += mizan_result_claim_count(result);
      mizan_result_free(result);
    }
  }
  Report(state, NewsText().size(), claims);
  state.counters["articles"] = static_cast<double>(articles.size());
  allocations.Report(state, state.iterations() * articles.size());
}
BENCHMARK(BM_Check_NewsArticles)->Unit(benchmark::kMillisecond);

// Worst cases: every byte a digit, every word a number word.
void BM_Extract_AllDigits(benchmark::State& state) { Extract(state, Repeat("1234567 ", 1 << 20)); }
void BM_Extract_AllWords(benchmark::State& state) {
  Extract(state, Repeat("ثلاثة آلاف وخمسمائة وستة وعشرون، ", 1 << 20));
}
BENCHMARK(BM_Extract_AllDigits)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Extract_AllWords)->Unit(benchmark::kMillisecond);

// A 10 KB article pair, compared.
void Compare(benchmark::State& state, const std::string& en, const std::string& ar) {
  for (auto _ : state) {
    mizan_result* result = nullptr;
    mizan_compare(SharedEngine(), en.data(), en.size(), ar.data(), ar.size(), nullptr, &result,
                  nullptr);
    mizan_result_free(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * (en.size() + ar.size())));
}

// A worst case: one sentence pair repeated to 10 KB, so that every value has dozens of equal
// partners on the other side.
void BM_Compare_10KB(benchmark::State& state) {
  Compare(state,
          Repeat("Exports reached 1,850,000 tonnes, up 12.5 per cent, and 64 countries bought "
                 "$1.2 billion worth on Monday 3 March 2025. ",
                 10 << 10),
          Repeat("بلغت الصادرات ١٬٨٥٠٬٠٠٠ طن بزيادة ١٢٫٥٪، واشترت 64 دولة ما قيمته 1.2 مليار "
                 "دولار يوم الاثنين 3 مارس 2025. ",
                 10 << 10));
}
BENCHMARK(BM_Compare_10KB)->Unit(benchmark::kMicrosecond);

// A real article pair: the consecutive sentences of the translations file that $MIZAN_PAIRS
// names (English TAB Arabic per line, as ../shared/eval/parallel/ntrex128_newstest2019.tsv),
// joined until the English side reaches 10 KB.
void BM_Compare_ArticlePair(benchmark::State& state) {
  const char* path = std::getenv("MIZAN_PAIRS");
  if (path == nullptr) {
    state.SkipWithError("MIZAN_PAIRS names no translations file");
    return;
  }
  std::ifstream in(path);
  std::string line, en, ar;
  while (en.size() < (10 << 10) && std::getline(in, line)) {
    const size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    en += line.substr(0, tab) + "\n";
    ar += line.substr(tab + 1) + "\n";
  }
  Compare(state, en, ar);
}
BENCHMARK(BM_Compare_ArticlePair)->Unit(benchmark::kMicrosecond);

// Many tiny documents, one call each, as a CMS checking headlines would.
void BM_Check_TinyDocuments(benchmark::State& state) {
  const std::string doc = "بلغ عدد الزوار 2500 زائر يوم الاثنين 3 مارس 2025";
  const AllocationCounter allocations;
  for (auto _ : state) {
    mizan_result* result = nullptr;
    mizan_check(SharedEngine(), doc.data(), doc.size(), nullptr, nullptr, &result, nullptr);
    mizan_result_free(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.size()));
  allocations.Report(state, state.iterations());
}
BENCHMARK(BM_Check_TinyDocuments)->Unit(benchmark::kMicrosecond);

}  // namespace
