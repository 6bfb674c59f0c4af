#include "daemon/journal.h"

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include <atomic>
#include <cstring>
#include <fstream>
#include <map>
#include <random>
#include <thread>

namespace tidings::daemon {
namespace {

namespace fs = std::filesystem;
using std::chrono::milliseconds;

class JournalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("tidings-journal-" + std::to_string(getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    path_ = dir_ / "sub" / "journal.sqlite";
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The page size of the journal file, read with a connection of the test's own.
  int PageSize() const {
    sqlite3* db = nullptr;
    int size = 0;
    if (sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
      sqlite3_exec(db, "PRAGMA page_size", [](void* out, int, char** values, char**) {
        *static_cast<int*>(out) = std::atoi(values[0]);
        return 0;
      }, &size, nullptr);
    }
    sqlite3_close(db);
    return size;
  }

  // `n` incompressible payloads of `size` bytes.
  static std::vector<std::string> NoisePayloads(int n, size_t size) {
    std::mt19937_64 rng(7);
    std::vector<std::string> out(n, std::string(size, '\0'));
    for (auto& p : out) {
      for (size_t i = 0; i + 8 <= size; i += 8) {
        const uint64_t v = rng();
        std::memcpy(p.data() + i, &v, 8);
      }
    }
    return out;
  }
  static uint64_t DirBytes(const fs::path& dir) {
    uint64_t n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.file_size();
    return n;
  }
  static size_t SegmentFiles(const fs::path& dir) {
    size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir)) n += e.path().extension() == ".seg";
    return n;
  }

  std::unique_ptr<Journal> OpenJournal() {
    std::unique_ptr<Journal> j;
    Status s = Journal::Open(path_, &j);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return j;
  }

  fs::path dir_;
  fs::path path_;
};

TEST_F(JournalTest, ReadOpenGivesOneOpenEntryWithItsPayload) {
  auto j = OpenJournal();
  AppendResult r;
  const std::string payload("one\0article", 11);
  ASSERT_TRUE(j->Append("r1", payload, &r).ok());
  uint32_t attempt = 0;
  ASSERT_TRUE(j->IncrementAttempt("r1", &attempt).ok());
  JournalEntry e;
  ASSERT_TRUE(j->ReadOpen("r1", &e).ok());
  EXPECT_EQ(e.article_id, "r1");
  EXPECT_EQ(e.bytes, payload);
  EXPECT_EQ(e.attempt, 2u);
  EXPECT_EQ(j->ReadOpen("nope", &e).code(), Status::Code::kNotFound);
  ASSERT_TRUE(j->MarkCompleted("r1").ok());
  Status s = j->ReadOpen("r1", &e);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << s.ToString();
}

TEST_F(JournalTest, PeekReadsTheLastCommitWithoutWaitingForAWriter) {
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("done", "payload", &r).ok());
  ASSERT_TRUE(j->MarkCompleted("done").ok());
  ASSERT_TRUE(j->Append("open", "payload", &r).ok());
  // Another connection holds the write lock with an uncommitted row, as a commit in progress.
  sqlite3* writer = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path_.c_str(), &writer, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(writer,
                         "BEGIN IMMEDIATE; INSERT INTO journal(article_id, state, payload, attempt, accepted_us,"
                         " attempted_us) VALUES('uncommitted', 0, x'00', 1, 0, 0)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  JournalState state;
  ASSERT_TRUE(j->Peek("done", &state).ok());
  EXPECT_EQ(state, JournalState::kCompleted);
  ASSERT_TRUE(j->Peek("open", &state).ok());
  EXPECT_EQ(state, JournalState::kOpen);
  EXPECT_EQ(j->Peek("uncommitted", &state).code(), Status::Code::kNotFound) << "not committed yet";
  EXPECT_EQ(j->Peek("never", &state).code(), Status::Code::kNotFound);
  sqlite3_exec(writer, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(writer);
}

TEST_F(JournalTest, AppendIsDurableAcrossReopen) {
  const std::string payload("article\0bytes with a NUL", 24);
  {
    auto j = OpenJournal();
    AppendResult r;
    ASSERT_TRUE(j->Append("a1", payload, &r).ok());
    EXPECT_EQ(r, AppendResult::kAccepted);
    ASSERT_TRUE(j->Append("a2", "second", &r).ok());
  }
  auto j = OpenJournal();
  EXPECT_EQ(j->Counts().open, 2u);
  std::vector<JournalEntry> entries;
  ASSERT_TRUE(j->OpenEntries(milliseconds(0), 100, [&](const JournalEntry& e) {
    entries.push_back(e);
  }).ok());
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].article_id, "a1");
  EXPECT_EQ(entries[0].bytes, payload);
  EXPECT_EQ(entries[0].attempt, 1u);
  EXPECT_LE(entries[0].accepted, WallClock::now());
  EXPECT_GT(entries[0].accepted, WallClock::now() - std::chrono::minutes(1));
  EXPECT_EQ(entries[1].article_id, "a2");
}

TEST_F(JournalTest, AppendSurvivesAProcessKilledRightAfterIt) {
  // A child process appends and is SIGKILLed at once, without closing the journal: what
  // Append acknowledged must be there for the next process.
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::unique_ptr<Journal> j;
    AppendResult r;
    if (!Journal::Open(path_, &j).ok() || !j->Append("acked", "payload", &r).ok()) _exit(1);
    kill(getpid(), SIGKILL);
    _exit(2);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFSIGNALED(status)) << "child failed before the kill";
  auto j = OpenJournal();
  JournalStatus st;
  ASSERT_TRUE(j->Lookup("acked", &st).ok());
  EXPECT_EQ(st.state, JournalState::kOpen);
  EXPECT_TRUE(st.has_payload);
  EXPECT_EQ(j->Counts().open, 1u);
}

TEST_F(JournalTest, WalAndFullSyncAreOn) {
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("a", "x", &r).ok());
  EXPECT_TRUE(fs::exists(path_.string() + "-wal"));
}

// A payload is a chain of overflow pages, each a WAL write and a checkpoint copy: a new
// journal has 16 KiB pages (a quarter of the syscalls of SQLite's default 4 KiB).
TEST_F(JournalTest, ANewJournalHasLargePages) {
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("a", std::string(100000, 'x'), &r).ok());
  EXPECT_EQ(PageSize(), 16384);
}

TEST_F(JournalTest, DuplicatesAreDetectedInEveryState) {
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("open", "1", &r).ok());
  ASSERT_TRUE(j->Append("done", "2", &r).ok());
  ASSERT_TRUE(j->Append("dead", "3", &r).ok());
  ASSERT_TRUE(j->MarkCompleted("done").ok());
  ASSERT_TRUE(j->MarkDead("dead", "clean crashed 3 times").ok());
  for (const char* id : {"open", "done", "dead"}) {
    ASSERT_TRUE(j->Append(id, "other bytes", &r).ok());
    EXPECT_EQ(r, AppendResult::kDuplicate) << id;
  }
  JournalStatus st;
  ASSERT_TRUE(j->Lookup("open", &st).ok());
  EXPECT_EQ(st.state, JournalState::kOpen);
  ASSERT_TRUE(j->Lookup("dead", &st).ok());
  EXPECT_EQ(st.state, JournalState::kDead);
  EXPECT_EQ(st.reason, "clean crashed 3 times");
  const JournalCounts c = j->Counts();
  EXPECT_EQ(c.open, 1u);
  EXPECT_EQ(c.completed, 1u);
  EXPECT_EQ(c.dead, 1u);
  // The duplicate did not overwrite the payload.
  std::string bytes;
  j->OpenEntries(milliseconds(0), 10, [&](const JournalEntry& e) { bytes = e.bytes; });
  EXPECT_EQ(bytes, "1");
}

TEST_F(JournalTest, EmptyIdIsRejected) {
  auto j = OpenJournal();
  AppendResult r;
  Status s = j->Append("", "x", &r);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  EXPECT_NE(s.message().find("empty"), std::string::npos);
}

TEST_F(JournalTest, AttemptsCountAndSurviveReopen) {
  {
    auto j = OpenJournal();
    AppendResult r;
    ASSERT_TRUE(j->Append("a", "x", &r).ok());
    uint32_t attempt = 0;
    ASSERT_TRUE(j->IncrementAttempt("a", &attempt).ok());
    EXPECT_EQ(attempt, 2u);
    ASSERT_TRUE(j->IncrementAttempt("a", &attempt).ok());
    EXPECT_EQ(attempt, 3u);
    EXPECT_EQ(j->IncrementAttempt("missing", &attempt).code(), Status::Code::kNotFound);
  }
  auto j = OpenJournal();
  JournalStatus st;
  ASSERT_TRUE(j->Lookup("a", &st).ok());
  EXPECT_EQ(st.attempt, 3u);
  ASSERT_TRUE(j->MarkCompleted("a").ok());
  uint32_t attempt = 0;
  EXPECT_EQ(j->IncrementAttempt("a", &attempt).code(), Status::Code::kInvalidInput);
}

TEST_F(JournalTest, OpenEntriesHonoursAgeAndLimitAndSkipsClosed) {
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("old", "1", &r).ok());
  ASSERT_TRUE(j->Append("closed", "2", &r).ok());
  ASSERT_TRUE(j->MarkCompleted("closed").ok());
  std::this_thread::sleep_for(milliseconds(60));
  ASSERT_TRUE(j->Append("new", "3", &r).ok());

  std::vector<std::string> ids;
  auto collect = [&](const JournalEntry& e) { ids.push_back(e.article_id); };
  ASSERT_TRUE(j->OpenEntries(milliseconds(50), 100, collect).ok());
  EXPECT_EQ(ids, std::vector<std::string>{"old"});

  // A re-injection resets the age: the entry is not due again right away.
  uint32_t attempt = 0;
  ASSERT_TRUE(j->IncrementAttempt("old", &attempt).ok());
  ids.clear();
  ASSERT_TRUE(j->OpenEntries(milliseconds(50), 100, collect).ok());
  EXPECT_TRUE(ids.empty());

  ids.clear();
  ASSERT_TRUE(j->OpenEntries(milliseconds(0), 1, collect).ok());
  EXPECT_EQ(ids, std::vector<std::string>{"new"});  // oldest attempt first
}

TEST_F(JournalTest, CallbackMayWriteToTheJournal) {
  auto j = OpenJournal();
  AppendResult r;
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(j->Append("id" + std::to_string(i), "x", &r).ok());
  ASSERT_TRUE(j->OpenEntries(milliseconds(0), 100, [&](const JournalEntry& e) {
    uint32_t attempt;
    ASSERT_TRUE(j->IncrementAttempt(e.article_id, &attempt).ok());
    if (attempt >= 2) {
      ASSERT_TRUE(j->MarkDead(e.article_id, "too many attempts").ok());
    }
  }).ok());
  EXPECT_EQ(j->Counts().dead, 5u);
  EXPECT_EQ(j->Counts().open, 0u);
}

TEST_F(JournalTest, MarkCompletedIsIdempotentAndWinsOverDead) {
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("a", "x", &r).ok());
  ASSERT_TRUE(j->MarkDead("a", "gave up").ok());
  ASSERT_TRUE(j->MarkCompleted("a").ok());
  ASSERT_TRUE(j->MarkCompleted("a").ok());
  ASSERT_TRUE(j->MarkDead("a", "late").ok());  // no effect on a completed entry
  JournalStatus st;
  ASSERT_TRUE(j->Lookup("a", &st).ok());
  EXPECT_EQ(st.state, JournalState::kCompleted);
  const JournalCounts c = j->Counts();
  EXPECT_EQ(c.completed, 1u);
  EXPECT_EQ(c.dead, 0u);
  EXPECT_EQ(c.open, 0u);
  EXPECT_EQ(j->MarkCompleted("never").code(), Status::Code::kNotFound);
  EXPECT_EQ(j->MarkDead("never", "x").code(), Status::Code::kNotFound);
}

TEST_F(JournalTest, CompactionDropsPayloadsButKeepsDuplicateDetection) {
  {
    auto j = OpenJournal();
    AppendResult r;
    ASSERT_TRUE(j->Append("done", std::string(100000, 'x'), &r).ok());
    ASSERT_TRUE(j->Append("open", "y", &r).ok());
    ASSERT_TRUE(j->MarkCompleted("done").ok());
    uint64_t compacted = 99;
    // Retention not reached yet: nothing dropped.
    ASSERT_TRUE(j->Compact(std::chrono::hours(1), milliseconds(0), &compacted).ok());
    EXPECT_EQ(compacted, 0u);
    ASSERT_TRUE(j->Compact(milliseconds(0), milliseconds(0), &compacted).ok());
    EXPECT_EQ(compacted, 1u);
  }
  auto j = OpenJournal();
  JournalStatus st;
  ASSERT_TRUE(j->Lookup("done", &st).ok());
  EXPECT_FALSE(st.has_payload);
  EXPECT_EQ(st.state, JournalState::kCompleted);
  AppendResult r;
  ASSERT_TRUE(j->Append("done", "again", &r).ok());
  EXPECT_EQ(r, AppendResult::kDuplicate);
  ASSERT_TRUE(j->Lookup("open", &st).ok());
  EXPECT_TRUE(st.has_payload);  // open entries are never compacted
  EXPECT_EQ(j->Counts().completed, 1u);
}

TEST_F(JournalTest, CompactionCanForgetVeryOldIds) {
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("done", "x", &r).ok());
  ASSERT_TRUE(j->MarkCompleted("done").ok());
  std::this_thread::sleep_for(milliseconds(5));
  ASSERT_TRUE(j->Compact(milliseconds(0), milliseconds(1), nullptr).ok());
  JournalStatus st;
  EXPECT_EQ(j->Lookup("done", &st).code(), Status::Code::kNotFound);
  EXPECT_EQ(j->Counts().completed, 0u);
  ASSERT_TRUE(j->Append("done", "x", &r).ok());
  EXPECT_EQ(r, AppendResult::kAccepted);
}

TEST_F(JournalTest, RetentionBytesDropsTheOldestFinishedPayloadsFirstAndNeverOpenOnes) {
  auto j = OpenJournal();
  AppendResult r;
  const std::string payload(1000, 'p');
  for (const char* id : {"done1", "done2", "done3", "open1"}) ASSERT_TRUE(j->Append(id, payload, &r).ok());
  for (const char* id : {"done1", "done2", "done3"}) {
    ASSERT_TRUE(j->MarkCompleted(id).ok());
    std::this_thread::sleep_for(milliseconds(2));  // distinct completion times: done1 oldest
  }
  EXPECT_EQ(j->Counts().payload_bytes, 4000u);
  CompactionPolicy policy;
  policy.retention = std::chrono::hours(1);  // nothing is old enough by time
  policy.retention_bytes = 2000;             // exactly two payloads may stay
  CompactionStep step;
  ASSERT_TRUE(j->CompactStep(policy, &step).ok());
  EXPECT_EQ(step.payloads_dropped, 2u);
  EXPECT_EQ(step.bytes_dropped, 2000u);
  EXPECT_EQ(j->Counts().payload_bytes, 2000u) << "at the bound, not one byte over";
  JournalStatus st;
  ASSERT_TRUE(j->Lookup("done1", &st).ok());
  EXPECT_FALSE(st.has_payload) << "the oldest completed goes first";
  ASSERT_TRUE(j->Lookup("done3", &st).ok());
  EXPECT_TRUE(st.has_payload);
  // Below what the open entry alone needs: every finished payload goes, the open one stays.
  policy.retention_bytes = 10;
  ASSERT_TRUE(j->CompactStep(policy, &step).ok());
  ASSERT_TRUE(j->Lookup("open1", &st).ok());
  EXPECT_TRUE(st.has_payload) << "an open entry may still be replayed";
  EXPECT_EQ(j->Counts().payload_bytes, 1000u);
  ASSERT_TRUE(j->Append("done1", "again", &r).ok());
  EXPECT_EQ(r, AppendResult::kDuplicate) << "compacted ids are still duplicates";
}

TEST_F(JournalTest, CompactionStepsAreBoundedAndSayWhenMoreIsLeft) {
  auto j = OpenJournal();
  AppendResult r;
  for (int i = 0; i < 25; ++i) {
    const std::string id = "a" + std::to_string(i);
    ASSERT_TRUE(j->Append(id, "payload", &r).ok());
    ASSERT_TRUE(j->MarkCompleted(id).ok());
  }
  CompactionPolicy policy;
  policy.retention = milliseconds(0);
  policy.max_rows = 10;
  CompactionStep step;
  int steps = 0;
  uint64_t dropped = 0;
  do {
    ASSERT_TRUE(j->CompactStep(policy, &step).ok());
    EXPECT_LE(step.payloads_dropped, 10u);
    dropped += step.payloads_dropped;
    ++steps;
  } while (step.more && steps < 10);
  EXPECT_EQ(dropped, 25u);
  EXPECT_EQ(steps, 3);
  EXPECT_EQ(j->Counts().payload_bytes, 0u);
}

// journal.retention_s = 0: a completed entry drops its payload in the completion's own
// transaction, alone or inside a batch; dead entries and open ones keep theirs.
TEST_F(JournalTest, CompletedEntriesCanDropTheirPayloadAtCompletion) {
  uint64_t bytes_left = 0;
  {
    auto j = OpenJournal();
    j->KeepCompletedPayloads(false);
    AppendResult r;
    ASSERT_TRUE(j->Append("alone", std::string(300, 'a'), &r).ok());
    ASSERT_TRUE(j->Append("in-batch", std::string(200, 'b'), &r).ok());
    ASSERT_TRUE(j->Append("dead", std::string(100, 'c'), &r).ok());
    ASSERT_TRUE(j->MarkDead("dead", "poison").ok());
    ASSERT_EQ(j->Counts().payload_bytes, 600u);
    ASSERT_TRUE(j->MarkCompleted("alone").ok());
    EXPECT_EQ(j->Counts().payload_bytes, 300u);
    std::vector<AppendResult> results;
    ASSERT_TRUE(j->AppendBatch({{"open", std::string_view("dddd")}}, &results, {"in-batch"}).ok());
    EXPECT_EQ(j->Counts().payload_bytes, 104u) << "the dead entry's and the new open one's";
    for (const char* id : {"alone", "in-batch"}) {
      JournalStatus st;
      ASSERT_TRUE(j->Lookup(id, &st).ok());
      EXPECT_FALSE(st.has_payload) << id;
      EXPECT_EQ(st.state, JournalState::kCompleted) << id;
    }
    JournalStatus dead;
    ASSERT_TRUE(j->Lookup("dead", &dead).ok());
    EXPECT_TRUE(dead.has_payload);
    EXPECT_EQ(dead.reason, "poison");
    ASSERT_TRUE(j->Append("alone", "again", &r).ok());
    EXPECT_EQ(r, AppendResult::kDuplicate);
    uint64_t compacted = 99;
    ASSERT_TRUE(j->Compact(std::chrono::hours(1), milliseconds(0), &compacted).ok());
    EXPECT_EQ(compacted, 0u) << "nothing left for compaction";
    bytes_left = j->Counts().payload_bytes;
  }
  auto j = OpenJournal();
  EXPECT_EQ(j->Counts().payload_bytes, bytes_left) << "counted from the file as they were kept";
  EXPECT_EQ(j->Counts().completed, 2u);
  EXPECT_EQ(j->Counts().open, 1u);
}

// Payloads live in segment files beside the database, whose rows stay small. Dropped at
// completion, a segment's payloads free the whole file: under a stream of articles the
// directory stays the size of what is in flight instead of growing with the traffic.
TEST_F(JournalTest, DroppingCompletedPayloadsLetsTheirSegmentFilesGo) {
  auto stream = [&](bool keep) {
    fs::remove_all(dir_);
    auto j = OpenJournal();
    j->KeepCompletedPayloads(keep);
    const std::vector<std::string> payloads = NoisePayloads(40, 64 * 1024);
    for (int i = 0; i < 600; i += 50) {  // ~38 MB: more than one segment file
      std::vector<Journal::BatchItem> items;
      std::vector<std::string> ids;
      for (int k = 0; k < 50; ++k) ids.push_back("a" + std::to_string(i + k));
      for (int k = 0; k < 50; ++k) items.push_back({ids[k], payloads[(i + k) % payloads.size()]});
      std::vector<AppendResult> results;
      EXPECT_TRUE(j->AppendBatch(items, &results).ok());
      EXPECT_TRUE(j->MarkCompletedBatch(ids).ok());
    }
    size_t removed = 0;
    EXPECT_TRUE(j->ReclaimSegments(&removed).ok());
    EXPECT_EQ(removed, 0u) << "not before a later commit made the drops durable";
    AppendResult r;
    EXPECT_TRUE(j->Append("later", "a small one", &r).ok());
    EXPECT_TRUE(j->ReclaimSegments(&removed).ok());
    EXPECT_LT(fs::file_size(path_), 2u << 20) << "rows hold locations, not payloads";
    return DirBytes(Journal::PayloadDir(path_));
  };
  const uint64_t kept = stream(true);
  const uint64_t dropped = stream(false);
  EXPECT_GT(kept, 600u * 64 * 1024) << "every payload is still in its file";
  EXPECT_LE(dropped, PayloadSegments::kSegmentBytes) << "only the current file is left";
}

// A payload kept long (an article still open, a dead letter) must not pin a whole file: once
// a file is less than half needed, compaction moves what is left to the current file.
TEST_F(JournalTest, CompactionMovesTheLastPayloadsOutOfAMostlyEmptiedFile) {
  auto j = OpenJournal();
  j->KeepCompletedPayloads(false);
  const std::vector<std::string> payloads = NoisePayloads(40, 64 * 1024);
  std::vector<std::string> done;
  for (int i = 0; i < 600; i += 50) {
    std::vector<Journal::BatchItem> items;
    std::vector<std::string> ids;
    for (int k = 0; k < 50; ++k) ids.push_back("m" + std::to_string(i + k));
    for (int k = 0; k < 50; ++k) items.push_back({ids[k], payloads[(i + k) % payloads.size()]});
    std::vector<AppendResult> results;
    ASSERT_TRUE(j->AppendBatch(items, &results).ok());
    for (const auto& id : ids) {
      if (id != "m3") done.push_back(id);
    }
  }
  ASSERT_TRUE(j->MarkCompletedBatch(done).ok());
  const size_t files_before = Journal::PayloadDir(path_).empty() ? 0 : SegmentFiles(Journal::PayloadDir(path_));
  ASSERT_GE(files_before, 2u);
  CompactionPolicy policy;
  CompactionStep step;
  uint64_t moved = 0;
  do {
    ASSERT_TRUE(j->CompactStep(policy, &step).ok());
    moved += step.payloads_moved;
  } while (step.more);
  EXPECT_EQ(moved, 1u) << "the open article's payload, alone in the first file";
  AppendResult r;
  ASSERT_TRUE(j->Append("later", "x", &r).ok());
  size_t removed = 0;
  ASSERT_TRUE(j->ReclaimSegments(&removed).ok());
  EXPECT_EQ(SegmentFiles(Journal::PayloadDir(path_)), 1u) << "only the current file is left";
  JournalEntry e;
  ASSERT_TRUE(j->ReadOpen("m3", &e).ok());
  EXPECT_EQ(e.bytes, payloads[3]);
}

TEST_F(JournalTest, PayloadBytesAreCountedAgainAfterReopen) {
  {
    auto j = OpenJournal();
    AppendResult r;
    ASSERT_TRUE(j->Append("x", std::string(300, 'x'), &r).ok());
    ASSERT_TRUE(j->Append("y", std::string(200, 'y'), &r).ok());
  }
  EXPECT_EQ(OpenJournal()->Counts().payload_bytes, 500u);
}

// Article HTML is stored as given by default, or compressed when asked: the journal's counts
// (and so retention_bytes) see the stored bytes, and every reader gets the payload back
// exactly as appended.
TEST_F(JournalTest, LargePayloadsAreStoredAsGivenByDefault) {
  const std::string html(200000, 'h');
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("big", html, &r).ok());
  EXPECT_EQ(j->Counts().payload_bytes, html.size());
  EXPECT_EQ(DirBytes(Journal::PayloadDir(path_)), html.size()) << "one write of the bytes as given";
  JournalEntry e;
  ASSERT_TRUE(j->ReadOpen("big", &e).ok());
  EXPECT_EQ(e.bytes, html);
}

TEST_F(JournalTest, LargePayloadsAreStoredCompressedAndReadBackExactly) {
  std::string html;
  for (int i = 0; html.size() < 200000; ++i) {
    html += "<p class=\"body\">Paragraph " + std::to_string(i) + " of the story.</p>\n";
  }
  std::string tiny = "short";
  {
    std::unique_ptr<Journal> j;
    ASSERT_TRUE(Journal::Open(path_, &j, PayloadCodec::kLz4).ok());
    std::vector<AppendResult> results;
    ASSERT_TRUE(j->AppendBatch({{"big", html}, {"tiny", tiny}}, &results).ok());
    EXPECT_LT(j->Counts().payload_bytes, html.size() / 4) << "the HTML is stored compressed";
    EXPECT_GT(j->Counts().payload_bytes, tiny.size());
    JournalEntry e;
    ASSERT_TRUE(j->ReadOpen("big", &e).ok());
    EXPECT_EQ(e.bytes, html);
  }
  auto j = OpenJournal();
  std::map<std::string, std::string> replayed;
  ASSERT_TRUE(j->OpenEntries(milliseconds(0), 10, [&](const JournalEntry& e) { replayed[e.article_id] = e.bytes; }).ok());
  EXPECT_EQ(replayed["big"], html);
  EXPECT_EQ(replayed["tiny"], tiny);
}

// A journal written before payloads were compressed opens, and its payloads read back.
TEST_F(JournalTest, AJournalWithoutTheCodecColumnIsUpgradedInPlace) {
  fs::create_directories(path_.parent_path());
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db,
                         "CREATE TABLE journal (article_id TEXT PRIMARY KEY, state INTEGER NOT NULL, payload BLOB,"
                         " attempt INTEGER NOT NULL, accepted_us INTEGER NOT NULL, attempted_us INTEGER NOT NULL,"
                         " finished_us INTEGER, reason TEXT) WITHOUT ROWID;"
                         "INSERT INTO journal VALUES('old', 0, CAST('as it was written' AS BLOB), 1, 1, 1, NULL, NULL);",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
  sqlite3_close(db);
  auto j = OpenJournal();
  ASSERT_NE(j, nullptr);
  JournalEntry e;
  ASSERT_TRUE(j->ReadOpen("old", &e).ok());
  EXPECT_EQ(e.bytes, "as it was written");
  AppendResult r;
  ASSERT_TRUE(j->Append("new", std::string(5000, 'n'), &r).ok());
  ASSERT_TRUE(j->ReadOpen("new", &e).ok());
  EXPECT_EQ(e.bytes, std::string(5000, 'n'));
  EXPECT_EQ(PageSize(), 4096);  // an existing file keeps its pages
}

// Entries keep the codec they were written with: a journal written by a daemon that stored
// zstd frames is replayed by one that stores LZ4 blocks, entry by entry.
TEST_F(JournalTest, EntriesWrittenWithZstdAreReadAfterTheDefaultBecameLz4) {
  std::string html;
  for (int i = 0; html.size() < 50000; ++i) html += "<li>Item " + std::to_string(i) + " of the wire copy</li>\n";
  {
    std::unique_ptr<Journal> old;
    ASSERT_TRUE(Journal::Open(path_, &old, PayloadCodec::kZstd).ok());
    AppendResult r;
    ASSERT_TRUE(old->Append("written-with-zstd", html, &r).ok());
  }
  std::unique_ptr<Journal> j;
  ASSERT_TRUE(Journal::Open(path_, &j, PayloadCodec::kLz4).ok());
  AppendResult r;
  ASSERT_TRUE(j->Append("written-with-lz4", html + "<!-- new -->", &r).ok());
  std::map<std::string, std::string> replayed;
  ASSERT_TRUE(j->OpenEntries(milliseconds(0), 10, [&](const JournalEntry& e) { replayed[e.article_id] = e.bytes; }).ok());
  EXPECT_EQ(replayed["written-with-zstd"], html);
  EXPECT_EQ(replayed["written-with-lz4"], html + "<!-- new -->");
  // Each row says how it was stored.
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open_v2(path_.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::map<std::string, int> codecs;
  sqlite3_exec(db, "SELECT article_id, codec FROM journal", [](void* out, int, char** values, char**) {
    (*static_cast<std::map<std::string, int>*>(out))[values[0]] = std::atoi(values[1]);
    return 0;
  }, &codecs, nullptr);
  sqlite3_close(db);
  EXPECT_EQ(codecs["written-with-zstd"], static_cast<int>(PayloadCodec::kZstd));
  EXPECT_EQ(codecs["written-with-lz4"], static_cast<int>(PayloadCodec::kLz4));
}

// A payload damaged on disk is an error that names the article, for replay to report; it is
// never handed on as wrong bytes. Replay sets such an entry aside as dead, with the reason.
TEST_F(JournalTest, ADamagedPayloadGivesAClearErrorNamingTheArticle) {
  const std::string html(20000, 'h');
  {
    auto j = OpenJournal();
    AppendResult r;
    ASSERT_TRUE(j->Append("damaged", html, &r).ok());
    ASSERT_TRUE(j->Append("intact", "fine", &r).ok());
  }
  for (const auto& e : fs::directory_iterator(Journal::PayloadDir(path_))) {
    std::fstream f(e.path(), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(100);
    f.put('X');
  }
  auto j = OpenJournal();
  JournalEntry e;
  Status s = j->ReadOpen("damaged", &e);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("checksum"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("damaged"), std::string::npos) << s.message();
  std::vector<std::string> handed;
  s = j->OpenEntries(milliseconds(0), 10, [&](const JournalEntry& e) { handed.push_back(e.article_id); });
  EXPECT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(handed, std::vector<std::string>{"intact"});
  JournalStatus status;
  ASSERT_TRUE(j->Lookup("damaged", &status).ok());
  EXPECT_EQ(status.state, JournalState::kDead);
  EXPECT_NE(status.reason.find("payload unreadable"), std::string::npos) << status.reason;
  EXPECT_EQ(j->Counts().dead, 1u);
  EXPECT_EQ(j->Counts().open, 1u);
}

// A damaged payload kept in its row (journals written before payload segments) too.
TEST_F(JournalTest, ADamagedPayloadInItsRowNamesTheCodec) {
  fs::create_directories(path_.parent_path());
  std::string html(20000, 'h');
  {
    // A row as daemons before payload segments wrote it: the LZ4 block in the row.
    PayloadEncoder encoder(PayloadCodec::kLz4);
    EncodedPayload stored;
    encoder.Encode(html, &stored);
    ASSERT_EQ(stored.codec, PayloadCodec::kLz4);
    auto j = OpenJournal();
    j.reset();
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    ASSERT_EQ(sqlite3_prepare_v2(db, "INSERT INTO journal(article_id, state, payload, attempt, accepted_us, attempted_us,"
                                     " codec) VALUES('damaged', 0, substr(?1, 1, length(?1) - 5), 1, 1, 1, 2)",
                                 -1, &st, nullptr),
              SQLITE_OK);
    sqlite3_bind_blob(st, 1, stored.stored.data(), static_cast<int>(stored.stored.size()), SQLITE_STATIC);
    ASSERT_EQ(sqlite3_step(st), SQLITE_DONE);
    sqlite3_finalize(st);
    sqlite3_close(db);
  }
  auto j = OpenJournal();
  JournalEntry e;
  Status s = j->ReadOpen("damaged", &e);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("LZ4"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("damaged"), std::string::npos) << s.message();
}

// Payloads never pass through the WAL: 48 MiB of articles leave it small (before payload
// segments it held them all until a checkpoint), and the payload files hold the bytes.
TEST_F(JournalTest, PayloadsStayOutOfTheWal) {
  auto j = OpenJournal();
  const std::vector<std::string> payloads = NoisePayloads(64, 64 << 10);
  std::vector<std::string> ids;
  for (int batch = 0; batch < 12; ++batch) {
    std::vector<Journal::BatchItem> items;
    for (int i = 0; i < 64; ++i) ids.push_back("w" + std::to_string(ids.size()));
    for (int i = 0; i < 64; ++i) items.push_back({ids[ids.size() - 64 + i], payloads[i]});
    std::vector<AppendResult> results;
    ASSERT_TRUE(j->AppendBatch(items, &results).ok());
  }
  const fs::path wal = path_.string() + "-wal";
  EXPECT_LT(fs::file_size(wal), 4u << 20);
  EXPECT_GE(DirBytes(Journal::PayloadDir(path_)), 48u << 20);
  EXPECT_EQ(j->Counts().open, ids.size());
}

TEST_F(JournalTest, BatchAppendIsOneTransactionWithPerItemResults) {
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("b", "old", &r).ok());
  std::vector<AppendResult> results;
  ASSERT_TRUE(j->AppendBatch({{"a", "1"}, {"b", "2"}, {"c", "3"}, {"a", "4"}}, &results).ok());
  EXPECT_EQ(results, (std::vector<AppendResult>{AppendResult::kAccepted,
                                                AppendResult::kDuplicate,
                                                AppendResult::kAccepted,
                                                AppendResult::kDuplicate}));
  EXPECT_EQ(j->Counts().open, 3u);
  Status s = j->AppendBatch({{"d", "1"}, {"", "2"}}, &results);
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput);
  JournalStatus st;
  EXPECT_EQ(j->Lookup("d", &st).code(), Status::Code::kNotFound);  // all or nothing
}

TEST_F(JournalTest, ABatchClosesCompletedEntriesInItsOwnTransaction) {
  auto j = OpenJournal();
  AppendResult r;
  ASSERT_TRUE(j->Append("x", "payload", &r).ok());
  std::vector<AppendResult> results;
  // A failed batch closes nothing either.
  EXPECT_FALSE(j->AppendBatch({{"y", "1"}, {"", "2"}}, &results, {"x"}).ok());
  JournalStatus st;
  ASSERT_TRUE(j->Lookup("x", &st).ok());
  EXPECT_EQ(st.state, JournalState::kOpen);
  EXPECT_EQ(j->Counts().open, 1u);
  // An id never journaled is skipped; one appended by the same batch may be closed by it.
  ASSERT_TRUE(j->AppendBatch({{"y", "1"}, {"z", "2"}}, &results, {"x", "never-journaled", "z"}).ok());
  ASSERT_TRUE(j->Lookup("x", &st).ok());
  EXPECT_EQ(st.state, JournalState::kCompleted);
  ASSERT_TRUE(j->Lookup("y", &st).ok());
  EXPECT_EQ(st.state, JournalState::kOpen);
  ASSERT_TRUE(j->Lookup("z", &st).ok());
  EXPECT_EQ(st.state, JournalState::kCompleted);
  EXPECT_EQ(j->Counts().open, 1u);
  EXPECT_EQ(j->Counts().completed, 2u);
}

TEST_F(JournalTest, UnwritableLocationGivesAClearError) {
  std::unique_ptr<Journal> j;
  fs::create_directories(dir_);
  const fs::path file = dir_ / "a-file";
  { std::ofstream(file) << "x"; }
  Status s = Journal::Open(file / "journal.sqlite", &j);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("a-file"), std::string::npos) << s.ToString();
  EXPECT_EQ(j, nullptr);
}

TEST_F(JournalTest, CorruptFileGivesAClearError) {
  fs::create_directories(path_.parent_path());
  { std::ofstream(path_) << std::string(8192, 'z'); }
  std::unique_ptr<Journal> j;
  Status s = Journal::Open(path_, &j);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find(path_.string()), std::string::npos) << s.ToString();
  EXPECT_NE(s.message().find("not a database"), std::string::npos) << s.ToString();
}

TEST_F(JournalTest, ConcurrentAppendsFromSeveralThreads) {
  auto j = OpenJournal();
  std::vector<std::thread> threads;
  std::atomic<int> accepted{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 25; ++i) {
        AppendResult r;
        // Every id is appended by two threads: exactly one of them wins.
        ASSERT_TRUE(j->Append("id" + std::to_string((t % 2) * 1000 + i), "x", &r).ok());
        if (r == AppendResult::kAccepted) ++accepted;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(accepted.load(), 50);
  EXPECT_EQ(j->Counts().open, 50u);
}

}  // namespace
}  // namespace tidings::daemon
