// Stances, namings and consequences that are no acts. "pro-EU protesters", "anti-government
// protesters" and "pro-Russian separatists" name a stance, not whose they are. Water cannon fired
// "at" protesters is fired at them, not at the parliament they stand outside. "What Moscow called
// retaliation for" names; information that "helped foil" a plot gives no aid to its target; what
// an offensive "could lead" a state to do is not done; "many had feared" has no actor as subject;
// ", many of them rounded up" describes those pushed out. Every sentence here was written for
// this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-12-01") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage70, AStanceIsNotWhoseTheyAre) {
  EXPECT_THAT(On("Georgian riot police fired water cannon at pro-EU protesters outside parliament in Tbilisi."),
              ElementsAre("GEOCOP 175 GEOOPP"));
  EXPECT_THAT(On("Ukrainian forces attacked pro-Russian separatists in Donetsk."), ElementsAre("UKRMIL 190 UKRSEP"));
}

TEST(WireCoverage70, NamingsAndConsequencesAreNoActs) {
  EXPECT_THAT(On("Russia has kicked out a BBC correspondent, in what Moscow called retaliation for Britain's treatment "
                 "of Russian journalists.",
                 "2021-08-13"),
              Not(Contains(::testing::HasSubstr(" 020 "))));
  EXPECT_THAT(On("Australian intelligence officers passed information to Indonesia that helped foil a plot against Pope "
                 "Francis.",
                 "2024-09-06"),
              Not(Contains(::testing::HasSubstr(" 070 "))));
  EXPECT_THAT(On("Egypt has warned Israel that any ground offensive in Rafah could lead it to suspend the 1979 peace "
                 "treaty.",
                 "2024-02-11"),
              Not(Contains(::testing::HasSubstr(" 160 "))));
}

TEST(WireCoverage70, ManyAndManyOfThemAreNoActorsActs) {
  EXPECT_THAT(On("Australia's foreign minister lauded Indonesia on Thursday for a summit that many had feared would "
                 "collapse over the war in Ukraine.",
                 "2022-11-17"),
              Not(Contains(::testing::HasSubstr(" 012 "))));
  EXPECT_THAT(On("India's border guards have pushed more than 1,200 people into Bangladesh, many of them rounded up in "
                 "Assam, Bangladeshi officials said.",
                 "2025-05-28"),
              Not(Contains(::testing::HasSubstr(" 173 "))));
}

}  // namespace
}  // namespace tidings::extract
