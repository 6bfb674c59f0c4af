// The built-in verb dictionary against the CAMEO 1.1b3 codebook, root by root: for each
// code, the ordinary ways wire news words it (verbs, phrasal verbs, noun constructions,
// passives) code the event, and the ambiguous uses of the same words code nothing of it.
// Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

// A phrasing and the event it must code: "SRC CODE TGT", or a prefix of it ("SRC CODE",
// "SRC 04") when the target or the exact code is not the point of the case.
struct Coded {
  const char* text;
  const char* event;
};

// A phrasing that must not code an event whose code starts with `code` ("19": no fight of
// any kind); an empty `code` means no event at all.
struct NotCoded {
  const char* text;
  const char* code;
};

std::vector<std::string> Code(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2024-03-05"));
}

bool Matches(const std::string& triple, const std::string& want) { return triple.rfind(want, 0) == 0; }

void ExpectCoded(const std::vector<Coded>& cases) {
  for (const Coded& c : cases) {
    std::vector<std::string> events = Code(c.text);
    bool found = false;
    for (const std::string& e : events) found = found || Matches(e, c.event);
    EXPECT_TRUE(found) << c.text << "\n  wanted " << c.event << ", got " << ::testing::PrintToString(events);
  }
}

void ExpectNotCoded(const std::vector<NotCoded>& cases) {
  for (const NotCoded& c : cases) {
    std::vector<std::string> events = Code(c.text);
    std::string code = c.code;
    if (code.empty()) {
      EXPECT_THAT(events, ::testing::IsEmpty()) << c.text;
      continue;
    }
    for (const std::string& e : events) {
      std::string got = e.substr(e.find(' ') + 1);
      EXPECT_NE(got.rfind(code, 0), 0u) << c.text << "\n  coded " << e;
    }
  }
}

// 01 Make public statement.
TEST(CodebookCoverage, Root01PublicStatements) {
  ExpectCoded({
      {"Chile declined to comment on Peru's claims on Monday.", "CHL 011 PER"},
      {"France voiced concern on Monday over Iran's nuclear programme.", "FRA 012 IRN"},
      {"France expressed alarm at Iran's decision to enrich uranium.", "FRA 012 IRN"},
      {"Japan voiced optimism about the talks with China.", "JPN 013 CHN"},
      {"Germany said it was considering Poland's request for more tanks.", "DEU 014"},
      {"Serbia accepted responsibility for the attack on Kosovo police.", "SRB 015 KSVCOP"},
      {"Russia denied Ukraine's accusations on Tuesday.", "RUS 016 UKR"},
      {"Iran rejected the allegations by Israel as baseless.", "IRN 016 ISR"},
      {"Egypt sent condolences to Turkey after the earthquake.", "EGY 018 TUR"},
      {"Kenya offered its condolences to Tanzania over the ferry disaster.", "KEN 018 TZA"},
      {"Brazil agreed with Argentina that the bloc needed new rules.", "BRA 019 ARG"},
      {"Poland voiced solidarity with Lithuania on Monday.", "POL 051 LTU"},
      {"China expressed outrage at Japan's decision.", "CHN 111 JPN"},
      {"Egypt sounded the alarm over Ethiopia's dam.", "EGY 012 ETH"},
  });
  ExpectNotCoded({
      {"The French actor voiced the lead character in the new film.", ""},
      {"Kenya offered its condolences to Tanzania over the ferry disaster.", "03"},
  });
}

// 02 Appeal.
TEST(CodebookCoverage, Root02Appeals) {
  ExpectCoded({
      {"Kenya urged Somalia on Monday to release the detained fishermen.", "KEN 0253 SOM"},
      {"Germany pressed Hungary to drop its veto.", "DEU 020 HUN"},
      {"Spain pressed for talks with Morocco over the fishing dispute.", "ESP 026"},
      {"Pakistan appealed to China for economic assistance.", "PAK 0231 CHN"},
      {"Lebanon asked France for military aid on Thursday.", "LBN 0232 FRA"},
      {"Sweden called on Turkey to ratify its NATO accession.", "SWE 02"},
      {"Egypt called for a ceasefire between Israel and Hamas.", "EGY 0256"},
      {"Chad called for dialogue with Sudan.", "TCD 026 SDN"},
  });
  ExpectNotCoded({
      {"Germany pressed ahead with its plan to build new gas plants.", ""},
      {"The Kenyan press reported the story on Monday.", ""},
  });
}

// 03 Express intent to cooperate.
TEST(CodebookCoverage, Root03IntentToCooperate) {
  ExpectCoded({
      {"Japan pledged $500 million in aid to Ukraine.", "JPN 033 UKR"},
      {"Qatar offered to mediate between Israel and Hamas.", "QAT 039"},
      {"Turkey expressed willingness to negotiate with Greece.", "TUR 036 GRC"},
      {"India expressed readiness to cooperate with Bangladesh on flood control.", "IND 030 BGD"},
      {"Armenia signalled its readiness to negotiate with Azerbaijan.", "ARM 036 AZE"},
      {"Ghana promised to release the detained Nigerian traders.", "GHA 0353"},
      {"Russia agreed to hold talks with Ukraine in Istanbul.", "RUS 036 UKR"},
  });
}

// 04 Consult.
TEST(CodebookCoverage, Root04Consultations) {
  ExpectCoded({
      {"France's president made a two-day visit to Algeria.", "FRAGOV 042 DZA"},
      {"Kenya's foreign minister flew to Ethiopia on Monday.", "KENGOV 042 ETH"},
      {"Japan's prime minister paid a state visit to Vietnam.", "JPNGOV 042 VNM"},
      {"Japan hosted South Korea's president on Monday.", "JPN 043 KORGOV"},
      {"Oman mediated talks between Iran and the United States.", "OMN 045"},
      {"Kenya's president held a phone conversation with Uganda's president.", "KENGOV 041 UGAGOV"},
      {"Brazil's president spoke by telephone with Argentina's president.", "BRAGOV 041 ARGGOV"},
      {"Indian and Chinese negotiators held a fresh round of talks on Monday.", "INDGOV 04"},
      {"Japan's prime minister made a surprise trip to Ukraine.", "JPNGOV 042 UKR"},
  });
  ExpectNotCoded({
      {"Russia made a large profit from its oil sales to India.", ""},
  });
}

// 05 Engage in diplomatic cooperation.
TEST(CodebookCoverage, Root05DiplomaticCooperation) {
  ExpectCoded({
      {"Germany threw its support behind Ukraine's membership bid.", "DEU 051 UKR"},
      {"Germany voiced support for Ukraine on Monday.", "DEU 051 UKR"},
      {"Britain reopened its embassy in Iran on Sunday.", "GBR 054 IRN"},
      {"Japan issued an apology to South Korea over the remarks.", "JPN 055 KOR"},
      {"Norway offered an apology to Pakistan on Friday.", "NOR 055 PAK"},
      {"Armenia and Azerbaijan signed a peace treaty on Friday.", "ARM 057 AZE"},
      {"Russia struck a deal with Iran on gas supplies.", "RUS 057 IRN"},
      {"Serbia hailed China's role in the region.", "SRB 051 CHN"},
      {"Hungary threw its weight behind Serbia's bid to join the European Union.", "HUN 051 SRB"},
  });
  ExpectNotCoded({
      {"Kenya's president threw a party for the national team.", ""},
      {"Russia struck a deal with Iran on gas supplies.", "19"},
  });
}

// 06 Engage in material cooperation.
TEST(CodebookCoverage, Root06MaterialCooperation) {
  ExpectCoded({
      {"Russia and China conducted joint naval exercises in the Sea of Japan.", "RUS 062 CHN"},
      {"France shared intelligence with Mali on Monday.", "FRA 064 MLI"},
      {"Spain extradited a Colombian drug lord to the United States.", "ESP 063 USA"},
  });
}

// 07 Provide aid.
TEST(CodebookCoverage, Root07Aid) {
  ExpectCoded({
      {"The World Bank approved a $300 million loan to Kenya.", "IGOUNODEVWBK 071 KEN"},
      {"Germany delivered air defence systems to Ukraine.", "DEU 072 UKR"},
      {"Saudi Arabia airlifted medical supplies to Sudan.", "SAU 073 SDN"},
      {"Canada granted asylum to a Chinese dissident.", "CAN 075 CHNOPP"},
  });
  ExpectNotCoded({
      {"Egypt delivered a protest note to Ethiopia on Monday.", "07"},
  });
}

// 08 Yield.
TEST(CodebookCoverage, Root08Yield) {
  ExpectCoded({
      {"The United States removed sanctions on Syria.", "USA 085 SYR"},
      {"The United States waived sanctions on Iraq.", "USA 085 IRQ"},
      {"Russia and Ukraine swapped prisoners on Friday.", "RUS 0841 UKR"},
      {"Sudan granted UN inspectors access to the camps.", "SDN 086"},
      {"Israel lifted the blockade of Gaza.", "ISR 0872"},
      {"Armenia withdrew its troops from the border.", "ARM 0874"},
      {"Washington removed Cuba from its terrorism blacklist.", "USA 085 CUB"},
      {"Serbia made concessions to Kosovo on Friday.", "SRB 080 KSV"},
  });
  ExpectNotCoded({
      {"The company removed the app from its online store.", ""},
  });
}

// 09 Investigate.
TEST(CodebookCoverage, Root09Investigate) {
  ExpectCoded({
      {"Kenya set up a commission of inquiry into the killings of protesters by police.", "KEN 09"},
      {"Brazil launched an investigation into the killing of a British journalist.", "BRA 09"},
  });
}

// 10 Demand.
TEST(CodebookCoverage, Root10Demand) {
  ExpectCoded({
      {"Ukraine demanded that Russia withdraw its troops.", "UKR 1056 RUS"},
      {"Iran issued a demand to Britain for the return of the tanker.", "IRN 10"},
  });
}

// 11 Disapprove.
TEST(CodebookCoverage, Root11Disapprove) {
  ExpectCoded({
      {"Russia took aim at NATO on Tuesday over its new bases.", "RUS 111"},
      {"China chided Japan over its defence budget.", "CHN 111 JPN"},
      {"Iran castigated Saudi Arabia over the execution.", "IRN 111 SAU"},
      {"Egypt delivered a protest note to Ethiopia on Monday.", "EGY 114 ETH"},
      {"Greece lodged a protest with Turkey over the flights.", "GRC 114 TUR"},
      {"Poland summoned Russia's ambassador on Monday.", "POL 114 RUSGOV"},
      {"China expressed strong dissatisfaction with Japan's decision.", "CHN 110 JPN"},
      {"Turkey tore into Sweden over the burning of the Koran.", "TUR 111 SWE"},
  });
}

// 12 Reject.
TEST(CodebookCoverage, Root12Reject) {
  ExpectCoded({
      {"India ruled out talks with Pakistan on Monday.", "IND 125 PAK"},
      {"Ukraine brushed aside Russia's proposal for a truce.", "UKR 12"},
      {"Israel rejected Egypt's proposal.", "ISR 120 EGY"},
  });
  ExpectNotCoded({
      {"Kenyan police ruled out foul play in the death of the runner.", "12"},
  });
}

// 13 Threaten.
TEST(CodebookCoverage, Root13Threaten) {
  ExpectCoded({
      {"Iran warned Israel of a crushing response.", "IRN 130 ISR"},
      {"Russia threatened to cut gas supplies to Moldova.", "RUS 1312 MDA"},
  });
}

// 14 Protest.
TEST(CodebookCoverage, Root14Protest) {
  ExpectCoded({
      {"Thousands of Kenyans staged a protest against the government's tax bill.", "KEN 141"},
      {"Protesters threw stones at Israeli police in Jerusalem.", "ISROPP 145 ISRCOP"},
      {"Iraqi protesters stormed the parliament in Baghdad on Saturday.", "IRQOPP 145 IRQLEG"},
  });
}

// 15 Exhibit force posture.
TEST(CodebookCoverage, Root15ForcePosture) {
  ExpectCoded({
      {"Poland stepped up patrols along its border with Belarus.", "POL 150 BLR"},
      {"India placed its troops on high alert along the border with Pakistan.", "IND 152 PAK"},
  });
  ExpectNotCoded({
      {"Germany stepped up efforts to cut its gas use.", ""},
  });
}

// 16 Reduce relations.
TEST(CodebookCoverage, Root16ReduceRelations) {
  ExpectCoded({
      {"Ukraine pulled out of talks with Russia on Monday.", "UKR 164 RUS"},
      {"Argentina walked away from talks with Britain.", "ARG 164 GBR"},
  });
  ExpectNotCoded({
      {"Argentina walked away with the trophy on Sunday.", ""},
  });
}

// 17 Coerce.
TEST(CodebookCoverage, Root17Coerce) {
  ExpectCoded({
      {"Belarus locked up opposition activists on Friday.", "BLR 173 BLROPP"},
      {"Kenya placed the former president under house arrest.", "KEN 173 KENELI"},
      {"Iran threw two French journalists in jail on Monday.", "IRN 173 FRAMED"},
  });
}

// 18 Assault.
TEST(CodebookCoverage, Root18Assault) {
  ExpectCoded({
      {"Militants set off a car bomb outside a police station in Kabul.", "AFGINS 1832 AFGCOP"},
  });
  ExpectNotCoded({
      {"The Kenyan delegation set off for the border on Monday.", ""},
  });
}

// 19 Fight.
TEST(CodebookCoverage, Root19Fight) {
  ExpectCoded({
      {"Israeli forces stormed a Palestinian refugee camp on Monday.", "ISRMIL 190 PSE"},
      {"Russia stepped up attacks on Ukraine on Tuesday.", "RUS 190 UKR"},
      {"Turkish warplanes stepped up airstrikes on Kurdish positions in Iraq.", "TURMIL 195 IRQ"},
  });
  ExpectNotCoded({
      {"A storm hit the coast of France on Thursday.", ""},
  });
}

}  // namespace
}  // namespace tidings::extract
