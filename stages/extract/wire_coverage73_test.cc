// Names and clauses. Another country's place or one-word name right after a title, before a
// plain name, is the person's given name ("Paraguayan President Santiago Pena"); a weapon named
// in a "who" clause between the subject and its verb is no means of the verb ("gunmen who came on
// a jet ski shot dead"). Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-06-08") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage73, AForeignPlaceAfterATitleIsAGivenName) {
  EXPECT_THAT(On("Paraguayan President Santiago Pena flew to Tokyo on Monday for a three-day visit."),
              ElementsAre("PRYGOV 042 JPN"));
  EXPECT_THAT(On("Russian Deputy Defence Minister Yunus-Bek Yevkurov arrived in Tripoli on Tuesday for talks."),
              ElementsAre("RUSGOV 042 LBY"));
}

TEST(WireCoverage73, AWeaponInAWhoClauseIsNotTheVerbsMeans) {
  EXPECT_THAT(On("Two gunmen who fled on a jet ski shot dead a Colombian prosecutor near Santa Marta on Sunday."),
              Not(Contains(::testing::HasSubstr(" 195 "))));
}

}  // namespace
}  // namespace tidings::extract
