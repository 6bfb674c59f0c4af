// The built-in dictionaries against ordinary wire copy, thirteenth pass: common news idioms the
// coder did not know or misread ("offered its good offices to help end the war between X and Y",
// "shipped 500 tonnes of rice to X for earthquake survivors", troops that "fell back from" a town
// or "vacated positions in" another country, towns "emptied of their population" and villages
// "cleared of their inhabitants" with no people named (201, not 203), "was greeted with a 21-gun
// salute in" the host's capital, "began looking into reports that X executed civilians", "told
// the attorney general she must quit", "branded X's law an authoritarian act", "said his heart
// went out to the people of X", "earmarked 50 million euros in humanitarian aid for"), and the
// idioms of the same pass it already coded right ("owned up to", "earmarked $X in loans for",
// "put itself forward as a go-between", "gave the green light to a loan", "airlifted medicine
// to", "abandoned their base in", "went on high alert after X's threat", "went house to house,
// executing", "put C$80 million into police training for", "set free captured soldiers",
// "refused to sign into law", "pulled the plug on aid to", "hacked to death", "stood ready to
// send troops to help", "pounded hideouts", "ordered diplomats from X to leave", "suspended the
// activities of all political parties", "thanked X for", "touched down in X for talks", "nudged
// X to step aside", "would thin out its troops along the border"), kept here so that they stay
// right; with the market, sport and everyday uses of the same words that must code nothing.
// wire_coverage_test.cc to wire_coverage12_test.cc are the earlier passes. Every sentence here
// was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01: attacks owned up to, hearts and thoughts that went out to a people.
TEST(WireCoverage13, ClaimsAndSympathy) {
  ExpectCoded({
      {"The Pakistani Taliban owned up to the attack on a police station in Peshawar.", "PAKINS 015"},
      {"QUETTA, Pakistan, May 3 (Reuters) - A Baloch separatist group has owned up to the assault on the Chinese convoy.", "PAKSEP 015 CHN"},
      {"The Japanese prime minister said his heart went out to the people of Turkey.", "JPNGOV 018 TURCVL"},
      {"The German chancellor said on Friday her heart went out to the people of Libya.", "DEUGOV 018 LBYCVL"},
      {"The French president said his thoughts went out to the victims in Morocco.", "FRAGOV 018 MARCVL"},
  });
}

// 03: go-betweens, good offices between two sides, loans earmarked, troops ready to help, troops
// to be thinned out.
TEST(WireCoverage13, Intents) {
  ExpectCoded({
      {"Turkey put itself forward as a go-between for Russia and Ukraine.", "TUR 039 RUS"},
      {"Qatar offered its good offices to end the conflict between Sudan's rival generals.", "QAT 039 SDNMIL"},
      {"Saudi Arabia offered its good offices to help end the war between Russia and Ukraine.", "SAU 039 RUS"},
      {"Saudi Arabia offered its good offices to help end the war between Russia and Ukraine.", "SAU 039 UKR"},
      {"Switzerland offered its good offices to Iran and the United States on Monday.", "CHE 039 IRN"},
      {"NAIROBI, March 4 (Reuters) - The World Bank earmarked $500 million in loans for Kenya, it said on Tuesday.", "IGOUNODEVWBK 0331 KEN"},
      {"Japan will earmark $300 million in loans for Vietnam.", "JPN 0331 VNM"},
      {"Rwanda stood ready to send troops to help Mozambique.", "RWA 0334 MOZ"},
      {"Armenia said it would thin out its troops along the border with Azerbaijan.", "ARM 0356 AZE"},
  });
}

// 04: visits touched down for, and greeted with a 21-gun salute in the host's capital.
TEST(WireCoverage13, Visits) {
  ExpectCoded({
      {"The Chinese foreign minister touched down in Canberra for talks.", "CHNGOV 042 AUS"},
      {"The Chinese president was greeted with a 21-gun salute in Islamabad.", "CHNGOV 042 PAK"},
      {"The Indian prime minister was greeted with a 21-gun salute on his arrival in Washington.", "INDGOV 042 USA"},
      {"ANKARA, June 11 (Reuters) - The Hungarian prime minister was greeted with a 21-gun salute in Ankara on Tuesday.", "HUNGOV 042 TUR"},
  });
}

// 05: thanks.
TEST(WireCoverage13, Thanks) {
  ExpectCoded({
      {"The Ukrainian president thanked Germany for its support.", "UKRGOV 051 DEU"},
      {"Saudi Arabia thanked Pakistan for its help.", "SAU 051 PAK"},
  });
}

// 07: money earmarked for the aid it is (humanitarian, military), loans given the green light,
// money put into police training, relief shipped or airlifted for survivors.
TEST(WireCoverage13, Aid) {
  ExpectCoded({
      {"The European Union earmarked 50 million euros in humanitarian aid for Sudan.", "IGOEUREEC 073 SDN"},
      {"Britain has earmarked 20 million pounds in military aid for Ukraine.", "GBR 072 UKR"},
      {"The Asian Development Bank gave the green light to a $300 million loan for Bangladesh.", "IGOASADEV 071 BGD"},
      {"Canada put C$80 million into police training for Haiti.", "CAN 071 HTI"},
      {"China shipped 500 tonnes of rice to Myanmar for earthquake survivors.", "CHN 073 MMR"},
      {"India airlifted 20 tonnes of rice to Nepal for flood victims.", "IND 073 NPL"},
      {"Turkey shipped 300 tons of flour to Syria for survivors of the quake, the ministry said.", "TUR 073 SYR"},
      {"The United Arab Emirates airlifted 30 tonnes of medicine to Afghanistan.", "ARE 073 AFG"},
  });
}

// 08: troops that fell back or vacated positions in another country, bases abandoned, captured
// soldiers set free.
TEST(WireCoverage13, RetreatAndRelease) {
  ExpectCoded({
      {"Russian forces fell back from Kherson on Friday.", "RUSMIL 0874 UKR"},
      {"KYIV, Aug 20 (Reuters) - Ukrainian troops fell back from the Russian town of Sudzha, the general staff said.", "UKRMIL 0874 RUS"},
      {"Russian forces vacated positions in the Ukrainian city of Kherson.", "RUSMIL 0874 UKR"},
      {"Armenian troops vacated positions in Azerbaijan's Lachin district.", "ARMMIL 0874 AZE"},
      {"Malian soldiers abandoned their base in Kidal after attacks by Tuareg rebels.", "MLIMIL 0874"},
      {"Armenia set free two captured Azerbaijani soldiers.", "ARM 0841 AZEMIL"},
  });
}

// 09: reports that someone executed civilians begun to be looked into (that someone is the
// target).
TEST(WireCoverage13, Investigation) {
  ExpectCoded({
      {"The International Criminal Court began looking into reports that Russian troops executed civilians.", "IGOJUDICC 094 RUSMIL"},
      {"GENEVA, Nov 2 (Reuters) - The United Nations began looking into reports that Sudanese paramilitaries executed civilians in Darfur.", "IGOUNO 090 SDNUAF"},
      {"Amnesty International began looking into allegations that Ethiopian soldiers executed civilians.", "NGOHRIAMN 092 ETHMIL"},
  });
}

// 10: officials told they must quit, leaders nudged to step aside.
TEST(WireCoverage13, Demands) {
  ExpectCoded({
      {"The Peruvian president told the attorney general she must quit.", "PERGOV 1041 PERJUD"},
      {"The Bangladeshi opposition leader told the prime minister she must resign.", "BGDOPP 1041 BGDGOV"},
      {"Washington nudged the Haitian prime minister to step aside.", "USA 0241 HTIGOV"},
  });
}

// 11, 12, 16: acts branded authoritarian or illegal, bills not signed into law, aid whose plug
// is pulled, diplomats ordered out.
TEST(WireCoverage13, CriticismVetoAndReducedRelations) {
  ExpectCoded({
      {"The European Union branded the Georgian law an authoritarian act.", "IGOEUREEC 111 GEO"},
      {"BERLIN, May 15 (Reuters) - Germany branded the Russian move an authoritarian act on Wednesday.", "DEU 111 RUS"},
      {"China branded the American sanctions illegal.", "CHN 111 USA"},
      {"The Polish president refused to sign into law the bill passed by the Polish parliament.", "POLGOV 129 POLLEG"},
      {"The United States pulled the plug on aid to Niger.", "USA 1621 NER"},
      {"The Netherlands pulled the plug on development aid to Uganda.", "NLD 1621 UGA"},
      {"Mali ordered diplomats from France to leave the country.", "MLI 161 FRA"},
      {"Russia ordered diplomats from Estonia to leave the country within a week.", "RUS 161 EST"},
  });
}

// 15, 17: police on high alert after another's threat, party activities suspended.
TEST(WireCoverage13, AlertAndAdministrativeSanctions) {
  ExpectCoded({
      {"Indian police went on high alert in Kashmir after Pakistan's threat of retaliation.", "INDCOP 151 PAK"},
      {"German police went on high alert after the Islamic State threatened attacks on Christmas markets.", "DEUCOP 151 IMGMUSISI"},
      {"The Malian junta suspended the activities of all political parties.", "MLIGOV 1722 MLIPTY"},
      {"The Guinean junta suspended all political parties.", "GINGOV 1722 GINPTY"},
  });
}

// 18, 19, 20: people hacked to death, hideouts pounded, towns emptied of their people (an ethnic
// group named is ethnic cleansing), villages cleared of their inhabitants, house-to-house
// executions.
TEST(WireCoverage13, Violence) {
  ExpectCoded({
      {"Militants hacked to death five Christian villagers in Nigeria.", "NGAINS 1823 NGARELCVL"},
      {"Islamist rebels hacked to death 40 civilians in eastern Congo.", "CODREB 1823 CODCVL"},
      {"Nigerian jets pounded Boko Haram hideouts in Borno state.", "NGAMIL 195 NGAREB"},
      {"Turkish warplanes pounded PKK hideouts in northern Iraq.", "TURMIL 195 TURREB"},
      {"Sudanese paramilitaries emptied the town of its population.", "SDNUAF 201 SDNCVL"},
      {"Israeli forces emptied the refugee camp of its residents.", "ISRMIL 201 ISRCVL"},
      {"Myanmar troops cleared villages of their inhabitants in Rakhine state.", "MMRMIL 201 MMRCVL"},
      {"Sudanese paramilitaries cleared villages of their inhabitants in Darfur.", "SDNUAF 201 SDNCVL"},
      {"Azerbaijani troops emptied the region of its ethnic Armenian population.", "AZEMIL 203 ARMCVL"},
      {"Islamic State fighters emptied the village of its Yazidi Christian population.", "IMGMUSISIREB 203"},
      {"Russian soldiers went house to house, executing civilians in Bucha.", "RUSMIL 202"},
  });
}

// Market, sport and everyday uses of the same words code nothing.
TEST(WireCoverage13, NoPoliticalEvent) {
  ExpectNotCoded({
      {"Chinese shares fell back from a record high on Tuesday.", ""},
      {"The Japanese yen fell back against the dollar.", ""},
      {"Oil prices fell back after the OPEC meeting.", ""},
      {"Vietnam shipped 500,000 tonnes of rice to the Philippines last year.", ""},
      {"The storm emptied the town of tourists.", ""},
      {"Fans emptied the stadium of its seats.", ""},
      {"The team was greeted with a 21-gun salute in Buenos Aires.", ""},
      {"The coach told the striker he must quit smoking.", ""},
      {"The manager branded the referee's decision a disgrace.", ""},
      {"The singer went out to dinner with the Spanish king.", ""},
      {"The coach said his heart went out to the fans.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage13, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // Condolences sent for the victims are sympathy, no relief (only tonnes of goods are).
      {"The Russian president sent condolences to Turkey for the victims of the earthquake.", "07"},
      {"The Chinese president sent a message of sympathy to Morocco for the victims of the quake.", "07"},
      // Good offices offered are mediation, not help.
      {"Saudi Arabia offered its good offices to help end the war between Russia and Ukraine.", "033"},
      // A town emptied of its people, no group named, is an expulsion, not ethnic cleansing; a
      // people named is not a plain expulsion.
      {"Sudanese paramilitaries emptied the town of its population.", "203"},
      {"Myanmar troops cleared villages of their inhabitants in Rakhine state.", "203"},
      {"Azerbaijani troops emptied the region of its ethnic Armenian population.", "201"},
      // Villages cleared of militants are fought over, no people expelled.
      {"Nigerian troops cleared villages of Boko Haram fighters.", "20"},
      {"Nigerian troops cleared villages of militants.", "20"},
      // Humanitarian aid earmarked is humanitarian aid, not the euros of economic aid.
      {"The European Union earmarked 50 million euros in humanitarian aid for Sudan.", "071"},
      // Troops falling back retreat; they do not fight.
      {"Russian forces fell back from Kherson on Friday.", "19"},
      // Told they must quit is a demand of leadership change, not a plain demand.
      {"The Peruvian president told the attorney general she must quit.", "100"},
  });
}

}  // namespace
}  // namespace tidings::extract
