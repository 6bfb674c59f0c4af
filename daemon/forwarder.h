// The daemon's ZeroMQ side, on one thread of its own: the inbound sockets (ingest), the
// journal, every hop between stages (the daemon binds them all; stage replicas connect), the
// dead-letter route to the store, completion, replay and the outbound PUB socket.
//
//   client --PUSH--> [push PULL]  \                         /--> [fetch.in PUSH] -> fetch
//   client --DEALER-> [ack ROUTER] +-> journal -> route ----+--> [clean.in PUSH] -> clean ...
//   stage  --PUSH--> [<stage>.out PULL] -> next stage / store; store.out -> complete + publish
//   stage  --PUSH--> [control PULL] (heartbeats)
#pragma once

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "daemon/journal.h"
#include "daemon/metrics.h"
#include "tidings/config.h"
#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::daemon {

// Where everything was bound (ephemeral ports resolved).
struct BoundEndpoints {
  std::string push, ack, publish, control;
  std::map<std::string, std::string> stage_in;   // stage -> endpoint its replicas PULL from
  std::map<std::string, std::string> stage_out;  // stage -> endpoint its replicas PUSH to
};

class PipelineForwarder {
 public:
  // `journal` and `metrics` must outlive the forwarder.
  PipelineForwarder(const DaemonConfig& config, Journal& journal, MetricsRegistry& metrics);
  ~PipelineForwarder();

  // Binds every socket. Call once, before Run(), from any thread.
  Status Bind(BoundEndpoints* bound);

  // The forwarding loop; returns after Stop(). Call from the forwarder's own thread.
  // Replays every open journal entry first (articles accepted before a restart).
  void Run();

  // Called on the forwarder thread for every heartbeat; set before Run().
  void SetHeartbeatHandler(std::function<void(const v1::Heartbeat&)> handler);

  // Thread-safe requests, acted on within ~250 ms, in the order they were made.
  void StopIntake();                      // refuse new articles ("busy: shutting down")
  // A process of `stage` died and was replaced (call when the new one starts): whatever was
  // sent to that stage before now may be lost with the old process's socket queues, so those
  // articles are re-injected from the journal (attempt + 1). This is not a failed attempt:
  // re-injected articles do not move towards poison status.
  void NoteStageRestarted(const std::string& stage);
  // A process of `stage` died (crashed, was killed, or was killed for hanging) while its
  // crash note says it was processing `article_id`: that article gets a strike (a failed
  // attempt, `reason` kept as its last error). With replay.max_attempts strikes it is set
  // aside as a dead letter (poison input) instead of being re-injected.
  void ReportCrash(const std::string& stage, const std::string& article_id, const std::string& reason);
  void Stop();
  uint64_t InFlight() const { return in_flight_count_.load(); }
  bool IntakeStopped() const { return intake_stopped_.load(); }

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
  std::atomic<uint64_t> in_flight_count_{0};
  std::atomic<bool> intake_stopped_{false};
};

// Checks an inbound article. Fills `article` and a derived id when the client gave none.
// Rejection reasons are written for the client ("article has neither url, html nor text").
Status ValidateInboundArticle(const void* data, size_t size, uint64_t max_article_bytes,
                              v1::Article* article);

}  // namespace tidings::daemon
