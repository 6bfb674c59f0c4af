// The bookkeeping of a windowed, acknowledged push, with no sockets in it: which articles wait
// to be sent, which are outstanding (sent, not yet answered), which wait for a "busy" retry, and
// the two clocks that decide when to reconnect and when to give up. AckedPusher
// (acked_pusher.h) does the sending; this class only decides, from times passed in, like
// daemon/restart_policy.h.
//
// Not thread-safe: one owner (the pushing thread).
#pragma once

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "tidings/v1/tidings.pb.h"

namespace tidings::cli {

class PushLedger {
 public:
  using Clock = std::chrono::steady_clock;
  using Ticket = uint64_t;  // one per article added, in order; never reused

  // `window`: how many articles may be outstanding at once (at least 1). `id_wait`: how long an
  // article waits when another one with the same id is outstanding (the daemon would answer it
  // DUPLICATE while the first is not yet journaled, and acks are matched by id).
  explicit PushLedger(size_t window, std::chrono::milliseconds id_wait = std::chrono::milliseconds(50));

  // Adds an article (its id must be set: acks are matched by id) at the back of the queue.
  Ticket Add(const std::string& article_id, Clock::time_point now);

  // True while fewer than `window` articles are queued, waiting for a retry or outstanding: the
  // caller may Add() another. Keeps a slow daemon from making the caller read ahead unbounded.
  bool HasRoom() const { return queued_.size() + retry_at_.size() + outstanding_.size() < window_; }

  // The next article to send now, or nothing when the window is full or none is due. Due
  // retries join the back of the queue first. The caller sends it and calls MarkSent, or
  // Unsend when the socket would not take it.
  std::optional<Ticket> NextToSend(Clock::time_point now);
  void MarkSent(Ticket ticket, Clock::time_point now);
  void Unsend(Ticket ticket);  // back at the front of the queue

  // What an acknowledgement means for the ticket it answers.
  enum class Outcome {
    kUnknown,  // no outstanding article has this id (a late answer to an article sent again)
    kFinal,    // ACCEPTED, DUPLICATE or REJECTED: the ticket is done and forgotten
    kRetry,    // BUSY: the ticket is sent again after the delay the daemon asked for (>= 5 ms)
  };
  // Records an answer from the daemon (any answer proves the daemon is there).
  Outcome OnAck(const v1::Ack& ack, Clock::time_point now, Ticket* ticket);

  // Every outstanding article goes back to the front of the queue, to be sent again (after a
  // reconnect: the old connection's answers are lost). Returns their tickets.
  std::vector<Ticket> ResendOutstanding(Clock::time_point now);

  // Articles are outstanding and nothing was answered for `silence` since the first of them
  // was sent (or since the last answer): the daemon is gone or dropped our replies.
  bool Silent(Clock::time_point now, std::chrono::milliseconds silence) const;
  // Work is left and no answer came for `timeout` since the work began (or since the last
  // answer): no daemon is answering at all.
  bool Stalled(Clock::time_point now, std::chrono::milliseconds timeout) const;

  bool Done() const { return queued_.empty() && retry_at_.empty() && outstanding_.empty(); }
  size_t outstanding() const { return outstanding_.size(); }
  size_t pending() const { return queued_.size() + retry_at_.size() + outstanding_.size(); }
  // Every ticket without a final answer, oldest first (for the give-up report).
  std::vector<Ticket> Unanswered() const;
  const std::string& IdOf(Ticket ticket) const { return ids_.at(ticket); }

 private:
  void Forget(Ticket ticket);

  const size_t window_;
  const std::chrono::milliseconds id_wait_;
  Ticket next_ticket_ = 0;
  std::unordered_map<Ticket, std::string> ids_;        // every ticket not yet final
  std::deque<Ticket> queued_;                          // to send, in order
  std::multimap<Clock::time_point, Ticket> retry_at_;  // busy answers wait here
  std::unordered_map<std::string, Ticket> outstanding_;  // article id -> ticket
  Clock::time_point last_answer_{};   // last answer of any kind
  Clock::time_point work_began_{};    // when work last began after the ledger was empty
  Clock::time_point silent_since_{};  // first send after nothing was outstanding, or last answer
};

}  // namespace tidings::cli
