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
enum WordFlag : uint32_t {
  kBe = 1u << 0, kPrep = 1u << 1, kDet = 1u << 2, kPossPron = 1u << 3, kNeg = 1u << 4,
  kModal = 1u << 5, kAux = 1u << 6, kCoord = 1u << 7, kSubord = 1u << 8, kPersonPron = 1u << 9,
  kThingPron = 1u << 10, kGroupPron = 1u << 11, kAdverb = 1u << 12, kTo = 1u << 13, kBy = 1u << 14,
  kModifier = 1u << 15, kRelative = 1u << 16, kBetween = 1u << 17, kGerundIntro = 1u << 18,
  kCountNoun = 1u << 19, kTwo = 1u << 20, kPlaceIntro = 1u << 21, kClauseEnd = 1u << 22, kComma = 1u << 23,
  kCalendar = 1u << 24, kQuantity = 1u << 25, kRefute = 1u << 26, kClaimNoun = 1u << 27,
  // Set from the dictionaries: the word starts an actor phrase, an agent phrase.
  kActorStart = 1u << 28, kAgentStart = 1u << 29,
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
  std::vector<uint32_t> flags;  // WordFlag bits by word id
  // By word id: length << 9 | stem bit << 8 | first byte, so the pattern matcher rejects most
  // tokens without reading the word's string (built once loading is over).
  std::vector<uint32_t> word_shape;
  // Ids of words the coder compares often.
  uint32_t w_that = kNoWord, w_s = kNoWord, w_the = kNoWord, w_and = kNoWord, w_comma = kNoWord, w_of = kNoWord;

  uint32_t Flags(uint32_t word) const { return word < flags.size() ? flags[word] : 0; }
  // Interns the grammar's words and sets their flags (called before and after loading, so
  // that every word has its flags whatever the dictionaries added).
  void InitGrammar();
  void BuildWordShapes();
  // Sets kActorStart and kAgentStart (once loading is over).
  void MarkPhraseStarts();

 private:
  void AddFlag(std::initializer_list<const char*> words, uint32_t flag);
  void AddFlag(std::string_view word, uint32_t flag);
};

// Loads and compiles every dictionary `options` names (the built-in ones otherwise). A file
// that cannot be read fails with IoError naming it; a missing built-in fails with Config.
// Unreadable lines are appended to *warnings as "file:line: reason". *dict is left partly
// filled on failure and must not be used.
Status LoadDictionaries(const CoderOptions& options, Dictionaries* dict, std::vector<std::string>* warnings);

}  // namespace tidings::extract
