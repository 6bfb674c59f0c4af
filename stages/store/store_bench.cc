// Store throughput: coded articles committed per second (one transaction each, WAL,
// synchronous=NORMAL) and events read back per second by a filtered query.
// Run: build/stages/store/store_bench
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "store/event_store.h"

namespace {

namespace fs = std::filesystem;
using tidings::store::EventQuery;
using tidings::store::EventStore;

fs::path BenchPath(const char* name) {
  fs::path p = fs::temp_directory_path() / (std::string("tidings-store-bench-") + std::to_string(getpid()) + name);
  fs::remove_all(p);
  return p;
}

tidings::v1::CodedArticle MakeArticle(int64_t n, int events) {
  static const char* kActors[] = {"TURGOV", "AZEGOV", "RUSMIL", "USAGOV", "UKRMIL", "FRA"};
  static const char* kCodes[] = {"057", "0211", "190", "051", "036", "111"};
  tidings::v1::CodedArticle coded;
  auto* a = coded.mutable_article();
  a->set_id("bench-" + std::to_string(n));
  a->set_url("https://news.example/" + a->id());
  a->set_title("A title of typical length for a news article about diplomacy");
  a->set_source("Example News");
  a->set_published("2021-11-11");
  for (int i = 0; i < events; ++i) {
    auto* e = coded.add_events();
    e->set_sentence_index(static_cast<uint32_t>(i));
    e->mutable_source()->set_code(kActors[(n + i) % 6]);
    e->mutable_source()->set_text("Turkish President Recep Tayyip Erdogan");
    e->mutable_source()->set_country(std::string(kActors[(n + i) % 6]).substr(0, 3));
    e->mutable_target()->set_code(kActors[(n + i + 1) % 6]);
    e->mutable_target()->set_country(std::string(kActors[(n + i + 1) % 6]).substr(0, 3));
    e->set_code(kCodes[(n * 7 + i) % 6]);
    e->set_root(e->code().substr(0, 2));
    e->set_quad_class(1);
    e->set_goldstein(3.5);
    e->set_date("2021-11-" + std::to_string(10 + (n % 20)));
    e->set_sentence("Turkish President Recep Tayyip Erdogan pledged support to Azerbaijan on Thursday, "
                    "the presidency said in a statement.");
  }
  return coded;
}

void BM_StoreCodedArticle(benchmark::State& state) {
  fs::path dir = BenchPath("-write");
  std::unique_ptr<EventStore> store;
  if (!EventStore::Open((dir / "events.sqlite").string(), &store).ok()) {
    state.SkipWithError("cannot open store");
    return;
  }
  const int events = static_cast<int>(state.range(0));
  int64_t n = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto coded = MakeArticle(n++, events);
    state.ResumeTiming();
    bool already = false;
    if (!store->StoreCodedArticle(&coded, 1, &already).ok()) state.SkipWithError("store failed");
  }
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(n), benchmark::Counter::kIsRate);
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(n * events), benchmark::Counter::kIsRate);
  store.reset();
  fs::remove_all(dir);
}
BENCHMARK(BM_StoreCodedArticle)->Arg(0)->Arg(5)->Arg(20)->UseRealTime();

void BM_ReplayNoOp(benchmark::State& state) {
  fs::path dir = BenchPath("-replay");
  std::unique_ptr<EventStore> store;
  if (!EventStore::Open((dir / "events.sqlite").string(), &store).ok()) {
    state.SkipWithError("cannot open store");
    return;
  }
  auto coded = MakeArticle(1, 5);
  store->StoreCodedArticle(&coded, 1, nullptr);
  for (auto _ : state) {
    auto again = MakeArticle(1, 5);
    bool already = false;
    store->StoreCodedArticle(&again, 2, &already);
    if (!already) state.SkipWithError("replay was not a no-op");
  }
  store.reset();
  fs::remove_all(dir);
}
BENCHMARK(BM_ReplayNoOp)->UseRealTime();

void BM_QueryEvents(benchmark::State& state) {
  fs::path dir = BenchPath("-query");
  std::unique_ptr<EventStore> store;
  if (!EventStore::Open((dir / "events.sqlite").string(), &store).ok()) {
    state.SkipWithError("cannot open store");
    return;
  }
  for (int64_t n = 0; n < 10000; ++n) {  // 50,000 events
    auto coded = MakeArticle(n, 5);
    store->StoreCodedArticle(&coded, 1, nullptr);
  }
  EventQuery q;
  q.actor_prefix = state.range(0) == 0 ? "" : "TUR";
  q.code_prefix = state.range(0) == 0 ? "" : "05";
  int64_t rows = 0;
  for (auto _ : state) {
    store->QueryEvents(q, [&](const tidings::v1::Event& e) {
      benchmark::DoNotOptimize(e.seq());
      ++rows;
      return true;
    });
  }
  state.counters["events/s"] = benchmark::Counter(static_cast<double>(rows), benchmark::Counter::kIsRate);
  store.reset();
  fs::remove_all(dir);
}
// 0: all 50,000 events; 1: actor TUR* and code 05* (an index-assisted filter).
BENCHMARK(BM_QueryEvents)->Arg(0)->Arg(1)->UseRealTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
