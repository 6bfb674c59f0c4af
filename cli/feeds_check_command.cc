// tidings feeds check URL|FILE: downloads (libcurl's easy interface: this is an offline tool,
// one transfer) or reads a feed, parses it with the fetch stage's feed parser and prints one
// JSON object per item.
#include <curl/curl.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "feeds_command.h"
#include "fetch/feed_parser.h"
#include "tidings/status.h"

namespace tidings::cli {
namespace {

struct Download {
  std::string body;
  std::string content_type;
  std::string final_url;
  size_t max_bytes = 0;
  bool too_big = false;
};

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  auto* d = static_cast<Download*>(user);
  const size_t n = size * count;
  if (d->body.size() + n > d->max_bytes) {
    d->too_big = true;
    return 0;  // aborts the transfer
  }
  d->body.append(data, n);
  return n;
}

// http(s) and file URLs. Fails naming the URL and the cause.
Status DownloadUrl(const FeedsCheckOptions& o, Download* d) {
  static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
  if (!initialised) return Status::Internal("libcurl could not be initialised");
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) return Status::Internal("libcurl could not create a handle");
  d->max_bytes = o.max_bytes;
  CURL* h = curl.get();
  curl_easy_setopt(h, CURLOPT_URL, o.target.c_str());
  curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https,file");
  curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(h, CURLOPT_MAXREDIRS, 5L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, std::min(o.timeout_ms, 10'000L));
  curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, o.timeout_ms);
  curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(h, CURLOPT_USERAGENT, "tidings/0.1 (feeds check)");
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_slist* headers = curl_slist_append(
      nullptr, "Accept: application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
               "text/xml;q=0.9, */*;q=0.8");
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> header_guard(headers, curl_slist_free_all);
  curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, d);
  char error[CURL_ERROR_SIZE] = {0};
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
  const CURLcode rc = curl_easy_perform(h);
  if (d->too_big) {
    return Status::InvalidInput(o.target + ": larger than " + std::to_string(o.max_bytes) + " bytes");
  }
  if (rc != CURLE_OK) {
    const std::string cause = error[0] != '\0' ? error : curl_easy_strerror(rc);
    if (rc == CURLE_OPERATION_TIMEDOUT) return Status::Timeout(o.target + ": " + cause);
    return Status::IoError(o.target + ": " + cause);
  }
  long code = 0;
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
  char* type = nullptr;
  curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &type);
  char* effective = nullptr;
  curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &effective);
  d->content_type = type != nullptr ? type : "";
  d->final_url = effective != nullptr ? effective : o.target;
  const bool is_http = o.target.rfind("http", 0) == 0;
  if (is_http && (code < 200 || code > 299)) {
    return code == 404 || code == 410 ? Status::NotFound(o.target + ": HTTP " + std::to_string(code))
                                      : Status::IoError(o.target + ": HTTP " + std::to_string(code));
  }
  return Status::Ok();
}

Status ReadFile(const std::string& path, Download* d) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::InvalidInput(path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot read " + path + ": " + std::strerror(errno));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read " + path + ": read error");
  d->body = ss.str();
  // A path has no base URL worth resolving against: relative links stay as written.
  return Status::Ok();
}

bool IsUrl(const std::string& target) {
  return target.rfind("http://", 0) == 0 || target.rfind("https://", 0) == 0 || target.rfind("file://", 0) == 0;
}

void PrintItems(const fetch::Feed& feed, std::ostream& out) {
  auto print = [&out](const nlohmann::json& j) {
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  };
  for (const fetch::SitemapRef& s : feed.sitemaps) print({{"sitemap", s.url}, {"updated", s.updated}});
  for (const fetch::FeedItem& item : feed.items) {
    nlohmann::json j = {{"url", item.url}, {"title", item.title}, {"published", item.published}, {"guid", item.guid}};
    auto optional = [&j](const char* key, const std::string& value) {
      if (!value.empty()) j[key] = value;
    };
    optional("updated", item.updated);
    optional("author", item.author);
    optional("summary", item.summary);
    optional("language", item.language);
    optional("publisher", item.publisher);
    print(j);
  }
}

}  // namespace

int RunFeedsCheck(const FeedsCheckOptions& o, std::ostream& out, std::ostream& err) {
  Download d;
  Status s = IsUrl(o.target) ? DownloadUrl(o, &d) : ReadFile(o.target, &d);
  if (!s.ok()) {
    err << "tidings feeds check: " << s.message() << "\n";
    return 1;
  }
  fetch::Feed feed;
  s = fetch::ParseFeed({d.body, IsUrl(o.target) ? d.final_url : o.target, d.content_type}, &feed);
  if (!s.ok()) {
    err << "tidings feeds check: " << s.message() << "\n";
    return 1;
  }
  if (!feed.recovered_error.empty()) {
    err << "tidings feeds check: warning: " << o.target << " is not well-formed XML (recovered what could be read; "
        << feed.recovered_error << ")\n";
  }
  PrintItems(feed, out);
  out.flush();
  return 0;
}

void RegisterFeedsCheckCommand(CLI::App* feeds) {
  auto o = std::make_shared<FeedsCheckOptions>();
  CLI::App* cmd = feeds->add_subcommand(
      "check", "Download or read a feed and print its items as JSON lines (url, title, published, guid, ...)");
  cmd->add_option("target", o->target, "an http(s):// or file:// URL, or a path")->required();
  cmd->add_option("--timeout-ms", o->timeout_ms, "download deadline (default 30000)");
  cmd->callback([o] {
    if (int rc = RunFeedsCheck(*o, std::cout, std::cerr); rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli
