#include "fetch/feed_poller.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <set>
#include <unordered_set>

#include "fetch/retry_policy.h"
#include "fetch/url_canonicalizer.h"
#include "tidings/wire.h"

namespace tidings::fetch {

namespace {

constexpr const char* kFeedAccept =
    "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, "
    "text/xml;q=0.9, */*;q=0.8";
constexpr size_t kRememberedItems = 100000;  // offered items whose downloads are counted per feed
constexpr size_t kSeenBatch = 256;        // answered items marked seen in one transaction
constexpr size_t kKeptOriginalBytes = 64 << 10;
constexpr int64_t kPruneEveryS = 3600;

int64_t NowUnixSeconds() { return NowUnixMillis() / 1000; }

std::string DescribeItem(const FeedItem& item) {
  if (!item.guid.empty()) return fmt::format("'{}'", item.guid);
  if (!item.title.empty()) return fmt::format("titled '{}'", item.title);
  return "without guid or title";
}

void AddSample(v1::Heartbeat* hb, const char* name, uint64_t value, const std::string& feed,
               const char* label, const char* label_value) {
  v1::MetricSample* s = hb->add_samples();
  s->set_name(name);
  s->set_value(static_cast<double>(value));
  (*s->mutable_labels())["feed"] = feed;
  (*s->mutable_labels())[label] = label_value;
}

}  // namespace

// One poll of one feed, from its download to the last answer for its new items.
struct FeedPoller::Session {
  FeedRecord feed;
  std::string feed_title;             // of the parsed document, the source when none is configured
  std::string etag, last_modified;    // of the response; recorded when the poll completes
  int http_status = 0;
  size_t downloads_left = 0;          // the feed, then the sitemaps of a sitemap index
  std::vector<FeedItem> items;        // gathered from the feed or its sitemaps
  bool offered = false;               // the items have been offered: only answers are awaited
  size_t unanswered = 0;
  std::vector<std::string> answered;  // keys to mark seen
};

Status ArticleFromFeedItem(const FeedRecord& feed, const Feed& parsed, const FeedItem& item,
                           v1::Article* article) {
  if (item.url.empty()) {
    return Status::InvalidInput(fmt::format("feed {}: item {} has no link", feed.url, DescribeItem(item)));
  }
  std::string canonical;
  if (Status s = CanonicalizeUrl(item.url, &canonical); !s.ok()) {
    return Status::InvalidInput(
        fmt::format("feed {}: item {} has no usable link: {}", feed.url, DescribeItem(item), s.message()));
  }
  v1::Article bare;
  bare.set_url(canonical);
  article->Clear();
  article->set_id(DeriveArticleId(bare));
  article->set_url(canonical);
  article->set_title(item.title);
  article->set_published(!item.published.empty() ? item.published : item.updated);
  article->set_source(!feed.source.empty() ? feed.source : !item.publisher.empty() ? item.publisher : parsed.title);
  article->set_language_hint(!feed.language.empty() ? feed.language : item.language);
  (*article->mutable_labels())["feed"] = feed.url;
  if (!item.guid.empty()) (*article->mutable_labels())["guid"] = item.guid;
  return Status::Ok();
}

FeedPoller::FeedPoller(FeedRegistry& registry, Crawler& crawler, ArticleSink& sink, FeedPollerOptions options)
    : registry_(registry), crawler_(crawler), sink_(sink), options_(options) {}

FeedPoller::~FeedPoller() = default;

void FeedPoller::Run() {
  sink_.Pump();
  const auto now = std::chrono::steady_clock::now();
  if (now - last_check_ >= options_.check_every) {
    last_check_ = now;
    const int64_t now_s = NowUnixSeconds();
    StartDuePolls(now_s);
    MaybePrune(now_s);
  }
  sink_.Pump();
}

std::chrono::steady_clock::time_point FeedPoller::NextWake() const {
  auto next = last_check_ + options_.check_every;
  if (auto sink = sink_.NextWake(); sink && *sink < next) next = *sink;
  return next;
}

void FeedPoller::StartDuePolls(int64_t now_s) {
  if (sessions_.size() >= options_.max_concurrent_polls) return;
  std::vector<FeedRecord> due;
  // Feeds being polled are still due (their next poll is recorded when they finish): ask for
  // enough to find new ones behind them.
  Status s = registry_.DueFeeds(now_s, options_.max_concurrent_polls + sessions_.size(), &due);
  if (!s.ok()) {
    spdlog::warn("fetch: feed registry: {}", s.ToString());
    return;
  }
  for (const FeedRecord& feed : due) {
    if (sessions_.size() >= options_.max_concurrent_polls) break;
    if (!sessions_.count(feed.url)) StartPoll(feed);
  }
}

void FeedPoller::StartPoll(const FeedRecord& feed) {
  auto session = std::make_unique<Session>();
  session->feed = feed;
  session->downloads_left = 1;
  FetchRequest request;
  request.url = feed.url;
  request.text_only = false;  // feeds come with every content type; the parser judges
  request.headers = {{"Accept", kFeedAccept}};
  if (!feed.etag.empty()) request.headers.emplace_back("If-None-Match", feed.etag);
  if (!feed.last_modified.empty()) request.headers.emplace_back("If-Modified-Since", feed.last_modified);
  sessions_[feed.url] = std::move(session);
  crawler_.Submit(std::move(request), [this, url = feed.url](FetchResponse response) {
    OnFeedFetched(url, std::move(response));
  });
}

void FeedPoller::OnFeedFetched(const std::string& feed_url, FetchResponse response) {
  auto it = sessions_.find(feed_url);
  if (it == sessions_.end()) return;
  Session& session = *it->second;
  session.http_status = static_cast<int>(response.http_status);
  if (response.outcome == FetchOutcome::kNotModified) {
    PollOutcome outcome;
    outcome.kind = PollOutcome::Kind::kNotModified;
    outcome.http_status = 304;
    if (Status s = registry_.RecordPoll(feed_url, outcome, NowUnixSeconds()); !s.ok() && s.code() != Status::Code::kNotFound) {
      spdlog::warn("fetch: feed registry: {}", s.ToString());
    }
    ++counters_[feed_url].not_modified;
    sessions_.erase(it);
    return;
  }
  if (!response.ok()) {
    Fail(feed_url, &response, "feed poll failed: " + response.status.message(), feed_url);
    return;
  }
  Feed parsed;
  if (Status s = ParseFeed({response.body, response.final_url, response.content_type}, &parsed); !s.ok()) {
    Fail(feed_url, &response, "malformed feed: " + s.message(), response.body);
    return;
  }
  if (!parsed.recovered_error.empty()) {
    spdlog::warn("fetch: feed {} is not well-formed XML; read what could be recovered ({})", feed_url,
                 parsed.recovered_error);
  }
  session.etag = response.Header("etag");
  session.last_modified = response.Header("last-modified");
  session.feed_title = parsed.title;
  session.items = std::move(parsed.items);
  for (size_t i = 0; i < parsed.sitemaps.size() && i < options_.max_sitemaps; ++i) {
    ++session.downloads_left;
    FetchRequest request;
    request.url = parsed.sitemaps[i].url;
    request.text_only = false;
    crawler_.Submit(std::move(request), [this, feed_url](FetchResponse r) { OnSitemapFetched(feed_url, std::move(r)); });
  }
  if (--session.downloads_left == 0) OfferItems(session);
}

// A sitemap named by a sitemap index: its pages join the poll's items. A failing sitemap is
// logged; the index and the other sitemaps still count.
void FeedPoller::OnSitemapFetched(const std::string& feed_url, FetchResponse response) {
  auto it = sessions_.find(feed_url);
  if (it == sessions_.end()) return;
  Session& session = *it->second;
  Feed parsed;
  Status s = response.ok() ? ParseFeed({response.body, response.final_url, response.content_type}, &parsed)
                           : response.status;
  if (!s.ok()) {
    spdlog::warn("fetch: sitemap {} of feed {}: {}", response.url, feed_url, s.ToString());
  } else {
    for (auto& item : parsed.items) session.items.push_back(std::move(item));
  }
  if (--session.downloads_left == 0) OfferItems(session);
}

void FeedPoller::OfferItems(Session& session) {
  const std::string feed_url = session.feed.url;
  session.offered = true;
  std::vector<std::string> keys;
  keys.reserve(session.items.size());
  for (const FeedItem& item : session.items) keys.push_back(SeenKey(item));
  std::vector<std::string> unseen;
  if (Status s = registry_.FilterUnseen(feed_url, keys, &unseen); !s.ok()) {
    Fail(feed_url, nullptr, "feed registry: " + s.message(), feed_url);
    return;
  }
  std::unordered_set<std::string> wanted(unseen.begin(), unseen.end());
  // Items still listed keep their seen mark fresh, so only items gone from the feed are pruned.
  std::vector<std::string> still_listed;
  for (const auto& key : keys) {
    if (!wanted.count(key)) still_listed.push_back(key);
  }
  if (!still_listed.empty()) {
    if (Status s = registry_.MarkSeen(feed_url, still_listed, NowUnixSeconds()); !s.ok()) {
      spdlog::warn("fetch: feed registry: {}", s.ToString());
    }
  }
  Feed parsed;
  parsed.title = session.feed_title;
  for (size_t i = 0; i < session.items.size(); ++i) {
    if (wanted.erase(keys[i]) == 0) continue;  // seen before, or listed twice in this poll
    v1::Article article;
    if (Status s = ArticleFromFeedItem(session.feed, parsed, session.items[i], &article); !s.ok()) {
      ++counters_[feed_url].invalid;
      dead_letters_.push_back(MakeDeadLetter("fetch", s.message(), session.items[i].url, "", 0));
      session.answered.push_back(keys[i]);  // never usable: do not report it again
      continue;
    }
    ++session.unanswered;
    const std::string id = article.id();
    // Remembered when offered, not when acknowledged: the daemon routes an article to the
    // download before its journal batch commits, so the download can finish before the ack.
    RememberItem(id, feed_url);
    sink_.Offer(std::move(article), [this, feed_url, id, key = keys[i]](const v1::Ack& ack) {
      if (ack.status() != v1::Ack::ACCEPTED && ack.status() != v1::Ack::DUPLICATE) ForgetItem(id);
      OnAnswer(feed_url, key, ack);
    });
  }
  session.items.clear();
  MaybeFinish(feed_url);
}

void FeedPoller::OnAnswer(const std::string& feed_url, const std::string& key, const v1::Ack& ack) {
  FeedCounters& counters = counters_[feed_url];
  switch (ack.status()) {
    case v1::Ack::ACCEPTED: ++counters.accepted; break;
    case v1::Ack::DUPLICATE: ++counters.duplicate; break;
    default:
      // The daemon keeps it as a dead letter; offering it again would only repeat that.
      ++counters.rejected;
      spdlog::warn("fetch: feed {}: item {} rejected by the daemon: {}", feed_url, key, ack.reason());
      break;
  }
  auto it = sessions_.find(feed_url);
  if (it == sessions_.end()) return;
  Session& session = *it->second;
  --session.unanswered;
  session.answered.push_back(key);
  if (session.answered.size() >= kSeenBatch) FlushSeen(session);
  MaybeFinish(feed_url);
}

void FeedPoller::FlushSeen(Session& session) {
  if (session.answered.empty()) return;
  if (Status s = registry_.MarkSeen(session.feed.url, session.answered, NowUnixSeconds()); !s.ok()) {
    // Not marked: the next poll offers them again and the daemon answers DUPLICATE.
    spdlog::warn("fetch: feed registry: {}", s.ToString());
  }
  session.answered.clear();
}

// The poll is complete once every new item was answered: only then are the new validators
// recorded (with the old ones, a crash before this point makes the next poll see the items).
void FeedPoller::MaybeFinish(const std::string& feed_url) {
  auto it = sessions_.find(feed_url);
  if (it == sessions_.end() || !it->second->offered || it->second->unanswered > 0) return;
  Session& session = *it->second;
  FlushSeen(session);
  PollOutcome outcome;
  outcome.kind = PollOutcome::Kind::kOk;
  outcome.http_status = session.http_status;
  outcome.etag = session.etag;
  outcome.last_modified = session.last_modified;
  if (Status s = registry_.RecordPoll(feed_url, outcome, NowUnixSeconds()); !s.ok() && s.code() != Status::Code::kNotFound) {
    spdlog::warn("fetch: feed registry: {}", s.ToString());
  }
  ++counters_[feed_url].ok;
  sessions_.erase(it);
}

void FeedPoller::Fail(const std::string& feed_url, const FetchResponse* response, const std::string& reason,
                      std::string_view original) {
  spdlog::warn("fetch: {}", reason);
  PollOutcome outcome;
  outcome.kind = PollOutcome::Kind::kError;
  outcome.error = reason;
  if (response != nullptr) {
    outcome.http_status = static_cast<int>(response->http_status);
    if (auto wait = ParseRetryAfter(response->Header("retry-after"), std::chrono::system_clock::now())) {
      outcome.retry_after_s = static_cast<int>(std::min<int64_t>(wait->count() / 1000, 86400));
    }
  }
  if (Status s = registry_.RecordPoll(feed_url, outcome, NowUnixSeconds()); !s.ok() && s.code() != Status::Code::kNotFound) {
    spdlog::warn("fetch: feed registry: {}", s.ToString());
  }
  dead_letters_.push_back(MakeDeadLetter("fetch", reason, original, "", 0, kKeptOriginalBytes));
  ++counters_[feed_url].error;
  sessions_.erase(feed_url);
}

void FeedPoller::MaybePrune(int64_t now_s) {
  if (now_s - last_prune_s_ < kPruneEveryS) return;
  last_prune_s_ = now_s;
  int64_t pruned = 0;
  if (Status s = registry_.PruneSeen(now_s - options_.forget_items_after_s, &pruned); !s.ok()) {
    spdlog::warn("fetch: feed registry: {}", s.ToString());
  } else if (pruned > 0) {
    spdlog::info("fetch: forgot {} feed items gone from their feeds", pruned);
  }
}

void FeedPoller::TakeDeadLetters(std::vector<v1::DeadLetter>* letters) {
  for (auto& letter : dead_letters_) letters->push_back(std::move(letter));
  dead_letters_.clear();
}

void FeedPoller::RememberItem(const std::string& article_id, const std::string& feed_url) {
  if (!item_feed_.emplace(article_id, feed_url).second) return;
  item_order_.push_back(article_id);
  while (item_order_.size() > kRememberedItems) {
    item_feed_.erase(item_order_.front());
    item_order_.pop_front();
  }
}

void FeedPoller::ForgetItem(const std::string& article_id) {
  item_feed_.erase(article_id);  // its id stays in item_order_ until it is the oldest
}

void FeedPoller::NoteFetched(const std::string& article_id, std::string_view outcome) {
  auto it = item_feed_.find(article_id);
  if (it == item_feed_.end()) return;
  ++fetch_outcomes_[it->second][std::string(outcome)];
  item_feed_.erase(it);  // its id stays in item_order_ until it is the oldest; erasing twice is harmless
}

void FeedPoller::AddMetrics(v1::Heartbeat* hb) const {
  for (const auto& [feed, outcomes] : fetch_outcomes_) {
    for (const auto& [outcome, n] : outcomes) AddSample(hb, "tidings_feed_fetch_total", n, feed, "outcome", outcome.c_str());
  }
  for (const auto& [feed, c] : counters_) {
    AddSample(hb, "tidings_feed_polls_total", c.ok, feed, "outcome", "ok");
    AddSample(hb, "tidings_feed_polls_total", c.not_modified, feed, "outcome", "not_modified");
    AddSample(hb, "tidings_feed_polls_total", c.error, feed, "outcome", "error");
    AddSample(hb, "tidings_feed_items_total", c.accepted, feed, "result", "accepted");
    AddSample(hb, "tidings_feed_items_total", c.duplicate, feed, "result", "duplicate");
    AddSample(hb, "tidings_feed_items_total", c.rejected, feed, "result", "rejected");
    AddSample(hb, "tidings_feed_items_total", c.invalid, feed, "result", "invalid");
  }
}

}  // namespace tidings::fetch
