#include "fetch/url_canonicalizer.h"

#include <gtest/gtest.h>

namespace tidings::fetch {
namespace {

std::string Canonical(std::string_view url) {
  std::string out = "<unchanged>";
  Status s = CanonicalizeUrl(url, &out);
  EXPECT_TRUE(s.ok()) << url << ": " << s.ToString();
  return out;
}

TEST(UrlCanonicalizerTest, LowerCasesSchemeAndHostButNotPath) {
  EXPECT_EQ(Canonical("HTTP://Example.ORG/News/Story.HTML"), "http://example.org/News/Story.HTML");
  EXPECT_EQ(Canonical("HtTpS://WWW.Example.org/a"), "https://www.example.org/a");
}

TEST(UrlCanonicalizerTest, DropsDefaultPortsOnly) {
  EXPECT_EQ(Canonical("http://example.org:80/a"), "http://example.org/a");
  EXPECT_EQ(Canonical("https://example.org:443/a"), "https://example.org/a");
  EXPECT_EQ(Canonical("http://example.org:443/a"), "http://example.org:443/a");
  EXPECT_EQ(Canonical("https://example.org:8443/a"), "https://example.org:8443/a");
}

TEST(UrlCanonicalizerTest, DropsFragmentAndTrailingHostDot) {
  EXPECT_EQ(Canonical("http://example.org./a#comments"), "http://example.org/a");
  EXPECT_EQ(Canonical("http://example.org/a?x=1#!/story/7"), "http://example.org/a?x=1");
}

TEST(UrlCanonicalizerTest, EmptyPathIsSlashAndDotSegmentsAreResolved) {
  EXPECT_EQ(Canonical("http://example.org"), "http://example.org/");
  EXPECT_EQ(Canonical("http://example.org/a/./b/../c"), "http://example.org/a/c");
}

TEST(UrlCanonicalizerTest, RemovesTrackingParametersKeepingTheOthersInOrder) {
  EXPECT_EQ(Canonical("https://example.org/story?utm_source=rss&id=7&utm_medium=feed&page=2"),
            "https://example.org/story?id=7&page=2");
  EXPECT_EQ(Canonical("https://example.org/story?fbclid=IwAR0abc"), "https://example.org/story");
  EXPECT_EQ(Canonical("https://example.org/story?GCLID=x&b=2&a=1"), "https://example.org/story?b=2&a=1");
  EXPECT_EQ(Canonical("https://www.bbc.co.uk/news/world-1?at_medium=RSS&at_campaign=KARANGA"),
            "https://www.bbc.co.uk/news/world-1");
  EXPECT_EQ(Canonical("https://example.org/s?&&id=1&"), "https://example.org/s?id=1");
  // Only the name decides: a content parameter whose value mentions utm stays.
  EXPECT_EQ(Canonical("https://example.org/search?q=utm_source"), "https://example.org/search?q=utm_source");
}

TEST(UrlCanonicalizerTest, NormalisesPercentEscapes) {
  EXPECT_EQ(Canonical("http://example.org/%7euser/a%2fb?q=%e2%82%ac"),
            "http://example.org/~user/a%2Fb?q=%E2%82%AC");
  EXPECT_EQ(Canonical("http://example.org/caf\xc3\xa9 bar"), "http://example.org/caf%C3%A9%20bar");
  EXPECT_EQ(Canonical("http://example.org/100%"), "http://example.org/100%25");
}

TEST(UrlCanonicalizerTest, EquivalentSpellingsMeetInOneForm) {
  const std::string a = Canonical("http://EXAMPLE.org:80/news/../news/%7Ea?utm_campaign=x#top");
  const std::string b = Canonical("  http://example.org/news/~a  ");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, "http://example.org/news/~a");
}

TEST(UrlCanonicalizerTest, InternationalHostBecomesPunycode) {
  EXPECT_EQ(Canonical("http://b\xc3\xbc" "cher.example/x"), "http://xn--bcher-kva.example/x");
}

TEST(UrlCanonicalizerTest, RefusesOtherSchemesAndMalformedUrlsLeavingOutputUnchanged) {
  std::string out = "<unchanged>";
  Status s = CanonicalizeUrl("ftp://example.org/file", &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("unsupported URL scheme 'ftp'"), std::string::npos) << s.ToString();
  EXPECT_EQ(out, "<unchanged>");
  s = CanonicalizeUrl("not a url", &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("'not a url'"), std::string::npos) << s.ToString();
  EXPECT_EQ(out, "<unchanged>");
}

TEST(UrlCanonicalizerTest, HostKeyIsHostAndNonDefaultPort) {
  EXPECT_EQ(HostKey("https://News.Example.org/a?b"), "news.example.org");
  EXPECT_EQ(HostKey("http://news.example.org:80/a"), "news.example.org");
  EXPECT_EQ(HostKey("http://127.0.0.2:8080/a"), "127.0.0.2:8080");
  EXPECT_EQ(HostKey("mailto:x@example.org"), "");
}

TEST(UrlCanonicalizerTest, RobotsTxtUrlKeepsSchemeAndAuthorityOnly) {
  EXPECT_EQ(RobotsTxtUrl("https://News.Example.org/a/b?c=d#e"), "https://news.example.org/robots.txt");
  EXPECT_EQ(RobotsTxtUrl("http://127.0.0.2:8080/x"), "http://127.0.0.2:8080/robots.txt");
  EXPECT_EQ(RobotsTxtUrl("ftp://example.org/x"), "");
}

TEST(UrlCanonicalizerTest, PathAndQueryForRobotsRules) {
  EXPECT_EQ(PathAndQuery("https://example.org/news/1?id=2#frag"), "/news/1?id=2");
  EXPECT_EQ(PathAndQuery("https://example.org"), "/");
}

TEST(UrlCanonicalizerTest, TrackingParameterNames) {
  for (const char* name : {"utm_source", "UTM_Medium", "utm_content", "fbclid", "gclid", "msclkid",
                           "mc_eid", "ns_campaign", "_ga"}) {
    EXPECT_TRUE(IsTrackingParameter(name)) << name;
  }
  for (const char* name : {"id", "page", "q", "utm", "story_id", "article"}) {
    EXPECT_FALSE(IsTrackingParameter(name)) << name;
  }
}

}  // namespace
}  // namespace tidings::fetch
