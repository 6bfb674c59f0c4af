// Locations only from whole place names outside actor phrases, refuted clauses coded like
// negations, and the hand-formatted ISO date, with the OEDA dictionaries (PETRARCH2's set) and
// the built-in gazetteer. Sentences written for these tests.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/date_resolver.h"
#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::Not;

class OedaCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!testing::HaveShared()) return;
    Status s = EventCoder::Create(testing::OedaOptions(), &coder_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  void SetUp() override {
    if (!coder_) GTEST_SKIP() << "needs ../shared/dictionaries/oeda";
  }
  static v1::CodedArticle Code(const std::string& text) { return testing::CodeText(*coder_, text); }
  static std::unique_ptr<EventCoder> coder_;
};
std::unique_ptr<EventCoder> OedaCoderTest::coder_;

TEST_F(OedaCoderTest, NoLocationFromAWordOfAnActorOrALongerName) {
  // "Union" is a US town in the gazetteer, but here a word of "The European Union".
  v1::CodedArticle a = Code("The European Union imposed new sanctions on Russia.");
  ASSERT_GT(a.events_size(), 0);
  for (const auto& e : a.events()) EXPECT_FALSE(e.has_location()) << e.location().name();
  // A place that is a fragment of a longer capitalised name is no place either.
  v1::CodedArticle b = Code("Egypt accused the Union Pacific Railroad of fraud.");
  for (const auto& e : b.events()) EXPECT_NE(e.location().name(), "Union");
}

TEST_F(OedaCoderTest, LocationAfterInAtNearEvenWhenTheNameIsAnActor) {
  v1::CodedArticle a = Code("Russian officials met Chinese diplomats in Beijing on Monday.");
  ASSERT_GT(a.events_size(), 0);
  EXPECT_EQ(a.events(0).location().name(), "Beijing");
  EXPECT_EQ(a.events(0).location().country(), "CHN");
  // A whole place name outside any actor phrase still names the place without a preposition.
  v1::CodedArticle b = Code("Russia accused Turkey of violating the Aleppo ceasefire.");
  for (const auto& e : b.events()) {
    if (e.has_location()) {
      EXPECT_EQ(e.location().name(), "Aleppo");
    }
  }
}

TEST_F(OedaCoderTest, ARefutedActionIsNotCoded) {
  auto triples = [](const v1::CodedArticle& a) { return testing::Triples(a); };
  // The action did not happen according to the sentence: no 072 (military aid).
  EXPECT_THAT(triples(Code("Iran denied that it had supplied weapons to the Houthi rebels.")),
              Not(Contains(::testing::HasSubstr(" 07"))));
  EXPECT_THAT(triples(Code("Russia rejected claims that its troops had attacked Ukraine.")),
              Not(Contains(::testing::HasSubstr(" 19"))));
  EXPECT_THAT(triples(Code("Israel dismissed reports that it bombed Syria.")),
              Not(Contains(::testing::HasSubstr(" 19"))));
  // Where the dictionary has a pattern for the refutation itself (CAMEO.2.0's DENY/REJECT
  // "* ATTACK [016]"), the denial is coded against the refuted act's object.
  EXPECT_THAT(triples(Code("Russia rejected claims that its troops had attacked Ukraine.")),
              Contains("RUS 016 UKR"));
  EXPECT_THAT(triples(Code("Russia flatly denied that its troops attacked Ukraine.")), Contains("RUS 016 UKR"));
  // Control: the same clauses, asserted rather than refuted, are coded.
  EXPECT_THAT(triples(Code("Iran said that it had supplied weapons to the Houthi rebels.")),
              Contains(::testing::HasSubstr(" 07")));
  EXPECT_THAT(triples(Code("Israel bombed Syria.")), Contains(::testing::HasSubstr(" 19")));
  EXPECT_THAT(triples(Code("Russian troops attacked Ukraine.")), Contains(::testing::HasSubstr(" 19")));
}

TEST(CalendarDate, IsoIsZeroPadded) {
  EXPECT_EQ((CalendarDate{2021, 6, 5}).Iso(), "2021-06-05");
  EXPECT_EQ((CalendarDate{992, 12, 31}).Iso(), "0992-12-31");
}

}  // namespace
}  // namespace tidings::extract
