// Dictionary names inside a person's name: a country as a surname ("Paraguay's interior
// minister Marcelo Montenegro") and a body's one-word name as a given name ("Duma Boko");
// an agent's word inside the name of a place ("the Ambassador Bridge"), or hyphened to a
// participle that makes it a modifier ("the army-backed government"); a plural noun's
// complement ("took 20 passengers hostage").
#include <algorithm>
#include <string_view>

#include "extract/mentions.h"

namespace tidings::extract {

bool MentionFinder::CountryAsSurname(const std::vector<Unit>& units, size_t j, size_t k) const {
  // A country after a given name, in a phrase that already has its country and a title.
  Unit next = UnitAt(k);
  if (k == j || next.actor < 0 || units.size() < 2 || units.front().actor < 0 || units.back().agent < 0) return false;
  for (size_t g = j; g < k; ++g)
    if (!IsNameWord(g)) return false;
  // (Or another country's person: "Irish Taoiseach Simon Harris" is no Kamala Harris.)
  const std::string& surname = d_.actors.record(next.actor).default_code;
  const std::string& own = d_.actors.record(units.front().actor).default_code;
  return surname.size() >= 3 && own.size() >= 3 && own.compare(0, 3, surname, 0, 3) != 0;
}

bool MentionFinder::HeadsTitle(size_t k) const {
  const std::string_view u = w_.tokens[k].upper;
  return !w_.tokens[k].capitalized && (u == "CHIEF" || u == "HEAD" || u == "BOSS" || u == "CHIEFS");
}

bool MentionFinder::GivenNameAfterTitle(const std::vector<Unit>& units, size_t k) const {
  Unit next = UnitAt(k);
  if (next.actor < 0 || next.end != k + 1 || k + 1 >= w_.tokens.size() || units.size() < 2 ||
      units.front().actor < 0 || units.back().agent < 0 || !IsNameWord(k + 1) || UnitAt(k + 1).end != 0)
    return false;
  const std::string& name = d_.actors.record(next.actor).default_code;
  const std::string& own = d_.actors.record(units.front().actor).default_code;
  return name.size() >= 3 && own.size() == 3 && own.compare(0, 3, name, 0, 3) != 0;
}

bool MentionFinder::BodyAsGivenName(const std::vector<Unit>& units, size_t i, size_t j) const {
  // "Botswana's Duma Boko", "President Duma Boko", "Botswana's president, Duma Boko": a body's
  // one-word name (DUMA_, Russia's legislature) right before a surname, after another country
  // or a title (or a title and the comma of an appositive), is a given name.
  const Unit& u = units.back();
  if (u.actor < 0 || u.end != j || j < 2 || UnitAt(j - 1).actor != u.actor || UnitAt(j - 2).actor == u.actor) return false;
  const ActorRecord& r = d_.actors.record(u.actor);
  const std::string& own = r.CodeOn(ctx_.date);
  if (own.size() <= 3 || !NamesABody(r.primary)) return false;
  Unit before;  // the unit before: in the phrase, or the owner before "'s" ("Botswana's")
  if (units.size() >= 2) before = units[units.size() - 2];
  const bool after_owner = i >= 2 && Word(i - 1) == d_.w_s, after_comma = i >= 2 && Word(i - 1) == d_.w_comma;
  for (size_t k = i - 1; units.size() == 1 && (after_owner || after_comma) && k-- > 0 && k + 4 > i;)
    if (UnitAt(k).end == i - 1) before = UnitAt(k);
  if (after_comma && units.size() == 1 && before.agent < 0) return false;  // "Kenya, Duma Boko ..." : a list
  if (before.agent >= 0) return d_.agents.record(before.agent).code == "GOV";
  if (before.actor < 0) return false;
  const std::string& other = d_.actors.record(before.actor).CodeOn(ctx_.date);
  return other.size() == 3 && own.compare(0, 3, other) != 0;
}

bool MentionFinder::NamesAStructure(size_t begin, size_t end) const {
  // "blockaded the Ambassador Bridge", "Embassy Row", "the President Hotel": a capitalised
  // agent word right before a capitalised bridge, street or building is part of its name.
  static constexpr std::string_view kStructures[] = {"BRIDGE", "STREET", "ROAD", "AVENUE", "SQUARE", "HOTEL",
                                                     "AIRPORT", "STATION", "PARK", "STADIUM", "HALL", "MALL",
                                                     "TOWER", "TOWERS", "ROW", "SUITES", "BOULEVARD", "TUNNEL"};
  const auto& tk = w_.tokens;
  if (!tk[begin].capitalized || end >= tk.size() || !tk[end].capitalized || w_.headline) return false;
  return std::find(std::begin(kStructures), std::end(kStructures), tk[end].upper) != std::end(kStructures);
}

bool MentionFinder::ObjectComplementAt(size_t j, size_t k) const {
  // "took 20 passengers hostage", "held the soldiers captive": after a plural noun, HOSTAGE,
  // CAPTIVE or PRISONER says what was done to it; it is no second noun of the phrase.
  if (j != k || j == 0) return false;
  std::string_view before = w_.tokens[j - 1].upper, u = w_.tokens[k].upper;
  return before.size() > 2 && before.back() == 'S' && w_.tokens[j - 1].is_word &&
         (u == "HOSTAGE" || u == "CAPTIVE" || u == "PRISONER");
}

size_t MentionFinder::BackedAgentAfter(const Unit& agent, size_t j) const {
  // "Sudan's army-backed government", "a military-led government": an agent hyphened to
  // "backed", "led", "run" ... modifies the agent after it, which is the phrase's.
  static constexpr std::string_view kParticiples[] = {"BACKED", "LED", "RUN", "ALIGNED", "CONTROLLED", "SUPPORTED",
                                                      "INSTALLED", "APPOINTED", "DOMINATED", "SPONSORED"};
  const auto& tk = w_.tokens;
  if (agent.agent < 0 || agent.actor >= 0 || j + 1 >= tk.size() || !tk[j].joined ||
      std::find(std::begin(kParticiples), std::end(kParticiples), tk[j].upper) == std::end(kParticiples))
    return std::string::npos;
  Unit next = UnitAt(j + 1);
  return next.end > 0 && next.agent >= 0 && next.actor < 0 ? j + 1 : std::string::npos;
}

bool MentionFinder::OwnedBy(const std::vector<Unit>& units, size_t k) const {
  // "Chinese-owned chipmaker", "a Moscow-based rights group", "a Panama-flagged tanker": a
  // country hyphened to whose, where or under which flag makes the noun after it that country's.
  std::string_view u = w_.tokens[k].upper;
  return w_.tokens[k].joined && units.back().actor >= 0 &&
         (u == "OWNED" || u == "BASED" || u == "FLAGGED" || u == "REGISTERED" || u == "HEADQUARTERED");
}

bool MentionFinder::TiedToAMovement(const std::vector<Unit>& units, size_t k) const {
  std::string_view u = w_.tokens[k].upper;
  if (!w_.tokens[k].joined || units.back().actor < 0) return false;
  if (u != "LINKED" && u != "AFFILIATED" && u != "ALIGNED" && u != "ALLIED" && u != "INSPIRED") return false;
  return d_.actors.record(units.back().actor).default_code.starts_with("IMG");
}

}  // namespace tidings::extract
