// `tidings push --ack` outlives the daemon: SIGKILLed and restarted mid-push (on new ports, so
// the client must re-read daemon.json), started late, or gone for good (exit 2 naming how many
// articles were not acknowledged and why).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <thread>

#include "daemon_harness.h"
#include "generated_news.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

std::filesystem::path WriteInput(const DaemonUnderTest& daemon, const std::vector<v1::Article>& articles) {
  auto path = daemon.data_dir() / "input.jsonl";
  WriteJsonLines(articles, path);
  return path;
}

// Output lines of `tidings push` by status.
std::map<std::string, std::set<std::string>> IdsByStatus(const std::string& out) {
  std::map<std::string, std::set<std::string>> by;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_object()) by[j.value("status", "")].insert(j.value("id", ""));
  }
  return by;
}

uint64_t Journaled(const DaemonUnderTest& d) {
  auto h = d.Health();
  if (!h.is_object() || !h.contains("journal")) return 0;
  return h["journal"].value("open", 0ull) + h["journal"].value("completed", 0ull);
}

std::vector<std::string> PushArgs(const std::filesystem::path& input, int timeout_s) {
  return {(BinDir() / "tidings").string(), "push", "--ack", "--window", "64", "--timeout",
          std::to_string(timeout_s), input.string()};
}

TEST(PushSurvival, ADaemonKilledAndRestartedMidPushGetsEveryUnacknowledgedArticleAgain) {
  // A small intake window keeps the client busy long enough for the kill to land mid-push.
  DaemonUnderTest daemon("[limits]\nmax_in_flight = 100\nbusy_retry_ms = 20\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  const size_t n = 1200;
  const auto articles = GenerateNewsArticles(n, "survive");
  const auto input = WriteInput(daemon, articles);
  const std::string first_ack = daemon.Runtime().value("ack", "");

  RunResult pushed;
  std::thread client([&] { pushed = RunProgram(PushArgs(input, 60), daemon.CliEnv(), "", 180s); });
  for (auto until = Clock::now() + 60s; Clock::now() < until && Journaled(daemon) < 200;) {
    std::this_thread::sleep_for(5ms);
  }
  const uint64_t journaled_before_kill = Journaled(daemon);
  daemon.Kill();
  std::this_thread::sleep_for(2s);  // gone for longer than the client's silence limit
  ASSERT_TRUE(daemon.Restart(&error)) << error;
  ASSERT_NE(daemon.Runtime().value("ack", ""), first_ack) << "the restarted daemon listens elsewhere";
  client.join();

  EXPECT_GE(journaled_before_kill, 200u);
  EXPECT_LT(journaled_before_kill, n) << "the kill must land mid-push";
  EXPECT_EQ(pushed.exit_code, 0) << pushed.err;
  EXPECT_NE(pushed.err.find("the daemon restarted or fell silent"), std::string::npos) << pushed.err;
  auto by = IdsByStatus(pushed.out);
  std::set<std::string> acknowledged = by["accepted"];
  acknowledged.insert(by["duplicate"].begin(), by["duplicate"].end());
  EXPECT_EQ(acknowledged.size(), n);
  EXPECT_TRUE(by["error"].empty());

  // Exactly once in the store, once the pipeline has drained.
  for (auto until = Clock::now() + 90s; Clock::now() < until; std::this_thread::sleep_for(200ms)) {
    auto h = daemon.Health();
    if (h.is_object() && h["journal"].value("open", -1) == 0 && h.value("in_flight", -1) == 0) break;
  }
  auto rows = daemon.QueryStore("SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS d FROM articles WHERE status = 'stored'");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0]["n"], std::to_string(n));
  EXPECT_EQ(rows[0]["d"], std::to_string(n));
}

TEST(PushSurvival, WaitsForADaemonThatStartsAfterTheClient) {
  DaemonUnderTest daemon;
  const auto input = WriteInput(daemon, GenerateNewsArticles(20, "late"));
  RunResult pushed;
  std::thread client([&] { pushed = RunProgram(PushArgs(input, 30), daemon.CliEnv(), "", 60s); });
  std::this_thread::sleep_for(1500ms);
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  client.join();
  EXPECT_EQ(pushed.exit_code, 0) << pushed.err;
  EXPECT_NE(pushed.err.find("waiting up to 30 s (--timeout)"), std::string::npos) << pushed.err;
  EXPECT_EQ(IdsByStatus(pushed.out)["accepted"].size(), 20u) << pushed.out;
}

TEST(PushSurvival, GivesUpWithExitCode2NamingHowManyAndWhyWhenNoDaemonAnswers) {
  DaemonUnderTest daemon;
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  const long pid = daemon.pid();
  daemon.Kill();  // its daemon.json stays behind, naming a dead process
  const auto input = WriteInput(daemon, GenerateNewsArticles(5, "nobody"));
  const auto t0 = Clock::now();
  RunResult pushed = RunProgram(PushArgs(input, 2), daemon.CliEnv(), "", 60s);
  EXPECT_EQ(pushed.exit_code, 2) << pushed.err;
  EXPECT_LT(Clock::now() - t0, 10s);
  EXPECT_NE(pushed.err.find("5 article(s) not acknowledged"), std::string::npos) << pushed.err;
  EXPECT_NE(pushed.err.find("for 2 s"), std::string::npos) << pushed.err;
  EXPECT_NE(pushed.err.find("names pid " + std::to_string(pid) + ", which is not running"), std::string::npos)
      << pushed.err;
  EXPECT_EQ(IdsByStatus(pushed.out)["error"].size(), 5u) << pushed.out;
}

}  // namespace
}  // namespace tidings::testing
