// Optimism by degree, sentences handed down, tariffs dropped, armed subjects and soldiers killed.
// "Saw no grounds for optimism" is pessimism and "was quite optimistic" optimism. Being handed a
// death sentence by a court is sentenced (116). Dropping tariffs on a country's goods eases them
// (085). "Settlers armed with clubs beat" has the settlers as subject. Soldiers a non-state group
// kills are its target, their country given later by the place or dateline. A pattern's word
// closed by '_' is exact: "media" is no "mediate", "report" no "reporter". A drone "flown by" a
// group is that group's. Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-10-24") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage71, OptimismByDegree) {
  EXPECT_THAT(On("A Kremlin spokesman said on Thursday that Moscow saw \"no grounds for optimism\" about its ties with "
                 "Warsaw."),
              Contains("RUS 012 POL"));
  EXPECT_THAT(On("Bangladesh's interim leader Muhammad Yunus said he was \"quite optimistic\" that Myanmar would take "
                 "back refugees this year.",
                 "2025-04-05"),
              Contains("BGDGOV 013 MMR"));
}

TEST(WireCoverage71, ASentenceHandedDownIsASentence) {
  EXPECT_THAT(On("Australian writer Yang Hengjun was handed a suspended death sentence by a Beijing court on Monday.",
                 "2024-02-05"),
              ElementsAre("CHNJUD 116 AUS"));
}

TEST(WireCoverage71, TariffsDroppedAreEased) {
  EXPECT_THAT(On("Beijing dropped its 80.5% tariffs on Australian barley on Friday.", "2023-08-04"),
              ElementsAre("CHN 085 AUS"));
}

TEST(WireCoverage71, ArmedSettlersBeatFarmers) {
  EXPECT_THAT(On("Israeli settlers armed with clubs beat two Palestinian farmers near Hebron on Saturday.", "2023-10-28"),
              ElementsAre("ISRSET 182 PSEAGR"));
}

TEST(WireCoverage71, SoldiersANonStateGroupKillsAreItsTarget) {
  EXPECT_THAT(On("CAIRO, May 7 (Reuters) - Militants attacked a water pumping station east of the Suez Canal on "
                 "Saturday, killing an officer and 10 soldiers, the army said.",
                 "2022-05-07"),
              ElementsAre("EGYINS 190 EGYMIL"));
}

TEST(WireCoverage71, AnExactWordIsNoStem) {
  EXPECT_THAT(On("Qatar has suspended its efforts to mediate between Israel and Hamas, a diplomatic source said.",
                 "2024-11-09"),
              Not(Contains(::testing::HasSubstr(" 1721 "))));
  EXPECT_THAT(On("A Moscow court turned down an appeal by Wall Street Journal reporter Evan Gershkovich on Thursday.",
                 "2023-06-22"),
              Not(Contains(::testing::HasSubstr(" 016 "))));
}

TEST(WireCoverage71, ADroneFlownByAGroupIsThatGroups) {
  EXPECT_THAT(On("A military convoy was struck by an explosive drone flown by FARC dissidents near Amalfi in Colombia on "
                 "Thursday.",
                 "2025-08-21"),
              Contains(::testing::StartsWith("COLREB 195")));
}

}  // namespace
}  // namespace tidings::extract
