// Quotes that open a sentence before their attribution: "'We are ready to sit down with
// Pyongyang,' Kishida told parliament." The first person inside the quote is the speaker the
// attribution names after it. Part of SentenceCoder.
#include "extract/sentence_coder.h"

namespace tidings::extract {

int SentenceCoder::SpeakerOfOpeningQuote(size_t vi) const {
  const size_t n = w_.tokens.size();
  // (Single quotes too: "'We are ready to sit down ...,' Kishida told parliament".)
  if (n < 6 || (w_.tokens[0].upper != "\"" && w_.tokens[0].upper != "'")) return -1;
  const std::string_view mark = w_.tokens[0].upper;
  size_t close = 1;
  while (close < n && !(w_.tokens[close].upper == mark && close + 1 < n && !w_.tokens[close + 1].is_word &&
                        w_.tokens[close - 1].upper == ","))
    ++close;
  if (close >= n) {
    close = 1;
    while (close < n && w_.tokens[close].upper != mark) ++close;
  }
  const VerbHit& v = w_.verbs[vi];
  if (close >= n || v.end > close) return -1;
  // The quote speaks in the first person before the verb: "We ...", "I ...".
  bool first_person = false;
  for (size_t k = 1; k < v.begin; ++k) first_person |= w_.tokens[k].upper == "WE" || w_.tokens[k].upper == "I";
  if (!first_person) return -1;
  return SpeakerAttributedAt(close + 1);
}

int SentenceCoder::SpeakerAttributedAt(size_t after) const {
  // "... ," Kishida told parliament / said Kishida: a verb of saying next to the speaker.
  const size_t n = w_.tokens.size();
  auto saying = [&](size_t k) {
    int at = k < n ? w_.verb_at[k] : -1;
    return at >= 0 && d_.verbs.block(d_.verbs.form(w_.verbs[at].form).block).name == "SAY";
  };
  if (saying(after)) {
    size_t b = w_.verbs[w_.verb_at[after]].end;
    if (b < n && Word(b) == d_.w_the) ++b;
    return b < n ? w_.group_starting_at[b] : -1;
  }
  size_t b = after;
  if (b < n && Word(b) == d_.w_the) ++b;
  int g = b < n ? w_.group_starting_at[b] : -1;
  if (g < 0) return -1;
  size_t e = w_.groups[g].end;
  // (Past an appositive: "India's army chief, General Manoj Pande, said".)
  if (e + 1 < n && (TokenFlags(e) & kComma) && w_.group_starting_at[e + 1] >= 0) {
    size_t a = w_.groups[w_.group_starting_at[e + 1]].end;
    if (a + 1 < n && (TokenFlags(a) & kComma) && saying(a + 1)) return g;
  }
  while (e < n && (TokenFlags(e) & kAdverb)) ++e;
  return saying(e) ? g : -1;
}

}  // namespace tidings::extract
