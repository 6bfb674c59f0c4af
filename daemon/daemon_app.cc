#include "daemon/daemon_app.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <thread>

#include "daemon/app_parts.h"
#include "daemon/cluster_hub.h"
#include "daemon/control_listener.h"
#include "daemon/forwarder.h"
#include "daemon/health.h"
#include "daemon/http_server.h"
#include "daemon/journal.h"
#include "daemon/metrics.h"
#include "daemon/process_supervisor.h"
#include "daemon/recent_log.h"
#include "daemon/store_settings.h"
#include "daemon/worker_app.h"
#include "tidings/crash_note.h"
#include "tidings/runtime_paths.h"
#include "tidings/thread_name.h"

namespace tidings::daemon {

namespace asio = boost::asio;

// The main daemon, assembled step by step; Run() below reads as the start-up sequence.
class MainDaemon {
 public:
  MainDaemon(const DaemonConfig& config, fs::path data_dir, std::string stage_dir,
             std::vector<std::pair<std::string, std::string>> feed_poller_env)
      : config_(config), data_dir_(std::move(data_dir)), stage_dir_(std::move(stage_dir)),
        feed_poller_env_(std::move(feed_poller_env)),
        http_(io_), supervisor_(io_, SupervisorOptionsFrom(config)), activity_(metrics_, supervisor_),
        drain_timer_(io_), signals_(io_, SIGTERM, SIGINT) {}

  int Run() {
    spdlog::default_logger()->sinks().push_back(recent_log_);
    Status s = OpenAndBind();
    if (!s.ok()) {
      spdlog::critical("{}", s.ToString());
      return kDaemonConfig;
    }
    WireSupervision();
    AddRoutes();
    if (!(s = StartHttp()).ok() || !(s = AddChildren()).ok()) {
      spdlog::critical("{}", s.ToString());
      return kDaemonConfig;
    }
    WaitForSignals();
    std::thread forwarder_thread([this] {
      NameThisThread("hub");
      forwarder_->Run();
    });
    control_.Start([this](const v1::Heartbeat& hb) {
      activity_.NoteHeartbeat(hb);
      // A download waiting for a polite moment is held, not lost: no replay while it waits;
      // nor for what is queued behind a blocked stage (its database restarting).
      if (hb.held_article_ids_size() > 0 || hb.blocked()) {
        forwarder_->NoteHeld(hb.stage(), {hb.held_article_ids().begin(), hb.held_article_ids().end()},
                             hb.blocked());
      }
    });
    if (cluster_) cluster_->Start([this](const std::string& stage) { forwarder_->NoteStageRestarted(stage); });
    supervisor_.Start();
    WriteRuntimeFile(RuntimeFilePath(data_dir_), RuntimeJson(), RuntimeFileIsPrivate(config_));
    spdlog::info("tidingsd ready: push {} ack {} publish {} http {} data {}{}", bound_.push, bound_.ack,
                 bound_.publish, HttpEndpoint(), data_dir_.string(),
                 cluster_ ? " cluster " + cluster_endpoint_ : "");
    io_.run();
    forwarder_->Stop();
    forwarder_thread.join();
    control_.Stop();
    if (cluster_) cluster_->Stop();
    std::error_code ec;
    fs::remove(RuntimeFilePath(data_dir_), ec);
    return exit_code_;
  }

 private:
  Status OpenAndBind() {
    if (Status s = CheckEndpointSecurity(config_); !s.ok()) return s;
    const PayloadCodec codec = config_.journal_codec == "zstd"   ? PayloadCodec::kZstd
                               : config_.journal_codec == "none" ? PayloadCodec::kRaw
                                                                 : PayloadCodec::kLz4;
    if (Status s = Journal::Open(JournalPath(data_dir_), &journal_, codec); !s.ok()) {
      return Status::Config("journal: " + s.ToString());
    }
    journal_->KeepCompletedPayloads(config_.journal_retention_s > 0);
    if (Status s = SyncFeeds(data_dir_, config_.feeds); !s.ok()) return Status::Config("feeds: " + s.ToString());
    forwarder_ = std::make_unique<PipelineForwarder>(config_, *journal_, metrics_, &routes_);
    if (Status s = forwarder_->Bind(&bound_); !s.ok()) return s;
    auto control = config_.hop_endpoints.find("control");
    // Heartbeats come from this host's stages (workers relay their own): loopback will do.
    std::string control_ep = control != config_.hop_endpoints.end() && !control->second.empty()
                                 ? control->second
                                 : (IsLoopbackEndpoint(config_.hop_bind) ? HopBindEndpoint(config_.hop_bind, "control")
                                                                         : "tcp://127.0.0.1:*");
    if (Status s = control_.Bind(control_ep, &control_endpoint_); !s.ok()) return s;
    if (!config_.cluster_listen.empty()) return BindCluster();
    return Status::Ok();
  }

  Status BindCluster() {
    v1::ClusterWelcome welcome;
    for (const auto& [stage, ep] : bound_.stage_in) {
      (*welcome.mutable_stage_in())[stage] = ClusterHub::Advertised(ep, config_.cluster_listen);
    }
    for (const auto& [stage, ep] : bound_.stage_out) {
      (*welcome.mutable_stage_out())[stage] = ClusterHub::Advertised(ep, config_.cluster_listen);
    }
    if (HopsLeaveHost()) welcome.set_curve_server_key(config_.curve_public_key);
    cluster_ = std::make_unique<ClusterHub>(config_);
    return cluster_->Bind(std::move(welcome), &cluster_endpoint_);
  }

  bool HopsLeaveHost() const {
    for (const auto& [stage, ep] : bound_.stage_in) {
      if (!IsLoopbackEndpoint(ep)) return true;
    }
    return false;
  }

  // Restarts replay what the old process held; crashes strike the article it was processing;
  // giving up stops the daemon.
  void WireSupervision() {
    supervisor_.set_on_give_up([this](const std::string& reason) {
      spdlog::critical("giving up: {}", reason);
      Shutdown(kDaemonGaveUp);
    });
    supervisor_.set_on_child_started([this](const ChildSpec& spec, pid_t pid, int restarts) {
      spdlog::info("{}[{}] running as pid {}{}", spec.name, spec.replica, pid,
                   restarts ? fmt::format(" (restart {})", restarts) : "");
      // Only what was sent to this stage is at risk: those articles are re-injected (no strike).
      // The store is idempotent, so articles that were elsewhere are not duplicated.
      if (restarts > 0) forwarder_->NoteStageRestarted(spec.name);
    });
    supervisor_.set_on_child_exited([this](const ChildSpec& spec, pid_t pid, const ExitStatus& st, bool again) {
      if (shutting_down_) return;
      spdlog::warn("{}[{}] (pid {}) {}{}", spec.name, spec.replica, pid, st.Describe(), again ? "; restarting" : "");
      // The crash note names the article the dead process was processing, if any: that one
      // article gets a failed attempt (poison detection); the others it held are innocent.
      CrashNote note;
      if (pid > 0 && ReadCrashNote(CrashNotePath(data_dir_, spec.name, spec.replica), &note) && note.pid == pid &&
          !note.article_id.empty()) {
        forwarder_->ReportCrash(spec.name, note.article_id,
                                fmt::format("{}[{}] (pid {}) {} while processing it (attempt {})", spec.name,
                                            spec.replica, pid, st.Describe(), note.attempt));
      }
    });
    metrics_.AddScrapeHook([this] { activity_.UpdateMetrics(AllReplicas()); });
  }

  std::vector<ReplicaHealth> AllReplicas() const {
    std::vector<ReplicaHealth> all = activity_.Replicas();
    if (cluster_) {
      for (auto& r : cluster_->Replicas()) all.push_back(std::move(r));
    }
    return all;
  }

  HealthSnapshot Snapshot() const {
    HealthSnapshot s;
    s.shutting_down = shutting_down_;
    s.pid = ::getpid();
    s.uptime_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    s.data_dir = data_dir_.string();
    s.in_flight = forwarder_->InFlight();
    s.in_flight_bytes = forwarder_->InFlightBytes();
    JournalCounts c = journal_->Counts();
    s.journal_open = c.open;
    s.journal_completed = c.completed;
    s.journal_dead = c.dead;
    s.journal_payload_bytes = c.payload_bytes;
    s.replicas = AllReplicas();
    if (cluster_) s.workers = cluster_->Workers();
    s.push = bound_.push;
    s.ack = bound_.ack;
    s.publish = bound_.publish;
    s.recent_errors = recent_log_->Recent();
    return s;
  }

  void AddRoutes() {
    http_.AddRoute("/metrics", [this](const HttpRequest&) {
      return HttpResponse{200, MetricsRegistry::kContentType, metrics_.RenderText()};
    });
    http_.AddRoute("/healthz", [this](const HttpRequest&) {
      HealthReport r = RenderHealth(Snapshot());
      return HttpResponse{r.http_status, "application/json", r.json};
    });
    // Where the time of recent articles went (?since_unix_ms=..., ?slowest=N).
    http_.AddRoute("/debug/latency", [this](const HttpRequest& req) {
      const int64_t since = QueryInt(req.query, "since_unix_ms", 0);
      const int64_t slowest = std::clamp<int64_t>(QueryInt(req.query, "slowest", 10), 0, 1000);
      return HttpResponse{200, "application/json", routes_.RenderJson(since, static_cast<size_t>(slowest))};
    });
  }

  Status StartHttp() {
    if (!SplitHostPort(config_.http_listen, &http_host_, &http_port_)) {
      return Status::Config(fmt::format("http.listen must be host:port, got '{}'", config_.http_listen));
    }
    Status s = http_.Start(http_host_, http_port_);
    return s.ok() ? s : Status::Config("http: " + s.ToString());
  }
  std::string HttpEndpoint() const {
    return fmt::format("{}:{}", http_host_.find(':') != std::string::npos ? "[" + http_host_ + "]" : http_host_,
                       http_.port());
  }

  // Hops bound beyond loopback are CURVE servers: this host's replicas connect as clients
  // with the daemon's own key pair (served by the ZAP handler), through loopback.
  Status AddChildren() {
    StageWiring wiring{bound_.stage_in, bound_.stage_out, control_endpoint_, {}, bound_.ack, feed_poller_env_};
    if (HopsLeaveHost()) {
      wiring.curve = {config_.curve_public_key, config_.curve_secret_key, config_.curve_public_key};
    }
    for (auto* endpoints : {&wiring.in, &wiring.out}) {
      for (auto& [stage, ep] : *endpoints) ep = ClusterHub::Advertised(ep, "tcp://127.0.0.1:0");
    }
    for (auto& spec : StageChildSpecs(config_, wiring, data_dir_, stage_dir_)) {
      if (Status s = supervisor_.Add(std::move(spec)); !s.ok()) return s;
    }
    return Status::Ok();
  }

  // Stops intake, waits for in-flight articles (up to the drain deadline), stops children.
  void Shutdown(int code) {
    if (shutting_down_) return;
    shutting_down_ = true;
    exit_code_ = code;
    forwarder_->StopIntake();
    if (code != kDaemonOk) {  // giving up: do not wait on a pipeline that cannot drain
      StopChildren();
      return;
    }
    spdlog::info("draining {} in-flight articles (deadline {} ms)", forwarder_->InFlight(), config_.drain_deadline_ms);
    drain_until_ = std::chrono::steady_clock::now() + Millis(config_.drain_deadline_ms);
    DrainPoll();
  }
  // Waits (without blocking the io thread) until nothing is in flight or the deadline passes.
  void DrainPoll() {
    if (forwarder_->InFlight() == 0 || std::chrono::steady_clock::now() >= drain_until_) {
      StopChildren();
      return;
    }
    drain_timer_.expires_after(Millis(50));
    drain_timer_.async_wait([this](const boost::system::error_code& err) {
      if (!err) DrainPoll();
    });
  }
  void StopChildren(Millis deadline = Millis(5000)) {
    spdlog::info("stopping stages ({} articles still in flight stay journaled for the next start)",
                 forwarder_->InFlight());
    supervisor_.Stop(deadline, [this] {
      forwarder_->Stop();
      http_.Stop();
      io_.stop();
    });
  }

  void WaitForSignals() {
    signals_.async_wait([this](const boost::system::error_code& err, int sig) {
      if (err) return;
      if (shutting_down_) {
        spdlog::warn("second signal: stopping now");
        StopChildren(Millis(1000));
        return;
      }
      spdlog::info("received {}: shutting down gracefully", sig == SIGTERM ? "SIGTERM" : "SIGINT");
      Shutdown(kDaemonOk);
      WaitForSignals();
    });
  }

  // daemon.json: how `tidings` commands find this daemon.
  nlohmann::ordered_json RuntimeJson() const {
    nlohmann::ordered_json j;
    j["pid"] = ::getpid();
    j["role"] = "main";
    j["push"] = bound_.push;
    j["ack"] = bound_.ack;
    j["publish"] = bound_.publish;
    j["http"] = HttpEndpoint();
    j["control"] = control_endpoint_;
    j["stage_in"] = bound_.stage_in;
    j["stage_out"] = bound_.stage_out;
    AddStoreToRuntime(config_, data_dir_, &j);
    if (cluster_) j["cluster"] = cluster_endpoint_;
    if (config_.CurveEnabled()) j["curve_server_key"] = config_.curve_public_key;
    j["started_unix_ms"] = NowUnixMillis();
    return j;
  }

  const DaemonConfig& config_;
  const fs::path data_dir_;
  const std::string stage_dir_;
  const std::vector<std::pair<std::string, std::string>> feed_poller_env_;
  const std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
  asio::io_context io_;
  // The last warnings and errors, for /healthz and `tidings status --watch`.
  std::shared_ptr<RecentLogSink> recent_log_ = std::make_shared<RecentLogSink>(10);
  MetricsRegistry metrics_;
  RouteLog routes_;
  std::unique_ptr<Journal> journal_;
  std::unique_ptr<PipelineForwarder> forwarder_;
  BoundEndpoints bound_;
  ControlListener control_;
  std::string control_endpoint_;
  std::unique_ptr<ClusterHub> cluster_;
  std::string cluster_endpoint_;
  HttpServer http_;
  std::string http_host_;
  uint16_t http_port_ = 0;
  ProcessSupervisor supervisor_;
  ReplicaActivity activity_;
  asio::steady_timer drain_timer_;
  asio::signal_set signals_;
  std::chrono::steady_clock::time_point drain_until_;
  bool shutting_down_ = false;  // io thread
  int exit_code_ = kDaemonOk;
};

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
  const int lock_fd = LockDataDir(data_dir, &error);
  if (lock_fd < 0) {
    spdlog::critical("{}", error);
    return kDaemonConfig;
  }
  ResolveAutoReplicas(&config_, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  ResolveHopBind(&config_, fs::absolute(data_dir).lexically_normal().string());
  if (config_.hop_bind.rfind("ipc://", 0) == 0 && config_.hop_bind.ends_with("/*")) {
    fs::create_directories(fs::path(config_.hop_bind.substr(6)).parent_path(), ec);  // a bind names the failure
  }
  int exit_code = 0;
  if (config_.cluster_join.empty()) {
    auto feed_poller_env = FeedPollerKeys(&config_);
    exit_code = MainDaemon(config_, data_dir, stage_dir_, std::move(feed_poller_env)).Run();
  } else {
    exit_code = RunWorker(config_, data_dir, stage_dir_);
  }
  ::close(lock_fd);
  spdlog::info("tidingsd stopped (exit code {})", exit_code);
  return exit_code;
}

}  // namespace tidings::daemon
