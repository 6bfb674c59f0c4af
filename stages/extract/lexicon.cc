#include "extract/lexicon.h"

namespace tidings::extract {

uint64_t Lexicon::HashOf(std::string_view s) {
  // FNV-1a: short keys, no need for anything stronger.
  WordHasher h;
  for (unsigned char c : s) h.Add(c);
  return h.Done();
}

Lexicon::Lexicon() { slots_.assign(1 << 16, 0); }

void Lexicon::Grow() { Rehash(slots_.size() * 2); }

void Lexicon::Rehash(size_t size) {
  std::vector<uint32_t> old;
  old.swap(slots_);
  slots_.assign(size, 0);
  size_t mask = slots_.size() - 1;
  for (uint32_t v : old) {
    if (v == 0) continue;
    size_t i = hashes_[v - 1] & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = v;
  }
}

uint32_t Lexicon::Intern(std::string_view upper) {
  if ((words_.size() + 1) * 2 > slots_.size()) Grow();
  uint64_t h = HashOf(upper);
  size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    uint32_t v = slots_[i];
    if (v == 0) break;
    if (hashes_[v - 1] == h && words_[v - 1] == upper) return v - 1;
  }
  uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(upper);
  hashes_.push_back(h);
  slots_[i] = id + 1;
  return id;
}

void Lexicon::Reserve(size_t words) {
  words_.reserve(words);
  hashes_.reserve(words);
  size_t size = slots_.size();
  while (words * 2 > size) size *= 2;
  if (size != slots_.size()) Rehash(size);
}

uint32_t Lexicon::Find(std::string_view upper, uint64_t h) const {
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
