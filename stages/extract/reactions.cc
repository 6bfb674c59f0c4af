// Reactions to an act of an earlier sentence: "Pakistan's army arrested two opposition leaders.
// Brazil's foreign ministry condemned the arrest." The act named by its noun ("the arrest",
// "the proposal", "the move") was done by the source of an event already coded in the
// article, and that source is what the reaction is about; so is the accuser a denial answers
// ("denied the charge") and the side a threat with no one named answers. Part of
// SentenceCoder.
#include <algorithm>
#include <array>

#include "extract/sentence_coder.h"
#include "extract/sentence_extras.h"

namespace tidings::extract {

namespace {
// The nouns a denial answers: "denied the charge", "rejected the Indian army's claims".
constexpr std::string_view kCharges[] = {"CHARGE",      "CHARGES",     "ACCUSATION", "ACCUSATIONS",
                                         "ALLEGATION", "ALLEGATIONS", "CLAIM",      "CLAIMS"};
// Nouns of a deed done, not of words said: "the move", "the decision".
bool DeedNoun(std::string_view upper) {
  return upper == "MOVE" || upper == "DECISION" || upper == "STEP" || upper == "ACTION" || upper == "MEASURE" ||
         upper == "MEASURES";
}
}  // namespace

size_t SentenceCoder::ActNounAfter(size_t vi) const {
  // "the arrest", "this week's raid", "the surprise move", "the Chinese drills" are not: a
  // capitalised word is an actor or a name, whose group the verb would have found.
  size_t n = w_.tokens.size(), k = w_.verbs[vi].end;
  // ("protested against the attack", "protested over the arrest": past the preposition.)
  if (k + 1 < n && (w_.tokens[k].upper == "AGAINST" || w_.tokens[k].upper == "OVER")) ++k;
  // ("her criticism": a possessive names the one who did it, whom the earlier act names too.)
  if (k >= n || !(TokenFlags(k) & (kDet | kPossPron)) || w_.tokens[k].upper == "A" || w_.tokens[k].upper == "AN")
    return n;
  for (size_t j = k + 1; j < n && j <= k + 3; ++j) {
    if (std::string_view roots; ActNounRoots(w_.tokens[j].upper, &roots)) {
      // "the arrest of two activists" is answered; "the plan to ..." names an act to come.
      if (j + 1 < n && (TokenFlags(j + 1) & kTo)) return n;
      return j;
    }
    if (!w_.tokens[j].is_word || w_.tokens[j].capitalized || (TokenFlags(j) & (kVerbForm | kPrep | kCoord))) break;
  }
  return n;
}

int SentenceCoder::AnsweredSide(const ArticleContext::PastAct* act, int src, size_t at) {
  if (act == nullptr || src < 0) return -1;
  const KnownActor& actor = act->source;
  const Mention& reactor = w_.mentions[w_.groups[src].members.front()];
  // A threat answers another country's act, not its own side's.
  if (actor.code == reactor.code || actor.country == reactor.country) return -1;
  return GroupOfEarlierActor(actor, at, "who did the act it answers, in an earlier sentence");
}

int SentenceCoder::ThreatAnswersLastAct(size_t vi, int src) {
  // "Sudan called the decision unjustified and said it would respond in kind": a threat with
  // no one named answers the last hostile act of another side in the article.
  if (src < 0 || ctx_.acts.empty()) return -1;
  return AnsweredSide(ctx_.LastAct("1011121314151617181920"), src, w_.verbs[vi].head);
}

int SentenceCoder::ActAnswered(size_t vi, int src) {
  // "Brazil condemned the arrest", "The general rejected the proposal": the source of the
  // latest earlier act the noun can name, when it is another side.
  if (src < 0 || ctx_.acts.empty()) return -1;
  size_t k = ActNounAfter(vi);
  if (k >= w_.tokens.size()) return -1;
  std::string_view roots;
  ActNounRoots(w_.tokens[k].upper, &roots);
  // "Russia expelled ten diplomats. Poland condemned the move. Lithuania also criticised the
  // decision": a deed's noun names no reaction (Lithuania's decision is Russia's).
  const ArticleContext::PastAct* act = ctx_.LastAct(roots, DeedNoun(w_.tokens[k].upper));
  if (act == nullptr) return -1;
  const Mention& reactor = w_.mentions[w_.groups[src].members.front()];
  // One's own act is not answered; two parts of one state ("the army", "the government") are
  // one side, but its opposition may condemn its police.
  auto own = [&](const KnownActor& actor) {
    return actor.code == reactor.code ||
           (actor.country == reactor.country && StateOrItsOrgan(actor.code) && StateOrItsOrgan(reactor.code));
  };
  if (own(act->source)) return -1;
  return GroupOfActSources(*act, k, own, "who did the act it answers, in an earlier sentence");
}

int SentenceCoder::GroupOfActSources(const ArticleContext::PastAct& act, size_t at,
                                     const std::function<bool(const KnownActor&)>& own, const char* how) {
  // "U.S. and British warplanes struck ... Oman criticised the strikes": the act's sources
  // coded together (ArticleContext::ActSides) all answer for it.
  std::array<const ArticleContext::PastAct*, 4> sides;
  size_t count = ctx_.ActSides(act, &sides);
  int g = GroupOfEarlierActor(act.source, at, how);
  w_.mentions[w_.groups[g].members.front()].answers = true;
  for (size_t k = 1; k < count; ++k) {
    if (own(sides[k]->source)) continue;
    int extra = GroupOfEarlierActor(sides[k]->source, at, how);
    int m = w_.groups[extra].members.front();
    w_.mentions[m].answers = true;
    w_.groups.pop_back();
    w_.groups[g].members.push_back(m);
  }
  return g;
}

bool SentenceCoder::ShowOfForce(size_t vi, int* shown_to, bool* exercise) const {
  // "fired missiles into the sea ... in a show of force against South Korea": force displayed,
  // not used on anyone. The phrase may stand anywhere later in the clause. So is force used
  // "in a joint amphibious landing exercise" (*exercise: then no one is its target but whom
  // the exercise is against).
  const VerbHit& v = w_.verbs[vi];
  size_t n = w_.tokens.size();
  auto word = [&](size_t k) { return k < n ? w_.tokens[k].upper : std::string_view(); };
  auto drill = [&](std::string_view w) {
    return w == "EXERCISE" || w == "EXERCISES" || w == "DRILL" || w == "DRILLS" || w == "WARGAMES" || w == "MANOEUVRES" ||
           w == "MANEUVERS";
  };
  *exercise = false;
  for (size_t k = v.end; k + 2 < n && k < v.end + PatternMatcher::kLowerReach; ++k) {
    if (TokenFlags(k) & kClauseEnd) return false;
    size_t after = 0;
    if (word(k) == "IN" && (word(k + 1) == "A" || word(k + 1) == "AN" || word(k + 1) == "THEIR")) {
      for (size_t q = k + 2; q < n && q < k + 8 && !(TokenFlags(q) & (kComma | kClauseEnd)); ++q) {
        if (drill(word(q)) && word(q + 1) != "LIKE") {  // ("a drill-like operation" is none)
          after = q + 1;
          *exercise = true;
          break;
        }
      }
    } else if ((word(k) == "SHOW" || word(k) == "DISPLAY") && word(k + 1) == "OF") {
      size_t q = word(k + 2) == "MILITARY" ? k + 3 : k + 2;
      if (word(q) == "FORCE" || word(q) == "STRENGTH" || word(q) == "MIGHT") after = q + 1;
    } else if (word(k) == "INTO" && word(k + 1) == "THE" &&
               (word(k + 2) == "SEA" || word(k + 2) == "WATER" || word(k + 2) == "WATERS" || word(k + 2) == "OCEAN")) {
      after = k + 3;
    }
    if (after == 0) continue;
    *shown_to = AimOfAShow(after);
    return true;
  }
  return false;
}

int SentenceCoder::AimOfAShow(size_t after) const {
  // "... against South Korea", "aimed at Japan", "close to Alaska", "less than 100 miles from
  // Florida": whom a show of force is aimed at or near (a port it sails into only hosts it).
  size_t n = w_.tokens.size();
  for (size_t k = after; k + 1 < n && k < after + 8; ++k) {
    if ((TokenFlags(k) & (kComma | kClauseEnd)) || w_.tokens[k].upper == "BY") break;
    std::string_view w = w_.tokens[k].upper;
    if (!(w == "AGAINST" || w == "AT" || w == "TOWARD" || w == "TOWARDS" || w == "TO" || w == "NEAR" || w == "FROM" ||
          w == "OFF"))
      continue;
    size_t q = Word(k + 1) == d_.w_the ? k + 2 : k + 1;
    if (q < n && w_.group_starting_at[q] >= 0) return w_.group_starting_at[q];
  }
  return -1;
}

void SentenceCoder::EmitJointShowOfForce(size_t vi, int src, const std::string& code, int tgt,
                                         const std::string& pattern, std::vector<RawEvent>* events) {
  // (Only flights and voyages: joint drills or border patrols near a third state are
  // cooperation alone.)
  if (code != "062" || tgt != kEachOther || src < 0) return;
  if (d_.verbs.block(d_.verbs.form(w_.verbs[vi].form).block).name != "SAIL") return;
  int near = PostureToward(vi, src, std::min(w_.tokens.size(), w_.verbs[vi].end + PatternMatcher::kLowerReach));
  if (near < 0 || w_.groups[near].members.size() != 1) return;
  const std::string& third = w_.mentions[w_.groups[near].members.front()].country;
  if (!d_.gazetteer.IsCountry(third)) return;
  for (int m : w_.groups[src].members)
    if (w_.mentions[m].country == third) return;
  Note("    a joint flight or voyage near a third state also shows it their force: 150\n");
  Emit(src, near, "150", pattern, vi, events, false);
}

int SentenceCoder::ClaimantOfThePlace(size_t vi, int src) const {
  // "staged drills around three Gulf islands that are also claimed by the UAE", "in waters
  // also claimed by the Philippines", "..., which the UAE also claims": a show of force where
  // another state claims the place is aimed at that state.
  if (src < 0) return -1;
  size_t n = w_.tokens.size();
  auto state = [&](int g) {
    if (g < 0 || g == src || SameCountry(src, g) || w_.groups[g].members.size() != 1) return false;
    const Mention& m = w_.mentions[w_.groups[g].members.front()];
    return d_.gazetteer.IsCountry(m.country) && (m.code.size() == 3 || m.code.compare(3, 3, "GOV") == 0);
  };
  for (size_t k = w_.verbs[vi].end; k < n && k < w_.verbs[vi].end + 30; ++k) {
    std::string_view u = w_.tokens[k].upper;
    if (TokenFlags(k) & kClauseEnd) break;
    if (u == "CLAIMED" && k + 1 < n && w_.tokens[k + 1].upper == "BY") {
      size_t q = k + 2;
      if (q < n && Word(q) == d_.w_the) ++q;
      if (q < n && state(w_.group_starting_at[q])) return w_.group_starting_at[q];
    }
    if (u != "CLAIM" && u != "CLAIMS") continue;
    // "which the UAE (also) claims", "that Greece claims": the state just before.
    size_t b = k;
    if (b > 0 && w_.tokens[b - 1].upper == "ALSO") --b;
    if (b > 0 && state(w_.group_ending_at[b])) return w_.group_ending_at[b];
  }
  return -1;
}

int SentenceCoder::TargetOfCoercion(size_t vi, const std::string& code, int src, size_t limit) {
  // TargetNamedElsewhere's property destroyed, crowds repressed and fugitives extradited.
  int tgt = -1;
  if (code == "1712") tgt = OwnersOfPropertyDestroyed(vi, src, limit);
  if (code == "063" && (tgt = ReceivingState(vi, src)) >= 0)
    Note("    extradited past an appositive: to the state named after 'to'\n");
  if (code.compare(0, 3, "175") == 0 && (tgt = CrowdRepressed(src)) >= 0)
    Note("    tear gas fired at no one named: at the sentence's protesters\n");
  if (code == "042" && (tgt = CityVisited(vi, src)) >= 0) Note("    a visit to a city of another country: to that country\n");
  return tgt;
}

int SentenceCoder::HolderOfTheReleased(size_t vi, const std::string& code, int src, int tgt) const {
  // "demanded the release of activists detained by Israel", "called for the release of two
  // Canadians held in China": a release is asked of whoever holds them, named after the
  // participle of holding (VerbFinder::HeldForRelease), not of the people to be freed.
  if (code != "1053" && code != "0253") return -1;
  const size_t end = w_.verbs[vi].end;
  for (size_t vj = vi + 1; vj < w_.verbs.size(); ++vj) {
    const VerbHit& h = w_.verbs[vj];
    if (h.begin > end + 14) break;
    if (!h.background || h.infinitive) continue;
    size_t k = h.end;
    if (k < w_.tokens.size() && w_.tokens[k].upper == "HOSTAGE") ++k;  // "held hostage by Hamas"
    const bool by = k + 1 < w_.tokens.size() && w_.tokens[k].upper == "BY";
    if (k + 1 >= w_.tokens.size() || (!by && w_.tokens[k].upper != "IN")) return -1;
    if (Word(k + 1) == d_.w_the) ++k;
    int holder = w_.group_starting_at[k + 1];
    // (The people to be freed, after "release" or "free", or none, give way; an addressee named
    // before it stays: "asked Argentina to free 11 drivers held in Formosa province".)
    size_t r = h.begin;
    while (r > end && w_.tokens[r - 1].upper != "RELEASE" && w_.tokens[r - 1].upper != "FREE") --r;
    bool freed = tgt < 0 || SameCountry(src, tgt) || static_cast<size_t>(w_.groups[tgt].begin) >= r;
    // (A place a state's people are held in names that state: "held in Tehran's Evin prison".)
    if (holder < 0 || holder == src || !freed || SameCountry(src, holder) || (!by && !StateActor(holder))) return -1;
    Note("    a release asked for people held by or in another: the holder is the target\n");
    return holder;
  }
  return -1;
}

int SentenceCoder::AttackAnswered(size_t vi, int src, size_t limit) const {
  // "vowed to retaliate after Indian strikes killed 26 people", "vowed revenge for Israel's
  // attack on its consulate": a threat with no one named answers the attack its "after",
  // "for" or "over" phrase names, and is aimed at whoever made it.
  static constexpr std::string_view kAttacks[] = {"'S", "STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES", "AIR", "ATTACK",
                                                  "ATTACKS", "RAID", "RAIDS", "SHELLING", "BOMBING", "KILLING", "ASSAULT",
                                                  "MISSILE", "MISSILES", "DRONE", "DRONES", "INCURSION", "AGGRESSION"};
  for (size_t k = w_.verbs[vi].end; k + 2 < limit; ++k) {
    if (TokenFlags(k) & (kClauseEnd | kComma)) return -1;
    std::string_view u = w_.tokens[k].upper;
    if (u != "AFTER" && u != "FOR" && u != "OVER") continue;
    size_t q = k + 1;
    if (Word(q) == d_.w_the) ++q;
    int g = w_.group_starting_at[q];
    if (g < 0 || g == src || SameCountry(g, src) || !StateOrItsOrgan(w_.mentions[w_.groups[g].members[0]].code)) return -1;
    size_t e = w_.groups[g].end;
    bool attack = e < w_.tokens.size() &&
                  (w_.verb_at[e] >= 0 || std::find(std::begin(kAttacks), std::end(kAttacks), w_.tokens[e].upper) != std::end(kAttacks));
    return attack ? g : -1;
  }
  return -1;
}

int SentenceCoder::CityVisited(size_t vi, int src) {
  // "visited Lviv on Monday", "arrived in Karachi for talks", "flew to Banja Luka": a visit to a
  // city of another country, named right after the verb ("... the city of"), is to that country.
  // Only a government's or a parliament's: troops, refugees, pilgrims and teams are no visitors.
  if (src < 0) return -1;
  const std::string& visitor = w_.mentions[w_.groups[src].members.front()].code;
  if (visitor.size() < 6 || (visitor.compare(3, 3, "GOV") != 0 && visitor.compare(3, 3, "LEG") != 0)) return -1;
  size_t n = w_.tokens.size(), k = w_.verbs[vi].end;
  if (k + 3 < n && Word(k) == d_.w_the && (w_.tokens[k + 1].upper == "CITY" || w_.tokens[k + 1].upper == "TOWN") &&
      Word(k + 2) == d_.w_of)
    k += 3;
  if (k >= n || !w_.tokens[k].capitalized || w_.group_starting_at[k] >= 0) return -1;
  PhraseTrie::Match found = d_.gazetteer.trie().Longest(k, n, [&](size_t j) { return w_.tokens[j].word; });
  if (found.end == 0 || (found.end < n && w_.tokens[found.end].capitalized)) return -1;
  const Place& place = d_.gazetteer.place(found.value);
  if (place.kind == Place::kCountry || !d_.gazetteer.IsCountry(place.country) || d_.gazetteer.Contested(found.value))
    return -1;
  if (w_.mentions[w_.groups[src].members.front()].country == place.country) return -1;
  return GroupOfPlace(k, found.end, place);
}

int SentenceCoder::AimOfAWarning(size_t vi, int src) const {
  // "carried out combat readiness patrols ..., in what it called a warning to the Philippines":
  // a posture named a warning to a state is aimed at it.
  size_t n = w_.tokens.size();
  for (size_t k = w_.verbs[vi].end; k + 1 < n && k < w_.verbs[vi].end + 30; ++k) {
    if (TokenFlags(k) & kClauseEnd) break;
    if (w_.tokens[k].upper != "WARNING" || w_.tokens[k + 1].upper != "TO") continue;
    int g = AimOfAShow(k + 1);
    if (g >= 0 && g != src && StateActor(g) && !SameCountry(src, g)) return g;
  }
  return -1;
}

int SentenceCoder::ReceivingState(size_t vi, int src) const {
  // "extradited Jose Adolfo Macias, the gang leader known as 'Fito', to the United States": the
  // state after "to", past an appositive too long for the pattern, receives the extradited.
  size_t n = w_.tokens.size();
  for (size_t k = w_.verbs[vi].end; k + 1 < n && k < w_.verbs[vi].end + 24; ++k) {
    if (TokenFlags(k) & kClauseEnd) break;
    if (Word(k) != d_.w_to) continue;
    size_t q = k + 1;
    if (Word(q) == d_.w_the && q + 1 < n) ++q;
    int g = w_.group_starting_at[q];
    if (g >= 0 && g != src && StateActor(g) && (src < 0 || !SameCountry(src, g))) return g;
  }
  return -1;
}

bool SentenceCoder::RegionOnly(int g) const {
  // "staged exercises along the Caribbean coast", "drills in the Baltic": a world region
  // (CAMEO's CRB, BLK ...) is a place, no state a show of force is aimed at.
  for (int member : w_.groups[g].members) {
    const std::string& code = w_.mentions[member].code;
    if (code.size() != 3 || code == "---" || d_.gazetteer.IsCountry(code)) return false;
  }
  return true;
}

int SentenceCoder::PostureAgainstAThreat(size_t vi, int src) const {
  if (src < 0) return -1;
  // ("AHEAD": "ahead of an expected attack by X" names the state the posture is against.)
  // ("RESPONSE": "in response to what it called North Korea's provocations".)
  static constexpr std::string_view kReasons[] = {"AFTER",   "AS",   "AMID",  "SAYING", "CITING",  "FOLLOWING",
                                                  "FEARING", "OVER", "AHEAD", "RESPONSE"};
  size_t n = w_.tokens.size();
  size_t reason = n;
  for (size_t k = w_.verbs[vi].end; k < n && reason == n; ++k) {
    if (TokenFlags(k) & kClauseEnd) return -1;
    if (std::find(std::begin(kReasons), std::end(kReasons), w_.tokens[k].upper) != std::end(kReasons)) reason = k;
  }
  for (size_t k = reason + 1; k < n && k < reason + 16; ++k) {
    if (TokenFlags(k) & kClauseEnd) break;
    int g = w_.group_starting_at[k];
    if (g < 0 || g == src || SameCountry(src, g)) continue;
    // "the war in Gaza": a place, no state acting; but "a rise in Russian naval activity" names
    // the state by its adjective (no place of the gazetteer), whose act follows.
    if (NamedAsPlace(w_.groups[g].begin) && !DemonymOfAnAct(g)) continue;
    // "hours after two Swedish football fans were shot dead": the victims of the act the
    // posture answers are not whom it is taken against (forces are: "after Russian drones were
    // shot down over its territory").
    if (SubjectOfAPassive(g) && w_.mentions[w_.groups[g].members.front()].code.find("MIL", 3) == std::string::npos)
      continue;
    // States, their governments or their forces ("Turkey", "China's navy", "an Indian strike",
    // "as Russian and Belarusian troops began war games"), none of them the source's own.
    const std::string& own = w_.mentions[w_.groups[src].members.front()].country;
    bool states = true;
    for (int member : w_.groups[g].members) {
      const Mention& m = w_.mentions[member];
      std::string_view agent = m.code.size() >= 6 ? std::string_view(m.code).substr(3, 3) : std::string_view();
      states = states && d_.gazetteer.IsCountry(m.country) && m.country != own &&
               (agent.empty() || agent == "GOV" || agent == "MIL");
    }
    if (!states) continue;
    return g;
  }
  return -1;
}

int SentenceCoder::ProtestersPoliced(size_t vi, const std::string& code, int src) const {
  // "Riot police deployed in force outside parliament ahead of a rally by opposition
  // supporters": police massed or alerted (15) for protesters are against them, not the
  // building or city they guard.
  if (src < 0 || code.compare(0, 2, "15") != 0 || w_.groups[src].members.size() != 1) return -1;
  auto role = [&](int g) {
    const std::string& c = w_.mentions[w_.groups[g].members.front()].code;
    return c.size() == 6 ? std::string_view(c).substr(3) : std::string_view();
  };
  if (role(src) != "COP") return -1;
  for (size_t k = w_.verbs[vi].end; k < w_.tokens.size() && !(TokenFlags(k) & kClauseEnd); ++k) {
    int g = w_.group_starting_at[k];
    if (g < 0 || g == src || w_.groups[g].members.size() != 1 || role(g) != "OPP") continue;
    const std::string& a = w_.mentions[w_.groups[src].members.front()].country;
    const std::string& b = w_.mentions[w_.groups[g].members.front()].country;
    if (a != "---" && b != "---" && a != b) continue;
    Note("    police massed or alerted with protesters named: against them\n");
    return g;
  }
  return -1;
}

bool SentenceCoder::SubjectOfAPassive(int g) const {
  // The group and up to three plain words of its noun phrase ("Swedish | football fans"), then
  // "was" or "were" and a passive verb.
  size_t n = w_.tokens.size(), k = w_.groups[g].end;
  for (int words = 0; words < 3 && k < n && w_.tokens[k].is_word && !w_.tokens[k].capitalized &&
                      w_.verb_at[k] < 0 && !(TokenFlags(k) & (kBe | kPrep | kCoord | kComma | kClauseEnd | kVerbForm));
       ++words)
    ++k;
  if (k + 1 >= n || !(TokenFlags(k) & kBe)) return false;
  int v = w_.verb_at[k + 1];
  return v >= 0 && w_.verbs[v].passive;
}

bool SentenceCoder::DemonymOfAnAct(int g) const {
  const Group& group = w_.groups[g];
  size_t n = w_.tokens.size();
  if (group.end >= n || group.end != group.begin + 1 || !w_.tokens[group.end].is_word || w_.tokens[group.end].capitalized)
    return false;
  auto word_at = [&](size_t j) { return w_.tokens[j].word; };
  return d_.gazetteer.trie().Longest(group.begin, group.end, word_at).end != group.end;
}

int SentenceCoder::AccuserNamedWithTheCharge(size_t vi, int src) const {
  // "..., calling the Indian army's claims baseless", "rejected accusations by Kyiv": the one
  // whose charge the denial answers, named with it later in the sentence.
  size_t n = w_.tokens.size();
  for (size_t k = w_.verbs[vi].end; k < n && k < w_.verbs[vi].end + PatternMatcher::kLowerReach; ++k) {
    if (TokenFlags(k) & kClauseEnd) break;
    if (std::find(std::begin(kCharges), std::end(kCharges), w_.tokens[k].upper) == std::end(kCharges)) continue;
    int g = -1;
    if (k >= 1 && Word(k - 1) == d_.w_s) g = w_.group_ending_at[k - 1];
    if (g < 0 && k + 2 < n && (w_.tokens[k + 1].upper == "BY" || w_.tokens[k + 1].upper == "FROM"))
      g = w_.group_starting_at[Word(k + 2) == d_.w_the ? k + 3 : k + 2];
    if (g >= 0 && g != src && !SameCountry(src, g)) return g;
  }
  return -1;
}

int SentenceCoder::AccuserAnswered(size_t vi, int src) {
  // "Pakistan accused Kabul of harbouring militants. The Taliban government denied the
  // charge.": the one who accused, when the denier is of the country accused.
  if (src < 0) return -1;
  if (int named = AccuserNamedWithTheCharge(vi, src); named >= 0) return named;
  const ArticleContext::PastAct* charge = ctx_.LastAct("11");
  if (charge == nullptr) return -1;
  const KnownActor& accuser = charge->source;
  const std::string& denier = w_.mentions[w_.groups[src].members.front()].country;
  if (denier != charge->target_country || denier == accuser.country) return -1;
  size_t n = w_.tokens.size(), k = w_.verbs[vi].end;
  while (k < n && k < w_.verbs[vi].end + 3 && (TokenFlags(k) & (kDet | kPossPron | kAdverb))) ++k;
  if (k >= n) return -1;
  std::string_view noun = w_.tokens[k].upper;
  if (std::find(std::begin(kCharges), std::end(kCharges), noun) == std::end(kCharges)) return -1;
  auto own = [&](const KnownActor& a) { return a.country == denier; };
  return GroupOfActSources(*charge, k, own, "who made the charge, in an earlier sentence");
}

}  // namespace tidings::extract
