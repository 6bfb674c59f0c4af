#include "daemon/restart_policy.h"

#include <gtest/gtest.h>

namespace tidings::daemon {
namespace {

using std::chrono::milliseconds;
using std::chrono::seconds;

BackoffConfig TestBackoff() {
  BackoffConfig c;
  c.initial = milliseconds(100);
  c.max = milliseconds(1000);
  c.multiplier = 2.0;
  c.jitter = 0.2;
  c.stable_after = seconds(5);
  return c;
}

TEST(BackoffTest, GrowsExponentiallyAndCaps) {
  Backoff b(TestBackoff());
  EXPECT_EQ(b.NextDelay(milliseconds(10), 0.5), milliseconds(100));
  EXPECT_EQ(b.NextDelay(milliseconds(10), 0.5), milliseconds(200));
  EXPECT_EQ(b.NextDelay(milliseconds(10), 0.5), milliseconds(400));
  EXPECT_EQ(b.NextDelay(milliseconds(10), 0.5), milliseconds(800));
  EXPECT_EQ(b.NextDelay(milliseconds(10), 0.5), milliseconds(1000));
  EXPECT_EQ(b.NextDelay(milliseconds(10), 0.5), milliseconds(1000));
  EXPECT_EQ(b.consecutive_failures(), 6);
}

TEST(BackoffTest, JitterStaysWithinBoundsAndUnderCap) {
  Backoff low(TestBackoff());
  Backoff high(TestBackoff());
  EXPECT_EQ(low.NextDelay(milliseconds(0), 0.0), milliseconds(80));
  EXPECT_EQ(high.NextDelay(milliseconds(0), 0.999999), milliseconds(120));
  for (int i = 0; i < 10; ++i) high.NextDelay(milliseconds(0), 0.999999);
  EXPECT_EQ(high.NextDelay(milliseconds(0), 0.999999), milliseconds(1000));
}

TEST(BackoffTest, StableRunResetsGrowth) {
  Backoff b(TestBackoff());
  b.NextDelay(milliseconds(10), 0.5);
  b.NextDelay(milliseconds(10), 0.5);
  EXPECT_EQ(b.NextDelay(milliseconds(10), 0.5), milliseconds(400));
  EXPECT_EQ(b.NextDelay(seconds(6), 0.5), milliseconds(100));
  EXPECT_EQ(b.consecutive_failures(), 1);
}

TEST(RestartIntensityTest, TripsOnMoreThanMaxWithinPeriod) {
  RestartIntensity r({.max_restarts = 3, .period = seconds(10)});
  const auto t0 = SteadyClock::time_point{} + seconds(100);
  EXPECT_TRUE(r.RecordRestart(t0));
  EXPECT_TRUE(r.RecordRestart(t0 + seconds(1)));
  EXPECT_TRUE(r.RecordRestart(t0 + seconds(2)));
  EXPECT_FALSE(r.RecordRestart(t0 + seconds(3)));
  EXPECT_EQ(r.RestartsInWindow(t0 + seconds(3)), 4u);
}

TEST(RestartIntensityTest, OldRestartsLeaveTheWindow) {
  RestartIntensity r({.max_restarts = 2, .period = seconds(10)});
  const auto t0 = SteadyClock::time_point{} + seconds(100);
  EXPECT_TRUE(r.RecordRestart(t0));
  EXPECT_TRUE(r.RecordRestart(t0 + seconds(5)));
  // The first restart is exactly one period old at t0+10s: it no longer counts.
  EXPECT_TRUE(r.RecordRestart(t0 + seconds(10)));
  EXPECT_EQ(r.RestartsInWindow(t0 + seconds(10)), 2u);
  EXPECT_FALSE(r.RecordRestart(t0 + seconds(11)));
}

TEST(RestartIntensityTest, ZeroMeansNoRestartAllowed) {
  RestartIntensity r({.max_restarts = 0, .period = seconds(1)});
  EXPECT_FALSE(r.RecordRestart(SteadyClock::time_point{} + seconds(1)));
}

}  // namespace
}  // namespace tidings::daemon
