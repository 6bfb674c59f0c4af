#include "fetch/feed_dates.h"

#include <array>
#include <cstdio>
#include <vector>

#include "tidings/calendar.h"

namespace tidings::fetch {
namespace {

constexpr int kUnset = -1;

// What a date string said, before validation. Offsets are minutes east of UTC.
struct DateParts {
  int year = kUnset;
  int month = kUnset;
  int day = kUnset;
  int hour = kUnset;
  int minute = 0;
  int second = 0;
  int offset_minutes = 0;
  bool has_zone = false;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Reads 1..max_digits digits at s[*i]; returns the count read (0: none).
int ReadDigits(std::string_view s, size_t* i, int max_digits, int* value) {
  int v = 0, n = 0;
  while (*i < s.size() && n < max_digits && IsDigit(s[*i])) {
    v = v * 10 + (s[*i] - '0');
    ++*i;
    ++n;
  }
  if (n > 0) *value = v;
  return n;
}

// Reads exactly n digits.
bool ReadFixed(std::string_view s, size_t* i, int n, int* value) {
  size_t j = *i;
  int v = 0;
  if (ReadDigits(s, &j, n, &v) != n) return false;
  *i = j;
  *value = v;
  return true;
}

void SkipSpaces(std::string_view s, size_t* i) {
  while (*i < s.size() && IsSpace(s[*i])) ++*i;
}

struct NamedZone {
  std::string_view name;
  int offset_minutes;
};

// Zone abbreviations seen in feeds. North American ones as RFC 822 defines them; "IST" is
// India (the zone news feeds mean by it far more often than Irish or Israel time).
constexpr std::array<NamedZone, 48> kZones = {{
    {"ut", 0},      {"utc", 0},     {"gmt", 0},     {"z", 0},       {"wet", 0},
    {"est", -300},  {"edt", -240},  {"cst", -360},  {"cdt", -300},  {"mst", -420},
    {"mdt", -360},  {"pst", -480},  {"pdt", -420},  {"et", -300},   {"ct", -360},
    {"mt", -420},   {"pt", -480},   {"akst", -540}, {"akdt", -480}, {"hst", -600},
    {"ast", -240},  {"adt", -180},  {"nst", -210},  {"ndt", -150},  {"bst", 60},
    {"cet", 60},    {"met", 60},    {"west", 60},   {"wat", 60},    {"cest", 120},
    {"mest", 120},  {"eet", 120},   {"cat", 120},   {"sast", 120},  {"eest", 180},
    {"msk", 180},   {"eat", 180},   {"pkt", 300},   {"ist", 330},   {"wib", 420},
    {"hkt", 480},   {"sgt", 480},   {"awst", 480},  {"jst", 540},   {"kst", 540},
    {"acst", 570},  {"aest", 600},  {"nzst", 720},
}};

// Offset of a zone name (lowercase); false when unknown. Single letters are RFC 822's
// military zones: A..I = -1..-9 h, K..M = -10..-12 h, N..Y = +1..+12 h, Z = UTC.
bool ZoneOffset(std::string_view lower, int* minutes) {
  if (lower == "aedt") { *minutes = 660; return true; }
  if (lower == "nzdt") { *minutes = 780; return true; }
  for (const NamedZone& z : kZones) {
    if (z.name == lower) {
      *minutes = z.offset_minutes;
      return true;
    }
  }
  if (lower.size() == 1 && lower[0] != 'j') {
    const char c = lower[0];
    if (c >= 'a' && c <= 'i') *minutes = -60 * (c - 'a' + 1);
    else if (c >= 'k' && c <= 'm') *minutes = -60 * (c - 'k' + 10);
    else if (c >= 'n' && c <= 'y') *minutes = 60 * (c - 'n' + 1);
    else *minutes = 0;  // 'z'
    return true;
  }
  return false;
}

// "+05", "-0530", "+05:30" at s[*i] (the sign included).
bool ReadNumericOffset(std::string_view s, size_t* i, int* minutes) {
  size_t j = *i;
  if (j >= s.size() || (s[j] != '+' && s[j] != '-')) return false;
  const int sign = s[j] == '-' ? -1 : 1;
  ++j;
  int hh = 0, mm = 0;
  size_t start = j;
  int n = ReadDigits(s, &j, 4, &hh);
  if (n == 4) {
    mm = hh % 100;
    hh /= 100;
  } else if (n == 3) {
    mm = hh % 100;  // "+530"
    hh /= 100;
  } else if (n >= 1) {
    if (j < s.size() && s[j] == ':' && !ReadFixed(s, &++j, 2, &mm)) return false;
  } else {
    return false;
  }
  if (hh > 23 || mm > 59 || j == start) return false;
  *minutes = sign * (hh * 60 + mm);
  *i = j;
  return true;
}

// Expands 2- and 3-digit years as RFC 2822 section 4.3 says.
int ExpandYear(int year, int digits) {
  if (digits == 2) return year < 50 ? 2000 + year : 1900 + year;
  if (digits == 3) return 1900 + year;
  return year;
}

// Validates the parts and turns them into seconds since the epoch.
bool Finish(DateParts p, int64_t* seconds) {
  if (p.year < 1 || p.year > 9999) return false;
  if (p.month == kUnset) p.month = 1;
  if (p.day == kUnset) p.day = 1;
  if (p.hour == kUnset) p.hour = 0;
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > DaysInMonth(p.year, p.month)) return false;
  if (p.hour == 24 && p.minute == 0 && p.second == 0) {
    // "24:00" is the end of the day: the next midnight.
  } else if (p.hour > 23 || p.minute > 59 || p.second > 60) {
    return false;
  }
  if (p.second == 60) p.second = 59;  // a leap second: keep the same minute
  const int64_t days = DaysFromCivil(p.year, p.month, p.day);
  *seconds = days * 86400 + p.hour * 3600 + p.minute * 60 + p.second - p.offset_minutes * 60;
  return true;
}

// Time of day at s[*i]: "10", "10:14", "10:14:55", "10:14:55.25", "101455" (basic, when
// `basic_allowed`).
bool ReadIsoTime(std::string_view s, size_t* i, DateParts* p) {
  size_t j = *i;
  int hh = 0;
  if (ReadFixed(s, &j, 2, &hh)) {
  } else if (ReadDigits(s, &j, 1, &hh) != 1) {
    return false;
  }
  p->hour = hh;
  if (j < s.size() && s[j] == ':') {
    ++j;
    if (!ReadFixed(s, &j, 2, &p->minute)) return false;
    if (j < s.size() && s[j] == ':') {
      ++j;
      if (!ReadFixed(s, &j, 2, &p->second)) return false;
    }
  } else if (j - *i == 2 && ReadFixed(s, &j, 2, &p->minute)) {
    ReadFixed(s, &j, 2, &p->second);
  }
  if (j < s.size() && (s[j] == '.' || s[j] == ',') && j + 1 < s.size() && IsDigit(s[j + 1])) {
    ++j;
    while (j < s.size() && IsDigit(s[j])) ++j;  // fractions of a second are dropped
  }
  *i = j;
  return true;
}

// The zone after an ISO time: "Z", "+01:00", "+0100", "-05", " GMT", " EST"; nothing is UTC.
bool ReadIsoZone(std::string_view s, size_t* i, DateParts* p) {
  size_t j = *i;
  SkipSpaces(s, &j);
  if (j == s.size()) {
    *i = j;
    return true;
  }
  if (ReadNumericOffset(s, &j, &p->offset_minutes)) {
    p->has_zone = true;
    *i = j;
    return true;
  }
  size_t start = j;
  std::string lower;
  while (j < s.size() && IsAlpha(s[j]) && lower.size() < 6) lower.push_back(Lower(s[j++]));
  if (j == start || !ZoneOffset(lower, &p->offset_minutes)) return false;
  p->has_zone = true;
  int extra = 0;  // "GMT+2", "UTC-05:00"
  if (p->offset_minutes == 0 && ReadNumericOffset(s, &j, &extra)) p->offset_minutes = extra;
  *i = j;
  return true;
}

// W3CDTF and ISO 8601, the whole text: false when it does not start as one.
bool ParseIso(std::string_view s, DateParts* p) {
  size_t i = 0;
  if (!ReadFixed(s, &i, 4, &p->year)) return false;
  if (i < s.size() && s[i] == '-') {
    ++i;
    int v = 0;
    int n = ReadDigits(s, &i, 3, &v);
    if (n == 3) {  // ordinal "2003-365"
      if (v < 1 || v > (DaysInMonth(p->year, 2) == 29 ? 366 : 365)) return false;
      CivilDate c = CivilFromDays(DaysFromCivil(p->year, 1, 1) + v - 1);
      p->month = c.month;
      p->day = c.day;
    } else if (n >= 1) {
      p->month = v;
      if (i < s.size() && s[i] == '-') {
        ++i;
        if (ReadDigits(s, &i, 2, &p->day) == 0) return false;
      }
    } else {
      return false;
    }
  } else if (i < s.size() && IsDigit(s[i])) {
    int v = 0;
    size_t j = i;
    int n = ReadDigits(s, &j, 4, &v);
    if (n == 4 && (j == s.size() || !IsDigit(s[j]))) {
      p->month = v / 100;
      p->day = v % 100;
      i = j;
    } else {
      return false;
    }
  }
  if (i == s.size()) return true;
  // Date and time are separated by 'T' or whitespace; otherwise this is not ISO.
  if (s[i] == 'T' || s[i] == 't') {
    ++i;
  } else if (IsSpace(s[i])) {
    SkipSpaces(s, &i);
    if (i == s.size()) return true;
    if (!IsDigit(s[i])) return ReadIsoZone(s, &i, p) && i == s.size();
  } else {
    return false;
  }
  if (!ReadIsoTime(s, &i, p)) return false;
  if (!ReadIsoZone(s, &i, p)) return false;
  SkipSpaces(s, &i);
  return i == s.size();
}

// ---- Dates written with words: RFC 822 and everything else ----

struct Number {
  int value;
  int digits;
};

// A token-driven reader: month and weekday names, numbers, one time of day, AM/PM, a zone.
class WordDateReader {
 public:
  explicit WordDateReader(std::string_view s) : s_(s) {}

  bool Read(DateParts* p) {
    while (i_ < s_.size()) {
      const char c = s_[i_];
      if (IsSpace(c) || c == ',' || c == '.' || c == '/' || c == '-' || c == '+') {
        if ((c == '+' || c == '-') && p->hour != kUnset && !p->has_zone) {
          if (!ReadNumericOffset(s_, &i_, &p->offset_minutes)) return false;
          p->has_zone = true;
          continue;
        }
        ++i_;
      } else if (c == '(') {
        while (i_ < s_.size() && s_[i_] != ')') ++i_;  // an RFC 822 comment: "(GMT)"
      } else if (IsDigit(c)) {
        if (!ReadNumberToken(p)) return false;
      } else if (IsAlpha(c)) {
        if (!ReadWord(p)) return false;
      } else {
        ++i_;  // other punctuation separates
      }
    }
    return Assign(p);
  }

 private:
  bool ReadNumberToken(DateParts* p) {
    size_t start = i_;
    int v = 0;
    int n = ReadDigits(s_, &i_, 9, &v);
    if (i_ < s_.size() && IsDigit(s_[i_])) return false;  // absurdly long number
    if (i_ < s_.size() && s_[i_] == ':' && n <= 2) {
      if (p->hour != kUnset) return false;
      i_ = start;
      return ReadIsoTime(s_, &i_, p);
    }
    // Numeric dates: "2004/01/04", "2004-01-04", "01/04/2004", "04.01.2004".
    if (i_ + 1 < s_.size() && (s_[i_] == '/' || s_[i_] == '-' || s_[i_] == '.') && IsDigit(s_[i_ + 1]) &&
        numbers_.empty() && !numeric_date_) {
      return ReadNumericDate(v, n, p);
    }
    // Ordinal suffixes: "4th", "1st".
    if (i_ + 1 < s_.size()) {
      std::string suffix{Lower(s_[i_]), Lower(s_[i_ + 1])};
      if ((suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") &&
          (i_ + 2 == s_.size() || !IsAlpha(s_[i_ + 2]))) {
        i_ += 2;
      }
    }
    if (numbers_.size() >= 3) return false;
    numbers_.push_back({v, n});
    return true;
  }

  bool ReadNumericDate(int first, int first_digits, DateParts* p) {
    const char sep = s_[i_++];
    int second = 0, third = 0;
    if (ReadDigits(s_, &i_, 2, &second) == 0 || i_ >= s_.size() || s_[i_] != sep) return false;
    ++i_;
    int third_digits = ReadDigits(s_, &i_, 4, &third);
    if (third_digits == 0) return false;
    numeric_date_ = true;
    if (first_digits == 4) {  // year first
      p->year = first;
      p->month = second;
      p->day = third;
      return true;
    }
    p->year = ExpandYear(third, third_digits);
    // Day first with '.', or when the first number cannot be a month; otherwise US order.
    if (sep == '.' || first > 12) {
      p->day = first;
      p->month = second;
    } else {
      p->month = first;
      p->day = second;
    }
    return true;
  }

  bool ReadWord(DateParts* p) {
    size_t start = i_;
    while (i_ < s_.size() && IsAlpha(s_[i_])) ++i_;
    std::string_view word = s_.substr(start, i_ - start);
    std::string lower;
    for (char c : word.substr(0, 12)) lower.push_back(Lower(c));
    if (int m = MonthFromName(word); m != 0) {
      if (p->month != kUnset) return false;
      p->month = m;
      return true;
    }
    if (WeekdayFromName(word) >= 0) return true;  // a weekday, right or wrong, adds nothing
    if (lower == "am" || lower == "pm" || ((lower == "a" || lower == "p") && NextIs('.') && Peek(1) == 'm')) {
      if (lower.size() == 1) i_ += 2;  // "p.m"
      return ApplyMeridiem(lower[0] == 'p', p);
    }
    if (lower == "t" && (!numbers_.empty() || numeric_date_)) return true;  // "...T10:00"
    if (lower == "at" || lower == "on" || lower == "of" || lower == "the") return true;
    int offset = 0;
    if ((p->hour != kUnset || numbers_.size() >= 2 || numeric_date_) && !p->has_zone && ZoneOffset(lower, &offset)) {
      p->offset_minutes = offset;
      p->has_zone = true;
      int extra = 0;  // "GMT+2"
      if (offset == 0 && ReadNumericOffset(s_, &i_, &extra)) p->offset_minutes = extra;
      return true;
    }
    // An unknown word after the time is an unknown zone: UTC, as RFC 2822 says of them.
    if (p->hour == kUnset || p->has_zone) return false;
    p->has_zone = true;
    return true;
  }

  bool ApplyMeridiem(bool pm, DateParts* p) {
    if (p->hour == kUnset || p->hour > 12 || p->hour == 0) return false;
    if (pm && p->hour < 12) p->hour += 12;
    if (!pm && p->hour == 12) p->hour = 0;
    return true;
  }

  bool NextIs(char c) const { return i_ < s_.size() && s_[i_] == c; }
  char Peek(size_t ahead) const { return i_ + ahead < s_.size() ? Lower(s_[i_ + ahead]) : '\0'; }

  // Gives the loose numbers their roles: with a month name, the first number up to 31 of at
  // most two digits is the day and the other the year ("4 Jan 2004", "Jan 4, 2004",
  // asctime's "Jan  4 16:29:06 2004", "04 Jan 04").
  bool Assign(DateParts* p) {
    if (numeric_date_) return numbers_.empty() && p->month != kUnset;
    if (p->month == kUnset) return false;
    int year_index = -1;
    for (size_t k = 0; k < numbers_.size(); ++k) {
      if (numbers_[k].digits >= 3 || numbers_[k].value > 31) {
        if (year_index >= 0) return false;
        year_index = static_cast<int>(k);
      }
    }
    if (year_index < 0) {
      if (numbers_.size() != 2) return false;
      year_index = 1;
    }
    const Number& y = numbers_[year_index];
    p->year = ExpandYear(y.value, y.digits);
    size_t others = numbers_.size() - 1;
    if (others > 1) return false;
    if (others == 1) p->day = numbers_[year_index == 0 ? 1 : 0].value;
    return true;
  }

  std::string_view s_;
  size_t i_ = 0;
  std::vector<Number> numbers_;
  bool numeric_date_ = false;
};

}  // namespace

bool ParseFeedDate(std::string_view text, int64_t* seconds) {
  size_t b = 0, e = text.size();
  while (b < e && IsSpace(text[b])) ++b;
  while (e > b && IsSpace(text[e - 1])) --e;
  std::string_view s = text.substr(b, e - b);
  if (s.empty() || s.size() > 128) return false;
  DateParts iso;
  if (ParseIso(s, &iso)) return Finish(iso, seconds);
  DateParts words;
  WordDateReader reader(s);
  return reader.Read(&words) && Finish(words, seconds);
}

std::string FormatIsoUtc(int64_t seconds) {
  int64_t days = seconds / 86400;
  int64_t rest = seconds % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  const CivilDate c = CivilFromDays(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year, c.month, c.day,
                static_cast<int>(rest / 3600), static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
  return buf;
}

std::string NormalizeFeedDate(std::string_view text) {
  int64_t seconds = 0;
  if (!ParseFeedDate(text, &seconds)) return "";
  const std::string out = FormatIsoUtc(seconds);
  return out.size() == 20 ? out : "";  // a zone pushed the time outside years 0001..9999
}

}  // namespace tidings::fetch
