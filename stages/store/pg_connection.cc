#include "store/pg_connection.h"

#include <fmt/format.h>
#include <poll.h>

#include <chrono>
#include <cstdlib>

#include "store/event_store.h"

namespace tidings::store {

namespace {

using Clock = std::chrono::steady_clock;

// libpq messages end with a newline and may span lines; one line reads better in logs.
std::string OneLine(const char* message) {
  std::string s = message != nullptr ? message : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  return s;
}

// Waits until the socket is readable (or writable); false on timeout. timeout_ms 0: forever.
bool WaitSocket(PGconn* conn, bool for_write, Clock::time_point deadline, bool has_deadline) {
  pollfd p{PQsocket(conn), static_cast<short>(for_write ? POLLOUT : POLLIN), 0};
  while (true) {
    int wait_ms = -1;
    if (has_deadline) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) return false;
      wait_ms = static_cast<int>(left);
    }
    int rc = ::poll(&p, 1, wait_ms);
    if (rc > 0) return true;
    if (rc == 0) return false;
    if (errno != EINTR) return true;  // let libpq report the socket error
  }
}

// Connection failures that waiting cannot fix: a wrong URL, credentials or database name.
bool IsPermanentConnectFailure(const std::string& message) {
  for (const char* m : {"authentication failed", "does not exist", "no pg_hba.conf entry",
                        "no password supplied", "invalid connection option", "invalid URI",
                        "invalid integer value", "invalid sslmode", "permission denied for database"}) {
    if (message.find(m) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

int64_t PgResult::Int(int row, int col) const { return std::strtoll(PQgetvalue(r_, row, col), nullptr, 10); }

double PgResult::Double(int row, int col) const { return std::strtod(PQgetvalue(r_, row, col), nullptr); }

std::string PgResult::Bytes(int row, int col) const {
  size_t n = 0;
  unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(r_, row, col)), &n);
  if (raw == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(raw), n);
  PQfreemem(raw);
  return out;
}

std::string PgParams::Next(std::string value, bool null, int format) {
  values_.push_back(std::move(value));
  nulls_.push_back(null);
  formats_.push_back(format);
  return "$" + std::to_string(values_.size());
}

std::string PgParams::Add(std::string_view text) {
  std::string v(text);
  if (v.find('\0') != std::string::npos) std::erase(v, '\0');
  return Next(std::move(v), false, 0);
}
std::string PgParams::Add(int64_t value) { return Next(std::to_string(value), false, 0); }
// 17 significant digits: the exact double comes back.
std::string PgParams::Add(double value) { return Next(fmt::format("{:.17g}", value), false, 0); }
std::string PgParams::AddNull() { return Next("", true, 0); }
std::string PgParams::AddBytes(std::string_view bytes) { return Next(std::string(bytes), false, 1); }

std::string PgParams::AddTextArray(const std::vector<std::string>& items) {
  std::string literal = "{";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) literal += ',';
    literal += '"';
    for (char c : items[i]) {
      if (c == '\0') continue;
      if (c == '"' || c == '\\') literal += '\\';
      literal += c;
    }
    literal += '"';
  }
  literal += '}';
  return Next(std::move(literal), false, 0);
}

Status PgConnection::Connect(const std::string& url, int timeout_ms, std::unique_ptr<PgConnection>* out) {
  const std::string describe = RedactPostgresUrl(url);
  char* parse_error = nullptr;
  PQconninfoOption* parsed = PQconninfoParse(url.c_str(), &parse_error);
  if (parsed == nullptr) {
    Status s = Status::Config(fmt::format("store url {}: {}", describe, OneLine(parse_error)));
    PQfreemem(parse_error);
    return s;
  }
  PQconninfoFree(parsed);
  // The URL, plus defaults it may override: our name in pg_stat_activity, UTF-8 text.
  const char* keywords[] = {"dbname", "fallback_application_name", "client_encoding", nullptr};
  const char* values[] = {url.c_str(), "tidings", "UTF8", nullptr};
  PGconn* conn = PQconnectStartParams(keywords, values, /*expand_dbname=*/1);
  if (conn == nullptr) return Status::Internal("libpq could not allocate a connection");
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms);
  PostgresPollingStatusType poll_status = PGRES_POLLING_WRITING;
  while (PQstatus(conn) != CONNECTION_BAD && poll_status != PGRES_POLLING_OK &&
         poll_status != PGRES_POLLING_FAILED) {
    if (!WaitSocket(conn, poll_status == PGRES_POLLING_WRITING, deadline, timeout_ms > 0)) {
      PQfinish(conn);
      return Status::Busy(fmt::format("store {}: no connection within {} ms", describe, timeout_ms));
    }
    poll_status = PQconnectPoll(conn);
  }
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string why = OneLine(PQerrorMessage(conn));
    PQfinish(conn);
    std::string msg = fmt::format("store {}: cannot connect: {}", describe, why);
    return IsPermanentConnectFailure(why) ? Status::Config(msg) : Status::Busy(msg);
  }
  if (PQsetnonblocking(conn, 1) != 0) {
    std::string why = OneLine(PQerrorMessage(conn));
    PQfinish(conn);
    return Status::IoError(fmt::format("store {}: {}", describe, why));
  }
  out->reset(new PgConnection(conn, describe, timeout_ms));
  return Status::Ok();
}

PgConnection::~PgConnection() { PQfinish(conn_); }

Status PgConnection::Lost(const std::string& what) {
  broken_ = true;
  return Status::Busy(fmt::format("store {}: {}: {}", describe_, what, OneLine(PQerrorMessage(conn_))));
}

Status PgConnection::Send(const std::string& sql, const PgParams& params) {
  if (broken()) return Status::Busy(fmt::format("store {}: the connection is lost", describe_));
  std::vector<const char*> values;
  std::vector<int> lengths;
  for (size_t i = 0; i < params.values_.size(); ++i) {
    values.push_back(params.nulls_[i] ? nullptr : params.values_[i].data());
    lengths.push_back(static_cast<int>(params.values_[i].size()));
  }
  if (PQsendQueryParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                        lengths.data(), params.formats_.data(), /*resultFormat=*/0) == 0) {
    return Lost("cannot send a statement");
  }
  return Flush();
}

Status PgConnection::Flush() {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms_);
  while (true) {  // non-blocking mode: push the whole statement out
    int rc = PQflush(conn_);
    if (rc == 0) return Status::Ok();
    if (rc < 0) return Lost("cannot send a statement");
    if (!WaitSocket(conn_, /*for_write=*/true, deadline, timeout_ms_ > 0)) {
      broken_ = true;
      return Status::Busy(fmt::format("store {}: sending a statement took over {} ms", describe_, timeout_ms_));
    }
  }
}

Status PgConnection::AwaitResult() {
  const auto deadline = Clock::now() + std::chrono::milliseconds(timeout_ms_);
  while (PQisBusy(conn_)) {
    if (!WaitSocket(conn_, /*for_write=*/false, deadline, timeout_ms_ > 0)) {
      // The server may be gone or wedged; the transaction dies with this connection.
      broken_ = true;
      return Status::Busy(fmt::format("store {}: no answer within {} ms", describe_, timeout_ms_));
    }
    if (PQconsumeInput(conn_) == 0) return Lost("the connection was lost");
  }
  return Status::Ok();
}

Status PgConnection::ResultError(const PGresult* r, const std::string& sql) {
  const char* state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
  const std::string code = state != nullptr ? state : "";
  const std::string text = OneLine(PQresultErrorMessage(r));
  if (PQstatus(conn_) != CONNECTION_OK || code.rfind("08", 0) == 0 || code == "57P01" || code == "57P02" ||
      code == "57P03") {
    broken_ = true;
    return Status::Busy(fmt::format("store {}: the server went away: {}", describe_, text));
  }
  if (code == "40001" || code == "40P01" || code == "53300" || code == "55P03") {
    return Status::Busy(fmt::format("store {}: {}", describe_, text));
  }
  if (code == "23505") return Status::InvalidInput(fmt::format("store {}: {}", describe_, text));
  std::string head = sql.substr(0, 60);
  return Status::IoError(fmt::format("store {}: {} (SQLSTATE {}, in \"{}...\")", describe_, text, code, head));
}

Status PgConnection::Exec(const std::string& sql, const PgParams& params, PgResult* result) {
  if (Status s = Send(sql, params); !s.ok()) return s;
  return ReadResults(sql, result);
}

Status PgConnection::ReadResults(const std::string& sql, PgResult* last) {
  Status outcome;
  while (true) {
    if (Status s = AwaitResult(); !s.ok()) return s;
    PGresult* raw = PQgetResult(conn_);
    if (raw == nullptr) break;  // no more results
    PgResult r(raw);
    ExecStatusType st = PQresultStatus(raw);
    if (st == PGRES_FATAL_ERROR || st == PGRES_BAD_RESPONSE || st == PGRES_NONFATAL_ERROR) {
      if (outcome.ok()) outcome = ResultError(raw, sql);
    } else if (last != nullptr) {
      *last = std::move(r);
    }
  }
  if (PQstatus(conn_) != CONNECTION_OK && outcome.ok()) return Lost("the connection was lost");
  return outcome;
}

Status PgConnection::ExecScript(const std::string& sql) {
  if (broken()) return Status::Busy(fmt::format("store {}: the connection is lost", describe_));
  if (PQsendQuery(conn_, sql.c_str()) == 0) return Lost("cannot send a statement");
  if (Status s = Flush(); !s.ok()) return s;
  return ReadResults(sql, nullptr);
}

// No PQcancel: a cancel request that arrives after the query ended would cancel the next one.
void PgConnection::Drain() {
  while (!broken()) {
    if (!AwaitResult().ok()) return;
    PGresult* r = PQgetResult(conn_);
    if (r == nullptr) return;
    PQclear(r);
  }
}

Status PgConnection::ExecRows(const std::string& sql, const PgParams& params,
                              const std::function<bool(const PgResult& row)>& each) {
  if (Status s = Send(sql, params); !s.ok()) return s;
  if (PQsetSingleRowMode(conn_) == 0) return Lost("cannot read rows one at a time");
  Status outcome;
  while (true) {
    if (Status s = AwaitResult(); !s.ok()) return s;
    PGresult* raw = PQgetResult(conn_);
    if (raw == nullptr) break;
    PgResult r(raw);
    ExecStatusType st = PQresultStatus(raw);
    if (st == PGRES_SINGLE_TUPLE) {
      if (!each(r)) {
        Drain();
        return Status::Ok();
      }
    } else if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK && outcome.ok()) {
      outcome = ResultError(raw, sql);
    }
  }
  return outcome;
}

}  // namespace tidings::store
