// The loop for an AsyncStageLogic: envelopes are started as they arrive (while the logic has
// room and nothing waits to go downstream), the logic polls its own work between reads with a
// timeout that never makes a heartbeat late, and finished envelopes queue in an outbox that
// is flushed without blocking. A full downstream stops input, not heartbeats.
#include <spdlog/spdlog.h>

#include <deque>
#include <exception>
#include <unordered_map>
#include <utility>
#include <vector>
#include <zmq.hpp>

#include "stage_loop.h"
#include "tidings/wire.h"

namespace tidings::internal {

namespace {

class AsyncStageLoop : public StageLoopBase {
 public:
  AsyncStageLoop(const StageRunnerOptions& o, AsyncStageLogic& logic)
      : StageLoopBase(o, logic.HandlesDeadLetters(), static_cast<uint32_t>(o.hwm)), logic_(logic) {}

  int Run() {
    spdlog::info("{} replica {} started: in={} out={}", o_.stage, o_.replica, o_.in_endpoint,
                 o_.out_endpoint);
    SendHeartbeat(false);
    GrantCredits(window());
    std::vector<AsyncStageLogic::Done> done;
    while (!g_stop.load()) {
      MaybeHeartbeat();
      if (pending_.empty() && outbox_.empty()) ResyncCreditsWhenIdle();
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
        logic_.Poll(WaitBudget(), std::span<const int>(&wake, wake >= 0 ? 1 : 0), &done);
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
  static constexpr int kReadBudget = 64;  // envelopes read per turn before timers are looked at

  bool CanRead() const { return outbox_.empty() && logic_.HasRoom(); }

  void ReadInput() {
    for (int n = 0; n < kReadBudget && CanRead() && !HeartbeatDue(); ++n) {
      std::vector<zmq::message_t> frames;
      if (!RecvMultipart(in_, &frames)) return;
      NoteInput();
      ++received_;
      Accept(frames);
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

  void Accept(std::vector<zmq::message_t>& frames) {
    Work w;
    if (!Decode(frames, &w)) {
      Queue(w.env);
      GrantCredits(1);
      return;
    }
    const AsyncStageLogic::Ticket ticket = next_ticket_++;
    Work& held = pending_[ticket] = std::move(w);
    current_article_id_ = held.env.article_id();
    if (note_) note_->Begin(held.env.article_id(), held.env.attempt());
    std::vector<AsyncStageLogic::Done> done;
    try {
      InjectFaults(held.msg);
      logic_.Start(ticket, &held.env, &done);
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
    Queue(Result(it->second, status));
    pending_.erase(it);
    GrantCredits(1);
  }

  void Queue(const v1::Envelope& env) {
    v1::HopHeader header;
    zmq::message_t payload;
    EnvelopeToHop(env, &header, &payload);
    outbox_.emplace_back(ToMessage(header), std::move(payload));
  }

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
      auto& [header, payload] = outbox_.front();
      if (!SendHop(out_, header, payload)) return;
      outbox_.pop_front();
      ++sent_;
    }
  }

  void AddToHeartbeat(v1::Heartbeat* hb) const override {
    for (const auto& [ticket, w] : pending_) hb->add_held_article_ids(w.env.article_id());
    hb->set_blocked(!logic_.HasRoom());
    logic_.AddMetrics(hb);
  }

  AsyncStageLogic& logic_;
  std::unordered_map<AsyncStageLogic::Ticket, Work> pending_;
  AsyncStageLogic::Ticket next_ticket_ = 1;
  std::deque<std::pair<zmq::message_t, zmq::message_t>> outbox_;  // [HopHeader][payload]
};

}  // namespace

int RunAsyncLoop(const StageRunnerOptions& options, AsyncStageLogic& logic) {
  AsyncStageLoop loop(options, logic);
  return loop.Run();
}

}  // namespace tidings::internal
