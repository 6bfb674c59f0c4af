// Aid deposited, consulates closed, quoted brands. Depositing billions at a country's central
// bank is economic aid (071). Ordering another state's consulates to close cuts diplomatic
// relations (161). A quote mark inside a pattern's phrase is passed over, as inside a verb's
// words: branded China a "foreign hostile force" is criticism (111). Every sentence here was
// written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-10-31") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage69, BillionsDepositedAtACentralBankAreEconomicAid) {
  EXPECT_THAT(On("Saudi Arabia deposited $2 billion at Pakistan's central bank on Tuesday."),
              ElementsAre("SAU 071 PAKGOVBUS"));
}

TEST(WireCoverage69, ConsulatesOrderedClosedCutRelations) {
  EXPECT_THAT(On("Germany ordered all three Iranian consulates in the country to close on Thursday."),
              ElementsAre("DEU 161 IRNGOV"));
}

TEST(WireCoverage69, AQuoteInsideAPatternsPhraseIsPassedOver) {
  EXPECT_THAT(On("Taiwanese President Lai Ching-te branded China a \"foreign hostile force\" on Thursday.", "2025-03-13"),
              ElementsAre("TWNGOV 111 CHN"));
  EXPECT_THAT(On("Taiwan's president branded China an 'enemy' on Thursday.", "2025-03-13"), ElementsAre("TWNGOV 111 CHN"));
}

}  // namespace
}  // namespace tidings::extract
