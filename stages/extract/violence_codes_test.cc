// CodeOfKilling: CAMEO's 186, 180 and 202 for non-state armed actors killing public figures
// and civilians.
#include "extract/violence_codes.h"

#include <gtest/gtest.h>

namespace tidings::extract {
namespace {

TEST(ViolenceCodes, ArmedGroupsKillingCiviliansUseUnconventionalViolence) {
  EXPECT_EQ(CodeOfKilling("190", "BFAUAF", "BFAREL", Victims{14, false, false}), "180");  // gunmen, worshippers
  EXPECT_EQ(CodeOfKilling("190", "BFAINS", "---CVL", Victims{9, false, false}), "180");   // country not yet known
  EXPECT_EQ(CodeOfKilling("190", "IMGMUSISIREB", "CODCVL", Victims{0, false, false}), "180");
  EXPECT_EQ(CodeOfKilling("190", "HTICRM", "HTIEDU", Victims{3, false, false}), "180");
}

TEST(ViolenceCodes, AStateKillingOneNamedLeaderAssassinates) {
  Victims leader{0, true, false};
  leader.person = leader.leader = true;
  EXPECT_EQ(CodeOfKilling("190", "ISR", "LBNREB", leader), "186");     // killed Hezbollah's leader
  EXPECT_EQ(CodeOfKilling("190", "UKRSPY", "RUSMIL", leader), "186");  // killed a general
  EXPECT_EQ(CodeOfKilling("193", "ISRMIL", "PSEREB", leader), "193") << "shooting: fighting, as written";
  Victims minister{0, true, false};
  minister.person = true;
  EXPECT_EQ(CodeOfKilling("190", "RUSMIL", "UKRGOV", minister), "186");
  EXPECT_EQ(CodeOfKilling("190", "RUSMIL", "UKRMIL", minister), "190") << "a soldier named: no leader";
  EXPECT_EQ(CodeOfKilling("190", "RUSMIL", "UKRGOV", Victims{0, true, false}), "190") << "no one named";
  EXPECT_EQ(CodeOfKilling("190", "ISR", "LBNREB", Victims{3, false, false}), "190");
}

TEST(ViolenceCodes, FortyVictimsOrAMassacreIsAMassKilling) {
  EXPECT_EQ(CodeOfKilling("190", "ETHREB", "ETHCVL", Victims{100, false, false}), "202");
  EXPECT_EQ(CodeOfKilling("190", "ETHREB", "ETHCVL", Victims{40, false, false}), "202");
  EXPECT_EQ(CodeOfKilling("190", "ETHREB", "ETHCVL", Victims{39, false, false}), "180");
  EXPECT_EQ(CodeOfKilling("190", "CODUAF", "CODCVL", Victims{20, false, true}), "202");
}

TEST(ViolenceCodes, KillingOnePublicFigureIsAnAssassination) {
  Victims one{0, true, false};
  EXPECT_EQ(CodeOfKilling("193", "CMRSEP", "CMRGOV", one), "186");  // shot dead the mayor
  EXPECT_EQ(CodeOfKilling("190", "HNDUAF", "HNDMED", one), "186");  // killed a journalist
  EXPECT_EQ(CodeOfKilling("190", "HNDUAF", "HNDMED", Victims{3, false, false}), "180");  // three journalists
  EXPECT_EQ(CodeOfKilling("193", "HNDUAF", "HNDMIL", one), "193");  // a soldier: a party to fighting
  EXPECT_EQ(CodeOfKilling("193", "HNDCOP", "HNDOPP", one), "193");  // by the state: not here
  EXPECT_EQ(CodeOfKilling("193", "BFAUAF", "BFACVL", Victims{5, false, false}), "180");
}

TEST(ViolenceCodes, FightingBetweenArmedSidesAndStateForcesStayConventional) {
  EXPECT_EQ(CodeOfKilling("190", "PAKINS", "PAKCOP", Victims{4, false, false}), "190");  // police are a party
  EXPECT_EQ(CodeOfKilling("190", "MLIREB", "RUSMIL", Victims{3, false, false}), "190");
  EXPECT_EQ(CodeOfKilling("190", "NGAMIL", "NGACVL", Victims{30, false, false}), "190");  // a state's forces: not here
  EXPECT_EQ(CodeOfKilling("190", "BFAMIL", "BFACVL", Victims{223, false, false}), "202");  // but forty and more are
  EXPECT_EQ(CodeOfKilling("190", "BFAGOV", "BFACVL", Victims{223, false, false}), "190");  // by its forces
  EXPECT_EQ(CodeOfKilling("190", "SDNMILREB", "SDNCVL", Victims{30, false, false}), "190");
  EXPECT_EQ(CodeOfKilling("190", "SOMREB", "SOMGOVCVL", Victims{2, false, false}), "190");
  EXPECT_EQ(CodeOfKilling("190", "SOMREB", "IGOUNOWFP", Victims{2, false, false}), "190");
  // Only the verb's plain 190: a more specific code stands.
  EXPECT_EQ(CodeOfKilling("1831", "PAKUAF", "PAKCVL", Victims{14, false, false}), "1831");
  EXPECT_EQ(CodeOfKilling("1823", "SOMREB", "SOMCVL", Victims{5, false, false}), "1823");
}

TEST(ViolenceCodes, AnArmedAttackerWoundingANamedPublicFigureAttemptsAnAssassination) {
  Victims leader{0, true, false, true};
  EXPECT_EQ(CodeOfAttemptOnALife("193", "SVKUAF", "SVKGOV", leader), "185");
  EXPECT_EQ(CodeOfAttemptOnALife("190", "PAKUAF", "PAKOPP", leader), "185");
  // Not a body ("the government"), not soldiers, not a state's own forces, not a specific code.
  EXPECT_EQ(CodeOfAttemptOnALife("190", "COLREB", "COLGOV", Victims{0, true, false, false}), "190");
  EXPECT_EQ(CodeOfAttemptOnALife("190", "COLREB", "COLMIL", leader), "190");
  EXPECT_EQ(CodeOfAttemptOnALife("193", "SVKCOP", "SVKOPP", leader), "193");
  EXPECT_EQ(CodeOfAttemptOnALife("195", "SVKUAF", "SVKGOV", leader), "195");
}

TEST(ViolenceCodes, AStatesForceOnItsOwnProtestersIsRepression) {
  EXPECT_EQ(CodeOfForceOnProtesters("190", "MMRMIL", "MMROPP"), "175");
  EXPECT_EQ(CodeOfForceOnProtesters("193", "---MIL", "---OPP"), "175");  // both take the place's country
  EXPECT_EQ(CodeOfForceOnProtesters("193", "IRNCOP", "IRNEDU"), "175");
  EXPECT_EQ(CodeOfForceOnProtesters("193", "ISRMIL", "PSEOPP"), "193");  // another country's
  EXPECT_EQ(CodeOfForceOnProtesters("190", "MMRMIL", "MMRREB"), "190");  // an armed side
  EXPECT_EQ(CodeOfForceOnProtesters("190", "MMRREB", "MMROPP"), "190");  // not the state
  EXPECT_EQ(CodeOfForceOnProtesters("173", "MMRCOP", "MMROPP"), "173");  // arrests stay arrests
}

}  // namespace
}  // namespace tidings::extract
