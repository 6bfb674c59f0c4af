// The stage runner with a real loop over real sockets (loopback TCP): batches of waiting
// envelopes, a replay processed alone, and "busy" envelopes kept and retried while heartbeats
// go on. RunStage stops on SIGTERM (a process-wide flag), so each test runs it once.
#include "tidings/stage_runner.h"

#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>
#include <zmq.hpp>

#include "tidings/wire.h"

namespace tidings {
namespace {

using namespace std::chrono_literals;

// Records what it was given; the first `busy_calls` calls answer Busy for everything.
class RecordingLogic : public StageLogic {
 public:
  explicit RecordingLogic(int busy_calls) : busy_left_(busy_calls) {}
  size_t MaxBatch() const override { return 16; }
  Status Process(v1::Envelope&) override { return Status::Internal("ProcessBatch is used"); }
  void ProcessBatch(std::span<v1::Envelope*> envelopes, std::span<Status> statuses) override {
    std::lock_guard lock(mu_);
    std::vector<std::string> ids;
    for (auto* e : envelopes) ids.push_back(e->article_id());
    calls_.push_back(ids);
    // A slow first envelope, so that the next ones queue up meanwhile.
    if (ids.front() == "gate") std::this_thread::sleep_for(300ms);
    for (size_t i = 0; i < envelopes.size(); ++i) {
      if (busy_left_ > 0) {
        statuses[i] = Status::Busy("database restarting");
      } else {
        envelopes[i]->mutable_article()->set_title("processed");
        statuses[i] = Status::Ok();
      }
    }
    if (busy_left_ > 0) --busy_left_;
  }
  std::vector<std::vector<std::string>> calls() {
    std::lock_guard lock(mu_);
    return calls_;
  }

 private:
  std::mutex mu_;
  int busy_left_;
  std::vector<std::vector<std::string>> calls_;
};

// The daemon's side of a stage's hops.
struct Hops {
  zmq::context_t ctx{1};
  zmq::socket_t in{ctx, zmq::socket_type::router}, out{ctx, zmq::socket_type::pull},
      control{ctx, zmq::socket_type::pull};
  StageRunnerOptions options;
  std::string replica;            // the stage's routing id, from its first credit
  std::vector<v1::HopCredit> credits;
  Hops() {
    for (auto* s : {&in, &out, &control}) s->set(zmq::sockopt::linger, 0);
    EXPECT_TRUE(BindSocket(in, "tcp://127.0.0.1:*", &options.in_endpoint).ok());
    EXPECT_TRUE(BindSocket(out, "tcp://127.0.0.1:*", &options.out_endpoint).ok());
    EXPECT_TRUE(BindSocket(control, "tcp://127.0.0.1:*", &options.control_endpoint).ok());
    options.stage = "test";
    options.heartbeat_interval_ms = 100;
  }
  void Send(const std::string& id, uint32_t attempt) {
    v1::Envelope env;
    env.set_article_id(id);
    env.set_attempt(attempt);
    env.mutable_article()->set_id(id);
    v1::HopHeader header;
    zmq::message_t payload;
    EnvelopeToHop(env, &header, &payload);
    zmq::message_t header_msg = ToMessage(header);
    for (auto until = std::chrono::steady_clock::now() + 10s; replica.empty() && std::chrono::steady_clock::now() < until;) {
      ReadCredits(50ms);
    }
    ASSERT_FALSE(replica.empty()) << "the stage granted no credit";
    in.send(zmq::buffer(replica), zmq::send_flags::sndmore);  // sent regardless of credits
    in.send(header_msg, zmq::send_flags::sndmore);
    in.send(payload, zmq::send_flags::none);
  }
  // Credits the stage granted within `wait`.
  void ReadCredits(std::chrono::milliseconds wait) {
    zmq::pollitem_t items[] = {{in.handle(), 0, ZMQ_POLLIN, 0}};
    zmq::poll(items, 1, wait);
    for (std::vector<zmq::message_t> frames; RecvMultipart(in, &frames);) {
      v1::HopCredit credit;
      ASSERT_EQ(frames.size(), 2u);
      ASSERT_TRUE(FromBytes(frames[1].data(), frames[1].size(), &credit));
      replica = frames[0].to_string();
      credits.push_back(credit);
    }
  }
  // Envelopes out, in arrival order, until `n` came or the timeout passed.
  std::vector<v1::Envelope> Receive(size_t n, std::chrono::milliseconds timeout) {
    std::vector<v1::Envelope> got;
    for (auto until = std::chrono::steady_clock::now() + timeout; got.size() < n && std::chrono::steady_clock::now() < until;) {
      zmq::pollitem_t items[] = {{out.handle(), 0, ZMQ_POLLIN, 0}};
      zmq::poll(items, 1, 50ms);
      std::vector<zmq::message_t> frames;
      if (!(items[0].revents & ZMQ_POLLIN) || !RecvMultipart(out, &frames)) continue;
      v1::HopHeader header;
      v1::Envelope env;
      EXPECT_TRUE(ParseHop(frames, &header));
      EXPECT_TRUE(HopToEnvelope(header, frames[1].data(), frames[1].size(), &env));
      got.push_back(env);
    }
    return got;
  }
  std::vector<v1::Heartbeat> Heartbeats() {
    std::vector<v1::Heartbeat> beats;
    for (std::vector<zmq::message_t> frames; RecvMultipart(control, &frames);) {
      v1::Heartbeat hb;
      if (FromBytes(frames[0].data(), frames[0].size(), &hb)) beats.push_back(hb);
    }
    return beats;
  }
};

TEST(StageRunner, WaitingEnvelopesGoInBatchesAndAReplayGoesAlone) {
  Hops hops;
  RecordingLogic logic(/*busy_calls=*/0);
  int rc = -1;
  std::thread stage([&] { rc = RunStage(hops.options, logic); });
  // While the stage works on "gate", the others arrive and wait together.
  hops.Send("gate", 1);
  std::this_thread::sleep_for(100ms);
  for (int i = 0; i < 5; ++i) hops.Send("a" + std::to_string(i), 1);
  hops.Send("replayed", 2);
  hops.Send("a5", 1);
  auto got = hops.Receive(8, 10s);
  raise(SIGTERM);
  stage.join();
  EXPECT_EQ(rc, kExitOk);
  ASSERT_EQ(got.size(), 8u);
  std::vector<std::string> order;
  for (const auto& e : got) {
    order.push_back(e.article_id());
    EXPECT_EQ(e.article().title(), "processed");
  }
  EXPECT_EQ(order, (std::vector<std::string>{"gate", "a0", "a1", "a2", "a3", "a4", "replayed", "a5"}));
  bool batched = false, replay_alone = false;
  for (const auto& call : logic.calls()) {
    batched = batched || call.size() > 1;
    if (std::find(call.begin(), call.end(), "replayed") != call.end()) replay_alone = call.size() == 1;
  }
  EXPECT_TRUE(batched) << "envelopes that were waiting together are processed together";
  EXPECT_TRUE(replay_alone) << "a replayed envelope (attempt 2) is processed on its own";
}

// "sleep" sleeps 60 ms; "spin" spins until its thread has used 40 ms of CPU.
class SpinOrSleepLogic : public StageLogic {
 public:
  Status Process(v1::Envelope& env) override {
    if (env.article_id() == "sleep") {
      std::this_thread::sleep_for(60ms);
      return Status::Ok();
    }
    for (const int64_t start = ThreadCpuMicros(); ThreadCpuMicros() - start < 40000;) {
    }
    return Status::Ok();
  }
};

TEST(StageRunner, TheTraceSaysHowMuchOfTheProcessingWasCpuTime) {
  Hops hops;
  SpinOrSleepLogic logic;
  int rc = -1;
  std::thread stage([&] { rc = RunStage(hops.options, logic); });
  hops.Send("spin", 1);
  hops.Send("sleep", 1);
  auto got = hops.Receive(2, 10s);
  raise(SIGTERM);
  stage.join();
  EXPECT_EQ(rc, kExitOk);
  ASSERT_EQ(got.size(), 2u);
  for (const auto& e : got) {
    ASSERT_EQ(e.trace_size(), 1) << e.article_id();
    const auto& t = e.trace(0);
    if (e.article_id() == "spin") {
      EXPECT_GE(t.cpu_us(), 40000) << "a busy loop is CPU time";
      EXPECT_GE(t.out_unix_us() - t.in_unix_us(), t.cpu_us()) << "and wall time at least as long";
    } else {
      EXPECT_GE(t.out_unix_us() - t.in_unix_us(), 60000);
      EXPECT_LT(t.cpu_us(), 30000) << "sleeping is not CPU time";
    }
  }
}

TEST(StageRunner, GrantsItsWindowThenACreditPerEnvelopeAndResyncsWhenIdle) {
  Hops hops;
  RecordingLogic logic(/*busy_calls=*/0);
  int rc = -1;
  std::thread stage([&] { rc = RunStage(hops.options, logic); });
  hops.Send("first", 1);  // waits for the first credit
  ASSERT_FALSE(hops.credits.empty());
  EXPECT_EQ(hops.credits[0].credits(), 32u) << "two batches of MaxBatch() 16: one processed, one waiting";
  EXPECT_FALSE(hops.credits[0].reset());
  hops.credits.clear();
  hops.Send("second", 1);
  ASSERT_EQ(hops.Receive(2, 10s).size(), 2u);
  // A credit goes back after its result: on a busy machine it may come a moment later.
  auto given_back = [&] {
    uint32_t n = 0;
    for (const auto& c : hops.credits) n += c.reset() ? 0 : c.credits();
    return n;
  };
  for (int i = 0; i < 100 && given_back() < 2; ++i) hops.ReadCredits(50ms);
  hops.ReadCredits(20ms);  // and no more than that
  EXPECT_EQ(given_back(), 2u) << "one credit back per envelope done";
  // Idle for longer than a heartbeat interval (100 ms here): the whole window, as a reset.
  hops.credits.clear();
  for (int i = 0; i < 10 && hops.credits.empty(); ++i) hops.ReadCredits(50ms);
  raise(SIGTERM);
  stage.join();
  EXPECT_EQ(rc, kExitOk);
  ASSERT_FALSE(hops.credits.empty());
  EXPECT_TRUE(hops.credits.back().reset());
  EXPECT_EQ(hops.credits.back().credits(), 32u);
}

TEST(StageRunner, BusyEnvelopesAreKeptAndRetriedWhileHeartbeatsGoOn) {
  Hops hops;
  RecordingLogic logic(/*busy_calls=*/3);  // retries after 100, 200 and 400 ms
  int rc = -1;
  std::thread stage([&] { rc = RunStage(hops.options, logic); });
  hops.Send("held", 1);
  const auto start = std::chrono::steady_clock::now();
  auto got = hops.Receive(1, 10s);
  const auto waited = std::chrono::steady_clock::now() - start;
  const std::vector<v1::Heartbeat> beats = hops.Heartbeats();
  raise(SIGTERM);
  stage.join();
  EXPECT_EQ(rc, kExitOk);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].article_id(), "held");
  EXPECT_FALSE(got[0].has_dead_letter()) << "busy is not a failure: nothing is dead-lettered";
  EXPECT_EQ(logic.calls().size(), 4u);
  EXPECT_GE(waited, 650ms) << "capped exponential backoff between the retries";
  EXPECT_GE(beats.size(), 5u) << "heartbeats (every 100 ms) continue while the envelope waits";
  size_t naming_it = 0;
  for (const auto& hb : beats) {
    if (hb.held_article_ids_size() == 1 && hb.held_article_ids(0) == "held") ++naming_it;
  }
  EXPECT_GE(naming_it, 3u) << "heartbeats during the waits name the envelope as held (no replay, no strike)";
}

// Finishes each envelope `hold` after it started (a download), "fail" ones with an error;
// reports one stage sample per heartbeat.
class DelayedLogic : public AsyncStageLogic {
 public:
  explicit DelayedLogic(std::chrono::milliseconds hold) : hold_(hold) {}
  void Start(Ticket ticket, v1::Envelope* envelope, std::vector<Done>*) override {
    held_.push_back({ticket, envelope, std::chrono::steady_clock::now() + hold_});
  }
  bool HasRoom() const override { return held_.size() < 8; }
  void Poll(std::chrono::milliseconds timeout, std::span<const int>, std::vector<Done>* done) override {
    std::this_thread::sleep_for(std::min(timeout, std::chrono::milliseconds(10)));
    const auto now = std::chrono::steady_clock::now();
    for (auto it = held_.begin(); it != held_.end();) {
      if (it->due > now) {
        ++it;
        continue;
      }
      if (it->envelope->article_id() == "fail") {
        done->push_back({it->ticket, Status::NotFound("HTTP 404 from http://x/fail")});
      } else {
        it->envelope->mutable_article()->set_title("fetched");
        done->push_back({it->ticket, Status::Ok()});
      }
      it = held_.erase(it);
    }
  }
  void AddMetrics(v1::Heartbeat* hb) const override {
    v1::MetricSample* s = hb->add_samples();
    s->set_name("test_held");
    s->set_value(static_cast<double>(held_.size()));
  }

 private:
  struct Held {
    Ticket ticket;
    v1::Envelope* envelope;
    std::chrono::steady_clock::time_point due;
  };
  std::chrono::milliseconds hold_;
  std::vector<Held> held_;
};

TEST(StageRunner, AsyncLogicHoldsManyEnvelopesWhileHeartbeatsNameThem) {
  Hops hops;
  DelayedLogic logic(600ms);
  int rc = -1;
  std::thread stage([&] { rc = RunStage(hops.options, static_cast<AsyncStageLogic&>(logic)); });
  const auto start = std::chrono::steady_clock::now();
  for (const char* id : {"a", "b", "fail", "c"}) hops.Send(id, 1);
  std::this_thread::sleep_for(400ms);
  // Heartbeats (every 100 ms) while all four are held, each naming them.
  std::vector<v1::Heartbeat> beats = hops.Heartbeats();
  auto got = hops.Receive(4, 10s);
  const auto took = std::chrono::steady_clock::now() - start;
  raise(SIGTERM);
  stage.join();
  EXPECT_EQ(rc, kExitOk);
  ASSERT_GE(beats.size(), 2u);
  std::vector<std::string> held(beats.back().held_article_ids().begin(), beats.back().held_article_ids().end());
  std::sort(held.begin(), held.end());
  EXPECT_EQ(held, (std::vector<std::string>{"a", "b", "c", "fail"}));
  ASSERT_EQ(beats.back().samples_size(), 1);
  EXPECT_EQ(beats.back().samples(0).value(), 4);
  ASSERT_EQ(got.size(), 4u);
  EXPECT_LT(took, 1500ms) << "the four were held at once, not one after another";
  for (const auto& e : got) {
    if (e.article_id() == "fail") {
      ASSERT_TRUE(e.has_dead_letter());
      EXPECT_EQ(e.dead_letter().reason(), "not found: HTTP 404 from http://x/fail");
    } else {
      EXPECT_EQ(e.article().title(), "fetched") << e.article_id();
    }
  }
}

}  // namespace
}  // namespace tidings
