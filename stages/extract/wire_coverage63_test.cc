// Participles that describe a noun, and acts of a state's programme. A past form right before
// the preposition of its own object ("a cell blamed for killings", "accused of") is a passive
// with no act of its own; so is one after ", with" and its noun ("with opposition candidates
// harassed"); an -ing word after a participle's "by" and before a place is what did it ("cut off
// by fighting in Upper Nile"), no act of the subject. A veto is of the states named as the
// draft's authors later in the clause. "Its military training programmes" names no military.
// Beginning to pull back troops from a boundary with X is a retreat from X; an executive order
// lifting sanctions on X eases them; halting financing to X cuts aid. What two sides agree to
// exchange ("new ambassadors") is no third side: they act on each other. Handing a country's
// prosecutors the records shares intelligence. Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-11-18") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage63, APastFormBeforeItsObjectsPrepositionIsAPassive) {
  EXPECT_THAT(On("Chile's police handed Peruvian prosecutors the bank records of a Tren de Aragua cell blamed for a "
                 "string of killings in Lima."),
              Not(Contains(::testing::StartsWith("VENCRM 112"))));
  // With an object, the act: "Peru blamed Tren de Aragua for the killings".
  EXPECT_THAT(On("Peru blamed Tren de Aragua for a string of killings in Lima on Thursday."),
              ElementsAre("PER 112 VENCRM"));
}

TEST(WireCoverage63, APastFormAfterWithAndItsNounDescribesIt) {
  EXPECT_THAT(On("Colombia's president criticised Ecuador on Tuesday over an election held under a state of emergency, "
                 "with opposition candidates harassed and troops in the streets."),
              ElementsAre("COLGOV 111 ECU"));
  // "Fighters allied with X massacred": no such clause.
  EXPECT_THAT(On("Fighters allied with Syria's new government massacred hundreds of Alawite civilians in Latakia."),
              Contains(::testing::StartsWith("SYR")));
}

TEST(WireCoverage63, WhatCutPeopleOffIsNoActOfTheSubject) {
  EXPECT_THAT(On("The World Food Programme began airdropping food to people cut off by fighting in South Sudan's Upper "
                 "Nile state on Friday."),
              Not(Contains(::testing::HasSubstr(" 190 "))));
}

TEST(WireCoverage63, AVetoIsOfTheDraftsAuthorsNamedLater) {
  EXPECT_THAT(On("Russia vetoed a U.N. Security Council resolution on Monday that would have demanded a ceasefire in "
                 "Sudan, a draft put forward by Britain and Sierra Leone."),
              UnorderedElementsAre("RUS 129 GBR", "RUS 129 SLE"));
}

TEST(WireCoverage63, ItsMilitaryTrainingNamesNoMilitary) {
  EXPECT_THAT(On("The United States suspended its military training programmes with Gabon's armed forces on Thursday."),
              ElementsAre("USA 1622 GABMIL"));
  // "passed her government details of": her government.
  EXPECT_THAT(On("Moldova's president said Ukrainian intelligence had passed her government details of a plot."),
              Not(Contains(::testing::EndsWith(" RUS"))));
}

TEST(WireCoverage63, AStatesProgrammeActs) {
  EXPECT_THAT(On("Serbia has begun pulling back its troops from the administrative boundary with Kosovo."),
              ElementsAre("SRB 0874 KSV"));
  EXPECT_THAT(On("U.S. President Donald Trump signed an executive order on Monday lifting most U.S. sanctions on Syria.",
                 "2025-06-30"),
              ElementsAre("USAGOV 085 SYR"));
  EXPECT_THAT(On("The World Bank halted new financing to Uganda on Wednesday."), ElementsAre("IGOUNODEVWBK 1621 UGA"));
}

TEST(WireCoverage63, ACountrylessObjectOfAMutualActIsNoThirdSide) {
  EXPECT_THAT(On("Canada and Saudi Arabia agreed on Wednesday to restore full diplomatic relations and exchange new "
                 "ambassadors."),
              UnorderedElementsAre("CAN 054 SAU", "SAU 054 CAN"));
}

TEST(WireCoverage63, HandingProsecutorsTheRecordsSharesIntelligence) {
  EXPECT_THAT(On("Chile's police handed Peruvian prosecutors the phone records of a gang cell on Thursday."),
              ElementsAre("CHLCOP 064 PERJUD"));
}

}  // namespace
}  // namespace tidings::extract
