// Store throughput on both backends: coded articles (0, 5 or 20 events each) committed per
// second, one article per transaction and in batches of 32 (the store stage commits what is
// waiting together, up to 64); replays of stored articles (no-ops); events read back per second.
// SQLite: a WAL file with synchronous=NORMAL. PostgreSQL: a throwaway server on loopback TCP
// started for the run with its default durability (fsync on, synchronous_commit on), or the
// server at $TIDINGS_BENCH_POSTGRES_URL.
// Run: build/bin/store_bench [--benchmark_filter=Store/.*/5/]
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "postgres_cluster.h"
#include "store/event_store.h"

namespace {

namespace fs = std::filesystem;
using tidings::store::Backend;
using tidings::store::CodedBatchItem;
using tidings::store::EventQuery;
using tidings::store::EventStore;
using tidings::store::StoreLocation;

std::atomic<int64_t> g_next_article{0};  // ids unique across every run of every benchmark

// A fresh, empty store on `backend`; null (with the benchmark skipped) when it cannot be had.
std::unique_ptr<EventStore> OpenFresh(Backend backend, benchmark::State& state, fs::path* cleanup) {
  static int n = 0;
  StoreLocation where;
  where.backend = backend;
  if (backend == Backend::kSqlite) {
    *cleanup = fs::temp_directory_path() / ("tidings-store-bench-" + std::to_string(getpid()) + "-" + std::to_string(++n));
    fs::remove_all(*cleanup);
    where.path = (*cleanup / "events.sqlite").string();
  } else if (const char* url = std::getenv("TIDINGS_BENCH_POSTGRES_URL")) {
    where.url = url;
  } else {
    std::string why;
    auto* cluster = tidings::testing::PostgresCluster::Shared(&why, /*durable=*/true);
    if (cluster == nullptr) {
      state.SkipWithError(why.c_str());
      return nullptr;
    }
    where.url = cluster->CreateSchema("bench_" + std::to_string(++n));
  }
  std::unique_ptr<EventStore> store;
  tidings::Status s = EventStore::Open(where, {}, &store);
  if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  return store;
}

tidings::v1::CodedArticle MakeArticle(int64_t n, int events) {
  static const char* kActors[] = {"TURGOV", "AZEGOV", "RUSMIL", "USAGOV", "UKRMIL", "FRA"};
  static const char* kCodes[] = {"057", "0211", "190", "051", "036", "111"};
  tidings::v1::CodedArticle coded;
  auto* a = coded.mutable_article();
  a->set_id("bench-" + std::to_string(getpid()) + "-" + std::to_string(n));
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

// Args: backend (0 SQLite, 1 PostgreSQL), events per article, articles per transaction.
void BM_Store(benchmark::State& state) {
  const auto backend = static_cast<Backend>(state.range(0));
  const int events = static_cast<int>(state.range(1));
  const size_t batch = static_cast<size_t>(state.range(2));
  fs::path cleanup;
  auto store = OpenFresh(backend, state, &cleanup);
  if (!store) return;
  int64_t articles = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<tidings::v1::CodedArticle> coded;
    for (size_t i = 0; i < batch; ++i) coded.push_back(MakeArticle(g_next_article++, events));
    std::vector<CodedBatchItem> items(batch);
    for (size_t i = 0; i < batch; ++i) items[i].coded = &coded[i];
    state.ResumeTiming();
    if (!store->StoreCodedArticles(items).ok() || !items.back().status.ok()) state.SkipWithError("store failed");
    articles += static_cast<int64_t>(batch);
  }
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(articles * events), benchmark::Counter::kIsRate);
  store.reset();
  if (!cleanup.empty()) fs::remove_all(cleanup);
}
BENCHMARK(BM_Store)
    ->ArgNames({"backend", "events", "batch"})
    ->ArgsProduct({{0, 1}, {0, 5, 20}, {1, 32}})
    ->UseRealTime()
    ->MinTime(2.0);

void BM_ReplayNoOp(benchmark::State& state) {
  fs::path cleanup;
  auto store = OpenFresh(static_cast<Backend>(state.range(0)), state, &cleanup);
  if (!store) return;
  const int64_t id = g_next_article++;
  auto coded = MakeArticle(id, 5);
  store->StoreCodedArticle(&coded, 1, nullptr);
  for (auto _ : state) {
    auto again = MakeArticle(id, 5);
    bool already = false;
    store->StoreCodedArticle(&again, 2, &already);
    if (!already) state.SkipWithError("replay was not a no-op");
  }
  store.reset();
  if (!cleanup.empty()) fs::remove_all(cleanup);
}
BENCHMARK(BM_ReplayNoOp)->ArgNames({"backend"})->Arg(0)->Arg(1)->UseRealTime();

// Args: backend, filter (0: all 50,000 events; 1: actor TUR* and code 05*, an index-assisted filter).
void BM_QueryEvents(benchmark::State& state) {
  fs::path cleanup;
  auto store = OpenFresh(static_cast<Backend>(state.range(0)), state, &cleanup);
  if (!store) return;
  for (int b = 0; b < 10000 / 100; ++b) {  // 50,000 events
    std::vector<tidings::v1::CodedArticle> coded;
    for (int i = 0; i < 100; ++i) coded.push_back(MakeArticle(g_next_article++, 5));
    std::vector<CodedBatchItem> items(coded.size());
    for (size_t i = 0; i < coded.size(); ++i) items[i].coded = &coded[i];
    store->StoreCodedArticles(items);
  }
  EventQuery q;
  q.actor_prefix = state.range(1) == 0 ? "" : "TUR";
  q.code_prefix = state.range(1) == 0 ? "" : "05";
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
  if (!cleanup.empty()) fs::remove_all(cleanup);
}
BENCHMARK(BM_QueryEvents)->ArgNames({"backend", "filter"})->ArgsProduct({{0, 1}, {0, 1}})->UseRealTime()->Unit(
    benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
