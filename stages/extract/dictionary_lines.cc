#include "extract/dictionary_lines.h"

#include <cctype>

namespace tidings::extract {

void WarningSink::Add(int line, const std::string& reason) const {
  if (out_ != nullptr) out_->push_back(file_ + ":" + std::to_string(line) + ": " + reason);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::vector<DictionaryLine> ReadDictionaryLines(std::string_view contents, bool semicolon_comments) {
  std::vector<DictionaryLine> out;
  int number = 0;
  bool in_xml_comment = false;
  size_t pos = 0;
  while (pos <= contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    ++number;
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (in_xml_comment) {
      size_t end = line.find("-->");
      if (end == std::string_view::npos) continue;
      line = line.substr(end + 3);
      in_xml_comment = false;
    }
    size_t open = line.find("<!--");
    std::string_view tail;
    if (open != std::string_view::npos) {
      size_t end = line.find("-->", open + 4);
      if (end == std::string_view::npos) {
        in_xml_comment = true;
        line = line.substr(0, open);
      } else {
        tail = line.substr(end + 3);
        line = line.substr(0, open);
      }
    }
    // '#' ends the content; so does ';' where it is a comment marker.
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    if (semicolon_comments) {
      size_t semi = line.find(';');
      if (semi != std::string_view::npos) line = line.substr(0, semi);
    }
    std::string_view t = Trim(line);
    if (t.empty() && !tail.empty()) t = Trim(tail);
    if (t.empty()) {
      if (nl == contents.size()) break;
      continue;
    }
    while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
    DictionaryLine dl;
    dl.number = number;
    dl.indented = !line.empty() && (line.front() == '\t' || line.front() == ' ');
    dl.text = t;
    out.push_back(dl);
    if (nl == contents.size()) break;
  }
  return out;
}

std::vector<std::string> PhraseWords(std::string_view phrase) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&]() {
    if (cur.empty()) return;
    // Possessive written into the phrase: "RUSSIA'S" -> "RUSSIA" "'S".
    if (cur.size() > 2 && cur.compare(cur.size() - 2, 2, "'S") == 0) {
      words.push_back(cur.substr(0, cur.size() - 2));
      words.emplace_back("'S");
    } else {
      words.push_back(cur);
    }
    cur.clear();
  };
  for (char c : phrase) {
    if (c == '_' || c == ' ' || c == '\t') {
      flush();
    } else if (c == '/' || c == ',' || c == '(' || c == ')' || c == '"' || c == ':') {
      flush();
      words.emplace_back(1, c);
    } else {
      cur.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  flush();
  // A trailing '.' on an ordinary word is punctuation, except in initialisms ("U.N.").
  for (std::string& w : words) {
    if (w.size() > 1 && w.back() == '.' && w.find('.') == w.size() - 1) w.pop_back();
  }
  return words;
}

std::vector<uint32_t> InternPhrase(std::string_view phrase, Lexicon* lexicon) {
  std::vector<uint32_t> ids;
  for (const std::string& w : PhraseWords(phrase)) ids.push_back(lexicon->Intern(w));
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

void ForEachTsvRow(std::string_view contents, std::string_view header_prefix,
                   const std::function<void(int, const std::vector<std::string_view>&)>& row) {
  int number = 0;
  size_t pos = 0;
  bool header = true;
  std::vector<std::string_view> fields;
  while (pos < contents.size()) {
    size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) nl = contents.size();
    std::string_view line = contents.substr(pos, nl - pos);
    pos = nl + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || line.front() == '#') continue;
    if (header) {
      header = false;
      if (line.starts_with(header_prefix)) continue;
    }
    fields.clear();
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
      if (tab == std::string_view::npos) break;
      start = tab + 1;
    }
    row(number, fields);
  }
}

}  // namespace tidings::extract
