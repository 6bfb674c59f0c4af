#include "tidings/calendar.h"

#include <array>

namespace tidings {
namespace {

// ASCII case-insensitive equality of `word` with the upper-case `name`.
bool EqualsUpper(std::string_view word, std::string_view name) {
  if (word.size() != name.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char c = word[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != name[i]) return false;
  }
  return true;
}

}  // namespace

int MonthFromName(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return 0;
  for (size_t i = 0; i < kMonthNames.size(); ++i) {
    if (EqualsUpper(word, kMonthNames[i]) || EqualsUpper(word, kMonthNames[i].substr(0, 3))) {
      return static_cast<int>(i) + 1;
    }
  }
  return EqualsUpper(word, kSeptemberLongAbbreviation) ? 9 : 0;
}

int WeekdayFromName(std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return -1;
  for (size_t i = 0; i < kWeekdayNames.size(); ++i) {
    if (EqualsUpper(word, kWeekdayNames[i]) || EqualsUpper(word, kWeekdayNames[i].substr(0, 3))) {
      return static_cast<int>(i);
    }
  }
  if (EqualsUpper(word, "TUES")) return 1;
  if (EqualsUpper(word, "WEDS")) return 2;
  if (EqualsUpper(word, "THUR") || EqualsUpper(word, "THURS")) return 3;
  return -1;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

int64_t DaysFromCivil(int year, int month, int day) {
  int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  CivilDate out;
  out.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.year = static_cast<int>(yoe + era * 400 + (out.month <= 2 ? 1 : 0));
  return out;
}

}  // namespace tidings
