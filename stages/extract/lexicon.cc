#include "extract/lexicon.h"

#include <cstdint>
#include <cstring>

namespace tidings::extract {

namespace {

template <typename T>
inline T Load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

// Words are short: two overlapping loads of 4 or 8 bytes compare most of them, cheaper than a
// call to memcmp (and its register saves), reading no byte outside either word.
inline bool SameBytes(const std::string& word, std::string_view s) {
  const size_t n = s.size();
  if (word.size() != n) return false;
  const char* a = word.data();
  const char* b = s.data();
  if (n >= 8) {
    for (size_t k = 0; k + 8 < n; k += 8) {
      if (Load<uint64_t>(a + k) != Load<uint64_t>(b + k)) return false;
    }
    return Load<uint64_t>(a + n - 8) == Load<uint64_t>(b + n - 8);
  }
  if (n >= 4) return Load<uint32_t>(a) == Load<uint32_t>(b) && Load<uint32_t>(a + n - 4) == Load<uint32_t>(b + n - 4);
  for (size_t k = 0; k < n; ++k) {
    if (a[k] != b[k]) return false;
  }
  return true;
}

// Eight bytes at a time (most words take one or two steps), the last step two overlapping
// loads or three bytes, so no byte outside the word is read; the length seeds the hash.
[[gnu::always_inline]] inline uint64_t HashBytes(std::string_view s) {
  constexpr uint64_t kMul = 0xbf58476d1ce4e5b9ull;
  const char* p = s.data();
  const size_t n = s.size();
  uint64_t h = 0x9e3779b97f4a7c15ull ^ n;
  size_t k = 0;
  for (; k + 8 <= n; k += 8) {
    h = (h ^ Load<uint64_t>(p + k)) * kMul;
    h ^= h >> 32;
  }
  const size_t r = n - k;
  uint64_t v = 0;
  if (r >= 4) {
    v = Load<uint32_t>(p + k) | (static_cast<uint64_t>(Load<uint32_t>(p + n - 4)) << 32);
  } else if (r > 0) {
    v = (static_cast<uint64_t>(static_cast<unsigned char>(p[k])) << 16) |
        (static_cast<uint64_t>(static_cast<unsigned char>(p[k + r / 2])) << 8) | static_cast<unsigned char>(p[n - 1]);
  }
  h = (h ^ v) * kMul;
  h ^= h >> 29;
  h *= 0x94d049bb133111ebull;
  return h ^ (h >> 32);
}

}  // namespace

uint64_t Lexicon::HashOf(std::string_view s) { return HashBytes(s); }

Lexicon::Lexicon() {
  slots_.assign(1 << 16, 0);
  single_.fill(kNoWord);
}

void Lexicon::Grow() { Rehash(slots_.size() * 2); }

void Lexicon::Rehash(size_t size) {
  std::vector<uint64_t> old;
  old.swap(slots_);
  slots_.assign(size, 0);
  size_t mask = slots_.size() - 1;
  for (uint64_t v : old) {
    if (v == 0) continue;
    size_t i = hashes_[static_cast<uint32_t>(v) - 1] & mask;
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
    const uint64_t v = slots_[i];
    if (v == 0) break;
    const uint32_t id = static_cast<uint32_t>(v) - 1;
    if ((v >> 32) == (h >> 32) && hashes_[id] == h && SameBytes(words_[id], upper)) return id;
  }
  uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(upper);
  hashes_.push_back(h);
  if (upper.size() == 1) single_[static_cast<unsigned char>(upper[0])] = id;
  slots_[i] = Slot(id, h);
  return id;
}

void Lexicon::Reserve(size_t words) {
  words_.reserve(words);
  hashes_.reserve(words);
  size_t size = slots_.size();
  while (words * 2 > size) size *= 2;
  if (size != slots_.size()) Rehash(size);
}

uint32_t Lexicon::FindLonger(std::string_view upper) const {
  const uint64_t h = HashBytes(upper);
  const uint64_t* slots = slots_.data();
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const uint64_t v = slots[i];
    if (v == 0) return kNoWord;
    if ((v >> 32) != (h >> 32)) continue;
    const uint32_t id = static_cast<uint32_t>(v) - 1;
    if (SameBytes(words_[id], upper)) return id;
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
