// English month and weekday names and proleptic Gregorian day arithmetic, shared by every date
// reader (pages, feeds, sentences) so that the name tables live in one place.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace tidings {

// The names themselves, upper case, for readers that list them (the coder's word classes).
// Abbreviations are the first three letters, and "SEPT".
inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
    "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
inline constexpr std::string_view kSeptemberLongAbbreviation = "SEPT";
inline constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};

// 1..12 for an English month name, case-insensitive: the full name ("January"), its
// three-letter abbreviation ("Jan") or "Sept"; 0 for anything else (a trailing '.' is the
// caller's to strip). Thread-safe.
int MonthFromName(std::string_view word);

// 0 (Monday) .. 6 (Sunday) for an English weekday name, case-insensitive: the full name
// ("Tuesday"), its three-letter abbreviation ("Tue") or the common longer ones ("Tues",
// "Thur", "Thurs", "Weds"); -1 for anything else. Thread-safe.
int WeekdayFromName(std::string_view word);

// Days in month `month` (1..12) of `year`, leap years included.
int DaysInMonth(int year, int month);

// Days since 1970-01-01 of a proleptic Gregorian date (month 1..12, day 1..31); negative
// before 1970. Howard Hinnant's civil calendar algorithm.
int64_t DaysFromCivil(int year, int month, int day);

struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;
};
// Inverse of DaysFromCivil.
CivilDate CivilFromDays(int64_t days);

}  // namespace tidings
