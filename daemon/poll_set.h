// One wait over the sockets of several parts (intake, hop router, ...), each ready socket
// handed back to the part that added it. The sockets are added anew on every turn (which ones
// are polled changes with backpressure); what was seen of them is kept from turn to turn.
//
// Not zmq::poll: it asks every socket for its events (ZMQ_EVENTS: two syscalls per socket when
// nothing is pending) on a first pass that never blocks and again after the wait, ~50 syscalls
// a turn over the hub's dozen sockets. Poll() asks each socket once, after the wait only those
// whose descriptor woke it, and not at all a socket it found idle that nothing has used since
// (Use::kOnlyByHandler) while its descriptor stays quiet: ~20 syscalls a turn fewer.
//
// Thread-safety: none; the sockets' thread only.
#pragma once

#include <poll.h>

#include <chrono>
#include <functional>
#include <unordered_set>
#include <vector>
#include <zmq.hpp>

namespace tidings::daemon {

class PollSet {
 public:
  // How a socket was used since this set last looked at it (the previous Poll()).
  // kOnlyByHandler: nothing sent on, received from or asked the socket anything but its own
  // `on_ready` (then a socket found idle is idle still, unless its descriptor signals); the
  // socket must outlive the set. kAnywhere: other code may have used it (it is asked anew).
  enum class Use { kAnywhere, kOnlyByHandler };

  // `on_ready` runs after Poll() when the socket has one of `events` (ZMQ_POLLIN, ZMQ_POLLOUT).
  // A socket may be added once per turn.
  void Add(zmq::socket_t& socket, short events, std::function<void()> on_ready, Use use = Use::kAnywhere) {
    items_.push_back({socket.handle(), 0, events, 0});
    handlers_.push_back(std::move(on_ready));
    trusted_.push_back(use == Use::kOnlyByHandler);
  }
  // Waits up to `timeout` for one of the sockets to be ready, then runs the handlers of the
  // ready ones, in the order added, and forgets the sockets added (the next turn adds its own).
  // Returns at once when one is ready already. Throws zmq::error_t as zmq::poll does (not for
  // EINTR: then nothing is ready).
  void Poll(std::chrono::milliseconds timeout);
  // How long the last Poll() slept in poll(2): the rest of a turn is the hub's own work.
  std::chrono::steady_clock::duration waited() const { return waited_; }

 private:
  // Sets `items_[i].revents` from the socket's events; true when it is ready.
  bool Check(size_t i);
  // Waits up to `timeout` for the descriptors of the sockets `wanted` says, and checks those
  // that signalled; returns how many are ready.
  size_t Signalled(std::chrono::milliseconds timeout, const std::vector<bool>& wanted);

  std::vector<zmq::pollitem_t> items_;
  std::vector<std::function<void()>> handlers_;
  std::vector<bool> trusted_;  // Use::kOnlyByHandler
  std::vector<pollfd> fds_;
  std::vector<size_t> fd_item_;          // item of each entry of fds_
  std::unordered_set<void*> idle_;       // kOnlyByHandler sockets found idle, unused since
  std::chrono::steady_clock::duration waited_{};
};

}  // namespace tidings::daemon
