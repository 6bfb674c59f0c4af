#include "tidings/stage_runner.h"

#include <signal.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <csignal>
#include <exception>
#include <thread>
#include <vector>
#include <zmq.hpp>

#include "stage_loop.h"
#include "tidings/allocator.h"
#include "tidings/wire.h"

namespace tidings {

namespace {

using internal::g_stop;

extern "C" void OnStopSignal(int) { g_stop.store(true); }

// The loop for a StageLogic: waiting envelopes in batches, busy ones retried.
class StageLoop : public internal::StageLoopBase {
 public:
  // Window: a batch being processed and the next one waiting here, so the replica never idles
  // for the round trip of a credit.
  StageLoop(const StageRunnerOptions& o, StageLogic& logic)
      : StageLoopBase(o, logic.HandlesDeadLetters(), static_cast<uint32_t>(2 * std::max<size_t>(1, logic.MaxBatch()))),
        logic_(logic) {}

  int Run() {
    spdlog::info("{} replica {} started: in={} out={}", o_.stage, o_.replica, o_.in_endpoint,
                 o_.out_endpoint);
    SendHeartbeat(false);
    GrantCredits(window());
    while (!g_stop.load()) {
      zmq::pollitem_t items[] = {{in_.handle(), 0, ZMQ_POLLIN, 0}};
      int timeout = TimeToHeartbeatMs();
      PollSockets(items, 1, std::chrono::milliseconds(timeout));
      MaybeHeartbeat();
      if (!(items[0].revents & ZMQ_POLLIN)) {
        ResyncCreditsWhenIdle();
        continue;
      }
      std::vector<std::vector<zmq::message_t>> batch = ReceiveWaiting();
      NoteInput();
      received_ += batch.size();
      HandleMessages(batch);
      GrantCredits(static_cast<uint32_t>(batch.size()));
    }
    SendHeartbeat(true);
    spdlog::info("{} replica {} stopping: received={} sent={} errors={}", o_.stage, o_.replica,
                 received_, sent_, errors_);
    return kExitOk;
  }

 private:
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
      if (!Decode(frames, &w)) {
        Send(w.env);
        continue;
      }
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

  void ProcessGroup(std::vector<Work>& group) {
    if (group.empty()) return;
    std::vector<Status> statuses(group.size());
    std::vector<size_t> todo(group.size());
    for (size_t i = 0; i < group.size(); ++i) todo[i] = i;
    for (int retry = 0; !todo.empty(); ++retry) {
      if (retry > 0) {
        // Held, not lost: the daemon does not replay (nor strike) what a living stage says it
        // is waiting to retry, however long the dependency (a database restart) takes.
        waiting_ids_.clear();
        for (size_t i : todo) waiting_ids_.push_back(group[i].env.article_id());
        const bool go_on = WaitBeforeRetry(retry, statuses[todo.front()], todo.size());
        waiting_ids_.clear();
        if (!go_on) return;
      }
      RunLogic(group, todo, &statuses);
      std::vector<size_t> busy;
      for (size_t i : todo) {
        if (statuses[i].code() == Status::Code::kBusy) {
          busy.push_back(i);
        } else {
          Send(Result(group[i], statuses[i]));
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
    const int64_t cpu_before_us = ThreadCpuMicros();
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
    const int64_t cpu_us = ThreadCpuMicros() - cpu_before_us;
    for (size_t k = 0; k < todo.size(); ++k) {
      (*statuses)[todo[k]] = std::move(out[k]);
      group[todo[k]].cpu_us += cpu_us;
    }
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

  void AddToHeartbeat(v1::Heartbeat* hb) const override {
    for (const auto& id : waiting_ids_) hb->add_held_article_ids(id);
    hb->set_blocked(!waiting_ids_.empty());
  }

  StageLogic& logic_;
  std::vector<std::string> waiting_ids_;  // envelopes waiting to be retried after "busy"
};

// Runs `run` with the stop signals caught and the loop's failures turned into exit codes.
template <typename RunFn>
int RunGuarded(const StageRunnerOptions& options, RunFn run) {
  g_stop.store(false);  // a process may run a stage more than once (tests)
  TuneAllocatorForPages();
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  std::signal(SIGPIPE, SIG_IGN);
  try {
    return run();
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
  return RunGuarded(options, [&] {
    StageLoop loop(options, logic);
    return loop.Run();
  });
}

int RunStage(const StageRunnerOptions& options, AsyncStageLogic& logic) {
  return RunGuarded(options, [&] { return internal::RunAsyncLoop(options, logic); });
}

}  // namespace tidings
