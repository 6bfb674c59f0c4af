// Weapons and vehicles as the doers of an act, and military postures whose target is named only
// in their reason: "warplanes flattened", "a missile tore into", "rockets crashed into", "was hit
// by a Houthi missile", "destroyed by drones"; "put its air defences on high alert ahead of an
// expected attack by X", "went on heightened alert along the frontier with X", "concentrated
// troops on X's border", "moved to a higher state of readiness as ... cited the threat X poses".
// With the other senses of the same words (earthquakes that flatten, planes that crash, critics
// who tear into a plan, an economy put on alert) that must code nothing. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectNotCoded;

// A weapon that flattens, tears, crashes or smashes into a place strikes that place's country.
TEST(WeaponsPostures, WeaponsAsTheSubject) {
  ExpectCoded({
      {"Saudi warplanes flattened a crowded market in Yemen's northern province of Saada on Tuesday.", "SAUMIL 195 YEM"},
      {"A Russian cruise missile tore into an apartment block in Odesa on Sunday, killing 12 people.", "RUS 195 UKR"},
      {"A barrage of Hamas rockets crashed into the southern Israeli city of Ashkelon on Saturday.", "PSEREB 194 ISR"},
      {"Russian drones smashed into a power station in the Ukrainian city of Kharkiv overnight.", "RUSMIL 1952 UKR"},
  });
}

// The weapon of a passive names the act, whatever the verb: not property destroyed (1712).
TEST(WeaponsPostures, WeaponsAsThePassiveAgent) {
  ExpectCoded({
      {"The Liberian-flagged tanker Ocean Star was struck by a Houthi missile in the Red Sea on Friday.",
       "YEMREB 195 LBR"},
      {"The Panamanian-flagged bulk carrier Sea Pearl was hit by a Houthi missile off Hodeidah on Monday.",
       "YEMREB 195 PAN"},
      {"Warehouses at Ukraine's Black Sea port of Odesa were destroyed by Russian drones overnight.", "RUSMIL 1952 UKR"},
  });
}

// A named armed group's weapons are the group itself, not its military ("Houthi drones": YEMREB).
TEST(WeaponsPostures, ArmedGroupsKeepTheirCode) {
  ExpectCoded({
      {"Houthi drones struck the Greek-flagged tanker Aegean Star off Yemen on Tuesday.", "YEMREB 1952 GRC"},
  });
}

TEST(WeaponsPostures, OtherSensesCodeNothing) {
  ExpectNotCoded({
      {"A 6.4-magnitude earthquake flattened villages across northern Afghanistan on Sunday.", ""},
      {"A small plane crashed into a mountain near Medellin on Friday, killing six people.", ""},
      {"A car ploughed into a crowd at a market in Leipzig on Saturday.", ""},
      {"Iran unveiled its new ballistic missile programme on Monday.", "19"},
      {"The Houston Rockets crashed into the Lakers' defence in the fourth quarter.", ""},
      {"The opposition leader tore into the government's budget plan on Tuesday.", "19"},
  });
}

// Alerts, readiness and build-ups: the state the reason or the border names is the target.
TEST(WeaponsPostures, PosturesAgainstTheStateInTheReason) {
  ExpectCoded({
      {"Egypt put its air defences on high alert ahead of an expected Israeli strike on Iran.", "EGY 152 ISR"},
      {"Lithuania put its air defences on alert ahead of an expected Russian missile strike on Kyiv.", "LTU 152 RUS"},
      {"Poland's army went on maximum alert on Thursday ahead of an expected Belarusian incursion.", "POLMIL 152 BLR"},
      {"Kazakhstan's border guards went on heightened alert along the frontier with Kyrgyzstan after a shooting.",
       "KAZCOP 151 KGZ"},
      {"India has been concentrating troops and tanks along the Line of Actual Control on China's border.",
       "IND 154 CHN"},
      {"Denmark's armed forces moved to a higher state of readiness on Monday as the defence minister cited the "
       "threat Russia poses.",
       "DNKMIL 152 RUS"},
  });
}

TEST(WeaponsPostures, OtherAlertsCodeNothing) {
  ExpectNotCoded({
      {"The central bank put its economy on high alert ahead of the budget vote.", "15"},
      {"The company concentrated its efforts on the Asian market.", ""},
      {"Shares moved to a higher level on Monday as investors cited strong earnings.", ""},
      {"Doctors in Nairobi went on heightened alert after a cholera outbreak.", "15"},
  });
}

}  // namespace
}  // namespace tidings::extract
