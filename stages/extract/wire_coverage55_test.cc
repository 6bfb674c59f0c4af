// Coordinated verbs. In "was beaten and detained by police" the second participle shares the
// first one's "be", so both acts are the "by" agent's on the subject (it was read as the
// subject's act on the police). In "seized and searched a tanker" the first verb shares the
// second's object, when the second codes nothing or the same root (two roots there mostly tell
// one act twice: "blew up and sank the boats"). Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

std::vector<std::string> On(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2024-03-05"));
}

TEST(WireCoverage55, ASecondParticipleSharesThePassive) {
  EXPECT_THAT(On("A Kenyan journalist was beaten and detained by Ugandan police on Monday."),
              UnorderedElementsAre("UGACOP 182 KENMED", "UGACOP 173 KENMED"));
  EXPECT_THAT(On("The opposition leader was abducted and tortured by Zimbabwean security agents."),
              UnorderedElementsAre("ZWECOP 181 ZWEOPP", "ZWECOP 1822 ZWEOPP"));
  EXPECT_THAT(On("Two Indian fishermen were arrested and jailed by Sri Lankan authorities."),
              ElementsAre("LKAGOV 173 INDAGR"));
}

TEST(WireCoverage55, AVerbRightBeforeAndSharesTheNextVerbsObject) {
  EXPECT_THAT(On("Iran seized and searched a British tanker in the Gulf."), ElementsAre("IRN 1711 GBR"));
  EXPECT_THAT(On("The Taliban detained and questioned two British aid workers."), ElementsAre("AFGGOV 173 NGOGBR"));
}

TEST(WireCoverage55, TwoRootsForOneObjectAreOneActTheSecondVerbNames) {
  EXPECT_THAT(On("Indonesia blew up and sank 12 Vietnamese fishing boats on Saturday."), ElementsAre("IDN 1712 VNMAGR"));
}

TEST(WireCoverage55, ABaseFormRightAfterAPastAndIsAPast) {
  // "beat", "cut", "hit" are their own past tenses.
  EXPECT_THAT(On("Ugandan police arrested and beat opposition supporters on Monday."),
              ElementsAre("UGACOP 182 UGAOPP"));
  // An infinitive's coordination is no past: "vowed to arrest and beat" is a threat, no beating.
  EXPECT_THAT(On("Ugandan police vowed to arrest and beat opposition supporters."), ElementsAre("UGACOP 137 UGAOPP"));
}

TEST(WireCoverage55, WhatHelpPromisedIsForIsNoAct) {
  EXPECT_THAT(On("Erdogan said Turkey would help Iraq fight the PKK militant group."), ::testing::IsEmpty());
  // Help given: the fight it was for is the helped side's.
  EXPECT_THAT(On("Turkey helped Iraq fight the PKK militant group."), ElementsAre("IRQ 190 TURREB"));
}

TEST(WireCoverage55, NotRulingOutForceThreatensIt) {
  EXPECT_THAT(On("China said it would not rule out using force to take Taiwan."), ElementsAre("CHN 138 TWN"));
  EXPECT_THAT(On("Israel did not rule out military action against Iran."), ElementsAre("ISR 138 IRN"));
  // Ruling it out is no threat.
  EXPECT_THAT(On("Israel ruled out military action against Iran."), ::testing::Not(::testing::Contains("ISR 138 IRN")));
}

TEST(WireCoverage55, AWordClosedByAnUnderscoreIsExact) {
  // "TO_INVEST_" (agreed / pledged to invest) is no stem: it does not match "to investigate".
  EXPECT_THAT(On("An Argentine court has agreed to investigate Myanmar's military commanders over alleged genocide."),
              ElementsAre("ARGJUD 094 MMRMIL"));
  EXPECT_THAT(On("Ethiopia pledged to investigate reports of abuses by its troops in Tigray."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr(" 0311 "))));
}

}  // namespace
}  // namespace tidings::extract
