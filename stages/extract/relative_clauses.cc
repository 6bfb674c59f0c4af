// VerbFinder's test for relative clauses that are background to what a sentence reports
// (VerbHit::background): present-tense relatives and relatives with no relative word. Kept
// apart from clauses.cc, which finds the verbs and their roles.
#include "extract/clauses.h"

namespace tidings::extract {

bool VerbFinder::BackgroundRelative(size_t vi) const {
  const VerbHit& v = w_.verbs[vi];
  size_t p = PrevContent(v.begin);
  if (p == std::string::npos || p == 0 || v.passive || v.infinitive) return false;
  uint64_t pf = TokenFlags(p);
  VerbForm::Inflection in = d_.verbs.form(v.form).inflection;
  // "militants who attack Pakistani soldiers", "Hamas, which controls Gaza": a relative
  // clause in the present tense says what its noun is or habitually does, not what happened.
  if ((pf & kRelative) && Word(p) != d_.w_that) return in == VerbForm::kBase || in == VerbForm::kThirdPerson;
  // "beheaded five villagers they accused of spying": a pronoun right after the object of an
  // act opens a relative clause with no relative word. (After a verb of saying, warning or
  // appeal it opens the complement instead: "told reporters they would", "warned Kyiv it".)
  bool pronoun = (pf & (kPersonPron | kGroupPron | kThingPron)) || w_.tokens[p].upper == "WE";
  return pronoun && ObjectOfPreviousAct(vi, p);
}

bool VerbFinder::ObjectOfPreviousAct(size_t vi, size_t end) const {
  if (vi == 0 || end == 0) return false;
  const VerbHit& prev = w_.verbs[vi - 1];
  if (prev.end >= end) return false;
  // The phrase ends in an actor or a plain noun (no grammatical word).
  size_t last = end - 1;
  bool plain_noun = w_.tokens[last].is_word && (TokenFlags(last) & ~kDictionaryFlags) == 0;
  if (!plain_noun && w_.group_ending_at[end] < 0) return false;
  for (size_t k = prev.end; k < end; ++k) {
    uint64_t f = TokenFlags(k);
    if ((f & (kComma | kClauseEnd | kCoord | kRelative | kPrep)) || w_.verb_at[k] >= 0 || !w_.tokens[k].is_word) {
      if (!w_.tokens[k].is_number) return false;
    }
  }
  const std::string& code = d_.verbs.block(d_.verbs.form(prev.form).block).code.active;
  if (code.size() < 2 || code == "---") return false;
  std::string_view root = std::string_view(code).substr(0, 2);
  return (root >= "04" && root <= "09") || root >= "14";
}

}  // namespace tidings::extract
