#include "clean/date_parser.h"

#include <cctype>
#include <cstdio>
#include <ctime>

#include "clean/text_util.h"
#include "tidings/calendar.h"

namespace tidings::clean {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads exactly n digits at s[*i].
bool ReadDigits(std::string_view s, size_t* i, int n, int* value) {
  if (*i + n > s.size()) return false;
  int v = 0;
  for (int k = 0; k < n; ++k) {
    char c = s[*i + k];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *value = v;
  *i += n;
  return true;
}

// Reads 1..max digits.
bool ReadNumber(std::string_view s, size_t* i, int max, int* value) {
  int v = 0, n = 0;
  while (*i < s.size() && IsDigit(s[*i]) && n < max) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  if (n == 0 || (*i < s.size() && IsDigit(s[*i]))) return false;
  *value = v;
  return true;
}

int DaysInMonth(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return d[m - 1];
}

bool Valid(int y, int m, int d) { return y >= 1970 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m); }

std::string Format(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Month name (English, full or 3-letter abbreviation, optional '.') at s[*i].
int ReadMonthName(std::string_view s, size_t* i) {
  size_t j = *i;
  while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
  const int month = MonthFromName(s.substr(*i, j - *i));
  if (month == 0) return 0;
  if (j < s.size() && s[j] == '.') ++j;
  *i = j;
  return month;
}

void SkipSpaces(std::string_view s, size_t* i) {
  while (*i < s.size() && (s[*i] == ' ' || s[*i] == '\t' || s[*i] == ',')) ++*i;
}

// Optional time and zone after a date: "T10:00:00.000+00:00", " 10:00", " 5:00 PM", " GMT".
std::string ReadTime(std::string_view s, size_t i) {
  if (i < s.size() && (s[i] == 'T' || s[i] == ' ')) ++i;
  else if (i >= s.size() || !IsDigit(s[i])) return "";
  SkipSpaces(s, &i);
  int hh, mm, ss = 0;
  if (!ReadNumber(s, &i, 2, &hh) || i >= s.size() || s[i] != ':') return "";
  ++i;
  if (!ReadDigits(s, &i, 2, &mm)) return "";
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!ReadDigits(s, &i, 2, &ss)) return "";
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && IsDigit(s[i])) ++i;
    }
  }
  size_t k = i;
  SkipSpaces(s, &k);
  if (k + 1 < s.size() && (IStartsWith(s.substr(k), "pm") || IStartsWith(s.substr(k), "p.m"))) {
    if (hh < 12) hh += 12;
    i = k + 2;
  } else if (k + 1 < s.size() && (IStartsWith(s.substr(k), "am") || IStartsWith(s.substr(k), "a.m"))) {
    if (hh == 12) hh = 0;
    i = k + 2;
  }
  if (hh > 23 || mm > 59 || ss > 60) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d:%02d", hh, mm, ss);
  std::string out = buf;
  // zone
  size_t z = i;
  while (z < s.size() && s[z] == ' ') ++z;
  if (z < s.size() && (s[z] == 'Z' || IStartsWith(s.substr(z), "GMT") || IStartsWith(s.substr(z), "UTC"))) {
    size_t after = z + (s[z] == 'Z' ? 1 : 3);
    if (after < s.size() && (s[after] == '+' || s[after] == '-')) {
      z = after;
    } else {
      return out + "Z";
    }
  }
  if (z < s.size() && (s[z] == '+' || s[z] == '-')) {
    char sign = s[z++];
    int zh, zm = 0;
    if (!ReadDigits(s, &z, 2, &zh)) return out;
    if (z < s.size() && s[z] == ':') ++z;
    ReadDigits(s, &z, 2, &zm);
    if (zh > 14 || zm > 59) return out;
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, zh, zm);
    return out + (zh == 0 && zm == 0 ? std::string("Z") : std::string(buf));
  }
  return out;
}

// Parses a date at the start of s. Returns "" when s does not start with one.
std::string ParseAt(std::string_view s, bool allow_epoch) {
  size_t i = 0;
  int y, m, d;
  // ISO / numeric: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYYMMDD
  if (ReadDigits(s, &i, 4, &y)) {
    if (i < s.size() && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
      char sep = s[i++];
      if (!ReadNumber(s, &i, 2, &m) || i >= s.size() || s[i] != sep) return "";
      ++i;
      if (!ReadNumber(s, &i, 2, &d)) return "";
      if (!Valid(y, m, d)) return "";
      return Format(y, m, d) + ReadTime(s, i);
    }
    if (ReadDigits(s, &i, 4, &d)) {
      m = d / 100;
      d = d % 100;
      if (i < s.size() && IsDigit(s[i])) {
        // epoch?
        i = 0;
      } else if (Valid(y, m, d)) {
        return Format(y, m, d);
      }
    }
    i = 0;
    if (allow_epoch) {
      size_t n = 0;
      while (n < s.size() && IsDigit(s[n])) ++n;
      if ((n == 10 || n == 13) && (n == s.size() || !std::isalnum(static_cast<unsigned char>(s[n])))) {
        long long v = std::stoll(std::string(s.substr(0, n)));
        if (n == 13) v /= 1000;
        std::time_t t = static_cast<std::time_t>(v);
        std::tm tm{};
        gmtime_r(&t, &tm);
        if (!Valid(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday)) return "";
        char buf[64];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                      tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
        return buf;
      }
    }
    return "";
  }
  // Optional weekday: "Tue, " / "Tuesday, "
  {
    size_t j = 0;
    while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
    if (j >= 3) {
      if (WeekdayFromName(s.substr(0, 3)) >= 0) {
        size_t k = j;
        if (k < s.size() && s[k] == '.') ++k;
        SkipSpaces(s, &k);
        return ParseAt(s.substr(k), false);
      }
    }
  }
  // "19 November 2019", "19 Nov. 2019"
  if (ReadNumber(s, &i, 2, &d)) {
    size_t k = i;
    if (k < s.size() && s[k] == '.') ++k;
    SkipSpaces(s, &k);
    if (k < s.size() && s.substr(k, 3) == "de ") k += 3;  // "19 de noviembre" not supported; keep English
    m = ReadMonthName(s, &k);
    if (m == 0) return "";
    SkipSpaces(s, &k);
    if (!ReadDigits(s, &k, 4, &y) || !Valid(y, m, d)) return "";
    return Format(y, m, d) + ReadTime(s, k);
  }
  // "November 19, 2019", "Nov. 19 2019"
  m = ReadMonthName(s, &i);
  if (m == 0) return "";
  SkipSpaces(s, &i);
  if (!ReadNumber(s, &i, 2, &d)) return "";
  if (i + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[i])) &&
      std::isalpha(static_cast<unsigned char>(s[i + 1])))
    i += 2;  // 1st, 2nd, 19th
  SkipSpaces(s, &i);
  if (!ReadDigits(s, &i, 4, &y) || !Valid(y, m, d)) return "";
  size_t k = i;
  SkipSpaces(s, &k);
  if (k < s.size() && (s[k] == '|' || s[k] == '-' || s[k] == '@' || IStartsWith(s.substr(k), "at "))) {
    k += s[k] == 'a' || s[k] == 'A' ? 3 : 1;
  }
  SkipSpaces(s, &k);
  return Format(y, m, d) + ReadTime(s, k);
}

}  // namespace

std::string NormalizeDate(std::string_view text) {
  std::string_view s = Trim(text);
  if (s.empty() || s.size() > 200) return "";
  return ParseAt(s, true);
}

std::string DateFromUrl(std::string_view url) {
  // Skip scheme and host.
  size_t start = url.find("://");
  start = start == std::string_view::npos ? 0 : url.find('/', start + 3);
  if (start == std::string_view::npos) return "";
  std::string_view path = url.substr(start);
  for (size_t i = 0; i + 8 <= path.size(); ++i) {
    if (path[i] != '/' && path[i] != '-' && path[i] != '_') continue;
    size_t j = i + 1;
    int y, m, d;
    if (!ReadDigits(path, &j, 4, &y) || y < 1990 || y > 2100) continue;
    size_t k = j;
    if (k < path.size() && (path[k] == '/' || path[k] == '-' || path[k] == '_')) {
      char sep = path[k++];
      if (!ReadNumber(path, &k, 2, &m) || k >= path.size() || path[k] != sep) continue;
      ++k;
      if (!ReadNumber(path, &k, 2, &d)) continue;
      if (Valid(y, m, d)) return Format(y, m, d);
    } else if (ReadDigits(path, &k, 4, &d)) {
      m = d / 100;
      d %= 100;
      if ((k == path.size() || !IsDigit(path[k])) && Valid(y, m, d)) return Format(y, m, d);
    }
  }
  return "";
}

std::string FindDateInText(std::string_view text, size_t max_bytes) {
  std::string_view s = text.substr(0, max_bytes);
  for (size_t i = 0; i < s.size(); ++i) {
    bool boundary = i == 0 || !std::isalnum(static_cast<unsigned char>(s[i - 1]));
    if (!boundary || !std::isalnum(static_cast<unsigned char>(s[i]))) continue;
    std::string d = ParseAt(text.substr(i, 80), false);
    if (!d.empty()) return d.substr(0, 10);
  }
  return "";
}

}  // namespace tidings::clean
