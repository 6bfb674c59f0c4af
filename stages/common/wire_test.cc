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
  EXPECT_EQ(header_cols, 28u);
}

TEST(HopFraming, EnvelopeSurvivesTheTwoFrameHop) {
  v1::Envelope env;
  env.set_article_id("a1");
  env.set_attempt(2);
  env.set_accepted_unix_ms(1234);
  env.add_trace()->set_stage("clean");
  env.mutable_clean()->set_text("Ankara signed.");
  v1::HopHeader header;
  zmq::message_t payload;
  EnvelopeToHop(env, &header, &payload);
  EXPECT_EQ(header.kind(), v1::HopHeader::CLEAN);
  v1::Envelope back;
  ASSERT_TRUE(HopToEnvelope(header, payload.data(), payload.size(), &back));
  EXPECT_EQ(back.SerializeAsString(), env.SerializeAsString());
}

TEST(HopFraming, AnArticleWithoutAnIdTakesTheHeaderId) {
  v1::Article a;
  a.set_text("text");
  v1::HopHeader header;
  header.set_article_id("derived");
  header.set_kind(v1::HopHeader::ARTICLE);
  std::string bytes = a.SerializeAsString();
  v1::Envelope env;
  ASSERT_TRUE(HopToEnvelope(header, bytes.data(), bytes.size(), &env));
  EXPECT_EQ(env.article().id(), "derived");
}

TEST(HopFraming, APayloadOfTheWrongKindIsRefused) {
  v1::HopHeader header;
  header.set_kind(v1::HopHeader::CODED);
  const std::string junk = "\xff\xff\xff";
  v1::Envelope env;
  EXPECT_FALSE(HopToEnvelope(header, junk.data(), junk.size(), &env));
}

TEST(HopFraming, SendAndReceiveOverARealSocketPair) {
  zmq::context_t ctx(1);
  zmq::socket_t push(ctx, zmq::socket_type::push), pull(ctx, zmq::socket_type::pull);
  pull.bind("inproc://hop-test");
  push.connect("inproc://hop-test");
  v1::HopHeader header;
  header.set_article_id("a9");
  zmq::message_t head = ToMessage(header), payload(std::string_view("payload"));
  ASSERT_TRUE(SendHop(push, head, payload));
  std::vector<zmq::message_t> frames;
  ASSERT_TRUE(RecvMultipart(pull, &frames, zmq::recv_flags::none));
  v1::HopHeader got;
  ASSERT_TRUE(ParseHop(frames, &got));
  EXPECT_EQ(got.article_id(), "a9");
  EXPECT_EQ(frames[1].to_string(), "payload");
  EXPECT_FALSE(RecvMultipart(pull, &frames)) << "nothing else waiting";
}

TEST(HopFraming, ASingleFrameIsNotAHopMessage) {
  std::vector<zmq::message_t> frames;
  frames.emplace_back(std::string_view("x"));
  v1::HopHeader header;
  EXPECT_FALSE(ParseHop(frames, &header));
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
