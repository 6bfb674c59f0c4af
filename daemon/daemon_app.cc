#include "daemon/daemon_app.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sys/file.h>
#include <unistd.h>
#include <zmq.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "daemon/forwarder.h"
#include "daemon/http_server.h"
#include "daemon/journal.h"
#include "daemon/metrics.h"
#include "daemon/process_supervisor.h"
#include "tidings/crash_note.h"
#include "tidings/runtime_paths.h"
#include "tidings/wire.h"
#ifdef TIDINGS_WITH_FEEDS
#include "fetch/feed_registry.h"
#endif

namespace tidings::daemon {

namespace fs = std::filesystem;
namespace asio = boost::asio;

namespace {

std::string FindStageExecutable(const StageConfig& stage, const std::string& stage_dir) {
  if (!stage.executable.empty()) return stage.executable;
  fs::path beside = fs::path(stage_dir) / ("tidings-" + stage.name);
  if (fs::exists(beside)) return beside.string();
  return "tidings-" + stage.name;  // searched in PATH by the supervisor
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

// One daemon per data directory: a second one would share the journal and the store.
// Where a stage process notes the article it is processing (tidings/crash_note.h).
fs::path CrashNotePath(const fs::path& data_dir, const std::string& stage, int replica) {
  return data_dir / "run" / fmt::format("{}-{}.note", stage, replica);
}

// Stage-specific samples of a heartbeat (e.g. tidings_fetch_total{outcome}) as metrics with
// the stage's labels: names ending in _total are counters, others gauges.
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

// [[feeds]] become the registry's config feeds (the fetch stage polls the registry); feeds
// added with `tidings feeds add` stay.
Status SyncFeeds(const fs::path& data_dir, const std::vector<FeedConfig>& feeds) {
#ifdef TIDINGS_WITH_FEEDS
  std::unique_ptr<fetch::FeedRegistry> registry;
  if (Status s = fetch::FeedRegistry::Open(FeedsPath(data_dir), &registry); !s.ok()) return s;
  return registry->SyncConfig(feeds, NowUnixMillis() / 1000);
#else
  if (feeds.empty()) return Status::Ok();
  return Status::Config("[[feeds]] configured, but this tidingsd was built without the fetch stage's feeds");
#endif
}

int LockDataDir(const fs::path& dir, std::string* error) {
  fs::path lock = dir / "daemon.lock";
  int fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    *error = fmt::format("cannot create {}: {}", lock.string(), std::strerror(errno));
    return -1;
  }
  if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
    *error = fmt::format("another tidingsd is running on {} (lock {} is held)", dir.string(),
                         lock.string());
    ::close(fd);
    return -1;
  }
  return fd;
}

}  // namespace

DaemonApp::DaemonApp(DaemonConfig config, std::string stage_dir)
    : config_(std::move(config)), stage_dir_(std::move(stage_dir)) {}

int DaemonApp::Run() {
  const fs::path data_dir = ResolveDataDir(config_.data_dir);
  std::error_code ec;
  fs::create_directories(data_dir, ec);
  if (ec) {
    spdlog::critical("cannot create data directory {}: {}", data_dir.string(), ec.message());
    return kDaemonConfig;
  }
  std::string error;
  int lock_fd = LockDataDir(data_dir, &error);
  if (lock_fd < 0) {
    spdlog::critical("{}", error);
    return kDaemonConfig;
  }

  // Client-facing sockets beyond loopback serve whoever can reach them: only with CURVE
  // (encryption, and clients identified by their public keys).
  for (const auto* ep : {&config_.push_endpoint, &config_.ack_endpoint, &config_.publish_endpoint}) {
    if (!IsLoopbackEndpoint(*ep) && !config_.CurveEnabled()) {
      spdlog::critical(
          "{} is not a loopback endpoint: binding a client socket beyond this host requires ZeroMQ "
          "CURVE keys. Run `tidings keygen --prefix curve_`, put its two lines (curve_public_key, "
          "curve_secret_key) in the [security] table, and list the client public keys to serve in "
          "security.curve_allowed_clients (or set security.curve_allow_any_client = true)",
          *ep);
      return kDaemonConfig;
    }
  }
  if (Status cs = ValidateCurveConfig(config_); !cs.ok()) {
    spdlog::critical("{}", cs.ToString());
    return kDaemonConfig;
  }
  if (!IsLoopbackEndpoint(config_.hop_bind)) {
    spdlog::warn("hops.bind {} is not loopback: the internal hops carry no authentication; keep "
                 "them on a private network", config_.hop_bind);
  }

  std::unique_ptr<Journal> journal;
  Status s = Journal::Open(JournalPath(data_dir), &journal);
  if (!s.ok()) {
    spdlog::critical("journal: {}", s.ToString());
    return kDaemonConfig;
  }
  if (s = SyncFeeds(data_dir, config_.feeds); !s.ok()) {
    spdlog::critical("feeds: {}", s.ToString());
    return kDaemonConfig;
  }
  // With CURVE on, the fetch stage's feed poller is a client of the ack socket too: it gets a
  // key pair of its own for this run (allowed here, handed over in its environment).
  std::vector<std::pair<std::string, std::string>> feed_poller_env;
  if (config_.CurveEnabled()) {
    char public_key[41], secret_key[41];
    if (zmq_curve_keypair(public_key, secret_key) == 0) {
      config_.curve_allowed_clients.push_back(public_key);
      feed_poller_env = {{"TIDINGS_FETCH_CURVE_SERVER_KEY", config_.curve_public_key},
                         {"TIDINGS_FETCH_CURVE_PUBLIC_KEY", public_key},
                         {"TIDINGS_FETCH_CURVE_SECRET_KEY", secret_key}};
    }
  }
  MetricsRegistry metrics;
  PipelineForwarder forwarder(config_, *journal, metrics);
  BoundEndpoints bound;
  s = forwarder.Bind(&bound);
  if (!s.ok()) {
    spdlog::critical("{}", s.ToString());
    return kDaemonConfig;
  }

  asio::io_context io;
  HttpServer http(io);
  std::string http_host;
  uint16_t http_port = 0;
  if (!SplitHostPort(config_.http_listen, &http_host, &http_port)) {
    spdlog::critical("http.listen must be host:port, got '{}'", config_.http_listen);
    return kDaemonConfig;
  }
  SupervisorOptions sup_options;
  sup_options.backoff.initial = Millis(config_.backoff_initial_ms);
  sup_options.backoff.max = Millis(config_.backoff_max_ms);
  sup_options.backoff.stable_after = Millis(config_.stable_after_s * 1000);
  sup_options.intensity.max_restarts = config_.intensity_restarts;
  sup_options.intensity.period = Millis(config_.intensity_window_s * 1000);
  sup_options.heartbeat_interval = Millis(config_.heartbeat_interval_ms);
  sup_options.liveness = config_.liveness;
  sup_options.start_grace = Millis(config_.start_grace_ms);
  ProcessSupervisor supervisor(io, sup_options);

  int exit_code = kDaemonOk;
  bool shutting_down = false;
  const auto started = std::chrono::steady_clock::now();
  asio::steady_timer drain_timer(io);
  std::chrono::steady_clock::time_point drain_until;
  std::function<void()> stop_children;
  // Waits (without blocking the io thread) until nothing is in flight or the deadline passes.
  std::function<void()> drain_poll = [&] {
    if (forwarder.InFlight() == 0 || std::chrono::steady_clock::now() >= drain_until) {
      stop_children();
      return;
    }
    drain_timer.expires_after(Millis(50));
    drain_timer.async_wait([&](const boost::system::error_code& err) {
      if (!err) drain_poll();
    });
  };

  stop_children = [&] {
    spdlog::info("stopping stages ({} articles still in flight stay journaled for the next start)",
                 forwarder.InFlight());
    supervisor.Stop(Millis(5000), [&] {
      forwarder.Stop();
      http.Stop();
      io.stop();
    });
  };
  // Stops intake, waits for in-flight articles (up to the drain deadline), stops children.
  std::function<void(int)> shutdown = [&](int code) {
    if (shutting_down) return;
    shutting_down = true;
    exit_code = code;
    forwarder.StopIntake();
    const auto deadline = std::chrono::steady_clock::now() + Millis(config_.drain_deadline_ms);
    if (code != kDaemonOk) {  // giving up: do not wait on a pipeline that cannot drain
      stop_children();
      return;
    }
    spdlog::info("draining {} in-flight articles (deadline {} ms)", forwarder.InFlight(),
                 config_.drain_deadline_ms);
    drain_until = deadline;
    drain_poll();
  };

  supervisor.set_on_give_up([&](const std::string& reason) {
    spdlog::critical("giving up: {}", reason);
    shutdown(kDaemonGaveUp);
  });
  supervisor.set_on_child_started([&](const ChildSpec& spec, pid_t pid, int restarts) {
    spdlog::info("{}[{}] running as pid {}{}", spec.name, spec.replica, pid,
                 restarts ? fmt::format(" (restart {})", restarts) : "");
    // Whatever the previous process held is gone: re-inject the articles in flight. The store
    // is idempotent, so articles that were elsewhere in the pipeline are not duplicated.
    // Only what was sent to this stage is at risk: those articles are re-injected (no strike).
    if (restarts > 0) forwarder.NoteStageRestarted(spec.name);
  });
  supervisor.set_on_child_exited([&](const ChildSpec& spec, pid_t pid, const ExitStatus& st, bool again) {
    if (shutting_down) return;
    spdlog::warn("{}[{}] (pid {}) {}{}", spec.name, spec.replica, pid, st.Describe(),
                 again ? "; restarting" : "");
    // The crash note says which article the dead process was processing, if any: that one
    // article gets a failed attempt (poison detection); the others it held are innocent.
    CrashNote note;
    if (pid > 0 && ReadCrashNote(CrashNotePath(data_dir, spec.name, spec.replica), &note) && note.pid == pid &&
        !note.article_id.empty()) {
      forwarder.ReportCrash(spec.name, note.article_id,
                            fmt::format("{}[{}] (pid {}) {} while processing it (attempt {})",
                                        spec.name, spec.replica, pid, st.Describe(), note.attempt));
    }
  });

  // Stage metrics come with heartbeats (forwarder thread) and are applied on the io thread.
  std::vector<double> bounds_s;
  std::map<std::pair<std::string, int>, std::string> processing;  // io thread only
  forwarder.SetHeartbeatHandler([&](const v1::Heartbeat& hb) {
    Labels labels{{"stage", hb.stage()}, {"replica", std::to_string(hb.replica())}};
    metrics.GetCounter("tidings_stage_received_total", "Envelopes a stage received", labels).Set(hb.received());
    metrics.GetCounter("tidings_stage_sent_total", "Envelopes a stage sent downstream", labels).Set(hb.sent());
    metrics.GetCounter("tidings_stage_errors_total", "Dead letters a stage produced", labels).Set(hb.errors());
    if (hb.latency_bounds_us_size() > 0 && hb.latency_counts_size() == hb.latency_bounds_us_size()) {
      BucketCounts b;
      for (auto us : hb.latency_bounds_us()) b.upper_bounds.push_back(us / 1e6);
      b.counts.assign(hb.latency_counts().begin(), hb.latency_counts().end());
      b.sum = hb.latency_sum_us() / 1e6;
      Status hs = metrics.SetHistogramFromBuckets("tidings_stage_latency_seconds",
                                                  "Processing time per envelope", labels, b);
      if (!hs.ok()) spdlog::warn("heartbeat from {}[{}]: {}", hb.stage(), hb.replica(), hs.ToString());
    }
    ExportStageSamples(metrics, hb, labels);
    asio::post(io, [&, stage = hb.stage(), replica = hb.replica(), pid = hb.pid(),
                    current = hb.current_article_id()] {
      if (supervisor.NoteHeartbeat(stage, static_cast<int>(replica), pid)) {
        processing[{stage, static_cast<int>(replica)}] = current;
      }
    });
  });
  metrics.AddScrapeHook([&] {
    for (const auto& c : supervisor.Snapshot()) {
      Labels labels{{"stage", c.name}, {"replica", std::to_string(c.replica)}};
      metrics.GetCounter("tidings_stage_restarts_total", "Restarts of a stage process", labels).Set(c.restarts);
      metrics.GetGauge("tidings_stage_up", "1 when the stage process runs and heartbeats", labels)
          .Set(c.state == ChildState::kRunning && c.heartbeat_seen ? 1 : 0);
    }
  });

  http.AddRoute("/metrics", [&](const HttpRequest&) {
    return HttpResponse{200, MetricsRegistry::kContentType, metrics.RenderText()};
  });
  http.AddRoute("/healthz", [&](const HttpRequest&) {
    nlohmann::ordered_json j;
    bool healthy = !shutting_down;
    nlohmann::ordered_json stages = nlohmann::ordered_json::array();
    for (const auto& c : supervisor.Snapshot()) {
      bool up = c.state == ChildState::kRunning && c.heartbeat_seen;
      healthy = healthy && up;
      nlohmann::ordered_json st;
      st["stage"] = c.name;
      st["replica"] = c.replica;
      st["pid"] = c.pid;
      st["state"] = ChildStateName(c.state);
      st["up"] = up;
      st["restarts"] = c.restarts;
      st["uptime_s"] = c.uptime.count() / 1000.0;
      if (c.last_exit) st["last_exit"] = c.last_exit->Describe();
      auto cur = processing.find({c.name, c.replica});
      st["processing"] = cur != processing.end() ? cur->second : "";
      stages.push_back(std::move(st));
    }
    JournalCounts counts = journal->Counts();
    j["status"] = shutting_down ? "stopping" : (healthy ? "ok" : "degraded");
    j["pid"] = ::getpid();
    j["uptime_s"] = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    j["data_dir"] = data_dir.string();
    j["in_flight"] = forwarder.InFlight();
    j["journal"] = {{"open", counts.open}, {"completed", counts.completed}, {"dead", counts.dead}};
    j["stages"] = std::move(stages);
    j["endpoints"] = {{"push", bound.push}, {"ack", bound.ack}, {"publish", bound.publish}};
    return HttpResponse{healthy ? 200 : 503, "application/json", j.dump(2) + "\n"};
  });
  s = http.Start(http_host, http_port);
  if (!s.ok()) {
    spdlog::critical("http: {}", s.ToString());
    return kDaemonConfig;
  }

  for (const auto& stage : config_.stages) {
    if (stage.remote) continue;
    for (int r = 0; r < stage.replicas; ++r) {
      ChildSpec spec;
      spec.name = stage.name;
      spec.replica = r;
      spec.argv = {FindStageExecutable(stage, stage_dir_),
                   "--in", bound.stage_in.at(stage.name),
                   "--out", bound.stage_out.at(stage.name),
                   "--control", bound.control,
                   "--replica", std::to_string(r),
                   "--heartbeat-ms", std::to_string(config_.heartbeat_interval_ms),
                   "--hwm", std::to_string(std::max(1, config_.hop_hwm / 10)),
                   "--log-level", config_.log_level,
                   "--crash-note", CrashNotePath(data_dir, stage.name, r).string()};
      if (stage.name == "store") {
        spec.argv.push_back("--db");
        spec.argv.push_back(StorePath(data_dir).string());
      }
      if (stage.name == "fetch") {
        for (auto& a : FetchStageArgs(config_.fetch)) spec.argv.push_back(std::move(a));
        spec.argv.push_back("--seen-db");
        spec.argv.push_back(FetchSeenPath(data_dir).string());
        if (r == 0) {  // one replica polls the feeds; their items enter through the ack socket
          spec.argv.insert(spec.argv.end(), {"--feeds-db", FeedsPath(data_dir).string(), "--ack", bound.ack});
          spec.env = feed_poller_env;
        }
      }
      for (const auto& a : stage.args) spec.argv.push_back(a);
      s = supervisor.Add(spec);
      if (!s.ok()) {
        spdlog::critical("{}", s.ToString());
        return kDaemonConfig;
      }
    }
  }

  asio::signal_set signals(io, SIGTERM, SIGINT);
  std::function<void()> wait_signal = [&] {
    signals.async_wait([&](const boost::system::error_code& err, int sig) {
      if (err) return;
      if (shutting_down) {
        spdlog::warn("second signal: stopping now");
        supervisor.Stop(Millis(1000), [&] { forwarder.Stop(); http.Stop(); io.stop(); });
        return;
      }
      spdlog::info("received {}: shutting down gracefully", sig == SIGTERM ? "SIGTERM" : "SIGINT");
      shutdown(kDaemonOk);
      wait_signal();
    });
  };
  wait_signal();

  std::thread forwarder_thread([&] { forwarder.Run(); });
  supervisor.Start();

  // The runtime file: how `tidings` commands find this daemon.
  const fs::path runtime = RuntimeFilePath(data_dir);
  {
    nlohmann::ordered_json j;
    j["pid"] = ::getpid();
    j["push"] = bound.push;
    j["ack"] = bound.ack;
    j["publish"] = bound.publish;
    j["http"] = fmt::format("{}:{}", http_host.find(':') != std::string::npos ? "[" + http_host + "]" : http_host,
                            http.port());
    j["control"] = bound.control;
    j["stage_in"] = bound.stage_in;
    j["stage_out"] = bound.stage_out;
    j["store"] = StorePath(data_dir).string();
    if (config_.CurveEnabled()) j["curve_server_key"] = config_.curve_public_key;
    j["started_unix_ms"] = NowUnixMillis();
    fs::path tmp = runtime;
    tmp += ".tmp";
    std::ofstream(tmp) << j.dump(2) << "\n";
    fs::rename(tmp, runtime, ec);
  }
  spdlog::info("tidingsd ready: push {} ack {} publish {} http {}:{} data {}", bound.push, bound.ack,
               bound.publish, http_host, http.port(), data_dir.string());

  io.run();
  forwarder.Stop();
  forwarder_thread.join();
  fs::remove(runtime, ec);
  ::close(lock_fd);
  spdlog::info("tidingsd stopped (exit code {})", exit_code);
  return exit_code;
}

}  // namespace tidings::daemon
