// Runs a real tidingsd (and the real `tidings` CLI) for end-to-end tests: a temporary data
// directory, every endpoint on an ephemeral loopback port, and helpers to talk to it over
// real ZeroMQ sockets and to read its store (SQLite, or PostgreSQL with UsePostgres).
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <zmq.hpp>

#include "tidings/v1/tidings.pb.h"

namespace tidings::testing {

std::filesystem::path BinDir();             // where tidingsd, tidings, tidings-* are ($TIDINGS_BIN_DIR)
std::filesystem::path SharedDir();          // ../shared
bool HaveShared();

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};
// Runs a program to completion with extra environment variables and optional stdin.
RunResult RunProgram(const std::vector<std::string>& argv,
                     const std::map<std::string, std::string>& env = {},
                     const std::string& input = "", std::chrono::seconds timeout = std::chrono::seconds(120));

// A program running in the background (e.g. `tidings subscribe`), stdout and stderr in files.
class BackgroundProgram {
 public:
  BackgroundProgram(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env = {});
  ~BackgroundProgram();  // SIGKILLs the program if still running, removes its files
  BackgroundProgram(const BackgroundProgram&) = delete;
  BackgroundProgram& operator=(const BackgroundProgram&) = delete;

  bool started() const { return pid_ > 0; }
  std::string Out() const;  // stdout so far
  // Sends `sig` (unless the program already exited), waits for the exit and returns the exit
  // code (-1 on timeout, then SIGKILLed) with everything it printed.
  RunResult Stop(int sig, std::chrono::seconds timeout = std::chrono::seconds(10));

 private:
  std::filesystem::path dir_;
  pid_t pid_ = -1;
};

class DaemonUnderTest {
 public:
  // `extra_toml` is appended to a config that puts every endpoint on an ephemeral port.
  explicit DaemonUnderTest(std::string extra_toml = "");
  ~DaemonUnderTest();  // SIGKILLs the daemon if still running and removes the data directory

  // Starts tidingsd and waits for its runtime file. False (with the daemon's log in
  // `error`) when it does not come up in time.
  bool Start(std::string* error, std::chrono::seconds timeout = std::chrono::seconds(20));
  // Waits until /healthz reports every stage up.
  bool WaitHealthy(std::chrono::seconds timeout = std::chrono::seconds(20));
  // Sends SIGTERM and waits; returns the exit code (or -1 on timeout).
  int Terminate(std::chrono::seconds timeout = std::chrono::seconds(30));
  // Waits for the daemon to exit on its own; returns the exit code or -1 on timeout.
  int WaitExit(std::chrono::seconds timeout);

  // Stores into the PostgreSQL database at `url` ([store] backend = "postgresql") instead of
  // the SQLite file in the data directory. Call before Start().
  void UsePostgres(std::string url) { postgres_url_ = std::move(url); }
  bool uses_postgres() const { return !postgres_url_.empty(); }

  // Replaces the client endpoints written to the config (default: ephemeral loopback ports).
  // Call before Start().
  void SetClientEndpoints(std::string push, std::string ack, std::string publish) {
    push_endpoint_ = std::move(push);
    ack_endpoint_ = std::move(ack);
    publish_endpoint_ = std::move(publish);
  }
  // SIGKILLs the daemon (no graceful shutdown; its stages die with it) and reaps it.
  void Kill();
  // Starts a new tidingsd on the same data directory after Kill() or an exit (new ports:
  // read Runtime() again).
  bool Restart(std::string* error, std::chrono::seconds timeout = std::chrono::seconds(20));
  // Resident memory of the daemon process (VmRSS, kB); -1 when it cannot be read.
  long RssKb() const;

  nlohmann::json Runtime() const;            // daemon.json
  nlohmann::json Health(int* http_status = nullptr) const;  // GET /healthz
  std::string Metrics() const;               // GET /metrics
  // GET /debug/latency: where the time of the articles accepted since then went.
  nlohmann::json Latency(int64_t since_unix_ms = 0, int slowest = 10) const;
  pid_t StagePid(const std::string& stage, int replica = 0) const;
  int StageRestarts(const std::string& stage, int replica = 0) const;

  // One acknowledged push over a DEALER socket: returns the Ack.
  v1::Ack PushAcked(const std::string& body_bytes, std::chrono::seconds timeout = std::chrono::seconds(20));
  v1::Ack PushAcked(const v1::Article& article, std::chrono::seconds timeout = std::chrono::seconds(20)) {
    return PushAcked(article.SerializeAsString(), timeout);
  }
  // Fire-and-forget on the PUSH socket.
  void PushFireAndForget(const std::string& body_bytes);

  // Rows of a SQL query on the store, SQLite or PostgreSQL (each row: column -> text).
  std::vector<std::map<std::string, std::string>> QueryStore(const std::string& sql) const;

  // Environment for running the CLI against this daemon.
  std::map<std::string, std::string> CliEnv() const { return {{"TIDINGS_DATA", data_dir_.string()}}; }
  const std::filesystem::path& data_dir() const { return data_dir_; }
  std::string Log() const;  // the daemon's stderr so far
  pid_t pid() const { return pid_; }

 private:
  std::filesystem::path data_dir_;
  std::string extra_toml_;
  std::string postgres_url_;
  std::string push_endpoint_ = "tcp://127.0.0.1:*", ack_endpoint_ = "tcp://127.0.0.1:*",
              publish_endpoint_ = "tcp://127.0.0.1:*";
  pid_t pid_ = -1;
  int exit_code_ = -1;
  zmq::context_t ctx_{1};
};

class PostgresCluster;
// A new, empty database in `cluster` for one daemon under test; its URL (empty on failure:
// cluster.last_error() says why).
std::string NewPostgresDatabase(PostgresCluster& cluster);

// Subscribes to topic prefixes and collects (topic, Event) pairs.
class EventCollector {
 public:
  EventCollector(zmq::context_t& ctx, const std::string& endpoint, const std::vector<std::string>& prefixes);
  // Collects until `done` returns true or the timeout passes; returns what was collected.
  std::vector<std::pair<std::string, v1::Event>> CollectUntil(
      const std::function<bool(const std::vector<std::pair<std::string, v1::Event>>&)>& done,
      std::chrono::seconds timeout);

 private:
  zmq::socket_t sub_;
  std::vector<std::pair<std::string, v1::Event>> got_;
};

}  // namespace tidings::testing
