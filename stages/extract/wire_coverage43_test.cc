// Recall of protests with an implied target, of crowds massing in a square and of agreements an
// actor says it will not renew: a detainee's hunger strike whose purpose names no one is against
// his own government; crowds that packed or filled a square or avenue with a demand protest;
// "would not renew the pact with X" or "will not recognise the election of X" refuses it. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// A protest followed by a demand that names no one ("to demand his release", "to demand higher
// wages") is against the protesters' own government, as the protest alone is. A demand that
// names its addressee still codes the protest towards it.
TEST(WireCoverage43, ProtestWhosePurposeNamesNoOneIsAgainstOwnGovernment) {
  ExpectExactly("Jailed Egyptian activist Alaa Abd El-Fattah began a hunger strike to demand his release.",
                {"EGYOPP 142 EGYGOV"});
  ExpectExactly("Detained Turkish journalists started a hunger strike to demand a fair trial.", {"TURMED 142 TURGOV"});
  ExpectExactly("Kenyan doctors went on strike to demand better pay.", {"KENHLH 143 KENGOV"});
  ExpectCoded({
      {"South Korean truckers went on strike to demand a minimum freight rate.", "KORLAB 143 KORGOV"},
      {"Indian farmers blocked highways to demand guaranteed crop prices.", "INDAGR 144 INDGOV"},
      // (Without a purpose, as before.)
      {"A jailed Bahraini opposition leader started a hunger strike on Monday.", "BHROPP 142 BHRGOV"},
  });
  // A demand that names its addressee keeps coding towards it, no second, implied government.
  ExpectNotCoded({
      {"Nigerian teachers went on strike to demand that the government of Ghana pay their salaries.", "NGAEDU 143 NGAGOV"},
      {"Egyptian workers at the textile factory went on strike to demand their unpaid wages from the company.", ""},
      {"The Chinese firm began a review to demand better terms.", ""},
  });
}

// Crowds that packed or filled a square or an avenue code by the protest block's patterns (a
// purpose or demand), as "packed the streets" does; a crowd of fans, tourists or shoppers there
// is no event.
TEST(WireCoverage43, CrowdsPackingASquareWithADemandProtest) {
  ExpectCoded({
      {"Thousands of Armenian protesters packed the main square in Yerevan to demand the resignation of the prime "
       "minister.",
       "ARMOPP 1411 ARMGOV"},
      {"Thousands of Polish protesters filled the square in Warsaw demanding the resignation of the government.",
       "POLOPP 1411 POLGOV"},
      {"Tens of thousands of Georgian protesters packed a square in Tbilisi to demand new elections.", "GEOOPP 1414"},
  });
  ExpectNotCoded({
      {"Argentine fans packed the main square in Buenos Aires to welcome the national team.", ""},
      {"Thousands of Argentine fans filled the central square in Buenos Aires to celebrate the victory.", ""},
      {"Tourists packed the square in Venice on Saturday.", ""},
      {"Shoppers filled the avenue before Christmas.", ""},
      {"Catholic pilgrims filled the square in Rome to hear the pope.", ""},
  });
}

// An agreement renewed, restored or extended with a party is the agreement (057): "would not
// renew / extend" it refuses it (127), a military cooperation pact that cooperation (062, 1212),
// a ceasefire agreement the ceasefire (0871). Talks resumed on a deal are talks, no renewal.
TEST(WireCoverage43, AgreementRenewedOrRefusedToBeRenewed) {
  ExpectExactly("Niger said it would not renew the defense agreement with France.", {"NER 127 FRA"});
  ExpectExactly("Chad will not extend the security pact with France.", {"TCD 127 FRA"});
  ExpectExactly("The Philippines will not renew the Visiting Forces Agreement with the United States.", {"PHL 127 USA"});
  ExpectCoded({
      {"Egypt said it would not extend the gas deal with Israel.", "EGY 127 ISR"},
      {"Mali said it would not renew the military cooperation agreement with Russia.", "MLI 1212 RUS"},
      {"Mali renewed the military cooperation agreement with Russia.", "MLI 062 RUS"},
      {"Japan restored its trade deal with South Korea.", "JPN 057 KOR"},
      {"Israel extended the ceasefire agreement with Hamas.", "ISR 0871"},
  });
  ExpectNotCoded({
      {"Russia and Turkey resumed talks on the grain deal with Ukraine.", "05"},
      {"The club said it would not renew the contract with its coach.", ""},
      {"Germany will not renew the contract of its coach.", ""},
      {"Adidas will not renew its sponsorship deal with the German football federation.", ""},
      // A fact, not a stated refusal: "did not renew" reports what happened.
      {"Chad did not extend the security pact with France.", "12"},
  });
}

// Recognising the election of a foreign leader, or its results or outcome, recognises the
// government it makes (054); "will not recognise" it rejects it (120). Within one country it is
// no diplomatic recognition.
TEST(WireCoverage43, ElectionRecognisedOrRefused) {
  ExpectExactly("Argentina will not recognize the election of Nicolas Maduro.", {"ARG 120 VENGOV"});
  ExpectExactly("Peru said it would not recognise Maduro's election.", {"PER 120 VENGOV"});
  ExpectCoded({
      {"Hungary said it would not recognize the results of the Venezuelan election.", "HUN 120 VEN"},
      {"The European Union will not recognize the outcome of the Belarusian vote.", "IGOEUREEC 120 BLR"},
      {"Brazil recognized the election of Nicolas Maduro.", "BRA 054 VENGOV"},
  });
  ExpectNotCoded({
      {"Harris recognized Trump's election.", ""},
      {"The board will not recognize the election of the union leader.", ""},
      {"The party recognised the results of the election.", ""},
      // A fact, not a stated refusal.
      {"Argentina did not recognize the election of Nicolas Maduro.", "12"},
  });
}

}  // namespace
}  // namespace tidings::extract
