// Helpers shared by the journal's source files (journal.cc, journal_compaction.cc); not for
// other users of the journal.
#pragma once

#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <string_view>

#include "daemon/journal.h"

// The size of a row's payload as stored, whether in its segment file or in the row.
#define TIDINGS_STORED_BYTES "COALESCE(stored_bytes, length(payload))"

namespace tidings::daemon::journal_internal {

inline int64_t NowMicros() {
  return std::chrono::duration_cast<std::chrono::microseconds>(
             WallClock::now().time_since_epoch())
      .count();
}

inline WallClock::time_point FromMicros(int64_t us) {
  return WallClock::time_point(
      std::chrono::duration_cast<WallClock::duration>(std::chrono::microseconds(us)));
}

// Finalizes a prepared statement when leaving scope.
struct StmtGuard {
  sqlite3_stmt* stmt = nullptr;
  ~StmtGuard() { sqlite3_finalize(stmt); }
};

// Resets a cached statement when leaving scope so it can be reused.
struct ResetGuard {
  sqlite3_stmt* stmt;
  ~ResetGuard() {
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
  }
};

inline void BindText(sqlite3_stmt* stmt, int index, std::string_view text) {
  sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

}  // namespace tidings::daemon::journal_internal
