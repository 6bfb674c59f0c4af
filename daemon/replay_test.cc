#include "daemon/replay.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <map>
#include <set>
#include <thread>

namespace tidings::daemon {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using Clock = ReplayController::Clock;
using Injected = std::vector<std::pair<std::string, uint32_t>>;  // (id, attempt)

std::string ArticleBytes(const std::string& id) {
  v1::Article article;
  article.set_id(id);
  article.set_text("Ankara and Baku signed a deal.");
  return article.SerializeAsString();
}

// A controller over a journal in a temporary directory, recording what it injects and sets
// aside.
class ReplayTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tidings-replay-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    Status s = Journal::Open(dir_ / "journal.sqlite", &journal_);
    ASSERT_TRUE(s.ok()) << s.ToString();
    config_.max_attempts = 3;
    config_.max_deliveries = 25;
    config_.replay_timeout_s = 60;
    replay_ = std::make_unique<ReplayController>(
        config_, *journal_, table_, metrics_,
        [this](const JournalEntry& e, uint32_t attempt) { injected_.emplace_back(e.article_id, attempt); },
        [this](v1::DeadLetter letter) { letters_.push_back(std::move(letter)); },
        [this](const std::string& id) { return being_journaled_.count(id) != 0; });
  }
  void TearDown() override {
    replay_.reset();
    journal_.reset();
    fs::remove_all(dir_);
  }

  // Journals `id` and admits its first attempt, sent to `stage` at `at` (as the hub does).
  void Accept(const std::string& id, const std::string& stage, Clock::time_point at,
              const std::string& bytes = "") {
    AppendResult r;
    const std::string payload = bytes.empty() ? ArticleBytes(id) : bytes;
    ASSERT_TRUE(journal_->Append(id, payload, &r).ok());
    ASSERT_EQ(r, AppendResult::kAccepted);
    table_.Admit(id, 1, payload.size(), at);
    table_.Route(id, stage, at);
    table_.MarkSent(id, stage, at);
  }
  JournalStatus Lookup(const std::string& id) {
    JournalStatus status;
    EXPECT_TRUE(journal_->Lookup(id, &status).ok()) << id;
    return status;
  }
  // A counter of the controller's, with its help text (a registry takes a name with one help).
  double Count(const std::string& name) {
    static const std::map<std::string, std::string> kHelp = {
        {"tidings_replays_total", "Journaled articles re-injected into the pipeline"},
        {"tidings_failed_attempts_total", "Attempts that ended in a stage crash, hang or timeout"},
        {"tidings_articles_set_aside_total", "Articles given up on (poison input or too many deliveries)"}};
    return metrics_.GetCounter(name, kHelp.at(name)).value();
  }

  fs::path dir_;
  DaemonConfig config_;
  std::unique_ptr<Journal> journal_;
  InFlightTable table_;
  MetricsRegistry metrics_;
  Injected injected_;
  std::vector<v1::DeadLetter> letters_;
  std::set<std::string> being_journaled_;
  std::unique_ptr<ReplayController> replay_;
};

TEST_F(ReplayTest, ARestartedStageGetsWhatItsOldProcessHeldAgainWithoutAStrike) {
  const Clock::time_point t0 = Clock::now();
  Accept("held", "clean", t0);
  Accept("later", "clean", t0 + 10s);  // sent to the new process
  Accept("elsewhere", "extract", t0);
  replay_->StageRestarted("clean", t0 + 5s);
  EXPECT_EQ(injected_, (Injected{{"held", 2}}));
  EXPECT_EQ(Lookup("held").attempt, 2u);
  ASSERT_NE(table_.Find("held"), nullptr);
  EXPECT_EQ(table_.Find("held")->attempt, 2u);
  EXPECT_EQ(table_.LastError("held"), "") << "a restart is not a failed attempt";
  EXPECT_EQ(Count("tidings_replays_total"), 1);
  EXPECT_EQ(Count("tidings_failed_attempts_total"), 0);
  EXPECT_TRUE(letters_.empty());
}

TEST_F(ReplayTest, CrashesAreStrikesAndTheLastAllowedSetsTheArticleAside) {
  Accept("poison", "extract", Clock::now());
  replay_->Crash("poison", "segfault");
  replay_->Crash("poison", "segfault");
  EXPECT_TRUE(letters_.empty());
  EXPECT_TRUE(injected_.empty()) << "a crash alone re-injects nothing: the restart does";
  EXPECT_TRUE(table_.Contains("poison"));
  EXPECT_EQ(Count("tidings_failed_attempts_total"), 2);

  replay_->Crash("poison", "stack overflow");
  ASSERT_EQ(letters_.size(), 1u);
  EXPECT_EQ(letters_[0].article_id(), "poison");
  EXPECT_EQ(letters_[0].stage(), "daemon");
  EXPECT_EQ(letters_[0].reason(), "set aside as poison input after 3 failed attempts; last error: stack overflow");
  EXPECT_EQ(letters_[0].original(), ArticleBytes("poison"));
  EXPECT_FALSE(table_.Contains("poison"));
  JournalStatus status = Lookup("poison");
  EXPECT_EQ(status.state, JournalState::kDead);
  EXPECT_EQ(status.reason, letters_[0].reason());
  EXPECT_EQ(Count("tidings_articles_set_aside_total"), 1);

  replay_->Crash("poison", "again");  // no longer in flight: nothing counted
  EXPECT_EQ(letters_.size(), 1u);
  EXPECT_EQ(Count("tidings_failed_attempts_total"), 3);
}

TEST_F(ReplayTest, AnArticleStillBeingJournaledIsNeitherSetAsideNorReinjected) {
  table_.Admit("fresh", 1, 100, Clock::now());  // routed before its batch's commit
  being_journaled_.insert("fresh");
  for (int i = 0; i < config_.max_attempts; ++i) replay_->Crash("fresh", "segfault");
  replay_->Reinject("fresh");
  EXPECT_TRUE(letters_.empty());
  EXPECT_TRUE(injected_.empty());
  EXPECT_TRUE(table_.Contains("fresh")) << "its timeout re-injects it once journaled";
}

TEST_F(ReplayTest, AnArticleThatKeepsTimingOutIsReinjectedThenSetAside) {
  const Clock::time_point t0 = Clock::now();
  Accept("slow", "clean", t0);
  Accept("recent", "clean", t0 + 30s);
  replay_->CheckTimeouts(t0 + 61s);
  EXPECT_EQ(injected_, (Injected{{"slow", 2}})) << "recent has had 31 s of its 60";
  EXPECT_EQ(table_.LastError("slow"), "not completed within 60 s (replay.timeout_s)");

  replay_->CheckTimeouts(Clock::now() + 91s);  // both time out now
  replay_->CheckTimeouts(Clock::now() + 182s);
  EXPECT_EQ(injected_, (Injected{{"slow", 2}, {"recent", 2}, {"slow", 3}, {"recent", 3}}));
  ASSERT_EQ(letters_.size(), 1u) << "slow's third failed attempt";
  EXPECT_EQ(letters_[0].article_id(), "slow");
  EXPECT_NE(letters_[0].reason().find("after 3 failed attempts; last error: not completed within 60 s"),
            std::string::npos)
      << letters_[0].reason();
  EXPECT_EQ(Lookup("slow").state, JournalState::kDead);
  EXPECT_FALSE(table_.Contains("slow"));
  EXPECT_EQ(Lookup("recent").state, JournalState::kOpen);
}

TEST_F(ReplayTest, AnArticleDeliveredMaxDeliveriesTimesIsSetAside) {
  config_.max_deliveries = 2;
  Accept("looping", "clean", Clock::now());
  replay_->Reinject("looping");  // delivery 2
  EXPECT_EQ(injected_, (Injected{{"looping", 2}}));
  replay_->Reinject("looping");
  EXPECT_EQ(injected_.size(), 1u);
  ASSERT_EQ(letters_.size(), 1u);
  EXPECT_EQ(letters_[0].reason(), "delivered 2 times without completing (replay.max_deliveries)");
  EXPECT_EQ(Lookup("looping").state, JournalState::kDead);
  EXPECT_FALSE(table_.Contains("looping"));
}

TEST_F(ReplayTest, ACompletedArticleIsNotReinjectedAndLeavesTheTable) {
  Accept("done", "store", Clock::now());
  ASSERT_TRUE(journal_->MarkCompleted("done").ok());
  replay_->Reinject("done");
  EXPECT_TRUE(injected_.empty());
  EXPECT_TRUE(letters_.empty());
  EXPECT_FALSE(table_.Contains("done"));
}

TEST_F(ReplayTest, JournaledBytesThatAreNotAnArticleAreSetAside) {
  Accept("broken", "clean", Clock::now(), std::string("\x0a\xff", 2));
  replay_->Reinject("broken");
  EXPECT_TRUE(injected_.empty());
  ASSERT_EQ(letters_.size(), 1u);
  EXPECT_EQ(letters_[0].reason(), "journaled bytes are not a valid Article");
  EXPECT_EQ(Lookup("broken").state, JournalState::kDead);
}

TEST_F(ReplayTest, TheBacklogOfAnEarlierRunIsAdmittedAsRoomFreesUp) {
  config_.max_in_flight = 2;
  AppendResult r;
  for (const char* id : {"old1", "old2", "old3"}) ASSERT_TRUE(journal_->Append(id, ArticleBytes(id), &r).ok());
  const WallClock::time_point started = WallClock::now();
  // Journaled by this run: the clock must have moved past `started` (at ms precision).
  while (WallClock::now() < started + 2ms) std::this_thread::sleep_for(1ms);
  ASSERT_TRUE(journal_->Append("new", ArticleBytes("new"), &r).ok());

  EXPECT_TRUE(replay_->AdmitBacklog(started));
  EXPECT_EQ(injected_, (Injected{{"old1", 2}, {"old2", 2}}));
  EXPECT_EQ(table_.size(), 2u);
  EXPECT_TRUE(replay_->AdmitBacklog(started)) << "full: more to come";
  EXPECT_EQ(injected_.size(), 2u);

  for (const char* id : {"old1", "old2"}) {
    ASSERT_TRUE(journal_->MarkCompleted(id).ok());
    table_.Finish(id);
  }
  EXPECT_TRUE(replay_->AdmitBacklog(started));
  EXPECT_EQ(injected_, (Injected{{"old1", 2}, {"old2", 2}, {"old3", 2}}));
  EXPECT_FALSE(replay_->AdmitBacklog(started)) << "none left";
  EXPECT_EQ(injected_.size(), 3u) << "\"new\" is this run's, not the backlog";
}

}  // namespace
}  // namespace tidings::daemon
