// Gunmen and politicians. An armed attacker firing on one public figure named by a title only a
// person bears ("senator and presidential hopeful Miguel Uribe", "a provincial governor"), its
// name split off or absent, tries to kill that one (185) or, shot dead, kills them (186), as for
// a named figure; what is theirs ("the convoy of a deputy prime minister") is still fired upon
// (19x). Shelving a bloc's membership or accession talks halts negotiations with it (164). Every
// sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;

std::vector<std::string> On(const std::string& text, const std::string& date = "2025-06-08") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage72, GunmenFiringOnAPoliticianTryToKillThem) {
  EXPECT_THAT(On("A teenage gunman shot Colombian senator and presidential hopeful Miguel Uribe twice in the head at a "
                 "campaign event in Bogota on Saturday, leaving him in critical condition."),
              ElementsAre("COLUAF 185 COLLEG"));
  EXPECT_THAT(On("DUMAGUETE, Philippines, March 4 (Reuters) - Gunmen shot dead a provincial governor at his home on "
                 "Saturday, police said.",
                 "2023-03-04"),
              ElementsAre("PHLUAF 186 PHLGOV"));
}

TEST(WireCoverage72, WhatIsThePoliticiansIsFiredUpon) {
  EXPECT_THAT(On("The convoy of a Congolese deputy prime minister was fired upon by unidentified gunmen near Beni on "
                 "Saturday.",
                 "2023-03-04"),
              ElementsAre(::testing::StartsWith("CODUAF 19")));
}

TEST(WireCoverage72, ShelvingMembershipTalksHaltsNegotiations) {
  EXPECT_THAT(On("Georgia Shelves EU Membership Talks Until 2028 as Protesters Rally in Tbilisi", "2024-11-28"),
              Contains("GEO 164 IGOEUREEC"));
}

}  // namespace
}  // namespace tidings::extract
