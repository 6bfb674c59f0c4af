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
  for (int i = 0; i < 3; ++i) t.Enqueue("small" + std::to_string(i), 1000);
  t.Turns(200ms);
  // small0 and small1 go to the replica without the 1 MB page; small2 too would have, but it
  // has no room left, and waiting behind 2 KB is better than behind 1 MB.
  EXPECT_EQ(first.Received(), (std::vector<std::string>{"small0", "small1"}));
  EXPECT_EQ(second.Received(), std::vector<std::string>{"small2"});
  EXPECT_EQ(t.router.UnfinishedBytesOf("clean"), (1u << 20) + 3000u);
  second.Grant(1);  // finished the 1 MB page (a replica works in order)
  t.Turns(100ms);
  EXPECT_EQ(t.router.UnfinishedBytesOf("clean"), 3000u);
  EXPECT_EQ(t.router.CreditsOf("clean"), 2u);
  first.Grant(2, /*reset=*/true);  // idle again: nothing of ours is unfinished there
  t.Turns(100ms);
  EXPECT_EQ(t.router.UnfinishedBytesOf("clean"), 1000u);
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
