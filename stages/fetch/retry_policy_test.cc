#include "fetch/retry_policy.h"

#include <gtest/gtest.h>

namespace tidings::fetch {
namespace {

using namespace std::chrono_literals;
using std::chrono::milliseconds;

TEST(RetryPolicyTest, TransientFailuresAreRetriedOthersAreNot) {
  EXPECT_TRUE(IsRetryable(FetchOutcome::kTimeout, 0));
  EXPECT_TRUE(IsRetryable(FetchOutcome::kConnectError, 0));
  EXPECT_TRUE(IsRetryable(FetchOutcome::kHttp5xx, 503));
  EXPECT_TRUE(IsRetryable(FetchOutcome::kHttp5xx, 500));
  EXPECT_TRUE(IsRetryable(FetchOutcome::kHttp4xx, 429));
  EXPECT_TRUE(IsRetryable(FetchOutcome::kHttp4xx, 408));
  EXPECT_FALSE(IsRetryable(FetchOutcome::kHttp4xx, 404));
  EXPECT_FALSE(IsRetryable(FetchOutcome::kHttp4xx, 403));
  EXPECT_FALSE(IsRetryable(FetchOutcome::kTooLarge, 200));
  EXPECT_FALSE(IsRetryable(FetchOutcome::kRobotsDisallowed, 0));
  EXPECT_FALSE(IsRetryable(FetchOutcome::kTlsError, 0));
}

TEST(RetryPolicyTest, BackoffGrowsExponentiallyWithinItsJitterBand) {
  RetryOptions o;
  o.base_delay = 1000ms;
  o.max_delay = 60000ms;
  EXPECT_EQ(BackoffDelay(o, 1, 0.0), 500ms);
  EXPECT_EQ(BackoffDelay(o, 1, 0.999), 999ms);
  EXPECT_EQ(BackoffDelay(o, 2, 0.0), 1000ms);
  EXPECT_EQ(BackoffDelay(o, 3, 0.5), 3000ms);
  EXPECT_EQ(BackoffDelay(o, 4, 1.0), 8000ms);
}

TEST(RetryPolicyTest, BackoffIsCappedEvenAfterManyFailures) {
  RetryOptions o;
  o.base_delay = 1000ms;
  o.max_delay = 5000ms;
  EXPECT_EQ(BackoffDelay(o, 4, 1.0), 5000ms);
  EXPECT_EQ(BackoffDelay(o, 200, 0.0), 2500ms);
}

TEST(RetryPolicyTest, RetryAfterInSeconds) {
  const auto now = std::chrono::system_clock::now();
  EXPECT_EQ(ParseRetryAfter("120", now), milliseconds(120000));
  EXPECT_EQ(ParseRetryAfter(" 0 ", now), milliseconds(0));
  EXPECT_EQ(ParseRetryAfter("", now), std::nullopt);
  EXPECT_EQ(ParseRetryAfter("soon", now), std::nullopt);
  EXPECT_EQ(ParseRetryAfter("-5", now), std::nullopt);
}

TEST(RetryPolicyTest, RetryAfterAsHttpDateInAllThreeForms) {
  // 2015-10-21 07:28:00 UTC
  const auto at = std::chrono::system_clock::from_time_t(1445412480);
  const auto now = at - 90s;
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), milliseconds(90000));
  EXPECT_EQ(ParseRetryAfter("Wednesday, 21-Oct-15 07:28:00 GMT", now), milliseconds(90000));
  EXPECT_EQ(ParseRetryAfter("Wed Oct 21 07:28:00 2015", now), milliseconds(90000));
  EXPECT_EQ(ParseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", at + 10s), milliseconds(0))
      << "a date in the past means now";
}

}  // namespace
}  // namespace tidings::fetch
