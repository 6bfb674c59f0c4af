// The built-in verb dictionary against the CAMEO 1.1b3 codebook, roots 11-20 (disapproval,
// rejection, threats, protest, force posture, reduced relations, coercion, assault, fighting
// and mass violence; codebook_coverage_test.cc has 01-10). Every sentence here was written
// for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 11 Disapprove.
TEST(CodebookCoverage, Root11Disapprove) {
  ExpectCoded({
      {"China expressed strong dissatisfaction with Japan's decision.", "CHN 110 JPN"},
      {"China expressed outrage at Japan's decision.", "CHN 111 JPN"},
      {"Japan expressed regret over China's decision to ban its seafood.", "JPN 110 CHN"},
      {"Russia took aim at NATO on Tuesday over its new bases.", "RUS 111"},
      {"China chided Japan over its defence budget.", "CHN 111 JPN"},
      {"Iran castigated Saudi Arabia over the execution.", "IRN 111 SAU"},
      {"Turkey tore into Sweden over the burning of the Koran.", "TUR 111 SWE"},
      {"China hit back at the United States over its criticism.", "CHN 111 USA"},
      {"Iran branded Israel a terrorist state.", "IRN 111 ISR"},
      {"Venezuela blamed the United States for the blackout.", "VEN 112 USA"},
      {"Armenia accused Azerbaijan of violating the ceasefire.", "ARM 1123 AZE"},
      {"Russia accused Estonia of spying.", "RUS 1125 EST"},
      {"Egypt delivered a protest note to Ethiopia on Monday.", "EGY 114 ETH"},
      {"Greece lodged a protest with Turkey over the flights.", "GRC 114 TUR"},
      {"Japan filed a formal protest with China.", "JPN 114 CHN"},
      {"India registered a strong protest with Pakistan.", "IND 114 PAK"},
      {"Australia launched a trade dispute against China at the WTO.", "AUS 115 CHN"},
      {"Poland summoned Russia's ambassador on Monday.", "POL 114 RUSGOV"},
      {"Ukraine sued Russia at the International Court of Justice.", "UKR 115 RUS"},
      {"Ukraine took Russia to the International Court of Justice.", "UKR 115 RUS"},
      {"A Russian court convicted an American journalist of espionage.", "RUSJUD 116 USAMED"},
  });
}

// 12 Reject.
TEST(CodebookCoverage, Root12Reject) {
  ExpectCoded({
      {"Israel rejected Egypt's proposal.", "ISR 120 EGY"},
      {"Ukraine brushed aside Russia's proposal for a truce.", "UKR 12"},
      {"Russia refused to withdraw its troops from Georgia.", "RUS 1246 GEO"},
      {"Thailand refused to extradite the Cambodian activist to Phnom Penh.", "THA 121"},
      {"India ruled out talks with Pakistan on Monday.", "IND 125 PAK"},
      {"Taiwan rejected China's offer of talks.", "TWN 125 CHN"},
      {"India balked at China's proposal.", "IND 120 CHN"},
      {"Hungary shot down Germany's proposal on migration.", "HUN 120 DEU"},
      {"Russia vetoed a UN resolution on Ukraine.", "RUS 129"},
  });
  ExpectNotCoded({
      {"Kenyan police ruled out foul play in the death of the runner.", "12"},
      {"Hungary shot down Germany's proposal on migration.", "19"},
  });
}

// 13 Threaten.
TEST(CodebookCoverage, Root13Threaten) {
  ExpectCoded({
      {"Iran warned Israel of a crushing response.", "IRN 130 ISR"},
      {"The United States threatened to cut aid to Egypt.", "USA 1311 EGY"},
      {"Russia threatened to cut gas supplies to Moldova.", "RUS 1312 MDA"},
      {"The United States threatened China with new tariffs.", "USA 1312 CHN"},
      {"Algeria threatened to recall its ambassador from Spain.", "DZA 1313 ESP"},
      {"Israel threatened military action against Iran.", "ISR 138 IRN"},
      {"Iran threatened to take military action against Azerbaijan.", "IRN 138 AZE"},
      {"Russia will step up attacks on Ukraine, its defence minister said.", "RUS 138 UKR"},
      {"China threatened to invade Taiwan.", "CHN 1382 TWN"},
      {"North Korea threatened to attack South Korea.", "PRK 1384 KOR"},
      {"Russia threatened to use nuclear weapons against Ukraine.", "RUS 1385 UKR"},
      {"Turkey gave Sweden an ultimatum on Monday.", "TUR 139 SWE"},
      {"Iran vowed revenge against Israel on Tuesday.", "IRN 13"},
      {"Russia threatened Finland with retaliation.", "RUS 138 FIN"},
  });
}

// 14 Protest.
TEST(CodebookCoverage, Root14Protest) {
  ExpectCoded({
      {"Thousands of Kenyans staged a protest against the government's tax bill.", "KEN 141"},
      {"Protesters threw stones at Israeli police in Jerusalem.", "ISROPP 145 ISRCOP"},
      {"Iraqi protesters stormed the parliament in Baghdad on Saturday.", "IRQOPP 145 IRQLEG"},
      {"Protesters hurled rocks at Kenyan police in Nairobi.", "KENOPP 145 KENCOP"},
      {"Iraqi protesters chanted slogans against the United States.", "IRQOPP 141 USA"},
      {"Kenyan protesters blockaded the main highway into Nairobi on Monday.", "KENOPP 144"},
  });
}

// 15 Exhibit force posture.
TEST(CodebookCoverage, Root15ForcePosture) {
  ExpectCoded({
      {"Poland stepped up patrols along its border with Belarus.", "POL 150 BLR"},
      {"China flew 20 warplanes near Taiwan on Monday.", "CHN 150 TWN"},
      {"South Korea scrambled fighter jets toward North Korea on Friday.", "KOR 150 PRK"},
      {"India placed its troops on high alert along the border with Pakistan.", "IND 152 PAK"},
      {"Russia mobilized reservists near the Ukrainian border.", "RUS 154 UKR"},
  });
  ExpectNotCoded({
      {"Germany stepped up efforts to cut its gas use.", ""},
  });
}

// 16 Reduce relations.
TEST(CodebookCoverage, Root16ReduceRelations) {
  ExpectCoded({
      {"Niger suspended military cooperation with France.", "NER 160 FRA"},
      {"Niger revoked its military agreement with the United States.", "NER 160 USA"},
      {"Hungary tore up its energy pact with Ukraine.", "HUN 160 UKR"},
      {"Bolivia cut diplomatic ties with Israel.", "BOL 161 ISR"},
      {"The United States issued a travel advisory against Venezuela.", "USA 160 VEN"},
      {"The Netherlands suspended aid to Burundi.", "NLD 162 BDI"},
      {"Canada imposed tariffs on Chinese electric vehicles.", "CAN 163 CHN"},
      {"The United States unveiled new sanctions on Russia.", "USA 163 RUS"},
      {"The European Union tightened sanctions on Iran.", "IGOEUREEC 163 IRN"},
      {"Ukraine pulled out of talks with Russia on Monday.", "UKR 164 RUS"},
      {"Argentina walked away from talks with Britain.", "ARG 164 GBR"},
      {"Niger ordered French troops out of the country.", "NER 166 FRAMIL"},
      {"Mali expelled UN peacekeepers on Friday.", "MLI 1661 IGOUNO"},
  });
  ExpectNotCoded({
      {"Argentina walked away with the trophy on Sunday.", ""},
      {"Kenya's central bank cut interest rates on Tuesday.", "16"},
      {"Germany tightened its budget rules on Tuesday.", ""},
  });
}

// 17 Coerce.
TEST(CodebookCoverage, Root17Coerce) {
  ExpectCoded({
      {"Russia seized the assets of German companies.", "RUS 171"},
      {"Nicaragua shut down an opposition newspaper on Friday.", "NIC 1721"},
      {"Belarus locked up opposition activists on Friday.", "BLR 173 BLROPP"},
      {"Kenya placed the former president under house arrest.", "KEN 173 KENELI"},
      {"Israeli forces took two Palestinian teenagers into custody.", "ISRMIL 173 PSE"},
      {"Iran threw two French journalists in jail on Monday.", "IRN 173 FRAMED"},
      {"Britain deported 50 Albanians on Tuesday.", "GBR 174 ALB"},
      {"Kenyan prosecutors charged two opposition leaders with treason.", "KENJUD 173 KENOPP"},
      {"Russia barred opposition candidates from the election.", "RUS 1722"},
      {"Israel barred UN officials from entering Gaza.", "ISR 172 IGOUNO"},
      {"Hungary shut its border with Serbia.", "HUN 172 SRB"},
      {"Belarusian riot police beat protesters with batons.", "BLRCOP 175 BLROPP"},
      {"Mali's junta suspended the activities of political parties.", "MLIGOV 1722"},
      {"Russian hackers attacked Polish government websites.", "RUSCRM 176 POLGOV"},
  });
  ExpectNotCoded({
      {"Russian hackers attacked Polish government websites.", "19"},
      {"A politically charged debate divided Kenya's parliament on Tuesday.", ""},
      {"India locked up the series against Australia.", ""},
  });
}

// 18 Assault.
TEST(CodebookCoverage, Root18Assault) {
  ExpectCoded({
      {"Gunmen kidnapped 20 students in Nigeria on Friday.", "NGAUAF 181 NGAEDU"},
      {"Gunmen took three Chinese engineers hostage in Nigeria.", "NGAUAF 181 CHN"},
      {"Myanmar's soldiers tortured detainees in Sagaing.", "MMRMIL 1822"},
      {"Militants set off a car bomb outside a police station in Kabul.", "AFGINS 1832 AFGCOP"},
      {"Militants planted a roadside bomb near an army base in Mali.", "MLIINS 1833"},
      {"Gunmen tried to assassinate Slovakia's prime minister.", "SVKUAF 185 SVKGOV"},
  });
  ExpectNotCoded({
      {"The Kenyan delegation set off for the border on Monday.", ""},
      {"India beat Pakistan by six wickets in Colombo.", "18"},
      {"Farmers in Kenya planted maize on Monday.", ""},
  });
}

// 19 Fight.
TEST(CodebookCoverage, Root19Fight) {
  ExpectCoded({
      {"Sudan's army clashed with the Rapid Support Forces in Khartoum.", "SDNMIL 190"},
      {"Israeli forces stormed a Palestinian refugee camp on Monday.", "ISRMIL 190 PSE"},
      {"Russia stepped up attacks on Ukraine on Tuesday.", "RUS 190 UKR"},
      {"Israel carried out strikes on Hezbollah targets in Lebanon.", "ISR 190 LBN"},
      {"Ukraine shot down 20 Russian drones overnight.", "UKR 190 RUS"},
      {"Russia annexed Crimea in 2014.", "RUS 192 UKR"},
      {"Sudan's army retook the presidential palace from the Rapid Support Forces.", "SDNMIL 192 SDNREB"},
      {"The rebels took control of the airport in Goma.", "CODREB 192 COD"},
      {"Israeli soldiers shot a Palestinian teenager in Hebron.", "ISRMIL 193 PSE"},
      {"China's coast guard rammed a Philippine vessel near the Second Thomas Shoal.", "CHNMIL 190 PHL"},
      {"Turkish warplanes stepped up airstrikes on Kurdish positions in Iraq.", "TURMIL 195 IRQ"},
      {"Ukraine launched a drone attack on Moscow.", "UKR 1952 RUS"},
      {"Ukraine's power grid was targeted by Russian missiles.", "RUSMIL 195 UKR"},
      {"A Ukrainian army base was attacked by Russian drones.", "RUSMIL 1952 UKRMIL"},
      {"Turkey downed a Russian warplane near the Syrian border.", "TUR 190 RUS"},
      {"Russia pounded Ukrainian cities with missiles overnight.", "RUS 195 UKR"},
      {"Israel hit back at Hezbollah with airstrikes in southern Lebanon.", "ISR 19"},
      {"Ethiopian troops crossed into Somalia on Monday.", "ETHMIL 190 SOM"},
      {"Russian forces hammered Ukrainian positions near Bakhmut.", "RUSMIL 190 UKR"},
      {"Israeli forces lobbed shells at Lebanese villages.", "ISRMIL 194 LBN"},
      {"Pakistani troops fired mortars into Afghanistan.", "PAKMIL 194 AFG"},
      {"Syrian helicopters dropped barrel bombs on Syrian rebels near Aleppo.", "SYR 195 SYRREB"},
      {"Russia unleashed a barrage of missiles on Kyiv.", "RUS 19"},
  });
  ExpectNotCoded({
      {"A storm hit the coast of France on Thursday.", ""},
      {"Kenya fired its finance minister on Tuesday.", "19"},
      {"The company launched a new phone in India.", ""},
      {"Japan's prime minister struck a conciliatory tone towards China.", "19"},
      {"Iran launched a charm offensive toward Saudi Arabia.", "19"},
      {"Kenya's president rammed the finance bill through parliament.", ""},
      {"The Russian tanker rammed into a pier in Turkey.", "19"},
      {"Thousands of Sudanese refugees crossed into Chad.", ""},
      {"Kenya and Uganda hammered out a trade deal.", "19"},
      {"Protesters in Paris stormed out of the meeting with the French minister.", ""},
      {"The United States dropped charges against the Kenyan minister.", ""},
  });
}

// 20 Use unconventional mass violence.
TEST(CodebookCoverage, Root20MassViolence) {
  ExpectCoded({
      {"Myanmar's army drove out Rohingya villagers from Rakhine.", "MMRMIL 201"},
      {"Syria's army used chemical weapons against civilians near Damascus.", "SYRMIL 2041 SYRCVL"},
      {"The RSF carried out ethnic cleansing against civilians in Sudan's Darfur region.", "SDNREB 203 SDNCVL"},
  });
}

}  // namespace
}  // namespace tidings::extract
