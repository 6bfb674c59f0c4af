#include "extract/event_coder.h"

#include <algorithm>
#include <cstring>
#include <array>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "extract/actor_dictionary.h"
#include "extract/agent_dictionary.h"
#include "extract/builtin_dictionaries.h"
#include "extract/cameo_table.h"
#include "extract/date_resolver.h"
#include "extract/gazetteer.h"
#include "extract/lexicon.h"
#include "extract/phrase_lists.h"
#include "extract/tokenizer.h"
#include "extract/verb_dictionary.h"

namespace tidings::extract {

// Word classes the coder's shallow grammar needs, as bit flags per lexicon id.
enum WordFlag : uint32_t {
  kBe = 1u << 0, kPrep = 1u << 1, kDet = 1u << 2, kPossPron = 1u << 3, kNeg = 1u << 4,
  kModal = 1u << 5, kAux = 1u << 6, kCoord = 1u << 7, kSubord = 1u << 8, kPersonPron = 1u << 9,
  kThingPron = 1u << 10, kGroupPron = 1u << 11, kAdverb = 1u << 12, kTo = 1u << 13, kBy = 1u << 14,
  kModifier = 1u << 15, kRelative = 1u << 16, kBetween = 1u << 17, kGerundIntro = 1u << 18,
  kCountNoun = 1u << 19, kTwo = 1u << 20, kPlaceIntro = 1u << 21, kClauseEnd = 1u << 22, kComma = 1u << 23,
  kCalendar = 1u << 24, kQuantity = 1u << 25, kRefute = 1u << 26, kClaimNoun = 1u << 27,
};

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
  std::vector<uint32_t> flags;  // by word id
  // By word id: length << 9 | stem bit << 8 | first byte, so the pattern matcher rejects most
  // tokens without reading the word's string (built once loading is over).
  std::vector<uint32_t> word_shape;
  void BuildWordShapes() {
    word_shape.resize(lexicon.size());
    for (uint32_t id = 0; id < lexicon.size(); ++id) {
      const std::string& w = lexicon.Word(id);
      uint32_t len = static_cast<uint32_t>(std::min<size_t>(w.size(), 0x7fffff));
      word_shape[id] = (len << 9) | (verbs.IsStem(id) ? 0x100u : 0u) | (w.empty() ? 0u : static_cast<unsigned char>(w[0]));
    }
  }
  uint32_t w_that = kNoWord, w_s = kNoWord, w_the = kNoWord, w_and = kNoWord, w_comma = kNoWord, w_of = kNoWord;

  uint32_t Flags(uint32_t word) const { return word < flags.size() ? flags[word] : 0; }
  void AddFlag(std::initializer_list<const char*> words, uint32_t flag) {
    for (const char* w : words) {
      uint32_t id = lexicon.Intern(w);
      if (flags.size() <= id) flags.resize(id + 1, 0);
      flags[id] |= flag;
    }
  }
  void InitGrammar() {
    AddFlag({"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "GET", "GOT", "GETS", "GOTTEN"}, kBe);
    AddFlag({"OF", "IN", "TO", "FROM", "AT", "ON", "FOR", "WITH", "NEAR", "INTO", "AGAINST", "BETWEEN", "OVER",
             "ABOUT", "BY", "AMONG", "TOWARD", "TOWARDS", "UNDER", "AFTER", "BEFORE", "DURING", "WITHIN", "ACROSS",
             "THROUGH", "AROUND", "OUTSIDE", "INSIDE", "BEHIND", "VIA", "AMID", "SINCE", "UPON", "ONTO"}, kPrep);
    AddFlag({"THE", "A", "AN", "THIS", "THESE", "THOSE", "ANY", "EACH", "EVERY", "SOME", "SUCH", "'S", "ANOTHER",
             "OUR", "MY", "YOUR", "NO"}, kDet);
    AddFlag({"ITS", "HIS", "HER", "THEIR"}, kPossPron | kDet);
    AddFlag({"NOT", "N'T", "NEVER"}, kNeg);
    AddFlag({"WILL", "WOULD", "CAN", "CA", "COULD", "SHOULD", "MAY", "MIGHT", "MUST", "SHALL", "WO"}, kModal);
    AddFlag({"HAS", "HAVE", "HAD", "DO", "DOES", "DID", "HAVING"}, kAux);
    AddFlag({"AND", "OR", "BUT", "&"}, kCoord);
    AddFlag({"THAT", "WHICH", "WHO", "WHOM", "WHILE", "BECAUSE", "ALTHOUGH", "THOUGH", "IF", "WHEN", "WHERE",
             "WHETHER", "UNLESS", "AS"}, kSubord);
    AddFlag({"WHO", "WHICH", "THAT"}, kRelative);
    AddFlag({"HE", "SHE", "HIM"}, kPersonPron);
    AddFlag({"IT"}, kThingPron);
    AddFlag({"THEY", "THEM"}, kGroupPron);
    AddFlag({"ALSO", "AGAIN", "ALREADY", "REPORTEDLY", "RECENTLY", "PREVIOUSLY", "JOINTLY", "OFFICIALLY",
             "FORMALLY", "STRONGLY", "FURTHER", "FIRST", "LATER", "THEN", "NOW", "STILL", "JUST", "REPEATEDLY",
             "REPORTEDLY", "ALLEGEDLY", "FINALLY", "QUICKLY", "EARLIER", "ONCE", "SUCCESSFULLY", "UNANIMOUSLY",
             "PUBLICLY", "SHARPLY", "FIRMLY", "SEVERELY", "BRIEFLY", "EVEN", "ONLY", "ALSO", "EFFECTIVELY",
             "OPENLY", "DIRECTLY", "SUDDENLY", "APPARENTLY", "REPORTEDLY", "SOON", "EVER", "YET"}, kAdverb);
    AddFlag({"TO"}, kTo);
    AddFlag({"BY"}, kBy);
    AddFlag({"FORMER", "SENIOR", "TOP", "CHIEF", "DEPUTY", "ACTING", "NEW", "LOCAL", "VISITING", "OUTGOING",
             "INCOMING", "INTERIM", "JOINT", "ELITE", "RULING", "HIGH-RANKING", "VETERAN", "NATIONAL", "SPECIAL",
             "UNIDENTIFIED", "ARMED", "HARDLINE", "MODERATE", "RADICAL", "SUSPECTED", "-", "ALLIED", "SAID"}, kModifier);
    AddFlag({"BETWEEN", "AMONG"}, kBetween);
    AddFlag({"AFTER", "BEFORE", "WHILE", "BY", "WITHOUT", "SINCE", "ON", "UPON"}, kGerundIntro);
    AddFlag({"COUNTRIES", "NATIONS", "SIDES", "STATES", "PARTIES", "NEIGHBORS", "NEIGHBOURS", "ALLIES",
             "COUNTRY", "NATION"}, kCountNoun);
    AddFlag({"TWO", "BOTH"}, kTwo);
    AddFlag({"IN", "AT", "NEAR", "OUTSIDE", "INSIDE", "AROUND", "ACROSS"}, kPlaceIntro);
    AddFlag({";", ":"}, kClauseEnd);
    AddFlag({","}, kComma);
    AddFlag({"TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN", "DOZENS", "HUNDREDS", "THOUSANDS",
             "SEVERAL", "MANY", "FEW", "OVER", "SOME", "ABOUT", "AROUND", "NEARLY", "ALMOST", "AT", "LEAST", "MORE",
             "THAN", "OF", "ALL", "BOTH"}, kQuantity);
    AddFlag({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "JANUARY", "FEBRUARY",
             "MARCH", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER", "JAN", "FEB",
             "AUG", "SEPT", "OCT", "NOV", "DEC", "TODAY", "YESTERDAY"}, kCalendar);
    // Verbs of refutation: what they deny did not happen ("denied that it had supplied").
    AddFlag({"DENY", "DENIES", "DENIED", "DENYING", "REJECT", "REJECTS", "REJECTED", "REJECTING", "DISMISS",
             "DISMISSES", "DISMISSED", "DISMISSING", "REFUTE", "REFUTES", "REFUTED", "REFUTING", "DISPUTE",
             "DISPUTES", "DISPUTED", "DISPUTING", "DISCOUNT", "DISCOUNTED", "DEBUNK", "DEBUNKED"}, kRefute);
    // What a refutation verb can refute before "that": "rejected claims that ...".
    AddFlag({"CLAIM", "CLAIMS", "REPORT", "REPORTS", "ALLEGATION", "ALLEGATIONS", "ACCUSATION", "ACCUSATIONS",
             "CHARGE", "CHARGES", "SUGGESTION", "SUGGESTIONS", "ASSERTION", "ASSERTIONS", "RUMOR", "RUMORS",
             "RUMOUR", "RUMOURS", "SPECULATION", "ASSERTION", "STORY", "STORIES", "NOTION", "IDEA"}, kClaimNoun);
    w_that = lexicon.Intern("THAT");
    w_s = lexicon.Intern("'S");
    w_the = lexicon.Intern("THE");
    w_and = lexicon.Intern("AND");
    w_comma = lexicon.Intern(",");
    w_of = lexicon.Intern("OF");
  }
};

namespace {

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read dictionary file " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::Ok();
}

std::string BaseName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// ---------------------------------------------------------------------------------------------
// Article-level context: actors already named, for pronouns and definite references.
struct KnownActor {
  std::string code, country, text;
  bool person = false;
};

struct ArticleContext {
  std::vector<KnownActor> recent;  // in order of mention
  std::unordered_map<std::string, KnownActor> aliases;  // surname -> actor
  int32_t date = 0;                // YYYYMMDD
  std::unordered_set<std::string> root_keys;

  ArticleContext() { recent.reserve(33); }
  void Remember(const KnownActor& a) {
    recent.push_back(a);
    if (recent.size() > 32) recent.erase(recent.begin());
  }
  const KnownActor* LastPerson() const {
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
      if (it->person) return &*it;
    }
    return nullptr;
  }
  const KnownActor* LastThing() const {
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
      if (!it->person && !it->country.empty()) return &*it;
    }
    return nullptr;
  }
  const KnownActor* LastCountry() const {
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
      if (!it->country.empty() && it->country != "---") return &*it;
    }
    return nullptr;
  }
  const KnownActor* LastWithAgent(const std::string& agent) const {
    for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
      if (it->code.size() > 3 && it->code.compare(3, std::string::npos, agent) == 0) return &*it;
    }
    return nullptr;
  }
  // The last `n` distinct countries, most recent last.
  std::vector<std::string> LastCountries(size_t n) const {
    std::vector<std::string> out;
    for (auto it = recent.rbegin(); it != recent.rend() && out.size() < n; ++it) {
      if (it->country.empty() || it->country == "---" || it->country.size() != 3) continue;
      if (std::find(out.begin(), out.end(), it->country) == out.end()) out.push_back(it->country);
    }
    std::reverse(out.begin(), out.end());
    return out;
  }
};

// ---------------------------------------------------------------------------------------------
struct Mention {
  size_t begin = 0, end = 0;  // tokens
  std::string code, country;
  bool person = false;
  bool resolved = false;      // from a pronoun or reference
  std::string how;            // for explanations
};

struct Group {
  std::vector<int> members;  // mention indexes
  size_t begin = 0, end = 0;
};

struct VerbHit {
  size_t begin = 0, end = 0;  // tokens of the (multi-word) verb
  size_t head = 0;            // the inflected token
  int32_t form = -1;
  bool passive = false, negated = false, infinitive = false, finite = true;
  bool refuted = false;  // negated as the complement of deny/reject/dismiss ... that
};

struct SentenceWork {
  std::vector<Token> tokens;
  std::vector<Mention> mentions;
  std::vector<Group> groups;
  std::vector<int> group_starting_at, group_ending_at;  // by token, -1 none
  std::vector<VerbHit> verbs;
  std::vector<int> verb_at;                             // by token, -1 none
  std::array<uint32_t, 256> word_set{};                 // tiny hash set of word ids (+1)
  std::vector<int> subject_of_verb;
  std::vector<Group> merged_groups;  // MergeCompounds' scratch, kept for its capacity
  // A 1024-bit Bloom filter of the StemKeys of the sentence's words, for patterns whose words
  // are stems (which cannot be looked up exactly).
  std::array<uint64_t, 16> stem_bloom{};
  static size_t StemBit(uint64_t key) { return static_cast<size_t>((key * 0x9E3779B97F4A7C15ull) >> 54); }
  void AddStemKey(uint64_t key) {
    if (key == 0) return;
    size_t b = StemBit(key);
    stem_bloom[b >> 6] |= 1ull << (b & 63);
  }
  bool MayHaveStem(uint64_t key) const {
    size_t b = StemBit(key);
    return (stem_bloom[b >> 6] >> (b & 63)) & 1;
  }
  void ClearWordSet() {
    word_set.fill(0);
    stem_bloom.fill(0);
  }
  void AddWord(uint32_t w) {
    if (w == kNoWord) return;
    size_t i = (w * 2654435761u) & 255;
    for (int k = 0; k < 256; ++k, i = (i + 1) & 255) {
      if (word_set[i] == w + 1) return;
      if (word_set[i] == 0) {
        word_set[i] = w + 1;
        return;
      }
    }
  }
  bool HasWord(uint32_t w) const {
    size_t i = (w * 2654435761u) & 255;
    for (int k = 0; k < 256; ++k, i = (i + 1) & 255) {
      if (word_set[i] == w + 1) return true;
      if (word_set[i] == 0) return false;
    }
    return false;
  }
};

std::string ComposeCodes(const std::string& outer, const std::string& inner);

class SentenceCoder {
 public:
  SentenceCoder(const Dictionaries& d, ArticleContext* ctx, SentenceWork* w, std::string_view text,
                std::string* explain)
      : d_(d), ctx_(*ctx), w_(*w), text_(text), explain_(explain) {}

  struct RawEvent {
    int source = -1, target = -1;  // mention indexes
    std::string code, pattern, verb;
    size_t verb_token = 0;
  };

  void Run(std::vector<RawEvent>* events) {
    FindMentions();
    FindVerbs();
    outcomes_.assign(w_.verbs.size(), Outcome{});
    for (size_t v = 0; v < w_.verbs.size(); ++v) CodeVerb(v, events);
    if (!d_.verbs.transformations().empty()) ApplyTransformations(events);
    events->erase(std::remove_if(events->begin(), events->end(),
                                 [&](const RawEvent& e) {
                                   int vi = w_.verb_at[VerbStart(e.verb_token)];
                                   return vi >= 0 && outcomes_[vi].complement;
                                 }),
                  events->end());
  }
  size_t VerbStart(size_t head) const {
    for (const VerbHit& v : w_.verbs) {
      if (v.head == head) return v.begin;
    }
    return head;
  }

  // PETRARCH2 transformations: an event embedded under a saying/wanting verb becomes another
  // event of the outer source ("~ a (a b ATTACK) SAY = a b 015").
  void ApplyTransformations(std::vector<RawEvent>* events) {
    for (size_t vi = 0; vi + 1 < w_.verbs.size(); ++vi) {
      const Outcome& o = outcomes_[vi];
      const VerbHit& v2 = w_.verbs[vi + 1];
      if (o.source < 0) continue;
      // The next verb is embedded when the outer verb has no object of its own before it.
      if (!(o.embedded || v2.infinitive || !o.has_target) || v2.begin > w_.verbs[vi].end + 10) continue;
      std::vector<size_t> inner;
      for (size_t e = 0; e < events->size(); ++e) {
        if ((*events)[e].verb_token == v2.head) inner.push_back(e);
      }
      if (inner.empty()) continue;
      std::vector<RawEvent> produced;
      int outer_src = w_.groups[o.source].members.front();
      for (const Transformation& t : d_.verbs.transformations()) {
        if (t.outer_code != o.code && t.outer_code != o.verb_code) continue;
        for (size_t e : inner) {
          const RawEvent& ie = (*events)[e];
          // Codes match by root; the uses of force (18 assault, 19 fight, 20 mass violence) are
          // one family, as ATTACK names them all in the transformations.
          auto force = [](const std::string& c) { return c.size() >= 2 && (c.compare(0, 2, "18") == 0 || c.compare(0, 2, "19") == 0 || c.compare(0, 2, "20") == 0); };
          if (t.inner_code != "Q" && ie.code.compare(0, 2, t.inner_code, 0, 2) != 0 && !(force(ie.code) && force(t.inner_code)))
            continue;
          std::map<char, int> bind{{t.outer_source, outer_src}};
          auto same = [&](int a, int b) { return w_.mentions[a].code == w_.mentions[b].code; };
          bool ok = true;
          if (t.inner_source == '_') {
            ok = v2.infinitive && same(outer_src, ie.source);  // no subject of its own
          } else if (t.inner_source != '.') {
            auto it = bind.find(t.inner_source);
            if (it != bind.end()) ok = same(it->second, ie.source);
            else {
              ok = !same(outer_src, ie.source);
              bind[t.inner_source] = ie.source;
            }
          }
          if (ok && t.inner_target != '.' && t.inner_target != '_') {
            auto it = bind.find(t.inner_target);
            if (it != bind.end()) ok = same(it->second, ie.target);
            else bind[t.inner_target] = ie.target;
          }
          auto rs = bind.find(t.result_source);
          auto rt = bind.find(t.result_target);
          if (!ok || rs == bind.end() || rt == bind.end() || same(rs->second, rt->second)) continue;
          produced.push_back(RawEvent{rs->second, rt->second, t.result_code == "Q" ? ie.code : t.result_code,
                                      "transformation: " + t.text, ie.verb, w_.verbs[vi].head});
          Note("    transformation " + t.text + "\n");
        }
        if (!produced.empty()) break;
      }
      if (produced.empty()) continue;
      size_t outer_head = w_.verbs[vi].head;
      events->erase(std::remove_if(events->begin(), events->end(),
                                   [&](const RawEvent& e) { return e.verb_token == v2.head || e.verb_token == outer_head; }),
                    events->end());
      events->insert(events->end(), produced.begin(), produced.end());
    }
  }

  const Mention& mention(int i) const { return w_.mentions[i]; }
  std::string MentionText(int i) const {
    const Mention& m = w_.mentions[i];
    if (m.begin >= m.end) return "";
    return std::string(text_.substr(w_.tokens[m.begin].begin, w_.tokens[m.end - 1].end - w_.tokens[m.begin].begin));
  }

 private:
  uint32_t F(size_t i) const { return i < w_.tokens.size() ? d_.Flags(w_.tokens[i].word) : 0; }
  uint32_t Word(size_t i) const { return i < w_.tokens.size() ? w_.tokens[i].word : kNoWord; }
  void Note(const std::string& s) {
    if (explain_) *explain_ += s;
  }
  bool explaining() const { return explain_ != nullptr; }

  // Longest dictionary match at i: actor (capitalised start) or agent.
  struct Unit {
    size_t end = 0;
    int32_t actor = -1, agent = -1;
    const KnownActor* alias = nullptr;
  };
  // Units are looked up many times per position while phrases are built: computed once.
  Unit UnitAt(size_t i) const {
    if (i < unit_cache_.size() && unit_done_[i]) return unit_cache_[i];
    Unit u = ComputeUnitAt(i);
    if (i < unit_cache_.size()) {
      unit_cache_[i] = u;
      unit_done_[i] = true;
    }
    return u;
  }
  Unit ComputeUnitAt(size_t i) const {
    Unit u;
    const auto& tk = w_.tokens;
    if (!tk[i].is_word) return u;
    size_t best_actor = 0, best_agent = 0;
    if (tk[i].capitalized) {
      uint32_t node = PhraseTrie::kRoot;
      for (size_t j = i; j < tk.size(); ++j) {
        node = d_.actors.trie().Child(node, tk[j].word);
        if (node == PhraseTrie::kNone) break;
        int32_t v = d_.actors.trie().Value(node);
        if (v >= 0) {
          best_actor = j + 1;
          u.actor = v;
        }
      }
    }
    uint32_t node = PhraseTrie::kRoot;
    int32_t agent = -1;
    for (size_t j = i; j < tk.size(); ++j) {
      node = d_.agents.trie().Child(node, tk[j].word);
      if (node == PhraseTrie::kNone) break;
      int32_t v = d_.agents.trie().Value(node);
      if (v >= 0) {
        best_agent = j + 1;
        agent = v;
      }
    }
    if (best_agent > best_actor) {
      u.actor = -1;
      u.agent = agent;
      u.end = best_agent;
    } else if (best_actor > 0) {
      u.end = best_actor;
    }
    if (u.end == 0 && tk[i].capitalized && !ctx_.aliases.empty()) {
      auto it = ctx_.aliases.find(tk[i].upper);
      if (it != ctx_.aliases.end()) {
        u.alias = &it->second;
        u.end = i + 1;
      }
    }
    return u;
  }

  bool IsNameWord(size_t i) const {
    const Token& t = w_.tokens[i];
    return t.is_word && t.capitalized && !t.is_number &&
           (d_.Flags(t.word) & (kDet | kPrep | kCoord | kSubord | kPersonPron | kThingPron | kGroupPron | kCalendar)) == 0 &&
           d_.verbs.FormsOf(t.word) == nullptr;
  }

  void FindMentions() {
    auto& tk = w_.tokens;
    size_t n = tk.size();
    unit_cache_.assign(n, Unit{});
    unit_done_.assign(n, false);
    w_.mentions.clear();
    w_.groups.clear();
    w_.group_starting_at.assign(n + 1, -1);
    w_.group_ending_at.assign(n + 1, -1);
    size_t i = 0;
    while (i < n) {
      // Definite group references: "the two countries", "both sides".
      if ((F(i) & kTwo) || (Word(i) == d_.w_the && (F(i + 1) & kTwo))) {
        size_t j = (F(i) & kTwo) ? i + 1 : i + 2;
        Unit agent_unit = j < n ? UnitAt(j) : Unit{};
        bool count_noun = j < n && (F(j) & kCountNoun);
        if (count_noun || (agent_unit.agent >= 0)) {
          std::vector<std::string> countries = ctx_.LastCountries(2);
          if (countries.size() == 2) {
            Group g;
            size_t end = count_noun ? std::max(j + 1, agent_unit.end) : agent_unit.end;
            std::string agent = agent_unit.agent >= 0 && !count_noun ? d_.agents.record(agent_unit.agent).code : "";
            for (const std::string& c : countries) {
              Mention m;
              m.begin = i;
              m.end = end;
              m.code = c + agent;
              m.country = c;
              m.resolved = true;
              m.how = "the two countries already named";
              g.members.push_back(static_cast<int>(w_.mentions.size()));
              w_.mentions.push_back(m);
            }
            g.begin = i;
            g.end = end;
            AddGroup(g);
            i = end;
            continue;
          }
        }
      }
      // "the country" -> the last country named.
      if (Word(i) == d_.w_the && i + 1 < n && (F(i + 1) & kCountNoun) && (tk[i + 1].upper == "COUNTRY" || tk[i + 1].upper == "NATION")) {
        if (const KnownActor* k = ctx_.LastCountry()) {
          AddSingle(i, i + 2, k->country, k->country, false, "the country already named");
          i += 2;
          continue;
        }
      }
      // Pronouns in subject or object position.
      uint32_t f = F(i);
      if (f & (kPersonPron | kThingPron | kGroupPron)) {
        const KnownActor* k = (f & kPersonPron) ? ctx_.LastPerson() : (f & kThingPron) ? ctx_.LastThing() : nullptr;
        if (f & kGroupPron) {
          std::vector<std::string> countries = ctx_.LastCountries(2);
          if (!ctx_.recent.empty() && countries.size() < 2) k = &ctx_.recent.back();
          else if (countries.size() == 2) {
            Group g;
            for (const std::string& c : countries) {
              Mention m;
              m.begin = i;
              m.end = i + 1;
              m.code = c;
              m.country = c;
              m.resolved = true;
              m.how = "pronoun '" + tk[i].upper + "'";
              g.members.push_back(static_cast<int>(w_.mentions.size()));
              w_.mentions.push_back(m);
            }
            g.begin = i;
            g.end = i + 1;
            AddGroup(g);
            ++i;
            continue;
          }
        }
        if (k != nullptr) {
          AddSingle(i, i + 1, k->code, k->country, k->person, explaining() ? "pronoun '" + tk[i].upper + "' -> " + k->text : std::string());
        }
        ++i;
        continue;
      }
      Unit u = UnitAt(i);
      bool possessive_pronoun = (f & kPossPron) && i + 1 < n;
      if (possessive_pronoun) {
        // "its military", "his government": an agent owned by the actor last named.
        Unit a = UnitAt(i + 1);
        if (a.agent >= 0 && a.actor < 0) {
          const KnownActor* k = tk[i].upper == "HIS" || tk[i].upper == "HER" ? ctx_.LastPerson() : ctx_.LastCountry();
          if (k == nullptr) k = ctx_.LastCountry();
          if (k != nullptr && !k->country.empty()) {
            const AgentRecord& ar = d_.agents.record(a.agent);
            std::string code = ar.prefix ? ar.code + k->country : k->country + ar.code;
            AddSingle(i, a.end, code, k->country, false, explaining() ? "possessive '" + tk[i].upper + "' -> " + k->text : std::string());
            i = a.end;
            continue;
          }
        }
      }
      if (u.end == 0) {
        ++i;
        continue;
      }
      // Build one noun phrase from adjacent units.
      std::vector<Unit>& units = units_scratch_;  // reused: no allocation per phrase
      units.assign(1, u);
      size_t j = u.end;
      while (j < n) {
        size_t k = j;
        int gap = 0;
        while (k < n && gap < 3 && UnitAt(k).end == 0 && ((F(k) & kModifier) || IsNameWord(k))) {
          ++k;
          ++gap;
        }
        if (k < n) {
          Unit next = UnitAt(k);
          if (next.end > 0 && !(next.actor >= 0 && units.back().actor >= 0 && gap > 0)) {
            units.push_back(next);
            j = next.end;
            continue;
          }
        }
        // Possessive: "Russia's UN ambassador", "Turkey's president".
        if (Word(j) == d_.w_s && j + 1 < n) {
          size_t k2 = j + 1;
          while (k2 < n && (F(k2) & kModifier) && UnitAt(k2).end == 0) ++k2;
          Unit next = k2 < n ? UnitAt(k2) : Unit{};
          if (next.end > 0 && next.agent >= 0) {
            units.push_back(next);
            j = next.end;
            continue;
          }
        }
        // "President of Azerbaijan", "a court in Guyana": agent + of/in/from + actor.
        bool has_actor = std::any_of(units.begin(), units.end(), [](const Unit& x) { return x.actor >= 0 || x.alias; });
        if (!has_actor && j + 1 < n && (tk[j].upper == "OF" || tk[j].upper == "IN" || tk[j].upper == "FROM")) {
          size_t k2 = j + 1;
          if (Word(k2) == d_.w_the) ++k2;
          for (int skip = 0; skip < 2 && k2 < n && tk[k2].is_word && !tk[k2].capitalized && UnitAt(k2).end == 0 &&
                             d_.verbs.FormsOf(tk[k2].word) == nullptr && !(F(k2) & (kPrep | kDet | kCoord));
               ++skip)
            ++k2;
          Unit next = k2 < n ? UnitAt(k2) : Unit{};
          if (next.end > 0 && (next.actor >= 0 || next.alias)) {
            units.push_back(next);
            j = next.end;
            continue;
          }
        }
        break;
      }
      // Trailing personal names ("... Secretary Jeffrey Kupfer") belong to the phrase.
      size_t end = j;
      int names = 0;
      while (end < n && names < 4 && IsNameWord(end) && UnitAt(end).end == 0) {
        ++end;
        ++names;
      }
      Compose(i, end, units, names > 0 ? end - 1 : std::string::npos);
      i = end;
    }
    // Compound groups: mentions joined by "and" / "," / "as well as" / "&".
    MergeCompounds();
  }

  void AddGroup(const Group& g) {
    w_.groups.push_back(g);
    int gi = static_cast<int>(w_.groups.size() - 1);
    w_.group_starting_at[g.begin] = gi;
    w_.group_ending_at[g.end] = gi;
  }
  void AddSingle(size_t b, size_t e, const std::string& code, const std::string& country, bool person,
                 const std::string& how) {
    Mention m;
    m.begin = b;
    m.end = e;
    m.code = code;
    m.country = country;
    m.person = person;
    m.resolved = true;
    m.how = how;
    Group g;
    g.members.push_back(static_cast<int>(w_.mentions.size()));
    w_.mentions.push_back(m);
    g.begin = b;
    g.end = e;
    AddGroup(g);
  }

  void Compose(size_t begin, size_t end, const std::vector<Unit>& units, size_t surname_token) {
    std::string_view best;  // points into the dictionaries or the article context
    bool person = false;
    std::vector<const AgentRecord*>& agents = agents_scratch_;
    agents.clear();
    std::string how;
    for (const Unit& u : units) {
      if (u.actor >= 0) {
        const ActorRecord& r = d_.actors.record(u.actor);
        const std::string& c = r.CodeOn(ctx_.date);
        if (c.empty() || c == "---") continue;
        // A longer code is more specific (a person's "AZEGOV" over the country's "AZE").
        if (c.size() >= best.size()) {
          best = c;
          // A named person: a multi-word name with a national code ("ILHAM_ALIYEV_" AZEGOV);
          // organisations (IGO, NGO, MNC ...) still take agents ("UN troops" IGOUNOMIL).
          std::string_view head(c.data(), 3);
          bool organisation = head == "IGO" || head == "NGO" || head == "MNC" || head == "IMG" || head == "NGM";
          person = c.size() > 3 && !organisation && PhraseWords(r.primary).size() >= 2;
        }
        if (explain_) how += (how.empty() ? "" : " + ") + ("actor " + r.primary + " [" + c + "]");
      } else if (u.alias) {
        if (u.alias->code.size() >= best.size()) {
          best = u.alias->code;
          person = u.alias->person;
        }
        if (explain_) how += (how.empty() ? "" : " + ") + ("name of " + u.alias->text + " [" + u.alias->code + "]");
      } else if (u.agent >= 0) {
        agents.push_back(&d_.agents.record(u.agent));
        if (explain_) how += (how.empty() ? "" : " + ") + ("agent " + agents.back()->phrase + " [~" + agents.back()->code + "]");
      }
    }
    std::string code;
    std::string country;
    if (best.empty()) {
      // Agents alone: "the president" is the last actor named with that agent; else unknown.
      if (agents.empty()) return;
      const KnownActor* k = ctx_.LastWithAgent(agents.front()->code);
      bool definite = begin > 0 && Word(begin - 1) == d_.w_the;
      if (k != nullptr && definite) {
        code = k->code;
        country = k->country;
        person = k->person;
        how += " -> " + k->text;
      } else {
        code = "---";
        for (size_t a = 0; a < agents.size() && a < 2; ++a) {
          if (code.find(agents[a]->code, 3) == std::string::npos) code += agents[a]->code;
        }
        country = "---";
      }
    } else if (best.size() > 3 && !agents.empty() && person) {
      code = best;  // a named person's own code wins over their title
      country = best.substr(0, 3);
    } else {
      code = best;
      country = best.substr(0, 3);
      std::string prefix;
      int added = 0;
      for (const AgentRecord* a : agents) {
        if (added == 2) break;
        if (a->prefix) {
          if (prefix.find(a->code) == std::string::npos) prefix += a->code;
        } else if (code.find(a->code, 3) == std::string::npos) {
          code += a->code;
          ++added;
        }
      }
      code = prefix + code;
      if (person == false && !agents.empty()) person = std::any_of(agents.begin(), agents.end(), [](const AgentRecord* a) {
        return a->code == "GOV" || a->code == "ELI" || a->code == "LEG";
      }) && surname_token != std::string::npos;
    }
    Mention m;
    m.begin = begin;
    m.end = end;
    m.code = code;
    m.country = country;
    m.person = person || surname_token != std::string::npos;
    m.how = std::move(how);
    // Named now, so a pronoun later in the same sentence can refer to it ("Obama said he ...").
    if (country != "---" && !code.empty()) {
      std::string text;
      if (explain_) text = std::string(text_.substr(w_.tokens[begin].begin, w_.tokens[end - 1].end - w_.tokens[begin].begin));
      ctx_.Remember(KnownActor{code, country, std::move(text), m.person});
    }
    Group g;
    g.members.push_back(static_cast<int>(w_.mentions.size()));
    w_.mentions.push_back(m);
    g.begin = begin;
    g.end = end;
    AddGroup(g);
  }

  void MergeCompounds() {
    if (w_.groups.size() < 2) return;
    std::vector<Group>& merged = w_.merged_groups;
    merged.clear();
    auto& tk = w_.tokens;
    for (size_t g = 0; g < w_.groups.size(); ++g) {
      Group cur = w_.groups[g];
      size_t chain_start = g;
      std::vector<bool> with_and;  // per join: "and" (true) or a bare comma (false)
      while (g + 1 < w_.groups.size()) {
        const Group& nx = w_.groups[g + 1];
        size_t k = cur.end;
        bool joined = false;
        if (k < nx.begin) {
          // and | , | , and | as well as | & (with an optional "the")
          size_t p = k;
          bool conj = false;
          if (p < nx.begin && tk[p].upper == ",") {
            ++p;
            conj = true;
          }
          bool and_word = false;
          if (p < nx.begin && (tk[p].upper == "AND" || tk[p].upper == "&")) {
            ++p;
            conj = true;
            and_word = true;
          } else if (p + 2 < nx.begin + 1 && tk[p].upper == "AS" && p + 2 < tk.size() && tk[p + 1].upper == "WELL" &&
                     tk[p + 2].upper == "AS") {
            p += 3;
            conj = true;
            and_word = true;
          }
          if (conj && p < nx.begin && Word(p) == d_.w_the) ++p;
          joined = conj && p == nx.begin;
          if (joined) with_and.push_back(and_word);
        }
        if (!joined) break;
        // "the Azerbaijani and Turkish governments": a bare country takes the plural agent.
        if (cur.members.size() == 1 && nx.members.size() == 1) {
          Mention& a = w_.mentions[cur.members[0]];
          const Mention& b = w_.mentions[nx.members[0]];
          if (a.code.size() == 3 && b.code.size() > 3 && b.code.compare(0, 3, b.country) == 0 &&
              tk[b.end - 1].upper.back() == 'S' && !a.resolved) {
            a.code += b.code.substr(3);
          }
        }
        cur.members.insert(cur.members.end(), nx.members.begin(), nx.members.end());
        cur.end = nx.end;
        ++g;
      }
      // A list joined by bare commas must end with "and" ("A, B and C"); otherwise the
      // commas separate clauses ("Russia attacked Georgia, Turkey said").
      if (!with_and.empty() && !with_and.back()) {
        for (size_t k = chain_start; k <= g; ++k) merged.push_back(w_.groups[k]);
        continue;
      }
      merged.push_back(std::move(cur));
    }
    w_.groups.swap(merged);
    std::fill(w_.group_starting_at.begin(), w_.group_starting_at.end(), -1);
    std::fill(w_.group_ending_at.begin(), w_.group_ending_at.end(), -1);
    for (size_t g = 0; g < w_.groups.size(); ++g) {
      w_.group_starting_at[w_.groups[g].begin] = static_cast<int>(g);
      w_.group_ending_at[w_.groups[g].end] = static_cast<int>(g);
    }
  }

  bool InsideMention(size_t i) const {
    for (const Group& g : w_.groups) {
      if (i >= g.begin && i < g.end) return true;
    }
    return false;
  }

  // Previous token skipping adverbs.
  size_t PrevContent(size_t i, size_t floor = 0) const {
    while (i > floor) {
      --i;
      if (!(F(i) & kAdverb)) return i;
    }
    return std::string::npos;
  }

  void FindVerbs() {
    auto& tk = w_.tokens;
    size_t n = tk.size();
    w_.verbs.clear();
    w_.verb_at.assign(n + 1, -1);
    for (size_t i = 0; i < n; ++i) {
      if (!tk[i].is_word || InsideMention(i)) continue;
      const std::vector<int32_t>* forms = d_.verbs.FormsOf(tk[i].word);
      if (forms == nullptr) continue;
      int32_t chosen = -1;
      size_t b = i, e = i + 1;
      for (int32_t fi : *forms) {
        const VerbForm& vf = d_.verbs.form(fi);
        if (vf.before.empty() && vf.after.empty()) {
          if (chosen < 0) chosen = fi;
          continue;
        }
        bool ok = vf.before.size() <= i && i + 1 + vf.after.size() <= n;
        for (size_t k = 0; ok && k < vf.before.size(); ++k) ok = tk[i - vf.before.size() + k].word == vf.before[k];
        for (size_t k = 0; ok && k < vf.after.size(); ++k) ok = tk[i + 1 + k].word == vf.after[k];
        if (ok && (b == i && e == i + 1)) {
          chosen = fi;
          b = i - vf.before.size();
          e = i + 1 + vf.after.size();
        }
      }
      if (chosen < 0) continue;
      // A capitalised word inside a sentence is a name ("Islamic State"), not a verb.
      if (tk[b].capitalized && b > 0 && tk[b - 1].is_word) continue;
      const VerbForm& vf = d_.verbs.form(chosen);
      size_t p = PrevContent(b);
      uint32_t pf = p == std::string::npos ? 0 : F(p);
      bool after_mention = p != std::string::npos && w_.group_ending_at[p + 1] >= 0;
      // A lowercase agent word alone is an adjective ("military exercises"), not a subject.
      if (after_mention) {
        const Group& g = w_.groups[w_.group_ending_at[p + 1]];
        const Mention& m = w_.mentions[g.members.back()];
        if (g.members.size() == 1 && m.country == "---" && !tk[g.begin].capitalized &&
            !(g.begin > 0 && (F(g.begin - 1) & kDet)))
          after_mention = false;
      }
      // Only a subject-like phrase makes the next word a verb: not one inside a prepositional
      // or indefinite noun phrase ("for a strict Islamic state").
      if (after_mention && vf.inflection != VerbForm::kPast && vf.inflection != VerbForm::kIrregular) {
        const Group& g = w_.groups[w_.group_ending_at[p + 1]];
        size_t q = g.begin;
        while (q > 0 && q + 2 > g.begin && !(F(q - 1) & (kPrep | kDet)) && !tk[q - 1].capitalized && tk[q - 1].is_word &&
               !d_.verbs.FormsOf(tk[q - 1].word))
          --q;
        if (q > 0 && ((F(q - 1) & kPrep) || tk[q - 1].upper == "A" || tk[q - 1].upper == "AN")) after_mention = false;
      }
      bool after_pronoun_or_rel = (pf & (kPersonPron | kGroupPron | kThingPron | kRelative)) != 0 ||
                                  (p != std::string::npos && (tk[p].upper == "I" || tk[p].upper == "WE" || tk[p].upper == "YOU"));
      VerbHit h;
      h.begin = b;
      h.end = e;
      h.head = i;
      h.form = chosen;
      if (p != std::string::npos && (pf & kDet) && !(pf & kPossPron && (vf.inflection == VerbForm::kPast))) continue;  // "the attack"
      switch (vf.inflection) {
        case VerbForm::kGerund:
          if (!(pf & (kBe | kGerundIntro)) && !after_mention) continue;
          h.finite = (pf & kBe) != 0;
          break;
        case VerbForm::kBase:
          if (pf & kTo) {
            h.infinitive = true;
            h.finite = false;
          } else if (!(pf & (kModal | kAux | kNeg)) && !after_mention && !after_pronoun_or_rel) {
            continue;
          }
          break;
        case VerbForm::kThirdPerson:
          if (!after_mention && !after_pronoun_or_rel && !(pf & (kAdverb | kCoord))) continue;
          break;
        default:
          break;
      }
      // Passive: a past participle after a form of "be", or a reduced relative "signed by".
      if (vf.inflection == VerbForm::kPast || vf.inflection == VerbForm::kIrregular) {
        if (pf & kBe) {
          h.passive = true;
        } else if (e < n && (F(e) & kBy) && (after_mention || (pf & (kDet)) == 0) && p != std::string::npos &&
                   (tk[p].upper == "," || after_mention || !tk[p].is_word || (pf & kCoord) == 0)) {
          // "..., signed by President X" / "an agreement signed by"
          bool reduced = !after_pronoun_or_rel && !(pf & (kAux | kModal));
          if (reduced && !(after_mention && p + 1 == b && false)) h.passive = after_mention ? false : true;
          if (!after_mention) h.passive = true;
        } else if (p != std::string::npos && !after_mention && !after_pronoun_or_rel && !(pf & (kAux | kModal | kCoord | kNeg)) &&
                   e < n && (F(e) & kBetween)) {
          h.passive = true;  // "an agreement signed between A and B"
        }
      }
      // Negation: not / n't / never shortly before the verb, within the clause.
      for (size_t k = b, steps = 0; k > 0 && steps < 4; ++steps) {
        --k;
        if (F(k) & kNeg) {
          h.negated = true;
          break;
        }
        if (w_.group_ending_at[k + 1] >= 0 || (F(k) & kComma)) break;
      }
      // The complement of a refutation is denied, not reported: "Iran denied that it had
      // supplied weapons", "rejected claims that ... attacked" code like a negation.
      if (!h.negated && RefutedClause(b)) h.negated = h.refuted = true;
      // An infinitive complement of a negated verb is negated too ("would not ask X to help").
      if (h.infinitive && !w_.verbs.empty() && w_.verbs.back().negated && b <= w_.verbs.back().end + 6) h.negated = true;
      w_.verb_at[b] = static_cast<int>(w_.verbs.size());
      w_.verbs.push_back(h);
      i = e - 1;
    }
  }

  // True when the clause holding the verb at token `b` is the "that" complement of a verb of
  // refutation: <deny|reject|dismiss ...> [the|these ... claims|reports ...] that <subject> <verb>.
  bool RefutedClause(size_t b) const {
    for (size_t k = b, steps = 0; k > 0 && steps < 12; ++steps) {
      --k;
      uint32_t f = F(k);
      if (f & (kClauseEnd | kRefute)) return false;  // a refutation verb is not its own complement
      if (w_.verb_at[k] >= 0) return false;          // another verb's clause lies between
      if (Word(k) != d_.w_that) continue;
      size_t q = k;
      // "that" may follow the refuted noun: "dismissed (the) (US) reports that".
      if (q > 0 && (F(q - 1) & kClaimNoun)) {
        --q;
        while (q > 0 && q + 4 > k && ((F(q - 1) & (kDet | kModifier | kPossPron)) || w_.tokens[q - 1].capitalized ||
                                      w_.group_ending_at[q] >= 0))
          --q;
      }
      // Adverbs between the verb and its complement: "flatly denied that".
      while (q > 0 && (F(q - 1) & kAdverb)) --q;
      return q > 0 && (F(q - 1) & kRefute) != 0;
    }
    return false;
  }

  // ----- pattern matching -------------------------------------------------------------------
  [[gnu::always_inline]] bool WordMatches(uint32_t pw, size_t i) const {
    const Token& t = w_.tokens[i];
    if (t.word == pw) return true;
    if (!t.is_word) return false;
    uint32_t shape = d_.word_shape[pw];
    size_t plen = shape >> 9;
    if (t.upper.size() <= plen || static_cast<unsigned char>(t.upper[0]) != (shape & 0xffu)) return false;
    const std::string& p = d_.lexicon.Word(pw);
    size_t extra = t.upper.size() - p.size();
    if (shape & 0x100u) {
      if (extra > 5) return false;
    } else {
      // Regular inflections of a pattern word.
      std::string_view tail = std::string_view(t.upper).substr(p.size());
      if (!(tail == "S" || tail == "ES" || tail == "ED" || tail == "D" || tail == "ING")) return false;
    }
    return std::memcmp(t.upper.data(), p.data(), p.size()) == 0;
  }
  [[gnu::always_inline]] size_t PhraseAt(const std::vector<uint32_t>& words, size_t i, size_t limit) const {
    size_t n = words.size();
    if (i + n > limit) return 0;
    const uint32_t* w = words.data();
    for (size_t k = 0; k < n; ++k) {
      if (!WordMatches(w[k], i + k)) return 0;
    }
    return n;
  }
  // Longest phrase of synset s starting at token i (exact words, plurals listed in the set).
  size_t SynsetAt(int32_t s, size_t i, size_t limit) const {
    size_t best = 0;
    uint32_t node = PhraseTrie::kRoot;
    const PhraseTrie& trie = d_.verbs.synset_trie();
    for (size_t j = i; j < limit; ++j) {
      node = trie.Child(node, w_.tokens[j].word);
      if (node == PhraseTrie::kNone) break;
      int32_t v = trie.Value(node);
      if (v >= 0) {
        const auto& list = d_.verbs.synset_list(v);
        if (std::find(list.begin(), list.end(), s) != list.end()) best = j + 1 - i;
      }
    }
    return best;
  }
  // Longest phrase of synset s ending just before token `end`.
  size_t SynsetEndingAt(int32_t s, size_t end, size_t floor) const {
    for (size_t b = floor; b < end; ++b) {
      if (end - b > 6) continue;
      if (SynsetAt(s, b, end) == end - b) return end - b;
    }
    return 0;
  }
  static constexpr size_t kGap = 6;

  struct Slots {
    int source = -1, target = -1, compound = -1;  // group indexes
    // Token ranges the pattern's words matched: inline for the usual few, so trying a pattern
    // allocates nothing; `more` holds any beyond that.
    std::array<std::pair<uint32_t, uint32_t>, 8> words;  // first word_count are set
    size_t word_count = 0;
    std::vector<std::pair<size_t, size_t>> more;
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

  // Lower part: elements after the verb, in order, with gaps.
  bool MatchLower(const std::vector<PatternElement>& els, size_t start, size_t limit, Slots* slots) const {
    size_t p = start;
    for (const PatternElement& e : els) {
      bool found = false;
      for (size_t q = p; q < limit && q <= p + kGap; ++q) {
        size_t len = 0;
        switch (e.kind) {
          case ElementKind::kWords: len = PhraseAt(e.words, q, limit); break;
          case ElementKind::kSynset: len = SynsetAt(e.synset, q, limit); break;
          case ElementKind::kSkip: len = 1; break;
          default: {
            int g = w_.group_starting_at[q];
            if (g >= 0) {
              len = w_.groups[g].end - q;
              (e.kind == ElementKind::kSource ? slots->source : e.kind == ElementKind::kTarget ? slots->target : slots->compound) = g;
            }
          }
        }
        if (len > 0) {
          if (e.kind == ElementKind::kWords || e.kind == ElementKind::kSynset) slots->AddWords(q, q + len);
          p = q + len;
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
  // Upper part: elements before the verb, matched right to left.
  bool MatchUpper(const std::vector<PatternElement>& els, size_t end, size_t floor, Slots* slots) const {
    size_t p = end;  // exclusive
    for (auto it = els.rbegin(); it != els.rend(); ++it) {
      const PatternElement& e = *it;
      bool found = false;
      for (size_t q = p; q > floor && q + kGap >= p; --q) {
        size_t len = 0;
        switch (e.kind) {
          case ElementKind::kWords:
            if (q >= floor + e.words.size()) len = PhraseAt(e.words, q - e.words.size(), q);
            break;
          case ElementKind::kSynset:
            len = SynsetEndingAt(e.synset, q, floor);
            break;
          case ElementKind::kSkip: len = 1; break;
          default: {
            int g = w_.group_ending_at[q];
            if (g >= 0) {
              len = q - w_.groups[g].begin;
              (e.kind == ElementKind::kSource ? slots->source : e.kind == ElementKind::kTarget ? slots->target : slots->compound) = g;
            }
          }
        }
        if (len > 0) {
          p = q - len;
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }
  bool Prefilter(const VerbPattern& pat) const {
    for (uint32_t w : pat.required) {
      if (!w_.HasWord(w)) return false;
    }
    for (uint64_t k : pat.required_stems) {
      if (!w_.MayHaveStem(k)) return false;
    }
    return true;
  }

  // ----- source and target ------------------------------------------------------------------
  bool PrecededByPreposition(const Group& g) const {
    size_t b = g.begin;
    // Skip determiners and quantities: "for two Brazilian men", "against some 150 rebels".
    while (b > 0 && (((F(b - 1) & kDet) && !(F(b - 1) & kPossPron)) || w_.tokens[b - 1].is_number ||
                     (F(b - 1) & kQuantity)))
      --b;
    if (b == 0) return false;
    uint32_t f = F(b - 1);
    return (f & kPrep) != 0;
  }
  int SubjectOf(size_t vi) const {
    const VerbHit& v = w_.verbs[vi];
    // Coordinated verb ("... and signed"): the previous verb's subject.
    size_t p = PrevContent(v.begin);
    if (p != std::string::npos && (F(p) & kCoord) && vi > 0 && w_.subject_of_verb[vi - 1] >= 0) {
      return w_.subject_of_verb[vi - 1];
    }
    int crossed = 0;
    for (size_t k = v.begin; k > 0; --k) {
      if (F(k - 1) & kClauseEnd) break;
      // The actor before another finite verb is that verb's subject ("Washington said a step
      // enjoyed ..."); an infinitive borrows its governing verb's subject.
      int vj = w_.verb_at[k - 1];
      if (vj >= 0 && static_cast<size_t>(vj) != vi && w_.verbs[vj].end <= v.begin) {
        const VerbForm& cf = d_.verbs.form(w_.verbs[vj].form);
        const std::string& cc = d_.verbs.block(cf.block).code.active;
        bool speech = cc.size() >= 2 && cc[0] == '0' && cc[1] == '1';
        if (speech || v.infinitive) ++crossed;
        if ((speech && !v.infinitive) || crossed > 1) break;
      }
      int g = w_.group_ending_at[k];
      if (g >= 0) {
        if (!PrecededByPreposition(w_.groups[g])) return g;
        k = w_.groups[g].begin + 1;
      }
    }
    return -1;
  }
  // First actor after the verb, before the clause ends.
  int ObjectOf(size_t vi, size_t limit, int skip_group, bool* embedded_subject, const Slots* slots = nullptr) const {
    const VerbHit& v = w_.verbs[vi];
    *embedded_subject = false;
    for (size_t k = v.end; k < limit; ++k) {
      if (F(k) & (kClauseEnd | kComma)) break;
      // The object of a verb comes before the next verb (finite, or an infinitive complement
      // whose own event carries the meaning: "agreed to lift sanctions on Iran").
      if (w_.verb_at[k] >= 0) break;
      if ((F(k) & kTo) && k + 1 < limit && w_.verb_at[k + 1] >= 0) break;
      int g = w_.group_starting_at[k];
      if (g < 0 || g == skip_group) continue;
      if (slots != nullptr && slots->Covers(w_.groups[g])) continue;  // words of the pattern itself
      if (k > 0 && (F(k - 1) & kBy) && v.passive) continue;
      // The actor is the subject of an embedded clause when a finite verb follows it.
      size_t after = w_.groups[g].end;
      while (after < limit && (F(after) & (kAdverb | kAux | kModal | kNeg | kBe))) ++after;
      int nv = after < limit ? w_.verb_at[after] : -1;
      if (nv >= 0 && !w_.verbs[nv].infinitive && w_.verbs[nv].finite && w_.verbs[nv].form >= 0 &&
          d_.verbs.form(w_.verbs[nv].form).inflection != VerbForm::kGerund && !PrecededByPreposition(w_.groups[g])) {
        *embedded_subject = true;
        return -1;
      }
      return g;
    }
    return -1;
  }
  int AgentOfPassive(size_t vi, size_t limit) const {
    const VerbHit& v = w_.verbs[vi];
    for (size_t k = v.end; k + 1 < limit && k < v.end + 8; ++k) {
      if (F(k) & kBy) {
        size_t q = k + 1;
        if (Word(q) == d_.w_the) ++q;
        for (; q < limit && q < k + 4; ++q) {
          int g = w_.group_starting_at[q];
          if (g >= 0) return g;
        }
        return -1;
      }
    }
    return -1;
  }

  void Emit(int src_group, int tgt_group, const std::string& code, const std::string& pattern, size_t vi,
            std::vector<RawEvent>* events) {
    const VerbHit& v = w_.verbs[vi];
    std::string verb(text_.substr(w_.tokens[v.begin].begin, w_.tokens[v.end - 1].end - w_.tokens[v.begin].begin));
    auto push = [&](int s, int t) {
      const Mention& a = w_.mentions[s];
      const Mention& b = w_.mentions[t];
      if (a.code == b.code) return;
      for (const RawEvent& e : *events) {
        if (e.source >= 0 && w_.mentions[e.source].code == a.code && w_.mentions[e.target].code == b.code && e.code == code &&
            e.verb_token == v.head)
          return;
      }
      events->push_back(RawEvent{s, t, code, pattern, verb, v.head});
    };
    if (tgt_group < 0) {
      // A compound subject with no object acts on each other: "Turkey and Russia signed".
      const Group& g = w_.groups[src_group];
      for (int s : g.members)
        for (int t : g.members)
          if (s != t) push(s, t);
      return;
    }
    for (int s : w_.groups[src_group].members)
      for (int t : w_.groups[tgt_group].members) push(s, t);
  }

  void CodeVerb(size_t vi, std::vector<RawEvent>* events) {
    if (w_.subject_of_verb.size() < w_.verbs.size()) w_.subject_of_verb.resize(w_.verbs.size(), -1);
    const VerbHit& v = w_.verbs[vi];
    const VerbForm& form = d_.verbs.form(v.form);
    const VerbBlock& block = d_.verbs.block(form.block);
    size_t n = w_.tokens.size();
    size_t limit = std::min(n, v.end + 24);
    size_t floor = v.begin > 14 ? v.begin - 14 : 0;
    int subject = SubjectOf(vi);
    w_.subject_of_verb[vi] = subject;
    if (explain_) Note("  verb '" + w_.tokens[v.head].upper + "' (" + form.lemma + ", block " + block.name + ")" +
         (v.passive ? " passive" : "") + (v.negated ? (v.refuted ? " negated (refuted clause)" : " negated") : "") + (v.infinitive ? " infinitive" : "") + "\n");

    const VerbPattern* chosen = nullptr;
    Slots slots;
    for (int32_t pi : block.patterns) {
      const VerbPattern& pat = d_.verbs.pattern(pi);
      if (v.negated && !pat.negated) continue;
      if (!Prefilter(pat)) continue;
      Slots s;
      bool ok = MatchUpper(pat.upper, v.begin, floor, &s) && MatchLower(pat.lower, v.end, limit, &s);
      if (explain_) Note(std::string("    pattern ") + (ok ? "MATCHED" : "no match") + ": " + pat.text + "\n");
      if (ok) {
        chosen = &pat;
        slots = s;
        break;
      }
    }
    if (v.negated && chosen == nullptr) {
      Note("    negated and no negated pattern: no event\n");
      return;
    }
    const CodePair& pair = chosen ? chosen->code : form.code;
    bool swap = false;
    std::string code;
    if (v.passive) {
      code = pair.passive.empty() ? pair.active : pair.passive;
    } else if (pair.active.empty()) {
      code = pair.passive;  // "[:173]": the subject undergoes the event
      swap = true;
    } else {
      code = pair.active;
    }
    int src = slots.source, tgt = slots.target;
    if (slots.compound >= 0) {
      src = slots.compound;
      tgt = -2;
    }
    bool embedded = false;
    if (v.passive) {
      if (tgt < 0 && tgt != -2) tgt = subject;
      if (src < 0) src = AgentOfPassive(vi, limit);
      bool force = code.size() >= 2 && (code[0] == '1' && (code[1] == '8' || code[1] == '9'));
      force = force || code.compare(0, 2, "20") == 0;
      if (src < 0 && force) {
        // "a rocket was fired at Israel from Gaza": where the force came from is its source,
        // and what it was aimed at its target.
        for (size_t k = v.end; k + 1 < limit && k < v.end + 10; ++k) {
          const std::string& w = w_.tokens[k].upper;
          size_t q = k + 1;
          if (Word(q) == d_.w_the) ++q;
          int g = q < n ? w_.group_starting_at[q] : -1;
          if (g < 0) continue;
          if (w == "FROM" && src < 0) src = g;
          if ((w == "AT" || w == "ON" || w == "AGAINST" || w == "INTO") && tgt < 0) tgt = g;
        }
      }
      if (src < 0 && (tgt < 0 || w_.groups[tgt].members.size() < 2)) {
        // "an agreement signed between A and B": the compound is both sides.
        for (size_t k = v.end; k < limit && k < v.end + 3; ++k) {
          if ((F(k) & kBetween)) {
            size_t q = k + 1;
            if (Word(q) == d_.w_the) ++q;
            int g = q < n ? w_.group_starting_at[q] : -1;
            if (g >= 0) {
              src = g;
              tgt = -2;
            }
          }
        }
      }
      if (src < 0 && tgt >= 0) {
        for (size_t k = v.end; k < limit && k < v.end + 3; ++k) {
          if (F(k) & kBetween) {
            size_t q = k + 1;
            if (Word(q) == d_.w_the) ++q;
            int g = q < n ? w_.group_starting_at[q] : -1;
            if (g >= 0 && w_.groups[g].members.size() > 1) {
              src = g;
              tgt = -2;
            }
          }
        }
      }
    } else {
      if (src < 0) src = subject;
      if (tgt == -1) tgt = ObjectOf(vi, limit, src, &embedded, &slots);
      // A refutation whose pattern names what is denied ("* ATTACK [016]": "Russia denied that
      // its troops attacked Ukraine"): the denial is of an act against the refuted clause's
      // object, which is its target; the refuted act itself is not coded (see RefutedClause).
      if (embedded && chosen != nullptr && (F(v.head) & kRefute) && vi + 1 < w_.verbs.size() && w_.verbs[vi + 1].refuted) {
        bool inner_embedded = false;
        int inner = ObjectOf(vi + 1, std::min(n, w_.verbs[vi + 1].end + 24), src, &inner_embedded);
        if (inner >= 0) {
          tgt = inner;
          embedded = false;
          Note("    the refuted clause's object is the target of the denial\n");
        }
      }
      if (src < 0 && tgt >= 0) {
        // "... between A and B": a verb with no subject whose object is a compound.
        size_t b = w_.groups[tgt].begin;
        if (b > 0 && (F(b - 1) & kBetween) && w_.groups[tgt].members.size() > 1) {
          src = tgt;
          tgt = -2;
        }
      }
    }
    if (swap && tgt >= 0) std::swap(src, tgt);
    outcomes_[vi] = Outcome{code, form.code.active, src, embedded, false};
    outcomes_[vi].has_target = tgt >= 0;
    if (code.empty() || code == "---") {
      Note("    null code: no event\n");
      return;
    }
    if (embedded) Note("    the next actor is the subject of an embedded clause\n");
    if (src < 0) {
      Note("    no source actor: no event\n");
      return;
    }
    if (tgt == -1 && (w_.groups[src].members.size() < 2 || (slots.source == src && slots.compound < 0))) {
      Note("    no target actor: no event\n");
      return;
    }
    std::string pattern = chosen ? chosen->text : ("verb " + form.lemma + " [" + (code) + "]");
    if (chosen == nullptr && !block.patterns.empty()) Note("    no pattern matched; the verb's own code applies\n");
    // "wants to help", "agreed to meet": the governing verb's intent composes with the
    // complement's event into CAMEO's combined codes (intend/appeal/demand/reject + action).
    if (v.infinitive && vi > 0 && !outcomes_[vi - 1].emitted && v.begin <= w_.verbs[vi - 1].end + 3) {
      std::string composed = ComposeCodes(outcomes_[vi - 1].code, code);
      if (composed != code) {
        if (explain_) Note("    composed with '" + w_.tokens[w_.verbs[vi - 1].head].upper + "' [" + outcomes_[vi - 1].code + "] -> " +
             composed + "\n");
        code = composed;
      }
    }
    // An infinitive complement of a verb that already made an event is part of that event
    // ("pressured Obama to help Iran" is one demand), as in PETRARCH2.
    if (v.infinitive && vi > 0 && outcomes_[vi - 1].emitted && v.begin <= w_.verbs[vi - 1].end + 8) {
      Note("    complement of the previous event: no event of its own (unless a transformation uses it)\n");
      outcomes_[vi].complement = true;
    }
    size_t before = events->size();
    Emit(src, tgt < 0 ? -1 : tgt, code, pattern, vi, events);
    outcomes_[vi].emitted = events->size() > before;
  }

  struct Outcome {
    std::string code, verb_code;  // the code that applied, and the verb's own code
    int source = -1;
    bool embedded = false;
    bool emitted = false;
    bool complement = false;  // infinitive complement of an event: dropped after transformations
    bool has_target = false;
  };
  std::vector<Outcome> outcomes_;
  mutable std::vector<Unit> unit_cache_;
  std::vector<Unit> units_scratch_;                 // FindMentions' phrase units
  std::vector<const AgentRecord*> agents_scratch_;  // Compose's agents
  mutable std::vector<bool> unit_done_;
  const Dictionaries& d_;
  ArticleContext& ctx_;
  SentenceWork& w_;
  std::string_view text_;
  std::string* explain_;
};

// CAMEO's combined categories: an intent (03), appeal (02), demand (10) or rejection (12) of a
// cooperative action (05 diplomatic, 06 material, 07 aid, 08 yield), and a threat of force
// (13 + 18-20 -> 138). As in PETRARCH2, a consultation (04) outranks the intent to consult.
std::string ComposeCodes(const std::string& outer, const std::string& inner) {
  if (outer.size() < 2 || inner.size() < 2 || outer == "---" || inner == "---") return inner;
  std::string r1 = outer.substr(0, 2), r2 = inner.substr(0, 2);
  static const std::map<std::string, std::map<std::string, std::string>> table = {
      {"03", {{"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"}}},
      {"02", {{"05", "022"}, {"06", "021"}, {"07", "023"}, {"08", "025"}}},
      {"10", {{"05", "102"}, {"06", "101"}, {"07", "103"}, {"08", "105"}}},
      {"12", {{"06", "121"}, {"07", "122"}, {"08", "124"}}},
      {"13", {{"18", "138"}, {"19", "138"}, {"20", "138"}}},
  };
  auto a = table.find(r1);
  if (a == table.end()) return inner;
  auto b = a->second.find(r2);
  return b == a->second.end() ? inner : b->second;
}

std::string RootOf(const std::string& code) { return code.size() >= 2 ? code.substr(0, 2) : code; }

}  // namespace

// -----------------------------------------------------------------------------------------------
EventCoder::EventCoder() : dict_(std::make_unique<Dictionaries>()) {}
EventCoder::~EventCoder() = default;

Status EventCoder::Create(const CoderOptions& options, std::unique_ptr<EventCoder>* coder) {
  std::unique_ptr<EventCoder> c(new EventCoder());
  Dictionaries& d = *c->dict_;
  d.InitGrammar();
  std::string buffer;
  auto load = [&](const std::string& path, std::string_view builtin, const char* builtin_name, auto&& fn) -> Status {
    if (!path.empty()) {
      Status s = ReadFile(path, &buffer);
      if (!s.ok()) return s;
      fn(std::string_view(buffer), WarningSink(&c->warnings_, BaseName(path)));
      return Status::Ok();
    }
    if (builtin.empty()) {
      return Status::Config(std::string("the built-in ") + builtin_name +
                            " dictionary is missing from this build (stages/extract/data); give a file instead");
    }
    fn(builtin, WarningSink(&c->warnings_, std::string("builtin:") + builtin_name));
    return Status::Ok();
  };
  Status s = load(options.cameo_codes_file, BuiltinCameoCodes(), "cameo_codes",
                  [&](std::string_view t, const WarningSink& w) { d.cameo.Load(t, w); });
  if (!s.ok()) return s;
  s = load(options.verbs_file, BuiltinVerbs(), "verbpatterns",
           [&](std::string_view t, const WarningSink& w) { d.verbs.Load(t, w, &d.lexicon); });
  if (!s.ok()) return s;
  if (options.actor_files.empty()) {
    s = load("", BuiltinActors(), "actors", [&](std::string_view t, const WarningSink& w) { d.actors.Load(t, w, &d.lexicon); });
    if (!s.ok()) return s;
  }
  for (const std::string& f : options.actor_files) {
    s = load(f, {}, "actors", [&](std::string_view t, const WarningSink& w) { d.actors.Load(t, w, &d.lexicon); });
    if (!s.ok()) return s;
  }
  s = load(options.agents_file, BuiltinAgents(), "agents",
           [&](std::string_view t, const WarningSink& w) { d.agents.Load(t, w, &d.lexicon); });
  if (!s.ok()) return s;
  if (!options.discards_file.empty()) {
    s = load(options.discards_file, {}, "discards", [&](std::string_view t, const WarningSink& w) { d.discards.Load(t, w, &d.lexicon); });
    if (!s.ok()) return s;
    d.has_discards = true;
  }
  if (!options.issues_file.empty()) {
    s = load(options.issues_file, {}, "issues", [&](std::string_view t, const WarningSink& w) { d.issues.Load(t, w, &d.lexicon); });
    if (!s.ok()) return s;
    d.has_issues = true;
  }
  if (!options.gazetteer_file.empty() || !BuiltinGazetteer().empty()) {
    s = load(options.gazetteer_file, BuiltinGazetteer(), "gazetteer",
             [&](std::string_view t, const WarningSink& w) { d.gazetteer.Load(t, w, &d.lexicon); });
    if (!s.ok()) return s;
  }
  d.verbs.Finish(d.lexicon);
  d.flags.resize(d.lexicon.size(), 0);
  d.InitGrammar();  // flags again now that every word has an id
  d.BuildWordShapes();
  *coder = std::move(c);
  return Status::Ok();
}

CoderStats EventCoder::stats() const {
  CoderStats s;
  s.verb_blocks = dict_->verbs.block_count();
  s.verb_patterns = dict_->verbs.pattern_count();
  s.verb_forms = dict_->verbs.form_count();
  s.transformations = dict_->verbs.transformations().size();
  s.actor_records = dict_->actors.record_count();
  s.actor_phrases = dict_->actors.phrase_count();
  s.agent_records = dict_->agents.record_count();
  s.discards = dict_->discards.size();
  s.issue_phrases = dict_->issues.phrase_count();
  s.cameo_codes = dict_->cameo.size();
  s.places = dict_->gazetteer.size();
  s.words = dict_->lexicon.size();
  return s;
}

Status EventCoder::Code(const v1::CleanArticle& article, v1::CodedArticle* out) const {
  return CodeArticle(article, out, nullptr);
}

Status EventCoder::Explain(const v1::CleanArticle& article, v1::CodedArticle* out, std::string* explanation) const {
  return CodeArticle(article, out, explanation);
}

Status EventCoder::CodeArticle(const v1::CleanArticle& article, v1::CodedArticle* out, std::string* explain) const {
  const Dictionaries& d = *dict_;
  *out->mutable_article() = article;
  out->clear_events();
  CalendarDate article_date;
  bool has_date = ParseDate(article.published(), &article_date);
  if (!article.published().empty() && !has_date) {
    return Status::InvalidInput("article " + article.id() + ": unreadable published date '" + article.published() +
                                "' (expected YYYY-MM-DD)");
  }
  // Sentences: the cleaner's, else our own split of the text.
  std::vector<std::string_view> sentences;
  if (article.sentences_size() > 0) {
    for (const auto& s : article.sentences()) sentences.push_back(s.text());
  } else {
    std::string_view text = article.text();
    for (auto [b, e] : SplitSentences(text)) sentences.push_back(text.substr(b, e - b));
  }
  ArticleContext ctx;
  ctx.date = has_date ? article_date.Packed() : 99991231;
  thread_local SentenceWork work;

  // Story-level discards first: one such phrase anywhere stops the whole article.
  auto discard_hit = [&](const std::vector<Token>& tk, bool* story) {
    for (size_t i = 0; i < tk.size(); ++i) {
      uint32_t node = PhraseTrie::kRoot;
      for (size_t j = i; j < tk.size(); ++j) {
        node = d.discards.trie().Child(node, tk[j].word);
        if (node == PhraseTrie::kNone) break;
        int32_t v = d.discards.trie().Value(node);
        if (v >= 0) {
          *story = d.discards.record(v).story;
          return v;
        }
      }
    }
    return -1;
  };

  for (size_t si = 0; si < sentences.size(); ++si) {
    std::string_view sentence = sentences[si];
    if (si == 0) sentence.remove_prefix(DatelineLength(sentence));
    Tokenize(sentence, d.lexicon, &work.tokens);
    if (explain) {
      *explain += "sentence " + std::to_string(si) + ": " + std::string(sentence) + "\n  tokens:";
      for (const Token& t : work.tokens) *explain += " " + t.upper;
      *explain += "\n";
    }
    if (work.tokens.empty()) continue;
    if (d.has_discards) {
      bool story = false;
      int32_t hit = discard_hit(work.tokens, &story);
      if (hit >= 0) {
        if (explain) *explain += "  discarded by '" + d.discards.record(hit).phrase + "'" + (story ? " (whole story)" : "") + "\n";
        if (story) {
          out->clear_events();
          return Status::Ok();
        }
        continue;
      }
    }
    work.ClearWordSet();
    for (const Token& t : work.tokens) {
      work.AddWord(t.word);
      if (t.is_word) work.AddStemKey(StemKey(t.upper));
    }
    std::vector<SentenceCoder::RawEvent> raw;
    SentenceCoder sc(d, &ctx, &work, sentence, explain);
    sc.Run(&raw);
    if (explain) {
      for (size_t m = 0; m < work.mentions.size(); ++m) {
        *explain += "  actor '" + sc.MentionText(static_cast<int>(m)) + "' = " + work.mentions[m].code + "  (" +
                    work.mentions[m].how + ")\n";
      }
    }
    // Per-sentence extras, computed only when there are events.
    std::vector<DateMention> dates;
    std::vector<std::string> issues;
    const Place* place = nullptr;
    if (!raw.empty()) {
      if (has_date) dates = FindDates(work.tokens, article_date);
      if (d.has_issues) {
        bool ignore = false;
        for (size_t i = 0; i < work.tokens.size(); ++i) {
          uint32_t node = PhraseTrie::kRoot;
          for (size_t j = i; j < work.tokens.size(); ++j) {
            node = d.issues.trie().Child(node, work.tokens[j].word);
            if (node == PhraseTrie::kNone) break;
            int32_t v = d.issues.trie().Value(node);
            if (v == IssueList::kIgnore) ignore = true;
            else if (v >= 0 && std::find(issues.begin(), issues.end(), d.issues.code(v)) == issues.end())
              issues.push_back(d.issues.code(v));
          }
        }
        if (ignore) issues.clear();
      }
      // Location: a gazetteer place after in/at/near, else any city the sentence names. A
      // place is only a whole capitalised name: "Union" in "The European Union" or "Georgia"
      // in "Georgia Tech" is a fragment of a longer name, not a place. Words of an actor
      // phrase name the actor ("Moscow said"), except after in/at/near ("met in Beijing").
      const auto& tk = work.tokens;
      auto name_word = [&](size_t k) {
        return k < tk.size() && tk[k].is_word && tk[k].capitalized && !tk[k].is_number;
      };
      auto in_actor = [&](size_t b, size_t e) {
        for (const Mention& m : work.mentions) {
          if (m.begin < e && b < m.end) return true;
        }
        return false;
      };
      const Place* any_city = nullptr;
      for (size_t i = 0; i < tk.size() && place == nullptr; ++i) {
        if (!tk[i].capitalized) continue;
        uint32_t node = PhraseTrie::kRoot;
        int32_t found = -1;
        size_t found_end = i;
        for (size_t j = i; j < tk.size(); ++j) {
          node = d.gazetteer.trie().Child(node, tk[j].word);
          if (node == PhraseTrie::kNone) break;
          if (d.gazetteer.trie().Value(node) >= 0) {
            found = d.gazetteer.trie().Value(node);
            found_end = j + 1;
          }
        }
        if (found < 0) continue;
        // The capitalised word before must not continue the name; a sentence-initial "The"
        // is a determiner, not part of it.
        bool fragment = name_word(found_end) ||
                        (i > 0 && name_word(i - 1) && !(i == 1 && (d.Flags(tk[0].word) & kDet)));
        if (fragment) continue;
        const Place& p = d.gazetteer.place(found);
        bool intro = i > 0 && (d.Flags(tk[i - 1].word) & kPlaceIntro);
        if (intro) place = &p;
        else if (!any_city && p.kind != Place::kCountry && !in_actor(i, found_end)) any_city = &p;
      }
      if (place == nullptr) place = any_city;
    }
    int n = 0;
    for (const auto& r : raw) {
      const Mention& a = sc.mention(r.source);
      const Mention& b = sc.mention(r.target);
      v1::Event* e = out->add_events();
      e->set_id(article.id() + ":" + std::to_string(si) + ":" + std::to_string(n++));
      e->set_article_id(article.id());
      e->mutable_source()->set_code(a.code);
      e->mutable_source()->set_text(sc.MentionText(r.source));
      e->mutable_source()->set_country(a.country);
      e->mutable_target()->set_code(b.code);
      e->mutable_target()->set_text(sc.MentionText(r.target));
      e->mutable_target()->set_country(b.country);
      e->set_code(r.code);
      e->set_root(RootOf(r.code));
      if (const CameoCode* cc = d.cameo.Find(r.code)) {
        e->set_goldstein(cc->goldstein);
        e->set_quad_class(cc->quad_class);
      }
      // The date expression nearest the verb, else the article's date.
      const DateMention* best = nullptr;
      size_t best_dist = static_cast<size_t>(-1);
      for (const DateMention& dm : dates) {
        // A date separated from the verb by another verb belongs to that verb's clause.
        size_t lo = std::min(dm.begin, r.verb_token), hi = std::max(dm.end, r.verb_token);
        bool other_verb = false;
        for (size_t k = lo + 1; k < hi && !other_verb; ++k) other_verb = work.verb_at[k] >= 0 && k != r.verb_token;
        if (other_verb) continue;
        size_t dist = dm.begin > r.verb_token ? dm.begin - r.verb_token : r.verb_token - dm.end + 1;
        if (dist < best_dist) {
          best_dist = dist;
          best = &dm;
        }
      }
      if (best) e->set_date(best->date.Iso());
      else if (has_date) e->set_date(article_date.Iso());
      e->set_sentence(std::string(sentence));
      e->set_sentence_index(static_cast<uint32_t>(si));
      e->set_pattern(r.pattern);
      e->set_verb(r.verb);
      if (place) {
        auto* loc = e->mutable_location();
        loc->set_name(place->name);
        loc->set_country(place->country);
        loc->set_latitude(place->latitude);
        loc->set_longitude(place->longitude);
        loc->set_has_coordinates(true);
      }
      for (const std::string& is : issues) e->add_issues(is);
      e->set_url(article.url());
      e->set_publisher(article.source());
      std::string key = e->date() + "|" + a.code + "|" + b.code + "|" + r.code;
      e->set_root_mention(ctx.root_keys.insert(key).second);
      if (explain) *explain += "  EVENT " + a.code + " " + r.code + " " + b.code + " date " + e->date() + " via " + r.pattern + "\n";
    }
    // Remember who was named, for later pronouns and references.
    for (size_t m = 0; m < work.mentions.size(); ++m) {
      const Mention& mm = work.mentions[m];
      if (mm.code.empty() || mm.country == "---") continue;
      KnownActor k{mm.code, mm.country, sc.MentionText(static_cast<int>(m)), mm.person};
      if (!mm.resolved) {
        // (remembered when found) A named person's surname refers to them later in the article ("Erdogan said").
        if (mm.person && mm.end > mm.begin + 1 && work.tokens[mm.end - 1].capitalized && work.tokens[mm.end - 1].is_word) {
          ctx.aliases[work.tokens[mm.end - 1].upper] = k;
        }
      } else if (mm.person || work.groups.size() > 0) {
        ctx.Remember(k);  // a resolved reference keeps its referent the most recent
      }
    }
  }
  return Status::Ok();
}

}  // namespace tidings::extract
