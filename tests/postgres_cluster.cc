#include "postgres_cluster.h"

#include <arpa/inet.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace tidings::testing {

namespace fs = std::filesystem;

namespace {

// The newest /usr/lib/postgresql/<version>/bin with an initdb ($TIDINGS_PG_BIN overrides).
std::string FindServerBinaries() {
  if (const char* env = std::getenv("TIDINGS_PG_BIN")) return env;
  std::vector<std::pair<int, std::string>> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator("/usr/lib/postgresql", ec)) {
    fs::path bin = entry.path() / "bin";
    if (fs::exists(bin / "initdb") && fs::exists(bin / "pg_ctl")) {
      found.emplace_back(std::atoi(entry.path().filename().c_str()), bin.string());
    }
  }
  if (found.empty()) return "";
  return std::max_element(found.begin(), found.end())->second;
}

int FreePort() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  int port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0) {
    port = ntohs(a.sin_port);
  }
  ::close(fd);
  return port;
}

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

bool PostgresCluster::Required() {
  const char* env = std::getenv("TIDINGS_REQUIRE_POSTGRES");
  return env != nullptr && std::string(env) == "1";
}

PostgresCluster* PostgresCluster::Shared(std::string* why, bool durable) {
  static std::string error;
  static std::unique_ptr<PostgresCluster> shared = [durable] {
    std::unique_ptr<PostgresCluster> c(new PostgresCluster());
    c->durable_ = durable;
    if (!c->Init(&error)) c.reset();
    return c;
  }();
  if (!shared && why != nullptr) *why = error;
  return shared.get();
}

bool PostgresCluster::Init(std::string* why) {
  bin_dir_ = FindServerBinaries();
  if (bin_dir_.empty()) {
    *why = "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql: "
           "install the Debian package postgresql (deploy/install-deps.sh does)";
    return false;
  }
  char tmpl[] = "/tmp/tidings-pg-XXXXXX";
  if (::mkdtemp(tmpl) == nullptr) {
    *why = "cannot create a temporary directory for PostgreSQL";
    return false;
  }
  dir_ = tmpl;
  as_postgres_ = ::geteuid() == 0;
  if (as_postgres_) {  // PostgreSQL refuses to run as root: the postgres user owns the cluster
    passwd* pw = ::getpwnam("postgres");
    if (pw == nullptr || ::chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
      *why = "running as root, but there is no postgres user to run the server as";
      return false;
    }
  }
  const std::string as = as_postgres_ ? "runuser -u postgres -- " : "";
  const std::string initdb = as + bin_dir_ + "/initdb -D " + dir_ + "/data -A trust -U postgres " +
                             "--encoding=UTF8 --no-locale --no-sync > " + dir_ + "/initdb.log 2>&1 < /dev/null";
  if (std::system(initdb.c_str()) != 0) {
    *why = "initdb failed: " + ReadFile(fs::path(dir_) / "initdb.log");
    return false;
  }
  // If this process is killed, a watchdog stops the server and removes its files.
  const std::string watchdog = "setsid sh -c 'while kill -0 " + std::to_string(::getpid()) +
                               " 2>/dev/null; do sleep 1; done; " + as + bin_dir_ + "/pg_ctl -D " + dir_ +
                               "/data stop -m immediate; rm -rf " + dir_ + "' > /dev/null 2>&1 < /dev/null &";
  if (std::system(watchdog.c_str()) != 0) {
    *why = "cannot start the cleanup watchdog";
    return false;
  }
  port_ = FreePort();
  if (!StartAgain()) {
    *why = last_error_;
    return false;
  }
  return true;
}

PostgresCluster::~PostgresCluster() {
  if (!dir_.empty()) {
    RunPgCtl("stop -m immediate");
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
}

bool PostgresCluster::RunPgCtl(const std::string& args) {
  const std::string as = as_postgres_ ? "runuser -u postgres -- " : "";
  const std::string cmd = as + bin_dir_ + "/pg_ctl -D " + dir_ + "/data -w -t 60 " + args + " >> " + dir_ +
                          "/pg_ctl.log 2>&1 < /dev/null";
  if (std::system(cmd.c_str()) != 0) {
    last_error_ = "pg_ctl " + args + " failed: " + ReadFile(fs::path(dir_) / "pg_ctl.log") +
                  ReadFile(fs::path(dir_) / "server.log");
    return false;
  }
  return true;
}

bool PostgresCluster::Stop() { return RunPgCtl("stop -m fast"); }

bool PostgresCluster::StartAgain() {
  // fsync off: the tests kill clients and restart the server, never the machine. Commits stay
  // synchronous, so a server stopped at any moment keeps what it acknowledged.
  const std::string speed = durable_ ? "" : " -c fsync=off -c full_page_writes=off";
  return RunPgCtl("-l " + dir_ + "/server.log -o \"-p " + std::to_string(port_) + " -k " + dir_ +
                  " -c listen_addresses=127.0.0.1" + speed + " -c max_connections=200\" start");
}

bool PostgresCluster::Exec(const std::string& db, const std::string& sql) {
  const std::string conninfo =
      "host=127.0.0.1 port=" + std::to_string(port_) + " user=postgres dbname=" + db + " connect_timeout=10";
  PGconn* conn = PQconnectdb(conninfo.c_str());
  bool ok = PQstatus(conn) == CONNECTION_OK;
  if (ok) {
    PGresult* r = PQexec(conn, sql.c_str());
    ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok) last_error_ = PQresultErrorMessage(r);
    PQclear(r);
  } else {
    last_error_ = PQerrorMessage(conn);
  }
  PQfinish(conn);
  return ok;
}

std::string PostgresCluster::CreateDatabase(const std::string& name) {
  if (!Exec("postgres", "CREATE DATABASE \"" + name + "\"")) return "";
  return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + name;
}

std::string PostgresCluster::CreateSchema(const std::string& name) {
  if (!Exec("postgres", "CREATE SCHEMA \"" + name + "\"")) return "";
  return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/postgres?options=-csearch_path%3D" + name;
}

}  // namespace tidings::testing
