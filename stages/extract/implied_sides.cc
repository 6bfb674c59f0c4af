// The side an act implies when the sentence does not name it: the own forces a state's inquiry
// is into, the legislature whose bill a head of state vetoes, the country of unnamed assailants,
// the drafter of a vetoed resolution, the protesters a government yields to. Part of
// SentenceCoder (sentence_coder.h).
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

#include "extract/sentence_coder.h"

namespace tidings::extract {

int SentenceCoder::OwnForcesInvestigated(size_t vi, int src, size_t limit) {
  // "Nigeria's Senate ordered an investigation into an air force strike that killed ...", "set
  // up a panel to investigate its own drone strike": a state's inquiry into a strike or raid
  // its forces are named by no country is into its own forces (MIL; COP for a police raid).
  if (src < 0 || w_.groups[src].members.size() != 1) return -1;
  const Mention& source = w_.mentions[w_.groups[src].members.front()];
  if (!d_.gazetteer.IsCountry(source.country)) return -1;
  static constexpr std::string_view kActs[] = {"STRIKE", "STRIKES", "AIRSTRIKE", "AIRSTRIKES", "RAID",
                                               "RAIDS", "BOMBING", "SHOOTING", "SHELLING"};
  size_t end = std::min(limit, w_.tokens.size());
  for (size_t k = w_.verbs[vi].end; k + 1 < end && k < w_.verbs[vi].end + 10; ++k) {
    if (TokenFlags(k) & (kClauseEnd | kComma)) return -1;
    // Right after the verb ("to investigate its own drone strike") or after "into" / "of".
    std::string_view w = w_.tokens[k].upper;
    if (k != w_.verbs[vi].end && w != "INTO" && w != "OF") continue;
    size_t q = k == w_.verbs[vi].end ? k : k + 1;
    while (q < end && (TokenFlags(q) & kDet) && w_.tokens[q].upper != "ITS") ++q;
    bool own = q + 1 < end && w_.tokens[q].upper == "ITS";
    if (own) q += w_.tokens[q + 1].upper == "OWN" ? 2 : 1;
    std::string_view force = q < end ? w_.tokens[q].upper : std::string_view();
    size_t act = q + 1;
    if (force == "AIR" && act < end && w_.tokens[act].upper == "FORCE") ++act;
    else if (!(force == "ARMY" || force == "MILITARY" || force == "NAVY" || force == "POLICE" || force == "DRONE" ||
               (own && (force == "AIR" || force == "ARTILLERY"))))
      continue;
    if (act < end && w_.tokens[act].upper == "BOMBING") ++act;  // "an army bombing raid"
    if (act < end && w_.tokens[act].upper == "AIR") ++act;      // "a military air strike"
    bool strike = act < end && std::find(std::begin(kActs), std::end(kActs), w_.tokens[act].upper) != std::end(kActs);
    bool bombing = act > q + 1 && w_.tokens[act - 1].upper == "BOMBING";  // "an army bombing in ..."
    if (!strike && !bombing) continue;
    std::string code = source.country + (force == "POLICE" ? "COP" : "MIL");
    return UnnamedActor(vi, code, source.country, "the own forces of the strike investigated");
  }
  return -1;
}

int SentenceCoder::LegislatureVetoed(size_t vi, int src, size_t limit) {
  // "South Korea's acting president vetoed a bill on Tuesday that would have ...": a head of
  // state vetoing a bill or law with no one named vetoes its own legislature's act.
  if (src < 0 || w_.groups[src].members.size() != 1) return -1;
  const Mention& source = w_.mentions[w_.groups[src].members.front()];
  if (!d_.gazetteer.IsCountry(source.country) || source.code != source.country + "GOV") return -1;
  size_t end = std::min({limit, w_.tokens.size(), w_.verbs[vi].end + 8});
  for (size_t k = w_.verbs[vi].end; k < end; ++k) {
    if (TokenFlags(k) & (kClauseEnd | kComma)) return -1;
    std::string_view w = w_.tokens[k].upper;
    if (w != "BILL" && w != "BILLS" && w != "LAW" && w != "LEGISLATION" && w != "AMENDMENT" && w != "AMENDMENTS")
      continue;
    Note("    a bill vetoed: the own legislature's\n");
    return UnnamedActor(vi, source.country + "LEG", source.country, "the legislature whose bill was vetoed");
  }
  return -1;
}

int SentenceCoder::UnnamedAssailant(size_t vi, const std::string& code, int tgt) {
  // "A man stabbed South Korean opposition leader Lee Jae-myung", "Masked men beat two
  // opposition activists": a man or men no dictionary names, right before an assault or an
  // attack on an actor of a country, are unidentified attackers of that country.
  if (tgt < 0 || w_.groups[tgt].members.size() != 1 || (code.compare(0, 2, "18") != 0 && code.compare(0, 2, "19") != 0))
    return -1;
  const Mention& victim = w_.mentions[w_.groups[tgt].members.front()];
  size_t b = w_.verbs[vi].begin;
  if (!d_.gazetteer.IsCountry(victim.country) || b == 0) return -1;
  std::string_view head = w_.tokens[b - 1].upper;
  if (head != "MAN" && head != "MEN" && head != "TEENAGER" && head != "TEENAGERS") return -1;
  // Only the subject's own words before it: a determiner or number, and describing words
  // ("a teenage gunman", "masked men", "two men on a motorcycle" is no such subject).
  for (size_t k = b - 1; k-- > 0;) {
    if (w_.group_ending_at[k + 1] >= 0 || w_.verb_at[k] >= 0) return -1;
    uint64_t f = TokenFlags(k);
    if ((f & (kComma | kClauseEnd)) || w_.tokens[k].upper == "-") break;
    if (f & (kPrep | kRelative | kSubord | kCoord)) return -1;
  }
  return UnnamedActor(vi, victim.country + "UAF", victim.country, "an unnamed man attacking");
}

namespace {

// Nouns for people by age, kin or circumstance that the agent dictionaries leave out (as
// subjects, "a man" is an unnamed assailant: UnnamedAssailant).
bool PersonNoun(std::string_view w) {
  static constexpr std::string_view kPersons[] = {
      "MAN", "MEN", "BOY", "BOYS", "GIRL", "GIRLS", "TEENAGER", "TEENAGERS", "TEEN", "TEENS", "BABY", "BABIES",
      "INFANT", "INFANTS", "TODDLER", "TODDLERS", "FATHER", "FATHERS", "MOTHER", "MOTHERS", "SON", "SONS",
      "DAUGHTER", "DAUGHTERS", "BROTHER", "BROTHERS", "SISTER", "SISTERS", "HUSBAND", "WIFE", "COUPLE",
      "NEIGHBOUR", "NEIGHBOURS", "NEIGHBOR", "NEIGHBORS", "BYSTANDER", "BYSTANDERS", "PASSERBY", "PASSERSBY",
      "PEDESTRIAN", "PEDESTRIANS", "PERSON", "PERSONS", "PEOPLE", "MOURNERS", "WORSHIPPERS", "VILLAGERS",
      "RESIDENTS", "PASSENGERS"};
  return std::find(std::begin(kPersons), std::end(kPersons), w) != std::end(kPersons);
}

}  // namespace

int SentenceCoder::CiviliansAt(size_t k, const char* how) {
  Mention m;
  m.begin = k;
  m.end = k + 1;
  m.code = "---CVL";
  m.country = "---";
  m.how = how;
  return GroupOfNewMention(std::move(m));
}

int SentenceCoder::UnnamedVictim(size_t vi, size_t limit) {
  // Only the object's own words before the noun: a determiner, a number or describing words
  // ("a 17-year-old boy", "an elderly man"); a preposition, a clause or another actor ends it.
  size_t n = std::min({limit, w_.tokens.size(), w_.verbs[vi].end + 7});
  for (size_t k = w_.verbs[vi].end; k < n; ++k) {
    if (w_.group_ending_at[k + 1] >= 0 || w_.verb_at[k] >= 0) return -1;
    // ("at least 66 people": a count's words.)
    if (w_.tokens[k].upper == "AT" && k + 1 < n && w_.tokens[k + 1].upper == "LEAST") {
      ++k;
      continue;
    }
    uint64_t f = TokenFlags(k);
    if (f & (kComma | kClauseEnd | kPrep | kRelative | kSubord | kCoord)) return -1;
    if (!PersonNoun(w_.tokens[k].upper)) continue;
    return CiviliansAt(k, "a person it names: a civilian");  // the noun ("man"), which no dictionary names
  }
  return -1;
}

int SentenceCoder::PopulatedPlaceStruck(size_t vi, size_t limit, std::string_view code) {
  // Shelling and air strikes (194, 195x) only: a town seized (192) or a village stormed is
  // taken from whoever held it.
  if (code.substr(0, 3) != "194" && code.substr(0, 3) != "195") return -1;
  // Its own words before the noun only: "three villages", "Druze villages", "border villages".
  static constexpr std::string_view kPlaces[] = {"VILLAGE", "VILLAGES", "HOMES", "HOUSES", "NEIGHBOURHOODS",
                                                 "NEIGHBORHOODS", "NEIGHBOURHOOD", "NEIGHBORHOOD", "HAMLETS"};
  const size_t end = std::min(limit, w_.tokens.size());
  size_t n = std::min(end, w_.verbs[vi].end + 5);
  auto word_at = [&](size_t j) { return w_.tokens[j].word; };
  for (size_t k = w_.verbs[vi].end; k < n; ++k) {
    if (w_.group_starting_at[k] >= 0 || w_.verb_at[k] >= 0) return -1;
    if (TokenFlags(k) & (kComma | kClauseEnd | kPrep | kRelative | kSubord | kCoord)) return -1;
    if (std::find(std::begin(kPlaces), std::end(kPlaces), w_.tokens[k].upper) == std::end(kPlaces)) continue;
    // A place the gazetteer knows just after ("villages west of Sweida", "in Kachin state"),
    // which gives the villagers their country; not "the village of Robotyne", a place itself.
    if (k + 1 < end && w_.tokens[k + 1].upper == "OF") return -1;
    bool placed = false;
    for (size_t j = k + 1; j < end && j < k + 6 && !placed; ++j)
      placed = w_.tokens[j].capitalized && d_.gazetteer.trie().Longest(j, end, word_at).end > 0;
    if (!placed) return -1;
    return CiviliansAt(k, "the villages or homes struck: their civilians");
  }
  return -1;
}

int SentenceCoder::ThreatenedWithConsequences(size_t vi, int src, size_t limit) const {
  static constexpr std::string_view kModals[] = {"WOULD", "WILL", "COULD", "MIGHT", "MAY", "SHALL", "SHOULD"};
  static constexpr std::string_view kSuffer[] = {"FACE", "FEEL", "PAY", "SUFFER", "REGRET", "BEAR"};
  size_t n = std::min(limit, w_.tokens.size());
  for (size_t k = w_.verbs[vi].end; k < n && k < w_.verbs[vi].end + 6; ++k) {
    if ((TokenFlags(k) & kClauseEnd) || w_.verb_at[k] >= 0) return -1;
    int g = w_.group_starting_at[k];
    if (g < 0) continue;
    size_t e = w_.groups[g].end;
    if (e < n && std::find(std::begin(kModals), std::end(kModals), w_.tokens[e].upper) != std::end(kModals)) ++e;
    bool suffers = e < n && std::find(std::begin(kSuffer), std::end(kSuffer), w_.tokens[e].upper) != std::end(kSuffer);
    // What is suffered is a response ("serious consequences", "a heavy price"); "would regret it"
    // says so alone. (Not a forecast: "warned that Egypt would face a recession".)
    bool response = suffers && w_.tokens[e].upper == "REGRET";
    for (size_t j = e + 1; suffers && !response && j < n && j < e + 6; ++j) {
      static constexpr std::string_view kResponses[] = {"CONSEQUENCE", "CONSEQUENCES", "PRICE", "IMPACT", "RESPONSE",
                                                        "RETALIATION", "REPERCUSSIONS", "PUNISHMENT", "RETRIBUTION",
                                                        "COUNTERMEASURES", "WRATH"};
      response = std::find(std::begin(kResponses), std::end(kResponses), w_.tokens[j].upper) != std::end(kResponses);
    }
    return response && g != src && !SameCountry(g, src) ? g : -1;
  }
  return -1;
}

int SentenceCoder::DrafterOfVetoed(size_t vi, size_t limit) {
  // "China and Russia vetoed a U.S.-drafted Security Council resolution", "vetoed an
  // Algerian-drafted resolution": a veto of a resolution is of the state that drafted it.
  size_t from = w_.verbs[vi].end, n = std::min({limit, w_.tokens.size(), from + 6});
  for (size_t k = from + 1; k < n; ++k) {
    std::string_view w = w_.tokens[k].upper;
    if (w != "DRAFTED" && w != "SPONSORED" && w != "PROPOSED" && w != "AUTHORED") continue;
    bool resolution = false;
    for (size_t r = k + 1; r < w_.tokens.size() && r < k + 6; ++r) resolution = resolution || w_.tokens[r].upper == "RESOLUTION";
    size_t e = w_.tokens[k - 1].upper == "-" ? k - 1 : k;  // the drafter ends before the hyphen
    if (!resolution || e <= from) return -1;
    if (int g = w_.group_ending_at[e]; g >= 0) return w_.groups[g].members.size() == 1 ? g : -1;
    // A maker no mention holds ("U.S." made the thing after it): the country the actors name.
    auto word_at = [&](size_t j) { return w_.tokens[j].word; };
    for (size_t b = e; b-- > from && b + 3 >= e;) {
      PhraseTrie::Match found = d_.actors.trie().Longest(b, e, word_at);
      if (found.end != e) continue;
      const std::string& country = d_.actors.record(found.value).default_code;
      if (!d_.gazetteer.IsCountry(country)) return -1;
      return UnnamedActor(vi, country, country, "the state that drafted the resolution");
    }
    return -1;
  }
  // "vetoed a resolution ..., a draft put forward by Britain and Sierra Leone": the drafters
  // named with "by" later in the clause.
  const size_t far = std::min({limit, w_.tokens.size(), from + 30});
  bool draft = false;
  for (size_t k = from; k + 1 < far; ++k) {
    std::string_view w = w_.tokens[k].upper;
    if (w == "RESOLUTION" || w == "DRAFT" || w == "TEXT") draft = true;
    if (!draft || w != "BY" || k < 1) continue;
    std::string_view made = w_.tokens[k - 1].upper;
    bool drafted = made == "DRAFTED" || made == "SPONSORED" || made == "PROPOSED" || made == "AUTHORED" ||
                   made == "TABLED" || made == "SUBMITTED" || made == "CIRCULATED" ||
                   (made == "FORWARD" && k >= 2 && w_.tokens[k - 2].upper == "PUT");
    if (!drafted) return -1;
    size_t at = k + 1;
    if (at < far && Word(at) == d_.w_the) ++at;
    return at < far ? w_.group_starting_at[at] : -1;
  }
  return -1;
}

int SentenceCoder::ProtestersYieldedTo(size_t vi, int src, size_t limit) {
  // "Bulgaria's government resigned on Thursday, bowing to weeks of mass street protests": a
  // state yielding with no one named yields to its own protesters when the clause after the
  // verb names protests (not "resigned to run for the senate").
  if (src < 0 || w_.groups[src].members.size() != 1) return -1;
  const Mention& source = w_.mentions[w_.groups[src].members.front()];
  std::string_view role = source.code.size() == 6 ? std::string_view(source.code).substr(3) : std::string_view();
  if (!d_.gazetteer.IsCountry(source.country) || !(source.code == source.country || role == "GOV" || role == "LEG"))
    return -1;
  static constexpr std::string_view kProtests[] = {"PROTESTS", "PROTESTERS", "PROTESTORS", "DEMONSTRATIONS",
                                                   "DEMONSTRATORS", "UNREST", "RIOTS", "RIOTING"};
  // (Up to the next verb but a concession's own: "passed the law, defying weeks of protests".)
  size_t end = std::min(limit, w_.tokens.size());
  for (size_t v = vi + 1; v < w_.verbs.size() && end > w_.verbs[v].begin; ++v) {
    const std::string& block = d_.verbs.block(d_.verbs.form(w_.verbs[v].form).block).name;
    if (block != "BOW" && block != "YIELD") end = w_.verbs[v].begin;
  }
  for (size_t k = w_.verbs[vi].end; k < end; ++k) {
    if (std::find(std::begin(kProtests), std::end(kProtests), w_.tokens[k].upper) == std::end(kProtests)) continue;
    Note("    a state yielding after protests: to its own protesters\n");
    return UnnamedActor(vi, source.country + "OPP", source.country, "the protesters it yielded to");
  }
  return -1;
}

}  // namespace tidings::extract
