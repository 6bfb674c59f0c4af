// What joins two actor groups into one compound ("A and B", "A, B and C", "A as well as B"),
// and what keeps them apart: an "and" that joins two clauses ("A attacked B and C criticized D").
#include <string_view>

#include "extract/mentions.h"

namespace tidings::extract {

bool MentionFinder::OpensMember(size_t p, const Group& nx) const {
  // Only before an actor with a country: "and neighbouring Egypt", "and a senior Iranian
  // official"; a plain noun ("and regional militias") opens no member of its own.
  if (w_.mentions[nx.members.front()].country == "---") return false;
  // (And "its ally Belarus", "its partners Britain and France": the relation, then the name.)
  static constexpr std::string_view kRelational[] = {"NEIGHBOURING", "NEIGHBORING", "RIVAL",   "ALLY",
                                                     "ALLIES",       "PARTNER",     "PARTNERS"};
  for (std::string_view word : kRelational) {
    if (w_.tokens[p].upper == word) return true;
  }
  // A verb's form never ("and visiting Ukraine", "and said Poland": two clauses, not two actors).
  const Token& t = w_.tokens[p];
  if (!t.is_word || t.capitalized || (TokenFlags(p) & kVerbForm)) return false;
  return (TokenFlags(p) & kModifier) || (PlainLowercaseWord(p) && LooksAdjectival(p));
}

bool MentionFinder::DescribesArmedMen(size_t p) const {
  // A count or a description before a member: "around 30", "heavily armed", "masked",
  // "unidentified", "foreign" (not a verb of its own: "and killed", "and said").
  const Token& t = w_.tokens[p];
  if (t.is_number || (TokenFlags(p) & kQuantity)) return true;
  if (!t.is_word || t.capitalized) return false;
  std::string_view u = t.upper;
  return (u.size() > 4 && u.ends_with("LY") && !(TokenFlags(p) & kVerbForm)) || u == "ARMED" || u == "MASKED" ||
         u == "UNIDENTIFIED" || u == "UNKNOWN" || u == "FOREIGN" || u == "ALLIED";
}

bool MentionFinder::Joined(const Group& cur, const Group& nx, bool* and_word) const {
  // and | , | , and | as well as | & (with an optional "the")
  const auto& tk = w_.tokens;
  size_t p = cur.end;
  if (p >= nx.begin) return false;
  bool conj = false;
  if (tk[p].upper == ",") {
    ++p;
    conj = true;
  }
  *and_word = false;
  if (p < nx.begin && (tk[p].upper == "AND" || tk[p].upper == "&")) {
    ++p;
    conj = *and_word = true;
  } else if (p + 2 < nx.begin + 1 && tk[p].upper == "AS" && p + 2 < tk.size() && tk[p + 1].upper == "WELL" &&
             tk[p + 2].upper == "AS") {
    p += 3;
    conj = *and_word = true;
  }
  if (conj && p < nx.begin && (Word(p) == d_.w_the || (TokenFlags(p) & kPossPron))) ++p;  // "and his counterpart"
  // "two Estonian journalists and a Latvian cameraman": an indefinite article too.
  if (conj && p < nx.begin && (tk[p].upper == "A" || tk[p].upper == "AN")) ++p;
  // "two Kenyan and three Ugandan journalists": a count may open the next member.
  for (int counted = 0; conj && p < nx.begin && counted < 3; ++counted) {
    if (!tk[p].is_number && (!(TokenFlags(p) & kQuantity) || tk[p].upper == "OF")) break;
    ++p;
  }
  // "the United Nations and neighbouring Egypt", "and a former Iranian diplomat": up to two
  // adjectives before a member that names a country (OpensMember).
  for (int adjectives = 0; conj && p < nx.begin && adjectives < 2 && OpensMember(p, nx); ++adjectives) ++p;
  // "federal troops and Amhara militias": a name that is no actor (a region) may open a member
  // whose agent has no country of its own; so may its description ("Kosovo police and around 30
  // heavily armed gunmen", "and masked gunmen").
  if (conj && p < nx.begin && w_.mentions[nx.members.front()].country == "---") {
    for (int names = 0; p < nx.begin && names < 2 && IsNameWord(p); ++names) ++p;
    for (int words = 0; p < nx.begin && words < 4 && DescribesArmedMen(p); ++words) ++p;
  }
  return conj && p == nx.begin;
}

bool MentionFinder::JoinsClauses(const Group& cur, const Group& nx) const {
  const auto& tk = w_.tokens;
  size_t before = cur.begin;
  if (before > 0 && Word(before - 1) == d_.w_the) --before;
  // (Past a count and its adjectives: "had detained two alleged spies, and Kyiv responded"; after
  // ", and" past the rest of the object phrase too: "... spies for Hungarian military
  // intelligence, and Kyiv swiftly responded".)
  const bool comma_and = nx.begin >= 2 && Word(nx.begin - 1) == d_.w_and && (TokenFlags(nx.begin - 2) & kComma);
  for (int steps = 0; steps < (comma_and ? 7 : 3) && before > 1 &&
                      !(TokenFlags(before - 1) & (kVerbForm | kDet | kCoord | kComma | kClauseEnd)) &&
                      (comma_and ? tk[before - 1].is_word
                                 : !(TokenFlags(before - 1) & kPrep) &&
                                       (tk[before - 1].is_number || (TokenFlags(before - 1) & (kTwo | kQuantity | kModifier)) ||
                                        PlainLowercaseWord(before - 1)));
       ++steps)
    --before;
  if (before == 0 || !tk[before - 1].is_word || !(TokenFlags(before - 1) & kVerbForm) || tk[before - 1].capitalized)
    return false;
  if (const std::vector<int32_t>* forms = d_.verbs.FormsOf(tk[before - 1].word)) {
    for (int32_t f : *forms) {
      const VerbForm& form = d_.verbs.form(f);
      const std::string& code = form.code.active.empty() ? d_.verbs.block(form.block).code.active : form.code.active;
      if (code.compare(0, 2, "01") == 0) return false;  // say, announce, claim ...
    }
  }
  size_t after = nx.end;
  while (after < tk.size() && ((TokenFlags(after) & kAdverb) ||
                               (!tk[after].capitalized && tk[after].upper.size() > 4 && tk[after].upper.ends_with("LY"))))
    ++after;
  return after < tk.size() && tk[after].is_word && (TokenFlags(after) & kVerbForm) && !tk[after].capitalized &&
         UnitAt(after).end == 0;
}

}  // namespace tidings::extract
