#include "extract/sentence_extras.h"

#include <algorithm>

namespace tidings::extract {

int32_t FindDiscard(const Dictionaries& d, const std::vector<Token>& tk) {
  auto word_at = [&](size_t j) { return tk[j].word; };
  for (size_t i = 0; i < tk.size(); ++i) {
    if (!(d.Flags(tk[i].word) & kDiscardStart)) continue;
    int32_t hit = -1;
    d.discards.trie().ForEachMatch(i, tk.size(), word_at, [&](int32_t v, size_t) {
      if (v < 0) return true;
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

const Place* FindPlace(const Dictionaries& d, const SentenceWork& w) {
  const auto& tk = w.tokens;
  auto name_word = [&](size_t k) { return k < tk.size() && tk[k].is_word && tk[k].capitalized && !tk[k].is_number; };
  auto in_actor = [&](size_t b, size_t e) {
    for (const Mention& m : w.mentions) {
      if (m.begin < e && b < m.end) return true;
    }
    return false;
  };
  auto word_at = [&](size_t j) { return tk[j].word; };
  const Place* any_city = nullptr;
  for (size_t i = 0; i < tk.size(); ++i) {
    if (!tk[i].capitalized) continue;
    PhraseTrie::Match found = d.gazetteer.trie().Longest(i, tk.size(), word_at);
    if (found.end == 0) continue;
    // The capitalised word before must not continue the name; a sentence-initial "The"
    // is a determiner, not part of it.
    bool fragment = name_word(found.end) || (i > 0 && name_word(i - 1) && !(i == 1 && (d.Flags(tk[0].word) & kDet)));
    if (fragment) continue;
    const Place& p = d.gazetteer.place(found.value);
    bool intro = i > 0 && (d.Flags(tk[i - 1].word) & kPlaceIntro);
    if (intro) return &p;
    if (!any_city && p.kind != Place::kCountry && !in_actor(i, found.end)) any_city = &p;
  }
  return any_city;
}

}  // namespace tidings::extract
