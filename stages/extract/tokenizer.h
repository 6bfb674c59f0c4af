// Tokenisation and sentence splitting of raw news prose, without a parser.
//
// Hand-written rather than ICU's BreakIterator: news sentence boundaries depend on
// abbreviations ("U.S.", "Gen.", "Jan."), initials and datelines that ICU's rules do not know,
// and the coder needs dictionary-shaped tokens ("TURKEY" + "'S", "DID" + "N'T").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/lexicon.h"

namespace tidings::extract {

struct Token {
  // Normalised upper-case form: "TURKEY", "'S", "N'T", ",". It points into memory the
  // tokenizer keeps for the calling thread, valid until that thread's next Tokenize call.
  std::string_view upper;
  uint32_t begin = 0;       // byte range in the sentence text
  uint32_t end = 0;
  uint32_t word = kNoWord;  // lexicon id of `upper`
  bool is_word = false;     // letters/digits (not punctuation)
  bool is_number = false;   // all digits
  bool capitalized = false; // first letter upper-case in the source text
  bool joined = false;      // second or later part of a split hyphenated word
};

// Byte ranges [begin, end) of the sentences of `text`. Paragraph breaks (blank lines) always
// end a sentence; '.', '!' and '?' end one unless they close an abbreviation or an initial.
std::vector<std::pair<size_t, size_t>> SplitSentences(std::string_view text);

// Length of a wire dateline prefix such as "BAKU, Nov 11 (Reuters) - " (0 when none).
size_t DatelineLength(std::string_view sentence);

// Tokenises one sentence into `out` (cleared first). Hyphenated words the lexicon does not
// know are split into their parts. Thread-safe (the lexicon is only read); the tokens' `upper`
// forms last until the same thread tokenises again.
void Tokenize(std::string_view sentence, const Lexicon& lexicon, std::vector<Token>* out);

}  // namespace tidings::extract
