#include "fetch/feed_url.h"

#include <gtest/gtest.h>

namespace tidings::fetch {
namespace {

// RFC 3986 section 5.4: every normal and abnormal example.
TEST(FeedUrlTest, Rfc3986Examples) {
  const std::string base = "http://a/b/c/d;p?q";
  const std::pair<const char*, const char*> cases[] = {
      {"g:h", "g:h"}, {"g", "http://a/b/c/g"}, {"./g", "http://a/b/c/g"}, {"g/", "http://a/b/c/g/"},
      {"/g", "http://a/g"}, {"//g", "http://g"}, {"?y", "http://a/b/c/d;p?y"}, {"g?y", "http://a/b/c/g?y"},
      {"#s", "http://a/b/c/d;p?q#s"}, {"g#s", "http://a/b/c/g#s"}, {"g?y#s", "http://a/b/c/g?y#s"},
      {";x", "http://a/b/c/;x"}, {"g;x", "http://a/b/c/g;x"}, {"g;x?y#s", "http://a/b/c/g;x?y#s"},
      {"", "http://a/b/c/d;p?q"}, {".", "http://a/b/c/"}, {"./", "http://a/b/c/"}, {"..", "http://a/b/"},
      {"../", "http://a/b/"}, {"../g", "http://a/b/g"}, {"../..", "http://a/"}, {"../../", "http://a/"},
      {"../../g", "http://a/g"}, {"../../../g", "http://a/g"}, {"../../../../g", "http://a/g"},
      {"/./g", "http://a/g"}, {"/../g", "http://a/g"}, {"g.", "http://a/b/c/g."}, {".g", "http://a/b/c/.g"},
      {"g..", "http://a/b/c/g.."}, {"..g", "http://a/b/c/..g"}, {"./../g", "http://a/b/g"},
      {"./g/.", "http://a/b/c/g/"}, {"g/./h", "http://a/b/c/g/h"}, {"g/../h", "http://a/b/c/h"},
      {"g;x=1/./y", "http://a/b/c/g;x=1/y"}, {"g;x=1/../y", "http://a/b/c/y"},
      {"g?y/./x", "http://a/b/c/g?y/./x"}, {"g?y/../x", "http://a/b/c/g?y/../x"},
      {"g#s/./x", "http://a/b/c/g#s/./x"}, {"g#s/../x", "http://a/b/c/g#s/../x"}, {"http:g", "http:g"},
  };
  for (const auto& [ref, want] : cases) EXPECT_EQ(ResolveUrl(base, ref), want) << ref;
}

TEST(FeedUrlTest, KeepsCharactersAsWritten) {
  EXPECT_EQ(ResolveUrl("http://example.org/news/", "caf\xC3\xA9 au lait.html"),
            "http://example.org/news/caf\xC3\xA9 au lait.html");
  EXPECT_EQ(ResolveUrl("http://example.org", "x"), "http://example.org/x");
  EXPECT_EQ(ResolveUrl("http://Example.ORG/a", "HTTP://Other.ORG/B"), "HTTP://Other.ORG/B");
}

TEST(FeedUrlTest, EmptyBaseLeavesRelativeReferences) {
  EXPECT_EQ(ResolveUrl("", "/news/1"), "/news/1");
  EXPECT_EQ(ResolveUrl("", "  http://example.org/a  "), "http://example.org/a");
}

TEST(FeedUrlTest, FileBases) {
  EXPECT_EQ(ResolveUrl("file:///tmp/feeds/a.xml", "b/c.html"), "file:///tmp/feeds/b/c.html");
}

TEST(FeedUrlTest, HasScheme) {
  EXPECT_TRUE(HasScheme("http://x"));
  EXPECT_TRUE(HasScheme("tag:example.org,2003:1"));
  EXPECT_FALSE(HasScheme("/x:y"));
  EXPECT_FALSE(HasScheme("12345"));
}

}  // namespace
}  // namespace tidings::fetch
