#include "daemon/hop_router.h"

#include <algorithm>

namespace tidings::daemon {

HopRouter::HopRouter(zmq::context_t& ctx, std::vector<std::string> stages, MetricsRegistry& metrics)
    : ctx_(ctx), order_(std::move(stages)), metrics_(metrics) {
  for (size_t i = 0; i < order_.size(); ++i) {
    Hop& hop = hops_[order_[i]];
    hop.next = i + 1 < order_.size() ? order_[i + 1] : "";
    hop.sent = &metrics_.GetCounter("tidings_hop_sent_total", "Envelopes the daemon sent to a stage",
                                    {{"stage", order_[i]}});
    hop.received = &metrics_.GetCounter("tidings_hop_received_total",
                                        "Envelopes the daemon received from a stage", {{"stage", order_[i]}});
  }
}

Status HopRouter::Bind(const std::function<std::string(const std::string&)>& endpoint_of,
                       int hwm, const CurveKeys& curve, std::map<std::string, std::string>* stage_in,
                       std::map<std::string, std::string>* stage_out) {
  for (const auto& name : order_) {
    Hop& hop = hops_.at(name);
    // Articles waiting for a stage wait in the stage's own receive queue (hop_hwm / 10 per
    // replica), not here: the daemon's pipe to each replica stays short, so a burst does not
    // grow the daemon's memory and a replica with room is preferred to a busy one.
    hop.in = MakeSocket(ctx_, zmq::socket_type::push,
                        {.send_hwm = std::min(hwm, kSendHwm), .recv_hwm = hwm, .linger_ms = 0});
    hop.out = MakeSocket(ctx_, zmq::socket_type::pull, {.send_hwm = hwm, .recv_hwm = hwm, .linger_ms = 0});
    ApplyCurve(hop.in, curve, "hops");
    ApplyCurve(hop.out, curve, "hops");
    Status s = BindSocket(hop.in, endpoint_of(name + ".in"), &(*stage_in)[name]);
    if (!s.ok()) return s;
    s = BindSocket(hop.out, endpoint_of(name + ".out"), &(*stage_out)[name]);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

void HopRouter::Enqueue(const std::string& stage, HopMessage message) {
  hops_.at(stage).queue.push_back(std::move(message));
}

void HopRouter::Flush(const std::function<void(const std::string&, const std::string&)>& sent) {
  for (const auto& name : order_) {
    Hop& hop = hops_.at(name);
    while (!hop.queue.empty()) {
      HopMessage& m = hop.queue.front();
      if (!SendHop(hop.in, m.header, m.payload)) break;
      hop.sent->Increment();
      if (!m.article_id.empty()) sent(m.article_id, name);
      hop.queue.pop_front();
    }
  }
}

void HopRouter::AddPollItems(PollSet& poll, const std::function<bool(const std::string&)>& may_read,
                             const std::function<void(const std::string&)>& on_output) {
  for (const auto& name : order_) {
    Hop& hop = hops_.at(name);
    if (may_read(name)) poll.Add(hop.out, ZMQ_POLLIN, [on_output, name] { on_output(name); });
    if (!hop.queue.empty()) poll.Add(hop.in, ZMQ_POLLOUT, [] {});  // Flush() on the next turn
  }
}

bool HopRouter::Receive(const std::string& stage, std::vector<zmq::message_t>* frames) {
  Hop& hop = hops_.at(stage);
  if (!RecvMultipart(hop.out, frames)) return false;
  hop.received->Increment();
  return true;
}

}  // namespace tidings::daemon
