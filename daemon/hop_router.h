// The hops between the daemon and the stages: for every stage, a ROUTER socket its replicas
// take work from ("<stage>.in"; each replica is a DEALER that grants credits, HopCredit) and a
// PULL socket they push results to ("<stage>.out"), plus a small queue per stage for messages
// no replica has room for yet. Each message goes to the replica with room (credits) whose
// unfinished work is smallest, counted in payload bytes: a small page does not queue behind a
// 1 MB page while the other replica only has a small one, and never behind a busy replica
// while another is idle. When every replica of a stage is busy and no more are queued than
// the replicas could start at once, messages wait in the daemon for the first replica to
// finish (one queue for all, as a bank's line), rather than in one replica's pipe behind a
// page that turns out slow; under a backlog the replicas' windows are filled as before.
// Messages are kept as the frames they arrived in (a HopHeader and an opaque payload), never
// re-serialised.
//
// Thread-safety: none; every method is called on the forwarder's thread (after Bind()).
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <vector>
#include <zmq.hpp>

#include "daemon/metrics.h"
#include "daemon/poll_set.h"
#include "tidings/config.h"
#include "tidings/status.h"
#include "tidings/wire.h"

namespace tidings::daemon {

// One message on its way to a stage.
struct HopMessage {
  std::string article_id;  // empty for messages not tracked in flight (ingest dead letters)
  zmq::message_t header;   // serialized HopHeader
  zmq::message_t payload;
};

class HopRouter {
 public:
  // Messages the daemon holds for one stage while the stage's socket is full. Small: when it
  // is full the daemon stops reading upstream, so backpressure reaches the clients.
  static constexpr size_t kQueueLimit = 64;
  // Messages the daemon's pipe to one replica may hold: above any window a replica grants.
  static constexpr int kSendHwm = 1000;

  // `stages` in pipeline order; the last one is the store. `ctx` and `metrics` must outlive it.
  HopRouter(zmq::context_t& ctx, std::vector<std::string> stages, MetricsRegistry& metrics);

  // Binds "<stage>.in" and "<stage>.out" for every stage at `endpoint_of(key)` with high-water
  // mark `hwm`, as CURVE servers (ZAP domain "hops") when `curve` is enabled; fills
  // stage_in/stage_out with the bound endpoints.
  Status Bind(const std::function<std::string(const std::string&)>& endpoint_of, int hwm, const CurveKeys& curve,
              std::map<std::string, std::string>* stage_in, std::map<std::string, std::string>* stage_out);

  bool Has(const std::string& stage) const { return hops_.count(stage) != 0; }
  // The stage after `stage`; empty after the last.
  const std::string& Next(const std::string& stage) const { return hops_.at(stage).next; }
  const std::vector<std::string>& stages() const { return order_; }
  size_t Queued(const std::string& stage) const { return hops_.at(stage).queue.size(); }
  bool HasRoom(const std::string& stage) const { return Queued(stage) < kQueueLimit; }

  // Queues a message for `stage` (sent by the next Flush()).
  void Enqueue(const std::string& stage, HopMessage message);
  // Sends queued messages while replicas have credits; `sent(article_id, stage)` runs for each
  // message sent.
  void Flush(const std::function<void(const std::string&, const std::string&)>& sent);

  // Adds the sockets worth polling: a stage's output while `may_read(stage)` says its results
  // have somewhere to go, and every stage's input (credits). `on_output(stage)` runs when a
  // stage's output has messages; it is the only place Receive() may be called from (the poll
  // set then trusts a quiet output to be idle without asking it).
  void AddPollItems(PollSet& poll, const std::function<bool(const std::string&)>& may_read,
                    const std::function<void(const std::string&)>& on_output);
  // Receives one message from `stage`'s output; false when none is waiting.
  bool Receive(const std::string& stage, std::vector<zmq::message_t>* frames);
  // Credits the replicas of `stage` granted (for status and tests).
  uint64_t CreditsOf(const std::string& stage) const;
  // Payload bytes sent to the replicas of `stage` that they have not finished (for tests).
  uint64_t UnfinishedBytesOf(const std::string& stage) const;

 private:
  struct Replica {
    uint64_t credits = 0;              // envelopes it has room for
    std::deque<size_t> unfinished;     // payload sizes sent, oldest first (a replica works in order)
    uint64_t unfinished_bytes = 0;
    void Finished(uint64_t envelopes);
  };
  using Credits = std::map<std::string, Replica>;  // by the replica's routing id
  struct Hop {
    std::string next;
    zmq::socket_t in, out;
    std::deque<HopMessage> queue;
    Credits credits;
    bool sent_since_poll = false;  // Flush() used `in` since AddPollItems() last added it
    Counter* sent = nullptr;
    Counter* received = nullptr;
  };
  void ReadCredits(const std::string& stage, Hop& hop);
  // Among the replicas with credits, the one with the fewest unfinished bytes (then the most
  // credits); end() when none has any.
  static Credits::iterator LeastLoaded(Hop& hop);
  // Whether the front message should wait in the daemon for a replica to be idle, rather than
  // go to `least_loaded` (the best replica with credits) now.
  static bool HoldForAnIdleReplica(const Hop& hop, const Replica& least_loaded);
  zmq::context_t& ctx_;
  std::vector<std::string> order_;
  std::map<std::string, Hop> hops_;
  MetricsRegistry& metrics_;
};

}  // namespace tidings::daemon
