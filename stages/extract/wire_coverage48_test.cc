// Off-root events and wrong targets on held-out wire copy, as general mechanisms: people
// detained by gunmen, rebels, militants, gangs or pirates are abducted (181), not arrested
// (173), and a vessel seized by them with its crew or passengers is hijacked (181); a state's
// forces keep their arrest and seizure codes. "Bundled into an unmarked car / a waiting van"
// takes people away in the active and the passive. What a passive's subject was doing ("while
// attending a rally") is background. Warplanes in another state's airspace and troops deployed
// along its border show force (150, 154). "Azerbaijani claims that" is a noun, no verb.
// Diplomatic notes sent are a protest (114); readiness to send jets offers protection (0334);
// "feels threatened" is a state; "wrote to X to say" asks nothing of X; "said he was beaten by"
// accuses. Every sentence here was written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectCoded;
using testing::ExpectExactly;
using testing::ExpectNotCoded;

// 18: detention by a non-state armed actor is abduction (181); by police it stays an arrest (173).
TEST(WireCoverage48, DetainedByArmedGroupsIsAbduction) {
  ExpectExactly("Gunmen detained two Red Cross workers in Nigeria on Monday.", {"NGAUAF 181 NGOHLHIRCLAB"});
  ExpectExactly("Houthi rebels rounded up at least 20 U.N. staff in Sanaa on Friday.", {"YEMREB 181 IGOUNO"});
  ExpectExactly("Separatist fighters in Cameroon detained a group of teachers on Tuesday.", {"CMRSEP 181 CMREDU"});
  ExpectExactly("Islamic State militants detained dozens of villagers in Syria.", {"IMGMUSISIINS 181 SYRCVL"});
  ExpectExactly("Police in Lagos detained two opposition activists on Monday.", {"NGACOP 173 NGAOPP"});
  // (An enemy fighter taken prisoner is no abduction.)
  ExpectNotCoded({{"Kurdish fighters captured the Islamic State commander near Raqqa.", "181"}});
}

// 18: a vessel or bus seized with the people aboard by pirates or militants is hijacked (181);
// boats alone seized are property (1711), and a state's forces seizing a tanker confiscate it.
TEST(WireCoverage48, VesselSeizedWithItsCrewIsHijacked) {
  ExpectExactly("Somali pirates seized a Liberian-flagged tanker and its crew off Eyl.", {"SOMCRM 181 LBR"});
  ExpectExactly("Militants in Mali seized a bus and its passengers on the road to Gao.", {"MLIINS 181 MLICVL"});
  ExpectExactly("Fighters of the Arakan Army seized six Bangladeshi fishing trawlers in the Bay of Bengal.",
                {"MMRREB 1711 BGDAGR"});
  ExpectExactly("Iran's Revolutionary Guards seized a British-flagged tanker and its 23 crew in the Strait of Hormuz.",
                {"IRNMIL 1711 GBR"});
  ExpectExactly("Rebels seized the town of Goma on Sunday.", {"CODREB 192 COD"});
}

// 17 / 18: "bundled into an unmarked car / a waiting van", active and passive, takes people away:
// an arrest by the police, an abduction by gunmen. Furniture bundled into a van is no event.
TEST(WireCoverage48, BundledIntoAWaitingCarTakesAway) {
  ExpectExactly("A Pakistani journalist was bundled into a waiting van by masked gunmen on Tuesday.",
                {"PAKUAF 181 PAKMED"});
  ExpectExactly("Two Ugandan opposition activists were bundled into a police van by police in Kampala.",
                {"UGACOP 173 UGAOPP"});
  ExpectExactly("Zimbabwean police bundled the opposition leader into a waiting car outside his home.",
                {"ZWECOP 173 ZWEOPP"});
  ExpectNotCoded({{"The movers bundled the furniture into a van.", ""},
                  {"The shop bundled free software into an unmarked package.", ""}});
}

// What the subject of a passive was doing when it was acted on ("while attending a rally",
// "when carrying oil to") is background: it codes nothing, and the rally's place is no target.
TEST(WireCoverage48, WhileDoingAfterAPassiveIsBackground) {
  ExpectExactly("Two Nigerian activists were detained by police in Accra while attending an opposition rally.",
                {"GHACOP 173 NGAOPP"});
  ExpectExactly("A Greek tanker was seized by Iranian naval forces on Monday while carrying oil to Turkey.",
                {"IRNMIL 1711 GRC"});
  ExpectExactly("Three French journalists were arrested by Malian soldiers while interviewing villagers near Gao.",
                {"MLIMIL 173 FRAMED"});
  ExpectNotCoded({{"A Ugandan activist was injured on Sunday while attending an opposition rally near Nairobi.", "14"},
                  {"Two Kenyan students were hurt when marching near Kampala.", "14"}});
  // Not after an active verb: "protesters blocked the road while marching on parliament" still codes.
  ExpectCoded({{"Ugandan protesters blocked the main road while marching on parliament.", "UGAOPP 14"}});
}

// 15: warplanes or drones that violate, or are sent into, another state's airspace show force
// (150) there: no attack, no arms delivered. Jets sent to an ally stay aid; rules are no airspace.
TEST(WireCoverage48, AirspaceIncursionIsAShowOfForce) {
  ExpectExactly("Chinese military aircraft violated Japanese airspace near Nagasaki on Monday.", {"CHNMIL 150 JPN"});
  ExpectExactly("A Russian drone violated Polish airspace overnight.", {"RUSMIL 150 POL"});
  ExpectExactly("Turkish jets violated Greece's airspace 20 times on Monday.", {"TURMIL 150 GRC"});
  ExpectExactly("Belarus sent drones into Lithuanian airspace on Sunday.", {"BLR 150 LTU"});
  ExpectExactly("Russia sent a Su-35 fighter jet into Finnish airspace in a show of force.", {"RUS 150 FIN"});
  ExpectExactly("The United States sent fighter jets to Poland to bolster its air defences.", {"USA 072 POL"});
  ExpectExactly("Guyana accused Venezuela of violating its airspace.", {"GUY 1123 VEN"});
  ExpectNotCoded({{"The airline violated airspace rules, regulators said.", ""}});
}

// 15: "began deploying / moving troops along its border with X" builds up forces facing X (154),
// not the border opened (086); reopening the border still is.
TEST(WireCoverage48, BeganDeployingTroopsAlongTheBorderIsABuildUp) {
  ExpectExactly("India began moving troops along its border with China.", {"IND 154 CHN"});
  ExpectExactly("Chile began deploying soldiers along its northern border with Peru on Monday.", {"CHL 154 PER"});
  ExpectExactly("Chile began reopening its border with Peru on Monday.", {"CHL 086 PER"});
  ExpectNotCoded({{"A Spanish climber began moving supplies along the ridge.", ""}});
}

// 01: a claim, report or request after a nationality adjective alone is a noun ("Philippine
// claims that ..."), not the adjective's verb: the rejection targets the claimant and the claimed
// act codes nothing.
TEST(WireCoverage48, ClaimsAfterANationalityAdjectiveAreANoun) {
  ExpectExactly("Beijing dismissed Philippine claims that Chinese coast guard ships rammed a supply boat.",
                {"CHN 016 PHL"});
  ExpectExactly("India rejected as baseless Pakistani claims that its troops shelled a village.", {"IND 016 PAK"});
  ExpectExactly("The Taliban rejected Pakistani allegations that Afghan soil was used to attack Pakistan.",
                {"AFGGOV 016 PAK"});
  ExpectNotCoded({{"Moscow brushed aside as groundless Estonian reports that Russian jets had entered its airspace.", "15"},
                  {"Kenya turned down Ugandan requests to extradite the opposition leader.", "06"}});
  ExpectExactly("Iran accuses Israel of sabotage.", {"IRN 112 ISR"});
}

// 11: diplomatic or protest notes sent or handed to states are a formal protest (114) to each,
// as one note handed is; a letter stays a message (010), and a teacher's notes are no event.
TEST(WireCoverage48, DiplomaticNotesSentAreAFormalProtest) {
  ExpectExactly("Armenia sent protest notes to Azerbaijan and Turkey.", {"ARM 114 AZE", "ARM 114 TUR"});
  ExpectExactly("Peru handed diplomatic notes to Chile and Bolivia.", {"PER 114 CHL", "PER 114 BOL"});
  ExpectExactly("Greece sent a diplomatic note to Turkey over the violation.", {"GRC 114 TUR"});
  ExpectExactly("Serbia sent a letter to the United Nations.", {"SRB 010 IGOUNO"});
  ExpectNotCoded({{"The teacher sent notes to the parents.", ""}});
}

// 03: readiness to send warplanes or warships where an ally asks is an offer of protection
// (0334), never the show of force itself, also after "stands ready" when it names no one.
TEST(WireCoverage48, ReadyToSendJetsOffersProtection) {
  ExpectExactly("Germany stands ready to send additional Eurofighter jets to help guard the skies over Latvia.",
                {"DEU 0334 LVA"});
  ExpectExactly("The Netherlands stands ready to send jets to patrol the skies over Lithuania.", {"NLD 0334 LTU"});
  ExpectExactly("Italy is ready to send warships to the waters off Libya.", {"ITA 0334 LBY"});
  ExpectNotCoded({{"Germany stands ready to send additional Eurofighter jets to help guard the skies over Latvia.", "15"},
                  {"The club stands ready to sign the striker.", ""}});
}

// A past form after a verb of feeling or seeming is the subject's state ("feels threatened",
// "seemed isolated"): no threat, no act; a threat made stays one.
TEST(WireCoverage48, FeelsThreatenedIsAState) {
  ExpectNotCoded({{"Armenia feels threatened by Azerbaijan.", ""},
                  {"Lithuania said it felt threatened by Russian troops in Belarus.", ""},
                  {"Serbia seemed isolated after Russia vetoed the resolution.", ""}});
  ExpectExactly("Taiwan looked worried after China threatened Taipei.", {"CHN 130 TWN"});
  ExpectExactly("Russia threatened Lithuania with retaliation.", {"RUS 138 LTU"});
}

// 10: "wrote to X to say / to explain / to announce" is the writer's own purpose, no act asked of
// X; "told X to halt" still demands it.
TEST(WireCoverage48, WroteToXToSayIsNoDemand) {
  ExpectNotCoded({{"The Kenyan foreign minister wrote to his Ugandan counterpart to explain the decision.", "10"},
                  {"Thailand's foreign minister wrote to the Cambodian prime minister to announce the closure of the "
                   "border.",
                   "10"},
                  {"India's water secretary wrote to her Pakistani counterpart on Thursday to say that the treaty would "
                   "be suspended.",
                   "10"}});
  ExpectExactly("The U.S. president told the Israeli prime minister to halt the offensive.", {"USAGOV 1056 ISRGOV"});
}

// 11: a speaker's own account of abuse suffered ("said he was beaten by soldiers") accuses the
// abuser of it (1122); the abuse, only alleged, codes nothing. Said of someone else it stays.
TEST(WireCoverage48, VictimsOwnAccountIsAnAccusation) {
  ExpectExactly("A Ugandan opposition politician said he was beaten by Ugandan soldiers at a checkpoint.",
                {"UGAOPP 1122 UGAMIL"});
  ExpectExactly("The Russian journalist said she had been assaulted by Belarusian border guards.", {"RUSMED 1122 BLRCOP"});
  ExpectExactly("Syrian refugees said they were attacked by Turkish border guards.", {"SYRREF 1122 TURCOP"});
  ExpectNotCoded({{"The Russian journalist said she had been assaulted by Belarusian border guards.", "18"}});
}

}  // namespace
}  // namespace tidings::extract
