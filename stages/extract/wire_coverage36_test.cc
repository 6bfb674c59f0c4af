// The built-in dictionaries against ordinary wire copy, thirty-sixth pass: recall of mass violence
// (20), assault (18) and fighting (19) as verb families.
// "Waged" codes only through its patterns: a war, insurgency, armed struggle or military / air /
// bombing campaign against X is fighting (190, 195); a campaign of ethnic cleansing or genocide
// against X is mass violence (203, 202). A trade, price, propaganda or cyber war, a war of words,
// a strike or a campaign for recognition of a genocide is no violence of the waging side.
// "Perpetrated" reads like "carried out" (a massacre, an attack on X); "committed" a massacre,
// mass killings or ethnic cleansing is mass violence, but not "committed funds to investigating
// the massacre" nor "committed suicide after the massacre".
// "Repulsed", "fended off" and "warded off" an assault, troops or fighters is fighting them (190);
// fending off critics, attacks from lawmakers, a bid or questions is not.
// A place retaken "from Islamic State militants" is territory taken from them (192), not their arrest.
// Force a suicide bomber uses ("struck a market", "rammed a checkpoint", "wounded 20") is a suicide
// bombing (1831), whatever the verb.
// Who "survived an assassination attempt / an ambush by" Y is Y's target (185, 190); a vote or a
// challenge survived is no attack. "Came under fire from" forces, police or armed groups is gunfire
// (190); from lawmakers, a body or a bare state it may be criticism and codes nothing.
// People "mutilated" are assaulted (182); bodies or statues are not.
// Force whose weapon is a chemical agent ("dropped chlorine bombs on", "fired sarin-filled rockets
// at", "attacked X with chlorine gas") is chemical warfare (2041); a chemical plant struck is not.
// wire_coverage_test.cc to wire_coverage34_test.cc are the earlier passes. Every sentence here was
// written for this test.
#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using testing::ExpectExactly;
using testing::ExpectNotCoded;

TEST(WireCoverage36, WagedAWarOrACampaignOfMassViolence) {
  ExpectExactly("Ethiopian troops waged a campaign of ethnic cleansing against Eritrean refugees, rights groups said.",
                {"ETHMIL 203 ERIREF"});
  ExpectExactly("The Burmese army waged genocide against Rohingya Muslims.", {"MMRMIL 202 MMRREL"});
  ExpectExactly("Iraqi forces are waging a war against Kurdish rebels in the north.", {"IRQMIL 190 IRQREB"});
  ExpectExactly("The Turkish military has waged a war on Kurdish militants for decades.", {"TURMIL 190 TURINS"});
  ExpectExactly("Maoist rebels waged an armed struggle against the Indian government.", {"INDREB 190 INDGOV"});
  ExpectExactly("Colombian rebels are waging an insurgency against the Colombian army.", {"COLREB 190 COLMIL"});
  ExpectExactly("Israel waged an air campaign against Hamas militants in Gaza.", {"ISR 195 PSEREB"});
  ExpectExactly("Russia waged a campaign of airstrikes against Syrian rebels.", {"RUS 195 SYRREB"});
}

TEST(WireCoverage36, WagedWithoutViolenceCodesNothing) {
  ExpectNotCoded({{"Kenyan nurses waged a strike against the Kenyan government.", ""},
                  {"Iran waged a war of words with Saudi Arabia.", ""},
                  {"Russia waged a cyber war against Estonia.", ""},
                  {"China waged a price war against Japanese carmakers.", ""},
                  {"Iran waged a propaganda war against Israel.", ""},
                  {"Ukraine waged a diplomatic offensive against Russia at the United Nations.", ""},
                  {"The opposition waged a legal battle against the Zambian government.", ""},
                  {"The Kenyan opposition waged a campaign against the Kenyan government.", ""},
                  {"Mexico waged a war on drugs.", ""},
                  {"French lawmakers waged a campaign for recognition of the genocide against Armenians.", ""},
                  {"French lawmakers waged a campaign to recognize the ethnic cleansing against Bosnian Muslims.", ""},
                  {"NATO waged war to stop ethnic cleansing against Kosovar Albanians.", ""},
                  {"Russia is waging a hybrid war against the European Union, Poland's prime minister said.", "19"}});
  // "Wages" is the pay, no verb: the demand stays the act.
  ExpectExactly("Kenyan teachers demanded higher wages from the Kenyan government.", {"KENEDU 100 KENGOV"});
}

TEST(WireCoverage36, PerpetratedOrCommittedAMassacre) {
  ExpectExactly("Congolese militias perpetrated a massacre of Congolese civilians.", {"CODREB 202 CODCVL"});
  ExpectExactly("Boko Haram fighters perpetrated an attack on a Nigerian army base.", {"NGAREB 190 NGAMIL"});
  ExpectExactly("Serbian paramilitaries committed a massacre of Bosnian Muslims.", {"SRBUAF 202 BIHREL"});
  ExpectExactly("Sudanese forces committed ethnic cleansing against Sudanese villagers.", {"SDNMIL 203 SDNCVL"});
  ExpectNotCoded({{"The soldier committed suicide after the massacre of Afghan villagers.", ""},
                  {"The Rwandan government committed resources to investigating the massacre of Rwandan civilians.", ""},
                  {"The European Union committed itself to preventing mass killings of Sudanese civilians.", ""},
                  {"The Rwandan government committed $5 million to survivors of the genocide.", "20"},
                  {"The Serbian president perpetrated a fraud against Serbian voters.", ""}});
}

TEST(WireCoverage36, RepulsedOrFendedOffAnAssault) {
  ExpectExactly("Somali troops repulsed an al-Shabaab attack on a base.", {"SOMMIL 190 SOMREB"});
  ExpectExactly("Nigerian soldiers repulsed Boko Haram insurgents in Borno.", {"NGAMIL 190 NGAREB"});
  ExpectExactly("Ukrainian forces fended off Russian troops near Kharkiv.", {"UKRMIL 190 RUSMIL"});
  ExpectExactly("Ukrainian troops fended off a Russian assault on Avdiivka.", {"UKRMIL 190 RUS"});
  // Critics, bids, questions and disgust are no fighting.
  ExpectNotCoded({{"The Kenyan president fended off criticism from Kenyan lawmakers.", ""},
                  {"The German chancellor fended off questions from German reporters.", ""},
                  {"The German chancellor fended off attacks from German lawmakers.", ""},
                  {"The Turkish president fended off opposition attacks over the economy.", ""},
                  {"The British prime minister fended off a leadership challenge from British lawmakers.", ""},
                  {"Iraq warded off a financial crisis with help from the International Monetary Fund.", ""},
                  {"Many Kenyans were repulsed by the Kenyan president's remarks.", ""},
                  {"Kenyans were repulsed by the army's conduct during the protests.", ""}});
}

TEST(WireCoverage36, PlaceRetakenFromMilitantsIsNoArrest) {
  ExpectExactly("Iraqi forces retook Ramadi from Islamic State militants.", {"IRQMIL 192 IMGMUSISIINS"});
  ExpectExactly("Nigerian troops captured a town from Boko Haram insurgents.", {"NGAMIL 192 NGAREB"});
  // The militants or suspects themselves taken stay an arrest.
  ExpectExactly("Kenyan police captured three suspects from a house in Nairobi.", {"KENCOP 173 KENCRM"});
  ExpectExactly("Nigerian troops captured Boko Haram militants fleeing from a Nigerian village.",
                {"NGAMIL 173 NGAREB"});
  ExpectNotCoded({{"Iraqi forces retook Ramadi from Islamic State militants.", "173"}});
}

TEST(WireCoverage36, ASuicideBombersAttackIsASuicideBombing) {
  // Whatever the verb, and though "bomber" alone may be a warplane (195).
  ExpectExactly("A suicide bomber struck a Nigerian market.", {"NGAINS 1831 NGA"});
  ExpectExactly("A suicide bomber rammed a Syrian army checkpoint.", {"SYRINS 1831 SYRMIL"});
  ExpectExactly("A suicide bomber wounded 20 Iraqi policemen.", {"IRQINS 1831 IRQCOP"});
  ExpectExactly("Suicide bombers stormed an Afghan army base.", {"AFGINS 1831 AFGMIL"});
  ExpectExactly("A suicide bomber destroyed a Nigerian police station.", {"NGAINS 1831 NGACOP"});
  // Warplanes stay air strikes; a bomber as the target names nothing.
  ExpectExactly("Russian bombers struck Ukrainian cities.", {"RUSMIL 195 UKR"});
  ExpectNotCoded({{"Russian bombers killed Syrian civilians.", "1831"},
                  {"Afghan police shot a suicide bomber near Kabul airport.", "1831"},
                  {"Kenyan police arrested a suspected suicide bomber in Nairobi.", "18"}});
}

TEST(WireCoverage36, SurvivedAnAttemptByTheAttacker) {
  // The survivor is the target, the one after "by" the attacker.
  ExpectExactly("The Pakistani prime minister survived an assassination attempt by militants.", {"PAKINS 185 PAKGOV"});
  ExpectExactly("The Haitian president survived an attempt on his life by Haitian gunmen.", {"HTIUAF 185 HTIGOV"});
  ExpectExactly("A Colombian army patrol survived an ambush by FARC rebels.", {"COLREB 190 COLMIL"});
  ExpectNotCoded({{"The Kenyan government survived a no-confidence vote by Kenyan lawmakers.", ""},
                  {"The British prime minister survived a challenge by British lawmakers.", ""},
                  {"Few Syrian civilians survived the siege.", ""}});
}

TEST(WireCoverage36, MutilatedPeopleNotBodiesOrStatues) {
  ExpectExactly("Congolese militiamen mutilated Congolese civilians.", {"CODREB 182 CODCVL"});
  ExpectNotCoded({{"Islamic State militants mutilated the bodies of Syrian soldiers.", ""},
                  {"Vandals disfigured a statue of the Russian tsar.", ""}});
}

TEST(WireCoverage36, UnderFireFromAnArmedSideIsGunfire) {
  ExpectExactly("Israeli troops came under fire from Hezbollah fighters.", {"LBNREB 190 ISRMIL"});
  ExpectExactly("Ukrainian troops came under heavy fire from Russian forces.", {"RUSMIL 190 UKRMIL"});
  ExpectExactly("A Malian army convoy came under fire from jihadist militants.", {"MLIINS 190 MLIMIL"});
  // From critics, a body or a bare state it may be words: no attack.
  ExpectNotCoded({{"The Kenyan minister came under fire from opposition lawmakers.", ""},
                  {"The Chinese government came under fire from Human Rights Watch.", ""},
                  {"Israel came under fire from the United Nations over the strikes.", ""},
                  {"The British prime minister came under fire from British lawmakers over the deal.", ""}});
}

TEST(WireCoverage36, ForceWithAChemicalAgentIsChemicalWarfare) {
  ExpectExactly("Syrian government forces dropped chlorine bombs on rebel-held towns.", {"SYRMIL 2041 SYRREB"});
  ExpectExactly("The Syrian army fired sarin-filled rockets at rebel-held suburbs.", {"SYRMIL 2041 SYRREB"});
  ExpectExactly("Syrian aircraft attacked Syrian rebels with chlorine gas.", {"SYRMIL 2041 SYRREB"});
  // A chemical plant or weapons site struck, a chemical attack named as a cause, tear gas: no
  // chemical weapon used.
  ExpectNotCoded({{"Russian missiles struck a Ukrainian chemical plant.", "2041"},
                  {"Ukrainian drones attacked a Russian chlorine plant.", "2041"},
                  {"The United States struck Syrian chemical weapons facilities.", "2041"},
                  {"American warships fired missiles at Syria after a chemical attack in Douma.", "2041"},
                  {"Israeli jets bombed a Syrian chemical munitions depot.", "2041"},
                  {"Russian missiles hit a Ukrainian factory and released toxic gas.", "2041"},
                  {"Israeli police fired tear gas at Palestinian protesters.", "2041"}});
}

}  // namespace
}  // namespace tidings::extract
