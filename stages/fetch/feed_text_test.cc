#include "fetch/feed_text.h"

#include <gtest/gtest.h>

namespace tidings::fetch {
namespace {

TEST(FeedTextTest, HtmlToTextDropsTagsAndDecodesReferences) {
  EXPECT_EQ(HtmlToText("<b>Bold</b> &amp; <i>italic</i>"), "Bold & italic");
  EXPECT_EQ(HtmlToText("Caf&eacute; &mdash; &#8220;quoted&#x201D;"), "Caf\xC3\xA9 \xE2\x80\x94 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(HtmlToText("<p>one</p><p>two</p>"), "one two");
  EXPECT_EQ(HtmlToText("line<br/>break"), "line break");
  EXPECT_EQ(HtmlToText("a<script>var x = '<b>';</script>b"), "a b");
  EXPECT_EQ(HtmlToText("x <!-- hidden --> y"), "x y");
  EXPECT_EQ(HtmlToText("<a href=\"x?a=1&amp;b=2\" title='>'>link</a>"), "link");
}

TEST(FeedTextTest, HtmlToTextKeepsWhatIsNotMarkup) {
  EXPECT_EQ(HtmlToText("AT&T wins 3 < 4 case"), "AT&T wins 3 < 4 case");
  EXPECT_EQ(HtmlToText("&unknown; stays"), "&unknown; stays");
  EXPECT_EQ(HtmlToText("fish &amp chips"), "fish & chips");
}

TEST(FeedTextTest, NumericReferencesInTheC1RangeAreWindows1252) {
  EXPECT_EQ(HtmlToText("&#150; &#147;x&#148;"), "\xE2\x80\x93 \xE2\x80\x9Cx\xE2\x80\x9D");
}

TEST(FeedTextTest, LooksLikeHtml) {
  EXPECT_TRUE(LooksLikeHtml("<b>x</b>"));
  EXPECT_TRUE(LooksLikeHtml("a <br/> b"));
  EXPECT_TRUE(LooksLikeHtml("Q&amp;A"));
  EXPECT_TRUE(LooksLikeHtml("it&#39;s"));
  EXPECT_FALSE(LooksLikeHtml("AT&T"));
  EXPECT_FALSE(LooksLikeHtml("3 < 4 > 2"));
  EXPECT_FALSE(LooksLikeHtml("<notatag>"));
  EXPECT_FALSE(LooksLikeHtml("plain"));
}

TEST(FeedTextTest, CollapseWhitespace) {
  EXPECT_EQ(CollapseWhitespace("  a \n\t b\xC2\xA0\xC2\xA0" "c  "), "a b c");
  EXPECT_EQ(CollapseWhitespace("x\x01y"), "xy");
  EXPECT_EQ(CollapseWhitespace("\xC2\x93quoted\xC2\x94"), "\xE2\x80\x9Cquoted\xE2\x80\x9D");
  EXPECT_EQ(CollapseWhitespace(""), "");
}

TEST(FeedTextTest, Base64) {
  std::string out;
  ASSERT_TRUE(DecodeBase64("PGI+aGk8L2I+\n", &out));
  EXPECT_EQ(out, "<b>hi</b>");
  EXPECT_FALSE(DecodeBase64("not*base64", &out));
}

TEST(FeedTextTest, CharacterReferences) {
  EXPECT_EQ(ResolveCharacterReference("amp"), U'&');
  EXPECT_EQ(ResolveCharacterReference("apos"), U'\'');
  EXPECT_EQ(ResolveCharacterReference("nbsp"), U'\u00A0');
  EXPECT_EQ(ResolveCharacterReference("#x41"), U'A');
  EXPECT_EQ(ResolveCharacterReference("nosuch"), 0u);
  EXPECT_EQ(DecodeCharacterReferences("&lt;b&gt; &nosuch;"), "<b> &nosuch;");
}

}  // namespace
}  // namespace tidings::fetch
