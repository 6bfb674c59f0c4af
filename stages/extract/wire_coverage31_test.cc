// Precision of verb patterns against what a noun reports: past "accusations that", "claims
// that", "a report that", the words are the content of the noun, not the verb's object, so a
// pattern that skips words ("* &MILAID") may not reach into them. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// "rejected accusations that its drones had struck...": the rejection is of the accusation
// (016), not of a request for military aid (1222).
TEST(WireCoverage31, WeaponsInsideAReportedClauseAreNoObject) {
  ExpectCoded({
      {"Turkey's foreign ministry on Thursday rejected Iraqi accusations that Turkish artillery had shelled a resort.",
       "TURGOV 016 IRQ"},
      {"Azerbaijan rejected Armenian claims that Azerbaijani drones had struck a school in Syunik.", "AZE 016 ARM"},
      {"Kyrgyzstan rejected Tajik accusations that Kyrgyz drones had bombed a border village.", "KGZ 016 TJK"},
  });
  ExpectNotCoded({
      {"Turkey's foreign ministry on Thursday rejected Iraqi accusations that Turkish artillery had shelled a resort.",
       "12"},
      {"Azerbaijan rejected Armenian claims that Azerbaijani drones had struck a school in Syunik.", "12"},
      {"Kyrgyzstan rejected Tajik accusations that Kyrgyz drones had bombed a border village.", "12"},
  });
}

// The weapons the verb takes itself, and a "that" right after the verb or after "so", stay.
TEST(WireCoverage31, WeaponsTheVerbTakesStay) {
  ExpectCoded({
      {"Hungary rejected a Ukrainian request for artillery shells on Monday.", "HUN 1222 UKR"},
      {"Armenia refused Azerbaijan's request for artillery shells.", "ARM 1222 AZE"},
      {"Poland refused Ukraine's demand for more tanks.", "POL 1222 UKR"},
      {"Kenya warned that it would send troops to the border with Somalia.", "KEN 13"},
      {"Japan agreed to send troops to Australia so that the two armies could train together.", "JPN 03"},
  });
}

}  // namespace
}  // namespace tidings::extract
