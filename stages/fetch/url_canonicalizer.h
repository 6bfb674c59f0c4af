// URL canonicalisation for deduplication: links that name the same page map to one string, so
// a page linked from two feeds, or once with and once without campaign parameters, is fetched
// once.
#pragma once

#include <string>
#include <string_view>

#include "tidings/status.h"

namespace tidings::fetch {

// Stores in `*canonical` the canonical form of an absolute http or https URL:
//   - surrounding whitespace trimmed; scheme and host lower-cased; an internationalised host
//     in punycode; a trailing dot of the host dropped; the default port (80, 443) dropped;
//   - dot segments resolved, an empty path written "/", percent-escapes normalised
//     (unreserved characters decoded, hex digits upper-case; spaces, controls and non-ASCII
//     bytes encoded);
//   - the fragment dropped; tracking parameters (IsTrackingParameter) dropped; the remaining
//     query parameters keep their order, names and values (their order can matter to a site,
//     so it is not sorted), and an empty query loses its "?".
// Fails with InvalidInput, leaving `*canonical` unchanged, on a malformed URL or a scheme
// other than http and https; the message names the URL. Thread-safe.
//
//   "HTTP://Example.ORG:80/a/./b/../c?utm_source=rss&id=7#top" -> "http://example.org/a/c?id=7"
Status CanonicalizeUrl(std::string_view url, std::string* canonical);

// True for query parameters that only track a click, never select content: utm_*, fbclid,
// gclid, dclid, msclkid, mc_cid, mc_eid, yclid, igshid, _ga, _gl, at_medium, at_campaign,
// ns_* (comScore), ocid, cmpid and a few more (see url_canonicalizer.cc). Case-insensitive.
bool IsTrackingParameter(std::string_view name);

// The authority politeness limits apply to: lower-case host, and ":port" when the port is not
// the scheme's default ("example.org", "127.0.0.1:8080"). Empty when `url` does not parse.
std::string HostKey(std::string_view url);

// Where the robots.txt that governs `url` lives: "<scheme>://<host>[:port]/robots.txt"
// (RFC 9309: one file per scheme and authority). Empty when `url` does not parse.
std::string RobotsTxtUrl(std::string_view url);

// Path and query of `url` as robots.txt rules see them ("/news/1?id=2"); "/" for an empty
// path, "" when `url` does not parse.
std::string PathAndQuery(std::string_view url);

}  // namespace tidings::fetch
