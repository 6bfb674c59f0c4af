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

// Byte classes: the scanners classify each byte by one load from kClass (word boundaries,
// case and the tokens' flags follow from the class), instead of a chain of range tests.
enum : uint8_t {
  kLower = 1,         // a-z
  kUpper = 2,         // A-Z
  kDigit = 4,         // 0-9
  kOtherLetter = 8,   // UTF-8 bytes no typographic sign starts with (accented, non-Latin letters)
  kTypoLead = 16,     // 0xC2, 0xE2: may start a typographic sign (or a letter: look further)
  kSpace = 32,        // ' ', '\t', '\n', '\r'
  kPunct = 64,        // any other ASCII byte; in a word's summary, a joiner or trailing '.'
};
constexpr uint8_t kWordClass = kLower | kUpper | kDigit | kOtherLetter;

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 256; ++c) {
    uint8_t k = kPunct;
    if (c >= 'a' && c <= 'z') k = kLower;
    else if (c >= 'A' && c <= 'Z') k = kUpper;
    else if (c >= '0' && c <= '9') k = kDigit;
    else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') k = kSpace;
    else if (c == 0xC2 || c == 0xE2) k = kTypoLead;  // the only lead bytes TypographicAt knows
    else if (c >= 0x80) k = kOtherLetter;
    t[static_cast<size_t>(c)] = k;
  }
  return t;
}
constexpr std::array<uint8_t, 256> kClass = MakeClasses();

uint8_t ClassOf(char c) { return kClass[static_cast<unsigned char>(c)]; }

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
  for (; j < n && (kClass[static_cast<unsigned char>(p[j])] & kLower); ++j) *w++ = static_cast<char>(p[j] - 'a' + 'A');
  *len = static_cast<size_t>(w - out);
  return j;
}

// Recognises the typographic punctuation news text uses; returns its ASCII equivalent and
// byte length, or {0,0} when `s[i]` starts something else.
[[gnu::always_inline]] inline std::pair<char, int> TypographicAt(std::string_view s, size_t i) {
  // Fast path: every typographic sign starts with 0xC2 or 0xE2 (ASCII is most text).
  if (i >= s.size() || !(ClassOf(s[i]) & kTypoLead)) return {0, 0};
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
  uint8_t k = ClassOf(s[i]);
  return (k & kWordClass) || ((k & kTypoLead) && TypographicAt(s, i).second == 0);
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
  // (An apostrophe or hyphen inside the place: "N'DJAMENA", "PORT-AU-PRINCE".)
  while (caps < n && (IsUpper(static_cast<unsigned char>(s[caps])) || s[caps] == ' ' || s[caps] == '.' ||
                      ((s[caps] == '\'' || s[caps] == '-') && caps > 0 && caps + 1 < n &&
                       IsUpper(static_cast<unsigned char>(s[caps + 1])))))
    ++caps;
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

namespace {

// The tokens of one sentence: reuses the Token objects already in *out, and writes every
// token's normalised form into one thread-local buffer, one after the other (together never
// longer than the sentence plus a few bytes per token, so no bounds checks).
class TokenSink {
 public:
  TokenSink(std::vector<Token>* out, size_t sentence_size) : out_(out), made_(out->size()) {
    thread_local std::vector<char> buffer;
    if (buffer.size() < 3 * sentence_size + 16) buffer.resize(3 * sentence_size + 16);
    norm_ = buffer.data();
  }
  ~TokenSink() { out_->resize(count_); }

  // Inlined: called once per token, its call cost as much as its work.
  [[gnu::always_inline]] Token& Push() {
    if (count_ == made_) {  // (sixteen at a time: one call rather than one per token)
      out_->resize(made_ + 16);
      made_ = out_->size();
    }
    Token& t = (*out_)[count_++];
    t.upper = {};
    t.word = kNoWord;
    t.is_word = t.is_number = t.capitalized = t.joined = false;
    return t;
  }
  const Token* Last() const { return count_ > 0 ? &(*out_)[count_ - 1] : nullptr; }
  // True when a single quote opened so far is not closed yet (an odd count of bare ').
  bool SingleQuoteOpen() const {
    size_t quotes = 0;
    for (size_t k = 0; k < count_; ++k) quotes += (*out_)[k].upper == "'";
    return quotes % 2 == 1;
  }
  // Keeps `text` in the buffer and returns it there.
  std::string_view Keep(std::string_view text) {
    std::memcpy(norm_, text.data(), text.size());
    return Commit(text.size());
  }
  // Where the next word's normalised form is written; Commit(len) keeps its `len` bytes.
  char* Scratch() const { return norm_; }
  std::string_view Commit(size_t len) {
    std::string_view kept(norm_, len);
    norm_ += len;
    return kept;
  }

 private:
  std::vector<Token>* out_;
  size_t count_ = 0;
  size_t made_;  // tokens in *out_ to reuse before growing it
  char* norm_;
};

// One scanned word: its end in the sentence, its normalised form's length in the sink's
// scratch, and the OR of the classes of the bytes written (kPunct for joiners and a trailing
// period), from which capitalisation and "all digits" follow.
struct WordScan {
  size_t end = 0;
  size_t len = 0;
  uint8_t seen = 0;
  bool has_hyphen = false;
};

// "20,000": a thousands separator at s[j] keeps the number whole (written as "20000") when
// the word so far is digits and commas only.
bool IsThousandsSeparator(std::string_view s, size_t i, size_t j, uint8_t seen) {
  auto digit = [&](size_t k) { return k < s.size() && (ClassOf(s[k]) & kDigit); };
  return j > i && (seen & ~kDigit) == 0 && digit(j - 1) && digit(j + 1) && digit(j + 2) && digit(j + 3) &&
         !digit(j + 4);
}

// Whether the joiner `jc` (ASCII or typographic, `jl` bytes) at s[j] continues the word
// begun at s[i]: "U.S", "3.5", "O'Brien", "pro-Western", "AT&T", but not "end.Next",
// "Turkey's" or "didn't" (their 's and n't split off).
bool JoinerContinues(std::string_view s, size_t i, size_t j, char jc, int jl) {
  if (!(jc == '-' || jc == '.' || jc == '&' || jc == '\'') || j + jl >= s.size() || !IsWordByte(s, j + jl)) return false;
  if (jc == '\'') {
    size_t k = j + jl;
    bool is_s = (s[k] == 's' || s[k] == 'S') && (k + 1 >= s.size() || !IsWordByte(s, k + 1));
    bool is_t = (s[k] == 't' || s[k] == 'T') && j > i && (s[j - 1] == 'n' || s[j - 1] == 'N') &&
                (k + 1 >= s.size() || !IsWordByte(s, k + 1));
    return !is_s && !is_t;
  }
  if (jc == '.') {
    bool digits = IsDigit(static_cast<unsigned char>(s[j - 1])) && IsDigit(static_cast<unsigned char>(s[j + 1]));
    bool initials = (j - i == 1 || (j >= 2 && s[j - 2] == '.')) && IsAsciiAlpha(static_cast<unsigned char>(s[j + 1])) &&
                    (j + 2 >= s.size() || !IsAsciiAlpha(static_cast<unsigned char>(s[j + 2])));
    return digits || initials;
  }
  return true;
}

// Scans the word starting at s[i] (letters/digits with internal '.', '-', '\'', '&' when a
// word byte follows), writing its normalised form (ASCII upper-case, typographic apostrophes
// and dashes made ASCII) to `norm` on the way.
[[gnu::always_inline]] inline WordScan ScanWord(std::string_view s, size_t i, char* norm) {
  const size_t n = s.size();
  // Locals, not WordScan's fields: stores through `norm` (a char*) could alias those.
  size_t j = i;
  size_t len = 0;
  uint8_t seen = 0;
  bool has_hyphen = false;
  while (j < n) {
    const unsigned char cj = static_cast<unsigned char>(s[j]);
    const uint8_t k = kClass[cj];
    if (k & kLower) {  // most bytes: a run of them eight at a time
      j = PutLowerRun(s, j, norm, &len);
      seen |= kLower;
      continue;
    }
    if (k & kWordClass) {  // upper-case, digit or non-ASCII: kept as it is
      norm[len++] = static_cast<char>(cj);
      seen |= k;
      ++j;
      continue;
    }
    if (cj == ' ') break;  // (the usual end of a word, none of the joiners below)
    if (cj == ',' && IsThousandsSeparator(s, i, j, seen)) {
      ++j;
      continue;
    }
    auto typo = TypographicAt(s, j);
    if ((k & kTypoLead) && typo.second == 0) {  // a letter after all
      norm[len++] = static_cast<char>(cj);
      seen |= kOtherLetter;
      ++j;
      continue;
    }
    char jc = typo.second ? typo.first : s[j];
    int jl = typo.second ? typo.second : 1;
    if (!JoinerContinues(s, i, j, jc, jl)) break;
    if (jc == '-') has_hyphen = true;
    norm[len++] = jc;
    seen |= kPunct;
    j += static_cast<size_t>(jl);
  }
  // Trailing period of an initialism ("U.S.") belongs to the word.
  if (j < n && s[j] == '.' && j - i >= 3 && s[j - 2] == '.') {
    norm[len++] = '.';
    seen |= kPunct;
    ++j;
  }
  return WordScan{j, len, seen, has_hyphen};
}

// Unknown hyphenated compound s[i, j) written as `scratch`: its parts are separate tokens
// ("Turkish-Russian").
void PushCompoundParts(std::string_view s, size_t i, size_t j, std::string_view scratch, const Lexicon& lexicon,
                       TokenSink& sink) {
  size_t part_begin = i;
  size_t sk = 0;
  bool first = true;
  for (size_t k = i; k <= j;) {
    auto t2 = k < j ? TypographicAt(s, k) : std::pair<char, int>{'-', 1};
    bool dash = k == j || (t2.second ? t2.first == '-' : s[k] == '-');
    int step = t2.second ? t2.second : 1;
    if (dash) {
      size_t e = k;
      const size_t part_start = std::min(sk, scratch.size());
      while (sk < scratch.size() && scratch[sk] != '-') ++sk;
      std::string_view part = scratch.substr(part_start, sk - part_start);  // stays in the buffer
      ++sk;
      if (e > part_begin && !part.empty()) {
        Token& t = sink.Push();
        t.upper = part;
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
    }
    k += step;
  }
}

// "didn't" -> "DID" + "N'T"; "can't" -> "CA" + "N'T" when the word s[i, j) written as
// `scratch` ends in n and an apostrophe and t follow at s[j] (j < s.size()); returns the end of
// the N'T (0 when not).
size_t PushNegation(std::string_view s, size_t i, size_t j, std::string_view scratch, bool capitalized,
                    const Lexicon& lexicon, TokenSink& sink) {
  auto t2 = TypographicAt(s, j);
  char jc = t2.second ? t2.first : s[j];
  int jl = t2.second ? t2.second : 1;
  if (!(jc == '\'' && j + jl < s.size() && (s[j + jl] == 't' || s[j + jl] == 'T') && scratch.size() > 1 &&
        scratch.back() == 'N')) {
    return 0;
  }
  scratch.remove_suffix(1);
  Token& t = sink.Push();
  t.upper = scratch;
  t.begin = static_cast<uint32_t>(i);
  t.end = static_cast<uint32_t>(j - 1);
  t.word = lexicon.Find(t.upper);
  t.is_word = true;
  t.capitalized = capitalized;
  Token& nt = sink.Push();
  nt.upper = "N'T";  // static storage
  nt.begin = static_cast<uint32_t>(j - 1);
  nt.end = static_cast<uint32_t>(j + jl + 1);
  nt.word = lexicon.Find(nt.upper);
  nt.is_word = true;
  return j + jl + 1;
}

// Tokenises the word starting at s[i]; returns where the next token may start.
[[gnu::always_inline]] inline size_t PushWord(std::string_view s, size_t i, const Lexicon& lexicon, TokenSink& sink) {
  WordScan w = ScanWord(s, i, sink.Scratch());
  std::string_view scratch = sink.Commit(w.len);  // the word stays where it was written
  // Capitalised: an upper-case first letter, or any upper-case letter ("iSrael", "McCain");
  // a non-ASCII first letter may be one.
  bool capitalized = static_cast<unsigned char>(s[i]) >= 0x80 || (w.seen & kUpper);
  uint32_t id = lexicon.Find(scratch);
  if (id == kNoWord && w.has_hyphen) {
    PushCompoundParts(s, i, w.end, scratch, lexicon, sink);
    return w.end;
  }
  const unsigned char after = w.end < s.size() ? static_cast<unsigned char>(s[w.end]) : 0;
  // (Only an apostrophe, ASCII or typographic (a lead byte >= 0xC2), can start an n't.)
  if (after == '\'' || after >= 0xC2) {
    if (size_t next = PushNegation(s, i, w.end, scratch, capitalized, lexicon, sink)) return next;
  }
  Token& t = sink.Push();
  t.upper = scratch;
  t.begin = static_cast<uint32_t>(i);
  t.end = static_cast<uint32_t>(w.end);
  t.word = id;
  t.is_word = true;
  t.capitalized = capitalized;
  t.is_number = (w.seen & ~kDigit) == 0;  // (a word has at least one byte)
  return w.end + (after == ' ');  // the usual space after a word: the caller would skip it
}

// Tokenises the punctuation `pc` (ASCII, or `plen` bytes of a typographic sign) at s[i];
// returns where the next token may start.
size_t PushSign(std::string_view s, size_t i, char pc, int plen, const Lexicon& lexicon, TokenSink& sink) {
  // Apostrophe forms attached to the previous word: 's (n't and a bare ' are not split here).
  const Token* last = sink.Last();
  if (pc == '\'' && last && last->is_word && last->end == i) {
    size_t j = i + plen;
    if (j < s.size() && (s[j] == 's' || s[j] == 'S') && (j + 1 >= s.size() || !IsWordByte(s, j + 1))) {
      Token& t = sink.Push();
      t.upper = "'S";  // static storage
      t.begin = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(j + 1);
      t.word = lexicon.Find(t.upper);
      return j + 1;
    }
    // "the United States' ambassador", "Barbados' prime minister": after a name ending in s, a
    // bare apostrophe before the next word is its possessive, unless it closes an open quote.
    if (last->capitalized && last->upper.size() > 2 && last->upper.back() == 'S' && j + 1 < s.size() &&
        s[j] == ' ' && IsWordByte(s, j + 1) && !IsDigit(static_cast<unsigned char>(s[j + 1])) &&
        !sink.SingleQuoteOpen()) {
      Token& t = sink.Push();
      t.upper = "'S";  // static storage
      t.begin = static_cast<uint32_t>(i);
      t.end = static_cast<uint32_t>(j);
      t.word = lexicon.Find(t.upper);
      return j;
    }
  }
  Token& t = sink.Push();
  t.upper = sink.Keep(std::string_view(&pc, 1));
  // "--" is one dash.
  size_t j = i + plen;
  if (pc == '-') {
    while (j < s.size() && s[j] == '-') ++j;
  }
  t.begin = static_cast<uint32_t>(i);
  t.end = static_cast<uint32_t>(j);
  t.word = lexicon.Find(t.upper);
  return j;
}

}  // namespace

void Tokenize(std::string_view s, const Lexicon& lexicon, std::vector<Token>* out) {
  TokenSink sink(out, s.size());
  size_t i = 0;
  while (i < s.size()) {
    const uint8_t k = ClassOf(s[i]);
    if (k & kSpace) {
      ++i;
      continue;
    }
    bool word = k & kWordClass;
    char pc = s[i];
    int plen = 1;
    if (k & kTypoLead) {
      auto typo = TypographicAt(s, i);
      word = typo.second == 0;  // a letter after all
      if (!word) {
        pc = typo.first;
        plen = typo.second;
      }
      if (pc == ' ') {
        i += static_cast<size_t>(plen);
        continue;
      }
    }
    i = word ? PushWord(s, i, lexicon, sink) : PushSign(s, i, pc, plen, lexicon, sink);
  }
}

}  // namespace tidings::extract
