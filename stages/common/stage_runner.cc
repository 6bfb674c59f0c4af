#include "tidings/stage_runner.h"

#include <spdlog/spdlog.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <csignal>
#include <exception>
#include <thread>
#include <vector>
#include <zmq.hpp>

#include "tidings/crash_note.h"
#include "tidings/wire.h"

namespace tidings {

namespace {

std::atomic<bool> g_stop{false};

CurveKeys CurveKeysFromEnvironment() {
  auto get = [](const char* name) {
    const char* v = std::getenv(name);
    return std::string(v != nullptr ? v : "");
  };
  CurveKeys keys{get("TIDINGS_CURVE_PUBLIC_KEY"), get("TIDINGS_CURVE_SECRET_KEY"), get("TIDINGS_CURVE_SERVER_KEY")};
  if (keys.server_key.empty()) return {};  // a client needs the server's key
  return keys;
}

extern "C" void OnStopSignal(int) { g_stop.store(true); }

// Processing latency buckets (upper bounds, microseconds), sent with each heartbeat.
constexpr std::array<uint64_t, 16> kLatencyBoundsUs = {
    100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000,
    1000000, 2500000, 5000000, 10000000};

class StageLoop {
 public:
  StageLoop(const StageRunnerOptions& o, StageLogic& logic)
      : o_(o), logic_(logic), ctx_(1),
        in_(MakeSocket(ctx_, zmq::socket_type::pull, {.send_hwm = o.hwm, .recv_hwm = o.hwm})),
        out_(MakeSocket(ctx_, zmq::socket_type::push, {.send_hwm = o.hwm, .recv_hwm = o.hwm})),
        control_(MakeSocket(ctx_, zmq::socket_type::push,
                            {.send_hwm = 10, .recv_hwm = 10, .linger_ms = 200})) {
    // Keys for hops that leave the host, from the environment (the daemon's supervisor sets
    // them; a command line would show the secret key to every local user).
    CurveKeys curve = CurveKeysFromEnvironment();
    ApplyCurve(in_, curve);
    ApplyCurve(out_, curve);
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
    while (!g_stop.load()) {
      zmq::pollitem_t items[] = {{in_.handle(), 0, ZMQ_POLLIN, 0}};
      int timeout = TimeToHeartbeatMs();
      PollSockets(items, 1, std::chrono::milliseconds(timeout));
      MaybeHeartbeat();
      if (!(items[0].revents & ZMQ_POLLIN)) continue;
      std::vector<std::vector<zmq::message_t>> batch = ReceiveWaiting();
      received_ += batch.size();
      HandleMessages(batch);
    }
    SendHeartbeat(true);
    spdlog::info("{} replica {} stopping: received={} sent={} errors={}", o_.stage, o_.replica,
                 received_, sent_, errors_);
    return kExitOk;
  }

 private:
  // An envelope taken from its hop message ([HopHeader][payload]), with the payload kept for
  // dead letters.
  struct Work {
    zmq::message_t msg;  // the payload frame
    v1::Envelope env;
    int64_t start_us = 0;
  };

  // The message that woke the loop and up to MaxBatch() - 1 more already waiting.
  std::vector<std::vector<zmq::message_t>> ReceiveWaiting() {
    std::vector<std::vector<zmq::message_t>> batch;
    const size_t max = std::max<size_t>(1, logic_.MaxBatch());
    while (batch.size() < max) {
      std::vector<zmq::message_t> frames;
      if (!RecvMultipart(in_, &frames)) break;
      batch.push_back(std::move(frames));
    }
    return batch;
  }

  // First attempts are processed together; a replayed envelope goes alone (see MaxBatch()).
  void HandleMessages(std::vector<std::vector<zmq::message_t>>& batch) {
    std::vector<Work> group;
    for (auto& frames : batch) {
      Work w;
      if (!Decode(frames, &w)) continue;
      if (w.env.attempt() > 1) {
        ProcessGroup(group);
        group.clear();
        group.push_back(std::move(w));
        ProcessGroup(group);
        group.clear();
        continue;
      }
      group.push_back(std::move(w));
    }
    ProcessGroup(group);
  }

  // False when the message needs no processing here: it was not a valid hop message (a dead
  // letter is sent) or it is a dead letter this stage passes through (sent on).
  bool Decode(std::vector<zmq::message_t>& frames, Work* w) {
    w->start_us = NowUnixMicros();
    v1::HopHeader header;
    zmq::message_t& msg = frames.back();  // the payload
    if (!ParseHop(frames, &header) || !HopToEnvelope(header, msg.data(), msg.size(), &w->env)) {
      v1::Envelope dead;
      dead.set_article_id(header.article_id());
      dead.set_attempt(header.attempt());
      *dead.mutable_dead_letter() = MakeDeadLetter(
          o_.stage, frames.size() != 2 ? "input is not a [HopHeader][payload] message"
                                       : "payload is not a valid message of the kind its header names",
          std::string_view(static_cast<const char*>(msg.data()), msg.size()), header.article_id(), header.attempt());
      ++errors_;
      Send(dead);
      return false;
    }
    auto* trace = w->env.add_trace();
    trace->set_stage(o_.stage);
    trace->set_in_unix_us(w->start_us);
    trace->set_pid(::getpid());
    if (w->env.has_dead_letter() && !logic_.HandlesDeadLetters()) {
      trace->set_out_unix_us(NowUnixMicros());
      Send(w->env);
      return false;
    }
    w->msg = std::move(msg);
    return true;
  }

  void ProcessGroup(std::vector<Work>& group) {
    if (group.empty()) return;
    std::vector<Status> statuses(group.size());
    std::vector<size_t> todo(group.size());
    for (size_t i = 0; i < group.size(); ++i) todo[i] = i;
    for (int retry = 0; !todo.empty(); ++retry) {
      if (retry > 0 && !WaitBeforeRetry(retry, statuses[todo.front()], todo.size())) return;
      RunLogic(group, todo, &statuses);
      std::vector<size_t> busy;
      for (size_t i : todo) {
        if (statuses[i].code() == Status::Code::kBusy) {
          busy.push_back(i);
        } else {
          Emit(group[i], statuses[i]);
        }
      }
      if (busy.empty() && retry > 0) {
        spdlog::info("{}: processed after {} retries", o_.stage, retry);
      }
      todo = std::move(busy);
    }
  }

  // Runs the logic on group[todo...], with the crash note naming the first article.
  void RunLogic(std::vector<Work>& group, const std::vector<size_t>& todo, std::vector<Status>* statuses) {
    std::vector<v1::Envelope*> envelopes;
    for (size_t i : todo) envelopes.push_back(&group[i].env);
    std::vector<Status> out(todo.size());
    current_article_id_ = envelopes.front()->article_id();
    if (note_) note_->Begin(envelopes.front()->article_id(), envelopes.front()->attempt());
    try {
      for (size_t i : todo) InjectFaults(group[i].msg);
      logic_.ProcessBatch(envelopes, out);
    } catch (const std::exception& e) {
      out.assign(todo.size(), Status::Internal(std::string("stage threw: ") + e.what()));
    } catch (...) {
      out.assign(todo.size(), Status::Internal("stage threw a non-standard exception"));
    }
    // Only the logic can be blamed for a crash; a stage killed while it waits to send the
    // result (or to retry) is not the article's fault (the daemon replays it without a strike).
    if (note_) note_->End();
    current_article_id_.clear();
    for (size_t k = 0; k < todo.size(); ++k) (*statuses)[todo[k]] = std::move(out[k]);
  }

  // Waits 100 ms, doubling per retry up to 5 s, heartbeating meanwhile. False when the stage is
  // stopping: the envelopes are dropped unsent, and the daemon replays them from its journal.
  bool WaitBeforeRetry(int retry, const Status& why, size_t count) {
    const int64_t delay_ms = std::min<int64_t>(100LL << std::min(retry - 1, 6), 5000);
    if (retry == 1 || delay_ms == 5000) {
      spdlog::warn("{}: {} envelopes wait (retry {} in {} ms): {}", o_.stage, count, retry, delay_ms,
                   why.ToString());
    }
    const int64_t until = NowUnixMicros() + delay_ms * 1000;
    while (NowUnixMicros() < until) {
      if (g_stop.load()) {
        spdlog::warn("{}: stopping with {} envelopes not processed; the daemon will replay them", o_.stage,
                     count);
        return false;
      }
      const int64_t left_ms = (until - NowUnixMicros()) / 1000;
      std::this_thread::sleep_for(std::chrono::milliseconds(std::clamp<int64_t>(
          std::min<int64_t>(left_ms, TimeToHeartbeatMs()), 1, 100)));
      MaybeHeartbeat();
    }
    return true;
  }

  // Sends the result, or a dead letter with the reason when the logic failed.
  void Emit(Work& w, const Status& status) {
    v1::Envelope& env = w.env;
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
          MakeDeadLetter(o_.stage, status.ToString(),
                         std::string_view(static_cast<const char*>(w.msg.data()), w.msg.size()),
                         env.article_id(), env.attempt());
      dead.mutable_trace(dead.trace_size() - 1)->set_out_unix_us(NowUnixMicros());
      Send(dead);
    } else {
      env.mutable_trace(env.trace_size() - 1)->set_out_unix_us(NowUnixMicros());
      Send(env);
    }
    RecordLatency(NowUnixMicros() - w.start_us);
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

  // Blocks while downstream is full (backpressure), but keeps heartbeating and honours stop.
  void Send(const v1::Envelope& env) {
    v1::HopHeader header;
    zmq::message_t payload;
    EnvelopeToHop(env, &header, &payload);
    zmq::message_t head = ToMessage(header);
    while (true) {
      if (SendHop(out_, head, payload)) {
        ++sent_;
        return;
      }
      if (g_stop.load()) {
        spdlog::warn("{}: stopping while downstream is full; article {} will be replayed",
                     o_.stage, env.article_id());
        return;
      }
      zmq::pollitem_t items[] = {{out_.handle(), 0, ZMQ_POLLOUT, 0}};
      PollSockets(items, 1, std::chrono::milliseconds(TimeToHeartbeatMs()));
      MaybeHeartbeat();
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

  void MaybeHeartbeat() {
    if (NowUnixMicros() - last_heartbeat_us_ >= o_.heartbeat_interval_ms * 1000LL) {
      SendHeartbeat(false);
    }
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
    zmq::message_t msg = ToMessage(hb);
    (void)control_.send(msg, zmq::send_flags::dontwait);  // a full control queue drops a beat
    last_heartbeat_us_ = NowUnixMicros();
  }

  const StageRunnerOptions& o_;
  StageLogic& logic_;
  zmq::context_t ctx_;
  zmq::socket_t in_, out_, control_;
  uint64_t received_ = 0, sent_ = 0, errors_ = 0, busy_us_ = 0, latency_sum_us_ = 0, overflow_ = 0;
  std::array<uint64_t, kLatencyBoundsUs.size()> latency_counts_{};
  int64_t last_heartbeat_us_ = 0;
  std::unique_ptr<CrashNoteWriter> note_;
  std::string current_article_id_;
};

}  // namespace

void StageLogic::ProcessBatch(std::span<v1::Envelope*> envelopes, std::span<Status> statuses) {
  for (size_t i = 0; i < envelopes.size(); ++i) statuses[i] = Process(*envelopes[i]);
}

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
  g_stop.store(false);  // a process may run a stage more than once (tests)
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

}  // namespace tidings
