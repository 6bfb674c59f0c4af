#include "fetch/fetch_types.h"

#include <algorithm>
#include <cctype>

#include "fetch/ascii.h"

namespace tidings::fetch {

std::string_view OutcomeName(FetchOutcome outcome) {
  switch (outcome) {
    case FetchOutcome::kOk: return "ok";
    case FetchOutcome::kNotModified: return "not_modified";
    case FetchOutcome::kTimeout: return "timeout";
    case FetchOutcome::kConnectError: return "connect_error";
    case FetchOutcome::kTlsError: return "tls_error";
    case FetchOutcome::kHttp4xx: return "http_4xx";
    case FetchOutcome::kHttp5xx: return "http_5xx";
    case FetchOutcome::kTooLarge: return "too_large";
    case FetchOutcome::kNotText: return "not_text";
    case FetchOutcome::kRobotsDisallowed: return "robots_disallowed";
    case FetchOutcome::kTooManyRedirects: return "too_many_redirects";
    case FetchOutcome::kInvalidUrl: return "invalid_url";
    case FetchOutcome::kNetworkError: return "network_error";
  }
  return "network_error";
}

std::string HttpStatusText(long code) {
  std::string_view reason;
  switch (code) {
    case 400: reason = "Bad Request"; break;
    case 401: reason = "Unauthorized"; break;
    case 403: reason = "Forbidden"; break;
    case 404: reason = "Not Found"; break;
    case 405: reason = "Method Not Allowed"; break;
    case 408: reason = "Request Timeout"; break;
    case 410: reason = "Gone"; break;
    case 429: reason = "Too Many Requests"; break;
    case 451: reason = "Unavailable For Legal Reasons"; break;
    case 500: reason = "Internal Server Error"; break;
    case 502: reason = "Bad Gateway"; break;
    case 503: reason = "Service Unavailable"; break;
    case 504: reason = "Gateway Timeout"; break;
    default: break;
  }
  std::string out = "HTTP " + std::to_string(code);
  if (!reason.empty()) out += " " + std::string(reason);
  return out;
}

std::string FetchResponse::Header(std::string_view name) const {
  const std::string lower = AsciiLower(name);
  for (const auto& [n, v] : headers) {
    if (n == lower) return v;
  }
  return "";
}

bool IsTextualContentType(std::string_view content_type) {
  std::string mime = AsciiLower(content_type.substr(0, content_type.find(';')));
  mime.erase(std::remove_if(mime.begin(), mime.end(), [](unsigned char c) { return std::isspace(c); }),
             mime.end());
  if (mime.empty()) return true;  // absent: judged by the body
  if (mime.starts_with("text/")) return true;
  if (mime == "application/xhtml+xml" || mime == "application/xml") return true;
  return mime.ends_with("+xml");  // rss+xml, atom+xml ...
}

}  // namespace tidings::fetch
