// ClauseRoles, once the object is found: the target moved past what only frames the act, per
// root (called by SentenceCoder). A protest's place ("rallied in Brussels against the EU"), an
// inquiry's victims (its target is the "by" author), a complaint's forum ("with the U.N.
// Security Council against Ethiopia's plan"), a reason's actor ("in response to ..."), and the
// pressure a refusal resists. Part of ClauseRoles (clauses.h); finding the object is in
// clauses.cc.
#include "extract/clauses.h"

namespace tidings::extract {

int ClauseRoles::BeyondProtestPlace(int place, size_t limit) const {
  // "marched through Tbilisi to demand the resignation of the Georgian government", "rallied
  // in Brussels against the EU": a protest's place is its target only when nothing else is.
  if (!AfterPlaceWord(w_.groups[place])) return place;
  bool past_purpose = false;
  for (size_t k = w_.groups[place].end; k < limit; ++k) {
    uint64_t f = TokenFlags(k);
    if ((f & kClauseEnd) || ((f & kComma) && !InListOfThings(k))) break;
    if (!past_purpose && (f & kTo) && k + 1 < limit && w_.verb_at[k + 1] >= 0) {
      past_purpose = true;  // the protest's purpose: "to demand ...", "to protest against ..."
      k = w_.verbs[w_.verb_at[k + 1]].end - 1;
      continue;
    }
    if (w_.verb_at[k] >= 0 || AdjunctOpening(k)) break;
    int g = w_.group_starting_at[k];
    if (g >= 0 && !AfterPlaceWord(w_.groups[g]) && !IsRegion(w_.groups[g])) return g;
  }
  return place;
}

int ClauseRoles::AuthorInInquiry(int g, size_t limit) const {
  // "an investigation into the killing of protesters by Iranian security forces": whom an
  // inquiry is into is the "by" author of what it investigates, not its victims.
  for (size_t k = w_.groups[g].end; k + 1 < limit; ++k) {
    uint64_t f = TokenFlags(k);
    if ((f & (kClauseEnd | kComma)) || w_.verb_at[k] >= 0) break;
    if (!(f & kBy)) continue;
    size_t b = k + 1;
    while (b < limit && (TokenFlags(b) & kDet)) ++b;
    if (w_.group_starting_at[b] >= 0) return w_.group_starting_at[b];
  }
  return g;
}

int ClauseRoles::BeyondTheForum(int g, size_t limit) const {
  // "filed a complaint with the U.N. Security Council against Ethiopia's plan": a complaint's
  // forum (an international body) is where it is lodged, the party after "against" its target
  // (or after "over": "with the U.N. Security Council over Israel's use of Iraqi airspace").
  if (!w_.mentions[w_.groups[g].members.front()].code.starts_with("IGO")) return g;
  for (size_t k = w_.groups[g].end; k + 1 < limit; ++k) {
    uint64_t f = TokenFlags(k);
    if ((f & kClauseEnd) || w_.verb_at[k] >= 0) break;
    if (w_.tokens[k].upper != "AGAINST" && w_.tokens[k].upper != "OVER") continue;
    size_t q = k + 1;
    while (q < limit && (TokenFlags(q) & kDet)) ++q;
    int other = q < limit ? w_.group_starting_at[q] : -1;
    return other >= 0 ? other : g;
  }
  return g;
}

bool ClauseRoles::InAReason(size_t vi, int g) const {
  // "in response to", "after", "following", "amid": the group is the reason's, between the verb
  // and it.
  for (size_t k = w_.verbs[vi].end; k < w_.groups[g].begin; ++k) {
    std::string_view u = w_.tokens[k].upper;
    if (u == "AFTER" || u == "FOLLOWING" || u == "AMID") return true;
    if (u == "RESPONSE" && k > 0 && w_.tokens[k - 1].upper == "IN") return true;
  }
  return false;
}

int ClauseRoles::PressureResisted(size_t vi, size_t limit, int tgt) const {
  // "refused to impose sanctions on Russia despite mounting pressure from the European Union",
  // "will not arrest Putin despite an International Criminal Court warrant": a refusal is of
  // whom it resists.
  size_t n = std::min(limit + 8, w_.tokens.size());
  for (size_t k = w_.verbs[vi].end; k < n; ++k) {
    if (TokenFlags(k) & kClauseEnd) return tgt;
    if (w_.tokens[k].upper != "DESPITE") continue;
    for (size_t q = k + 1; q < n && q < k + 7; ++q) {
      if (TokenFlags(q) & (kComma | kClauseEnd)) break;
      int g = w_.group_starting_at[q];
      if (g >= 0) return g;
    }
    return tgt;
  }
  return tgt;
}

}  // namespace tidings::extract
