// The [[feeds]] array of tables of the daemon's configuration.
#include <gtest/gtest.h>

#include "tidings/config.h"

namespace tidings {
namespace {

TEST(FeedsConfig, ReadsEveryKeyWithDefaults) {
  DaemonConfig c = DefaultDaemonConfig();
  Status s = ParseDaemonConfig(R"(
[[feeds]]
url = "https://example.org/rss.xml"
interval_s = 600
source = "Example News"
language = "en"

[[feeds]]
url = "http://example.net/atom"
)", "test.toml", &c);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(c.feeds.size(), 2u);
  EXPECT_EQ(c.feeds[0].url, "https://example.org/rss.xml");
  EXPECT_EQ(c.feeds[0].interval_s, 600);
  EXPECT_EQ(c.feeds[0].source, "Example News");
  EXPECT_EQ(c.feeds[0].language, "en");
  EXPECT_EQ(c.feeds[1].interval_s, 300);
  EXPECT_EQ(c.feeds[1].source, "");
}

TEST(FeedsConfig, NoFeedsByDefault) {
  DaemonConfig c = DefaultDaemonConfig();
  ASSERT_TRUE(ParseDaemonConfig("log_level = \"info\"\n", "t", &c).ok());
  EXPECT_TRUE(c.feeds.empty());
}

Status Parse(const std::string& toml) {
  DaemonConfig c = DefaultDaemonConfig();
  return ParseDaemonConfig(toml, "t.toml", &c);
}

TEST(FeedsConfig, MissingUrlIsAnErrorNamingTheKey) {
  Status s = Parse("[[feeds]]\nsource = \"x\"\n");
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_NE(s.message().find("feeds[0].url: required"), std::string::npos) << s.message();
}

TEST(FeedsConfig, BadValuesAreErrorsNamingTheKey) {
  EXPECT_NE(Parse("[[feeds]]\nurl = \"ftp://x/feed\"\n").message().find("feeds[0].url: 'ftp://x/feed' is not an http"),
            std::string::npos);
  EXPECT_NE(Parse("[[feeds]]\nurl = \"http://x/\"\ninterval_s = 0\n").message().find("feeds[0].interval_s: must be at least 1"),
            std::string::npos);
  EXPECT_NE(Parse("[[feeds]]\nurl = \"http://x/\"\ninterval_s = \"often\"\n").message().find("feeds[0].interval_s: wrong type"),
            std::string::npos);
  EXPECT_NE(Parse("[[feeds]]\nurl = 5\n").message().find("feeds[0].url: wrong type"), std::string::npos);
}

TEST(FeedsConfig, IntervalOfOneSecondIsAccepted) {
  EXPECT_TRUE(Parse("[[feeds]]\nurl = \"http://x/\"\ninterval_s = 1\n").ok());
}

TEST(FeedsConfig, UnknownKeysAreErrors) {
  Status s = Parse("[[feeds]]\nurl = \"http://x/\"\nintervall_s = 5\n");
  EXPECT_NE(s.message().find("unknown key feeds[0].intervall_s"), std::string::npos) << s.message();
}

TEST(FeedsConfig, DuplicateUrlsAreErrors) {
  Status s = Parse("[[feeds]]\nurl = \"http://x/\"\n[[feeds]]\nurl = \"http://y/\"\n[[feeds]]\nurl = \"http://x/\"\n");
  EXPECT_NE(s.message().find("feeds[2].url: 'http://x/' is already feeds[0]"), std::string::npos) << s.message();
}

TEST(FeedsConfig, FeedsMustBeAnArrayOfTables) {
  EXPECT_NE(Parse("feeds = \"http://x/\"\n").message().find("feeds: must be an array of tables"), std::string::npos);
  EXPECT_NE(Parse("feeds = [\"http://x/\"]\n").message().find("feeds[0]: must be a table"), std::string::npos);
}

}  // namespace
}  // namespace tidings
