// Article payloads in append-only segment files beside the journal's database.
//
// Why not in the database: a payload in SQLite is a chain of overflow pages, each written to
// the WAL with a checksum, copied again by the checkpoint and freed page by page when the
// article completes. For ~200 KB of news HTML that cost the daemon ~0.2 ms an article, and
// compressing it first (to make it cheaper) ~0.3 ms more, about a seventh of the whole
// pipeline's CPU. Here a payload is one write() into the current segment, one fdatasync per
// batch makes it durable, and a segment whose payloads have all been dropped is one unlink()
// (pages not yet written back never reach the disk).
//
// The journal's rows hold where each payload is (PayloadLocation); this class knows nothing
// of articles. Segment files are named <dir>/<number>.seg; numbers only grow, and a process
// never appends to a segment of an earlier run (a crash may have left a torn tail there,
// which no row references).
//
// Thread-safety: every method is safe to call from any thread (one internal mutex).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

#include "tidings/status.h"

namespace tidings::daemon {

// Where one payload is: bytes [offset, offset + length) of segment `segment`, with the
// XXH3-64 checksum of those bytes.
struct PayloadLocation {
  int64_t segment = 0;
  uint64_t offset = 0;
  uint32_t length = 0;
  uint64_t checksum = 0;

  // The 20 bytes a journal row keeps (offset, length, checksum; little-endian). The segment
  // number has a column of its own, indexed, to find which segments are still referenced.
  std::string Encode() const;
  // InvalidInput when `bytes` is not 20 bytes long.
  static Status Decode(int64_t segment, std::string_view bytes, PayloadLocation* out);
};

class PayloadSegments {
 public:
  // A new segment is started when the current one would pass this size.
  static constexpr uint64_t kSegmentBytes = 32ull << 20;

  // Opens (creating when missing) the directory `dir`. Appends go to a new segment numbered
  // after every file already there.
  static Status Open(const std::filesystem::path& dir, std::unique_ptr<PayloadSegments>* out,
                     uint64_t segment_bytes = kSegmentBytes);
  ~PayloadSegments();
  PayloadSegments(const PayloadSegments&) = delete;
  PayloadSegments& operator=(const PayloadSegments&) = delete;

  // Writes `bytes` at the end of the current segment. Not durable before Sync().
  // Payloads of 4 GiB or more are refused (InvalidInput).
  Status Append(std::string_view bytes, PayloadLocation* where);
  // Makes every byte appended so far durable (and the names of new segment files).
  Status Sync();
  // The payload at `where`. IoError naming the file when it is missing, short or its bytes
  // do not match the checksum.
  Status Read(const PayloadLocation& where, std::string* out);

  // The segment appends go to now (never removed).
  int64_t current() const;
  // Every segment file with its size in bytes.
  std::map<int64_t, uint64_t> Files() const;
  // Deletes the files of `segments`, except the current one. The caller knows no committed
  // row references them. `*removed` (may be null) gets the number of files deleted.
  Status Remove(const std::set<int64_t>& segments, size_t* removed);

  const std::filesystem::path& dir() const { return dir_; }

 private:
  struct File;
  PayloadSegments(std::filesystem::path dir, uint64_t segment_bytes, int dir_fd);
  Status StartSegmentLocked();
  Status FileLocked(int64_t segment, File** out);
  std::filesystem::path PathOf(int64_t segment) const;

  const std::filesystem::path dir_;
  const uint64_t segment_bytes_;
  const int dir_fd_;
  mutable std::mutex mu_;
  std::map<int64_t, std::unique_ptr<File>> files_;  // guarded by mu_
  int64_t current_ = 0;                             // guarded by mu_
  bool dir_dirty_ = false;   // a file was created since the last Sync (guarded by mu_)
  std::set<int64_t> dirty_;  // segments written since the last Sync (guarded by mu_)
};

}  // namespace tidings::daemon
