// Figures of force in business and show business, and whose side a shared object is on. A
// takeover bid's "assault" or "raid" is no attack, and an awards night's "beating" no assault.
// Refusing to extradite someone to a country rejects that country's request. An agent's word
// in the name of a bridge or a hotel names no actor, and protesters or truckers blockading a
// bridge obstruct passage (144), no siege. People that several countries act on together are
// none of those countries' own. Handing armoured boats to a navy is military aid. Every sentence
// here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-10-09") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage61, ATakeoverBidsAssaultIsNoAttack) {
  EXPECT_THAT(On("Canada's Couche-Tard launched a renewed assault on Japan's Seven & i on Wednesday, sweetening its "
                 "takeover offer after its first bid was rebuffed."),
              IsEmpty());
  // Without the bid, an assault on a country is still one.
  EXPECT_THAT(On("Russia launched a renewed assault on Ukraine's Kharkiv region on Wednesday."),
              Contains(::testing::StartsWith("RUS 19")));
}

TEST(WireCoverage61, AnAwardsNightsBeatingIsNoAssault) {
  EXPECT_THAT(On("South African singer Tyla took the Grammys by storm on Sunday, beating Nigerian heavyweights Burna "
                 "Boy and Davido to the award for best African music performance."),
              IsEmpty());
}

TEST(WireCoverage61, RefusingToExtraditeSomeoneToACountryRejectsThatCountry) {
  EXPECT_THAT(On("A court in Nicosia refused on Thursday to extradite a Lebanese businessman to the United States."),
              ElementsAre("CYPJUD 121 USA"));
  EXPECT_THAT(On("Pakistan refused to hand over the suspect to India on Monday."), ElementsAre("PAK 121 IND"));
  // With the country first, as before.
  EXPECT_THAT(On("A Warsaw court refused on Friday to extradite to Germany a Ukrainian diver."),
              ElementsAre("POLJUD 121 DEU"));
}

TEST(WireCoverage61, TruckersBlockadingABridgeObstructPassage) {
  EXPECT_THAT(On("WINDSOR, Ontario, Feb 10 (Reuters) - Truck drivers blockaded the Ambassador Bridge between Windsor "
                 "and Detroit for a fourth day on Thursday."),
              ElementsAre("CANLAB 144 CANGOV"));
  // An army's blockade of a town is still a siege.
  EXPECT_THAT(On("Russian troops blockaded Mariupol on Thursday."), ElementsAre("RUSMIL 191 UKR"));
}

TEST(WireCoverage61, AnAgentsWordInAPlacesNameIsNoActor) {
  EXPECT_THAT(On("Protesters gathered outside the President Hotel in Kampala on Friday."),
              Not(Contains(::testing::HasSubstr("GOV"))));
}

TEST(WireCoverage61, PeopleSeveralCountriesActOnAreNoneOfTheirs) {
  EXPECT_THAT(On("Britain, Canada and Norway accused the two far-right politicians of inciting violence on Tuesday."),
              Not(Contains(::testing::HasSubstr("GBRPTY"))));
  // One country acting on its own party, as before.
  EXPECT_THAT(On("Britain accused far-right politicians of inciting violence on Tuesday."),
              ElementsAre("GBR 112 GBRPTY"));
}

TEST(WireCoverage61, ArmouredBoatsHandedToANavyAreMilitaryAid) {
  EXPECT_THAT(On("The United States handed over eight armoured interceptor boats to Ecuador's navy on Friday."),
              ElementsAre("USA 072 ECUMIL"));
  // Prisoners handed over are released, as before.
  EXPECT_THAT(On("Russia handed over 90 Ukrainian prisoners of war to Ukraine on Friday."),
              Contains(::testing::HasSubstr(" 084")));
}

}  // namespace
}  // namespace tidings::extract
