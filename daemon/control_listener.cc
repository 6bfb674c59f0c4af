#include "daemon/control_listener.h"

#include "tidings/wire.h"
#include "tidings/thread_name.h"

namespace tidings::daemon {

ControlListener::ControlListener()
    : ctx_(1), socket_(MakeSocket(ctx_, zmq::socket_type::pull, {.recv_hwm = 10000, .linger_ms = 0})) {}

ControlListener::~ControlListener() { Stop(); }

Status ControlListener::Bind(const std::string& endpoint, std::string* bound) {
  return BindSocket(socket_, endpoint, bound);
}

void ControlListener::Start(Handler handler) {
  thread_ = std::thread([this, handler = std::move(handler)] {
    NameThisThread("heartbeats");
    while (!stop_.load()) {
      zmq::pollitem_t items[] = {{socket_.handle(), 0, ZMQ_POLLIN, 0}};
      PollSockets(items, 1, std::chrono::milliseconds(100));
      zmq::message_t msg;
      for (int n = 0; n < 1000 && socket_.recv(msg, zmq::recv_flags::dontwait); ++n) {
        v1::Heartbeat hb;
        if (FromBytes(msg.data(), msg.size(), &hb)) handler(hb);
      }
    }
  });
}

void ControlListener::Stop() {
  stop_.store(true);
  if (thread_.joinable()) thread_.join();
}

}  // namespace tidings::daemon
