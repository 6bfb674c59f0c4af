#include "daemon/route_log.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace tidings::daemon {

namespace {

using Json = nlohmann::ordered_json;

double Ms(int64_t us) { return static_cast<double>(us) / 1000.0; }

// Nearest-rank quantiles of `values` (microseconds), in milliseconds.
Json Quantiles(std::vector<int64_t> values) {
  Json out = Json::object();
  if (values.empty()) return out;
  std::sort(values.begin(), values.end());
  auto at = [&](double q) {
    size_t rank = static_cast<size_t>(std::ceil(q * static_cast<double>(values.size())));
    return Ms(values[std::clamp<size_t>(rank, 1, values.size()) - 1]);
  };
  out["p50"] = at(0.5);
  out["p90"] = at(0.9);
  out["p99"] = at(0.99);
  out["p999"] = at(0.999);
  out["max"] = Ms(values.back());
  return out;
}

// Per visit: the wait before the stage (since the previous stage let go of the article, or its
// acceptance) and the processing; then what followed the last stage (back to the daemon, the
// journal's completion, publishing).
struct Breakdown {
  std::vector<std::pair<int64_t, int64_t>> wait_and_processing;
  int64_t after_last = 0;
};

Breakdown Break(const RouteLog::Route& r) {
  Breakdown b;
  int64_t previous_out = r.accepted_unix_us;
  for (const auto& v : r.visits) {
    b.wait_and_processing.emplace_back(v.in_unix_us - previous_out, v.out_unix_us - v.in_unix_us);
    previous_out = v.out_unix_us;
  }
  b.after_last = r.completed_unix_us - previous_out;
  return b;
}

Json Slowest(const RouteLog::Route& r) {
  Breakdown b = Break(r);
  Json stages = Json::array();
  for (size_t i = 0; i < r.visits.size(); ++i) {
    stages.push_back({{"stage", r.visits[i].stage},
                      {"wait_ms", Ms(b.wait_and_processing[i].first)},
                      {"processing_ms", Ms(b.wait_and_processing[i].second)},
                      {"cpu_ms", Ms(r.visits[i].cpu_us)}});
  }
  return {{"id", r.article_id},
          {"latency_ms", Ms(r.completed_unix_us - r.accepted_unix_us)},
          {"accepted_unix_ms", r.accepted_unix_us / 1000},
          {"stages", std::move(stages)},
          {"after_last_stage_ms", Ms(b.after_last)}};
}

}  // namespace

void RouteLog::Record(Route route) {
  std::lock_guard lock(mu_);
  routes_.push_back(std::move(route));
  while (routes_.size() > capacity_) routes_.pop_front();
}

std::string RouteLog::RenderJson(int64_t since_unix_ms, size_t slowest) const {
  std::vector<Route> routes;
  {
    std::lock_guard lock(mu_);
    for (const auto& r : routes_) {
      if (r.accepted_unix_us >= since_unix_ms * 1000) routes.push_back(r);
    }
  }
  std::vector<int64_t> latency, after_last;
  std::vector<std::string> order;  // stages in the order first seen
  struct StageTimes {
    std::vector<int64_t> waits, processing, cpu;
  };
  std::map<std::string, StageTimes> per_stage;
  for (const auto& r : routes) {
    latency.push_back(r.completed_unix_us - r.accepted_unix_us);
    Breakdown b = Break(r);
    after_last.push_back(b.after_last);
    for (size_t i = 0; i < r.visits.size(); ++i) {
      auto [it, inserted] = per_stage.try_emplace(r.visits[i].stage);
      if (inserted) order.push_back(r.visits[i].stage);
      it->second.waits.push_back(b.wait_and_processing[i].first);
      it->second.processing.push_back(b.wait_and_processing[i].second);
      it->second.cpu.push_back(r.visits[i].cpu_us);
    }
  }
  Json stages = Json::array();
  for (const auto& name : order) {
    StageTimes& t = per_stage[name];
    stages.push_back({{"stage", name},
                      {"wait_ms", Quantiles(std::move(t.waits))},
                      {"processing_ms", Quantiles(std::move(t.processing))},
                      {"cpu_ms", Quantiles(std::move(t.cpu))}});
  }
  std::sort(routes.begin(), routes.end(), [](const Route& a, const Route& b) {
    return a.completed_unix_us - a.accepted_unix_us > b.completed_unix_us - b.accepted_unix_us;
  });
  Json worst = Json::array();
  for (size_t i = 0; i < std::min(slowest, routes.size()); ++i) worst.push_back(Slowest(routes[i]));
  Json out = {{"articles", routes.size()},
              {"since_unix_ms", since_unix_ms},
              {"latency_ms", Quantiles(std::move(latency))},
              {"stages", std::move(stages)},
              {"after_last_stage_ms", Quantiles(std::move(after_last))},
              {"slowest", std::move(worst)}};
  return out.dump();
}

}  // namespace tidings::daemon
