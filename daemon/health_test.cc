#include "daemon/health.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace tidings::daemon {
namespace {

HealthSnapshot TwoReplicas() {
  HealthSnapshot s;
  s.pid = 42;
  s.journal_open = 3;
  s.journal_completed = 7;
  ReplicaHealth local, remote;
  local.stage = remote.stage = "clean";
  local.pid = 100;
  remote.replica = 1;
  remote.host = "worker-a";
  remote.pid = 200;
  remote.processing = "a1";
  for (ReplicaHealth* r : {&local, &remote}) {
    r->state = "running";
    r->up = true;
  }
  s.replicas = {local, remote};
  return s;
}

TEST(HealthTest, EveryReplicaUpIsOkWithItsHostListed) {
  HealthReport r = RenderHealth(TwoReplicas());
  EXPECT_EQ(r.http_status, 200);
  auto j = nlohmann::json::parse(r.json);
  EXPECT_EQ(j["status"], "ok");
  EXPECT_EQ(j["journal"]["open"], 3);
  ASSERT_EQ(j["stages"].size(), 2u);
  EXPECT_EQ(j["stages"][1]["host"], "worker-a");
  EXPECT_EQ(j["stages"][1]["processing"], "a1");
  EXPECT_FALSE(j.contains("workers")) << "no cluster, no workers table";
}

TEST(HealthTest, OneReplicaDownIsDegradedAnd503) {
  HealthSnapshot s = TwoReplicas();
  s.replicas[0].up = false;
  s.replicas[0].state = "backoff";
  s.replicas[0].last_exit = "killed by signal 9 (SIGKILL)";
  HealthReport r = RenderHealth(s);
  EXPECT_EQ(r.http_status, 503);
  auto j = nlohmann::json::parse(r.json);
  EXPECT_EQ(j["status"], "degraded");
  EXPECT_EQ(j["stages"][0]["last_exit"], "killed by signal 9 (SIGKILL)");
}

TEST(HealthTest, ALostWorkerIsDegraded) {
  HealthSnapshot s = TwoReplicas();
  s.workers.push_back(WorkerHealth{"w1", "worker-a", false, 9.5});
  HealthReport r = RenderHealth(s);
  EXPECT_EQ(r.http_status, 503);
  EXPECT_EQ(nlohmann::json::parse(r.json)["workers"][0]["up"], false);
}

TEST(HealthTest, StoppingWinsOverHealthy) {
  HealthSnapshot s = TwoReplicas();
  s.shutting_down = true;
  HealthReport r = RenderHealth(s);
  EXPECT_EQ(r.http_status, 503);
  EXPECT_EQ(nlohmann::json::parse(r.json)["status"], "stopping");
}

}  // namespace
}  // namespace tidings::daemon
