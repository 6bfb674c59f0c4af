// Where force is used is no party to it: fighting "near the Gambian border" happens on this side
// of it, so two sides that clash there act on each other and a lone side acts on no one; a town
// "in the Indian border town of Poonch" is still in India, and a show of force near a border is
// still aimed at the country across it. A promise about troops kept abroad is towards the host.
// Whose a thing acted on is ("Chinese-made drones", "a British-flagged tanker") is the target.
// Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

std::vector<std::string> On(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2024-03-05"));
}

TEST(WireCoverage54, TwoSidesClashingNearABorderFightEachOther) {
  EXPECT_THAT(On("Senegalese troops and Casamance separatist fighters clashed for a third day near the Gambian "
                 "border on Tuesday."),
              UnorderedElementsAre("SENMIL 190 SENSEPREB", "SENSEPREB 190 SENMIL"));
  EXPECT_THAT(On("Sudanese army troops and RSF fighters battled near the Chadian border in Darfur."),
              UnorderedElementsAre("SDNMIL 190 SDNREB", "SDNREB 190 SDNMIL"));
}

TEST(WireCoverage54, ForceNearABorderIsNotUsedOnTheCountryAcrossIt) {
  EXPECT_THAT(On("Israeli jets struck targets near the Syrian border overnight."), IsEmpty());
  EXPECT_THAT(On("Pakistani troops clashed with Taliban fighters near the Afghan border."),
              ElementsAre("PAKMIL 190 AFGGOVREB"));
}

TEST(WireCoverage54, ATownOfABorderAndAShowOfForceStillNameTheCountry) {
  EXPECT_THAT(On("Pakistani shells hit homes in the Indian border town of Poonch overnight."),
              ElementsAre("PAKMIL 194 IND"));
  EXPECT_THAT(On("Russia massed troops near the Ukrainian border."), ElementsAre("RUS 154 UKR"));
}

TEST(WireCoverage54, APromiseAboutTroopsKeptAbroadIsTowardsTheHost) {
  EXPECT_THAT(On("Kenya pledged to keep its troops in Somalia until the end of the year."), ElementsAre("KEN 030 SOM"));
  EXPECT_THAT(On("France promised to keep its soldiers in Chad."), ElementsAre("FRA 030 TCD"));
  // Praise of one's own troops abroad is no act on the host.
  EXPECT_THAT(On("Kenya praised its troops in Somalia."), ElementsAre("KEN 051 KENMIL"));
}

TEST(WireCoverage54, TheOwnerOfAThingActedOnIsTheTarget) {
  EXPECT_THAT(On("India banned imports of Chinese-made drones over security concerns."), ElementsAre("IND 163 CHN"));
  EXPECT_THAT(On("Iran seized a British-flagged tanker in the Strait of Hormuz."), ElementsAre("IRN 1711 GBR"));
  // Backing is no ownership: "Russian-backed separatists" are the object, not Russia.
  EXPECT_THAT(On("Ukrainian troops attacked Russian-backed separatists near Donetsk."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr("UKRMIL 190 RUS"))));
}

TEST(WireCoverage54, ADatelinesCountryNamesItsUnknownTownsPeople) {
  // Bastia is too small for the gazetteer; the dateline says it is in France.
  EXPECT_THAT(On("BASTIA, France, March 13 (Reuters) - Rioters hurled petrol bombs and paving stones at police "
                 "outside the courthouse on Sunday."),
              ElementsAre("FRAOPP 145 FRACOP"));
}

}  // namespace
}  // namespace tidings::extract
