#include "store/event_export.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tidings/event_json.h"

namespace tidings::store {
namespace {

namespace fs = std::filesystem;

class EventExportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tidings-export-test-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    ASSERT_TRUE(EventStore::Open((dir_ / "events.sqlite").string(), &store_).ok());
    v1::CodedArticle coded;
    coded.mutable_article()->set_id("azernews-1");
    coded.mutable_article()->set_url("https://www.azernews.az/1");
    coded.mutable_article()->set_source("AzerNews");
    for (auto [sentence, source, target, code] :
         {std::tuple{0u, "TURGOV", "AZE", "057"}, std::tuple{1u, "AZEGOV", "ARM", "173"}}) {
      v1::Event* e = coded.add_events();
      e->set_sentence_index(sentence);
      e->mutable_source()->set_code(source);
      e->mutable_source()->set_country(std::string(source).substr(0, 3));
      e->mutable_target()->set_code(target);
      e->mutable_target()->set_country(std::string(target).substr(0, 3));
      e->set_code(code);
      e->set_root(std::string(code).substr(0, 2));
      e->set_quad_class(1);
      e->set_goldstein(8.0);
      e->set_date("2021-11-11");
      e->set_sentence("Erdogan said, \"Turkey stands with Azerbaijan\", in Ankara.");
    }
    ASSERT_TRUE(store_->StoreCodedArticle(&coded, 1, nullptr).ok());
    stored_ = coded;
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }
  fs::path dir_;
  std::unique_ptr<EventStore> store_;
  v1::CodedArticle stored_;
};

TEST_F(EventExportTest, JsonLinesUseTheEventSchema) {
  std::ostringstream out;
  uint64_t written = 0;
  ASSERT_TRUE(ExportEvents(*store_, {}, ExportFormat::kJsonLines, out, &written).ok());
  EXPECT_EQ(written, 2u);
  std::istringstream in(out.str());
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(line, EventToJsonLine(stored_.events(n)));
    EXPECT_EQ(j["id"], stored_.events(n).id());
    EXPECT_EQ(j["seq"], stored_.events(n).seq());
    EXPECT_EQ(j["publisher"], "AzerNews");
    ++n;
  }
  EXPECT_EQ(n, 2);
}

TEST_F(EventExportTest, CsvHasHeaderAndQuotedRows) {
  std::ostringstream out;
  EventQuery q;
  q.code_prefix = "05";
  ASSERT_TRUE(ExportEvents(*store_, q, ExportFormat::kCsv, out).ok());
  EXPECT_EQ(out.str(), EventCsvHeader() + "\n" + EventToCsvRow(stored_.events(0)) + "\n");
  EXPECT_NE(out.str().find("\"Erdogan said, \"\"Turkey stands with Azerbaijan\"\", in Ankara.\""),
            std::string::npos);

  std::ostringstream none;
  q.code_prefix = "19";
  ASSERT_TRUE(ExportEvents(*store_, q, ExportFormat::kCsv, none).ok());
  EXPECT_EQ(none.str(), EventCsvHeader() + "\n");
}

TEST_F(EventExportTest, FormatNames) {
  ExportFormat f = ExportFormat::kCsv;
  ASSERT_TRUE(ParseExportFormat("jsonl", &f).ok());
  EXPECT_EQ(f, ExportFormat::kJsonLines);
  ASSERT_TRUE(ParseExportFormat("csv", &f).ok());
  EXPECT_EQ(f, ExportFormat::kCsv);
  ASSERT_TRUE(ParseExportFormat("gdelt", &f).ok());
  EXPECT_EQ(f, ExportFormat::kGdelt);
  ASSERT_TRUE(ParseExportFormat("phoenix", &f).ok());
  EXPECT_EQ(f, ExportFormat::kPhoenix);
  Status s = ParseExportFormat("xml", &f);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("use jsonl, csv, gdelt or phoenix"), std::string::npos) << s.message();
}

TEST_F(EventExportTest, FailingOutputIsAnError) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  uint64_t written = 99;
  Status s = ExportEvents(*store_, {}, ExportFormat::kJsonLines, out, &written);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_EQ(written, 1u);  // stopped at the first failed write
}

TEST_F(EventExportTest, BadQueryIsReported) {
  std::ostringstream out;
  EventQuery q;
  q.until_date = "yesterday";
  Status s = ExportEvents(*store_, q, ExportFormat::kJsonLines, out);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("'yesterday'"), std::string::npos);
}

TEST_F(EventExportTest, DeadLettersAsJsonLines) {
  v1::DeadLetter letter;
  letter.set_stage("fetch");
  letter.set_reason("HTTP 404 Not Found from https://x/gone");
  letter.set_article_id("gone");
  letter.set_attempt(1);
  letter.set_time_unix_ms(1636617600000);
  letter.set_original("\x0a\x04gone");
  ASSERT_TRUE(store_->StoreDeadLetter(letter).ok());
  std::ostringstream out;
  uint64_t written = 0;
  ASSERT_TRUE(ExportDeadLetters(*store_, {}, out, &written).ok());
  EXPECT_EQ(written, 1u);
  EXPECT_EQ(out.str(),
            "{\"article_id\":\"gone\",\"stage\":\"fetch\",\"reason\":\"HTTP 404 Not Found from "
            "https://x/gone\",\"attempt\":1,\"time_unix_ms\":1636617600000,\"original_size\":6}\n");
}

}  // namespace
}  // namespace tidings::store
