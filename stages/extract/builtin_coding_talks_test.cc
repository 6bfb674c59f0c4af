// The built-in dictionaries on mediated talks, phone calls and visits: the parties to talks a
// third side mediated, a call after which the caller urges restraint, and a trip to a country.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

std::vector<std::string> Code(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2025-03-28"));
}

TEST(BuiltinCodingTalks, TalksMediatedByAThirdSideAreMediationBetweenTheirParties) {
  // The clause's subject holds the talks; each mediator mediates between each party, never
  // between the mediators themselves.
  EXPECT_THAT(Code("Sudanese and Ethiopian delegations resumed negotiations in Nairobi in talks mediated by Kenya "
                   "and Egypt."),
              UnorderedElementsAre("SDNGOV 046 ETHGOV", "ETHGOV 046 SDNGOV", "KEN 045 SDNGOV", "KEN 045 ETHGOV",
                                   "EGY 045 SDNGOV", "EGY 045 ETHGOV"));
  EXPECT_THAT(Code("Eritrea and Djibouti signed a border deal in talks mediated by Qatar."),
              UnorderedElementsAre("ERI 057 DJI", "DJI 057 ERI", "QAT 045 ERI", "QAT 045 DJI"));
  // "talks between A and B mediated by C".
  EXPECT_THAT(Code("Talks between Armenia and Azerbaijan mediated by Russia ended without a deal."),
              UnorderedElementsAre("RUS 045 ARM", "RUS 045 AZE"));
}

TEST(BuiltinCodingTalks, MediationWithNoPartiesNamedIsNoEvent) {
  EXPECT_THAT(Code("A trade dispute mediated by the WTO panel dragged on for years."), IsEmpty());
  // Mediators are no parties of each other.
  EXPECT_THAT(Code("Talks mediated by Turkey and Qatar ended without a deal."), IsEmpty());
  // A truce in a clause of its own ("as ...") is not the subject's talks.
  EXPECT_THAT(Code("Israel and Hezbollah stopped firing at each other as a truce brokered by the United States and "
                   "France took effect."),
              Not(Contains(::testing::HasSubstr(" 045 "))));
}

TEST(BuiltinCodingTalks, APhoneCallThenAnAppealToTheSamePeople) {
  // "had spoken by telephone" is a perfect, no passive; "and had urged them" shares its subject.
  EXPECT_THAT(Code("Nigerian President Bola Tinubu said he had spoken by telephone with the leaders of Niger and Benin "
                   "and had urged them to pull their troops back from the border."),
              UnorderedElementsAre("NGAGOV 041 NERGOV", "NGAGOV 041 BENGOV", "NGAGOV 0256 NER", "NGAGOV 0256 BEN"));
}

TEST(BuiltinCodingTalks, ATripToACountryIsAVisit) {
  EXPECT_THAT(Code("The Indian prime minister began a three-day trip to Egypt on Sunday."),
              UnorderedElementsAre("INDGOV 042 EGY"));
  EXPECT_THAT(Code("Seoul and Tokyo agreed to resume regular visits by their leaders as South Korean President Yoon "
                   "began a two-day trip to Japan."),
              Contains("KORGOV 042 JPN"));
  EXPECT_THAT(Code("The minister began a two-day trip to the coast."), IsEmpty());
}

TEST(BuiltinCodingTalks, SidesOfSeveralCountriesMeetingInAThirdOnesPlaceMeetAtAThirdLocation) {
  EXPECT_THAT(Code("Serbian and Kosovar negotiators met in Brussels on Tuesday."),
              UnorderedElementsAre("SRBGOV 044 KSVGOV", "KSVGOV 044 SRBGOV"));
  // In one side's own capital it is a plain meeting; "held talks" keeps its own code.
  EXPECT_THAT(Code("Serbian and Kosovar negotiators met in Belgrade on Tuesday."),
              UnorderedElementsAre("SRBGOV 040 KSVGOV", "KSVGOV 040 SRBGOV"));
  EXPECT_THAT(Code("The leaders of Ethiopia and Somalia held talks in Ankara on Wednesday."),
              Not(Contains(::testing::HasSubstr(" 044 "))));
}

TEST(BuiltinCodingTalks, MeetingAbroadThenLettingObserversIn) {
  // "met ... and agreed to": the meeting is no intent; letting observers monitor a truce is an
  // intent to allow international involvement, towards the observers' body, not the truce.
  EXPECT_THAT(Code("Ethiopian and Eritrean defence ministers met in Nairobi and agreed to allow African Union monitors "
                   "to observe the truce."),
              UnorderedElementsAre("ETHGOV 044 ERIGOV", "ERIGOV 044 ETHGOV", "ETHGOV 0355 IGOAFRAFU",
                                   "ERIGOV 0355 IGOAFRAFU"));
  EXPECT_THAT(Code("The foreign ministers of Greece and Turkey met in Athens and promised to keep talking."),
              UnorderedElementsAre("GRCGOV 040 TURGOV", "TURGOV 040 GRCGOV", "GRCGOV 036 TURGOV", "TURGOV 036 GRCGOV"));
}

}  // namespace
}  // namespace tidings::extract
