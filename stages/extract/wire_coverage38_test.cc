// The built-in dictionaries against ordinary wire copy, thirty-eighth pass: exact actor codes.
// A weapon or platform named with a nationality adjective is that state's military using it
// ("Israeli jets struck", "Russian glide bombs hit", "Turkish F-16 jets bombed", "fire from an
// Israeli tank", "shot down Russian cruise missiles"): <ISO>MIL, not the bare country. The nouns
// count only after the adjective: alone they are things handed over or fired ("handed tanks to",
// "fired missiles into the sea"), and a programme, test, fuel or company of the weapon is no force.
// A threat that the speaker's own forces will strike ("warned that Iranian missiles would rain
// down on ...") is at the one its condition names, as with the bare country.
// A country's military government, rulers or junta govern it (<ISO>GOV, like "the junta"), and
// "the junta" later refers back to them. A gerund after "after" / "before" / "for" adjoined to a
// "who" clause ("activists who were arrested after criticising the government") is what that
// clause's noun had done: background, no event.
// An opposition politician, candidate or party ("the opposition Candlelight Party") is the
// opposition (OPP), not OPPPTY; a ruling party stays the government's. "Went to court / to the
// Supreme Court" is a legal challenge, no visit (042).
// An attorney general is the chief prosecutor: <ISO>JUD, as prosecutors are; a prosecutor or court
// of no country named that a state acts on is that state's own.
// "Spanish and Moroccan police": the first adjective shares "police" as it shares a plural in -s.
// wire_coverage_test.cc to wire_coverage36_test.cc are the earlier passes. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

TEST(WireCoverage38, WeaponAfterANationalityIsItsMilitary) {
  ExpectExactly("Syrian jets pounded rebel-held villages in Idlib province on Monday, a war monitor said.",
                {"SYRMIL 195 SYRREB"});
  ExpectExactly("Russian ballistic missiles slammed into the centre of Dnipro on Tuesday, killing nine people.",
                {"RUSMIL 195 UKR"});
  ExpectExactly("Four Lebanese soldiers were wounded by Israeli tank fire near the border on Sunday.",
                {"ISRMIL 190 LBNMIL"});
  ExpectExactly("Turkish F-16 jets struck Kurdish militia positions in northern Syria.", {"TURMIL 195 SYRREB"});
  ExpectExactly("Ukraine shot down 20 Russian cruise missiles overnight, the air force said.", {"UKR 190 RUSMIL"});
}

TEST(WireCoverage38, WeaponsAloneOrThingsOfAWeaponStayTheCountry) {
  ExpectExactly("Japan protested against North Korean missile tests on Friday.", {"JPN 114 PRK"});
  ExpectExactly("The United States imposed sanctions on Iran's missile programme on Thursday.", {"USA 163 IRN"});
  ExpectExactly("Kenya handed two patrol boats and several tanks to Somalia on Monday.", {"KEN 072 SOM"});
  ExpectNotCoded({{"A Russian passenger jet made an emergency landing in Turkey on Sunday.", ""},
                  {"The Dutch shell company was fined by a court in Amsterdam.", "19"}});
}

TEST(WireCoverage38, ThreatThatOwnForcesWillStrike) {
  ExpectExactly("The commander of Iran's Revolutionary Guards warned that Iranian missiles would rain down on "
                "Israeli cities if Israel attacked.",
                {"IRNMIL 1384 ISR"});  // the rain of missiles names a military attack (1384)
}

TEST(WireCoverage38, MilitaryGovernmentsAndRulersAreTheGovernment) {
  ExpectExactly("Mali's military government expelled the French ambassador on Monday.", {"MLIGOV 161 FRAGOV"});
  ExpectExactly("Niger's military rulers ordered the French ambassador to leave the country.", {"NERGOV 161 FRAGOV"});
  ExpectExactly("Guinea's military junta freed 11 Liberian fishermen on Tuesday.", {"GINGOV 0841 LBRAGR"});
}

TEST(WireCoverage38, GerundAdjoinedToARelativeClauseIsBackground) {
  ExpectExactly("Kenya deported two Ugandan activists who were arrested after criticising the Kenyan government.",
                {"KEN 174 UGAOPP"});
  // In the main clause it is the subject's own act.
  ExpectExactly("Ethiopia expelled the Kenyan ambassador after accusing Kenya of meddling.",
                {"ETH 161 KENGOV", "ETH 1123 KEN"});
}

TEST(WireCoverage38, OppositionPartiesAndPoliticiansAreTheOpposition) {
  ExpectExactly("A jailed Zimbabwean opposition politician began a hunger strike on Monday.", {"ZWEOPP 142 ZWEGOV"});
  ExpectExactly("Police in Phnom Penh arrested five members of the opposition Candlelight Party on Friday.",
                {"KHMCOP 173 KHMOPP"});
  ExpectExactly("Zambia's ruling party accused the opposition of inciting violence.", {"ZMBGOV 112 ZMBOPP"});
}

TEST(WireCoverage38, WentToCourtIsNoVisit) {
  ExpectNotCoded({{"The Kenyan opposition went to court to challenge the election result.", "04"},
                  {"Ghana's opposition went to the Supreme Court on Tuesday to challenge the president's decree.", "04"}});
  ExpectExactly("Kenyan President William Ruto went to Uganda on Monday.", {"KENGOV 042 UGA"});
}

TEST(WireCoverage38, AttorneysGeneralAreTheJudiciary) {
  ExpectExactly("Bolivia's attorney general opened an investigation into the former interior minister on Tuesday.",
                {"BOLJUD 091 BOLGOV"});
  ExpectExactly("Honduran President Xiomara Castro accused Attorney General Johel Zelaya of shielding drug traffickers.",
                {"HNDGOV 112 HNDJUD"});
  ExpectExactly("Protesters in Lima demanded the resignation of the attorney general.", {"PEROPP 1041 PERJUD"});
}

TEST(WireCoverage38, AdjectivePairSharesPolice) {
  ExpectExactly("Spanish and Moroccan police arrested nine suspected Islamic State recruiters on Tuesday.",
                {"ESPCOP 173 IMGMUSISI", "MARCOP 173 IMGMUSISI"});
  ExpectExactly("Kenyan and Ugandan police began joint patrols along the border.",
                {"KENCOP 062 UGACOP", "UGACOP 062 KENCOP"});
}

}  // namespace
}  // namespace tidings::extract
