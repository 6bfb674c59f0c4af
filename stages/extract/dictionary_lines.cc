#include "extract/dictionary_lines.h"

#include <array>
#include <cctype>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace tidings::extract {

void WarningSink::Add(int line, const std::string& reason) const {
  if (out_ != nullptr) out_->push_back(file_ + ":" + std::to_string(line) + ": " + reason);
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

namespace {

// The first '\n' or comment-starting byte ('<', '#', and ';' when `semicolons`) at or after
// `from`, or s.size(). Sixteen bytes per step: most lines have none of them, and a byte at a
// time this scan was a tenth of loading the OEDA dictionaries.
size_t FindLineStop(std::string_view s, size_t from, bool semicolons) {
  size_t i = from;
#if defined(__SSE2__)
  const __m128i nl = _mm_set1_epi8('\n'), lt = _mm_set1_epi8('<'), hash = _mm_set1_epi8('#');
  const __m128i semi = _mm_set1_epi8(semicolons ? ';' : '\n');
  for (; i + 16 <= s.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, nl), _mm_cmpeq_epi8(v, lt)),
                               _mm_or_si128(_mm_cmpeq_epi8(v, hash), _mm_cmpeq_epi8(v, semi)));
    if (int bits = _mm_movemask_epi8(hit)) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(bits)));
  }
#endif
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n' || c == '<' || c == '#' || (c == ';' && semicolons)) return i;
  }
  return s.size();
}

}  // namespace

bool DictionaryLineReader::Next(DictionaryLine* out) {
  while (!done_) {
    // Outside an XML comment one scan finds the line's end and its first comment byte.
    size_t stop = in_xml_comment_ ? pos_ : FindLineStop(contents_, pos_, semicolon_comments_);
    size_t nl = stop < contents_.size() && contents_[stop] == '\n' ? stop : contents_.find('\n', stop);
    if (nl == std::string_view::npos) nl = contents_.size();
    std::string_view line = contents_.substr(pos_, nl - pos_);
    size_t special = in_xml_comment_ || stop == nl ? line.size() : stop - pos_;
    ++number_;
    pos_ = nl + 1;
    if (nl == contents_.size()) done_ = true;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (in_xml_comment_) {
      size_t end = line.find("-->");
      if (end == std::string_view::npos) continue;
      line = line.substr(end + 3);
      in_xml_comment_ = false;
      // One pass for the characters that start a comment: '<' (of "<!--"), '#', ';'.
      special = 0;
      while (special < line.size() && line[special] != '<' && line[special] != '#' &&
             (line[special] != ';' || !semicolon_comments_))
        ++special;
    }
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
    // A line of blanks before a comment's tail is not indented (its content is the tail's).
    const bool own_text = !t.empty();
    if (t.empty() && !tail.empty()) t = Trim(tail);
    if (t.empty()) continue;
    out->number = number_;
    out->indented = own_text && (line.front() == '\t' || line.front() == ' ');
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

// What a byte of a dictionary phrase is: part of a word (a lower-case letter marked), a
// separator ('_' and blanks), or a symbol that is a word of its own. One table lookup instead
// of nine comparisons and a range test per byte.
enum : uint8_t { kWordByte = 0, kSeparatorByte = 1, kSymbolByte = 2, kLowerByte = 4 };
constexpr uint8_t kNotWord = kSeparatorByte | kSymbolByte;
constexpr std::array<uint8_t, 256> kPhraseBytes = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : std::string_view("_ \t")) t[c] = kSeparatorByte;
  for (unsigned char c : std::string_view("/,()\":")) t[c] = kSymbolByte;
  for (unsigned char c = 'a'; c <= 'z'; ++c) t[c] = kLowerByte;
  return t;
}();

// Calls fn(word) for each word of a dictionary phrase, as PhraseWords documents. Words are
// taken a run at a time and passed as views of the phrase when already upper-case (as nearly
// all dictionary words are); only a word with a lower-case letter is copied.
template <typename Fn>
void ForEachPhraseWord(std::string_view phrase, Fn&& fn) {
  char buf[256];
  std::string big;  // for a word longer than buf (never in real dictionaries)
  auto emit = [&](std::string_view cur) {
    // Possessive written into the phrase: "RUSSIA'S" -> "RUSSIA" "'S".
    if (cur.size() > 2 && cur.ends_with("'S")) {
      fn(WithoutFinalPeriod(cur.substr(0, cur.size() - 2)));
      fn(std::string_view("'S"));
    } else {
      fn(WithoutFinalPeriod(cur));
    }
  };
  const size_t n = phrase.size();
  for (size_t i = 0; i < n;) {
    const uint8_t kind = kPhraseBytes[static_cast<unsigned char>(phrase[i])];
    if (kind & kNotWord) {
      if (kind == kSymbolByte) fn(phrase.substr(i, 1));
      ++i;
      continue;
    }
    size_t j = i;
    uint8_t seen = 0;  // kLowerByte when the word has a lower-case letter
    for (uint8_t k; j < n && !((k = kPhraseBytes[static_cast<unsigned char>(phrase[j])]) & kNotWord); ++j) seen |= k;
    std::string_view word = phrase.substr(i, j - i);
    i = j;
    if (seen != 0) {
      char* out = buf;
      if (word.size() > sizeof buf) {
        big.resize(word.size());
        out = big.data();
      }
      for (size_t k = 0; k < word.size(); ++k) {
        char c = word[k];
        out[k] = static_cast<unsigned char>(c - 'a') < 26 ? static_cast<char>(c - 'a' + 'A') : c;
      }
      word = std::string_view(out, word.size());
    }
    emit(word);
  }
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
