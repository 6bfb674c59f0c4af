// The built-in dictionaries against ordinary wire copy, thirty-seventh pass: exact CAMEO sub-codes.
// An investigation (090) takes its kind from what it is into: the first word of its object that
// names one decides. The killing, beating, torture or detention of people, or reports that forces
// executed them, by a state's side or an armed group are human rights abuses (092); an air or drone
// strike, a ramming, a collision, an incident, forces that crossed or entered are military action
// (093); bribes, corruption, fraud, forgery or arson are crime (091); war crimes and genocide are
// 094, and so is whatever the International Criminal Court investigates. Prosecutors or police
// investigating a public figure over what the object does not name investigate a crime (091). A
// killing by gunmen, a competition probe into companies, or an accident stays as it was.
// Opening fire, trading fire, gunfire or small-arms fire, exchanging gunfire, a gun battle or a
// shootout, and sniper fire are shooting (193); a toll after a comma still makes a killing of
// civilians 180. Firms trading fire or shots over patents fight no one.
// An appeal (020) whose complement is no dictionary verb takes its kind from its words: to sit
// down, return to the table or hold talks is 026; to exercise restraint, hold their fire, lay down
// their arms, step back from the brink or pull troops back is 0256; for emergency food aid or
// humanitarian aid 0233. A verb of the complement that specifies the appeal still does ("to agree
// to a humanitarian ceasefire" 0256, "to release" 0253); other complements stay 020.
// wire_coverage_test.cc to wire_coverage36_test.cc are the earlier passes. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

TEST(WireCoverage37, InvestigationOfAbusesByAStatesSide) {
  ExpectExactly("Bolivian prosecutors opened an inquiry on Tuesday into the beating of protesters by riot police in La Paz.",
                {"BOLJUD 092 BOLCOP"});
  ExpectExactly("Amnesty International said it was looking into reports that Ugandan soldiers had executed villagers in the north.",
                {"NGOHRIAMN 092 UGAMIL"});
  ExpectExactly("Chilean prosecutors opened an investigation on Monday into the killing of three students by police in Santiago.",
                {"CHLJUD 092 CHLCOP"});
  ExpectExactly("The U.N. human rights office said it was looking into reports that Nigerian soldiers had tortured detainees.",
                {"IGOUNOHRI 092 NGAMIL"});
  ExpectExactly("Dutch prosecutors opened an investigation into Turkish spies over the surveillance of Kurdish activists in Rotterdam.",
                {"NLDJUD 092 TURSPY"});
}

TEST(WireCoverage37, InvestigationOfMilitaryAction) {
  ExpectExactly("Thailand's army said it was investigating how a Myanmar military drone came to crash inside Thai territory.",
                {"THAMIL 093 MMRMIL"});
  ExpectExactly("Vietnam's navy said it was looking into the ramming of a fishing boat by a Chinese coast guard ship.",
                {"VNMMIL 093 CHNMIL"});
  ExpectExactly("The Indian navy said it was investigating how a Chinese research vessel entered its waters.", {"INDMIL 093 CHN"});
}

TEST(WireCoverage37, InvestigationOfCrimeOrWarCrimes) {
  ExpectExactly("Peruvian prosecutors are investigating a former Peruvian president over bribes paid by a Brazilian construction company.",
                {"PERJUD 091 PERGOV"});
  ExpectExactly("Indonesian police are investigating a former governor of Papua over the misuse of public funds.",
                {"IDNCOP 091 IDNGOV"});
  ExpectExactly("Mexican prosecutors are investigating the mayor of Acapulco over alleged links to a drug cartel.",
                {"MEXJUD 091 MEXGOV"});
  ExpectExactly("The International Criminal Court opened an investigation into the killing of civilians by Sudanese forces in Darfur.",
                {"IGOJUDICC 094 SDNMIL"});
}

TEST(WireCoverage37, InvestigationsThatNameNoKindStayPlain) {
  // Gunmen commit crimes, not abuses; a competition probe into companies names no crime.
  ExpectExactly("Kenyan police opened an inquiry into the killing of a businessman by gunmen in Mombasa.", {"KENCOP 090 KENUAF"});
  ExpectExactly("The European Commission opened an investigation into Chinese electric car makers over state subsidies.",
                {"IGOEUREEC 090 CHNBUS"});
  ExpectNotCoded({{"Police opened an investigation into the crash of a bus carrying pilgrims.", ""},
                  {"Auditors are looking into the killing of the deal by the board.", ""}});
}

TEST(WireCoverage37, GunfireIsShooting) {
  ExpectExactly("Venezuelan and Colombian soldiers traded gunfire along the border on Friday.",
                {"VENMIL 193 COLMIL", "COLMIL 193 VENMIL"});
  ExpectExactly("Indian and Chinese troops traded fire in Ladakh.", {"INDMIL 193 CHNMIL", "CHNMIL 193 INDMIL"});
  ExpectExactly("Sudanese troops fought a gun battle with RSF fighters in Omdurman.", {"SDNMIL 193 SDNREB"});
  ExpectExactly("Two Israeli soldiers were killed by Palestinian sniper fire in Jenin.", {"PSEMIL 193 ISRMIL"});
  ExpectExactly("Gunmen opened fire on a police station in Dagestan, killing three officers.", {"RUSUAF 193 RUSCOP"});
  // A state's police firing on its protesters is still violent repression.
  ExpectExactly("Police opened fire on protesters in Nairobi.", {"KENCOP 175 KENOPP"});
}

TEST(WireCoverage37, TradingFireWithoutArmsIsNoShooting) {
  ExpectNotCoded({{"The two companies traded shots in a bitter takeover battle.", ""},
                  {"Apple and Samsung traded fire over patents.", ""},
                  {"Shares opened fire-sale style on Monday.", ""}});
}

TEST(WireCoverage37, AppealsByWhatTheyAskFor) {
  ExpectExactly("Qatar urged Israel and Hamas on Monday to return to the negotiating table.",
                {"QAT 026 ISR", "QAT 026 PSEREB"});
  ExpectExactly("The African Union called on Ethiopia and Eritrea to exercise restraint.",
                {"IGOAFRAFU 0256 ETH", "IGOAFRAFU 0256 ERI"});
  ExpectExactly("The U.N. chief urged Israel and Hezbollah to step back from the brink.",
                {"IGOUNO 0256 ISR", "IGOUNO 0256 LBNREB"});
  ExpectExactly("Germany urged Russia to pull its troops back from the Ukrainian border.", {"DEU 0256 RUS"});
  ExpectExactly("Nepal appealed to India on Sunday for emergency food aid after the floods.", {"NPL 0233 IND"});
  ExpectExactly("The EU urged Serbia to allow humanitarian access to the region.", {"IGOEUREEC 0255 SRB"});
  ExpectExactly("Japan urged China to release the detained businessman, saying talks were needed.", {"JPN 0253 CHN"});
  ExpectExactly("Kenya asked Uganda to sit on a joint committee on fisheries.", {"KEN 020 UGA"});
}

}  // namespace
}  // namespace tidings::extract
