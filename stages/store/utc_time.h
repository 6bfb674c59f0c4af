// UTC times as the store's users write and read them: the ISO 8601 forms the CLI accepts
// (--since / --until), and the forms exports print (GDELT's YYYYMMDDHHMMSS).
#pragma once

#include <cstdint>
#include <string>

#include "tidings/status.h"

namespace tidings::store {

// Parses "YYYY-MM-DD" (midnight UTC; *date_only true) or "YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM|-HH:MM]"
// (a space may replace 'T'; no zone means UTC) into unix milliseconds. InvalidInput naming the
// accepted forms otherwise (also for impossible dates such as 2021-02-30).
Status ParseUtcTime(const std::string& text, int64_t* unix_ms, bool* date_only = nullptr);

// "2021-11-11T08:00:00Z" (seconds precision).
std::string FormatUnixMillis(int64_t unix_ms);
// "2021-11-11" -> "20211111" (GDELT's SQLDATE, Phoenix's Date); "" when not YYYY-MM-DD.
std::string CompactDate(const std::string& iso_date);
// "20211111080000", GDELT's DATEADDED form.
std::string CompactUtc(int64_t unix_ms);

constexpr int64_t kMillisPerDay = 24LL * 3600 * 1000;

}  // namespace tidings::store
