// When a failed download is tried again: which failures are transient, how long to wait
// (exponential backoff with jitter, or what the server's Retry-After asks), and when to stop.
// Pure functions over numbers and times, so tests pass them in.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

#include "fetch/fetch_types.h"

namespace tidings::fetch {

struct RetryOptions {
  int max_attempts = 4;                               // transfers of one URL, the first included
  std::chrono::milliseconds base_delay{2000};         // before the second attempt (before jitter)
  std::chrono::milliseconds max_delay{60000};         // backoff never waits longer than this
  std::chrono::milliseconds max_retry_after{600000};  // a Retry-After beyond this is a final failure
};

// Whether a failure is transient: timeouts, connection errors, 5xx, 408 and 429.
bool IsRetryable(FetchOutcome outcome, long http_status);

// The wait after `failed_attempts` (>= 1) failures: base_delay * 2^(failed_attempts - 1),
// capped at max_delay, then "equal jitter": half of it fixed, the other half scaled by
// `random01` in [0, 1), so replicas retrying one site do not stay in step.
std::chrono::milliseconds BackoffDelay(const RetryOptions& options, int failed_attempts,
                                       double random01);

// A Retry-After header value as a wait from `now`: delay-seconds ("120") or an HTTP-date
// ("Wed, 21 Oct 2015 07:28:00 GMT", also the obsolete RFC 850 and asctime forms). A date in
// the past is a zero wait. nullopt when the value is neither.
std::optional<std::chrono::milliseconds> ParseRetryAfter(std::string_view value,
                                                         std::chrono::system_clock::time_point now);

}  // namespace tidings::fetch
