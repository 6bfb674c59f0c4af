#include "extract/sentence.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace tidings::extract {

namespace {

// StemKey (verb_dictionary.h) by one 4-byte load rather than a byte at a time: the same key.
inline uint64_t FastStemKey(std::string_view w) {
  static_assert(std::endian::native == std::endian::little, "the byte swap reads the first byte highest");
  if (w.size() < 5) return 0;
  uint32_t first4;
  std::memcpy(&first4, w.data(), 4);
  return (static_cast<uint64_t>(__builtin_bswap32(first4)) << 8) | static_cast<unsigned char>(w[4]);
}

}  // namespace

void SentenceWork::IndexWords(const Dictionaries& d) {
  synsets_found_ = false;
  // Written by index and into a local signature: push_back's checks and stores through `this`
  // cost more than the work.
  const size_t n = tokens.size();
  words_.resize(n);
  token_flags.resize(n);
  stem_keys_.resize(n);  // at most one stem per token; trimmed below
  Signature signature;
  size_t stems = 0;
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    words_[i] = t.word;
    token_flags[i] = d.Flags(t.word);
    if (t.word != kNoWord) signature.AddWord(t.word);
    if (!t.is_word) continue;
    uint64_t key = FastStemKey(t.upper);
    stem_keys_[stems++] = key;
    if (key) signature.AddStem(key);
  }
  stem_keys_.resize(stems);
  signature_ = signature;
}

bool SentenceWork::HasWord(uint32_t w) const {
  return std::find(words_.begin(), words_.end(), w) != words_.end();
}

bool SentenceWork::HasStem(uint64_t key) const {
  return std::find(stem_keys_.begin(), stem_keys_.end(), key) != stem_keys_.end();
}

bool SentenceWork::HasSynset(const Dictionaries& d, int32_t synset) {
  const VerbDictionary& verbs = d.verbs;
  if (!synsets_found_) {
    synsets_found_ = true;
    synsets_present_.assign((verbs.synset_count() + 63) / 64, 0);
    auto word_at = [&](size_t j) { return tokens[j].word; };
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (!(d.Flags(tokens[i].word) & kSynsetStart)) continue;
      verbs.synset_trie().ForEachMatch(i, tokens.size(), word_at, [&](int32_t v, size_t) {
        if (v >= 0) {
          for (int32_t s : verbs.synset_list(v)) synsets_present_[s >> 6] |= 1ull << (s & 63);
        }
        return true;
      });
    }
  }
  return (synsets_present_[synset >> 6] >> (synset & 63)) & 1;
}

std::string_view SentenceView::TextOf(size_t begin, size_t end) const {
  if (begin >= end) return {};
  return text_.substr(w_.tokens[begin].begin, w_.tokens[end - 1].end - w_.tokens[begin].begin);
}

std::string SentenceView::MentionText(int mention) const {
  const Mention& m = w_.mentions[mention];
  return std::string(TextOf(m.begin, m.end));
}

size_t SentenceView::PrevContent(size_t i, size_t floor) const {
  while (i > floor) {
    --i;
    if (TokenFlags(i) & kAdverb) continue;
    // A quote opening on the verb after a modal: "would 'strike hard' at".
    std::string_view u = w_.tokens[i].upper;
    if ((u == "'" || u == "\"") && i > floor && (TokenFlags(i - 1) & (kModal | kAux | kNeg))) continue;
    return i;
  }
  return std::string::npos;
}

bool SentenceView::ChargedPerson(size_t verb) const {
  std::string_view word = w_.tokens[verb].upper;
  if (word != "ACCUSED" && word != "SUSPECTED" && word != "CONVICTED") return false;
  // Not after "of" an act: "the extradition of an officer accused of spying" is the object of
  // the act's noun, whose verb takes it.
  int g = w_.group_ending_at[verb];
  size_t b0 = g >= 0 ? w_.groups[g].begin : verb, b = b0;
  while (b > 0 && b + 3 > b0 && w_.tokens[b - 1].upper != "OF" && !(TokenFlags(b - 1) & kComma)) --b;
  return g < 0 || b == 0 || w_.tokens[b - 1].upper != "OF";
}

bool SentenceView::PrecededByPreposition(const Group& g) const {
  size_t b = g.begin;
  // Skip determiners, quantities and rank words: "for two Brazilian men", "against some 150
  // rebels", "against a former Syrian intelligence officer".
  auto rank = [&](size_t k) {
    std::string_view u = w_.tokens[k].upper;
    return !w_.tokens[k].capitalized && (u == "FORMER" || u == "SENIOR" || u == "PROMINENT" || u == "LEADING" || u == "TOP");
  };
  // A direction after a preposition of place: "in southern Lebanon" (not "loyal to eastern
  // commander Khalifa Haftar").
  if (b > 1 && !w_.tokens[b - 1].capitalized && PlaceDirection(w_.tokens[b - 1].upper) && NamedAsPlace(b))
    return true;
  while (b > 0 && (((TokenFlags(b - 1) & kDet) && !(TokenFlags(b - 1) & kPossPron)) || w_.tokens[b - 1].is_number ||
                   (TokenFlags(b - 1) & kQuantity) || rank(b - 1)))
    --b;
  // Past a plain adjective joined to it: "serving with regional and U.N. missions".
  if (b > 2 && (TokenFlags(b - 1) & kCoord) && w_.tokens[b - 2].is_word && !w_.tokens[b - 2].capitalized &&
      w_.group_ending_at[b - 1] < 0 && w_.verb_at[b - 2] < 0 && !(TokenFlags(b - 2) & ~(kModifier | kDictionaryFlags)) &&
      (TokenFlags(b - 3) & kPrep))
    return true;
  if (b == 0) return false;
  return (TokenFlags(b - 1) & kPrep) != 0;
}

bool SentenceView::PlaceDirection(std::string_view upper) {
  return upper.ends_with("ERN") || upper == "CENTRAL";  // "northern", "central"
}

bool SentenceView::NamedAsPlace(size_t b) const {
  if (b > 0 && !w_.tokens[b - 1].capitalized && PlaceDirection(w_.tokens[b - 1].upper)) --b;
  if (b > 0 && Word(b - 1) == d_.w_the) --b;
  if (b == 0) return false;
  std::string_view u = w_.tokens[b - 1].upper;
  return u == "IN" || u == "NEAR" || u == "INSIDE" || u == "AT" || u == "ACROSS" || u == "THROUGH";
}

bool SentenceView::NameParticle(size_t k) const {
  // "Abdulghani al-Kikli", "Ursula von der Leyen": a lower-case particle inside a name.
  static constexpr std::string_view kParticles[] = {"AL", "EL", "BIN", "IBN", "ABU", "DE", "DA", "DOS",
                                                    "VAN", "VON", "DER", "LA", "DEL", "DI"};
  const std::string_view u = w_.tokens[k].upper;
  return k + 1 < w_.tokens.size() && w_.tokens[k + 1].capitalized &&
         std::find(std::begin(kParticles), std::end(kParticles), u) != std::end(kParticles);
}

bool SentenceView::InsideGroup(size_t token) const {
  for (const Group& g : w_.groups) {
    if (token >= g.begin && token < g.end) return true;
  }
  return false;
}

}  // namespace tidings::extract
