// Means, heads and speakers. Missiles that target a base are aerial weapons (195); a high
// commission's defence advisers are diplomats (161); sinking a mock ship in drills is no attack,
// nor are shoppers besieging stores; a person handed over to a court (063); "by" and a gerund
// with its object say how the clause's subject acted ("defied a ruling by deporting ...",
// "retaliated by expelling ...": no passive); a body, its head's title and the head's name are
// one actor ("IAEA chief Rafael Grossi"); "he" opening what the sentence's subject says is that
// subject; what a vetoed draft calls for is no one's act; a title's own country keeps its
// holder's surname ("Irish Taoiseach Simon Harris"); "after rioting and looting left" and "fleeing
// renewed fighting" are nouns; bail denied (1243); fists are an
// assault whoever is hit; considering an act names its object (014); a punitive act that will
// follow unless another acts is its threat; a company seized is property (1711), and "Chinese-owned"
// makes it China's; attack helicopters strike from the air; put on a flight back is deported.
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

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-06-08") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage75, MissilesTargetingABase) {
  EXPECT_THAT(On("Iranian missiles targeted the Ain al-Asad air base in western Iraq on Monday evening."),
              ElementsAre("IRNMIL 195 IRQ"));
}

TEST(WireCoverage75, DefenceAdvisersAreDiplomats) {
  EXPECT_THAT(On("Nepal ordered Bangladesh's defence advisers to leave the country within a week on Wednesday."),
              ElementsAre("NPL 161 BGDGOV"));
}

TEST(WireCoverage75, MockTargetsAndShoppersAreNoForce) {
  EXPECT_THAT(On("South Korean and American marines held drills that included sinking a mock enemy ship in the "
                 "Yellow Sea."),
              Not(Contains(::testing::HasSubstr(" 190 "))));
  EXPECT_THAT(On("Crowds of shoppers besieged electronics stores in Seoul as the new phone went on sale."), IsEmpty());
}

TEST(WireCoverage75, APersonHandedOverToACourt) {
  EXPECT_THAT(On("The Philippines handed the former police chief over to the ICC on Wednesday."),
              ElementsAre("PHL 063 IGOJUDICC"));
}

TEST(WireCoverage75, ByAndAGerundIsTheSubjectsMeans) {
  EXPECT_THAT(On("Greece defied a European Court of Human Rights ruling on Tuesday by deporting 40 Afghan migrants to "
                 "Turkey."),
              Contains("GRC 174 AFGREF"));
  EXPECT_THAT(On("Canada expelled six Indian diplomats on Monday, and India swiftly retaliated by expelling six "
                 "Canadian diplomats."),
              ElementsAre("CAN 161 INDGOV", "IND 161 CANGOV"));
}

TEST(WireCoverage75, ABodyItsHeadsTitleAndName) {
  EXPECT_THAT(On("Indian Foreign Minister Subrahmanyam Jaishankar and IAEA chief Rafael Grossi signed an agreement "
                 "in Vienna on Tuesday."),
              ElementsAre("INDGOV 057 IGOUNOIAE", "IGOUNOIAE 057 INDGOV"));
}

TEST(WireCoverage75, HeOpeningTheSubjectsWordsIsTheSubject) {
  EXPECT_THAT(On("Ugandan President Yoweri Museveni met the Kenyan leader on Monday. The Kenyan leader told reporters "
                 "after the meeting that he did not expect sanctions, and that he was ready to open talks with "
                 "Uganda."),
              Contains("KENGOV 036 UGA"));
}

TEST(WireCoverage75, WhatAVetoedDraftCallsForIsNoOnesAct) {
  EXPECT_THAT(On("Russia vetoed a U.N. Security Council draft resolution that called for an immediate ceasefire in "
                 "Sudan."),
              ElementsAre("RUS 129 IGOUNO"));
}

TEST(WireCoverage75, ATitlesCountryKeepsItsHoldersSurname) {
  EXPECT_THAT(On("Irish Taoiseach Simon Harris demanded on Friday that Israel stop firing on U.N. positions in "
                 "southern Lebanon."),
              ElementsAre(::testing::StartsWith("IRLGOV 10")));
}

TEST(WireCoverage75, IngNounsOfViolence) {
  EXPECT_THAT(On("Fiji's government has lifted the state of emergency it imposed on the capital after rioting and "
                 "looting left 12 people dead."),
              ElementsAre("FJIGOV 0814 FJI"));
  EXPECT_THAT(On("The WFP urged Chad and Niger on Friday to keep their borders open to Sudanese fleeing renewed "
                 "fighting in Darfur."),
              Not(Contains(::testing::HasSubstr(" 190 "))));
}

TEST(WireCoverage75, BailTravelBansAndFists) {
  EXPECT_THAT(On("A Ugandan military court on Tuesday denied bail to opposition leader Kizza Besigye."),
              ElementsAre(::testing::HasSubstr(" 1243 UGAOPP")));
  EXPECT_THAT(On("Three U.N. peacekeepers were punched and kicked by Turkish Cypriot police on Friday."),
              ElementsAre("CYPCOP 182 IGOUNOPKO"));
}

TEST(WireCoverage75, ConsideringAnActNamesItsObject) {
  EXPECT_THAT(On("The European Commission is mulling whether to cut off Hungary's access to EU funds."),
              ElementsAre("IGOEUREEC 014 HUN"));
}

TEST(WireCoverage75, APunitiveActUnlessAnotherActsIsAThreat) {
  EXPECT_THAT(On("Ghana will bar all poultry imports from Togo from next week unless Lome lifts its own restrictions, "
                 "the minister warned."),
              ElementsAre("GHA 1312 TGO"));
}

TEST(WireCoverage75, ACompanySeizedAndAHelicopterStrikeAndADeportation) {
  EXPECT_THAT(On("The Dutch government has taken control of Chinese-owned chipmaker Nexperia, the economy ministry "
                 "said."),
              ElementsAre("NLDGOV 1711 CHNBUS"));
  EXPECT_THAT(On("Ugandan attack helicopters pounded rebel camps in eastern Congo on Thursday."),
              ElementsAre(::testing::StartsWith("UGAMIL 195 ")));
  EXPECT_THAT(On("Tanzanian immigration officers put the Kenyan activist on a flight back to Nairobi on Sunday."),
              ElementsAre(::testing::StartsWith("TZA")));
  EXPECT_THAT(On("Tanzanian immigration officers put the Kenyan activist on a flight back to Nairobi on Sunday."),
              ElementsAre(::testing::HasSubstr(" 174 KEN")));
}

}  // namespace
}  // namespace tidings::extract
