#include "fetch/curl_transfer.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string_view>

#include "fetch/ascii.h"

namespace tidings::fetch {

namespace {

// Proxies from the environment (http_proxy, ...) are honoured, but never for loopback: a proxy
// cannot reach this host's loopback. Keeps the user's no_proxy entries.
std::string NoProxyList() {
  std::string list = "localhost,127.0.0.1,::1";
  for (const char* name : {"no_proxy", "NO_PROXY"}) {
    if (const char* v = std::getenv(name); v != nullptr && *v != '\0') {
      list += ",";
      list += v;
      break;
    }
  }
  return list;
}

FetchOutcome ClassifyCurlCode(CURLcode code) {
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      return FetchOutcome::kTimeout;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
      return FetchOutcome::kConnectError;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
      return FetchOutcome::kTlsError;
    case CURLE_FILESIZE_EXCEEDED:
      return FetchOutcome::kTooLarge;
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      return FetchOutcome::kInvalidUrl;
    default:
      return FetchOutcome::kNetworkError;
  }
}

}  // namespace

CurlTransfer::CurlTransfer() : handle_(curl_easy_init()), no_proxy_(NoProxyList()) {
  if (handle_ == nullptr) return;
  CURL* h = handle_;
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error_);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  // Redirects are followed by the crawler, hop by hop, so that every host on the way gets its
  // robots.txt check and its politeness gap.
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");  // every encoding this libcurl decodes: gzip, deflate, br, zstd
  curl_easy_setopt(h, CURLOPT_NOPROXY, no_proxy_.c_str());
  curl_easy_setopt(h, CURLOPT_COOKIEFILE, "");  // in-memory cookies, for this request only
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &CurlTransfer::OnBody);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, this);
  curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &CurlTransfer::OnHeader);
  curl_easy_setopt(h, CURLOPT_HEADERDATA, this);
  // The debug callback is the one libcurl calls right after a request head went out (its
  // PREREQFUNCTION comes before the write, which a preempted process can delay).
  curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, &CurlTransfer::OnDebug);
  curl_easy_setopt(h, CURLOPT_DEBUGDATA, this);
  curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
}

CurlTransfer::~CurlTransfer() {
  if (handle_ != nullptr) curl_easy_cleanup(handle_);
  if (request_headers_ != nullptr) curl_slist_free_all(request_headers_);
}

void CurlTransfer::Prepare(const std::string& url, const HeaderList& headers,
                           const TransferSettings& settings) {
  settings_ = settings;
  body.clear();
  this->headers.clear();
  content_type.clear();
  effective_url.clear();
  error_[0] = '\0';
  checked_type_ = too_large_ = not_text_ = sent_ = false;
  if (request_headers_ != nullptr) curl_slist_free_all(request_headers_);
  request_headers_ = nullptr;
  bool has_accept = false;
  for (const auto& [name, value] : headers) {
    has_accept = has_accept || AsciiLower(name) == "accept";
    request_headers_ = curl_slist_append(request_headers_, (name + ": " + value).c_str());
  }
  if (!has_accept && !settings.accept.empty()) {
    request_headers_ = curl_slist_append(request_headers_, ("Accept: " + settings.accept).c_str());
  }
  CURL* h = handle_;
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, request_headers_);
  curl_easy_setopt(h, CURLOPT_USERAGENT, settings_.user_agent.c_str());
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(settings.connect_timeout.count()));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, std::max(1L, static_cast<long>(settings.timeout.count())));
  curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE,
                   static_cast<curl_off_t>(settings.truncate_at_limit ? 0 : settings.max_bytes));
  curl_easy_setopt(h, CURLOPT_REFERER, settings_.referer.empty() ? nullptr : settings_.referer.c_str());
}

long CurlTransfer::ResponseCode() const {
  long code = 0;
  curl_easy_getinfo(handle_, CURLINFO_RESPONSE_CODE, &code);
  return code;
}

size_t CurlTransfer::OnBody(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<CurlTransfer*>(user);
  const size_t n = size * count;
  const long code = t->ResponseCode();
  if (code >= 300 && code < 400) return n;  // a redirect's body: not wanted
  if (code < 200 || code >= 300) return 0;  // an error page: stop reading, the status says it all
  if (!t->checked_type_) {
    t->checked_type_ = true;
    char* ct = nullptr;
    curl_easy_getinfo(t->handle_, CURLINFO_CONTENT_TYPE, &ct);
    t->content_type = ct != nullptr ? ct : "";
    if (t->settings_.text_only && !IsTextualContentType(t->content_type)) {
      t->not_text_ = true;
      return 0;
    }
  }
  if (t->body.size() + n > t->settings_.max_bytes) {
    t->too_large_ = true;
    if (t->settings_.truncate_at_limit) t->body.append(data, t->settings_.max_bytes - t->body.size());
    return 0;
  }
  t->body.append(data, n);
  return n;
}

int CurlTransfer::OnDebug(CURL*, curl_infotype type, char*, size_t, void* self) {
  auto* t = static_cast<CurlTransfer*>(self);
  if (type == CURLINFO_HEADER_OUT && !t->sent_) {
    t->sent_ = true;
    if (t->on_sent) t->on_sent();
  }
  return 0;
}

size_t CurlTransfer::OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* t = static_cast<CurlTransfer*>(user);
  const size_t n = size * count;
  std::string_view line(data, n);
  if (line.starts_with("HTTP/")) {
    t->headers.clear();  // a new response (after 100 Continue, for instance)
    return n;
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos) return n;
  std::string name = AsciiLower(TrimWhitespace(line.substr(0, colon)));
  t->headers.emplace_back(std::move(name), std::string(TrimWhitespace(line.substr(colon + 1))));
  return n;
}

AttemptResult CurlTransfer::Finish(CURLcode code) {
  AttemptResult r;
  r.http_status = ResponseCode();
  r.detail = error_[0] != '\0' ? error_ : curl_easy_strerror(code);
  char* effective = nullptr;
  curl_easy_getinfo(handle_, CURLINFO_EFFECTIVE_URL, &effective);
  effective_url = effective != nullptr ? effective : "";
  if (!checked_type_) {  // no body: still report the header's content type
    char* ct = nullptr;
    curl_easy_getinfo(handle_, CURLINFO_CONTENT_TYPE, &ct);
    content_type = ct != nullptr ? ct : "";
  }
  const bool truncated_ok = too_large_ && settings_.truncate_at_limit;
  if (too_large_ && !truncated_ok) {
    r.outcome = FetchOutcome::kTooLarge;
  } else if (not_text_) {
    r.outcome = FetchOutcome::kNotText;
  } else if (r.http_status >= 500) {
    r.outcome = FetchOutcome::kHttp5xx;
  } else if (r.http_status >= 400) {
    r.outcome = FetchOutcome::kHttp4xx;
  } else if (code != CURLE_OK && !truncated_ok) {
    r.outcome = ClassifyCurlCode(code);
  } else if (r.http_status == 304) {
    r.outcome = FetchOutcome::kNotModified;
  } else if (r.http_status >= 300 && r.http_status < 400) {
    char* location = nullptr;
    curl_easy_getinfo(handle_, CURLINFO_REDIRECT_URL, &location);
    r.redirect_to = location != nullptr ? location : "";
    r.outcome = r.redirect_to.empty() ? FetchOutcome::kTooManyRedirects : FetchOutcome::kOk;
    if (r.redirect_to.empty()) r.detail = "a redirect without a usable Location header";
  } else if (r.http_status >= 200 && r.http_status < 300) {
    r.outcome = FetchOutcome::kOk;
  } else {
    r.outcome = FetchOutcome::kNetworkError;
    r.detail = "unexpected HTTP status " + std::to_string(r.http_status);
  }
  return r;
}

}  // namespace tidings::fetch
