// Whether the act a verb names happened (part of VerbFinder, declared in clauses.h): negation
// ("did not sign"), modality and plans ("may send", "plans to impose"), purposes and appeals
// ("urged X to withdraw"), acts stopped or only circumstances, and claims a clause refutes.
#include <algorithm>

#include "extract/clauses.h"

namespace tidings::extract {

void VerbFinder::MarkNegation(VerbHit* h) const {
  size_t b = h->begin;
  // not / n't / never shortly before the verb, within the clause.
  for (size_t k = b, steps = 0; k > 0 && steps < 4; ++steps) {
    --k;
    if (TokenFlags(k) & kNeg) {
      h->negated = true;
      break;
    }
    if (w_.group_ending_at[k + 1] >= 0 || (TokenFlags(k) & kComma)) break;
  }
  // The complement of a refutation is denied, not reported: "Iran denied that it had
  // supplied weapons", "rejected claims that ... attacked" code like a negation.
  if (!h->negated && (RefutedClause(b) || SaidByRefutedReport(b))) h->negated = h->refuted = true;
  // "saying they had broken no law", "fired no shots": an act of protest or force done to "no" one.
  const std::string& c = d_.verbs.block(d_.verbs.form(h->form).block).code.active;
  if (h->end + 1 < w_.tokens.size() && w_.tokens[h->end].upper == "NO" && !w_.tokens[h->end + 1].capitalized &&
      (c == "---" || c.compare(0, 2, "14") >= 0))
    h->negated = true;
  // An infinitive complement of a negated verb is negated too ("would not ask X to help").
  if (h->infinitive && !w_.verbs.empty() && w_.verbs.back().negated && b <= w_.verbs.back().end + 6) h->negated = true;
}

bool VerbFinder::ModalBefore(size_t k) const {
  for (size_t j = k, steps = 0; j > 0 && steps < 8; ++steps) {
    --j;
    if (TokenFlags(j) & (kClauseEnd | kComma)) return false;
    if (w_.tokens[j].upper == "WOULD" || w_.tokens[j].upper == "WILL" || w_.tokens[j].upper == "WO") return true;
  }
  return false;
}

bool VerbFinder::InChargeOrReason(size_t b) const {
  // "accused the bloc of failing to help them fight insurgents": past "of" and an -ing word
  // after a praise, accusation, sanction or arrest, the rest of the clause is its charge.
  // A form of "be" or an auxiliary after it starts a clause of its own: "the civilians imprisoned
  // for acting against Moscow were released".
  for (size_t k = b, steps = 0; k > 1 && steps < 12; ++steps) {
    --k;
    if (TokenFlags(k) & (kClauseEnd | kComma | kBe | kAux | kModal)) return false;
    std::string_view u = w_.tokens[k].upper;
    if (!(u == "OF" || u == "FOR" || u == "WITH") || k + 1 >= b) continue;
    const Token& ing = w_.tokens[k + 1];
    if (!ing.is_word || ing.capitalized || ing.upper.size() < 6 || !ing.upper.ends_with("ING")) continue;
    for (auto v = w_.verbs.rbegin(); v != w_.verbs.rend(); ++v) {
      if (v->end > k) continue;
      const std::string& code = d_.verbs.block(d_.verbs.form(v->form).block).code.active;
      std::string_view root = std::string_view(code).substr(0, std::min<size_t>(code.size(), 2));
      return root == "05" || root == "11" || root == "16" || root == "17";
    }
    return false;
  }
  return false;
}

bool VerbFinder::NoClauseBreak(size_t from, size_t to) const {
  if (to > from + 8) return false;
  for (size_t k = from; k < to; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd | kRelative | kSubord)) return false;
  }
  return true;
}

bool VerbFinder::PurposeOfAnAppeal(const VerbHit& h) const {
  // "asked Oman to lend its good offices to ease the tension": the purpose of what an appeal or
  // demand asks for is asked for too, not done.
  if (!h.infinitive || w_.verbs.size() < 2 || !w_.verbs.back().infinitive || !NoClauseBreak(w_.verbs.back().end, h.begin))
    return false;
  const VerbHit& asking = w_.verbs[w_.verbs.size() - 2];
  const std::string& code = d_.verbs.block(d_.verbs.form(asking.form).block).code.active;
  std::string_view root = std::string_view(code).substr(0, std::min<size_t>(code.size(), 2));
  return (root == "02" || root == "10") && NoClauseBreak(asking.end, w_.verbs.back().begin);
}

bool VerbFinder::PurposeOfAForcePosture(const VerbHit& h) const {
  // "called up 300,000 reservists to fight in Ukraine", "massed troops to attack the city": what
  // a mobilisation or build-up is for has not happened yet (the reservists are not Ukraine's).
  if (!h.infinitive || w_.verbs.empty() || w_.verbs.back().infinitive || h.begin > w_.verbs.back().end + 8 ||
      !NoClauseBreak(w_.verbs.back().end, h.begin))
    return false;
  const std::string& code = d_.verbs.block(d_.verbs.form(w_.verbs.back().form).block).code.active;
  return code.compare(0, 2, "15") == 0;
}

bool VerbFinder::StoppedOrCircumstance(const VerbHit& h) const {
  if (!IngForm(d_, w_, h) || h.begin < 2) return false;
  size_t p = PrevContent(h.begin);
  if (p == std::string::npos) return false;
  std::string_view w = w_.tokens[p].upper;
  // "demanded that Japan stop sending warships": what is to stop is no new act.
  if (w == "STOP" || w == "STOPS" || w == "STOPPED" || w == "HALT" || w == "HALTS" || w == "HALTED" || w == "CEASE" ||
      w == "CEASES" || w == "CEASED" || w == "QUIT")
    return true;
  // "... while Israel was bombing Iranian cities": the circumstance of what is reported.
  // "if he signs a deal with China without consulting Wellington first": what is not done.
  if (w == "WITHOUT") return true;
  if (w != "WAS" && w != "WERE") return false;
  for (size_t k = p, steps = 0; k > 0 && steps < 6; ++steps) {
    --k;
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
    if (w_.tokens[k].upper == "WHILE" || w_.tokens[k].upper == "AS") return true;
  }
  return false;
}

bool VerbFinder::Unrealized(const VerbHit& h) const {
  // The infinitive of what did not happen did not either: "a report that Astana had agreed to
  // host a Russian unit".
  // "if Riyadh allowed U.S. or British warplanes to use its airspace": past the object too.
  if (h.infinitive && !w_.verbs.empty() && w_.verbs.back().unrealized && NoClauseBreak(w_.verbs.back().end, h.begin))
    return true;
  // "a strike called to force the government to crack down on illegal mining": what a purpose
  // seeks to force is not done.
  if (h.infinitive && !w_.verbs.empty() && w_.verbs.back().infinitive &&
      d_.verbs.block(d_.verbs.form(w_.verbs.back().form).block).name == "FORCE" &&
      NoClauseBreak(w_.verbs.back().end, h.begin) && h.begin <= w_.verbs.back().end + 8)
    return true;
  // "reports that the men had been beaten and denied contact with lawyers": a verb joined by
  // "and" to an unrealized one is not reported as done either.
  if (!h.infinitive && !w_.verbs.empty() && w_.verbs.back().unrealized && h.begin > 0 &&
      w_.tokens[h.begin - 1].upper == "AND" && NoClauseBreak(w_.verbs.back().end, h.begin))
    return true;
  if (PurposeOfAnAppeal(h) || PurposeOfAForcePosture(h) || ProvisionOfAnAgreement(h)) return true;
  size_t b = h.begin;
  auto upper = [&](size_t k) { return w_.tokens[k].upper; };
  // "its ruling on whether to remove the president": a question still open, not an act.
  if (h.infinitive) {
    size_t to = upper(b) == "TO" ? b : (b > 0 && upper(b - 1) == "TO" ? b - 1 : 0);
    if (to > 0 && (upper(to - 1) == "WHETHER" ||
                   (to >= 3 && upper(to - 1) == "NOT" && upper(to - 2) == "OR" && upper(to - 3) == "WHETHER")))
      return true;
  }
  // "an offensive could lead it to suspend the treaty": what a consequence that may follow
  // would bring about is not done.
  if (h.infinitive && b >= 3) {
    for (size_t k = b - 2; k > 0 && k + 5 > b; --k) {
      std::string_view w = upper(k);
      if ((w == "LEAD" || w == "PROMPT" || w == "FORCE" || w == "PUSH") && (TokenFlags(k - 1) & kModal)) return true;
    }
  }
  // "would have condemned", "could have prevented": what did not happen.
  if (b >= 2 && upper(b - 1) == "HAVE" && (TokenFlags(b - 2) & kModal) && upper(b - 2) != "MAY" &&
      upper(b - 2) != "MIGHT" && upper(b - 2) != "MUST")
    return true;
  size_t p = PrevContent(b);
  while (p != std::string::npos && (upper(p) == "'" || upper(p) == "\"")) p = PrevContent(p);  // of 'waging war'
  if (h.infinitive && p != std::string::npos && InfinitiveOfPlanNoun(p)) return true;
  // "as long as Chinese troops remained massed along the frontier": a state, no act (but
  // "remained committed to talks" states an intent).
  static constexpr std::string_view kRemain[] = {"REMAIN", "REMAINS", "REMAINED", "STAY", "STAYS", "STAYED"};
  if (p != std::string::npos && !h.infinitive && upper(b) != "COMMITTED" && upper(b) != "PREPARED" &&
      std::find(std::begin(kRemain), std::end(kRemain), upper(p)) != std::end(kRemain))
    return true;
  // "talks on ending the war", "a dispute over building a dam": the topic of something said.
  // (So with a perfect gerund: "thanked Italy for having welcomed".)
  size_t ing = p != std::string::npos && upper(p) == "HAVING" && p > 0 ? PrevContent(p) : p;
  if (ing != std::string::npos && (ing != p || IngForm(d_, w_, h))) {
    size_t p = ing;
    std::string_view w = upper(p);
    if (w == "ON" || w == "ABOUT" || w == "OVER" || w == "REGARDING" || w == "CONCERNING") return true;
    // "accused Manila of deliberately ramming", "arrested him for spying", "thanked Poland for
    // taking in refugees": the charge or reason of a praise, accusation, sanction or arrest.
    size_t q = p;  // past manner adverbs the lexicon does not list ("of deliberately ramming")
    while (q > 0 && w_.tokens[q].upper.ends_with("LY") && !w_.tokens[q].capitalized) --q;
    w = upper(q);
    if ((w == "OF" || w == "FOR" || w == "WITH") && !w_.verbs.empty() && w_.verbs.back().end <= q) {
      const std::string& code = d_.verbs.block(d_.verbs.form(w_.verbs.back().form).block).code.active;
      std::string_view root = std::string_view(code).substr(0, std::min<size_t>(code.size(), 2));
      if (root == "05" || root == "11" || root == "16" || root == "17") return true;
    }
  }
  if (InChargeOrReason(b)) return true;
  if (HelpedToDo(b)) return true;
  if (StoppedOrCircumstance(h)) return true;
  // "to avoid being encircled by Russian troops", "to prevent attacks": what is avoided.
  size_t a = p;
  if (a != std::string::npos && upper(a) == "BEING" && a > 0) a = PrevContent(a);
  if (a != std::string::npos && (upper(a) == "AVOID" || upper(a) == "PREVENT" || upper(a) == "ESCAPE")) return true;
  // "a century after British soldiers looted them", "years after the army killed": history.
  for (size_t k = b, steps = 0; k > 1 && steps < 10; ++steps) {
    --k;
    if (TokenFlags(k) & (kClauseEnd | kComma)) break;
    if (upper(k) != "AFTER") continue;
    std::string_view span = upper(k - 1);
    if (span == "YEARS" || span == "DECADES" || span == "CENTURY" || span == "CENTURIES" || span == "GENERATIONS")
      return true;
    break;
  }
  // Back to the start of the clause: a conditional ("if South Korea went ahead") or the
  // "that" of an allegation ("allegations that police officers killed") opens it.
  for (size_t k = b, steps = 0; k > 0 && steps < 14; ++steps) {
    --k;
    uint64_t f = TokenFlags(k);
    // ("is considering whether to reopen border crossings": no condition but what is weighed,
    // an act the verb before composes with.)
    if (f & kConditional) return !(h.infinitive && upper(k) == "WHETHER" && k + 1 == b - 1);
    // "a bill that would have named a special counsel to look into ...": what did not happen.
    if (h.infinitive && upper(k) == "HAVE" && k > 0 && (TokenFlags(k - 1) & kModal) && upper(k - 1) != "MAY" &&
        upper(k - 1) != "MIGHT" && upper(k - 1) != "MUST")
      return true;
    // "should the United Nations request them": an inverted condition.
    if (w_.tokens[k].upper == "SHOULD" && k + 1 < b) {
      size_t np = k + 1 + (Word(k + 1) == d_.w_the ? 1 : 0);
      if (np < b && w_.group_starting_at[np] >= 0) return true;
    }
    if (f & (kClauseEnd | kComma)) return false;
    // (Past a participle of the clause's subject: "reports that men deported by the United
    // States had been beaten".)
    if (int o = w_.verb_at[k]; o >= 0 && !(w_.verbs[o].passive && w_.verbs[o].begin > 0 &&
                                           !(TokenFlags(w_.verbs[o].begin - 1) & (kBe | kAux | kModal))))
      return false;
    // "would stay that way for as long as Chinese troops remained massed": a condition.
    if (upper(k) == "AS" && k >= 2 && upper(k - 1) == "LONG" && (upper(k - 2) == "AS" || upper(k - 2) == "SO"))
      return true;
    // "would not negotiate while Russian troops occupied Ukrainian land": the condition of
    // what someone will or will not do.
    if (w_.tokens[k].upper == "WHILE" && ModalBefore(k)) return true;
    // "no talks until Pristina lifts its ban": a present tense after "until" is a condition.
    if (w_.tokens[k].upper == "UNTIL") {
      VerbForm::Inflection in = d_.verbs.form(h.form).inflection;
      return in == VerbForm::kThirdPerson || in == VerbForm::kBase;
    }
    if (Word(k) == d_.w_that) {
      // The claim is a noun ("into allegations that", "the reports that", "accusations by
      // Congo that", "Azerbaijani claims that"), not a verb ("Reuters reports that"): no actor names its subject.
      k = BeforeClaimSource(k);
      if (k == 0 || !(TokenFlags(k - 1) & kClaimNoun) || w_.verb_at[k - 1] >= 0) return false;
      int g = w_.group_ending_at[k - 1];  // ("on a Serbian newspaper report that": a noun too)
      return k < 2 || g < 0 || (TokenFlags(k - 2) & (kDet | kPrep | kPossPron)) != 0 || BareDemonymBefore(k - 2) ||
             (w_.groups[g].begin > 0 && (TokenFlags(w_.groups[g].begin - 1) & (kDet | kPrep)) != 0);
    }
    if (f & kRelative) return false;
  }
  return false;
}

bool VerbFinder::InfinitiveOfPlanNoun(size_t to) const {
  if (!(TokenFlags(to) & kTo)) return false;
  // Back over what may follow the noun: "a request from the European Union on Monday to",
  // "under pressure from Shi'ite parties to".
  for (size_t k = to, steps = 0; k > 0 && steps < 9; ++steps) {
    --k;
    uint64_t f = TokenFlags(k);
    if (w_.verb_at[k] >= 0 || (f & (kComma | kClauseEnd | kSubord))) return false;
    // ("Germany plans to send": after its subject the word is the verb, an intent.)
    if (f & kPlanNoun) return !(k == to - 1 && w_.group_ending_at[k] >= 0 && w_.tokens[k].upper == "PLANS");
    std::string_view w = w_.tokens[k].upper;
    bool linking = w == "FROM" || w == "BY" || w == "OF" || w == "ON" || w == "WITH";
    bool modifier = (f & (kDet | kCalendar | kQuantity | kModifier)) || w_.tokens[k].is_number || w_.tokens[k].capitalized;
    if (!(linking || modifier || InsideGroup(k)))
      return false;
  }
  return false;
}

size_t VerbFinder::BeforeClaimSource(size_t that) const {
  // "accusations by the Democratic Republic of Congo that": back over the claim's source,
  // and over where it sits ("by the Taliban administration in Kabul that").
  int g = w_.group_ending_at[that];
  if (g < 0) return that;
  size_t b = w_.groups[g].begin;
  while (b > 0 && (TokenFlags(b - 1) & kDet)) --b;
  if (b >= 2 && w_.tokens[b - 1].upper == "IN" && w_.group_ending_at[b - 1] >= 0) {
    b = w_.groups[w_.group_ending_at[b - 1]].begin;
    while (b > 0 && (TokenFlags(b - 1) & kDet)) --b;
  }
  if (b < 2 || !(w_.tokens[b - 1].upper == "BY" || w_.tokens[b - 1].upper == "FROM")) return that;
  return (TokenFlags(b - 2) & kClaimNoun) ? b - 1 : that;
}

bool VerbFinder::RefutedClause(size_t b) const {
  for (size_t k = b, steps = 0; k > 0 && steps < 12; ++steps) {
    --k;
    uint64_t f = TokenFlags(k);
    if (f & (kClauseEnd | kRefute)) return false;  // a refutation verb is not its own complement
    if (w_.verb_at[k] >= 0) return false;          // another verb's clause lies between
    if (Word(k) != d_.w_that) continue;
    size_t q = BeforeClaimSource(k);
    // "that" may follow the refuted noun: "dismissed (the) (US) reports that".
    if (q > 0 && (TokenFlags(q - 1) & kClaimNoun)) {
      --q;
      while (q > 0 && q + 4 > k && ((TokenFlags(q - 1) & (kDet | kModifier | kPossPron)) || w_.tokens[q - 1].capitalized ||
                                    w_.group_ending_at[q] >= 0))
        --q;
    }
    // Adverbs and a time between the verb and its complement: "flatly denied that", "denied
    // on Thursday that".
    while (q > 0 && ((TokenFlags(q - 1) & (kAdverb | kCalendar)) ||
                     (w_.tokens[q - 1].upper == "ON" && q < w_.tokens.size() && (TokenFlags(q) & kCalendar))))
      --q;
    return q > 0 && (TokenFlags(q - 1) & kRefute) != 0;
  }
  return false;
}

}  // namespace tidings::extract
