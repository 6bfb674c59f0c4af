// The two phrase-list dictionaries:
//
// Discards (Phoenix.discards.txt): one phrase a line; a sentence holding it is not coded, and
// with a leading '+' the whole story is not coded. PETRARCH2 compares the phrase with the
// sentence's blank-separated words (trie(): words matched whole, with their regular plural);
// PETRARCH-1 documents the phrase's last word as a stem unless a final '_' asks for the whole
// word (StemAt()). The coder picks the reading of the coder the verb dictionary was written
// for (Dictionaries::discard_stems).
//
// Issues (Phoenix.IssueCoding.txt): inside <ISSUE CATEGORY=".."> ... </ISSUE> blocks,
// "phrase [CODE]" lines, "~phrase" ignore phrases (any match cancels the sentence's issues,
// as in PETRARCH), and expansions n:word (singular and plural), v:word (verb forms),
// a+b ("a b" and "a-b").
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/dictionary_lines.h"
#include "extract/lexicon.h"
#include "extract/phrase_trie.h"

namespace tidings::extract {

struct DiscardRecord {
  std::string phrase;
  bool story = false;
  bool whole = false;  // the phrase ends with '_': its last word must end where the text's does
  int line = 0;
};

class DiscardList {
 public:
  void Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon);
  const PhraseTrie& trie() const { return trie_; }
  const DiscardRecord& record(int32_t i) const { return records_[i]; }
  size_t size() const { return records_.size(); }
  // PETRARCH-1's reading: `node` is the trie node reached by a phrase's words before its last
  // (kRoot for one-word phrases); returns the record whose last word `token` (upper case)
  // starts with, or is when the record is whole, else -1.
  int32_t StemAt(uint32_t node, std::string_view token) const;

 private:
  PhraseTrie trie_;
  std::vector<DiscardRecord> records_;
  // (node of the words before the last, last word) -> record, for StemAt().
  std::unordered_map<std::string, int32_t> stems_;
  size_t longest_stem_ = 0;
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
