// The roles of a sentence's verbs (ClauseRoles: subject, object, passive agent) and how an
// outer act composes with the act it governs. Finding the verbs is in verb_finder.cc.
#include "extract/clauses.h"

#include <algorithm>
#include <cstring>
#include <map>

namespace tidings::extract {
namespace {

// The words that open a subordinate clause (SubordinateOpening), by length first: most words
// have another, and the rest are compared at a fixed size, with no call to memcmp.
inline bool IsSubordinator(std::string_view w) {
  auto is = [&](const char* lit, size_t n) { return std::memcmp(w.data(), lit, n) == 0; };
  switch (w.size()) {
    case 2: return is("AS", 2);
    case 4: return is("WHEN", 4) || is("ONCE", 4);
    case 5: return is("AFTER", 5) || is("UNTIL", 5) || is("WHILE", 5) || is("SINCE", 5) || is("WHERE", 5);
    case 6: return is("BEFORE", 6) || is("THOUGH", 6);
    case 7: return is("BECAUSE", 7);
    case 8: return is("ALTHOUGH", 8);
    default: return false;
  }
}

}  // namespace

int ClauseRoles::SubjectOf(size_t vi) const {
  const VerbHit& v = w_.verbs[vi];
  // A reduced relative happens to the noun it follows ("an agreement signed by ...", "ten
  // soldiers killed"), past a comma ("the accord, signed by ..."); not to a noun inside a
  // prepositional phrase, nor to the clause's subject further back.
  if (v.reduced) {
    size_t q = v.begin;
    if (q > 0 && (TokenFlags(q - 1) & kComma)) --q;
    int g = w_.group_ending_at[q];
    return g >= 0 && !PrecededByPreposition(w_.groups[g]) ? g : -1;
  }
  // "Obama, who visited ...": a relative clause's subject is the actor before the relative
  // pronoun; "for an air strike that killed ...": a thing inside a prepositional phrase is
  // nobody's act. (The object of an actor's verb may carry its agency: "signed a memorandum
  // that cemented ...", so the search goes on.)
  size_t p = PrevContent(v.begin);
  // "a summit that many had feared would collapse": "many", "some", "others" are the subject.
  if (size_t q = p != std::string::npos && (TokenFlags(p) & kAux) ? PrevContent(p) : p; q != std::string::npos) {
    std::string_view w = w_.tokens[q].upper;
    if ((w == "MANY" || w == "SOME" || w == "OTHERS" || w == "FEW" || w == "MOST") && q > 0 &&
        (TokenFlags(q - 1) & (kRelative | kComma | kCoord)))
      return -1;
  }
  if (p != std::string::npos && p > 0 && (TokenFlags(p) & kRelative) && w_.verb_at[p] < 0 &&
      w_.verb_at[p - 1] < 0) {
    size_t q = (TokenFlags(p - 1) & kComma) ? p - 1 : p;
    int g = w_.group_ending_at[q];
    if (g >= 0) return PrecededByPreposition(w_.groups[g]) ? -1 : g;
    if (ThingInPrepositionalPhrase(q)) return -1;
    // "last month's earthquake, which killed 3,600 people", "fighting that killed 30": what
    // no one did has no actor as its subject, not even the clause's before it.
    if (q > 0 && (ImpersonalEvent(w_.tokens[q - 1].upper) || NamedByWhatSomeoneCalled(q))) return -1;
    // "killed 52 young men who refused to join them": "who" right after people no actor
    // names has them as its subject, not the actor of the clause before.
    if (q == p && w_.tokens[p].upper == "WHO") return -1;
  }
  if (v.infinitive && (PurposeOfAnAppositive(v.begin) || AfterASuperlativesNoun(v.begin))) return -1;
  // "as fighting between the Arakan Army and the junta's forces spilled into ...": fighting
  // between two sides opening a clause is theirs, not the main clause subject's.
  if (v.begin > 0 && v.end < w_.tokens.size() && (TokenFlags(v.end) & kBetween) &&
      w_.tokens[v.head].upper.ends_with("ING") && IsSubordinator(w_.tokens[v.begin - 1].upper))
    return -1;
  if (int s = ReadinessJoinedByAnd(vi); s >= 0) return s;
  if (SubjectIsAFightBetween(v.begin)) return -1;
  // "... and had urged them": the auxiliary after "and" joins the verb as the verb itself would.
  if (p != std::string::npos && p > 0 && (TokenFlags(p) & (kAux | kModal)) && (TokenFlags(p - 1) & kCoord)) --p;
  if (p != std::string::npos && vi > 0) {
    bool decided = false;
    int shared = SubjectSharedWithVerbBefore(vi, p, &decided);
    if (decided) return shared;
  }
  int crossed = 0;
  for (size_t k = v.begin; k > 0; --k) {
    if (TokenFlags(k - 1) & kClauseEnd) break;
    // "... after floods killed 30 people": a subordinate clause whose subject is a plain noun
    // has no actor as its subject, not the main clause's.
    // (IsSubordinator first, here: it rules out nearly every word without a call.)
    if (k < v.begin && IsSubordinator(w_.tokens[k - 1].upper) && SubordinateOpening(k - 1, v.begin)) {
      size_t q = Word(k) == d_.w_the ? k + 1 : k;
      int g = w_.group_starting_at[q];
      return g >= 0 && w_.groups[g].end == v.begin ? g : -1;  // "after Germany closed ..."
    }
    // The subject is the actor before a parenthetical, not one inside it.
    if (TokenFlags(k - 1) & kComma) {
      size_t open = ParentheticalStart(k - 1);
      if (open != std::string::npos) {
        k = open + 1;
        continue;
      }
      int named = AppositiveOfUnknownName(k - 1);
      if (named >= 0) return named;
    }
    // The actor before another finite verb is that verb's subject ("Washington said a step
    // enjoyed ..."); an infinitive borrows its governing verb's subject.
    int vj = w_.verb_at[k - 1];
    if (vj >= 0 && static_cast<size_t>(vj) != vi && w_.verbs[vj].end <= v.begin) {
      const VerbForm& cf = d_.verbs.form(w_.verbs[vj].form);
      const std::string& cc = d_.verbs.block(cf.block).code.active;
      bool speech = cc.size() >= 2 && cc[0] == '0' && cc[1] == '1';
      if (speech || v.infinitive) ++crossed;
      if ((speech && !v.infinitive) || crossed > 1) break;
      // ("..., breaking with its tradition to adopt EU sanctions": the participle's subject.)
      if (v.infinitive && (cc.empty() || cc == "---") && w_.subject_of_verb[vj] >= 0 &&
          w_.tokens[w_.verbs[vj].head].upper.ends_with("ING"))
        return w_.subject_of_verb[vj];
    }
    // "floods that swept cars away and killed dozens": no one's act, past the relative too.
    if (k >= 2 && (TokenFlags(k - 1) & kRelative) && ImpersonalEvent(w_.tokens[k - 2].upper)) return -1;
    int g = w_.group_ending_at[k];
    if (g >= 0) {
      int described = AntecedentOfRelativeEndingIn(g, vi);
      if (described >= 0) return described;
      // "A U.N. helicopter evacuating soldiers from Nasir was fired upon": the object of a
      // participle describing the subject is no subject (the subject is further back); what a
      // boat or convoy was carrying is ("A boat carrying Venezuelan migrants was fired on").
      size_t b = w_.groups[g].begin;
      if (b > 1 && w_.tokens[b - 1].is_word && !w_.tokens[b - 1].capitalized && w_.tokens[b - 1].upper.ends_with("ED") &&
          w_.verb_at[b - 1] < 0)
        --b;  // ("evacuating wounded soldiers")
      bool participles_object = b > 0 && v.passive && w_.verb_at[b - 1] < 0 && w_.tokens[b - 1].is_word &&
                                !w_.tokens[b - 1].capitalized && w_.tokens[b - 1].upper.size() > 5 &&
                                w_.tokens[b - 1].upper.ends_with("ING") && w_.tokens[b - 1].upper != "CARRYING" &&
                                w_.tokens[b - 1].upper != "TRANSPORTING" && w_.tokens[b - 1].upper != "FERRYING";
      if (!PrecededByPreposition(w_.groups[g]) && !participles_object) return g;
      k = w_.groups[g].begin + 1;
    }
  }
  return -1;
}

int ClauseRoles::ReadinessJoinedByAnd(size_t vi) const {
  // "said he would love to meet Kim ... and was willing to extend his stay": the readiness
  // joined by "and" is the previous verb's subject's, not its object's.
  const VerbHit& v = w_.verbs[vi];
  if (!v.infinitive || vi == 0 || w_.subject_of_verb[vi - 1] < 0) return -1;
  size_t k = v.begin;
  if (w_.tokens[k].upper != "TO") {
    if (k == 0 || w_.tokens[k - 1].upper != "TO") return -1;
    --k;
  }
  if (k < 3) return -1;
  static constexpr std::string_view kReady[] = {"WILLING", "READY", "PREPARED", "EAGER", "KEEN", "DETERMINED",
                                                "UNWILLING", "RELUCTANT", "ABLE", "UNABLE"};
  if (std::find(std::begin(kReady), std::end(kReady), w_.tokens[k - 1].upper) == std::end(kReady)) return -1;
  if (!(TokenFlags(k - 2) & kBe) || !(TokenFlags(k - 3) & kCoord)) return -1;
  return w_.subject_of_verb[vi - 1];
}

int ClauseRoles::SubjectSharedWithVerbBefore(size_t vi, size_t p, bool* decided) const {
  // The verb before (vi - 1) gives this one its subject when "and" or a comma joins them.
  const VerbHit& v = w_.verbs[vi];
  auto decide = [decided](int subject) {
    *decided = true;
    return subject;
  };
  int gerund_subject = SubjectOfGerundAfter(vi, p, decided);
  if (*decided) return gerund_subject;
  // Coordinated verb ("... and signed"): the previous verb's subject; unless a subordinate
  // clause opens between them ("asked for aid after an earthquake flattened buildings and
  // killed 14 people": the earthquake's act, found below).
  if (p != std::string::npos && (TokenFlags(p) & kCoord) && vi > 0 && w_.subject_of_verb[vi - 1] >= 0) {
    // (A clause has a verb of its own before "and": not "condemned the deployment as a
    // violation of the peace deal and urged ...".)
    bool subordinate = false;
    for (size_t k = w_.verbs[vi - 1].end; k < v.begin && !subordinate; ++k) {
      subordinate = SubordinateOpening(k, v.begin);
      if (subordinate && w_.tokens[k].upper == "AS") {
        bool own_verb = false;
        for (size_t j = k + 1; j < p && !own_verb; ++j) own_verb = w_.verb_at[j] >= 0;
        subordinate = own_verb;
      }
    }
    // "summoned Iran's envoy to protest ... and recalled its ambassador": a finite verb joins
    // the finite verb before, not that verb's infinitive (whose subject is its object).
    size_t prev = vi - 1;
    if (!v.infinitive && w_.verbs[prev].infinitive) {
      while (prev > 0 && w_.verbs[prev].infinitive) --prev;
      if (w_.verbs[prev].infinitive || w_.subject_of_verb[prev] < 0) prev = vi - 1;
    }
    if (!subordinate) return decide(w_.subject_of_verb[prev]);
  }
  // "... after an earthquake destroyed homes and killed 20 people": joined to a subordinate
  // clause's verb whose subject is no actor, it has none either.
  if (p != std::string::npos && (TokenFlags(p) & kCoord) && vi > 0 && w_.subject_of_verb[vi - 1] < 0) {
    // ("as deep snow and bitter cold have killed ... and destroyed": "as" nine words back.)
    const size_t prev = w_.verbs[vi - 1].begin;
    for (size_t k = prev; k > 0 && k + 10 > prev; --k) {
      if (SubordinateOpening(k - 1, prev)) return decide(-1);
    }
  }
  // In a headline, a present tense after a comma shares the subject of the one before it
  // ("Burundi Closes Border With Rwanda, Accuses Kigali Of Backing Rebels").
  if (w_.headline && p != std::string::npos && (TokenFlags(p) & kComma) && vi > 0 && w_.subject_of_verb[vi - 1] >= 0 &&
      d_.verbs.form(v.form).inflection == VerbForm::kThirdPerson &&
      d_.verbs.form(w_.verbs[vi - 1].form).inflection == VerbForm::kThirdPerson)
    return decide(w_.subject_of_verb[vi - 1]);
  // A participle clause after the main one shares its subject: "Israeli forces demolished
  // homes, saying they ..." (not "homes"). Past a subjectless passive it reported ("said ...
  // a treaty could be signed this year, accusing Baku of ..."), the reporter's; past an
  // infinitive too ("asked X to free drivers held in ..., saying": the asker's).
  std::string_view head = w_.tokens[v.head].upper;
  if (p != std::string::npos && (TokenFlags(p) & kComma) && vi > 1 && w_.subject_of_verb[vi - 1] < 0 &&
      w_.verbs[vi - 1].passive && head.size() > 4 && head.ends_with("ING")) {
    for (size_t j = vi - 1; j > 0; --j) {
      if (w_.subject_of_verb[j - 1] >= 0 && !w_.verbs[j - 1].passive && !w_.verbs[j - 1].infinitive)
        return decide(w_.subject_of_verb[j - 1]);
    }
  }
  if (p != std::string::npos && (TokenFlags(p) & kComma) && vi > 0 && w_.subject_of_verb[vi - 1] >= 0 &&
      head.size() > 4 && head.substr(head.size() - 3) == "ING") {
    // The main one, past a "that" clause: "Eritrea demanded that Ethiopia pull its troops back
    // ..., accusing Addis Ababa of preparing for war" (Eritrea accuses).
    // A statement past an infinitive complement is the finite verb's subject's: "asked the U.N.
    // to withdraw its mission, accusing it of ..." (the asker accuses, not the U.N. asked).
    // (Not other acts: "gave him until Friday to resign, vowing to ..." keeps its reading.)
    const std::string& own = d_.verbs.block(d_.verbs.form(v.form).block).code.active;
    bool statement = own.size() >= 2 && (own.compare(0, 2, "01") == 0 || own.compare(0, 2, "11") == 0 || own.compare(0, 2, "12") == 0);
    size_t prev = vi - 1;
    while (statement && prev > 0 && w_.verbs[prev].infinitive) --prev;
    if (w_.verbs[prev].infinitive || w_.subject_of_verb[prev] < 0) prev = vi - 1;
    int s = w_.subject_of_verb[prev];
    size_t b = w_.groups[s].begin;
    if (prev >= 1 && b > 0 && Word(b - 1) == d_.w_that && w_.verbs[prev - 1].end < b && w_.subject_of_verb[prev - 1] >= 0)
      return decide(w_.subject_of_verb[prev - 1]);
    return decide(s);
  }
  return -1;
}

bool ClauseRoles::SubordinateOpening(size_t at, size_t verb) const {
  // AFTER, BEFORE, UNTIL, BECAUSE, WHEN, WHILE, AS, SINCE, ALTHOUGH, THOUGH, ONCE; "where" too:
  // "the nightclub where a fire killed 59 people".
  if (!IsSubordinator(w_.tokens[at].upper)) return false;
  // ("A gunman disguised as a courier shot ...": "as" after a guise is no clause's.)
  if (at > 0 && w_.tokens[at].upper == "AS") {
    std::string_view guise = w_.tokens[at - 1].upper;
    if (guise == "DISGUISED" || guise == "DRESSED" || guise == "POSING" || guise == "MASQUERADING") return false;
  }
  // ("met X before the talks and thanked Oman": "the" and one noun, then "and", is no clause;
  // the verb after "and" is joined to the one before. Not "after floods hit X and killed".)
  if (verb == at + 4 && (TokenFlags(verb - 1) & kCoord) && (TokenFlags(at + 1) & kDet) && w_.tokens[at + 2].is_word &&
      !w_.tokens[at + 2].capitalized && !(TokenFlags(at + 2) & (kDet | kPrep)) && w_.group_starting_at[at + 2] < 0)
    return false;
  // A time, not a clause: "stormed a school before dawn on Monday and abducted 25 students",
  // "after midnight", "until Friday" (not "after Monday's attack killed ...").
  if (at + 1 < verb) {
    static constexpr std::string_view kTimesOfDay[] = {"DAWN", "DUSK", "DAYBREAK", "SUNRISE", "SUNSET",
                                                       "NIGHTFALL", "MIDNIGHT", "NOON", "MIDDAY"};
    std::string_view next = w_.tokens[at + 1].upper;
    bool owned = at + 2 < verb && w_.tokens[at + 2].upper == "'S";
    if (std::find(std::begin(kTimesOfDay), std::end(kTimesOfDay), next) != std::end(kTimesOfDay) ||
        ((TokenFlags(at + 1) & kCalendar) && !owned))
      return false;
  }
  // Only words of a noun phrase up to the verb (and its own auxiliaries: "as deep snow and
  // bitter cold have killed"): no comma, verb, auxiliary or "be" between.
  size_t phrase_end = verb;
  while (phrase_end > at + 2 && (TokenFlags(phrase_end - 1) & (kAux | kModal | kNeg)) && !(TokenFlags(phrase_end - 1) & kBe)) --phrase_end;
  for (size_t k = at + 1; k < phrase_end; ++k) {
    if (w_.verb_at[k] >= 0 || (TokenFlags(k) & (kComma | kAux | kBe | kModal | kTo | kRelative))) return false;
  }
  return true;
}

int ClauseRoles::ObjectOf(size_t vi, size_t limit, int skip_group, bool* embedded_subject,
                          const PatternSlots* slots, std::string_view code) const {
  const VerbHit& v = w_.verbs[vi];
  *embedded_subject = false;
  // Where meetings, agreements and cooperation (03-08) happen is no party to them ("met in
  // Geneva", "signed at the White House"); a visit's place is its host, and so is a summit's
  // unless several meet there ("A and B met in Prague on the sidelines of", 044). Protest,
  // force and the
  // rest act on, or are about, where they happen ("protested in Beijing", "drills near Taiwan",
  // "sorrow for the shootings in South Carolina").
  std::string_view root = code.substr(0, std::min<size_t>(code.size(), 2));
  bool compound_subject = skip_group >= 0 && w_.groups[skip_group].members.size() > 1;
  int held = -1;  // the holder of a place force is used on: "rebel-held town"
  bool discussion = v.form >= 0 && d_.verbs.block(d_.verbs.form(v.form).block).name == "DISCUSS";
  int covered_people = -1;
  std::string givers;  // the country whose help an offer names ("offered Turkish help")
  bool place_is_party = code.size() < 2 || code == "---" || root < "03" || root > "08" ||
                        code.substr(0, 3) == "042" || code.substr(0, 3) == "043" ||
                        (code.substr(0, 3) == "044" && !compound_subject);
  for (size_t k = v.object_start(); k < limit; ++k) {
    if (TokenFlags(k) & kClauseEnd) break;
    if ((TokenFlags(k) & kComma) && !InListOfThings(k)) {
      // "bombed a fuel depot in Nyala, a city held by the RSF": force on a place is used on
      // whoever an appositive says holds it.
      if (held < 0 && (root == "18" || root == "19" || root == "20")) held = HolderInAppositive(k, limit);
      // "used chloropicrin, a choking agent, against Ukrainian positions": what a weapon is
      // said to be stands between the act and whom it is used on.
      if (size_t close = WeaponAppositiveEnd(k, limit); (root == "19" || root == "20") && close != std::string::npos) {
        k = close;
        continue;
      }
      break;
    }
    // The object of a verb comes before the next verb (finite, or an infinitive complement
    // whose own event carries the meaning: "agreed to lift sanctions on Iran").
    // (Unless the pattern itself names that verb: "declined TO_COMMENT on Turkey's plan".)
    bool pattern_word = slots != nullptr && slots->Covers(Group{{}, k, k + 1});
    if (w_.verb_at[k] >= 0 && !pattern_word) {
      // "rejected a proposal put forward by Egypt": a participle describing the object, with
      // its author after "by", names whom the act is about (PETRARCH2 too takes a noun
      // phrase's actor from a verb phrase inside it when the phrase has none of its own).
      const VerbHit& r = w_.verbs[w_.verb_at[k]];
      if (!r.reduced || !r.passive || r.end >= limit || !(TokenFlags(r.end) & kBy)) break;
      k = r.end;
      continue;
    }
    // "seized the airport of Goma after days of fighting with government troops": no object
    // follows an adjunct of time or concession. (A show of force is against whom its cause
    // names: "raised its alert level after Israel threatened ...".)
    if (root != "15" && !pattern_word && (AdjunctOpening(k) || AsClauseOpening(k))) break;
    if ((TokenFlags(k) & kTo) && !pattern_word && k + 1 < limit && w_.verb_at[k + 1] >= 0) break;
    // "jailed a man for helping militants join a group in Lebanon": no object past the reason.
    if (!pattern_word && OpensReason(d_, w_.tokens, k)) break;
    int g = w_.group_starting_at[k];
    if (g < 0 || g == skip_group) continue;
    // "Russia and the United States exchanged 24 prisoners in Ankara": a noun phrase the pattern
    // names the head of is what two sides trade, not a third party.
    if (compound_subject && slots != nullptr && slots->Covers(Group{{}, w_.groups[g].begin, w_.groups[g].begin + 1}))
      continue;
    // "sending fighter jets from Denmark, France and Germany": aid the pattern names, with where it
    // comes from, is what is sent, not who receives it.
    if (root == "07" && slots != nullptr && slots->word_count > 0 &&
        slots->Covers(Group{{}, w_.groups[g].begin, w_.groups[g].begin + 1}))
      continue;
    if (slots != nullptr && slots->Covers(w_.groups[g])) {  // words of the pattern itself
      // "freed 18 journalists" (* &PRISONER): people the pattern names are still whom a release
      // or coercion is done to, as TABARI finds a target apart from the pattern, when nothing
      // else is (a compound subject that swaps prisoners acts on each other).
      bool on_people = root == "08" || root == "17" || root == "18" || root == "20";
      if (covered_people < 0 && on_people && !compound_subject && PeopleWithoutCountry(g)) covered_people = g;
      continue;
    }
    // "offered Turkish help in rebuilding Syria's": the subject's own adjective before the noun
    // it offers says whose the help is, not who gets it.
    // (Nor is that country, named again, the help's recipient: "in mining the country's ...".)
    size_t end = w_.groups[g].end;
    const Mention& first = w_.mentions[w_.groups[g].members[0]];
    if (!givers.empty() && first.code == givers && w_.groups[g].members.size() == 1) continue;
    // (With no pattern, the verb's own code: a plain noun after it, no past tense: "provided
    // Washington respected ...".)
    bool offered_noun = slots != nullptr && end < limit && end == w_.groups[g].begin + 1 && first.code == first.country &&
                        (slots->Covers(Group{{}, end, end + 1}) ||
                         (slots->word_count == 0 && w_.tokens[end].is_word && !w_.tokens[end].capitalized &&
                          w_.group_starting_at[end] < 0 && w_.verb_at[end] < 0 && !w_.tokens[end].upper.ends_with("ED") &&
                          (TokenFlags(end) & ~(kModifier | kDictionaryFlags)) == 0));
    if (root >= "03" && root <= "08" && skip_group >= 0 && k == v.end && offered_noun && w_.groups[g].members.size() == 1 &&
        first.country == w_.mentions[w_.groups[skip_group].members[0]].country) {
      givers = first.country;
      continue;
    }
    // "a government-held part of Syria", "Russian-backed separatists": an actor joined to a
    // participle by a hyphen modifies the noun after it, which is the object.
    // (Force used on "Armenian-held positions", with no other actor named, is used on
    // whoever holds them.)
    if (end < w_.tokens.size() && w_.tokens[end].joined && (TokenFlags(end) & kVerbForm)) {
      // ("banned imports of Chinese-made drones", "seized a British-flagged tanker": whose the
      // thing the verb acts on is, is the target; not a thing further on.)
      if (OwnerParticiple(w_.tokens[end].upper) && k <= v.object_start() + 3) return g;
      if (held < 0 && (root == "18" || root == "19" || root == "20")) held = g;
      continue;
    }
    if (k > 0 && (TokenFlags(k - 1) & kBy) && v.passive) continue;
    if ((!place_is_party || IsRegion(w_.groups[g])) && AfterPlaceWord(w_.groups[g]) && !InvestedIn(w_.groups[g]))
      continue;
    // ("raise Saudi investment in the United States": the investor's adjective, before where it goes.)
    if (end + 1 < w_.tokens.size() && w_.tokens[end + 1].upper == "IN" &&
        (w_.tokens[end].upper == "INVESTMENT" || w_.tokens[end].upper == "INVESTMENTS"))
      continue;
    // A beating is of people: "beating Hollywood blockbusters in Indonesia" beats no Indonesia,
    // a place past another object is where, not whom.
    if (code.substr(0, std::min<size_t>(code.size(), 3)) == "182" && k > v.object_start() &&
        AfterPlaceWord(w_.groups[g]))
      continue;
    // "clashed for a third day near the Gambian border": force near a country's border is used
    // on this side of it; that country is no party (a show of force, 15, is aimed at it). (Not
    // "in the Indian border town of Poonch": a town in that country.)
    if ((root == "18" || root == "19" || root == "20") && AfterPlaceWord(w_.groups[g]) && BorderAfter(end)) continue;
    // "The leaders of Ethiopia and Somalia held talks ... under Turkish mediation": a compound
    // meeting, agreeing or cooperating acts on each other; a third party is one named with
    // "with" or "to", not an actor of some other prepositional phrase.
    if (compound_subject && !place_is_party && (OutsideWithOrTo(w_.groups[g], v.end) || MemberCountry(skip_group, g))) continue;
    // "A and B discussed Venezuela's disputed election", "... discussed Western Sahara": what
    // two sides discuss is a topic; they consult each other (a third party is named with "with").
    if (discussion && compound_subject && PrepositionBefore(w_.groups[g], v.end) == std::string::npos) continue;
    // "discussed the crackdown along the Myanmar border in a telephone call with Li Qiang": the
    // one discussed with is named after "with"; an actor inside the topic before it is none.
    if (discussion && (k == 0 || w_.tokens[k - 1].upper != "WITH") && PartnerNamedWith(end, limit) >= 0) continue;
    // "held talks on Tehran's nuclear programme": whose matter a meeting or agreement is about
    // is no party to it. (A preposition that ends the verb's own phrase is no topic's: "heaped
    // praise on Moldova's reforms" praises Moldova.)
    if (root >= "03" && root <= "06" && w_.groups[g].begin > v.end && TopicPossessor(w_.groups[g])) continue;
    // "massed troops along its border with Armenia": the forces a show of force moves are its
    // means; the country it is shown to is further on.
    if (root == "15" && w_.groups[g].members.size() == 1) {
      const std::string& c = w_.mentions[w_.groups[g].members[0]].country;
      bool own = skip_group >= 0 && w_.mentions[w_.groups[skip_group].members[0]].country == c;
      // (The opposition at home is shown force: "police went on high alert ahead of an
      // opposition march".)
      bool opposition = w_.mentions[w_.groups[g].members[0]].code.ends_with("OPP");
      if ((c == "---" || own) && !opposition) continue;  // "put its troops along the border with China on alert"
    }
    // "threatened to declare a state of emergency if striking workers did not lift their
    // roadblocks": a threat is made to whoever must meet its condition.
    if (root == "13" && SubjectOfCondition(g)) return g;
    // "warned that organisers of the march would be arrested": whom a threat says will be
    // arrested or punished is the one threatened.
    if (root == "13" && ThreatenedInPassive(g, limit)) return g;
    // The actor is the subject of an embedded clause when a finite verb follows it.
    if (OpensEmbeddedClause(g, limit)) {
      *embedded_subject = true;
      return -1;
    }
    return g;
  }
  return held >= 0 ? held : covered_people;
}

bool ClauseRoles::SubjectOfCondition(int g) const {
  // "if" or "unless" before the actor, past its determiner and plain lower-case modifiers.
  for (size_t k = w_.groups[g].begin, words = 0; k > 0 && words < 3; ++words) {
    const Token& t = w_.tokens[--k];
    if (t.upper == "IF" || t.upper == "UNLESS") return true;
    if (!t.is_word || t.capitalized || w_.verb_at[k] >= 0 || (TokenFlags(k) & ~(kDet | kModifier | kDictionaryFlags)))
      return false;
  }
  return false;
}

bool ClauseRoles::ThreatenedInPassive(int g, size_t limit) const {
  static constexpr std::string_view kPunished[] = {"ARRESTED", "DETAINED", "PROSECUTED", "PUNISHED", "JAILED",
                                                   "IMPRISONED", "DEPORTED", "EXPELLED", "SHOT", "CRUSHED"};
  size_t k = w_.groups[g].end;
  bool be = false;
  for (; k < limit && (TokenFlags(k) & (kAdverb | kAux | kModal | kNeg | kBe)) && !w_.tokens[k].capitalized; ++k)
    be = be || (TokenFlags(k) & kBe);
  if (!be || k >= limit || (TokenFlags(k - 1) & kNeg)) return false;
  // (Not by someone else: "would be arrested by the police" names who acts.)
  if (k + 1 < w_.tokens.size() && (TokenFlags(k + 1) & kBy)) return false;
  return std::find(std::begin(kPunished), std::end(kPunished), std::string_view(w_.tokens[k].upper)) != std::end(kPunished);
}

bool ClauseRoles::OpensEmbeddedClause(int g, size_t limit) const {
  size_t after = w_.groups[g].end;
  // "said India would keep buying", "said Tehran was ready": a modal, auxiliary or "be" right
  // after the actor opens its clause, whether or not the dictionaries know the verb after it.
  // Capitalised mid-sentence, it is a name ("arrested ... entrepreneur Do Kwon at"); headlines
  // are uncapitalised before this.
  auto function_word = [&](size_t k, uint64_t flags) { return (TokenFlags(k) & flags) && !w_.tokens[k].capitalized; };
  if (after < limit && function_word(after, kAux | kModal | kBe) && !PrecededByPreposition(w_.groups[g]) &&
      w_.verb_at[after] < 0 && w_.verb_at[after + 1] < 0)
    return true;
  while (after < limit && function_word(after, kAdverb | kAux | kModal | kNeg | kBe)) ++after;
  int nv = after < limit ? w_.verb_at[after] : -1;
  // "refused to let IAEA inspectors visit": after let, make or help the verb is a bare
  // infinitive, and the actor before it the object.
  std::string_view before = w_.groups[g].begin > 0 ? w_.tokens[w_.groups[g].begin - 1].upper : "";
  bool causative = before == "LET" || before == "LETS" || before == "LETTING" || before == "MAKE" ||
                   before == "MADE" || before == "HELP" || before == "HELPED" || before == "HELPS";
  return nv >= 0 && !causative && !w_.verbs[nv].infinitive && !w_.verbs[nv].reduced && w_.verbs[nv].finite &&
         w_.verbs[nv].form >= 0 && !IngForm(d_, w_, w_.verbs[nv]) && !PrecededByPreposition(w_.groups[g]);
}

bool ClauseRoles::MemberCountry(int compound, int g) const {
  const std::string& c = w_.mentions[w_.groups[g].members.front()].country;
  for (int m : w_.groups[compound].members) {
    if (w_.mentions[m].country == c && c != "---") return true;
  }
  return false;
}

int ClauseRoles::HolderInAppositive(size_t comma, size_t limit) const {
  size_t k = comma + 1, n = std::min(limit, w_.tokens.size());
  if (k < n && (TokenFlags(k) & kDet)) ++k;
  for (int words = 0; k < n && words < 3 && w_.tokens[k].is_word && !w_.tokens[k].capitalized &&
                      w_.group_starting_at[k] < 0 && !(TokenFlags(k) & (kPrep | kDet | kCoord | kBe | kVerbForm | kComma));
       ++words)
    ++k;
  if (k + 2 >= n) return -1;
  std::string_view u = w_.tokens[k].upper;
  if (u != "HELD" && u != "CONTROLLED" && u != "RUN" && u != "OCCUPIED") return -1;
  if (!(TokenFlags(k + 1) & kBy)) return -1;
  k += 2;
  if (k < n && Word(k) == d_.w_the) ++k;
  return k < n ? w_.group_starting_at[k] : -1;
}

int ClauseRoles::PartnerNamedWith(size_t from, size_t limit) const {
  for (size_t k = from; k + 1 < limit && k < w_.tokens.size(); ++k) {
    if ((TokenFlags(k) & (kComma | kClauseEnd)) || w_.verb_at[k] >= 0) return -1;
    if (w_.tokens[k].upper == "WITH" && w_.group_starting_at[k + 1] >= 0) return w_.group_starting_at[k + 1];
  }
  return -1;
}

size_t ClauseRoles::PrepositionBefore(const Group& g, size_t from) const {
  size_t b = g.begin;
  // Past determiners and counts, and the capitalised words of a name the group ends ("of a
  // European Political Community summit").
  int name_words = 0;
  auto name_word = [&](size_t k) {
    const Token& t = w_.tokens[k];
    return t.is_word && t.capitalized && k > 0 && !(TokenFlags(k) & (kPrep | kVerbForm | kCoord)) && ++name_words <= 3;
  };
  // A preposition that also counts ("over", "about") counts only before a number: "over 100
  // rebels", but "sovereignty over the Chagos Islands".
  auto count_word = [&](size_t k) {
    if (!(TokenFlags(k) & kQuantity)) return false;
    return !(TokenFlags(k) & kPrep) || w_.tokens[k + 1].is_number || (TokenFlags(k + 1) & kQuantity);
  };
  while (b > 0 && Word(b - 1) != d_.w_of &&
         (((TokenFlags(b - 1) & kDet) && !(TokenFlags(b - 1) & kPossPron)) || w_.tokens[b - 1].is_number ||
          count_word(b - 1) || name_word(b - 1)))
    --b;
  // (A verb's own particle, before `from`, is no preposition: "Handing Over Chagos Islands".)
  return b > from && (TokenFlags(b - 1) & kPrep) ? b - 1 : std::string::npos;
}

bool ClauseRoles::OutsideWithOrTo(const Group& g, size_t from) const {
  size_t p = PrepositionBefore(g, from);
  if (p == std::string::npos) return false;
  uint32_t prep = Word(p);
  return prep != d_.w_with && prep != d_.w_to && !(TokenFlags(p) & kBetween);
}

bool ClauseRoles::TopicPossessor(const Group& g) const {
  if (g.begin == 0 || g.end >= w_.tokens.size() || Word(g.end) != d_.w_s) return false;
  std::string_view before = w_.tokens[g.begin - 1].upper;
  return before == "ON" || before == "ABOUT" || before == "OVER" || before == "REGARDING" || before == "CONCERNING";
}

bool ClauseRoles::InListOfThings(size_t comma) const {
  // "exports of gallium, germanium and antimony to the United States": lowercase words, then
  // "and"/"or" within three tokens, before any verb or comma.
  for (size_t k = comma + 1; k < w_.tokens.size() && k < comma + 4; ++k) {
    const Token& t = w_.tokens[k];
    uint64_t f = TokenFlags(k);
    if (f & kCoord) return k > comma + 1 && (t.upper == "AND" || t.upper == "OR");
    if (!t.is_word || t.capitalized || w_.verb_at[k] >= 0 || w_.group_starting_at[k] >= 0 ||
        (f & (kComma | kClauseEnd | kSubord | kPrep | kDet | kPersonPron | kThingPron | kGroupPron)))
      return false;
  }
  return false;
}

bool ClauseRoles::PlacePreposition(std::string_view upper) {
  static constexpr std::string_view kPlace[] = {"IN", "NEAR", "AT", "ON", "OUTSIDE", "INSIDE", "ALONG", "ACROSS", "AROUND", "DURING"};
  return std::find(std::begin(kPlace), std::end(kPlace), upper) != std::end(kPlace);
}

int ClauseRoles::AgentOfPassive(size_t vi, size_t limit) const {
  const VerbHit& v = w_.verbs[vi];
  // "was arrested at his home in Lome before dawn on Tuesday by plainclothes police officers":
  // the agent comes within a dozen words, in the verb's own clause.
  size_t reach = v.end + 12;
  for (size_t k = v.end; k + 1 < limit && k < reach; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return -1;
    if (w_.verb_at[k] >= 0) {
      // "was shot and seriously wounded by a gunman": participles joined by "and" share their
      // agent. Any other verb's "by" is that verb's clause's.
      const VerbHit& next = w_.verbs[w_.verb_at[k]];
      bool joined = next.passive && k > v.end;
      for (size_t j = v.end; joined && j < k; ++j) joined = w_.tokens[j].upper == "AND" || (TokenFlags(j) & kAdverb);
      if (!joined) return -1;
      reach = next.end + 12;
      k = next.end - 1;
      continue;
    }
    if (TokenFlags(k) & kBy) {
      size_t q = k + 1;
      if (Word(q) == d_.w_the) ++q;
      for (; q < limit && q < k + 5; ++q) {  // past adjectives: "by plainclothes police officers"
        int g = w_.group_starting_at[q];
        if (g >= 0) return g;
        // "stabbed by a man near his school": past a place, the agent was no actor.
        if (q > k + 1 && PlacePreposition(w_.tokens[q].upper)) return -1;
      }
      // "by a roadside bomb planted by Maoist rebels": who planted the thing.
      size_t thing_by = 0;
      for (q = k + 1; q < limit && q < k + 6 && thing_by == 0; ++q) {
        int at = w_.verb_at[q];
        if (at >= 0 && (TokenFlags(w_.verbs[at].end) & kBy)) thing_by = w_.verbs[at].end;
      }
      if (thing_by == 0) return -1;
      k = thing_by - 1;
      reach = thing_by + 6;
      continue;
    }
  }
  return -1;
}

namespace {

// The threat (13) of a hostile act: CAMEO's 13 mirrors the acts of 16-20.
std::string ThreatOf(const std::string& act) {
  static const std::map<std::string, std::string> by_code = {
      {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"164", "134"}, {"165", "135"}, {"166", "136"},
      {"172", "132"},  {"191", "1381"}, {"192", "1382"}, {"193", "1384"}, {"194", "1384"}, {"195", "1384"},
      {"204", "1385"}};
  static const std::map<std::string, std::string> by_root = {
      {"16", "131"}, {"17", "137"}, {"14", "133"}, {"18", "1383"}, {"19", "138"}, {"20", "138"}};
  // Threats of administrative sanctions keep their kind: 1722 (ban parties) -> 1322.
  if (act.size() == 4 && act.compare(0, 3, "172") == 0 && act[3] >= '1' && act[3] <= '4') return "132" + act.substr(3);
  auto c = by_code.find(act.substr(0, 3));
  if (c != by_code.end()) return c->second;
  auto r = by_root.find(act.substr(0, 2));
  return r == by_root.end() ? "" : r->second;
}

}  // namespace

bool IngForm(const Dictionaries& d, const SentenceWork& w, const VerbHit& v) {
  VerbForm::Inflection in = d.verbs.form(v.form).inflection;
  if (in == VerbForm::kGerund) return true;
  std::string_view word = w.tokens[v.head].upper;
  return in == VerbForm::kIrregular && word.size() > 4 && word.substr(word.size() - 3) == "ING";
}

// CAMEO's intents (03), appeals (02) and demands (10) of cooperation, aid and yielding have a
// fourth digit for each kind of act: "demanded that Ethiopia pull its troops back" (0874) is
// 1056, "pledged to send peacekeepers" (074) 0334, "urged Kenya to extradite" (063) 0213.
std::string SpecificIntentOrAppeal(const std::string& outer_root, const std::string& inner) {
  if (inner.size() < 3 || inner[0] != '0' || (outer_root != "02" && outer_root != "03" && outer_root != "10"))
    return "";
  char kind = inner[2];
  if ((inner[1] == '6' || inner[1] == '7') && kind >= '1' && kind <= '4') {
    return outer_root + (inner[1] == '6' ? "1" : "3") + kind;  // 0312, 1033
  }
  // 081 082 084 085 086 087 are the yields x51 ... x56 (083, political reform, is x4 apart).
  static const std::map<char, char> yield = {{'1', '1'}, {'2', '2'}, {'4', '3'}, {'5', '4'}, {'6', '5'}, {'7', '6'}};
  auto y = yield.find(kind);
  if (inner[1] == '8' && y != yield.end()) return outer_root + "5" + y->second;
  return "";
}

std::string RefusalOf(const std::string& act) {
  if (act.size() < 3) return "";
  static const std::map<std::string, std::string> specific = {
      {"057", "127"},  {"061", "1211"}, {"062", "1212"}, {"071", "1221"}, {"072", "1222"}, {"073", "1223"},
      {"074", "1224"}, {"081", "1241"}, {"082", "1242"}, {"083", "123"},  {"084", "1243"}, {"085", "1244"},
      {"086", "1245"}, {"087", "1246"}, {"045", "126"},
      // An intent refused is the act refused: "would not agree to" (030), "will not seek talks" (036).
      {"030", "120"},  {"031", "121"},  {"032", "120"},  {"034", "123"},  {"035", "124"},  {"036", "125"},
      {"037", "127"},  {"038", "126"},  {"039", "126"}};
  static const std::map<std::string, std::string> four_digit = {
      {"0311", "1211"}, {"0312", "1212"}, {"0351", "1241"}, {"0352", "1242"}, {"0353", "1243"},
      {"0354", "1244"}, {"0355", "1245"}, {"0356", "1246"}, {"0331", "1221"}, {"0332", "1222"},
      {"0333", "1223"}, {"0334", "1224"}};
  if (auto it = four_digit.find(act); it != four_digit.end()) return it->second;
  if (act.size() == 4 && act.compare(0, 3, "083") == 0) return "123" + act.substr(3);  // 0831 -> 1231
  if (auto it = specific.find(act.substr(0, 3)); it != specific.end()) return it->second;
  static const std::map<std::string, std::string> by_root = {
      {"04", "125"}, {"05", "120"}, {"06", "121"}, {"07", "122"}, {"08", "124"}};
  auto it = by_root.find(act.substr(0, 2));
  return it == by_root.end() ? "" : it->second;
}

std::string ComposeCodes(const std::string& outer, const std::string& inner) {
  if (outer.size() < 2 || inner.size() < 2 || outer == "---" || inner == "---") return inner;
  std::string r1 = outer.substr(0, 2), r2 = inner.substr(0, 2);
  // A threat of a hostile act is the threat (13), never the act; so is a vow or promise of
  // force or of cutting ties ("vowed to retaliate"). A promise to repress ("pledged to expel")
  // is not a threat against anyone CAMEO can name: the act.
  // So is a vow to ban parties or impose martial law ("vowed to outlaw the opposition if ..."):
  // administrative sanctions on a side CAMEO names (1322, 1324).
  bool vow_of_force = r1 == "03" && (r2 == "16" || r2 == "18" || r2 == "19" || r2 == "20" ||
                                     inner.compare(0, 3, "172") == 0);
  if (r1 == "13" || vow_of_force) {
    std::string threat = ThreatOf(inner);
    if (!threat.empty()) return threat;
  }
  // Considering an act is CAMEO's 014 whatever the act: "is considering whether to reopen
  // border crossings with Cambodia".
  if (outer.compare(0, 3, "014") == 0) return "014";
  // CAMEO names the intent, appeal, demand and refusal of mediation apart from mediating:
  // "offered to mediate" is 039, not 045.
  if (inner.compare(0, 3, "045") == 0) {
    if (r1 == "03") return "039";
    if (r1 == "02") return "028";
    if (r1 == "10") return "108";
  }
  // Political reform has its own code under each: "told the prime minister to resign" is 1041
  // (CAMEO's 0831 accede to a change in leadership; 0241, 0341, 1231 alike).
  if (inner.compare(0, 3, "083") == 0 && (r1 == "02" || r1 == "03" || r1 == "10")) {
    return r1 + "4" + inner.substr(3);
  }
  std::string specific = SpecificIntentOrAppeal(r1, inner);
  if (!specific.empty()) return specific;
  static const std::map<std::string, std::map<std::string, std::string>> table = {
      {"03", {{"05", "032"}, {"06", "031"}, {"07", "033"}, {"08", "035"}}},
      {"02", {{"05", "022"}, {"06", "021"}, {"07", "023"}, {"08", "025"}}},
      {"10", {{"04", "106"}, {"05", "102"}, {"06", "101"}, {"07", "103"}, {"08", "105"}}},
  };
  if (r1 == "12") {
    std::string refusal = RefusalOf(inner);
    if (!refusal.empty()) return refusal;
  }
  auto a = table.find(r1);
  if (a != table.end()) {
    auto b = a->second.find(r2);
    if (b != a->second.end()) return b->second;
  }
  // A refusal, demand or threat about any other act is the refusal, demand or threat itself:
  // "declined to sign" did not sign.
  // A protest, strike or blockade "to demand" something is that protest, for what it demands:
  // "marched to demand the resignation of the government" is 1411.
  // So is one "to press" or "to urge" for it (an appeal): "went on strike to press for".
  if (r1 == "14" && r2 == "02" && outer.size() >= 3) {
    // ("rallied ..., calling for the removal of the president": 0241 is 1411, as 1041 is.)
    if (inner.size() == 4 && inner.compare(0, 3, "024") == 0) return outer.substr(0, 3) + inner[3];
    return outer.substr(0, 3);
  }
  if (r1 == "14" && r2 == "10" && outer.size() >= 3) {
    if (inner.size() == 4 && inner.compare(0, 3, "104") == 0) return outer.substr(0, 3) + inner[3];
    return outer.substr(0, 3);
  }
  if (r1 == "12" || r1 == "10" || r1 == "13") return outer;
  return inner;
}

}  // namespace tidings::extract
