// ClauseRoles' small predicates over noun phrases and the words around them: a place word before
// a group, a region, a border, what an appositive says a weapon is, an impersonal event ("floods",
// "clashes") and fighting named by one, where investment goes. Part of ClauseRoles (clauses.h);
// the roles themselves are in clauses.cc.
#include <algorithm>
#include <string_view>

#include "extract/clauses.h"

namespace tidings::extract {

bool ClauseRoles::InvestedIn(const Group& g) const {
  // "pledged to raise Saudi investment in the United States": where money is invested receives it.
  size_t b = g.begin;
  if (b > 0 && Word(b - 1) == d_.w_the) --b;
  if (b < 2 || w_.tokens[b - 1].upper != "IN") return false;
  std::string_view before = w_.tokens[b - 2].upper;
  return before == "INVESTMENT" || before == "INVESTMENTS" || before == "INVEST" || before == "INVESTING";
}

bool ClauseRoles::SubjectIsAFightBetween(size_t verb) const {
  // "Clashes between Somali troops and clan militiamen near Baidoa killed 12 people": what the
  // fighting did is no side's act (the sides' fighting is coded from the noun,
  // fighting_nouns.cc), and a side inside its phrase is no subject.
  size_t k = verb;
  while (k > 0 && w_.verb_at[k - 1] < 0 && !(TokenFlags(k - 1) & (kComma | kClauseEnd | kSubord)) &&
         w_.tokens[k - 1].is_word && verb - k < 16)
    --k;
  return k + 2 < verb && (TokenFlags(k + 1) & kBetween) && ImpersonalEvent(w_.tokens[k].upper);
}

bool ClauseRoles::ImpersonalEvent(std::string_view upper) {
  // Disasters, accidents and fighting between sides: nouns that are no one's act.
  static constexpr std::string_view kEvents[] = {
      "EARTHQUAKE", "QUAKE",     "FIRE",      "BLAZE",     "WILDFIRE", "WILDFIRES", "FLOOD",     "FLOODS",
      "FLOODING",   "STORM",     "CYCLONE",   "TYPHOON",   "HURRICANE", "TSUNAMI",  "LANDSLIDE", "LANDSLIDES",
      "MUDSLIDE",   "DROUGHT",   "FAMINE",    "EPIDEMIC",  "OUTBREAK", "HEATWAVE",  "ERUPTION",  "AVALANCHE",
      "EXPLOSION",  "COLLAPSE",  "CRASH",     "DERAILMENT", "STAMPEDE", "ACCIDENT", "DISASTER",  "FIGHTING",
      "CLASHES",    "VIOLENCE",  "UNREST",    "RIOTS"};
  return std::find(std::begin(kEvents), std::end(kEvents), upper) != std::end(kEvents);
}

bool ClauseRoles::ThingInPrepositionalPhrase(size_t end) const {
  for (size_t k = end, steps = 0; k > 0 && steps < 6; --k, ++steps) {
    uint64_t f = TokenFlags(k - 1);
    // (An actor as the noun's adjective does not end the phrase: "near the Brazilian border that".)
    if (w_.verb_at[k - 1] >= 0 || (f & (kComma | kClauseEnd)) || (w_.group_ending_at[k] >= 0 && k == end)) return false;
    if ((f & kPrep) && Word(k - 1) != d_.w_of) return true;  // "a memorandum of alliance" is one noun
  }
  return false;
}

bool ClauseRoles::IsRegion(const Group& g) const {
  for (int m : g.members) {
    const std::string& code = w_.mentions[m].code;
    if (code.size() != 3 || code == "---" || d_.gazetteer.IsCountry(code)) return false;
  }
  return true;
}

bool ClauseRoles::OwnerParticiple(std::string_view u) {
  return u == "MADE" || u == "BUILT" || u == "PRODUCED" || u == "MANUFACTURED" || u == "OWNED" || u == "FLAGGED" ||
         u == "REGISTERED";
}

bool ClauseRoles::BorderAfter(size_t k) const {
  size_t n = w_.tokens.size();
  if (k >= n || !(w_.tokens[k].upper.starts_with("BORDER") || w_.tokens[k].upper.starts_with("FRONTIER"))) return false;
  constexpr uint64_t kEndsNoun = kPrep | kComma | kClauseEnd | kCoord | kCalendar | kSubord | kTo | kBy | kPlaceIntro | kRelative | kAdverb;
  return k + 1 >= n || !w_.tokens[k + 1].is_word || (TokenFlags(k + 1) & kEndsNoun) || w_.verb_at[k + 1] >= 0;
}

bool ClauseRoles::AfterPlaceWord(const Group& g) const {
  size_t b = g.begin;
  if (b > 0 && Word(b - 1) == d_.w_the) --b;
  return b > 0 && (TokenFlags(b - 1) & kPlaceIntro) != 0;
}

bool ClauseRoles::PeopleWithoutCountry(int g) const {
  const Group& group = w_.groups[g];
  if (group.members.size() != 1) return false;
  const Mention& m = w_.mentions[group.members[0]];
  return m.country == "---" && m.code.size() >= 6 && m.code.compare(0, 3, "---") == 0;
}

size_t ClauseRoles::WeaponAppositiveEnd(size_t comma, size_t limit) const {
  // ", a choking agent banned in war, into ...": an appositive with an article and no actor,
  // closed by a comma before a preposition of aim; the closing comma, else npos.
  const auto& tk = w_.tokens;
  if (comma + 2 >= limit || (tk[comma + 1].upper != "A" && tk[comma + 1].upper != "AN")) return std::string::npos;
  for (size_t k = comma + 2; k + 1 < limit && k < comma + 10; ++k) {
    if ((TokenFlags(k) & kClauseEnd) || w_.group_starting_at[k] >= 0) return std::string::npos;
    if (!(TokenFlags(k) & kComma)) continue;
    std::string_view next = tk[k + 1].upper;
    return next == "AGAINST" || next == "INTO" || next == "ON" || next == "AT" ? k : std::string::npos;
  }
  return std::string::npos;
}

bool ClauseRoles::PurposeOfAnAppositive(size_t b) const {
  // "signed an agreement to build a dam, a project meant to ease water shortages": the
  // infinitive says what the appositive's noun is for, no actor's act.
  for (size_t k = b, steps = 0; k > 1 && steps < 7; ++steps) {
    --k;
    if (TokenFlags(k - 1) & kComma) return (TokenFlags(k) & kDet) && k + 2 < b;
    const Token& t = w_.tokens[k];
    int vj = w_.verb_at[k];
    if (!t.is_word || t.capitalized || w_.group_ending_at[k + 1] >= 0 || (TokenFlags(k) & (kRelative | kClauseEnd)) ||
        (vj >= 0 && static_cast<size_t>(k) != b && !w_.verbs[vj].reduced))
      return false;
  }
  return false;
}

bool ClauseRoles::AfterASuperlativesNoun(size_t b) const {
  // "the strongest storm ever to strike the island", "the first ship to dock": an infinitive
  // after a superlative's plain noun has that noun (no actor) as its subject.
  if (b < 3 || !(TokenFlags(b - 1) & kTo)) return false;
  size_t n = b - 2;
  if (n > 1 && (w_.tokens[n].upper == "EVER" || w_.tokens[n].upper == "YET")) --n;
  const Token& noun = w_.tokens[n];
  std::string_view sup = w_.tokens[n - 1].upper;
  return noun.is_word && !noun.capitalized && w_.group_ending_at[n + 1] < 0 && w_.verb_at[n] < 0 &&
         ((sup.size() > 4 && sup.ends_with("EST")) || sup == "FIRST" || sup == "WORST") && noun.upper != "TIME";
}

}  // namespace tidings::extract
