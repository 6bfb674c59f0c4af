// Dates as feeds write them (RFC 822/2822 and its sloppy variants, W3CDTF / ISO 8601, asctime
// and a few other common forms), normalised to UTC.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tidings::fetch {

// Parses `text` into seconds since 1970-01-01T00:00:00Z. Accepts, with surrounding whitespace:
//   RFC 822/2822/1123: "Tue, 10 Jun 2003 04:00:00 GMT", with or without (or with a wrong)
//     weekday, 2-digit years (00-49 -> 20xx, 50-99 -> 19xx), single-digit days, full month
//     names, no seconds, no time at all, extra spaces; zones +HHMM, -HH:MM, +HH, UT/UTC/GMT/Z,
//     North American (EST, EDT, CST, ... PDT, AKST, HST), European and a few Asian/Pacific
//     names, RFC 822 military letters (A..I,K..M west... as RFC 822 defines them), comments
//     "(GMT)"; no zone or an unknown name is UTC (RFC 2822 "-0000").
//   W3CDTF / ISO 8601: "2003", "2003-12", "2003-12-31", "2003-12-31T10:14", "...:55",
//     "...:55.25", with "Z", "+01:00" or "+0100"; a space instead of "T"; the basic forms
//     "20031231", "20031231T101455Z"; ordinal dates "2003-365".
//   Others: asctime "Sun Jan  4 16:29:06 2004", "January 4, 2004 4:29 PM EST",
//     "2004/01/04 16:29:06 -0500", "04 January 2004".
// A missing month or day is the first one; a missing time is midnight. Returns false (and
// leaves *seconds unchanged) when the text is not a date or names an impossible one
// (2003-02-30, 25:00). Thread-safe.
bool ParseFeedDate(std::string_view text, int64_t* seconds);

// "2003-12-31T10:14:55Z" for a time in seconds since the epoch (years 0001..9999).
std::string FormatIsoUtc(int64_t seconds);

// ParseFeedDate then FormatIsoUtc; "" when the text is not a date.
std::string NormalizeFeedDate(std::string_view text);

}  // namespace tidings::fetch
