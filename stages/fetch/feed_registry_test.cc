#include "fetch/feed_registry.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "fetch/feed_parser.h"

namespace tidings::fetch {
namespace {

class FeedRegistryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("feed_registry_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    ASSERT_TRUE(FeedRegistry::Open(dir_ / "data" / "feeds.sqlite", &registry_).ok());
  }
  void TearDown() override {
    registry_.reset();
    std::filesystem::remove_all(dir_);
  }
  static FeedConfig Feed(const std::string& url, int interval = 300, const std::string& source = "") {
    FeedConfig f;
    f.url = url;
    f.interval_s = interval;
    f.source = source;
    return f;
  }

  std::filesystem::path dir_;
  std::unique_ptr<FeedRegistry> registry_;
};

TEST_F(FeedRegistryTest, AddedFeedIsListedAndDueAtOnce) {
  bool created = false;
  ASSERT_TRUE(registry_->Add(Feed("http://a/rss", 60, "A News"), FeedOrigin::kCli, 1000, &created).ok());
  EXPECT_TRUE(created);
  std::vector<FeedRecord> all;
  ASSERT_TRUE(registry_->List(&all).ok());
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].url, "http://a/rss");
  EXPECT_EQ(all[0].interval_s, 60);
  EXPECT_EQ(all[0].source, "A News");
  EXPECT_EQ(all[0].origin, FeedOrigin::kCli);
  EXPECT_EQ(all[0].added_at, 1000);
  EXPECT_EQ(all[0].last_status, "");
  std::vector<FeedRecord> due;
  ASSERT_TRUE(registry_->DueFeeds(1000, 10, &due).ok());
  EXPECT_EQ(due.size(), 1u);
  ASSERT_TRUE(registry_->DueFeeds(999, 10, &due).ok());
  EXPECT_TRUE(due.empty());
}

TEST_F(FeedRegistryTest, AddingAgainUpdatesSettingsAndKeepsState) {
  ASSERT_TRUE(registry_->Add(Feed("http://a/rss", 60), FeedOrigin::kCli, 1000).ok());
  PollOutcome ok;
  ok.etag = "\"v1\"";
  ASSERT_TRUE(registry_->RecordPoll("http://a/rss", ok, 1000).ok());
  bool created = true;
  ASSERT_TRUE(registry_->Add(Feed("http://a/rss", 120, "New name"), FeedOrigin::kCli, 2000, &created).ok());
  EXPECT_FALSE(created);
  FeedRecord r;
  ASSERT_TRUE(registry_->Find("http://a/rss", &r).ok());
  EXPECT_EQ(r.interval_s, 120);
  EXPECT_EQ(r.source, "New name");
  EXPECT_EQ(r.etag, "\"v1\"");
  EXPECT_EQ(r.added_at, 1000);
}

TEST_F(FeedRegistryTest, RemoveUnknownUrlIsNotFoundWithAClearMessage) {
  Status s = registry_->Remove("http://nope/rss");
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("no feed http://nope/rss in "), std::string::npos) << s.message();
}

TEST_F(FeedRegistryTest, RemoveDropsTheFeedAndItsSeenItems) {
  ASSERT_TRUE(registry_->Add(Feed("http://a/rss"), FeedOrigin::kCli, 1).ok());
  ASSERT_TRUE(registry_->MarkSeen("http://a/rss", {"g1"}, 1).ok());
  FeedRecord removed;
  ASSERT_TRUE(registry_->Remove("http://a/rss", &removed).ok());
  EXPECT_EQ(removed.url, "http://a/rss");
  EXPECT_EQ(registry_->Find("http://a/rss", &removed).code(), Status::Code::kNotFound);
  ASSERT_TRUE(registry_->Add(Feed("http://a/rss"), FeedOrigin::kCli, 2).ok());
  bool seen = true;
  ASSERT_TRUE(registry_->HasSeen("http://a/rss", "g1", &seen).ok());
  EXPECT_FALSE(seen);
}

TEST_F(FeedRegistryTest, SyncConfigAddsUpdatesRemovesAndKeepsCliFeeds) {
  ASSERT_TRUE(registry_->SyncConfig({Feed("http://c1/"), Feed("http://c2/", 30)}, 10).ok());
  ASSERT_TRUE(registry_->Add(Feed("http://cli/"), FeedOrigin::kCli, 11).ok());
  ASSERT_TRUE(registry_->Add(Feed("http://promoted/"), FeedOrigin::kCli, 11).ok());
  ASSERT_TRUE(registry_->SyncConfig({Feed("http://c2/", 90, "C2"), Feed("http://promoted/")}, 20).ok());
  std::vector<FeedRecord> all;
  ASSERT_TRUE(registry_->List(&all).ok());
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].url, "http://c2/");
  EXPECT_EQ(all[0].interval_s, 90);
  EXPECT_EQ(all[0].source, "C2");
  EXPECT_EQ(all[0].added_at, 10);
  EXPECT_EQ(all[1].url, "http://cli/");
  EXPECT_EQ(all[1].origin, FeedOrigin::kCli);
  EXPECT_EQ(all[2].url, "http://promoted/");
  EXPECT_EQ(all[2].origin, FeedOrigin::kConfig);
}

TEST_F(FeedRegistryTest, SuccessfulPollKeepsValidatorsAndSchedulesTheInterval) {
  ASSERT_TRUE(registry_->Add(Feed("http://a/", 300), FeedOrigin::kCli, 0).ok());
  PollOutcome ok;
  ok.http_status = 200;
  ok.etag = "\"abc\"";
  ok.last_modified = "Tue, 10 Jun 2003 04:00:00 GMT";
  ASSERT_TRUE(registry_->RecordPoll("http://a/", ok, 1000).ok());
  PollOutcome not_modified;
  not_modified.kind = PollOutcome::Kind::kNotModified;
  not_modified.http_status = 304;
  ASSERT_TRUE(registry_->RecordPoll("http://a/", not_modified, 1300).ok());
  FeedRecord r;
  ASSERT_TRUE(registry_->Find("http://a/", &r).ok());
  EXPECT_EQ(r.last_status, "not modified");
  EXPECT_EQ(r.last_http_status, 304);
  EXPECT_EQ(r.etag, "\"abc\"");
  EXPECT_EQ(r.last_modified, "Tue, 10 Jun 2003 04:00:00 GMT");
  EXPECT_EQ(r.last_poll_at, 1300);
  EXPECT_EQ(r.next_poll_at, 1600);
  EXPECT_EQ(r.errors, 0);
}

TEST_F(FeedRegistryTest, FailuresBackOffExponentiallyAndASuccessResets) {
  ASSERT_TRUE(registry_->Add(Feed("http://a/", 100), FeedOrigin::kCli, 0).ok());
  PollOutcome err;
  err.kind = PollOutcome::Kind::kError;
  err.error = "http://a/: not a feed: the document is empty";
  FeedRecord r;
  const int64_t expected_wait[] = {100, 200, 400, 800};
  for (int i = 0; i < 4; ++i) {
    ASSERT_TRUE(registry_->RecordPoll("http://a/", err, 1000).ok());
    ASSERT_TRUE(registry_->Find("http://a/", &r).ok());
    EXPECT_EQ(r.next_poll_at, 1000 + expected_wait[i]) << i;
  }
  EXPECT_EQ(r.errors, 4);
  EXPECT_EQ(r.consecutive_errors, 4);
  EXPECT_EQ(r.last_status, "error");
  EXPECT_EQ(r.last_error, err.error);
  ASSERT_TRUE(registry_->RecordPoll("http://a/", PollOutcome{}, 2000).ok());
  ASSERT_TRUE(registry_->Find("http://a/", &r).ok());
  EXPECT_EQ(r.consecutive_errors, 0);
  EXPECT_EQ(r.errors, 4);
  EXPECT_EQ(r.next_poll_at, 2100);
  EXPECT_EQ(r.last_error, err.error);  // the last failure stays visible
}

TEST_F(FeedRegistryTest, BackoffIsCappedAtADayAndHonoursRetryAfter) {
  ASSERT_TRUE(registry_->Add(Feed("http://a/", 3600), FeedOrigin::kCli, 0).ok());
  PollOutcome err;
  err.kind = PollOutcome::Kind::kError;
  FeedRecord r;
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(registry_->RecordPoll("http://a/", err, 0).ok());
  ASSERT_TRUE(registry_->Find("http://a/", &r).ok());
  EXPECT_EQ(r.next_poll_at, 86400);
  PollOutcome slow;
  slow.retry_after_s = 7200;
  ASSERT_TRUE(registry_->RecordPoll("http://a/", slow, 0).ok());
  ASSERT_TRUE(registry_->Find("http://a/", &r).ok());
  EXPECT_EQ(r.next_poll_at, 7200);
}

TEST_F(FeedRegistryTest, RecordPollOfAnUnknownFeedIsNotFound) {
  EXPECT_EQ(registry_->RecordPoll("http://gone/", PollOutcome{}, 0).code(), Status::Code::kNotFound);
}

TEST_F(FeedRegistryTest, SeenItemsAreCountedOncePerFeed) {
  ASSERT_TRUE(registry_->Add(Feed("http://a/"), FeedOrigin::kCli, 0).ok());
  ASSERT_TRUE(registry_->Add(Feed("http://b/"), FeedOrigin::kCli, 0).ok());
  std::vector<std::string> unseen;
  ASSERT_TRUE(registry_->FilterUnseen("http://a/", {"g1", "g2"}, &unseen).ok());
  EXPECT_EQ(unseen, (std::vector<std::string>{"g1", "g2"}));
  int added = 0;
  ASSERT_TRUE(registry_->MarkSeen("http://a/", {"g1", "g2"}, 10, &added).ok());
  EXPECT_EQ(added, 2);
  ASSERT_TRUE(registry_->MarkSeen("http://a/", {"g2", "g3"}, 20, &added).ok());
  EXPECT_EQ(added, 1);
  ASSERT_TRUE(registry_->FilterUnseen("http://a/", {"g1", "g4", "g3"}, &unseen).ok());
  EXPECT_EQ(unseen, (std::vector<std::string>{"g4"}));
  ASSERT_TRUE(registry_->FilterUnseen("http://b/", {"g1"}, &unseen).ok());
  EXPECT_EQ(unseen.size(), 1u);  // seen-sets are per feed
  FeedRecord r;
  ASSERT_TRUE(registry_->Find("http://a/", &r).ok());
  EXPECT_EQ(r.items_seen, 3);
}

TEST_F(FeedRegistryTest, PruningForgetsOnlyItemsNotSeenSinceTheCutoff) {
  ASSERT_TRUE(registry_->Add(Feed("http://a/"), FeedOrigin::kCli, 0).ok());
  ASSERT_TRUE(registry_->MarkSeen("http://a/", {"old", "still-listed"}, 100).ok());
  ASSERT_TRUE(registry_->MarkSeen("http://a/", {"still-listed"}, 500).ok());
  int64_t pruned = 0;
  ASSERT_TRUE(registry_->PruneSeen(500, &pruned).ok());
  EXPECT_EQ(pruned, 1);
  bool seen = false;
  ASSERT_TRUE(registry_->HasSeen("http://a/", "still-listed", &seen).ok());
  EXPECT_TRUE(seen);
  ASSERT_TRUE(registry_->HasSeen("http://a/", "old", &seen).ok());
  EXPECT_FALSE(seen);
}

TEST_F(FeedRegistryTest, StatePersistsAcrossReopen) {
  ASSERT_TRUE(registry_->Add(Feed("http://a/", 42, "S"), FeedOrigin::kConfig, 7).ok());
  ASSERT_TRUE(registry_->MarkSeen("http://a/", {"g"}, 8).ok());
  registry_.reset();
  ASSERT_TRUE(FeedRegistry::Open(dir_ / "data" / "feeds.sqlite", &registry_).ok());
  FeedRecord r;
  ASSERT_TRUE(registry_->Find("http://a/", &r).ok());
  EXPECT_EQ(r.interval_s, 42);
  EXPECT_EQ(r.origin, FeedOrigin::kConfig);
  EXPECT_EQ(r.items_seen, 1);
}

TEST_F(FeedRegistryTest, TwoConnectionsWriteAtOnce) {
  ASSERT_TRUE(registry_->Add(Feed("http://a/"), FeedOrigin::kCli, 0).ok());
  auto writer = [this](const std::string& prefix, Status* result) {
    std::unique_ptr<FeedRegistry> r;
    *result = FeedRegistry::Open(dir_ / "data" / "feeds.sqlite", &r);
    for (int i = 0; i < 100 && result->ok(); ++i) {
      *result = r->MarkSeen("http://a/", {prefix + std::to_string(i)}, i);
    }
  };
  Status s1, s2;
  std::thread t1(writer, "x", &s1), t2(writer, "y", &s2);
  t1.join();
  t2.join();
  EXPECT_TRUE(s1.ok()) << s1.ToString();
  EXPECT_TRUE(s2.ok()) << s2.ToString();
  FeedRecord r;
  ASSERT_TRUE(registry_->Find("http://a/", &r).ok());
  EXPECT_EQ(r.items_seen, 200);
}

TEST_F(FeedRegistryTest, OpenFailsWithTheFileName) {
  std::unique_ptr<FeedRegistry> r;
  std::filesystem::create_directories(dir_ / "a-directory");
  Status s = FeedRegistry::Open(dir_ / "a-directory", &r);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("a-directory"), std::string::npos) << s.message();
  EXPECT_EQ(r, nullptr);
}

TEST(SeenKeyTest, GuidElseUrl) {
  FeedItem item;
  item.url = "http://a/1";
  EXPECT_EQ(SeenKey(item), "http://a/1");
  item.guid = "tag:a,2004:1";
  EXPECT_EQ(SeenKey(item), "tag:a,2004:1");
}

}  // namespace
}  // namespace tidings::fetch
