// The built-in dictionaries against ordinary wire copy, twenty-seventh pass: mass killings and
// the acts told with them. The shootings and beatings a mass killing (202) is told with are how
// it was done, not attacks of their own; other acts told with it (burning homes) and violence on
// others (the soldiers who came to help) stay events. A "who" clause right after people no actor
// names is their act, not the act of the clause's subject; attackers of no country named who raid
// a place, killing people, act on those people; a person "accused of" a crime accuses no one; a
// homemade bomb is a roadside bombing; "in southern Lebanon" is a place, no subject; "snatched
// by gunmen" is an abduction. wire_coverage_test.cc to wire_coverage26_test.cc are the earlier
// passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 20: "killed at least 70 villagers ..., shooting men and hacking women to death" is the one
// mass killing (202); the shooting of some of the same people adds no 193.
TEST(WireCoverage27, AMassKillingSubsumesItsShootings) {
  ExpectExactly("Militiamen killed at least 70 villagers in Mali's Mopti region on Sunday, shooting men and "
                "hacking women to death.",
                {"MLIREB 202 MLICVL"});
  ExpectExactly("Jihadists killed more than 50 civilians in northern Burkina Faso on Friday, shooting worshippers "
                "inside a mosque.",
                {"BFAINS 202 BFACVL"});
  ExpectExactly("Gang members killed at least 60 people in Haiti's capital, shooting residents in their homes.",
                {"HTICRM 202 HTICVL"});
  ExpectNotCoded({
      {"Militiamen killed at least 70 villagers in Mali's Mopti region, shooting men in their homes.", "193"},
  });
}

// 20, 17, 19: what is not violence on the same people stays: homes burnt (1712), soldiers shot
// (193), and another source's shooting; a killing of a dozen is no mass killing.
TEST(WireCoverage27, OtherActsBesideAMassKillingStay) {
  ExpectExactly("Rebels killed at least 60 people in eastern Congo's Ituri province, burning homes.",
                {"CODREB 202 CODCVL", "CODREB 1712 CODCVL"});
  ExpectExactly("Militants killed at least 45 villagers in Burkina Faso, shooting soldiers who came to help.",
                {"BFAINS 202 BFACVL", "BFAINS 193 BFAMIL"});
  ExpectExactly("Gunmen killed more than 100 people in Nigeria's Plateau state, and soldiers later shot two of the "
                "attackers.",
                {"NGAUAF 202 NGACVL", "NGAMIL 193 NGAUAF"});
  ExpectExactly("Gunmen shot dead 12 villagers in Nigeria's Zamfara state on Sunday.", {"NGAUAF 180 NGACVL"});
}

// 12, 19: "killed 52 young men who refused to join them": the refusal is the young men's, whom
// no actor names, not the rebels' (no 120); after an actor, the "who" clause stays its act.
// (The men killed are civilians: wire_coverage59.)
TEST(WireCoverage27, AWhoClauseAfterPeopleNoActorNames) {
  ExpectNotCoded({
      {"Police arrested five men who attacked a mosque in Paris.", ""},
  });
  ExpectExactly("Rebels in Mali killed 52 young men who refused to join their ranks.", {"MLIREB 202 MLICVL"});
  ExpectExactly("Sudan's army chief, who visited Egypt on Monday, thanked Cairo for its support.",
                {"SDNMIL 042 EGY", "SDNMIL 051 EGY"});
  ExpectExactly("Rebels in Mali killed 12 farmers who refused to pay taxes to them.", {"MLIREB 180 MLIAGR"});
}

// 20, 18, 19: attackers of no country named who raid or storm a place of a country, with the toll
// after a comma, act on the people the toll names: 202 for forty or more, 180 below; soldiers
// killed stay a fight with the state's forces; a state's air strike stays on the country.
TEST(WireCoverage27, AttackersOnAPlaceActOnTheToll) {
  ExpectExactly("Gunmen raided three villages in Nigeria's Zamfara state on Sunday, killing at least 60 people.",
                {"NGAUAF 202 NGACVL"});
  ExpectExactly("Gunmen raided a village in Niger, killing 50 people, and then fled.", {"NERUAF 202 NERCVL"});
  ExpectExactly("Armed men attacked a village in Burkina Faso, killing 12 farmers.", {"BFAUAF 180 BFAAGR"});
  ExpectExactly("Gunmen attacked a military base in Mali, killing 20 soldiers.", {"MLIUAF 190 MLIMIL"});
  ExpectExactly("Israeli jets struck a building in Lebanon, killing 12 people.", {"ISRMIL 195 LBN"});
}

// 11: "a man accused of laundering money" is his charge, no accusation by the clause's actor;
// "accused X of" stays one, and after "of" an act's noun the participle is left as it was.
TEST(WireCoverage27, APersonAccusedOfIsNoAccuser) {
  ExpectExactly("Spain extradited to the United States a man accused of laundering money for Mexican cartels.",
                {"ESP 063 USA"});
  ExpectExactly("Police in Kenya arrested a Ugandan man suspected of plotting attacks on Nairobi.",
                {"KENCOP 173 UGA"});
  ExpectExactly("Iran accused Israel of attacking its nuclear sites.", {"IRN 1123 ISR"});
  ExpectExactly("Pakistan has accused India of backing militants.", {"PAK 112 IND"});
  ExpectNotCoded({
      {"The home of a Syrian man convicted of a bombing in the Turkish city of Gaziantep was searched.", "11"},
  });
}

// 18: a vehicle struck or hit by a homemade bomb or an improvised explosive device is a roadside
// bombing (1833) of its owners, not an air strike; a missile stays one (195).
TEST(WireCoverage27, AHomemadeBombIsARoadsideBombing) {
  ExpectExactly("Three Nigerien soldiers were killed when their truck was struck by a homemade bomb planted by "
                "jihadists near Tillaberi.",
                {"NERINS 1833 NERMIL"});
  ExpectExactly("Two Kenyan police officers died when their vehicle was hit by an improvised explosive device planted "
                "by militants near Mandera.",
                {"KENINS 1833 KENCOP"});
  ExpectExactly("A Syrian army post was hit by a missile fired by Israeli jets.", {"ISRMIL 195 SYRMIL"});
}

// 19: "in southern Lebanon" is a place after its preposition, past the direction word: no
// subject of the passive after it, so "when their base in southern Lebanon was hit by fire
// from an Israeli tank" strikes the peacekeepers whose base it is. Active strikes on a place
// keep its country.
TEST(WireCoverage27, ADirectionBeforeAPlaceIsStillAPlace) {
  ExpectExactly("Three U.N. peacekeepers were hurt when their base in southern Lebanon was hit by fire from an "
                "Israeli tank.",
                {"ISRMIL 194 IGOUNOPKO"});
  ExpectExactly("Israeli jets struck targets in southern Lebanon on Monday.", {"ISRMIL 195 LBN"});
  ExpectExactly("Ukrainian drones hit an oil depot in western Russia on Sunday.", {"UKRMIL 1952 RUS"});
}

// 18: "snatched by armed men" in the passive is an abduction (181) as "armed men snatched" is;
// a goal snatched or a phone snatched by a thief codes nothing.
TEST(WireCoverage27, SnatchedByGunmenIsAnAbduction) {
  ExpectExactly("Three Colombian soldiers were snatched from a checkpoint by rebels in Cauca.", {"COLREB 181 COLMIL"});
  ExpectExactly("A Chinese engineer was snatched by gunmen in Nigeria's Ogun state on Friday.", {"NGAUAF 181 CHN"});
  ExpectNotCoded({
      {"Real Madrid snatched a late winner against Bayern Munich.", ""},
      {"A Kenyan journalist's phone was snatched by a thief in Nairobi.", ""},
  });
}

// 20: chloropicrin or a choking agent used against an enemy is chemical warfare (2041); a farmer
// fumigating soil with it codes nothing.
TEST(WireCoverage27, ChloropicrinUsedIsAChemicalWeapon) {
  ExpectExactly("Syrian troops used chloropicrin against rebel fighters near Idlib.", {"SYRMIL 2041 SYRREB"});
  ExpectExactly("Russian forces used a choking agent against Ukrainian soldiers near Avdiivka.", {"RUSMIL 2041 UKRMIL"});
  ExpectNotCoded({{"Farmers in Kenya used chloropicrin to fumigate their soil.", ""}});
}

// 20: an appositive saying what the weapon is (", a nerve agent,") stands between the act and
// the preposition that names whom it is used on; with no such preposition after it, no target.
TEST(WireCoverage27, AWeaponsAppositiveIsSkipped) {
  ExpectExactly("Syrian troops used sarin, a nerve agent, against rebel fighters in Ghouta.", {"SYRMIL 2041 SYRREB"});
  ExpectNotCoded({{"Russian troops used chloropicrin, a choking agent, in the war, Ukraine said.", ""}});
}

// 20: barrel bombs filled with chlorine dropped on fighters are chemical weapons (2041), plain
// barrel bombs an air strike (195); chlorine dropped on a place, killing people, is used on
// them; an objection dropped codes no force.
TEST(WireCoverage27, ChlorineDroppedIsAChemicalWeapon) {
  ExpectExactly("Syrian army helicopters dropped barrel bombs filled with chlorine on rebel fighters near Hama.",
                {"SYRMIL 2041 SYRREB"});
  ExpectExactly("Syrian army helicopters dropped barrel bombs on rebel fighters near Hama.", {"SYRMIL 195 SYRREB"});
  ExpectExactly("Syrian army helicopters dropped chlorine on a district of Aleppo, killing 11 people.",
                {"SYRMIL 2041 SYRCVL"});
  ExpectNotCoded({{"Iraq dropped its objection to the deal.", "20"}});
}

// 20: mortar rounds loaded with a chemical agent fired at fighters are chemical weapons (2041);
// plain mortar rounds are shelling (194).
TEST(WireCoverage27, RoundsLoadedWithAChemicalAgent) {
  ExpectExactly("Myanmar army troops fired mortar rounds loaded with a chemical agent at rebel fighters in Chin state.",
                {"MMRMIL 2041 MMRREB"});
  ExpectExactly("Myanmar army troops fired mortar rounds at rebel fighters in Chin state.", {"MMRMIL 194 MMRREB"});
}

// 20: migrants driven, or a million people forced, out of a country or a province are a mass
// expulsion (201); players forced out of a squad, or tourists out of hotels by a storm, are none.
TEST(WireCoverage27, MigrantsDrivenOutAreAMassExpulsion) {
  ExpectExactly("Pakistan has forced more than one million Afghans out of the country since 2023.", {"PAK 201 AFG"});
  ExpectExactly("Tunisian police drove hundreds of Sudanese migrants out of the city of Sfax.", {"TUNCOP 201 SDNREF"});
  ExpectNotCoded({
      {"The coach forced two players out of the squad.", ""},
      {"A storm forced thousands of tourists out of their hotels in Cancun.", ""},
  });
}

// Agents: armed herders, herdsmen and bandits are an armed band (UAF), not farmers; herders
// alone stay farmers (AGR).
TEST(WireCoverage27, ArmedHerdersAreAnArmedBand) {
  ExpectExactly("Armed herdsmen attacked a village in Nigeria's Benue state, killing 12 farmers.",
                {"NGAUAF 180 NGAAGR"});
  ExpectExactly("Armed bandits kidnapped 30 students from a school in Nigeria's Kaduna state.", {"NGAUAF 181 NGAEDU"});
  ExpectExactly("Herders in Kenya protested against the government's land policy.", {"KENAGR 1412 KENGOV"});
}

}  // namespace
}  // namespace tidings::extract
