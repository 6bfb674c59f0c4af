// Scoring coded events against the development set's expected events: per sentence, per
// category and per CAMEO root, at two match levels (README.md beside this file explains them).
// Not thread-safe: a Scoreboard is filled and read by one thread.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "devset_reader.h"

namespace tidings::devset {

enum class Match {
  kLoose,  // (source actor root, target actor root, event root), the primary figure
  kExact,  // (source code, target code, event code)
};

// The part of an actor code that loose matching compares: the first three letters (country,
// region), or the first six of an IGO/NGO/IMG/MNC code ("IGOUNO" of "IGOUNOWFP"), so that the
// United Nations and the European Union stay apart. "---MIL" (agent, no country) gives "---".
std::string ActorRoot(const std::string& code);

// "SRC|TGT|CODE" at the given level; the key two events must share to match.
std::string MatchKey(const Triple& t, Match match);

struct Tally {
  long sentences = 0;
  long expected = 0;   // distinct expected keys
  long produced = 0;   // distinct produced keys
  long true_positives = 0;
  long false_positives = 0;
  long false_negatives = 0;
  long off_root = 0;   // produced (loose) keys whose root no expected event of the sentence has

  std::optional<double> Precision() const;  // none when nothing was produced
  std::optional<double> Recall() const;     // none when nothing was expected
  std::optional<double> F1() const;         // none when either is none
  void Add(const Tally& other);
};

// One sentence scored: counts at both levels and, for display, which events matched.
struct SentenceScore {
  Tally loose, exact;
  std::vector<bool> expected_found_loose, expected_found_exact;  // per expected triple
  std::vector<bool> produced_right_loose, produced_right_exact;  // per produced triple
  std::vector<bool> produced_off_root;                            // per produced triple
};

// Scores one sentence. Each side is deduplicated by key before counting, so an event coded
// twice (or expected twice) counts once; off_root is counted on distinct loose keys.
SentenceScore ScoreSentence(const std::vector<Triple>& expected, const std::vector<Triple>& produced);

// Tallies per category (in the order first seen), overall, and per CAMEO root of the events.
class Scoreboard {
 public:
  SentenceScore Add(const std::string& category, const std::vector<Triple>& expected, const std::vector<Triple>& produced);

  // The tally of a category, or of "overall"; an empty tally for an unknown scope.
  Tally Find(const std::string& scope, Match match) const;
  const std::vector<std::string>& categories() const { return order_; }

  // One row per category and one overall: sentences, expected, produced, TP FP FN off-root and
  // P R F1 at the loose level, then P R F1 at the exact level.
  std::string CategoryTable() const;
  // One row per CAMEO root (loose level): an expected event counts at its root, a false
  // positive at the root it was coded with.
  std::string RootTable() const;

 private:
  std::vector<std::string> order_;
  std::map<std::string, Tally> loose_, exact_;
  std::map<std::string, Tally> by_root_;
};

}  // namespace tidings::devset
