// The built-in dictionaries against ordinary wire copy, thirty-fourth pass: precision of the
// target.
// The source's own side as the object of its act ("pulling its police officers out of Haiti",
// "send American forces into Nigeria"): the troops, diplomats or citizens a state sends or
// withdraws are its own, and the act is towards the country named right after them with "to",
// "into", "from" or "out of". Praise or a visit of its own troops abroad stays with the troops.
// A quoted description fronted before the verb's object ("dismissed as 'pure fabrication' a
// report that ...") is skipped: the object after it is what the verb's patterns read (016).
// A force posture taken after people of another country were attacked ("hours after two
// Swedish football fans were shot dead") is not taken against that country: the victims of a
// passive are no threat; forces in one are ("after Russian drones were shot down").
// wire_coverage_test.cc to wire_coverage30_test.cc are the earlier passes. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

TEST(WireCoverage34, OwnSideSentOrWithdrawnActsOnTheCountryItGoesTo) {
  ExpectExactly("Kenya is considering pulling its police officers out of Haiti, a government official said.",
                {"KEN 014 HTI"});
  ExpectExactly("Chad's president threatened to send Chadian troops into Sudan.", {"TCDGOV 1384 SDN"});
  ExpectExactly("The Philippines is weighing withdrawing its ambassador from Beijing.", {"PHL 014 CHN"});
  ExpectExactly("Russia ordered its diplomats out of Estonia on Tuesday.", {"RUS 161 EST"});
  ExpectNotCoded({{"Kenya is considering pulling its police officers out of Haiti, a government official said.",
                   "014 KEN"},
                  {"Chad's president threatened to send Chadian troops into Sudan.", "1384 TCD"}});
}

TEST(WireCoverage34, OwnSideAbroadKeepsItsOwnTarget) {
  // Not sent anywhere: praise or a visit is of the troops themselves.
  ExpectExactly("Kenya's president praised Kenyan police officers in Haiti on Monday.", {"KENGOV 051 KENCOP"});
  ExpectExactly("Ukraine's president visited Ukrainian troops near Bakhmut.", {"UKRGOV 042 UKRMIL"});
  // A place of its own country is no other side.
  ExpectNotCoded({{"Mali's government sent its troops to Kidal on Monday.", "190"},
                  {"Kenya's president praised Kenyan police officers in Haiti on Monday.", "051 HTI"}});
}

TEST(WireCoverage34, AQuotedAsDescriptionBeforeTheObjectIsSkipped) {
  ExpectExactly("Russia's foreign ministry dismissed as 'absurd' accusations by Poland that Russian agents had "
                "started the fire.",
                {"RUSGOV 016 POL"});
  ExpectExactly("China rejected as \"groundless\" the allegations by the Philippines that its ships had rammed a "
                "supply boat.",
                {"CHN 016 PHL"});
  ExpectExactly("Iran's mission dismissed as \"pure fabrication\" a U.S. report that Iranian drones had been shipped "
                "to Russia.",
                {"IRN 016 USA"});
  // No political actor: nothing to deny.
  ExpectNotCoded({{"The club dismissed as 'nonsense' reports that its coach would leave.", ""},
                  {"Russia's foreign ministry dismissed as 'absurd' accusations by Poland that Russian agents had "
                   "started the fire.",
                   "120"}});
}

TEST(WireCoverage34, APostureAfterVictimsOfAnotherCountryIsNotAgainstIt) {
  ExpectNotCoded({{"Belgium raised its terrorism alert on Monday, hours after two Swedish football fans were shot dead "
                   "in Brussels.",
                   "151 SWE"},
                  {"Austria raised its terror alert after two Austrian tourists were killed in Egypt.", "151 EGY"},
                  {"Kenya raised its alert after three Somali nationals were arrested in Nairobi.", "15"}});
  ExpectExactly("Poland put its army on high alert after Russian drones were shot down over its territory.",
                {"POL 152 RUSMIL"});
  ExpectExactly("Japan raised its alert level after Chinese warships were seen near the Senkaku islands.",
                {"JPN 152 CHNMIL"});
}

TEST(WireCoverage34, NoObjectPastSinceOrAmid) {
  ExpectExactly("Japan's prime minister met South Korea's president on Monday for the first time since last year's "
                "dispute with China.",
                {"JPNGOV 040 KORGOV"});
  ExpectExactly("Germany praised Poland on Tuesday amid tensions with Russia.", {"DEU 051 POL"});
  ExpectExactly("Qatar has mediated talks since March between Sudan's army and the RSF.",
                {"QAT 045 SDNMIL", "QAT 045 SDNREB"});
  ExpectNotCoded({{"Turkey expelled 200 migrants on Friday amid a dispute with Greece over border controls.", "174 GRC"},
                  {"The two presidents spoke by phone on Tuesday for the first time since last month's clashes with "
                   "Pakistan.",
                   ""}});
}

TEST(WireCoverage34, NoObjectInAnAsClause) {
  ExpectExactly("Armenia and Azerbaijan signed a peace agreement on Friday as Donald Trump looked on.",
                {"ARM 057 AZE", "AZE 057 ARM"});
  ExpectExactly("Serbia and Kosovo signed a deal in Brussels as EU officials watched.", {"SRB 057 KSV", "KSV 057 SRB"});
  // Not "such as", nor "as" before a role.
  ExpectExactly("The EU imposed sanctions on countries such as Iran and North Korea.",
                {"IGOEUREEC 163 IRN", "IGOEUREEC 163 PRK"});
  ExpectExactly("Putin congratulated Lukashenko on his election as Belarus's president.", {"RUSGOV 051 BLRGOV"});
  ExpectNotCoded({{"Hungary blocked the aid package as Ukraine's president pleaded for help.", ""}});
}

TEST(WireCoverage34, APossessiveHoldsForTheCountedNounJoinedToIt) {
  ExpectExactly("OTTAWA, Oct 7 (Reuters) - Canada imposed sanctions on Iran's police chief and nine senior officials "
                "on Friday.",
                {"CAN 163 IRNCOP", "CAN 163 IRNGOV"});
  ExpectExactly("BRUSSELS (Reuters) - The European Union froze the assets of Nicaragua's vice president and four "
                "other officials on Monday.",
                {"IGOEUREEC 163 NICGOV"});
  ExpectNotCoded({{"OTTAWA, Oct 7 (Reuters) - Canada imposed sanctions on Iran's police chief and nine senior "
                   "officials on Friday.",
                   "163 CAN"}});
}

TEST(WireCoverage34, PanAndADemonymNameNoCountry) {
  ExpectNotCoded({{"Truckers blocked the Pan-American Highway in Costa Rica on Monday.", "144 USA"},
                  {"Ecuador praised the Pan-American Health Organization on Friday.", "051 USA"}});
  ExpectExactly("American troops blocked a highway in Syria on Monday.", {"USAMIL 144 SYR"});
}

TEST(WireCoverage34, ACrossingOpenedToAidLetsInTheAidsOwner) {
  ExpectExactly("Israel opened the Kerem Shalom crossing with Egypt to U.N. aid trucks on Sunday.",
                {"ISR 0863 IGOUNO"});
  ExpectExactly("Turkey opened its border with Syria to Red Cross aid convoys on Monday.", {"TUR 0863 NGOHLHIRC"});
  ExpectNotCoded({{"Israel opened the Kerem Shalom crossing with Egypt to U.N. aid trucks on Sunday.", "0863 EGY"}});
}

TEST(WireCoverage34, AGerundSubjectOfAClauseIsNoAct) {
  ExpectExactly("Ethiopia closed its embassy in Khartoum on Monday as fighting reached the capital.", {"ETH 161 SDN"});
  ExpectExactly("Kenya recalled its envoy to Sudan as fighting spread across Darfur.", {"KEN 161 SDN"});
  ExpectNotCoded({{"The UN evacuated its staff from Goma after shelling damaged the airport.", "19"}});
  // A participle before its object still acts.
  ExpectExactly("Turkish troops, fighting Kurdish militants, entered Iraq.", {"TURMIL 190 TURINS"});
}

TEST(WireCoverage34, ForceOnAThingIsNotOnEachOther) {
  ExpectNotCoded({{"India and Pakistan said their forces were needed to fight smuggling.", "19"},
                  {"Greece and Turkey agreed to fight wildfires.", "19"}});
  ExpectExactly("Armenia and Azerbaijan threatened to fight each other.", {"ARM 138 AZE", "AZE 138 ARM"});
  ExpectExactly("Indian and Pakistani troops exchanged fire across the Line of Control.",
                {"INDMIL 190 PAKMIL", "PAKMIL 190 INDMIL"});
}

TEST(WireCoverage34, ForcesThreateningWithTheirCountrysWeaponsThreatenTheOtherSide) {
  ExpectExactly("The head of Iran's Revolutionary Guards warned on Wednesday that Iranian missiles would rain down on "
                "Israeli cities if Israel retaliated.",
                {"IRNMIL 1384 ISR"});  // the rain of missiles names a military attack (1384)
  ExpectExactly("North Korea's army warned that North Korea would respond with force if South Korea held drills.",
                {"PRKMIL 138 KOR"});
  ExpectNotCoded({{"The head of Iran's Revolutionary Guards warned on Wednesday that Iranian missiles would rain down "
                   "on Israeli cities if Israel retaliated.",
                   "130 IRN"}});
}

TEST(WireCoverage34, HumanRightsExpertsAreRightsMonitors) {
  ExpectExactly("GENEVA (Reuters) - U.N. human rights experts accused Myanmar's military of war crimes on Monday.",
                {"IGOUNOHRI 1121 MMRMIL"});
  ExpectExactly("U.N. rights investigators accused Sudan's army of killing civilians.", {"IGOUNOHRI 112 SDNMIL"});
  // Experts alone are no actor that acts.
  ExpectNotCoded({{"Experts said Iran's economy would shrink.", ""}});
}

TEST(WireCoverage34, NoObjectPastAReasonWithAnAdverb) {
  ExpectNotCoded({{"Russia detained a man on Monday for allegedly spying for Ukraine.", ""}});
  ExpectExactly("Iran arrested a French tourist for allegedly photographing military sites in Tehran.",
                {"IRN 173 FRACVL"});
}

}  // namespace
}  // namespace tidings::extract
