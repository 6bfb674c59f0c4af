// The built-in dictionaries against ordinary wire copy, twelfth pass: common news idioms the coder
// did not know or misread ("held out little hope of a deal with", "turned X's offer down" with the
// particle after the object, "turned water cannon (and rubber bullets) on protesters", "handed over
// ambulances / medical supplies / a loan to", "took temporary control of X's oil company", "drove
// Russian troops / Armenian civilians out of", "pulled out of the Iran nuclear agreement"), and the
// idioms of the same pass it already coded right ("kept mum about", "stayed silent on", "drones
// struck a minibus", "opened fire on a rally", "turned down a request", "rejected the protest",
// "summoned the ambassador", "lodged a formal protest with", "pledged support for", "signed off on",
// "inked a deal", "walked out of talks", "slapped tariffs / sanctions on", "cracked down on",
// "rounded up", "threw its weight behind", "paid a visit to", "flew to X for talks", "played host
// to", "lashed out at", "took aim at"), kept here so that they stay right; with the sport,
// business and everyday uses of the same words that must code nothing. wire_coverage_test.cc to
// wire_coverage11_test.cc are the earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01: silence kept about reports (the one the report is about is the target), little hope held out.
TEST(WireCoverage12, PublicStatements) {
  ExpectCoded({
      {"The Kremlin kept mum about reports that Ukrainian troops had crossed into the Belgorod region.", "RUSGOV 011 UKRMIL"},
      {"Seoul kept mum on the report of North Korean troops in Russia.", "KOR 011 PRKMIL"},
      {"Riyadh has stayed silent on the killing of the Yemeni journalist by Houthi rebels.", "SAU 011"},
      {"Cairo remained silent on Israel's plan for Rafah.", "EGY 011 ISR"},
      {"The Egyptian foreign minister held out little hope of a deal with Ethiopia on the dam.", "EGYGOV 012 ETH"},
      {"The Serbian president held out little hope for talks with Kosovo.", "SRBGOV 012 KSV"},
      {"Kyiv held out no hope of a quick deal with Moscow.", "UKR 012 RUS"},
      {"Germany holds out little hope of a breakthrough in the tariff talks with China.", "DEU 012 CHN"},
      {"Israel held out little hope for the ceasefire talks with Hamas.", "ISR 012 PSEREB"},
  });
}

// 03, 05: support pledged, weight thrown behind, deals signed off on and inked.
TEST(WireCoverage12, SupportAndAgreements) {
  ExpectCoded({
      {"The United States pledged support for Ukraine.", "USA 032 UKR"},
      {"China pledged support for Serbia.", "CHN 032 SRB"},
      {"The United States threw its weight behind the Kenyan plan for Haiti.", "USA 051 KEN"},
      {"France threw its weight behind Morocco's autonomy plan for Western Sahara.", "FRA 051 MAR"},
      {"Pakistan signed off on a loan deal with the IMF.", "PAK 057 IGOBUSIMF"},
      {"Egypt signed off on the gas deal with Israel.", "EGY 057 ISR"},
      {"India and Britain inked a free trade deal.", "IND 057 GBR"},
      {"Saudi Arabia inked a deal with China on solar power.", "SAU 057 CHN"},
  });
}

// 04: visits paid, flights to talks, hosts played.
TEST(WireCoverage12, Consultations) {
  ExpectCoded({
      {"The Indian prime minister paid a visit to Moscow.", "INDGOV 042 RUS"},
      {"The Turkish foreign minister flew to Baghdad for talks.", "TURGOV 042 IRQ"},
      {"Qatar played host to talks between the United States and the Taliban.", "QAT 045 USA"},
      {"Egypt played host to the Sudanese rival generals.", "EGY 043 SDNMIL"},
  });
}

// 07: ambulances, medical supplies, food aid, loans and money handed over are aid, nothing returned.
TEST(WireCoverage12, AidHandedOver) {
  ExpectCoded({
      {"Turkey handed over ten ambulances to Syria.", "TUR 073 SYR"},
      {"Japan handed over medical supplies to Ukraine.", "JPN 073 UKR"},
      {"China handed over food aid to Cuba.", "CHN 073 CUB"},
      {"Japan handed over a $200 million loan to Sri Lanka.", "JPN 071 LKA"},
      {"Qatar handed over $100 million in aid to Lebanon.", "QAT 070 LBN"},
  });
}

// 11: formal protests lodged, ambassadors summoned, lashing out, aim taken.
TEST(WireCoverage12, Disapproval) {
  ExpectCoded({
      {"Algeria summoned the French ambassador.", "DZA 114 FRAGOV"},
      {"Morocco lodged a formal protest with Spain.", "MAR 114 ESP"},
      {"India lodged a formal protest with Pakistan over the shooting.", "IND 114 PAK"},
      {"The Chinese foreign ministry lashed out at Japan.", "CHNGOV 111 JPN"},
      {"Venezuela lashed out at Guyana over the oil licences.", "VEN 111 GUY"},
      {"The Iranian president took aim at the United States in his speech.", "IRNGOV 111 USA"},
      {"The Philippine president took aim at China over the shoal.", "PHLGOV 111 CHN"},
  });
}

// 12: offers, requests, proposals and invitations turned down, the particle before or after the
// object; protests rejected.
TEST(WireCoverage12, Rejection) {
  ExpectCoded({
      {"Iran turned the American offer down.", "IRN 120 USA"},
      {"Hungary turned Ukraine's request down.", "HUN 120 UKR"},
      {"Moscow turned the Japanese proposal down.", "RUS 120 JPN"},
      {"North Korea turned the South Korean invitation down.", "PRK 125 KOR"},
      {"North Korea turned down a request from Seoul for talks.", "PRK 125 KOR"},
      {"Hungary turned down the Ukrainian request for weapons.", "HUN 1222 UKR"},
      {"Beijing rejected the protest by Manila.", "CHN 120 PHL"},
      {"China rejected the Japanese protest over the detained businessman.", "CHN 120 JPN"},
  });
}

// 16: walk-outs from talks, tariffs and sanctions slapped on, agreements pulled out of (the other
// party named before the agreement or after "with").
TEST(WireCoverage12, ReducedRelations) {
  ExpectCoded({
      {"The Palestinian delegation walked out of the talks with Israel.", "PSEGOV 164 ISR"},
      {"The Houthis walked out of talks with Saudi Arabia.", "YEMREB 164 SAU"},
      {"The United States slapped tariffs on Chinese steel.", "USA 163 CHN"},
      {"Mexico slapped tariffs on Chinese cars.", "MEX 163 CHN"},
      {"Canada slapped sanctions on Russian oligarchs.", "CAN 163 RUS"},
      {"The United States pulled out of the Iran nuclear agreement.", "USA 160 IRN"},
      {"Trump pulled out of the Iran nuclear deal in 2018.", "USAELI 160 IRN"},
      {"Russia pulled out of the grain deal with Ukraine.", "RUS 160 UKR"},
      {"Burkina Faso pulled out of the defence agreement with France.", "BFA 160 FRA"},
  });
}

// 17: water cannon turned on protesters, crackdowns, round-ups, companies taken over.
TEST(WireCoverage12, Coercion) {
  ExpectCoded({
      {"Kenyan police turned water cannon on protesters in Nairobi.", "KENCOP 175 KENOPP"},
      {"Bangladeshi police turned water cannon and tear gas on students in Dhaka.", "BGDCOP 175 BGDEDU"},
      {"Georgian riot police turned water cannon and rubber bullets on demonstrators in Tbilisi.", "GEOCOP 175 GEOOPP"},
      {"Police in Belgrade turned water cannon on the crowds.", "SRBCOP 175"},
      {"Iranian police cracked down on protesters in Tehran.", "IRNCOP 175 IRNOPP"},
      {"Bangladeshi security forces cracked down on student protesters.", "BGDCOP 175 BGDEDUOPP"},
      {"Belarusian police rounded up opposition activists.", "BLRCOP 173 BLROPP"},
      {"Turkish police rounded up Kurdish activists in Istanbul.", "TURCOP 173 TUROPP"},
      {"The Venezuelan government took temporary control of the American oil company.", "VENGOV 1711 USABUS"},
      {"Niger's junta took temporary control of the French uranium company.", "NERGOV 1711 FRABUS"},
      {"Russia took temporary control of the assets of two German companies.", "RUS 1711 DEUBUS"},
      {"The Malian junta took control of the Canadian mining company.", "MLIGOV 1711 CANBUS"},
      {"Russia seized control of the German gas company's Russian subsidiary.", "RUS 1711 DEUBUS"},
  });
}

// 19: drone strikes, fire opened on rallies and convoys, troops driven out of a region, border
// posts taken.
TEST(WireCoverage12, Fighting) {
  ExpectCoded({
      {"Russian drones struck a minibus in the Ukrainian city of Kherson.", "RUSMIL 1952 UKR"},
      {"Israeli drones struck a convoy in southern Lebanon.", "ISRMIL 1952 LBN"},
      {"Turkish drones struck a Kurdish militia convoy in northern Syria.", "TURMIL 1952 SYRREB"},
      {"Israeli soldiers opened fire on a rally in the West Bank.", "ISRMIL 193"},
      {"Gunmen opened fire on a Pakistani police convoy.", "PAKUAF 193 PAKCOP"},
      {"Unknown gunmen opened fire on a Colombian army convoy.", "COLUAF 193 COLMIL"},
      {"Ukrainian forces drove Russian troops out of Kherson.", "UKRMIL 190 RUSMIL"},
      {"Ethiopian troops drove Eritrean forces out of the Tigray region.", "ETHMIL 190 ERIMIL"},
      {"Iraqi forces drove Islamic State fighters out of Mosul.", "IRQMIL 190 IMGMUSISI"},
      {"Venezuelan soldiers took temporary control of the Guyanese border post.", "VENMIL 192 GUY"},
      {"Pakistani troops took temporary control of the Afghan border crossing.", "PAKMIL 192 AFG"},
  });
}

// 20: civilians and villagers driven out of a region: mass expulsion.
TEST(WireCoverage12, MassExpulsion) {
  ExpectCoded({
      {"Sudanese paramilitaries drove Sudanese villagers out of West Darfur.", "SDNUAF 201 SDNCVL"},
      {"Azerbaijani troops drove Armenian civilians out of Nagorno-Karabakh.", "AZEMIL 201 ARMCVL"},
      {"The Rapid Support Forces drove thousands of Sudanese civilians out of El Geneina.", "SDNREB 201 SDNCVL"},
  });
}

// Sport, business, kitchen and everyday uses of the same words code nothing.
TEST(WireCoverage12, NoPoliticalEvent) {
  ExpectNotCoded({
      {"The coach held out little hope of signing the striker.", ""},
      {"The company held out little hope of a recovery in sales.", ""},
      {"The chef turned the heat down.", ""},
      {"Firefighters turned water cannon on the burning tanker.", ""},
      {"Turkish firefighters turned water cannon on the blaze.", ""},
      {"The captain handed over the armband to his teammate.", ""},
      {"The farmer drove his cattle out of the flooded valley.", ""},
      {"The Scottish fans drove their bus out of the stadium car park.", ""},
      {"Washington pulled out of the Paris climate agreement.", ""},
      {"The team pulled out of the tournament.", ""},
      {"The striker lashed out at the referee.", ""},
      {"The carmaker slapped a price rise on its Chinese models.", ""},
      {"The Brazilian midfielder took aim at goal.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage12, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // Little hope held out for talks is pessimism, not the talks (HOLD's "held talks with").
      {"Israel held out little hope for the ceasefire talks with Hamas.", "04"},
      {"The Serbian president held out little hope for talks with Kosovo.", "04"},
      // Aid handed over is given, not returned or released.
      {"Turkey handed over ten ambulances to Syria.", "08"},
      {"China handed over food aid to Cuba.", "08"},
      {"Japan handed over a $200 million loan to Sri Lanka.", "08"},
      // A company taken over is confiscated property, no territory occupied.
      {"The Venezuelan government took temporary control of the American oil company.", "19"},
      {"Russia seized control of the German gas company's Russian subsidiary.", "19"},
      // Troops driven out of a region are fought, not expelled; civilians are expelled, not fought.
      {"Ukrainian forces drove Russian troops out of Kherson.", "20"},
      {"Ukrainian forces drove Russian troops out of Kherson.", "17"},
      {"Azerbaijani troops drove Armenian civilians out of Nagorno-Karabakh.", "19"},
      // Water cannon turned on protesters is repression, no military force.
      {"Kenyan police turned water cannon on protesters in Nairobi.", "19"},
      // An agreement named after a capital is no actor's agreement.
      {"Washington pulled out of the Paris climate agreement.", "16"},
      // An offer turned down is rejected, not reduced (TURN's other patterns).
      {"Iran turned the American offer down.", "13"},
  });
}

}  // namespace
}  // namespace tidings::extract
