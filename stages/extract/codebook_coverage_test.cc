// The built-in verb dictionary against the CAMEO 1.1b3 codebook, roots 01-10 (the
// cooperative half and demands; codebook_coverage_conflict_test.cc has 11-20): for each
// code, the ordinary ways wire news words it (verbs, phrasal verbs, noun constructions)
// code the event, and the ambiguous uses of the same words do not. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// 01 Make public statement.
TEST(CodebookCoverage, Root01PublicStatements) {
  ExpectCoded({
      {"Turkey issued a statement on Monday on Greece's new maritime law.", "TUR 010 GRC"},
      {"Chile declined to comment on Peru's claims on Monday.", "CHL 011 PER"},
      {"France voiced concern on Monday over Iran's nuclear programme.", "FRA 012 IRN"},
      {"France expressed alarm at Iran's decision to enrich uranium.", "FRA 012 IRN"},
      {"Pakistan expressed deep concern over India's military buildup.", "PAK 012 IND"},
      {"Egypt sounded the alarm over Ethiopia's dam.", "EGY 012 ETH"},
      {"Japan voiced optimism about the talks with China.", "JPN 013 CHN"},
      {"Germany said it was considering Poland's request for more tanks.", "DEU 014 POL"},
      {"Japan is weighing new sanctions against Russia.", "JPN 014 RUS"},
      {"Serbia accepted responsibility for the attack on Kosovo police.", "SRB 015 KSVCOP"},
      {"Turkey admitted responsibility for the downing of a Syrian jet.", "TUR 015 SYR"},
      {"Russia denied Ukraine's accusations on Tuesday.", "RUS 016 UKR"},
      {"Iran rejected the allegations by Israel as baseless.", "IRN 016 ISR"},
      {"Egypt sent condolences to Turkey after the earthquake.", "EGY 018 TUR"},
      {"Kenya offered its condolences to Tanzania over the ferry disaster.", "KEN 018 TZA"},
      {"Japan's prime minister expressed sympathy to Morocco after the earthquake.", "JPNGOV 018 MAR"},
      {"Japan's prime minister received a message of condolence from Morocco's king.", "MARGOV 018 JPNGOV"},
      {"Brazil agreed with Argentina that the bloc needed new rules.", "BRA 019 ARG"},
      {"Germany reaffirmed its support for Israel on Sunday.", "DEU 051 ISR"},
  });
  ExpectNotCoded({
      {"The French actor voiced the lead character in the new film.", ""},
      {"The United States unveiled new sanctions on Russia.", "017"},
      {"Kenya offered its condolences to Tanzania over the ferry disaster.", "03"},
  });
}

// 02 Appeal.
TEST(CodebookCoverage, Root02Appeals) {
  ExpectCoded({
      {"Sweden called on Turkey to ratify its NATO accession.", "SWE 02"},
      {"Greece appealed for closer economic cooperation with China.", "GRC 0211 CHN"},
      {"Colombia asked Ecuador to share intelligence on the gangs.", "COL 0214 ECU"},
      {"Pakistan appealed to China for economic assistance.", "PAK 0231 CHN"},
      {"Lebanon asked France for military aid on Thursday.", "LBN 0232 FRA"},
      {"Germany urged Iran to respect human rights.", "DEU 0243 IRN"},
      {"The United Nations called on Myanmar to hold free elections.", "IGOUNO 0244 MMR"},
      {"Germany urged Serbia to back down in its dispute with Kosovo.", "DEU 025 SRB"},
      {"Kenya urged Somalia on Monday to release the detained fishermen.", "KEN 0253 SOM"},
      {"Venezuela urged Washington to lift sanctions.", "VEN 0254 USA"},
      {"Egypt urged Israel to exercise restraint.", "EGY 0256 ISR"},
      {"Egypt called for a ceasefire between Israel and Hamas.", "EGY 0256"},
      {"Chad called for dialogue with Sudan.", "TCD 026 SDN"},
      {"Turkey called for an end to the fighting between Armenia and Azerbaijan.", "TUR 0256"},
      {"Cuba called for the lifting of US sanctions.", "CUB 0254 USA"},
      {"China urged India and Pakistan to resolve their dispute peacefully.", "CHN 027 IND"},
      {"Kenya urged Ethiopia to accept mediation by the African Union.", "KEN 028 ETH"},
      // press X to / press for; dropping a veto is yielding
      {"Germany pressed Hungary to drop its veto.", "DEU 025 HUN"},
      {"Washington pressed Caracas to free the detained Americans.", "USA 0253 VEN"},
      {"Spain pressed for talks with Morocco over the fishing dispute.", "ESP 026 MAR"},
  });
  ExpectNotCoded({
      {"Germany pressed ahead with its plan to build new gas plants.", ""},
      {"The Kenyan press reported the story on Monday.", ""},
  });
}

// 03 Express intent to cooperate.
TEST(CodebookCoverage, Root03IntentToCooperate) {
  ExpectCoded({
      {"India expressed readiness to cooperate with Bangladesh on flood control.", "IND 030 BGD"},
      {"Japan pledged to boost economic cooperation with India.", "JPN 0311 IND"},
      {"France pledged support for Ukraine's bid to join the European Union.", "FRA 032 UKR"},
      {"Japan pledged $500 million in aid to Ukraine.", "JPN 033 UKR"},
      {"Saudi Arabia promised economic aid to Egypt.", "SAU 0331 EGY"},
      {"Japan pledged $4.5 billion to Ukraine on Tuesday.", "JPN 0331 UKR"},
      {"Germany pledged 500 million euros in military aid to Ukraine.", "DEU 0332 UKR"},
      {"Germany pledged more air defence systems to Ukraine.", "DEU 0332 UKR"},
      {"Japan promised humanitarian aid to Sudan.", "JPN 0333 SDN"},
      {"Iran pledged to comply with the IAEA's demands.", "IRN 035 IGOUNOIAE"},
      {"Ghana promised to release the detained Nigerian traders.", "GHA 0353"},
      {"Russia pledged to withdraw its troops from Moldova.", "RUS 0356 MDA"},
      {"The United States will remove sanctions on Syria.", "USA 0354 SYR"},
      {"Iran said it was ready to hold talks with the United States.", "IRN 036 USA"},
      {"Russia agreed to hold talks with Ukraine in Istanbul.", "RUS 036 UKR"},
      {"Turkey expressed willingness to negotiate with Greece.", "TUR 036 GRC"},
      {"Armenia signalled its readiness to negotiate with Azerbaijan.", "ARM 036 AZE"},
      {"Ethiopia vowed to settle its border dispute with Eritrea.", "ETH 037 ERI"},
      {"Qatar offered to mediate between Israel and Hamas.", "QAT 039"},
      {"Turkey offered to host talks between Russia and Ukraine.", "TUR 039"},
  });
  ExpectNotCoded({
      {"Iran vowed revenge against Israel on Tuesday.", "03"},
      {"Kenyan doctors agreed to end their strike after talks with the government.", "13"},
      {"Kenyan doctors agreed to end their strike after talks with the government.", "16"},
  });
}

// 04 Consult.
TEST(CodebookCoverage, Root04Consultations) {
  ExpectCoded({
      {"Indian and Chinese negotiators held a fresh round of talks on Monday.", "INDGOV 04"},
      {"Russia's president phoned Turkey's president on Tuesday.", "RUSGOV 041 TURGOV"},
      {"Kenya's president held a phone conversation with Uganda's president.", "KENGOV 041 UGAGOV"},
      {"Brazil's president spoke by telephone with Argentina's president.", "BRAGOV 041 ARGGOV"},
      {"Kenya's president received a phone call from Uganda's president.", "UGAGOV 041 KENGOV"},
      {"Germany's chancellor held a video call with Ukraine's president.", "DEUGOV 041 UKRGOV"},
      {"France's president made a two-day visit to Algeria.", "FRAGOV 042 DZA"},
      {"Japan's prime minister made a surprise trip to Ukraine.", "JPNGOV 042 UKR"},
      {"Kenya's foreign minister flew to Ethiopia on Monday.", "KENGOV 042 ETH"},
      {"Japan's prime minister paid a state visit to Vietnam.", "JPNGOV 042 VNM"},
      {"India's prime minister arrived in Moscow on Monday for a two-day visit.", "INDGOV 042 RUS"},
      {"Japan hosted South Korea's president on Monday.", "JPN 043 KORGOV"},
      {"Egypt hosted a Hamas delegation for ceasefire talks.", "EGY 043"},
      {"Oman mediated talks between Iran and the United States.", "OMN 045"},
      {"Qatar brokered a deal between Israel and Hamas.", "QAT 045 ISR"},
      {"Serbia and Kosovo resumed negotiations on Thursday.", "SRB 046 KSV"},
  });
  ExpectNotCoded({
      {"Russia made a large profit from its oil sales to India.", ""},
  });
}

// 05 Engage in diplomatic cooperation.
TEST(CodebookCoverage, Root05DiplomaticCooperation) {
  ExpectCoded({
      {"Serbia hailed China's role in the region.", "SRB 051 CHN"},
      {"Germany voiced support for Ukraine on Monday.", "DEU 051 UKR"},
      {"Germany threw its support behind Ukraine's membership bid.", "DEU 051 UKR"},
      {"Hungary threw its weight behind Serbia's bid to join the European Union.", "HUN 051 SRB"},
      {"China defended Russia's right to protect its security.", "CHN 052 RUS"},
      {"Mexico recognised Palestine as a sovereign state.", "MEX 054 PSE"},
      {"Japan and South Korea restored full diplomatic ties.", "JPN 054 KOR"},
      {"Britain reopened its embassy in Iran on Sunday.", "GBR 054 IRN"},
      {"Japan issued an apology to South Korea over the remarks.", "JPN 055 KOR"},
      {"Norway offered an apology to Pakistan on Friday.", "NOR 055 PAK"},
      {"Britain expressed regret for the deaths of Iraqi civilians.", "GBR 055 IRQCVL"},
      {"Belarus granted amnesty to 30 Lithuanian prisoners.", "BLR 056 LTU"},
      {"Armenia and Azerbaijan signed a peace treaty on Friday.", "ARM 057 AZE"},
      {"Russia struck a deal with Iran on gas supplies.", "RUS 057 IRN"},
  });
  ExpectNotCoded({
      {"Kenya's president threw a party for the national team.", ""},
      {"Russia struck a deal with Iran on gas supplies.", "19"},
      {"Russia forgave Cuba's debt on Friday.", "056"},
      {"Japan expressed regret over China's decision to ban its seafood.", "055"},
  });
}

// 06 Engage in material cooperation.
TEST(CodebookCoverage, Root06MaterialCooperation) {
  ExpectCoded({
      {"China and Brazil expanded trade ties on Monday.", "CHN 061 BRA"},
      {"Russia and China conducted joint naval exercises in the Sea of Japan.", "RUS 062 CHN"},
      {"The United States trained Ukrainian soldiers in Germany.", "USA 062 UKRMIL"},
      {"Spain extradited a Colombian drug lord to the United States.", "ESP 063 USA"},
      {"Morocco handed over a French fugitive to Paris.", "MAR 063 FRA"},
      {"France shared intelligence with Mali on Monday.", "FRA 064 MLI"},
      {"Israel passed intelligence to Jordan about the plot.", "ISR 064 JOR"},
      {"The United States tipped off Russia about the planned attack.", "USA 064 RUS"},
  });
  ExpectNotCoded({
      {"Germany passed a law on migration on Friday.", ""},
  });
}

// 07 Provide aid.
TEST(CodebookCoverage, Root07Aid) {
  ExpectCoded({
      {"Turkey sent aid to Syria after the earthquake.", "TUR 070 SYR"},
      {"The World Bank approved a $300 million loan to Kenya.", "IGOUNODEVWBK 071 KEN"},
      {"China lent Pakistan $2 billion on Monday.", "CHN 071 PAK"},
      {"The International Monetary Fund bailed out Sri Lanka in 2023.", "IGOBUSIMF 071 LKA"},
      {"Germany transferred air defence systems to Ukraine.", "DEU 072 UKR"},
      {"Germany provided 50 million euros in humanitarian aid to Sudan.", "DEU 073 SDN"},
      {"Russia forgave Cuba's debt on Friday.", "RUS 071 CUB"},
      {"Germany delivered air defence systems to Ukraine.", "DEU 072 UKR"},
      {"Iran supplied drones to Russia.", "IRN 072 RUS"},
      {"Ukraine received its first F-16 jets from Denmark.", "DNK 072 UKR"},
      {"The United Arab Emirates gave $10 billion to Egypt.", "ARE 071 EGY"},
      {"Saudi Arabia airlifted medical supplies to Sudan.", "SAU 073 SDN"},
      {"Kenya received humanitarian aid from Japan.", "JPN 073 KEN"},
      {"France deployed troops to Niger on Friday.", "FRA 074 NER"},
      {"Canada granted asylum to a Chinese dissident.", "CAN 075 CHNOPP"},
      {"Jordan dropped food parcels over Gaza on Tuesday.", "JOR 073 PSE"},
  });
  ExpectNotCoded({
      {"Egypt delivered a protest note to Ethiopia on Monday.", "07"},
      {"Qatar provided fuel to Gaza in 2023.", "08"},
      {"Belarus granted amnesty to 30 Lithuanian prisoners.", "07"},
  });
}

// 08 Yield.
TEST(CodebookCoverage, Root08Yield) {
  ExpectCoded({
      {"Serbia made concessions to Kosovo on Friday.", "SRB 080 KSV"},
      {"Greece caved in to Turkey's demands.", "GRC 080 TUR"},
      {"Kenya bowed to pressure from the International Monetary Fund.", "KEN 080 IGOBUSIMF"},
      {"Armenia agreed to Azerbaijan's demands on Friday.", "ARM 080 AZE"},
      {"Ukraine handed back the bodies of Russian soldiers.", "UKR 0841 RUSMIL"},
      {"Greece gave in to Turkey's demands.", "GRC 080 TUR"},
      {"Hungary dropped its opposition to Sweden's membership.", "HUN 080 SWE"},
      {"Iran freed a French citizen on Monday.", "IRN 0841 FRA"},
      {"Russia and Ukraine swapped prisoners on Friday.", "RUS 0841 UKR"},
      {"Russia returned three ships to Ukraine.", "RUS 0842 UKR"},
      {"The United States removed sanctions on Syria.", "USA 085 SYR"},
      {"The United States waived sanctions on Iraq.", "USA 085 IRQ"},
      {"Washington removed Cuba from its terrorism blacklist.", "USA 085 CUB"},
      {"The European Union revoked sanctions on Belarus.", "IGOEUREEC 085 BLR"},
      {"Egypt unbanned an opposition party on Monday.", "EGY 0812 EGYOPP"},
      {"Sudan granted UN inspectors access to the camps.", "SDN 086"},
      {"Israel lifted the blockade of Gaza.", "ISR 0872"},
      {"Armenia withdrew its troops from the border.", "ARM 0874"},
      {"Russia pulled its troops out of Georgia.", "RUS 0874 GEO"},
  });
  ExpectNotCoded({
      {"Rescuers pulled survivors from the rubble in Turkey.", ""},
      {"The company removed the app from its online store.", ""},
  });
}

// 09 Investigate.
TEST(CodebookCoverage, Root09Investigate) {
  ExpectCoded({
      {"Kenya set up a commission of inquiry into the killings of protesters by police.", "KEN 09"},
      {"Brazil launched an investigation into the killing of a British journalist.", "BRA 09"},
      {"Russian prosecutors opened a criminal case against a Latvian journalist.", "RUSJUD 091 LVAMED"},
  });
}

// 10 Demand.
TEST(CodebookCoverage, Root10Demand) {
  ExpectCoded({
      {"Iran issued a demand to Britain for the return of the tanker.", "IRN 10"},
      {"Ukraine demanded more financial aid from the European Union.", "UKR 1031"},
      {"Russia demanded talks with NATO on security guarantees.", "RUS 106 IGOWSTNAT"},
      {"Brazil demanded that Venezuela comply with the ruling.", "BRA 105 VEN"},
      {"The United States stepped up pressure on Iran.", "USA 100 IRN"},
      {"Ukraine demanded that Russia withdraw its troops.", "UKR 1056 RUS"},
      {"Lebanon demanded that Israel stop its attacks.", "LBN 1056 ISR"},
  });
}

}  // namespace
}  // namespace tidings::extract
