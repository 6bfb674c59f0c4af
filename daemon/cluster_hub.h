// Cluster mode, main side: the [cluster] listen socket where worker daemons join. A joining
// worker gets the hop endpoints its replicas connect to (and the main's CURVE public key when
// the hops leave the host); then it reports its replicas once per heartbeat interval, and each
// report is answered with the welcome again (the worker's sign of life of the main). A worker
// that falls silent for `liveness` intervals is lost: the articles sent to its stages are
// re-injected from the journal (`on_stage_lost`), as for a local restart. So is a worker
// replica whose process changed.
//
// Thread-safety: Bind() and Start() from one thread; the socket is then served on the hub's
// own thread (callbacks run there); Replicas(), Workers() and Stop() from any thread.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <vector>
#include <zmq.hpp>

#include "daemon/health.h"
#include "tidings/config.h"
#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::daemon {

class ClusterHub {
 public:
  using Clock = std::chrono::steady_clock;
  // Called with a stage whose worker replica was lost (worker silent, or replica restarted).
  using StageLostFn = std::function<void(const std::string& stage)>;

  explicit ClusterHub(const DaemonConfig& config);
  ~ClusterHub();

  // Binds config.cluster_listen. `welcome` is what every joining worker receives.
  Status Bind(v1::ClusterWelcome welcome, std::string* bound);
  void Start(StageLostFn on_stage_lost);
  void Stop();

  std::vector<ReplicaHealth> Replicas() const;
  std::vector<WorkerHealth> Workers() const;

  // The endpoint a worker on another host dials for a hop bound at `bound` (a wildcard host
  // such as 0.0.0.0 or * is replaced by the host of `listen`).
  static std::string Advertised(const std::string& bound, const std::string& listen);

 private:
  struct Worker {
    std::string host;
    Clock::time_point last_report;
    bool up = false;
    std::vector<v1::ReplicaState> replicas;
  };
  void Serve();
  void Handle(const std::string& identity, const v1::ClusterMessage& message);
  void CheckLiveness(Clock::time_point now);

  const std::string listen_;
  const std::chrono::milliseconds window_;  // liveness x heartbeat interval
  zmq::context_t ctx_;
  zmq::socket_t socket_;
  v1::ClusterWelcome welcome_;
  StageLostFn on_stage_lost_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
  mutable std::mutex mu_;
  std::map<std::string, Worker> workers_;  // by name; guarded by mu_
};

}  // namespace tidings::daemon
