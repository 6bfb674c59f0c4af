// Where a verb's object cannot lie: past words that open an adjunct of time or concession
// ("after", "despite", "since last month's clashes") or a clause of its own ("as Donald Trump
// looked on"), or a reason ("on the advice of", "for spying"). Part of ClauseRoles; ObjectOf
// (clauses.cc) stops at them.
#include "extract/clauses.h"

#include <algorithm>
#include <iterator>

namespace tidings::extract {

bool ClauseRoles::AdjunctOpening(size_t k) const {
  std::string_view w = w_.tokens[k].upper;
  if (w == "AFTER" || w == "BEFORE" || w == "UNTIL" || w == "DESPITE" || w == "WHILE" || w == "WHEREAS" || w == "AMID")
    return true;
  // "spoke by phone for the first time since last month's clashes with Pakistan": what "since"
  // names is before the act. ("held talks since March between A and B": a date is no adjunct
  // of its own.)
  if (w != "SINCE" || k + 1 >= w_.tokens.size()) return false;
  const Token& next = w_.tokens[k + 1];
  return !next.is_number && !(TokenFlags(k + 1) & kCalendar);
}

bool ClauseRoles::AsClauseOpening(size_t k) const {
  // "signed a peace agreement on Friday as Donald Trump looked on": "as" before an actor and its
  // verb opens a clause of its own (not "such as Iran", "as well as Russia", "as Belarus's
  // president").
  size_t n = w_.tokens.size();
  if (w_.tokens[k].upper != "AS" || k == 0 || k + 1 >= n || w_.tokens[k - 1].upper == "SUCH" ||
      w_.tokens[k + 1].upper == "WELL")
    return false;
  size_t b = Word(k + 1) == d_.w_the ? k + 2 : k + 1;
  int g = b < n ? w_.group_starting_at[b] : -1;
  if (g < 0) return PlainNounClauseAfterAs(b);
  size_t e = w_.groups[g].end;
  while (e < n && (TokenFlags(e) & kAdverb)) ++e;
  if (e >= n) return false;
  const Token& t = w_.tokens[e];
  return w_.verb_at[e] >= 0 || (TokenFlags(e) & (kBe | kAux | kModal)) ||
         (t.is_word && !t.capitalized && t.upper.size() > 3 && t.upper.ends_with("ED"));
}

bool OpensReason(const Dictionaries& d, const std::vector<Token>& tokens, size_t k) {
  // "stayed silent on the advice of his lawyers", "opened fire on the orders of a commander":
  // whose counsel or command an act follows is no party to it.
  if (k + 3 < tokens.size() && (tokens[k].upper == "ON" || tokens[k].upper == "AT") && tokens[k + 1].upper == "THE" &&
      tokens[k + 3].upper == "OF") {
    static constexpr std::string_view kCounsel[] = {"ADVICE", "ORDERS", "ORDER", "INSTRUCTIONS", "INSTRUCTION",
                                                    "URGING", "BEHEST", "COMMAND"};
    std::string_view c = tokens[k + 2].upper;
    if (std::find(std::begin(kCounsel), std::end(kCounsel), c) != std::end(kCounsel)) return true;
  }
  if (k + 1 >= tokens.size() || tokens[k].upper != "FOR") return false;
  // ("for allegedly poaching in Sri Lankan waters": an adverb before the act, which any -ING
  // word then names.)
  bool adverb = k + 2 < tokens.size() && tokens[k + 1].is_word && !tokens[k + 1].capitalized &&
                tokens[k + 1].upper.size() > 4 && tokens[k + 1].upper.ends_with("LY");
  const Token& t = tokens[adverb ? k + 2 : k + 1];
  std::string_view u = t.upper;
  return t.is_word && !t.capitalized && u.size() > 5 && u.substr(u.size() - 3) == "ING" &&
         (adverb || (d.Flags(t.word) & kVerbForm));
}

bool ClauseRoles::PlainNounClauseAfterAs(size_t b) const {
  // "signed an agreement on Tuesday as talks with Ethiopia stalled", "as fighting raged": a plain
  // plural noun after "as", then a past tense in its clause before any comma.
  const size_t n = w_.tokens.size();
  // (Not an adjective ending in -ss after a verb: "dismissed as baseless US allegations that".)
  if (b >= n || b < 2) return false;
  const std::string_view u = w_.tokens[b].upper;
  if (!w_.tokens[b].is_word || w_.tokens[b].capitalized || !u.ends_with("S") || u.ends_with("SS") ||
      (TokenFlags(b) & ~kDictionaryFlags) != 0 || w_.verb_at[b] >= 0 || w_.verb_at[b - 2] >= 0)
    return false;
  for (size_t e = b + 1; e < n && e < b + 10; ++e) {
    if (TokenFlags(e) & (kComma | kClauseEnd)) return false;
    const Token& t = w_.tokens[e];
    if (w_.verb_at[e] >= 0 || (TokenFlags(e) & (kBe | kAux | kModal)) ||
        (t.is_word && !t.capitalized && t.upper.size() > 3 && t.upper.ends_with("ED")))
      return true;
  }
  return false;
}

}  // namespace tidings::extract
