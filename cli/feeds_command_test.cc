// tidings feeds add|list|remove|check, run in-process on real files, a real registry file and a
// real HTTP server on loopback.
#include "feeds_command.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "fetch/test_http_server.h"

namespace tidings::cli {
namespace {

using fetch::testing::CannedResponse;
using fetch::testing::TestHttpServer;

const char* kRss = R"(<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example</title>
<item><title>Caf&eacute; talks &amp; more</title><link>/news/1</link><guid isPermaLink="false">ID-1</guid>
<pubDate>Thu, 11 Nov 2021 09:30:00 +0400</pubDate><dc:creator>Ann Lee</dc:creator>
<description>&lt;p&gt;Summary&lt;/p&gt;</description></item>
<item><title>Second</title><link>http://example.org/2</link><guid>http://example.org/2</guid></item>
</channel></rss>)";

class FeedsCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("feeds_command_test_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    data_dir_ = (dir_ / "data").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string WriteFile(const std::string& name, const std::string& content) {
    auto path = dir_ / name;
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }

  int Check(const std::string& target) {
    out_.str("");
    err_.str("");
    FeedsCheckOptions o;
    o.target = target;
    o.timeout_ms = 5000;
    return RunFeedsCheck(o, out_, err_);
  }

  std::vector<nlohmann::json> Lines() const {
    std::vector<nlohmann::json> lines;
    std::istringstream in(out_.str());
    for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
    return lines;
  }

  int Add(const std::string& url, int interval = 300, const std::string& source = "") {
    FeedsAddOptions o;
    o.url = url;
    o.interval_s = interval;
    o.source = source;
    o.data_dir = data_dir_;
    out_.str("");
    err_.str("");
    return RunFeedsAdd(o, out_, err_);
  }

  std::filesystem::path dir_;
  std::string data_dir_;
  std::ostringstream out_, err_;
};

TEST_F(FeedsCommandTest, CheckAFilePrintsOneObjectPerItem) {
  ASSERT_EQ(Check(WriteFile("feed.xml", kRss)), 0) << err_.str();
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["title"], "Caf\xC3\xA9 talks & more");
  EXPECT_EQ(lines[0]["url"], "/news/1");  // a path gives no base: relative links stay relative
  EXPECT_EQ(lines[0]["guid"], "ID-1");
  EXPECT_EQ(lines[0]["published"], "2021-11-11T05:30:00Z");
  EXPECT_EQ(lines[0]["author"], "Ann Lee");
  EXPECT_EQ(lines[0]["summary"], "Summary");
  EXPECT_EQ(lines[1]["url"], "http://example.org/2");
  EXPECT_EQ(lines[1]["published"], "");
  EXPECT_FALSE(lines[1].contains("author"));
}

TEST_F(FeedsCommandTest, CheckAFileUrlResolvesAgainstIt) {
  std::string path = WriteFile("feed.xml", kRss);
  ASSERT_EQ(Check("file://" + path), 0) << err_.str();
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["url"], "file:///news/1");
}

TEST_F(FeedsCommandTest, CheckOverHttpResolvesLinksAgainstTheFinalUrlAndUsesTheCharset) {
  TestHttpServer server;
  CannedResponse feed;
  feed.headers = {{"Content-Type", "application/rss+xml; charset=iso-8859-1"}};
  feed.body = "<rss version=\"2.0\"><channel><title>t</title><item><title>caf\xE9</title><link>a/1</link></item></channel></rss>";
  server.Route("/feeds/rss.xml", feed);
  CannedResponse moved;
  moved.status = 301;
  moved.reason = "Moved Permanently";
  moved.headers = {{"Location", server.Url("/feeds/rss.xml")}};
  server.Route("/old", moved);
  ASSERT_EQ(Check(server.Url("/old")), 0) << err_.str();
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["title"], "caf\xC3\xA9");
  EXPECT_EQ(lines[0]["url"], server.Url("/feeds/a/1"));
}

TEST_F(FeedsCommandTest, CheckOfAMissingPageFailsNamingTheUrlAndStatus) {
  TestHttpServer server;
  EXPECT_EQ(Check(server.Url("/nothing.xml")), 1);
  EXPECT_EQ(err_.str(), "tidings feeds check: " + server.Url("/nothing.xml") + ": HTTP 404\n");
  EXPECT_EQ(out_.str(), "");
}

TEST_F(FeedsCommandTest, CheckOfAnHtmlPageFailsClearly) {
  TestHttpServer server;
  CannedResponse page;
  page.headers = {{"Content-Type", "text/html"}};
  page.body = "<html><body><p>Not a feed</p></body></html>";
  server.Route("/page", page);
  EXPECT_EQ(Check(server.Url("/page")), 1);
  EXPECT_NE(err_.str().find(server.Url("/page") + ": not a feed: the document is an HTML page"), std::string::npos)
      << err_.str();
}

TEST_F(FeedsCommandTest, CheckOfAMissingFileFailsClearly) {
  EXPECT_EQ(Check((dir_ / "absent.xml").string()), 1);
  EXPECT_NE(err_.str().find("cannot read " + (dir_ / "absent.xml").string() + ": No such file"), std::string::npos)
      << err_.str();
}

TEST_F(FeedsCommandTest, CheckOfAnEmptyFileFailsAndOfAValidEmptyFeedSucceeds) {
  EXPECT_EQ(Check(WriteFile("empty.xml", "")), 1);
  EXPECT_NE(err_.str().find("not a feed: the document is empty"), std::string::npos) << err_.str();
  EXPECT_EQ(Check(WriteFile("none.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>")), 0);
  EXPECT_EQ(out_.str(), "");
}

TEST_F(FeedsCommandTest, CheckOfASitemapIndexListsItsSitemaps) {
  ASSERT_EQ(Check(WriteFile("index.xml", R"(<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://example.org/s1.xml</loc><lastmod>2024-01-02</lastmod></sitemap></sitemapindex>)")),
            0);
  auto lines = Lines();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0]["sitemap"], "http://example.org/s1.xml");
  EXPECT_EQ(lines[0]["updated"], "2024-01-02T00:00:00Z");
}

TEST_F(FeedsCommandTest, AddListRemove) {
  ASSERT_EQ(Add("https://example.org/rss.xml", 600, "Example News"), 0) << err_.str();
  EXPECT_NE(out_.str().find("added https://example.org/rss.xml"), std::string::npos);
  ASSERT_EQ(Add("https://example.org/rss.xml", 900), 0);
  EXPECT_NE(out_.str().find("updated https://example.org/rss.xml"), std::string::npos);
  ASSERT_EQ(Add("http://example.net/atom"), 0);

  std::ostringstream out, err;
  ASSERT_EQ(RunFeedsList(data_dir_, "table", out, err), 0);
  const std::string table = out.str();
  EXPECT_EQ(table.substr(0, 3), "URL");
  EXPECT_NE(table.find("https://example.org/rss.xml  900s"), std::string::npos) << table;
  EXPECT_NE(table.find("never polled"), std::string::npos);

  std::ostringstream jsonl;
  ASSERT_EQ(RunFeedsList(data_dir_, "jsonl", jsonl, err), 0);
  std::istringstream in(jsonl.str());
  std::vector<nlohmann::json> rows;
  for (std::string line; std::getline(in, line);) rows.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["url"], "http://example.net/atom");
  EXPECT_EQ(rows[1]["interval_s"], 900);
  EXPECT_EQ(rows[1]["source"], "");  // a later add without --source clears it
  EXPECT_EQ(rows[1]["status"], "never polled");
  EXPECT_EQ(rows[1]["items_seen"], 0);
  EXPECT_EQ(rows[1]["errors"], 0);

  std::ostringstream rout, rerr;
  ASSERT_EQ(RunFeedsRemove(data_dir_, "http://example.net/atom", rout, rerr), 0) << rerr.str();
  EXPECT_EQ(rout.str(), "removed http://example.net/atom (0 items seen)\n");
  std::ostringstream after;
  ASSERT_EQ(RunFeedsList(data_dir_, "jsonl", after, err), 0);
  const std::string listed = after.str();
  EXPECT_EQ(std::count(listed.begin(), listed.end(), '\n'), 1);
}

TEST_F(FeedsCommandTest, RemoveOfAnUnknownUrlFailsClearly) {
  ASSERT_EQ(Add("https://example.org/rss.xml"), 0);
  std::ostringstream out, err;
  EXPECT_EQ(RunFeedsRemove(data_dir_, "https://example.org/other.xml", out, err), 1);
  EXPECT_NE(err.str().find("tidings feeds remove: no feed https://example.org/other.xml in "), std::string::npos)
      << err.str();
}

TEST_F(FeedsCommandTest, AddRefusesWhatCannotBePolled) {
  EXPECT_EQ(Add("ftp://example.org/rss"), 2);
  EXPECT_EQ(err_.str(), "tidings feeds add: 'ftp://example.org/rss' is not an http or https URL\n");
  EXPECT_EQ(Add("http://example.org/rss", 0), 2);
  EXPECT_NE(err_.str().find("--interval must be at least 1"), std::string::npos);
  EXPECT_EQ(Add("http://example.org/rss", 1), 0);
}

TEST_F(FeedsCommandTest, ListOfAnAbsentRegistryIsEmptyAndCreatesNothing) {
  std::ostringstream out, err;
  EXPECT_EQ(RunFeedsList(data_dir_, "table", out, err), 0);
  EXPECT_EQ(out.str(), "");
  EXPECT_NE(err.str().find("no feeds in "), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(data_dir_));
}

}  // namespace
}  // namespace tidings::cli
