// Weapons and vehicles as the doers of an act, and military postures whose target is named only
// in their reason: "warplanes flattened", "a missile tore into", "rockets crashed into", "was hit
// by a Houthi missile", "destroyed by drones"; "put its air defences on high alert ahead of an
// expected attack by X", "went on heightened alert along the frontier with X", "concentrated
// troops on X's border", "moved to a higher state of readiness as ... cited the threat X poses".
// With the other senses of the same words (earthquakes that flatten, planes that crash, critics
// who tear into a plan, an economy put on alert) that must code nothing. Also: the place of a
// thing struck in a passive, forces moved home "citing" another state's acts (154, not 074),
// the state a show of force is near (not the port hosting it), aircraft models ("Tu-160")
// inside an actor, joint flights near a third state, and bearings ("north of Volgograd") in a
// pattern's gap. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// A weapon that flattens, tears, crashes or smashes into a place strikes that place's country.
TEST(WeaponsPostures, WeaponsAsTheSubject) {
  ExpectCoded({
      {"Saudi warplanes flattened a crowded market in Yemen's northern province of Saada on Tuesday.", "SAUMIL 195 YEM"},
      {"A Russian cruise missile tore into an apartment block in Odesa on Sunday, killing 12 people.", "RUSMIL 195 UKR"},
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

// A passive whose subject is a thing struck in a place no actor names: the place's country.
TEST(WeaponsPostures, PlaceOfWhatWasStruckInAPassive) {
  ExpectCoded({
      {"Several apartment blocks in Zaporizhzhia were hit by Russian missiles on Tuesday.", "RUSMIL 195 UKR"},
      {"Zaporizhzhia was hit by Russian missiles overnight.", "RUSMIL 195 UKR"},
      {"A power plant near Kherson was struck by Russian drones on Sunday.", "RUSMIL 1952 UKR"},
  });
  ExpectNotCoded({
      {"Several homes in Florida were hit by a hurricane on Tuesday.", ""},
      {"Shops in Paris were hit by a wave of strikes on Thursday.", ""},
      {"Several homes in Belgorod were hit by Russian shells fired by mistake.", "19"},
  });
}

// Forces moved on one's own soil because of another state's acts: 154 against that state, not
// protection lent to the island or region they went to (074).
TEST(WeaponsPostures, ForcesMovedHomeBecauseOfAnotherState) {
  ExpectCoded({
      {"Denmark rushed armoured vehicles and several hundred soldiers onto the Baltic island of Bornholm on Friday, "
       "citing a sharp rise in Russian submarine activity.",
       "DNK 154 RUS"},
      {"Greece sent troops to the island of Lesbos, citing Turkish military exercises nearby.", "GRC 154 TUR"},
      {"Sweden sent troops to Gotland over Russian naval activity in the Baltic.", "SWE 154 RUS"},
      {"Japan deployed missile units to its own island of Ishigaki ahead of Chinese naval drills.", "JPN 154 CHN"},
      {"Britain sent troops to Estonia on Monday, citing Russia's aggression.", "GBR 074 EST"},
  });
  ExpectNotCoded({
      {"Norway rushed aid onto the island of Senja after a storm.", ""},
      {"Denmark rushed soldiers onto the island of Bornholm after a storm cut power.", "154"},
      {"Britain sent troops to Estonia on Monday, citing Russia's aggression.", "154"},
  });
}

// A show of force is aimed at the country it is near, not at the port that hosts the ships.
TEST(WeaponsPostures, AShowOfForceIsAimedAtTheCountryItIsNear) {
  ExpectCoded({
      {"China sent a destroyer and a supply ship into the port of Colombo ahead of exercises in the Indian Ocean, a "
       "show of force a few hundred miles from India.",
       "CHN 150 IND"},
      {"Russia sent two warships into Venezuela's port of La Guaira, a show of strength close to the United States.",
       "RUS 150 USA"},
      {"Iran sent two warships to Port Sudan in a show of force aimed at Saudi Arabia.", "IRN 150 SAU"},
  });
  ExpectNotCoded({
      {"A Russian frigate visited Havana for a port call on Tuesday.", ""},
      {"China sent a destroyer and a supply ship into the port of Colombo ahead of exercises in the Indian Ocean, a "
       "show of force a few hundred miles from India.",
       "150 LKA"},
      {"Russia sent two warships into Venezuela's port of La Guaira, a show of strength close to the United States.",
       "150 VEN"},
  });
}

// An aircraft's model between a demonym and its noun ("Russian Tu-160 bombers", "Chinese H-6
// bombers") keeps the two one actor, and a pair of them flying together cooperates.
TEST(WeaponsPostures, AircraftModelsBetweenTheCountryAndItsPlanes) {
  ExpectExactly("Two Russian Tu-160 and two Chinese H-6 bombers flew a joint patrol near Alaska on Thursday.",
                {"RUSMIL 062 CHNMIL", "CHNMIL 062 RUSMIL", "RUSMIL 150 USA", "CHNMIL 150 USA"});
  ExpectCoded({
      {"Two Russian Su-34 bombers flew close to Finland's coast on Monday.", "RUSMIL 150 FIN"},
  });
  ExpectNotCoded({
      {"Two Russian Tu-160 bombers flew a joint patrol over the Sea of Japan.", "062"},
      {"Boeing delivered two 737-800 jets to Ryanair on Monday.", ""},
  });
}

// A bearing from a named place ("north of Volgograd") lengthens no pattern's gap, and a place
// naming the thing struck ("the Saratov oil refinery") is the target's country.
TEST(WeaponsPostures, WeaponsPastABearingAndAPlaceThatNamesTheTarget) {
  ExpectCoded({
      {"Ukrainian forces hit the Saratov oil refinery north of Volgograd with a swarm of long-range drones.",
       "UKRMIL 1952 RUS"},
      {"Ukraine hit an oil depot south-east of Moscow with a swarm of drones overnight.", "UKR 1952 RUS"},
      {"Ukraine hit the Saratov oil refinery with a swarm of long-range drones.", "UKR 1952 RUS"},
  });
  ExpectNotCoded({
      {"A storm hit the Saratov oil refinery north of Volgograd with strong winds on Monday.", ""},
      {"The retailer hit the Kazan market south of Moscow with a swarm of new products.", ""},
  });
}

// Planes or ships of two states flying or sailing together near a third cooperate and show it
// their force; joint drills near it are cooperation alone.
TEST(WeaponsPostures, AJointFlightNearAThirdStateIsAlsoAShowOfForce) {
  ExpectExactly("Russian and Chinese warships sailed a joint patrol close to Japan's coast on Tuesday.",
                {"RUSMIL 062 CHNMIL", "CHNMIL 062 RUSMIL", "RUSMIL 150 JPN", "CHNMIL 150 JPN"});
  ExpectExactly("Russian and Chinese warships held joint drills near Alaska on Monday.",
                {"RUSMIL 062 CHNMIL", "CHNMIL 062 RUSMIL"});
  ExpectNotCoded({
      {"Russian and Chinese bombers flew a joint patrol over the Sea of Japan on Tuesday.", "150"},
      {"Two Russian Tu-160 bombers flew a joint patrol near Japan on Tuesday.", "062"},
  });
}

}  // namespace
}  // namespace tidings::extract
