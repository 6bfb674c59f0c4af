// Fetch overhead on loopback: articles per second for a 50 KB page, plain and gzip-encoded
// bodies, through one reused ArticleFetcher (the per-article cost of the stage itself, not of
// the network). Run: build/bin/fetch_bench
#include <benchmark/benchmark.h>

#include <string>

#include "fetch/article_fetcher.h"
#include "fetch/test_http_server.h"

namespace {

using tidings::fetch::ArticleFetcher;
using tidings::fetch::testing::CannedResponse;
using tidings::fetch::testing::TestHttpServer;

void BM_FetchPage(benchmark::State& state) {
  TestHttpServer server;
  CannedResponse page;
  page.headers = {{"Content-Type", "text/html; charset=utf-8"}};
  std::string paragraph = "<p>Turkish President Recep Tayyip Erdogan pledged support to Azerbaijan.</p>\n";
  while (page.body.size() < 50 * 1024) page.body += paragraph;
  server.Route("/page", page);
  ArticleFetcher fetcher;
  int64_t bytes = 0;
  for (auto _ : state) {
    tidings::v1::Article a;
    a.set_url(server.Url("/page"));
    if (!fetcher.Fetch(&a).ok()) state.SkipWithError("fetch failed");
    bytes += static_cast<int64_t>(a.html().size());
  }
  state.SetBytesProcessed(bytes);
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_FetchPage)->UseRealTime()->Unit(benchmark::kMicrosecond);

void BM_PassThrough(benchmark::State& state) {
  ArticleFetcher fetcher;
  tidings::v1::Article a;
  a.set_html(std::string(50 * 1024, 'x'));
  for (auto _ : state) benchmark::DoNotOptimize(fetcher.Fetch(&a).ok());
}
BENCHMARK(BM_PassThrough);

}  // namespace

BENCHMARK_MAIN();
