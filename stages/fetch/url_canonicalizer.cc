#include "fetch/url_canonicalizer.h"

#include <curl/curl.h>
#include <fmt/format.h>
#include <idn2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "fetch/ascii.h"

namespace tidings::fetch {

namespace {

// Parameters that only attribute a click to a campaign or a platform. Exact names; utm_* and
// ns_* are matched as prefixes in IsTrackingParameter.
constexpr std::array<std::string_view, 26> kTrackingNames = {
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid",
    "yclid", "igshid", "twclid", "ttclid", "li_fat_id", "_ga", "_gl", "_hsenc", "_hsmi",
    "mkt_tok", "at_medium", "at_campaign", "at_custom1", "ocid", "cmpid", "vero_id",
    "oly_enc_id",
};

struct UrlHandle {
  CURLU* u = curl_url();
  ~UrlHandle() { curl_url_cleanup(u); }
  // The part, or "" when absent.
  std::string Get(CURLUPart part, unsigned flags = 0) const {
    char* value = nullptr;
    if (curl_url_get(u, part, &value, flags) != CURLUE_OK || value == nullptr) return "";
    std::string out(value);
    curl_free(value);
    return out;
  }
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsUnreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

// Bytes RFC 3986 never allows unescaped in a path or query.
bool MustEscape(unsigned char c) {
  return c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' ||
         c == '`' || c == '{' || c == '|' || c == '}' || c == '#';
}

void AppendEscaped(unsigned char c, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out->push_back('%');
  out->push_back(kHex[c >> 4]);
  out->push_back(kHex[c & 15]);
}

// One spelling per byte: unreserved characters literal, every other escape upper-case hex.
std::string NormalizeEscapes(std::string_view in) {
  std::string out;
  out.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    const auto c = static_cast<unsigned char>(in[i]);
    if (c == '%' && i + 2 < in.size() && HexValue(in[i + 1]) >= 0 && HexValue(in[i + 2]) >= 0) {
      const auto decoded = static_cast<unsigned char>(HexValue(in[i + 1]) * 16 + HexValue(in[i + 2]));
      if (IsUnreserved(decoded)) {
        out.push_back(static_cast<char>(decoded));
      } else {
        AppendEscaped(decoded, &out);
      }
      i += 2;
    } else if (c == '%' || MustEscape(c)) {
      AppendEscaped(c, &out);  // a stray '%' becomes "%25"
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::string PercentDecode(std::string_view in) {
  std::string out;
  for (size_t i = 0; i < in.size(); ++i) {
    if (in[i] == '%' && i + 2 < in.size() && HexValue(in[i + 1]) >= 0 && HexValue(in[i + 2]) >= 0) {
      out.push_back(static_cast<char>(HexValue(in[i + 1]) * 16 + HexValue(in[i + 2])));
      i += 2;
    } else {
      out.push_back(in[i] == '+' ? ' ' : in[i]);
    }
  }
  return out;
}

// The query without tracking parameters and empty pieces, in the original order.
std::string CleanQuery(std::string_view query) {
  std::string out;
  size_t start = 0;
  while (start <= query.size()) {
    size_t end = query.find('&', start);
    if (end == std::string_view::npos) end = query.size();
    std::string_view param = query.substr(start, end - start);
    if (!param.empty()) {
      std::string_view name = param.substr(0, param.find('='));
      if (!IsTrackingParameter(PercentDecode(name))) {
        if (!out.empty()) out.push_back('&');
        out += NormalizeEscapes(param);
      }
    }
    start = end + 1;
  }
  return out;
}

// Parses `url` into `handle`, accepting only http and https.
Status ParseHttpUrl(std::string_view url, UrlHandle* handle, std::string* scheme) {
  if (handle->u == nullptr) return Status::Internal("out of memory parsing a URL");
  const std::string text(url);
  CURLUcode rc = curl_url_set(handle->u, CURLUPART_URL, text.c_str(),
                              CURLU_NON_SUPPORT_SCHEME | CURLU_ALLOW_SPACE);
  if (rc != CURLUE_OK) {
    return Status::InvalidInput(fmt::format("malformed URL '{}': {} (expected http:// or https://)",
                                            text, curl_url_strerror(rc)));
  }
  *scheme = AsciiLower(handle->Get(CURLUPART_SCHEME));
  if (*scheme != "http" && *scheme != "https") {
    return Status::InvalidInput(fmt::format(
        "unsupported URL scheme '{}' in '{}': only http and https are fetched", *scheme, text));
  }
  return Status::Ok();
}

// libidn2 directly rather than CURLU_PUNYCODE: libcurl converts from the locale's charset,
// which under the C locale of a daemon refuses every non-ASCII host.
std::string CanonicalHost(const UrlHandle& handle) {
  std::string host = handle.Get(CURLUPART_HOST);
  if (std::any_of(host.begin(), host.end(), [](unsigned char c) { return c >= 0x80; })) {
    char* ascii = nullptr;
    if (idn2_lookup_u8(reinterpret_cast<const uint8_t*>(host.c_str()),
                       reinterpret_cast<uint8_t**>(&ascii), IDN2_NONTRANSITIONAL) == IDN2_OK) {
      host = ascii;
    }
    idn2_free(ascii);
  }
  host = AsciiLower(host);
  if (host.size() > 1 && host.back() == '.') host.pop_back();
  return host;
}

}  // namespace

bool IsTrackingParameter(std::string_view name) {
  const std::string lower = AsciiLower(name);
  if (lower.starts_with("utm_") || lower.starts_with("ns_")) return true;
  return std::find(kTrackingNames.begin(), kTrackingNames.end(), lower) != kTrackingNames.end();
}

Status CanonicalizeUrl(std::string_view url, std::string* canonical) {
  UrlHandle handle;
  std::string scheme;
  if (Status s = ParseHttpUrl(TrimWhitespace(url), &handle, &scheme); !s.ok()) return s;
  std::string host = CanonicalHost(handle);
  if (host.empty()) {
    return Status::InvalidInput(fmt::format("URL '{}' has no host", std::string(TrimWhitespace(url))));
  }
  std::string out = scheme + "://";
  const std::string user = handle.Get(CURLUPART_USER);
  if (!user.empty()) {
    out += user;
    const std::string password = handle.Get(CURLUPART_PASSWORD);
    if (!password.empty()) out += ":" + password;
    out += "@";
  }
  out += host;
  const std::string port = handle.Get(CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
  if (!port.empty()) out += ":" + port;
  std::string path = handle.Get(CURLUPART_PATH);
  out += path.empty() ? "/" : NormalizeEscapes(path);
  const std::string query = CleanQuery(handle.Get(CURLUPART_QUERY));
  if (!query.empty()) out += "?" + query;
  *canonical = std::move(out);
  return Status::Ok();
}

std::string RobotsTxtUrl(std::string_view url) {
  UrlHandle handle;
  std::string scheme;
  if (!ParseHttpUrl(TrimWhitespace(url), &handle, &scheme).ok()) return "";
  std::string out = scheme + "://" + HostKey(url) + "/robots.txt";
  return out;
}

std::string PathAndQuery(std::string_view url) {
  UrlHandle handle;
  std::string scheme;
  if (!ParseHttpUrl(TrimWhitespace(url), &handle, &scheme).ok()) return "";
  std::string path = handle.Get(CURLUPART_PATH);
  if (path.empty()) path = "/";
  const std::string query = handle.Get(CURLUPART_QUERY);
  if (!query.empty()) path += "?" + query;
  return path;
}

std::string HostKey(std::string_view url) {
  UrlHandle handle;
  std::string scheme;
  if (!ParseHttpUrl(TrimWhitespace(url), &handle, &scheme).ok()) return "";
  std::string key = CanonicalHost(handle);
  const std::string port = handle.Get(CURLUPART_PORT, CURLU_NO_DEFAULT_PORT);
  if (!port.empty()) key += ":" + port;
  return key;
}

}  // namespace tidings::fetch
