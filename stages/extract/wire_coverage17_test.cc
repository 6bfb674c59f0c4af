// The built-in dictionaries against ordinary wire copy, seventeenth pass: idioms the coder did not
// know or misread ("negotiators for X and Y resumed / held talks", "began sharing real-time warning
// data with", "approved the release of $337 million to" and "a $1.1 billion tranche for", "was
// investigating alleged war crimes by" (094, not the crime of 091), "demanded that the government
// revoke / cancel", "went on / staged / began a 24-hour, week-long or warning strike" (labour, no
// attack), "ordered the deployment of militia members", "an aircraft carrier sailed between two
// Japanese islands", "called the passage of the Chinese carrier 'utterly unacceptable'", "will not
// allow the U.N. human rights office to reopen", "would replace its soldiers in X with civilian
// technicians", "suspended talks on joining the EU", "protesters gathered outside parliament",
// "would keep / continue working with", "his heart ached for", "held journalists at gunpoint", the
// headline "Court Bars X From Election", "handed over a coast guard cutter / patrol vessel to",
// "seized trawlers", "deployed police ahead of a planned opposition march", "sent a brigade of
// doctors to"), and the idioms of the same pass it already coded right ("resumed peace talks with",
// "sent the first 400 police officers to", "took the crew members hostage", "urged X and Y to settle
// their border dispute", "used water cannon to disperse", "declined to comment on", "carried out air
// strikes on a crowded market"), kept here so that they stay right; with the sport, business and
// everyday uses of the same words that must code nothing. wire_coverage_test.cc to
// wire_coverage16_test.cc are the earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::CodeWithBuiltins;
using testing::ExpectCoded;
using testing::ExpectNotCoded;

using testing::ExpectExactly;

// 01, 02: comment declined; sympathy from a heart that aches for a people.
TEST(WireCoverage17, PublicStatements) {
  ExpectCoded({
      {"The Chinese foreign ministry declined to comment on the Philippine president's remarks.", "CHNGOV 011 PHLGOV"},
      {"Israel's military declined to comment on the Hamas statement.", "ISRMIL 011 PSEREB"},
      {"Pope Francis said his heart ached for the people of Gaza.", "VATGOV 018 PSE"},
      {"The Indian prime minister said his heart ached for the people of Nepal.", "INDGOV 018 NPL"},
  });
}

// 02: two sides urged to settle their border dispute.
TEST(WireCoverage17, Appeals) {
  ExpectExactly("China urged Thailand and Cambodia to settle their border dispute through dialogue.",
                {"CHN 027 THA", "CHN 027 KHM"});
  ExpectCoded({
      {"The African Union urged Sudan and South Sudan to settle their border dispute.", "IGOAFRAFU 027 SDN"},
  });
}

// 03: cooperation that goes on, said of the future; soldiers to be replaced by civilians.
TEST(WireCoverage17, IntentToCooperate) {
  ExpectCoded({
      {"The United States would keep working with Iraq, the State Department said.", "USA 030 IRQ"},
      {"Germany said it would continue working with Ukraine on air defence.", "DEU 030 UKR"},
      {"India said it would replace its soldiers in the Maldives with civilian technicians.", "IND 0356 MDV"},
  });
}

// 04: peace talks resumed; negotiators for two sides resuming or holding talks.
TEST(WireCoverage17, Negotiations) {
  ExpectCoded({
      {"Sudan's army resumed peace talks with the Rapid Support Forces in Jeddah on Tuesday.", "SDNMIL 046 SDNREB"},
  });
  ExpectExactly("Negotiators for Armenia and Azerbaijan resumed talks in Washington on Monday.",
                {"ARM 046 AZE", "AZE 046 ARM"});
  ExpectExactly("Negotiators for Israel and Hamas held talks in Doha on Thursday.", {"ISR 046 PSEREB", "PSEREB 046 ISR"});
}

// 06: warning data and intelligence shared from a start.
TEST(WireCoverage17, SharedIntelligence) {
  ExpectCoded({
      {"Japan began sharing real-time missile warning data with South Korea on Tuesday.", "JPN 064 KOR"},
      {"The Philippines has begun sharing real-time maritime data with Australia.", "PHL 064 AUS"},
  });
  ExpectExactly("Seoul and Tokyo began sharing intelligence on North Korean missile launches.",
                {"KOR 064 JPN", "JPN 064 KOR"});
}

// 07: loan tranches released, coast guard cutters handed over, police contingents and doctors sent.
TEST(WireCoverage17, Aid) {
  ExpectCoded({
      {"The IMF approved the release of $337 million to Sri Lanka on Friday.", "IGOBUSIMF 071 LKA"},
      {"The International Monetary Fund's board approved the immediate release of about $820 million to Egypt.",
       "IGOBUSIMF 071 EGY"},
      {"The IMF approved a $1.1 billion tranche for Pakistan on Thursday.", "IGOBUSIMF 071 PAK"},
      {"The U.S. Congress approved the release of $300 million in military aid to Ukraine.", "USALEG 072 UKR"},
      {"The United States handed over a refurbished coast guard cutter to Sri Lanka.", "USA 072 LKA"},
      {"Australia handed over a refurbished patrol vessel to Fiji.", "AUS 072 FJI"},
      {"Kenya sent the first 400 police officers to Haiti on Tuesday.", "KEN 074 HTI"},
      {"Chad sent the first 150 police officers to the Central African Republic, the ministry said.", "TCD 074 CAF"},
      {"Cuba sent a brigade of doctors to Mexico on Sunday.", "CUB 073 MEX"},
      {"China sent a team of doctors to Iraq to help fight the outbreak.", "CHN 073 IRQ"},
      {"Cuba will send a brigade of doctors to Italy.", "CUB 0333 ITA"},
  });
}

// 08: soldiers replaced by civilian personnel are withdrawn.
TEST(WireCoverage17, Yield) {
  ExpectCoded({
      {"India has replaced its soldiers in the Maldives with civilian personnel.", "IND 0874 MDV"},
  });
}

// 09: war crimes under investigation (not the crimes of 091).
TEST(WireCoverage17, WarCrimesInvestigated) {
  ExpectCoded({
      {"The ICC prosecutor is investigating alleged war crimes by Russian troops in Ukraine.", "IGOJUDICC 094 RUSMIL"},
      {"The International Criminal Court's prosecutor is investigating alleged war crimes by Sudanese paramilitaries.",
       "IGOJUDICC 094 SDN"},
      {"Kyiv is investigating allegations of war crimes by Russian soldiers in Bucha.", "UKR 094 RUSMIL"},
  });
}

// 10: a government told to revoke or cancel licences and agreements: a policy change demanded.
TEST(WireCoverage17, Demands) {
  ExpectCoded({
      {"Senegalese fishermen demanded that the government revoke fishing licences held by foreign trawlers.",
       "SENAGR 1042 SENGOV"},
      {"Mauritanian fishermen demanded that the government cancel the fishing agreement with the European Union.",
       "MRTAGR 1042 MRTGOV"},
  });
}

// 11: a warship's passage called unacceptable: the navy named in the object is criticized.
TEST(WireCoverage17, Criticism) {
  ExpectCoded({
      {"Japan called the passage of the Chinese aircraft carrier \"utterly unacceptable\".", "JPN 111 CHNMIL"},
      {"Manila called the presence of Chinese coast guard ships \"totally unacceptable\".", "PHL 111 CHNMIL"},
  });
}

// 12: a U.N. office refused a return.
TEST(WireCoverage17, RefusedInternationalInvolvement) {
  ExpectCoded({
      {"Venezuela will not allow the U.N. human rights office to reopen, the foreign minister said.",
       "VEN 1245 IGOUNOHRI"},
      {"Burundi said on Tuesday it would not allow the U.N. human rights office to reopen.", "BDI 1245 IGOUNOHRI"},
  });
}

// 14: protesters gathered outside parliament; 24-hour, warning, week-long and three-day strikes.
TEST(WireCoverage17, Protest) {
  ExpectCoded({
      {"Thousands of protesters gathered outside parliament in Belgrade on Saturday.", "SRBOPP 141 SRB"},
      {"Thousands of Armenian protesters gathered outside parliament on Sunday.", "ARMOPP 141 ARM"},
      {"Hundreds of Kenyan protesters gathered outside parliament to denounce the finance bill.", "KENOPP 141 KEN"},
      {"Nigerian doctors went on a 24-hour strike on Wednesday over unpaid salaries.", "NGAHLH 143 NGAGOV"},
      {"Kenyan nurses went on a 48-hour warning strike on Monday.", "KENHLH 143 KENGOV"},
      {"Teachers in Ghana began a week-long strike on Monday.", "GHAEDU 143 GHAGOV"},
      {"Zambian miners staged a 72-hour strike.", "ZMBLAB 143 ZMBGOV"},
      {"Greek dockworkers staged a three-day strike.", "GRCLAB 143 GRCGOV"},
  });
}

// 15: militia deployed against a naval build-up, carriers sailed between islands, police deployed
// ahead of an opposition march.
TEST(WireCoverage17, ForcePosture) {
  ExpectCoded({
      {"China ordered the deployment of militia members in response to the Philippines' naval build-up.", "CHN 154 PHL"},
      {"Venezuela ordered the deployment of additional troops in response to Guyana's military build-up.",
       "VEN 154 GUY"},
      {"A Chinese aircraft carrier sailed between two Japanese islands on Monday.", "CHNMIL 150 JPN"},
      {"Russian warships sailed between two Japanese islands near Okinawa on Thursday.", "RUSMIL 150 JPN"},
      {"Zimbabwe deployed police and soldiers ahead of a planned opposition march.", "ZWE 153"},
  });
}

// 16: accession talks suspended.
TEST(WireCoverage17, ReducedRelations) {
  ExpectCoded({
      {"Turkey suspended talks on joining the European Union in 2016.", "TUR 164 IGOEUREEC"},
      {"Georgia's government suspended talks on joining the EU until 2028.", "GEOGOV 164 IGOEUREEC"},
  });
}

// 17: trawlers confiscated, candidates barred in a headline, protesters dispersed with water cannon.
TEST(WireCoverage17, Coercion) {
  ExpectCoded({
      {"Indonesia seized Vietnamese trawlers in the Natuna Sea on Monday.", "IDN 1711 VNM"},
      {"Senegal seized three Chinese trawlers for illegal fishing.", "SEN 1711 CHN"},
      {"Pakistan Court Bars Imran Khan From Election", "PAKJUD 1722 PAKOPP"},
      {"Venezuelan Court Bars Opposition Leader From Presidential Race", "VENJUD 1722 VENOPP"},
      {"Serbian police used water cannon to disperse protesters outside parliament.", "SRBCOP 175 SRBOPP"},
      {"Kenyan police used water cannon and tear gas to disperse opposition supporters.", "KENCOP 175 KENOPP"},
  });
}

// 18-19: journalists held at gunpoint, crews taken hostage, air strikes on a crowded market.
TEST(WireCoverage17, Violence) {
  ExpectCoded({
      {"Gunmen burst into a television studio in Ecuador and held journalists at gunpoint.", "ECUUAF 181 ECUMED"},
      {"Armed men held Colombian journalists at gunpoint for hours.", "COLUAF 181 COLMED"},
      {"Somali pirates took the 23 Bangladeshi crew members hostage.", "SOMCRM 181 BGD"},
      {"Houthi fighters seized a cargo ship and took its Filipino crew members hostage.", "YEMREB 181 PHL"},
      {"Russian warplanes carried out air strikes on a crowded market in Idlib province.", "RUSMIL 195 SYR"},
      {"Israel carried out air strikes on a crowded market in southern Lebanon on Sunday.", "ISR 195 LBN"},
      {"Israeli jets carried out a two-day strike on Hezbollah positions in Lebanon.", "ISRMIL 195 LBNREB"},
  });
}

// Business, sport, travel and everyday uses of the same words code nothing.
TEST(WireCoverage17, NoPoliticalEvent) {
  ExpectNotCoded({
      {"The Spanish president went on a tour of the flood-hit region.", ""},
      {"The Argentine striker went on a scoring run after the break.", ""},
      {"The IMF approved the release of its annual report on Egypt.", ""},
      {"The central bank approved the release of $500 million to local lenders.", ""},
      {"Reporters gathered outside parliament in Tbilisi on Sunday.", ""},
      {"Fans gathered outside the stadium in Madrid before the match.", ""},
      {"The Japanese company replaced its chief executive with a civilian banker.", ""},
      {"A British yacht sailed between two Greek islands during the race.", ""},
      {"Bars and restaurants in Paris reopened on Monday.", ""},
      {"The Turkish journalist spent two years behind bars.", ""},
      {"Ajax Bars Fans From Away Match", ""},
      {"The Colombian navy seized two tonnes of cocaine from a fishing boat.", ""},
      {"The Brazilian coach said his heart ached for the fans.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage17, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // A labour strike of so many hours or days is no attack.
      {"Zambian miners staged a 72-hour strike.", "19"},
      {"Teachers in Ghana began a week-long strike on Monday.", "19"},
      {"Greek dockworkers staged a three-day strike.", "19"},
      // ... and warplanes striking positions for two days are no labour strike.
      {"Israeli jets carried out a two-day strike on Hezbollah positions in Lebanon.", "14"},
      // A cutter handed over is military aid, no return of property.
      {"The United States handed over a refurbished coast guard cutter to Sri Lanka.", "084"},
      // Doctors sent in a brigade are humanitarian aid, no troops.
      {"Cuba sent a brigade of doctors to Mexico on Sunday.", "074"},
      {"Cuba will send a brigade of doctors to Italy.", "0334"},
      // War crimes investigated are not the crimes of 091.
      {"The ICC prosecutor is investigating alleged war crimes by Russian troops in Ukraine.", "091"},
      // Journalists held at gunpoint are hostages, not detainees.
      {"Armed men held Colombian journalists at gunpoint for hours.", "173"},
      // An office refused its return is not let in.
      {"Venezuela will not allow the U.N. human rights office to reopen, the foreign minister said.", "086"},
      // Police deployed ahead of a march are police power, not an army mobilised.
      {"Zimbabwe deployed police and soldiers ahead of a planned opposition march.", "154"},
      // Trawlers seized are confiscated, not just damaged property.
      {"Senegal seized three Chinese trawlers for illegal fishing.", "171 "},
  });
}

}  // namespace
}  // namespace tidings::extract
