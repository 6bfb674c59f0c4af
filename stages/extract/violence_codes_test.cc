// CodeOfKilling: CAMEO's 180 and 202 for non-state armed actors killing civilians.
#include "extract/violence_codes.h"

#include <gtest/gtest.h>

namespace tidings::extract {
namespace {

TEST(ViolenceCodes, ArmedGroupsKillingCiviliansUseUnconventionalViolence) {
  EXPECT_EQ(CodeOfKilling("190", "BFAUAF", "BFAREL", 14, false), "180");  // gunmen, worshippers
  EXPECT_EQ(CodeOfKilling("190", "BFAINS", "---CVL", 9, false), "180");   // country not yet known
  EXPECT_EQ(CodeOfKilling("190", "IMGMUSISIREB", "CODCVL", 0, false), "180");
  EXPECT_EQ(CodeOfKilling("190", "HTICRM", "HTIEDU", 3, false), "180");
}

TEST(ViolenceCodes, FiftyVictimsOrAMassacreIsAMassKilling) {
  EXPECT_EQ(CodeOfKilling("190", "ETHREB", "ETHCVL", 100, false), "202");
  EXPECT_EQ(CodeOfKilling("190", "ETHREB", "ETHCVL", 50, false), "202");
  EXPECT_EQ(CodeOfKilling("190", "ETHREB", "ETHCVL", 49, false), "180");
  EXPECT_EQ(CodeOfKilling("190", "CODUAF", "CODCVL", 20, true), "202");
}

TEST(ViolenceCodes, FightingBetweenArmedSidesAndStateForcesStayConventional) {
  EXPECT_EQ(CodeOfKilling("190", "PAKINS", "PAKCOP", 4, false), "190");  // police are a party
  EXPECT_EQ(CodeOfKilling("190", "MLIREB", "RUSMIL", 3, false), "190");
  EXPECT_EQ(CodeOfKilling("190", "NGAMIL", "NGACVL", 30, false), "190");  // a state's forces: not here
  EXPECT_EQ(CodeOfKilling("190", "SDNMILREB", "SDNCVL", 30, false), "190");
  EXPECT_EQ(CodeOfKilling("190", "SOMREB", "SOMGOVCVL", 2, false), "190");
  EXPECT_EQ(CodeOfKilling("190", "SOMREB", "IGOUNOWFP", 2, false), "190");
  // Only the verb's plain 190: a more specific code stands.
  EXPECT_EQ(CodeOfKilling("1831", "PAKUAF", "PAKCVL", 14, false), "1831");
  EXPECT_EQ(CodeOfKilling("1823", "SOMREB", "SOMCVL", 5, false), "1823");
}

}  // namespace
}  // namespace tidings::extract
