#include "daemon/event_publisher.h"

#include "tidings/topics.h"

namespace tidings::daemon {

EventPublisher::EventPublisher(zmq::context_t& ctx, MetricsRegistry& metrics)
    : socket_(MakeSocket(ctx, zmq::socket_type::pub, {.send_hwm = 100000, .linger_ms = 0})),
      published_(&metrics.GetCounter("tidings_events_published_total", "Events published")) {}

Status EventPublisher::Bind(const std::string& endpoint, const CurveKeys& curve, std::string* bound) {
  ApplyCurve(socket_, curve);
  return BindSocket(socket_, endpoint, bound);
}

size_t EventPublisher::Publish(const google::protobuf::RepeatedPtrField<v1::Event>& events) {
  for (const auto& event : events) {
    zmq::message_t body = ToMessage(event);
    zmq::message_t copy;
    copy.copy(body);
    std::string by_code = CameoTopic(event), by_actor = ActorTopic(event);
    socket_.send(zmq::buffer(by_code), zmq::send_flags::sndmore | zmq::send_flags::dontwait);
    socket_.send(body, zmq::send_flags::dontwait);
    socket_.send(zmq::buffer(by_actor), zmq::send_flags::sndmore | zmq::send_flags::dontwait);
    socket_.send(copy, zmq::send_flags::dontwait);
    published_->Increment();
  }
  return static_cast<size_t>(events.size());
}

}  // namespace tidings::daemon
