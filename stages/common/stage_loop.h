// Internal to the stage runner (not for stages to include): what the loop for a StageLogic
// (batches, busy retries) and the loop for an AsyncStageLogic (many envelopes in flight)
// share: the three sockets, credits for input, hop decoding, dead letters, heartbeats, latency
// histogram, crash note and fault injection. One thread only.
//
// Input is credit-based: the replica tells the daemon how many envelopes it has room for
// (HopCredit on its input DEALER) and gives one back per envelope it is done with, so the
// daemon sends each article to the replica with the most room.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>
#include <zmq.hpp>

#include "tidings/crash_note.h"
#include "tidings/stage_runner.h"

namespace tidings::internal {

// Set by SIGTERM/SIGINT; the loops stop when it is.
extern std::atomic<bool> g_stop;

class StageLoopBase {
 public:
  // `window`: envelopes this replica takes before it has finished any (at least 1).
  StageLoopBase(const StageRunnerOptions& o, bool handles_dead_letters, uint32_t window);
  virtual ~StageLoopBase() = default;

 protected:
  // An envelope taken from its hop message ([HopHeader][payload]), with the payload kept for
  // dead letters.
  struct Work {
    zmq::message_t msg;  // the payload frame
    v1::Envelope env;
    int64_t start_us = 0;
    int64_t cpu_us = 0;  // the logic's thread CPU time on it (on its batch)
  };

  // True when `w` holds an envelope for the logic. False when the message needs no processing
  // here; w->env is then what to send on instead: a dead letter for a message that was not a
  // valid hop, or a dead letter this stage passes through.
  bool Decode(std::vector<zmq::message_t>& frames, Work* w);
  // The envelope to send for `w` once the logic reported `status` (the result, or a dead letter
  // with the reason and the input); records the latency.
  v1::Envelope Result(Work& w, const Status& status);

  // Test-only fault injection (see StageRunnerOptions::fault_crash_on): behaves like logic
  // that crashes or loops forever on one particular input.
  void InjectFaults(const zmq::message_t& msg);

  // Room for `n` more envelopes (the window at start, then one per envelope finished).
  void GrantCredits(uint32_t n);
  // Call when nothing is being processed: after a heartbeat interval without input, the whole
  // window is granted again as a reset, so a daemon that restarted (and forgot the credits
  // this replica gave the old one) sends work again.
  void ResyncCreditsWhenIdle();
  void NoteInput();
  uint32_t window() const { return window_; }

  int TimeToHeartbeatMs() const;
  bool HeartbeatDue() const;
  void MaybeHeartbeat();
  void SendHeartbeat(bool stopping);
  // Adds what a loop knows beyond the counters (held articles, stage samples).
  virtual void AddToHeartbeat(v1::Heartbeat*) const {}

  const StageRunnerOptions& o_;
  const bool handles_dead_letters_;
  zmq::context_t ctx_;
  zmq::socket_t in_, out_, control_;
  uint64_t received_ = 0, sent_ = 0, errors_ = 0;
  std::unique_ptr<CrashNoteWriter> note_;
  std::string current_article_id_;

 private:
  void RecordLatency(int64_t us);

  void SendCredit(uint32_t n, bool reset);

  const uint32_t window_;
  int64_t last_input_us_ = 0, last_resync_us_ = 0;
  uint64_t busy_us_ = 0, latency_sum_us_ = 0, overflow_ = 0;
  std::array<uint64_t, 16> latency_counts_{};
  int64_t last_heartbeat_us_ = 0;
};

// Runs `logic` until SIGTERM/SIGINT (the loop of async_stage_loop.cc).
int RunAsyncLoop(const StageRunnerOptions& options, AsyncStageLogic& logic);

}  // namespace tidings::internal
