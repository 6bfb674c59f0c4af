// ArticleContext: what the coder remembers from one sentence of an article to the next —
// the actors already named (for pronouns, "the two countries", "the president"), surnames of
// named people, the article's date, and which events were already reported (root mentions).
// One per article; not thread-safe (each article is coded by one thread).
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tidings::extract {

struct SentenceWork;
struct Mention;
struct Token;
struct Group;

struct KnownActor {
  std::string code, country;
  std::string_view text;  // as written in the article (which outlives its context), or empty
  bool person = false;
};

// Hashes std::string keys and looks them up by std::string_view.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// A noun that names an act ("arrest", "proposal", "move"): true, with the CAMEO roots of the
// events it can name in *roots (two digits each; empty: any event).
bool ActNounRoots(std::string_view upper, std::string_view* roots);

// A word that names a body, not a person ("government", "ministry", "police"; lowercase): the
// government is never "he".
bool Institution(std::string_view lowercase_word);
// The same for a word given in upper case (a token's `upper`).
bool InstitutionUpper(std::string_view upper);

struct ArticleContext {
  static constexpr size_t kRemembered = 32;
  std::vector<KnownActor> recent;  // in order of mention, at most kRemembered
  std::unordered_map<std::string, KnownActor, StringViewHash, std::equal_to<>> aliases;  // surname -> actor
  int32_t date = 0;                                     // YYYYMMDD
  std::string dateline_country;                         // of the dateline's place, or empty
  std::unordered_set<std::string> root_keys;            // date|source|target|code already seen
  // The subject of the last main verb when it is one actor named by a plural noun ("Houthi
  // rebels fired ..."): what "they" in the next sentence most likely is. Empty code if none.
  KnownActor plural_subject;
  // The countries of the last main-verb subject that was a compound of countries ("Mali,
  // Burkina Faso and Niger announced ..."): what "they" most likely is when plural_subject
  // is empty. At most kMaxCountries.
  std::vector<std::string> plural_countries;
  // The two countries of the previous sentence's main subject when it was a compound of two
  // (states or their people: "Thailand's prime minister and Cambodia's prime minister met ..."):
  // whom "the two leaders" or "the two sides" of the next sentence are. Empty otherwise.
  std::vector<std::string> pair_subject;
  // The events coded in earlier sentences, most recent last (at most kRememberedActs): what
  // "condemned the arrest" or "rejected the proposal" in a later sentence answers, and the
  // last accusation (CAMEO 11) that "Kabul denied the charge" answers.
  struct PastAct {
    KnownActor source;
    std::string code;
    std::string target_country;
    // Itself a reaction to an earlier act ("Poland condemned the move"): what a later "the
    // decision" does not name ("Lithuania also criticised the decision" is on Russia).
    bool answer = false;
    uint32_t sentence = 0;  // which sentence of the article coded it
  };
  static constexpr size_t kRememberedActs = 16;
  std::vector<PastAct> acts;
  void RememberAct(const KnownActor& source, std::string_view code, std::string_view target_country,
                   bool answer = false);
  // The most recent act with one of `roots` (two digits each; empty: any), or null; with
  // `deeds_only`, no act that was itself a reaction to an earlier one.
  const PastAct* LastAct(std::string_view roots, bool deeds_only = false) const;
  // `act` and the others coded with it (its sentence and code) on the same target's country, or
  // back on its source's (the other side of a mutual act), of other countries: who did it
  // ("U.S. and British warplanes struck", "Riyadh and Tehran signed a deal"). At most
  // kMaxCountries, `act` first.
  size_t ActSides(const PastAct& act, std::array<const PastAct*, 4>* out) const;
  // True when `code` has one of `roots`.
  static bool RootAmong(std::string_view roots, std::string_view code);
  // The person "she" and the person "he" last referred to: "Wong met Manele ... She pledged
  // ... He thanked": once "she" is Wong, "he" is someone else. Empty if none.
  std::string she, he;

  // Forgets everything, for the next article (memory is kept for reuse).
  void Reset(int32_t article_date);
  void Remember(const KnownActor& a);
  // The most recent actor of each kind, or null.
  const KnownActor* LastPerson() const;
  const KnownActor* LastThing() const;    // not a person, with a country
  const KnownActor* LastCountry() const;  // with a real country (not "---")
  const KnownActor* LastWithAgent(const std::string& agent) const;  // code ends with the agent
  // An organisation that is no state: an armed group, insurgents, gunmen, a gang, separatists,
  // an opposition or party (agents REB INS UAF CRM SEP OPP PTY) or an NGO or militant group
  // (codes NGO..., IMG...): what "the group" or "the movement" refers to.
  const KnownActor* LastOrganisation() const;
  // The last actor named by a singular title ("Kenya's foreign minister", "the army chief"):
  // an agent code, written ending in a lowercase word that is not a plural in -s nor a body
  // ("government", "army", "ministry"), in an earlier sentence. What "he" or "she" refers to when no person was named.
  const KnownActor* LastTitled() const;
  // The last actor whose text as written has the word `upper` (given in upper case:
  // "PRESIDENT" finds "Somalia's president"), or null.
  const KnownActor* LastCalled(std::string_view upper) const;
  // The last `n` (at most kMaxCountries) distinct countries, most recent last, into *out;
  // returns how many. They point into `recent` and last until it changes.
  static constexpr size_t kMaxCountries = 4;
  // `people_only`: the countries of the last named people ("the two leaders"); `except`: a
  // country left out (the subject's, for an object "them").
  size_t LastCountries(size_t n, std::array<std::string_view, kMaxCountries>* out, bool people_only = false,
                       std::string_view except = {}) const;
  // The country the article is about: the one named most often among the actors remembered
  // from earlier sentences (the first named on a tie) for which is_country holds; empty when
  // none. The sentence being coded does not count: its own actors are its participants.
  std::string_view MainCountry(const std::function<bool(std::string_view)>& is_country) const;
  // Called before each sentence is coded: the actors remembered from here on are its own.
  void StartSentence() {
    sentence_start_ = recent.size();
    ++sentence_no_;
  }

  // After a sentence is coded: named people's surnames become aliases ("Erdogan said"), and
  // references resolved in it (pronouns, "the country") become the most recent actors again.
  // (Actors named outright were remembered as they were found.) `text` is the sentence.
  void RememberSentence(const SentenceWork& w, std::string_view text);
  // "Panama's president, Jose Raul Mulino, said": the unknown name in commas after an office
  // holder becomes an alias of it (its last word, as "Mulino said" later).
  void RememberAppositiveNames(const SentenceWork& w, std::string_view text);

 private:
  // A compound subject of countries becomes plural_countries (and "they" no longer means the
  // last plural agent).
  void RememberPluralCountries(const SentenceWork& w, const Group& g);
  static bool PluralAgentNoun(const Mention& m, const Token& last);
  uint32_t sentence_no_ = 0;  // of the sentence being coded, for PastAct::sentence
  size_t sentence_start_ = 0;  // recent[sentence_start_ ...] were named in this sentence
};

}  // namespace tidings::extract
