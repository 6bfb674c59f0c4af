// Restart policy of the process supervisor as pure logic over timestamps, so it can be
// tested without processes or clocks: capped exponential backoff with jitter that resets
// after a stable run, and an Erlang/OTP-style restart intensity limit.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>

namespace tidings::daemon {

using SteadyClock = std::chrono::steady_clock;
using Millis = std::chrono::milliseconds;

struct BackoffConfig {
  Millis initial{100};         // delay before the first restart after a failure
  Millis max{10'000};          // the delay never grows beyond this
  double multiplier = 2.0;     // growth per consecutive failure (>= 1)
  double jitter = 0.2;         // +/- fraction of the delay, spreads replicas' restarts
  Millis stable_after{10'000}; // a run at least this long resets the growth
};

// Delay before restarting one child. Not thread-safe: owned by one child's record.
class Backoff {
 public:
  explicit Backoff(const BackoffConfig& config);

  // The child exited after running for `ran_for`; returns how long to wait before
  // restarting it. `unit_random` is a number in [0, 1) choosing the jitter (0.5 = none).
  Millis NextDelay(Millis ran_for, double unit_random);

  // Consecutive failures counted so far (reset by a stable run).
  int consecutive_failures() const { return consecutive_failures_; }

 private:
  BackoffConfig config_;
  int consecutive_failures_ = 0;
};

struct IntensityConfig {
  int max_restarts = 5;        // R: more than this many restarts ...
  Millis period{10'000};       // T: ... within this window means give up
};

// OTP restart intensity across a whole supervision tree. Not thread-safe: owned by the
// supervisor.
class RestartIntensity {
 public:
  explicit RestartIntensity(const IntensityConfig& config) : config_(config) {}

  // Records a restart at `now`. Returns false when this restart makes more than
  // max_restarts within the period: the supervisor must give up instead of restarting.
  bool RecordRestart(SteadyClock::time_point now);

  // Restarts recorded in the window ending at `now`.
  std::size_t RestartsInWindow(SteadyClock::time_point now);

  const IntensityConfig& config() const { return config_; }

 private:
  void Expire(SteadyClock::time_point now);
  IntensityConfig config_;
  std::deque<SteadyClock::time_point> restarts_;
};

}  // namespace tidings::daemon
