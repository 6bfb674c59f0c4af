// Where articles the fetch stage discovers by itself (feed items) go: the daemon's
// acknowledged intake, so that each enters through the journal exactly like a client's push
// and is never lost once acknowledged. The interface keeps the feed poller free of sockets;
// the stage process implements it with a ZeroMQ DEALER (daemon_intake.h).
#pragma once

#include <chrono>
#include <functional>
#include <optional>

#include "tidings/v1/tidings.pb.h"

namespace tidings::fetch {

// Called from one thread only (the stage's).
class ArticleSink {
 public:
  // The final answer for one article: ACCEPTED, DUPLICATE or REJECTED (BUSY is retried by the
  // sink itself).
  using AckHandler = std::function<void(const v1::Ack& ack)>;

  virtual ~ArticleSink() = default;
  // Queues `article` (its id set) for delivery. `on_ack` is called from Pump(), once.
  virtual void Offer(v1::Article article, AckHandler on_ack) = 0;
  // Sends what the window allows, reads answers, sends again after BUSY or a silence, and
  // calls the handlers of finished articles. Never blocks.
  virtual void Pump() = 0;
  // A file descriptor that becomes readable when answers may be waiting (-1: none), for the
  // stage's loop to wait on.
  virtual int wake_fd() = 0;
  // The latest time Pump() should run again (a BUSY retry or a silence timeout); nullopt when
  // only wake_fd() matters.
  virtual std::optional<std::chrono::steady_clock::time_point> NextWake() const = 0;
  // Articles offered and not yet finally answered.
  virtual size_t outstanding() const = 0;
};

}  // namespace tidings::fetch
