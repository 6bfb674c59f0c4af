#include "extract/dictionary_lines.h"

#include <cctype>

namespace tidings::extract {

void WarningSink::Add(int line, const std::string& reason) const {
  if (out_ != nullptr) out_->push_back(file_ + ":" + std::to_string(line) + ": " + reason);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

bool DictionaryLineReader::Next(DictionaryLine* out) {
  while (!done_) {
    size_t nl = contents_.find('\n', pos_);
    if (nl == std::string_view::npos) nl = contents_.size();
    std::string_view line = contents_.substr(pos_, nl - pos_);
    ++number_;
    pos_ = nl + 1;
    if (nl == contents_.size()) done_ = true;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (in_xml_comment_) {
      size_t end = line.find("-->");
      if (end == std::string_view::npos) continue;
      line = line.substr(end + 3);
      in_xml_comment_ = false;
    }
    // One pass for the characters that start a comment: '<' (of "<!--"), '#', ';'.
    size_t special = 0;
    while (special < line.size() && line[special] != '<' && line[special] != '#' &&
           (line[special] != ';' || !semicolon_comments_))
      ++special;
    std::string_view tail;
    if (special < line.size()) {
      size_t open = line.find("<!--", special);
      if (open != std::string_view::npos) {
        size_t end = line.find("-->", open + 4);
        if (end == std::string_view::npos) {
          in_xml_comment_ = true;
          line = line.substr(0, open);
        } else {
          tail = line.substr(end + 3);
          line = line.substr(0, open);
        }
      }
      // '#' ends the content; so does ';' where it is a comment marker.
      size_t hash = line.find('#', special);
      if (hash != std::string_view::npos) line = line.substr(0, hash);
      if (semicolon_comments_) {
        size_t semi = line.find(';', special);
        if (semi != std::string_view::npos) line = line.substr(0, semi);
      }
    }
    std::string_view t = Trim(line);
    if (t.empty() && !tail.empty()) t = Trim(tail);
    if (t.empty()) continue;
    while (!line.empty() && IsAsciiSpace(line.back())) line.remove_suffix(1);
    out->number = number_;
    out->indented = !line.empty() && (line.front() == '\t' || line.front() == ' ');
    out->text = t;
    return true;
  }
  return false;
}

namespace {

// A trailing '.' on an ordinary word is punctuation, except in initialisms ("U.N.").
std::string_view WithoutFinalPeriod(std::string_view w) {
  if (w.size() > 1 && w.back() == '.' && w.find('.') == w.size() - 1) w.remove_suffix(1);
  return w;
}

// Calls fn(word) for each word of a dictionary phrase, as PhraseWords documents.
template <typename Fn>
void ForEachPhraseWord(std::string_view phrase, Fn&& fn) {
  char buf[256];
  std::string big;  // for a word longer than buf (never in real dictionaries)
  size_t len = 0;
  auto flush = [&]() {
    if (len == 0) return;
    std::string_view cur = len <= sizeof buf ? std::string_view(buf, len) : std::string_view(big);
    // Possessive written into the phrase: "RUSSIA'S" -> "RUSSIA" "'S".
    if (cur.size() > 2 && cur.ends_with("'S")) {
      fn(WithoutFinalPeriod(cur.substr(0, cur.size() - 2)));
      fn(std::string_view("'S"));
    } else {
      fn(WithoutFinalPeriod(cur));
    }
    len = 0;
    big.clear();
  };
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      flush();
    } else if (c == '/' || c == ',' || c == '(' || c == ')' || c == '"' || c == ':') {
      flush();
      fn(std::string_view(&c, 1));
    } else {
      char u = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
      if (len < sizeof buf) {
        buf[len] = u;
      } else {
        if (big.empty()) big.assign(buf, len);
        big.push_back(u);
      }
      ++len;
    }
  }
  flush();
}

}  // namespace

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> words;
  ForEachPhraseWord(phrase, [&](std::string_view w) { words.emplace_back(w); });
  return words;
}

size_t PhraseWordCount(std::string_view phrase) {
  size_t n = 0;
  ForEachPhraseWord(phrase, [&](std::string_view) { ++n; });
  return n;
}

void InternPhrase(std::string_view phrase, Lexicon* lexicon, std::vector<uint32_t>* ids) {
  ids->clear();
  ForEachPhraseWord(phrase, [&](std::string_view w) { ids->push_back(lexicon->Intern(w)); });
}

std::vector<uint32_t> InternPhrase(std::string_view phrase, Lexicon* lexicon) {
  std::vector<uint32_t> ids;
  InternPhrase(phrase, lexicon, &ids);
  return ids;
}

std::string PluralOf(std::string_view word) {
  std::string w(word);
  if (w.empty()) return w;
  char last = w.back();
  if (last == 'Y' && w.size() > 1 && std::string_view("AEIOU").find(w[w.size() - 2]) == std::string_view::npos) {
    w.pop_back();
    return w + "IES";
  }
  if (last == 'S' || last == 'X' || last == 'Z' || (w.size() > 1 && (w.ends_with("SH") || w.ends_with("CH")))) return w + "ES";
  return w + "S";
}

}  // namespace tidings::extract
