// MentionFinder's references to actors already named: pronouns ("he", "they", "them"), "the
// two countries", "the three countries", "the country", "the bloc", "the group" and "the
// Security Council". Part of MentionFinder (mentions.h).
#include <algorithm>
#include <cctype>

#include "extract/mentions.h"

namespace tidings::extract {

namespace {

// True when `text` has `upper` (upper case) as a whole word, whatever its case.
bool HasWordOf(std::string_view text, std::string_view upper) {
  for (size_t at = 0; at + upper.size() <= text.size(); ++at) {
    bool starts = at == 0 || text[at - 1] == ' ';
    bool ends = at + upper.size() == text.size() || text[at + upper.size()] == ' ';
    bool same = starts && ends;
    for (size_t c = 0; c < upper.size() && same; ++c) same = std::toupper(static_cast<unsigned char>(text[at + c])) == upper[c];
    if (same) return true;
  }
  return false;
}

// "He", "she": a pronoun resolved earlier, which names no one by itself.
bool PersonPronounText(std::string_view text) {
  return HasWordOf(text, "HE") || HasWordOf(text, "SHE") || HasWordOf(text, "HIM") || HasWordOf(text, "HER");
}

}  // namespace

size_t MentionFinder::GroupReferenceAt(size_t i) {
  // "the two countries", "both sides", "the three countries" (three or four after "the").
  auto how_many = [&](size_t k) -> size_t {
    if (k >= w_.tokens.size()) return 0;
    if (TokenFlags(k) & kTwo) return 2;
    std::string_view u = w_.tokens[k].upper;
    return u == "THREE" ? 3 : u == "FOUR" ? 4 : 0;
  };
  size_t count = (TokenFlags(i) & kTwo) ? 2 : Word(i) == d_.w_the ? how_many(i + 1) : 0;
  // ("two farmers" without "the" is a count of people, not the two already named.)
  if (count == 0 || w_.tokens[i].upper == "TWO") return 0;
  size_t n = w_.tokens.size();
  size_t j = (TokenFlags(i) & kTwo) ? i + 1 : i + 2;
  Unit agent_unit = j < n ? UnitAt(j) : Unit{};
  bool count_noun = j < n && (TokenFlags(j) & kCountNoun);
  if (count == 2 && count_noun && (w_.tokens[j].upper == "SIDES" || w_.tokens[j].upper == "PARTIES") &&
      TwoSidesOfAMutualAct(i, j + 1))
    return j + 1;
  // "hosted his Thai counterpart ..., and the two discussed": "the two" alone, before a verb,
  // are the last two named.
  bool bare = Word(i) == d_.w_the && count == 2 && j < n && !w_.tokens[j].capitalized && (TokenFlags(j) & kVerbForm) &&
              agent_unit.agent < 0;
  if (bare) {
    std::array<std::string_view, ArticleContext::kMaxCountries> two;
    bool people = ctx_.LastCountries(2, &two, true) == 2;
    if (!people && ctx_.LastCountries(2, &two) != 2) return 0;
    if (ctx_.pair_subject.size() == 2) two = {ctx_.pair_subject[0], ctx_.pair_subject[1]};
    AddCountryGroup(i, j, two.data(), 2, people ? "GOV" : "", explaining() ? "the two already named" : "");
    return j;
  }
  // "The two men agreed": the last two people named, as officials when both were.
  if (count == 2 && j < n && !count_noun && agent_unit.agent < 0 && (w_.tokens[j].upper == "MEN" || w_.tokens[j].upper == "WOMEN")) {
    std::array<std::string_view, ArticleContext::kMaxCountries> two;
    if (ctx_.LastCountries(2, &two, true) != 2) return 0;
    bool officials = true;
    for (size_t c = 0; c < 2; ++c) {
      bool found = false;
      for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend() && !found; ++it) {
        if (!it->person || it->country != two[c]) continue;
        found = true;
        officials = officials && it->code.size() >= 6 && it->code.find("GOV", 3) != std::string::npos;
      }
    }
    AddCountryGroup(i, j + 1, two.data(), 2, officials ? "GOV" : "", explaining() ? "the two people already named" : "");
    return j + 1;
  }
  if (!count_noun && agent_unit.agent < 0) return 0;
  std::array<std::string_view, ArticleContext::kMaxCountries> countries;
  // "The two leaders" are the last people named, when there are as many ("... talks with
  // President Mohamed bin Zayed on ... the war in Gaza. The two leaders": not Gaza's).
  bool people = !count_noun && agent_unit.agent >= 0 && d_.agents.record(agent_unit.agent).code == "GOV";
  size_t end = count_noun ? std::max(j + 1, agent_unit.end) : agent_unit.end;
  // (With too few others named, the subject's own country is one of them: "describing the two
  // neighbours as partners".)
  std::string_view except = UrgerOfTheGroup(i, end);
  bool others = !except.empty() && ((people && OtherCountries(count, except, true, &countries)) ||
                                    OtherCountries(count, except, false, &countries));
  // ("Thailand's and Cambodia's prime ministers met in Malaysia for talks hosted by Anwar. The two
  // leaders agreed": the previous sentence's two subjects, not its last two people.)
  if (count == 2 && ctx_.pair_subject.size() == 2 && except.empty()) {
    countries[0] = ctx_.pair_subject[0];
    countries[1] = ctx_.pair_subject[1];
  } else if (!others && !(people && ctx_.LastCountries(count, &countries, true) == count) &&
             ctx_.LastCountries(count, &countries) != count) {
    return 0;
  }
  std::string agent = agent_unit.agent >= 0 && !count_noun ? d_.agents.record(agent_unit.agent).code : "";
  AddCountryGroup(i, end, countries.data(), count, agent,
                  explaining() ? (count == 2 ? "the two countries already named" : "the countries already named") : "");
  return end;
}

bool MentionFinder::TwoSidesOfAMutualAct(size_t i, size_t end) {
  // "Sudan's army and the RSF held talks in Jeddah. Saudi Arabia urged the two sides to agree a
  // truce": the two who last did one act to each other (in one sentence), with their own codes
  // (two sides of one country stay two), not the last two countries named. Not when an actor
  // of this sentence before it is of one of them ("Pakistan's minister said the two sides ...").
  const auto& acts = ctx_.acts;
  for (size_t a = acts.size(); a-- > 0;) {
    for (size_t b = a; b-- > 0 && acts[b].sentence == acts[a].sentence;) {
      const ArticleContext::PastAct& x = acts[b];
      const ArticleContext::PastAct& y = acts[a];
      if (x.code != y.code || x.source.code == y.source.code || x.source.country != y.target_country ||
          y.source.country != x.target_country)
        continue;
      for (const Mention& m : w_.mentions)
        if (m.end <= i && (m.country == x.source.country || m.country == y.source.country)) return false;
      Group g;
      for (const KnownActor* side : {&x.source, &y.source}) {
        Mention m;
        m.begin = i;
        m.end = end;
        m.code = side->code;
        m.country = side->country;
        m.person = side->person;
        m.resolved = true;
        if (explaining()) m.how = "the two sides of the last act they did to each other: " + side->code;
        g.members.push_back(static_cast<int>(w_.mentions.size()));
        w_.mentions.push_back(std::move(m));
      }
      g.begin = i;
      g.end = end;
      AddGroup(g);
      return true;
    }
  }
  return false;
}

std::string_view MentionFinder::UrgerOfTheGroup(size_t i, size_t end) const {
  // "Abiy offered power to Egypt and Sudan ... He urged the two countries to return to talks":
  // the object of a verb whose subject is one of the countries named is the others. Not a
  // reported clause's subject ("said the two countries would").
  // (Past a verb's particle: "called on the two countries", "appealed to", "pleaded with".)
  size_t v = i;
  std::string_view particle = i > 1 ? w_.tokens[i - 1].upper : std::string_view();
  if (particle == "ON" || particle == "TO" || particle == "WITH") --v;
  if (v == 0 || w_.mentions.empty() || !(TokenFlags(v - 1) & kVerbForm) || w_.tokens[v - 1].capitalized) return {};
  if (end < w_.tokens.size() && (TokenFlags(end) & (kModal | kAux | kBe | kVerbForm))) return {};
  const Mention& subject = w_.mentions.front();
  if (subject.end > i || subject.country.size() != 3 || subject.country == "---") return {};
  return subject.country;
}

bool MentionFinder::OtherCountries(size_t n, std::string_view except, bool people_only,
                                   std::array<std::string_view, ArticleContext::kMaxCountries>* out) const {
  // The last n states named other than `except` (no region: "Africa's biggest dam"), in order.
  size_t count = 0;
  for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend() && count < n && count < out->size(); ++it) {
    const std::string& c = it->country;
    if (c == except || (people_only && !it->person) || !d_.gazetteer.IsCountry(c)) continue;
    if (std::find(out->begin(), out->begin() + count, c) == out->begin() + count) (*out)[count++] = c;
  }
  std::reverse(out->begin(), out->begin() + count);
  return count == n;
}

namespace {

// States that are an island or most of one, which news calls "the island" once named
// ("China began drills around the island" after Taiwan).
bool IslandState(std::string_view c) {
  static constexpr std::string_view kIslands[] = {
      "TWN", "CYP", "LKA", "CUB", "MDG", "ISL", "IRL", "MLT", "JAM", "SGP", "BHR", "MDV", "MUS", "SYC", "CPV",
      "COM", "STP", "TTO", "BRB", "FJI", "SLB", "VUT", "WSM", "TON", "NRU", "PLW", "DMA", "LCA", "GRD", "VCT",
      "KNA", "ATG"};
  return std::find(std::begin(kIslands), std::end(kIslands), c) != std::end(kIslands);
}

}  // namespace

size_t MentionFinder::IslandReferenceAt(size_t i) {
  // "the island", "the island's waters", but not "the island of Lampedusa": the island state
  // last named in the article.
  // (Or with the sea it is in: "the Caribbean island", "the Pacific island".)
  const auto& tk = w_.tokens;
  size_t island = i + 1;
  if (island + 1 < tk.size() && tk[island].capitalized && tk[island + 1].upper == "ISLAND") ++island;
  if (island >= tk.size() || tk[island].upper != "ISLAND" || (island + 1 < tk.size() && tk[island + 1].upper == "OF"))
    return 0;
  for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend(); ++it) {
    if (it->country.size() != 3 || !IslandState(it->country)) continue;
    std::string country = it->country;  // AddSingle may grow ctx_.recent
    AddSingle(i, island + 1, country, country, false, explaining() ? "the island state already named" : "");
    return island + 1;
  }
  return 0;
}

size_t MentionFinder::PossessedAgentAt(size_t i) {
  const auto& tk = w_.tokens;
  if (!((TokenFlags(i) & kPossPron) && i + 1 < tk.size())) return 0;
  // (Past a count: "their two trawlers".)
  size_t at = i + 1;
  while (tk[i].upper == "THEIR" && at + 1 < tk.size() && at < i + 3 &&
         (tk[at].is_number || (TokenFlags(at) & kQuantity)))
    ++at;
  Unit a = UnitAt(at);
  if (a.agent < 0 || a.actor >= 0) return 0;
  // "its military training programmes", "their naval drills": an adjective, no actor (not
  // "passed her government details of": a noun, her government).
  std::string_view agent_word = tk[a.end - 1].upper;
  bool adjective = agent_word.ends_with("ARY") || agent_word.ends_with("AL") || agent_word.ends_with("IC");
  if (adjective && ModifiesNoun(i + 1, a.end)) return 0;
  KnownActor subject;  // ", its foreign ministry said": the sentence's subject's
  KnownActor object;   // "arrested 14 Indian fishermen ... and seized their two trawlers": theirs
  const KnownActor* k = ObjectOwnsTheirs(i, &object)         ? &object
                        : SubjectBeforeClause(i, &subject) ? &subject
                        : HisOrHer(i)                      ? ctx_.LastPerson()
                                                           : ctx_.LastCountry();
  if (k == nullptr) k = ctx_.LastCountry();
  if (k == nullptr || k->country.empty()) return 0;
  const AgentRecord& ar = d_.agents.record(a.agent);
  std::string code = ar.prefix ? ar.code + k->country : k->country + ar.code;
  // "her party" of an opposition leader is the opposition; of a head of government, the
  // ruling party (CAMEO codes both by the role, not as a party).
  if (ar.code == "PTY" && k->code.size() == 6 && (k->code.compare(3, 3, "OPP") == 0 || k->code.compare(3, 3, "GOV") == 0))
    code = k->code;
  AddSingle(i, a.end, code, k->country, false,
            explaining() ? "possessive '" + std::string(tk[i].upper) + "' -> " + std::string(k->text) : std::string());
  return a.end;
}

size_t MentionFinder::PossessedCountryAt(size_t i) {
  // "his country would use nuclear weapons": the country of the person last named, in this
  // sentence or before it.
  const auto& tk = w_.tokens;
  if (!((tk[i].upper == "HIS" || tk[i].upper == "HER") && i + 1 < tk.size() &&
        (tk[i + 1].upper == "COUNTRY" || tk[i + 1].upper == "NATION")))
    return 0;
  std::string country;
  for (auto m = w_.mentions.rbegin(); country.empty() && m != w_.mentions.rend(); ++m) {
    if (m->person && d_.gazetteer.IsCountry(m->country)) country = m->country;
  }
  const KnownActor* person = ctx_.LastPerson();
  if (country.empty() && person != nullptr) country = person->country;
  if (!d_.gazetteer.IsCountry(country)) return 0;
  AddSingle(i, i + 2, country, country, false, explaining() ? "the country of the person named" : "");
  return i + 2;
}

size_t MentionFinder::CountryReferenceAt(size_t i) {
  const auto& tk = w_.tokens;
  if (Word(i) != d_.w_the) return IslandReferenceAt(i);
  // "the country", "the tiny Pacific nation", "the Gulf country" (not "the nation of Nauru",
  // whose name follows).
  size_t noun = i + 1;
  while (noun < tk.size() && noun < i + 4 && tk[noun].is_word && !(TokenFlags(noun) & (kDet | kPrep | kCountNoun)) &&
         tk[noun].upper != "," && !(noun + 1 < tk.size() && tk[noun + 1].upper == "OF"))
    ++noun;
  if (!(noun < tk.size() && (TokenFlags(noun) & kCountNoun) && (tk[noun].upper == "COUNTRY" || tk[noun].upper == "NATION") &&
        !(noun + 1 < tk.size() && tk[noun + 1].upper == "OF")))
    return IslandReferenceAt(i);
  // The last country named, not an organisation ("the World Bank ... the war-battered country").
  const KnownActor* k = nullptr;
  for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend() && k == nullptr; ++it) {
    if (d_.gazetteer.IsCountry(it->country)) k = &*it;
  }
  if (k == nullptr) return 0;
  // "as Rubio paid his first visit to the country": where the actor just named goes is another
  // country than its own, the one named before it.
  if (i > 0 && (TokenFlags(i - 1) & kTo) && !w_.mentions.empty() && w_.mentions.back().country == k->country) {
    for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend(); ++it) {
      if (!it->country.empty() && it->country != "---" && it->country != k->country) {
        k = &*it;
        break;
      }
    }
  }
  std::string country = k->country;  // AddSingle may grow ctx_.recent
  AddSingle(i, noun + 1, country, country, false, explaining() ? "the country already named" : "");
  return noun + 1;
}

size_t MentionFinder::UnitedNationsCouncilAt(size_t i) {
  // "The Security Council" with no country before it and none after ("of Ukraine") is the UN's,
  // as news writes it; "Russia's Security Council" is an agent of Russia.
  // After "a", only as what votes on resolutions ("Russia vetoed a Security Council resolution";
  // not "Putin chaired a Security Council meeting").
  const auto& tk = w_.tokens;
  if (i + 2 >= tk.size() || tk[i + 1].upper != "SECURITY" || tk[i + 2].upper != "COUNCIL" || !tk[i + 1].capitalized)
    return 0;
  if (i + 3 < tk.size() && tk[i + 3].upper == "OF") return 0;
  std::string_view next = i + 3 < tk.size() ? tk[i + 3].upper : std::string_view();
  if (Word(i) != d_.w_the && next != "RESOLUTION" && next != "RESOLUTIONS" && next != "VOTE" && next != "DRAFT") return 0;
  AddSingle(i, i + 3, "IGOUNO", "IGO", false, explaining() ? "'the Security Council' is the UN's" : "");
  return i + 3;
}

size_t MentionFinder::OrganisationReferenceAt(size_t i) {
  const auto& tk = w_.tokens;
  if (i + 1 >= tk.size()) return 0;
  std::string_view noun = tk[i + 1].upper;
  // The head of a longer phrase is another thing: "the group of seven", "the group's leader"
  // (but "accused the bloc of imposing sanctions" names the bloc).
  bool longer = i + 2 < tk.size() && (tk[i + 2].word == d_.w_s ||
                                      (tk[i + 2].upper == "OF" && !(i + 3 < tk.size() && tk[i + 3].upper.ends_with("ING"))));
  // "the bloc", "the alliance": the international organisation last named; so is "the agency"
  // or "the watchdog" after "the U.N. nuclear watchdog" ("willing to work with the agency").
  if (noun == "BLOC" || noun == "ALLIANCE" || noun == "AGENCY" || noun == "WATCHDOG") {
    if (longer) return 0;
    for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend(); ++it) {
      if (it->code.compare(0, 3, "IGO") != 0) continue;
      AddSingle(i, i + 2, it->code, it->country, false,
                explaining() ? "the organisation already named -> " + std::string(it->text) : std::string());
      return i + 2;
    }
    return 0;
  }
  if (!(noun == "GROUP" || noun == "MOVEMENT" || noun == "MILITIA" || noun == "ORGANISATION" || noun == "ORGANIZATION"))
    return 0;
  if (longer) return 0;
  const KnownActor* k = ctx_.LastOrganisation();
  if (k == nullptr) return 0;
  AddSingle(i, i + 2, k->code, k->country, false,
            explaining() ? "the organisation already named -> " + std::string(k->text) : std::string());
  return i + 2;
}

size_t MentionFinder::NeighbourAt(size_t i) {
  // "cut ties with Nairobi, accusing its neighbour of meddling": the other country this
  // sentence named, not its subject's (with none named, nobody).
  const auto& tk = w_.tokens;
  if (tk[i].upper != "ITS" || i + 1 >= tk.size() || !(tk[i + 1].upper == "NEIGHBOUR" || tk[i + 1].upper == "NEIGHBOR") ||
      w_.mentions.empty())
    return 0;
  std::string own = w_.mentions.front().country;
  for (auto m = w_.mentions.rbegin(); m != w_.mentions.rend(); ++m) {
    if (m->country == own || !d_.gazetteer.IsCountry(m->country) || NamedAsPlace(m->begin)) continue;
    std::string country = m->country;  // AddSingle may grow w_.mentions
    AddSingle(i, i + 2, country, country, false, explaining() ? "its neighbour: the other country named" : "");
    return i + 2;
  }
  return 0;
}

size_t MentionFinder::CrewOfVesselAt(size_t i) {
  // "impounded the German charity rescue ship Sea-Watch 5, accusing its crew of ...": the crew
  // of a vessel just named is its owner's (with no owner named before the vessel, nobody).
  const auto& tk = w_.tokens;
  if (tk[i].upper != "ITS" || i + 1 >= tk.size() || !(tk[i + 1].upper == "CREW" || tk[i + 1].upper == "CAPTAIN") ||
      w_.mentions.empty())
    return 0;
  static constexpr std::string_view kVessels[] = {"SHIP", "VESSEL", "BOAT", "TANKER", "TRAWLER", "FREIGHTER", "YACHT"};
  const Mention& owner = w_.mentions.back();
  auto is_vessel = [&](size_t k) {
    return std::find(std::begin(kVessels), std::end(kVessels), tk[k].upper) != std::end(kVessels);
  };
  size_t vessel = is_vessel(owner.end - 1) ? owner.end - 1 : owner.end;  // "a Turkish fishing boat"
  if (vessel < i && vessel == owner.end && !(TokenFlags(vessel) & kVerbForm) &&
      !is_vessel(vessel))
    ++vessel;  // "charity rescue ship"
  if (vessel >= i || vessel > owner.end + 1 || !is_vessel(vessel)) return 0;
  // The vessel's name, a comma and a participle at most between it and "its crew".
  for (size_t k = vessel + 1; k < i; ++k) {
    if ((TokenFlags(k) & kClauseEnd) || k > vessel + 8) return 0;
  }
  std::string code = owner.code, country = owner.country;  // AddSingle may grow w_.mentions
  AddSingle(i, i + 2, code, country, false, explaining() ? "its crew: the owner of the vessel named" : "");
  return i + 2;
}

size_t MentionFinder::ObjectHerAt(size_t i) {
  // "placed her under arrest", "accusing her of", "asked her to": "her" as an object, not as a
  // possessive ("her criticism", "her own party").
  const auto& tk = w_.tokens;
  if (tk[i].upper != "HER") return 0;
  if (i + 1 < tk.size() && !(TokenFlags(i + 1) & (kPrep | kComma | kClauseEnd | kCoord)) && tk[i + 1].upper != "TO")
    return 0;
  // (Only as another actor of its own sentence: from earlier sentences, "thanked her for" is
  // left to the possessive reading it had.)
  std::string word(tk[i].upper);
  return ObjectOfThisSentence(i, word) ? i + 1 : 0;
}

void MentionFinder::PronounAt(size_t i) {
  std::string word(w_.tokens[i].upper);
  const std::string_view w = word;  // compared as a view: sizes first, no call to memcmp
  // (An object "her" is a person's pronoun too.)
  uint64_t f = TokenFlags(i) | (w == "HER" ? uint64_t{kPersonPron} : 0);
  if (w == "IT" && SpeakerOfThisSentence(i)) return;
  const KnownActor* k = (f & kPersonPron) ? ctx_.LastPerson() : (f & kThingPron) ? ctx_.LastThing() : nullptr;
  // "Kenya's foreign minister met ... He thanked ...": with no named person, "he" or "she" is
  // the last office holder named by a title.
  if ((f & kPersonPron) && k == nullptr) k = ctx_.LastTitled();
  bool female = w == "SHE" || w == "HER" || w == "HERS" || w == "HERSELF";
  bool male = w == "HE" || w == "HIM" || w == "HIS" || w == "HIMSELF";
  if (k != nullptr && (female || male) && k->code == (female ? ctx_.he : ctx_.she)) {
    // The person the other pronoun stands for is not this one: the one named before them.
    for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend(); ++it) {
      if (it->person && it->code != k->code) {
        k = &*it;
        break;
      }
    }
  }
  if ((w == "HE" || w == "SHE") && SpeakerOfTheClause(i)) return;
  if (k != nullptr && (w == "HE" || w == "SHE") && NamedAgainAfter(i, *k)) {
    k = OtherPersonThan(*k, female);
    if (k == nullptr) return;  // no one else to be: left unresolved rather than guessed
  }
  if (k != nullptr && (female || male)) (female ? ctx_.she : ctx_.he) = k->code;
  // (An object "him" or "her" is first another actor of its own sentence.)
  if ((w == "HIM" || w == "HER") && ObjectOfThisSentence(i, word)) return;
  // "Muizzu ... thanked him for New Delhi's help": an object "him" is not its own clause's
  // subject (that would be "himself"), but the other person last named.
  if ((w == "HIM" || w == "HER") && k != nullptr && !w_.mentions.empty()) {
    const Mention& subject = w_.mentions.front();
    if (subject.person && subject.end <= i && subject.code == k->code) {
      const KnownActor* other = OtherPersonThan(*k, female);
      if (other != nullptr) k = other;
    }
  }
  if ((f & kPersonPron) && k == nullptr) {
    // With none before this sentence, the last office holder of this one: "Indonesia's
    // president said he was optimistic".
    for (auto m = w_.mentions.rbegin(); m != w_.mentions.rend(); ++m) {
      if (m->code.size() < 6 || m->country == "---" || m->end > i) continue;
      AddSingle(i, i + 1, m->code, m->country, true,
                explaining() ? "pronoun '" + word + "' -> this sentence's " + m->code : std::string());
      return;
    }
  }
  if ((f & kGroupPron) && CountryListBefore(i)) return;
  if (word == "THEM" && ObjectOfThisSentence(i, word)) return;
  if (word == "THEY") {
    // "Israeli jets struck Hamas leaders in Doha as they met": "they" opening a clause of the
    // sentence is the plural people it named before, not the last two countries (a place among them).
    if (const Mention* people = PluralPeopleBefore(i)) {
      AddSingle(i, i + 1, people->code, people->country, false,
                explaining() ? "pronoun 'THEY' -> the people named before it, " + people->code : std::string());
      return;
    }
  }
  if ((f & kGroupPron) && !ctx_.plural_subject.code.empty()) {
    k = &ctx_.plural_subject;
  } else if ((f & kGroupPron) && !ctx_.plural_countries.empty()) {
    // "Mali, Burkina Faso and Niger announced ... They accused ...": the compound subject.
    std::array<std::string_view, ArticleContext::kMaxCountries> countries;
    size_t n = std::min(ctx_.plural_countries.size(), countries.size());
    for (size_t c = 0; c < n; ++c) countries[c] = ctx_.plural_countries[c];
    AddCountryGroup(i, i + 1, countries.data(), n, "", explaining() ? "pronoun '" + word + "' -> the countries named together" : "");
    return;
  } else if (f & kGroupPron) {
    std::array<std::string_view, ArticleContext::kMaxCountries> countries;
    // "Anwar ... praised them": an object "them" is not the sentence's subject.
    std::string_view subject = word == "THEM" && !w_.mentions.empty() && w_.mentions.front().end <= i
                                   ? std::string_view(w_.mentions.front().country)
                                   : std::string_view();
    size_t count = ctx_.LastCountries(2, &countries, false, subject);
    // "Blinken held talks with Xi ... accused China of fuelling Russia's war in Ukraine. They
    // agreed": the two people named, not the last two countries (a place among them).
    std::array<std::string_view, ArticleContext::kMaxCountries> people;
    if (count == 2 && ctx_.LastCountries(2, &people, true, subject) == 2) countries = people;
    if (!ctx_.recent.empty() && count < 2) {
      k = &ctx_.recent.back();
    } else if (count == 2) {
      AddCountryGroup(i, i + 1, countries.data(), 2, "", explaining() ? "pronoun '" + word + "'" : "");
      return;
    }
  }
  if (k != nullptr && !(f & kGroupPron)) k = NotTheClauseSubject(i, k);
  if (k != nullptr && w == "IT") k = NotThePlaceNamed(i, k);
  if (k != nullptr) {
    AddSingle(i, i + 1, k->code, k->country, k->person,
              explaining() ? "pronoun '" + word + "' -> " + std::string(k->text) : std::string());
  }
}

const Mention* MentionFinder::PluralPeopleBefore(size_t i) const {
  if (i == 0) return nullptr;
  std::string_view before = w_.tokens[i - 1].upper;
  bool opens = (TokenFlags(i - 1) & kComma) || before == "AS" || before == "WHILE" || before == "WHEN" ||
               before == "AFTER" || before == "BEFORE" || before == "BECAUSE" || before == "UNTIL";
  if (!opens) return nullptr;
  for (auto m = w_.mentions.rbegin(); m != w_.mentions.rend(); ++m) {
    if (m->end > i || NamedAsPlace(m->begin)) continue;
    const Token& last = w_.tokens[m->end - 1];
    bool plural = last.is_word && !last.capitalized && last.upper.size() > 3 && last.upper.back() == 'S';
    if (!plural || m->code.size() < 6 || m->country.size() != 3 || m->country == "---") return nullptr;
    return &*m;
  }
  return nullptr;
}

bool MentionFinder::NamedAgainAfter(size_t i, const KnownActor& k) const {
  // "Carney welcomed Modi ... He thanked Carney for the invitation": a pronoun that opens the
  // sentence, as its subject, is not a person the same sentence names by name ("He said Carney
  // had ..."). Not after a subordinate clause ("When he arrived, Carney said": he is Carney).
  const auto& tk = w_.tokens;
  for (size_t j = 0; j < i; ++j) {
    if (tk[j].is_word) return false;
  }
  for (size_t j = i + 1; j < tk.size(); ++j) {
    if (!tk[j].capitalized || !tk[j].is_word) continue;
    auto it = ctx_.aliases.find(tk[j].upper);
    bool same = it != ctx_.aliases.end() && it->second.person && it->second.code == k.code;
    // (Or a name the dictionary has: "Lula" of Luiz Inacio Lula da Silva.)
    Unit u = same ? Unit{} : UnitAt(j);
    if (u.actor >= 0) {
      const ActorRecord& r = d_.actors.record(u.actor);
      same = r.CodeOn(ctx_.date) == k.code && r.primary_words >= 2 && !NamesABody(r.primary);
    }
    if (!same) continue;
    // (Only when no other person named before shares the code: two ministers of one
    // government are both XXXGOV.)
    bool one = true;
    for (const KnownActor& r : ctx_.recent) {
      if (r.person && r.code == k.code && !PersonPronounText(r.text) && !HasWordOf(r.text, tk[j].upper)) one = false;
    }
    return one;
  }
  return false;
}

const KnownActor* MentionFinder::OtherPersonThan(const KnownActor& k, bool female) const {
  // The person named before, other than k and other than whom the other pronoun stands for.
  const std::string& other_pronoun = female ? ctx_.he : ctx_.she;
  for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend(); ++it) {
    if (it->person && !it->country.empty() && it->code != k.code && it->code != other_pronoun) return &*it;
  }
  const KnownActor* titled = ctx_.LastTitled();
  return titled != nullptr && titled->code != k.code ? titled : nullptr;
}

size_t MentionFinder::SpeakerOfficeAt(size_t i) {
  // "The ICC's prosecutor said on Monday his office was examining possible war crimes": the
  // office of the one speaking is the speaker, as the subject of what is reported.
  const auto& tk = w_.tokens;
  std::string_view w = tk[i].upper;
  if ((w != "HIS" && w != "HER" && w != "ITS") || i + 2 >= tk.size() || tk[i + 1].upper != "OFFICE") return 0;
  std::string_view aux = tk[i + 2].upper;
  if (aux != "WAS" && aux != "IS" && aux != "HAD" && aux != "HAS" && aux != "WOULD" && aux != "WILL") return 0;
  // A verb of saying right before it, or before a day ("said on Monday") or "that".
  size_t say = i;
  for (size_t k = i; k > 0 && k + 5 > i; --k) {
    std::string_view t = tk[k - 1].upper;
    if (t == "SAID" || t == "SAYS" || t == "ANNOUNCED" || t == "CONFIRMED") {
      say = k - 1;
      break;
    }
    if (!(t == "THAT" || t == "ON" || t == "LATE" || t == "EARLY" || tk[k - 1].capitalized)) return 0;
  }
  // ("told the U.N. Security Council on Monday that his office was": after "that", the teller.)
  if (say == i && i > 0 && tk[i - 1].upper == "THAT") {
    for (size_t k = i - 1; k > 0 && k + 12 > i; --k) {
      if (TokenFlags(k - 1) & (kComma | kClauseEnd)) break;
      if (tk[k - 1].upper == "TOLD" || tk[k - 1].upper == "TELLS") {
        say = k - 1;
        break;
      }
    }
  }
  if (say == i || w_.mentions.empty()) return 0;
  const Mention& speaker = w_.mentions.front();
  if (speaker.end > say || speaker.country.empty() || speaker.country == "---") return 0;
  std::string code = speaker.code, country = speaker.country;  // AddSingle may grow w_.mentions
  AddSingle(i, i + 2, code, country, speaker.person,
            explaining() ? "the speaker's office -> " + std::string(TextOf(speaker.begin, speaker.end)) : std::string());
  return i + 2;
}

bool MentionFinder::BrusselsMeansTheEu(size_t begin, size_t end) const {
  if (end != begin + 1 || w_.tokens[begin].upper != "BRUSSELS") return false;
  if (begin > 0) {
    std::string_view before = w_.tokens[begin - 1].upper;
    // ("lashed out at Brussels", "took aim at", "hit back at": whom an attack in words is at.)
    std::string_view twice = begin > 1 ? w_.tokens[begin - 2].upper : std::string_view();
    bool aimed_at = before == "AT" && (twice == "OUT" || twice == "BACK" || twice == "AIM" || twice == "SWIPE");
    if (((TokenFlags(begin - 1) & kPlaceIntro) && !aimed_at) || before == "TO" || before == "INTO" ||
        before == "CENTRAL" || before == "VISITED" || before == "VISIT")
      return false;
  }
  for (const Token& t : w_.tokens) {
    if (t.upper == "BELGIUM" || t.upper == "BELGIAN" || t.upper == "BELGIANS") return false;
  }
  for (const KnownActor& k : ctx_.recent) {
    if (k.country == "BEL") return false;
  }
  return true;
}

bool MentionFinder::SubjectBeforeClause(size_t i, KnownActor* subject) const {
  std::string_view word = w_.tokens[i].upper;
  if ((word != "ITS" && word != "THEIR") || i < 3 || w_.mentions.empty()) return false;
  size_t p = i - 1;
  if (w_.tokens[p].upper == "AND") --p;
  if (!(TokenFlags(p) & kComma)) return false;
  const Mention& first = w_.mentions.front();
  if (first.end > p || first.country.size() != 3 || first.country == "---") return false;
  for (size_t k = 0; k < first.begin; ++k) {
    if (TokenFlags(k) & (kPrep | kComma | kSubord)) return false;  // "In talks with Iran, ..."
  }
  *subject = KnownActor{first.country, first.country, TextOf(first.begin, first.end), false};
  return true;
}

bool MentionFinder::MadeTheThingAfter(size_t end) const {
  // ("EU-sponsored": the second word joined to the actor; "U.S.-drafted": after a hyphen.)
  size_t second = HyphenatedWordAfter(end);
  if (second == std::string::npos) return false;
  static constexpr std::string_view kMadeBy[] = {"BROKERED", "MEDIATED", "SPONSORED", "HOSTED", "DRAFTED", "MONITORED", "BACKED"};
  return std::find(std::begin(kMadeBy), std::end(kMadeBy), w_.tokens[second].upper) != std::end(kMadeBy);
}

size_t MentionFinder::ActReferenceAt(size_t i) {
  // "The decision drew a swift rebuke from ...": an act named as a sentence's subject stands for
  // who did it in an earlier sentence.
  const auto& tk = w_.tokens;
  if (i != 0 || ctx_.acts.empty() || i + 2 >= tk.size()) return 0;
  std::string_view roots;
  if (!ActNounRoots(tk[i + 1].upper, &roots) || !(TokenFlags(i + 2) & kVerbForm) || tk[i + 2].word == d_.w_s ||
      tk[i + 2].upper == "OF" || tk[i + 2].upper == "TO")
    return 0;
  const ArticleContext::PastAct* act = ctx_.LastAct(roots);
  if (act == nullptr) return 0;
  // (All who did it: "Israel and Hamas signed a ceasefire deal. The deal was mediated by Egypt".)
  std::array<const ArticleContext::PastAct*, 4> sides;
  size_t count = ctx_.ActSides(*act, &sides);
  Group g;
  for (size_t k = 0; k < count; ++k) {
    const KnownActor& a = sides[k]->source;
    Mention m;
    m.begin = i;
    m.end = i + 2;
    m.code = a.code;
    m.country = a.country;
    m.person = a.person;
    m.resolved = true;
    if (explaining()) m.how = "who did the act it names, in an earlier sentence: " + a.code;
    g.members.push_back(static_cast<int>(w_.mentions.size()));
    w_.mentions.push_back(std::move(m));
  }
  g.begin = i;
  g.end = i + 2;
  AddGroup(g);
  return i + 2;
}

bool MentionFinder::AttributionAfterComma(size_t g) const {
  const auto& tk = w_.tokens;
  size_t end = w_.groups[g].end;
  while (g + 1 < w_.groups.size() && end < tk.size() && Word(end) == d_.w_and && w_.groups[g + 1].begin == end + 1) {
    ++g;
    end = w_.groups[g].end;
  }
  if (end >= tk.size()) return false;
  std::string_view w = tk[end].upper;
  return w == "SAID" || w == "SAY" || w == "SAYS" || w == "TOLD" || w == "REPORTED" || w == "ADDED" || w == "CONFIRMED";
}

void MentionFinder::JoinCountriesToTheirPeople() {
  auto& groups = w_.groups;
  for (size_t g = 0; g + 1 < groups.size(); ++g) {
    const Group& owner = groups[g];
    Group& person = groups[g + 1];
    if (owner.members.size() != 1 || person.members.size() != 1 || owner.end >= w_.tokens.size()) continue;
    const Mention& country = w_.mentions[owner.members.front()];
    Mention& named = w_.mentions[person.members.front()];
    if (Word(owner.end) != d_.w_s || person.begin != owner.end + 1 || country.code.size() != 3 ||
        country.code != country.country || named.code.size() <= 3 || named.country != country.country || named.resolved)
      continue;
    named.begin = country.begin;
    person.begin = owner.begin;
    groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(g));
    Note("  '" + std::string(TextOf(named.begin, named.end)) + "' is one actor: " + named.code + "\n");
  }
}

}  // namespace tidings::extract
