// One test per format: what each element of RSS 0.9x/1.0/2.0, Atom 0.3/1.0, sitemaps, news
// sitemaps and sitemap indexes becomes.
#include <gtest/gtest.h>

#include "fetch/feed_parser.h"

namespace tidings::fetch {
namespace {

Feed MustParse(const std::string& xml, const std::string& url = "http://example.org/feed.xml") {
  Feed feed;
  Status s = ParseFeed({xml, url, ""}, &feed);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return feed;
}

TEST(FeedFormatsTest, Rss20Item) {
  Feed f = MustParse(R"(<?xml version="1.0"?>
<rss version="2.0"><channel>
  <title>Example News</title><link>http://example.org/</link><language>en-us</language>
  <item>
    <title>Talks resume in Baku</title>
    <link>http://example.org/2021/11/talks</link>
    <description>&lt;p&gt;Ministers &lt;b&gt;met&lt;/b&gt; today.&lt;/p&gt;</description>
    <author>desk@example.org (News Desk)</author>
    <guid isPermaLink="false">Example-123</guid>
    <pubDate>Thu, 11 Nov 2021 09:30:00 +0400</pubDate>
  </item>
</channel></rss>)");
  EXPECT_EQ(f.kind, FeedKind::kRss);
  EXPECT_EQ(f.version, "rss2.0");
  EXPECT_EQ(f.title, "Example News");
  EXPECT_EQ(f.link, "http://example.org/");
  EXPECT_EQ(f.language, "en-us");
  ASSERT_EQ(f.items.size(), 1u);
  const FeedItem& i = f.items[0];
  EXPECT_EQ(i.title, "Talks resume in Baku");
  EXPECT_EQ(i.url, "http://example.org/2021/11/talks");
  EXPECT_EQ(i.summary, "Ministers met today.");
  EXPECT_EQ(i.author, "desk@example.org (News Desk)");
  EXPECT_EQ(i.guid, "Example-123");
  EXPECT_EQ(i.published, "2021-11-11T05:30:00Z");
  EXPECT_EQ(i.language, "en-us");
}

TEST(FeedFormatsTest, Rss20PermalinkGuidIsTheLinkWhenThereIsNoLink) {
  Feed f = MustParse(R"(<rss version="2.0"><channel><title>t</title>
  <item><title>a</title><guid>http://example.org/a?id=1&amp;x=2</guid></item>
  <item><title>b</title><guid isPermaLink="false">http://example.org/b</guid></item>
  <item><title>c</title><guid>c-42</guid></item>
</channel></rss>)");
  ASSERT_EQ(f.items.size(), 3u);
  EXPECT_EQ(f.items[0].url, "http://example.org/a?id=1&x=2");
  EXPECT_EQ(f.items[0].guid, "http://example.org/a?id=1&x=2");
  EXPECT_EQ(f.items[1].url, "");
  EXPECT_EQ(f.items[2].url, "");
  EXPECT_EQ(f.items[2].guid, "c-42");
}

TEST(FeedFormatsTest, Rss20LinkWrittenAtomStyle) {
  Feed f = MustParse(R"(<rss version="2.0"><channel><title>t</title>
  <item><title>a</title><link href="/story/1"/></item></channel></rss>)");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].url, "http://example.org/story/1");
}

TEST(FeedFormatsTest, Rss091And092) {
  Feed f = MustParse(R"(<?xml version="1.0" encoding="ISO-8859-1"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91"><channel><title>Old</title><link>http://example.org</link>
<description>d</description><language>en</language>
<item><title>Caf&eacute; opens</title><link>http://example.org/cafe</link><description>x</description></item>
</channel></rss>)");
  EXPECT_EQ(f.version, "rss0.91");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "Caf\xC3\xA9 opens");
  EXPECT_EQ(f.items[0].url, "http://example.org/cafe");
  EXPECT_EQ(f.items[0].published, "");

  Feed g = MustParse(R"(<rss version="0.92"><channel><title>t</title>
<item><description>only a description</description></item></channel></rss>)");
  EXPECT_EQ(g.version, "rss0.92");
  ASSERT_EQ(g.items.size(), 1u);
  EXPECT_EQ(g.items[0].summary, "only a description");
}

TEST(FeedFormatsTest, Rss10RdfItemsOutsideTheChannel) {
  Feed f = MustParse(R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="http://example.org/rss"><title>RDF site</title><link>http://example.org/</link>
    <items><rdf:Seq><rdf:li resource="http://example.org/1"/></rdf:Seq></items>
  </channel>
  <item rdf:about="http://example.org/1#id">
    <title>First</title><link>http://example.org/1</link>
    <dc:date>2003-12-31T10:14:55-08:00</dc:date><dc:creator>Jane Roe</dc:creator>
    <dc:language>fr</dc:language>
  </item>
</rdf:RDF>)");
  EXPECT_EQ(f.kind, FeedKind::kRdf);
  EXPECT_EQ(f.version, "rss1.0");
  EXPECT_EQ(f.title, "RDF site");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].guid, "http://example.org/1#id");
  EXPECT_EQ(f.items[0].url, "http://example.org/1");
  EXPECT_EQ(f.items[0].published, "2003-12-31T18:14:55Z");
  EXPECT_EQ(f.items[0].author, "Jane Roe");
  EXPECT_EQ(f.items[0].language, "fr");
}

TEST(FeedFormatsTest, Rss090) {
  Feed f = MustParse(R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  xmlns="http://my.netscape.com/rdf/simple/0.9/">
  <channel><title>Mozilla Dot Org</title><link>http://www.mozilla.org</link></channel>
  <item><title>New Status Updates</title><link>http://www.mozilla.org/status/</link></item>
  <item><title>Bugzilla Reorganized</title><link>http://www.mozilla.org/bugs/</link></item>
</rdf:RDF>)");
  EXPECT_EQ(f.version, "rss0.90");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[1].title, "Bugzilla Reorganized");
  EXPECT_EQ(f.items[1].url, "http://www.mozilla.org/bugs/");
}

TEST(FeedFormatsTest, Atom10Entry) {
  Feed f = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="text">Example Feed</title>
  <link href="http://example.org/"/>
  <updated>2003-12-13T18:30:02Z</updated>
  <author><name>John Doe</name></author>
  <entry>
    <title type="html">Atom &lt;em&gt;powered&lt;/em&gt; robots</title>
    <link rel="edit" href="http://example.org/edit/1"/>
    <link rel="alternate" type="text/html" href="http://example.org/2003/12/13/atom03"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <published>2003-12-13T08:29:29-04:00</published>
    <updated>2003-12-13T18:30:02Z</updated>
    <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Some <b>text</b>.</p></div></summary>
    <content type="html">&lt;p&gt;Body&lt;/p&gt;</content>
  </entry>
</feed>)");
  EXPECT_EQ(f.kind, FeedKind::kAtom);
  EXPECT_EQ(f.version, "atom1.0");
  EXPECT_EQ(f.title, "Example Feed");
  EXPECT_EQ(f.link, "http://example.org/");
  EXPECT_EQ(f.language, "en");
  ASSERT_EQ(f.items.size(), 1u);
  const FeedItem& e = f.items[0];
  EXPECT_EQ(e.title, "Atom powered robots");
  EXPECT_EQ(e.url, "http://example.org/2003/12/13/atom03");
  EXPECT_EQ(e.guid, "urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a");
  EXPECT_EQ(e.published, "2003-12-13T12:29:29Z");
  EXPECT_EQ(e.updated, "2003-12-13T18:30:02Z");
  EXPECT_EQ(e.summary, "Some text.");
  EXPECT_EQ(e.content, "<p>Body</p>");
  EXPECT_TRUE(e.content_is_html);
  EXPECT_EQ(e.author, "John Doe");  // inherited from the feed
  EXPECT_EQ(e.language, "en");
}

TEST(FeedFormatsTest, Atom10TextConstructs) {
  Feed f = MustParse(R"(<feed xmlns="http://www.w3.org/2005/Atom">
  <entry><title>AT&amp;T &lt;rocks&gt;</title><link href="/a"/></entry>
  <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Less: <em>&lt;</em></div></title></entry>
  <entry><title type="text/html">&lt;b&gt;bold&lt;/b&gt;</title></entry>
</feed>)");
  ASSERT_EQ(f.items.size(), 3u);
  EXPECT_EQ(f.items[0].title, "AT&T <rocks>");  // type text: literal
  EXPECT_EQ(f.items[0].url, "http://example.org/a");
  EXPECT_EQ(f.items[1].title, "Less: <");
  EXPECT_EQ(f.items[2].title, "bold");
}

TEST(FeedFormatsTest, Atom10OnlyUpdatedGivesPublished) {
  Feed f = MustParse(R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>x</title>
  <updated>2005-07-31T12:29:29Z</updated></entry></feed>)");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].published, "2005-07-31T12:29:29Z");
  EXPECT_EQ(f.items[0].updated, "2005-07-31T12:29:29Z");
}

TEST(FeedFormatsTest, AtomLinkChoice) {
  Feed f = MustParse(R"(<feed xmlns="http://www.w3.org/2005/Atom">
  <entry><link rel="enclosure" href="http://x/a.mp3"/><link href="http://x/first"/><link href="http://x/second"/></entry>
  <entry><link href="http://x/norel"/><link rel="alternate" href="http://x/alt"/></entry>
  <entry><link rel="alternate" type="application/pdf" href="http://x/pdf"/><link rel="alternate" type="text/html" href="http://x/html"/></entry>
  <entry><link rel="self" href="http://x/self"/></entry>
</feed>)");
  ASSERT_EQ(f.items.size(), 4u);
  EXPECT_EQ(f.items[0].url, "http://x/first");
  EXPECT_EQ(f.items[1].url, "http://x/alt");
  EXPECT_EQ(f.items[2].url, "http://x/html");
  EXPECT_EQ(f.items[3].url, "");
}

TEST(FeedFormatsTest, Atom03) {
  Feed f = MustParse(R"(<?xml version="1.0" encoding="utf-8"?>
<feed version="0.3" xmlns="http://purl.org/atom/ns#">
  <title mode="escaped" type="text/html">dive into &amp;lt;mark&amp;gt;</title>
  <link rel="alternate" type="text/html" href="http://example.org/"/>
  <modified>2003-12-13T18:30:02Z</modified>
  <entry>
    <title mode="escaped" type="text/html">&lt;i&gt;Escaped&lt;/i&gt; title</title>
    <link rel="alternate" type="text/html" href="http://example.org/2003/12/13/atom03"/>
    <id>tag:example.org,2003:3.2397</id>
    <issued>2003-12-13T08:29:29-04:00</issued>
    <modified>2003-12-13T18:30:02Z</modified>
    <created>2003-12-13T08:29:29-04:00</created>
    <summary type="text/plain">plain summary</summary>
    <content type="text/html" mode="base64">PHA+QmFzZTY0IGJvZHk8L3A+</content>
    <author><name>Mark</name></author>
  </entry>
</feed>)");
  EXPECT_EQ(f.version, "atom0.3");
  EXPECT_EQ(f.title, "dive into <mark>");
  ASSERT_EQ(f.items.size(), 1u);
  const FeedItem& e = f.items[0];
  EXPECT_EQ(e.title, "Escaped title");
  EXPECT_EQ(e.guid, "tag:example.org,2003:3.2397");
  EXPECT_EQ(e.published, "2003-12-13T12:29:29Z");
  EXPECT_EQ(e.updated, "2003-12-13T18:30:02Z");
  EXPECT_EQ(e.summary, "plain summary");
  EXPECT_EQ(e.content, "<p>Base64 body</p>");
  EXPECT_TRUE(e.content_is_html);
  EXPECT_EQ(e.author, "Mark");
}

TEST(FeedFormatsTest, Atom03InlineXhtmlContent) {
  Feed f = MustParse(R"(<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
  <title>t</title><content type="application/xhtml+xml" mode="xml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi</p></div></content>
</entry></feed>)");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_NE(f.items[0].content.find("<p>Hi</p>"), std::string::npos);
  EXPECT_TRUE(f.items[0].content_is_html);
}

TEST(FeedFormatsTest, NewsSitemap) {
  Feed f = MustParse(R"(<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
        xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
  <url>
    <loc>http://www.example.org/business/article55.html</loc>
    <lastmod>2008-12-23T18:00:15+00:00</lastmod>
    <news:news>
      <news:publication><news:name>The Example Times</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2008-12-23</news:publication_date>
      <news:title>Companies A, B in Merger Talks</news:title>
    </news:news>
    <image:image><image:loc>http://example.org/image.jpg</image:loc><image:title>not a title</image:title></image:image>
  </url>
  <url><loc>/relative/page.html</loc><lastmod>2005-01-01</lastmod></url>
  <url><lastmod>2005-01-01</lastmod></url>
</urlset>)");
  EXPECT_EQ(f.kind, FeedKind::kSitemap);
  ASSERT_EQ(f.items.size(), 2u);
  const FeedItem& n = f.items[0];
  EXPECT_EQ(n.url, "http://www.example.org/business/article55.html");
  EXPECT_EQ(n.title, "Companies A, B in Merger Talks");
  EXPECT_EQ(n.published, "2008-12-23T00:00:00Z");
  EXPECT_EQ(n.updated, "2008-12-23T18:00:15Z");
  EXPECT_EQ(n.publisher, "The Example Times");
  EXPECT_EQ(n.language, "en");
  EXPECT_EQ(f.items[1].url, "http://example.org/relative/page.html");
  EXPECT_EQ(f.items[1].published, "2005-01-01T00:00:00Z");  // lastmod when nothing better
}

TEST(FeedFormatsTest, SitemapIndexListsSitemapsNotItems) {
  Feed f = MustParse(R"(<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>http://www.example.org/sitemap1.xml.gz</loc><lastmod>2004-10-01T18:23:17+00:00</lastmod></sitemap>
  <sitemap><loc>http://www.example.org/sitemap2.xml.gz</loc></sitemap>
</sitemapindex>)");
  EXPECT_EQ(f.kind, FeedKind::kSitemapIndex);
  EXPECT_TRUE(f.items.empty());
  ASSERT_EQ(f.sitemaps.size(), 2u);
  EXPECT_EQ(f.sitemaps[0].url, "http://www.example.org/sitemap1.xml.gz");
  EXPECT_EQ(f.sitemaps[0].updated, "2004-10-01T18:23:17Z");
  EXPECT_EQ(f.sitemaps[1].updated, "");
}

}  // namespace
}  // namespace tidings::fetch
