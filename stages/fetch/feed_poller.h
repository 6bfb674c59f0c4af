// Feed polling inside the fetch stage: every due feed of the registry is fetched through the
// crawler (conditional GET with its ETag / Last-Modified, politeness and robots.txt as for any
// page), parsed, and every item not seen before is offered to the daemon's acknowledged intake
// as an Article (canonical URL, title, published time, source, language hint), so it enters
// through the journal like a client's push and comes back to the fetch stage to be downloaded.
// An item counts as seen only once the daemon answered for it; the feed's new validators are
// recorded only when every new item was answered, so a crash in between re-discovers the items
// (the daemon then answers DUPLICATE). A feed that cannot be fetched or parsed becomes a dead
// letter and an error in the registry; the other feeds go on.
#pragma once

#include <chrono>
#include <deque>
#include <string_view>
#include <unordered_map>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "fetch/article_sink.h"
#include "fetch/crawler.h"
#include "fetch/feed_parser.h"
#include "fetch/feed_registry.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::fetch {

struct FeedPollerOptions {
  std::chrono::milliseconds check_every{500};  // how often the registry is asked for due feeds
  size_t max_concurrent_polls = 32;            // feeds being polled (or their items offered) at once
  size_t max_sitemaps = 50;                    // sitemaps of a sitemap index followed per poll
  int64_t forget_items_after_s = 90 * 24 * 3600;  // seen items gone from a feed this long are pruned
};

// The Article a feed item becomes, or InvalidInput (naming the feed and the item) when the item
// has no usable http(s) link. Its id is the one the daemon derives for a bare link to the
// canonical URL, so the same story offered by two feeds is one article.
Status ArticleFromFeedItem(const FeedRecord& feed, const Feed& parsed, const FeedItem& item,
                           v1::Article* article);

// Called from the fetch stage's thread only. `registry`, `crawler` and `sink` must outlive it.
class FeedPoller {
 public:
  FeedPoller(FeedRegistry& registry, Crawler& crawler, ArticleSink& sink, FeedPollerOptions options = {});
  ~FeedPoller();
  FeedPoller(const FeedPoller&) = delete;
  FeedPoller& operator=(const FeedPoller&) = delete;

  // Starts the polls that are due and moves answers along. Never waits on the network (the
  // crawler's Poll() does the waiting; its completions call back into the poller).
  void Run();
  // The latest time Run() should be called again.
  std::chrono::steady_clock::time_point NextWake() const;
  int wake_fd() { return sink_.wake_fd(); }

  // Dead letters for feeds that could not be fetched or parsed, and for unusable items.
  void TakeDeadLetters(std::vector<v1::DeadLetter>* letters);
  // The fetch stage finished downloading article `article_id` with `outcome` (a
  // tidings_fetch_total outcome): counted for the feed that offered it, when this poller
  // offered it since this process started and the daemon did not reject it (the download may
  // come before the daemon's answer). Later calls for the same article count nothing.
  void NoteFetched(const std::string& article_id, std::string_view outcome);
  // tidings_feed_polls_total{feed, outcome} (ok, not_modified, error),
  // tidings_feed_items_total{feed, result} (accepted, duplicate, rejected, invalid) and
  // tidings_feed_fetch_total{feed, outcome} (the downloads of its items).
  void AddMetrics(v1::Heartbeat* heartbeat) const;
  size_t active_polls() const { return sessions_.size(); }

 private:
  struct Session;
  struct FeedCounters {
    uint64_t ok = 0, not_modified = 0, error = 0;
    uint64_t accepted = 0, duplicate = 0, rejected = 0, invalid = 0;
  };

  void StartDuePolls(int64_t now_s);
  void StartPoll(const FeedRecord& feed);
  void OnFeedFetched(const std::string& feed_url, FetchResponse response);
  void OnSitemapFetched(const std::string& feed_url, FetchResponse response);
  void OfferItems(Session& session);
  void OnAnswer(const std::string& feed_url, const std::string& key, const v1::Ack& ack);
  void FlushSeen(Session& session);
  void MaybeFinish(const std::string& feed_url);
  void Fail(const std::string& feed_url, const FetchResponse* response, const std::string& reason,
            std::string_view original);
  void MaybePrune(int64_t now_s);
  void RememberItem(const std::string& article_id, const std::string& feed_url);
  void ForgetItem(const std::string& article_id);

  FeedRegistry& registry_;
  Crawler& crawler_;
  ArticleSink& sink_;
  FeedPollerOptions options_;
  std::map<std::string, std::unique_ptr<Session>> sessions_;  // by feed URL
  std::map<std::string, FeedCounters> counters_;               // by feed URL
  // Items offered and not yet downloaded: article id -> feed URL, oldest first in
  // item_order_ (bounded: the oldest are forgotten, their downloads counted by no feed).
  std::unordered_map<std::string, std::string> item_feed_;
  std::deque<std::string> item_order_;
  std::map<std::string, std::map<std::string, uint64_t>> fetch_outcomes_;  // feed -> outcome -> n
  std::vector<v1::DeadLetter> dead_letters_;
  std::chrono::steady_clock::time_point last_check_{};
  int64_t last_prune_s_ = 0;
};

}  // namespace tidings::fetch
