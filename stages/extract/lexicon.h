// Lexicon: every word the dictionaries know, interned to a dense id so that tries and tables
// compare integers instead of strings. Words are stored upper-case (dictionary spelling).
#pragma once

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
  // kNoWord when unknown.
  uint32_t Find(std::string_view upper) const;
  const std::string& Word(uint32_t id) const { return words_[id]; }
  size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept;
  };
  static uint64_t HashOf(std::string_view s);
  void Grow();
  // Open addressing: slot = word id + 1 (0 empty); the hash is kept to skip string compares.
  std::vector<uint32_t> slots_;
  std::vector<uint64_t> hashes_;  // by word id
  std::vector<std::string> words_;
};

// Upper-cases ASCII letters; other bytes (UTF-8) are kept as they are.
std::string ToUpperAscii(std::string_view s);

}  // namespace tidings::extract
