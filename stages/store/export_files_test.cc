// `tidings export` into files: rotation by the time stored, GDELT / Phoenix file names, whole
// files only, and the range filters, on both backends.
#include "store/export_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "store/store_test_support.h"
#include "store/utc_time.h"

namespace tidings::store {
namespace {

namespace fs = std::filesystem;
using testing::MakeArticle;
using testing::MakeEvent;

int64_t Utc(const std::string& text) {
  int64_t ms = 0;
  EXPECT_TRUE(ParseUtcTime(text, &ms).ok()) << text;
  return ms;
}

TEST(ExportRotation, FilesAreNamedLikeGdeltsAndPhoenixs) {
  const int64_t t = Utc("2025-01-01T15:22:09Z");
  EXPECT_EQ(RotatedFileName(ExportFormat::kGdelt, Rotation::kQuarterHour, PeriodStart(Rotation::kQuarterHour, t)),
            "20250101151500.export.CSV");
  EXPECT_EQ(RotatedFileName(ExportFormat::kGdelt, Rotation::kDaily, PeriodStart(Rotation::kDaily, t)),
            "20250101.export.CSV");
  EXPECT_EQ(RotatedFileName(ExportFormat::kPhoenix, Rotation::kDaily, PeriodStart(Rotation::kDaily, t)),
            "events.full.20250101.txt");
  EXPECT_EQ(RotatedFileName(ExportFormat::kJsonLines, Rotation::kQuarterHour, PeriodStart(Rotation::kQuarterHour, t)),
            "20250101151500.events.jsonl");
  EXPECT_EQ(RotatedFileName(ExportFormat::kCsv, Rotation::kDaily, PeriodStart(Rotation::kDaily, t)),
            "20250101.events.csv");
}

TEST(ExportRotation, PeriodsStartOnTheQuarterHourAndAtMidnightUtc) {
  EXPECT_EQ(PeriodStart(Rotation::kQuarterHour, Utc("2025-01-01T15:29:59Z")), Utc("2025-01-01T15:15:00Z"));
  EXPECT_EQ(PeriodStart(Rotation::kQuarterHour, Utc("2025-01-01T15:30:00Z")), Utc("2025-01-01T15:30:00Z"));
  EXPECT_EQ(PeriodStart(Rotation::kDaily, Utc("2025-01-01T23:59:59Z")), Utc("2025-01-01"));
  Rotation r;
  EXPECT_TRUE(ParseRotation("15min", &r).ok());
  EXPECT_EQ(r, Rotation::kQuarterHour);
  Status s = ParseRotation("hourly", &r);
  EXPECT_NE(s.message().find("daily or 15min"), std::string::npos) << s.message();
}

TEST(UtcTime, ParsesDatesAndTimesAndRefusesTheRest) {
  int64_t ms = 0;
  bool date_only = false;
  ASSERT_TRUE(ParseUtcTime("2021-11-11", &ms, &date_only).ok());
  EXPECT_TRUE(date_only);
  EXPECT_EQ(FormatUnixMillis(ms), "2021-11-11T00:00:00Z");
  ASSERT_TRUE(ParseUtcTime("2021-11-11T08:30+02:00", &ms, &date_only).ok());
  EXPECT_FALSE(date_only);
  EXPECT_EQ(CompactUtc(ms), "20211111063000");
  for (const char* bad : {"yesterday", "2021-02-30", "2021-13-01", "2021-11-11T25:00", "11/11/2021"}) {
    Status s = ParseUtcTime(bad, &ms);
    EXPECT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.message().find("YYYY-MM-DD"), std::string::npos) << s.message();
  }
  EXPECT_EQ(CompactDate("2021-11-05"), "20211105");
  EXPECT_EQ(CompactDate("2021-11"), "");
}

class ExportFilesTest : public testing::StoreBackendTest {
 protected:
  void SetUp() override {
    StoreBackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    out_ = fs::temp_directory_path() / ("tidings-export-files-" + std::to_string(getpid()));
    fs::remove_all(out_);
    store_ = OpenOrDie();
    // Three articles stored at known times: two in one quarter hour, one a day later.
    const std::pair<const char*, const char*> stored[] = {
        {"q1", "2025-01-01T15:16:00Z"}, {"q2", "2025-01-01T15:29:00Z"}, {"d2", "2025-01-02T09:01:00Z"}};
    for (const auto& [id, at] : stored) {
      v1::CodedArticle a = MakeArticle(id, {MakeEvent(id, 0, 0, "TURGOV", "AZE", "057", "2021-11-11"),
                                            MakeEvent(id, 1, 0, "RUSMIL", "UKR", "190", "2021-11-12")});
      ASSERT_TRUE(store_->StoreCodedArticle(&a, 1, nullptr).ok());
      ASSERT_TRUE(RunSql("UPDATE articles SET stored_at_ms = " + std::to_string(Utc(at)) + " WHERE id = '" + id + "'"));
    }
  }
  void TearDown() override {
    fs::remove_all(out_);
    StoreBackendTest::TearDown();
  }
  std::vector<std::string> Lines(const std::string& file) {
    std::ifstream in(out_ / file);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
  }
  std::set<std::string> Listing() {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(out_)) names.insert(entry.path().filename().string());
    return names;
  }
  fs::path out_;
  std::unique_ptr<EventStore> store_;
};
TIDINGS_ON_BOTH_BACKENDS(ExportFilesTest);

TEST_P(ExportFilesTest, QuarterHourFilesHoldTheEventsStoredInThem) {
  std::vector<std::string> files;
  uint64_t written = 0;
  Status s = ExportEventFiles(*store_, {}, ExportFormat::kGdelt, Rotation::kQuarterHour, out_.string(), &files, &written);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(written, 6u);
  EXPECT_EQ(files, (std::vector<std::string>{"20250101151500.export.CSV", "20250102090000.export.CSV"}));
  EXPECT_EQ(Listing(), (std::set<std::string>{"20250101151500.export.CSV", "20250102090000.export.CSV"}))
      << "no .part file is left behind";
  auto first = Lines("20250101151500.export.CSV");
  ASSERT_EQ(first.size(), 4u);
  for (const auto& line : first) {
    EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 60) << line;
    EXPECT_NE(line.find("\t2025010115"), std::string::npos) << "DATEADDED within the quarter: " << line;
  }
  EXPECT_EQ(Lines("20250102090000.export.CSV").size(), 2u);

  // A rerun replaces the files rather than appending to them.
  ASSERT_TRUE(ExportEventFiles(*store_, {}, ExportFormat::kGdelt, Rotation::kQuarterHour, out_.string()).ok());
  EXPECT_EQ(Lines("20250101151500.export.CSV").size(), 4u);
}

TEST_P(ExportFilesTest, DailyPhoenixFilesAndTheStoredRangeFilter) {
  EventQuery q;
  q.stored_from_ms = Utc("2025-01-01T15:20:00Z");
  q.stored_before_ms = Utc("2025-01-03");
  std::vector<std::string> files;
  ASSERT_TRUE(ExportEventFiles(*store_, q, ExportFormat::kPhoenix, Rotation::kDaily, out_.string(), &files).ok());
  EXPECT_EQ(files, (std::vector<std::string>{"events.full.20250101.txt", "events.full.20250102.txt"}));
  auto day1 = Lines("events.full.20250101.txt");
  ASSERT_EQ(day1.size(), 2u) << "only q2 is stored after 15:20";
  EXPECT_NE(day1[0].find("q2_0"), std::string::npos) << day1[0];
  for (const auto& line : day1) EXPECT_EQ(std::count(line.begin(), line.end(), '\t'), 25) << line;
  EXPECT_EQ(Lines("events.full.20250102.txt").size(), 2u);
}

TEST_P(ExportFilesTest, CsvFilesStartWithTheirHeader) {
  ASSERT_TRUE(ExportEventFiles(*store_, {}, ExportFormat::kCsv, Rotation::kDaily, out_.string()).ok());
  auto lines = Lines("20250101.events.csv");
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0].rfind("id,", 0), 0u) << lines[0];
}

TEST_P(ExportFilesTest, AnUnwritableDirectoryIsAClearError) {
  std::ofstream(out_.string() + ".file") << "x";
  Status s = ExportEventFiles(*store_, {}, ExportFormat::kGdelt, Rotation::kDaily, out_.string() + ".file/sub");
  fs::remove(out_.string() + ".file");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("output directory"), std::string::npos) << s.ToString();
}

}  // namespace
}  // namespace tidings::store
