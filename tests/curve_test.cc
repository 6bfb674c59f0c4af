// CURVE: client sockets bound beyond loopback need keys; with keys configured a client
// without keys (or with a key that is not allowed) is not served, an allowed client is.
// The daemon binds 0.0.0.0 but the test only ever connects to 127.0.0.1.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <thread>

#include "daemon_harness.h"

namespace tidings::testing {
namespace {

using namespace std::chrono_literals;

struct KeyPair {
  std::string public_key, secret_key;
};

KeyPair Keygen() {
  RunResult r = RunProgram({(BinDir() / "tidings").string(), "keygen"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::smatch pub, sec;
  EXPECT_TRUE(std::regex_search(r.out, pub, std::regex("public_key = \"([^\"]{40})\"")));
  EXPECT_TRUE(std::regex_search(r.out, sec, std::regex("secret_key = \"([^\"]{40})\"")));
  return {pub[1], sec[1]};
}

// 0.0.0.0:PORT as bound -> 127.0.0.1:PORT to connect (never leave this host).
std::string Loopback(const std::string& bound) {
  return std::regex_replace(bound, std::regex("tcp://0\\.0\\.0\\.0:"), "tcp://127.0.0.1:");
}

v1::Article Article(const std::string& id) {
  v1::Article a;
  a.set_id(id);
  a.set_text("France signed an agreement with Germany on Monday.");
  return a;
}

// One acked push; no reply within `wait` gives a BUSY with reason "no reply".
v1::Ack Push(zmq::context_t& ctx, const std::string& endpoint, const v1::Article& a,
             const KeyPair* client, const std::string& server_key, std::chrono::milliseconds wait) {
  zmq::socket_t s(ctx, zmq::socket_type::dealer);
  s.set(zmq::sockopt::linger, 0);
  if (client != nullptr) {
    s.set(zmq::sockopt::curve_serverkey, server_key);
    s.set(zmq::sockopt::curve_publickey, client->public_key);
    s.set(zmq::sockopt::curve_secretkey, client->secret_key);
  }
  s.connect(endpoint);
  s.send(zmq::message_t(), zmq::send_flags::sndmore);
  s.send(zmq::buffer(a.SerializeAsString()), zmq::send_flags::none);
  zmq::pollitem_t items[] = {{s.handle(), 0, ZMQ_POLLIN, 0}};
  v1::Ack ack;
  ack.set_status(v1::Ack::BUSY);
  ack.set_reason("no reply");
  if (zmq::poll(items, 1, wait) > 0) {
    zmq::message_t delim, body;
    (void)s.recv(delim);
    (void)s.recv(body);
    ack.ParseFromArray(body.data(), static_cast<int>(body.size()));
  }
  return ack;
}

TEST(Curve, KeygenPrintsAValidKeyPair) {
  KeyPair k = Keygen();
  char derived[41];
  ASSERT_EQ(zmq_curve_public(derived, k.secret_key.c_str()), 0);
  EXPECT_EQ(k.public_key, derived);
  EXPECT_NE(Keygen().public_key, k.public_key) << "a new pair each time";
}

TEST(Curve, NonLoopbackBindWithoutKeysIsRefusedWithWhatToConfigure) {
  DaemonUnderTest daemon("");
  std::ofstream(daemon.data_dir() / "x.toml") << "[inbound]\nack = \"tcp://0.0.0.0:*\"\n";
  RunResult r = RunProgram({(BinDir() / "tidingsd").string(), "--data-dir", daemon.data_dir().string(),
                            "--config", (daemon.data_dir() / "x.toml").string()});
  EXPECT_EQ(r.exit_code, 78);
  EXPECT_NE(r.err.find("requires ZeroMQ CURVE keys"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("curve_secret_key"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("tidings keygen"), std::string::npos) << r.err;

  KeyPair server = Keygen();
  std::ofstream(daemon.data_dir() / "y.toml")
      << "[inbound]\nack = \"tcp://0.0.0.0:*\"\n[security]\ncurve_secret_key = \"" << server.secret_key
      << "\"\ncurve_public_key = \"" << server.public_key << "\"\n";
  r = RunProgram({(BinDir() / "tidingsd").string(), "--data-dir", daemon.data_dir().string(),
                  "--config", (daemon.data_dir() / "y.toml").string(), "--check-config"});
  EXPECT_EQ(r.exit_code, 78) << "keys without a client policy";
  EXPECT_NE(r.err.find("curve_allowed_clients"), std::string::npos) << r.err;
}

TEST(Curve, OnlyAllowedClientsAreServedOnANonLoopbackBind) {
  KeyPair server = Keygen(), allowed = Keygen(), stranger = Keygen();
  DaemonUnderTest daemon(
      "[security]\ncurve_secret_key = \"" + server.secret_key + "\"\ncurve_public_key = \"" +
      server.public_key + "\"\ncurve_allowed_clients = [\"" + allowed.public_key + "\"]\n");
  daemon.SetClientEndpoints("tcp://0.0.0.0:*", "tcp://0.0.0.0:*", "tcp://0.0.0.0:*");
  std::string error;
  ASSERT_TRUE(daemon.Start(&error)) << error;
  ASSERT_TRUE(daemon.WaitHealthy(30s)) << daemon.Log();
  const std::string ack = daemon.Runtime().value("ack", "");
  ASSERT_EQ(ack.rfind("tcp://0.0.0.0:", 0), 0u) << ack;
  EXPECT_EQ(daemon.Runtime().value("curve_server_key", ""), server.public_key);
  const std::string endpoint = Loopback(ack);
  zmq::context_t ctx(1);

  v1::Ack plain = Push(ctx, endpoint, Article("curve-plain"), nullptr, "", 1500ms);
  EXPECT_EQ(plain.reason(), "no reply") << "a client without keys must not be served";
  v1::Ack strange = Push(ctx, endpoint, Article("curve-stranger"), &stranger, server.public_key, 1500ms);
  EXPECT_EQ(strange.reason(), "no reply") << "a key not in curve_allowed_clients must not be served";
  v1::Ack ok = Push(ctx, endpoint, Article("curve-allowed"), &allowed, server.public_key, 10000ms);
  EXPECT_EQ(ok.status(), v1::Ack::ACCEPTED) << ok.reason();

  // The CLI with a key file (the output of `tidings keygen`); the server key comes from the
  // daemon's runtime file.
  std::ofstream(daemon.data_dir() / "client.key")
      << "public_key = \"" << allowed.public_key << "\"\nsecret_key = \"" << allowed.secret_key << "\"\n";
  RunResult push = RunProgram({(BinDir() / "tidings").string(), "push", "--ack", "--id", "curve-cli",
                               "--endpoint", endpoint, "--curve-key-file",
                               (daemon.data_dir() / "client.key").string(), "-"},
                              daemon.CliEnv(), "Japan praised Brazil on Sunday.\n");
  EXPECT_EQ(push.exit_code, 0) << push.out << push.err;
  EXPECT_NE(push.out.find("\"status\":\"accepted\""), std::string::npos) << push.out;
  RunResult refused = RunProgram({(BinDir() / "tidings").string(), "push", "--ack", "--timeout", "2",
                                  "--id", "curve-cli-2", "--endpoint", endpoint, "-"},
                                 daemon.CliEnv(), "Japan praised Brazil on Sunday.\n");
  EXPECT_EQ(refused.exit_code, 2) << "an ephemeral key pair is not in the allow list";

  // Nothing was stored for the refused clients.
  auto until = std::chrono::steady_clock::now() + 20s;
  std::vector<std::map<std::string, std::string>> rows;
  while (std::chrono::steady_clock::now() < until) {
    rows = daemon.QueryStore("SELECT id FROM articles ORDER BY id");
    if (rows.size() >= 2) break;
    std::this_thread::sleep_for(100ms);
  }
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["id"], "curve-allowed");
  EXPECT_EQ(rows[1]["id"], "curve-cli");
  EXPECT_NE(daemon.Metrics().find("tidings_ingest_total{socket=\"curve\",result=\"refused\"}"), std::string::npos);
}

}  // namespace
}  // namespace tidings::testing
