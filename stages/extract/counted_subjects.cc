// Subjects that open with a count, an adjective or a nationality (VerbFinder::SubjectBefore
// and InVerbPosition): "Hundreds of protesters stormed", "Angry protesters set fire",
// "Israeli forces killed", "Russian missiles hit".
#include <algorithm>
#include <initializer_list>

#include "extract/clauses.h"

namespace tidings::extract {

bool VerbFinder::CountedActorsOpenClause(size_t b, std::string_view code) const {
  // "Hundreds of protesters stormed", "Angry protesters set fire", "when 200 rioters cut": a
  // plural agent noun of force or protest after a count or a plain adjective that opens the
  // clause is its subject (not "military exercises", "with angry protesters", "the army's
  // elite soldiers"; nor crowds of residents or fans, whose act needs a named side).
  const auto& tk = w_.tokens;
  std::string_view word = tk[b].upper, role = code.substr(std::min<size_t>(3, code.size()));
  if (!(word == "POLICE" || (word.size() > 4 && word.back() == 'S' && word[word.size() - 2] != 'S')) ||
      !(role == "OPP" || role == "COP" || role == "MIL" || role == "REB" || role == "UAF" || role == "INS"))
    return false;
  size_t q = b;
  auto is = [&](size_t j, std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), std::string_view(tk[j].upper)) != words.end();
  };
  if (q >= 2 && tk[q - 1].upper == "OF" && is(q - 2, {"HUNDREDS", "THOUSANDS", "DOZENS", "SCORES"})) {
    q -= 2;
    if (q >= 2 && tk[q - 1].upper == "OF" && is(q - 2, {"TENS", "HUNDREDS"})) q -= 2;  // "tens of thousands of"
  } else if (q >= 1 && tk[q - 1].is_number) {
    --q;
    // (An approximate count: "some 200", "about 500", "more than 1,000".)
    if (q >= 1 && is(q - 1, {"SOME", "ABOUT", "AROUND", "NEARLY", "ALMOST", "OVER"})) --q;
    else if (q >= 2 && is(q - 1, {"THAN"}) && is(q - 2, {"MORE"})) q -= 2;
  } else if (q >= 1 && tk[q - 1].is_word && !tk[q - 1].joined && !tk[b].joined && w_.verb_at[q - 1] < 0 &&
             !InsideGroup(q - 1) && (!tk[q - 1].capitalized || q == 1) &&
             (TokenFlags(q - 1) & ~(kModifier | kAdverb)) == 0) {
    --q;  // one plain adjective ("angry", "masked"), no compound ("pro-independence")
  } else {
    return false;
  }
  // (A reported clause opens after "said": "Police said hundreds of protesters stormed".)
  return q == 0 || is(q - 1, {"WHEN", "AS", "AFTER", "BEFORE", "WHILE", "SAID", "SAYS", "SAY"});
}


bool VerbFinder::AfterActorsMeans(size_t p) const {
  // "Russian missiles hit a power plant", "Israeli jets pound Gaza": a plural noun right after
  // an actor is its means, and the subject of the base form after it (a past tense for verbs
  // like "hit", a present for the rest). The past forms need no such rule.
  if (p == std::string::npos || p == 0 || w_.group_ending_at[p] < 0) return false;
  const Token& t = w_.tokens[p];
  return t.is_word && !t.capitalized && !t.is_number && t.upper.size() > 3 && t.upper.back() == 'S' &&
         t.upper[t.upper.size() - 2] != 'S' && (TokenFlags(p) & ~(kModifier | kDictionaryFlags)) == 0;
}

bool VerbFinder::AfterSubjectsUnknownPlace(size_t p, const VerbForm& form) const {
  // "Protesters in Leh set fire to": a name no dictionary knows, after "in", "at" or "near"
  // and an actor that opens the clause, is where the actor is; the actor is the subject. (A
  // known place joins the actor: "Protesters in Delhi" is one phrase.)
  const auto& tk = w_.tokens;
  if (p == std::string::npos || p < 2 || !tk[p].capitalized || !tk[p].is_word || InsideGroup(p)) return false;
  size_t q = p;
  while (q > 0 && p - q < 3 && tk[q - 1].capitalized && tk[q - 1].is_word && !InsideGroup(q - 1)) --q;
  if (q < 2 || !(TokenFlags(q - 1) & kPlaceIntro) || w_.group_ending_at[q - 1] < 0) return false;
  const Group& g = w_.groups[w_.group_ending_at[q - 1]];
  bool opens_clause = g.begin == 0 || (TokenFlags(g.begin - 1) & (kComma | kClauseEnd)) != 0 ||
                      CountedActorsOpenClause(g.begin, w_.mentions[g.members.back()].code);
  return opens_clause && SubjectBefore(q - 2, form);
}

bool VerbFinder::AfterSubjectsWeapons(size_t p, const VerbForm& form) const {
  // "Israeli settlers armed with clubs beat two farmers": "armed with" and its plain nouns
  // describe the actor before them, the subject of the base form after.
  const auto& tk = w_.tokens;
  if (p == std::string::npos || p < 3 || !tk[p].is_word || tk[p].capitalized || InsideGroup(p)) return false;
  size_t q = p;
  while (q > 0 && p - q < 4 && tk[q].upper != "WITH") --q;
  if (tk[q].upper != "WITH" || q < 2 || (tk[q - 1].upper != "ARMED" && tk[q - 1].upper != "EQUIPPED")) return false;
  return w_.group_ending_at[q - 1] >= 0 && SubjectBefore(q - 2, form);
}

bool VerbFinder::DemonymAfterDeterminer(size_t p) const {
  const auto& tk = w_.tokens;
  if (p == std::string::npos || p == 0 || !tk[p].capitalized || !tk[p].is_word) return false;
  // (Past an adjective or two: "called the new British sanctions unjustified", "any new Israeli attack".)
  size_t d = p - 1;
  while (d > 0 && d + 3 > p && tk[d].is_word && !tk[d].capitalized && w_.verb_at[d] < 0 && !InsideGroup(d) &&
         (TokenFlags(d) & ~(kModifier | kAdverb | (kDictionaryFlags & ~kVerbForm))) == 0)
    --d;
  std::string_view det = tk[d].upper;
  // ("Qatar Condemns Israeli Strike On Doha": in a headline, a demonym right after the verb
  // opens its object.)
  // (Past a quoted adjective or two: "Qatar Condemns 'Cowardly' Israeli Attack".)
  size_t v = p - 1;
  while (w_.headline && v > 0 && v + 4 > p && w_.verb_at[v] < 0 && !InsideGroup(v) &&
         (!tk[v].is_word ? tk[v].upper == "'" || tk[v].upper == "\""
                         : (TokenFlags(v) & ~(kModifier | kAdverb | (kDictionaryFlags & ~kVerbForm))) == 0))
    --v;
  bool headline_object = w_.headline && w_.verb_at[v] >= 0 && w_.verbs[w_.verb_at[v]].finite;
  bool opens = det == "THE" || det == "A" || det == "AN" || det == "ANY" || det == "ANOTHER";
  if (!headline_object && (w_.headline || !opens || tk[d].capitalized)) return false;
  const int g = w_.group_ending_at[p + 1];
  if (g < 0 || w_.groups[g].begin != p) return false;
  // A country's name is in the gazetteer ("the Philippines says"); its adjective is not.
  auto word_at = [&](size_t j) { return tk[j].word; };
  return d_.gazetteer.trie().Longest(p, p + 1, word_at).end != p + 1;
}

bool VerbFinder::BareDemonymBefore(size_t p) const {
  // "brushed aside Azerbaijani claims that ...", "rejected Chinese reports of": a nationality
  // adjective alone names no one who could "claim" in the singular, so a claim, report or
  // request after it is the plural noun it modifies (InVerbPosition). (A country or capital, "Russia claims", "Beijing says", is a
  // gazetteer name; "Hamas says" codes more than a country, "Reuters reports" no country.)
  const auto& tk = w_.tokens;
  if (p == std::string::npos || w_.headline || !tk[p].capitalized || !tk[p].is_word) return false;
  const int g = w_.group_ending_at[p + 1];
  if (g < 0 || w_.groups[g].begin != p || w_.groups[g].members.size() != 1) return false;
  const Mention& m = w_.mentions[w_.groups[g].members[0]];
  if (m.code.size() != 3 || m.code != m.country || m.resolved || !d_.gazetteer.IsCountry(m.code)) return false;
  auto word_at = [&](size_t j) { return tk[j].word; };
  return d_.gazetteer.trie().Longest(p, p + 1, word_at).end != p + 1;
}

bool VerbFinder::MeansOfADemonym(size_t p, size_t e) const {
  // "Israeli forces killed", "Russian forces captured": with agents that lack "forces", the
  // plural after a nationality adjective is its means, and the past form after it the verb;
  // "shelled Russian positions": after a finite verb the two are its object.
  // Not after a country's name ("Iran forces out ..."): the gazetteer names countries, not
  // their adjectives.
  const auto& tk = w_.tokens;
  if (p == std::string::npos || !tk[p].capitalized || e >= tk.size() || tk[e].capitalized) return false;
  auto word_at = [&](size_t j) { return tk[j].word; };
  PhraseTrie::Match place = d_.gazetteer.trie().Longest(p, p + 1, word_at);
  if (place.end == p + 1) return false;
  // "shelled Russian positions": the object of the finite verb just before.
  const int g = w_.group_ending_at[p + 1];
  if (g >= 0 && !w_.verbs.empty() && w_.verbs.back().finite && w_.verbs.back().end == w_.groups[g].begin) return true;
  size_t b = 0, end = 0;
  int32_t f = FormAt(e, &b, &end);
  if (f < 0 || b != e) return false;
  VerbForm::Inflection in = d_.verbs.form(f).inflection;
  return in == VerbForm::kPast || in == VerbForm::kIrregular;
}

}  // namespace tidings::extract
