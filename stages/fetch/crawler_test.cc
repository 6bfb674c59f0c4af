// The crawler against real HTTP servers on loopback: concurrency, politeness measured at the
// server, robots.txt, redirects, retries, Retry-After, encodings, limits and conditional GET.
#include "fetch/crawler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "fetch/test_http_server.h"

namespace tidings::fetch {
namespace {

using namespace std::chrono_literals;
using std::chrono::milliseconds;
using std::chrono::steady_clock;
using testing::CannedResponse;
using testing::Page;
using testing::RecordedRequest;
using testing::TestHttpServer;

// gzip -n -9 of "<html><head><title>Compressed</title></head><body><p>Ankara pledged support
// to Baku.</p></body></html>"
constexpr unsigned char kGzippedPage[] = {
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x25, 0x8c, 0xd1, 0x0d, 0x80, 0x20,
    0x0c, 0x05, 0x57, 0xe9, 0x04, 0xb2, 0x40, 0xd3, 0x44, 0x9d, 0xa4, 0xa6, 0x8d, 0x18, 0x40, 0x1a,
    0x28, 0x1f, 0x6e, 0xaf, 0x91, 0xdf, 0x77, 0x77, 0x0f, 0xa3, 0x97, 0x4c, 0x18, 0x95, 0x85, 0xd0,
    0x2f, 0xcf, 0x4a, 0x7b, 0x2d, 0xd6, 0xb4, 0x77, 0x15, 0x0c, 0x73, 0xc1, 0x30, 0xf9, 0x51, 0xe5,
    0x21, 0x34, 0x5a, 0xef, 0xc4, 0x8d, 0xc1, 0xb2, 0xca, 0xa9, 0x02, 0x7d, 0x98, 0xd5, 0xe6, 0xe0,
    0x15, 0x36, 0x4e, 0x63, 0xc1, 0x60, 0x5f, 0x32, 0xe5, 0xf0, 0xff, 0xbf, 0xb5, 0x93, 0xba, 0x7f,
    0x66, 0x00, 0x00, 0x00,
};
// gzip -n -9 of 100000 'a' bytes: 133 bytes on the wire.
constexpr unsigned char kGzipBomb[] = {
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xed, 0xc1, 0x31, 0x01, 0x00, 0x00,
    0x00, 0xc2, 0xa0, 0xac, 0xeb, 0x5f, 0xc2, 0x1a, 0x1e, 0x40, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xaf, 0x06, 0x87, 0xfa, 0xe2,
    0x1b, 0xa0, 0x86, 0x01, 0x00,
};
// brotli -q 11 of "<html><body><p>Brotli news from Baku.</p></body></html>"
constexpr unsigned char kBrotliPage[] = {
    0xa1, 0xb0, 0x01, 0xc0, 0x6f, 0x9c, 0x2c, 0x37, 0xb2, 0x4a, 0x02, 0xe7, 0x58, 0x8c, 0x86, 0x32,
    0x1e, 0x6c, 0xed, 0xe0, 0xc1, 0x72, 0xa7, 0x1c, 0x69, 0x40, 0x01, 0x46, 0x9e, 0xb5, 0x05, 0xdf,
    0xbe, 0x92, 0x16, 0x7d, 0x04, 0xca, 0x51, 0x80, 0x41, 0x09, 0xb2, 0xcb, 0xc4, 0x43, 0xe5, 0xbf,
    0x65, 0xb1, 0x9f, 0x8a, 0xdd, 0x27, 0xaa, 0x00,
};

template <size_t N>
std::string Bytes(const unsigned char (&data)[N]) {
  return std::string(reinterpret_cast<const char*>(data), N);
}


CannedResponse Status(int status, std::string reason) {
  CannedResponse r = Page("<html>" + reason + "</html>");
  r.status = status;
  r.reason = std::move(reason);
  return r;
}

CannedResponse Redirect(int status, std::string location) {
  CannedResponse r = Status(status, status == 301 ? "Moved Permanently" : "Found");
  r.headers.emplace_back("Location", std::move(location));
  return r;
}

CrawlerOptions FastOptions() {
  CrawlerOptions o;
  o.politeness.host_delay = 0ms;
  o.politeness.per_host = 8;
  o.connect_timeout = 2000ms;
  o.timeout = 5000ms;
  o.deadline = 10000ms;
  o.retry.base_delay = 20ms;
  o.retry.max_delay = 200ms;
  o.user_agent = "tidings-test/1.0";
  return o;
}

// Submits every URL and polls until all completed; responses in submission order.
std::vector<FetchResponse> FetchAll(Crawler& crawler, const std::vector<FetchRequest>& requests,
                                    milliseconds limit = 20000ms) {
  std::vector<FetchResponse> out(requests.size());
  for (size_t i = 0; i < requests.size(); ++i) {
    crawler.Submit(requests[i], [&out, i](FetchResponse r) { out[i] = std::move(r); });
  }
  const auto stop = steady_clock::now() + limit;
  while (crawler.pending() > 0 && steady_clock::now() < stop) crawler.Poll(100ms);
  EXPECT_EQ(crawler.pending(), 0u) << "requests still pending after the time limit";
  return out;
}

FetchRequest Request(const std::string& url) {
  FetchRequest r;
  r.url = url;
  return r;
}

std::vector<FetchRequest> Requests(const std::vector<std::string>& urls) {
  std::vector<FetchRequest> out;
  for (const auto& u : urls) out.push_back(Request(u));
  return out;
}

FetchResponse FetchOne(Crawler& crawler, const std::string& url) {
  return FetchAll(crawler, {Request(url)})[0];
}

// Request arrival times at the server (kernel receive stamps), robots.txt included, in order.
std::vector<std::chrono::system_clock::time_point> Arrivals(TestHttpServer& server) {
  std::vector<std::chrono::system_clock::time_point> out;
  for (const RecordedRequest& r : server.Requests()) out.push_back(r.arrived);
  std::sort(out.begin(), out.end());
  return out;
}

class CrawlerTest : public ::testing::Test {
 protected:
  TestHttpServer server_;
};

TEST_F(CrawlerTest, DownloadsAPageKeepingItsBytesAndCharset) {
  const std::string body = "<html><head><title>Caf\xe9</title></head><body>Caf\xe9 news</body></html>";
  server_.Route("/news/1", Page(body, "text/html; charset=ISO-8859-1"));
  server_.Route("/robots.txt", Page("User-agent: *\nDisallow: /private/\n", "text/plain"));
  Crawler crawler(FastOptions());
  FetchResponse r = FetchOne(crawler, server_.Url("/news/1"));
  ASSERT_EQ(r.outcome, FetchOutcome::kOk) << r.status.ToString();
  EXPECT_TRUE(r.status.ok());
  EXPECT_EQ(r.http_status, 200);
  EXPECT_EQ(r.body, body) << "the clean stage decodes; the crawler keeps the bytes";
  EXPECT_EQ(r.content_type, "text/html; charset=ISO-8859-1");
  EXPECT_EQ(r.final_url, server_.Url("/news/1"));
  EXPECT_EQ(r.attempts, 1);
  const std::string head = server_.LastRequest("/news/1");
  EXPECT_NE(head.find("User-Agent: tidings-test/1.0"), std::string::npos) << head;
  EXPECT_NE(head.find("br"), std::string::npos) << "brotli is offered: " << head;
  EXPECT_EQ(server_.Hits("/robots.txt"), 1);
}

TEST_F(CrawlerTest, TransfersRunConcurrentlyAndPollNeverBlocksLongerThanAsked) {
  CannedResponse slow = Page("<html>slow</html>");
  slow.delay = 800ms;
  std::vector<std::string> urls;
  for (int i = 0; i < 20; ++i) {
    server_.Route("/slow/" + std::to_string(i), slow);
    urls.push_back(server_.Url("/slow/" + std::to_string(i)));
  }
  CrawlerOptions o = FastOptions();
  o.politeness.per_host = 20;
  Crawler crawler(o);
  std::vector<FetchResponse> out(urls.size());
  for (size_t i = 0; i < urls.size(); ++i) {
    crawler.Submit(Request(urls[i]), [&out, i](FetchResponse r) { out[i] = std::move(r); });
  }
  const auto start = steady_clock::now();
  milliseconds longest_poll{0};
  while (crawler.pending() > 0 && steady_clock::now() - start < 10s) {
    const auto before = steady_clock::now();
    crawler.Poll(50ms);
    longest_poll = std::max(longest_poll, std::chrono::duration_cast<milliseconds>(steady_clock::now() - before));
  }
  const auto elapsed = steady_clock::now() - start;
  for (const auto& r : out) EXPECT_EQ(r.outcome, FetchOutcome::kOk) << r.status.ToString();
  EXPECT_LT(elapsed, 3s) << "20 transfers of 0.8 s each must overlap";
  EXPECT_GE(server_.MaxConcurrent(), 10);
  EXPECT_LT(longest_poll, 300ms) << "a slow transfer never holds the caller's loop";
}

TEST_F(CrawlerTest, PerHostLimitAndGapHoldAtTheServer) {
  CannedResponse page = Page("<html>page</html>");
  page.delay = 300ms;
  std::vector<std::string> urls;
  for (int i = 0; i < 6; ++i) {
    server_.Route("/p/" + std::to_string(i), page);
    urls.push_back(server_.Url("/p/" + std::to_string(i)));
  }
  CrawlerOptions o = FastOptions();
  o.politeness.per_host = 2;
  o.politeness.host_delay = 150ms;
  Crawler crawler(o);
  for (const auto& r : FetchAll(crawler, Requests(urls))) EXPECT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_LE(server_.MaxConcurrent(), 2);
  auto arrivals = Arrivals(server_);
  ASSERT_EQ(arrivals.size(), 7u) << "six pages and robots.txt";
  for (size_t i = 1; i < arrivals.size(); ++i) {
    EXPECT_GE(arrivals[i] - arrivals[i - 1], 150ms) << "request " << i;
  }
}

TEST_F(CrawlerTest, HostsArePacedIndependently) {
  TestHttpServer other("127.0.0.2");
  for (auto* s : {&server_, &other}) {
    for (int i = 0; i < 2; ++i) s->Route("/n/" + std::to_string(i), Page("<html>n</html>"));
  }
  CrawlerOptions o = FastOptions();
  o.politeness.host_delay = 600ms;
  o.robots = false;
  Crawler crawler(o);
  const auto start = steady_clock::now();
  auto out = FetchAll(crawler, Requests({server_.Url("/n/0"), server_.Url("/n/1"), other.Url("/n/0"),
                                         other.Url("/n/1")}));
  for (const auto& r : out) EXPECT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_LT(steady_clock::now() - start, 1100ms) << "one gap per host, not one per request";
  EXPECT_GE(Arrivals(other)[1] - Arrivals(other)[0], 600ms);
}

TEST_F(CrawlerTest, RobotsDisallowIsObeyedAndRobotsTxtFetchedOncePerSite) {
  server_.Route("/robots.txt", Page("User-agent: *\nDisallow: /private/\n\nUser-agent: other\nDisallow: /\n",
                                    "text/plain"));
  server_.Route("/private/a", Page("<html>secret</html>"));
  server_.Route("/public/a", Page("<html>public</html>"));
  server_.Route("/public/b", Page("<html>public</html>"));
  Crawler crawler(FastOptions());
  auto out = FetchAll(crawler, Requests({server_.Url("/private/a"), server_.Url("/public/a"),
                                         server_.Url("/public/b")}));
  EXPECT_EQ(out[0].outcome, FetchOutcome::kRobotsDisallowed);
  EXPECT_EQ(out[0].status.code(), tidings::Status::Code::kInvalidInput);
  EXPECT_NE(out[0].status.message().find("disallows " + server_.Url("/private/a")), std::string::npos)
      << out[0].status.ToString();
  EXPECT_TRUE(out[1].ok());
  EXPECT_TRUE(out[2].ok());
  EXPECT_EQ(server_.Hits("/private/a"), 0);
  EXPECT_EQ(server_.Hits("/robots.txt"), 1);
}

TEST_F(CrawlerTest, RobotsCrawlDelayWidensTheGap) {
  server_.Route("/robots.txt", Page("User-agent: tidings-test\nCrawl-delay: 0.4\n", "text/plain"));
  server_.Route("/a", Page("<html>a</html>"));
  server_.Route("/b", Page("<html>b</html>"));
  Crawler crawler(FastOptions());
  for (const auto& r : FetchAll(crawler, Requests({server_.Url("/a"), server_.Url("/b")}))) {
    EXPECT_TRUE(r.ok()) << r.status.ToString();
  }
  auto arrivals = Arrivals(server_);
  ASSERT_EQ(arrivals.size(), 3u);
  EXPECT_GE(arrivals[2] - arrivals[1], 400ms);
}

TEST_F(CrawlerTest, UnreachableRobotsTxtDelaysTheSiteThenItIsCrawled) {
  server_.RouteSequence("/robots.txt", {Status(503, "Service Unavailable"), Status(404, "Not Found")});
  server_.Route("/story", Page("<html>story</html>"));
  Crawler crawler(FastOptions());
  FetchResponse r = FetchOne(crawler, server_.Url("/story"));
  EXPECT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(server_.Hits("/robots.txt"), 2) << "RFC 9309: 5xx means try again later, 404 means no rules";
  EXPECT_EQ(server_.Hits("/story"), 1);
}

TEST_F(CrawlerTest, RedirectsAreFollowedHopByHopAcrossHosts) {
  TestHttpServer other("127.0.0.2");
  other.Route("/robots.txt", Page("User-agent: *\nDisallow: /private\n", "text/plain"));
  other.Route("/new", Page("<html>moved here</html>"));
  server_.Route("/old", Redirect(301, other.Url("/new")));
  server_.Route("/sneaky", Redirect(302, other.Url("/private")));
  Crawler crawler(FastOptions());
  auto out = FetchAll(crawler, Requests({server_.Url("/old"), server_.Url("/sneaky")}));
  ASSERT_TRUE(out[0].ok()) << out[0].status.ToString();
  EXPECT_EQ(out[0].body, "<html>moved here</html>");
  EXPECT_EQ(out[0].url, server_.Url("/old"));
  EXPECT_EQ(out[0].final_url, other.Url("/new"));
  EXPECT_EQ(out[0].redirects, 1);
  EXPECT_NE(other.LastRequest("/new").find("Referer: " + server_.Url("/old")), std::string::npos);
  EXPECT_EQ(out[1].outcome, FetchOutcome::kRobotsDisallowed) << "the new host's robots.txt applies";
  EXPECT_EQ(other.Hits("/private"), 0);
  EXPECT_EQ(other.Hits("/robots.txt"), 1);
}

TEST_F(CrawlerTest, CookiesSurviveARedirectChainButNotTheNextRequest) {
  CannedResponse consent = Redirect(302, "/story");
  consent.headers.emplace_back("Set-Cookie", "consent=yes; Path=/");
  server_.Route("/consent", consent);
  server_.Route("/story", Page("<html>story</html>"));
  Crawler crawler(FastOptions());
  ASSERT_TRUE(FetchOne(crawler, server_.Url("/consent")).ok());
  EXPECT_NE(server_.LastRequest("/story").find("Cookie: consent=yes"), std::string::npos);
  ASSERT_TRUE(FetchOne(crawler, server_.Url("/story")).ok());
  EXPECT_EQ(server_.LastRequest("/story").find("Cookie:"), std::string::npos);
}

TEST_F(CrawlerTest, RedirectLoopAndRedirectToAnotherSchemeFail) {
  server_.Route("/ping", Redirect(302, "/pong"));
  server_.Route("/pong", Redirect(302, "/ping"));
  server_.Route("/to-file", Redirect(302, "file:///etc/passwd"));
  CrawlerOptions o = FastOptions();
  o.max_redirects = 3;
  Crawler crawler(o);
  auto out = FetchAll(crawler, Requests({server_.Url("/ping"), server_.Url("/to-file")}));
  EXPECT_EQ(out[0].outcome, FetchOutcome::kTooManyRedirects);
  EXPECT_NE(out[0].status.message().find("more than 3 redirects"), std::string::npos) << out[0].status.ToString();
  EXPECT_EQ(server_.Hits("/ping") + server_.Hits("/pong"), 4);
  EXPECT_EQ(out[1].outcome, FetchOutcome::kInvalidUrl);
  EXPECT_NE(out[1].status.message().find("file:///etc/passwd"), std::string::npos) << out[1].status.ToString();
}

TEST_F(CrawlerTest, ServerErrorsAreRetriedUntilTheyClear) {
  server_.RouteSequence("/flaky", {Status(503, "Service Unavailable"), Status(500, "Internal Server Error"),
                                   Page("<html>finally</html>")});
  Crawler crawler(FastOptions());
  FetchResponse r = FetchOne(crawler, server_.Url("/flaky"));
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  EXPECT_EQ(r.body, "<html>finally</html>");
  EXPECT_EQ(r.attempts, 3);
  EXPECT_EQ(server_.Hits("/flaky"), 3);
}

TEST_F(CrawlerTest, PersistentServerErrorStopsAfterMaxAttempts) {
  server_.Route("/down", Status(502, "Bad Gateway"));
  CrawlerOptions o = FastOptions();
  o.retry.max_attempts = 3;
  Crawler crawler(o);
  FetchResponse r = FetchOne(crawler, server_.Url("/down"));
  EXPECT_EQ(r.outcome, FetchOutcome::kHttp5xx);
  EXPECT_EQ(r.http_status, 502);
  EXPECT_EQ(server_.Hits("/down"), 3);
  EXPECT_EQ(r.status.message(), "HTTP 502 Bad Gateway from " + server_.Url("/down") + " (3 attempts)");
}

TEST_F(CrawlerTest, NotFoundIsNotRetried) {
  Crawler crawler(FastOptions());
  FetchResponse r = FetchOne(crawler, server_.Url("/missing"));
  EXPECT_EQ(r.outcome, FetchOutcome::kHttp4xx);
  EXPECT_EQ(r.status.code(), tidings::Status::Code::kNotFound);
  EXPECT_EQ(r.status.message(), "HTTP 404 Not Found from " + server_.Url("/missing"));
  EXPECT_EQ(server_.Hits("/missing"), 1);
  EXPECT_TRUE(r.body.empty());
}

TEST_F(CrawlerTest, TooManyRequestsWaitsForRetryAfter) {
  CannedResponse limited = Status(429, "Too Many Requests");
  limited.headers.emplace_back("Retry-After", "1");
  server_.RouteSequence("/rate", {limited, Page("<html>ok now</html>")});
  Crawler crawler(FastOptions());
  FetchResponse r = FetchOne(crawler, server_.Url("/rate"));
  ASSERT_TRUE(r.ok()) << r.status.ToString();
  std::vector<std::chrono::system_clock::time_point> hits;
  for (const auto& req : server_.Requests()) {
    if (req.target == "/rate") hits.push_back(req.arrived);
  }
  ASSERT_EQ(hits.size(), 2u);
  EXPECT_GE(hits[1] - hits[0], 1000ms) << "Retry-After: 1 outweighs the 20 ms backoff";
}

TEST_F(CrawlerTest, RetryAfterBeyondTheLimitFailsAtOnce) {
  CannedResponse unavailable = Status(503, "Service Unavailable");
  unavailable.headers.emplace_back("Retry-After", "86400");
  server_.Route("/maintenance", unavailable);
  Crawler crawler(FastOptions());
  FetchResponse r = FetchOne(crawler, server_.Url("/maintenance"));
  EXPECT_EQ(r.outcome, FetchOutcome::kHttp5xx);
  EXPECT_EQ(server_.Hits("/maintenance"), 1);
  EXPECT_NE(r.status.message().find("retry after 86400 s"), std::string::npos) << r.status.ToString();
}

TEST_F(CrawlerTest, TimeoutsAreRetriedAWithinBoundedNumberOfAttempts) {
  CannedResponse slow = Page("<html>late</html>");
  slow.delay = 3000ms;
  server_.Route("/slow", slow);
  CrawlerOptions o = FastOptions();
  o.timeout = 200ms;
  o.retry.max_attempts = 2;
  Crawler crawler(o);
  const auto start = steady_clock::now();
  FetchResponse r = FetchOne(crawler, server_.Url("/slow"));
  EXPECT_EQ(r.outcome, FetchOutcome::kTimeout);
  EXPECT_EQ(r.status.code(), tidings::Status::Code::kTimeout);
  EXPECT_NE(r.status.message().find("timed out"), std::string::npos) << r.status.ToString();
  EXPECT_EQ(r.attempts, 2);
  EXPECT_LT(steady_clock::now() - start, 2000ms);
}

TEST_F(CrawlerTest, ConnectionRefusedIsAConnectError) {
  unsigned short closed_port;
  {
    TestHttpServer temporary;
    closed_port = temporary.port();
  }
  CrawlerOptions o = FastOptions();
  o.robots = false;
  Crawler crawler(o);
  FetchResponse r = FetchOne(crawler, "http://127.0.0.1:" + std::to_string(closed_port) + "/x");
  EXPECT_EQ(r.outcome, FetchOutcome::kConnectError);
  EXPECT_EQ(r.attempts, o.retry.max_attempts);
}

TEST_F(CrawlerTest, DecodesGzipAndBrotli) {
  CannedResponse gz = Page(Bytes(kGzippedPage));
  gz.headers.emplace_back("Content-Encoding", "gzip");
  CannedResponse br = Page(Bytes(kBrotliPage));
  br.headers.emplace_back("Content-Encoding", "br");
  server_.Route("/gz", gz);
  server_.Route("/br", br);
  Crawler crawler(FastOptions());
  auto out = FetchAll(crawler, Requests({server_.Url("/gz"), server_.Url("/br")}));
  ASSERT_TRUE(out[0].ok()) << out[0].status.ToString();
  EXPECT_EQ(out[0].body,
            "<html><head><title>Compressed</title></head><body><p>Ankara pledged support to "
            "Baku.</p></body></html>");
  ASSERT_TRUE(out[1].ok()) << out[1].status.ToString();
  EXPECT_EQ(out[1].body, "<html><body><p>Brotli news from Baku.</p></body></html>");
}

TEST_F(CrawlerTest, SizeLimitAppliesToTheDecodedBodyWhileStreaming) {
  CannedResponse bomb = Page(Bytes(kGzipBomb));
  bomb.headers.emplace_back("Content-Encoding", "gzip");
  server_.Route("/bomb", bomb);
  server_.Route("/exact", Page(std::string(10000, 'x')));
  CrawlerOptions o = FastOptions();
  o.max_bytes = 10000;
  Crawler crawler(o);
  auto out = FetchAll(crawler, Requests({server_.Url("/bomb"), server_.Url("/exact")}));
  EXPECT_EQ(out[0].outcome, FetchOutcome::kTooLarge);
  EXPECT_NE(out[0].status.message().find("exceeds the limit of 10000 bytes"), std::string::npos)
      << out[0].status.ToString();
  EXPECT_TRUE(out[0].body.empty());
  ASSERT_TRUE(out[1].ok()) << "exactly at the limit is accepted: " << out[1].status.ToString();
  EXPECT_EQ(out[1].body.size(), 10000u);
}

TEST_F(CrawlerTest, NeverEndingResponseIsCutAtTheSizeLimit) {
  CannedResponse endless = Page("");
  endless.endless = true;
  server_.Route("/stream", endless);
  CrawlerOptions o = FastOptions();
  o.max_bytes = 2 << 20;
  Crawler crawler(o);
  const auto start = steady_clock::now();
  FetchResponse r = FetchOne(crawler, server_.Url("/stream"));
  EXPECT_EQ(r.outcome, FetchOutcome::kTooLarge) << r.status.ToString();
  EXPECT_EQ(r.attempts, 1) << "too large is not retried";
  EXPECT_LT(steady_clock::now() - start, 3000ms);
}

TEST_F(CrawlerTest, BinaryContentTypeIsRefusedUnlessTheRequestAcceptsIt) {
  server_.Route("/logo.png", Page(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), "image/png"));
  Crawler crawler(FastOptions());
  FetchRequest any = Request(server_.Url("/logo.png"));
  any.text_only = false;
  auto out = FetchAll(crawler, {Request(server_.Url("/logo.png")), any});
  EXPECT_EQ(out[0].outcome, FetchOutcome::kNotText);
  EXPECT_NE(out[0].status.message().find("content type 'image/png'"), std::string::npos)
      << out[0].status.ToString();
  EXPECT_TRUE(out[1].ok());
  EXPECT_EQ(out[1].body.size(), 11u);
}

TEST_F(CrawlerTest, ConditionalGetIsAnsweredNotModified) {
  server_.Handle("/feed.xml", [](const RecordedRequest& req) {
    if (req.Header("If-None-Match") == "\"v1\"") {
      CannedResponse r;
      r.status = 304;
      r.reason = "Not Modified";
      return r;
    }
    CannedResponse r = Page("<rss/>", "application/rss+xml");
    r.headers.emplace_back("ETag", "\"v1\"");
    r.headers.emplace_back("Last-Modified", "Wed, 21 Oct 2015 07:28:00 GMT");
    return r;
  });
  Crawler crawler(FastOptions());
  FetchResponse first = FetchOne(crawler, server_.Url("/feed.xml"));
  ASSERT_TRUE(first.ok()) << first.status.ToString();
  EXPECT_EQ(first.Header("ETag"), "\"v1\"");
  EXPECT_EQ(first.Header("last-modified"), "Wed, 21 Oct 2015 07:28:00 GMT");
  FetchRequest again = Request(server_.Url("/feed.xml"));
  again.headers = {{"If-None-Match", first.Header("etag")}};
  FetchResponse second = FetchAll(crawler, {again})[0];
  EXPECT_EQ(second.outcome, FetchOutcome::kNotModified);
  EXPECT_TRUE(second.status.ok());
  EXPECT_EQ(second.http_status, 304);
  EXPECT_TRUE(second.body.empty());
}

TEST_F(CrawlerTest, RequestWaitingTooLongForItsHostFailsAtItsDeadline) {
  CannedResponse slow = Page("<html>slow</html>");
  slow.delay = 1500ms;
  server_.Route("/slow", slow);
  server_.Route("/next", Page("<html>next</html>"));
  CrawlerOptions o = FastOptions();
  o.politeness.per_host = 1;
  o.robots = false;
  Crawler crawler(o);
  FetchRequest next = Request(server_.Url("/next"));
  next.deadline = 300ms;
  auto out = FetchAll(crawler, {Request(server_.Url("/slow")), next});
  EXPECT_TRUE(out[0].ok());
  EXPECT_EQ(out[1].outcome, FetchOutcome::kTimeout);
  EXPECT_NE(out[1].status.message().find("waiting for a politeness slot"), std::string::npos)
      << out[1].status.ToString();
  EXPECT_EQ(server_.Hits("/next"), 0);
}

TEST_F(CrawlerTest, MalformedAndForeignUrlsFailFromPollNotSubmit) {
  Crawler crawler(FastOptions());
  bool called = false;
  crawler.Submit(Request("ftp://example.org/x"), [&called](FetchResponse r) {
    called = true;
    EXPECT_EQ(r.outcome, FetchOutcome::kInvalidUrl);
    EXPECT_NE(r.status.message().find("unsupported URL scheme 'ftp'"), std::string::npos) << r.status.ToString();
  });
  EXPECT_FALSE(called);
  EXPECT_EQ(crawler.pending(), 1u);
  crawler.Poll(1000ms);
  EXPECT_TRUE(called);
  EXPECT_EQ(crawler.pending(), 0u);
}

TEST_F(CrawlerTest, CompletionMaySubmitMore) {
  server_.Route("/first", Page("<html>1</html>"));
  server_.Route("/second", Page("<html>2</html>"));
  Crawler crawler(FastOptions());
  std::string got;
  crawler.Submit(Request(server_.Url("/first")), [&](FetchResponse r) {
    got += r.body;
    crawler.Submit(Request(server_.Url("/second")), [&](FetchResponse r2) { got += r2.body; });
  });
  const auto stop = steady_clock::now() + 5s;
  while (crawler.pending() > 0 && steady_clock::now() < stop) crawler.Poll(100ms);
  EXPECT_EQ(got, "<html>1</html><html>2</html>");
}

}  // namespace
}  // namespace tidings::fetch
