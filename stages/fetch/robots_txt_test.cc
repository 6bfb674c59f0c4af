#include "fetch/robots_txt.h"

#include <gtest/gtest.h>

namespace tidings::fetch {
namespace {

using std::chrono::milliseconds;

TEST(RobotsTxtTest, OurGroupReplacesTheStarGroup) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: *\n"
      "Disallow: /\n"
      "\n"
      "User-agent: Tidings\n"
      "Disallow: /private/\n",
      "tidings");
  EXPECT_TRUE(r.Allowed("/news/1"));
  EXPECT_FALSE(r.Allowed("/private/a"));
}

TEST(RobotsTxtTest, StarGroupAppliesWhenNoGroupNamesUs) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: googlebot\nDisallow: /\n\nUser-agent: *\nDisallow: /search\nCrawl-delay: 2.5\n",
      "tidings");
  EXPECT_TRUE(r.Allowed("/news/1"));
  EXPECT_FALSE(r.Allowed("/search?q=x"));
  ASSERT_TRUE(r.crawl_delay().has_value());
  EXPECT_EQ(*r.crawl_delay(), milliseconds(2500));
}

TEST(RobotsTxtTest, NoMatchingGroupAllowsEverything) {
  RobotsRules r = RobotsRules::Parse("User-agent: otherbot\nDisallow: /\n", "tidings");
  EXPECT_TRUE(r.Allowed("/anything"));
  EXPECT_FALSE(r.crawl_delay().has_value());
}

TEST(RobotsTxtTest, ConsecutiveUserAgentLinesShareOneGroupAndGroupsForUsCombine) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: otherbot\n"
      "User-agent: tidings/2.0\n"
      "Disallow: /a/\n"
      "User-agent: *\n"
      "Disallow: /\n"
      "User-agent: TIDINGS\n"
      "Disallow: /b/\n",
      "tidings");
  EXPECT_FALSE(r.Allowed("/a/1"));
  EXPECT_FALSE(r.Allowed("/b/1"));
  EXPECT_TRUE(r.Allowed("/c/1"));
}

TEST(RobotsTxtTest, LongestMatchWinsAndAllowWinsATie) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: *\n"
      "Disallow: /news/\n"
      "Allow: /news/public/\n"
      "Disallow: /x\n"
      "Allow: /x\n",
      "tidings");
  EXPECT_FALSE(r.Allowed("/news/secret"));
  EXPECT_TRUE(r.Allowed("/news/public/1"));
  EXPECT_TRUE(r.Allowed("/x/1"));
}

TEST(RobotsTxtTest, WildcardsAndEndAnchor) {
  RobotsRules r = RobotsRules::Parse(
      "User-agent: *\n"
      "Disallow: /*.pdf$\n"
      "Disallow: /*/print\n"
      "Disallow: /*?sessionid=\n",
      "tidings");
  EXPECT_FALSE(r.Allowed("/files/report.pdf"));
  EXPECT_TRUE(r.Allowed("/files/report.pdf?download=1"));
  EXPECT_FALSE(r.Allowed("/2021/11/story/print"));
  EXPECT_FALSE(r.Allowed("/story?sessionid=42"));
  EXPECT_TRUE(r.Allowed("/story?id=42"));
}

TEST(RobotsTxtTest, PatternMatcherSurvivesManyStars) {
  EXPECT_TRUE(RobotsPatternMatches("/a*b*c*d", "/a-b-c-d"));
  EXPECT_FALSE(RobotsPatternMatches("/a*b*c*d$", "/a-b-c-d-e"));
  EXPECT_TRUE(RobotsPatternMatches("*", ""));
  std::string path(5000, 'a');
  EXPECT_FALSE(RobotsPatternMatches("/*a*a*a*a*a*a*a*a*a*a*b", "/" + path));
}

TEST(RobotsTxtTest, EmptyDisallowAllowsAndCommentsAndCaseAreHandled) {
  RobotsRules r = RobotsRules::Parse(
      "# comment line\n"
      "USER-AGENT: *   # everyone\r\n"
      "DISALLOW:\r\n"
      "disallow: /tmp/ # scratch\r\n",
      "tidings");
  EXPECT_TRUE(r.Allowed("/"));
  EXPECT_FALSE(r.Allowed("/tmp/x"));
  EXPECT_TRUE(r.Allowed("/TMP/x")) << "paths are case-sensitive";
}

TEST(RobotsTxtTest, PercentEncodingIsComparedInOneSpelling) {
  RobotsRules r = RobotsRules::Parse("User-agent: *\nDisallow: /caf\xc3\xa9/\nDisallow: /a%3cb\n",
                                     "tidings");
  EXPECT_FALSE(r.Allowed("/caf%C3%A9/menu"));
  EXPECT_FALSE(r.Allowed("/a%3Cb"));
}

TEST(RobotsTxtTest, RobotsTxtItselfIsAlwaysAllowed) {
  RobotsRules r = RobotsRules::DisallowAll();
  EXPECT_FALSE(r.Allowed("/"));
  EXPECT_FALSE(r.Allowed("/news"));
  EXPECT_TRUE(r.Allowed("/robots.txt"));
}

TEST(RobotsTxtTest, RulesBeforeAnyUserAgentAndMalformedLinesAreIgnored) {
  RobotsRules r = RobotsRules::Parse(
      "Disallow: /orphan\n"
      "this line has no colon\n"
      "User-agent: *\n"
      "Crawl-delay: soon\n"
      "Disallow: /x\n"
      "Sitemap: https://example.org/sitemap.xml\n",
      "tidings");
  EXPECT_TRUE(r.Allowed("/orphan"));
  EXPECT_FALSE(r.Allowed("/x"));
  EXPECT_FALSE(r.crawl_delay().has_value());
  ASSERT_EQ(r.sitemaps().size(), 1u);
  EXPECT_EQ(r.sitemaps()[0], "https://example.org/sitemap.xml");
}

TEST(RobotsTxtTest, OnlyTheFirst500KiBAreRead) {
  std::string body = "User-agent: *\n";
  while (body.size() < 500 * 1024) body += "Allow: /filler\n";
  body += "Disallow: /late\n";
  EXPECT_TRUE(RobotsRules::Parse(body, "tidings").Allowed("/late"));
}

TEST(RobotsTxtTest, ProductTokenIsTheNameBeforeTheVersion) {
  EXPECT_EQ(ProductToken("tidings/0.1 (news event coder; +https://example.org)"), "tidings");
  EXPECT_EQ(ProductToken("  MyBot"), "mybot");
  EXPECT_EQ(ProductToken("Example-Crawler (contact)"), "example-crawler");
}

}  // namespace
}  // namespace tidings::fetch
