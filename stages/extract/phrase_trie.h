// PhraseTrie: a trie over word ids, used for every multi-word dictionary phrase (actors,
// agents, synsets, discards, issues, gazetteer names). Children live in one open-addressing
// table keyed by (node, word) so a lookup is one multiply and usually one probe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "extract/lexicon.h"

namespace tidings::extract {

class PhraseTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = 0xffffffffu;
  static constexpr int32_t kNoValue = -1;

  PhraseTrie() : values_(1, kNoValue) { slots_.resize(1024); }

  // Room for this many nodes without rehashing (loading calls it with an estimate).
  void Reserve(size_t nodes) {
    values_.reserve(nodes + 1);
    size_t size = slots_.size();
    while (Crowded(nodes + 1, size)) size *= 2;
    if (size != slots_.size()) Rehash(size);
  }
  // Adds the phrase and returns its node; the node's value is set by the caller.
  uint32_t Insert(const std::vector<uint32_t>& words) {
    uint32_t node = kRoot;
    for (uint32_t w : words) node = ChildOrAdd(node, w);
    return node;
  }
  uint32_t Child(uint32_t node, uint32_t word) const {
    if (word == kNoWord) return kNone;
    uint64_t key = Key(node, word);
    size_t mask = slots_.size() - 1;
    for (size_t i = Mix(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.child == kNone) return kNone;
      if (s.key == key) return s.child;
    }
  }
  int32_t Value(uint32_t node) const { return values_[node]; }

  // The one walk every caller of the trie needs: from token `begin`, steps through the words
  // `word_at(j)` for j < `limit` and calls `fn(value, end)` for every phrase that ends at token
  // `end` (shortest first), until `fn` returns false or no phrase continues. Values are the
  // callers' own (anything but kNoValue is reported).
  template <typename WordAt, typename Fn>
  void ForEachMatch(size_t begin, size_t limit, WordAt&& word_at, Fn&& fn) const {
    uint32_t node = kRoot;
    for (size_t j = begin; j < limit; ++j) {
      node = Child(node, word_at(j));
      if (node == kNone) return;
      int32_t v = values_[node];
      if (v != kNoValue && !fn(v, j + 1)) return;
    }
  }
  struct Match {
    int32_t value = kNoValue;
    size_t end = 0;  // one past the last token of the phrase; 0 when none matched
  };
  // The longest phrase starting at `begin` whose value is not negative.
  template <typename WordAt>
  Match Longest(size_t begin, size_t limit, WordAt&& word_at) const {
    Match m;
    ForEachMatch(begin, limit, word_at, [&](int32_t v, size_t end) {
      if (v >= 0) m = Match{v, end};
      return true;
    });
    return m;
  }
  void SetValue(uint32_t node, int32_t v) { values_[node] = v; }
  size_t node_count() const { return values_.size(); }
  // Calls fn(word) for every word that starts a phrase (a child of the root), in no particular
  // order: one pass over the table, where asking Child(kRoot, w) of every word of the lexicon
  // took a probe each.
  template <typename Fn>
  void ForEachFirstWord(Fn&& fn) const {
    for (const Slot& s : slots_) {
      if (s.child != kNone && (s.key >> 32) == kRoot) fn(static_cast<uint32_t>(s.key));
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t child = kNone;
  };
  static uint64_t Key(uint32_t node, uint32_t word) { return (static_cast<uint64_t>(node) << 32) | word; }
  static size_t Mix(uint64_t k) {
    k ^= k >> 29;
    k *= 0xbf58476d1ce4e5b9ull;
    k ^= k >> 32;
    return static_cast<size_t>(k);
  }
  uint32_t ChildOrAdd(uint32_t node, uint32_t word) {
    uint32_t c = Child(node, word);
    if (c != kNone) return c;
    if (Crowded(used_ + 1, slots_.size())) Grow();
    c = static_cast<uint32_t>(values_.size());
    values_.push_back(kNoValue);
    Place(Key(node, word), c);
    ++used_;
    return c;
  }
  void Place(uint64_t key, uint32_t child) {
    size_t mask = slots_.size() - 1;
    size_t i = Mix(key) & mask;
    while (slots_[i].child != kNone) i = (i + 1) & mask;
    slots_[i] = Slot{key, child};
  }
  // Linear probing stays quick up to three quarters full; the tables are the coder's largest
  // allocations, so they are not kept emptier than that.
  static bool Crowded(size_t used, size_t size) { return used * 4 > size * 3; }
  void Grow() { Rehash(slots_.size() * 2); }
  // One new table of `size` slots (a power of two): growing in one step touches each page of
  // memory once, which matters more than the arithmetic while loading.
  void Rehash(size_t size) {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(size, Slot{});
    for (const Slot& s : old) {
      if (s.child != kNone) Place(s.key, s.child);
    }
  }

  std::vector<Slot> slots_;
  std::vector<int32_t> values_;
  size_t used_ = 0;
};

}  // namespace tidings::extract
