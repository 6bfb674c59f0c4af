#include "tidings/stage_runner.h"

#include <poll.h>
#include <signal.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <csignal>
#include <deque>
#include <exception>
#include <unordered_map>
#include <zmq.hpp>

#include "tidings/crash_note.h"
#include "tidings/wire.h"

namespace tidings {

namespace {

std::atomic<bool> g_stop{false};

extern "C" void OnStopSignal(int) { g_stop.store(true); }

// Processing latency buckets (upper bounds, microseconds), sent with each heartbeat.
constexpr std::array<uint64_t, 16> kLatencyBoundsUs = {
    100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000,
    1000000, 2500000, 5000000, 10000000};

// A synchronous StageLogic seen as an asynchronous one: every envelope is finished inside
// Start(), and Poll() only waits for the runner's sockets.
class SyncLogicAdapter : public AsyncStageLogic {
 public:
  explicit SyncLogicAdapter(StageLogic& logic) : logic_(logic) {}
  void Start(Ticket ticket, v1::Envelope* envelope, std::vector<Done>* done) override {
    done->push_back({ticket, logic_.Process(*envelope)});
  }
  bool HasRoom() const override { return true; }
  void Poll(std::chrono::milliseconds timeout, std::span<const int> wake_fds,
            std::vector<Done>*) override {
    std::vector<pollfd> fds;
    for (int fd : wake_fds) fds.push_back({fd, POLLIN, 0});
    ::poll(fds.data(), fds.size(), static_cast<int>(timeout.count()));  // EINTR: back to the loop
  }
  bool HandlesDeadLetters() const override { return logic_.HandlesDeadLetters(); }

 private:
  StageLogic& logic_;
};

class StageLoop {
 public:
  StageLoop(const StageRunnerOptions& o, AsyncStageLogic& logic)
      : o_(o), logic_(logic), ctx_(1),
        in_(MakeSocket(ctx_, zmq::socket_type::pull, {.send_hwm = o.hwm, .recv_hwm = o.hwm})),
        out_(MakeSocket(ctx_, zmq::socket_type::push, {.send_hwm = o.hwm, .recv_hwm = o.hwm})),
        control_(MakeSocket(ctx_, zmq::socket_type::push,
                            {.send_hwm = 10, .recv_hwm = 10, .linger_ms = 200})) {
    in_.connect(o.in_endpoint);
    out_.connect(o.out_endpoint);
    control_.connect(o.control_endpoint);
    latency_counts_.fill(0);
    if (!o.crash_note.empty()) {
      Status s = CrashNoteWriter::Open(o.crash_note, &note_);
      // Without the note the daemon cannot tell which article a crash was holding; it still
      // replays everything this stage held, so this is a warning, not a failure.
      if (!s.ok()) spdlog::warn("{}: {}", o.stage, s.ToString());
    }
  }

  int Run() {
    spdlog::info("{} replica {} started: in={} out={}", o_.stage, o_.replica, o_.in_endpoint,
                 o_.out_endpoint);
    SendHeartbeat(false);
    std::vector<AsyncStageLogic::Done> done;
    while (!g_stop.load()) {
      MaybeHeartbeat();
      FlushOutbox();
      if (CanRead()) ReadInput();
      done.clear();
      // Wake for input only while it may be read, for output only while results wait.
      int wake = -1;
      if (!outbox_.empty()) {
        wake = out_.get(zmq::sockopt::fd);
      } else if (CanRead()) {
        wake = in_.get(zmq::sockopt::fd);
      }
      try {
        const auto budget = WaitBudget();
        logic_.Poll(budget, std::span<const int>(&wake, wake >= 0 ? 1 : 0), &done);
      } catch (const std::exception& e) {
        spdlog::error("{}: stage logic threw while polling: {}", o_.stage, e.what());
      }
      for (const auto& d : done) Finish(d.ticket, d.status);
      QueueOwnDeadLetters();
    }
    if (!outbox_.empty() || !pending_.empty()) {
      spdlog::warn("{}: stopping with {} results unsent and {} envelopes unfinished; the daemon "
                   "replays them", o_.stage, outbox_.size(), pending_.size());
    }
    SendHeartbeat(true);
    spdlog::info("{} replica {} stopping: received={} sent={} errors={}", o_.stage, o_.replica,
                 received_, sent_, errors_);
    return kExitOk;
  }

 private:
  // An envelope given to the logic and not yet finished.
  struct Pending {
    zmq::message_t original;  // the bytes as received, for a dead letter
    v1::Envelope envelope;
    int64_t start_us = 0;
  };

  static constexpr int kReadBudget = 64;  // envelopes read per turn before timers are looked at

  bool CanRead() const { return outbox_.empty() && logic_.HasRoom(); }

  void ReadInput() {
    for (int n = 0; n < kReadBudget && CanRead() && !HeartbeatDue(); ++n) {
      zmq::message_t msg;
      if (!in_.recv(msg, zmq::recv_flags::dontwait)) return;
      ++received_;
      Accept(std::move(msg));
      FlushOutbox();
    }
  }

  // How long the logic may wait: not past the next heartbeat, and not at all when a socket is
  // already ready (ZMQ_FD only signals changes, so readiness is checked before waiting).
  std::chrono::milliseconds WaitBudget() {
    const bool input_ready = CanRead() && (in_.get(zmq::sockopt::events) & ZMQ_POLLIN);
    const bool output_ready = !outbox_.empty() && (out_.get(zmq::sockopt::events) & ZMQ_POLLOUT);
    if (input_ready || output_ready) return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(TimeToHeartbeatMs());
  }

  void Accept(zmq::message_t msg) {
    const int64_t start = NowUnixMicros();
    v1::Envelope env;
    if (msg.size() == 0 || !FromBytes(msg.data(), msg.size(), &env)) {
      v1::Envelope dead;
      *dead.mutable_dead_letter() = MakeDeadLetter(
          o_.stage, msg.size() == 0 ? "empty message on the stage's input"
                                    : "input is not a valid tidings.v1.Envelope protobuf",
          std::string_view(static_cast<const char*>(msg.data()), msg.size()), "", 0);
      ++errors_;
      Queue(dead);
      return;
    }
    auto* trace = env.add_trace();
    trace->set_stage(o_.stage);
    trace->set_in_unix_us(start);
    trace->set_pid(::getpid());
    if (env.has_dead_letter() && !logic_.HandlesDeadLetters()) {
      trace->set_out_unix_us(NowUnixMicros());
      Queue(env);
      return;
    }
    const AsyncStageLogic::Ticket ticket = next_ticket_++;
    Pending& p = pending_[ticket];
    p.original = std::move(msg);
    p.envelope = std::move(env);
    p.start_us = start;
    StartLogic(ticket, p);
  }

  void StartLogic(AsyncStageLogic::Ticket ticket, Pending& p) {
    current_article_id_ = p.envelope.article_id();
    if (note_) note_->Begin(p.envelope.article_id(), p.envelope.attempt());
    std::vector<AsyncStageLogic::Done> done;
    try {
      InjectFaults(p.original);
      logic_.Start(ticket, &p.envelope, &done);
    } catch (const std::exception& e) {
      done.push_back({ticket, Status::Internal(std::string("stage threw: ") + e.what())});
    } catch (...) {
      done.push_back({ticket, Status::Internal("stage threw a non-standard exception")});
    }
    // Only the logic can be blamed for a crash; a stage killed while it waits to send the
    // result is not the article's fault (the daemon replays it without a strike).
    if (note_) note_->End();
    current_article_id_.clear();
    for (const auto& d : done) Finish(d.ticket, d.status);
  }

  // The logic is done with `ticket`: the result (or a dead letter) joins the outbox.
  void Finish(AsyncStageLogic::Ticket ticket, const Status& status) {
    auto it = pending_.find(ticket);
    if (it == pending_.end()) return;  // reported twice: the first report counted
    Pending& p = it->second;
    v1::Envelope& env = p.envelope;
    if (!status.ok()) {
      ++errors_;
      spdlog::warn("{}: article {} attempt {}: {}", o_.stage, env.article_id(), env.attempt(),
                   status.ToString());
      v1::Envelope dead;
      dead.set_article_id(env.article_id());
      dead.set_attempt(env.attempt());
      dead.set_accepted_unix_ms(env.accepted_unix_ms());
      *dead.mutable_trace() = env.trace();
      *dead.mutable_dead_letter() =
          MakeDeadLetter(o_.stage, status.ToString(), p.original.to_string_view(), env.article_id(),
                         env.attempt());
      dead.mutable_trace(dead.trace_size() - 1)->set_out_unix_us(NowUnixMicros());
      Queue(dead);
    } else {
      env.mutable_trace(env.trace_size() - 1)->set_out_unix_us(NowUnixMicros());
      Queue(env);
    }
    RecordLatency(NowUnixMicros() - p.start_us);
    pending_.erase(it);
  }

  // Test-only fault injection (see StageRunnerOptions::fault_crash_on): behaves like logic
  // that crashes or loops forever on one particular input.
  void InjectFaults(const zmq::message_t& msg) {
    std::string_view bytes(static_cast<const char*>(msg.data()), msg.size());
    if (!o_.fault_crash_on.empty() && bytes.find(o_.fault_crash_on) != std::string_view::npos) {
      spdlog::error("{}: FAULT INJECTION: aborting on marker '{}'", o_.stage, o_.fault_crash_on);
      std::abort();
    }
    if (!o_.fault_hang_on.empty() && bytes.find(o_.fault_hang_on) != std::string_view::npos) {
      spdlog::error("{}: FAULT INJECTION: hanging on marker '{}'", o_.stage, o_.fault_hang_on);
      while (!g_stop.load()) ::pause();  // no heartbeats: the supervisor kills us
      std::_Exit(kExitCrash);
    }
  }

  void Queue(const v1::Envelope& env) { outbox_.push_back(ToMessage(env)); }

  void QueueOwnDeadLetters() {
    std::vector<v1::DeadLetter> letters;
    logic_.TakeDeadLetters(&letters);
    for (auto& letter : letters) {
      ++errors_;
      v1::Envelope env;
      env.set_article_id(letter.article_id());
      *env.mutable_dead_letter() = std::move(letter);
      Queue(env);
    }
  }

  // Sends what downstream accepts now; the rest waits (and stops input: backpressure).
  void FlushOutbox() {
    while (!outbox_.empty()) {
      if (!out_.send(outbox_.front(), zmq::send_flags::dontwait)) return;
      outbox_.pop_front();
      ++sent_;
    }
  }

  void RecordLatency(int64_t us) {
    if (us < 0) us = 0;
    latency_sum_us_ += static_cast<uint64_t>(us);
    busy_us_ += static_cast<uint64_t>(us);
    for (size_t i = 0; i < kLatencyBoundsUs.size(); ++i) {
      if (static_cast<uint64_t>(us) <= kLatencyBoundsUs[i]) {
        ++latency_counts_[i];
        return;
      }
    }
    ++latency_counts_.back();  // beyond the last bound: counted in +Inf by the daemon
    ++overflow_;
  }

  int TimeToHeartbeatMs() const {
    int64_t left = (last_heartbeat_us_ + o_.heartbeat_interval_ms * 1000LL - NowUnixMicros()) / 1000;
    return static_cast<int>(std::clamp<int64_t>(left, 0, o_.heartbeat_interval_ms));
  }

  bool HeartbeatDue() const {
    return NowUnixMicros() - last_heartbeat_us_ >= o_.heartbeat_interval_ms * 1000LL;
  }

  void MaybeHeartbeat() {
    if (HeartbeatDue()) SendHeartbeat(false);
  }

  void SendHeartbeat(bool stopping) {
    v1::Heartbeat hb;
    hb.set_stage(o_.stage);
    hb.set_replica(o_.replica);
    hb.set_pid(::getpid());
    hb.set_received(received_);
    hb.set_sent(sent_);
    hb.set_errors(errors_);
    hb.set_busy_us(busy_us_);
    for (uint64_t b : kLatencyBoundsUs) hb.add_latency_bounds_us(b);
    for (uint64_t c : latency_counts_) hb.add_latency_counts(c);
    hb.set_latency_sum_us(latency_sum_us_);
    hb.set_stopping(stopping);
    hb.set_current_article_id(current_article_id_);
    for (const auto& [ticket, p] : pending_) hb.add_held_article_ids(p.envelope.article_id());
    logic_.AddMetrics(&hb);
    zmq::message_t msg = ToMessage(hb);
    (void)control_.send(msg, zmq::send_flags::dontwait);  // a full control queue drops a beat
    last_heartbeat_us_ = NowUnixMicros();
  }

  const StageRunnerOptions& o_;
  AsyncStageLogic& logic_;
  zmq::context_t ctx_;
  zmq::socket_t in_, out_, control_;
  uint64_t received_ = 0, sent_ = 0, errors_ = 0, busy_us_ = 0, latency_sum_us_ = 0, overflow_ = 0;
  std::array<uint64_t, kLatencyBoundsUs.size()> latency_counts_{};
  int64_t last_heartbeat_us_ = 0;
  std::unique_ptr<CrashNoteWriter> note_;
  std::string current_article_id_;
  std::unordered_map<AsyncStageLogic::Ticket, Pending> pending_;
  AsyncStageLogic::Ticket next_ticket_ = 1;
  std::deque<zmq::message_t> outbox_;
};

int RunLoop(const StageRunnerOptions& options, AsyncStageLogic& logic) {
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
  try {
    StageLoop loop(options, logic);
    return loop.Run();
  } catch (const zmq::error_t& e) {
    spdlog::error("{}: socket error: {} (check --in/--out/--control endpoints)", options.stage,
                  e.what());
    return kExitConfig;
  } catch (const std::exception& e) {
    spdlog::error("{}: fatal: {}", options.stage, e.what());
    return kExitCrash;
  }
}

}  // namespace

void AddStageRunnerOptions(CLI::App& app, StageRunnerOptions* o) {
  app.add_option("--in", o->in_endpoint, "daemon endpoint to pull envelopes from")->required();
  app.add_option("--out", o->out_endpoint, "daemon endpoint to push results to")->required();
  app.add_option("--control", o->control_endpoint, "daemon endpoint for heartbeats")->required();
  app.add_option("--replica", o->replica, "replica index (for metrics)");
  app.add_option("--heartbeat-ms", o->heartbeat_interval_ms, "heartbeat interval");
  app.add_option("--hwm", o->hwm, "socket high-water mark (messages)");
  app.add_option("--log-level", o->log_level, "trace|debug|info|warn|error");
  app.add_option("--crash-note", o->crash_note,
                 "file where the article being processed is noted (read by the daemon after a crash)");
  app.add_option("--fault-inject-crash-on", o->fault_crash_on,
                 "TESTING ONLY: abort when an input contains this marker");
  app.add_option("--fault-inject-hang-on", o->fault_hang_on,
                 "TESTING ONLY: hang (stop heartbeating) when an input contains this marker");
}

int RunStage(const StageRunnerOptions& options, StageLogic& logic) {
  SyncLogicAdapter adapter(logic);
  return RunLoop(options, adapter);
}

int RunStage(const StageRunnerOptions& options, AsyncStageLogic& logic) {
  return RunLoop(options, logic);
}

}  // namespace tidings
