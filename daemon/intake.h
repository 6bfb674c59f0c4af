// Where articles enter: the fire-and-forget PULL socket and the acknowledged ROUTER socket.
// Validates each message and hands the valid ones to the hub in batches: each new article is
// sent on its way at once, and the batch is journaled (one transaction per batch, committed
// off the hub's thread, batches handed over meanwhile committed together). Acknowledged
// clients are answered once their batch is journaled; invalid input becomes dead letters. A
// slow commit (a disk that stalls an fsync) thus holds back the acks, not the articles.
//
// Thread-safety: none; everything runs on the forwarder's thread (after Bind()).
#pragma once

#include <atomic>
#include <deque>
#include <string>
#include <vector>
#include <zmq.hpp>

#include "daemon/journal.h"
#include "daemon/metrics.h"
#include "daemon/poll_set.h"
#include "tidings/config.h"
#include "tidings/status.h"
#include "tidings/v1/tidings.pb.h"
#include "tidings/wire.h"

namespace tidings::daemon {

// A valid article as received: its id (the client's, or derived) and its exact bytes.
struct InboundArticle {
  std::string id;
  zmq::message_t bytes;
  bool needs_fetch = false;  // only a URL: the fetch stage downloads it
  bool routed = false;       // sent on its way before its batch was journaled
};

// What the intake needs from the hub.
class IntakeSink {
 public:
  virtual ~IntakeSink() = default;
  // Room in the pipeline for `articles` more articles of `bytes` in all, besides those in
  // flight (limits.max_in_flight, limits.max_in_flight_bytes).
  virtual bool HasRoom(size_t articles, uint64_t bytes) const = 0;
  // Why there is no room, for a "busy" ack.
  virtual std::string FullReason() const = 0;
  // The push socket is read only while this holds (e.g. dead letters are not piling up).
  virtual bool MayReadPush() const = 0;
  // Room for one more dead letter waiting for the store: without it, a message on the ack
  // socket that would become one is answered "busy" (the client sends it again later).
  virtual bool MayKeepDeadLetter() const = 0;
  // Sends a copy of the article on its way before it is journaled, when it is surely new
  // (neither journaled nor in a batch being journaled); false, with nothing done, when it is
  // known or that cannot be told now (Route() then sends it once journaled, if accepted).
  virtual bool RouteNow(const InboundArticle& article) = 0;
  // Starts journaling the batch in one transaction, after those started before; the hub calls
  // Intake::Journaled() with each batch's outcome, in order. The batch stays where it is (its
  // bytes valid) until then.
  virtual void StartJournaling(const std::vector<InboundArticle>& batch) = 0;
  // The batch is journaled: sends the accepted articles not yet routed on their way.
  virtual void Route(std::vector<InboundArticle>& batch, const std::vector<AppendResult>& results) = 0;
  // "completed", "in progress", ... for a duplicate's ack.
  virtual std::string DescribeKnown(const std::string& id) = 0;
  virtual void KeepDeadLetter(v1::DeadLetter letter) = 0;
};

class Intake {
 public:
  // Dead letters keep at most this much of a rejected message.
  static constexpr size_t kRejectedKeepBytes = 64 << 10;
  // One journal transaction holds at most this many articles and bytes, so that one group
  // commit stays short (the hub thread waits for it).
  static constexpr int kBatchArticles = 256;
  static constexpr uint64_t kBatchBytes = 8ull << 20;
  // Batches being journaled at most; beyond, the sockets are not read until one is done
  // (duplicates are not in flight, so the in-flight limits do not bound them).
  static constexpr size_t kMaxPendingBatches = 64;

  // `config`, `sink` and `metrics` must outlive the intake.
  Intake(zmq::context_t& ctx, const DaemonConfig& config, IntakeSink& sink, MetricsRegistry& metrics);

  // Binds inbound.push and inbound.ack (CURVE servers when `curve` is enabled).
  Status Bind(const CurveKeys& curve, std::string* push_bound, std::string* ack_bound);
  void AddPollItems(PollSet& poll);
  // The oldest batch handed to IntakeSink::StartJournaling() is committed (or not: `status`):
  // routes its accepted articles not yet routed and answers their clients.
  void Journaled(const Status& status, const std::vector<AppendResult>& results);
  // As many batches are being journaled as may be: the sockets wait.
  bool busy() const { return pending_.size() >= kMaxPendingBatches; }
  // Refuse new articles from now on ("busy: shutting down"). Thread-safe.
  void Stop() { stopped_.store(true); }
  bool stopped() const { return stopped_.load(); }

 private:
  struct Request {
    std::vector<zmq::message_t> route;  // identity (+ empty delimiter) to echo back
    v1::Ack ack;
    int article_index = -1;             // in the batch, when it is admitted
  };
  // A batch being journaled, with the requests to answer after it (ack socket).
  struct Pending {
    bool from_push = false;
    std::vector<InboundArticle> batch;
    std::vector<Request> requests;
  };
  void DrainPush();
  void DrainAck();
  // Validates one message: an InboundArticle, or a rejection reason (and a dead letter kept).
  bool Validate(zmq::message_t& body, const char* socket, InboundArticle* article, std::string* reason);
  // While the dead letters waiting for the store are at their bound, a message on the ack
  // socket that would be one is answered "busy" rather than kept; true when it was (invalid).
  bool AnswerBusyIfInvalid(const zmq::message_t& body, Request* req);
  void Count(const char* socket, const char* result);
  void Answer(std::vector<Request>& requests, const Status& status, const std::vector<AppendResult>& results);
  // Routes the new articles of `p`'s batch now, then starts journaling it.
  void Start(Pending p);

  const DaemonConfig& config_;
  IntakeSink& sink_;
  MetricsRegistry& metrics_;
  zmq::socket_t push_, ack_;
  std::atomic<bool> stopped_{false};
  std::deque<Pending> pending_;  // being journaled, oldest first
  bool answered_since_poll_ = false;  // ack_ was used outside its handler since AddPollItems()
};

}  // namespace tidings::daemon
