#include "daemon/worker_app.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <fstream>

#include <boost/asio/io_context.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>

#include "daemon/app_parts.h"
#include "daemon/control_listener.h"
#include "daemon/daemon_app.h"
#include "daemon/health.h"
#include "daemon/http_server.h"
#include "daemon/metrics.h"
#include "daemon/process_supervisor.h"
#include "tidings/runtime_paths.h"

namespace tidings::daemon {

namespace asio = boost::asio;

namespace {

class Worker {
 public:
  Worker(const DaemonConfig& config, fs::path data_dir, std::string stage_dir)
      : config_(config), data_dir_(std::move(data_dir)), stage_dir_(std::move(stage_dir)),
        name_(config.cluster_name.empty() ? HostName() : config.cluster_name), host_(HostName()),
        ctx_(1), main_(MakeSocket(ctx_, zmq::socket_type::dealer, {.send_hwm = 16, .recv_hwm = 16, .linger_ms = 0})),
        http_(io_), supervisor_(io_, SupervisorOptionsFrom(config)), activity_(metrics_, supervisor_),
        timer_(io_), signals_(io_, SIGTERM, SIGINT) {}

  int Run() {
    if (Status s = Start(); !s.ok()) {
      spdlog::critical("{}", s.ToString());
      return kDaemonConfig;
    }
    io_.run();
    control_.Stop();
    std::error_code ec;
    fs::remove(RuntimeFilePath(data_dir_), ec);
    return exit_code_;
  }

 private:
  Status Start() {
    join_ = ResolveJoin();
    main_.connect(join_);
    if (Status s = control_.Bind("tcp://127.0.0.1:*", &control_endpoint_); !s.ok()) return s;
    supervisor_.set_on_give_up([this](const std::string& reason) {
      spdlog::critical("giving up: {}", reason);
      Stop(kDaemonGaveUp);
    });
    supervisor_.set_on_child_exited([this](const ChildSpec& spec, pid_t pid, const ExitStatus& st, bool again) {
      if (!stopping_) spdlog::warn("{}[{}] (pid {}) {}{}", spec.name, spec.replica, pid, st.Describe(),
                                   again ? "; restarting" : "");
    });
    metrics_.AddScrapeHook([this] { activity_.UpdateMetrics(activity_.Replicas()); });
    http_.AddRoute("/metrics", [this](const HttpRequest&) {
      return HttpResponse{200, MetricsRegistry::kContentType, metrics_.RenderText()};
    });
    http_.AddRoute("/healthz", [this](const HttpRequest&) {
      HealthSnapshot s;
      s.role = "worker";
      s.shutting_down = stopping_;
      s.pid = ::getpid();
      s.data_dir = data_dir_.string();
      s.replicas = activity_.Replicas();
      HealthReport r = RenderHealth(s);
      return HttpResponse{r.http_status, "application/json", r.json};
    });
    std::string http_host;
    uint16_t http_port = 0;
    if (!SplitHostPort(config_.http_listen, &http_host, &http_port)) {
      return Status::Config("http.listen must be host:port, got '" + config_.http_listen + "'");
    }
    if (Status s = http_.Start(http_host, http_port); !s.ok()) return s;
    signals_.async_wait([this](const boost::system::error_code& err, int) {
      if (!err) Stop(kDaemonOk);
    });
    control_.Start([this](const v1::Heartbeat& hb) { activity_.NoteHeartbeat(hb); });
    http_endpoint_ = http_host + ":" + std::to_string(http_.port());
    WriteRuntime();
    spdlog::info("tidingsd worker {} joining {}", name_, config_.cluster_join);
    Tick();
    return Status::Ok();
  }

  void WriteRuntime() {
    nlohmann::ordered_json j;
    j["pid"] = ::getpid();
    j["role"] = "worker";
    j["http"] = http_endpoint_;
    j["cluster"] = join_;
    j["control"] = control_endpoint_;
    WriteRuntimeFile(RuntimeFilePath(data_dir_), j);
  }

  // Every 100 ms: join until welcomed, then report once per heartbeat interval; re-join when
  // the main falls silent (it restarted, perhaps elsewhere).
  void Tick() {
    if (stopping_) return;
    ReadMain();
    const auto now = std::chrono::steady_clock::now();
    if (welcomed_ && now - last_heard_ > MainSilenceLimit()) Rejoin();
    const auto period = std::chrono::milliseconds(welcomed_ ? config_.heartbeat_interval_ms : 1000);
    if (now - last_sent_ >= period) {
      v1::ClusterMessage m;
      if (!welcomed_) {
        auto* join = m.mutable_join();
        join->set_name(name_);
        join->set_host(host_);
        for (const auto& stage : config_.stages) {
          if (stage.replicas > 0) join->add_stages(stage.name);
        }
        join->set_curve_public_key(config_.curve_public_key);
      } else {
        *m.mutable_report() = Report();
      }
      (void)main_.send(ToMessage(m), zmq::send_flags::dontwait);  // a full queue drops one
      last_sent_ = now;
    }
    timer_.expires_after(std::chrono::milliseconds(100));
    timer_.async_wait([this](const boost::system::error_code& err) {
      if (!err) Tick();
    });
  }

  void ReadMain() {
    zmq::message_t msg;
    while (main_.recv(msg, zmq::recv_flags::dontwait)) {
      v1::ClusterMessage m;
      if (!FromBytes(msg.data(), msg.size(), &m) || !m.has_welcome()) continue;
      last_heard_ = std::chrono::steady_clock::now();
      Status s = Wire(m.welcome());
      if (!s.ok()) {
        spdlog::critical("{}", s.ToString());
        Stop(kDaemonConfig);
        return;
      }
    }
  }

  // How long the main may stay silent (it answers every report) before this worker re-joins.
  std::chrono::milliseconds MainSilenceLimit() const {
    return std::max(std::chrono::milliseconds(3000),
                    std::chrono::milliseconds(config_.heartbeat_interval_ms) * std::max(config_.liveness, 1));
  }

  // Where the main daemon listens: `cluster.join` itself, or, when it names the main's runtime
  // file (daemon.json, e.g. on a shared volume), the "cluster" endpoint written there, read
  // anew on each re-join so a main restarted on another port is found.
  std::string ResolveJoin() const {
    const std::string& join = config_.cluster_join;
    if (join.find("://") != std::string::npos) return join;
    std::ifstream in(join);
    auto j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_object() && j.value("cluster", "").find("://") != std::string::npos) return j.value("cluster", "");
    return join_;  // unreadable for now (the main is restarting): keep dialing the last one
  }

  // A new socket to the main (the old one's queue held messages for a main that is gone); the
  // replicas keep running until a welcome says where the hops are now.
  void Rejoin() {
    const std::string previous = join_;
    join_ = ResolveJoin();
    spdlog::warn("tidingsd worker {}: the main daemon at {} has been silent for {} ms; joining {} again", name_,
                 previous, MainSilenceLimit().count(), join_);
    main_ = MakeSocket(ctx_, zmq::socket_type::dealer, {.send_hwm = 16, .recv_hwm = 16, .linger_ms = 0});
    main_.connect(join_);
    welcomed_ = false;
    last_sent_ = {};
    WriteRuntime();
  }

  // Starts the replicas on the first welcome; a later welcome with other endpoints (the main
  // restarted on new ports) restarts them connected to those.
  Status Wire(const v1::ClusterWelcome& welcome) {
    StageWiring wiring;
    if (Status s = WiringFrom(welcome, &wiring); !s.ok()) return s;
    welcomed_ = true;
    if (started_) {
      if (wiring.in == wiring_.in && wiring.out == wiring_.out && wiring.curve.server_key == wiring_.curve.server_key) {
        return Status::Ok();
      }
      spdlog::warn("tidingsd worker {}: the main daemon's hops moved; restarting the replicas on them", name_);
      wiring_ = wiring;
      for (auto& spec : StageChildSpecs(config_, wiring_, data_dir_, stage_dir_)) {
        if (Status s = supervisor_.Respawn(std::move(spec), "the main daemon's hops moved"); !s.ok()) return s;
      }
      return Status::Ok();
    }
    wiring_ = wiring;
    for (auto& spec : StageChildSpecs(config_, wiring_, data_dir_, stage_dir_)) {
      if (Status s = supervisor_.Add(std::move(spec)); !s.ok()) return s;
    }
    started_ = true;
    supervisor_.Start();
    spdlog::info("tidingsd worker {} joined {}: running {} replicas", name_, join_, supervisor_.Snapshot().size());
    return Status::Ok();
  }

  Status WiringFrom(const v1::ClusterWelcome& welcome, StageWiring* out) const {
    if (!welcome.error().empty()) return Status::Config("the main daemon refused this worker: " + welcome.error());
    StageWiring wiring;
    wiring.control = control_endpoint_;
    for (const auto& stage : config_.stages) {
      if (stage.replicas == 0) continue;
      if (!welcome.stage_in().count(stage.name)) {
        return Status::Config("the main daemon at " + join_ + " has no hop for stage " + stage.name);
      }
      wiring.in[stage.name] = welcome.stage_in().at(stage.name);
      wiring.out[stage.name] = welcome.stage_out().at(stage.name);
    }
    if (!welcome.curve_server_key().empty()) {
      if (!config_.CurveEnabled()) {
        return Status::Config(
            "the main daemon's hops are CURVE-encrypted: give this worker a key pair in [security] "
            "(`tidings keygen --prefix curve_`) and list its public key in the main daemon's "
            "security.curve_allowed_clients");
      }
      wiring.curve = {config_.curve_public_key, config_.curve_secret_key, welcome.curve_server_key()};
    }
    *out = std::move(wiring);
    return Status::Ok();
  }

  v1::ClusterReport Report() const {
    v1::ClusterReport report;
    report.set_name(name_);
    report.set_host(host_);
    for (const auto& r : activity_.Replicas()) {
      auto* s = report.add_replicas();
      s->set_stage(r.stage);
      s->set_replica(r.replica);
      s->set_pid(r.pid);
      s->set_state(r.state);
      s->set_up(r.up);
      s->set_restarts(r.restarts);
      s->set_uptime_s(r.uptime_s);
      s->set_last_exit(r.last_exit);
      s->set_processing(r.processing);
    }
    return report;
  }

  void Stop(int code) {
    if (stopping_) return;
    stopping_ = true;
    exit_code_ = code;
    timer_.cancel();
    supervisor_.Stop(Millis(5000), [this] {
      http_.Stop();
      io_.stop();
    });
  }

  const DaemonConfig& config_;
  const fs::path data_dir_;
  const std::string stage_dir_;
  const std::string name_, host_;
  zmq::context_t ctx_;
  zmq::socket_t main_;  // io thread only
  asio::io_context io_;
  MetricsRegistry metrics_;
  ControlListener control_;
  std::string control_endpoint_, http_endpoint_;
  HttpServer http_;
  ProcessSupervisor supervisor_;
  ReplicaActivity activity_;
  asio::steady_timer timer_;
  asio::signal_set signals_;
  std::chrono::steady_clock::time_point last_sent_{}, last_heard_{};
  std::string join_;     // the main's cluster endpoint as last resolved
  StageWiring wiring_;   // where the replicas connect, once started
  bool welcomed_ = false, started_ = false, stopping_ = false;
  int exit_code_ = kDaemonOk;
};

}  // namespace

int RunWorker(const DaemonConfig& config, const fs::path& data_dir, const std::string& stage_dir) {
  return Worker(config, data_dir, stage_dir).Run();
}

}  // namespace tidings::daemon
