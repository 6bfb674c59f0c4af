// The daemon's bookkeeping of articles in flight (accepted, not yet completed): which attempt,
// which stage holds each, whether it has left the daemon for that stage, how long it has waited
// there, its size, and the failed attempts (strikes) counted against it. No sockets and no
// clock of its own: callers pass the time in, so tests read like the replay rules.
//
// The timeout is for articles lost or stuck at a stage, not for a long queue: an article waits
// at its stage without timing out while that stage keeps answering for articles sent before
// it (a backlog drains in order). Its clock runs from the later of its arrival at the stage
// and the stage's last answer, and from the moment an article sent to the stage after it was
// answered first (it was overtaken: lost, or stuck while the stage goes on without it). It
// stands still while the daemon leaves the stage's results unread (backpressure).
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace tidings::daemon {

class InFlightTable {
 public:
  using Clock = std::chrono::steady_clock;

  struct Flight {
    uint32_t attempt = 1;
    std::string stage;              // the stage it was last routed to
    bool sent = false;              // left the daemon for that stage (at risk if it dies)
    Clock::time_point sent_at{};
    Clock::time_point waiting_since{};  // arrival at `stage`, or its last renewal (timeout)
    uint64_t send_seq = 0;          // order among the messages sent to `stage`; 0 = not sent
    bool overtaken = false;         // an article sent to `stage` after it was answered first
    uint64_t bytes = 0;             // payload size as accepted (the memory bound counts it)
  };

  // An attempt of article `id` enters the pipeline now (first delivery or re-injection).
  // Replaces what was known of an earlier attempt; strikes are kept.
  void Admit(const std::string& id, uint32_t attempt, uint64_t bytes, Clock::time_point now);
  bool Contains(const std::string& id) const { return flights_.count(id) != 0; }
  // Null when `id` is not in flight.
  const Flight* Find(const std::string& id) const;

  // The article was queued for `stage` (not yet sent) at `now`: the stage it was at answered
  // for it, and its wait at `stage` begins. No effect when not in flight.
  void Route(const std::string& id, const std::string& stage, Clock::time_point now);
  // The article's message left the daemon for `stage`. Ignored when the article has been
  // routed elsewhere since (a late send of an older copy) or is not in flight.
  void MarkSent(const std::string& id, const std::string& stage, Clock::time_point now);
  // A living process of `stage` reports that it still holds `id` (a download waiting for a
  // polite moment): its timeout starts again at `now`. Ignored unless the article was sent to
  // that stage. A hung stage sends no heartbeats and a crashed one is replayed at its restart,
  // so nothing is held forever this way.
  void RenewHeld(const std::string& id, const std::string& stage, Clock::time_point now);
  // The same for every article sent or queued to `stage`, when a living replica reports it is
  // blocked (waiting for its database, or every slot taken): the others wait behind it.
  // A replica that dies is replayed at its restart, so this holds nothing forever either.
  void RenewQueuedAt(const std::string& stage, Clock::time_point now);
  // The daemon did not read `stage`'s results at `now` (no room downstream): the stage waits
  // for the daemon, so no article there ages, nor one whose result waits unread. O(1).
  void OutputHeld(const std::string& stage, Clock::time_point now);

  // Articles whose message left the daemon for `stage` at or before `at`: what a process of
  // that stage that died after `at`'s restart may have held. Sorted.
  std::vector<std::string> SentTo(const std::string& stage, Clock::time_point at) const;
  // Articles that have waited `timeout` or longer at their stage by `now`, by the rule at the
  // top of this file. Sorted.
  std::vector<std::string> TimedOut(Clock::time_point now, Clock::duration timeout) const;

  // Counts a failed attempt against `id` with its reason; returns the strikes so far, 0 when
  // the article is not in flight (completed or set aside meanwhile: nothing counted).
  int Strike(const std::string& id, const std::string& reason);
  // The reason of the latest strike; empty when none.
  std::string LastError(const std::string& id) const;

  // The last stage answered for the article at `now`: it left the pipeline completed.
  void Complete(const std::string& id, Clock::time_point now);
  // The article left the pipeline (completed, or set aside): forgets it and its strikes.
  void Finish(const std::string& id);

  size_t size() const { return flights_.size(); }
  uint64_t bytes() const { return bytes_; }
  // Room for one more article under both bounds (articles and bytes). An article larger than
  // `max_bytes` alone is admitted only into an empty table, so it cannot wait forever.
  bool HasRoom(size_t max_articles, uint64_t max_bytes, uint64_t next_bytes = 0) const;
  // Articles per stage they were last routed to (for queue-depth gauges).
  std::map<std::string, size_t> CountByStage() const;

 private:
  struct Strikes {
    int count = 0;
    std::string last_error;
  };
  // What the table knows of one stage's answers.
  struct StageProgress {
    Clock::time_point last_answer{};
    Clock::time_point output_held{};  // the last time the daemon left its results unread
    uint64_t last_seq = 0;
    std::map<uint64_t, std::string> not_overtaken;  // sent, unanswered, by send_seq
  };
  // The stage `f` is at answered for it at `now`: articles sent there before it are overtaken.
  void Answered(Flight& f, Clock::time_point now);
  // Forgets `f`'s place in its stage's order (answered, re-admitted or finished).
  void LeaveStage(Flight& f);
  std::unordered_map<std::string, Flight> flights_;
  std::unordered_map<std::string, StageProgress> stages_;
  std::unordered_map<std::string, Strikes> strikes_;
  uint64_t bytes_ = 0;
};

}  // namespace tidings::daemon
