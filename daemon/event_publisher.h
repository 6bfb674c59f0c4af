// The outbound PUB socket: each committed event once per topic tree ([topic][Event], see
// tidings/topics.h). A slow subscriber loses events beyond its high-water mark (PUB drops for
// it alone); `tidings subscribe --since` replays from the store.
//
// Thread-safety: none; Publish() runs on the forwarder's thread (after Bind()).
#pragma once

#include <string>
#include <zmq.hpp>

#include "daemon/metrics.h"
#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"
#include "tidings/wire.h"

namespace tidings::daemon {

class EventPublisher {
 public:
  EventPublisher(zmq::context_t& ctx, MetricsRegistry& metrics);
  // Binds `endpoint` (a CURVE server when `curve` is enabled); `*bound` gets the endpoint.
  Status Bind(const std::string& endpoint, const CurveKeys& curve, std::string* bound);
  // Publishes the events of one stored article; returns how many.
  size_t Publish(const google::protobuf::RepeatedPtrField<v1::Event>& events);

 private:
  zmq::socket_t socket_;
  Counter* published_;
};

}  // namespace tidings::daemon
