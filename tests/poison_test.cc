// Poison input: an article that reliably crashes a stage (clean aborts on it) and one that
// makes a stage hang (extract stops heartbeating on it) are each set aside as a dead letter
// after replay.max_attempts failed attempts, while every other article, including those the
// crashed processes held innocently, is coded and stored. The crash and the hang come from
// the stage runner's documented fault-injection options (--fault-inject-crash-on/-hang-on).
#include <gtest/gtest.h>

#include <regex>
#include <thread>

#include "generated_news.h"
#include "daemon_harness.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr const char* kCrashMarker = "POISON-CRASH-7f3a91";
constexpr const char* kHangMarker = "POISON-HANG-c2d4e8";

double MetricValue(const std::string& metrics, const std::string& name) {
  std::smatch m;
  std::regex re("\\n" + name + " ([0-9.e+]+)");
  std::string text = "\n" + metrics;
  return std::regex_search(text, m, re) ? std::stod(m[1]) : 0;
}

// The stage's restart count once it reached `expected` (or 10 s passed), and a further
// backoff later, so that one restart too many would still show.
int RestartsOnceSettled(const DaemonUnderTest& daemon, const std::string& stage, int expected) {
  auto until = Clock::now() + 10s;
  while (Clock::now() < until && daemon.StageRestarts(stage) < expected) std::this_thread::sleep_for(50ms);
  std::this_thread::sleep_for(300ms);
  return daemon.StageRestarts(stage);
}

TEST(Poison, CrashingAndHangingArticlesBecomeDeadLettersAndTheRestIsStored) {
  DaemonUnderTest daemon(std::string(
      "[supervision]\nbackoff_initial_ms = 20\nbackoff_max_ms = 200\nintensity_restarts = 50\n"
      "heartbeat_interval_ms = 100\nliveness = 5\n"
      "[replay]\nmax_attempts = 3\ntimeout_s = 60\n"
      // One clean replica: the test counts the restarts of clean[0] (replicas default to "auto").
      "[stages.clean]\nreplicas = 1\nargs = [\"--fault-inject-crash-on\", \"") + kCrashMarker + "\"]\n" +
      "[stages.extract]\nargs = [\"--fault-inject-hang-on\", \"" + kHangMarker + "\"]\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();

  std::vector<v1::Article> articles = GenerateNewsArticles(60, "poison-ok");
  v1::Article crash = articles[5];
  crash.set_id("poison-crash");
  crash.set_text(crash.text() + "\n\n" + kCrashMarker + "\n");
  v1::Article hang = articles[7];
  hang.set_id("poison-hang");
  hang.set_text(hang.text() + "\n\n" + kHangMarker + "\n");
  articles.insert(articles.begin() + 20, crash);
  articles.insert(articles.begin() + 40, hang);

  zmq::context_t ctx(1);
  cli::AckedPushResult pushed = cli::PushAllAcked(ctx, PushOptionsFor(daemon, 16, 60s), articles);
  ASSERT_TRUE(pushed.finished);
  ASSERT_EQ(pushed.acknowledged(), articles.size());

  // Settled: nothing open and every article accounted for. (The journal's counts in /healthz are
  // a snapshot the hub refreshes when the journal is free, so "open": 0 alone may be one taken
  // before the pushed articles were journaled.)
  nlohmann::json health;
  const int pushed_count = static_cast<int>(articles.size());
  auto settled = [&](const nlohmann::json& h) {
    return h.is_object() && h["journal"].value("open", -1) == 0 &&
           h["journal"].value("completed", 0) + h["journal"].value("dead", 0) >= pushed_count;
  };
  auto until = Clock::now() + 50s;
  while (Clock::now() < until) {
    health = daemon.Health();
    if (settled(health)) break;
    std::this_thread::sleep_for(100ms);
  }
  ASSERT_TRUE(settled(health)) << health.dump() << daemon.Log();
  EXPECT_EQ(health["journal"].value("dead", -1), 2) << "exactly the two poison articles";
  // The last strike sets the article aside before its process is respawned (after a backoff),
  // so the third restart may still be pending when the journal empties.
  EXPECT_EQ(RestartsOnceSettled(daemon, "clean", 3), 3) << "one crash per attempt, then set aside";
  EXPECT_EQ(RestartsOnceSettled(daemon, "extract", 3), 3) << "one hang per attempt, then set aside";

  auto letters = daemon.QueryStore(
      "SELECT article_id, stage, reason, attempt FROM dead_letters WHERE stage = 'daemon' ORDER BY article_id");
  ASSERT_EQ(letters.size(), 2u) << daemon.Log();
  EXPECT_EQ(letters[0]["article_id"], "poison-crash");
  EXPECT_NE(letters[0]["reason"].find("poison input after 3 failed attempts"), std::string::npos) << letters[0]["reason"];
  EXPECT_NE(letters[0]["reason"].find("clean[0]"), std::string::npos) << letters[0]["reason"];
  EXPECT_NE(letters[0]["reason"].find("SIGABRT"), std::string::npos) << letters[0]["reason"];
  EXPECT_EQ(letters[1]["article_id"], "poison-hang");
  EXPECT_NE(letters[1]["reason"].find("extract[0]"), std::string::npos) << letters[1]["reason"];
  EXPECT_NE(letters[1]["reason"].find("heartbeat"), std::string::npos) << letters[1]["reason"];

  // Everything else is stored, with events; none of it was set aside.
  auto stored = daemon.QueryStore("SELECT COUNT(*) AS n FROM articles WHERE status = 'stored' AND id LIKE 'poison-ok-%'");
  EXPECT_EQ(stored[0]["n"], "60");
  auto dead = daemon.QueryStore("SELECT COUNT(*) AS n FROM articles WHERE status = 'dead'");
  EXPECT_EQ(dead[0]["n"], "2");
  std::string metrics = daemon.Metrics();
  EXPECT_EQ(MetricValue(metrics, "tidings_failed_attempts_total"), 6) << "3 strikes each, none for innocents";
  EXPECT_EQ(MetricValue(metrics, "tidings_articles_set_aside_total"), 2);
  EXPECT_TRUE(daemon.WaitHealthy(10s)) << "the stages keep serving";
  v1::Ack after = daemon.PushAcked(GenerateNewsArticles(1, "poison-after")[0]);
  EXPECT_EQ(after.status(), v1::Ack::ACCEPTED);
}

TEST(Poison, NoArticleIsDeliveredMoreThanMaxDeliveries) {
  // Strikes alone would allow 5 attempts; the delivery cap stops it after 2 deliveries.
  DaemonUnderTest daemon(std::string(
      "[supervision]\nbackoff_initial_ms = 20\nbackoff_max_ms = 200\nintensity_restarts = 50\n"
      "[replay]\nmax_attempts = 5\nmax_deliveries = 2\n"
      "[stages.clean]\nreplicas = 1\nargs = [\"--fault-inject-crash-on\", \"") + kCrashMarker + "\"]\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  v1::Article crash = GenerateNewsArticles(1, "cap")[0];
  crash.set_text(crash.text() + kCrashMarker);
  ASSERT_EQ(daemon.PushAcked(crash).status(), v1::Ack::ACCEPTED);
  std::vector<std::map<std::string, std::string>> letters;
  auto until = Clock::now() + 40s;
  while (Clock::now() < until && letters.empty()) {
    letters = daemon.QueryStore("SELECT reason, attempt FROM dead_letters WHERE stage = 'daemon'");
    std::this_thread::sleep_for(100ms);
  }
  ASSERT_EQ(letters.size(), 1u) << daemon.Log();
  EXPECT_NE(letters[0]["reason"].find("delivered 2 times without completing (replay.max_deliveries)"),
            std::string::npos) << letters[0]["reason"];
  EXPECT_NE(letters[0]["reason"].find("SIGABRT"), std::string::npos) << "with the last error";
  EXPECT_EQ(RestartsOnceSettled(daemon, "clean", 2), 2);
}

}  // namespace
}  // namespace tidings::testing
