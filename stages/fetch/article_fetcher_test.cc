#include "fetch/article_fetcher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "fetch/test_http_server.h"

namespace tidings::fetch {
namespace {

using testing::CannedResponse;
using testing::TestHttpServer;

// gzip -n -9 of "<html><head><title>Compressed</title></head><body><p>Ankara pledged support
// to Baku.</p></body></html>"
constexpr unsigned char kGzippedPage[] = {
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x25, 0x8c, 0xd1, 0x0d, 0x80, 0x20,
    0x0c, 0x05, 0x57, 0xe9, 0x04, 0xb2, 0x40, 0xd3, 0x44, 0x9d, 0xa4, 0xa6, 0x8d, 0x18, 0x40, 0x1a,
    0x28, 0x1f, 0x6e, 0xaf, 0x91, 0xdf, 0x77, 0x77, 0x0f, 0xa3, 0x97, 0x4c, 0x18, 0x95, 0x85, 0xd0,
    0x2f, 0xcf, 0x4a, 0x7b, 0x2d, 0xd6, 0xb4, 0x77, 0x15, 0x0c, 0x73, 0xc1, 0x30, 0xf9, 0x51, 0xe5,
    0x21, 0x34, 0x5a, 0xef, 0xc4, 0x8d, 0xc1, 0xb2, 0xca, 0xa9, 0x02, 0x7d, 0x98, 0xd5, 0xe6, 0xe0,
    0x15, 0x36, 0x4e, 0x63, 0xc1, 0x60, 0x5f, 0x32, 0xe5, 0xf0, 0xff, 0xbf, 0xb5, 0x93, 0xba, 0x7f,
    0x66, 0x00, 0x00, 0x00,
};
constexpr unsigned char kGzipBomb[] = {
    0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0xed, 0xc1, 0x31, 0x01, 0x00, 0x00,
    0x00, 0xc2, 0xa0, 0xac, 0xeb, 0x5f, 0xc2, 0x1a, 0x1e, 0x40, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xaf, 0x06, 0x87, 0xfa, 0xe2,
    0x1b, 0xa0, 0x86, 0x01, 0x00,
};
// (kGzipBomb: gzip -n -9 of 100000 'a' bytes, 133 bytes on the wire.)

template <size_t N>
std::string Bytes(const unsigned char (&data)[N]) {
  return std::string(reinterpret_cast<const char*>(data), N);
}

CannedResponse Page(std::string body, std::string content_type = "text/html; charset=utf-8") {
  CannedResponse r;
  r.headers = {{"Content-Type", std::move(content_type)}};
  r.body = std::move(body);
  return r;
}

CannedResponse Redirect(int status, std::string location) {
  CannedResponse r;
  r.status = status;
  r.reason = status == 301 ? "Moved Permanently" : "Found";
  r.headers = {{"Location", std::move(location)}, {"Content-Type", "text/html"}};
  r.body = "<html>moved</html>";
  return r;
}

FetcherOptions FastOptions() {
  FetcherOptions o;
  o.connect_timeout_ms = 2000;
  o.total_timeout_ms = 5000;
  return o;
}

v1::Article UrlOnly(const std::string& url) {
  v1::Article a;
  a.set_id("a1");
  a.set_url(url);
  return a;
}

class ArticleFetcherTest : public ::testing::Test {
 protected:
  TestHttpServer server_;
};

TEST_F(ArticleFetcherTest, DownloadsPageWithCharsetHeaderKeepingRawBytes) {
  // "Café" in windows-1252: the fetcher must not transcode, the clean stage does.
  const std::string body = "<html><head><title>Caf\xe9</title></head><body>Caf\xe9 news</body></html>";
  server_.Route("/news/1", Page(body, "text/html; charset=windows-1252"));
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/news/1"));
  a.set_title("kept");
  Status s = fetcher.Fetch(&a);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(a.html(), body);
  EXPECT_EQ(a.content_type(), "text/html; charset=windows-1252");
  EXPECT_EQ(a.url(), server_.Url("/news/1"));
  EXPECT_EQ(a.labels().at("requested_url"), server_.Url("/news/1"));
  EXPECT_EQ(a.title(), "kept");
  EXPECT_EQ(a.id(), "a1");
}

TEST_F(ArticleFetcherTest, FollowsRedirectsAndRecordsFinalUrl) {
  server_.Route("/old", Redirect(301, "/middle"));
  server_.Route("/middle", Redirect(302, server_.Url("/final")));
  server_.Route("/final", Page("<html><body>final page</body></html>"));
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/old"));
  Status s = fetcher.Fetch(&a);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(a.html(), "<html><body>final page</body></html>");
  EXPECT_EQ(a.url(), server_.Url("/final"));
  EXPECT_EQ(a.labels().at("requested_url"), server_.Url("/old"));
  EXPECT_EQ(server_.Hits("/middle"), 1);
}

TEST_F(ArticleFetcherTest, SendsHeadersAndKeepsCookiesWithinOneArticleOnly) {
  // A consent page that sets a cookie and sends the reader back to the article.
  CannedResponse consent = Redirect(302, "/story");
  consent.headers.emplace_back("Set-Cookie", "consent=yes; Path=/");
  server_.Route("/consent", consent);
  server_.Route("/story", Page("<html><body>story</body></html>"));
  FetcherOptions o = FastOptions();
  o.user_agent = "tidings-test/1.0";
  ArticleFetcher fetcher(o);
  v1::Article a = UrlOnly(server_.Url("/consent"));
  ASSERT_TRUE(fetcher.Fetch(&a).ok());
  std::string story = server_.LastRequest("/story");
  EXPECT_NE(story.find("Cookie: consent=yes"), std::string::npos) << story;
  EXPECT_NE(story.find("User-Agent: tidings-test/1.0"), std::string::npos) << story;
  EXPECT_NE(story.find("Accept-Encoding: gzip, deflate"), std::string::npos) << story;
  EXPECT_NE(story.find("Referer: " + server_.Url("/consent")), std::string::npos) << story;

  v1::Article b = UrlOnly(server_.Url("/story"));  // the next article starts without cookies
  ASSERT_TRUE(fetcher.Fetch(&b).ok());
  story = server_.LastRequest("/story");
  EXPECT_EQ(story.find("Cookie:"), std::string::npos) << story;
  EXPECT_EQ(story.find("Referer:"), std::string::npos) << story;
}

TEST_F(ArticleFetcherTest, RedirectLoopFailsAfterMaxRedirects) {
  server_.Route("/ping", Redirect(302, "/pong"));
  server_.Route("/pong", Redirect(302, "/ping"));
  FetcherOptions o = FastOptions();
  o.max_redirects = 4;
  ArticleFetcher fetcher(o);
  v1::Article a = UrlOnly(server_.Url("/ping"));
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("more than 4 redirects"), std::string::npos) << s.ToString();
  EXPECT_TRUE(a.html().empty());
  EXPECT_EQ(a.url(), server_.Url("/ping"));
  EXPECT_LE(server_.Hits("/ping") + server_.Hits("/pong"), 5);
}

TEST_F(ArticleFetcherTest, NotFoundIsAClearError) {
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/missing"));
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("HTTP 404 Not Found"), std::string::npos) << s.ToString();
  EXPECT_NE(s.message().find(server_.Url("/missing")), std::string::npos);
  EXPECT_TRUE(a.html().empty());
  EXPECT_EQ(a.labels().count("requested_url"), 0u);
}

TEST_F(ArticleFetcherTest, ServerErrorIsAnIoError) {
  CannedResponse r = Page("<html>oops</html>");
  r.status = 503;
  r.reason = "Service Unavailable";
  server_.Route("/busy", r);
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/busy"));
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("HTTP 503"), std::string::npos) << s.ToString();
}

TEST_F(ArticleFetcherTest, SlowServerTimesOut) {
  CannedResponse r = Page("<html>late</html>");
  r.delay = std::chrono::milliseconds(3000);
  server_.Route("/slow", r);
  FetcherOptions o = FastOptions();
  o.total_timeout_ms = 300;
  ArticleFetcher fetcher(o);
  v1::Article a = UrlOnly(server_.Url("/slow"));
  auto start = std::chrono::steady_clock::now();
  Status s = fetcher.Fetch(&a);
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kTimeout) << s.ToString();
  EXPECT_NE(s.message().find("timed out"), std::string::npos);
  EXPECT_LT(elapsed, std::chrono::milliseconds(2500));
  EXPECT_TRUE(a.html().empty());
}

TEST_F(ArticleFetcherTest, BodyOverTheLimitIsRefused) {
  server_.Route("/big", Page(std::string(5000, 'x')));
  FetcherOptions o = FastOptions();
  o.max_body_bytes = 4096;
  ArticleFetcher fetcher(o);
  v1::Article a = UrlOnly(server_.Url("/big"));
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("exceeds the limit of 4096 bytes"), std::string::npos) << s.ToString();
  EXPECT_TRUE(a.html().empty());
}

TEST_F(ArticleFetcherTest, BodyExactlyAtTheLimitIsAccepted) {
  server_.Route("/exact", Page(std::string(4096, 'x')));
  FetcherOptions o = FastOptions();
  o.max_body_bytes = 4096;
  ArticleFetcher fetcher(o);
  v1::Article a = UrlOnly(server_.Url("/exact"));
  Status s = fetcher.Fetch(&a);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(a.html().size(), 4096u);
}

TEST_F(ArticleFetcherTest, DecodesGzip) {
  CannedResponse r = Page(Bytes(kGzippedPage));
  r.headers.emplace_back("Content-Encoding", "gzip");
  server_.Route("/gz", r);
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/gz"));
  Status s = fetcher.Fetch(&a);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(a.html(),
            "<html><head><title>Compressed</title></head><body><p>Ankara pledged support to "
            "Baku.</p></body></html>");
}

TEST_F(ArticleFetcherTest, SizeLimitAppliesToTheDecodedBodyWhileStreaming) {
  // 133 bytes on the wire (under the limit), 100000 bytes decoded (over it).
  CannedResponse r = Page(Bytes(kGzipBomb));
  r.headers.emplace_back("Content-Encoding", "gzip");
  server_.Route("/bomb", r);
  FetcherOptions o = FastOptions();
  o.max_body_bytes = 10000;
  ArticleFetcher fetcher(o);
  v1::Article a = UrlOnly(server_.Url("/bomb"));
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("exceeds the limit of 10000 bytes"), std::string::npos) << s.ToString();
}

TEST_F(ArticleFetcherTest, BinaryContentTypeIsRefused) {
  server_.Route("/logo.png", Page(std::string("\x89PNG\r\n\x1a\n\0\0\0", 11), "image/png"));
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/logo.png"));
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("content type 'image/png'"), std::string::npos) << s.ToString();
  EXPECT_TRUE(a.html().empty());
}

TEST_F(ArticleFetcherTest, BinaryBodyWithoutContentTypeIsRefused) {
  CannedResponse r;
  r.body = std::string("PK\x03\x04\0\0\0\0binary", 14);
  server_.Route("/blob", r);
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/blob"));
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("binary data"), std::string::npos) << s.ToString();
}

TEST_F(ArticleFetcherTest, PlainTextAndXmlAreAccepted) {
  server_.Route("/wire.txt", Page("ANKARA (Reuters) - Turkey said ...", "text/plain"));
  server_.Route("/page.xhtml", Page("<html xmlns='http://www.w3.org/1999/xhtml'/>", "application/xhtml+xml"));
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/wire.txt"));
  ASSERT_TRUE(fetcher.Fetch(&a).ok());
  EXPECT_EQ(a.content_type(), "text/plain");
  v1::Article b = UrlOnly(server_.Url("/page.xhtml"));
  ASSERT_TRUE(fetcher.Fetch(&b).ok());
  EXPECT_EQ(b.content_type(), "application/xhtml+xml");
}

TEST_F(ArticleFetcherTest, EmptyBodyIsRefused) {
  server_.Route("/empty", Page(""));
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/empty"));
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("empty body"), std::string::npos) << s.ToString();
}

TEST_F(ArticleFetcherTest, NoUrlAndNoContentIsInvalid) {
  ArticleFetcher fetcher(FastOptions());
  v1::Article a;
  a.set_id("empty");
  a.set_title("only a title");
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(s.message(), "article has neither url, html nor text");
}

TEST_F(ArticleFetcherTest, ArticlesWithContentPassThroughUntouched) {
  server_.Route("/never", Page("<html>should not be fetched</html>"));
  ArticleFetcher fetcher(FastOptions());
  v1::Article html;
  html.set_url(server_.Url("/never"));
  html.set_html("<html><body>given</body></html>");
  html.set_content_type("text/html; charset=iso-8859-1");
  v1::Article before_html = html;
  ASSERT_TRUE(fetcher.Fetch(&html).ok());
  EXPECT_EQ(html.SerializeAsString(), before_html.SerializeAsString());

  v1::Article text;
  text.set_text("Turkey pledged support to Azerbaijan.");
  text.set_url(server_.Url("/never"));
  v1::Article before_text = text;
  ASSERT_TRUE(fetcher.Fetch(&text).ok());
  EXPECT_EQ(text.SerializeAsString(), before_text.SerializeAsString());
  EXPECT_EQ(server_.Hits("/never"), 0);
}

TEST_F(ArticleFetcherTest, UnsupportedSchemesAndMalformedUrlsAreRefusedWithoutNetwork) {
  ArticleFetcher fetcher(FastOptions());
  for (const char* url : {"ftp://example.com/news.html", "file:///etc/passwd", "gopher://x/1"}) {
    v1::Article a = UrlOnly(url);
    Status s = fetcher.Fetch(&a);
    ASSERT_FALSE(s.ok()) << url;
    EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << url;
    EXPECT_NE(s.message().find("unsupported URL scheme"), std::string::npos) << s.ToString();
  }
  v1::Article bad = UrlOnly("not a url at all");
  Status s = fetcher.Fetch(&bad);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("not a url at all"), std::string::npos) << s.ToString();
}

TEST_F(ArticleFetcherTest, RedirectToUnsupportedSchemeIsRefused) {
  server_.Route("/to-file", Redirect(302, "file:///etc/passwd"));
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly(server_.Url("/to-file"));
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_TRUE(a.html().empty());
  EXPECT_NE(s.message().find(server_.Url("/to-file")), std::string::npos) << s.ToString();
}

TEST_F(ArticleFetcherTest, ConnectionRefusedIsAnIoError) {
  unsigned short closed_port;
  {
    TestHttpServer temporary;
    closed_port = temporary.port();
  }
  ArticleFetcher fetcher(FastOptions());
  v1::Article a = UrlOnly("http://127.0.0.1:" + std::to_string(closed_port) + "/x");
  Status s = fetcher.Fetch(&a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kIoError) << s.ToString();
}

TEST_F(ArticleFetcherTest, OneFetcherServesManyArticlesInARow) {
  server_.Route("/one", Page("<html>one</html>"));
  server_.Route("/two", Page("<html>two</html>"));
  ArticleFetcher fetcher(FastOptions());
  v1::Article missing = UrlOnly(server_.Url("/nope"));
  EXPECT_FALSE(fetcher.Fetch(&missing).ok());
  v1::Article one = UrlOnly(server_.Url("/one"));
  v1::Article two = UrlOnly(server_.Url("/two"));
  ASSERT_TRUE(fetcher.Fetch(&one).ok());
  ASSERT_TRUE(fetcher.Fetch(&two).ok());
  EXPECT_EQ(one.html(), "<html>one</html>");
  EXPECT_EQ(two.html(), "<html>two</html>");
}

TEST(ContentTypeTest, TextualTypes) {
  EXPECT_TRUE(IsTextualContentType("text/html; charset=UTF-8"));
  EXPECT_TRUE(IsTextualContentType("Text/Plain"));
  EXPECT_TRUE(IsTextualContentType("application/rss+xml"));
  EXPECT_TRUE(IsTextualContentType(""));
  EXPECT_FALSE(IsTextualContentType("application/pdf"));
  EXPECT_FALSE(IsTextualContentType("image/jpeg"));
  EXPECT_FALSE(IsTextualContentType("application/octet-stream"));
}

}  // namespace
}  // namespace tidings::fetch
