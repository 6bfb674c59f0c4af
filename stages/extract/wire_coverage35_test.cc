// The built-in dictionaries against ordinary wire copy, thirty-fifth pass: events with no
// target. A posture of a state's own forces or police (CAMEO 150-153, 155: an alert, police
// sent out, war games; not troops moved at home, 154, as often relief) that names no other
// party is coded with an absent target, "BRACOP 151 -", as hand coders and PETRARCH do. Only
// when the sentence's actors are all that state's own forces and organs, its place is in that
// country, a pattern read the posture (not a verb's bare code), and no protest (the organisers
// are then its target, even unnamed) or disaster (relief) is what it readies for. A posture
// that names whom it is aimed at keeps that target; a planned, negated or passive one, none.
// wire_coverage_test.cc to wire_coverage34_test.cc are the earlier passes. Every sentence here
// was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

TEST(WireCoverage35, OwnForcesPostureWithNoOtherPartyHasNoTarget) {
  ExpectExactly("Brazil's police put all officers in Rio de Janeiro on high alert on Friday.", {"BRACOP 151 -"});
  ExpectExactly("Indian police put officers on high alert on Sunday.", {"INDCOP 151 -"});
  // Forces of no named country are the source's own.
  ExpectExactly("Egypt's interior ministry put police on maximum alert on Friday.", {"EGYGOV 152 -"});
  ExpectExactly("The French government deployed thousands of police officers across Paris on Saturday.",
                {"FRAGOV 153 -"});
  ExpectExactly("Vietnam's navy staged war games in the Gulf of Tonkin on Thursday.", {"VNMMIL 150 -"});
}

TEST(WireCoverage35, PostureNamingAnotherPartyKeepsIt) {
  ExpectExactly("Japan's army put its units on high alert on Monday as North Korea fired a missile.",
                {"JPNMIL 152 PRK"});
  ExpectExactly("Turkey's military staged exercises with Azerbaijan on Monday.", {"TURMIL 062 AZE"});
  ExpectNotCoded({{"Japan's army put its units on high alert on Monday as North Korea fired a missile.", "152 -"},
                  {"Turkey's military staged exercises with Azerbaijan on Monday.", "150"},
                  // Another country's people in the sentence: perhaps its target, so no targetless event.
                  {"Greek police put all officers on high alert on Tuesday, fearing attacks by Turkish nationalists.",
                   "151"},
                  {"France deployed 1,000 troops to Mali on Tuesday.", "15"}});
  // Troops moved at home (154) may be relief as well as force: not coded with no target.
  ExpectNotCoded({{"Colombia's government deployed 3,000 soldiers to the city of Cali on Tuesday.", "154"}});
}

TEST(WireCoverage35, NoTargetlessPostureWhenUnsureItHappenedOrWhom) {
  ExpectNotCoded({// Readied for protests: the organisers are its target, unnamed here.
                  {"Thailand's police went on high alert in Bangkok on Friday ahead of a planned opposition rally.",
                   ""},
                  // Readied for a disaster: relief, no show of force.
                  {"Chile's army went on high alert on Monday after an earthquake struck the north.", ""},
                  {"Mexico's navy put its units on maximum alert ahead of a hurricane.", ""},
                  // Planned, said to be coming, or negated: no act.
                  {"Chile's army plans to put its units on high alert.", ""},
                  {"Kenya's government said it would deploy extra police to Mombasa.", ""},
                  {"Nigeria's police did not put officers on high alert on Monday.", ""},
                  // "patrol" here is a noun: no posture of patrolling.
                  {"A Peruvian army patrol was ambushed by rebels on Sunday.", "15"},
                  // The attackers are named: the police are the target of the attack, not of a posture.
                  {"Peru's police went on high alert in Lima on Friday after gunmen attacked a police station.",
                   "15"}});
}

}  // namespace
}  // namespace tidings::extract
