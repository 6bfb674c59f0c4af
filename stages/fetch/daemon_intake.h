// The fetch stage's client of the daemon's acknowledged intake (the inbound.ack ROUTER): a
// DEALER that keeps a window of articles outstanding, sends again after BUSY (after the delay
// the daemon asks for) or when an answer does not come, and matches answers by article id.
// Sending an article twice is safe: the daemon answers DUPLICATE for an id it journaled.
// Part of the stage process, not of the socket-free fetch library.
#pragma once

#include <chrono>
#include <deque>
#include <string>
#include <unordered_map>
#include <vector>
#include <zmq.hpp>

#include "fetch/article_sink.h"

namespace tidings::fetch {

struct DaemonIntakeOptions {
  size_t window = 64;                        // articles sent and not yet answered
  std::chrono::milliseconds silence{5000};   // no answer this long: send again
  // When the daemon's client sockets use CURVE: its public key and this client's key pair
  // (Z85, 40 characters each). Empty: a plain connection.
  std::string curve_server_key, curve_public_key, curve_secret_key;
};

// Not thread-safe: the stage's thread only.
class DaemonIntake : public ArticleSink {
 public:
  // Connects (ZeroMQ connects lazily: a daemon not yet listening is not an error).
  DaemonIntake(zmq::context_t& context, const std::string& ack_endpoint, DaemonIntakeOptions options = {});

  void Offer(v1::Article article, AckHandler on_ack) override;
  void Pump() override;
  int wake_fd() override;
  std::optional<std::chrono::steady_clock::time_point> NextWake() const override;
  size_t outstanding() const override { return pending_.size(); }

 private:
  using TimePoint = std::chrono::steady_clock::time_point;
  struct Pending {
    v1::Article article;
    std::vector<AckHandler> handlers;  // one per Offer of this id
    bool sent = false;
    TimePoint resend_at{};             // sent: when to send again without an answer
  };

  void ReadAnswers();
  void SendDue(TimePoint now);
  bool Send(Pending& p, TimePoint now);

  DaemonIntakeOptions options_;
  zmq::socket_t socket_;
  std::unordered_map<std::string, Pending> pending_;  // by article id
  std::deque<std::string> waiting_;                   // ids not yet sent, in offer order
  size_t in_window_ = 0;                              // sent and not answered
};

}  // namespace tidings::fetch
