// What only the SQLite backend has: a file, its WAL mode, and the files that are not stores.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "store/event_store.h"
#include "store/store_test_support.h"

namespace tidings::store {
namespace {

namespace fs = std::filesystem;
using testing::MakeArticle;
using testing::MakeEvent;

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() / ("tidings-sqlite-test-" + std::to_string(getpid()) + "-" + info->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "events.sqlite").string();
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::unique_ptr<EventStore> OpenOrDie() {
    std::unique_ptr<EventStore> store;
    Status s = EventStore::Open(path_, &store);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return store;
  }
  fs::path dir_;
  std::string path_;
};

TEST_F(SqliteStoreTest, UsesWalMode) {
  auto store = OpenOrDie();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &stmt, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_step(stmt), SQLITE_ROW);
  EXPECT_STREQ(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)), "wal");
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

// The writer's commits never checkpoint (that would make one article in a few hundred wait
// for the database's fsync): a thread of the store's own copies the WAL into the file.
TEST_F(SqliteStoreTest, TheWriterCheckpointsOnAThreadOfItsOwn) {
  auto store = OpenOrDie();
  ASSERT_NE(store, nullptr);
  for (int i = 0; i < 64; ++i) {  // ~1 MiB of titles: below SQLite's own threshold of 1000 pages
    v1::CodedArticle coded = MakeArticle("a" + std::to_string(i), {});
    coded.mutable_article()->set_title(std::string(16384, static_cast<char>('a' + i % 26)));
    bool already = false;
    ASSERT_TRUE(store->StoreCodedArticle(&coded, 1, &already).ok());
  }
  std::error_code ec;
  for (int i = 0; i < 500 && fs::file_size(path_, ec) < (1u << 20); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_GE(fs::file_size(path_, ec), 1u << 20) << "the WAL was not copied into the database file";
}

TEST_F(SqliteStoreTest, MissingStoreReadOnlyIsNotFound) {
  std::unique_ptr<EventStore> store;
  Status s = EventStore::Open((dir_ / "nothing.sqlite").string(), &store, /*read_only=*/true);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_NE(s.message().find("no store at"), std::string::npos);
  EXPECT_EQ(store, nullptr);
}

TEST_F(SqliteStoreTest, CreatesParentDirectories) {
  std::unique_ptr<EventStore> store;
  std::string nested = (dir_ / "a" / "b" / "events.sqlite").string();
  ASSERT_TRUE(EventStore::Open(nested, &store).ok());
  EXPECT_TRUE(fs::exists(nested));
}

TEST_F(SqliteStoreTest, NonSqliteFileIsAClearError) {
  { std::ofstream(path_) << "this is a text file, not a database\n" << std::string(4096, 'x'); }
  for (bool read_only : {false, true}) {
    std::unique_ptr<EventStore> store;
    Status s = EventStore::Open(path_, &store, read_only);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.message().find("is not a tidings store"), std::string::npos) << s.ToString();
    EXPECT_NE(s.message().find(path_), std::string::npos);
  }
  // The file was not touched.
  std::ifstream in(path_);
  std::string first;
  std::getline(in, first);
  EXPECT_EQ(first, "this is a text file, not a database");
}

TEST_F(SqliteStoreTest, CorruptSqliteFileIsAClearError) {
  {
    auto store = OpenOrDie();
    v1::CodedArticle coded = MakeArticle("c", {MakeEvent("c", 0, 0, "TUR", "AZE", "057", "2021-11-11")});
    ASSERT_TRUE(store->StoreCodedArticle(&coded, 1, nullptr).ok());
  }
  // Keep the 100-byte header, overwrite the schema page.
  {
    std::fstream f(path_, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(100);
    std::string junk(4000, '\xA5');
    f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
  }
  std::unique_ptr<EventStore> store;
  Status s = EventStore::Open(path_, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(path_), std::string::npos) << s.ToString();
  EXPECT_NE(s.message().find("malformed"), std::string::npos) << s.ToString();
}

TEST_F(SqliteStoreTest, OtherApplicationsDatabaseIsRefused) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE recipes (name TEXT)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  std::unique_ptr<EventStore> store;
  Status s = EventStore::Open(path_, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("another application"), std::string::npos) << s.ToString();
}

TEST_F(SqliteStoreTest, NewerSchemaIsRefused) {
  OpenOrDie();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  std::unique_ptr<EventStore> store;
  Status s = EventStore::Open(path_, &store);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_NE(s.message().find("schema version 99"), std::string::npos) << s.ToString();
}

// Schema 3 added the place kind: a version 2 store is upgraded in place, its events read with
// no kind, and new events keep theirs.
TEST_F(SqliteStoreTest, AVersion2StoreIsUpgradedAndItsOldEventsHaveNoPlaceKind) {
  {
    auto store = OpenOrDie();
    v1::CodedArticle old = testing::ArticleAtBorno("old", v1::Location::PROVINCE);
    bool already = false;
    ASSERT_TRUE(store->StoreCodedArticle(&old, 1, &already).ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "ALTER TABLE events DROP COLUMN location_kind; PRAGMA user_version = 2", nullptr,
                         nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(db);
  sqlite3_close(db);

  StoreLocation where;
  where.path = path_;
  int from = -1, to = -1;
  Status s = EventStore::Migrate(where, &from, &to);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(from, 2);
  EXPECT_EQ(to, 3);
  testing::ExpectOldEventsWithoutAndNewWithAPlaceKind(*OpenOrDie());
}

TEST_F(SqliteStoreTest, EmptyFileReadOnlyIsNotAStoreButReadWriteInitializesIt) {
  { std::ofstream touch(path_); }
  std::unique_ptr<EventStore> store;
  Status s = EventStore::Open(path_, &store, /*read_only=*/true);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not a tidings store"), std::string::npos) << s.ToString();
  ASSERT_TRUE(EventStore::Open(path_, &store).ok());
  StoreCounts counts;
  ASSERT_TRUE(store->Counts(&counts).ok());
  EXPECT_EQ(counts.events, 0u);
  EXPECT_EQ(counts.max_seq, 0u);
}

TEST_F(SqliteStoreTest, DirectoryIsNotAStore) {
  std::unique_ptr<EventStore> store;
  Status s = EventStore::Open(dir_.string(), &store);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("is a directory"), std::string::npos) << s.ToString();
}

}  // namespace
}  // namespace tidings::store
