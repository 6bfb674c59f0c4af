// Titles, deployments and "as" phrases across a short article. A named person with a title and
// no country, between commas right after a phrase with a country, holds that title ("the head of
// the Ugandan army, General Muhoozi Kainerugaba, said"), and "He" later is that one. Condemning
// "the deployment" answers the troops sent in the sentence before (an act of aid, 07, as well as
// a show of force, 15). "Condemned X as a violation of the deal and urged Y" is one subject's two
// acts: "as" and a noun phrase open no clause of their own. Every sentence here was written for
// this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;

std::vector<std::string> Article(const std::vector<std::string>& sentences, const std::string& date = "2025-03-11") {
  std::string text;
  for (const std::string& s : sentences) text += (text.empty() ? "" : " ") + s;
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage65, ANamedPersonsTitleBeforeTheNameGivesItsCountry) {
  auto events = Article({"JUBA, March 11 (Reuters) - Uganda has deployed special forces to Juba at the request of "
                         "President Salva Kiir, the head of the Ugandan army, General Muhoozi Kainerugaba, said on Tuesday.",
                         "He warned Kiir's rivals that any move against the president would be treated as a declaration "
                         "of war."});
  EXPECT_THAT(events, Contains(::testing::StartsWith("UGAMIL 13")));
}

TEST(WireCoverage65, CondemningTheDeploymentAnswersTheTroopsSent) {
  auto events = Article({"Uganda has deployed special forces to Juba at the request of President Salva Kiir.",
                         "The SPLM-IO condemned the deployment as a violation of the 2018 peace deal and urged Kampala to "
                         "pull its troops out."});
  EXPECT_THAT(events, Contains("SSDREB 111 UGA"));
  EXPECT_THAT(events, Contains("SSDREB 0256 UGA"));
}

}  // namespace
}  // namespace tidings::extract
