// What one download asks for and what it brings back: the vocabulary shared by the crawler,
// the fetch stage, feed polling and `tidings fetch`.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tidings/status.h"

namespace tidings::fetch {

// How a download ended. Each has a stable name (OutcomeName) used as the `outcome` label of
// tidings_fetch_total and in dead-letter reasons.
enum class FetchOutcome {
  kOk,                // 2xx with a body
  kNotModified,       // 304 to a conditional request (If-None-Match / If-Modified-Since)
  kTimeout,           // a transfer or the request's deadline ran out
  kConnectError,      // DNS, refused, reset, nothing received
  kTlsError,          // certificate or handshake refused
  kHttp4xx,           // client errors, including 429 once its retries are spent
  kHttp5xx,           // server errors once their retries are spent
  kTooLarge,          // body over the size limit (cut while streaming)
  kNotText,           // a content type a text pipeline cannot use (images, PDF, archives)
  kRobotsDisallowed,  // robots.txt forbids it for our user agent
  kTooManyRedirects,  // more than max_redirects, or a redirect without a usable Location
  kInvalidUrl,        // malformed, or not http/https (also as a redirect target)
  kNetworkError,      // any other transfer failure
};

// "ok", "not_modified", "timeout", "connect_error", "tls_error", "http_4xx", "http_5xx",
// "too_large", "not_text", "robots_disallowed", "too_many_redirects", "invalid_url",
// "network_error".
std::string_view OutcomeName(FetchOutcome outcome);

// Header lines in order as sent or received; names as written for requests, lower-case in
// responses.
using HeaderList = std::vector<std::pair<std::string, std::string>>;

struct FetchRequest {
  std::string url;                 // absolute http or https URL
  HeaderList headers;              // extra request headers, e.g. {"If-None-Match", "\"abc\""}
  // Refuse, while streaming, bodies whose Content-Type is not textual (IsTextualContentType).
  bool text_only = true;
  // The whole request (waiting for robots.txt and a politeness slot, every attempt, every
  // redirect) must end within this long; zero: the crawler's default.
  std::chrono::milliseconds deadline{0};
};

struct FetchResponse {
  FetchOutcome outcome = FetchOutcome::kNetworkError;
  Status status;                   // Ok for kOk and kNotModified; otherwise why, naming the URL
  long http_status = 0;            // status of the last response received (0: none)
  std::string url;                 // as requested
  std::string final_url;           // after redirects (the URL the body came from)
  std::string content_type;        // Content-Type of the final response, charset included
  HeaderList headers;              // of the final response, names lower-case
  std::string body;                // decoded (gzip, deflate, br), at most the size limit
  int attempts = 0;                // transfers made, retries and redirects included
  int redirects = 0;
  std::chrono::milliseconds elapsed{0};  // from submission to completion

  bool ok() const { return outcome == FetchOutcome::kOk; }
  // First value of a response header (name case-insensitive), "" when absent.
  std::string Header(std::string_view name) const;
};

// "HTTP 404 Not Found", "HTTP 599" (the reason phrase when it is a well-known status).
std::string HttpStatusText(long code);

// True for content types a text pipeline can use: text/*, XML and XHTML types, and an absent
// header (the body is then checked for binary bytes).
bool IsTextualContentType(std::string_view content_type);

}  // namespace tidings::fetch
