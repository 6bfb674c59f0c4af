// Means, heads and speakers. Missiles that target a base are aerial weapons (195); a high
// commission's defence advisers are diplomats (161); sinking a mock ship in drills is no attack,
// nor are shoppers besieging stores; a person handed over to a court (063); "by" and a gerund
// with its object say how the clause's subject acted ("defied a ruling by deporting ...",
// "retaliated by expelling ...": no passive); a body, its head's title and the head's name are
// one actor ("IAEA chief Rafael Grossi"); "he" opening what the sentence's subject says is that
// subject; what a vetoed draft calls for is no one's act. Every sentence here was written for
// this test.
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

}  // namespace
}  // namespace tidings::extract
