// Unnamed people as the victims of force. "Gunmen shot dead a man in Kano": a person no
// dictionary names (a man, a boy, a father, a neighbour), right after an act of force, is a
// civilian of the place's country, not the place itself. As the subject, "a man" stays an
// unnamed assailant. A curfew or state of emergency a domestic authority imposes with no place
// named is on its own people. A compound subject promising aid promises it to a third party,
// not to each other. Set scores in a row, a cricket margin as a modifier and a sport's World
// Cup mark a sports report. What is discussed "in a telephone call with" someone is discussed
// with that one, not with a country the topic names. A place struck in a passive's subject may
// follow a word placing it in its area ("in central Odesa"). A warning that someone would face
// consequences or pay a price threatens that one; one that forecasts hardship does not. "Named"
// is a verb: naming someone a suspect opens an investigation of them, and the verb ends the
// subject's noun phrase. A visit to "the Tanzanian town of Songea" is a visit to Tanzania. An
// actor right after an act's object opens a relative clause describing it ("the buoys its border
// guards pulled out"). Two sides that brawl or scuffle assault each other. Every sentence here
// was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2023-03-01") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage59, AnUnnamedPersonStruckIsACivilianNotThePlace) {
  EXPECT_THAT(On("Gunmen shot dead a man in Kano on Tuesday, police said."), ElementsAre("NGAUAF 180 NGACVL"));
  EXPECT_THAT(On("KANO, Nigeria, March 1 (Reuters) - Gunmen shot dead a father and his son on Tuesday, police said."),
              ElementsAre("NGAUAF 180 NGACVL"));
  EXPECT_THAT(On("Suspected militants killed a 14-year-old boy in Balochistan on Sunday."),
              ElementsAre("PAKINS 180 PAKCVL"));
  EXPECT_THAT(On("Gunmen killed two men and a teenager in Zamfara on Sunday."), Contains("NGAUAF 180 NGACVL"));
  EXPECT_THAT(On("Gunmen killed two men and a teenager in Zamfara on Sunday."), Not(Contains("NGAUAF 180 NGA")));
}

TEST(WireCoverage59, APlaceStruckWithNoPersonNamedIsStillTheTarget) {
  EXPECT_THAT(On("Israeli jets struck Gaza on Tuesday."), ElementsAre("ISRMIL 195 PSE"));
  // A person after a preposition is not the one struck.
  EXPECT_THAT(On("Russian missiles hit Kharkiv near a man's shop on Tuesday."), Not(Contains("RUS 190 UKRCVL")));
}

TEST(WireCoverage59, AManAsTheSubjectIsStillAnUnnamedAssailant) {
  EXPECT_THAT(On("A man stabbed South Korean opposition leader Lee Jae-myung in Busan on Tuesday."),
              Contains(::testing::StartsWith("KORUAF 18")));
}

TEST(WireCoverage59, ADomesticAuthoritysCurfewIsOnItsOwnPeople) {
  EXPECT_THAT(On("MOSUL, Iraq, March 1 (Reuters) - Authorities in Mosul imposed a curfew on Saturday after clashes."),
              ElementsAre("IRQGOV 1723 IRQCVL"));
  EXPECT_THAT(On("DHAKA, March 1 (Reuters) - Police declared a state of emergency on Sunday."),
              ElementsAre("BGDCOP 1724 BGDCVL"));
  // A state's government with no place named: on its country, as before.
  EXPECT_THAT(On("Thailand's government declared a state of emergency on Tuesday."), ElementsAre("THAGOV 1724 THA"));
}

TEST(WireCoverage59, ACompoundPromisingAidPromisesItToAThirdParty) {
  EXPECT_THAT(On("Sweden, Finland and Estonia pledged on Monday to supply Moldova with air defence systems."),
              ElementsAre("SWE 0332 MDA", "FIN 0332 MDA", "EST 0332 MDA"));
  EXPECT_THAT(On("Japan and Australia pledged humanitarian aid on Monday."), ::testing::IsEmpty());
  // Said to be mutual, it is: "each other's", "mutual".
  EXPECT_THAT(On("Russia and Belarus pledged to come to each other's aid if attacked."),
              ElementsAre("RUS 033 BLR", "BLR 033 RUS"));
  // Agreeing or signing stays mutual; "agreed a ceasefire" (no "to") is the truce.
  EXPECT_THAT(On("Armenia and Azerbaijan agreed a ceasefire on Friday."), ElementsAre("ARM 0871 AZE", "AZE 0871 ARM"));
}

TEST(WireCoverage59, SetScoresAndCricketMarginsAreSport) {
  EXPECT_THAT(On("Iga Swiatek crushed Russia's Anna Kalinskaya 6-1 6-4 on Monday to reach the quarter-finals."),
              ::testing::IsEmpty());
  EXPECT_THAT(On("Afghanistan stunned England in Delhi on Sunday, their spinners sealing a 69-run win."),
              ::testing::IsEmpty());
  EXPECT_THAT(On("Ireland ambushed Pakistan in Lahore on Friday at the cricket World Cup."), ::testing::IsEmpty());
  // A vote's tally is no sport.
  EXPECT_THAT(On("The U.N. Security Council voted 13-0 on Friday to impose sanctions on North Korea."),
              Not(::testing::IsEmpty()));
}

TEST(WireCoverage59, TheOneDiscussedWithIsNamedAfterWith) {
  EXPECT_THAT(On("Malaysian Prime Minister Anwar Ibrahim discussed the haze from fires in Indonesia in a telephone "
                 "call with Singapore's Prime Minister Lawrence Wong on Monday."),
              ElementsAre("MYSGOV 041 SGPGOV"));
  EXPECT_THAT(On("Malaysian Prime Minister Anwar Ibrahim discussed Indonesia's haze on Monday."),
              ElementsAre("MYSGOV 040 IDN"));
}

TEST(WireCoverage59, APlaceInAPassivesSubjectMayBeInCentralOrNorthernParts) {
  EXPECT_THAT(On("A concert hall in central Odesa was hit by a Russian missile on Sunday."),
              ElementsAre(::testing::StartsWith("RUSMIL 19")));
  EXPECT_THAT(On("A concert hall in central Odesa was hit by a Russian missile on Sunday."),
              ElementsAre(::testing::EndsWith(" UKR")));
}

TEST(WireCoverage59, AWarningThatSomeoneWouldFaceConsequencesThreatensThatOne) {
  EXPECT_THAT(On("China warned on Monday that the Philippines would pay a heavy price for its provocations."),
              ElementsAre("CHN 130 PHL"));
  EXPECT_THAT(On("Belarus warned that Poland would face serious consequences."), ElementsAre("BLR 130 POL"));
  EXPECT_THAT(On("The World Bank warned on Monday that Egypt would face a deep recession."), ::testing::IsEmpty());
}

TEST(WireCoverage59, NamingSomeoneASuspectInvestigatesThem) {
  EXPECT_THAT(On("NAIROBI, March 1 (Reuters) - Kenyan prosecutors named former finance minister Henry Rotich a "
                 "suspect on Tuesday."),
              ElementsAre(::testing::AllOf(::testing::StartsWith("KEN"), ::testing::HasSubstr(" 091 KEN"))));
  EXPECT_THAT(On("A court in Paris jailed a man named Ali Hassan on Tuesday."), Not(Contains(::testing::HasSubstr("091"))));
}

TEST(WireCoverage59, AVisitToAForeignTownIsAVisitToItsCountry) {
  EXPECT_THAT(On("French President Emmanuel Macron travelled to the Moroccan city of Fez on Tuesday."),
              ElementsAre("FRAGOV 042 MAR"));
  // Touring a town of one's own country is no visit.
  EXPECT_THAT(On("Kenyan President William Ruto toured the coastal town of Malindi on Tuesday."), ::testing::IsEmpty());
}

TEST(WireCoverage59, AnActorAfterAnActsObjectOpensARelativeClause) {
  EXPECT_THAT(On("Latvia demanded on Friday that Russia hand back 12 buoys its border guards pulled out of a river "
                 "near Daugavpils."),
              ElementsAre("LVA 1053 RUS"));
  // A count is no noun: "release 23 Indian fishermen arrested last month".
  EXPECT_THAT(On("Sri Lanka said it would release 23 Indian fishermen arrested last month."),
              ElementsAre("LKA 0353 INDAGR"));
}

TEST(WireCoverage59, TwoSidesThatBrawlAssaultEachOther) {
  EXPECT_THAT(On("Serbian and Kosovar police brawled at a border crossing on Sunday."),
              ElementsAre("SRBCOP 182 KSVCOP", "KSVCOP 182 SRBCOP"));
  EXPECT_THAT(On("Thai soldiers scuffled with Cambodian troops at the temple on Friday."), ElementsAre("THAMIL 182 KHMMIL"));
}

}  // namespace
}  // namespace tidings::extract
