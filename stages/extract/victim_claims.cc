// A victim's own account of abuse: "He told reporters that he had been tortured by Tanzanian
// police officers", "She said she was beaten by guards". What the speaker says was done to them
// is alleged, not reported as fact: the event is the speaker's accusation of the abuser (CAMEO
// 1122, accuse of human rights abuses). Part of SentenceCoder (the sides of an event).
#include <utility>

#include "extract/sentence_coder.h"

namespace tidings::extract {

void SentenceCoder::AdjustForVictimsClaim(size_t vi, std::string* code, int* src, int* tgt) const {
  const VerbHit& v = w_.verbs[vi];
  if (!v.passive || v.reduced || vi == 0 || *src < 0 || *tgt < 0 || code->size() < 3) return;
  // Force and repression suffered (17, 18, 19, 20), not an arrest or a trial (173, 175 stay acts).
  std::string_view root = std::string_view(*code).substr(0, 2);
  if ((root != "18" && root != "19" && root != "20" && code->compare(0, 3, "172") != 0)) return;
  const VerbHit& said = w_.verbs[vi - 1];
  if (said.passive || d_.verbs.block(d_.verbs.form(said.form).block).name != "SAY") return;
  const int speaker = outcomes_[vi - 1].source;
  if (speaker < 0 || v.begin > said.end + 12) return;
  // The passive's subject is a pronoun for the speaker ("he", "she", "they").
  const Mention& victim = w_.mentions[w_.groups[*tgt].members.front()];
  const Mention& who = w_.mentions[w_.groups[speaker].members.front()];
  if (!(TokenFlags(victim.begin) & (kPersonPron | kGroupPron)) || victim.code != who.code) return;
  for (size_t k = said.end; k < v.begin; ++k) {
    if (TokenFlags(k) & kClauseEnd) return;
  }
  Note("    the speaker's own account of abuse suffered: an accusation (1122) of the abuser\n");
  *code = "1122";
  std::swap(*src, *tgt);
}

}  // namespace tidings::extract
