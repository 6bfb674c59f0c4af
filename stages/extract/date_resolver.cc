#include "extract/date_resolver.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "tidings/calendar.h"

namespace tidings::extract {
namespace {

// Days since 1970-01-01 (Howard Hinnant's civil calendar algorithms).
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}
CalendarDate CivilFromDays(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return CalendarDate{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

// Tokens arrive upper-cased; the names themselves live in tidings/calendar.h.
int MonthOf(std::string_view w) { return MonthFromName(w); }

// Full weekday names only: "MON" or "SUN" alone are too often not dates.
int WeekdayOf(std::string_view w) { return w.size() >= 6 ? WeekdayFromName(w) : -1; }

int NumberOf(const Token& t) {
  if (!t.is_number || t.upper.size() > 4) return -1;
  int n = 0;
  for (char c : t.upper) n = n * 10 + (c - '0');  // is_number: digits only, at most four
  return n;
}

// "17TH", "1ST" -> day number.
int OrdinalDay(const Token& t) {
  int n = NumberOf(t);
  if (n > 0) return n <= 31 ? n : -1;
  std::string_view u = t.upper;
  if (u.size() >= 3 && u.size() <= 4 && std::isdigit(static_cast<unsigned char>(u[0]))) {
    std::string_view suffix = u.substr(u.size() - 2);
    if (suffix == "ST" || suffix == "ND" || suffix == "RD" || suffix == "TH") {
      int d = 0;  // the leading digits, as atoi reads them
      for (char c : u.substr(0, u.size() - 2)) {
        if (c < '0' || c > '9') break;
        d = d * 10 + (c - '0');
      }
      if (d >= 1 && d <= 31) return d;
    }
  }
  return -1;
}

bool IsYear(int n) { return n >= 1900 && n <= 2100; }

}  // namespace

std::string CalendarDate::Iso() const {
  // Hand-formatted: snprintf's format parsing showed in the coder's profile (one date per event).
  if (year < 0 || year > 9999 || month < 0 || month > 99 || day < 0 || day > 99) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
  }
  std::string out(10, '-');
  out[0] = static_cast<char>('0' + year / 1000);
  out[1] = static_cast<char>('0' + year / 100 % 10);
  out[2] = static_cast<char>('0' + year / 10 % 10);
  out[3] = static_cast<char>('0' + year % 10);
  out[5] = static_cast<char>('0' + month / 10);
  out[6] = static_cast<char>('0' + month % 10);
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

bool ParseDate(std::string_view text, CalendarDate* out) {
  auto digits = [&](size_t pos, size_t n, int* v) {
    if (pos + n > text.size()) return false;
    int x = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
      x = x * 10 + (text[i] - '0');
    }
    *v = x;
    return true;
  };
  CalendarDate d;
  if (digits(0, 4, &d.year) && text.size() >= 10 && text[4] == '-' && digits(5, 2, &d.month) && text[7] == '-' &&
      digits(8, 2, &d.day)) {
  } else if (text.size() >= 8 && digits(0, 4, &d.year) && digits(4, 2, &d.month) && digits(6, 2, &d.day)) {
  } else {
    return false;
  }
  if (!d.valid()) return false;
  *out = d;
  return true;
}

CalendarDate AddDays(CalendarDate d, int days) { return CivilFromDays(DaysFromCivil(d.year, d.month, d.day) + days); }

int Weekday(CalendarDate d) {
  long z = DaysFromCivil(d.year, d.month, d.day);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((z % 7) + 7 + 3) % 7);
}

std::vector<DateMention> FindDates(const std::vector<Token>& tk, CalendarDate article) {
  std::vector<DateMention> out;
  if (!article.valid()) return out;
  auto word = [&](size_t i) -> std::string_view { return i < tk.size() ? std::string_view(tk[i].upper) : std::string_view(); };
  // A day and month without a year: the article's year, or the year before when that would
  // put the date more than a month after the article.
  auto infer_year = [&](int month, int day) {
    CalendarDate d{article.year, month, day};
    long diff = DaysFromCivil(d.year, d.month, d.day) - DaysFromCivil(article.year, article.month, article.day);
    if (diff > 31) d.year -= 1;
    return d;
  };
  for (size_t i = 0; i < tk.size(); ++i) {
    std::string_view w = tk[i].upper;
    // Month and day names are capitalised in news text; skip the name tables otherwise.
    // (The first-letter test keeps the string compares below off most lower-case words.)
    if (!tk[i].capitalized && !tk[i].is_number &&
        (w.empty() || (w[0] != 'Y' && w[0] != 'T' && w[0] != 'L' && w[0] != 'S')))
      continue;
    if (!tk[i].capitalized && !tk[i].is_number && w != "YESTERDAY" && w != "TODAY" && w != "TONIGHT" &&
        w != "TOMORROW" && w != "LAST" && !(w.size() == 4 && w[0] == 'S' && w == "SEPT"))
      continue;
    int month = tk[i].capitalized ? MonthOf(w) : 0;
    // "May" is also a verb: only take it as a month next to a number.
    if (month > 0 && tk[i].capitalized) {
      size_t j = i + 1;
      if (j < tk.size() && tk[j].upper == ".") ++j;
      int day = j < tk.size() ? OrdinalDay(tk[j]) : -1;
      size_t begin = i, end = i + 1;
      CalendarDate d;
      bool found = false;
      if (day > 0 && !(NumberOf(tk[j]) >= 1000)) {
        end = j + 1;
        size_t k = end;
        if (word(k) == ",") ++k;
        int year = k < tk.size() ? NumberOf(tk[k]) : -1;
        if (IsYear(year)) {
          d = CalendarDate{year, month, day};
          end = k + 1;
        } else if (word(end) == "LAST" && word(end + 1) == "YEAR") {
          d = CalendarDate{article.year - 1, month, day};
          end += 2;
        } else {
          d = infer_year(month, day);
        }
        found = true;
      } else if (i > 0 && OrdinalDay(tk[i - 1]) > 0) {
        // "8 November [2020 | last year]"
        begin = i - 1;
        day = OrdinalDay(tk[i - 1]);
        size_t k = i + 1;
        if (word(k) == ",") ++k;
        int year = k < tk.size() ? NumberOf(tk[k]) : -1;
        if (IsYear(year)) {
          d = CalendarDate{year, month, day};
          end = k + 1;
        } else if (word(i + 1) == "LAST" && word(i + 2) == "YEAR") {
          d = CalendarDate{article.year - 1, month, day};
          end = i + 3;
        } else {
          d = infer_year(month, day);
        }
        found = true;
      } else if (month != 5 || (i > 0 && (word(i - 1) == "IN" || word(i - 1) == "SINCE"))) {
        // "in November [2020]": the first of the month.
        size_t k = i + 1;
        if (word(k) == ",") ++k;
        int year = k < tk.size() ? NumberOf(tk[k]) : -1;
        if (IsYear(year)) {
          d = CalendarDate{year, month, 1};
          end = k + 1;
          found = true;
        } else if (i > 0 && (word(i - 1) == "IN" || word(i - 1) == "LAST" || word(i - 1) == "SINCE")) {
          d = infer_year(month, 1);
          if (word(i - 1) == "LAST" && d.Packed() >= article.Packed()) d.year -= 1;
          found = true;
        }
      }
      if (found && d.valid()) {
        out.push_back(DateMention{begin, end, d});
        i = end - 1;
      }
      continue;
    }
    int wd = tk[i].capitalized && w.size() >= 6 ? WeekdayOf(w) : -1;
    if (wd >= 0) {
      // The most recent such day on or before the article's date ("next Saturday" looks ahead).
      int delta = (Weekday(article) - wd + 7) % 7;
      int ahead = (wd - Weekday(article) + 7) % 7;
      CalendarDate d = (i > 0 && word(i - 1) == "NEXT") ? AddDays(article, ahead == 0 ? 7 : ahead)
                                                        : AddDays(article, -delta);
      out.push_back(DateMention{i, i + 1, d});
      continue;
    }
    if (w == "YESTERDAY") {
      out.push_back(DateMention{i, i + 1, AddDays(article, -1)});
      continue;
    }
    if (w == "TODAY" || w == "TONIGHT") {
      out.push_back(DateMention{i, i + 1, article});
      continue;
    }
    if (w == "TOMORROW") {
      out.push_back(DateMention{i, i + 1, AddDays(article, 1)});
      continue;
    }
    if (w == "LAST" && i + 1 < tk.size()) {
      std::string_view n = tk[i + 1].upper;
      if (n == "YEAR") out.push_back(DateMention{i, i + 2, CalendarDate{article.year - 1, 1, 1}});
      else if (n == "MONTH") {
        CalendarDate d{article.year, article.month - 1, 1};
        if (d.month == 0) d = CalendarDate{article.year - 1, 12, 1};
        out.push_back(DateMention{i, i + 2, d});
      } else if (n == "WEEK") {
        out.push_back(DateMention{i, i + 2, AddDays(article, -7)});
      }
      continue;
    }
    // "in 1992", "since 2014", "in early 2020"
    int year = NumberOf(tk[i]);
    if (IsYear(year) && i > 0) {
      std::string_view p = tk[i - 1].upper;
      std::string_view pp = i > 1 ? std::string_view(tk[i - 2].upper) : p;
      bool intro = p == "IN" || p == "SINCE" || p == "DURING" || p == "UNTIL" ||
                   ((p == "EARLY" || p == "LATE" || p == "MID") && (pp == "IN" || pp == "SINCE"));
      if (intro) out.push_back(DateMention{i, i + 1, CalendarDate{year, 1, 1}});
    }
  }
  // "held in Bamako since July, and they landed ... late on Saturday": a date after "since"
  // starts a state, and dates another act only when nothing else does (NearestDate).
  for (DateMention& dm : out) {
    size_t b = dm.begin;
    if (b > 0 && (word(b - 1) == "EARLY" || word(b - 1) == "LATE" || word(b - 1) == "MID")) --b;
    dm.since = b > 0 && word(b - 1) == "SINCE";
  }
  return out;
}

const DateMention* NearestDate(const std::vector<DateMention>& dates, size_t verb, const std::vector<int>& verb_at) {
  const DateMention* best = nullptr;
  size_t best_dist = static_cast<size_t>(-1);
  for (const DateMention& dm : dates) {
    size_t lo = std::min(dm.begin, verb), hi = std::max(dm.end, verb);
    bool other_verb = false;
    for (size_t k = lo + 1; k < hi && !other_verb; ++k) other_verb = verb_at[k] >= 0 && k != verb;
    if (other_verb) continue;
    size_t dist = (dm.begin > verb ? dm.begin - verb : verb - dm.end + 1) + (dm.since ? 1000 : 0);
    if (dist < best_dist) {
      best_dist = dist;
      best = &dm;
    }
  }
  return best;
}

}  // namespace tidings::extract
