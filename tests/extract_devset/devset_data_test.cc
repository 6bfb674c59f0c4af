// The development set itself: well-formed, coded with codes that exist, and covering every
// category the extraction-quality issue asks for with enough sentences.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "devset_reader.h"

namespace tidings::devset {
namespace {

std::string SourceDir() { return TIDINGS_SOURCE_DIR; }

// The first column of a TSV file with a header ('#' lines skipped).
std::set<std::string> FirstColumn(const std::string& path) {
  std::set<std::string> values;
  std::ifstream in(path);
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    values.insert(line.substr(0, line.find('\t')));
  }
  return values;
}

class DevsetData : public ::testing::Test {
 protected:
  void SetUp() override {
    Status s = ReadDevset(DevsetFile(SourceDir() + "/tests/extract_devset"), &records_);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  std::vector<Record> records_;
};

TEST_F(DevsetData, CoversEveryCategoryWithEnoughSentences) {
  std::map<std::string, int> count;
  for (const Record& r : records_) ++count[r.category];
  EXPECT_GE(records_.size(), 200u);
  for (int root = 1; root <= 20; ++root) {
    char name[8];
    std::snprintf(name, sizeof name, "root%02d", root);
    EXPECT_GE(count[name], 5) << name;
  }
  for (const char* miss : {"compound", "clause", "modality", "passive", "instrument", "sanctions", "drills", "location",
                           "capital", "pronoun", "domestic", "headline", "agentnoun"}) {
    EXPECT_GE(count[miss], 10) << miss;
  }
  EXPECT_GE(count["negative"], 40);
  for (const auto& [category, n] : count) {
    bool known = category == "negative" || category.rfind("root", 0) == 0 || n >= 10;
    EXPECT_TRUE(known) << "category '" << category << "' has only " << n << " sentences: a typo?";
  }
}

TEST_F(DevsetData, EveryRootCategorySentenceCodesItsRoot) {
  for (const Record& r : records_) {
    if (r.category.rfind("root", 0) != 0) continue;
    std::string root = r.category.substr(4);
    bool has = false;
    for (const Triple& t : r.events) has |= t.code.rfind(root, 0) == 0;
    EXPECT_TRUE(has) << r.id << " is in " << r.category << " but codes no event of root " << root;
  }
}

TEST_F(DevsetData, NegativesAndOnlyNegativesHaveNoEvent) {
  for (const Record& r : records_) {
    EXPECT_EQ(r.category == "negative", r.events.empty()) << r.id;
  }
}

TEST_F(DevsetData, EventCodesAreCameoCodes) {
  std::set<std::string> codes = FirstColumn(SourceDir() + "/stages/extract/data/cameo_codes.tsv");
  ASSERT_GT(codes.size(), 300u);
  for (const Record& r : records_) {
    for (const Triple& t : r.events) {
      EXPECT_TRUE(t.code.size() >= 3 && codes.count(t.code)) << r.id << ": '" << t.code << "' is not a CAMEO event code";
    }
  }
}

TEST_F(DevsetData, ActorCodesStartWithACountryOrAnOrganisation) {
  std::set<std::string> prefixes = FirstColumn(SourceDir() + "/stages/extract/data/countries.tsv");
  ASSERT_GT(prefixes.size(), 200u);
  for (const char* other : {"IGO", "NGO", "IMG", "MNC", "WST"}) prefixes.insert(other);
  // CAMEO's region codes, as the built-in actors use them (institutions.tsv).
  for (const char* region : {"AFR", "ASA", "BLK", "CAS", "CAU", "CEU", "CRB", "EAF", "EEU", "EUR", "LAM", "MDT", "MEA",
                             "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF"})
    prefixes.insert(region);
  auto well_formed = [&](const std::string& code) {
    return code.size() >= 3 && code.size() % 3 == 0 && code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos &&
           prefixes.count(code.substr(0, 3)) > 0;
  };
  for (const Record& r : records_) {
    for (const Triple& t : r.events) {
      EXPECT_TRUE(well_formed(t.source)) << r.id << ": source '" << t.source << "'";
      EXPECT_TRUE(t.target.empty() || well_formed(t.target)) << r.id << ": target '" << t.target << "'";
    }
  }
}

}  // namespace
}  // namespace tidings::devset
