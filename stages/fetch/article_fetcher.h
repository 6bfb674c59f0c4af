// The fetch stage's logic: turns an Article that carries only a URL into one that carries the
// page as served. No sockets of our own: libcurl does the HTTP.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::fetch {

struct FetcherOptions {
  long connect_timeout_ms = 10'000;           // TCP + TLS handshake
  long total_timeout_ms = 30'000;             // whole transfer, redirects included
  size_t max_body_bytes = 16 * 1024 * 1024;   // decoded body; enforced while streaming
  int max_redirects = 5;                      // more than this fails ("too many redirects")
  std::string user_agent = "tidings/0.1 (news event coder; +https://github.com/tidings)";
};

// Downloads the articles that need it.
//
// Thread-compatible: one ArticleFetcher per thread (it keeps one libcurl handle so that
// consecutive fetches reuse connections). Fetch() blocks for at most about
// connect_timeout_ms + total_timeout_ms.
class ArticleFetcher {
 public:
  explicit ArticleFetcher(FetcherOptions options = {});
  ~ArticleFetcher();
  ArticleFetcher(const ArticleFetcher&) = delete;
  ArticleFetcher& operator=(const ArticleFetcher&) = delete;

  // Articles that carry html or text pass through untouched (Ok). An article with only a url is
  // downloaded (http and https only, redirects followed, gzip/deflate accepted): on success
  // html holds the raw bytes as served, content_type the response's Content-Type, url the final
  // URL after redirects and labels["requested_url"] the URL asked for.
  // Fails, leaving the article unchanged, on: neither url nor content (InvalidInput), an
  // unsupported or malformed URL (InvalidInput), a non-2xx status (NotFound for 404/410, else
  // IoError), a timeout (Timeout), a body over max_body_bytes (InvalidInput), a non-text
  // content type or an empty body (InvalidInput), too many redirects and network errors
  // (IoError). Every message names the URL.
  Status Fetch(v1::Article* article);

  const FetcherOptions& options() const { return options_; }

 private:
  struct Curl;  // the libcurl handle, kept out of this header
  FetcherOptions options_;
  std::unique_ptr<Curl> curl_;
};

// True for content types a text pipeline can use: text/*, XML and XHTML types, and an absent
// header (the body is then checked for binary bytes). Exposed for tests.
bool IsTextualContentType(const std::string& content_type);

}  // namespace tidings::fetch
