// The built-in dictionaries against ordinary wire copy, sixth pass: verbs with gerund and
// infinitive complements ("began training X's soldiers", "started shipping artillery shells to",
// "resumed sending weapons to", "stopped importing"), the verbs of delivery ("trucked food into",
// "airlifted supplies to", "ferried aid to", "handed over"), refusals and brush-offs ("turned
// down", "brushed off"), labour and prison protest ("walked off the job", "went on hunger strike"),
// force posture ("raised the threat level", "deployed officers across", "flew bombers near"),
// reduced relations ("froze aid to", "cut off funding to", "expelled diplomats", "summoned the
// ambassador", "lodged a protest", "slapped sanctions"), coercion and violence ("seized the
// tanker", "took control of", "shot dead", "blew himself up", "drove thousands from their homes",
// "used chlorine gas against") over all twenty CAMEO roots, with the sport, business, weather and
// everyday uses of the same words that must code nothing. wire_coverage_test.cc to
// wire_coverage5_test.cc are the earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01: comments declined, moods, deliberations, responsibility, denials and brush-offs, condolences.
TEST(WireCoverage6, Statements) {
  ExpectCoded({
      {"India's foreign ministry declined to comment on Canada's allegations.", "INDGOV 011 CAN"},
      {"The Pentagon had no immediate comment on the Chinese report.", "USAMIL 011 CHN"},
      {"Pakistan's foreign office said it was hopeful of resuming talks with India.", "PAKGOV 013 IND"},
      {"Israel's defence minister was gloomy about the chances of a deal with Hamas.", "ISRGOV 012 PSEREB"},
      {"The Japanese government is reviewing its sanctions on Russia.", "JPNGOV 014 RUS"},
      {"Russia's foreign ministry brushed off Britain's accusations of cyber espionage.", "RUSGOV 016 GBR"},
      {"Beijing brushed off US allegations that it had hacked American water utilities.", "CHN 016 USA"},
      {"Hezbollah denied responsibility for the rocket attack on northern Israel.", "LBNREB 016 ISR"},
      {"Rwanda rejected accusations by Congo that it was backing the M23 rebels.", "RWA 016 COD"},
      {"The Taliban dismissed Pakistan's claims that militants were operating from Afghan soil.", "AFGGOV 016 PAK"},
      {"The Islamic State group claimed responsibility for the bombing in the Iranian city of Kerman.",
       "IMGMUSISI 015 IRN"},
      {"Japan's prime minister offered condolences to Turkey after the earthquake.", "JPNGOV 018 TUR"},
      {"The Indian prime minister sent condolences to Nepal over the plane crash.", "INDGOV 018 NPL"},
  });
}

// 02: appeals for aid, arms, calm, release, talks and mediation.
TEST(WireCoverage6, Appeals) {
  ExpectCoded({
      {"Ukraine asked Germany for more Patriot air defence systems.", "UKR 0232 DEU"},
      {"Somalia appealed to the African Union for more peacekeepers.", "SOM 0234 IGOAFRAFU"},
      {"Lebanon pleaded with France to help end the fighting on its southern border.", "LBN 02"},
      {"Egypt urged Israel and Hamas to show restraint.", "EGY 0256 ISR"},
      {"The United Nations called on Myanmar's junta to free the jailed leader.", "IGOUNO 0253 MMRGOV"},
      {"Washington pressed Beijing to rein in North Korea.", "USA 020 CHN"},
      {"Ukraine's president appealed to NATO for more air defence.", "UKRGOV 02"},
      {"Sudan's army asked Egypt to mediate with the RSF.", "SDNMIL 028 EGY"},
  });
}

// 03-05: intentions, visits, talks by phone, hosting, mediation, recognition, apologies, praise and
// agreements.
TEST(WireCoverage6, Diplomacy) {
  ExpectCoded({
      {"Qatar offered to mediate between Russia and Ukraine over the return of children.", "QAT 03"},
      {"China pledged to help Pakistan rebuild after the floods.", "CHN 0331 PAK"},
      {"Russia's foreign minister flew to Pyongyang for talks.", "RUSGOV 042 PRK"},
      {"Turkey's president hosted his Azerbaijani counterpart in Ankara.", "TURGOV 043 AZEGOV"},
      {"Egypt's foreign minister spoke by phone with his Iranian counterpart.", "EGYGOV 041 IRNGOV"},
      {"Egypt's intelligence chief met Hamas leaders in Cairo.", "EGYSPY 040 PSEREB"},
      {"India and China held a new round of talks on their border dispute.", "IND 046 CHN"},
      {"Brazil recognised Palestine as an independent state.", "BRA 054 PSE"},
      {"Germany apologised to Namibia for the colonial-era killings.", "DEU 055 NAM"},
      {"Japan's prime minister praised India's leadership of the G20.", "JPNGOV 051 IND"},
      {"Taiwan's president thanked Japan for its support.", "TWNGOV 051 JPN"},
      {"France's president travelled to Morocco for a state visit.", "FRAGOV 042 MAR"},
      {"Iran's president received the Iraqi prime minister in Tehran.", "IRNGOV 043 IRQGOV"},
      {"Israel and Morocco signed a defence cooperation agreement.", "ISR 057 MAR"},
      {"Japan promised to help Ukraine rebuild its power grid.", "JPN 0331 UKR"},
      {"Rwanda signed a defence pact with Mozambique.", "RWA 057 MOZ"},
      {"Kenya and Ethiopia signed a trade agreement in Nairobi.", "KEN 057 ETH"},
      {"Nicaragua restored diplomatic relations with China.", "NIC 054 CHN"},
  });
}

// 06: material cooperation begun, started, resumed: training, exports, shipments, extraditions.
TEST(WireCoverage6, StartedCooperating) {
  ExpectCoded({
      {"Turkey began training Somali troops at a base in Mogadishu.", "TUR 062 SOMMIL"},
      {"British instructors started training Ukrainian marines in England.", "GBR 062 UKR"},
      {"Iran began exporting electricity to Iraq.", "IRN 061 IRQ"},
      {"Kazakhstan started shipping oil to Germany through the Druzhba pipeline.", "KAZ 061 DEU"},
      {"Egypt began supplying gas to Lebanon under the deal.", "EGY 061 LBN"},
      {"China resumed buying Australian coal.", "CHN 061 AUS"},
      {"Azerbaijan began pumping gas to Italy through the new pipeline.", "AZE 061 ITA"},
      {"Mexico handed over 29 cartel suspects to the United States.", "MEX 063 USA"},
      {"Colombia extradited the drug lord to the United States.", "COL 063 USA"},
      {"South Korea and Japan resumed sharing military intelligence.", "KOR 064 JPN"},
      {"China began delivering J-10 fighter jets to Pakistan.", "CHN 072 PAK"},
      {"Poland began sending tanks to Ukraine.", "POL 072 UKR"},
      {"North Korea began sending troops to Russia.", "PRK 074 RUS"},
  });
}

// 07: aid trucked, airlifted, ferried, airdropped, flown, handed over, lent; asylum.
TEST(WireCoverage6, Aid) {
  ExpectCoded({
      {"The United Nations trucked food into northern Gaza.", "IGOUNO 073 PSE"},
      {"Jordan airlifted medical supplies to Gaza.", "JOR 073 PSE"},
      {"Turkey ferried humanitarian aid to earthquake survivors in Syria.", "TUR 073 SYR"},
      {"The United States airdropped food into Gaza.", "USA 073 PSE"},
      {"Saudi Arabia flew tonnes of relief supplies to Sudan.", "SAU 073 SDN"},
      {"The World Food Programme trucked food into Ethiopia's Tigray region.", "IGOUNOWFP 073 ETH"},
      {"India shipped 20,000 tonnes of food aid to Afghanistan.", "IND 073 AFG"},
      {"The Red Cross delivered medicine to hospitals in Gaza.", "NGOHLHIRC 073 PSE"},
      {"Germany handed over Patriot air defence systems to Ukraine.", "DEU 072 UKR"},
      {"Britain handed over a dozen armoured vehicles to Ukraine's army.", "GBR 072 UKRMIL"},
      {"The United States resumed sending weapons to Israel.", "USA 072 ISR"},
      {"North Korea started shipping artillery shells to Russia.", "PRK 072 RUS"},
      {"Iran began supplying drones to Russia.", "IRN 072 RUS"},
      {"China extended a $2 billion loan to Sri Lanka.", "CHN 071 LKA"},
      {"Japan provided $500 million in loans to the Philippines.", "JPN 071 PHL"},
      {"The European Union pledged 50 million euros in humanitarian aid for Sudan.", "IGOEUREEC 0333 SDN"},
      {"Mexico granted asylum to the former Peruvian prime minister.", "MEX 075 PER"},
      {"Kenya sent 400 police officers to Haiti.", "KEN 074 HTI"},
      {"Qatar ferried medical supplies to Gaza via Egypt.", "QAT 073 PSE"},
  });
}

// 08: freed, returned, eased, lifted, withdrew, began pulling back, handed control over.
TEST(WireCoverage6, Yield) {
  ExpectCoded({
      {"Israel freed 39 Palestinian prisoners under the truce deal.", "ISR 0841 PSE"},
      {"Hamas began releasing hostages under the truce.", "PSEREB 0841"},
      {"The Taliban released a British couple detained in Afghanistan.", "AFGGOV 084"},
      {"Armenia returned three captured Azerbaijani soldiers.", "ARM 0841 AZEMIL"},
      {"Russia began releasing Ukrainian prisoners of war under the deal.", "RUS 0841 UKRMIL"},
      {"Washington lifted sanctions on Syria's central bank.", "USA 085 SYR"},
      {"Iran allowed IAEA inspectors to visit its nuclear sites.", "IRN 0862 IGOUNOIAE"},
      {"Colombia's government lifted the curfew in Cali.", "COLGOV 0813 COL"},
      {"Israel began withdrawing troops from southern Lebanon.", "ISR 0874 LBN"},
      {"Serbia started withdrawing troops from the border with Kosovo.", "SRB 0874 KSV"},
      {"Russia began pulling its forces back from the area around Kyiv.", "RUS 0874 UKR"},
      {"France handed over its last military base in Chad to the Chadian army.", "FRA 0842 TCDMIL"},
      {"The United States handed over control of the air base to Iraqi forces.", "USA 080 IRQMIL"},
      {"Azerbaijan agreed to a ceasefire with Armenian separatists in Karabakh.", "AZE 0871"},
  });
}

// 09-10: investigations opened; demands.
TEST(WireCoverage6, InvestigateAndDemand) {
  ExpectCoded({
      {"South African police are investigating the murder of a Rwandan dissident.", "ZAFCOP 091 RWAOPP"},
      {"Turkish prosecutors launched an investigation into Israel's raid on the aid flotilla.", "TURJUD 093 ISR"},
      {"Lithuania demanded that Russia hand over the suspects.", "LTU 1013 RUS"},
      {"Poland demanded reparations from Germany for the Second World War.", "POL 103 DEU"},
      {"China demanded that the Philippines remove its warship from the shoal.", "CHN 100 PHL"},
      {"Iraq's parliament demanded the withdrawal of US troops.", "IRQLEG 1056 USAMIL"},
      {"Ukraine demanded that Russia return the deported children.", "UKR 10"},
  });
}

// 11: criticism, accusations, official protests lodged, ambassadors summoned, lawsuits, verdicts.
TEST(WireCoverage6, Disapprove) {
  ExpectCoded({
      {"Germany criticised China's support for Russia's war.", "DEU 111 CHN"},
      {"Pakistan blamed India for the bombing in Balochistan.", "PAK 1123 IND"},
      {"South Africa accused Israel of genocide in Gaza.", "ZAF 1124 ISR"},
      {"China lodged a protest with Japan over the remarks by its defence minister.", "CHN 114 JPN"},
      {"India lodged a strong protest with Pakistan over the ceasefire violation.", "IND 114 PAK"},
      {"Israel summoned the Spanish ambassador over the minister's comments.", "ISR 114 ESPGOV"},
      {"The Netherlands summoned the Iranian ambassador over the plot.", "NLD 114 IRNGOV"},
      {"Azerbaijan lodged a formal protest with France over its arms sales to Armenia.", "AZE 114 FRA"},
      {"Kenya lodged a protest with Uganda over the arrest of its opposition politician.", "KEN 114 UGA"},
      {"Poland summoned Russia's envoy after a missile entered its airspace.", "POL 114 RUSGOV"},
      {"Ukraine filed a lawsuit against Russia at the International Court of Justice.", "UKR 115 RUS"},
      {"A Russian court convicted an American journalist of espionage.", "RUSJUD 116 USAMED"},
  });
}

// 12: offers turned down, requests spurned, plans rejected, recognition refused.
TEST(WireCoverage6, Reject) {
  ExpectCoded({
      {"Ukraine turned down Russia's offer of talks.", "UKR 125 RUS"},
      {"Israel turned down a US request to delay the Rafah operation.", "ISR 120 USA"},
      {"Germany turned down Ukraine's request for Taurus cruise missiles.", "DEU 1222 UKR"},
      {"Hamas rejected Israel's latest ceasefire proposal.", "PSEREB 1246 ISR"},
      {"Iran spurned a US offer of direct talks.", "IRN 125 USA"},
      {"Serbia refused to recognise Kosovo's independence.", "SRB 120 KSV"},
      {"Niger's junta rebuffed calls from ECOWAS to reinstate the ousted president.", "NERGOV 120 IGOWAFWAS"},
      {"North Korea ignored South Korea's offer of aid after the floods.", "PRK 12"},
      {"Hungary blocked the EU's aid package for Ukraine.", "HUN 12"},
      {"Kyiv turned down a Russian proposal for a Christmas truce.", "UKR 1246 RUS"},
      {"Russia's foreign ministry turned down Kyiv's offer of a prisoner swap.", "RUSGOV 12"},
      {"The Philippines turned down China's demand to remove its grounded ship.", "PHL 12"},
      {"Taiwan brushed off China's warnings against foreign interference.", "TWN 120 CHN"},
  });
}

// 13: threats of tariffs, force, closure of straits, retaliation.
TEST(WireCoverage6, Threaten) {
  ExpectCoded({
      {"Russia threatened to target British military facilities.", "RUS 138 GBR"},
      {"Iran threatened to close the Strait of Hormuz if the United States imposed an oil embargo.", "IRN 13"},
      {"China warned Japan of consequences over its remarks on Taiwan.", "CHN 130 JPN"},
      {"The United States threatened to impose tariffs on Mexican steel.", "USA 1312 MEX"},
      {"Turkey threatened to block Sweden's bid to join NATO.", "TUR 130 SWE"},
      {"North Korea threatened to shoot down US spy planes.", "PRK 1384 USASPY"},
      {"Hezbollah threatened to strike Israeli cities if Israel attacked Beirut.", "LBNREB 1384 ISR"},
      {"Beijing warned Manila to stop provoking it in the South China Sea.", "CHN 130 PHL"},
  });
}

// 14: walked off the job, hunger strikes, sit-ins, boycotts, storming and torching.
TEST(WireCoverage6, Protest) {
  ExpectCoded({
      {"Nurses in New Zealand walked off the job to demand higher pay from the government.", "NZLHLH 143 NZLGOV"},
      {"Nigerian teachers walked off the job in protest against the Nigerian government.", "NGAEDU 143 NGAGOV"},
      {"South Korean doctors walked off the job in protest against the government's plan.", "KORHLH 143 KORGOV"},
      {"Belgian dockworkers staged a strike against the government's pension reform.", "BELLAB 1432 BELGOV"},
      {"Doctors in Kenya walked off the job in protest against the Kenyan government's health reforms.",
       "KENHLH 1432 KENGOV"},
      {"A jailed Bahraini activist went on hunger strike in protest against the Bahraini government.",
       "BHROPP 142 BHRGOV"},
      {"Palestinian prisoners went on hunger strike in Israeli jails.", "PSECRM 142 ISR"},
      {"Russia's jailed opposition leader began a hunger strike against the Kremlin.", "RUSOPP 142 RUSGOV"},
      {"Tens of thousands of Georgians rallied in Tbilisi against the government's foreign agents law.",
       "GEO 1412 GEOGOV"},
      {"Bangladeshi students staged a sit-in outside the prime minister's office.", "BGDEDU 141 BGDGOV"},
      {"Kenyan opposition lawmakers boycotted President William Ruto's address to parliament.", "KENOPP"},
      {"Protesters stormed the parliament building in Nairobi.", "KENOPP 145 KENLEG"},
      {"Rioters torched police cars in the suburbs of Paris.", "FRAOPP 145"},
      {"Israeli protesters blocked a highway in Tel Aviv to demand a hostage deal.", "ISROPP 14"},
  });
}

// 15: threat levels raised, officers deployed across, bombers flown near, forces on alert, troops
// massed.
TEST(WireCoverage6, ForcePosture) {
  ExpectCoded({
      {"Norway raised its terror threat level after Islamic State called for attacks on Scandinavian countries.",
       "NOR 151 IMGMUSISI"},
      {"Sweden raised its terror alert to the second-highest level after threats from Islamic State.",
       "SWE 151 IMGMUSISI"},
      {"The French government deployed 45,000 police officers across the country ahead of the protests.",
       "FRAGOV 153 FRA"},
      {"Russia flew strategic bombers near Alaska.", "RUS 150 USA"},
      {"China flew bombers near Japan's southern islands.", "CHN 150 JPN"},
      {"Israel put its army on high alert along the border with Lebanon.", "ISR 152 LBN"},
      {"South Korea placed its military on high alert after North Korea's missile launch.", "KOR 152 PRK"},
      {"Pakistan put its air force on alert after the Indian strikes.", "PAK 152 IND"},
      {"Venezuela deployed troops to its border with Guyana.", "VEN 154 GUY"},
      {"Poland deployed troops along its border with Belarus.", "POL 154 BLR"},
      {"The United States started flying bombers near North Korea.", "USA 150 PRK"},
      {"Russia began flying drones over Poland.", "RUS 150 POL"},
  });
}

// 16: aid frozen and cut off, funding halted, diplomats expelled, ties cut, sanctions slapped,
// imports stopped, talks walked out of.
TEST(WireCoverage6, ReduceRelations) {
  ExpectCoded({
      {"The Netherlands froze aid to Rwanda over its role in eastern Congo.", "NLD 162 RWA"},
      {"The World Bank froze funding to Uganda over its anti-gay law.", "IGOUNODEVWBK 1621 UGA"},
      {"Washington cut off military aid to Egypt after the coup.", "USA 1622 EGY"},
      {"Britain cut off funding to the UN agency for Palestinian refugees.", "GBR 1621 IGOUNO"},
      {"Germany froze development aid to Niger after the coup.", "DEU 1621 NER"},
      {"The European Union froze funding to Hungary over rule-of-law concerns.", "IGOEUREEC 1621 HUN"},
      {"Japan cut off economic aid to Myanmar after the coup.", "JPN 1621 MMR"},
      {"Argentina expelled Iranian diplomats after the bombing verdict.", "ARG 161 IRNGOV"},
      {"Britain slapped sanctions on Iranian officials over the crackdown.", "GBR 163 IRNGOV"},
      {"Kazakhstan stopped exporting oil to Germany.", "KAZ 163 DEU"},
      {"Iran stopped supplying weapons to the Houthis.", "IRN 1622 YEMREB"},
      {"Poland expelled 45 Russian diplomats.", "POL 161 RUS"},
      {"Moldova expelled a Russian diplomat over the drone incidents.", "MDA 161 RUS"},
      {"Nicaragua broke off diplomatic relations with Israel.", "NIC 161 ISR"},
      {"Sweden closed its embassy in Baghdad after protesters stormed it.", "SWE 161 IRQ"},
      {"Russia slapped sanctions on British journalists.", "RUS 163 GBRMED"},
      {"Washington slapped visa bans on Georgian officials.", "USA 163 GEOGOV"},
      {"Japan stopped importing Russian coal.", "JPN 163 RUS"},
      {"Turkey stopped selling arms to Israel.", "TUR 1622 ISR"},
      {"Russia stopped supplying gas to Poland.", "RUS 163 POL"},
      {"Russia walked out of talks with Ukraine.", "RUS 164 UKR"},
      {"The United States pulled out of the nuclear deal with Iran.", "USA 160 IRN"},
      {"Mali's junta ordered the French ambassador to leave the country.", "MLIGOV 161 FRAGOV"},
  });
}

// 17: tankers and fishing boats seized, assets taken, towns taken, arrests, jail terms, censorship,
// curfews, crackdowns, demolitions, deportations begun.
TEST(WireCoverage6, Coerce) {
  ExpectCoded({
      {"Iran seized a Greek tanker in the Gulf of Oman.", "IRN 1711 GRC"},
      {"Russia's navy seized a Ukrainian grain tanker in the Black Sea.", "RUSMIL 1711 UKR"},
      {"India's coast guard seized a Pakistani fishing boat.", "INDMIL 1711 PAK"},
      {"Indonesian authorities seized a Malaysian fishing boat.", "IDNGOV 1711 MYS"},
      {"The Kremlin took control of a Finnish energy company's assets in Russia.", "RUSGOV 1711 FINBUS"},
      {"Venezuelan police arrested an opposition leader in Caracas.", "VENCOP 173 VENOPP"},
      {"Police in Georgia detained dozens of protesters in Tbilisi.", "GEOCOP 173 GEOOPP"},
      {"Israeli police detained a Palestinian journalist in Jerusalem.", "ISRCOP 173 PSEMED"},
      {"Russia jailed a US journalist for espionage.", "RUS 173 USAMED"},
      {"Pakistan's government blocked access to social media across the country.", "PAKGOV 1721 PAK"},
      {"Ethiopia's government shut down the internet in Ethiopia's Amhara region.", "ETHGOV 1721 ETH"},
      {"Iran's government imposed a curfew in Zahedan.", "IRNGOV 1723 IRN"},
      {"Ugandan police fired tear gas at opposition supporters in Kampala.", "UGACOP 175 UGAOPP"},
      {"Iranian security forces opened fire on protesters in Zahedan.", "IRNCOP 175 IRNOPP"},
      {"Israeli forces demolished Palestinian homes in East Jerusalem.", "ISRMIL 1712 PSE"},
      {"Turkey deported hundreds of Syrian refugees.", "TUR 174 SYRREF"},
      {"Venezuela began deporting Colombians.", "VEN 174 COL"},
      {"Pakistan started deporting undocumented Afghans.", "PAK 174 AFG"},
      {"Chinese hackers broke into the email accounts of US officials.", "CHNCRM 176 USAGOV"},
  });
}

// 18: shot dead, blew himself up, abducted, executed, tortured, assassinated.
TEST(WireCoverage6, Assault) {
  ExpectCoded({
      {"Gunmen shot dead a journalist in Tijuana.", "MEXUAF 18"},
      {"Suspected militants shot dead two Pakistani policemen in Peshawar.", "PAKINS 193 PAKCOP"},
      {"A suicide bomber blew himself up among Shiite worshippers in Kabul.", "AFGINS 1831 AFGREL"},
      {"A suicide bomber blew himself up at a crowded market in Mogadishu.", "SOMINS 1831"},
      {"A suicide bomber blew himself up next to a Chinese convoy in Pakistan.", "PAKINS 1831 CHN"},
      {"Gunmen shot dead a Catholic priest in Nigeria.", "NGAUAF 18"},
      {"Islamic State militants took dozens of Iraqi soldiers hostage.", "IMGMUSISIINS 181 IRQMIL"},
      {"Gunmen abducted a Chinese engineer in Nigeria.", "NGAUAF 181 CHN"},
      {"Al-Shabaab militants kidnapped two Kenyan doctors.", "SOMREB 181 KENHLH"},
      {"Hamas took Israeli soldiers hostage.", "PSEREB 181 ISRMIL"},
      {"Russian soldiers executed Ukrainian prisoners of war.", "RUSMIL 1823 UKRMIL"},
      {"Islamic State militants beheaded a Japanese journalist.", "IMGMUSISIINS 1823 JPNMED"},
      {"Iraqi security forces tortured detainees in Mosul.", "IRQCOP 1822 IRQCRM"},
  });
}

// 19: towns taken, positions shelled, cities pounded, sieges, exchanges of fire, strikes begun.
TEST(WireCoverage6, Fight) {
  ExpectCoded({
      {"Russian forces took control of Ukraine's Zaporizhzhia nuclear plant.", "RUSMIL 192 UKR"},
      {"Israeli troops took control of the Rafah crossing on the Gaza side.", "ISRMIL 192 PSE"},
      {"M23 rebels seized control of the town of Rubaya in eastern Congo.", "CODREB 192 COD"},
      {"Russian forces took control of the village of Krynky in Ukraine's Kherson region.", "RUSMIL 192 UKR"},
      {"Houthi rebels took control of the Yemeni capital Sanaa.", "YEMREB 192 YEM"},
      {"Israeli warplanes struck Hezbollah positions in southern Lebanon.", "ISRMIL 195 LBNREB"},
      {"Russia pounded Ukrainian cities with missiles overnight.", "RUS 195 UKR"},
      {"Azerbaijani forces shelled Armenian positions along the border.", "AZEMIL 194 ARM"},
      {"Indian and Pakistani troops exchanged fire across the Line of Control.", "INDMIL 190 PAKMIL"},
      {"Sudan's army bombed RSF positions in Khartoum.", "SDNMIL 195 SDNREB"},
      {"Thai troops fired artillery at Cambodian positions.", "THAMIL 194 KHM"},
      {"Russian forces laid siege to the Ukrainian city of Mariupol.", "RUSMIL 191 UKR"},
      {"Russian forces began shelling the Ukrainian city of Kharkiv again.", "RUSMIL 194 UKR"},
      {"Israel began bombing targets in southern Lebanon.", "ISR 195 LBN"},
      {"Ukraine began attacking Russian oil refineries with drones.", "UKR 190 RUS"},
      {"Houthi rebels fired a missile at a US destroyer in the Red Sea.", "YEMREB 195 USA"},
  });
}

// 20: thousands driven from their homes, chlorine used, massacres.
TEST(WireCoverage6, MassViolence) {
  ExpectCoded({
      {"The Syrian government used chlorine gas against civilians in Douma.", "SYRGOV 2041 SYRCVL"},
      {"Myanmar's army drove thousands of Rohingya civilians from their homes in Rakhine.", "MMRMIL 201 MMRCVL"},
      {"Israel's army forced tens of thousands of Palestinians to flee northern Gaza.", "ISRMIL 201 PSE"},
      {"Islamic State fighters massacred hundreds of Yazidi villagers in Sinjar.", "IMGMUSISI"},
      {"Militiamen massacred dozens of villagers in Congo's Ituri province.", "CODREB 202 CODCVL"},
      {"The RSF drove tens of thousands of Masalit civilians from their homes in West Darfur.", "SDNREB 201 SDNCVL"},
      {"Syrian government forces used chlorine gas against rebels near Damascus.", "SYRMIL 2041 SYRREB"},
  });
}

// The same words in sport, business, weather and everyday news with no political actor or act.
TEST(WireCoverage6, NoPoliticalEvent) {
  ExpectNotCoded({
      {"The striker walked off the pitch after being injured in Madrid.", ""},
      {"The tennis star brushed off an injury scare to reach the final in Melbourne.", ""},
      {"The coach brushed aside questions about his future.", ""},
      {"The tennis player turned down a wildcard for the tournament in Miami.", ""},
      {"The actress turned down the role in the Hollywood film.", ""},
      {"Storms cut off power to thousands of homes in Texas.", ""},
      {"The hurricane drove thousands from their homes in Florida.", ""},
      {"Floods forced thousands of people from their homes in Pakistan.", ""},
      {"Wildfires drove thousands of people from their homes in Greece.", ""},
      {"The carmaker froze hiring at its plants in Germany.", ""},
      {"The bank cut off funding to the coal project.", ""},
      {"The airline began flying to Tokyo in June.", ""},
      {"The retailer began shipping orders to customers in India.", ""},
      {"The startup began exporting software to Brazil.", ""},
      {"The striker shot the ball into the net in the final minute.", ""},
      {"The team seized control of the match in the second half.", ""},
      {"The runner took control of the race on the final lap in Paris.", ""},
      {"The developer handed over the keys to the new stadium in Doha.", ""},
      {"The airline deployed extra staff across its airports in Spain.", ""},
      {"The tanker ran aground off the coast of Alaska.", ""},
      {"The referee sent off two players in the derby in Rome.", ""},
      {"The cyclist attacked on the final climb in the Pyrenees.", ""},
      {"Fans stormed the pitch after the final whistle in Buenos Aires.", ""},
      {"The pop star flew to Tokyo for the concert.", ""},
      {"The Spanish club signed a Brazilian striker.", ""},
      {"The Japanese carmaker recalled 100,000 vehicles in China.", ""},
      {"The company shot down rumours of a takeover by a rival.", ""},
      {"The boxer knocked out his Mexican opponent in Las Vegas.", ""},
      {"The cold snap froze pipes across Scotland.", ""},
      {"The chef went on strike from social media for a month.", ""},
      {"The magician blew himself up on stage in a famous trick.", ""},
      {"The restaurant began training waiters for the new season.", ""},
      {"The museum airlifted the statue to its new home in London.", ""},
      {"The ferry company ferried tourists to the islands off Greece.", ""},
      {"The band slapped a surcharge on concert tickets.", ""},
      {"The bakery summoned its staff to an early meeting.", ""},
      {"The singer lodged a complaint with the hotel about the noise.", ""},
      {"The company raised its profit forecast for the year.", ""},
      {"The logistics firm trucked furniture into the new offices.", ""},
      {"The heatwave raised the threat level for wildfires in Portugal.", ""},
      {"Fans began attacking the referee in Naples.", ""},
      {"The farmer began importing cattle from Brazil.", ""},
      {"The farmer stopped importing cattle from Brazil.", ""},
      {"Thieves broke into the British Museum.", ""},
      {"The hackers broke into the museum's website.", ""},
      {"The council began reviewing its parking rules.", ""},
      {"The club began selling tickets to fans in Spain.", ""},
      {"Germany's football team began training in Qatar.", ""},
      {"The carmaker began shipping electric cars to Europe.", ""},
      {"The pilot began flying drones over the vineyard in France.", ""},
  });
}

// The patterns this pass added keep to their readings.
TEST(WireCoverage6, NewPatternsKeepToTheirReadings) {
  ExpectNotCoded({
      // Drones, shells and bombers supplied, shipped or flown near a country are aid or a show of
      // force, no strike.
      {"Iran began supplying drones to Russia.", "19"},
      {"North Korea started shipping artillery shells to Russia.", "19"},
      {"The United States started flying bombers near North Korea.", "19"},
      {"Russia began flying drones over Poland.", "19"},
      // Armoured vehicles handed over are military aid, nothing returned.
      {"Britain handed over a dozen armoured vehicles to Ukraine's army.", "084"},
      // A NATO bid blocked is no blockade.
      {"Turkey threatened to block Sweden's bid to join NATO.", "1381"},
      // Imports stopped are an embargo, no trade; purchases resumed are trade, no sanction.
      {"Japan stopped importing Russian coal.", "06"},
      {"China resumed buying Australian coal.", "16"},
      // Arms supplies stopped reduce aid; they give none.
      {"Iran stopped supplying weapons to the Houthis.", "07"},
      // A terror threat level raised is a police alert, no military one.
      {"Sweden raised its terror alert to the second-highest level after threats from Islamic State.", "152"},
  });
}

}  // namespace
}  // namespace tidings::extract
