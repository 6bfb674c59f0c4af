// The seed article (../shared/seeds/azernews-2021-11-11.txt) with the built-in dictionaries:
// the events a human coder takes from it.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extract/test_support.h"

namespace tidings::extract {
namespace {

bool Has(const v1::CodedArticle& coded, const std::string& source_prefix, const std::vector<std::string>& targets,
         const std::vector<std::string>& roots, const std::string& date_prefix = "") {
  for (const auto& e : coded.events()) {
    if (e.source().code().rfind(source_prefix, 0) != 0) continue;
    bool target_ok = false;
    for (const auto& t : targets) target_ok |= e.target().code().rfind(t, 0) == 0;
    bool root_ok = false;
    for (const auto& r : roots) root_ok |= e.root() == r || e.code() == r;
    if (target_ok && root_ok && e.date().rfind(date_prefix, 0) == 0) return true;
  }
  return false;
}

TEST(SeedArticle, BuiltinDictionariesCodeTheHumanCodersEvents) {
  std::string path = testing::SharedDir() + "/seeds/azernews-2021-11-11.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "needs ../shared/seeds";
  std::stringstream ss;
  ss << in.rdbuf();
  std::unique_ptr<EventCoder> coder;
  Status s = EventCoder::Create(CoderOptions{}, &coder);
  ASSERT_TRUE(s.ok()) << s.ToString();
  v1::CodedArticle coded = testing::CodeText(*coder, ss.str(), "2021-11-11", "azernews");
  for (const auto& e : coded.events())
    std::printf("[seed] %s %s %s %s  | %s\n", e.source().code().c_str(), e.code().c_str(), e.target().code().c_str(),
                e.date().c_str(), e.pattern().c_str());
  // Turkey's president pledges support to Azerbaijan (intent or endorsement).
  EXPECT_TRUE(Has(coded, "TURGOV", {"AZE"}, {"03", "05"}));
  // ... and congratulates Azerbaijan's president.
  EXPECT_TRUE(Has(coded, "TUR", {"AZEGOV"}, {"05", "01", "04"}));
  // Turkey's legislature acts on the stay of its military in Azerbaijan.
  EXPECT_TRUE(Has(coded, "TURLEG", {"TURMIL", "AZE"}, {"01", "02", "03", "04", "05", "06", "07", "08", "15"}));
  // The two countries signed agreements (057) in 1992 and on June 15 (2021, from the article).
  EXPECT_TRUE(Has(coded, "AZE", {"TUR"}, {"057"}, "1992"));
  EXPECT_TRUE(Has(coded, "TUR", {"AZE"}, {"057"}, "1992"));
  EXPECT_TRUE(Has(coded, "AZE", {"TUR"}, {"057"}, "2021-06-15"));
  EXPECT_TRUE(Has(coded, "TUR", {"AZE"}, {"057"}, "2021-06-15"));
  // "cemented the existing military, political and economic cooperation": the two countries
  // cooperate with each other; "military" is an adjective, not an actor.
  EXPECT_TRUE(Has(coded, "TUR", {"AZE"}, {"061"}));
  // Every event carries the fields downstream consumers rely on, and both actors have a
  // country: no agent-only actor ("---MIL") comes out of this article.
  for (const auto& e : coded.events()) {
    EXPECT_NE(e.source().code().substr(0, 3), "---") << e.source().code() << " " << e.code();
    EXPECT_NE(e.target().code().substr(0, 3), "---") << e.target().code() << " " << e.code();
    EXPECT_FALSE(e.id().empty());
    EXPECT_EQ(e.article_id(), "azernews");
    EXPECT_GT(e.quad_class(), 0) << e.code();
    EXPECT_EQ(e.date().size(), 10u);
    EXPECT_FALSE(e.pattern().empty());
  }
}

}  // namespace
}  // namespace tidings::extract
