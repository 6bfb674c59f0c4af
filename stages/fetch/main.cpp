// tidings-fetch: the crawler stage. Articles with content pass at once; those with only a URL
// are downloaded, many at a time, politely (fetch/fetch_stage.h).
#include <spdlog/spdlog.h>

#include <cstdlib>

#include "fetch/daemon_intake.h"
#include "fetch/feed_poller.h"
#include "fetch/fetch_stage.h"
#include "tidings/logging.h"
#include "tidings/stage_runner.h"

namespace {

// The [fetch] keys, as the daemon passes them (tidings::FetchStageArgs).
void AddFetchOptions(CLI::App& app, tidings::FetchConfig* c) {
  app.add_option("--max-in-flight", c->max_in_flight, "transfers at once");
  app.add_option("--per-host", c->per_host, "transfers to one host at once");
  app.add_option("--host-delay-ms", c->host_delay_ms, "minimum gap between requests to one host");
  app.add_option("--robots", c->robots, "obey robots.txt (true|false)");
  app.add_option("--user-agent", c->user_agent, "User-Agent header");
  app.add_option("--connect-timeout-ms", c->connect_timeout_ms, "connection deadline");
  app.add_option("--timeout-ms", c->timeout_ms, "deadline of one transfer");
  app.add_option("--deadline-s", c->deadline_s, "deadline of one article, waits and retries included");
  app.add_option("--max-bytes", c->max_bytes, "largest body accepted");
  app.add_option("--max-redirects", c->max_redirects, "redirects followed");
  app.add_option("--max-attempts", c->max_attempts, "transfers of one URL on transient failures");
  app.add_option("--retry-base-ms", c->retry_base_ms, "backoff before the second attempt");
  app.add_option("--max-queued", c->max_queued, "articles held at once");
  app.add_option("--seen-ttl-s", c->seen_ttl_s, "how long a fetched URL is a duplicate");
}

}  // namespace

// Feed polling, when the daemon asked this replica for it: the registry, a client of the
// daemon's acknowledged intake for the items, and the poller on the stage's crawler.
struct FeedPolling {
  zmq::context_t context{1};
  std::unique_ptr<tidings::fetch::FeedRegistry> registry;
  std::unique_ptr<tidings::fetch::DaemonIntake> intake;
  std::unique_ptr<tidings::fetch::FeedPoller> poller;
};

tidings::Status StartFeedPolling(const std::string& feeds_db, const std::string& ack_endpoint,
                                 tidings::fetch::FetchStage& stage, FeedPolling* feeds) {
  if (tidings::Status s = tidings::fetch::FeedRegistry::Open(feeds_db, &feeds->registry); !s.ok()) return s;
  tidings::fetch::DaemonIntakeOptions intake;
  // With CURVE on the daemon's client sockets, the daemon hands this process a key pair of its
  // own through the environment (never on a command line, which other users can read).
  auto env = [](const char* name) { const char* v = std::getenv(name); return std::string(v != nullptr ? v : ""); };
  intake.curve_server_key = env("TIDINGS_FETCH_CURVE_SERVER_KEY");
  intake.curve_public_key = env("TIDINGS_FETCH_CURVE_PUBLIC_KEY");
  intake.curve_secret_key = env("TIDINGS_FETCH_CURVE_SECRET_KEY");
  feeds->intake = std::make_unique<tidings::fetch::DaemonIntake>(feeds->context, ack_endpoint, intake);
  feeds->poller = std::make_unique<tidings::fetch::FeedPoller>(*feeds->registry, stage.crawler(), *feeds->intake);
  stage.AttachFeedPoller(feeds->poller.get());
  return tidings::Status::Ok();
}

int main(int argc, char** argv) {
  tidings::StageRunnerOptions options;
  options.stage = "fetch";
  tidings::FetchConfig config;
  std::string seen_path, feeds_db, ack_endpoint;
  CLI::App app{"tidings fetch stage"};
  tidings::AddStageRunnerOptions(app, &options);
  AddFetchOptions(app, &config);
  app.add_option("--seen-db", seen_path, "file of URLs fetched recently (dedup across restarts)");
  app.add_option("--feeds-db", feeds_db, "feed registry to poll (with --ack; one replica polls)");
  app.add_option("--ack", ack_endpoint, "the daemon's acknowledged intake, where feed items go");
  CLI11_PARSE(app, argc, argv);
  tidings::InitLogging("tidings-fetch", options.log_level);
  std::unique_ptr<tidings::fetch::FetchStage> stage;
  tidings::Status s = tidings::fetch::FetchStage::Create(
      tidings::fetch::FetchStageOptionsFrom(config, seen_path), &stage);
  FeedPolling feeds;
  if (s.ok() && !feeds_db.empty() && !ack_endpoint.empty()) {
    s = StartFeedPolling(feeds_db, ack_endpoint, *stage, &feeds);
  }
  if (!s.ok()) {
    spdlog::error("fetch: {}", s.ToString());
    return tidings::kExitConfig;  // an unusable data directory is not fixed by restarting
  }
  const int rc = tidings::RunStage(options, *stage);
  stage->AttachFeedPoller(nullptr);
  return rc;
}
