// A Prometheus metrics registry: counters, gauges and histograms with labels, rendered in
// the text exposition format 0.0.4 (what /metrics serves).
//
// Hand-written because Debian 12 has no prometheus-cpp package; the format is small and
// fully specified (https://prometheus.io/docs/instrumenting/exposition_formats/).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "tidings/status.h"

namespace tidings::daemon {

// Label name/value pairs, e.g. {{"stage", "clean"}}. Order given at registration is kept
// in the output.
using Labels = std::vector<std::pair<std::string, std::string>>;

// A monotonically increasing value. Thread-safe (lock-free updates).
class Counter {
 public:
  void Increment(double delta = 1.0);  // negative deltas are ignored: counters never go down
  // Mirrors a total kept elsewhere (e.g. summed from stage heartbeats). The caller keeps it
  // monotonic across stage restarts.
  void Set(double value) { value_.store(value, std::memory_order_relaxed); }
  double value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<double> value_{0.0};
};

// A value that can go up and down. Thread-safe (lock-free updates).
class Gauge {
 public:
  void Set(double value) { value_.store(value, std::memory_order_relaxed); }
  void Increment(double delta = 1.0) { value_.fetch_add(delta, std::memory_order_relaxed); }
  void Decrement(double delta = 1.0) { value_.fetch_sub(delta, std::memory_order_relaxed); }
  double value() const { return value_.load(std::memory_order_relaxed); }

 private:
  std::atomic<double> value_{0.0};
};

// Bucket counts as a stage reports them: per-bucket (NOT cumulative) counts for the given
// upper bounds, plus an optional last count for observations above every bound, and the sum.
struct BucketCounts {
  std::vector<double> upper_bounds;  // strictly increasing, finite
  std::vector<uint64_t> counts;      // upper_bounds.size() or upper_bounds.size() + 1 entries
  double sum = 0.0;
};

// A histogram with fixed upper bounds. Thread-safe (a mutex per histogram).
class Histogram {
 public:
  explicit Histogram(std::vector<double> upper_bounds);

  void Observe(double value);
  // Replaces the contents with externally accumulated counts (e.g. the sum over the replicas
  // of a stage). The bounds must equal this histogram's bounds.
  Status SetFromBuckets(const BucketCounts& buckets);
  // Adds externally accumulated counts (e.g. the delta since a stage's last heartbeat).
  Status AddBuckets(const BucketCounts& buckets);

  const std::vector<double>& upper_bounds() const { return upper_bounds_; }
  // Per-bucket (non-cumulative) counts; the last entry counts values above every bound.
  std::vector<uint64_t> bucket_counts() const;
  double sum() const;
  uint64_t count() const;

 private:
  Status Check(const BucketCounts& buckets) const;
  const std::vector<double> upper_bounds_;
  mutable std::mutex mu_;
  std::vector<uint64_t> counts_;  // upper_bounds_.size() + 1, last = +Inf bucket
  double sum_ = 0.0;
};

// Owns every metric. Metrics are created on first use and live as long as the registry,
// so callers may keep the returned references. Registration and rendering are
// thread-safe; metric updates are thread-safe as documented on each type.
//
// Registering one name with a different type, help text or label names is a programming
// error and throws std::logic_error.
class MetricsRegistry {
 public:
  MetricsRegistry() = default;
  MetricsRegistry(const MetricsRegistry&) = delete;
  MetricsRegistry& operator=(const MetricsRegistry&) = delete;

  Counter& GetCounter(const std::string& name, const std::string& help, const Labels& labels = {});
  Gauge& GetGauge(const std::string& name, const std::string& help, const Labels& labels = {});
  // `upper_bounds` must be the same for every label set of one name.
  Histogram& GetHistogram(const std::string& name, const std::string& help,
                          const std::vector<double>& upper_bounds, const Labels& labels = {});

  // For histograms fed from outside input (stage heartbeats): registers `name` with the
  // reported bounds on first use and replaces its contents. Unlike GetHistogram() a bad
  // report (other bounds than registered, wrong number of counts, bounds not increasing, a
  // name clash) is an InvalidInput Status, never an exception.
  Status SetHistogramFromBuckets(const std::string& name, const std::string& help,
                                 const Labels& labels, const BucketCounts& buckets);

  // Hooks run at the start of every RenderText(), e.g. to refresh gauges from a supervisor
  // snapshot at scrape time. Hooks must not call RenderText().
  void AddScrapeHook(std::function<void()> hook);

  // The whole registry in text format 0.0.4: families sorted by name, each with HELP and
  // TYPE lines, series sorted by label values. Content type: kContentType.
  std::string RenderText() const;

  static constexpr const char* kContentType = "text/plain; version=0.0.4; charset=utf-8";

 private:
  enum class Type { kCounter, kGauge, kHistogram };
  struct Family {
    Type type;
    std::string help;
    std::vector<std::string> label_names;
    std::vector<double> upper_bounds;  // histograms only
    // Keyed by label values in registration order of names.
    std::map<std::vector<std::string>, std::unique_ptr<Counter>> counters;
    std::map<std::vector<std::string>, std::unique_ptr<Gauge>> gauges;
    std::map<std::vector<std::string>, std::unique_ptr<Histogram>> histograms;
  };
  Family& FamilyFor(const std::string& name, const std::string& help, Type type,
                    const Labels& labels, const std::vector<double>& upper_bounds);

  mutable std::mutex mu_;
  std::map<std::string, Family> families_;
  std::vector<std::function<void()>> hooks_;
};

// Formats a sample value the way Prometheus expects: integers without a decimal point,
// otherwise the shortest round-tripping representation; "+Inf", "-Inf", "NaN".
std::string FormatMetricValue(double value);

}  // namespace tidings::daemon
