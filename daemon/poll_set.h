// One zmq::poll over the sockets of several parts (intake, hop router, ...), each ready socket
// handed back to the part that added it. Rebuilt on every turn: which sockets are polled
// changes with backpressure.
#pragma once

#include <chrono>
#include <functional>
#include <vector>
#include <zmq.hpp>

#include "tidings/wire.h"

namespace tidings::daemon {

class PollSet {
 public:
  // `on_ready` runs after Poll() when the socket has one of `events`.
  void Add(zmq::socket_t& socket, short events, std::function<void()> on_ready) {
    items_.push_back({socket.handle(), 0, events, 0});
    handlers_.push_back(std::move(on_ready));
  }
  // Waits up to `timeout` and runs the handlers of ready sockets, in the order added.
  void Poll(std::chrono::milliseconds timeout) {
    PollSockets(items_.data(), items_.size(), timeout);
    for (size_t i = 0; i < items_.size(); ++i) {
      if (items_[i].revents != 0) handlers_[i]();
    }
  }

 private:
  std::vector<zmq::pollitem_t> items_;
  std::vector<std::function<void()>> handlers_;
};

}  // namespace tidings::daemon
