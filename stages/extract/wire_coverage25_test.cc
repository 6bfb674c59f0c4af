// The built-in dictionaries against ordinary wire copy, twenty-fifth pass: military posture and
// coercion. Property destroyed with no owner named belongs to the people of its place, or, for
// an armed group in its own country, to that country's civilians (1712); alerts, readiness and
// exercises (15x, 062). With the other senses of the same words. wire_coverage_test.cc to
// wire_coverage23_test.cc are the earlier passes. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 17: homes or houses burned, torched or demolished with no owner named are the place's
// (1712); an armed group's in a village of its own country are that country's civilians'. Not
// when a pronoun names the owners ("their homes": the people already named), not a state's
// soldiers in an unnamed village, and not a fire's.
TEST(WireCoverage25, PropertyDestroyedWithNoOwnerNamed) {
  ExpectExactly("GOMA, Congo, March 4 (Reuters) - Rebels burned down dozens of houses in a remote village on Monday.",
                {"CODREB 1712 CODCVL"});
  ExpectExactly("Militants torched about 50 homes in Beni.", {"CODINS 1712 COD"});
  ExpectNotCoded({
      {"MAIDUGURI, Nigeria, March 4 (Reuters) - Gunmen shot dozens of villagers and set fire to their homes on "
       "Monday.",
       "17"},
      {"MAIDUGURI, Nigeria, March 4 (Reuters) - Soldiers burned down dozens of houses in a remote village on Monday.",
       ""},
      {"GOMA, Congo, March 4 (Reuters) - Wildfires burned down 300 homes in a remote village on Monday.", ""},
  });
}

// 15: armed forces that went to a heightened state of readiness, went on full or red alert, or
// were placed on the highest state of alert raise their alert (152), against the states whose
// forces the reason names, each of a pair ("as Russian and Belarusian troops massed"); not
// against their own state's, and a market on alert is none.
TEST(WireCoverage25, ReadinessAgainstTheStatesOfTheReason) {
  ExpectExactly("Estonia's army went on full alert on Friday as Russian and Belarusian troops massed near the border.",
                {"ESTMIL 152 RUSMIL", "ESTMIL 152 BLRMIL"});
  ExpectExactly("Serbia's troops moved to a heightened state of readiness near Kosovo.", {"SRBMIL 152 KSV"});
  ExpectExactly("Thailand's army placed its units along the Cambodian border on the highest state of alert.",
                {"THAMIL 152 KHM"});
  ExpectExactly("Finland's army went to a heightened state of readiness as Finnish and Swedish troops began exercises.",
                {"FINMIL 062 SWEMIL", "SWEMIL 062 FINMIL"});
  ExpectNotCoded({{"The stock market went on full alert as investors sold shares.", ""}});
}

// 06: troops of two states that practised or trained (together) in joint exercises held them
// together (062 both ways), with a partner named after "with" only with it; a goalkeeper
// practising penalties with a coach is sport.
TEST(WireCoverage25, PractisedInJointExercises) {
  ExpectExactly("Polish and Lithuanian troops practised river crossings in joint exercises on Wednesday.",
                {"POLMIL 062 LTUMIL", "LTUMIL 062 POLMIL"});
  ExpectExactly("Polish and Lithuanian troops trained together in joint exercises on Wednesday.",
                {"POLMIL 062 LTUMIL", "LTUMIL 062 POLMIL"});
  ExpectExactly("Polish troops practised river crossings in joint exercises with Lithuania on Wednesday.",
                {"POLMIL 062 LTU"});
  ExpectNotCoded({{"Spain's goalkeeper practised penalties with Italy's coach.", ""}});
}

// 15: forces put or placed on (high) alert raise their alert (152); investors, traders or
// residents put on alert by a currency's slide or a storm are no military posture.
TEST(WireCoverage25, OnlyForcesPutOnAlert) {
  ExpectExactly("Japan placed its forces on high alert after North Korea fired a missile.", {"JPN 152 PRK"});
  ExpectNotCoded({
      {"The storm put residents of Florida on alert.", ""},
      {"The rouble's slide put Russian investors on high alert.", ""},
      {"Japan's yen slid past 160 per dollar on Monday, putting traders on alert for intervention by Tokyo.", "15"},
  });
}

// 06: intelligence shared "with X" before what was shared (the names, details of), or a state
// fed satellite imagery or information, is shared with X (064); a coach sharing his team's
// names with reporters, or feeding a teammate the ball, is none.
TEST(WireCoverage25, IntelligenceSharedOrFed) {
  ExpectExactly("Japan shared with Australia details of Chinese naval movements.", {"JPN 064 AUS"});
  ExpectExactly("Britain has been feeding Ukraine's army satellite imagery of Russian positions.", {"GBR 064 UKRMIL"});
  ExpectExactly("The United States fed Kyiv information on Russian troop movements.", {"USA 064 UKR"});
  ExpectNotCoded({
      {"The coach shared with reporters the names of his starting eleven.", ""},
      {"The striker fed his teammate the ball.", ""},
  });
}

// 06: someone handed (over) to a state or its police "to face charges", "for trial" or "where he
// faces charges" is extradited (063); an armband handed over to a goalkeeper is none.
TEST(WireCoverage25, HandedOverToFaceCharges) {
  ExpectExactly("Colombia handed the former senator over to the United States to face drug charges.", {"COL 063 USA"});
  ExpectExactly("Kenya handed the fugitive banker to Nigerian police for trial.", {"KEN 063 NGACOP"});
  ExpectExactly("Spain handed the former minister over to Argentina on Monday, where he faces fraud charges.",
                {"ESP 063 ARG"});
  ExpectNotCoded({{"The coach handed the captain's armband over to the goalkeeper for the final.", ""}});
}

// 15: exercises along a coast or sea that a world region names ("the Caribbean coast") are not
// aimed at the region (a place): at the state whose forces the reason names, else at no one.
TEST(WireCoverage25, ExercisesAtARegionAreAtNoOne) {
  ExpectExactly("Venezuela's navy staged exercises along the Caribbean coast on Wednesday as U.S. warships gathered "
                "offshore.",
                {"VENMIL 150 USAMIL"});
  ExpectExactly("China staged drills near Taiwan.", {"CHN 150 TWN"});
  ExpectNotCoded({{"Iran's navy staged exercises along the Caribbean coast.", ""}});
}

// 06: forces of several countries firing "as part of" or "during" their exercise hold it
// together (062 with each other), no attack on the target ship; fire exchanged by two armies,
// or at protesters during a raid, stays force.
TEST(WireCoverage25, LiveFireInAJointExercise) {
  ExpectExactly("Japanese and American warships fired missiles at a target ship during their joint drills in the "
                "Pacific.",
                {"JPNMIL 062 USAMIL", "USAMIL 062 JPNMIL"});
  ExpectExactly("Indian and Pakistani troops exchanged fire along the Line of Control.",
                {"INDMIL 190 PAKMIL", "PAKMIL 190 INDMIL"});
  ExpectExactly("Israeli troops fired on Palestinian protesters during a raid on Jenin.", {"ISRMIL 193 PSEOPP"});
}

// 17: tear gas and live or rubber "rounds on Saturday" fired at protesters is repression (175):
// "rounds" there is ammunition, no verb "rounds on" (criticism).
TEST(WireCoverage25, LiveRoundsAreNoCriticism) {
  ExpectExactly("Police fired tear gas and rubber rounds on Saturday at protesters in Nairobi.", {"KENCOP 175 KENOPP"});
  ExpectNotCoded({{"Police fired tear gas and rubber rounds on Saturday at protesters in Nairobi.", "11"}});
}

// 17: police firing tear gas at no one named repress the sentence's protesters (175 at them,
// its opposition before its crowds); with no protesters in the sentence it codes nothing.
TEST(WireCoverage25, TearGasAtTheSentencesProtesters) {
  ExpectExactly("LUSAKA, March 4 (Reuters) - Supporters of the opposition leader blocked roads around Lusaka on Monday, "
                "and police fired tear gas to clear the barricades.",
                {"ZMBOPP 144 ZMB", "ZMBCOP 175 ZMBOPP"});
  ExpectExactly("DHAKA, March 4 (Reuters) - Police fired tear gas to break up crowds of young protesters in several "
                "districts of Dhaka on Monday.",
                {"BGDCOP 175 BGDOPP"});
  ExpectNotCoded({{"DHAKA, March 4 (Reuters) - Police fired tear gas on Monday, the ministry said.", ""}});
}

// 17: a news outlet suspended is a curb on the press (1721), not relations reduced; a state's
// cooperation suspended stays 160.
TEST(WireCoverage25, NewsOutletSuspended) {
  ExpectExactly("Mali's junta suspended the BBC on Thursday over its reporting.", {"MLIGOV 1721 GBRMED"});
  ExpectExactly("Russia suspended cooperation with Norway.", {"RUS 160 NOR"});
}

// 17: control of a mine or business seized from a foreign company is property confiscated
// (1711), no territory taken (192); "took temporary control of" X's businesses too. Rebels
// seizing mines in a region name no owner.
TEST(WireCoverage25, MineSeizedFromAForeignCompany) {
  ExpectExactly("Kyrgyzstan seized control of the giant Kumtor gold mine from Canada's Centerra Gold on Monday.",
                {"KGZ 1711 CAN"});
  ExpectExactly("Russia took temporary control on Sunday of the local businesses of Danish brewer Carlsberg.",
                {"RUS 1711 DNKBUS"});
  ExpectNotCoded({{"Rebels seized control of the gold mines in North Kivu.", "19"}});
}

// 17: fishing boats sunk, actively or by a navy vessel, are property destroyed (1712); a
// country's ship sunk by a warship is still force.
TEST(WireCoverage25, FishingBoatsSunk) {
  ExpectExactly("Indonesia sank 12 Vietnamese fishing boats on Saturday.", {"IDN 1712 VNMAGR"});
  ExpectExactly("A Turkish cargo ship was sunk by a Russian warship in the Black Sea.", {"RUSMIL 190 TUR"});
}

// 15: drills where another state claims the place ("islands also claimed by the UAE", "which
// Vietnam also claims") show force to that state (150); its own claim names no one.
TEST(WireCoverage25, DrillsWhereAnotherStateClaims) {
  ExpectExactly("Iran's navy staged drills on Tuesday around three islands that are also claimed by the United Arab "
                "Emirates.",
                {"IRNMIL 150 ARE"});
  ExpectExactly("China's navy held exercises near the Paracel Islands on Monday, which Vietnam also claims.",
                {"CHNMIL 150 VNM"});
  // Claimed by no other state: drills with no target (wire_coverage35_test.cc).
  ExpectExactly("Iran's navy staged drills on Tuesday around three islands that it claims.", {"IRNMIL 150 -"});
  ExpectExactly("Japan's navy held drills near islands claimed by Japan.", {"JPNMIL 150 -"});
}

// 06: a force that began training or schooling another state's sailors or soldiers cooperates
// with it militarily (062), even "in bomb disposal" (no bombing); waiters, its own recruits or
// a football club's training are none.
TEST(WireCoverage25, BeganTrainingAnotherStatesForces) {
  ExpectExactly("The Turkish navy began training Somali sailors on Tuesday under a defence pact.", {"TURMIL 062 SOMMIL"});
  ExpectExactly("The British army has begun schooling 300 Kenyan soldiers in bomb disposal near Nanyuki.",
                {"GBRMIL 062 KENMIL"});
  ExpectNotCoded({
      {"The restaurant began training waiters for the new season.", ""},
      {"The army began training its new recruits.", ""},
      {"Arsenal began training on Monday ahead of their match against Chelsea.", ""},
  });
}

// 06: soldiers of two states that (began) patrolling their border together, or warships
// patrolling alongside ships from an ally, patrol jointly (062); a coast guard patrolling
// alongside another state's fishing boats shows force (150).
TEST(WireCoverage25, PatrolledTogetherOrAlongside) {
  ExpectExactly("Soldiers from Mauritania and Mali have begun patrolling their shared border together.",
                {"MRTMIL 062 MLIMIL", "MLIMIL 062 MRTMIL"});
  ExpectExactly("Polish and Lithuanian soldiers patrolled the border together.", {"POLMIL 062 LTUMIL", "LTUMIL 062 POLMIL"});
  ExpectExactly("German warships patrolled the Baltic alongside ships from Denmark.", {"DEUMIL 062 DNK"});
  ExpectNotCoded({{"Chinese coast guard ships patrolled alongside Philippine fishing boats near the shoal.", "06"}});
}

// 19, 05: "a deal struck last year between the two navies" is a deal made, no strike on
// either; two sides that struck a deal still sign it (057).
TEST(WireCoverage25, ADealStruckIsNoStrike) {
  ExpectNotCoded({{"Uruguay's navy is refitting two ships under a deal struck last year between the two navies.", ""}});
  ExpectExactly("Israel and Hamas struck a deal on Monday.", {"ISR 057 PSEREB", "PSEREB 057 ISR"});
}

// 15: battalions and rocket launchers shifted to a border with X are massed against X (154);
// fighter jets flying along the border with X show it force (150). A company shifting
// production, a president flying near a border, are none.
TEST(WireCoverage25, ShiftedToTheBorderFlewAlongIt) {
  ExpectExactly("Belarus has shifted several battalions of troops and rocket launchers to its border with Ukraine.",
                {"BLR 154 UKR"});
  ExpectExactly("Venezuelan fighter jets flew low along the border with Guyana on Thursday.", {"VENMIL 150 GUY"});
  ExpectNotCoded({
      {"The company shifted its production to its border with Mexico.", ""},
      {"The president flew to a town near the border with Syria.", "15"},
  });
}

// 15: troops massed or concentrated "on X's border" are massed against X (154), as "near" or
// "along" it.
TEST(WireCoverage25, MassedOnAStatesBorder) {
  ExpectExactly("Russia massed troops on Ukraine's border.", {"RUS 154 UKR"});
  ExpectExactly("Azerbaijan has been concentrating troops, artillery and armoured vehicles along the line of contact "
                "and on Armenia's border.",
                {"AZE 154 ARM"});
}

// 15: a state ringed with warships and fighter jets, even in a day-long exercise, is shown force
// (150 at it); fans or police ringing a stadium or parliament with banners or barricades are
// none.
TEST(WireCoverage25, RingedWithWarships) {
  ExpectExactly("China's military ringed Taiwan with warships and fighter jets on Monday in a day-long exercise.",
                {"CHNMIL 150 TWN"});
  ExpectNotCoded({
      {"Fans ringed the stadium with banners.", ""},
      {"Police ringed the parliament with barricades.", ""},
  });
}

// 06: a fugitive extradited, with an appositive between him and "to", goes to the state after
// "to" (063); with no state named, to whom the object is.
TEST(WireCoverage25, ExtraditedPastAnAppositive) {
  ExpectExactly("Colombia extradited Dairo Antonio Usuga, the leader of the Gulf Clan known as Otoniel, to the United "
                "States.",
                {"COL 063 USA"});
  ExpectExactly("Spain extradited a Russian businessman.", {"ESP 063 RUSBUS"});
}

// 17: a dissident rearrested by state security agents is arrested again (173).
TEST(WireCoverage25, Rearrested) {
  ExpectExactly("Jose Daniel Ferrer, Cuba's most prominent dissident, was rearrested by state security agents on Tuesday.",
                {"CUBCOP 173 CUBOPP"});
}

// 06: ", with 8,000 soldiers from 20 countries taking part" is an absolute clause, no partner of
// the exercise: the compound's members hold it with each other (062 both ways); "with
// Australia" right after the exercise is its partner.
TEST(WireCoverage25, WithAfterACommaIsNoPartner) {
  ExpectExactly("Moroccan and U.S. troops kicked off their annual exercise on Monday, with some 8,000 soldiers from 20 "
                "countries taking part.",
                {"MARMIL 062 USAMIL", "USAMIL 062 MARMIL"});
  ExpectExactly("Japan held exercises with Australia on Monday.", {"JPN 062 AUS"});
}

// 06: electricity or coal exports to X resumed are trade with X (061); talks on exports
// resumed are talks.
TEST(WireCoverage25, CommodityExportsResumed) {
  ExpectExactly("Kazakhstan resumed coal exports to Ukraine.", {"KAZ 061 UKR"});
  ExpectExactly("India resumed electricity exports to Bangladesh on Monday.", {"IND 061 BGD"});
  ExpectNotCoded({{"Brazil resumed talks on exports to China.", "06"}});
}

// 15: extra border guards sent to a state's own frontier with X are a police build-up against X
// (153); clashes between two states' border guards stay a fight.
TEST(WireCoverage25, BorderGuardsSentToTheFrontier) {
  ExpectExactly("Poland sent hundreds of extra border guards to its frontier with Belarus on Monday.", {"POL 153 BLR"});
  ExpectExactly("Armed clashes broke out between Kyrgyz and Tajik border guards on Friday.",
                {"KGZCOP 190 TJKCOP", "TJKCOP 190 KGZCOP"});
}

// 17: mobile internet switched off across a region is a restriction of freedoms on the place's
// (or the source's own) country (1721); lights or microphones switched off are none.
TEST(WireCoverage25, InternetSwitchedOff) {
  ExpectExactly("Ethiopian authorities switched off mobile internet across the Amhara region on Friday.",
                {"ETHGOV 1721 ETH"});
  ExpectNotCoded({
      {"He switched off the lights.", ""},
      {"Police switched off the microphones of opposition lawmakers.", ""},
  });
}

// 15: a posture taken "in response to" another state's acts is against that state (152).
TEST(WireCoverage25, PostureInResponseToAState) {
  ExpectExactly("South Korea's military raised its readiness level on Tuesday in response to North Korea's missile "
                "launches.",
                {"KORMIL 152 PRK"});
}

// 15: drills called "a warning to" a state are aimed at it (150); a storm warning to ships
// names no state.
TEST(WireCoverage25, DrillsCalledAWarning) {
  ExpectExactly("China's navy staged drills on Saturday in what it called a warning to the Philippines.",
                {"CHNMIL 150 PHL"});
  ExpectNotCoded({{"China's navy staged drills on Saturday, ignoring a storm warning to ships.", ""}});
}

}  // namespace
}  // namespace tidings::extract
