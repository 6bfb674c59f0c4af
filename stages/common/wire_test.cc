#include "tidings/wire.h"

#include <gtest/gtest.h>

#include "tidings/event_json.h"
#include "tidings/topics.h"

namespace tidings {
namespace {

v1::Event SampleEvent() {
  v1::Event e;
  e.set_id("a1:3:0");
  e.set_article_id("a1");
  e.mutable_source()->set_code("TURGOV");
  e.mutable_source()->set_text("Turkish President Recep Tayyip Erdogan");
  e.mutable_target()->set_code("AZE");
  e.set_code("057");
  e.set_root("05");
  e.set_quad_class(1);
  e.set_goldstein(8.0);
  e.set_date("2021-06-15");
  e.set_sentence("On June 15, the two countries signed a memorandum, \"historic\".");
  return e;
}

TEST(Topics, PrefixSelectsRootCodeCountryAndDyad) {
  v1::Event e = SampleEvent();
  std::string cameo = CameoTopic(e), actor = ActorTopic(e);
  EXPECT_EQ(cameo, "cameo/057/TURGOV/AZE");
  EXPECT_EQ(actor, "actor/TUR/AZE/057");
  EXPECT_EQ(cameo.rfind("cameo/05", 0), 0u);
  EXPECT_EQ(cameo.rfind("cameo/057", 0), 0u);
  EXPECT_NE(cameo.rfind("cameo/04", 0), 0u);
  EXPECT_EQ(actor.rfind("actor/TUR/", 0), 0u);
  EXPECT_EQ(actor.rfind("actor/TUR/AZE", 0), 0u);
  EXPECT_NE(actor.rfind("actor/AZE", 0), 0u);
}

TEST(Topics, MissingActorIsADash) {
  v1::Event e = SampleEvent();
  e.clear_target();
  EXPECT_EQ(CameoTopic(e), "cameo/057/TURGOV/-");
  EXPECT_EQ(ActorTopic(e), "actor/TUR/-/057");
}

TEST(EventJson, HasTheDocumentedFieldsWithStringCodes) {
  auto j = EventToJson(SampleEvent());
  for (const char* key : {"id", "article_id", "source", "target", "code", "root", "quad_class",
                          "goldstein", "date", "sentence", "seq", "location"}) {
    EXPECT_TRUE(j.contains(key)) << key;
  }
  EXPECT_TRUE(j["source"].is_string());
  EXPECT_EQ(j["code"], "057");
  EXPECT_EQ(j["quad_class"], 1);
  EXPECT_TRUE(j["location"].is_null());
  auto line = EventToJsonLine(SampleEvent());
  EXPECT_EQ(line.find('\n'), std::string::npos);
}

TEST(EventJson, CsvQuotesCommasAndQuotes) {
  std::string row = EventToCsvRow(SampleEvent());
  EXPECT_NE(row.find("\"On June 15, the two countries signed a memorandum, \"\"historic\"\".\""),
            std::string::npos)
      << row;
  const std::string header = EventCsvHeader();
  size_t header_cols = std::count(header.begin(), header.end(), ',');
  EXPECT_EQ(std::count(row.begin(), row.end(), ',') - 2, static_cast<long>(header_cols));  // 2 commas inside the quoted sentence
  EXPECT_EQ(header_cols, 27u);
}

TEST(ArticleId, StableAndContentSensitive) {
  v1::Article a;
  a.set_url("https://example.com/a");
  a.set_text("Turkey and Azerbaijan signed an agreement.");
  v1::Article b = a;
  EXPECT_EQ(DeriveArticleId(a), DeriveArticleId(b));
  EXPECT_EQ(DeriveArticleId(a).size(), 33u);
  b.set_text("Turkey and Azerbaijan signed an agreement!");
  EXPECT_NE(DeriveArticleId(a), DeriveArticleId(b));
  // Field boundaries matter: moving bytes between fields changes the id.
  v1::Article c, d;
  c.set_url("ab");
  d.set_url("a");
  d.set_html("b");
  EXPECT_NE(DeriveArticleId(c), DeriveArticleId(d));
}

TEST(DeadLetter, KeepsAPrefixAndTheFullSize) {
  std::string big(5000, 'x');
  v1::DeadLetter d = MakeDeadLetter("ingest", "too big", big, "id1", 2, 100);
  EXPECT_EQ(d.original().size(), 100u);
  EXPECT_EQ(d.original_size(), 5000u);
  EXPECT_EQ(d.stage(), "ingest");
  EXPECT_EQ(d.attempt(), 2u);
  EXPECT_GT(d.time_unix_ms(), 0);
}

}  // namespace
}  // namespace tidings
