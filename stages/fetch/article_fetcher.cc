#include "fetch/article_fetcher.h"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <mutex>
#include <string_view>

namespace tidings::fetch {

namespace {

void GlobalInitOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// What one transfer collects; the write callback aborts the transfer (returns 0) as soon as the
// body can no longer be accepted, so a large or binary download stops early.
struct Transfer {
  CURL* handle = nullptr;
  size_t max_body_bytes = 0;
  std::string body;
  bool checked_first_chunk = false;
  bool too_large = false;
  bool not_text = false;
  long http_error = 0;           // non-2xx, non-3xx status seen while the body streamed
  std::string content_type;      // of the final response
};

size_t WriteBody(char* data, size_t size, size_t nmemb, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const size_t n = size * nmemb;
  long code = 0;
  curl_easy_getinfo(t->handle, CURLINFO_RESPONSE_CODE, &code);
  if (code >= 300 && code < 400) return n;  // body of a redirect response: discarded
  if (code < 200 || code >= 300) {
    t->http_error = code;
    return 0;
  }
  if (!t->checked_first_chunk) {
    t->checked_first_chunk = true;
    char* ct = nullptr;
    curl_easy_getinfo(t->handle, CURLINFO_CONTENT_TYPE, &ct);
    t->content_type = ct != nullptr ? ct : "";
    if (!IsTextualContentType(t->content_type)) {
      t->not_text = true;
      return 0;
    }
  }
  if (t->body.size() + n > t->max_body_bytes) {
    t->too_large = true;
    return 0;
  }
  t->body.append(data, n);
  return n;
}

// The reason phrase is not exposed by libcurl; these cover what a user meets in practice.
std::string_view ReasonPhrase(long code) {
  switch (code) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "";
  }
}

Status HttpStatusError(long code, const std::string& url) {
  std::string_view reason = ReasonPhrase(code);
  std::string msg = fmt::format("HTTP {}{}{} from {}", code, reason.empty() ? "" : " ",
                                reason, url);
  if (code == 404 || code == 410) return Status::NotFound(std::move(msg));
  return Status::IoError(std::move(msg));
}

// Checks the URL before any network activity: it must parse and use http or https.
Status CheckUrl(const std::string& url) {
  CURLU* u = curl_url();
  if (u == nullptr) return Status::Internal("out of memory parsing a URL");
  CURLUcode rc = curl_url_set(u, CURLUPART_URL, url.c_str(), CURLU_NON_SUPPORT_SCHEME);
  Status status;
  if (rc != CURLUE_OK) {
    status = Status::InvalidInput(fmt::format("malformed URL '{}': {} (expected http:// or https://)",
                                              url, curl_url_strerror(rc)));
  } else {
    char* scheme = nullptr;
    if (curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK || scheme == nullptr) {
      status = Status::InvalidInput(fmt::format("URL '{}' has no scheme (expected http:// or https://)", url));
    } else {
      std::string s = Lower(scheme);
      curl_free(scheme);
      if (s != "http" && s != "https") {
        status = Status::InvalidInput(
            fmt::format("unsupported URL scheme '{}' in '{}': only http and https are fetched", s, url));
      }
    }
  }
  curl_url_cleanup(u);
  return status;
}

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

// A body with NUL bytes near its start is not text whatever the server claims (or omits).
bool LooksBinary(std::string_view body) {
  return body.substr(0, 4096).find('\0') != std::string_view::npos;
}

}  // namespace

bool IsTextualContentType(const std::string& content_type) {
  std::string mime = Lower(content_type.substr(0, content_type.find(';')));
  mime.erase(std::remove_if(mime.begin(), mime.end(), [](unsigned char c) { return std::isspace(c); }),
             mime.end());
  if (mime.empty()) return true;  // absent: judged by the body
  if (mime.starts_with("text/")) return true;
  if (mime == "application/xhtml+xml" || mime == "application/xml") return true;
  return mime.ends_with("+xml");  // rss+xml, atom+xml ...
}

struct ArticleFetcher::Curl {
  CURL* handle = nullptr;
  curl_slist* headers = nullptr;
  std::string no_proxy = NoProxyList();
  char error[CURL_ERROR_SIZE] = {};
  ~Curl() {
    if (headers != nullptr) curl_slist_free_all(headers);
    if (handle != nullptr) curl_easy_cleanup(handle);
  }
};

ArticleFetcher::ArticleFetcher(FetcherOptions options)
    : options_(std::move(options)), curl_(std::make_unique<Curl>()) {
  GlobalInitOnce();
  curl_->handle = curl_easy_init();
  curl_->headers = curl_slist_append(
      nullptr, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.1");
  CURL* h = curl_->handle;
  if (h == nullptr) return;  // Fetch() reports it
  // Options shared by every transfer; the handle is reused (not reset) so that consecutive
  // fetches reuse connections, DNS and TLS sessions.
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, curl_->error);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);  // no SIGALRM: safe with threads
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, static_cast<long>(options_.max_redirects));
  curl_easy_setopt(h, CURLOPT_AUTOREFERER, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, options_.connect_timeout_ms);
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, options_.total_timeout_ms);
  curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(options_.max_body_bytes));
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "gzip, deflate");
  curl_easy_setopt(h, CURLOPT_USERAGENT, options_.user_agent.c_str());
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, curl_->headers);
  curl_easy_setopt(h, CURLOPT_NOPROXY, curl_->no_proxy.c_str());
  // Consent and paywall pages often set a cookie and redirect back: an in-memory cookie
  // engine, emptied before each article.
  curl_easy_setopt(h, CURLOPT_COOKIEFILE, "");
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &WriteBody);
}

ArticleFetcher::~ArticleFetcher() = default;

Status ArticleFetcher::Fetch(v1::Article* article) {
  if (!article->html().empty() || !article->text().empty()) return Status::Ok();
  if (article->url().empty()) {
    return Status::InvalidInput("article has neither url, html nor text");
  }
  const std::string url = article->url();
  if (Status s = CheckUrl(url); !s.ok()) return s;
  if (curl_->handle == nullptr) return Status::Internal("libcurl could not create a handle");

  CURL* h = curl_->handle;
  Transfer t;
  t.handle = h;
  t.max_body_bytes = options_.max_body_bytes;
  curl_->error[0] = '\0';
  curl_easy_setopt(h, CURLOPT_URL, url.c_str());
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
  // Nothing of the previous article's redirect chain carries over: no cookies, no Referer.
  curl_easy_setopt(h, CURLOPT_COOKIELIST, "ALL");
  curl_easy_setopt(h, CURLOPT_REFERER, static_cast<const char*>(nullptr));

  const CURLcode rc = curl_easy_perform(h);
  const std::string detail = curl_->error[0] != '\0' ? curl_->error : curl_easy_strerror(rc);

  if (t.http_error != 0) return HttpStatusError(t.http_error, url);
  if (t.not_text) {
    return Status::InvalidInput(
        fmt::format("{} serves content type '{}', not text or HTML", url, t.content_type));
  }
  if (t.too_large || rc == CURLE_FILESIZE_EXCEEDED) {
    return Status::InvalidInput(
        fmt::format("body of {} exceeds the limit of {} bytes", url, options_.max_body_bytes));
  }
  switch (rc) {
    case CURLE_OK: break;
    case CURLE_OPERATION_TIMEDOUT:
      return Status::Timeout(fmt::format("fetching {} timed out ({}; limits: connect {} ms, total {} ms)",
                                         url, detail, options_.connect_timeout_ms,
                                         options_.total_timeout_ms));
    case CURLE_TOO_MANY_REDIRECTS:
      return Status::IoError(fmt::format("{}: more than {} redirects (a redirect loop?)", url,
                                         options_.max_redirects));
    case CURLE_UNSUPPORTED_PROTOCOL:
      return Status::InvalidInput(
          fmt::format("{} redirects to an unsupported scheme: {} (only http and https)", url, detail));
    default:
      return Status::IoError(fmt::format("fetching {} failed: {}", url, detail));
  }

  long code = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
  if (code >= 300 && code < 400) {
    return Status::IoError(fmt::format("HTTP {} from {} without a usable Location header", code, url));
  }
  if (code < 200 || code >= 300) return HttpStatusError(code, url);
  if (!t.checked_first_chunk) {  // no body at all: still report the header's content type
    char* ct = nullptr;
    curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ct);
    t.content_type = ct != nullptr ? ct : "";
  }
  if (t.body.empty()) return Status::InvalidInput(fmt::format("{} returned an empty body", url));
  if (LooksBinary(t.body)) {
    return Status::InvalidInput(fmt::format(
        "{} returned binary data (content type '{}'), not text or HTML", url, t.content_type));
  }

  char* effective = nullptr;
  curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &effective);
  (*article->mutable_labels())["requested_url"] = url;
  if (effective != nullptr && *effective != '\0') article->set_url(effective);
  article->set_content_type(t.content_type);
  article->set_html(std::move(t.body));
  return Status::Ok();
}

}  // namespace tidings::fetch
