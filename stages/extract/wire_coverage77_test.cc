// Owners and claims. After an owner, a name that is also a noun of office is the owner's
// office ("Ghana's Foreign Office" is no British one); an owner's office may carry three
// capitalised words of its own name ("Kenya's Independent Policing Oversight Authority"); a
// claim's source may be placed ("accusations by the government in Dushanbe that ...": what
// is claimed is not coded); what a disaster's relative clause says it did, past "and", is no
// one's act ("floods that swept cars away and killed dozens"); a name particle after a given
// name is part of the name ("Abdullatif al-Zayani and Iran's ... met": both sides meet);
// ordering an aircraft carrier somewhere is no air strike; two countries' forces beginning or
// holding their exercise, near a place or not, cooperate (062 each way), where one country's
// exercise near another is a show of force at it (150); in a title-case headline, a verb's
// object may open with a (quoted) adjective before its nationality ("Condemns 'Brutal' Russian
// Attack": the attack is a noun); one's own forces put on alert are no target when the
// posture answers another state ("citing threats from Venezuela"); after a Korea is named,
// "the North" is North Korea and "the South" South Korea; readiness joined by "and" ("... and
// was willing to") is the previous verb's subject's, and where a readied act would happen is
// no target; a nationality before a noun of places after "in" places the sentence ("in two
// Ugandan towns": domestic actors are Uganda's); "the kingdom" is the last kingdom named, not the
// last country; two countries' troops trading fire fight each other whatever toll follows.
// A nationality's noun before an agent may be a verb's form too ("Chinese trade officials" are
// China's, not officials of the place named); what a body decides "whether to" do is not done;
// what a vetoed resolution is "calling on" others to do is no one's act; a "who" clause after a
// title's appositive is skipped as a parenthetical ("X, the EU's foreign policy chief, who has
// pressed Tbilisi ..., condemned": X condemns); "their" right after "and" and a verb is the
// people the verb before acted on ("arrested 12 Vietnamese fishermen and seized their boats");
// what a subject wears or carries may stand between it and its verb ("Gunmen wearing masks
// stormed"); gangs confronting a country's police or taking its towns are that country's; a
// participle phrase no dictionary codes is a parenthetical too ("X, addressing Israel's
// parliament, promised": X promises); what a hope expects others "could" do is no act; a
// particle and the word after it stay in a name ("Moqtada al-Sadr" is no Sahrawi republic); a
// titled person's appositive "head of Russia's ... troops" gives the country; a security
// service (the SBU, the FSB) is intelligence (SPY); a past form after a plain noun and before a
// place describes that noun ("a boy killed in Gaza"), no act of the sentence's subject; police
// deployed "across the country" or ahead of a strike over killings of drivers is a posture with
// no target (no protest named); ordering diplomats "from A, B and C" to leave expels each;
// greeting a visitor at the airport, or being greeted there, is hosting (043).
// Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2025-03-04") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage77, AnOwnedOfficeIsTheOwners) {
  EXPECT_THAT(On("Ghana's Foreign Office summoned Togo's ambassador on Monday over the detention of two Ghanaian "
                 "journalists."),
              ElementsAre("GHAGOV 114 TGOGOV"));
  EXPECT_THAT(On("The Foreign Office summoned Iran's ambassador on Monday."), ElementsAre("GBRGOV 114 IRNGOV"))
      << "unowned, the Foreign Office is Britain's";
}

TEST(WireCoverage77, AnOwnedOfficeMayHaveThreeWordsOfName) {
  EXPECT_THAT(On("Kenya's Independent Policing Oversight Authority accused Uganda on Monday of detaining two Kenyan "
                 "activists."),
              Contains(::testing::StartsWith("KENGOV 112 UGA")));
}

TEST(WireCoverage77, WhatAPlacedSourceClaimsIsNotCoded) {
  EXPECT_THAT(On("Kyrgyzstan's Foreign Ministry rejected accusations by the Tajik government in Dushanbe that Kyrgyz "
                 "troops had shelled Tajik villages."),
              ElementsAre("KGZGOV 016 TJKGOV"));
}

TEST(WireCoverage77, ADisastersRelativeClauseHasNoActor) {
  EXPECT_THAT(On("Cyclone Idai battered central Mozambique on Friday, unleashing floods that washed away bridges and "
                 "killed scores of people in Beira."),
              IsEmpty());
  EXPECT_THAT(On("Mozambique's army said militants that raided Palma burned homes and killed scores of people."),
              Not(IsEmpty()))
      << "militants are someone";
}

TEST(WireCoverage77, ANameParticleKeepsACompoundSubjectWhole) {
  EXPECT_THAT(On("Oman's Foreign Minister Badr al-Busaidi and Kuwait's Foreign Minister Abdullah al-Yahya met in "
                 "Muscat on Sunday."),
              ElementsAre("OMNGOV 040 KWTGOV", "KWTGOV 040 OMNGOV"));
}

TEST(WireCoverage77, AnAircraftCarrierOrderedSomewhereIsNoAirStrike) {
  EXPECT_THAT(On("The Pentagon ordered the USS Nimitz aircraft carrier strike group to the Gulf of Oman on Tuesday."),
              Not(Contains(::testing::HasSubstr(" 195 "))));
  EXPECT_THAT(On("Israel's defence minister ordered air strikes on Hezbollah targets in southern Lebanon on Tuesday."),
              Contains(::testing::HasSubstr(" 195 ")));
}

TEST(WireCoverage77, TwoCountriesExercisingTogetherCooperate) {
  EXPECT_THAT(On("Japanese and Philippine forces began their annual Kamandag exercise near Palawan on Monday."),
              ElementsAre("JPNMIL 062 PHLMIL", "PHLMIL 062 JPNMIL"));
  EXPECT_THAT(On("China and Russia held naval exercises near Japan's Sado island on Monday."),
              ElementsAre("CHN 062 RUS", "RUS 062 CHN"));
  EXPECT_THAT(On("China began naval exercises near Japan's Sado island on Monday."), ElementsAre("CHN 150 JPN"));
}

TEST(WireCoverage77, AHeadlineObjectMayOpenWithAnAdjective) {
  EXPECT_THAT(On("Poland Condemns 'Barbaric' Russian Attack on Kyiv Children's Hospital"), ElementsAre("POL 111 RUS"));
  EXPECT_THAT(On("Poland Condemns Brutal Russian Strike on Kyiv"), ElementsAre("POL 111 RUS"));
}

TEST(WireCoverage77, OwnForcesReadiedAnswerAnotherState) {
  EXPECT_THAT(On("Guyana put its troops on high alert on Saturday, citing threats from Venezuela over the Essequibo "
                 "region."),
              ElementsAre("GUY 152 VEN"));
}

TEST(WireCoverage77, TheNorthAfterAKoreaIsNorthKorea) {
  EXPECT_THAT(On("South Korea's unification ministry on Monday condemned the North for blowing up roads linking the "
                 "two countries."),
              Contains(::testing::StartsWith("KORGOV 111 PRK")));
  EXPECT_THAT(On("Pyongyang accused the South on Friday of sending drones over its capital."),
              ElementsAre("PRK 112 KOR"));
  EXPECT_THAT(On("Sudan's army said on Monday the North was calm."), IsEmpty()) << "no Korea named";
}

TEST(WireCoverage77, ReadinessJoinedByAndIsTheSpeakers) {
  EXPECT_THAT(On("Japan's prime minister said on Friday he would like to meet Chinese President Xi Jinping at the summit "
                 "and was ready to extend his stay in Peru to make it happen."),
              ElementsAre(::testing::StartsWith("JPNGOV 036 CHNGOV")));
}

TEST(WireCoverage77, ANationalitysTownsPlaceTheSentence) {
  EXPECT_THAT(On("Rioters torched police posts in two Ugandan towns on Friday."), ElementsAre("UGAOPP 145 UGACOP"));
}

TEST(WireCoverage77, TheKingdomIsTheLastKingdomNamed) {
  EXPECT_THAT(On("Jordan's King Abdullah told Egyptian President Abdel Fattah al-Sisi on Sunday that the kingdom "
                 "condemned Israel's strikes on Gaza."),
              Contains(::testing::StartsWith("JOR 111 ISR")));
  EXPECT_THAT(On("Saudi Arabia's foreign minister told Iran's foreign minister on Sunday that the kingdom "
                 "condemned Israel's strikes."),
              Contains(::testing::StartsWith("SAU 111 ISR")))
      << "the kingdom named first, Iran after it";
}

TEST(WireCoverage77, TradingFireIsMutualWhateverTheToll) {
  EXPECT_THAT(On("Indian and Pakistani troops exchanged gunfire across the Line of Control on Tuesday, killing two "
                 "Pakistani soldiers, officials said."),
              ::testing::IsSupersetOf({"INDMIL 193 PAKMIL", "PAKMIL 193 INDMIL"}));
}

TEST(WireCoverage77, ANationalitysTradeOfficialsAreItsOwn) {
  EXPECT_THAT(On("Chinese trade officials met their American counterparts in Geneva on Monday."),
              ElementsAre("CHNGOV 040 USAGOV"));
  EXPECT_THAT(On("South Korean and U.S. trade officials held talks in Washington on Thursday."),
              ElementsAre("KORGOV 040 USAGOV", "USAGOV 040 KORGOV"));
  EXPECT_THAT(On("Japan sent warships to shadow a Chinese carrier on Monday."),
              ElementsAre(::testing::StartsWith("JPN 150 CHN")))
      << "a country's name and its verb stay apart";
}

TEST(WireCoverage77, WhetherToIsAnOpenQuestion) {
  EXPECT_THAT(On("Peru's Congress met on Monday to debate whether to remove President Dina Boluarte from office."),
              IsEmpty());
  EXPECT_THAT(On("Peru's Congress voted on Monday to remove President Dina Boluarte from office."),
              Contains(::testing::HasSubstr(" 172 ")));
}

TEST(WireCoverage77, AVetoedResolutionCallingOnOthersIsNoAct) {
  EXPECT_THAT(On("China on Tuesday vetoed a U.N. Security Council resolution calling on Myanmar's military to "
                 "release political prisoners."),
              ElementsAre(::testing::StartsWith("CHN 129 ")));
}

TEST(WireCoverage77, AWhoClauseAfterATitleIsParenthetical) {
  EXPECT_THAT(On("Antonio Guterres, the United Nations secretary-general, who has pressed Kigali to withdraw its "
                 "troops, on Monday condemned the shelling of Goma by Rwandan forces."),
              Contains(::testing::StartsWith("IGOUNO 111 ")));
}

TEST(WireCoverage77, TheirAfterAndIsThePeopleActedOn) {
  EXPECT_THAT(On("Indonesia's navy detained 12 Vietnamese fishermen off Natuna on Monday and seized their three trawlers."),
              ElementsAre("IDNMIL 173 VNMAGR", "IDNMIL 1711 VNMAGR"));
}

TEST(WireCoverage77, WhatASubjectWearsStandsBeforeItsVerb) {
  EXPECT_THAT(On("Gunmen wearing police uniforms stormed the home of a Mexican mayor on Sunday and shot him dead."),
              Contains("MEXUAF 186 MEXGOV"));
  EXPECT_THAT(On("Militants armed with machetes attacked a Nigerian village on Sunday."),
              Contains(::testing::HasSubstr(" 19")));
}

TEST(WireCoverage77, GangsConfrontingAStateAreItsOwn) {
  EXPECT_THAT(On("Gang members ambushed Ecuadorian police officers near Guayaquil on Tuesday."),
              ElementsAre("ECUCRM 190 ECUCOP"));
  EXPECT_THAT(On("Gangs seized the central Haitian town of Mirebalais on Monday."), ElementsAre("HTICRM 192 HTI"));
}

TEST(WireCoverage77, AnUncodedParticiplePhraseIsParenthetical) {
  EXPECT_THAT(On("Paraguayan President Santiago Pena, addressing Taiwan's legislature on Tuesday, praised the "
                 "island's democracy."),
              ElementsAre(::testing::StartsWith("PRYGOV 051 TWN")));
}

TEST(WireCoverage77, WhatAHopeExpectsIsNoAct) {
  EXPECT_THAT(On("Mexico's president said on Thursday she was optimistic that Mexico City and Washington could still "
                 "strike a trade deal this month."),
              Not(Contains(::testing::HasSubstr(" 057 "))));
}

TEST(WireCoverage77, ANameAfterItsParticleIsNoActor) {
  EXPECT_THAT(On("Supporters of Shi'ite cleric Moqtada al-Sadr stormed the Danish embassy in Baghdad on Friday."),
              Not(Contains(::testing::StartsWith("ESH"))));
}

TEST(WireCoverage77, TheBodyAnAppositiveSaysOneHeadsGivesTheCountry) {
  EXPECT_THAT(On("Israel's Shin Bet security service arrested Colonel Ahmad Hassan, head of Syria's air defence "
                 "units, near Quneitra on Tuesday."),
              ElementsAre("ISRSPY 173 SYRMIL"));
}

TEST(WireCoverage77, APastFormAfterAPlainNounDescribesIt) {
  EXPECT_THAT(On("Egyptian director Amal Farouk's documentary about a teenage boy killed in Gaza won the top prize "
                 "at the Berlin film festival on Saturday."),
              IsEmpty());
}

TEST(WireCoverage77, PoliceDeployedAtHomeHaveNoTarget) {
  EXPECT_THAT(On("Ghanaian authorities deployed 60,000 police officers across the country on Friday to secure "
                 "Saturday's election."),
              ElementsAre("GHAGOV 153 -"));
  EXPECT_THAT(On("Chilean authorities deployed 5,000 police officers across Santiago on Monday ahead of a strike over "
                 "a wave of killings of taxi drivers."),
              ElementsAre("CHLGOV 153 -"));
}

TEST(WireCoverage77, DiplomatsFromAListOrderedToLeave) {
  EXPECT_THAT(On("Nicaragua ordered diplomats from Costa Rica, Panama and Honduras to leave the country on Friday."),
              ElementsAre("NIC 161 CRI", "NIC 161 PAN", "NIC 161 HND"));
}

TEST(WireCoverage77, GreetedAtTheAirportIsHosted) {
  EXPECT_THAT(On("Kenyan President William Ruto arrived in Kampala on Monday and was greeted at the airport by "
                 "Ugandan President Yoweri Museveni."),
              Contains("UGAGOV 043 KENGOV"));
}

}  // namespace
}  // namespace tidings::extract
