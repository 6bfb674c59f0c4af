// Counts and victims of force. "At least 66 people" are people struck (their count's words no
// preposition); mourners, worshippers, villagers and residents are unnamed civilians like "a man".
// An armed group a strike's toll names ("killing at least 16 insurgents") is its target even
// before the place gives it a country. Thirty or more civilians killed at once by a force is a
// mass killing (202), as news coders code it. Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-03-15") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage68, PeopleCountedAtLeastAreStruck) {
  EXPECT_THAT(On("CULIACAN, Mexico, March 10 (Reuters) - Gunmen abducted at least 66 people from their homes in the "
                 "city of Culiacan on Friday."),
              ElementsAre("MEXUAF 181 MEXCVL"));
}

TEST(WireCoverage68, TheArmedGroupATollNamesIsTheTarget) {
  EXPECT_THAT(On("PESHAWAR, Pakistan, March 20 (Reuters) - Pakistani helicopter gunships pounded hideouts in the Tirah "
                 "valley on Thursday, killing at least 16 insurgents."),
              ElementsAre("PAKMIL 195 PAKINS"));
}

TEST(WireCoverage68, ThirtyOrMoreCiviliansKilledIsAMassKilling) {
  EXPECT_THAT(On("Myanmar soldiers killed at least 32 villagers in the Sagaing region on Wednesday."),
              ElementsAre("MMRMIL 202 MMRCVL"));
  // A few killed is a killing, as before.
  EXPECT_THAT(On("Myanmar soldiers killed three villagers in the Sagaing region on Wednesday."),
              Not(Contains(::testing::HasSubstr(" 202 "))));
}

}  // namespace
}  // namespace tidings::extract
