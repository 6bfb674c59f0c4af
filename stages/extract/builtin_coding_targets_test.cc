// The built-in dictionaries on targets the dictionaries do not name: a person described by an
// appositive after an unknown name, an object pronoun ("her", "him") after another actor of
// the sentence, and "its neighbour" for the other country named.
#include <gtest/gtest.h>
#include <gmock/gmock.h>

#include "extract/codebook_coverage.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;

std::vector<std::string> Code(const std::string& text) {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, "2025-03-28"));
}

TEST(BuiltinCodingTargets, ACourtActsOnTheOneItsAppositiveDescribes) {
  // Past describing words ("jailed", "prominent"), and of the court's own country.
  EXPECT_THAT(Code("A Turkish court sentenced Selahattin Demirtas, the jailed former leader of the pro-Kurdish HDP party, "
                   "to 42 years in prison on Thursday."),
              ElementsAre("TURJUD 116 TURELI"));
  EXPECT_THAT(Code("A Kenyan court sentenced Mercy Wanjiru, a prominent journalist, to two years in prison."),
              ElementsAre("KENJUD 116 KENMED"));
  // "one of the country's best-known activists": the people of the country, not the country.
  EXPECT_THAT(Code("An Egyptian court convicted Alaa Abdel Fattah, one of the country's best-known activists, of "
                   "spreading false news."),
              ElementsAre("EGYJUD 116 EGYOPP"));
}

TEST(BuiltinCodingTargets, AnAppositiveOfTheSourcesCountryIsNoTargetOfAnActAbroad) {
  // An extradition is to the country that receives, not to the gang leader described.
  EXPECT_THAT(Code("Ecuador extradited Carlos Perez, a notorious gang leader, to Colombia on Monday."),
              ElementsAre("ECU 063 COL"));
}

TEST(BuiltinCodingTargets, AnObjectPronounIsAnOfficeHolderOfTheSameState) {
  // (Police questioning him is an investigation of its own, 091.)
  EXPECT_THAT(Code("Nepalese police questioned former Prime Minister Khadga Prasad Oli and later took him into custody."),
              ElementsAre("NPLCOP 091 NPLELI", "NPLCOP 173 NPLELI"));
  // "her" as an object, of an office holder with no country until the sentence's state gives it one.
  EXPECT_THAT(Code("Peru's president demanded that Attorney General Delia Espinoza resign, accusing her of obstructing "
                   "justice."),
              Contains("PERGOV 112 PERJUD"));
}

TEST(BuiltinCodingTargets, AnObjectPronounIsNoOppositionLeaderEscorted) {
  EXPECT_THAT(Code("Kampala police arrested opposition leader Robert Kyagulanyi and escorted him to his home."),
              ElementsAre("UGACOP 173 UGAOPP"));
}

TEST(BuiltinCodingTargets, APossessiveHerIsNoObject) {
  EXPECT_THAT(Code("Peru's president praised the attorney general and her criticism of corruption."),
              ElementsAre("PERGOV 051 PERJUD"));
}

TEST(BuiltinCodingTargets, ItsNeighbourIsTheOtherCountryNamed) {
  EXPECT_THAT(Code("Rabat cut diplomatic ties with Algiers, accusing its neighbour of backing separatists."),
              ElementsAre("MAR 161 DZA", "MAR 112 DZA"));
  EXPECT_THAT(Code("Armenia recalled its ambassador from Baku, accusing its neighbor of shelling border villages."),
              Contains("ARM 1123 AZE"));
  // With no other country named, nobody.
  EXPECT_THAT(Code("Rabat accused its neighbour of backing separatists."), Not(Contains("MAR 112 DZA")));
}

TEST(BuiltinCodingTargets, SayingAnotherWasBehindAnActAccusesIt) {
  EXPECT_THAT(Code("Lithuania expelled a Belarusian diplomat, saying Minsk was behind an arson attack on a warehouse."),
              ElementsAre("LTU 161 BLRGOV", "LTU 112 BLR"));
  EXPECT_THAT(Code("Estonia said Russia was behind a cyber attack on its government websites."),
              ElementsAre("EST 112 RUS"));
}

TEST(BuiltinCodingTargets, BeingBehindIsNoAccusationOfNoActorOrOfItself) {
  EXPECT_THAT(Code("Officials said the storm was behind the outage."), IsEmpty());
  EXPECT_THAT(Code("Germany said Russia was behind schedule on its gas payments."), IsEmpty());
  EXPECT_THAT(Code("Estonia said Russia was not behind the cyber attack."), IsEmpty());
  EXPECT_THAT(Code("The Baloch Liberation Army said its fighters were behind the ambush."), Not(Contains("PAKREB 112 PAKREB")));
}

TEST(BuiltinCodingTargets, AStatementPastAnInfinitiveComplementIsTheAskers) {
  // "it" is the African Union asked to leave; the one accusing is Mali, who asked.
  EXPECT_THAT(Code("Mali asked the African Union to pull its force out of the country, accusing it of having failed to "
                   "protect civilians."),
              Contains("MLI 112 IGOAFRAFU"));
  EXPECT_THAT(Code("Kenya urged Somalia to release the aid workers, criticising it for holding them without charge."),
              Contains("KEN 111 SOM"));
  // Not other acts: a vow after an ultimatum is no new event of the protesters against their city.
  EXPECT_THAT(Code("Students gave Serbian Prime Minister Milos Vucevic until Monday to resign, vowing to blockade "
                   "Belgrade if he did not."),
              ElementsAre("SRBEDU 139 SRBGOV"));
}

TEST(BuiltinCodingTargets, ItsCrewIsTheOwnerOfTheVesselJustNamed) {
  // Not the migrants later in the clause: the crew of the charity's ship.
  EXPECT_THAT(Code("Italian authorities detained the Spanish charity rescue ship Open Arms, accusing its crew of "
                   "endangering migrants."),
              ElementsAre("ITAGOV 173 ESPNGO", "ITAGOV 112 ESPNGO"));
  EXPECT_THAT(Code("Greece detained a Turkish fishing boat, accusing its captain of entering Greek waters."),
              ElementsAre("GRC 173 TURAGR", "GRC 112 TURAGR"));
}

TEST(BuiltinCodingTargets, ItsCrewOfNoOwnerNamedIsNobody) {
  // The vessel has no owner named: "its crew" is not Italy's.
  EXPECT_THAT(Code("Italy detained a rescue ship, accusing its crew of endangering migrants."),
              Not(Contains("ITA 112 ITA")));
}

TEST(BuiltinCodingTargets, AnInvestigationIntoANameIsOfTheOneItsAppositiveDescribes) {
  // Past the act's own noun phrase and a day: "a criminal investigation on Monday into X, the ...".
  EXPECT_THAT(Code("Albanian anti-corruption prosecutors opened a criminal investigation on Monday into Erion Veliaj, "
                   "the mayor of Tirana, over alleged money laundering."),
              ElementsAre("ALBJUD 091 ALBGOV"));
  EXPECT_THAT(Code("Albanian prosecutors opened an investigation into Erion Veliaj, the mayor of Tirana."),
              ElementsAre("ALBJUD 091 ALBGOV"));
}

TEST(BuiltinCodingTargets, AnInvestigationIntoANameOfNoOneDescribedHasNoTarget) {
  EXPECT_THAT(Code("Albanian prosecutors opened a criminal investigation into Erion Veliaj over alleged money "
                   "laundering."),
              IsEmpty());
}

TEST(BuiltinCodingTargets, PoliceOfNoCountryHoldingAnOppositionLeaderAreHisStates) {
  EXPECT_THAT(Code("Kenyan opposition leader Raila Odinga was detained by police at his home on Tuesday."),
              ElementsAre("KENCOP 173 KENOPP"));
  EXPECT_THAT(Code("A court sentenced former Bolivian President Jeanine Anez to ten years in prison."),
              ElementsAre("BOLJUD 116 BOLGOV"));
}

TEST(BuiltinCodingTargets, PoliceOfNoCountryKeepTheirPlaceOrStayUncoded) {
  // Police in a foreign capital are that capital's country's.
  EXPECT_THAT(Code("Police in Paris detained Russian opposition activist Ilya Yashin."), ElementsAre("FRACOP 173 RUSOPP"));
  // Another country named: whose police is unknown.
  EXPECT_THAT(Code("Police detained Venezuelan opposition leader Juan Guaido after he flew in from Colombia."),
              IsEmpty());
  // A journalist is often held abroad: no country is given.
  EXPECT_THAT(Code("Police detained a Russian journalist at the airport."), IsEmpty());
}

TEST(BuiltinCodingTargets, HimIsNoCourtNamedWithItsPlace) {
  // "a court in Pristina" is a court, not a person "him" could be: the politician named first.
  EXPECT_THAT(Code("Kosovo Serb politician Milan Radoicic said a court in Pristina sentenced him in absentia."),
              Contains("KSVJUD 116 KSVPTY"));
}

TEST(BuiltinCodingTargets, ADummyItIsNoActor) {
  EXPECT_THAT(Code("It is unclear whether Rabat will cut ties with Algiers."), IsEmpty());
}

}  // namespace
}  // namespace tidings::extract
