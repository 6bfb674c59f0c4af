#include "push_ledger.h"

#include <gtest/gtest.h>

namespace tidings::cli {
namespace {

using namespace std::chrono_literals;
using Clock = PushLedger::Clock;

v1::Ack Answer(const std::string& id, v1::Ack::Status status, uint32_t retry_after_ms = 0) {
  v1::Ack a;
  a.set_article_id(id);
  a.set_status(status);
  a.set_retry_after_ms(retry_after_ms);
  return a;
}

// Sends everything the ledger lets out now; returns the ids in order.
std::vector<std::string> SendAll(PushLedger& ledger, Clock::time_point now) {
  std::vector<std::string> sent;
  while (auto t = ledger.NextToSend(now)) {
    sent.push_back(ledger.IdOf(*t));
    ledger.MarkSent(*t, now);
  }
  return sent;
}

TEST(PushLedger, KeepsAtMostAWindowOutstanding) {
  const auto t0 = Clock::now();
  PushLedger ledger(2);
  for (const char* id : {"a", "b", "c"}) ledger.Add(id, t0);
  EXPECT_EQ(SendAll(ledger, t0), (std::vector<std::string>{"a", "b"}));
  PushLedger::Ticket t;
  EXPECT_EQ(ledger.OnAck(Answer("a", v1::Ack::ACCEPTED), t0, &t), PushLedger::Outcome::kFinal);
  EXPECT_EQ(SendAll(ledger, t0), (std::vector<std::string>{"c"}));
}

TEST(PushLedger, HasRoomCountsQueuedWaitingAndOutstanding) {
  const auto t0 = Clock::now();
  PushLedger ledger(2);
  ledger.Add("a", t0);
  EXPECT_TRUE(ledger.HasRoom());
  ledger.Add("b", t0);
  EXPECT_FALSE(ledger.HasRoom()) << "two queued fill a window of two";
  SendAll(ledger, t0);
  PushLedger::Ticket t;
  ledger.OnAck(Answer("a", v1::Ack::BUSY, 100), t0, &t);
  EXPECT_FALSE(ledger.HasRoom()) << "an article waiting to be retried still holds its place";
  ledger.OnAck(Answer("b", v1::Ack::REJECTED), t0, &t);
  EXPECT_TRUE(ledger.HasRoom());
}

TEST(PushLedger, BusyIsRetriedAfterTheDelayTheDaemonAsksFor) {
  const auto t0 = Clock::now();
  PushLedger ledger(4);
  ledger.Add("a", t0);
  SendAll(ledger, t0);
  PushLedger::Ticket t;
  EXPECT_EQ(ledger.OnAck(Answer("a", v1::Ack::BUSY, 200), t0, &t), PushLedger::Outcome::kRetry);
  EXPECT_TRUE(SendAll(ledger, t0 + 199ms).empty());
  EXPECT_EQ(SendAll(ledger, t0 + 200ms), (std::vector<std::string>{"a"}));
  EXPECT_FALSE(ledger.Done());
  EXPECT_EQ(ledger.OnAck(Answer("a", v1::Ack::DUPLICATE), t0 + 210ms, &t), PushLedger::Outcome::kFinal);
  EXPECT_TRUE(ledger.Done());
}

TEST(PushLedger, BusyWithoutADelayStillWaitsFiveMilliseconds) {
  const auto t0 = Clock::now();
  PushLedger ledger(1);
  ledger.Add("a", t0);
  SendAll(ledger, t0);
  PushLedger::Ticket t;
  ledger.OnAck(Answer("a", v1::Ack::BUSY, 0), t0, &t);
  EXPECT_TRUE(SendAll(ledger, t0 + 4ms).empty());
  EXPECT_EQ(SendAll(ledger, t0 + 5ms).size(), 1u);
}

TEST(PushLedger, AnAnswerForNoOutstandingArticleIsIgnored) {
  const auto t0 = Clock::now();
  PushLedger ledger(4);
  ledger.Add("a", t0);
  SendAll(ledger, t0);
  PushLedger::Ticket t = 99;
  EXPECT_EQ(ledger.OnAck(Answer("zzz", v1::Ack::ACCEPTED), t0, &t), PushLedger::Outcome::kUnknown);
  EXPECT_EQ(t, 99u);
  EXPECT_EQ(ledger.outstanding(), 1u);
}

TEST(PushLedger, TheSameIdTwiceWaitsForTheFirstAnswer) {
  const auto t0 = Clock::now();
  PushLedger ledger(4, 50ms);
  ledger.Add("a", t0);
  ledger.Add("a", t0);
  EXPECT_EQ(SendAll(ledger, t0).size(), 1u);
  PushLedger::Ticket t;
  ledger.OnAck(Answer("a", v1::Ack::ACCEPTED), t0 + 10ms, &t);
  EXPECT_TRUE(SendAll(ledger, t0 + 49ms).empty());
  EXPECT_EQ(SendAll(ledger, t0 + 50ms).size(), 1u) << "then it is sent (and will be a DUPLICATE)";
}

TEST(PushLedger, SilentOnlyWhileArticlesAreOutstanding) {
  const auto t0 = Clock::now();
  PushLedger ledger(4);
  EXPECT_FALSE(ledger.Silent(t0 + 1h, 3s)) << "nothing outstanding is never silence";
  ledger.Add("a", t0 + 10s);
  ledger.Add("b", t0 + 10s);
  SendAll(ledger, t0 + 10s);  // the silence clock starts with this send, not at t0
  EXPECT_FALSE(ledger.Silent(t0 + 13s, 3s));
  EXPECT_TRUE(ledger.Silent(t0 + 13s + 1ms, 3s));
  PushLedger::Ticket t;
  ledger.OnAck(Answer("a", v1::Ack::ACCEPTED), t0 + 13s, &t);
  EXPECT_FALSE(ledger.Silent(t0 + 16s, 3s)) << "an answer restarts the clock";
  EXPECT_TRUE(ledger.Silent(t0 + 16s + 1ms, 3s));
}

TEST(PushLedger, ResendPutsOutstandingArticlesFirstInTheirOrder) {
  const auto t0 = Clock::now();
  PushLedger ledger(2);
  for (const char* id : {"a", "b", "c"}) ledger.Add(id, t0);
  SendAll(ledger, t0);
  EXPECT_EQ(ledger.ResendOutstanding(t0 + 5s).size(), 2u);
  EXPECT_EQ(ledger.outstanding(), 0u);
  EXPECT_FALSE(ledger.Silent(t0 + 1h, 3s));
  EXPECT_EQ(SendAll(ledger, t0 + 5s), (std::vector<std::string>{"a", "b"}));
  PushLedger::Ticket t;
  ledger.OnAck(Answer("b", v1::Ack::DUPLICATE), t0 + 5s, &t);
  EXPECT_EQ(SendAll(ledger, t0 + 5s), (std::vector<std::string>{"c"}));
}

TEST(PushLedger, StalledCountsFromTheLastAnswerOrWhenWorkBegan) {
  const auto t0 = Clock::now();
  PushLedger ledger(4);
  EXPECT_FALSE(ledger.Stalled(t0 + 1h, 60s)) << "no work is never stalled";
  // Work that begins after a long idle time (a feeder's quiet night) gets the full timeout.
  ledger.Add("a", t0 + 2h);
  EXPECT_FALSE(ledger.Stalled(t0 + 2h + 60s, 60s));
  EXPECT_TRUE(ledger.Stalled(t0 + 2h + 61s, 60s));
  SendAll(ledger, t0 + 2h);
  PushLedger::Ticket t;
  ledger.OnAck(Answer("a", v1::Ack::BUSY, 10), t0 + 2h + 30s, &t);
  EXPECT_FALSE(ledger.Stalled(t0 + 2h + 61s, 60s)) << "a busy answer proves a daemon is there";
  EXPECT_TRUE(ledger.Stalled(t0 + 2h + 91s, 60s));
}

TEST(PushLedger, UnansweredListsEveryArticleWithoutAFinalAnswerOldestFirst) {
  const auto t0 = Clock::now();
  PushLedger ledger(2);
  for (const char* id : {"a", "b", "c", "d"}) ledger.Add(id, t0);
  SendAll(ledger, t0);
  PushLedger::Ticket t;
  ledger.OnAck(Answer("a", v1::Ack::ACCEPTED), t0, &t);
  ledger.OnAck(Answer("b", v1::Ack::BUSY, 10), t0, &t);
  std::vector<std::string> ids;
  for (auto u : ledger.Unanswered()) ids.push_back(ledger.IdOf(u));
  EXPECT_EQ(ids, (std::vector<std::string>{"b", "c", "d"}));
}

}  // namespace
}  // namespace tidings::cli
