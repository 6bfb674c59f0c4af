// Weapons and money, complaints and representations. Weapons with no country are those of who
// launched or fired them ("struck by missiles and drones launched by Yemen's Houthis"). Assets
// frozen "of" someone are that one's, not the country that holds them. Wiping out money or
// easing pressure is no violence and no easing of a restriction. Fighters burning their own
// rifles disarm (0873). Lodging "stern representations" with a state is an official complaint;
// complaining that talks are going nowhere is a remark. A story filed from one country about
// another ("DUBAI ... Iran's judiciary chief warned that rioters ...") gives its people with no
// country the subject's country, not the dateline's; a visiting leader's "He" leaves the host's.
// Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2025-07-07") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage66, WeaponsAreTheirLaunchers) {
  EXPECT_THAT(On("ATHENS, July 7 (Reuters) - A Greek-operated bulk carrier was struck by missiles and drones launched "
                 "by Yemen's Houthis in the Red Sea on Sunday."),
              ElementsAre("YEMREB 1952 GRC"));
}

TEST(WireCoverage66, AssetsOfSomeoneAreThatOnes) {
  EXPECT_THAT(On("The U.S. Treasury froze any U.S. assets of Brazilian Supreme Court Justice Alexandre de Moraes on "
                 "Wednesday."),
              ElementsAre("USAGOV 163 BRAJUD"));
}

TEST(WireCoverage66, MoneyWipedOutAndPressureEasedAreNoEvents) {
  EXPECT_THAT(On("Argentine prosecutors opened an investigation into the promotion of a cryptocurrency whose price "
                 "collapsed within hours, wiping out millions of dollars of investors' money."),
              Not(Contains(::testing::HasSubstr(" 200 "))));
  EXPECT_THAT(On("Mexico sent 26 cartel figures to the United States on Tuesday as its government sought to ease "
                 "pressure from Washington."),
              Not(Contains(::testing::HasSubstr(" 081 "))));
}

TEST(WireCoverage66, FightersBurningTheirRiflesDisarm) {
  EXPECT_THAT(On("Thirty PKK fighters set fire to their rifles at a ceremony in northern Iraq on Friday."),
              Contains(::testing::HasSubstr(" 0873")));
}

TEST(WireCoverage66, SternRepresentationsAreAComplaintAndComplainingThatIsARemark) {
  EXPECT_THAT(On("Beijing lodged \"stern representations\" with Tokyo on Friday over the prime minister's remarks."),
              Contains("CHN 114 JPN"));
  EXPECT_THAT(On("President Donald Trump criticised the European Union on Friday, complaining that trade talks with "
                 "Brussels were going nowhere.",
                 "2025-05-23"),
              Not(Contains(::testing::HasSubstr(" 114 "))));
}

TEST(WireCoverage66, AStoryFiledFromElsewhereIsAboutItsSubjectsCountry) {
  EXPECT_THAT(On("DUBAI, Oct 16 (Reuters) - Iran's judiciary chief warned on Sunday that those \"rioters\" who had "
                 "taken to the streets would be dealt with firmly.",
                 "2022-10-16"),
              Contains(::testing::EndsWith("IRNOPP")));
  // With the dateline's own country named, the dateline holds.
  EXPECT_THAT(On("ULAANBAATAR, Aug 5 (Reuters) - Japanese Prime Minister Fumio Kishida met Mongolia's president on "
                 "Saturday as protesters gathered outside.",
                 "2023-08-05"),
              Not(Contains(::testing::HasSubstr("JPNOPP"))));
}

}  // namespace
}  // namespace tidings::extract
