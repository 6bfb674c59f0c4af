#include "extract/agent_dictionary.h"

#include <map>

namespace tidings::extract {

void AgentDictionary::Add(const std::string& phrase, int32_t record, Lexicon* lexicon) {
  std::vector<uint32_t> ids = InternPhrase(phrase, lexicon);
  if (ids.empty()) return;
  PhraseTrie& trie = records_[record].after_adjective ? after_adjective_trie_ : trie_;
  uint32_t node = trie.Insert(ids);
  if (trie.Value(node) == PhraseTrie::kNoValue) trie.SetValue(node, record);
}

void AgentDictionary::Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon) {
  std::map<std::string, std::vector<std::string>, std::less<>> substitutions;
  for (const DictionaryLine& dl : ReadDictionaryLines(contents, true)) {
    std::string_view t = dl.text;
    // Substitution set: !NAME! = A, B, C
    if (t.front() == '!' && t.find('=') != std::string_view::npos && t.find('[') == std::string_view::npos) {
      size_t eq = t.find('=');
      std::string name(Trim(t.substr(0, eq)));
      if (name.size() < 3 || name.back() != '!') {
        warnings.Add(dl.number, "malformed substitution marker '" + name + "' (expected !NAME! = A, B)");
        continue;
      }
      std::vector<std::string> items;
      std::string_view rest = t.substr(eq + 1);
      while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view item = Trim(rest.substr(0, comma));
        if (!item.empty()) items.emplace_back(item);
        if (comma == std::string_view::npos) break;
        rest = rest.substr(comma + 1);
      }
      if (items.empty()) {
        warnings.Add(dl.number, "substitution set " + name + " has no items");
        continue;
      }
      substitutions[name] = std::move(items);
      continue;
    }
    size_t open = t.find('[');
    size_t close = open == std::string_view::npos ? open : t.find(']', open);
    if (open == std::string_view::npos || close == std::string_view::npos) {
      warnings.Add(dl.number, "agent line without [code]");
      continue;
    }
    std::string_view code = Trim(t.substr(open + 1, close - open - 1));
    AgentRecord rec;
    if (!code.empty() && code.front() == '~') {
      rec.code = std::string(code.substr(1));
    } else if (!code.empty() && code.back() == '~') {
      rec.code = std::string(code.substr(0, code.size() - 1));
      rec.prefix = true;
    } else {
      warnings.Add(dl.number, "agent code '" + std::string(code) + "' has no '~' (expected ~CODE or CODE~)");
      continue;
    }
    if (rec.code.empty() || rec.code.find_first_of(" \t~") != std::string::npos) {
      warnings.Add(dl.number, "malformed agent code '" + std::string(code) + "'");
      continue;
    }
    std::string_view head = Trim(t.substr(0, open));
    if (!head.empty() && head.front() == '^') {
      rec.after_adjective = true;
      head = Trim(head.substr(1));
    }
    std::vector<std::string> plurals;
    bool plural_given = false;
    size_t brace = head.find('{');
    if (brace != std::string_view::npos) {
      size_t bclose = head.find('}', brace);
      if (bclose == std::string_view::npos) {
        warnings.Add(dl.number, "unclosed '{' in agent plural");
        continue;
      }
      plural_given = true;
      std::string_view inside = head.substr(brace + 1, bclose - brace - 1);
      size_t p = 0;
      while (p < inside.size()) {
        size_t q = FindBlank(inside, p);
        if (q == std::string_view::npos) q = inside.size();
        if (q > p) plurals.emplace_back(inside.substr(p, q - p));
        p = q + 1;
      }
      head = Trim(head.substr(0, brace));
    }
    if (head.empty()) {
      warnings.Add(dl.number, "agent line without a phrase");
      continue;
    }
    rec.phrase = std::string(head);
    rec.line = dl.number;
    int32_t index = static_cast<int32_t>(records_.size());
    records_.push_back(rec);
    // Expand !MARKER! substitutions (no extra plurals for them, per the format).
    std::vector<std::string> forms{std::string(head)};
    bool substituted = false;
    // A set whose items name markers again could expand forever: cap the work per line.
    constexpr size_t kMaxForms = 4096;
    size_t expansions = 0;
    for (size_t k = 0; k < forms.size(); ++k) {
      if (forms.size() > kMaxForms || ++expansions > kMaxForms) {
        warnings.Add(dl.number, "substitution markers expand to more than 4096 forms (a set that "
                                "names itself?); line skipped");
        forms.clear();
        break;
      }
      size_t a = forms[k].find('!');
      if (a == std::string::npos) continue;
      size_t b = forms[k].find('!', a + 1);
      if (b == std::string::npos) {
        warnings.Add(dl.number, "unclosed substitution marker in '" + forms[k] + "'");
        forms.clear();
        break;
      }
      std::string marker = forms[k].substr(a, b - a + 1);
      auto it = substitutions.find(marker);
      if (it == substitutions.end()) {
        warnings.Add(dl.number, "undefined substitution marker " + marker);
        forms.clear();
        break;
      }
      std::string base = forms[k];
      forms.erase(forms.begin() + static_cast<long>(k));
      for (const std::string& item : it->second) {
        std::string f = base;
        f.replace(a, b - a + 1, item);
        forms.push_back(f);
      }
      substituted = true;
      k = static_cast<size_t>(-1);  // rescan: a form may hold several markers
    }
    for (const std::string& f : forms) {
      Add(f, index, lexicon);
      if (!substituted && !plural_given) {
        std::vector<std::string> words = PhraseWords(f);
        if (!words.empty()) {
          words.back() = PluralOf(words.back());
          std::string plural;
          for (const std::string& w : words) plural += (plural.empty() ? "" : " ") + w;
          Add(plural, index, lexicon);
        }
      }
    }
    for (const std::string& p : plurals) Add(p, index, lexicon);
  }
}

}  // namespace tidings::extract
