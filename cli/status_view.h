// What `tidings status --watch` draws: one screen of text from two successive looks at the
// daemon (its /healthz JSON and /metrics text), so that rates are differences over the time
// between them. Pure functions of their inputs, no I/O.
#pragma once

#include <chrono>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace tidings::cli {

struct MetricSample {
  std::string name;
  std::map<std::string, std::string> labels;
  double value = 0;
};

// Parses the Prometheus text exposition format (# lines skipped; label values unescaped).
// Lines that do not parse are skipped.
std::vector<MetricSample> ParsePrometheusText(const std::string& text);

// One look at the daemon.
struct StatusSnapshot {
  std::chrono::steady_clock::time_point at;
  nlohmann::json health;               // /healthz; not an object when the daemon did not answer
  std::vector<MetricSample> metrics;   // /metrics
  std::string problem;                 // why the daemon could not be read, for the screen
};

// Sum of the samples named `name` whose labels include every label of `match`.
double SumMetric(const std::vector<MetricSample>& metrics, const std::string& name,
                 const std::map<std::string, std::string>& match = {});

// The screen: the daemon line (pid, state, uptime, in flight, journal, intake and completion
// rates), one row per stage replica (up, pid, restarts, received/s, sent/s, errors, queue
// depth, the article it is processing), and the recent warnings and errors. Rates need
// `previous` (null on the first frame: shown as "-"). Lines end with '\n'.
std::string RenderStatus(const StatusSnapshot& now, const StatusSnapshot* previous);

}  // namespace tidings::cli
