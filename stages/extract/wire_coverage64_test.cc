// Villages, offices and quotes. Shelling or bombing villages or homes near a known place, with
// no one named, strikes their civilians, of the place's country (a state shelling its own
// villages included). "His office" after "told X that" is the teller's. "Was not optimistic"
// is pessimism, and quote marks inside a verb's words or right after a modal do not hide it
// ("was 'not optimistic at all'", "would 'strike hard' at"). An actor hyphened to "sponsored"
// made the thing after it and is no side ("the EU-sponsored dialogue with Kosovo"). Every
// sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2025-07-15") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage64, ShellingVillagesStrikesTheirCivilians) {
  EXPECT_THAT(On("Syrian army tanks shelled Druze villages west of Sweida on Monday."), ElementsAre("SYRMIL 194 SYRCVL"));
  // Another country's villages are that country, as before.
  EXPECT_THAT(On("Russian forces shelled villages in the Kharkiv region on Monday."), ElementsAre("RUSMIL 194 UKR"));
  // A village seized is no civilians', and a village no dictionary places gives no country.
  EXPECT_THAT(On("Ukrainian troops recaptured the village of Robotyne on Monday."),
              Not(Contains(::testing::HasSubstr("CVL"))));
  EXPECT_THAT(On("Myanmar army artillery shelled three villages on Thursday."), IsEmpty());
}

TEST(WireCoverage64, HisOfficeAfterToldThatIsTheTellers) {
  EXPECT_THAT(On("The International Criminal Court's chief prosecutor, Karim Khan, told the U.N. Security Council on "
                 "Monday that his office was investigating killings by the Rapid Support Forces in West Darfur.",
                 "2024-01-29"),
              ElementsAre("IGOJUDICC 091 SDNREB"));
}

TEST(WireCoverage64, NotOptimisticIsPessimismThroughItsQuotes) {
  EXPECT_THAT(On("Serbia's president said on Sunday he was not optimistic about the dialogue with Kosovo."),
              ElementsAre("SRBGOV 012 KSV"));
  EXPECT_THAT(On("Serbia's president said on Sunday he was 'not optimistic at all' about the EU-sponsored dialogue "
                 "with Kosovo."),
              ElementsAre("SRBGOV 012 KSV"));
}

TEST(WireCoverage64, AQuoteAfterAModalHidesNoVerb) {
  EXPECT_THAT(On("Israel's defence minister warned on Tuesday that Israeli forces would 'strike hard' at Syrian "
                 "government troops if they kept advancing."),
              Contains(::testing::StartsWith("ISR")));
  // After "to" a quoted verb stays a figure of speech: "vowing to 'crush' its rival's fares".
  EXPECT_THAT(On("Ryanair's boss vowed on Tuesday to 'crush' his Hungarian rival's fares at Warsaw airports."),
              IsEmpty());
}

}  // namespace
}  // namespace tidings::extract
