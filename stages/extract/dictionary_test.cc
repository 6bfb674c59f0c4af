// Dictionary readers: each format feature, with small dictionaries written for the test, and
// every OEDA file.
#include <gtest/gtest.h>

#include <chrono>

#include "extract/actor_dictionary.h"
#include "extract/agent_dictionary.h"
#include "extract/phrase_lists.h"
#include "extract/test_support.h"
#include "extract/tokenizer.h"
#include "extract/verb_dictionary.h"

namespace tidings::extract {
namespace {

int32_t Lookup(const PhraseTrie& trie, Lexicon& lex, const std::string& phrase) {
  uint32_t node = PhraseTrie::kRoot;
  for (const std::string& w : PhraseWords(phrase)) {
    node = trie.Child(node, lex.Find(w));
    if (node == PhraseTrie::kNone) return -1;
  }
  return trie.Value(node);
}

TEST(ActorDictionary, SynonymsDatesAndSeveralCodesPerLine) {
  Lexicon lex;
  std::vector<std::string> warnings;
  ActorDictionary actors;
  actors.Load(
      "# comment line\n"
      "TURKEY_  [TUR]\n"
      "+TURKISH_\n"
      "+ANKARA_ # the capital\n"
      "\n"
      "ILHAM_ALIYEV_ ; CountryInfo.txt\n"
      "+PRESIDENT_ILHAM_ALIYEV\n"
      "\t[AZEELI 940101-031031]\n"
      "\t[AZEGOV >031031]\n"
      "ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >20050501]\n"
      "OLD_LEADER_ [XYZGOV <19991231]\n"
      "BROKEN_ [ABC 20121204]\n"
      "\t[ORPHAN]\n",
      WarningSink(&warnings, "t.actors"), &lex);
  ASSERT_EQ(actors.record_count(), 5u);
  int32_t tur = Lookup(actors.trie(), lex, "TURKISH");
  ASSERT_GE(tur, 0);
  EXPECT_EQ(actors.record(tur).CodeOn(20211111), "TUR");
  EXPECT_EQ(Lookup(actors.trie(), lex, "ANKARA"), tur);
  int32_t aliyev = Lookup(actors.trie(), lex, "PRESIDENT ILHAM ALIYEV");
  ASSERT_GE(aliyev, 0);
  EXPECT_EQ(actors.record(aliyev).CodeOn(20211111), "AZEGOV");
  EXPECT_EQ(actors.record(aliyev).CodeOn(19990101), "AZEELI");
  EXPECT_EQ(actors.record(aliyev).CodeOn(19800101), "");  // no default code
  int32_t ann = Lookup(actors.trie(), lex, "ANN VENEMAN");
  EXPECT_EQ(actors.record(ann).CodeOn(20030101), "USAGOV");
  EXPECT_EQ(actors.record(ann).CodeOn(20060101), "IGOUNOKID");
  int32_t old = Lookup(actors.trie(), lex, "OLD LEADER");
  EXPECT_EQ(actors.record(old).CodeOn(19990101), "XYZGOV");
  EXPECT_EQ(actors.record(old).CodeOn(20000101), "");
  // "[ABC 20121204]" has no >, < or range: reported with file and line, never silently taken.
  ASSERT_FALSE(warnings.empty());
  EXPECT_EQ(warnings[0], "t.actors:12: unreadable restriction '20121204' (expected >date, <date or date-date)");
}

// Found by the dictionaries fuzzer: a substitution set naming itself expanded forever.
TEST(AgentDictionary, SelfReferentialSubstitutionIsAWarningNotAHang) {
  Lexicon lex;
  std::vector<std::string> warnings;
  AgentDictionary agents;
  agents.Load(
      "!X! = A!X!, B!X!\n"
      "LOOP!X! [~GOV]\n"
      "SOLDIER [~MIL]\n",
      WarningSink(&warnings, "t.agents"), &lex);
  EXPECT_GE(Lookup(agents.trie(), lex, "SOLDIER"), 0) << "the rest of the file still loads";
  ASSERT_FALSE(warnings.empty());
  EXPECT_NE(warnings[0].find("t.agents:2: substitution markers expand"), std::string::npos) << warnings[0];
}

TEST(AgentDictionary, SuffixPrefixPluralsAndSubstitutions) {
  Lexicon lex;
  std::vector<std::string> warnings;
  AgentDictionary agents;
  agents.Load(
      "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
      "MILITARY {} [~MIL]\n"
      "SOLDIER [~MIL]\n"
      "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\n"
      "HUMAN_RIGHTS_BODY [NGO~]\n"
      "CONGRESS!PERSON! [~LEG]\n"
      "NO_CODE_HERE\n"
      "BAD [GOV]\n",
      WarningSink(&warnings, "t.agents"), &lex);
  int32_t mil = Lookup(agents.trie(), lex, "MILITARY");
  ASSERT_GE(mil, 0);
  EXPECT_EQ(agents.record(mil).code, "MIL");
  EXPECT_LT(Lookup(agents.trie(), lex, "MILITARYS"), 0);  // {} : no plural
  EXPECT_EQ(Lookup(agents.trie(), lex, "SOLDIERS"), Lookup(agents.trie(), lex, "SOLDIER"));
  EXPECT_GE(Lookup(agents.trie(), lex, "ATTORNEYS GENERAL"), 0);
  int32_t ngo = Lookup(agents.trie(), lex, "HUMAN RIGHTS BODY");
  EXPECT_TRUE(agents.record(ngo).prefix);
  EXPECT_GE(Lookup(agents.trie(), lex, "CONGRESSWOMEN"), 0);
  EXPECT_GE(Lookup(agents.trie(), lex, "CONGRESSMAN"), 0);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], "t.agents:7: agent line without [code]");
  EXPECT_NE(warnings[1].find("t.agents:8:"), std::string::npos);
}

const char* kTabariVerbs =
    "&CURRENCY\n+DOLLAR\n+EURO\n\n"
    "&AUXVERB3_\n+HAVE\n+HAS\n\n"
    "--- GRANT [070] ---\n"
    "GIVE {GIVES GAVE GIVEN GIVING}\n"
    "DONATE [071]\n"
    "+HAND_OVER\n"
    "- * &CURRENCY [071]\n"
    "- * MILITARY_AID TO + [072]\n"
    "- $ AND % * ACCORD [057]\n"
    "- * ^ + [073]\n"
    "- * NOTHING [---]\n"
    "- * (TO +) [042:043]\n"
    "- WILL NOT * [0243]\n"
    "- * {MILITARY EQUIPMENT} [072]\n"
    "- * &UNDEFINED [099]\n"
    "- NO VERB MARKER [010]\n"
    "--- OFFEND [:110] ---\n"
    "OFFEND\n"
    "~ a (a b GIVE) DONATE = a b 075\n";

TEST(VerbDictionary, BlocksFormsPatternsAndSynsets) {
  Lexicon lex;
  std::vector<std::string> warnings;
  VerbDictionary verbs;
  verbs.Load(kTabariVerbs, WarningSink(&warnings, "t.verbs"), &lex);
  ASSERT_EQ(verbs.block_count(), 2u);
  EXPECT_EQ(verbs.block(0).code.active, "070");
  EXPECT_EQ(verbs.block(1).code.active, "");
  EXPECT_EQ(verbs.block(1).code.passive, "110");
  // Irregular forms given in {...}; regular forms generated otherwise.
  ASSERT_NE(verbs.FormsOf(lex.Find("GAVE")), nullptr);
  EXPECT_EQ(verbs.FormsOf(lex.Find("GIVED")), nullptr);
  for (const char* f : {"DONATES", "DONATED", "DONATING", "OFFENDS", "OFFENDED"}) {
    EXPECT_NE(verbs.FormsOf(lex.Find(f)), nullptr) << f;
  }
  const VerbForm& donated = verbs.form(verbs.FormsOf(lex.Find("DONATED"))->front());
  EXPECT_EQ(donated.code.active, "071");
  // Multi-word verb: the '+' word is inflected, the others are kept around it.
  ASSERT_NE(verbs.FormsOf(lex.Find("HANDED")), nullptr);
  const VerbForm& handed = verbs.form(verbs.FormsOf(lex.Find("HANDED"))->front());
  ASSERT_EQ(handed.after.size(), 1u);
  EXPECT_EQ(lex.Word(handed.after[0]), "OVER");
  // Patterns: synsets, connectors, $ + % ^, null codes, active:passive pairs, PETRARCH2 groups.
  EXPECT_EQ(verbs.pattern_count(), 8u);
  bool saw_pair = false, saw_null = false, saw_compound = false, saw_negation = false;
  for (size_t i = 0; i < verbs.pattern_count(); ++i) {
    const VerbPattern& p = verbs.pattern(static_cast<int32_t>(i));
    saw_pair |= p.code.active == "042" && p.code.passive == "043";
    saw_null |= p.code.active == "---";
    saw_negation |= p.negated;
    for (const auto& e : p.upper) saw_compound |= e.kind == ElementKind::kCompound;
  }
  EXPECT_TRUE(saw_pair && saw_null && saw_compound && saw_negation);
  ASSERT_EQ(verbs.transformations().size(), 1u);
  EXPECT_EQ(verbs.transformations()[0].outer_code, "071");
  // The undefined synset and the pattern without '*' are reported, with their lines.
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0], "t.verbs:21: undefined synset &UNDEFINED; pattern skipped");
  EXPECT_EQ(warnings[1], "t.verbs:22: pattern has no '*' verb marker; skipped");
}

// A synset label is a name that may hold '_' ("&FIGHT_OF_WORDS"); a '_' after it in a
// pattern still joins the next word.
TEST(VerbDictionary, ASynsetLabelMayHoldUnderscores) {
  Lexicon lex;
  std::vector<std::string> warnings;
  VerbDictionary verbs;
  verbs.Load("--- SAY [010] ---\nSAY\n- * &WAR_OF_WORDS [111]\n- * &WAR_OF_WORDS_WITH + [112]\n"
             "- * &WAR [190]\n&WAR_OF_WORDS\n+INSULTS\n&WAR\n+WAR\n",
             WarningSink(&warnings, "t.verbs"), &lex);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  ASSERT_EQ(verbs.pattern_count(), 3u);
  for (size_t i = 0; i < verbs.pattern_count(); ++i) {
    const VerbPattern& p = verbs.pattern(static_cast<int32_t>(i));
    ASSERT_FALSE(p.lower.empty());
    ASSERT_EQ(p.lower[0].kind, ElementKind::kSynset) << p.text;
    EXPECT_EQ(verbs.synset_name(p.lower[0].synset), p.code.active == "190" ? "WAR" : "WAR_OF_WORDS") << p.text;
    if (p.code.active == "112") {
      ASSERT_EQ(p.lower.size(), 3u);
      ASSERT_EQ(p.lower[1].words.size(), 1u);
      EXPECT_EQ(lex.Word(p.lower[1].words[0]), "WITH");
      EXPECT_EQ(p.lower[2].kind, ElementKind::kTarget);
    }
  }
}

TEST(VerbDictionary, ANullBlockTakesTheFrameItsCodedSynonymAndPatternsAgreeOn) {
  Lexicon lex;
  std::vector<std::string> warnings;
  VerbDictionary verbs;
  verbs.Load(
      "--- REFUSE [---] ---\nREFUSE\nDECLINE [120]\nSPURN [110]\n"
      "- * TALKS [125]\n- * OFFER [127]\n- * ACCUSATION [016]\n\n"
      "--- VOW [---] ---\nVOW\n- * REVENGE [138]\n\n"
      "--- EVACUATE [---] ---\nEVACUATE\nDEFECT [120]\n- * EMBASSY [166]\n- * STAFF [166]\n\n"
      "--- HELP [070] ---\nHELP\nPLEDGE [030]\n- * MONEY [071]\n- * TROOPS [030]\n\n",
      WarningSink(&warnings, "t.verbs"), &lex);
  verbs.Finish(lex);
  ASSERT_EQ(verbs.block_count(), 4u);
  EXPECT_EQ(verbs.block(0).frame_code, "120");  // DECLINE [120], and most patterns are 12x
  EXPECT_EQ(verbs.block(1).frame_code, "");     // no member offers a code
  EXPECT_EQ(verbs.block(2).frame_code, "");     // its patterns are 16x, not a refusal
  EXPECT_EQ(verbs.block(3).frame_code, "");     // a coded block needs no frame
  EXPECT_TRUE(warnings.empty());
}

TEST(VerbDictionary, AListedThirdPersonFormIsAPresentTense) {
  Lexicon lex;
  std::vector<std::string> warnings;
  VerbDictionary verbs;
  verbs.Load("--- SUPPLY [070] ---\nSUPPLY {SUPPLIES SUPPLIED SUPPLYING}\nGIVE {GIVES GAVE GIVEN GIVING}\n",
             WarningSink(&warnings, "t.verbs"), &lex);
  verbs.Finish(lex);
  auto inflection = [&](const char* w) { return verbs.form(verbs.FormsOf(lex.Find(w))->front()).inflection; };
  EXPECT_EQ(inflection("SUPPLIES"), VerbForm::kThirdPerson);
  EXPECT_EQ(inflection("GIVES"), VerbForm::kThirdPerson);
  EXPECT_EQ(inflection("SUPPLIED"), VerbForm::kIrregular);
  EXPECT_EQ(inflection("GAVE"), VerbForm::kIrregular);
  EXPECT_TRUE(warnings.empty());
}

TEST(VerbDictionary, ABaseFormThatIsItsOwnParticipleHasAParticipleTwin) {
  Lexicon lex;
  std::vector<std::string> warnings;
  VerbDictionary verbs;
  // HIT (no braces): an English verb whose participle is its base. CUT: braces that list no
  // past form say the same. GIVE lists its participle; ATTACK is regular.
  verbs.Load("--- FIGHT [190] ---\nHIT\nCUT {CUTS CUTTING}\n+SHUT_DOWN\nGIVE {GIVES GAVE GIVEN GIVING}\nATTACK\n",
             WarningSink(&warnings, "t.verbs"), &lex);
  verbs.Finish(lex);
  auto base = [&](const char* w) -> const VerbForm& { return verbs.form(verbs.FormsOf(lex.Find(w))->front()); };
  for (const char* w : {"HIT", "CUT", "SHUT"}) {
    const VerbForm& f = base(w);
    ASSERT_EQ(f.inflection, VerbForm::kBase) << w;
    ASSERT_GE(f.participle, 0) << w;
    const VerbForm& twin = verbs.form(f.participle);
    EXPECT_EQ(twin.inflection, VerbForm::kPast) << w;
    EXPECT_EQ(twin.block, f.block) << w;
    EXPECT_EQ(twin.after, f.after) << w;  // SHUT_DOWN keeps its DOWN
    EXPECT_EQ(verbs.FormsOf(lex.Find(w))->size(), 1u) << w;  // the twin is no word's form of its own
  }
  EXPECT_EQ(base("GIVE").participle, -1);
  EXPECT_EQ(base("ATTACK").participle, -1);
  EXPECT_TRUE(warnings.empty());
}

TEST(VerbDictionary, BareWordsHavePetrarchTwoMeaningOnlyInADictionaryWrittenWithGroups) {
  auto first_lower = [](const std::string& text) {
    Lexicon lex;
    std::vector<std::string> warnings;
    VerbDictionary verbs;
    verbs.Load(text, WarningSink(&warnings, "t.verbs"), &lex);
    verbs.Finish(lex);
    EXPECT_TRUE(warnings.empty());
    return verbs.pattern(0).lower.front();
  };
  // TABARI style, a comment's parenthesis notwithstanding: a word is a word.
  EXPECT_FALSE(first_lower("--- PRESS [---] ---\nPRESS\n- * ON [190]  # (press on)\n").bare);
  PatternElement on = first_lower("--- PRESS [---] ---\nPRESS\n- * ON [190]\n- * (WITH) [046]\n");
  EXPECT_TRUE(on.bare);
  EXPECT_FALSE(on.opens_prep_phrase);
  PatternElement with = first_lower("--- PRESS [---] ---\nPRESS\n- * (WITH) [046]\n");
  EXPECT_TRUE(with.opens_prep_phrase);
  EXPECT_FALSE(with.bare);
}

TEST(PhraseLists, DiscardsAndIssues) {
  Lexicon lex;
  std::vector<std::string> warnings;
  DiscardList discards;
  discards.Load("WORLD CUP   # sports\n+AVATAR\n1914\n", WarningSink(&warnings, "t.discards"), &lex);
  int32_t cup = Lookup(discards.trie(), lex, "WORLD CUPS");
  ASSERT_GE(cup, 0);
  EXPECT_FALSE(discards.record(cup).story);
  EXPECT_TRUE(discards.record(Lookup(discards.trie(), lex, "AVATAR")).story);
  IssueList issues;
  issues.Load(
      "<ISSUE CATEGORY=\"ENERGY\" TYPE=\"ALL\">\n"
      "n:refinery [OIL]\n"
      "v:frack [NATURAL_GAS]\n"
      "pre+k [EDUCATION]\n"
      "~olive oil\n"
      "oil\n"
      "</ISSUE>\n",
      WarningSink(&warnings, "t.issues"), &lex);
  EXPECT_GE(Lookup(issues.trie(), lex, "REFINERIES"), 0);
  EXPECT_GE(Lookup(issues.trie(), lex, "FRACKING"), 0);
  EXPECT_GE(Lookup(issues.trie(), lex, "PRE K"), 0);
  EXPECT_GE(Lookup(issues.trie(), lex, "PRE-K"), 0);
  EXPECT_EQ(Lookup(issues.trie(), lex, "OLIVE OIL"), IssueList::kIgnore);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "t.issues:6: issue phrase without [CODE] (and not a ~ignore phrase)");
}

TEST(Tokenizer, NewsSentencesAbbreviationsAndDatelines) {
  std::string text =
      "BAKU, Nov 11 (Reuters) - U.S. President Joe Biden met Gen. Smith in Washington. \"We agreed,\" he said. "
      "Turkey's parliament didn't vote.\n\nA new paragraph";
  auto sentences = SplitSentences(text);
  ASSERT_EQ(sentences.size(), 4u);
  std::string_view first(text.data() + sentences[0].first, sentences[0].second - sentences[0].first);
  EXPECT_EQ(first.substr(DatelineLength(first)), "U.S. President Joe Biden met Gen. Smith in Washington.");
  Lexicon lex;
  std::vector<Token> tokens;
  std::string third(text.substr(sentences[2].first, sentences[2].second - sentences[2].first));
  Tokenize(third, lex, &tokens);
  std::vector<std::string> words;
  for (const auto& t : tokens) words.emplace_back(t.upper);
  EXPECT_EQ(words, (std::vector<std::string>{"TURKEY", "'S", "PARLIAMENT", "DID", "N'T", "VOTE", "."}));
}

TEST(OedaDictionaries, EveryFileLoadsQuickly) {
  if (!testing::HaveShared()) GTEST_SKIP() << "needs ../shared/dictionaries/oeda";
  for (const char* verbs : {"CAMEO.2.0.txt", "CAMEO.verbpatterns.150430.txt"}) {
    std::unique_ptr<EventCoder> coder;
    auto t0 = std::chrono::steady_clock::now();
    Status s = EventCoder::Create(testing::OedaOptions(verbs), &coder);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    ASSERT_TRUE(s.ok()) << s.ToString();
    CoderStats st = coder->stats();
    std::printf("[oeda] %s + Phoenix actors/agents/discards/issues: %.3f s, %zu verb blocks, %zu patterns, "
                "%zu actor phrases, %zu agents, %zu discards, %zu issue phrases, %zu warnings\n",
                verbs, secs, st.verb_blocks, st.verb_patterns, st.actor_phrases, st.agent_records, st.discards,
                st.issue_phrases, coder->warnings().size());
    EXPECT_GT(st.verb_blocks, 200u);
    EXPECT_GT(st.verb_patterns, 4000u);
    EXPECT_GT(st.actor_phrases, 30000u);
    EXPECT_GT(st.agent_records, 1000u);
    EXPECT_GT(st.discards, 300u);
    EXPECT_GT(st.issue_phrases, 1000u);
    // The few unreadable lines of these files are reported, each naming its file and line.
    EXPECT_LT(coder->warnings().size(), 60u);
    for (const std::string& w : coder->warnings()) EXPECT_NE(w.find(".txt:"), std::string::npos) << w;
  }
}

TEST(BuiltinDictionaries, LoadWithoutFiles) {
  std::unique_ptr<EventCoder> coder;
  Status s = EventCoder::Create(CoderOptions{}, &coder);
  ASSERT_TRUE(s.ok()) << s.ToString();
  CoderStats st = coder->stats();
  EXPECT_GT(st.verb_patterns, 100u);
  EXPECT_GT(st.actor_phrases, 500u);
  EXPECT_GT(st.cameo_codes, 200u);
  EXPECT_GT(st.places, 1000u);
  // Every line of our own dictionaries must read: a line the coder skips is a bug of ours.
  EXPECT_TRUE(coder->warnings().empty()) << coder->warnings().size() << " warnings, the first: "
                                         << (coder->warnings().empty() ? "" : coder->warnings().front());
}

TEST(VerbDictionary, AMergeConflictLeftInTheFileIsWarnedAbout) {
  Lexicon lex;
  std::vector<std::string> warnings;
  VerbDictionary verbs;
  verbs.Load("--- SAY [010] ---\nSAY\n=======\n- * PEACE [013]\n", WarningSink(&warnings, "t.verbs"), &lex);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings.front().find("unexpected symbol in verb '======='"), std::string::npos) << warnings.front();
}

TEST(EventCoder, MissingFileIsAnIoError) {
  CoderOptions o;
  o.verbs_file = "/nonexistent/verbs.txt";
  std::unique_ptr<EventCoder> coder;
  Status s = EventCoder::Create(o, &coder);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("/nonexistent/verbs.txt"), std::string::npos);
}

}  // namespace
}  // namespace tidings::extract
