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

// The forms of one upper-cased item of an issue phrase, each as its phrase words, into *forms:
// "A+B" is "A B" and "A-B"; "N:" adds the noun's plural, "V:" the verb's regular inflections.
// False for an unknown "X:" expansion.
bool ExpandIssueItem(const std::string& item, std::vector<std::vector<std::string>>* forms) {
  forms->clear();
  // A form: `first` (none when empty) then `last`, each as its phrase words.
  auto add = [&](std::string_view first, std::string_view last) {
    std::vector<std::string>& f = forms->emplace_back();
    for (std::string_view w : {first, last}) {
      for (std::string& pw : PhraseWords(w)) f.push_back(std::move(pw));
    }
  };
  // The forms of w, {w} or for "A+B" {A, B} and {A-B}, each with its last word `inflect`ed.
  auto with_plus = [&](std::string_view w, auto&& inflect) {
    size_t plus = w.find('+');
    if (plus == std::string_view::npos) {
      inflect(std::string_view(), w);
      return;
    }
    std::string_view a = w.substr(0, plus), b = w.substr(plus + 1);
    inflect(a, b);
    inflect(std::string_view(), std::string(a) + "-" + std::string(b));
  };
  if (item.starts_with("N:")) {
    with_plus(std::string_view(item).substr(2), [&](std::string_view first, std::string_view last) {
      add(first, last);
      add(first, PluralOf(last));
    });
  } else if (item.starts_with("V:")) {
    with_plus(std::string_view(item).substr(2), [&](std::string_view first, std::string_view last) {
      std::string base(last);
      add(first, base);
      add(first, base + (base.back() == 'S' ? "ES" : "S"));
      add(first, base.back() == 'E' ? base + "D" : base + "ED");
      add(first, base.back() == 'E' ? base.substr(0, base.size() - 1) + "ING" : base + "ING");
    });
  } else if (item.find(':') != std::string::npos && item.find(':') < 3) {
    return false;
  } else {
    with_plus(item, [&](std::string_view first, std::string_view last) { add(first, last); });
  }
  return true;
}

// Adds to the trie every combination of one form per item (items[0, item_count)), the last
// item's varying fastest, as `value`; counts the phrases new to it in *added.
void AddCombinations(const std::vector<std::vector<std::vector<std::string>>>& items, size_t item_count,
                     int32_t value, PhraseTrie* trie, Lexicon* lexicon, size_t* added) {
  std::vector<size_t> pick(item_count, 0);  // the form of each item, an odometer
  std::vector<uint32_t> ids;
  while (true) {
    ids.clear();
    for (size_t i = 0; i < item_count; ++i) {
      for (const std::string& w : items[i][pick[i]]) ids.push_back(lexicon->Intern(w));
    }
    if (!ids.empty()) {
      uint32_t node = trie->Insert(ids);
      if (trie->Value(node) == PhraseTrie::kNoValue) {
        trie->SetValue(node, value);
        ++*added;
      }
    }
    size_t i = item_count;
    while (i > 0 && ++pick[i - 1] == items[i - 1].size()) pick[--i] = 0;
    if (i == 0) return;
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
  std::vector<std::vector<std::vector<std::string>>> items;  // each item's forms, reused from line to line
  std::string item;
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
    // Expand each blank-separated item into its forms (each form its phrase words), then add
    // every combination of one form per item, the last item's varying fastest.
    size_t item_count = 0;
    bool bad = false;
    for (size_t p = 0; p < t.size();) {
      while (p < t.size() && IsAsciiSpace(t[p])) ++p;
      size_t q = p;
      while (q < t.size() && !IsAsciiSpace(t[q])) ++q;
      if (q == p) break;
      item.assign(t.data() + p, q - p);
      p = q;
      // std::toupper of the "C" locale (the program sets no other), without a call per byte.
      for (char& c : item) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      if (item_count == items.size()) items.emplace_back();
      if (!ExpandIssueItem(item, &items[item_count])) {
        warnings.Add(dl.number, "unknown issue expansion '" + item + "' (expected n: or v:)");
        bad = true;
        break;
      }
      ++item_count;
    }
    if (bad) continue;
    int32_t value = kIgnore;
    if (!ignore) {
      value = static_cast<int32_t>(codes_.size());
      codes_.push_back(code);
    }
    AddCombinations(items, item_count, value, &trie_, lexicon, &phrases_);
  }
}

}  // namespace tidings::extract
