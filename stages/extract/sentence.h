// SentenceWork: one sentence as the coder's phases see it — tokens, then the actor mentions
// and their groups (mentions.h), the verbs with voice and negation (clauses.h), which the
// pattern matcher (pattern_matcher.h) and the sentence coder (sentence_coder.h) read. Kept
// per thread and reused from sentence to sentence, so coding allocates little.
//
// SentenceView: the read helpers every phase shares over (dictionaries, sentence).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/coder_dictionaries.h"
#include "extract/tokenizer.h"

namespace tidings::extract {

struct Mention {
  size_t begin = 0, end = 0;  // tokens
  std::string code, country;
  bool person = false;
  bool agent = false;         // its phrase names an agent: "a senior commander", "troops"
  bool resolved = false;      // from a pronoun or reference
  bool answers = false;       // who did an earlier sentence's act this one answers ("condemned the move")
  std::string how;            // for explanations
};

// Mention indexes of a group: a handful inline (no allocation for the usual group of one to
// six), more on the heap.
class GroupMembers {
 public:
  void push_back(int m) {
    if (size_ < kInline) inline_[size_] = m;
    else spill_.push_back(m);
    ++size_;
  }
  void append(const GroupMembers& other) {
    for (int m : other) push_back(m);
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  int operator[](size_t i) const { return i < kInline ? inline_[i] : spill_[i - kInline]; }
  int front() const { return (*this)[0]; }
  int back() const { return (*this)[size_ - 1]; }
  class const_iterator {
   public:
    const_iterator(const GroupMembers* m, size_t i) : m_(m), i_(i) {}
    int operator*() const { return (*m_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }

   private:
    const GroupMembers* m_;
    size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  static constexpr size_t kInline = 6;
  std::array<int, kInline> inline_{};
  size_t size_ = 0;
  std::vector<int> spill_;
};

// One noun phrase as a slot filler: a single mention or a compound ("A, B and C").
struct Group {
  GroupMembers members;  // mention indexes
  size_t begin = 0, end = 0;
};

struct VerbHit {
  size_t begin = 0, end = 0;  // tokens of the (multi-word) verb
  size_t head = 0;            // the inflected token
  int32_t form = -1;
  bool passive = false, negated = false, infinitive = false, finite = true;
  bool refuted = false;  // negated as the complement of deny/reject/dismiss ... that
  // A participle modifying the noun before it ("an agreement signed by", "soldiers killed in
  // ..." after "there were"): that noun, not the clause's subject, is what it happens to.
  bool reduced = false;
  // Not a fact the sentence reports: a conditional ("unless Stockholm cracked down"), a
  // counterfactual ("would have condemned"), the act a plan or demand names ("a proposal to
  // deploy troops") or the content of an allegation ("allegations that police killed").
  bool unrealized = false;
  // A relative clause describing a noun, background to what the sentence reports: one in the
  // present tense ("militants who attack soldiers") or with no relative word after the object
  // of an act ("beheaded villagers they accused of spying"). It codes no event of its own.
  bool background = false;
  // "Police arrested and beat a journalist": a verb followed at once by "and" and another verb
  // shares that verb's object, which starts here (0: right after this verb).
  size_t shared_object_from = 0;
  size_t object_start() const { return shared_object_from != 0 ? shared_object_from : end; }
};

// What a verb pattern matched: the groups its $ (source), + (target) and % (compound) took,
// and the token ranges its words covered (those are part of the pattern, not actors of the
// event). The usual few ranges are kept inline, so trying a pattern allocates nothing.
struct PatternSlots {
  int source = -1, target = -1, compound = -1;  // group indexes
  // A slot that holds only some members of a compound ("* BETWEEN $ AND +" over "between A
  // and B"): per slot (source, target, compound) the first member and how many; count 0 when
  // the slot holds its whole group. SentenceCoder makes such parts groups of their own.
  std::array<std::pair<uint8_t, uint8_t>, 3> parts{};
  std::array<std::pair<uint32_t, uint32_t>, 8> words;  // the first word_count are set
  size_t word_count = 0;
  std::vector<std::pair<size_t, size_t>> more;  // ranges beyond those eight
  void AddWords(size_t b, size_t e) {
    if (word_count < words.size()) words[word_count++] = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    else more.emplace_back(b, e);
  }
  bool Covers(const Group& g) const {
    for (size_t k = 0; k < word_count; ++k) {
      if (g.begin >= words[k].first && g.end <= words[k].second) return true;
    }
    for (const auto& [b, e] : more) {
      if (g.begin >= b && g.end <= e) return true;
    }
    return false;
  }
};

// The longest dictionary match at a token (mentions.h): an actor (from a capitalised word), an
// agent, or a surname already named in the article.
struct KnownActor;
struct PhraseUnit {
  size_t end = 0;  // 0: nothing starts here
  int32_t actor = -1, agent = -1;
  const KnownActor* alias = nullptr;
};

// What coding a verb decided (sentence_coder.h), for the verbs after it and the
// transformations.
struct VerbOutcome {
  std::string code, verb_code;  // the code that applied, and the verb's own code
  int source = -1;
  bool embedded = false;
  bool emitted = false;
  bool complement = false;  // infinitive complement of an event: dropped after transformations
  int demand = -1;          // the demand or appeal whose clause this verb is (DemandingVerb)
  bool purpose_of_call = false;  // the caller's act after a call or visit (PurposeOfACall)
  bool has_target = false;
  bool by_pattern = false;  // the code is a matched pattern's, not the verb's own
};

struct SentenceWork {
  std::vector<Token> tokens;
  bool headline = false;  // title case (UncapitaliseHeadline): "Japan, Philippines Sign Pact"
  std::vector<Mention> mentions;
  std::vector<Group> groups;
  std::vector<int> group_starting_at, group_ending_at;  // by token, -1 none
  std::vector<VerbHit> verbs;
  std::vector<int> verb_at;                             // by token, -1 none
  std::vector<int> subject_of_verb;                     // group index by verb, -1 none
  std::vector<VerbOutcome> outcomes;                    // by verb
  // Scratch of the phases, kept here for its capacity (no allocation per sentence).
  std::vector<Group> merged_groups;             // MergeCompounds
  std::vector<PhraseUnit> unit_at;              // MentionFinder's units by token ...
  std::vector<uint8_t> unit_known;              // ... once computed
  std::vector<PhraseUnit> phrase_units;         // the units of one noun phrase
  std::vector<const AgentRecord*> phrase_agents;  // their agents

  // The lexicon flags of each token (d.Flags of its word), set by IndexWords: the phases ask
  // for them at every turn (SentenceView::TokenFlags), one load instead of two lookups.
  std::vector<uint64_t> token_flags;

  // The words of the sentence, for the patterns' prefilter: 64-bit signatures of its words
  // and stems, then exact checks for the few patterns that pass them; and token_flags. Call
  // IndexWords() after tokenising (and before any phase reads the sentence).
  void IndexWords(const Dictionaries& d);
  bool HasWord(uint32_t w) const;
  bool HasStem(uint64_t key) const;  // a word of the sentence begins with the stem
  // The signature of the sentence's words and stems (verb_dictionary.h).
  const Signature& signature() const { return signature_; }
  // The synsets one of whose phrases occurs in the sentence, found on first use.
  bool HasSynset(const Dictionaries& d, int32_t synset);

 private:
  Signature signature_;
  std::vector<uint32_t> words_;     // word ids of the tokens
  std::vector<uint64_t> stem_keys_;  // StemKeys of the word tokens (0 for short words)
  bool synsets_found_ = false;
  std::vector<uint64_t> synsets_present_;  // bit per synset
};

// Read access to a sentence being coded, shared by the phases. Not thread-safe: a view lives
// while its sentence is coded.
class SentenceView {
 public:
  SentenceView(const Dictionaries& d, SentenceWork* w, std::string_view text, std::string* explain)
      : d_(d), w_(*w), text_(text), explain_(explain) {}

  // The text of token range [begin, end) as written.
  std::string_view TextOf(size_t begin, size_t end) const;
  std::string MentionText(int mention) const;

 protected:
  uint64_t TokenFlags(size_t i) const { return i < w_.token_flags.size() ? w_.token_flags[i] : 0; }
  uint32_t Word(size_t i) const { return i < w_.tokens.size() ? w_.tokens[i].word : kNoWord; }
  // The token that continues, through a hyphen, the word ending before token i ("U.N." -
  // "brokered", "EU" + joined "brokered", "Saudi-led"), or npos: what comes before the hyphen
  // then modifies what comes after.
  size_t HyphenatedWordAfter(size_t i) const {
    const auto& tk = w_.tokens;
    if (i == 0 || i >= tk.size()) return std::string::npos;
    if (tk[i].joined) return i;
    bool hyphen = i + 1 < tk.size() && tk[i].upper == "-" && tk[i - 1].end == tk[i].begin && tk[i].end == tk[i + 1].begin;
    return hyphen ? i + 1 : std::string::npos;
  }
  // The token before i that is not an adverb, not below `floor`; npos when none.
  size_t PrevContent(size_t i, size_t floor = 0) const;
  // True when a preposition (past determiners and quantities) introduces the group.
  bool PrecededByPreposition(const Group& g) const;
  // True when "accused", "suspected" or "convicted" at `verb` (before "of") describes the
  // person before it: "a man accused of running a fraud ring".
  bool ChargedPerson(size_t verb) const;
  bool InsideGroup(size_t token) const;
  // "al" of "al-Kikli", "von" of "von der Leyen": a lower-case particle before a capitalised
  // word, inside a name.
  bool NameParticle(size_t k) const;
  // True when the phrase starting at `begin` is named as where something is: "in northern
  // Iraq", "near the border", "inside Lebanon", "at ...", "across ...".
  bool NamedAsPlace(size_t begin) const;
  static bool PlaceDirection(std::string_view upper);  // "northern", "central": before a place
  void Note(const std::string& s) const {
    if (explain_) *explain_ += s;
  }
  bool explaining() const { return explain_ != nullptr; }

  const Dictionaries& d_;
  SentenceWork& w_;
  std::string_view text_;
  std::string* explain_;
};

}  // namespace tidings::extract
