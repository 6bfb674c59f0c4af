// Agent dictionaries in the PETRARCH format (Phoenix.agents.txt):
//
//   PHRASE {PLURAL ...} [~CODE]      ~CODE is appended to the actor code ("TUR" + "MIL")
//   PHRASE [CODE~]                   CODE~ is put before it ("NGO" + "USA")
//   PHRASE {} [~CODE]                {} : no plural form
//   !PERSON! = MAN, MEN, WOMAN       substitution set, used as CONGRESS!PERSON! [~LEG]
//   ^PHRASE [~CODE]                  (tidings) counts only right after a nationality adjective:
//                                    "^JET [~MIL]" makes "Israeli jets" ISRMIL, while "jets" alone
//                                    is no actor (after_adjective_trie())
//
// Regular plurals are generated unless {...} gives them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/dictionary_lines.h"
#include "extract/lexicon.h"
#include "extract/phrase_trie.h"

namespace tidings::extract {

struct AgentRecord {
  std::string code;      // without '~': "GOV", "MIL"
  bool prefix = false;   // CODE~ form
  bool after_adjective = false;  // ^PHRASE form
  std::string phrase;    // as written
  int line = 0;
};

class AgentDictionary {
 public:
  void Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon);
  const PhraseTrie& trie() const { return trie_; }
  // The ^PHRASE records: agents only after a nationality adjective.
  const PhraseTrie& after_adjective_trie() const { return after_adjective_trie_; }
  const AgentRecord& record(int32_t index) const { return records_[index]; }
  size_t record_count() const { return records_.size(); }

 private:
  void Add(const std::string& phrase, int32_t record, Lexicon* lexicon);
  PhraseTrie trie_;
  PhraseTrie after_adjective_trie_;
  std::vector<AgentRecord> records_;
};

}  // namespace tidings::extract
