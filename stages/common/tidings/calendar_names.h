// English month and weekday names: the one table behind every date reader in tidings (the
// cleaner's published dates, the coder's event dates, its sentence splitter's abbreviations
// and its word classes), so that they cannot disagree about which names exist.
#pragma once

#include <array>
#include <string_view>

namespace tidings {

inline constexpr std::array<std::string_view, 12> kMonthNames = {
    "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE",
    "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
// Three-letter abbreviations; "SEPT" is also read as September.
inline constexpr std::array<std::string_view, 12> kMonthAbbreviations = {
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
inline constexpr std::string_view kSeptemberLongAbbreviation = "SEPT";
inline constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};

// 1-12 for an upper-case month name or abbreviation ("MARCH", "MAR", "SEPT"), else 0.
constexpr int MonthOf(std::string_view upper) {
  if (upper.size() < 3 || upper.size() > 9) return 0;  // most words end here
  for (int i = 0; i < 12; ++i) {
    if (upper == kMonthNames[i] || upper == kMonthAbbreviations[i]) return i + 1;
  }
  return upper == kSeptemberLongAbbreviation ? 9 : 0;
}

// 0 (Monday) to 6 (Sunday) for an upper-case weekday name, else -1.
constexpr int WeekdayOf(std::string_view upper) {
  if (upper.size() < 6 || upper.size() > 9) return -1;
  for (int i = 0; i < 7; ++i) {
    if (upper == kWeekdayNames[i]) return i;
  }
  return -1;
}

}  // namespace tidings
