#include "daemon/journal_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

namespace tidings::daemon {
namespace {

namespace fs = std::filesystem;

class JournalWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tidings-journal-writer-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    ASSERT_TRUE(Journal::Open(dir_ / "journal.sqlite", &journal_).ok());
  }
  void TearDown() override {
    journal_.reset();
    fs::remove_all(dir_);
  }

  // Waits (polling the writer's socket, as the hub does) for the pending batch's outcome.
  bool Outcome(JournalWriter& writer, Status* s, std::vector<AppendResult>* results) {
    std::chrono::duration<double> took;
    for (int i = 0; i < 100; ++i) {
      zmq::pollitem_t item{writer.socket().handle(), 0, ZMQ_POLLIN, 0};
      zmq::poll(&item, 1, std::chrono::milliseconds(100));
      if (writer.TakeResult(s, results, &took)) return true;
    }
    return false;
  }

  fs::path dir_;
  std::unique_ptr<Journal> journal_;
  zmq::context_t ctx_{1};
};

// Names of this process's threads, as `top -H` shows them.
std::vector<std::string> ThreadNames() {
  std::vector<std::string> names;
  for (const auto& task : fs::directory_iterator("/proc/self/task")) {
    std::ifstream in(task.path() / "comm");
    std::string name;
    if (std::getline(in, name)) names.push_back(name);
  }
  return names;
}

bool HasThreadNamed(const std::string& name) {
  for (int i = 0; i < 100; ++i) {  // a thread names itself once it runs
    auto names = ThreadNames();
    if (std::find(names.begin(), names.end(), name) != names.end()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

TEST_F(JournalWriterTest, ItsThreadsCarryNamesAnOperatorCanTellApart) {
  JournalWriter writer(ctx_, *journal_);
  EXPECT_TRUE(HasThreadNamed("journal"));
  EXPECT_TRUE(HasThreadNamed("checkpoint")) << "the journal's WAL checkpointer";
}

TEST_F(JournalWriterTest, CommitsABatchOffTheCallersThreadAndWakesIt) {
  JournalWriter writer(ctx_, *journal_);
  EXPECT_FALSE(writer.pending());
  const std::string a = "first article", b = "second article";
  writer.Start({{"a", a}, {"b", b}, {"a", a}});
  EXPECT_TRUE(writer.pending());
  Status s;
  std::vector<AppendResult> results;
  ASSERT_TRUE(Outcome(writer, &s, &results));
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_FALSE(writer.pending());
  ASSERT_EQ(results.size(), 3u);
  EXPECT_EQ(results[0], AppendResult::kAccepted);
  EXPECT_EQ(results[1], AppendResult::kAccepted);
  EXPECT_EQ(results[2], AppendResult::kDuplicate) << "a duplicate within the batch";
  JournalEntry e;
  ASSERT_TRUE(journal_->ReadOpen("b", &e).ok());
  EXPECT_EQ(e.bytes, b);
  // Nothing pending: no result to take.
  std::chrono::duration<double> took;
  EXPECT_FALSE(writer.TakeResult(&s, &results, &took));
}

TEST_F(JournalWriterTest, AFailedBatchIsReportedAndNothingOfItJournaled) {
  JournalWriter writer(ctx_, *journal_);
  const std::string bytes = "x";
  writer.Start({{"ok", bytes}, {"", bytes}});
  Status s;
  std::vector<AppendResult> results;
  ASSERT_TRUE(Outcome(writer, &s, &results));
  EXPECT_FALSE(s.ok());
  JournalStatus st;
  EXPECT_EQ(journal_->Lookup("ok", &st).code(), Status::Code::kNotFound);
}

TEST_F(JournalWriterTest, CompletionsAreWrittenAndNoneIsLostAtShutdown) {
  AppendResult r;
  for (int i = 0; i < 50; ++i) ASSERT_TRUE(journal_->Append("c" + std::to_string(i), "payload", &r).ok());
  {
    JournalWriter writer(ctx_, *journal_);
    for (int i = 0; i < 50; ++i) writer.Complete("c" + std::to_string(i));
    writer.Complete("never-journaled");  // skipped, not an error for the others
  }  // the destructor writes what is still queued
  EXPECT_EQ(journal_->Counts().completed, 50u);
  EXPECT_EQ(journal_->Counts().open, 0u);
  JournalStatus st;
  ASSERT_TRUE(journal_->Lookup("c49", &st).ok());
  EXPECT_EQ(st.state, JournalState::kCompleted);
}

TEST_F(JournalWriterTest, CompletionsRideWithTheNextBatchOrAreWrittenAloneSoonAfter) {
  AppendResult r;
  ASSERT_TRUE(journal_->Append("early", "payload", &r).ok());
  ASSERT_TRUE(journal_->Append("idle", "payload", &r).ok());
  JournalWriter writer(ctx_, *journal_);
  writer.Complete("early");
  const std::string body = "new article";
  writer.Start({{"new", body}});
  Status s;
  std::vector<AppendResult> results;
  ASSERT_TRUE(Outcome(writer, &s, &results));
  ASSERT_TRUE(s.ok()) << s.ToString();
  JournalStatus st;
  ASSERT_TRUE(journal_->Lookup("early", &st).ok());
  EXPECT_EQ(st.state, JournalState::kCompleted) << "closed by the time the batch is committed";
  // With no batch to ride along with, a completion is written on its own within the delay.
  const auto queued = std::chrono::steady_clock::now();
  writer.Complete("idle");
  while (journal_->Lookup("idle", &st).ok() && st.state != JournalState::kCompleted &&
         std::chrono::steady_clock::now() - queued < std::chrono::seconds(5)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_EQ(st.state, JournalState::kCompleted);
  EXPECT_GE(std::chrono::steady_clock::now() - queued, JournalWriter::kCompletionDelay / 2)
      << "not a transaction per completion while idle either";
}

TEST_F(JournalWriterTest, CompactionGoesOnStepByStepBetweenBatches) {
  AppendResult r;
  for (int i = 0; i < 23; ++i) {
    ASSERT_TRUE(journal_->Append("c" + std::to_string(i), std::string(1000, 'x'), &r).ok());
    ASSERT_TRUE(journal_->MarkCompleted("c" + std::to_string(i)).ok());
  }
  JournalWriter writer(ctx_, *journal_);
  CompactionStep sum;
  std::chrono::duration<double> longest;
  EXPECT_FALSE(writer.TakeCompacted(&sum, &longest)) << "no step ran yet";
  CompactionPolicy policy;
  policy.retention = std::chrono::milliseconds(0);
  policy.max_rows = 5;  // five steps for 23 payloads
  writer.RequestCompaction(policy);
  const std::string body = "a new article";
  writer.Start({{"new", body}});  // a batch meanwhile is committed all the same
  Status s;
  std::vector<AppendResult> results;
  ASSERT_TRUE(Outcome(writer, &s, &results));
  ASSERT_TRUE(s.ok()) << s.ToString();
  uint64_t dropped = 0;
  for (int i = 0; i < 200 && dropped < 23; ++i) {
    if (writer.TakeCompacted(&sum, &longest)) dropped += sum.payloads_dropped;
    else std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_EQ(dropped, 23u);
  JournalStatus st;
  ASSERT_TRUE(journal_->Lookup("c22", &st).ok());
  EXPECT_FALSE(st.has_payload);
  ASSERT_TRUE(journal_->Lookup("new", &st).ok());
  EXPECT_TRUE(st.has_payload) << "open entries keep theirs";
}

TEST_F(JournalWriterTest, BatchesHandedOverMeanwhileAreCommittedInOrderAndOneRefusedFailsAlone) {
  JournalWriter writer(ctx_, *journal_);
  const std::string body = "article";
  writer.Start({{"first", body}});
  writer.Start({{"", body}});  // refused: an empty id
  writer.Start({{"third", body}, {"first", body}});
  // A completion of an article whose batch is not committed yet closes it all the same.
  writer.Complete("third");
  EXPECT_EQ(writer.pending_batches(), 3u);
  Status s;
  std::vector<AppendResult> results;
  ASSERT_TRUE(Outcome(writer, &s, &results));
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(results, std::vector<AppendResult>{AppendResult::kAccepted});
  ASSERT_TRUE(Outcome(writer, &s, &results));
  EXPECT_EQ(s.code(), Status::Code::kInvalidInput) << s.ToString();
  ASSERT_TRUE(Outcome(writer, &s, &results));
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(results, (std::vector<AppendResult>{AppendResult::kAccepted, AppendResult::kDuplicate}));
  EXPECT_FALSE(writer.pending());
  JournalStatus st;
  const auto queued = std::chrono::steady_clock::now();
  while (journal_->Lookup("third", &st).ok() && st.state != JournalState::kCompleted &&
         std::chrono::steady_clock::now() - queued < std::chrono::seconds(5)) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_EQ(st.state, JournalState::kCompleted);
}

}  // namespace
}  // namespace tidings::daemon

namespace tidings::daemon {
namespace {

// Under a steady stream of batches (the writer never idle), the payload files of completed
// articles still go: the directory holds what is in flight, not the traffic.
TEST_F(JournalWriterTest, PayloadFilesOfCompletedArticlesGoUnderASteadyStream) {
  journal_->KeepCompletedPayloads(false);
  JournalWriter writer(ctx_, *journal_);
  const std::string payload(256 * 1024, 'p');  // 160 batches of 2: 80 MiB, several files
  for (int i = 0; i < 160; ++i) {
    const std::string a = "s" + std::to_string(2 * i), b = "s" + std::to_string(2 * i + 1);
    writer.Start({{a, payload}, {b, payload}});
    Status s;
    std::vector<AppendResult> results;
    ASSERT_TRUE(Outcome(writer, &s, &results));
    ASSERT_TRUE(s.ok()) << s.ToString();
    writer.Complete(a);
    writer.Complete(b);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  uint64_t bytes = 0;
  for (const auto& e : fs::directory_iterator(Journal::PayloadDir(dir_ / "journal.sqlite"))) bytes += e.file_size();
  EXPECT_LT(bytes, 3 * PayloadSegments::kSegmentBytes) << "80 MiB went through; at most the last files are left";
}

}  // namespace
}  // namespace tidings::daemon
