#include "daemon/in_flight_table.h"

#include <gtest/gtest.h>

#include <initializer_list>

namespace tidings::daemon {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using Clock = InFlightTable::Clock;
using Ids = std::vector<std::string>;

const Clock::time_point kT0 = Clock::time_point(seconds(1000));

// Articles admitted, routed to `stage` and sent there at `at`, in this order.
void SendAll(InFlightTable& t, std::initializer_list<const char*> ids, const std::string& stage,
            Clock::time_point at = kT0) {
  for (const char* id : ids) {
    t.Admit(id, 1, 10, at);
    t.Route(id, stage, at);
    t.MarkSent(id, stage, at);
  }
}

TEST(InFlightTableTest, OnlyArticlesThatLeftForTheStageBeforeTheRestartAreAtRisk) {
  InFlightTable t;
  t.Admit("a", 1, 10, kT0);
  t.Admit("b", 1, 10, kT0);
  t.Admit("c", 1, 10, kT0);
  t.Route("a", "clean", kT0);
  t.Route("b", "clean", kT0);
  t.Route("c", "extract", kT0);
  t.MarkSent("a", "clean", kT0 + milliseconds(1));
  t.MarkSent("c", "extract", kT0 + milliseconds(1));
  // b is still queued in the daemon: a dying clean process cannot have held it.
  EXPECT_EQ(t.SentTo("clean", kT0 + milliseconds(5)), Ids{"a"});
  // Sent after the new process started: the new process has it.
  EXPECT_EQ(t.SentTo("clean", kT0), Ids{});
}

TEST(InFlightTableTest, ALateSendOfAnOlderCopyDoesNotMarkTheNewRoute) {
  InFlightTable t;
  t.Admit("a", 1, 10, kT0);
  t.Route("a", "clean", kT0);
  t.Route("a", "extract", kT0);  // clean answered before the daemon noted its send
  t.MarkSent("a", "clean", kT0);
  EXPECT_FALSE(t.Find("a")->sent);
  EXPECT_EQ(t.Find("a")->stage, "extract");
}

TEST(InFlightTableTest, TimeoutCountsFromTheCurrentAttempt) {
  InFlightTable t;
  t.Admit("a", 1, 10, kT0);
  EXPECT_EQ(t.TimedOut(kT0 + seconds(59), seconds(60)), Ids{});
  EXPECT_EQ(t.TimedOut(kT0 + seconds(60), seconds(60)), Ids{"a"});
  t.Admit("a", 2, 10, kT0 + seconds(60));  // re-injected
  EXPECT_EQ(t.TimedOut(kT0 + seconds(61), seconds(60)), Ids{});
  EXPECT_EQ(t.Find("a")->attempt, 2u);
}

TEST(InFlightTableTest, AnArticleAStageStillHoldsDoesNotTimeOut) {
  InFlightTable t;
  t.Admit("held", 1, 10, kT0);
  t.Admit("queued", 1, 10, kT0);
  t.Route("held", "fetch", kT0);
  t.Route("queued", "fetch", kT0);
  t.MarkSent("held", "fetch", kT0);
  t.RenewHeld("held", "fetch", kT0 + seconds(50));
  t.RenewHeld("queued", "fetch", kT0 + seconds(50));  // never sent: the stage cannot hold it
  t.RenewHeld("held", "clean", kT0 + seconds(90));    // another stage's word does not count
  EXPECT_EQ(t.TimedOut(kT0 + seconds(60), seconds(60)), Ids{"queued"});
  EXPECT_EQ(t.TimedOut(kT0 + seconds(110), seconds(60)), (Ids{"held", "queued"}));
}

TEST(InFlightTableTest, ArticlesQueuedAtABlockedStageDoNotTimeOut) {
  InFlightTable t;
  for (const char* id : {"waiting", "queued", "unsent", "elsewhere"}) t.Admit(id, 1, 10, kT0);
  for (const char* id : {"waiting", "queued", "unsent"}) t.Route(id, "store", kT0);
  t.Route("elsewhere", "clean", kT0);
  t.MarkSent("waiting", "store", kT0);
  t.MarkSent("queued", "store", kT0);
  t.MarkSent("elsewhere", "clean", kT0);
  t.RenewQueuedAt("store", kT0 + seconds(50));
  // "unsent" waits in the daemon's queue for the store: behind the same blocked replicas.
  EXPECT_EQ(t.TimedOut(kT0 + seconds(60), seconds(60)), (Ids{"elsewhere"}));
  EXPECT_EQ(t.TimedOut(kT0 + seconds(110), seconds(60)), (Ids{"elsewhere", "queued", "unsent", "waiting"}));
}

// Three articles sent to clean at once; the stage answers for them in order, slowly.
TEST(InFlightTableTest, ArticlesWaitingBehindAStageThatAnswersDoNotTimeOut) {
  InFlightTable t;
  SendAll(t, {"a", "b", "c"}, "clean");
  t.Route("a", "extract", kT0 + seconds(50));
  EXPECT_EQ(t.TimedOut(kT0 + seconds(100), seconds(60)), Ids{}) << "b and c wait their turn";
  t.Route("b", "extract", kT0 + seconds(100));
  EXPECT_EQ(t.TimedOut(kT0 + seconds(159), seconds(60)), Ids{"a"}) << "extract never answered for a";
  // Clean has not answered for 60 s: c times out, and b, as long at a quiet extract.
  EXPECT_EQ(t.TimedOut(kT0 + seconds(160), seconds(60)), (Ids{"a", "b", "c"}));
}

TEST(InFlightTableTest, AnArticleOvertakenAtItsStageTimesOutFromThatMoment) {
  InFlightTable t;
  SendAll(t, {"lost", "next", "later"}, "extract");
  t.Route("next", "store", kT0 + seconds(10));  // answered before "lost", sent earlier
  t.Route("later", "store", kT0 + seconds(60));  // the stage goes on answering
  EXPECT_EQ(t.TimedOut(kT0 + seconds(69), seconds(60)), Ids{});
  EXPECT_EQ(t.TimedOut(kT0 + seconds(70), seconds(60)), (Ids{"lost", "next"}))
      << "'next' has waited 60 s at the store, which never answered";
}

// Fetch downloads at once and answers out of order; its results wait unread while clean is
// full. An overtaken article whose result waits in that queue is not lost.
TEST(InFlightTableTest, NoClockRunsAtAStageWhoseResultsTheDaemonLeavesUnread) {
  InFlightTable t;
  SendAll(t, {"slow", "fast"}, "fetch");
  t.Route("fast", "clean", kT0 + seconds(1));
  for (int s = 2; s <= 100; ++s) t.OutputHeld("fetch", kT0 + seconds(s));
  EXPECT_EQ(t.TimedOut(kT0 + seconds(159), seconds(60)), Ids{"fast"}) << "clean never answered";
  EXPECT_EQ(t.TimedOut(kT0 + seconds(160), seconds(60)), (Ids{"fast", "slow"}))
      << "60 s after the daemon last held fetch's results back";
}

TEST(InFlightTableTest, TheClockStartsAgainAtEachStage) {
  InFlightTable t;
  t.Admit("a", 1, 10, kT0);
  t.Route("a", "fetch", kT0);
  t.MarkSent("a", "fetch", kT0);
  t.Route("a", "clean", kT0 + seconds(59));
  t.MarkSent("a", "clean", kT0 + seconds(59));
  EXPECT_EQ(t.TimedOut(kT0 + seconds(118), seconds(60)), Ids{});
  EXPECT_EQ(t.TimedOut(kT0 + seconds(119), seconds(60)), Ids{"a"});
}

TEST(InFlightTableTest, AStoreAnswerIsProgressForTheArticlesBehindIt) {
  InFlightTable t;
  SendAll(t, {"a", "b"}, "store");
  t.Complete("a", kT0 + seconds(50));
  EXPECT_FALSE(t.Contains("a"));
  EXPECT_EQ(t.TimedOut(kT0 + seconds(100), seconds(60)), Ids{});
  EXPECT_EQ(t.TimedOut(kT0 + seconds(110), seconds(60)), Ids{"b"});
  t.Admit("b", 2, 10, kT0 + seconds(110));  // re-injected: its old place in the store's order is gone
  t.Route("b", "store", kT0 + seconds(110));
  t.MarkSent("b", "store", kT0 + seconds(110));
  t.Admit("c", 1, 10, kT0 + seconds(111));
  t.Route("c", "store", kT0 + seconds(111));
  t.MarkSent("c", "store", kT0 + seconds(111));
  t.Complete("c", kT0 + seconds(112));
  EXPECT_TRUE(t.Find("b")->overtaken) << "sent before c";
  EXPECT_EQ(t.TimedOut(kT0 + seconds(172), seconds(60)), Ids{"b"});
}

TEST(InFlightTableTest, StrikesSurviveReinjectionAndAreForgottenOnFinish) {
  InFlightTable t;
  t.Admit("a", 1, 10, kT0);
  EXPECT_EQ(t.Strike("a", "clean[0] crashed"), 1);
  t.Admit("a", 2, 10, kT0);
  EXPECT_EQ(t.Strike("a", "not completed within 60 s"), 2);
  EXPECT_EQ(t.LastError("a"), "not completed within 60 s");
  t.Finish("a");
  EXPECT_EQ(t.LastError("a"), "");
  EXPECT_EQ(t.Strike("a", "late report"), 0) << "a finished article is not struck";
}

TEST(InFlightTableTest, BytesFollowAdmissionsAndFinishes) {
  InFlightTable t;
  t.Admit("a", 1, 100, kT0);
  t.Admit("b", 1, 50, kT0);
  EXPECT_EQ(t.bytes(), 150u);
  t.Admit("a", 2, 100, kT0);  // a re-injection replaces, not adds
  EXPECT_EQ(t.bytes(), 150u);
  t.Finish("a");
  EXPECT_EQ(t.bytes(), 50u);
  t.Finish("b");
  EXPECT_EQ(t.bytes(), 0u);
  EXPECT_EQ(t.size(), 0u);
}

TEST(InFlightTableTest, RoomRunsOutAtEitherBound) {
  InFlightTable t;
  t.Admit("a", 1, 100, kT0);
  EXPECT_TRUE(t.HasRoom(2, 200, 100)) << "exactly at the byte bound is allowed";
  EXPECT_FALSE(t.HasRoom(2, 200, 101)) << "one byte over is not";
  t.Admit("b", 1, 10, kT0);
  EXPECT_FALSE(t.HasRoom(2, 1000, 1)) << "article bound reached";
}

TEST(InFlightTableTest, AnArticleLargerThanTheByteBoundStillEntersAnEmptyPipeline) {
  InFlightTable t;
  EXPECT_TRUE(t.HasRoom(10, 100, 1000));
  t.Admit("big", 1, 1000, kT0);
  EXPECT_FALSE(t.HasRoom(10, 100, 1));
}

TEST(InFlightTableTest, CountsByStageForTheQueueGauges) {
  InFlightTable t;
  t.Admit("a", 1, 1, kT0);
  t.Admit("b", 1, 1, kT0);
  t.Route("a", "clean", kT0);
  t.Route("b", "clean", kT0);
  EXPECT_EQ(t.CountByStage().at("clean"), 2u);
}

}  // namespace
}  // namespace tidings::daemon
