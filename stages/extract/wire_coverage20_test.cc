// The built-in dictionaries against ordinary wire copy, twentieth pass: participles after verbs of
// care ("a hospital treating wounded soldiers" is no attack), a truce observed ("X and Y stopped
// firing as a truce took hold" is 0871, not a violation), action plans signed (057), and idioms
// the coder missed; with the senses of the same words that must keep their codes.
// wire_coverage_test.cc to wire_coverage19_test.cc are the earlier passes. Every sentence here
// was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 18, 19: the wounded a hospital treats are no victims of the hospital; shelling that wounds is.
TEST(WireCoverage20, CareForTheWounded) {
  ExpectNotCoded({
      {"A Jordanian field hospital was treating wounded Syrian soldiers near the border.", "1"},
      {"Medics were caring for wounded Ukrainian soldiers in Lviv.", ""},
      {"The Dutch hospital treated injured Syrian children.", ""},
      {"Helicopters were evacuating injured Turkish villagers after the quake.", ""},
  });
  ExpectCoded({
      {"Russian shelling wounded six civilians in Kherson.", "RUS 194 UKRCVL"},
      {"Israeli soldiers wounded three Palestinians in Jenin.", "ISRMIL 182 PSE"},
      {"Ukrainian drones injured five Russian civilians.", "UKRMIL 182 RUSCVL"},
  });
}

// 08: two sides that stop firing as a truce begins observe it; ending a truce breaks it.
TEST(WireCoverage20, StoppedFiring) {
  ExpectExactly("Armenia and Azerbaijan stopped firing at midnight as a ceasefire took hold.",
                {"ARM 0871 AZE", "AZE 0871 ARM"});
  ExpectExactly("India and Pakistan stopped firing on Saturday evening after a truce took effect.",
                {"IND 0871 PAK", "PAK 0871 IND"});
  ExpectCoded({{"Azerbaijan broke the ceasefire by shelling Armenian villages.", "AZE 194 ARM"}});
}

// 05: an action plan signed is an agreement; agreed on, an intent (WireCoverage16).
TEST(WireCoverage20, ActionPlansSigned) {
  ExpectExactly("Egypt and Turkey signed an action plan on trade on Wednesday.", {"EGY 057 TUR", "TUR 057 EGY"});
  ExpectExactly("Kenya signed an action plan with Ethiopia on border security.", {"KEN 057 ETH"});
  ExpectNotCoded({{"The company signed an action plan to cut emissions.", ""}});
}

// 07: debt rolled over is money left with the borrower; a bus rolling over is no event.
TEST(WireCoverage20, RolledOverDebt) {
  ExpectExactly("China rolled over a $2 billion loan to Pakistan.", {"CHN 071 PAK"});
  ExpectCoded({
      {"Qatar rolled over a $500 million Sudanese treasury bill.", "QAT 071 SDN"},
      {"Saudi Arabia rolled over a $3 billion deposit with Egypt's central bank.", "SAU 071 EGY"},
  });
  ExpectNotCoded({{"The bus rolled over on the highway near Lahore.", ""}});
}

// 07, 06: food and flour trucked in are aid, weapons military aid; ground broken jointly is
// cooperation, by one builder nothing.
TEST(WireCoverage20, AidAndJointProjects) {
  ExpectExactly("Jordan sent 50 trucks of flour into Gaza.", {"JOR 073 PSE"});
  ExpectCoded({{"Iran sent trucks of weapons to Hezbollah.", "IRN 072 LBNREB"}});
  ExpectExactly("Kenya and Uganda broke ground on a joint oil pipeline on Monday.", {"KEN 061 UGA", "UGA 061 KEN"});
  ExpectNotCoded({{"Qatar broke ground on a new stadium.", ""}});
}

// 07, 06: a person taken in as a refugee is granted asylum; suspects sent to a state are
// extradited; troops, militants and journalists sent somewhere are not.
TEST(WireCoverage20, AsylumAndExtradition) {
  ExpectExactly("Germany took in the Russian journalist as a refugee.", {"DEU 075 RUSMED"});
  ExpectNotCoded({{"Police took in the journalist for questioning.", ""}});
  ExpectExactly("Mexico sent 29 alleged cartel figures to the United States.", {"MEX 063 USA"});
  ExpectExactly("Ecuador sent five suspects to Colombia.", {"ECU 063 COL"});
  ExpectNotCoded({
      {"Mexico sent troops to the border with the United States.", "063"},
      {"Iran sent militants to Syria.", "063"},
  });
}

// 14: protesters blockading sites in protest at a policy obstruct passage; a navy's blockade
// stays 191.
TEST(WireCoverage20, BlockadedInProtest) {
  ExpectCoded({
      {"Farmers blockaded fuel depots across Belgium in protest at the new rules.", "BELAGR 1442 BEL"},
      {"The Israeli navy blockaded the Gaza coast.", "ISRMIL 191 PSE"},
  });
}

// 04: a meeting named by a gerund after "after" is the act of its clause's subject ("said after
// meeting X"); a deadline met or a gerund of no meeting is nothing, and the reported clause
// after "that" is no part of the meeting.
TEST(WireCoverage20, MeetingAfterSaying) {
  ExpectExactly("Kenya's foreign minister said on Tuesday after meeting Somali President Hassan Sheikh Mohamud "
                "in Nairobi that the border would reopen.",
                {"KENGOV 040 SOMGOV"});
  ExpectExactly("Japan's prime minister spoke to reporters after meeting with Australian Prime Minister Anthony Albanese.",
                {"JPNGOV 040 AUSGOV"});
  ExpectNotCoded({
      {"The Nigerian airline said after meeting the deadline that it would expand.", ""},
      {"Iran criticized Israel over the strike, as prices rose in Tehran.", "040"},
  });
}

}  // namespace
}  // namespace tidings::extract
