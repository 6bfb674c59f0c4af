// The control channel: stage heartbeats, read on a thread of its own with a ZeroMQ context of
// its own, so that nothing the hub does (a journal commit, a burst of articles) delays them:
// liveness is judged on a path the journal never blocks.
//
// Thread-safety: Bind() and Start() from one thread, then the handler runs on the listener's
// thread; Stop() from any thread (also called by the destructor).
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <thread>
#include <zmq.hpp>

#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"

namespace tidings::daemon {

class ControlListener {
 public:
  using Handler = std::function<void(const v1::Heartbeat&)>;
  ControlListener();
  ~ControlListener();

  // Binds the control PULL socket at `endpoint`; `*bound` gets the concrete endpoint.
  Status Bind(const std::string& endpoint, std::string* bound);
  // Starts the thread; `handler` runs there for every heartbeat.
  void Start(Handler handler);
  void Stop();

 private:
  zmq::context_t ctx_;
  zmq::socket_t socket_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace tidings::daemon
