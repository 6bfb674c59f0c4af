#include "clean/near_duplicate_index.h"

#include <algorithm>
#include <bit>
#include <cctype>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "clean/text_util.h"

namespace tidings::clean {
namespace {

uint64_t Mix(uint64_t x) {  // splitmix64 finaliser
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t HashBytes(std::string_view s) {  // FNV-1a, then mixed
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return Mix(h);
}

// FNV-1a, one byte at a time, as HashBytes before its final Mix.
struct Fnv {
  uint64_t h = 0xcbf29ce484222325ULL;
  void Add(unsigned char c) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
};

}  // namespace

// HashBytes of every word of Words(text), in one pass without a string per word (a long
// article has thousands; the strings were most of the signature's cost).
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> out;
  out.reserve(text.size() / 6);
  Fnv word;
  bool in_word = false;
  for (size_t i = 0; i < text.size();) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // ASCII: u_isalnum is [A-Za-z0-9] here
      ++i;
      if (std::isalnum(b) || b == '_') {
        word.Add(static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b));
        in_word = true;
        continue;
      }
    } else {
      UChar32 c;
      const size_t start = i;
      U8_NEXT(text.data(), i, text.size(), c);
      if (c >= 0 && u_isalnum(c)) {
        char buf[4];
        int32_t len = 0;
        UBool err = false;
        U8_APPEND(buf, len, 4, u_tolower(c), err);
        if (err) {
          for (size_t k = start; k < i; ++k) word.Add(static_cast<unsigned char>(text[k]));
        } else {
          for (int32_t k = 0; k < len; ++k) word.Add(static_cast<unsigned char>(buf[k]));
        }
        in_word = true;
        continue;
      }
    }
    if (in_word) out.push_back(Mix(word.h));
    word = Fnv{};
    in_word = false;
  }
  if (in_word) out.push_back(Mix(word.h));
  return out;
}

namespace {

std::vector<uint64_t> Shingles(std::string_view text, size_t n) {
  const std::vector<uint64_t> word_hashes = WordHashes(text);
  std::vector<uint64_t> out;
  if (word_hashes.size() < n) {
    if (!word_hashes.empty()) {
      uint64_t h = 0;
      for (uint64_t w : word_hashes) h = Mix(h * 31 + w);
      out.push_back(h);
    }
    return out;
  }
  out.reserve(word_hashes.size() - n + 1);
  for (size_t i = 0; i + n <= word_hashes.size(); ++i) {
    uint64_t h = 0;
    for (size_t k = 0; k < n; ++k) h = Mix(h * 31 + word_hashes[i + k]);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Names and numbers: words that start with an ASCII capital or a digit (sentence-initial
// words included: "Turkey pledged ..." and "France pledged ..." are different stories).
// Hashes, sorted and unique; at most 256 kept.
std::vector<uint64_t> NameHashes(std::string_view text) {
  std::vector<uint64_t> out;
  size_t i = 0;
  while (i < text.size() && out.size() < 256) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::string_view word = text.substr(start, i - start);
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.front()))) word.remove_prefix(1);
    while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back()))) word.remove_suffix(1);
    if (word.empty()) continue;
    unsigned char c = static_cast<unsigned char>(word.front());
    if (std::isdigit(c) || std::isupper(c)) out.push_back(HashBytes(word));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Share of the smaller name set found in the larger; 1 when either has fewer than 3 names
// (too few to tell stories apart, e.g. scripts without capitals).
double NameContainment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.size() < 3 || b.size() < 3) return 1.0;
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& large = a.size() <= b.size() ? b : a;
  size_t shared = 0;
  for (uint64_t h : small) shared += std::binary_search(large.begin(), large.end(), h) ? 1 : 0;
  return static_cast<double>(shared) / static_cast<double>(small.size());
}

// Bit b is set when more than half of the shingles have it set (the +1/-1 vote of SimHash).
// The 64 per-bit counts are kept bit-sliced (plane p holds bit p of every count), so adding a
// shingle is a carry ripple of a few word operations instead of 64 separate additions.
uint64_t SimHashOf(const std::vector<uint64_t>& shingles) {
  uint64_t planes[64] = {0};
  for (uint64_t carry : shingles) {
    for (int p = 0; carry != 0; ++p) {
      const uint64_t next = planes[p] & carry;
      planes[p] ^= carry;
      carry = next;
    }
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    uint64_t ones = 0;
    for (int p = 0; p < 64; ++p) ones |= ((planes[p] >> b) & 1) << p;
    if (2 * ones > shingles.size()) out |= uint64_t{1} << b;
  }
  return out;
}

}  // namespace

NearDuplicateIndex::NearDuplicateIndex(NearDuplicateOptions options) : options_(options) {
  if (options_.window == 0) options_.window = 1;
  if (options_.shingle_words == 0) options_.shingle_words = 1;
}

std::vector<uint64_t> NearDuplicateIndex::ShingleHashes(std::string_view text) const {
  return Shingles(text, options_.shingle_words);
}

uint64_t NearDuplicateIndex::SimHash(std::string_view text, size_t shingle_words) {
  return SimHashOf(Shingles(text, shingle_words));
}

NearDuplicateIndex::Signature NearDuplicateIndex::Sign(std::string_view text) const {
  Signature sig;
  std::vector<uint64_t> shingles = ShingleHashes(text);
  sig.shingles = static_cast<uint32_t>(shingles.size());
  sig.simhash = SimHashOf(shingles);
  sig.names = NameHashes(text);
  sig.minhash.assign(kHashes, UINT32_MAX);
  // The k-th permutation of a shingle is the high half of its hash times an odd constant
  // (multiply-shift): one multiplication where a full mix per value cost five times more.
  static const std::array<uint64_t, kHashes> kMultipliers = [] {
    std::array<uint64_t, kHashes> m{};
    for (int k = 0; k < kHashes; ++k) m[k] = Mix(0x9e3779b97f4a7c15ULL * (k + 1)) | 1;
    return m;
  }();
  for (uint64_t h : shingles) {
    for (int k = 0; k < kHashes; ++k) {
      const uint32_t v = static_cast<uint32_t>((h * kMultipliers[k]) >> 32);
      sig.minhash[k] = std::min(sig.minhash[k], v);
    }
  }
  return sig;
}

NearDuplicateIndex::BandKeys NearDuplicateIndex::KeysOf(const std::vector<uint32_t>& signature) {
  BandKeys keys;
  const int rows = kHashes / kBands;
  for (int b = 0; b < kBands; ++b) {
    uint64_t key = Mix(static_cast<uint64_t>(b) + 1);
    for (int r = 0; r < rows; ++r) key = Mix(key ^ signature[b * rows + r]);
    keys[b] = key;
  }
  return keys;
}

void NearDuplicateIndex::Verify(const Entry& entry, const Entry& other, Match* match) const {
  if (other.id == entry.id || other.shingles < options_.min_shingles) return;
  int equal = 0;
  for (int k = 0; k < kHashes; ++k) equal += other.signature[k] == entry.signature[k];
  double j = static_cast<double>(equal) / kHashes;
  double inter = j * (entry.shingles + other.shingles) / (1.0 + j);
  double containment = inter / std::min(entry.shingles, other.shingles);
  bool dup = (j >= options_.jaccard_threshold || containment >= options_.containment_threshold) &&
             NameContainment(entry.names, other.names) >= options_.name_containment_threshold;
  // Copies are stored under the first copy's id, so any match names the first copy; the most
  // similar one is reported.
  if (dup && (match->id.empty() || j > match->resemblance)) {
    match->id = other.id;
    match->resemblance = j;
    match->containment = std::min(1.0, containment);
  }
}

void NearDuplicateIndex::FindCopies(const Entry& entry, const BandKeys& keys, Match* match) {
  const uint64_t oldest = entries_.front().serial;
  for (int b = 0; b < kBands; ++b) {
    auto head = newest_in_band_.find(keys[b]);
    if (head == newest_in_band_.end()) continue;
    uint64_t serial = head->second;
    for (size_t n = 0; n < kCandidatesPerBand && serial != kNoSerial && serial >= oldest; ++n) {
      Entry& other = entries_[serial - oldest];
      if (other.verified_for != entry.serial) {  // not already seen in an earlier band
        other.verified_for = entry.serial;
        Verify(entry, other, match);
        if (match->resemblance >= 1.0) return;  // an identical signature: none can be more similar
      }
      serial = other.older_in_band[b];
    }
  }
}

NearDuplicateIndex::Match NearDuplicateIndex::CheckAndAdd(std::string_view id, const Signature& sig) {
  Match match;
  if (sig.minhash.size() != static_cast<size_t>(kHashes)) return match;
  Entry entry;
  entry.serial = next_serial_++;
  entry.id = std::string(id);
  entry.shingles = sig.shingles;
  entry.names = sig.names;
  entry.signature = sig.minhash;
  entry.older_in_band.fill(kNoSerial);
  const BandKeys keys = KeysOf(entry.signature);
  // Texts too short to ever be called duplicates are not indexed (their chains would only grow).
  const bool indexed = entry.shingles >= options_.min_shingles;
  if (indexed && !entries_.empty()) FindCopies(entry, keys, &match);
  // A copy is remembered under the id of the story it copies, so later copies find it too.
  if (!match.id.empty()) entry.id = match.id;
  if (indexed) {
    for (int b = 0; b < kBands; ++b) {
      auto [head, added] = newest_in_band_.try_emplace(keys[b], entry.serial);
      if (!added) {
        entry.older_in_band[b] = head->second;
        head->second = entry.serial;
      }
    }
  }
  entries_.push_back(std::move(entry));
  Evict();
  if (!match.id.empty() && match.id == id) match = Match{};
  return match;
}

void NearDuplicateIndex::Evict() {
  while (entries_.size() > options_.window) {
    const Entry& old = entries_.front();
    if (old.shingles >= options_.min_shingles) {
      // Chains stop at evicted serials by themselves; a band whose newest entry goes, goes.
      for (uint64_t key : KeysOf(old.signature)) {
        auto head = newest_in_band_.find(key);
        if (head != newest_in_band_.end() && head->second == old.serial) newest_in_band_.erase(head);
      }
    }
    entries_.pop_front();
  }
}

void NearDuplicateIndex::Check(v1::CleanArticle* article) {
  const Signature sig = Sign(article->text());
  article->set_simhash(sig.simhash);
  Match m = CheckAndAdd(article->id(), sig);
  article->set_duplicate_of(m.id);
}

}  // namespace tidings::clean
