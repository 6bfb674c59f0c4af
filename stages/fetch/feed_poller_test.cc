// Feed polling against real HTTP servers on loopback, a real feed registry (SQLite file) and
// the real crawler. The daemon's intake is played by an in-process sink that answers like the
// journal (ACCEPTED for a new id, DUPLICATE for a known one); the end-to-end tests use the
// real daemon.
#include "fetch/feed_poller.h"

#include <gtest/gtest.h>

#include <map>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <thread>

#include "fetch/test_http_server.h"
#include "tidings/wire.h"

namespace tidings::fetch {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using testing::CannedResponse;
using testing::Page;
using testing::RecordedRequest;
using testing::RssDocument;
using testing::RssItem;
using testing::TestHttpServer;

// Answers like the daemon's journal: ACCEPTED for a new id, DUPLICATE for a known one. With
// `answer` false it holds every article (a daemon that never answers).
class JournalSink : public ArticleSink {
 public:
  void Offer(v1::Article article, AckHandler on_ack) override {
    offered.push_back(article.id());
    queue_.emplace_back(std::move(article), std::move(on_ack));
  }
  void Pump() override {
    if (!answer) return;
    auto batch = std::move(queue_);
    queue_.clear();
    for (auto& [article, handler] : batch) {
      v1::Ack ack;
      ack.set_article_id(article.id());
      ack.set_status(journal.insert(article.id()).second ? v1::Ack::ACCEPTED : v1::Ack::DUPLICATE);
      if (ack.status() == v1::Ack::ACCEPTED) accepted.push_back(article);
      handler(ack);
    }
  }
  int wake_fd() override { return -1; }
  std::optional<Clock::time_point> NextWake() const override { return std::nullopt; }
  size_t outstanding() const override { return queue_.size(); }

  bool answer = true;
  std::set<std::string> journal;
  std::vector<v1::Article> accepted;
  std::vector<std::string> offered;  // ids, in the order offered

 private:
  std::vector<std::pair<v1::Article, AckHandler>> queue_;
};

CrawlerOptions FastCrawler() {
  CrawlerOptions o;
  o.politeness.host_delay = 0ms;
  o.retry.base_delay = 20ms;
  o.retry.max_attempts = 2;
  return o;
}

class FeedPollerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("feed-poller-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    ASSERT_TRUE(FeedRegistry::Open(dir_ / "feeds.sqlite", &registry_).ok());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void AddFeed(const std::string& url, int interval_s = 1, const std::string& source = "") {
    FeedConfig f;
    f.url = url;
    f.interval_s = interval_s;
    f.source = source;
    f.language = "en";
    ASSERT_TRUE(registry_->Add(f, FeedOrigin::kCli, NowUnixSeconds()).ok());
  }
  static int64_t NowUnixSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  }
  FeedRecord Record(const std::string& url) {
    FeedRecord r;
    EXPECT_TRUE(registry_->Find(url, &r).ok());
    return r;
  }
  // Runs the poller on the crawler until `done` or the limit.
  void RunUntil(FeedPoller& poller, const std::function<bool()>& done, std::chrono::milliseconds limit = 8s) {
    const auto stop = Clock::now() + limit;
    while (!done() && Clock::now() < stop) {
      poller.Run();
      crawler_.Poll(20ms);
      poller.Run();
    }
  }

  TestHttpServer server_;
  std::filesystem::path dir_;
  std::unique_ptr<FeedRegistry> registry_;
  Crawler crawler_{FastCrawler()};
  JournalSink sink_;
};

TEST_F(FeedPollerTest, NewItemsBecomeArticlesThenTheNextPollIsNotModified) {
  const std::string feed = RssDocument({{"Erdogan visits Baku", server_.Url("/news/1?utm_source=rss"), "tag:example.org,2021:1",
                                 "Thu, 11 Nov 2021 08:00:00 +0300"},
                                {"Talks in Ankara", server_.Url("/news/2"), "tag:example.org,2021:2",
                                 "Thu, 11 Nov 2021 09:30:00 GMT"}});
  server_.Handle("/rss.xml", [feed](const RecordedRequest& req) {
    if (req.Header("If-None-Match") == "\"v1\"") {
      CannedResponse r;
      r.status = 304;
      r.reason = "Not Modified";
      return r;
    }
    CannedResponse r = Page(feed, "application/rss+xml");
    r.headers.emplace_back("ETag", "\"v1\"");
    return r;
  });
  AddFeed(server_.Url("/rss.xml"), 1, "Example Wire");
  FeedPoller poller(*registry_, crawler_, sink_);
  RunUntil(poller, [&] { return Record(server_.Url("/rss.xml")).last_status == "ok"; });

  ASSERT_EQ(sink_.accepted.size(), 2u);
  const v1::Article& a = sink_.accepted[0];
  EXPECT_EQ(a.url(), server_.Url("/news/1")) << "canonical: tracking parameters dropped";
  EXPECT_EQ(a.title(), "Erdogan visits Baku");
  EXPECT_EQ(a.published(), "2021-11-11T05:00:00Z");
  EXPECT_EQ(a.source(), "Example Wire");
  EXPECT_EQ(a.language_hint(), "en");
  EXPECT_EQ(a.labels().at("guid"), "tag:example.org,2021:1");
  EXPECT_EQ(a.labels().at("feed"), server_.Url("/rss.xml"));
  EXPECT_TRUE(a.html().empty() && a.text().empty()) << "the fetch stage downloads the page";
  v1::Article bare;
  bare.set_url(server_.Url("/news/1"));
  EXPECT_EQ(a.id(), DeriveArticleId(bare)) << "the id of a bare link: the same story from two feeds is one article";
  FeedRecord after = Record(server_.Url("/rss.xml"));
  EXPECT_EQ(after.items_seen, 2);
  EXPECT_EQ(after.etag, "\"v1\"");

  std::this_thread::sleep_for(1100ms);  // interval_s = 1
  RunUntil(poller, [&] { return Record(server_.Url("/rss.xml")).last_status == "not modified"; });
  EXPECT_EQ(Record(server_.Url("/rss.xml")).last_status, "not modified");
  EXPECT_EQ(server_.Hits("/rss.xml"), 2);
  EXPECT_EQ(sink_.accepted.size(), 2u);
  EXPECT_NE(server_.LastRequest("/rss.xml").find("If-None-Match: \"v1\""), std::string::npos);
}

TEST_F(FeedPollerTest, AChangedFeedYieldsExactlyItsNewItems) {
  std::vector<RssItem> items = {{"One", server_.Url("/1"), "g1", "Mon, 01 Nov 2021 10:00:00 GMT"},
                                {"Two", server_.Url("/2"), "g2", "Mon, 01 Nov 2021 11:00:00 GMT"}};
  server_.Route("/feed", Page(RssDocument(items), "application/rss+xml"));
  AddFeed(server_.Url("/feed"));
  FeedPoller poller(*registry_, crawler_, sink_);
  RunUntil(poller, [&] { return sink_.accepted.size() == 2 && poller.active_polls() == 0; });
  items.insert(items.begin(), {"Three", server_.Url("/3"), "g3", "Mon, 01 Nov 2021 12:00:00 GMT"});
  server_.Route("/feed", Page(RssDocument(items), "application/rss+xml"));
  std::this_thread::sleep_for(1100ms);
  RunUntil(poller, [&] { return server_.Hits("/feed") == 2 && poller.active_polls() == 0; });
  ASSERT_EQ(sink_.accepted.size(), 3u);
  EXPECT_EQ(sink_.accepted[2].title(), "Three");
  EXPECT_EQ(sink_.journal.size(), 3u) << "the known items were not offered again";
}

TEST_F(FeedPollerTest, ItemsNotAnsweredBeforeARestartAreOfferedAgain) {
  server_.Handle("/feed", [this](const RecordedRequest& req) {
    CannedResponse r = Page(RssDocument({{"Only", server_.Url("/only"), "only", "Mon, 01 Nov 2021 10:00:00 GMT"}}),
                            "application/rss+xml");
    r.headers.emplace_back("ETag", "\"e1\"");
    return r;
  });
  AddFeed(server_.Url("/feed"), 3600);
  sink_.answer = false;  // the daemon never answers, then the stage dies
  {
    FeedPoller poller(*registry_, crawler_, sink_);
    RunUntil(poller, [&] { return sink_.outstanding() == 1; });
    ASSERT_EQ(sink_.outstanding(), 1u);
  }
  FeedRecord record = Record(server_.Url("/feed"));
  EXPECT_EQ(record.items_seen, 0) << "not seen before an answer";
  EXPECT_EQ(record.etag, "") << "validators wait for the answers, or a 304 would hide the item";
  EXPECT_LE(record.next_poll_at, NowUnixSeconds()) << "still due";

  JournalSink fresh;  // the restarted stage's intake
  FeedPoller restarted(*registry_, crawler_, fresh);
  RunUntil(restarted, [&] { return Record(server_.Url("/feed")).last_status == "ok"; });
  ASSERT_EQ(fresh.accepted.size(), 1u);
  EXPECT_EQ(fresh.accepted[0].title(), "Only");
  EXPECT_EQ(Record(server_.Url("/feed")).etag, "\"e1\"");
}

TEST_F(FeedPollerTest, AMalformedFeedIsADeadLetterAndTheNextFeedIsStillPolled) {
  server_.Route("/broken", Page("<html><body>This is a web page, not a feed</body></html>", "text/html"));
  server_.Route("/good", Page(RssDocument({{"Good", server_.Url("/g"), "g", "Mon, 01 Nov 2021 10:00:00 GMT"}}),
                              "application/rss+xml"));
  AddFeed(server_.Url("/broken"));
  AddFeed(server_.Url("/good"));
  FeedPoller poller(*registry_, crawler_, sink_);
  RunUntil(poller, [&] {
    return Record(server_.Url("/broken")).last_status == "error" && Record(server_.Url("/good")).last_status == "ok";
  });
  std::vector<v1::DeadLetter> letters;
  poller.TakeDeadLetters(&letters);
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].stage(), "fetch");
  EXPECT_NE(letters[0].reason().find("malformed feed: " + server_.Url("/broken")), std::string::npos) << letters[0].reason();
  EXPECT_NE(letters[0].original().find("This is a web page"), std::string::npos);
  EXPECT_EQ(Record(server_.Url("/broken")).errors, 1);
  EXPECT_NE(Record(server_.Url("/broken")).last_error.find("not a feed"), std::string::npos);
  ASSERT_EQ(sink_.accepted.size(), 1u);
  EXPECT_EQ(sink_.accepted[0].title(), "Good");

  v1::Heartbeat hb;
  poller.AddMetrics(&hb);
  bool found = false;
  for (const auto& s : hb.samples()) {
    if (s.name() == "tidings_feed_polls_total" && s.labels().at("feed") == server_.Url("/broken") &&
        s.labels().at("outcome") == "error") {
      found = s.value() == 1.0;
    }
  }
  EXPECT_TRUE(found) << hb.DebugString();
}

TEST_F(FeedPollerTest, DownloadsOfAcceptedItemsAreCountedForTheirFeed) {
  server_.Route("/feed.xml", Page(RssDocument({{"One", server_.Url("/news/1"), "1", ""},
                                               {"Two", server_.Url("/news/2"), "2", ""}}),
                                  "application/rss+xml"));
  AddFeed(server_.Url("/feed.xml"));
  FeedPoller poller(*registry_, crawler_, sink_);
  RunUntil(poller, [&] { return Record(server_.Url("/feed.xml")).last_status == "ok"; });
  ASSERT_EQ(sink_.accepted.size(), 2u);
  poller.NoteFetched(sink_.accepted[0].id(), "ok");
  poller.NoteFetched(sink_.accepted[1].id(), "http_4xx");
  poller.NoteFetched(sink_.accepted[1].id(), "duplicate");  // a replay: counted once already
  poller.NoteFetched("a-pushed-by-a-client", "ok");         // not from a feed
  v1::Heartbeat hb;
  poller.AddMetrics(&hb);
  std::map<std::string, double> fetched;
  for (const auto& sample : hb.samples()) {
    if (sample.name() != "tidings_feed_fetch_total") continue;
    EXPECT_EQ(sample.labels().at("feed"), server_.Url("/feed.xml"));
    fetched[sample.labels().at("outcome")] = sample.value();
  }
  EXPECT_EQ(fetched, (std::map<std::string, double>{{"http_4xx", 1}, {"ok", 1}}));
}

TEST_F(FeedPollerTest, ADownloadFinishedBeforeTheDaemonsAnswerIsCountedForItsFeed) {
  // The daemon routes an article on before its journal batch commits, so the fetch stage can
  // report the download before the poller hears "accepted".
  server_.Route("/early.xml", Page(RssDocument({{"One", server_.Url("/news/1"), "1", ""},
                                                {"Two", server_.Url("/news/2"), "2", ""}}),
                                   "application/rss+xml"));
  AddFeed(server_.Url("/early.xml"));
  sink_.answer = false;
  FeedPoller poller(*registry_, crawler_, sink_);
  RunUntil(poller, [&] { return sink_.offered.size() == 2; });
  ASSERT_EQ(sink_.offered.size(), 2u);
  poller.NoteFetched(sink_.offered[0], "ok");
  sink_.answer = true;
  RunUntil(poller, [&] { return sink_.accepted.size() == 2; });
  ASSERT_EQ(sink_.accepted.size(), 2u);
  poller.NoteFetched(sink_.offered[1], "ok");
  v1::Heartbeat hb;
  poller.AddMetrics(&hb);
  double ok = 0;
  for (const auto& sample : hb.samples()) {
    if (sample.name() == "tidings_feed_fetch_total" && sample.labels().at("outcome") == "ok") ok = sample.value();
  }
  EXPECT_EQ(ok, 2) << hb.DebugString();
}

TEST_F(FeedPollerTest, AFeedThatCannotBeFetchedIsADeadLetterNamingIt) {
  AddFeed(server_.Url("/missing.xml"));
  FeedPoller poller(*registry_, crawler_, sink_);
  RunUntil(poller, [&] { return Record(server_.Url("/missing.xml")).last_status == "error"; });
  std::vector<v1::DeadLetter> letters;
  poller.TakeDeadLetters(&letters);
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_EQ(letters[0].reason(), "feed poll failed: HTTP 404 Not Found from " + server_.Url("/missing.xml"));
  EXPECT_EQ(Record(server_.Url("/missing.xml")).last_http_status, 404);
}

TEST_F(FeedPollerTest, ASitemapIndexIsFollowedToItsNewsSitemaps) {
  const std::string urlset =
      "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
      "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
      "<url><loc>" + server_.Url("/story/a") + "</loc><news:news><news:publication><news:name>Daily</news:name>"
      "<news:language>en</news:language></news:publication><news:publication_date>2021-11-11T08:00:00Z"
      "</news:publication_date><news:title>Story A</news:title></news:news></url></urlset>";
  const std::string index =
      "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
      "<sitemap><loc>" + server_.Url("/news-sitemap.xml") + "</loc></sitemap></sitemapindex>";
  server_.Route("/sitemap_index.xml", Page(index, "application/xml"));
  server_.Route("/news-sitemap.xml", Page(urlset, "application/xml"));
  AddFeed(server_.Url("/sitemap_index.xml"));
  FeedPoller poller(*registry_, crawler_, sink_);
  RunUntil(poller, [&] { return Record(server_.Url("/sitemap_index.xml")).last_status == "ok"; });
  ASSERT_EQ(sink_.accepted.size(), 1u);
  EXPECT_EQ(sink_.accepted[0].url(), server_.Url("/story/a"));
  EXPECT_EQ(sink_.accepted[0].title(), "Story A");
  EXPECT_EQ(sink_.accepted[0].source(), "Daily");
  EXPECT_EQ(sink_.accepted[0].published(), "2021-11-11T08:00:00Z");
}

TEST_F(FeedPollerTest, AnItemWithoutAUsableLinkIsADeadLetterOnce) {
  server_.Route("/feed", Page(RssDocument({{"No link", "mailto:desk@example.org", "odd-1", "Mon, 01 Nov 2021 10:00:00 GMT"},
                                   {"Fine", server_.Url("/fine"), "fine-1", "Mon, 01 Nov 2021 10:00:00 GMT"}}),
                              "application/rss+xml"));
  AddFeed(server_.Url("/feed"));
  FeedPoller poller(*registry_, crawler_, sink_);
  RunUntil(poller, [&] { return Record(server_.Url("/feed")).last_status == "ok"; });
  std::vector<v1::DeadLetter> letters;
  poller.TakeDeadLetters(&letters);
  ASSERT_EQ(letters.size(), 1u);
  EXPECT_NE(letters[0].reason().find("item 'odd-1' has no usable link"), std::string::npos) << letters[0].reason();
  EXPECT_EQ(sink_.accepted.size(), 1u);
  std::this_thread::sleep_for(1100ms);
  RunUntil(poller, [&] { return server_.Hits("/feed") == 2 && poller.active_polls() == 0; });
  letters.clear();
  poller.TakeDeadLetters(&letters);
  EXPECT_TRUE(letters.empty()) << "reported once, then remembered";
}

}  // namespace
}  // namespace tidings::fetch
