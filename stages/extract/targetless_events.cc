// Events with no target: a state's posture of its own forces that no other party is named in
// ("Mozambique's police put all their units on maximum alert", "the army cancelled all leave
// for its soldiers", "German police stepped up security at Christmas markets"). Hand coders
// and PETRARCH code them with an absent target ("MOZCOP 151 -"). The sentence coder proposes
// them (EmitOwnPostureWithoutTarget); the event coder keeps them only once the source has its
// country and every actor of the sentence is that state's own (TargetlessEventHolds).
#include <algorithm>
#include <string_view>

#include "extract/sentence_coder.h"
#include "extract/sentence_extras.h"

namespace tidings::extract {

namespace {

// A state or its organs that hold forces or police: "Kenya", "KENGOV", "DEUCOP", "SWESPY".
bool StateWithForces(const Mention& m) {
  static constexpr std::string_view kOrgans[] = {"GOV", "MIL", "COP", "SPY"};
  if (m.code.size() == 3) return m.code != "---";
  if (m.code.size() != 6) return false;
  std::string_view role = std::string_view(m.code).substr(3, 3);
  return std::find(std::begin(kOrgans), std::end(kOrgans), role) != std::end(kOrgans);
}

}  // namespace

bool SentenceCoder::EmitOwnPostureWithoutTarget(size_t vi, int src, const std::string& code, bool pattern_matched,
                                                std::vector<RawEvent>* events) {
  const VerbHit& v = w_.verbs[vi];
  // Only a reported act of the source itself: not "plans to deploy", not "was put on alert by".
  // And only a pattern's posture ("put ... on maximum alert"), not a verb's own code: "a Chilean
  // army patrol was ambushed" has no act of patrolling.
  // Not troops moved at home (154): as often relief as force ("rushed soldiers onto the island
  // after a storm cut power").
  if (code.size() != 3 || code.compare(0, 2, "15") != 0 || code == "154" || v.infinitive || v.passive || src < 0 ||
      !pattern_matched)
    return false;
  for (int s : w_.groups[src].members) {
    if (!StateWithForces(w_.mentions[s])) return false;
  }
  std::string verb(TextOf(v.begin, v.end));
  for (int s : w_.groups[src].members) {
    bool seen = std::any_of(events->begin(), events->end(), [&](const RawEvent& e) {
      return e.target < 0 && e.source >= 0 && w_.mentions[e.source].code == w_.mentions[s].code && e.code == code;
    });
    if (!seen) events->push_back(RawEvent{s, -1, code, "posture of its own forces: " + code, verb, v.head});
  }
  // (Not marked emitted: the event coder may still drop it, and what follows is coded as before.)
  Note("    a posture of its own forces, no other party: no target\n");
  return true;
}

// Protests a posture is aimed at ("ahead of a planned opposition rally", "before opposition
// marches"): their organisers are its target, whom hand coders name (KENOPP) even unnamed. And
// forces readied for a disaster ("on high alert after floods cut off three towns") are relief,
// no show of force.
bool ReadiedForProtestsOrDisaster(const SentenceWork& w) {
  static constexpr std::string_view kWords[] = {
      "PROTEST",    "PROTESTS", "PROTESTERS", "RALLY",     "RALLIES",    "MARCHES",   "MARCHERS",  "DEMONSTRATION",
      "DEMONSTRATIONS", "DEMONSTRATORS", "OPPOSITION", "UNREST", "FLOOD", "FLOODS", "FLOODING", "STORM", "STORMS",
      "HURRICANE",  "CYCLONE",  "TYPHOON",    "EARTHQUAKE", "QUAKE",    "TSUNAMI",   "WILDFIRE",  "WILDFIRES",
      "LANDSLIDE",  "LANDSLIDES", "ERUPTION", "VOLCANO",   "DROUGHT",    "HEATWAVE",  "BLIZZARD",  "RAINS"};
  for (const Token& t : w.tokens) {
    if (std::find(std::begin(kWords), std::end(kWords), t.upper) != std::end(kWords)) return true;
    if (t.upper == "MARCH" && !t.capitalized) return true;  // (not the month)
  }
  return false;
}

bool TargetlessEventHolds(const SentenceWork& w, const Mention& source, const Place* place) {
  if (source.country == "---" || !StateWithForces(source) || ReadiedForProtestsOrDisaster(w)) return false;
  // Inside its own territory: "deployed troops to Mali" or "near the border with Kosovo" is
  // aimed at the other country (coded with it as target or not at all).
  if (place != nullptr && place->country != source.country) return false;
  // Nor is any other party named: an opposition, protesters or gunmen the posture may be aimed
  // at ("went on high alert ahead of a planned opposition rally"), another country's forces.
  // The sentence's actors are the state's own forces and organs only (with no country of their
  // own, "put police on maximum alert", "put officers on high alert", they are its own).
  // (Those named only as the victims of what the posture answers do not count: "ahead of a
  // transport strike over extortion killings of bus drivers".)
  for (const Mention& m : w.mentions) {
    const bool victims_of = m.begin >= 2 && w.tokens[m.begin - 1].upper == "OF" &&
                            (w.tokens[m.begin - 2].upper.starts_with("KILLING") ||
                             w.tokens[m.begin - 2].upper.starts_with("MURDER") ||
                             w.tokens[m.begin - 2].upper.starts_with("DEATH"));
    if (victims_of && m.country == source.country) continue;
    if ((m.country != source.country && m.country != "---") || !StateWithForces(m)) return false;
  }
  return true;
}

}  // namespace tidings::extract
