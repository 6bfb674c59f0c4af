// The built-in dictionaries against ordinary wire copy, tenth pass: everyday idioms two held-out sets
// showed the coder did not know or misread ("would not be drawn on", "poured cold water on hopes of
// an early deal", "leaned on X to come back to the negotiating table", "put itself forward as a
// go-between", "has earmarked loans", "offered help in building", "agreed to set up a joint force",
// "went over plans ... in a telephone call", "was greeted with a 21-gun salute at the start of a
// state visit to", "flew into X for a two-day visit", "kicked off their annual exercise", "opened
// the gates of a joint trade zone", "revived a currency swap", "handed X over to U.S.
// authorities", "gave the green light to a grant", "landed in X to lead a security mission",
// "vacated / abandoned their positions", "set free the captured soldiers", "threw open its
// airspace to", "another month's reprieve from sanctions", "is gathering evidence of war crimes",
// "hauled X before the ICJ", "branded X a violation", "turned his back on a bailout", "refused to
// sign into law", "vowed to take back X by whatever means", "poured into the streets to vent their
// anger at", "went on high alert", "were placed on maximum alert", "rushed police to its
// boundary", "sent bombers around", "staged drills close to its border with", "pulled the plug on
// aid to", "shut its doors to all X seafood", "slaps ban on X goods", "was declared persona non
// grata", "stormed out of the talks", "gave X its marching orders", "seized control of the gold
// mine", "carted off gold", "bundled X onto a flight", "dumped migrants at the border", "hauled X
// out of their homes", "disbanded the party", "wrested control of", "began expelling migrants",
// "emptied the town of its population", "went house to house, executing", "dropped barrels of
// chlorine gas") over the CAMEO roots, with the sport, business, weather and everyday uses of the
// same words that must code nothing. wire_coverage_test.cc to wire_coverage9_test.cc are the
// earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01: questions not to be drawn on, gloomy notes sounded, cold water poured on hopes, attacks owned up to.
TEST(WireCoverage10, PublicStatements) {
  ExpectCoded({
      {"The Kremlin would not be drawn on reports that Russian troops were massing near Finland.", "RUSGOV 011"},
      {"Beijing would not be drawn on Washington's offer of talks.", "CHN 011 USA"},
      {"Indian Prime Minister Narendra Modi would not be drawn on the border row with China.", "INDGOV 011"},
      {"The Pentagon would not be drawn on Iran's threats against US bases.", "USAMIL 011"},
      {"Ankara has refused to be drawn on the fate of the detained Swedish journalist.", "TUR 011"},
      {"Tokyo sounded a gloomy note about its talks with Seoul over the wartime labour dispute.", "JPN 012"},
      {"Egypt's foreign minister sounded a gloomy note about the chances of a truce in Sudan.", "EGYGOV 012"},
      {"The United Nations sounded a gloomy note on Tuesday about the peace process in Yemen.", "IGOUNO 012"},
      {"Germany poured cold water on hopes of an early deal with China on electric car tariffs.", "DEU 012"},
      {"The Israeli prime minister poured cold water on hopes of an early deal with Hamas.", "ISRGOV 012 PSEREB"},
      {"Tehran poured cold water on hopes of an early return to the nuclear talks with Washington.", "IRN 012 USA"},
      {"Al-Shabaab owned up to the attack on the hotel in Mogadishu.", "SOMREB 015"},
      {"The Houthis owned up to the missile attack on the Greek-flagged tanker.", "YEMREB 015"},
      {"Islamic State has owned up to the suicide bombing at the Shi'ite mosque in Kandahar.", "IMGMUSISI 015"},
  });
}

// 02: X leaned on to come back to the negotiating table (an appeal to negotiate, no demand).
TEST(WireCoverage10, AppealsAndPressure) {
  ExpectCoded({
      {"The United States leaned on Israel to come back to the negotiating table.", "USA 026 ISR"},
      {"Qatar has been leaning on Hamas to come back to the negotiating table.", "QAT 026 PSEREB"},
      {"The European Union leaned on Serbia to return to the negotiating table with Kosovo.", "IGOEUREEC 026 SRB"},
  });
}

// 03: go-betweens put forward, money put into missions, loans earmarked, help offered in building, joint forces agreed, troops ready to help.
TEST(WireCoverage10, IntentToCooperate) {
  ExpectCoded({
      {"Oman put itself forward as a go-between for Iran and the United States.", "OMN 039"},
      {"Turkish President Recep Tayyip Erdogan put his country forward as a go-between in the war between Russia and Ukraine.", "TURGOV 039"},
      {"Brazil has put itself forward as a go-between in the dispute between Venezuela and Guyana.", "BRA 039"},
      {"Canada will put C$80 million into the security mission for Haiti.", "CAN 0331 HTI"},
      {"Japan has earmarked loans worth $2 billion for Indonesia's new railway.", "JPN 0331 IDN"},
      {"The World Bank has earmarked $500 million in loans for Ukraine.", "IGOUNODEVWBK 0331 UKR"},
      {"Beijing offered help in building a new deep-sea port for Sri Lanka.", "CHN 0311"},
      {"Tokyo offered help in building a metro line for Vietnam.", "JPN 0311 VNM"},
      {"India and France agreed to set up a joint force to patrol the Indian Ocean.", "IND 0312 FRA"},
      {"India and France agreed to set up a joint force to patrol the Indian Ocean.", "FRA 0312 IND"},
      {"Chad said it stood ready to send troops to help Mali fight jihadists.", "TCD 0334 MLI"},
      {"Rwanda stands ready to send troops to help Mozambique fight the insurgents.", "RWA 0334 MOZ"},
  });
}

// 04: plans gone over in telephone calls, 21-gun salutes at the start of state visits, capitals flown into and touched down in.
TEST(WireCoverage10, Consultations) {
  ExpectCoded({
      {"Japan's foreign minister went over plans for the summit with his South Korean counterpart in a telephone call.", "JPNGOV 041"},
      {"French President Emmanuel Macron went over plans for the peace conference with Volodymyr Zelensky in a telephone call.", "FRAGOV 041 UKRGOV"},
      {"The Chinese president was greeted with a 21-gun salute at the start of a state visit to Serbia.", "CHNGOV 042 SRB"},
      {"Narendra Modi was greeted with a 21-gun salute at the start of a state visit to Egypt.", "INDGOV 042 EGY"},
      {"The French foreign minister flew into Niamey for talks with the junta.", "FRAGOV 042 NER"},
      {"Australia's foreign minister touched down in Niamey on Thursday.", "AUSGOV 042 NER"},
      {"The German chancellor flew into Nairobi on Monday for a two-day visit.", "DEUGOV 042 KEN"},
      {"The US secretary of state touched down in Cairo for talks on Gaza.", "USAGOV 042 EGY"},
  });
}

// 05: thanks and going to bat for another.
TEST(WireCoverage10, Support) {
  ExpectCoded({
      {"Kenya thanked the United States for its support.", "KEN 051 USA"},
      {"The Ukrainian president thanked Germany for the air defence systems.", "UKRGOV 051 DEU"},
      {"Manila thanked Tokyo for the patrol boats.", "PHL 051 JPN"},
      {"Hungary went to bat for Russia at the EU summit in Brussels.", "HUN 052 RUS"},
      {"Pakistan went to bat for China at the UN Human Rights Council.", "PAK 052 CHN"},
  });
}

// 06: annual exercises kicked off together, joint border patrols, joint trade zones, currency swaps, suspects handed over.
TEST(WireCoverage10, Cooperation) {
  ExpectCoded({
      {"Morocco and the United States kicked off their annual African Lion exercise in Agadir.", "MAR 062 USA"},
      {"The Indian and Nepali armies kicked off their annual joint exercise on Monday.", "INDMIL 062 NPL"},
      {"Chad and Niger began joint border patrols in the Lake Chad region.", "TCD 062 NER"},
      {"Thailand and Malaysia launched joint border patrols.", "THA 062 MYS"},
      {"China and Kazakhstan opened the gates of a joint trade zone at Khorgos.", "CHN 061 KAZ"},
      {"China and Argentina revived a currency swap worth $5 billion.", "CHN 061 ARG"},
      {"Mexico handed the cartel leader over to U.S. authorities.", "MEX 063 USA"},
      {"Colombia has handed the drug lord over to U.S. authorities.", "COL 063 USA"},
  });
}

// 07: green lights to grants, police landing to lead a security mission.
TEST(WireCoverage10, Aid) {
  ExpectCoded({
      {"Washington gave the green light to a $300 million grant for Jordan.", "USA 071 JOR"},
      {"The European Commission gave the green light to a grant of 50 million euros to Moldova.", "IGOEUREEC 071 MDA"},
      {"Kenyan police officers landed in Port-au-Prince to lead a multinational security mission.", "KENCOP 074 HTI"},
  });
}

// 08: positions vacated and bases abandoned, captured soldiers set free, airspace thrown open, reprieves from sanctions.
TEST(WireCoverage10, Yielding) {
  ExpectCoded({
      {"Israeli troops vacated hilltop positions in southern Lebanon.", "ISRMIL 0874"},
      {"Russian troops abandoned their base in Syria and fell back.", "RUSMIL 0874 SYR"},
      {"Israeli troops abandoned their positions in Lebanon and fell back.", "ISRMIL 0874 LBN"},
      {"The Houthis set free the captured Saudi soldiers.", "YEMREB 0841 SAU"},
      {"Russia has set free the captured Ukrainian soldiers in a prisoner swap.", "RUS 0841 UKR"},
      {"Egypt threw open its airspace and land border to Qatar.", "EGY 085 QAT"},
      {"Saudi Arabia threw open its airspace and land border to Qatar after the three-year embargo.", "SAU 085 QAT"},
      {"Washington granted Iraq another month's reprieve from U.S. sanctions on Iranian electricity imports.", "USA 085 IRQ"},
      {"The United States gave Serbia's oil company another month's reprieve from U.S. sanctions.", "USA 085"},
  });
}

// 09: evidence of war crimes gathered, reports of abuses looked into.
TEST(WireCoverage10, Investigations) {
  ExpectCoded({
      {"The International Criminal Court is gathering evidence of war crimes in Sudan.", "IGOJUDICC 094 SDN"},
      {"UN investigators are gathering evidence of war crimes in Ukraine.", "IGOUNOCOP 094 UKR"},
      {"Human Rights Watch has begun looking into reports of abuses by Ethiopian troops.", "NGOHRI 092"},
      {"Amnesty International has begun looking into reports of torture in Syrian prisons.", "NGOHRIAMN 092"},
  });
}

// 11: X hauled before the ICJ, acts branded violations.
TEST(WireCoverage10, Disapproval) {
  ExpectCoded({
      {"Guyana hauled Venezuela before the ICJ over the Essequibo region.", "GUY 115 VEN"},
      {"Ukraine hauled Russia before the International Court of Justice.", "UKR 115 RUS"},
      {"South Africa has hauled Israel before the ICJ over the war in Gaza.", "ZAF 115 ISR"},
      {"Venezuela branded the U.S. seizure of its plane a violation of international law.", "VEN 111"},
      {"Kabul branded the Pakistani air strikes a violation of its sovereignty.", "AFG 111"},
  });
}

// 12: backs turned on bailouts, bills not signed into law, vows to take back a region by whatever means.
TEST(WireCoverage10, Rejections) {
  ExpectCoded({
      {"The Tunisian president turned his back on an IMF bailout.", "TUNGOV 1211"},
      {"Egypt turned its back on a bailout offered by the Gulf states.", "EGY 1211"},
      {"The Kenyan president refused to sign into law the finance bill passed by parliament.", "KENGOV 129"},
      {"Nigeria's president has refused to sign into law the electoral bill passed by the Senate.", "NGAGOV 129"},
      {"Azerbaijan vowed to take back Karabakh from Armenia by whatever means.", "AZE 1382 ARM"},
      {"The Somali president vowed to retake the region from Ethiopia by whatever means.", "SOMGOV 1382 ETH"},
  });
}

// 14: hunger strikes, crowds pouring into the streets to vent their anger.
TEST(WireCoverage10, Protests) {
  ExpectCoded({
      {"The jailed Egyptian activist has gone on hunger strike.", "EGYOPP 142"},
      {"The jailed Belarusian opposition leader went on hunger strike.", "BLROPP 142"},
      {"Thousands of Kenyans poured into the streets to vent their anger at the government.", "KEN 141 KENGOV"},
  });
}

// 15: forces on heightened, high and maximum alert, police and tanks moved up to a border, bombers and drills near a neighbour.
TEST(WireCoverage10, ForcePosture) {
  ExpectCoded({
      {"China put its rapid reaction force on heightened alert near the border with India.", "CHN 152 IND"},
      {"Taiwan's military went on high alert near the Chinese coast.", "TWNMIL 152"},
      {"Serbian troops were placed on maximum alert on the border with Kosovo.", "SRBMIL 152 KSV"},
      {"Pakistani police were placed on high alert along the border with Afghanistan.", "PAKCOP 151 AFG"},
      {"Poland rushed police officers to its border with Belarus.", "POL 153 BLR"},
      {"India has rushed police officers to its boundary with Myanmar.", "IND 153"},
      {"Russia is moving tanks up towards its border with Ukraine.", "RUS 154 UKR"},
      {"Azerbaijan moved armoured vehicles near its border with Armenia.", "AZE 154 ARM"},
      {"Venezuela has moved troops up towards its border with Guyana.", "VEN 154 GUY"},
      {"China sent bombers and warships around the Philippines' Scarborough Shoal.", "CHN 150 PHL"},
      {"Chinese bombers flew along Japan's coast on Tuesday.", "CHNMIL 150 JPN"},
      {"Russia staged large-scale drills close to its border with Finland.", "RUS 150 FIN"},
      {"North Korea staged large-scale artillery drills close to its border with South Korea.", "PRK 150 KOR"},
  });
}

// 16: plugs pulled on aid, doors shut to imports, bans slapped on goods, diplomats ordered out, talks stormed out of, marching orders.
TEST(WireCoverage10, ReducedRelations) {
  ExpectCoded({
      {"The United States pulled the plug on aid to Niger after the coup.", "USA 1621 NER"},
      {"Britain has pulled the plug on aid to Rwanda.", "GBR 1621"},
      {"China shut its doors to all Japanese seafood.", "CHN 163 JPN"},
      {"Russia shut its doors to all Georgian wine.", "RUS 163"},
      {"Kosovo Slaps Ban On Serbian Goods", "KSV 163 SRB"},
      {"Mali ordered diplomats from France to leave within 72 hours.", "MLI 161 FRA"},
      {"Niger has ordered diplomats from the European Union to leave the country.", "NER 161"},
      {"The Russian diplomat was declared persona non grata by Moldova.", "MDA 161 RUS"},
      {"Serbia stormed out of the talks with Kosovo in Brussels.", "SRB 164 KSV"},
      {"Armenia stormed out of the talks with Azerbaijan in Moscow.", "ARM 164"},
      {"Mali gave the UN mission its marching orders.", "MLI 166 IGOUNO"},
      {"Congo has given the UN peacekeepers their marching orders.", "COD 166"},
  });
}

// 17: mines seized and gold carted off, reporters bundled onto flights, migrants dumped at the border, arrests, party activity banned, tear gas and live rounds.
TEST(WireCoverage10, Coercion) {
  ExpectCoded({
      {"Burkina Faso seized control of the gold mine from a Canadian company.", "BFA 1711"},
      {"Niger's junta seized control of the uranium mine from a French company.", "NERGOV 1711 FRABUS"},
      {"Malian soldiers carted off three tonnes of gold from the Canadian miner's site.", "MLIMIL 1711"},
      {"Burkinabe police bundled a French reporter onto a flight to Paris.", "BFACOP 174"},
      {"Niger's junta bundled the French ambassador onto a flight to Paris.", "NERGOV 174 FRAGOV"},
      {"Tunisia dumped migrants at the desert border with Libya.", "TUN 174"},
      {"Tunisian police have dumped hundreds of migrants at the desert border.", "TUNCOP 174"},
      {"Ugandan police rounded up the opposition leader Bobi Wine.", "UGACOP 173"},
      {"Belarusian police rounded up dozens of opposition activists.", "BLRCOP 173"},
      {"Russian police hauled Navalny's supporters out of their homes before dawn.", "RUSCOP 173 RUSOPP"},
      {"Venezuelan police hauled off the opposition leader.", "VENCOP 173 VENOPP"},
      {"Mali Junta Suspends All Political Party Activity", "MLIGOV 1722"},
      {"Tajikistan disbanded the main opposition party.", "TJK 1722"},
      {"Myanmar's junta disbanded the party of Aung San Suu Kyi.", "MMRGOV 1722 MMROPP"},
      {"Kenyan police fired tear gas and live rounds at crowds in Nairobi.", "KENCOP 175"},
      {"Bangladeshi police fired tear gas and live rounds at protesters.", "BGDCOP 175"},
  });
}

// 18-19: villagers hacked to death, convoys ambushed, drinkers fired on, towns wrested from the army, hideouts pounded by gunships.
TEST(WireCoverage10, Violence) {
  ExpectCoded({
      {"Islamist rebels hacked to death 20 villagers in eastern Congo.", "CODREB 1823"},
      {"Suspected militants hacked to death 12 Nigerian farmers.", "NGAINS 1823 NGAAGR"},
      {"Jihadists ambushed a Malian army supply convoy near Gao.", "MLIINS 190 MLIMIL"},
      {"Jihadists ambushed a Burkinabe army supply convoy.", "BFAINS 190 BFAMIL"},
      {"Gunmen opened fire on drinkers at a bar in Mexico's Guanajuato state.", "MEXUAF 193 MEX"},
      {"Syrian rebels wrested control of the town from government forces.", "SYRREB 192"},
      {"M23 rebels have wrested control of the town of Rubaya from the army.", "CODREB 192"},
      {"Pakistani helicopter gunships pounded hideouts of the Pakistani Taliban.", "PAKMIL 195"},
      {"Nigerian air force helicopter gunships pounded hideouts of the jihadists.", "NGAMIL 195"},
  });
}

// 20: migrants expelled en masse, towns emptied of their people, house-to-house executions, chlorine dropped from helicopters.
TEST(WireCoverage10, MassViolence) {
  ExpectCoded({
      {"Algeria began expelling migrants to Niger.", "DZA 201"},
      {"The Dominican Republic has begun expelling Haitian migrants.", "DOM 201 HTI"},
      {"Myanmar troops emptied the town of its Rohingya population.", "MMRMIL 203"},
      {"RSF fighters went house to house in El Geneina, executing Sudanese civilians.", "SDNREB 202"},
      {"Syrian government helicopters dropped barrels of chlorine gas on Syrian rebels in Douma.", "SYRGOV 2041"},
      {"Syrian army helicopters dropped barrels of chlorine gas on the rebel-held town.", "SYRMIL 2041"},
  });
}

// Sport, business, weather and everyday uses of the same words code nothing.
TEST(WireCoverage10, NoPoliticalEvent) {
  ExpectNotCoded({
      {"The miner fought off a $47 billion takeover bid from its rival.", ""},
      {"The board shot down a proposal by activist shareholders to split the company.", ""},
      {"The fashion house launched an assault on the luxury market.", ""},
      {"The young singer took the stage by storm.", ""},
      {"The coach would not be drawn on his team's chances.", ""},
      {"The striker owned up to the foul.", ""},
      {"The regulator gave the green light to the merger.", ""},
      {"The airline threw open its lounges to all passengers.", ""},
      {"The club gave the manager his marching orders.", ""},
      {"The investor pulled the plug on the project.", ""},
      {"The bank has earmarked $2 billion for share buybacks.", ""},
      {"The fans poured into the streets to celebrate the title.", ""},
      {"The storm emptied the town of tourists.", ""},
      {"The band kicked off their annual tour in Dublin.", ""},
      {"The champion flew into Miami for the final.", ""},
      {"The team wrested control of the game from their rivals.", ""},
      {"The weather service put the coast on high alert for the hurricane.", ""},
      {"The city turned its back on the tourists.", ""},
      {"The chef went house to house selling pies.", ""},
      {"The goalkeeper hauled his team back into the match.", ""},
      {"The insurer shut its doors to new customers.", ""},
      {"The farmer hacked the old tree to pieces.", ""},
      {"The retailer stormed out of the talks with its landlord.", ""},
      {"The billionaire set free his racehorses.", ""},
      {"The fans greeted the team with a 21-gun salute.", ""},
      {"The coach sounded a gloomy note about the season.", ""},
      {"The striker poured cold water on hopes of an early return.", ""},
      {"The broker put itself forward as a go-between for the two firms.", ""},
      {"The new owner carted off the furniture.", ""},
      {"The cinema chain rounded up its ticket prices.", ""},
      {"The mayor went to bat for the local team.", ""},
      {"The company will put $80 million into the new factory.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage10, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // Cold water poured on hopes of a deal is pessimism, no rejection of the deal.
      {"Germany poured cold water on hopes of an early deal with China on electric car tariffs.", "12"},
      // Leaning on X to come back to the table appeals for talks: no demand.
      {"The United States leaned on Israel to come back to the negotiating table.", "10"},
      // A grant given the green light is aid, no praise.
      {"Washington gave the green light to a $300 million grant for Jordan.", "05"},
      // Police landing to lead a mission protect, no visit.
      {"Kenyan police officers landed in Port-au-Prince to lead a multinational security mission.", "04"},
      // A reprieve from sanctions eases them: no aid.
      {"Washington granted Iraq another month's reprieve from U.S. sanctions on Iranian electricity imports.", "07"},
      // Marching orders expel: no aid.
      {"Mali gave the UN mission its marching orders.", "07"},
      // A mine seized from a company is confiscated property, no territory occupied.
      {"Burkina Faso seized control of the gold mine from a Canadian company.", "19"},
      // A ban on a country's goods is an embargo, no restriction of its people.
      {"Kosovo Slaps Ban On Serbian Goods", "172"},
      // A party disbanded is banned, no demobilization.
      {"Tajikistan disbanded the main opposition party.", "087"},
      // Bombers sent around a shoal are a show of force, no protection.
      {"China sent bombers and warships around the Philippines' Scarborough Shoal.", "07"},
  });
}

}  // namespace
}  // namespace tidings::extract
