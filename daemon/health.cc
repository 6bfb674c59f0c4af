#include "daemon/health.h"

#include <fmt/format.h>
#include <time.h>

#include <nlohmann/json.hpp>

namespace tidings::daemon {

namespace {

nlohmann::ordered_json ReplicaJson(const ReplicaHealth& r) {
  nlohmann::ordered_json st;
  st["stage"] = r.stage;
  st["replica"] = r.replica;
  st["host"] = r.host;
  st["pid"] = r.pid;
  st["state"] = r.state;
  st["up"] = r.up;
  st["restarts"] = r.restarts;
  st["uptime_s"] = r.uptime_s;
  if (!r.last_exit.empty()) st["last_exit"] = r.last_exit;
  st["processing"] = r.processing;
  return st;
}

nlohmann::ordered_json LoggedJson(const std::vector<LoggedMessage>& messages) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& m : messages) {
    time_t seconds = static_cast<time_t>(m.unix_ms / 1000);
    struct tm t;
    gmtime_r(&seconds, &t);
    nlohmann::ordered_json j;
    j["time"] = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", t.tm_year + 1900, t.tm_mon + 1,
                            t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, m.unix_ms % 1000);
    j["unix_ms"] = m.unix_ms;
    j["level"] = m.level;
    j["message"] = m.message;
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

std::string RecentErrorsJson(const std::vector<LoggedMessage>& messages) {
  return LoggedJson(messages).dump();
}

HealthReport RenderHealth(const HealthSnapshot& s) {
  bool healthy = !s.shutting_down;
  nlohmann::ordered_json stages = nlohmann::ordered_json::array();
  for (const auto& r : s.replicas) {
    healthy = healthy && r.up;
    stages.push_back(ReplicaJson(r));
  }
  nlohmann::ordered_json j;
  nlohmann::ordered_json workers = nlohmann::ordered_json::array();
  for (const auto& w : s.workers) {
    healthy = healthy && w.up;
    workers.push_back({{"name", w.name}, {"host", w.host}, {"up", w.up}, {"last_report_s", w.last_report_s}});
  }
  j["status"] = s.shutting_down ? "stopping" : (healthy ? "ok" : "degraded");
  j["role"] = s.role;
  j["pid"] = s.pid;
  j["uptime_s"] = s.uptime_s;
  j["data_dir"] = s.data_dir;
  j["in_flight"] = s.in_flight;
  j["in_flight_bytes"] = s.in_flight_bytes;
  j["journal"] = {{"open", s.journal_open}, {"completed", s.journal_completed}, {"dead", s.journal_dead},
                  {"payload_bytes", s.journal_payload_bytes}};
  j["stages"] = std::move(stages);
  if (!s.workers.empty()) j["workers"] = std::move(workers);
  j["endpoints"] = {{"push", s.push}, {"ack", s.ack}, {"publish", s.publish}};
  j["recent_errors"] = LoggedJson(s.recent_errors);
  return HealthReport{healthy ? 200 : 503, j.dump(2) + "\n"};
}

}  // namespace tidings::daemon
