// The building blocks both roles of tidingsd (main daemon, cluster worker) are assembled from:
// the data-directory lock, supervision options, stage command lines, heartbeats turned into
// metrics and liveness, the local replicas as /healthz shows them, and the runtime file.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "daemon/health.h"
#include "daemon/metrics.h"
#include "daemon/process_supervisor.h"
#include "tidings/config.h"
#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"
#include "tidings/wire.h"

namespace tidings::daemon {

namespace fs = std::filesystem;

// One daemon per data directory (a second one would share the journal and the store): an
// flock'ed daemon.lock. Returns the fd to keep open, or -1 with `*error` set.
int LockDataDir(const fs::path& dir, std::string* error);
// Where a stage process notes the article it is processing (tidings/crash_note.h).
fs::path CrashNotePath(const fs::path& data_dir, const std::string& stage, int replica);
bool SplitHostPort(const std::string& listen, std::string* host, uint16_t* port);
std::string HostName();

// Client sockets beyond loopback need CURVE; so do hops that leave the host. A Config error
// says what to configure.
Status CheckEndpointSecurity(const DaemonConfig& config);

SupervisorOptions SupervisorOptionsFrom(const DaemonConfig& config);

// Where a role's stage replicas connect.
struct StageWiring {
  std::map<std::string, std::string> in, out;  // stage -> endpoint
  std::string control;                         // heartbeats
  CurveKeys curve;                             // hop client keys (server_key set) or none
  // The main daemon's ack socket: fetch replica 0 polls the feed registry and offers the new
  // items there (empty on a worker: its fetch replicas poll no feeds).
  std::string ack;
  // The feed poller's environment (its CURVE client keys when the ack socket needs them).
  std::vector<std::pair<std::string, std::string>> feed_poller_env;
};
// The children to supervise: every replica of every stage with replicas here.
std::vector<ChildSpec> StageChildSpecs(const DaemonConfig& config, const StageWiring& wiring,
                                       const fs::path& data_dir, const std::string& stage_dir);

// [[feeds]] become the feed registry's config feeds (the fetch stage polls the registry);
// feeds added with `tidings feeds add` stay. A Config error when feeds are configured but
// this tidingsd was built without the fetch stage's feeds.
Status SyncFeeds(const fs::path& data_dir, const std::vector<FeedConfig>& feeds);

// With CURVE on, the feed poller is a client of the ack socket like any other: it gets a key
// pair of its own for this run, added to `config`'s allowed clients. Returns the poller's
// environment (StageWiring::feed_poller_env); empty without CURVE.
std::vector<std::pair<std::string, std::string>> FeedPollerKeys(DaemonConfig* config);

// Stage-specific samples of a heartbeat (e.g. tidings_fetch_total{outcome}) as metrics with
// the stage's labels: names ending in _total are counters, others gauges.
void ExportStageSamples(MetricsRegistry& metrics, const v1::Heartbeat& hb, const Labels& stage_labels);

// Heartbeats: counters and latency histograms into `metrics`, liveness into the supervisor
// and what each replica is processing (for /healthz). Thread-safe.
class ReplicaActivity {
 public:
  ReplicaActivity(MetricsRegistry& metrics, ProcessSupervisor& supervisor)
      : metrics_(metrics), supervisor_(supervisor) {}
  void NoteHeartbeat(const v1::Heartbeat& hb);
  // The local replicas as /healthz lists them.
  std::vector<ReplicaHealth> Replicas() const;
  // Also keeps tidings_stage_up / _restarts_total / tidings_replica_info current.
  void UpdateMetrics(const std::vector<ReplicaHealth>& replicas);

 private:
  struct Counts {
    uint64_t received = 0, sent = 0, errors = 0;
    std::string processing;
  };
  MetricsRegistry& metrics_;
  ProcessSupervisor& supervisor_;
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, Counts> counts_;  // guarded by mu_
};

// Writes daemon.json atomically (a temporary file renamed over it).
// `owner_only`: mode 0600 (the file names a database URL that may carry a password).
void WriteRuntimeFile(const fs::path& path, const nlohmann::ordered_json& json, bool owner_only = false);

}  // namespace tidings::daemon
