#include "daemon/zap_handler.h"

#include <spdlog/spdlog.h>

#include "tidings/wire.h"

namespace tidings::daemon {

ZapHandler::ZapHandler(zmq::context_t& ctx, const DaemonConfig& config, MetricsRegistry& metrics)
    : socket_(ctx, zmq::socket_type::rep),
      allow_any_(config.curve_allow_any_client),
      allowed_(config.curve_allowed_clients.begin(), config.curve_allowed_clients.end()),
      metrics_(metrics) {
  // The daemon's own replicas connect to CURVE hops with the daemon's key pair.
  if (!config.curve_public_key.empty()) allowed_.insert(config.curve_public_key);
  socket_.set(zmq::sockopt::linger, 0);
}

void ZapHandler::Bind() { socket_.bind("inproc://zeromq.zap.01"); }

void ZapHandler::Handle() {
  std::vector<zmq::message_t> frames;
  for (int n = 0; n < 64 && RecvMultipart(socket_, &frames); ++n) {
    auto frame = [&](size_t i) { return frames.size() > i ? frames[i].to_string() : std::string(); };
    const std::string request_id = frame(1), domain = frame(2), address = frame(3), mechanism = frame(5);
    bool allowed = false;
    std::string client;
    if (mechanism == "CURVE" && frames.size() > 6 && frames[6].size() == 32) {
      char z85[41];
      zmq_z85_encode(z85, static_cast<const uint8_t*>(frames[6].data()), 32);
      client = z85;
      allowed = allow_any_ || allowed_.count(client) > 0;
    } else if (mechanism == "NULL") {
      allowed = domain != "tidings" && domain != "hops";  // not a CURVE socket of ours
    }
    if (!allowed) {
      metrics_.GetCounter("tidings_ingest_total", "Articles offered by clients, by outcome",
                          {{"socket", domain == "hops" ? "hops" : "curve"}, {"result", "refused"}})
          .Increment();
      spdlog::warn("refused a {} {} peer{}{} (address {})", mechanism.empty() ? "?" : mechanism,
                   domain == "hops" ? "hop" : "client", client.empty() ? "" : " with public key ", client,
                   address.empty() ? "?" : address);
    }
    const char* code = allowed ? "200" : "400";
    const char* text = allowed ? "OK" : "client key not allowed (security.curve_allowed_clients)";
    socket_.send(zmq::str_buffer("1.0"), zmq::send_flags::sndmore);
    socket_.send(zmq::buffer(request_id), zmq::send_flags::sndmore);
    socket_.send(zmq::buffer(std::string_view(code)), zmq::send_flags::sndmore);
    socket_.send(zmq::buffer(std::string_view(text)), zmq::send_flags::sndmore);
    socket_.send(zmq::buffer(client), zmq::send_flags::sndmore);
    socket_.send(zmq::message_t(), zmq::send_flags::none);
  }
}

}  // namespace tidings::daemon
