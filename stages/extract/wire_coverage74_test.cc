// Verbs past a day or an adverb, and a few codes. A multi-word verb's last preposition may
// follow a day ("scoffed on Tuesday at"); "be" and an adverb still make "was 'cautiously
// optimistic'"; appeals to free or pardon someone shrugged off are refused (1243); a refusal
// governs its infinitive past an adjunct of time ("refused for a second time to let"); forces
// and a second armed group joined by "foreign" or "allied" act together, and executing dozens of
// civilians is a mass killing (202); money approved for a country is aid (071); "Latin American"
// is the region, not the United States; a telephone conversation held by two is a call both ways;
// a guard of honour receives a visitor (043); formally recognising a government (054); a fund's
// board clearing a payout (071); a dateline's place may hold an apostrophe ("N'DJAMENA"); drones
// bombing a market strike from the air (1952); an unknown name's appositive may name the side it
// heads ("X, the commander of one of Benghazi's armed groups": 186 when gunmen shoot him dead), or
// be a demonym noun ("a Frenchman"), also past a day. Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-09-08") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage74, APrepositionAfterADayStillEndsTheVerb) {
  EXPECT_THAT(On("Colombian President Gustavo Petro scoffed on Tuesday at Ecuador's claim that Colombian rebels were "
                 "hiding near the border."),
              ElementsAre("COLGOV 016 ECU"));
}

TEST(WireCoverage74, AnAdverbAfterBe) {
  EXPECT_THAT(On("Kenyan President William Ruto said on Thursday he was \"cautiously optimistic\" that a deal with "
                 "Ethiopia could be reached."),
              ElementsAre("KENGOV 013 ETH"));
}

TEST(WireCoverage74, AppealsToPardonShruggedOff) {
  EXPECT_THAT(On("Iranian President Masoud Pezeshkian shrugged off British appeals to free the jailed couple on "
                 "Saturday."),
              ElementsAre("IRNGOV 1243 GBR"));
}

TEST(WireCoverage74, ARefusalGovernsItsInfinitivePastATimeAdjunct) {
  EXPECT_THAT(On("Austria has refused for a second time to let Hungary ship Austrian-made ammunition to Ukraine, the "
                 "defence minister said."),
              ElementsAre("AUT 120 HUN"));
}

TEST(WireCoverage74, AlliedArmedMenJoinTheForcesAndExecutingDozensIsAMassKilling) {
  EXPECT_THAT(On("Burkinabe soldiers and allied militiamen executed at least 200 villagers in the northern town of "
                 "Barsalogho, Human Rights Watch said."),
              Contains("BFAMIL 202 BFACVL"));
}

TEST(WireCoverage74, MoneyApprovedForACountryIsAid) {
  EXPECT_THAT(On("The World Bank approved $250 million for Malawi on Tuesday to rebuild roads destroyed by floods."),
              ElementsAre("IGOUNODEVWBK 071 MWI"));
}

TEST(WireCoverage74, LatinAmericanIsTheRegion) {
  EXPECT_THAT(On("Latin American leaders condemned Ecuador's raid on the Mexican embassy on Monday."),
              ElementsAre("LAMGOV 111 ECU"));
  EXPECT_THAT(On("South American allies praised Taiwan on Monday."), Not(Contains(::testing::StartsWith("USA"))));
}

TEST(WireCoverage74, ATelephoneConversationOfTwo) {
  EXPECT_THAT(On("Moroccan Prime Minister Aziz Akhannouch and his Spanish counterpart Pedro Sanchez held a long "
                 "telephone conversation on Monday, their first contact in months."),
              ElementsAre("MARGOV 041 ESPGOV", "ESPGOV 041 MARGOV"));
}

TEST(WireCoverage74, ReceptionsRecognitionAndPayouts) {
  EXPECT_THAT(On("Ghanaian President Nana Akufo-Addo greeted Nigerian President Bola Tinubu with a guard of honour at "
                 "Jubilee House on Friday."),
              ElementsAre("GHAGOV 043 NGAGOV"));
  EXPECT_THAT(On("Belarus on Thursday became the first country to formally recognise the Taliban government's new "
                 "ambassador."),
              ElementsAre("BLR 054 AFGGOV"));
  EXPECT_THAT(On("The IMF's executive board on Friday cleared a payout of about $700 million to Egypt under its loan "
                 "programme."),
              ElementsAre("IGOBUSIMF 071 EGY"));
}

TEST(WireCoverage74, ADatelineWithAnApostrophe) {
  EXPECT_THAT(On("N'DJAMENA, June 8 (Reuters) - Gunmen attacked an army base near the border with Sudan on Saturday."),
              ElementsAre("TCDUAF 190 TCDMIL"));
}

TEST(WireCoverage74, DronesBombingAMarket) {
  EXPECT_THAT(On("Sudanese army drones bombed a crowded market in the town of El Fasher on Saturday, killing dozens of "
                 "civilians."),
              ElementsAre("SDNMIL 1952 SDNCVL"));
}

TEST(WireCoverage74, AnUnknownNamesAppositive) {
  EXPECT_THAT(On("Gunmen shot dead Ahmed al-Masri, the commander of one of Benghazi's largest armed groups, on Monday "
                 "night."),
              ElementsAre("LBYUAF 186 LBYREB"));
  EXPECT_THAT(On("Algeria has freed Pierre Lambert, a Frenchman held for two years on spying charges, the French "
                 "foreign ministry said."),
              ElementsAre("DZA 0841 FRA"));
  EXPECT_THAT(On("Mexico granted political asylum on Friday to Carlos Mendez, Guatemala's former interior minister."),
              ElementsAre(::testing::StartsWith("MEX 075 GTM")));
}

}  // namespace
}  // namespace tidings::extract
