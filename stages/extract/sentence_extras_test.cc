// Discards, issues and places of a sentence, with small lists written for the test.
#include "extract/sentence_extras.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/phase_test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

TEST(SentenceExtras, DiscardsIssuesAndPlaces) {
  CoderOptions o;
  o.verbs_file = testing::WriteTemp("extras.verbs", "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n");
  o.actor_files = {testing::WriteTemp("extras.actors", "RUSSIA_ [RUS]\n+MOSCOW_\nCHINA_ [CHN]\n")};
  o.agents_file = testing::WriteTemp("extras.agents", "OFFICIAL [~GOV]\n");
  o.discards_file = testing::WriteTemp("extras.discards", "WORLD CUP\n+HOROSCOPE\n");
  o.issues_file = testing::WriteTemp(
      "extras.issues", "<ISSUE CATEGORY=\"E\">\nn:pipeline [OIL]\nn:gas [GAS]\n~gas station\n</ISSUE>\n");
  o.gazetteer_file = testing::WriteTemp("extras.gaz",
                                        "name\tcountry\tlatitude\tlongitude\tpopulation\tkind\n"
                                        "Moscow\tRUS\t55.75\t37.62\t12000000\tcapital\n"
                                        "Union\tUSA\t40.7\t-74.3\t56000\tcity\n"
                                        "Geneva\tCHE\t46.2\t6.14\t200000\tcity\n");
  Dictionaries d;
  std::vector<std::string> warnings;
  ASSERT_TRUE(LoadDictionaries(o, &d, &warnings).ok());
  testing::PhaseRun run(d);
  run.Prepare("Russia met China at the World Cup.");
  int32_t hit = FindDiscard(d, run.work.tokens);
  ASSERT_GE(hit, 0);
  EXPECT_FALSE(d.discards.record(hit).story);
  run.Prepare("Your horoscope for today.");
  ASSERT_GE(FindDiscard(d, run.work.tokens), 0);
  EXPECT_TRUE(d.discards.record(FindDiscard(d, run.work.tokens)).story);
  run.Prepare("Russia met China over pipelines and gas.");
  EXPECT_EQ(FindDiscard(d, run.work.tokens), -1);
  EXPECT_THAT(FindIssues(d, run.work.tokens), ElementsAre("OIL", "GAS"));
  run.Prepare("Russia met China at a gas station.");
  EXPECT_THAT(FindIssues(d, run.work.tokens), IsEmpty());
  // After "in" even an actor's name is the place; a word of a longer name never is.
  run.Prepare("Russian officials met China in Moscow.");
  ASSERT_NE(FindPlace(d, run.work), nullptr);
  EXPECT_EQ(FindPlace(d, run.work)->name, "Moscow");
  run.Prepare("Moscow met China.");
  EXPECT_EQ(FindPlace(d, run.work), nullptr);
  run.Prepare("Russia met the Union Pacific board.");
  EXPECT_EQ(FindPlace(d, run.work), nullptr);
  run.Prepare("Russia met China. Talks were held near Geneva.");
  ASSERT_NE(FindPlace(d, run.work), nullptr);
  EXPECT_EQ(FindPlace(d, run.work)->name, "Geneva");
}

}  // namespace
}  // namespace tidings::extract
