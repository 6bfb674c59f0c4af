#include "extract/sentence_coder.h"
#include "extract/sentence_extras.h"

#include <algorithm>
#include <map>

#include "extract/mentions.h"
#include "extract/violence_codes.h"

namespace tidings::extract {


void SentenceCoder::Run(std::vector<RawEvent>* events) {
  MentionFinder(d_, &ctx_, &w_, text_, explain_).Run();
  VerbFinder(d_, &w_, text_, explain_).Run();
  outcomes_.assign(w_.verbs.size(), Outcome{});
  for (size_t v = 0; v < w_.verbs.size(); ++v) CodeVerb(v, events);
  EmitFightingBetween(events);
  if (!d_.verbs.transformations().empty()) ApplyTransformations(events);
  events->erase(std::remove_if(events->begin(), events->end(),
                               [&](const RawEvent& e) {
                                 int vi = w_.verb_at[VerbStart(e.verb_token)];
                                 return vi >= 0 && outcomes_[vi].complement;
                               }),
                events->end());
  MarkUltimatums(events);
  DropBareStatements(events);
  DropActsOfAMassKilling(events);
}

bool SentenceCoder::DescribesItsNoun(size_t vi) const {
  const VerbHit& v = w_.verbs[vi];
  if (vi == 0 || v.infinitive || v.passive || !IngForm(d_, w_, v)) return false;
  // A listed -ING form is read as finite (VerbForm::kIrregular); after "be" it is.
  if (v.finite && (d_.verbs.form(v.form).inflection == VerbForm::kGerund || (TokenFlags(PrevContent(v.begin)) & kBe)))
    return false;
  int g = w_.group_ending_at[v.begin];
  // The actor is the object of an earlier verb of the sentence, not a subject.
  return g >= 0 && w_.verbs[vi - 1].end <= w_.groups[g].begin && (!PrecededByPreposition(w_.groups[g]) || AfterWith(g));
}

bool SentenceCoder::CoordinatedWithPrevious(size_t vi) const {
  size_t p = PrevContent(w_.verbs[vi].begin, w_.verbs[vi - 1].end);
  return p != std::string::npos && (TokenFlags(p) & kCoord) && w_.subject_of_verb[vi] == w_.subject_of_verb[vi - 1];
}

size_t SentenceCoder::VerbStart(size_t head) const {
  for (const VerbHit& v : w_.verbs) {
    if (v.head == head) return v.begin;
  }
  return head;
}

bool SentenceCoder::NotAnAct(size_t vi, const VerbPattern* chosen) {
  const VerbHit& v = w_.verbs[vi];
  if (DescribesItsNoun(vi)) {
    Note("    a participle describing the actor before it ('Somali forces fighting al-Shabaab'): no event\n");
    return true;
  }
  if (v.background) {
    Note("    a relative clause describing its noun (present tense, or no relative word): no event\n");
    outcomes_[vi] = Outcome{};
    return true;
  }
  if (v.unrealized) {
    // No outcome either: nothing composes with an act that did not happen.
    Note("    not a reported fact (conditional, counterfactual, planned or alleged): no event\n");
    outcomes_[vi] = Outcome{};
    return true;
  }
  return false;
}

void SentenceCoder::CodeVerb(size_t vi, std::vector<RawEvent>* events) {
  if (w_.subject_of_verb.size() < w_.verbs.size()) w_.subject_of_verb.resize(w_.verbs.size(), -1);
  const VerbHit& v = w_.verbs[vi];
  const VerbForm& form = d_.verbs.form(v.form);
  const VerbBlock& block = d_.verbs.block(form.block);
  size_t limit = std::min(w_.tokens.size(), v.object_start() + PatternMatcher::kLowerReach);
  int subject = roles_.SubjectOf(vi);
  w_.subject_of_verb[vi] = subject;
  if (explain_) ExplainVerb(vi);
  PatternSlots slots;
  const VerbPattern* chosen = matcher_.FindPattern(vi, &slots);
  // "would not renew its membership": the act a stated refusal names, matched as if affirmed.
  const bool refused = v.negated && chosen == nullptr && (StatedRefusal(vi) || ActOfStatedRefusal(vi));
  if (refused) chosen = matcher_.FindPattern(vi, &slots, /*as_affirmed=*/true);
  GroupSlotParts(&slots);
  if (NotAnAct(vi, chosen)) return;
  bool reversed = false;
  const CodePair& pair = chosen ? chosen->code : form.code;
  // TABARI's paired codes: "[050:050]", "[042:043]" code the act source -> target with the
  // first code and the other side's, target -> source, with the second (PETRARCH-1 reads the
  // same files). A PETRARCH2 dictionary keeps its active:passive reading.
  bool paired = !d_.verbs.grouped() && !pair.active.empty() && !pair.passive.empty() && pair.active != "---";
  std::string code = paired ? pair.active : CodeForVoice(pair, v.passive, &reversed);
  if (v.negated && (refused ? !RefuseTheAct(vi, &code) : chosen == nullptr)) {
    Note("    negated and no negated pattern: no event\n");
    return;
  }
  Roles roles = v.passive ? PassiveRoles(vi, slots, code, subject, limit) : ActiveRoles(vi, slots, chosen, code, subject, limit);
  int src = roles.source, tgt = roles.target;
  const bool purpose_of_call = PurposeOfACall(vi, code, *events, &src, &tgt);
  if (tgt >= 0 && code.compare(0, 2, "15") == 0 && RegionOnly(tgt)) tgt = -1;  // a place, looked past
  // "put its soldiers on alert, citing threats from Venezuela": one's own forces readied are
  // no target when the posture answers another state.
  if (tgt >= 0 && src >= 0 && code.compare(0, 2, "15") == 0 && SameCountry(src, tgt)) {
    if (int threat = PostureAgainstAThreat(vi, src); threat >= 0) {
      Note("    its own forces readied: the state whose threat it answers is the target\n");
      tgt = threat;
    } else if (const Mention& own = w_.mentions[w_.groups[tgt].members.front()];
               own.code == own.country && !ReadiedForProtestsOrDisaster(w_)) {
      // "deployed 44,000 police officers across the country": its own land is no party.
      Note("    its own country is where, not whom: no target\n");
      tgt = -1;
    }
  }
  // "fighting alongside Russian forces": whom one fights beside is an ally, not the enemy.
  if (tgt >= 0 && code.compare(0, 2, "19") == 0 && w_.groups[tgt].begin > 0 &&
      w_.tokens[w_.groups[tgt].begin - 1].upper == "ALONGSIDE")
    tgt = -1;
  if (int drafter = code == "129" && !v.passive ? DrafterOfVetoed(vi, limit) : -1; drafter >= 0) tgt = drafter;
  // "warned that it would respond with force if ...": "it" is the source again, not whom it
  // threatens; the target is then looked for elsewhere (the condition's actor).
  if (tgt >= 0 && src >= 0 && !roles.reflexive && OnlyTheSourceAgain(src, tgt, code)) tgt = -1;
  if (src < 0 && !v.passive && (src = SpeakerOfOpeningQuote(vi)) >= 0) Note("    'we' of the opening quote: its speaker\n");
  if (src < 0 && !v.passive && (src = UnnamedAssailant(vi, code, tgt)) >= 0) Note("    an unnamed man attacking: UAF\n");
  if (!v.passive && code == "010" && StatementIsADemand(vi, src, limit, &code, &tgt)) roles.embedded = false;
  AdjustForFight(vi, &code, &src, &tgt);
  AdjustForJointForces(vi, &code, src, &tgt);
  AdjustToContext(vi, reversed, &code, &src, &tgt);
  if (int policed = ProtestersPoliced(vi, code, src); policed >= 0) tgt = policed;
  AdjustForIntent(vi, chosen, &code);
  AdjustForJointWork(vi, src, &code, &tgt);
  AdjustForThirdLocation(vi, src, &code, &tgt);
  AdjustForVictimsClaim(vi, &code, &src, &tgt);
  AdjustForPersonHandedOver(vi, &code, &tgt);
  outcomes_[vi] = Outcome{code, form.code.active, src, roles.embedded, false};
  outcomes_[vi].has_target = tgt >= 0;
  outcomes_[vi].by_pattern = chosen != nullptr;
  outcomes_[vi].purpose_of_call = purpose_of_call;
  if (MeansOfForceBefore(vi, code)) {
    // Its event is the one before: what it governs ("to encircle the island") is part of that.
    Note("    the means of the force coded before it, not aid: no event\n");
    outcomes_[vi].emitted = true;
    return;
  }
  const bool null_code = code.empty() || code == "---";
  if (null_code && !ReadNullCode(vi, chosen, block, &code)) return;
  // "willing to extend his stay in South Korea": where a readied act would happen is no target.
  if (null_code && tgt >= 0 && NamedAsPlace(w_.groups[tgt].begin)) {
    Note("    a readied act's place is no target\n");
    tgt = -1;
  }
  SpecifyGoverningEvent(vi, code, events);
  if (roles.embedded) Note("    the next actor is the subject of an embedded clause\n");
  if (src < 0) {
    Note("    no source actor: no event\n");
    return;
  }
  if (ReciprocatedInKind(vi, src, events)) return;
  if (int d = DemandingVerb(vi); d >= 0) {
    EmitDemand(vi, d, src, code, events);
    return;
  }
  // An obligation that opens the sentence (two readers, in this order: fronted_demands.cc).
  if (FrontedObligation(vi, src, code, events)) return;
  if (ObligedAct(vi)) return EmitObligation(vi, src, code, events);
  std::string composed = ConditionalThreat(vi, ComposeWithGoverningVerb(vi, code));
  if (std::string crowd = DemandOfCrowd(vi, src, composed); !crowd.empty()) composed = crowd;
  if (int holder = HolderOfTheReleased(vi, code, src, tgt); holder >= 0) tgt = holder;
  if (tgt == -1) tgt = TargetNamedElsewhere(vi, composed, code, src, limit);
  if (tgt == -1) tgt = TargetOfTheVerbBefore(vi, src, composed, *events);
  if (tgt == -1) tgt = AnsweredWithForce(vi, src, *events);
  if (tgt == -1) tgt = AidToTheOneConsoled(src, composed, *events);
  if (tgt >= 0 && (PlaceOfAMutualFight(vi, src, tgt, slots, code) ||
                   CountrylessObjectOfAMutualAct(vi, src, tgt, slots, code)))
    tgt = -1;
  if (tgt == -1 && !ActsOnEachOther(vi, src, slots, code)) {
    if (!EmitOwnPostureWithoutTarget(vi, src, composed, chosen != nullptr, events)) Note("    no target actor: no event\n");
    return;
  }
  if (tgt >= 0 && vi > 0 && outcomes_[vi - 1].emitted && DemandOfProtest(vi)) {
    FoldDemandIntoProtest(vi, code, tgt, events);
    return;
  }
  std::string pattern = chosen ? chosen->text : ("verb " + form.lemma + " [" + code + "]");
  if (chosen == nullptr && !block.patterns.empty()) Note("    no pattern matched; the verb's own code applies\n");
  code = CodeForTheSides(vi, composed, src, tgt);
  if (code.empty()) return;
  EmitVerbEvents(vi, src, tgt, code, pattern, paired ? pair.passive : std::string(), roles.reflexive, events);
}

bool SentenceCoder::ReadNullCode(size_t vi, const VerbPattern* chosen, const VerbBlock& block, std::string* code) {
  const VerbHit& v = w_.verbs[vi];
  if (chosen == nullptr && !block.frame_code.empty() && GovernsInfinitive(vi)) {
    // "refused to impose sanctions": not isolated, the verb is its block's refusal.
    Note("    null code, but it governs an act: " + block.frame_code + " (its block's frame)\n");
    outcomes_[vi].code = block.frame_code;
    return false;
  }
  if (!v.infinitive || chosen != nullptr || !ReadinessBefore(v.begin)) {
    Note("    null code: no event\n");
    return false;
  }
  // "was ready to resume imports of Australian wine": readiness for an act the dictionaries
  // give no code is an intent to cooperate.
  Note("    null code, but readied: intent 030\n");
  *code = "030";
  outcomes_[vi].code = *code;
  return true;
}

void SentenceCoder::EmitVerbEvents(size_t vi, int src, int tgt, const std::string& code, const std::string& pattern,
                                   const std::string& paired_code, bool reflexive, std::vector<RawEvent>* events) {
  if (ComplementOfPreviousEvent(vi)) {
    Note("    complement of the previous event: no event of its own (unless a transformation uses it)\n");
    outcomes_[vi].complement = true;
  }
  size_t before = events->size();
  Emit(src, tgt < 0 ? -1 : tgt, code, pattern, vi, events, reflexive);
  EmitJointShowOfForce(vi, src, code, tgt, pattern, events);
  if (!paired_code.empty() && tgt >= 0 && paired_code != "---") {
    Note("    paired code: the other side's event " + paired_code + "\n");
    Emit(tgt, src, paired_code, pattern, vi, events, false);
  }
  outcomes_[vi].emitted = events->size() > before;
}

void SentenceCoder::ExplainVerb(size_t vi) const {
  const VerbHit& v = w_.verbs[vi];
  const VerbForm& form = d_.verbs.form(v.form);
  Note("  verb '" + std::string(w_.tokens[v.head].upper) + "' (" + form.lemma + ", block " +
       d_.verbs.block(form.block).name + ")" + (v.passive ? " passive" : "") +
       (v.negated ? (v.refuted ? " negated (refuted clause)" : " negated") : "") + (v.infinitive ? " infinitive" : "") +
       "\n");
}

void SentenceCoder::SpecifyGoverningEvent(size_t vi, const std::string& code, std::vector<RawEvent>* events) {
  // "urged Germany to deliver air defence systems" (0232), "are seeking to deepen a
  // partnership" (031): the event an intent, appeal, demand, refusal or threat already made
  // takes CAMEO's combined code for the act it governs, as PETRARCH2 combines a (b Q) P.
  const VerbHit& v = w_.verbs[vi];
  if (vi == 0 || !outcomes_[vi - 1].emitted || !v.infinitive || v.begin > w_.verbs[vi - 1].end + 8) return;
  const std::string& outer = outcomes_[vi - 1].code;
  std::string combined = ComposeCodes(outer, code);
  // Only a root-level code ("020", "130") is specified: a pattern's own code ("* &MILAID
  // [0232]", "* TO_COMMENT [011]") already says what the act is.
  // So is a protest's three-digit code by its demand: "marched through Lima to demand the
  // president's resignation" is 1411.
  bool root_level = outer.size() == 3 && (outer[2] == '0' || (outer.compare(0, 2, "14") == 0 && code.starts_with("10")));
  // Sides agreeing to stop firing declare the truce, as "agreed to a ceasefire" does (0871).
  if (code == "0871" && outer == "030" &&
      d_.verbs.block(d_.verbs.form(w_.verbs[vi - 1].form).block).name == "AGREE")
    combined = code;
  else if (!root_level || combined == outer || combined.size() < 3 || combined.compare(0, 2, outer, 0, 2) != 0) return;
  Note("    the event of '" + std::string(w_.tokens[w_.verbs[vi - 1].head].upper) + "' is about this act: " + outer +
       " -> " + combined + "\n");
  size_t head = w_.verbs[vi - 1].head;
  for (RawEvent& e : *events) {
    // (An appeal its complement's nouns refined, "for a humanitarian ceasefire", takes the verb's act.)
    if (e.verb_token == head && (e.code == outer || (outer == "020" && e.code.starts_with("02")))) e.code = combined;
  }
  outcomes_[vi - 1].code = combined;
}

bool SentenceCoder::ComplementOfPreviousEvent(size_t vi) const {
  // An infinitive complement of a verb that already made an event is part of that event
  // ("pressured Obama to help Iran" is one demand), as in PETRARCH2. So is the act a threat or
  // promise that made an event says would be done ("warned Sweden that it would block its bid"
  // is the warning).
  // A purpose further on in the same clause is part of it too ("approved a loan to Ethiopia on
  // Monday to support its reforms" is the loan).
  const VerbHit& v = w_.verbs[vi];
  if (vi == 0) return false;
  if (!outcomes_[vi - 1].emitted) {
    // "a strike to press the government to crack down on gangs": what an appeal, demand,
    // offer, refusal or threat asks for is not done, even when the appeal itself has no actor
    // to code.
    std::string_view outer = outcomes_[vi - 1].code;
    bool governs = outer.size() >= 3 && (outer.starts_with("02") || outer.starts_with("03") || outer.starts_with("10") ||
                                         outer.starts_with("12") || outer.starts_with("13"));
    // ("saying they hoped to reach a deal": what one hopes or doubts it will do is not done.)
    bool hoped = (outer == "013" || outer == "012") && v.infinitive && v.begin <= w_.verbs[vi - 1].end + 2;
    return hoped || (governs && v.infinitive && w_.verbs[vi - 1].infinitive && v.begin <= w_.verbs[vi - 1].end + 8);
  }
  if (ModalComplement(vi)) return true;
  // "ruled out on Monday sending cruise missiles to Kyiv": what a refusal rules out is not done.
  if (std::string_view(outcomes_[vi - 1].code).starts_with("12") && w_.tokens[v.head].upper.ends_with("ING") &&
      v.begin <= w_.verbs[vi - 1].end + 4)
    return true;
  if (!v.infinitive) return false;
  // ("telephoned Erdogan to offer his condolences": the purpose of a call is an act of its own.)
  if (outcomes_[vi].purpose_of_call) return false;
  // ("told the U.N. General Assembly that his country was ready to send troops to Gaza": a
  // readiness reported by a bare statement is an intent of its own, not the statement's.)
  if (outcomes_[vi - 1].code == "010" && ReadinessBefore(v.begin)) return false;
  size_t from = w_.verbs[vi - 1].end;
  if (v.begin <= from + 8) return true;
  if (v.begin > from + 16) return false;
  for (size_t k = from; k < v.begin; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
  }
  return true;
}

int SentenceCoder::PlaceActedOn(size_t vi, size_t limit, int src, bool own_country, bool left) {
  // "shelled residential areas of Kherson", "struck a market in Aleppo": force used on a
  // place, no actor named, is used on the place's country (a city is no actor of its own).
  // Not a place of the actor's own country ("Ethiopian troops attacked Tigray"): whom it
  // fought there is not said, and the country is not its own target.
  size_t n = w_.tokens.size();
  auto word_at = [&](size_t j) { return w_.tokens[j].word; };
  size_t from = w_.verbs[vi].end;
  for (size_t k = from; k < limit && k < from + 8; ++k) {
    if ((TokenFlags(k) & (kClauseEnd | kComma)) || w_.verb_at[k] >= 0 || w_.group_starting_at[k] >= 0) return -1;
    // (A place left after "from", one aimed at after "on", "against", "into", "to"; past "the": "on the Kursk region".)
    size_t j = k - 1 - (k >= from + 2 && Word(k - 1) == d_.w_the ? 1 : 0);
    std::string_view before = w_.tokens[j].upper;
    bool introduced = Word(j) == d_.w_of || (TokenFlags(j) & kPlaceIntro) || (left && before == "FROM") ||
                      (!left && (before == "ON" || before == "AGAINST" || before == "INTO" || before == "TO"));
    // ("struck the Saratov oil refinery": the place names the thing struck.)
    introduced = introduced || (k == from + 1 && Word(from) == d_.w_the);
    if (!w_.tokens[k].capitalized || (k > from && !introduced)) continue;
    PhraseTrie::Match found = d_.gazetteer.trie().Longest(k, n, word_at);
    if (found.end == 0) continue;
    const Place& place = d_.gazetteer.place(found.value);
    if (!d_.gazetteer.IsCountry(place.country) || (found.end < n && w_.tokens[found.end].capitalized)) return -1;
    if (d_.gazetteer.Contested(found.value)) return -1;  // whose "Hamilton" was struck is not said
    if (!own_country && src >= 0 && w_.mentions[w_.groups[src].members.front()].country == place.country) return -1;
    return GroupOfPlace(k, found.end, place);
  }
  return -1;
}

int SentenceCoder::GroupOfPlace(size_t begin, size_t end, const Place& place) {
  Mention m;
  m.begin = begin;
  m.end = end;
  m.code = m.country = place.country;
  m.how = "the place acted on: " + place.name;
  int index = GroupOfNewMention(std::move(m));
  w_.group_starting_at[begin] = index;
  w_.group_ending_at[end] = index;
  return index;
}

int SentenceCoder::PostureToward(size_t vi, int src, size_t limit) const {
  // "massed 130,000 troops near Ukraine's borders", "deployed tanks along the border with
  // Kosovo", "moved units closer to Taiwan": a force posture is aimed at the country it faces.
  size_t n = w_.tokens.size();
  auto word = [&](size_t k) { return k < n ? w_.tokens[k].upper : std::string_view(); };
  for (size_t k = w_.verbs[vi].end; k + 1 < limit; ++k) {
    bool in_number = k > 0 && w_.tokens[k - 1].is_number && w_.tokens[k + 1].is_number;  // "130,000"
    // (A list goes on past its commas: "moved tanks, artillery and troops towards".)
    const Token& next = w_.tokens[k + 1];
    bool in_list = next.is_word && !next.capitalized && !(TokenFlags(k + 1) & kDet) && w_.verb_at[k + 1] < 0;
    if ((TokenFlags(k) & kClauseEnd) || ((TokenFlags(k) & kComma) && !in_number && !in_list)) break;
    size_t q = 0;
    if (word(k) == "NEAR" || word(k) == "ALONG" || word(k) == "TOWARD" || word(k) == "TOWARDS") q = k + 1;
    if ((word(k) == "CLOSE" || word(k) == "CLOSER") && word(k + 1) == "TO") q = k + 2;
    if ((word(k) == "ON" || word(k) == "AT") && w_.group_starting_at[k + 1] >= 0) {
      // "concentrating troops ... on Armenia's border"
      size_t e = w_.groups[w_.group_starting_at[k + 1]].end;
      if (word(e) == "'S" && (word(e + 1) == "BORDER" || word(e + 1) == "BORDERS" || word(e + 1) == "FRONTIER")) q = k + 1;
    }
    if ((word(k) == "BORDER" || word(k) == "BORDERS" || word(k) == "FRONTIER" || word(k) == "BOUNDARY") &&
        word(k + 1) == "WITH")
      q = k + 2;
    if (q == 0 || q >= n) continue;
    if (Word(q) == d_.w_the) ++q;
    if (word(q) == "BORDER" && word(q + 1) == "WITH") q += 2;
    int g = q < n ? w_.group_starting_at[q] : -1;
    if (g >= 0 && g != src && !SameCountry(src, g) && !RegionOnly(g)) return g;
  }
  return -1;
}

int SentenceCoder::GroupOfEarlierActor(const KnownActor& actor, size_t at, const char* how) {
  Mention m;
  m.begin = at;
  m.end = at + 1;
  m.code = actor.code;
  m.country = actor.country;
  m.person = actor.person;
  m.resolved = true;
  m.how = how;
  return GroupOfNewMention(std::move(m));
}

int SentenceCoder::GroupOfNewMention(Mention m) {
  Group g;
  g.begin = m.begin;
  g.end = m.end;
  w_.mentions.push_back(std::move(m));
  g.members.push_back(static_cast<int>(w_.mentions.size() - 1));
  w_.groups.push_back(std::move(g));
  return static_cast<int>(w_.groups.size() - 1);
}

void SentenceCoder::GroupSlotParts(PatternSlots* slots) {
  int* slot[3] = {&slots->source, &slots->target, &slots->compound};
  for (size_t k = 0; k < 3; ++k) {
    auto [first, count] = slots->parts[k];
    if (count == 0 || *slot[k] < 0) continue;
    const Group whole = w_.groups[*slot[k]];
    Group part;
    for (size_t m = first; m < static_cast<size_t>(first) + count; ++m) part.members.push_back(whole.members[m]);
    part.begin = w_.mentions[part.members.front()].begin;
    part.end = w_.mentions[part.members.back()].end;
    // Not indexed by group_starting_at: the text's compound stays the group found there.
    w_.groups.push_back(std::move(part));
    *slot[k] = static_cast<int>(w_.groups.size() - 1);
    slots->parts[k] = {0, 0};
  }
}

bool SentenceCoder::StateActor(int group) const {
  const GroupMembers& members = w_.groups[group].members;
  if (members.size() != 1) return false;
  const std::string& code = w_.mentions[members.front()].code;
  return (code.size() == 3 && code != "---" && d_.gazetteer.IsCountry(code)) ||
         (code.size() == 6 && code.compare(3, 3, "GOV") == 0);
}

bool SentenceCoder::AudienceOfStatement(int group) const {
  // "told reporters", "speaking to journalists in New Delhi": media named by a common noun,
  // not an outlet ("told Reuters").
  const GroupMembers& members = w_.groups[group].members;
  if (members.size() != 1) return false;
  const Mention& m = w_.mentions[members.front()];
  return !w_.tokens[m.begin].capitalized && m.code.size() >= 6 && m.code.compare(m.code.size() - 3, 3, "MED") == 0;
}

std::string SentenceCoder::CodeForVoice(const CodePair& pair, bool passive, bool* reversed) {
  *reversed = false;
  if (passive) return pair.passive.empty() ? pair.active : pair.passive;
  if (pair.active.empty()) {
    *reversed = true;  // "[:173]": the subject undergoes the event
    return pair.passive;
  }
  return pair.active;
}

SentenceCoder::Roles SentenceCoder::FromSlots(const PatternSlots& slots) {
  if (slots.compound >= 0) return Roles{slots.compound, kEachOther, false};
  return Roles{slots.source, slots.target, false};
}

SentenceCoder::Roles SentenceCoder::PassiveRoles(size_t vi, const PatternSlots& slots, const std::string& code,
                                                 int subject, size_t limit) const {
  const VerbHit& v = w_.verbs[vi];
  size_t n = w_.tokens.size();
  Roles from_slots = FromSlots(slots);
  int src = from_slots.source, tgt = from_slots.target;
  int agent = roles_.AgentOfPassive(vi, limit);
  if (src < 0 && tgt >= 0 && tgt == agent) {
    // An active pattern's '+' after the verb reached the "by" phrase ("* + WITH &WEAPON":
    // "was attacked by Russia with rifles"): as PETRARCH2 reads a passive, that phrase is the
    // source and the subject the target.
    src = agent;
    tgt = subject;
  }
  if (tgt < 0 && tgt != kEachOther) tgt = subject;
  if (src < 0) src = agent;
  // "Algeria's army has been placed on heightened alert along the border with Morocco": forces
  // put on alert by no one named are the subject's own show of force, to whom follows. (Not a
  // relative clause's or a modal's: "soldiers sent to Russia, who could be deployed against".)
  bool plain = true;
  for (size_t k = v.begin; k > 0 && k + 4 > v.begin && plain; --k) {
    std::string_view u = w_.tokens[k - 1].upper;
    plain = !(TokenFlags(k - 1) & kModal) && u != "WHO" && u != "WHICH" && u != "THAT";
  }
  if (src < 0 && subject >= 0 && tgt == subject && code.compare(0, 2, "15") == 0 && !v.reduced && plain) {
    bool embedded = false;
    src = subject;
    tgt = roles_.ObjectOf(vi, limit, src, &embedded, &slots, code);
  }
  if (tgt == -1 && src >= 0 && !v.reduced) {
    // A thing as the subject ("sanctions were imposed on three Chinese companies by the US"):
    // what the act is on comes after the verb.
    bool embedded = false;
    tgt = roles_.ObjectOf(vi, limit, src, &embedded, &slots, code);
  }
  bool force = code.size() >= 2 && (code[0] == '1' && (code[1] == '8' || code[1] == '9'));
  force = force || code.compare(0, 2, "20") == 0;
  if (src < 0 && force) {
    // "a rocket was fired at Israel from Gaza", "was hit by fire from an Israeli tank": where
    // the force came from is its source, and what it was aimed at its target.
    // So is the agent of the weapon's own participle: "was hit by a missile fired by the Houthis".
    for (size_t k = v.end; k + 1 < limit && k < v.end + 10; ++k) {
      std::string_view w = w_.tokens[k].upper;
      size_t q = k + 1;
      if (TokenFlags(q) & kDet) ++q;
      int g = q < n ? w_.group_starting_at[q] : -1;
      if (g < 0) continue;
      if ((w == "FROM" || (TokenFlags(k) & kBy) || (w == "WITH" && FightBefore(k))) && src < 0) src = g;
      if ((w == "AT" || w == "ON" || w == "AGAINST" || w == "INTO") && tgt < 0) tgt = g;
    }
  }
  // "an agreement signed between A and B": the compound is both sides (when the verb has a
  // subject, only a compound of several). The last such group within three tokens wins.
  auto group_after_between = [&](bool several) {
    int found = -1;
    for (size_t k = v.end; k < limit && k < v.end + 3; ++k) {
      if (!(TokenFlags(k) & kBetween)) continue;
      size_t q = k + 1;
      if (Word(q) == d_.w_the) ++q;
      int g = q < n ? w_.group_starting_at[q] : -1;
      if (g >= 0 && (!several || w_.groups[g].members.size() > 1)) found = g;
    }
    return found;
  };
  if (src < 0 && (tgt < 0 || w_.groups[tgt].members.size() < 2)) {
    int g = group_after_between(false);
    if (g >= 0) {
      src = g;
      tgt = kEachOther;
    }
  }
  if (src < 0 && tgt >= 0) {
    int g = group_after_between(true);
    if (g >= 0) {
      src = g;
      tgt = kEachOther;
    }
  }
  return Roles{src, tgt, false};
}

int SentenceCoder::ExtraditedTo(int person, size_t limit) const {
  // "extradited Mozambique's former finance minister ... to the United States": the country
  // that receives the person is whom the judicial cooperation is with.
  for (size_t k = w_.groups[person].end; k + 1 < limit; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) break;
    if (w_.verb_at[k] >= 0) break;
    if (!(TokenFlags(k) & kTo)) continue;
    size_t q = k + 1;
    if (Word(q) == d_.w_the) ++q;
    int g = q < limit ? w_.group_starting_at[q] : -1;
    if (g >= 0 && !SameCountry(g, person)) return g;
    break;
  }
  return person;
}

SentenceCoder::Roles SentenceCoder::ActiveRoles(size_t vi, const PatternSlots& slots, const VerbPattern* pattern,
                                                const std::string& code,
                                                int subject, size_t limit) const {
  const VerbHit& v = w_.verbs[vi];
  size_t n = w_.tokens.size();
  Roles from_slots = FromSlots(slots);
  int src = from_slots.source, tgt = from_slots.target;
  bool embedded = false;
  if (src < 0) src = subject;
  // "pounded each other with artillery": the compound acts on itself (ActsOnEachOther); what
  // comes after is the means.
  bool each_other = v.end + 1 < n && ((w_.tokens[v.end].upper == "EACH" && w_.tokens[v.end + 1].upper == "OTHER") ||
                                      (w_.tokens[v.end].upper == "ONE" && w_.tokens[v.end + 1].upper == "ANOTHER"));
  if (tgt == -1 && !(each_other && src >= 0 && w_.groups[src].members.size() > 1))
    tgt = roles_.ObjectOf(vi, limit, src, &embedded, &slots, code);
  if (tgt >= 0 && code.compare(0, 2, "14") == 0) tgt = roles_.BeyondProtestPlace(tgt, limit);
  if (tgt >= 0 && code.compare(0, 2, "09") == 0) tgt = roles_.AuthorInInquiry(tgt, limit);
  if (tgt >= 0 && code.compare(0, 2, "11") == 0) tgt = roles_.BeyondTheForum(tgt, limit);
  if (code.compare(0, 2, "12") == 0) tgt = roles_.PressureResisted(vi, limit, tgt);
  if (tgt >= 0 && code.size() >= 2 && code[0] == '0' && code[1] >= '3' && code[1] <= '6' && roles_.InAReason(vi, tgt))
    tgt = -1;  // "took part in exercises in response to the arrival of a British warship": no partner
  if (tgt >= 0 && code.compare(0, 3, "063") == 0) tgt = ExtraditedTo(tgt, limit);
  bool reflexive = false;
  if (tgt == -1 && src >= 0 && v.end < n && (TokenFlags(v.end) & kReflexive)) {
    tgt = src;  // "Iraq had attacked themselves"
    reflexive = true;
  }
  // A refutation whose pattern names what is denied ("* ATTACK [016]": "Russia denied that
  // its troops attacked Ukraine"): the denial is of an act against the refuted clause's
  // object, which is its target; the refuted act itself is not coded (see RefutedClause).
  if (embedded && pattern != nullptr && (TokenFlags(v.head) & kRefute) && vi + 1 < w_.verbs.size() &&
      w_.verbs[vi + 1].refuted) {
    bool inner_embedded = false;
    int inner = roles_.ObjectOf(vi + 1, std::min(n, w_.verbs[vi + 1].end + PatternMatcher::kLowerReach), src,
                                &inner_embedded);
    if (inner >= 0) {
      tgt = inner;
      embedded = false;
      Note("    the refuted clause's object is the target of the denial\n");
    }
  }
  if (embedded && tgt < 0 && src >= 0 && (TokenFlags(v.head) & kRefute)) {
    // "Vietnam denied that its coast guard had rammed a Philippine boat": when the refuted
    // clause gave no target above (no verb of the dictionaries in it, or a denial with no
    // pattern naming the act), the denial is towards the other side named in it.
    tgt = OtherSideInRefutedClause(v.end, src, limit);
    if (tgt >= 0) {
      embedded = false;
      Note("    the other side named in the refuted clause is the target of the denial\n");
    }
  }
  if (embedded && tgt < 0 && src >= 0 && (code == "012" || code == "013")) {
    tgt = ExpectedActor(vi, src, limit);
    if (tgt >= 0) embedded = false;
  }
  if (tgt >= 0 && src >= 0 && !embedded && code.compare(0, 2, "01") == 0 && (TokenFlags(v.head) & kRefute) &&
      (SameCountry(src, tgt) || Unowned(tgt))) {
    // "Rwanda denies sending troops into Congo": its own troops are what is denied, the other
    // side named after them is whom the denial answers.
    int other = OtherSideInRefutedClause(w_.groups[tgt].end, src, limit);
    if (other >= 0) {
      tgt = other;
      Note("    the denial's object is its own side: the other side named after it is the target\n");
    }
  }
  if (tgt >= 0 && src >= 0 && SameCountry(src, tgt)) {
    int host = CountryItsOwnSideGoesTo(src, tgt, code);
    if (host >= 0) {
      tgt = host;
      Note("    its own side: the country it is sent to or withdrawn from is the target\n");
    }
  }
  if (src < 0 && tgt >= 0) {
    // "... between (the) A and B": a verb with no subject whose object is a compound.
    size_t b = w_.groups[tgt].begin;
    if (b > 0 && Word(b - 1) == d_.w_the) --b;
    if (b > 0 && (TokenFlags(b - 1) & kBetween) && w_.groups[tgt].members.size() > 1) {
      src = tgt;
      tgt = kEachOther;
    }
  }
  return Roles{src, tgt, embedded, reflexive};
}

bool SentenceCoder::OnlyTheSourceAgain(int src, int tgt, const std::string& code) const {
  const Group& t = w_.groups[tgt];
  if (t.members.size() != 1 || w_.groups[src].members.size() != 1) return false;
  const Mention& m = w_.mentions[t.members.front()];
  const Mention& s = w_.mentions[w_.groups[src].members.front()];
  // (A threat's "Mexico would respond ..." by Mexico's president is his own state again; its
  // unions' "would shut the country down" is not.)
  // (So its forces' "Iranian missiles would rain down on Israeli cities" by the Revolutionary
  // Guards' chief.)
  bool forces = s.code.size() == 6 && s.code.compare(3, 3, "MIL") == 0;
  bool own_state = m.code.size() == 3 || (m.code.size() == 6 && m.code.compare(3, 3, "MIL") == 0);
  if (code.compare(0, 2, "13") == 0 && own_state && m.code.compare(0, 3, s.country) == 0 && (StateActor(src) || forces))
    return true;
  return m.resolved && m.code == s.code;
}

bool SentenceCoder::Unowned(int group) const {
  const std::string& c = w_.mentions[w_.groups[group].members.front()].country;
  return c == "---" || c.empty();
}

bool SentenceCoder::SameCountry(int group_a, int group_b) const {
  const std::string& a = w_.mentions[w_.groups[group_a].members.front()].country;
  const std::string& b = w_.mentions[w_.groups[group_b].members.front()].country;
  return a == b && a != "---" && !a.empty();
}

int SentenceCoder::OtherSideInRefutedClause(size_t from, int src, size_t limit) const {
  const std::string& own = w_.mentions[w_.groups[src].members.front()].country;
  for (size_t k = from; k < limit; ++k) {
    if (TokenFlags(k) & (kClauseEnd | kComma)) return -1;
    int g = w_.group_starting_at[k];
    if (g < 0) continue;
    const std::string& country = w_.mentions[w_.groups[g].members.front()].country;
    if (country != own && country != "---") return g;
  }
  return -1;
}

int SentenceCoder::ConditionSubject(size_t vi, int src, size_t limit) const {
  size_t n = w_.tokens.size();
  for (size_t k = w_.verbs[vi].end; k + 1 < limit; ++k) {
    if (TokenFlags(k) & kClauseEnd) return -1;
    int vj = w_.verb_at[k];
    if (vj >= 0 && w_.verbs[vj].begin == k && !w_.verbs[vj].background) {
      // "warned that it would cut off gas to Moldova if ...": the threatened act, coded by
      // its own verb, names the one threatened; a verb that codes nothing ("to close the
      // Strait of Hormuz") leaves it to the condition, and so does a background relative
      // clause ("could scrap an agreement that gives Algerians ... if Algiers keeps refusing").
      PatternSlots slots;
      const VerbPattern* chosen = matcher_.FindPattern(static_cast<size_t>(vj), &slots);
      const std::string& code = chosen ? chosen->code.active : d_.verbs.form(w_.verbs[vj].form).code.active;
      if (!code.empty() && code != "---") return -1;
    }
    if (!(TokenFlags(k) & kConditional) || Word(k) == d_.w_whether) continue;
    size_t q = k + 1;
    if (Word(q) == d_.w_the) ++q;
    int g = q < n ? w_.group_starting_at[q] : -1;
    return g >= 0 && g != src && !SameCountry(g, src) ? g : -1;
  }
  return -1;
}

void SentenceCoder::Emit(int src_group, int tgt_group, const std::string& code, const std::string& pattern, size_t vi,
                         std::vector<RawEvent>* events, bool reflexive) const {
  const VerbHit& v = w_.verbs[vi];
  std::string verb(TextOf(v.begin, v.end));
  auto push = [&](int s, int t) {
    const Mention& a = w_.mentions[s];
    const Mention& b = w_.mentions[t];
    if (a.code == b.code && !(reflexive && s == t)) return;
    for (const RawEvent& e : *events) {
      if (e.source >= 0 && e.target >= 0 && w_.mentions[e.source].code == a.code && w_.mentions[e.target].code == b.code && e.code == code &&
          e.verb_token == v.head)
        return;
    }
    events->push_back(RawEvent{s, t, code, pattern, verb, v.head});
  };
  if (tgt_group < 0) {
    // A compound subject with no object acts on each other: "Turkey and Russia signed".
    const Group& g = w_.groups[src_group];
    for (int s : g.members)
      for (int t : g.members)
        if (s != t) push(s, t);
    return;
  }
  for (int s : w_.groups[src_group].members)
    for (int t : w_.groups[tgt_group].members) push(s, t);
}

bool SentenceCoder::AuxiliariesBefore(const VerbHit& v, const std::vector<std::string>& words) const {
  if (words.size() > v.begin) return false;
  for (size_t k = 0; k < words.size(); ++k) {
    if (w_.tokens[v.begin - words.size() + k].upper != words[k]) return false;
  }
  return true;
}

void SentenceCoder::ApplyTransformations(std::vector<RawEvent>* events) {
  for (size_t vi = 0; vi + 1 < w_.verbs.size(); ++vi) {
    const Outcome& o = outcomes_[vi];
    const VerbHit& v2 = w_.verbs[vi + 1];
    if (o.source < 0) continue;
    // The next verb is embedded when the outer verb has no object of its own before it.
    if (!(o.embedded || v2.infinitive || !o.has_target) || v2.begin > w_.verbs[vi].end + 10) continue;
    std::vector<size_t> inner;
    for (size_t e = 0; e < events->size(); ++e) {
      if ((*events)[e].verb_token == v2.head && (*events)[e].target >= 0) inner.push_back(e);
    }
    if (inner.empty()) continue;
    std::vector<RawEvent> produced;
    int outer_src = w_.groups[o.source].members.front();
    for (const Transformation& t : d_.verbs.transformations()) {
      if (t.outer_code != o.code && t.outer_code != o.verb_code) continue;
      for (size_t e : inner) {
        const RawEvent& ie = (*events)[e];
        // Codes match by root; the uses of force (18 assault, 19 fight, 20 mass violence) are
        // one family, as ATTACK names them all in the transformations.
        auto force = [](const std::string& c) { return c.size() >= 2 && (c.compare(0, 2, "18") == 0 || c.compare(0, 2, "19") == 0 || c.compare(0, 2, "20") == 0); };
        if (t.inner_code != "Q" && ie.code.compare(0, 2, t.inner_code, 0, 2) != 0 && !(force(ie.code) && force(t.inner_code)))
          continue;
        if (!AuxiliariesBefore(v2, t.inner_auxiliaries)) continue;
        std::map<char, int> bind{{t.outer_source, outer_src}};
        auto same = [&](int a, int b) { return w_.mentions[a].code == w_.mentions[b].code; };
        bool ok = true;
        if (t.inner_source == '_') {
          ok = v2.infinitive && same(outer_src, ie.source);  // no subject of its own
        } else if (t.inner_source != '.') {
          auto it = bind.find(t.inner_source);
          if (it != bind.end()) ok = same(it->second, ie.source);
          else {
            ok = !same(outer_src, ie.source);
            bind[t.inner_source] = ie.source;
          }
        }
        if (ok && t.inner_target != '.' && t.inner_target != '_') {
          auto it = bind.find(t.inner_target);
          if (it != bind.end()) ok = same(it->second, ie.target);
          else bind[t.inner_target] = ie.target;
        }
        auto rs = bind.find(t.result_source);
        auto rt = bind.find(t.result_target);
        if (!ok || rs == bind.end() || rt == bind.end() || same(rs->second, rt->second)) continue;
        produced.push_back(RawEvent{rs->second, rt->second, t.result_code == "Q" ? ie.code : t.result_code,
                                    "transformation: " + t.text, ie.verb, w_.verbs[vi].head});
        Note("    transformation " + t.text + "\n");
      }
      if (!produced.empty()) break;
    }
    if (produced.empty()) continue;
    // The verbs coordinated with the embedded one share its clause ("claimed that ISIL had
    // attacked Iraq and taken Mosul"): what they report is transformed too, not coded as fact.
    size_t last = vi + 1;
    while (last + 1 < w_.verbs.size() && CoordinatedWithPrevious(last + 1)) ++last;
    size_t outer_head = w_.verbs[vi].head;
    auto transformed = [&](const RawEvent& e) {
      if (e.verb_token == outer_head) return true;
      for (size_t k = vi + 1; k <= last; ++k) {
        if (e.verb_token == w_.verbs[k].head) return true;
      }
      return false;
    };
    events->erase(std::remove_if(events->begin(), events->end(), transformed), events->end());
    events->insert(events->end(), produced.begin(), produced.end());
  }
}

}  // namespace tidings::extract
