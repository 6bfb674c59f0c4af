// The built-in verb dictionary against ordinary wire copy: the verb phrases a reporter
// actually files (datelines, "said on Tuesday", appositives, "had no comment", "was probing",
// "handed over ... to stand trial", "traded fire", "set ablaze"), root by root, with the
// sport, business, weather and crime uses of the same verbs that must code nothing.
// codebook_coverage*_test.cc cover the codebook's plain phrasings, idiom_coverage_test.cc
// the idioms. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01: comments, refusals to comment, responsibility claimed and denied, condolences.
TEST(WireCoverage, Statements) {
  ExpectCoded({
      {"ANKARA (Reuters) - Turkey's foreign ministry had no comment on Greece's complaint on Tuesday.", "TURGOV 011 GRC"},
      {"The Kremlin declined to comment on Finland's decision, a spokesman said on Monday.", "RUSGOV 011 FIN"},
      {"China's foreign ministry refused to be drawn on the report about Taiwan.", "CHNGOV 011 TWN"},
      {"Tehran had little faith in Washington's promises, Iran's foreign minister said on Monday.", "IRN 012 USA"},
      {"Japan's prime minister said he was hopeful that ties with China would improve.", "JPNGOV 013 CHN"},
      {"BUDAPEST (Reuters) - Hungary's prime minister struck an upbeat note about ties with China.", "HUNGOV 013 CHN"},
      {"The Kremlin voiced scepticism about France's peace proposal.", "RUSGOV 012 FRA"},
      {"The White House is weighing new sanctions on Russia, officials said on Tuesday.", "USAGOV 014 RUS"},
      {"Islamic State said it was behind the attack on Iran's consulate in Herat.", "IMGMUSISI 015 IRN"},
      {"Al-Shabaab owned up to the attack on a Turkish military base in Mogadishu.", "SOMREB 015 TUR"},
      {"Hamas took responsibility for the shooting in Tel Aviv on Thursday.", "PSEREB 015"},
      {"Israel denied any role in the killing of the Iranian scientist.", "ISR 016"},
      {"Rwanda dismissed as baseless Congo's claims that it backs the M23 rebels.", "RWA 016 COD"},
      {"France expressed its condolences to Morocco after the earthquake.", "FRA 018 MAR"},
      {"India sees eye to eye with Japan on maritime security, officials said.", "IND 019 JPN"},
  });
  ExpectNotCoded({
      // Someone else saying a group was behind an attack accuses it: no claim.
      {"Pakistan's army said militants based in Afghanistan were behind the bombing of a police station.", "015"},
      {"Japan is behind schedule on its emissions targets, the report said.", ""},
      {"The Kremlin is behind the disinformation campaign, Estonia's prime minister said.", "015"},
  });
}

// 02: requests, calls and pleas.
TEST(WireCoverage, Appeals) {
  ExpectCoded({
      {"The Philippines asked Japan for help in patrolling the South China Sea.", "PHL 023 JPN"},
      {"AMMAN (AP) - Jordan's King Abdullah called on Israel to halt its offensive in Gaza.", "JORGOV 0256 ISR"},
      {"Kenya sought Ethiopia's help in tracking down the militants.", "KEN 023 ETH"},
      {"Ukraine's president renewed his appeal to Germany for more air defence systems on Monday.", "UKRGOV 020 DEU"},
      {"Somalia's president made a plea to Turkey for military help against al-Shabaab.", "SOMGOV 020 TUR"},
      {"Lebanon asked France to press Israel to halt its strikes.", "LBN 020 FRA"},
      {"Pakistan urged the IMF on Wednesday to release the next tranche of its loan.", "PAK 02"},
  });
}

// 03: pledges, offers, readiness.
TEST(WireCoverage, IntentToCooperate) {
  ExpectCoded({
      {"Saudi Arabia pledged $500 million to Yemen's central bank on Tuesday.", "SAU 0331 YEM"},
      {"Pakistan said it was ready to resume talks with India.", "PAK 036 IND"},
      {"ISLAMABAD (Reuters) - Pakistan's prime minister reiterated his offer of talks to India.", "PAKGOV 036 IND"},
      {"China offered to help rebuild Syria, the state news agency said.", "CHN 033 SYR"},
      {"The United States is prepared to ease sanctions on Venezuela if the vote is fair.", "USA 0354 VEN"},
      {"Turkey vowed to stand by Azerbaijan, the Turkish president said.", "TUR 032 AZE"},
      {"Japan agreed to lend Egypt $1 billion, the finance ministry said on Friday.", "JPN 0331 EGY"},
      {"Egypt signalled it was willing to host talks between Sudan's warring generals.", "EGY 03"},
  });
}

// 04: visits, calls, talks, mediation.
TEST(WireCoverage, Consult) {
  ExpectCoded({
      {"Iran's foreign minister flew to Riyadh on Tuesday for talks with Saudi officials.", "IRNGOV 042 SAU"},
      {"KYIV (Reuters) - Britain's foreign secretary arrived in Kyiv on Thursday on an unannounced visit.", "GBRGOV 042 UKR"},
      {"Egypt's president received Jordan's king in Cairo on Monday.", "EGYGOV 043 JORGOV"},
      {"Ukraine's president spoke by telephone with Poland's president on Monday.", "UKRGOV 041 POLGOV"},
      {"Israel's prime minister held a video call with Egypt's president on Sunday.", "ISRGOV 041 EGYGOV"},
      {"Turkey's president phoned his Russian counterpart on Saturday.", "TURGOV 041 RUS"},
      {"BEIRUT (Reuters) - The US envoy met behind closed doors with Lebanon's parliament speaker.", "USAGOV 040 LBNLEG"},
      {"Kenya is mediating between Ethiopia and Eritrea, a Kenyan official said.", "KEN 045 ETH"},
      {"Israel sent a delegation to Cairo for negotiations with Hamas.", "ISR 04"},
      {"Armenia and Azerbaijan held a fresh round of talks in Washington on Tuesday.", "ARM 046 AZE"},
      {"Germany's foreign minister conferred with her French counterpart in Paris.", "DEUGOV 040 FRA"},
      {"China's top diplomat will travel to Moscow next week, the foreign ministry said.", "CHNGOV 036 RUS"},
  });
}

// 05: praise, recognition, ties, agreements.
TEST(WireCoverage, DiplomaticCooperation) {
  ExpectCoded({
      {"OSLO (AP) - Norway formally recognised a Palestinian state on Tuesday.", "NOR 054 PSE"},
      {"Saudi Arabia restored diplomatic ties with Iran after a seven-year rift.", "SAU 054 IRN"},
      {"The United States hailed Kenya's decision to lead the mission in Haiti.", "USA 051 KEN"},
      {"Poland backed Ukraine's bid to join NATO, the Polish president said.", "POL 051 UKR"},
      {"Germany apologised to Namibia for the colonial-era killings.", "DEU 055 NAM"},
      {"Israel and the United Arab Emirates signed a free trade agreement on Tuesday.", "ISR 057 ARE"},
      {"China defended Russia at the United Nations on Monday.", "CHN 052 RUS"},
      {"The European Union commended Senegal for holding a peaceful election.", "IGOEUREEC 051 SEN"},
  });
}

// 06: trade, arms, joint drills, extradition, intelligence sharing.
TEST(WireCoverage, MaterialCooperation) {
  ExpectCoded({
      {"Britain has been passing satellite intelligence to Ukraine, officials said.", "GBR 064 UKR"},
      {"Egypt handed over intelligence on the smugglers to Israel, two security sources said.", "EGY 064 ISR"},
      {"Jordan has been sharing radar data with the United States, officials said.", "JOR 064 USA"},
      {"The Netherlands has been sharing drone footage with Ukraine's military, officials said.", "NLD 064 UKRMIL"},
      {"Turkey handed over a suspect to France to stand trial for the murders.", "TUR 063 FRA"},
      {"Spain extradited a Russian businessman to the United States on Friday.", "ESP 063 USA"},
      {"Brazil sent the former official back to Peru to face charges.", "BRA 063 PER"},
      {"Russia and China held joint naval drills in the Sea of Japan.", "RUS 062 CHN"},
      {"India and Japan expanded trade ties, the commerce ministry said.", "IND 061 JPN"},
      {"Rwanda deployed troops to Mozambique to help it fight insurgents.", "RWA 074 MOZ"},
      {"The United States sent troops to Poland to protect its NATO ally.", "USA 074 POL"},
  });
}

// 07: aid of every kind.
TEST(WireCoverage, Aid) {
  ExpectCoded({
      {"Germany sent 10 tonnes of medical supplies to Gaza on Monday.", "DEU 073 PSE"},
      {"The World Bank approved a $500 million loan to Pakistan.", "IGOUNODEVWBK 071 PAK"},
      {"The United States delivered Patriot missile batteries to Ukraine.", "USA 072 UKR"},
      {"COLOMBO (AP) - India handed over two patrol vessels to Sri Lanka's navy on Monday.", "IND 072 LKAMIL"},
      {"Turkey dispatched rescue teams to Morocco after the earthquake.", "TUR 073 MAR"},
      {"ATHENS (Reuters) - Greece sent firefighting planes to help Turkey battle the wildfires.", "GRC 073 TUR"},
      {"Australia granted asylum to a Chinese dissident, his lawyer said.", "AUS 075"},
      {"Japan shipped emergency relief supplies to Myanmar after the cyclone.", "JPN 073 MMR"},
      {"The European Union earmarked 50 million euros in aid for Sudan.", "IGOEUREEC 071 SDN"},
  });
}

// 08: releases, returns of property, easing, withdrawals, truces.
TEST(WireCoverage, Yield) {
  ExpectCoded({
      {"Britain returned looted bronze artefacts to Nigeria on Tuesday.", "GBR 0842 NGA"},
      {"The Netherlands handed back colonial-era treasures to Sri Lanka.", "NLD 0842 LKA"},
      {"Germany gave back ancient manuscripts to Mali, the culture minister said.", "DEU 0842 MLI"},
      {"Mexico returned 20 stolen pre-Hispanic artefacts to Guatemala.", "MEX 0842 GTM"},
      {"Iraq handed back the bodies of Iranian pilgrims to Iran on Monday.", "IRQ 0841 IRN"},
      {"Serbia's president conceded defeat in the row with Kosovo over licence plates.", "SRBGOV 080 KSV"},
      {"Egypt allowed aid trucks to enter Gaza through the Rafah crossing.", "EGY 0863 PSE"},
      {"The IAEA sent inspectors to Iran's Fordow site on Monday.", "IGOUNOIAE 0862 IRN"},
      {"Iran released a detained French tourist on Friday, the French president said.", "IRN 084 FRA"},
      {"The United States eased sanctions on Venezuelan oil on Wednesday.", "USA 085 VEN"},
      {"The United States waived sanctions on Iran to let Iraq pay for electricity.", "USA 085 IRN"},
      {"Israel pulled its troops out of Khan Younis in southern Gaza.", "ISR 087"},
      {"Armenia handed over four border villages to Azerbaijan, the government said.", "ARM 0842 AZE"},
  });
}

// 09: probes, inquiries, investigations.
TEST(WireCoverage, Investigate) {
  ExpectCoded({
      {"The UN opened an inquiry into the killing of aid workers in Gaza.", "IGOUNO 09"},
      {"The International Criminal Court is looking into reports of war crimes by Russia.", "IGOJUDICC 09"},
      {"The Pentagon was looking into reports that Russian jets had harassed a US drone over Syria.", "USAMIL 093 RUS"},
      {"South Africa launched an investigation into corruption in its police force.", "ZAF 09"},
      {"The European Union opened a probe into Chinese electric car subsidies.", "IGOEUREEC 090 CHN"},
      {"Ukrainian prosecutors were probing Russian troops over the killings in Bucha.", "UKRJUD 091 RUSMIL"},
      {"Kenya set up a commission to look into the police killings of protesters.", "KEN 09"},
  });
}

// 10: demands.
TEST(WireCoverage, Demand) {
  ExpectCoded({
      {"Ukraine demanded that Russia return the deported children.", "UKR 100 RUS"},
      {"Poland demanded war reparations from Germany on Thursday.", "POL 10"},
      {"The United States insisted that Israel must protect civilians in Rafah.", "USA 10"},
      {"Ecuador asked Mexico to hand over the former vice president.", "ECU 0253 MEX"},
      {"Iran's supreme leader demanded the withdrawal of US troops from Iraq.", "IRNGOV 10"},
  });
}

// 11: criticism, blame, complaints, lawsuits.
TEST(WireCoverage, Disapprove) {
  ExpectCoded({
      {"BEIJING (Reuters) - Beijing blasted Tokyo's decision on Tuesday.", "CHN 111 JPN"},
      {"Russia accused Ukraine of shelling the nuclear plant.", "RUS 1123 UKR"},
      {"Human Rights Watch faulted Egypt for its treatment of detainees.", "NGOHRI 111 EGY"},
      {"Azerbaijan blamed Armenia for the attack on its border post.", "AZE 1123 ARM"},
      {"Ukraine's president accused Russia of trying to sabotage the peace summit.", "UKRGOV 112 RUS"},
      {"MANILA (AP) - The Philippines protested to China over the water cannon attack on its vessel.", "PHL 114 CHN"},
      {"South Korea summoned Japan's ambassador on Tuesday to protest the new textbooks.", "KOR 114 JPN"},
      {"Germany's chancellor chided Hungary for blocking aid to Ukraine.", "DEUGOV 111 HUN"},
      {"South Africa took Israel to the International Court of Justice over the war in Gaza.", "ZAF 115 ISR"},
      {"Iran decried the new sanctions by the United States as economic terrorism.", "IRN 111 USA"},
  });
}

// 12: rejections and vetoes.
TEST(WireCoverage, Reject) {
  ExpectCoded({
      {"Russia torpedoed a Security Council resolution on aid to Syria.", "RUS 12"},
      {"The United States blocked a draft resolution on Gaza at the Security Council.", "USA 12"},
      {"China scuppered a UN resolution on North Korea on Thursday.", "CHN 129"},
      {"Russia wielded its veto against a UN resolution on Ukraine.", "RUS 129"},
      {"Russia cast its veto on a UN resolution condemning the annexation.", "RUS 129 IGOUNO"},
      {"Israel rejected Hamas's ceasefire proposal on Tuesday.", "ISR 1246 PSEREB"},
      {"Kosovo's prime minister dismissed calls from the European Union to form Serb municipalities.", "KSVGOV 120 IGOEUREEC"},
      {"Serbia defied pressure from the European Union to impose sanctions on Russia.", "SRB 128 IGOEUREEC"},
      {"Hungary refused to endorse the EU statement on Ukraine.", "HUN 12"},
  });
}

// 13: threats and warnings.
TEST(WireCoverage, Threaten) {
  ExpectCoded({
      {"North Korea threatened to retaliate against South Korea.", "PRK 1384 KOR"},
      {"Russia threatened to cut off gas to Moldova.", "RUS 1312 MDA"},
      {"Russia warned Finland of countermeasures, the foreign ministry said.", "RUS 130 FIN"},
      {"Turkey threatened to block Sweden's bid to join NATO.", "TUR 13"},
      {"China warned the Philippines it would take strong countermeasures.", "CHN 130 PHL"},
      {"Iran threatened Israel with a crushing response on Sunday.", "IRN 130 ISR"},
      {"Iran vowed revenge against Israel for the strike on its consulate.", "IRN 130 ISR"},
  });
  ExpectNotCoded({
      // An air strike avenged is no labour strike threatened.
      {"Iran vowed revenge against Israel for the strike on its consulate.", "133"},
  });
}

// 14: demonstrations, hunger strikes, strikes, blockades.
TEST(WireCoverage, Protest) {
  ExpectCoded({
      {"NAIROBI (Reuters) - Thousands of Kenyan protesters took to the streets on Tuesday against the government's tax hikes.", "KENOPP 141"},
      {"Palestinian prisoners refused food in protest against Israel's detention policy.", "PSECRM 1422 ISR"},
      {"A jailed Iranian activist went on hunger strike against the Iranian government, her family said.", "IRNOPP 142 IRNGOV"},
      {"Opposition lawmakers in Serbia staged a walkout from parliament on Tuesday.", "SRBOPPLEG 14"},
      {"Doctors in Nigeria went on strike against the government on Monday over unpaid wages.", "NGAHLH 143"},
      {"Belgian farmers blocked roads into Brussels with tractors on Thursday.", "BELAGR 144 BEL"},
      {"Opposition supporters marched through Caracas on Saturday.", "VENOPP 141"},
  });
}

// 15: alerts, mobilisation, deployments, drills.
TEST(WireCoverage, ForcePosture) {
  ExpectCoded({
      {"North Korea put its troops on maximum combat alert after South Korea's drills.", "PRK 152 KOR"},
      {"Azerbaijan placed its army on the highest level of combat readiness after clashes with Armenia.", "AZE 152 ARM"},
      {"Iran's military raised its alert level after the Israeli strikes.", "IRNMIL 152"},
      {"Kenyan authorities flooded Nairobi with riot police ahead of the protests.", "KENGOV 153"},
      {"Georgia's government flooded Tbilisi with riot police on the eve of the vote.", "GEOGOV 153"},
      {"Serbia deployed troops along the boundary with Kosovo.", "SRB 154 KSV"},
      {"Russia held nuclear drills near the border with Finland.", "RUS 150 FIN"},
      {"China sent warships to the waters near Taiwan on Saturday.", "CHN 154 TWN"},
  });
}

// 16: expulsions, cuts, suspensions, embargoes.
TEST(WireCoverage, ReduceRelations) {
  ExpectCoded({
      {"NIAMEY (Reuters) - Niger expelled France's ambassador on Thursday.", "NER 161 FRAGOV"},
      {"China halted imports of Japanese seafood after the water release.", "CHN 163 JPN"},
      {"Israel froze tax transfers to the Palestinian Authority.", "ISR 163 PSEGOV"},
      {"The United States suspended military aid to Niger after the coup.", "USA 1622 NER"},
      {"Argentina recalled its ambassador from Israel for consultations.", "ARG 161 ISR"},
      {"Russia kicked out two Estonian diplomats on Friday.", "RUS 161 EST"},
      {"BAMAKO (Reuters) - Mali's junta ordered the French ambassador to leave the country.", "MLIGOV 161 FRAGOV"},
      {"China imposed export curbs on gallium to the United States.", "CHN 163 USA"},
      {"Lithuania closed its border crossings with Belarus on Wednesday.", "LTU 172 BLR"},
  });
}

// 17: arrests, seizures of property, deportations, bans, emergencies.
TEST(WireCoverage, Coerce) {
  ExpectCoded({
      {"ISTANBUL (AP) - Turkish police detained dozens of protesters in Istanbul on Sunday.", "TURCOP 173 TUROPP"},
      {"Russia placed the local assets of Germany's Uniper under temporary state control.", "RUS 1711 DEU"},
      {"Venezuela seized the assets of a US oil company on Tuesday.", "VEN 1711 USA"},
      {"Iran seized a Greek tanker in the Gulf of Oman.", "IRN 1711 GRC"},
      {"Russian hackers breached the email accounts of German lawmakers, Berlin said.", "RUSCRM 176 DEULEG"},
      {"Israeli settlers set fire to Palestinian homes in the West Bank village of Huwara.", "ISRSET 1712 PSE"},
      {"LAHORE, Pakistan (AP) - Pakistani police baton-charged opposition supporters in Lahore.", "PAKCOP 175 PAKOPP"},
      {"Britain deported 50 Albanians on a charter flight to Tirana.", "GBR 174 ALB"},
      {"Pakistan sent thousands of Afghans back across the border.", "PAK 201 AFG"},  // thousands: a mass expulsion
      {"Tunisia expelled hundreds of migrants from Mali into the desert, rights groups said.", "TUN 174 MLI"},
      {"Hong Kong police arrested six pro-democracy activists.", "HKGCOP 173"},
      {"Russia jailed an American journalist for 16 years.", "RUS 173 USAMED"},
      {"Belarus banned the opposition United Civic Party on Tuesday.", "BLR 172"},
      {"Bahrain stripped 30 opposition activists of their citizenship on Tuesday.", "BHR 172 BHROPP"},
      {"Hong Kong authorities shut down the pro-democracy newspaper Apple Daily.", "HKGGOV 1721 HKGMED"},
  });
}

// 18: abductions, beatings, assassinations, bombings.
TEST(WireCoverage, Assault) {
  ExpectCoded({
      {"KANO, Nigeria (Reuters) - Gunmen abducted 20 students in northwestern Nigeria on Friday.", "NGAUAF 181"},
      {"Armed men snatched a Chinese engineer in Pakistan's Sindh province.", "PAKUAF 181 CHN"},
      {"Militants seized a bus carrying 30 passengers in Balochistan.", "PAKINS 181"},
      {"Militants hacked to death three villagers in eastern Congo.", "CODINS 18"},
      {"Taliban fighters beat to death a former Afghan soldier, the United Nations said.", "AFGGOVREB 1823 AFGMIL"},
      {"Al-Shabaab militants rammed a car packed with explosives into an army base in Somalia.", "SOMREB 1832 SOMMIL"},
      {"Militants assassinated a provincial governor in Afghanistan.", "AFGINS 186"},
      {"Islamist militants beat to death two Christian villagers in Nigeria's Plateau state.", "NGAINS 1823"},
      {"Gunmen shot dead a police officer in Pakistan's Khyber Pakhtunkhwa province.", "PAKUAF 193 PAKCOP"},
      {"CULIACAN, Mexico (AP) - Gunmen gunned down a prominent journalist in Mexico's Sinaloa state.", "MEXUAF 18"},
  });
}

// 19: fighting of every kind, ships set ablaze.
TEST(WireCoverage, Fight) {
  ExpectCoded({
      {"Thai and Cambodian soldiers traded gunfire along the disputed border.", "THAMIL 193 KHMMIL"},
      {"Indian and Pakistani troops exchanged fire across the Line of Control.", "INDMIL 190 PAKMIL"},
      {"Russian forces shelled Kharkiv overnight, the Ukrainian governor said.", "RUSMIL 194 UKR"},
      {"Houthi rebels set a British cargo ship ablaze in the Gulf of Aden, the UK military said.", "YEMREB 195 GBR"},
      {"Israeli jets pounded Hezbollah positions in southern Lebanon.", "ISRMIL 195 LBNREB"},
      {"Sudan's army recaptured the city of Wad Madani from the RSF.", "SDNMIL 192 SDNREB"},
      {"Ukrainian drones struck a refinery in Russia's Krasnodar region.", "UKRMIL 1952 RUS"},
      {"The Houthis fired a missile at a US destroyer in the Red Sea.", "YEMREB 195 USA"},
      {"Hezbollah and Israel traded artillery fire across the border on Sunday.", "LBNREB 194 ISR"},
      {"Ukraine's air force shot down 30 Russian drones overnight.", "UKRMIL 190 RUSMIL"},
      {"Azerbaijani forces took control of the Armenian village of Tegh.", "AZEMIL 192 ARM"},
  });
}

// 20: massacres and weapons of mass destruction.
TEST(WireCoverage, MassViolence) {
  ExpectCoded({
      {"Rebels massacred 40 villagers in eastern Congo, the army said.", "CODREB 20"},
      {"Militants slaughtered dozens of villagers in Burkina Faso, survivors said.", "BFAINS 202 BFACVL"},
      {"Syrian government forces used chemical weapons against civilians in Douma.", "SYRMIL 204"},
  });
}

// The same verbs in sport, business, weather and crime with no political actor.
TEST(WireCoverage, NoPoliticalEvent) {
  ExpectNotCoded({
      {"Manchester United beat Arsenal 2-1 on Sunday.", ""},
      {"France thrashed Brazil 4-0 in the women's World Cup on Saturday.", ""},
      {"New Zealand's All Blacks hammered Italy 96-17 in Lyon.", ""},
      {"Striker Harry Kane snatched a late winner for Bayern Munich.", ""},
      {"Real Madrid seized the lead in La Liga with a win over Sevilla.", ""},
      {"The Yankees traded their star pitcher to the Dodgers on Tuesday.", ""},
      {"Shares of Tesla plunged 12 percent on Tuesday.", ""},
      {"Apple shares tumbled after the company cut its sales forecast.", ""},
      {"Toyota recalled 1 million cars over faulty airbags.", ""},
      {"Brazil's Petrobras returned to profit in the second quarter.", ""},
      {"Floods swept through southern Brazil, killing dozens of people.", ""},
      {"Heavy rain flooded the streets of Lagos on Monday.", ""},
      {"Wildfires set hillsides ablaze across Greece on Tuesday.", ""},
      {"A fire set a warehouse ablaze in the port of Durban.", ""},
      {"Temperatures hit a record 48C in New Delhi on Wednesday.", ""},
      {"A man hacked his neighbour to death in a dispute over land, police said.", ""},
      {"Thieves snatched a handbag from a tourist in Rome.", ""},
      {"The film owned the box office over the weekend.", ""},
      {"Investors poured money into technology stocks on Monday.", ""},
      {"Germany's DAX fell 2 percent after weak factory data.", ""},
      {"The airline handed back three leased jets to their owners.", ""},
      {"Kenya's Eliud Kipchoge won the Berlin marathon on Sunday.", ""},
      {"The company said it was looking into reports of a data breach.", ""},
      {"Japan's Naomi Osaka refused to speak to reporters after the match.", ""},
      {"Australia's bowlers traded blows with India's batsmen on the opening day.", ""},
      {"The museum returned the painting to the family of its owner.", ""},
  });
}

// The verbs this pass added code only through their patterns: their other uses code nothing.
TEST(WireCoverage, NewVerbsKeepToTheirPatterns) {
  ExpectNotCoded({
      {"A lightning strike set a fishing boat ablaze off the coast of Kerala.", ""},
      {"Germany set a record for wind power output on Sunday.", ""},
      {"Chinese exporters flooded Europe with cheap steel last year.", ""},
      {"Police in Lagos flooded the area with officers after the robbery.", ""},
      {"The striker torpedoed Arsenal's title hopes with a late own goal.", ""},
      {"Brazil snatched a 2-1 win over Argentina in stoppage time.", ""},
      {"Critics blasted the film as dull and overlong.", ""},
      {"Investigators faulted the pilots for the crash.", ""},
      {"The firm shipped 2 million phones to India last quarter.", ""},
      {"Germany gave back the lead to France in the medal table.", ""},
      // Evacuating one's nationals is a rescue, no military retreat.
      {"India evacuated its nationals from Sudan on Monday.", "08"},
      {"France airlifted its citizens out of Niger.", "07"},
      // Homes set on fire in a village are destroyed property: the village is not taken.
      {"Israeli settlers set fire to Palestinian homes in the West Bank village of Huwara.", "19"},
      {"The club waived the transfer fee for the Brazilian striker.", ""},
  });
}

}  // namespace
}  // namespace tidings::extract
