// A person handed over to another state: "Lebanon handed over Egyptian-Turkish poet Abdul Rahman
// Yusuf al-Qaradawi to the United Arab Emirates", "handed over Alice Guo, a dismissed Philippine
// town mayor ..., to Philippine authorities". Handing someone over is judicial cooperation (063,
// extradition), with the state they go to as the target; the handing over of things (084,
// bodies, a town) keeps its code. Part of SentenceCoder (the sides of an event).
#include "extract/sentence_coder.h"

namespace tidings::extract {

size_t SentenceCoder::RecipientAfterPerson(size_t from, size_t limit) const {
  // The person: a name the dictionaries do not know (two capitalised words or more), or a person
  // they know, then "to" right after the name or after the appositive's comma.
  size_t capitalised_run = 0, longest_run = 0;
  bool person = false;
  for (size_t k = from; k + 1 < limit; ++k) {
    if (TokenFlags(k) & kClauseEnd) return std::string::npos;
    const Token& t = w_.tokens[k];
    if (int g = w_.group_starting_at[k]; g >= 0) {
      for (int m : w_.groups[g].members) person = person || w_.mentions[m].person;
    }
    bool name_word = t.is_word && t.capitalized && !InsideGroup(k);
    capitalised_run = name_word ? capitalised_run + 1 : (NameParticle(k) ? capitalised_run : 0);
    longest_run = std::max(longest_run, capitalised_run);
    if (!(TokenFlags(k) & kTo) || k == from) continue;
    const Token& before = w_.tokens[k - 1];
    bool after_name = (before.is_word && before.capitalized) || (TokenFlags(k - 1) & kComma);
    if (!after_name || (longest_run < 2 && !person)) continue;
    size_t r = k + 1;
    if (r < limit && Word(r) == d_.w_the) ++r;
    return r < limit && w_.group_starting_at[r] >= 0 ? r : std::string::npos;
  }
  return std::string::npos;
}

void SentenceCoder::AdjustForPersonHandedOver(size_t vi, std::string* code, int* tgt) const {
  const VerbHit& v = w_.verbs[vi];
  if (v.passive || (*code != "084" && *code != "0842")) return;
  if (d_.verbs.block(d_.verbs.form(v.form).block).name != "HAND_OVER") return;
  const size_t limit = std::min(w_.tokens.size(), v.end + 30);
  const size_t at = RecipientAfterPerson(v.end, limit);
  if (at == std::string::npos) return;
  const int recipient = w_.group_starting_at[at];
  const Mention& state = w_.mentions[w_.groups[recipient].members.front()];
  if (state.country.size() != 3 || state.country == "---") return;
  Note("    a person handed over to another state: judicial cooperation (063) with it\n");
  *code = "063";
  *tgt = recipient;
}

}  // namespace tidings::extract
