// Line reading shared by every dictionary reader: PETRARCH's comment rules ('#' to the end
// of the line, legacy ';' comments, <!-- ... --> blocks possibly spanning lines, blank lines)
// with the original line numbers kept for warnings.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"

namespace tidings::extract {

struct DictionaryLine {
  int number = 0;           // 1-based line number in the file
  std::string_view text;    // comment-free, right-trimmed (left whitespace kept)
  bool indented = false;    // started with a tab or spaces
};

// Where warnings go: "file:line: reason". Not thread-safe; used while loading only.
class WarningSink {
 public:
  WarningSink(std::vector<std::string>* out, std::string file) : out_(out), file_(std::move(file)) {}
  void Add(int line, const std::string& reason) const;
  const std::string& file() const { return file_; }

 private:
  std::vector<std::string>* out_;
  std::string file_;
};

// Reads `contents` as non-blank, comment-free lines, one at a time (no copy, no list).
// `semicolon_comments`: ';' starts a comment (the KEDS/TABARI convention, used in actor and
// verb files).
class DictionaryLineReader {
 public:
  DictionaryLineReader(std::string_view contents, bool semicolon_comments)
      : contents_(contents), semicolon_comments_(semicolon_comments), done_(contents.empty()) {}
  // The next line with content into *out; false at the end.
  bool Next(DictionaryLine* out);

 private:
  std::string_view contents_;
  bool semicolon_comments_;
  bool done_;
  bool in_xml_comment_ = false;
  size_t pos_ = 0;
  int number_ = 0;
};

// The lines of DictionaryLineReader as a range: for (const DictionaryLine& dl : ...).
class DictionaryLines {
 public:
  class iterator {
   public:
    explicit iterator(DictionaryLineReader* reader) : reader_(reader) { ++*this; }
    iterator() = default;
    const DictionaryLine& operator*() const { return line_; }
    iterator& operator++() {
      if (reader_ != nullptr && !reader_->Next(&line_)) reader_ = nullptr;
      return *this;
    }
    bool operator!=(const iterator& o) const { return reader_ != o.reader_; }

   private:
    DictionaryLineReader* reader_ = nullptr;
    DictionaryLine line_;
  };
  DictionaryLines(std::string_view contents, bool semicolon_comments) : reader_(contents, semicolon_comments) {}
  iterator begin() { return iterator(&reader_); }
  iterator end() { return iterator(); }

 private:
  DictionaryLineReader reader_;
};
inline DictionaryLines ReadDictionaryLines(std::string_view contents, bool semicolon_comments) {
  return DictionaryLines(contents, semicolon_comments);
}

// Our own tab-separated tables (cameo_codes.tsv, gazetteer.tsv): calls `row(number, fields)`
// with the 1-based line number and the fields (a std::vector<std::string_view>) of every line
// that is not blank, a '#' comment, or the header (a first row starting with
// `header_prefix`). CR line ends are accepted.
template <typename Row>
void ForEachTsvRow(std::string_view contents, std::string_view header_prefix, Row&& row);

// std::isspace of the "C" locale, inline (loading calls it for every byte of a dictionary).
inline bool IsAsciiSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s);

// The first blank (space or tab) at or after `from`, or npos; FindNonBlank the first other
// byte. (string_view::find_first_of(" \t") calls memchr once per byte: over the OEDA actor
// files that was a tenth of loading.)
inline size_t FindBlank(std::string_view s, size_t from = 0) {
  for (size_t i = from; i < s.size(); ++i)
    if (s[i] == ' ' || s[i] == '\t') return i;
  return std::string_view::npos;
}
inline size_t FindNonBlank(std::string_view s, size_t from = 0) {
  for (size_t i = from; i < s.size(); ++i)
    if (s[i] != ' ' && s[i] != '\t') return i;
  return std::string_view::npos;
}

// Splits a dictionary phrase ("RECEP_TAYYIP_ERDOGAN_", "CARLOS SANTOS_CRUZ") into the word
// spellings the tokenizer produces for the same text; `_` and blanks both separate words, a
// trailing '_' (TABARI's "stop" marker) is dropped, "'S" becomes its own word.
std::vector<std::string> PhraseWords(std::string_view phrase);
// The number of words PhraseWords gives.
size_t PhraseWordCount(std::string_view phrase);
// PhraseWords interned into `lexicon` (into *ids, cleared first, to reuse its memory).
std::vector<uint32_t> InternPhrase(std::string_view phrase, Lexicon* lexicon);
void InternPhrase(std::string_view phrase, Lexicon* lexicon, std::vector<uint32_t>* ids);

// Regular English plural of the last word: +S, Y -> IES, S/X/Z/SH/CH -> +ES.
std::string PluralOf(std::string_view word);

template <typename Row>
void ForEachTsvRow(std::string_view contents, std::string_view header_prefix, Row&& row) {
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
