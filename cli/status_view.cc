#include "status_view.h"

#include <fmt/format.h>

#include <cctype>
#include <cstdlib>

namespace tidings::cli {

namespace {

// Reads a quoted label value starting after the opening quote; advances `i` past the closing one.
bool ReadQuoted(const std::string& line, size_t& i, std::string* out) {
  for (; i < line.size(); ++i) {
    char c = line[i];
    if (c == '"') {
      ++i;
      return true;
    }
    if (c == '\\' && i + 1 < line.size()) {
      char e = line[++i];
      out->push_back(e == 'n' ? '\n' : e);
    } else {
      out->push_back(c);
    }
  }
  return false;
}

bool ParseLine(const std::string& line, MetricSample* s) {
  size_t i = 0;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' || line[i] == ':')) ++i;
  if (i == 0) return false;
  s->name = line.substr(0, i);
  if (i < line.size() && line[i] == '{') {
    ++i;
    while (i < line.size() && line[i] != '}') {
      size_t eq = line.find('=', i);
      if (eq == std::string::npos || eq + 1 >= line.size() || line[eq + 1] != '"') return false;
      std::string key = line.substr(i, eq - i), value;
      i = eq + 2;
      if (!ReadQuoted(line, i, &value)) return false;
      s->labels[key] = value;
      if (i < line.size() && line[i] == ',') ++i;
    }
    if (i >= line.size()) return false;
    ++i;  // '}'
  }
  const char* start = line.c_str() + i;
  char* end = nullptr;
  s->value = std::strtod(start, &end);
  return end != start;
}

std::string Duration(double seconds) {
  if (seconds < 60) return fmt::format("{:.1f}s", seconds);
  long s = static_cast<long>(seconds);
  if (s < 3600) return fmt::format("{}m{:02}s", s / 60, s % 60);
  if (s < 86400) return fmt::format("{}h{:02}m", s / 3600, (s % 3600) / 60);
  return fmt::format("{}d{:02}h", s / 86400, (s % 86400) / 3600);
}

// Per second between two snapshots, "-" without a previous one (or after a daemon restart,
// when counters went back).
std::string Rate(const StatusSnapshot& now, const StatusSnapshot* prev, const std::string& name,
                 const std::map<std::string, std::string>& match = {}) {
  if (!prev || prev->metrics.empty()) return "-";
  double dt = std::chrono::duration<double>(now.at - prev->at).count();
  double d = SumMetric(now.metrics, name, match) - SumMetric(prev->metrics, name, match);
  if (dt <= 0 || d < 0) return "-";
  return fmt::format("{:.1f}", d / dt);
}

std::string DaemonLines(const StatusSnapshot& now, const StatusSnapshot* prev) {
  const nlohmann::json& h = now.health;
  const nlohmann::json journal = h.value("journal", nlohmann::json::object());
  std::string out = fmt::format(
      "tidingsd  pid {}  {}  uptime {}  in flight {}  journal open {} completed {} dead {}\n",
      h.value("pid", 0), h.value("status", "?"), Duration(h.value("uptime_s", 0.0)), h.value("in_flight", 0),
      journal.value("open", 0), journal.value("completed", 0), journal.value("dead", 0));
  const std::string ingest = "tidings_ingest_total";
  out += fmt::format(
      "intake/s accepted {} duplicate {} busy {} rejected {}   completed/s {}   events/s {}   "
      "dead letters {}\n",
      Rate(now, prev, ingest, {{"result", "accepted"}}), Rate(now, prev, ingest, {{"result", "duplicate"}}),
      Rate(now, prev, ingest, {{"result", "busy"}}), Rate(now, prev, ingest, {{"result", "rejected"}}),
      Rate(now, prev, "tidings_articles_completed_total"), Rate(now, prev, "tidings_events_published_total"),
      SumMetric(now.metrics, "tidings_dead_letters_total"));
  return out;
}

std::string StageTable(const StatusSnapshot& now, const StatusSnapshot* prev) {
  std::string out = fmt::format("\n{:<12} {:<4} {:>8} {:>8} {:>9} {:>9} {:>7} {:>6}  {}\n", "STAGE", "UP", "PID",
                                "RESTARTS", "RECV/S", "SENT/S", "ERRORS", "QUEUE", "PROCESSING");
  for (const auto& st : now.health.value("stages", nlohmann::json::array())) {
    const std::string stage = st.value("stage", "?");
    const std::map<std::string, std::string> replica{{"stage", stage},
                                                     {"replica", std::to_string(st.value("replica", 0))}};
    out += fmt::format("{:<12} {:<4} {:>8} {:>8} {:>9} {:>9} {:>7} {:>6}  {}\n",
                       fmt::format("{}[{}]", stage, st.value("replica", 0)), st.value("up", false) ? "yes" : "NO",
                       st.value("pid", 0), st.value("restarts", 0),
                       Rate(now, prev, "tidings_stage_received_total", replica),
                       Rate(now, prev, "tidings_stage_sent_total", replica),
                       SumMetric(now.metrics, "tidings_stage_errors_total", replica),
                       SumMetric(now.metrics, "tidings_queue_depth", {{"stage", stage}}),
                       st.value("processing", ""));
  }
  return out;
}

std::string RecentErrors(const nlohmann::json& health) {
  const auto errors = health.value("recent_errors", nlohmann::json::array());
  if (errors.empty()) return "\nrecent errors: none\n";
  std::string out = "\nrecent errors:\n";
  for (const auto& e : errors) {
    out += fmt::format("  {}  {:<8}  {}\n", e.value("time", ""), e.value("level", ""), e.value("message", ""));
  }
  return out;
}

}  // namespace

std::vector<MetricSample> ParsePrometheusText(const std::string& text) {
  std::vector<MetricSample> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    MetricSample s;
    if (ParseLine(line, &s)) out.push_back(std::move(s));
  }
  return out;
}

double SumMetric(const std::vector<MetricSample>& metrics, const std::string& name,
                 const std::map<std::string, std::string>& match) {
  double sum = 0;
  for (const auto& m : metrics) {
    if (m.name != name) continue;
    bool all = true;
    for (const auto& [k, v] : match) {
      auto it = m.labels.find(k);
      if (it == m.labels.end() || it->second != v) {
        all = false;
        break;
      }
    }
    if (all) sum += m.value;
  }
  return sum;
}

std::string RenderStatus(const StatusSnapshot& now, const StatusSnapshot* previous) {
  if (!now.health.is_object()) return "tidingsd: " + now.problem + "\n";
  // Rates across a daemon restart would mix two processes' counters.
  if (previous && previous->health.is_object() &&
      previous->health.value("pid", 0) != now.health.value("pid", 0)) {
    previous = nullptr;
  }
  return DaemonLines(now, previous) + StageTable(now, previous) + RecentErrors(now.health);
}

}  // namespace tidings::cli
