#include "status_view.h"

#include <gtest/gtest.h>

namespace tidings::cli {
namespace {

using namespace std::chrono_literals;

TEST(ParsePrometheusText, ReadsNamesLabelsAndValuesAndSkipsComments) {
  auto m = ParsePrometheusText(
      "# HELP tidings_queue_depth Articles waiting\n"
      "# TYPE tidings_queue_depth gauge\n"
      "tidings_queue_depth{stage=\"clean\"} 7\n"
      "tidings_in_flight_articles 12.5\n"
      "tidings_stage_latency_seconds_bucket{stage=\"extract\",replica=\"0\",le=\"+Inf\"} 3\n"
      "odd{label=\"a \\\"quoted\\\" \\\\ value\"} 1e3\n"
      "not a metric line\n");
  ASSERT_EQ(m.size(), 4u);
  EXPECT_EQ(m[0].name, "tidings_queue_depth");
  EXPECT_EQ(m[0].labels.at("stage"), "clean");
  EXPECT_EQ(m[0].value, 7);
  EXPECT_TRUE(m[1].labels.empty());
  EXPECT_EQ(m[1].value, 12.5);
  EXPECT_EQ(m[2].labels.at("le"), "+Inf");
  EXPECT_EQ(m[3].labels.at("label"), "a \"quoted\" \\ value");
  EXPECT_EQ(m[3].value, 1000);
}

TEST(SumMetric, AddsTheSamplesWhoseLabelsMatch) {
  auto m = ParsePrometheusText(
      "tidings_ingest_total{socket=\"ack\",result=\"accepted\"} 10\n"
      "tidings_ingest_total{socket=\"push\",result=\"accepted\"} 5\n"
      "tidings_ingest_total{socket=\"ack\",result=\"busy\"} 2\n");
  EXPECT_EQ(SumMetric(m, "tidings_ingest_total"), 17);
  EXPECT_EQ(SumMetric(m, "tidings_ingest_total", {{"result", "accepted"}}), 15);
  EXPECT_EQ(SumMetric(m, "tidings_ingest_total", {{"result", "accepted"}, {"socket", "ack"}}), 10);
  EXPECT_EQ(SumMetric(m, "tidings_missing"), 0);
}

StatusSnapshot Snapshot(std::chrono::steady_clock::time_point at, long pid, double received, double completed) {
  StatusSnapshot s;
  s.at = at;
  s.health = nlohmann::json::parse(R"({"status":"ok","pid":)" + std::to_string(pid) + R"(,"uptime_s":75,
    "in_flight":4,"journal":{"open":4,"completed":90,"dead":1},
    "stages":[{"stage":"extract","replica":0,"pid":77,"up":true,"restarts":2,"processing":"art-9"}],
    "recent_errors":[{"time":"2024-03-14T10:00:00.123Z","level":"warning",
                      "message":"extract[0] (pid 70) killed by signal 9; restarting"}]})");
  s.metrics = ParsePrometheusText(
      "tidings_stage_received_total{stage=\"extract\",replica=\"0\"} " + std::to_string(received) + "\n" +
      "tidings_stage_sent_total{stage=\"extract\",replica=\"0\"} " + std::to_string(received) + "\n" +
      "tidings_queue_depth{stage=\"extract\"} 3\n" +
      "tidings_articles_completed_total " + std::to_string(completed) + "\n");
  return s;
}

TEST(RenderStatus, ShowsStagesQueuesRestartsAndRecentErrors) {
  const auto t0 = std::chrono::steady_clock::now();
  std::string screen = RenderStatus(Snapshot(t0, 5, 100, 90), nullptr);
  EXPECT_NE(screen.find("tidingsd  pid 5  ok  uptime 1m15s  in flight 4  journal open 4 completed 90 dead 1"),
            std::string::npos)
      << screen;
  EXPECT_NE(screen.find("extract[0]"), std::string::npos);
  EXPECT_NE(screen.find("art-9"), std::string::npos);
  EXPECT_NE(screen.find("2024-03-14T10:00:00.123Z  warning   extract[0] (pid 70) killed by signal 9"),
            std::string::npos)
      << screen;
  EXPECT_NE(screen.find("completed/s -"), std::string::npos) << "no rate on the first frame: " << screen;
}

TEST(RenderStatus, RatesAreDifferencesOverTheTimeBetweenFrames) {
  const auto t0 = std::chrono::steady_clock::now();
  StatusSnapshot before = Snapshot(t0, 5, 100, 90), after = Snapshot(t0 + 2s, 5, 150, 110);
  std::string screen = RenderStatus(after, &before);
  EXPECT_NE(screen.find("completed/s 10.0"), std::string::npos) << screen;
  EXPECT_NE(screen.find("     25.0      25.0"), std::string::npos) << "received and sent per second: " << screen;
}

TEST(RenderStatus, NoRatesAcrossADaemonRestart) {
  const auto t0 = std::chrono::steady_clock::now();
  StatusSnapshot before = Snapshot(t0, 5, 100, 90), after = Snapshot(t0 + 1s, 6, 3, 1);
  EXPECT_NE(RenderStatus(after, &before).find("completed/s -"), std::string::npos);
}

TEST(RenderStatus, SaysWhyWhenTheDaemonDoesNotAnswer) {
  StatusSnapshot s;
  s.problem = "pid 5 does not answer at 127.0.0.1:7413: Couldn't connect to server (restarting?)";
  EXPECT_EQ(RenderStatus(s, nullptr), "tidingsd: " + s.problem + "\n");
}

}  // namespace
}  // namespace tidings::cli
