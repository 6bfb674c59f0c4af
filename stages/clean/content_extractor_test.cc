#include "clean/content_extractor.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace tidings::clean {
namespace {

std::string Join(const std::vector<std::string>& ps) {
  std::string s;
  for (const auto& p : ps) s += p + "\n";
  return s;
}

std::string Paragraph(int i) {
  return "Paragraph " + std::to_string(i) +
         " of the story: the foreign minister said on Tuesday that negotiations, which stalled in "
         "the spring, would resume in Geneva next week, according to two officials.";
}

ExtractedContent Extract(const std::string& html, ContentHints hints = {}) {
  HtmlDocument doc;
  EXPECT_TRUE(HtmlDocument::Parse(html, "", &doc).ok());
  ContentExtractor extractor;
  ExtractedContent out;
  Status s = extractor.Extract(doc, hints, &out);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return out;
}

TEST(ContentExtractor, KeepsTheBodyDropsBoilerplate) {
  std::string html = R"(<html><head><title>Talks to resume | Planet</title><style>p{}</style></head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
    <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
    <main><article><h1>Talks to resume</h1>
      <div class="share-tools"><a href="#">Share on Facebook</a><a href="#">Tweet this story</a></div>
      <figure><img src="a.jpg"><figcaption>The minister arrives in Geneva. Photo: Reuters staff photographer</figcaption></figure>)";
  for (int i = 0; i < 6; ++i) html += "<p>" + Paragraph(i) + "</p>";
  html += R"(<h2>What comes next</h2><p>)" + Paragraph(6) + R"(</p>
      <div class="advertisement">Advertisement: buy the best shoes in town today at a discount</div>
      <p>)" + Paragraph(7) + R"(</p>
      <div class="newsletter-signup"><p>Sign up for our daily newsletter and never miss a story again, subscribe.</p></div>
      <ul class="related-links"><li><a href="/1">Another story about talks in a different city far away</a></li>
      <li><a href="/2">Yet another story that is only a link to a different page</a></li></ul>
    </article></main>
    <aside class="sidebar"><h3>Most read</h3><p>A sidebar paragraph, with commas, that should, never, appear in the body text at all.</p></aside>
    <section id="comments"><p>Great article, thanks, I really enjoyed reading it, and I agree with the minister.</p></section>
    <footer><p>Copyright 2021 Planet Media Group, all rights reserved, contact us, privacy.</p></footer>
    <script>var x = "<p>not text</p>";</script></body></html>)";
  ExtractedContent out = Extract(html, {"Talks to resume", ""});
  std::string text = Join(out.paragraphs);
  for (int i = 0; i < 8; ++i) EXPECT_NE(text.find(Paragraph(i)), std::string::npos) << i << "\n" << text;
  EXPECT_NE(text.find("What comes next"), std::string::npos);
  for (const char* junk : {"Home", "cookies", "Share on", "Photo: Reuters", "Advertisement", "newsletter",
                           "Another story", "sidebar paragraph", "Great article", "Copyright", "not text",
                           "Talks to resume"})
    EXPECT_EQ(text.find(junk), std::string::npos) << junk << "\n" << text;
  EXPECT_EQ(out.method, "scored");
  EXPECT_EQ(out.paragraphs.size(), 9u);
}

// Class lists of utility frameworks are long; a vocabulary word is found anywhere in them,
// up to the last byte, and the article's own long class list is not mistaken for furniture.
TEST(ContentExtractor, BoilerplateWordsAnywhereInLongClassLists) {
  const std::string utility = "flex items-center justify-between gap-2 px-4 py-2 text-sm md:px-6 lg:gap-8 ";
  std::string html = "<html><body><div class=\"" + utility + "mx-auto max-w-3xl story-body\">";
  for (int i = 0; i < 5; ++i) html += "<p>" + Paragraph(i) + "</p>";
  html += "<div class=\"" + utility + "js-track promo\"><p>Our offers: subscribe today, save a lot, and get a "
          "discount on shoes, bags and hats from the shop.</p></div>";
  html += "<div class=\"" + utility + "c-sharing-rail " + utility + "\"><p>Send this story to a friend, or post "
          "it, with a comment, on the networks you use.</p></div>";
  html += "</div></body></html>";
  std::string text = Join(Extract(html).paragraphs);
  for (int i = 0; i < 5; ++i) EXPECT_NE(text.find(Paragraph(i)), std::string::npos) << i << "\n" << text;
  EXPECT_EQ(text.find("Our offers"), std::string::npos) << text;
  EXPECT_EQ(text.find("Send this story"), std::string::npos) << text;
}

TEST(ContentExtractor, BreakSeparatedTextInOneContainer) {
  std::string html = "<html><body><div id=menu><a href=/>Home</a> | <a href=/a>About</a></div><div class=txt>";
  for (int i = 0; i < 5; ++i) html += Paragraph(i) + "<br><br>";
  html += "</div></body></html>";
  ExtractedContent out = Extract(html);
  ASSERT_EQ(out.paragraphs.size(), 5u) << Join(out.paragraphs);
  EXPECT_EQ(out.paragraphs[4], Paragraph(4));
}

TEST(ContentExtractor, JsonLdBodyWhenTheDomHasLittle) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += Paragraph(i) + "\n";
  std::string html = "<html><body><div class=paywall><p>Subscribe to read.</p></div></body></html>";
  ExtractedContent out = Extract(html, {"", body});
  EXPECT_EQ(out.method, "json-ld");
  ASSERT_EQ(out.paragraphs.size(), 5u);
  EXPECT_EQ(out.paragraphs[0], Paragraph(0));
}

TEST(ContentExtractor, JsonLdBodyWhenTheDomFoundSomethingElse) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += Paragraph(i) + "\n";
  std::string html = "<html><body><div class=box>";
  for (int i = 0; i < 5; ++i)
    html += "<p>Unrelated text number " + std::to_string(i) +
            ", about a recipe for apple pie, with butter, flour, sugar and a pinch of cinnamon, baked for an hour.</p>";
  html += "</div></body></html>";
  ExtractedContent out = Extract(html, {"", body});
  EXPECT_EQ(out.method, "json-ld");
  EXPECT_EQ(out.paragraphs[0], Paragraph(0));
}

TEST(ContentExtractor, ContainerWithANegativeClassThatHoldsTheArticleIsKept) {
  std::string html = "<html><body><div class='article-body comments-enabled'>";
  for (int i = 0; i < 6; ++i) html += "<p>" + Paragraph(i) + "</p>";
  html += "</div><div class=comments><p>a reader comment, short, with commas, here</p></div></body></html>";
  ExtractedContent out = Extract(html);
  EXPECT_EQ(out.paragraphs.size(), 6u) << Join(out.paragraphs);
}

TEST(ContentExtractor, PageFurnitureAboveTheFirstParagraphIsDropped) {
  std::string html = "<html><body><article><p>Updated 3:27 am PST, Wednesday, November 20, 2019</p>"
                     "<p>Jane Doe | Bloomberg | Getty Images</p>";
  for (int i = 0; i < 4; ++i) html += "<p>" + Paragraph(i) + "</p>";
  html += "</article></body></html>";
  ExtractedContent out = Extract(html);
  ASSERT_EQ(out.paragraphs.size(), 4u) << Join(out.paragraphs);
  EXPECT_EQ(out.paragraphs[0], Paragraph(0));
}

TEST(ContentExtractor, PartlyLinkedStoryListDroppedLinkedSentenceKept) {
  std::string html = "<html><body><article>";
  for (int i = 0; i < 4; ++i) html += "<p>" + Paragraph(i) + "</p>";
  html += "<p><a href=/a>James Van Der Beek</a> was eliminated from <a href=/b>Dancing with the Stars</a>.</p>"
          "<ul><li>Paid political ads are not the problem. <a href=/1>Our perceptions are</a></li>"
          "<li>Could an astronaut lost in space <a href=/2>use gravity to get around</a>?</li>"
          "<li>WIRED25: Stories of people <a href=/3>racing to save us</a></li></ul>"
          "<p><a href=/x>Read the full report on our partner site today</a></p></article></body></html>";
  ExtractedContent out = Extract(html);
  std::string text = Join(out.paragraphs);
  EXPECT_NE(text.find("James Van Der Beek was eliminated"), std::string::npos) << text;
  EXPECT_EQ(text.find("astronaut"), std::string::npos) << text;
  EXPECT_EQ(text.find("partner site"), std::string::npos) << text;
  EXPECT_EQ(out.paragraphs.size(), 5u) << text;
}

TEST(ContentExtractor, BreakSeparatedArticleWithANegativeClassIsKept) {
  std::string html = "<html><body><div class='post-content share-enabled'>";
  for (int i = 0; i < 8; ++i) html += Paragraph(i) + "<br><br>";
  html += "</div><div class=widget-area><p>" + Paragraph(100) + "</p><p>" + Paragraph(101) +
          "</p></div></body></html>";
  ExtractedContent out = Extract(html);
  std::string text = Join(out.paragraphs);
  ASSERT_EQ(out.paragraphs.size(), 8u) << text;
  EXPECT_EQ(text.find("Paragraph 100"), std::string::npos);
  EXPECT_EQ(out.method, "scored");  // kept by the unlinked-text guard, not by the relaxed retry
}

TEST(ContentExtractor, EmptyPageIsAnError) {
  HtmlDocument doc;
  ASSERT_TRUE(HtmlDocument::Parse("<html><body><div> </div></body></html>", "", &doc).ok());
  ContentExtractor extractor;
  ExtractedContent out;
  Status s = extractor.Extract(doc, {}, &out);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_FALSE(s.message().empty());
}

TEST(HtmlDocument, StripRawTextElementsKeepsJsonLd) {
  std::string out;
  StripRawTextElements(
      "a<script>x='</s'+'cript>'</script>b<!-- c -->d<style>p{}</style>e<svg><path/></svg>f"
      "<script type=\"application/ld+json\">{\"k\":1}</script><SCRIPT src=x></SCRIPT>g<script>unterminated",
      &out);
  EXPECT_EQ(out, "a b d e f<script type=\"application/ld+json\">{\"k\":1}</script> g ");
}

}  // namespace
}  // namespace tidings::clean

namespace tidings::clean {
namespace {

TEST(HtmlDocument, StripIsLinearOnUnterminatedTags) {
  std::string html;
  while (html.size() < (4u << 20)) html += "<svg \"x <script '";
  std::string out;
  auto t = std::chrono::steady_clock::now();
  StripRawTextElements(html, &out);
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
  EXPECT_LT(s, 2.0);
  EXPECT_EQ(out.size(), html.size());  // nothing could be cut: copied as is for the parser
}

std::string Filtered(std::string_view html) {
  std::string out;
  StripRawTextElements(html, &out, AttributesTheCleanerReads());
  return out;
}

TEST(HtmlDocument, UnreadAttributesWithQuotedValuesAreCutFromStartTags) {
  EXPECT_EQ(Filtered(R"(<img srcset="a.jpg 1x, b.jpg 2x" class="lead" data-id='7' sizes="50vw"/>)"),
            R"(<img class="lead"/>)");
  EXPECT_EQ(Filtered(R"html(<DIV ID="main" Data-Track="x > y" onclick="go()">Text a<b</DIV>)html"),
            R"(<DIV ID="main">Text a<b</DIV>)")
      << "names of any case; a '>' inside a value does not end the tag";
  EXPECT_EQ(Filtered(R"(<meta property="og:title" content="T"><link rel=canonical href="/x" data-a="1">)"),
            R"(<meta property="og:title" content="T"><link rel=canonical href="/x" data-a="1">)")
      << "an unquoted value: the rest of the tag as it is";
  EXPECT_EQ(Filtered(R"(<p title="<img srcset='x'>" hidden>t</p>)"), R"(<p hidden>t</p>)")
      << "markup inside a value is not a tag; an attribute without a value is kept";
  EXPECT_EQ(Filtered(R"(</p data-x="1"><p a="1"b="2" class=x>)"), R"(</p data-x="1"><p class=x>)")
      << "end tags are left alone";
  EXPECT_EQ(Filtered(R"(<p data-x="never closed>text)"), R"(<p data-x="never closed>text)");
}

TEST(HtmlDocument, HrefIsKeptOnLinkElementsOnly) {
  EXPECT_EQ(Filtered(R"(<a href="/story" rel="author">A</a><LINK REL="canonical" HREF="/x"><link:x href="/y">)"),
            R"(<a rel="author">A</a><LINK REL="canonical" HREF="/x"><link:x>)");
  EXPECT_EQ(Filtered("<link\x01 href=\"/x\">"), "<link\x01 href=\"/x\">")
      << "the parser names that element link";
  EXPECT_EQ(Filtered(R"(<link href@link="/x" class="c">)"), R"(<link class="c">)");
}

// Found by fuzz_html_cleaner: a quote in a tag's name (`<h"`) made the rest of the tag end at a
// '>' inside a value already cut, and the next tag's cut copied backwards (std::length_error: the
// clean stage lost the page).
TEST(HtmlDocument, AQuoteInATagNameNeverMakesTheCopyGoBack) {
  std::string out;
  ASSERT_NO_THROW(StripRawTextElements(R"(><h" x="><a r=""<p data-y="1">more</p>)", &out, AttributesTheCleanerReads()));
  EXPECT_EQ(out, R"(><h""<p>more</p>)");
}

TEST(HtmlDocument, JsonLdIsCopiedAsItIsWhenAttributesAreFiltered) {
  const std::string json = R"(<script type="application/ld+json">{"articleBody": "<img srcset='x' class='y'>"}</script>)";
  EXPECT_EQ(Filtered(json + R"(<i data-x="1">a</i>)"), json + "<i>a</i>");
}

}  // namespace
}  // namespace tidings::clean
