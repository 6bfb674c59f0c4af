// The code an event takes once its verb and sides are known: modality (an act announced,
// readied, demanded or backed with "or face" is the intent, demand or ultimatum, not the act),
// composition with a governing verb ("agreed to help": 033), and the codes a fight takes from
// its sides (killings and the means of force: killing_codes.cc). Part of SentenceCoder
// (sentence_coder.h).
#include <algorithm>
#include <cstdlib>

#include "extract/appeal_codes.h"
#include "extract/contact_codes.h"
#include "extract/sentence_coder.h"
#include "extract/violence_codes.h"

namespace tidings::extract {

namespace {

// Removes the events whose `drop` entry is set, keeping the others in order.
void RemoveMarked(const std::vector<bool>& drop, std::vector<SentenceCoder::RawEvent>* events) {
  size_t kept = 0;
  for (size_t i = 0; i < events->size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) (*events)[kept] = std::move((*events)[i]);
    ++kept;
  }
  events->resize(kept);
}

}  // namespace

std::string_view SentenceCoder::ModalOf(size_t vi, bool* negated) const {
  // Back from the verb over adverbs and one negation: "would (still) not", "could", "won't".
  size_t p = w_.verbs[vi].begin;
  *negated = false;
  while (p > 0 && (TokenFlags(p - 1) & (kAdverb | kNeg))) {
    *negated = *negated || (TokenFlags(p - 1) & kNeg);
    --p;
  }
  return p > 0 ? std::string_view(w_.tokens[p - 1].upper) : std::string_view();
}

bool SentenceCoder::IntendedAct(size_t vi) const {
  // "said they would open negotiations": what an actor said it would do is its intent (CAMEO
  // 03), or its threat for force; "could", "might" and "if" clauses are no statements of
  // intent (and conditionals are unrealized already). "Will" is left to the dictionaries' own
  // intent patterns (&INTENT * [036]): PETRARCH2 codes "will meet" as the meeting, and users
  // comparing with it expect that. Readiness ("stood willing to host") is ReadinessBefore's.
  const VerbHit& v = w_.verbs[vi];
  if (!v.finite && !v.infinitive) return false;
  bool negated = false;
  return ModalOf(vi, &negated) == "WOULD" && !negated;
}

bool SentenceCoder::ScheduledInThePast(size_t vi) const {
  // "The two leaders had been due to sign a minerals deal", "Kenya and Uganda were scheduled to
  // sign a pact on Friday, but ...": a plan a past tense reports is not yet the act (the news
  // says so once done).
  const VerbHit& v = w_.verbs[vi];
  size_t p = v.begin;
  if (!v.infinitive || p < 3) return false;
  if (w_.tokens[p].upper != "TO") --p;
  if (w_.tokens[p].upper != "TO") return false;
  std::string_view plan = w_.tokens[p - 1].upper, be = w_.tokens[p - 2].upper;
  return (plan == "DUE" || plan == "SCHEDULED" || plan == "SUPPOSED" || plan == "SLATED" || plan == "SET") &&
         (be == "WAS" || be == "WERE" || be == "BEEN");
}

bool SentenceCoder::AfterModalOfPossibility(size_t vi) const {
  // "could", "might" or "may", not negated, before a finite verb or an infinitive.
  const VerbHit& v = w_.verbs[vi];
  if (!v.finite && !v.infinitive) return false;
  bool negated = false;
  std::string_view modal = ModalOf(vi, &negated);
  return !negated && (modal == "COULD" || modal == "MIGHT" || modal == "MAY");
}

bool SentenceCoder::ForceItMightUse(size_t vi, const std::string& code) const {
  std::string_view root = std::string_view(code).substr(0, 2);
  if (!(root == "16" || root == "17" || root == "18" || root == "19" || root == "20")) return false;
  return AfterModalOfPossibility(vi);
}

bool SentenceCoder::CooperationThatMayHappen(size_t vi, const std::string& code) const {
  std::string_view root = std::string_view(code).substr(0, 2);
  if (code.size() < 3 || root < "03" || root > "09") return false;
  return AfterModalOfPossibility(vi);
}

bool SentenceCoder::ModalAfterPronoun(size_t vi) const {
  // The word before the modal (past adverbs and the modal itself) is a pronoun: "it might".
  for (size_t k = w_.verbs[vi].begin; k > 0; --k) {
    uint64_t f = TokenFlags(k - 1);
    if (f & (kModal | kAdverb | kAux)) continue;
    std::string_view u = w_.tokens[k - 1].upper;
    return (f & (kPersonPron | kGroupPron | kThingPron)) || u == "WE" || u == "I";
  }
  return false;
}

bool SentenceCoder::StatedRefusal(size_t vi) const {
  // "said it would not renew its membership", "will never cede control", "won't negotiate": an
  // actor saying it will not do an act refuses it. "Did not attend" reports a fact instead.
  const VerbHit& v = w_.verbs[vi];
  if (!v.negated || v.refuted || v.infinitive || v.passive) return false;
  bool negated = false;
  std::string_view modal = ModalOf(vi, &negated);
  return negated && (modal == "WOULD" || modal == "WILL" || modal == "WO");
}

bool SentenceCoder::ActOfStatedRefusal(size_t vi) const {
  return w_.verbs[vi].infinitive && vi > 0 && StatedRefusal(vi - 1) && outcomes_[vi - 1].code.compare(0, 2, "12") == 0;
}

bool SentenceCoder::RefuseTheAct(size_t vi, std::string* code) const {
  // The infinitive of a refusal is the act refused; it composes with the refusal.
  if (!StatedRefusal(vi)) return true;
  // Refusing cooperation, talks, an agreement or a concession is CAMEO's 12x; an intent not to
  // ("would never agree to negotiate") is the refusal of the act its infinitive names.
  // Declining to give aid no one asked for, or to attack, is no rejection: no event. But
  // weapons or troops refused are ("Hungary will not send weapons to Ukraine": 1222).
  bool military = *code == "072" || *code == "074" || *code == "0332" || *code == "0334";
  bool aid = (code->compare(0, 2, "07") == 0 || code->compare(0, 3, "033") == 0) && !military;
  std::string refusal = aid ? "" : RefusalOf(*code);
  if (refusal.empty()) return false;
  Note("    an act it said it would not do is refused: " + refusal + " instead of " + *code + "\n");
  *code = refusal;
  return true;
}

void SentenceCoder::MarkUltimatums(std::vector<RawEvent>* events) const {
  // "gave the rebels seven days to leave or face military action", "told soldiers to surrender
  // or face an assault": a demand, appeal, warning or statement with "or face" is an ultimatum
  // (139).
  if (events->empty()) return;  // (most sentences: no need to look for "or face")
  size_t n = w_.tokens.size(), or_face = n;
  for (size_t k = 0; k + 1 < n && or_face == n; ++k) {
    if (w_.tokens[k].upper != "OR") continue;
    size_t f = k + 1;
    if (w_.tokens[f].upper == "ELSE" && f + 1 < n) ++f;
    // "... or see their immunity revoked", "... or lose its licence" are the same threat.
    std::string_view w = w_.tokens[f].upper;
    if (w == "FACE" || w == "RISK" || w == "SEE" || w == "LOSE") or_face = k;
  }
  if (or_face == n) return;
  for (RawEvent& e : *events) {
    std::string_view root = std::string_view(e.code).substr(0, 2);
    // A warning with a condition ("warned Moscow to pull back or face sanctions") is one too.
    bool asks = root == "01" || root == "02" || root == "07" || root == "10" || root == "13";
    // ("ordered all undocumented migrants to leave by Nov. 1 or face deportation": the order
    // coded as the expulsion it demands is the ultimatum too.)
    std::string_view verb = e.verb_token < n ? std::string_view(w_.tokens[e.verb_token].upper) : std::string_view();
    asks = asks || ((root == "16" || root == "17") &&
                    (verb == "ORDERED" || verb == "ORDERS" || verb == "ORDER" || verb == "TOLD" || verb == "GAVE"));
    if (!asks || e.verb_token >= or_face || e.verb_token + 30 < or_face) continue;
    Note("    '... or face': an ultimatum, 139 instead of " + e.code + "\n");
    e.code = "139";
  }
}

void SentenceCoder::DropBareStatements(std::vector<RawEvent>* events) const {
  // Countries of the sources of a more specific event: "Rubio told him the United States
  // still recognised Moroccan sovereignty" is the recognition alone.
  std::vector<std::string_view> acting;
  for (const RawEvent& e : *events) {
    if (e.code != "010" && e.source >= 0) acting.push_back(w_.mentions[e.source].country);
  }
  auto bare = [&](const RawEvent& e) {
    // Recognition (054) is between states: "Harris recognised Trump's election" is none.
    if (e.code == "054" && e.source >= 0 && e.target >= 0 && w_.mentions[e.source].country != "---" &&
        w_.mentions[e.source].country == w_.mentions[e.target].country)
      return true;
    if (e.code != "010" || e.source < 0) return false;
    // (Only the verb of saying's own code: "issued a statement on" names the statement.)
    if (d_.drop_bare_statements && e.pattern.starts_with("verb ")) return true;
    // A statement to its own country says nothing about relations ("the Canadian government
    // announced ... travel to Canada").
    if (e.target >= 0 && w_.mentions[e.source].country == w_.mentions[e.target].country) return true;
    // Nor does one told to the press: "..., two Western diplomats told Reuters on Friday" is
    // where the news came from.
    if (e.target >= 0 && std::string_view(w_.mentions[e.target].code).ends_with("MED")) return true;
    const std::string& country = w_.mentions[e.source].country;
    return country != "---" && std::find(acting.begin(), acting.end(), std::string_view(country)) != acting.end();
  };
  // So is a bare intent (030) towards one the same source acts on more precisely: "vowed to
  // fight against new tariffs, promising countermeasures" is the threat alone.
  // Any intent is part of an agreement the two sign: "signed a declaration, pledging to draft a
  // peace deal".
  auto bare_intent = [&](const RawEvent& e) {
    if (!e.code.starts_with("03") || e.source < 0 || e.target < 0) return false;
    for (const RawEvent& o : *events) {
      // (A meeting is no more precise an intent: "met in Hanoi, agreeing to set up a hotline".)
      bool more_precise = e.code == "030" ? o.code != "030" && o.code != "010" && !o.code.starts_with("04")
                                          : o.code.starts_with("057");
      if (more_precise && o.source >= 0 && o.target >= 0 && w_.mentions[o.source].code == w_.mentions[e.source].code &&
          w_.mentions[o.target].code == w_.mentions[e.target].code)
        return true;
    }
    return false;
  };
  std::vector<bool> drop(events->size());
  for (size_t i = 0; i < events->size(); ++i) drop[i] = bare((*events)[i]) || bare_intent((*events)[i]);
  RemoveMarked(drop, events);
}

void SentenceCoder::DropActsOfAMassKilling(std::vector<RawEvent>* events) const {
  // "Gunmen killed about 100 people ..., shooting residents and setting fire to their homes":
  // the shooting is how the massacre was done, not another attack. (Burning homes or
  // abducting women stay events of their own: only the violence on the people themselves.)
  auto same = [&](int a, int b) { return a >= 0 && b >= 0 && w_.mentions[a].code == w_.mentions[b].code; };
  // The victims are the same people, or some of them: "killed at least 70 villagers in Mali,
  // shooting men and hacking women to death", "..., shooting worshippers inside a mosque".
  auto among = [&](int victims, int some) {
    if (same(victims, some)) return true;
    if (victims < 0 || some < 0) return false;
    const Mention &v = w_.mentions[victims], &s = w_.mentions[some];
    bool one_country = v.country == s.country || v.country == "---" || s.country == "---";
    return one_country && NoPartyToFighting(v.code) && NoPartyToFighting(s.code);
  };
  auto part_of = [&](const RawEvent& e) {
    bool violence = e.code.starts_with("19") || e.code == "180" || e.code.starts_with("182");
    if (!violence) return false;
    for (const RawEvent& o : *events) {
      if (o.code == "202" && same(o.source, e.source) && among(o.target, e.target)) return true;
    }
    return false;
  };
  std::vector<bool> drop(events->size());
  for (size_t i = 0; i < events->size(); ++i) drop[i] = part_of((*events)[i]);
  RemoveMarked(drop, events);
}

bool SentenceCoder::TradeMeasureObject(size_t k) const {
  static constexpr std::string_view kMeasures[] = {"TARIFF", "TARIFFS", "DUTIES", "LEVIES", "SANCTIONS", "EMBARGO"};
  for (size_t end = std::min(w_.tokens.size(), k + 6); k < end; ++k) {
    if (std::find(std::begin(kMeasures), std::end(kMeasures), w_.tokens[k].upper) != std::end(kMeasures)) return true;
    // (The verb's own object only: "grapple with U.S. tariffs" suffers them.)
    if ((TokenFlags(k) & (kComma | kClauseEnd | kPrep)) || w_.verb_at[k] >= 0 || w_.group_starting_at[k] >= 0) return false;
  }
  return false;
}

std::string SentenceCoder::CodeForTheSides(size_t vi, const std::string& code, int src, int tgt) const {
  // "A and B discussed tariffs and supply chains by telephone": a consultation by phone (041),
  // also between the members of a compound; a PETRARCH2 file's codes stand.
  std::string contact = d_.verbs.grouped() ? code : CodeOfContact(code, w_, w_.verbs[vi].end);
  if (contact != code) Note("    a consultation by telephone: 041\n");
  if (src < 0 || tgt < 0) return contact;
  std::string refined = InvestigationCode(vi, KillingCode(vi, contact, src, tgt), src, tgt);
  // "urged X to sit down for talks" (026), "to hold their fire" (0256); a PETRARCH2 file's codes stand.
  if (!d_.verbs.grouped() && refined != CodeOfAppeal(refined, w_, w_.verbs[vi].end)) {
    refined = CodeOfAppeal(refined, w_, w_.verbs[vi].end);
    Note("    an appeal for what its complement names: " + refined + "\n");
  }
  // "forcibly repatriated Ethiopian migrants": a return against their will is an expulsion.
  const VerbHit& v = w_.verbs[vi];
  // "air traffic controllers began a two-day strike": workers' strikes are labour's.
  if (refined.compare(0, 2, "19") == 0 && WorkersOrStudents(w_.mentions[w_.groups[src].members[0]].code)) {
    for (size_t k = v.end; k < w_.tokens.size() && k < v.end + 5; ++k) {
      if (w_.tokens[k].upper == "STRIKE" || w_.tokens[k].upper == "STRIKES") refined = "143";
    }
  }
  // "came under fire from Hezbollah fighters" is gunfire; "from opposition lawmakers" criticism.
  if (refined == "190" && FireFromUnarmed(vi, src)) {
    Note("    under fire from no armed side: criticism, no attack\n");
    return "";
  }
  refined = AbductionCode(vi, CodeOfTheMeans(vi, src, refined), src, tgt);
  // "captured a senior Islamic State commander": people captured are detained, not a place.
  if (refined == "192" && v.head < w_.tokens.size() && w_.tokens[v.head].upper.starts_with("CAPTUR") &&
      PeopleNotPlace(w_.groups[tgt])) {
    Note("    people captured, not a place: detention 173\n");
    refined = "173";
  }
  // "seized 20 passengers from a bus", "seized two activists from a house": people seized are
  // abducted, not property confiscated.
  if (refined == "171" && PeopleNotPlace(w_.groups[tgt]) && NoPartyOrOpponents(w_.mentions[w_.groups[tgt].members[0]].code)) {
    Note("    people seized, not property: abduction 181\n");
    refined = "181";
  }
  // "sank 12 Vietnamese fishing boats", "an Indian fishing boat was sunk by a navy vessel": the
  // boats of fishermen or traders sunk are property destroyed, no fight (a warship sunk is one).
  if (refined == "190" && d_.verbs.form(v.form).lemma == "SINK" &&
      NoPartyToFighting(w_.mentions[w_.groups[tgt].members[0]].code)) {
    Note("    the boats of people no party to fighting sunk: property destroyed 1712\n");
    refined = "1712";
  }
  // "suspended the BBC and Voice of America for two weeks": relations cut with news outlets are
  // a curb on the press, no diplomacy.
  if (refined == "160" && MediaOnly(w_.groups[tgt])) {
    Note("    news outlets suspended: a restriction of freedoms 1721\n");
    refined = "1721";
  }
  if (refined.compare(0, 3, "084") == 0 && v.begin > 0 && w_.tokens[v.begin - 1].upper == "FORCIBLY") refined = "174";
  // "withdrew from ECOWAS", "pulled out of the WHO": a state leaving an organisation reduces
  // relations with it (160); no force retreats from a body (its peacekeepers are left, 1661).
  const std::string& from_code = w_.mentions[w_.groups[src].members[0]].code;
  const std::string& body = w_.mentions[w_.groups[tgt].members[0]].code;
  if (refined == "0874" && body.starts_with("IGO") && !body.ends_with("PKO") && !body.ends_with("MIL") &&
      (from_code.size() == 3 || from_code.ends_with("GOV"))) {
    Note("    a state leaving an organisation: relations reduced 160\n");
    refined = "160";
  }
  // "slapped retaliatory tariffs on American goods": force whose object is a trade measure is
  // that measure (163).
  if ((refined.compare(0, 2, "18") == 0 || refined.compare(0, 2, "19") == 0) && TradeMeasureObject(v.end)) {
    Note("    force whose object is a tariff or sanction: that sanction 163\n");
    refined = "163";
  }
  // "Chinese tourists visited Bangkok", "Ukrainian refugees arrived in Warsaw": civilians and
  // refugees travelling pay no visit.
  if (refined == "042" && from_code.size() >= 6 && (from_code.compare(3, 3, "CVL") == 0 || from_code.compare(3, 3, "REF") == 0)) {
    Note("    civilians or refugees travelling: no visit\n");
    return "";
  }
  // "closed the offices of the Finnish consulate": another state's offices closed are diplomacy.
  std::string_view lemma = d_.verbs.form(v.form).lemma;
  if (refined == "172" && body.ends_with("GOV") && !SameCountry(src, tgt) && (lemma == "CLOSE" || lemma == "SHUT")) {
    Note("    another state's offices closed: diplomatic relations reduced 161\n");
    refined = "161";
  }
  if (refined == "192" && body.size() >= 6 && body.compare(body.size() - 3, 3, "BUS") == 0) {
    // "took control of Chinese-owned chipmaker Nexperia": a company seized is property confiscated.
    Note("    a company seized: property confiscated 1711\n");
    refined = "1711";
  }
  if (refined == "174" && CountBefore(w_.verbs[vi].end, w_.groups[tgt]) >= 1000) {
    // "deported more than 20,000 Afghan migrants": CAMEO's mass expulsion.
    Note("    a thousand or more expelled: mass expulsion 201\n");
    refined = "201";
  }
  // "Myanmar soldiers killed at least 32 villagers", "shot dead 30 men": civilians killed by
  // the dozen at once are CAMEO's mass killing (202), as news coders code them.
  if ((refined == "190" || refined == "193" || refined == "180" || refined == "1823") && body.size() >= 6 &&
      body.compare(body.size() - 3, 3, "CVL") == 0 && CountBefore(w_.verbs[vi].end, w_.groups[tgt]) >= 30) {
    std::string_view killed = d_.verbs.form(v.form).lemma;
    if (killed == "KILL" || killed == "SHOOT_DEAD" || killed == "MASSACRE" || killed == "EXECUTE") {
      Note("    thirty or more civilians killed: mass killing 202\n");
      refined = "202";
    }
  }
  if (refined == "043" && d_.verbs.form(v.form).lemma == "WELCOME" && ThingOfTheTarget(tgt)) {
    // "welcomed Washington's reaffirmation of ...": what an actor did is welcomed, no visit.
    Note("    an actor's act welcomed, not the actor: endorsement 051\n");
    refined = "051";
  }
  if (refined == "174" && DiplomaticStaffSentAway(vi, tgt)) {
    Note("    the staff of a state's embassy sent away: diplomats expelled 161\n");
    refined = "161";
  }
  std::string expelled = CodeOfExpelledOrganisation(refined, w_.mentions[w_.groups[tgt].members[0]].code);
  if (expelled != refined) Note("    an organisation's people sent away: its expulsion " + expelled + "\n");
  refined = expelled;
  std::string repression = CodeOfForceOnProtesters(refined, w_.mentions[w_.groups[src].members[0]].code,
                                                   w_.mentions[w_.groups[tgt].members[0]].code);
  if (repression != refined) Note("    a state's forces on its own protesters: violent repression " + repression + "\n");
  if (AidToItsOwnPlace(repression, src, tgt)) {
    Note("    aid or protection sent to a place of the sender's own country: a deployment, no aid\n");
    return "";
  }
  return repression;
}

std::string SentenceCoder::CodeOfExpelledOrganisation(const std::string& code, std::string_view target) {
  // "ordered staff of the U.N. human rights office to leave the country": CAMEO expels an
  // organisation (166) apart from deporting people (174); peacekeepers, inspectors and aid
  // agencies have codes of their own.
  if (code != "174" || target.size() < 6 || (!target.starts_with("IGO") && !target.starts_with("NGO"))) return code;
  if (target.ends_with("PKO")) return "1661";
  if (target.ends_with("IAE")) return "1662";
  if (target.ends_with("WFP") || target.ends_with("HCR") || target.ends_with("HLH") || target.ends_with("UNICEF") ||
      target.starts_with("NGOHLH"))
    return "1663";
  return "166";
}

bool SentenceCoder::ThingOfTheTarget(int tgt) const {
  // "Washington's reaffirmation", "the U.S. decision": the group is the possessor or modifier
  // of an act's noun after it (not of a person: "her Lebanese counterpart").
  size_t e = w_.groups[tgt].end;
  if (e < w_.tokens.size() && Word(e) == d_.w_s) ++e;
  if (e >= w_.tokens.size() || w_.group_starting_at[e] >= 0 || w_.verb_at[e] >= 0) return false;
  const Token& t = w_.tokens[e];
  if (!t.is_word || t.capitalized || (TokenFlags(e) & ~(kModifier | kDictionaryFlags))) return false;
  for (std::string_view act : {"TION", "SION", "MENT", "ANCE", "ENCE", "SAL", "VAL", "WAL"})
    if (t.upper.ends_with(act)) return true;
  return false;
}

bool SentenceCoder::DiplomaticStaffSentAway(size_t vi, int tgt) const {
  // "ordered 12 employees of the French embassy to leave", "a staff member of New Delhi's high
  // commission": the people a state's mission names are its diplomats, whatever they are called.
  size_t end = std::min(w_.tokens.size(), w_.groups[tgt].end + 3);
  for (size_t k = w_.verbs[vi].end; k < end; ++k) {
    if (k > w_.groups[tgt].end && ((TokenFlags(k) & (kComma | kClauseEnd)) || w_.verb_at[k] >= 0)) break;
    std::string_view u = w_.tokens[k].upper;
    if (u == "EMBASSY" || u == "EMBASSIES" || u == "CONSULATE" || u == "CONSULATES" || u == "DIPLOMATIC") return true;
    if (u == "HIGH" && k + 1 < end && w_.tokens[k + 1].upper == "COMMISSION") return true;
  }
  return false;
}

bool SentenceCoder::MediaOnly(const Group& group) const {
  for (int m : group.members) {
    const std::string& code = w_.mentions[m].code;
    if (code.size() != 6 || code.compare(3, 3, "MED") != 0) return false;
  }
  return true;
}

bool SentenceCoder::NoPartyOrOpponents(std::string_view code) {
  static constexpr std::string_view kPeople[] = {"CVL", "OPP", "EDU", "MED", "HRI", "REL", "LAB", "HLH", "REF", "ELI"};
  if (code.size() < 6) return false;
  std::string_view role = code.substr(3, 3);
  return std::find(std::begin(kPeople), std::end(kPeople), role) != std::end(kPeople);
}

bool SentenceCoder::PeopleNotPlace(const Group& g) const {
  // An actor with an agent (a commander, fighters), not a place's country nor a "rebel-held"
  // town's holder.
  const Mention& m = w_.mentions[g.members[0]];
  bool held = g.end < w_.tokens.size() && w_.tokens[g.end].joined;
  // ("captured the last military base": a base is a place, whoever holds it.)
  if (TokenFlags(g.end - 1) & kFacility) return false;
  return m.code.size() > 3 && !held && !m.how.starts_with("the place") &&
         (g.begin == 0 || w_.tokens[g.begin - 1].upper != "FROM") && m.agent;
}

bool SentenceCoder::AidToItsOwnPlace(const std::string& code, int src, int tgt) const {
  if (code.compare(0, 2, "07") != 0 || src < 0 || tgt < 0 || w_.groups[tgt].members.size() != 1) return false;
  const Mention& to = w_.mentions[w_.groups[tgt].members[0]];
  const Mention& from = w_.mentions[w_.groups[src].members[0]];
  // "sent police officers to Lima": the place is the bare country of the sender itself.
  return to.code.size() == 3 && to.code == from.country && !to.resolved;
}

int SentenceCoder::SidesOfFightingBefore(size_t vi) const {
  const VerbHit& v = w_.verbs[vi];
  size_t b = v.begin;
  while (b > 0 && (TokenFlags(b - 1) & (kAux | kAdverb))) --b;  // "has killed", "reportedly killed"
  int g = b > 0 ? w_.group_ending_at[b] : -1;
  if (g < 0 || w_.groups[g].members.size() < 2) return -1;
  size_t k = w_.groups[g].begin;
  if (k > 0 && Word(k - 1) == d_.w_the) --k;
  if (k < 2 || !(TokenFlags(k - 1) & kBetween) || w_.verb_at[k - 2] >= 0) return -1;  // a verb codes itself
  static constexpr std::string_view kFighting[] = {"CLASHES",   "CLASH",     "FIGHTING",   "BATTLES",  "BATTLE",
                                                   "SKIRMISHES", "HOSTILITIES", "GUNFIGHT", "GUNFIGHTS", "FIREFIGHT",
                                                   "FIREFIGHTS", "EXCHANGES",  "VIOLENCE",   "WAR",      "CONFLICT"};
  std::string_view noun = w_.tokens[k - 2].upper;
  for (std::string_view f : kFighting) {
    if (noun == f) return g;
  }
  return -1;
}

std::string SentenceCoder::ConditionalThreat(size_t vi, const std::string& composed) const {
  // "Tanzania will bar all farm imports from Malawi unless the two neighbours lift their own
  // restrictions": a punitive act that will or would follow unless (or if) another acts is the
  // threat of it (13x), not the act.
  if (composed.size() < 3) return composed;
  std::string_view root = std::string_view(composed).substr(0, 2);
  if (!(root == "15" || root == "16" || root == "17" || root == "18" || root == "19" || root == "20")) return composed;
  bool negated = false;
  std::string_view modal = ModalOf(vi, &negated);
  if (negated || !(modal == "WILL" || modal == "WOULD")) return composed;
  for (size_t k = w_.verbs[vi].end; k < w_.tokens.size(); ++k) {
    if (TokenFlags(k) & kClauseEnd) break;
    if (w_.tokens[k].upper == "UNLESS" || w_.tokens[k].upper == "IF") {
      std::string threat = ComposeCodes("130", composed);
      Note("    what will be done unless another acts: a threat " + threat + "\n");
      return threat;
    }
  }
  return composed;
}

std::string SentenceCoder::ComposeWithGoverningVerb(size_t vi, const std::string& code) const {
  const VerbHit& v = w_.verbs[vi];
  bool after_to = v.infinitive || d_.verbs.form(v.form).inflection == VerbForm::kGerund;  // "open to meeting"
  if (after_to && ReadinessBefore(v.begin)) {
    // "was ready to release", "is prepared to hold talks": an intent (03), and the intent to
    // meet is CAMEO's 036 here, no meeting having been agreed; forces shown, protection (0334).
    std::string intent = ComposeCodes("030", code);
    if (intent.compare(0, 2, "04") == 0) intent = "036";
    if (intent.compare(0, 2, "15") == 0) intent = "0334";  // ready to send jets over X: protection offered
    Note("    an adjective of readiness governs it: intent " + intent + "\n");
    return intent;
  }
  if (vi == 0 || outcomes_[vi - 1].emitted) return code;
  bool complement =
      (v.infinitive && (v.begin <= w_.verbs[vi - 1].end + 3 || PurposeOfProtest(vi))) || DemandOfProtest(vi);
  if (!complement && !ModalComplement(vi)) return code;
  std::string composed = ComposeCodes(outcomes_[vi - 1].code, code);
  // A threat the inner verb's own pattern names keeps its kind: "warned that it would sever
  // diplomatic ties" (1313), "would declare war on" (138); a promise to retaliate or respond
  // names no force ("would retaliate against any new sanctions": 130); a PETRARCH2 file's codes stand.
  if (!d_.verbs.grouped() && outcomes_[vi - 1].code.starts_with("13") && code.starts_with("13") && code.size() >= 3 &&
      !d_.verbs.form(v.form).lemma.starts_with("RETALIAT") && !d_.verbs.form(v.form).lemma.starts_with("RESPOND"))
    composed = code;
  // An appeal with no one appealed to, right before its own infinitive, is the subject's intent:
  // "wants to help Israel" (033), but "wants Putin to help" (023). CAMEO's 02x and 03x run in
  // parallel.
  if (complement && composed.size() >= 3 && composed.compare(0, 2, "02") == 0 && !outcomes_[vi - 1].has_target &&
      v.begin <= w_.verbs[vi - 1].end + 1)
    composed[1] = '3';
  if (composed != code && explain_) {
    Note("    composed with '" + std::string(w_.tokens[w_.verbs[vi - 1].head].upper) + "' [" + outcomes_[vi - 1].code + "] -> " +
         composed + "\n");
  }
  return composed;
}

bool SentenceCoder::PurposeOfProtest(size_t vi) const {
  // "marched in Baghdad on Friday to demand ...": a protest's purpose may follow its place and
  // time, in the same clause.
  if (outcomes_[vi - 1].code.compare(0, 2, "14") != 0) return false;
  size_t from = w_.verbs[vi - 1].end, to = w_.verbs[vi].begin;
  if (to > from + 8) return false;
  for (size_t k = from; k < to; ++k) {
    if (TokenFlags(k) & (kClauseEnd | kComma)) return false;
  }
  return true;
}

bool SentenceCoder::DemandOfProtest(size_t vi) const {
  // "went on strike on Thursday, demanding higher pay from the state port company": a demand
  // after a comma says what a protest is for, like "to demand", past its place and time too
  // ("blocked more than 70 roads across the country on Monday for a second week, demanding").
  // ("rallied outside parliament calling for the president's removal": an appeal alike, and
  // with no comma when nothing but the protest's place and time comes between.)
  const VerbHit& v = w_.verbs[vi];
  if (outcomes_[vi - 1].code.compare(0, 2, "14") != 0 || v.begin == 0 || !IngForm(d_, w_, v) ||
      v.begin > w_.verbs[vi - 1].end + 20)
    return false;
  if (!(TokenFlags(v.begin - 1) & kComma)) {
    if (!outcomes_[vi - 1].emitted) return false;  // (not "for protests calling for")
    for (size_t k = w_.verbs[vi - 1].end; k < v.begin; ++k) {
      if (TokenFlags(k) & (kClauseEnd | kComma | kRelative | kSubord)) return false;
    }
  }
  const std::string& code = d_.verbs.block(d_.verbs.form(v.form).block).code.active;
  return code.compare(0, 2, "10") == 0 || code.compare(0, 2, "02") == 0;
}

std::string SentenceCoder::DemandOfCrowd(size_t vi, int src, const std::string& code) const {
  // "packed the streets of Lima on Sunday, demanding that the president resign": crowds filling
  // the streets code nothing alone (fans, shoppers); the demand they voice there, after a comma,
  // is their protest for it (1411), not a demand made to the president.
  const VerbHit& v = w_.verbs[vi];
  if (vi == 0 || outcomes_[vi - 1].emitted || v.begin == 0 || !(TokenFlags(v.begin - 1) & kComma) ||
      !IngForm(d_, w_, v) || v.begin > w_.verbs[vi - 1].end + 12 || src != w_.subject_of_verb[vi - 1])
    return "";
  const std::string& crowd = outcomes_[vi - 1].code;
  const VerbBlock& gathered = d_.verbs.block(d_.verbs.form(w_.verbs[vi - 1].form).block);
  if ((!crowd.empty() && crowd != "---") || !gathered.code.active.starts_with("14")) return "";
  if (!code.starts_with("10") && !code.starts_with("02")) return "";
  // "calling for the government to resign" (0241) is voiced as the demand (1041) is: 1411.
  std::string demand = code.starts_with("024") ? "10" + code.substr(2) : code;
  return ComposeCodes(gathered.code.active, demand);
}

void SentenceCoder::FoldDemandIntoProtest(size_t vi, const std::string& code, int tgt,
                                          std::vector<RawEvent>* events) {
  // "staged a sit-in outside parliament, demanding the prime minister's resignation": one
  // protest for the demand (1411) against whom it is made, not a protest and a demand.
  const GroupMembers& asked = w_.groups[tgt].members;
  size_t head = w_.verbs[vi - 1].head;
  for (RawEvent& e : *events) {
    if (e.verb_token != head || e.code.compare(0, 2, "14") != 0) continue;
    e.code = ComposeCodes(e.code, code);
    if (asked.size() == 1) e.target = asked.front();
  }
  outcomes_[vi].complement = true;
  Note("    the demand of the protest before it: folded into that event\n");
}

bool SentenceCoder::ReadinessBefore(size_t b) const {
  // <be> ready|prepared|willing ... to <verb> ("stands ready to send jets to help guard the skies over")
  size_t to = PrevContent(b);
  if (to == std::string::npos || !(TokenFlags(to) & kTo) || to < 2) return false;
  size_t adj = to - 1;
  std::string_view w = w_.tokens[adj].upper;
  // "open to meeting", "remained committed to finding a solution": readiness too.
  if (w != "READY" && w != "PREPARED" && w != "WILLING" && w != "DETERMINED" && w != "EAGER" && w != "OPEN" &&
      w != "COMMITTED")
    return false;
  for (size_t i = 0; i < w_.verbs.size(); ++i) {  // the dictionary's own verb ("STAND_READY"), unless it coded nothing
    if (adj >= w_.verbs[i].begin && adj < w_.verbs[i].end && (i >= outcomes_.size() || outcomes_[i].emitted)) return false;
  }
  size_t be = PrevContent(adj);
  if (be == std::string::npos) return false;
  // "stood ready to", "remains willing to": a copula the lexicon does not call "be".
  std::string_view copula = w_.tokens[be].upper;
  return (TokenFlags(be) & kBe) != 0 || copula == "STOOD" || copula == "STANDS" || copula == "STAND" ||
         copula == "REMAINS" || copula == "REMAINED" || copula == "REMAIN";
}

bool SentenceCoder::GovernsInfinitive(size_t vi) const {
  if (vi + 1 >= w_.verbs.size() || !w_.verbs[vi + 1].infinitive) return false;
  const size_t from = w_.verbs[vi].end, to = w_.verbs[vi + 1].begin;
  if (to <= from + 3) return true;
  // Past an adjunct of time: "refused for a second time to let Germany re-export".
  if (to > from + 7 || !(TokenFlags(from) & kPrep)) return false;
  bool time = false;
  for (size_t k = from; k + 1 < to; ++k) {
    if ((TokenFlags(k) & (kComma | kClauseEnd)) || w_.group_starting_at[k] >= 0 || w_.verb_at[k] >= 0 ||
        (k > from && (TokenFlags(k) & kPrep)) || !w_.tokens[k].is_word)
      return false;
    std::string_view u = w_.tokens[k].upper;
    time |= (TokenFlags(k) & kCalendar) || u == "TIME" || u == "WEEK" || u == "MONTH" || u == "YEAR" || u == "DAY";
  }
  return time;
}

bool SentenceCoder::ObligationAt(size_t k) const {
  std::string_view u = w_.tokens[k].upper;
  if (u == "SHOULD" || u == "MUST" || u == "OUGHT") return true;
  return (u == "HAS" || u == "HAVE" || u == "NEEDS" || u == "NEED") && k + 1 < w_.tokens.size() &&
         w_.tokens[k + 1].upper == "TO";
}

bool SentenceCoder::SubjunctiveAt(size_t k) const {
  // A plain lower-case word that is no third person, past or participle: "rewrite", "free",
  // "withdraw" (not "rewrites", "withdrew", "had", "was").
  const Token& t = w_.tokens[k];
  if (!t.is_word || t.capitalized || (TokenFlags(k) & ~kDictionaryFlags) != 0) return false;
  const int at = w_.verb_at[k];
  if (at >= 0) return d_.verbs.form(w_.verbs[at].form).inflection == VerbForm::kBase;
  std::string_view u = t.upper;
  return u.size() > 2 && !u.ends_with("S") && !u.ends_with("ED") && !u.ends_with("ING");
}

int SentenceCoder::ObligedActor(size_t vi, int src, size_t limit) const {
  // "Aliyev said that Armenia must change its constitution", "Trump said NATO members should
  // spend 5%": the first actor of the statement's clause, right before an obligation; or the
  // first of a later "that" clause ("told Washington that Greenland was not for sale and that
  // the United States must respect ...").
  // "insisted that Armenia rewrite its constitution": after "insist", a base form in the clause
  // (a subjunctive) is what it demands ("insisted that Armenia had fired first" is a claim).
  const std::string_view head = w_.tokens[w_.verbs[vi].head].upper;
  const bool insisted = head.starts_with("INSIST");
  bool first = true;
  for (size_t k = w_.verbs[vi].end; k < limit; ++k) {
    if (TokenFlags(k) & (kClauseEnd | kComma)) return -1;
    int g = w_.group_starting_at[k];
    if (g < 0) continue;
    size_t b = k > 0 && Word(k - 1) == d_.w_the ? k - 1 : k;
    bool opens_that = b > 0 && Word(b - 1) == d_.w_that;
    if (!first && !opens_that) continue;
    first = false;
    // "every issue with Pakistan must be settled": the actor of a prepositional phrase is not
    // the one obliged.
    if (b > 0 && (TokenFlags(b - 1) & kPrep)) continue;
    size_t after = w_.groups[g].end;
    // (Past an adverb: "insisting that Kinshasa first open direct talks".)
    size_t verb = after;
    while (verb < limit && ((TokenFlags(verb) & kAdverb) || w_.tokens[verb].upper == "FIRST")) ++verb;
    if (insisted && verb < limit && SubjunctiveAt(verb)) return SameCountry(src, g) ? -1 : g;
    // The head noun may follow the actor ("NATO members"), and adverbs the modal.
    constexpr uint64_t kFunction = kBe | kAux | kModal | kPrep | kDet | kCoord | kSubord | kComma | kClauseEnd;
    for (int nouns = 0; nouns < 2 && after < limit && w_.tokens[after].is_word && !(TokenFlags(after) & kFunction);
         ++nouns)
      ++after;
    while (after < limit && (TokenFlags(after) & kAdverb)) ++after;
    if (after >= limit) return -1;
    if (!ObligationAt(after)) continue;
    // "told the Myanmar envoy that the refugees must be allowed to return": what must be done to
    // the clause's subject is asked of whom the statement is told to.
    size_t be = after + 1;
    if (be < limit && w_.tokens[be].upper == "TO") ++be;  // "have to be"
    if (be + 1 < limit && w_.tokens[be].upper == "BE" && w_.verb_at[be + 1] >= 0 && w_.verbs[w_.verb_at[be + 1]].passive)
      return kObligationOfAnother;
    return SameCountry(src, g) ? -1 : g;
  }
  return -1;
}

bool SentenceCoder::ToldToAct(int told) const {
  // "told Prime Minister Paetongtarn on Thursday to resign": the object of a statement, then
  // "to" and a verb (past a date), not one of saying ("wrote to X to say that": its own purpose).
  size_t k = w_.groups[told].end, n = w_.tokens.size();
  if (k + 1 < n && (TokenFlags(k) & kPrep) && (TokenFlags(k + 1) & kCalendar)) k += 2;
  if (k + 1 >= n || !(TokenFlags(k) & kTo) || !(TokenFlags(k + 1) & kVerbForm) || w_.tokens[k + 1].capitalized) return false;
  int said = w_.verb_at[k + 1];
  if (said < 0) return true;
  auto saying = [&](int32_t f) { return d_.verbs.block(d_.verbs.form(f).block).name == "SAY"; };
  if (saying(w_.verbs[said].form)) return false;
  // A longer form the verb of saying heads ("to announce the closure of the border") says too.
  const std::vector<int32_t>* forms = d_.verbs.FormsOf(w_.tokens[w_.verbs[said].head].word);
  return forms == nullptr || std::none_of(forms->begin(), forms->end(), saying);
}

size_t SentenceCoder::AndThatBefore(size_t vi) const {
  for (size_t k = w_.verbs[vi - 1].end; k + 1 < w_.verbs[vi].begin; ++k) {
    if (Word(k) == d_.w_and && Word(k + 1) == d_.w_that) return k;
  }
  return std::string::npos;
}

int SentenceCoder::DemandingVerb(size_t vi) const {
  // "demanded that Israel release all prisoners": a base form (a subjunctive) in the clause
  // right after an appeal or demand.
  if (vi == 0) return -1;
  const VerbHit& v = w_.verbs[vi];
  if (v.passive || v.infinitive || d_.verbs.form(v.form).inflection != VerbForm::kBase) return -1;
  size_t from = w_.verbs[vi - 1].end;
  std::string_view root = std::string_view(outcomes_[vi - 1].code).substr(0, 2);
  const bool demand_before = outcomes_[vi - 1].source >= 0 && (root == "02" || root == "10");
  // "... and that the M23 rebels halt their offensive": a second clause of the same demand (its
  // first clause's verb coded or not: "demanded that Ethiopian troops leave ... and that").
  const int earlier = outcomes_[vi - 1].demand >= 0 ? outcomes_[vi - 1].demand
                      : demand_before                ? static_cast<int>(vi - 1)
                                                     : -1;
  if (earlier >= 0 && v.begin <= from + 25) {
    if (size_t k = AndThatBefore(vi); k != std::string::npos) {
      for (size_t j = k + 2; j < v.begin; ++j) {
        if (TokenFlags(j) & (kClauseEnd | kComma | kModal) || w_.verb_at[j] >= 0) return -1;
      }
      return earlier;
    }
  }
  if (!demand_before || v.begin > from + 10) return -1;
  for (size_t k = from; k < v.begin; ++k) {
    // "said Armenia must change ...": the act a statement of obligation asks for.
    if ((TokenFlags(k) & kModal) && root == "10" && ObligationAt(k)) continue;
    if (TokenFlags(k) & (kClauseEnd | kComma | kModal)) return -1;
  }
  return static_cast<int>(vi - 1);
}

void SentenceCoder::EmitDemand(size_t vi, size_t d, int asked, const std::string& code, std::vector<RawEvent>* events) {
  Outcome& outer = outcomes_[d];
  outcomes_[vi].complement = true;
  outcomes_[vi].demand = static_cast<int>(d);
  const bool second_clause = AndThatBefore(vi) != std::string::npos;
  if (outer.emitted && !second_clause) {
    // A demand or appeal that named its addressee itself ("demanded that Ethiopia pull its
    // troops back", "* THAT +") still takes the kind of act asked for: 1056, not 100.
    std::string refined = ComposeCodes(outer.code, code);
    const size_t at = w_.verbs[d].head;
    for (RawEvent& e : *events) {
      if (e.verb_token == at && e.code == outer.code && e.code.size() == 3 && e.code[2] == '0' && refined != e.code &&
          refined.compare(0, 2, e.code, 0, 2) == 0)
        e.code = refined;
    }
    Note("    the act a demand or appeal asks for: part of that event (" + refined + "), not done\n");
    return;
  }
  // The demand had no object of its own ("demanded that Russia release ..."), or asks a second
  // actor: it is made of the one asked to act, with CAMEO's combined code.
  std::string demand = ComposeCodes(second_clause ? outer.code.substr(0, 2) + "0" : outer.code, code);
  Note("    the act a demand or appeal asks for, not done: " + demand + " of the one asked\n");
  size_t before = events->size();
  Emit(outer.source, asked, demand, "demand: " + outer.code + " over " + code, d, events);
  outer.emitted |= events->size() > before;
}

bool SentenceCoder::ModalComplement(size_t vi) const {
  // "warned (on Monday) that it would cut off gas": a threat, promise, demand or refusal whose
  // clause says what would be done is about that act. The clause follows within a few words,
  // its verb right after would/will.
  // So is what a hope or doubt expects another to do ("saw little chance that China would
  // reopen the crossing": no intent of China's).
  const std::string& outer = outcomes_[vi - 1].code;
  std::string_view root = std::string_view(outer).substr(0, 2);
  if (!(root == "13" || root == "03" || root == "12" || root == "10" || outer == "012" || outer == "013")) return false;
  const VerbHit& v = w_.verbs[vi];
  size_t from = w_.verbs[vi - 1].end;
  if (v.begin > from + 8 || v.begin == 0) return false;
  for (size_t k = from; k < v.begin; ++k) {
    if (TokenFlags(k) & kClauseEnd) return false;
  }
  size_t p = PrevContent(v.begin, from);
  return p != std::string::npos && (TokenFlags(p) & kModal) != 0;
}

}  // namespace tidings::extract
