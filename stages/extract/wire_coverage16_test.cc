// The built-in dictionaries against ordinary wire copy, sixteenth pass: idioms the coder did not
// know or misread ("began sending natural gas / electricity to X", "would not let its territory be
// used to ship weapons to X", "began sending troops to the Syrian border", "recalled its
// negotiating team from the talks with X", "brought its negotiators home", "mediators presented X
// and Y with a new proposal", "ordered the closure of X's consulate" and its title-case headline,
// "warned X that they could trigger the return of U.N. sanctions", "called / described their
// treatment by X's guards (as) degrading", "charged X before a military court", "accepted an
// invitation to visit X", "put its air defences on high alert after X's strikes", "seeking closer
// ties / to mend ties with X" (an intent, never an appeal), "shot down drones launched from X",
// "handed X a diplomatic note"), and the idioms of the same pass it already coded right ("claimed
// responsibility for the twin suicide bombings in", "granted political asylum to", "demanded the
// immediate release of", "brought the country to a standstill with a general strike", "mobilised
// reservists after", "sent warships to escort a research vessel into X's waters in a show of
// force", "praised the visit as a new page", "repelled an attack by", "agreed on an action plan to
// expand cooperation", "struck government forces", "abducting women and children", "expelled the
// ambassador and closed its embassy", "froze the assets of", "slapped a travel ban on", "began a
// hunger strike"), kept here so that they stay right; with the business, sport and everyday uses of
// the same words that must code nothing. wire_coverage_test.cc to wire_coverage15_test.cc are the
// earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::CodeWithBuiltins;
using testing::ExpectCoded;
using testing::ExpectNotCoded;

using testing::ExpectExactly;

// 01: bombings claimed where the country or its capital is named.
TEST(WireCoverage16, ClaimsOfResponsibility) {
  ExpectCoded({
      {"Al-Shabaab claimed responsibility for the twin suicide bombings in Mogadishu on Saturday.", "SOMREB 015 SOM"},
      {"The Pakistani Taliban claimed responsibility for the twin suicide bombings in northwest Pakistan.",
       "PAKINS 015 PAK"},
  });
}

// 03: invitations to visit accepted, closer ties sought with a named partner.
TEST(WireCoverage16, IntentToCooperate) {
  ExpectCoded({
      {"The Iranian president accepted an invitation to visit Saudi Arabia, state media reported.", "IRNGOV 036 SAU"},
      {"The Kenyan president has accepted an invitation to visit China later this year.", "KENGOV 036 CHN"},
      {"Syria's interim government is seeking closer ties with Turkey.", "SYRGOV 030 TUR"},
      {"Vietnam is seeking closer economic ties with South Korea, the trade minister said.", "VNM 030 KOR"},
      {"Australia is seeking to mend ties with Beijing after years of trade disputes.", "AUS 03"},
  });
  ExpectExactly("Egypt and Turkey agreed on an action plan to expand cooperation on Wednesday.",
                {"EGY 030 TUR", "TUR 030 EGY"});
}

// 04: mediators presenting the parties with a proposal mediate between them.
TEST(WireCoverage16, Mediation) {
  ExpectExactly("Egyptian and Qatari mediators presented Israel and Hamas with a new proposal on Monday.",
                {"EGYGOV 045 ISR", "EGYGOV 045 PSEREB", "QATGOV 045 ISR", "QATGOV 045 PSEREB"});
  ExpectExactly("Qatari mediators presented a fresh ceasefire proposal to Israel and Hamas.",
                {"QATGOV 045 ISR", "QATGOV 045 PSEREB"});
  ExpectCoded({
      {"Oman mediated the prisoner swap between the United States and Iran.", "OMN 045 USA"},
      {"Egypt presented Israel with a new proposal on the Rafah crossing.", "EGY 030 ISR"},
  });
}

// 05: visits praised as a new page.
TEST(WireCoverage16, Praise) {
  ExpectCoded({
      {"The Egyptian president praised the visit as a new page in relations with Turkey.", "EGYGOV 051 TUR"},
      {"Saudi Arabia praised the Iranian foreign minister's visit as a new page in bilateral ties.", "SAU 051 IRNGOV"},
  });
}

// 06, 07: gas, electricity and oil sent to another country; political asylum granted.
TEST(WireCoverage16, EconomicCooperationAndAsylum) {
  ExpectCoded({
      {"Azerbaijan began sending natural gas to Syria through Turkey on Saturday.", "AZE 061 SYR"},
      {"Turkmenistan began sending electricity to Afghanistan, the energy ministry said.", "TKM 061 AFG"},
      {"Russia began sending crude oil to Cuba last month, shipping data showed.", "RUS 061 CUB"},
      {"Brazil granted political asylum to a former Peruvian prime minister.", "BRA 075 PERGOV"},
      {"Mexico has granted political asylum to the former Bolivian president.", "MEX 075 BOLGOV"},
  });
}

// 10: the immediate release of activists and journalists demanded.
TEST(WireCoverage16, DemandsForRelease) {
  ExpectCoded({
      {"The European Union demanded the immediate release of the Georgian activists.", "IGOEUREEC 1053 GEOOPP"},
      {"Germany demanded the immediate release of the detained Belarusian journalists.", "DEU 1053 BLRMED"},
  });
}

// 11: treatment by another's guards called or described as degrading; protest notes.
TEST(WireCoverage16, CriticismAndComplaints) {
  ExpectCoded({
      {"The freed Palestinian detainees called their treatment by Israeli guards degrading.", "PSECRM 111 ISR"},
      {"Palestinian detainees described their treatment by Israeli guards as degrading.", "PSECRM 111 ISR"},
      {"Human Rights Watch described Libya's treatment of migrants as degrading.", "NGOHRI 111 LBY"},
      {"Amnesty International called Hungary's treatment of asylum seekers degrading.", "NGOHRIAMN 111 HUN"},
      {"Iran handed Germany a diplomatic note on Tuesday over the execution.", "IRN 114 DEU"},
      {"China handed a diplomatic note to the Philippines over the collision.", "CHN 114 PHL"},
      {"The Polish foreign ministry handed the Russian ambassador a protest note.", "POLGOV 114 RUSGOV"},
  });
}

// 12: its territory refused for arms shipments to another.
TEST(WireCoverage16, RefusedMilitaryCooperation) {
  ExpectCoded({
      {"Kazakhstan said on Monday it would not let its territory be used to ship weapons to Russia.", "KAZ 1212 RUS"},
      {"Georgia will not let its territory be used to send arms to Ukraine, the prime minister said.", "GEO 1212 UKR"},
      {"Turkey would not allow its territory to be used to ship weapons to Israel.", "TUR 1212 ISR"},
  });
}

// 13: the return of U.N. sanctions threatened.
TEST(WireCoverage16, ThreatOfSanctions) {
  ExpectExactly("Britain, France and Germany warned Iran on Thursday that they could trigger the return of U.N. sanctions.",
                {"GBR 1312 IRN", "FRA 1312 IRN", "DEU 1312 IRN"});
  ExpectCoded({
      {"Germany warned that it could trigger the return of U.N. sanctions on Iran.", "DEU 1312 IRN"},
  });
}

// 14: hunger strikes begun, countries brought to a standstill by general strikes.
TEST(WireCoverage16, Protest) {
  ExpectCoded({
      {"A jailed Egyptian activist has begun a hunger strike, his family said.", "EGYOPP 142"},
      {"Dozens of Palestinian prisoners began a hunger strike in Israeli jails on Monday.", "PSECRM 142 ISR"},
      {"French unions brought the country to a standstill with a general strike against the pension reform.",
       "FRALAB 143 FRA"},
      {"Argentine workers brought the country to a standstill with a general strike against austerity.",
       "ARGLAB 143 ARG"},
  });
}

// 15: troops sent to a neighbour's border, reservists mobilised, air defences on alert after another's
// strikes, warships escorting a survey ship in a show of force.
TEST(WireCoverage16, ForcePosture) {
  ExpectCoded({
      {"Iraq began sending troops to the Syrian border on Monday.", "IRQ 154 SYR"},
      {"Iraq sent thousands of troops to the Syrian border.", "IRQ 154 SYR"},
      {"Algeria began sending thousands of troops to its border with Mali.", "DZA 154 MLI"},
      {"Armenia mobilised reservists after the border clash with Azerbaijan.", "ARM 154 AZE"},
      {"Iran put its air defences on high alert after the Israeli strikes.", "IRN 152 ISR"},
      {"Venezuela placed its air defences on high alert after U.S. threats.", "VEN 152 USA"},
      {"Taiwan put its air defences on high alert as Chinese warplanes crossed the median line.", "TWN 152 CHNMIL"},
      {"China sent warships to escort a research vessel into Vietnamese waters, in a show of force.", "CHN 150 VNM"},
      {"Turkey sent warships to escort a seismic research vessel into waters disputed with Greece, in a show of force.",
       "TUR 150 GRC"},
  });
}

// 16: negotiators recalled or brought home, consulates closed, ambassadors expelled, assets frozen,
// travel bans.
TEST(WireCoverage16, ReducedRelations) {
  ExpectCoded({
      {"Israel recalled its negotiating team from the ceasefire talks with Hamas in Cairo.", "ISR 164 PSEREB"},
      {"Ukraine recalled its negotiators from the talks with Russia in Istanbul.", "UKR 164 RUS"},
      {"Kyiv brought its negotiators home from the talks with Russia in Istanbul.", "UKR 164 RUS"},
      {"Russia ordered the closure of Poland's consulate in Smolensk.", "RUS 161 POLGOV"},
      {"The United States ordered the closure of China's consulate in Houston on Wednesday.", "USA 161 CHNGOV"},
      {"Poland Orders Closure Of Russian Consulate In Gdansk", "POL 161 RUSGOV"},
      {"Russia ordered the closure of the Estonian embassy.", "RUS 161 ESTGOV"},
      {"Lithuania expelled the Russian ambassador and closed its embassy in Moscow on Monday.", "LTU 161 RUS"},
      {"The United States froze the assets of Venezuela's central bank.", "USA 163 VEN"},
      {"The European Union slapped a travel ban on Belarusian officials.", "IGOEUREEC 163 BLRGOV"},
      {"Washington slapped a travel ban on two Cambodian generals.", "USA 163 KHMMIL"},
  });
}

// 17: an opposition leader charged before a military court.
TEST(WireCoverage16, LegalAction) {
  ExpectCoded({
      {"The Ugandan army charged the opposition leader before a military court.", "UGAMIL 173 UGAOPP"},
      {"Uganda charged the opposition leader before a military court on Tuesday.", "UGA 173 UGAOPP"},
  });
}

// 18-19: abductions in a raid, assaults repelled, government forces struck, drones shot down.
TEST(WireCoverage16, Violence) {
  ExpectCoded({
      {"Boko Haram fighters raided the town, abducting women and children.", "NGAREB 181 NGACVL"},
      {"The Colombian army repelled the assault by ELN rebels.", "COLMIL 190 COLREB"},
      {"Malian troops repelled an attack by jihadists on a military camp near Timbuktu.", "MLIMIL 190 MLIINS"},
      {"Houthi fighters struck government forces in Marib.", "YEMREB 190 YEMMIL"},
      {"Sudanese rebels struck government forces near El Fasher on Sunday.", "SDNREB 190 SDNMIL"},
      {"Ukraine shot down dozens of Russian drones overnight, the air force said.", "UKR 190 RUSMIL"},
      {"Saudi air defences shot down dozens of drones launched by the Houthis.", "SAU 190 YEMREB"},
      {"The Israeli army said it shot down dozens of drones launched from Yemen.", "ISRMIL 190 YEM"},
  });
}

// Business, sport, weather and everyday uses of the same words code nothing.
TEST(WireCoverage16, NoPoliticalEvent) {
  ExpectNotCoded({
      {"Heavy snow brought Germany to a standstill on Tuesday.", ""},
      {"The former Israeli minister recalled how negotiators from Egypt worked through the night.", ""},
      {"Toyota recalled 50,000 cars sold in China.", ""},
      {"The Brazilian striker accepted an invitation to join Saudi club Al-Hilal.", ""},
      {"The bank is seeking closer ties with Chinese lenders.", ""},
      {"The central bank warned that it could trigger the return of inflation.", ""},
      {"The company began sending natural gas to customers in Germany.", ""},
      {"Ireland's goalkeeper put the defence on high alert.", ""},
      {"The referee charged the player before a disciplinary panel.", ""},
      {"The critic described the film as degrading.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage16, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // Troops sent to its own border open no border.
      {"Turkey began sending 10,000 troops to its southern border on Friday.", "086"},
      {"Iraq began sending troops to the Syrian border on Monday.", "074"},
      // A consulate closed by order is a diplomatic step, not an administrative sanction.
      {"Russia ordered the closure of Poland's consulate in Smolensk.", "172"},
      // Seeking closer ties asks nothing of the partner.
      {"Syria's interim government is seeking closer ties with Turkey.", "02"},
      {"Australia is seeking to mend ties with Beijing after years of trade disputes.", "02"},
      // With no partner named, seeking closer ties is no event of its own.
      {"The Indian prime minister arrived in Tokyo on Friday, seeking closer ties as both countries face Chinese pressure.",
       "03"},
      // Mediators' proposals mediate; they are no offer of the mediators' own.
      {"Egyptian and Qatari mediators presented Israel and Hamas with a new proposal on Monday.", "03"},
      // The U.N. whose sanctions would return is not the one threatened.
      {"Germany warned that it could trigger the return of U.N. sanctions on Iran.", "1312 IGO"},
      // A threat to let sanctions return imposes none yet.
      {"Britain, France and Germany warned Iran on Thursday that they could trigger the return of U.N. sanctions.", "16"},
      // Negotiators recalled halt talks; no ambassador is recalled.
      {"Ukraine recalled its negotiators from the talks with Russia in Istanbul.", "161"},
  });
}

}  // namespace
}  // namespace tidings::extract
