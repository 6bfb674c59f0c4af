#include "fetch/retry_policy.h"

#include <curl/curl.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <string>

namespace tidings::fetch {

bool IsRetryable(FetchOutcome outcome, long http_status) {
  switch (outcome) {
    case FetchOutcome::kTimeout:
    case FetchOutcome::kConnectError:
    case FetchOutcome::kHttp5xx:
      return true;
    case FetchOutcome::kHttp4xx:
      return http_status == 408 || http_status == 429;
    default:
      return false;
  }
}

std::chrono::milliseconds BackoffDelay(const RetryOptions& options, int failed_attempts,
                                       double random01) {
  const int doublings = std::clamp(failed_attempts - 1, 0, 30);
  const double full = std::min(static_cast<double>(options.base_delay.count()) * (1LL << doublings),
                               static_cast<double>(options.max_delay.count()));
  random01 = std::clamp(random01, 0.0, 1.0);
  return std::chrono::milliseconds(static_cast<int64_t>(full / 2 + full / 2 * random01));
}

std::optional<std::chrono::milliseconds> ParseRetryAfter(std::string_view value,
                                                         std::chrono::system_clock::time_point now) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front()))) value.remove_prefix(1);
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back()))) value.remove_suffix(1);
  if (value.empty()) return std::nullopt;
  if (std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c); })) {
    int64_t seconds = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
    if (ec != std::errc() || seconds > 365LL * 24 * 3600) seconds = 365LL * 24 * 3600;
    return std::chrono::milliseconds(seconds * 1000);
  }
  // curl_getdate reads the three HTTP-date forms of RFC 9110 §5.6.7.
  const std::string text(value);
  const time_t when = curl_getdate(text.c_str(), nullptr);
  if (when == -1) return std::nullopt;
  const auto wait = std::chrono::system_clock::from_time_t(when) - now;
  return std::max(std::chrono::milliseconds(0),
                  std::chrono::duration_cast<std::chrono::milliseconds>(wait));
}

}  // namespace tidings::fetch
