// Whose an agent is, past the agent itself: a possessive before it ("Russia's U.N.
// ambassador"), an owner after it ("President of Azerbaijan", "a spokesman for the Greek
// government"), where a diplomat is posted ("the Saudi ambassador to Yemen"), and a country
// that opens a clause of its own after a bare agent ("the militants Pakistan blames"). Part of
// MentionFinder's noun phrases (mentions.cc).
#include <algorithm>

#include "extract/mentions.h"

namespace tidings::extract {

size_t MentionFinder::PossessedAgentAfter(size_t j) const {
  // Modifiers and up to two plain nouns may come between: "India's oil minister"; so may up to
  // three capitalised words: "Iran's Supreme National Security Council", "Kenya's Independent
  // Policing Oversight Authority".
  size_t n = w_.tokens.size();
  if (Word(j) != d_.w_s || j + 1 >= n) return std::string::npos;
  size_t k = j + 1;
  int nouns = 0, names = 0;
  while (k < n && UnitAt(k).end == 0 &&
         ((TokenFlags(k) & kModifier) || (nouns < 2 && PlainLowercaseWord(k) && ++nouns) ||
          (names < 3 && IsNameWord(k) && ++names) ||
          // ("the African Union's Peace and Security Council": "and" inside the body's name.)
          (names >= 1 && names < 3 && w_.tokens[k].upper == "AND" && !w_.tokens[k].capitalized && k + 1 < n &&
           w_.tokens[k + 1].capitalized && w_.tokens[k + 1].is_word)))
    ++k;
  // "Russia's U.N. ambassador", "China's EU envoy": the country's diplomat to that body.
  if (k < n && UnitAt(k).end > 0 && UnitAt(k).actor >= 0 && UnitAt(k).end < n &&
      d_.actors.record(UnitAt(k).actor).default_code.starts_with("IGO")) {
    std::string_view u = w_.tokens[UnitAt(k).end].upper;
    if (u.starts_with("AMBASSADOR") || u.starts_with("ENVOY") || u.starts_with("REPRESENTATIVE")) k = UnitAt(k).end;
  }
  return k < n && UnitAt(k).end > 0 && UnitAt(k).agent >= 0 ? k : std::string::npos;
}

size_t MentionFinder::OwnerAfterAgent(size_t j, const std::vector<Unit>& units) const {
  // Agent + of/in/from + actor. "a spokesman for the Greek government": a spokesman speaks
  // for whom "for" names. But an envoy "from" a country is the one recalled from it ("recalls
  // ambassador from Mali"), not that country's: news names an envoy's own country before the
  // noun. Only after a verb or "its" ("Envoys from Sudan's army ..." are the army's).
  const auto& tk = w_.tokens;
  size_t n = tk.size();
  bool has_actor = std::any_of(units.begin(), units.end(), [](const Unit& x) { return x.actor >= 0 || x.alias; });
  if (has_actor || j + 1 >= n) return std::string::npos;
  std::string_view u = tk[j].upper, before = j > 0 ? tk[j - 1].upper : "";
  bool spokesman = u == "FOR" && before.starts_with("SPOKES");  // spokesman, -woman, -person
  bool envoy_from = u == "FROM" && j > 1 &&
                    (before.starts_with("AMBASSADOR") || before.starts_with("ENVOY") || before.starts_with("DIPLOMAT")) &&
                    (TokenFlags(j - 2) & (kPossPron | kVerbForm));
  bool owner_word = u == "OF" || u == "IN" || u == "FROM" || u == "ACROSS" || u == "THROUGHOUT" || u == "INSIDE";
  // Where refugees or prisoners are is not whose they are: "Syrian refugees in Lebanon",
  // "exchanged 24 prisoners in Ankara".
  if (u == "IN" || u == "INSIDE") {
    bool displaced_or_held = before.starts_with("PRISONER") || before.starts_with("DETAINEE") ||
                             before.starts_with("REFUGEE") ||
                             before.starts_with("MIGRANT") || before.starts_with("ASYLUM");
    if (displaced_or_held) return std::string::npos;
  }
  if (envoy_from || !(owner_word || spokesman)) return std::string::npos;
  size_t k = j + 1;
  if (Word(k) == d_.w_the) ++k;
  for (int skip = 0; skip < 2 && k < n && tk[k].is_word && !tk[k].capitalized && UnitAt(k).end == 0 &&
                     !(TokenFlags(k) & (kPrep | kDet | kCoord | kVerbForm));
       ++skip)
    ++k;
  if (k >= n) return std::string::npos;
  Unit next = UnitAt(k);
  // "leaders of the opposition National Unity Government": a lowercase agent before a name.
  if (next.end > 0 && next.actor < 0 && !next.alias && !tk[k].capitalized && next.end < n && tk[next.end].capitalized) {
    Unit named = UnitAt(next.end);
    if (named.end > 0 && (named.actor >= 0 || named.alias)) return k;
  }
  return next.end > 0 && (next.actor >= 0 || next.alias) ? k : std::string::npos;
}

bool MentionFinder::CountryAfterBareAgent(const std::vector<Unit>& units, size_t k) const {
  // "any drug trafficker Washington asks for", "the militants Pakistan blames": a lowercase
  // agent with no actor yet, then a country's name, is a noun and the subject of a clause about
  // it, not one phrase. (A title before a person's name is: "Defence Minister Israel Katz".)
  if (std::any_of(units.begin(), units.end(), [](const Unit& x) { return x.actor >= 0 || x.alias; })) return false;
  if (k == 0 || w_.tokens[k - 1].capitalized) return false;
  Unit next = UnitAt(k);
  return next.actor >= 0 && d_.actors.record(next.actor).default_code.size() == 3;
}

bool MentionFinder::PostedTo(const std::vector<Unit>& units, size_t j, size_t k, const Unit& next) const {
  // "the Saudi ambassador to Yemen", "Russia's ambassador to the U.N.": the actor after "to" is
  // where the diplomat serves, a mention of its own ("recalled Spain's ambassador to Israel" is
  // towards Israel); the one before is whose diplomat it is.
  if (k != j || j == 0 || w_.tokens[j - 1].upper != "TO" || units.back().agent < 0) return false;
  if (next.actor < 0 && !next.alias) return false;
  return std::any_of(units.begin(), units.end() - 1, [](const Unit& x) { return x.actor >= 0 || x.alias; });
}

bool MentionFinder::ObjectOwnsTheirs(size_t i, KnownActor* owner) const {
  // "arrested 14 Indian fishermen near Delft Island and seized their two trawlers": "their"
  // right after a verb joined by "and" is the people the verb before acted on (the last plural
  // phrase with a country named), not the subject's.
  const auto& tk = w_.tokens;
  if (tk[i].upper != "THEIR" || i < 3 || !(TokenFlags(i - 1) & kVerbForm) || tk[i - 2].upper != "AND") return false;
  if (w_.mentions.empty()) return false;
  const Mention& m = w_.mentions.back();
  if (m.end > i - 2 || m.end == 0 || m.country.size() != 3 || m.country == "---" || m.code.size() < 6) return false;
  // (Plural people: "fishermen", "protesters", "officials".)
  std::string_view noun = tk[m.end - 1].upper;
  if (!(noun.ends_with("S") || noun.ends_with("MEN") || noun == "PEOPLE" || noun == "POLICE")) return false;
  // (In the clause: no comma between, nor a verb other than the one joined.)
  for (size_t k = m.end; k + 2 < i; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return false;
  }
  *owner = KnownActor{m.code, m.country, TextOf(m.begin, m.end), false};
  return true;
}

}  // namespace tidings::extract
