#include "daemon/in_flight_table.h"

#include <gtest/gtest.h>

namespace tidings::daemon {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;
using Clock = InFlightTable::Clock;
using Ids = std::vector<std::string>;

const Clock::time_point kT0 = Clock::time_point(seconds(1000));

TEST(InFlightTableTest, OnlyArticlesThatLeftForTheStageBeforeTheRestartAreAtRisk) {
  InFlightTable t;
  t.Admit("a", 1, 10, kT0);
  t.Admit("b", 1, 10, kT0);
  t.Admit("c", 1, 10, kT0);
  t.Route("a", "clean");
  t.Route("b", "clean");
  t.Route("c", "extract");
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
  t.Route("a", "clean");
  t.Route("a", "extract");  // clean answered before the daemon noted its send
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
  t.Route("held", "fetch");
  t.Route("queued", "fetch");
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
  for (const char* id : {"waiting", "queued", "unsent"}) t.Route(id, "store");
  t.Route("elsewhere", "clean");
  t.MarkSent("waiting", "store", kT0);
  t.MarkSent("queued", "store", kT0);
  t.MarkSent("elsewhere", "clean", kT0);
  t.RenewQueuedAt("store", kT0 + seconds(50));
  // "unsent" waits in the daemon's queue for the store: behind the same blocked replicas.
  EXPECT_EQ(t.TimedOut(kT0 + seconds(60), seconds(60)), (Ids{"elsewhere"}));
  EXPECT_EQ(t.TimedOut(kT0 + seconds(110), seconds(60)), (Ids{"elsewhere", "queued", "unsent", "waiting"}));
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
  t.Route("a", "clean");
  t.Route("b", "clean");
  EXPECT_EQ(t.CountByStage().at("clean"), 2u);
}

}  // namespace
}  // namespace tidings::daemon
