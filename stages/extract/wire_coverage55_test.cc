// Coordinated passives: in "was beaten and detained by police" the second participle shares the
// first one's "be", so both acts are the "by" agent's on the subject (it was read as the
// subject's act on the police). Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

std::vector<std::string> On(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2024-03-05"));
}

TEST(WireCoverage55, ASecondParticipleSharesThePassive) {
  EXPECT_THAT(On("A Kenyan journalist was beaten and detained by Ugandan police on Monday."),
              UnorderedElementsAre("UGACOP 182 KENMED", "UGACOP 173 KENMED"));
  EXPECT_THAT(On("The opposition leader was abducted and tortured by Zimbabwean security agents."),
              UnorderedElementsAre("ZWECOP 181 ZWEOPP", "ZWECOP 1822 ZWEOPP"));
  EXPECT_THAT(On("Two Indian fishermen were arrested and jailed by Sri Lankan authorities."),
              ElementsAre("LKAGOV 173 INDAGR"));
}

}  // namespace
}  // namespace tidings::extract
