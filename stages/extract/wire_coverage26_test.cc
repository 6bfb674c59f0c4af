// The built-in dictionaries against ordinary wire copy, twenty-sixth pass: acts weighed, strikes
// called, organisations sent away, rights and advice. Studying or debating whether to act considers
// the act (014), whatever the act; a union that calls a strike strikes (143), it appeals to no one;
// the staff of a U.N. office or an aid agency ordered out are the organisation's expulsion (166 and
// its children), not the deportation of people (174); a right to act is no act, and whose advice an
// act follows no party to it; war on a thing is no war on each other; sport and business in the
// words of aid and rejection code nothing. With the other senses of the same words.
// wire_coverage_test.cc to wire_coverage25_test.cc are the earlier passes. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 01: "is studying / debating whether to" weighs the act like "is weighing whether to". A
// study of a proposal keeps its own pattern; a film reviewed or a bill debated codes nothing.
TEST(WireCoverage26, StudyingWhetherToActConsidersIt) {
  ExpectExactly("Australia is studying whether to recognise a Palestinian state, its foreign minister said.",
                {"AUS 014 PSE"});
  ExpectExactly("New Zealand is debating whether to recognise a Palestinian state.", {"NZL 014 PSE"});
  ExpectExactly("Belgium is weighing whether to recognise a Palestinian state.", {"BEL 014 PSE"});
  ExpectExactly("Canada recognised a Palestinian state.", {"CAN 054 PSE"});
  ExpectNotCoded({
      {"The students are studying whether to take a year off.", ""},
      {"Parliament debated a bill on pensions for six hours.", ""},
  });
}

// 14: a union or federation that calls a (general, nationwide) strike strikes against its
// government (143): no appeal (CALL ... TO 020) to whoever the strike presses, also when a
// purpose clause whose verb codes nothing names no one else ("to press ..."). Called off, it is
// no strike.
TEST(WireCoverage26, AStrikeCalledIsAStrike) {
  ExpectExactly("Argentina's main labour federation called a general strike on Thursday to press the Argentine "
                "government over its austerity plan.",
                {"ARGLAB 143 ARGGOV"});
  ExpectExactly("Nigerian trade unions called a nationwide strike over the fuel subsidy.", {"NGALAB 143 NGAGOV"});
  ExpectNotCoded({
      {"Kenyan nurses called off a strike on Friday.", "143"},
      {"Kenyan nurses called off a general strike on Friday.", "143"},
      {"The referee called a penalty on Friday.", ""},
  });
}

// 16: an organisation's staff ordered out, or the organisation expelled, is its expulsion: 166,
// and 1661 for peacekeepers, 1662 for inspectors, 1663 for aid agencies. People of a country
// stay expelled or deported (174).
TEST(WireCoverage26, AnOrganisationSentAway) {
  ExpectExactly("Burundi ordered staff of the U.N. human rights office to leave the country within a week.",
                {"BDI 166 IGOUNOHRI"});
  ExpectExactly("Ethiopia expelled two officials of the World Food Programme on Monday.", {"ETH 1663 IGOUNOWFP"});
  ExpectExactly("Pakistan expelled two British journalists on Monday.", {"PAK 174 GBRMED"});
  ExpectExactly("Hungary deported three Afghan migrants on Monday.", {"HUN 174 AFGREF"});
}

// 16, 01: a right to act is an entitlement, not the act; whose advice or orders an act follows
// is no party to it.
TEST(WireCoverage26, ARightToActAndAnActOnAdvice) {
  ExpectNotCoded({
      {"Poland's president said Lithuania had every right to stop sending weapons to Ukraine.", ""},
      {"The former minister stayed silent on the advice of his lawyers.", ""},
      {"Police officers opened fire on the orders of their commander.", ""},
  });
  ExpectExactly("Lithuania stopped sending weapons to Ukraine.", {"LTU 1622 UKR"});
}

// 11, 19: what an accusation charges, also in quotes, did not happen as far as the coder can
// tell; and a compound that wages war on a thing wages none on each other. Sides that clash on
// a day or at a place still fight each other.
TEST(WireCoverage26, WarOnAThingAndAChargeInQuotes) {
  ExpectExactly("Croatia and Slovenia were accused by Belgrade on Friday of 'waging war on memory'.",
                {"SRB 112 HRV", "SRB 112 SVN"});
  ExpectNotCoded({{"Croatia and Slovenia waged war on bureaucracy, their leaders said.", ""}});
  ExpectExactly("Armenian and Azerbaijani troops clashed on Tuesday along the border.",
                {"ARMMIL 190 AZEMIL", "AZEMIL 190 ARMMIL"});
}

// Sport and business in the words of aid and rejection: a win or a first medal given to a
// country, a takeover offer rejected. Arms given and talks rejected stay events.
TEST(WireCoverage26, MedalsGivenAndTakeoversRejected) {
  ExpectNotCoded({
      {"Her late surge gave Jamaica its first gold of the championships.", ""},
      {"A stoppage-time header gave Morocco a 2-1 win over Portugal.", ""},
      {"Germany's Continental rejected a takeover offer from France's Michelin on Tuesday.", ""},
  });
  ExpectExactly("Norway gave Ukraine its first F-16 fighter jets.", {"NOR 072 UKR"});
  ExpectExactly("Ukraine rejected a Russian offer of talks.", {"UKR 125 RUS"});
}

// 05: what a deal "will" or "would" do is its content: the signing codes the deal (057), the
// tariffs it will cut are no easing of its own. A deal that cut tariffs is one.
TEST(WireCoverage26, WhatADealWillDo) {
  ExpectExactly("Chile and Japan signed a trade deal in Tokyo on Monday that will cut tariffs on wine and cars.",
                {"CHL 057 JPN", "JPN 057 CHL"});
  ExpectExactly("Kenya and Britain signed an accord which would lift curbs on tea imports.",
                {"KEN 057 GBR", "GBR 057 KEN"});
  ExpectExactly("Japan cut tariffs on Chilean wine.", {"JPN 085 CHL"});
}

}  // namespace
}  // namespace tidings::extract
