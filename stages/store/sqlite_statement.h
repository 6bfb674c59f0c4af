// A thin RAII wrapper over one prepared SQLite statement, private to the store library.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace tidings::store {

// Owns a sqlite3_stmt. Bind indexes are 1-based, column indexes 0-based (as in SQLite).
// Not thread-safe; lives no longer than its connection.
class SqliteStatement {
 public:
  SqliteStatement() = default;
  ~SqliteStatement() { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  // SQLITE_OK or the error code; the connection's errmsg says why.
  int Prepare(sqlite3* db, std::string_view sql) {
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    return sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                              &stmt_, nullptr);
  }
  bool prepared() const { return stmt_ != nullptr; }

  // Ready for new bindings (a cached statement is reused this way).
  void Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  void Bind(int i, std::string_view text) {
    sqlite3_bind_text64(stmt_, i, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  void BindBlob(int i, std::string_view bytes) {
    sqlite3_bind_blob64(stmt_, i, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  }
  void Bind(int i, int64_t value) { sqlite3_bind_int64(stmt_, i, value); }
  void Bind(int i, double value) { sqlite3_bind_double(stmt_, i, value); }
  void BindNull(int i) { sqlite3_bind_null(stmt_, i); }
  // Text, or NULL when empty.
  void BindOrNull(int i, std::string_view text) {
    if (text.empty()) {
      BindNull(i);
    } else {
      Bind(i, text);
    }
  }

  // Resets the statement when the scope ends, so that no finished-but-unreset statement holds
  // a read snapshot open (which would pin the WAL and hide later commits).
  class ScopedUse {
   public:
    explicit ScopedUse(SqliteStatement& s) : s_(s) { s_.Reset(); }
    ~ScopedUse() { s_.Reset(); }
    ScopedUse(const ScopedUse&) = delete;
    ScopedUse& operator=(const ScopedUse&) = delete;

   private:
    SqliteStatement& s_;
  };

  // SQLITE_ROW, SQLITE_DONE or an error code.
  int Step() { return sqlite3_step(stmt_); }

  bool IsNull(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int64_t Int(int col) const { return sqlite3_column_int64(stmt_, col); }
  double Double(int col) const { return sqlite3_column_double(stmt_, col); }
  // Exact bytes, embedded NULs included.
  std::string Text(int col) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(stmt_, col));
  }
  std::string Blob(int col) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, col));
    return p == nullptr ? std::string() : std::string(p, sqlite3_column_bytes(stmt_, col));
  }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace tidings::store
