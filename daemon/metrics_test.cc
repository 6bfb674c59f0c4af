#include "daemon/metrics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <thread>

namespace tidings::daemon {
namespace {

TEST(MetricsTest, CountersAndGaugesWithLabelsRenderExactly) {
  MetricsRegistry registry;
  registry.GetCounter("tidings_stage_received_total", "Envelopes received by a stage.",
                      {{"stage", "clean"}}).Increment(3);
  registry.GetCounter("tidings_stage_received_total", "Envelopes received by a stage.",
                      {{"stage", "extract"}}).Increment();
  registry.GetCounter("tidings_stage_received_total", "Envelopes received by a stage.",
                      {{"stage", "clean"}}).Increment(2);
  Gauge& depth = registry.GetGauge("tidings_queue_depth", "Messages waiting in a hop.",
                                   {{"hop", "clean"}});
  depth.Set(7);
  depth.Decrement(2.5);
  registry.GetGauge("tidings_up", "1 when the daemon is serving.").Set(1);

  EXPECT_EQ(registry.RenderText(),
            "# HELP tidings_queue_depth Messages waiting in a hop.\n"
            "# TYPE tidings_queue_depth gauge\n"
            "tidings_queue_depth{hop=\"clean\"} 4.5\n"
            "# HELP tidings_stage_received_total Envelopes received by a stage.\n"
            "# TYPE tidings_stage_received_total counter\n"
            "tidings_stage_received_total{stage=\"clean\"} 5\n"
            "tidings_stage_received_total{stage=\"extract\"} 1\n"
            "# HELP tidings_up 1 when the daemon is serving.\n"
            "# TYPE tidings_up gauge\n"
            "tidings_up 1\n");
}

TEST(MetricsTest, CounterIgnoresNegativeIncrements) {
  MetricsRegistry registry;
  Counter& c = registry.GetCounter("c_total", "help");
  c.Increment(2);
  c.Increment(-5);
  EXPECT_EQ(c.value(), 2);
}

TEST(MetricsTest, HistogramBucketsAreCumulativeWithInfSumAndCount) {
  MetricsRegistry registry;
  Histogram& h = registry.GetHistogram("tidings_stage_latency_seconds", "Processing latency.",
                                       {0.005, 0.05, 0.5}, {{"stage", "clean"}});
  h.Observe(0.001);
  h.Observe(0.005);  // on a bound: counts in that bucket (le = less or equal)
  h.Observe(0.2);
  h.Observe(3);
  EXPECT_EQ(registry.RenderText(),
            "# HELP tidings_stage_latency_seconds Processing latency.\n"
            "# TYPE tidings_stage_latency_seconds histogram\n"
            "tidings_stage_latency_seconds_bucket{stage=\"clean\",le=\"0.005\"} 2\n"
            "tidings_stage_latency_seconds_bucket{stage=\"clean\",le=\"0.05\"} 2\n"
            "tidings_stage_latency_seconds_bucket{stage=\"clean\",le=\"0.5\"} 3\n"
            "tidings_stage_latency_seconds_bucket{stage=\"clean\",le=\"+Inf\"} 4\n"
            "tidings_stage_latency_seconds_sum{stage=\"clean\"} 3.206\n"
            "tidings_stage_latency_seconds_count{stage=\"clean\"} 4\n");
}

TEST(MetricsTest, HistogramFromExternalBucketCounts) {
  MetricsRegistry registry;
  Histogram& h = registry.GetHistogram("lat", "Latency.", {1, 10});
  // As a stage reports them: per-bucket counts, the last one above every bound.
  ASSERT_TRUE(h.SetFromBuckets({{1, 10}, {4, 3, 1}, 42.5}).ok());
  ASSERT_TRUE(h.AddBuckets({{1, 10}, {1, 0}, 0.5}).ok());  // no overflow entry: fine
  EXPECT_EQ(registry.RenderText(),
            "# HELP lat Latency.\n"
            "# TYPE lat histogram\n"
            "lat_bucket{le=\"1\"} 5\n"
            "lat_bucket{le=\"10\"} 8\n"
            "lat_bucket{le=\"+Inf\"} 9\n"
            "lat_sum 43\n"
            "lat_count 9\n");
  Status wrong_bounds = h.SetFromBuckets({{1, 20}, {1, 1, 1}, 0});
  EXPECT_EQ(wrong_bounds.code(), Status::Code::kInvalidInput);
  Status wrong_counts = h.AddBuckets({{1, 10}, {1, 1, 1, 1}, 0});
  EXPECT_EQ(wrong_counts.code(), Status::Code::kInvalidInput);
  EXPECT_EQ(h.count(), 9u);  // rejected updates changed nothing
}

TEST(MetricsTest, HistogramFromOutsideInputNeverThrows) {
  MetricsRegistry registry;
  const Labels labels{{"stage", "clean"}};
  ASSERT_TRUE(registry.SetHistogramFromBuckets("lat", "Latency.", labels, {{1, 10}, {1, 2}, 5}).ok());
  // A stage that changed its bounds, or sent garbage: a Status, and the old data stays.
  EXPECT_EQ(registry.SetHistogramFromBuckets("lat", "Latency.", labels, {{1, 20}, {1, 2}, 5}).code(),
            Status::Code::kInvalidInput);
  EXPECT_EQ(registry.SetHistogramFromBuckets("lat2", "Latency.", labels, {{5, 1}, {1, 2}, 5}).code(),
            Status::Code::kInvalidInput);
  EXPECT_EQ(registry.SetHistogramFromBuckets("lat", "Latency.", labels, {{1, 10}, {1}, 5}).code(),
            Status::Code::kInvalidInput);
  EXPECT_EQ(registry.GetHistogram("lat", "Latency.", {1, 10}, labels).count(), 3u);
}

TEST(MetricsTest, EscapesLabelValuesAndHelp) {
  MetricsRegistry registry;
  registry.GetCounter("x_total", "a \\ b\nc", {{"path", "a\"b\\c\nd"}}).Increment();
  EXPECT_EQ(registry.RenderText(),
            "# HELP x_total a \\\\ b\\nc\n"
            "# TYPE x_total counter\n"
            "x_total{path=\"a\\\"b\\\\c\\nd\"} 1\n");
}

TEST(MetricsTest, FormatsSpecialValues) {
  EXPECT_EQ(FormatMetricValue(0), "0");
  EXPECT_EQ(FormatMetricValue(-3), "-3");
  EXPECT_EQ(FormatMetricValue(0.1), "0.1");
  EXPECT_EQ(FormatMetricValue(1e300), "1e+300");
  EXPECT_EQ(FormatMetricValue(std::numeric_limits<double>::infinity()), "+Inf");
  EXPECT_EQ(FormatMetricValue(-std::numeric_limits<double>::infinity()), "-Inf");
  EXPECT_EQ(FormatMetricValue(std::nan("")), "NaN");
}

TEST(MetricsTest, ConflictingRegistrationThrows) {
  MetricsRegistry registry;
  registry.GetCounter("a_total", "help", {{"stage", "x"}});
  EXPECT_THROW(registry.GetGauge("a_total", "help", {{"stage", "x"}}), std::logic_error);
  EXPECT_THROW(registry.GetCounter("a_total", "help", {{"replica", "x"}}), std::logic_error);
  EXPECT_THROW(registry.GetCounter("bad name", "help"), std::logic_error);
  EXPECT_THROW(registry.GetHistogram("h", "help", {2, 1}), std::logic_error);
  EXPECT_THROW(registry.GetHistogram("h2", "help", {1}, {{"le", "x"}}), std::logic_error);
}

TEST(MetricsTest, ScrapeHooksRefreshBeforeRendering) {
  MetricsRegistry registry;
  int scrapes = 0;
  registry.AddScrapeHook([&] { registry.GetGauge("scrapes", "Scrapes so far.").Set(++scrapes); });
  registry.RenderText();
  EXPECT_NE(registry.RenderText().find("scrapes 2\n"), std::string::npos);
}

TEST(MetricsTest, ConcurrentUpdatesAreNotLost) {
  MetricsRegistry registry;
  Histogram& h = registry.GetHistogram("h", "help", {1});
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 10000; ++i) {
        registry.GetCounter("n_total", "help", {{"stage", "s"}}).Increment();
        h.Observe(0.5);
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(registry.GetCounter("n_total", "help", {{"stage", "s"}}).value(), 40000);
  EXPECT_EQ(h.count(), 40000u);
}

}  // namespace
}  // namespace tidings::daemon
