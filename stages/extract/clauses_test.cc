// VerbFinder and ClauseRoles: which words are verbs, their voice, negation and refutation,
// and the subject and object around them. ComposeCodes: CAMEO's combined codes. Small
// dictionaries and sentences written for the test.
#include "extract/clauses.h"

#include <gtest/gtest.h>

#include "extract/phase_test_support.h"

namespace tidings::extract {
namespace {

const char* kActors = "TURKEY_ [TUR]\n+TURKISH_\nRUSSIA_ [RUS]\nGEORGIA_ [GEO]\nIRAN_ [IRN]\n";
const char* kAgents = "MILITARY {} [~MIL]\nTROOP [~MIL]\n";
const char* kVerbs =
    "--- ATTACK [190] ---\nATTACK\nBOMB {BOMBS BOMBED BOMBING}\n"
    "--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n"
    "--- DENY [---] ---\nDENY\n"
    "--- SIGN [---] ---\nSIGN\n"
    "--- AGREE [030] ---\nAGREE\n"
    "--- SLAY [180] ---\nSLAY {SLAYS SLEW SLAIN SLAYING}\n"
    "--- ACCUSE [112] ---\nACCUSE\n";

class ClausesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { dict_ = testing::LoadSmall("clauses", kVerbs, kActors, kAgents).release(); }
  static void TearDownTestSuite() { delete dict_; }
  static const Dictionaries* dict_;
};
const Dictionaries* ClausesTest::dict_ = nullptr;

TEST_F(ClausesTest, ANounAfterADeterminerIsNoVerb) {
  testing::PhaseRun run(*dict_);
  run.Prepare("The attack on Georgia worried Russia.");
  EXPECT_EQ(run.VerbAt("ATTACK"), -1);
  run.Prepare("Russia attacked Georgia.");
  ASSERT_EQ(run.VerbAt("ATTACKED"), 0);
  EXPECT_FALSE(run.work.verbs[0].passive);
  // A base form needs a subject, a modal or "to" before it.
  run.Prepare("Russia will attack Georgia.");
  EXPECT_NE(run.VerbAt("ATTACK"), -1);
  run.Prepare("Russia agreed to sign.");
  ASSERT_NE(run.VerbAt("SIGN"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("SIGN")].infinitive);
}

TEST_F(ClausesTest, PassivesAfterBeAndReducedRelatives) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Georgia was attacked by Russia.");
  ASSERT_NE(run.VerbAt("ATTACKED"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACKED")].passive);
  run.Prepare("A convoy bombed by Russia burned.");
  ASSERT_NE(run.VerbAt("BOMBED"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("BOMBED")].passive);
}

TEST_F(ClausesTest, APluralAfterThatWhoseClauseGoesOnToAModalIsItsSubject) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey said that attacks on Georgia would stop.");
  EXPECT_EQ(run.VerbAt("ATTACKS"), -1);
  // With an object, or with no modal after it, it is the verb of a relative clause.
  run.Prepare("Any country that attacks Georgia will pay.");
  EXPECT_NE(run.VerbAt("ATTACKS"), -1);
  run.Prepare("Iran condemned Russia, which attacks Georgia.");
  EXPECT_NE(run.VerbAt("ATTACKS"), -1);
}

TEST_F(ClausesTest, AnIngFormListedInBracesIsNoPassive) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Russia has been bombing Georgia.");  // BOMB {BOMBS BOMBED BOMBING}
  ASSERT_NE(run.VerbAt("BOMBING"), -1);
  EXPECT_FALSE(run.work.verbs[run.VerbAt("BOMBING")].passive);
  run.Prepare("Georgia has been bombed by Russia.");
  ASSERT_NE(run.VerbAt("BOMBED"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("BOMBED")].passive);
}

TEST_F(ClausesTest, ParticiplesThatModifyANounAreNoVerbs) {
  testing::PhaseRun run(*dict_);
  for (const char* sentence : {"Iran helped with bombed towns in Georgia.", "Russia counted two bombed towns.",
                               "The Turkish-signed accord angered Iran.", "Russia attacked bombed towns."}) {
    run.Prepare(sentence);
    EXPECT_EQ(run.VerbAt("BOMBED"), -1) << sentence;
    EXPECT_EQ(run.VerbAt("SIGNED"), -1) << sentence;
  }
  // Nor after a possessive: "their shared border" (but "the man who attacked her signed").
  run.Prepare("Iran attacked their signed accords.");
  EXPECT_EQ(run.VerbAt("SIGNED"), -1);
  // A prefix is no compound; a past form after a subject is a verb.
  run.Prepare("Turkey re-signed the accord.");
  EXPECT_NE(run.VerbAt("SIGNED"), -1);
  run.Prepare("Russia bombed two towns.");
  EXPECT_NE(run.VerbAt("BOMBED"), -1);
}

TEST_F(ClausesTest, ReducedRelativesHappenToTheNounBeforeThem) {
  testing::PhaseRun run(*dict_);
  // The "by" agent comes after a prepositional phrase.
  run.Prepare("An accord signed in Ankara by Turkey and Iran took effect.");
  int signed_verb = run.VerbAt("SIGNED");
  ASSERT_GE(signed_verb, 0);
  EXPECT_TRUE(run.work.verbs[signed_verb].passive && run.work.verbs[signed_verb].reduced);
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  EXPECT_EQ(roles.SubjectOf(signed_verb), -1);  // "an accord" is no actor
  // After "there were", the participle happens to the noun phrase.
  run.Prepare("There were ten Turkish troops attacked in Georgia.");
  int attacked = run.VerbAt("ATTACKED");
  ASSERT_GE(attacked, 0);
  EXPECT_TRUE(run.work.verbs[attacked].passive);
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles there(*dict_, &run.work, run.text, nullptr);
  EXPECT_EQ(there.SubjectOf(attacked), run.GroupAt("TURKISH"));
  // A verb with an object before its "by" is active.
  run.Prepare("Russia attacked Georgia by sea.");
  ASSERT_GE(run.VerbAt("ATTACKED"), 0);
  EXPECT_FALSE(run.work.verbs[run.VerbAt("ATTACKED")].passive);
}

TEST_F(ClausesTest, AnIngWordAfterADeterminerAndAnAdjectiveIsANoun) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey said the brutal slaying of troops angered Iran.");
  EXPECT_EQ(run.VerbAt("SLAYING"), -1);
  run.Prepare("Turkey was slaying troops.");
  EXPECT_NE(run.VerbAt("SLAYING"), -1);
}

TEST_F(ClausesTest, AParticipleBeforeTheMainVerbOrAfterAnObjectModifiesItsNoun) {
  testing::PhaseRun run(*dict_);
  // Only prepositional phrases between the participle and the clause's "were".
  run.Prepare("Turkish troops attacked in Georgia were bombed by Iran.");
  int attacked = run.VerbAt("ATTACKED");
  ASSERT_GE(attacked, 0);
  EXPECT_TRUE(run.work.verbs[attacked].reduced);
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  EXPECT_EQ(roles.SubjectOf(attacked), run.GroupAt("TURKISH"));
  EXPECT_EQ(roles.AgentOfPassive(attacked, run.work.tokens.size()), -1);  // Iran bombed; it did not attack
  EXPECT_EQ(roles.SubjectOf(run.VerbAt("BOMBED")), run.GroupAt("TURKISH"));
  // A subject of its own before "was": an ordinary clause.
  run.Prepare("Russia said on Monday Iran was attacked.");
  ASSERT_GE(run.VerbAt("SAID"), 0);
  EXPECT_FALSE(run.work.verbs[run.VerbAt("SAID")].passive);
  // After the object of an act that takes no clause, or inside a prepositional phrase.
  for (const char* sentence : {"Turkey bombed troops attacked in Georgia.", "With troops attacked in Georgia, Iran agreed."}) {
    run.Prepare(sentence);
    ASSERT_GE(run.VerbAt("ATTACKED"), 0) << sentence;
    EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACKED")].reduced) << sentence;
  }
  // A bare noun after a word the dictionaries do not know is that word's object.
  run.Prepare("Russia kept troops attacked near Georgia.");
  ASSERT_GE(run.VerbAt("ATTACKED"), 0);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACKED")].reduced);
  // A verb of saying takes a clause; "after" opens one.
  for (const char* sentence : {"Turkey said troops attacked in Georgia.", "After Russia attacked in March, Iran agreed."}) {
    run.Prepare(sentence);
    ASSERT_GE(run.VerbAt("ATTACKED"), 0) << sentence;
    EXPECT_FALSE(run.work.verbs[run.VerbAt("ATTACKED")].passive) << sentence;
  }
}

TEST_F(ClausesTest, TheForcesAShowOfForceMovesAreNoObject) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey attacked troops near Georgia.");
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  bool embedded = false;
  int v = run.VerbAt("ATTACKED");
  ASSERT_GE(v, 0);
  size_t n = run.work.tokens.size();
  EXPECT_EQ(roles.ObjectOf(v, n, -1, &embedded, nullptr, "154"), run.GroupAt("GEORGIA"));
  EXPECT_EQ(roles.ObjectOf(v, n, -1, &embedded, nullptr, "190"), run.GroupAt("TROOPS"));
}

TEST_F(ClausesTest, ACommaInAListOfThingsDoesNotEndTheObject) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey attacked ports, roads and bridges in Georgia.");
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  bool embedded = false;
  int v = run.VerbAt("ATTACKED");
  ASSERT_GE(v, 0);
  EXPECT_EQ(roles.ObjectOf(v, run.work.tokens.size(), -1, &embedded), run.GroupAt("GEORGIA"));
  // A comma before another clause does.
  run.Prepare("Turkey attacked ports, Georgia said.");
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles clause(*dict_, &run.work, run.text, nullptr);
  ASSERT_GE(run.VerbAt("ATTACKED"), 0);
  EXPECT_EQ(clause.ObjectOf(run.VerbAt("ATTACKED"), run.work.tokens.size(), -1, &embedded), -1);
}

TEST_F(ClausesTest, AnActorHyphenedToAParticipleIsNoObject) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey attacked a Russia-bombed part of Georgia.");
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  bool embedded = false;
  ASSERT_GE(run.VerbAt("ATTACKED"), 0);
  EXPECT_EQ(run.VerbAt("BOMBED"), -1);
  EXPECT_EQ(roles.ObjectOf(run.VerbAt("ATTACKED"), run.work.tokens.size(), -1, &embedded), run.GroupAt("GEORGIA"));
}

TEST_F(ClausesTest, NegationAndRefutedClauses) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Russia did not attack Georgia.");
  ASSERT_NE(run.VerbAt("ATTACK"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACK")].negated);
  run.Prepare("Iran denied that its troops attacked Georgia.");
  ASSERT_NE(run.VerbAt("ATTACKED"), -1);
  const VerbHit& v = run.work.verbs[run.VerbAt("ATTACKED")];
  EXPECT_TRUE(v.negated && v.refuted);
  // A time may stand between the refutation and its clause.
  run.Prepare("Iran denied on Monday that its troops attacked Georgia.");
  ASSERT_NE(run.VerbAt("ATTACKED"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACKED")].refuted);
  // The claim's source may stand between the claim and its clause.
  run.Prepare("Iran denied accusations by Turkey that its troops attacked Georgia.");
  ASSERT_NE(run.VerbAt("ATTACKED"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACKED")].refuted);
  // Asserted, not refuted.
  run.Prepare("Iran said that its troops attacked Georgia.");
  ASSERT_NE(run.VerbAt("ATTACKED"), -1);
  EXPECT_FALSE(run.work.verbs[run.VerbAt("ATTACKED")].negated);
}

TEST_F(ClausesTest, ConditionalsCounterfactualsPlansAndAllegationsAreUnrealized) {
  testing::PhaseRun run(*dict_);
  auto unrealized = [&](const char* sentence, const char* verb) {
    run.Prepare(sentence);
    int v = run.VerbAt(verb);
    EXPECT_NE(v, -1) << sentence;
    return v >= 0 && run.work.verbs[v].unrealized;
  };
  EXPECT_TRUE(unrealized("Russia said it would act unless Georgia attacked Turkey.", "ATTACKED"));
  EXPECT_TRUE(unrealized("If Russia attacks Georgia, Turkey will respond.", "ATTACKS"));
  EXPECT_TRUE(unrealized("Turkey said Russia would have attacked Georgia.", "ATTACKED"));
  EXPECT_TRUE(unrealized("Turkey rejected a Russian proposal to attack Georgia.", "ATTACK"));
  EXPECT_TRUE(unrealized("Russia has no plans to attack Georgia.", "ATTACK"));
  EXPECT_TRUE(unrealized("Iran is under pressure from Turkey to attack Georgia.", "ATTACK"));
  EXPECT_TRUE(unrealized("Iran rejected a request from Turkey on Monday to attack Georgia.", "ATTACK"));
  EXPECT_TRUE(unrealized("Turkey opened an inquiry into allegations that Russian troops attacked Georgia.", "ATTACKED"));
  EXPECT_TRUE(unrealized("Turkey studied reports from Iran that Russian troops attacked Georgia.", "ATTACKED"));
  // Reported as fact, or done: realized.
  EXPECT_FALSE(unrealized("Iran said that its troops attacked Georgia.", "ATTACKED"));
  EXPECT_FALSE(unrealized("Russia agreed to attack Georgia.", "ATTACK"));
  EXPECT_FALSE(unrealized("Turkey attacked Georgia after Russia attacked Iran.", "ATTACKED"));
  EXPECT_FALSE(unrealized("Russian troops attacked Georgia, and Turkey attacked Iran.", "ATTACKED"));
}

TEST_F(ClausesTest, IngNounsTopicsAndParticiplesAfterAPlainObject) {
  testing::PhaseRun run(*dict_);
  // An -ing word after a verb and an adjective is a noun.
  run.Prepare("Russia denied new bombing of Georgia.");
  EXPECT_EQ(run.VerbAt("BOMBING"), -1);
  // A gerund after "on" or "about" is a topic, not an act.
  run.Prepare("Turkey and Russia agreed on Friday on attacking Georgia.");
  ASSERT_NE(run.VerbAt("ATTACKING"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACKING")].unrealized);
  // A past form after a plain noun that a verb governs modifies that noun.
  run.Prepare("Russia signed documents attacked by Iran.");
  ASSERT_NE(run.VerbAt("ATTACKED"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACKED")].reduced);
  run.Prepare("Russia on Tuesday attacked Georgia.");
  ASSERT_NE(run.VerbAt("ATTACKED"), -1);
  EXPECT_FALSE(run.work.verbs[run.VerbAt("ATTACKED")].reduced);
}

TEST_F(ClausesTest, APresentTenseAfterAndContinuesAPresentTense) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Russia attacks Georgia and bombs Turkey.");
  EXPECT_NE(run.VerbAt("BOMBS"), -1);
  // After a past tense, "and bombs" is a noun: "said attacks and bombs hit Georgia".
  run.Prepare("Russia said rockets and bombs hit Georgia.");
  EXPECT_EQ(run.VerbAt("BOMBS"), -1);
}

TEST_F(ClausesTest, SubjectsObjectsAndEmbeddedClauses) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey said Russia attacked Georgia.");
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  int said = run.VerbAt("SAID"), attacked = run.VerbAt("ATTACKED");
  ASSERT_GE(said, 0);
  ASSERT_GE(attacked, 0);
  EXPECT_EQ(roles.SubjectOf(said), run.GroupAt("TURKEY"));
  bool embedded = false;
  // Russia is the subject of the embedded clause, not the object of "said".
  EXPECT_EQ(roles.ObjectOf(said, run.work.tokens.size(), -1, &embedded), -1);
  EXPECT_TRUE(embedded);
  EXPECT_EQ(roles.SubjectOf(attacked), run.GroupAt("RUSSIA"));
  EXPECT_EQ(roles.ObjectOf(attacked, run.work.tokens.size(), -1, &embedded), run.GroupAt("GEORGIA"));
  // A modal after the actor opens its clause even before a verb the dictionaries do not know.
  run.Prepare("Turkey said Russia would keep quiet.");
  ClauseRoles modal(*dict_, &run.work, run.text, nullptr);
  ASSERT_GE(run.VerbAt("SAID"), 0);
  EXPECT_EQ(modal.ObjectOf(run.VerbAt("SAID"), run.work.tokens.size(), -1, &embedded), -1);
  EXPECT_TRUE(embedded);
  run.Prepare("Turkey said Russia was ready.");
  ClauseRoles be(*dict_, &run.work, run.text, nullptr);
  ASSERT_GE(run.VerbAt("SAID"), 0);
  EXPECT_EQ(be.ObjectOf(run.VerbAt("SAID"), run.work.tokens.size(), -1, &embedded), -1);
  EXPECT_TRUE(embedded);
  run.Prepare("Georgia was attacked by Russia.");
  ClauseRoles passive(*dict_, &run.work, run.text, nullptr);
  EXPECT_EQ(passive.AgentOfPassive(run.VerbAt("ATTACKED"), run.work.tokens.size()), run.GroupAt("RUSSIA"));
}

TEST_F(ClausesTest, TheSubjectIsTheActorBeforeAParentheticalNotInsideIt) {
  testing::PhaseRun run(*dict_);
  for (const char* sentence : {"Turkey, which borders Iran, attacked Georgia.",
                               "Turkey, saying Iran had agreed, attacked Georgia.",
                               "Turkey, backed by Iran, attacked Georgia.",
                               "Turkey, Iran's military, attacked Georgia."}) {
    run.Prepare(sentence);
    run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
    ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
    int attacked = run.VerbAt("ATTACKED");
    ASSERT_GE(attacked, 0) << sentence;
    EXPECT_EQ(roles.SubjectOf(attacked), run.GroupAt("TURKEY")) << sentence;
  }
  // Commas that open no parenthetical leave the nearest actor the subject.
  run.Prepare("After talks in Turkey, Iran attacked Georgia.");
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  EXPECT_EQ(roles.SubjectOf(run.VerbAt("ATTACKED")), run.GroupAt("IRAN"));
}

TEST_F(ClausesTest, APlaceAfterInIsNoPartyToAnAgreementButIsToAnAttack) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey signed in Georgia.");
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  bool embedded = false;
  int signed_verb = run.VerbAt("SIGNED");
  ASSERT_GE(signed_verb, 0);
  size_t n = run.work.tokens.size();
  EXPECT_EQ(roles.ObjectOf(signed_verb, n, -1, &embedded, nullptr, "057"), -1);
  EXPECT_EQ(roles.ObjectOf(signed_verb, n, -1, &embedded, nullptr, "042"), run.GroupAt("GEORGIA"));  // a visit
  EXPECT_EQ(roles.ObjectOf(signed_verb, n, -1, &embedded, nullptr, "190"), run.GroupAt("GEORGIA"));
  EXPECT_EQ(roles.ObjectOf(signed_verb, n, -1, &embedded), run.GroupAt("GEORGIA"));  // code unknown
  // A summit's place is its host, unless several meet there.
  EXPECT_EQ(roles.ObjectOf(signed_verb, n, -1, &embedded, nullptr, "044"), run.GroupAt("GEORGIA"));
  run.Prepare("Turkey and Iran signed in Georgia.");
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles both(*dict_, &run.work, run.text, nullptr);
  ASSERT_GE(run.VerbAt("SIGNED"), 0);
  EXPECT_EQ(both.ObjectOf(run.VerbAt("SIGNED"), run.work.tokens.size(), run.GroupAt("TURKEY"), &embedded, nullptr, "044"),
            -1);
}

TEST_F(ClausesTest, AnInquiryIsIntoTheAuthorOfWhatItInvestigates) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey signed an inquiry into the treatment of Georgia by Russia.");
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  size_t n = run.work.tokens.size();
  EXPECT_EQ(roles.AuthorInInquiry(run.GroupAt("GEORGIA"), n), run.GroupAt("RUSSIA"));
  // The author must come before the clause ends.
  run.Prepare("Turkey signed an inquiry into Georgia, by Russia.");
  ClauseRoles cut(*dict_, &run.work, run.text, nullptr);
  EXPECT_EQ(cut.AuthorInInquiry(run.GroupAt("GEORGIA"), run.work.tokens.size()), run.GroupAt("GEORGIA"));
}

TEST_F(ClausesTest, AProtestsPlaceIsItsTargetOnlyWhenNoOtherActorIs) {
  testing::PhaseRun run(*dict_);
  auto target = [&](const char* sentence) {
    run.Prepare(sentence);
    ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
    return roles.BeyondProtestPlace(run.GroupAt("GEORGIA"), run.work.tokens.size());
  };
  int g = target("Turkey signed in Georgia.");
  EXPECT_EQ(g, run.GroupAt("GEORGIA"));
  g = target("Turkey signed in Georgia against Russia.");
  EXPECT_EQ(g, run.GroupAt("RUSSIA"));
  // Past the purpose the infinitive states.
  g = target("Turkey signed in Georgia on Monday to attack Russia.");
  EXPECT_EQ(g, run.GroupAt("RUSSIA"));
  g = target("Turkey signed in Georgia to attack.");
  EXPECT_EQ(g, run.GroupAt("GEORGIA"));
  // A place named outright ("signed Georgia") is acted on.
  g = target("Turkey signed Georgia against Russia.");
  EXPECT_EQ(g, run.GroupAt("GEORGIA"));
}

TEST_F(ClausesTest, APhraseAfterTheSubjectsNounLeavesTheVerbActive) {
  testing::PhaseRun run(*dict_);
  // "Clashes between ... killed at least 24": no verb before the prepositional phrase, so the
  // noun it follows is the subject and the verb after it is the main verb.
  run.Prepare("Clashes between Iran and Turkish troops slew at least 24 people.");
  ASSERT_GE(run.VerbAt("SLEW"), 0);
  EXPECT_FALSE(run.work.verbs[run.VerbAt("SLEW")].passive);
  // Inside a phrase after an earlier verb's object, and after a preposition that is no
  // clause opener ("on"), it modifies the noun.
  run.Prepare("Russia bombed bases on four Turkish troops attacked in Iran.");
  ASSERT_GE(run.VerbAt("ATTACKED"), 0);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACKED")].reduced);
}

TEST_F(ClausesTest, PresentTenseAndContactRelativesAreBackground) {
  testing::PhaseRun run(*dict_);
  // A relative clause in the present tense says what its noun habitually does.
  run.Prepare("Turkey bombed troops who attack Georgia.");
  ASSERT_GE(run.VerbAt("ATTACK"), 0);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACK")].background);
  run.Prepare("Turkey bombed troops who attacked Georgia.");
  ASSERT_GE(run.VerbAt("ATTACKED"), 0);
  EXPECT_FALSE(run.work.verbs[run.VerbAt("ATTACKED")].background);
  // A pronoun right after the object of an act opens a relative clause with no relative word;
  // after a verb of saying it opens that verb's complement.
  run.Prepare("Turkey bombed five villages they attacked in May.");
  ASSERT_GE(run.VerbAt("ATTACKED"), 0);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("ATTACKED")].background);
  run.Prepare("Turkey said on Monday they attacked Georgia.");
  ASSERT_GE(run.VerbAt("ATTACKED"), 0);
  EXPECT_FALSE(run.work.verbs[run.VerbAt("ATTACKED")].background);
}

TEST_F(ClausesTest, ARelativeClausesSubjectIsTheNounBeforeItsPronoun) {
  testing::PhaseRun run(*dict_);
  auto subject = [&](const char* sentence) {
    run.Prepare(sentence);
    run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
    ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
    int v = run.VerbAt("ATTACKED");
    return v < 0 ? -2 : roles.SubjectOf(v);
  };
  int who = subject("Turkey, which attacked Iran, agreed.");
  EXPECT_EQ(who, run.GroupAt("TURKEY"));
  // A thing in a prepositional phrase is nobody's act; the object of an actor's verb may be.
  EXPECT_EQ(subject("Turkey agreed on a plan that attacked Iran."), -1);
  int object = subject("Turkey signed a plan of war that attacked Iran.");
  EXPECT_EQ(object, run.GroupAt("TURKEY"));
}

TEST_F(ClausesTest, AParticipleClauseSharesTheMainSubject) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey bombed Georgia on Monday, saying Iran agreed.");
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  int bombed = run.VerbAt("BOMBED"), saying = run.VerbAt("SAYING");
  ASSERT_GE(bombed, 0);
  ASSERT_GE(saying, 0);
  run.work.subject_of_verb[bombed] = roles.SubjectOf(bombed);
  EXPECT_EQ(run.work.subject_of_verb[bombed], run.GroupAt("TURKEY"));
  EXPECT_EQ(roles.SubjectOf(saying), run.GroupAt("TURKEY"));  // not Georgia
}

// Verbs whose participle is their base form ("hit", "cut"): read as participles only where a
// participle must stand.
class BaseParticipleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = testing::LoadSmall("participles", "--- FIGHT [190] ---\nHIT\n--- SEPARATE [---] ---\nCUT {CUTS CUTTING}\n"
                               "--- PROPOSE [---] ---\n+PUT_FORWARD {+PUTS_FORWARD +PUTTING_FORWARD}\n"
                               "--- REJECT [120] ---\nREJECT\n",
                               kActors, kAgents)
                .release();
  }
  static void TearDownTestSuite() { delete dict_; }
  static const Dictionaries* dict_;
};
const Dictionaries* BaseParticipleTest::dict_ = nullptr;

TEST_F(BaseParticipleTest, AfterBeOrBeforeAByAgentTheBaseFormIsAPassive) {
  testing::PhaseRun run(*dict_);
  for (const char* sentence : {"A Georgian port was hit by Russia.", "Georgia has been hit by Russia.",
                               "Ties with Iran were reportedly cut.", "Georgia hit by Russia."}) {
    run.Prepare(sentence);
    int v = std::max(run.VerbAt("HIT"), run.VerbAt("CUT"));
    ASSERT_NE(v, -1) << sentence;
    EXPECT_TRUE(run.work.verbs[v].passive) << sentence;
  }
  // Active: after a subject or an auxiliary, and before "by" a means.
  for (const char* sentence : {"Russia hit Georgia.", "Russia has hit Georgia.", "Russia hit back by bombing Georgia."}) {
    run.Prepare(sentence);
    ASSERT_NE(run.VerbAt("HIT"), -1) << sentence;
    EXPECT_FALSE(run.work.verbs[run.VerbAt("HIT")].passive) << sentence;
  }
  // Nouns: after a determiner, or with no "be" or "by" to make them participles.
  for (const char* sentence : {"The hit by Russia was a surprise.", "A spending cut angered Georgia."}) {
    run.Prepare(sentence);
    EXPECT_EQ(std::max(run.VerbAt("HIT"), run.VerbAt("CUT")), -1) << sentence;
  }
}

TEST_F(BaseParticipleTest, TheAuthorOfAnObjectNamedByAParticipleIsTheObject) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Iran rejected a proposal put forward by Turkey.");
  int reject = run.VerbAt("REJECTED");
  ASSERT_NE(reject, -1);
  ASSERT_NE(run.VerbAt("PUT"), -1);
  EXPECT_TRUE(run.work.verbs[run.VerbAt("PUT")].reduced);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  bool embedded = false;
  EXPECT_EQ(roles.ObjectOf(reject, run.work.tokens.size(), -1, &embedded), run.GroupAt("TURKEY"));
}

TEST_F(ClausesTest, AVerbalActAfterACommaIsAParticipleClause) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey bombed Georgia on Monday, accusing Iran of aggression.");
  int accusing = run.VerbAt("ACCUSING");
  ASSERT_GE(accusing, 0);
  EXPECT_FALSE(run.work.verbs[accusing].finite);
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  ClauseRoles roles(*dict_, &run.work, run.text, nullptr);
  run.work.subject_of_verb[0] = roles.SubjectOf(0);
  EXPECT_EQ(roles.SubjectOf(accusing), run.GroupAt("TURKEY"));
  // Force after a comma is the main event's toll; and with no verb before, no clause to follow.
  run.Prepare("Turkey bombed Georgia on Monday, attacking Iran.");
  EXPECT_EQ(run.VerbAt("ATTACKING"), -1);
  run.Prepare("In Georgia, accusing Iran is common.");
  EXPECT_EQ(run.VerbAt("ACCUSING"), -1);
}

// Agents without a bare "forces" (Phoenix's): the plural after a nationality adjective is the
// actor's means, not the verb "force".
class DemonymMeansTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = testing::LoadSmall("demonym", "--- IMPEL [170] ---\nFORCE\n--- KILL [190] ---\nKILL\n", kActors, kAgents)
                .release();
  }
  static void TearDownTestSuite() { delete dict_; }
  static const Dictionaries* dict_;
};
const Dictionaries* DemonymMeansTest::dict_ = nullptr;

TEST_F(DemonymMeansTest, APluralAfterANationalityAdjectiveBeforeAPastFormIsNoVerb) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkish forces killed three Georgians on Monday.");
  EXPECT_EQ(run.VerbAt("FORCES"), -1);
  EXPECT_NE(run.VerbAt("KILLED"), -1);
  // After a country's name, or with no past form after it, it is the verb.
  run.Prepare("Turkey forces killed nobody.");
  EXPECT_NE(run.VerbAt("FORCES"), -1) << "Turkey is a name, not an adjective";
  run.Prepare("Turkish forces Georgia out.");
  EXPECT_NE(run.VerbAt("FORCES"), -1);
  // Right after a finite verb, the adjective and its plural are that verb's object.
  run.Prepare("Russia killed Turkish forces near Tbilisi.");
  EXPECT_EQ(run.VerbAt("FORCES"), -1);
  EXPECT_NE(run.VerbAt("KILLED"), -1);
}

// Multi-word verbs of which one begins with another, listed shortest first and in
// different blocks, as a dictionary may well list them.
class LongestVerbTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dict_ = testing::LoadSmall("longest",
                               "--- STEP_UP [---] ---\n+STEP_UP {+STEPS_UP +STEPPED_UP +STEPPING_UP}\n"
                               "--- WITHDRAW [0874] ---\n+PULL_OUT {+PULLS_OUT +PULLED_OUT +PULLING_OUT}\n"
                               "+PULL_OUT_OF {+PULLS_OUT_OF +PULLED_OUT_OF +PULLING_OUT_OF}\n"
                               "--- PRESSURE [100] ---\n"
                               "+STEP_UP_PRESSURE_ON {+STEPS_UP_PRESSURE_ON +STEPPED_UP_PRESSURE_ON +STEPPING_UP_PRESSURE_ON}\n"
                               "--- YIELD [080] ---\n+BOW_TO {+BOWS_TO +BOWED_TO +BOWING_TO}\n"
                               "+BOW_TO_PRESSURE {+BOWS_TO_PRESSURE +BOWED_TO_PRESSURE +BOWING_TO_PRESSURE}\n",
                               kActors, kAgents)
                .release();
  }
  static void TearDownTestSuite() { delete dict_; }
  static const Dictionaries* dict_;
};
const Dictionaries* LongestVerbTest::dict_ = nullptr;

TEST_F(LongestVerbTest, TheLongestMultiWordVerbPresentWins) {
  testing::PhaseRun run(*dict_);
  auto lemma = [&](const char* head) {
    int v = run.VerbAt(head);
    return v < 0 ? std::string("(none)") : dict_->verbs.form(run.work.verbs[v].form).lemma;
  };
  auto words = [&](const char* head) {
    int v = run.VerbAt(head);
    return v < 0 ? size_t{0} : run.work.verbs[v].end - run.work.verbs[v].begin;
  };
  run.Prepare("Turkey stepped up pressure on Georgia.");
  EXPECT_EQ(lemma("STEPPED"), "STEP_UP_PRESSURE_ON");
  EXPECT_EQ(words("STEPPED"), 4u);
  run.Prepare("Russia pulled out of Georgia.");
  EXPECT_EQ(lemma("PULLED"), "PULL_OUT_OF");
  run.Prepare("Iran bowed to pressure from Turkey.");
  EXPECT_EQ(lemma("BOWED"), "BOW_TO_PRESSURE");
  // Where only the shorter one is present, it is the verb.
  run.Prepare("Turkey stepped up its attacks on Georgia.");
  EXPECT_EQ(lemma("STEPPED"), "STEP_UP");
  EXPECT_EQ(words("STEPPED"), 2u);
  run.Prepare("Russia pulled out on Monday.");
  EXPECT_EQ(lemma("PULLED"), "PULL_OUT");
  run.Prepare("Iran bowed to Turkey.");
  EXPECT_EQ(lemma("BOWED"), "BOW_TO");
}

TEST(ComposeCodes, IntentAppealDemandRejectionAndThreatOverTheAct) {
  EXPECT_EQ(ComposeCodes("030", "070"), "033");  // agreed to help
  EXPECT_EQ(ComposeCodes("020", "057"), "022");  // asked to sign
  EXPECT_EQ(ComposeCodes("100", "060"), "101");  // demanded to cooperate
  EXPECT_EQ(ComposeCodes("120", "081"), "1241");  // refused to ease restrictions
  EXPECT_EQ(ComposeCodes("120", "0841"), "1243");  // refused to hand over the bodies
  EXPECT_EQ(ComposeCodes("120", "0832"), "1232");
  EXPECT_EQ(ComposeCodes("120", "080"), "124");
  EXPECT_EQ(ComposeCodes("014", "081"), "014");  // considering whether to reopen
  EXPECT_EQ(ComposeCodes("130", "190"), "138");  // threatened to attack
  EXPECT_EQ(ComposeCodes("130", "163"), "1312");  // threatened sanctions
  EXPECT_EQ(ComposeCodes("130", "174"), "137");  // threatened to deport
  EXPECT_EQ(ComposeCodes("030", "190"), "138");  // vowed to retaliate: a threat, not an attack
  EXPECT_EQ(ComposeCodes("120", "057"), "127");  // declined to sign: no signing
  EXPECT_EQ(ComposeCodes("120", "051"), "120");
  EXPECT_EQ(ComposeCodes("120", "190"), "120");
  EXPECT_EQ(ComposeCodes("130", "057"), "130");  // a threat is never the act
  EXPECT_EQ(ComposeCodes("100", "040"), "106");  // demanded talks
  EXPECT_EQ(ComposeCodes("100", "0831"), "1041");  // told the prime minister to resign
  EXPECT_EQ(ComposeCodes("020", "083"), "024");
  EXPECT_EQ(ComposeCodes("020", "190"), "190");  // no combined code: the act
  EXPECT_EQ(ComposeCodes("030", "040"), "040");  // a consultation outranks the intent
  EXPECT_EQ(ComposeCodes("030", "045"), "039");  // but CAMEO codes the intent to mediate
  EXPECT_EQ(ComposeCodes("020", "045"), "028");
  EXPECT_EQ(ComposeCodes("120", "045"), "126");
  EXPECT_EQ(ComposeCodes("---", "190"), "190");
}

}  // namespace
}  // namespace tidings::extract
