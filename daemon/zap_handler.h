// ZAP (ZeroMQ RFC 27) for every CURVE socket of the daemon's context: approves or refuses each
// connecting peer by its public key. Domain "tidings" serves clients (push, ack, publish),
// domain "hops" serves stage replicas on worker hosts; both accept the keys listed in
// security.curve_allowed_clients (or any key with security.curve_allow_any_client).
//
// Thread-safety: none; Bind() before any CURVE socket of the context binds, then Handle() on
// the thread that polls socket().
#pragma once

#include <set>
#include <string>
#include <zmq.hpp>

#include "daemon/metrics.h"
#include "tidings/config.h"

namespace tidings::daemon {

class ZapHandler {
 public:
  ZapHandler(zmq::context_t& ctx, const DaemonConfig& config, MetricsRegistry& metrics);
  void Bind();
  zmq::socket_t& socket() { return socket_; }
  // Answers the waiting requests (up to 64).
  void Handle();

 private:
  zmq::socket_t socket_;
  bool allow_any_;
  std::set<std::string> allowed_;
  MetricsRegistry& metrics_;
};

}  // namespace tidings::daemon
