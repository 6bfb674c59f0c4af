// The fetch stage inside a real tidingsd, against real HTTP servers on loopback: slow sites
// never delay other articles or cost the stage a restart; retries, redirects, robots.txt,
// charsets and compression reach the store; failures become dead letters; a page is fetched
// once across a daemon restart; outcomes appear on /metrics.
#include <gtest/gtest.h>

#include <cstdio>
#include <thread>

#include "daemon_harness.h"
#include "fetch_e2e_support.h"
#include "fetch/test_http_server.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;
using fetch::testing::CannedResponse;
using fetch::testing::Gzip;
using fetch::testing::Page;
using fetch::testing::TestHttpServer;

TEST(FetchE2eTest, FiftySlowSitesNeverDelayAnArticleWithItsOwnTextNorCostARestart) {
  TestHttpServer slow;
  for (int i = 0; i < 50; ++i) {
    CannedResponse r = Page(NewsPage("Slow story " + std::to_string(i), "BAKU"));
    r.delay = 15s;
    slow.Route("/slow/" + std::to_string(i), r);
  }
  DaemonUnderTest daemon("[fetch]\nper_host = 50\nhost_delay_ms = 0\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy()) << daemon.Log();
  for (int i = 0; i < 50; ++i) {
    v1::Ack ack = daemon.PushAcked(UrlArticle("slow-" + std::to_string(i), slow.Url("/slow/" + std::to_string(i))));
    ASSERT_EQ(ack.status(), v1::Ack::ACCEPTED) << ack.reason();
  }
  auto slow_requests = [&slow] {
    int n = 0;
    for (const auto& r : slow.Requests()) n += r.target.rfind("/slow/", 0) == 0 ? 1 : 0;
    return n;
  };
  ASSERT_TRUE(WaitFor([&] { return slow_requests() == 50; }, 5s)) << slow_requests() << " of 50 in flight";

  v1::Article text;
  text.set_id("own-text");
  text.set_title("Turkey backs Azerbaijan");
  text.set_text("ANKARA - Turkish President Recep Tayyip Erdogan pledged support to Azerbaijan on Tuesday.\n\n"
                "Turkey signed a military cooperation agreement with Azerbaijan on Monday.\n");
  const auto pushed = std::chrono::steady_clock::now();
  ASSERT_EQ(daemon.PushAcked(text).status(), v1::Ack::ACCEPTED);
  ASSERT_TRUE(WaitFor([&] { return ArticleStatus(daemon, "own-text") == "stored"; }, 5s)) << daemon.Log();
  const auto took = std::chrono::steady_clock::now() - pushed;
  std::printf("article with its own text stored %lld ms after its push, 50 slow downloads in flight\n",
              static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(took).count()));
  EXPECT_LT(took, 1s) << "stored after "
                      << std::chrono::duration_cast<std::chrono::milliseconds>(took).count() << " ms";

  // The slow pages arrive after 15 s, with the stage heartbeating all along.
  auto stored_slow = [&daemon] {
    return StoreCount(daemon, "SELECT COUNT(*) FROM articles WHERE id LIKE 'slow-%' AND status = 'stored'");
  };
  EXPECT_TRUE(WaitFor([&] { return stored_slow() == 50; }, 30s)) << stored_slow() << " of 50 stored";
  EXPECT_EQ(daemon.StageRestarts("fetch"), 0) << daemon.Log();
  EXPECT_EQ(slow_requests(), 50) << "each slow page fetched once, no retry, no replay";
  std::string metrics;
  EXPECT_TRUE(MetricsShow(daemon, "tidings_fetch_total{stage=\"fetch\",replica=\"0\",outcome=\"ok\"} 50", &metrics))
      << metrics.substr(0, 4000);
}

class FetchPipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.Route("/robots.txt", Page("User-agent: *\nDisallow: /private/\n", "text/plain"));
    std::string error;
    ASSERT_TRUE(daemon_.Start(&error)) << error;
    ASSERT_TRUE(daemon_.WaitHealthy()) << daemon_.Log();
  }
  TestHttpServer server_;
  DaemonUnderTest daemon_{"[fetch]\nhost_delay_ms = 50\nretry_base_ms = 100\n"};
};

TEST_F(FetchPipelineTest, RetriesRedirectsCharsetsAndFailuresReachTheStore) {
  CannedResponse unavailable = Page("<html>busy</html>");
  unavailable.status = 503;
  unavailable.reason = "Service Unavailable";
  server_.RouteSequence("/flaky", {unavailable, Page(NewsPage("Flaky but fine", "ANKARA"))});
  server_.Route("/latin1", Page(NewsPage("Reuni\xe3o em S\xe3o Paulo", "S\xc3O PAULO"),
                                "text/html; charset=ISO-8859-1"));
  CannedResponse gz = Page(Gzip(NewsPage("Compressed story", "BAKU")));
  gz.headers.emplace_back("Content-Encoding", "gzip");
  server_.Route("/gz", gz);
  CannedResponse moved = Page("<html>moved</html>");
  moved.status = 301;
  moved.reason = "Moved Permanently";
  moved.headers.emplace_back("Location", "/new-home");
  server_.Route("/old-home", moved);
  server_.Route("/new-home", Page(NewsPage("Moved story", "ANKARA")));
  server_.Route("/private/x", Page(NewsPage("Secret", "NOWHERE")));

  for (const auto& [id, path] : std::vector<std::pair<std::string, std::string>>{
           {"flaky", "/flaky"}, {"gone", "/gone"}, {"latin1", "/latin1"}, {"gz", "/gz"},
           {"moved", "/old-home"}, {"private", "/private/x"}}) {
    ASSERT_EQ(daemon_.PushAcked(UrlArticle(id, server_.Url(path))).status(), v1::Ack::ACCEPTED) << id;
  }
  auto all_done = [&] {
    for (const char* id : {"flaky", "gone", "latin1", "gz", "moved", "private"}) {
      if (ArticleStatus(daemon_, id).empty()) return false;
    }
    return true;
  };
  ASSERT_TRUE(WaitFor(all_done, 30s)) << daemon_.Log();

  EXPECT_EQ(ArticleStatus(daemon_, "flaky"), "stored") << "503 then 200 is retried and stored";
  EXPECT_EQ(server_.Hits("/flaky"), 2);
  auto latin1 = daemon_.QueryStore("SELECT title FROM articles WHERE id = 'latin1'");
  ASSERT_EQ(latin1.size(), 1u);
  EXPECT_EQ(latin1[0]["title"], "Reuni\xc3\xa3o em S\xc3\xa3o Paulo") << "ISO-8859-1 arrives as UTF-8";
  auto gzipped = daemon_.QueryStore("SELECT title, status FROM articles WHERE id = 'gz'");
  ASSERT_EQ(gzipped.size(), 1u);
  EXPECT_EQ(gzipped[0]["title"], "Compressed story");
  auto moved_row = daemon_.QueryStore("SELECT url, status FROM articles WHERE id = 'moved'");
  ASSERT_EQ(moved_row.size(), 1u);
  EXPECT_EQ(moved_row[0]["url"], server_.Url("/new-home")) << "the final URL after the redirect";

  EXPECT_EQ(ArticleStatus(daemon_, "gone"), "dead");
  EXPECT_EQ(DeadLetterReason(daemon_, "gone"), "not found: HTTP 404 Not Found from " + server_.Url("/gone"));
  EXPECT_EQ(server_.Hits("/gone"), 1) << "a 404 is not retried";
  EXPECT_EQ(ArticleStatus(daemon_, "private"), "dead");
  EXPECT_NE(DeadLetterReason(daemon_, "private").find("robots.txt"), std::string::npos);
  EXPECT_EQ(server_.Hits("/private/x"), 0);
  EXPECT_EQ(server_.Hits("/robots.txt"), 1);

  std::string metrics;
  EXPECT_TRUE(MetricsShow(daemon_, "outcome=\"http_4xx\"} 1", &metrics)) << metrics.substr(0, 4000);
  EXPECT_TRUE(MetricsShow(daemon_, "outcome=\"robots_disallowed\"} 1", &metrics)) << metrics.substr(0, 4000);
}

TEST_F(FetchPipelineTest, APageIsFetchedOnceAcrossADaemonRestart) {
  server_.Route("/story", Page(NewsPage("Only once", "ANKARA")));
  ASSERT_EQ(daemon_.PushAcked(UrlArticle("first", server_.Url("/story"))).status(), v1::Ack::ACCEPTED);
  ASSERT_TRUE(WaitFor([&] { return ArticleStatus(daemon_, "first") == "stored"; }, 20s)) << daemon_.Log();
  ASSERT_EQ(daemon_.Terminate(), 0);
  std::string error;
  ASSERT_TRUE(daemon_.Restart(&error)) << error;
  ASSERT_TRUE(daemon_.WaitHealthy()) << daemon_.Log();
  const std::string again = server_.Url("/story?utm_source=twitter&utm_medium=social");
  ASSERT_EQ(daemon_.PushAcked(UrlArticle("second", again)).status(), v1::Ack::ACCEPTED);
  ASSERT_TRUE(WaitFor([&] { return ArticleStatus(daemon_, "second") == "dead"; }, 20s)) << daemon_.Log();
  EXPECT_NE(DeadLetterReason(daemon_, "second").find("duplicate: " + again), std::string::npos)
      << DeadLetterReason(daemon_, "second");
  EXPECT_EQ(server_.Hits("/story"), 1);
}

}  // namespace
}  // namespace tidings::testing
