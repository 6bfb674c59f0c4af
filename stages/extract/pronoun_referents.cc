// Who a pronoun of a sentence is, from the sentence itself: an object pronoun after another actor
// of its sentence ("radioed two ships, telling them to leave"), one person of a mention, a region
// named as a place, a list of countries before "they", the subject of a clause that is no pronoun's
// referent, and the place just named that a clause's "it" is not. Part of MentionFinder
// (mentions.h); the pronouns themselves are resolved in references.cc.
#include <array>
#include <string>

#include "extract/mentions.h"

namespace tidings::extract {

bool MentionFinder::ObjectOfThisSentence(size_t i, const std::string& word) {
  // "radioed two Chinese coast guard ships, telling them to leave": an object pronoun after
  // another actor of its own sentence than the first (its subject) is that actor.
  // ("summoned Russia's charge d'affaires ... and told him": the same for one person.)
  if (w_.mentions.size() < 2) return false;
  // (Past a region named as a place: "detained fishermen in the South China Sea, accusing
  // them".)
  // ("him" is the last person: "sanctioned billionaire X, the founder of the Y party, accusing him".)
  bool one = word != "THEM";
  auto lm = w_.mentions.rbegin();
  while (lm + 1 != w_.mentions.rend() && (RegionAsPlace(*lm) || (one && !OnePerson(*lm)))) ++lm;
  const Mention& last = *lm;
  // An office holder, former or not ("demanded that Attorney General X resign, accusing her";
  // not "escorted him" of an opposition leader).
  auto official = [](const std::string& c) {
    return c.size() >= 6 && (c.compare(3, 3, "ELI") == 0 || c.compare(3, 3, "GOV") == 0 || c.compare(3, 3, "JUD") == 0);
  };
  // (Or people with no country yet: "suspended talks with the guerrillas, accusing them".)
  bool people = last.country == "---" && last.agent && (!last.person || (one && official(last.code)));
  // One person of the subject's own country but another organ of it ("Sri Lankan police
  // questioned former President X and arrested him") is no reflexive.
  const Mention& front = w_.mentions.front();
  bool other = last.country != front.country || (one && last.code != front.code && official(last.code));
  if (last.end <= i && (last.country != "---" || people) && last.code.size() > 3 && (!one || OnePerson(last)) && other) {
    AddSingle(i, i + 1, last.code, last.country, last.person || one,
              explaining() ? "pronoun '" + word + "' -> this sentence's " + last.code : std::string());
    return true;
  }
  return false;
}

bool MentionFinder::OnePerson(const Mention& m) const {
  // A named person, or one office holder: "Belarus's charge d'affaires", not "the ministry" or
  // "diplomats".
  if (m.person) return true;
  if (!m.agent || m.end == 0) return false;
  // The head noun is before a place the phrase takes in: "a court in Sarajevo" is a court.
  size_t last = m.end - 1;
  for (size_t k = m.begin + 1; k < m.end; ++k) {
    if (TokenFlags(k) & kPrep) {
      last = k - 1;
      break;
    }
  }
  std::string_view head = w_.tokens[last].upper;
  if (head.ends_with("S") && head != "D'AFFAIRES") return false;
  return !InstitutionUpper(head);
}

bool MentionFinder::RegionAsPlace(const Mention& m) const {
  if (m.code.size() != 3 || d_.gazetteer.size() == 0 || d_.gazetteer.IsCountry(m.code) || m.begin == 0) return false;
  size_t p = m.begin - 1;
  if (p > 0 && Word(p) == d_.w_the) --p;
  std::string_view u = w_.tokens[p].upper;
  return u == "IN" || u == "OFF" || u == "NEAR" || u == "ACROSS" || u == "INTO" || u == "AT";
}

bool MentionFinder::CountryListBefore(size_t i) {
  // "Mali, Burkina Faso and Niger announced that they were leaving": a list of countries
  // joined by commas and "and" earlier in this sentence.
  std::array<std::string_view, ArticleContext::kMaxCountries> countries;
  size_t n = 0, next_begin = 0;  // where the member after this one starts
  bool joined_by_and = false;
  for (auto m = w_.mentions.rbegin(); m != w_.mentions.rend() && n < countries.size(); ++m) {
    if (m->end > i) continue;
    if (m->code.size() != 3 || m->country == "---") break;
    if (n > 0) {  // only "," and "and" between this member and the one after it
      bool plain = m->end < next_begin;
      for (size_t k = m->end; plain && k < next_begin; ++k) {
        plain = w_.tokens[k].upper == "," || w_.tokens[k].upper == "AND";
        joined_by_and = joined_by_and || w_.tokens[k].upper == "AND";
      }
      if (!plain) break;
    }
    next_begin = m->begin;
    countries[n++] = m->country;
  }
  if (n < 2 || !joined_by_and) return false;
  // Copies: the views point into the mentions AddCountryGroup appends to.
  std::array<std::string, ArticleContext::kMaxCountries> owned;
  for (size_t c = 0; c < n; ++c) owned[c] = std::string(countries[n - 1 - c]);
  for (size_t c = 0; c < n; ++c) countries[c] = owned[c];
  AddCountryGroup(i, i + 1, countries.data(), n, "",
                  explaining() ? "pronoun '" + std::string(w_.tokens[i].upper) + "' -> the countries named together" : "");
  return true;
}

const KnownActor* MentionFinder::NotTheClauseSubject(size_t i, const KnownActor* k) const {
  // PETRARCH2's binding: a pronoun that is a verb's object ("Veloria said Quenmar attacked
  // it") is not that verb's subject, which a reflexive would be; it is the actor named before.
  const auto& tk = w_.tokens;
  if (i == 0 || !tk[i - 1].is_word || tk[i - 1].capitalized || !(TokenFlags(i - 1) & kVerbForm)) return k;
  // "said he had urged": the pronoun is the subject of a clause of its own.
  if (i + 1 < tk.size() && (TokenFlags(i + 1) & (kVerbForm | kAux | kModal | kBe))) return k;
  if (w_.mentions.empty()) return k;
  const Mention& last = w_.mentions.back();
  size_t between = last.end;
  while (between < i - 1 && (TokenFlags(between) & (kAdverb | kAux | kModal | kNeg | kBe))) ++between;
  // "Saar hit back within hours, accusing him of": a participle after a comma has the
  // sentence's subject for its own, when the sentence named no one else before it.
  bool participle = between != i - 1 && i >= 2 && tk[i - 1].upper.ends_with("ING") && (TokenFlags(i - 2) & kComma);
  for (const Mention& m : w_.mentions) participle = participle && (m.end > i || m.code == k->code);
  if ((between != i - 1 && !participle) || last.code != k->code) return k;
  for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend(); ++it) {
    if (it->person == k->person && !it->country.empty() && it->code != k->code) return &*it;
  }
  return k;
}

const KnownActor* MentionFinder::NotThePlaceNamed(size_t i, const KnownActor* k) const {
  // "China fired missiles into waters around Taiwan as it launched drills", "Iran seized a
  // tanker near Oman after it accused Washington": "it" as a clause's subject is not the
  // country just named as a place, but the sentence's subject.
  if (i == 0 || i + 1 >= w_.tokens.size() || !(TokenFlags(i + 1) & (kVerbForm | kAux | kModal | kBe))) return k;
  // (Only after a word that opens a clause of time or reason, which follows the main one.)
  std::string_view opens = w_.tokens[i - 1].upper;
  if (opens != "AS" && opens != "AFTER" && opens != "WHILE" && opens != "WHEN" && opens != "BEFORE" &&
      opens != "BECAUSE" && opens != "SINCE" && opens != "UNTIL" && opens != "ALTHOUGH")
    return k;
  auto place = [&](size_t b) {
    std::string_view u = b > 0 ? std::string_view(w_.tokens[b - 1].upper) : std::string_view();
    return NamedAsPlace(b) || u == "AROUND" || u == "OFF" || u == "OVER";
  };
  // The last actor before "it" is that place; the sentence's first actor is its subject.
  const Mention* last = nullptr;
  for (const Mention& m : w_.mentions) {
    if (m.end <= i) last = &m;
  }
  if (last == nullptr || last->code != k->code || last->person || !place(last->begin)) return k;
  const Mention& m = w_.mentions.front();
  if (&m == last || m.end > i) return k;
  // (Not a word before a noun, nor a person or agent: "an Israeli strike", "Chinese warships".)
  const Token& next = w_.tokens[m.end];
  bool modifier = next.is_word && !next.capitalized && !(TokenFlags(m.end) & kVerbForm);
  bool object = m.begin > 0 && (TokenFlags(m.begin - 1) & kPrep);
  if (m.person || m.agent || modifier || object || m.code.size() < 3 || m.country == "---" || m.code == k->code ||
      place(m.begin))
    return k;
  for (auto it = ctx_.recent.rbegin(); it != ctx_.recent.rend(); ++it) {
    if (!it->person && it->code == m.code) return &*it;
  }
  return k;
}

}  // namespace tidings::extract
