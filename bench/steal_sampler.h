// StealSampler: CPU time the hypervisor gave to other guests ("steal" in /proc/stat), sampled
// every 10 ms while it runs. On a shared VM a tail latency means little without it: a 150 ms
// window in which the host takes most of both cores delays every article in flight, whatever
// the pipeline does. e2e_bench prints it beside the paced run's latencies.
//
// Thread-safety: the sampling thread is its own; read the figures only after Stop().
#pragma once

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace tidings::bench {

class StealSampler {
 public:
  StealSampler() : thread_([this] {
    while (!stop_) {
      Take();
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    Take();
  }) {}
  ~StealSampler() { Stop(); }
  StealSampler(const StealSampler&) = delete;
  StealSampler& operator=(const StealSampler&) = delete;

  void Stop() {
    stop_ = true;
    if (thread_.joinable()) thread_.join();
  }

  // CPU seconds stolen (all cores together) between the first and the last sample.
  double StolenSeconds() const {
    if (samples_.size() < 2) return 0;
    return static_cast<double>(samples_.back().steal - samples_.front().steal) / ::sysconf(_SC_CLK_TCK);
  }
  // The stolen share of all CPU time from `from_unix_ms` to `to_unix_ms` (0 to 1), over the
  // samples that enclose the interval.
  double FractionDuring(int64_t from_unix_ms, int64_t to_unix_ms) const {
    if (samples_.size() < 2) return 0;
    auto at_or_before = std::upper_bound(samples_.begin(), samples_.end(), from_unix_ms * 1000,
                                         [](int64_t t, const Sample& s) { return t < s.unix_us; });
    if (at_or_before != samples_.begin()) --at_or_before;
    auto at_or_after = std::lower_bound(samples_.begin(), samples_.end(), to_unix_ms * 1000,
                                        [](const Sample& s, int64_t t) { return s.unix_us < t; });
    if (at_or_after == samples_.end()) --at_or_after;
    return Fraction(*at_or_before, *at_or_after);
  }
  double FractionOfRun() const { return samples_.size() < 2 ? 0 : Fraction(samples_.front(), samples_.back()); }
  // The largest stolen share in any window of `window_ms`.
  double WorstFraction(int64_t window_ms) const {
    double worst = 0;
    size_t j = 0;
    for (size_t i = 0; i < samples_.size(); ++i) {
      while (j < samples_.size() && samples_[j].unix_us < samples_[i].unix_us + window_ms * 1000) ++j;
      if (j == samples_.size()) break;
      worst = std::max(worst, Fraction(samples_[i], samples_[j]));
    }
    return worst;
  }

 private:
  struct Sample {
    int64_t unix_us;
    uint64_t steal, total;  // clock ticks since boot, all cores
  };
  static double Fraction(const Sample& a, const Sample& b) {
    return b.total > a.total ? static_cast<double>(b.steal - a.steal) / static_cast<double>(b.total - a.total) : 0;
  }
  void Take() {
    std::ifstream in("/proc/stat");
    std::string cpu;
    uint64_t v[8] = {};  // user nice system idle iowait irq softirq steal
    if (!(in >> cpu) || cpu != "cpu") return;
    for (uint64_t& x : v) in >> x;
    uint64_t total = 0;
    for (uint64_t x : v) total += x;
    const int64_t now = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
    samples_.push_back({now, v[7], total});
  }

  std::atomic<bool> stop_{false};
  std::vector<Sample> samples_;  // written by the thread only
  std::thread thread_;           // last: starts after the members it uses
};

}  // namespace tidings::bench
