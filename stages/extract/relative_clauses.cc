// VerbFinder's test for relative clauses that are background to what a sentence reports
// (VerbHit::background): present-tense relatives and relatives with no relative word. Kept
// apart from clauses.cc, which finds the verbs and their roles.
#include <algorithm>

#include "extract/clauses.h"

namespace tidings::extract {

bool VerbFinder::HelpedToDo(size_t b) const {
  // "sent troops to help Niger fight jihadists", "to help his troops fight the gangs": what
  // help is for is the purpose of sending it, not an act that happened.
  for (size_t k = b, steps = 0; k > 1 && steps < 6; ++steps) {
    --k;
    if (TokenFlags(k) & (kClauseEnd | kComma)) return false;
    std::string_view w = w_.tokens[k].upper;
    // (So is help promised: "said Turkey would help Iraq fight the PKK".)
    if (w == "HELP" || w == "HELPING") return (TokenFlags(k - 1) & (kTo | kModal)) != 0 || w == "HELPING";
    if (w_.verb_at[k] >= 0) return false;
  }
  return false;
}

bool VerbFinder::ObjectRelativeOfUnrealized(size_t vi) const {
  // "criticised for failing to implement a deal that the two sides accepted last year": a
  // relative clause on the object of what did not happen describes that object.
  const VerbHit& v = w_.verbs[vi];
  int g = w_.group_ending_at[v.begin];
  // (Past the noun of "the two sides".)
  if (g < 0 && v.begin > 1 && w_.tokens[v.begin - 1].is_word && !w_.tokens[v.begin - 1].capitalized)
    g = w_.group_ending_at[v.begin - 1];
  if (vi == 0 || g < 0 || !w_.verbs[vi - 1].unrealized) return false;
  size_t r = w_.groups[g].begin;
  if (r > 0 && Word(r - 1) == d_.w_the) --r;
  if (r == 0 || !(TokenFlags(r - 1) & kRelative) || w_.verb_at[r - 1] >= 0) return false;
  for (size_t k = w_.verbs[vi - 1].end; k + 1 < r; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
  }
  return r <= w_.verbs[vi - 1].end + 8;
}

bool VerbFinder::RelativeOnARejectedText(size_t vi) const {
  // "vetoed a draft resolution that called for a ceasefire", "rejected a plan that would have
  // sent troops": what a text rejected or vetoed asks for is no one's act.
  static constexpr std::string_view kTexts[] = {"RESOLUTION", "DRAFT", "TEXT", "BILL", "MOTION",
                                                "PROPOSAL", "PLAN", "MEASURE", "AMENDMENT"};
  // (Or a participle right after it: "vetoed a resolution calling on Sudan's warring parties to".)
  const VerbHit& v = w_.verbs[vi];
  if (vi == 0 || v.begin < 2) return false;
  const bool relative = (TokenFlags(v.begin - 1) & kRelative) != 0;
  if (!relative && !w_.tokens[v.head].upper.ends_with("ING")) return false;
  std::string_view noun = w_.tokens[v.begin - (relative ? 2 : 1)].upper;
  if (std::find(std::begin(kTexts), std::end(kTexts), noun) == std::end(kTexts)) return false;
  const VerbHit& before = w_.verbs[vi - 1];
  const std::string& code = d_.verbs.block(d_.verbs.form(before.form).block).code.active;
  if (code.compare(0, 2, "12") != 0 || before.end + 10 < v.begin) return false;
  for (size_t k = before.end; k + 1 < v.begin; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
  }
  return true;
}

bool VerbFinder::SaidByRefutedReport(size_t b) const {
  // "rejected a U.N. report that said Rwandan troops were fighting alongside rebels": what a
  // refuted report says is refuted too (the verb of saying right before, in the same clause).
  if (w_.verbs.empty() || !w_.verbs.back().refuted || !NoClauseBreak(w_.verbs.back().end, b)) return false;
  const std::string& code = d_.verbs.block(d_.verbs.form(w_.verbs.back().form).block).code.active;
  return code.size() >= 2 && code.compare(0, 2, "01") == 0;
}

bool VerbFinder::CommaClosesBefore(size_t from) const {
  // The parenthetical that holds token `from` closes with a comma before the clause ends.
  for (size_t k = from; k < w_.tokens.size(); ++k) {
    if (TokenFlags(k) & kClauseEnd) return false;
    if (TokenFlags(k) & kComma) return true;
  }
  return false;
}

bool VerbFinder::BackgroundRelative(size_t vi) const {
  const VerbHit& v = w_.verbs[vi];
  size_t p = PrevContent(v.begin);
  if (p == std::string::npos || p == 0 || v.infinitive) return false;
  if (GerundAdjoinedToARelative(vi, p)) return true;
  // "islands that are also claimed by the UAE", "a law that has been used to jail": a relative
  // in the present or present perfect describes its noun, passive or not.
  std::string_view aux = w_.tokens[p].upper;
  if (aux == "IS" || aux == "ARE" || aux == "HAS" || aux == "HAVE") {
    size_t r = aux == "HAS" || aux == "HAVE" || w_.tokens[v.begin].upper != "BEEN" ? PrevContent(p) : std::string::npos;
    if (r != std::string::npos && (TokenFlags(r) & kRelative)) return true;
    // "in the Catatumbo region, where fighting has killed more than 80 people": a place's own
    // relative clause, past its subject.
    for (size_t k = p, steps = 0; k > 0 && steps < 5; ++steps) {
      --k;
      if (TokenFlags(k) & (kComma | kClauseEnd)) break;
      if (w_.tokens[k].upper == "WHERE") return true;
    }
  }
  // "Somalia's president, who has spent months drumming up support against ...": a verb
  // further on in a present or present perfect relative clause, before any comma.
  for (size_t k = v.begin, steps = 0; k > 1 && steps < 6; ++steps) {
    --k;
    if (TokenFlags(k) & (kComma | kClauseEnd)) break;
    std::string_view w = w_.tokens[k].upper;
    // (Past the noun of "whose": "leaders whose supporters have blocked highways for a week".)
    bool whose = (k >= 2 && w_.tokens[k - 2].upper == "WHOSE") || (k >= 3 && w_.tokens[k - 3].upper == "WHOSE");
    if ((w == "HAS" || w == "HAVE" || w == "IS" || w == "ARE") &&
        (((TokenFlags(k - 1) & kRelative) && w_.tokens[k - 1].upper != "WHERE" && k + 1 < v.begin) ||
         (whose && k + 1 == v.begin)))
      return true;
  }
  // "Lukashenko, who has ruled the republic since 1994 and let Russian troops use its territory,
  // flew": anywhere in a present perfect or present relative clause set off by commas.
  for (size_t k = v.begin, steps = 0; k > 2 && steps < 25; ++steps) {
    --k;
    if (TokenFlags(k) & kClauseEnd) break;
    if (!(TokenFlags(k) & kComma)) continue;
    // (Past the noun of "whose": "Bukele, whose crackdown on gangs has put 80,000 people behind bars,".)
    bool present = false;
    for (size_t j = k + 2; j < v.begin && !present; ++j) {
      std::string_view w = w_.tokens[j].upper;
      present = w == "HAS" || w == "HAVE" || w == "IS" || w == "ARE";
    }
    if ((TokenFlags(k + 1) & kRelative) && w_.tokens[k + 1].upper != "THAT" && present && CommaClosesBefore(v.end))
      return true;
    break;
  }
  if (ObjectRelativeOfUnrealized(vi) || RelativeOnARejectedText(vi)) return true;
  if (TimeNounRelative(v.begin)) return true;
  if (v.passive) return false;
  if (ActorAfterPlainNoun(vi)) return true;
  // "his first visit since the two countries restored relations": what a "since" clause says
  // happened is the time from which something else is counted.
  if (SinceClause(v.begin)) return true;
  // "two weeks after gunmen killed 26 tourists", "a day after they seized power": an act dated
  // by its distance from today's news is the background the news refers back to.
  if (AfterADurationClause(v.begin)) return true;
  uint64_t pf = TokenFlags(p);
  VerbForm::Inflection in = d_.verbs.form(v.form).inflection;
  // "militants who attack Pakistani soldiers", "Hamas, which controls Gaza": a relative
  // clause in the present tense says what its noun is or habitually does, not what happened.
  // "agreed to a ceasefire after five days of fighting that killed 30 people", "traded
  // accusations over a gunfight that killed": a relative describing the noun of a time or topic
  // adjunct tells what happened before, as that adjunct does.
  if ((pf & kRelative) && InTimeOrTopicAdjunct(p)) return true;
  // "deported a Russian citizen who had praised the war": what its noun had done before. (Set
  // off by a comma it adds a fact of its own: "attacked Quenmar, which had criticized Talvessa".)
  if (p >= 3 && w_.tokens[p].upper == "HAD" && (TokenFlags(p - 1) & kRelative) && !(TokenFlags(p - 2) & kComma))
    return true;
  // "Jilani, who had recalled Islamabad's ambassador two days earlier, spoke with ...": between
  // the subject and its verb, what it had done before is background too.
  if (p >= 3 && w_.tokens[p].upper == "HAD" && (TokenFlags(p - 1) & kRelative) && Word(p - 1) != d_.w_that &&
      (TokenFlags(p - 2) & kComma) && ClosedBeforeNextVerb(vi) &&
      (NoMainVerbBefore(vi) || OpensASubordinateClause(p - 2)))
    return true;
  // So with no relative word: "to hold the towns they had retaken from al-Shabaab".
  if (p >= 2 && w_.tokens[p].upper == "HAD" && (TokenFlags(p - 1) & (kPersonPron | kGroupPron | kThingPron)) &&
      PlainNoun(p - 2) && w_.group_ending_at[p - 1] < 0)  // not "told reporters they had"
    return true;
  // "a deal that aims to curb migration": "that" right before a present verb is its subject,
  // a relative pronoun (a complement's "that" comes before a subject).
  if (Word(p) == d_.w_that && p + 1 == v.begin && in == VerbForm::kThirdPerson) return true;
  if ((pf & kRelative) && Word(p) != d_.w_that) {
    if (in == VerbForm::kBase || in == VerbForm::kThirdPerson) return true;
    // "Algeria, which severed ties with Morocco in 2021, accused Rabat ...": a relative set off
    // by commas between the subject and its verb, dated to a year, is background in any
    // tense ("Lavrov, who arrived in Pyongyang on Tuesday, praised ..." is news).
    // So is one about a war as a whole: "Ethiopia's government and Tigrayan forces, who fought a
    // two-year war that killed ..., met in Pretoria".
    if (w_.tokens[p - 1].upper != "," || !(vi == 0 || w_.verbs[vi - 1].end <= p)) return false;
    return (ClosedBeforeNextVerb(vi) && NamesAYear(v.end, w_.verbs[vi + 1].begin)) || WarBeforeComma(v.end);
  }
  // "beheaded five villagers they accused of spying": a pronoun right after the object of an
  // act opens a relative clause with no relative word. (After a verb of saying, warning or
  // appeal it opens the complement instead: "told reporters they would", "warned Kyiv it".)
  bool pronoun = (pf & (kPersonPron | kGroupPron | kThingPron)) || w_.tokens[p].upper == "WE";
  return pronoun && ObjectOfPreviousAct(vi, p);
}

bool VerbFinder::GerundAdjoinedToARelative(size_t vi, size_t p) const {
  // "to free journalists who were detained after criticising the junta": a gerund adjoined by
  // "after", "before" or "for" to the verb of a "who" / "which" clause tells what the clause's
  // noun had done, as "who had criticised" would: background, not the news.
  const VerbHit& v = w_.verbs[vi];
  std::string_view adjoins = w_.tokens[p].upper;
  if (vi == 0 || p + 1 != v.begin || d_.verbs.form(v.form).inflection != VerbForm::kGerund ||
      !(adjoins == "AFTER" || adjoins == "BEFORE" || adjoins == "FOR"))
    return false;
  const VerbHit& before = w_.verbs[vi - 1];
  if (!NoClauseBreak(before.end, v.begin)) return false;
  size_t r = before.begin;
  while (r > 0 && (TokenFlags(r - 1) & (kBe | kAux | kAdverb))) --r;
  if (r == 0) return false;
  std::string_view w = w_.tokens[r - 1].upper;
  return (TokenFlags(r - 1) & kRelative) && (w == "WHO" || w == "WHICH");
}

bool VerbFinder::ActorAfterPlainNoun(size_t vi) const {
  // "under a plant health protocol the two governments signed in May", "the last of six
  // shipments President Vladimir Putin promised": an actor right after a plain noun opens a
  // relative clause with no relative word, as a pronoun does. (Not after a verb: "told
  // reporters the army had"; nor after a time or count: "last week the army"; nor in the
  // sentence's opening phrase: "after talks the two sides signed".)
  const VerbHit& v = w_.verbs[vi];
  int g = w_.group_ending_at[v.begin];
  if (g < 0 || v.reduced) return false;
  size_t b = w_.groups[g].begin;
  while (b > 0 && (TokenFlags(b - 1) & kDet)) --b;
  // So with "that" or "which" ("a deal that the two sides accepted last year"), unless the noun
  // is a claim the clause states ("reports that the army attacked").
  if (b >= 3 && (Word(b - 1) == d_.w_that || w_.tokens[b - 1].upper == "WHICH")) {
    if (TokenFlags(b - 2) & kClaimNoun) return false;
    // ("..., which Tusk called a 'historic' step": what the actor says of the thing before.)
    if (w_.tokens[b - 1].upper == "WHICH" && (TokenFlags(b - 2) & kComma)) return true;
    --b;
    // (Past the quote closing the noun: 'a three-metre "talking drum" that French troops seized'.)
    if (b >= 3 && (w_.tokens[b - 1].upper == "\"" || w_.tokens[b - 1].upper == "'") && NounOfAPhrase(b - 2)) --b;
  }
  if (b < 2 || !NounOfAPhrase(b - 1) || TimeNoun(b - 1)) return false;
  size_t k = b - 1;
  while (k > 0 && (NounOfAPhrase(k - 1) || w_.tokens[k - 1].is_number)) --k;
  // (Right after an act's verb, the noun is that act's object and the clause describes it, as
  // after a pronoun: "demanded that Russia hand back 24 buoys its border guards pulled out".)
  // (A count is no noun: "release 23 Indian fishermen arrested last month".)
  bool noun_before = !w_.tokens[b - 1].is_number;
  if (k == 0 || (w_.verb_at[k - 1] >= 0 && !(noun_before && ObjectOfPreviousAct(vi, b)))) return false;
  // The phrase follows a clause: an earlier verb's, or one a comma closes before the phrase's
  // determiner (", the first of several shipments ...").
  for (size_t j = 0; j < vi; ++j) {
    if (w_.verbs[j].finite && !w_.verbs[j].background && w_.verbs[j].end <= k) return true;
  }
  for (size_t c = k; c-- > 3;) {
    if ((TokenFlags(c) & kComma) && (TokenFlags(c + 1) & kDet)) return true;
  }
  return false;
}

bool VerbFinder::NounOfAPhrase(size_t k) const {
  // A lowercase word of no grammatical class but a claim or plan noun's ("deal", "plan"), not a
  // verb.
  constexpr uint64_t kNounClasses = kDictionaryFlags | kClaimNoun | kPlanNoun | kCountNoun | kFacility;
  const Token& t = w_.tokens[k];
  return t.is_word && !t.capitalized && w_.verb_at[k] < 0 && (TokenFlags(k) & ~kNounClasses) == 0;
}

bool VerbFinder::TimeNoun(size_t k) const {
  static constexpr std::string_view kTimes[] = {"DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS",
                                                "WEEKEND", "NIGHT", "MORNING", "AFTERNOON", "EVENING", "TIME",
                                                "HOURS", "TODAY", "YESTERDAY", "MEANWHILE",
                                                // A count is no noun: "released twelve protesters arrested".
                                                "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
                                                "TEN", "ELEVEN", "TWELVE", "DOZEN", "DOZENS", "HUNDREDS", "THOUSANDS"};
  std::string_view u = w_.tokens[k].upper;
  return std::find(std::begin(kTimes), std::end(kTimes), u) != std::end(kTimes);
}

namespace {

// "signed an agreement on Monday under which Albania will host two centres", "a deal whereby
// Turkish forces will protect Somali waters": what an agreement's relative clause says is its
// terms, coded by the agreement (057), no intent of its own. "an inquiry into an incident in
// which peacekeepers shot dead two civilians", "a rally in which protesters clashed with police":
// what an incident's relative clause says happened is the incident the news is about. (Not a
// meeting or a call: "a meeting in which Xi hailed the friendship" is what he did.)
constexpr std::string_view kAgreementNouns[] = {
    "AGREEMENT", "AGREEMENTS", "ACCORD", "TREATY", "PACT", "DEAL", "MEMORANDUM", "PROTOCOL", "CONVENTION",
    "ARRANGEMENT", "CONTRACT", "FRAMEWORK", "SCHEME", "PROGRAMME", "PROGRAM", "MECHANISM", "ROADMAP", "TRUCE",
    "CEASEFIRE", "ARMISTICE", "LAW", "DECREE"};
constexpr std::string_view kIncidentNouns[] = {
    "INCIDENT", "INCIDENTS", "ATTACK", "ATTACKS", "RAID", "RAIDS", "CLASH", "CLASHES", "CRASH", "ACCIDENT",
    "SHOOTING", "BOMBING", "EXPLOSION", "BLAST", "AMBUSH", "OPERATION", "CRACKDOWN", "RALLY", "PROTEST",
    "PROTESTS", "RIOT", "RIOTS", "RIOTING", "VIOLENCE", "FIGHTING", "STAMPEDE", "UPRISING", "UNREST", "BATTLE",
    "OFFENSIVE", "STRIKE", "STRIKES", "ASSAULT", "MASSACRE"};

template <size_t N>
bool OneOf(const std::string_view (&list)[N], std::string_view u) {
  return std::find(std::begin(list), std::end(list), u) != std::end(list);
}

// The prepositions that make an incident the topic or time of another act: "an inquiry into an
// incident in which", "after two nights of protests in which", "responsibility for an attack in
// which". (Not an incident an actor carries out: "launched an offensive in which troops seized
// three villages" tells what the offensive did.)
constexpr std::string_view kTopicPrepositions[] = {"INTO", "AFTER", "OVER", "AMID", "FOLLOWING", "SINCE",
                                                   "DURING", "OF", "ABOUT", "FOR", "ON", "BEHIND"};

}  // namespace

bool VerbFinder::TimeNounRelative(size_t verb_begin) const {
  // "warned ..., after a week in which Chinese jets repeatedly flew into the island's air defence
  // zone", "a year in which attacks cut its revenue": what a time noun's relative clause says
  // happened is the stretch of time the news follows, as a "since" clause's is. So with an
  // agreement's or an incident's (kAgreementNouns above).
  auto IncidentInAnAdjunct = [&](size_t noun) {
    for (size_t j = noun, back = 0; j-- > 0 && back < 6; ++back) {
      if ((TokenFlags(j) & (kComma | kClauseEnd)) || w_.verb_at[j] >= 0) return false;
      if (OneOf(kTopicPrepositions, w_.tokens[j].upper)) return true;
    }
    return false;
  };
  for (size_t k = verb_begin, steps = 0; k > 2 && steps < 8; ++steps) {
    --k;
    if ((TokenFlags(k) & (kComma | kClauseEnd)) || w_.verb_at[k] >= 0) return false;
    bool whereby = w_.tokens[k].upper == "WHEREBY";
    if (!whereby && w_.tokens[k].upper != "WHICH") continue;
    if (k + 1 >= verb_begin) return false;
    std::string_view prep = whereby ? "UNDER" : w_.tokens[k - 1].upper;
    if ((prep == "IN" || prep == "DURING") && TimeNoun(k - 2)) return true;
    bool terms = prep == "UNDER" || prep == "IN" || prep == "BY" || prep == "THROUGH";
    bool incident = prep == "IN" || prep == "DURING";
    // The noun, or the noun before a short time or place adjunct ("an agreement on Monday under which").
    size_t noun = whereby ? k - 1 : k - 2;
    for (size_t j = noun + 1, back = 0; j-- > 0 && back < 5; ++back) {
      if ((TokenFlags(j) & (kComma | kClauseEnd)) || w_.verb_at[j] >= 0) return false;
      std::string_view u = w_.tokens[j].upper;
      if (terms && OneOf(kAgreementNouns, u)) return true;
      if (incident && OneOf(kIncidentNouns, u)) return IncidentInAnAdjunct(j);
      if (j == noun && !w_.tokens[j].capitalized) return false;
    }
    return false;
  }
  return false;
}

bool VerbFinder::HeldForRelease(size_t vi) const {
  // "demanded the release of two Canadians held in China", "urged Iran to free two nationals
  // jailed in Tehran", "to free the crew of a fishing boat detained by the coast guard": the
  // participle of holding that describes those a release is asked for says who holds them, the
  // appeal's target (HolderOfTheReleased); it is background to the appeal, no act of its own.
  static constexpr std::string_view kHolding[] = {"HOLD", "DETAIN", "JAIL", "IMPRISON", "ARREST", "ABDUCT",
                                                  "KIDNAP", "CAPTURE", "SEIZE", "KEEP", "INTERN", "FREEZE"};
  const VerbHit& v = w_.verbs[vi];
  VerbForm::Inflection in = d_.verbs.form(v.form).inflection;
  if (v.infinitive || v.begin == 0 || (in != VerbForm::kPast && in != VerbForm::kIrregular)) return false;
  if (std::find(std::begin(kHolding), std::end(kHolding), d_.verbs.form(v.form).lemma) == std::end(kHolding)) return false;
  if (TokenFlags(v.begin - 1) & (kBe | kAux | kModal | kRelative | kPersonPron | kGroupPron | kThingPron)) return false;
  for (size_t k = v.begin, steps = 0; k > 0 && steps < 10; ++steps) {
    --k;
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
    if (d_.RuleWords(Word(k)) & kReleaseWord) return k + 1 < v.begin;
    if (w_.verb_at[k] >= 0) return false;
  }
  return false;
}

bool VerbFinder::ParticipleOfADocument(const VerbForm& vf, size_t p) const {
  // "passed a resolution demanding that U.S. troops leave", "issued a statement condemning the
  // strike", "adopted a motion calling on X to": an -ing verb of saying, appealing, demanding,
  // praising, criticising, rejecting or threatening right after the document a verb issued says
  // what the issuer did. (A resolution vetoed or called biased is another's: "vetoed a Security
  // Council resolution demanding ...".)
  static constexpr std::string_view kDocuments[] = {"STATEMENT", "RESOLUTION", "MOTION", "DECREE", "DECLARATION",
                                                    "COMMUNIQUE", "LETTER", "BILL", "NOTE", "JOINT_STATEMENT"};
  static constexpr std::string_view kIssuing[] = {"ISSUE", "ADOPT", "PASS", "APPROVE", "SIGN", "SEND", "PUBLISH", "RELEASE"};
  if (p == std::string::npos || w_.verbs.empty() || w_.verbs.back().end > p ||
      std::find(std::begin(kDocuments), std::end(kDocuments), w_.tokens[p].upper) == std::end(kDocuments))
    return false;
  std::string_view issued = d_.verbs.form(w_.verbs.back().form).lemma;
  if (std::find(std::begin(kIssuing), std::end(kIssuing), issued) == std::end(kIssuing)) return false;
  for (size_t k = w_.verbs.back().end; k < p; ++k) {
    if (w_.group_starting_at[k] >= 0 || (TokenFlags(k) & (kComma | kClauseEnd | kPrep))) return false;
  }
  const std::string& code = d_.verbs.block(vf.block).code.active;
  std::string_view root = std::string_view(code).substr(0, 2);
  return code.size() >= 3 && (root == "01" || root == "02" || root == "05" || root == "10" || root == "11" ||
                              root == "12" || root == "13");
}

bool VerbFinder::SinceClause(size_t verb_begin) const {
  // SINCE, then only the clause's subject (an actor, determiners, numbers) up to the verb.
  for (size_t k = verb_begin, steps = 0; k > 0 && steps < 6; ++steps) {
    --k;
    if (w_.tokens[k].upper == "SINCE") return k + 1 < verb_begin;
    bool subject_word = InsideGroup(k) || (TokenFlags(k) & (kDet | kTwo)) || w_.tokens[k].is_number;
    if (!subject_word) return false;
  }
  return false;
}

bool VerbFinder::AfterADurationClause(size_t verb_begin) const {
  // (A long subject fits: "a day after President Nicolas Maduro's government and the opposition
  // signed".)
  for (size_t k = verb_begin, steps = 0; k > 1 && steps < 12; ++steps) {
    --k;
    uint64_t f = TokenFlags(k);
    // (Past a name in commas: "days after its chief, Rafael Grossi, visited Tehran".)
    if ((f & kComma) && k + 1 == verb_begin) {
      size_t open = k;
      while (open > 0 && open + 5 > k && w_.tokens[open - 1].capitalized) --open;
      if (open > 0 && open < k && (TokenFlags(open - 1) & kComma)) {
        k = open - 1;
        continue;
      }
    }
    if ((f & (kComma | kClauseEnd)) || w_.verb_at[k] >= 0) return false;
    std::string_view u = w_.tokens[k].upper;
    if (u != "AFTER" && u != "BEFORE") continue;
    // A subject comes between; or, with none, the verb is a gerund ("a day after hosting the
    // Iraqi prime minister").
    if (k + 1 == verb_begin && !w_.tokens[verb_begin].upper.ends_with("ING")) return false;
    std::string_view unit = w_.tokens[k - 1].upper;
    if (unit.ends_with("S") && unit.size() > 3) unit.remove_suffix(1);
    return unit == "HOUR" || unit == "DAY" || unit == "WEEK" || unit == "MONTH" || unit == "YEAR";
  }
  return false;
}

bool VerbFinder::ModalLaterInClause(size_t from) const {
  // (A long subject fits: "talks with Lithuania on a joint air-defence plan for the Suwalki Gap
  // would".)
  for (size_t k = from; k < w_.tokens.size() && k < from + 20; ++k) {
    uint64_t f = TokenFlags(k);
    if (f & kModal) return true;
    std::string_view u = w_.tokens[k].upper;
    if ((f & (kComma | kClauseEnd | kSubord | kRelative | kCoord)) || !(w_.tokens[k].is_word || u == "-" || u == "'S"))
      return false;
  }
  return false;
}

bool VerbFinder::ProvisionOfAnAgreement(const VerbHit& h) const {
  // "signed a free trade deal in London on Thursday that will cut tariffs on whisky": what a
  // deal will do is its content, not an act of its own (the signing codes the deal).
  static constexpr std::string_view kDeals[] = {"DEAL",   "DEALS",  "AGREEMENT", "AGREEMENTS", "ACCORD",
                                                "ACCORDS", "TREATY", "TREATIES",  "PACT",       "MEMORANDUM"};
  size_t modal = PrevContent(h.begin);
  // "signed a defence agreement on Monday giving U.S. forces access to 15 bases": a participle
  // right after the deal (and its day) says what the deal does.
  if (modal != std::string::npos && IngForm(d_, w_, h)) {
    size_t k = modal;
    if ((TokenFlags(k) & kCalendar) && k > 0 && w_.tokens[k - 1].upper == "ON") k -= 2;
    std::string_view u = k < w_.tokens.size() ? std::string_view(w_.tokens[k].upper) : std::string_view();
    if (std::find(std::begin(kDeals), std::end(kDeals), u) != std::end(kDeals)) return true;
  }
  if (modal == std::string::npos || (w_.tokens[modal].upper != "WILL" && w_.tokens[modal].upper != "WOULD"))
    return false;
  size_t rel = PrevContent(modal);
  if (rel == std::string::npos || (w_.tokens[rel].upper != "THAT" && w_.tokens[rel].upper != "WHICH")) return false;
  for (size_t k = rel, steps = 0; k > 0 && steps < 10; ++steps) {
    --k;
    if ((TokenFlags(k) & (kComma | kClauseEnd)) || w_.verb_at[k] >= 0) return false;
    std::string_view u = w_.tokens[k].upper;
    if (std::find(std::begin(kDeals), std::end(kDeals), u) != std::end(kDeals)) return true;
  }
  return false;
}

bool VerbFinder::PlainNoun(size_t k) const {
  const Token& t = w_.tokens[k];
  return t.is_word && !t.capitalized && w_.verb_at[k] < 0 && (TokenFlags(k) & ~kDictionaryFlags) == 0;
}

bool VerbFinder::InTimeOrTopicAdjunct(size_t relative) const {
  for (size_t k = relative, steps = 0; k > 0 && steps < 10; ++steps) {
    --k;
    // (A gerund may be the noun: "after five days of border fighting that killed ...".)
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
    if (w_.verb_at[k] >= 0 && !IngForm(d_, w_, w_.verbs[w_.verb_at[k]])) return false;
    std::string_view u = w_.tokens[k].upper;
    if (u == "AFTER" || u == "OVER" || u == "AMID" || u == "FOLLOWING" || u == "SINCE" || u == "DURING") return true;
  }
  return false;
}

static bool Month(std::string_view u) {
  static constexpr std::string_view kMonths[] = {"JANUARY", "FEBRUARY", "MARCH",     "APRIL",   "MAY",      "JUNE",
                                                 "JULY",    "AUGUST",   "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
  return std::find(std::begin(kMonths), std::end(kMonths), u) != std::end(kMonths);
}

bool VerbFinder::NamesAYear(size_t from, size_t to) const {
  // A year, or a time before the news: "last month", "earlier this year", "two weeks ago",
  // "three days earlier" (not "earlier on Tuesday", the news's own day).
  auto period = [](std::string_view u) {
    return u == "WEEK" || u == "MONTH" || u == "YEAR" || u == "DAYS" || u == "WEEKS" || u == "MONTHS" || u == "YEARS";
  };
  for (size_t k = from; k < to && k < w_.tokens.size(); ++k) {
    std::string_view t = w_.tokens[k].upper;
    if (w_.tokens[k].is_number && t.size() == 4 && (t.starts_with("19") || t.starts_with("20"))) return true;
    std::string_view next = k + 1 < to ? std::string_view(w_.tokens[k + 1].upper) : std::string_view();
    if (t == "LAST" && period(next)) return true;
    if ((t == "AGO" || t == "EARLIER") && k > from && period(w_.tokens[k - 1].upper)) return true;
    if (t == "THIS" && period(next) && k > from && w_.tokens[k - 1].upper == "EARLIER") return true;
    // "in April": a month, not the news's own day.
    if (t == "IN" && k + 1 < to && (TokenFlags(k + 1) & kCalendar) && Month(w_.tokens[k + 1].upper)) return true;
  }
  return false;
}

bool VerbFinder::NoMainVerbBefore(size_t vi) const {
  for (size_t j = 0; j < vi; ++j) {
    if (w_.verbs[j].finite && !w_.verbs[j].background) return false;
  }
  return true;
}

bool VerbFinder::OpensASubordinateClause(size_t comma) const {
  // "..., as Israeli jets, which had pounded Gaza for weeks, stayed silent": so is the subject
  // of a clause after the main one ("as", "while", "after", "although"), the relative set
  // between it and its own verb.
  for (size_t k = comma, steps = 0; k > 0 && steps < 8; ++steps) {
    --k;
    if ((TokenFlags(k) & (kComma | kClauseEnd)) || w_.verb_at[k] >= 0) return false;
    std::string_view w = w_.tokens[k].upper;
    if (w == "AS" || w == "WHILE" || w == "WHEN" || w == "AFTER" || w == "BEFORE" || w == "ALTHOUGH" ||
        w == "THOUGH" || w == "BECAUSE" || w == "WHEREAS" || w == "UNTIL")
      return k + 1 < comma;
  }
  return false;
}

bool VerbFinder::WarBeforeComma(size_t from) const {
  // A war named right after the verb, in a parenthetical that a comma closes.
  for (size_t k = from, steps = 0; k < w_.tokens.size() && steps < 6; ++k, ++steps) {
    std::string_view t = w_.tokens[k].upper;
    if ((TokenFlags(k) & (kComma | kClauseEnd)) || w_.verb_at[k] >= 0) return false;
    if (t == "WAR" || t == "WARS" || t == "INSURGENCY") return CommaClosesBefore(k);
  }
  return false;
}

bool VerbFinder::ClosedBeforeNextVerb(size_t vi) const {
  if (vi + 1 >= w_.verbs.size()) return false;
  for (size_t k = w_.verbs[vi].end; k < w_.verbs[vi + 1].begin; ++k) {
    if (w_.tokens[k].upper == ",") return true;
    if (TokenFlags(k) & kClauseEnd) return false;
  }
  return false;
}

bool VerbFinder::ObjectOfPreviousAct(size_t vi, size_t end) const {
  if (vi == 0 || end == 0) return false;
  const VerbHit& prev = w_.verbs[vi - 1];
  if (prev.end >= end) return false;
  // The phrase ends in an actor or a plain noun (no grammatical word).
  size_t last = end - 1;
  bool plain_noun = w_.tokens[last].is_word && (TokenFlags(last) & ~kDictionaryFlags) == 0;
  if (!plain_noun && w_.group_ending_at[end] < 0) return false;
  for (size_t k = prev.end; k < end; ++k) {
    uint64_t f = TokenFlags(k);
    if ((f & (kComma | kClauseEnd | kCoord | kRelative | kPrep)) || w_.verb_at[k] >= 0 || !w_.tokens[k].is_word) {
      if (!w_.tokens[k].is_number) return false;
    }
  }
  const std::string& code = d_.verbs.block(d_.verbs.form(prev.form).block).code.active;
  if (code.size() < 2 || code == "---") return false;
  std::string_view root = std::string_view(code).substr(0, 2);
  return (root >= "04" && root <= "09") || root >= "14";
}

bool VerbFinder::ObjectOfAPreposition(size_t b) const {
  size_t k = b;
  while (k > 0 && k + 6 > b && w_.tokens[k - 1].is_word && !w_.tokens[k - 1].capitalized &&
         !(TokenFlags(k - 1) & (kPrep | kComma | kClauseEnd | kVerbForm | kCoord | kSubord | kRelative)))
    --k;
  if (k == 0 || k == b) return false;
  // ("..., a project talked about for decades": an appositive's participle describes it.)
  if ((TokenFlags(k - 1) & kComma) && (TokenFlags(k) & kDet) && k + 1 < b) return true;
  if (!(TokenFlags(k - 1) & kPrep)) return false;
  // (Not after "with": "first emerged in 1992, with an agreement signed between X and Y"
  // tells what happened.)
  std::string_view p = w_.tokens[k - 1].upper;
  return p == "UNDER" || p == "IN" || p == "ON" || p == "OVER" || p == "FROM" || p == "AGAINST" || p == "ABOUT" ||
         p == "AFTER" || p == "DESPITE";
}

bool VerbFinder::AppositiveParticiple(size_t vi) const {
  // "in exchange for Assadollah Assadi, an Iranian diplomat jailed in Belgium over a plot": a
  // past form after a name's "a" / "an" appositive, before a preposition, describes that
  // appositive; it is no clause with the appositive as its subject.
  const VerbHit& v = w_.verbs[vi];
  VerbForm::Inflection in = d_.verbs.form(v.form).inflection;
  if (v.passive || v.infinitive || v.begin < 4 || v.end >= w_.tokens.size() || !(TokenFlags(v.end) & kPrep) ||
      (in != VerbForm::kPast && in != VerbForm::kIrregular))
    return false;
  int g = w_.group_ending_at[v.begin];
  if (g < 0) return false;
  size_t a = w_.groups[g].begin;
  // (Past its modifiers: "Paul Whelan, a former U.S. Marine jailed in Russia".)
  while (a > 0 && w_.groups[g].begin < a + 3 && (TokenFlags(a - 1) & kModifier) && !(TokenFlags(a - 1) & kDet)) --a;
  if (a < 3 || (w_.tokens[a - 1].upper != "A" && w_.tokens[a - 1].upper != "AN") || !(TokenFlags(a - 2) & kComma))
    return false;
  return w_.tokens[a - 3].capitalized && w_.tokens[a - 3].is_word;
}

bool VerbFinder::AfterLinkingVerb(size_t p) const {
  // "when it feels threatened", "seemed isolated", "looked worried": the past form after a verb
  // of feeling or seeming is the subject's state, an adjective, no act done to it.
  return d_.RuleWords(Word(p)) & kLinkingVerbWord;
}

bool VerbFinder::AfterCareVerb(size_t p) const {
  // "a hospital treating wounded soldiers", "medics caring for injured villagers": the past form
  // right after a verb of care is its object's adjective, no attack (the care verb is often no
  // verb the finder keeps, being a participle after a noun). "Shelling wounded six" is a subject.
  if (Word(p) == d_.w_for && p > 0) return d_.RuleWords(Word(p - 1)) & kCareWord;  // "caring for", "cared for"
  return d_.RuleWords(Word(p)) & kCareVerbWord;
}

bool VerbFinder::MeetingGerundAfter(const VerbForm& vf, size_t b, size_t p) const {
  // "said on Thursday after meeting U.S. envoy Amos Hochstein": a listed -ING form of a verb of
  // meeting (CAMEO 04) right after "after", with an actor (or "with" and an actor) next, is the
  // gerund of a meeting, no noun ("after meeting the deadline" has no actor: still a noun).
  if (p == std::string::npos || p + 1 != b || w_.tokens[p].upper != "AFTER" || !w_.tokens[b].upper.ends_with("ING"))
    return false;
  const std::string& code = d_.verbs.block(vf.block).code.active;
  if (code.size() < 3 || code.compare(0, 2, "04") != 0) return false;
  size_t k = b + 1;
  if (k < w_.tokens.size() && w_.tokens[k].upper == "WITH") ++k;
  // ("after meeting his Syrian counterpart": a possessive opens the actor too.)
  if (k < w_.tokens.size() && (Word(k) == d_.w_the || (TokenFlags(k) & kPossPron))) ++k;
  return k < w_.tokens.size() && w_.group_starting_at[k] >= 0;
}

int ClauseRoles::SubjectOfGerundAfter(size_t vi, size_t p, bool* decided) const {
  // "Mikati said on Thursday after meeting Hochstein", "Israel struck Gaza after accusing
  // Hamas of ...": a gerund right after "after" is done by the subject of its clause's verb,
  // not by that verb's object. So is one after "by", the means of that verb's act ("Italy defied
  // an ICC arrest warrant by releasing X").
  const VerbHit& v = w_.verbs[vi];
  *decided = false;
  if (p == std::string::npos || vi == 0 || p + 1 != v.begin ||
      (w_.tokens[p].upper != "AFTER" && w_.tokens[p].upper != "BY") || v.infinitive || v.passive || !IngForm(d_, w_, v))
    return -1;
  for (size_t j = vi; j > 0; --j) {
    const VerbHit& u = w_.verbs[j - 1];
    if (u.infinitive || u.background) continue;
    for (size_t k = u.end; k < p; ++k) {
      if (TokenFlags(k) & (kClauseEnd | kSubord)) return -1;
    }
    // (Not the means an accusation names: "accusing Brussels of ... by siding with Congo".)
    if (w_.tokens[p].upper == "BY") {
      const std::string& code = d_.verbs.block(d_.verbs.form(u.form).block).code.active;
      if (w_.subject_of_verb[j - 1] < 0 || code.compare(0, 2, "11") == 0 || code.compare(0, 2, "01") == 0) return -1;
    }
    *decided = true;
    return w_.subject_of_verb[j - 1];
  }
  return -1;
}

bool ClauseRoles::NamedByWhatSomeoneCalled(size_t q) const {
  // "what it called unprovoked shelling that", "what Kyiv described as a terrorist attack
  // that": "what", a subject, a verb of naming, then up to four words of the noun phrase.
  static constexpr std::string_view kNaming[] = {"CALLED", "TERMED", "DUBBED", "DESCRIBED", "LABELLED", "LABELED",
                                                 "BRANDED", "CALLS", "DESCRIBES", "TERMS"};
  for (size_t k = q, steps = 0; k > 2 && steps < 6; --k, ++steps) {
    std::string_view u = w_.tokens[k - 1].upper;
    if (TokenFlags(k - 1) & (kComma | kClauseEnd | kRelative)) return false;
    if (std::find(std::begin(kNaming), std::end(kNaming), u) == std::end(kNaming)) continue;
    // The namer: a pronoun or an actor right before the verb, "what" before it.
    size_t s = k - 2;
    int g = w_.group_ending_at[k - 1];
    if (g >= 0) s = w_.groups[g].begin;
    return s > 0 && w_.tokens[s - 1].upper == "WHAT";
  }
  return false;
}

int ClauseRoles::AntecedentOfRelativeEndingIn(int g, size_t vi) const {
  // "A gunman who had published a manifesto attacking immigrants opened fire": the actor at the
  // end of a relative clause whose own verb no dictionary knows is not the next verb's subject;
  // the actor before "who" is. (Not past a verb of saying: "officials who said rebels attacked".)
  const VerbHit& v = w_.verbs[vi];
  if (v.infinitive || v.reduced || !v.finite || w_.groups[g].end > v.begin) return -1;
  if (d_.verbs.form(v.form).inflection == VerbForm::kBase) return -1;
  // (Past plain words after it: "farmers who blame the government for low prices blocked".)
  for (size_t k = w_.groups[g].end; k < v.begin; ++k) {
    if ((TokenFlags(k) & (kComma | kClauseEnd | kRelative)) || w_.verb_at[k] >= 0 || !w_.tokens[k].is_word) return -1;
  }
  for (size_t k = w_.groups[g].begin, steps = 0; k > 1 && steps < 12; ++steps) {
    --k;
    if (TokenFlags(k) & (kComma | kClauseEnd)) return -1;
    if (w_.verb_at[k] >= 0) {
      const std::string& cc = d_.verbs.block(d_.verbs.form(w_.verbs[w_.verb_at[k]].form).block).code.active;
      if (cc.size() < 2) return -1;
      // (Past a noun after it, the actor is no longer what is said: "who had written a blog
      // post attacking immigrants".)
      bool said = cc[0] == '0' && cc[1] == '1';
      for (size_t j = w_.verbs[w_.verb_at[k]].end; said && j < w_.groups[g].begin; ++j) {
        said = Word(j) == d_.w_that || w_.tokens[j].upper == "ON" || (TokenFlags(j) & kCalendar);
      }
      if (said) return -1;
    }
    std::string_view w = w_.tokens[k].upper;
    if (w != "WHO" && w != "WHICH") continue;
    int s = w_.group_ending_at[k];
    return s >= 0 && s != g && !PrecededByPreposition(w_.groups[s]) && k + 1 < w_.groups[g].begin ? s : -1;
  }
  return -1;
}

}  // namespace tidings::extract
