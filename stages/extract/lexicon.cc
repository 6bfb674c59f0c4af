#include "extract/lexicon.h"

namespace tidings::extract {

size_t Lexicon::Hash::operator()(std::string_view s) const noexcept { return static_cast<size_t>(HashOf(s)); }

uint64_t Lexicon::HashOf(std::string_view s) {
  // FNV-1a: short keys, no need for anything stronger.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

Lexicon::Lexicon() { slots_.assign(1 << 16, 0); }

void Lexicon::Grow() {
  std::vector<uint32_t> old;
  old.swap(slots_);
  slots_.assign(old.size() * 2, 0);
  size_t mask = slots_.size() - 1;
  for (uint32_t v : old) {
    if (v == 0) continue;
    size_t i = hashes_[v - 1] & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = v;
  }
}

uint32_t Lexicon::Intern(std::string_view upper) {
  uint32_t found = Find(upper);
  if (found != kNoWord) return found;
  if ((words_.size() + 1) * 2 > slots_.size()) Grow();
  uint64_t h = HashOf(upper);
  uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(upper);
  hashes_.push_back(h);
  size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = id + 1;
  return id;
}

uint32_t Lexicon::Find(std::string_view upper) const {
  uint64_t h = HashOf(upper);
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    uint32_t v = slots_[i];
    if (v == 0) return kNoWord;
    if (hashes_[v - 1] == h && words_[v - 1] == upper) return v - 1;
  }
}

std::string ToUpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace tidings::extract
