#include "extract/pattern_matcher.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace tidings::extract {

namespace {

// Prefilter's exact checks alone, for a pattern whose signature is known to be covered (its
// gate's, tested just before).
bool RequiredPresent(SentenceWork& w, const Dictionaries& d, const VerbPattern& pat) {
  for (uint32_t word : pat.required) {
    if (!w.HasWord(word)) return false;
  }
  for (uint64_t k : pat.required_stems) {
    if (!w.HasStem(k)) return false;
  }
  for (int32_t s : pat.required_synsets) {
    if (!w.HasSynset(d, s)) return false;
  }
  return true;
}

}  // namespace

const VerbPattern* PatternMatcher::FindPattern(size_t vi, PatternSlots* slots, bool as_affirmed) const {
  const VerbHit& v = w_.verbs[vi];
  const VerbBlock& block = d_.verbs.block(d_.verbs.form(v.form).block);
  size_t limit = std::min(w_.tokens.size(), v.object_start() + kLowerReach);
  // "said after meeting reporters that the vote would go ahead": the object of a gerund after
  // "after" ends at the reported clause or a comma; what follows is the main verb's.
  if (v.begin > 0 && w_.tokens[v.begin - 1].upper == "AFTER" && w_.tokens[v.head].upper.ends_with("ING")) {
    for (size_t k = v.end; k < limit; ++k) {
      if (w_.tokens[k].upper == "THAT" || (TokenFlags(k) & (kComma | kClauseEnd))) limit = k;
    }
  }
  size_t floor = v.begin > kUpperReach ? v.begin - kUpperReach : 0;
  // Signature::Covers against the sentence, with the words the sentence lacks held in locals
  // (registers) for the loop over the block's gates, most of which fail it.
  const Signature& sentence = w_.signature();
  const uint64_t lack0 = ~sentence.bits[0], lack1 = ~sentence.bits[1], lack2 = ~sentence.bits[2],
                 lack3 = ~sentence.bits[3];
  auto covered = [&](const Signature& need) {
    return ((need.bits[0] & lack0) | (need.bits[1] & lack1) | (need.bits[2] & lack2) | (need.bits[3] & lack3)) == 0;
  };
  const bool negated_only = v.negated && !as_affirmed;  // only negated patterns apply
  // (Only the gates whose key the sentence holds: the others' signatures are not covered.)
  thread_local std::vector<uint32_t> candidates;
  if (candidates.size() < block.gates.size()) candidates.resize(block.gates.size());
  const size_t tries = block.CandidateGates(sentence, candidates.data());
  for (size_t c = 0; c < tries; ++c) {
    const PatternGate& gate = block.gates[candidates[c]];
    if ((negated_only && !gate.negated) || !covered(gate.signature)) continue;
    const VerbPattern& pat = d_.verbs.pattern(gate.pattern);
    if (gate.exact_checks && !RequiredPresent(w_, d_, pat)) continue;  // (the gate's signature is pat's)
    PatternSlots s;
    bool ok = Matches(pat, v.begin, v.object_start(), floor, limit, &s) && !SaysOfAHypothetical(block, s);
    if (explain_) Note(std::string("    pattern ") + (ok ? "MATCHED" : "no match") + ": " + pat.text + "\n");
    if (ok) {
      const VerbPattern* object = PhraseFirst(pat) ? ObjectPatternAfter(vi, &gate, floor, limit, &s) : nullptr;
      *slots = s;
      return object != nullptr ? object : &pat;
    }
  }
  return v.passive ? FindInPassiveSubject(vi, limit, slots) : nullptr;
}

bool PatternMatcher::SaysOfAHypothetical(const VerbBlock& block, const PatternSlots& s) const {
  // "saying a hasty withdrawal would let militants win back territory": what a verb of saying
  // reports of an act with "a" and a modal after it is what might happen, no act announced
  // ("said the withdrawal would begin on Monday" still is one).
  if (block.code.active.compare(0, 2, "01") != 0 || s.word_count == 0) return false;
  size_t b = s.words[0].first, e = s.words[0].second;
  if (e >= w_.tokens.size() || !(TokenFlags(e) & kModal) || w_.verb_at[b] >= 0) return false;
  for (size_t k = b; k > 0 && k + 3 > b; --k) {
    std::string_view t = w_.tokens[k - 1].upper;
    if (t == "A" || t == "AN") return true;
    constexpr uint64_t kNotAdjective = kPrep | kComma | kClauseEnd | kCoord | kSubord | kBe | kAux | kModal | kDet;
    if (!w_.tokens[k - 1].is_word || w_.tokens[k - 1].capitalized || (TokenFlags(k - 1) & kNotAdjective) ||
        w_.verb_at[k - 1] >= 0)
      return false;
  }
  return false;
}

bool PatternMatcher::PhraseFirst(const VerbPattern& pat) {
  return pat.upper.empty() && !pat.lower.empty() && pat.lower.front().opens_prep_phrase;
}

const VerbPattern* PatternMatcher::ObjectPatternAfter(size_t vi, const PatternGate* gate, size_t floor, size_t limit,
                                                      PatternSlots* slots) const {
  // A phrase right after the verb's object is the object's: "broke off diplomatic relations with
  // Ecuador" is "* RELATIONS" (161), not "* (WITH)" (130), of the same specificity; "bombed a camp
  // for displaced people" no "* (FOR)". Only an object the verb takes itself, no noun inside an
  // earlier phrase ("arrested him in the city on suspicion").
  if (slots->word_count == 0) return nullptr;
  const size_t phrase_begin = slots->words[0].first;
  const VerbHit& v = w_.verbs[vi];
  const VerbBlock& block = d_.verbs.block(d_.verbs.form(v.form).block);
  const int specificity = d_.verbs.pattern(gate->pattern).specificity;
  const Signature& sentence = w_.signature();
  for (const PatternGate* g = gate + 1; g < block.gates.data() + block.gates.size(); ++g) {
    const VerbPattern& pat = d_.verbs.pattern(g->pattern);
    if (pat.specificity != specificity) break;
    ElementKind k = pat.lower.empty() ? ElementKind::kSkip : pat.lower.front().kind;
    if (!pat.upper.empty() || pat.lower.front().opens_prep_phrase || (k != ElementKind::kWords && k != ElementKind::kSynset))
      continue;
    if ((v.negated && !g->negated) || !sentence.Covers(g->signature) || (g->exact_checks && !Prefilter(pat))) continue;
    PatternSlots s;
    if (!Matches(pat, v.begin, v.end, floor, limit, &s) || s.word_count == 0) continue;
    // The phrase the other pattern took must come right after this object: it is the object's.
    if (s.words[0].second != phrase_begin) continue;
    bool in_phrase = false;
    for (size_t q = v.end; q < s.words[0].first && !in_phrase; ++q)
      in_phrase = (TokenFlags(q) & kPrep) && Word(q) != d_.w_of;
    if (in_phrase) continue;
    Note("    pattern MATCHED (the verb's object before a phrase after it): " + pat.text + "\n");
    *slots = s;
    return &pat;
  }
  return nullptr;
}

bool PatternMatcher::PassiveSubjectSpan(size_t vi, size_t* begin, size_t* end) const {
  const VerbHit& v = w_.verbs[vi];
  if (v.reduced) return false;
  // "Evidence against Russia | was (reportedly) | presented": back over the auxiliaries.
  size_t e = v.begin;
  bool be = false;
  while (e > 0 && (TokenFlags(e - 1) & (kBe | kAux | kModal | kAdverb | kNeg))) {
    be = be || (TokenFlags(e - 1) & kBe);
    --e;
  }
  if (!be) return false;
  // The subject reaches back to the clause's start: a comma, "that", another verb.
  size_t b = e;
  while (b > 0 && b + 10 > e && !(TokenFlags(b - 1) & (kClauseEnd | kComma | kSubord)) && w_.verb_at[b - 1] < 0) --b;
  if (b == e) return false;
  *begin = b;
  *end = e;
  return true;
}

const VerbPattern* PatternMatcher::FindInPassiveSubject(size_t vi, size_t limit, PatternSlots* slots) const {
  // What the active verb has after it, a passive has as its subject: "the US presented evidence
  // against Russia" and "evidence against Russia was presented by the US" both match
  // "* EVIDENCE". Only patterns that start at the verb can be turned round so.
  size_t b = 0, e = 0;
  if (!PassiveSubjectSpan(vi, &b, &e)) return nullptr;
  const VerbHit& v = w_.verbs[vi];
  const VerbBlock& block = d_.verbs.block(d_.verbs.form(v.form).block);
  const Signature& sentence = w_.signature();
  if (v.negated) return nullptr;
  thread_local std::vector<uint32_t> candidates;
  if (candidates.size() < block.gates.size()) candidates.resize(block.gates.size());
  const size_t tries = block.CandidateGates(sentence, candidates.data());
  for (size_t c = 0; c < tries; ++c) {
    const PatternGate& gate = block.gates[candidates[c]];
    if (!sentence.Covers(gate.signature)) continue;
    const VerbPattern& pat = d_.verbs.pattern(gate.pattern);
    if (!pat.upper.empty() || pat.lower.empty() || (gate.exact_checks && !Prefilter(pat))) continue;
    PatternSlots s;
    if (!MatchLower(pat.lower, b, e, &s) && !MatchAcrossPassive(pat, b, e, v.object_start(), limit, &s)) continue;
    // The actor the subject's words are about is the target: "evidence against Russia"; else
    // the coder looks after the verb ("sanctions were imposed on X by Y").
    size_t from = b;
    for (size_t k = 0; k < s.word_count; ++k) from = std::max<size_t>(from, s.words[k].second);
    for (size_t k = from; s.target < 0 && s.source < 0 && k < e; ++k) s.target = w_.group_starting_at[k];
    Note("    pattern MATCHED in the passive's subject: " + pat.text + "\n");
    *slots = s;
    return &pat;
  }
  return nullptr;
}

bool PatternMatcher::MatchAcrossPassive(const VerbPattern& pat, size_t b, size_t e, size_t after, size_t limit,
                                        PatternSlots* slots) const {
  // "Seventy Russian diplomats were ordered to leave" as "ordered seventy Russian diplomats to
  // leave" ("* &DIPLOMAT TO_LEAVE"): the pattern's first words in the subject, the rest (which
  // may name the target) after the verb.
  thread_local std::vector<PatternElement> head;
  for (size_t k = 1; k < pat.lower.size(); ++k) {
    const PatternElement& last = pat.lower[k - 1];
    if (last.kind != ElementKind::kWords && last.kind != ElementKind::kSynset) return false;
    head.assign(pat.lower.begin(), pat.lower.begin() + k);
    PatternSlots s;
    if (MatchLower(head, b, e, &s) && MatchLowerFrom(pat.lower, k, after, limit, &s)) {
      *slots = s;
      return true;
    }
  }
  return false;
}

bool PatternMatcher::Matches(const VerbPattern& pat, size_t verb_begin, size_t verb_end, size_t floor, size_t limit,
                             PatternSlots* slots) const {
  show_of_force_ = pat.code.active.compare(0, 2, "15") == 0;
  return MatchUpper(pat.upper, verb_begin, floor, slots) && MatchLower(pat.lower, verb_end, limit, slots);
}

[[gnu::always_inline]] inline bool PatternMatcher::WordMatches(uint32_t pw, size_t i) const {
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

[[gnu::always_inline]] inline size_t PatternMatcher::PhraseAt(const std::vector<uint32_t>& words, size_t i, size_t limit) const {
  size_t n = words.size();
  if (i + n > limit) return 0;
  const uint32_t* w = words.data();
  // (A quote mark inside the phrase is passed over: branded China a "foreign hostile force".)
  size_t j = i;
  for (size_t k = 0; k < n; ++k, ++j) {
    if (j < limit && WordMatches(w[k], j)) continue;
    if (k == 0 || j + 1 >= limit || (w_.tokens[j].upper != "\"" && w_.tokens[j].upper != "'")) return 0;
    if (!WordMatches(w[k], ++j)) return 0;
  }
  return j - i;
}

size_t PatternMatcher::SynsetAt(int32_t s, size_t i, size_t limit) const {
  size_t best = 0;
  d_.verbs.synset_trie().ForEachMatch(i, limit, [&](size_t j) { return w_.tokens[j].word; }, [&](int32_t v, size_t end) {
    if (v >= 0) {
      const auto& list = d_.verbs.synset_list(v);
      if (std::find(list.begin(), list.end(), s) != list.end()) best = end - i;
    }
    return true;
  });
  return best;
}

size_t PatternMatcher::SynsetEndingAt(int32_t s, size_t end, size_t floor) const {
  for (size_t b = floor; b < end; ++b) {
    if (end - b > 6) continue;
    if (SynsetAt(s, b, end) == end - b) return end - b;
  }
  return 0;
}

bool PatternMatcher::MatchLower(const std::vector<PatternElement>& els, size_t start, size_t limit,
                                PatternSlots* slots) const {
  return MatchLowerFrom(els, 0, start, limit, slots);
}

size_t PatternMatcher::ElementAt(const PatternElement& e, size_t q, size_t limit, PatternSlots* slots) const {
  switch (e.kind) {
    case ElementKind::kWords: {
      size_t len = PhraseAt(e.words, q, limit);
      return len > 0 && e.opens_prep_phrase && !PrepositionFits(e, q) ? 0 : len;
    }
    case ElementKind::kSynset: return SynsetAt(e.synset, q, limit);
    case ElementKind::kSkip: return 1;
    default: {
      int g = w_.group_starting_at[q];
      // "%" is a compound: "X and Y held joint exercises", not "X held joint exercises with Y".
      if (g < 0 || (e.kind == ElementKind::kCompound && w_.groups[g].members.size() < 2)) return 0;
      (e.kind == ElementKind::kSource ? slots->source : e.kind == ElementKind::kTarget ? slots->target : slots->compound) = g;
      return w_.groups[g].end - q;
    }
  }
}

bool PatternMatcher::PrepositionFits(const PatternElement& e, size_t q) const {
  uint64_t f = TokenFlags(q);
  if (!(f & kPrep)) return true;
  size_t next = q + 1;
  // "(TO LEAVE)" is a prepositional phrase, not "ordered the ambassador to leave".
  if (e.opens_prep_phrase) return !((f & kTo) && next < w_.tokens.size() && w_.verb_at[next] >= 0);
  // A bare preposition is a particle ("pressed on", "pressed on with"), not one that takes
  // the noun phrase after it ("demanded on Monday", "fired at protesters").
  if (e.words.size() > 1 || next >= w_.tokens.size() || !w_.tokens[next].is_word) return true;
  return (TokenFlags(next) & (kPrep | kCoord | kSubord | kClauseEnd | kComma | kBe | kAux | kModal)) != 0;
}

bool PatternMatcher::CalendarAt(size_t k) const {
  // A month's abbreviation inside a hyphenated name is no date: "at Mar-a-Lago".
  return (TokenFlags(k) & kCalendar) && !(k + 1 < w_.tokens.size() && w_.tokens[k + 1].joined);
}

bool PatternMatcher::TimePhraseAt(size_t q) const {
  // "telephoned Aliyev on Saturday", "was hit for a third night", "fought troops for several
  // hours": the phrase names when, not whom the act is on or for.
  static constexpr std::string_view kTimeNouns[] = {"NIGHT", "NIGHTS", "DAY", "DAYS", "HOUR", "HOURS", "WEEK",
                                                    "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS", "WEEKEND",
                                                    "MORNING", "EVENING", "AFTERNOON", "DECADE", "DECADES", "TIME"};
  size_t n = w_.tokens.size();
  for (size_t k = q + 1; k < n && k <= q + 4; ++k) {
    if (CalendarAt(k)) return true;
    std::string_view u = w_.tokens[k].upper;
    for (std::string_view t : kTimeNouns)
      if (u == t) return true;
    // Only determiners, numbers, quantities and ordinals may come before the time word.
    bool lead = (TokenFlags(k) & (kDet | kQuantity)) || w_.tokens[k].is_number || u == "FIRST" || u == "SECOND" ||
                u == "THIRD" || u == "FOURTH" || u == "FIFTH" || u == "NEXT" || u == "LAST" || u == "EARLY" ||
                u == "LATE" || u == "SAME" || u == "SUCCESSIVE" || u == "CONSECUTIVE";
    if (!lead || w_.group_starting_at[k] >= 0) return false;
  }
  return false;
}

bool PatternMatcher::AdverbialConjunction(size_t k) const {
  std::string_view u = w_.tokens[k].upper;
  return u == "AS" || u == "WHILE" || u == "BECAUSE" || u == "ALTHOUGH" || u == "THOUGH" || u == "WHEREAS";
}

bool PatternMatcher::GapOpensClause(size_t p, size_t q) const {
  for (size_t k = p; k < q; ++k) {
    std::string_view before = k > 0 ? w_.tokens[k - 1].upper : "", after = w_.tokens[k + 1].upper;
    // (Not after a participle: "an agreement known as the Abraham Accords with Israel".)
    bool participle = k > 0 && ((TokenFlags(k - 1) & kVerbForm) || before.ends_with("ED") || before.ends_with("WN"));
    if (AdverbialConjunction(k) && !participle && before != "SUCH" && before != "WELL" && after != "WELL" &&
        after != "PART")
      return true;
  }
  return false;
}

bool PatternMatcher::TimeAdjunctBetween(size_t p, size_t q) const {
  for (size_t k = p; k < q; ++k) {
    std::string_view u = w_.tokens[k].upper;
    if (u == "AFTER" || u == "BEFORE" || u == "UNTIL") return true;
  }
  return false;
}

bool PatternMatcher::InfinitiveBetween(size_t p, size_t q) const {
  // The verb's own infinitive: right after it, or past a time ("agreed on Monday to start talks");
  // not a noun's ("its bid to open talks") nor "face-to-face".
  for (size_t k = p; k + 1 < q; ++k) {
    if ((TokenFlags(k) & kTo) && w_.verb_at[k + 1] >= 0 && w_.verbs[w_.verb_at[k + 1]].infinitive) {
      return !(k > 0 && w_.tokens[k - 1].upper == "FACE");
    }
    if (!(TokenFlags(k) & (kCalendar | kAdverb)) && w_.tokens[k].upper != "ON" && !w_.tokens[k].is_number) return false;
  }
  return false;
}

bool PatternMatcher::SubjectOfItsOwnClause(size_t q) const {
  size_t b = q;
  while (b < w_.tokens.size() && (TokenFlags(b) & kDet)) ++b;
  int g = b < w_.tokens.size() ? w_.group_starting_at[b] : -1;
  size_t e = g >= 0 ? w_.groups[g].end : b;
  while (e < w_.tokens.size() && (TokenFlags(e) & kAdverb)) ++e;
  return g >= 0 && e < w_.tokens.size() && w_.verb_at[e] >= 0;
}

bool PatternMatcher::PartOfAName(size_t q, size_t len) const {
  // "arrived in Mexico City", "Kuwait City": "City" is the capital's name, no town of a synset's. So
  // is "Port" before a capitalised name: "touched down in Port Moresby", "flew to Port Sudan"; so is a
  // quoted title's first word. (In
  // a title-case headline every word is capitalised.)
  if (w_.headline) return false;
  for (size_t k = q; k < q + len; ++k) {
    if (k > 0 && w_.tokens[k].upper == "CITY" && w_.tokens[k].capitalized && w_.tokens[k - 1].capitalized &&
        InsideGroup(k))
      return true;
    if (k > 0 && k + 1 < w_.tokens.size() && w_.tokens[k].upper == "PORT" && w_.tokens[k].capitalized &&
        w_.tokens[k + 1].capitalized && w_.tokens[k + 1].is_word)
      return true;
    if (QuotedTitleAt(k)) return true;
  }
  return false;
}

bool PatternMatcher::QuotedTitleAt(size_t k) const {
  // A quoted title opening with capitalised words: the "Joint Sword-2024A" exercises are no
  // joint ones. (In a title-case headline every word is capitalised.)
  return !w_.headline && k > 0 && k + 1 < w_.tokens.size() && w_.tokens[k - 1].upper == "\"" &&
         w_.tokens[k].capitalized && w_.tokens[k + 1].capitalized && w_.tokens[k + 1].is_word;
}

bool PatternMatcher::BordersWith(const PatternElement& e, size_t q) const {
  if (e.kind != ElementKind::kWords || e.words.front() != d_.w_with || q == 0) return false;
  std::string_view before = w_.tokens[q - 1].upper;
  return before == "BORDER" || before == "BORDERS" || before == "FRONTIER" || before == "FRONTIERS" ||
         before == "BOUNDARY";
}

bool PatternMatcher::OwnClause(const VerbHit& v) const {
  if (v.infinitive && v.begin >= 2 && (TokenFlags(v.begin - 1) & kTo)) {
    // "announced it was ready to lift its sanctions on X": a readied act is the speaker's
    // intent, coded at its own verb, not words the verb of saying announces.
    std::string_view adj = w_.tokens[v.begin - 2].upper;
    if (adj == "READY" || adj == "PREPARED" || adj == "WILLING") return true;
  }
  return !v.infinitive && d_.verbs.form(v.form).inflection != VerbForm::kGerund;
}

bool PatternMatcher::NounFollows(size_t k) const {
  if (k >= w_.tokens.size()) return false;
  const Token& t = w_.tokens[k];
  // Word classes of the grammar that cannot continue a noun phrase (nouns' own classes can).
  constexpr uint64_t kNoNoun = kBe | kPrep | kDet | kPossPron | kNeg | kModal | kAux | kCoord | kSubord | kPersonPron |
                               kThingPron | kGroupPron | kAdverb | kTo | kBy | kRelative | kClauseEnd | kComma |
                               kCalendar | kQuantity | kReflexive | kConditional | kTwo | kVerbForm;
  return t.is_word && !t.capitalized && !t.is_number && !(TokenFlags(k) & kNoNoun) && w_.group_starting_at[k] < 0;
}

bool PatternMatcher::WithinPhrase(size_t b, size_t e) const {
  if (e > b + 4) return false;
  for (size_t k = b; k < e; ++k) {
    if ((TokenFlags(k) & (kPrep | kComma | kClauseEnd | kSubord | kCoord)) || w_.verb_at[k] >= 0) return false;
  }
  return true;
}

size_t PatternMatcher::BearingIn(size_t b, size_t e, size_t limit) const {
  auto bearing = [&](size_t k) {
    std::string_view u = w_.tokens[k].upper;
    return u == "NORTH" || u == "SOUTH" || u == "EAST" || u == "WEST" || u == "NORTHEAST" || u == "NORTHWEST" ||
           u == "SOUTHEAST" || u == "SOUTHWEST";
  };
  for (size_t k = b; k <= e && k + 2 < limit; ++k) {
    if (!bearing(k) || w_.tokens[k].capitalized) continue;
    size_t q = bearing(k + 1) && w_.tokens[k + 1].joined ? k + 2 : k + 1;
    if (q + 1 >= limit || Word(q) != d_.w_of) return 0;
    size_t name = Word(q + 1) == d_.w_the ? q + 2 : q + 1;
    size_t end = name;
    while (end < limit && w_.tokens[end].capitalized) ++end;
    return end > name ? end - k : 0;
  }
  return 0;
}

size_t PatternMatcher::AmountIn(size_t b, size_t e) const {
  // The tokens of money amounts in [b, e) past one: figures, "$", scales, currencies, brackets.
  static constexpr std::string_view kMoney[] = {"$",       "(",       ")",      "MILLION", "BILLION", "TRILLION",
                                                "RUPEE",   "RUPEES",  "YEN",    "EURO",    "EUROS",   "DOLLAR",
                                                "DOLLARS", "POUND",   "POUNDS", "YUAN",    "RIYALS",  "DIRHAMS"};
  size_t count = 0;
  for (size_t k = b; k < e; ++k) {
    std::string_view u = w_.tokens[k].upper;
    if (w_.tokens[k].is_number || std::find(std::begin(kMoney), std::end(kMoney), u) != std::end(kMoney)) ++count;
  }
  return count > 1 ? count - 1 : 0;
}

size_t PatternMatcher::QuotedIn(size_t b, size_t e, size_t limit) const {
  // A quotation of two to eight words opening in [b, e) that modifies the noun right after it
  // ('a "one in, one out" deal', 'their "Freedom Edge" exercise'): its length past its first
  // word. (Not a quoted object or phrase: 'of waging "economic warfare" against'.)
  for (size_t k = b; k < e; ++k) {
    std::string_view open = w_.tokens[k].upper;
    if (open != "\"" && open != "'") continue;
    for (size_t c = k + 2; c < limit && c <= k + 9; ++c) {
      if (TokenFlags(c) & kClauseEnd) return 0;
      if (w_.tokens[c].upper != open) continue;
      if (c + 1 >= limit) return 0;
      const Token& noun = w_.tokens[c + 1];
      constexpr uint64_t kFunction = kPrep | kTo | kBy | kDet | kCoord | kSubord | kRelative | kClauseEnd | kComma |
                                     kBe | kAux | kModal | kNeg | kPersonPron | kThingPron | kGroupPron | kCalendar;
      bool plain = noun.is_word && !noun.capitalized && (TokenFlags(c + 1) & kFunction) == 0;
      return plain && w_.verb_at[c + 1] < 0 ? c - k : 0;
    }
    return 0;
  }
  return 0;
}

size_t PatternMatcher::ListIn(size_t b, size_t e, size_t limit) const {
  // A comma in [b, e) that begins a list of plain lower-case words ("tents, blankets, medicine
  // and food packets"): the list's length past e, at most kGap.
  size_t c = b;
  while (c < e && !(TokenFlags(c) & kComma)) ++c;
  if (c >= e) return 0;
  auto plain = [&](size_t k) {
    if (w_.tokens[k].capitalized || w_.verb_at[k] >= 0) return false;
    uint64_t f = TokenFlags(k);
    if (f & kComma) return true;
    if (f & kCoord) return w_.tokens[k].upper == "AND" || w_.tokens[k].upper == "OR";
    return !(f & (kPrep | kSubord | kClauseEnd | kTo | kBy | kRelative | kModal | kAux | kBe | kDet | kPersonPron |
                  kThingPron | kGroupPron | kPossPron));
  };
  for (size_t k = b; k < c; ++k)
    if (!plain(k) && !(TokenFlags(k) & kPrep) && Word(k) != d_.w_of) return 0;
  size_t end = c;
  bool coord = false;
  while (end < limit && plain(end)) coord |= (TokenFlags(end++) & kCoord) != 0;
  if (!coord || end <= e || end + 1 >= limit) return 0;
  // The list ends at a preposition before a noun: "... and food packets to Yangon", not "... to
  // curb migration".
  if (!(TokenFlags(end) & (kPrep | kTo)) || w_.verb_at[end + 1] >= 0) return 0;
  return std::min(end - e, kGap);
}

bool PatternMatcher::MatchSlotMembers(const std::vector<PatternElement>& els, size_t idx, size_t q, size_t limit,
                                      PatternSlots* slots) const {
  // TABARI's "$ AND +" names two sides of what the text writes as one compound ("talks
  // between A and B"): a slot may hold the members of a compound from a member starting at q
  // up to one the next element follows. Only in the lower part, where such patterns are.
  const PatternElement& e = els[idx];
  int which = e.kind == ElementKind::kSource ? 0 : e.kind == ElementKind::kTarget ? 1 : 2;
  for (size_t g = 0; g < w_.groups.size(); ++g) {
    const Group& grp = w_.groups[g];
    size_t n = grp.members.size();
    if (n < 2 || q < grp.begin || q >= grp.end || n > 255) continue;
    size_t first = 0;
    while (first < n && w_.mentions[grp.members[first]].begin < q) ++first;
    if (first == n || w_.mentions[grp.members[first]].begin != q) return false;
    for (size_t last = n; last-- > first;) {
      if (first == 0 && last + 1 == n) continue;  // the whole group: ElementAt's case
      PatternSlots saved = *slots;
      (which == 0 ? slots->source : which == 1 ? slots->target : slots->compound) = static_cast<int>(g);
      slots->parts[which] = {static_cast<uint8_t>(first), static_cast<uint8_t>(last - first + 1)};
      if (MatchLowerFrom(els, idx + 1, w_.mentions[grp.members[last]].end, limit, slots)) return true;
      *slots = saved;
    }
    return false;
  }
  return false;
}

bool PatternMatcher::MatchLowerFrom(const std::vector<PatternElement>& els, size_t idx, size_t p, size_t limit,
                                    PatternSlots* slots) const {
  if (idx == els.size()) return true;
  if (idx == 0) {
    // "dismissed as \"pure fabrication\" a U.S. report", "denounced as 'illegal' the seizure of":
    // the verb's object comes after its fronted, quoted description.
    size_t quoted = QuotedAsComplementAt(p, limit);
    PatternSlots before = *slots;
    if (quoted > 0 && MatchLowerFrom(els, 0, p + quoted, limit, slots)) return true;
    *slots = before;
  }
  const PatternElement& e = els[idx];
  bool retry = idx + 1 < els.size() && els[idx + 1].in_phrase;
  size_t reach = p + kGap;
  for (size_t q = p; q < limit && q <= reach; ++q) {
    // "hit the Saratov refinery north of Volgograd with drones": a bearing is not counted.
    if (q == reach && reach == p + kGap) reach += BearingIn(p, q, limit);
    // "airlifted 15 tonnes of tents, blankets, medicine and food packets to X": a list of things
    // counts as one noun phrase.
    if (q == reach && reach == p + kGap) reach += ListIn(p, q, limit);
    // 'struck a "one in, one out" deal with': a short quotation counts as one word.
    if (q == reach && reach == p + kGap) reach += QuotedIn(p, q, limit);
    // "extended a 48.5 billion rupee ($565 million) line of credit to": an amount counts as one word.
    if (q == reach && reach == p + kGap) reach += AmountIn(p, q);
    if (e.in_phrase && !WithinPhrase(p, q)) return false;
    // The words after a verb are its own up to the next finite verb or participle: "sent a ship
    // escorted by warships into waters" does not send warships (an infinitive or gerund
    // complement is part of the act: "urged Germany to deliver air defences").
    if (q > p && w_.verb_at[q - 1] >= 0 && OwnClause(w_.verbs[w_.verb_at[q - 1]])) return false;
    PatternSlots saved;
    if (retry) saved = *slots;
    if (e.kind == ElementKind::kSource || e.kind == ElementKind::kTarget || e.kind == ElementKind::kCompound) {
      // Not the subject of a clause past a comma: "withdrew its troops from the border on Monday,
      // the White House said" (a list goes on: "media freedom, civil society and ... in Armenia").
      bool past_comma = false;
      for (size_t k = p; k < q && !past_comma; ++k) past_comma = (TokenFlags(k) & (kComma | kClauseEnd)) != 0;
      if (past_comma && SubjectOfItsOwnClause(q)) return false;
      // Nor past "as", "while" or "because": "seeking closer ties as both countries grapple".
      if (q > p && AdverbialConjunction(q - 1) && SubjectOfItsOwnClause(q)) return false;
      // A whole group, else some members of a compound (MatchSlotMembers).
      PatternSlots before = *slots;
      size_t len = ElementAt(e, q, limit, slots);
      if (len > 0 && MatchLowerFrom(els, idx + 1, q + len, limit, slots)) return true;
      *slots = before;
      if (MatchSlotMembers(els, idx, q, limit, slots)) return true;
      *slots = before;
      if (len > 0 && !retry) return false;
      continue;
    }
    // "rejected Iraqi accusations that Turkish artillery had shelled a resort": past a noun's
    // "that", the words are what the noun reports, not the verb's object (no rejected artillery).
    if (q > p + 1 && (e.kind == ElementKind::kWords || e.kind == ElementKind::kSynset) && Word(q - 1) == d_.w_that &&
        NounBeforeThat(q - 1))
      break;
    size_t len = ElementAt(e, q, limit, slots);
    if (len == 0) continue;
    // A pattern's "(ON)" alone, with nothing more of its phrase, is no phrase of time.
    if (e.opens_prep_phrase && e.words.size() == 1 && !retry && TimePhraseAt(q)) continue;
    // "near its border with Guyana": a "with" the pattern skipped to is the border's, no partner.
    if (q > p && BordersWith(e, q)) continue;
    // "signed an agreement on Tuesday as talks with Ethiopia stalled": a word past "as", "while"
    // or "because" opening a clause is that clause's, not the pattern's (a show of force is
    // against whom its cause names: "cancelled all leave as clashes with X intensified").
    if (q > p && e.kind == ElementKind::kWords && !show_of_force_ && GapOpensClause(p, q)) continue;
    // Nor is a noun past "after" or "before" the verb's: "to bolster its eastern flank after the
    // incursion of Russian drones" bolsters no attack.
    if (idx == 0 && q > p && e.kind == ElementKind::kSynset && !show_of_force_ && TimeAdjunctBetween(p, q)) continue;
    // Nor is a preposition past an infinitive of the verb's own: "agreed to start talks on a pact"
    // agrees on no pact (the infinitive's clause holds it, and its own code composes).
    if (idx == 0 && q > p && e.kind == ElementKind::kWords && (TokenFlags(q) & kPrep) && !(TokenFlags(q) & kTo) &&
        InfinitiveBetween(p, q))
      continue;
    // "kicked off their annual exercise, with some 8,000 soldiers from 20 countries taking part":
    // a "with" after a comma opens an absolute clause, no partner of the act.
    if (q > p && e.kind == ElementKind::kWords && e.words.front() == d_.w_with && (TokenFlags(q - 1) & kComma)) continue;
    if (e.kind == ElementKind::kSynset && PartOfAName(q, len)) continue;
    if (e.kind == ElementKind::kWords && QuotedTitleAt(q)) continue;
    // "fired tear gas ... on Monday to break up riots in Luanda": a preposition before a day or
    // month is the date's, not the pattern's ("* &WEAPONFIRE ON +"), unless the pattern skips
    // the day itself ("* + HOURS ON ^ TO").
    if (e.kind == ElementKind::kWords && len == 1 && (TokenFlags(q) & kPrep) && q + 1 < limit &&
        CalendarAt(q + 1) && !(idx + 1 < els.size() && els[idx + 1].kind == ElementKind::kSkip))
      continue;
    // A bare preposition ending the pattern ("PRESS * ON") is a particle; another bare word or
    // synset is the head of its noun phrase ("SEND * POLICE": not "police officers").
    if (e.bare && idx + 1 == els.size() && !PrepositionFits(e, q)) continue;
    if (e.bare && idx + 1 == els.size() && (e.kind == ElementKind::kSynset || e.words.size() == 1) &&
        NounFollows(q + len))
      continue;
    if (e.kind == ElementKind::kWords || e.kind == ElementKind::kSynset) slots->AddWords(q, q + len);
    if (MatchLowerFrom(els, idx + 1, q + len, limit, slots)) return true;
    if (!retry) return false;
    *slots = saved;
  }
  return false;
}

size_t PatternMatcher::QuotedAsComplementAt(size_t p, size_t limit) const {
  if (p + 3 >= limit || w_.tokens[p].upper != "AS") return 0;
  std::string_view open = w_.tokens[p + 1].upper;
  if (open != "\"" && open != "'") return 0;
  for (size_t k = p + 2; k < limit && k <= p + 10; ++k) {
    if (TokenFlags(k) & kClauseEnd) return 0;
    if (w_.tokens[k].upper == open) return k > p + 2 ? k + 1 - p : 0;
  }
  return 0;
}

bool PatternMatcher::NounBeforeThat(size_t k) const {
  // "accusations that", "claims that", "the report that": a plain lower-case word the sentence
  // does not use as a verb ("claims" may be one elsewhere), no adverb or conjunction ("so that").
  const Token& t = w_.tokens[k - 1];
  constexpr uint64_t kNoNoun = kBe | kPrep | kDet | kPossPron | kNeg | kModal | kAux | kCoord | kSubord | kPersonPron |
                               kThingPron | kGroupPron | kAdverb | kTo | kBy | kRelative | kClauseEnd | kComma |
                               kCalendar | kQuantity | kReflexive | kConditional | kTwo;
  return t.is_word && !t.capitalized && !t.is_number && !(TokenFlags(k - 1) & kNoNoun) && w_.verb_at[k - 1] < 0;
}

bool PatternMatcher::MatchUpper(const std::vector<PatternElement>& els, size_t end, size_t floor,
                                PatternSlots* slots) const {
  size_t p = end;  // exclusive
  for (auto it = els.rbegin(); it != els.rend(); ++it) {
    const PatternElement& e = *it;
    bool found = false;
    for (size_t q = p; q > floor && q + kGap >= p; --q) {
      // Not past another verb: "would not negotiate while troops occupied" puts no "would"
      // before "occupied".
      if (q < p && w_.verb_at[q] >= 0) break;
      size_t len = 0;
      switch (e.kind) {
        case ElementKind::kWords:
          if (q >= floor + e.words.size()) len = PhraseAt(e.words, q - e.words.size(), q);
          break;
        case ElementKind::kSynset:
          len = SynsetEndingAt(e.synset, q, floor);
          if (len > 0 && InRelativeClause(q - len, floor)) len = 0;
          break;
        case ElementKind::kSkip: len = 1; break;
        default: {
          int g = w_.group_ending_at[q];
          if (g >= 0 && !(e.kind == ElementKind::kCompound && w_.groups[g].members.size() < 2)) {
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

bool PatternMatcher::InRelativeClause(size_t b, size_t floor) const {
  for (size_t k = b; k > floor; --k) {
    if (TokenFlags(k - 1) & kComma) return false;
    if ((TokenFlags(k - 1) & kRelative) && w_.tokens[k - 1].upper != "THAT") return true;
  }
  return false;
}

bool PatternMatcher::Prefilter(const VerbPattern& pat) const {
  if (!w_.signature().Covers(pat.signature)) return false;
  for (uint32_t w : pat.required) {
    if (!w_.HasWord(w)) return false;
  }
  for (uint64_t k : pat.required_stems) {
    if (!w_.HasStem(k)) return false;
  }
  for (int32_t s : pat.required_synsets) {
    if (!w_.HasSynset(d_, s)) return false;
  }
  return true;
}

}  // namespace tidings::extract
