// Parentheticals and appositives between a subject and its verb ("Ilham Aliyev, Azerbaijan's
// president, accused ...", "Mexico's foreign minister, in a letter to ..., rejected"): where
// one opens, how far a title reaches, and the title of a name no dictionary knows.
#include "extract/clauses.h"

namespace tidings::extract {

size_t ClauseRoles::ParentheticalStart(size_t close) const {
  for (size_t c = close; c > 0 && c + 30 > close;) {
    --c;
    uint64_t f = TokenFlags(c);
    if (f & kClauseEnd) return std::string::npos;
    if (!(f & kComma)) continue;
    // The nearest comma before opens it, right after an actor (or a description of a name no
    // dictionary knows: "Safaricom's M-Pesa, the mobile money service often called Africa's
    // first killer app, has stormed": no actor acts).
    // (A "who" or "which" clause is one wherever it opens: "Kaja Kallas, the European Union's
    // foreign policy chief, who has pressed Tbilisi ..., condemned".)
    // (Not after a name no dictionary knows, which the clause may be all there is to tell:
    // "Edgard Leblanc Fils, who chairs Haiti's Transitional Presidential Council, appealed".)
    const bool opens_relative = c > 0 && c + 1 < close && (TokenFlags(c + 1) & kRelative) &&
                                Word(c + 1) != d_.w_that && w_.verb_at[c + 1] < 0 && w_.tokens[c - 1].is_word &&
                                !w_.tokens[c - 1].capitalized;
    if ((w_.group_ending_at[c] < 0 && !opens_relative) || c + 1 >= close) {
      bool named = false;  // (only a description naming what it is: "often called", "dubbed")
      for (size_t k = c + 1; k < close; ++k) {
        std::string_view u = w_.tokens[k].upper;
        named |= w_.verb_at[k] >= 0 && (u == "CALLED" || u == "DUBBED" || u == "NICKNAMED" || u == "BILLED");
      }
      bool described = named && c > 0 && c + 1 < close && w_.tokens[c - 1].is_word && w_.tokens[c - 1].capitalized &&
                       DescriptionReaches(c + 1, close);
      return described ? c : std::string::npos;
    }
    size_t first = c + 1;
    bool relative = (TokenFlags(first) & kRelative) && Word(first) != d_.w_that;
    int vj = w_.verb_at[first];
    std::string_view head = vj >= 0 ? w_.tokens[w_.verbs[vj].head].upper : std::string_view();
    bool participle = vj >= 0 && (w_.verbs[vj].passive || (head.size() > 4 && head.substr(head.size() - 3) == "ING"));
    // (So is one no dictionary codes: "Javier Milei, addressing Israel's parliament on
    // Wednesday, promised".)
    const std::string_view word = w_.tokens[first].upper;
    participle = participle || (vj < 0 && w_.tokens[first].is_word && !w_.tokens[first].capitalized &&
                                word.size() > 5 && word.ends_with("ING") && w_.group_ending_at[c] >= 0);
    size_t q = first;
    if (TokenFlags(q) & kDet) ++q;
    int g = w_.group_starting_at[q];
    bool appositive = g >= 0 && AppositiveReaches(w_.groups[g].end, close);
    // "Mexico's foreign minister, in a letter to her US counterpart, rejected ...".
    bool prepositional = (TokenFlags(first) & kPrep) != 0;
    return relative || participle || appositive || prepositional || DescriptionReaches(first, close) ||
                   AttributionReaches(first, close) || StateReaches(first, close)
               ? c
               : std::string::npos;
  }
  return std::string::npos;
}

bool ClauseRoles::DescriptionReaches(size_t first, size_t close) const {
  // "Jordan's King Abdullah, a close U.S. ally, criticised ...", "Viktor Orban, a longtime
  // Kremlin ally, blocked ...", "X, the head of the U.N. nuclear watchdog, said": an article and
  // a short noun phrase (an actor inside it, or "of" one) describe the actor before the comma.
  // An actor's name counts as one word: "this year's chair of the Association of Southeast Asian
  // Nations".
  if (!(TokenFlags(first) & kDet) || (TokenFlags(first) & kPossPron) || Word(first) == d_.w_s || close < first + 2)
    return false;
  size_t words = 1, reach = 9;
  for (size_t k = first + 1; k < close; ++k, ++words) {
    // (A name given it is part of the description: "the mobile money service often called
    // Africa's first killer app".)
    std::string_view u = w_.tokens[k].upper;
    if (w_.verb_at[k] >= 0 && (u == "CALLED" || u == "DUBBED" || u == "NICKNAMED" || u == "BILLED")) {
      reach = 13;
      continue;
    }
    if (w_.verb_at[k] >= 0 || (TokenFlags(k) & (kComma | kClauseEnd | kRelative | kSubord | kCoord)) ||
        ((TokenFlags(k) & kPrep) && w_.tokens[k].upper != "OF"))
      return false;
    if (int g = w_.group_starting_at[k]; g >= 0 && w_.groups[g].end <= close) k = w_.groups[g].end - 1;
  }
  return words <= reach;
}

bool ClauseRoles::StateReaches(size_t first, size_t close) const {
  // "Polish farmers, angry at EU climate rules, dumped ...", "Hungary, wary of Moscow, ...": an
  // adjective and its preposition or infinitive describe the actor before the comma.
  const Token& t = w_.tokens[first];
  if (close > first + 12 || close < first + 3 || !t.is_word || t.capitalized || w_.verb_at[first] >= 0 ||
      (TokenFlags(first) & ~kDictionaryFlags) != 0 || !(TokenFlags(first + 1) & (kPrep | kTo)))
    return false;
  for (size_t k = first + 1; k < close; ++k) {
    if ((TokenFlags(k) & (kComma | kClauseEnd | kRelative | kSubord)) ||
        (w_.verb_at[k] >= 0 && !w_.verbs[w_.verb_at[k]].infinitive))
      return false;
  }
  return true;
}

bool ClauseRoles::AttributionReaches(size_t first, size_t close) const {
  // "Russia, Ukraine's foreign ministry said, had shelled Kharkiv", "Hamas, Israeli officials
  // said on Monday, had fired ...": an actor and a verb of saying, then only a date or adverbs.
  // Right after the sentence's opening subject: no verb before it (", X said on Tuesday,
  // provided ..." after a clause is that clause's attribution).
  for (size_t k = 0; k < first; ++k) {
    if (w_.verb_at[k] >= 0) return false;
  }
  int g = w_.group_starting_at[first];  // (a group may open with its article: "its foreign minister")
  if (g < 0 && (TokenFlags(first) & kDet) && first + 1 < close) g = w_.group_starting_at[first + 1];
  if (g < 0 || w_.groups[g].end >= close) return false;
  int vj = w_.verb_at[w_.groups[g].end];
  if (vj < 0 || d_.verbs.block(d_.verbs.form(w_.verbs[vj].form).block).name != "SAY") return false;
  for (size_t k = w_.verbs[vj].end; k < close; ++k) {
    if (!(TokenFlags(k) & (kAdverb | kCalendar)) && w_.tokens[k].upper != "ON") return false;
  }
  return true;
}

bool ClauseRoles::AppositiveReaches(size_t end, size_t close) const {
  if (end == close) return true;
  // "Viktor Orban, the Hungarian prime minister whose government holds ...,": the appositive's
  // own relative clause runs to the comma.
  if ((TokenFlags(end) & kRelative) && w_.verb_at[end] < 0) return true;
  // "Hakan Fidan, Turkey's foreign minister and a former intelligence chief,": two titles; the
  // second may name what its holder heads after an article ("Azerbaijan's president and the
  // host of this year's U.N. climate summit,"), no actor at its end needed.
  if (Word(end) != d_.w_and || end + 1 >= close) return false;
  bool title_of = (TokenFlags(end + 1) & kDet) && !(TokenFlags(end + 1) & kPossPron);
  if (w_.group_ending_at[close] < 0 && !title_of) return false;
  for (size_t k = end + 1; k < close; ++k) {
    bool of = title_of && w_.tokens[k].upper == "OF";
    if (w_.verb_at[k] >= 0 || (TokenFlags(k) & (kComma | kRelative | kClauseEnd)) || ((TokenFlags(k) & kPrep) && !of))
      return false;
  }
  return true;
}

int ClauseRoles::AppositiveOfUnknownName(size_t close) const {
  // "Mohamed Muizzu, the Maldivian president who came to power ..., asked India": a name no
  // dictionary knows opens the sentence; its appositive says who acts.
  size_t c = 0;
  while (c < close && c < 5 && w_.tokens[c].is_word && w_.tokens[c].capitalized && w_.verb_at[c] < 0 &&
         w_.group_starting_at[c] < 0)
    ++c;
  if (c < 2 || c >= close || !(TokenFlags(c) & kComma) || ParentheticalStart(close) != std::string::npos) return -1;
  for (size_t k = c + 1; k < close; ++k) {
    if (TokenFlags(k) & (kComma | kClauseEnd)) return -1;
  }
  size_t q = c + 1;
  if (TokenFlags(q) & kDet) ++q;
  int g = w_.group_starting_at[q];
  return g >= 0 && AppositiveReaches(w_.groups[g].end, close) ? g : -1;
}

}  // namespace tidings::extract
