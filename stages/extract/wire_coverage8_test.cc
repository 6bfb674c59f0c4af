// The built-in dictionaries against ordinary wire copy, eighth pass: everyday verbs and idioms
// ("left for Beijing on a three-day visit", "put their names to an accord", "began building a
// railway with", "sent the suspect back under an extradition order", "handed MiG-29 jets to",
// "began pulling their fighters back from", "removed its punitive duties on", "ordered their
// forces to hold fire", "reopened his investigation into war crimes in", "waved away an invitation
// to talks", "threw out a cooperation agreement", "downed tools", "set fire to parliament", "sailed close to X's coast in a show of
// strength", "flew convicted nationals back to", "pointed a loaded pistol at", "beat a protester
// to death", "refused to hand over the suspect to", "froze the bank accounts of", "held joint
// patrols") over the CAMEO roots, with the sport, business, weather and everyday uses of the same
// words that must code nothing. wire_coverage_test.cc to wire_coverage7_test.cc are the earlier
// passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 04: leaders leaving for a capital on a visit.
TEST(WireCoverage8, Visits) {
  ExpectCoded({
      {"Brazil's president left for Beijing on a three-day visit.", "BRAGOV 042 CHN"},
      {"The Pakistani prime minister left for Riyadh on a two-day visit.", "PAKGOV 042 SAU"},
      {"Kenya's President William Ruto left for Tokyo on a four-day state visit.", "KENGOV 042 JPN"},
      {"Indonesia's foreign minister left for Moscow on an official visit on Monday.", "IDNGOV 042 RUS"},
      {"Hungarian Prime Minister Viktor Orban has left for Washington on a working visit.", "HUNGOV 042 USA"},
      {"The Turkish president will leave for Baku on a two-day visit on Thursday.", "TURGOV 036 AZE"},
      {"Vietnam's president left for New Delhi on a three-day state visit.", "VNMGOV 042 IND"},
  });
}

// 05: names put to accords.
TEST(WireCoverage8, Agreements) {
  ExpectCoded({
      {"Armenia and Azerbaijan put their names to a peace accord in Washington.", "ARM 057 AZE"},
      {"Rwanda and Congo put their names to an accord ending the fighting.", "RWA 057 COD"},
      {"Sudan's army and the RSF put their names to a ceasefire accord in Jeddah.", "SDNMIL 057"},
      {"Ethiopia and Somalia put their names to an accord in Ankara.", "ETH 057 SOM"},
      {"Serbia and Kosovo put their names to an accord on trade.", "SRB 057 KSV"},
      {"The Colombian government put its name to an accord with the rebels.", "COLGOV 057"},
      {"Israel and Hamas put their names to a ceasefire accord in Cairo.", "ISR 057 PSEREB"},
  });
}

// 06: railways and pipelines begun together, suspects extradited, joint patrols.
TEST(WireCoverage8, MaterialCooperation) {
  ExpectCoded({
      {"China began building a railway with Kyrgyzstan and Uzbekistan.", "CHN 061 KGZ"},
      {"Tanzania began building an oil pipeline with Uganda.", "TZA 061 UGA"},
      {"Russia has begun building a gas pipeline with China.", "RUS 061 CHN"},
      {"Kenya started building a railway with Ethiopia.", "KEN 061 ETH"},
      {"Laos began building a railway with China in 2016.", "LAO 061 CHN"},
      {"Spain sent the suspect back to Russia under an extradition order.", "ESP 063 RUS"},
      {"Thailand sent the British fugitive back to Britain under an extradition order.", "THA 063 GBR"},
      {"Argentina sent the former officer back to Italy under an extradition order.", "ARG 063 ITA"},
      {"Colombia sent the drug lord back to the United States under an extradition order.", "COL 063 USA"},
      {"Chinese and Russian warships sailed together in the Sea of Japan.", "CHNMIL 062"},
      {"Russian and Chinese warplanes held joint patrols over the Pacific.", "RUSMIL 062 CHNMIL"},
      {"The Philippines held joint patrols with the United States in the South China Sea.", "PHL 062 USA"},
      {"Indian and French warships sailed together in the Arabian Sea.", "INDMIL 062"},
      {"Japan held joint patrols with Australia in the East China Sea.", "JPN 062 AUS"},
      {"Peru sent the former president back to the United States under an extradition order.", "PER 063 USA"},
      {"Egyptian and Saudi warships sailed together in the Red Sea.", "EGYMIL 062"},
  });
}

// 07: jets, helicopters and tanks handed over.
TEST(WireCoverage8, MilitaryAid) {
  ExpectCoded({
      {"Slovakia handed MiG-29 jets to Ukraine.", "SVK 072 UKR"},
      {"Poland handed four MiG-29 jets to Ukraine.", "POL 072 UKR"},
      {"Russia handed two attack helicopters to Mali.", "RUS 072 MLI"},
      {"Germany handed Leopard tanks to Ukraine.", "DEU 072 UKR"},
      {"The United States handed six helicopters to the Lebanese army.", "USA 072 LBNMIL"},
      {"Turkey handed armed drones to Somalia.", "TUR 072 SOM"},
      {"Bulgaria handed its MiG-29 jets to Ukraine.", "BGR 072 UKR"},
  });
}

// 08: fighters pulled back, duties removed, forces ordered to hold fire.
TEST(WireCoverage8, Yield) {
  ExpectCoded({
      {"Libyan forces began pulling their fighters back from the front line near Tripoli.", "LBYMIL 0874"},
      {"Houthi rebels began pulling their fighters back from the Saudi border.", "YEMREB 0874 SAU"},
      {"Hamas began pulling its fighters back from the Israeli border.", "PSEREB 0874 ISR"},
      {"Russia began pulling its troops back from the Ukrainian border.", "RUS 0874 UKR"},
      {"China removed its punitive duties on Australian wine.", "CHN 085 AUS"},
      {"Beijing removed punitive tariffs on Australian barley.", "CHN 085 AUS"},
      {"India removed its punitive duties on American almonds.", "IND 085 USA"},
      {"The United States removed its punitive duties on Indian goods.", "USA 085 IND"},
      {"India and Pakistan ordered their forces to hold fire.", "IND 0871 PAK"},
      {"Armenia and Azerbaijan ordered their forces to hold fire along the border.", "ARM 0871"},
      {"Sudan's government ordered the army to hold fire in Khartoum.", "SDNGOV 0871"},
      {"Thailand's prime minister ordered troops to hold fire along the Cambodian border.", "THAGOV 0871"},
  });
}

// 09: investigations into war crimes reopened.
TEST(WireCoverage8, Investigate) {
  ExpectCoded({
      {"The ICC prosecutor reopened his investigation into war crimes in Afghanistan.", "IGOJUDICC 094 AFG"},
      {"The International Criminal Court reopened its investigation into war crimes in the Philippines.",
       "IGOJUDICC 094 PHL"},
      {"Dutch prosecutors reopened their investigation into war crimes in Syria.", "NLDJUD 094"},
      {"The UN commission opened an investigation into war crimes in Sudan.", "IGOUNO 094"},
      {"Ukraine's prosecutors opened an investigation into war crimes by Russian forces.", "UKRJUD 094 RUSMIL"},
  });
}

// 12: invitations waved away, agreements thrown out, suspects refused.
TEST(WireCoverage8, Reject) {
  ExpectCoded({
      {"Ukraine waved away an invitation to talks in Minsk.", "UKR 125"},
      {"The Taliban waved away an invitation to talks with Pakistan.", "AFGGOV 125 PAK"},
      {"Iran waved away an invitation to talks with the United States.", "IRN 125 USA"},
      {"North Korea waved away Seoul's invitation to talks.", "PRK 125 KOR"},
      {"Mali's junta threw out a defence cooperation agreement with France.", "MLIGOV 128 FRA"},
      {"Niger threw out a military cooperation agreement with the United States.", "NER 128 USA"},
      {"Burkina Faso threw out a cooperation agreement with France.", "BFA 128 FRA"},
      {"Pakistan refused to hand over the suspect to India.", "PAK 12"},
      {"Russia refused to hand over the two suspects to Britain.", "RUS 12"},
      {"The Taliban refused to hand over the militant leader to Pakistan.", "AFGGOV 121"},
      {"Ecuador refused to hand over the former vice president to Mexico.", "ECU 12"},
      {"Venezuela waved away an invitation to talks with Guyana.", "VEN 125 GUY"},
  });
}

// 14: tools downed, parliaments set on fire.
TEST(WireCoverage8, Protest) {
  ExpectCoded({
      {"Nigerian workers downed tools against the government over the minimum wage.", "NGALAB 143 NGAGOV"},
      {"South African miners downed tools against the government's mining law.", "ZAFLAB 1432 ZAFGOV"},
      {"Kenyan doctors downed tools against the government on Monday.", "KENHLH 143 KENGOV"},
      {"French workers downed tools against the government's pension reform.", "FRALAB 1432 FRAGOV"},
      {"Protesters set fire to parliament in Kathmandu.", "NPLOPP 145"},
      {"Demonstrators set fire to the parliament building in Nairobi.", "KENOPP 145"},
      {"Protesters set fire to the regional parliament in Bishkek.", "KGZOPP 145"},
      {"Rioters set fire to police stations in Dhaka.", "BGDOPP 145"},
  });
}

// 15: shows of strength off a coast.
TEST(WireCoverage8, ForcePosture) {
  ExpectCoded({
      {"Chinese warships sailed close to Taiwan's coast in a show of strength.", "CHNMIL 150 TWN"},
      {"A Russian naval flotilla sailed close to Japan's coast in a show of strength.", "RUS 150 JPN"},
      {"Iranian gunboats sailed close to the Emirati coast in a show of strength.", "IRNMIL 150 ARE"},
      {"US warships sailed close to Venezuela's coast in a show of force.", "USAMIL 150 VEN"},
      {"China staged air drills near Taiwan in a show of strength.", "CHN 15"},
  });
}

// 16: bank accounts frozen.
TEST(WireCoverage8, ReduceRelations) {
  ExpectCoded({
      {"Switzerland froze the bank accounts of the former Syrian president.", "CHE 163"},
      {"The United States froze the bank accounts of Venezuelan officials.", "USA 163 VENGOV"},
      {"Britain froze the bank accounts of Russian oligarchs.", "GBR 163 RUS"},
      {"The European Union froze the assets of Iranian officials.", "IGOEUREEC 163 IRNGOV"},
      {"Nigeria froze the bank accounts of opposition activists.", "NGA 163 NGAOPP"},
      {"Canada froze the bank accounts of Russian officials.", "CAN 163 RUSGOV"},
  });
}

// 17: convicts flown home, pistols pointed.
TEST(WireCoverage8, Coerce) {
  ExpectCoded({
      {"Germany flew 28 convicted Afghan nationals back to Afghanistan.", "DEU 174 AFG"},
      {"Britain flew convicted Jamaican nationals back to Jamaica.", "GBR 174 JAM"},
      {"The United States flew convicted Guatemalan nationals back to Guatemala.", "USA 174 GTM"},
      {"Italy flew 40 Tunisian migrants back to Tunisia.", "ITA 174 TUN"},
      {"Sweden flew convicted Iraqi nationals back to Iraq on Tuesday.", "SWE 174 IRQ"},
      {"Denmark flew convicted Somali nationals back to Somalia.", "DNK 174 SOM"},
  });
}

// 18: pistols pointed at leaders, protesters beaten to death.
TEST(WireCoverage8, Assault) {
  ExpectCoded({
      {"A Brazilian man pointed a loaded pistol at Argentina's vice president outside her home.", "BRA 185 ARGGOV"},
      {"A Slovak pensioner pointed a loaded pistol at the Slovak prime minister.", "SVKCVL 185 SVKGOV"},
      {"Iranian security forces beat a protester to death in Tehran.", "IRNCOP 1823 IRNOPP"},
      {"Police beat a protester to death in Dhaka.", "BGDCOP 1823"},
      {"Egyptian police beat a detained activist to death.", "EGYCOP 1823"},
      {"Soldiers beat a student protester to death in Yangon.", "MMRMIL 1823"},
      {"Zimbabwean soldiers beat an opposition activist to death.", "ZWEMIL 1823 ZWEOPP"},
      {"Ugandan police beat an opposition supporter to death in Kampala.", "UGACOP 1823 UGAOPP"},
  });
}

// Sport, business, weather and everyday uses of the same words code nothing.
TEST(WireCoverage8, NoPoliticalEvent) {
  ExpectNotCoded({
      {"The striker left for Madrid on a three-day break.", ""},
      {"The band left for Tokyo on a three-day tour.", ""},
      {"The actors put their names to a letter about the film.", ""},
      {"The developer began building a railway model with his son.", ""},
      {"The club handed the jets of its rival a defeat.", ""},
      {"The coach began pulling his players back from the attack.", ""},
      {"The retailer removed its punitive charges on late returns.", ""},
      {"The referee ordered the players to hold fire.", ""},
      {"The auditor reopened his investigation into the accounts of the club.", ""},
      {"The manager called in the striker to discuss his contract.", ""},
      {"The champion waved away an invitation to the gala.", ""},
      {"The umpire threw out the appeal by the bowler.", ""},
      {"The bakers downed tools for the holidays.", ""},
      {"Lightning set fire to a barn in Texas.", ""},
      {"The yacht sailed close to the coast in the regatta.", ""},
      {"The airline flew the stranded passengers back to London.", ""},
      {"The photographer pointed his camera at the crowd.", ""},
      {"The boxer beat his rival in the third round.", ""},
      {"The bank froze the accounts of the dormant customers.", ""},
      {"The two yachts sailed together into the harbour.", ""},
      {"The snowstorm froze the roads in Ohio.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage8, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // A suspect sent back under an extradition order is no deportation.
      {"Spain sent the suspect back to Russia under an extradition order.", "174"},
      // Jets handed over are aid, not a surrender.
      {"Slovakia handed MiG-29 jets to Ukraine.", "084"},
      // A parliament set on fire is a riot, no attack by an armed force.
      {"Protesters set fire to parliament in Kathmandu.", "19"},
      // Duties removed are eased, not imposed.
      {"China removed its punitive duties on Australian wine.", "163"},
      // A war-crimes inquiry is no fighting.
      {"The ICC prosecutor reopened his investigation into war crimes in Afghanistan.", "19"},
  });
}

}  // namespace
}  // namespace tidings::extract
