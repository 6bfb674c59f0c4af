// Acts that take their sides from the verb before: a purpose after a call or a visit
// ("telephoned Erdogan on Monday to offer his condolences": the caller offers them to Erdogan),
// and a second act of the same subject after "and" that breaks off or turns down something with
// the one just named ("summoned Brazil's ambassador and suspended negotiations on the dam
// treaty": with Brazil); and an act done back "in kind". Part of SentenceCoder.
#include "extract/sentence_coder.h"

namespace tidings::extract {

int SentenceCoder::GroupOfMention(int mention) const {
  for (size_t g = 0; g < w_.groups.size(); ++g) {
    for (int m : w_.groups[g].members) {
      if (m == mention) return static_cast<int>(g);
    }
  }
  return -1;
}

int SentenceCoder::TargetGroupOfVerb(size_t vj, const std::vector<RawEvent>& events) const {
  for (const RawEvent& e : events) {
    if (e.verb_token == w_.verbs[vj].head && e.target >= 0) return GroupOfMention(e.target);
  }
  return -1;
}

int SentenceCoder::AidToTheOneConsoled(int src, const std::string& composed, const std::vector<RawEvent>& events) const {
  // "offered his condolences to Myanmar ..., and said Tokyo was ready to send a relief team":
  // aid its source offers, with no one named, goes to whom the same side consoled or sympathised
  // with before in the sentence.
  if (src < 0 || !(composed.starts_with("033") || composed.starts_with("07"))) return -1;
  const std::string& own = w_.mentions[w_.groups[src].members.front()].country;
  for (size_t e = events.size(); e-- > 0;) {
    const RawEvent& done = events[e];
    if (done.source < 0 || done.target < 0 || done.code != "018") continue;
    if (w_.mentions[done.source].country != own || w_.mentions[done.target].country == own) continue;
    if (int g = GroupOfMention(done.target); g >= 0) {
      Note("    aid offered with no one named: to whom its side consoled\n");
      return g;
    }
  }
  return -1;
}

bool SentenceCoder::PurposeOfACall(size_t vi, const std::string& code, const std::vector<RawEvent>& events, int* src,
                                  int* tgt) const {
  const VerbHit& v = w_.verbs[vi];
  // ("dialled his counterpart to discuss the border": talking is the call itself.)
  if (vi == 0 || !v.infinitive || *src < 0 || code.compare(0, 2, "04") == 0) return false;
  const Outcome& call = outcomes_[vi - 1];
  const std::string& c = call.code;
  // (Not a meeting, which some dictionaries give verbs of asking and weighing; not an invitation,
  // whose "to visit" is the guest's.)
  if (call.source < 0 || !(c == "041" || c == "042" || c == "044") ||
      w_.tokens[w_.verbs[vi - 1].head].upper.starts_with("INVIT"))
    return false;
  int called = TargetGroupOfVerb(vi - 1, events);
  if (called < 0 || (*src != called && *src != call.source)) return false;
  // The infinitive right after the one called on (past a date): "to" opens the purpose.
  for (size_t k = w_.groups[called].end; k + 1 < v.begin; ++k) {
    if (!(TokenFlags(k) & (kCalendar | kPrep))) return false;
  }
  if (w_.groups[called].end >= v.begin) return false;
  Note("    the purpose of a call or visit: the caller's act, to the one called on\n");
  if (*tgt < 0 || *tgt == call.source) *tgt = called;
  *src = call.source;
  return true;
}

int SentenceCoder::TargetOfTheVerbBefore(size_t vi, int src, const std::string& composed,
                                         const std::vector<RawEvent>& events) const {
  if (vi == 0 || src < 0 || composed.size() < 2) return -1;
  const VerbHit& v = w_.verbs[vi];
  const VerbHit& before = w_.verbs[vi - 1];
  if (v.passive || before.passive || v.infinitive || !v.finite || v.begin < before.end + 2 ||
      v.begin > before.end + 10 || outcomes_[vi - 1].source != src || Word(v.begin - 1) != d_.w_and)
    return -1;
  std::string_view root = std::string_view(composed).substr(0, 2);
  if (root != "12" && root != "16") return -1;
  for (size_t k = before.end; k + 1 < v.begin; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd | kSubord | kRelative)) return -1;
  }
  int tgt = TargetGroupOfVerb(vi - 1, events);
  if (tgt >= 0) Note("    a second act after 'and' with no object of its own: on the one the first named\n");
  return tgt;
}

int SentenceCoder::AnsweredWithForce(size_t vi, int src, const std::vector<RawEvent>& events) const {
  // "Protesters hurled stones at police, who responded with tear gas", "..., and officers
  // responded with water cannon": force answers whoever acted on the responders before.
  if (src < 0 || d_.verbs.block(d_.verbs.form(w_.verbs[vi].form).block).name != "RESPOND_WITH_FORCE") return -1;
  const Mention& who = w_.mentions[w_.groups[src].members.front()];
  for (size_t e = events.size(); e-- > 0;) {
    const RawEvent& done = events[e];
    if (done.source < 0 || done.target < 0) continue;
    const Mention& target = w_.mentions[done.target];
    bool same = target.code == who.code || (target.code.size() >= 6 && who.code.size() >= 6 &&
                                            target.code.compare(3, 3, who.code, 3, 3) == 0);
    if (!same || done.source == w_.groups[src].members.front()) continue;
    if (int doer = GroupOfMention(done.source); doer >= 0) {
      Note("    force in response: on the ones who acted on the responders\n");
      return doer;
    }
  }
  return -1;
}

bool SentenceCoder::ReciprocatedInKind(size_t vi, int src, std::vector<RawEvent>* events) {
  // "Budapest expelled two Ukrainian diplomats ..., and Kyiv swiftly responded in kind": the
  // act done to the subject, done back (not "would respond in kind", a threat).
  const VerbHit& v = w_.verbs[vi];
  const bool in_kind = d_.verbs.form(v.form).lemma == "RESPOND_IN_KIND" ||
                       (v.end + 1 < w_.tokens.size() && w_.tokens[v.end].upper == "IN" && w_.tokens[v.end + 1].upper == "KIND");
  bool negated = false;
  std::string_view modal = ModalOf(vi, &negated);
  if (!in_kind || src < 0 || negated || modal == "WOULD" || modal == "WILL" || modal == "COULD" || modal == "MIGHT")
    return false;
  const std::string& own = w_.mentions[w_.groups[src].members.front()].country;
  for (size_t e = events->size(); e-- > 0;) {
    const RawEvent done = (*events)[e];
    if (done.source < 0 || done.target < 0 || w_.mentions[done.target].country != own ||
        w_.mentions[done.source].country == own)
      continue;
    int doer = GroupOfMention(done.source);
    if (doer < 0) continue;
    Note("    done back in kind: " + done.code + " on the one that did it\n");
    Emit(src, doer, done.code, "in kind: " + done.code, vi, events);
    outcomes_[vi].emitted = true;
    return true;
  }
  return false;
}

}  // namespace tidings::extract
