// The daemon's hub, on one thread of its own: articles come in through the intake, are
// journaled, travel stage to stage over the hops (the daemon binds them all; stage replicas
// connect), and leave as events once the store has committed them. forwarder.cc is the route
// of an article; the parts are the intake (intake.h), the hops (hop_router.h), the in-flight
// bookkeeping (in_flight_table.h), replay (replay.h) and the publisher (event_publisher.h).
//
//   client --PUSH--> [push PULL]  \                     /--> [fetch.in] -> fetch (url only)
//   client --DEALER-> [ack ROUTER] +-> journal -> route +--> [clean.in] -> clean -> extract ...
//   stage  --PUSH--> [<stage>.out PULL] -> next stage / store; store.out -> complete + publish
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "daemon/journal.h"
#include "daemon/metrics.h"
#include "daemon/route_log.h"
#include "tidings/config.h"
#include "tidings/status.h"

namespace tidings::daemon {

// Where everything was bound (ephemeral ports resolved).
struct BoundEndpoints {
  std::string push, ack, publish;
  std::map<std::string, std::string> stage_in;   // stage -> endpoint its replicas PULL from
  std::map<std::string, std::string> stage_out;  // stage -> endpoint its replicas PUSH to
};

class PipelineForwarder {
 public:
  // `config`, `journal`, `metrics` and `routes` (may be null) must outlive the forwarder.
  // `routes` gets the route of every article the store completes.
  PipelineForwarder(const DaemonConfig& config, Journal& journal, MetricsRegistry& metrics,
                    RouteLog* routes = nullptr);
  ~PipelineForwarder();

  // Binds every socket. Call once, before Run(), from any thread.
  Status Bind(BoundEndpoints* bound);

  // The forwarding loop; returns after Stop(). Call from the forwarder's own thread.
  // Replays every open journal entry first (articles accepted before a restart).
  void Run();

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
  // A living process of `stage` still holds these articles (its heartbeat says so): their
  // replay timeout starts again, as they are not lost; `blocked`: so does that of every article
  // sent to `stage` (queued behind a replica that cannot take more now). Thread-safe.
  void NoteHeld(const std::string& stage, std::vector<std::string> article_ids, bool blocked = false);
  void Stop();
  // Thread-safe.
  uint64_t InFlight() const { return in_flight_count_.load(); }
  uint64_t InFlightBytes() const { return in_flight_bytes_.load(); }
  bool IntakeStopped() const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
  std::atomic<uint64_t> in_flight_count_{0};
  std::atomic<uint64_t> in_flight_bytes_{0};
};

}  // namespace tidings::daemon
