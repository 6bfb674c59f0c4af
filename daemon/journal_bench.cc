// Throughput of the intake journal: what acknowledging an article durably costs.
//   journal_bench [--benchmark_filter=...]; TIDINGS_BENCH_DIR picks the directory (default:
//   the system temp directory) so the disk that will hold the data directory can be measured.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "daemon/journal.h"

namespace {

namespace fs = std::filesystem;
using tidings::daemon::AppendResult;
using tidings::daemon::Journal;

fs::path BenchDir() {
  const char* dir = std::getenv("TIDINGS_BENCH_DIR");
  fs::path base = dir != nullptr ? fs::path(dir) : fs::temp_directory_path();
  return base / ("tidings-journal-bench-" + std::to_string(getpid()));
}

std::unique_ptr<Journal> Fresh(benchmark::State& state) {
  fs::remove_all(BenchDir());
  std::unique_ptr<Journal> journal;
  tidings::Status s = Journal::Open(BenchDir() / "journal.sqlite", &journal);
  if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  return journal;
}

// One article per transaction: an ack per fsync.
void BM_AppendOneByOne(benchmark::State& state) {
  auto journal = Fresh(state);
  if (!journal) return;
  const std::string payload(static_cast<size_t>(state.range(0)), 'x');
  int64_t n = 0;
  for (auto _ : state) {
    AppendResult r;
    tidings::Status s = journal->Append("article-" + std::to_string(n++), payload, &r);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  state.SetItemsProcessed(n);
  state.SetBytesProcessed(n * state.range(0));
  fs::remove_all(BenchDir());
}
BENCHMARK(BM_AppendOneByOne)->Arg(2048)->UseRealTime();

// Group commit: `range(1)` articles per transaction.
void BM_AppendBatch(benchmark::State& state) {
  auto journal = Fresh(state);
  if (!journal) return;
  const std::string payload(static_cast<size_t>(state.range(0)), 'x');
  const size_t batch = static_cast<size_t>(state.range(1));
  int64_t n = 0;
  std::vector<std::string> ids(batch);
  std::vector<Journal::BatchItem> items(batch);
  std::vector<AppendResult> results;
  for (auto _ : state) {
    for (size_t i = 0; i < batch; ++i) {
      ids[i] = "article-" + std::to_string(n++);
      items[i] = {ids[i], payload};
    }
    tidings::Status s = journal->AppendBatch(items, &results);
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  state.SetItemsProcessed(n);
  state.SetBytesProcessed(n * state.range(0));
  fs::remove_all(BenchDir());
}
BENCHMARK(BM_AppendBatch)->Args({2048, 16})->Args({2048, 128})->UseRealTime();

// Rejecting a re-sent id (no write).
void BM_DuplicateCheck(benchmark::State& state) {
  auto journal = Fresh(state);
  if (!journal) return;
  AppendResult r;
  (void)journal->Append("known", "x", &r);
  for (auto _ : state) {
    (void)journal->Append("known", "x", &r);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations());
  fs::remove_all(BenchDir());
}
BENCHMARK(BM_DuplicateCheck);

// Completion of an article (one fsync'd update).
void BM_MarkCompleted(benchmark::State& state) {
  auto journal = Fresh(state);
  if (!journal) return;
  const std::string payload(2048, 'x');
  std::vector<Journal::BatchItem> items;
  std::vector<std::string> ids(20000);
  for (size_t i = 0; i < ids.size(); ++i) {
    ids[i] = "article-" + std::to_string(i);
    items.push_back({ids[i], payload});
  }
  std::vector<AppendResult> results;
  (void)journal->AppendBatch(items, &results);
  size_t i = 0;
  for (auto _ : state) {
    (void)journal->MarkCompleted(ids[i++ % ids.size()]);
  }
  state.SetItemsProcessed(state.iterations());
  fs::remove_all(BenchDir());
}
BENCHMARK(BM_MarkCompleted)->UseRealTime();

}  // namespace

BENCHMARK_MAIN();
