// Agreement with PETRARCH2 on ../shared/corpora/gigaword-dev, with the OEDA dictionaries in
// PETRARCH2's default configuration.
//
// The disagreements left at (source country, target country, root), read one by one:
// - never matchable: TEST_1-9 have no text, GOLD_5 ("OBAMA AIRDROPS") names no Iraq;
// - PETRARCH2 wrong: places as targets (TEST_12 "meet in Zurich", EXIST_1 "killed in Ukraine"
//   as the source), actors the sentence does not name (PASSIVE_3, PASSIVE_10, Pattern_1 RUS,
//   AFP0808020824_1 NGA), a compound it cut short (AFP0808020937_1 "US and British activists"),
//   VALID_0 (we code the grant, GIVE's 060; "assylum" is misspelt);
// - discarded by the OEDA discard phrases "YEARS AGO" / "MONTHS AGO" (AFP0808020705_1,
//   AFP0808020857_2): PETRARCH2 matches discards against whitespace words, so "ago," escapes;
// - ours missing: "Bush" alone (PETRARCH2 takes GEORGE_BUSH_ from the surname), the reverse of
//   "held talks with" (AFP0808020905_1), a report's allegation (AFP0808020957_2), PASSIVE_5
//   ("pressuring Obama to help": PETRARCH2 020, we IMPEL's 170).
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

using testing::HaveShared;
using testing::OedaOptions;
using testing::SharedDir;

std::vector<std::vector<std::string>> ReadTsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string x;
    while (std::getline(ss, x, '\t')) f.push_back(x);
    if (f.size() == 2) f.emplace_back();  // a few sentences have no text (their parse only)
    if (f.size() >= 3) rows.push_back(f);
  }
  return rows;
}

std::string Country(const std::string& code) { return code.substr(0, 3); }

TEST(GigawordDev, AgreesWithPetrarch2) {
  if (!HaveShared()) GTEST_SKIP() << "needs ../shared (dictionaries and corpora)";
  std::unique_ptr<EventCoder> coder;
  auto t0 = std::chrono::steady_clock::now();
  ASSERT_TRUE(EventCoder::Create(OedaOptions(), &coder).ok());
  double load_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::string dir = SharedDir() + "/corpora/gigaword-dev/";
  auto sentences = ReadTsv(dir + "sentences.tsv");
  auto reference = ReadTsv(dir + "petrarch2_events.tsv");
  ASSERT_GE(sentences.size(), 70u);
  std::set<std::string> ref_full, ref_loose, ours_full, ours_loose;
  for (const auto& r : reference) {
    ref_full.insert(r[0] + "|" + r[2] + "|" + r[3] + "|" + r[4]);
    ref_loose.insert(r[0] + "|" + Country(r[2]) + "|" + Country(r[3]) + "|" + r[4].substr(0, 2));
  }
  std::map<std::string, std::vector<std::string>> ours_by_id;
  for (const auto& s : sentences) {
    v1::CleanArticle a;
    a.set_id(s[0]);
    a.add_sentences()->set_text(s[2]);
    a.set_published(s[1].substr(0, 4) + "-" + s[1].substr(4, 2) + "-" + s[1].substr(6, 2));
    v1::CodedArticle out;
    ASSERT_TRUE(coder->Code(a, &out).ok());
    for (const auto& e : out.events()) {
      ours_full.insert(s[0] + "|" + e.source().code() + "|" + e.target().code() + "|" + e.code());
      ours_loose.insert(s[0] + "|" + Country(e.source().code()) + "|" + Country(e.target().code()) + "|" + e.root());
      ours_by_id[s[0]].push_back(e.source().code() + " " + e.code() + " " + e.target().code());
    }
  }
  auto score = [](const std::set<std::string>& ours, const std::set<std::string>& ref, const char* what) {
    size_t tp = 0;
    for (const auto& x : ours) tp += ref.count(x);
    double p = ours.empty() ? 0 : static_cast<double>(tp) / ours.size();
    double r = ref.empty() ? 0 : static_cast<double>(tp) / ref.size();
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    std::printf("[gigaword-dev] %-42s ours=%zu ref=%zu agree=%zu  P=%.3f R=%.3f F1=%.3f\n", what, ours.size(), ref.size(), tp,
                p, r, f);
    return f;
  };
  std::printf("[gigaword-dev] OEDA dictionaries loaded in %.3f s\n", load_s);
  score(ours_full, ref_full, "(source, target, code)");
  double f1 = score(ours_loose, ref_loose, "(source country, target country, root)");
  if (std::getenv("TIDINGS_GIGAWORD_DUMP")) {
    for (const auto& s : sentences) {
      std::printf("%s\t%s\n", s[0].c_str(), s[2].c_str());
      for (const auto& r : reference)
        if (r[0] == s[0]) std::printf("   ref  %s %s %s\n", r[2].c_str(), r[4].c_str(), r[3].c_str());
      for (const auto& o : ours_by_id[s[0]]) std::printf("   ours %s\n", o.c_str());
    }
  }
  // 0.756 measured; issue 9 asks for 0.75. Where CAMEO and PETRARCH2 part, the codebook wins:
  // "Israel announced it would free 150 prisoners" is an intent (035), which PETRARCH2 codes
  // as the release (0842).
  EXPECT_GE(f1, 0.75);
}

}  // namespace
}  // namespace tidings::extract
