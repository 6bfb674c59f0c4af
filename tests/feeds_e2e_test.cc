// Feed polling end to end: a real tidingsd whose fetch stage polls [[feeds]] and `tidings feeds
// add` feeds on real HTTP servers on loopback. Items enter through the journal, come back to
// the fetch stage, are downloaded once and stored; the next poll is answered 304; nothing is
// fetched twice across polls or a daemon restart; a malformed feed is a dead letter and the
// other feeds go on; a 10,000-item feed; the held-out scenario (per_host = 4, host_delay_ms =
// 20, a feed polled every 2 s, 12 slow URLs on a second host).
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <zmq.h>

#include "daemon_harness.h"
#include "fetch/test_http_server.h"
#include "fetch_e2e_support.h"
#include "tidings/wire.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using fetch::testing::CannedResponse;
using fetch::testing::Page;
using fetch::testing::RecordedRequest;
using fetch::testing::RssDocument;
using fetch::testing::RssItem;
using fetch::testing::TestHttpServer;

// The id the fetch stage gives the item linking to `canonical_url` (a bare link's id).
// The last `n` bytes of a long log: where a stall or a restart shows.
std::string Tail(const std::string& text, size_t n) {
  return text.size() <= n ? text : text.substr(text.size() - n);
}

std::string ItemId(const std::string& canonical_url) {
  v1::Article bare;
  bare.set_url(canonical_url);
  return DeriveArticleId(bare);
}

// A feed served with an ETag per version, answering 304 to a request that names the current one.
class VersionedFeed {
 public:
  VersionedFeed(TestHttpServer& server, std::string target) : server_(server), target_(std::move(target)) {
    server_.Handle(target_, [this](const RecordedRequest& req) {
      std::lock_guard lock(mu_);
      const std::string etag = "\"v" + std::to_string(version_) + "\"";
      if (req.Header("If-None-Match") == etag) {
        ++not_modified_;
        CannedResponse r;
        r.status = 304;
        r.reason = "Not Modified";
        return r;
      }
      CannedResponse r = Page(RssDocument(items_), "application/rss+xml; charset=utf-8");
      r.headers.emplace_back("ETag", etag);
      return r;
    });
  }
  void Publish(std::vector<RssItem> items) {
    std::lock_guard lock(mu_);
    items_ = std::move(items);
    ++version_;
  }
  int not_modified() {
    std::lock_guard lock(mu_);
    return not_modified_;
  }
  std::string url() const { return server_.Url(target_); }

 private:
  TestHttpServer& server_;
  std::string target_;
  std::mutex mu_;
  std::vector<RssItem> items_;
  int version_ = 0;
  int not_modified_ = 0;
};

RssItem Story(TestHttpServer& site, int n) {
  const std::string path = "/news/" + std::to_string(n);
  site.Route(path, Page(NewsPage("Story " + std::to_string(n), "ANKARA")));
  return {"Story " + std::to_string(n), site.Url(path + "?utm_source=rss&utm_medium=feed"),
          "tag:example.org,2021:" + std::to_string(n), "Thu, 11 Nov 2021 08:00:00 GMT"};
}

std::string FeedToml(const std::string& url, int interval_s, const std::string& source = "") {
  return "[[feeds]]\nurl = \"" + url + "\"\ninterval_s = " + std::to_string(interval_s) + "\n" +
         (source.empty() ? "" : "source = \"" + source + "\"\nlanguage = \"en\"\n");
}

TEST(FeedsE2eTest, NewItemsAreStoredOnceAcrossPollsAndADaemonRestart) {
  TestHttpServer site;
  site.Route("/robots.txt", Page("User-agent: *\nDisallow: /private/\n", "text/plain"));
  site.Route("/broken.xml", Page("<html><body>Our feed moved</body></html>", "text/html"));
  VersionedFeed feed(site, "/rss.xml");
  feed.Publish({Story(site, 1), Story(site, 2), Story(site, 3)});
  DaemonUnderTest daemon("[fetch]\nhost_delay_ms = 20\n" + FeedToml(site.Url("/broken.xml"), 1) +
                         FeedToml(feed.url(), 1, "Example Wire"));
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  auto stored = [&](int n) { return ArticleStatus(daemon, ItemId(site.Url("/news/" + std::to_string(n)))) == "stored"; };
  ASSERT_TRUE(WaitFor([&] { return stored(1) && stored(2) && stored(3); }, 20s)) << daemon.Log();
  auto row = daemon.QueryStore("SELECT source, url FROM articles WHERE id = '" + ItemId(site.Url("/news/1")) + "'");
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0]["source"], "Example Wire");
  EXPECT_EQ(row[0]["url"], site.Url("/news/1")) << "the canonical URL, tracking parameters gone";

  ASSERT_TRUE(WaitFor([&] { return feed.not_modified() >= 2; }, 10s)) << "the next polls are answered 304";
  for (int n = 1; n <= 3; ++n) EXPECT_EQ(site.Hits("/news/" + std::to_string(n)), 1) << n;
  EXPECT_GE(StoreCount(daemon, "SELECT COUNT(*) FROM dead_letters WHERE stage = 'fetch' AND reason LIKE "
                               "'malformed feed: " + site.Url("/broken.xml") + "%'"), 1)
      << "the malformed feed is a dead letter, and the good feed was polled all the same";
  std::string metrics;
  EXPECT_TRUE(MetricsShow(daemon, "feed=\"" + feed.url() + "\",outcome=\"not_modified\"}", &metrics));
  EXPECT_TRUE(MetricsShow(daemon, "feed=\"" + site.Url("/broken.xml") + "\",outcome=\"error\"}", &metrics));
  EXPECT_TRUE(MetricsShow(daemon, "tidings_feed_fetch_total{stage=\"fetch\",replica=\"0\",feed=\"" + feed.url() +
                                      "\",outcome=\"ok\"} 3", &metrics))
      << "the downloads of the feed's items, counted per feed\n" << metrics;

  RunResult list = RunProgram({(BinDir() / "tidings").string(), "feeds", "list", "--format", "jsonl"}, daemon.CliEnv());
  EXPECT_EQ(list.exit_code, 0) << list.err;
  EXPECT_NE(list.out.find("\"items_seen\":3"), std::string::npos) << list.out;

  ASSERT_EQ(daemon.Terminate(), 0);
  const size_t requests_before_restart = site.Requests().size();
  feed.Publish({Story(site, 4), Story(site, 1), Story(site, 2), Story(site, 3)});
  ASSERT_TRUE(daemon.Restart(&error)) << error;
  ASSERT_TRUE(WaitFor([&] { return stored(4); }, 20s)) << daemon.Log();
  for (int n = 1; n <= 4; ++n) EXPECT_EQ(site.Hits("/news/" + std::to_string(n)), 1) << n;
  auto requests = site.Requests();
  auto first_poll = std::find_if(requests.begin() + requests_before_restart, requests.end(),
                                 [](const RecordedRequest& r) { return r.target == "/rss.xml"; });
  ASSERT_NE(first_poll, requests.end());
  EXPECT_EQ(first_poll->Header("If-None-Match"), "\"v1\"") << "validators survive the restart";
}

TEST(FeedsE2eTest, AFeedAddedWithTheCliIsPolledWithoutARestart) {
  TestHttpServer site;
  VersionedFeed feed(site, "/added.xml");
  feed.Publish({Story(site, 7)});
  DaemonUnderTest daemon("[fetch]\nhost_delay_ms = 20\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy()) << daemon.Log();
  RunResult add = RunProgram({(BinDir() / "tidings").string(), "feeds", "add", feed.url(), "--interval", "60",
                              "--source", "Added Daily"}, daemon.CliEnv());
  ASSERT_EQ(add.exit_code, 0) << add.err;
  const std::string id = ItemId(site.Url("/news/7"));
  ASSERT_TRUE(WaitFor([&] { return ArticleStatus(daemon, id) == "stored"; }, 15s)) << daemon.Log();
  auto row = daemon.QueryStore("SELECT source FROM articles WHERE id = '" + id + "'");
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0]["source"], "Added Daily");
  RunResult list = RunProgram({(BinDir() / "tidings").string(), "feeds", "list"}, daemon.CliEnv());
  EXPECT_NE(list.out.find(feed.url()), std::string::npos) << list.out;
  EXPECT_NE(list.out.find("ok"), std::string::npos) << list.out;
}

TEST(FeedsE2eTest, FeedItemsEnterWhenTheAckSocketRequiresCurve) {
  TestHttpServer site;
  VersionedFeed feed(site, "/secure.xml");
  feed.Publish({Story(site, 9)});
  char public_key[41], secret_key[41];
  ASSERT_EQ(zmq_curve_keypair(public_key, secret_key), 0);
  char client_public[41], client_secret[41];
  ASSERT_EQ(zmq_curve_keypair(client_public, client_secret), 0);
  DaemonUnderTest daemon("[fetch]\nhost_delay_ms = 20\n[security]\ncurve_public_key = \"" + std::string(public_key) +
                         "\"\ncurve_secret_key = \"" + secret_key + "\"\ncurve_allowed_clients = [\"" +
                         client_public + "\"]\n" + FeedToml(feed.url(), 60, "Secure Wire"));
  daemon.SetClientEndpoints("tcp://127.0.0.1:*", "tcp://0.0.0.0:*", "tcp://127.0.0.1:*");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  const std::string id = ItemId(site.Url("/news/9"));
  EXPECT_TRUE(WaitFor([&] { return ArticleStatus(daemon, id) == "stored"; }, 15s))
      << "the feed poller presents the key pair the daemon gave it: " << daemon.Log();
  v1::Article plain = UrlArticle("plain", site.Url("/news/9"));
  EXPECT_EQ(daemon.PushAcked(plain, 2s).status(), v1::Ack::BUSY)
      << "the ack socket really requires CURVE: a client without keys gets no answer";
}

TEST(FeedsE2eTest, AFeedOfTenThousandItemsIsReadWhole) {
  TestHttpServer site;
  site.Route("/robots.txt", Page("User-agent: *\nAllow: /\n", "text/plain"));
  CannedResponse page = Page("<html><head><title>Brief</title></head><body><p>Ankara and Baku signed an "
                             "agreement on Monday, officials said.</p></body></html>");
  std::vector<RssItem> items;
  for (int n = 0; n < 10000; ++n) {
    const std::string path = "/brief/" + std::to_string(n);
    site.Route(path, page);
    items.push_back({"Brief " + std::to_string(n), site.Url(path), "brief-" + std::to_string(n),
                     "Thu, 11 Nov 2021 08:00:00 GMT"});
  }
  site.Route("/big.xml", Page(RssDocument(items), "application/rss+xml"));
  // The backlog takes longer than replay.timeout_s to drain under load: articles waiting their
  // turn at a stage that keeps answering (or for the daemon to read them) are not lost, so none
  // is replayed and fetched again.
  DaemonUnderTest daemon("[fetch]\nper_host = 64\nhost_delay_ms = 0\n[replay]\ntimeout_s = 5\n" +
                         FeedToml(site.Url("/big.xml"), 3600));
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  const auto start = Clock::now();
  auto finished = [&] { return StoreCount(daemon, "SELECT COUNT(*) FROM articles WHERE url LIKE '%/brief/%'"); };
  EXPECT_TRUE(WaitFor([&] { return finished() == 10000; }, 90s))
      << finished() << " of 10000 finished; the daemon's log ends: " << Tail(daemon.Log(), 6000);
  std::printf("10,000-item feed: every item stored %.1f s after the daemon started\n",
              std::chrono::duration<double>(Clock::now() - start).count());
  EXPECT_EQ(StoreCount(daemon, "SELECT COUNT(*) FROM articles WHERE url LIKE '%/brief/%' AND status = 'stored'"), 10000);
  // Polled once (interval_s = 3600); a fetch process restarted mid-poll polls again, as its
  // validators are recorded only once every item was answered.
  EXPECT_EQ(site.Hits("/big.xml"), 1 + daemon.StageRestarts("fetch")) << daemon.Log();
  int fetched_twice = 0;
  for (int n = 0; n < 10000; n += 97) fetched_twice += site.Hits("/brief/" + std::to_string(n)) != 1;
  EXPECT_EQ(fetched_twice, 0);
  const std::string metrics = daemon.Metrics();
  EXPECT_NE(metrics.find("\ntidings_replays_total 0\n"), std::string::npos) << metrics;
}

// The held-out check's shape: one feed of 30 items polled every 2 s and 12 slow URLs on a
// second host, per_host = 4, host_delay_ms = 20, the daemon's defaults otherwise.
TEST(FeedsE2eTest, AFeedEveryTwoSecondsBesideTwelveSlowUrlsOnAnotherHost) {
  TestHttpServer news;               // 127.0.0.1
  TestHttpServer slow("127.0.0.2");  // the second host
  news.Route("/robots.txt", Page("User-agent: *\nDisallow: /private/\n", "text/plain"));
  slow.Route("/robots.txt", Page("User-agent: *\nAllow: /\n", "text/plain"));
  VersionedFeed feed(news, "/feed.xml");
  std::vector<RssItem> items;
  for (int n = 1; n <= 30; ++n) items.push_back(Story(news, n));
  feed.Publish(items);
  for (int n = 0; n < 12; ++n) {
    CannedResponse r = Page(NewsPage("Slow " + std::to_string(n), "BAKU"));
    r.delay = 4s;
    slow.Route("/slow/" + std::to_string(n), r);
  }
  DaemonUnderTest daemon("[fetch]\nper_host = 4\nhost_delay_ms = 20\n" + FeedToml(feed.url(), 2, "Example News"));
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy()) << daemon.Log();
  for (int n = 0; n < 12; ++n) {
    ASSERT_EQ(daemon.PushAcked(UrlArticle("slow-" + std::to_string(n), slow.Url("/slow/" + std::to_string(n)))).status(),
              v1::Ack::ACCEPTED);
  }
  auto feed_stored = [&] {
    return StoreCount(daemon, "SELECT COUNT(*) FROM articles WHERE source = 'Example News' AND status = 'stored'");
  };
  auto slow_stored = [&] {
    return StoreCount(daemon, "SELECT COUNT(*) FROM articles WHERE id LIKE 'slow-%' AND status = 'stored'");
  };
  EXPECT_TRUE(WaitFor([&] { return feed_stored() == 30; }, 20s)) << feed_stored() << " of 30 feed items stored";
  EXPECT_TRUE(WaitFor([&] { return slow_stored() == 12; }, 30s)) << slow_stored() << " of 12 slow pages stored";
  EXPECT_TRUE(WaitFor([&] { return feed.not_modified() >= 2; }, 10s)) << "polled every 2 s, answered 304";

  EXPECT_LE(slow.MaxConcurrent(), 4) << "per_host = 4 at the slow host";
  EXPECT_GE(slow.MaxConcurrent(), 3) << "and it used them";
  // host_delay_ms = 20, judged by the kernel's receive stamps of the requests at the server.
  std::vector<std::chrono::system_clock::time_point> arrivals;
  for (const auto& r : news.Requests()) arrivals.push_back(r.arrived);
  std::sort(arrivals.begin(), arrivals.end());
  ASSERT_GE(arrivals.size(), 32u) << "robots.txt, the feed and its 30 pages";
  auto min_gap = std::chrono::nanoseconds::max();
  for (size_t i = 1; i < arrivals.size(); ++i) min_gap = std::min(min_gap, arrivals[i] - arrivals[i - 1]);
  std::printf("smallest gap between two requests at the feed's host: %.1f ms\n", min_gap.count() / 1e6);
  EXPECT_GE(min_gap, 20ms) << "host_delay_ms = 20";
  for (int n = 1; n <= 30; ++n) EXPECT_EQ(news.Hits("/news/" + std::to_string(n)), 1) << n;
  EXPECT_EQ(news.Hits("/robots.txt"), 1);
  EXPECT_EQ(slow.Hits("/robots.txt"), 1);
  EXPECT_EQ(daemon.StageRestarts("fetch"), 0) << daemon.Log();
  EXPECT_EQ(StoreCount(daemon, "SELECT COUNT(*) FROM dead_letters"), 0);
}

}  // namespace
}  // namespace tidings::testing
