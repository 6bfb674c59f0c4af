// Throughput of the intake journal: what acknowledging an article durably costs.
//   journal_bench [--benchmark_filter=...]; TIDINGS_BENCH_DIR picks the directory (default:
//   the system temp directory) so the disk that will hold the data directory can be measured.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "daemon/journal.h"
#include "daemon/payload_codec.h"

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

// The journal's payload codecs on real news HTML (the article-extraction dev pages): CPU per
// page to compress (the hub pays it for every article) and the stored size (the data
// directory pays it). Arg: PayloadCodec (1 zstd level 1, 2 LZ4).
const std::vector<std::string>& DevPages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    const fs::path dir = fs::path(TIDINGS_SHARED_DIR) / "corpora" / "article-extraction" / "dev" / "html";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream bytes;
      bytes << in.rdbuf();
      out.push_back(bytes.str());
    }
    return out;
  }();
  return pages;
}

void BM_EncodeDevPage(benchmark::State& state) {
  const std::vector<std::string>& pages = DevPages();
  if (pages.empty()) {
    state.SkipWithError("the dev pages (../shared/corpora/article-extraction/dev/html) are missing");
    return;
  }
  tidings::daemon::PayloadEncoder encoder(static_cast<tidings::daemon::PayloadCodec>(state.range(0)));
  size_t i = 0, given = 0, stored = 0;
  for (auto _ : state) {
    const std::string& page = pages[i++ % pages.size()];
    tidings::daemon::EncodedPayload out;
    encoder.Encode(page, &out);
    given += page.size();
    stored += out.stored.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(i));
  state.SetBytesProcessed(static_cast<int64_t>(given));
  state.counters["stored_KB_per_page"] = static_cast<double>(stored) / 1024.0 / static_cast<double>(i);
  state.counters["ratio"] = static_cast<double>(given) / static_cast<double>(std::max<size_t>(stored, 1));
}
BENCHMARK(BM_EncodeDevPage)->Arg(1)->Arg(2)->MeasureProcessCPUTime();

// A new journal for the dev-page benchmarks, storing with `codec`; null (the benchmark told
// why) when the pages are missing or the journal cannot open.
std::unique_ptr<Journal> FreshForDevPages(benchmark::State& state, int64_t codec) {
  std::unique_ptr<Journal> journal;
  if (DevPages().empty()) {
    state.SkipWithError("the dev pages (../shared/corpora/article-extraction/dev/html) are missing");
    return journal;
  }
  fs::remove_all(BenchDir());
  tidings::Status s = Journal::Open(BenchDir() / "journal.sqlite", &journal,
                                    static_cast<tidings::daemon::PayloadCodec>(codec));
  if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  return journal;
}

// What journaling a dev page costs in all, as the daemon does it (group commits of 16):
// compression, the write to the payload segment file, SQLite's row, the checkpointer's copy
// and the fsyncs, in CPU of every thread of the process. Arg: PayloadCodec.
void BM_AppendDevPages(benchmark::State& state) {
  const std::vector<std::string>& pages = DevPages();
  std::unique_ptr<Journal> journal = FreshForDevPages(state, state.range(0));
  if (journal == nullptr) return;
  tidings::Status s;
  constexpr size_t kBatch = 16;
  std::vector<std::string> ids(kBatch);
  std::vector<Journal::BatchItem> items(kBatch);
  std::vector<AppendResult> results;
  size_t n = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < kBatch; ++i, ++n) {
      ids[i] = "page-" + std::to_string(n);
      items[i] = {ids[i], pages[n % pages.size()]};
    }
    if (!(s = journal->AppendBatch(items, &results)).ok()) state.SkipWithError(s.ToString().c_str());
  }
  state.SetItemsProcessed(static_cast<int64_t>(n));
  state.counters["stored_MB"] = static_cast<double>(journal->Counts().payload_bytes) / 1e6;
  journal.reset();
  fs::remove_all(BenchDir());
}
BENCHMARK(BM_AppendDevPages)->Arg(1)->Arg(2)->MeasureProcessCPUTime()->UseRealTime()->Iterations(150);

// The paced case: one article a transaction, as at a steady rate below capacity, each
// completed in the next one's transaction (as the journal writer does), over a journal that
// is new (as the first GiB of a daemon's life). Args: 1 keeps completed payloads
// (journal.retention_s > 0), 0 drops them at completion (the default); the PayloadCodec. CPU of
// every thread, the checkpointer's copies included.
void BM_StreamDevPages(benchmark::State& state) {
  const std::vector<std::string>& pages = DevPages();
  std::unique_ptr<Journal> journal = FreshForDevPages(state, state.range(1));
  if (journal == nullptr) return;
  tidings::Status s;
  journal->KeepCompletedPayloads(state.range(0) != 0);
  std::vector<AppendResult> results;
  std::vector<std::string> completed;
  size_t n = 0;
  for (auto _ : state) {
    const std::string id = "page-" + std::to_string(n);
    if (!(s = journal->AppendBatch({{id, pages[n % pages.size()]}}, &results, completed)).ok()) {
      state.SkipWithError(s.ToString().c_str());
    }
    completed = {id};
    // (As the journal writer does, a few times a second at the daemon's rates.)
    if (++n % 100 == 0) journal->ReclaimSegments(nullptr);
  }
  state.SetItemsProcessed(static_cast<int64_t>(n));
  std::error_code ec;
  uint64_t file_bytes = 0;  // the database, its WAL and the payload segment files
  for (const auto& entry : fs::recursive_directory_iterator(BenchDir(), ec)) {
    if (entry.is_regular_file(ec)) file_bytes += entry.file_size(ec);
  }
  state.counters["files_MB"] = static_cast<double>(file_bytes) / 1e6;
  journal.reset();
  fs::remove_all(BenchDir());
}
BENCHMARK(BM_StreamDevPages)->Args({1, 2})->Args({0, 2})->Args({0, 0})->MeasureProcessCPUTime()->UseRealTime()->Iterations(3000);

}  // namespace

BENCHMARK_MAIN();
