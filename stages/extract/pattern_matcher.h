// PatternMatcher: the pattern phase of coding a sentence. Matches the verb patterns of a
// verb's block around it — the upper part right to left before the verb, the lower part left
// to right after it, each element within a few tokens of the previous one — with TABARI/
// PETRARCH element semantics: literal words (a word without a closing '_' is a stem, a word
// with one also takes its regular inflections), synsets (&NAME, longest phrase), '$' source,
// '+' target and '%' compound (a whole actor group), '^' skip one token.
#pragma once

#include <cstddef>
#include <vector>

#include "extract/sentence.h"

namespace tidings::extract {

class PatternMatcher : public SentenceView {
 public:
  using SentenceView::SentenceView;
  // The first pattern of the verb's block (blocks keep the most specific first) that the
  // sentence's words allow and that matches around verb vi, with its slots; null when none.
  // Negated verbs only take patterns that hold a negation themselves, unless `as_affirmed`
  // (the act a stated refusal names). A passive verb may find its pattern in its subject
  // (FindInPassiveSubject). Explains each try.
  const VerbPattern* FindPattern(size_t vi, PatternSlots* slots, bool as_affirmed = false) const;
  // One pattern, whole: the upper part before token `verb_begin` (not below `floor`) and the
  // lower part from `verb_end` (below `limit`).
  bool Matches(const VerbPattern& pattern, size_t verb_begin, size_t verb_end, size_t floor, size_t limit,
               PatternSlots* slots) const;
  // False when the pattern needs a word (or stem) the sentence does not hold.
  bool Prefilter(const VerbPattern& pattern) const;

  // How far one element may be from the previous one, in tokens.
  static constexpr size_t kGap = 6;
  // How far from the verb patterns look: before it and after it.
  static constexpr size_t kUpperReach = 14;
  static constexpr size_t kLowerReach = 24;

 private:
  // A passive verb's subject, [*begin, *end): from the clause's start to the form of "be"
  // before the verb. False for reduced relatives and passives with no "be".
  bool PassiveSubjectSpan(size_t vi, size_t* begin, size_t* end) const;
  // A verb of saying whose pattern's first words are "a" noun before a modal (pattern_matcher.cc).
  bool SaysOfAHypothetical(const VerbBlock& block, const PatternSlots& s) const;
  // A pattern of the verb's block with nothing before the verb whose lower part matches in
  // the passive subject ("evidence against Russia was presented"), the actor after its words
  // the target when there is one; null when none.
  const VerbPattern* FindInPassiveSubject(size_t vi, size_t limit, PatternSlots* slots) const;
  // The pattern's first elements in the passive subject [b, e), the rest from `after` on.
  bool MatchAcrossPassive(const VerbPattern& pat, size_t b, size_t e, size_t after, size_t limit,
                          PatternSlots* slots) const;
  bool WordMatches(uint32_t pattern_word, size_t i) const;
  size_t PhraseAt(const std::vector<uint32_t>& words, size_t i, size_t limit) const;
  // Longest phrase of synset s starting at token i (exact words, plurals listed in the set).
  size_t SynsetAt(int32_t s, size_t i, size_t limit) const;
  // Longest phrase of synset s ending just before token `end`.
  size_t SynsetEndingAt(int32_t s, size_t end, size_t floor) const;
  bool MatchLower(const std::vector<PatternElement>& els, size_t start, size_t limit, PatternSlots* slots) const;
  // Elements els[idx...] from token p on. An element followed by one that continues its
  // phrase is retried at its later places when the rest fails there.
  bool MatchLowerFrom(const std::vector<PatternElement>& els, size_t idx, size_t p, size_t limit,
                      PatternSlots* slots) const;
  // A slot element els[idx] ($ + %) over some members of a compound group, from the member
  // starting at token q, with the rest of the pattern after them (PatternSlots::parts).
  bool MatchSlotMembers(const std::vector<PatternElement>& els, size_t idx, size_t q, size_t limit,
                        PatternSlots* slots) const;
  // Tokens of element e at q (0 when it does not start there); fills the slot of $ + %.
  size_t ElementAt(const PatternElement& e, size_t q, size_t limit, PatternSlots* slots) const;
  // False when the preposition the kWords element e matched at q is used otherwise than the
  // dictionary's PETRARCH2 groups say (PatternElement::bare, opens_prep_phrase).
  bool PrepositionFits(const PatternElement& e, size_t q) const;
  // A pattern whose words after the verb open with a prepositional phrase ("* (WITH)").
  static bool PhraseFirst(const VerbPattern& pat);
  // After `gate`'s PhraseFirst pattern matched verb vi (its words in *slots): a pattern of the
  // same specificity after it whose first words are the verb's own object ("* RELATIONS") right
  // before that phrase, matched (into *slots), else nullptr.
  const VerbPattern* ObjectPatternAfter(size_t vi, const PatternGate* gate, size_t floor, size_t limit,
                                        PatternSlots* slots) const;
  // True when the preposition at q heads a phrase of time ("on Saturday", "for a third night",
  // "for several hours"), which a pattern's bare "(ON)" or "(FOR)" does not stand for.
  bool TimePhraseAt(size_t q) const;
  // True when the token at k is a day or month (or today, yesterday) in a date.
  bool CalendarAt(size_t k) const;
  // True when the kWords element e matched at q is a "with" right after a border noun the
  // pattern did not match ("exercises near its border with Guyana"): the border's, no partner.
  bool BordersWith(const PatternElement& e, size_t q) const;
  // True when tokens [q, q + len) hold "City" inside an actor's name ("Mexico City"), which no
  // synset of the patterns stands for.
  bool PartOfAName(size_t q, size_t len) const;
  bool QuotedTitleAt(size_t k) const;
  size_t AmountIn(size_t b, size_t e) const;  // tokens of money amounts in [b, e), past one
  bool TimeAdjunctBetween(size_t p, size_t q) const;  // "after", "before" or "until" in [p, q)
  bool InfinitiveBetween(size_t p, size_t q) const;   // "to" and an infinitive in [p, q)  // k opens a quoted title of capitalised words
  // True when the group at q (past determiners) is followed by a verb: the subject of a clause
  // of its own ("..., the White House said"), no object of an earlier verb.
  bool SubjectOfItsOwnClause(size_t q) const;
  bool AdverbialConjunction(size_t k) const;  // "as", "while", "because": a clause of its own follows
  // True when a word between p and q opens a clause of its own ("as talks ... stalled"): "as",
  // "while", "because" (not "such as", "as well as", "as part of").
  bool GapOpensClause(size_t p, size_t q) const;
  mutable bool show_of_force_ = false;  // the pattern Matches tries codes a show of force (15)
  // True when verb v opens words of its own that a pattern of an earlier verb cannot reach: a
  // finite verb or a participle, not an infinitive or gerund complement.
  bool OwnClause(const VerbHit& v) const;
  // True when token k is a plain lowercase word that continues the noun phrase before it (the
  // word before k is then a modifier, not the phrase's head).
  bool NounFollows(size_t k) const;
  // True when the word before the "that" at k is a noun whose content clause it opens.
  bool NounBeforeThat(size_t k) const;
  // True when tokens [b, e) can lie inside one phrase: a few words, none a preposition, verb,
  // conjunction, comma or clause boundary.
  bool WithinPhrase(size_t b, size_t e) const;
  // The length of a bearing from a named place starting in [b, e] ("north of Volgograd",
  // "south-east of the Moscow region"), or 0: it places the noun before it and lengthens no gap.
  size_t BearingIn(size_t b, size_t e, size_t limit) const;
  // The length past e of a list of plain words begun by a comma in [b, e), or 0.
  size_t ListIn(size_t b, size_t e, size_t limit) const;
  // The length past its first word of a short quotation opening in [b, e), or 0.
  size_t QuotedIn(size_t b, size_t e, size_t limit) const;
  // The length of a quoted "as" complement at p ("dismissed as 'pure fabrication' a report"),
  // or 0: what the verb acts on follows it.
  size_t QuotedAsComplementAt(size_t p, size_t limit) const;
  bool MatchUpper(const std::vector<PatternElement>& els, size_t end, size_t floor, PatternSlots* slots) const;
  // Token b sits in a "who"/"which" clause between the subject and the verb ("gunmen who arrived
  // on a jet ski shot dead"): a synset word there is no part of the verb's phrase.
  bool InRelativeClause(size_t b, size_t floor) const;
};

}  // namespace tidings::extract
