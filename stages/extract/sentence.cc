#include "extract/sentence.h"

namespace tidings::extract {

void SentenceWork::IndexWords() {
  word_set_.fill(0);
  stem_bloom_.fill(0);
  word_bits_ = stem_bits_ = 0;
  synsets_found_ = false;
  for (const Token& t : tokens) {
    AddWord(t.word);
    if (t.word != kNoWord) word_bits_ |= WordBit(t.word);
    if (!t.is_word) continue;
    if (uint64_t key = StemKey(t.upper)) {
      size_t b = StemBloomBit(key);
      stem_bloom_[b >> 6] |= 1ull << (b & 63);
      stem_bits_ |= StemBit(key);
    }
  }
}

bool SentenceWork::HasSynset(const VerbDictionary& verbs, int32_t synset) {
  if (!synsets_found_) {
    synsets_found_ = true;
    synsets_present_.assign((verbs.synset_count() + 63) / 64, 0);
    auto word_at = [&](size_t j) { return tokens[j].word; };
    for (size_t i = 0; i < tokens.size(); ++i) {
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

void SentenceWork::AddWord(uint32_t w) {
  if (w == kNoWord) return;
  size_t i = (w * 2654435761u) & 255;
  for (int k = 0; k < 256; ++k, i = (i + 1) & 255) {
    if (word_set_[i] == w + 1) return;
    if (word_set_[i] == 0) {
      word_set_[i] = w + 1;
      return;
    }
  }
}

bool SentenceWork::HasWord(uint32_t w) const {
  size_t i = (w * 2654435761u) & 255;
  for (int k = 0; k < 256; ++k, i = (i + 1) & 255) {
    if (word_set_[i] == w + 1) return true;
    if (word_set_[i] == 0) return false;
  }
  return false;
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
    if (!(TokenFlags(i) & kAdverb)) return i;
  }
  return std::string::npos;
}

bool SentenceView::PrecededByPreposition(const Group& g) const {
  size_t b = g.begin;
  // Skip determiners and quantities: "for two Brazilian men", "against some 150 rebels".
  while (b > 0 && (((TokenFlags(b - 1) & kDet) && !(TokenFlags(b - 1) & kPossPron)) || w_.tokens[b - 1].is_number ||
                   (TokenFlags(b - 1) & kQuantity)))
    --b;
  if (b == 0) return false;
  return (TokenFlags(b - 1) & kPrep) != 0;
}

bool SentenceView::InsideGroup(size_t token) const {
  for (const Group& g : w_.groups) {
    if (token >= g.begin && token < g.end) return true;
  }
  return false;
}

}  // namespace tidings::extract
