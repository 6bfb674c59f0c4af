#include "daemon/hop_router.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "tidings/v1/tidings.pb.h"
#include "tidings/wire.h"

namespace tidings::daemon {
namespace {

using namespace std::chrono_literals;

// A stage replica as the daemon sees it: a DEALER on "<stage>.in" that grants credits.
struct FakeReplica {
  zmq::socket_t socket;
  FakeReplica(zmq::context_t& ctx, const std::string& endpoint) : socket(ctx, zmq::socket_type::dealer) {
    socket.set(zmq::sockopt::linger, 0);
    socket.connect(endpoint);
  }
  void Grant(uint32_t n, bool reset = false) {
    v1::HopCredit credit;
    credit.set_credits(n);
    credit.set_reset(reset);
    socket.send(ToMessage(credit), zmq::send_flags::none);
  }
  // Article ids received so far.
  std::vector<std::string> Received() {
    std::vector<std::string> ids;
    for (std::vector<zmq::message_t> frames; RecvMultipart(socket, &frames);) {
      v1::HopHeader header;
      if (ParseHop(frames, &header)) ids.push_back(header.article_id());
    }
    return ids;
  }
};

struct RouterUnderTest {
  zmq::context_t ctx{1};
  MetricsRegistry metrics;
  HopRouter router{ctx, {"clean", "store"}, metrics};
  std::map<std::string, std::string> in, out;
  RouterUnderTest() {
    EXPECT_TRUE(router.Bind([](const std::string&) { return "tcp://127.0.0.1:*"; }, 100, {}, &in, &out).ok());
  }
  void Enqueue(const std::string& id, size_t payload_bytes = 7) {
    v1::HopHeader header;
    header.set_article_id(id);
    router.Enqueue("clean", HopMessage{id, ToMessage(header), zmq::message_t(std::string(payload_bytes, 'p'))});
  }
  // Reads credits and sends for a while, as the forwarder's loop does.
  std::vector<std::string> Turns(std::chrono::milliseconds for_how_long) {
    std::vector<std::string> sent;
    for (auto until = std::chrono::steady_clock::now() + for_how_long; std::chrono::steady_clock::now() < until;) {
      router.Flush([&](const std::string& id, const std::string&) { sent.push_back(id); });
      PollSet poll;
      router.AddPollItems(poll, [](const std::string&) { return false; }, [](const std::string&) {});
      poll.Poll(10ms);
    }
    return sent;
  }
};

TEST(HopRouter, SendsNothingToAStageWhoseReplicasGaveNoCredit) {
  RouterUnderTest t;
  FakeReplica replica(t.ctx, t.in["clean"]);
  t.Enqueue("a1");
  EXPECT_TRUE(t.Turns(200ms).empty());
  EXPECT_EQ(t.router.Queued("clean"), 1u) << "it waits in the daemon, not behind a replica";
  replica.Grant(1);
  EXPECT_EQ(t.Turns(200ms), std::vector<std::string>{"a1"});
  EXPECT_EQ(replica.Received(), std::vector<std::string>{"a1"});
}

TEST(HopRouter, EachArticleGoesToTheReplicaWithTheLeastUnfinishedWork) {
  RouterUnderTest t;
  FakeReplica first(t.ctx, t.in["clean"]), second(t.ctx, t.in["clean"]);
  first.Grant(2);
  second.Grant(3);
  t.Turns(100ms);
  ASSERT_EQ(t.router.CreditsOf("clean"), 5u);
  t.Enqueue("big", 1 << 20);  // both idle: the one with more room takes it
  t.Turns(100ms);
  EXPECT_EQ(second.Received(), std::vector<std::string>{"big"});
  for (int i = 0; i < 5; ++i) t.Enqueue("small" + std::to_string(i), 1000);  // a backlog
  t.Turns(200ms);
  // small0 to the idle replica; with more queued than there are replicas, small1 joins it
  // (2 KB to wait behind, not 1 MB) until it has no room, and small2 goes behind the 1 MB
  // page. The last two, no more than the replicas could start at once, wait in the daemon
  // for the first replica to be free.
  EXPECT_EQ(first.Received(), (std::vector<std::string>{"small0", "small1"}));
  EXPECT_EQ(second.Received(), std::vector<std::string>{"small2"});
  EXPECT_EQ(t.router.Queued("clean"), 2u);
  EXPECT_EQ(t.router.UnfinishedBytesOf("clean"), (1u << 20) + 3000u);
  second.Grant(1);  // finished the 1 MB page (a replica works in order), still busy
  t.Turns(100ms);
  EXPECT_EQ(t.router.UnfinishedBytesOf("clean"), 3000u);
  EXPECT_EQ(t.router.Queued("clean"), 2u) << "both replicas are busy";
  first.Grant(2, /*reset=*/true);  // idle again: nothing of ours is unfinished there
  t.Turns(100ms);
  EXPECT_EQ(first.Received(), std::vector<std::string>{"small3"});
  EXPECT_TRUE(second.Received().empty());
  EXPECT_EQ(t.router.Queued("clean"), 1u);
  EXPECT_EQ(t.router.UnfinishedBytesOf("clean"), 2000u);
}

TEST(HopRouter, WhenEveryReplicaIsBusyTheNextWaitsForWhicheverFinishesFirst) {
  RouterUnderTest t;
  FakeReplica one(t.ctx, t.in["clean"]), other(t.ctx, t.in["clean"]);
  one.Grant(2);
  other.Grant(2);
  t.Turns(100ms);
  t.Enqueue("a", 1000);
  t.Turns(100ms);
  t.Enqueue("b", 1000);  // to the idle replica
  t.Turns(100ms);
  std::vector<std::string> at_one = one.Received(), at_other = other.Received();
  ASSERT_EQ(at_one.size(), 1u);
  ASSERT_EQ(at_other.size(), 1u);
  FakeReplica& has_b = at_one[0] == "b" ? one : other;
  FakeReplica& has_a = at_one[0] == "b" ? other : one;
  t.Enqueue("c", 10);  // both have room, both are busy: c waits in the daemon
  t.Turns(100ms);
  EXPECT_EQ(t.router.Queued("clean"), 1u);
  EXPECT_TRUE(one.Received().empty());
  EXPECT_TRUE(other.Received().empty());
  has_b.Grant(1);  // b was quicker than a: c goes there, not behind a
  t.Turns(100ms);
  EXPECT_EQ(has_b.Received(), std::vector<std::string>{"c"});
  EXPECT_TRUE(has_a.Received().empty());
  EXPECT_EQ(t.router.Queued("clean"), 0u);
}

TEST(HopRouter, ASingleReplicaIsGivenItsWholeWindowAtOnce) {
  RouterUnderTest t;
  FakeReplica only(t.ctx, t.in["clean"]);
  only.Grant(2);
  t.Turns(100ms);
  t.Enqueue("a");
  t.Turns(100ms);
  t.Enqueue("b");  // busy, but there is no other replica to wait for
  t.Turns(100ms);
  EXPECT_EQ(only.Received(), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(t.router.Queued("clean"), 0u);
}

TEST(HopRouter, AResetReplacesWhatTheReplicaGrantedAndAGoneReplicaLosesItsCredits) {
  RouterUnderTest t;
  {
    FakeReplica gone(t.ctx, t.in["clean"]);
    gone.Grant(5);
    t.Turns(100ms);
    ASSERT_EQ(t.router.CreditsOf("clean"), 5u);
  }
  std::this_thread::sleep_for(100ms);  // its connection closes
  FakeReplica live(t.ctx, t.in["clean"]);
  live.Grant(7);
  live.Grant(2, /*reset=*/true);
  t.Turns(100ms);
  for (int i = 0; i < 4; ++i) t.Enqueue("a" + std::to_string(i));
  auto sent = t.Turns(300ms);
  EXPECT_EQ(live.Received().size(), 2u) << "the reset's 2, not 7 + 2";
  EXPECT_EQ(sent.size(), 2u) << "nothing counted as sent to the replica that is gone";
  EXPECT_EQ(t.router.Queued("clean"), 2u);
}

}  // namespace
}  // namespace tidings::daemon
