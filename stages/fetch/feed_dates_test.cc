#include "fetch/feed_dates.h"

#include <gtest/gtest.h>

namespace tidings::fetch {
namespace {

std::string N(std::string_view s) { return NormalizeFeedDate(s); }

TEST(FeedDatesTest, Rfc822AsWritten) {
  EXPECT_EQ(N("Tue, 10 Jun 2003 04:00:00 GMT"), "2003-06-10T04:00:00Z");
  EXPECT_EQ(N("Tue, 10 Jun 2003 04:00:00 +0000"), "2003-06-10T04:00:00Z");
  EXPECT_EQ(N("Tue, 10 Jun 2003 04:00:00 -0400"), "2003-06-10T08:00:00Z");
  EXPECT_EQ(N("Tue, 10 Jun 2003 04:00:00 +0530"), "2003-06-09T22:30:00Z");
}

TEST(FeedDatesTest, Rfc822SloppyVariants) {
  EXPECT_EQ(N("10 Jun 2003 04:00:00 GMT"), "2003-06-10T04:00:00Z");        // no weekday
  EXPECT_EQ(N("Fri, 10 Jun 2003 04:00:00 GMT"), "2003-06-10T04:00:00Z");   // wrong weekday
  EXPECT_EQ(N("Tue, 10 Jun 03 04:00:00 GMT"), "2003-06-10T04:00:00Z");     // 2-digit year
  EXPECT_EQ(N("Thu, 01 Jan 70 00:00:00 GMT"), "1970-01-01T00:00:00Z");     // 50..99 -> 19xx
  EXPECT_EQ(N("Sun, 5 Jan 2003 04:00:00 GMT"), "2003-01-05T04:00:00Z");    // single-digit day
  EXPECT_EQ(N("Tue, 10 June 2003 04:00:00 GMT"), "2003-06-10T04:00:00Z");  // full month name
  EXPECT_EQ(N("Tuesday, 10 June 2003 04:00 GMT"), "2003-06-10T04:00:00Z"); // no seconds
  EXPECT_EQ(N("Tue, 10 Jun 2003 04:00:00"), "2003-06-10T04:00:00Z");       // no zone: UTC
  EXPECT_EQ(N("  Tue,  10   Jun  2003   04:00:00   GMT  "), "2003-06-10T04:00:00Z");
  EXPECT_EQ(N("Tue, 10 Jun 2003"), "2003-06-10T00:00:00Z");                // no time
  EXPECT_EQ(N("Tue, 10-Jun-2003 04:00:00 GMT"), "2003-06-10T04:00:00Z");   // dashes
  EXPECT_EQ(N("Tue, 10 Jun 2003 04:00:00 +0000 (GMT)"), "2003-06-10T04:00:00Z");
  EXPECT_EQ(N("Tue, 10 Jun 2003 04:00:00 -04:00"), "2003-06-10T08:00:00Z");
  EXPECT_EQ(N("Tue, 10 Jun 2003 04:00:00 GMT+2"), "2003-06-10T02:00:00Z");
}

TEST(FeedDatesTest, NamedAndMilitaryZones) {
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 EST"), "2006-12-31T14:53:42Z");
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 EDT"), "2006-12-31T13:53:42Z");
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 CST"), "2006-12-31T15:53:42Z");
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 PST"), "2006-12-31T17:53:42Z");
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 PDT"), "2006-12-31T16:53:42Z");
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 UT"), "2006-12-31T09:53:42Z");
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 Z"), "2006-12-31T09:53:42Z");
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 CET"), "2006-12-31T08:53:42Z");
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 A"), "2006-12-31T10:53:42Z");  // RFC 822: A is -1
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 N"), "2006-12-31T08:53:42Z");  // N is +1
  EXPECT_EQ(N("Sun, 31 Dec 2006 09:53:42 XYZT"), "2006-12-31T09:53:42Z");  // unknown: UTC
}

TEST(FeedDatesTest, W3cdtfPrecisions) {
  EXPECT_EQ(N("2003"), "2003-01-01T00:00:00Z");
  EXPECT_EQ(N("2003-12"), "2003-12-01T00:00:00Z");
  EXPECT_EQ(N("2003-12-31"), "2003-12-31T00:00:00Z");
  EXPECT_EQ(N("2003-12-31T10:14Z"), "2003-12-31T10:14:00Z");
  EXPECT_EQ(N("2003-12-31T10:14:55Z"), "2003-12-31T10:14:55Z");
  EXPECT_EQ(N("2003-12-31T10:14:55.25Z"), "2003-12-31T10:14:55Z");
  EXPECT_EQ(N("2003-12-31T10:14:55-08:00"), "2003-12-31T18:14:55Z");
  EXPECT_EQ(N("2003-12-31T10:14:55+0100"), "2003-12-31T09:14:55Z");
  EXPECT_EQ(N("2003-12-31T23:14:55-05:00"), "2004-01-01T04:14:55Z");  // crosses the year
  EXPECT_EQ(N("2003-12-31T10:14:55"), "2003-12-31T10:14:55Z");        // no zone: UTC
}

TEST(FeedDatesTest, Iso8601Variants) {
  EXPECT_EQ(N("2003-12-31 10:14:55"), "2003-12-31T10:14:55Z");
  EXPECT_EQ(N("2004-07-08 23:56:58.7"), "2004-07-08T23:56:58Z");
  EXPECT_EQ(N("20031231"), "2003-12-31T00:00:00Z");
  EXPECT_EQ(N("20031231T101455Z"), "2003-12-31T10:14:55Z");
  EXPECT_EQ(N("2003-335"), "2003-12-01T00:00:00Z");  // ordinal
  EXPECT_EQ(N("2003-12-31t10:14:55z"), "2003-12-31T10:14:55Z");
  EXPECT_EQ(N("2003-12-31 10:14:55 EST"), "2003-12-31T15:14:55Z");
  EXPECT_EQ(N("2003-12-31T24:00:00Z"), "2004-01-01T00:00:00Z");
}

TEST(FeedDatesTest, OtherCommonForms) {
  EXPECT_EQ(N("Sun Jan  4 16:29:06 2004"), "2004-01-04T16:29:06Z");  // asctime
  EXPECT_EQ(N("Sun Jan  4 16:29:06 PST 2004"), "2004-01-05T00:29:06Z");
  EXPECT_EQ(N("January 4, 2004 4:29 PM EST"), "2004-01-04T21:29:00Z");
  EXPECT_EQ(N("January 4th, 2004"), "2004-01-04T00:00:00Z");
  EXPECT_EQ(N("2004/01/04 16:29:06 -0500"), "2004-01-04T21:29:06Z");
  EXPECT_EQ(N("Fri, 2006/09/15 08:19:53 EDT"), "2006-09-15T12:19:53Z");
  EXPECT_EQ(N("04 January 2004"), "2004-01-04T00:00:00Z");
  EXPECT_EQ(N("12/25/2004 10:00 AM"), "2004-12-25T10:00:00Z");
  EXPECT_EQ(N("25.12.2004"), "2004-12-25T00:00:00Z");
  EXPECT_EQ(N("12:30 AM, January 4, 2004"), "2004-01-04T00:30:00Z");
}

TEST(FeedDatesTest, LeapDaysAndLeapSeconds) {
  EXPECT_EQ(N("2004-02-29T12:00:00Z"), "2004-02-29T12:00:00Z");
  EXPECT_EQ(N("2003-02-29T12:00:00Z"), "");
  EXPECT_EQ(N("2005-12-31T23:59:60Z"), "2005-12-31T23:59:59Z");
}

TEST(FeedDatesTest, NotDatesAreEmpty) {
  EXPECT_EQ(N(""), "");
  EXPECT_EQ(N("   "), "");
  EXPECT_EQ(N("yesterday"), "");
  EXPECT_EQ(N("Tue, 10 Foo 2003 04:00:00 GMT"), "");
  EXPECT_EQ(N("2003-13-01"), "");
  EXPECT_EQ(N("2003-12-32"), "");
  EXPECT_EQ(N("2003-12-31T25:00:00Z"), "");
  EXPECT_EQ(N("2003-12-31T10:61:00Z"), "");
  EXPECT_EQ(N("Tue, 10 Jun 2003 04:00:00 +9999"), "");
  EXPECT_EQ(N("10 Jun"), "");
  EXPECT_EQ(N("Jun 2003 Jul"), "");
  EXPECT_EQ(N("13:00 PM, January 4, 2004"), "");
}

TEST(FeedDatesTest, ParseGivesSecondsAndLeavesThemOnFailure) {
  int64_t s = 42;
  EXPECT_TRUE(ParseFeedDate("1970-01-02T00:00:01Z", &s));
  EXPECT_EQ(s, 86401);
  EXPECT_FALSE(ParseFeedDate("nonsense", &s));
  EXPECT_EQ(s, 86401);
  EXPECT_TRUE(ParseFeedDate("1969-12-31T23:59:59Z", &s));
  EXPECT_EQ(s, -1);
  EXPECT_EQ(FormatIsoUtc(-1), "1969-12-31T23:59:59Z");
}

}  // namespace
}  // namespace tidings::fetch
