#include "daemon/payload_segments.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

namespace tidings::daemon {
namespace {

namespace fs = std::filesystem;

class PayloadSegmentsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tidings-segments-" + std::to_string(getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<PayloadSegments> Open(uint64_t segment_bytes = PayloadSegments::kSegmentBytes) {
    std::unique_ptr<PayloadSegments> s;
    Status status = PayloadSegments::Open(dir_, &s, segment_bytes);
    EXPECT_TRUE(status.ok()) << status.ToString();
    return s;
  }

  fs::path dir_;
};

TEST_F(PayloadSegmentsTest, ReadsBackWhatWasAppendedAcrossReopening) {
  PayloadLocation a, b;
  {
    auto segments = Open();
    ASSERT_TRUE(segments->Append("first payload", &a).ok());
    ASSERT_TRUE(segments->Append(std::string(100000, 'x'), &b).ok());
    ASSERT_TRUE(segments->Sync().ok());
    EXPECT_EQ(a.segment, b.segment);
    EXPECT_EQ(b.offset, a.length);
  }
  auto segments = Open();
  std::string got;
  ASSERT_TRUE(segments->Read(a, &got).ok());
  EXPECT_EQ(got, "first payload");
  ASSERT_TRUE(segments->Read(b, &got).ok());
  EXPECT_EQ(got, std::string(100000, 'x'));
  EXPECT_GT(segments->current(), a.segment) << "a new run never appends to an earlier run's file";
}

TEST_F(PayloadSegmentsTest, LocationsSurviveTheirTwentyByteEncoding) {
  PayloadLocation where{7, 123456789012ull, 4000000000u, 0xfedcba9876543210ull};
  PayloadLocation back;
  ASSERT_TRUE(PayloadLocation::Decode(7, where.Encode(), &back).ok());
  EXPECT_EQ(back.offset, where.offset);
  EXPECT_EQ(back.length, where.length);
  EXPECT_EQ(back.checksum, where.checksum);
  EXPECT_EQ(where.Encode().size(), 20u);
  Status bad = PayloadLocation::Decode(7, "short", &back);
  EXPECT_EQ(bad.code(), Status::Code::kInvalidInput);
}

TEST_F(PayloadSegmentsTest, StartsANewFileWhenTheCurrentOneWouldPassItsSize) {
  auto segments = Open(1000);
  PayloadLocation a, b, c;
  ASSERT_TRUE(segments->Append(std::string(600, 'a'), &a).ok());
  ASSERT_TRUE(segments->Append(std::string(600, 'b'), &b).ok());
  ASSERT_TRUE(segments->Append(std::string(5000, 'c'), &c).ok()) << "a payload larger than a segment gets one";
  EXPECT_NE(a.segment, b.segment);
  EXPECT_NE(b.segment, c.segment);
  EXPECT_EQ(segments->Files().size(), 3u);
  std::string got;
  ASSERT_TRUE(segments->Read(c, &got).ok());
  EXPECT_EQ(got.size(), 5000u);
}

TEST_F(PayloadSegmentsTest, DamagedOrMissingBytesAreAClearError) {
  PayloadLocation where;
  {
    auto segments = Open();
    ASSERT_TRUE(segments->Append("the article as accepted", &where).ok());
    ASSERT_TRUE(segments->Sync().ok());
  }
  const fs::path file = dir_ / "00000001.seg";
  ASSERT_TRUE(fs::exists(file));
  {
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(4);
    f.put('X');
  }
  auto segments = Open();
  std::string got;
  Status s = segments->Read(where, &got);
  EXPECT_EQ(s.code(), Status::Code::kIoError);
  EXPECT_NE(s.message().find("checksum"), std::string::npos) << s.message();
  PayloadLocation beyond = where;
  beyond.offset = 1000;
  s = segments->Read(beyond, &got);
  EXPECT_NE(s.message().find("ends before"), std::string::npos) << s.message();
  PayloadLocation gone = where;
  gone.segment = 99;
  s = segments->Read(gone, &got);
  EXPECT_NE(s.message().find("missing"), std::string::npos) << s.message();
}

TEST_F(PayloadSegmentsTest, RemovesFilesButNeverTheCurrentOne) {
  auto segments = Open(100);
  PayloadLocation a, b;
  ASSERT_TRUE(segments->Append(std::string(100, 'a'), &a).ok());
  ASSERT_TRUE(segments->Append(std::string(100, 'b'), &b).ok());
  size_t removed = 0;
  ASSERT_TRUE(segments->Remove({a.segment, b.segment}, &removed).ok());
  EXPECT_EQ(removed, 1u);
  EXPECT_EQ(segments->current(), b.segment);
  EXPECT_FALSE(fs::exists(dir_ / "00000001.seg"));
  EXPECT_TRUE(fs::exists(dir_ / "00000002.seg"));
  std::string got;
  EXPECT_FALSE(segments->Read(a, &got).ok());
  ASSERT_TRUE(segments->Read(b, &got).ok());
}

TEST_F(PayloadSegmentsTest, IgnoresOtherFilesInItsDirectory) {
  fs::create_directories(dir_);
  std::ofstream(dir_ / "notes.txt") << "not a segment";
  std::ofstream(dir_ / "12ab.seg") << "not a number";
  auto segments = Open();
  EXPECT_TRUE(segments->Files().empty());
  PayloadLocation where;
  ASSERT_TRUE(segments->Append("x", &where).ok());
  EXPECT_EQ(where.segment, 1);
}

}  // namespace
}  // namespace tidings::daemon
