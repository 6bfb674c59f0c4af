// Foreign and defence ministers, spokespeople and commanders the wires name most, 2019-2025
// (leaders.tsv), and armed groups a probe found missing (institutions.tsv): a person is coded as
// the government while in office and by the default of the table outside it, by the article's
// date; surnames that are ordinary words ("cleverly") name no one. Every sentence here was written
// for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> On(const std::string& date, const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage50, ForeignMinistersInOfficeAreTheirGovernment) {
  const std::string date = "2024-03-05";
  EXPECT_THAT(On(date, "Stephane Sejourne met Chinese President Xi Jinping on Monday."), ElementsAre("FRAGOV 040 CHNGOV"));
  EXPECT_THAT(On(date, "Yoko Kamikawa met Chinese President Xi Jinping on Monday."), ElementsAre("JPNGOV 040 CHNGOV"));
  EXPECT_THAT(On(date, "Diana Mondino met Chinese President Xi Jinping on Monday."), ElementsAre("ARGGOV 040 CHNGOV"));
  EXPECT_THAT(On(date, "Ahmed Attaf met Chinese President Xi Jinping on Monday."), ElementsAre("DZAGOV 040 CHNGOV"));
  EXPECT_THAT(On(date, "Nasser Bourita criticised Algeria on Tuesday."), ElementsAre("MARGOV 111 DZA"));
  EXPECT_THAT(On(date, "Melanie Joly met Indian Prime Minister Narendra Modi on Wednesday."),
              ElementsAre("CANGOV 040 INDGOV"));
  EXPECT_THAT(On(date, "Cho Tae-yul met Japanese Prime Minister Fumio Kishida in Tokyo."), ElementsAre("KORGOV 040 JPNGOV"));
  EXPECT_THAT(On(date, "Iran's Abbas Araqchi met Omani officials in Muscat."), ElementsAre("IRNGOV 040 OMNGOV"));
}

TEST(WireCoverage50, AMinisterOutOfOfficeTakesTheTablesOtherCode) {
  // Sejourne left the foreign ministry in September 2024 and joined the European Commission in
  // December; Kamikawa handed over to Iwaya on October 1, 2024.
  EXPECT_THAT(On("2024-11-15", "Stephane Sejourne met Chinese President Xi Jinping on Monday."),
              ElementsAre("FRAELI 040 CHNGOV"));
  EXPECT_THAT(On("2025-03-01", "Stephane Sejourne met Chinese President Xi Jinping on Monday."),
              ElementsAre("IGOEUREEC 040 CHNGOV"));
  EXPECT_THAT(On("2024-11-15", "Yoko Kamikawa met Chinese President Xi Jinping on Monday."), ElementsAre("JPNLEG 040 CHNGOV"));
  EXPECT_THAT(On("2024-11-15", "Takeshi Iwaya met Chinese President Xi Jinping on Monday."), ElementsAre("JPNGOV 040 CHNGOV"));
}

TEST(WireCoverage50, SpokespeopleAndCommandersAreTheirStatesOrGroups) {
  const std::string date = "2024-07-15";
  EXPECT_THAT(On(date, "Wang Wenbin criticised Japan on Monday."), ElementsAre("CHNGOV 111 JPN"));
  EXPECT_THAT(On(date, "Esmaeil Baghaei criticised France on Monday."), ElementsAre("IRNGOV 111 FRA"));
  EXPECT_THAT(On(date, "Valery Gerasimov met Chinese President Xi Jinping on Monday."), ElementsAre("RUSMIL 040 CHNGOV"));
  EXPECT_THAT(On(date, "Herzi Halevi met Egyptian President Abdel Fattah al-Sisi on Monday."),
              ElementsAre("ISRMIL 040 EGYGOV"));
  EXPECT_THAT(On(date, "Naim Qassem criticised Israel on Monday."), ElementsAre("LBNREB 111 ISR"));
  // Zaluzhnyi left the army's command in February 2024 (then an ambassador).
  EXPECT_THAT(On("2023-06-01", "Valeriy Zaluzhnyi met Chinese President Xi Jinping on Monday."),
              ElementsAre("UKRMIL 040 CHNGOV"));
  EXPECT_THAT(On(date, "Valeriy Zaluzhnyi met Chinese President Xi Jinping on Monday."), ElementsAre("UKRGOV 040 CHNGOV"));
  // Nepal's prime ministers alternate: Oli took over from Prachanda on July 15, 2024.
  EXPECT_THAT(On("2024-03-01", "Pushpa Kamal Dahal met Chinese President Xi Jinping on Monday."),
              ElementsAre("NPLGOV 040 CHNGOV"));
  EXPECT_THAT(On("2024-03-01", "KP Sharma Oli met Chinese President Xi Jinping on Monday."), ElementsAre("NPLPTY 040 CHNGOV"));
}

TEST(WireCoverage50, ArmedGroupsAreTheirCountrysForcesOrRebels) {
  const std::string date = "2024-07-15";
  // Russia's Africa Corps is no African actor.
  EXPECT_THAT(On(date, "Africa Corps attacked Tuareg rebels near Kidal on Monday."), ElementsAre("RUSMIL 190 MLIREB"));
  EXPECT_THAT(On(date, "Naxalites attacked an Indian police convoy in Chhattisgarh on Monday."),
              ElementsAre("INDREB 190 INDCOP"));
  EXPECT_THAT(On(date, "The SPLM-N attacked Sudanese army positions in South Kordofan on Monday."),
              ElementsAre("SDNREB 190 SDNMIL"));
}

TEST(WireCoverage50, AnOrdinaryWordIsNoMinister) {
  // James Cleverly is in the table by his whole name only.
  EXPECT_THAT(On("2023-05-05", "Turkey cleverly courted Russia for years."), ::testing::Each(::testing::Not(::testing::HasSubstr("GBR"))));
  EXPECT_THAT(On("2023-05-05", "James Cleverly met Chinese President Xi Jinping on Monday."), ElementsAre("GBRGOV 040 CHNGOV"));
}

}  // namespace
}  // namespace tidings::extract
