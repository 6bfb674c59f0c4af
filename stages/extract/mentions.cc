#include "extract/mentions.h"

#include <algorithm>

namespace tidings::extract {

// A multi-word name with a national code is a person's ("ILHAM_ALIYEV_") unless a word of it
// names a body: "NATIONAL_LIBERATION_ARMY_", "RAPID_SUPPORT_FORCES_", "SHINING_PATH_" is not.
bool NamesABody(std::string_view phrase) {
  static constexpr std::string_view kBodies[] = {
      "ARMY_", "FORCES_", "FORCE_", "FRONT_", "MOVEMENT_", "PARTY_", "GROUP_", "BRIGADES_", "UNITS_", "CARTEL_",
      "CLAN_", "NETWORK_", "COUNCIL_", "UNION_", "ALLIANCE_", "ORGANIZATION_", "ORGANISATION_", "COMMITTEE_",
      "GOVERNMENT_", "CORPS_", "GUARD_", "GUARDS_", "PATH_", "MILITIA_", "STATE_", "LIBERATION_", "AGENCY_",
      // Seats and chambers named for their government: no "he" ("the White House", "Downing Street").
      "HOUSE_", "STREET_", "PALACE_", "COURT_", "CONGRESS_", "OFFICE_", "MINISTRY_", "DEPARTMENT_", "PARLIAMENT_",
      "ASSEMBLY_", "SENATE_", "DIET_", "SABHA_", "MAJLIS_", "RADA_", "AUTHORITY_", "YARD_", "BANK_", "FUND_"};
  for (std::string_view body : kBodies) {
    size_t at = phrase.find(body);
    if (at != std::string_view::npos && (at == 0 || phrase[at - 1] == '_')) return true;
  }
  return false;
}

namespace {

// True when the three letters of `code` at `at` are an armed group's role.
bool ArmedRole(std::string_view code, size_t at) {
  if (code.size() < at + 3) return false;
  std::string_view role = code.substr(at, 3);
  return role == "REB" || role == "INS" || role == "UAF" || role == "SEP" || role == "CRM";
}

}  // namespace

void MentionFinder::Run() {
  size_t n = w_.tokens.size();
  w_.unit_at.resize(n);
  w_.unit_known.assign(n, 0);
  w_.mentions.clear();
  w_.groups.clear();
  w_.group_starting_at.assign(n + 1, -1);
  w_.group_ending_at.assign(n + 1, -1);
  size_t i = 0;
  while (i < n) {
    // The cheap tests on the word's flags first: most words start nothing.
    const uint32_t word = w_.tokens[i].word;  // (i < n: TokenFlags' and Word's checks not needed)
    uint64_t f = d_.Flags(word);
    bool the = word == d_.w_the;
    if (size_t end = (f & kTwo) ? GroupReferenceAt(i) : 0) {
      i = end;
      continue;
    }
    if (the) {
      if (size_t end = GroupReferenceAt(i)) {
        i = end;
        continue;
      }
      if (size_t end = CountryReferenceAt(i)) {
        i = end;
        continue;
      }
      if (size_t end = KoreanHalfAt(i)) {
        i = end;
        continue;
      }
      if (size_t end = MonarchyAt(i)) {
        i = end;
        continue;
      }
      if (size_t end = OrganisationReferenceAt(i)) {
        i = end;
        continue;
      }
      if (size_t end = ActReferenceAt(i)) {
        i = end;
        continue;
      }
      if (size_t end = UnitedNationsCouncilAt(i)) {
        i = end;
        continue;
      }
    }
    // "a Security Council resolution", "a U.S.-drafted Security Council resolution"
    if (!the) {
      std::string_view w = w_.tokens[i].upper;
      bool a = (w.size() == 1 && w[0] == 'A') || w == "DRAFTED" || w == "SPONSORED";
      if (size_t end = a ? UnitedNationsCouncilAt(i) : 0) {
        i = end;
        continue;
      }
    }
    if (f & (kPersonPron | kThingPron | kGroupPron)) {
      PronounAt(i);
      ++i;
      continue;
    }
    if (size_t end = (f & kPossPron) ? PossessedAt(i) : 0) {
      i = end;
      continue;
    }
    // UnitAt's own first test, here: most words start no phrase (and the call is dearer).
    if (!(f & (kActorStart | kAgentStart)) && (ctx_.aliases.empty() || !w_.tokens[i].capitalized)) {
      ++i;
      continue;
    }
    Unit u = UnitAt(i);
    // "pro-Russian separatists", "anti-government protesters", "pro-EU": a stance, not whose.
    bool stance = i > 0 && w_.tokens[i].joined && (w_.tokens[i - 1].upper == "PRO" || w_.tokens[i - 1].upper == "ANTI");
    if (u.end > 0 && stance) {
      i = u.end;
      continue;
    }
    i = u.end == 0 ? i + 1 : NounPhraseAt(i, u);
  }
  JoinCountriesToTheirPeople();
  WeaponsLaunchedBy();
  MergeCompounds();
}

MentionFinder::Unit MentionFinder::UnitAt(size_t i) const {
  // Most words start no phrase and name nobody already named: no lookup, nothing to cache.
  if (i < w_.tokens.size() && !(TokenFlags(i) & (kActorStart | kAgentStart)) &&
      (ctx_.aliases.empty() || !w_.tokens[i].capitalized))
    return Unit{};
  if (i < w_.unit_known.size() && w_.unit_known[i]) return w_.unit_at[i];
  Unit u = ComputeUnitAt(i);
  if (i < w_.unit_known.size()) {
    w_.unit_at[i] = u;
    w_.unit_known[i] = 1;
  }
  return u;
}

size_t MentionFinder::GappedPhraseEnd(const ActorDictionary::GappedPhrase& g, size_t i) const {
  // Up to three capitalised words of the name may stand where the phrase has a blank
  // ("SALTWAY FRONT": "the Saltway Liberation Front"), never a verb, conjunction or clause mark.
  constexpr uint64_t kNotInName = kCoord | kComma | kClauseEnd | kSubord | kRelative | kBe | kModal | kAux | kVerbForm;
  const auto& tk = w_.tokens;
  size_t j = i + 1;
  for (size_t w = 1; w < g.words.size(); ++w) {
    size_t last = g.gap_before[w] ? j + 3 : j;
    size_t k = j;
    while (k <= last && k < tk.size() && tk[k].word != g.words[w]) {
      if (!tk[k].is_word || !tk[k].capitalized || (TokenFlags(k) & kNotInName)) return 0;
      ++k;
    }
    if (k > last || k >= tk.size()) return 0;
    j = k + 1;
  }
  return j;
}

MentionFinder::Unit MentionFinder::ComputeUnitAt(size_t i) const {
  Unit u;
  const auto& tk = w_.tokens;
  if (!tk[i].is_word) return u;
  auto word_at = [&](size_t j) { return tk[j].word; };
  uint64_t f = d_.Flags(tk[i].word);
  // "a bomb planted by al Shabaab": a lowercase Arabic article opens the name after it.
  bool article = (tk[i].upper == "AL" || tk[i].upper == "EL") && i + 1 < tk.size() && tk[i + 1].capitalized;
  bool name = tk[i].capitalized || article;
  PhraseTrie::Match actor =
      name && (f & kActorStart) ? d_.actors.trie().Longest(i, tk.size(), word_at) : PhraseTrie::Match{};
  PhraseTrie::Match agent = (f & kAgentStart) ? d_.agents.trie().Longest(i, tk.size(), word_at) : PhraseTrie::Match{};
  if (name && (f & kActorStart)) {
    if (const auto* gapped = d_.actors.GappedStartingWith(tk[i].word)) {
      for (const ActorDictionary::GappedPhrase& g : *gapped) {
        size_t end = GappedPhraseEnd(g, i);
        if (end > actor.end) actor = PhraseTrie::Match{g.record, end};
      }
    }
  }
  if (actor.end > 0) {
    // "the Niger Delta" (Nigeria's), "Victoria Falls": the actor's name begins a longer name of
    // a place in another country, and is no actor there.
    PhraseTrie::Match place = d_.gazetteer.trie().Longest(i, tk.size(), word_at);
    if (place.end > actor.end) {
      const Place& p = d_.gazetteer.place(place.value);
      const std::string& code = d_.actors.record(actor.value).default_code;
      if (p.kind != Place::kCountry && code.compare(0, 3, p.country) != 0) actor = PhraseTrie::Match{};
    }
  }
  // "Pakistan's Foreign Office": after an owner, a name that is also a noun of office is the
  // owner's office (unowned, "the Foreign Office" is Britain's). Not before a name: "Kenya's
  // Duma Otieno" is a person.
  const bool owned = i > 0 && tk[i - 1].word == d_.w_s && agent.end > 0 && agent.end == actor.end &&
                     !(agent.end < tk.size() && IsNameWord(agent.end));
  if (agent.end > actor.end || owned) {
    u.agent = agent.value;
    u.end = agent.end;
  } else if (actor.end > 0) {
    u.actor = actor.value;
    u.end = actor.end;
  }
  if (u.end == 0 && tk[i].capitalized && !ctx_.aliases.empty()) {
    auto it = ctx_.aliases.find(tk[i].upper);
    if (it != ctx_.aliases.end()) {
      u.alias = &it->second;
      u.end = i + 1;
    }
  }
  return u;
}

bool MentionFinder::IsNameWord(size_t i) const {
  const Token& t = w_.tokens[i];
  return t.is_word && t.capitalized && !t.is_number &&
         (d_.Flags(t.word) & (kDet | kPrep | kCoord | kSubord | kPersonPron | kThingPron | kGroupPron | kCalendar)) == 0 &&
         !(d_.Flags(t.word) & kVerbForm);
}

void MentionFinder::AddCountryGroup(size_t b, size_t e, const std::string_view* countries, size_t count,
                                    const std::string& agent, const std::string& how) {
  Group g;
  for (size_t k = 0; k < count; ++k) {
    Mention m;
    m.begin = b;
    m.end = e;
    m.code = std::string(countries[k]) + agent;
    m.country = std::string(countries[k]);
    m.resolved = true;
    m.how = how;
    g.members.push_back(static_cast<int>(w_.mentions.size()));
    w_.mentions.push_back(m);
  }
  g.begin = b;
  g.end = e;
  AddGroup(g);
}

bool MentionFinder::NounBeforeAgent(size_t q) const {
  // After a demonym, not a country's name ("Russia kept troops ..." keeps its verb); and not
  // an object complement ("took three Chinese engineers hostage").
  // The noun may also be a verb's form: "Chinese trade officials", "U.S. aid officials".
  const auto& tk = w_.tokens;
  size_t n = tk.size();
  if (q == 0 || q + 1 >= n || UnitAt(q + 1).agent < 0 || UnitAt(q + 1).actor >= 0) return false;
  const Token& t = tk[q];
  if (!t.is_word || t.capitalized || t.is_number) return false;
  std::string_view d = tk[q - 1].upper;
  if (!tk[q - 1].capitalized) return false;
  // (A verb's form only after a plain demonym or an abbreviation: "Safadi told reporters",
  // "Hayashi told reporters" are a name and its verb.)
  const bool demonym = d.ends_with("AN") || d.ends_with("ESE") || d.ends_with("ISH") || d.ends_with("CH") ||
                       d == "U.S." || d == "US" || d == "U.K." || d == "UK" || d == "EU";
  const uint64_t f = TokenFlags(q);
  auto word_at = [&](size_t j) { return tk[j].word; };
  const bool place_name = d_.gazetteer.trie().Longest(q - 1, q, word_at).end == q;  // "Taiwan sent warships"
  const bool verb_noun = demonym && !place_name && !t.joined && (f & kVerbForm) && !(f & (kBe | kModal | kAux)) &&
                         !t.upper.ends_with("ED") && !t.upper.ends_with("ING");  // ("Chinese-made drones")
  if (!PlainLowercaseWord(q) && !verb_noun) return false;
  if (ObjectComplementAt(q + 1, q + 1)) return false;
  return demonym || d.ends_with("I");
}

size_t MentionFinder::NounPhraseAt(size_t i, const Unit& first) {
  const auto& tk = w_.tokens;
  size_t n = tk.size();
  // Build one noun phrase from adjacent units.
  std::vector<Unit>& units = w_.phrase_units;  // reused: no allocation per phrase
  units.assign(1, first);
  size_t j = first.end;
  while (j < n) {
    if (size_t backed = units.size() > 1 ? BackedAgentAfter(units.back(), j) : std::string::npos;
        backed != std::string::npos) {
      units.back() = UnitAt(backed);  // "Sudan's army-backed government": the government
      j = units.back().end;
      continue;
    }
    size_t k = j;
    int gap = 0, plain = 0;
    // Up to two adjectives the lexicon does not know may follow a country before its agent:
    // "Ukrainian long-range drones", "Ethiopian federal troops"; so may one noun right before
    // the agent: "a French uranium company".
    // (A tie hyphened to a movement of no country ends it, as a dictionary verb's does: "Islamic
    // State-linked insurgents" are insurgents of the place named, as "-backed" ones are.)
    while (k < n && gap < 3 && UnitAt(k).end == 0 && !(k == j && TiedToAMovement(units, k)) &&
           ((TokenFlags(k) & kModifier) || IsNameWord(k) || (k > j && ModelNumber(k)) || (k == j && OwnedBy(units, k)) ||
            (plain < 2 && units.back().actor >= 0 &&
             ((PlainLowercaseWord(k) && LooksAdjectival(k)) || (plain == 0 && NounBeforeAgent(k))) && ++plain))) {
      ++k;
      ++gap;
    }
    // A form of a dictionary verb between a title and a name ends the phrase: "the Velorian
    // president said Quenmar attacked ..." names no Quenmari president ("said" is also a
    // modifier: "the said minister").
    bool verb_between = false;
    for (size_t g = j; g < k; ++g) verb_between |= !tk[g].capitalized && (TokenFlags(g) & kVerbForm) != 0;
    if (k < n && ObjectComplementAt(j, k)) break;
    if (k < n && CountryAsSurname(units, j, k)) {
      j = UnitAt(k).end;  // "Paraguay's interior minister Marcelo Montenegro": a surname
      break;
    }
    if (k < n && k == j && CountryAfterBareAgent(units, k)) break;
    // "U.N. nuclear watchdog chief Rafael Grossi", "NATO chief Mark Rutte": a body, its head's
    // title, then the head's name (the same actor).
    if (j + 1 < n && units.back().actor >= 0 && HeadsTitle(j) && IsNameWord(j + 1) && UnitAt(j + 1).actor >= 0) {
      units.push_back(UnitAt(j + 1));
      j = units.back().end;
      continue;
    }
    if (k < n && k == j && GivenNameAfterTitle(units, k)) {
      j = k + 1;
      break;
    }
    if (k < n) {
      Unit next = UnitAt(k);
      if (next.end > 0 && !(next.actor >= 0 && (units.back().actor >= 0 || verb_between) && gap > 0) &&
          (plain == 0 || next.agent >= 0)) {
        if (PostedTo(units, j, k, next)) break;
        units.push_back(next);
        j = next.end;
        continue;
      }
    }
    // Possessive: "Russia's UN ambassador", "Turkey's president"; or an owner after the
    // agent: "President of Azerbaijan", "a court in Guyana".
    size_t at = PossessedAgentAfter(j);
    if (at == std::string::npos) at = OwnerAfterAgent(j, units);
    if (at == std::string::npos) break;
    units.push_back(UnitAt(at));
    j = units.back().end;
  }
  // Trailing personal names ("... Secretary Jeffrey Kupfer") belong to the phrase.
  size_t end = j;
  int names = 0;
  while (end < n && names < 4) {
    // "Moqtada al-Sadr": a particle and the word after it are the name's, whatever a dictionary
    // says of that word alone (SADR is also the Sahrawi republic).
    if (names > 0 && end + 1 < n && NameParticle(end) && UnitAt(end).end == 0 && IsNameWord(end + 1) &&
        (UnitAt(end + 1).end == 0 || UnitAt(end + 1).end == end + 2)) {
      end += 2;
      names += 2;
      continue;
    }
    if (!IsNameWord(end) || UnitAt(end).end != 0) break;
    ++end;
    ++names;
  }
  // "Russian Tu-160 and Chinese H-6 bombers": a model's letters and number name no person.
  if (names == 1 && end < n && ModelNumber(end)) {
    ++end;
    names = 0;
  }
  if (names > 0 && BodyAsGivenName(units, i, j)) units.pop_back();
  Compose(i, end, units, names > 0 ? end - 1 : std::string::npos);
  return end;
}

void MentionFinder::AddGroup(const Group& g) {
  w_.groups.push_back(g);
  int gi = static_cast<int>(w_.groups.size() - 1);
  w_.group_starting_at[g.begin] = gi;
  w_.group_ending_at[g.end] = gi;
}

void MentionFinder::AddSingle(size_t b, size_t e, const std::string& code, const std::string& country, bool person,
                              const std::string& how) {
  Mention m;
  m.begin = b;
  m.end = e;
  m.code = code;
  m.country = country;
  m.person = person;
  m.resolved = true;
  m.how = how;
  AddMentionGroup(std::move(m));
}

void MentionFinder::AddMentionGroup(Mention m) {
  Group g;
  g.members.push_back(static_cast<int>(w_.mentions.size()));
  g.begin = m.begin;
  g.end = m.end;
  w_.mentions.push_back(std::move(m));
  AddGroup(g);
}

std::string_view MentionFinder::BestActorCode(const std::vector<Unit>& units, bool* person, std::string* how) {
  std::string_view best;
  std::vector<const AgentRecord*>& agents = w_.phrase_agents;
  agents.clear();
  for (const Unit& u : units) {
    if (u.actor >= 0) {
      const ActorRecord& r = d_.actors.record(u.actor);
      const std::string& c = r.CodeOn(ctx_.date);
      if (c.empty() || c == "---") continue;
      // A longer code is more specific (a person's "AZEGOV" over the country's "AZE").
      if (c.size() >= best.size()) {
        best = c;
        // A named person: a multi-word name with a national code ("ILHAM_ALIYEV_" AZEGOV);
        // organisations (IGO, NGO, MNC ...) still take agents ("UN troops" IGOUNOMIL).
        std::string_view head(c.data(), 3);
        bool organisation = head == "IGO" || head == "NGO" || head == "MNC" || head == "IMG" || head == "NGM";
        *person = c.size() > 3 && !organisation && r.primary_words >= 2 && !NamesABody(r.primary);
      }
      if (explain_) *how += (how->empty() ? "" : " + ") + ("actor " + r.primary + " [" + c + "]");
    } else if (u.alias) {
      if (u.alias->code.size() >= best.size()) {
        best = u.alias->code;
        *person = u.alias->person;
      }
      if (explain_) *how += (how->empty() ? "" : " + ") + ("name of " + std::string(u.alias->text) + " [" + u.alias->code + "]");
    } else if (u.agent >= 0) {
      agents.push_back(&d_.agents.record(u.agent));
      if (explain_) *how += (how->empty() ? "" : " + ") + ("agent " + agents.back()->phrase + " [~" + agents.back()->code + "]");
    }
  }
  return best;
}

std::string MentionFinder::WithAgentCodes(std::string_view actor, const std::vector<const AgentRecord*>& agents) {
  std::string code(actor), prefix;
  int added = 0;
  // "an opposition politician", "the main opposition Democratic Party": the opposition (OPP).
  bool opposition = std::any_of(agents.begin(), agents.end(), [](const AgentRecord* a) { return a->code == "OPP"; });
  for (const AgentRecord* a : agents) {
    if (added == 2) break;
    if (opposition && a->code == "PTY") continue;
    if (a->prefix) {
      // "United Nations peacekeeping mission": IGO + IGOUNO is IGOUNO, not IGOIGOUNO.
      if (prefix.find(a->code) == std::string::npos && code.compare(0, a->code.size(), a->code) != 0)
        prefix += a->code;
    } else if (a->code == "GOV" && (code.starts_with("IGO") || code.starts_with("NGO"))) {
      continue;  // an organisation's chairman or secretary-general is the organisation
    } else if (ArmedRole(code, 3) && (ArmedRole(a->code, 0) || a->code == "MIL")) {
      continue;  // "RSF paramilitaries", "Houthi drones": the named group's own role says it
    } else if (code.find(a->code, 3) == std::string::npos) {
      code += a->code;
      ++added;
    }
  }
  return prefix + code;
}

bool MentionFinder::HostBody(size_t end, const AgentRecord& agent, const KnownActor& last_of_kind,
                             KnownActor* host) const {
  // "BUENOS AIRES - Argentina protested to Britain ... Cameron said ... The foreign ministry
  // urged London ...": a body named by its kind alone ("the foreign ministry", "the police") is
  // the dateline country's when that country was named in the article, not the government of the
  // last foreign official named. (A body named before stays: "China's government said ... The
  // ministry added"; so does a person's title: "the president" is the last one called so.)
  const std::string& home = ctx_.dateline_country;
  if (home.empty() || last_of_kind.country == home || !last_of_kind.person) return false;
  if (!InstitutionUpper(w_.tokens[end - 1].upper)) return false;
  bool home_named = std::any_of(ctx_.recent.begin(), ctx_.recent.end(), [&](const KnownActor& a) { return a.country == home; });
  if (!home_named) return false;
  *host = KnownActor{home + agent.code, home, {}, false};
  return true;
}

void MentionFinder::Compose(size_t begin, size_t end, const std::vector<Unit>& units, size_t surname_token) {
  if (MadeTheThingAfter(end)) {
    Note("  '" + std::string(TextOf(begin, end)) + "' made the thing after it: not an actor\n");
    return;
  }
  bool person = false;
  std::string how;
  const std::string_view best = BestActorCode(units, &person, &how);
  const std::vector<const AgentRecord*>& agents = w_.phrase_agents;
  std::string code;
  std::string country;
  if (best.empty()) {
    // Agents alone: "the president" is the last actor named with that agent; else unknown.
    if (agents.empty()) return;
    if (units.size() == 1 && ((end == units[0].end && ModifiesNoun(begin, end)) || NamesAStructure(begin, units[0].end))) {
      Note("  '" + std::string(TextOf(begin, end)) + "' modifies the noun after it or names a place: not an actor\n");
      return;
    }
    // "The president ..." is the last actor called president, else the last of its kind.
    // (Called by the same plural noun, whatever its agent: "Kenyan police officers ... praised
    // the officers" are the police.)
    const KnownActor* k = ctx_.LastCalled(w_.tokens[end - 1].upper);
    // ("The prime minister responded" after a foreign minister: the last one called by the
    // whole title.)
    if (end >= begin + 2) {
      std::string title;
      for (size_t t = begin; t < end; ++t) title += (t > begin ? " " : "") + std::string(w_.tokens[t].upper);
      if (const KnownActor* titled = ctx_.LastCalled(title)) k = titled;
    }
    bool same_plural = k != nullptr && k->code.size() > 3 && w_.tokens[end - 1].upper.ends_with("S");
    bool by_kind = false;
    if (!same_plural &&
        (k == nullptr || k->code.size() <= 3 || k->code.compare(3, std::string::npos, agents.front()->code) != 0)) {
      k = ctx_.LastWithAgent(agents.front()->code);
      by_kind = true;
    }
    bool definite = begin > 0 && Word(begin - 1) == d_.w_the;
    KnownActor host;
    if (k != nullptr && definite && by_kind && HostBody(end, *agents.front(), *k, &host)) k = &host;
    if (k != nullptr && definite) {
      code = k->code;
      country = k->country;
      person = k->person;
      if (explain_) how += " -> " + std::string(k->text);
    } else {
      code = "---";
      bool opposition = std::any_of(agents.begin(), agents.end(), [](const AgentRecord* a) { return a->code == "OPP"; });
      for (size_t a = 0; a < agents.size() && a < 2; ++a) {
        if (opposition && agents[a]->code == "PTY") continue;  // "the opposition Candlelight Party"
        if (code.find(agents[a]->code, 3) == std::string::npos) code += agents[a]->code;
      }
      country = "---";
    }
  } else if (best.size() > 3 && !agents.empty() && person) {
    code = best;  // a named person's own code wins over their title
    country = best.substr(0, 3);
  } else {
    code = WithAgentCodes(best, agents);
    country = best.substr(0, 3);
    if (agents.empty() && code.size() == 3 && units.size() == 1 && WeaponAfterDemonym(units[0], begin)) {
      code += "MIL";  // "Israeli jets struck": the weapon's military
      if (explain_) how += " + weapon after the adjective [~MIL]";
    }
    if (!person && !agents.empty()) {
      person = surname_token != std::string::npos && std::any_of(agents.begin(), agents.end(), [](const AgentRecord* a) {
        return a->code == "GOV" || a->code == "ELI" || a->code == "LEG";
      });
    }
  }
  // "a Russian Su-35 fighter": a model's number before "fighter" makes it a jet, its military.
  if (end >= 2 && code.ends_with("REB") && w_.tokens[end - 1].upper.starts_with("FIGHTER") && ModelNumber(end - 2)) {
    code.replace(code.size() - 3, 3, "MIL");
    if (explain_) how += " -> a fighter jet [~MIL]";
  }
  if (code == "BEL" && BrusselsMeansTheEu(begin, end)) {
    code = "IGOEUREEC";
    country = "IGO";
    if (explain_) how += " -> the European Union (Brussels acting, Belgium not named)";
  }
  // "the Pan-American Highway": after "pan-" a country's demonym names its continent.
  if (begin > 0 && w_.tokens[begin].joined && w_.tokens[begin - 1].upper == "PAN" && d_.gazetteer.IsCountry(country)) {
    Note("  '" + std::string(TextOf(begin, end)) + "' after 'pan-': no country\n");
    return;
  }
  Mention m;
  m.begin = begin;
  m.end = end;
  m.code = code;
  m.country = country;
  // Trailing capitalised words name a person after a title or a possessive ("Ukraine's
  // Oleksandr Syrskyi"); after a place alone they name a thing ("the South Caucasus Pipeline").
  bool possessive = false;
  for (size_t k = begin; k < end; ++k) possessive |= Word(k) == d_.w_s;
  m.person = person || (surname_token != std::string::npos && (!agents.empty() || possessive));
  m.agent = !agents.empty();
  m.how = std::move(how);
  // Named now, so a pronoun later in the same sentence can refer to it ("Obama said he ...").
  // (Not the first half of a hyphenated modifier, "the U.N.-brokered truce": no referent.)
  const size_t hyphenated = HyphenatedWordAfter(end);
  if (country != "---" && !code.empty() && (hyphenated == std::string::npos || hyphenated == end)) {
    // The text as written: "the president" later looks for the actor called so.
    ctx_.Remember(KnownActor{code, country, TextOf(begin, end), m.person});
  }
  AddMentionGroup(std::move(m));
}

bool MentionFinder::ModifiesNoun(size_t begin, size_t end) const {
  const auto& tk = w_.tokens;
  size_t n = tk.size();
  if (tk[begin].capitalized || end >= n) return false;
  // "military, political and economic cooperation": an adjective list.
  size_t next = end;
  bool listed = tk[end].upper == "," && end + 1 < n && ListGoesOn(end + 1);
  if (listed) ++next;
  const Token& t = tk[next];
  constexpr uint64_t kFunction = kBe | kPrep | kDet | kPossPron | kNeg | kModal | kAux | kCoord | kSubord |
                                 kPersonPron | kThingPron | kGroupPron | kAdverb | kTo | kBy | kRelative | kBetween |
                                 kGerundIntro | kPlaceIntro | kClauseEnd | kComma | kCalendar | kQuantity;
  if (!t.is_word || t.capitalized || t.is_number || (TokenFlags(next) & kFunction) || UnitAt(next).end > 0) return false;
  // "Tunisia Jails Opposition Leader Ghannouchi For Three Years": in a title-case headline (all
  // capitals gone), a word no dictionary knows before a preposition or the end is the name the
  // title goes with.
  if (w_.headline && !listed && TokenFlags(next) == 0 &&
      (next + 1 >= n || (TokenFlags(next + 1) & (kPrep | kClauseEnd | kComma))))
    return false;
  // "found an opposition activist guilty", "hauled students out of": said of the noun, or a particle.
  static constexpr std::string_view kAfterNoun[] = {"GUILTY", "INNOCENT", "DEAD", "ALIVE", "LIABLE", "OUT", "BACK", "AWAY", "OFF"};
  if (std::find(std::begin(kAfterNoun), std::end(kAfterNoun), t.upper) != std::end(kAfterNoun)) return false;
  // "a police station", "an army base": the place stands for the force that holds it.
  if (!listed && (TokenFlags(next) & kFacility)) return false;
  // "a government plan", "government reforms": the government's own act, which a protest or
  // criticism of it is against.
  if (!listed && StateMeasure(begin, next)) return false;
  // A plural before an -ing word the dictionaries do not know is its subject: "journalists
  // covering protests", unlike "arms smuggling".
  std::string_view plural = tk[end - 1].upper;
  // (Plurals without an -s too: "killed hundreds of people digging trenches".)
  bool irregular_plural = plural == "PEOPLE" || plural == "CHILDREN" || plural == "MEN" || plural == "WOMEN";
  if (!listed && ((plural.size() > 3 && plural.back() == 'S' && plural[plural.size() - 2] != 'S') || irregular_plural) &&
      t.upper.size() > 5 && t.upper.ends_with("ING"))
    return false;
  // "A gunman disguised as a courier shot dead ...", "men dressed in uniforms": what the agent
  // wears or poses as describes it, the phrase's head.
  static constexpr std::string_view kGuise[] = {"DISGUISED", "DRESSED", "CLAD", "MASKED", "HOODED", "POSING"};
  if (!listed && std::find(std::begin(kGuise), std::end(kGuise), t.upper) != std::end(kGuise)) return false;
  if (!(TokenFlags(next) & kVerbForm)) return true;
  // "demanded that the government cut fuel taxes": after "that", the subject of its clause.
  size_t opener = begin;
  if (opener > 0 && Word(opener - 1) == d_.w_the) --opener;
  if (opener > 0 && Word(opener - 1) == d_.w_that) return false;
  // A verb form after the agent: a verb after a plural ("students demanding", "police fired"),
  // a noun after a singular agent word ("military aid", "business ties", "police training").
  std::string_view last = tk[end - 1].upper;
  if (listed || (!last.empty() && last.back() == 'S')) return false;
  // (A past that is also the base, after "the": "the government put several districts under
  // curfew", unlike "a government cut".)
  bool definite = begin > 0 && Word(begin - 1) == d_.w_the;
  if (const std::vector<int32_t>* forms = d_.verbs.FormsOf(t.word)) {
    for (int32_t f : *forms) {
      VerbForm::Inflection in = d_.verbs.form(f).inflection;
      if (in == VerbForm::kPast || in == VerbForm::kIrregular) return false;
      if (definite && in == VerbForm::kBase && d_.verbs.form(f).participle >= 0) return false;
    }
  }
  return true;
}

bool MentionFinder::ListGoesOn(size_t from) const {
  // "military, political and economic cooperation": "and" or "or" within three words.
  for (size_t k = from; k < w_.tokens.size() && k < from + 3; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
    if (w_.tokens[k].upper == "AND" || w_.tokens[k].upper == "OR") return k > from;
  }
  return false;
}

bool MentionFinder::StateMeasure(size_t agent_at, size_t noun_at) const {
  static constexpr std::string_view kMeasures[] = {"PLAN",     "PLANS",    "POLICY",   "POLICIES", "DECISION",
                                                   "PROPOSAL", "PROPOSALS", "REFORM",  "REFORMS",  "CRACKDOWN",
                                                   "DECREE",   "MEASURES", "BUDGET",   "PROGRAMME", "PROGRAM",
                                                   "CUTS",     "AUSTERITY"};
  Unit u = UnitAt(agent_at);
  if (u.agent < 0 || d_.agents.record(u.agent).code != "GOV") return false;
  std::string_view noun = w_.tokens[noun_at].upper;
  for (std::string_view m : kMeasures) {
    if (noun == m) return true;
  }
  return false;
}

void MentionFinder::ShareAdjectiveOrNoun(Mention& a, Mention& b) const {
  const auto& tk = w_.tokens;
  auto plural_noun = [&](const Mention& m) {
    const Token& t = tk[m.end - 1];
    // (Or a plural without an -s: "Spanish and Moroccan police arrested".)
    return (t.upper.back() == 'S' || t.upper == "POLICE") && !t.capitalized && t.is_word;
  };
  // "the Azerbaijani and Turkish governments": a bare country takes the plural agent (an agent
  // noun, not a name that ends in -s: "Israel and Hamas").
  if (a.code.size() == 3 && b.code.size() > 3 && b.country != "---" && b.code.compare(0, 3, b.country) == 0 &&
      plural_noun(b) && !a.resolved) {
    // (Only the noun's agent: "Israeli and Hamas negotiators" are ISRGOV, not Hamas's REBGOV.)
    a.code += b.code.substr(b.code.size() > 6 ? b.code.size() - 3 : 3);
    return;
  }
  // "Syrian banks and airlines", "Velorian police and soldiers": a bare agent noun right
  // after the conjunction shares the country adjective of the one before when either is a
  // plural ("police" is one without an -s).
  bool bare = b.end == b.begin + 1 && b.country == "---" && b.code.size() == 6 && !b.resolved;
  if (bare && (plural_noun(a) || plural_noun(b)) && a.code.size() > 3 && a.country.size() == 3 && a.country != "---" &&
      !a.resolved && a.end > a.begin + 1 && !(TokenFlags(b.begin - 1) & kDet)) {
    b.code.replace(0, 3, a.country);
    b.country = a.country;
  }
}

void MentionFinder::PushListUpToLastAnd(size_t first, size_t last, const std::vector<bool>& with_and,
                                        std::vector<Group>* merged) const {
  // "Israel and Hamas, officials said": the list ends at its last "and"; with none, the commas
  // separate clauses and every group stands alone.
  size_t last_and = with_and.size();
  while (last_and > 0 && !with_and[last_and - 1]) --last_and;
  bool plain_chain = last - first == with_and.size();  // no appositive taken in
  size_t k = first;
  if (last_and > 0 && plain_chain) {
    Group list = w_.groups[first];
    for (k = first + 1; k <= first + last_and; ++k) {
      list.members.append(w_.groups[k].members);
      list.end = w_.groups[k].end;
    }
    merged->push_back(std::move(list));
  }
  for (; k <= last; ++k) merged->push_back(w_.groups[k]);
}

bool MentionFinder::AppositiveOf(const Group& g, size_t hi) const {
  const auto& tk = w_.tokens;
  const Group& h = w_.groups[hi];
  if (g.end >= tk.size() || !(TokenFlags(g.end) & kComma) || h.members.size() != 1) return false;
  size_t b = g.end + 1;
  if (b < h.begin && (TokenFlags(b) & kDet)) ++b;
  if (b != h.begin || h.end >= tk.size() || !(TokenFlags(h.end) & kComma)) return false;
  // A named person, then a title of the same country that names nobody new.
  const Mention& person = w_.mentions[g.members.back()];
  const Mention& title = w_.mentions[h.members.front()];
  return person.person && !title.person && person.country == title.country && person.country != "---";
}

void MentionFinder::ShareAgentOfList(const Group& list) {
  // "Troops from Kazakhstan, Kyrgyzstan and Tajikistan", "the foreign ministers of Paraguay,
  // Bolivia and Argentina": the agent before "from" or "of" is every listed country's.
  if (list.members.size() < 2) return;
  const Mention& first = w_.mentions[list.members[0]];
  if (first.code.size() != 6 || first.country.size() != 3 || first.country == "---" || first.resolved) return;
  bool owner = false;
  for (size_t k = first.begin + 1; k + 1 < first.end && !owner; ++k) {
    owner = w_.tokens[k].upper == "FROM" || w_.tokens[k].upper == "OF";
  }
  if (!owner) return;
  for (size_t i = 1; i < list.members.size(); ++i) {
    Mention& m = w_.mentions[list.members[i]];
    if (m.code.size() == 3 && !m.resolved && m.code == m.country) m.code += first.code.substr(3);
  }
}

void MentionFinder::MergeCompounds() {
  if (w_.groups.size() < 2) return;
  std::vector<Group>& merged = w_.merged_groups;
  merged.clear();
  for (size_t g = 0; g < w_.groups.size(); ++g) {
    Group cur = w_.groups[g];
    size_t chain_start = g;
    std::vector<bool> with_and;  // per join: "and" (true) or a bare comma (false)
    while (g + 1 < w_.groups.size()) {
      // "Ilham Aliyev, the president of Azerbaijan, and Nikol Pashinyan": an appositive names
      // the same actor; the group takes in its words, and may join what follows.
      if (AppositiveOf(cur, g + 1)) {
        cur.end = w_.groups[g + 1].end;
        ++g;
        continue;
      }
      const Group& nx = w_.groups[g + 1];
      bool and_word = false;
      if (!Joined(cur, nx, &and_word)) break;
      if (!and_word && AttributionAfterComma(g + 1)) break;
      if (and_word && JoinsClauses(w_.groups[g], nx)) break;
      with_and.push_back(and_word);
      // "the Azerbaijani and Turkish governments": a bare country takes the plural agent (an
      // agent noun, not a name that ends in -s: "Israel and Hamas").
      // "U.S., Japanese and South Korean warships": every bare country of a longer list does too.
      bool all_bare = true;
      for (int m : cur.members) all_bare = all_bare && w_.mentions[m].code.size() == 3 && !w_.mentions[m].resolved;
      if (nx.members.size() == 1 && (cur.members.size() == 1 || all_bare)) {
        for (int m : cur.members) ShareAdjectiveOrNoun(w_.mentions[m], w_.mentions[nx.members[0]]);
      }
      cur.members.append(nx.members);
      cur.end = nx.end;
      ++g;
    }
    // A list joined by bare commas must end with "and" ("A, B and C"); otherwise the
    // commas separate clauses ("Russia attacked Georgia, Turkey said"). Headlines write
    // "and" as a comma ("Japan, Philippines Sign Pact").
    if (!with_and.empty() && !with_and.back() && !w_.headline) {
      PushListUpToLastAnd(chain_start, g, with_and, &merged);
      continue;
    }
    ShareAgentOfList(cur);
    merged.push_back(std::move(cur));
  }
  w_.groups.swap(merged);
  std::fill(w_.group_starting_at.begin(), w_.group_starting_at.end(), -1);
  std::fill(w_.group_ending_at.begin(), w_.group_ending_at.end(), -1);
  for (size_t g = 0; g < w_.groups.size(); ++g) {
    w_.group_starting_at[w_.groups[g].begin] = static_cast<int>(g);
    w_.group_ending_at[w_.groups[g].end] = static_cast<int>(g);
  }
}

}  // namespace tidings::extract
