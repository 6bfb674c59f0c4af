// Rioters in passives and unknown places. Protesters who burn or seize a building riot (145)
// whether the sentence says so actively or in a passive with "by" ("was torched by protesters"),
// and two passives joined by "and" share that agent ("was stormed and set ablaze by"). An actor
// "in" a place no dictionary knows ("Protesters in Leh") is still the subject of the base form
// after it ("set fire"). A state's embassy or consulate is its mission abroad: protesters who
// storm it are not that state's own. Blowing up a building, a road or a bridge destroys property
// (1712); a bomb set off at people or vehicles is still a bombing. Every sentence here was written
// for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-03-01") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage60, ABuildingTorchedByProtestersIsARiot) {
  EXPECT_THAT(On("The office of India's ruling party in Delhi was torched by protesters on Wednesday."),
              ElementsAre("INDOPP 145 INDGOV"));
  EXPECT_THAT(On("The Swedish embassy in Baghdad was set ablaze by protesters on Thursday."),
              ElementsAre("IRQOPP 145 SWEGOV"));
  // By a weapon, the same passive is still a strike.
  EXPECT_THAT(On("A fuel depot in Belgorod was set on fire by Ukrainian drones on Friday."),
              Not(Contains(::testing::HasSubstr(" 145 "))));
}

TEST(WireCoverage60, TwoJoinedPassivesShareTheirAgent) {
  EXPECT_THAT(On("BAGHDAD, March 1 (Reuters) - Sweden's embassy in Baghdad was stormed and set ablaze by hundreds "
                 "of protesters before dawn on Thursday."),
              ElementsAre("IRQOPP 145 SWEGOV"));
  // Each passive alone, as before.
  EXPECT_THAT(On("BAGHDAD, March 1 (Reuters) - Sweden's embassy in Baghdad was stormed by gunmen on Thursday."),
              Contains(::testing::HasSubstr(" 190 SWEGOV")));
}

TEST(WireCoverage60, AnActorInAnUnknownPlaceIsStillTheSubject) {
  EXPECT_THAT(On("Protesters in Leh set fire to the office of India's ruling party on Wednesday."),
              ElementsAre("INDOPP 145 INDGOV"));
  EXPECT_THAT(On("Young protesters in Leh set fire to the office of India's ruling party on Wednesday."),
              ElementsAre("INDOPP 145 INDGOV"));
  // Not after a place inside a prepositional phrase: "the visit to Leh set" has no actor before it.
  EXPECT_THAT(On("The minister's visit to Leh set off a row with China on Wednesday."), Not(Contains("INDOPP 145 INDGOV")));
}

TEST(WireCoverage60, ProtestersAtAnEmbassyAreNotItsStates) {
  EXPECT_THAT(On("BAGHDAD, March 1 (Reuters) - Protesters stormed Sweden's embassy on Thursday."),
              ElementsAre("IRQOPP 145 SWEGOV"));
  // With no place or dateline, the protesters' country is unknown: not Sweden.
  EXPECT_THAT(On("Protesters stormed Sweden's embassy on Thursday."), Not(Contains("SWEOPP 145 SWEGOV")));
  // A state's own organ at home is still confronted by its own people.
  EXPECT_THAT(On("Protesters stormed Kenya's parliament on Tuesday."), ElementsAre("KENOPP 145 KENLEG"));
}

TEST(WireCoverage60, BlowingUpABuildingOrARoadDestroysProperty) {
  EXPECT_THAT(On("North Korea blew up the inter-Korean liaison office in Kaesong on Tuesday."),
              ElementsAre("PRK 1712 KOR"));
  EXPECT_THAT(On("Russian troops blew up a bridge over the Dnipro near Kherson on Sunday."),
              ElementsAre("RUSMIL 1712 UKR"));
  // The bomb names the act when there is one.
  EXPECT_THAT(On("Al-Shabaab fighters blew up a Somali army truck with a roadside bomb on Tuesday."),
              ElementsAre("SOMREB 1833 SOMMIL"));
}

}  // namespace
}  // namespace tidings::extract
