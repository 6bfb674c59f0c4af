// The built-in dictionaries against ordinary wire copy, eighteenth pass: idioms the coder did not
// know or misread ("began pulling their fighters / troops out of", "demanded that the
// Constitutional Council / electoral commission annul the results", "ordered the U.N. human
// rights office to close", "will not stand idly by while", "lifted financial sanctions it had
// imposed on", "boarded two navy boats and seized rifles", "would honour all its agreements with"
// (a commitment, no symbolic act), "hacked worshippers to death" (a killing, no cyberattack)), and
// the idioms of the same pass it already coded right ("convicted X of money laundering", "demanded
// that the attorney general resign", "test-fired anti-ship missiles in a show of force aimed at",
// "impounded a charity's rescue ship", "opened fire on a rescue ship run by a charity", "pounded
// each other with artillery", "broke off diplomatic relations with", "suspended a water-sharing
// treaty with", "expelled military advisers", "Shuts Airspace to Indian Airlines"), kept here so
// that they stay right; with the market, business and sport uses of the same words that must code
// nothing. wire_coverage_test.cc to wire_coverage17_test.cc are the earlier passes. Every sentence
// here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 03: agreements and commitments honoured are a commitment to keep cooperating.
TEST(WireCoverage18, AgreementsHonoured) {
  ExpectExactly("Iran said it would honour all its agreements with the International Atomic Energy Agency.",
                {"IRN 030 IGOUNOIAE"});
  ExpectCoded({
      {"Russia said it would honour all its agreements with Turkey on grain shipments.", "RUS 030 TUR"},
      {"France said it would honour its commitments to Lebanon.", "FRA 030 LBN"},
  });
}

// 08: sanctions lifted that the source itself had imposed; fighters and troops pulled out.
TEST(WireCoverage18, SanctionsEasedAndRetreats) {
  ExpectCoded({
      {"The United States lifted financial sanctions it had imposed on Syria.", "USA 085 SYR"},
      {"The European Union lifted financial sanctions it had imposed on Belarusian banks.", "IGOEUREEC 085 BLRBUS"},
      {"The Nigerian army began pulling its troops out of Niger.", "NGAMIL 0874 NER"},
      {"Houthi rebels began pulling their fighters out of Hodeidah, a spokesman said.", "YEMREB 0874 YEM"},
      {"Al Shabaab militants began pulling their fighters out of Kismayo on Monday.", "SOMREB 0874 SOM"},
  });
}

// 10: results to be annulled by a constitutional council or an electoral commission; resignations.
TEST(WireCoverage18, Demands) {
  ExpectCoded({
      {"The Ivorian opposition demanded that the Constitutional Council annul the results of the presidential election.",
       "CIVOPP 1042 CIVJUD"},
      {"Gabon's main opposition party demanded that the electoral commission annul the vote.", "GABOPP 1042 GABGOV"},
      {"Protesters in Tunis demanded that the attorney general resign.", "TUNOPP 1041 TUNJUD"},
      {"Israeli opposition leaders demanded that the attorney general resign on Monday.", "ISROPP 1041 ISRJUD"},
      {"A Nigerian court convicted the former governor of money laundering and sentenced him to six years in prison.",
       "NGAJUD 116 NGAGOV"},
  });
}

// 13, 15: not standing idly by is a warning; missiles test-fired at a rival are a show of force.
TEST(WireCoverage18, WarningsAndShowsOfForce) {
  ExpectCoded({
      {"China warned on Wednesday that it will not stand idly by while the Philippines provokes it in the South China Sea.",
       "CHN 130 PHL"},
      {"Iran said it would not stand idly by while Israel attacks Lebanon.", "IRN 130 ISR"},
      {"North Korea test-fired anti-ship missiles in a show of force aimed at South Korea.", "PRK 150 KOR"},
  });
}

// 16: relations broken off, treaties suspended, advisers expelled, airspace shut, an office closed.
TEST(WireCoverage18, ReducedRelations) {
  ExpectCoded({
      {"Burundi ordered the U.N. human rights office to close, the foreign ministry said.", "BDI 166 IGOUNOHRI"},
      {"Niger broke off diplomatic relations with Ukraine on Tuesday.", "NER 161 UKR"},
      {"India suspended a water-sharing treaty with Pakistan.", "IND 160 PAK"},
      {"Burkina Faso expelled Russian military advisers, the government said.", "BFA 174 RUSMIL"},
      {"Pakistan Shuts Airspace to Indian Airlines", "PAK 172 INDBUS"},
  });
}

// 17, 18, 19: boats boarded and impounded, machete killings, artillery duels, fire on a rescue ship.
TEST(WireCoverage18, Violence) {
  ExpectCoded({
      {"Somali pirates boarded two Kenyan navy boats and seized rifles on Tuesday.", "SOMCRM 1711 KENMIL"},
      {"The Chinese coast guard boarded Philippine navy boats and seized rifles.", "CHNMIL 1711 PHLMIL"},
      {"Italy impounded a German charity's rescue ship after it landed migrants in Lampedusa.", "ITA 1711 DEUNGO"},
      {"Gunmen hacked some of the worshippers to death in a church in Burkina Faso.", "BFAUAF 1823 BFAREL"},
      {"Fulani militants hacked some of the villagers to death in Plateau state.", "NGAINS 1823 NGACVL"},
      {"The Libyan coast guard opened fire on a rescue ship run by a German charity.", "LBYMIL 193 DEUNGO"},
  });
  ExpectExactly("India and Pakistan pounded each other with artillery along the Line of Control.",
                {"IND 194 PAK", "PAK 194 IND"});
}

// Markets, business, sport and travel: no event.
TEST(WireCoverage18, NonPoliticalUses) {
  ExpectNotCoded({
      {"The jobs report put traders on alert for a rate cut.", ""},
      {"The Fed's comments put investors on alert on Wednesday.", ""},
      {"Samsung's new phone is piling pressure on its rival Apple.", ""},
      {"The England cricket team will tour South Africa next year.", ""},
      {"LVMH agreed to buy a fashion house in Milan.", ""},
      {"Kering agreed to buy an Italian fashion house for $4 billion.", ""},
      {"Tourists boarded two ferries to the islands.", ""},
  });
}

}  // namespace
}  // namespace tidings::extract
