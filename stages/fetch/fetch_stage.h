// The fetch stage's logic: articles that carry only a URL are downloaded by the crawler, many
// at once; articles that already carry html or text pass at once, never behind a download;
// a URL fetched before (by canonical form, across restarts) is a duplicate decided before any
// network work. Every outcome is counted for /metrics (tidings_fetch_total{outcome=...}).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "fetch/crawler.h"
#include "fetch/feed_poller.h"
#include "fetch/seen_urls.h"
#include "tidings/stage_runner.h"

namespace tidings::fetch {

struct FetchStageOptions {
  CrawlerOptions crawler;
  // Articles held at once (waiting for robots.txt or a politeness slot, or downloading). At
  // this many the runner stops reading its input. Larger than crawler.max_in_flight so that
  // a burst of links to one slow-paced host does not hold back every other host.
  size_t max_queued = 256;
  std::filesystem::path seen_path;        // SeenUrls file; empty: duplicates only within a run
  int64_t seen_ttl_s = 30 * 24 * 3600;
};

// The stage a [fetch] table asks for, keeping its seen-set at `seen_path`.
FetchStageOptions FetchStageOptionsFrom(const FetchConfig& config, std::filesystem::path seen_path);

// Called from the stage runner's thread only.
class FetchStage : public AsyncStageLogic {
 public:
  // Opens the seen-set. On error *stage is left unchanged and the message names the file.
  static Status Create(FetchStageOptions options, std::unique_ptr<FetchStage>* stage);

  // An article with html or text: Ok at once, untouched. With only a URL: downloaded; on
  // success html holds the body as served (decoded from gzip/deflate/br, not transcoded),
  // content_type the response's Content-Type with its charset (for the clean stage), url the
  // final URL and labels["requested_url"] the URL asked for. Failures (each a dead letter
  // whose reason names the URL): not an Article or no url (InvalidInput), a duplicate URL
  // (InvalidInput, "duplicate: ..."), and every crawler failure (FetchResponse::status), plus
  // an empty or binary body (InvalidInput).
  void Start(Ticket ticket, v1::Envelope* envelope, std::vector<Done>* done) override;
  bool HasRoom() const override { return held_ < options_.max_queued; }
  void Poll(std::chrono::milliseconds timeout, std::span<const int> wake_fds,
            std::vector<Done>* done) override;
  // tidings_fetch_total{outcome}, tidings_fetch_passthrough_total, tidings_fetch_transfers,
  // tidings_fetch_held, and the feed poller's metrics.
  void AddMetrics(v1::Heartbeat* heartbeat) const override;
  // Dead letters of the feed poller.
  void TakeDeadLetters(std::vector<v1::DeadLetter>* letters) override;

  // Polls feeds beside the articles, on the same crawler (so politeness covers both). Give the
  // poller crawler(); it must outlive this stage's Poll() calls. One replica polls.
  void AttachFeedPoller(FeedPoller* poller) { feeds_ = poller; }

  // Articles finished per outcome name (OutcomeName() values, "duplicate", "empty").
  const std::map<std::string, uint64_t>& outcomes() const { return outcomes_; }
  uint64_t passed_through() const { return passed_through_; }
  size_t held() const { return held_; }
  Crawler& crawler() { return crawler_; }

 private:
  // An article waiting for the download of its canonical URL.
  struct Holder {
    Ticket ticket;
    v1::Envelope* envelope;
  };

  FetchStage(FetchStageOptions options, std::unique_ptr<SeenUrls> seen);
  // True (and *reason set) when another article fetched `canonical` within the ttl.
  bool IsDuplicate(const std::string& canonical, const v1::Envelope& envelope, std::string* reason);
  void OnFetched(const std::string& canonical, FetchResponse response);
  void FinishHolders(std::vector<Holder> holders, const FetchResponse& response, const Status& status);
  void Count(std::string_view outcome) { ++outcomes_[std::string(outcome)]; }
  // Counts `outcome` for the article, and for the feed that offered it (if any).
  void Count(const v1::Envelope& envelope, std::string_view outcome) {
    Count(outcome);
    if (feeds_ != nullptr) feeds_->NoteFetched(envelope.article_id(), outcome);
  }
  void MaybeExpireSeen();

  FetchStageOptions options_;
  Crawler crawler_;
  std::unique_ptr<SeenUrls> seen_;
  FeedPoller* feeds_ = nullptr;  // not owned; null: this replica polls no feeds
  // Canonical URL -> the articles waiting for its download; the first one asked for it.
  std::unordered_map<std::string, std::vector<Holder>> downloads_;
  std::vector<Done> finished_;  // filled by crawler completions, drained by Poll()
  size_t held_ = 0;
  uint64_t passed_through_ = 0;
  std::map<std::string, uint64_t> outcomes_;
  int64_t last_expiry_s_ = 0;
};

}  // namespace tidings::fetch
