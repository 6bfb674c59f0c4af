#include "extract/article_context.h"

#include <algorithm>
#include <cctype>

#include "extract/sentence.h"

namespace tidings::extract {

namespace {

// A noun that names an act, and the CAMEO roots of the events it can name (two digits each;
// empty: any event).
struct ActNoun {
  std::string_view noun;
  std::string_view roots;
};
constexpr ActNoun kActNouns[] = {
    {"ARREST", "17"},         {"ARRESTS", "17"},      {"DETENTION", "17"},      {"DETENTIONS", "17"},
    {"EXPULSION", "17"},      {"EXPULSIONS", "17"},   {"SEIZURE", "1718"},      {"CRACKDOWN", "1718"},
    {"VERDICT", "1117"},      {"SENTENCE", "1117"},   {"CONVICTION", "1117"},   {"RULING", "1117"},
    {"RAID", "171819"},       {"RAIDS", "171819"},    {"ATTACK", "181920"},     {"ATTACKS", "181920"},
    {"STRIKE", "14181920"},   {"STRIKES", "181920"},  {"AIRSTRIKES", "1819"},   {"BOMBING", "181920"},
    {"BOMBINGS", "181920"},   {"SHELLING", "1819"},   {"ASSAULT", "181920"},    {"OFFENSIVE", "1819"},
    {"INCURSION", "1519"},    {"INVASION", "19"},     {"KILLING", "181920"},    {"KILLINGS", "181920"},
    {"DRILLS", "15"},         {"EXERCISES", "1506"},  {"MANOEUVRES", "15"},     {"MANEUVERS", "15"},
    {"DEPLOYMENT", "1507"},   {"BUILDUP", "15"},      {"SANCTIONS", "16"},      {"TARIFFS", "16"},
    {"EMBARGO", "16"},        {"BAN", "16"},          {"CLOSURE", "1619"},      {"BLOCKADE", "1619"},
    {"PROPOSAL", "0203"},      {"OFFER", "03"},        {"PLAN", "03"},           {"INVITATION", "04"},
    {"VISIT", "04"},          {"TRIP", "04"},         {"PROTEST", "1114"},      {"PROTESTS", "14"},
    {"THREAT", "13"},         {"THREATS", "13"},      {"ULTIMATUM", "13"},      {"WARNING", "13"},
    {"DEMAND", "10"},         {"DEMANDS", "10"},      {"STATEMENT", ""},        {"REMARKS", ""},
    {"COMMENTS", ""},         {"DECISION", ""},       {"MOVE", ""},             {"STEP", ""},
    {"ACTION", ""},           {"ORDER", ""},          {"MEASURE", ""},          {"MEASURES", ""},
    {"CRITICISM", "11"},      {"CONDEMNATION", "11"}, {"ACCUSATION", "11"},     {"ACCUSATIONS", "11"},
    {"ALLEGATIONS", "11"},    {"COMPLAINT", "11"},    {"REMARK", ""},           {"COUP", "171819"},
    {"TAKEOVER", "171819"},   {"ANNEXATION", "1719"}, {"EXECUTION", "1820"},    {"EXECUTIONS", "1820"},
    {"ASSASSINATION", "1820"}, {"KIDNAPPING", "18"},  {"ABDUCTION", "18"},      {"BOMBARDMENT", "19"},
    {"DEAL", "05"},           {"AGREEMENT", "05"},    {"ACCORD", "05"},         {"CAP", "0316"},
    {"CURBS", "0316"},        {"RESTRICTIONS", "0316"},
};

}  // namespace

bool ActNounRoots(std::string_view upper, std::string_view* roots) {
  for (const ActNoun& a : kActNouns) {
    if (a.noun == upper) {
      *roots = a.roots;
      return true;
    }
  }
  return false;
}

bool ArticleContext::RootAmong(std::string_view roots, std::string_view code) {
  if (roots.empty()) return true;
  for (size_t i = 0; i + 2 <= roots.size(); i += 2) {
    if (code.substr(0, 2) == roots.substr(i, 2)) return true;
  }
  return false;
}

void ArticleContext::Reset(int32_t article_date) {
  recent.clear();
  if (!aliases.empty()) aliases.clear();
  if (!root_keys.empty()) root_keys.clear();
  dateline_country.clear();
  plural_subject = KnownActor{};
  plural_countries.clear();
  pair_subject.clear();
  acts.clear();
  sentence_no_ = 0;
  she.clear();
  he.clear();
  sentence_start_ = 0;
  date = article_date;
}

void ArticleContext::Remember(const KnownActor& a) {
  recent.push_back(a);
  if (recent.size() > kRemembered) {
    recent.erase(recent.begin());
    if (sentence_start_ > 0) --sentence_start_;
  }
}

void ArticleContext::RememberAct(const KnownActor& source, std::string_view code, std::string_view target_country,
                                 bool answer) {
  if (acts.size() == kRememberedActs) acts.erase(acts.begin());
  acts.push_back(PastAct{source, std::string(code), std::string(target_country), answer, sentence_no_});
}

const ArticleContext::PastAct* ArticleContext::LastAct(std::string_view roots, bool deeds_only) const {
  for (auto it = acts.rbegin(); it != acts.rend(); ++it) {
    if (deeds_only && it->answer) continue;
    if (RootAmong(roots, it->code)) return &*it;
  }
  return nullptr;
}

size_t ArticleContext::ActSides(const PastAct& act, std::array<const PastAct*, 4>* out) const {
  size_t count = 0;
  (*out)[count++] = &act;
  for (const PastAct& other : acts) {
    if (count == out->size()) break;
    bool together = other.target_country == act.target_country;
    bool mutual = other.source.country == act.target_country && other.target_country == act.source.country;
    if (&other == &act || other.sentence != act.sentence || other.code != act.code || !(together || mutual)) continue;
    bool seen = false;
    for (size_t k = 0; k < count; ++k) seen = seen || (*out)[k]->source.country == other.source.country;
    if (!seen) (*out)[count++] = &other;
  }
  return count;
}

const KnownActor* ArticleContext::LastPerson() const {
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    if (it->person) return &*it;
  }
  return nullptr;
}

namespace {

// "Afghans", "Palestinians", "Israelis": people named by their nationality, whom "it" never
// stands for (unlike "the Philippines" or "the United States").
bool PluralPeople(std::string_view text) {
  size_t space = text.rfind(' ');
  std::string_view last = space == std::string_view::npos ? text : text.substr(space + 1);
  auto ends = [&](std::string_view s) {
    if (last.size() < s.size()) return false;
    for (size_t i = 0; i < s.size(); ++i)
      if (std::toupper(static_cast<unsigned char>(last[last.size() - s.size() + i])) != s[i]) return false;
    return true;
  };
  return ends("ANS") || (last.size() >= 6 && ends("IS"));
}

}  // namespace

const KnownActor* ArticleContext::LastThing() const {
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    if (!it->person && !it->country.empty() && !PluralPeople(it->text)) return &*it;
  }
  return nullptr;
}

const KnownActor* ArticleContext::LastCountry() const {
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    if (!it->country.empty() && it->country != "---") return &*it;
  }
  return nullptr;
}

const KnownActor* ArticleContext::LastWithAgent(const std::string& agent) const {
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    if (it->code.size() > 3 && it->code.compare(3, std::string::npos, agent) == 0) return &*it;
  }
  return nullptr;
}

const KnownActor* ArticleContext::LastOrganisation() const {
  static constexpr std::string_view kRoles[] = {"REB", "INS", "UAF", "CRM", "SEP", "OPP", "PTY"};
  auto organisation = [](const std::string& code) {
    if (code.compare(0, 3, "NGO") == 0 || code.compare(0, 3, "IMG") == 0) return true;
    for (size_t i = 3; i + 3 <= code.size(); i += 3) {
      for (std::string_view r : kRoles) {
        if (code.compare(i, 3, r) == 0) return true;
      }
    }
    return false;
  };
  // A member of an armed group is named for it: "a senior Islamic Jihad commander ... The group
  // responded by firing rockets" (not an opposition leader's party: no group named).
  auto armed = [](const std::string& code) {
    if (code.compare(0, 3, "IMG") == 0) return true;
    for (size_t i = 3; i + 3 <= code.size(); i += 3) {
      if (code.compare(i, 3, "REB") == 0 || code.compare(i, 3, "INS") == 0 || code.compare(i, 3, "SEP") == 0) return true;
    }
    return false;
  };
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    if (organisation(it->code) && (!it->person || armed(it->code))) return &*it;
  }
  return nullptr;
}

bool Institution(std::string_view word) {
  static constexpr std::string_view kBodies[] = {
      "government", "ministry", "army", "military", "police", "parliament", "court", "administration",
      "cabinet", "office", "department", "agency", "commission", "council", "navy", "force",
      "coalition", "junta", "embassy", "delegation", "regime", "leadership", "party", "group",
      "opposition", "service", "presidency", "authority", "legislature", "senate", "assembly",
      "company", "firm", "bank", "corporation", "network", "newspaper", "broadcaster", "university",
      "hospital", "union", "movement", "organisation", "organization", "committee", "board", "militia"};
  for (std::string_view b : kBodies) {
    if (word == b) return true;
  }
  return false;
}

bool InstitutionUpper(std::string_view upper) {
  char lower[16];  // every body word is shorter
  if (upper.size() >= sizeof lower) return false;
  for (size_t i = 0; i < upper.size(); ++i) lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(upper[i])));
  return Institution(std::string_view(lower, upper.size()));
}

namespace {

// "they", "him": a pronoun resolved earlier names no office holder of its own.
bool Pronoun(std::string_view text) {
  static constexpr std::string_view kPronouns[] = {"he", "him", "she", "her", "they", "them", "it", "we", "us"};
  return std::find(std::begin(kPronouns), std::end(kPronouns), text) != std::end(kPronouns);
}

}  // namespace

const KnownActor* ArticleContext::LastTitled() const {
  // Of earlier sentences only: within one, "the president said he was ..." is the speaker's
  // own clause, which the coder reads through the speaker.
  size_t end = std::min(sentence_start_, recent.size());
  for (auto it = recent.rbegin() + static_cast<std::ptrdiff_t>(recent.size() - end); it != recent.rend(); ++it) {
    if (it->code.size() < 6 || it->text.empty()) continue;
    size_t space = it->text.find_last_of(' ');
    std::string_view last = space == std::string_view::npos ? it->text : it->text.substr(space + 1);
    bool lowercase = !last.empty() && last.front() >= 'a' && last.front() <= 'z';
    if (lowercase && last.back() != 's' && !Institution(last) && !Pronoun(it->text)) return &*it;
  }
  return nullptr;
}

const KnownActor* ArticleContext::LastCalled(std::string_view upper) const {
  if (upper.empty()) return nullptr;
  for (auto it = recent.rbegin(); it != recent.rend(); ++it) {
    std::string_view t = it->text;
    for (size_t at = 0; at + upper.size() <= t.size(); ++at) {
      bool starts = at == 0 || t[at - 1] == ' ';
      bool ends = at + upper.size() == t.size() || t[at + upper.size()] == ' ';
      if (!starts || !ends) continue;
      bool same = true;
      for (size_t c = 0; c < upper.size() && same; ++c) same = std::toupper(static_cast<unsigned char>(t[at + c])) == upper[c];
      if (same) return &*it;
    }
  }
  return nullptr;
}

size_t ArticleContext::LastCountries(size_t n, std::array<std::string_view, kMaxCountries>* out,
                                     bool people_only, std::string_view except) const {
  n = std::min(n, kMaxCountries);
  size_t count = 0;
  for (auto it = recent.rbegin(); it != recent.rend() && count < n; ++it) {
    if (it->country.empty() || it->country == "---" || it->country.size() != 3) continue;
    if (people_only && !it->person) continue;
    // Organisations are no countries: "the three countries" after "... left ECOWAS".
    const std::string& c = it->country;
    if (c == "IGO" || c == "NGO" || c == "IMG" || c == "MNC" || c == except) continue;
    if (std::find(out->begin(), out->begin() + count, it->country) == out->begin() + count) (*out)[count++] = it->country;
  }
  std::reverse(out->begin(), out->begin() + count);
  return count;
}

std::string_view ArticleContext::MainCountry(const std::function<bool(std::string_view)>& is_country) const {
  // Each country counted once, in order of first mention (a tie goes to the first named), so
  // that the gazetteer is asked once per country rather than once per mention.
  thread_local std::vector<std::pair<std::string_view, int>> counts;
  counts.clear();
  size_t end = std::min(sentence_start_, recent.size());
  for (size_t i = 0; i < end; ++i) {
    std::string_view c = recent[i].country;
    if (c.empty()) continue;  // (never the main country)
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& e) { return e.first == c; });
    if (it == counts.end()) counts.emplace_back(c, 1);
    else ++it->second;
  }
  std::string_view best;
  int best_count = 0;
  for (const auto& [c, count] : counts) {
    if (count > best_count && is_country(c)) {
      best = c;
      best_count = count;
    }
  }
  return best;
}

void ArticleContext::RememberAppositiveNames(const SentenceWork& w, std::string_view text) {
  // "Panama's president, Jose Raul Mulino, said ...": a name the dictionaries do not know, set
  // off by commas right after an office holder, is that holder; "Mulino said" later is them.
  const auto& tk = w.tokens;
  for (const Mention& m : w.mentions) {
    if (m.code.size() < 6 || m.country == "---" || m.end <= m.begin || m.end + 3 >= tk.size()) continue;
    if (tk[m.end].upper != ",") continue;
    size_t k = m.end + 1, names = 0;
    while (k < tk.size() && names < 5 && tk[k].is_word && tk[k].capitalized && !tk[k].is_number) {
      ++k;
      ++names;
    }
    if (names < 2 || k >= tk.size() || tk[k].upper != ",") continue;
    bool known = false;  // a name the dictionaries resolved is its own actor
    for (const Mention& other : w.mentions) known |= other.begin >= m.end + 1 && other.begin < k;
    if (known) continue;
    size_t from = tk[m.begin].begin;
    aliases[std::string(tk[k - 1].upper)] = KnownActor{m.code, m.country, text.substr(from, tk[m.end - 1].end - from), true};
  }
}

void ArticleContext::RememberSentence(const SentenceWork& w, std::string_view text) {
  for (const Mention& m : w.mentions) {
    if (m.code.empty() || m.country == "---" || m.end <= m.begin) continue;
    const Token& last = w.tokens[m.end - 1];
    size_t from = w.tokens[m.begin].begin;
    KnownActor k{m.code, m.country, text.substr(from, last.end - from), m.person};
    if (!m.resolved) {
      if (m.person && m.end > m.begin + 1 && last.capitalized && last.is_word) {
        aliases[std::string(last.upper)] = k;
        // "al-Sudani" is "Sudani" later on.
        std::string_view name = last.upper;
        if (name.size() > 5 && (name.starts_with("AL-") || name.starts_with("EL-"))) aliases[std::string(name.substr(3))] = k;
      }
    } else if (m.person || !w.groups.empty()) {
      Remember(k);  // a resolved reference keeps its referent the most recent
    }
  }
  RememberAppositiveNames(w, text);
  pair_subject.clear();
  // The subject of the sentence's main verb is what the next sentence most likely continues
  // with ("Zelensky met Duda. He thanked Poland ..."): it becomes the most recent.
  if (!w.verbs.empty() && !w.subject_of_verb.empty() && w.subject_of_verb[0] >= 0) {
    const Group& g = w.groups[w.subject_of_verb[0]];
    if (g.members.size() > 1) RememberPluralCountries(w, g);
    if (g.members.size() == 2) {
      const std::string& a = w.mentions[g.members[0]].country;
      const std::string& b = w.mentions[g.members[1]].country;
      if (a.size() == 3 && b.size() == 3 && a != "---" && b != "---" && a != b) pair_subject = {a, b};
    }
    if (g.members.size() == 1) {
      const Mention& m = w.mentions[g.members[0]];
      if (!m.code.empty() && m.country != "---" && m.end > m.begin) {
        const Token& last = w.tokens[m.end - 1];
        size_t from = w.tokens[m.begin].begin;
        // ("The Iranian minister thanked Egypt ... He also ruled out": a person's title names one
        // person, whom "he" continues with.)
        static constexpr std::string_view kTitles[] = {"MINISTER", "PRESIDENT", "LEADER", "PREMIER", "CHANCELLOR",
                                                       "KING", "ENVOY", "AMBASSADOR", "SECRETARY", "SPOKESMAN",
                                                       "SPOKESWOMAN", "COMMANDER", "CHIEF"};
        bool titled = !m.person && std::find(std::begin(kTitles), std::end(kTitles), last.upper) != std::end(kTitles);
        KnownActor k{m.code, m.country, text.substr(from, last.end - from), m.person || titled};
        Remember(k);
        // "Houthi rebels", "Israeli troops": an agent named by a plural noun ("they" keeps
        // meaning the same actor when the next sentence starts with it).
        if (!m.resolved) plural_subject = PluralAgentNoun(m, last) ? k : KnownActor{};
      }
    }
  }
}

void ArticleContext::RememberPluralCountries(const SentenceWork& w, const Group& g) {
  std::vector<std::string> countries;
  for (int m : g.members) {
    const Mention& mention = w.mentions[m];
    if (mention.code.size() != 3 || mention.country == "---") return;  // countries only
    if (std::find(countries.begin(), countries.end(), mention.country) == countries.end())
      countries.push_back(mention.country);
  }
  if (countries.size() < 2 || countries.size() > kMaxCountries) return;
  plural_countries = std::move(countries);
  plural_subject = KnownActor{};
}

bool ArticleContext::PluralAgentNoun(const Mention& m, const Token& last) {
  // A bare country ("the Philippines") is not "they"; an agent noun ending in -s is.
  return !m.person && m.code.size() > 3 && !last.capitalized && last.is_word && last.upper.size() > 3 &&
         last.upper.back() == 'S' && last.upper[last.upper.size() - 2] != 'S';
}

}  // namespace tidings::extract
