// The feed registry: which feeds to poll (from the config's [[feeds]] and `tidings feeds add`),
// each feed's poll state (conditional-GET validators, outcome, errors, next due time) and the
// items already seen, persisted in <data dir>/feeds.sqlite. No sockets: the fetch stage's
// poller and the `tidings feeds` commands use it, at the same time if need be.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tidings/config.h"
#include "tidings/status.h"

struct sqlite3;

namespace tidings::fetch {

struct FeedItem;

enum class FeedOrigin { kConfig, kCli };

// A feed as registered, with its poll state. Times are Unix seconds; 0 means never.
struct FeedRecord {
  std::string url;
  int interval_s = 300;
  std::string source;
  std::string language;
  FeedOrigin origin = FeedOrigin::kCli;
  int64_t added_at = 0;
  int64_t last_poll_at = 0;
  std::string last_status;      // "" never polled, "ok", "not modified", "error"
  int last_http_status = 0;     // 0 when the poll got no HTTP response
  std::string last_error;       // the last failure's message, kept after later successes
  std::string etag;             // validators for the next conditional GET
  std::string last_modified;
  int64_t items_seen = 0;       // distinct items marked seen (pruned ones included)
  int64_t errors = 0;           // failed polls, all time
  int consecutive_errors = 0;   // failed polls since the last success (drives the backoff)
  int64_t next_poll_at = 0;     // due when <= now
};

// What one poll of a feed came to.
struct PollOutcome {
  enum class Kind { kOk, kNotModified, kError };
  Kind kind = Kind::kOk;
  int http_status = 0;
  std::string etag;             // from the response; kept from before when empty
  std::string last_modified;
  std::string error;            // kError: the message (names the URL and the cause)
  int retry_after_s = 0;        // a server's Retry-After: polls wait at least this long
};

// Thread-compatible: one FeedRegistry per thread. Several processes may open the same file
// (WAL; a writer waits up to 5 s for another's transaction). Every method but the accessors
// can fail with IoError naming the file.
class FeedRegistry {
 public:
  // Opens (creating the file and its directory when missing) the registry at `path`, normally
  // FeedsPath(data_dir). On error *registry is left unchanged.
  static Status Open(const std::filesystem::path& path, std::unique_ptr<FeedRegistry>* registry);
  ~FeedRegistry();
  FeedRegistry(const FeedRegistry&) = delete;
  FeedRegistry& operator=(const FeedRegistry&) = delete;

  // Adds a feed, due at once, or updates the interval, source and language of a registered one
  // (its poll state and origin are kept). *created tells which (may be null).
  Status Add(const FeedConfig& feed, FeedOrigin origin, int64_t now, bool* created = nullptr);
  // Removes a feed with its poll state and seen items. NotFound when the URL is not registered;
  // *removed (may be null) receives the record that was removed.
  Status Remove(const std::string& url, FeedRecord* removed = nullptr);
  // NotFound when the URL is not registered.
  Status Find(const std::string& url, FeedRecord* record);
  // Every feed, by URL.
  Status List(std::vector<FeedRecord>* records);

  // Makes the config's feeds the registry's config feeds, in one transaction: each is added or
  // updated (a CLI-added feed named in the config becomes a config feed), config feeds no
  // longer in the config are removed, CLI-added feeds are kept.
  Status SyncConfig(const std::vector<FeedConfig>& feeds, int64_t now);

  // Feeds due for a poll at `now` (next_poll_at <= now), most overdue first, at most `limit`.
  Status DueFeeds(int64_t now, size_t limit, std::vector<FeedRecord>* records);
  // Records a poll: the outcome, validators, error counters, and the next due time (the
  // interval after a success; after the n-th failure in a row interval * 2^(n-1), capped at
  // one day, and never sooner than retry_after_s). NotFound when the URL is not registered
  // (it was removed while being polled).
  Status RecordPoll(const std::string& url, const PollOutcome& outcome, int64_t now);

  // Of `keys` (see SeenKey), those not yet seen for this feed, in their order. Read-only: mark
  // them seen once their articles are safely accepted, so a crash in between re-discovers them.
  Status FilterUnseen(const std::string& feed_url, const std::vector<std::string>& keys,
                      std::vector<std::string>* unseen);
  Status HasSeen(const std::string& feed_url, const std::string& key, bool* seen);
  // Marks keys seen at `now` in one transaction: new ones count towards items_seen, known ones
  // have their last-seen time refreshed (an item still in the feed is never pruned).
  // *newly_seen (may be null) receives how many were new.
  Status MarkSeen(const std::string& feed_url, const std::vector<std::string>& keys, int64_t now,
                  int* newly_seen = nullptr);
  // Forgets items last seen before `cutoff` (e.g. now - 30 days); *pruned (may be null)
  // receives how many.
  Status PruneSeen(int64_t cutoff, int64_t* pruned = nullptr);

  const std::filesystem::path& path() const { return path_; }

 private:
  FeedRegistry(std::filesystem::path path, sqlite3* db) : path_(std::move(path)), db_(db) {}
  Status Init();
  Status Exec(const char* sql);
  Status Error(const std::string& what) const;
  Status RemoveLocked(const std::string& url);

  std::filesystem::path path_;
  sqlite3* db_;
};

// The key an item is remembered by: its guid as written, else its URL.
std::string SeenKey(const FeedItem& item);

const char* FeedOriginName(FeedOrigin origin);  // "config", "cli"

}  // namespace tidings::fetch
