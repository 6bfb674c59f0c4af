// Internal to the stage runner (not for stages to include): what the loop for a StageLogic
// (batches, busy retries) and the loop for an AsyncStageLogic (many envelopes in flight)
// share: the three sockets, hop decoding, dead letters, heartbeats, latency histogram, crash
// note and fault injection. One thread only.
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
  StageLoopBase(const StageRunnerOptions& o, bool handles_dead_letters);
  virtual ~StageLoopBase() = default;

 protected:
  // An envelope taken from its hop message ([HopHeader][payload]), with the payload kept for
  // dead letters.
  struct Work {
    zmq::message_t msg;  // the payload frame
    v1::Envelope env;
    int64_t start_us = 0;
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

  uint64_t busy_us_ = 0, latency_sum_us_ = 0, overflow_ = 0;
  std::array<uint64_t, 16> latency_counts_{};
  int64_t last_heartbeat_us_ = 0;
};

// Runs `logic` until SIGTERM/SIGINT (the loop of async_stage_loop.cc).
int RunAsyncLoop(const StageRunnerOptions& options, AsyncStageLogic& logic);

}  // namespace tidings::internal
