#include "extract/phrase_lists.h"

#include <algorithm>
#include <cctype>

namespace tidings::extract {
namespace {

void AddPhrase(PhraseTrie* trie, const std::vector<std::string>& words, int32_t value, Lexicon* lexicon,
               size_t* added) {
  std::vector<uint32_t> ids;
  for (const std::string& w : words) ids.push_back(lexicon->Intern(w));
  if (ids.empty()) return;
  uint32_t node = trie->Insert(ids);
  if (trie->Value(node) == PhraseTrie::kNoValue) {
    trie->SetValue(node, value);
    if (added) ++*added;
  }
}

// A (trie node, word) pair as one string key.
std::string DiscardStemKey(uint32_t node, std::string_view word) {
  std::string key(reinterpret_cast<const char*>(&node), sizeof node);
  key += word;
  return key;
}

}  // namespace

void DiscardList::Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon) {
  for (const DictionaryLine& dl : ReadDictionaryLines(contents, true)) {
    std::string_view t = dl.text;
    DiscardRecord rec;
    rec.line = dl.number;
    if (t.front() == '+') {
      rec.story = true;
      t = Trim(t.substr(1));
    }
    if (t.empty()) {
      warnings.Add(dl.number, "empty discard phrase");
      continue;
    }
    if (t.find('[') != std::string_view::npos) {
      warnings.Add(dl.number, "discard lines hold a phrase only, not a [code]");
      continue;
    }
    rec.phrase = std::string(t);
    rec.whole = t.back() == '_';
    std::vector<std::string> words = PhraseWords(t);
    if (words.empty()) {
      warnings.Add(dl.number, "empty discard phrase");
      continue;
    }
    int32_t index = static_cast<int32_t>(records_.size());
    records_.push_back(rec);
    AddPhrase(&trie_, words, index, lexicon, nullptr);
    std::vector<uint32_t> before;
    for (size_t k = 0; k + 1 < words.size(); ++k) before.push_back(lexicon->Intern(words[k]));
    uint32_t node = before.empty() ? PhraseTrie::kRoot : trie_.Insert(before);
    stems_.emplace(DiscardStemKey(node, words.back()), index);  // the first record of a stem wins
    longest_stem_ = std::max(longest_stem_, words.back().size());
    bool alpha = std::isalpha(static_cast<unsigned char>(words.back().back())) != 0;
    if (alpha) {
      words.back() = PluralOf(words.back());
      AddPhrase(&trie_, words, index, lexicon, nullptr);
    }
  }
}

int32_t DiscardList::StemAt(uint32_t node, std::string_view token) const {
  // Every prefix of the token that some record's last word may be, longest first.
  for (size_t n = std::min(token.size(), longest_stem_); n > 0; --n) {
    auto it = stems_.find(DiscardStemKey(node, token.substr(0, n)));
    if (it != stems_.end() && (n == token.size() || !records_[it->second].whole)) return it->second;
  }
  return -1;
}

void IssueList::Load(std::string_view contents, const WarningSink& warnings, Lexicon* lexicon) {
  bool in_block = false;
  for (const DictionaryLine& dl : ReadDictionaryLines(contents, false)) {
    std::string_view t = dl.text;
    if (t.starts_with("<ISSUE")) {
      if (in_block) warnings.Add(dl.number, "<ISSUE> opened before the previous block was closed");
      in_block = true;
      continue;
    }
    if (t.starts_with("</ISSUE")) {
      if (!in_block) warnings.Add(dl.number, "</ISSUE> without an open block");
      in_block = false;
      continue;
    }
    bool ignore = false;
    while (!t.empty() && t.front() == '~') {
      ignore = true;
      t.remove_prefix(1);
    }
    std::string code;
    size_t open = t.find('[');
    if (open != std::string_view::npos) {
      size_t close = t.find(']', open);
      if (close == std::string_view::npos) {
        warnings.Add(dl.number, "unclosed '[' in issue code");
        continue;
      }
      code = std::string(Trim(t.substr(open + 1, close - open - 1)));
      t = Trim(t.substr(0, open));
    }
    if (!ignore && code.empty()) {
      warnings.Add(dl.number, "issue phrase without [CODE] (and not a ~ignore phrase)");
      continue;
    }
    if (t.empty()) {
      warnings.Add(dl.number, "empty issue phrase");
      continue;
    }
    // Expand each blank-separated item into its variants, then take the cross product.
    std::vector<std::vector<std::string>> variants{{}};
    size_t p = 0;
    std::string text(t);
    bool bad = false;
    while (p < text.size()) {
      while (p < text.size() && IsAsciiSpace(text[p])) ++p;
      size_t q = p;
      while (q < text.size() && !IsAsciiSpace(text[q])) ++q;
      if (q == p) break;
      std::string item = text.substr(p, q - p);
      p = q;
      // std::toupper of the "C" locale (the program sets no other), without a call per byte.
      for (char& c : item) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      std::vector<std::vector<std::string>> forms;  // each form is 1+ words
      auto with_plus = [&](const std::string& w) {
        std::vector<std::vector<std::string>> out;
        size_t plus = w.find('+');
        if (plus == std::string::npos) return std::vector<std::vector<std::string>>{{w}};
        std::string a = w.substr(0, plus), b = w.substr(plus + 1);
        return std::vector<std::vector<std::string>>{{a, b}, {a + "-" + b}};
      };
      if (item.starts_with("N:")) {
        std::string w = item.substr(2);
        for (auto& f : with_plus(w)) {
          forms.push_back(f);
          f.back() = PluralOf(f.back());
          forms.push_back(f);
        }
      } else if (item.starts_with("V:")) {
        std::string w = item.substr(2);
        for (auto& f : with_plus(w)) {
          std::string base = f.back();
          forms.push_back(f);
          f.back() = base + (base.back() == 'S' ? "ES" : "S");
          forms.push_back(f);
          f.back() = base.back() == 'E' ? base + "D" : base + "ED";
          forms.push_back(f);
          f.back() = base.back() == 'E' ? base.substr(0, base.size() - 1) + "ING" : base + "ING";
          forms.push_back(f);
        }
      } else if (item.find(':') != std::string::npos && item.find(':') < 3) {
        warnings.Add(dl.number, "unknown issue expansion '" + item + "' (expected n: or v:)");
        bad = true;
        break;
      } else {
        forms = with_plus(item);
      }
      std::vector<std::vector<std::string>> next;
      for (const auto& v : variants) {
        for (const auto& f : forms) {
          auto n = v;
          for (const std::string& w : f) {
            for (const std::string& pw : PhraseWords(w)) n.push_back(pw);
          }
          next.push_back(std::move(n));
        }
      }
      variants.swap(next);
    }
    if (bad) continue;
    int32_t value = kIgnore;
    if (!ignore) {
      value = static_cast<int32_t>(codes_.size());
      codes_.push_back(code);
    }
    for (const auto& v : variants) AddPhrase(&trie_, v, value, lexicon, &phrases_);
  }
}

}  // namespace tidings::extract
