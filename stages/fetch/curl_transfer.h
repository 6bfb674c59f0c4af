// One libcurl easy handle and what one attempt of a download collects: the response's status,
// headers and body (size-limited and type-checked while streaming), and how it ended. The
// crawler owns one per request and reuses it for the request's retries and redirect hops, so
// cookies set by a consent page survive its redirect back to the story (and no further).
// Internal to the crawler.
#pragma once

#include <curl/curl.h>

#include <chrono>
#include <functional>
#include <string>

#include "fetch/fetch_types.h"

namespace tidings::fetch {

struct TransferSettings {
  std::string user_agent;
  std::string accept;                            // Accept header unless the request sets one
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds timeout{30000};      // this attempt
  size_t max_bytes = 16 << 20;                   // decoded body
  bool text_only = true;
  bool truncate_at_limit = false;                // keep the first max_bytes instead of failing
  std::string referer;                           // the page that redirected here, if any
};

// How one attempt ended, before retry and redirect decisions.
struct AttemptResult {
  FetchOutcome outcome = FetchOutcome::kNetworkError;
  long http_status = 0;
  std::string redirect_to;   // absolute Location of a 3xx (other than 304), if any
  std::string detail;        // libcurl's message for transfer failures
  // The failure is the robots.txt fetch a request waited for; `detail` is then the whole
  // explanation.
  bool about_robots = false;
  // Why no further attempt was made, when that is not obvious ("no time left before the
  // deadline"); set by the crawler.
  std::string note;
};

// Not thread-safe; used by the crawler's thread only.
class CurlTransfer {
 public:
  CurlTransfer();
  ~CurlTransfer();
  CurlTransfer(const CurlTransfer&) = delete;
  CurlTransfer& operator=(const CurlTransfer&) = delete;

  CURL* handle() const { return handle_; }
  // False when libcurl could not create a handle (out of memory).
  bool valid() const { return handle_ != nullptr; }

  // Sets the handle up for one attempt at `url` with `headers` added to the request.
  void Prepare(const std::string& url, const HeaderList& headers, const TransferSettings& settings);
  // Classifies the attempt once libcurl reports it done with `code`.
  AttemptResult Finish(CURLcode code);

  // Called once the request's head has been written to the connection (libcurl reports it to
  // its debug callback right after the write), so the time taken then is never earlier than
  // the request left.
  std::function<void()> on_sent;
  // Whether the request of this attempt went out.
  bool sent() const { return sent_; }

  // What the attempt received; valid after Finish(), moved out by the crawler.
  std::string body;
  HeaderList headers;        // of the last response, names lower-case
  std::string content_type;
  std::string effective_url;

 private:
  static size_t OnBody(char* data, size_t size, size_t count, void* self);
  static size_t OnHeader(char* data, size_t size, size_t count, void* self);
  static int OnDebug(CURL* handle, curl_infotype type, char* data, size_t size, void* self);
  long ResponseCode() const;

  CURL* handle_ = nullptr;
  curl_slist* request_headers_ = nullptr;
  char error_[CURL_ERROR_SIZE] = {};
  std::string no_proxy_;
  TransferSettings settings_;
  bool checked_type_ = false;
  bool too_large_ = false;
  bool not_text_ = false;
  bool sent_ = false;
};

}  // namespace tidings::fetch
