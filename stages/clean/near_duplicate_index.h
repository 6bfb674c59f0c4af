// Near-duplicate detection over a bounded window of recent articles, so that syndicated
// copies of one wire story are not coded as separate news.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tidings/v1/tidings.pb.h"

namespace tidings::clean {

struct NearDuplicateOptions {
  size_t window = 20000;            // most recent articles remembered (~1.6 KB each)
  size_t shingle_words = 3;         // word n-grams compared
  double jaccard_threshold = 0.45;  // estimated resemblance of the two shingle sets
  double containment_threshold = 0.8;  // share of the shorter text found in the longer one
  size_t min_shingles = 15;         // shorter texts are never called duplicates
  // Copies of one story name the same people, places and figures; two stories written from one
  // template ("X signed an agreement with Y") do not. Share of the capitalised words and numbers of the
  // text with fewer of them that must appear in the other (checked when both have >= 3).
  double name_containment_threshold = 0.8;
};

// Word shingles (lowercased, Unicode-aware) -> a 64-value MinHash signature, indexed with
// LSH (32 bands of 2 rows) for candidate lookup, verified by the estimated Jaccard
// resemblance and containment. A 64-bit SimHash of the same shingles is the compact
// fingerprint stored with the article. Hand-written: no Debian library offers MinHash/LSH.
// A lookup verifies at most kCandidatesPerBand of the newest texts sharing a band (copies
// are remembered under the first copy's id, so the newest ones name it too): a story
// republished thousands of times in the window costs the same as one republished 64 times.
//
// Not thread-safe: one index per clean stage process, used by one thread.
class NearDuplicateIndex {
 public:
  explicit NearDuplicateIndex(NearDuplicateOptions options = {});

  struct Match {
    std::string id;         // the first copy's id ("" when no near-duplicate)
    double resemblance = 0; // estimated Jaccard of the two texts
    double containment = 0;
  };

  // What the index keeps of a text: its MinHash signature, shingle count and the hashes of its
  // names and numbers. Computing it is the costly part (the text's shingles), so a pipeline
  // computes it where the text is (each clean replica) and checks it in one place (the daemon,
  // which sees every article: replicas with an index each would miss copies sent elsewhere).
  struct Signature {
    uint32_t shingles = 0;
    std::vector<uint32_t> minhash;  // kHashes values
    std::vector<uint64_t> names;    // sorted, unique
    uint64_t simhash = 0;           // SimHash() of the same shingles (not sent: the cleaner sets it)
  };
  Signature Sign(std::string_view text) const;

  // Looks `text` up against the window, then remembers it under `id`. An article already in
  // the window under the same id (a replay) is not its own duplicate.
  Match CheckAndAdd(std::string_view id, std::string_view text) { return CheckAndAdd(id, Sign(text)); }
  // The same with the text's signature (Sign()); a signature of the wrong size never matches.
  Match CheckAndAdd(std::string_view id, const Signature& signature);

  // Sets article->duplicate_of (the first copy's id, or "") and article->simhash, and
  // remembers the article.
  void Check(v1::CleanArticle* article);

  size_t size() const { return entries_.size(); }

  static uint64_t SimHash(std::string_view text, size_t shingle_words = 3);

 private:
  static constexpr int kHashes = 64;
  static constexpr int kBands = 32;
  static constexpr size_t kCandidatesPerBand = 64;
  static constexpr uint64_t kNoSerial = UINT64_MAX;
  struct Entry {
    uint64_t serial;
    std::string id;  // the first copy's id: duplicates inherit it
    uint32_t shingles;
    std::vector<uint32_t> signature;
    std::vector<uint64_t> names;  // hashes of capitalised words and numbers, sorted, unique
    // Per band, the serial of the next older indexed entry with the same band key (kNoSerial
    // for none): each band's entries form a chain, newest first, that eviction needs not touch.
    std::array<uint64_t, kBands> older_in_band;
    uint64_t verified_for = kNoSerial;  // serial of the last lookup that verified it (once per lookup)
  };
  using BandKeys = std::array<uint64_t, kBands>;
  static BandKeys KeysOf(const std::vector<uint32_t>& signature);
  std::vector<uint64_t> ShingleHashes(std::string_view text) const;
  // Verifies the candidates of `entry` (the newest kCandidatesPerBand per band) into `match`.
  void FindCopies(const Entry& entry, const BandKeys& keys, Match* match);
  // Verifies `other` against `entry`; updates `match` when it is the most similar copy so far.
  void Verify(const Entry& entry, const Entry& other, Match* match) const;
  void Evict();

  NearDuplicateOptions options_;
  std::deque<Entry> entries_;
  uint64_t next_serial_ = 0;
  // Band key -> serial of the newest indexed entry with it (the head of its chain). About the
  // memory of one multimap node per band, however long the chains grow.
  std::unordered_map<uint64_t, uint64_t> newest_in_band_;
};

// A hash of every word of Words(text) (text_util.h), lowercased: what shingles are made of.
std::vector<uint64_t> WordHashes(std::string_view text);

}  // namespace tidings::clean
