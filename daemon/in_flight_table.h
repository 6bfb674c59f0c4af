// The daemon's bookkeeping of articles in flight (accepted, not yet completed): which attempt,
// which stage holds each, whether it has left the daemon for that stage, when it entered the
// pipeline, its size, and the failed attempts (strikes) counted against it. No sockets and no
// clock of its own: callers pass the time in, so tests read like the replay rules.
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
    Clock::time_point delivered_at{};  // when this attempt entered the pipeline (timeout)
    uint64_t bytes = 0;             // payload size as accepted (the memory bound counts it)
  };

  // An attempt of article `id` enters the pipeline now (first delivery or re-injection).
  // Replaces what was known of an earlier attempt; strikes are kept.
  void Admit(const std::string& id, uint32_t attempt, uint64_t bytes, Clock::time_point now);
  bool Contains(const std::string& id) const { return flights_.count(id) != 0; }
  // Null when `id` is not in flight.
  const Flight* Find(const std::string& id) const;

  // The article was queued for `stage` (not yet sent). No effect when not in flight.
  void Route(const std::string& id, const std::string& stage);
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

  // Articles whose message left the daemon for `stage` at or before `at`: what a process of
  // that stage that died after `at`'s restart may have held. Sorted.
  std::vector<std::string> SentTo(const std::string& stage, Clock::time_point at) const;
  // Articles whose current attempt entered the pipeline `timeout` or longer before `now`. Sorted.
  std::vector<std::string> TimedOut(Clock::time_point now, Clock::duration timeout) const;

  // Counts a failed attempt against `id` with its reason; returns the strikes so far, 0 when
  // the article is not in flight (completed or set aside meanwhile: nothing counted).
  int Strike(const std::string& id, const std::string& reason);
  // The reason of the latest strike; empty when none.
  std::string LastError(const std::string& id) const;

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
  std::unordered_map<std::string, Flight> flights_;
  std::unordered_map<std::string, Strikes> strikes_;
  uint64_t bytes_ = 0;
};

}  // namespace tidings::daemon
