// Refusals of aid, drills of one's own and police mobilised. Ruling out sending missiles to a
// country refuses military aid (1222), and the sending is not done. Forces of no country after
// "with" ("war games with missile boats, drones and commandos") are a drill's means, no partner:
// a show of force (150), not joint exercises. Police deployed across the country to face
// protesters are mobilised against them (153). "It" never stands for people named by their
// nationality ("Afghans"). Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-02-26") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage67, RulingOutSendingMissilesRefusesAid) {
  EXPECT_THAT(On("German Chancellor Olaf Scholz ruled out on Monday sending long-range cruise missiles to Kyiv."),
              ElementsAre("DEUGOV 1222 UKR"));
}

TEST(WireCoverage67, ADrillWithItsOwnForcesIsAShowOfForce) {
  EXPECT_THAT(On("Iran's Revolutionary Guards staged war games with missile boats, drones and commandos near the "
                 "islands also claimed by the United Arab Emirates on Wednesday."),
              Not(Contains(::testing::HasSubstr(" 062 "))));
  // A partner after "with" is still joint exercises.
  EXPECT_THAT(On("China staged joint exercises with Russia in the Sea of Japan on Wednesday."),
              Contains("CHN 062 RUS"));
}

TEST(WireCoverage67, PoliceDeployedToFaceProtestersAreMobilised) {
  EXPECT_THAT(On("French Interior Minister Bruno Retailleau deployed 80,000 police across the country to face "
                 "protesters on Wednesday.",
                 "2025-09-10"),
              ElementsAre("FRAGOV 153 FRAOPP"));
}

TEST(WireCoverage67, ItIsNoPeopleNamedByNationality) {
  EXPECT_THAT(On("Pakistan has expelled more than 165,000 Afghans in the month since it ordered them out, rounding up "
                 "families in Karachi.",
                 "2023-11-03"),
              Not(Contains(::testing::StartsWith("AFG 173"))));
}

}  // namespace
}  // namespace tidings::extract
