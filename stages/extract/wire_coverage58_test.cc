// Background in long wire sentences, from a probe of leads with a main act and background after
// it. A relative clause saying what the subject of a later clause ("as", "while", "after",
// "although") had done before is background, as it is for the main clause's subject. The actor
// that ends a "who" clause whose verb no dictionary knows is not the next verb's subject ("A
// gunman who had published a manifesto attacking immigrants opened fire"). Every sentence here
// was written for this test. "It" as the subject of a later clause is not a country the
// sentence named only as a place ("around Taiwan as it launched drills"). A participle after
// the object of "with", "from" or "to" describes that object ("companies supplying weapons").
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> On(const std::string& text, const std::string& date = "2023-03-01") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage58, WhatASubordinateClausesSubjectHadDoneIsBackground) {
  EXPECT_THAT(On("Hamas freed 12 Israeli hostages on Friday, as Israeli jets, which had pounded Gaza for weeks, stayed "
                 "silent."),
              ElementsAre("PSEREB 0841 ISRCVL"));
  EXPECT_THAT(On("Russia pounded Kharkiv with missiles on Tuesday, as Ukrainian troops, who had shelled Belgorod "
                 "last week, withdrew from the river."),
              ElementsAre("RUS 195 UKR"));
  EXPECT_THAT(On("Colombian police arrested 40 people overnight, although protesters, who had attacked a police "
                 "station in Cali, said they would continue."),
              ElementsAre("COLCOP 173 COLCVL"));
  EXPECT_THAT(On("Russia pounded Kharkiv with missiles on Tuesday, while Ukrainian troops, who had shelled "
                 "Belgorod last week, pulled back from the river."),
              ElementsAre("RUS 195 UKR"));
  // Nothing else in the sentence: nothing coded.
  EXPECT_THAT(On("Talks resumed in Doha on Monday after Qatari mediators, who had condemned Israel's strikes, "
                 "returned to the table."),
              IsEmpty());
}

TEST(WireCoverage58, ARelativeClauseOnAnObjectStillAddsItsFact) {
  // Set off by commas after an object, not a later clause's subject: a fact of its own.
  EXPECT_THAT(On("Serbia recalled its envoy from Kosovo, which had expelled two Serbian diplomats last week."),
              ::testing::Contains("SRB 161 KSV"));
  EXPECT_THAT(On("Iran summoned the British ambassador on Monday, and Britain, which had sanctioned Iranian "
                 "officials, rejected the charge."),
              ::testing::Contains("GBR 163 IRNGOV"));
}

TEST(WireCoverage58, TheActorEndingARelativeClauseIsNotTheNextVerbsSubject) {
  EXPECT_THAT(On("A gunman who had written a blog post attacking immigrants opened fire at a mosque in "
                 "Christchurch on Friday."),
              ::testing::Each(::testing::StartsWith("NZLUAF ")));
  EXPECT_THAT(On("A gunman who had written a blog post attacking immigrants opened fire at a mosque in "
                 "Christchurch on Friday."),
              ::testing::Not(IsEmpty()));
  // Past a verb of saying, the actor after it is that clause's subject, not the relative's.
  EXPECT_THAT(On("Officials who said rebels attacked the town were not available."), IsEmpty());
  // A relative with a verb of its own is coded as before.
  EXPECT_THAT(On("A Turkish court jailed a journalist who had written articles about Kurdish militants on Monday."),
              ElementsAre("TURJUD 173 TURMED"));
}

TEST(WireCoverage58, ItIsNotACountryNamedOnlyAsAPlace) {
  EXPECT_THAT(On("Iran seized a tanker near Oman on Friday after it accused Washington of piracy."),
              ::testing::UnorderedElementsAre("IRN 1711 OMN", "IRN 112 USA"));
  EXPECT_THAT(On("The United States deployed warships off Venezuela on Friday as it accused Caracas of drug "
                 "trafficking."),
              ::testing::Contains(::testing::StartsWith("USA 112")));
  EXPECT_THAT(On("Israel struck targets in Lebanon on Tuesday as it warned Hezbollah against escalation."),
              ::testing::Contains(::testing::StartsWith("ISR 13")));
  // Warships are "they": "it" stays the country named last.
  EXPECT_THAT(On("Chinese warships sailed near Taiwan on Saturday as it accused Beijing of harassment."),
              ::testing::UnorderedElementsAre("CHNMIL 150 TWN", "TWN 112 CHN"));  // (sailing near it: force shown)
  // The object of the verb, not a place, stays what "it" can be.
  EXPECT_THAT(On("Turkey criticised Sweden on Monday after it allowed a Koran burning in Stockholm."),
              ElementsAre("TUR 111 SWE"));
}

TEST(WireCoverage58, AParticipleAfterTheObjectOfWithDescribesIt) {
  EXPECT_THAT(On("LOS ANGELES, April 25 (Reuters) - Students demanded that the university cut ties with "
                 "companies supplying weapons to Israel."),
              ::testing::Not(::testing::Contains(::testing::HasSubstr(" 072 "))));
  EXPECT_THAT(On("The United States cut ties with Iranian banks financing Hezbollah on Monday."),
              ElementsAre("USA 161 IRNBUS"));
  // Not after a comma, where "with" opens an act of its own.
  EXPECT_THAT(On("Sweden and Iran swapped prisoners on Saturday, with Tehran freeing two Swedes."),
              ::testing::Contains("SWE 0841 IRN"));
  EXPECT_THAT(On("Germany is among the countries supplying weapons to Ukraine."), ElementsAre("DEU 072 UKR"));
}

}  // namespace
}  // namespace tidings::extract
