#include "daemon/hop_router.h"

#include <spdlog/spdlog.h>

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
    // Articles a replica has no room for wait here (kQueueLimit per stage; beyond it the daemon
    // stops reading upstream), not in a replica's queue: a burst does not grow memory, and the
    // next free replica takes the next article.
    hop.in = MakeSocket(ctx_, zmq::socket_type::router,
                        {.send_hwm = std::max(hwm, kSendHwm), .recv_hwm = hwm, .linger_ms = 0});
    hop.in.set(zmq::sockopt::router_mandatory, 1);  // a replica that is gone: an error, not a drop
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
      const auto replica = LeastLoaded(hop);
      if (replica == hop.credits.end() || HoldForAnIdleReplica(hop, replica->second)) break;
      HopMessage& m = hop.queue.front();
      zmq::message_t to(replica->first.data(), replica->first.size());
      hop.sent_since_poll = true;  // even a refused send uses the socket
      try {
        // Queued whole or not at all: once the routing frame is taken, the rest is too.
        if (!hop.in.send(to, zmq::send_flags::sndmore | zmq::send_flags::dontwait)) {
          hop.credits.erase(replica);  // its pipe is full: it is not taking work
          continue;
        }
      } catch (const zmq::error_t&) {
        hop.credits.erase(replica);  // EHOSTUNREACH: the replica is gone; its credits with it
        continue;
      }
      const size_t payload_bytes = m.payload.size();  // sending empties the message
      (void)hop.in.send(m.header, zmq::send_flags::sndmore);
      (void)hop.in.send(m.payload, zmq::send_flags::none);
      Replica& r = replica->second;
      --r.credits;
      r.unfinished.push_back(payload_bytes);
      r.unfinished_bytes += payload_bytes;
      hop.sent->Increment();
      if (!m.article_id.empty()) sent(m.article_id, name);
      hop.queue.pop_front();
    }
  }
}

HopRouter::Credits::iterator HopRouter::LeastLoaded(Hop& hop) {
  auto best = hop.credits.end();
  for (auto it = hop.credits.begin(); it != hop.credits.end(); ++it) {
    const Replica& r = it->second;
    if (r.credits == 0) continue;
    if (best == hop.credits.end() || r.unfinished_bytes < best->second.unfinished_bytes ||
        (r.unfinished_bytes == best->second.unfinished_bytes && r.credits > best->second.credits)) {
      best = it;
    }
  }
  return best;
}

bool HopRouter::HoldForAnIdleReplica(const Hop& hop, const Replica& least_loaded) {
  // Every replica is busy. One of them will be free first, and which one cannot be told from
  // bytes (a page's cost is not its size, and a replica may be descheduled): waiting here, the
  // message goes to whichever frees first; sent now, it may wait behind a slow page while the
  // other replica idles. That costs a replica the round trip of a credit, which only matters
  // when it has work waiting: with more queued than the replicas can start, keep their
  // windows full. A single replica is always given the next message at once.
  return !least_loaded.unfinished.empty() && hop.credits.size() > 1 && hop.queue.size() <= hop.credits.size();
}

void HopRouter::Replica::Finished(uint64_t envelopes) {
  for (; envelopes > 0 && !unfinished.empty(); --envelopes) {
    unfinished_bytes -= unfinished.front();
    unfinished.pop_front();
  }
}

void HopRouter::ReadCredits(const std::string& stage, Hop& hop) {
  std::vector<zmq::message_t> frames;
  for (int n = 0; n < 1024 && RecvMultipart(hop.in, &frames); ++n) {
    v1::HopCredit credit;
    if (frames.size() != 2 || !FromBytes(frames[1].data(), frames[1].size(), &credit)) {
      spdlog::warn("{}: a replica sent something that is not a HopCredit on its input hop; ignored", stage);
      continue;
    }
    Replica& replica = hop.credits[frames[0].to_string()];
    if (credit.reset()) {
      // The replica holds nothing of ours (it restarted, or is idle and re-grants its window).
      replica.credits = credit.credits();
      replica.Finished(replica.unfinished.size());
    } else {
      replica.credits += credit.credits();
      replica.Finished(credit.credits());  // one credit back per envelope finished
    }
  }
}

uint64_t HopRouter::CreditsOf(const std::string& stage) const {
  uint64_t sum = 0;
  for (const auto& [id, replica] : hops_.at(stage).credits) sum += replica.credits;
  return sum;
}

uint64_t HopRouter::UnfinishedBytesOf(const std::string& stage) const {
  uint64_t sum = 0;
  for (const auto& [id, replica] : hops_.at(stage).credits) sum += replica.unfinished_bytes;
  return sum;
}

void HopRouter::AddPollItems(PollSet& poll, const std::function<bool(const std::string&)>& may_read,
                             const std::function<void(const std::string&)>& on_output) {
  for (const auto& name : order_) {
    Hop& hop = hops_.at(name);
    if (may_read(name)) {
      poll.Add(hop.out, ZMQ_POLLIN, [on_output, name] { on_output(name); }, PollSet::Use::kOnlyByHandler);
    }
    // Credits; Flush() sends on it (the next turn after credits come).
    poll.Add(hop.in, ZMQ_POLLIN, [this, name] { ReadCredits(name, hops_.at(name)); },
             hop.sent_since_poll ? PollSet::Use::kAnywhere : PollSet::Use::kOnlyByHandler);
    hop.sent_since_poll = false;
  }
}

bool HopRouter::Receive(const std::string& stage, std::vector<zmq::message_t>* frames) {
  Hop& hop = hops_.at(stage);
  if (!RecvMultipart(hop.out, frames)) return false;
  hop.received->Increment();
  return true;
}

}  // namespace tidings::daemon
