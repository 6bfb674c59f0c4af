// Actor dictionaries in the TABARI/PETRARCH format (Phoenix.Countries.actors.txt and kin):
//
//   PRIMARY_PHRASE_ [CODE]            a record; the code is the default
//   +SYNONYM_PHRASE                   more phrases of the same record
//   \t[CODE restriction]              date-restricted codes of the record (indented)
//   NAME_ [CODE1 >YYMMDD] [CODE2]     several codes on one line
//
// Restrictions: ">date" (on or after), "<date" (on or before), "date-date" (inclusive);
// dates are YYMMDD or YYYYMMDD. Several files may be loaded into one dictionary.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/dictionary_lines.h"
#include "extract/lexicon.h"
#include "extract/phrase_trie.h"

namespace tidings::extract {

struct DatedCode {
  std::string code;
  int32_t from = 0;         // YYYYMMDD, inclusive
  int32_t to = 99991231;    // YYYYMMDD, inclusive
};

struct ActorRecord {
  std::string primary;           // the record's first phrase, as written
  std::string default_code;      // empty: null code
  std::vector<DatedCode> dated;  // checked in file order before the default
  int line = 0;
  uint8_t primary_words = 0;     // words in `primary` (capped at 255)
  // The code valid on `date` (YYYYMMDD); empty when none applies.
  const std::string& CodeOn(int32_t date) const;
};

// Not thread-safe while loading; lookups are const and thread-safe.
class ActorDictionary {
 public:
  // Adds the records of one file. Unreadable lines are reported to `warnings` and skipped.
  void Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon);

  const PhraseTrie& trie() const { return trie_; }
  // A phrase written with a blank between words ("SALTWAY FRONT", not "SALTWAY_FRONT"):
  // PETRARCH documents that other words may come between them. The trie holds it as
  // consecutive words too.
  struct GappedPhrase {
    std::vector<uint32_t> words;
    std::vector<bool> gap_before;  // per word: a blank (not '_') comes before it
    int32_t record = -1;
  };
  // The gapped phrases starting with `word` (null when none).
  const std::vector<GappedPhrase>* GappedStartingWith(uint32_t word) const {
    auto it = gapped_.find(word);
    return it == gapped_.end() ? nullptr : &it->second;
  }
  const ActorRecord& record(int32_t index) const { return records_[index]; }
  size_t record_count() const { return records_.size(); }
  size_t phrase_count() const { return phrases_; }

 private:
  // Returns the phrase's number of words (0 when it has none).
  size_t AddPhrase(std::string_view phrase, int32_t record, const WarningSink& warnings, int line, Lexicon* lexicon);
  // Registers `phrase` in gapped_ when a blank separates two of its words.
  void AddGapped(std::string_view phrase, int32_t record, Lexicon* lexicon);
  PhraseTrie trie_;
  std::unordered_map<uint32_t, std::vector<GappedPhrase>> gapped_;  // by first word
  std::vector<ActorRecord> records_;
  size_t phrases_ = 0;
  std::vector<uint32_t> ids_scratch_;  // AddPhrase's word ids
};

// Parses "[CODE]", "[CODE >080101]", "[CODE 970101-061231]" (without the brackets).
// Returns false with `error` set when the restriction cannot be read.
bool ParseDatedCode(std::string_view inside, DatedCode* out, bool* restricted, std::string* error);
// YYMMDD or YYYYMMDD -> YYYYMMDD; -1 when malformed. Two-digit years <= 30 are 20xx.
int32_t ParseDictionaryDate(std::string_view s);

}  // namespace tidings::extract
