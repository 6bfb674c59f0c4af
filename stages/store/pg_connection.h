// A thin layer over one libpq connection, private to the store library: a non-blocking connect
// and statements that wait at most a deadline, text parameters, results read by column, and
// libpq failures turned into Status codes the store can act on.
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tidings/status.h"

namespace tidings::store {

// Owns a PGresult. Rows and columns are 0-based, as in libpq.
class PgResult {
 public:
  PgResult() = default;
  explicit PgResult(PGresult* r) : r_(r) {}
  ~PgResult() { PQclear(r_); }
  PgResult(PgResult&& o) noexcept : r_(o.r_) { o.r_ = nullptr; }
  PgResult& operator=(PgResult&& o) noexcept {
    std::swap(r_, o.r_);
    return *this;
  }
  PgResult(const PgResult&) = delete;
  PgResult& operator=(const PgResult&) = delete;

  int rows() const { return r_ != nullptr ? PQntuples(r_) : 0; }
  bool IsNull(int row, int col) const { return PQgetisnull(r_, row, col) != 0; }
  std::string_view Text(int row, int col) const {
    return std::string_view(PQgetvalue(r_, row, col), static_cast<size_t>(PQgetlength(r_, row, col)));
  }
  std::string String(int row, int col) const { return std::string(Text(row, col)); }
  int64_t Int(int row, int col) const;
  double Double(int row, int col) const;
  // A bytea column in the text (hex) output format, decoded.
  std::string Bytes(int row, int col) const;

 private:
  PGresult* r_ = nullptr;
};

// Statement parameters, all sent as text except AddBytes (binary). Text loses NUL characters,
// which PostgreSQL's text type cannot hold.
class PgParams {
 public:
  // Each Add returns the placeholder ("$3") of the value it added.
  std::string Add(std::string_view text);
  std::string Add(int64_t value);
  std::string Add(double value);
  std::string AddNull();
  std::string AddOrNull(std::string_view text) { return text.empty() ? AddNull() : Add(text); }
  std::string AddBytes(std::string_view bytes);
  // A text[] literal of `items` ("{\"a\",\"b\"}").
  std::string AddTextArray(const std::vector<std::string>& items);
  size_t size() const { return values_.size(); }

 private:
  friend class PgConnection;
  std::string Next(std::string value, bool null, int format);
  std::vector<std::string> values_;
  std::vector<bool> nulls_;
  std::vector<int> formats_;
};

// One connection. Not thread-safe.
//
// Failures come back as: Busy when the server cannot be reached, went away, timed out or asks
// for a retry (serialization failure, deadlock, too many connections) -- after which broken()
// may be true and the connection must be replaced; InvalidInput for a unique violation;
// Config for what reconnecting cannot fix (bad URL, authentication, missing database);
// IoError for anything else. Every message names the server by its redacted URL.
class PgConnection {
 public:
  // Connects to `url` (a URI or key=value conninfo), waiting at most timeout_ms (0: no limit).
  // Leaves *out untouched on error.
  static Status Connect(const std::string& url, int timeout_ms, std::unique_ptr<PgConnection>* out);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  // Runs one statement and waits at most the connection's timeout for its result; *result
  // (optional) gets the rows.
  Status Exec(const std::string& sql, const PgParams& params = {}, PgResult* result = nullptr);
  // Runs SQL text that may hold several statements and no parameters (a schema script).
  Status ExecScript(const std::string& sql);
  // Runs a query and hands its rows one at a time to `each` (libpq's single-row mode, so a
  // large result is never held in memory); `each` returns false to stop early.
  Status ExecRows(const std::string& sql, const PgParams& params,
                  const std::function<bool(const PgResult& row)>& each);

  bool broken() const { return broken_ || PQstatus(conn_) != CONNECTION_OK; }
  const std::string& describe() const { return describe_; }
  void set_timeout_ms(int ms) { timeout_ms_ = ms; }

 private:
  PgConnection(PGconn* conn, std::string describe, int timeout_ms)
      : conn_(conn), describe_(std::move(describe)), timeout_ms_(timeout_ms) {}
  Status Send(const std::string& sql, const PgParams& params);
  // Pushes out what libpq buffered (non-blocking mode), within the timeout.
  Status Flush();
  // Reads every result of the statement sent; *last (optional) gets the last one with rows.
  Status ReadResults(const std::string& sql, PgResult* last);
  // Waits until a result can be read without blocking.
  Status AwaitResult();
  Status ResultError(const PGresult* r, const std::string& sql);
  Status Lost(const std::string& what);
  // Reads and discards what is left of a query that was stopped early (keep queries that may
  // stop early bounded in SQL: the rest of their rows still travels).
  void Drain();

  PGconn* conn_;
  std::string describe_;
  int timeout_ms_;
  bool broken_ = false;
};

}  // namespace tidings::store
