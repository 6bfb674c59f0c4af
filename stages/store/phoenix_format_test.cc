#include "store/phoenix_format.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

namespace tidings::store {
namespace {

std::vector<std::string> Columns(const std::string& row) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = row.find('\t', start);
    out.push_back(row.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

TEST(PhoenixFormat, ARowHasThe26ColumnsOfThePhoenixDailyFiles) {
  v1::Event e;
  e.set_seq(7);
  e.set_article_id("az-1");
  e.set_sentence_index(3);
  e.mutable_source()->set_code("TURGOV");
  e.mutable_target()->set_code("AZEMILREB");
  e.set_code("057");
  e.set_root("05");
  e.set_quad_class(1);
  e.set_goldstein(8);
  e.set_date("2021-11-05");
  e.add_issues("MILITARY");
  e.add_issues("PEACE");
  e.add_issues("PEACE");
  e.mutable_location()->set_name("Baku");
  e.mutable_location()->set_country("AZE");
  e.mutable_location()->set_latitude(40.37767);
  e.mutable_location()->set_longitude(49.89201);
  e.mutable_location()->set_has_coordinates(true);
  e.set_url("https://www.azernews.az/1");
  e.set_publisher("AzerNews");
  const auto c = Columns(PhoenixEventRow(e));
  ASSERT_EQ(c.size(), 26u);
  const std::vector<std::string> want = {
      "7", "20211105", "2021", "11", "05", "TURGOV", "TUR", "GOV", "", "AZEMILREB", "AZE", "MIL", "REB",
      "057", "05", "1", "8", "MILITARY,1;PEACE,2", "40.3777", "49.8920", "Baku", "", "AZE", "az-1_3",
      "https://www.azernews.az/1", "AzerNews"};
  EXPECT_EQ(c, want);
}

TEST(PhoenixFormat, APlaceThatIsAFirstLevelDivisionIsAlsoItsStateName) {
  v1::Event e;
  e.set_code("190");
  e.set_root("19");
  e.set_date("2024-03-01");
  e.mutable_location()->set_name("Borno");
  e.mutable_location()->set_country("NGA");
  e.mutable_location()->set_kind(v1::Location::PROVINCE);
  auto c = Columns(PhoenixEventRow(e));
  ASSERT_EQ(c.size(), 26u);
  EXPECT_EQ(c[20], "Borno");
  EXPECT_EQ(c[21], "Borno");
  e.mutable_location()->set_name("Maiduguri");
  e.mutable_location()->set_kind(v1::Location::CITY);
  c = Columns(PhoenixEventRow(e));
  EXPECT_EQ(c[20], "Maiduguri");
  EXPECT_EQ(c[21], "") << "a city's state is not known";
}

TEST(PhoenixFormat, AnEventWithoutTargetOrPlaceHasEmptyColumns) {
  v1::Event e;
  e.set_seq(8);
  e.set_article_id("x");
  e.mutable_source()->set_code("RUSMIL");
  e.set_code("19");
  e.set_root("19");
  e.set_goldstein(-10);
  e.set_date("2022-02-24");
  const auto c = Columns(PhoenixEventRow(e));
  ASSERT_EQ(c.size(), 26u);
  EXPECT_EQ(c[9], "");
  EXPECT_EQ(c[10], "");
  EXPECT_EQ(c[13], "190");
  EXPECT_EQ(c[15], "4");
  EXPECT_EQ(c[18], "");
  EXPECT_EQ(c[20], "");
}

TEST(PhoenixFormat, ClassesFollowPhoenixsFiveWayGrouping) {
  const std::pair<const char*, int> expected[] = {{"01", 0}, {"02", 0}, {"03", 1}, {"05", 1}, {"06", 2},
                                                  {"08", 2}, {"09", 3}, {"13", 3}, {"16", 3}, {"14", 4},
                                                  {"15", 4}, {"17", 4}, {"20", 4}};
  for (const auto& [root, cls] : expected) EXPECT_EQ(PhoenixClass(root), cls) << root;
  EXPECT_EQ(PhoenixClass("21"), -1);
  EXPECT_EQ(PhoenixClass(""), -1);
}

}  // namespace
}  // namespace tidings::store
