#include "store/utc_time.h"

#include <fmt/format.h>
#include <time.h>

#include <cstdio>

namespace tidings::store {

namespace {

struct tm UtcParts(int64_t unix_ms) {
  // Floor division, so that times before 1970 round down too.
  time_t seconds = static_cast<time_t>(unix_ms >= 0 ? unix_ms / 1000 : -((-unix_ms + 999) / 1000));
  struct tm t = {};
  gmtime_r(&seconds, &t);
  return t;
}

}  // namespace

Status ParseUtcTime(const std::string& text, int64_t* unix_ms, bool* date_only) {
  const Status bad = Status::InvalidInput(
      "'" + text + "' is not a UTC time: use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]");
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, consumed = 0;
  if (std::sscanf(text.c_str(), "%4d-%2d-%2d%n", &y, &mo, &d, &consumed) != 3 || consumed != 10) return bad;
  std::string rest = text.substr(10);
  int64_t offset_s = 0;
  if (!rest.empty()) {
    if (rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ') return bad;
    int n = 0;
    if (std::sscanf(rest.c_str() + 1, "%2d:%2d%n", &h, &mi, &n) != 2 || n != 5) return bad;
    size_t pos = 1 + 5;
    if (pos < rest.size() && rest[pos] == ':') {
      int m = 0;
      if (std::sscanf(rest.c_str() + pos + 1, "%2d%n", &s, &m) != 1 || m != 2) return bad;
      pos += 3;
    }
    std::string zone = rest.substr(pos);
    if (zone == "Z" || zone == "z" || zone.empty()) {
      offset_s = 0;
    } else if ((zone[0] == '+' || zone[0] == '-') && zone.size() == 6 && zone[3] == ':') {
      int zh = 0, zm = 0, m = 0;
      if (std::sscanf(zone.c_str() + 1, "%2d:%2d%n", &zh, &zm, &m) != 2 || m != 5 || zh > 23 || zm > 59) return bad;
      offset_s = (zh * 3600 + zm * 60) * (zone[0] == '+' ? 1 : -1);
    } else {
      return bad;
    }
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60 || y < 1970) return bad;
  struct tm t = {};
  t.tm_year = y - 1900;
  t.tm_mon = mo - 1;
  t.tm_mday = d;
  t.tm_hour = h;
  t.tm_min = mi;
  t.tm_sec = s;
  const time_t utc = timegm(&t);
  if (t.tm_mday != d) return bad;  // timegm normalised an impossible date (Feb 30)
  *unix_ms = (static_cast<int64_t>(utc) - offset_s) * 1000;
  if (date_only != nullptr) *date_only = rest.empty();
  return Status::Ok();
}

std::string FormatUnixMillis(int64_t unix_ms) {
  struct tm t = UtcParts(unix_ms);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour,
                     t.tm_min, t.tm_sec);
}

std::string CompactDate(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return "";
  std::string out = d.substr(0, 4) + d.substr(5, 2) + d.substr(8, 2);
  for (char c : out) {
    if (c < '0' || c > '9') return "";
  }
  return out;
}

std::string CompactUtc(int64_t unix_ms) {
  struct tm t = UtcParts(unix_ms);
  return fmt::format("{:04}{:02}{:02}{:02}{:02}{:02}", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour,
                     t.tm_min, t.tm_sec);
}

}  // namespace tidings::store
