#include "daemon/route_log.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace tidings::daemon {
namespace {

// An article accepted at `accepted_ms` that waited `wait` ms before clean, was cleaned in
// `clean` ms, waited 1 ms for extract (1 ms of work) and was completed `tail` ms later.
RouteLog::Route Article(const std::string& id, int64_t accepted_ms, int64_t wait, int64_t clean, int64_t tail = 0) {
  const int64_t a = accepted_ms * 1000;
  const int64_t clean_in = a + wait * 1000, clean_out = clean_in + clean * 1000;
  const int64_t extract_in = clean_out + 1000, extract_out = extract_in + 1000;
  return {id, a, extract_out + tail * 1000, {{"clean", clean_in, clean_out}, {"extract", extract_in, extract_out}}};
}

TEST(RouteLog, QuantilesAreExactOverTheArticlesAskedFor) {
  RouteLog log;
  for (int i = 1; i <= 100; ++i) log.Record(Article("a" + std::to_string(i), 1000 + i, 0, i));  // latency i + 2 ms
  auto j = nlohmann::json::parse(log.RenderJson(0, 3));
  EXPECT_EQ(j["articles"], 100);
  EXPECT_DOUBLE_EQ(j["latency_ms"]["p50"].get<double>(), 52.0);
  EXPECT_DOUBLE_EQ(j["latency_ms"]["p99"].get<double>(), 101.0);
  EXPECT_DOUBLE_EQ(j["latency_ms"]["max"].get<double>(), 102.0);
  ASSERT_EQ(j["stages"].size(), 2u);
  EXPECT_EQ(j["stages"][0]["stage"], "clean");
  EXPECT_DOUBLE_EQ(j["stages"][0]["processing_ms"]["p90"].get<double>(), 90.0);
  EXPECT_DOUBLE_EQ(j["stages"][1]["wait_ms"]["max"].get<double>(), 1.0);
  ASSERT_EQ(j["slowest"].size(), 3u);
  EXPECT_EQ(j["slowest"][0]["id"], "a100");
  EXPECT_EQ(j["slowest"][2]["id"], "a98");
  // Only the articles accepted since a time: the last ten.
  j = nlohmann::json::parse(log.RenderJson(1091, 0));
  EXPECT_EQ(j["articles"], 10);
  EXPECT_DOUBLE_EQ(j["latency_ms"]["p50"].get<double>(), 97.0);
  EXPECT_TRUE(j["slowest"].empty());
}

TEST(RouteLog, TheSlowestShowWhereTheirTimeWent) {
  RouteLog log;
  log.Record(Article("queued", 0, 30, 2, 4));
  log.Record(Article("quick", 0, 0, 2));
  auto j = nlohmann::json::parse(log.RenderJson(0, 1));
  const auto& worst = j["slowest"][0];
  EXPECT_EQ(worst["id"], "queued");
  EXPECT_DOUBLE_EQ(worst["latency_ms"].get<double>(), 38.0);
  EXPECT_EQ(worst["stages"][0]["stage"], "clean");
  EXPECT_DOUBLE_EQ(worst["stages"][0]["wait_ms"].get<double>(), 30.0);
  EXPECT_DOUBLE_EQ(worst["stages"][0]["processing_ms"].get<double>(), 2.0);
  EXPECT_DOUBLE_EQ(worst["after_last_stage_ms"].get<double>(), 4.0);
}

// A stage that held an article 20 ms but ran on a core for 3 of them waited for the core: the
// log says so next to the wall time.
TEST(RouteLog, ShowsEachStagesCpuTimeBesideItsProcessingTime) {
  RouteLog log;
  RouteLog::Route r = Article("starved", 0, 1, 20);
  r.visits[0].cpu_us = 3000;
  r.visits[1].cpu_us = 900;
  log.Record(r);
  auto j = nlohmann::json::parse(log.RenderJson(0, 1));
  EXPECT_DOUBLE_EQ(j["stages"][0]["processing_ms"]["max"].get<double>(), 20.0);
  EXPECT_DOUBLE_EQ(j["stages"][0]["cpu_ms"]["max"].get<double>(), 3.0);
  EXPECT_DOUBLE_EQ(j["stages"][1]["cpu_ms"]["p50"].get<double>(), 0.9);
  EXPECT_DOUBLE_EQ(j["slowest"][0]["stages"][0]["cpu_ms"].get<double>(), 3.0);
}

TEST(RouteLog, KeepsOnlyTheLastArticlesAndAnswersWhenEmpty) {
  RouteLog log(5);
  auto j = nlohmann::json::parse(log.RenderJson(0, 10));
  EXPECT_EQ(j["articles"], 0);
  EXPECT_TRUE(j["latency_ms"].empty());
  for (int i = 0; i < 8; ++i) log.Record(Article("a" + std::to_string(i), i, 0, 1));
  j = nlohmann::json::parse(log.RenderJson(0, 10));
  EXPECT_EQ(j["articles"], 5);
  EXPECT_EQ(j["slowest"].size(), 5u);
}

}  // namespace
}  // namespace tidings::daemon
