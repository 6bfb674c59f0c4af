// One chaos run, shared by the chaos test (a few thousand articles, in CI) and chaos_bench (the
// long run): generated articles written to a JSON-lines file and pushed by the real client,
// `tidings push --ack`, running as a separate program, while a killer SIGKILLs stage processes
// and the daemon itself (restarted on the same data directory, on new ports). Then it waits for
// the pipeline to drain and compares the store with a fault-free run of the stages' libraries.
#pragma once

#include <chrono>
#include <string>

#include <nlohmann/json.hpp>

#include "daemon_harness.h"

namespace tidings::testing {

struct ChaosPlan {
  size_t articles = 3000;
  int kills_per_stage = 3;  // SIGKILLs of each of fetch, clean, extract, store
  int daemon_kills = 1;     // SIGKILLs of tidingsd (each followed by a restart)
  int window = 256;         // tidings push --window
  int push_timeout_s = 60;  // tidings push --timeout
  // Pause before each kill: kill_gap_min + a random part below kill_gap_spread.
  std::chrono::milliseconds kill_gap_min{40}, kill_gap_spread{200};
  // How long the daemon stays down after each SIGKILL before it is restarted.
  std::chrono::milliseconds daemon_down{300};
  unsigned seed = 20240314;
};

struct ChaosReport {
  size_t articles = 0;
  // From the client's output: one JSON line per article.
  int push_exit_code = -1;
  std::string push_stderr;
  size_t acknowledged = 0;       // distinct articles answered accepted or duplicate
  size_t accepted = 0, duplicate_answers = 0, rejected = 0, errors = 0;
  size_t sent_again = 0;         // articles the client sent more than once (after a restart)
  int stage_kills = 0, daemon_kills = 0;
  int kills_during_push = 0;     // of those, delivered before the client exited
  // From the store, after the pipeline drained.
  bool drained = false;          // journal open == 0 and nothing in flight
  nlohmann::json health;         // /healthz at the end
  size_t lost = 0;               // acknowledged but not stored
  size_t duplicated = 0;         // stored twice, or with an event stored twice
  size_t wrong = 0;              // stored events differ from the fault-free run
  size_t not_stored_status = 0;  // article rows whose status is not "stored"
  size_t events_stored = 0, reference_events = 0;
  size_t duplicate_event_ids = 0;
  double push_seconds = 0, drain_seconds = 0;
  std::string failed_attempts;   // tidings_failed_attempts_total at the end

  std::string Summary() const;   // one line of figures
};

// `daemon` must be started and healthy, configured so that it survives the kills (supervision
// intensity). Failures to kill or restart are reported through `problems` (empty when none).
ChaosReport RunChaos(DaemonUnderTest& daemon, const ChaosPlan& plan, std::string* problems);

}  // namespace tidings::testing
