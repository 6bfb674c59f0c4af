// The fetch stage's intake client against a real ZeroMQ ROUTER speaking the daemon's ack
// protocol (["", Article] in, ["", Ack] out), served by the test on the same thread.
#include "fetch/daemon_intake.h"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <map>
#include <thread>

#include "tidings/wire.h"

namespace tidings::fetch {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// The daemon's side: answers each request with what `decide` says (nullopt: no answer).
class AckRouter {
 public:
  using Decide = std::function<std::optional<v1::Ack>(const v1::Article&, int nth_for_id)>;
  explicit AckRouter(zmq::context_t& ctx) : socket_(ctx, zmq::socket_type::router) {
    socket_.set(zmq::sockopt::linger, 0);
    socket_.bind("tcp://127.0.0.1:*");
    endpoint_ = socket_.get(zmq::sockopt::last_endpoint);
  }
  const std::string& endpoint() const { return endpoint_; }
  void Serve(const Decide& decide) {
    while (true) {
      zmq::message_t identity, delimiter, body;
      if (!socket_.recv(identity, zmq::recv_flags::dontwait)) return;
      (void)socket_.recv(delimiter);
      (void)socket_.recv(body);
      v1::Article article;
      article.ParseFromArray(body.data(), static_cast<int>(body.size()));
      const int nth = ++requests_[article.id()];
      arrivals_[article.id()].push_back(Clock::now());
      auto ack = decide(article, nth);
      if (!ack) continue;
      socket_.send(identity, zmq::send_flags::sndmore);
      socket_.send(zmq::message_t(), zmq::send_flags::sndmore);
      socket_.send(ToMessage(*ack), zmq::send_flags::none);
    }
  }
  int Requests(const std::string& id) { return requests_[id]; }
  const std::vector<Clock::time_point>& Arrivals(const std::string& id) { return arrivals_[id]; }

 private:
  zmq::socket_t socket_;
  std::string endpoint_;
  std::map<std::string, int> requests_;
  std::map<std::string, std::vector<Clock::time_point>> arrivals_;
};

v1::Article Item(const std::string& id) {
  v1::Article a;
  a.set_id(id);
  a.set_url("https://example.org/" + id);
  return a;
}

v1::Ack Answer(const v1::Article& a, v1::Ack::Status status, uint32_t retry_after_ms = 0) {
  v1::Ack ack;
  ack.set_article_id(a.id());
  ack.set_status(status);
  ack.set_retry_after_ms(retry_after_ms);
  return ack;
}

// Pumps the intake and serves the router until `done` or the limit.
void Exchange(DaemonIntake& intake, AckRouter& router, const AckRouter::Decide& decide,
         const std::function<bool()>& done, std::chrono::milliseconds limit = 5s) {
  const auto stop = Clock::now() + limit;
  while (!done() && Clock::now() < stop) {
    intake.Pump();
    router.Serve(decide);
    std::this_thread::sleep_for(2ms);
  }
}

TEST(DaemonIntakeTest, BusyIsSentAgainAfterTheDelayTheDaemonAsksFor) {
  zmq::context_t ctx(1);
  AckRouter router(ctx);
  DaemonIntake intake(ctx, router.endpoint());
  std::vector<v1::Ack> answers;
  intake.Offer(Item("a1"), [&](const v1::Ack& ack) { answers.push_back(ack); });
  auto decide = [](const v1::Article& a, int nth) -> std::optional<v1::Ack> {
    return nth == 1 ? Answer(a, v1::Ack::BUSY, 300) : Answer(a, v1::Ack::ACCEPTED);
  };
  Exchange(intake, router, decide, [&] { return !answers.empty(); });
  ASSERT_EQ(answers.size(), 1u) << "BUSY is not an answer for the caller";
  EXPECT_EQ(answers[0].status(), v1::Ack::ACCEPTED);
  ASSERT_EQ(router.Arrivals("a1").size(), 2u);
  EXPECT_GE(router.Arrivals("a1")[1] - router.Arrivals("a1")[0], 280ms);
  EXPECT_EQ(intake.outstanding(), 0u);
}

TEST(DaemonIntakeTest, AtMostAWindowIsOutstanding) {
  zmq::context_t ctx(1);
  AckRouter router(ctx);
  DaemonIntake intake(ctx, router.endpoint(), {.window = 2, .silence = 300ms});
  int answered = 0;
  for (int i = 0; i < 5; ++i) intake.Offer(Item("w" + std::to_string(i)), [&](const v1::Ack&) { ++answered; });
  auto silent = [](const v1::Article&, int) -> std::optional<v1::Ack> { return std::nullopt; };
  Exchange(intake, router, silent, [] { return false; }, 200ms);
  int seen = 0;
  for (int i = 0; i < 5; ++i) seen += router.Requests("w" + std::to_string(i));
  EXPECT_EQ(seen, 2) << "two sent, three wait for room";
  auto accept = [](const v1::Article& a, int) -> std::optional<v1::Ack> { return Answer(a, v1::Ack::ACCEPTED); };
  Exchange(intake, router, accept, [&] { return answered == 5; });
  EXPECT_EQ(answered, 5);
}

TEST(DaemonIntakeTest, AnUnansweredArticleIsSentAgainAfterTheSilence) {
  zmq::context_t ctx(1);
  AckRouter router(ctx);
  DaemonIntake intake(ctx, router.endpoint(), {.window = 8, .silence = 200ms});
  std::vector<v1::Ack> answers;
  intake.Offer(Item("lost"), [&](const v1::Ack& ack) { answers.push_back(ack); });
  auto decide = [](const v1::Article& a, int nth) -> std::optional<v1::Ack> {
    if (nth == 1) return std::nullopt;  // the answer is lost (a daemon restart, say)
    return Answer(a, v1::Ack::DUPLICATE);
  };
  Exchange(intake, router, decide, [&] { return !answers.empty(); });
  ASSERT_EQ(answers.size(), 1u);
  EXPECT_EQ(answers[0].status(), v1::Ack::DUPLICATE);
  EXPECT_EQ(router.Requests("lost"), 2);
  // Stamped when the router's thread reads each copy, which can lag the send by a few ms.
  EXPECT_GE(router.Arrivals("lost")[1] - router.Arrivals("lost")[0], 180ms);
}

TEST(DaemonIntakeTest, TheSameArticleOfferedTwiceIsSentOnceAndAnswersBoth) {
  zmq::context_t ctx(1);
  AckRouter router(ctx);
  DaemonIntake intake(ctx, router.endpoint());
  int answered = 0;
  intake.Offer(Item("same"), [&](const v1::Ack&) { ++answered; });
  intake.Offer(Item("same"), [&](const v1::Ack&) { ++answered; });
  EXPECT_EQ(intake.outstanding(), 1u);
  auto accept = [](const v1::Article& a, int) -> std::optional<v1::Ack> { return Answer(a, v1::Ack::ACCEPTED); };
  Exchange(intake, router, accept, [&] { return answered == 2; });
  EXPECT_EQ(answered, 2);
  EXPECT_EQ(router.Requests("same"), 1);
}

}  // namespace
}  // namespace tidings::fetch
