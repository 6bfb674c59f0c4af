// The two phrase-list dictionaries:
//
// Discards (Phoenix.discards.txt): one phrase a line; a sentence holding it is not coded, and
// with a leading '+' the whole story is not coded. Words are matched whole (with their
// regular plural); TABARI's open stems are read as words.
//
// Issues (Phoenix.IssueCoding.txt): inside <ISSUE CATEGORY=".."> ... </ISSUE> blocks,
// "phrase [CODE]" lines, "~phrase" ignore phrases (any match cancels the sentence's issues,
// as in PETRARCH), and expansions n:word (singular and plural), v:word (verb forms),
// a+b ("a b" and "a-b").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/dictionary_lines.h"
#include "extract/lexicon.h"
#include "extract/phrase_trie.h"

namespace tidings::extract {

struct DiscardRecord {
  std::string phrase;
  bool story = false;
  int line = 0;
};

class DiscardList {
 public:
  void Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon);
  const PhraseTrie& trie() const { return trie_; }
  const DiscardRecord& record(int32_t i) const { return records_[i]; }
  size_t size() const { return records_.size(); }

 private:
  PhraseTrie trie_;
  std::vector<DiscardRecord> records_;
};

class IssueList {
 public:
  static constexpr int32_t kIgnore = -2;
  void Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon);
  const PhraseTrie& trie() const { return trie_; }
  // Trie values index codes(); kIgnore marks an ignore phrase.
  const std::string& code(int32_t i) const { return codes_[i]; }
  size_t phrase_count() const { return phrases_; }

 private:
  PhraseTrie trie_;
  std::vector<std::string> codes_;
  size_t phrases_ = 0;
};

}  // namespace tidings::extract
