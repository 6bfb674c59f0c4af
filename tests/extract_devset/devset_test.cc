// The extraction development set (tests/extract_devset/devset.jsonl): hand-coded news
// sentences run through the coder in process, with the built-in dictionaries (as `tidings code`
// does by default) and, when ../shared is present, the OEDA dictionaries. Prints precision and
// recall per category and per CAMEO root, and asserts the floors in floors.tsv.
//
//   build/bin/devset_test --gtest_filter='Devset.*'          the tables
//   TIDINGS_DEVSET_DUMP=1 build/bin/devset_test ...           and every sentence: expected vs coded
//   TIDINGS_DEVSET_DUMP=modality build/bin/devset_test ...    only sentences whose category or id
//                                                             starts with the value
//   TIDINGS_DEVSET_FLOORS=1 build/bin/devset_test ...         and floors.tsv lines for the
//                                                             current figures
//   TIDINGS_DEVSET_EXPLAIN=cls-08 build/bin/devset_test ...   and the coder's explanation of the
//                                                             articles whose id starts with it
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>

#include "devset_reader.h"
#include "devset_score.h"
#include "extract/test_support.h"

namespace tidings::devset {
namespace {

std::string DevsetDir() { return std::string(TIDINGS_SOURCE_DIR) + "/tests/extract_devset/"; }

std::vector<Record> LoadDevset() {
  std::vector<Record> records;
  Status s = ReadDevset(DevsetFile(DevsetDir()), &records);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return records;
}

// Records grouped into articles: consecutive records sharing `article`, in file order.
std::vector<std::vector<const Record*>> Articles(const std::vector<Record>& records) {
  std::vector<std::vector<const Record*>> articles;
  std::map<std::string, size_t> index;
  for (const Record& r : records) {
    auto [it, fresh] = index.emplace(r.article, articles.size());
    if (fresh) articles.emplace_back();
    articles[it->second].push_back(&r);
  }
  return articles;
}

// Codes every article; the events of each record, keyed by record id.
std::map<std::string, std::vector<Triple>> CodeAll(const extract::EventCoder& coder, const std::vector<Record>& records) {
  std::map<std::string, std::vector<Triple>> produced;
  for (const auto& article : Articles(records)) {
    v1::CleanArticle in;
    in.set_id(article.front()->article);
    in.set_published(article.front()->date);
    for (const Record* r : article) in.add_sentences()->set_text(r->text);
    v1::CodedArticle out;
    // TIDINGS_DEVSET_EXPLAIN=<article id prefix>: how the coder read those articles.
    const char* explain = std::getenv("TIDINGS_DEVSET_EXPLAIN");
    std::string why;
    bool explaining = explain != nullptr && in.id().rfind(explain, 0) == 0;
    Status s = explaining ? coder.Explain(in, &out, &why) : coder.Code(in, &out);
    if (explaining) std::printf("[explain %s]\n%s\n", in.id().c_str(), why.c_str());
    EXPECT_TRUE(s.ok()) << in.id() << ": " << s.ToString();
    for (const Record* r : article) produced[r->id];  // every record has an entry, maybe empty
    for (const auto& e : out.events()) {
      if (e.sentence_index() >= article.size()) continue;
      produced[article[e.sentence_index()]->id].push_back({e.source().code(), e.code(), e.target().code()});
    }
  }
  return produced;
}

std::string Show(const Triple& t) {
  return (t.source.empty() ? "-" : t.source) + " " + t.code + " " + (t.target.empty() ? "-" : t.target);
}

// One sentence for TIDINGS_DEVSET_DUMP: "+" exact match, "~" loose match only, "-" missed
// (expected) or wrong (coded), "!" coded with a root no expected event has.
void DumpSentence(const Record& r, const std::vector<Triple>& produced, const SentenceScore& s) {
  std::printf("%s [%s] %s\n", r.id.c_str(), r.category.c_str(), r.text.c_str());
  for (size_t i = 0; i < r.events.size(); ++i) {
    char mark = s.expected_found_exact[i] ? '+' : s.expected_found_loose[i] ? '~' : '-';
    std::printf("   want %c %s\n", mark, Show(r.events[i]).c_str());
  }
  for (size_t i = 0; i < produced.size(); ++i) {
    char mark = s.produced_right_exact[i] ? '+' : s.produced_right_loose[i] ? '~' : s.produced_off_root[i] ? '!' : '-';
    std::printf("   got  %c %s\n", mark, Show(produced[i]).c_str());
  }
}

// The held-out records (README.md): each set was written and coded before the coder ever ran on
// it, so its first measurement estimates accuracy on news we have not seen. Their ids start with
// the set's name, `blind-...` (issue 9's second push) and `blindN-...` for the N-th set; each
// gets its own table and floors ("<dictionaries>-blindN" in floors.tsv).
//
// The set a record id belongs to ("blind", "blind27"), or "" for the other records.
std::string HeldOutSetOf(const std::string& id) {
  size_t dash = id.find('-');
  if (dash == std::string::npos || id.rfind("blind", 0) != 0) return "";
  std::string name = id.substr(0, dash);
  bool digits = std::all_of(name.begin() + 5, name.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
  return digits ? name : "";
}

// "blind" first, then by number.
bool HeldOutBefore(const std::string& a, const std::string& b) {
  auto number = [](const std::string& s) { return s.size() > 5 ? std::stoi(s.substr(5)) : 1; };
  return number(a) < number(b);
}

struct Boards {
  Scoreboard all;                              // every record
  std::vector<std::string> held_out_sets;      // in HeldOutBefore order
  std::map<std::string, Scoreboard> held_out;  // each held-out set alone
};

Boards ScoreAll(const std::vector<Record>& records, const std::map<std::string, std::vector<Triple>>& produced) {
  const char* dump = std::getenv("TIDINGS_DEVSET_DUMP");
  std::string filter = dump == nullptr || std::string(dump) == "1" ? "" : dump;
  Boards boards;
  for (const Record& r : records) {
    const std::vector<Triple>& got = produced.at(r.id);
    SentenceScore s = boards.all.Add(r.category, r.events, got);
    if (std::string set = HeldOutSetOf(r.id); !set.empty()) {
      if (boards.held_out.count(set) == 0) boards.held_out_sets.push_back(set);
      boards.held_out[set].Add(r.category, r.events, got);
    }
    bool selected = r.category.rfind(filter, 0) == 0 || r.id.rfind(filter, 0) == 0;
    if (dump != nullptr && selected) DumpSentence(r, got, s);
  }
  std::sort(boards.held_out_sets.begin(), boards.held_out_sets.end(), HeldOutBefore);
  return boards;
}

// Checks every floor of floors.tsv for these dictionaries; a failure names the floor's line.
void CheckFloors(const Scoreboard& board, const std::string& dictionaries) {
  std::vector<Floor> floors;
  Status s = ReadFloors(DevsetDir() + "floors.tsv", &floors);
  ASSERT_TRUE(s.ok()) << s.ToString();
  int checked = 0;
  for (const Floor& f : floors) {
    if (f.dictionaries != dictionaries) continue;
    ++checked;
    bool known = f.scope == "overall" || std::count(board.categories().begin(), board.categories().end(), f.scope);
    EXPECT_TRUE(known) << "floors.tsv:" << f.line << ": no category '" << f.scope << "' in the devset";
    Tally t = board.Find(f.scope, f.match == "exact" ? Match::kExact : Match::kLoose);
    std::string what = "floors.tsv:" + std::to_string(f.line) + " " + dictionaries + " " + f.scope + " " + f.match;
    if (f.min_precision) {
      EXPECT_GE(t.Precision().value_or(1.0), *f.min_precision) << what << " precision";
    }
    if (f.min_recall) {
      EXPECT_GE(t.Recall().value_or(0.0), *f.min_recall) << what << " recall";
    }
    if (f.min_f1) {
      EXPECT_GE(t.F1().value_or(0.0), *f.min_f1) << what << " F1";
    }
    if (f.max_false_positives) {
      EXPECT_LE(t.false_positives, *f.max_false_positives) << what << " false positives";
    }
  }
  EXPECT_GT(checked, 0) << "floors.tsv has no floor for the " << dictionaries << " dictionaries";
}

// A floor of a held-out set with no records (a typo, or a set taken out) would check nothing.
void CheckEveryFloorHasItsSet(const Boards& boards, const std::string& dictionaries) {
  std::vector<Floor> floors;
  ASSERT_TRUE(ReadFloors(DevsetDir() + "floors.tsv", &floors).ok());
  const std::string prefix = dictionaries + "-";
  for (const Floor& f : floors) {
    if (f.dictionaries.rfind(prefix, 0) != 0) continue;
    EXPECT_EQ(boards.held_out.count(f.dictionaries.substr(prefix.size())), 1u)
        << "floors.tsv:" << f.line << ": no held-out records with ids " << f.dictionaries.substr(prefix.size()) << "-*";
  }
}

double RoundDown(double v) { return std::floor(std::max(0.0, v) * 100 + 1e-9) / 100; }

std::string Limit(std::optional<double> v) {
  if (!v || *v <= 0) return "-";  // a floor of zero asserts nothing
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", RoundDown(*v));
  return buf;
}

// floors.tsv lines for the current figures (TIDINGS_DEVSET_FLOORS=1): a category may lose one
// true positive (or gain one false positive) and still pass; overall may drop 0.02; negatives
// may gain two false positives.
void PrintSuggestedFloors(const Scoreboard& board, const std::string& dictionaries) {
  auto line = [&](const std::string& scope, const char* match, std::optional<double> p, std::optional<double> r,
                  std::optional<double> f, std::optional<long> fp) {
    std::printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\n", dictionaries.c_str(), scope.c_str(), match, Limit(p).c_str(),
                Limit(r).c_str(), Limit(f).c_str(), fp ? std::to_string(*fp).c_str() : "-");
  };
  auto minus = [](std::optional<double> v) { return v ? std::optional<double>(*v - 0.02) : std::nullopt; };
  Tally all = board.Find("overall", Match::kLoose), exact = board.Find("overall", Match::kExact);
  line("overall", "loose", minus(all.Precision()), minus(all.Recall()), minus(all.F1()), std::nullopt);
  line("overall", "exact", std::nullopt, std::nullopt, minus(exact.F1()), std::nullopt);
  for (const std::string& c : board.categories()) {
    Tally t = board.Find(c, Match::kLoose);
    if (t.expected == 0) {
      line(c, "loose", std::nullopt, std::nullopt, std::nullopt, t.false_positives + 2);
      continue;
    }
    std::optional<double> p, r;
    if (t.true_positives > 0) {
      double tp = static_cast<double>(t.true_positives), out = static_cast<double>(t.produced);
      p = std::min((tp - 1) / out, tp / (out + 1));
      r = (tp - 1) / static_cast<double>(t.expected);
    }
    line(c, "loose", p, r, std::nullopt, std::nullopt);
  }
}

void Report(const char* title, const std::vector<Record>& records, const Boards& boards) {
  std::printf("[devset] %s: %zu sentences in %zu articles\n%s\n%s", title, records.size(), Articles(records).size(),
              boards.all.CategoryTable().c_str(), boards.all.RootTable().c_str());
  for (const std::string& set : boards.held_out_sets) {
    std::printf("[devset] %s, held-out records only (ids %s-*)\n%s", title, set.c_str(),
                boards.held_out.at(set).CategoryTable().c_str());
  }
  std::fflush(stdout);
}

// Codes the set with these dictionaries, prints the tables and checks the floors of
// `dictionaries` (all records) and `dictionaries`-blind, -blind2, ... -blind27 (each held-out set).
void RunDevset(const extract::CoderOptions& options, const char* title, const std::string& dictionaries) {
  std::vector<Record> records = LoadDevset();
  ASSERT_FALSE(records.empty());
  std::unique_ptr<extract::EventCoder> coder;
  Status s = extract::EventCoder::Create(options, &coder);
  ASSERT_TRUE(s.ok()) << s.ToString();
  Boards boards = ScoreAll(records, CodeAll(*coder, records));
  Report(title, records, boards);
  if (std::getenv("TIDINGS_DEVSET_FLOORS")) {
    PrintSuggestedFloors(boards.all, dictionaries);
    for (const std::string& set : boards.held_out_sets) {
      PrintSuggestedFloors(boards.held_out.at(set), dictionaries + "-" + set);
    }
  }
  CheckFloors(boards.all, dictionaries);
  for (const std::string& set : boards.held_out_sets) CheckFloors(boards.held_out.at(set), dictionaries + "-" + set);
  CheckEveryFloorHasItsSet(boards, dictionaries);
}

TEST(Devset, BuiltinDictionariesMeetTheFloors) {
  RunDevset(extract::CoderOptions{}, "built-in dictionaries", "builtin");
}

TEST(Devset, OedaDictionariesMeetTheFloors) {
  if (!extract::testing::HaveShared()) GTEST_SKIP() << "needs ../shared/dictionaries/oeda (the OEDA dictionaries)";
  RunDevset(extract::testing::OedaOptions(), "OEDA dictionaries (CAMEO.2.0 verbs, Phoenix actors, agents and discards)",
            "oeda");
}

}  // namespace
}  // namespace tidings::devset
