// Event dates from the words of a sentence, relative to the article's date: "on November 17,
// 2020", "8 November last year", "On June 15" (year from the article), "in 1992", "last year",
// "on Saturday", "yesterday", "last month".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/tokenizer.h"

namespace tidings::extract {

struct CalendarDate {
  int year = 0, month = 0, day = 0;
  bool valid() const { return year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= 31; }
  int32_t Packed() const { return year * 10000 + month * 100 + day; }  // YYYYMMDD
  std::string Iso() const;                                            // YYYY-MM-DD
};

// "2021-11-11", "2021-11-11T08:00:00Z", "20211111", "2021-11-11 08:00" -> date.
bool ParseDate(std::string_view text, CalendarDate* out);

CalendarDate AddDays(CalendarDate d, int days);
int Weekday(CalendarDate d);  // 0 = Monday

struct DateMention {
  size_t begin = 0, end = 0;  // token range
  CalendarDate date;
  bool since = false;  // after "since": the start of a state, the last choice for an act's date
};

// Every date expression in the sentence, resolved against `article`.
std::vector<DateMention> FindDates(const std::vector<Token>& tokens, CalendarDate article);

// The date expression nearest the verb at token `verb`, or null. A date separated from the
// verb by another verb belongs to that verb's clause and is skipped (`verb_at`: by token, the
// index of the verb starting there, -1 none).
const DateMention* NearestDate(const std::vector<DateMention>& dates, size_t verb, const std::vector<int>& verb_at);

}  // namespace tidings::extract
