// tidings subscribe: prints published events as JSON lines (the schema of tidings::EventToJson).
#include <chrono>
#include <csignal>
#include <iostream>
#include <zmq.hpp>

#include "commands.h"
#include "daemon_client.h"
#include "tidings/event_json.h"
#include "tidings/wire.h"

namespace tidings::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void OnInterrupt(int) { g_interrupted = 1; }

struct SubscribeOptions {
  std::vector<std::string> topics;
  std::string data_dir, endpoint;
  long count = 0;
  double timeout_s = 0;
  bool with_topic = false;
};

int Subscribe(const SubscribeOptions& o, const std::string& endpoint) {
  zmq::context_t ctx(1);
  zmq::socket_t sub = MakeSocket(ctx, zmq::socket_type::sub, {.recv_hwm = 100000, .linger_ms = 0});
  // Every event is published on both topic trees; with no prefix we take one tree so each
  // event prints once.
  std::vector<std::string> topics = o.topics.empty() ? std::vector<std::string>{"cameo/"} : o.topics;
  for (const auto& t : topics) sub.set(zmq::sockopt::subscribe, t);
  sub.connect(endpoint);
  std::signal(SIGINT, OnInterrupt);
  std::signal(SIGTERM, OnInterrupt);
  auto deadline = std::chrono::steady_clock::now() +
                  std::chrono::milliseconds(static_cast<long>(o.timeout_s * 1000));
  long printed = 0;
  while (!g_interrupted) {
    if (o.timeout_s > 0 && std::chrono::steady_clock::now() >= deadline) break;
    zmq::pollitem_t items[] = {{sub.handle(), 0, ZMQ_POLLIN, 0}};
    PollSockets(items, 1, std::chrono::milliseconds(100));
    if (!(items[0].revents & ZMQ_POLLIN)) continue;
    zmq::message_t topic, body;
    (void)sub.recv(topic);
    if (!topic.more()) continue;
    (void)sub.recv(body);
    while (body.more()) (void)sub.recv(body);  // tolerate extra frames from newer daemons
    v1::Event event;
    if (!FromBytes(body.data(), body.size(), &event)) {
      std::cerr << "tidings subscribe: skipped a frame that is not a tidings.v1.Event\n";
      continue;
    }
    if (o.with_topic) {
      auto j = EventToJson(event);
      j["topic"] = topic.to_string();
      std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else {
      std::cout << EventToJsonLine(event) << "\n";
    }
    std::cout.flush();
    if (o.count > 0 && ++printed >= o.count) break;
  }
  return 0;
}

}  // namespace

void RegisterSubscribeCommand(CLI::App& app) {
  auto o = std::make_shared<SubscribeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "subscribe",
      "Print published events as JSON lines. Topic prefixes: cameo/<code> (cameo/05, cameo/057) "
      "or actor/<src>[/<tgt>] (actor/TUR, actor/TUR/AZE)");
  cmd->add_option("topics", o->topics, "topic prefixes (default: every event once)");
  cmd->add_option("--count", o->count, "exit after this many events");
  cmd->add_option("--timeout", o->timeout_s, "exit after this many seconds");
  cmd->add_flag("--with-topic", o->with_topic, "add the topic to each JSON object");
  cmd->add_option("--endpoint", o->endpoint, "override the daemon's publish endpoint");
  AddDataDirOption(cmd, &o->data_dir);
  cmd->callback([o]() {
    std::string endpoint = o->endpoint;
    if (endpoint.empty()) {
      DaemonEndpoints d;
      Status s = FindDaemon(o->data_dir, &d);
      if (!s.ok()) {
        std::cerr << "tidings subscribe: " << s.message() << "\n";
        throw CLI::RuntimeError(2);
      }
      endpoint = d.publish;
    }
    int rc = Subscribe(*o, endpoint);
    if (rc != 0) throw CLI::RuntimeError(rc);
  });
}

}  // namespace tidings::cli
