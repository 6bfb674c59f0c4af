// Lexicon: every word the dictionaries know, interned to a dense id so that tries and tables
// compare integers instead of strings. Words are stored upper-case (dictionary spelling).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tidings::extract {

inline constexpr uint32_t kNoWord = 0xffffffffu;

// Not thread-safe while words are being added (loading); Find() is safe to call from many
// threads once loading is over.
class Lexicon {
 public:
  Lexicon();
  // Returns the id of `upper` (adding it when new).
  uint32_t Intern(std::string_view upper);
  // Room for this many words without rehashing (loading calls it with an estimate).
  void Reserve(size_t words);
  // kNoWord when unknown.
  uint32_t Find(std::string_view upper) const {
    // One-byte words (punctuation, a third of a sentence's tokens) by table, no hashing.
    if (upper.size() == 1) return single_[static_cast<unsigned char>(upper[0])];
    return FindLonger(upper);
  }
  const std::string& Word(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  static uint64_t HashOf(std::string_view s);
  uint32_t FindLonger(std::string_view upper) const;  // hashes and probes in one call
  void Grow();
  void Rehash(size_t size);  // `size` slots, a power of two
  // Open addressing: a slot holds the word id + 1 (0 empty) in its low half and the high half
  // of the word's hash in its high half, so a probe skips other words without reading them
  // (one cache miss for a miss, two for a hit, where a separate hash array made three).
  static uint64_t Slot(uint32_t id, uint64_t hash) { return (hash & 0xffffffff00000000ull) | (id + 1ull); }
  std::vector<uint64_t> slots_;
  std::vector<uint64_t> hashes_;  // by word id (for rehashing)
  std::vector<std::string> words_;
  std::array<uint32_t, 256> single_;  // id of each one-byte word (kNoWord when none)
};

// Upper-cases ASCII letters; other bytes (UTF-8) are kept as they are.
std::string ToUpperAscii(std::string_view s);

}  // namespace tidings::extract
