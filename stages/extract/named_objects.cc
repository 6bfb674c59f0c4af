// The object of an act named by a name no dictionary knows, and the appositive that says who
// that is: "shot dead Carlos Manzo, the mayor of Uruapan", "freed Olivier Grondeau, a Frenchman",
// "struck what Israel said were Hezbollah depots". Part of SentenceCoder.
#include "extract/sentence_coder.h"
#include "extract/violence_codes.h"

namespace tidings::extract {

int SentenceCoder::ObjectNamedAroundAName(size_t vi, int src, size_t limit, bool own_country) const {
  // "shot dead Carlos Manzo, the mayor of Uruapan", "granted asylum to Marcin Romanowski, a
  // former Polish deputy minister": the appositive of a name no dictionary knows; "struck what
  // Israel said were Hezbollah depots", "hit what Tehran called militant bases": what the target is said to be.
  size_t n = std::min(limit, w_.tokens.size());
  size_t k = w_.verbs[vi].end;
  // (Past a day: "granted political asylum on Friday to Jorge Glas, ...".)
  while (k < n && (w_.tokens[k].upper == "TO" || w_.tokens[k].upper == "ON" || w_.tokens[k].upper == "AGAINST" ||
                   (k > 0 && w_.tokens[k - 1].upper == "ON" && (TokenFlags(k) & kCalendar))))
    ++k;
  // Past the act's own noun phrase: "opened a criminal investigation into X, the ...", "filed
  // charges against X, a ..." (a few lower-case words, then "into" or "against").
  for (size_t q = k; q < n && q < k + 7; ++q) {
    std::string_view u = w_.tokens[q].upper;
    if ((u == "INTO" || u == "AGAINST") && q > k) {
      k = q + 1;
      break;
    }
    if (u == "ON" && q > k && q + 1 < n && (TokenFlags(q + 1) & kCalendar)) {  // "... on Thursday into"
      ++q;
      continue;
    }
    if (!w_.tokens[q].is_word || w_.tokens[q].capitalized || w_.group_starting_at[q] >= 0 || w_.verb_at[q] >= 0 ||
        (TokenFlags(q) & (kComma | kClauseEnd | kPrep)))
      break;
  }
  // A describing word before the described one ("the jailed leader", "a prominent journalist",
  // "the newly elected governor"): never a mark, a preposition or a clause's start.
  auto code = [&](int g) -> const std::string& { return w_.mentions[w_.groups[g].members.front()].code; };
  auto describing = [&](size_t q) {
    constexpr uint64_t kNot = kPrep | kSubord | kRelative | kCoord | kComma | kClauseEnd | kBe | kModal | kAux;
    return w_.tokens[q].is_word && !w_.tokens[q].capitalized && !(TokenFlags(q) & kNot) && w_.group_starting_at[q] < 0;
  };
  auto group_after = [&](size_t q) {
    // ("one of the country's best-known journalists": the one of them.)
    if (q + 1 < n && w_.tokens[q].upper == "ONE" && w_.tokens[q + 1].upper == "OF") q += 2;
    for (size_t words = 0; q < n && w_.group_starting_at[q] < 0; ++q) {
      if ((TokenFlags(q) & kDet) || w_.tokens[q].upper == "FORMER" || w_.tokens[q].upper == "SENIOR") continue;
      if (words < 2 && describing(q) && q + 1 < n && !(TokenFlags(q + 1) & kComma)) {
        ++words;
        continue;
      }
      break;
    }
    int g = q < n ? w_.group_starting_at[q] : -1;
    // "a former speaker of Ukraine's parliament": a title no dictionary holds, of the body it is in.
    if (g < 0 && q + 1 < n && Word(q) == d_.w_of && w_.tokens[q - 1].is_word && !w_.tokens[q - 1].capitalized) {
      size_t body = q + 1;
      if (Word(body) == d_.w_the) ++body;
      g = body < n ? w_.group_starting_at[body] : -1;
    }
    // "the commander of one of Tripoli's armed groups", "the leader of the opposition party": a
    // title of no country, the side it heads.
    if (g >= 0 && code(g).starts_with("---") && w_.groups[g].end + 1 < n && Word(w_.groups[g].end) == d_.w_of) {
      size_t of = w_.groups[g].end + 1;
      if (of + 1 < n && w_.tokens[of].upper == "ONE" && w_.tokens[of + 1].upper == "OF") of += 2;
      // (Past a place's name and adjectives: "one of Benghazi's largest armed groups".)
      for (size_t q2 = of; q2 < n && q2 < of + 5; ++q2) {
        if ((TokenFlags(q2) & (kComma | kClauseEnd | kPrep)) || w_.verb_at[q2] >= 0) break;
        if (int side = w_.group_starting_at[q2]; side >= 0) {
          if (ArmedSide(code(side)) || !code(g).ends_with("ELI")) g = side;  // (not "the former leader of": ELI)
          break;
        }
      }
    }
    // "the country's journalists": its people, not the country.
    if (g >= 0 && w_.groups[g].end < n && w_.tokens[w_.groups[g].end].word == d_.w_s && code(g).size() == 3) {
      size_t after = w_.groups[g].end + 1;
      while (after < n && describing(after) && after < w_.groups[g].end + 3) ++after;
      g = after < n ? w_.group_starting_at[after] : -1;
    }
    // Of the source's own country only as another organ ("a Tunisian court sentenced X, the
    // leader of the opposition"), never as the source itself.
    bool own = g >= 0 && SameCountry(src, g) && (!own_country || code(g).size() <= 3 || code(g) == code(src));
    return g >= 0 && g != src && !own ? g : -1;
  };
  if (k < n && w_.tokens[k].upper == "WHAT") {
    for (size_t q = k + 1; q + 1 < n && q < k + 8; ++q) {
      if (TokenFlags(q) & (kComma | kClauseEnd)) break;
      std::string_view u = w_.tokens[q].upper;
      if (u == "WERE" || u == "WAS" || u == "AS") return group_after(q + 1);
      if ((u == "CALLED" || u == "CALLS") && w_.tokens[k + 1].capitalized) return group_after(q + 1);  // what Tehran called
    }
    return -1;
  }
  size_t name = k;
  while (name < n && w_.group_starting_at[name] < 0 && !InsideGroup(name) && name < k + 5 &&
         ((w_.tokens[name].capitalized && w_.tokens[name].is_word) || (name > k && NameParticle(name))))
    ++name;
  if (name == k || name + 1 >= n || !(TokenFlags(name) & kComma)) return -1;
  return group_after(name + 1);
}

}  // namespace tidings::extract
