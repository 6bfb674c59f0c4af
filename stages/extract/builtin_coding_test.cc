// The built-in dictionaries end to end on sentences written for the test: the precision
// mechanisms of issue 9 (modality, places, domestic actors, headlines, sport, drills) as a
// user sees them in the events.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;
using ::testing::Not;

class BuiltinCodingTest : public ::testing::Test {
 protected:
  static std::vector<std::string> Code(const std::string& text) {
    return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2024-03-05"));
  }
};

TEST_F(BuiltinCodingTest, AThreatOrRefusalIsNeverTheAct) {
  std::vector<std::string> threat = Code("Russia threatened on Tuesday to impose sanctions on Moldova.");
  EXPECT_THAT(threat, Contains("RUS 1312 MDA"));
  EXPECT_THAT(threat, Not(Contains("RUS 163 MDA")));
  std::vector<std::string> vow = Code("Iran vowed to retaliate against Israel.");
  EXPECT_THAT(vow, Contains("IRN 138 ISR"));
  EXPECT_THAT(vow, Not(Contains("IRN 190 ISR")));
}

TEST_F(BuiltinCodingTest, OpeningAnInquiryInvestigatesTheAuthorOfWhatItIsInto) {
  std::vector<std::string> inquiry =
      Code("Spanish prosecutors opened an inquiry on Wednesday into the bugging of journalists by Moroccan intelligence.");
  ASSERT_EQ(inquiry.size(), 1u);
  EXPECT_EQ(inquiry[0].substr(0, 9), "ESPJUD 09");
  EXPECT_EQ(inquiry[0].substr(inquiry[0].size() - 6), "MARSPY");
  // "opened" alone, or opened fire, is no inquiry.
  EXPECT_THAT(Code("Chile opened its first embassy in Kigali on Monday."), IsEmpty());
}

TEST_F(BuiltinCodingTest, HeIsTheLastTitledOfficeHolderAndThePresidentTheOneCalledSo) {
  // No person is named: "He" is the titled actor of the sentence before (not the government
  // named after him), and "The president" the one called president.
  std::vector<std::string> events = Code(
      "Kenya's interior minister met Uganda's president in Kampala on Monday. He praised the Ugandan government. "
      "The president later criticised Nairobi.");
  EXPECT_THAT(events, Contains("KENGOV 051 UGAGOV"));
  EXPECT_THAT(events, Contains("UGAGOV 111 KEN"));
}

TEST_F(BuiltinCodingTest, ForcesSentToTheSendersOwnCapitalAreNoAid) {
  EXPECT_THAT(Code("Kenya's government sent police officers to Nairobi on Friday."), IsEmpty());
  EXPECT_THAT(Code("Kenya's government sent police officers to Haiti on Friday."), Contains("KENGOV 074 HTI"));
}

TEST_F(BuiltinCodingTest, ExtraditingHandingOverAndOrderingOutAreTheirOwnActs) {
  EXPECT_THAT(Code("Spain extradited three Moroccan nationals to Rabat."), Contains("ESP 063 MAR"));
  EXPECT_THAT(Code("Spain handed over intelligence files to Moroccan authorities."), Contains("ESP 064 MARGOV"));
  EXPECT_THAT(Code("Spain handed over two prisoners to Morocco."), Contains("ESP 0841 MAR"));
  EXPECT_THAT(Code("Algeria ordered the French ambassador to leave the country."), Contains("DZA 161 FRAGOV"));
}

TEST_F(BuiltinCodingTest, AFacilityStandsForTheForceHoldingIt) {
  EXPECT_THAT(Code("Militants attacked a police station in Peshawar on Saturday."), Contains("PAKINS 190 PAKCOP"));
  // "overnight" is an adverb, not a noun "opposition activists" could modify.
  EXPECT_THAT(Code("Police in Lagos detained scores of opposition activists overnight."), Contains("NGACOP 173 NGAOPP"));
  // With no country on either side, who acted on whom is unknown: no event.
  EXPECT_THAT(Code("Militants attacked a police station on Saturday."), IsEmpty());
}

TEST_F(BuiltinCodingTest, MovingTroopsToABorderIsAForcePosture) {
  EXPECT_THAT(Code("Belarus moved tanks and troops to its border with Lithuania."), Contains("BLR 154 LTU"));
  EXPECT_THAT(Code("Belarus moved its embassy to a new building."), IsEmpty());
}

TEST_F(BuiltinCodingTest, ADenialIsTowardsTheOtherSideOfWhatItDenies) {
  EXPECT_THAT(Code("Greece denied that its navy had nudged a Turkish research vessel."), Contains("GRC 016 TUR"));
}

TEST_F(BuiltinCodingTest, ACountryActingOnAnActorWithoutOneIsItsState) {
  EXPECT_THAT(Code("Kenya detained a former president on Friday."), Contains("KEN 173 KENELI"));
  EXPECT_THAT(Code("Kenya arrested rebels on Friday."), Contains("KEN 173 KENREB"));
}

TEST_F(BuiltinCodingTest, AClericAStateActsOnAndTheStateOrganItsGangsAttackAreItsOwn) {
  EXPECT_THAT(Code("Eritrea's government detained a prominent Orthodox priest on Monday."), Contains("ERIGOV 173 ERIREL"));
  EXPECT_THAT(Code("Guatemalan gangs attacked a police post on Sunday."), Contains("GTMCRM 190 GTMCOP"));
  EXPECT_THAT(Code("The government expressed appreciation for China's assistance."), Not(Contains("CHNGOV 013 CHN")))
      << "an actor without a country acting is not its target's";
}

TEST_F(BuiltinCodingTest, ASpokesmanForAGovernmentDecliningToCommentOnAnotherCountry) {
  EXPECT_THAT(Code("A spokesman for the Polish government declined to comment on Friday on Germany's proposal."),
              ::testing::ElementsAre("POLGOV 011 DEU"));
}

TEST_F(BuiltinCodingTest, WhoseMatterATalkIsAboutIsNoParty) {
  std::vector<std::string> talks = Code("Indian and Chinese officials held talks on Pakistan's water projects.");
  EXPECT_THAT(talks, Contains("INDGOV 040 CHNGOV"));
  for (const std::string& e : talks) EXPECT_EQ(e.find("PAK"), std::string::npos) << e;
}

TEST_F(BuiltinCodingTest, TheCityOfAMeetingIsNoParty) {
  std::vector<std::string> met = Code("Armenia and Azerbaijan signed a peace agreement in Geneva on Friday.");
  EXPECT_THAT(met, Contains("ARM 057 AZE"));
  EXPECT_THAT(met, Not(Contains("ARM 057 CHE")));
}

TEST_F(BuiltinCodingTest, ARegionAfterInIsNeverATarget) {
  for (const std::string& e : Code("Indian and French warships patrolled in the Gulf of Aden last week.")) {
    EXPECT_EQ(e.find(" EAF"), std::string::npos) << e;
  }
}

TEST_F(BuiltinCodingTest, DomesticActorsTakeTheDatelinesCountry) {
  EXPECT_THAT(Code("DHAKA, July 16 - Police fired tear gas at students on Tuesday."), Contains("BGDCOP 175 BGDEDU"));
  // Tear gas is crowd control (175), never an armed attack, wherever its target stands.
  std::vector<std::string> gas = Code("DHAKA, July 16 - Police fired tear gas on Tuesday at students.");
  EXPECT_THAT(gas, Contains("BGDCOP 175 BGDEDU"));
  EXPECT_THAT(gas, Not(Contains("BGDCOP 190 BGDEDU")));
}

TEST_F(BuiltinCodingTest, TitleCaseHeadlinesCode) {
  EXPECT_THAT(Code("Pakistan Expels Indian Diplomat Over Spying Allegations"), Not(IsEmpty()));
  // A headline's comma is its "and".
  std::vector<std::string> pact = Code("Japan, Philippines Sign Pact Allowing Troop Deployments");
  EXPECT_THAT(pact, Contains("JPN 057 PHL"));
  EXPECT_THAT(pact, Contains("PHL 057 JPN"));
}

TEST_F(BuiltinCodingTest, SportIsNoConflict) {
  EXPECT_THAT(Code("Spain crushed Italy 3-0 in Gelsenkirchen on Tuesday."), IsEmpty());
  EXPECT_THAT(Code("The Chinese team attacked from the first minute and won the relay."), IsEmpty());
}

TEST_F(BuiltinCodingTest, ExpellingAnAmbassadorReducesRelations) {
  std::vector<std::string> expelled = Code("Mali expelled France's ambassador on Monday, giving him 72 hours to leave.");
  EXPECT_THAT(expelled, Contains("MLI 161 FRAGOV"));
  for (const std::string& e : expelled) EXPECT_EQ(e.find(" 070 "), std::string::npos) << e;  // an ultimatum is no aid
}

TEST_F(BuiltinCodingTest, BansOnTradeAreEmbargoes) {
  EXPECT_THAT(Code("Russia banned imports of Georgian wine on Monday."), Contains("RUS 163 GEO"));
  EXPECT_THAT(Code("China banned exports of graphite, gallium and germanium to Japan."), Contains("CHN 163 JPN"));
  EXPECT_THAT(Code("Turkey halted all trade with Israel on Thursday."), Contains("TUR 163 ISR"));
  EXPECT_THAT(Code("The United States added 30 Chinese companies to its entity list."), Contains("USA 163 CHNBUS"));
}

TEST_F(BuiltinCodingTest, DrillsNearACountryAreAShowOfForce) {
  EXPECT_THAT(Code("China launched large-scale military drills around Taiwan on Monday."), Contains("CHN 150 TWN"));
  // Warships sailing into another's waters, bombers flown over it, troops massed at a border.
  EXPECT_THAT(Code("Russian warships sailed into Estonian waters on Friday."), Contains("RUSMIL 150 EST"));
  EXPECT_THAT(Code("Russia flew two bombers over Norway on Sunday."), Contains("RUS 150 NOR"));
  EXPECT_THAT(Code("Serbia massed troops along its border with Kosovo on Monday."), Contains("SRB 154 KSV"));
  // Missiles fired into the sea as a show of force are not an attack on anyone.
  std::vector<std::string> shown = Code("North Korea fired two missiles into the sea in a show of force against Japan.");
  EXPECT_THAT(shown, Contains("PRK 150 JPN"));
  EXPECT_THAT(shown, Not(Contains("PRK 190 JPN")));
  EXPECT_THAT(Code("India and Japan began joint naval exercises on Monday."), Contains("IND 062 JPN"));
}

TEST_F(BuiltinCodingTest, AThreatWithNoObjectThreatensTheActorOfItsCondition) {
  EXPECT_THAT(Code("Egypt vowed to retaliate if Ethiopia filled the dam again."), Contains("EGY 138 ETH"));
  // The act threatened names its own target: the condition adds nothing.
  std::vector<std::string> cut = Code("Russia warned that it would cut off gas supplies to Moldova if Chisinau did not pay.");
  EXPECT_THAT(cut, Contains("RUS 1312 MDA"));
  EXPECT_THAT(cut, Not(Contains("RUS 130 MDA")));
}

TEST_F(BuiltinCodingTest, ASubordinateClauseWithAPlainNounSubjectIsNotTheMainSubjectsAct) {
  std::vector<std::string> events = Code("Peru sent aid to Ecuador after an earthquake killed dozens of people near Quito.");
  EXPECT_THAT(events, Contains("PER 070 ECU"));
  for (const std::string& e : events) EXPECT_NE(e.substr(e.find(' ') + 1, 2), "19") << e;
  // An actor right after the subordinator is its clause's subject.
  EXPECT_THAT(Code("Lithuania recalled its ambassador after Belarus expelled two Lithuanian diplomats."),
              Contains("BLR 161 LTUGOV"));
}

TEST_F(BuiltinCodingTest, ACompoundMeetingActsOnEachOtherNotOnAThirdPartysAdjective) {
  std::vector<std::string> events = Code("Sudan and South Sudan held talks in Cairo under Egyptian auspices on Sunday.");
  EXPECT_THAT(events, Contains("SDN 040 SSD"));
  EXPECT_THAT(events, Contains("SSD 040 SDN"));
  for (const std::string& e : events) EXPECT_EQ(e.find("EGY"), std::string::npos) << e;
}

TEST_F(BuiltinCodingTest, ADenialOfItsOwnForcesAnswersTheOtherSide) {
  EXPECT_THAT(Code("Eritrea Denies Sending Soldiers Into Ethiopia"), Contains("ERI 016 ETH"));
}

// The refuted clause's verb is in the dictionary but the denial has no pattern naming the act:
// the denial still answers the other side named in the clause, and the act is not coded.
TEST_F(BuiltinCodingTest, ADenialOfAnActOfItsForcesAnswersTheOtherSideNamedInIt) {
  std::vector<std::string> attacked = Code("Eritrea denied that its troops had attacked Ethiopia.");
  EXPECT_THAT(attacked, ElementsAre("ERI 016 ETH"));
  std::vector<std::string> shelled = Code("Rwanda denied on Monday that its soldiers had shelled Burundian villages.");
  EXPECT_THAT(shelled, ElementsAre("RWA 016 BDI"));
}

TEST_F(BuiltinCodingTest, AnOppositionActsOnItsOwnStatesOrgans) {
  EXPECT_THAT(Code("Kenya's opposition accused the police on Monday of killing protesters."), Contains("KENOPP 112 KENCOP"));
}

TEST_F(BuiltinCodingTest, TheMeansOfAnAttackNameIt) {
  EXPECT_THAT(Code("A suicide bomber killed 20 people at a market in Somalia's capital."), Contains("SOMINS 1831 SOMCVL"));
  EXPECT_THAT(Code("Russian drones hit a power plant in Ukraine's Odesa region."), Contains("RUSMIL 1952 UKR"));
  EXPECT_THAT(Code("Israeli artillery pounded Hezbollah positions in southern Lebanon."), Contains("ISRMIL 194 LBNREB"));
  EXPECT_THAT(Code("Ethiopia ordered Eritrean troops to leave the Tigray region."), Contains("ETH 166 ERIMIL"));
}

TEST_F(BuiltinCodingTest, AsylumStrikesAndDisplacementHaveTheirCodes) {
  EXPECT_THAT(Code("Canada granted asylum to a Chinese dissident on Tuesday."), Contains("CAN 075 CHNOPP"));
  EXPECT_THAT(Code("Train drivers in France staged a walkout against the government's pension reform."),
              Contains("FRALAB 143 FRAGOV"));
  EXPECT_THAT(Code("Myanmar's army forced thousands of villagers from their homes in western Myanmar."),
              Contains("MMRMIL 201 MMRCVL"));
  // Nobody forced a wildfire's evacuees out.
  EXPECT_THAT(Code("A wildfire forced thousands of residents to flee their homes in Chile."), IsEmpty());
}

TEST_F(BuiltinCodingTest, AProtestToDemandSomethingIsTheProtest) {
  std::vector<std::string> events = Code("Thousands of Serbians marched in Belgrade on Saturday to demand the resignation of the government.");
  for (const std::string& e : events) EXPECT_EQ(e.substr(e.find(' ') + 1, 2), "14") << e;
  EXPECT_THAT(Code("Japan Protests Russian Military Flights Near Hokkaido"), Contains("JPN 114 RUSMIL"));
}

TEST_F(BuiltinCodingTest, AWeaponThatStrikesNamesTheAttackInEitherVoice) {
  EXPECT_THAT(Code("The Ukrainian city of Kharkiv was struck by Russian missiles overnight."), Contains("RUSMIL 195 UKR"));
  EXPECT_THAT(Code("Turkish warplanes struck Kurdish militant positions in northern Iraq."), Contains("TURMIL 195 IRQINS"));
  // Force used on a place "held" by an actor, with no other actor named, is used on the holder.
  EXPECT_THAT(Code("Azerbaijani artillery shelled Armenian-held villages on Friday."), Contains("AZEMIL 194 ARM"));
  // With no actor named, the place attacked stands for its country, and gives an actor with
  // no country of its own the place's ("the outskirts of Mariupol", "the airport of Goma").
  EXPECT_THAT(Code("Russian artillery shelled the outskirts of Mariupol on Monday."), Contains("RUSMIL 194 UKR"));
  EXPECT_THAT(Code("Rebels seized the airport of Goma on Sunday."), Contains("CODREB 192 COD"));
}

// A plural noun right after an actor is its means and the subject of the base form after it:
// "hit" is that verb's past tense too.
TEST_F(BuiltinCodingTest, AnActorsMeansIsTheSubjectOfTheBaseFormAfterIt) {
  EXPECT_THAT(Code("Russian missiles hit a Ukrainian power plant overnight."), ElementsAre("RUSMIL 195 UKR"));
  EXPECT_THAT(Code("Israeli jets pound targets in Gaza."), ElementsAre("ISRMIL 195 PSE"));
  // Without an actor before the noun, or with an economy as the object, there is no attack.
  EXPECT_THAT(Code("Heavy rains hit northern Pakistan on Monday."), IsEmpty());
  EXPECT_THAT(Code("US sanctions hit the Iranian economy hard last year."), IsEmpty());
  EXPECT_THAT(Code("German companies cut jobs in Russia."), IsEmpty());
}

TEST_F(BuiltinCodingTest, FiringOnProtestersIsRepression) {
  std::vector<std::string> events = Code("Soldiers in Bamako fired tear gas and live rounds at protesters on Friday.");
  EXPECT_THAT(events, Contains("MLIMIL 175 MLIOPP"));
  for (const std::string& e : events) EXPECT_NE(e.substr(e.find(' ') + 1, 2), "19") << e;
}

TEST_F(BuiltinCodingTest, WhatAnActorSaidItWouldDoIsItsIntent) {
  EXPECT_THAT(Code("Peru and Chile said they would open negotiations on water rights next month."),
              ElementsAre("PER 036 CHL", "CHL 036 PER"));
  EXPECT_THAT(Code("Norway said it was willing to host talks between Colombia and the ELN."), Contains("NOR 039 COL"));
  EXPECT_THAT(Code("Germany said it would deliver more tanks to Ukraine."), Contains("DEU 0332 UKR"));
  EXPECT_THAT(Code("Germany delivered more tanks to Ukraine."), Contains("DEU 072 UKR"));
  EXPECT_THAT(Code("Turkey warned that it would attack Georgia."), ElementsAre("TUR 138 GEO"))
      << "a threat's clause is the threat's, not a second intent";
}

TEST_F(BuiltinCodingTest, TheSecurityCouncilAloneIsTheUnsAndACountrysOwnIsThatCountrys) {
  EXPECT_THAT(Code("France urged the Security Council on Monday to act."), Contains("FRA 020 IGOUNO"));
  EXPECT_THAT(Code("The Security Council condemned Israel."), ElementsAre("IGOUNO 111 ISR"));
  EXPECT_THAT(Code("Russia's Security Council accused Ukraine."), ElementsAre("RUSGOV 112 UKR"));
  EXPECT_THAT(Code("Iran's Supreme National Security Council condemned Israel."), ElementsAre("IRNGOV 111 ISR"));
}

TEST_F(BuiltinCodingTest, WithdrawingItsOwnEnvoyReducesRelationsWithTheHostCountry) {
  EXPECT_THAT(Code("Chile recalled its ambassador in Caracas for consultations."), ElementsAre("CHL 161 VEN"));
  EXPECT_THAT(Code("Brazil withdrew its ambassador to Israel on Monday."), ElementsAre("BRA 161 ISR"));
}

TEST_F(BuiltinCodingTest, ADatedRelativeBetweenSubjectAndVerbIsBackground) {
  EXPECT_THAT(Code("Venezuela, which expelled Peru's diplomats in 2024, accused Lima on Monday of plotting a coup."),
              ElementsAre("VEN 112 PER"));
  EXPECT_THAT(Code("Lavrov, who arrived in Pyongyang on Tuesday, praised North Korea."), Contains("RUSGOV 042 PRK"));
}

TEST_F(BuiltinCodingTest, AWhoseClauseIsARelativeClause) {
  EXPECT_THAT(Code("Kenya's president, whose government has mediated in the region, criticised Rwanda on Monday."),
              ElementsAre("KENGOV 111 RWA"));
}

TEST_F(BuiltinCodingTest, RecognisingAStateOrANewGovernmentIsDiplomaticRecognition) {
  EXPECT_THAT(Code("Spain and Norway recognised a Palestinian state on Tuesday."), ElementsAre("ESP 054 PSE", "NOR 054 PSE"));
  EXPECT_THAT(Code("Qatar formally recognised the new government in Damascus on Monday."), ElementsAre("QAT 054 SYRGOV"));
  EXPECT_THAT(Code("The minister recognised the importance of French investment."), IsEmpty());
}

TEST_F(BuiltinCodingTest, DenyingTheChargeAnswersTheAccuserOfAnEarlierSentence) {
  EXPECT_THAT(Code("Pakistan accused Afghanistan on Monday of harbouring militants. "
                   "The Taliban government denied the charge on Tuesday."),
              ElementsAre("PAK 112 AFG", "AFGGOV 016 PAK"));
  EXPECT_THAT(Code("Rwanda denied that its troops had crossed the border, calling Congo's claims false."),
              ElementsAre("RWA 016 COD"));
  EXPECT_THAT(Code("Pakistan accused Afghanistan on Monday of harbouring militants. India denied the charge."),
              ElementsAre("PAK 112 AFG"))
      << "only the accused answers the charge";
}

TEST_F(BuiltinCodingTest, ProtestersConfrontingAStateOrganAreThatStates) {
  EXPECT_THAT(Code("Protesters stormed Serbia's parliament on Tuesday."), ElementsAre("SRBOPP 145 SRBLEG"));
  EXPECT_THAT(Code("Opposition leaders met the Venezuelan government on Tuesday."), Not(Contains("VENOPP 040 VENGOV")))
      << "a meeting says nothing of whose opposition it is";
}

TEST_F(BuiltinCodingTest, ResistanceMetIsNoMeetingAndTariffsInRetaliationAreSanctions) {
  EXPECT_THAT(Code("Rebels seized the town of Goma on Sunday, meeting little resistance from the army."),
              Not(Contains(::testing::HasSubstr(" 040 "))));
  EXPECT_THAT(Code("China retaliated against Canada on Monday with tariffs on Canadian canola."), Contains("CHN 163 CAN"));
  EXPECT_THAT(Code("Japan imposed export restrictions on South Korea on Thursday."), Contains("JPN 163 KOR"));
}

TEST_F(BuiltinCodingTest, AskingForgivenessApologisesAndAStrikeToPressIsTheStrike) {
  EXPECT_THAT(Code("Belgium's king asked Congo for forgiveness on Wednesday."), Contains("BELGOV 055 COD"));
  EXPECT_THAT(Code("Nigerian doctors went on strike on Monday to press the government for higher pay."),
              Not(Contains(::testing::HasSubstr(" 02"))));
  EXPECT_THAT(Code("Greek farmers blocked roads on Monday to protest against the government."),
              ElementsAre(::testing::StartsWith("GRCAGR 14")));
}

TEST_F(BuiltinCodingTest, APurposeLaterInTheClauseIsPartOfTheAct) {
  EXPECT_THAT(Code("The IMF approved a $1 billion loan to Pakistan on Friday to support its economic reforms."),
              ElementsAre("IGOBUSIMF 071 PAK"));
}

TEST_F(BuiltinCodingTest, APatternWordBeforeTheVerbIsNotPastAnotherVerb) {
  EXPECT_THAT(Code("Kyiv said it would not negotiate while Russian troops occupied Ukrainian land."),
              Not(Contains(::testing::HasSubstr(" 138"))));
}

TEST_F(BuiltinCodingTest, AnEnvoyRecalledFromACountryIsNotThatCountrys) {
  EXPECT_THAT(Code("Chad Recalls Ambassador From Sudan"), ElementsAre("TCD 161 SDN"));
  EXPECT_THAT(Code("Envoys from Sudan's army met Saudi officials in Jeddah."), Contains(::testing::StartsWith("SDN")));
}

TEST_F(BuiltinCodingTest, BeingOptimisticOrPessimisticAboutAnotherIsAnAttitude) {
  EXPECT_THAT(Code("Chile's president said on Monday he was optimistic about relations with Peru."),
              ElementsAre("CHLGOV 013 PER"));
  EXPECT_THAT(Code("Japan's prime minister said he was pessimistic about talks with North Korea."),
              ElementsAre("JPNGOV 012 PRK"));
}

TEST_F(BuiltinCodingTest, JournalistsAStateDetainsAreItsOwnAndAPluralBeforeAnIngWordIsAnActor) {
  EXPECT_THAT(Code("Egyptian police detained journalists covering the trial in Cairo."), ElementsAre("EGYCOP 173 EGYMED"));
  EXPECT_THAT(Code("Egyptian police arrested arms smuggling suspects."), Not(Contains(::testing::HasSubstr("MED"))));
}

TEST_F(BuiltinCodingTest, AForcePostureFacesTheCountryItIsMassedNear) {
  EXPECT_THAT(Code("Azerbaijan has massed 20,000 troops near Armenia's border, officials said."),
              Contains("AZE 154 ARM"));
}

TEST_F(BuiltinCodingTest, AnUnknownNameInCommasAfterAnOfficeHolderIsThatHolderLater) {
  EXPECT_THAT(Code("Peru's president, Maria Quispe Rojas, met Chile's president on Monday. "
                   "Rojas praised Chile for its help."),
              Contains("PERGOV 051 CHL"));
}

TEST_F(BuiltinCodingTest, ExpellingThousandsIsAMassExpulsion) {
  EXPECT_THAT(Code("Algeria deported more than 12,000 Nigerien migrants last month."), ElementsAre("DZA 201 NERREF"));
  EXPECT_THAT(Code("Algeria deported 12 Nigerien migrants last month."), ElementsAre("DZA 174 NERREF"));
}

TEST_F(BuiltinCodingTest, RebelsCapturingATownTakeItFromTheirState) {
  EXPECT_THAT(Code("Houthi rebels captured most of Marib on Sunday."), Contains("YEMREB 192 YEM"));
  EXPECT_THAT(Code("Police captured a wanted gang leader in Lagos on Sunday."), Not(Contains(::testing::HasSubstr(" 192 "))));
  EXPECT_THAT(Code("Pakistani and Afghan border forces exchanged fire on Monday."),
              ElementsAre("PAKCOP 190 AFGCOP", "AFGCOP 190 PAKCOP"));
}

TEST_F(BuiltinCodingTest, CitizenshipStrippedHomesEmptiedAndJobsWalkedOff) {
  EXPECT_THAT(Code("Bahrain's government stripped 30 activists of their citizenship on Monday."),
              Contains(::testing::StartsWith("BHRGOV 172 BHR")));
  EXPECT_THAT(Code("Sudanese militias drove more than 3,000 people from their homes in Darfur."),
              Contains(::testing::HasSubstr(" 201 ")));
  EXPECT_THAT(Code("Thousands of doctors in Kenya walked off the job on Monday in protest at government cuts."),
              Contains(::testing::StartsWith("KEN")));
  EXPECT_THAT(Code("He drove a car to Kyiv on Monday."), IsEmpty());
}

TEST_F(BuiltinCodingTest, TheBlocIsTheOrganisationLastNamed) {
  EXPECT_THAT(Code("The African Union met on Monday. The bloc said it would send troops to Somalia."),
              Contains(::testing::StartsWith("IGOAFRAFU 03")));
}

TEST_F(BuiltinCodingTest, ABomberBlowingHimselfUpIsASuicideBombing) {
  EXPECT_THAT(Code("A suicide bomber blew himself up at a police station in Quetta on Friday."),
              ElementsAre("PAKINS 1831 PAKCOP"));
}

TEST_F(BuiltinCodingTest, PeopleAcrossACountryAreItsPeople) {
  EXPECT_THAT(Code("Russian missiles killed at least 12 people across Ukraine overnight."),
              Contains(::testing::EndsWith(" UKRCVL")));
}

TEST_F(BuiltinCodingTest, AThreatToResumeAttacksThreatensTheActorOfItsCondition) {
  EXPECT_THAT(Code("Hezbollah threatened to resume attacks if Israel did not withdraw within a week."),
              Contains(::testing::StartsWith("LBNREB 13")));
}

TEST_F(BuiltinCodingTest, ShellingAfterACommaCarriesOutTheMainActButKillingIsItsToll) {
  EXPECT_THAT(Code("Azerbaijan launched operations in Karabakh on Tuesday, shelling Armenian positions."),
              ElementsAre("AZE 194 ARM"));
  EXPECT_THAT(Code("A storm hit the coast on Tuesday, killing Armenian fishermen."), IsEmpty());
}

TEST_F(BuiltinCodingTest, ADemandBackedWithOrFaceIsAnUltimatum) {
  EXPECT_THAT(Code("Nigeria gave Niger's junta two weeks to restore the president or face military action."),
              Contains("NGA 139 NERGOV"));
  EXPECT_THAT(Code("Nigeria urged Niger to restore the president."), Not(Contains(::testing::HasSubstr(" 139 "))));
}

TEST_F(BuiltinCodingTest, ClashesBetweenTwoSidesThatKillAreTheirFight) {
  EXPECT_THAT(Code("Clashes between Armenian and Azerbaijani troops killed at least 12 soldiers on Tuesday."),
              ElementsAre("ARMMIL 190 AZEMIL", "AZEMIL 190 ARMMIL"));
  EXPECT_THAT(Code("Fighting between Sudanese troops and the Rapid Support Forces has killed dozens of people."),
              ElementsAre("SDNMIL 190 SDNREB", "SDNREB 190 SDNMIL"));
}

TEST_F(BuiltinCodingTest, AnAdjectiveTheLexiconDoesNotKnowStaysBetweenACountryAndItsAgent) {
  EXPECT_THAT(Code("Ukrainian long-range drones struck an airfield in Russia on Monday."), Contains("UKRMIL 1952 RUS"));
  EXPECT_THAT(Code("Ethiopian federal troops and Amhara militias clashed on Sunday."),
              ElementsAre("ETHMIL 190 ETHREB", "ETHREB 190 ETHMIL"));
}

TEST_F(BuiltinCodingTest, AnActAnActorSaysItWillNotDoIsItsRefusal) {
  EXPECT_THAT(Code("Iran said Tehran would never agree to negotiate with Washington while sanctions remain."),
              ElementsAre("IRN 125 USA"));
  EXPECT_THAT(Code("Iran will not hold direct negotiations with the United States, its foreign minister said."),
              ElementsAre("IRN 125 USA"));
  EXPECT_THAT(Code("Turkey said it would not lift its sanctions on Israel."), ElementsAre("TUR 1244 ISR"));
  EXPECT_THAT(Code("Greece said it won't sign the agreement with Turkey."), ElementsAre("GRC 127 TUR"));
}

TEST_F(BuiltinCodingTest, AFactDeniedOrAidOrForceNotGivenIsNoRefusal) {
  EXPECT_THAT(Code("Russia did not attend the talks with Ukraine in Istanbul."), IsEmpty());
  EXPECT_THAT(Code("Obama said he would not help Israel."), IsEmpty());  // no one asked
  EXPECT_THAT(Code("Russia said it would not attack Ukraine."), IsEmpty());
}

TEST_F(BuiltinCodingTest, ForcesOfSeveralCountriesExercisingTogetherCooperate) {
  EXPECT_THAT(Code("U.S., Japanese and South Korean warships held exercises off the Korean peninsula on Monday."),
              UnorderedElementsAre("USAMIL 062 JPNMIL", "USAMIL 062 KORMIL", "JPNMIL 062 USAMIL", "JPNMIL 062 KORMIL",
                                   "KORMIL 062 USAMIL", "KORMIL 062 JPNMIL"));
  // "%" needs a compound: one country exercising "with" another is the pattern after it.
  EXPECT_THAT(Code("India held joint military exercises with France on Monday."), ElementsAre("IND 062 FRA"));
  EXPECT_THAT(Code("Chinese warships held drills near Taiwan on Monday."), ElementsAre("CHNMIL 150 TWN"));
}

TEST_F(BuiltinCodingTest, APlaceOrActorInTheReasonForAnActIsNotItsTarget) {
  EXPECT_THAT(Code("A Tunisian court jailed a journalist for two years for helping militants join an armed group in Lebanon."),
              ElementsAre("TUNJUD 173 TUNMED"));
}

TEST_F(BuiltinCodingTest, AnInvitationToVisitOffersAMeeting) {
  EXPECT_THAT(Code("India's foreign minister invited Lavrov to visit New Delhi before the end of the year."),
              ElementsAre("INDGOV 036 RUSGOV"));
  // After a comma, the -ing form of an offer says what the main subject did too.
  EXPECT_THAT(Code("Orban praised Israel on Friday, inviting Netanyahu to Budapest."),
              ElementsAre("HUNGOV 051 ISR", "HUNGOV 036 ISRGOV"));
  EXPECT_THAT(Code("Germany invited bids from Chinese companies for the port contract."), IsEmpty());
}

TEST_F(BuiltinCodingTest, WhatAnotherMustDoOrIsToldToDoIsADemandOfIt) {
  EXPECT_THAT(Code("Azerbaijan's president said on Thursday that Armenia must change its constitution."),
              ElementsAre("AZEGOV 100 ARM"));
  EXPECT_THAT(Code("Poland's president said NATO members should spend more on defence."),
              ElementsAre("POLGOV 100 IGOWSTNAT"));
  EXPECT_THAT(Code("Kenya's opposition told the president on Monday to resign."), ElementsAre("KENOPP 1041 KENGOV"));
  // Its own side's obligations are no demand; nor is considering asking someone to act.
  EXPECT_THAT(Code("Iran's foreign minister said Iran must defend itself."), Not(Contains(HasSubstr(" 100 "))));
  EXPECT_THAT(Code("Moldova's government is considering asking the European Union to help protect its airspace."),
              ElementsAre("MDAGOV 014 IGOEUREEC"));
}

TEST_F(BuiltinCodingTest, ForceAnActorCouldUseIsAThreat) {
  EXPECT_THAT(Code("Medvedev said on Thursday that Moscow could use nuclear weapons against Kyiv."),
              ElementsAre("RUS 1385 UKR"));
}

TEST_F(BuiltinCodingTest, IdiomsThatLookLikeOtherActsAreCodedAsWhatTheyMean) {
  EXPECT_THAT(Code("North Korean troops are fighting alongside Russian forces in the Kursk region."),
              ElementsAre("PRKMIL 062 RUSMIL"));
  EXPECT_THAT(Code("Nigerian labour unions began an indefinite general strike on Monday to press the government to raise wages."),
              ElementsAre("NGALAB 143 NGAGOV"));
  EXPECT_THAT(Code("Vietnam gave Russian President Vladimir Putin a red-carpet welcome in Hanoi on Thursday."),
              ElementsAre("VNM 043 RUSGOV"));
}

TEST_F(BuiltinCodingTest, APassiveAttackNamesItsSourceThroughTheWeapon) {
  EXPECT_THAT(Code("A Saudi tanker was hit by a missile fired by the Houthis on Thursday."), ElementsAre("YEMREB 195 SAU"));
  EXPECT_THAT(Code("An Egyptian border post was hit by fire from an Israeli tank on Thursday."),
              ElementsAre("ISRMIL 194 EGY"));
  // Participles joined by "and" share their agent, whose country is that of the state attacked
  // (a gunman wounding a named leader attempts an assassination, 185).
  EXPECT_THAT(Code("Slovak Prime Minister Robert Fico was shot and seriously wounded by a gunman on Wednesday."),
              Contains("SVKUAF 185 SVKGOV"));
  EXPECT_THAT(Code("Five Somali soldiers died when their vehicle was struck by a roadside bomb planted by al-Shabaab."),
              ElementsAre("SOMREB 1833 SOMMIL"));
}

TEST_F(BuiltinCodingTest, ARelativeClauseInATimeOrTopicAdjunctIsBackground) {
  EXPECT_THAT(Code("Thailand and Cambodia agreed to a ceasefire on Monday after five days of border fighting that "
                   "killed more than 30 people."),
              UnorderedElementsAre("THA 0871 KHM", "KHM 0871 THA"));
}

TEST_F(BuiltinCodingTest, ABareIntentBesideAMorePreciseActIsDropped) {
  EXPECT_THAT(Code("China vowed on Tuesday to fight against new American tariffs, promising countermeasures against "
                   "U.S. farm exports."),
              Not(Contains(HasSubstr(" 030 "))));
}

TEST_F(BuiltinCodingTest, TheChargeOrReasonOfAnAccusationIsNotAnAct) {
  EXPECT_THAT(Code("Beijing accused Manila on Saturday of deliberately ramming a Chinese coast guard vessel."),
              ElementsAre("CHN 112 PHL"));
}

TEST_F(BuiltinCodingTest, DoctorsOnAnIndefiniteStrikePressTheirOwnGovernment) {
  EXPECT_THAT(Code("Doctors in Nigeria went on an indefinite strike on Tuesday to press the federal government to pay "
                   "salary arrears."),
              ElementsAre("NGAHLH 143 NGAGOV"));
}

TEST_F(BuiltinCodingTest, TheyTheBlocAndTheThreeCountriesReferBackToWhatTheArticleNamed) {
  std::vector<std::string> events = Code(
      "BAMAKO, Jan 28 (Reuters) - Mali, Burkina Faso and Niger announced on Sunday that they were leaving the West "
      "African bloc ECOWAS. They accused the bloc of failing to help them fight jihadist insurgencies. ECOWAS said "
      "it remained committed to finding a negotiated solution with the three countries.");
  EXPECT_THAT(events, UnorderedElementsAre("MLI 112 IGOWAFWAS", "BFA 112 IGOWAFWAS", "NER 112 IGOWAFWAS",
                                           "IGOWAFWAS 030 MLI", "IGOWAFWAS 030 BFA", "IGOWAFWAS 030 NER"));
}

TEST_F(BuiltinCodingTest, ARefusalOrOfferOfAnActWithNoCodeTargetsWhomTheActIsDoneTo) {
  EXPECT_THAT(Code("Poland refused on Thursday to allow Ukrainian grain to transit through its territory."),
              ElementsAre("POL 120 UKR"));
  EXPECT_THAT(Code("Iran refused on Sunday to let IAEA inspectors visit an enrichment site near Isfahan."),
              ElementsAre("IRN 1245 IGOUNOIAE"));
  // An act with a code of its own composes instead ("resume imports of X" eases an embargo: 085, so
  // readiness to do it is 0354); a compound acts on each other.
  EXPECT_THAT(Code("China's commerce ministry said on Tuesday it was ready to resume imports of Australian wine."),
              ElementsAre("CHNGOV 0354 AUS"));
  EXPECT_THAT(Code("Iran vowed to retaliate against Israel."), ElementsAre("IRN 138 ISR"));
}

TEST_F(BuiltinCodingTest, AnActorsWeaponOrStrikeOpeningTheSentenceIsItsSubject) {
  EXPECT_THAT(Code("A Ukrainian drone hit an oil refinery in Russia overnight."), ElementsAre("UKRMIL 1952 RUS"));
  EXPECT_THAT(Code("A Ukrainian drone strike hit an oil refinery in Russia's Ryazan region overnight."),
              ElementsAre("UKRMIL 1952 RUS"));
  EXPECT_THAT(Code("A Ukrainian drone attack set fire to an oil refinery in Russia's Ryazan region on Wednesday."),
              ElementsAre("UKRMIL 1952 RUS"));
}

TEST_F(BuiltinCodingTest, HundredsKilledByAnArmedGroupAreAMassKilling) {
  EXPECT_THAT(Code("Jihadist fighters killed hundreds of people digging trenches around the town of Barsalogho in "
                   "Burkina Faso on Saturday."),
              ElementsAre("BFAINSREB 202 BFACVL"));
}

TEST_F(BuiltinCodingTest, WhatIsAvoidedAndWhatHappenedYearsBeforeAreNoEvents) {
  EXPECT_THAT(Code("Ukrainian forces retreated from the town of Avdiivka on Saturday to avoid being encircled by "
                   "Russian troops."),
              Not(Contains(HasSubstr("RUSMIL"))));
  EXPECT_THAT(Code("Germany returned 20 Benin Bronzes to Nigeria on Tuesday, more than a century after British "
                   "soldiers looted them."),
              Not(Contains(HasSubstr("GBR"))));
}

TEST_F(BuiltinCodingTest, AParticipleAfterACountWordDescribesItsNoun) {
  EXPECT_THAT(Code("Venezuela Frees Six Jailed Americans After Trump Envoy's Visit"), ElementsAre("VEN 0841 USA"));
}

TEST_F(BuiltinCodingTest, TellingPeacekeepersToLeaveExpelsThem) {
  EXPECT_THAT(Code("Mali's junta told the U.N. peacekeeping mission on Friday to leave the country without delay."),
              ElementsAre("MLIGOV 1661 IGOUNOPKO"));  // (the mission is the peacekeepers)
}

TEST_F(BuiltinCodingTest, AWhileClauseOfWhatOneWillNotDoIsItsCondition) {
  EXPECT_THAT(Code("Zelensky said he would not negotiate while Russian troops occupied Ukrainian land."),
              Not(Contains(HasSubstr(" 192 "))));
  // Without a modal, "while" joins two reported acts.
  EXPECT_THAT(Code("Russian troops occupied the village while Ukrainian forces shelled Belgorod."),
              Contains("UKRMIL 194 RUS"));
}

TEST_F(BuiltinCodingTest, APhoneCallHeldAndInspectorsBarredAreCoded) {
  EXPECT_THAT(Code("Chinese President Xi Jinping held a telephone call with French President Emmanuel Macron on Thursday."),
              ElementsAre("CHNGOV 041 FRAGOV"));
  EXPECT_THAT(Code("Iran on Saturday barred several UN inspectors from its nuclear sites."), ElementsAre("IRN 1662 IGOUNO"));
}

TEST_F(BuiltinCodingTest, AnUnknownAdjectiveAfterACountIsNoVerbTakingTheSubject) {
  EXPECT_THAT(Code("Thousands of junior doctors in South Korea walked off the job on Tuesday in protest against "
                   "government plans."),
              ElementsAre("KORHLH 143 KORGOV"));
}

TEST_F(BuiltinCodingTest, FarmersBlockingMotorwaysToDemandAreObstructingTheirGovernment) {
  EXPECT_THAT(Code("French farmers blocked motorways around Paris with their tractors on Monday to demand that the "
                   "government cut red tape and fuel taxes."),
              ElementsAre("FRAAGR 144 FRAGOV"));
}

TEST_F(BuiltinCodingTest, NounsAfterAnObjectAndBackgroundOfTheObjectAreNoActs) {
  EXPECT_THAT(Code("France and Germany condemned Russia's drone strikes on Kyiv on Wednesday."),
              UnorderedElementsAre("FRA 111 RUSMIL", "DEU 111 RUSMIL"));
  EXPECT_THAT(Code("Mexico's president rejected on Wednesday U.S. demands to let American troops operate against "
                   "cartels."),
              ElementsAre("MEXGOV 120 USA"));
  EXPECT_THAT(Code("Latvia deported a Russian citizen on Thursday who had praised the war in Ukraine."),
              ElementsAre("LVA 174 RUSCVL"));
  EXPECT_THAT(Code("Kazakhstan declined to comment on a report that Astana had agreed to host a Russian air defence "
                   "unit."),
              Not(Contains(HasSubstr(" 043 "))));
}

TEST_F(BuiltinCodingTest, ADemandAfterAProtestSaysWhatItIsFor) {
  EXPECT_THAT(Code("Dockworkers in Chile went on strike on Thursday, demanding higher pay from the government."),
              ElementsAre("CHLLAB 143 CHLGOV"));
}

TEST_F(BuiltinCodingTest, ADemandAfterACodedProtestIsFoldedIntoIt) {
  EXPECT_THAT(Code("Hundreds of people staged a sit-in outside parliament in Ulaanbaatar on Thursday, demanding the "
                   "prime minister's resignation."),
              ElementsAre("MNGCVL 1411 MNGGOV"));
}


TEST_F(BuiltinCodingTest, AHostageTakingAfterAnAttackIsAnActOfItsOwn) {
  // "hostage" after a plural noun says what was done to it, not a second noun of the phrase.
  EXPECT_THAT(Code("Militants took 20 passengers hostage in Balochistan."), ElementsAre("PAKINS 181 PAKCVL"));
  EXPECT_THAT(Code("Militants attacked a train in Balochistan on Tuesday, taking hundreds of passengers hostage."),
              Contains("PAKINS 181 PAKCVL"));
  EXPECT_THAT(Code("Gunmen stormed a bus in Benue state, kidnapping 20 passengers."), Contains("NGAUAF 181 NGACVL"));
  // The toll of an attack is no act; nor is a race won "taking" places.
  EXPECT_THAT(Code("Militants attacked a police station in Balochistan, killing four officers."),
              ElementsAre("PAKINS 190 PAKCOP"));
  EXPECT_THAT(Code("Kenyan runners dominated the Berlin marathon on Sunday, taking the first three places."), IsEmpty());
}

TEST_F(BuiltinCodingTest, ConditionsAndBackgroundAreNoActs) {
  // The infinitive of a conditional verb, past its object.
  EXPECT_THAT(Code("The Houthis threatened on Sunday to target Saudi oil facilities if Riyadh allowed U.S. or British "
                   "warplanes to use its airspace for strikes on Yemen."),
              ElementsAre("YEMREB 138 SAU"));
  // An inverted condition.
  EXPECT_THAT(Code("Indonesia's president said his country was prepared to send peacekeeping troops to Gaza should the "
                   "United Nations request them."),
              Not(Contains(HasSubstr("IGOUNO"))));
  // A relative clause with no relative word, in the pluperfect.
  EXPECT_THAT(Code("Somalia's president called on the African Union to slow the withdrawal of its peacekeepers until "
                   "Somali forces were able to hold the towns they had retaken from al-Shabaab."),
              ElementsAre(::testing::StartsWith("SOMGOV 02")));
  EXPECT_THAT(Code("Kenya's president told reporters they had agreed to reopen the border with Somalia."), Not(IsEmpty()));
}

TEST_F(BuiltinCodingTest, WhatSomeoneToldThePressIsWhereTheNewsCameFrom) {
  EXPECT_THAT(Code("Ethiopia has moved tanks to its border, two Western diplomats in Addis Ababa told Reuters on Friday."),
              Not(Contains(HasSubstr(" 010 "))));
  EXPECT_THAT(Code("Russia's foreign minister told Reuters that Moscow would not attend the talks."),
              Not(Contains(HasSubstr("MED"))));
}

TEST_F(BuiltinCodingTest, AParticipleAfterAThatClauseIsTheMainSubjects) {
  // "back" after the object of "pull" is its particle, and the demand names the act's kind.
  EXPECT_THAT(Code("Eritrea demanded on Wednesday that Ethiopia pull its troops back from positions near the border "
                   "town of Zalambessa, accusing Addis Ababa of preparing for war."),
              ElementsAre("ERI 1056 ETH", "ERI 112 ETH"));
}

TEST_F(BuiltinCodingTest, IntentsAppealsAndDemandsNameTheKindOfAct) {
  EXPECT_THAT(Code("Jordan's king called on Israel to halt its offensive in Gaza."), ElementsAre("JORGOV 0256 ISR"));
  EXPECT_THAT(Code("The United States is prepared to ease sanctions on Venezuela."), ElementsAre("USA 0354 VEN"));
}

TEST_F(BuiltinCodingTest, CapitalisedWordsOfANameAreNoPartyToAMeeting) {
  EXPECT_THAT(Code("Pashinyan and Aliyev met on the sidelines of a European Political Community summit in Tirana on Friday."),
              ElementsAre("ARMGOV 044 AZEGOV", "AZEGOV 044 ARMGOV"));
}

TEST_F(BuiltinCodingTest, TravelBansEmbargoesAndExpulsionsTakeTheirOwnCodes) {
  EXPECT_THAT(Code("Denmark barred 12 Georgian officials from entering its territory on Tuesday."),
              ElementsAre("DNK 163 GEOGOV"));
  EXPECT_THAT(Code("Thailand banned shipments of fuel and consumer goods to Cambodia on Tuesday."), ElementsAre("THA 163 KHM"));
  EXPECT_THAT(Code("Somalia gave Ethiopia's ambassador 72 hours to leave the country on Thursday."),
              ElementsAre("SOM 161 ETHGOV"));
  // A return against their will is an expulsion; of thousands, a mass expulsion.
  EXPECT_THAT(Code("Saudi Arabia forcibly repatriated more than 12,000 Ethiopian migrants in May."),
              ElementsAre("SAU 201 ETHREF"));
  EXPECT_THAT(Code("Saudi Arabia repatriated 12 Ethiopian migrants in May."), ElementsAre("SAU 0841 ETHREF"));
}

TEST_F(BuiltinCodingTest, MissilesThatSlamIntoAPlaceAndJetsThatStrikeASchoolAreStrikes) {
  EXPECT_THAT(Code("A Houthi ballistic missile slammed into the grounds of Israel's Ben Gurion airport on Sunday."),
              ElementsAre("YEMREB 195 ISR"));
  EXPECT_THAT(Code("Myanmar army jets struck a school in the Sagaing region on Tuesday."), ElementsAre("MMRMIL 195 MMREDU"));
  EXPECT_THAT(Code("Israel slammed Iran's decision on Sunday."), ElementsAre("ISR 111 IRN"));
  // Weapons moved towards a border are a show of force; defending a country against criticism
  // of its offensive is support, no offensive.
  EXPECT_THAT(Code("Ethiopia has moved columns of tanks and heavy artillery towards the Eritrean border."),
              ElementsAre("ETH 154 ERI"));
  // Force on a place is used on whoever an appositive says holds it.
  EXPECT_THAT(Code("Sudanese army warplanes bombed a fuel depot in Nyala, a city held by the Rapid Support Forces, on "
                   "Monday, killing at least eight people."),
              ElementsAre("SDNMIL 195 SDNREB"));
  EXPECT_THAT(Code("The U.N. Human Rights Council condemned Russia."), ElementsAre("IGOUNOHRI 111 RUS"));
  EXPECT_THAT(Code("Aliyev stood up for Turkey on Tuesday against Western criticism of its offensive in northern Syria."),
              ElementsAre("AZEGOV 052 TUR"));
}

TEST_F(BuiltinCodingTest, NamesAfterATitleArePeopleAndAfterAPlaceAloneAThing) {
  // A country's name after a given name is a surname.
  EXPECT_THAT(Code("Paraguay's interior minister Marcelo Montenegro met Brazil's foreign minister on Monday."),
              ElementsAre("PRYGOV 040 BRAGOV"));
  // "the South Caucasus Pipeline" is no person "he" could refer to.
  EXPECT_THAT(Code("Georgian Prime Minister Irakli Kobakhidze arrived in Baku on Monday for talks with Azerbaijani "
                   "President Ilham Aliyev. The two leaders signed an agreement to expand gas deliveries through "
                   "the South Caucasus Pipeline. He also thanked Aliyev for the aid Azerbaijan sent after the floods."),
              Contains("GEOGOV 051 AZEGOV"));
}

TEST_F(BuiltinCodingTest, PeopleCapturedAreDetainedAndPlacesCapturedAreTaken) {
  EXPECT_THAT(Code("Turkish intelligence captured a senior Islamic State commander in northern Syria on Monday."),
              ElementsAre("TURSPY 173 IMGMUSISIMIL"));
  EXPECT_THAT(Code("Ethnic rebels captured the town of Lashio from Myanmar's military after weeks of fighting."),
              ElementsAre("MMRREB 192 MMRMIL"));
  EXPECT_THAT(Code("Kurdish fighters captured an Islamic State stronghold in Raqqa."), ElementsAre("SYRREB 192 IMGMUSISI"));
}

TEST_F(BuiltinCodingTest, AnAttackOnPeopleWithItsTollIsTheirKilling) {
  EXPECT_THAT(Code("Gunmen ambushed a convoy of passenger vehicles in Pakistan's Kurram district on Thursday, killing at "
                   "least 42 Shi'ite Muslims, among them women and children."),
              ElementsAre("PAKUAF 202 PAKCVL"));
  // Soldiers are a party to fighting: their ambush stays an attack.
  EXPECT_THAT(Code("Militants ambushed an army convoy in Pakistan's Kurram district, killing at least 42 soldiers."),
              ElementsAre("PAKINS 190 PAKMIL"));
  // Workers' strikes are labour's.
  EXPECT_THAT(Code("French air traffic controllers began a two-day strike on Thursday over staffing shortages."),
              Not(Contains(HasSubstr(" 190 "))));
}

TEST_F(BuiltinCodingTest, WhatWouldHaveBeenDoneWasNot) {
  EXPECT_THAT(Code("South Korea's acting president vetoed a bill on Tuesday that would have named a special counsel to "
                   "look into the first lady's dealings."),
              Not(Contains(HasSubstr(" 090 "))));
  EXPECT_THAT(Code("Algeria pulled its ambassador out of Paris on Tuesday."), ElementsAre("DZA 161 FRA"));
  EXPECT_THAT(Code("India struck nine sites in Pakistan with missiles early on Wednesday."), ElementsAre("IND 195 PAK"));
  EXPECT_THAT(Code("Kim Yo Jong shot down Tokyo's overture for a summit on Tuesday."), ElementsAre("PRKGOV 125 JPN"));
}
}  // namespace
}  // namespace tidings::extract
