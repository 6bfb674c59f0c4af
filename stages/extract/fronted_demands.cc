// Obligations that open a sentence before their attribution: "China must pull its troops back
// from Ladakh, India's army chief said", "'Russia must bring back the children,' Joly told
// reporters". What the speaker says another must do is a demand of it, never the act. Two
// readers, written side by side and both kept: FrontedObligation (any obligation word, the
// subject of a later verb of saying as the speaker) runs first; ObligedAct / EmitObligation
// ("must" / "should", a speaker named right after a comma) takes the rest and codes nothing for
// an obligation nobody is said to voice. Also a statement that is itself a demand or an
// accusation ("said that Armenia must change its constitution", "saying Moscow was behind
// it"): StatementIsADemand. Part of SentenceCoder.
#include "extract/sentence_coder.h"

namespace tidings::extract {

bool SentenceCoder::StatementIsADemand(size_t vi, int src, size_t limit, std::string* code, int* tgt) const {
  if (int accused = src >= 0 ? SaidToBeBehind(vi, src) : -1; accused >= 0) {
    Note("    said another was behind an act: an accusation of it (112)\n");
    *code = "112";
    *tgt = accused;
    return true;
  }
  int obliged = src >= 0 ? ObligedActor(vi, src, limit) : -1;
  if (obliged == kObligationOfAnother) obliged = *tgt >= 0 && !SameCountry(src, *tgt) ? *tgt : -1;
  if (obliged >= 0) {
    Note("    what it said another must or should do is a demand of it: 100\n");
    *code = "100";
    *tgt = obliged;
    return true;
  }
  if (*tgt >= 0 && ToldToAct(*tgt)) {
    Note("    told to act: a demand (100)\n");
    *code = "100";
  }
  return false;
}

int SentenceCoder::SaidToBeBehind(size_t vi, int src) const {
  // "saying Moscow was behind a sabotage attempt": BE_BEHIND codes nothing by itself (it is
  // also "behind schedule"); said of another actor, right after the statement, it accuses.
  if (vi + 1 >= w_.verbs.size()) return -1;
  const VerbHit& next = w_.verbs[vi + 1];
  if (next.negated || d_.verbs.block(d_.verbs.form(next.form).block).name != "BE_BEHIND") return -1;
  // Not an act's author: "behind schedule", "behind bars", "behind in the polls", "behind him".
  static constexpr std::string_view kNoAct[] = {"SCHEDULE", "BARS",   "IN",     "ON",  "TIME", "TIMES", "CLOSED",
                                                "SCENES",   "WHEEL",  "HIM",    "HER", "THEM", "US",    "ME"};
  size_t k = next.end;
  if (k < w_.tokens.size() && Word(k) == d_.w_the) ++k;
  if (k < w_.tokens.size() && std::find(std::begin(kNoAct), std::end(kNoAct), w_.tokens[k].upper) != std::end(kNoAct))
    return -1;
  int subject = roles_.SubjectOf(vi + 1);
  if (subject < 0 || subject == src || w_.groups[subject].begin < w_.verbs[vi].end) return -1;
  // "said its fighters were behind the ambush": a claim of its own act, not an accusation.
  const Mention& said_of = w_.mentions[w_.groups[subject].members.front()];
  const Mention& speaker = w_.mentions[w_.groups[src].members.front()];
  if (said_of.code == speaker.code) return -1;
  return subject;
}

int SentenceCoder::SpeakerAfterClause(size_t vi) const {
  const size_t n = w_.tokens.size();
  for (size_t vj = vi + 1; vj < w_.verbs.size(); ++vj) {
    const VerbHit& s = w_.verbs[vj];
    if (d_.verbs.block(d_.verbs.form(s.form).block).name != "SAY" || s.passive || s.negated) continue;
    int speaker = roles_.SubjectOf(vj);
    if (speaker < 0 || w_.groups[speaker].begin <= w_.verbs[vi].end || w_.groups[speaker].end > s.begin) return -1;
    // Set off from the clause: a comma or a closing quote right before the speaker ("the").
    size_t b = w_.groups[speaker].begin;
    if (b > 0 && Word(b - 1) == d_.w_the) --b;
    if (b == 0 || b >= n) return -1;
    std::string_view before = w_.tokens[b - 1].upper;
    bool set_off = (TokenFlags(b - 1) & kComma) || before == "\"" || before == "'";
    // No "and" or semicolon between the clause and the speaker joins another clause ("Russia
    // must withdraw, and Ukraine said ..."); an "and" inside a compound actor joins none.
    for (size_t k = w_.verbs[vi].end; k < b && set_off; ++k) {
      if (int g = w_.group_starting_at[k]; g >= 0 && w_.groups[g].end > k + 1) k = w_.groups[g].end - 1;
      set_off = !(TokenFlags(k) & (kClauseEnd | kCoord));
    }
    return set_off ? speaker : -1;
  }
  return -1;
}

bool SentenceCoder::FrontedObligation(size_t vi, int obliged, const std::string& code, std::vector<RawEvent>* events) {
  const VerbHit& v = w_.verbs[vi];
  if (v.passive || v.negated || obliged < 0) return false;
  size_t p = PrevContent(v.begin);
  if (p == std::string::npos || p == 0) return false;
  if (w_.tokens[p].upper == "TO") --p;  // "has to", "needs to"
  if (!ObligationAt(p)) return false;
  // The obliged actor right before the modal (its head noun may follow: "NATO members must"),
  // with no verb before it: the clause opens the sentence.
  const Group& g = w_.groups[obliged];
  if (g.end > p || p > g.end + 1) return false;
  for (size_t k = 0; k < g.begin; ++k) {
    if (w_.verb_at[k] >= 0) return false;
  }
  int speaker = SpeakerAfterClause(vi);
  if (speaker < 0) return false;
  outcomes_[vi].emitted = true;
  if (SameCountry(speaker, obliged)) {
    Note("    what the speaker says its own side must do: no event\n");
    return true;
  }
  std::string demand = ComposeCodes("100", code);
  Note("    what the speaker after the clause says another must do: a demand of it, " + demand + "\n");
  Emit(speaker, obliged, demand, "demand: 100 over " + code, vi, events);
  return true;
}

bool SentenceCoder::ObligedAct(size_t vi) const {
  // "Russia must pull its troops out of Transnistria": what one must or should do has not
  // been done. (After "said", "Armenia must change its constitution" is DemandingVerb's.)
  bool negated = false;
  std::string_view modal = ModalOf(vi, &negated);
  return !w_.verbs[vi].infinitive && (modal == "MUST" || modal == "SHOULD");
}

void SentenceCoder::EmitObligation(size_t vi, int obliged, const std::string& code, std::vector<RawEvent>* events) {
  // "China must pull its troops back from the friction points, India's army chief said": an
  // obligation the sentence opens with, attributed after a comma, is the speaker's demand of
  // the one obliged (1056), as "said China must pull back" is. No attribution: no event.
  outcomes_[vi].emitted = true;  // what the act governs is no act either
  const size_t n = w_.tokens.size();
  int speaker = -1;
  for (size_t j = 0; j < vi; ++j) {
    if (w_.verbs[j].finite && !w_.verbs[j].background) speaker = -2;  // not the opening clause
  }
  for (size_t k = w_.verbs[vi].end; speaker == -1 && k + 1 < n && !(TokenFlags(k) & kClauseEnd); ++k) {
    if (!(TokenFlags(k) & kComma)) continue;
    size_t after = k + 1;
    if (w_.tokens[after].upper == "\"" || w_.tokens[after].upper == "'") ++after;  // ',' Joly told
    speaker = SpeakerAttributedAt(after);
  }
  if (speaker < 0 || SameCountry(speaker, obliged) || !w_.verbs[vi].finite) {
    Note("    what one must or should do, not done: no event\n");
    return;
  }
  std::string demand = ComposeCodes("100", code);
  Note("    an obligation attributed after it: the speaker's demand " + demand + "\n");
  Emit(speaker, obliged, demand, "obligation: 100 over " + code, vi, events);
}

}  // namespace tidings::extract
