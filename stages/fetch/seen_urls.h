// The URLs the fetch stage has downloaded recently, by canonical URL (CanonicalizeUrl), kept
// in SQLite in the data directory so that a page fetched before a restart is not fetched
// again: the second article naming it is a duplicate, decided before any network work.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "tidings/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tidings::fetch {

struct SeenUrl {
  std::string article_id;      // the article whose fetch recorded it
  int64_t fetched_unix_s = 0;
};

// Durability: WAL with synchronous=NORMAL, so a record survives a process crash (not
// necessarily a power loss, which at worst costs one more download). Several fetch replicas
// may share one file (each write waits up to 2 s for another's).
// Thread-compatible: one SeenUrls per thread.
class SeenUrls {
 public:
  // Opens or creates the file (and its directory). Entries older than `ttl_s` count as unseen
  // and are deleted by Expire(). On error *seen is left unchanged and the message names the file.
  static Status Open(const std::filesystem::path& path, int64_t ttl_s, std::unique_ptr<SeenUrls>* seen);
  ~SeenUrls();
  SeenUrls(const SeenUrls&) = delete;
  SeenUrls& operator=(const SeenUrls&) = delete;

  // True (filling *entry, which may be null) when `canonical_url` was recorded within the ttl
  // before `now_unix_s`. A database error reads as "not seen": fetching twice is the safe side.
  bool Lookup(const std::string& canonical_url, int64_t now_unix_s, SeenUrl* entry);
  // Records (or refreshes) a download of `canonical_url` by `article_id`.
  Status Record(const std::string& canonical_url, const std::string& article_id, int64_t now_unix_s);
  // Deletes entries older than the ttl; *deleted (may be null) receives how many.
  Status Expire(int64_t now_unix_s, int64_t* deleted = nullptr);

 private:
  SeenUrls(std::filesystem::path path, sqlite3* db, int64_t ttl_s);
  Status Error(const char* what) const;

  std::filesystem::path path_;
  sqlite3* db_;
  int64_t ttl_s_;
  sqlite3_stmt* lookup_ = nullptr;
  sqlite3_stmt* record_ = nullptr;
};

}  // namespace tidings::fetch
