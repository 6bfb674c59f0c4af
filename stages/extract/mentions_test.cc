// MentionFinder: dictionary actors, agents composed onto countries, compounds, pronouns and
// definite references through the article context. Small dictionaries written for the test.
#include "extract/mentions.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "extract/phase_test_support.h"

namespace tidings::extract {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const char* kActors =
    "TURKEY_ [TUR]\n+TURKISH_\n"
    "AZERBAIJAN_ [AZE]\n+AZERBAIJANI_\n"
    "RUSSIA_ [RUS]\n+RUSSIAN_\n"
    "ARMENIA_ [ARM]\n"
    "UNITED_NATIONS_ [IGOUNO]\n"
    "HAMAS_ [PSEREB]\n"
    "SALTWAY FRONT [BRVREB]\n"
    "MARIA_CORINA_MACHADO_ [VENOPP]\n"
    "RECEP_TAYYIP_ERDOGAN_\n\t[TURGOV >20140828]\n"
    "ILHAM_ALIYEV_\n\t[AZEGOV >20031031]\n";
const char* kAgents =
    "MILITARY {} [~MIL]\nPRESIDENT [~GOV]\nGOVERNMENT [~GOV]\nTROOP [~MIL]\nREBEL [~REB]\nPARTY {PARTIES} [~PTY]\n";
const char* kVerbs = "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n--- SAY [010] ---\nSAY {SAYS SAID SAYING}\n";

class MentionFinderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { dict_ = testing::LoadSmall("mentions", kVerbs, kActors, kAgents).release(); }
  static void TearDownTestSuite() { delete dict_; }
  static const Dictionaries* dict_;
};
const Dictionaries* MentionFinderTest::dict_ = nullptr;

TEST_F(MentionFinderTest, AgentsComposeOntoTheCountryInFrontOrAfterOf) {
  testing::PhaseRun run(*dict_);
  run.Prepare("The Turkish military met the President of Azerbaijan and Russia's troops.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TURMIL", "AZEGOV+RUSMIL"));
}

TEST_F(MentionFinderTest, ANamedPersonKeepsTheirOwnCodeOverTheirTitle) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkish President Recep Tayyip Erdogan met Armenia.", false);
  ASSERT_EQ(run.work.mentions.size(), 2u);
  EXPECT_EQ(run.work.mentions[0].code, "TURGOV");
  EXPECT_TRUE(run.work.mentions[0].person);
}

TEST_F(MentionFinderTest, AnAppositiveTitleJoinsItsPersonAndTheCompound) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Recep Tayyip Erdogan, the president of Turkey, and Ilham Aliyev, Azerbaijan's president, met.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TURGOV+AZEGOV"));
  // A title of another country is no appositive; nor is a second named person.
  run.Prepare("Recep Tayyip Erdogan, the president of Azerbaijan, met.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TURGOV", "AZEGOV"));
  run.Prepare("Recep Tayyip Erdogan, Ilham Aliyev, and Russia met.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TURGOV+AZEGOV+RUS"));  // a list of three
}

TEST_F(MentionFinderTest, ListsNeedAnAndCommasAloneSeparateClauses) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey, Armenia and Russia met.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR+ARM+RUS"));
  run.Prepare("Turkey met Armenia, Russia said.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "ARM", "RUS"));
  // "the Azerbaijani and Turkish governments": the bare adjective takes the plural agent.
  run.Prepare("the Azerbaijani and Turkish governments", false);
  EXPECT_THAT(run.Groups(), ElementsAre("AZEGOV+TURGOV"));
  // A list ends at its last "and"; a comma after it opens the next clause.
  run.Prepare("Turkey met Armenia and Russia, Azerbaijan said.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "ARM+RUS", "AZE"));
  run.Prepare("Turkey met Armenia, Russia and Azerbaijan, the United Nations said.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "ARM+RUS+AZE", "IGOUNO"));
  // A name ending in -s is no plural agent for the country before it.
  run.Prepare("Turkey met Armenia and Hamas.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "ARM+PSEREB"));
}

TEST_F(MentionFinderTest, PronounsAndReferencesResolveThroughTheArticle) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Recep Tayyip Erdogan met Azerbaijan.", false);
  run.ctx.RememberSentence(run.work, run.text);
  run.Prepare("He met its military.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TURGOV", "AZEMIL"));
  run.Prepare("The two countries met.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR+AZE"));
  // A surname named once refers to the person later in the article.
  run.Prepare("Erdogan met Russia.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TURGOV", "RUS"));
}

TEST_F(MentionFinderTest, TheGroupIsTheOrganisationLastNamedAndAPartyTakesItsLeadersRole) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey met Hamas and the Turkish military.", false);
  run.ctx.RememberSentence(run.work, run.text);
  run.Prepare("The group met Russia.", false);  // Hamas, not the military named after it
  EXPECT_THAT(run.Groups(), ElementsAre("PSEREB", "RUS"));
  run.Prepare("The group of seven met Russia.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("RUS"));
  // "her party": an opposition leader's is the opposition.
  run.Prepare("Maria Corina Machado met Russia.", false);
  run.ctx.RememberSentence(run.work, run.text);
  run.Prepare("Her party met Russia.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("VENOPP", "RUS"));
}

TEST_F(MentionFinderTest, CompoundMembersShareACountsAdjectiveOrNoun) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey met two Azerbaijani and three Russian troops.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "AZEMIL+RUSMIL"));
  // A bare plural agent after "and" takes the adjective before it; a country named outright
  // or an agent with a determiner does not.
  run.Prepare("Turkey met Russian troops and rebels.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUSMIL+RUSREB"));
  run.Prepare("Turkey met Russia and rebels.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUS+---REB"));
  run.Prepare("Turkey met Russian troops and the rebels.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUSMIL+---REB"));
  // One plural is enough: "military" has none of its own (MILITARY {}).
  run.Prepare("Russian military and rebels met Turkey.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("RUSMIL+RUSREB", "TUR"));
  run.Prepare("Turkey met Russian troops and military.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUSMIL+RUSMIL"));
  // Two singulars need not be the same country's: "the Russian president and a rebel".
  run.Prepare("Turkey met the Russian president and rebel.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUSGOV+---REB"));
}

TEST_F(MentionFinderTest, AVerbBetweenATitleAndANameEndsTheNounPhrase) {
  testing::PhaseRun run(*dict_);
  // "said" is a form of a dictionary verb (and a modifier: "the said minister"): the
  // president is Turkish, not Armenian.
  run.Prepare("The Turkish president said Armenia met Russia.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TURGOV", "ARM", "RUS"));
  // A modifier between them still joins: "the President (former) of" style titles.
  run.Prepare("Armenia met the Turkish former president.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("ARM", "TURGOV"));
}

// PETRARCH: a blank between an actor phrase's words lets other words come between them
// (here up to three capitalised words of the name); '_' asks for consecutive words.
TEST_F(MentionFinderTest, ABlankInAnActorPhraseLetsNameWordsComeBetween) {
  testing::PhaseRun run(*dict_);
  run.Prepare("The Saltway Liberation Front met Turkey.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("BRVREB", "TUR"));
  run.Prepare("The Saltway Front met Turkey.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("BRVREB", "TUR"));
  run.Prepare("Saltway officials met the Front.", false);
  EXPECT_THAT(run.Groups(), IsEmpty());
  run.Prepare("Saltway Province Coast Peoples Army Front met Turkey.", false);  // four between
  EXPECT_THAT(run.Groups(), ElementsAre("TUR"));
}

TEST_F(MentionFinderTest, AnAndBetweenAnObjectAndTheNextClausesSubjectJoinsNoCompound) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey met Russia and Armenia met Azerbaijan.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUS", "ARM", "AZE"));
  // After a verb of speech the compound is the reported clause's subject.
  run.Prepare("Turkey said Russia and Armenia met Azerbaijan.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUS+ARM", "AZE"));
  run.Prepare("Turkey met Russia and Armenia on Monday.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUS+ARM"));
  run.Prepare("Russia, Armenia and Turkey met.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("RUS+ARM+TUR"));
}

// PETRARCH2's binding: a verb's object pronoun is not the verb's own subject.
TEST_F(MentionFinderTest, AnObjectPronounIsNotItsVerbsSubject) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey said Russia met it.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUS", "TUR"));
  // Not its verb's subject: "and met it" after another actor, "said it met" (a subject).
  run.Prepare("Turkey met Russia and met it again.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "RUS", "RUS"));
  run.Prepare("Turkey said it met Armenia.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "TUR", "ARM"));
}

TEST_F(MentionFinderTest, AnAgentAloneHasNoCountry) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Rebels met.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("---REB"));
  run.Prepare("Nothing here.", false);
  EXPECT_THAT(run.Groups(), IsEmpty());
}

TEST_F(MentionFinderTest, TheNextSentenceContinuesWithTheSubject) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Russia met Turkey.");
  ASSERT_FALSE(run.work.verbs.empty());
  run.work.subject_of_verb.assign(run.work.verbs.size(), -1);
  run.work.subject_of_verb[0] = run.GroupAt("RUSSIA");
  run.ctx.RememberSentence(run.work, run.text);
  ASSERT_FALSE(run.ctx.recent.empty());
  EXPECT_EQ(run.ctx.recent.back().code, "RUS");  // not Turkey, named last
  run.Prepare("It met Armenia.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("RUS", "ARM"));
}

TEST_F(MentionFinderTest, APossessiveReachesItsAgentPastPlainNouns) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Russia's defence government met.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("RUSGOV"));
}

TEST_F(MentionFinderTest, AnAgentWordBeforeANounIsAModifierNotAnActor) {
  testing::PhaseRun run(*dict_);
  run.Prepare("Turkey and Russia signed a military cooperation pact.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR+RUS"));
  run.Prepare("Turkey cemented the existing military, political and economic cooperation.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR"));
  // A verb after the agent word keeps it an actor; so does a plural agent before a verb form.
  run.Prepare("As Turkey watched, the military met.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "---MIL"));
  run.Prepare("Rebels meeting in Turkey.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("---REB", "TUR"));
  run.Prepare("Turkey met the military.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("TUR", "---MIL"));
  // The government's own measure names the government; its cooperation does not.
  run.Prepare("Rebels attacked a government plan to build dams.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("---REB", "---GOV"));
  run.Prepare("Rebels attacked government cooperation.", false);
  EXPECT_THAT(run.Groups(), ElementsAre("---REB"));
}

}  // namespace
}  // namespace tidings::extract
