#include "stage_loop.h"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include "tidings/wire.h"

namespace tidings::internal {

std::atomic<bool> g_stop{false};

namespace {

CurveKeys CurveKeysFromEnvironment() {
  auto get = [](const char* name) {
    const char* v = std::getenv(name);
    return std::string(v != nullptr ? v : "");
  };
  CurveKeys keys{get("TIDINGS_CURVE_PUBLIC_KEY"), get("TIDINGS_CURVE_SECRET_KEY"), get("TIDINGS_CURVE_SERVER_KEY")};
  if (keys.server_key.empty()) return {};  // a client needs the server's key
  return keys;
}

// Processing latency buckets (upper bounds, microseconds), sent with each heartbeat.
constexpr std::array<uint64_t, 16> kLatencyBoundsUs = {
    100, 250, 500, 1000, 2500, 5000, 10000, 25000, 50000, 100000, 250000, 500000,
    1000000, 2500000, 5000000, 10000000};

}  // namespace

StageLoopBase::StageLoopBase(const StageRunnerOptions& o, bool handles_dead_letters, uint32_t window)
    : o_(o), handles_dead_letters_(handles_dead_letters), ctx_(1),
      in_(MakeSocket(ctx_, zmq::socket_type::dealer, {.send_hwm = o.hwm, .recv_hwm = o.hwm})),
      out_(MakeSocket(ctx_, zmq::socket_type::push, {.send_hwm = o.hwm, .recv_hwm = o.hwm})),
      control_(MakeSocket(ctx_, zmq::socket_type::push,
                          {.send_hwm = 10, .recv_hwm = 10, .linger_ms = 200})),
      window_(std::max<uint32_t>(1, window)) {
  // Keys for hops that leave the host, from the environment (the daemon's supervisor sets
  // them; a command line would show the secret key to every local user).
  CurveKeys curve = CurveKeysFromEnvironment();
  ApplyCurve(in_, curve);
  ApplyCurve(out_, curve);
  in_.connect(o.in_endpoint);
  out_.connect(o.out_endpoint);
  control_.connect(o.control_endpoint);
  if (!o.crash_note.empty()) {
    Status s = CrashNoteWriter::Open(o.crash_note, &note_);
    // Without the note the daemon cannot tell which article a crash was holding; it still
    // replays everything this stage held, so this is a warning, not a failure.
    if (!s.ok()) spdlog::warn("{}: {}", o.stage, s.ToString());
  }
}

bool StageLoopBase::Decode(std::vector<zmq::message_t>& frames, Work* w) {
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
    w->env = std::move(dead);
    return false;
  }
  auto* trace = w->env.add_trace();
  trace->set_stage(o_.stage);
  trace->set_in_unix_us(w->start_us);
  trace->set_pid(::getpid());
  if (w->env.has_dead_letter() && !handles_dead_letters_) {
    trace->set_out_unix_us(NowUnixMicros());
    return false;
  }
  w->msg = std::move(msg);
  return true;
}

v1::Envelope StageLoopBase::Result(Work& w, const Status& status) {
  RecordLatency(NowUnixMicros() - w.start_us);
  v1::Envelope& env = w.env;
  if (status.ok()) {
    auto* trace = env.mutable_trace(env.trace_size() - 1);
    trace->set_out_unix_us(NowUnixMicros());
    trace->set_cpu_us(w.cpu_us);
    return std::move(env);
  }
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
  return dead;
}

void StageLoopBase::InjectFaults(const zmq::message_t& msg) {
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

void StageLoopBase::RecordLatency(int64_t us) {
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

void StageLoopBase::SendCredit(uint32_t n, bool reset) {
  v1::HopCredit credit;
  credit.set_credits(n);
  credit.set_reset(reset);
  zmq::message_t msg = ToMessage(credit);
  // Not sent (the queue to a daemon that is gone is full): the idle resync grants it again.
  (void)in_.send(msg, zmq::send_flags::dontwait);
}

void StageLoopBase::GrantCredits(uint32_t n) {
  if (n > 0) SendCredit(n, false);
}

void StageLoopBase::NoteInput() { last_input_us_ = NowUnixMicros(); }

void StageLoopBase::ResyncCreditsWhenIdle() {
  const int64_t now = NowUnixMicros(), interval = o_.heartbeat_interval_ms * 1000LL;
  if (now - last_input_us_ < interval || now - last_resync_us_ < interval) return;
  SendCredit(window_, true);
  last_resync_us_ = now;
}

int StageLoopBase::TimeToHeartbeatMs() const {
  int64_t left = (last_heartbeat_us_ + o_.heartbeat_interval_ms * 1000LL - NowUnixMicros()) / 1000;
  return static_cast<int>(std::clamp<int64_t>(left, 0, o_.heartbeat_interval_ms));
}

bool StageLoopBase::HeartbeatDue() const {
  return NowUnixMicros() - last_heartbeat_us_ >= o_.heartbeat_interval_ms * 1000LL;
}

void StageLoopBase::MaybeHeartbeat() {
  if (HeartbeatDue()) SendHeartbeat(false);
}

void StageLoopBase::SendHeartbeat(bool stopping) {
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
  AddToHeartbeat(&hb);
  zmq::message_t msg = ToMessage(hb);
  (void)control_.send(msg, zmq::send_flags::dontwait);  // a full control queue drops a beat
  last_heartbeat_us_ = NowUnixMicros();
}

}  // namespace tidings::internal
