// `tidings subscribe --since`: stored events first, then live ones, with neither a gap nor a
// duplicate at the seam. A real tidingsd, real `tidings subscribe` processes started while
// articles keep arriving, and the store (SQLite or PostgreSQL) as the reference.
#include <gtest/gtest.h>
#include <signal.h>
#include <time.h>

#include <atomic>
#include <cstdio>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include "daemon_harness.h"
#include "postgres_cluster.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;

// Country pairs the built-in dictionaries know; each article codes a few events.
constexpr const char* kPairs[][2] = {{"Turkey", "Azerbaijan"}, {"France", "Germany"}, {"Russia", "Ukraine"},
                                     {"Japan", "China"},      {"Egypt", "Israel"},    {"Brazil", "Argentina"}};

v1::Article NumberedArticle(int n) {
  const char* a = kPairs[n % 6][0];
  const char* b = kPairs[n % 6][1];
  v1::Article article;
  article.set_id("seam-" + std::to_string(n));
  article.set_text(std::string(a) + " signed a military cooperation agreement with " + b + " on Monday.\n\n" +
                   "The president of " + a + " pledged support to " + b + " on Tuesday.\n\n" +
                   (n % 2 ? std::string(b) + " accused " + a + " of shelling a border town.\n\n" : "") +
                   "Officials said talks number " + std::to_string(n) + " went well.\n\n" +
                   // Distinct names and numbers per article: otherwise articles n and n+6 are
                   // near-duplicates of one another, and the store counts the later ones as copies.
                   "Dispatch " + std::to_string(1000 + n) + " from desk " + std::to_string(7 * n + 3) +
                   ", file " + std::to_string(7919 * n % 100000) + ", edition E" + std::to_string(n) + ".\n");
  article.set_published("2021-06-16");
  article.set_source("Seam Wire");
  return article;
}

// Store seqs of every event, in seq order (optionally only codes with a prefix).
std::vector<uint64_t> StoredSeqs(const DaemonUnderTest& d, const std::string& code_prefix = "") {
  std::vector<uint64_t> seqs;
  std::string sql = "SELECT seq FROM events";
  if (!code_prefix.empty()) sql += " WHERE code LIKE '" + code_prefix + "%'";
  for (auto& row : d.QueryStore(sql + " ORDER BY seq")) seqs.push_back(std::stoull(row["seq"]));
  return seqs;
}

size_t StoredArticles(const DaemonUnderTest& d) {
  auto rows = d.QueryStore("SELECT count(*) AS n FROM articles WHERE status = 'stored'");
  return rows.empty() ? 0 : std::stoul(rows[0]["n"]);
}

bool WaitStored(const DaemonUnderTest& d, size_t articles, std::chrono::seconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (StoredArticles(d) >= articles) return true;
    std::this_thread::sleep_for(50ms);
  }
  return false;
}

// The seqs a subscriber printed, in print order; every line must be an event object.
std::vector<uint64_t> PrintedSeqs(const std::string& out) {
  std::vector<uint64_t> seqs;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    EXPECT_TRUE(j.is_object() && j.contains("seq")) << line;
    if (j.is_object() && j.contains("seq")) seqs.push_back(j["seq"].get<uint64_t>());
  }
  return seqs;
}

std::string Describe(const std::vector<uint64_t>& got, const std::vector<uint64_t>& want) {
  std::set<uint64_t> g(got.begin(), got.end()), w(want.begin(), want.end());
  std::ostringstream s;
  s << "printed " << got.size() << " (" << g.size() << " distinct), stored " << want.size() << "; missing:";
  int shown = 0;
  for (uint64_t x : w) {
    if (!g.count(x) && shown++ < 20) s << " " << x;
  }
  s << "; duplicated or out of order at:";
  shown = 0;
  for (size_t i = 1; i < got.size(); ++i) {
    if (got[i] <= got[i - 1] && shown++ < 20) s << " #" << i << "=" << got[i];
  }
  return s.str();
}

// Each test runs on both store backends (names end in /sqlite and /postgresql): the seam relies
// on seqs growing in commit order, which each backend must keep.
class SinceSeamTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgresql") {
      TIDINGS_POSTGRES_OR_SKIP(cluster);
      const std::string url = NewPostgresDatabase(*cluster);
      ASSERT_FALSE(url.empty()) << cluster->last_error();
      daemon_.UsePostgres(url);
    }
    std::string error;
    ASSERT_TRUE(daemon_.Start(&error)) << error;
    ASSERT_TRUE(daemon_.WaitHealthy()) << daemon_.Log();
  }
  std::vector<std::string> Subscribe(std::vector<std::string> args) {
    args.insert(args.begin(), {(BinDir() / "tidings").string(), "subscribe"});
    return args;
  }
  void PushAll(int from, int to) {
    for (int n = from; n < to; ++n) {
      v1::Ack ack = daemon_.PushAcked(NumberedArticle(n));
      ASSERT_EQ(ack.status(), v1::Ack::ACCEPTED) << ack.reason();
    }
  }
  DaemonUnderTest daemon_;
};

INSTANTIATE_TEST_SUITE_P(Backends, SinceSeamTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

TEST_P(SinceSeamTest, ReplayThenLiveWhileArticlesArriveHasNoGapAndNoDuplicate) {
  constexpr int kBefore = 30, kDuring = 300;
  PushAll(0, kBefore);
  ASSERT_TRUE(WaitStored(daemon_, kBefore, 60s)) << daemon_.Log();
  const std::vector<uint64_t> first = StoredSeqs(daemon_);
  ASSERT_GT(first.size(), static_cast<size_t>(kBefore)) << "the test articles must code events";
  const uint64_t mid_seq = first[first.size() / 2];

  // Subscribers start at different moments while the second batch streams in, so their
  // seams fall at different places of the stream.
  std::vector<std::unique_ptr<BackgroundProgram>> all, filtered, after_seq;
  std::atomic<bool> pushing_done{false};
  std::thread pusher([&] {
    PushAll(kBefore, kBefore + kDuring);
    pushing_done = true;
  });
  for (int i = 0; i < 4; ++i) {
    all.push_back(std::make_unique<BackgroundProgram>(Subscribe({"--since", "0"}), daemon_.CliEnv()));
    filtered.push_back(std::make_unique<BackgroundProgram>(Subscribe({"--since", "0", "cameo/0"}), daemon_.CliEnv()));
    after_seq.push_back(std::make_unique<BackgroundProgram>(
        Subscribe({"--since", std::to_string(mid_seq), "--with-topic"}), daemon_.CliEnv()));
    std::this_thread::sleep_for(250ms);
  }
  pusher.join();
  ASSERT_TRUE(pushing_done);
  ASSERT_TRUE(WaitStored(daemon_, kBefore + kDuring, 120s)) << daemon_.Log();
  std::this_thread::sleep_for(1500ms);  // the last events travel store -> daemon -> subscribers

  const std::vector<uint64_t> stored = StoredSeqs(daemon_);
  const std::vector<uint64_t> stored_0 = StoredSeqs(daemon_, "0");
  std::vector<uint64_t> stored_after;
  for (uint64_t s : stored) {
    if (s > mid_seq) stored_after.push_back(s);
  }
  ASSERT_GT(stored.size(), first.size() + kDuring) << "the second batch coded events";
  ASSERT_FALSE(stored_0.empty());
  ASSERT_LT(stored_0.size(), stored.size()) << "the filter must leave some events out";

  uint64_t live_total = 0;
  for (size_t i = 0; i < all.size(); ++i) {
    RunResult r = all[i]->Stop(SIGINT);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    auto got = PrintedSeqs(r.out);
    EXPECT_EQ(got, stored) << "subscriber " << i << " --since 0: " << Describe(got, stored) << "\n" << r.err;
    // "printed R stored events, then L live and F read from the store to fill gaps ..."
    unsigned long replayed = 0, live = 0, filled = 0;
    auto at = r.err.find("tidings subscribe: printed ");
    ASSERT_NE(at, std::string::npos) << r.err;
    ASSERT_EQ(sscanf(r.err.c_str() + at, "tidings subscribe: printed %lu stored events, then %lu live and %lu",
                     &replayed, &live, &filled), 3) << r.err;
    EXPECT_EQ(replayed + live + filled, got.size()) << r.err;
    live_total += live;
    std::cout << "subscriber " << i << ": " << r.err.substr(at);

    RunResult f = filtered[i]->Stop(SIGINT);
    EXPECT_EQ(f.exit_code, 0) << f.err;
    auto got_0 = PrintedSeqs(f.out);
    EXPECT_EQ(got_0, stored_0) << "subscriber " << i << " --since 0 cameo/0: " << Describe(got_0, stored_0);

    RunResult a = after_seq[i]->Stop(SIGINT);
    EXPECT_EQ(a.exit_code, 0) << a.err;
    auto got_after = PrintedSeqs(a.out);
    EXPECT_EQ(got_after, stored_after) << "subscriber " << i << " --since " << mid_seq << ": "
                                       << Describe(got_after, stored_after);
    EXPECT_NE(a.out.find("\"topic\":\"cameo/"), std::string::npos) << "--with-topic on replayed events";
  }
  EXPECT_GT(live_total, 0u) << "the subscribers must have switched to live events during the pushes";
}

TEST_P(SinceSeamTest, SinceTimeReplaysArticlesStoredFromThatTimeOn) {
  PushAll(0, 6);
  ASSERT_TRUE(WaitStored(daemon_, 6, 60s)) << daemon_.Log();
  const size_t before = StoredSeqs(daemon_).size();
  // The next whole second (UTC), then the second batch: stored strictly after it.
  std::this_thread::sleep_for(1100ms);
  time_t now = time(nullptr);
  struct tm t;
  gmtime_r(&now, &t);
  char since[32];
  strftime(since, sizeof since, "%Y-%m-%dT%H:%M:%SZ", &t);
  std::this_thread::sleep_for(1100ms);
  PushAll(6, 12);
  ASSERT_TRUE(WaitStored(daemon_, 12, 60s)) << daemon_.Log();
  std::vector<uint64_t> stored = StoredSeqs(daemon_);
  std::vector<uint64_t> want(stored.begin() + static_cast<long>(before), stored.end());
  ASSERT_FALSE(want.empty());

  RunResult r = RunProgram({(BinDir() / "tidings").string(), "subscribe", "--since", since, "--timeout", "2"},
                           daemon_.CliEnv());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(PrintedSeqs(r.out), want) << "--since " << since;

  // A date (midnight UTC today) takes everything stored today: both batches.
  std::string today(since, 10);
  r = RunProgram({(BinDir() / "tidings").string(), "subscribe", "--since", today, "--count",
                  std::to_string(stored.size()), "--timeout", "10"},
                 daemon_.CliEnv());
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(PrintedSeqs(r.out), stored) << "--since " << today;
}

TEST_P(SinceSeamTest, EventsNoLiveMessageRevealsAreStillPrintedFromTheStore) {
  // A publisher that never sends (as if PUB dropped everything): what is stored after the
  // replay must still come, from the store re-read while the live stream is idle.
  PushAll(0, 1);
  ASSERT_TRUE(WaitStored(daemon_, 1, 60s)) << daemon_.Log();
  const size_t first = StoredSeqs(daemon_).size();
  BackgroundProgram silent(
      {(BinDir() / "tidings").string(), "subscribe", "--since", "0", "--endpoint", "tcp://127.0.0.1:9"},
      daemon_.CliEnv());
  auto printed_at_least = [&](size_t n) {
    auto deadline = std::chrono::steady_clock::now() + 15s;
    while (PrintedSeqs(silent.Out()).size() < n && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(50ms);
    }
    return PrintedSeqs(silent.Out()).size() >= n;
  };
  ASSERT_TRUE(printed_at_least(first)) << "the replay of the first article";
  PushAll(1, 8);
  ASSERT_TRUE(WaitStored(daemon_, 8, 60s)) << daemon_.Log();
  const std::vector<uint64_t> stored = StoredSeqs(daemon_);
  ASSERT_GT(stored.size(), first);
  EXPECT_TRUE(printed_at_least(stored.size()));
  RunResult r = silent.Stop(SIGINT);
  EXPECT_EQ(PrintedSeqs(r.out), stored) << r.err;
  EXPECT_NE(r.err.find("printed " + std::to_string(first) + " stored events, then 0 live and " +
                       std::to_string(stored.size() - first)),
            std::string::npos)
      << r.err;
}

TEST_P(SinceSeamTest, MalformedSinceIsRefusedWithTheAcceptedForms) {
  for (const char* bad : {"yesterday", "2021-13-01", "2021-02-30", "2021-06-16T25:00", "12abc"}) {
    RunResult r = RunProgram({(BinDir() / "tidings").string(), "subscribe", "--since", bad, "--timeout", "1"},
                             daemon_.CliEnv());
    EXPECT_EQ(r.exit_code, 2) << bad << ": " << r.out << r.err;
    EXPECT_NE(r.err.find("YYYY-MM-DD"), std::string::npos) << bad << ": " << r.err;
  }
}

}  // namespace
}  // namespace tidings::testing
