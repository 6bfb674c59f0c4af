// `tidings status --watch` against a real daemon: frames once per interval (separated by a line
// when stdout is not a terminal), every stage replica with its restarts, rates from successive
// scrapes, and the daemon's recent errors (a stage killed by the test).
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "daemon_harness.h"
#include "generated_news.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(StatusWatch, DrawsFramesWithStagesRatesRestartsAndRecentErrors) {
  DaemonUnderTest daemon("[supervision]\nbackoff_initial_ms = 50\nheartbeat_interval_ms = 200\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  const pid_t clean = daemon.StagePid("clean");
  ASSERT_GT(clean, 0);
  ASSERT_EQ(kill(clean, SIGKILL), 0);
  for (auto until = std::chrono::steady_clock::now() + 20s;
       std::chrono::steady_clock::now() < until && daemon.StageRestarts("clean") < 1;) {
    std::this_thread::sleep_for(50ms);
  }
  ASSERT_TRUE(daemon.WaitHealthy(30s));

  // Articles flowing while it watches, so the rates have something to show.
  std::thread pusher([&] {
    zmq::context_t ctx(1);
    cli::PushAllAcked(ctx, PushOptionsFor(daemon, 4, 30s), GenerateNewsArticles(300, "watch"));
  });
  RunResult r = RunProgram({(BinDir() / "tidings").string(), "status", "--watch", "--count", "3", "--interval", "0.5"},
                           daemon.CliEnv(), "", 30s);
  pusher.join();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count(r.out, "\n----\n"), 2u) << r.out;
  EXPECT_EQ(Count(r.out, "tidingsd  pid " + std::to_string(daemon.pid()) + "  ok"), 3u) << r.out;
  for (const char* stage : {"fetch[0]", "clean[0]", "extract[0]", "store[0]"}) {
    EXPECT_EQ(Count(r.out, std::string("\n") + stage + " "), 3u) << stage << "\n" << r.out;
  }
  EXPECT_EQ(r.out.find("\x1b["), std::string::npos) << "no terminal codes when stdout is not a terminal";
  EXPECT_EQ(Count(r.out, "completed/s -"), 1u) << "rates from the second frame on: " << r.out;
  EXPECT_NE(r.out.find("killed by signal 9"), std::string::npos) << "the clean stage's death: " << r.out;
  const std::string frame = r.out.substr(r.out.rfind("----"));
  const std::string clean_row = frame.substr(frame.find("\nclean[0] "), 80);
  EXPECT_NE(clean_row.find(" 1 "), std::string::npos) << "one restart: " << clean_row;
}

TEST(StatusWatch, KeepsWatchingWhenThereIsNoDaemon) {
  DaemonUnderTest nothing;  // never started: no daemon.json
  RunResult r = RunProgram({(BinDir() / "tidings").string(), "status", "--watch", "--count", "2", "--interval", "0.2"},
                           nothing.CliEnv(), "", 30s);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Count(r.out, "tidingsd: no running tidingsd found"), 2u) << r.out;
}

}  // namespace
}  // namespace tidings::testing
