#include "extract/tokenizer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

#include "tidings/calendar.h"

namespace tidings::extract {
namespace {

bool IsAsciiAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Upper-cases the run of ASCII lower-case letters at s[j] (most of a word's bytes) into
// out[*len...]; returns the end of the run. Eight bytes at a time while eight remain: the
// bytes after the run are written too (the buffer has room), and overwritten by what follows.
[[gnu::always_inline]] inline size_t PutLowerRun(std::string_view s, size_t j, char* out, size_t* len) {
  const char* p = s.data();
  const size_t n = s.size();
  char* w = out + *len;
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    while (j + 8 <= n) {
      uint64_t x;
      std::memcpy(&x, p + j, 8);
      // High bit of each byte: 'a' <= byte <= 'z' (the OR keeps the subtractions per byte).
      uint64_t lower = ((x | kHigh) - 0x6161616161616161ull) & ~((x | kHigh) - 0x7b7b7b7b7b7b7b7bull) & ~x & kHigh;
      uint64_t up = x ^ (lower >> 2);  // 0x20 off each lower-case letter
      std::memcpy(w, &up, 8);
      uint64_t stop = ~lower & kHigh;
      if (stop != 0) {
        size_t k = static_cast<size_t>(std::countr_zero(stop)) / 8;
        *len = static_cast<size_t>(w + k - out);
        return j + k;
      }
      w += 8;
      j += 8;
    }
  }
  for (; j < n && static_cast<unsigned char>(p[j] - 'a') < 26; ++j) *w++ = static_cast<char>(p[j] - 'a' + 'A');
  *len = static_cast<size_t>(w - out);
  return j;
}

// Recognises the typographic punctuation news text uses; returns its ASCII equivalent and
// byte length, or {0,0} when `s[i]` starts something else.
[[gnu::always_inline]] inline std::pair<char, int> TypographicAt(std::string_view s, size_t i) {
  // Fast path: every typographic sign starts with a lead byte >= 0xC2 (ASCII is most text).
  if (i >= s.size() || static_cast<unsigned char>(s[i]) < 0xC2) return {0, 0};
  auto b = [&](size_t k) -> unsigned char { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0; };
  if (b(0) == 0xE2 && b(1) == 0x80) {
    switch (b(2)) {
      case 0x98: case 0x99: case 0xB2: return {'\'', 3};
      case 0x9C: case 0x9D: case 0x9E: case 0xB3: return {'"', 3};
      case 0x93: case 0x94: case 0x95: return {'-', 3};
      case 0xA6: return {'.', 3};
      case 0x8B: case 0x8C: case 0x8D: return {' ', 3};  // zero-width characters
      default: break;
    }
  }
  if (b(0) == 0xC2 && (b(1) == 0xA0 || b(1) == 0xAB || b(1) == 0xBB)) return {b(1) == 0xA0 ? ' ' : '"', 2};
  return {0, 0};
}

// A byte that can be part of a word: ASCII letters/digits and any other UTF-8 byte that is
// not typographic punctuation (accented letters, non-Latin scripts).
[[gnu::always_inline]] inline bool IsWordByte(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiAlpha(c) || IsDigit(c);
  return TypographicAt(s, i).second == 0;
}

// Titles and other abbreviations that a period does not end a sentence after; month
// abbreviations come from the calendar table (IsMonthAbbreviation).
constexpr std::array<std::string_view, 50> kAbbreviations = {
    "MR", "MRS", "MS", "DR", "GEN", "LT", "COL", "SGT", "CAPT", "MAJ", "GOV", "SEN", "REP",
    "PROF", "ST", "JR", "SR", "INC", "CORP", "CO", "LTD", "NO", "VS", "ETC", "ADM", "CMDR",
    "BRIG", "PRES", "AMB", "REV", "FR", "HON", "GENS", "SENS", "REPS", "DEPT", "MT", "FT",
    "GOVT", "LTD", "PLC", "APPROX", "EST", "AVE", "BLVD", "RD", "MESSRS", "ESQ", "U.S", "U.N"};

// "Jan." or "Sept." continues a sentence; "May." is the whole month name and ends one.
bool IsMonthAbbreviation(std::string_view upper) {
  if (upper == kSeptemberLongAbbreviation) return true;
  return upper.size() == 3 && upper != "MAY" && MonthFromName(upper) != 0;
}

bool IsAbbreviation(std::string_view word) {
  std::string up;
  for (char c : word) up.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  if (up.size() == 1 && IsUpper(static_cast<unsigned char>(up[0]))) return true;  // initial
  if (up.find('.') != std::string::npos) return true;  // "U.S", "U.N", "A.M"
  return IsMonthAbbreviation(up) || std::find(kAbbreviations.begin(), kAbbreviations.end(), up) != kAbbreviations.end();
}

}  // namespace

std::vector<std::pair<size_t, size_t>> SplitSentences(std::string_view text) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t start = 0;
  auto emit = [&](size_t end) {
    size_t b = start, e = end;
    while (b < e && std::isspace(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(text[e - 1]))) --e;
    if (e > b) out.emplace_back(b, e);
    start = end;
  };
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '\n') {
      // A blank line (paragraph break) ends the sentence.
      size_t j = i + 1;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      if (j < text.size() && text[j] == '\n') {
        emit(i);
        i = j + 1;
        start = i;
        continue;
      }
    }
    if (c == '.' || c == '!' || c == '?') {
      size_t j = i + 1;
      while (j < text.size() && (text[j] == '.' || text[j] == '!' || text[j] == '?')) ++j;
      // Closing quotes and brackets stay with the sentence they close.
      while (j < text.size()) {
        auto typo = TypographicAt(text, j);
        if (text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']') {
          ++j;
        } else if (typo.second > 0 && (typo.first == '"' || typo.first == '\'')) {
          j += typo.second;
        } else {
          break;
        }
      }
      if (j >= text.size()) break;
      unsigned char next = static_cast<unsigned char>(text[j]);
      if (!std::isspace(next)) {
        i = j;
        continue;
      }
      size_t k = j;
      while (k < text.size() && std::isspace(static_cast<unsigned char>(text[k]))) ++k;
      if (k >= text.size()) break;
      unsigned char after = static_cast<unsigned char>(text[k]);
      bool starts_sentence = IsUpper(after) || IsDigit(after) || after == '"' || after == '\'' ||
                             after == '(' || TypographicAt(text, k).second > 0 || after >= 0x80;
      bool abbreviation = false;
      if (c == '.' && j == i + 1) {
        size_t w = i;
        while (w > start && (IsWordByte(text, w - 1) || text[w - 1] == '.')) --w;
        std::string_view word = text.substr(w, i - w);
        // "U.S." followed by a capitalised word is usually "U.S. President ...": keep going.
        abbreviation = !word.empty() && IsAbbreviation(word);
      }
      if (starts_sentence && !abbreviation) {
        emit(j);
        i = k;
        start = k;
        continue;
      }
      i = j;
      continue;
    }
    ++i;
  }
  emit(text.size());
  return out;
}

size_t DatelineLength(std::string_view s) {
  // "BAKU, Nov 11 (Reuters) - ..." / "WASHINGTON (AP) -- ..." / "MOSCOW, March 3 — ..."
  size_t n = std::min<size_t>(s.size(), 90);
  size_t caps = 0;
  while (caps < n && (IsUpper(static_cast<unsigned char>(s[caps])) || s[caps] == ' ' || s[caps] == '.')) ++caps;
  if (caps < 3) return 0;
  for (size_t i = caps; i + 2 < n; ++i) {
    auto typo = TypographicAt(s, i);
    bool dash = (s[i] == '-' && (s[i + 1] == ' ' || s[i + 1] == '-')) || (typo.first == '-' && typo.second > 0);
    if (dash && i > 0 && s[i - 1] == ' ') {
      size_t j = i + (typo.second > 0 ? typo.second : 1);
      while (j < s.size() && (s[j] == '-' || s[j] == ' ')) ++j;
      return j;
    }
    if (s[i] == '.' || s[i] == '"') return 0;
  }
  return 0;
}

void Tokenize(std::string_view s, const Lexicon& lexicon, std::vector<Token>* out) {
  size_t count = 0;
  size_t made = out->size();  // tokens in *out to reuse before growing it
  // Inlined: called once per token, its call cost as much as its work.
  auto push = [&]() __attribute__((always_inline)) -> Token& {
    if (count == made) {
      out->emplace_back();
      made = out->size();
    }
    Token& t = (*out)[count++];
    t.upper = {};
    t.word = kNoWord;
    t.is_word = t.is_number = t.capitalized = t.joined = false;
    return t;
  };
  // Every token's normalised form is written here, one after the other: together never
  // longer than the sentence plus a few bytes per token ("'S", "N'T"), so no bounds checks.
  thread_local std::vector<char> buffer;
  if (buffer.size() < 3 * s.size() + 16) buffer.resize(3 * s.size() + 16);
  char* norm = buffer.data();
  // Keeps `text` in the buffer and returns it there.
  auto keep = [&](std::string_view text) {
    std::memcpy(norm, text.data(), text.size());
    std::string_view kept(norm, text.size());
    norm += text.size();
    return kept;
  };
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char pc = static_cast<char>(c);
    int plen = 1;
    bool word_start;
    if (c < 0x80) {  // ASCII, most of the text: no typographic sign to look for
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++i;
        continue;
      }
      word_start = IsAsciiAlpha(c) || IsDigit(c);
    } else {
      auto typo = TypographicAt(s, i);
      if (typo.second) {
        pc = typo.first;
        plen = typo.second;
      }
      if (pc == ' ') {
        i += plen;
        continue;
      }
      word_start = IsWordByte(s, i);
    }
    if (!word_start) {
      // Apostrophe forms attached to the previous word: 's, ' (plural possessive), n't.
      if (pc == '\'' && count > 0 && (*out)[count - 1].is_word && (*out)[count - 1].end == i) {
        size_t j = i + plen;
        if (j < s.size() && (s[j] == 's' || s[j] == 'S') && (j + 1 >= s.size() || !IsWordByte(s, j + 1))) {
          Token& t = push();
          t.upper = "'S";  // static storage
          t.begin = static_cast<uint32_t>(i);
          t.end = static_cast<uint32_t>(j + 1);
          t.word = lexicon.Find(t.upper);
          t.is_word = false;
          i = j + 1;
          continue;
        }
      }
      Token& t = push();
      t.upper = keep(std::string_view(&pc, 1));
      // "--" is one dash.
      size_t j = i + plen;
      if (pc == '-') {
        while (j < s.size() && s[j] == '-') ++j;
      }
      t.begin = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(j);
      t.word = lexicon.Find(t.upper);
      i = j;
      continue;
    }
    // A word: letters/digits with internal '.', '-', '\'' , '&' when followed by a word byte.
    // Scanned once: its normalised form (ASCII upper-case, typographic apostrophes and dashes
    // made ASCII) is written on the way. Capitalised: an upper-case
    // first letter, or any upper-case letter ("iSrael", "McCain").
    size_t len = 0;
    auto put = [&](char ch) { norm[len++] = ch; };
    bool capitalized = c >= 0x80;
    size_t j = i;
    bool has_hyphen = false;
    while (j < s.size()) {
      if (static_cast<unsigned char>(s[j] - 'a') < 26) {
        j = PutLowerRun(s, j, norm, &len);
        continue;
      }
      unsigned char cj = static_cast<unsigned char>(s[j]);
      if (cj < 0x80) {
        if (cj >= 'a' && cj <= 'z') {
          put(static_cast<char>(cj - 'a' + 'A'));
          ++j;
          continue;
        }
        if (IsUpper(cj)) {
          capitalized = true;
          put(static_cast<char>(cj));
          ++j;
          continue;
        }
        if (IsDigit(cj)) {
          put(static_cast<char>(cj));
          ++j;
          continue;
        }
        if (cj == ' ') break;  // (the usual end of a word, none of the joiners below)
        // "20,000": a thousands separator keeps the number whole (written as "20000").
        auto digit = [&](size_t k) { return k < s.size() && IsDigit(static_cast<unsigned char>(s[k])); };
        if (cj == ',' && j > i && digit(j - 1) && digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4) &&
            std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(j),
                        [](char x) { return IsDigit(static_cast<unsigned char>(x)) || x == ','; })) {
          ++j;
          continue;
        }
      } else if (IsWordByte(s, j)) {
        put(static_cast<char>(cj));
        ++j;
        continue;
      }
      auto t2 = TypographicAt(s, j);
      char jc = t2.second ? t2.first : s[j];
      int jl = t2.second ? t2.second : 1;
      if ((jc == '-' || jc == '.' || jc == '&' || jc == '\'') && j + jl < s.size() && IsWordByte(s, j + jl)) {
        if (jc == '\'') {
          // n't and 's split off below; keep O'Brien-like names whole.
          size_t k = j + jl;
          bool is_s = (s[k] == 's' || s[k] == 'S') && (k + 1 >= s.size() || !IsWordByte(s, k + 1));
          bool is_t = (s[k] == 't' || s[k] == 'T') && j > i && (s[j - 1] == 'n' || s[j - 1] == 'N') &&
                      (k + 1 >= s.size() || !IsWordByte(s, k + 1));
          if (is_s || is_t) break;
        }
        if (jc == '.') {
          // Keep "U.S" and "3.5" together, but not "end.Next".
          bool digits = IsDigit(static_cast<unsigned char>(s[j - 1])) && IsDigit(static_cast<unsigned char>(s[j + 1]));
          bool initials = (j - i == 1 || (j >= 2 && s[j - 2] == '.')) && IsAsciiAlpha(static_cast<unsigned char>(s[j + 1])) &&
                          (j + 2 >= s.size() || !IsAsciiAlpha(static_cast<unsigned char>(s[j + 2])));
          if (!digits && !initials) break;
        }
        if (jc == '-') has_hyphen = true;
        put(jc);
        j += jl;
        continue;
      }
      break;
    }
    // Trailing period of an initialism ("U.S.") belongs to the word.
    if (j < s.size() && s[j] == '.' && j - i >= 3 && s[j - 2] == '.') {
      put('.');
      ++j;
    }
    std::string_view scratch(norm, len);
    norm += len;  // the word stays where it was written
    uint32_t id = lexicon.Find(scratch);
    // "N'T" split from "didn't": the word before it loses its n.
    size_t after = j;
    if (id == kNoWord && has_hyphen) {
      // Unknown hyphenated compound: its parts are separate tokens ("Turkish-Russian").
      size_t part_begin = i;
      size_t sk = 0;
      bool first = true;
      for (size_t k = i; k <= j;) {
        auto t2 = k < j ? TypographicAt(s, k) : std::pair<char, int>{'-', 1};
        bool dash = k == j || (t2.second ? t2.first == '-' : s[k] == '-');
        int step = t2.second ? t2.second : 1;
        if (dash) {
          size_t e = k;
          std::string part;
          while (sk < scratch.size() && scratch[sk] != '-') part.push_back(scratch[sk++]);
          ++sk;
          if (e > part_begin && !part.empty()) {
            Token& t = push();
            t.upper = keep(part);
            t.begin = static_cast<uint32_t>(part_begin);
            t.end = static_cast<uint32_t>(e);
            t.word = lexicon.Find(t.upper);
            t.is_word = true;
            t.capitalized = IsUpper(static_cast<unsigned char>(s[part_begin])) || static_cast<unsigned char>(s[part_begin]) >= 0x80;
            t.is_number = std::all_of(t.upper.begin(), t.upper.end(), [](char x) { return IsDigit(static_cast<unsigned char>(x)); });
            t.joined = !first;
            first = false;
          }
          part_begin = k + step;
          k += step;
        } else {
          k += step;
        }
      }
      i = after;
      continue;
    }
    // "didn't" -> "DID" + "N'T"; "can't" -> "CA" + "N'T".
    // (Only an apostrophe, ASCII or typographic (a lead byte >= 0xC2), can follow.)
    if (j + 2 < s.size() + 1 && j < s.size() && (s[j] == '\'' || static_cast<unsigned char>(s[j]) >= 0xC2)) {
      auto t2 = TypographicAt(s, j);
      char jc = t2.second ? t2.first : s[j];
      int jl = t2.second ? t2.second : 1;
      if (jc == '\'' && j + jl < s.size() && (s[j + jl] == 't' || s[j + jl] == 'T') && !scratch.empty() &&
          (scratch.back() == 'N') && scratch.size() > 1) {
        scratch.remove_suffix(1);
        Token& t = push();
        t.upper = scratch;
        t.begin = static_cast<uint32_t>(i);
        t.end = static_cast<uint32_t>(j - 1);
        t.word = lexicon.Find(t.upper);
        t.is_word = true;
        t.capitalized = capitalized;
        Token& n = push();
        n.upper = "N'T";  // static storage
        n.begin = static_cast<uint32_t>(j - 1);
        n.end = static_cast<uint32_t>(j + jl + 1);
        n.word = lexicon.Find(n.upper);
        n.is_word = true;
        i = j + jl + 1;
        continue;
      }
    }
    Token& t = push();
    t.upper = scratch;
    t.begin = static_cast<uint32_t>(i);
    t.end = static_cast<uint32_t>(j);
    t.word = id;
    t.is_word = true;
    t.capitalized = capitalized;
    t.is_number = scratch.empty() || (IsDigit(static_cast<unsigned char>(scratch[0])) &&
                                      std::all_of(scratch.begin(), scratch.end(),
                                                  [](char x) { return IsDigit(static_cast<unsigned char>(x)); }));
    i = after;
  }
  out->resize(count);
}

}  // namespace tidings::extract
