// Replay of journaled articles: re-injection after a stage restart (no strike), failed attempts
// (a stage died while processing it, or it timed out) counted towards poison status, the
// backlog left open by a previous run, and setting an article aside as a dead letter.
//
// Thread-safety: none; every method runs on the forwarder's thread.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "daemon/in_flight_table.h"
#include "daemon/journal.h"
#include "daemon/metrics.h"
#include "tidings/config.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::daemon {

class ReplayController {
 public:
  using Clock = InFlightTable::Clock;
  // Sends a journaled article into the pipeline as attempt `attempt` (already counted in the
  // journal and admitted to the in-flight table).
  using InjectFn = std::function<void(const JournalEntry& entry, uint32_t attempt)>;
  using DeadLetterFn = std::function<void(v1::DeadLetter letter)>;
  // True while the article's batch is being journaled (it was routed before its commit): it
  // is not in the journal yet, so it stays in flight and its timeout re-injects it later.
  using BeingJournaledFn = std::function<bool(const std::string& id)>;

  // Every reference must outlive the controller.
  ReplayController(const DaemonConfig& config, Journal& journal, InFlightTable& table,
                   MetricsRegistry& metrics, InjectFn inject, DeadLetterFn keep_dead_letter,
                   BeingJournaledFn being_journaled = nullptr);

  // A process of `stage` was replaced at `at`: what was sent to that stage before may be lost
  // with the old process's queues, so those articles are re-injected (attempt + 1, no strike).
  void StageRestarted(const std::string& stage, Clock::time_point at);
  // A stage process died while processing `id`: one failed attempt; re-injected by the
  // restart, or set aside after replay.max_attempts.
  void Crash(const std::string& id, const std::string& reason);
  // Articles stuck at their stage for replay.timeout_s (InFlightTable::TimedOut): a failed attempt each,
  // then re-injected (or set aside).
  void CheckTimeouts(Clock::time_point now);
  // Start-up: entries left open by the previous run (older than `started`), admitted as room
  // frees up. Returns false once none is left.
  bool AdmitBacklog(WallClock::time_point started);
  // Re-injects article `id` from the journal, attempt + 1.
  void Reinject(const std::string& id);

 private:
  // Counts a failed attempt; false when the article was set aside (or is no longer in flight).
  bool Strike(const std::string& id, const std::string& reason);
  void Inject(const JournalEntry& e);
  void SetAside(const JournalEntry& e, const std::string& reason);
  bool BeingJournaled(const std::string& id) const { return being_journaled_ && being_journaled_(id); }

  const DaemonConfig& config_;
  Journal& journal_;
  InFlightTable& table_;
  MetricsRegistry& metrics_;
  InjectFn inject_;
  DeadLetterFn keep_dead_letter_;
  BeingJournaledFn being_journaled_;
  Counter* replays_;
};

}  // namespace tidings::daemon
