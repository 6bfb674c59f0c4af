#include "clean/metadata_extractor.h"

#include <gtest/gtest.h>

#include "clean/date_parser.h"

namespace tidings::clean {
namespace {

PageMetadata Meta(const std::string& html, std::string_view url = "") {
  HtmlDocument doc;
  EXPECT_TRUE(HtmlDocument::Parse(html, url, &doc).ok());
  return ExtractPageMetadata(doc, url);
}

TEST(MetadataExtractor, JsonLdArticleIsTheFirstSource) {
  PageMetadata md = Meta(R"(<html lang="en-GB"><head>
    <title>Talks resume | Daily Planet</title>
    <meta property="article:published_time" content="2021-11-09T10:00:00Z">
    <script type="application/ld+json">
    {"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","name":"Daily Planet"},
      {"@type":"NewsArticle","headline":"Talks resume in Baku",
       "datePublished":"2021-11-11T08:30:00+04:00","dateModified":"2021-11-12T09:00:00Z",
       "author":[{"@type":"Person","name":"Vafa Ismayilova"},{"@type":"Person","name":"Jo Doe"}],
       "publisher":{"@type":"Organization","name":"Azernews"},
       "articleBody":"First paragraph of the body.\nSecond paragraph."}]}
    </script></head><body><p>x</p></body></html>)");
  EXPECT_EQ(md.title, "Talks resume in Baku");
  EXPECT_EQ(md.published, "2021-11-11T08:30:00+04:00");
  EXPECT_EQ(md.published_source, "json-ld");
  EXPECT_EQ(md.modified, "2021-11-12T09:00:00Z");
  ASSERT_EQ(md.authors.size(), 2u);
  EXPECT_EQ(md.authors[0], "Vafa Ismayilova");
  EXPECT_EQ(md.site_name, "Azernews");
  EXPECT_EQ(md.html_lang, "en-GB");
  EXPECT_NE(md.json_ld_body.find("Second paragraph."), std::string::npos);
}

TEST(MetadataExtractor, MetaTagsOpenGraphAndCanonical) {
  PageMetadata md = Meta(R"(<html><head><title>Ignored | Site</title>
    <meta property="og:title" content="Oil prices fall">
    <meta property="og:site_name" content="Reuters">
    <meta name="author" content="By Jane Smith and Tom Jones">
    <meta property="article:published_time" content="2019-11-19T05:44:06Z">
    <meta property="article:modified_time" content="2019-11-19T07:00:00Z">
    <link rel="canonical" href="https://example.com/oil">
    </head><body><p>text</p></body></html>)");
  EXPECT_EQ(md.title, "Oil prices fall");
  EXPECT_EQ(md.site_name, "Reuters");
  EXPECT_EQ(md.published, "2019-11-19T05:44:06Z");
  EXPECT_EQ(md.published_source, "meta");
  EXPECT_EQ(md.modified, "2019-11-19T07:00:00Z");
  EXPECT_EQ(md.canonical_url, "https://example.com/oil");
  ASSERT_EQ(md.authors.size(), 2u);
  EXPECT_EQ(md.authors[0], "Jane Smith");
  EXPECT_EQ(md.authors[1], "Tom Jones");
}

TEST(MetadataExtractor, TimeElementThenUrlPattern) {
  PageMetadata with_time = Meta(R"(<html><head><title>T</title></head><body>
      <span class="byline" itemprop="author">By Ann Lee</span>
      <time datetime="2020-03-04T12:00:00-05:00">March 4</time><p>x</p></body></html>)",
                                "https://example.com/2019/01/02/story");
  EXPECT_EQ(with_time.published, "2020-03-04T12:00:00-05:00");
  EXPECT_EQ(with_time.published_source, "time");
  ASSERT_EQ(with_time.authors.size(), 1u);
  EXPECT_EQ(with_time.authors[0], "Ann Lee");
  PageMetadata from_url = Meta("<html><head><title>T</title></head><body><p>x</p></body></html>",
                               "https://www.latimes.com/business/story/2019-11-19/disney-plus");
  EXPECT_EQ(from_url.published, "2019-11-19");
  EXPECT_EQ(from_url.published_source, "url");
  EXPECT_EQ(from_url.title, "T");
  PageMetadata suffixed = Meta("<html><head><title>Talks resume in Geneva next week | Daily Planet</title></head></html>");
  EXPECT_EQ(suffixed.title, "Talks resume in Geneva next week");
}

TEST(MetadataExtractor, EscapedEntitiesInJsonLdAreDecoded) {
  PageMetadata md = Meta(R"(<html><head><script type="application/ld+json">
    {"@type":"NewsArticle","headline":"Chelsea activate &#163;71.6m clause &amp; sign Kepa &#8211; report"}
    </script></head><body></body></html>)");
  EXPECT_EQ(md.title, "Chelsea activate \xC2\xA3" "71.6m clause & sign Kepa \xE2\x80\x93 report");
}

TEST(MetadataExtractor, BrokenJsonLdIsIgnored) {
  PageMetadata md = Meta(R"(<html><head><script type="application/ld+json">{"@type":"NewsArticle", oops</script>
    <meta name="pubdate" content="20191119"></head><body></body></html>)");
  EXPECT_EQ(md.published, "2019-11-19");
}

TEST(DateParser, NormalisesTheFormsPagesUse) {
  EXPECT_EQ(NormalizeDate("2019-11-19T10:00:00.000+00:00"), "2019-11-19T10:00:00Z");
  EXPECT_EQ(NormalizeDate("2019-11-19 10:00"), "2019-11-19T10:00:00");
  EXPECT_EQ(NormalizeDate("2019/11/19"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("Tue, 19 Nov 2019 10:00:00 GMT"), "2019-11-19T10:00:00Z");
  EXPECT_EQ(NormalizeDate("November 19, 2019"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("Nov. 19, 2019 5:00 PM"), "2019-11-19T17:00:00");
  EXPECT_EQ(NormalizeDate("19 November 2019"), "2019-11-19");
  EXPECT_EQ(NormalizeDate("1574157600"), "2019-11-19T10:00:00Z");
  EXPECT_EQ(NormalizeDate("2019-02-30"), "");
  EXPECT_EQ(NormalizeDate("yesterday"), "");
  EXPECT_EQ(DateFromUrl("https://www.nytimes.com/2019/11/19/opinion/x.html"), "2019-11-19");
  EXPECT_EQ(DateFromUrl("https://example.com/news/20211111/a"), "2021-11-11");
  EXPECT_EQ(DateFromUrl("https://example.com/id/12345678901"), "");
  EXPECT_EQ(FindDateInText("Azertag reported on November 10, 2021 that"), "2021-11-10");
}

TEST(MetadataExtractor, SplitAuthors) {
  auto a = SplitAuthors("By Kevin Mayer, Ann Lee & Bo Chan");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[2], "Bo Chan");
  EXPECT_TRUE(SplitAuthors("https://facebook.com/someone").empty());
  EXPECT_EQ(SplitAuthors("Ilana Muhlstein, MS"), std::vector<std::string>{"Ilana Muhlstein"});
  EXPECT_EQ(SplitAuthors("STEVE PEOPLES, AP National Political Writer"), std::vector<std::string>{"STEVE PEOPLES"});
  EXPECT_EQ(SplitAuthors("Practical Horseman Editorial Staff"),
            std::vector<std::string>{"Practical Horseman Editorial Staff"});  // the only credit: kept
}

}  // namespace
}  // namespace tidings::clean
