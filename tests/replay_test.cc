// Replay semantics: articles a dead stage process merely held are re-injected without
// counting as failed attempts (only the article it was processing could be to blame), and
// completed journal entries are compacted while their ids stay known (re-sends are duplicates).
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>

#include <regex>
#include <thread>

#include "generated_news.h"
#include "daemon_harness.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

double Metric(const std::string& metrics, const std::string& name) {
  std::smatch m;
  std::string text = "\n" + metrics;
  return std::regex_search(text, m, std::regex("\\n" + name + " ([0-9.e+]+)")) ? std::stod(m[1]) : 0;
}

bool WaitJournalDrained(DaemonUnderTest& d, size_t completed, std::chrono::seconds timeout) {
  auto until = Clock::now() + timeout;
  while (Clock::now() < until) {
    auto h = d.Health();
    if (h.is_object() && h["journal"].value("open", -1) == 0 &&
        h["journal"].value("completed", 0ul) + h["journal"].value("dead", 0ul) >= completed) {
      return true;
    }
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

TEST(Replay, ArticlesHeldByAHungStageAreReplayedWithoutAStrike) {
  // max_attempts = 1: a single strike would set an article aside.
  DaemonUnderTest daemon(
      "[supervision]\nheartbeat_interval_ms = 100\nliveness = 5\nbackoff_initial_ms = 20\n"
      "[replay]\nmax_attempts = 1\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  pid_t extract = daemon.StagePid("extract");
  ASSERT_GT(extract, 0);
  ASSERT_EQ(kill(extract, SIGSTOP), 0);  // idle, then frozen: what reaches it waits in its queue
  auto articles = GenerateNewsArticles(20, "held");
  zmq::context_t ctx(1);
  cli::AckedPushResult pushed = cli::PushAllAcked(ctx, PushOptionsFor(daemon, 20, 30s), articles);
  ASSERT_EQ(pushed.acknowledged(), 20u);
  // The supervisor kills the silent extract; its queue is lost with it and replayed.
  ASSERT_TRUE(WaitJournalDrained(daemon, 20, 40s)) << daemon.Health().dump() << daemon.Log();
  auto h = daemon.Health();
  EXPECT_EQ(h["journal"].value("dead", -1), 0) << "held articles are innocent";
  EXPECT_GE(daemon.StageRestarts("extract"), 1);
  auto stored = daemon.QueryStore("SELECT COUNT(*) AS n FROM articles WHERE status = 'stored'");
  EXPECT_EQ(stored[0]["n"], "20");
  std::string metrics = daemon.Metrics();
  EXPECT_EQ(Metric(metrics, "tidings_failed_attempts_total"), 0);
  EXPECT_GE(Metric(metrics, "tidings_replays_total"), 1);
  auto attempts = daemon.QueryStore("SELECT MAX(attempt) AS a FROM articles");
  EXPECT_EQ(attempts[0]["a"], "2") << "replayed once, with attempt + 1";
}

TEST(Replay, CompletedEntriesAreCompactedAndStillDuplicates) {
  DaemonUnderTest daemon("[journal]\nretention_s = 1\ncompact_interval_s = 1\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  auto articles = GenerateNewsArticles(10, "compact");
  zmq::context_t ctx(1);
  ASSERT_EQ(cli::PushAllAcked(ctx, PushOptionsFor(daemon, 10, 30s), articles).acknowledged(), 10u);
  ASSERT_TRUE(WaitJournalDrained(daemon, 10, 30s)) << daemon.Log();
  auto until = Clock::now() + 10s;
  while (Clock::now() < until && Metric(daemon.Metrics(), "tidings_journal_compacted_total") < 10) {
    std::this_thread::sleep_for(100ms);
  }
  EXPECT_EQ(Metric(daemon.Metrics(), "tidings_journal_compacted_total"), 10);
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2((daemon.data_dir() / "journal.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT COUNT(*), COUNT(payload) FROM journal", -1, &st, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 10) << "ids are kept";
  EXPECT_EQ(sqlite3_column_int(st, 1), 0) << "payloads are dropped";
  sqlite3_finalize(st);
  sqlite3_close(db);
  v1::Ack again = daemon.PushAcked(articles[3]);
  EXPECT_EQ(again.status(), v1::Ack::DUPLICATE) << again.reason();
}

TEST(Replay, ByDefaultACompletedArticleLeavesItsIdButNotItsPayloadInTheJournal) {
  DaemonUnderTest daemon;  // retention_s = 0, compaction only once a minute
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  auto articles = GenerateNewsArticles(10, "dropped");
  zmq::context_t ctx(1);
  ASSERT_EQ(cli::PushAllAcked(ctx, PushOptionsFor(daemon, 10, 30s), articles).acknowledged(), 10u);
  ASSERT_TRUE(WaitJournalDrained(daemon, 10, 30s)) << daemon.Log();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2((daemon.data_dir() / "journal.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr),
            SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "SELECT COUNT(*), COUNT(payload) FROM journal WHERE article_id LIKE 'dropped%'", -1,
                               &st, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(st, 0), 10) << "ids are kept";
  EXPECT_EQ(sqlite3_column_int(st, 1), 0) << "payloads went with the completion";
  sqlite3_finalize(st);
  sqlite3_close(db);
  EXPECT_EQ(Metric(daemon.Metrics(), "tidings_journal_compacted_total"), 0) << "no compaction was needed";
  EXPECT_EQ(daemon.PushAcked(articles[3]).status(), v1::Ack::DUPLICATE);
}

TEST(Replay, ASlowJournalCommitHoldsBackTheAcksNotTheArticles) {
  // Another connection holds the journal's write lock, as a disk stalling an fsync would
  // hold a commit: the articles go through the pipeline meanwhile; their acks wait for the
  // commit, and once it is done every one of them is journaled and completed.
  DaemonUnderTest daemon;
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  auto articles = GenerateNewsArticles(4, "stalled");
  sqlite3* lock = nullptr;
  ASSERT_EQ(sqlite3_open_v2((daemon.data_dir() / "journal.sqlite").c_str(), &lock, SQLITE_OPEN_READWRITE, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(lock, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
  const auto locked_at = Clock::now();
  daemon.PushFireAndForget(articles[0].SerializeAsString());
  v1::Ack ack;
  Clock::time_point acked_at;
  std::thread acked([&] {
    ack = daemon.PushAcked(articles[1]);
    acked_at = Clock::now();
  });
  size_t stored = 0;
  while (Clock::now() - locked_at < 2500ms && stored < 2) {
    auto rows = daemon.QueryStore("SELECT COUNT(*) AS n FROM articles WHERE status = 'stored'");
    stored = rows.empty() ? 0 : std::stoul(rows[0]["n"]);
    std::this_thread::sleep_for(20ms);
  }
  const auto stored_at = Clock::now();
  std::this_thread::sleep_for(Clock::now() - locked_at < 2500ms ? 2500ms - (Clock::now() - locked_at) : 0ms);
  const auto released_at = Clock::now();
  ASSERT_EQ(sqlite3_exec(lock, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(lock);
  acked.join();
  EXPECT_EQ(stored, 2u) << "both articles were stored while the journal was locked";
  EXPECT_LT(stored_at, released_at);
  EXPECT_EQ(ack.status(), v1::Ack::ACCEPTED) << ack.reason();
  EXPECT_GE(acked_at, released_at) << "an ack only once the article is journaled";
  ASSERT_TRUE(WaitJournalDrained(daemon, 2, 30s)) << daemon.Health().dump() << daemon.Log();
  EXPECT_EQ(daemon.Health()["journal"].value("completed", 0), 2) << "each completed once its batch was committed";
  v1::Ack again = daemon.PushAcked(articles[0]);
  EXPECT_EQ(again.status(), v1::Ack::DUPLICATE) << again.reason();
  EXPECT_EQ(daemon.QueryStore("SELECT COUNT(*) AS n FROM articles")[0]["n"], "2");
}

}  // namespace
}  // namespace tidings::testing
