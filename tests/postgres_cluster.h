// A throwaway PostgreSQL server for tests: initdb into a temporary directory, started with
// pg_ctl on a free loopback port (as the postgres user when we are root: PostgreSQL refuses to
// run as root), stopped and removed at the end, even when the test process is killed.
#pragma once

#include <memory>
#include <string>

namespace tidings::testing {

class PostgresCluster {
 public:
  // The cluster shared by the tests of this process, started on first use; null (with *why)
  // when the PostgreSQL server binaries are absent or the server does not start. Tests run it
  // with fsync off (they restart the server, never the machine); `durable` (for benchmarks,
  // decided by the first call) keeps PostgreSQL's default fsync and full-page writes.
  static PostgresCluster* Shared(std::string* why, bool durable = false);
  // True when CI demands PostgreSQL (TIDINGS_REQUIRE_POSTGRES=1): tests fail instead of
  // skipping when it is missing.
  static bool Required();

  ~PostgresCluster();  // stops the server and removes its directory
  PostgresCluster(const PostgresCluster&) = delete;
  PostgresCluster& operator=(const PostgresCluster&) = delete;

  // Creates an empty database and returns its URL
  // ("postgresql://postgres@127.0.0.1:PORT/NAME"). Empty on failure (see last_error()).
  std::string CreateDatabase(const std::string& name);
  // A URL whose search_path is a new, empty schema of database "postgres": a fresh store for
  // each unit test without the cost of a database.
  std::string CreateSchema(const std::string& name);
  // Runs SQL in database `db`; false (see last_error()) on failure.
  bool Exec(const std::string& db, const std::string& sql);

  // Stops the server (fast shutdown) / starts it again on the same port and data: a database
  // server restart as clients see it.
  bool Stop();
  bool StartAgain();

  int port() const { return port_; }
  const std::string& last_error() const { return last_error_; }

 private:
  PostgresCluster() = default;
  bool Init(std::string* why);
  bool RunPgCtl(const std::string& args);

  std::string bin_dir_, dir_, user_;
  bool as_postgres_ = false;
  bool durable_ = false;
  int port_ = 0;
  std::string last_error_;
};

}  // namespace tidings::testing

// In a test body: the shared cluster, or GTEST_SKIP (GTEST_FAIL when Required()) saying why.
#define TIDINGS_POSTGRES_OR_SKIP(var)                                               \
  std::string var##_why;                                                             \
  ::tidings::testing::PostgresCluster* var =                                         \
      ::tidings::testing::PostgresCluster::Shared(&var##_why);                       \
  if (var == nullptr) {                                                              \
    if (::tidings::testing::PostgresCluster::Required()) {                           \
      GTEST_FAIL() << "TIDINGS_REQUIRE_POSTGRES=1 but " << var##_why;                \
    }                                                                                \
    GTEST_SKIP() << var##_why;                                                       \
  }
