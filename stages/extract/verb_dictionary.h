// Verb pattern dictionaries: TABARI/PETRARCH-1 (CAMEO.verbpatterns.150430.txt) and PETRARCH2
// (CAMEO.2.0.txt). Both share the block structure:
//
//   &SYNSET[_]            synonym set; members on '+' lines (plurals unless a '_' ends it)
//   --- NAME [CODE] ---   a verb block with its default code ([---] null, [A:B] a pair: see CodePair)
//   VERB {FORMS} [CODE]   a verb of the block; regular forms are generated without {...}
//   +ASK_FOR {...}        multi-word verb, '+' marks the inflected word
//   - PATTERN [CODE]      '*' the verb, '$' source, '+' target, '%' compound, '^' skip,
//                         '&NAME' synset, WORD_WORD consecutive words; PETRARCH2 adds
//                         (PREP NOUN) phrases and {MODIFIER HEAD} noun phrases, read here as
//                         the same word sequence
//   ~ a (a b ATTACK) SAY = a b 015   PETRARCH2 transformation of an embedded event
//
// Patterns compile to element sequences matched by the coder around the verb.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/dictionary_lines.h"
#include "extract/lexicon.h"
#include "extract/phrase_trie.h"

namespace tidings::extract {

// 256-bit signatures of words and stems (a Bloom filter of one hash): a pattern whose bits are
// not all in the sentence's cannot match it.
struct Signature {
  std::array<uint64_t, 4> bits{};
  void AddWord(uint32_t word) { Set((word * 0x9E3779B1u) >> 24); }
  void AddStem(uint64_t stem_key) { Set(static_cast<uint32_t>((stem_key * 0x9E3779B97F4A7C15ull) >> 56)); }
  // True when every bit of `need` is set here.
  bool Covers(const Signature& need) const {
    return ((need.bits[0] & ~bits[0]) | (need.bits[1] & ~bits[1]) | (need.bits[2] & ~bits[2]) |
            (need.bits[3] & ~bits[3])) == 0;
  }
  void Clear() { bits = {}; }
  void Set(uint32_t b) { bits[b >> 6] |= 1ull << (b & 63); }
};

// "[042:043]": a pair of codes; "[:173]" the second only; "---" the null code. In a TABARI /
// PETRARCH-1 dictionary the pair is TABARI's paired event (042 from source to target, 043
// from target to source); in a PETRARCH2 dictionary (VerbDictionary::grouped()) it is read as
// active:passive. The fields keep those names: `passive` is the second code.
struct CodePair {
  std::string active;
  std::string passive;
  bool empty() const { return active.empty() && passive.empty(); }
};
bool ParseCodePair(std::string_view inside, CodePair* out);

enum class ElementKind : uint8_t { kWords, kSynset, kSource, kTarget, kCompound, kSkip };

struct PatternElement {
  ElementKind kind = ElementKind::kWords;
  std::vector<uint32_t> words;  // kWords: consecutive words
  int32_t synset = -1;          // kSynset
  // PETRARCH2's "(...)" (a prepositional phrase) and "{...}" (a noun phrase): this element
  // continues the phrase of the one before it, so no other phrase may stand between them
  // ("* (IN &DISPUTE)" is "in the border dispute", not "in Berlin ... differences").
  bool in_phrase = false;
  // PETRARCH2 reads a word outside any group as a noun phrase's head, and "(PREP ...)" as a
  // prepositional phrase: `bare` marks the first (a single preposition so written can only be
  // a particle: "PRESS * ON", never "demanded on Monday"), `opens_prep_phrase` the
  // preposition opening the second ("(TO LEAVE)" is no infinitive "to"). Both are set only
  // for dictionaries written with such groups.
  bool bare = false;
  bool opens_prep_phrase = false;
};

struct VerbPattern {
  std::vector<PatternElement> upper;  // before the verb, in text order
  std::vector<PatternElement> lower;  // after the verb
  CodePair code;
  int specificity = 0;                // literal words + synsets: the most specific match wins
  std::vector<uint32_t> required;     // exact words that must occur in the sentence (set by Finish)
  // First five bytes (packed, see StemKey) of each literal element that starts with a stem: a
  // token beginning with them must occur in the sentence (set by Finish).
  std::vector<uint64_t> required_stems;
  std::vector<int32_t> required_synsets;  // every synset element (set by Finish)
  // The required words and stems, so that most patterns are ruled out by a few AND operations
  // against the sentence's signature (set by Finish).
  Signature signature;
  bool negated = false;               // holds NOT / NEVER / NO: may fire on negated verbs
  int32_t block = -1;
  int line = 0;
  std::string text;                   // as written, for explanations
};

// What the coder checks first about a pattern, kept together so that trying a block's
// patterns reads one small array (set by Finish, in the order of `patterns`).
struct PatternGate {
  Signature signature;  // VerbPattern's
  int32_t pattern = -1;
  bool negated = false;
  bool exact_checks = false;  // it also needs words, stems or synsets checked exactly
  // One bit of `signature`, the one fewest patterns need (a content word's rather than a
  // preposition's), tested before the whole signature: most gates fail on it alone.
  bool keyed = false;  // false when the signature is empty
  uint8_t key = 0;
};

struct VerbBlock {
  std::string name;
  CodePair code;
  // For a null-coded block ("--- REFUSE [---] ---"): the code its verbs take when they govern
  // an act ("refused to impose sanctions"), not when isolated. It is the code of a member with
  // its own code of intent, appeal, demand, rejection or threat (DECLINE [120]) whose root most
  // of the block's patterns share; empty when the dictionary offers none.
  std::string frame_code;
  std::vector<int32_t> patterns;  // most specific first
  std::vector<PatternGate> gates;  // one per pattern, same order
  int line = 0;
  // Writes to out[0, n) the indexes into `gates` that a sentence with this signature may pass,
  // ascending, and returns n (out holds gates.size()): those whose key bit it holds, and those
  // with no key. Most of a block's gates fail on their key, so the coder tries these instead
  // of reading every gate.
  size_t CandidateGates(const Signature& sentence, uint32_t* out) const;
  // CandidateGates' index (Finish): bitsets over `gates` of gate_words words each, one per key
  // the block's gates use (key_bits; key_rank[bit] its place in keyed_gates), one of the
  // gates with no key.
  Signature key_bits;
  std::array<uint8_t, 256> key_rank{};
  uint32_t gate_words = 0;
  std::vector<uint64_t> keyed_gates, unkeyed_gates;
};

struct VerbForm {
  int32_t block = -1;
  CodePair code;                 // the verb's own code, else the block's
  std::string lemma;             // primary form, e.g. "PLEDGE"
  std::vector<uint32_t> before;  // words of a multi-word verb before the inflected word
  std::vector<uint32_t> after;   // ... and after it ("ASK" + "FOR")
  enum Inflection : uint8_t { kBase, kThirdPerson, kPast, kGerund, kIrregular } inflection = kBase;
  // A base form that is also the past participle ("HIT": "was hit by", "CUT {CUTS CUTTING}":
  // "were cut"): the index of its twin read as a participle (kPast), which the clause phase
  // takes after a form of "be" or before "by"; -1 otherwise. Twins are in no FormsOf() list.
  int32_t participle = -1;
};

struct Transformation {
  // ~ <outer_source> (<inner_source> <inner_target> <INNER>) <OUTER> = <src> <tgt> <code>
  char outer_source = 'a';
  char inner_source = 'a';
  char inner_target = 'b';
  std::string inner_verb;  // verb whose code the embedded event must have, or "Q" for any
  std::string outer_verb;
  char result_source = 'a';
  char result_target = 'b';
  std::string result_code;  // or "Q": the embedded event's code
  std::string inner_code, outer_code;  // resolved from the verbs' codes at load
  // Words written right before the embedded verb ("WILL" of WILL_ATTACK), upper case.
  std::vector<std::string> inner_auxiliaries;
  int line = 0;
  std::string text;
};

// The first five bytes of a word of at least five, packed into an integer (0 for shorter
// words): a stem (always five bytes or more) and every word extending it share this key.
inline uint64_t StemKey(std::string_view w) {
  if (w.size() < 5) return 0;
  uint64_t k = 0;
  for (size_t i = 0; i < 5; ++i) k = (k << 8) | static_cast<unsigned char>(w[i]);
  return k;
}


// Not thread-safe while loading; const lookups are thread-safe.
class VerbDictionary {
 public:
  void Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon);

  // Forms whose inflected word is `word` (empty when none).
  const std::vector<int32_t>* FormsOf(uint32_t word) const {
    if (word < forms_index_.size()) return forms_index_[word];  // after Finish: one load
    auto it = forms_by_word_.find(word);
    return it == forms_by_word_.end() ? nullptr : &it->second;
  }
  const VerbForm& form(int32_t i) const { return forms_[i]; }
  const VerbBlock& block(int32_t i) const { return blocks_[i]; }
  const VerbPattern& pattern(int32_t i) const { return patterns_[i]; }
  // Phrases of a synset, each a consecutive word sequence.
  const std::vector<std::vector<uint32_t>>& synset(int32_t i) const { return synsets_[i].phrases; }
  const std::string& synset_name(int32_t i) const { return synsets_[i].name; }
  const std::vector<Transformation>& transformations() const { return transformations_; }
  size_t block_count() const { return blocks_.size(); }
  size_t pattern_count() const { return patterns_.size(); }
  size_t form_count() const { return forms_.size(); }
  // True when word ids form a stem a token may extend ("RESUM" matches "RESUMED").
  bool IsStem(uint32_t word) const { return word < stem_flags_.size() && stem_flags_[word]; }
  // Trie of every synset phrase; a node's value indexes synset_lists(): the synsets holding
  // the phrase ending there.
  const PhraseTrie& synset_trie() const { return synset_trie_; }
  const std::vector<int32_t>& synset_list(int32_t i) const { return synset_lists_[i]; }
  size_t synset_count() const { return synsets_.size(); }
  // True when the patterns are written with PETRARCH2's groups ("(PREP ...)", "{MOD HEAD}"):
  // the dictionary was made for PETRARCH2 rather than TABARI / PETRARCH-1.
  bool grouped() const { return grouped_; }
  // Called once loading is over: builds the lookup tables above.
  void Finish(const Lexicon& lexicon);

 private:
  // Sets VerbBlock::frame_code (part of Finish).
  void AssignFrameCodes();
  // Builds VerbBlock's index of its gates by key (pattern_gates.cc, part of Finish).
  static void IndexGates(VerbBlock* b);
  struct Synset {
    std::string name;
    std::vector<std::vector<uint32_t>> phrases;
  };
  // A pattern or transformation line, compiled once the whole file is read.
  struct RawLine {
    std::string text;
    int line = 0;
    int32_t block = -1;
  };
  // State of one Load: the synset being filled and the lines compiled at the end.
  struct Loading {
    bool in_synset = false;  // '+' lines are members of `synset`
    int32_t synset = -1;     // -1 after a malformed label
    bool synset_plurals = true;
    std::vector<RawLine> patterns, transformations;
  };
  // One method per kind of line: "--- NAME [CODE] ---", "&SYNSET", "+member", verb lines;
  // then pattern and transformation lines once everything is read.
  void AddBlockLine(std::string_view t, int line, const WarningSink& warnings);
  void AddSynsetLabel(std::string_view t, int line, const WarningSink& warnings, Loading* state);
  void AddSynsetMember(std::string_view t, int line, const WarningSink& warnings, Lexicon* lexicon,
                       const Loading& state);
  void AddVerbLine(std::string_view t, int line, const WarningSink& warnings, Lexicon* lexicon);
  void AddPattern(const RawLine& rp, bool grouped, const WarningSink& warnings, Lexicon* lexicon,
                  std::unordered_multimap<uint64_t, int32_t>* pattern_keys);
  void AddTransformation(const RawLine& rt, const WarningSink& warnings, const Lexicon& lexicon);
  // The pattern's words before and after '*', with the PETRARCH2 grouping marks removed; a
  // word inside a group after its first word starts with kInPhrase; with `grouped` (the
  // dictionary is written with groups), the first word of a "(...)" group starts with
  // kOpensPrepPhrase and a word outside any group with kBare.
  static bool SplitPattern(std::string_view body, bool grouped, std::vector<std::string>* upper,
                           std::vector<std::string>* lower, std::string* error);
  // The code of a verb's primary form ("" when the dictionary lacks it).
  std::string PrimaryCodeOf(const std::string& verb, const Lexicon& lexicon) const;
  // Returns the new form's index, or -1 when the word is empty.
  int32_t AddForm(const std::string& word_with_plus, const VerbForm& base, VerbForm::Inflection infl,
                  Lexicon* lexicon);
  // Gives the base form `base_index` its participle twin (VerbForm::participle).
  void AddParticipleTwin(int32_t base_index);
  static constexpr char kInPhrase = '\x01';
  static constexpr char kOpensPrepPhrase = '\x02';  // the first word of a "(...)" group
  static constexpr char kBare = '\x03';             // a word outside any group
  bool CompileElements(const std::vector<std::string>& tokens, std::vector<PatternElement>* out, int* specificity,
                       bool* negated, std::string* error, Lexicon* lexicon);
  int32_t CurrentBlock(int line);

  std::vector<VerbForm> forms_;
  std::unordered_map<uint32_t, std::vector<int32_t>> forms_by_word_;
  std::vector<const std::vector<int32_t>*> forms_index_;  // by word id, built by Finish
  std::vector<VerbBlock> blocks_;
  std::vector<VerbPattern> patterns_;
  friend class VerbDictionaryFinisher;
  std::vector<Synset> synsets_;
  std::unordered_map<std::string, int32_t> synset_index_;
  std::vector<Transformation> transformations_;
  std::unordered_map<uint32_t, bool> stems_;
  std::vector<bool> stem_flags_;
  PhraseTrie synset_trie_;
  std::vector<std::vector<int32_t>> synset_lists_;
  int32_t current_block_ = -1;
  bool grouped_ = false;
};

}  // namespace tidings::extract
