// The fetch stage's logic against a real HTTP server on loopback: pass-through that never
// waits behind downloads, dedup by canonical URL across restarts, backpressure, outcomes.
#include "fetch/fetch_stage.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>

#include "fetch/test_http_server.h"

namespace tidings::fetch {
namespace {

using namespace std::chrono_literals;
using std::chrono::milliseconds;
using std::chrono::steady_clock;
using testing::CannedResponse;
using testing::Page;
using testing::TestHttpServer;
using Done = AsyncStageLogic::Done;


v1::Envelope UrlArticle(const std::string& id, const std::string& url) {
  v1::Envelope env;
  env.set_article_id(id);
  env.set_attempt(1);
  env.mutable_article()->set_id(id);
  env.mutable_article()->set_url(url);
  return env;
}

// Owns the envelopes given to the stage (as the runner does) and collects the results.
class Driver {
 public:
  explicit Driver(FetchStage& stage) : stage_(stage) {}

  // Starts an envelope; returns its ticket.
  AsyncStageLogic::Ticket Start(v1::Envelope env) {
    const auto ticket = next_++;
    envelopes_[ticket] = std::move(env);
    std::vector<Done> done;
    stage_.Start(ticket, &envelopes_[ticket], &done);
    Collect(done);
    return ticket;
  }
  // Polls until `ticket` is done or `limit` passes.
  bool WaitFor(AsyncStageLogic::Ticket ticket, milliseconds limit = 10s) {
    const auto stop = steady_clock::now() + limit;
    while (!results_.count(ticket) && steady_clock::now() < stop) {
      std::vector<Done> done;
      stage_.Poll(100ms, {}, &done);
      Collect(done);
    }
    return results_.count(ticket) > 0;
  }
  bool IsDone(AsyncStageLogic::Ticket ticket) const { return results_.count(ticket) > 0; }
  const Status& Result(AsyncStageLogic::Ticket ticket) { return results_.at(ticket); }
  const v1::Article& Article(AsyncStageLogic::Ticket ticket) { return envelopes_.at(ticket).article(); }

 private:
  void Collect(const std::vector<Done>& done) {
    for (const auto& d : done) results_[d.ticket] = d.status;
  }
  FetchStage& stage_;
  AsyncStageLogic::Ticket next_ = 1;
  std::map<AsyncStageLogic::Ticket, v1::Envelope> envelopes_;
  std::map<AsyncStageLogic::Ticket, Status> results_;
};

FetchStageOptions FastOptions() {
  FetchStageOptions o;
  o.crawler.politeness.host_delay = 0ms;
  o.crawler.politeness.per_host = 8;
  o.crawler.timeout = 5000ms;
  o.crawler.retry.base_delay = 20ms;
  return o;
}

class FetchStageTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("fetch-stage-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<FetchStage> MakeStage(FetchStageOptions o = FastOptions()) {
    std::unique_ptr<FetchStage> stage;
    Status s = FetchStage::Create(std::move(o), &stage);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return stage;
  }

  TestHttpServer server_;
  std::filesystem::path dir_;
};

TEST_F(FetchStageTest, DownloadedArticleCarriesThePageItsCharsetAndTheRequestedUrl) {
  const std::string latin1 = "<html><body><p>S\xe3o Paulo e Bras\xedlia</p></body></html>";
  server_.Route("/old", [&] {
    CannedResponse r = Page("moved");
    r.status = 301;
    r.headers.emplace_back("Location", "/story");
    return r;
  }());
  server_.Route("/story", Page(latin1, "text/html; charset=ISO-8859-1"));
  auto stage = MakeStage();
  Driver driver(*stage);
  auto t = driver.Start(UrlArticle("a1", server_.Url("/old")));
  ASSERT_TRUE(driver.WaitFor(t));
  ASSERT_TRUE(driver.Result(t).ok()) << driver.Result(t).ToString();
  const v1::Article& a = driver.Article(t);
  EXPECT_EQ(a.html(), latin1);
  EXPECT_EQ(a.content_type(), "text/html; charset=ISO-8859-1");
  EXPECT_EQ(a.url(), server_.Url("/story"));
  EXPECT_EQ(a.labels().at("requested_url"), server_.Url("/old"));
  EXPECT_EQ(stage->outcomes().at("ok"), 1u);
}

TEST_F(FetchStageTest, ArticlesWithContentPassAtOnceWhileSlowDownloadsAreInFlight) {
  CannedResponse slow = Page("<html>slow</html>");
  slow.delay = 3000ms;
  for (int i = 0; i < 5; ++i) server_.Route("/slow/" + std::to_string(i), slow);
  auto stage = MakeStage();
  Driver driver(*stage);
  for (int i = 0; i < 5; ++i) driver.Start(UrlArticle("slow" + std::to_string(i), server_.Url("/slow/" + std::to_string(i))));
  v1::Envelope text;
  text.set_article_id("t1");
  text.mutable_article()->set_text("Turkey pledged support to Azerbaijan.");
  text.mutable_article()->set_url(server_.Url("/never"));
  const auto before = steady_clock::now();
  auto t = driver.Start(text);
  EXPECT_TRUE(driver.IsDone(t)) << "finished inside Start, not behind the downloads";
  EXPECT_LT(steady_clock::now() - before, 50ms);
  EXPECT_TRUE(driver.Result(t).ok());
  EXPECT_EQ(driver.Article(t).text(), "Turkey pledged support to Azerbaijan.");
  EXPECT_EQ(stage->passed_through(), 1u);
  EXPECT_EQ(stage->held(), 5u);
  EXPECT_EQ(server_.Hits("/never"), 0);
}

TEST_F(FetchStageTest, APageFetchedBeforeARestartIsADuplicateUnderAnySpelling) {
  server_.Route("/a", Page("<html>a</html>"));
  FetchStageOptions o = FastOptions();
  o.seen_path = dir_ / "fetch_seen.sqlite";
  {
    auto stage = MakeStage(o);
    Driver driver(*stage);
    auto t = driver.Start(UrlArticle("first", server_.Url("/a")));
    ASSERT_TRUE(driver.WaitFor(t));
    ASSERT_TRUE(driver.Result(t).ok()) << driver.Result(t).ToString();
  }
  auto stage = MakeStage(o);  // a new process on the same data directory
  Driver driver(*stage);
  auto dup = driver.Start(UrlArticle("second", server_.Url("/a?utm_source=rss#comments")));
  ASSERT_TRUE(driver.IsDone(dup)) << "decided before any network work";
  EXPECT_EQ(driver.Result(dup).code(), Status::Code::kInvalidInput);
  EXPECT_NE(driver.Result(dup).message().find("duplicate: " + server_.Url("/a?utm_source=rss#comments")),
            std::string::npos) << driver.Result(dup).ToString();
  EXPECT_NE(driver.Result(dup).message().find("for article first"), std::string::npos);
  EXPECT_EQ(stage->outcomes().at("duplicate"), 1u);
  EXPECT_EQ(server_.Hits("/a"), 1);
  // The same article again (a replay after a crash) never got its page: it is fetched again.
  auto replay = driver.Start(UrlArticle("first", server_.Url("/a")));
  ASSERT_TRUE(driver.WaitFor(replay));
  EXPECT_TRUE(driver.Result(replay).ok()) << driver.Result(replay).ToString();
  EXPECT_EQ(server_.Hits("/a"), 2);
}

TEST_F(FetchStageTest, ArticlesNamingOnePageAtOnceShareOneDownload) {
  CannedResponse page = Page("<html>shared</html>");
  page.delay = 200ms;
  server_.Route("/shared", page);
  auto stage = MakeStage();
  Driver driver(*stage);
  auto first = driver.Start(UrlArticle("x1", server_.Url("/shared")));
  auto second = driver.Start(UrlArticle("x2", server_.Url("/shared?fbclid=abc")));
  ASSERT_TRUE(driver.WaitFor(first));
  ASSERT_TRUE(driver.WaitFor(second));
  EXPECT_TRUE(driver.Result(first).ok());
  EXPECT_NE(driver.Result(second).message().find("duplicate: "), std::string::npos)
      << driver.Result(second).ToString();
  EXPECT_EQ(server_.Hits("/shared"), 1);
}

TEST_F(FetchStageTest, NoRoomOnceMaxQueuedArticlesAreHeld) {
  CannedResponse slow = Page("<html>slow</html>");
  slow.delay = 500ms;
  server_.Route("/s1", slow);
  server_.Route("/s2", slow);
  FetchStageOptions o = FastOptions();
  o.max_queued = 2;
  auto stage = MakeStage(o);
  Driver driver(*stage);
  EXPECT_TRUE(stage->HasRoom());
  auto t1 = driver.Start(UrlArticle("s1", server_.Url("/s1")));
  EXPECT_TRUE(stage->HasRoom()) << "one below the limit";
  driver.Start(UrlArticle("s2", server_.Url("/s2")));
  EXPECT_FALSE(stage->HasRoom()) << "at the limit: the runner stops reading";
  ASSERT_TRUE(driver.WaitFor(t1));
  EXPECT_TRUE(stage->HasRoom());
}

TEST_F(FetchStageTest, FailuresNameTheUrlAndAreCountedByOutcome) {
  server_.Route("/empty", Page(""));
  server_.Route("/blob", Page(std::string("PK\x03\x04\0\0\0\0binary", 14), ""));
  auto stage = MakeStage();
  Driver driver(*stage);
  auto missing = driver.Start(UrlArticle("m", server_.Url("/missing")));
  auto empty = driver.Start(UrlArticle("e", server_.Url("/empty")));
  auto blob = driver.Start(UrlArticle("b", server_.Url("/blob")));
  ASSERT_TRUE(driver.WaitFor(missing) && driver.WaitFor(empty) && driver.WaitFor(blob));
  EXPECT_EQ(driver.Result(missing).code(), Status::Code::kNotFound);
  EXPECT_EQ(driver.Result(missing).message(), "HTTP 404 Not Found from " + server_.Url("/missing"));
  EXPECT_EQ(driver.Result(empty).message(), server_.Url("/empty") + " returned an empty body");
  EXPECT_NE(driver.Result(blob).message().find("binary data"), std::string::npos);
  EXPECT_EQ(stage->outcomes().at("http_4xx"), 1u);
  EXPECT_EQ(stage->outcomes().at("empty"), 1u);
  EXPECT_EQ(stage->outcomes().at("not_text"), 1u);
  EXPECT_TRUE(driver.Article(missing).html().empty()) << "a failed article is left as it came";

  v1::Heartbeat hb;
  stage->AddMetrics(&hb);
  bool found = false;
  for (const auto& sample : hb.samples()) {
    if (sample.name() == "tidings_fetch_total" && sample.labels().at("outcome") == "http_4xx") {
      EXPECT_EQ(sample.value(), 1.0);
      found = true;
    }
  }
  EXPECT_TRUE(found) << hb.DebugString();
}

TEST_F(FetchStageTest, InputThatIsNoArticleOrHasNoUrlIsRefused) {
  auto stage = MakeStage();
  Driver driver(*stage);
  v1::Envelope clean;
  clean.mutable_clean()->set_text("not an article");
  auto t1 = driver.Start(clean);
  EXPECT_EQ(driver.Result(t1).message(), "fetch expects an Article payload");
  v1::Envelope bare;
  bare.mutable_article()->set_title("only a title");
  auto t2 = driver.Start(bare);
  EXPECT_EQ(driver.Result(t2).message(), "article has neither url, html nor text");
  auto t3 = driver.Start(UrlArticle("f", "ftp://example.org/x"));
  EXPECT_NE(driver.Result(t3).message().find("unsupported URL scheme"), std::string::npos);
}

}  // namespace
}  // namespace tidings::fetch
