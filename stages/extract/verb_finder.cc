// The verbs of a sentence (VerbFinder, declared in clauses.h): which words are verbs, their
// voice and how they are read; negation and whether the act they name happened are in
// unrealized_acts.cc, their roles in clauses.cc.
#include "extract/clauses.h"

#include <algorithm>

namespace tidings::extract {

void VerbFinder::Run() {
  const auto& tk = w_.tokens;
  size_t n = tk.size();
  w_.verbs.clear();
  w_.verb_at.assign(n + 1, -1);
  // Groups are in token order and do not overlap; finding verbs adds none, so they are read
  // through locals (the vector's size is a division, and was taken twice a word).
  const Group* groups = w_.groups.data();
  const size_t group_count = w_.groups.size();
  size_t next_group = 0;
  for (size_t i = 0; i < n; ++i) {
    while (next_group < group_count && groups[next_group].end <= i) ++next_group;
    bool inside_group = next_group < group_count && groups[next_group].begin <= i;
    // (FormAt's own first test, here: most words are no verb form, and the call is dearer.)
    if (!tk[i].is_word || inside_group || !(TokenFlags(i) & kVerbForm)) continue;
    size_t b = i, e = i + 1;
    int32_t chosen = FormAt(i, &b, &e);
    if (chosen < 0) continue;
    // A capitalised word inside a sentence is a name ("Islamic State"), not a verb.
    if (tk[b].capitalized && b > 0 && tk[b - 1].is_word) continue;
    size_t p = PrevContent(b);
    // "issued a statement on Sunday condemning Israel": a gerund past a date follows the noun
    // the date follows (not an actor: "filed a case at the ICJ on Friday accusing" is no act of
    // the court's).
    if (p != std::string::npos && p > 1 && (TokenFlags(p) & kCalendar) && tk[p - 1].upper == "ON" &&
        d_.verbs.form(chosen).inflection == VerbForm::kGerund && PrevContent(p - 1) != std::string::npos &&
        w_.group_ending_at[p - 1] < 0)
      p = PrevContent(p - 1);
    uint64_t pf = p == std::string::npos ? 0 : TokenFlags(p);
    bool base_participle = ReadAsParticiple(d_.verbs.form(chosen), e, p);
    if (base_participle) chosen = d_.verbs.form(chosen).participle;
    const VerbForm& vf = d_.verbs.form(chosen);
    if (AdjectivalParticiple(vf, b, p)) continue;
    bool after_subject = p != std::string::npos && SubjectBefore(p, vf);
    bool after_pronoun = (pf & (kPersonPron | kGroupPron | kThingPron | kRelative)) != 0 ||
                         (p != std::string::npos && (tk[p].upper == "I" || tk[p].upper == "WE" || tk[p].upper == "YOU"));
    VerbHit h;
    h.begin = b;
    h.end = e;
    h.head = i;
    h.form = chosen;
    if (!InVerbPosition(vf, p, after_subject, after_pronoun, &h)) continue;
    MarkPassive(vf, p, after_subject, after_pronoun, &h);
    if (base_participle && !h.passive) h.passive = h.reduced = true;  // "Israel hit by rockets"
    if (!h.passive && ParticipleOfAPlainNoun(vf, p, e)) h.passive = h.reduced = true;  // "a girl killed in Gaza"
    if (!h.passive && PassiveByItsComplement(h)) h.passive = h.reduced = true;  // "a cell blamed for killings"
    // "an election held ..., with opposition candidates harassed and troops in the streets": a
    // past form after "with" and its noun describes that noun's state.
    // "pushed 1,200 people across the frontier, many of them rounded up in Gujarat": a past form
    // after "many of them" describes those.
    if (!h.passive && vf.inflection != VerbForm::kGerund && vf.inflection != VerbForm::kThirdPerson &&
        p != std::string::npos && p >= 3 && w_.tokens[p].upper == "THEM" && w_.tokens[p - 1].upper == "OF" &&
        (TokenFlags(p - 2) & kQuantity) && (TokenFlags(p - 3) & kComma))
      h.passive = h.reduced = true;
    // (After a comma or opening the sentence: "fighters allied with X massacred" is no such.)
    if (!h.passive && vf.inflection != VerbForm::kGerund && vf.inflection != VerbForm::kThirdPerson &&
        p != std::string::npos && w_.group_ending_at[p + 1] >= 0) {
      const size_t with = w_.groups[w_.group_ending_at[p + 1]].begin;
      if (with > 0 && w_.tokens[with - 1].upper == "WITH" && (with == 1 || (TokenFlags(with - 2) & kComma)))
        h.passive = h.reduced = true;
    }
    MarkNegation(&h);
    h.unrealized = Unrealized(h);
    w_.verb_at[b] = static_cast<int>(w_.verbs.size());
    w_.verbs.push_back(h);
    i = e - 1;
  }
  for (size_t vi = 0; vi < w_.verbs.size(); ++vi) {
    VerbHit& v = w_.verbs[vi];
    v.background = BackgroundRelative(vi);
    // "militants who use Afghan soil to launch attacks on Pakistan": the infinitive of a
    // background clause is background too.
    if (!v.background && v.infinitive && vi > 0 && w_.verbs[vi - 1].background &&
        NoClauseBreak(w_.verbs[vi - 1].end, v.begin))
      v.background = true;
    // "two days after the military seized power and detained Hamdok": a verb joined by "and"
    // to a background one shares its subject and its background.
    if (!v.background && v.finite && vi > 0 && w_.verbs[vi - 1].background && v.begin > 0 &&
        w_.tokens[v.begin - 1].upper == "AND" && NoClauseBreak(w_.verbs[vi - 1].end, v.begin))
      v.background = true;
    // "..., who fought a two-year war that killed hundreds of thousands, met": a relative clause
    // on the object of a background verb, before any comma, is background too.
    if (!v.background && vi > 0 && w_.verbs[vi - 1].background && v.begin > 0 &&
        (TokenFlags(v.begin - 1) & kRelative) && NoCommaBetween(w_.verbs[vi - 1].end, v.begin))
      v.background = true;
    if (!v.passive && !v.background && (ReducedBeforeMainVerb(v) || ReducedAfterObject(vi))) v.passive = v.reduced = true;
    // "under a security agreement signed by the two governments last year": a participle
    // describing a preposition's object is background, as a relative clause would be.
    if (v.reduced && !v.background && ObjectOfAPreposition(v.begin)) v.background = true;
    // ("the release of two Canadians held in China": a reduced passive, background to the appeal.)
    if (!v.background && HeldForRelease(vi)) v.background = v.passive = v.reduced = true;
    if (!v.background && AppositiveParticiple(vi)) v.background = v.passive = v.reduced = true;
    if (!v.background && VictimsCircumstance(vi)) v.background = true;
  }
  MarkSharedObjects();
}

bool VerbFinder::PassiveByItsComplement(const VerbHit& h) const {
  // "a Tren de Aragua cell blamed for extortion killings", "Russia Accused Of War Crimes": a
  // past form right before the preposition its object is followed by has no object: a passive.
  static constexpr std::pair<std::string_view, std::string_view> kComplement[] = {
      {"BLAMED", "FOR"}, {"ACCUSED", "OF"}, {"SUSPECTED", "OF"}, {"CHARGED", "WITH"}, {"CONVICTED", "OF"}};
  if (h.end >= w_.tokens.size() || h.end != h.head + 1) return false;
  for (auto [verb, prep] : kComplement)
    if (w_.tokens[h.head].upper == verb && w_.tokens[h.end].upper == prep) return true;
  return false;
}

bool VerbFinder::NoCommaBetween(size_t from, size_t to) const {
  for (size_t k = from; k < to; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
  }
  return true;
}

void VerbFinder::MarkSharedObjects() {
  // "Iran seized and searched a tanker", "troops attacked and shelled the town": an active verb
  // followed at once by "and"/"or" and another active verb of the same clause has no object of
  // its own; it shares the second verb's. Only when the second codes nothing of its own or the
  // same root: two verbs of different roots there mostly tell one act twice ("blew up and sank
  // the boats", "pardoned and freed 14 prisoners"), which the second names.
  auto own_code = [&](const VerbHit& h) -> const std::string& {
    const VerbForm& f = d_.verbs.form(h.form);
    return f.code.active.empty() ? d_.verbs.block(f.block).code.active : f.code.active;
  };
  for (size_t vi = 0; vi + 1 < w_.verbs.size(); ++vi) {
    VerbHit& v = w_.verbs[vi];
    const VerbHit& next = w_.verbs[vi + 1];
    if (v.end >= w_.tokens.size() || !(TokenFlags(v.end) & kCoord) || next.begin != v.end + 1) continue;
    if (v.infinitive || next.infinitive || v.background || next.background) continue;
    // "the embassy was stormed and set ablaze by protesters": two passives joined so share
    // their "by" agent, which the first's patterns see as the second's do.
    if (v.passive && next.passive && !v.reduced && !next.reduced) {
      v.shared_object_from = next.object_start();
      continue;
    }
    if (v.passive || next.passive) continue;
    if (v.finite != next.finite) continue;
    const std::string &first = own_code(v), &second = own_code(next);
    bool second_null = second.size() < 2 || second == "---";
    if (!second_null && (first.size() < 2 || first.compare(0, 2, second, 0, 2) != 0)) continue;
    v.shared_object_from = next.object_start();
  }
}

bool VerbFinder::ReadAsParticiple(const VerbForm& vf, size_t e, size_t p) const {
  // "Odesa was hit by missiles", "ties were cut", "Israel hit by rockets": a base form that is
  // also the participle, after a form of "be" or right before a "by" agent (not "by" a means:
  // "hit back by expelling").
  if (vf.participle < 0 || p == std::string::npos) return false;
  uint64_t pf = TokenFlags(p);
  if (pf & kBe) return true;
  if ((pf & (kDet | kPrep | kTo | kModal | kAux | kNeg)) || !w_.tokens[p].is_word) return false;
  if (e + 1 >= w_.tokens.size() || !(TokenFlags(e) & kBy)) return false;
  std::string_view next = w_.tokens[e + 1].upper;
  return !(next.size() > 4 && next.substr(next.size() - 3) == "ING");
}

bool VerbFinder::AfterObjectNoun(size_t b) const {
  // "urged Japan to release funds pledged for reconstruction": a plain lowercase noun (no actor)
  // that is the object of the verb just before it.
  if (b < 2) return false;
  size_t p = b - 1;
  const Token& t = w_.tokens[p];
  if (!t.is_word || t.capitalized || (TokenFlags(p) & ~kDictionaryFlags) != 0 || w_.verb_at[p] >= 0 || InsideGroup(p))
    return false;
  size_t q = p;
  while (q > 0 && q + 3 > p && ((TokenFlags(q - 1) & (kDet | kQuantity | kModifier)) || w_.tokens[q - 1].is_number)) --q;
  // (Past the adjective of a nationality: "to free Japanese nationals detained in China".)
  if (q == p && w_.group_ending_at[q] >= 0 && w_.groups[w_.group_ending_at[q]].begin + 1 == q) --q;
  for (const VerbHit& other : w_.verbs) {
    if (other.end == q) return true;
  }
  return false;
}

bool VerbFinder::ReducedAfterObject(size_t vi) const {
  // "Police arrested men sought in the killing": a past form right after the object of an act
  // that takes no clause (meeting, aid, coercion, force: CAMEO 04-09, 14-20), with no object of
  // its own, describes that object; it is no clause with the object as its subject.
  const VerbHit& v = w_.verbs[vi];
  VerbForm::Inflection in = d_.verbs.form(v.form).inflection;
  // (Or a time adjunct: "will release 23 Indian fishermen arrested last month".)
  std::string_view next = v.end < w_.tokens.size() ? w_.tokens[v.end].upper : std::string_view();
  bool time_adjunct = next == "LAST" || next == "EARLIER" || next == "YESTERDAY" || next == "RECENTLY" ||
                      (v.end < w_.tokens.size() && (TokenFlags(v.end) & kCalendar));
  if ((in != VerbForm::kPast && in != VerbForm::kIrregular) || !((TokenFlags(v.end) & kPrep) || time_adjunct) ||
      (TokenFlags(v.end) & kTo))
    return false;
  int g = w_.group_ending_at[v.begin];
  if (g < 0) return AfterObjectNoun(v.begin);
  // Nor can a noun inside a prepositional phrase be a subject: "warrants for two men sought in",
  // "sanctions on four settlers accused of"; but "after", "before", "since", "until" and
  // "while" also open clauses ("after Russia attacked in March"), and a phrase after a noun
  // with no verb before it is part of the subject ("Clashes between Kyrgyz and Tajik guards
  // killed"), unlike one opening the sentence ("With troops attacked in Georgia, ...").
  // (A particle of the verb before is no preposition: "will take in migrants deported from".)
  bool particle = vi > 0 && w_.verbs[vi - 1].end == w_.groups[g].begin;
  if (PrecededByPreposition(w_.groups[g]) && !particle) {
    size_t b = w_.groups[g].begin;
    while (b > 0 && !(TokenFlags(b - 1) & kPrep)) --b;
    if (b == 0 || (b > 1 && (vi == 0 || w_.verbs[vi - 1].end >= b))) return false;
    std::string_view opener = w_.tokens[b - 1].upper;
    return !(opener == "AFTER" || opener == "BEFORE" || opener == "SINCE" || opener == "UNTIL" || opener == "WHILE");
  }
  // A bare lowercase noun right after a word of no grammatical class is that word's object:
  // "kept troops massed near Ukraine" (a verb the dictionaries do not know).
  // (After a determiner or a count that word is an adjective: "many junior doctors walked".)
  // (Nor after two such words: "banana plantation workers stayed off the job" is one noun.)
  size_t first = w_.groups[g].begin;
  auto plain = [&](size_t k) {
    return w_.tokens[k].is_word && !w_.tokens[k].capitalized && w_.verb_at[k] < 0 && (TokenFlags(k) & ~kVerbForm) == 0;
  };
  bool adjective = first > 1 && ((TokenFlags(first - 2) & (kDet | kQuantity)) || w_.tokens[first - 2].is_number ||
                                 (plain(first - 2) && (TokenFlags(first - 2) & kVerbForm) == 0));
  if (first > 0 && !adjective && !w_.tokens[first].capitalized && plain(first - 1)) return true;
  if (vi == 0) return false;
  const VerbHit& prev = w_.verbs[vi - 1];
  size_t b = w_.groups[g].begin;
  while (b > prev.end && ((TokenFlags(b - 1) & (kDet | kQuantity)) || w_.tokens[b - 1].is_number)) --b;
  if (b != prev.end) return false;
  const std::string& code = d_.verbs.block(d_.verbs.form(prev.form).block).code.active;
  if (code.size() < 2 || code == "---") return false;
  std::string_view root = std::string_view(code).substr(0, 2);
  return (root >= "04" && root <= "09") || root >= "14";
}

bool VerbFinder::ReducedBeforeMainVerb(const VerbHit& v) const {
  // "The civilians imprisoned for acting against Moscow were released": a past form right
  // after its noun, followed only by prepositional phrases up to the clause's own "be" or
  // auxiliary, is a participle modifying that noun.
  VerbForm::Inflection in = d_.verbs.form(v.form).inflection;
  if ((in != VerbForm::kPast && in != VerbForm::kIrregular) || v.begin == 0 ||
      w_.group_ending_at[v.begin] < 0 || !(TokenFlags(v.end) & kPrep) || (TokenFlags(v.end) & kTo))
    return false;
  bool after_prep = false;
  const bool by = (TokenFlags(v.end) & kBy) != 0;
  for (size_t k = v.end; k < w_.tokens.size() && k < v.end + 12; ++k) {
    uint64_t f = TokenFlags(k);
    if (f & (kBe | kAux | kModal)) return k > v.end + 1;
    // ("Two French citizens released by Iran arrived in Paris": a verb of the clause's own
    // after the "by" phrase.)
    if (by && k > v.end + 1 && w_.verb_at[k] >= 0 && !after_prep) return true;
    if ((f & (kClauseEnd | kComma | kSubord | kCoord | kPersonPron | kThingPron | kGroupPron)) || !w_.tokens[k].is_word)
      return false;
    // A noun phrase needs a preposition or a gerund to take it; otherwise it is a subject of
    // its own ("said on Monday the talks were ...").
    int g = w_.group_starting_at[k];
    if ((g >= 0 || (f & kDet)) && !after_prep) return false;
    after_prep = (f & (kPrep | kDet | kQuantity | kVerbForm)) != 0 && g < 0;
    if (g >= 0) k = w_.groups[g].end - 1;
  }
  return false;
}

int32_t VerbFinder::FormAt(size_t i, size_t* begin, size_t* end) const {
  const auto& tk = w_.tokens;
  size_t n = tk.size();
  if (!(TokenFlags(i) & kVerbForm)) return -1;
  const std::vector<int32_t>* forms = d_.verbs.FormsOf(tk[i].word);
  if (forms == nullptr) return -1;
  int32_t chosen = -1;
  size_t b = i, e = i + 1, words = 1;
  for (int32_t fi : *forms) {
    const VerbForm& vf = d_.verbs.form(fi);
    if (vf.before.empty() && vf.after.empty()) {
      if (chosen < 0) chosen = fi;
      continue;
    }
    // A multi-word verb whose words surround the token: the longest wins ("stepped up pressure
    // on" is STEP_UP_PRESSURE_ON, not STEP_UP), the first listed among equals. Quote marks
    // inside it are passed over: "was 'not optimistic at all'".
    bool ok = vf.before.size() <= i && i + 1 + vf.after.size() <= n;
    for (size_t k = 0; ok && k < vf.before.size(); ++k) ok = tk[i - vf.before.size() + k].word == vf.before[k];
    size_t j = i + 1;
    for (size_t k = 0; ok && k < vf.after.size(); ++k, ++j) {
      if (k > 0 || vf.after.size() > 1)
        while (j < n && (tk[j].upper == "'" || tk[j].upper == "\"")) ++j;
      // "was 'quietly confident'", "was cautiously optimistic": an adverb after "be".
      if (k == 0 && (TokenFlags(i) & kBe)) {
        size_t a = j;
        while (a < n && (tk[a].upper == "'" || tk[a].upper == "\"")) ++a;
        if (a + 1 < n && tk[a].is_word && !tk[a].capitalized && (TokenFlags(a) & kAdverb || tk[a].upper.ends_with("LY")) &&
            tk[a + 1].word == vf.after[0])
          j = a + 1;
      }
      // A day before the last preposition: "scoffed on Tuesday at".
      if (k + 1 == vf.after.size() && j + 2 < n && tk[j].upper == "ON" && (TokenFlags(j + 1) & kCalendar) &&
          tk[j + 2].word == vf.after[k] && (d_.Flags(vf.after[k]) & kPrep))
        j += 2;
      ok = j < n && tk[j].word == vf.after[k];
    }
    if (ok && 1 + vf.before.size() + vf.after.size() > words) {
      chosen = fi;
      words = 1 + vf.before.size() + vf.after.size();
      b = i - vf.before.size();
      e = j;
    }
  }
  *begin = b;
  *end = e;
  return chosen;
}

bool VerbFinder::AdjectivalParticiple(const VerbForm& vf, size_t b, size_t p) const {
  const auto& tk = w_.tokens;
  bool participle = vf.inflection == VerbForm::kPast || vf.inflection == VerbForm::kIrregular ||
                    vf.inflection == VerbForm::kGerund;
  if (!participle || p == std::string::npos) return false;
  // The second half of a hyphenated compound ("military-ruled", "government-held",
  // "Moscow-based") modifies the noun after it; a prefix ("re-elected", "co-sponsored") does not
  // make one.
  if (tk[b].joined && b > 0 && tk[b - 1].upper.size() > 3) return true;
  // A name before the hyphen: "U.N.-brokered", "EU-brokered", "Saudi-led".
  if (b > 1 && HyphenatedWordAfter(b - 1) == b && tk[b - 2].capitalized) return true;
  if (b > 0 && tk[b].joined && tk[b - 1].capitalized) return true;
  // "the brutal slaying", "halted new lending": an -ing word after an adjective that follows a
  // determiner or a verb is a noun (irregular forms listed in braces include such -ing words).
  std::string_view word = tk[b].upper;
  bool ing = word.size() > 4 && word.substr(word.size() - 3) == "ING";
  bool adjective = tk[p].is_word && !tk[p].capitalized && (TokenFlags(p) & ~(kModifier | kDictionaryFlags)) == 0 &&
                   w_.group_ending_at[p + 1] < 0;
  bool opens = p > 0 && ((TokenFlags(p - 1) & kDet) || (!w_.verbs.empty() && w_.verbs.back().end == p));
  if (ing && p + 1 == b && adjective && opens && !ParticipleOfADocument(vf, p)) return true;
  if (vf.inflection == VerbForm::kGerund || MeetingGerundAfter(vf, b, p)) return false;
  // "Kenya's newly inaugurated President William Ruto": after "newly" or "recently".
  if (p + 1 == b && (tk[p].upper == "NEWLY" || tk[p].upper == "RECENTLY" || tk[p].upper == "JUST") &&
      vf.inflection != VerbForm::kGerund && b + 1 < tk.size() && tk[b + 1].is_word &&
      !(TokenFlags(b + 1) & (kPrep | kDet | kComma | kClauseEnd | kBy)))
    return true;
  // Nor right after another verb: "Venezuela frees jailed Americans"; nor after an -ing word of
  // no dictionary ("South Sudanese fleeing renewed fighting").
  if (p + 1 == b && !w_.verbs.empty() && w_.verbs.back().end == b) return true;
  if (p + 1 == b && tk[p].is_word && !tk[p].capitalized && tk[p].upper.ends_with("ING") && !(TokenFlags(p) & kVerbForm) &&
      b + 1 < tk.size() && tk[b + 1].is_word && !tk[b + 1].capitalized && !(TokenFlags(b + 1) & ~kDictionaryFlags))
    return true;
  if (p + 1 == b && (AfterCareVerb(p) || AfterLinkingVerb(p))) return true;
  // A past form right after a preposition or a number cannot be finite: "met with exiled
  // dissidents", "the two exiled leaders", "for 15 detained activists", "Frees Six Jailed
  // Americans".
  uint64_t pf = TokenFlags(p);
  static constexpr std::string_view kCounts[] = {"THREE", "FOUR",   "FIVE",     "SIX",       "SEVEN",   "EIGHT", "NINE",
                                                 "TEN",   "DOZENS", "HUNDREDS", "THOUSANDS", "SEVERAL", "MANY"};
  bool count = tk[p].is_number || (pf & kTwo) ||
               std::find(std::begin(kCounts), std::end(kCounts), std::string_view(tk[p].upper)) != std::end(kCounts);
  // (Unless the number ends an actor: "and the two discussed", or follows them: "both slapped".)
  if (count && (w_.group_ending_at[p + 1] >= 0 || (tk[p].upper == "BOTH" && w_.group_ending_at[p] >= 0))) count = false;
  // "gunned down by suspected militants": a modifier's past form between "by" and an actor.
  if (p + 1 == b && (pf & kBy) && (TokenFlags(b) & kModifier) && w_.group_starting_at[b + 1] >= 0) return true;
  // (After "to" only a regular past: "opened its border to wounded Palestinians", no wounding.)
  if (p + 1 == b && (pf & kTo) && vf.inflection == VerbForm::kPast) return true;
  return p + 1 == b && (((pf & kPrep) && !(pf & (kTo | kBy))) || count);
}

bool VerbFinder::SubjectBefore(size_t p, const VerbForm& vf) const {
  const auto& tk = w_.tokens;
  int gi = w_.group_ending_at[p + 1];
  // "A Ukrainian drone strike hit ...": the act an actor's weapon carried out is the subject.
  // (So is one its weapon names first, "a Russian missile strike kills 12", and in a title-case
  // headline: "Israeli Air Strike Kills Five In Gaza", "Russian Missile Strikes Kill 12".)
  std::string_view noun = tk[p].upper;
  if (noun.ends_with("S") && noun.size() > 5) noun.remove_suffix(1);
  if (gi < 0 && p > 0 && (!tk[p].capitalized || w_.headline) &&
      (noun == "STRIKE" || noun == "ATTACK" || noun == "RAID" || noun == "AIRSTRIKE" || noun == "BARRAGE")) {
    gi = w_.group_ending_at[p];
    std::string_view weapon = tk[p - 1].upper;
    if (gi < 0 && p > 1 &&
        (weapon == "MISSILE" || weapon == "ROCKET" || weapon == "AIR" || weapon == "DRONE" || weapon == "ARTILLERY" ||
         weapon == "MORTAR"))
      gi = w_.group_ending_at[p - 1];
  }
  // "Ukrainian multiple rocket launchers hit": the weapons a nationality adjective names (its
  // military, MentionFinder::WeaponAfterDemonym) are the subject, past the words between.
  for (size_t q = p, words = 0; gi < 0 && q > 0 && words < 3 && tk[q].is_word && !tk[q].capitalized &&
                                (TokenFlags(q) & ~(kDictionaryFlags | kModifier)) == 0;
       --q, ++words) {
    int before = w_.group_ending_at[q];
    if (before < 0) continue;
    const Mention& named = w_.mentions[w_.groups[before].members.back()];
    if (w_.groups[before].end == w_.groups[before].begin + 1 && named.code.size() == 6 && named.code.ends_with("MIL") &&
        !named.agent)
      gi = before;
  }
  if (gi < 0) gi = SubjectBeforeItsGear(p);
  if (gi < 0) return false;
  const Group& g = w_.groups[gi];
  const Mention& m = w_.mentions[g.members.back()];
  if (g.members.size() == 1 && m.country == "---" && g.end == g.begin + 1 &&
      CountedActorsOpenClause(g.begin, m.code))
    return true;
  // A lowercase agent word alone is an adjective ("military exercises"), not a subject.
  if (g.members.size() == 1 && m.country == "---" && !tk[g.begin].capitalized &&
      !(g.begin > 0 && (TokenFlags(g.begin - 1) & kDet)))
    return false;
  // Only a subject-like phrase makes the next word a verb: not one inside a prepositional
  // or indefinite noun phrase ("for a strict Islamic state").
  if (vf.inflection != VerbForm::kPast && vf.inflection != VerbForm::kIrregular) {
    size_t q = g.begin;
    while (q > 0 && q + 2 > g.begin && !(TokenFlags(q - 1) & (kPrep | kDet)) && !tk[q - 1].capitalized &&
           tk[q - 1].is_word && !(TokenFlags(q - 1) & kVerbForm))
      --q;
    // (An indefinite article opening the sentence or clause opens its subject: "A Ukrainian
    // drone hit a refinery".)
    bool indefinite = q > 0 && (tk[q - 1].upper == "A" || tk[q - 1].upper == "AN");
    bool opens_clause = q == 1 || (q > 1 && (TokenFlags(q - 2) & (kComma | kClauseEnd)));
    if (q > 0 && (((TokenFlags(q - 1) & kPrep) && !AfterStateNoun(q - 1)) || (indefinite && !opens_clause))) return false;
  }
  return true;
}

bool VerbFinder::ParticipleOfAPlainNoun(const VerbForm& vf, size_t p, size_t e) const {
  // "a film about a six-year-old girl killed in Gaza": a past form right after a noun no
  // actor names, opened by an article, and before a place or time describes that noun; it is
  // no act of the sentence's subject.
  const auto& tk = w_.tokens;
  if (vf.inflection != VerbForm::kPast || p == std::string::npos || p == 0 || e >= tk.size()) return false;
  if (!tk[p].is_word || tk[p].capitalized || w_.group_ending_at[p + 1] >= 0 || (TokenFlags(p) & ~kModifier) != 0)
    return false;
  const std::string_view next = tk[e].upper;
  if (!(next == "IN" || next == "AT" || next == "NEAR" || next == "ACROSS")) return false;
  // (Not a span of time: "blocked highways for a week demanded ...".)
  const std::string_view noun = tk[p].upper;
  if (noun.starts_with("WEEK") || noun.starts_with("DAY") || noun.starts_with("MONTH") || noun.starts_with("YEAR") ||
      noun.starts_with("HOUR") || noun.starts_with("DECADE"))
    return false;
  for (size_t k = p; k > 0 && k + 4 > p; --k) {
    const std::string_view u = tk[k - 1].upper;
    if (u == "A" || u == "AN" || u == "THE") return true;
    if (!tk[k - 1].is_word || tk[k - 1].capitalized || w_.verb_at[k - 1] >= 0 || InsideGroup(k - 1)) return false;
  }
  return false;
}

int VerbFinder::SubjectBeforeItsGear(size_t p) const {
  // "Gunmen wearing military-style uniforms stormed ...", "men armed with machetes attacked":
  // what the subject wears or carries lies between it and its verb.
  const auto& tk = w_.tokens;
  for (size_t k = p + 1, words = 0; k > 1 && words < 5; ++words) {
    --k;
    const std::string_view u = tk[k].upper;
    const bool gear = u == "WEARING" || u == "CARRYING" || u == "WIELDING" || u == "BRANDISHING" ||
                      u == "RIDING" || (u == "WITH" && tk[k - 1].upper == "ARMED");
    if (gear) {
      const size_t before = u == "WITH" ? k - 1 : k;
      return w_.group_ending_at[before];
    }
    if (!tk[k].is_word || tk[k].capitalized || InsideGroup(k) || (TokenFlags(k) & (kComma | kClauseEnd | kVerbForm)))
      return -1;
  }
  return -1;
}

bool VerbFinder::AfterStateNoun(size_t of) const {
  // "The Pacific island nation of Nauru cut ties": the country named after "nation of" is the
  // phrase's head, and the subject of the verb after it; so are those counted ("Hundreds of
  // Kenyan protesters stormed parliament").
  if (of < 1 || w_.tokens[of].upper != "OF") return false;
  std::string_view noun = w_.tokens[of - 1].upper;
  for (std::string_view word : {"NATION", "COUNTRY", "STATE", "KINGDOM", "REPUBLIC", "ARCHIPELAGO", "EMIRATE",
                                "SULTANATE", "PRINCIPALITY", "DOZENS", "HUNDREDS", "THOUSANDS", "SCORES"}) {
    if (noun == word) return true;
  }
  return false;
}

bool VerbFinder::AfterPresentVerb(size_t coord) const {
  // "condemns the move and bans imports": a present tense after "and" continues one; "asset
  // freezes and bans on travel" (after "announced") are nouns.
  if (w_.verbs.empty() || w_.verbs.back().end > coord || w_.verbs.back().end + 8 < coord) return false;
  return d_.verbs.form(w_.verbs.back().form).inflection == VerbForm::kThirdPerson;
}

bool VerbFinder::ObjectOfActBefore(size_t p, std::string_view only_root) const {
  // "condemned Russia's drone strikes on Kyiv", "rejected U.S. demands to let": the actor right
  // after a verb that takes no clause is its object's modifier, and the -s word after it a noun.
  int g = w_.group_ending_at[p + 1];
  if (g < 0 || w_.verbs.empty()) return false;
  const VerbHit& prev = w_.verbs.back();
  size_t b = w_.groups[g].begin;
  while (b > prev.end && (TokenFlags(b - 1) & kDet)) --b;
  // Past a date: "rejected on Wednesday U.S. demands".
  if (b >= prev.end + 2 && (TokenFlags(b - 1) & kCalendar) && (TokenFlags(b - 2) & kPrep)) b -= 2;
  if (b != prev.end || prev.end == 0) return false;
  const std::string& code = d_.verbs.block(d_.verbs.form(prev.form).block).code.active;
  std::string_view root = std::string_view(code).substr(0, std::min<size_t>(code.size(), 2));
  if (!only_root.empty()) return root == only_root;
  // (An infinitive of no code takes an object too: "to adopt European Union sanctions against".)
  if (prev.infinitive && (code.empty() || code == "---")) return true;
  return !code.empty() && code != "---" && root != "01" && root != "02" && root != "10" && root != "13";
}

bool VerbFinder::CoordinatedPast(const VerbForm& vf, size_t p) const {
  // "burst into a studio and took journalists hostage": a form that is also a past tense
  // ("TOOK {TAKING}", "hit"), after "and" and a past tense of its clause, continues it.
  // (Not a base form that is also the participle, "set fire to", "hit": those are presents too.)
  if (p == std::string::npos || !(TokenFlags(p) & kCoord) || w_.verbs.empty()) return false;
  auto listed_past = [](const VerbForm& f) {
    return f.participle >= 0 && (f.lemma.ends_with("ED") || f.lemma == "TOOK");
  };
  // (A base form right after "and" that follows a past tense of the clause at once is a past
  // too: "arrested and beat protesters", "stopped and cut the cables".)
  bool right_after_past = vf.inflection == VerbForm::kBase && p == w_.verbs.back().end && !w_.verbs.back().passive;
  if (!listed_past(vf) && !right_after_past) return false;
  const VerbHit& prev = w_.verbs.back();
  const VerbForm& pf = d_.verbs.form(prev.form);
  bool past = pf.inflection == VerbForm::kPast || pf.inflection == VerbForm::kIrregular || listed_past(pf);
  return past && prev.finite && NoClauseBreak(prev.end, p);
}

bool VerbFinder::PastFormAt(size_t k) const {
  if (w_.tokens[k].capitalized || !(TokenFlags(k) & kVerbForm)) return false;
  size_t b = 0, end = 0;
  int32_t f = FormAt(k, &b, &end);
  return f >= 0 && (d_.verbs.form(f).inflection == VerbForm::kPast || d_.verbs.form(f).inflection == VerbForm::kIrregular);
}

bool VerbFinder::NounBeforeVerb(size_t next) const {
  const Token& t = w_.tokens[next];
  std::string_view u = t.upper;
  if (t.capitalized || !(TokenFlags(next) & kVerbForm)) return false;
  if (u == "BACK" || u == "OUT" || u == "UP" || u == "DOWN" || u == "OFF" || u == "AWAY" || u == "OVER") return false;
  size_t b = 0, end = 0;
  int32_t f = FormAt(next, &b, &end);
  if (f < 0) return false;
  // "set" of "set fire to" reads as a base form too; a gerund or third person is no past.
  VerbForm::Inflection in = d_.verbs.form(f).inflection;
  return in != VerbForm::kGerund && in != VerbForm::kThirdPerson;
}

bool VerbFinder::InVerbPosition(const VerbForm& vf, size_t p, bool after_subject, bool after_pronoun,
                                VerbHit* h) const {
  uint64_t pf = p == std::string::npos ? 0 : TokenFlags(p);
  // "the attack", "their shared border"; but "the man who killed her fled" ("her" is also an
  // object pronoun)
  if (p != std::string::npos && (pf & kDet) &&
      !((pf & kPossPron) && vf.inflection == VerbForm::kPast && w_.tokens[p].upper == "HER"))
    return false;
  // "about the Israeli strike on the consulate", "an Iranian attack": after a determiner and a
  // nationality adjective, a present form is the noun they modify.
  if (vf.inflection != VerbForm::kPast && vf.inflection != VerbForm::kGerund && after_subject &&
      (DemonymAfterDeterminer(p) || ((TokenFlags(h->head) & kClaimNoun) && BareDemonymBefore(p))))
    return false;
  if (!(pf & kBe) && w_.tokens[h->head].upper.ends_with("ING") &&
      (GerundAsSubject(h->begin, h->end) || StrikersAdjective(h->begin, h->end)))
    return false;
  // "called for restraint after shelling in southern Lebanon", "after fighting near Goma": an
  // -ing form after "after" or "before" with no object, only a place, names an event, not the
  // subject's act ("after meeting Putin", "after shelling Kharkiv" are its acts).
  // (So does one after "by" a participle: "people cut off by fighting in Upper Nile".)
  const bool by_participle = p != std::string::npos && p > 0 && (pf & kBy) && w_.tokens[p - 1].is_word &&
                             (w_.tokens[p - 1].upper.ends_with("ED") || w_.tokens[p - 1].upper == "OFF");
  // (So does one that is the subject of the clause: "after rioting and looting left 20 dead".)
  if ((((pf & kGerundIntro) && (w_.tokens[p].upper == "AFTER" || w_.tokens[p].upper == "BEFORE")) || by_participle) &&
      w_.tokens[h->head].upper.ends_with("ING") && h->end < w_.tokens.size() &&
      ((TokenFlags(h->end) & (kPlaceIntro | kComma | kClauseEnd)) || w_.tokens[h->end].upper == "." ||
       IngSubjectOfAClause(h->end)))
    return false;
  // "fleeing renewed fighting", "after heavy shelling": an -ing form after such an adjective is a noun.
  if (w_.tokens[h->head].upper.ends_with("ING") && h->begin > 0 && FightingAdjective(h->begin - 1)) return false;
  // "aimed at ending fighting in eastern Congo", "halting shelling": an -ing form right after
  // another is its object, a noun.
  if (w_.tokens[h->head].upper.ends_with("ING") && h->begin == h->head && h->begin > 0) {
    const Token& t = w_.tokens[h->begin - 1];
    if (t.is_word && !t.capitalized && t.upper.size() > 5 && t.upper.ends_with("ING") && t.upper != "BEING")
      return false;
  }
  // "urged an end to fighting in Sudan", "called for a halt to shelling": what is to end is a
  // noun, no act.
  if (h->begin >= 2 && (pf & kTo) && w_.tokens[h->head].upper.ends_with("ING")) {
    std::string_view noun = w_.tokens[h->begin - 2].upper;
    if (noun == "END" || noun == "HALT" || noun == "STOP") return false;
  }
  switch (vf.inflection) {
    case VerbForm::kGerund:
      if (!(pf & (kBe | kGerundIntro)) && !after_subject && !VerbalParticipleAfterComma(vf, p)) return false;
      h->finite = (pf & kBe) != 0;
      break;
    case VerbForm::kBase:
      // "state-sector doctors": the first part of a hyphenated word is no verb.
      if (h->end < w_.tokens.size() && w_.tokens[h->end].joined) return false;
      // "pull its troops back from": the particle of the verb before, past its object.
      if (w_.tokens[h->head].upper == "BACK" && h->end < w_.tokens.size() && (TokenFlags(h->end) & kPrep) &&
          !w_.verbs.empty() && NoClauseBreak(w_.verbs.back().end, h->begin))
        return false;
      // "A Ukrainian drone attack set fire to": a base form right before a past tense is a noun
      // ("hit back at" has a particle, no verb, after it).
      if (h->end < w_.tokens.size() && !(pf & (kTo | kModal | kAux | kNeg)) && NounBeforeVerb(h->end)) return false;
      // "A Libyan coast guard patrol boat opened fire": nor before a plain noun and a past tense
      // (the noun it modifies is the subject).
      if (h->end + 1 < w_.tokens.size() && !(pf & (kTo | kModal | kAux | kNeg)) && PlainNoun(h->end) &&
          w_.group_starting_at[h->end] < 0 && PastFormAt(h->end + 1))
        return false;
      // "offered Turkish help in rebuilding": a demonym and the word after it are an act's object.
      if (after_subject && !(pf & (kTo | kModal | kAux | kNeg)) && ObjectOfActBefore(p, "03") && MeansOfADemonym(p, h->end)) return false;
      if (pf & kTo) {
        h->infinitive = true;
        h->finite = false;
      } else if (!(pf & (kModal | kAux | kNeg)) && !after_subject && !after_pronoun && !AfterActorsMeans(p) &&
                 !CoordinatedPast(vf, p) && !AfterSubjectsUnknownPlace(p, vf) &&
                 !AfterSubjectsWeapons(p, vf)) {
        return false;
      }
      break;
    case VerbForm::kThirdPerson:
      // (In a headline a comma joins verbs too: "Burundi Closes Border With Rwanda, Accuses Kigali".)
      if (!after_subject && !after_pronoun && !(pf & kAdverb) &&
          !((pf & kCoord || (w_.headline && (pf & kComma))) && AfterPresentVerb(p)))
        return false;
      if (after_subject && ObjectOfActBefore(p)) return false;
      if (after_subject && MeansOfADemonym(p, h->end)) return false;
      // "optimistic that talks with Ecuador would resume": after "that", a plural noun with no
      // object of its own whose clause goes on to a modal is that modal's subject ("a country
      // that attacks Russia will pay": a verb, with its object).
      if (!after_subject && (pf & kRelative) && (TokenFlags(h->end) & (kPrep | kModal)) && ModalLaterInClause(h->end))
        return false;
      break;
    default:
      // "their first high-level meeting": a listed -ING form after a determiner and the
      // adjectives of its noun phrase is that noun.
      if (w_.tokens[h->head].upper.ends_with("ING") && IngNounAfterDeterminer(h->begin)) return false;
      break;
  }
  return true;
}

bool VerbFinder::Adjective(size_t k) const {
  // An adjective ending the noun phrase's modifiers: "-ly", "-al", "-ic", "-ous", "-ful", "-ive",
  // "-ent"/"-ant" words of no other class ("deadly", "renewed" is a participle and not one).
  std::string_view u = w_.tokens[k].upper;
  if (u.size() < 5 || w_.tokens[k].capitalized) return false;
  for (std::string_view e : {"LY", "AL", "IC", "OUS", "FUL", "IVE", "ENT", "ANT", "ERCE"}) {
    if (u.ends_with(e)) return true;
  }
  return false;
}

bool VerbFinder::IngNounAfterDeterminer(size_t b) const {
  for (size_t k = b, words = 0; k > 0 && words < 4; ++words) {
    --k;
    uint64_t f = TokenFlags(k);
    // (Right after a determiner, the determiner rule above decided; an adjective after a
    // preposition makes a noun too: "a feud that led to deadly fighting", and so does any
    // word after "of": "five days of border fighting".)
    if (f & kDet) return words > 0;
    if (f & (kPrep | kTo)) return words > 0 && (Word(k) == d_.w_of || Adjective(k + 1));
    const Token& t = w_.tokens[k];
    if (!t.is_word || t.capitalized || w_.verb_at[k] >= 0 || InsideGroup(k) ||
        (f & ~(kDictionaryFlags | kModifier | kQuantity | kAdverb)) != 0)
      return false;
  }
  return false;
}

bool VerbFinder::IngSubjectOfAClause(size_t e) const {
  const auto& tk = w_.tokens;
  if (e + 1 < tk.size() && Word(e) == d_.w_and && tk[e + 1].upper.ends_with("ING")) e += 2;
  if (e >= tk.size() || tk[e].capitalized || !tk[e].is_word) return false;
  std::string_view u = tk[e].upper;
  return PastFormAt(e) || (u.size() > 4 && u.ends_with("ED")) || u == "LEFT" || u == "SAW" || u == "BROKE" ||
         u == "TOOK" || u == "DROVE" || u == "FORCED";
}

bool VerbFinder::FightingAdjective(size_t k) const {
  static constexpr std::string_view kWords[] = {"RENEWED", "HEAVY", "FIERCE",  "INTENSE",    "FRESH",   "SPORADIC",
                                                "ONGOING", "DEADLY", "BITTER", "CONTINUED", "RECENT", "FACTIONAL",
                                                "INTERCOMMUNAL", "ETHNIC", "TRIBAL", "SUSTAINED", "INTENSIFIED"};
  return !w_.tokens[k].capitalized && std::find(std::begin(kWords), std::end(kWords), w_.tokens[k].upper) != std::end(kWords);
}

bool VerbFinder::MeansAfterBy(size_t by) const {
  // "retaliated by expelling six Canadian diplomats": "by", a gerund and its object say how the
  // verb's own subject acted; no passive's agent ("cut off by fighting in Upper Nile" is).
  const auto& tk = w_.tokens;
  if (by + 2 >= tk.size() || tk[by + 1].capitalized || !tk[by + 1].upper.ends_with("ING")) return false;
  return (TokenFlags(by + 2) & (kDet | kPossPron)) || tk[by + 2].is_number || w_.group_starting_at[by + 2] >= 0 ||
         (TokenFlags(by + 2) & kActorStart);
}

bool VerbFinder::VerbalParticipleAfterComma(const VerbForm& vf, size_t p) const {
  // "Mali cut ties with Ukraine, accusing Kyiv of ...", "..., rejecting a French offer": after
  // a clause with a verb of its own, an -ing form of saying, promising, praising, appealing,
  // demanding, accusing, rejecting or threatening after a comma says what the main subject did
  // ("..., inviting him to Budapest", "..., pledging support"). (Not an act of
  // force: "..., killing 21 people" is the main event's toll.)
  if (ParticipleOfADocument(vf, p)) return true;  // (so after a document: "a statement condemning")
  if (p == std::string::npos || !(TokenFlags(p) & kComma) || w_.verbs.empty() || w_.verbs.back().end > p) return false;
  const VerbBlock& block = d_.verbs.block(vf.block);
  const std::string& code = block.code.active;
  std::string_view root = std::string_view(code).substr(0, 2);
  if (code.size() >= 3 && (root == "01" || root == "02" || root == "03" || root == "05" || root == "10" || root == "11" || root == "12" || root == "13"))
    return true;
  // Nor are the shelling and bombing that carry out a main act ("launched operations ...,
  // shelling Armenian positions"): force used on someone, not a toll. Nor is a hostage-taking
  // ("attacked a train ..., taking hundreds of passengers hostage"): a second act, on people.
  // And a concession ("resigned on Tuesday, bowing to weeks of protests"): what the main act yields to.
  if (block.name == "ABDUCT" || block.name == "TAKE" || block.name == "BOW") return true;  // TAKE codes by its patterns alone
  return (block.name == "SHELL" || block.name == "BOMB") && w_.verbs.back().finite;
}

void VerbFinder::MarkPassive(const VerbForm& vf, size_t p, bool after_subject, bool after_pronoun, VerbHit* h) const {
  // A past participle after a form of "be", or a reduced relative "signed by". An -ING form
  // listed in braces is no participle of the passive ("has been fighting").
  if (vf.inflection != VerbForm::kPast && vf.inflection != VerbForm::kIrregular) return;
  const auto& tk = w_.tokens;
  std::string_view word = tk[h->head].upper;
  if (word.size() > 4 && word.substr(word.size() - 3) == "ING") return;
  size_t n = tk.size();
  size_t e = h->end;
  uint64_t pf = p == std::string::npos ? 0 : TokenFlags(p);
  // "was rammed and sunk by a coast guard ship", "were arrested and jailed": a participle joined
  // by "and" or "or" right after a passive shares its "be".
  bool shares_be = (pf & kCoord) && !w_.verbs.empty() && w_.verbs.back().passive && !w_.verbs.back().reduced &&
                   w_.verbs.back().end == p;
  if ((pf & kBe) || shares_be) {
    h->passive = true;
  } else if (after_subject && ExistentialSubject(p)) {
    h->passive = h->reduced = true;  // "there were ten soldiers killed in the attack"
  } else if (e < n && (TokenFlags(e) & kBy) && (after_subject || !(pf & (kDet | kAux))) && p != std::string::npos &&
             (tk[p].upper == "," || after_subject || !tk[p].is_word || (pf & kCoord) == 0) && !MeansAfterBy(e)) {
    // "..., signed by President X" / "an agreement signed by"; after a subject it is active,
    // unless that "subject" is a preposition's object ("the crew of a Taiwanese fishing boat
    // detained by the Chinese coast guard").
    int g = after_subject ? w_.group_ending_at[h->begin] : -1;
    size_t q = g >= 0 ? w_.groups[g].begin : 0;
    while (q > 0 && (TokenFlags(q - 1) & kDet)) --q;
    if (!after_subject || (q > 0 && (TokenFlags(q - 1) & kPrep))) h->passive = h->reduced = true;
  } else if (p != std::string::npos && !after_subject && !after_pronoun && !(pf & (kAux | kModal | kCoord | kNeg)) &&
             e < n && (TokenFlags(e) & kBetween)) {
    h->passive = h->reduced = true;  // "an agreement signed between A and B"
  } else if (p != std::string::npos && !after_subject && !after_pronoun && tk[p].is_word &&
             !(pf & (kAux | kModal | kCoord | kNeg | kSubord | kTo)) && AgentFollows(e)) {
    h->passive = h->reduced = true;  // "an agreement forced on Qatar by its neighbours"
  } else if (!(pf & (kAux | kModal | kNeg)) && e < n && tk[e].upper == "OF" &&
             (ChargedPerson(h->begin) || word == "ACCUSED" || word == "SUSPECTED" || word == "CONVICTED")) {
    h->passive = h->reduced = true;  // "a man accused of running a fraud ring": no object, his charge
  }
}

bool VerbFinder::AgentFollows(size_t e) const {
  // A "by" within a short prepositional phrase after the verb, before any other verb or comma.
  for (size_t k = e, steps = 0; k < w_.tokens.size() && steps < 7; ++k, ++steps) {
    uint64_t f = TokenFlags(k);
    if (f & kBy) return k > e;
    if ((f & (kClauseEnd | kComma | kSubord | kBe | kAux | kModal)) || !w_.tokens[k].is_word) return false;
    if (k == e && !(f & kPrep)) return false;  // a direct object: the verb is active
  }
  return false;
}

bool VerbFinder::ExistentialSubject(size_t p) const {
  // The noun phrase before the participle follows "there is/are/was/were" (past a number).
  int gi = w_.group_ending_at[p + 1];
  if (gi < 0) return false;
  size_t b = w_.groups[gi].begin;
  while (b > 0 && ((TokenFlags(b - 1) & (kQuantity | kDet)) || w_.tokens[b - 1].is_number)) --b;
  return b >= 2 && (TokenFlags(b - 1) & kBe) && w_.tokens[b - 2].upper == "THERE";
}

}  // namespace tidings::extract
