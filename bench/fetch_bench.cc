// fetch_bench: what the crawler costs per page. A local HTTP server (127.0.0.1, its own
// thread, a new connection per page as the test server closes after each response) serves
// N distinct 50 KiB news pages; the crawler fetches them with 64 transfers in flight, robots.txt
// checked, no politeness gap (a single local host stands in for many sites). Prints pages/s,
// MB/s and the crawler thread's CPU per page (the server's CPU excluded), plain and gzip.
// Then the pass-through cost of the fetch stage: an article that already carries its text,
// started while 64 slow downloads are in flight (finished inside Start, never queued).
//
//   build/bin/fetch_bench [pages]
#include <time.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "fetch/crawler.h"
#include "fetch/fetch_stage.h"
#include "fetch/test_http_server.h"

using namespace std::chrono_literals;
using tidings::fetch::Crawler;
using tidings::fetch::CrawlerOptions;
using tidings::fetch::FetchRequest;
using tidings::fetch::FetchResponse;
using tidings::fetch::testing::CannedResponse;
using tidings::fetch::testing::Gzip;
using tidings::fetch::testing::TestHttpServer;
using Clock = std::chrono::steady_clock;

namespace {

double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

std::string NewsPage(size_t bytes) {
  std::string page = "<html><head><title>Bench story</title></head><body><article>";
  const std::string paragraph =
      "<p>ANKARA - Turkish President Recep Tayyip Erdogan pledged support to Azerbaijan on Tuesday, "
      "officials said after talks on a military cooperation agreement.</p>\n";
  while (page.size() < bytes) page += paragraph;
  return page + "</article></body></html>";
}


struct Run {
  size_t ok = 0;
  size_t bytes = 0;
  double seconds = 0;
  double cpu_seconds = 0;
};

Run FetchPages(TestHttpServer& server, const std::string& prefix, size_t pages) {
  CrawlerOptions o;
  o.max_in_flight = 64;
  o.politeness.per_host = 64;
  o.politeness.host_delay = 0ms;
  Crawler crawler(o);
  Run run;
  const auto start = Clock::now();
  const double cpu_start = ThreadCpuSeconds();
  for (size_t i = 0; i < pages; ++i) {
    FetchRequest request;
    request.url = server.Url(prefix + std::to_string(i));
    crawler.Submit(std::move(request), [&run](FetchResponse r) {
      if (!r.ok()) return;
      ++run.ok;
      run.bytes += r.body.size();
    });
  }
  while (crawler.pending() > 0 && Clock::now() - start < 600s) crawler.Poll(100ms);
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  run.cpu_seconds = ThreadCpuSeconds() - cpu_start;
  return run;
}

void Print(const char* name, size_t pages, const Run& r) {
  std::printf("%-28s %8zu %8zu %10.0f %8.1f %14.0f\n", name, pages, r.ok, r.ok / r.seconds,
              r.bytes / r.seconds / 1e6, 1e6 * r.cpu_seconds / std::max<size_t>(r.ok, 1));
}

// Microseconds per pass-through article while 64 downloads wait on a slow server.
double PassThroughMicros(size_t articles) {
  TestHttpServer slow;
  CannedResponse late;
  late.body = NewsPage(1000);
  late.delay = 30s;
  for (int i = 0; i < 64; ++i) slow.Route("/late/" + std::to_string(i), late);
  tidings::fetch::FetchStageOptions o;
  o.crawler.politeness.per_host = 64;
  o.crawler.politeness.host_delay = 0ms;
  o.crawler.robots = false;
  std::unique_ptr<tidings::fetch::FetchStage> stage;
  if (!tidings::fetch::FetchStage::Create(o, &stage).ok()) return -1;
  std::vector<tidings::v1::Envelope> held(64 + articles);
  std::vector<tidings::AsyncStageLogic::Done> done;
  for (int i = 0; i < 64; ++i) {
    held[i].mutable_article()->set_url(slow.Url("/late/" + std::to_string(i)));
    stage->Start(i, &held[i], &done);
  }
  for (int i = 0; i < 10; ++i) stage->Poll(10ms, {}, &done);  // the downloads are on the wire
  const std::string text = NewsPage(5000);
  const auto start = Clock::now();
  for (size_t i = 0; i < articles; ++i) {
    auto& env = held[64 + i];
    env.mutable_article()->set_text(text);
    stage->Start(64 + i, &env, &done);
  }
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return done.size() == articles ? 1e6 * seconds / static_cast<double>(articles) : -1;
}

}  // namespace

int main(int argc, char** argv) {
  const size_t pages = argc > 1 ? std::stoul(argv[1]) : 5000;
  TestHttpServer server;
  const std::string page = NewsPage(50 * 1024);
  CannedResponse plain;
  plain.headers = {{"Content-Type", "text/html; charset=utf-8"}};
  plain.body = page;
  CannedResponse gzipped = plain;
  gzipped.headers.emplace_back("Content-Encoding", "gzip");
  gzipped.body = Gzip(page);
  for (size_t i = 0; i < pages; ++i) {
    server.Route("/plain/" + std::to_string(i), plain);
    server.Route("/gzip/" + std::to_string(i), gzipped);
  }
  std::printf("fetch_bench: %zu pages of %zu bytes from a local server, 64 transfers in flight\n", pages,
              page.size());
  std::printf("%-28s %8s %8s %10s %8s %14s\n", "run", "pages", "ok", "pages/s", "MB/s", "CPU us/page");
  Print("plain", pages, FetchPages(server, "/plain/", pages));
  Print("gzip (decoded)", pages, FetchPages(server, "/gzip/", pages));
  const double pass = PassThroughMicros(10000);
  std::printf("pass-through with 64 slow downloads in flight: %.2f us per article\n", pass);
  return pass >= 0 ? 0 : 1;
}
