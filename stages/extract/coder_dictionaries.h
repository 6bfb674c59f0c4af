// Dictionaries: everything the coder reads while coding, compiled once by LoadDictionaries —
// the verb, actor and agent dictionaries, the optional discard and issue lists, the CAMEO
// table, the gazetteer, and the word classes of the coder's shallow grammar (WordFlag) as
// bit flags per lexicon id.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "extract/actor_dictionary.h"
#include "extract/agent_dictionary.h"
#include "extract/cameo_table.h"
#include "extract/event_coder.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/phrase_lists.h"
#include "extract/verb_dictionary.h"
#include "tidings/status.h"

namespace tidings::extract {

// Word classes the coder's shallow grammar needs.
enum WordFlag : uint64_t {
  kBe = 1ull << 0, kPrep = 1ull << 1, kDet = 1ull << 2, kPossPron = 1ull << 3, kNeg = 1ull << 4,
  kModal = 1ull << 5, kAux = 1ull << 6, kCoord = 1ull << 7, kSubord = 1ull << 8, kPersonPron = 1ull << 9,
  kThingPron = 1ull << 10, kGroupPron = 1ull << 11, kAdverb = 1ull << 12, kTo = 1ull << 13, kBy = 1ull << 14,
  kModifier = 1ull << 15, kRelative = 1ull << 16, kBetween = 1ull << 17, kGerundIntro = 1ull << 18,
  kCountNoun = 1ull << 19, kTwo = 1ull << 20, kPlaceIntro = 1ull << 21, kClauseEnd = 1ull << 22, kComma = 1ull << 23,
  kCalendar = 1ull << 24, kQuantity = 1ull << 25, kRefute = 1ull << 26, kClaimNoun = 1ull << 27,
  // Words only sport and entertainment use ("championship", "wickets", "charts"): their
  // "attacked", "beat" and "destroyed" are not political events.
  // A sport's name counts only before a word of playing ("cricket team", not "football club").
  kSport = 1ull << 34, kSportName = 1ull << 35, kPlaying = 1ull << 36,
  // "itself", "themselves": an object that is the clause's own subject.
  kReflexive = 1ull << 37,
  // "if", "unless", "whether": what their clause says may not happen.
  kConditional = 1ull << 38,
  // Nouns whose infinitive names an act not (yet) done: "plans to send", "a proposal to
  // deploy", "under pressure to expel".
  kPlanNoun = 1ull << 39,
  // Places and vehicles that stand for the force holding them: "a police station", "an army
  // base", "a military convoy" (attacking one attacks the police, the army).
  kFacility = 1ull << 40,
  // Words that may follow a place name to say what kind of division it is: "Borno state",
  // "Idlib province", "the Donetsk region".
  kPlaceDesignator = 1ull << 41,
  // Set from the dictionaries: the word starts an actor, agent, discard or synset phrase; it
  // is a form of a dictionary verb. Most words have none, so the coder looks nothing up.
  kActorStart = 1ull << 28, kAgentStart = 1ull << 29, kDiscardStart = 1ull << 30, kSynsetStart = 1ull << 31,
  kVerbForm = 1ull << 32, kIssueStart = 1ull << 33,
};
// The flags the dictionaries set: a word with no others has no grammatical class.
constexpr uint64_t kDictionaryFlags = kActorStart | kAgentStart | kDiscardStart | kSynsetStart | kVerbForm | kIssueStart;

// Word lists of single rules, apart from the grammar's WordFlags (whose absence several rules
// read as "a plain word"): Dictionaries::RuleWords.
enum RuleWord : uint8_t {
  kCareVerbWord = 1 << 0,     // "treated", "evacuating": a verb of care (VerbFinder::AfterCareVerb)
  kCareWord = 1 << 1,         // "care", "caring" (before "for")
  kLinkingVerbWord = 1 << 2,  // "felt", "seemed", "looks" (VerbFinder::AfterLinkingVerb)
  kReleaseWord = 1 << 3,      // "release", "free", "freeing", "releasing" (VerbFinder::HeldForRelease)
};

// Immutable once LoadDictionaries returns: safe to read from many threads.
struct Dictionaries {
  Lexicon lexicon;
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardList discards;
  IssueList issues;
  CameoTable cameo;
  Gazetteer gazetteer;
  bool has_discards = false, has_issues = false;
  // Discards read as PETRARCH-1 documents them (the last word a stem unless it ends in '_',
  // DiscardList::StemAt) rather than as PETRARCH2 compares them: set when the verb
  // dictionary is written for TABARI / PETRARCH-1 (VerbDictionary::grouped() false).
  bool discard_stems = false;
  // Events whose target has no country and is ordinary people or things ("---EDU" for
  // "schools", "---CVL" for "civil society") are dropped: the built-in dictionaries'
  // convention. With an agents file of the user's, TABARI's and PETRARCH's coding stays.
  bool drop_countryless = false;
  // A protest by a country's people with no target named is against that country's government
  // (SentenceCoder::OwnGovernment): the built-in dictionaries' convention, as above.
  bool protest_at_own_government = false;
  // A statement with nothing more specific in it (010) is no event: what was said is coded
  // when it is an act, and who said it is the source of that act. The built-in dictionaries'
  // convention (hand coders of news give 010 almost never); PETRARCH's dictionaries keep it.
  bool drop_bare_statements = false;
  std::vector<uint64_t> flags;  // WordFlag bits by word id
  // By word id: length << 9 | stem bit << 8 | first byte, so the pattern matcher rejects most
  // tokens without reading the word's string (built once loading is over).
  std::vector<uint32_t> word_shape;
  // Ids of words the coder compares often.
  uint32_t w_that = kNoWord, w_s = kNoWord, w_the = kNoWord, w_and = kNoWord, w_comma = kNoWord, w_of = kNoWord;
  uint32_t w_whether = kNoWord, w_with = kNoWord, w_to = kNoWord, w_for = kNoWord;
  // Small word lists some rules test (RuleWord bits by word id, InitRuleWords): one load
  // instead of comparing the token's text with each listed word.
  std::vector<uint8_t> rule_words;
  uint8_t RuleWords(uint32_t word) const { return word < rule_words.size() ? rule_words[word] : 0; }

  uint64_t Flags(uint32_t word) const { return word < flags.size() ? flags[word] : 0; }
  // Interns the grammar's words and sets their flags (called before and after loading, so
  // that every word has its flags whatever the dictionaries added).
  void InitGrammar();
  void BuildWordShapes();
  // Sets the flags that come from the dictionaries (once loading is over).
  void MarkPhraseStarts();
  // Interns the words of the RuleWord lists and sets rule_words (once loading is over: words
  // new to the lexicon come after every dictionary word, whose ids stay as they were).
  void InitRuleWords();

 private:
  void AddFlag(std::initializer_list<const char*> words, uint64_t flag);
  void AddFlag(std::string_view word, uint64_t flag);
};

// Loads and compiles every dictionary `options` names (the built-in ones otherwise). A file
// that cannot be read fails with IoError naming it; a missing built-in fails with Config.
// Unreadable lines are appended to *warnings as "file:line: reason". *dict is left partly
// filled on failure and must not be used.
Status LoadDictionaries(const CoderOptions& options, Dictionaries* dict, std::vector<std::string>* warnings);

}  // namespace tidings::extract
