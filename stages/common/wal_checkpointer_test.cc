#include "tidings/wal_checkpointer.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

namespace tidings {
namespace {

namespace fs = std::filesystem;

class WalCheckpointerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("wal_checkpointer_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = dir_ / "db.sqlite";
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db_), SQLITE_OK);
    sqlite3_busy_timeout(db_, 5000);  // as ConfigureWriter asks
    Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE t(v BLOB)");
  }
  void TearDown() override {
    sqlite3_close_v2(db_);
    fs::remove_all(dir_);
  }
  void Exec(const std::string& sql) {
    char* err = nullptr;
    ASSERT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
  }
  // `commits` transactions of one 16 KiB row each.
  void Write(int commits) {
    for (int i = 0; i < commits; ++i) Exec("INSERT INTO t VALUES (randomblob(16384))");
  }
  uintmax_t Size(const fs::path& p) const {
    std::error_code ec;
    const auto n = fs::file_size(p, ec);
    return ec ? 0 : n;
  }
  // Waits up to 5 s for the database file to reach `bytes`.
  bool DatabaseReaches(uintmax_t bytes) const {
    for (int i = 0; i < 500 && Size(path_) < bytes; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return Size(path_) >= bytes;
  }

  fs::path dir_, path_;
  sqlite3* db_ = nullptr;
};

TEST_F(WalCheckpointerTest, CopiesCommittedFramesIntoTheDatabaseWhileTheWriterNeverDoes) {
  std::unique_ptr<WalCheckpointer> checkpointer;
  ASSERT_TRUE(WalCheckpointer::Start(path_, {std::chrono::milliseconds(10)}, &checkpointer).ok());
  ASSERT_EQ(WalCheckpointer::ConfigureWriter(db_), SQLITE_OK);
  Write(128);  // 2 MiB: past no threshold of the writer's own, which is off
  EXPECT_TRUE(DatabaseReaches(2u << 20)) << "database file " << Size(path_) << " bytes";
}

TEST_F(WalCheckpointerTest, WithoutItTheWriterWithAutocheckpointOffLeavesEverythingInTheWal) {
  ASSERT_EQ(WalCheckpointer::ConfigureWriter(db_), SQLITE_OK);
  Write(128);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_LT(Size(path_), 1u << 20);  // the control for the test above
  EXPECT_GT(Size(fs::path(path_.string() + "-wal")), 2u << 20);
}

TEST_F(WalCheckpointerTest, TheWalStartsOverOnceCopiedSoItStaysBounded) {
  std::unique_ptr<WalCheckpointer> checkpointer;
  WalCheckpointerOptions options{std::chrono::milliseconds(5), /*restart_bytes=*/1 << 20};
  ASSERT_TRUE(WalCheckpointer::Start(path_, options, &checkpointer).ok());
  ASSERT_EQ(WalCheckpointer::ConfigureWriter(db_, /*kept_bytes=*/2 << 20), SQLITE_OK);
  for (int round = 0; round < 8; ++round) {  // 16 MiB in all
    Write(128);
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  // The WAL holds at most what came since its last restart plus what a restart leaves.
  EXPECT_LT(Size(fs::path(path_.string() + "-wal")), 6u << 20);
  EXPECT_TRUE(DatabaseReaches(16u << 20));
}

TEST_F(WalCheckpointerTest, RefusesADatabaseNotInWalMode) {
  const fs::path plain = dir_ / "plain.sqlite";
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(plain.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE t(v)", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close_v2(db);
  std::unique_ptr<WalCheckpointer> checkpointer;
  const Status s = WalCheckpointer::Start(plain, {}, &checkpointer);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not a database in WAL mode"), std::string::npos) << s.message();
  EXPECT_EQ(checkpointer, nullptr);
}

}  // namespace
}  // namespace tidings
