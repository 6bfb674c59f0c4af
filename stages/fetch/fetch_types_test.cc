#include "fetch/fetch_types.h"

#include <gtest/gtest.h>

namespace tidings::fetch {
namespace {

TEST(FetchTypesTest, TextualContentTypes) {
  EXPECT_TRUE(IsTextualContentType("text/html; charset=UTF-8"));
  EXPECT_TRUE(IsTextualContentType("Text/Plain"));
  EXPECT_TRUE(IsTextualContentType("application/rss+xml"));
  EXPECT_TRUE(IsTextualContentType("application/xml"));
  EXPECT_TRUE(IsTextualContentType(""));
  EXPECT_FALSE(IsTextualContentType("application/pdf"));
  EXPECT_FALSE(IsTextualContentType("image/jpeg"));
  EXPECT_FALSE(IsTextualContentType("application/octet-stream"));
}

TEST(FetchTypesTest, OutcomeNamesAreTheMetricLabels) {
  EXPECT_EQ(OutcomeName(FetchOutcome::kOk), "ok");
  EXPECT_EQ(OutcomeName(FetchOutcome::kNotModified), "not_modified");
  EXPECT_EQ(OutcomeName(FetchOutcome::kHttp4xx), "http_4xx");
  EXPECT_EQ(OutcomeName(FetchOutcome::kRobotsDisallowed), "robots_disallowed");
  EXPECT_EQ(OutcomeName(FetchOutcome::kTooLarge), "too_large");
}

TEST(FetchTypesTest, HttpStatusTextHasTheReasonWhenKnown) {
  EXPECT_EQ(HttpStatusText(404), "HTTP 404 Not Found");
  EXPECT_EQ(HttpStatusText(503), "HTTP 503 Service Unavailable");
  EXPECT_EQ(HttpStatusText(599), "HTTP 599");
}

TEST(FetchTypesTest, ResponseHeaderLookupIgnoresCase) {
  FetchResponse r;
  r.headers = {{"etag", "\"v1\""}, {"content-type", "text/html"}};
  EXPECT_EQ(r.Header("ETag"), "\"v1\"");
  EXPECT_EQ(r.Header("Last-Modified"), "");
}

}  // namespace
}  // namespace tidings::fetch
