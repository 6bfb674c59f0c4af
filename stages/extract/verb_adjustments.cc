// CodeVerb's adjustments of an event once its pattern and sides are known (a statement that
// is a demand: fronted_demands.cc): a killing by fighting between two sides is their fight,
// forces of several countries exercising together cooperate, an act said to be done later is an intent, a target named
// elsewhere in the sentence, and the context (a reversed code, a state protesting, a show of
// force, the audience of a statement). Part of SentenceCoder (sentence_coder.h).
#include <algorithm>

#include "extract/clauses.h"
#include "extract/sentence_coder.h"
#include "extract/sentence_extras.h"
#include "extract/violence_codes.h"

namespace tidings::extract {

void SentenceCoder::AdjustForFight(size_t vi, std::string* code, int* src, int* tgt) const {
  const VerbHit& v = w_.verbs[vi];
  if (*src < 0 && !v.passive && (code->compare(0, 2, "18") == 0 || code->compare(0, 2, "19") == 0)) {
    if (int sides = SidesOfFightingBefore(vi); sides >= 0) {
      // The dead are the fight's toll: the event is the fight, both ways.
      Note("    the subject is fighting between the sides of a compound: 190 between them\n");
      *src = sides;
      *tgt = kEachOther;
      *code = "190";
    }
  }
}

void SentenceCoder::AdjustForJointForces(size_t vi, std::string* code, int src, int* tgt) const {
  if (src < 0 || *code != "150" || w_.verbs[vi].passive) return;
  const GroupMembers& sides = w_.groups[src].members;
  auto among_sides = [&](const std::string& country) {
    for (int m : sides)
      if (w_.mentions[m].country == country) return true;
    return false;
  };
  const std::string& first = w_.mentions[sides.front()].country;
  bool several = false;
  for (int m : sides) several = several || (w_.mentions[m].country != first && w_.mentions[m].country != "---");
  if (!several || first == "---") return;
  // Waters off one of them are no one else's: "held exercises off the Korean peninsula". (And
  // "joint" drills are cooperation wherever they are: "held joint naval drills near Alaska".)
  bool joint = false;
  size_t to = *tgt >= 0 ? w_.groups[*tgt].begin : std::min(w_.tokens.size(), w_.verbs[vi].end + 6);
  for (size_t k = w_.verbs[vi].end; k < to && !joint; ++k) joint = w_.tokens[k].upper == "JOINT";
  if (*tgt >= 0 && !joint) {
    for (int m : w_.groups[*tgt].members)
      if (!among_sides(w_.mentions[m].country)) return;
  }
  Note("    forces of several countries exercising together cooperate militarily: 062 between them\n");
  *code = "062";
  *tgt = kEachOther;
}

bool SentenceCoder::HopedFor(size_t vi) const {
  // "was optimistic that Ottawa and Washington could still strike a trade deal": what a hope
  // or doubt expects is its content, no act (the optimism keeps its own code).
  const std::string& outer = outcomes_[vi - 1].code;
  return outer == "012" || outer == "013";
}

void SentenceCoder::AdjustForIntent(size_t vi, const VerbPattern* chosen, std::string* code) const {
  const VerbHit& v = w_.verbs[vi];
  if (!v.negated && !(chosen != nullptr && chosen->code.active.compare(0, 2, "03") == 0) && IntendedAct(vi) &&
      !(vi > 0 && ModalComplement(vi))) {
    // A meeting announced is CAMEO's intent to meet (036); composed under a verb of intent
    // ("agreed to meet") the meeting stays, as PETRARCH2 codes it.
    // So is talks it "would seek" (026: "would seek a face-to-face meeting with Xi").
    bool meeting = (code->compare(0, 2, "04") == 0 && code->compare(0, 3, "045") != 0) || *code == "026";
    std::string intent = meeting ? "036" : ComposeCodes("030", *code);
    if (intent != *code) {
      Note("    an act it will do, not done: " + intent + " instead of " + *code + "\n");
      *code = intent;
    }
  } else if (!v.negated && ForceItMightUse(vi, *code) && !(vi > 0 && ModalComplement(vi))) {
    // "said Moscow could use nuclear weapons against Kyiv": force an actor may use is a threat.
    std::string threat = ComposeCodes("130", *code);
    Note("    force it could use, not used: " + threat + " instead of " + *code + "\n");
    *code = threat;
  } else if (!v.negated && CooperationThatMayHappen(vi, *code) && !(vi > 0 && ModalComplement(vi) && !HopedFor(vi))) {
    // "said it might send weapons to Kyiv": an actor weighing an act of its own considers it
    // (014); "said Israel and Hamas could sign a ceasefire next week" is a forecast, no act.
    bool own = ModalAfterPronoun(vi);
    Note(own ? "    an act it may do: considering it, 014\n" : "    an act others may do: a forecast, no event\n");
    *code = own ? "014" : "---";
  } else if (!v.negated && ScheduledInThePast(vi) && code->size() >= 3 && *code >= "04" &&
             !(*code >= "10" && *code < "14")) {
    // "were due to meet": the meeting planned (036); "had been due to sign": no act yet.
    bool meeting = code->compare(0, 2, "04") == 0 && code->compare(0, 3, "045") != 0;
    Note(meeting ? "    a meeting planned, not yet held: 036\n" : "    an act planned, not yet done: no event\n");
    *code = meeting ? "036" : "---";
  }
}

bool SentenceCoder::StateOfEmergencyOrCurfew(const std::string& code) {
  // (and "switched off mobile internet across the Amhara region": a restriction on a place)
  return code == "0813" || code == "0814" || code == "1721" || code == "1723" || code == "1724";
}

int SentenceCoder::ProtestPurposeTarget(size_t vi, int src) const {
  if (vi + 1 >= w_.verbs.size()) return -1;
  const VerbHit& purpose = w_.verbs[vi + 1];
  if (!purpose.infinitive || purpose.begin > w_.verbs[vi].end + 10) return -1;
  const std::string& code = d_.verbs.block(d_.verbs.form(purpose.form).block).code.active;
  if (code.compare(0, 2, "14") != 0) return -1;
  bool embedded = false;
  int tgt = roles_.ObjectOf(vi + 1, std::min(w_.tokens.size(), purpose.end + PatternMatcher::kLowerReach), src, &embedded);
  return embedded || (tgt >= 0 && tgt == src) ? -1 : tgt;
}

int SentenceCoder::OwnGovernment(size_t vi, int src, const std::string& code) {
  // "Nigerian teachers downed tools on Monday", "the jailed opposition leader has stopped eating
  // in protest": people protesting with no target named protest against their own government.
  if (w_.groups[src].members.size() != 1) return -1;
  const Mention& source = w_.mentions[w_.groups[src].members.front()];
  // "Farmers in Lahore kept the road blocked": a domestic actor's government takes the country
  // it will take (of the place, the dateline or the article).
  bool domestic = source.country == "---" && source.code.starts_with("---");
  // (An opposition politician, OPPPTY, protests as the opposition: "a jailed opposition leader".)
  bool opp = source.code.size() == 9 && source.code.compare(3, 6, "OPPPTY") == 0;
  if ((source.code.size() != 6 && !opp) || source.country.size() != 3 || !(domestic || d_.gazetteer.IsCountry(source.country)))
    return -1;
  std::string_view role = std::string_view(source.code).substr(3, 3);
  // (Not businesses, whose "rallied" are shares, but traders striking or blocking a road; not
  // refugees, who protest where they are.)
  bool traders = role == "BUS" && (code.starts_with("143") || code.starts_with("144"));
  if (!(role == "OPP" || role == "LAB" || role == "CVL" || role == "EDU" || role == "HLH" || role == "AGR" ||
        role == "MED" || traders))
    return -1;
  if (PurposeCodesItself(vi, src)) return -1;  // "occupied buildings to protest against the government"
  return UnnamedActor(vi, source.country + "GOV", source.country, "the protesters' own government");
}

int SentenceCoder::OwnCountry(size_t vi, int src) {
  const Mention& source = w_.mentions[w_.groups[src].members.front()];
  // "Authorities in Kirkuk imposed a curfew": a domestic source's people, who take the country
  // the domestic pass gives its source (of the place, the dateline or the article).
  if (source.country == "---" && source.code.size() > 3 && source.code.starts_with("---"))
    return UnnamedActor(vi, "---CVL", "---", "the source's own people");
  if (source.country.empty() || source.country == "---" || source.country.size() != 3) return -1;
  return UnnamedActor(vi, source.country, source.country, "the source's own country");
}

int SentenceCoder::UnnamedActor(size_t vi, std::string code, std::string country, std::string how) {
  Mention m;
  m.begin = m.end = w_.verbs[vi].end;  // named by no words of its own
  m.code = std::move(code);
  m.country = std::move(country);
  m.how = std::move(how);
  return GroupOfNewMention(std::move(m));
}

int SentenceCoder::TargetNamedElsewhere(size_t vi, const std::string& composed, const std::string& code, int src,
                                        size_t limit) {
  int tgt = -1;
  if (code.compare(0, 3, "011") == 0 || code.compare(0, 3, "112") == 0) {  // "charged that India was arming X"
    tgt = SubjectOfTopicClause(vi, src, limit);
    if (tgt >= 0) Note("    no comment on, or a charge in, a report about someone: that one is the target\n");
  }
  if (tgt == -1 && code.compare(0, 2, "09") == 0) {
    tgt = PerpetratorInvestigated(vi, src, limit);
    // ("an inquiry into allegations that police officers killed protesters": the police.)
    if (tgt == -1) tgt = SubjectOfTopicClause(vi, src, limit, /*own_country=*/true);
    if (tgt == -1) tgt = OwnForcesInvestigated(vi, src, limit);
    if (tgt >= 0) Note("    an inquiry into what someone did: who did it is the target\n");
  }
  if (tgt == -1 && composed.compare(0, 2, "13") == 0) {
    tgt = ConditionSubject(vi, src, limit);
    if (tgt >= 0) Note("    a threat with no object: the actor of its condition is the one threatened\n");
    if (tgt == -1 && (tgt = AttackAnswered(vi, src, limit)) >= 0) Note("    a threat answering another's attack: at its author\n");
    if (tgt == -1 && (tgt = ThreatenedWithConsequences(vi, src, limit)) >= 0)
      Note("    a warning that someone would face consequences: that one is threatened\n");
    if (tgt == -1) {
      tgt = ThreatAnswersLastAct(vi, src);
      if (tgt >= 0) Note("    a threat with no object: it answers the last hostile act of another side\n");
    }
  }
  if (tgt == -1 && code == "045") {
    tgt = PartiesMediated(vi, src);
    if (tgt >= 0) Note("    talks mediated by a third side: their parties are the target\n");
  }
  if (tgt == -1 && !w_.verbs[vi].passive && code == "0874") {
    tgt = PlaceActedOn(vi, limit, src, false, true);  // "withdrew from Kherson": from that place's country
    if (tgt >= 0) Note("    a retreat from a place: its country is the target\n");
    if (tgt == -1) {
      tgt = OwnStateOfRebels(vi, src);
      if (tgt >= 0) Note("    rebels retreating from a town the gazetteer does not know: from their own state\n");
    }
  }
  if (tgt == -1 && !w_.verbs[vi].passive && (code == "073" || code == "0333")) {
    tgt = ReliefDestination(vi, limit, src);
    if (tgt >= 0) Note("    relief flown or sent to a city: its country receives it\n");
  }
  bool force = code.compare(0, 2, "18") == 0 || code.compare(0, 2, "19") == 0;
  if (tgt == -1 && !w_.verbs[vi].passive && force && !SidesFightingEachOther(vi, src)) {
    // Rebels taking a town of their own country take it from that country's state.
    bool rebels_seizing = (code.compare(0, 3, "192") == 0 || code.compare(0, 3, "191") == 0) &&
                          NonStateArmedActor(w_.mentions[w_.groups[src].members.front()].code);
    tgt = ArmedToll(vi, src);
    if (tgt >= 0) Note("    no actor attacked: the armed group its toll names is the target\n");
    if (tgt == -1 && (tgt = UnnamedVictim(vi, limit)) >= 0) Note("    no actor attacked: the person it names, a civilian\n");
    if (tgt == -1) {
      tgt = PlaceActedOn(vi, limit, src, rebels_seizing);
      if (tgt >= 0) Note("    no actor attacked: the place attacked is the target\n");
    }
    if (tgt == -1 && (tgt = PopulatedPlaceStruck(vi, limit, code)) >= 0) Note("    no actor attacked: the villagers\n");
  }
  if (tgt == -1 && !w_.verbs[vi].passive) tgt = TargetOfCoercion(vi, code, src, limit);
  if (tgt == -1 && w_.verbs[vi].passive && force && src >= 0) {
    tgt = PlaceStruckInSubject(vi, src);
    if (tgt >= 0) Note("    a passive with no actor struck: the place of what was struck is the target\n");
  }
  // (A protest composed into another act is none: "ignored their order to boycott the school
  // year" defies, it strikes against no government.)
  bool composed_away = code.compare(0, 2, "14") == 0 && composed.compare(0, 2, "14") != 0;
  if (tgt == -1 && !composed_away) tgt = TargetOfProtestOrPosture(vi, code, src, limit);
  if (tgt == -1 && (code.compare(0, 3, "083") == 0 || code == "080")) tgt = ProtestersYieldedTo(vi, src, limit);
  if (tgt == -1 && code == "129") tgt = LegislatureVetoed(vi, src, limit);
  if (tgt == -1 && StateOfEmergencyOrCurfew(composed)) {
    // "lifted the nighttime curfew in four provinces": a curfew or emergency, imposed or
    // lifted, is on the place it names, else on the source's own country.
    tgt = PlaceActedOn(vi, limit, src, true);
    if (tgt < 0) tgt = OwnCountry(vi, src);
    if (tgt >= 0) Note("    a curfew or emergency: on its place, else the source's own country\n");
  }
  if (tgt == -1 && code.compare(0, 3, "016") == 0) {
    tgt = AccuserAnswered(vi, src);
    if (tgt >= 0) Note("    a denial of 'the charge': the accuser of an earlier sentence is the target\n");
  }
  if (tgt == -1 && (code.compare(0, 2, "11") == 0 || code.compare(0, 2, "12") == 0 || code.compare(0, 3, "016") == 0 ||
                    code.compare(0, 3, "051") == 0)) {
    tgt = ActAnswered(vi, src);
    if (tgt >= 0) Note("    a reaction to 'the arrest', 'the proposal': who did that act, in an earlier sentence\n");
  }
  if (tgt == -1) {
    // (Of the source's own country only for acts a state does to its own: investigating,
    // accusing, sentencing, arresting; not "extradited X, the gang leader, to the US".)
    bool own = code.compare(0, 2, "09") == 0 || code.compare(0, 2, "11") == 0 || code.compare(0, 2, "17") == 0;
    tgt = ObjectNamedAroundAName(vi, src, limit, own);
    named_object_ = tgt;
    if (tgt >= 0) Note("    the object is a name the dictionaries do not know: the actor it is described as\n");
  }
  // (Chemical weapons too: "dropped chlorine gas on the town of Douma, killing 43 people".)
  if (tgt == -1 && !w_.verbs[vi].passive && !SidesFightingEachOther(vi, src) &&
      (code.compare(0, 2, "18") == 0 || code.compare(0, 2, "19") == 0 || code.compare(0, 3, "204") == 0)) {
    tgt = ArmedToll(vi, src, /*people=*/true);
    if (tgt >= 0) Note("    no actor or place attacked: the people its toll names are the target\n");
  }
  std::string_view root = std::string_view(composed).substr(0, 2);
  // (Considering an act is 014 whatever the act: "is mulling whether to cut off Hungary's access".)
  const bool considered = composed == "014";
  if (tgt == -1 && (root == "02" || root == "03" || root == "10" || root == "12" || considered) &&
      GovernsInfinitive(vi) && !w_.verbs[vi + 1].passive && (considered || !CodesOfItsOwn(vi + 1)) &&
      w_.groups[src].members.size() == 1) {
    // "refused to allow Ukrainian grain to transit", "was ready to resume imports of Australian
    // wine": the one an act with no code of its own is done to. (An act with a code composes
    // with the refusal, offer or demand instead: "vowed to retaliate against Israel", 138.)
    const VerbHit& inner = w_.verbs[vi + 1];
    bool embedded = false;
    size_t reach = std::min(w_.tokens.size(), inner.end + PatternMatcher::kLowerReach);
    tgt = roles_.ObjectOf(vi + 1, reach, src, &embedded);
    // Past agents of no country ("promised to send police officers to Haiti").
    if (tgt >= 0 && !embedded && Unowned(tgt)) tgt = roles_.ObjectOf(vi + 1, reach, tgt, &embedded);
    if (embedded || (tgt >= 0 && (SameCountry(src, tgt) || Unowned(tgt)))) tgt = -1;
    // ("weighing whether to join Britain and France in recognising a Palestinian state": partners.)
    if (tgt >= 0 && considered && w_.groups[tgt].end + 1 < w_.tokens.size() &&
        w_.tokens[w_.groups[tgt].end].upper == "IN" && w_.tokens[w_.groups[tgt].end + 1].upper.ends_with("ING"))
      tgt = -1;
    if (tgt >= 0) Note("    the object of the act it governs is the target\n");
  }
  return tgt;
}

bool SentenceCoder::SidesFightingEachOther(size_t vi, int src) const {
  // "Thai and Cambodian troops exchanged gunfire ..., killing one Cambodian soldier": two
  // sides trading fire fight each other (ActsOnEachOther), not whom the toll names.
  if (src < 0 || w_.groups[src].members.size() < 2) return false;
  const std::string& lemma = d_.verbs.form(w_.verbs[vi].form).lemma;
  if (!(lemma.starts_with("EXCHANGE_") || lemma.starts_with("TRADE_") || lemma == "CLASH")) return false;
  const std::string& first = w_.mentions[w_.groups[src].members.front()].country;
  for (int m : w_.groups[src].members) {
    if (w_.mentions[m].country != first) return true;
  }
  return false;
}

int SentenceCoder::CrowdRepressed(int src) const {
  // "Supporters of Evo Morales blocked highways, and police fired tear gas to clear one of the
  // roadblocks": crowd control names no target, the protesters of its country are it (its
  // opposition before its crowds, civilians or students).
  static constexpr std::string_view kCrowds[] = {"OPP", "CVL", "EDU", "LAB", "HLH", "AGR", "REF"};
  const std::string& own = w_.mentions[w_.groups[src].members.front()].country;
  int best = -1;
  size_t best_rank = std::size(kCrowds);
  for (size_t g = 0; g < w_.groups.size(); ++g) {
    const Group& group = w_.groups[g];
    if (static_cast<int>(g) == src || group.members.size() != 1 || group.begin >= group.end) continue;
    const Mention& m = w_.mentions[group.members.front()];
    if (m.code.size() != 6 || (m.country != own && m.country != "---" && own != "---")) continue;
    size_t rank = std::find(std::begin(kCrowds), std::end(kCrowds), std::string_view(m.code).substr(3)) - std::begin(kCrowds);
    if (rank < best_rank) best = static_cast<int>(g), best_rank = rank;
  }
  return best;
}

int SentenceCoder::OwnersOfPropertyDestroyed(size_t vi, int src, size_t limit) {
  // "burned dozens of homes in Jenin": property destroyed, no owner named, is its place's;
  // "insurgents burned down 100 homes in a coastal village": an armed group's, in its own
  // country, that country's. (A state's forces or protesters name no such owner.)
  // ("shooting residents and setting fire to their homes": the owners are named before.)
  size_t end = w_.verbs[vi].end;
  for (size_t k = end; k < limit && k < end + 4; ++k) {
    std::string_view word = w_.tokens[k].upper;
    if (word == "THEIR" || word == "HIS" || word == "HER") return -1;
  }
  int tgt = PlaceActedOn(vi, limit, src, /*own_country=*/true);
  if (tgt >= 0) {
    Note("    property destroyed, no owner named: the place's country\n");
    return tgt;
  }
  const Mention& source = w_.mentions[w_.groups[src].members.front()];
  if (!NonStateArmedActor(source.code)) return -1;
  // (Its civilians; of a country not yet known, "insurgents" being placed only later, the
  // domestic actors' country: "---CVL".)
  std::string country = source.country.size() == 3 ? source.country : "---";
  Note("    property destroyed by an armed group, no owner named: the civilians of its own country\n");
  return UnnamedActor(vi, country + "CVL", country, "the owners of the property destroyed");
}

bool SentenceCoder::MeansOfForceBefore(size_t vi, const std::string& code) const {
  if (vi == 0 || code.compare(0, 2, "07") != 0 || !outcomes_[vi - 1].emitted) return false;
  const VerbHit& v = w_.verbs[vi];
  if (v.begin == 0 || !(TokenFlags(v.begin - 1) & kComma) || !IngForm(d_, w_, v)) return false;
  const std::string& before = outcomes_[vi - 1].code;
  return before.size() >= 2 && before.compare(0, 2, "15") >= 0 && before.compare(0, 2, "20") <= 0;
}

bool SentenceCoder::CodesOfItsOwn(size_t vi) const {
  const VerbForm& form = d_.verbs.form(w_.verbs[vi].form);
  const std::string& code = form.code.active.empty() ? d_.verbs.block(form.block).code.active : form.code.active;
  return !code.empty() && code != "---";
}

int SentenceCoder::TargetOfProtestOrPosture(size_t vi, const std::string& code, int src, size_t limit) {
  int tgt = -1;
  if (code.compare(0, 2, "14") == 0) {
    // "doctors downed tools to protest against the government": the strike is against whom its
    // purpose names (which then is part of it, not a protest of its own).
    tgt = ProtestPurposeTarget(vi, src);
    if (tgt >= 0) Note("    a protest whose purpose names its target\n");
  }
  if (tgt == -1 && code.compare(0, 2, "14") == 0 && d_.protest_at_own_government) {
    tgt = OwnGovernment(vi, src, code);
    if (tgt >= 0) Note("    a protest by its people with no target named: against their own government\n");
  }
  if (tgt == -1 && code.compare(0, 2, "15") == 0) {
    tgt = PostureToward(vi, src, limit);
    if (tgt >= 0) Note("    force massed near another's border: that country is the target\n");
    if (tgt == -1) {
      tgt = PostureAgainstAThreat(vi, src);
      if (tgt >= 0) Note("    a posture taken because of another state's act: that state is the target\n");
    }
    if (tgt == -1 && (tgt = ClaimantOfThePlace(vi, src)) >= 0) Note("    force shown where another state claims: at it\n");
    if (tgt == -1 && (tgt = AimOfAWarning(vi, src)) >= 0) Note("    a posture called a warning to a state: at it\n");
  }
  return tgt;
}

int SentenceCoder::PlaceStruckInSubject(size_t vi, int src) {
  // "Several homes in Zaporizhzhia were hit by Russian missiles": what was struck stands in a
  // place no actor names; that place's country was struck, as with the active's place.
  const size_t b = w_.verbs[vi].begin, n = w_.tokens.size();
  size_t start = b;
  while (start > 0 && !(TokenFlags(start - 1) & (kClauseEnd | kComma)) && w_.verb_at[start - 1] < 0) --start;
  auto word_at = [&](size_t j) { return w_.tokens[j].word; };
  for (size_t k = start; k < b; ++k) {
    // ("in central Chernihiv": a word placing it within its area may come between.)
    size_t before = k > start + 1 && IsCompassWord(w_.tokens[k - 1].upper) ? k - 1 : k;
    bool introduced = before == start || Word(before - 1) == d_.w_of || (TokenFlags(before - 1) & kPlaceIntro);
    if (!w_.tokens[k].capitalized || !introduced || w_.group_starting_at[k] >= 0) continue;
    PhraseTrie::Match found = d_.gazetteer.trie().Longest(k, b, word_at);
    if (found.end == 0) continue;
    const Place& place = d_.gazetteer.place(found.value);
    if (!d_.gazetteer.IsCountry(place.country) || (found.end < n && w_.tokens[found.end].capitalized)) return -1;
    if (d_.gazetteer.Contested(found.value)) return -1;
    if (w_.mentions[w_.groups[src].members.front()].country == place.country) return -1;
    return GroupOfPlace(k, found.end, place);
  }
  return -1;
}

void SentenceCoder::AdjustToContext(size_t vi, bool reversed, std::string* code, int* src, int* tgt) const {
  if (reversed) {
    // "[:CODE]": the subject undergoes what the other actor does; without both there is no
    // event ("such a step enjoyed support from Moscow and Beijing" supports no actor).
    if (*src >= 0 && *tgt >= 0) std::swap(*src, *tgt);
    else *src = *tgt = -1;
  }
  // The code's root as it was on entry (the code changes below); compared as a view, which
  // needs no call to memcmp.
  const std::string root_on_entry = code->substr(0, 2);
  const std::string_view root = root_on_entry;
  auto code_is = [&](std::string_view c) { return std::string_view(*code) == c; };  // the same
  if ((code_is("141") || code_is("140")) && *src >= 0 && *tgt >= 0 && StateActor(*src) && !SameCountry(*src, *tgt) &&
      d_.verbs.form(w_.verbs[vi].form).lemma == "PROTEST") {
    // "Japan Protests Chinese Drone Flights": a state protesting against another complains
    // officially ("Iraqis marched" are people, not their state).
    Note("    a state protesting complains officially: 114\n");
    *code = "114";
  }
  if (code_is("130")) {
    // "warned that warships of any country joining the mission would be legitimate (military)
    // targets": a threat of attack (1384).
    const size_t n = w_.tokens.size();
    for (size_t k = w_.verbs[vi].end; k + 1 < n && !(TokenFlags(k) & kClauseEnd); ++k) {
      if (w_.tokens[k].upper != "LEGITIMATE") continue;
      size_t t = w_.tokens[k + 1].upper == "MILITARY" && k + 2 < n ? k + 2 : k + 1;
      if (w_.tokens[t].upper != "TARGET" && w_.tokens[t].upper != "TARGETS") continue;
      // ("a legitimate target of / for criticism" is no attack.)
      if (t + 1 < n && (w_.tokens[t + 1].upper == "OF" || w_.tokens[t + 1].upper == "FOR")) continue;
      Note("    'legitimate targets': a threat of attack, 1384\n");
      *code = "1384";
      break;
    }
  }
  int shown_to = -1;
  bool exercise = false;
  // (Forces sent "in a show of force" are shown, not lent: "sent warships close to Norway's coast
  // in a show of force".)
  if ((root == "15" || root == "18" || root == "19" || root == "20" || code_is("074")) &&
      ShowOfForce(vi, &shown_to, &exercise)) {
    Note(exercise ? "    force used in an exercise: 150\n" : "    a show of force, not its use: 150\n");
    *code = "150";
    if (shown_to >= 0 && (*src < 0 || !SameCountry(*src, shown_to))) *tgt = shown_to;
    // "stormed a beach ... in a joint amphibious exercise": the beach's country is no target;
    // forces of several countries exercising together cooperate.
    // (A state one force rings in its drill stays the target: "ringed Taiwan with warships in a
    // day-long exercise".)
    bool ringed = *tgt >= 0 && *src >= 0 && w_.groups[*src].members.size() == 1 && !SameCountry(*src, *tgt) &&
                  StateActor(*tgt);
    if (exercise && shown_to < 0 && !ringed) *tgt = -1;
    if (exercise) AdjustForJointForces(vi, code, *src, tgt);
  }
  // "moved artillery and tanks to positions near its boundary with Kosovo": one's own forces
  // sent toward another country's border are a posture against it, no aid to anyone.
  if ((code_is("072") || code_is("074")) && *src >= 0 && StateActor(*src)) {
    int faced = PostureToward(vi, *src, std::min(w_.tokens.size(), w_.verbs[vi].end + PatternMatcher::kLowerReach));
    if (faced >= 0 && (*tgt < 0 || faced == *tgt || SameCountry(*src, *tgt) || Unowned(*tgt))) {
      Note("    forces moved toward another country's border: 154 against it\n");
      *code = "154";
      *tgt = faced;
    }
  }
  // "sent troops to the island of Lesbos, citing Turkish military exercises": forces moved on
  // one's own soil because of another state's acts mobilise against it, no protection lent.
  if (code_is("074") && *src >= 0 && StateActor(*src)) {
    int threat = PostureAgainstAThreat(vi, *src);
    if (threat >= 0 && (*tgt < 0 || threat == *tgt || SameCountry(*src, *tgt) || Unowned(*tgt))) {
      Note("    forces moved because of another state's acts: 154 against it\n");
      *code = "154";
      *tgt = threat;
    }
  }
  // "struck a car near Sulaimaniyah in northern Iraq, killing three members of the PKK": the
  // country force was used in is where, the armed group its toll names whom.
  if ((root == "18" || root == "19" || root == "20") && *tgt >= 0 && *src >= 0 && NamedAsPlace(w_.groups[*tgt].begin) &&
      w_.mentions[w_.groups[*tgt].members.front()].code.size() == 3) {
    // (Force used by attackers of no country named, on their own ground, is used on the people
    // its toll names: "gunmen raided villages in Nigeria, killing 160 people".)
    // (Not past another verb: "opened fire and then blew himself up ..., killing 20" is the
    // toll of the blast; nor a bomber's own blast, "blew himself up", a bombing the patterns
    // code.)
    const size_t after = w_.verbs[vi].end;
    bool stateless = w_.mentions[w_.groups[*src].members.front()].country == "---" &&
                     !(after < w_.tokens.size() && (TokenFlags(after) & kReflexive));
    for (size_t k = after; k < w_.tokens.size() && !(TokenFlags(k) & (kComma | kClauseEnd)); ++k) {
      if (w_.verb_at[k] >= 0) stateless = false;
    }
    if (int armed = ArmedToll(vi, *src, stateless); armed >= 0) {
      Note("    force used in a country: the armed group or people its toll names is the target\n");
      *tgt = armed;
    }
  }
  // "flew a joint patrol over the Sea of Japan": a sea or region is where forces cooperate, no
  // partner of theirs.
  if (root == "06" && *tgt >= 0 && w_.groups[*tgt].members.size() == 1) {
    const std::string& where = w_.mentions[w_.groups[*tgt].members.front()].code;
    if (where.size() == 3 && where != "---" && !d_.gazetteer.IsCountry(where)) *tgt = -1;
  }
  if (root == "01" && *tgt >= 0 && AudienceOfStatement(*tgt)) {
    Note("    the audience of a statement ('told reporters') is not its target\n");
    *tgt = -1;
  }
}

int SentenceCoder::ExpectedActor(size_t vi, int src, size_t limit) const {
  // "was optimistic that Baghdad would stand by the agreement": hope or doubt is towards the
  // one whose act it expects.
  const VerbHit& v = w_.verbs[vi];
  const size_t n = w_.tokens.size();
  const std::string& mine = w_.mentions[w_.groups[src].members.front()].country;
  for (size_t k = v.end; k < limit && k < v.end + 3; ++k) {
    // ("was confident her government would reach ...": its own side may open the clause with no
    // "that".)
    bool opens = Word(k) == d_.w_that || (k == v.end && (TokenFlags(k) & kPossPron));
    if (!opens) continue;
    size_t q = Word(k) == d_.w_that ? k + 1 : k;
    if (q < n && Word(q) == d_.w_the) ++q;
    while (q < n && (TokenFlags(q) & kPossPron) && w_.group_starting_at[q] < 0) ++q;  // "her government"
    int inner = q < n ? w_.group_starting_at[q] : -1;
    if (inner < 0) return -1;
    // (Not when the source's own country is among them: "hopeful that Argentina and Chile
    // would settle their dispute" is about both; then the one its own side would deal with:
    // "confident her government would reach a deal with Washington".)
    bool own = false;
    for (int m : w_.groups[inner].members) own = own || w_.mentions[m].country == mine;
    if (!own) {
      Note("    hope or doubt about another's act: that actor is the target\n");
      return inner;
    }
    if (w_.groups[inner].members.size() > 1) return -1;
    for (size_t j = w_.groups[inner].end; j + 1 < limit && j < w_.groups[inner].end + 12; ++j) {
      if (TokenFlags(j) & (kClauseEnd | kComma)) break;
      if (w_.tokens[j].upper != "WITH") continue;
      size_t b = j + 1 < n && Word(j + 1) == d_.w_the ? j + 2 : j + 1;
      int partner = b < n ? w_.group_starting_at[b] : -1;
      if (partner >= 0 && w_.mentions[w_.groups[partner].members.front()].country != mine) {
        Note("    hope about its own side's dealings: the one it would deal with is the target\n");
        return partner;
      }
      break;
    }
    return -1;
  }
  return -1;
}

int SentenceCoder::ArmedToll(size_t vi, int src, bool people) const {
  // "A Turkish drone struck a car near Sulaimaniyah, killing three members of the PKK": force
  // used on a thing or a place is used on the armed group or force its toll names (not on
  // people, whose country the place already gives).
  const size_t n = w_.tokens.size();
  for (size_t k = w_.verbs[vi].end; k + 1 < n; ++k) {
    if (TokenFlags(k) & kClauseEnd) return -1;
    std::string_view u = w_.tokens[k].upper;
    if (!((TokenFlags(k - 1) & kComma) && (u == "KILLING" || u == "WOUNDING" || u == "INJURING"))) continue;
    for (size_t q = k + 1; q < n && q < k + 8 && !(TokenFlags(q) & (kComma | kClauseEnd)); ++q) {
      int g = w_.group_starting_at[q];
      if (g < 0) continue;
      const Mention& m = w_.mentions[w_.groups[g].members.front()];
      std::string_view role = m.code.size() >= 6 ? std::string_view(m.code).substr(3, 3) : "";
      bool armed = role == "REB" || role == "INS" || role == "MIL" || role == "COP" || role == "UAF";
      // (With no other target, the people it names: "stormed a village, killing 37 farmers".)
      if (people && !armed && NoPartyToFighting(m.code) && g != src) return g;
      // (A non-state group with no country yet takes the place's later: "killing 16 insurgents".)
      bool nonstate = role == "REB" || role == "INS" || role == "UAF";
      // (And soldiers a non-state group kills: "Militants attacked a station, killing 10 soldiers".)
      bool by_nonstate = src >= 0 && NonStateArmedActor(w_.mentions[w_.groups[src].members.front()].code);
      if (!armed || (m.country == "---" && !nonstate && !by_nonstate) || g == src ||
          (SameCountry(src, g) && role == "MIL"))
        return -1;
      return g;
    }
    return -1;
  }
  return -1;
}

void SentenceCoder::AdjustForJointWork(size_t vi, int src, std::string* code, int* tgt) const {
  // (Joint work "along the frontier with Belarus" is still with each other: the place is none.)
  bool third = src >= 0 && *tgt >= 0 && code->compare(0, 2, "06") == 0 && !SameCountry(*tgt, src);
  if ((code->empty() || *code == "---" || third) && JointUndertaking(vi, src, code)) *tgt = kEachOther;
  // "staged war games with missile boats, drones and commandos": forces of no country after
  // "with" are the drill's means, no partner: a show of force of its own (150).
  if (*code == "062" && *tgt >= 0 && w_.mentions[w_.groups[*tgt].members.front()].country == "---" &&
      WithBefore(w_.groups[*tgt].begin)) {
    *code = "150";
    *tgt = -1;
  }
  bool force = code->compare(0, 2, "18") == 0 || code->compare(0, 2, "19") == 0;
  if (force && src >= 0 && JointUndertaking(vi, src, nullptr) && FireInAnExercise(vi)) {
    Note("    forces of several countries firing as part of their exercise: 062 with each other\n");
    *code = "062";
    *tgt = kEachOther;
  }
}

bool SentenceCoder::FireInAnExercise(size_t vi) const {
  // "U.S. and Philippine troops fired rocket artillery at a decommissioned ship as part of
  // their annual Balikatan exercises": live fire in a drill attacks no one.
  static constexpr std::string_view kDrills[] = {"EXERCISE", "EXERCISES", "DRILL", "DRILLS", "MANOEUVRES", "MANEUVERS",
                                                 "GAMES"};
  size_t n = w_.tokens.size();
  for (size_t k = w_.verbs[vi].end; k + 2 < n && !(TokenFlags(k) & kClauseEnd); ++k) {
    bool part_of = w_.tokens[k].upper == "PART" && w_.tokens[k + 1].upper == "OF" && k > 0 && w_.tokens[k - 1].upper == "AS";
    bool during = w_.tokens[k].upper == "DURING";
    if (!part_of && !during) continue;
    for (size_t q = k + 1; q < n && q < k + 7 && !(TokenFlags(q) & (kClauseEnd | kComma)); ++q)
      if (std::find(std::begin(kDrills), std::end(kDrills), w_.tokens[q].upper) != std::end(kDrills)) return true;
  }
  return false;
}

void SentenceCoder::AdjustForThirdLocation(size_t vi, int src, std::string* code, int* tgt) const {
  // (Only "met": "held talks in Ankara under Turkish mediation" is coded as talks held.)
  if (*code != "040" || src < 0 || w_.groups[src].members.size() < 2) return;
  if (d_.verbs.form(w_.verbs[vi].form).lemma != "MEET") return;
  const Group& sides = w_.groups[src];
  auto is_side = [&](const std::string& country) {
    for (size_t i = 0; i < sides.members.size(); ++i) {
      if (w_.mentions[sides.members[i]].country == country) return true;
    }
    return false;
  };
  // Sides of two countries at least ("Armenian and Azerbaijani ministers").
  const std::string& first = w_.mentions[sides.members.front()].country;
  bool several = false;
  for (size_t i = 1; i < sides.members.size(); ++i) several = several || w_.mentions[sides.members[i]].country != first;
  if (!several || first == "---") return;
  // "met in Almaty", "met on Friday in Geneva": the place is a bare country or city of it.
  const VerbHit& v = w_.verbs[vi];
  size_t n = w_.tokens.size();
  for (size_t k = v.end; k + 1 < n && k < v.end + 4; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return;
    if (w_.tokens[k].upper != "IN") continue;
    int g = w_.group_starting_at[k + 1];
    if (g < 0 || g == src || (*tgt >= 0 && *tgt != g)) return;
    for (size_t i = 0; i < w_.groups[g].members.size(); ++i) {
      const Mention& m = w_.mentions[w_.groups[g].members[i]];
      if (m.code != m.country || m.agent || m.person || is_side(m.country)) return;
    }
    Note("    sides of several countries meet in a third one's place: 044\n");
    *code = "044";
    *tgt = -1;
    return;
  }
}

bool SentenceCoder::JointUndertaking(size_t vi, int src, std::string* code) const {
  if (src < 0 || w_.groups[src].members.size() < 2) return false;
  std::string first;
  bool several = false;
  for (int m : w_.groups[src].members) {
    const std::string& c = w_.mentions[m].country;
    if (!d_.gazetteer.IsCountry(c)) return false;
    if (first.empty()) first = c;
    several = several || c != first;
  }
  if (!several) return false;
  if (code == nullptr) return true;  // (asked only whether the group is of several countries)
  static constexpr std::string_view kStarts[] = {"BEGIN", "START", "LAUNCH", "RESUME", "SET_UP", "OPEN", "INAUGURATE", "KICK_OFF"};
  const std::string& lemma = d_.verbs.form(w_.verbs[vi].form).lemma;
  if (std::find(std::begin(kStarts), std::end(kStarts), lemma) == std::end(kStarts)) return false;
  static constexpr std::string_view kJointWork[] = {"JOINT", "SHARED", "BILATERAL", "RAILWAY", "PIPELINE", "FREIGHT",
                                                   "TRADE", "FLIGHTS", "CONSTRUCTION", "VENTURE"};
  static constexpr std::string_view kSecurity[] = {"PATROL", "PATROLS", "PATROLLING", "EXERCISE", "EXERCISES",
                                                  "DRILLS", "TRAINING", "MANOEUVRES", "MANEUVERS", "OPERATION", "OPERATIONS"};
  bool joint = false, security = false;
  for (size_t k = w_.verbs[vi].end; k < w_.tokens.size() && k < w_.verbs[vi].end + 8; ++k) {
    if (TokenFlags(k) & (kClauseEnd | kComma)) break;
    std::string_view u = w_.tokens[k].upper;
    joint = joint || std::find(std::begin(kJointWork), std::end(kJointWork), u) != std::end(kJointWork);
    security = security || std::find(std::begin(kSecurity), std::end(kSecurity), u) != std::end(kSecurity);
  }
  if (!joint) return false;
  *code = security ? "062" : "061";
  Note("    countries starting joint work: " + *code + " with each other\n");
  return true;
}

int SentenceCoder::PerpetratorInvestigated(size_t vi, int src, size_t limit) const {
  // "opened an inquiry into killings of civilians by government forces", "probing war crimes
  // committed by the RSF": the one named after "by" in what is investigated.
  for (size_t k = w_.verbs[vi].end; k + 1 < limit; ++k) {
    if (TokenFlags(k) & kClauseEnd) return -1;
    if (!(TokenFlags(k) & kBy)) continue;
    size_t q = k + 1;
    while (q < limit && (TokenFlags(q) & kDet)) ++q;
    if (q < limit && w_.tokens[q].upper == "BOTH") ++q;
    while (q < limit && (TokenFlags(q) & kDet)) ++q;
    int g = q < limit ? w_.group_starting_at[q] : -1;
    if (g >= 0 && g != src) return g;
    return -1;
  }
  return -1;
}

int SentenceCoder::SubjectOfTopicClause(size_t vi, int src, size_t limit, bool own_country) const {
  // "declined to comment on reports that Ethiopia had begun filling the dam": the one the
  // report is about, the subject of its "that" clause.
  for (size_t k = w_.verbs[vi].end; k + 1 < limit; ++k) {
    if (TokenFlags(k) & (kClauseEnd | kComma)) return -1;
    // ("investigating whether Cambodian troops had laid landmines": the one it is about.)
    if (Word(k) != d_.w_that && !(own_country && Word(k) == d_.w_whether)) continue;
    size_t q = k + 1;
    if (Word(q) == d_.w_the) ++q;
    int g = q < limit ? w_.group_starting_at[q] : -1;
    return g >= 0 && g != src && (own_country || !SameCountry(src, g)) ? g : -1;
  }
  return -1;
}

int SentenceCoder::OwnStateOfRebels(size_t vi, int src) {
  // "M23 rebels withdrew from the mining town of Walikale": rebels give ground to the state
  // they fight, their own country's.
  if (src < 0 || w_.groups[src].members.size() != 1) return -1;
  const Mention& m = w_.mentions[w_.groups[src].members.front()];
  if (!NonStateArmedActor(m.code) || !d_.gazetteer.IsCountry(m.country)) return -1;
  return GroupOfEarlierActor(KnownActor{m.country, m.country, {}, false}, w_.verbs[vi].head,
                             "the state its own rebels fight");
}

int SentenceCoder::PartiesMediated(size_t vi, int src) const {
  const VerbHit& v = w_.verbs[vi];
  if (src < 0 || !v.passive || !v.reduced || v.begin == 0) return -1;
  // "talks between Armenia and Azerbaijan mediated by Russia": the compound right before it.
  for (size_t k = v.begin; k-- > 0 && k + 6 > v.begin;) {
    if (!(TokenFlags(k) & kBetween)) continue;
    int g = w_.group_ending_at[v.begin];
    if (g >= 0 && g != src && w_.groups[g].members.size() > 1 && w_.groups[g].begin > k) return g;
    break;
  }
  // "Thailand and Cambodia agreed to a ceasefire at talks mediated by Malaysia": the talks are
  // the clause's own, and its subject (several sides) their parties. Not any noun mediated: "a
  // trade dispute mediated by the WTO panel" names no parties.
  static constexpr std::string_view kTalks[] = {"TALKS", "NEGOTIATIONS", "DIALOGUE", "DISCUSSIONS", "TRUCE",
                                                "CEASEFIRE", "DEAL", "AGREEMENT", "ACCORD", "MEETING"};
  std::string_view noun = w_.tokens[v.begin - 1].upper;
  if (std::find(std::begin(kTalks), std::end(kTalks), noun) == std::end(kTalks)) return -1;
  for (size_t j = vi; j-- > 0;) {
    const VerbHit& main = w_.verbs[j];
    if (main.passive || main.end > v.begin) continue;
    int g = w_.subject_of_verb[j];
    if (g < 0 || g == src || w_.groups[g].members.size() < 2 || w_.groups[g].end > main.begin) return -1;
    // Only of the same clause: no comma, conjunction or other verb between it and the talks ("A
    // and B stopped firing as a truce brokered by C took effect" has the truce in a clause of its own).
    for (size_t k = main.end; k < v.begin; ++k) {
      if ((TokenFlags(k) & (kComma | kSubord | kClauseEnd)) || w_.verb_at[k] >= 0) return -1;
    }
    return g;
  }
  return -1;
}

int SentenceCoder::ReliefDestination(size_t vi, size_t limit, int src) {
  // "airlifted 15 tonnes of tents, blankets and food packets to Yangon": relief sent to a city
  // of another country goes to that country (a list's commas go on; a clause's do not).
  size_t n = w_.tokens.size();
  auto word_at = [&](size_t j) { return w_.tokens[j].word; };
  size_t from = w_.verbs[vi].end;
  for (size_t k = from; k + 1 < limit && k < from + 16; ++k) {
    // "airdropped 25 tonnes of food over Gaza", "into northern Gaza": the land it falls on receives it.
    if ((w_.tokens[k].upper == "OVER" || w_.tokens[k].upper == "INTO") && w_.group_starting_at[k + 1] >= 0) {
      const int g = w_.group_starting_at[k + 1];
      const Mention& m = w_.mentions[w_.groups[g].members.front()];
      bool own = src >= 0 && w_.mentions[w_.groups[src].members.front()].country == m.country;
      if (m.code.size() == 3 && d_.gazetteer.IsCountry(m.code) && !own) return g;
    }
    if ((TokenFlags(k) & kClauseEnd) || w_.verb_at[k] >= 0 || w_.group_starting_at[k] >= 0) return -1;
    if ((TokenFlags(k) & kComma) && !(w_.tokens[k + 1].is_word && !w_.tokens[k + 1].capitalized)) return -1;
    if (w_.tokens[k].upper != "TO" || !w_.tokens[k + 1].capitalized) continue;
    PhraseTrie::Match found = d_.gazetteer.trie().Longest(k + 1, n, word_at);
    if (found.end == 0) return -1;
    const Place& place = d_.gazetteer.place(found.value);
    if (place.kind == Place::kCountry || !d_.gazetteer.IsCountry(place.country) || d_.gazetteer.Contested(found.value))
      return -1;
    if (found.end < n && w_.tokens[found.end].capitalized) return -1;
    if (src >= 0 && w_.mentions[w_.groups[src].members.front()].country == place.country) return -1;
    return GroupOfPlace(k + 1, found.end, place);
  }
  return -1;
}

bool SentenceCoder::AfterWith(int g) const {
  // "demanded the school cut ties with companies supplying weapons to Israel", "bought drones
  // from firms supplying Russia": a participle after the object of "with", "from" or "to"
  // describes that object too (not a place's: "protesters in Belgrade demanding ...").
  size_t b = w_.groups[g].begin;
  while (b > 0 && (TokenFlags(b - 1) & kDet)) --b;
  // (Not the act of ", with Tehran freeing two Swedes": "with" after a comma opens one.)
  if (b < 2 || (TokenFlags(b - 2) & kComma)) return false;
  std::string_view p = w_.tokens[b - 1].upper;
  return p == "WITH" || p == "FROM" || p == "TO";
}

}  // namespace tidings::extract
