#include "daemon/cluster_hub.h"

#include <fmt/ranges.h>
#include <spdlog/spdlog.h>

#include "tidings/wire.h"
#include "tidings/thread_name.h"

namespace tidings::daemon {

ClusterHub::ClusterHub(const DaemonConfig& config)
    : listen_(config.cluster_listen),
      window_(std::chrono::milliseconds(config.heartbeat_interval_ms) * std::max(config.liveness, 1)),
      ctx_(1),
      socket_(MakeSocket(ctx_, zmq::socket_type::router, {.send_hwm = 1000, .recv_hwm = 1000, .linger_ms = 0,
                                                           .max_message_bytes = 1 << 20})) {
  socket_.set(zmq::sockopt::router_mandatory, 0);
}

ClusterHub::~ClusterHub() { Stop(); }

std::string ClusterHub::Advertised(const std::string& bound, const std::string& listen) {
  auto host_of = [](const std::string& ep, size_t* begin, size_t* end) {
    *begin = ep.find("://");
    if (*begin == std::string::npos) return false;
    *begin += 3;
    *end = ep.rfind(':');
    return *end != std::string::npos && *end > *begin;
  };
  size_t b = 0, e = 0, lb = 0, le = 0;
  if (!host_of(bound, &b, &e) || !host_of(listen, &lb, &le)) return bound;
  const std::string host = bound.substr(b, e - b);
  if (host != "0.0.0.0" && host != "*" && host != "[::]") return bound;
  return bound.substr(0, b) + listen.substr(lb, le - lb) + bound.substr(e);
}

Status ClusterHub::Bind(v1::ClusterWelcome welcome, std::string* bound) {
  welcome_ = std::move(welcome);
  return BindSocket(socket_, listen_, bound);
}

void ClusterHub::Start(StageLostFn on_stage_lost) {
  on_stage_lost_ = std::move(on_stage_lost);
  thread_ = std::thread([this] {
    NameThisThread("cluster");
    Serve();
  });
}

void ClusterHub::Stop() {
  stop_.store(true);
  if (thread_.joinable()) thread_.join();
}

void ClusterHub::Serve() {
  std::vector<zmq::message_t> frames;
  while (!stop_.load()) {
    zmq::pollitem_t items[] = {{socket_.handle(), 0, ZMQ_POLLIN, 0}};
    PollSockets(items, 1, std::chrono::milliseconds(100));
    for (int n = 0; n < 256 && RecvMultipart(socket_, &frames); ++n) {
      v1::ClusterMessage message;
      if (frames.size() < 2 || !FromBytes(frames.back().data(), frames.back().size(), &message)) continue;
      Handle(frames[0].to_string(), message);
    }
    CheckLiveness(Clock::now());
  }
}

void ClusterHub::Handle(const std::string& identity, const v1::ClusterMessage& message) {
  std::vector<std::string> lost;
  // Joins and reports alike are answered with the welcome: a worker that stops hearing it
  // knows the main is gone, and one whose hops moved (this daemon restarted on new ports)
  // sees the new endpoints.
  bool send_welcome = message.has_join() || message.has_report();
  {
    std::lock_guard lock(mu_);
    if (message.has_join()) {
      const auto& join = message.join();
      Worker& w = workers_[join.name()];
      w.host = join.host();
      w.last_report = Clock::now();
      w.up = true;
      spdlog::info("cluster: worker {} on {} joined (stages: {})", join.name(), join.host(),
                   fmt::join(join.stages(), ", "));
    } else if (message.has_report()) {
      const auto& report = message.report();
      Worker& w = workers_[report.name()];
      if (!w.up) spdlog::info("cluster: worker {} on {} reporting", report.name(), report.host());
      w.host = report.host();
      w.last_report = Clock::now();
      w.up = true;
      // A replica whose process changed lost what its previous process held.
      for (const auto& now : report.replicas()) {
        for (const auto& before : w.replicas) {
          if (before.stage() == now.stage() && before.replica() == now.replica() && before.pid() > 0 &&
              before.pid() != now.pid()) {
            lost.push_back(now.stage());
          }
        }
      }
      w.replicas.assign(report.replicas().begin(), report.replicas().end());
    }
  }
  if (send_welcome) {
    v1::ClusterMessage reply;
    *reply.mutable_welcome() = welcome_;
    socket_.send(zmq::buffer(identity), zmq::send_flags::sndmore | zmq::send_flags::dontwait);
    socket_.send(ToMessage(reply), zmq::send_flags::dontwait);
  }
  for (const auto& stage : lost) on_stage_lost_(stage);
}

void ClusterHub::CheckLiveness(Clock::time_point now) {
  std::vector<std::string> lost;
  {
    std::lock_guard lock(mu_);
    for (auto& [name, w] : workers_) {
      if (!w.up || now - w.last_report <= window_) continue;
      w.up = false;
      spdlog::warn("cluster: worker {} on {} silent for {} ms: its articles are replayed", name, w.host,
                   std::chrono::duration_cast<std::chrono::milliseconds>(now - w.last_report).count());
      for (auto& r : w.replicas) {
        lost.push_back(r.stage());
        r.set_up(false);
        r.set_pid(0);
      }
    }
  }
  for (const auto& stage : lost) on_stage_lost_(stage);
}

std::vector<ReplicaHealth> ClusterHub::Replicas() const {
  std::lock_guard lock(mu_);
  std::vector<ReplicaHealth> out;
  for (const auto& [name, w] : workers_) {
    for (const auto& r : w.replicas) {
      ReplicaHealth h;
      h.stage = r.stage();
      h.replica = static_cast<int>(r.replica());
      h.host = w.host;
      h.pid = w.up ? r.pid() : 0;
      h.state = w.up ? r.state() : "worker lost";
      h.up = w.up && r.up();
      h.restarts = static_cast<int>(r.restarts());
      h.uptime_s = r.uptime_s();
      h.last_exit = r.last_exit();
      h.processing = r.processing();
      out.push_back(std::move(h));
    }
  }
  return out;
}

std::vector<WorkerHealth> ClusterHub::Workers() const {
  std::lock_guard lock(mu_);
  std::vector<WorkerHealth> out;
  const auto now = Clock::now();
  for (const auto& [name, w] : workers_) {
    out.push_back({name, w.host, w.up, std::chrono::duration<double>(now - w.last_report).count()});
  }
  return out;
}

}  // namespace tidings::daemon
