// Cluster mode: a main daemon ([cluster] listen) and a worker daemon ([cluster] join) on one
// machine, each with its own data directory and ports. The worker runs clean and extract
// replicas connected to the main's hops; articles acknowledged by the main are stored exactly
// once, replicas of both daemons do work, the main's status lists the worker's replicas, and a
// worker SIGKILLed with its children mid-run loses nothing (the main's journal replays what it
// held). With hops bound beyond loopback, they are CURVE-encrypted and refuse a peer without
// an allowed key.
#include <gtest/gtest.h>
#include <signal.h>
#include <zmq.h>

#include <atomic>
#include <regex>
#include <thread>

#include "daemon_harness.h"
#include "generated_news.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

struct KeyPair {
  std::string public_key, secret_key;
};

KeyPair NewKeyPair() {
  char pub[41], sec[41];
  EXPECT_EQ(zmq_curve_keypair(pub, sec), 0);
  return {pub, sec};
}

std::string WorkerToml(const std::string& join, const std::string& extra = "") {
  return "[cluster]\njoin = \"" + join + "\"\nname = \"worker-1\"\n" + extra +
         "[stages.fetch]\nreplicas = 0\n[stages.store]\nreplicas = 0\n"
         "[stages.clean]\nreplicas = 1\n[stages.extract]\nreplicas = 1\n";
}

uint64_t Finished(const DaemonUnderTest& d) {
  auto h = d.Health();
  if (!h.is_object() || !h.contains("journal")) return 0;
  return h["journal"].value("completed", 0ull) + h["journal"].value("dead", 0ull);
}

bool WaitFinished(const DaemonUnderTest& d, uint64_t n, std::chrono::seconds timeout) {
  auto until = Clock::now() + timeout;
  while (Clock::now() < until) {
    if (Finished(d) >= n && d.Health()["journal"].value("open", -1) == 0) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

// Sum of a counter over the series whose labels contain `labels`.
double CounterSum(const std::string& metrics, const std::string& name, const std::string& labels) {
  double sum = 0;
  std::regex re(name + "\\{([^}]*)\\} ([0-9.e+]+)");
  for (std::sregex_iterator it(metrics.begin(), metrics.end(), re), end; it != end; ++it) {
    if ((*it)[1].str().find(labels) != std::string::npos) sum += std::stod((*it)[2]);
  }
  return sum;
}

// The replicas of `host`-less (local) or worker (`remote`) stages in a status.
size_t RemoteReplicas(const nlohmann::json& status, const std::string& stage) {
  size_t n = 0;
  for (const auto& s : status["stages"]) {
    if (s.value("stage", "") == stage && !s.value("host", "").empty() && s.value("up", false)) ++n;
  }
  return n;
}

bool WaitWorkerListed(const DaemonUnderTest& main, std::chrono::seconds timeout) {
  auto until = Clock::now() + timeout;
  while (Clock::now() < until) {
    auto h = main.Health();
    if (h.is_object() && RemoteReplicas(h, "clean") == 1 && RemoteReplicas(h, "extract") == 1) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

TEST(Cluster, WorkerReplicasShareTheWorkAndAWorkerKilledMidRunLosesNothing) {
  DaemonUnderTest main("[cluster]\nlisten = \"tcp://127.0.0.1:*\"\n[stages.clean]\nreplicas = 1\n");
  std::string error;
  ASSERT_TRUE(main.Start(&error)) << error;
  ASSERT_TRUE(main.WaitHealthy(30s)) << main.Log();
  const std::string join = main.Runtime().value("cluster", "");
  ASSERT_FALSE(join.empty()) << main.Runtime().dump();

  DaemonUnderTest worker(WorkerToml(join));
  ASSERT_TRUE(worker.Start(&error)) << error;
  ASSERT_TRUE(worker.WaitHealthy(30s)) << worker.Log();
  ASSERT_TRUE(WaitWorkerListed(main, 20s)) << main.Health().dump() << worker.Log();

  // The main's `tidings status` lists the worker's stages with their host.
  RunResult status = RunProgram({(BinDir() / "tidings").string(), "status"}, main.CliEnv());
  ASSERT_EQ(status.exit_code, 0) << status.out << status.err;
  auto listed = nlohmann::json::parse(status.out, nullptr, false);
  ASSERT_TRUE(listed.is_object()) << status.out;
  EXPECT_EQ(RemoteReplicas(listed, "clean"), 1u) << status.out;
  EXPECT_EQ(RemoteReplicas(listed, "extract"), 1u) << status.out;

  zmq::context_t ctx(1);
  auto first = GenerateNewsArticles(600, "cluster-a", 11);
  cli::AckedPushResult pushed = cli::PushAllAcked(ctx, PushOptionsFor(main, 64, 60s), first);
  ASSERT_EQ(pushed.acknowledged(), 600u);
  ASSERT_TRUE(WaitFinished(main, 600, 90s)) << main.Health().dump() << main.Log();
  auto stored = main.QueryStore("SELECT COUNT(*) AS n FROM articles WHERE status = 'stored'");
  EXPECT_EQ(stored[0]["n"], "600") << "every acked article stored once";
  // Counters come with heartbeats (one a second per replica, each on its own clock): wait for
  // every one of them.
  for (auto until = Clock::now() + 5s;
       (CounterSum(main.Metrics(), "tidings_stage_received_total", "stage=\"clean\"") == 0 ||
        CounterSum(worker.Metrics(), "tidings_stage_received_total", "stage=\"clean\"") == 0 ||
        CounterSum(worker.Metrics(), "tidings_stage_received_total", "stage=\"extract\"") == 0) &&
       Clock::now() < until;) {
    std::this_thread::sleep_for(100ms);
  }
  EXPECT_GT(CounterSum(main.Metrics(), "tidings_stage_received_total", "stage=\"clean\""), 0)
      << "the main's own clean replica worked";
  EXPECT_GT(CounterSum(worker.Metrics(), "tidings_stage_received_total", "stage=\"clean\""), 0)
      << "the worker's clean replica worked";
  EXPECT_GT(CounterSum(worker.Metrics(), "tidings_stage_received_total", "stage=\"extract\""), 0)
      << "the worker's extract replica worked";
  EXPECT_NE(main.Metrics().find("tidings_replica_info{stage=\"clean\",replica=\"0\",host="), std::string::npos);

  // Mid-run, the worker dies with its children (they have PR_SET_PDEATHSIG = SIGKILL).
  auto second = GenerateNewsArticles(600, "cluster-b", 12);
  std::atomic<bool> pushing_done{false};
  cli::AckedPushResult pushed2;
  std::thread pusher([&] {
    pushed2 = cli::PushAllAcked(ctx, PushOptionsFor(main, 16, 120s), second);
    pushing_done = true;
  });
  auto until = Clock::now() + 30s;
  while (Finished(main) < 600 + 100 && Clock::now() < until) std::this_thread::sleep_for(5ms);
  worker.Kill();
  pusher.join();
  ASSERT_EQ(pushed2.acknowledged(), 600u);
  ASSERT_TRUE(WaitFinished(main, 1200, 120s)) << main.Health().dump() << main.Log();
  stored = main.QueryStore("SELECT COUNT(*) AS n FROM articles WHERE status = 'stored'");
  EXPECT_EQ(stored[0]["n"], "1200") << "nothing lost when the worker died";
  auto h = main.Health();
  EXPECT_EQ(h["journal"].value("dead", -1), 0) << h.dump();
  // Silent for supervision.liveness heartbeat intervals: the worker is shown lost.
  for (auto until = Clock::now() + 10s; Clock::now() < until; std::this_thread::sleep_for(100ms)) {
    h = main.Health();
    if (h.contains("workers") && !h["workers"][0].value("up", true)) break;
  }
  ASSERT_TRUE(h.contains("workers")) << h.dump();
  EXPECT_EQ(h["workers"][0].value("up", true), false) << "the lost worker is shown as such";
}

// The main restarts on new ports (its cluster socket and every hop): a worker that joined
// through the main's runtime file finds it again and restarts its replicas on the new hops.
// The main runs no clean or extract replica, so articles complete only through the worker.
TEST(Cluster, AWorkerJoinsAgainWhenTheMainRestartsOnNewPorts) {
  DaemonUnderTest main("[cluster]\nlisten = \"tcp://127.0.0.1:*\"\n"
                       "[stages.clean]\nreplicas = 0\n[stages.extract]\nreplicas = 0\n");
  std::string error;
  ASSERT_TRUE(main.Start(&error)) << error;
  ASSERT_TRUE(main.WaitHealthy(30s)) << main.Log();
  const std::string first_join = main.Runtime().value("cluster", "");
  const std::string first_clean_in = main.Runtime()["stage_in"].value("clean", "");

  DaemonUnderTest worker(WorkerToml((main.data_dir() / "daemon.json").string()));
  ASSERT_TRUE(worker.Start(&error)) << error;
  ASSERT_TRUE(worker.WaitHealthy(30s)) << worker.Log();
  ASSERT_TRUE(WaitWorkerListed(main, 20s)) << main.Health().dump() << worker.Log();
  zmq::context_t ctx(1);
  cli::AckedPushResult pushed =
      cli::PushAllAcked(ctx, PushOptionsFor(main, 16, 60s), GenerateNewsArticles(100, "rejoin-a", 21));
  ASSERT_EQ(pushed.acknowledged(), 100u);
  ASSERT_TRUE(WaitFinished(main, 100, 60s)) << main.Health().dump() << main.Log();

  main.Kill();
  ASSERT_TRUE(main.Restart(&error)) << error;
  ASSERT_TRUE(main.WaitHealthy(30s)) << main.Log();
  ASSERT_NE(main.Runtime().value("cluster", ""), first_join) << "the test needs the main on a new port";
  ASSERT_NE(main.Runtime()["stage_in"].value("clean", ""), first_clean_in);
  ASSERT_TRUE(WaitWorkerListed(main, 30s)) << main.Health().dump() << worker.Log();

  zmq::context_t ctx2(1);
  pushed = cli::PushAllAcked(ctx2, PushOptionsFor(main, 16, 60s), GenerateNewsArticles(200, "rejoin-b", 22));
  ASSERT_EQ(pushed.acknowledged(), 200u);
  ASSERT_TRUE(WaitFinished(main, 300, 90s)) << main.Health().dump() << main.Log() << worker.Log();
  auto stored = main.QueryStore("SELECT COUNT(*) AS n FROM articles WHERE status = 'stored'");
  EXPECT_EQ(stored[0]["n"], "300") << "every acked article stored once, through the worker";
  EXPECT_EQ(worker.Runtime().value("cluster", ""), main.Runtime().value("cluster", ""))
      << "the worker notes where it joined";
  EXPECT_NE(worker.Log().find("hops moved"), std::string::npos) << worker.Log();
}

TEST(Cluster, HopsBeyondLoopbackAreCurveAndRefuseAPeerWithoutAnAllowedKey) {
  KeyPair main_keys = NewKeyPair(), worker_keys = NewKeyPair(), rogue_keys = NewKeyPair();
  DaemonUnderTest main("[cluster]\nlisten = \"tcp://127.0.0.1:*\"\n[hops]\nbind = \"tcp://0.0.0.0:*\"\n"
                       "[security]\ncurve_secret_key = \"" + main_keys.secret_key + "\"\ncurve_public_key = \"" +
                       main_keys.public_key + "\"\ncurve_allowed_clients = [\"" + worker_keys.public_key + "\"]\n"
                       "[stages.clean]\nreplicas = 1\n");
  std::string error;
  ASSERT_TRUE(main.Start(&error)) << error;
  ASSERT_TRUE(main.WaitHealthy(30s)) << main.Log();
  auto rt = main.Runtime();
  std::string clean_in = std::regex_replace(rt["stage_in"].value("clean", ""), std::regex("0\\.0\\.0\\.0"), "127.0.0.1");
  std::string clean_out = std::regex_replace(rt["stage_out"].value("clean", ""), std::regex("0\\.0\\.0\\.0"), "127.0.0.1");
  ASSERT_FALSE(clean_in.empty()) << rt.dump();

  // A worker with an allowed key joins and works.
  DaemonUnderTest worker(WorkerToml(rt.value("cluster", ""), "[security]\ncurve_secret_key = \"" +
                                                                 worker_keys.secret_key + "\"\ncurve_public_key = \"" +
                                                                 worker_keys.public_key + "\"\n"));
  ASSERT_TRUE(worker.Start(&error)) << error;
  ASSERT_TRUE(worker.WaitHealthy(30s)) << worker.Log();
  ASSERT_TRUE(WaitWorkerListed(main, 20s)) << main.Health().dump() << worker.Log();

  // Rogue peers on the clean hop: one without CURVE, one with a key pair nobody allowed.
  zmq::context_t ctx(1);
  // Replicas take work as DEALERs granting credits: the rogues ask for work the same way.
  zmq::socket_t plain_taker(ctx, zmq::socket_type::dealer), keyed_taker(ctx, zmq::socket_type::dealer);
  zmq::socket_t keyed_push(ctx, zmq::socket_type::push);
  for (zmq::socket_t* s : {&keyed_taker, &keyed_push}) {
    s->set(zmq::sockopt::curve_serverkey, main_keys.public_key);
    s->set(zmq::sockopt::curve_publickey, rogue_keys.public_key);
    s->set(zmq::sockopt::curve_secretkey, rogue_keys.secret_key);
  }
  for (zmq::socket_t* s : {&plain_taker, &keyed_taker, &keyed_push}) s->set(zmq::sockopt::linger, 0);
  plain_taker.connect(clean_in);
  keyed_taker.connect(clean_in);
  keyed_push.connect(clean_out);
  std::this_thread::sleep_for(300ms);
  for (zmq::socket_t* s : {&plain_taker, &keyed_taker}) {
    v1::HopCredit credit;
    credit.set_credits(1000);
    (void)s->send(zmq::buffer(credit.SerializeAsString()), zmq::send_flags::dontwait);
  }
  // A forged result pushed at the main: never reaches it.
  v1::HopHeader forged;
  forged.set_article_id("forged");
  forged.set_kind(v1::HopHeader::CLEAN);
  (void)keyed_push.send(zmq::buffer(forged.SerializeAsString()), zmq::send_flags::sndmore | zmq::send_flags::dontwait);
  (void)keyed_push.send(zmq::str_buffer("x"), zmq::send_flags::dontwait);

  zmq::context_t push_ctx(1);
  auto articles = GenerateNewsArticles(200, "curve-hops", 13);
  // With [security] keys the client sockets use CURVE too: the client presents an allowed key.
  cli::AckedPushOptions options = PushOptionsFor(main, 16, 60s);
  options.secure = [&](zmq::socket_t& s) {
    s.set(zmq::sockopt::curve_serverkey, main_keys.public_key);
    s.set(zmq::sockopt::curve_publickey, worker_keys.public_key);
    s.set(zmq::sockopt::curve_secretkey, worker_keys.secret_key);
    return Status::Ok();
  };
  cli::AckedPushResult pushed = cli::PushAllAcked(push_ctx, options, articles);
  ASSERT_EQ(pushed.acknowledged(), 200u);
  ASSERT_TRUE(WaitFinished(main, 200, 60s)) << main.Health().dump() << main.Log();

  zmq::message_t got;
  EXPECT_FALSE(plain_taker.recv(got, zmq::recv_flags::dontwait)) << "a peer without CURVE got an article";
  EXPECT_FALSE(keyed_taker.recv(got, zmq::recv_flags::dontwait)) << "a peer with an unknown key got an article";
  auto stored = main.QueryStore("SELECT COUNT(*) AS n FROM articles");
  EXPECT_EQ(stored[0]["n"], "200") << "the forged result was not taken";
  std::string metrics = main.Metrics();
  EXPECT_GE(CounterSum(metrics, "tidings_ingest_total", "socket=\"hops\",result=\"refused\""), 1) << metrics;
  // Counters come with the worker's heartbeats (one a second).
  auto worker_clean = [&] { return CounterSum(worker.Metrics(), "tidings_stage_received_total", "stage=\"clean\""); };
  for (auto until = Clock::now() + 5s; worker_clean() == 0 && Clock::now() < until;) std::this_thread::sleep_for(100ms);
  EXPECT_GT(worker_clean(), 0) << "the worker with an allowed key was served\n" << worker.Log();
}

}  // namespace
}  // namespace tidings::testing
