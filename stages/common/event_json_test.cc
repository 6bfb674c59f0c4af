// The event JSON line is written directly, without building a json object: it must be the
// very text nlohmann's dump gives for EventToJson, whatever the strings and numbers hold.
#include "tidings/event_json.h"

#include <gtest/gtest.h>

namespace tidings {
namespace {

std::string Reference(const v1::Event& e) {
  return EventToJson(e).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

v1::Event Sample() {
  v1::Event e;
  e.set_id("a1:0:0");
  e.set_article_id("a1");
  e.set_seq(18446744073709551615ull);
  e.mutable_source()->set_code("TURGOV");
  e.mutable_source()->set_text("Turkish President Recep Tayyip Erdoğan");
  e.mutable_source()->set_country("TUR");
  e.mutable_target()->set_code("AZE");
  e.set_code("057");
  e.set_root("05");
  e.set_quad_class(-3);
  e.set_goldstein(-10);
  e.set_date("2021-11-11");
  e.set_sentence("He said \"yes\" \\ no\ttab\nline\x01\x1f\x7f — “quoted” 中文 😀");
  e.set_sentence_index(4294967295u);
  e.set_pattern("* &TREATY [057]");
  e.set_verb("signed");
  e.set_root_mention(true);
  e.add_issues("OIL");
  e.add_issues("NUCLEAR \"WEAPONS\"");
  e.set_url("https://example.com/a?b=1&c=2");
  e.set_num_articles(3);
  e.set_num_sources(2);
  return e;
}

TEST(EventJson, TheLineIsNlohmannsDumpOfTheObject) {
  v1::Event e = Sample();
  EXPECT_EQ(EventToJsonLine(e), Reference(e));
  // Locations with and without coordinates, and doubles of every shape.
  for (double v : {0.0, -0.0, 1.0, -1.0, 3.4, 39.99, -70.02703, 1e21, 1.5e-7, 0.1, 123456789.123, 2.5e-300}) {
    e.set_goldstein(v);
    auto* loc = e.mutable_location();
    loc->set_name("Baku");
    loc->set_country("AZE");
    loc->set_latitude(v);
    loc->set_longitude(-v);
    loc->set_has_coordinates(true);
    EXPECT_EQ(EventToJsonLine(e), Reference(e)) << v;
  }
  e.mutable_location()->set_has_coordinates(false);
  EXPECT_EQ(EventToJsonLine(e), Reference(e));
  EXPECT_NE(EventToJsonLine(e).find(R"("lon":null,"kind":null})"), std::string::npos) << "no kind stored";
  e.mutable_location()->set_kind(v1::Location::PROVINCE);
  EXPECT_EQ(EventToJsonLine(e), Reference(e));
  EXPECT_NE(EventToJsonLine(e).find(R"("kind":"province"})"), std::string::npos);
  e.mutable_location()->set_name("");
  EXPECT_EQ(EventToJsonLine(e), Reference(e));
  e.clear_issues();
  EXPECT_EQ(EventToJsonLine(e), Reference(e));
  EXPECT_EQ(EventToJsonLine(v1::Event()), Reference(v1::Event()));
}

TEST(EventJson, BrokenUtf8IsReplacedAsNlohmannDoes) {
  v1::Event e = Sample();
  for (std::string bad : {std::string("\xff"), std::string("ab\xc3"), std::string("\xe2\x80"), std::string("\xc0\xaf"),
                          std::string("\xed\xa0\x80"), std::string("\xf4\x90\x80\x80"), std::string("x\x80y\xe2\x82\xacz")}) {
    e.set_sentence(bad);
    EXPECT_EQ(EventToJsonLine(e), Reference(e));
    EXPECT_NE(EventToJsonLine(e).find("\xEF\xBF\xBD"), std::string::npos);
  }
}

}  // namespace
}  // namespace tidings
