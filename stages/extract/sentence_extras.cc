#include "extract/sentence_extras.h"

#include <algorithm>

#include "extract/clauses.h"

namespace tidings::extract {

namespace {

// PETRARCH-1's documented reading: " " + phrase found in the text, its last word a stem unless
// the phrase ends in '_' (then that word must end at a blank or punctuation mark). The
// phrase starts a blank-separated word, so not one glued to an opening bracket or quote.
int32_t FindDiscardStem(const Dictionaries& d, const std::vector<Token>& tk) {
  for (size_t i = 0; i < tk.size(); ++i) {
    if (!tk[i].is_word || (i > 0 && !tk[i - 1].is_word && tk[i - 1].end == tk[i].begin)) continue;
    uint32_t node = PhraseTrie::kRoot;
    for (size_t j = i; j < tk.size() && tk[j].is_word; ++j) {
      int32_t hit = d.discards.StemAt(node, tk[j].upper);
      if (hit >= 0) return hit;
      node = d.discards.trie().Child(node, tk[j].word);
      if (node == PhraseTrie::kNone) break;
    }
  }
  return -1;
}

}  // namespace

int32_t FindDiscard(const Dictionaries& d, const std::vector<Token>& tk) {
  auto word_at = [&](size_t j) { return tk[j].word; };
  // PETRARCH2 compares the phrase with the sentence's blank-separated words: "months ago,"
  // is not "MONTHS AGO" (reported news still says when someone was arrested), "the 1994
  // genocide" is "1994". A word glued to punctuation on either side does not match.
  auto glued = [&](size_t b, size_t e) {
    bool before = b > 0 && !tk[b - 1].is_word && tk[b - 1].end == tk[b].begin;
    bool after = e < tk.size() && !tk[e].is_word && tk[e].begin == tk[e - 1].end;
    return before || after;
  };
  if (d.discard_stems) return FindDiscardStem(d, tk);
  for (size_t i = 0; i < tk.size(); ++i) {
    if (!(d.Flags(tk[i].word) & kDiscardStart)) continue;
    int32_t hit = -1;
    d.discards.trie().ForEachMatch(i, tk.size(), word_at, [&](int32_t v, size_t end) {
      if (v < 0 || glued(i, end)) return true;
      hit = v;
      return false;
    });
    if (hit >= 0) return hit;
  }
  return -1;
}

std::vector<std::string> FindIssues(const Dictionaries& d, const std::vector<Token>& tk) {
  std::vector<std::string> issues;
  bool ignore = false;
  auto word_at = [&](size_t j) { return tk[j].word; };
  for (size_t i = 0; i < tk.size(); ++i) {
    if (!(d.Flags(tk[i].word) & kIssueStart)) continue;
    d.issues.trie().ForEachMatch(i, tk.size(), word_at, [&](int32_t v, size_t) {
      if (v == IssueList::kIgnore) {
        ignore = true;
      } else if (v >= 0 && std::find(issues.begin(), issues.end(), d.issues.code(v)) == issues.end()) {
        issues.push_back(d.issues.code(v));
      }
      return true;
    });
  }
  if (ignore) issues.clear();
  return issues;
}

namespace {

// "north", "southwest" ...
bool IsCompassPoint(std::string_view w) {
  for (std::string_view p : {"NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST"}) {
    if (w == p) return true;
  }
  return false;
}

// "northern", "southeastern", "western" ...
bool IsAreaWord(std::string_view w) {
  return w == "PROVINCE" || w == "REGION" || w == "STATE" || w == "DISTRICT" || w == "GOVERNORATE" ||
         w == "PREFECTURE" || w == "COUNTY" || w == "OBLAST" || w == "COAST" || w == "COASTS" || w == "WATERS";
}


// A whole place name starting at a capitalised token: the place, where the name ends, and
// whether a designator follows it ("Borno state", "Idlib Province"). Null when no name starts
// there, or the name is a fragment of a longer capitalised one ("Georgia Tech", "Union Pacific",
// "Washington State University").
struct PlaceName {
  const Place* place = nullptr;
  size_t end = 0;
  bool designated = false;
};

using CountryFilter = std::function<bool(std::string_view)>;

PlaceName MatchPlaceName(const Dictionaries& d, const std::vector<Token>& tk, size_t i, const CountryFilter& in_context) {
  auto name_word = [&](size_t k) { return k < tk.size() && tk[k].is_word && tk[k].capitalized && !tk[k].is_number; };
  auto word_at = [&](size_t j) { return tk[j].word; };
  PhraseTrie::Match found = d.gazetteer.trie().Longest(i, tk.size(), word_at);
  if (found.end == 0) return {};
  PlaceName name{&d.gazetteer.place(found.value), found.end, false};
  if (d.gazetteer.Contested(found.value)) {
    name.place = in_context ? d.gazetteer.Settle(found.value, in_context) : nullptr;
    if (name.place == nullptr) return {};
  }
  name.designated = name.place->kind != Place::kCountry && found.end < tk.size() &&
                    (d.Flags(tk[found.end].word) & kPlaceDesignator);
  // The capitalised word before must not continue the name; a sentence-initial "The" or "In"
  // is a determiner or preposition, not part of it.
  size_t after = name.designated ? found.end + 1 : found.end;
  bool initial_function_word = i == 1 && (d.Flags(tk[0].word) & (kDet | kPlaceIntro));
  if (name_word(after) || (i > 0 && name_word(i - 1) && !initial_function_word)) return {};
  // "Idlib province" is the governorate, not the city of the same name.
  if (name.designated && name.place->kind != Place::kProvince) {
    const Place* province = d.gazetteer.ProvinceNamedLike(found.value);
    if (province != nullptr && name.place == &d.gazetteer.place(found.value)) name.place = province;
  }
  return name;
}

// What comes before a place name at token i: an introducing word ("in Kabul", "in northeastern
// Nigeria", "in north-eastern Nigeria", "across southern Peru", "southwest of Baghdad", "in the
// Ituri province", "off the coast of Somalia"), a
// possessive ("Nigeria's Kaduna state", "the country's southwestern Balochistan province"), and
// whether it is where someone goes ("sent troops to Mozambique's Cabo Delgado province"): the
// troops sent there are not that country's.
struct PlaceLead {
  bool intro = false;
  bool possessive = false;
  bool destination = false;
  bool bound_for = false;
};

PlaceLead LeadOf(const Dictionaries& d, const std::vector<Token>& tk, size_t i, size_t end, const Place& place,
                 bool designated) {
  size_t before = i;
  // A compass adjective may come between, and "the" before a designated province.
  if (before > 1 && !tk[before - 1].capitalized && IsCompassWord(tk[before - 1].upper)) {
    --before;
    // "north-eastern": the first half of the hyphenated word too.
    if (before > 1 && tk[before].joined && IsCompassPoint(tk[before - 1].upper)) --before;
  }
  // A province or region may take "the" too ("in the Niger Delta", "in the Donbas").
  // So do countries whose names are plural or a phrase: "in the Philippines", "in the
  // Central African Republic's southwest".
  bool the_country = place.kind == Place::kCountry && (end > i + 1 || tk[end - 1].upper.ends_with("S"));
  bool the_ok = designated || place.kind == Place::kProvince || the_country;
  if (the_ok && before > 1 && tk[before - 1].word == d.w_the) --before;
  PlaceLead lead;
  lead.intro = before > 0 && (d.Flags(tk[before - 1].word) & kPlaceIntro);
  lead.intro = lead.intro || (before > 1 && tk[before - 1].upper == "OF" && IsCompassPoint(tk[before - 2].upper));
  // "in the Ituri province of Congo", "the Idlib region of Syria": the country of an area the
  // gazetteer may not know.
  lead.intro = lead.intro || (before > 1 && tk[before - 1].upper == "OF" && IsAreaWord(tk[before - 2].upper));
  // "the airport of Goma", "the outskirts of Kherson": a town after "of".
  lead.intro = lead.intro || (before > 0 && tk[before - 1].upper == "OF" && place.kind != Place::kCountry);
  lead.possessive = before > 1 && tk[before - 1].word == d.w_s;
  if (lead.possessive) {
    --before;  // the "'s", then the possessor's name
    while (before > 0 && tk[before - 1].capitalized && i - before < 5) --before;
  }
  if (before > 0) {
    std::string_view w = tk[before - 1].upper;
    lead.destination = w == "TO" || w == "INTO" || w == "TOWARD" || w == "TOWARDS";
    // "migrants headed for Spain's Canary Islands", "a boat bound for Lampedusa": where they
    // were going, not where they are.
    std::string_view verb = before > 1 ? tk[before - 2].upper : std::string_view();
    lead.bound_for = w == "FOR" && (verb == "HEADED" || verb == "HEADING" || verb == "BOUND" || verb == "DESTINED");
  }
  return lead;
}

// "the Bari region of Somalia": an area named like a town of another country (Bari, Italy) is
// the country named after it; the name is skipped so "of Somalia" gives the place.
bool AreaOfAnotherCountry(const Dictionaries& d, const std::vector<Token>& tk, const PlaceName& name) {
  if (!name.designated || name.end + 2 >= tk.size() || tk[name.end + 1].upper != "OF") return false;
  PlaceName owner = MatchPlaceName(d, tk, name.end + 2, nullptr);
  return owner.place && owner.place->kind == Place::kCountry && owner.place->country != name.place->country;
}

}  // namespace

bool IsCompassWord(std::string_view w) {
  // "northeastern", "western", and "central" ("in central Mali").
  if (w == "CENTRAL") return true;
  return w.size() >= 7 && w.substr(w.size() - 3) == "ERN" && IsCompassPoint(w.substr(0, w.size() - 3));
}

const Place* FindPlace(const Dictionaries& d, const SentenceWork& w, size_t* at, const CountryFilter& in_context) {
  const auto& tk = w.tokens;
  auto in_actor = [&](size_t b, size_t e) {
    for (const Mention& m : w.mentions) {
      if (m.begin < e && b < m.end) return true;
    }
    return false;
  };
  const Place* any_city = nullptr;
  size_t any_city_at = 0;
  bool in_reason = false;  // "jailed a man for helping militants join a group in Lebanon"
  for (size_t i = 0; i < tk.size(); ++i) {
    if (OpensReason(d, tk, i)) in_reason = true;
    if (in_reason && (d.Flags(tk[i].word) & (kComma | kClauseEnd))) in_reason = false;
    if (!tk[i].capitalized || in_reason) continue;
    PlaceName name = MatchPlaceName(d, tk, i, in_context);
    if (!name.place || AreaOfAnotherCountry(d, tk, name)) continue;
    PlaceLead lead = LeadOf(d, tk, i, name.end, *name.place, name.designated);
    if (lead.intro) {
      // "in Pakistan's Balochistan province", "in Congo's Ituri province": the place inside.
      if (name.place->kind == Place::kCountry && name.end + 1 < tk.size() && tk[name.end].word == d.w_s) {
        size_t inner = name.end + 1;
        if (inner + 1 < tk.size() && !tk[inner].capitalized && IsCompassWord(tk[inner].upper)) ++inner;
        const std::string_view country = name.place->country;
        auto in_country = [&](std::string_view c) { return c == country; };
        PlaceName inside = tk[inner].capitalized ? MatchPlaceName(d, tk, inner, in_country) : PlaceName{};
        if (inside.place && inside.place->kind != Place::kCountry) {
          if (at) *at = inner;
          return inside.place;
        }
      }
      if (at) *at = i;
      return name.place;
    }
    // Without "in", a province name needs a designator, a possessive before it or an agent
    // after it: "Guerrero" alone may be a person; "Guerrero state", "Mexico's Guerrero" and
    // "Guerrero police" are not.
    bool usable = name.place->kind != Place::kCountry && !in_actor(i, name.end);
    if (name.place->kind == Place::kProvince) {
      bool agent_after = name.end < tk.size() && !tk[name.end].capitalized && (d.Flags(tk[name.end].word) & kAgentStart);
      usable = usable && (name.designated || lead.possessive || agent_after) && !lead.destination;
    }
    if (!any_city && usable && !lead.bound_for) {
      any_city = name.place;
      any_city_at = i;
    }
  }
  if (any_city && at) *at = any_city_at;
  return any_city;
}

namespace {

// The number of verbs whose head lies between a mention and a token, either way round.
int VerbsBetween(const SentenceWork& w, const Mention& m, size_t token) {
  size_t lo = std::min(m.end, token), hi = std::max(m.begin, token);
  int n = 0;
  for (const VerbHit& v : w.verbs) n += v.head >= lo && v.head < hi;
  return n;
}

}  // namespace

namespace {

// "in the country's deep south", "across the country": a country named by reference after a
// place word is the place; its code, or empty.
std::string CountryReferredToAsPlace(const Dictionaries& d, const SentenceWork& w) {
  static constexpr std::string_view kPlaces[] = {"CITY", "CITIES", "TOWN", "TOWNS", "VILLAGE", "VILLAGES",
                                                 "PROVINCE", "PROVINCES", "REGION", "REGIONS", "PORT", "PORTS"};
  for (const Mention& m : w.mentions) {
    if (m.code.size() != 3 || m.begin == 0 || !d.gazetteer.IsCountry(m.code)) continue;
    if (m.resolved && w.tokens[m.begin].word == d.w_the && (d.Flags(w.tokens[m.begin - 1].word) & kPlaceIntro))
      return m.code;
    // "in several Mozambican cities": a nationality before a noun of places, after "in".
    if (m.end >= w.tokens.size() ||
        std::find(std::begin(kPlaces), std::end(kPlaces), w.tokens[m.end].upper) == std::end(kPlaces))
      continue;
    size_t k = m.begin - 1;
    while (k > 0 && k + 3 > m.begin && (d.Flags(w.tokens[k].word) & (kDet | kQuantity | kModifier)) &&
           !(d.Flags(w.tokens[k].word) & kPlaceIntro))
      --k;
    if (d.Flags(w.tokens[k].word) & kPlaceIntro) return m.code;
  }
  return "";
}

// The mention before "and" right before mention `mi`, when it is a country's possessive noun
// phrase ("Venezuela's government"), or null.
const Mention* PossessorBeforeAnd(const Dictionaries& d, const SentenceWork& w, size_t mi) {
  const Mention& m = w.mentions[mi];
  if (mi == 0 || m.begin < 2) return nullptr;
  // (Past a count: "Iran's morality police and nine senior officials", "Guatemala's attorney
  // general and four other officials".)
  size_t and_at = m.begin - 1;
  while (and_at > 0 && and_at + 3 > m.begin &&
         (w.tokens[and_at].is_number || (d.Flags(w.tokens[and_at].word) & (kQuantity | kDet)) ||
          w.tokens[and_at].upper == "OTHER"))
    --and_at;
  if (w.tokens[and_at].upper != "AND") return nullptr;
  const Mention& before = w.mentions[mi - 1];
  if (before.end != and_at || before.country.size() != 3 || before.country == "---") return nullptr;
  for (size_t k = before.begin; k < before.end; ++k) {
    if (w.tokens[k].word == d.w_s) return &before;
  }
  return nullptr;
}

const Mention* SameRoleBeforeAnd(const SentenceWork& w, size_t mi) {
  const Mention& m = w.mentions[mi];
  if (mi == 0 || m.begin < 2 || w.tokens[m.begin - 1].upper != "AND") return nullptr;
  const Mention& before = w.mentions[mi - 1];
  // "Iranian missiles and drones": the demonym's mention ends before the weapon noun it armed
  // (IRNMIL), one plain noun before the "and".
  const size_t weapon = before.end + 2 == m.begin ? before.end : std::string::npos;
  const bool after_weapon = weapon != std::string::npos && w.tokens[weapon].is_word && !w.tokens[weapon].capitalized &&
                            w.verb_at[weapon] < 0 && before.code.ends_with("MIL");
  if ((before.end + 1 != m.begin && !after_weapon) || before.country.size() != 3 || before.country == "---")
    return nullptr;
  return before.code.size() == m.code.size() && before.code.compare(3, std::string::npos, m.code, 3) == 0 ? &before
                                                                                                            : nullptr;
}

// "Saudi-led coalition warplanes", "a French-led force": the mention of the country before
// "-led" and at most two nouns of a coalition, or null.
const Mention* LeaderOfItsCoalition(const SentenceWork& w, size_t mi) {
  const Mention& m = w.mentions[mi];
  if (mi == 0) return nullptr;
  const Mention& before = w.mentions[mi - 1];
  if (before.country.size() != 3 || before.country == "---" || before.end >= m.begin) return nullptr;
  size_t led = before.end;
  if (led < w.tokens.size() && w.tokens[led].upper == "-") ++led;
  if (led >= m.begin || w.tokens[led].upper != "LED" || (!w.tokens[led].joined && led == before.end)) return nullptr;
  static constexpr std::string_view kCoalition[] = {"COALITION", "ALLIANCE", "FORCE", "FORCES", "MISSION"};
  for (size_t k = led + 1; k < m.begin; ++k) {
    if (std::find(std::begin(kCoalition), std::end(kCoalition), w.tokens[k].upper) == std::end(kCoalition)) return nullptr;
  }
  return m.begin <= led + 3 ? &before : nullptr;
}

// "foreign troops", "foreign fighters": of another country than any named (but "the foreign
// ministry" is the state's own).
bool OfAnotherCountry(const SentenceWork& w, const Mention& m) {
  size_t k = m.begin;
  if (k > 0 && w.tokens[k - 1].upper == "FOREIGN") --k;
  if (w.tokens[k].upper != "FOREIGN" || k + 1 >= w.tokens.size()) return false;
  static constexpr std::string_view kOwnOrgans[] = {"MINISTRY", "MINISTER", "MINISTERS", "OFFICE", "SECRETARY",
                                                    "AFFAIRS", "POLICY", "SERVICE", "INTELLIGENCE"};
  std::string_view next = w.tokens[k + 1].upper;
  return std::find(std::begin(kOwnOrgans), std::end(kOwnOrgans), next) == std::end(kOwnOrgans);
}

// The country of the sentence's first actor when every actor with a country is of it ("Iran
// lifted its ban ...", "Iran's judiciary chief warned ..."), else empty.
std::string SubjectsOnlyCountry(const Dictionaries& d, const SentenceWork& w) {
  std::string only;
  for (const Mention& m : w.mentions) {
    if (m.country == "---" || m.country.empty() || !d.gazetteer.IsCountry(m.country)) {
      if (only.empty()) return std::string();  // the first actor has no country of its own
      continue;
    }
    // (Named here, not a person or a pronoun: a visiting leader, "He", leaves the host's dateline.)
    if (only.empty() && (m.resolved || m.person)) return std::string();
    if (!only.empty() && only != m.country) return std::string();
    only = m.country;
  }
  return only;
}

// "the head of the Ugandan army, General Muhoozi Kainerugaba, said": a named person with a title
// and no country, between commas right after a phrase with a country, holds that title; null
// when mention `mi` is no such name.
const Mention* TitleBeforeTheName(const SentenceWork& w, size_t mi) {
  const Mention& m = w.mentions[mi];
  const auto& tk = w.tokens;
  if (!m.person || m.begin < 2 || m.end >= tk.size() || tk[m.begin - 1].upper != "," || tk[m.end].upper != ",")
    return nullptr;
  const int g = w.group_ending_at[m.begin - 1];
  if (g < 0) return nullptr;
  const Mention& title = w.mentions[w.groups[g].members.back()];
  return title.country != "---" && title.code.size() == 6 && !title.person ? &title : nullptr;
}

// ", (the) head of Russia's chemical protection troops" right after mention `mi`: the mention
// of the body headed, when it has a country; else null.
const Mention* BodyItsAppositiveHeads(const SentenceWork& w, size_t mi) {
  const Mention& m = w.mentions[mi];
  const auto& tk = w.tokens;
  size_t k = m.end;
  if (k + 3 >= tk.size() || tk[k].upper != ",") return nullptr;
  ++k;
  if (tk[k].upper == "THE") ++k;
  static constexpr std::string_view kHeads[] = {"HEAD", "CHIEF", "COMMANDER", "LEADER", "DIRECTOR"};
  if (std::find(std::begin(kHeads), std::end(kHeads), tk[k].upper) == std::end(kHeads) || tk[k + 1].upper != "OF")
    return nullptr;
  for (size_t j = mi + 1; j < w.mentions.size(); ++j) {
    const Mention& body = w.mentions[j];
    if (body.begin < k + 2) continue;
    if (body.begin > k + 4) return nullptr;
    return body.country.size() == 3 && body.country != "---" ? &body : nullptr;
  }
  return nullptr;
}

// '"Pakistan will not hand over a single citizen," Interior Minister Mohsin Naqvi told
// parliament': the country a quote opening the sentence names first, as its subject, when
// mention `mi` is the speaker right after the quote's close; else null. Officials speak of
// their own country by its name.
const Mention* CountryOfTheQuote(const Dictionaries& d, const SentenceWork& w, size_t mi) {
  const auto& tk = w.tokens;
  if (tk.size() < 4 || (tk[0].upper != "\"" && tk[0].upper != "'") || w.mentions.empty()) return nullptr;
  const Mention& first = w.mentions[0];
  if (first.begin != 1 || first.resolved || first.code != first.country || !d.gazetteer.IsCountry(first.country))
    return nullptr;
  size_t close = 2;
  while (close < tk.size() && !(tk[close].upper == tk[0].upper && tk[close - 1].upper == ",")) ++close;
  const Mention& m = w.mentions[mi];
  if (close >= tk.size() || m.begin <= close || m.begin > close + 3 || m.code.size() < 6) return nullptr;
  for (size_t k = close + 1; k < m.begin; ++k) {  // "caretaker Prime Minister Najib Mikati"
    if (!tk[k].is_word || tk[k].capitalized || w.verb_at[k] >= 0) return nullptr;
  }
  return &first;
}

// "undocumented migrants, most of them Afghans": the nationality an appositive right after
// mention `mi` gives the people it names ("mostly Afghans", "many of them Syrians"); else null.
const Mention* NationalityInAppositive(const Dictionaries& d, const SentenceWork& w, size_t mi) {
  const auto& tk = w.tokens;
  size_t k = w.mentions[mi].end;
  if (k + 2 >= tk.size() || tk[k].upper != ",") return nullptr;
  ++k;
  std::string_view q = tk[k].upper;
  if (q == "MOSTLY" || q == "MAINLY" || q == "ALL") {
    ++k;
  } else if ((q == "MOST" || q == "MANY" || q == "SOME" || q == "ALL") && k + 3 < tk.size() && tk[k + 1].upper == "OF" &&
             tk[k + 2].upper == "THEM") {
    k += 3;
  } else {
    return nullptr;
  }
  for (size_t j = mi + 1; j < w.mentions.size(); ++j) {
    const Mention& n = w.mentions[j];
    if (n.begin != k) continue;
    // (A plural nationality: "Afghans", not "Afghan officials".)
    bool plural = n.end == n.begin + 1 && tk[n.begin].upper.back() == 'S';
    return plural && n.code == n.country && d.gazetteer.IsCountry(n.country) ? &n : nullptr;
  }
  return nullptr;
}

}  // namespace

void GiveDomesticActorsACountry(const Dictionaries& d, const Place* place, ArticleContext* ctx, SentenceWork* w,
                                std::string* explain, size_t place_at) {
  bool place_country = place != nullptr && d.gazetteer.IsCountry(place->country);
  std::string fallback;  // the dateline's or the article's country, found on first need
  const char* fallback_why = "";
  bool fallback_found = false;
  std::string referred = place_country ? std::string() : CountryReferredToAsPlace(d, *w);
  for (size_t mi = 0; mi < w->mentions.size(); ++mi) {
    Mention& m = w->mentions[mi];
    if (m.country != "---" || m.code.size() <= 3 || m.code.compare(0, 3, "---") != 0) continue;
    if (OfAnotherCountry(*w, m)) continue;
    std::string country;
    const char* why = "the place named";
    if (const Mention* nationality = NationalityInAppositive(d, *w, mi)) {
      country = nationality->country;
      why = "the nationality its appositive names";
    } else if (const Mention* leader = LeaderOfItsCoalition(*w, mi)) {
      // "Saudi-led coalition warplanes": the country that leads them.
      country = leader->country;
      why = "the country leading it";
    } else if (const Mention* kin = SameRoleBeforeAnd(*w, mi)) {
      // "British warplanes and warships": the modifier holds for both nouns of one role.
      country = kin->country;
      why = "the country of the same role it is joined to";
    } else if (const Mention* owner = PossessorBeforeAnd(d, *w, mi)) {
      // "Venezuela's government and opposition": the possessive holds for both nouns.
      country = owner->country;
      why = "the possessor of the noun it is joined to";
    } else if (const Mention* headed = BodyItsAppositiveHeads(*w, mi)) {
      // "Lieutenant General Igor Kirillov, head of Russia's chemical protection troops": the
      // country of the body it heads.
      country = headed->country;
      why = "the body its appositive says it heads";
    } else if (const Mention* titled = TitleBeforeTheName(*w, mi)) {
      // "the head of the Ugandan army, General Muhoozi Kainerugaba, said": the title's country.
      country = titled->country;
      why = "the title before the name";
    } else if (const Mention* quoted = CountryOfTheQuote(d, *w, mi)) {
      country = quoted->country;
      why = "the country its quote names";
    } else if (place_country && (place_at == std::string::npos || VerbsBetween(*w, m, place_at) < 2)) {
      country = place->country;
    } else if (!referred.empty()) {
      country = referred;
      why = "the country the sentence places it in";
    } else {
      if (!fallback_found) {
        fallback_found = true;
        if (std::string only = SubjectsOnlyCountry(d, *w); !only.empty() && !ctx->dateline_country.empty() &&
                                                          only != ctx->dateline_country) {
          // "DUBAI, Oct 16 (Reuters) - Iran's judiciary chief warned that rioters ...": a story
          // filed from elsewhere about the one country its subject names is about that country.
          fallback = only;
          fallback_why = "the subject's country, not the dateline's";
        } else if (!ctx->dateline_country.empty()) {
          fallback = ctx->dateline_country;
          fallback_why = "the dateline";
        } else {
          fallback = std::string(ctx->MainCountry([&](std::string_view c) { return d.gazetteer.IsCountry(c); }));
          fallback_why = "the article's country";
        }
      }
      country = fallback;
      why = fallback_why;
    }
    if (country.empty()) continue;
    m.code.replace(0, 3, country);
    m.country = country;
    if (explain) *explain += "  domestic actor -> " + m.code + " (" + why + ")\n";
    ctx->Remember(KnownActor{m.code, m.country, {}, m.person});
  }
}

void QuotedCountrySpeaksThroughItsSpeaker(const Dictionaries& d, SentenceWork* w, std::string* explain) {
  // '"Hungary will not send weapons to Ukraine," Foreign Minister Peter Szijjarto told
  // reporters': the country a quote names as its subject acts through the government or
  // military official of that country who speaks it (HUNGOV 1222 UKR).
  for (size_t mi = 1; mi < w->mentions.size(); ++mi) {
    const Mention* quoted = CountryOfTheQuote(d, *w, mi);
    if (quoted == nullptr) continue;
    const Mention& speaker = w->mentions[mi];
    if (speaker.country != quoted->country || speaker.code.size() != 6 ||
        (speaker.code.compare(3, 3, "GOV") != 0 && speaker.code.compare(3, 3, "MIL") != 0))
      return;
    w->mentions[0].code = speaker.code;
    if (explain) *explain += "  quoted country -> " + speaker.code + " (the official who speaks for it)\n";
    return;
  }
}

namespace {

// The agent roles (the letters after a code's country) the two functions below reason about.
constexpr std::string_view kStateOrgans[] = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"};
constexpr std::string_view kDomesticOpponents[] = {"OPP", "REB", "INS", "UAF", "PTY", "LAB", "EDU", "AGR", "HLH", "MED",
                                                   "CVL", "BUS", "ENV", "REF", "CRM"};

// True when the role after the country of `code` is one of `roles`.
template <size_t N>
bool HasRole(const std::string& code, const std::string_view (&roles)[N]) {
  for (std::string_view r : roles) {
    if (code.compare(3, r.size(), r) == 0) return true;
  }
  return false;
}

}  // namespace

bool StateOrItsOrgan(std::string_view code) {
  if (code.size() <= 3) return true;
  return std::any_of(std::begin(kStateOrgans), std::end(kStateOrgans),
                     [&](std::string_view r) { return code.substr(3, r.size()) == r; });
}

bool BusinessDealing(const std::string& source_code, const std::string& target_code, std::string_view code) {
  auto business = [](const std::string& c) {
    for (size_t at = 3; at + 3 <= c.size(); at += 3) {
      if (c.compare(at, 3, "BUS") == 0) return true;
    }
    return false;
  };
  if (!business(source_code)) return false;
  std::string_view root = code.substr(0, 2);
  // (Trade with a market: "the carmaker began shipping cars to Europe".)
  bool market = target_code.size() <= 3 && root == "06";
  return business(target_code) || market || root == "18" || root == "19" || root == "20";
}

void GiveStateTargetsTheSourcesCountry(const std::vector<std::pair<int, int>>& source_target, SentenceWork* w,
                                       std::string* explain, bool builtin_agents) {
  // (PPL: a person its state arrests or jails, "a man", in Phoenix's agents.)
  // Students, workers and doctors its police fire on or arrest too ("Bangladeshi police fired
  // rubber bullets at students on the campus of Dhaka University").
  static constexpr std::string_view kPoliticalTargets[] = {"OPP", "MIL", "COP", "INS", "REB", "UAF", "GOV", "LEG",
                                                           "ELI", "PTY", "REL", "MED", "PPL", "EDU", "LAB", "HLH"};
  // (With the built-in agents, its own prosecutors and judges too: "President Arevalo accused
  // Attorney General Consuelo Porras"; Phoenix's leave a "World Court" no country.)
  static constexpr std::string_view kJudiciary[] = {"JUD"};
  static constexpr std::string_view kArmedGroups[] = {"REB", "INS", "UAF", "CRM", "SEP"};
  static constexpr std::string_view kNoParty[] = {"CVL", "REL", "EDU", "MED", "AGR", "HLH", "LAB", "BUS", "REF"};
  // People several countries act on together ("Britain, Canada and Norway accused the two
  // politicians") are none of theirs: they belong to no one source. (A state organ stays with
  // one of them: "Japan, Philippines sign pact allowing troop deployments".)
  auto shared_by_countries = [&](int t, const std::string& country) {
    if (HasRole(w->mentions[t].code, kStateOrgans)) return false;
    for (auto [s2, t2] : source_target)
      if (t2 == t && w->mentions[s2].country != "---" && w->mentions[s2].country != country) return true;
    return false;
  };
  for (auto [s, t] : source_target) {
    const Mention& source = w->mentions[s];
    Mention& target = w->mentions[t];
    if (target.country != "---" || target.code.size() < 6 || source.country == "---" || OfAnotherCountry(*w, target) ||
        shared_by_countries(t, source.country))
      continue;
    // A country acting as a whole ("Peru arrests former president") is its state too.
    bool state = source.code.size() == 3 || (source.code.size() >= 6 && HasRole(source.code, kStateOrgans));
    // And a country's opposition, rebels or workers act against their own state ("Pakistan's
    // opposition accused the army": PAKMIL); a group with a further role (SYROPPHRI, a rights
    // monitor) reports on any side.
    bool opponent = source.code.size() == 6 && HasRole(source.code, kDomesticOpponents);
    bool armed = source.code.size() == 6 && HasRole(source.code, kArmedGroups);
    const char* why = nullptr;
    // "Somali troops crossed into Mandera county and fired on a police post": a force that acts
    // on another country's place in the sentence acts on that country's organs there.
    std::string abroad;
    for (auto [s2, t2] : source_target) {
      const Mention& place = w->mentions[t2];
      if (s2 == s && place.code.size() == 3 && place.code == place.country && place.country != "---" &&
          place.country != source.country && !place.country.starts_with("IGO"))
        abroad = place.country;
    }
    if (!abroad.empty() && source.code.size() == 6 && source.code.compare(3, 3, "MIL") == 0 &&
        HasRole(target.code, kStateOrgans)) {
      target.code.replace(0, 3, abroad);
      target.country = abroad;
      if (explain) *explain += "  domestic actor -> " + target.code + " (of the country its attacker acted on there)\n";
      continue;
    }
    if (state && (HasRole(target.code, kPoliticalTargets) || (builtin_agents && HasRole(target.code, kJudiciary))))
      why = "acted on by its state: ";
    else if (opponent && HasRole(target.code, kStateOrgans)) why = "acted on by its own opponents: ";
    // An armed group's or gang's victims who are no party to a fight ("Al-Shabaab fighters
    // beheaded five villagers") are the people among whom it operates.
    else if (armed && HasRole(target.code, kNoParty)) why = "people its own armed groups acted on: ";
    // And the police station a country's gangs torch is that country's.
    else if (armed && HasRole(target.code, kStateOrgans)) why = "a state organ its own armed groups acted on: ";
    if (why == nullptr) continue;
    target.code.replace(0, 3, source.country);
    target.country = source.country;
    if (explain) *explain += "  domestic actor -> " + target.code + " (" + why + source.code + ")\n";
  }
}

void GiveStateSourcesTheTargetsCountry(const std::vector<std::pair<int, int>>& source_target, SentenceWork* w,
                                       std::string* explain) {
  // The people a state holds to account at home: its opposition, former leaders, parties,
  // officials, journalists (not foreigners or soldiers, often held abroad).
  static constexpr std::string_view kAtHome[] = {"OPP", "ELI", "PTY", "GOV", "LEG"};
  static constexpr std::string_view kCoercing[] = {"COP", "JUD", "MIL", "SPY"};
  for (auto [s, t] : source_target) {
    Mention& source = w->mentions[s];
    const Mention& target = w->mentions[t];
    if (source.country != "---" || source.code.size() != 6 || !HasRole(source.code, kCoercing) ||
        OfAnotherCountry(*w, source) || target.code.size() < 6 || target.code.compare(0, 3, target.country) != 0 ||
        !HasRole(target.code, kAtHome))
      continue;
    // Only when the sentence names no other country ("police in Paris detained a Russian
    // opposition activist" keeps the police French, from the place, before this).
    bool other = false;
    for (const Mention& m : w->mentions) other = other || (m.country != "---" && m.country != target.country);
    if (other) continue;
    source.code.replace(0, 3, target.country);
    source.country = target.country;
    if (explain) *explain += "  domestic actor -> " + source.code + " (the state of its own " + target.code + ")\n";
  }
}

// "Sweden's embassy", "the U.S. consulate", "India's high commission": a state's mission abroad,
// which protesters of any country confront.
static bool ForeignMission(const SentenceWork& w, const Mention& m) {
  for (size_t k = m.begin; k < m.end && k < w.tokens.size(); ++k) {
    std::string_view u = w.tokens[k].upper;
    if (u == "EMBASSY" || u == "EMBASSIES" || u == "CONSULATE" || u == "CONSULATES") return true;
    if (u == "HIGH" && k + 1 < w.tokens.size() && w.tokens[k + 1].upper == "COMMISSION") return true;
  }
  return false;
}

void GiveOpponentsTheStateTheyConfront(const std::vector<std::pair<int, int>>& confronting, SentenceWork* w,
                                       std::string* explain, bool victims_country) {
  for (auto [s, t] : confronting) {
    Mention& opposing = w->mentions[s];
    const Mention& state = w->mentions[t];
    if (opposing.country != "---" || opposing.code.size() != 6 || !HasRole(opposing.code, kDomesticOpponents)) continue;
    // (Gunmen who abduct or kill a country's pupils or villagers are that country's too, and so
    // are those who shoot its opposition leaders or former leaders.)
    static constexpr std::string_view kArmed[] = {"REB", "INS", "UAF", "CRM", "SEP"};
    static constexpr std::string_view kPeople[] = {"CVL", "REL", "EDU", "AGR", "MED", "HLH", "LAB", "OPP", "ELI"};
    bool victims = victims_country && HasRole(opposing.code, kArmed) && state.code.size() >= 6 && HasRole(state.code, kPeople);
    // ("Gunmen sprayed the Pakistani convoy with bullets": the country itself.)
    bool country = victims_country && state.code.size() == 3 && state.code == state.country && HasRole(opposing.code, kArmed);
    if (state.country == "---" || (state.code.size() < 6 && !country) || state.code.compare(0, 3, state.country) != 0 ||
        !(country || HasRole(state.code, kStateOrgans) || victims) || ForeignMission(*w, state))
      continue;
    opposing.code.replace(0, 3, state.country);
    opposing.country = state.country;
    if (explain) *explain += "  domestic actor -> " + opposing.code + " (confronting its own state: " + state.code + ")\n";
  }
}

std::string DatelineCountry(const Dictionaries& d, std::string_view dateline, std::vector<Token>* scratch) {
  Tokenize(dateline, d.lexicon, scratch);
  auto word_at = [&](size_t j) { return (*scratch)[j].word; };
  for (size_t i = 0; i < scratch->size() && i < 4; ++i) {
    PhraseTrie::Match found = d.gazetteer.trie().Longest(i, scratch->size(), word_at);
    if (found.end > 0) {
      // "VALENCIA, Spain, Nov 9": the country the dateline names after the city decides.
      size_t after = found.end;
      if (after + 1 < scratch->size() && (*scratch)[after].upper == ",") {
        PhraseTrie::Match country = d.gazetteer.trie().Longest(after + 1, scratch->size(), word_at);
        if (country.end > 0 && d.gazetteer.place(country.value).kind == Place::kCountry)
          return d.gazetteer.place(country.value).country;
      }
      return d.gazetteer.place(found.value).country;
    }
    if ((*scratch)[i].upper == ",") {
      // "BASTIA, France, March 13": a town the gazetteer does not know, and its country.
      PhraseTrie::Match country = d.gazetteer.trie().Longest(i + 1, scratch->size(), word_at);
      if (country.end > 0 && d.gazetteer.place(country.value).kind == Place::kCountry)
        return d.gazetteer.place(country.value).country;
      break;
    }
  }
  return "";
}

}  // namespace tidings::extract
