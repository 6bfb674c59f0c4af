// Whose official or body a phrase names. Diplomats posted abroad: "X's ambassador to Y" is X's
// diplomat; Y is where the diplomat serves, a mention of its own (the country an expulsion or a
// recall is towards). A body named by its kind alone ("the foreign ministry") after a foreign
// official was quoted is the dateline country's. What a statement says must be done to someone
// ("told the envoy that the refugees must be allowed to return") is asked of whom it is told to.
// Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> On(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2024-03-05"));
}

TEST(WireCoverage53, AnAmbassadorToACountryIsTheSendersDiplomat) {
  EXPECT_THAT(On("The Saudi ambassador to Yemen thanked the Houthis for their cooperation."),
              ElementsAre("SAUGOV 051 YEMREB"));
  EXPECT_THAT(On("Mohammed Al Jaber, Riyadh's ambassador to Yemen, thanked the Houthis on Sunday."),
              ElementsAre("SAUGOV 051 YEMREB"));
  EXPECT_THAT(On("Israel's ambassador to Germany accused Iran of plotting attacks on Jewish targets."),
              ElementsAre("ISRGOV 1123 IRN"));
  EXPECT_THAT(On("Russia's ambassador to the U.N. Vassily Nebenzia criticised Israel on Tuesday."),
              ElementsAre("RUSGOV 111 ISR"));
}

TEST(WireCoverage53, ActsOnAForeignAmbassadorAreTowardsTheSender) {
  // Summoning or expelling "the British ambassador to Tehran" is towards Britain, never the
  // host itself.
  EXPECT_THAT(On("Iran summoned the British ambassador to Tehran to protest against the sanctions."),
              ElementsAre("IRN 114 GBRGOV"));
  EXPECT_THAT(On("Pakistan expelled the Afghan ambassador to Islamabad on Friday."), ElementsAre("PAK 161 AFGGOV"));
}

TEST(WireCoverage53, RecallingOnesOwnAmbassadorIsTowardsTheHost) {
  EXPECT_THAT(On("Spain recalled its ambassador to Israel for consultations."), ElementsAre("ESP 161 ISR"));
  EXPECT_THAT(On("Spain recalled Spain's ambassador to Israel for consultations."), ElementsAre("ESP 161 ISR"));
}

TEST(WireCoverage53, AnAmbassadorWithNoSenderIsNoActOfTheHostOnItself) {
  EXPECT_THAT(On("The ambassador to Yemen attended a reception in Aden on Friday."), IsEmpty());
}

TEST(WireCoverage53, ABodyNamedByItsKindAfterAForeignOfficialIsTheDatelineCountrys) {
  const std::string article =
      "LIMA, May 4 (Reuters) - Peru lodged a formal protest with Colombia on Tuesday over remarks by "
      "President Gustavo Petro about a disputed river island. He had told reporters in Bogota on Monday "
      "that Colombia would never give up the island. The foreign ministry urged Bogota to respect the "
      "1922 treaty that settled the border.";
  EXPECT_THAT(On(article), ::testing::Contains("PERGOV 020 COL"));
  EXPECT_THAT(On(article), ::testing::Not(::testing::Contains("COLGOV 020 COL")));
}

TEST(WireCoverage53, ABodyAlreadyNamedKeepsItsCountryWhateverTheDateline) {
  const std::string article =
      "WASHINGTON, May 4 (Reuters) - China's government accused Washington on Tuesday of meddling in "
      "Hong Kong. The ministry urged the United States to stop interfering.";
  EXPECT_THAT(On(article), ::testing::Contains("CHNGOV 0256 USA"));
}

TEST(WireCoverage53, APassiveObligationIsAskedOfTheAddressee) {
  EXPECT_THAT(On("Bangladesh's foreign secretary told the Myanmar envoy that the refugees must be allowed to "
                 "return safely."),
              ElementsAre("BGDGOV 100 MMRGOV"));
  // An active one is asked of its subject, as before.
  EXPECT_THAT(On("Aliyev said that Armenia must change its constitution."), ElementsAre("AZEGOV 100 ARM"));
}

TEST(WireCoverage53, ALeadersSurnameAloneNamesThemWhileInOffice) {
  // Headlines and later sentences name office holders by surname alone.
  EXPECT_THAT(On("Argentina Slams Cameron's Falklands Visit As 'Provocation'"), ElementsAre("ARG 111 GBRGOV"));
  // Out of office (2024-03-05) the table's other code: the opposition leader.
  EXPECT_THAT(On("Lapid criticised Iran on Tuesday."), ElementsAre("ISROPP 111 IRN"));
  EXPECT_THAT(testing::Triples(testing::CodeText(testing::BuiltinCoder(), "Lapid criticised Iran on Tuesday.",
                                                 "2022-09-01")),
              ElementsAre("ISRGOV 111 IRN"));
}

TEST(WireCoverage53, GroupsTheWiresNameAreTheirCountrys) {
  EXPECT_THAT(On("Nigeria's army arrested 12 IPOB members in Enugu."), ElementsAre("NGAMIL 173 NGASEP"));
  EXPECT_THAT(On("Eswatini police detained PUDEMO activists in Mbabane."), ElementsAre("SWZCOP 173 SWZOPP"));
  EXPECT_THAT(On("Malian drones struck Azawad Liberation Front positions near Kidal."),
              ElementsAre("MLIMIL 1952 MLIREB"));
}

}  // namespace
}  // namespace tidings::extract
