// SentenceCoder: how a verb's pattern, voice and neighbours make its events — reversed
// "[:CODE]" patterns, appeals with no one appealed to, compounds acting on each other, and
// the clauses a transformation takes in. Small dictionaries and sentences written for the test.
#include "extract/sentence_coder.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

const char* kVerbs =
    "--- ENJOY [---] ---\nENJOY\n- * SUPPORT [:050]\n\n"
    "--- WANT [020] ---\nWANT\n\n"
    "--- HELP [070] ---\nHELP\n\n"
    "--- CONDEMN [111] ---\nCONDEMN\n\n"
    "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n\n"
    "--- PROMOTE [050] ---\nPROMOTE\n\n"
    "--- IMPOSE [---] ---\nIMPOSE\n- * SANCTIONS [163]\n\n"
    "--- ATTACK [190] ---\nATTACK\nBOMB {BOMBS BOMBED BOMBING}\n\n"
    "--- CLAIM [019] ---\nCLAIM\n\n"
    "--- DEMAND [100] ---\nDEMAND\n\n"
    "--- WARN [130] ---\nWARN\n\n"
    "--- REFUSE [---] ---\nREFUSE\nDECLINE [120]\n- * TALKS [125]\n\n"
    "--- RELEASE [084] ---\nRELEASE\n\n"
    "--- ACCUSE [112] ---\nACCUSE\n- * + OF_SPYING [1125]\n\n"
    "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\nTELL {TELLS TOLD TELLING}\n\n"
    "~ a (b . ATTACK) CLAIM = a b 112\n"
    "~ a (b . ATTACK) SAY = a b 112\n";
const char* kActors = "TURKEY_ [TUR]\n+TURKISH_\nIRAN_ [IRN]\nRUSSIA_ [RUS]\nGEORGIA_ [GEO]\nARMENIA_ [ARM]\n";
const char* kAgents = "TROOP [~MIL]\nREPORTER [~MED]\n";

class SentenceCoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Status s = EventCoder::Create(testing::SmallOptions("sc", kVerbs, kActors, kAgents), &coder_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  static std::vector<std::string> Code(const std::string& text) {
    return testing::Triples(testing::CodeText(*coder_, text));
  }
  static std::unique_ptr<EventCoder> coder_;
};
std::unique_ptr<EventCoder> SentenceCoderTest::coder_;

TEST_F(SentenceCoderTest, AReversedPatternNeedsBothActors) {
  EXPECT_THAT(Code("Turkey enjoyed support from Russia."), ElementsAre("RUS 050 TUR"));
  // Nobody is supported: no event, and the compound does not support itself.
  EXPECT_THAT(Code("Such a plan enjoyed support from Russia and Iran."), IsEmpty());
}

TEST_F(SentenceCoderTest, AnAppealToNobodyBeforeItsInfinitiveIsAnIntent) {
  EXPECT_THAT(Code("Turkey wants to help Georgia."), ElementsAre("TUR 033 GEO"));
  for (const std::string& e : Code("Turkey wants Russia to help Georgia.")) EXPECT_NE(e.substr(4, 2), "03") << e;
}

TEST_F(SentenceCoderTest, AnAppealMadeToSomeoneTakesTheCombinedCodeOfTheActItAsksFor) {
  EXPECT_THAT(Code("Turkey wants Russia to help Georgia."), ElementsAre("TUR 023 RUS"));  // appeal for aid
  EXPECT_THAT(Code("Turkey wants Russia to condemn Georgia."), ElementsAre("TUR 020 RUS"));  // no combined code
}

TEST_F(SentenceCoderTest, ABareStatementBesideTheSameActorsSpecificActIsDropped) {
  EXPECT_THAT(Code("Turkey told Iran and condemned Georgia."), ElementsAre("TUR 111 GEO"));
  // Alone, or beside another actor's act, the statement stays.
  EXPECT_THAT(Code("Turkey told Iran."), ElementsAre("TUR 010 IRN"));
  EXPECT_THAT(Code("Turkey told Iran that Russia condemned Georgia."), UnorderedElementsAre("TUR 010 IRN", "RUS 111 GEO"));
  // A statement to the speaker's own country says nothing about relations.
  EXPECT_THAT(Code("Turkey told Turkish troops."), IsEmpty());
}

TEST_F(SentenceCoderTest, TheActADemandAsksForIsNotDone) {
  std::vector<std::string> t = Code("Turkey demanded that Russia release Georgia.");
  EXPECT_THAT(t, ElementsAre("TUR 1053 RUS"));  // demanded that Russia release someone
  EXPECT_THAT(t, ::testing::Not(::testing::Contains("RUS 084 GEO")));
  // Done, not demanded.
  EXPECT_THAT(Code("Russia released Georgia."), ElementsAre("RUS 084 GEO"));
}

TEST_F(SentenceCoderTest, ANullCodedVerbGoverningAnActIsItsBlocksRefusal) {
  // REFUSE is null-coded, its synonym DECLINE [120]: refusing to impose sanctions imposes none.
  EXPECT_THAT(Code("Turkey refused to impose sanctions on Russia."), ElementsAre("TUR 120 RUS"));
  EXPECT_THAT(Code("Turkey imposed sanctions on Russia."), ElementsAre("TUR 163 RUS"));
  // Isolated, the null code makes no event.
  EXPECT_THAT(Code("Turkey refused Russia."), IsEmpty());
}

TEST_F(SentenceCoderTest, TheActAThreatSaysWouldBeDoneIsPartOfTheThreat) {
  EXPECT_THAT(Code("Turkey warned Iran that it would attack Georgia."), ElementsAre("TUR 130 IRN"));
  // No one warned: the threat is of the act, against its target.
  EXPECT_THAT(Code("Turkey warned that it would attack Georgia."), ElementsAre("TUR 138 GEO"));
}

TEST_F(SentenceCoderTest, BeingReadyToActIsTheIntent) {
  EXPECT_THAT(Code("Turkey is ready to help Georgia."), ElementsAre("TUR 033 GEO"));
  EXPECT_THAT(Code("Turkey was prepared to meet Iran."), ElementsAre("TUR 036 IRN"));
  EXPECT_THAT(Code("Turkey is not ready to help Georgia."), IsEmpty());
  EXPECT_THAT(Code("Turkey helped Georgia."), ElementsAre("TUR 070 GEO"));
}

TEST_F(SentenceCoderTest, OnlyMutualActsMakeACompoundActOnEachOther) {
  EXPECT_THAT(Code("Turkey and Iran met."), UnorderedElementsAre("TUR 040 IRN", "IRN 040 TUR"));
  EXPECT_THAT(Code("Turkey and Iran condemned the decision."), IsEmpty());
  EXPECT_THAT(Code("Turkey and Iran condemned Russia."), UnorderedElementsAre("TUR 111 RUS", "IRN 111 RUS"));
}

TEST_F(SentenceCoderTest, ThePassivesAgentsActTogetherUnlessTheyMeet) {
  EXPECT_THAT(Code("Sanctions imposed by Turkey and Iran angered Georgia."), IsEmpty());
  EXPECT_THAT(Code("A convoy was bombed by Turkey and Iran."), IsEmpty());
  EXPECT_THAT(Code("Georgia was bombed by Turkey and Iran."), UnorderedElementsAre("TUR 190 GEO", "IRN 190 GEO"));
}

TEST_F(SentenceCoderTest, AParticipleDescribingAnObjectIsNoActOfIt) {
  // "helped Turkish troops bombing Russia": the troops are helped; their bombing is background.
  // BOMBING is listed in braces, ATTACKING generated: both are -ING forms.
  EXPECT_THAT(Code("Iran helped Turkish troops bombing Russia."), ElementsAre("IRN 070 TURMIL"));
  EXPECT_THAT(Code("Iran helped Turkish troops attacking Russia."), ElementsAre("IRN 070 TURMIL"));
  // After "be" the listed form is finite: "Turkish troops were bombing Russia".
  EXPECT_THAT(Code("Turkish troops were bombing Russia."), ElementsAre("TURMIL 190 RUS"));
}

TEST_F(SentenceCoderTest, AGerundWithABorrowedSubjectIsNoMutualAct) {
  EXPECT_THAT(Code("Turkey and Iran met in March, especially by promoting trade."),
              UnorderedElementsAre("TUR 040 IRN", "IRN 040 TUR"));
}

TEST_F(SentenceCoderTest, ATransformationTakesInTheVerbsCoordinatedWithItsClause) {
  EXPECT_THAT(Code("Armenia claimed that Turkey had attacked Georgia and bombed Russia."), ElementsAre("ARM 112 TUR"));
}

TEST_F(SentenceCoderTest, AReflexiveObjectIsTheSubjectForTheTransformationsOnly) {
  EXPECT_THAT(Code("Armenia said that Turkey had attacked itself."), ElementsAre("ARM 112 TUR"));
  EXPECT_THAT(Code("Turkey attacked itself."), IsEmpty());
}

TEST_F(SentenceCoderTest, AShowOfForceIsNoUseOfIt) {
  EXPECT_THAT(Code("Russia bombed the sea on Monday in a show of force against Georgia."), ElementsAre("RUS 150 GEO"));
  EXPECT_THAT(Code("Russia bombed Georgia into the sea."), ElementsAre("RUS 150 GEO"));
  EXPECT_THAT(Code("Russia bombed Georgia on Monday."), ElementsAre("RUS 190 GEO"));
  // Only force is shown: a meeting stays a meeting.
  EXPECT_THAT(Code("Turkey met Iran in a show of force against Russia."), ElementsAre("TUR 040 IRN"));
}

TEST_F(SentenceCoderTest, TheReportersAStatementIsMadeToAreNotItsTarget) {
  EXPECT_THAT(Code("Turkey told reporters on Monday."), IsEmpty());
  EXPECT_THAT(Code("Turkey told Georgia on Monday."), ElementsAre("TUR 010 GEO"));
}

TEST_F(SentenceCoderTest, APassiveWithAThingAsSubjectActsOnWhatFollowsTheVerb) {
  EXPECT_THAT(Code("Sanctions were imposed on Russia by Turkey."), ElementsAre("TUR 163 RUS"));
  EXPECT_THAT(Code("Sanctions were imposed by Turkey."), IsEmpty());
}

TEST_F(SentenceCoderTest, APatternsTargetOnAPassivesAgentIsItsSource) {
  // "* + OF_SPYING" written for "Turkey accused Georgia of spying": in the passive the "+"
  // lands on the "by" agent, who accuses; the subject is accused.
  EXPECT_THAT(Code("Turkey accused Georgia of spying."), ElementsAre("TUR 1125 GEO"));
  EXPECT_THAT(Code("Georgia was accused by Turkey of spying."), ElementsAre("TUR 1125 GEO"));
  EXPECT_THAT(Code("Georgia was accused by Turkey on Monday."), ElementsAre("TUR 112 GEO"));
  // An agent that is not the pattern's target keeps the roles it had.
  EXPECT_THAT(Code("Sanctions were imposed on Russia by Turkey."), ElementsAre("TUR 163 RUS"));
}

TEST_F(SentenceCoderTest, AReducedRelativeHappensToTheNounItFollows) {
  // Not to Georgia: the thing bombed is "a convoy"; Russia is the agent.
  EXPECT_THAT(Code("Georgia said a convoy bombed near the border by Russia burned."), IsEmpty());
  EXPECT_THAT(Code("There were ten Turkish troops attacked in Georgia."), IsEmpty());
  EXPECT_THAT(Code("There were ten Turkish troops attacked by Iran."), ElementsAre("IRN 190 TURMIL"));
}

}  // namespace
}  // namespace tidings::extract
