// Possessives and compounds the phrase reader missed, and acts the verb patterns missed. A
// name ending in s takes a bare apostrophe as its possessive ("the United States' ambassador",
// "Barbados' prime minister"); an agent hyphened to "backed" or "led" modifies the agent after
// it ("Sudan's army-backed government"); a count or a description may open a compound's member
// ("Kosovo police and around 30 heavily armed gunmen"); where two sides fight is no third side.
// Two sides halting their fire observe a ceasefire; supplying a country with electricity or
// switching on power exports to it is trade; a headline's "Bars X-Made Goods" is an embargo;
// detectives questioning someone investigate them; leaving for a capital for talks is a visit.
// Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-03-18") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage62, ANameEndingInSTakesABareApostropheAsItsPossessive) {
  EXPECT_THAT(On("Barbados' prime minister criticised the World Bank on Thursday."),
              ElementsAre("BRBGOV 111 IGOUNODEVWBK"));
  EXPECT_THAT(On("The Philippines' coast guard accused China of ramming its vessel on Monday."),
              ElementsAre("PHLMIL 1123 CHN"));
  // A closing quote stays a quote: "described the talks as 'a waste of time for the Philippines' on Monday".
  EXPECT_THAT(On("China described the talks as 'a gift to the Philippines' on Monday."),
              Not(Contains(::testing::HasSubstr("PHLGOV"))));
}

TEST(WireCoverage62, AnAgentHyphenedToBackedModifiesTheAgentAfterIt) {
  EXPECT_THAT(On("Sudan's army-backed government accused Kenya on Wednesday of hosting the rebels."),
              ElementsAre("SDNGOV 112 KEN"));
}

TEST(WireCoverage62, ACountOrADescriptionMayOpenACompoundsMember) {
  EXPECT_THAT(On("Kosovo police and around 30 heavily armed gunmen exchanged fire on Sunday."),
              UnorderedElementsAre("KSVCOP 190 KSVUAF", "KSVUAF 190 KSVCOP"));
}

TEST(WireCoverage62, WhereTwoSidesFightIsNoThirdSide) {
  EXPECT_THAT(On("Kosovo police and gunmen exchanged fire for hours around a Serbian Orthodox monastery on Sunday."),
              UnorderedElementsAre("KSVCOP 190 KSVUAF", "KSVUAF 190 KSVCOP"));
  // An object of the act is still struck: "struck Houthi targets in Yemen".
  EXPECT_THAT(On("U.S. and British warplanes struck Houthi targets in Yemen on Monday."),
              Not(Contains("USAMIL 195 GBRMIL")));
}

TEST(WireCoverage62, TwoSidesHaltingTheirFireObserveACeasefire) {
  EXPECT_THAT(On("Israel and Hezbollah halted their fire at dawn on Wednesday under a U.S.-brokered truce."),
              UnorderedElementsAre("ISR 0871 LBNREB", "LBNREB 0871 ISR"));
}

TEST(WireCoverage62, SupplyingPowerToACountryIsTrade) {
  EXPECT_THAT(On("Jordan began supplying Syria with electricity on Saturday."), ElementsAre("JOR 061 SYR"));
  EXPECT_THAT(On("Ethiopia switched on electricity exports to Tanzania on Thursday."), ElementsAre("ETH 061 TZA"));
  // Supplying weapons is still military aid.
  EXPECT_THAT(On("Iran began supplying Russia with drones last year."), ElementsAre("IRN 072 RUS"));
}

TEST(WireCoverage62, AHeadlinesBarOnGoodsIsAnEmbargo) {
  EXPECT_THAT(On("Kosovo Bars Serbian-Made Goods As Tension Flares In The North"), ElementsAre("KSV 163 SRB"));
}

TEST(WireCoverage62, DetectivesQuestioningSomeoneInvestigateThem) {
  EXPECT_THAT(On("Zambian detectives questioned former President Edgar Lungu for five hours on Thursday."),
              ElementsAre("ZMBCOP 091 ZMBELI"));
  // Questioning a decision is no investigation.
  EXPECT_THAT(On("Germany questioned Poland's decision on Thursday."), Not(Contains(::testing::HasSubstr(" 091 "))));
}

TEST(WireCoverage62, LeavingForACapitalForTalksIsAVisit) {
  EXPECT_THAT(On("Canadian Foreign Minister Anita Anand left for Beijing on Tuesday for talks with Chinese officials."),
              Contains("CANGOV 042 CHN"));
}

}  // namespace
}  // namespace tidings::extract
