#include "daemon/recent_log.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <spdlog/logger.h>

namespace tidings::daemon {
namespace {

TEST(RecentLogSink, KeepsOnlyWarningsAndAbove) {
  auto sink = std::make_shared<RecentLogSink>(10);
  spdlog::logger log("t", sink);
  log.set_level(spdlog::level::trace);
  log.info("started");
  log.warn("extract[0] (pid {}) killed by signal 9; restarting", 42);
  log.error("journal: disk full");
  auto recent = sink->Recent();
  ASSERT_EQ(recent.size(), 2u);
  EXPECT_EQ(recent[0].level, "warning");
  EXPECT_EQ(recent[0].message, "extract[0] (pid 42) killed by signal 9; restarting");
  EXPECT_EQ(recent[1].level, "error");
  EXPECT_GT(recent[1].unix_ms, 1600000000000);
}

TEST(RecentLogSink, KeepsTheLastCapacityMessagesOldestFirst) {
  auto sink = std::make_shared<RecentLogSink>(3);
  spdlog::logger log("t", sink);
  for (int i = 0; i < 5; ++i) log.warn("w{}", i);
  auto recent = sink->Recent();
  ASSERT_EQ(recent.size(), 3u);
  EXPECT_EQ(recent.front().message, "w2");
  EXPECT_EQ(recent.back().message, "w4");
}

TEST(RecentLogSink, JsonHasAnIsoTimeLevelAndMessage) {
  auto sink = std::make_shared<RecentLogSink>(2);
  spdlog::logger log("t", sink);
  log.critical("giving up: store restarted 6 times");
  auto j = nlohmann::json::parse(RecentErrorsJson(sink->Recent()));
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0]["level"], "critical");
  EXPECT_EQ(j[0]["message"], "giving up: store restarted 6 times");
  const std::string time = j[0]["time"];
  ASSERT_EQ(time.size(), 24u) << time;  // 2024-03-14T10:00:00.123Z
  EXPECT_EQ(time[10], 'T');
  EXPECT_EQ(time.back(), 'Z');
}

}  // namespace
}  // namespace tidings::daemon
