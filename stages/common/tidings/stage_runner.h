// The process around a stage's logic: connect to the daemon's hops, pull envelopes, run the
// logic, push results downstream, send heartbeats, turn every failure into a dead letter, and
// stop cleanly on SIGTERM/SIGINT. Stage main.cpp files are a few lines around this.
#pragma once

#include <CLI/CLI.hpp>
#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings {

// Exit codes a supervisor can act on.
constexpr int kExitOk = 0;
constexpr int kExitCrash = 70;   // EX_SOFTWARE: restart
constexpr int kExitConfig = 78;  // EX_CONFIG: restarting would not help; do not restart

// A stage's logic: no sockets, no threads. Called from one thread only.
class StageLogic {
 public:
  virtual ~StageLogic() = default;
  // Transforms the envelope in place (replaces its payload with this stage's output). A non-ok
  // Status makes the runner send a dead letter carrying the reason and the input instead.
  // Exceptions are caught and treated the same way.
  virtual Status Process(v1::Envelope& envelope) = 0;
  // Dead letters travel to the store; other stages pass them through unchanged.
  virtual bool HandlesDeadLetters() const { return false; }

  // Batching, for a stage whose work is cheaper in groups (the store commits several articles
  // in one transaction): the runner hands up to MaxBatch() envelopes that are already waiting
  // to ProcessBatch together. Envelopes of a replay (attempt > 1) always go alone, so that a
  // crash is blamed on exactly the article that caused it.
  virtual size_t MaxBatch() const { return 1; }
  // Processes each envelope in place and sets its Status (statuses.size() == envelopes.size()),
  // with the meaning Process() gives it. Default: Process() on each.
  //
  // A Status with code kBusy means "not processed, for a passing reason" (a database server
  // that is restarting): the runner keeps the envelope, sends nothing for it, keeps
  // heartbeating, and calls again after a capped exponential backoff, without reading new
  // input meanwhile. Each call must return within a second or two (heartbeats wait for it).
  virtual void ProcessBatch(std::span<v1::Envelope*> envelopes, std::span<Status> statuses);
};

// A stage whose work finishes later, many envelopes at once (the fetch stage's downloads).
// The runner keeps everything StageLogic gets (sockets, heartbeats, crash note, dead letters)
// and drives the logic by calling Poll() with a timeout that never makes a heartbeat late.
// Called from one thread only.
class AsyncStageLogic {
 public:
  using Ticket = uint64_t;
  // An envelope the logic is done with: ok sends the (transformed) envelope downstream, a
  // non-ok status sends a dead letter carrying the reason and the input instead.
  struct Done {
    Ticket ticket;
    Status status;
  };

  virtual ~AsyncStageLogic() = default;
  // Begins work on `*envelope`, which the runner keeps alive and leaves alone until `ticket`
  // is reported in a Done, either here (work that needs no waiting) or from a later Poll().
  // Exceptions are caught and end the envelope as a dead letter.
  virtual void Start(Ticket ticket, v1::Envelope* envelope, std::vector<Done>* done) = 0;
  // Whether another envelope may be started now; while false the runner leaves its input
  // socket unread (backpressure reaches the daemon).
  virtual bool HasRoom() const = 0;
  // Makes progress for at most `timeout`, returning early when any of `wake_fds` (the
  // runner's sockets) becomes readable; appends the envelopes it finished.
  virtual void Poll(std::chrono::milliseconds timeout, std::span<const int> wake_fds,
                    std::vector<Done>* done) = 0;
  // Dead letters travel to the store; other stages pass them through unchanged.
  virtual bool HandlesDeadLetters() const { return false; }
  // Adds stage-specific samples (Heartbeat.samples) to each heartbeat.
  virtual void AddMetrics(v1::Heartbeat* heartbeat) const {}
  // Moves out dead letters about work that did not come through the runner's input (a feed
  // the stage polls by itself); the runner sends them downstream to the store. Called after
  // every Poll().
  virtual void TakeDeadLetters(std::vector<v1::DeadLetter>* letters) {}
};

struct StageRunnerOptions {
  std::string stage;               // "clean"
  std::string in_endpoint;         // daemon's "<stage>.in" (its ROUTER; we are a DEALER giving credits)
  std::string out_endpoint;        // daemon's "<stage>.out" (PULL side; we PUSH)
  std::string control_endpoint;    // daemon's control PULL (heartbeats)
  uint32_t replica = 0;
  int heartbeat_interval_ms = 1000;
  int hwm = 100;                   // socket queues; also the window of an AsyncStageLogic
  std::string log_level = "info";
  // Where to keep the crash note (tidings/crash_note.h); empty: none (a stage run by hand).
  std::string crash_note;
  // FAULT INJECTION, for tests only (the poison-input tests): when an envelope's bytes contain
  // this marker the stage aborts (SIGABRT) / hangs forever instead of processing it, as a stage
  // hitting a crash or an endless loop in its logic would. Empty (the default): never.
  std::string fault_crash_on;
  std::string fault_hang_on;
};

// Registers --in, --out, --control, --replica, --heartbeat-ms, --hwm, --log-level,
// --crash-note and the fault-injection options on `app`.
void AddStageRunnerOptions(CLI::App& app, StageRunnerOptions* options);

// Runs until SIGTERM/SIGINT. Returns a process exit code (kExitOk after a clean stop).
// `logic` must outlive the call.
int RunStage(const StageRunnerOptions& options, StageLogic& logic);
// The same for a stage with many envelopes in flight. Envelopes still held at SIGTERM are not
// answered; the daemon re-injects them from its journal.
int RunStage(const StageRunnerOptions& options, AsyncStageLogic& logic);

}  // namespace tidings
