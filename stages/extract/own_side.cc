// The source's own side as the object of its act: "withdrew its ambassador from Israel",
// "pulling its police officers out of Haiti", "send American forces into Nigeria". The
// diplomats, troops or citizens a state sends, recalls or withdraws are its own: the act is
// towards the country they go to or leave. Part of SentenceCoder (target selection).
#include <algorithm>

#include "extract/sentence_coder.h"

namespace tidings::extract {

int SentenceCoder::CountryItsOwnSideGoesTo(int src, int tgt, const std::string& code) const {
  size_t n = w_.tokens.size();
  // (The source again, "takes him to Tuvalu", is no act on anyone.)
  const Mention& own = w_.mentions[w_.groups[tgt].members.front()];
  if (own.resolved && own.code == w_.mentions[w_.groups[src].members.front()].code && !(TokenFlags(own.begin) & kPossPron))
    return -1;
  // A reduction of relations (recalling, or threatening or considering to recall, an envoy)
  // also names where the diplomat serves: "withdrew its ambassador in Caracas".
  bool reduces = code.compare(0, 2, "16") == 0 || code == "014" || code.compare(0, 2, "13") == 0;
  // So does where a force is kept or stationed, for a promise, aid, concession or show of force
  // about it: "pledged to keep its troops in Somalia".
  std::string_view root = std::string_view(code).substr(0, 2);
  if ((root == "03" || root == "07" || root == "08" || root == "15") && own.code.ends_with("MIL")) reduces = true;
  size_t e = w_.groups[tgt].end;
  std::string_view last = w_.tokens[e - 1].upper;
  auto place_word = [&](std::string_view w) { return w == "TO" || w == "FROM" || w == "INTO" || (reduces && w == "IN"); };
  if (e < n && !place_word(last)) {
    // "pulling its troops back from", "pulling its police officers out of".
    if (w_.tokens[e].upper == "BACK" && e + 1 < n && (w_.tokens[e + 1].upper == "TO" || w_.tokens[e + 1].upper == "FROM"))
      ++e;
    last = w_.tokens[e].upper;
    ++e;
    if (last == "OUT" && e < n && w_.tokens[e].upper == "OF") {
      last = "FROM";
      ++e;
    }
  }
  if (!place_word(last)) return -1;
  if (e < n && Word(e) == d_.w_the) ++e;
  int host = e < n ? w_.group_starting_at[e] : -1;
  if (host < 0 || SameCountry(src, host) || Unowned(host)) return -1;
  return host;
}

bool SentenceCoder::PurposeCodesItself(size_t vi, int src) const {
  // A purpose clause after a protest says what it is against ("occupied buildings to protest
  // against the government"): it codes itself. One whose verb codes only by its patterns ("called
  // a general strike to press the government over its budget") leaves the protest its own; so
  // does a demand that names no one ("began a hunger strike to demand his release": a detainee's
  // protest is against the government holding him).
  if (vi + 1 >= w_.verbs.size() || !w_.verbs[vi + 1].infinitive || w_.verbs[vi + 1].begin > w_.verbs[vi].end + 10)
    return false;
  const std::string& code = d_.verbs.block(d_.verbs.form(w_.verbs[vi + 1].form).block).code.active;
  if (code == "---" || code.empty()) return false;
  if (code.compare(0, 2, "10") != 0) return true;
  bool embedded = false;
  size_t limit = std::min(w_.tokens.size(), w_.verbs[vi + 1].end + PatternMatcher::kLowerReach);
  int tgt = roles_.ObjectOf(vi + 1, limit, src, &embedded);
  return embedded || (tgt >= 0 && tgt != src);
}

}  // namespace tidings::extract
