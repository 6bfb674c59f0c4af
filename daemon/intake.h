// Where articles enter: the fire-and-forget PULL socket and the acknowledged ROUTER socket.
// Validates each message, hands the valid ones to the hub in batches (one journal transaction
// per batch), answers acknowledged clients, and turns invalid input into dead letters.
//
// Thread-safety: none; everything runs on the forwarder's thread (after Bind()).
#pragma once

#include <atomic>
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
  // Journals the batch in one transaction and sends the accepted articles on their way.
  // `results` gets one entry per item. On error nothing was journaled.
  virtual Status Admit(std::vector<InboundArticle>& batch, std::vector<AppendResult>* results) = 0;
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

  // `config`, `sink` and `metrics` must outlive the intake.
  Intake(zmq::context_t& ctx, const DaemonConfig& config, IntakeSink& sink, MetricsRegistry& metrics);

  // Binds inbound.push and inbound.ack (CURVE servers when `curve` is enabled).
  Status Bind(const CurveKeys& curve, std::string* push_bound, std::string* ack_bound);
  void AddPollItems(PollSet& poll);
  // Refuse new articles from now on ("busy: shutting down"). Thread-safe.
  void Stop() { stopped_.store(true); }
  bool stopped() const { return stopped_.load(); }

 private:
  struct Request;
  void DrainPush();
  void DrainAck();
  // Validates one message: an InboundArticle, or a rejection reason (and a dead letter kept).
  bool Validate(zmq::message_t& body, const char* socket, InboundArticle* article, std::string* reason);
  void Count(const char* socket, const char* result);

  const DaemonConfig& config_;
  IntakeSink& sink_;
  MetricsRegistry& metrics_;
  zmq::socket_t push_, ack_;
  std::atomic<bool> stopped_{false};
};

// Checks an inbound article. Fills `article` and a derived id when the client gave none.
// Rejection reasons are written for the client ("article has neither url, html nor text").
Status ValidateInboundArticle(const void* data, size_t size, uint64_t max_article_bytes,
                              v1::Article* article);

}  // namespace tidings::daemon
