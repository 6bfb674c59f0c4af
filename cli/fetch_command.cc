// tidings fetch URL...: runs the fetch stage's crawler on URLs, without the daemon (robots.txt,
// politeness, redirects, retries and limits as the stage applies them), and prints per URL one
// JSON line with what the stage would pass on: url, final_url, outcome, status (HTTP),
// content_type, charset (as the clean stage will read the bytes) and its source, bytes,
// attempts, redirects, elapsed_ms; "error" when the stage would make a dead letter instead.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "clean/charset_decoder.h"
#include "commands.h"
#include "fetch/crawler.h"
#include "tidings/config.h"

namespace tidings::cli {

namespace {

struct FetchCommandOptions {
  std::vector<std::string> urls;
  std::string config_file;  // its [fetch] table; defaults otherwise
  bool no_robots = false;
  bool body = false;
  int timeout_ms = 0;       // 0: from the config
};

nlohmann::ordered_json Describe(const fetch::FetchResponse& r, bool with_body) {
  nlohmann::ordered_json j;
  j["url"] = r.url;
  j["final_url"] = r.final_url;
  j["outcome"] = std::string(fetch::OutcomeName(r.outcome));
  j["status"] = r.http_status;
  j["content_type"] = r.content_type;
  if (r.ok()) {
    clean::DecodedText decoded;
    Status s = clean::DecodeToUtf8(r.body, r.content_type, &decoded);
    j["charset"] = s.ok() ? decoded.charset : "";
    j["charset_source"] = s.ok() ? decoded.charset_source : "";
    if (with_body && s.ok()) j["body"] = decoded.utf8;
    if (!s.ok()) j["error"] = s.message();
  }
  j["bytes"] = r.body.size();
  j["attempts"] = r.attempts;
  j["redirects"] = r.redirects;
  j["elapsed_ms"] = r.elapsed.count();
  if (!r.status.ok()) j["error"] = r.status.message();
  return j;
}

int RunFetch(const FetchCommandOptions& o) {
  DaemonConfig config = DefaultDaemonConfig();
  if (!o.config_file.empty()) {
    if (Status s = LoadDaemonConfig(o.config_file, &config); !s.ok()) {
      std::cerr << "tidings fetch: " << s.message() << "\n";
      return 2;
    }
  }
  fetch::CrawlerOptions options = fetch::CrawlerOptionsFrom(config.fetch);
  if (o.no_robots) options.robots = false;
  if (o.timeout_ms > 0) options.timeout = std::chrono::milliseconds(o.timeout_ms);
  fetch::Crawler crawler(options);
  std::vector<nlohmann::ordered_json> results(o.urls.size());
  size_t next_to_print = 0;
  int failed = 0;
  for (size_t i = 0; i < o.urls.size(); ++i) {
    fetch::FetchRequest request;
    request.url = o.urls[i];
    crawler.Submit(std::move(request), [&, i](fetch::FetchResponse r) {
      results[i] = Describe(r, o.body);
      if (results[i].contains("error")) ++failed;
    });
  }
  // Lines come out in the order the URLs were given, each as soon as it and those before it
  // are done.
  while (next_to_print < results.size()) {
    crawler.Poll(std::chrono::milliseconds(200));
    while (next_to_print < results.size() && !results[next_to_print].is_null()) {
      std::cout << results[next_to_print++].dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                << std::endl;
    }
  }
  return failed == 0 ? 0 : 1;
}

}  // namespace

void RegisterFetchCommand(CLI::App& app) {
  auto o = std::make_shared<FetchCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "fetch",
      "Download URLs as the fetch stage would (offline, no daemon: robots.txt, politeness, "
      "redirects, retries); prints one JSON line per URL (exit status 1 when any failed)");
  cmd->add_option("urls", o->urls, "http or https URLs")->required();
  cmd->add_option("--config", o->config_file, "a tidings.toml whose [fetch] table applies");
  cmd->add_option("--timeout-ms", o->timeout_ms, "deadline of one transfer (default: [fetch] timeout_ms)");
  cmd->add_flag("--no-robots", o->no_robots, "ignore robots.txt (for checking a page by hand)");
  cmd->add_flag("--body", o->body, "also print the page as UTF-8 text (field \"body\")");
  cmd->callback([o]() {
    int rc = RunFetch(*o);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli
