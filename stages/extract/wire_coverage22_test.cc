// The built-in dictionaries against ordinary wire copy, twenty-second pass: protests and
// domestic security forces. A rally "to demand" a leader's resignation is a protest for it
// (1411), not a complaint to the leader; a road kept blocked and shops shut in a strike are
// protests against the protesters' own government, also when the place or the dateline gives
// them their country; police deployed in force or placed on full alert (153, 151); forces moved
// to combat readiness after another state's drills (152). With the other senses of the same
// words. wire_coverage_test.cc to wire_coverage21_test.cc are the earlier passes. Every sentence
// here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 14: a march or rally whose infinitive demands a leader's resignation is the protest for it
// (1411), whatever its place and day between.
TEST(WireCoverage22, RallyToDemandAResignation) {
  ExpectExactly("Tens of thousands of protesters marched through Lima on Saturday to demand the resignation of "
                "President Dina Boluarte.",
                {"PEROPP 1411 PERGOV"});
  ExpectExactly("Thousands of protesters rallied in Dhaka on Sunday to demand the resignation of Prime Minister "
                "Sheikh Hasina.",
                {"BGDOPP 1411 BGDGOV"});
  ExpectCoded({{"Thousands of protesters rallied in Dhaka on Sunday.", "BGDOPP 141 "}});
  ExpectNotCoded({{"Shares of Tesla rallied 3% on Friday.", ""}});
}

// 14: a road kept blocked is an obstruction (144) against the blockers' own government, who
// take their country from the place or the dateline.
TEST(WireCoverage22, RoadKeptBlocked) {
  ExpectExactly("Farmers in Lahore kept the road to the Wagah border crossing blocked for a second week, protesting "
                "against a new export rule.",
                {"PAKAGR 144 PAKGOV"});
  ExpectExactly("LAHORE, March 5 (Reuters) - Farmers kept the road to the Wagah border crossing blocked for a second "
                "week.",
                {"PAKAGR 144 PAKGOV"});
  ExpectExactly("Pakistani farmers kept the road to the Wagah border crossing blocked for a second week.",
                {"PAKAGR 144 PAKGOV"});
  ExpectExactly("Teachers in Lagos downed tools on Monday.", {"NGAEDU 143 NGAGOV"});
}

// 14: shopkeepers shutting their stores in a strike against a tax strike for a policy change
// (1432); shut for a holiday they do nothing. A boycott ordered and ignored is no strike.
TEST(WireCoverage22, ShopsShutInAStrike) {
  ExpectExactly("Shopkeepers in Nairobi shut their stores on Tuesday in a strike against a new tax on mobile money.",
                {"KENBUS 1432 KENGOV"});
  ExpectExactly("Shopkeepers in Nairobi closed their shops on Tuesday in protest.", {"KENBUS 143 KENGOV"});
  ExpectNotCoded({
      {"Shopkeepers in Nairobi shut their shops for the Eid holiday.", ""},
      {"Teachers in Bamenda ignored an order to boycott the new school year.", "14"},
  });
}

// 15: police deployed in force or placed on full alert (153, 151), against the protesters the
// clause names; police deployed to direct traffic are no event.
TEST(WireCoverage22, PoliceInForce) {
  ExpectExactly("Police deployed in force around the presidential palace in Dhaka ahead of a march planned by "
                "opposition supporters.",
                {"BGDCOP 153 BGDOPP"});
  ExpectExactly("Riot police deployed in force outside parliament in Belgrade on Saturday ahead of a rally by "
                "opposition supporters.",
                {"SRBCOP 153 SRBOPP"});
  ExpectCoded({
      {"Police deployed in force around the presidential palace in Dhaka.", "BGDCOP 153"},
      {"Police were placed on full alert across Islamabad as supporters of the jailed former prime minister "
       "prepared to rally.",
       "PAKCOP 151"},
  });
  ExpectNotCoded({{"Police deployed in Nairobi to direct traffic around the stadium.", ""}});
}

// 15: forces moved to combat readiness after another state's military launched drills raise
// their alert against that state (152).
TEST(WireCoverage22, CombatReadiness) {
  ExpectCoded({{"South Korea's armed forces moved to combat readiness after North Korea's military launched missile "
                "drills near the border.",
                "KORMIL 152 PRKMIL"}});
  ExpectNotCoded({{"The company moved to a new headquarters after the merger.", ""}});
}

}  // namespace
}  // namespace tidings::extract
