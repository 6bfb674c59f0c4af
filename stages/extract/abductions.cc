// Arrests and seizures by those with no power of arrest: gunmen, rebels, militants, gangs and
// pirates who detain people or seize a ship with its crew abduct or hijack them (CAMEO 181),
// where a state's police arrest (173) and confiscate (171). Part of SentenceCoder (the code
// once both sides are known).
#include <algorithm>
#include <iterator>

#include "extract/sentence_coder.h"
#include "extract/violence_codes.h"

namespace tidings::extract {

std::string SentenceCoder::AbductionCode(size_t vi, const std::string& code, int src, int tgt) const {
  if (src < 0 || !NonStateArmedActor(w_.mentions[w_.groups[src].members[0]].code)) return code;
  // ("Kurdish fighters captured an Islamic State commander": an enemy fighter is taken prisoner.)
  if (tgt >= 0 && ArmedSide(w_.mentions[w_.groups[tgt].members[0]].code)) return code;
  // "Houthis rounded up 13 U.N. staff", "gunmen detained two aid workers": no one's arrest.
  if (code == "173") {
    Note("    people detained by a non-state armed actor: abduction 181\n");
    return "181";
  }
  if (code != "171" && code != "1711") return code;
  // "pirates seized the bulk carrier and its 23 crew": a vessel taken with the people aboard is
  // hijacked; "seized six fishing trawlers" alone is property (1711).
  static constexpr std::string_view kAboard[] = {"CREW", "CREWS", "CREWMEN", "SAILORS", "PASSENGERS", "HOSTAGES"};
  for (size_t k = w_.verbs[vi].end, n = w_.tokens.size(); k < n && k < w_.verbs[vi].end + 14; ++k) {
    if ((TokenFlags(k) & kClauseEnd) || w_.verb_at[k] >= 0) break;
    if (std::find(std::begin(kAboard), std::end(kAboard), w_.tokens[k].upper) != std::end(kAboard)) {
      Note("    a vessel seized with its crew by a non-state armed actor: hijacking 181\n");
      return "181";
    }
  }
  return code;
}

}  // namespace tidings::extract
