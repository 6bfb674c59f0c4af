// The built-in dictionaries against ordinary wire copy, fifteenth pass: idioms the coder did not
// know or misread ("paid off X's arrears to the World Bank", "delivered the first tanks that X
// ordered", "handed 40 fishermen / the bodies of soldiers back to X", "set up roadblocks around
// the capital", "youths torched cars and shops", "said they had taken a pilot hostage", "threw a
// pipe bomb / a grenade at", "carried messages between X and Y", "would never allow X to build a
// naval base", "will not arrest X despite an ICC warrant", "added X's firms to a list of entities
// barred from receiving U.S. exports", "promised X NZ$50 million", "Rolls Out Red Carpet for" in a
// title-case headline, "offered help in mining", "called X's decision a positive step", "called
// X's deployment a destabilising development", "said X bore responsibility for", "kept (up) the
// pressure on", "lent its voice to calls for", "cold-shouldered", "fired a warning shot across the
// bow of"), and the idioms of the same pass it already coded right ("lifted the state of emergency
// in", "would not release the crew of", "went on hunger strike", "raised its readiness posture
// along the border", "warning X of serious consequences", "blacklisted", "stood by", "sided with",
// "snubbed X's invitation"), kept here so that they stay right; with the sport, business and
// everyday uses of the same words that must code nothing. wire_coverage_test.cc to
// wire_coverage14_test.cc are the earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::CodeWithBuiltins;
using testing::ExpectCoded;
using testing::ExpectNotCoded;

using testing::ExpectExactly;

// 03: money promised to the one named first (unless it is aid of no named kind), help offered in
// mining or building.
TEST(WireCoverage15, IntentToGiveAid) {
  ExpectCoded({
      {"Australia promised Tuvalu A$140 million over a decade.", "AUS 0331 TUV"},
      {"China promised Cambodia $600 million.", "CHN 0331 KHM"},
      {"New Zealand promised Fiji NZ$50 million on Tuesday.", "NZL 0331 FJI"},
      {"Japan promised Ukraine $4.5 billion in aid on Monday.", "JPN 033 UKR"},
      {"Japan offered help in mining rare earths to Mongolia.", "JPN 0311 MNG"},
      {"Japan offered help in building ports to the Philippines.", "JPN 0311 PHL"},
  });
}

// 04: red carpets rolled out in headlines, messages carried between two sides.
TEST(WireCoverage15, Consultations) {
  ExpectCoded({
      {"Vietnam Rolls Out Red Carpet for Chinese President", "VNM 043 CHNGOV"},
      {"Indonesia Rolls Out Red Carpet for Saudi King", "IDN 043 SAUGOV"},
      {"India rolled out the red carpet for the Saudi crown prince on Tuesday.", "IND 043 SAUGOV"},
  });
  ExpectExactly("Egypt carried messages between the United States and Iran.", {"EGY 045 USA", "EGY 045 IRN"});
  ExpectExactly("Oman carried messages back and forth between Iranian and American negotiators.",
                {"OMN 045 IRNGOV", "OMN 045 USAGOV"});
}

// 05: decisions called a positive step, sides taken, allies stood by.
TEST(WireCoverage15, Endorsement) {
  ExpectCoded({
      {"China called Serbia's decision a positive step.", "CHN 051 SRB"},
      {"The Netherlands called Turkey's decision a positive step.", "NLD 051 TUR"},
      {"Germany called Poland's offer a step in the right direction.", "DEU 051 POL"},
      {"The European Union welcomed Serbia's decision, calling the move a positive step.", "IGOEUREEC 051 SRB"},
      {"Turkey stood by Azerbaijan throughout the conflict, officials said on Monday.", "TUR 051 AZE"},
      {"Serbia has stood by Russia despite the war in Ukraine.", "SRB 051 RUS"},
      {"Hungary sided with Russia at the European summit on Thursday.", "HUN 051 RUS"},
      {"Germany sided with France in the dispute over nuclear power.", "DEU 051 FRA"},
  });
}

// 07: another country's arrears paid off, the first tanks of an order delivered to the buyer.
TEST(WireCoverage15, Aid) {
  ExpectCoded({
      {"Japan paid off Myanmar's arrears to the World Bank, clearing the way for new loans.", "JPN 071 MMR"},
      {"France has paid off Somalia's arrears to the International Monetary Fund, the finance ministry said.", "FRA 071 SOM"},
      {"The United States paid Sudan's arrears to the African Development Bank.", "USA 071 SDN"},
      {"Germany has delivered the first 14 of 100 Leopard tanks that Poland ordered, the defence ministry said.", "DEU 072 POL"},
      {"The United States delivered the first two of the 40 F-16 jets that Taiwan ordered.", "USA 072 TWN"},
      {"South Korea delivered the first K2 tanks that Poland bought.", "KOR 072 POL"},
  });
  ExpectExactly("Saudi Arabia and Qatar paid off Syria's arrears to the World Bank, the lender said on Friday.",
                {"SAU 071 SYR", "QAT 071 SYR"});
}

// 08: fishermen, soldiers and bodies handed back; states of emergency lifted.
TEST(WireCoverage15, ReleasesAndEasing) {
  ExpectCoded({
      {"India handed 22 fishermen back to Sri Lanka on Wednesday.", "IND 0841 LKA"},
      {"Vietnam handed 40 Chinese fishermen back to China on Thursday.", "VNM 0841 CHN"},
      {"Pakistan handed three Indian soldiers back to India at the Wagah border.", "PAK 0841 IND"},
      {"The Ukrainian army handed the bodies of 50 soldiers back to Russia.", "UKRMIL 0841 RUS"},
      {"The Ethiopian government lifted the state of emergency in the Amhara region on Friday.", "ETHGOV 0814 ETH"},
      {"Peru's president lifted the state of emergency in Lima after a month of protests.", "PERGOV 0814 PER"},
  });
}

// 10: calls for a ceasefire or a release joined, pressure kept up.
TEST(WireCoverage15, Appeals) {
  ExpectCoded({
      {"Canada lent its voice to calls for a ceasefire in Gaza on Wednesday.", "CAN 0256 PSE"},
      {"France lent its voice to calls for a ceasefire in Sudan.", "FRA 0256 SDN"},
      {"Japan lent its voice to the calls for a truce in Gaza.", "JPN 0256 PSE"},
      {"Germany lent its voice to calls for Iran to release the detained journalists.", "DEU 0253 IRN"},
      {"Britain lent its voice to calls for Russia to free the jailed opposition leader.", "GBR 0253 RUS"},
      {"Washington kept the pressure on Caracas with new sanctions on Monday.", "USA 100 VEN"},
      {"The European Union kept up the pressure on Hungary over the rule of law.", "IGOEUREEC 100 HUN"},
  });
}

// 11: developments called destabilising, responsibility laid on another.
TEST(WireCoverage15, Disapproval) {
  ExpectCoded({
      {"Japan called the North Korean missile launch a very destabilising development.", "JPN 111 PRK"},
      {"South Korea called the Russian deployment a destabilising development.", "KOR 111 RUS"},
      {"Australia called China's naval drills destabilizing.", "AUS 111 CHN"},
      {"Russia said on Tuesday that Ukraine bore responsibility for the deterioration of the situation.", "RUS 112 UKR"},
      {"Serbia said Kosovo bore full responsibility for the attack.", "SRB 112 KSV"},
      {"Iran said Israel bore full responsibility for the killing.", "IRN 112 ISR"},
      {"Ukrainian President Volodymyr Zelenskiy said Russia bears full responsibility for the attack.", "UKRGOV 112 RUS"},
  });
}

// 12: bases refused, warrants defied, crews kept, invitations snubbed, governments cold-shouldered.
TEST(WireCoverage15, Rejection) {
  ExpectCoded({
      {"Sri Lanka said on Monday it would never allow India to build a military base on its soil.", "LKA 1212 IND"},
      {"The Solomon Islands would never allow China to build a military base on its territory.", "SLB 1212 CHN"},
      {"Mongolia will not arrest Putin despite an ICC warrant, a government spokesman said.", "MNG 128 IGOJUDICC"},
      {"Hungary will not arrest the Israeli prime minister despite an ICC arrest warrant, Budapest said.", "HUN 128 IGOJUDICC"},
      {"Tajikistan did not arrest Putin despite the ICC warrant during his visit.", "TJK 128 IGOJUDICC"},
      {"Russia would not release the crew of the Ukrainian fishing boat, a spokesman said.", "RUS 1243 UKRAGR"},
      {"The Pakistani prime minister snubbed India's invitation to the summit.", "PAKGOV 125 IND"},
      {"The Thai prime minister snubbed Cambodia's invitation to talks.", "THAGOV 125 KHM"},
      {"Western governments have cold-shouldered the Nicaraguan government since the election.", "WST 120 NICGOV"},
      {"Beijing cold-shouldered the visiting Lithuanian minister.", "CHN 120 LTUGOV"},
  });
}

// 13: warnings of unimaginable or serious consequences.
TEST(WireCoverage15, Threats) {
  ExpectCoded({
      {"North Korea warned South Korea of unimaginable consequences if it continued the drills.", "PRK 130 KOR"},
      {"Russia said on Friday it would respond to the deployment, warning Finland of serious consequences.", "RUS 130 FIN"},
  });
}

// 14: roadblocks set up by protesters and farmers, cars and shops torched, hunger strikes.
TEST(WireCoverage15, Protest) {
  ExpectCoded({
      {"Kenyan protesters set up roadblocks around Nairobi.", "KENOPP 144 KEN"},
      {"Farmers set up roadblocks around Warsaw on Monday in protest at grain imports.", "POLAGR 144 POL"},
      {"Youths torched cars and shops in the Swedish city of Malmo.", "SWECVL 145 SWE"},
      {"Youths torched cars and shops in the suburbs of Paris on Tuesday night.", "FRACVL 145 FRA"},
      {"Protesters in Nairobi torched cars and shops as police fired tear gas.", "KENOPP 145 KENGOV"},
      {"Bahraini activists went on hunger strike.", "BHROPP 142 BHRGOV"},
      {"Dozens of Palestinian prisoners went on hunger strike in Israeli jails on Monday.", "PSECRM 142 ISR"},
  });
}

// 15: readiness raised along a border, warning shots fired across a boat's bow or at soldiers.
TEST(WireCoverage15, ForcePosture) {
  ExpectCoded({
      {"The South Korean military raised its readiness posture along the border with North Korea.", "KORMIL 152 PRK"},
      {"India raised its readiness posture along the border with China after the clash.", "IND 152 CHN"},
      {"The Philippine coast guard fired a warning shot across the bow of a Chinese fishing vessel.", "PHLMIL 150 CHNAGR"},
      {"Russian soldiers fired a warning shot across the bow of the Norwegian trawler.", "RUSMIL 150 NORAGR"},
      {"South Korean troops fired warning shots at North Korean soldiers who crossed the border.", "KORMIL 150 PRKMIL"},
  });
}

// 16: firms added to a list of entities barred from exports (the list's description codes
// nothing of its own), companies blacklisted.
TEST(WireCoverage15, Embargo) {
  ExpectExactly("The United States added China's Huawei to a list of entities barred from receiving American exports.",
                {"USA 163 CHN"});
  ExpectExactly("The United States added six Chinese companies to a list of entities barred from buying American technology.",
                {"USA 163 CHNBUS"});
  ExpectCoded({
      {"Beijing added two American defence firms to its unreliable entity list.", "CHN 163 USABUS"},
      {"Washington blacklisted dozens of Chinese companies on Friday.", "USA 163 CHNBUS"},
  });
}

// 18: hostages taken (the word after the actor's phrase), pipe bombs and grenades thrown.
TEST(WireCoverage15, Assault) {
  ExpectCoded({
      {"Malian militants said on Tuesday they had taken a German pilot hostage.", "MLIINS 181 DEUCVL"},
      {"Malian jihadists took two Chinese engineers hostage on Monday.", "MLIINS 181 CHN"},
      {"A Japanese man threw a pipe bomb at the Japanese prime minister in Wakayama.", "JPN 183 JPNGOV"},
      {"An attacker threw an explosive device at the Ecuadorean president's motorcade.", "ECUUAF 183 ECUGOV"},
      {"A Pakistani militant threw a grenade at a Chinese convoy in Karachi.", "PAKINS 183 CHN"},
  });
}

// Sport, markets, policing and everyday uses of the same words code nothing.
TEST(WireCoverage15, NoPoliticalEvent) {
  ExpectNotCoded({
      {"Pakistan paid off its arrears to the International Monetary Fund.", ""},
      {"Police set up roadblocks around the capital ahead of the opposition march.", ""},
      {"The central bank fired a warning shot across the bow of currency speculators.", ""},
      {"The quarterback threw a bomb to his receiver in the fourth quarter.", ""},
      {"The coach said the referee bore responsibility for the defeat.", ""},
      {"Liverpool kept the pressure on Arsenal with a 2-0 win on Saturday.", ""},
      {"The players cold-shouldered their new coach.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage15, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // Freed hostages taken to hospital are not taken hostage.
      {"Israeli soldiers took the freed hostages to a hospital in Tel Aviv.", "18"},
      // Homes promised to voters are no sum of money.
      {"The British prime minister promised voters a million new homes.", "03"},
      // Petrol bombs thrown at police are a riot, not a bombing.
      {"Protesters threw petrol bombs at police in Athens.", "18"},
      // Warning shots show force; no one is fired on.
      {"South Korean troops fired warning shots at North Korean soldiers who crossed the border.", "19"},
      {"The Philippine coast guard fired a warning shot across the bow of a Chinese fishing vessel.", "19"},
      // Money for another country's arrears is aid, not a payment for a visit or a ransom.
      {"Japan paid off Myanmar's arrears to the World Bank, clearing the way for new loans.", "04"},
      // People handed back are released, not property returned.
      {"India handed 22 fishermen back to Sri Lanka on Wednesday.", "0842"},
      // Saying that another bears responsibility accuses it; it admits nothing.
      {"Serbia said Kosovo bore full responsibility for the attack.", "015"},
      // Joining calls for a ceasefire lends no money.
      {"Canada lent its voice to calls for a ceasefire in Gaza on Wednesday.", "07"},
  });
}

}  // namespace
}  // namespace tidings::extract
