#include "devset_score.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace tidings::devset {
namespace {

std::string Root(const std::string& code) { return code.substr(0, 2); }

std::string RootOfKey(const std::string& key) { return key.substr(key.rfind('|') + 1, 2); }

std::set<std::string> Keys(const std::vector<Triple>& events, Match match) {
  std::set<std::string> keys;
  for (const Triple& t : events) keys.insert(MatchKey(t, match));
  return keys;
}

// Counts one level of one sentence; *found_expected / *right_produced mark each triple.
Tally CountLevel(const std::vector<Triple>& expected, const std::vector<Triple>& produced, Match match,
                 std::vector<bool>* found_expected, std::vector<bool>* right_produced) {
  std::set<std::string> want = Keys(expected, match), got = Keys(produced, match);
  Tally t;
  t.sentences = 1;
  t.expected = static_cast<long>(want.size());
  t.produced = static_cast<long>(got.size());
  for (const std::string& k : got) (want.count(k) ? t.true_positives : t.false_positives)++;
  t.false_negatives = t.expected - t.true_positives;
  for (const Triple& e : expected) found_expected->push_back(got.count(MatchKey(e, match)) > 0);
  for (const Triple& p : produced) right_produced->push_back(want.count(MatchKey(p, match)) > 0);
  return t;
}

std::string Cell(std::optional<double> v) {
  char buf[16];
  if (!v) return "    -";
  std::snprintf(buf, sizeof buf, "%5.2f", *v);
  return buf;
}

std::string TallyRow(const std::string& name, const Tally& loose, const Tally& exact) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-11s %5ld %5ld %5ld %5ld %5ld %5ld %5ld  %s %s %s   %s %s %s\n", name.c_str(),
                loose.sentences, loose.expected, loose.produced, loose.true_positives, loose.false_positives,
                loose.false_negatives, loose.off_root, Cell(loose.Precision()).c_str(), Cell(loose.Recall()).c_str(),
                Cell(loose.F1()).c_str(), Cell(exact.Precision()).c_str(), Cell(exact.Recall()).c_str(),
                Cell(exact.F1()).c_str());
  return buf;
}

}  // namespace

std::string ActorRoot(const std::string& code) {
  if (code.rfind("---", 0) == 0) return "---";
  for (const char* org : {"IGO", "NGO", "IMG", "MNC"}) {
    if (code.rfind(org, 0) == 0) return code.substr(0, 6);
  }
  return code.substr(0, 3);
}

std::string MatchKey(const Triple& t, Match match) {
  if (match == Match::kExact) return t.source + "|" + t.target + "|" + t.code;
  return ActorRoot(t.source) + "|" + ActorRoot(t.target) + "|" + Root(t.code);
}

std::optional<double> Tally::Precision() const {
  if (produced == 0) return std::nullopt;
  return static_cast<double>(true_positives) / static_cast<double>(true_positives + false_positives);
}

std::optional<double> Tally::Recall() const {
  if (expected == 0) return std::nullopt;
  return static_cast<double>(true_positives) / static_cast<double>(true_positives + false_negatives);
}

std::optional<double> Tally::F1() const {
  std::optional<double> p = Precision(), r = Recall();
  if (!p || !r) return std::nullopt;
  return *p + *r == 0 ? 0.0 : 2 * *p * *r / (*p + *r);
}

void Tally::Add(const Tally& o) {
  sentences += o.sentences;
  expected += o.expected;
  produced += o.produced;
  true_positives += o.true_positives;
  false_positives += o.false_positives;
  false_negatives += o.false_negatives;
  off_root += o.off_root;
}

SentenceScore ScoreSentence(const std::vector<Triple>& expected, const std::vector<Triple>& produced) {
  SentenceScore s;
  s.loose = CountLevel(expected, produced, Match::kLoose, &s.expected_found_loose, &s.produced_right_loose);
  s.exact = CountLevel(expected, produced, Match::kExact, &s.expected_found_exact, &s.produced_right_exact);
  std::set<std::string> expected_roots;
  for (const Triple& e : expected) expected_roots.insert(Root(e.code));
  for (const Triple& p : produced) s.produced_off_root.push_back(expected_roots.count(Root(p.code)) == 0);
  for (const std::string& k : Keys(produced, Match::kLoose)) s.loose.off_root += expected_roots.count(RootOfKey(k)) == 0;
  s.exact.off_root = s.loose.off_root;
  return s;
}

SentenceScore Scoreboard::Add(const std::string& category, const std::vector<Triple>& expected,
                              const std::vector<Triple>& produced) {
  if (std::find(order_.begin(), order_.end(), category) == order_.end()) order_.push_back(category);
  SentenceScore s = ScoreSentence(expected, produced);
  loose_[category].Add(s.loose);
  exact_[category].Add(s.exact);
  loose_["overall"].Add(s.loose);
  exact_["overall"].Add(s.exact);
  std::set<std::string> want = Keys(expected, Match::kLoose), got = Keys(produced, Match::kLoose);
  for (const std::string& k : want) {
    Tally& t = by_root_[RootOfKey(k)];
    ++t.expected;
    got.count(k) ? ++t.true_positives : ++t.false_negatives;
  }
  for (const std::string& k : got) {
    Tally& t = by_root_[RootOfKey(k)];
    ++t.produced;
    if (!want.count(k)) ++t.false_positives;
  }
  return s;
}

Tally Scoreboard::Find(const std::string& scope, Match match) const {
  const auto& tallies = match == Match::kLoose ? loose_ : exact_;
  auto it = tallies.find(scope);
  return it == tallies.end() ? Tally{} : it->second;
}

std::string Scoreboard::CategoryTable() const {
  std::string out =
      "                              loose (src actor, tgt actor, root)                    exact (src, tgt, code)\n"
      "category     sent   exp   out    TP    FP    FN  offrt      P     R    F1        P     R    F1\n";
  for (const std::string& c : order_) out += TallyRow(c, loose_.at(c), exact_.at(c));
  if (!order_.empty()) out += TallyRow("overall", loose_.at("overall"), exact_.at("overall"));
  return out;
}

std::string Scoreboard::RootTable() const {
  std::string out = "root    exp   out    TP    FP    FN      P     R    F1   (loose, all categories)\n";
  for (const auto& [root, t] : by_root_) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%-4s  %5ld %5ld %5ld %5ld %5ld  %s %s %s\n", root.c_str(), t.expected, t.produced,
                  t.true_positives, t.false_positives, t.false_negatives, Cell(t.Precision()).c_str(),
                  Cell(t.Recall()).c_str(), Cell(t.F1()).c_str());
    out += buf;
  }
  return out;
}

}  // namespace tidings::devset
