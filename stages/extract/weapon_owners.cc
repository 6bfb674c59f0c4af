// The force a weapon named with a nationality stands for: "Israeli jets struck", "Russian
// glide bombs hit", "Turkish F-16 jets bombed", "fire from an Israeli tank". The built-in
// conventions code weapons and platforms as the state's military (<ISO>MIL). The agents
// dictionary's ^PHRASE records name them (^JET [~MIL]); they count only after a nationality
// adjective, never alone ("handed two corvettes to", "fired missiles into the sea", "one of its
// tanks"). Dictionaries without such records (TABARI's, Phoenix's) keep their own reading.
#include <algorithm>
#include <iterator>
#include <string_view>

#include "extract/mentions.h"

namespace tidings::extract {

namespace {

// A thing of the weapon, not the force using it: "Iran's missile programme", "Russian jet
// fuel", "Chinese missile tests", "a Panamanian shell company"; the act itself ("the Russian
// missile strikes on Kyiv") is coded where it is done.
constexpr std::string_view kThingsOfAWeapon[] = {
    "PROGRAMME", "PROGRAMMES", "PROGRAM",    "PROGRAMS",   "TEST",      "TESTS",    "TESTING",  "LAUNCH",
    "LAUNCHES",  "DEFENCE",    "DEFENCES",   "DEFENSE",    "DEFENSES",  "SHIELD",   "TECHNOLOGY", "FACTORY",
    "FACTORIES", "PLANT",      "PLANTS",     "SITE",       "SITES",     "ARSENAL",  "STOCKPILE", "STOCKPILES",
    "FUEL",      "DEAL",       "DEALS",      "SALE",       "SALES",     "EXPORT",   "EXPORTS",  "PARTS",
    "MAKER",     "MAKERS",     "MANUFACTURER", "MANUFACTURERS", "INDUSTRY", "ATTACK", "ATTACKS", "STRIKE",
    "STRIKES",   "BARRAGE",    "BARRAGES",   "COMPANY",    "COMPANIES", "FIRM",     "FIRMS",    "CRASH",
    "CARRIER",   "CONTRACT",   "CONTRACTS",  "ORDER",      "ORDERS",    "PURCHASE", "PURCHASES", "DEBRIS",
    "WRECKAGE",  "ENGINE",     "ENGINES",    "UNITS",      "SYSTEM",    "SYSTEMS",  "CRISIS",   "TECHNOLOGIES"};

}  // namespace

bool MentionFinder::WeaponAfterDemonym(const Unit& country, size_t begin) const {
  const auto& tk = w_.tokens;
  const size_t n = tk.size();
  const PhraseTrie& weapons = d_.agents.after_adjective_trie();
  if (country.actor < 0) return false;
  // A nationality adjective, not a country's name: "sent Ukraine tanks" names the receiver.
  auto word_at = [&](size_t j) { return tk[j].word; };
  if (d_.gazetteer.trie().Longest(begin, country.end, word_at).end == country.end) return false;
  size_t k = country.end;
  PhraseTrie::Match weapon;
  auto weapon_at = [&](size_t j) {
    if (tk[j].capitalized && !w_.headline) return false;  // "Royal Dutch Shell"
    weapon = weapons.Longest(j, n, word_at);
    return weapon.end > 0 && d_.agents.record(weapon.value).code == "MIL";
  };
  // Up to three words of the weapon's kind or model first: "Turkish F-16 jets", "Indian Rafale
  // jets", "Israeli naval gunboats", "Ukrainian long-range missiles".
  for (int gap = 0; k < n && !weapon_at(k); ++gap, ++k) {
    if (gap == 3 || UnitAt(k).end > 0) return false;
    bool hyphened = tk[k].joined || (k + 1 < n && tk[k + 1].joined);
    bool adjective = PlainLowercaseWord(k) && (hyphened || LooksAdjectival(k));
    if (!(adjective || ModelNumber(k) || IsNameWord(k))) return false;
  }
  if (k >= n) return false;
  size_t after = weapon.end;
  return after >= n || std::find(std::begin(kThingsOfAWeapon), std::end(kThingsOfAWeapon), tk[after].upper) ==
                           std::end(kThingsOfAWeapon);
}

void MentionFinder::WeaponsLaunchedBy() {
  // "missiles and drones launched by Yemen's Houthis", "rockets fired by Hezbollah", "a drone
  // flown by FARC dissidents": weapons with no country are those of who launched them.
  auto LaunchVerb = [](std::string_view u) { return u == "LAUNCHED" || u == "FIRED" || u == "FLOWN"; };
  const auto& tk = w_.tokens;
  const size_t n = tk.size();
  for (Mention& m : w_.mentions) {
    if (m.country != "---" || m.code != "---MIL" || !m.agent) continue;
    size_t k = m.end;
    while (k + 1 < n && k < m.end + 3 && (tk[k].upper == "AND" || (tk[k].is_word && !tk[k].capitalized &&
                                                                   w_.group_starting_at[k] < 0 &&
                                                                   !LaunchVerb(tk[k].upper))))
      ++k;
    if (k + 2 >= n || !LaunchVerb(tk[k].upper) || tk[k + 1].upper != "BY") continue;
    size_t at = k + 2;
    if (Word(at) == d_.w_the) ++at;
    const int g = at < n ? w_.group_starting_at[at] : -1;
    if (g < 0) continue;
    const Mention& owner = w_.mentions[w_.groups[g].members.front()];
    if (owner.country == "---") continue;
    m.code = owner.code.size() == 3 ? owner.code + "MIL" : owner.code;
    m.country = owner.country;
    if (explaining()) m.how += " -> launched by " + owner.code;
  }
}

}  // namespace tidings::extract
