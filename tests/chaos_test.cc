// Chaos: a few thousand articles pushed by the real client, `tidings push --ack`, at full speed
// while a killer SIGKILLs every stage process several times and the daemon itself once
// (restarted on the same data directory, on new ports). The client must notice the restart,
// send its unacknowledged articles again and exit 0 with every article acknowledged; every
// article must end up in the store exactly once, with exactly the events a run without faults
// gives it, and nothing may stay in flight. bench/chaos_bench runs the same with more.
#include <gtest/gtest.h>

#include "chaos_run.h"
#include "daemon_harness.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;

constexpr size_t kArticles = 3000;
constexpr int kKillsPerStage = 3;

TEST(Chaos, EveryAcknowledgedArticleIsStoredExactlyOnceDespiteKills) {
  DaemonUnderTest daemon(
      "[supervision]\nbackoff_initial_ms = 50\nbackoff_max_ms = 400\nintensity_restarts = 100\n"
      "intensity_window_s = 60\nheartbeat_interval_ms = 200\n"
      "[replay]\ntimeout_s = 30\n"
      // A pipeline-sized intake window: the client is held back by "busy" answers, so the
      // pushing lasts as long as the coding and every kill lands while articles still arrive.
      "[limits]\nmax_in_flight = 250\nbusy_retry_ms = 20\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();

  ChaosPlan plan;
  plan.articles = kArticles;
  plan.kills_per_stage = kKillsPerStage;
  plan.daemon_kills = 1;
  std::string problems;
  ChaosReport r = RunChaos(daemon, plan, &problems);
  std::printf("[chaos] %s\n", r.Summary().c_str());
  EXPECT_EQ(problems, "");
  ASSERT_GT(r.reference_events, kArticles) << "the generated articles must produce events";

  EXPECT_EQ(r.push_exit_code, 0) << r.push_stderr;
  EXPECT_EQ(r.acknowledged, kArticles) << r.push_stderr;
  EXPECT_EQ(r.rejected, 0u);
  EXPECT_EQ(r.errors, 0u);
  ASSERT_TRUE(r.drained) << r.health.dump();
  EXPECT_EQ(r.health["journal"].value("dead", -1), 0) << "no innocent article may be set aside";
  EXPECT_EQ(r.lost, 0u);
  EXPECT_EQ(r.duplicated, 0u);
  EXPECT_EQ(r.wrong, 0u);
  EXPECT_EQ(r.not_stored_status, 0u);
  EXPECT_EQ(r.duplicate_event_ids, 0u);
  EXPECT_EQ(r.daemon_kills, 1);
  EXPECT_GE(r.stage_kills, 4 * kKillsPerStage - 2) << "most planned stage kills must land";
}

}  // namespace
}  // namespace tidings::testing
