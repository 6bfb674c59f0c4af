#include "daemon/article_scan.h"

#include <gtest/gtest.h>

#include <string>

#include "tidings/v1/tidings.pb.h"
#include "tidings/wire.h"

namespace tidings::daemon {
namespace {

// The scan's verdict and facts must be a full parse's: checked on each case.
void ExpectSameAsParse(const std::string& bytes, const char* what) {
  SCOPED_TRACE(what);
  InboundFacts facts;
  Status s = ScanInboundArticle(bytes.data(), bytes.size(), 1 << 20, &facts);
  v1::Article article;
  const bool parsed = !bytes.empty() && article.ParseFromString(bytes);
  const bool usable = parsed && !(article.url().empty() && article.html().empty() && article.text().empty()) &&
                      article.id().size() <= 512;
  ASSERT_EQ(s.ok(), usable) << s.ToString();
  if (!usable) return;
  EXPECT_EQ(facts.id, article.id().empty() ? DeriveArticleId(article) : article.id());
  EXPECT_EQ(facts.needs_fetch, article.html().empty() && article.text().empty());
}

std::string Tagged(int field, int wire_type) { return std::string(1, static_cast<char>(field << 3 | wire_type)); }
std::string Delimited(int field, const std::string& value) {
  return Tagged(field, 2) + std::string(1, static_cast<char>(value.size())) + value;  // values < 128 bytes
}

TEST(ScanInboundArticle, ReadsTheIdAndWhetherTheArticleMustBeFetched) {
  v1::Article a;
  a.set_id("client-7");
  a.set_html(std::string(300000, 'x'));
  InboundFacts facts;
  std::string bytes = a.SerializeAsString();
  ASSERT_TRUE(ScanInboundArticle(bytes.data(), bytes.size(), 1 << 20, &facts).ok());
  EXPECT_EQ(facts.id, "client-7");
  EXPECT_FALSE(facts.needs_fetch);

  v1::Article bare;
  bare.set_url("https://example.org/a");
  bytes = bare.SerializeAsString();
  ASSERT_TRUE(ScanInboundArticle(bytes.data(), bytes.size(), 1 << 20, &facts).ok());
  EXPECT_TRUE(facts.needs_fetch);
  EXPECT_EQ(facts.id, DeriveArticleId(bare)) << "no id given: the content's, as everywhere else";
}

TEST(ScanInboundArticle, RejectsWhatAParseRejectsWithAReasonForTheClient) {
  InboundFacts facts;
  EXPECT_NE(ScanInboundArticle("", 0, 100, &facts).message().find("empty message"), std::string::npos);
  std::string big = Delimited(4, std::string(100, 'a'));
  EXPECT_NE(ScanInboundArticle(big.data(), big.size(), 50, &facts).message().find("limits.max_article_bytes"),
            std::string::npos);
  std::string title_only = Delimited(5, "A title");
  EXPECT_NE(ScanInboundArticle(title_only.data(), title_only.size(), 100, &facts).message().find("neither url"),
            std::string::npos);
  std::string garbage = "\xff\xff\xff";
  EXPECT_NE(ScanInboundArticle(garbage.data(), garbage.size(), 100, &facts).message().find("not a valid"),
            std::string::npos);
}

TEST(ScanInboundArticle, JudgesEdgeCasesOfTheWireFormatAsAFullParseDoes) {
  const std::string text = Delimited(4, "Some text.");
  ExpectSameAsParse(text, "plain");
  ExpectSameAsParse(Delimited(4, "\xc3\x28"), "invalid UTF-8 in text");
  ExpectSameAsParse(Delimited(3, "\xc3\x28") + Delimited(1, "x"), "html is bytes: any byte is fine");
  ExpectSameAsParse(text + Delimited(1, "\xe2\x82"), "invalid UTF-8 in id");
  ExpectSameAsParse(text + Delimited(9, Delimited(1, "k") + Delimited(2, "v")), "a label");
  ExpectSameAsParse(text + Delimited(9, Delimited(1, "k") + Delimited(2, "\xff")), "invalid UTF-8 in a label");
  ExpectSameAsParse(text + Delimited(1, "first") + Delimited(1, "last"), "a field given twice: the last wins");
  ExpectSameAsParse(text + Delimited(1, ""), "an empty id: derived");
  ExpectSameAsParse(text + Tagged(1, 0) + "\x05", "field 1 as a varint: an unknown field");
  ExpectSameAsParse(text + Tagged(40, 0) + "\x01", "an unknown field number");
  ExpectSameAsParse(text + Tagged(7, 3) + Tagged(8, 0) + "\x01" + Tagged(7, 4), "an unknown group");
  ExpectSameAsParse(text + Tagged(7, 3), "an unterminated group");
  ExpectSameAsParse(text + Tagged(7, 4), "a stray end of group");
  ExpectSameAsParse(text + std::string(1, '\0'), "a zero tag at the end");
  ExpectSameAsParse(text + "\x02\x00", "field number 0");
  ExpectSameAsParse(text + Tagged(4, 2) + "\x7f" + "short", "a length past the end");
  ExpectSameAsParse(text + Tagged(4, 6), "wire type 6");
  ExpectSameAsParse(text + "\x80", "a truncated tag");
  ExpectSameAsParse(text + Tagged(4, 5) + "abc", "a truncated fixed32");
  ExpectSameAsParse(text + "\xe0\xdf\xdf\xdf\xdf\xdf\xdf\xdf\x20" + "\x01", "a tag of 9 bytes (a parse takes 5)");
  ExpectSameAsParse(text + Tagged(5, 2) + "\x82\x80\x80\x80\x80\x00" + "ab", "a length of 6 bytes");
  ExpectSameAsParse(text + Tagged(7, 3) + Tagged(8, 4), "a group ended by another field's end");
  ExpectSameAsParse(text + Tagged(12, 2) + "\x02" + "\xff\xfe", "an unknown length-delimited field");
}

}  // namespace
}  // namespace tidings::daemon
