// AckedPusher against real ZeroMQ ROUTER sockets in this process that answer as tidingsd does
// (["", Ack] per ["", Article]), with policies for busy answers, silence and restarts. The
// pusher with the real daemon, killed and restarted, is tests/push_survival_test.cc.
#include "acked_pusher.h"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "tidings/wire.h"

namespace tidings::cli {
namespace {

using namespace std::chrono_literals;

// A ROUTER on an ephemeral loopback port answering each article with `policy` (nothing: no
// answer, as a daemon that died before replying).
class FakeIntake {
 public:
  using Policy = std::function<std::optional<v1::Ack>(const v1::Article&)>;
  FakeIntake(zmq::context_t& ctx, Policy policy) : socket_(ctx, zmq::socket_type::router), policy_(std::move(policy)) {
    socket_.set(zmq::sockopt::linger, 0);
    socket_.bind("tcp://127.0.0.1:*");
    endpoint_ = socket_.get(zmq::sockopt::last_endpoint);
    thread_ = std::thread([this] { Serve(); });
  }
  ~FakeIntake() { Stop(); }
  void Stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }
  const std::string& endpoint() const { return endpoint_; }
  size_t received() const { return received_; }

 private:
  void Serve() {
    while (!stop_) {
      zmq::pollitem_t items[] = {{socket_.handle(), 0, ZMQ_POLLIN, 0}};
      zmq::poll(items, 1, 10ms);
      if (!(items[0].revents & ZMQ_POLLIN)) continue;
      zmq::message_t identity, delim, body;
      (void)socket_.recv(identity);
      (void)socket_.recv(delim);
      (void)socket_.recv(body);
      ++received_;
      v1::Article a;
      if (!FromBytes(body.data(), body.size(), &a)) continue;
      std::optional<v1::Ack> ack = policy_(a);
      if (!ack) continue;
      socket_.send(identity, zmq::send_flags::sndmore);
      socket_.send(zmq::message_t(), zmq::send_flags::sndmore);
      socket_.send(ToMessage(*ack), zmq::send_flags::none);
    }
  }

  zmq::socket_t socket_;
  std::string endpoint_;
  Policy policy_;
  std::atomic<bool> stop_{false};
  std::atomic<size_t> received_{0};
  std::thread thread_;
};

v1::Ack Answer(const v1::Article& a, v1::Ack::Status status, uint32_t retry_after_ms = 0) {
  v1::Ack ack;
  ack.set_article_id(a.id());
  ack.set_status(status);
  ack.set_retry_after_ms(retry_after_ms);
  return ack;
}

// The daemon's journal as the fake intakes share it: the first answer for an id is ACCEPTED,
// later ones DUPLICATE.
class FakeJournal {
 public:
  v1::Ack Accept(const v1::Article& a) {
    std::lock_guard<std::mutex> lock(mu_);
    return Answer(a, ids_.insert(a.id()).second ? v1::Ack::ACCEPTED : v1::Ack::DUPLICATE);
  }
  size_t size() {
    std::lock_guard<std::mutex> lock(mu_);
    return ids_.size();
  }

 private:
  std::mutex mu_;
  std::set<std::string> ids_;
};

std::vector<v1::Article> Articles(size_t n) {
  std::vector<v1::Article> out(n);
  for (size_t i = 0; i < n; ++i) out[i].set_text("article number " + std::to_string(i));
  return out;  // no ids: VectorFeed derives them, as `tidings push` does
}

AckedPushOptions Options(std::function<DaemonAddress()> locate) {
  AckedPushOptions o;
  o.window = 16;
  o.silence = 300ms;
  o.give_up = 2s;
  o.relocate_every = 20ms;
  o.locate = std::move(locate);
  return o;
}

TEST(AckedPusher, EveryArticleGetsItsAnswerAndBusyIsRetried) {
  zmq::context_t ctx(1);
  FakeJournal journal;
  std::mutex mu;
  std::set<std::string> busy_once;
  FakeIntake intake(ctx, [&](const v1::Article& a) -> std::optional<v1::Ack> {
    std::lock_guard<std::mutex> lock(mu);
    if (busy_once.insert(a.id()).second) return Answer(a, v1::Ack::BUSY, 20);
    return journal.Accept(a);
  });
  std::vector<std::string> acked;
  AckedPushResult r = PushAllAcked(ctx, Options([&] { return DaemonAddress{intake.endpoint(), "1", ""}; }),
                                   Articles(100), &acked);
  EXPECT_TRUE(r.finished) << r.problem;
  EXPECT_EQ(r.accepted, 100u);
  EXPECT_EQ(r.busy, 100u);
  EXPECT_EQ(r.resent, 0u) << "a busy retry is not a re-send after a reconnect";
  EXPECT_EQ(acked.size(), 100u);
  EXPECT_EQ(std::set<std::string>(acked.begin(), acked.end()).size(), 100u);
}

TEST(AckedPusher, ARejectedArticleIsAFinalAnswer) {
  zmq::context_t ctx(1);
  FakeIntake intake(ctx, [&](const v1::Article& a) { return Answer(a, v1::Ack::REJECTED); });
  AckedPushResult r = PushAllAcked(ctx, Options([&] { return DaemonAddress{intake.endpoint(), "1", ""}; }),
                                   Articles(3));
  EXPECT_TRUE(r.finished);
  EXPECT_EQ(r.rejected, 3u);
  EXPECT_EQ(r.acknowledged(), 0u);
}

TEST(AckedPusher, ARestartedDaemonGetsEveryUnacknowledgedArticleAgain) {
  zmq::context_t ctx(1);
  FakeJournal journal;
  // The first daemon journals everything but answers only the first 30, then dies silently.
  std::atomic<int> answered{0};
  auto first = std::make_unique<FakeIntake>(ctx, [&](const v1::Article& a) -> std::optional<v1::Ack> {
    v1::Ack ack = journal.Accept(a);
    if (answered++ >= 30) return std::nullopt;
    return ack;
  });
  FakeIntake second(ctx, [&](const v1::Article& a) { return journal.Accept(a); });
  std::mutex mu;
  DaemonAddress now{first->endpoint(), "pid1@1", ""};
  std::thread restart([&] {
    while (answered < 40) std::this_thread::sleep_for(5ms);
    std::lock_guard<std::mutex> lock(mu);
    now = DaemonAddress{second.endpoint(), "pid2@2", ""};  // a new runtime file, new ports
  });
  AckedPushOptions o = Options([&] {
    std::lock_guard<std::mutex> lock(mu);
    return now;
  });
  o.silence = 60s;  // the new runtime file alone must trigger the re-send
  std::vector<std::string> acked;
  AckedPushResult r = PushAllAcked(ctx, o, Articles(200), &acked);
  restart.join();
  EXPECT_TRUE(r.finished) << r.problem;
  EXPECT_EQ(std::set<std::string>(acked.begin(), acked.end()).size(), 200u);
  EXPECT_EQ(r.reconnects, 1u);
  EXPECT_GT(r.resent, 0u);
  EXPECT_GT(r.duplicate, 0u) << "articles the first daemon journaled come back as duplicates";
  EXPECT_EQ(r.accepted + r.duplicate, 200u);
  EXPECT_EQ(journal.size(), 200u);
}

TEST(AckedPusher, SilenceOnTheSameEndpointReconnectsAndSendsAgain) {
  zmq::context_t ctx(1);
  FakeJournal journal;
  std::mutex mu;
  std::set<std::string> dropped_once;
  FakeIntake intake(ctx, [&](const v1::Article& a) -> std::optional<v1::Ack> {
    std::lock_guard<std::mutex> lock(mu);
    v1::Ack ack = journal.Accept(a);
    if (dropped_once.insert(a.id()).second) return std::nullopt;  // a lost reply
    return ack;
  });
  std::vector<std::string> acked;
  AckedPushResult r = PushAllAcked(ctx, Options([&] { return DaemonAddress{intake.endpoint(), "1", ""}; }),
                                   Articles(10), &acked);
  EXPECT_TRUE(r.finished) << r.problem;
  EXPECT_EQ(acked.size(), 10u);
  EXPECT_EQ(r.duplicate, 10u);
  EXPECT_GE(r.reconnects, 1u);
  EXPECT_EQ(r.resent, 10u);
}

TEST(AckedPusher, GivesUpWhenNoDaemonAnswersForTheTimeoutAndSaysWhy) {
  zmq::context_t ctx(1);
  FakeIntake silent(ctx, [](const v1::Article&) { return std::nullopt; });
  AckedPushOptions o = Options([&] {
    return DaemonAddress{silent.endpoint(), "7@1", "daemon.json names pid 7, which is not running"};
  });
  o.give_up = 1s;
  const auto t0 = std::chrono::steady_clock::now();
  AckedPushResult r = PushAllAcked(ctx, o, Articles(40));
  const auto took = std::chrono::steady_clock::now() - t0;
  EXPECT_FALSE(r.finished);
  EXPECT_EQ(r.unanswered.size(), 16u) << "the window's articles; the rest of the feed stays unread";
  EXPECT_NE(r.problem.find("no answer from tidingsd at " + silent.endpoint() + " for 1 s"), std::string::npos)
      << r.problem;
  EXPECT_NE(r.problem.find("pid 7, which is not running"), std::string::npos) << r.problem;
  EXPECT_GE(took, 1s);
  EXPECT_LT(took, 5s);
}

TEST(AckedPusher, WaitsForADaemonThatIsNotThereYet) {
  zmq::context_t ctx(1);
  FakeJournal journal;
  FakeIntake intake(ctx, [&](const v1::Article& a) { return journal.Accept(a); });
  const auto appears = std::chrono::steady_clock::now() + 500ms;
  AckedPushOptions o = Options([&] {
    if (std::chrono::steady_clock::now() < appears) return DaemonAddress{"", "", "no daemon.json"};
    return DaemonAddress{intake.endpoint(), "1", ""};
  });
  AckedPushResult r = PushAllAcked(ctx, o, Articles(5));
  EXPECT_TRUE(r.finished) << r.problem;
  EXPECT_EQ(r.accepted, 5u);
}

TEST(AckedPusher, NoDaemonAtAllIsReportedWithTheLocatorsReason) {
  zmq::context_t ctx(1);
  AckedPushOptions o = Options([] { return DaemonAddress{"", "", "no running tidingsd found: x/daemon.json does not exist"}; });
  o.give_up = 300ms;
  AckedPushResult r = PushAllAcked(ctx, o, Articles(3));
  EXPECT_FALSE(r.finished);
  EXPECT_EQ(r.unanswered.size(), 3u);
  EXPECT_EQ(r.problem, "no tidingsd found for 0.3 s: no running tidingsd found: x/daemon.json does not exist");
}

TEST(AckedPusher, ASocketSetupErrorStopsThePush) {
  zmq::context_t ctx(1);
  FakeIntake intake(ctx, [](const v1::Article& a) { return Answer(a, v1::Ack::ACCEPTED); });
  AckedPushOptions o = Options([&] { return DaemonAddress{intake.endpoint(), "1", ""}; });
  o.secure = [](zmq::socket_t&) { return Status::InvalidInput("the CURVE server key must be a 40-character Z85 key"); };
  AckedPushResult r = PushAllAcked(ctx, o, Articles(2));
  EXPECT_FALSE(r.finished);
  EXPECT_EQ(r.problem, "the CURVE server key must be a 40-character Z85 key");
}

}  // namespace
}  // namespace tidings::cli
