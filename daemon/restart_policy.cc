#include "daemon/restart_policy.h"

#include <algorithm>
#include <cmath>

namespace tidings::daemon {

Backoff::Backoff(const BackoffConfig& config) : config_(config) {
  config_.multiplier = std::max(1.0, config_.multiplier);
  config_.jitter = std::clamp(config_.jitter, 0.0, 1.0);
  config_.max = std::max(config_.max, config_.initial);
}

Millis Backoff::NextDelay(Millis ran_for, double unit_random) {
  if (ran_for >= config_.stable_after) consecutive_failures_ = 0;
  ++consecutive_failures_;
  // Exponent capped so the power cannot overflow; the result is capped at max anyway.
  const int exponent = std::min(consecutive_failures_ - 1, 60);
  const double base = std::min(static_cast<double>(config_.max.count()),
                               config_.initial.count() * std::pow(config_.multiplier, exponent));
  const double factor = 1.0 + config_.jitter * (2.0 * std::clamp(unit_random, 0.0, 1.0) - 1.0);
  const double delay = std::min(static_cast<double>(config_.max.count()), base * factor);
  return Millis(static_cast<Millis::rep>(std::max(0.0, std::round(delay))));
}

void RestartIntensity::Expire(SteadyClock::time_point now) {
  while (!restarts_.empty() && now - restarts_.front() >= config_.period) restarts_.pop_front();
}

bool RestartIntensity::RecordRestart(SteadyClock::time_point now) {
  Expire(now);
  restarts_.push_back(now);
  return restarts_.size() <= static_cast<std::size_t>(std::max(0, config_.max_restarts));
}

std::size_t RestartIntensity::RestartsInWindow(SteadyClock::time_point now) {
  Expire(now);
  return restarts_.size();
}

}  // namespace tidings::daemon
