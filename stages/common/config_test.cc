#include "tidings/config.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace tidings {
namespace {

TEST(DaemonConfig, DefaultsRunFourStagesOnLoopback) {
  DaemonConfig c = DefaultDaemonConfig();
  ASSERT_EQ(c.stages.size(), 4u);
  EXPECT_EQ(c.stages[0].name, "fetch");
  EXPECT_EQ(c.stages[3].name, "store");
  EXPECT_TRUE(IsLoopbackEndpoint(c.push_endpoint));
  EXPECT_TRUE(IsLoopbackEndpoint(c.ack_endpoint));
  EXPECT_TRUE(IsLoopbackEndpoint(c.publish_endpoint));
  EXPECT_TRUE(c.hop_bind.empty()) << "left to ResolveHopBind";
}

TEST(DaemonConfig, HopsDefaultToUnixSocketsInTheDataDirUnlessWorkersJoin) {
  DaemonConfig c = DefaultDaemonConfig();
  ResolveHopBind(&c, "/var/lib/tidings");
  EXPECT_EQ(c.hop_bind, "ipc:///var/lib/tidings/hops/*");
  EXPECT_TRUE(IsLoopbackEndpoint(c.hop_bind));
  EXPECT_EQ(HopBindEndpoint(c.hop_bind, "extract.in"), "ipc:///var/lib/tidings/hops/extract.in");

  DaemonConfig cluster = DefaultDaemonConfig();
  cluster.cluster_listen = "tcp://10.0.0.5:7414";
  ResolveHopBind(&cluster, "/var/lib/tidings");
  EXPECT_EQ(cluster.hop_bind, "tcp://127.0.0.1:*") << "workers on other hosts need tcp hops";
  EXPECT_EQ(HopBindEndpoint(cluster.hop_bind, "extract.in"), "tcp://127.0.0.1:*");

  DaemonConfig deep = DefaultDaemonConfig();
  ResolveHopBind(&deep, "/" + std::string(95, 'd'));
  EXPECT_EQ(deep.hop_bind, "tcp://127.0.0.1:*") << "a unix socket address holds 108 bytes";

  DaemonConfig set = DefaultDaemonConfig();
  set.hop_bind = "tcp://127.0.0.1:*";
  ResolveHopBind(&set, "/var/lib/tidings");
  EXPECT_EQ(set.hop_bind, "tcp://127.0.0.1:*") << "a configured bind is kept";
}

TEST(DaemonConfig, ReadsEveryTable) {
  DaemonConfig c = DefaultDaemonConfig();
  Status s = ParseDaemonConfig(R"(
data_dir = "/tmp/x"
[inbound]
push = "tcp://127.0.0.1:9000"
ack = "tcp://127.0.0.1:9001"
[outbound]
publish = "tcp://127.0.0.1:9002"
[http]
listen = "127.0.0.1:9003"
[hops]
bind = "ipc:///tmp/tidings-hops"
"clean.in" = "tcp://127.0.0.1:9010"
[limits]
max_in_flight = 7
[supervision]
liveness = 5
intensity_restarts = 2
[replay]
max_attempts = 4
[stages.clean]
replicas = 3
[stages.extract]
args = ["--verbs", "/x/verbs.txt"]
)", "test.toml", &c);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(c.data_dir, "/tmp/x");
  EXPECT_EQ(c.push_endpoint, "tcp://127.0.0.1:9000");
  EXPECT_EQ(c.http_listen, "127.0.0.1:9003");
  EXPECT_EQ(c.hop_bind, "ipc:///tmp/tidings-hops");
  EXPECT_EQ(c.hop_endpoints.at("clean.in"), "tcp://127.0.0.1:9010");
  EXPECT_EQ(c.max_in_flight, 7);
  EXPECT_EQ(c.liveness, 5);
  EXPECT_EQ(c.intensity_restarts, 2);
  EXPECT_EQ(c.max_attempts, 4);
  EXPECT_EQ(c.stages[1].replicas, 3);
  ASSERT_EQ(c.stages[2].args.size(), 2u);
  EXPECT_EQ(c.stages[2].args[1], "/x/verbs.txt");
}

TEST(DaemonConfig, StagesRunAsTheDaemonDoesUnlessConfiguredNicer) {
  DaemonConfig c = DefaultDaemonConfig();
  EXPECT_EQ(c.stages[1].name, "clean");
  for (const auto& stage : c.stages) EXPECT_EQ(stage.nice, 0) << stage.name;
  Status s = ParseDaemonConfig("[stages.clean]\nnice = 10\n[stages.extract]\nnice = 3\n", "t.toml", &c);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(c.stages[1].nice, 10);
  EXPECT_EQ(c.stages[2].nice, 3);
  DaemonConfig bad = DefaultDaemonConfig();
  s = ParseDaemonConfig("[stages.clean]\nnice = 25\n", "t.toml", &bad);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("stages.clean.nice: must be 0..19"), std::string::npos) << s.ToString();
}

TEST(DaemonConfig, ReplicasAutoFollowsTheCores) {
  DaemonConfig c = DefaultDaemonConfig();
  EXPECT_TRUE(c.stages[1].replicas_auto) << "clean is sized to the cores by default";
  Status s = ParseDaemonConfig("[stages.extract]\nreplicas = 3\n[stages.fetch]\nreplicas = \"auto\"\n", "t.toml", &c);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ResolveAutoReplicas(&c, 8);
  EXPECT_EQ(c.stages[0].replicas, 1) << "fetch: one";
  EXPECT_EQ(c.stages[1].replicas, 8) << "clean: one per core";
  EXPECT_EQ(c.stages[2].replicas, 3) << "an explicit count stays";
  EXPECT_EQ(c.stages[3].replicas, 1);
  EXPECT_EQ(AutoReplicas("extract", 8), 2);
  EXPECT_EQ(AutoReplicas("extract", 2), 1);
  EXPECT_EQ(AutoReplicas("clean", 0), 1);
}

TEST(DaemonConfig, ReplicasMustBeANumberOrAuto) {
  DaemonConfig c = DefaultDaemonConfig();
  Status s = ParseDaemonConfig("[stages.clean]\nreplicas = \"many\"\n", "t.toml", &c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("stages.clean.replicas"), std::string::npos) << s.message();
}

TEST(DaemonConfig, JournalCodecIsNoneByDefaultAndChecked) {
  DaemonConfig c = DefaultDaemonConfig();
  EXPECT_EQ(c.journal_codec, "none");
  ASSERT_TRUE(ParseDaemonConfig("[journal]\ncodec = \"zstd\"\n", "t.toml", &c).ok());
  EXPECT_EQ(c.journal_codec, "zstd");
  DaemonConfig bad = DefaultDaemonConfig();
  Status s = ParseDaemonConfig("[journal]\ncodec = \"gzip\"\n", "t.toml", &bad);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("journal.codec"), std::string::npos) << s.message();
}

TEST(DaemonConfig, CompletedPayloadsAreNotKeptUnlessAskedFor) {
  DaemonConfig c = DefaultDaemonConfig();
  EXPECT_EQ(c.journal_retention_s, 0) << "the store has a completed article; the journal need not";
  ASSERT_TRUE(ParseDaemonConfig("[journal]\nretention_s = 3600\n", "t.toml", &c).ok());
  EXPECT_EQ(c.journal_retention_s, 3600);
}

TEST(DaemonConfig, ByteBoundsAndClusterKeys) {
  DaemonConfig c = DefaultDaemonConfig();
  EXPECT_EQ(c.max_in_flight_bytes, 256ull << 20);
  EXPECT_EQ(c.journal_retention_bytes, 1ull << 30);
  Status s = ParseDaemonConfig(
      "[limits]\nmax_in_flight_bytes = 1000\n[journal]\nretention_bytes = 2000\n"
      "[cluster]\njoin = \"tcp://10.0.0.5:7414\"\nname = \"w1\"\n",
      "t.toml", &c);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(c.max_in_flight_bytes, 1000u);
  EXPECT_EQ(c.journal_retention_bytes, 2000u);
  EXPECT_EQ(c.cluster_join, "tcp://10.0.0.5:7414");
  EXPECT_EQ(c.cluster_name, "w1");
  DaemonConfig both = DefaultDaemonConfig();
  s = ParseDaemonConfig("[cluster]\nlisten = \"tcp://127.0.0.1:7414\"\njoin = \"tcp://127.0.0.1:7415\"\n", "t.toml", &both);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("not both"), std::string::npos) << s.message();
}

TEST(DaemonConfig, UnknownKeysAndBadValuesAreErrorsNamingTheKey) {
  DaemonConfig c = DefaultDaemonConfig();
  Status s = ParseDaemonConfig("[limits]\nmax_in_fligt = 3\n", "a.toml", &c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("limits.max_in_fligt"), std::string::npos) << s.message();

  c = DefaultDaemonConfig();
  s = ParseDaemonConfig("[stages.store]\nreplicas = 2\n", "b.toml", &c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("single writer"), std::string::npos);

  c = DefaultDaemonConfig();
  s = ParseDaemonConfig("[inbound]\npush = 5\n", "c.toml", &c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("inbound.push: wrong type"), std::string::npos) << s.message();
}

TEST(DaemonConfig, StoreBackendIsSqliteByDefaultOrPostgresqlWithAUrl) {
  DaemonConfig c = DefaultDaemonConfig();
  EXPECT_EQ(c.store_backend, "sqlite");
  Status s = ParseDaemonConfig(
      "[store]\nbackend = \"postgresql\"\nurl = \"postgresql://u:p@db.example:5432/events\"\n", "s.toml", &c);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(c.store_backend, "postgresql");
  EXPECT_EQ(c.store_url, "postgresql://u:p@db.example:5432/events");

  c = DefaultDaemonConfig();
  s = ParseDaemonConfig("[store]\nbackend = \"postgresql\"\n", "s.toml", &c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("store.url"), std::string::npos) << s.message();
  c = DefaultDaemonConfig();
  s = ParseDaemonConfig("[store]\nbackend = \"mysql\"\n", "s.toml", &c);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("store.backend"), std::string::npos) << s.message();
  c = DefaultDaemonConfig();
  s = ParseDaemonConfig("[store]\npath = \"x\"\n", "s.toml", &c);
  EXPECT_NE(s.message().find("unknown key store.path"), std::string::npos) << s.message();
}

TEST(DaemonConfig, SyntaxErrorsGiveFileLineAndColumn) {
  DaemonConfig c = DefaultDaemonConfig();
  Status s = ParseDaemonConfig("[limits\n", "bad.toml", &c);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), Status::Code::kConfig);
  EXPECT_NE(s.message().find("bad.toml:1:"), std::string::npos) << s.message();
}

TEST(DaemonConfig, FetchTableIsReadAndPassedToTheStage) {
  DaemonConfig c = DefaultDaemonConfig();
  EXPECT_EQ(c.fetch.max_in_flight, 64);
  EXPECT_EQ(c.fetch.per_host, 2);
  EXPECT_EQ(c.fetch.host_delay_ms, 1000);
  EXPECT_TRUE(c.fetch.robots);
  Status s = ParseDaemonConfig(
      "[fetch]\nmax_in_flight = 16\nper_host = 4\nhost_delay_ms = 20\nrobots = false\n"
      "user_agent = \"mybot/2\"\n",
      "f.toml", &c);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(c.fetch.per_host, 4);
  EXPECT_EQ(c.fetch.host_delay_ms, 20);
  std::vector<std::string> args = FetchStageArgs(c.fetch);
  auto value_of = [&args](const std::string& flag) {
    auto it = std::find(args.begin(), args.end(), flag);
    return it != args.end() && it + 1 != args.end() ? *(it + 1) : std::string("<missing>");
  };
  EXPECT_EQ(value_of("--max-in-flight"), "16");
  EXPECT_EQ(value_of("--per-host"), "4");
  EXPECT_EQ(value_of("--host-delay-ms"), "20");
  EXPECT_EQ(value_of("--robots"), "false");
  EXPECT_EQ(value_of("--user-agent"), "mybot/2");
}

TEST(DaemonConfig, FetchTableRejectsUnknownKeysAndImpossibleLimits) {
  DaemonConfig c = DefaultDaemonConfig();
  Status s = ParseDaemonConfig("[fetch]\nper_hosts = 4\n", "f.toml", &c);
  EXPECT_NE(s.message().find("unknown key fetch.per_hosts"), std::string::npos) << s.ToString();
  c = DefaultDaemonConfig();
  s = ParseDaemonConfig("[fetch]\nmax_in_flight = 0\n", "f.toml", &c);
  EXPECT_NE(s.message().find("fetch.max_in_flight: must be at least 1"), std::string::npos) << s.ToString();
  c = DefaultDaemonConfig();
  s = ParseDaemonConfig("[fetch]\nmax_in_flight = 1\nper_host = 1\n", "f.toml", &c);
  EXPECT_TRUE(s.ok()) << "exactly at the limit: " << s.ToString();
}

TEST(DaemonConfig, LoopbackDetection) {
  EXPECT_TRUE(IsLoopbackEndpoint("tcp://127.0.0.1:5"));
  EXPECT_TRUE(IsLoopbackEndpoint("tcp://localhost:5"));
  EXPECT_TRUE(IsLoopbackEndpoint("tcp://[::1]:5"));
  EXPECT_TRUE(IsLoopbackEndpoint("ipc:///tmp/x"));
  EXPECT_FALSE(IsLoopbackEndpoint("tcp://0.0.0.0:5"));
  EXPECT_FALSE(IsLoopbackEndpoint("tcp://*:5"));
  EXPECT_FALSE(IsLoopbackEndpoint("tcp://10.1.2.3:5"));
}

}  // namespace
}  // namespace tidings
