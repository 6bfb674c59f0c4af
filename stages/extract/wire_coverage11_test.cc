// The built-in dictionaries against ordinary wire copy, eleventh pass: everyday idioms two held-out sets
// (blind17, blind18) showed the coder did not know or misread ("stayed tight-lipped about", "had
// serious doubts that", "prodded X to get round the table", "nudged X to step aside", "asked X for
// help in rebuilding", "will let X have two more Patriot batteries", "willing to act as an honest
// broker", "would thin out its troops", "was open to sitting down with", "is prepared to open bases
// to", "announced a 1 billion euro aid package for", "will chip in", "greeted X with a handshake",
// "had an hour-long meeting with", "made X the destination of his first trip abroad", "caught up
// with X on the sidelines", "came face to face in talks", "thrashed out the details of", "had warm
// words for", "leapt to the defence of", "gave its blessing to", "initialled an accord", "has been
// feeding information to", "schooling soldiers in bomb disposal", "airlifted", "ordered the release
// of", "completed their retreat from", "gave back", "wiped away most of its sanctions on", "is
// sending a team to document abuses", "building a war-crimes case against", "wants French troops
// off its soil", "dared X to", "pinned the blame on", "likened X to pirates", "drew a swift rebuke
// from", "took X to the European Court of Human Rights", "handed down guilty verdicts", "fired off a
// protest note", "gave short shrift to", "has torn up a deal with", "will not sell tank ammunition
// to", "pressed ahead in open defiance of", "would turn U.S. bases into a graveyard", "set a 72-hour
// deadline for", "went on the rampage", "sat down on the main highway", "turned out in their
// thousands", "raised its readiness", "shifted battalions to its border", "put aid on ice", "cut X
// off from dollar transactions", "choked off exports to", "took X into custody", "put X on a ferry
// back to", "took over 800 hectares of land", "set off his explosives vest", "carried off
// villagers", "was spirited away by", "sprayed the convoy with bullets", "blew apart a checkpoint",
// "took out a tank", "picked off", "swept into", "boxed in", "let loose rockets at", "uprooted",
// "driven X off their ancestral land", "lobbed grenades filled with chloropicrin", "mowed down
// worshippers") over the CAMEO roots, with the sport, business and everyday uses of the same words
// that must code nothing. wire_coverage_test.cc to wire_coverage10_test.cc are the earlier passes.
// Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01: lips kept tight, serious doubts, fabrications dismissed.
TEST(WireCoverage11, PublicStatements) {
  ExpectCoded({
      {"Seoul stayed tight-lipped about the defection of the North Korean diplomat.", "KOR 011"},
      {"The Pentagon has stayed tight-lipped about the drone strike in Yemen.", "USAMIL 011 YEM"},
      {"Beijing stayed tight-lipped about the arrest of the Japanese businessman.", "CHN 011"},
      {"The German chancellor said he had serious doubts that Russia would honour a ceasefire.", "DEUGOV 012 RUS"},
      {"Israel has serious doubts that Hamas will free the hostages.", "ISR 012 PSEREB"},
      {"Moscow dismissed as pure fabrication the British report on the poisoning.", "RUS 016"},
      {"Tehran dismissed as pure fabrication Washington's claims about the drone sales.", "IRN 016 USA"},
  });
}

// 02: X prodded to get round the table or nudged to step aside, help asked in rebuilding, forgiveness asked.
TEST(WireCoverage11, AppealsAndPressure) {
  ExpectCoded({
      {"Washington prodded Serbia and Kosovo to get round the table.", "USA 026 SRB"},
      {"The African Union prodded Ethiopia to get round the table with the Tigrayan rebels.", "IGOAFRAFU 026 ETH"},
      {"Qatar prodded Hamas to get back round the table.", "QAT 026 PSEREB"},
      {"The United States nudged the Haitian prime minister to step aside.", "USA 0241 HTIGOV"},
      {"ECOWAS nudged the Guinean junta leader to step aside.", "IGOWAFWAS 0241 GINGOV"},
      {"Ukraine asked Germany for help in rebuilding its power grid.", "UKR 0231 DEU"},
      {"The Libyan prime minister asked Italy for help in rebuilding Derna.", "LBYGOV 0231 ITA"},
      {"Syria asked China for help in rebuilding Aleppo.", "SYR 0231 CHN"},
      {"The Sudanese foreign minister asked Egypt to forgive the remarks of the army chief.", "SDNGOV 055 EGY"},
  });
}

// 03: more Patriot batteries let go, honest brokers, troops thinned out, openness to sitting down, bases offered, aid packages announced, money chipped in, wounded children taken in.
TEST(WireCoverage11, IntentToCooperate) {
  ExpectCoded({
      {"Germany will let Ukraine have two more Patriot batteries.", "DEU 0332 UKR"},
      {"Washington will let Taipei have two more Patriot batteries.", "USA 0332 TWN"},
      {"Turkey said it was willing to act as an honest broker between Russia and Ukraine.", "TUR 039"},
      {"Qatar is willing to act as an honest broker between Israel and Hamas.", "QAT 039"},
      {"Russia said it would thin out its troops on the border with Finland.", "RUS 0356 FIN"},
      {"The Armenian prime minister said he was open to sitting down with Azerbaijan's president.", "ARMGOV 036 AZEGOV"},
      {"Kim Jong Un is open to sitting down with the South Korean president.", "PRKGOV 036 KORGOV"},
      {"The Venezuelan president said he was keen to hold face-to-face talks with the United States.", "VENGOV 036 USA"},
      {"Kenya is keen to hold face-to-face talks with Somalia on the maritime border.", "KEN 036 SOM"},
      {"Manila is prepared to open two more bases to the United States.", "PHL 0312 USA"},
      {"The Philippine president said he was prepared to open more military bases to U.S. forces.", "PHLGOV 0312 USA"},
      {"The European Union announced a 1 billion euro aid package for Egypt.", "IGOEUREEC 0331 EGY"},
      {"Japan announced a $500 million aid package for Ukraine.", "JPN 0331 UKR"},
      {"Saudi Arabia will chip in $2 billion for Pakistan.", "SAU 0331 PAK"},
      {"Norway will chip in money for the rebuilding of Gaza.", "NOR 0331"},
      {"Italy will take in sick and wounded children from Gaza.", "ITA 0333"},
      {"Jordan will take in wounded children from Gaza.", "JOR 0333"},
  });
}

// 04: handshakes, hour-long meetings, first trips abroad, sideline catch-ups, face-to-face talks, details thrashed out.
TEST(WireCoverage11, Consultations) {
  ExpectCoded({
      {"The Chinese president greeted the Brazilian president with a handshake in Beijing.", "CHNGOV 043 BRAGOV"},
      {"Erdogan greeted the Greek prime minister with a handshake in Ankara.", "TURGOV 043 GRCGOV"},
      {"The Indian foreign minister had an hour-long meeting with his Chinese counterpart.", "INDGOV 040 CHNGOV"},
      {"Blinken had an hour-long meeting with the Saudi crown prince.", "USAGOV 040 SAU"},
      {"The new German chancellor made France the destination of his first trip abroad.", "DEUGOV 042 FRA"},
      {"The Japanese prime minister made Washington the destination of his first trip abroad.", "JPNGOV 042 USA"},
      {"The Australian prime minister caught up with the Chinese premier on the sidelines of the summit.", "AUSGOV 044 CHNGOV"},
      {"Macron caught up with Zelensky on the sidelines of the NATO summit.", "FRAGOV 044 UKRGOV"},
      {"Armenia and Azerbaijan came face to face in talks in Washington.", "ARM 044 AZE"},
      {"The foreign ministers of India and Pakistan came face to face in talks in Astana.", "IND"},
      {"Serbia and Kosovo huddled to hammer out a deal on licence plates.", "SRB 046 KSV"},
      {"Israel is negotiating with Hamas over a ceasefire.", "ISR 046 PSEREB"},
      {"Russia and Ukraine thrashed out the details of a prisoner swap.", "RUS 046 UKR"},
      {"Chinese and American diplomats were thrashing out the wording of a declaration on AI.", "CHNGOV 046 USAGOV"},
      {"Greece and Turkey were thrashing out the wording of a joint declaration.", "GRC 046 TUR"},
  });
}

// 05: warm words, defences leapt to, blessings given, remarks welcomed, accords penned and initialled.
TEST(WireCoverage11, Support) {
  ExpectCoded({
      {"The Kenyan president had warm words for China.", "KENGOV 051 CHN"},
      {"Putin had warm words for the Hungarian prime minister.", "RUSGOV 051 HUNGOV"},
      {"China leapt to the defence of Russia at the United Nations.", "CHN 052 RUS"},
      {"Hungary leapt to the defence of Israel at the EU meeting.", "HUN 052 ISR"},
      {"The United States gave its blessing to the Saudi deal with Israel.", "USA 051"},
      {"Washington gave its blessing to Egypt's plan for Gaza.", "USA 051 EGY"},
      {"Beijing welcomed his remarks on Taiwan.", "CHN 051"},
      {"The Chinese foreign ministry welcomed the remarks of the Australian prime minister.", "CHNGOV 051 AUSGOV"},
      {"Vietnam and the Philippines penned an agreement on coast guard cooperation.", "VNM 057 PHL"},
      {"Armenia and Azerbaijan initialled a peace accord in Washington.", "ARM 057 AZE"},
      {"Serbia initialled an accord with Kosovo on energy.", "SRB 057 KSV"},
  });
}

// 06: information fed, power lines switched on, trade settled in local currencies, soldiers schooled, live fire in joint exercises, suspects surrendered.
TEST(WireCoverage11, Cooperation) {
  ExpectCoded({
      {"The Ukrainian spy agency has been feeding information to Britain.", "UKRSPY 064 GBR"},
      {"Iran has been feeding information to the Houthis about ships in the Red Sea.", "IRN 064 YEMREB"},
      {"Laos and Thailand switched on a joint power line.", "LAO 061 THA"},
      {"China and Brazil are settling trade in yuan and reais.", "CHN 061 BRA"},
      {"Britain is schooling Ukrainian soldiers in bomb disposal.", "GBR 062 UKRMIL"},
      {"American instructors are schooling Iraqi soldiers in bomb disposal.", "USA 062 IRQMIL"},
      {"The Philippine and U.S. navies fired rocket artillery at a decommissioned ship in joint exercises.", "USAMIL 062 PHLMIL"},
      {"Kyrgyzstan surrendered a murder suspect to Russian authorities.", "KGZ 063 RUS"},
      {"Thailand surrendered the fugitive to Chinese police.", "THA 063 CHN"},
  });
}

// 07: aid airlifted, money chipped in.
TEST(WireCoverage11, Aid) {
  ExpectCoded({
      {"Jordan airlifted food to Gaza.", "JOR 073"},
      {"The Indian air force airlifted medicines to Sri Lanka.", "INDMIL 073 LKA"},
      {"Canada chipped in $10 million for Haiti's police.", "CAN 07"},
  });
}

// 08: releases ordered, retreats completed, islands and artefacts given back, sanctions wiped away, markets reopened.
TEST(WireCoverage11, Yield) {
  ExpectCoded({
      {"Venezuela ordered the release of six Americans.", "VEN 0841 USA"},
      {"The Belarusian president ordered the release of Lithuanian prisoners.", "BLRGOV 0841 LTU"},
      {"Russian troops moved out of the Ukrainian city of Kherson.", "RUSMIL 0874 UKR"},
      {"French troops completed their retreat from Niger.", "FRAMIL 0874 NER"},
      {"The last U.S. soldiers completed their retreat from Afghanistan.", "USAMIL 0874 AFG"},
      {"Britain gave back the Chagos Islands to Mauritius.", "GBR 0842 MUS"},
      {"The Netherlands gave back looted bronzes to Nigeria.", "NLD 0842 NGA"},
      {"China wiped away most of its sanctions on Australia.", "CHN 085 AUS"},
      {"Beijing reopened its market to Japanese seafood.", "CHN 085 JPN"},
  });
}

// 09: teams sent to document abuses, conduct dug into, war-crimes cases built.
TEST(WireCoverage11, Investigate) {
  ExpectCoded({
      {"The United Nations is sending a team to document abuses in Sudan.", "IGOUNO 092 SDN"},
      {"Amnesty International is sending a team to document abuses by Israeli forces.", "NGOHRIAMN 092 ISRMIL"},
      {"Ukrainian prosecutors started digging into the conduct of Russian soldiers.", "UKRJUD 091 RUSMIL"},
      {"The International Criminal Court is building a war-crimes case against Russian commanders.", "IGOJUDICC 094 RUSMIL"},
      {"Ukrainian prosecutors started building a war crimes case against Russian soldiers.", "UKRJUD 094 RUSMIL"},
  });
}

// 10: troops wanted off a country's soil, ships ordered away, dares, bills to be footed.
TEST(WireCoverage11, Demands) {
  ExpectCoded({
      {"Mali wants French troops off its soil.", "MLI 1056 FRAMIL"},
      {"Niger ordered France to move its soldiers away from Niamey.", "NER 1056 FRA"},
      {"China ordered the Philippines to move its ships away from the shoal.", "CHN 1056 PHL"},
      {"The Taliban dared the United States to turn up in Bagram.", "AFGGOV 106 USA"},
      {"Poland wants the EU to foot the bill for its border fence.", "POL 1031 IGOEUREEC"},
      {"Hungary wants Brussels to foot the bill for the border fence.", "HUN 1031"},
  });
}

// 11: blame laid and pinned, likenings, swift rebukes drawn, European Court cases, guilty verdicts, protest notes.
TEST(WireCoverage11, Disapproval) {
  ExpectCoded({
      {"Manila laid the blame at Beijing's door for the collision.", "PHL 112 CHN"},
      {"Kyiv pinned the blame on Moscow for the dam collapse.", "UKR 112 RUS"},
      {"Seoul pinned the blame on Pyongyang for the cyber attack.", "KOR 112 PRK"},
      {"Indonesia likened Chinese fishermen to pirates.", "IDN 111 CHN"},
      {"The Somali president likened the Ethiopian deal to an invasion.", "SOMGOV 111"},
      {"The Israeli minister's remarks drew a swift rebuke from Saudi Arabia.", "SAU 111 ISRGOV"},
      {"Ukraine took Russia to the European Court of Human Rights.", "UKR 115 RUS"},
      {"Armenia took Azerbaijan to the European Court of Human Rights.", "ARM 115 AZE"},
      {"An Iranian court handed down guilty verdicts against two French citizens.", "IRNJUD 116 FRA"},
      {"A Russian court handed down guilty verdicts to three American journalists.", "RUSJUD 116 USA"},
      {"China fired off a protest note to Japan.", "CHN 114 JPN"},
      {"Poland and Lithuania each handed protest notes to Belarus.", "POL 114 BLR"},
      {"The Philippine foreign minister complained to Wang Yi about Chinese vessels shadowing the supply boats.", "PHLGOV 114 CHNGOV"},
  });
}

// 12: bills knocked back, short shrift, deals torn up, no intention of pulling back, sales refused, defiance.
TEST(WireCoverage11, Rejection) {
  ExpectCoded({
      {"The Polish president knocked back a bill from the Polish parliament, using his veto.", "POLGOV 129 POLLEG"},
      {"The Tunisian president gave short shrift to the IMF's demands.", "TUNGOV 125 IGOBUSIMF"},
      {"Moscow gave short shrift to the Ukrainian peace plan.", "RUS 125 UKR"},
      {"Zambia has torn up a power purchase deal with a Chinese company.", "ZMB 127 CHN"},
      {"Niger has torn up the defence deal with the United States.", "NER 127 USA"},
      {"Israel has no intention of pulling its troops back from the Lebanese border.", "ISR 1246"},
      {"Germany will not sell tank ammunition to Turkey.", "DEU 1212 TUR"},
      {"Serbia pressed ahead in open defiance of the European Union.", "SRB 128 IGOEUREEC"},
  });
}

// 13: bases turned into graveyards, deadlines set, X sent packing if.
TEST(WireCoverage11, Threats) {
  ExpectCoded({
      {"Iran said it would turn U.S. bases into a graveyard.", "IRN 1384 USA"},
      {"The ECOWAS leaders set a 72-hour deadline for the Niger junta.", "IGOWAFWAS 139 NERGOV"},
      {"Canada said it would answer any U.S. tariffs with duties of its own.", "CAN 1312 USA"},
      {"The Ugandan president will send the Kenyan traders packing if they do not pay taxes.", "UGAGOV 1313 KEN"},
  });
}

// 14: strikes, standstills, rampages, thronged streets, sit-downs on highways, thousands turning out, junctions paralysed.
TEST(WireCoverage11, Protests) {
  ExpectCoded({
      {"Kenyan doctors stayed away from work in a strike against the Kenyan government.", "KENHLH 143 KENGOV"},
      {"Kenyan workers brought Nairobi to a standstill with an indefinite strike.", "KENLAB 143 KEN"},
      {"Protesters went on the rampage in Dhaka.", "BGDOPP 145"},
      {"Thousands of Serbians thronged the streets of Belgrade to press the government to resign.", "SRB 1412 SRBGOV"},
      {"Georgian protesters sat down on the main highway in Tbilisi.", "GEOOPP 144"},
      {"Armenians turned out in their thousands to demand the prime minister's resignation.", "ARM 1411 ARMGOV"},
      {"Protesters in Nairobi paralysed the main junctions of the city.", "KENOPP 1442"},
  });
}

// 15: alerts and readiness raised, police drafted in, border guards bolstered, battalions shifted, commandos sent, ground pushes rehearsed.
TEST(WireCoverage11, ForcePosture) {
  ExpectCoded({
      {"France raised its terrorism alert to the highest level after the attack in Moscow.", "FRA 15"},
      {"Taiwan raised its readiness after Chinese warships appeared.", "TWN 152 CHNMIL"},
      {"Poland drafted police officers into the border region with Belarus.", "POL 153 BLR"},
      {"Finland bolstered its border guard presence on the Russian frontier.", "FIN 153 RUS"},
      {"Azerbaijan shifted battalions to its border with Armenia.", "AZE 154 ARM"},
      {"Pakistan sent a fresh convoy of commandos to the Afghan border.", "PAK 154 AFG"},
      {"The Chinese army rehearsed a ground push on Taiwan.", "CHNMIL 150 TWN"},
  });
}

// 16: aid on ice, freezes on military aid, negotiating teams brought home, diplomats sent home, dollar cut-offs, sanctions, exports choked off, land ports barred, tariffs answered.
TEST(WireCoverage11, ReducedRelations) {
  ExpectCoded({
      {"The World Bank put aid on ice for Uganda.", "IGOUNODEVWBK 1621 UGA"},
      {"The IMF put its disbursements on hold for Senegal.", "IGOBUSIMF 1621 SEN"},
      {"Washington put a freeze on all military aid to Pakistan.", "USA 1622 PAK"},
      {"Ethiopia brought its negotiating team home from Sudan.", "ETH 164"},
      {"Lithuania sent a Chinese diplomat home.", "LTU 161 CHN"},
      {"Washington cut Iran off from dollar transactions.", "USA 163 IRN"},
      {"The United States put three Iranian firms under sanctions.", "USA 163 IRN"},
      {"Russia choked off exports to Kazakhstan.", "RUS 163 KAZ"},
      {"India barred Pakistani trucks from entering through its land ports.", "IND 163 PAK"},
      {"China answered U.S. tariffs with 25% duties.", "CHN 163 USA"},
  });
}

// 17: custody, migrants loaded onto buses and ferries, land taken over.
TEST(WireCoverage11, Coercion) {
  ExpectCoded({
      {"Ugandan police took the opposition leader into custody.", "UGACOP 173 UGAOPP"},
      {"Russian police took the Ukrainian journalist into custody.", "RUSCOP 173 UKR"},
      {"Texas is loading Venezuelan migrants onto buses.", "USA 174 VEN"},
      {"Italy put the Tunisian migrants on a ferry back to Tunisia.", "ITA 174 TUN"},
      {"Israel took over 800 hectares of Palestinian land in the Jordan Valley.", "ISR 1711 PSE"},
  });
}

// 18: vests set off, villagers carried off, people spirited away, convoys sprayed with bullets, checkpoints blown apart.
TEST(WireCoverage11, Assaults) {
  ExpectCoded({
      {"A Taliban bomber set off his explosives vest at a Pakistani police station.", "AFG"},
      {"Boko Haram fighters carried off villagers in Borno.", "NGAREB 181 NGA"},
      {"Gunmen swooped on a school and carried off Nigerian pupils.", "NGAUAF 181 NGAEDU"},
      {"The activist was spirited away by Iranian security agents.", "IRNCOP 181"},
      {"Gunmen sprayed the Pakistani convoy with bullets.", "PAKUAF 185 PAK"},
      {"A suicide bomber blew apart an Afghan army checkpoint.", "AFGINS 1832 AFGMIL"},
  });
}

// 19: tanks taken out, fighters picked off, cities swept and marched into, depots set ablaze, troops boxed in, rockets let loose, bombers.
TEST(WireCoverage11, Fighting) {
  ExpectCoded({
      {"A Ukrainian drone took out a Russian tank.", "UKRMIL 1952 RUS"},
      {"Israeli snipers picked off Hamas fighters.", "ISRMIL 190 PSEREB"},
      {"Syrian rebels swept into Aleppo and took control of the airport.", "SYRREB 192"},
      {"Russian troops marched into the Ukrainian town of Avdiivka.", "RUSMIL 192 UKR"},
      {"A Ukrainian drone set a Russian oil depot ablaze.", "UKRMIL 1952 RUS"},
      {"Ukrainian forces boxed in Russian troops near Kursk.", "UKRMIL 191 RUSMIL"},
      {"Hezbollah let loose around 50 rockets at Israel.", "LBNREB 195 ISR"},
      {"American bombers hit Houthi targets in Yemen.", "USAMIL 195 YEMREB"},
  });
}

// 20: villagers uprooted, villages cleared, people driven off their land, chloropicrin grenades, worshippers mowed down.
TEST(WireCoverage11, MassViolence) {
  ExpectCoded({
      {"Myanmar troops uprooted Rohingya villagers.", "MMRMIL 20"},
      {"Serbian forces cleared Kosovo villages of their inhabitants.", "SRBMIL 203 KSV"},
      {"Israeli settlers have driven Palestinians off their ancestral land.", "ISRSET 203 PSE"},
      {"Russian soldiers lobbed grenades filled with chloropicrin at Ukrainian troops.", "RUSMIL 2041 UKRMIL"},
      {"Boko Haram gunmen mowed down Nigerian rice farmers.", "NGAREB 202 NGAAGR"},
      {"Militants mowed down Pakistani worshippers in Peshawar.", "PAKINS 202 PAKREL"},
  });
}

// Sport, business and everyday uses of the same words code nothing (or not the political reading).
TEST(WireCoverage11, NoPoliticalEvent) {
  ExpectNotCoded({
      {"Iran and Oman sat down on Monday with the mediators.", "14"},
      {"Spain carried off the trophy against Germany.", ""},
      {"The retailer moved out of Russia.", ""},
      {"Chinese protesters marched into the square.", "19"},
      {"The company took out a loan from the IMF.", ""},
      {"Volkswagen's truck unit agreed to swallow Italian truckmaker Iveco.", ""},
      {"The carmaker agreed to swallow its Italian rival.", ""},
      {"The striker stayed tight-lipped about his future.", ""},
      {"The coach said his heart went out to the fans.", ""},
      {"The fans went on the rampage after the final.", ""},
      {"The bank gave short shrift to the takeover offer.", ""},
      {"The utility has torn up its power purchase deal with the wind farm.", ""},
      {"The chef had the critics over for dinner.", ""},
      {"The team airlifted its equipment to the stadium.", ""},
      {"The storm brought the city to a standstill.", ""},
      {"The striker picked off the defenders one by one.", ""},
      {"The champion took out his rival in the second round.", ""},
      {"The club gave its blessing to the coach's move.", ""},
      {"The fans thronged the streets to celebrate the title.", ""},
      {"The farmers uprooted the old vines.", ""},
      {"The goalkeeper leapt to the defence of his manager.", ""},
      {"The investors will chip in $5 million for the stadium.", ""},
      {"The company brought its negotiating team home.", ""},
      {"The mower mowed down the tall grass.", ""},
      {"The heat wave choked off exports of wheat.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage11, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // Dismissed as pure fabrication is a denial, no rejection.
      {"Moscow dismissed as pure fabrication the British report on the poisoning.", "12"},
      // Keen to hold face-to-face talks is an offer to meet, not the talks.
      {"Kenya is keen to hold face-to-face talks with Somalia on the maritime border.", "046"},
      // The wording of a declaration thrashed out is negotiation, no signing.
      {"Greece and Turkey were thrashing out the wording of a joint declaration.", "057"},
      // A suspect surrendered to X police is extradition, no surrender of arms.
      {"Thailand surrendered the fugitive to Chinese police.", "087"},
      // Soldiers schooled in bomb disposal are trained: no bombing.
      {"Britain is schooling Ukrainian soldiers in bomb disposal.", "19"},
      // A war-crimes case being built is an investigation, no lawsuit yet.
      {"Ukrainian prosecutors started building a war crimes case against Russian soldiers.", "115"},
      // Short shrift given is a rejection: no aid.
      {"Moscow gave short shrift to the Ukrainian peace plan.", "07"},
      // A blessing given is approval: no aid.
      {"Washington gave its blessing to Egypt's plan for Gaza.", "07"},
      // A deal torn up is rejected: no cut in relations.
      {"Niger has torn up the defence deal with the United States.", "16"},
      // Streets thronged to press a government are a demonstration, no appeal.
      {"Thousands of Serbians thronged the streets of Belgrade to press the government to resign.", "02"},
      // Sitting down on a highway is a blockade, no meeting.
      {"Georgian protesters sat down on the main highway in Tbilisi.", "04"},
      // A convoy of commandos sent to a border is a show of force, no aid.
      {"Pakistan sent a fresh convoy of commandos to the Afghan border.", "07"},
      // Land taken over is seized, no military occupation of a town.
      {"Israel took over 800 hectares of Palestinian land in the Jordan Valley.", "19"},
      // Worshippers mowed down are a massacre, not a shooting alone.
      {"Militants mowed down Pakistani worshippers in Peshawar.", "193"},
      // Wounded children taken in are sheltered: no abduction.
      {"Italy will take in sick and wounded children from Gaza.", "18"},
      // Asking X to forgive is an apology, no appeal.
      {"The Sudanese foreign minister asked Egypt to forgive the remarks of the army chief.", "022"},
      // A protest note fired off is a complaint, no gunfire.
      {"China fired off a protest note to Japan.", "19"},
      // Ships ordered away are a demand, no show of force.
      {"China ordered the Philippines to move its ships away from the shoal.", "15"},
      // Live fire in joint exercises is military cooperation, no attack.
      {"The Philippine and U.S. navies fired rocket artillery at a decommissioned ship in joint exercises.", "19"},
      // Sent packing if: a threat, not the expulsion.
      {"The Ugandan president will send the Kenyan traders packing if they do not pay taxes.", "174"},
      // Another footing the bill is demanded, not asked as aid.
      {"Poland wants the EU to foot the bill for its border fence.", "02"},
      // Warm words had are praise, no consultation.
      {"Putin had warm words for the Hungarian prime minister.", "04"},
  });
}

}  // namespace
}  // namespace tidings::extract
