#include "daemon/app_parts.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <unistd.h>
#include <zmq.h>

#include <cstring>
#include <fstream>

#include "daemon/store_settings.h"
#include "tidings/runtime_paths.h"
#ifdef TIDINGS_WITH_FEEDS
#include "fetch/feed_registry.h"
#endif

namespace tidings::daemon {

int LockDataDir(const fs::path& dir, std::string* error) {
  fs::path lock = dir / "daemon.lock";
  int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = fmt::format("cannot create {}: {}", lock.string(), std::strerror(errno));
    return -1;
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    *error = fmt::format("another tidingsd is running on {} (lock {} is held)", dir.string(), lock.string());
    ::close(fd);
    return -1;
  }
  return fd;
}

fs::path CrashNotePath(const fs::path& data_dir, const std::string& stage, int replica) {
  return data_dir / "run" / fmt::format("{}-{}.note", stage, replica);
}

bool SplitHostPort(const std::string& listen, std::string* host, uint16_t* port) {
  auto colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  *host = listen.substr(0, colon);
  if (host->size() > 2 && host->front() == '[') *host = host->substr(1, host->size() - 2);
  try {
    int p = std::stoi(listen.substr(colon + 1));
    if (p < 0 || p > 65535) return false;
    *port = static_cast<uint16_t>(p);
  } catch (...) {
    return false;
  }
  return true;
}

std::string HostName() {
  char name[256] = {};
  if (::gethostname(name, sizeof name - 1) != 0) return "localhost";
  return name;
}

Status CheckEndpointSecurity(const DaemonConfig& config) {
  // Client-facing sockets beyond loopback serve whoever can reach them: only with CURVE
  // (encryption, and clients identified by their public keys).
  for (const auto* ep : {&config.push_endpoint, &config.ack_endpoint, &config.publish_endpoint}) {
    if (!IsLoopbackEndpoint(*ep) && !config.CurveEnabled()) {
      return Status::Config(fmt::format(
          "{} is not a loopback endpoint: binding a client socket beyond this host requires ZeroMQ "
          "CURVE keys. Run `tidings keygen --prefix curve_`, put its two lines (curve_public_key, "
          "curve_secret_key) in the [security] table, and list the client public keys to serve in "
          "security.curve_allowed_clients (or set security.curve_allow_any_client = true)",
          *ep));
    }
  }
  bool hops_leave_host = !IsLoopbackEndpoint(config.hop_bind);
  for (const auto& [key, endpoint] : config.hop_endpoints) {
    hops_leave_host = hops_leave_host || (!endpoint.empty() && !IsLoopbackEndpoint(endpoint));
  }
  if (hops_leave_host && !config.CurveEnabled()) {
    return Status::Config(
        "hops bind beyond loopback (hops.bind or a [hops] endpoint): stages on other hosts connect "
        "to them, so they are CURVE-encrypted and need keys. Run `tidings keygen --prefix curve_`, "
        "put its two lines in [security], and list the workers' (or remote stages') public keys in "
        "security.curve_allowed_clients");
  }
  return ValidateCurveConfig(config);
}

SupervisorOptions SupervisorOptionsFrom(const DaemonConfig& config) {
  SupervisorOptions o;
  o.backoff.initial = Millis(config.backoff_initial_ms);
  o.backoff.max = Millis(config.backoff_max_ms);
  o.backoff.stable_after = Millis(config.stable_after_s * 1000);
  o.intensity.max_restarts = config.intensity_restarts;
  o.intensity.period = Millis(config.intensity_window_s * 1000);
  o.heartbeat_interval = Millis(config.heartbeat_interval_ms);
  o.liveness = config.liveness;
  o.start_grace = Millis(config.start_grace_ms);
  return o;
}

namespace {

std::string FindStageExecutable(const StageConfig& stage, const std::string& stage_dir) {
  if (!stage.executable.empty()) return stage.executable;
  fs::path beside = fs::path(stage_dir) / ("tidings-" + stage.name);
  if (fs::exists(beside)) return beside.string();
  return "tidings-" + stage.name;  // searched in PATH by the supervisor
}

// The crawler's [fetch] options and seen-set; replica 0 also polls the feeds (their items
// enter through the ack socket, like a client's acknowledged push).
void AddFetchStageArgs(const DaemonConfig& config, const StageWiring& wiring, const fs::path& data_dir,
                       int replica, ChildSpec* spec) {
  for (auto& a : FetchStageArgs(config.fetch)) spec->argv.push_back(std::move(a));
  spec->argv.push_back("--seen-db");
  spec->argv.push_back(FetchSeenPath(data_dir).string());
  if (replica == 0 && !wiring.ack.empty()) {
    spec->argv.insert(spec->argv.end(), {"--feeds-db", FeedsPath(data_dir).string(), "--ack", wiring.ack});
    spec->env = wiring.feed_poller_env;
  }
}

}  // namespace

Status SyncFeeds(const fs::path& data_dir, const std::vector<FeedConfig>& feeds) {
#ifdef TIDINGS_WITH_FEEDS
  std::unique_ptr<fetch::FeedRegistry> registry;
  if (Status s = fetch::FeedRegistry::Open(FeedsPath(data_dir), &registry); !s.ok()) return s;
  return registry->SyncConfig(feeds, NowUnixMillis() / 1000);
#else
  (void)data_dir;
  if (feeds.empty()) return Status::Ok();
  return Status::Config("[[feeds]] configured, but this tidingsd was built without the fetch stage's feeds");
#endif
}

std::vector<std::pair<std::string, std::string>> FeedPollerKeys(DaemonConfig* config) {
  if (!config->CurveEnabled()) return {};
  char public_key[41], secret_key[41];
  if (zmq_curve_keypair(public_key, secret_key) != 0) {
    spdlog::error("feeds: no CURVE key pair for the feed poller ({}); feed items cannot enter",
                  zmq_strerror(zmq_errno()));
    return {};
  }
  config->curve_allowed_clients.push_back(public_key);
  return {{"TIDINGS_FETCH_CURVE_SERVER_KEY", config->curve_public_key},
          {"TIDINGS_FETCH_CURVE_PUBLIC_KEY", public_key},
          {"TIDINGS_FETCH_CURVE_SECRET_KEY", secret_key}};
}

void ExportStageSamples(MetricsRegistry& metrics, const v1::Heartbeat& hb, const Labels& stage_labels) {
  for (const auto& sample : hb.samples()) {
    Labels labels = stage_labels;
    std::map<std::string, std::string> sorted(sample.labels().begin(), sample.labels().end());
    for (const auto& [k, v] : sorted) labels.emplace_back(k, v);
    const std::string help = "Reported by the " + hb.stage() + " stage";
    try {
      if (sample.name().ends_with("_total")) {
        metrics.GetCounter(sample.name(), help, labels).Set(sample.value());
      } else {
        metrics.GetGauge(sample.name(), help, labels).Set(sample.value());
      }
    } catch (const std::logic_error& e) {  // a name clash must not take the daemon down
      spdlog::warn("heartbeat from {}[{}]: metric {}: {}", hb.stage(), hb.replica(), sample.name(), e.what());
    }
  }
}

std::vector<ChildSpec> StageChildSpecs(const DaemonConfig& config, const StageWiring& wiring,
                                       const fs::path& data_dir, const std::string& stage_dir) {
  std::vector<ChildSpec> specs;
  for (const auto& stage : config.stages) {
    if (stage.remote || !wiring.in.count(stage.name)) continue;
    for (int r = 0; r < stage.replicas; ++r) {
      ChildSpec spec;
      spec.name = stage.name;
      spec.replica = r;
      spec.nice = stage.nice;
      spec.argv = {FindStageExecutable(stage, stage_dir),
                   "--in", wiring.in.at(stage.name),
                   "--out", wiring.out.at(stage.name),
                   "--control", wiring.control,
                   "--replica", std::to_string(r),
                   "--heartbeat-ms", std::to_string(config.heartbeat_interval_ms),
                   "--hwm", std::to_string(std::max(1, config.hop_hwm / 10)),
                   "--log-level", config.log_level,
                   "--crash-note", CrashNotePath(data_dir, stage.name, r).string()};
      if (stage.name == "store") AddStoreStageArgs(config, data_dir, &spec);
      if (stage.name == "fetch") AddFetchStageArgs(config, wiring, data_dir, r, &spec);
      for (const auto& a : stage.args) spec.argv.push_back(a);
      // Keys in the environment, not on the command line (which any local user can read).
      if (wiring.curve.enabled()) {
        spec.env.emplace_back("TIDINGS_CURVE_SERVER_KEY", wiring.curve.server_key);
        spec.env.emplace_back("TIDINGS_CURVE_PUBLIC_KEY", wiring.curve.public_key);
        spec.env.emplace_back("TIDINGS_CURVE_SECRET_KEY", wiring.curve.secret_key);
      }
      specs.push_back(std::move(spec));
    }
  }
  return specs;
}

void ReplicaActivity::NoteHeartbeat(const v1::Heartbeat& hb) {
  Labels labels{{"stage", hb.stage()}, {"replica", std::to_string(hb.replica())}};
  metrics_.GetCounter("tidings_stage_received_total", "Envelopes a stage received", labels).Set(hb.received());
  metrics_.GetCounter("tidings_stage_sent_total", "Envelopes a stage sent downstream", labels).Set(hb.sent());
  metrics_.GetCounter("tidings_stage_errors_total", "Dead letters a stage produced", labels).Set(hb.errors());
  if (hb.latency_bounds_us_size() > 0 && hb.latency_counts_size() == hb.latency_bounds_us_size()) {
    BucketCounts b;
    for (auto us : hb.latency_bounds_us()) b.upper_bounds.push_back(us / 1e6);
    b.counts.assign(hb.latency_counts().begin(), hb.latency_counts().end());
    b.sum = hb.latency_sum_us() / 1e6;
    Status hs = metrics_.SetHistogramFromBuckets("tidings_stage_latency_seconds", "Processing time per envelope",
                                                 labels, b);
    if (!hs.ok()) spdlog::warn("heartbeat from {}[{}]: {}", hb.stage(), hb.replica(), hs.ToString());
  }
  ExportStageSamples(metrics_, hb, labels);
  const int replica = static_cast<int>(hb.replica());
  if (supervisor_.NoteHeartbeat(hb.stage(), replica, hb.pid())) {
    std::lock_guard lock(mu_);
    Counts& c = counts_[{hb.stage(), replica}];
    c.received = hb.received();
    c.sent = hb.sent();
    c.errors = hb.errors();
    c.processing = hb.current_article_id();
  }
}

std::vector<ReplicaHealth> ReplicaActivity::Replicas() const {
  std::vector<ReplicaHealth> out;
  for (const auto& c : supervisor_.Snapshot()) {
    ReplicaHealth r;
    r.stage = c.name;
    r.replica = c.replica;
    r.pid = c.pid;
    r.state = ChildStateName(c.state);
    r.up = c.state == ChildState::kRunning && c.heartbeat_seen;
    r.restarts = c.restarts;
    r.uptime_s = c.uptime.count() / 1000.0;
    if (c.last_exit) r.last_exit = c.last_exit->Describe();
    {
      std::lock_guard lock(mu_);
      auto it = counts_.find({c.name, c.replica});
      if (it != counts_.end()) r.processing = it->second.processing;
    }
    out.push_back(std::move(r));
  }
  return out;
}

void ReplicaActivity::UpdateMetrics(const std::vector<ReplicaHealth>& replicas) {
  const std::string here = HostName();
  for (const auto& r : replicas) {
    if (r.host.empty()) {  // this host's replicas; a worker's own /metrics has its replicas
      Labels labels{{"stage", r.stage}, {"replica", std::to_string(r.replica)}};
      metrics_.GetCounter("tidings_stage_restarts_total", "Restarts of a stage process", labels).Set(r.restarts);
      metrics_.GetGauge("tidings_stage_up", "1 when the stage process runs and heartbeats", labels).Set(r.up ? 1 : 0);
    }
    metrics_.GetGauge("tidings_replica_info", "Every stage replica with the host it runs on: 1 when up",
                      {{"stage", r.stage}, {"replica", std::to_string(r.replica)},
                       {"host", r.host.empty() ? here : r.host}})
        .Set(r.up ? 1 : 0);
  }
}

void WriteRuntimeFile(const fs::path& path, const nlohmann::ordered_json& json, bool owner_only) {
  fs::path tmp = path;
  tmp += ".tmp";
  std::error_code ec;
  if (owner_only) {  // made private before anything is written into it
    { std::ofstream touch(tmp); }
    fs::permissions(tmp, fs::perms::owner_read | fs::perms::owner_write, ec);
  }
  std::ofstream(tmp) << json.dump(2) << "\n";
  fs::rename(tmp, path, ec);
}

}  // namespace tidings::daemon
