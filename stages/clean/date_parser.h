// Dates as pages write them, normalised to ISO 8601.
#pragma once

#include <string>
#include <string_view>

namespace tidings::clean {

// "2019-11-19T10:00:00.000+00:00", "2019-11-19 10:00", "20191119", "2019/11/19",
// "Tue, 19 Nov 2019 10:00:00 GMT", "November 19, 2019", "Nov. 19, 2019 5:00 PM",
// "19 November 2019", "1574157600" (Unix seconds or milliseconds) -> "2019-11-19" or
// "2019-11-19T10:00:00" plus "Z"/"+hh:mm" when the input had a zone. "" when no plausible
// date (years 1970..2100) is found at the start of `text`. Thread-safe.
std::string NormalizeDate(std::string_view text);

// A date in a URL path: /2019/11/19/, /2019-11-19/, /20191119/ ... "" when none.
std::string DateFromUrl(std::string_view url);

// The first date written in running text ("... on November 10, 2021", "2021-11-11",
// "10 November 2021"), searched in the first `max_bytes`. "" when none.
std::string FindDateInText(std::string_view text, size_t max_bytes = 400);

}  // namespace tidings::clean
