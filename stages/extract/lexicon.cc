#include "extract/lexicon.h"

namespace tidings::extract {

size_t Lexicon::Hash::operator()(std::string_view s) const noexcept {
  // FNV-1a: short keys, no need for anything stronger.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return static_cast<size_t>(h);
}

Lexicon::Lexicon() { ids_.reserve(1 << 16); }

uint32_t Lexicon::Intern(std::string_view upper) {
  auto it = ids_.find(upper);
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(words_.size());
  words_.emplace_back(upper);
  ids_.emplace(std::string(upper), id);
  return id;
}

uint32_t Lexicon::Find(std::string_view upper) const {
  auto it = ids_.find(upper);
  return it == ids_.end() ? kNoWord : it->second;
}

std::string ToUpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace tidings::extract
