// The index of a verb block's pattern gates by key bit (VerbBlock::CandidateGates), built by
// VerbDictionary::Finish.
#include <bit>
#include <vector>

#include "extract/verb_dictionary.h"

namespace tidings::extract {

void VerbDictionary::IndexGates(VerbBlock* b) {
  b->key_bits.Clear();
  for (const PatternGate& g : b->gates) {
    if (g.keyed) b->key_bits.Set(g.key);
  }
  uint32_t keys = 0;
  for (uint32_t bit = 0; bit < 256; ++bit) {
    if ((b->key_bits.bits[bit >> 6] >> (bit & 63)) & 1) b->key_rank[bit] = static_cast<uint8_t>(keys++);
  }
  const uint32_t words = static_cast<uint32_t>((b->gates.size() + 63) / 64);
  b->gate_words = words;
  b->keyed_gates.assign(static_cast<size_t>(keys) * words, 0);
  b->unkeyed_gates.assign(words, 0);
  for (uint32_t i = 0; i < b->gates.size(); ++i) {
    const PatternGate& g = b->gates[i];
    uint64_t* set = g.keyed ? &b->keyed_gates[b->key_rank[g.key] * words] : b->unkeyed_gates.data();
    set[i >> 6] |= 1ull << (i & 63);
  }
}

size_t VerbBlock::CandidateGates(const Signature& sentence, uint32_t* out) const {
  // The union of the bitsets of the keys the sentence holds, then its bits in order.
  thread_local std::vector<uint64_t> union_bits;
  if (union_bits.size() < gate_words) union_bits.resize(gate_words);
  uint64_t* bits = union_bits.data();
  for (uint32_t k = 0; k < gate_words; ++k) bits[k] = unkeyed_gates[k];
  for (uint32_t w = 0; w < 4; ++w) {
    for (uint64_t m = key_bits.bits[w] & sentence.bits[w]; m != 0; m &= m - 1) {
      const uint64_t* gates = &keyed_gates[key_rank[w * 64 + std::countr_zero(m)] * gate_words];
      for (uint32_t k = 0; k < gate_words; ++k) bits[k] |= gates[k];
    }
  }
  size_t n = 0;
  for (uint32_t k = 0; k < gate_words; ++k) {
    for (uint64_t m = bits[k]; m != 0; m &= m - 1) out[n++] = k * 64 + static_cast<uint32_t>(std::countr_zero(m));
  }
  return n;
}

}  // namespace tidings::extract
