#include "fetch/politeness.h"

#include <gtest/gtest.h>

namespace tidings::fetch {
namespace {

using namespace std::chrono_literals;
using TimePoint = PolitenessScheduler::TimePoint;
using Jobs = std::vector<PolitenessScheduler::JobId>;

const TimePoint t0 = TimePoint() + 1000s;
constexpr auto m = kGapMargin;  // added to every non-zero gap

TEST(PolitenessTest, AtMostPerHostRequestsRunAtOnce) {
  PolitenessScheduler s({.per_host = 2, .host_delay = 0ms});
  for (uint64_t j = 1; j <= 5; ++j) s.Enqueue("a.example", j);
  EXPECT_EQ(s.TakeReady(t0, 100), (Jobs{1, 2}));
  EXPECT_EQ(s.active("a.example"), 2);
  s.Sent("a.example", t0);
  s.Sent("a.example", t0);
  EXPECT_EQ(s.TakeReady(t0 + 10s, 100), Jobs{}) << "both slots busy";
  EXPECT_FALSE(s.NextWakeup().has_value()) << "only a finished request frees a slot";
  s.Finished("a.example", true, t0 + 10s);
  EXPECT_EQ(s.TakeReady(t0 + 10s, 100), (Jobs{3}));
}

TEST(PolitenessTest, RequestsToOneHostGoOutAGapApart) {
  PolitenessScheduler s({.per_host = 4, .host_delay = 1000ms});
  for (uint64_t j = 1; j <= 3; ++j) s.Enqueue("a.example", j);
  EXPECT_EQ(s.TakeReady(t0, 100), (Jobs{1}));
  s.Sent("a.example", t0);
  ASSERT_TRUE(s.NextWakeup().has_value());
  EXPECT_EQ(*s.NextWakeup(), t0 + 1000ms + m);
  EXPECT_EQ(s.TakeReady(t0 + 999ms + m, 100), Jobs{}) << "one millisecond early";
  EXPECT_EQ(s.TakeReady(t0 + 1000ms + m, 100), (Jobs{2})) << "exactly at the gap";
  s.Sent("a.example", t0 + 1000ms + m);
  EXPECT_EQ(s.TakeReady(t0 + 2000ms + 2 * m, 100), (Jobs{3}));
}

TEST(PolitenessTest, TheGapRunsFromWhenARequestWentOutNotWhenItStarted) {
  PolitenessScheduler s({.per_host = 4, .host_delay = 100ms});
  s.Enqueue("a.example", 1);
  s.Enqueue("a.example", 2);
  EXPECT_EQ(s.TakeReady(t0, 100), (Jobs{1}));
  EXPECT_EQ(s.TakeReady(t0 + 500ms, 100), Jobs{}) << "request 1 is still connecting";
  EXPECT_FALSE(s.NextWakeup().has_value()) << "its Sent() comes first";
  s.Sent("a.example", t0 + 500ms);
  EXPECT_EQ(s.TakeReady(t0 + 599ms + m, 100), Jobs{});
  EXPECT_EQ(s.TakeReady(t0 + 600ms + m, 100), (Jobs{2}));
}

TEST(PolitenessTest, ARequestThatNeverWentOutCountsAsSentWhenItEnds) {
  PolitenessScheduler s({.per_host = 4, .host_delay = 100ms});
  s.Enqueue("a.example", 1);
  s.Enqueue("a.example", 2);
  EXPECT_EQ(s.TakeReady(t0, 100), (Jobs{1}));
  s.Finished("a.example", /*sent=*/false, t0 + 50ms);  // connection refused
  EXPECT_EQ(s.TakeReady(t0 + 149ms + m, 100), Jobs{});
  EXPECT_EQ(s.TakeReady(t0 + 150ms + m, 100), (Jobs{2}));
}

TEST(PolitenessTest, HostsAreIndependent) {
  PolitenessScheduler s({.per_host = 1, .host_delay = 5000ms});
  s.Enqueue("a.example", 1);
  s.Enqueue("a.example", 2);
  s.Enqueue("b.example", 3);
  Jobs started = s.TakeReady(t0, 100);
  std::sort(started.begin(), started.end());
  EXPECT_EQ(started, (Jobs{1, 3}));
  EXPECT_EQ(s.active("a.example"), 1);
  EXPECT_EQ(s.active("b.example"), 1);
}

TEST(PolitenessTest, CrawlDelayWidensTheGapButNeverNarrowsIt) {
  PolitenessScheduler s({.per_host = 2, .host_delay = 1000ms});
  s.SetCrawlDelay("slow.example", 3000ms);
  s.SetCrawlDelay("fast.example", 10ms);
  for (uint64_t j = 1; j <= 2; ++j) s.Enqueue("slow.example", j);
  for (uint64_t j = 3; j <= 4; ++j) s.Enqueue("fast.example", j);
  EXPECT_EQ(s.TakeReady(t0, 100).size(), 2u);
  s.Sent("slow.example", t0);
  s.Sent("fast.example", t0);
  EXPECT_EQ(s.TakeReady(t0 + 1000ms + m, 100), (Jobs{4})) << "host_delay still applies to fast";
  EXPECT_EQ(s.TakeReady(t0 + 2999ms + m, 100), Jobs{});
  EXPECT_EQ(s.TakeReady(t0 + 3000ms + m, 100), (Jobs{2}));
}

TEST(PolitenessTest, PausedHostWaitsUntilRetryAfter) {
  PolitenessScheduler s({.per_host = 2, .host_delay = 0ms});
  s.PauseHost("a.example", t0 + 30s);
  s.Enqueue("a.example", 1);
  EXPECT_EQ(s.TakeReady(t0 + 29s, 100), Jobs{});
  EXPECT_EQ(*s.NextWakeup(), t0 + 30s);
  EXPECT_EQ(s.TakeReady(t0 + 30s, 100), (Jobs{1}));
}

TEST(PolitenessTest, UrgentJobsGoFirst) {
  PolitenessScheduler s({.per_host = 1, .host_delay = 0ms});
  s.Enqueue("a.example", 1);
  s.Enqueue("a.example", 99, /*urgent=*/true);
  EXPECT_EQ(s.TakeReady(t0, 100), (Jobs{99}));
}

TEST(PolitenessTest, GlobalLimitIsSharedFairlyAcrossHosts) {
  PolitenessScheduler s({.per_host = 10, .host_delay = 0ms});
  for (uint64_t j = 0; j < 10; ++j) s.Enqueue("a.example", 100 + j);
  for (uint64_t j = 0; j < 10; ++j) s.Enqueue("b.example", 200 + j);
  Jobs first = s.TakeReady(t0, 5);
  ASSERT_EQ(first.size(), 5u) << "no gap: a host need not wait for its requests to go out";
  Jobs second = s.TakeReady(t0, 5);
  ASSERT_EQ(second.size(), 5u);
  // The host served first in one call is served after the other host in the next.
  EXPECT_NE(first.front() / 100, second.front() / 100);
}

TEST(PolitenessTest, RemovedJobNeverStarts) {
  PolitenessScheduler s({.per_host = 1, .host_delay = 0ms});
  s.Enqueue("a.example", 1);
  s.Enqueue("a.example", 2);
  EXPECT_TRUE(s.Remove(1));
  EXPECT_FALSE(s.Remove(1));
  EXPECT_EQ(s.queued(), 1u);
  EXPECT_EQ(s.TakeReady(t0, 100), (Jobs{2}));
}

}  // namespace
}  // namespace tidings::fetch
