// PatternMatcher: TABARI/PETRARCH element semantics around the verb — words, stems and
// inflections, synsets (longest phrase), $ + % slots, ^ skip, gaps — and the order in which
// a block's patterns are tried. Small dictionaries and sentences written for the test.
#include "extract/pattern_matcher.h"

#include <gtest/gtest.h>

#include "extract/phase_test_support.h"

namespace tidings::extract {
namespace {

const char* kActors = "TURKEY_ [TUR]\nRUSSIA_ [RUS]\nGEORGIA_ [GEO]\nARMENIA_ [ARM]\n";
const char* kVerbs =
    "&WEAPON\n+MISSILE\n+ROCKET\n+CRUISE_MISSILE\n\n"
    "--- FIRE [---] ---\nFIRE\n"
    "- * &WEAPON AT + [195]\n"
    "- % * [193]\n"
    "- * ^ FROM + [190]\n"
    "--- SEND [070] ---\nSEND {SENDS SENT SENDING}\n"
    "- * MILITARY_ ADVIS TO + [074]\n"
    "- * AID [073]\n"
    "--- PRESENT [---] ---\nPRESENT\n"
    "- * EVIDENCE [1124]\n"
    "&DISPUTE\n+DISPUTE\n+DIFFERENCES_\n\n"
    "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n"
    "- * (IN &DISPUTE) [190]\n"
    "- * {BORDER GUARDS} [044]\n"
    "--- PRESS [---] ---\nPRESS\nORDER\n"
    "- * ON [190]\n"
    "- * (TO LEAVE) [174]\n"
    "--- DEPART [---] ---\nLEAVE\n"
    "--- ESCORT [---] ---\nESCORT\n"
    "--- BROKER [045] ---\nBROKER\n- * TALKS BETWEEN $ AND + [046]\n";

class PatternMatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { dict_ = testing::LoadSmall("patterns", kVerbs, kActors, "").release(); }
  static void TearDownTestSuite() { delete dict_; }
  // The pattern text that matches the verb `verb` in `sentence`, or "" with *slots untouched.
  static std::string Match(testing::PhaseRun* run, const std::string& sentence, const std::string& verb,
                           PatternSlots* slots) {
    run->Prepare(sentence);
    int vi = run->VerbAt(verb);
    if (vi < 0) return "no verb " + verb;
    PatternMatcher m(*dict_, &run->work, run->text, nullptr);
    const VerbPattern* p = m.FindPattern(vi, slots);
    return p ? p->text : "";
  }
  static const Dictionaries* dict_;
};
const Dictionaries* PatternMatcherTest::dict_ = nullptr;

// TABARI's "$ AND +": the text writes the two sides as one compound; each slot takes its
// members (PatternSlots::parts), the last "and" dividing them.
TEST_F(PatternMatcherTest, SourceAndTargetSlotsMayDivideACompound) {
  testing::PhaseRun run(*dict_);
  PatternSlots slots;
  ASSERT_EQ(Match(&run, "Turkey brokered talks between Russia and Georgia.", "BROKERED", &slots),
            "* TALKS BETWEEN $ AND + [046]");
  ASSERT_GE(slots.source, 0);
  EXPECT_EQ(slots.source, slots.target);  // parts of one group
  EXPECT_EQ(run.work.groups[slots.source].members.size(), 2u);
  EXPECT_EQ(slots.parts[0], (std::pair<uint8_t, uint8_t>{0, 1}));
  EXPECT_EQ(slots.parts[1], (std::pair<uint8_t, uint8_t>{1, 1}));
  slots = PatternSlots{};
  ASSERT_EQ(Match(&run, "Turkey brokered talks between Russia, Armenia and Georgia.", "BROKERED", &slots),
            "* TALKS BETWEEN $ AND + [046]");
  EXPECT_EQ(slots.parts[0], (std::pair<uint8_t, uint8_t>{0, 2}));
  EXPECT_EQ(slots.parts[1], (std::pair<uint8_t, uint8_t>{2, 1}));
  // One actor is no pair.
  slots = PatternSlots{};
  EXPECT_EQ(Match(&run, "Turkey brokered talks between Russia and the rebels.", "BROKERED", &slots), "");
}

TEST_F(PatternMatcherTest, AParenthesisedGroupMatchesInsideOnePhrase) {
  testing::PhaseRun run(*dict_);
  PatternSlots slots;
  // PETRARCH2's (IN &DISPUTE) is one prepositional phrase: "in the long border dispute" ...
  EXPECT_EQ(Match(&run, "Russia met Georgia in the long border dispute.", "MET", &slots), "* (IN &DISPUTE) [190]");
  // ... not "in Berlin" with "differences" in a later phrase, though a later "in" may match.
  EXPECT_EQ(Match(&run, "Russia met Georgia in Berlin on Friday over differences.", "MET", &slots), "");
  EXPECT_EQ(Match(&run, "Russia met Georgia in Berlin in a dispute.", "MET", &slots), "* (IN &DISPUTE) [190]");
  // Braces: the words of one noun phrase.
  EXPECT_EQ(Match(&run, "Russia met Georgian border guards.", "MET", &slots), "* {BORDER GUARDS} [044]");
  EXPECT_EQ(Match(&run, "Russia met the border chiefs and the guards.", "MET", &slots), "");
}

TEST_F(PatternMatcherTest, SynsetsTakeTheirLongestPhraseAndPluralsAndSlotsTakeGroups) {
  testing::PhaseRun run(*dict_);
  PatternSlots slots;
  EXPECT_EQ(Match(&run, "Russia fired cruise missiles at Georgia.", "FIRED", &slots), "* &WEAPON AT + [195]");
  EXPECT_EQ(slots.target, run.GroupAt("GEORGIA"));
  EXPECT_TRUE(slots.Covers(Group{{}, 2, 4}));  // "cruise missiles" is the pattern's, not an actor
}

TEST_F(PatternMatcherTest, CompoundAndSkipElements) {
  testing::PhaseRun run(*dict_);
  PatternSlots slots;
  EXPECT_EQ(Match(&run, "Russia and Turkey fired.", "FIRED", &slots), "% * [193]");
  EXPECT_EQ(slots.compound, run.GroupAt("RUSSIA"));
  PatternSlots skip;
  EXPECT_EQ(Match(&run, "Russia fired shells from Armenia.", "FIRED", &skip), "* ^ FROM + [190]");
  EXPECT_EQ(skip.target, run.GroupAt("ARMENIA"));
}

TEST_F(PatternMatcherTest, StemsExactWordsAndGaps) {
  testing::PhaseRun run(*dict_);
  PatternSlots slots;
  // MILITARY_ is exact, ADVIS a stem ("advisers", "advisors").
  EXPECT_EQ(Match(&run, "Turkey sent military advisers to Georgia.", "SENT", &slots), "* MILITARY_ ADVIS TO + [074]");
  EXPECT_EQ(Match(&run, "Turkey sent militia advisers to Georgia.", "SENT", &slots), "");
  // An element more than kGap tokens after the previous one does not match.
  EXPECT_EQ(Match(&run, "Turkey sent a b c d e f g h aid.", "SENT", &slots), "");
  EXPECT_EQ(Match(&run, "Turkey sent more aid.", "SENT", &slots), "* AID [073]");
}

TEST_F(PatternMatcherTest, APassiveFindsItsPatternInItsSubject) {
  testing::PhaseRun run(*dict_);
  PatternSlots active;
  EXPECT_EQ(Match(&run, "Turkey presented evidence against Russia.", "PRESENTED", &active), "* EVIDENCE [1124]");
  PatternSlots passive;
  EXPECT_EQ(Match(&run, "Evidence against Russia was presented by Turkey.", "PRESENTED", &passive),
            "* EVIDENCE [1124]");
  EXPECT_EQ(passive.target, run.GroupAt("RUSSIA"));
  // With no actor in the subject the pattern still holds; the target is then looked for after
  // the verb. Not without a form of "be".
  PatternSlots thing;
  EXPECT_EQ(Match(&run, "The evidence was presented by Turkey.", "PRESENTED", &thing), "* EVIDENCE [1124]");
  EXPECT_EQ(thing.target, -1);
  PatternSlots none;
  EXPECT_EQ(Match(&run, "Russia said evidence presented by Turkey was false.", "PRESENTED", &none), "");
}

TEST_F(PatternMatcherTest, APatternDoesNotReachPastAnotherVerbsClause) {
  testing::PhaseRun run(*dict_);
  PatternSlots slots;
  EXPECT_EQ(Match(&run, "Turkey met border guards in March.", "MET", &slots), "* {BORDER GUARDS} [044]");
  EXPECT_EQ(Match(&run, "Turkey met officials escorted by border guards.", "MET", &slots), "");
}

TEST_F(PatternMatcherTest, PetrarchTwoPrepositionsKeepTheirGrammar) {
  testing::PhaseRun run(*dict_);
  PatternSlots slots;
  // Written with groups, a bare preposition ending a pattern is a particle: not one taking
  // a noun phrase.
  EXPECT_EQ(Match(&run, "Russia pressed on with the offensive.", "PRESSED", &slots), "* ON [190]");
  EXPECT_EQ(Match(&run, "Russia pressed on Monday for talks.", "PRESSED", &slots), "");
  // A bare word ending a pattern is the head of its noun phrase, not a modifier.
  EXPECT_EQ(Match(&run, "Turkey sent aid to Georgia.", "SENT", &slots), "* AID [073]");
  EXPECT_EQ(Match(&run, "Turkey sent aid convoys to Georgia.", "SENT", &slots), "");
  // "(TO ...)" is a prepositional phrase, never an infinitive's "to".
  EXPECT_EQ(Match(&run, "Russia ordered troops to leave Georgia.", "ORDERED", &slots), "");
}

}  // namespace
}  // namespace tidings::extract
