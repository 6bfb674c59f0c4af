// The parser on feeds as found in the wild: namespaces, entities, encodings, xml:base,
// ill-formed documents, errors, and a 10,000-item feed.
#include "fetch/feed_parser.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace tidings::fetch {
namespace {

Feed MustParse(const std::string& xml, const std::string& url = "http://example.org/feed.xml",
               const std::string& content_type = "") {
  Feed feed;
  Status s = ParseFeed({xml, url, content_type}, &feed);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return feed;
}

std::string Rss(const std::string& item_body, const std::string& rss_attributes = "") {
  return "<rss version=\"2.0\"" + rss_attributes + "><channel><title>t</title><item>" + item_body +
         "</item></channel></rss>";
}

TEST(FeedParserTest, NamespacesAreMatchedByUriNotPrefix) {
  Feed f = MustParse(Rss("<title>x</title><purl:date>2004-01-01T00:00:00Z</purl:date>"
                         "<c:encoded>&lt;p&gt;body&lt;/p&gt;</c:encoded>",
                         " xmlns:purl=\"http://purl.org/dc/elements/1.1/\""
                         " xmlns:c=\"http://purl.org/rss/1.0/modules/content/\""));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].published, "2004-01-01T00:00:00Z");
  EXPECT_EQ(f.items[0].content, "<p>body</p>");
}

TEST(FeedParserTest, UndeclaredCommonPrefixesAreTolerated) {
  Feed f = MustParse(Rss("<title>x</title><dc:date>2004-01-01T00:00:00Z</dc:date><dc:creator>Ann</dc:creator>"
                         "<content:encoded><![CDATA[<p>hi</p>]]></content:encoded>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].published, "2004-01-01T00:00:00Z");
  EXPECT_EQ(f.items[0].author, "Ann");
  EXPECT_EQ(f.items[0].content, "<p>hi</p>");
  EXPECT_FALSE(f.recovered_error.empty());  // it was not namespace-well-formed
}

TEST(FeedParserTest, DublinCoreAndDctermsDates) {
  Feed f = MustParse(Rss("<dcterms:issued>2004-05-06T07:08:09Z</dcterms:issued>"
                         "<dcterms:modified>2004-06-01T00:00:00Z</dcterms:modified>",
                         " xmlns:dcterms=\"http://purl.org/dc/terms/\""));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].published, "2004-05-06T07:08:09Z");
  EXPECT_EQ(f.items[0].updated, "2004-06-01T00:00:00Z");
}

TEST(FeedParserTest, UnparseableDateLeavesPublishedEmptyAndKeepsTheItem) {
  Feed f = MustParse(Rss("<title>kept</title><pubDate>sometime last week</pubDate>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "kept");
  EXPECT_EQ(f.items[0].published, "");
}

TEST(FeedParserTest, LaterDateElementsStandInForAnUnreadableFirstOne) {
  Feed f = MustParse(Rss("<pubDate>garbage</pubDate><dc:date>2004-01-01</dc:date>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].published, "2004-01-01T00:00:00Z");
}

TEST(FeedParserTest, EntitiesXmlNumericAndHtmlNamed) {
  Feed f = MustParse(Rss("<title>&lt;&gt;&amp;&quot;&apos; &#233;&#xE9; caf&eacute;&nbsp;&mdash;&hellip;</title>"));
  ASSERT_EQ(f.items.size(), 1u);
  // "&lt;&gt;" decoded by XML spell "<>" which is not markup: it stays.
  EXPECT_EQ(f.items[0].title, "<>&\"' \xC3\xA9\xC3\xA9 caf\xC3\xA9 \xE2\x80\x94\xE2\x80\xA6");
}

TEST(FeedParserTest, DoubleEscapedTitlesAreDecoded) {
  Feed f = MustParse(Rss("<title>Q&amp;amp;A: it&amp;#8217;s &amp;lt;b&amp;gt;here&amp;lt;/b&amp;gt;</title>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "Q&A: it\xE2\x80\x99s <b>here</b>");  // decoded twice, not three times
}

TEST(FeedParserTest, BareAmpersandsSurvive) {
  Feed f = MustParse(Rss("<title>AT&T & Verizon</title><link>http://example.org/?a=1&b=2</link>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "AT&T & Verizon");
  EXPECT_EQ(f.items[0].url, "http://example.org/?a=1&b=2");
}

TEST(FeedParserTest, CdataTitlesAndWhitespace) {
  Feed f = MustParse(Rss("<title>\n   <![CDATA[  Markets <b>rally</b>\n  again ]]>  </title>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "Markets rally again");
}

TEST(FeedParserTest, LeadingBomAndWhitespace) {
  Feed f = MustParse("\xEF\xBB\xBF \n\t<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Rss("<title>ok</title>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "ok");
}

TEST(FeedParserTest, JunkBeforeTheDocumentIsSkipped) {
  Feed f = MustParse("Warning: something in /var/www/feed.php on line 3\n<?xml version=\"1.0\"?>" + Rss("<title>ok</title>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "ok");
}

TEST(FeedParserTest, DeclaredEncodingIsHonoured) {
  Feed f = MustParse("<?xml version=\"1.0\" encoding=\"koi8-r\"?>" + Rss("<title>\xF0\xD2\xC9\xD7\xC5\xD4</title>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");  // "Привет"
}

TEST(FeedParserTest, Windows1252MislabelledAsLatin1) {
  Feed f = MustParse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + Rss("<title>\x93Quoted\x94 \x96 caf\xE9</title>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "\xE2\x80\x9CQuoted\xE2\x80\x9D \xE2\x80\x93 caf\xC3\xA9");
}

TEST(FeedParserTest, UnassignedWindows1252BytesDoNotCutTheDocument) {
  Feed f = MustParse("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>t</title>"
                     "<item><title>a\x81" "b \x80</title></item><item><title>second</title></item></channel></rss>");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].title, "ab \xE2\x82\xAC");
  EXPECT_EQ(f.items[1].title, "second");
}

TEST(FeedParserTest, HttpCharsetWinsOverTheDeclaration) {
  Feed f = MustParse("<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Rss("<title>caf\xE9</title>"),
                     "http://example.org/feed.xml", "application/rss+xml; charset=iso-8859-1");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "caf\xC3\xA9");
}

TEST(FeedParserTest, Utf8LabelledLatin1StaysUtf8) {
  Feed f = MustParse(Rss("<title>caf\xC3\xA9</title>"), "http://example.org/feed.xml", "text/xml; charset=ISO-8859-1");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "caf\xC3\xA9");
}

TEST(FeedParserTest, StrayLatin1BytesInUtf8AreRepaired) {
  Feed f = MustParse(Rss("<title>na\xEFve caf\xC3\xA9</title>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "na\xC3\xAFve caf\xC3\xA9");
}

TEST(FeedParserTest, EightBitDocumentLabelledUtf16IsReadAsUtf8) {
  Feed f = MustParse("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + Rss("<title>caf\xC3\xA9</title>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "caf\xC3\xA9");
}

TEST(FeedParserTest, Utf16WithBom) {
  std::string utf8 = "<?xml version=\"1.0\" encoding=\"utf-16\"?>" + Rss("<title>wide</title>");
  std::string utf16 = "\xFF\xFE";
  for (char c : utf8) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  Feed f = MustParse(utf16);
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "wide");
}

TEST(FeedParserTest, RelativeLinksResolveAgainstTheDocumentUrl) {
  Feed f = MustParse(Rss("<link>../news/1.html</link>"), "http://example.org/feeds/rss.xml");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].url, "http://example.org/news/1.html");
}

TEST(FeedParserTest, XmlBaseAtEveryLevel) {
  Feed f = MustParse(R"(<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.com/root/">
  <link href="home"/>
  <entry xml:base="entries/"><link href="one"/></entry>
  <entry><link xml:base="/abs/" href="two"/></entry>
  <entry xml:base="http://other.org/x/"><link xml:base="y/" href="../three?q=1#f"/></entry>
</feed>)");
  EXPECT_EQ(f.link, "http://example.com/root/home");
  ASSERT_EQ(f.items.size(), 3u);
  EXPECT_EQ(f.items[0].url, "http://example.com/root/entries/one");
  EXPECT_EQ(f.items[1].url, "http://example.com/abs/two");
  EXPECT_EQ(f.items[2].url, "http://other.org/x/three?q=1#f");
}

TEST(FeedParserTest, XmlBaseInRss) {
  Feed f = MustParse(R"(<rss version="2.0" xml:base="http://example.net/base/"><channel><title>t</title>
  <item><link>item1</link></item><item xml:base="sub/"><link>item2</link></item></channel></rss>)");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].url, "http://example.net/base/item1");
  EXPECT_EQ(f.items[1].url, "http://example.net/base/sub/item2");
}

TEST(FeedParserTest, IdsAreKeptExactlyAsWritten) {
  Feed f = MustParse(R"(<feed xmlns="http://www.w3.org/2005/Atom">
  <entry><id>HTTP://Example.ORG/A/../b?X=1#Frag</id></entry>
  <entry><id>  tag:example.org,2004:Entry/%7E1  </id></entry>
</feed>)");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].guid, "HTTP://Example.ORG/A/../b?X=1#Frag");
  EXPECT_EQ(f.items[1].guid, "tag:example.org,2004:Entry/%7E1");
}

TEST(FeedParserTest, IllFormedDocumentsAreRecovered) {
  Feed f = MustParse(R"(<rss version="2.0"><channel><title>t</title>
  <item><title>one <b>bold</title><link>http://example.org/1</link></item>
  <item><title>two</title><link>http://example.org/2</link></item>)");
  EXPECT_FALSE(f.recovered_error.empty());
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].url, "http://example.org/1");
  EXPECT_EQ(f.items[1].title, "two");
  EXPECT_EQ(f.items[1].url, "http://example.org/2");
  EXPECT_EQ(f.items[0].title.find("two"), std::string::npos);  // the next item is not part of it
}

TEST(FeedParserTest, UnclosedBreaksInDescriptionsDoNotSwallowLaterItems) {
  Feed f = MustParse(R"(<rss version="2.0"><channel><title>t</title>
  <item><title>one</title><description>a <br> b <img src="x.png"></description><link>http://example.org/1</link></item>
  <item><title>two</title><link>http://example.org/2</link></item></channel></rss>)");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(f.items[0].summary, "a b");
  EXPECT_EQ(f.items[0].url, "http://example.org/1");
  EXPECT_EQ(f.items[1].title, "two");
}

TEST(FeedParserTest, UnclosedMarkupInADescriptionDoesNotSwallowTheNextItem) {
  Feed f = MustParse(R"(<rss version="2.0"><channel><title>t</title>
  <item><title>one</title><description>unclosed <p>para <b>bold</description><link>http://example.org/1</link></item>
  <item><title>two</title><link>http://example.org/2</link><description>second</description></item>
  <item><title>three</title></item></channel></rss>)");
  ASSERT_EQ(f.items.size(), 3u);
  EXPECT_EQ(f.items[0].summary.find("second"), std::string::npos) << f.items[0].summary;
  EXPECT_EQ(f.items[0].url, "http://example.org/1");
  EXPECT_EQ(f.items[1].title, "two");
  EXPECT_EQ(f.items[1].summary, "second");
  EXPECT_EQ(f.items[2].title, "three");
}

TEST(FeedParserTest, TruncatedFeedKeepsTheItemsBeforeTheCut) {
  std::string xml = Rss("<title>first</title>");
  xml = xml.substr(0, xml.size() - 16) + "<item><title>sec";
  Feed f = MustParse(xml);
  ASSERT_GE(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "first");
}

TEST(FeedParserTest, ItemsOutsideTheChannelAreRead) {
  Feed f = MustParse(R"(<rss version="2.0"><channel><title>t</title></channel>
  <item><title>outside</title></item></rss>)");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title, "outside");
}

TEST(FeedParserTest, ValidFeedWithNoItems) {
  Feed f = MustParse("<rss version=\"2.0\"><channel><title>empty</title></channel></rss>");
  EXPECT_EQ(f.title, "empty");
  EXPECT_TRUE(f.items.empty());
}

TEST(FeedParserTest, EmptyInputIsAnErrorNamingTheUrl) {
  Feed f;
  f.title = "untouched";
  Status s = ParseFeed({"  \n", "http://example.org/rss", ""}, &f);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "http://example.org/rss: not a feed: the document is empty");
  EXPECT_EQ(f.title, "untouched");
}

TEST(FeedParserTest, NotXmlIsAnErrorNamingTheUrlAndCause) {
  Feed f;
  Status s = ParseFeed({"just some text, no markup", "http://example.org/rss", ""}, &f);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("http://example.org/rss: not a feed: not XML"), std::string::npos) << s.message();
}

TEST(FeedParserTest, HtmlPageIsNotAFeed) {
  Feed f;
  Status s = ParseFeed({"<html><head><title>x</title></head><body>hi</body></html>", "http://example.org/", ""}, &f);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "http://example.org/: not a feed: the document is an HTML page (root element <html>)");
}

TEST(FeedParserTest, UnknownRootIsNotAFeed) {
  Feed f;
  Status s = ParseFeed({"<catalog><book/></catalog>", "", ""}, &f);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("(input): not a feed: root element <catalog>"), std::string::npos) << s.message();
}

TEST(FeedParserTest, ExternalEntitiesAreNotLoaded) {
  Feed f = MustParse(R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY greet "hello">]>
<rss version="2.0"><channel><title>t</title><item><title>&greet; &secret;</title></item></channel></rss>)");
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].title.find("root:"), std::string::npos);
  EXPECT_EQ(f.items[0].title.substr(0, 5), "hello");
}

std::string Gzip(const std::string& text) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(compressBound(text.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

TEST(FeedParserTest, GzippedSitemapsAreInflated) {
  Feed f = MustParse(Gzip("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                          "http://example.org/a</loc></url></urlset>"));
  ASSERT_EQ(f.items.size(), 1u);
  EXPECT_EQ(f.items[0].url, "http://example.org/a");
}

TEST(FeedParserTest, CorruptGzipIsAnError) {
  Feed f;
  Status s = ParseFeed({std::string("\x1f\x8b\x08\x00garbage", 12), "http://example.org/s.xml.gz", ""}, &f);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("http://example.org/s.xml.gz: not a feed: corrupt gzip data"), std::string::npos)
      << s.message();
}

TEST(FeedParserTest, TenThousandItems) {
  std::string xml = "<rss version=\"2.0\"><channel><title>big</title>";
  for (int i = 0; i < 10000; ++i) {
    xml += "<item><title>Item " + std::to_string(i) + "</title><link>http://example.org/" + std::to_string(i) +
           "</link><guid>g" + std::to_string(i) + "</guid><pubDate>Mon, 01 Jan 2024 00:00:00 GMT</pubDate></item>";
  }
  xml += "</channel></rss>";
  Feed f = MustParse(xml);
  ASSERT_EQ(f.items.size(), 10000u);
  EXPECT_EQ(f.items[9999].title, "Item 9999");
  EXPECT_EQ(f.items[9999].url, "http://example.org/9999");
  EXPECT_EQ(f.items[9999].published, "2024-01-01T00:00:00Z");
}

}  // namespace
}  // namespace tidings::fetch
