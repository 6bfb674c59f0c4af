// The built-in dictionaries against ordinary wire copy, ninth pass: everyday verbs, phrasal verbs,
// idioms and nominalisations the earlier passes left out ("struck a gloomy note on", "talked up the
// chances of", "toyed with the idea of", "washed its hands of", "went cap in hand to X for",
// "sent out an SOS to", "called for X to step aside / to be set free", "lobbied X for missiles",
// "held out the prospect of easing sanctions on", "pencilled in a visit to", "got on the phone with",
// "picked up the phone to", "jetted into", "flew into Kyiv on a surprise visit", "went back to the
// negotiating table with", "tipped its hat to", "gave X a pat on the back", "leapt to X's defence",
// "went to bat for", "extended formal recognition to", "signed on the dotted line", "put pen to
// paper on", "threw / extended a lifeline to", "propped up X's economy", "pumped $35 billion into
// X's economy", "gave safe haven to", "opened the door to aid convoys into", "dug into allegations
// of", "laid into", "read the riot act to", "came down hard on", "gave the cold shoulder to",
// "turned its back on", "dragged its feet on", "refused to budge", "thumbed its nose at",
// "threatened to pull the plug on military aid to", "dangled the threat of sanctions over",
// "rattled its sabre at", "would not hesitate to use force against", "stayed away from work",
// "pulled down their shutters", "chained / glued themselves to the gates of", "put its forces on a
// war footing", "walked away from the negotiating table with", "turned off the gas taps to", "threw
// X behind bars", "bundled X into a police van", "strong-armed", "muzzled", "sent X packing",
// "butchered", "gassed", "sent drones at") over the CAMEO roots, with the sport, business,
// weather and everyday uses of the same words that must code nothing. wire_coverage_test.cc to
// wire_coverage8_test.cc are the earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01: gloomy and upbeat notes struck, ideas toyed with, hands washed of attacks, wreaths laid.
TEST(WireCoverage9, PublicStatements) {
  ExpectCoded({
      {"The United States struck a gloomy note on the prospects of a ceasefire in Gaza.", "USA 012"},
      {"Qatar sounded a pessimistic note about the Gaza truce talks on Tuesday.", "QAT 012"},
      {"Turkey talked up the prospects of a grain deal with Russia.", "TUR 013"},
      {"Washington talked up the chances of a deal between Israel and Saudi Arabia.", "USA 013"},
      {"India mulled sending warships to the Red Sea.", "IND 014"},
      {"Germany toyed with the idea of sending long-range missiles to Ukraine.", "DEU 014"},
      {"Iran washed its hands of the attack on the US base in Jordan.", "IRN 016"},
      {"Moscow washed its hands of the downing of the Azerbaijani airliner.", "RUS 016 AZE"},
      {"The French president laid a wreath at the war memorial in Algiers.", "FRAGOV 017"},
      {"LONDON, Feb 3 (Reuters) - Britain struck a pessimistic note on the prospects of a trade deal with the United States on Monday.", "GBR 012"},
      {"The UN envoy sounded a gloomy note about the peace talks between Sudan's army and the RSF.", "IGOUNO 012"},
      {"Egypt's foreign minister talked up the chances of a truce between Israel and Hamas.", "EGYGOV 013"},
      {"The White House sounded an optimistic note on the talks with Iran in Oman.", "USAGOV 013 IRN"},
      {"Britain toyed with the idea of sending troops to Ukraine in 2025.", "GBR 014"},
      {"Islamabad washed its hands of the attack on Chinese engineers.", "PAK 016"},
      {"Hezbollah washed its hands of the rocket fire on Israel.", "LBNREB 016"},
  });
}

// 02: caps in hand, SOS calls, lobbying for weapons, calls for leaders to step aside or prisoners to be set free.
TEST(WireCoverage9, Appeals) {
  ExpectCoded({
      {"Sri Lanka went cap in hand to the IMF for a bailout.", "LKA 0231"},
      {"Pakistan went cap in hand to Saudi Arabia for an oil loan.", "PAK 0231"},
      {"Lebanon sent out an SOS to the European Union for fuel after the blast.", "LBN 023 IGOEUREEC"},
      {"Ukraine lobbied Germany for Taurus missiles.", "UKR 0232 DEU"},
      {"The European Union called for the Belarusian dissident to be set free.", "IGOEUREEC 0253 BLROPP"},
      {"Kenya went cap in hand to the IMF for a new loan in 2024.", "KEN 023"},
      {"Cairo went cap in hand to Gulf states for a bailout.", "EGY 023"},
      {"Armenia's prime minister called for the Azerbaijani leader to step aside.", "ARMGOV 0241"},
      {"Poland lobbied Washington for more Patriot missiles.", "POL 0232"},
  });
}

// 03: prospects held out, visits and talks pencilled in, backing to the hilt.
TEST(WireCoverage9, IntentToCooperate) {
  ExpectCoded({
      {"Japan floated the idea of a summit with North Korea.", "JPN 036 PRK"},
      {"China pencilled in a visit by its foreign minister to Australia.", "CHN 036"},
      {"The United States held out the prospect of lifting sanctions on Venezuela.", "USA 0354"},
      {"France pledged to back Ukraine to the hilt.", "FRA 032 UKR"},
      {"WASHINGTON, Oct 18 (Reuters) - The Biden administration held out the prospect of easing sanctions on Venezuela.", "USAGOV 0354 VEN"},
      {"Tehran pencilled in talks with the European Union in Geneva.", "IRN 036"},
  });
}

// 04: phones picked up, capitals jetted and flown into, negotiating tables gone back to.
TEST(WireCoverage9, Consultations) {
  ExpectCoded({
      {"The Japanese prime minister got on the phone with the South Korean president on Tuesday.", "JPNGOV 041"},
      {"Erdogan picked up the phone to Putin on Sunday.", "TURGOV 041"},
      {"The US secretary of state jetted into Riyadh for talks on Gaza.", "USAGOV 042"},
      {"Britain's foreign secretary flew into Kyiv on an unannounced visit.", "GBRGOV 042"},
      {"Ukraine went back to the negotiating table with Russia in Istanbul.", "UKR 046"},
      {"Modi got on the phone with the Ukrainian president on Friday.", "INDGOV 041"},
      {"Macron picked up the phone to Netanyahu on Tuesday.", "FRAGOV 041"},
      {"China's foreign minister jetted into Moscow for talks with his Russian counterpart.", "CHNGOV 042"},
      {"Blinken flew into Tel Aviv on a surprise visit in October 2023.", "USAGOV 042"},
      {"Armenia went back to the negotiating table with Azerbaijan in Washington.", "ARM 046"},
  });
}

// 05: hats tipped, pats on the back, defences leapt to, bat gone to, recognition extended, dotted lines signed.
TEST(WireCoverage9, DiplomaticCooperation) {
  ExpectCoded({
      {"The United States gave Qatar a pat on the back for its mediation.", "USA 051"},
      {"India tipped its hat to Saudi Arabia for the evacuation of its citizens.", "IND 051"},
      {"Hungary leapt to Israel's defence at the EU summit.", "HUN 052"},
      {"Turkey went to bat for Azerbaijan in the dispute with France.", "TUR 052"},
      {"Germany issued a formal apology to Namibia for the colonial-era killings.", "DEU 055"},
      {"Spain extended formal recognition to the State of Palestine.", "ESP 054"},
      {"Armenia signed on the dotted line with France for air defence radars.", "ARM 057"},
      {"India put pen to paper on a trade deal with Britain.", "IND 057"},
      {"Indonesia clinched a free trade deal with the European Union.", "IDN 057"},
      {"New Delhi tipped its hat to Qatar for freeing eight former Indian navy officers.", "IND 051"},
      {"Serbia leapt to Russia's defence at the United Nations.", "SRB 052"},
      {"Hungarian Prime Minister Viktor Orban went to bat for Israel at the EU summit.", "HUNGOV 052 ISR"},
      {"Norway extended formal recognition to the Palestinian state in May 2024.", "NOR 054"},
      {"Japan signed on the dotted line with Britain for a new fighter jet.", "JPN 057"},
      {"South Korea put pen to paper on a nuclear deal with the Czech Republic.", "KOR 057"},
  });
}

// 06: intelligence passed on.
TEST(WireCoverage9, MaterialCooperation) {
  ExpectCoded({
      {"Britain passed on intelligence to France about the plot.", "GBR 064"},
  });
}

// 07: lifelines thrown and extended, economies propped up and pumped full of money, safe haven and refuge given.
TEST(WireCoverage9, Aid) {
  ExpectCoded({
      {"Saudi Arabia threw a lifeline to Pakistan with a $3 billion deposit.", "SAU 070 PAK"},
      {"The United Arab Emirates extended a lifeline to Egypt with a $35 billion investment.", "ARE 070 EGY"},
      {"China propped up Sri Lanka's economy with a currency swap.", "CHN 071"},
      {"Qatar pumped $10 billion into Turkey's economy.", "QAT 071"},
      {"Russia granted safe haven to the ousted Syrian president.", "RUS 075 SYRGOV"},
      {"Austria gave refuge to the Belarusian opposition leader.", "AUT 075"},
      {"Turkey rushed tents and blankets to Syria after the earthquake.", "TUR 073"},
      {"Beijing threw a lifeline to Laos with a $1 billion loan.", "CHN 070"},
      {"The IMF extended a lifeline to Argentina in April 2025.", "IGOBUSIMF 070"},
      {"Saudi Arabia propped up Egypt's economy with billions of dollars in deposits.", "SAU 071"},
      {"The UAE pumped $35 billion into Egypt's economy.", "ARE 071"},
      {"Ankara gave safe haven to Hamas leaders.", "TUR 075"},
  });
}

// 08: borders reopened, the door opened to aid convoys, inspectors let back in, curfews scrapped.
TEST(WireCoverage9, Yield) {
  ExpectCoded({
      {"Israel opened the door to aid convoys into northern Gaza.", "ISR 0863"},
      {"Iran let UN inspectors back into the Fordow plant.", "IRN 0862"},
  });
}

// 09: allegations dug into, probes opened.
TEST(WireCoverage9, Investigate) {
  ExpectCoded({
      {"Nigeria's anti-graft agency dug into allegations of fraud by a Chinese construction firm.", "NGAGOV 091"},
      {"Indonesian prosecutors dug into allegations of corruption by Chinese mining firms.", "IDNJUD 091 CHNBUS"},
  });
}

// 11: leaders laid into, riot acts read, coming down hard, swipes taken.
TEST(WireCoverage9, Disapprove) {
  ExpectCoded({
      {"Erdogan laid into the Israeli prime minister over the war in Gaza.", "TURGOV 111"},
      {"China took a swipe at the United States over its chip curbs.", "CHN 111"},
      {"South Africa hauled Israel before the International Court of Justice.", "ZAF 115"},
      {"Ukraine dragged Russia to the World Court over the downing of the airliner.", "UKR 115"},
      {"Iran read the riot act to the Taliban over water rights.", "IRN 111"},
      {"The EU came down hard on Hungary over its media law.", "IGOEUREEC 111 HUN"},
      {"Biden laid into the Russian president over the death of Alexei Navalny.", "USAGOV 111 RUSGOV"},
      {"Beijing read the riot act to Manila over the shoal.", "CHN 111"},
      {"The United States came down hard on Russia over its nuclear threats.", "USA 111"},
  });
}

// 12: cold shoulders, backs turned on deals, feet dragged, refusals to budge, noses thumbed.
TEST(WireCoverage9, Reject) {
  ExpectCoded({
      {"Ukraine gave the cold shoulder to China's peace plan.", "UKR 12"},
      {"Russia turned its back on the grain deal with Ukraine.", "RUS 12"},
      {"Israel thumbed its nose at the UN Security Council resolution.", "ISR 128"},
      {"China refused to budge in its maritime dispute with the Philippines.", "CHN 124 PHL"},
      {"Hungary dragged its feet on Sweden's bid to join NATO.", "HUN 12"},
      {"India turned its back on the trade pact with China.", "IND 12"},
      {"Turkey dragged its feet on Finland's bid to join NATO.", "TUR 12"},
      {"Venezuela refused to budge in its border dispute with Guyana.", "VEN 124"},
      {"Russia thumbed its nose at the International Criminal Court.", "RUS 128"},
  });
}

// 13: plugs threatened to be pulled, threats dangled, sabres rattled, no hesitation to use force, talks threatened with a walk-out.
TEST(WireCoverage9, Threaten) {
  ExpectCoded({
      {"The United States threatened to pull the plug on military aid to Israel.", "USA 1311"},
      {"Israel warned it would hit back hard at Iran.", "ISR 138"},
      {"Turkey said it would not hesitate to use force against Kurdish militants in Syria.", "TUR 138"},
      {"Washington dangled the threat of sanctions over Georgia.", "USA 1312 GEO"},
      {"Hamas threatened to walk away from the ceasefire talks with Israel.", "PSEREB 134 ISR"},
      {"China rattled its sabre at Taiwan after the election.", "CHN 138"},
      {"China threatened to pull the plug on aid to Taiwan's allies.", "CHN 1311"},
      {"The European Union dangled the threat of sanctions over Serbia.", "IGOEUREEC 1312"},
      {"North Korea rattled its sabre at South Korea with missile launches.", "PRK 138"},
      {"Iran said it would not hesitate to use force against Israel.", "IRN 138"},
  });
}

// 14: work stayed away from, shutters pulled down, activists chained and glued to gates, pelting and torching.
TEST(WireCoverage9, Protest) {
  ExpectCoded({
      {"Kenyan doctors stayed away from work in protest against the government's health reforms.", "KENHLH 143"},
      {"Pakistani traders pulled down their shutters in protest against the government's tax on retailers.", "PAKBUS 143"},
      {"Climate activists chained themselves to the gates of parliament in London.", "GBRENV 144 GBRLEG"},
      {"Greek doctors stayed away from work in protest against the government's health cuts.", "GRCHLH 143 GRCGOV"},
      {"Indian traders pulled down their shutters in protest against the government's tax on retailers.", "INDBUS 143"},
      {"British climate activists glued themselves to the gates of parliament.", "GBRENV 144"},
  });
}

// 15: forces put on a war footing.
TEST(WireCoverage9, ForcePosture) {
  ExpectCoded({
      {"Israel put its army on a war footing along the border with Lebanon.", "ISR 152 LBN"},
      {"Israel put its forces on a war footing along the border with Lebanon.", "ISR 152"},
  });
}

// 16: talks frozen and walked away from, plugs pulled, gas taps turned off.
TEST(WireCoverage9, ReduceRelations) {
  ExpectCoded({
      {"Israel froze talks with Hamas.", "ISR 164"},
      {"Pakistan pulled the plug on talks with the Pakistani Taliban.", "PAK 164"},
      {"Russia turned off the gas taps to Moldova.", "RUS 163 MDA"},
      {"Argentina walked away from the negotiating table with Britain.", "ARG 164 GBR"},
      {"Iran walked away from the negotiating table with the United States.", "IRN 164"},
      {"Russia turned off the gas taps to Ukraine in 2009.", "RUS 163 UKR"},
  });
}

// 17: people thrown behind bars and bundled into vans, homes bulldozed, neighbours strong-armed, journalists muzzled, diplomats sent packing.
TEST(WireCoverage9, Coerce) {
  ExpectCoded({
      {"Iran threw three British nationals behind bars.", "IRN 173 GBR"},
      {"Georgian police bundled the opposition leader into a van.", "GEOCOP 173 GEOOPP"},
      {"Israel bulldozed Palestinian homes in the West Bank.", "ISR 1712"},
      {"China strong-armed the Philippines into leaving the shoal.", "CHN 170 PHL"},
      {"Russia muzzled independent journalists.", "RUS 1721 RUSMED"},
      {"Egypt sent the Sudanese refugees packing.", "EGY 174 SDNREF"},
      {"Egyptian police manhandled journalists outside the court.", "EGYCOP 175"},
      {"Turkey threw Swedish journalists behind bars.", "TUR 173"},
      {"Tunisian police bundled the opposition leader into a police van.", "TUNCOP 173"},
      {"Russia strong-armed Armenia into joining its trade bloc.", "RUS 170"},
      {"Nicaragua muzzled independent journalists.", "NIC 1721"},
      {"Algeria sent French diplomats packing.", "DZA 174"},
  });
}

// 18: gunmen snatching, police manhandling, bombs planted.
TEST(WireCoverage9, Assault) {
  ExpectCoded({
      {"Militants planted a bomb outside a mosque in Kabul.", "AFGINS 183"},
  });
}

// 19: bombardment, strafing, mortars, artillery barrages unleashed, drones sent at cities.
TEST(WireCoverage9, Fight) {
  ExpectCoded({
      {"Russia bombarded Kharkiv with missiles.", "RUS 19"},
      {"Israeli warplanes strafed a convoy in southern Lebanon.", "ISRMIL 195 LBN"},
      {"Israel unleashed an artillery barrage on southern Lebanon.", "ISR 194"},
      {"Russia sent swarms of drones at Ukraine overnight.", "RUS 1952 UKR"},
      {"Russia sent drones at Ukrainian cities overnight.", "RUS 1952"},
  });
}

// 20: civilians butchered and gassed.
TEST(WireCoverage9, MassViolence) {
  ExpectCoded({
      {"The RSF butchered hundreds of civilians in El Geneina.", "SDNREB 202"},
      {"Syria gassed its own people in Douma.", "SYR 2041"},
      {"Sudanese rebels butchered thousands of civilians in Darfur.", "SDNREB 202"},
      {"Assad's forces gassed civilians in Ghouta.", "SYRGOV 2041"},
  });
}

// Sport, business, weather and everyday uses of the same words code nothing.
TEST(WireCoverage9, NoPoliticalEvent) {
  ExpectNotCoded({
      {"The coach struck a gloomy note on his team's chances in the final.", ""},
      {"The chief executive talked up the prospects of the new phone.", ""},
      {"The chef toyed with the idea of opening a second restaurant.", ""},
      {"The club washed its hands of the striker after the scandal.", ""},
      {"The struggling club went cap in hand to its fans for donations.", ""},
      {"The stranded hikers sent out an SOS from the mountain.", ""},
      {"The bank held out the prospect of lower interest rates.", ""},
      {"The band pencilled in a visit to Tokyo for its world tour.", ""},
      {"The coach got on the phone with the club's owner.", ""},
      {"The pop star jetted into Miami for the awards show.", ""},
      {"The champion flew into London on a private jet for the final.", ""},
      {"The unions went back to the negotiating table with the carmaker.", ""},
      {"The manager tipped his hat to the opposing goalkeeper.", ""},
      {"The coach leapt to the defence of his captain.", ""},
      {"The senator went to bat for the local factory.", ""},
      {"The author signed on the dotted line with a new publisher.", ""},
      {"The actor put pen to paper on a three-year contract.", ""},
      {"The investor threw a lifeline to the struggling airline.", ""},
      {"The central bank propped up the currency with rate hikes.", ""},
      {"The fund pumped $2 billion into the start-up.", ""},
      {"The critics gave the cold shoulder to the new film.", ""},
      {"The auditors dug into the company's accounts.", ""},
      {"The coach laid into his players after the defeat.", ""},
      {"The teacher read the riot act to the class.", ""},
      {"The referee came down hard on the defender.", ""},
      {"The retailer turned its back on the high street.", ""},
      {"The striker refused to budge on his wage demands.", ""},
      {"The insurer dragged its feet on the claims.", ""},
      {"The company dangled the threat of job cuts over its workers.", ""},
      {"The striker said he would not hesitate to shoot from distance.", ""},
      {"The children stayed away from school because of the snow.", ""},
      {"Shopkeepers pulled down their shutters early because of the storm.", ""},
      {"The landlord sent the noisy tenants packing.", ""},
      {"The players poured into the streets of Madrid to celebrate the title.", ""},
      {"The police bundled the drunk fans into a van.", ""},
      {"The buyer walked away from the negotiating table with the seller.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage9, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // Going to bat for X is a defence, no visit (GO_TO).
      {"Turkey went to bat for Azerbaijan in the dispute with France.", "042"},
      // Drones sent at a country attack it: no military aid.
      {"Russia sent swarms of drones at Ukraine overnight.", "072"},
      // A pat on the back is praise, no aid (GIVE).
      {"The United States gave Qatar a pat on the back for its mediation.", "070"},
      // The cold shoulder is a snub, no gift.
      {"Ukraine gave the cold shoulder to China's peace plan.", "07"},
      // A lifeline thrown is help, no violent protest (THROW's stones and bottles).
      {"Saudi Arabia threw a lifeline to Pakistan with a $3 billion deposit.", "14"},
      // Strong-arming is coercion, no praise or aid.
      {"China strong-armed the Philippines into leaving the shoal.", "0"},
      // A massacre is no show of force.
      {"The RSF butchered hundreds of civilians in El Geneina.", "15"},
  });
}

}  // namespace
}  // namespace tidings::extract
