#include "daemon_harness.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <random>
#include <sstream>
#include <thread>

#include "postgres_cluster.h"

extern char** environ;

namespace tidings::testing {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

fs::path BinDir() {
  // TIDINGS_BIN_DIR: run the tests or benchmarks against other binaries (e.g. a saved build).
  const char* dir = std::getenv("TIDINGS_BIN_DIR");
  return dir != nullptr && *dir != '\0' ? fs::path(dir) : fs::path(TIDINGS_BINARY_DIR) / "bin";
}
fs::path SharedDir() { return fs::path(TIDINGS_SHARED_DIR); }
bool HaveShared() { return fs::exists(SharedDir() / "dictionaries" / "oeda"); }

namespace {

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> BuildEnv(const std::map<std::string, std::string>& extra) {
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) {
    std::string kv(*e);
    auto eq = kv.find('=');
    if (eq != std::string::npos && extra.count(kv.substr(0, eq))) continue;
    env.push_back(kv);
  }
  for (const auto& [k, v] : extra) env.push_back(k + "=" + v);
  return env;
}

pid_t Spawn(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
            const std::string& stdin_path, const std::string& out_path, const std::string& err_path) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, stdin_path.empty() ? "/dev/null" : stdin_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> envs = BuildEnv(env);
  std::vector<char*> envp;
  for (auto& e : envs) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, args[0], &fa, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  return rc == 0 ? pid : -1;
}

int WaitPid(pid_t pid, std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    int status = 0;
    pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid) {
      if (WIFEXITED(status)) return WEXITSTATUS(status);
      if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
      return -1;
    }
    if (std::chrono::steady_clock::now() >= deadline) return -2;
    std::this_thread::sleep_for(10ms);
  }
}

size_t AppendBody(char* data, size_t size, size_t n, void* out) {
  static_cast<std::string*>(out)->append(data, size * n);
  return size * n;
}

std::string HttpGet(const std::string& url, long* status) {
  std::string body;
  CURL* curl = curl_easy_init();
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, AppendBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 5000L);
  curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
  CURLcode rc = curl_easy_perform(curl);
  *status = 0;
  if (rc == CURLE_OK) curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, status);
  curl_easy_cleanup(curl);
  return body;
}

fs::path MakeTempDir() {
  std::random_device rd;
  fs::path dir = fs::temp_directory_path() / ("tidings-test-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(rd() % 1000000));
  fs::create_directories(dir);
  return dir;
}

}  // namespace

RunResult RunProgram(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
                     const std::string& input, std::chrono::seconds timeout) {
  fs::path dir = MakeTempDir();
  std::string in_path;
  if (!input.empty()) {
    in_path = (dir / "stdin").string();
    std::ofstream(in_path, std::ios::binary) << input;
  }
  RunResult r;
  pid_t pid = Spawn(argv, env, in_path, (dir / "out").string(), (dir / "err").string());
  if (pid < 0) {
    r.err = "cannot start " + argv[0];
    fs::remove_all(dir);
    return r;
  }
  r.exit_code = WaitPid(pid, timeout);
  if (r.exit_code == -2) {
    kill(pid, SIGKILL);
    WaitPid(pid, 5s);
    r.exit_code = -1;
  }
  r.out = ReadFile(dir / "out");
  r.err = ReadFile(dir / "err");
  fs::remove_all(dir);
  return r;
}

BackgroundProgram::BackgroundProgram(const std::vector<std::string>& argv,
                                     const std::map<std::string, std::string>& env)
    : dir_(MakeTempDir()) {
  pid_ = Spawn(argv, env, "", (dir_ / "out").string(), (dir_ / "err").string());
}

BackgroundProgram::~BackgroundProgram() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    WaitPid(pid_, 5s);
  }
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

std::string BackgroundProgram::Out() const { return ReadFile(dir_ / "out"); }

RunResult BackgroundProgram::Stop(int sig, std::chrono::seconds timeout) {
  RunResult r;
  if (pid_ <= 0) {
    r.err = "not started";
    return r;
  }
  kill(pid_, sig);  // harmless when it already exited: it stays a zombie until waited for
  r.exit_code = WaitPid(pid_, timeout);
  if (r.exit_code == -2) {
    kill(pid_, SIGKILL);
    WaitPid(pid_, 5s);
    r.exit_code = -1;
  }
  pid_ = -1;
  r.out = ReadFile(dir_ / "out");
  r.err = ReadFile(dir_ / "err");
  return r;
}

DaemonUnderTest::DaemonUnderTest(std::string extra_toml)
    : data_dir_(MakeTempDir()), extra_toml_(std::move(extra_toml)) {}

DaemonUnderTest::~DaemonUnderTest() {
  if (pid_ > 0 && exit_code_ == -1) {
    kill(pid_, SIGKILL);
    WaitPid(pid_, 10s);
  }
  std::error_code ec;
  fs::remove_all(data_dir_, ec);
}

bool DaemonUnderTest::Start(std::string* error, std::chrono::seconds timeout) {
  std::ofstream(data_dir_ / "tidings.toml")
      << "log_level = \"info\"\n"
      << "[inbound]\npush = \"" << push_endpoint_ << "\"\nack = \"" << ack_endpoint_ << "\"\n"
      << "[outbound]\npublish = \"" << publish_endpoint_ << "\"\n"
      << "[http]\nlisten = \"127.0.0.1:0\"\n"
      << (postgres_url_.empty() ? "" : "[store]\nbackend = \"postgresql\"\nurl = \"" + postgres_url_ + "\"\n")
      << extra_toml_ << "\n";
  pid_ = Spawn({(BinDir() / "tidingsd").string(), "--data-dir", data_dir_.string()}, {}, "",
               (data_dir_ / "tidingsd.out").string(), (data_dir_ / "tidingsd.err").string());
  if (pid_ < 0) {
    *error = "cannot start tidingsd";
    return false;
  }
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    if (fs::exists(data_dir_ / "daemon.json")) return true;
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      *error = "tidingsd exited with " + std::to_string(exit_code_) + ": " + Log();
      return false;
    }
    std::this_thread::sleep_for(20ms);
  }
  *error = "tidingsd did not write daemon.json in time: " + Log();
  return false;
}

bool DaemonUnderTest::WaitHealthy(std::chrono::seconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    nlohmann::json h = Health(&status);
    if (status == 200 && h.value("status", "") == "ok") return true;
    std::this_thread::sleep_for(50ms);
  }
  return false;
}

int DaemonUnderTest::Terminate(std::chrono::seconds timeout) {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  return WaitExit(timeout);
}

int DaemonUnderTest::WaitExit(std::chrono::seconds timeout) {
  if (exit_code_ != -1) return exit_code_;
  int rc = WaitPid(pid_, timeout);
  if (rc >= 0) exit_code_ = rc;
  return rc;
}

void DaemonUnderTest::Kill() {
  if (pid_ <= 0 || exit_code_ != -1) return;
  kill(pid_, SIGKILL);
  int rc = WaitPid(pid_, 10s);
  if (rc >= 0) exit_code_ = rc;
}

bool DaemonUnderTest::Restart(std::string* error, std::chrono::seconds timeout) {
  std::error_code ec;
  fs::remove(data_dir_ / "daemon.json", ec);  // a killed daemon leaves its runtime file behind
  pid_ = -1;
  exit_code_ = -1;
  return Start(error, timeout);
}

long DaemonUnderTest::RssKb() const {
  std::ifstream in("/proc/" + std::to_string(pid_) + "/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return -1;
}

nlohmann::json DaemonUnderTest::Runtime() const {
  std::ifstream in(data_dir_ / "daemon.json");
  if (!in) return {};
  return nlohmann::json::parse(in, nullptr, false);
}

nlohmann::json DaemonUnderTest::Health(int* http_status) const {
  long status = 0;
  auto rt = Runtime();
  if (!rt.is_object()) return {};
  std::string body = HttpGet("http://" + rt.value("http", "") + "/healthz", &status);
  if (http_status) *http_status = static_cast<int>(status);
  return nlohmann::json::parse(body, nullptr, false);
}

std::string DaemonUnderTest::Metrics() const {
  long status = 0;
  return HttpGet("http://" + Runtime().value("http", "") + "/metrics", &status);
}

nlohmann::json DaemonUnderTest::Latency(int64_t since_unix_ms, int slowest) const {
  long status = 0;
  std::string body = HttpGet("http://" + Runtime().value("http", "") + "/debug/latency?since_unix_ms=" +
                                 std::to_string(since_unix_ms) + "&slowest=" + std::to_string(slowest),
                             &status);
  return status == 200 ? nlohmann::json::parse(body, nullptr, false) : nlohmann::json();
}

pid_t DaemonUnderTest::StagePid(const std::string& stage, int replica) const {
  auto h = Health();
  if (!h.is_object() || !h.contains("stages")) return -1;
  for (const auto& s : h["stages"]) {
    if (s.value("stage", "") == stage && s.value("replica", -1) == replica) return s.value("pid", -1);
  }
  return -1;
}

int DaemonUnderTest::StageRestarts(const std::string& stage, int replica) const {
  auto h = Health();
  if (!h.is_object() || !h.contains("stages")) return -1;
  for (const auto& s : h["stages"]) {
    if (s.value("stage", "") == stage && s.value("replica", -1) == replica) return s.value("restarts", -1);
  }
  return -1;
}

v1::Ack DaemonUnderTest::PushAcked(const std::string& body, std::chrono::seconds timeout) {
  zmq::socket_t s(ctx_, zmq::socket_type::dealer);
  s.set(zmq::sockopt::linger, 0);
  s.connect(Runtime().value("ack", ""));
  s.send(zmq::message_t(), zmq::send_flags::sndmore);
  s.send(zmq::buffer(body), zmq::send_flags::none);
  v1::Ack ack;
  zmq::pollitem_t items[] = {{s.handle(), 0, ZMQ_POLLIN, 0}};
  if (zmq::poll(items, 1, std::chrono::duration_cast<std::chrono::milliseconds>(timeout)) <= 0) {
    ack.set_status(v1::Ack::BUSY);
    ack.set_reason("test: no acknowledgement within the timeout");
    return ack;
  }
  zmq::message_t delim, reply;
  (void)s.recv(delim);
  (void)s.recv(reply);
  ack.ParseFromArray(reply.data(), static_cast<int>(reply.size()));
  return ack;
}

void DaemonUnderTest::PushFireAndForget(const std::string& body) {
  zmq::socket_t s(ctx_, zmq::socket_type::push);
  s.set(zmq::sockopt::linger, 10000);
  s.connect(Runtime().value("push", ""));
  s.send(zmq::buffer(body), zmq::send_flags::none);
}

namespace {

std::vector<std::map<std::string, std::string>> QueryPostgres(const std::string& url, const std::string& sql) {
  std::vector<std::map<std::string, std::string>> rows;
  PGconn* conn = PQconnectdb(url.c_str());
  if (PQstatus(conn) == CONNECTION_OK) {
    PGresult* r = PQexec(conn, sql.c_str());
    for (int i = 0; PQresultStatus(r) == PGRES_TUPLES_OK && i < PQntuples(r); ++i) {
      std::map<std::string, std::string> row;
      for (int c = 0; c < PQnfields(r); ++c) row[PQfname(r, c)] = PQgetvalue(r, i, c);
      rows.push_back(std::move(row));
    }
    PQclear(r);
  }
  PQfinish(conn);
  return rows;
}

}  // namespace

std::vector<std::map<std::string, std::string>> DaemonUnderTest::QueryStore(const std::string& sql) const {
  if (!postgres_url_.empty()) return QueryPostgres(postgres_url_, sql);
  std::vector<std::map<std::string, std::string>> rows;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2((data_dir_ / "events.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    return rows;
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt* st = nullptr;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
    while (sqlite3_step(st) == SQLITE_ROW) {
      std::map<std::string, std::string> row;
      for (int i = 0; i < sqlite3_column_count(st); ++i) {
        const unsigned char* t = sqlite3_column_text(st, i);
        row[sqlite3_column_name(st, i)] = t ? reinterpret_cast<const char*>(t) : "";
      }
      rows.push_back(std::move(row));
    }
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return rows;
}

std::string NewPostgresDatabase(PostgresCluster& cluster) {
  static int databases = 0;
  return cluster.CreateDatabase("tidings_e2e_" + std::to_string(::getpid()) + "_" + std::to_string(++databases));
}

std::string DaemonUnderTest::Log() const { return ReadFile(data_dir_ / "tidingsd.err"); }

EventCollector::EventCollector(zmq::context_t& ctx, const std::string& endpoint,
                               const std::vector<std::string>& prefixes)
    : sub_(ctx, zmq::socket_type::sub) {
  sub_.set(zmq::sockopt::linger, 0);
  for (const auto& p : prefixes) sub_.set(zmq::sockopt::subscribe, p);
  sub_.connect(endpoint);
  std::this_thread::sleep_for(200ms);  // let the subscription reach the publisher (slow joiner)
}

std::vector<std::pair<std::string, v1::Event>> EventCollector::CollectUntil(
    const std::function<bool(const std::vector<std::pair<std::string, v1::Event>>&)>& done,
    std::chrono::seconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!done(got_) && std::chrono::steady_clock::now() < deadline) {
    zmq::pollitem_t items[] = {{sub_.handle(), 0, ZMQ_POLLIN, 0}};
    zmq::poll(items, 1, 100ms);
    if (!(items[0].revents & ZMQ_POLLIN)) continue;
    zmq::message_t topic, body;
    (void)sub_.recv(topic);
    (void)sub_.recv(body);
    v1::Event e;
    e.ParseFromArray(body.data(), static_cast<int>(body.size()));
    got_.emplace_back(topic.to_string(), e);
  }
  return got_;
}

}  // namespace tidings::testing
