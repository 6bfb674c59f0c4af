// chaos_bench: the long chaos run, too long for CI. Starts a real tidingsd (ephemeral loopback
// ports, temporary data directory), pushes N generated articles with the real client,
// `tidings push --ack --window 256`, reading a JSON-lines file, while stages and the daemon are
// SIGKILLed at random moments (the daemon restarted on the same data directory each time), then
// waits for the pipeline to drain and checks the store against a fault-free run. Prints the
// client's exit code, articles acknowledged, lost, duplicated, kills and times.
//
//   build/bin/chaos_bench [articles=20000] [kills per stage=20] [daemon kills=4]
//
// Exit code 0 when the client exited 0, every article was acknowledged, none was lost or
// duplicated and every article's events match the fault-free run.
#include <cstdio>
#include <string>

#include "chaos_run.h"
#include "daemon_harness.h"

using namespace tidings::testing;
using namespace std::chrono_literals;

int main(int argc, char** argv) {
  ChaosPlan plan;
  plan.articles = argc > 1 ? std::stoul(argv[1]) : 20000;
  plan.kills_per_stage = argc > 2 ? std::stoi(argv[2]) : 20;
  plan.daemon_kills = argc > 3 ? std::stoi(argv[3]) : 4;
  // Spread the kills over the push (about 0.6 s apart on average).
  plan.kill_gap_min = 200ms;
  plan.kill_gap_spread = 800ms;
  plan.daemon_down = 1000ms;
  DaemonUnderTest daemon(
      "[supervision]\nbackoff_initial_ms = 50\nbackoff_max_ms = 400\nintensity_restarts = 1000\n"
      "intensity_window_s = 60\nheartbeat_interval_ms = 200\n"
      "[replay]\ntimeout_s = 30\n"
      "[limits]\nmax_in_flight = 250\nbusy_retry_ms = 20\n");
  std::string error;
  if (!daemon.Start(&error) || !daemon.WaitHealthy(60s)) {
    std::fprintf(stderr, "chaos_bench: tidingsd did not start: %s\n", error.c_str());
    return 1;
  }
  std::printf("chaos_bench: %zu articles, %d SIGKILLs per stage, %d of the daemon; data %s\n", plan.articles,
              plan.kills_per_stage, plan.daemon_kills, daemon.data_dir().c_str());
  std::fflush(stdout);
  std::string problems;
  ChaosReport r = RunChaos(daemon, plan, &problems);
  std::printf("%s\n", r.Summary().c_str());
  std::printf("%-44s %s\n", "client exit code (tidings push --ack)", std::to_string(r.push_exit_code).c_str());
  std::printf("%-44s %zu of %zu\n", "articles acknowledged", r.acknowledged, r.articles);
  std::printf("%-44s %zu\n", "articles sent again after a daemon restart", r.sent_again);
  std::printf("%-44s %zu\n", "acknowledged but not stored (lost)", r.lost);
  std::printf("%-44s %zu\n", "stored more than once (duplicated)", r.duplicated);
  std::printf("%-44s %zu\n", "events differing from the fault-free run", r.wrong);
  std::printf("%-44s %d (stages %d, daemon %d; %d while the client was pushing)\n", "SIGKILLs delivered",
              r.stage_kills + r.daemon_kills, r.stage_kills, r.daemon_kills, r.kills_during_push);
  std::printf("%-44s %.1f s (%.0f articles/s), drained %.1f s later\n", "push took", r.push_seconds,
              r.articles / std::max(0.001, r.push_seconds), r.drain_seconds);
  if (!problems.empty()) std::printf("problems: %s\n", problems.c_str());
  if (r.push_exit_code != 0) std::printf("client stderr: %s\n", r.push_stderr.c_str());
  const bool ok = r.push_exit_code == 0 && r.acknowledged == r.articles && r.lost == 0 && r.duplicated == 0 &&
                  r.wrong == 0 && r.drained && problems.empty();
  std::printf("%s\n", ok ? "OK" : "FAILED");
  return ok ? 0 : 1;
}
