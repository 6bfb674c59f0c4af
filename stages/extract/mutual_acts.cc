// Compound subjects acting on each other: which acts two sides do together ("Turkey and Russia
// signed", "India and Pakistan accused each other") and which they do to someone else
// ("Britain and France condemned", "pledged military aid"). Part of SentenceCoder
// (sentence_coder.h).
#include <algorithm>
#include <iterator>
#include <string_view>

#include "extract/sentence_coder.h"

namespace tidings::extract {

bool SentenceCoder::ActsOnEachOther(size_t vi, int src, const PatternSlots& slots, const std::string& code) const {
  if (w_.groups[src].members.size() < 2) return false;
  // "India and Pakistan accused each other of ...": said outright, whatever the act.
  const size_t e = w_.verbs[vi].end;
  if (e + 1 < w_.tokens.size() && ((w_.tokens[e].upper == "EACH" && w_.tokens[e + 1].upper == "OTHER") ||
                                   (w_.tokens[e].upper == "ONE" && w_.tokens[e + 1].upper == "ANOTHER")))
    return true;
  if (slots.source == src && slots.compound < 0) return false;
  // Mediators named as a passive's agents ("talks mediated by Turkey and Qatar") mediate between
  // others, never each other.
  if (code == "045" && w_.verbs[vi].passive) return false;
  // Only acts two sides do together are mutual: meeting, agreeing, cooperating, cutting ties,
  // fighting ("Turkey and Russia signed"). "Britain and France condemned" or "imposed
  // sanctions" act on someone else.
  std::string_view root = std::string_view(code).substr(0, 2);
  // (And a brawl: "Indian and Chinese soldiers brawled with clubs".)
  const VerbHit& hit = w_.verbs[vi];
  bool brawl = hit.form >= 0 && d_.verbs.block(d_.verbs.form(hit.form).block).name == "BRAWL";
  if (!(root == "03" || root == "04" || root == "05" || root == "06" || root == "08" || root == "16" ||
        root == "19" || brawl))
    return false;
  // (Nor aid, reform, yielding or mediation promised, for a third party or themselves, unless
  // said to be mutual: "pledged military aid", but "pledged to come to each other's aid".)
  std::string_view sub = std::string_view(code).substr(0, 3);
  if (sub == "033" || sub == "034" || sub == "035" || sub == "038" || sub == "039") return SaysEachOther(e);
  // The agents of a passive act together on its subject unless they meet or agree ("a treaty
  // signed by A and B"): "a proposal submitted by Egypt and Qatar", "sanctions imposed by the
  // US and the EU", "a town shelled by A and B" are no acts of one on the other.
  const VerbHit& v = w_.verbs[vi];
  if (v.passive && root != "03" && root != "04" && root != "05") return false;
  // "waged war on history", "fought against corruption": force aimed at what follows is not
  // aimed at each other.
  // (Not a time or a place: "clashed on Wednesday", "clashed on the border".)
  if (root == "19" && e + 1 < w_.tokens.size() && (w_.tokens[e].upper == "ON" || w_.tokens[e].upper == "AGAINST") &&
      w_.tokens[e + 1].is_word && !w_.tokens[e + 1].capitalized && !(TokenFlags(e + 1) & (kDet | kCalendar)))
    return false;
  // (Nor "were needed to fight smuggling": a plain noun right after an infinitive.)
  if (root == "19" && w_.verbs[vi].infinitive && ForceOnAThing(e)) return false;
  // A gerund that borrows its subject ("..., especially by promoting biofuels") describes how
  // the main act is done: the compound acts together, not on each other.
  // A participle opening a clause of its own after a comma (", agreeing to set up a hotline")
  // is another act of the compound: on each other as the main one.
  return v.finite || d_.verbs.form(v.form).inflection != VerbForm::kGerund ||
         (v.begin > 0 && (TokenFlags(v.begin - 1) & kComma));
}

bool SentenceCoder::PlaceOfAMutualFight(size_t vi, int src, int tgt, const PatternSlots& slots,
                                        const std::string& code) const {
  // "Kosovo police and gunmen exchanged fire for hours around a Serbian Orthodox monastery":
  // what a fight between two sides happens around, near or in is where, not whom.
  if (code.compare(0, 2, "19") != 0 || w_.groups[src].members.size() < 2) return false;
  // (Only with no object of its own: "struck Houthi targets in Yemen" strikes Yemen.)
  const size_t e = w_.verbs[vi].end;
  if (e >= w_.tokens.size() || !(TokenFlags(e) & (kPrep | kPlaceIntro))) return false;
  static constexpr std::string_view kWhere[] = {"AROUND", "NEAR", "IN", "OUTSIDE", "INSIDE", "ACROSS", "THROUGH"};
  bool placed = false;
  for (size_t k = e; k < w_.groups[tgt].begin; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
    if (std::find(std::begin(kWhere), std::end(kWhere), w_.tokens[k].upper) != std::end(kWhere)) placed = true;
  }
  return placed && ActsOnEachOther(vi, src, slots, code);
}

bool SentenceCoder::CountrylessObjectOfAMutualAct(size_t vi, int src, int tgt, const PatternSlots& slots,
                                                  const std::string& code) const {
  // Only cooperation (04-06): "agreed to restore relations and exchange new ambassadors".
  std::string_view root = std::string_view(code).substr(0, 2);
  if (src < 0 || w_.groups[src].members.size() < 2 || slots.target == tgt || !(root == "04" || root == "05" || root == "06"))
    return false;
  for (int m : w_.groups[tgt].members)
    if (w_.mentions[m].country != "---") return false;
  return ActsOnEachOther(vi, src, slots, code);
}

bool SentenceCoder::WithBefore(size_t b) const {
  // "with missile boats, drones and commandos": "with" opens the list the group ends.
  for (size_t k = b; k > 0 && k + 5 > b; --k) {
    if (w_.tokens[k - 1].upper == "WITH") return true;
    if (w_.group_ending_at[k] >= 0 && k != b) return false;
  }
  return false;
}

bool SentenceCoder::SaysEachOther(size_t from) const {
  for (size_t k = from; k + 1 < w_.tokens.size() && k < from + 10 && !(TokenFlags(k) & kClauseEnd); ++k) {
    std::string_view a = w_.tokens[k].upper, b = w_.tokens[k + 1].upper;
    if ((a == "EACH" && b == "OTHER") || (a == "ONE" && b == "ANOTHER") || a == "MUTUAL") return true;
  }
  return false;
}

bool SentenceCoder::ForceOnAThing(size_t k) const {
  if (k >= w_.tokens.size()) return false;
  const Token& t = w_.tokens[k];
  static constexpr std::string_view kParticles[] = {"BACK", "OVER", "OUT", "UP", "ON", "OFF", "AGAIN", "TOGETHER",
                                                    "OVERNIGHT", "HARD", "ALONGSIDE"};
  return t.is_word && !t.capitalized && !t.is_number && w_.group_starting_at[k] < 0 && w_.verb_at[k] < 0 &&
         !(TokenFlags(k) & (kDet | kPrep | kAdverb | kCalendar | kComma | kClauseEnd | kCoord | kTo | kBe | kAux | kModal |
                            kQuantity | kPossPron | kPersonPron | kThingPron | kGroupPron | kReflexive)) &&
         std::find(std::begin(kParticles), std::end(kParticles), t.upper) == std::end(kParticles);
}

}  // namespace tidings::extract
