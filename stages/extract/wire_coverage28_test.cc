// The built-in dictionaries against ordinary wire copy, twenty-eighth pass: what two sides
// discuss or sign is no party to it. "A and B discussed Venezuela's election" or "... discussed
// Western Sahara" is a consultation of each other (the topic is no target; a third party is named
// with "with"); "sovereignty over the Chagos Islands" is a preposition's object, not a count
// ("over 100"), and a "while" clause ends the object. Forces "placed on high alert" by no one
// named show force themselves, and police on alert ahead of an opposition march show it to the
// opposition. A pattern's "on +" is not "on Monday": police firing tear gas "on Monday to break up
// riots in Luanda" disperse riots (175), no attack on the city. A threat's condition ("could scrap
// an agreement that gives X ... if Y keeps refusing") names the one threatened past a background
// relative clause. "Employees of the French embassy" or "a staff member of New Delhi's high
// commission" ordered out are diplomats expelled (161). "Al Qaeda-linked militants" are militants
// of the place named, as "-backed" ones are (a tie to a state or a national group keeps its
// country). "Welcomed Washington's reaffirmation" welcomes an act (051), not a visitor (043).
// The object of "with regional and U.N. missions" is no subject of the verb after it.
// wire_coverage_test.cc to
// wire_coverage27_test.cc are the earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 04: a compound that discusses a country, or a country's matter, consults each other.
TEST(WireCoverage28, WhatACompoundDiscussesIsATopic) {
  ExpectExactly("Kenyan President William Ruto and Ethiopia's Prime Minister Abiy Ahmed discussed Somalia's "
                "security in a phone call on Monday.",
                {"KENGOV 041 ETHGOV", "ETHGOV 041 KENGOV"});
  ExpectExactly("The leaders of Chile and Argentina discussed Bolivia on Friday.",
                {"CHLGOV 040 ARGGOV", "ARGGOV 040 CHLGOV"});
  // (A video call is a call, as the devset's conventions have it: 041.)
  ExpectExactly("Japan and South Korea discussed North Korea's missile launches in a video call.",
                {"JPN 041 KOR", "KOR 041 JPN"});
  // A third party named with "with" is whom they consult.
  ExpectExactly("France and Britain discussed the crisis with Iran's foreign minister.",
                {"FRA 040 IRNGOV", "GBR 040 IRNGOV"});
  ExpectExactly("Putin discussed Ukraine with Xi in a phone call.", {"RUSGOV 041 CHNGOV"});
  ExpectNotCoded({
      {"Japan and South Korea discussed North Korea's missile launches in a video call.", "040 PRK"},
  });
}

// 05: "signed a treaty ... handing sovereignty over the islands to X": "over" before a name is a
// preposition (a count only before a number), so the islands are no party; nor is what a "while"
// clause names.
TEST(WireCoverage28, WhatATreatyHandsOverIsNoParty) {
  ExpectExactly("Germany and Poland signed an accord on Wednesday transferring control over the Oder border "
                "crossing to Poland.",
                {"DEU 057 POL", "POL 057 DEU"});
  ExpectExactly("Spain and Morocco signed a deal on Monday handing control over the Canary Islands fisheries to "
                "Morocco while leasing back the Ceuta port for 50 years.",
                {"ESP 057 MAR", "MAR 057 ESP"});
  ExpectExactly("Kenya and Tanzania discussed trade with over 20 African countries.",
                {"KEN 040 AFR", "TZA 040 AFR"});
}

// 15: a passive alert with no agent is the subject's own show of force, to whom the border
// names; its police's alert ahead of an opposition march is shown to the opposition.
TEST(WireCoverage28, ForcesPlacedOnAlertShowForce) {
  ExpectExactly("Armenia's army has been placed on high alert along the border with Azerbaijan.",
                {"ARMMIL 152 AZE"});
  ExpectExactly("Pakistan's army has been placed on heightened alert along the border with India.",
                {"PAKMIL 152 IND"});
  ExpectExactly("Georgian police went on high alert across Tbilisi ahead of an opposition march on Saturday.",
                {"GEOCOP 151 GEOOPP"});
  ExpectExactly("Pakistani police went on high alert in Lahore on Friday ahead of a march by opposition supporters.",
                {"PAKCOP 151 PAKOPP"});
  ExpectNotCoded({
      {"The rescue services were placed on high alert ahead of the storm.", ""},
      {"North Korea sent 1,000 soldiers to Russia, who could be deployed against Ukrainian troops.", "154"},
      {"Israel placed its hospitals on alert.", ""},
  });
}

// 17, 19: "on" before a day is the date's: "fired tear gas and live rounds on Monday to break up
// riots in X" is the riot police's 175, not a 190 on the place; a pattern that skips the day
// ("gave X 48 hours on Monday to") still reads it.
TEST(WireCoverage28, APrepositionBeforeADayIsTheDates) {
  ExpectExactly("Police in Senegal fired tear gas on Friday to break up riots in Dakar.", {"SENCOP 175 SEN"});
  ExpectExactly("Kenyan police fired tear gas and rubber bullets on Tuesday to break up protests in Nairobi.",
                {"KENCOP 175 KEN"});
  ExpectExactly("Ethiopia gave rebels 48 hours on Monday to surrender.", {"ETH 139 ETHREB"});
  ExpectNotCoded({
      {"Police in Senegal fired tear gas on Friday to break up riots in Dakar.", "190"},
      {"Kenyan police fired tear gas and rubber bullets on Tuesday to break up protests in Nairobi.", "190"},
  });
}

// 13: a modal threat with no one it is aimed at threatens the actor of its condition; a
// background relative clause on its object ("that gives ...") does not stop the search.
TEST(WireCoverage28, AThreatsConditionPastABackgroundClause) {
  ExpectExactly("Britain would cancel a treaty that protects Rwandan investors if Kigali continued to back the "
                "rebels, the foreign secretary said.",
                {"GBR 131 RWA"});
  ExpectExactly("Kenya could suspend a deal that gives Ugandan traders duty-free access if Uganda keeps its ban on "
                "Kenyan milk, officials warned.",
                {"KEN 131 UGA"});
  ExpectNotCoded({
      {"Kenya signed a deal that gives Ugandan traders duty-free access.", "13"},
  });
}

// 16: people named as the staff of a state's embassy, consulate or high commission and sent
// away are its diplomats (161), not deportees (174).
TEST(WireCoverage28, EmbassyStaffSentAwayAreDiplomats) {
  ExpectExactly("Ghana ordered two members of staff of the Nigerian high commission to leave within 48 hours.",
                {"GHA 161 NGA"});
  ExpectExactly("Poland expelled a staff member of the Belarusian consulate in Gdansk.", {"POL 161 BLRGOV"});
  ExpectExactly("Germany deported 28 Afghan men convicted of crimes.", {"DEU 174 AFG"});
  ExpectNotCoded({
      {"Lithuania ordered three employees of the Russian embassy to leave the country within a week.", "174"},
      {"Kenya deported three Chinese nationals working near the embassy district.", "161"},
  });
}

// 19: fighters "-linked", "-affiliated" or "-allied" to a transnational movement are of the place
// named; tied to a national group or a state, they are of its country.
TEST(WireCoverage28, FightersTiedToAMovementAreOfThePlace) {
  ExpectExactly("Al Qaeda-linked militants attacked an army post in Mali.", {"MLIINS 190 MLIMIL"});
  ExpectExactly("Islamic State-affiliated fighters killed 15 soldiers in northeast Nigeria.", {"NGAREB 190 NGAMIL"});
  ExpectExactly("Hamas-allied gunmen fired rockets at Israel.", {"PSEREB 190 ISR"});
  ExpectExactly("Russia-aligned hackers attacked Polish ministries.", {"RUSCRM 176 POLGOV"});
}

// 05, 04: an actor's act welcomed ("welcomed Sudan's withdrawal", "... reaffirmation") is an
// endorsement; a person welcomed is a visit hosted.
TEST(WireCoverage28, AnActWelcomedIsEndorsed) {
  ExpectExactly("Egypt welcomed Sudan's withdrawal from the talks.", {"EGY 051 SDN"});
  ExpectExactly("Ghana welcomed Togo's reaffirmation of its recognition of the border.", {"GHA 051 TGO"});
  ExpectExactly("Macron welcomed his Kenyan counterpart to Paris.", {"FRAGOV 043 KENGOV"});
  ExpectExactly("Turkey welcomed Syria's new president on Monday.", {"TUR 043 SYRGOV"});
  ExpectNotCoded({
      {"Egypt welcomed Sudan's withdrawal from the talks.", "043"},
  });
}

// 19, 18: "soldiers serving with regional and U.N. missions ... were killed by": the actor after a
// preposition and a plain adjective joined to it ("regional and") is the preposition's object,
// not the passive's subject.
TEST(WireCoverage28, AnObjectPastAnAdjectiveAndIsNoSubject) {
  ExpectExactly("Four Malawian soldiers serving with regional and U.N. forces in Congo were killed by rebels.",
                {"CODREB 190 MWIMIL"});
  ExpectExactly("Rebels fought with government and U.N. troops near Goma.",
                {"CODREB 190 CODGOV", "CODREB 190 IGOUNOMIL"});
  ExpectNotCoded({
      {"Four Malawian soldiers serving with regional and U.N. forces in Congo were killed by rebels.", "190 IGO"},
  });
}

}  // namespace
}  // namespace tidings::extract
