// Conflict phrasings a coverage probe of CAMEO roots 11-20 found unknown or misread: property
// set ablaze, a leader wielding "his" veto, a city whose control is seized or taken, pledges
// that threaten, soldiers and rioters looting, what a call-up is for, soldiers thrashing or
// clubbing people, a commander "eliminated", being critical of someone, a charge that someone
// did something, the blame laid on someone, an attack on a city, coming under Russian fire,
// being hit with sanctions by someone, boats blasted with water cannon, water cut off, visas
// revoked, a village razed, cluster munitions used, carpet-bombing, "hundreds of X stormed", a
// threat to block imports, jets hammering or drones attacking, a ship torpedoed, missiles
// launched, tanks pushing into a city, rebels laying siege to a town, doctors beginning a
// strike; and sport the probe's negatives coded: a cricket margin, a cup's final.
// Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Code(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2024-06-15"));
}

TEST(WireCoverage52, PropertySetAblazeIsDestroyed) {
  EXPECT_THAT(Code("Israeli settlers set ablaze Palestinian cars in the village of Burqa."), ElementsAre("ISRSET 1712 PSE"));
  EXPECT_THAT(Code("Myanmar troops set ablaze dozens of homes in a village in Sagaing region."),
              ElementsAre("MMRMIL 1712 MMR"));
  // Protesters burning an embassy riot, as when they set fire to it.
  EXPECT_THAT(Code("Iraqi protesters set ablaze the Danish embassy in Baghdad."), ElementsAre("IRQOPP 145 DNKGOV"));
}

TEST(WireCoverage52, AFireAfterAStrikeOrOnThePitchIsNoArson) {
  // "setting it ablaze" is what the missile did, not a second act.
  EXPECT_THAT(Code("Houthi missiles struck a Liberian-flagged tanker off Yemen on Monday, setting it ablaze."),
              ElementsAre("YEMREB 195 LBR"));
  EXPECT_THAT(Code("Messi set ablaze the Copa America with a stunning goal against Mexico."), IsEmpty());
  EXPECT_THAT(Code("The striker set the stadium ablaze with a late winner."), IsEmpty());
}

TEST(WireCoverage52, ALeaderWieldsHisVeto) {
  EXPECT_THAT(Code("Hungary's prime minister wielded his veto against Ukraine's accession talks."),
              ElementsAre("HUNGOV 129 UKR"));
}

TEST(WireCoverage52, ControlOfACitySeizedIsTakenFromItsCountry) {
  EXPECT_THAT(Code("Syrian rebels seized control of Aleppo on Saturday."), ElementsAre("SYRREB 192 SYR"));
  EXPECT_THAT(Code("The American firm seized control of the Mexican market."), IsEmpty());
}

TEST(WireCoverage52, ControlTakenOfACityTheGazetteerKnows) {
  EXPECT_THAT(Code("Syrian rebels took control of Hama on Thursday."), ElementsAre("SYRREB 192 SYR"));
  EXPECT_THAT(Code("Russian forces took full control of Bakhmut, the Wagner chief said."), ElementsAre("RUSMIL 192 UKR"));
  EXPECT_THAT(Code("Democrats took full control of the House in Washington."), IsEmpty());
  EXPECT_THAT(Code("A Chinese firm took over the management of Gwadar port in Pakistan."), IsEmpty());
  EXPECT_THAT(Code("Ukrainian troops liberated the people of Kherson."), IsEmpty());
}

TEST(WireCoverage52, ControlOfAnAssemblyOrTrustOrAPresidencyIsNoTerritory) {
  EXPECT_THAT(Code("The Indian opposition took control of the Delhi assembly."), IsEmpty());
  EXPECT_THAT(Code("India regained the confidence of Bangladesh."), IsEmpty());
  EXPECT_THAT(Code("Brazil took over the presidency of the G20."), IsEmpty());
  EXPECT_THAT(Code("Poland took over the rotating presidency of the European Union."), IsEmpty());
  EXPECT_THAT(Code("Paris Saint-Germain took control of the match in Munich."), IsEmpty());
}

TEST(WireCoverage52, PledgesOfPunishmentOrMoreAttacksThreaten) {
  EXPECT_THAT(Code("Iran's supreme leader promised harsh punishment for Israel."), ElementsAre("IRNGOV 130 ISR"));
  EXPECT_THAT(Code("The Houthis pledged to keep attacking Israel."), ElementsAre("YEMREB 138 ISR"));
}

TEST(WireCoverage52, SoldiersLootingSeizeRiotersLootingRiot) {
  EXPECT_THAT(Code("Russian soldiers looted Ukrainian homes in Bucha."), ElementsAre("RUSMIL 171 UKR"));
  EXPECT_THAT(Code("Russian forces ransacked Ukrainian homes near Izium."), ElementsAre("RUSMIL 171 UKR"));
  EXPECT_THAT(Code("Protesters looted shops in Nairobi."), ElementsAre("KENOPP 145 KEN"));
}

TEST(WireCoverage52, WhatACallUpIsForHasNotHappened) {
  // The reservists are Russia's; the fighting they are called up for is not reported as done.
  EXPECT_THAT(Code("Russia called up 300,000 reservists to fight in Ukraine."), IsEmpty());
  EXPECT_THAT(Code("Israel called up reservists to fight in Gaza."), IsEmpty());
}

TEST(WireCoverage52, SoldiersOrSettlersThrashingOrClubbingPeopleBeatThem) {
  EXPECT_THAT(Code("Chinese soldiers clubbed Indian troops near the Line of Actual Control."), ElementsAre("CHNMIL 182 INDMIL"));
  EXPECT_THAT(Code("Israeli settlers thrashed a Palestinian shepherd near Hebron."), ElementsAre("ISRSET 182 PSE"));
  // Police doing it repress, as when they beat protesters.
  EXPECT_THAT(Code("Indian police thrashed Kashmiri protesters."), ElementsAre("INDCOP 175 INDOPP"));
  // A team thrashing its rival won.
  EXPECT_THAT(Code("Brazil thrashed Argentina 4-0 in a World Cup qualifier."), IsEmpty());
  EXPECT_THAT(Code("India thrashed Pakistan by eight wickets in Ahmedabad."), IsEmpty());
}

TEST(WireCoverage52, ACommanderOrMilitantsEliminatedAreKilled) {
  EXPECT_THAT(Code("Israel eliminated a senior Hamas commander in southern Lebanon."), ElementsAre("ISR 190 PSEREB"));
  EXPECT_THAT(Code("Turkey's army eliminated 15 PKK militants in northern Iraq."), ElementsAre("TURMIL 190 TURREB"));
  EXPECT_THAT(Code("Spain eliminated Germany from the European Championship."), IsEmpty());
  EXPECT_THAT(Code("India eliminated import duties on American almonds."), IsEmpty());
}

TEST(WireCoverage52, BeingCriticalOfSomeoneCriticises) {
  EXPECT_THAT(Code("Germany's chancellor was sharply critical of Poland's veto."), ElementsAre("DEUGOV 111 POL"));
  EXPECT_THAT(Code("Brazil's president has long been critical of the United States."), ElementsAre("BRAGOV 111 USA"));
  // "critical to" is "vital to".
  EXPECT_THAT(Code("Ukraine's air defence is critical to protecting Kyiv."), IsEmpty());
}

TEST(WireCoverage52, AChargeThatSomeoneDidSomethingAccusesThem) {
  EXPECT_THAT(Code("Pakistan charged that India was sponsoring militant attacks in Balochistan."),
              ElementsAre("PAK 112 IND"));
  EXPECT_THAT(Code("Iran charged that Israel was behind the explosion at the port."), ElementsAre("IRN 112 ISR"));
  EXPECT_THAT(Code("China alleged that the Philippines had deliberately provoked the incident."), ElementsAre("CHN 112 PHL"));
}

TEST(WireCoverage52, TheBlameLaidOnSomeoneAccusesThem) {
  EXPECT_THAT(Code("The Congolese government laid the blame for the massacre on Rwanda."), ElementsAre("CODGOV 112 RWA"));
  EXPECT_THAT(Code("Serbia laid the blame for the violence at Kosovo's door."), ElementsAre("SRB 112 KSV"));
  EXPECT_THAT(Code("The coach laid the blame for the defeat on the referee."), IsEmpty());
}

TEST(WireCoverage52, AnAttackOnACityIsOnItsCountry) {
  EXPECT_THAT(Code("Russian forces launched an attack on Kharkiv."), ElementsAre("RUSMIL 190 UKR"));
  EXPECT_THAT(Code("Israel launched a ground offensive against Rafah."), ElementsAre("ISR 190 PSE"));
  EXPECT_THAT(Code("Israel imposed a curfew on Hebron."), ElementsAre("ISR 1723 PSE"));
  // Past "the": "of the Zaporizhzhia nuclear plant".
  EXPECT_THAT(Code("Russian troops seized control of the Zaporizhzhia nuclear plant."), ElementsAre("RUSMIL 192 UKR"));
  // Not on a day, and not by a state's forces on a place of its own.
  EXPECT_THAT(Code("Russian forces launched an attack on Monday."), IsEmpty());
  EXPECT_THAT(Code("Ethiopian troops launched an offensive on Mekelle."), IsEmpty());
  EXPECT_THAT(Code("Manchester City launched an attack on Madrid's defence."), IsEmpty());
}

TEST(WireCoverage52, ComingUnderAnAdjectivesFireIsBeingAttackedByIt) {
  EXPECT_THAT(Code("Kyiv came under Russian missile attack overnight."), ElementsAre("RUS 195 UKR"));
  EXPECT_THAT(Code("A Pakistani army post came under Afghan Taliban gunfire."), ElementsAre("AFGGOV 193 PAKMIL"));
  EXPECT_THAT(Code("The prime minister came under opposition attack over the budget."), IsEmpty());
  EXPECT_THAT(Code("US chipmakers came under Chinese attack in the courts."), IsEmpty());
}

TEST(WireCoverage52, HitWithSanctionsBySomeoneIsSanctionedByThem) {
  EXPECT_THAT(Code("Iran was hit with new sanctions by the United States on Monday."), ElementsAre("USA 163 IRN"));
  EXPECT_THAT(Code("Britain hit Russian banks with sanctions."), ElementsAre("GBR 163 RUSBUS"));
}

TEST(WireCoverage52, BoatsBlastedWithWaterCannonAreCoerced) {
  EXPECT_THAT(Code("Chinese coast guard vessels blasted Vietnamese fishing boats with water cannon."),
              ElementsAre("CHNMIL 170 VNMAGR"));
  // Police doing it to protesters repress them.
  EXPECT_THAT(Code("Police blasted protesters with water cannon in Tbilisi."), ElementsAre("GEOCOP 175 GEOOPP"));
  EXPECT_THAT(Code("Firefighters blasted the burning tanker with water cannon."), IsEmpty());
  EXPECT_THAT(Code("A Chinese coast guard ship fired water cannon at a Vietnamese fishing boat near the Paracels."),
              ElementsAre("CHNMIL 170 VNMAGR"));
  EXPECT_THAT(Code("Police fired water cannon at protesters in Tbilisi."), ElementsAre("GEOCOP 175 GEOOPP"));
}

TEST(WireCoverage52, WaterCutOffOrVisasRevokedAreSanctions) {
  EXPECT_THAT(Code("Israel cut off water to Gaza."), ElementsAre("ISR 163 PSE"));
  EXPECT_THAT(Code("Turkey cut the water supply to northeast Syria."), ElementsAre("TUR 163 SYR"));
  EXPECT_THAT(Code("The United States revoked the visas of Ugandan officials."), ElementsAre("USA 163 UGAGOV"));
  EXPECT_THAT(Code("The storm cut off water to thousands of homes in Florida."), IsEmpty());
  EXPECT_THAT(Code("Israel sent water to Gaza."), IsEmpty());
}

TEST(WireCoverage52, ACricketMarginOrACupsFinalIsSport) {
  EXPECT_THAT(Code("India crushed Pakistan by 228 runs in Colombo."), IsEmpty());
  EXPECT_THAT(Code("England beat India by 28 runs in Hyderabad."), IsEmpty());
  EXPECT_THAT(Code("France beat Morocco to reach the World Cup final."), IsEmpty());
  EXPECT_THAT(Code("Nigeria beat Cameroon in the Africa Cup of Nations."), IsEmpty());
  // A bid to host a cup is no match; an army's advance by kilometres no margin.
  EXPECT_THAT(Code("Saudi Arabia hosted Iranian officials ahead of the World Cup in Qatar."), ElementsAre("SAU 043 IRNGOV"));
  EXPECT_THAT(Code("Russian forces attacked Ukrainian positions by night, advancing by 10 kilometres."),
              ElementsAre("RUSMIL 190 UKR"));
}

TEST(WireCoverage52, AVillageRazedIsDestroyedNotSeized) {
  EXPECT_THAT(Code("Israeli troops razed the Palestinian village of Khirbet Zanuta."), ElementsAre("ISRMIL 1712 PSE"));
  EXPECT_THAT(Code("Russian forces destroyed the Ukrainian town of Marinka."), ElementsAre("RUSMIL 1712 UKR"));
  EXPECT_THAT(Code("The family home of a Palestinian gunman was razed by Israeli troops in Hebron."), ElementsAre("ISRMIL 1712 PSEUAF"));
  // Protesters burning a building riot.
  EXPECT_THAT(Code("Kenyan protesters set fire to parliament."), ElementsAre("KENOPP 145 KENLEG"));
  EXPECT_THAT(Code("Alcaraz destroyed Djokovic's title hopes at Wimbledon."), IsEmpty());
}

TEST(WireCoverage52, IndiscriminateMunitionsUsedOrCarpetBombing) {
  EXPECT_THAT(Code("Russian forces used cluster munitions in Kharkiv."), ElementsAre("RUSMIL 190 UKR"));
  EXPECT_THAT(Code("Israel used white phosphorus in southern Lebanon."), ElementsAre("ISR 190 LBN"));
  EXPECT_THAT(Code("The United States sent cluster munitions to Ukraine."), ElementsAre("USA 072 UKR"));
  EXPECT_THAT(Code("Russia carpet-bombed Mariupol."), ElementsAre("RUS 195 UKR"));
}

TEST(WireCoverage52, HundredsOfProtestersAreTheSubjectOfStormed) {
  EXPECT_THAT(Code("Hundreds of Kenyan protesters stormed the palace."), ElementsAre("KENOPP 145 KENGOV"));
  EXPECT_THAT(Code("Dozens of Israeli settlers stormed the Palestinian village of Huwara."), ElementsAre("ISRSET 190 PSE"));
  // Tourists or fans storming beaches or a pitch are crowds, no attack.
  EXPECT_THAT(Code("Thousands of Chinese tourists stormed Thailand's beaches."), IsEmpty());
  // The first part of a hyphenated word is no verb ("state-sector doctors").
  EXPECT_THAT(Code("Thousands of Kenyan state-sector doctors went on strike on Monday."), ElementsAre("KENHLH 143 KENGOV"));
}

TEST(WireCoverage52, AThreatToBlockImportsOrMembershipIsNoBlockade) {
  EXPECT_THAT(Code("Poland threatened to block Ukrainian grain imports."), ElementsAre("POL 1312 UKR"));
  EXPECT_THAT(Code("Turkey threatened to block Sweden's NATO membership."), ElementsAre("TUR 130 SWE"));
  EXPECT_THAT(Code("Hungary threatened to block Ukraine's EU accession talks."), ElementsAre("HUN 130 UKR"));
}

TEST(WireCoverage52, TheWeaponThatAttacksNamesTheAct) {
  EXPECT_THAT(Code("Israeli jets hammered Hezbollah targets in southern Lebanon."), ElementsAre("ISRMIL 195 LBNREB"));
  EXPECT_THAT(Code("Russian drones attacked Odesa overnight."), ElementsAre("RUSMIL 1952 UKR"));
  EXPECT_THAT(Code("Kyiv was pounded by Russian drones overnight."), ElementsAre("RUSMIL 1952 UKR"));
  EXPECT_THAT(Code("A Ukrainian sea drone torpedoed a Russian landing ship."), ElementsAre("UKRMIL 1952 RUS"));
  EXPECT_THAT(Code("North Korea torpedoed a South Korean warship in 2010."), ElementsAre("PRK 190 KORMIL"));
  EXPECT_THAT(Code("Hungary torpedoed the EU's proposal."), ElementsAre("HUN 120 IGOEUREEC"));
  EXPECT_THAT(Code("The Fed hammered the markets with a rate rise."), IsEmpty());
}

TEST(WireCoverage52, MissilesLaunchedAreMissileStrikes) {
  EXPECT_THAT(Code("Russia unleashed a barrage of missiles on Kyiv."), ElementsAre("RUS 195 UKR"));
  EXPECT_THAT(Code("Iran launched missiles at Israel on Tuesday."), ElementsAre("IRN 195 ISR"));
  EXPECT_THAT(Code("Russia launched a missile attack on Odesa."), ElementsAre("RUS 195 UKR"));
}

TEST(WireCoverage52, TroopsOrTanksPushingIntoACity) {
  EXPECT_THAT(Code("Israeli tanks pushed deeper into Rafah on Tuesday, residents said."), ElementsAre("ISRMIL 190 PSE"));
  EXPECT_THAT(Code("Ukrainian troops pushed into Kursk region on Tuesday."), ElementsAre("UKRMIL 192 RUS"));
  EXPECT_THAT(Code("Police pushed protesters into side streets in Tbilisi."), IsEmpty());
  EXPECT_THAT(Code("The army pushed into the jungle in search of rebels."), IsEmpty());
}

TEST(WireCoverage52, RebelsBesiegingATownOfTheirCountryBesiegeItsState) {
  EXPECT_THAT(Code("The RSF laid siege to El Fasher."), ElementsAre("SDNREB 191 SDN"));
  EXPECT_THAT(Code("Houthi rebels laid siege to Taiz."), ElementsAre("YEMREB 191 YEM"));
  // A state's forces on a place of their own name no one besieged.
  EXPECT_THAT(Code("Sudanese troops laid siege to El Fasher."), IsEmpty());
}

TEST(WireCoverage52, WorkersBeginningAStrikeStrikeAgainstTheirGovernment) {
  EXPECT_THAT(Code("Kenyan doctors began a strike on Monday."), ElementsAre("KENHLH 143 KENGOV"));
  EXPECT_THAT(Code("Nurses in England staged their biggest strike over pay."), ElementsAre("GBRHLH 143 GBRGOV"));
  EXPECT_THAT(Code("French air traffic controllers began a strike on Thursday."), ElementsAre("FRALAB 143 FRAGOV"));
  // Warplanes or forces launching a strike attack.
  EXPECT_THAT(Code("Israeli warplanes launched a strike on Gaza."), ElementsAre("ISRMIL 195 PSE"));
}

}  // namespace
}  // namespace tidings::extract
