// /healthz as a pure function of a snapshot of the daemon: what every stage replica does
// (local or on a worker host), the journal, what is in flight. No sockets, no clocks.
#pragma once

#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace tidings::daemon {

struct ReplicaHealth {
  std::string stage;
  int replica = 0;
  std::string host;           // empty: this host; else the worker's host (cluster mode)
  pid_t pid = 0;
  std::string state;          // "running", "backoff", ... (ChildStateName)
  bool up = false;            // running and heartbeating
  int restarts = 0;
  double uptime_s = 0;
  std::string last_exit;      // how the previous process ended; empty when none
  std::string processing;     // article being processed at the last heartbeat; empty: idle
};

struct WorkerHealth {
  std::string name;           // the worker's cluster name
  std::string host;
  bool up = false;            // reported within its liveness window
  double last_report_s = 0;   // seconds since its last report
};

// A warning or error the daemon logged (daemon/recent_log.h keeps the last few).
struct LoggedMessage {
  int64_t unix_ms = 0;
  std::string level;    // "warning", "error", "critical"
  std::string message;  // without time or level
};

struct HealthSnapshot {
  bool shutting_down = false;
  pid_t pid = 0;
  double uptime_s = 0;
  std::string data_dir;
  std::string role = "main";  // "main" or "worker"
  uint64_t in_flight = 0;
  uint64_t in_flight_bytes = 0;
  uint64_t journal_open = 0, journal_completed = 0, journal_dead = 0;
  uint64_t journal_payload_bytes = 0;
  std::vector<ReplicaHealth> replicas;
  std::vector<WorkerHealth> workers;
  std::string push, ack, publish;  // bound client endpoints
  std::vector<LoggedMessage> recent_errors;  // oldest first
};

struct HealthReport {
  int http_status = 200;      // 200 when every replica is up and the daemon is not stopping
  std::string json;
};

// "ok" when not shutting down and every replica (and worker) is up; "degraded" otherwise
// (503); "stopping" while shutting down (503).
// The JSON also lists `recent_errors` (see RecentErrorsJson).
HealthReport RenderHealth(const HealthSnapshot& snapshot);

// [{"time": "2024-03-14T10:00:00.123Z", "unix_ms": ..., "level": "warning", "message": "..."}]
std::string RecentErrorsJson(const std::vector<LoggedMessage>& messages);

}  // namespace tidings::daemon
