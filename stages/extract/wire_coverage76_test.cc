// Sides and names. A model's number before "fighter" makes it a jet ("a Russian Su-35
// fighter": RUSMIL), so a posture answering its incursion is aimed at Russia; whom one fights
// "alongside" is an ally, and "alongside" ends a noun; "responded in kind" does back what was
// just done to the subject, and ", and" past an object phrase opens a new clause; a description
// naming what an unknown name is ("often called Africa's first killer app") holds no subject;
// "newly inaugurated" is an adjective; "and warned it would" is the sentence subject's warning;
// stepping down as mediator between two sides halts mediation (165); a pardoned prisoner is
// freed (0841). Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-06-08") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage76, AFighterAfterAModelNumberIsAJet) {
  EXPECT_THAT(On("Latvia put its air force on heightened alert on Thursday, a day after an airspace violation by a "
                 "Russian Su-30 fighter."),
              ElementsAre("LVA 152 RUSMIL"));
}

TEST(WireCoverage76, AlongsideIsAnAlly) {
  EXPECT_THAT(On("Rwandan troops fighting alongside Mozambique's army shelled insurgent positions near Mocimboa da "
                 "Praia on Thursday."),
              ::testing::AllOf(Contains(::testing::StartsWith("RWAMIL 194 ")),
                               Not(Contains(::testing::StartsWith("RWAMIL 19 MOZ")))));
}

TEST(WireCoverage76, RespondedInKind) {
  EXPECT_THAT(On("Slovakia expelled two diplomats from Russia's embassy on Friday, hours after Moscow detained two "
                 "alleged spies for Slovak military intelligence, and Moscow swiftly responded in kind."),
              ElementsAre("SVK 161 RUSGOV", "RUS 161 SVK"));
  EXPECT_THAT(On("Poland expelled a Belarusian diplomat on Monday, and Minsk said it would respond in kind."),
              Not(Contains("BLR 161 POL")));
}

TEST(WireCoverage76, ANamingDescriptionHoldsNoSubject) {
  EXPECT_THAT(On("Safaricom's M-Pesa, the mobile money service often called Africa's first killer app, has stormed into "
                 "Ethiopia."),
              IsEmpty());
}

TEST(WireCoverage76, NewlyInauguratedIsAnAdjective) {
  EXPECT_THAT(On("Ugandan President Yoweri Museveni heaped praise on Kenya's newly inaugurated President William Ruto."),
              ElementsAre(::testing::StartsWith("UGAGOV 051 KEN")));
}

TEST(WireCoverage76, AndWarnedItWouldIsTheSubjects) {
  EXPECT_THAT(On("Beijing accused The Hague on Tuesday of abusing national security and warned it would take "
                 "necessary measures to protect Chinese companies."),
              Not(Contains(::testing::StartsWith("NLD"))));
}

TEST(WireCoverage76, SteppingDownAsMediator) {
  EXPECT_THAT(On("Kenya said on Monday it was stepping down as mediator between Sudan and South Sudan."),
              ElementsAre("KEN 165 SDN", "KEN 165 SSD"));
}

TEST(WireCoverage76, APardonFreesThePrisoner) {
  EXPECT_THAT(On("Tunisia's President Kais Saied pardoned jailed journalist Mourad Zeghidi on Wednesday."),
              ElementsAre(::testing::StartsWith("TUNGOV 0841 TUN")));
}

}  // namespace
}  // namespace tidings::extract
