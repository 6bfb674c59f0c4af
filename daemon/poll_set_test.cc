#include "daemon/poll_set.h"

#include <gtest/gtest.h>

#include <thread>

namespace tidings::daemon {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using Use = PollSet::Use;

// A PULL socket with a PUSH peer over inproc, and how often Poll() found it readable. Its
// handler reads at most `read_per_turn` messages.
struct Pair {
  Pair(zmq::context_t& ctx, const std::string& name, Use use = Use::kAnywhere)
      : pull(ctx, zmq::socket_type::pull), push(ctx, zmq::socket_type::push), use(use) {
    pull.bind("inproc://" + name);
    push.connect("inproc://" + name);
  }
  void Add(PollSet& poll) {
    poll.Add(pull, ZMQ_POLLIN, [this] {
      ++readable;
      zmq::message_t m;
      for (int n = 0; n < read_per_turn && pull.recv(m, zmq::recv_flags::dontwait); ++n) ++read;
    }, use);
  }
  void Send(int n = 1) {
    for (int i = 0; i < n; ++i) push.send(zmq::str_buffer("x"));
  }
  zmq::socket_t pull, push;
  Use use;
  int read_per_turn = 0;
  int readable = 0, read = 0;
};

// One turn of a loop, as the forwarder's: the sockets added to `poll`, then one Poll().
std::chrono::milliseconds Turn(PollSet& poll, std::vector<Pair*> pairs, std::chrono::milliseconds timeout) {
  for (Pair* p : pairs) p->Add(poll);
  const auto t0 = Clock::now();
  poll.Poll(timeout);
  return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - t0);
}

// Every test for both kinds of socket, and for a set kept from turn to turn.
class PollSetTest : public ::testing::TestWithParam<Use> {
 protected:
  zmq::context_t ctx_{1};
  PollSet poll_;
};
INSTANTIATE_TEST_SUITE_P(Uses, PollSetTest, ::testing::Values(Use::kAnywhere, Use::kOnlyByHandler),
                         [](const auto& info) { return info.param == Use::kAnywhere ? "Anywhere" : "OnlyByHandler"; });

TEST_P(PollSetTest, WaitsTheTimeoutWhenNothingIsReady) {
  Pair a(ctx_, "idle-a", GetParam()), b(ctx_, "idle-b", GetParam());
  EXPECT_GE(Turn(poll_, {&a, &b}, 60ms), 55ms);
  EXPECT_GE(Turn(poll_, {&a, &b}, 60ms), 55ms);
  EXPECT_EQ(a.readable + b.readable, 0);
}

// waited() is the sleep alone: the forwarder subtracts it to measure its own work per turn.
TEST_P(PollSetTest, WaitedIsTheSleepInPollAndNotTheHandlersWork) {
  Pair a(ctx_, "waited-a", GetParam());
  Turn(poll_, {&a}, 60ms);
  EXPECT_GE(poll_.waited(), 55ms);
  a.Send();
  std::this_thread::sleep_for(20ms);
  poll_.Add(a.pull, ZMQ_POLLIN, [] { std::this_thread::sleep_for(100ms); }, GetParam());
  const auto t0 = Clock::now();
  poll_.Poll(5000ms);
  EXPECT_GE(Clock::now() - t0, 100ms);  // the handler's work ...
  EXPECT_LT(poll_.waited(), 50ms);      // ... is not counted as waiting
}

TEST_P(PollSetTest, AMessageAlreadyWaitingIsReportedAtOnce) {
  Pair a(ctx_, "now-a", GetParam()), b(ctx_, "now-b", GetParam());
  EXPECT_GE(Turn(poll_, {&a, &b}, 20ms), 15ms);  // both seen idle
  b.Send();
  std::this_thread::sleep_for(20ms);
  EXPECT_LT(Turn(poll_, {&a, &b}, 5000ms), 1000ms);
  EXPECT_EQ(a.readable, 0);
  EXPECT_EQ(b.readable, 1);
}

TEST_P(PollSetTest, AMessageArrivingDuringTheWaitEndsIt) {
  Pair a(ctx_, "late-a", GetParam()), b(ctx_, "late-b", GetParam());
  EXPECT_GE(Turn(poll_, {&a, &b}, 20ms), 15ms);
  std::thread sender([&] {
    std::this_thread::sleep_for(100ms);
    a.Send();
  });
  const auto waited = Turn(poll_, {&a, &b}, 5000ms);
  sender.join();
  EXPECT_LT(waited, 2000ms);
  EXPECT_EQ(a.readable, 1);
  EXPECT_EQ(b.readable, 0);
}

// The trap of edge-triggered descriptors: a socket's signal is consumed by the first look at
// its events; messages its handler left unread must still be reported on every later turn.
TEST_P(PollSetTest, MessagesLeftUnreadAreReportedOnTheNextTurnsToo) {
  Pair a(ctx_, "left-a", GetParam()), b(ctx_, "left-b", GetParam());
  a.read_per_turn = 1;
  a.Send(3);
  std::this_thread::sleep_for(20ms);
  for (int turn = 1; turn <= 3; ++turn) {
    EXPECT_LT(Turn(poll_, {&a, &b}, 5000ms), 1000ms) << "turn " << turn;
    EXPECT_EQ(a.read, turn);
  }
  EXPECT_GE(Turn(poll_, {&a, &b}, 60ms), 55ms) << "all read: nothing left to report";
  EXPECT_EQ(a.readable, 3);
}

// A socket not polled for some turns (backpressure) is seen again when added back.
TEST_P(PollSetTest, ASocketLeftOutForSomeTurnsIsSeenWhenAddedBack) {
  Pair a(ctx_, "out-a", GetParam()), b(ctx_, "out-b", GetParam());
  a.read_per_turn = 10;
  EXPECT_GE(Turn(poll_, {&a, &b}, 20ms), 15ms);
  a.Send(2);
  EXPECT_GE(Turn(poll_, {&b}, 60ms), 55ms);
  EXPECT_LT(Turn(poll_, {&a, &b}, 5000ms), 1000ms);
  EXPECT_EQ(a.read, 2);
}

// A quiet socket is not starved by a busy one that is ready on every turn.
TEST_P(PollSetTest, AQuietSocketIsNotStarvedByABusyOne) {
  Pair busy(ctx_, "busy", GetParam()), quiet(ctx_, "quiet", GetParam());
  busy.read_per_turn = 1;
  busy.Send(50);
  quiet.read_per_turn = 10;
  std::this_thread::sleep_for(20ms);
  EXPECT_LT(Turn(poll_, {&busy, &quiet}, 5000ms), 1000ms);  // quiet seen idle, busy ready
  quiet.Send();
  std::this_thread::sleep_for(20ms);
  for (int turn = 0; turn < 3 && quiet.read == 0; ++turn) Turn(poll_, {&busy, &quiet}, 5000ms);
  EXPECT_EQ(quiet.read, 1);
  EXPECT_LT(busy.read, 10) << "busy was ready on every turn";
}

}  // namespace
}  // namespace tidings::daemon
