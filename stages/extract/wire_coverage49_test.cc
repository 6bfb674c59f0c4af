// Recall by root on the roots news yields, cuts off and threatens (08, 16, 13): an act named as a
// noun after the verb that announces, orders, approves, completes or begins it ("announced the
// expulsion of a Chinese diplomat", "completed the withdrawal of its troops from", "announced its
// withdrawal from the bloc", "ordered the lifting of the curfew") codes as the act's own verb,
// through that verb's patterns, while the same nouns of sport, business and school code nothing;
// handing a base over "to X's army" yields it to X; "striking doctors" are on strike, not
// attacked; a threat is made to the subject of its "if" or "unless" clause. Every sentence here
// was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// "announced / ordered / approved the <act> of": the act itself, read by its own verb's patterns,
// so only what those patterns know codes (a diplomat expelled, aid suspended, troops withdrawn).
TEST(WireCoverage49, ActNamedAsANounAfterTheVerbThatAnnouncesOrOrdersIt) {
  ExpectExactly("Canada announced the expulsion of a Chinese diplomat on Monday.", {"CAN 161 CHNGOV"});
  ExpectExactly("Spain announced the recall of its ambassador to Israel on Tuesday.", {"ESP 161 ISR"});
  ExpectExactly("France completed the withdrawal of its troops from Chad on Thursday.", {"FRA 0874 TCD"});
  ExpectCoded({
      {"Russia ordered the expulsion of two British diplomats on Friday.", "RUS 161 GBRGOV"},
      {"The United States began the withdrawal of its forces from Afghanistan on Saturday.", "USA 0874 AFG"},
      {"Mali announced its withdrawal from the regional bloc ECOWAS on Sunday.", "MLI 160 IGOWAFWAS"},
      {"The United States completed its pullout from Niger on Monday.", "USA 0874 NER"},
      {"France began its pullout from Mali on Thursday.", "FRA 0874 MLI"},
      {"Germany announced the suspension of development aid to Niger on Thursday.", "DEU 1621 NER"},
      {"The United States announced the lifting of sanctions on Syria on Tuesday.", "USA 085 SYR"},
      {"The Iraqi government ordered the lifting of the curfew in Baghdad on Monday.", "IRQGOV 0813"},
      {"Egypt announced the reopening of the Rafah crossing with Gaza on Sunday.", "EGY 081 PSE"},
  });
  ExpectCoded({
      {"Russia announced the closure of its embassy in Washington on Monday.", "RUS 161 USA"},
      {"Nicaragua announced the severing of relations with Taiwan on Thursday.", "NIC 161 TWN"},
      {"Israel announced the downgrading of diplomatic relations with Turkey.", "ISR 161 TUR"},
  });
  // The same nouns in business, sport, school and travel name no act on an actor.
  ExpectNotCoded({
      {"The company announced the closure of its factory in Ohio.", ""},
      {"The hospital announced the severing of its contract with the supplier.", ""},
  });
  ExpectNotCoded({
      {"The company announced the withdrawal of its bid for the rival firm.", ""},
      {"The coach announced the withdrawal of two players from the squad.", ""},
      {"The ministry announced the suspension of classes because of the heat.", ""},
      {"The club announced the suspension of its striker for three matches.", ""},
      {"The bank announced the lifting of its cap on withdrawals.", ""},
      {"The airline announced the suspension of flights to Dubai.", ""},
      {"The senator announced his withdrawal from the race on Monday.", ""},
  });
}

// "handing over its last military base in the capital to the Chadian army": the base goes to
// the army named after "to", not to the side the base belonged to.
TEST(WireCoverage49, PlaceHandedOverToAnArmyYieldsItToThatArmy) {
  ExpectCoded({
      {"Russian troops handed over the town to Ukrainian forces on Friday.", "RUSMIL 0842 UKRMIL"},
      {"The U.S. military handed over the Ain al-Asad air base to Iraqi forces on Sunday.", "USAMIL 0842 IRQMIL"},
  });
  ExpectNotCoded({
      {"The outgoing coach handed over the training base to his successor on Friday.", ""},
  });
}

// "striking doctors", "striking rail workers": STRIKING before people on strike is their
// adjective, no attack on them; and a threat is made to whoever must meet its condition, the
// subject of its "if" or "unless" clause.
TEST(WireCoverage49, StrikingWorkersAndTheConditionOfAThreat) {
  ExpectExactly("Kenya's government threatened to sack striking doctors on Tuesday.", {"KENGOV 130 KENHLH"});
  ExpectCoded({
      {"Chile's president threatened to declare a state of emergency unless striking miners ended their blockade.",
       "CHLGOV 1324 CHLLAB"},
      {"Russia warned it would respond if NATO sent troops to Ukraine.", "RUS 130 IGOWSTNAT"},
      {"North Korea warned it would retaliate if South Korea resumed its loudspeaker broadcasts.", "PRK 130 KOR"},
      {"Bangladeshi police arrested dozens of striking garment workers on Sunday.", "BGDCOP 173 BGDLAB"},
  });
  ExpectNotCoded({
      {"Kenya's government threatened to sack striking doctors on Tuesday.", "19"},
      {"The French prime minister met striking rail workers on Friday.", "19"},
      {"The coach threatened to quit if the players did not improve.", ""},
  });
  // An armed force striking its enemy still attacks.
  ExpectCoded({
      {"Israeli jets were striking Hamas fighters in Gaza on Monday.", "ISRMIL 195 PSEREB"},
      {"Russia has been striking Ukrainian energy facilities for weeks.", "RUS 190 UKR"},
  });
}

// Ties cut short of diplomacy: a treaty held or put "in abeyance", intelligence no longer shared,
// hotlines and communication channels cut, an aid group's operations suspended (160, 1663). The
// same words of courts and companies code nothing.
TEST(WireCoverage49, TiesCutShortOfDiplomacy) {
  ExpectExactly("India held the Indus Waters Treaty with Pakistan in abeyance on Wednesday.", {"IND 160 PAK"});
  ExpectCoded({
      {"Armenia put its border agreement with Azerbaijan in abeyance.", "ARM 160 AZE"},
      {"North Korea cut off all hotlines with South Korea on Tuesday.", "PRK 160 KOR"},
      {"China cut off military communication channels with the United States on Friday.", "CHN 160 USA"},
      {"Colombia stopped sharing intelligence with the United States on Tuesday.", "COL 160 USA"},
      {"Ethiopia suspended the operations of two aid groups, the Norwegian Refugee Council and Medecins Sans "
       "Frontieres.",
       "ETH 1663"},
  });
  ExpectNotCoded({
      {"The court held the ruling in abeyance pending an appeal.", ""},
      {"The company stopped sharing data with its rivals.", ""},
      {"The telecoms firm cut off hotlines with its customers after the outage.", ""},
  });
}

// A plane, a cargo or a ship impounded or seized at an airport or a port is property confiscated
// (1711), not the place taken (192); the place seized alone still is.
TEST(WireCoverage49, CraftAndCargoSeizedAtAPortOrAirportAreConfiscated) {
  ExpectExactly("Argentina impounded a Venezuelan cargo plane at Ezeiza airport on Monday.", {"ARG 1711 VEN"});
  ExpectCoded({
      {"Iran seized a British tanker near the port of Bandar Abbas on Friday.", "IRN 1711 GBR"},
      {"The United States seized an Iranian oil shipment bound for China.", "USA 1711 IRN"},
      {"Russian forces seized the airport of Kherson on Thursday.", "RUSMIL 192 UKR"},
  });
  ExpectNotCoded({
      {"Customs officers seized a shipment of cocaine at the port.", ""},
      {"Argentina impounded a Venezuelan cargo plane at Ezeiza airport on Monday.", "19"},
  });
}

// A regular past form right after "to" modifies the people after it ("to wounded Palestinians",
// "to displaced Syrians"): no one is wounded or displaced by the subject.
TEST(WireCoverage49, PastFormAfterToModifiesItsNoun) {
  ExpectExactly("Egypt opened its border with Gaza to wounded Palestinians on Wednesday.", {"EGY 086 PSE"});
  ExpectCoded({
      {"Turkey sent food and medicine to displaced Syrians on Monday.", "TUR 073 SYR"},
      {"The United States began to deport Mexican migrants on Monday.", "USA 174 MEX"},
  });
  ExpectNotCoded({
      {"Jordan delivered aid to injured Palestinians in Gaza.", "18"},
  });
}

// Who organise or lead a protest, and marchers, are the protest's side (OPP): "arrested the
// organisers of the protest", "fired tear gas at marchers". Organisers of a race or a concert are
// no one's side.
TEST(WireCoverage49, OrganisersOfAProtestAreItsSide) {
  ExpectExactly("Kenyan police arrested the organisers of the protest in Nairobi on Tuesday.", {"KENCOP 173 KENOPP"});
  ExpectCoded({
      {"Serbian police detained two protest organisers in Belgrade on Sunday.", "SRBCOP 173 SRBOPP"},
      {"Georgian police fired tear gas at marchers in Tbilisi on Sunday.", "GEOCOP 175 GEOOPP"},
  });
  ExpectNotCoded({
      {"The organisers of the marathon thanked the city's residents.", ""},
      {"Organisers of the rally said 10,000 fans attended the concert.", ""},
  });
}

// Whom a threat says will be arrested, prosecuted or punished is the one threatened: "warned
// that protesters would be arrested" (no one else named with "by").
TEST(WireCoverage49, WhomAThreatSaysWillBePunishedIsThreatened) {
  ExpectExactly("Kenya's interior minister warned that protesters would be arrested.", {"KENGOV 130 KENOPP"});
  ExpectExactly("Iran warned that Israel would be punished for the attack.", {"IRN 130 ISR"});
  ExpectCoded({
      {"Togo's government warned that protest leaders would be prosecuted.", "TGOGOV 13"},
  });
  ExpectNotCoded({
      {"The coach warned that players would be dropped for poor form.", ""},
  });
}

}  // namespace
}  // namespace tidings::extract
