// References across an article's sentences. A reaction to "the move" or "the decision" answers
// the deed an earlier sentence reports, not another side's reaction to it; an act done by a
// compound ("U.S. and British warplanes struck ...", "Britain and the United States accused ...")
// is answered by all who did it. "He" or "him" is a person, never a seat of government named last
// ("left the White House", "visited Downing Street"). An act a past tense reports as planned ("were
// due to sign", "had been scheduled to meet") is not done: a meeting planned is 036, else no event.
// Diplomats of one's own country withdrawn from no one named cut no relations (161) with it.
// "The two sides", "both sides" are the two who last did one act to each other, with their own
// codes: a government and its rebels stay two sides of one country.
// A bare country adjective before "and <named group> negotiators" takes the noun's agent only.
// "The group" after a member of an armed group named ("a Boko Haram leader") is that group.
// Calling someone or their act illegal, a dictator, a war criminal or an act of aggression
// criticises them (111).
// A coup, takeover, annexation, execution, assassination or kidnapping, and a deal, agreement or
// accord, name an earlier act; "railed against the attack" answers it past the preposition;
// a deal two signed is both sides'.
// "Were killed in a clash with X": X fought the passive's subject.
// Every sentence here was written for this test.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::Contains;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

std::vector<std::string> On(const std::string& text, const std::string& date = "2024-03-05") {
  return testing::Triples(testing::CodeText(testing::BuiltinCoder(), text, date));
}

TEST(WireCoverage57, ASecondReactionToADeedAnswersTheDeedNotTheFirstReaction) {
  EXPECT_THAT(On("Russia expelled ten Polish diplomats on Monday. Poland condemned the move. Lithuania also "
                 "criticised the decision."),
              UnorderedElementsAre("RUS 161 POLGOV", "POL 111 RUS", "LTU 111 RUS"));
  EXPECT_THAT(On("Kenyan police arrested 20 opposition supporters on Monday. Uganda condemned the move. Tanzania "
                 "also criticised the decision."),
              Not(Contains("TZA 111 UGA")));
  // Words said are still answered: "the criticism" is Poland's.
  EXPECT_THAT(On("Russia expelled ten Polish diplomats on Monday. Poland condemned the move. Moscow rejected the "
                 "criticism."),
              Contains("RUS 016 POL"));
}

TEST(WireCoverage57, AnActDoneByACompoundIsAnsweredByAllWhoDidIt) {
  EXPECT_THAT(On("Saudi and Emirati jets bombed Houthi positions near Marib on Thursday. Iran condemned the air "
                 "strikes.",
                 "2022-03-10"),
              UnorderedElementsAre("SAU 195 YEMREB", "AREMIL 195 YEMREB", "IRN 111 SAU", "IRN 111 AREMIL"));
  EXPECT_THAT(On("The United States and Britain imposed new sanctions on Iran on Monday. Tehran condemned the "
                 "move."),
              UnorderedElementsAre("USA 163 IRN", "GBR 163 IRN", "IRN 111 USA", "IRN 111 GBR"));
  EXPECT_THAT(On("Canada and Australia accused China on Tuesday of hacking government networks. Beijing rejected "
                 "the accusation."),
              UnorderedElementsAre("CAN 1125 CHN", "AUS 1125 CHN", "CHN 016 CAN", "CHN 016 AUS"));
}

TEST(WireCoverage57, TheCompoundsOwnSideDoesNotAnswer) {
  // One of the two who acted reacting to it answers no one of its own country.
  EXPECT_THAT(On("The United States and Britain imposed new sanctions on Iran on Monday. British lawmakers "
                 "criticised the move."),
              Not(Contains("GBRLEG 111 GBR")));
}

TEST(WireCoverage57, APersonPronounIsNoSeatOfGovernment) {
  EXPECT_THAT(On("Kenyan President William Ruto met U.S. President Joe Biden on Thursday. Ruto left the White House "
                 "early. African leaders praised him."),
              Contains("AFR 051 KENGOV"));
  EXPECT_THAT(On("Mexican President Andres Manuel Lopez Obrador spoke to Joe Biden on Thursday. He later left the "
                 "White House. Canadian Prime Minister Justin Trudeau welcomed him in Ottawa."),
              Not(Contains("CANGOV 043 USAGOV")));
  EXPECT_THAT(On("Irish Prime Minister Leo Varadkar visited Downing Street on Monday. He praised British Prime "
                 "Minister Rishi Sunak for the Windsor deal.",
                 "2023-04-10"),
              UnorderedElementsAre("IRLGOV 042 GBRGOV", "IRLGOV 051 GBRGOV"));
}

TEST(WireCoverage57, AnActPlannedInThePastIsNotDone) {
  EXPECT_THAT(On("Kenya and Uganda were due to sign a trade pact on Friday, but the ceremony was postponed."),
              ::testing::IsEmpty());
  EXPECT_THAT(On("Israel and Hamas were supposed to sign a ceasefire deal on Friday."), ::testing::IsEmpty());
  EXPECT_THAT(On("The Philippines was due to deliver rice to Indonesia last week."), ::testing::IsEmpty());
  EXPECT_THAT(On("Putin was scheduled to meet Xi in Beijing on Thursday."), UnorderedElementsAre("RUSGOV 036 CHNGOV"));
  // Done, the act is coded; a relative clause's plan changes nothing.
  EXPECT_THAT(On("Kenya and Uganda signed a trade pact on Friday that was due to take effect in June."),
              UnorderedElementsAre("KEN 057 UGA", "UGA 057 KEN"));
}

TEST(WireCoverage57, OwnDiplomatsWithdrawnFromNoOneCutNoRelations) {
  EXPECT_THAT(On("The United States and its allies rushed to evacuate their diplomats."), ::testing::IsEmpty());
  EXPECT_THAT(On("The Netherlands recalled its ambassador for consultations."), ::testing::IsEmpty());
  // From a country named, or another country's diplomats, still 161.
  EXPECT_THAT(On("Canada evacuated its diplomats from Kabul on Monday."), UnorderedElementsAre("CAN 161 AFG"));
  EXPECT_THAT(On("Russia expelled ten Polish diplomats on Monday."), UnorderedElementsAre("RUS 161 POLGOV"));
}

TEST(WireCoverage57, TheTwoSidesAreTheTwoWhoLastActedOnEachOther) {
  EXPECT_THAT(On("Sudan's army and the RSF held talks in Jeddah on Tuesday. Saudi Arabia urged the two sides to "
                 "agree a truce.",
                 "2023-05-10"),
              Contains("SAU 0256 SDNREB"));
  EXPECT_THAT(On("Congolese troops and M23 rebels clashed near Goma on Thursday. The United Nations called on both "
                 "sides to halt the fighting."),
              ::testing::IsSupersetOf({"IGOUNO 0256 CODMIL", "IGOUNO 0256 CODREB"}));
  EXPECT_THAT(On("Russian and Ukrainian negotiators met in Istanbul on Tuesday. Turkey urged the two sides to reach "
                 "a ceasefire.",
                 "2022-03-29"),
              ::testing::IsSupersetOf({"TUR 0256 RUSGOV", "TUR 0256 UKRGOV"}));
  // "The two countries" are still countries.
  EXPECT_THAT(On("Sudan's army and the RSF held talks in Jeddah on Tuesday. Egypt and Ethiopia welcomed the talks. "
                 "Saudi Arabia thanked the two countries.",
                 "2023-05-10"),
              Not(Contains("SAU 051 SDNREB")));
}

TEST(WireCoverage57, AnAdjectivePairSharesTheNounsAgentNotTheGroupsRole) {
  EXPECT_THAT(On("Israeli and Hamas negotiators held talks in Doha on Tuesday."),
              UnorderedElementsAre("ISRGOV 040 PSEREBGOV", "PSEREBGOV 040 ISRGOV"));
  EXPECT_THAT(On("Azerbaijani and Armenian negotiators met in Washington on Tuesday."),
              UnorderedElementsAre("AZEGOV 044 ARMGOV", "ARMGOV 044 AZEGOV"));
}

TEST(WireCoverage57, TheGroupOfAnArmedGroupsMemberNamedBefore) {
  EXPECT_THAT(On("Nigerian troops killed a Boko Haram leader in Borno state. The group retaliated by attacking a "
                 "military base."),
              Contains("NGAREB 190 NGAMIL"));
  EXPECT_THAT(On("Israel killed a senior Islamic Jihad commander in Gaza on Tuesday. The group responded by firing "
                 "rockets at Tel Aviv."),
              Contains(::testing::StartsWith("PSEREB 19")));
  // An opposition leader's "group" is none named: no event from it.
  EXPECT_THAT(On("Police detained opposition leader Ilya Yashin on Monday. The group condemned the arrest."),
              Not(Contains(::testing::StartsWith("RUSOPP 111"))));
}

TEST(WireCoverage57, CallingSomeoneOrTheirActDisparagingNamesIsCriticism) {
  EXPECT_THAT(On("Erdogan called Netanyahu a war criminal on Wednesday."), UnorderedElementsAre("TURGOV 111 ISRGOV"));
  EXPECT_THAT(On("Iran called the U.S. decision illegal."), UnorderedElementsAre("IRN 111 USA"));
  EXPECT_THAT(On("Russia called Ukraine's incursion into Kursk an act of aggression."),
              UnorderedElementsAre("RUS 111 UKR"));
  // A call on someone to stop something illegal is an appeal, not criticism of them by the word.
  EXPECT_THAT(On("The EU called on Israel to halt illegal settlements."), Not(Contains("IGOEUREEC 111 ISR")));
}

TEST(WireCoverage57, MoreNounsNameAnEarlierAct) {
  EXPECT_THAT(On("Soldiers in Gabon detained President Ali Bongo on Wednesday. The African Union condemned the coup.",
                 "2023-08-30"),
              Contains("IGOAFRAFU 111 GABMIL"));
  EXPECT_THAT(On("Turkish jets bombed Kurdish positions in northern Iraq on Sunday. Iraq's foreign ministry "
                 "railed against the attack."),
              Contains("IRQGOV 111 TURMIL"));
  EXPECT_THAT(On("Turkish jets bombed Kurdish positions in northern Iraq on Sunday. Iraq's foreign ministry "
                 "complained over the attack."),
              Contains(::testing::StartsWith("IRQGOV 11")));
}

TEST(WireCoverage57, ACapOrCurbsAgreedAreAnswered) {
  EXPECT_THAT(On("G7 finance ministers agreed on Friday to impose new curbs on Russian oil exports. Moscow said it "
                 "would not accept the curbs."),
              Contains(::testing::StartsWith("RUS 12")));
  EXPECT_THAT(On("European Union governments agreed on Friday to cap the price of Russian gas. The Kremlin said it "
                 "would not accept the cap."),
              Contains("RUSGOV 120 IGOEUREEC"));
}

TEST(WireCoverage57, ADealTwoSignedIsBothSides) {
  EXPECT_THAT(On("Israel and Hamas signed a ceasefire deal on Thursday. The deal was mediated by Egypt and Qatar."),
              ::testing::IsSupersetOf({"EGY 045 ISR", "EGY 045 PSEREB", "QAT 045 ISR", "QAT 045 PSEREB"}));
  EXPECT_THAT(On("Armenia and Azerbaijan signed a peace agreement on Friday. Iran welcomed the agreement."),
              ::testing::IsSupersetOf({"IRN 051 ARM", "IRN 051 AZE"}));
  // A deal no earlier sentence reports names no one.
  EXPECT_THAT(On("Iran welcomed the agreement on Friday."), ::testing::IsEmpty());
}

TEST(WireCoverage57, KilledInAClashWithXIsXsForce) {
  EXPECT_THAT(On("Twelve Indian soldiers were killed in a clash with Chinese troops in Ladakh."),
              UnorderedElementsAre("CHNMIL 190 INDMIL"));
  EXPECT_THAT(On("Two Israeli soldiers were wounded in a gunfight with Hamas fighters in Gaza."),
              UnorderedElementsAre("PSEREB 190 ISRMIL"));
  EXPECT_THAT(On("The striker was injured in a clash with the goalkeeper."), ::testing::IsEmpty());
}

}  // namespace
}  // namespace tidings::extract
