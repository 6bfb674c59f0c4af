// Subjects. An act noun as the subject of a present tense, as headlines and leads write it:
// "Israeli Air Strike Kills Five In Gaza", "a Russian missile strike kills 12": the actor before
// the act noun (and the weapon it names first) is the subject. An adjective phrase in commas
// after the subject ("Polish farmers, angry at EU climate rules, dumped ...") describes it; an
// actor inside it is no subject. A relative clause between the subject and its verb about a war
// as a whole is background. A question the text asks reports nothing, nor does a sport's
// contest ("fought off X to seize the Olympic table tennis gold"). Every sentence here was
// written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> On(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2024-03-05"));
}

TEST(WireCoverage56, AStrikeNamedByItsWeaponIsTheSubjectOfAPresentTense) {
  EXPECT_THAT(On("A Russian missile strike kills 12 in Kharkiv."), ElementsAre("RUS 190 UKR"));
}

TEST(WireCoverage56, TitleCaseHeadlinesWithAnActNounSubject) {
  EXPECT_THAT(On("Israeli Air Strike Kills Five In Gaza"), ElementsAre("ISR 195 PSE"));
  EXPECT_THAT(On("Ukraine Says Russian Missile Strike Kills 12 In Kharkiv"), ElementsAre("RUS 190 UKR"));
  EXPECT_THAT(On("Russian Missile Strikes Kill 12 In Kharkiv"), ElementsAre("RUS 190 UKR"));
}

TEST(WireCoverage56, AnAdjectivePhraseInCommasDescribesTheSubject) {
  EXPECT_THAT(On("Polish farmers, angry at EU climate rules, dumped manure outside the European Commission's "
                 "offices in Warsaw."),
              ElementsAre("POLAGR 141 IGOEUREEC"));
  EXPECT_THAT(On("Iran, angry at the sanctions, summoned the German ambassador."), ElementsAre("IRN 114 DEUGOV"));
}

TEST(WireCoverage56, ARelativeClauseAboutAWarIsBackground) {
  // What the two sides did in the war, and what the war did, is background to the meeting.
  EXPECT_THAT(On("Ethiopia's government and Tigrayan forces, who fought a two-year war that killed hundreds of "
                 "thousands of people, met in Pretoria on Friday."),
              ::testing::UnorderedElementsAre("ETHGOV 040 ETHREB", "ETHREB 040 ETHGOV"));
  // A relative clause that reports news is still coded.
  EXPECT_THAT(On("Ethiopia's government and Tigrayan forces, who clashed in Mekelle last week, met in Pretoria."),
              ::testing::Contains("ETHGOV 040 ETHREB"));
}

TEST(WireCoverage56, AQuestionReportsNothing) {
  EXPECT_THAT(On("Will China Invade Taiwan?"), ::testing::IsEmpty());
  EXPECT_THAT(On("Did Iran arm the Houthis? Experts disagree."), ::testing::IsEmpty());
  // A statement after it still counts.
  EXPECT_THAT(On("Did Iran arm the Houthis? Washington accused Tehran of doing so on Monday."),
              ::testing::Contains(::testing::StartsWith("USA 112 IRN")));
}

TEST(WireCoverage56, WhatASportAwardsMakesItSport) {
  EXPECT_THAT(On("China's Fan Zhendong fought off Sweden's Truls Moregard to seize the Olympic table tennis gold."),
              ::testing::IsEmpty());
  EXPECT_THAT(On("Uzbekistan's boxers crushed Kazakhstan to retain the Asian boxing title."), ::testing::IsEmpty());
  // The same verbs in politics still code.
  EXPECT_THAT(On("Ukrainian troops fought off a Russian assault on Avdiivka."), ::testing::Not(::testing::IsEmpty()));
}

TEST(WireCoverage56, FightingAfterAfterWithOnlyAPlaceIsAnEvent) {
  EXPECT_THAT(On("Qatar called for restraint after shelling in southern Lebanon."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr("QAT 194"))));
  // With an object it is the subject's act.
  EXPECT_THAT(On("Russian troops withdrew after shelling Kharkiv for a week."), ::testing::Contains("RUSMIL 194 UKR"));
}

TEST(WireCoverage56, AnEndToFightingIsNoFight) {
  // What an appeal asks to end is a noun: the one appealing fights no one.
  EXPECT_THAT(On("The UN chief urged an end to fighting in Sudan."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr(" 190 "))));
  EXPECT_THAT(On("Pope Urges End To Fighting In Sudan"), ::testing::Not(::testing::Contains(::testing::HasSubstr(" 190 "))));
  EXPECT_THAT(On("The Pope urged Israel and Hamas to agree a ceasefire."),
              ::testing::UnorderedElementsAre("VATGOV 0256 ISR", "VATGOV 0256 PSEREB"));
}

TEST(WireCoverage56, WeaponsANationalityNamesAreTheSubjectOfAPresentForm) {
  // "hit" is base and past alike: after the weapons of a nationality adjective it is their act.
  EXPECT_THAT(On("Ukrainian rocket launchers hit Belgorod on Saturday."), ElementsAre("UKRMIL 194 RUS"));
  EXPECT_THAT(On("Ukrainian multiple rocket launchers hit Belgorod on Saturday."), ElementsAre("UKRMIL 194 RUS"));
}

}  // namespace
}  // namespace tidings::extract
