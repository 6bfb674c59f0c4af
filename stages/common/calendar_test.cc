#include "tidings/calendar.h"

#include <gtest/gtest.h>

namespace tidings {
namespace {

TEST(CalendarTest, MonthNamesFullAbbreviatedAnyCase) {
  EXPECT_EQ(MonthFromName("January"), 1);
  EXPECT_EQ(MonthFromName("jan"), 1);
  EXPECT_EQ(MonthFromName("DEC"), 12);
  EXPECT_EQ(MonthFromName("Sept"), 9);
  EXPECT_EQ(MonthFromName("september"), 9);
  EXPECT_EQ(MonthFromName("May"), 5);
}

TEST(CalendarTest, NonMonthsAreZero) {
  EXPECT_EQ(MonthFromName("Ja"), 0);
  EXPECT_EQ(MonthFromName("Janu"), 0);
  EXPECT_EQ(MonthFromName("Mayday"), 0);
  EXPECT_EQ(MonthFromName(""), 0);
}

TEST(CalendarTest, WeekdayNames) {
  EXPECT_EQ(WeekdayFromName("Mon"), 0);
  EXPECT_EQ(WeekdayFromName("tuesday"), 1);
  EXPECT_EQ(WeekdayFromName("Thurs"), 3);
  EXPECT_EQ(WeekdayFromName("SUN"), 6);
  EXPECT_EQ(WeekdayFromName("Month"), -1);
  EXPECT_EQ(WeekdayFromName("Mo"), -1);
}

TEST(CalendarTest, DaysInMonthKnowsLeapYears) {
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 4), 30);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
}

TEST(CalendarTest, DaysFromCivilRoundTrips) {
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
  EXPECT_EQ(DaysFromCivil(2000, 3, 1), 11017);
  EXPECT_EQ(DaysFromCivil(1969, 12, 31), -1);
  for (int64_t d = -800000; d < 800000; d += 997) {
    CivilDate c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), d);
  }
}

}  // namespace
}  // namespace tidings
