#include "fetch/seen_urls.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace tidings::fetch {
namespace {

namespace fs = std::filesystem;

class SeenUrlsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("seen-urls-test-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

constexpr int64_t kDay = 24 * 3600;

TEST_F(SeenUrlsTest, RecordedUrlIsSeenAcrossReopening) {
  const fs::path path = dir_ / "sub" / "fetch_seen.sqlite";
  {
    std::unique_ptr<SeenUrls> seen;
    ASSERT_TRUE(SeenUrls::Open(path, 30 * kDay, &seen).ok());
    EXPECT_FALSE(seen->Lookup("https://example.org/a", 1000, nullptr));
    ASSERT_TRUE(seen->Record("https://example.org/a", "article-1", 1000).ok());
  }
  std::unique_ptr<SeenUrls> reopened;
  ASSERT_TRUE(SeenUrls::Open(path, 30 * kDay, &reopened).ok());
  SeenUrl entry;
  ASSERT_TRUE(reopened->Lookup("https://example.org/a", 2000, &entry));
  EXPECT_EQ(entry.article_id, "article-1");
  EXPECT_EQ(entry.fetched_unix_s, 1000);
  EXPECT_FALSE(reopened->Lookup("https://example.org/b", 2000, nullptr));
}

TEST_F(SeenUrlsTest, EntriesOlderThanTheTtlAreUnseenAndExpire) {
  std::unique_ptr<SeenUrls> seen;
  ASSERT_TRUE(SeenUrls::Open(dir_ / "s.sqlite", kDay, &seen).ok());
  ASSERT_TRUE(seen->Record("https://example.org/old", "a1", 0).ok());
  ASSERT_TRUE(seen->Record("https://example.org/new", "a2", kDay).ok());
  EXPECT_TRUE(seen->Lookup("https://example.org/old", kDay, nullptr)) << "exactly at the ttl";
  EXPECT_FALSE(seen->Lookup("https://example.org/old", kDay + 1, nullptr)) << "one second past it";
  int64_t deleted = -1;
  ASSERT_TRUE(seen->Expire(kDay + 1, &deleted).ok());
  EXPECT_EQ(deleted, 1);
  EXPECT_TRUE(seen->Lookup("https://example.org/new", kDay + 1, nullptr));
}

TEST_F(SeenUrlsTest, RecordingAgainRefreshesTheEntry) {
  std::unique_ptr<SeenUrls> seen;
  ASSERT_TRUE(SeenUrls::Open(dir_ / "s.sqlite", kDay, &seen).ok());
  ASSERT_TRUE(seen->Record("https://example.org/a", "a1", 0).ok());
  ASSERT_TRUE(seen->Record("https://example.org/a", "a2", 500).ok());
  SeenUrl entry;
  ASSERT_TRUE(seen->Lookup("https://example.org/a", kDay + 100, &entry));
  EXPECT_EQ(entry.article_id, "a2");
}

TEST_F(SeenUrlsTest, UnopenableFileIsAnIoErrorNamingIt) {
  fs::create_directories(dir_);
  const fs::path blocker = dir_ / "not-a-dir";
  { std::ofstream(blocker) << "x"; }
  std::unique_ptr<SeenUrls> seen;
  Status s = SeenUrls::Open(blocker / "seen.sqlite", kDay, &seen);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find((blocker / "seen.sqlite").string()), std::string::npos) << s.ToString();
  EXPECT_EQ(seen, nullptr);
}

}  // namespace
}  // namespace tidings::fetch
