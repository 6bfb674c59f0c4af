#include "daemon/in_flight_table.h"

#include <algorithm>

namespace tidings::daemon {

void InFlightTable::Admit(const std::string& id, uint32_t attempt, uint64_t bytes,
                          Clock::time_point now) {
  Flight& f = flights_[id];
  LeaveStage(f);
  bytes_ -= f.bytes;
  f = Flight{};
  f.attempt = attempt;
  f.waiting_since = now;
  f.bytes = bytes;
  bytes_ += bytes;
}

const InFlightTable::Flight* InFlightTable::Find(const std::string& id) const {
  auto it = flights_.find(id);
  return it == flights_.end() ? nullptr : &it->second;
}

void InFlightTable::Route(const std::string& id, const std::string& stage, Clock::time_point now) {
  auto it = flights_.find(id);
  if (it == flights_.end()) return;
  Flight& f = it->second;
  Answered(f, now);
  f.stage = stage;
  f.sent = false;
  f.overtaken = false;
  f.waiting_since = now;
}

void InFlightTable::MarkSent(const std::string& id, const std::string& stage, Clock::time_point now) {
  auto it = flights_.find(id);
  if (it == flights_.end() || it->second.stage != stage || it->second.sent) return;
  Flight& f = it->second;
  f.sent = true;
  f.sent_at = now;
  StageProgress& p = stages_[stage];
  f.send_seq = ++p.last_seq;
  p.not_overtaken.emplace(f.send_seq, id);
}

void InFlightTable::Answered(Flight& f, Clock::time_point now) {
  if (f.stage.empty()) return;
  StageProgress& p = stages_[f.stage];
  p.last_answer = std::max(p.last_answer, now);
  if (f.send_seq != 0) {
    // Sent before it and still unanswered: from now on their clocks run whatever the stage does.
    auto end = p.not_overtaken.lower_bound(f.send_seq);
    for (auto it = p.not_overtaken.begin(); it != end; it = p.not_overtaken.erase(it)) {
      auto earlier = flights_.find(it->second);
      if (earlier == flights_.end()) continue;
      earlier->second.overtaken = true;
      earlier->second.waiting_since = std::max(earlier->second.waiting_since, now);
    }
  }
  LeaveStage(f);
}

void InFlightTable::LeaveStage(Flight& f) {
  if (f.send_seq == 0) return;
  auto p = stages_.find(f.stage);
  if (p != stages_.end()) p->second.not_overtaken.erase(f.send_seq);
  f.send_seq = 0;
}

void InFlightTable::RenewHeld(const std::string& id, const std::string& stage, Clock::time_point now) {
  auto it = flights_.find(id);
  if (it == flights_.end() || it->second.stage != stage || !it->second.sent) return;
  it->second.waiting_since = std::max(it->second.waiting_since, now);
}

void InFlightTable::RenewQueuedAt(const std::string& stage, Clock::time_point now) {
  for (auto& [id, f] : flights_) {
    // Sent or still in the daemon's queue for it (no replica has room): either way, waiting.
    if (f.stage == stage) f.waiting_since = std::max(f.waiting_since, now);
  }
}

void InFlightTable::OutputHeld(const std::string& stage, Clock::time_point now) {
  StageProgress& p = stages_[stage];
  p.output_held = std::max(p.output_held, now);
}

std::vector<std::string> InFlightTable::SentTo(const std::string& stage, Clock::time_point at) const {
  std::vector<std::string> out;
  for (const auto& [id, f] : flights_) {
    if (f.stage == stage && f.sent && f.sent_at <= at) out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> InFlightTable::TimedOut(Clock::time_point now, Clock::duration timeout) const {
  std::vector<std::string> out;
  for (const auto& [id, f] : flights_) {
    Clock::time_point since = f.waiting_since;
    auto p = stages_.find(f.stage);
    if (p != stages_.end()) {
      since = std::max(since, p->second.output_held);
      if (!f.overtaken) since = std::max(since, p->second.last_answer);
    }
    if (now - since >= timeout) out.push_back(id);
  }
  std::sort(out.begin(), out.end());
  return out;
}

int InFlightTable::Strike(const std::string& id, const std::string& reason) {
  if (!flights_.count(id)) return 0;
  Strikes& s = strikes_[id];
  ++s.count;
  s.last_error = reason;
  return s.count;
}

std::string InFlightTable::LastError(const std::string& id) const {
  auto it = strikes_.find(id);
  return it == strikes_.end() ? std::string() : it->second.last_error;
}

void InFlightTable::Complete(const std::string& id, Clock::time_point now) {
  auto it = flights_.find(id);
  if (it != flights_.end()) Answered(it->second, now);
  Finish(id);
}

void InFlightTable::Finish(const std::string& id) {
  auto it = flights_.find(id);
  if (it != flights_.end()) {
    LeaveStage(it->second);
    bytes_ -= it->second.bytes;
    flights_.erase(it);
  }
  strikes_.erase(id);
}

bool InFlightTable::HasRoom(size_t max_articles, uint64_t max_bytes, uint64_t next_bytes) const {
  if (flights_.empty()) return true;
  return flights_.size() < max_articles && bytes_ + next_bytes <= max_bytes;
}

std::map<std::string, size_t> InFlightTable::CountByStage() const {
  std::map<std::string, size_t> out;
  for (const auto& [id, f] : flights_) ++out[f.stage];
  return out;
}

}  // namespace tidings::daemon
