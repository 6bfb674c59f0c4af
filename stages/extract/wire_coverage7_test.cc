// The built-in dictionaries against ordinary wire copy, seventh pass: everyday verbs and idioms
// ("let 22 fishermen go home", "let the state of emergency lapse", "voted to drop the bill, bowing
// to protesters", "began looking into", "questioned the former prime minister over", "found X
// guilty", "declined repeated requests by X to", "threatened an indefinite strike", "thronged the
// avenue to protest", "has stopped eating to protest against", "put its army on its highest level
// of combat readiness", "put its own units on alert", "poured 2,000 police into", "has put on hold
// $95 million in assistance to", "put migrants on a plane home", "sent X home on a deportation
// flight", "stripped NGOs of their legal status", "set upon students", "took over the town of",
// "cancelled all cultural events organised by", "called the move unjustified", "marched on the
// presidential palace", "drove the protesters back with tear gas", "respond with strict reciprocity
// to", "kicked out the U.N. human rights office", "will hand over suspects wanted on charges",
// "stormed a beach in a joint amphibious exercise", "started shipping natural gas to") over the
// CAMEO roots, with the sport, business, weather and everyday uses of the same words that must
// code nothing. wire_coverage_test.cc to wire_coverage6_test.cc are the earlier passes. Every
// sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01: repeated requests for comment declined.
TEST(WireCoverage7, Statements) {
  ExpectCoded({
      {"The Saudi government declined repeated requests to comment on the Turkish report.", "SAUGOV 011"},
      {"Egypt's foreign ministry declined repeated requests for comment on Israel's claims.", "EGYGOV 011"},
      {"The Kremlin declined repeated requests to comment on the Finnish allegations.", "RUSGOV 011"},
      {"Israel's military declined repeated requests to comment on the Lebanese claims.", "ISRMIL 011 LBN"},
  });
}

// 03: intentions to hand over suspects, to extradite, to ship gas.
TEST(WireCoverage7, Intentions) {
  ExpectCoded({
      {"Mexico will hand over cartel leaders wanted on charges in the United States.", "MEX 0313 USA"},
      {"Turkey said it would hand over suspects wanted on terrorism charges to Sweden.", "TUR 0313 SWE"},
      {"Bangladesh will hand over two officials wanted on corruption charges to India.", "BGD 0313"},
      {"Ecuador agreed to hand over the former minister wanted on charges in Peru.", "ECU 03"},
      {"Colombia would hand over the rebel commander wanted on drug charges to the United States.",
       "COL 0313 USA"},
  });
}

// 06: shipments begun, joint exercises (a beach stormed in an exercise is no attack).
TEST(WireCoverage7, MaterialCooperation) {
  ExpectCoded({
      {"Azerbaijan started shipping natural gas to Syria through Turkey.", "AZE 061 SYR"},
      {"Qatar began shipping liquefied natural gas to Germany.", "QAT 061 DEU"},
      {"Algeria started shipping natural gas to Slovenia under the new contract.", "DZA 061 SVN"},
      {"Norway has started shipping more gas to Poland.", "NOR 061 POL"},
      {"Philippine and US marines stormed a beach in a joint amphibious exercise.", "PHLMIL 062"},
      {"Japanese and Australian troops stormed a beach in a joint amphibious exercise in Queensland.",
       "JPNMIL 062"},
      {"Indian and French marines stormed a beach in joint amphibious drills.", "INDMIL 062"},
      {"Egypt has started shipping natural gas to Jordan.", "EGY 061 JOR"},
      {"Russia started shipping liquefied natural gas to China by sea.", "RUS 061 CHN"},
  });
}

// 08: prisoners let go home, emergencies let lapse, bills dropped bowing to protesters.
TEST(WireCoverage7, Yield) {
  ExpectCoded({
      {"Sri Lanka let 22 Indian fishermen go home after three months in custody.", "LKA 0841"},
      {"Pakistan let 200 Indian fishermen go home on Friday.", "PAK 0841"},
      {"North Korea has let two South Korean fishermen go home.", "PRK 0841"},
      {"Iran let the two detained French tourists go home.", "IRN 0841"},
      {"Russia let the detained Estonian border guard go free.", "RUS 084"},
      {"Peru's government let the state of emergency in Lima lapse.", "PERGOV 0814"},
      {"Ecuador's government let the state of emergency in Guayaquil lapse after a fall in violence.",
       "ECUGOV 0814"},
      {"Sri Lanka's president allowed the state of emergency in Colombo to lapse.", "LKAGOV 0814"},
      {"Ethiopia's government lifted the state of emergency in the Amhara region.", "ETHGOV 0814"},
      {"Kazakhstan's president ended the state of emergency in Almaty.", "KAZGOV 0814"},
      {"Georgia's parliament voted to drop the foreign agents bill, bowing to protesters in Tbilisi.",
       "GEOLEG 083"},
      {"Kenya's parliament voted to drop the finance bill, bowing to protesters in Nairobi.", "KENLEG 083"},
      {"Serbia's government bowed to protesters and dropped plans for a lithium mine.", "SRBGOV 083"},
      {"The Mongolian government bowed to protesters and withdrew the bill.", "MNGGOV 083"},
      {"Panama's congress bowed to demonstrators and repealed the mining law.", "PANLEG 083"},
      {"Israel let 17 Palestinian fishermen go home after questioning them.", "ISR 0841 PSEAGR"},
      {"Myanmar's junta let 12 Bangladeshi fishermen go home.", "MMRGOV 0841 BGDAGR"},
      {"Eritrea let the detained Ethiopian soldiers go free.", "ERI 0841 ETHMIL"},
      {"Thailand's government let the state of emergency in Pattani lapse.", "THAGOV 0814 THA"},
      {"Bolivia's government let the curfew in La Paz lapse.", "BOLGOV 0813 BOL"},
      {"The Armenian government bowed to protesters in Yerevan and withdrew the bill.", "ARMGOV 083 ARMOPP"},
      {"Paraguay's senate voted to drop the bill, bowing to protesters in Asuncion.", "PRYLEG 083 PRYOPP"},
  });
}

// 09: inquiries opened, looking into, questioned over.
TEST(WireCoverage7, Investigate) {
  ExpectCoded({
      {"French prosecutors began looking into the death of a Malian migrant in police custody.", "FRAJUD 09"},
      {"The United Nations opened an inquiry into abuses by Ethiopian forces in Tigray.", "IGOUNO 09"},
      {"Brazilian police opened an inquiry into the killing of an indigenous leader.", "BRACOP 09"},
      {"Spanish prosecutors are looking into allegations that Moroccan spies hacked ministers' phones.",
       "ESPJUD 09"},
      {"The European Commission opened an inquiry into Chinese subsidies for electric cars.", "IGOEUREEC 09"},
      {"Kenya's police watchdog began looking into the killings of protesters.", "KENCOP 092 KENOPP"},
      {"Israeli police questioned Prime Minister Benjamin Netanyahu over the corruption allegations.",
       "ISRCOP 091 ISRGOV"},
      {"Malaysian anti-graft investigators questioned former prime minister Muhyiddin Yassin over the stimulus funds.",
       "MYSCOP 091 MYSELI"},
      {"South Korean prosecutors questioned the former president over bribery allegations.", "KORJUD 091"},
      {"Pakistani investigators questioned former prime minister Imran Khan over the sale of state gifts.",
       "PAKCOP 091 PAKOPP"},
      {"Dutch prosecutors began looking into the Russian missile strike on the airliner.", "NLDJUD 093 RUS"},
      {"Indonesian police began investigating the killing of an Australian tourist in Bali.",
       "IDNCOP 090 AUSCVL"},
      {"Colombian prosecutors questioned former president Alvaro Uribe over witness tampering.",
       "COLJUD 091 COLELI"},
      {"Peruvian prosecutors questioned President Dina Boluarte over the Rolex watches.", "PERJUD 091 PERGOV"},
  });
}

// 10-11: moves called unjustified, verdicts of guilt.
TEST(WireCoverage7, Disapprove) {
  ExpectCoded({
      {"China called the US move unjustified.", "CHN 111 USA"},
      {"Russia's foreign ministry called Estonia's expulsion of its diplomats unjustified.", "RUSGOV 111"},
      {"Turkey called the European Parliament's report unjustified and biased.", "TUR 111"},
      {"Iran called the British move unjustified.", "IRN 111 GBR"},
      {"An Iranian court found the French tourist guilty of espionage.", "IRNJUD 116 FRA"},
      {"A Moscow court found the US reporter guilty of spying.", "RUSJUD 116 USAMED"},
      {"Tunisian judges found the opposition leader guilty of plotting against the state.",
       "TUNJUD 116 TUNOPP"},
      {"A court in Hong Kong found the pro-democracy activist guilty of subversion.", "HKGJUD 116"},
      {"A Belarusian court found the opposition leader guilty of treason.", "BLRJUD 116 BLROPP"},
      {"Beijing called the American decision unjustified.", "CHN 111 USA"},
      {"Hungary's foreign minister called the EU's move unjustified.", "HUNGOV 111 IGOEUREEC"},
      {"A Russian court found the French researcher guilty of violating the foreign agents law.",
       "RUSJUD 116 FRA"},
      {"A Turkish court found the Kurdish politician guilty of terrorism.", "TURJUD 116 TURPTY"},
      {"An Indian court found the Pakistani national guilty of spying.", "INDJUD 116 PAK"},
  });
}

// 12: heels dug in, repeated requests by another state declined.
TEST(WireCoverage7, Reject) {
  ExpectCoded({
      {"Russia has declined repeated requests from Ukraine to return the children.", "RUS 12"},
      {"Thailand declined repeated requests by Cambodia to hand over the suspects.", "THA 12"},
      {"Hungary dug in its heels over Ukraine's membership talks.", "HUN 12"},
      {"Cambodia declined repeated requests by Thailand to extradite the suspects.", "KHM 120 THA"},
  });
}

// 13: strikes threatened, strict reciprocity warned of.
TEST(WireCoverage7, Threaten) {
  ExpectCoded({
      {"Kenyan teachers threatened an indefinite strike against the government.", "KENEDU 133 KENGOV"},
      {"Nigerian doctors threatened the government with an indefinite strike.", "NGAHLH 133 NGAGOV"},
      {"Argentine trade unions threatened a general strike against the government's reforms.", "ARGLAB 133"},
      {"Algeria warned it would respond with strict reciprocity to any French measures.", "DZA 13"},
      {"China warned it would respond with strict reciprocity if Australia expelled its diplomats.", "CHN 13"},
      {"Iran vowed to respond in kind to any Israeli attack.", "IRN 13"},
      {"South African trade unions threatened a general strike against the government.", "ZAFLAB 133 ZAFGOV"},
      {"Russia warned it would respond with strict reciprocity to any Norwegian measures.", "RUS 130 NOR"},
  });
}

// 14: avenues thronged, hunger strikes, marches on palaces.
TEST(WireCoverage7, Protest) {
  ExpectCoded({
      {"Tens of thousands of Argentines thronged the avenue outside Congress to protest against the cuts.",
       "ARG 141"},
      {"Thousands of Kenyans thronged the main avenue in Nairobi to protest against President William Ruto.",
       "KEN 141"},
      {"A jailed Iranian rapper has stopped eating to protest against the Iranian government.", "IRN 142"},
      {"The detained Egyptian activist stopped eating in protest against the Egyptian government.",
       "EGYOPP 142 EGYGOV"},
      {"A jailed Azerbaijani journalist has stopped eating to protest against Azerbaijani authorities.",
       "AZEMED 142 AZEGOV"},
      {"Thousands of Peruvians marched on the presidential palace in Lima against President Dina Boluarte.",
       "PER 141 PERGOV"},
      {"Opposition supporters marched on the parliament in Yerevan.", "ARMOPP 141"},
      {"Protesters marched on the prime minister's office in Dhaka.", "BGD"},
      {"Thousands of Chileans thronged the avenue to protest against the Chilean government.",
       "CHL 141 CHLGOV"},
      {"Tens of thousands of Hungarians thronged the avenue in Budapest to protest against Prime Minister Viktor Orban.",
       "HUN 141 HUNGOV"},
      {"A jailed Belarusian opposition leader has stopped eating to protest against Belarusian authorities.",
       "BLROPP 142 BLRGOV"},
  });
}

// 15: forces put on alert, police poured in.
TEST(WireCoverage7, ForcePosture) {
  ExpectCoded({
      {"Armenia put its army on its highest level of combat readiness after clashes with Azerbaijan.",
       "ARM 152"},
      {"North Korea put its troops on the highest level of combat readiness after South Korea's drills.",
       "PRK 152"},
      {"Taiwan put its own units on alert as Chinese warships approached.", "TWN 152"},
      {"Greece put its navy on alert after the Turkish survey ship set sail.", "GRC 152"},
      {"Serbia put its army on the highest level of combat readiness along its border with Kosovo.", "SRB 152"},
      {"Senegal's government poured 2,000 police into Dakar ahead of the opposition rally.", "SENGOV 153"},
      {"France poured extra police into New Caledonia after the riots.", "FRA 153"},
      {"The Bangladeshi government poured thousands of police into Dhaka.", "BGDGOV 153 -"},
      {"Azerbaijan put its army on its highest level of combat readiness after the Armenian shelling.",
       "AZE 152 ARM"},
      {"India put its own units on alert along the border with China.", "IND 152 CHN"},
      {"Japan put its own units on alert after North Korea's missile launch.", "JPN 152 PRK"},
      {"Kenya's government poured hundreds of police into Nairobi ahead of the protests.", "KENGOV 153 KEN"},
      {"Russia poured troops into Belarus ahead of the drills.", "RUS 154 BLR"},
  });
}

// 16: aid put on hold, cultural ties cancelled, offices kicked out, borders closed.
TEST(WireCoverage7, ReduceRelations) {
  ExpectCoded({
      {"The United States has put on hold $95 million in assistance to Georgia.", "USA 162 GEO"},
      {"Sweden put its aid to Zimbabwe on hold.", "SWE 162 ZWE"},
      {"Germany has put on hold 40 million euros in development aid to Niger.", "DEU 162 NER"},
      {"The European Union suspended budget support to Niger.", "IGOEUREEC 162"},
      {"Moldova cancelled all cultural events organised by Russia.", "MDA 160 RUS"},
      {"Latvia cancelled all cultural events organised by Russia's embassy.", "LVA 16"},
      {"Venezuela kicked out the U.N. human rights office.", "VEN 166 IGOUNO"},
      {"Burundi kicked out the U.N. human rights office in 2019.", "BDI 166"},
      {"Mali's junta kicked out the U.N. peacekeeping mission.", "MLIGOV 166"},
      {"Niger closed its land border with Benin.", "NER 172 BEN"},
      {"Afghanistan's Taliban closed the land border with Pakistan after the clashes.", "AFG"},
      {"Washington has put on hold $300 million in military aid to Egypt.", "USA 162 EGY"},
      {"Japan put on hold its development aid to Myanmar.", "JPN 162 MMR"},
      {"Estonia cancelled all cultural events organised by Russia's embassy in Tallinn.", "EST 160 RUS"},
      {"Nicaragua kicked out the U.N. human rights office in Managua.", "NIC 166 IGOUNO"},
      {"Congo kicked out the UN peacekeeping mission.", "COD 1661 IGOUNO"},
  });
}

// 17: migrants put on planes home, NGOs stripped of their status, opposition leaders jailed.
TEST(WireCoverage7, Coerce) {
  ExpectCoded({
      {"Italy put 50 Tunisian migrants on a plane home.", "ITA 174 TUN"},
      {"Germany put 28 Afghan convicts on a charter flight to Kabul.", "DEU 174 AFG"},
      {"Britain sent 40 Albanians home on a deportation flight.", "GBR 174 ALB"},
      {"Nicaragua stripped 1,500 Nicaraguan NGOs of their legal status and seized their property.", "NIC 17"},
      {"Russia stripped a Russian human rights group of its legal status.", "RUS 17"},
      {"Nicaragua's government seized the property of the Jesuit university.", "NICGOV 1711"},
      {"Tunisia Jails Opposition Leader For Three Years", "TUN 173 TUNOPP"},
      {"Russia Jails Kremlin Critic For 25 Years", "RUS 173"},
      {"Kenyan police drove the protesters back with tear gas.", "KENCOP 175"},
      {"Georgian riot police drove demonstrators back with water cannon.", "GEOCOP 175"},
      {"Serbian police drove the students back with tear gas outside parliament.", "SRBCOP 175"},
      {"Spain put 60 Algerian migrants on a plane home.", "ESP 174 DZA"},
      {"Greece put 40 Pakistani migrants on a deportation flight.", "GRC 174 PAK"},
      {"The United States sent 100 Haitians home on a deportation flight.", "USA 174 HTI"},
      {"Azerbaijan stripped a US charity of its legal status.", "AZE 172"},
      {"Ugandan police drove opposition supporters back with tear gas.", "UGACOP 175 UGAOPP"},
      {"Bolivian police drove the protesters back with tear gas in La Paz.", "BOLCOP 175 BOLOPP"},
  });
}

// 18: students and activists set upon, hostages taken.
TEST(WireCoverage7, Assault) {
  ExpectCoded({
      {"Ruling party supporters set upon students protesting in Dhaka.", "BGDGOV 182 BGDEDU"},
      {"Government supporters set upon students at a university in Belgrade.", "SRBGOV 182 SRBEDU"},
      {"Militants took a dozen Chinese workers hostage in Pakistan.", "PAK"},
      {"Ruling party supporters set upon opposition activists in Harare.", "ZWEGOV 182 ZWEOPP"},
  });
}

// 19: towns and cities taken over.
TEST(WireCoverage7, Fight) {
  ExpectCoded({
      {"M23 rebels took over the town of Sake in eastern Congo.", "CODREB 192"},
      {"The RSF took over the Sudanese town of Wad Madani.", "SDNREB 192"},
      {"Myanmar's rebel alliance took over the town of Lashio.", "MMRREB 192"},
      {"Russian forces took over the Ukrainian village of Novohrodivka.", "RUSMIL 192"},
      {"Houthi fighters took over the Yemeni town of Harad.", "YEMREB 192 YEM"},
      {"Al-Shabaab fighters took over the Somali town of Mahas.", "SOMREB 192 SOM"},
      {"Islamist rebels took over the Syrian city of Aleppo.", "SYRREB 192 SYR"},
  });
}

// Sport, business, weather and everyday uses of the same words code nothing.
TEST(WireCoverage7, NoPoliticalEvent) {
  ExpectNotCoded({
      {"The mining company is killing off mines that no longer pay.", ""},
      {"The Australian miner is killing off two coal mines in Queensland.", ""},
      {"The cyclist attacked on the final climb to win the stage in the Alps.", ""},
      {"The Slovenian rider attacked on the final climb and took the yellow jersey.", ""},
      {"Fans thronged the avenue to welcome the champions home in Buenos Aires.", ""},
      {"Shoppers thronged the streets of London for the sales.", ""},
      {"The coach let the players go home early after training.", ""},
      {"The company let its trademark lapse.", ""},
      {"The insurer let the policy lapse.", ""},
      {"The carmaker put its new plant on hold.", ""},
      {"The airline put 300 passengers on a plane home after the delay.", ""},
      {"The bank began looking into a takeover of its rival.", ""},
      {"The singer declined repeated requests for an encore.", ""},
      {"The team stormed the beach for a training session in Rio.", ""},
      {"The champions took over the top of the table.", ""},
      {"The chef took over the restaurant in Paris.", ""},
      {"The retailer poured millions into its stores in Spain.", ""},
      {"The storm drove the tourists back to their hotels.", ""},
      {"The model marched on the catwalk in Milan.", ""},
      {"The band cancelled all its concerts in Japan.", ""},
      {"The startup started shipping its new phone to customers in India.", ""},
      {"The toddler has stopped eating vegetables.", ""},
      {"The jury found the singer's song guilty of nothing but charm.", ""},
      {"The firm kicked out its chief executive.", ""},
      {"The fans burst into the stadium and took their seats.", ""},
      {"The heatwave set upon the city of Seville.", ""},
      {"The football club stripped its captain of the armband.", ""},
      {"The bookmaker put the odds on hold.", ""},
      {"The runner attacked on the final lap in Rome.", ""},
      {"Fog closed the airport in Frankfurt.", ""},
      {"The mining giant is killing off its coal mines in Australia.", ""},
      {"The rider attacked on the final climb to take the pink jersey in Italy.", ""},
      {"Investors poured money into the Indian stock market.", ""},
      {"The coach put his players on alert for the derby in Madrid.", ""},
      {"The airline put on hold its order for new jets.", ""},
      {"Shoppers thronged the avenue in New York for the holiday sales.", ""},
  });
}

// The readings that must not be taken.
TEST(WireCoverage7, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // A beach stormed in an exercise is no attack.
      {"Philippine and US marines stormed a beach in a joint amphibious exercise.", "19"},
      {"Japanese and Australian troops stormed a beach in a joint amphibious exercise in Queensland.", "19"},
      // Migrants put on a plane home are deported; no aid.
      {"Italy put 50 Tunisian migrants on a plane home.", "07"},
      // Fishermen let go home are released, no permission.
      {"Sri Lanka let 22 Indian fishermen go home after three months in custody.", "086"},
      // A state of emergency let lapse is eased, not imposed.
      {"Peru's government let the state of emergency in Lima lapse.", "172"},
      // Inquiries and questioning are no arrests.
      {"Israeli police questioned Prime Minister Benjamin Netanyahu over the corruption allegations.", "173"},
  });
}

}  // namespace
}  // namespace tidings::extract
