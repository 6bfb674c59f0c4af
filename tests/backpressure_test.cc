// Backpressure: clients pushing far faster than the pipeline codes get "busy" answers (ack
// socket) or are slowed by full socket queues (push socket) instead of growing the daemon's
// memory; nothing acknowledged or sent is lost.
//
// The memory bound (for the README). With A the size of an article and E of an event, the
// daemon's RSS stays under
//   base (~12 MB)
//   + limits.max_in_flight x A              articles it holds in its own queues (default 2000)
//   + (2 x limits.hop_hwm + 64) x A per stage  ZeroMQ pipes of each hop, its output queue
//   + 256 x 64 KiB                          dead letters waiting for the store
//   + 1000 x A per connected client         ZeroMQ receive pipe (each frame is refused above
//                                            limits.max_frame_bytes)
//   + 100000 x E per slow subscriber        PUB send pipe (beyond it PUB drops for that one)
// whatever the push rate: clients beyond that wait (push socket) or get "busy" (ack socket).
// With the defaults and 2 KiB articles that is ~ 12 + 4 + 4 x 4 + 16 MB plus 2 MB per client.
// This test floods a pipeline limited to 200 in flight from five clients (10,000 articles,
// ~ 210 bytes each) and asserts RSS < 64 MB; measured peak ~ 20 MB.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "generated_news.h"
#include "daemon_harness.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

constexpr long kRssBoundKb = 64 * 1024;

TEST(Backpressure, FloodGetsBusyAnswersAndBoundedMemoryWithoutLoss) {
  DaemonUnderTest daemon("[limits]\nmax_in_flight = 200\nbusy_retry_ms = 100\n");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  const long base_kb = daemon.RssKb();

  const auto acked_articles = GenerateNewsArticles(8000, "bp-ack", 7);
  const auto fire_articles = GenerateNewsArticles(2000, "bp-fire", 8);

  std::atomic<bool> done{false};
  long peak_kb = 0;
  std::thread sampler([&] {
    while (!done) {
      peak_kb = std::max(peak_kb, daemon.RssKb());
      std::this_thread::sleep_for(20ms);
    }
  });
  zmq::context_t ctx(1);
  // Four acked clients with a window far beyond what the pipeline can hold.
  std::vector<cli::AckedPushResult> results(4);
  std::vector<std::thread> clients;
  for (int c = 0; c < 4; ++c) {
    clients.emplace_back([&, c] {
      std::vector<v1::Article> mine(acked_articles.begin() + c * 2000, acked_articles.begin() + (c + 1) * 2000);
      results[c] = cli::PushAllAcked(ctx, PushOptionsFor(daemon, 2000, 120s, 30s), mine);
    });
  }
  // And a fire-and-forget client that sends as fast as its socket lets it (blocking at the
  // high-water mark is the backpressure it gets).
  std::thread fire([&] {
    zmq::socket_t s(ctx, zmq::socket_type::push);
    s.set(zmq::sockopt::linger, 60000);
    s.connect(daemon.Runtime().value("push", ""));
    for (const auto& a : fire_articles) s.send(zmq::buffer(a.SerializeAsString()), zmq::send_flags::none);
  });
  for (auto& t : clients) t.join();
  fire.join();

  nlohmann::json health;
  auto until = Clock::now() + 120s;
  while (Clock::now() < until) {
    health = daemon.Health();
    if (health.is_object() && health["journal"].value("open", -1) == 0 &&
        health["journal"].value("completed", 0) == 10000) break;
    std::this_thread::sleep_for(200ms);
  }
  done = true;
  sampler.join();

  size_t busy = 0, acknowledged = 0, resent = 0;
  for (const auto& r : results) {
    EXPECT_TRUE(r.finished);
    busy += r.busy;
    resent += r.resent;
    acknowledged += r.acknowledged();
  }
  auto stored = daemon.QueryStore("SELECT COUNT(*) AS n FROM articles WHERE status = 'stored'");
  std::printf("[backpressure] pushed 8000 acked + 2000 fire-and-forget into max_in_flight=200: busy "
              "answers %zu; resent after silence %zu; stored %s; daemon RSS base %ld kB, peak %ld kB (bound %ld kB)\n",
              busy, resent, stored[0]["n"].c_str(), base_kb, peak_kb, kRssBoundKb);
  EXPECT_EQ(acknowledged, 8000u);
  EXPECT_GT(busy, 0u) << "a flood must meet busy answers";
  EXPECT_EQ(resent, 0u) << "every request is answered (no reply dropped)";
  EXPECT_EQ(health["journal"].value("open", -1), 0) << health.dump();
  EXPECT_EQ(stored[0]["n"], "10000") << "no loss on either socket";
  EXPECT_GT(peak_kb, 0);
  EXPECT_LT(peak_kb, kRssBoundKb);
}

// Bad input is kept as dead letters in the store, and the daemon goes on reading the push
// socket while fewer than 256 wait for the store: the store then always has input waiting. Its
// results must still be read, or it stops taking input once its output queue is full, and the
// daemon, waiting for room at the store, never reads them: a stall for good.
TEST(Backpressure, AFloodOfBadInputIsKeptAndGoodArticlesStillFlow) {
  DaemonUnderTest daemon("");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  constexpr int kBad = 4000;
  {
    zmq::context_t ctx(1);
    zmq::socket_t s(ctx, zmq::socket_type::push);
    s.set(zmq::sockopt::linger, 60000);
    s.connect(daemon.Runtime().value("push", ""));
    for (int n = 0; n < kBad; ++n) {
      const std::string garbage = "not an Article #" + std::to_string(n);
      s.send(zmq::buffer(garbage), zmq::send_flags::none);
    }
  }
  auto letters = [&] {
    return std::stoi(daemon.QueryStore("SELECT COUNT(*) AS n FROM dead_letters")[0]["n"]);
  };
  auto until = Clock::now() + 90s;
  while (Clock::now() < until && letters() < kBad) std::this_thread::sleep_for(100ms);
  EXPECT_EQ(letters(), kBad) << daemon.Health().dump();
  v1::Article good = GenerateNewsArticles(1, "after-the-flood", 9)[0];
  EXPECT_EQ(daemon.PushAcked(good, 20s).status(), v1::Ack::ACCEPTED);
  until = Clock::now() + 30s;
  std::vector<std::map<std::string, std::string>> row;
  while (Clock::now() < until) {
    row = daemon.QueryStore("SELECT status FROM articles WHERE id = '" + good.id() + "'");
    if (!row.empty()) break;
    std::this_thread::sleep_for(100ms);
  }
  ASSERT_EQ(row.size(), 1u) << daemon.Health().dump();
  EXPECT_EQ(row[0]["status"], "stored");
}

// The same flood on the ack socket: every message is answered "rejected" at once, so a client
// can send as fast as it reads answers. The dead letters (64 KiB of each kept) wait for the
// store in the daemon; their queue is bounded there too, so the daemon's memory is.
TEST(Backpressure, AnAckedFloodOfBadInputLeavesTheDaemonsMemoryBounded) {
  DaemonUnderTest daemon("");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  const long base_kb = daemon.RssKb();
  constexpr int kBad = 6000, kWindow = 500;
  std::atomic<bool> done{false};
  long peak_kb = 0;
  std::thread sampler([&] {
    while (!done) {
      peak_kb = std::max(peak_kb, daemon.RssKb());
      std::this_thread::sleep_for(10ms);
    }
  });
  const std::string garbage(60 << 10, '\x7f');  // not a tidings.v1.Article, 60 KiB
  zmq::context_t ctx(1);
  zmq::socket_t s(ctx, zmq::socket_type::dealer);
  s.set(zmq::sockopt::linger, 0);
  s.connect(daemon.Runtime().value("ack", ""));
  // A client as the ack protocol asks for: a "busy" message is sent again after retry_after_ms.
  int fresh = 0, resend = 0, outstanding = 0, rejected = 0, busy = 0;
  auto resume_at = Clock::now();
  const auto until = Clock::now() + 120s;
  while (rejected < kBad && Clock::now() < until) {
    while (Clock::now() >= resume_at && outstanding < kWindow && (fresh < kBad || resend > 0)) {
      s.send(zmq::message_t(), zmq::send_flags::sndmore);
      s.send(zmq::buffer(garbage), zmq::send_flags::none);
      ++outstanding;
      resend > 0 ? --resend : ++fresh;
    }
    zmq::pollitem_t items[] = {{s.handle(), 0, ZMQ_POLLIN, 0}};
    if (zmq::poll(items, 1, 10ms) <= 0) continue;
    zmq::message_t delim, reply;
    (void)s.recv(delim);
    (void)s.recv(reply);
    v1::Ack ack;
    ack.ParseFromArray(reply.data(), static_cast<int>(reply.size()));
    --outstanding;
    if (ack.status() == v1::Ack::REJECTED) {
      ++rejected;
    } else if (ack.status() == v1::Ack::BUSY) {
      ++busy;
      ++resend;
      resume_at = Clock::now() + std::chrono::milliseconds(ack.retry_after_ms());
    }
  }
  auto letters = [&] {
    return std::stoi(daemon.QueryStore("SELECT COUNT(*) AS n FROM dead_letters")[0]["n"]);
  };
  auto settle = Clock::now() + 90s;
  while (Clock::now() < settle && letters() < rejected) std::this_thread::sleep_for(100ms);
  done = true;
  sampler.join();
  std::printf("[backpressure] %d garbage messages of 60 KiB on the ack socket: %d rejected, %d busy answers "
              "(sent again), %d dead letters stored; daemon RSS base %ld kB, peak %ld kB\n",
              kBad, rejected, busy, letters(), base_kb, peak_kb);
  EXPECT_EQ(rejected, kBad);
  EXPECT_EQ(letters(), kBad) << "every rejected message is kept";
  // 256 dead letters waiting for the store and a batch being read: ~ 20 MB beyond the base.
  EXPECT_LT(peak_kb - base_kb, 96 * 1024);
}

}  // namespace
}  // namespace tidings::testing
